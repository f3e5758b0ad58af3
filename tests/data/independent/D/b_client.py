"""Client failure bundles, part 1."""
from common import *

MAC = {'.cpp': '.mm'}
SW = {'.cpp': '.swift'}


# ---------------------------------------------------------------- c01 Win 2021: activation 300005 then entitlements without broadworks-connector
def c01():
    r = random.Random(201)
    c = Clock(r, T('2021-11-23T15:02:17.900'))
    email = 'gwen.morrow@fairhaven-vet.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '41.11.0.20714'
    log = WxLog(c, ['0x2f4', '0x1e10', '0x3a8', '0x22cc'])
    log.L('Info', 'SparkApplication.cpp:145 ', 'SparkApplication::init', 'Webex Teams client %s (Win32) on Windows 10 Pro 21H2 build 19044' % ver)
    desktop_noise(log, 90)
    log.L('Info', 'LoginFlow.cpp:310 ', 'LoginFlow::onEmailEntered', 'email domain lookup for %s -> BroadWorks auth' % email)
    log.L('Info', 'EmbeddedBrowser.cpp:88 ', 'EmbeddedBrowser::onNavigate', 'https://uap.bw.example.com/activation/login?lang=en&flow=bwks')
    desktop_noise(log, 15)
    log.L('Warning', 'EmbeddedBrowser.cpp:88 ', 'EmbeddedBrowser::onNavigate', 'https://uap.bw.example.com/activation/error?code=300005&lang=en')
    log.L('Warning', 'EmbeddedBrowser.cpp:131 ', 'EmbeddedBrowser::onTitle', 'page title "Error 300005 - Precheck failed: the user is already queued and provisioning is in progress"')
    log.L('Info', 'LoginFlow.cpp:402 ', 'LoginFlow::cancel', 'login window closed by user')
    desktop_noise(log, 200)
    c.jump(640)
    log.L('Info', 'LoginFlow.cpp:310 ', 'LoginFlow::onEmailEntered', 'email domain lookup for %s -> BroadWorks auth' % email)
    log.L('Info', 'EmbeddedBrowser.cpp:88 ', 'EmbeddedBrowser::onNavigate', 'https://uap.bw.example.com/activation/login?lang=en&flow=bwks')
    log.L('Info', 'LoginFlow.cpp:520 ', 'LoginFlow::onSamlComplete', 'SAML assertion accepted, exchanging for CI token')
    log.L('Info', 'LoginFlow.cpp:560 ', 'LoginFlow::onSignedIn', 'signed in: %s (user id %s, org %s)' % (email, uid, org))
    desktop_noise(log, 60)
    log.L('Info', 'EntitlementsManager.cpp:71 ', 'EntitlementsManager::update', 'entitlements: spark, webex-squared, squared-call-initiation, squared-syncup')
    log.L('Info', 'EntitlementsManager.cpp:90 ', 'EntitlementsManager::update', 'calling behaviour: NATIVE_WEBEX_TEAMS_CALLING')
    log.L('Warning', 'TelephonyService.cpp:1210 ', 'TelephonyService::chooseBackend', 'no calling backend available for this user, telephony disabled')
    desktop_noise(log, 700)
    bwc = WxLog(Clock(r, T('2021-11-23T15:02:20.100')), ['0x2f4'])
    bwc.L('Info', 'LogFile.cpp:40 ', 'LogFile::open', 'log opened')
    files = [('fairhaven/gmorrow/CiscoSpark/current_log.txt', log.text()),
             ('fairhaven/gmorrow/CiscoSpark/bwc/current_log.txt', bwc.text())]
    emit('SR694103467_fairhaven_win.zip', files, c.t, expected={
        'scenario': 'Windows 41.11 (2021, older layout with an empty bwc\\current_log.txt). First sign-in ends on the activation portal error page code=300005 (user still queued for provisioning); ten minutes later sign-in succeeds but the entitlement list has no broadworks-connector, BWC never starts.',
        'must': ['activation-portal-error', 'entitlement-missing'], 'codes': [300005],
        'must_not': ['calling-behavior-not-webex'],
        'timeline': {'app-start': 'ok', 'entitlements': 'failed', 'bwc-init': 'not-seen', 'token': 'not-seen', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Windows'},
    })


# ---------------------------------------------------------------- c02 iPadOS 2024: no broadworks-connector + UCM calling behaviour
def c02():
    r = random.Random(202)
    c = Clock(r, T('2024-09-09T10:31:02.020'))
    email = 'oliver.pryce@leedsdental.example.co.uk'.replace('.co.uk', '.com')
    uid, org = ruuid(r), ruuid(r)
    ver = '44.9.0.30322'
    log = WxLog(c, ['0x16d5df000', '0x16d66b000', '0x1fb4a1140'])
    csf = CsfLog(log, ['0x6f8c1000'])
    log.L('Info', 'AppBoot.swift:30 ', 'AppBoot.run()', 'Webex %s (iPadOS 17.6.1, iPad13,16, locale en_GB)' % ver)
    desktop_noise(log, 150, ext_map=SW)
    log.L('Info', 'SelfModel.swift:88 ', 'SelfModel.apply(_:)', 'received self payload:')
    log.raw(['{', '  "id" : "%s",' % uid, '  "emails" : [', '    "%s"' % email, '  ],', '  "orgId" : "%s",' % org,
             '  "entitlements" : [', '    "spark",', '    "webex-squared",', '    "squared-call-initiation",', '    "cloudmeetings"', '  ],',
             '  "callingBehavior" : "NATIVE_SIP_CALL_TO_UCM",', '  "userPreferences" : { "locale" : "en_GB" }', '}'])
    csf.L('INFO', 'csf/telephony/CallingModeResolver.cpp', 144, 'csf.telephony', 'CallingModeResolver::resolve', 'calling mode = UCM (from callingBehavior), BroadWorks calling not eligible')
    desktop_noise(log, 500, ext_map=SW)
    csf_noise(csf, 100)
    files = [('Partner Hub export/oliver.pryce/ipad/current_log.txt', log.text())]
    emit('SR694103890_leeds-dental_ipad.zip', files, c.t, expected={
        'scenario': 'iPad 44.9 (2024): self JSON pretty-printed over many untimestamped lines; entitlements lack broadworks-connector and callingBehavior is NATIVE_SIP_CALL_TO_UCM; CSF line says BroadWorks calling not eligible. Two problems at once.',
        'must': ['entitlement-missing', 'calling-behavior-not-webex'],
        'timeline': {'app-start': 'ok', 'entitlements': 'failed', 'bwc-init': 'not-seen', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'iPadOS'},
    })


# ---------------------------------------------------------------- c03 Android 2023: calling behaviour CALL_WITH_APP_REGISTERED_FOR_TEL
def c03():
    r = random.Random(203)
    c = Clock(r, T('2023-05-16T06:48:55.410'))
    email = 'b.adeyemi@lagoon-freight.example.net'
    uid, org = ruuid(r), ruuid(r)
    ver = '43.5.0.3671'
    lc = Logcat(c, 21877, [21877, 21903, 21940, 22011], tzoffset_h=1)
    lc.L('I', 'WxStartup', 'cold start, versionName=%s versionCode=430503671, os=Android 13, model=SM-S911B' % ver)
    logcat_noise(lc, 200)
    lc.L('D', 'UserRepo', 'me: {"email":"%s","uuid":"%s","orgUuid":"%s"}' % (email, uid, org))
    lc.L('D', 'UserRepo', 'entitlements:')
    for e in ['spark', 'webex-squared', 'broadworks-connector', 'squared-call-initiation']:
        lc.L('D', 'UserRepo', '  - %s' % e, step=False)
    lc.L('I', 'CallingPolicy', 'callingBehavior=CALL_WITH_APP_REGISTERED_FOR_TEL -> using native dialer, in-app BroadWorks calling off')
    logcat_noise(lc, 600)
    files = [('logs/android/app_logcat_20230516.txt', lc.text()),
             ('logs/android/sysinfo.txt', 'Manufacturer: samsung\nModel: SM-S911B\nAndroid: 13\nWebex: %s\n' % ver)]
    emit('SR694104215_lagoon-freight_android.zip', files, c.t, expected={
        'scenario': 'Android 43.5 (2023) logcat: entitlements one per logcat line (with broadworks-connector), callingBehavior=CALL_WITH_APP_REGISTERED_FOR_TEL so in-app BroadWorks calling is off; BWC never starts.',
        'must': ['calling-behavior-not-webex'], 'must_not': ['entitlement-missing'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'not-seen', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Android'},
    })


# ---------------------------------------------------------------- c04 Win 2024: bc-sp-standard + Mobius and BroadWorks both active
def c04():
    r = random.Random(204)
    c = Clock(r, T('2024-01-29T13:12:44.600'))
    email = 'hana.kobayashi@sakura-design.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '44.1.0.28423'
    bwuser = '2065550144@sakura.voip.example.net'
    xsp = 'xsp3.voip.example.net'
    sipuser = '2065550144_wx'
    sbc_host, sbc_port, sbc_ip = 'sbc-sea.voip.example.net', 5061, '198.51.100.88'
    log = WxLog(c, ['0x5d8', '0x1c2c', '0x2a90', '0x3e64'], empty_brackets=True)
    log.L('Info', 'ClientStartup.cpp:64 ', 'ClientStartup::logVersion', 'Webex %s | platform=Windows | os=Windows 11 Pro 22H2 (22621.3007)' % ver)
    desktop_noise(log, 140)
    log.L('Info', 'OrgSettings.cpp:55 ', 'OrgSettings::onLoaded', 'self={"email":"%s","uuid":"%s","org":"%s"}' % (email, uid, org))
    log.L('Info', 'OrgSettings.cpp:61 ', 'OrgSettings::onLoaded', '"entitlements": ["spark", "bc-sp-standard", "broadworks-connector", "squared-call-initiation", "webex-squared"]')
    log.L('Info', 'OrgSettings.cpp:64 ', 'OrgSettings::onLoaded', '"callingBehavior": "NATIVE_WEBEX_TEAMS_CALLING"')
    desktop_noise(log, 100)
    mob = 'https://mobius-us-east-2.prod.webex.example.com/api/v1/calling/web/devices'
    log.L('Info', 'MobiusClient.cpp:210 ', 'MobiusClient::registerDevice', 'POST %s trackingid=WEBEX_%s' % (mob, ruuid(r)))
    log.L('Info', 'MobiusClient.cpp:248 ', 'MobiusClient::onRegistered', 'Mobius device registered, backend=WEBEX_CALLING line=+12065550144 status=200')
    log.L('Info', 'BwcBootstrap.cpp:41 ', 'BwcBootstrap::run', 'BWC:SCF: starting BroadWorks Calling')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    H.json_pair(log, 'HttpRequester.cpp:91 ', 'HttpRequester::run', 'GET', 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token', tids[0], 200)
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    H.json_pair(log, 'HttpRequester.cpp:91 ', 'HttpRequester::run', 'GET', devurl, tids[1], 200,
                body=access_devices_xml([{'type': 'Business Communicator - PC', 'name': 'hkobayashi-pc', 'lineport': sipuser + '@sakura.voip.example.net', 'url': 'https://%s/dms/bc/pc/' % xsp}]))
    H.json_pair(log, 'HttpRequester.cpp:91 ', 'HttpRequester::run', 'GET', 'https://%s/dms/bc/pc/config.xml' % xsp, tids[2], 200)
    log.L('Info', 'BroadWorksCallControl.cpp:493 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: proxy=%s:%d' % (sbc_host, sbc_port))
    leg = SipLeg(r, sipuser, 'sakura.voip.example.net', '192.0.2.64', 55021, 'TLS', sbc_ip, sbc_port, 'Webex/%s' % ver)
    sip_block(log, 'Info', 'SipTransport.cpp:%d ' % r.choice([640, 655, 702]), 'SipTransport::send', 'BWC:SIP: Sent to %s:%d' % (sbc_ip, sbc_port), leg.register())
    sip_block(log, 'Info', 'SipTransport.cpp:877 ', 'SipTransport::onData', 'BWC:SIP: Received from %s:%d' % (sbc_ip, sbc_port), leg.response(401, 'Unauthorized'))
    sip_block(log, 'Info', 'SipTransport.cpp:%d ' % r.choice([640, 655, 702]), 'SipTransport::send', 'BWC:SIP: Sent to %s:%d' % (sbc_ip, sbc_port), leg.register(auth=True))
    sip_block(log, 'Info', 'SipTransport.cpp:877 ', 'SipTransport::onData', 'BWC:SIP: Received from %s:%d' % (sbc_ip, sbc_port), leg.response(200, 'OK', contacts=[leg.own_contact_ok()]))
    log.L('Info', 'BroadWorksManager.cpp:655 ', 'BroadWorksManager::onRegistered', 'BWC:SCF: registered')
    log.L('Warning', 'TelephonyManager.cpp:902 ', 'TelephonyManager::reconcile', 'two calling services active: WEBEX_CALLING(Mobius) and BROADWORKS; outgoing calls use WEBEX_CALLING')
    desktop_noise(log, 700)
    files = [('current_log.txt', log.text()), ('ced.dat', opaque_blob(r, 4096))]
    emit('SR694104733_sakura-design_win.zip', files, c.t, expected={
        'scenario': 'Windows 44.1 (2024) zip with files at the root: entitlements as a JSON fragment with bc-sp-standard next to broadworks-connector; the app registers a Mobius (WEBEX_CALLING) device and also registers BroadWorks via SIP (401 then 200). Two problems: conflicting Webex Calling entitlement and two calling services.',
        'must': ['conflicting-calling-entitlement', 'multiple-calling-services'], 'must_not': ['entitlement-missing'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok', 'sip-register': 'ok', 'registered': 'ok'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Windows',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port), 'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp},
    })


# ---------------------------------------------------------------- c05 iOS 2025: UAP 100006 then 200018
def c05():
    r = random.Random(205)
    c = Clock(r, T('2025-03-04T19:40:11.801'))
    email = 'tcastillo@mesaverde-realty.example.com'
    ver = '45.3.0.31960'
    log = WxLog(c, ['0x16b0c7000', '0x1f7a2c140'])
    csf = CsfLog(log, ['0x6d4ab000', '0x6d537000'])
    log.L('Info', 'AppStartup.swift:18 ', 'AppStartup.begin()', 'Webex/%s iOS/18.3.1 iPhone15,2' % ver)
    desktop_noise(log, 80, ext_map=SW)
    csf.L('INFO', 'csf/auth/LoginController.cpp', 212, 'csf.auth', 'LoginController::start', 'login started for %s (BroadWorks IdP)' % email)
    csf.L('DEBUG', 'csf/auth/WebAuthSession.cpp', 90, 'csf.auth', 'WebAuthSession::didFinishNavigation', 'host=uap.bw.example.com path=/activation/signin')
    csf_noise(csf, 10)
    csf.L('ERROR', 'csf/auth/WebAuthSession.cpp', 141, 'csf.auth', 'WebAuthSession::pageError', 'activation portal reported {"errorCode": 100006, "message": "Login failed: user id or password incorrect"}')
    csf_noise(csf, 20)
    csf.L('DEBUG', 'csf/auth/WebAuthSession.cpp', 90, 'csf.auth', 'WebAuthSession::didFinishNavigation', 'host=uap.bw.example.com path=/activation/signin')
    csf.L('ERROR', 'csf/auth/WebAuthSession.cpp', 141, 'csf.auth', 'WebAuthSession::pageError', 'activation portal reported {"errorCode": 100006, "message": "Login failed: user id or password incorrect"}')
    csf_noise(csf, 12)
    csf.L('ERROR', 'csf/auth/WebAuthSession.cpp', 141, 'csf.auth', 'WebAuthSession::pageError', 'activation portal reported {"errorCode": 200018, "message": "Credential validation failed: user is locked out"}')
    log.L('Warning', 'LoginViewModel.swift:301 ', 'LoginViewModel.handle(error:)', 'sign-in aborted, showing "try again later"')
    desktop_noise(log, 300, ext_map=SW)
    csf_noise(csf, 60)
    files = [('tcastillo_ios_20250304/current_log.txt', log.text()),
             ('tcastillo_ios_20250304/ReadMe.txt', 'Sent via Webex > Help > Send logs\n')]
    emit('SR694105002_mesaverde_ios.zip', files, c.t, expected={
        'scenario': 'iPhone 45.3 (2025): sign-in never completes. CSF lines show the activation portal answering errorCode 100006 twice (wrong password) and then 200018 (user locked); modern lines around. No entitlement list, no BWC.',
        'must': ['activation-portal-error'], 'codes': [100006, 200018],
        'timeline': {'app-start': 'ok', 'entitlements': 'not-seen', 'bwc-init': 'not-seen', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'client_version': ver, 'platform': 'iOS'},
    })


# ---------------------------------------------------------------- c06 Win 2024: JWT from IdP proxy 502 (JSON)
def c06():
    r = random.Random(206)
    c = Clock(r, T('2024-10-14T07:58:30.118'))
    email = 'arjun.patel@greenfield-acct.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '44.10.0.30906'
    log = WxLog(c, ['0x44c', '0x19a8', '0x2d14', '0x3330'], empty_brackets=True)
    log.L('Info', 'WebexMain.cpp:71 ', 'WebexMain::start', '{"app":"Webex","version":"%s","platform":"Windows","os":"Windows 11 Enterprise 23H2","arch":"x64"}' % ver)
    desktop_noise(log, 200)
    log.L('Info', 'SelfService.cpp:140 ', 'SelfService::onUser', '{"email":"%s","userId":"%s","orgId":"%s","entitlements":["spark","squared-call-initiation","broadworks-connector","webex-squared"],"callingBehavior":"NATIVE_WEBEX_TEAMS_CALLING"}' % (email, uid, org))
    desktop_noise(log, 80)
    log.L('Info', 'BroadWorksCallingService.cpp:210 ', 'BroadWorksCallingService::initialize', 'BWC:SCF: {"event":"bwc.start","mode":"desktop"}')
    url = 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token'
    tids = []
    for attempt in range(3):
        tid = 'CLIENT_' + ruuid(r)
        tids.append(tid)
        H.json_pair(log, 'BwTokenProvider.cpp:58 ', 'BwTokenProvider::requestToken', 'GET', url, tid, 502, gap=gapper(log, 3, 12),
                    extra_rsp={'error': {'message': 'upstream authService did not respond', 'code': 'BAD_GATEWAY'}, 'attempt': attempt + 1})
        log.L('Warning', 'BwTokenProvider.cpp:112 ', 'BwTokenProvider::onError', '{"event":"bwToken","state":"failed","retryInSec":%d}' % (30 * (attempt + 1)))
        desktop_noise(log, 60)
        c.jump(30 * (attempt + 1))
    log.L('Error', 'BroadWorksLoginAdapter.cpp:452 ', 'BroadWorksLoginAdapter::handleLoginError', 'BWC:SCF: {"event":"login.failed","reason":"no BroadWorks token"}')
    desktop_noise(log, 500)
    files = [('Webex_Logs_greenfield/current_log.txt', log.text()), ('Webex_Logs_greenfield/last_run_current_log.txt', '')]
    emit('SR694105390_greenfield_win.zip', files, c.t, expected={
        'scenario': 'Windows 44.10 (2024): everything printed as JSON objects; the BroadWorks token request to broadworks-idp-proxy is answered 502 three times, login fails, no Xsi/DMS/SIP.',
        'must': ['token-fetch-failed'], 'must_not': ['entitlement-missing', 'xsi-request-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'failed', 'device-list': 'not-seen', 'config-download': 'not-seen', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Windows', 'tracking_ids': [tids[-1]]},
    })


# ---------------------------------------------------------------- c07 Android 2024 token 401 + XSP authenticationService pasted
def c07():
    r = random.Random(207)
    c = Clock(r, T('2024-04-25T12:05:19.330'))
    email = 'sven.ek@nordkust-bygg.example.se'.replace('.se', '.com')
    uid, org = ruuid(r), ruuid(r)
    ver = '44.4.0.4418'
    bwuser = '4686550155@nordkust.bw.example.net'
    tid = 'CLIENT_' + ruuid(r)
    lc = Logcat(c, 7711, [7711, 7739, 7802, 7811], tzoffset_h=2)
    lc.L('I', 'Webex', 'startup: app=%s os=Android 12 device=moto g(60)' % ver)
    logcat_noise(lc, 160)
    lc.L('I', 'Auth', 'user %s signed in (uuid=%s, orgId=%s)' % (email, uid, org))
    lc.L('D', 'Entitle', '[spark, broadworks-connector, squared-call-initiation, webex-squared] behavior=NATIVE_WEBEX_TEAMS_CALLING')
    lc.L('I', 'BWC', 'BWC:SCF: starting BroadWorks module')
    url = 'https://broadworks-idp-proxy-k.wbx.example.com/broadworks-idp-proxy/api/v2/token'
    lc.L('D', 'NetReq', 'enqueue #118 GET %s trackingId=%s' % (url, tid))
    t_req = c.t
    logcat_noise(lc, 14)
    lc.L('W', 'NetReq', 'done #118 trackingId=%s HTTP/1.1 401 Unauthorized body={"message":"token service rejected user"}' % tid)
    lc.L('E', 'BWC', 'BWC:SCF: BroadWorks token unavailable, calling disabled')
    logcat_noise(lc, 500)
    # XSP side (partner paste), clock shared but converted to CEST
    sc = Clock(r, t_req - dt.timedelta(minutes=3))
    asv = BwLog(sc, 'CEST', 2)
    server_noise(asv, 25)
    sc.t = max(sc.t, t_req + dt.timedelta(milliseconds=140))
    asv.H('Info', 'AuthService', 'http-nio-8080-exec-12', body=['', '\tGET /authService/token HTTP/1.1', '\thttp_bw_userid: %s' % bwuser, '\ttrackingid: %s' % tid, '\tx-forwarded-for: 192.0.2.250'])
    asv.H('Info', 'OCI-P', 'http-nio-8080-exec-12', body=['', '\tUserGetLoginInfoRequest userId=%s' % bwuser])
    asv.H('Warning', 'OCI-P', 'http-nio-8080-exec-12', body=['', '\tErrorResponse summary="[Error 4008] User not found: %s"' % bwuser])
    asv.H('Info', 'AuthService', 'http-nio-8080-exec-12', body=['', '\tresponse trackingid=%s StatusCode=401' % tid])
    server_noise(asv, 40)
    files = [('android/webex_logcat.txt', lc.text()), ('from_partner/xsp01/authenticationService.log', asv.text()),
             ('from_partner/notes.txt', 'XSP01 authenticationService log captured at the time of the failed login, see trackingid\n')]
    emit('SR694105821_nordkust_android.zip', files, c.t, expected={
        'scenario': 'Android 44.4 logcat: the JWT request to broadworks-idp-proxy is answered on a later line naming only the trackingId ("HTTP/1.1 401 Unauthorized"). The partner added the XSP authenticationService log: GET /authService/token with http_bw_userid, UserGetLoginInfoRequest gets [Error 4008], StatusCode=401. Client and server view of one failure.',
        'must': ['token-fetch-failed', 'xsp-token-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'failed', 'device-list': 'not-seen', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Android', 'tracking_ids': [tid]},
    })


# ---------------------------------------------------------------- c08 macOS 2023 Xsi profile/device 403 (multi-line dumps)
def c08():
    r = random.Random(208)
    c = Clock(r, T('2023-08-02T08:14:50.002'))
    email = 'claire.dubois@vignoble-sud.example.fr'.replace('.fr', '.org')
    uid, org = ruuid(r), ruuid(r)
    ver = '43.8.0.27002'
    bwuser = '33455550166@vignoble.sip.example.org'
    xsp = 'xsi-actions.sip.example.org'
    thr = ['0x700003f9e000', '0x70000402a000', '0x10c2b8600']
    log = WxLog(c, thr)
    log.L('Info', 'SparkAppDelegate.mm:91 ', 'SparkAppDelegate::launch', 'version %s, macOS 13.4.1 (22F82), x86_64' % ver)
    desktop_noise(log, 150, ext_map=MAC)
    log.L('Info', 'CurrentUser.mm:60 ', 'CurrentUser::set', 'email: %s' % email)
    log.L('Info', 'CurrentUser.mm:61 ', 'CurrentUser::set', 'uuid: %s' % uid)
    log.L('Info', 'CurrentUser.mm:62 ', 'CurrentUser::set', 'org: %s' % org)
    log.L('Info', 'CurrentUser.mm:75 ', 'CurrentUser::set', 'entitlements: spark, squared-call-initiation, broadworks-connector, webex-squared')
    log.L('Info', 'CurrentUser.mm:76 ', 'CurrentUser::set', 'callingBehavior: NATIVE_WEBEX_TEAMS_CALLING')
    desktop_noise(log, 90, ext_map=MAC)
    log.L('Info', 'BroadWorksManager.cpp:129 ', 'BroadWorksManager::BroadWorksManager', 'BWC:SCF: starting')
    t1, t2 = 'CLIENT_' + ruuid(r), 'CLIENT_' + ruuid(r)
    H.dump_pair(log, 'NetworkTrace.mm:210 ', 'NetworkTrace::log', 'GET', 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/jwt', t1, 200, indent='\t')
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    H.dump_pair(log, 'NetworkTrace.mm:210 ', 'NetworkTrace::log', 'GET', devurl, t2, 403, indent='\t',
                headers=[('Authorization', 'Bearer eyJ...<redacted>'), ('User-Agent', 'WebexTeams (macOS/%s)' % ver)],
                rsp_headers=[('Content-Type', 'application/xml')],
                body=['<?xml version="1.0" encoding="UTF-8"?>', '<ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>Access denied</summary><errorCode>110855</errorCode></ErrorInfo>'],
                gap=gapper(log, 2, 8, lambda l, n: desktop_noise(l, n, ext_map=MAC)))
    log.L('Error', 'BroadWorksConfigDownloader.cpp:96 ', 'BroadWorksConfigDownloader::onAccessDeviceListFailed', 'BWC:SCF: device list request refused')
    desktop_noise(log, 600, ext_map=MAC)
    files = [('Library/Logs/SparkMacDesktop/current_log.txt', log.text())]
    emit('SR694106114_vignoble_mac.zip', files, c.t, expected={
        'scenario': 'macOS 43.8 (2023): identity one item per line; HTTP as tab-indented multi-line dumps (>>> request / <<< response with HTTP/1.1 status line). Token 200, then Xsi-Actions profile/device answered 403 Forbidden with an ErrorInfo body.',
        'must': ['xsi-request-failed'], 'must_not': ['token-fetch-failed', 'device-profile-missing'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'failed', 'config-download': 'not-seen', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'macOS',
                  'broadworks_user_id': bwuser, 'xsp': xsp, 'tracking_ids': [t2]},
    })


# ---------------------------------------------------------------- c09 iOS 2025 Xsi 500 + XSP XsiActionsLog/access_log
def c09():
    r = random.Random(209)
    c = Clock(r, T('2025-01-21T16:22:03.500'))
    email = 'd.nakamura@pacifica-surf.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '45.1.0.31402'
    bwuser = '8085550133@pacifica.voice.example.net'
    xsp = 'xsp-hnl.voice.example.net'
    tid = 'CLIENT_' + ruuid(r)
    log = WxLog(c, ['0x16fa8b000', '0x1f3e10140'])
    csf = CsfLog(log, ['0x6d4ab000'])
    log.L('Info', 'Launch.swift:12 ', 'Launch.go()', 'app=Webex ver=%s os=iOS 18.2 model=iPhone16,1' % ver)
    desktop_noise(log, 120, ext_map=SW)
    log.L('Info', 'Me.swift:40 ', 'Me.update(_:)', 'me.email=%s me.id=%s me.org=%s' % (email, uid, org))
    log.L('Info', 'Me.swift:52 ', 'Me.update(_:)', 'me.entitlements=[broadworks-connector,spark,webex-squared,squared-call-initiation] me.callingBehavior=NATIVE_WEBEX_TEAMS_CALLING')
    csf.L('INFO', 'bwc/core/BroadWorksManager.cpp', 133, 'bwc.scf', 'BroadWorksManager::start', 'BWC:SCF: BroadWorks calling starting (mobile)')
    tt = 'CLIENT_' + ruuid(r)
    csf.L('DEBUG', 'bwc/net/HttpClient.cpp', 301, 'bwc.http', 'HttpClient::send', 'GET https://broadworks-idp-proxy-r.wbx.example.com/broadworks-idp-proxy/api/v1/token trackingid=%s' % tt)
    csf.L('DEBUG', 'bwc/net/HttpClient.cpp', 340, 'bwc.http', 'HttpClient::onResponse', 'trackingid=%s status=200' % tt)
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    csf.L('DEBUG', 'bwc/net/HttpClient.cpp', 301, 'bwc.http', 'HttpClient::send', 'GET %s trackingid=%s' % (devurl, tid))
    t_req = c.t
    csf_noise(csf, 4)
    c.jump(11)
    csf.L('ERROR', 'bwc/net/HttpClient.cpp', 340, 'bwc.http', 'HttpClient::onResponse', 'trackingid=%s status=500 (Internal Server Error)' % tid)
    csf.L('ERROR', 'bwc/core/BroadWorksConfigDownloader.cpp', 96, 'bwc.scf', 'BroadWorksConfigDownloader::onAccessDeviceListFailed', 'BWC:SCF: could not get access devices, will retry in 300s')
    desktop_noise(log, 400, ext_map=SW)
    # XSP side
    sc = Clock(r, t_req - dt.timedelta(minutes=4))
    xa = BwLog(sc, 'HST', -10)
    server_noise(xa, 25)
    sc.t = max(sc.t, t_req + dt.timedelta(milliseconds=90))
    t_xsp = sc.t
    path = '/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % enc_user(bwuser)
    xa.H('Info', 'Xsi', 'http-nio-443-exec-31', body=['', '\tGET %s HTTP/1.1' % path, '\tHost: %s' % xsp, '\tauthorization: Bearer <hidden>', '\tuser-agent: WebexTeams (iOS/%s)' % ver, '\ttrackingid: %s' % tid])
    xa.H('Info', 'AuthService', 'http-nio-443-exec-31', body=['', '\tPOST http://127.0.0.1:80/authService/token', '\tX-BROADSOFT-CORRELATION-ID: %s' % tid, '\t-> StatusCode=200'])
    xa.H('Info', 'OCI-P', 'http-nio-443-exec-31', body=['', '\tUserPrimaryAndSCADeviceGetListRequest userId=%s' % bwuser])
    sc.jump(9)
    xa.H('Warning', 'OCI-P', 'http-nio-443-exec-31', body=['', '\tno response from AS 198.51.100.21:2220 within 10000 ms'])
    xa.H('Severe', 'Xsi', 'http-nio-443-exec-31', body=['', '\tHTTP/1.1 500 Internal Server Error', '\ttrackingid: %s' % tid, '\t<ErrorInfo><summary>OCI-P request timed out</summary></ErrorInfo>'])
    server_noise(xa, 30)
    acc = []
    t0 = t_xsp - dt.timedelta(minutes=3)
    for i in range(40):
        t0 += dt.timedelta(seconds=r.randint(1, 9))
        acc.append((t0, '198.51.100.%d - - [%s] "GET /com.broadsoft.xsi-actions/v2.0/user/%d%%40pacifica.voice.example.net/directories/Enterprise HTTP/1.1" 200 %d' % (
            r.randint(2, 200), (t0 - dt.timedelta(hours=10)).strftime('%d/%b/%Y:%H:%M:%S -1000'), r.randint(8085550100, 8085550199), r.randint(400, 9000))))
    te = t_xsp + dt.timedelta(seconds=10)
    acc.append((te, '192.0.2.222 - - [%s] "GET %s HTTP/1.1" 500 186' % ((te - dt.timedelta(hours=10)).strftime('%d/%b/%Y:%H:%M:%S -1000'), path)))
    acc = [a[1] for a in sorted(acc)]
    files = [('case/client/current_log.txt', log.text()), ('case/xsp-hnl/XsiActionsLog.txt', xa.text()),
             ('case/xsp-hnl/access_log.2025-01-21.txt', '\n'.join(acc) + '\n')]
    emit('SR694106470_pacifica_ios.zip', files, c.t, expected={
        'scenario': 'iPhone 45.1 (2025): CSF-shaped BWC HTTP lines; profile/device answered status=500. Partner pasted the XSP side: XsiActionsLog shows the GET with Bearer/WebexTeams, token validated 200 over loopback, UserPrimaryAndSCADeviceGetListRequest times out, HTTP/1.1 500 back; access_log (CLF) has the 500 line.',
        'must': ['xsi-request-failed', 'xsp-profile-request-failed'], 'must_not': ['xsp-token-failed', 'token-fetch-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'failed', 'config-download': 'not-seen', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'iOS',
                  'broadworks_user_id': bwuser, 'xsp': xsp, 'tracking_ids': [tid]},
    })


# ---------------------------------------------------------------- c10 Win 2022: device list lacks Business Communicator - PC (bwc file)
def c10():
    r = random.Random(210)
    c = Clock(r, T('2022-03-08T09:45:20.640'))
    email = 'mateo.rossi@alpina-tours.example.it'.replace('.it', '.com')
    uid, org = ruuid(r), ruuid(r)
    ver = '42.3.0.21576'
    bwuser = '390255550170@alpina.cloudvoice.example.net'
    xsp = 'xsp1.cloudvoice.example.net'
    log = WxLog(c, ['0x388', '0x1f5c', '0x2d48'])
    bwc = WxLog(c, ['0x4a10', '0x4b2c'])
    log.L('Info', 'Application.cpp:180 ', 'Application::start', 'Webex %s starting, Windows 10 Enterprise 21H2 (19044.1566) x64' % ver)
    desktop_noise(log, 170)
    log.L('Info', 'PersonService.cpp:322 ', 'PersonService::onSelf', 'self email=%s' % email)
    log.L('Info', 'PersonService.cpp:323 ', 'PersonService::onSelf', 'self uuid=%s orgId=%s' % (uid, org))
    log.L('Info', 'PersonService.cpp:340 ', 'PersonService::onSelf', 'self entitlements=[squared-call-initiation][spark][broadworks-connector][webex-squared]')
    log.L('Info', 'PersonService.cpp:341 ', 'PersonService::onSelf', 'self callingBehavior=NATIVE_WEBEX_TEAMS_CALLING')
    bwc.L('Info', 'TelephonyBroadWorks.cpp:77 ', 'TelephonyBroadWorks::enable', 'BWC:SCF: BWC init, client type PC')
    tids = ['CLIENT_' + ruuid(r) for _ in range(2)]
    bwc.L('Debug', 'HttpTransaction.cpp:77 ', 'HttpTransaction::begin', 'BWC:HTTP: GET https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token id=%s' % tids[0])
    bwc.L('Debug', 'HttpTransaction.cpp:120 ', 'HttpTransaction::end', 'BWC:HTTP: id=%s -> 200' % tids[0])
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    bwc.L('Debug', 'HttpTransaction.cpp:77 ', 'HttpTransaction::begin', 'BWC:HTTP: GET %s id=%s' % (devurl, tids[1]))
    desktop_noise(log, 5)
    bwc.L('Debug', 'HttpTransaction.cpp:120 ', 'HttpTransaction::end', 'BWC:HTTP: id=%s -> 200, body follows' % tids[1])
    bwc.raw(access_devices_xml([{'type': 'Connect - Mobile', 'name': 'mrossi-mobile', 'lineport': '390255550170_m@alpina.cloudvoice.example.net', 'url': 'https://%s/dms/Connect_Mobile/' % xsp},
                                {'type': 'Yealink-T54W', 'name': 'mrossi-desk', 'lineport': '390255550170@alpina.cloudvoice.example.net', 'primary': True}]))
    bwc.L('Error', 'BroadWorksConfigDownloader.cpp:106 ', 'BroadWorksConfigDownloader::onAccessDeviceListSucceeded', 'BWC:SCF: none of the 2 access devices has type Business Communicator - PC, config download skipped')
    log.L('Warning', 'CallingStatus.cpp:60 ', 'CallingStatus::update', 'phone services unavailable (BroadWorks device profile)')
    desktop_noise(log, 700)
    files = [('alpina/CiscoSpark/current_log.txt', log.text()), ('alpina/CiscoSpark/bwc/current_log.txt', bwc.text()),
             ('alpina/CiscoSpark/media/', b'')]
    files = [f for f in files if not f[0].endswith('/')]
    emit('SR694106802_alpina-tours_win.zip', files, c.t, expected={
        'scenario': 'Windows 42.3 (2022) with the older bwc\\current_log.txt holding BWC HTTP lines ("id=... -> 200"). The device list (XML body on untimestamped lines) only has Connect - Mobile and a Yealink desk phone, no Business Communicator - PC; BWC skips the config download.',
        'must': ['device-profile-missing'], 'must_not': ['xsi-request-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'failed', 'config-download': 'not-seen', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Windows',
                  'broadworks_user_id': bwuser, 'xsp': xsp},
    })


# ---------------------------------------------------------------- c11 macOS 2021: profile not found + bc-sp-standard
def c11():
    r = random.Random(211)
    c = Clock(r, T('2021-08-17T14:03:33.050'))
    email = 'n.quist@harborlight-media.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '41.8.0.19868'
    bwuser = 'nquist@harborlight.hpbx.example.net'
    xsp = 'xsp.hpbx.example.net'
    thr = ['0x70000b0f1000', '0x1145e3dc0']
    log = WxLog(c, thr)
    log.L('Info', 'AppController.mm:120 ', 'AppController::start', 'Webex Teams %s on Mac OS X 11.5.1 (20G80)' % ver)
    desktop_noise(log, 160, ext_map=MAC)
    log.L('Info', 'UserState.mm:201 ', 'UserState::loaded', 'email=%s id=%s orgId=%s' % (email, uid, org))
    for n, e in enumerate(['spark', 'webex-squared', 'broadworks-connector', 'bc-sp-standard', 'squared-call-initiation']):
        log.L('Debug', 'UserState.mm:214 ', 'UserState::loaded', 'entitlement[%d]=%s' % (n, e))
    log.L('Debug', 'UserState.mm:220 ', 'UserState::loaded', 'callingBehavior=NATIVE_WEBEX_TEAMS_CALLING')
    desktop_noise(log, 80, ext_map=MAC)
    log.L('Info', 'BWCAdapter.cpp:310 ', 'BWCAdapter::startLibrary', 'BWC:SCF: BroadWorks calling lib init')
    t1, t2 = 'CLIENT' + rid(r, 32), 'CLIENT' + rid(r, 32)
    H.later_tid(log, 'HttpRequestImpl.mm:55 ', 'HttpRequestImpl::start', 'GET', 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token', t1, 200, gap=gapper(log, 2, 6, lambda l, n: desktop_noise(l, n, ext_map=MAC)))
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    H.later_tid(log, 'HttpRequestImpl.mm:55 ', 'HttpRequestImpl::start', 'GET', devurl, t2, 200, gap=gapper(log, 1, 4, lambda l, n: desktop_noise(l, n, ext_map=MAC)))
    log.L('Error', 'BroadWorksConfigDownloader.cpp:106 ', 'onAccessDeviceListSucceeded', 'BWC:SCF: ConfigDownload: no device profile of type Business Communicator - PC was found for this user')
    desktop_noise(log, 600, ext_map=MAC)
    files = [('Logs/SparkMacDesktop/current_log.txt', log.text()), ('Logs/SparkMacDesktop/bwc/current_log.txt', '')]
    emit('SR694107015_harborlight_mac.zip', files, c.t, expected={
        'scenario': 'macOS 41.8 (2021): entitlements as entitlement[n]=... lines and include bc-sp-standard beside broadworks-connector; HTTP answers on later lines naming only the tracking id; device list 200 (body not logged) but BWC says no device profile of type Business Communicator - PC was found. Two problems.',
        'must': ['device-profile-missing', 'conflicting-calling-entitlement'], 'must_not': ['entitlement-missing', 'xsi-request-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'failed', 'config-download': 'not-seen', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'macOS',
                  'broadworks_user_id': bwuser, 'xsp': xsp},
    })


ALL = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11]
