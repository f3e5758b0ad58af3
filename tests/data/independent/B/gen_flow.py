"""Client-side step printers (sign-in, entitlements, BWC, XSI, DMS, SIP)."""
import json
from urllib.parse import quote

from gen_core import mkuuid, hexid, SipDialog
from gen_print import http, sip, access_devices_xml, config_xml, REASON

WEBEX_ENTS_BASE = ["spark", "webex-squared", "squared-call-initiation", "squared-room-moderation",
                   "squared-syncup", "cloudmeetings", "spark-test-account"]


def xsi_url(sc, suffix="/profile/device"):
    return "https://%s/com.broadsoft.xsi-actions/v2.0/user/%s%s" % (sc.id["xsp"], quote(sc.id["bwuser"], safe=""), suffix)


def idp_url(sc):
    return "https://broadworks-idp-proxy-%s.wbx2.example.com/broadworks-idp-proxy/api/v1/users/self/jwt?orgId=%s" % (
        sc.id.get("idp_region", "a"), sc.id["org"])


def dms_url(sc, kind="pc"):
    return "https://%s/dms/bc/%s/config.xml" % (sc.id.get("dms_host", sc.id["xsp"]), kind)


def tid(sc, prefix="CLIENT_"):
    return prefix + mkuuid(sc.rng)


# --------------------------------------------------------------------------
def app_start(sc, log, style="a"):
    i = sc.id
    p = log.plat
    if p == "win":
        if style == "a":
            sc.L(log, "Info", "SparkApplication.cpp", "SparkApplication::initialise", "Webex starting - version %s, arch x64, channel gold" % i["version"])
            sc.L(log, "Info", "SystemInfo.cpp", "SystemInfo::dump", "platform=Windows os=\"%s\" locale=%s cores=12 memMB=32468" % (i["osname"], i.get("locale", "en-GB")))
        else:
            sc.L(log, "Info", "WinMain.cpp", "wWinMain", "================ Cisco Webex %s (Windows, %s) ================" % (i["version"], i["osname"]))
    elif p == "mac":
        if style == "a":
            sc.L(log, "Info", "AppDelegate.mm", "-[AppDelegate applicationDidFinishLaunching:]", "Webex %s (arm64) launched on macOS %s" % (i["version"], i["osname"]))
        else:
            sc.L(log, "Info", "SparkMacApp.swift", "SparkMacApp.init()", "app.version=%s app.platform=macOS os.build=\"%s\"" % (i["version"], i["osname"]))
    elif p == "ios":
        osfam = i.get("osfamily", "iOS")
        sc.CSF(log, "Info", "startup/AppStartup.cpp(71)", "csf.startup", "logVersion", "WebexTeams client %s starting" % i["version"])
        sc.L(log, "Info", "AppDelegate.swift", "AppDelegate.application(_:didFinishLaunchingWithOptions:)",
             "launch version=%s os=%s %s model=%s" % (i["version"], osfam, i["osname"], i.get("model", "iPhone15,3")))
    else:
        sc.A(log, "Info", "WebexApp", "Application.onCreate: Webex %s (code %s) Android %s, device=%s" % (i["version"], i["version"].replace(".", "")[:9], i["osname"], i.get("model", "SM-S911B")))


def identity(sc, log, style="json"):
    i = sc.id
    p = log.plat
    if p == "android":
        if style == "json":
            sc.A(log, "Info", "WxAuth", "self loaded " + json.dumps({"id": i["uid"], "emails": [i["email"]], "orgId": i["org"], "displayName": i["name"]}, ensure_ascii=False))
        else:
            sc.A(log, "Info", "WxAuth", "user_email=%s" % i["email"])
            sc.A(log, "Info", "WxAuth", "user_uuid=%s" % i["uid"], lo=0, hi=2)
            sc.A(log, "Info", "WxAuth", "org_uuid=%s" % i["org"], lo=0, hi=2)
        return
    if style == "json":
        sc.L(log, "Info", "SelfProfile.cpp", "SelfProfile::onLoaded", "self=" + json.dumps({"userId": i["uid"], "email": i["email"], "orgId": i["org"], "displayName": i["name"], "type": "PERSON"}, ensure_ascii=False))
    elif style == "kv":
        sc.L(log, "Info", "AuthManager.cpp", "AuthManager::onTokenReady", "signed in: email=%s uuid=%s org=%s ci=ci-a" % (i["email"], i["uid"], i["org"]))
    elif style == "lines":
        sc.L(log, "Info", "SessionInfo.cpp", "SessionInfo::dump", "---- session ----")
        for k, v in (("user.email", i["email"]), ("user.id", i["uid"]), ("org.id", i["org"]), ("cluster", "US-A")):
            sc.L(log, "Info", "SessionInfo.cpp", "SessionInfo::dump", "  %-12s: %s" % (k, v), lo=0, hi=2)
    elif style == "block":
        sc.L(log, "Info", "AccountStore.swift", "AccountStore.save(_:)", "account persisted:")
        sc.raw(log, ["    email: %s" % i["email"], "    userId: %s" % i["uid"], "    orgId: %s" % i["org"], "    name: %s" % i["name"]])


def entitlements(sc, log, ents, style="json_split"):
    p = log.plat
    if style == "json_split":
        sc.L(log, "Info", "EntitlementService.cpp", "EntitlementService::onFetched", "user entitlements fetched:")
        body = ["\"entitlements\": ["] + ["  \"%s\"%s" % (e, "," if k < len(ents) - 1 else "") for k, e in enumerate(ents)] + ["],"]
        sc.raw(log, body)
    elif style == "inline":
        sc.L(log, "Info", "FeatureGate.cpp", "FeatureGate::evaluate", "entitlements: %s" % ", ".join(ents))
    elif style == "kv":
        if p == "android":
            sc.A(log, "Info", "WxEntitlement", "entitlements=[%s] count=%d" % (",".join(ents), len(ents)))
        else:
            sc.L(log, "Info", "UserServices.cpp", "UserServices::update", "entitlements=[%s]" % ",".join(ents))
    elif style == "perline":
        for k, e in enumerate(ents):
            if p == "android":
                sc.A(log, "Debug", "WxEntitlement", "entitlement[%d] = %s" % (k, e), lo=0, hi=3)
            else:
                sc.L(log, "Debug", "EntitlementCache.cpp", "EntitlementCache::dump", "entitlement[%d] = %s" % (k, e), lo=0, hi=3)
    elif style == "json_line":
        if p == "android":
            sc.A(log, "Info", "WxEntitlement", json.dumps({"entitlements": ents}))
        else:
            sc.L(log, "Info", "UserProfileModel.swift", "UserProfileModel.update(_:)", json.dumps({"entitlements": ents}))


def calling_behavior(sc, log, value, style="kv", org_value=None):
    p = log.plat
    org_value = org_value or value
    if p == "android":
        sc.A(log, "Info", "WxCallingPolicy", "callingBehavior user=%s org=%s" % (value, org_value))
        return
    if style == "kv":
        sc.L(log, "Info", "CallingPolicy.cpp", "CallingPolicy::resolve", "callingBehavior=%s orgCallingBehavior=%s" % (value, org_value))
    elif style == "json":
        sc.L(log, "Info", "CallingPolicy.cpp", "CallingPolicy::onOrgSettings", json.dumps({"callingBehavior": value, "source": "user", "orgDefault": org_value}))
    else:
        sc.L(log, "Info", "TelephonyPolicy.swift", "TelephonyPolicy.evaluate()", "Calling behaviour resolved to %s" % value)


def bwc_init(sc, log, style="a"):
    p = log.plat
    if p == "android":
        sc.A(log, "Info", "BWC", "BWC:SCF: BroadWorks calling stack init (lib 12.6.3)")
        return
    if p == "ios" and style == "csf":
        sc.CSF(log, "Info", "bwc/BroadWorksManager.cpp(142)", "csf.bwc", "start", "BWC:SCF: BroadWorks calling library started, version 12.6.3")
        return
    sc.L(log, "Info", "BroadWorksManager.cpp", "BroadWorksManager::start", "BWC:SCF: BroadWorks calling library started (bwc 12.6.3)")


def token_step(sc, log, status, style, t, gap=(0, 3), err_body=None):
    body = None
    if status == 200:
        body = None
    elif err_body is not None:
        body = err_body
    http(sc, log, "GET", idp_url(sc), t, status, style, req_hdrs=["Authorization: Bearer <ci-token>"], body=body, gap=gap, thr=1)


def device_step(sc, log, status, style, t, devices, gap=(0, 3), challenge=False, t2=None, body_status=None, err_body=None):
    url = xsi_url(sc)
    ua = "User-Agent: WebexTeams (%s/%s)" % (sc.id["platname"], sc.id["version"])
    if challenge:
        http(sc, log, "GET", url, t, 401, style, req_hdrs=[ua],
             resp_hdrs=["WWW-Authenticate: Digest realm=\"BroadWorks\", qop=\"auth\", nonce=\"%s\"" % hexid(sc.rng, 24)], gap=gap)
        sc.noise(log, 0, 2)
        http(sc, log, "GET", url, t2 or t, status, style,
             req_hdrs=[ua, "Authorization: Digest username=\"%s\", realm=\"BroadWorks\", uri=\"/com.broadsoft.xsi-actions/...\", response=\"%s\"" % (sc.id["bwuser"], hexid(sc.rng, 32))],
             body=(access_devices_xml(sc, sc.id["xsp"], devices, sc.id["bwuser"]) if status == 200 else err_body), gap=gap)
        return
    http(sc, log, "GET", url, t, status, style, req_hdrs=[ua, "Authorization: Bearer <bw-jwt>"],
         body=(access_devices_xml(sc, sc.id["xsp"], devices, sc.id["bwuser"]) if status == 200 else err_body), gap=gap)


def dms_step(sc, log, status, style, t, kind, body, gap=(0, 3), challenge=False, t2=None):
    url = dms_url(sc, kind)
    if challenge:
        http(sc, log, "GET", url, t, 401, style,
             resp_hdrs=["WWW-Authenticate: Digest realm=\"BroadWorks\", qop=\"auth\", nonce=\"%s\", algorithm=MD5" % hexid(sc.rng, 24)], gap=gap)
        sc.noise(log, 0, 2)
        http(sc, log, "GET", url, t2 or t, status, style,
             req_hdrs=["Authorization: Digest username=\"%s\", realm=\"BroadWorks\", uri=\"%s\", qop=auth, nc=00000001" % (sc.id["sipuser"], url.split("/", 3)[3] and "/" + url.split("/", 3)[3])],
             body=body if status == 200 else None, gap=gap)
        return
    http(sc, log, "GET", url, t, status, style, body=body if status == 200 else None, gap=gap,
         req_hdrs=["X-BroadWorks-Token: <bw-jwt>"])


def pick_device(sc, log, dtype):
    p = log.plat
    i = sc.id
    if p == "android":
        sc.A(log, "Info", "BWC", "BWC:SCF: ConfigDownload - matched access device type '%s' linePort=%s@%s" % (dtype, i["sipuser"], i["domain"]))
    else:
        sc.L(log, "Info", "BroadWorksConfigDownloader.cpp", "BroadWorksConfigDownloader::selectDevice",
             "BWC:SCF: ConfigDownload - selected access device '%s' (linePort %s@%s)" % (dtype, i["sipuser"], i["domain"]))


def config_summary(sc, log, style="a"):
    i = sc.id
    p = log.plat
    msg = "BWC:SCF: configuration applied - proxy %s:%s transport %s sip-user %s domain %s" % (i["sbc_host"], i["sbc_port"], i["transport"], i["sipuser"], i["domain"])
    if p == "android":
        sc.A(log, "Info", "BWC", msg)
    else:
        sc.L(log, "Info", "BroadWorksCallControl.cpp", "BroadWorksCallControl::applyConfig", msg)


def connect_line(sc, log, ip, port, ok=True, why=None):
    i = sc.id
    if log.plat == "android":
        sc.A(log, "Info", "BWC", "BWC:NET: DNS %s -> %s" % (i["sbc_host"], ip))
        if ok:
            sc.A(log, "Info", "BWC", "BWC:TRANSPORT: %s socket to %s:%s established (local %s:%s)" % (i["transport"], ip, port, i["lip"], i["lport"]))
        return
    sc.L(log, "Debug", "DnsResolver.cpp", "DnsResolver::onResult", "BWC:NET: %s resolved to %s (ttl 300)" % (i["sbc_host"], ip))
    if ok:
        sc.L(log, "Info", "TlsTransport.cpp" if i["transport"] == "TLS" else "TcpTransport.cpp", "Transport::onConnected",
             "BWC:TRANSPORT: connected %s %s:%s -> %s:%s" % (i["transport"], i["lip"], i["lport"], ip, port))


def new_dialog(sc, compact=False):
    i = sc.id
    ua = "Webex/%s (%s) BWC/12.6.3" % (i["version"], i["platname"])
    return SipDialog(sc, i["sipuser"], i["domain"], i["lip"], int(i["lport"]), transport=i["transport"], ua=ua,
                     compact=compact, instance=i.get("instance"))


def register_ok(sc, log, dlg, remote, so, si, challenge=401, others=(), proxy_auth=None):
    """REGISTER -> challenge -> REGISTER(auth) -> 200 with own contact."""
    local = "%s:%s" % (sc.id["lip"], sc.id["lport"])
    sip(sc, log, "out", dlg.register(), remote, local, so, transport=dlg.tr)
    if challenge:
        sc.clock.tick(20, 120)
        sip(sc, log, "in", dlg.challenge(challenge), remote, local, si, transport=dlg.tr)
        sc.clock.tick(5, 40)
        sip(sc, log, "out", dlg.register(auth="BroadWorks", proxy_auth=(challenge == 407)), remote, local, so, transport=dlg.tr)
    sc.clock.tick(20, 150)
    contacts = [dlg.contact(3600)] + list(others)
    sip(sc, log, "in", dlg.response(200, "OK", contacts=contacts, extra=["Expires: 3600", "Date: %s" % sc.clock.t.strftime("%a, %d %b %Y %H:%M:%S GMT")]),
        remote, local, si, transport=dlg.tr)


def registered_ui(sc, log, style="a"):
    p = log.plat
    if p == "android":
        sc.A(log, "Info", "BWC", "BWC:SCF: line 1 state REGISTERED")
        sc.A(log, "Info", "WxCallingUi", "phone services: SSO session - signed in")
        return
    sc.L(log, "Info", "BroadWorksLineManager.cpp", "BroadWorksLineManager::onRegistrationState", "BWC:SCF: line 1 -> REGISTERED (expires 3600)")
    sc.L(log, "Info", "PhoneServicesViewModel.cpp", "PhoneServicesViewModel::refresh", "Phone services: SSO Session: You are signed in")
