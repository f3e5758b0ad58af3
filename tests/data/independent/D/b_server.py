"""Server-side bundles (AS PSLog, XSP logs, CLI pastes)."""
from common import *


def sub_profile(bwuser, group, sp, phone, email, first, last, indent='\t', extra_services=True, tz='America/New_York'):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<subscriberProfile>',
           indent + '<bwuserid>%s</bwuserid>' % bwuser,
           indent + '<group>%s</group>' % group,
           indent + '<serviceProvider>%s</serviceProvider>' % sp,
           indent + '<firstName>%s</firstName>' % first,
           indent + '<lastName>%s</lastName>' % last]
    if phone:
        out.append(indent + '<primaryPhoneNumber>%s</primaryPhoneNumber>' % phone)
    out += [indent + '<extension>%s</extension>' % (phone[-4:] if phone else '4471'),
            indent + '<email>%s</email>' % email,
            indent + '<language>English</language>',
            indent + '<timeZone>%s</timeZone>' % tz]
    if extra_services:
        out += [indent + '<services>', indent * 2 + '<service>Integrated IMP</service>', indent * 2 + '<service>Shared Call Appearance</service>', indent + '</services>']
    out.append('</subscriberProfile>')
    return out


# ---------------------------------------------------------------- s1 healthy: PSLog 200 + XSP logs of a good sign-in
def s1():
    r = random.Random(301)
    c = Clock(r, T('2024-05-14T14:02:30.000'))
    email = 'nora.blake@cedarcrest-schools.example.org'
    bwuser = '7175550128@cedarcrest.bw.example.net'
    sp = 'Keystone_Telecom'
    phone = '+17175550128'
    target = 'https://bwprov-a.wbx.example.com/broadworks/provisioning/v1/subscribers'
    xsp = 'xsp1.bw.example.net'
    tid = 'CLIENT_' + ruuid(r)
    ps = BwLog(c, 'EDT', -4)
    server_noise(ps, 60, kind='as')
    ps.H('Info', 'IMP', 'IMPProvisioningWorker-2', body=[
        '', '\tHTTP POST %s' % target, '\tContent-Type: application/xml', '\tAuthorization: Basic *****', ''] +
        ['\t' + l for l in sub_profile(bwuser, 'cedarcrest_district', sp, phone, email, 'Nora', 'Blake')])
    c.step(300, 900)
    ps.H('Info', 'IMP', 'IMPProvisioningWorker-2', body=['', '\tHTTP response from %s' % target, '\tHTTP/1.1 200 OK', '\tContent-Length: 0'])
    server_noise(ps, 60, kind='as')
    # XSP sign-in 20 minutes later
    c.jump(1200)
    xa = BwLog(c, 'EDT', -4)
    au = BwLog(c, 'EDT', -4)
    acc = []

    def clf(path, status, size, ua):
        t = c.t - dt.timedelta(hours=4)
        acc.append('192.0.2.250 - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s"' % (t.strftime('%d/%b/%Y:%H:%M:%S -0400'), path, status, size, ua))
    server_noise(xa, 30)
    p1 = '/com.broadsoft.xsi-actions/v2.0/user/%s/profile' % email
    xa.H('Info', 'Xsi', 'http-nio-443-exec-4', body=['', '\tGET %s HTTP/1.1' % p1, '\tHost: %s' % xsp, '\tauthorization: Basic ****', '\tuser-agent: broadworksTeamsClient'])
    xa.H('Info', 'OCI-P', 'http-nio-443-exec-4', body=['', '\tAuthenticationVerifyRequest userId=%s' % email, '\tAuthenticationVerifyResponse OK'])
    xa.H('Info', 'OCI-P', 'http-nio-443-exec-4', body=['', '\tUserGetRequest22V5 userId=%s' % bwuser, '\tServiceProviderGetRequest22V5 serviceProviderId=%s' % sp])
    xa.H('Info', 'Xsi', 'http-nio-443-exec-4', body=['', '\tHTTP/1.1 200 OK', '\t<Profile xmlns="http://schema.broadsoft.com/xsi"><details><userId>%s</userId><serviceProvider>%s</serviceProvider></details></Profile>' % (bwuser, sp)])
    clf(p1, 200, 1822, 'broadworksTeamsClient')
    c.step(2000, 5000)
    au.H('Info', 'AuthService', 'http-nio-8080-exec-2', body=['', '\tGET /authService/token', '\thttp_bw_userid: %s' % bwuser, '\ttrackingid: %s' % tid])
    au.H('Info', 'OCI-P', 'http-nio-8080-exec-2', body=['', '\tUserGetLoginInfoRequest userId=%s -> UserGetLoginInfoResponse' % bwuser])
    au.H('Info', 'AuthService', 'http-nio-8080-exec-2', inline='LongLivedTokenManager - Token generated, subject: %s, issuer: BroadWorks xsp1' % bwuser)
    au.H('Info', 'AuthService', 'http-nio-8080-exec-2', inline='trackingid: %s StatusCode=200' % tid)
    c.step(400, 1200)
    p2 = '/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % enc_user(bwuser)
    xa.H('Info', 'Xsi', 'http-nio-443-exec-9', body=['', '\tGET %s HTTP/1.1' % p2, '\tHost: %s' % xsp, '\tauthorization: Bearer ****', '\tuser-agent: WebexTeams (Windows/44.5.0.29672)', '\ttrackingid: %s' % tid])
    xa.H('Info', 'Xsi', 'http-nio-443-exec-9', body=['', '\tPOST http://127.0.0.1:80/authService/token', '\tX-BROADSOFT-CORRELATION-ID: %s' % tid])
    au.H('Info', 'AuthService', 'http-nio-80-exec-1', body=['', '\tPOST /authService/token from 127.0.0.1', '\tX-BROADSOFT-CORRELATION-ID: %s' % tid, '\tStatusCode=200', '\t{"token":{"subject":"%s","valid":true}}' % bwuser])
    xa.H('Info', 'OCI-P', 'http-nio-443-exec-9', body=['', '\tUserPrimaryAndSCADeviceGetListRequest userId=%s' % bwuser])
    xa.H('Info', 'OCI-P', 'http-nio-443-exec-9', body=['', '\tUserPrimaryAndSCADeviceGetListResponse', '\t<accessDeviceTable><colHeading>Device Type</colHeading><row><col>Business Communicator - PC</col></row><row><col>Connect - Mobile</col></row></accessDeviceTable>'])
    xa.H('Info', 'Xsi', 'http-nio-443-exec-9', body=['', '\tHTTP/1.1 200 OK', '\ttrackingid: %s' % tid])
    clf(p2, 200, 1410, 'WebexTeams (Windows/44.5.0.29672)')
    server_noise(xa, 30)
    files = [('cedarcrest/AS01/PSLog.2024.05.14.txt', ps.text()), ('cedarcrest/XSP01/XsiActionsLog.2024.05.14.txt', xa.text()),
             ('cedarcrest/XSP01/authenticationService.log', au.text()), ('cedarcrest/XSP01/access_log.2024-05-14.txt', '\n'.join(acc) + '\n')]
    emit('SR694113001_cedarcrest_servers', files, c.t, kind='folder', expected={
        'scenario': 'Server-only healthy case (EDT): AS PSLog flow-through POST with subscriberProfile answered 200; later XSP XsiActionsLog, authenticationService and access_log of a good sign-in (profile with Basic/broadworksTeamsClient, token issued StatusCode=200, profile/device with Bearer/WebexTeams, loopback validation 200, device list 200).',
        'must': ['provisioning-accepted'], 'must_not_errors': True,
        'facts': {'broadworks_user_id': bwuser, 'user_email': email, 'primary_phone_number': phone,
                  'provisioning_target': target, 'service_provider': sp, 'tracking_ids': [tid]},
    })


# ---------------------------------------------------------------- s2 PSLog: 400 missing phone, then 400 invalid email
def s2():
    r = random.Random(302)
    c = Clock(r, T('2023-03-09T09:15:00.000'))
    bwuser = 'sortiz@coastline.hpbx.example.net'
    sp = 'Mistral_Comms'
    target = 'https://bwprov-r.wbx.example.com/broadworks/provisioning/v1/subscribers'
    bad_email = 'sam.ortiz@@coastline-marine.example.com'
    phone = '+33155550142'
    ps = BwLog(c, 'CET', 1)
    server_noise(ps, 50, kind='as')
    for n, (ph, msg) in enumerate([(None, 'subscriberProfile rejected: primaryPhoneNumber is required'),
                                   (phone, 'subscriberProfile rejected: email "%s" is not a valid address' % bad_email)]):
        ps.H('Info', 'ProvisioningClient', 'IMP-Sender-%d' % (n + 1), extra=['POST'], body=['', '\tURL: %s' % target, '\tBody:'] +
             ['\t  ' + l for l in sub_profile(bwuser, 'Coastline_Marine', sp, ph, bad_email, 'Sam', 'Ortiz', indent='  ', tz='Europe/Paris')])
        c.step(200, 700)
        ps.H('Warning', 'ProvisioningClient', 'IMP-Sender-%d' % (n + 1), extra=['POST'], body=['', '\tResponse code: 400 Bad Request', '\tResponse body:',
             '\t  <?xml version="1.0" encoding="UTF-8"?><error><code>400</code><message>%s</message></error>' % msg])
        server_noise(ps, 80, kind='as')
        c.jump(1500)
    files = [('PSLog_AS2_20230309.log', ps.text())]
    emit('SR694113355_coastline_pslog.zip', files, c.t, expected={
        'scenario': 'AS PSLog only (CET), one user provisioned twice: the first subscriberProfile has no primaryPhoneNumber and is answered 400 with a <message>; after the number is added, the second POST is answered 400 because the email has a double @. Response code printed as "Response code: 400 Bad Request".',
        'must': ['provisioning-bad-request', 'provisioning-missing-phone-number', 'provisioning-invalid-email'],
        'must_not': ['provisioning-accepted', 'provisioning-conflict'],
        'facts': {'broadworks_user_id': bwuser, 'provisioning_target': target, 'service_provider': sp, 'primary_phone_number': phone},
    })


# ---------------------------------------------------------------- s3 PSLog: 401 then (credentials fixed) 409
def s3():
    r = random.Random(303)
    c = Clock(r, T('2022-10-18T16:40:00.000'))
    email = 'priya.nair@monsoon-labs.example.com'
    bwuser = '6125550187@monsoon.cloud.example.net'
    sp = 'Prairie_Voice_SP'
    phone = '6125550187'
    target = 'https://bwprov-a.wbx.example.com/broadworks/provisioning/v1/subscribers'
    ps = BwLog(c, 'CDT', -5)
    server_noise(ps, 60, kind='as')
    profile = ' '.join(l.strip() for l in sub_profile(bwuser, 'monsoon_labs_mpls', sp, phone, email, 'Priya', 'Nair', indent='', tz='America/Chicago'))
    ps.H('Info', 'Provisioning', 'HttpClient-worker-4', inline='Sending POST to %s : %s' % (target, profile))
    c.step(150, 400)
    ps.H('Info', 'Provisioning', 'HttpClient-worker-4', inline='Received response from %s : HTTP/1.1 401 Unauthorized <error><message>Invalid provisioning credentials</message></error>' % target)
    server_noise(ps, 120, kind='as')
    c.jump(3600)
    ps.H('Info', 'CLI', 'CLI-session-7', inline='AS_CLI/Interface/Messenger> set provisioningUserId ***** provisioningPassword *****')
    c.jump(60)
    ps.H('Info', 'Provisioning', 'HttpClient-worker-1', inline='Sending POST to %s : %s' % (target, profile))
    c.step(150, 400)
    ps.H('Info', 'Provisioning', 'HttpClient-worker-1', inline='Received response from %s : HTTP/1.1 409 Conflict <error><message>User with email %s already exists</message></error>' % (target, email))
    server_noise(ps, 100, kind='as')
    files = [('case_monsoon/as/PSLog.txt', ps.text())]
    emit('SR694113702_monsoon_pslog.zip', files, c.t, expected={
        'scenario': 'AS PSLog (CDT), request and response each on one line with the XML inline: first POST answered 401 (provisioning credentials differ), the partner fixes the Messenger credentials in CLI, the retry is answered 409 Conflict (a user with that email exists).',
        'must': ['provisioning-unauthorized', 'provisioning-conflict'], 'must_not': ['provisioning-accepted', 'provisioning-missing-phone-number', 'provisioning-invalid-email'],
        'facts': {'broadworks_user_id': bwuser, 'user_email': email, 'provisioning_target': target, 'service_provider': sp, 'primary_phone_number': phone},
    })


# ---------------------------------------------------------------- s4 PSLog: POST to an IP address, 403 + IM&P errors 18215/18211
def s4():
    r = random.Random(304)
    c = Clock(r, T('2021-12-01T08:20:00.000'))
    email = 'tobias.keller@alpenrose-hotel.example.com'
    bwuser = '41445550133@alpenrose.bw.example.net'
    sp = 'Helvetia_UC'
    phone = '+41445550133'
    target = 'https://198.51.100.40:443/broadworks/provisioning/v1/subscribers'
    ps = BwLog(c, 'CET', 1)
    server_noise(ps, 40, kind='as')
    ps.H('Info', 'IMP', 'IMPProvisioningWorker-1', body=['', '\t>>> POST %s' % target] + ['\t' + l for l in sub_profile(bwuser, 'Alpenrose', sp, phone, email, 'Tobias', 'Keller', tz='Europe/Zurich')])
    c.step(80, 200)
    ps.H('Info', 'IMP', 'IMPProvisioningWorker-1', body=['', '\t<<< %s' % target, '\tHTTP/1.1 403 Forbidden', '\tContent-Type: text/html', '', '\t<html><head><title>403 Forbidden</title></head></html>'])
    ps.H('Warning', 'IMP', 'IMPProvisioningWorker-1', inline='[Error 18215] Provisioning error with the messaging server for user %s' % bwuser)
    c.step(500, 1500)
    ps.H('Warning', 'IMP', 'IMPProvisioningWorker-1', inline='[Error 18211] Communication error with the messaging server (%s)' % target)
    server_noise(ps, 60, kind='as')
    cli = '\n'.join(['AS_CLI/Interface/Messenger> get', '  Integrated IM&P Configuration', '  ==============================',
                     '  messagingServerURL = https://198.51.100.40:443/broadworks/provisioning/v1/subscribers',
                     '  provisioningUserId = helvetia-prov', '  provisioningPassword = ********', '  enabled = true', '',
                     'AS_CLI/Maintenance/Patching> listPatch', '  (ap373197 not in list)', ''])
    files = [('AS/PSLog_2021-12-01.txt', ps.text()), ('AS/cli_messenger.txt', cli)]
    emit('SR694114010_alpenrose_as', files, c.t, kind='folder', expected={
        'scenario': 'AS PSLog (CET, 2021) plus a CLI paste: the flow-through POST goes to an IP address (198.51.100.40) instead of the bridge URL and is answered 403 Forbidden; the AS logs [Error 18215] and [Error 18211]; the patch list lacks ap373197.',
        'must': ['provisioning-forbidden', 'impp-provisioning-error'], 'must_not': ['provisioning-accepted'],
        'facts': {'broadworks_user_id': bwuser, 'user_email': email, 'provisioning_target': target, 'service_provider': sp, 'primary_phone_number': phone},
    })


# ---------------------------------------------------------------- s5 XSP: CLI misconfig (cert auth, chainDepth) + token not issued
def s5():
    r = random.Random(305)
    c = Clock(r, T('2025-09-02T00:30:00.000'))
    bwuser = '61295550144@wattle.voip.example.net'
    tid = 'CLIENT_' + ruuid(r)
    au = BwLog(c, 'AEST', 10)
    server_noise(au, 40)
    au.H('Info', 'AuthService', 'http-nio-8080-exec-6', body=['', '\tGET /authService/token HTTP/1.1', '\thttp_bw_userid: %s' % bwuser, '\ttrackingid: %s' % tid, '\tssl_client_cert: CN=idbroker-bw.wbx.example.com'])
    au.H('Info', 'OCI-P', 'http-nio-8080-exec-6', body=['', '\tUserGetLoginInfoRequest userId=%s' % bwuser, '\tUserGetLoginInfoResponse (ok)'])
    au.H('Severe', 'AuthService', 'http-nio-8080-exec-6', inline='LongLivedTokenManager - unable to sign token: RSA private key not found in /var/broadworks/authService/keys')
    au.H('Info', 'AuthService', 'http-nio-8080-exec-6', inline='trackingid: %s StatusCode=500' % tid)
    server_noise(au, 40)
    cli = '\n'.join([
        'XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get',
        '  allowUserApp = true',
        '  allowClientApp = false',
        '  allowTrustedServer = false',
        '',
        'XSP_CLI/Interface/Http/HttpClientAuthentication> get',
        '  chainDepth = 1',
        '  clientAuthReq = true',
        '  trustStore = /usr/local/broadworks/certs/webex-trust.jks',
        ''])
    files = [('xsp02_wattle/authenticationService.2025-09-02.log', au.text()), ('xsp02_wattle/cli_checks.txt', cli),
             ('xsp02_wattle/README.txt', 'Partner: XSP02 rebuilt last week, keys copied from XSP01? not sure. Webex users cannot sign in since.\n')]
    emit('SR694114399_wattle_xsp.zip', files, c.t, expected={
        'scenario': 'XSP only (AEST): authenticationService answers GET /authService/token with StatusCode=500 (LongLivedTokenManager cannot sign, RSA key missing); CLI paste shows CertificateAuthentication allowUserApp = true / allowClientApp = false and HttpClientAuthentication chainDepth = 1. Three server problems.',
        'must': ['xsp-token-failed', 'xsp-cert-auth-misconfigured', 'xsp-chain-depth-too-low'],
        'facts': {'broadworks_user_id': bwuser, 'tracking_ids': [tid]},
    })


ALL = [s1, s2, s3, s4, s5]
