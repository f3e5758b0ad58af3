"""Healthy and special client bundles: H1 Windows, H2 macOS, H3 iOS, H4 Android,
L1 last-run failure then success, F1 SIP failover, U1 unexplained stop."""
from common import *


# ------------------------------------------------------------------ H1 Windows 2025
def h1():
    r = random.Random(101)
    c = Clock(r, T('2025-02-11T08:41:05.112'))
    email = 'dana.whitfield@northwind-legal.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '45.2.0.31877'
    bwuser = '4695550142@voip.northstar.example.net'
    xsp = 'xsp01.northstar.example.net'
    sipuser = '4695550142_pc'
    sbc_host, sbc_port, sbc_ip = 'sbc-dfw.northstar.example.net', 5061, '203.0.113.24'
    tid_tok = 'CLIENT_' + ruuid(r)
    tid_dev = 'CLIENT_' + ruuid(r)
    tid_dms1 = 'CLIENT_' + ruuid(r)
    tid_dms2 = 'CLIENT_' + ruuid(r)

    # previous run (healthy, short) -------------------------------------------------
    pc = Clock(r, T('2025-02-10T15:02:44.500'))
    prev = WxLog(pc, ['0x2a1c', '0x3b08', '0x1f40'], empty_brackets=True, eol='\r\n')
    prev.L('Info', 'WebexApplication.cpp:212 ', 'WebexApplication::bootstrap', 'Webex %s (x64) launching; os="Windows 11 Enterprise 10.0.22631"; locale=en-US' % ver)
    desktop_noise(prev, 400)
    prev.L('Info', 'WebexApplication.cpp:880 ', 'WebexApplication::shutdown', 'user requested exit, flushing stores')
    desktop_noise(prev, 20)

    log = WxLog(c, ['0x45c', '0x2e88', '0x1d30', '0x4f0c', '0x3a14'], empty_brackets=True, eol='\r\n')
    log.L('Info', 'WebexApplication.cpp:212 ', 'WebexApplication::bootstrap', 'Webex %s (x64) launching; os="Windows 11 Enterprise 10.0.22631"; locale=en-US' % ver)
    log.L('Info', 'WebexApplication.cpp:240 ', 'WebexApplication::bootstrap', 'log level=Debug, pid=11932, session=%s' % ruuid(r))
    desktop_noise(log, 180)
    log.L('Info', 'SelfProfileStore.cpp:318 ', 'SelfProfileStore::onFetched', json.dumps({
        'id': uid, 'emails': [email], 'displayName': 'Dana Whitfield', 'orgId': org,
        'entitlements': ['spark', 'webex-squared', 'squared-call-initiation', 'broadworks-connector', 'squared-syncup', 'cloudmeetings'],
        'callingBehavior': 'NATIVE_WEBEX_TEAMS_CALLING', 'type': 'PERSON'}, separators=(',', ':')))
    desktop_noise(log, 140)
    log.L('Info', 'CallingServiceSelector.cpp:97 ', 'CallingServiceSelector::evaluate', '{"selected":"BROADWORKS","reason":"entitlement+behavior"}')
    log.L('Info', 'BroadWorksManager.cpp:129 ', 'BroadWorksManager::BroadWorksManager', 'BWC:SCF: BroadWorks calling core initialising (bwc build 45.2.0.31877, desktop profile)')
    desktop_noise(log, 60)
    tokurl = 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token?orgId=%s' % org
    H.json_pair(log, 'BwIdpTokenClient.cpp:77 ', 'BwIdpTokenClient::request', 'GET', tokurl, tid_tok, 200, gap=gapper(log, 5, 20))
    log.L('Info', 'BwIdpTokenClient.cpp:131 ', 'BwIdpTokenClient::onResult', '{"event":"bwToken","state":"issued","ttlSeconds":86400}')
    desktop_noise(log, 40)
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    devs = [{'type': 'Business Communicator - PC', 'name': 'WXT-PC-4695550142', 'lineport': '%s@voip.northstar.example.net' % sipuser,
             'url': 'https://%s/dms/bc/pc/' % xsp, 'primary': False},
            {'type': 'Polycom VVX 411', 'name': 'desk-0142', 'lineport': '4695550142@voip.northstar.example.net', 'primary': True}]
    H.json_pair(log, 'XsiClient.cpp:402 ', 'XsiClient::send', 'GET', devurl, tid_dev, 200, extra_req={'auth': 'Bearer'}, body=access_devices_xml(devs))
    log.L('Info', 'BroadWorksConfigDownloader.cpp:88 ', 'BroadWorksConfigDownloader::pickDevice', 'BWC:SCF: using access device type "Business Communicator - PC"')
    dmsurl = 'https://%s/dms/bc/pc/config.xml' % xsp
    H.json_pair(log, 'DmsClient.cpp:155 ', 'DmsClient::fetch', 'GET', dmsurl, tid_dms1, 401, lvl_err='Info',
                extra_rsp={'wwwAuthenticate': 'Digest realm="BroadWorks", qop="auth", nonce="%s"' % rid(r, 32)})
    log.L('Debug', 'DmsClient.cpp:190 ', 'DmsClient::onChallenge', 'digest challenge received, retrying with credentials')
    cfg = config_xml([(sbc_host, sbc_port)], sipuser, 'voip.northstar.example.net')
    H.json_pair(log, 'DmsClient.cpp:155 ', 'DmsClient::fetch', 'GET', dmsurl, tid_dms2, 200, extra_req={'auth': 'Digest'}, extra_rsp={'contentLength': 5821})
    log.L('Debug', 'BroadWorksConfigDownloader.cpp:140 ', 'BroadWorksConfigDownloader::onConfig', 'BWC:SCF: config body (redacted):')
    log.raw(cfg)
    log.L('Info', 'BroadWorksCallControl.cpp:488 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: configuration parsed, 1 line, proxy %s:%d transport=TLS' % (sbc_host, sbc_port))
    desktop_noise(log, 25)
    leg = SipLeg(r, sipuser, 'voip.northstar.example.net', '192.0.2.41', 53117, 'TLS', sbc_ip, sbc_port,
                 'Webex/%s (Windows) BWC' % ver, display='Dana Whitfield')
    log.L('Info', 'SipTransport.cpp:301 ', 'SipTransport::connect', 'BWC:SIP: TLS connected to %s:%d (resolved %s)' % (sbc_ip, sbc_port, sbc_host))
    sip_block(log, 'Info', 'SipTransport.cpp:%d ' % r.choice([640, 655, 702]), 'SipTransport::send', 'BWC:SIP: Sending request, %d bytes, TLS peer %s:%d' % (r.randint(600, 900), sbc_ip, sbc_port), leg.register())
    sip_block(log, 'Info', 'SipTransport.cpp:877 ', 'SipTransport::onData', 'BWC:SIP: Received response, %d bytes, TLS peer %s:%d' % (r.randint(300, 700), sbc_ip, sbc_port), leg.response(401, 'Unauthorized'))
    sip_block(log, 'Info', 'SipTransport.cpp:%d ' % r.choice([640, 655, 702]), 'SipTransport::send', 'BWC:SIP: Sending request, %d bytes, TLS peer %s:%d' % (r.randint(600, 900), sbc_ip, sbc_port), leg.register(auth=True))
    sip_block(log, 'Info', 'SipTransport.cpp:877 ', 'SipTransport::onData', 'BWC:SIP: Received response, %d bytes, TLS peer %s:%d' % (r.randint(300, 700), sbc_ip, sbc_port),
              leg.response(200, 'OK', contacts=[leg.own_contact_ok()], extra=[('Date', c.t.strftime('%a, %d %b %Y %H:%M:%S GMT'))]))
    log.L('Info', 'BroadWorksManager.cpp:640 ', 'BroadWorksManager::onRegistrationState', 'BWC:SCF: line 1 registered, expires in 3600s')
    log.L('Info', 'PhoneServicesModel.cpp:52 ', 'PhoneServicesModel::refresh', 'phone services state -> CONNECTED (SSO session signed in)')
    t_media = c.t
    desktop_noise(log, 900)
    files = [('Logs-2025-02-11/CiscoSpark/current_log.txt', log.text()),
             ('Logs-2025-02-11/CiscoSpark/last_run_current_log.txt', prev.text()),
             ('Logs-2025-02-11/CiscoSpark/media/wme_20250211_0841.log', media_log(r, Clock(r, t_media), 40)),
             ('Logs-2025-02-11/CiscoSpark/ced.dat', opaque_blob(r))]
    emit('SR694100231_northwind-legal_win.zip', files, c.t, expected={
        'scenario': 'Windows 45.2 healthy sign-in: identity as one JSON object, HTTP as JSON request/response objects, DMS answers a digest 401 then 200 on the retry, config body dumped, SIP shape 1 with CRLF (401 then 200 listing own contact). CRLF file, [] after thread. A healthy previous run in last_run_current_log.txt.',
        'must': [], 'must_not_errors': True,
        'must_not': ['config-download-failed', 'sip-auth-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok',
                     'config-download': 'ok', 'sip-register': 'ok', 'registered': 'ok'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Windows',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port),
                  'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp, 'tracking_ids': [tid_tok, tid_dev]},
    })


# ------------------------------------------------------------------ H2 macOS 2022 (folder, bwc/current_log)
def h2():
    r = random.Random(102)
    c = Clock(r, T('2022-09-20T13:05:41.870'))
    email = 'm.okonkwo@bluepeak-arch.example.org'
    uid, org = ruuid(r), ruuid(r)
    ver = '42.9.0.23494'
    bwuser = 'mokonkwo@bluepeak.voice.example.org'
    xsp = 'xsi.voice.example.org'
    sipuser = 'mokonkwo_wxt'
    sbc_host, sbc_port, sbc_ip = 'edge1.voice.example.org', 5061, '198.51.100.61'
    tids = ['CLIENT_%s' % ruuid(r) for _ in range(5)]
    thr = ['0x70000a1b2000', '0x70000a235000', '0x1190cadc0', '0x70000a3bb000']
    log = WxLog(c, thr)
    bwc = WxLog(c, thr)
    ext = {'.cpp': '.mm'}
    log.L('Info', 'AppDelegate.mm:77 ', 'AppDelegate::applicationDidFinishLaunching', 'Webex version=%s build=arm64 platform=macOS os=12.6 (21G115)' % ver)
    desktop_noise(log, 120, ext_map=ext)
    log.L('Info', 'UserIdentity.swift:58 ', 'UserIdentity.load()', 'email=%s' % email)
    log.L('Info', 'UserIdentity.swift:59 ', 'UserIdentity.load()', 'userId=%s orgId=%s' % (uid, org))
    log.L('Info', 'EntitlementChecker.swift:31 ', 'EntitlementChecker.refresh()', 'entitlements=spark,webex-squared,squared-call-initiation,broadworks-connector,spark-test-account')
    log.L('Info', 'EntitlementChecker.swift:44 ', 'EntitlementChecker.refresh()', 'callingBehavior=NATIVE_WEBEX_TEAMS_CALLING')
    desktop_noise(log, 150, ext_map=ext)
    bwc.L('Info', 'TelephonyBroadWorks.cpp:77 ', 'TelephonyBroadWorks::enable', 'BWC:SCF: bwc core up, starting login sequence')
    log.L('Info', 'TelephonyServiceBW.mm:210 ', 'TelephonyServiceBW::enable', 'BroadWorks calling library (BWC) started')
    g = gapper(log, 3, 15, lambda l, n: desktop_noise(l, n, ext_map=ext))
    H.kv_pair(log, 'BWTokenFetcher.mm:64 ', 'BWTokenFetcher::fetch', 'POST', 'https://broadworks-idp-proxy.eu.wbx.example.com/broadworks-idp-proxy/v2/jwt', tids[0], 200, gap=g)
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    bwc.L('Info', 'XsiConnection.cpp:510 ', 'XsiConnection::get', 'BWC:XSI: method=GET url=%s trackingid=%s' % (devurl, tids[1]))
    bwc.L('Info', 'XsiConnection.cpp:560 ', 'XsiConnection::onResponse', 'BWC:XSI: trackingid=%s status=401 www-authenticate="Digest realm=\\"BroadWorks\\",nonce=\\"%s\\",qop=\\"auth\\""' % (tids[1], rid(r, 28)))
    bwc.L('Info', 'XsiConnection.cpp:571 ', 'XsiConnection::onResponse', 'BWC:XSI: challenge answered, resending')
    bwc.L('Info', 'XsiConnection.cpp:510 ', 'XsiConnection::get', 'BWC:XSI: method=GET url=%s trackingid=%s authorization=Digest' % (devurl, tids[2]))
    desktop_noise(log, 4, ext_map=ext)
    bwc.L('Info', 'XsiConnection.cpp:560 ', 'XsiConnection::onResponse', 'BWC:XSI: trackingid=%s status=200 bytes=1290' % tids[2])
    bwc.raw(access_devices_xml([{'type': 'Business Communicator - PC', 'name': 'mokonkwo-desktop', 'lineport': sipuser + '@bluepeak.voice.example.org', 'url': 'https://%s/dms/bc/pc/' % xsp},
                                {'type': 'Connect - Mobile', 'name': 'mokonkwo-mobile', 'lineport': 'mokonkwo_m@bluepeak.voice.example.org', 'url': 'https://%s/dms/Connect_Mobile/' % xsp}], indent='\t'))
    dms = 'https://%s/dms/bc/pc/config.xml' % xsp
    bwc.L('Info', 'BroadWorksConfigDownloader.cpp:201 ', 'BroadWorksConfigDownloader::download', 'BWC:SCF: method=GET url=%s trackingid=%s' % (dms, tids[3]))
    bwc.L('Info', 'BroadWorksConfigDownloader.cpp:230 ', 'BroadWorksConfigDownloader::onDone', 'BWC:SCF: trackingid=%s status=200 size=6133' % tids[3])
    bwc.L('Info', 'BroadWorksCallControl.cpp:493 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: sip.proxy=%s sip.port=%d sip.transport=TLS line[0].user=%s' % (sbc_host, sbc_port, sipuser))
    leg = SipLeg(r, sipuser, 'bluepeak.voice.example.org', '192.0.2.77', 60411, 'TLS', sbc_ip, sbc_port, 'Webex-Mac/%s' % ver, realm='bluepeak.voice.example.org')
    src = 'SipStack.cpp:1204 '
    sip_prefixed(bwc, 'Debug', src, 'SipStack::transmit', 'BWC:SIP: [OUT to %s:%d] ' % (sbc_ip, sbc_port), leg.register()[:-1])
    sip_prefixed(bwc, 'Debug', 'SipStack.cpp:1290 ', 'SipStack::receive', 'BWC:SIP: [IN from %s:%d] ' % (sbc_ip, sbc_port), leg.response(407, 'Proxy Authentication Required')[:-1])
    sip_prefixed(bwc, 'Debug', src, 'SipStack::transmit', 'BWC:SIP: [OUT to %s:%d] ' % (sbc_ip, sbc_port), leg.register(auth=True, proxy_auth=True)[:-1])
    sip_prefixed(bwc, 'Debug', 'SipStack.cpp:1290 ', 'SipStack::receive', 'BWC:SIP: [IN from %s:%d] ' % (sbc_ip, sbc_port), leg.response(200, 'OK', contacts=[leg.own_contact_ok(3600)])[:-1])
    bwc.L('Info', 'BroadWorksManager.cpp:655 ', 'BroadWorksManager::onRegistered', 'BWC:SCF: registration state REGISTERED')
    log.L('Info', 'TelephonyServiceBW.mm:388 ', 'TelephonyServiceBW::onLineState', 'line 1 state=registered; phone services: signed in')
    t_media = c.t
    desktop_noise(log, 700, ext_map=ext)
    for _ in range(6):
        c.jump(r.randint(20, 40))
        bwc.L('Debug', 'SipTransport.cpp:990 ', 'SipTransport::keepAlive', 'BWC:SIP: CRLF keep-alive sent to %s:%d' % (sbc_ip, sbc_port))
    # merge order is by writing; both logs share the clock so each is monotonic
    files = [('SparkMacDesktop/current_log', log.text()), ('SparkMacDesktop/bwc/current_log', bwc.text()),
             ('SparkMacDesktop/media/wme.log', media_log(r, Clock(r, t_media), 30))]
    emit('SR694100587_bluepeak_mac', files, c.t, kind='folder', expected={
        'scenario': 'macOS 42.9 (2022) plain folder, current_log without .txt and BWC in bwc/current_log. Identity one item per line, entitlements comma list, token as key=value REQ/RSP, Xsi-Actions device list answers a digest 401 then 200 on the retry, SIP shape 3 (every line prefixed, [OUT to]/[IN from] markers) with a 407 challenge then 200.',
        'must': [], 'must_not_errors': True, 'must_not': ['xsi-request-failed', 'sip-auth-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok',
                     'config-download': 'ok', 'sip-register': 'ok', 'registered': 'ok'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'macOS',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port),
                  'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp, 'tracking_ids': [tids[2]]},
    })



# ------------------------------------------------------------------ H3 iOS 2024, nested zip, rotated, CSF mix, SIP escaped + compact
def h3():
    r = random.Random(103)
    c = Clock(r, T('2024-03-18T09:02:10.004'))
    email = 'r.sato@helixclinic.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '44.3.0.28811'
    bwuser = '8585550177@helix.sip.example.net'
    xsp = 'xsp-west.sip.example.net'
    sipuser = '8585550177m'
    sbc_host, sbc_port, sbc_ip = 'sbc-west.sip.example.net', 5061, '198.51.100.140'
    base = 'CLIENT_' + ruuid(r)
    thr = ['0x16b8a3000', '0x16b92f000', '0x1f2e8c140']
    older = WxLog(c, thr)
    csf_o = CsfLog(older, ['0x6d4ab000', '0x6d537000'])
    older.L('Info', 'AppLaunchCoordinator.swift:41 ', 'AppLaunchCoordinator.start()', 'Webex iOS %s launching, device=iPhone14,5, system=iOS 17.3.1' % ver)
    desktop_noise(older, 200, ext_map={'.cpp': '.swift'})
    csf_noise(csf_o, 60)
    older.L('Info', 'SessionStore.swift:112 ', 'SessionStore.restore()', 'self: email=%s, uuid=%s' % (email, uid))
    older.L('Info', 'SessionStore.swift:113 ', 'SessionStore.restore()', 'self: orgUUID=%s' % org)
    older.L('Debug', 'FeatureGate.swift:77 ', 'FeatureGate.onUserLoaded(_:)', 'user entitlements:')
    older.raw(['[', '    "spark",', '    "webex-squared",', '    "squared-call-initiation",', '    "broadworks-connector",', '    "cloudmeetings"', ']'])
    older.L('Debug', 'FeatureGate.swift:90 ', 'FeatureGate.onUserLoaded(_:)', 'calling behaviour resolved: NATIVE_WEBEX_TEAMS_CALLING (org default)')
    desktop_noise(older, 300, ext_map={'.cpp': '.swift'})
    csf_noise(csf_o, 40)
    c.jump(3)
    log = WxLog(c, thr)
    csf = CsfLog(log, ['0x6d4ab000', '0x6d537000'])
    log.L('Info', 'LogRotator.swift:20 ', 'LogRotator.rotate()', 'opened new log file, previous renamed to current_log_1.txt')
    desktop_noise(log, 40, ext_map={'.cpp': '.swift'})
    csf.L('INFO', 'bwc/core/BroadWorksManager.cpp', 133, 'bwc.scf', 'BroadWorksManager::start', 'BWC:SCF: starting BroadWorks calling for profile Connect - Mobile')
    tok = 'https://broadworks-idp-proxy-r.wbx.example.com/broadworks-idp-proxy/api/v1/users/%s/jwt' % uid
    H.arrow(log, 'BWTokenService.swift:88 ', 'BWTokenService.fetch()', 'GET', tok, base + '_1', 200)
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    csf.L('DEBUG', 'bwc/xsi/XsiRequest.cpp', 221, 'bwc.xsi', 'XsiRequest::send', 'GET %s trackingid: %s' % (devurl, base + '_2'))
    csf_noise(csf, 5)
    csf.L('DEBUG', 'bwc/xsi/XsiRequest.cpp', 260, 'bwc.xsi', 'XsiRequest::onComplete', 'trackingid: %s httpStatus = [200] contentType=application/xml' % (base + '_2'))
    log.raw(access_devices_xml([{'type': 'Connect - Mobile', 'name': 'rsato-iphone', 'lineport': sipuser + '@helix.sip.example.net', 'url': 'https://%s/dms/Connect_Mobile/' % xsp},
                                {'type': 'Business Communicator - PC', 'name': 'rsato-pc', 'lineport': '8585550177@helix.sip.example.net', 'url': 'https://%s/dms/bc/pc/' % xsp}]))
    dms = 'https://%s/dms/Connect_Mobile/config.xml' % xsp
    csf.L('DEBUG', 'bwc/dms/ConfigFetcher.cpp', 97, 'bwc.dms', 'ConfigFetcher::get', 'GET %s trackingid: %s' % (dms, base + '_3'))
    csf.L('DEBUG', 'bwc/dms/ConfigFetcher.cpp', 131, 'bwc.dms', 'ConfigFetcher::onComplete', 'trackingid: %s httpStatus = [200] bytes=7020' % (base + '_3'))
    csf.L('INFO', 'bwc/core/BroadWorksCallControl.cpp', 493, 'bwc.scf', 'BroadWorksCallControl::createConfig', 'BWC:SCF: proxy=%s port=%d user=%s' % (sbc_host, sbc_port, sipuser))
    leg = SipLeg(r, sipuser, 'helix.sip.example.net', '192.0.2.201', 49876, 'TLS', sbc_ip, sbc_port, 'WebexIOS/%s' % ver)
    src = 'SipChannel.cpp:415 '
    sip_escaped(log, 'Debug', src, 'SipChannel::write', 'BWC:SIP: tx %s:%d len=612 msg=' % (sbc_ip, sbc_port), leg.register(compact=True))
    sip_escaped(log, 'Debug', 'SipChannel.cpp:470 ', 'SipChannel::read', 'BWC:SIP: rx %s:%d len=488 msg=' % (sbc_ip, sbc_port), leg.response(401, 'Unauthorized', compact=True))
    sip_escaped(log, 'Debug', src, 'SipChannel::write', 'BWC:SIP: tx %s:%d len=801 msg=' % (sbc_ip, sbc_port), leg.register(auth=True, compact=True))
    sip_escaped(log, 'Debug', 'SipChannel.cpp:470 ', 'SipChannel::read', 'BWC:SIP: rx %s:%d len=530 msg=' % (sbc_ip, sbc_port), leg.response(200, 'OK', contacts=[leg.own_contact_ok(3600)], compact=True))
    csf.L('INFO', 'bwc/core/BroadWorksManager.cpp', 655, 'bwc.scf', 'BroadWorksManager::onRegistered', 'BWC:SCF: registered, push token handed to AS')
    desktop_noise(log, 600, ext_map={'.cpp': '.swift'})
    csf_noise(csf, 80)
    inner = zip_bytes([('Logs/current_log.txt', log.text()), ('Logs/current_log_1.txt', older.text()),
                       ('Logs/device.txt', 'model: iPhone14,5\nsystem: iOS 17.3.1\napp: %s\nlocale: en_US\n' % ver)], c.t)
    files = [('helix_ios_upload/', b''), ('helix_ios_upload/webex-ios-logs-20240318T0912Z.zip', inner)]
    emit('SR694101122_helix-clinic_ios.zip', files, c.t, expected={
        'scenario': 'iPhone 44.3 (2024) healthy; Partner Hub zip holding a nested zip; sign-in starts in current_log_1.txt (rotated) and continues in current_log.txt; entitlements as a JSON array split over lines; modern lines mixed with CSF lines (Xsi/DMS with httpStatus = [200]); token with "-> 200"; SIP shape 2 (one line, escaped \\r\\n) in compact header form, 401 then 200.',
        'must': [], 'must_not_errors': True,
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok',
                     'config-download': 'ok', 'sip-register': 'ok', 'registered': 'ok'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'iOS',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port),
                  'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp, 'tracking_ids': [base + '_2']},
    })


# ------------------------------------------------------------------ H4 Android 2023 logcat, gz rotation
def h4():
    r = random.Random(104)
    c = Clock(r, T('2023-11-07T14:20:03.300'))
    email = 'lucas.fontaine@riverbend-coop.example.org'
    uid, org = ruuid(r), ruuid(r)
    ver = '43.11.0.4210'
    bwuser = '5145550190@sip.riverbend.example.org'
    xsp = 'xsi1.riverbend.example.org'
    sipuser = '5145550190-mob'
    sbc_host, sbc_port, sbc_ip = 'sbc.riverbend.example.org', 5061, '203.0.113.77'
    tk = ['CLIENT' + rid(r, 32) for _ in range(3)]
    old = Logcat(Clock(r, T('2023-11-06T22:10:00.000')), 8123, [8123, 8150, 8199, 8201], tzoffset_h=-5)
    old.L('I', 'WebexApp', 'Application onCreate, version %s' % ver)
    logcat_noise(old, 500)
    lc = Logcat(c, 10432, [10432, 10467, 10471, 10502, 10533], tzoffset_h=-5)
    lc.L('I', 'WebexApp', 'Application onCreate: Webex %s (431104210) Android 14 (SDK 34) device=Pixel 7' % ver)
    logcat_noise(lc, 150)
    lc.L('I', 'SelfUser', 'self user loaded email=%s id=%s org=%s' % (email, uid, org))
    lc.L('D', 'SelfUser', 'entitlements=[spark, squared-call-initiation, broadworks-connector, webex-squared]')
    lc.L('D', 'SelfUser', 'calling behavior NATIVE_WEBEX_TEAMS_CALLING')
    logcat_noise(lc, 120)
    lc.L('I', 'BWC', 'BWC:SCF: BroadWorks calling initialise (lib 43.11.0)')
    tok = 'https://broadworks-idp-proxy-k.wbx.example.com/broadworks-idp-proxy/api/v2/token'
    saved_tids, lc.tids = lc.tids, [10502]
    lc.L('D', 'OkHttp', '--> GET %s' % tok)
    lc.L('D', 'OkHttp', 'TrackingID: %s' % tk[0])
    lc.L('D', 'OkHttp', '--> END GET')
    logcat_noise(lc, 6)
    lc.L('D', 'OkHttp', '<-- 200 OK %s (402ms)' % tok)
    lc.L('D', 'OkHttp', 'TrackingID: %s' % tk[0])
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    lc.L('D', 'OkHttp', '--> GET %s' % devurl)
    lc.L('D', 'OkHttp', 'TrackingID: %s' % tk[1])
    lc.L('D', 'OkHttp', 'Authorization: Bearer ██')
    lc.L('D', 'OkHttp', '<-- 200 OK %s (188ms)' % devurl)
    lc.L('D', 'OkHttp', '\n'.join(access_devices_xml([{'type': 'Connect - Mobile', 'name': 'lfontaine-android', 'lineport': sipuser + '@sip.riverbend.example.org', 'url': 'https://%s/dms/Connect_Mobile/' % xsp}])))
    dms = 'https://%s/dms/Connect_Mobile/config.xml' % xsp
    lc.L('D', 'OkHttp', '--> GET %s' % dms)
    lc.L('D', 'OkHttp', 'TrackingID: %s' % tk[2])
    lc.L('D', 'OkHttp', '<-- 200 OK %s (231ms, 6.8kB body)' % dms)
    lc.tids = saved_tids
    lc.L('I', 'BWC', 'BWC:SCF: config applied: outbound proxy %s:%d (TLS), sip user %s' % (sbc_host, sbc_port, sipuser))
    leg = SipLeg(r, sipuser, 'sip.riverbend.example.org', '192.0.2.88', 38812, 'TLS', sbc_ip, sbc_port, 'WebexAndroid/%s' % ver)
    lc.L('D', 'BWC-SIP', 'OUT to %s:%d\n%s' % (sbc_ip, sbc_port, '\n'.join(leg.register()[:-1])))
    lc.L('D', 'BWC-SIP', 'IN from %s:%d\n%s' % (sbc_ip, sbc_port, '\n'.join(leg.response(401, 'Unauthorized')[:-1])))
    lc.L('D', 'BWC-SIP', 'OUT to %s:%d\n%s' % (sbc_ip, sbc_port, '\n'.join(leg.register(auth=True)[:-1])))
    lc.L('D', 'BWC-SIP', 'IN from %s:%d\n%s' % (sbc_ip, sbc_port, '\n'.join(leg.response(200, 'OK', contacts=[leg.own_contact_ok(600)])[:-1])))
    lc.L('I', 'BWC', 'BWC:SCF: line registered; telephony available')
    logcat_noise(lc, 700)
    files = [('Webex-Android-%s/logs/webex_current.log' % ver, lc.text()),
             ('Webex-Android-%s/logs/webex_previous.log.gz' % ver, gz(old.text(), old.c.t)),
             ('Webex-Android-%s/feedback.json' % ver, json.dumps({'app': 'Webex', 'platform': 'android', 'note': 'calling test after re-provision'}, indent=1))]
    emit('SR694101398_riverbend_android.zip', files, c.t, expected={
        'scenario': 'Android 43.11 (2023) healthy, logcat threadtime (no year), OkHttp-style --> / <-- HTTP lines with TrackingID on its own line, older rotation as .gz; multi-line SIP logged as one logcat entry so every SIP line carries the logcat prefix; 401 then 200.',
        'must': [], 'must_not_errors': True,
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok',
                     'config-download': 'ok', 'sip-register': 'ok', 'registered': 'ok'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Android',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port),
                  'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp, 'tracking_ids': [tk[1]]},
    })


# ------------------------------------------------------------------ L1 last run failed (503), newest run healthy, Windows 2024
def l1():
    r = random.Random(105)
    email = 'kwame.asante@tallgrass-ins.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '44.6.0.29928'
    bwuser = '3165550111@tallgrass.bw.example.net'
    xsp = 'xsp2.bw.example.net'
    sipuser = '3165550111_1'
    sbc_host, sbc_port, sbc_ip = 'sbc-central.bw.example.net', 5061, '203.0.113.150'

    def run(log, clock, ok):
        log.L('Info', 'Startup.cpp:58 ', 'Startup::logEnvironment', 'product=Webex version=%s arch=x64 os="Microsoft Windows 10 Pro 22H2 (19045.4529)"' % ver)
        desktop_noise(log, 150)
        log.L('Info', 'IdentityCache.cpp:210 ', 'IdentityCache::update', 'user.email = %s' % email)
        log.L('Info', 'IdentityCache.cpp:211 ', 'IdentityCache::update', 'user.id = %s' % uid)
        log.L('Info', 'IdentityCache.cpp:212 ', 'IdentityCache::update', 'user.orgId = %s' % org)
        log.L('Info', 'IdentityCache.cpp:230 ', 'IdentityCache::update', 'user.entitlements = spark | webex-squared | broadworks-connector | squared-call-initiation | messenger')
        log.L('Info', 'IdentityCache.cpp:231 ', 'IdentityCache::update', 'user.callingBehavior = NATIVE_WEBEX_TEAMS_CALLING')
        desktop_noise(log, 120)
        log.L('Info', 'BroadWorksManager.cpp:120 ', 'BroadWorksManager::init', 'BWC:SCF: initialising BroadWorks calling (BWC)')
        tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
        H.dump_pair(log, 'RestClient.cpp:301 ', 'RestClient::execute', 'GET', 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/jwt', tids[0], 200,
                    headers=[('Authorization', 'Bearer <redacted>'), ('Accept', 'application/json')], rsp_headers=[('Content-Type', 'application/json')])
        devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
        H.dump_pair(log, 'RestClient.cpp:301 ', 'RestClient::execute', 'GET', devurl, tids[1], 200, headers=[('Authorization', 'Bearer <redacted>')],
                    body=access_devices_xml([{'type': 'Business Communicator - PC', 'name': 'kasante-pc', 'lineport': sipuser + '@tallgrass.bw.example.net', 'url': 'https://%s/dms/bc/pc/' % xsp}]))
        H.dump_pair(log, 'RestClient.cpp:301 ', 'RestClient::execute', 'GET', 'https://%s/dms/bc/pc/config.xml' % xsp, tids[2], 200, headers=[('Authorization', 'Digest username="3165550111", realm="BroadWorks", ...')])
        log.L('Info', 'BroadWorksCallControl.cpp:493 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: sip proxy %s port %d, auth user %s' % (sbc_host, sbc_port, sipuser))
        leg = SipLeg(r, sipuser, 'tallgrass.bw.example.net', '192.0.2.23', 50110 + r.randint(0, 99), 'TLS', sbc_ip, sbc_port, 'Webex/%s' % ver)
        for attempt in range(3 if not ok else 1):
            sip_startline_inline(log, 'Info', 'SipMessageLog.cpp:77 ', 'SipMessageLog::out', 'BWC:SIP: >>>> [%s:%d] ' % (sbc_ip, sbc_port), leg.register(new_callid=attempt > 0))
            if not ok:
                sip_startline_inline(log, 'Info', 'SipMessageLog.cpp:91 ', 'SipMessageLog::in', 'BWC:SIP: <<<< [%s:%d] ' % (sbc_ip, sbc_port),
                                     leg.response(503, 'Service Unavailable', extra=[('Retry-After', '120')]))
                log.L('Warning', 'BroadWorksManager.cpp:701 ', 'BroadWorksManager::onRegisterFailed', 'BWC:SCF: registration rejected (503), retry in 120s')
                desktop_noise(log, 80)
                clock.jump(120)
            else:
                sip_startline_inline(log, 'Info', 'SipMessageLog.cpp:91 ', 'SipMessageLog::in', 'BWC:SIP: <<<< [%s:%d] ' % (sbc_ip, sbc_port), leg.response(401, 'Unauthorized'))
                sip_startline_inline(log, 'Info', 'SipMessageLog.cpp:77 ', 'SipMessageLog::out', 'BWC:SIP: >>>> [%s:%d] ' % (sbc_ip, sbc_port), leg.register(auth=True))
                sip_startline_inline(log, 'Info', 'SipMessageLog.cpp:91 ', 'SipMessageLog::in', 'BWC:SIP: <<<< [%s:%d] ' % (sbc_ip, sbc_port), leg.response(200, 'OK', contacts=[leg.own_contact_ok()]))
                log.L('Info', 'BroadWorksManager.cpp:655 ', 'BroadWorksManager::onRegistered', 'BWC:SCF: REGISTERED (line 1)')
        if not ok:
            log.L('Info', 'Shutdown.cpp:40 ', 'Shutdown::begin', 'application exit requested by user')
        desktop_noise(log, 300 if ok else 20)
        return tids

    c0 = Clock(r, T('2024-06-03T07:55:12.000'))
    prev = WxLog(c0, ['0x1b4', '0x2230', '0x26f8'])
    run(prev, c0, False)
    c = Clock(r, T('2024-06-03T08:31:40.250'))
    cur = WxLog(c, ['0x1c8', '0x2a04', '0x3110', '0x2c7c'])
    tids = run(cur, c, True)
    files = [('tallgrass_kasante/AppData/Local/CiscoSpark/current_log.txt', cur.text()),
             ('tallgrass_kasante/AppData/Local/CiscoSpark/last_run_current_log.txt', prev.text())]
    emit('SR694102004_tallgrass_win.zip', files, c.t, expected={
        'scenario': 'Windows 44.6: previous run (last_run_current_log.txt) got SIP 503 Service Unavailable three times; the newest run (current_log.txt) registers fine. Identity key = value per line, entitlements separated by |, HTTP as multi-line request/response dumps, SIP start line on the announcing line (>>>> / <<<<). Expectations are about the newest run.',
        'must': [], 'must_not_errors': True,
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok',
                     'config-download': 'ok', 'sip-register': 'ok', 'registered': 'ok'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Windows',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port),
                  'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp, 'tracking_ids': [tids[1]]},
    })


# ------------------------------------------------------------------ F1 failover macOS 2025
def f1():
    r = random.Random(106)
    c = Clock(r, T('2025-05-22T16:44:09.510'))
    email = 'ines.carvalho@portoazul.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '45.5.0.32410'
    bwuser = 'icarvalho@portoazul.ucaas.example.net'
    xsp = 'xsp.ucaas.example.net'
    sipuser = 'icarvalho.wx'
    p1 = ('sbc-a.ucaas.example.net', 5061, '203.0.113.5')
    p2 = ('sbc-b.ucaas.example.net', 5061, '198.51.100.5')
    thr = ['0x16f627000', '0x16f6b3000', '0x1e9d7c8c0']
    log = WxLog(c, thr)
    ext = {'.cpp': '.mm'}
    log.L('Info', 'WXAppDelegate.mm:64 ', '-[WXAppDelegate applicationDidFinishLaunching:]', 'Webex %s starting (macOS 15.4.1, arm64)' % ver)
    desktop_noise(log, 160, ext_map=ext)
    log.L('Info', 'AccountModel.swift:201 ', 'AccountModel.didLoad(_:)', 'account {email: "%s", userId: "%s", orgId: "%s"}' % (email, uid, org))
    log.L('Info', 'AccountModel.swift:214 ', 'AccountModel.didLoad(_:)', 'entitlements {spark, webex-squared, broadworks-connector, squared-call-initiation}')
    log.L('Info', 'AccountModel.swift:219 ', 'AccountModel.didLoad(_:)', 'calling {behavior: NATIVE_WEBEX_TEAMS_CALLING}')
    desktop_noise(log, 100, ext_map=ext)
    log.L('Info', 'BWCAdapter.cpp:310 ', 'BWCAdapter::startLibrary', 'BWC:SCF: BWC started')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    H.arrow(log, 'BWHttp.mm:120 ', 'BWHttp::perform', 'GET', 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token', tids[0], 200)
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    H.arrow(log, 'BWHttp.mm:120 ', 'BWHttp::perform', 'GET', devurl, tids[1], 200)
    log.raw(access_devices_xml([{'type': 'Business Communicator - PC', 'name': 'icarvalho-mac', 'lineport': sipuser + '@portoazul.ucaas.example.net', 'url': 'https://%s/dms/bc/pc/' % xsp}]))
    H.arrow(log, 'BWHttp.mm:120 ', 'BWHttp::perform', 'GET', 'https://%s/dms/bc/pc/config.xml' % xsp, tids[2], 200)
    log.L('Debug', 'BroadWorksConfigDownloader.cpp:140 ', 'BroadWorksConfigDownloader::onConfig', 'BWC:SCF: proxies from config:')
    log.raw(config_xml([(p1[0], p1[1]), (p2[0], p2[1])], sipuser, "portoazul.ucaas.example.net")[9:11])
    leg = SipLeg(r, sipuser, 'portoazul.ucaas.example.net', '192.0.2.130', 51402, 'TLS', p1[2], p1[1], 'Webex-macOS/%s' % ver)
    log.L('Info', 'SipTransport.cpp:301 ', 'SipTransport::connect', 'BWC:SIP: TLS session up with %s:%d (%s)' % (p1[2], p1[1], p1[0]))
    sip_block(log, 'Info', 'SipTransport.cpp:%d ' % r.choice([640, 655, 702]), 'SipTransport::send', 'BWC:SIP: Outgoing to %s:%d:' % (p1[2], p1[1]), leg.register(), eol='\r')
    desktop_noise(log, 30, ext_map=ext)
    c.jump(32)
    log.L('Warning', 'SipTransaction.cpp:412 ', 'SipTransaction::onTimerF', 'BWC:SIP: no final response for REGISTER cseq %d from %s:%d after 32000 ms (Timer F)' % (leg.cseq, p1[2], p1[1]))
    log.L('Info', 'BroadWorksRegistrar.cpp:233 ', 'BroadWorksRegistrar::failover', 'BWC:SCF: trying next proxy %s:%d' % (p2[0], p2[1]))
    leg.sip = p2[2]
    log.L('Info', 'SipTransport.cpp:301 ', 'SipTransport::connect', 'BWC:SIP: TLS session up with %s:%d (%s)' % (p2[2], p2[1], p2[0]))
    sip_block(log, 'Info', 'SipTransport.cpp:%d ' % r.choice([640, 655, 702]), 'SipTransport::send', 'BWC:SIP: Outgoing to %s:%d:' % (p2[2], p2[1]), leg.register(new_callid=True), eol='\r')
    sip_block(log, 'Info', 'SipTransport.cpp:870 ', 'SipTransport::onData', 'BWC:SIP: Incoming from %s:%d:' % (p2[2], p2[1]), leg.response(401, 'Unauthorized'), eol='\r')
    sip_block(log, 'Info', 'SipTransport.cpp:%d ' % r.choice([640, 655, 702]), 'SipTransport::send', 'BWC:SIP: Outgoing to %s:%d:' % (p2[2], p2[1]), leg.register(auth=True), eol='\r')
    sip_block(log, 'Info', 'SipTransport.cpp:870 ', 'SipTransport::onData', 'BWC:SIP: Incoming from %s:%d:' % (p2[2], p2[1]), leg.response(200, 'OK', contacts=[leg.own_contact_ok()]), eol='\r')
    log.L('Info', 'BroadWorksManager.cpp:655 ', 'BroadWorksManager::onRegistered', 'BWC:SCF: registered via %s' % p2[0])
    desktop_noise(log, 600, ext_map=ext)
    files = [('__MACOSX/', b''), ('__MACOSX/._SparkMacDesktop', b'\x00\x05\x16\x07' + b'\x00' * 60),
             ('SparkMacDesktop/current_log.txt', log.text()),
             ('SparkMacDesktop/last_run_current_log.txt', ''),
             ('SparkMacDesktop/media/calls/call_none.txt', '')]
    emit('SR694102550_portoazul_mac.zip', files, c.t, expected={
        'scenario': 'macOS 45.5 (2025) SIP failover: config lists two proxies, REGISTER to the first (203.0.113.5) is never answered and Timer F fires after 32 s, the app moves to the second proxy which challenges (401) and then answers 200 with our contact. SIP shape 1 with CRLF line ends inside an LF file; HTTP as "-> 200" arrows; zip made on a Mac with __MACOSX entries.',
        'must': [], 'must_not_errors': True,
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok',
                     'config-download': 'ok', 'sip-register': 'ok', 'registered': 'ok'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'macOS',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'xsp': xsp, 'tracking_ids': [tids[1]]},
    })


# ------------------------------------------------------------------ U1 unexplained stop, Windows 2023 folder
def u1():
    r = random.Random(107)
    c = Clock(r, T('2023-04-12T11:17:00.040'))
    email = 'p.horvath@danubia-logistics.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '43.4.0.25959'
    bwuser = '3615550123@danubia.cloudpbx.example.net'
    xsp = 'xsp.cloudpbx.example.net'
    log = WxLog(c, ['0x1a70', '0x2be4', '0x33c0'])
    log.L('Info', 'AppMain.cpp:99 ', 'AppMain::run', 'Cisco Webex %s, Windows 10 Enterprise LTSC 2021 (10.0.19044), 64-bit' % ver)
    desktop_noise(log, 200)
    log.L('Info', 'UserSession.cpp:411 ', 'UserSession::onMe', 'me: mail=%s; uuid=%s; org=%s' % (email, uid, org))
    log.L('Info', 'UserSession.cpp:430 ', 'UserSession::onMe', 'me.entitlements: broadworks-connector;spark;squared-call-initiation;webex-squared')
    log.L('Info', 'UserSession.cpp:431 ', 'UserSession::onMe', 'me.callingBehavior: NATIVE_WEBEX_TEAMS_CALLING')
    desktop_noise(log, 150)
    log.L('Info', 'BroadWorksManager.cpp:140 ', 'BroadWorksManager::initialize', 'BWC:SCF: BroadWorks Calling init begin')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    g = gapper(log, 2, 9)
    log.L('Debug', 'WebRequest.cpp:88 ', 'WebRequest::start', 'GET https://broadworks-idp-proxy-r.wbx.example.com/broadworks-idp-proxy/api/v1/token trackingid=%s' % tids[0])
    g()
    log.L('Debug', 'WebRequest.cpp:140 ', 'WebRequest::done', 'trackingid=%s httpStatus = [200]' % tids[0])
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    log.L('Debug', 'WebRequest.cpp:88 ', 'WebRequest::start', 'GET %s trackingid=%s' % (devurl, tids[1]))
    log.L('Debug', 'WebRequest.cpp:140 ', 'WebRequest::done', 'trackingid=%s httpStatus = [200]' % tids[1])
    log.raw(access_devices_xml([{'type': 'Business Communicator - PC', 'name': 'phorvath-pc', 'lineport': '3615550123_pc@danubia.cloudpbx.example.net', 'url': 'https://%s/dms/bc/pc/' % xsp}]))
    log.L('Debug', 'WebRequest.cpp:88 ', 'WebRequest::start', 'GET https://%s/dms/bc/pc/config.xml trackingid=%s' % (xsp, tids[2]))
    log.L('Debug', 'WebRequest.cpp:140 ', 'WebRequest::done', 'trackingid=%s httpStatus = [200]' % tids[2])
    log.L('Info', 'BroadWorksCallControl.cpp:493 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: configuration parsed OK (7.1 kB)')
    log.L('Warning', 'BroadWorksCallControl.cpp:611 ', 'BroadWorksCallControl::selectLine', 'BWC:SCF: no <line> entry is enabled for this device, nothing to register')
    log.L('Error', 'BroadWorksManager.cpp:781 ', 'BroadWorksManager::registerClient', 'BWC:SCF: BroadWorks Calling - registration not started, errorCode=1402 (no active line)')
    log.L('Info', 'PhoneServicesPanel.cpp:77 ', 'PhoneServicesPanel::render', 'phone services: not connected')
    desktop_noise(log, 800)
    files = [('CiscoSpark/current_log.txt', log.text()), ('CiscoSpark/bwc/', None), ('CiscoSpark/media/', None)]
    files = [f for f in files if f[1] is not None]
    emit('SR694103011_danubia_win', files, c.t, kind='folder', expected={
        'scenario': 'Windows 43.4 (2023) plain folder: token, device list and DMS config all 200 (httpStatus = [200] on a later line keyed by trackingid), config parsed, then BWC says no line is enabled in the config (errorCode=1402) and never sends REGISTER. Registration stops for a reason none of the finding ids covers.',
        'must': [], 'unexplained_stop': True,
        'must_not': ['config-parse-failed', 'config-download-failed', 'device-profile-missing', 'unresolved-config-tag'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok',
                     'config-download': 'ok', 'sip-register': 'not-seen', 'registered': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Windows',
                  'broadworks_user_id': bwuser, 'xsp': xsp},
    })


ALL = [h1, h2, h3, h4, l1, f1, u1]
