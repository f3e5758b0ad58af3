"""BroadWorks server side logs: AS PSLog (flow-through provisioning), XSP
XsiActionsLog, Tomcat access_log, authenticationService log, CLI output."""
from datetime import timedelta
from urllib.parse import quote


class BwLog:
    """BroadWorks pipe-separated log. t is UTC in ctx; printed in local zone."""

    def __init__(self, c, tz="EDT", offset=-4, pad=True, eol="\n"):
        self.c = c
        self.tz, self.off = tz, offset
        self.pad = pad
        self.lines = []
        self.eol = eol

    def ts(self):
        t = self.c.t + timedelta(hours=self.off)
        return t.strftime("%Y.%m.%d %H:%M:%S:") + f"{t.microsecond // 1000:03d} {self.tz}"

    def rec(self, lvl, cat, thread, body=None, inline=None, adv=True):
        if adv:
            self.c.adv(2, 120)
        lv = f"{lvl:<10}" if self.pad else lvl
        head = f"{self.ts()} | {lv} | {cat} | {thread} |"
        if inline:
            head += " " + inline
        self.lines.append(head)
        if body:
            self.lines.extend(body)

    def data(self):
        return (self.eol.join(self.lines) + self.eol).encode()


OCI_USERS = ["2145550101@example.net", "2145550177@example.net", "jmarsh@example.net", "6125550143@example.org",
             "kpatel@example.net", "3035550190@example.org"]


def as_noise(L, n, lo=200, hi=9000):
    c = L.c
    for _ in range(n):
        k = c.rint(0, 5)
        u = c.pick(OCI_USERS)
        if k == 0:
            L.rec("Info", "OCI-P", f"BCCT Worker #{c.rint(0, 7)}", inline=f"Received the following request from: 127.0.0.1:{c.rint(40000, 60000)} UserGetRequest22V5 userId={u}", adv=False)
        elif k == 1:
            L.rec("Info", "OCI-P", f"BCCT Worker #{c.rint(0, 7)}", inline=f"Sent response UserGetResponse22V5 for userId={u} ({c.rint(3, 40)} ms)", adv=False)
        elif k == 2:
            L.rec("Info", "Scheduler", "Periodic Task Runner", inline=f"CDR file rotation check done, {c.rint(0, 40)} records pending", adv=False)
        elif k == 3:
            L.rec("Info", "Database", "TimesTen Replication", inline=f"replication lag {c.rint(0, 30)} ms, peer as2.example.net", adv=False)
        elif k == 4:
            L.rec("Info", "ProvisioningServer", f"OCS Worker {c.rint(1, 9)}", inline=f"GroupGetListInServiceProviderRequest serviceProviderId=sp{c.rint(10, 99)} returned {c.rint(1, 30)} groups", adv=False)
        else:
            L.rec("Info", "CallP", f"Call Processing Thread {c.rint(1, 32)}", inline=f"call half released, duration {c.rint(3, 600)} s, cause=normal", adv=False)
        c.adv(lo, hi)


def subscriber_profile(sp, omit_phone=False, indent="  "):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', "<subscriberProfile>"]
    L.append(f"{indent}<bwuserid>{sp['bwuserid']}</bwuserid>")
    L.append(f"{indent}<group>{sp['group']}</group>")
    L.append(f"{indent}<serviceProvider>{sp['service_provider']}</serviceProvider>")
    L.append(f"{indent}<firstName>{sp['first']}</firstName>")
    L.append(f"{indent}<lastName>{sp['last']}</lastName>")
    if not omit_phone:
        L.append(f"{indent}<primaryPhoneNumber>{sp['phone']}</primaryPhoneNumber>")
    L.append(f"{indent}<extension>{sp['ext']}</extension>")
    L.append(f"{indent}<email>{sp['email']}</email>")
    L.append(f"{indent}<language>English</language>")
    L.append(f"{indent}<timeZone>America/New_York</timeZone>")
    L.append(f"{indent}<services>")
    L.append(f"{indent}{indent}<service>integratedIMP</service>")
    L.append(f"{indent}{indent}<service>sharedCallAppearance</service>")
    L.append(f"{indent}</services>")
    L.append("</subscriberProfile>")
    return L


REASON = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 409: "Conflict", 500: "Internal Server Error"}


def pslog_post(L, style, sp, target, status, message=None, omit_phone=False, thread="IMP Provisioning Worker 2",
               corr=None, errors=()):
    """One flow-through POST and its answer, printed in one of two releases' styles."""
    c = L.c
    body = subscriber_profile(sp, omit_phone=omit_phone)
    if style == "r24":
        L.rec("Info", "HttpClient", thread, body=[corr or c.uuid(), "",
                                                   f"\tSending HTTP request to {target}",
                                                   "\tmethod=POST",
                                                   "\tContent-Type: application/xml; charset=UTF-8",
                                                   "\tAuthorization: Basic ********", ""] + body + [""])
        c.adv(150, 900)
        resp = [f"\tReceived HTTP response from {target}", f"\tstatus={status} {REASON[status]}"]
        if message:
            resp += ['\t<?xml version="1.0" encoding="UTF-8"?>', f"\t<error><code>{status}</code><message>{message}</message></error>"]
        L.rec("Info", "HttpClient", thread, body=[""] + resp + [""])
    else:  # "r22": request line with the header, answer as a raw status line
        L.rec("Info", "IMP", thread, inline=f"HTTP POST {target}",
              body=["Content-Type: text/xml"] + [b.strip() for b in body])
        c.adv(150, 900)
        resp = [f"HTTP/1.1 {status} {REASON[status]}"]
        if message:
            resp += ["Content-Type: application/xml", "", f"<ErrorResponse><message>{message}</message></ErrorResponse>"]
        L.rec("Info" if status == 200 else "Warning", "IMP", thread, inline=f"HTTP response for POST {target}", body=resp)
    for e in errors:
        c.adv(1, 20)
        L.rec("Warning", "IMP", thread, body=["", f"\t{e}", ""])


# ----- XSP -------------------------------------------------------------------

def clf(c, ip, method, path, status, size, ua, tz=None, off=-4, rt=None):
    if tz is None:
        tz = f"{'+' if off >= 0 else '-'}{abs(off):02d}00"
    t = c.t + timedelta(hours=off)
    s = f'{ip} - - [{t.strftime("%d/%b/%Y:%H:%M:%S")} {tz}] "{method} {path} HTTP/1.1" {status} {size}'
    if ua:
        s += f' "-" "{ua}"'
    if rt is not None:
        s += f" {rt}"
    return s


def profile_xml(bw_user, first, last, phone, group, sp):
    return ['<?xml version="1.0" encoding="UTF-8"?>',
            '<Profile xmlns="http://schema.broadsoft.com/xsi"><details>'
            f"<userId>{bw_user}</userId><firstName>{first}</firstName><lastName>{last}</lastName>"
            f"<number>{phone}</number><groupId>{group}</groupId><serviceProvider>{sp}</serviceProvider>"
            "</details></Profile>"]


def auth_line(c, lvl, logger, msg, thread, off=-4):
    """authenticationService log: its own log4j-like shape."""
    t = c.t + timedelta(hours=off)
    return f"{t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d} {lvl:<5} [{thread}] {logger} - {msg}"


def cli_cert(allow_user, allow_client, style="eq"):
    head = "XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get"
    if style == "eq":
        return [head, f"  allowUserApp = {allow_user}", f"  allowClientApp = {allow_client}", "  isCertificateRevocationCheckEnabled = false", ""]
    return [head, "", "  Parameter                              Value", "  =================================================",
            f"  allowUserApp                           {allow_user}", f"  allowClientApp                         {allow_client}",
            "  isCertificateRevocationCheckEnabled    false", ""]


def cli_chain(depth, style="eq"):
    head = "XSP_CLI/Interface/HttpClientAuthentication> get"
    if style == "eq":
        return [head, f"  chainDepth = {depth}", "  allowedTLSVersions = TLSv1.2", ""]
    return [head, "", "  Parameter           Value", "  ==========================", f"  chainDepth          {depth}", ""]


def oci_doc(cmd, body, session):
    return (f'<?xml version="1.0" encoding="ISO-8859-1"?><BroadsoftDocument protocol="OCI" xmlns="C" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><sessionId xmlns="">{session}</sessionId>'
            f'<command xsi:type="{cmd}" xmlns="">{body}</command></BroadsoftDocument>')


def xsp_noise(X, A, n, lo=300, hi=6000):
    """unrelated Xsi traffic of other users (Xsi-Events heartbeats, call logs, directories)."""
    c = X.c
    for _ in range(n):
        u = c.pick(OCI_USERS)
        k = c.rint(0, 3)
        path = ["/com.broadsoft.xsi-actions/v2.0/user/%s/directories/Enterprise?results=50" % quote(u, safe=""),
                "/com.broadsoft.xsi-actions/v2.0/user/%s/calllogs" % quote(u, safe=""),
                "/com.broadsoft.xsi-events/v2.0/channel/%s/heartbeat" % c.uuid(),
                "/com.broadsoft.xsi-actions/v2.0/user/%s/services/donotdisturb" % quote(u, safe="")][k]
        m = "PUT" if k == 2 else "GET"
        X.rec("Info", "XsiActions" if k != 2 else "XsiEvents", f"http-nio-443-exec-{c.rint(1, 40)}",
              body=[f"\t{m} {path}", f"\tuser-agent: {c.pick(['Webex', 'ConnectAndroid', 'okhttp/4.12.0', 'UC-One'])}", f"\tResponse: 200"], adv=False)
        if A is not None:
            A.append(clf(c, "198.51.100.%d" % c.rint(10, 250), m, path, 200, c.rint(80, 9000), c.pick(["Webex", "UC-One", "okhttp/4.12.0"]), off=X.off))
        c.adv(lo, hi)


def xsp_signin(c, X, A, U, Au, tid_signin, tid_dev, profile_status=200, token_status=200, device_status=200,
               cert_reason=None, token_error=None, device_error=None, with_dms=True):
    """The XSP's view of one sign-in (guide ladder 2.1 .. 6). X: XsiActionsLog BwLog,
    A: access_log list, Au: authenticationService list. Returns nothing."""
    idp_ip = "203.0.113.50"
    sess = c.hex(16)
    thr = f"http-nio-443-exec-{c.rint(1, 40)}"
    ppath = f"/com.broadsoft.xsi-actions/v2.0/user/{U['email']}/profile"
    X.rec("Info", "XsiActions", thr, body=[f"\tGET {ppath} HTTP/1.1", f"\thost: {U['xsp']}", "\tauthorization: Basic ********",
                                          "\tuser-agent: broadworksTeamsClient", f"\ttrackingid: {tid_signin}", f"\tremote: {idp_ip}"])
    if cert_reason:
        X.rec("Warning", "XsiActions", thr, body=[f"\t{cert_reason}"])
        X.rec("Info", "XsiActions", thr, body=[f"\tResponse 401 Unauthorized for GET {ppath} trackingid: {tid_signin}"])
        A.append(clf(c, idp_ip, "GET", f"/com.broadsoft.xsi-actions/v2.0/user/{quote(U['email'], safe='')}/profile", 401, 0, "broadworksTeamsClient", off=X.off))
        return
    X.rec("Info", "OCI-P", "XsiActions OCI Worker 2", body=["\tSending to 198.51.100.20:2209", "\t" + oci_doc("AuthenticationVerifyRequest22", f"<userId>{U['email']}</userId><password>********</password>", sess)])
    X.rec("Info", "OCI-P", "XsiActions OCI Worker 2", body=["\tReceived from 198.51.100.20:2209", "\t" + oci_doc("AuthenticationVerifyResponse22", f"<userId>{U['bw_user']}</userId><loginType>User</loginType>", sess).replace('xsi:type="AuthenticationVerifyResponse22" xmlns=""', 'xsi:type="AuthenticationVerifyResponse22" xmlns=""')])
    X.rec("Info", "OCI-P", "XsiActions OCI Worker 2", body=["\tSending to 198.51.100.20:2209", "\t" + oci_doc("UserGetRequest22V5", f"<userId>{U['bw_user']}</userId>", sess)])
    X.rec("Info", "OCI-P", "XsiActions OCI Worker 2", body=["\tSending to 198.51.100.20:2209", "\t" + oci_doc("ServiceProviderGetRequest22V5", f"<serviceProviderId>{U['service_provider']}</serviceProviderId>", sess)])
    X.rec("Info", "XsiActions", thr, body=[f"\tResponse {profile_status} {REASON[profile_status]} for GET {ppath} trackingid: {tid_signin}"] +
          ["\t" + l for l in profile_xml(U['bw_user'], U['first'], U['last'], U['phone'], U['group'], U['service_provider'])])
    A.append(clf(c, idp_ip, "GET", f"/com.broadsoft.xsi-actions/v2.0/user/{quote(U['email'], safe='')}/profile", profile_status, c.rint(700, 1400), "broadworksTeamsClient", off=X.off))
    c.adv(4000, 15000)
    # 5.2 .. 5.4 token
    at = f"http-nio-8443-exec-{c.rint(1, 20)}"
    Au.append(auth_line(c, "INFO", "c.b.x.authservice.TokenResource", f"GET /authService/token http_bw_userid={U['bw_user']} trackingid={tid_signin} remote={idp_ip}", at, off=X.off))
    c.adv(5, 40)
    Au.append(auth_line(c, "INFO", "c.b.x.authservice.oci.OciClient", f"UserGetLoginInfoRequest userId={U['bw_user']}", at, off=X.off))
    c.adv(10, 60)
    if token_status != 200:
        Au.append(auth_line(c, "ERROR", "c.b.x.authservice.LongLivedTokenManager", token_error or "Token generation failed", at, off=X.off))
        c.adv(1, 5)
        Au.append(auth_line(c, "INFO", "c.b.x.authservice.TokenResource", f"StatusCode={token_status} trackingid={tid_signin}", at, off=X.off))
        A.append(clf(c, idp_ip, "GET", "/authService/token", token_status, 0, "broadworks-idp-proxy", off=X.off))
        return
    Au.append(auth_line(c, "INFO", "c.b.x.authservice.oci.OciClient", f"UserGetLoginInfoResponse userId={U['bw_user']} groupId={U['group']}", at, off=X.off))
    Au.append(auth_line(c, "INFO", "c.b.x.authservice.LongLivedTokenManager", f"Token generated, subject: {U['bw_user']}, issuer: BroadWorks {U['xsp']}, ttl=1209600", at, off=X.off))
    Au.append(auth_line(c, "INFO", "c.b.x.authservice.TokenResource", f"StatusCode=200 trackingid={tid_signin}", at, off=X.off))
    A.append(clf(c, idp_ip, "GET", "/authService/token", 200, c.rint(700, 900), "broadworks-idp-proxy", off=X.off))
    c.adv(3000, 9000)
    # 6 device list with the token
    dpath = f"/com.broadsoft.xsi-actions/v2.0/user/{quote(U['bw_user'], safe='')}/profile/device"
    cip = U.get("client_ip", "198.51.100.%d" % c.rint(20, 200))
    thr = f"http-nio-443-exec-{c.rint(1, 40)}"
    X.rec("Info", "XsiActions", thr, body=[f"\tGET {dpath} HTTP/1.1", f"\thost: {U['xsp']}", "\tauthorization: Bearer ********",
                                          f"\tuser-agent: WebexTeams ({U.get('ua_variant', 'Windows')}/{U.get('version', '44.5.0.29672')})", f"\ttrackingid: {tid_dev}", f"\tremote: {cip}"])
    X.rec("Info", "XsiActions", thr, body=["\tPOST http://127.0.0.1:80/authService/token", f"\tX-BROADSOFT-CORRELATION-ID: {tid_dev}"])
    at2 = f"http-nio-80-exec-{c.rint(1, 9)}"
    Au.append(auth_line(c, "INFO", "c.b.x.authservice.TokenResource", f"POST /authService/token remote=127.0.0.1 X-BROADSOFT-CORRELATION-ID={tid_dev}", at2, off=X.off))
    c.adv(3, 30)
    Au.append(auth_line(c, "INFO", "c.b.x.authservice.TokenResource", f"token validated subject={U['bw_user']} StatusCode=200 trackingid={tid_dev}", at2, off=X.off))
    Au.append(auth_line(c, "DEBUG", "c.b.x.authservice.TokenResource", '{"token":{"subject":"%s","issuer":"BroadWorks","valid":true}}' % U['bw_user'], at2, off=X.off))
    X.rec("Info", "XsiActions", thr, body=["\tauthService answered 200 for correlation " + tid_dev])
    X.rec("Info", "OCI-P", "XsiActions OCI Worker 5", body=["\tSending to 198.51.100.20:2209", "\t" + oci_doc("UserPrimaryAndSCADeviceGetListRequest", f"<userId>{U['bw_user']}</userId>", sess)])
    if device_status != 200:
        X.rec("Warning", "OCI-P", "XsiActions OCI Worker 5", body=[f"\t{device_error}"])
        X.rec("Info", "XsiActions", thr, body=[f"\tResponse {device_status} {REASON[device_status]} for GET {dpath} trackingid: {tid_dev}",
                                              '\t<?xml version="1.0" encoding="UTF-8"?><ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>' + (device_error or "error") + "</summary></ErrorInfo>"])
        A.append(clf(c, cip, "GET", dpath, device_status, 210, "WebexTeams", off=X.off))
        return
    rows = "".join(f"<row><col>{t}</col><col>{U['bw_local']}_{s}</col></row>" for t, s in U['devices'])
    X.rec("Info", "OCI-P", "XsiActions OCI Worker 5", body=["\tReceived from 198.51.100.20:2209",
                                                            "\t" + oci_doc("UserPrimaryAndSCADeviceGetListResponse", f"<accessDeviceTable><colHeading>Device Type</colHeading><colHeading>Device Name</colHeading>{rows}</accessDeviceTable>", sess)])
    X.rec("Info", "XsiActions", thr, body=[f"\tResponse 200 OK for GET {dpath} trackingid: {tid_dev}",
                                          '\t<AccessDevices xmlns="http://schema.broadsoft.com/xsi">' +
                                          "".join(f"<accessDevice><deviceType>{t}</deviceType><deviceName>{U['bw_local']}_{s}</deviceName></accessDevice>" for t, s in U['devices']) +
                                          "</AccessDevices>"])
    A.append(clf(c, cip, "GET", dpath, 200, c.rint(900, 1600), "WebexTeams", off=X.off))
    if with_dms:
        c.adv(400, 1500)
        A.append(clf(c, cip, "GET", "/dms/bc/pc/config.xml", 401, 0, "WebexTeams", off=X.off))
        c.adv(50, 200)
        A.append(clf(c, cip, "GET", "/dms/bc/pc/config.xml", 200, c.rint(9000, 16000), "WebexTeams", off=X.off))
