"""Client failure bundles, part 2 (DMS, config, SIP)."""
from common import *

MAC = {'.cpp': '.mm'}
SW = {'.cpp': '.swift'}


def std_front_win(log, r, ver, osname, email, uid, org, ents, beh='NATIVE_WEBEX_TEAMS_CALLING', style=0):
    if style == 0:
        log.L('Info', 'AppLifecycle.cpp:55 ', 'AppLifecycle::onStart', 'Webex Desktop %s; %s' % (ver, osname))
    else:
        log.L('Info', 'Bootstrap.cpp:31 ', 'Bootstrap::Bootstrap', 'starting Webex version %s on %s' % (ver, osname))
    desktop_noise(log, 150)
    if style == 0:
        log.L('Info', 'UserManager.cpp:402 ', 'UserManager::onSelfResolved', 'email=%s, uuid=%s, orgId=%s' % (email, uid, org))
        log.L('Info', 'UserManager.cpp:418 ', 'UserManager::onSelfResolved', 'entitlements={%s}' % ','.join(ents))
        log.L('Info', 'UserManager.cpp:419 ', 'UserManager::onSelfResolved', 'callingBehavior=%s' % beh)
    else:
        log.L('Info', 'AccountInfo.cpp:77 ', 'AccountInfo::dump', 'Account:')
        log.raw(['    Email      : %s' % email, '    UserId     : %s' % uid, '    OrgId      : %s' % org,
                 '    Entitlements:'] + ['        %s' % e for e in ents] + ['    CallingBehavior: %s' % beh])
    desktop_noise(log, 100)


# ---------------------------------------------------------------- c12 Win 2023 DMS 404, key: value blocks
def c12():
    r = random.Random(212)
    c = Clock(r, T('2023-02-27T10:09:12.700'))
    email = 'yusuf.demir@bosphorus-trade.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '43.2.0.25157'
    bwuser = '902125550120@bosphorus.sip.example.net'
    xsp = 'xsp-ist.sip.example.net'
    log = WxLog(c, ['0x1d4c', '0x2210', '0x35f8'])
    std_front_win(log, r, ver, 'Windows 10 Pro 22H2 (19045.2604)', email, uid, org, ['spark', 'broadworks-connector', 'webex-squared', 'squared-call-initiation'], style=1)
    log.L('Info', 'BroadWorksManager.cpp:140 ', 'BroadWorksManager::initialize', 'BWC:SCF: init BroadWorks calling library')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]

    def kvblock(kind, items, lvl='Info'):
        log.L(lvl, 'HttpTrace.cpp:40 ', 'HttpTrace::%s' % kind, '')
        log.raw(['  %s: %s' % (k, v) for k, v in items])

    kvblock('request', [('method', 'GET'), ('url', 'https://broadworks-idp-proxy-r.wbx.example.com/broadworks-idp-proxy/api/v1/token'), ('tracking-id', tids[0])])
    kvblock('response', [('tracking-id', tids[0]), ('status', '200'), ('duration', '344ms')])
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    kvblock('request', [('method', 'GET'), ('url', devurl), ('tracking-id', tids[1]), ('authorization', 'Bearer ***')])
    kvblock('response', [('tracking-id', tids[1]), ('status', '200'), ('content-type', 'application/xml')])
    log.raw(access_devices_xml([{'type': 'Business Communicator - PC', 'name': 'ydemir-pc', 'lineport': '902125550120_pc@bosphorus.sip.example.net', 'url': 'https://%s/dms/bc/pc_v2/' % xsp}]))
    dms = 'https://%s/dms/bc/pc_v2/config.xml' % xsp
    kvblock('request', [('method', 'GET'), ('url', dms), ('tracking-id', tids[2]), ('authorization', 'Digest username="902125550120_pc" ...')])
    desktop_noise(log, 3)
    kvblock('response', [('tracking-id', tids[2]), ('status', '404'), ('body', '<html><body>File not found</body></html>')], lvl='Error')
    log.L('Error', 'BroadWorksConfigDownloader.cpp:250 ', 'BroadWorksConfigDownloader::onFailed', 'BWC:SCF: device configuration not retrieved, giving up')
    desktop_noise(log, 700)
    files = [('Desktop/Webex logs Yusuf/current_log.txt', log.text()), ('Desktop/Webex logs Yusuf/last_run_current_log.txt', '')]
    emit('SR694108230_bosphorus_win.zip', files, c.t, expected={
        'scenario': 'Windows 43.2 (2023): account block printed as indented "Key : value" lines, HTTP as request/response blocks of "key: value" lines on untimestamped lines (status on a separate block naming the tracking-id). Token and device list 200; DMS config.xml answered 404.',
        'must': ['config-download-failed'], 'must_not': ['xsi-request-failed', 'device-profile-missing', 'config-parse-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'failed', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Windows',
                  'broadworks_user_id': bwuser, 'xsp': xsp, 'tracking_ids': [tids[2]]},
    })


# ---------------------------------------------------------------- c13 iOS 2022 DMS 403 in CSF lines
def c13():
    r = random.Random(213)
    c = Clock(r, T('2022-06-13T22:51:40.210'))
    email = 'amelie.tran@saigon-kitchen.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '42.6.0.22311'
    bwuser = '7145550188@saigon.hosted.example.net'
    xsp = 'xsp02.hosted.example.net'
    log = WxLog(c, ['0x16fb03000', '0x1f7e34140'])
    csf = CsfLog(log, ['0x6d4ab000', '0x6d537000', '0x6d5c3000'])
    # partial log: the file starts mid-session, the launch lines were rotated away and not sent
    desktop_noise(log, 140, ext_map=SW)
    log.L('Info', 'ProfileService.swift:73 ', 'ProfileService.didFetch()', 'profile loaded: %s / %s / org %s' % (email, uid, org))
    log.L('Info', 'ProfileService.swift:80 ', 'ProfileService.didFetch()', 'entitlements ["spark","broadworks-connector","squared-call-initiation"] callingBehavior "NATIVE_WEBEX_TEAMS_CALLING"')
    csf_noise(csf, 30)
    csf.L('INFO', 'bwc/core/BroadWorksManager.cpp', 140, 'bwc.scf', 'BroadWorksManager::init', 'BWC:SCF: library ready, starting login')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    csf.L('DEBUG', 'bwc/net/RestRequest.cpp', 66, 'bwc.net', 'RestRequest::run', 'HTTP GET https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token [%s]' % tids[0])
    csf.L('DEBUG', 'bwc/net/RestRequest.cpp', 98, 'bwc.net', 'RestRequest::done', '[%s] HTTP/1.1 200 OK' % tids[0])
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    csf.L('DEBUG', 'bwc/net/RestRequest.cpp', 66, 'bwc.net', 'RestRequest::run', 'HTTP GET %s [%s]' % (devurl, tids[1]))
    csf.L('DEBUG', 'bwc/net/RestRequest.cpp', 98, 'bwc.net', 'RestRequest::done', '[%s] HTTP/1.1 200 OK' % tids[1])
    log.raw(access_devices_xml([{'type': 'Connect - Mobile', 'name': 'atran-iphone', 'lineport': '7145550188_m@saigon.hosted.example.net', 'url': 'https://%s/dms/Connect_Mobile/' % xsp}]))
    dms = 'https://%s/dms/Connect_Mobile/config.xml' % xsp
    csf.L('DEBUG', 'bwc/net/RestRequest.cpp', 66, 'bwc.net', 'RestRequest::run', 'HTTP GET %s [%s]' % (dms, tids[2]))
    csf.L('DEBUG', 'bwc/net/RestRequest.cpp', 98, 'bwc.net', 'RestRequest::done', '[%s] HTTP/1.1 401 Unauthorized (digest challenge)' % tids[2])
    csf.L('DEBUG', 'bwc/net/RestRequest.cpp', 66, 'bwc.net', 'RestRequest::run', 'HTTP GET %s [%s] with digest credentials' % (dms, tids[2]))
    csf.L('ERROR', 'bwc/net/RestRequest.cpp', 98, 'bwc.net', 'RestRequest::done', '[%s] HTTP/1.1 403 Forbidden' % tids[2])
    csf.L('ERROR', 'bwc/core/BroadWorksLoginAdapter.cpp', 452, 'bwc.scf', 'BroadWorksLoginAdapter::handleLoginError', 'BWC:SCF: device config download refused by DMS')
    desktop_noise(log, 400, ext_map=SW)
    csf_noise(csf, 80)
    files = [('saigon-kitchen_atran/Webex/logs/current_log.txt', log.text())]
    emit('SR694108566_saigon-kitchen_ios', files, c.t, kind='folder', expected={
        'scenario': 'iPhone 42.6 (2022) plain folder, partial log (starts mid-session, no launch/version line); BWC HTTP in CSF lines with the tracking id in brackets and an HTTP/1.1 status line. DMS answers the first GET with a digest 401, the retry with credentials gets 403 Forbidden.',
        'must': ['config-download-failed'], 'must_not': ['xsi-request-failed', 'token-fetch-failed'],
        'timeline': {'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'failed', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org,
                  'broadworks_user_id': bwuser, 'xsp': xsp, 'tracking_ids': [tids[2]]},
    })


# ---------------------------------------------------------------- c14 Win 2024 config parse failure 1507
def c14():
    r = random.Random(214)
    c = Clock(r, T('2024-02-19T07:30:05.000'))
    email = 'f.lindgren@kallvik-energi.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '44.2.0.28744'
    bwuser = '4631555019@kallvik.voip.example.net'
    xsp = 'xsp.voip.example.net'
    log = WxLog(c, ['0x2c8', '0x3e0', '0x1c04'], empty_brackets=True)
    std_front_win(log, r, ver, 'Windows 11 Pro 23H2 (22631.3155)', email, uid, org, ['spark', 'webex-squared', 'squared-call-initiation', 'broadworks-connector'])
    log.L('Info', 'BwcBootstrap.cpp:41 ', 'BwcBootstrap::run', 'BWC:SCF: BroadWorks Calling starting')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    H.arrow(log, 'HttpChannel.cpp:301 ', 'HttpChannel::onComplete', 'GET', 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token', tids[0], 200)
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    H.arrow(log, 'HttpChannel.cpp:301 ', 'HttpChannel::onComplete', 'GET', devurl, tids[1], 200)
    H.arrow(log, 'HttpChannel.cpp:301 ', 'HttpChannel::onComplete', 'GET', 'https://%s/dms/bc/pc/config.xml' % xsp, tids[2], 200)
    log.L('Info', 'parser.rl:232 ', 'TP::Xml::Parser::parse', 'BWC:INTERNAL: unexpected end of document at byte 4711 (state Incomplete)', thr='0x2c8')
    log.L('Info', 'BroadWorksCallControl.cpp:493 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: configuration document rejected by parser', thr='0x2c8')
    log.L('Error', 'BroadWorksManager.cpp:781 ', 'BroadWorksManager::registerClient::<lambda_1>::operator ()', 'BWC:SCF: BroadWorks Calling - client registration aborted. errorCode=1507', thr='0x3e0')
    log.L('Error', 'BroadWorksLoginAdapter.cpp:452 ', 'BroadWorksLoginAdapter::handleLoginError', 'BWC:SCF: login failed, errorCode=1507', thr='0x3e0')
    desktop_noise(log, 600)
    files = [('Kallvik/Lindgren/current_log.txt', log.text()), ('Kallvik/Lindgren/Calling Environment Data/ced.dat', opaque_blob(r, 3000))]
    emit('SR694108901_kallvik_win.zip', files, c.t, expected={
        'scenario': 'Windows 44.2 (2024): Account block with indented key : value lines; HTTP as "-> 200" arrows; DMS config 200 but the XML parser reports an incomplete document and BWC aborts with errorCode=1507 (reworded lines).',
        'must': ['config-parse-failed'], 'must_not': ['config-download-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'failed', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Windows',
                  'broadworks_user_id': bwuser, 'xsp': xsp},
    })


# ---------------------------------------------------------------- c15 macOS 2024 1507 + AS CLI DeviceType detail
def c15():
    r = random.Random(215)
    c = Clock(r, T('2024-07-08T12:00:41.300'))
    email = 'jp.moreau@quebecois-avocats.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '44.7.0.29970'
    bwuser = '4185550101@qc.bwks.example.net'
    xsp = 'xsp-qc.bwks.example.net'
    thr = ['0x16d3df000', '0x1e1a5cc80']
    log = WxLog(c, thr)
    log.L('Info', 'WebexApp.swift:20 ', 'WebexApp.init()', 'Webex %s (macOS 14.5, Apple M2)' % ver)
    desktop_noise(log, 180, ext_map=MAC)
    log.L('Info', 'Identity.swift:33 ', 'Identity.log()', 'identity: {"email":"%s","uuid":"%s","orgId":"%s","locale":"fr_CA"}' % (email, uid, org))
    log.L('Info', 'Identity.swift:34 ', 'Identity.log()', 'entitlements: broadworks-connector spark squared-call-initiation webex-squared; calling behavior NATIVE_WEBEX_TEAMS_CALLING')
    desktop_noise(log, 70, ext_map=MAC)
    log.L('Info', 'BroadWorksCallingService.cpp:210 ', 'BroadWorksCallingService::initialize', 'BWC:SCF: starting BroadWorks Calling')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    H.kv_pair(log, 'BWRest.mm:72 ', 'BWRest::call', 'GET', 'https://broadworks-idp-proxy-r.wbx.example.com/broadworks-idp-proxy/api/v1/token', tids[0], 200)
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    H.kv_pair(log, 'BWRest.mm:72 ', 'BWRest::call', 'GET', devurl, tids[1], 200)
    H.kv_pair(log, 'BWRest.mm:72 ', 'BWRest::call', 'GET', 'https://%s/dms/bc/pc/config.xml' % xsp, tids[2], 200)
    log.L('Debug', 'BroadWorksCallControl.cpp:470 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: config header: <?xml version="1.0" encoding="ISO-8859-1"?> (6904 bytes)')
    log.L('Info', 'parser.rl:241 ', 'TP::Xml::Parser::parse', 'BWC:INTERNAL: parser stopped in state Incomplete at offset 6904')
    log.L('Error', 'BroadWorksManager.cpp:781 ', 'BroadWorksManager::registerClient', 'BWC:SCF: cannot register, config invalid (errorCode = 1507)')
    desktop_noise(log, 500, ext_map=MAC)
    cli = '\n'.join([
        'AS_CLI/System/DeviceType/SIP> detail "Business Communicator - PC"',
        '  Identity/Device Profile Type: Business Communicator - PC',
        '  signalingAddressType = intelligentProxyAddressing',
        '  isConferenceDevice = false',
        '  numberOfPorts = unlimited',
        '  protocolChoice = SIP 2.0',
        '  deviceConfigurationOption = deviceManagement',
        '  defaultDeviceLanguage = English',
        '  defaultDeviceEncoding = ISO-8859-1',
        '  authenticationMode = userNameAndPassword',
        '  supportsRealtimeDeviceConfiguration = false',
        'AS_CLI/System/DeviceType/SIP>', ''])
    files = [('logs/jpmoreau-mac/current_log.txt', log.text()), ('logs/jpmoreau-mac/last_run_current_log.txt', ''),
             ('logs/server/as01_devicetype_detail.txt', cli)]
    emit('SR694109277_quebecois_mac.zip', files, c.t, expected={
        'scenario': 'macOS 44.7 (2024): identity JSON, entitlements space-separated; key=value REQ/RSP HTTP; config downloaded 200 but parser says Incomplete and BWC reports errorCode = 1507. Partner added AS_CLI DeviceType detail showing defaultDeviceEncoding = ISO-8859-1.',
        'must': ['config-parse-failed'], 'must_not': ['config-download-failed', 'unresolved-config-tag'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'failed', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'macOS',
                  'broadworks_user_id': bwuser, 'xsp': xsp},
    })


# ---------------------------------------------------------------- c16 Win 2023 %SBC_ADDRESS_WXT% left in config
def c16():
    r = random.Random(216)
    c = Clock(r, T('2023-10-02T14:26:14.909'))
    email = 'e.kowalczyk@wisla-transport.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '43.10.0.27605'
    bwuser = '48225550112@wisla.bw.example.net'
    xsp = 'xsp-waw.bw.example.net'
    sipuser = '48225550112_pc'
    log = WxLog(c, ['0x2b0', '0x16e4', '0x3d98'])
    std_front_win(log, r, ver, 'Windows 10 Enterprise 22H2', email, uid, org, ['squared-call-initiation', 'spark', 'broadworks-connector'])
    log.L('Info', 'BroadWorksManager.cpp:129 ', 'BroadWorksManager::BroadWorksManager', 'BWC:SCF: init')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    H.json_pair(log, 'Requester.cpp:40 ', 'Requester::log', 'GET', 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token', tids[0], 200)
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    H.json_pair(log, 'Requester.cpp:40 ', 'Requester::log', 'GET', devurl, tids[1], 200)
    H.json_pair(log, 'Requester.cpp:40 ', 'Requester::log', 'GET', 'https://%s/dms/bc/pc/config.xml' % xsp, tids[2], 200)
    log.L('Debug', 'BroadWorksConfigDownloader.cpp:160 ', 'BroadWorksConfigDownloader::trace', 'BWC:SCF: downloaded configuration:')
    cfg = config_xml([('%SBC_ADDRESS_WXT%', '5061')], sipuser, 'wisla.bw.example.net')
    log.raw(cfg)
    log.L('Info', 'BroadWorksCallControl.cpp:493 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: configuration parsed')
    log.L('Error', 'SipAccount.cpp:233 ', 'SipAccount::validate', 'BWC:SIP: outbound proxy host "%SBC_ADDRESS_WXT%" is not a host name, line not registered')
    desktop_noise(log, 700)
    files = [('current_log.txt', log.text())]
    emit('SR694109640_wisla_win.zip', files, c.t, expected={
        'scenario': 'Windows 43.10 (2023): JSON HTTP lines, DMS config 200 and dumped: the proxy address is the literal %SBC_ADDRESS_WXT% (tag not defined for the user); the app refuses to register, no REGISTER is sent.',
        'must': ['unresolved-config-tag'], 'must_not': ['config-download-failed', 'config-parse-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok', 'sip-register': 'not-seen'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Windows',
                  'broadworks_user_id': bwuser, 'xsp': xsp},
    })


# ---------------------------------------------------------------- c17 Android 2025: leftover tag, registered, then refresh 200 lists only another contact
def c17():
    r = random.Random(217)
    c = Clock(r, T('2025-06-30T08:12:40.000'))
    email = 'k.mensah@goldcoast-clinic.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '45.6.0.5120'
    bwuser = '2335550133@goldcoast.voice.example.net'
    xsp = 'xsp.voice.example.net'
    sipuser = '2335550133_mob'
    sbc_host, sbc_port, sbc_ip = 'sbc-acc.voice.example.net', 5061, '203.0.113.99'
    lc = Logcat(c, 15402, [15402, 15433, 15490], tzoffset_h=0)
    lc.L('I', 'WebexApplication', 'onCreate Webex %s Android 15 (Pixel 8a)' % ver)
    logcat_noise(lc, 150)
    lc.L('I', 'Session', 'email=%s uuid=%s orgId=%s' % (email, uid, org))
    lc.L('I', 'Session', 'entitlements=spark,broadworks-connector,squared-call-initiation,webex-squared callingBehavior=NATIVE_WEBEX_TEAMS_CALLING')
    lc.L('I', 'BWC', 'BWC:SCF: BroadWorks calling init')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    lc.L('D', 'Http', '[%s] GET https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token' % tids[0])
    lc.L('D', 'Http', '[%s] status=200' % tids[0])
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    lc.L('D', 'Http', '[%s] GET %s' % (tids[1], devurl))
    lc.L('D', 'Http', '[%s] status=200 devices=Connect - Mobile' % tids[1])
    lc.L('D', 'Http', '[%s] GET https://%s/dms/Connect_Mobile/config.xml' % (tids[2], xsp))
    lc.L('D', 'Http', '[%s] status=200' % tids[2])
    lc.L('I', 'BWC', 'BWC:SCF: settings sip.proxy.address=%s sip.proxy.port=%d sip.user=%s' % (sbc_host, sbc_port, sipuser))
    lc.L('W', 'BWC', 'BWC:SCF: settings web-call-settings.url=%WEB_CALL_SETTINGS_URL_WXT% (unresolved, feature hidden)')
    leg = SipLeg(r, sipuser, 'goldcoast.voice.example.net', '192.0.2.144', 42211, 'TLS', sbc_ip, sbc_port, 'WebexAndroid/%s' % ver)
    lc.L('D', 'BWC-SIP', '--> %s:%d\n%s' % (sbc_ip, sbc_port, '\n'.join(leg.register(expires=300)[:-1])))
    lc.L('D', 'BWC-SIP', '<-- %s:%d\n%s' % (sbc_ip, sbc_port, '\n'.join(leg.response(401, 'Unauthorized')[:-1])))
    lc.L('D', 'BWC-SIP', '--> %s:%d\n%s' % (sbc_ip, sbc_port, '\n'.join(leg.register(auth=True, expires=300)[:-1])))
    lc.L('D', 'BWC-SIP', '<-- %s:%d\n%s' % (sbc_ip, sbc_port, '\n'.join(leg.response(200, 'OK', contacts=[leg.own_contact_ok(300)])[:-1])))
    lc.L('I', 'BWC', 'BWC:SCF: registered (expires 300)')
    logcat_noise(lc, 120)
    c.jump(150)
    other = '<sip:%s@198.51.100.201:39001;transport=tls;ob>;expires=287;+sip.instance="<urn:uuid:%s>"' % (sipuser, ruuid(r))
    lc.L('D', 'BWC-SIP', '--> %s:%d\n%s' % (sbc_ip, sbc_port, '\n'.join(leg.register(auth=True, expires=300)[:-1])))
    lc.L('D', 'BWC-SIP', '<-- %s:%d\n%s' % (sbc_ip, sbc_port, '\n'.join(leg.response(200, 'OK', contacts=[other])[:-1])))
    lc.L('W', 'BWC', 'BWC:SCF: refresh accepted but own binding missing; another device holds the line')
    logcat_noise(lc, 400)
    files = [('app_logs/logcat-0.txt', lc.text()), ('app_logs/info.json', json.dumps({'version': ver, 'os': 'Android 15'}))]
    emit('SR694110013_goldcoast_android.zip', files, c.t, expected={
        'scenario': 'Android 45.6 (2025) logcat: HTTP lines keyed by [trackingid]; a %WEB_CALL_SETTINGS_URL_WXT% placeholder is left in the config (non-blocking); REGISTER 401/200 with own contact (expires 300), then the refresh 200 lists only another device\'s contact. Two problems.',
        'must': ['registration-displaced', 'unresolved-config-tag'], 'must_not': ['sip-register-rejected', 'sip-auth-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok', 'sip-register': 'ok'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Android',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port), 'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp},
    })


# ---------------------------------------------------------------- c18 Win 2022 401 loop
def c18():
    r = random.Random(218)
    c = Clock(r, T('2022-12-05T09:01:44.440'))
    email = 'l.oconnor@shannon-pharma.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '42.12.0.24485'
    bwuser = '35315550147@shannon.uc.example.net'
    xsp = 'xsp1.uc.example.net'
    sipuser = '35315550147'
    sbc_host, sbc_port, sbc_ip = 'sbc-dub.uc.example.net', 5061, '198.51.100.47'
    log = WxLog(c, ['0x1130', '0x2748', '0x3c0c'])
    std_front_win(log, r, ver, 'Windows 10 Pro 21H2', email, uid, org, ['spark', 'webex-squared', 'broadworks-connector', 'squared-call-initiation'], style=1)
    log.L('Info', 'TelephonyBroadWorks.cpp:77 ', 'TelephonyBroadWorks::enable', 'BWC:SCF: BWC starting up')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    H.later_tid(log, 'HttpEngine.cpp:88 ', 'HttpEngine::submit', 'GET', 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token', tids[0], 200, gap=gapper(log, 1, 5))
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    H.later_tid(log, 'HttpEngine.cpp:88 ', 'HttpEngine::submit', 'GET', devurl, tids[1], 200, gap=gapper(log, 1, 5))
    H.later_tid(log, 'HttpEngine.cpp:88 ', 'HttpEngine::submit', 'GET', 'https://%s/dms/bc/pc/config.xml' % xsp, tids[2], 200, gap=gapper(log, 1, 5))
    log.L('Info', 'BroadWorksCallControl.cpp:493 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: registrar=%s:%d line=%s' % (sbc_host, sbc_port, sipuser))
    leg = SipLeg(r, sipuser, 'shannon.uc.example.net', '192.0.2.19', 60233, 'TLS', sbc_ip, sbc_port, 'Webex/%s' % ver)
    sip_block(log, 'Debug', 'SipLogger.cpp:30 ', 'SipLogger::outgoing', 'BWC:SIP: Outgoing message to %s:%d' % (sbc_ip, sbc_port), leg.register())
    sip_block(log, 'Debug', 'SipLogger.cpp:44 ', 'SipLogger::incoming', 'BWC:SIP: Incoming message from %s:%d' % (sbc_ip, sbc_port), leg.response(401, 'Unauthorized'))
    for i in range(3):
        sip_block(log, 'Debug', 'SipLogger.cpp:30 ', 'SipLogger::outgoing', 'BWC:SIP: Outgoing message to %s:%d' % (sbc_ip, sbc_port), leg.register(auth=True))
        sip_block(log, 'Debug', 'SipLogger.cpp:44 ', 'SipLogger::incoming', 'BWC:SIP: Incoming message from %s:%d' % (sbc_ip, sbc_port), leg.response(401, 'Unauthorized', stale=True))
    log.L('Error', 'BroadWorksRegistrar.cpp:512 ', 'BroadWorksRegistrar::onChallenge', 'BWC:SCF: credentials rejected 3 times in a row, registration stopped')
    desktop_noise(log, 600)
    files = [('shannon/current_log.txt', log.text()), ('shannon/last_run_current_log.txt', ''), ('shannon/media/', b'')]
    files = [f for f in files if not f[0].endswith('/')]
    emit('SR694110388_shannon_win.zip', files, c.t, expected={
        'scenario': 'Windows 42.12 (2022): HTTP status on a later line naming the tracking id; SIP shape 1 (announce + raw, LF): REGISTER, 401, then three REGISTERs with Authorization each answered 401 again; BWC stops.',
        'must': ['sip-auth-failed'], 'must_not': ['sip-register-rejected', 'sip-register-timeout'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok', 'sip-register': 'failed'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Windows',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port), 'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp},
    })


# ---------------------------------------------------------------- c19 macOS 2023 407 loop, compact headers, every line prefixed, ^M
def c19():
    r = random.Random(219)
    c = Clock(r, T('2023-06-21T17:35:02.010'))
    email = 'r.silva@atlantico-seguros.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '43.6.0.26407'
    bwuser = '5511555012@atlantico.pbx.example.net'
    xsp = 'xsp-sp.pbx.example.net'
    sipuser = '5511555012-wx'
    sbc_host, sbc_port, sbc_ip = 'sbc-gru.pbx.example.net', 5061, '203.0.113.211'
    thr = ['0x70000e2c3000', '0x70000e34f000', '0x11c0f4600']
    log = WxLog(c, thr)
    log.L('Info', 'MacApp.mm:50 ', 'MacApp::start', 'Webex %s macOS Ventura 13.4 (x86_64)' % ver)
    desktop_noise(log, 140, ext_map=MAC)
    log.L('Info', 'SelfInfo.mm:90 ', 'SelfInfo::print', 'email<%s> id<%s> org<%s>' % (email, uid, org))
    log.L('Info', 'SelfInfo.mm:91 ', 'SelfInfo::print', 'entitlements<spark broadworks-connector squared-call-initiation webex-squared> callingBehavior<NATIVE_WEBEX_TEAMS_CALLING>')
    log.L('Info', 'BWCAdapter.cpp:310 ', 'BWCAdapter::startLibrary', 'BWC:SCF: starting')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    H.arrow(log, 'BWNet.mm:11 ', 'BWNet::finished', 'GET', 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token', tids[0], 200)
    devurl = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser))
    H.arrow(log, 'BWNet.mm:11 ', 'BWNet::finished', 'GET', devurl, tids[1], 200)
    H.arrow(log, 'BWNet.mm:11 ', 'BWNet::finished', 'GET', 'https://%s/dms/bc/pc/config.xml' % xsp, tids[2], 200)
    log.L('Info', 'BroadWorksCallControl.cpp:493 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: sip proxy %s, port %d, username %s' % (sbc_host, sbc_port, sipuser))
    leg = SipLeg(r, sipuser, 'atlantico.pbx.example.net', '192.0.2.52', 50333, 'TLS', sbc_ip, sbc_port, 'Webex-Mac/%s' % ver)

    def out(m):
        sip_prefixed(log, 'Debug', 'SipTrace.cpp:70 ', 'SipTrace::dump', 'BWC:SIP: >> ', [x + '^M' for x in m[:-1]])

    def inn(m):
        sip_prefixed(log, 'Debug', 'SipTrace.cpp:70 ', 'SipTrace::dump', 'BWC:SIP: << ', [x + '^M' for x in m[:-1]])
    log.L('Debug', 'SipTrace.cpp:60 ', 'SipTrace::dump', 'BWC:SIP: send to %s:%d' % (sbc_ip, sbc_port))
    out(leg.register(compact=True))
    log.L('Debug', 'SipTrace.cpp:62 ', 'SipTrace::dump', 'BWC:SIP: recv from %s:%d' % (sbc_ip, sbc_port))
    inn(leg.response(407, 'Proxy Authentication Required', compact=True))
    for i in range(4):
        log.L('Debug', 'SipTrace.cpp:60 ', 'SipTrace::dump', 'BWC:SIP: send to %s:%d' % (sbc_ip, sbc_port))
        out(leg.register(auth=True, proxy_auth=True, compact=True))
        log.L('Debug', 'SipTrace.cpp:62 ', 'SipTrace::dump', 'BWC:SIP: recv from %s:%d' % (sbc_ip, sbc_port))
        inn(leg.response(407, 'Proxy Authentication Required', compact=True))
        c.jump(r.randint(4, 10))
    log.L('Error', 'BroadWorksRegistrar.cpp:520 ', 'BroadWorksRegistrar::onAuthFailure', 'BWC:SCF: proxy keeps asking for authentication; giving up')
    desktop_noise(log, 500, ext_map=MAC)
    files = [('SparkMacDesktop/current_log.txt', log.text()), ('SparkMacDesktop/media/', None)]
    files = [f for f in files if f[1] is not None]
    emit('SR694110702_atlantico_mac', files, c.t, kind='folder', expected={
        'scenario': 'macOS 43.6 (2023) plain folder: SIP in compact header form (v:, f:, t:, i:, m:, l:, k:), every SIP line carrying the full log prefix with ">> " / "<< " markers and a literal ^M at the end. REGISTER answered 407; four REGISTERs with Proxy-Authorization all get 407 again; BWC gives up.',
        'must': ['sip-auth-failed'], 'must_not': ['sip-register-rejected'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok', 'sip-register': 'failed'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'macOS',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port), 'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp},
    })


# ---------------------------------------------------------------- c20 iOS 2024 REGISTER 403 (escaped one-line)
def c20():
    r = random.Random(220)
    c = Clock(r, T('2024-11-12T05:17:29.330'))
    email = 'h.varga@tisza-bakery.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '44.11.0.30688'
    bwuser = '3615550177@tisza.bw.example.net'
    xsp = 'xsp.bw.example.net'
    sipuser = '3615550177_ios'
    sbc_host, sbc_port, sbc_ip = 'sbc-bud.bw.example.net', 5061, '203.0.113.171'
    log = WxLog(c, ['0x16b3a7000', '0x1ef1f8140'])
    csf = CsfLog(log, ['0x6d4ab000'])
    log.L('Info', 'AppEntry.swift:9 ', 'AppEntry.main()', 'Webex iOS version %s (iOS 18.1, iPhone14,7)' % ver)
    desktop_noise(log, 100, ext_map=SW)
    log.L('Info', 'Account.swift:55 ', 'Account.didLogin()', 'signed in email=%s userId=%s orgId=%s' % (email, uid, org))
    log.L('Info', 'Account.swift:60 ', 'Account.didLogin()', 'entitlements=["spark","webex-squared","squared-call-initiation","broadworks-connector"]')
    log.L('Info', 'Account.swift:61 ', 'Account.didLogin()', 'callingBehavior=NATIVE_WEBEX_TEAMS_CALLING')
    csf.L('INFO', 'bwc/core/BroadWorksManager.cpp', 133, 'bwc.scf', 'BroadWorksManager::start', 'BWC:SCF: BWC init (mobile)')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    for u, t in [('https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token', tids[0]),
                 ('https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser)), tids[1]),
                 ('https://%s/dms/Connect_Mobile/config.xml' % xsp, tids[2])]:
        csf.L('DEBUG', 'bwc/net/HttpSession.cpp', 120, 'bwc.net', 'HttpSession::complete', 'GET %s trackingid=%s status=200' % (u, t))
    csf.L('INFO', 'bwc/core/BroadWorksCallControl.cpp', 493, 'bwc.scf', 'BroadWorksCallControl::createConfig', 'BWC:SCF: proxy %s:%d user %s' % (sbc_host, sbc_port, sipuser))
    leg = SipLeg(r, sipuser, 'tisza.bw.example.net', '192.0.2.170', 51888, 'TLS', sbc_ip, sbc_port, 'WebexIOS/%s' % ver)
    sip_escaped(log, 'Debug', 'SipIO.swift:88 ', 'SipIO.send(_:)', 'BWC:SIP: sent to %s:%d "' % (sbc_ip, sbc_port), leg.register())
    log.lines[-1] += '"'
    sip_escaped(log, 'Debug', 'SipIO.swift:102 ', 'SipIO.receive(_:)', 'BWC:SIP: received from %s:%d "' % (sbc_ip, sbc_port), leg.response(401, 'Unauthorized'))
    log.lines[-1] += '"'
    sip_escaped(log, 'Debug', 'SipIO.swift:88 ', 'SipIO.send(_:)', 'BWC:SIP: sent to %s:%d "' % (sbc_ip, sbc_port), leg.register(auth=True))
    log.lines[-1] += '"'
    sip_escaped(log, 'Debug', 'SipIO.swift:102 ', 'SipIO.receive(_:)', 'BWC:SIP: received from %s:%d "' % (sbc_ip, sbc_port),
                leg.response(403, 'Forbidden', extra=[('Warning', '399 sbc-bud "Device not allowed for this user"')]))
    log.lines[-1] += '"'
    csf.L('ERROR', 'bwc/core/BroadWorksManager.cpp', 702, 'bwc.scf', 'BroadWorksManager::onRegisterFailed', 'BWC:SCF: REGISTER refused, final response 403')
    desktop_noise(log, 400, ext_map=SW)
    inner_gz = gz(log.text(), c.t)
    files = [('ios/Logs/current_log.txt.gz', inner_gz), ('ios/Logs/device.plist.txt', 'ProductType=iPhone14,7\nProductVersion=18.1\nCFBundleShortVersionString=%s\n' % ver)]
    emit('SR694111034_tisza_ios.zip', files, c.t, expected={
        'scenario': 'iPhone 44.11 (2024), the log is a .gz inside the zip; HTTP as CSF lines with status=200; SIP shape 2 (quoted one-line messages with escaped \\r\\n): REGISTER, 401, REGISTER with Authorization, 403 Forbidden with a Warning header.',
        'must': ['sip-register-rejected'], 'must_not': ['sip-auth-failed', 'sip-register-timeout'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok', 'sip-register': 'failed'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'iOS',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port), 'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp},
    })


ALL = [c12, c13, c14, c15, c16, c17, c18, c19, c20]


# ---------------------------------------------------------------- c21 Win 2025 REGISTER 404 + Partner Hub single-user sync 600024
def c21():
    r = random.Random(221)
    c = Clock(r, T('2025-04-07T13:40:00.500'))
    email = 'g.ferrante@porto-fino-yachts.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '45.4.0.32077'
    bwuser = '390105550199@portofino.bw.example.net'
    xsp = 'xsp-mil.bw.example.net'
    sipuser = '390105550199_pc'
    sbc_host, sbc_port, sbc_ip = 'sbc-mil.bw.example.net', 5061, '198.51.100.199'
    log = WxLog(c, ['0x2e0', '0x1a9c', '0x3f20', '0x4118'], empty_brackets=True)
    log.L('Info', 'StartupProfiler.cpp:19 ', 'StartupProfiler::report', 'app_version=%s os_name=Windows os_version=10.0.26100 (Windows 11 24H2) cpu=x64' % ver)
    desktop_noise(log, 160)
    log.L('Info', 'PeopleStore.cpp:701 ', 'PeopleStore::selfUpdated', 'self.emails=[%s] self.id=%s self.orgId=%s' % (email, uid, org))
    log.L('Info', 'PeopleStore.cpp:712 ', 'PeopleStore::selfUpdated', 'self.entitlements=[spark,webex-squared,squared-call-initiation,broadworks-connector] self.callingBehavior=NATIVE_WEBEX_TEAMS_CALLING')
    desktop_noise(log, 90)
    log.L('Info', 'BroadWorksManager.cpp:140 ', 'BroadWorksManager::initialize', 'BWC:SCF: BroadWorks calling start requested')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    H.json_pair(log, 'HttpLogger.cpp:12 ', 'HttpLogger::trace', 'GET', 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token', tids[0], 200)
    H.json_pair(log, 'HttpLogger.cpp:12 ', 'HttpLogger::trace', 'GET', 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser)), tids[1], 200)
    H.json_pair(log, 'HttpLogger.cpp:12 ', 'HttpLogger::trace', 'GET', 'https://%s/dms/bc/pc/config.xml' % xsp, tids[2], 200)
    log.L('Info', 'BroadWorksCallControl.cpp:493 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: {"proxy":"%s","port":%d,"user":"%s"}' % (sbc_host, sbc_port, sipuser))
    leg = SipLeg(r, sipuser, 'portofino.bw.example.net', '192.0.2.99', 54812, 'TLS', sbc_ip, sbc_port, 'Webex/%s' % ver)
    for attempt in range(2):
        sip_startline_inline(log, 'Info', 'SipWire.cpp:200 ', 'SipWire::tx', 'BWC:SIP: TX to %s:%d :: ' % (sbc_ip, sbc_port), leg.register(new_callid=attempt > 0))
        sip_startline_inline(log, 'Info', 'SipWire.cpp:240 ', 'SipWire::rx', 'BWC:SIP: RX from %s:%d :: ' % (sbc_ip, sbc_port), leg.response(401, 'Unauthorized'))
        sip_startline_inline(log, 'Info', 'SipWire.cpp:200 ', 'SipWire::tx', 'BWC:SIP: TX to %s:%d :: ' % (sbc_ip, sbc_port), leg.register(auth=True))
        sip_startline_inline(log, 'Info', 'SipWire.cpp:240 ', 'SipWire::rx', 'BWC:SIP: RX from %s:%d :: ' % (sbc_ip, sbc_port), leg.response(404, 'Not Found'))
        log.L('Error', 'BroadWorksManager.cpp:702 ', 'BroadWorksManager::onRegisterFailed', 'BWC:SCF: registrar does not know this user (404)')
        desktop_noise(log, 90)
        c.jump(60)
    desktop_noise(log, 500)
    sync = {'customerOrgId': org, 'syncType': 'SINGLE_USER', 'requestedBy': 'partner-admin@telco.example.net',
            'user': {'email': email, 'broadworksUserId': bwuser},
            'result': {'status': 'FAILED', 'errorCode': 600024,
                       'message': 'BroadWorks External Directory single user sync not possible: no matching user found in BroadWorks.'},
            'finishedAt': (c.t - dt.timedelta(minutes=20)).strftime('%Y-%m-%dT%H:%M:%SZ')}
    files = [('PortoFino/client/current_log.txt', log.text()),
             ('PortoFino/partner-hub/directory-sync-result.json', json.dumps(sync, indent=2))]
    emit('SR694111390_portofino_win.zip', files, c.t, expected={
        'scenario': 'Windows 45.4 (2025): SIP start line on the announcing line ("TX to ... :: REGISTER ..."); REGISTER 401, then with credentials 404 Not Found, twice. The partner added the Partner Hub single-user directory sync result (JSON) failing with errorCode 600024 (no matching user in BroadWorks). Two problems.',
        'must': ['sip-register-rejected', 'directory-sync-error'], 'codes': [600024], 'must_not': ['sip-auth-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok', 'sip-register': 'failed'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Windows',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port), 'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp},
    })


# ---------------------------------------------------------------- c22 Android 2022 TLS connect refused
def c22():
    r = random.Random(222)
    c = Clock(r, T('2022-02-14T10:05:07.250'))
    email = 'ivana.petrovic@dunav-sped.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '42.2.0.2311'
    bwuser = '381115550108@dunav.voip.example.net'
    xsp = 'xsp1.voip.example.net'
    sipuser = '381115550108m'
    sbc_host, sbc_port, sbc_ip = 'sbc-beg.voip.example.net', 5061, '203.0.113.44'
    lc = Logcat(c, 4410, [4410, 4452, 4477], tzoffset_h=1)
    lc.L('I', 'WxApp', 'Webex Android %s started on Android 11 (Nokia 5.4)' % ver)
    logcat_noise(lc, 140)
    lc.L('I', 'Login', 'account: %s' % email)
    lc.L('I', 'Login', 'user_id: %s' % uid)
    lc.L('I', 'Login', 'org_id: %s' % org)
    lc.L('I', 'Login', 'entitlements: spark;broadworks-connector;squared-call-initiation')
    lc.L('I', 'Login', 'calling_behavior: NATIVE_WEBEX_TEAMS_CALLING')
    lc.L('I', 'BWC', 'BWC:SCF: BroadWorks lib starting')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    lc.L('D', 'BwHttp', 'GET https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token (%s) => 200' % tids[0])
    lc.L('D', 'BwHttp', 'GET https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device (%s) => 200' % (xsp, enc_user(bwuser), tids[1]))
    lc.L('D', 'BwHttp', 'GET https://%s/dms/Connect_Mobile/config.xml (%s) => 200' % (xsp, tids[2]))
    lc.L('I', 'BWC', 'BWC:SCF: registrar %s port %d transport TLS, user %s' % (sbc_host, sbc_port, sipuser))
    for i, wait in enumerate([2, 4, 8, 16, 32]):
        lc.L('D', 'BWC-SIP', 'BWC:SIP: opening TLS socket to %s:%d (%s)' % (sbc_ip, sbc_port, sbc_host))
        lc.L('E', 'BWC-SIP', 'BWC:SIP: connect to %s:%d failed: ECONNREFUSED (Connection refused)' % (sbc_ip, sbc_port))
        lc.L('W', 'BWC', 'BWC:SCF: transport down, REGISTER not sent, retry %d in %ds' % (i + 1, wait))
        logcat_noise(lc, r.randint(5, 20))
        c.jump(wait)
    lc.L('E', 'BWC', 'BWC:SCF: unable to reach SIP server, phone service offline')
    logcat_noise(lc, 400)
    files = [('Send Logs/dunav/logcat.txt', lc.text())]
    emit('SR694111702_dunav_android.zip', files, c.t, expected={
        'scenario': 'Android 42.2 (2022) logcat: identity one item per line; HTTP as "GET url (trackingid) => 200"; the TLS connection to the SBC is refused five times (ECONNREFUSED) with back-off, REGISTER is never sent.',
        'must': ['sip-register-timeout'], 'must_not': ['sip-register-rejected', 'sip-auth-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok', 'sip-register': 'failed'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'Android',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port), 'xsp': xsp},
    })


# ---------------------------------------------------------------- c23 macOS 2024 REGISTER over UDP, retransmissions, Timer F; Mobius also active
def c23():
    r = random.Random(223)
    c = Clock(r, T('2024-08-26T15:55:18.777'))
    email = 'w.zhang@jadeharbor-imports.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '44.8.0.30110'
    bwuser = '6045550163@jadeharbor.sip.example.net'
    xsp = 'xsp-yvr.sip.example.net'
    sipuser = '6045550163'
    sbc_host, sbc_port, sbc_ip = 'sbc-yvr.sip.example.net', 5060, '198.51.100.163'
    thr = ['0x16ee4f000', '0x16eedb000', '0x1f9b60c80']
    log = WxLog(c, thr)
    log.L('Info', 'AppDelegate.swift:31 ', 'AppDelegate.applicationDidFinishLaunching(_:)', 'Webex %s - macOS 14.6.1 (23G93) arm64' % ver)
    desktop_noise(log, 140, ext_map=MAC)
    log.L('Info', 'UserContext.swift:64 ', 'UserContext.refresh()', 'user: email=%s id=%s org=%s' % (email, uid, org))
    log.L('Info', 'UserContext.swift:70 ', 'UserContext.refresh()', 'entitlements: [spark, broadworks-connector, squared-call-initiation, webex-squared]')
    log.L('Info', 'UserContext.swift:71 ', 'UserContext.refresh()', 'callingBehavior: NATIVE_WEBEX_TEAMS_CALLING')
    desktop_noise(log, 60, ext_map=MAC)
    log.L('Info', 'CallingBackendRegistry.swift:88 ', 'CallingBackendRegistry.activate(_:)', 'activating backend WebexCalling (Mobius): device restored from previous trial profile')
    log.L('Info', 'MobiusSession.swift:140 ', 'MobiusSession.didRegister()', 'Mobius registration active, line +16045550163')
    log.L('Info', 'BwcBootstrap.cpp:41 ', 'BwcBootstrap::run', 'BWC:SCF: starting BroadWorks Calling alongside existing backend')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    H.kv_pair(log, 'BWHttp.mm:33 ', 'BWHttp::trace', 'GET', 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token', tids[0], 200)
    H.kv_pair(log, 'BWHttp.mm:33 ', 'BWHttp::trace', 'GET', 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser)), tids[1], 200)
    H.kv_pair(log, 'BWHttp.mm:33 ', 'BWHttp::trace', 'GET', 'https://%s/dms/bc/pc/config.xml' % xsp, tids[2], 200)
    log.L('Info', 'BroadWorksCallControl.cpp:493 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: proxy %s:%d UDP, line %s' % (sbc_host, sbc_port, sipuser))
    leg = SipLeg(r, sipuser, 'jadeharbor.sip.example.net', '192.0.2.33', 5062, 'UDP', sbc_ip, sbc_port, 'Webex-Mac/%s' % ver)
    msg = leg.register()
    sip_block(log, 'Debug', 'SipUdp.cpp:144 ', 'SipUdp::send', 'BWC:SIP: Sending to %s:%d (UDP)' % (sbc_ip, sbc_port), msg)
    t1 = 0.5
    total = 0
    while total < 32:
        c.t += dt.timedelta(seconds=t1)
        total += t1
        if total >= 32:
            break
        log.L('Debug', 'SipTransaction.cpp:300 ', 'SipTransaction::retransmit', 'BWC:SIP: Timer E fired, retransmitting REGISTER cseq=%d call-id=%s to %s:%d' % (leg.cseq, leg.callid, sbc_ip, sbc_port), step=False)
        t1 = min(t1 * 2, 4)
    log.L('Error', 'SipTransaction.cpp:412 ', 'SipTransaction::onTimerF', 'BWC:SIP: REGISTER transaction timed out (Timer F, 32 s), no response from %s:%d' % (sbc_ip, sbc_port))
    log.L('Error', 'BroadWorksManager.cpp:702 ', 'BroadWorksManager::onRegisterFailed', 'BWC:SCF: registration failed: timeout')
    desktop_noise(log, 500, ext_map=MAC)
    files = [('jadeharbor-wzhang/SparkMacDesktop/current_log.txt', log.text()),
             ('jadeharbor-wzhang/SparkMacDesktop/last_run_current_log.txt', '')]
    emit('SR694112077_jadeharbor_mac.zip', files, c.t, expected={
        'scenario': 'macOS 44.8 (2024): Webex Calling (Mobius) backend left active from a trial while BroadWorks Calling also starts; key=value REQ/RSP HTTP all 200; REGISTER over UDP is retransmitted (Timer E) and never answered, Timer F after 32 s. Two problems.',
        'must': ['sip-register-timeout', 'multiple-calling-services'], 'must_not': ['sip-register-rejected', 'sip-auth-failed'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok', 'sip-register': 'failed'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'macOS',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port), 'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp},
    })


# ---------------------------------------------------------------- c24 iPadOS 2025 reg-event NOTIFY terminates our contact
def c24():
    r = random.Random(224)
    c = Clock(r, T('2025-08-19T09:27:51.100'))
    email = 'ava.lindholm@fjordline-travel.example.com'
    uid, org = ruuid(r), ruuid(r)
    ver = '45.8.0.33061'
    bwuser = '4722555019@fjordline.voice.example.net'
    xsp = 'xsp-osl.voice.example.net'
    sipuser = '4722555019_tab'
    sbc_host, sbc_port, sbc_ip = 'sbc-osl.voice.example.net', 5061, '203.0.113.190'
    log = WxLog(c, ['0x16dc53000', '0x16dcdf000', '0x1fa2d0140'])
    log.L('Info', 'Startup.swift:14 ', 'Startup.log()', 'Webex %s on iPadOS 18.6 (iPad14,3)' % ver)
    desktop_noise(log, 130, ext_map=SW)
    log.L('Info', 'SelfUser.swift:40 ', 'SelfUser.didLoad', 'email: %s | uuid: %s | org: %s' % (email, uid, org))
    log.L('Info', 'SelfUser.swift:41 ', 'SelfUser.didLoad', 'entitlements: spark | broadworks-connector | webex-squared | squared-call-initiation')
    log.L('Info', 'SelfUser.swift:42 ', 'SelfUser.didLoad', 'calling: NATIVE_WEBEX_TEAMS_CALLING')
    log.L('Info', 'BroadWorksCallingService.cpp:210 ', 'BroadWorksCallingService::initialize', 'BWC:SCF: starting (tablet)')
    tids = ['CLIENT_' + ruuid(r) for _ in range(3)]
    H.arrow(log, 'BWURLSession.swift:60 ', 'BWURLSession.complete', 'GET', 'https://broadworks-idp-proxy-a.wbx.example.com/broadworks-idp-proxy/api/v1/token', tids[0], 200)
    H.arrow(log, 'BWURLSession.swift:60 ', 'BWURLSession.complete', 'GET', 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (xsp, enc_user(bwuser)), tids[1], 200)
    log.raw(access_devices_xml([{'type': 'Business Communicator - Tablet', 'name': 'alindholm-ipad', 'lineport': sipuser + '@fjordline.voice.example.net', 'url': 'https://%s/dms/bc/tablet/' % xsp}]))
    H.arrow(log, 'BWURLSession.swift:60 ', 'BWURLSession.complete', 'GET', 'https://%s/dms/bc/tablet/config.xml' % xsp, tids[2], 200)
    log.L('Info', 'BroadWorksCallControl.cpp:493 ', 'BroadWorksCallControl::createConfig', 'BWC:SCF: proxy=%s:%d user=%s' % (sbc_host, sbc_port, sipuser))
    leg = SipLeg(r, sipuser, 'fjordline.voice.example.net', '192.0.2.120', 49300, 'TLS', sbc_ip, sbc_port, 'WebexIPad/%s' % ver)
    sa, sr = 'BWC:SIP: Sent to %s:%d' % (sbc_ip, sbc_port), 'BWC:SIP: Received from %s:%d' % (sbc_ip, sbc_port)
    sip_block(log, 'Info', 'SipTransport.cpp:%d ' % r.choice([640, 655, 702]), 'SipTransport::send', sa, leg.register())
    sip_block(log, 'Info', 'SipTransport.cpp:877 ', 'SipTransport::onData', sr, leg.response(401, 'Unauthorized'))
    sip_block(log, 'Info', 'SipTransport.cpp:%d ' % r.choice([640, 655, 702]), 'SipTransport::send', sa, leg.register(auth=True))
    sip_block(log, 'Info', 'SipTransport.cpp:877 ', 'SipTransport::onData', sr, leg.response(200, 'OK', contacts=[leg.own_contact_ok()]))
    log.L('Info', 'BroadWorksManager.cpp:655 ', 'BroadWorksManager::onRegistered', 'BWC:SCF: registered; subscribing to reg event')
    subcid, subtag = rid(r, 20), rid(r, 10)
    sub = ['SUBSCRIBE sip:%s@%s SIP/2.0' % (sipuser, leg.domain), 'Via: SIP/2.0/TLS 192.0.2.120:49300;branch=z9hG4bK%s' % rid(r, 12),
           'From: <sip:%s@%s>;tag=%s' % (sipuser, leg.domain, subtag), 'To: <sip:%s@%s>' % (sipuser, leg.domain), 'Call-ID: %s' % subcid,
           'CSeq: 1 SUBSCRIBE', 'Event: reg', 'Accept: application/reginfo+xml', 'Expires: 3600', 'Content-Length: 0', '']
    sip_block(log, 'Info', 'SipTransport.cpp:%d ' % r.choice([640, 655, 702]), 'SipTransport::send', sa, sub)
    sip_block(log, 'Info', 'SipTransport.cpp:877 ', 'SipTransport::onData', sr, ['SIP/2.0 200 OK'] + sub[2:4] + ['Call-ID: %s' % subcid, 'CSeq: 1 SUBSCRIBE', 'Expires: 3600', 'Content-Length: 0', ''])
    desktop_noise(log, 200, ext_map=SW)
    c.jump(900)
    other = 'sip:%s@198.51.100.230:50122;transport=tls;ob' % sipuser
    sip_block(log, 'Info', 'SipTransport.cpp:877 ', 'SipTransport::onData', sr, reginfo_notify(leg, 'terminated', 'rejected', other, sub_callid=subcid, sub_tag=subtag))
    sip_block(log, 'Info', 'SipTransport.cpp:%d ' % r.choice([640, 655, 702]), 'SipTransport::send', sa, ['SIP/2.0 200 OK', 'Call-ID: %s' % subcid, 'CSeq: 2 NOTIFY', 'Content-Length: 0', ''])
    log.L('Warning', 'BroadWorksManager.cpp:880 ', 'BroadWorksManager::onRegInfo', 'BWC:SCF: own contact terminated by registrar (event=rejected), line now unregistered')
    log.L('Info', 'PhoneServices.swift:77 ', 'PhoneServices.update()', 'phone services: disconnected')
    desktop_noise(log, 400, ext_map=SW)
    files = [('fjordline/ipad-ava/current_log.txt', log.text())]
    emit('SR694112390_fjordline_ipad.zip', files, c.t, expected={
        'scenario': 'iPad 45.8 (2025), device type Business Communicator - Tablet: registers fine (401 then 200 with own contact), subscribes to the reg event; 15 minutes later a NOTIFY with application/reginfo+xml shows our contact state="terminated" event="rejected" while another contact is active.',
        'must': ['registration-displaced'], 'must_not': ['sip-register-rejected', 'sip-auth-failed', 'device-profile-missing'],
        'timeline': {'app-start': 'ok', 'entitlements': 'ok', 'bwc-init': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok', 'sip-register': 'ok', 'registered': 'ok'},
        'facts': {'user_email': email, 'user_id': uid, 'org_id': org, 'client_version': ver, 'platform': 'iPadOS',
                  'broadworks_user_id': bwuser, 'sip_user': sipuser, 'sbc': '%s:%d' % (sbc_host, sbc_port), 'sbc_address': '%s:%d' % (sbc_ip, sbc_port), 'xsp': xsp},
    })


ALL += [c21, c22, c23, c24]
