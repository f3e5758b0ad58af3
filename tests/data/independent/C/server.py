"""BroadWorks server side: AS PSLog flow-through provisioning, XSP logs
(access_log, XsiActionsLog, authenticationService), XSP CLI output."""
from datetime import timedelta
from urllib.parse import quote

from wxlib import BwLog, rhex, ruuid, REASON, devices_xml


def subscriber_profile(p, indent='  ', drop=()):
    rows = [('bwuserid', p['bwuserid']), ('firstName', p['first']), ('lastName', p['last']),
            ('email', p['email']), ('primaryPhoneNumber', p.get('phone')), ('extension', p.get('ext')),
            ('group', p['group']), ('serviceProvider', p['sp']), ('language', p.get('lang', 'English')),
            ('timeZone', p.get('tzname', 'Europe/Paris'))]
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<subscriberProfile xmlns="urn:broadsoft:provisioning:1.0">']
    for k, v in rows:
        if k in drop or v is None:
            continue
        out.append('%s<%s>%s</%s>' % (indent, k, v, k))
    out += ['%s<services>' % indent,
            '%s%s<service><name>Integrated IM&amp;P</name><state>assigned</state></service>' % (indent, indent),
            '%s%s<service><name>Shared Call Appearance</name><state>assigned</state></service>' % (indent, indent),
            '%s</services>' % indent, '</subscriberProfile>']
    return out


def pslog_noise(B, n, style='a'):
    r = B.r
    for _ in range(n):
        c = r.randrange(12)
        if c < 3:
            B.line('Info', 'OCI-P', 'BCCT Worker #%d Received request from 127.0.0.1:%d <BroadsoftDocument protocol="OCI"><sessionId>%s</sessionId><command xsi:type="%s"/></BroadsoftDocument>' % (
                r.randint(0, 7), r.randint(40000, 60000), rhex(r, 16), r.choice(['SystemSoftwareVersionGetRequest', 'GroupGetListInServiceProviderRequest', 'SystemHealthCheckRequest', 'ServiceProviderServicePackGetListRequest'])), adv=(50, 6000))
        elif c < 5:
            B.line('Info', 'Provisioning', 'ConnectionPool: active=%d idle=%d waiting=0' % (r.randint(1, 6), r.randint(4, 20)), adv=(50, 6000))
        elif c < 7:
            B.line('Info', 'DBS', 'DBSync: replicated %d transactions to secondary, lag=%dms' % (r.randint(1, 40), r.randint(2, 90)), adv=(50, 6000))
        elif c < 9:
            B.line('Info', 'Audit', 'admin session %s: %s' % (rhex(r, 8), r.choice(['login ok', 'idle timeout', 'logout'])), adv=(50, 6000))
        elif c < 11:
            B.line('Info', 'Provisioning', 'Scheduler tick, %d tasks pending' % r.randint(0, 3), adv=(50, 6000))
        else:
            B.line('Info', 'Generic', 'GC: young collection %dms, heap %d%%' % (r.randint(3, 80), r.randint(20, 75)), adv=(50, 6000))


def pslog_provisioning(r, start, tz, p, target, status, message=None, as_errors=(), style='a', drop=(),
                       pre=60, post=40, retries=0):
    """AS PSLog with the flow-through POST and the bridge's answer."""
    B = BwLog(r, start, tz)
    pslog_noise(B, pre)
    B.line('Info', 'OCI-P', 'BCCT Worker #3 Received the following request from: 127.0.0.1:51544 <?xml version="1.0" encoding="ISO-8859-1"?><BroadsoftDocument protocol="OCI" xmlns="C"><sessionId xmlns="">%s</sessionId><userId xmlns="">%s</userId><command xsi:type="UserServiceAssignListRequest" xmlns=""><userId>%s</userId><serviceName>Integrated IM&amp;P</serviceName></command></BroadsoftDocument>' % (
        rhex(r, 20), p.get('admin', 'spadmin@' + p['bwuserid'].split('@')[1]), p['bwuserid']))
    body = subscriber_profile(p, drop=drop)
    for attempt in range(retries + 1):
        worker = 'IMP-Provisioning-%d' % r.randint(1, 4)
        if style == 'a':
            B.hdr('Info', 'Provisioning', worker, 'IntegratedIMP', adv=(20, 300))
            B.cont(['\tHTTP request', '\tPOST %s' % target, '\tContent-Type: application/xml; charset=UTF-8',
                    '\tAuthorization: Basic <masked>', '\tContent-Length: %d' % len('\n'.join(body)), ''] + body + [''])
            B.hdr('Info' if status == 200 else 'Warning', 'Provisioning', worker, 'IntegratedIMP', adv=(200, 1800))
            resp = ['\tHTTP response', '\tHTTP/1.1 %d %s' % (status, REASON[status]), '\tContent-Type: application/xml',
                    '\tTrackingID: PROV_%s' % ruuid(r), '']
            if message:
                resp += ['<?xml version="1.0" encoding="UTF-8"?>', '<error>', '  <code>%s</code>' % (status * 100 + r.randint(1, 60)),
                         '  <message>%s</message>' % message, '</error>']
            B.cont(resp + [''])
        else:
            B.line('Info', 'HttpClient', 'sending POST %s (%d bytes) %s' % (target, len(''.join(body)), ''.join(x.strip() for x in body)), adv=(20, 300))
            tail = ''
            if message:
                tail = ' body=<error><message>%s</message></error>' % message
            B.line('Info' if status == 200 else 'Warning', 'HttpClient', 'POST %s completed: responseCode=%d (%s)%s' % (target, status, REASON[status], tail), adv=(200, 1800))
        if attempt < retries:
            B.step(30000, 60000)
    for code, summ in as_errors:
        B.line('Warning', 'OCI-P', 'BCCT Worker #3 Sending the following response to 127.0.0.1:51544 <?xml version="1.0" encoding="ISO-8859-1"?><BroadsoftDocument protocol="OCI" xmlns="C"><sessionId xmlns="">%s</sessionId><command type="Error" echo="" xsi:type="c:ErrorResponse" xmlns:c="C" xmlns=""><summary>[Error %d] %s</summary><summaryEnglish>[Error %d] %s</summaryEnglish></command></BroadsoftDocument>' % (
            rhex(r, 20), code, summ, code, summ))
    pslog_noise(B, post)
    return B.text()


# ------------------------------------------------------------------ XSP
def xsp_noise(B, n, cat='Xsi-Actions'):
    r = B.r
    for _ in range(n):
        c = r.randrange(10)
        if c < 3:
            B.line('Info', 'Generic', 'HTTP connection pool to AS: leased=%d available=%d' % (r.randint(0, 8), r.randint(10, 40)), adv=(10, 3000))
        elif c < 5:
            B.line('Info', 'OCI-P', 'OCI-P connection %s heartbeat ok (%dms)' % (rhex(r, 6), r.randint(1, 30)), adv=(10, 3000))
        elif c < 7:
            B.line('Info', cat, 'housekeeping: %d expired sessions removed' % r.randint(0, 12), adv=(10, 3000))
        elif c < 9:
            B.line('Info', 'Generic', 'JVM memory used=%dMB committed=%dMB' % (r.randint(400, 1500), 2048), adv=(10, 3000))
        else:
            B.line('Info', 'Xsi-Events', 'channel set %s heartbeat, channels=%d' % (rhex(r, 12), r.randint(1, 2)), adv=(10, 3000))


def xsp_noise_until(B, t_end, cat='Xsi-Actions'):
    """Noise lines until just before t_end."""
    r = B.r
    from datetime import timedelta as _td
    while B.t + _td(seconds=3.2) < t_end:
        xsp_noise(B, 1, cat)
    return B


class XspFlow:
    """Writes the three XSP logs for one sign-in.  Every method advances a
    shared UTC clock (self.t) that the caller can align with the client."""

    def __init__(self, r, tz, xsp_host, bw_user, email, idp_ip='198.51.100.61', client_ip='203.0.113.77'):
        self.r = r
        self.tz = tz
        self.host = xsp_host
        self.bw_user = bw_user
        self.email = email
        self.idp_ip = idp_ip
        self.client_ip = client_ip
        self.acc = []
        self.xa = None
        self.auth = None

    def start(self, t):
        self.xa = BwLog(self.r, t, self.tz)
        self.auth = BwLog(self.r, t, self.tz)

    def _acc(self, B, ip, method, path, status, size, ua, ms):
        self.acc.append('%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" %d' % (ip, B.clf_ts(), method, path, status, size, ua, ms))

    def profile_get(self, t, tid, status=200):
        """2.1/2.2: IdP proxy gets /profile with Basic auth."""
        r, B = self.r, self.xa
        B.t = max(B.t, t)
        path = '/com.broadsoft.xsi-actions/v2.0/user/%s/profile' % quote(self.email, safe='@')
        th = 'http-nio-443-exec-%d' % r.randint(1, 40)
        B.hdr('Info', 'Xsi-Actions', th, self.idp_ip)
        B.cont(['\tGET %s' % path, '\tauthorization: Basic <hidden>', '\tuser-agent: broadworksTeamsClient',
                '\ttrackingid: %s' % tid, '\thost: %s' % self.host, ''])
        for req in ('AuthenticationVerifyRequest22', 'UserGetRequest23V2', 'ServiceProviderGetRequest22V5'):
            B.line('Info', 'OCI-P', 'Sending %s for %s' % (req, self.bw_user), adv=(2, 40))
            B.line('Info', 'OCI-P', 'Received %s' % req.replace('Request', 'Response'), adv=(5, 60))
        B.hdr('Info', 'Xsi-Actions', th, self.idp_ip, adv=(2, 30))
        B.cont(['\tHTTP/1.1 %d %s' % (status, REASON[status]), '\ttrackingid: %s' % tid, '',
                '<?xml version="1.0" encoding="UTF-8"?>', '<Profile xmlns="http://schema.broadsoft.com/xsi"><details><userId>%s</userId><firstName>-</firstName><lastName>-</lastName><groupId>grp1</groupId><serviceProvider>sp1</serviceProvider></details></Profile>' % self.bw_user, ''])
        self._acc(B, self.idp_ip, 'GET', path, status, 1433, 'broadworksTeamsClient', r.randint(40, 300))
        return B.t

    def token(self, t, tid, status=200, reason_line=None):
        """5.2-5.4: IdP proxy asks authService for a long-lived token."""
        r, A = self.r, self.auth
        A.t = max(A.t, t)
        A.hdr('Info', 'authService', 'http-nio-8443-exec-%d' % r.randint(1, 20), self.idp_ip)
        A.cont(['\tGET /authService/token', '\thttp_bw_userid: %s' % self.bw_user, '\ttrackingid: %s' % tid,
                '\tx-forwarded-for: %s' % self.idp_ip, ''])
        if status == 200:
            A.line('Info', 'OCI-P', 'UserGetLoginInfoRequest userId=%s' % self.bw_user, adv=(2, 30))
            A.line('Info', 'OCI-P', 'UserGetLoginInfoResponse received', adv=(5, 60))
            A.line('Info', 'authService', 'LongLivedTokenManager - Token generated, subject: %s, issuer: BroadWorks %s, expiry: 1209600s' % (self.bw_user, self.host), adv=(2, 20))
        elif reason_line:
            A.line('Warning', 'authService', reason_line, adv=(2, 30))
        A.line('Info' if status == 200 else 'Warning', 'authService', 'trackingid: %s StatusCode=%d' % (tid, status), adv=(1, 10))
        self._acc(A, self.idp_ip, 'GET', '/authService/token', status, 912 if status == 200 else 164, 'broadworks-idp-proxy', r.randint(20, 200))
        return A.t

    def device_list(self, t, tid, devices, status=200, oci_error=None, ua='WebexTeams'):
        """6: client GETs profile/device with the bearer token; XSP validates over loopback."""
        r, B, A = self.r, self.xa, self.auth
        B.t = max(B.t, t)
        path = '/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % quote(self.bw_user, safe='')
        th = 'http-nio-443-exec-%d' % r.randint(1, 40)
        B.hdr('Info', 'Xsi-Actions', th, self.client_ip)
        B.cont(['\tGET %s' % path, '\tauthorization: Bearer <hidden>', '\tuser-agent: %s' % ua, '\ttrackingid: %s' % tid, ''])
        B.line('Info', 'Xsi-Actions', 'POST http://127.0.0.1:80/authService/token X-BROADSOFT-CORRELATION-ID: %s' % tid, adv=(1, 10))
        A.t = max(A.t, B.t)
        A.hdr('Info', 'authService', 'http-nio-80-exec-%d' % r.randint(1, 20), '127.0.0.1', adv=(1, 5))
        A.cont(['\tPOST /authService/token', '\tX-BROADSOFT-CORRELATION-ID: %s' % tid, ''])
        A.line('Info', 'authService', 'token validated for subject %s; StatusCode=200' % self.bw_user, adv=(1, 20))
        A.cont(['\t{"token":{"subject":"%s","valid":true}}' % self.bw_user])
        self._acc(A, '127.0.0.1', 'POST', '/authService/token', 200, 151, 'Apache-HttpClient/4.5.13 (Java/1.8.0_351)', r.randint(2, 20))
        B.t = max(B.t, A.t)
        B.line('Info', 'Xsi-Actions', 'authService answered 200 for %s' % tid, adv=(1, 5))
        B.line('Info', 'OCI-P', 'Sending UserPrimaryAndSCADeviceGetListRequest userId=%s' % self.bw_user, adv=(1, 10))
        if oci_error:
            B.line('Warning', 'OCI-P', oci_error, adv=(200, 900))
        else:
            rows = ''.join('<row><col>%s</col><col>%s</col><col>%s</col></row>' % (d[1], d[0], d[2]) for d in devices)
            B.line('Info', 'OCI-P', 'Received UserPrimaryAndSCADeviceGetListResponse <accessDeviceTable><colHeading>Device Name</colHeading><colHeading>Device Type</colHeading><colHeading>Line/Port</colHeading>%s</accessDeviceTable>' % rows, adv=(5, 90))
        B.hdr('Info' if status == 200 else 'Warning', 'Xsi-Actions', th, self.client_ip, adv=(1, 10))
        body = devices_xml(devices, self.host).split('\n') if status == 200 else [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>%s</summary><summaryEnglish>%s</summaryEnglish><errorCode>%d</errorCode></ErrorInfo>' % (
                'Internal error', 'Internal error', 110000 + r.randint(0, 999))]
        B.cont(['\tHTTP/1.1 %d %s' % (status, REASON[status]), '\ttrackingid: %s' % tid, ''] + body + [''])
        self._acc(B, self.client_ip, 'GET', path, status, 2231 if status == 200 else 241, ua, r.randint(30, 400))
        return B.t

    def dms(self, t, path, user_ua, challenge=True):
        r, B = self.r, self.xa
        B.t = max(B.t, t)
        if challenge:
            self._acc(B, self.client_ip, 'GET', path, 401, 0, user_ua, r.randint(2, 20))
            B.step(50, 300)
        self._acc(B, self.client_ip, 'GET', path, 200, 18722, user_ua, r.randint(20, 200))
        return B.t

    def files(self, prefix=''):
        return {prefix + 'access_log': '\n'.join(self.acc) + '\n',
                prefix + 'XsiActionsLog': self.xa.text(),
                prefix + 'authenticationService.log': self.auth.text()}


def cli_dump(host, allow_user_app, allow_client_app, chain_depth, prompt_host=True):
    p = 'XSP_CLI'
    out = ['%s@%s> ' % ('bwadmin', host) if prompt_host else '',
           '======================================================================',
           ' BroadWorks Xtended Services Platform - CLI session on %s' % host,
           '======================================================================',
           '',
           '%s/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get' % p,
           '  allowUserApp = %s' % ('true' if allow_user_app else 'false'),
           '  allowClientApp = %s' % ('true' if allow_client_app else 'false'),
           '  verifyClientCertificate = true',
           '',
           '%s/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> q' % p,
           '%s/Interface/Http/HttpClientAuthentication> get' % p,
           '  clientAuthReq = true',
           '  chainDepth = %d' % chain_depth,
           '  trustStore = /usr/local/broadworks/bw_base/conf/webex_trust.jks',
           '',
           '%s/Interface/Http/HttpClientAuthentication> q' % p,
           '%s/Maintenance/ManagedObjects> get broadworks' % p,
           '  Name: xsp  Version: 24.0_1.944  State: Active',
           '']
    return '\n'.join(x for x in out if x is not None)
