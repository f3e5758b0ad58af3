"""A configurable client sign-in / registration flow.

Each bundle sets a context `c` (identity, platform, printing styles, outcome
of every step) and calls `run(c)`. The printing varies by platform and by the
style keys so that no two bundles print the same facts the same way."""
import json
from lib import *


class C:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def get(self, k, d=None):
        return self.__dict__.get(k, d)


def tid(c):
    st = c.get("tid_style", "u")
    r = c.rng
    if st == "u":
        return "CLIENT_%s" % U(r)
    if st == "un":
        return "CLIENT_%s_%d" % (U(r), r.randrange(2, 60))
    if st == "hex":
        return "CLIENT%s" % hexs(r, 32).upper()
    raise ValueError(st)


# ------------------------------------------------------------------ printing wrappers
def bw(c, level, comp, func, msg):
    """a BWC line; on iOS some builds still print the CSF shape"""
    if c.get("csf"):
        c.LB.csf(level, "Sources/bwc/%s.cpp" % comp, "bwc.%s" % comp.lower()[:10], "%s::%s" % (comp, func), msg)
    else:
        c.LB.emit(level, comp, func, msg)


def app(c, level, comp, func, msg):
    if c.get("csf_app"):
        c.L.csf(level, "Webex/Sources/%s.mm" % comp, "app.%s" % comp.lower()[:8], func, msg)
    else:
        c.L.emit(level, comp, func, msg)


# ------------------------------------------------------------------ steps
def step_start(c):
    p, v = c.platform, c.version
    w = c.get("start_words", 0)
    if p == "Windows":
        if w == 0:
            app(c, "Info", "WebexApplication", "start", "==== Webex %s (64-bit) starting; OS: Windows 10 Enterprise 22H2 (10.0.19045.4291) ====" % v)
        else:
            app(c, "Info", "AppBootstrap", "run", "launch app_version=%s os_family=Windows os_build=22631 edition=\"Windows 11 Pro\" arch=x64 locale=nl-NL" % v)
    elif p == "macOS":
        if w == 0:
            app(c, "Info", "SparkAppDelegate.mm", "-[SparkAppDelegate applicationDidFinishLaunching:]", "Webex %s launched on macOS 14.4.1 (23E224) arm64" % v)
        else:
            app(c, "Info", "AppLauncher.swift", "launch(options:)", "app start | product=Webex | build=%s | os=macOS 13.6.6 | cpu=x86_64" % v)
    elif p == "iOS":
        if w == 0:
            c.L.csf("Info", "Webex/App/AppDelegate.swift", "app.launch", "application(_:didFinishLaunchingWithOptions:)",
                    "Launching Webex %s on iPhone15,2, iOS 17.4.1" % v)
        else:
            c.L.emit("Info", "LaunchCoordinator.swift", "begin()", "cold start; appVersion: %s; system: iOS 16.7.7; model: iPhone12,1" % v)
    elif p == "Android":
        if w == 0:
            c.L.emit("Info", "WebexApp", "", "Application.onCreate Webex %s (versionCode %d) Android 14 SDK 34 device=Google Pixel 7 formFactor=phone" % (v, c.rng.randrange(2900000, 2999999)))
        else:
            c.L.emit("Info", "WebexApp", "", "startup: app=Webex ver=%s os=Android 13 (API 33) model=SM-S911B type=PHONE" % v)


def step_identity(c):
    st = c.get("id_style", "json1")
    d = {"id": c.user_id, "emails": [c.email], "displayName": "%s %s" % (c.first, c.last), "orgId": c.org_id,
         "type": "PERSON"}
    if st == "json1":
        app(c, "Info", "SelfProfileStore", "onLoaded", "self profile " + json.dumps(d))
    elif st == "kv":
        app(c, "Info", "AccountManager", "onSignedIn", 'account email=%s userId=%s orgId=%s name="%s %s"' % (
            c.email, c.user_id, c.org_id, c.first, c.last))
    elif st == "lines":
        app(c, "Info", "AccountSummary", "dump", "Signed-in account:")
        c.L.cont(["    email       : %s" % c.email, "    user uuid   : %s" % c.user_id,
                  "    org uuid    : %s" % c.org_id, "    cluster     : urn:TEAM:eu-central-1_k"])
    elif st == "pretty":
        app(c, "Info", "PeopleService", "onMe", "people/me ->")
        c.L.cont(json.dumps({"id": c.user_id, "emails": [c.email], "displayName": "%s %s" % (c.first, c.last),
                             "orgId": c.org_id, "created": "2023-09-14T10:02:11.000Z"}, indent=2).split("\n"))
    else:
        raise ValueError(st)


def step_entitlements(c):
    st = c.get("ent_style", "list")
    ents = c.ents
    if st == "list":
        app(c, "Info", "EntitlementStore", "update", "user entitlements (%d): %s" % (len(ents), ", ".join(ents)))
    elif st == "json_pretty":
        app(c, "Debug", "UserFeatureLoader", "parse", "user record received:")
        c.L.cont(['{', '  "userName": "%s",' % c.email, '  "entitlements": ['] +
                 ['    "%s"%s' % (e, "," if i < len(ents) - 1 else "") for i, e in enumerate(ents)] +
                 ['  ],', '  "licenseID": ["%s"]' % ("MS_%s" % U(c.rng)), '}'])
    elif st == "json1":
        app(c, "Info", "UserFeatureLoader", "parse", json.dumps({"entitlements": ents}))
    elif st == "kv":
        app(c, "Info", "Entitlements", "", "entitlements=%s" % ",".join(ents))
    elif st == "lines":
        app(c, "Info", "EntitlementStore", "dump", "entitlements:")
        c.L.cont(["  - %s" % e for e in ents])
    cb = c.get("behavior", "NATIVE_WEBEX_TEAMS_CALLING")
    cst = c.get("cb_style", "kv")
    if cst == "kv":
        app(c, "Info", "CallingPolicy", "evaluate", "callingBehavior=%s source=%s" % (cb, c.get("cb_source", "org")))
    elif cst == "json":
        app(c, "Debug", "CallingPolicy", "evaluate", json.dumps({"callingBehavior": cb, "userOverride": False}))
    elif cst == "words":
        app(c, "Info", "CallingPolicy", "evaluate", "effective calling behaviour: %s" % cb)


def step_bwc_init(c):
    p = c.platform
    w = c.get("bwc_words", 0)
    if w == 0:
        bw(c, "Info", "BroadWorksCallControl", "initialize", "BWC:SCF: calling library %s starting (device class %s)" % (
            c.get("bwc_ver", "3.9.114"), c.devtype))
    else:
        bw(c, "Info", "BwcEngine", "start", "BWC:INTERNAL: engine up, sip stack tp-9.2, media wme-16, profile target '%s'" % c.devtype)
    bw(c, "Debug", "BroadWorksCallControl", "initialize", "BWC:SCF: xsi root https://%s/com.broadsoft.xsi-actions/v2.0" % c.xsp)


def xsi_url(c):
    return "https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device" % (c.xsp, c.bwid.replace("@", "%40"))


def step_token(c):
    t = tid(c)
    c.tok_tid = t
    c.tok_ts = c.clock.t
    st = c.get("tok_status", 200)
    reason = {200: "OK", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
              401: "Unauthorized", 403: "Forbidden"}[st]
    body = None
    if st == 200:
        body = ['{"token":"eyJhbGciOiJSUzI1NiJ9.<redacted>","tokenType":"BroadWorks-LLT","expiresIn":%d}' % (3600 * c.rng.choice([12, 24, 48]))]
    else:
        body = c.get("tok_body")
    http(c.LT, c.get("tok_style", "json2"), "BroadWorksTokenProvider", "fetchJwt", c.get("tok_method", "GET"), c.idp_url,
         t, st, reason, req_headers=[("Authorization", "Bearer <ci-token redacted>"), ("Accept", "application/json")],
         resp_headers=[("Content-Type", "application/json")], body=body, gap=c.get("tok_gap", 3), gap_pool=c.get("pool"))
    if st == 200:
        bw(c, "Info", "BroadWorksTokenProvider", "onJwt", "BWC:SCF: long-lived token stored (valid %d h)" % c.rng.choice([12, 24, 48]))
        return True
    bw(c, "Error", "BroadWorksTokenProvider", "onJwt", c.get("tok_fail_msg", "BWC:SCF: unable to get token for BroadWorks login, aborting"))
    return False


def step_devices(c):
    url = xsi_url(c)
    style = c.get("dev_style", "json")
    hdr = [("Authorization", "Bearer <bw-token redacted>"), ("User-Agent", c.ua_http)]
    st = c.get("dev_status", 200)
    if c.get("dev_digest"):
        t1 = tid(c)
        http(c.LB, style, "XsiClient", "getDevices", "GET", url, t1, 401, "Unauthorized", req_headers=hdr[1:],
             resp_headers=[("WWW-Authenticate", digest_challenge(c.rng, "BroadWorks XSI"))], gap=1, gap_pool=c.get("bpool"))
        bw(c, "Debug", "XsiClient", "onChallenge", "BWC:XSI: digest challenge received, retrying with credentials")
        hdr = [("Authorization", digest_answer(c.rng, c.bwid, "BroadWorks XSI", "/" + url.split("://", 1)[1].split("/", 1)[1])), ("User-Agent", c.ua_http)]
    t = tid(c)
    c.dev_tid = t
    c.dev_ts = c.clock.t
    reason = {200: "OK", 403: "Forbidden", 404: "Not Found", 500: "Internal Server Error"}[st]
    body = device_list(c.devices, pretty=c.get("dev_pretty", True)) if st == 200 else c.get("dev_err_body")
    http(c.LB, style, "XsiClient", "getDevices", "GET", url, t, st, reason, req_headers=hdr,
         resp_headers=[("Content-Type", "application/xml;charset=UTF-8")], body=body, gap=c.get("dev_gap", 2),
         gap_pool=c.get("bpool"))
    if st != 200:
        bw(c, "Error", "BroadWorksConfigDownloader", "onAccessDeviceListFailed",
           c.get("dev_fail_msg", "BWC:SCF: access device list unavailable, login stopped"))
        return False
    types = [d["type"] for d in c.devices]
    if c.devtype not in types:
        m = c.get("dev_missing_msg")
        if m:
            bw(c, "Error", "BroadWorksConfigDownloader", "onAccessDeviceListSucceeded", m)
        return False
    dev = [d for d in c.devices if d["type"] == c.devtype][0]
    bw(c, "Info", "BroadWorksConfigDownloader", "onAccessDeviceListSucceeded",
       "BWC:SCF: %d access devices, using '%s' (%s)" % (len(types), c.devtype, dev["name"]))
    c.dms_url = dev["url"].rstrip("/") + "/config.xml"
    c.dms_user = dev["user"]
    return True


def step_config(c):
    style = c.get("cfg_style", "json")
    st = c.get("cfg_status", 200)
    hdr = [("User-Agent", c.ua_http)]
    if c.get("cfg_digest"):
        t1 = tid(c)
        http(c.LB, style, "DmsClient", "fetchConfig", "GET", c.dms_url, t1, 401, "Unauthorized", req_headers=hdr,
             resp_headers=[("WWW-Authenticate", digest_challenge(c.rng, "BroadWorks"))], gap=1, gap_pool=c.get("bpool"))
        hdr = [("Authorization", digest_answer(c.rng, c.dms_user, "BroadWorks", "/" + c.dms_url.split("://", 1)[1].split("/", 1)[1]))] + hdr
    t = tid(c)
    c.cfg_tid = t
    reason = {200: "OK", 403: "Forbidden", 404: "Not Found", 500: "Internal Server Error"}[st]
    body = None
    if st == 200 and c.get("cfg_print_body", True):
        body = config_xml(c.sip_user, c.sip_user, c.domain, c.cfg_proxy, c.sbc_port, c.xsp, "%s %s" % (c.first, c.last),
                          c.bwid, transport=c.get("transport", "TLS"), extra=c.get("cfg_extra"),
                          pretty=c.get("cfg_pretty", True))
    elif st != 200:
        body = c.get("cfg_err_body")
    http(c.LB, style, "DmsClient", "fetchConfig", "GET", c.dms_url, t, st, reason, req_headers=hdr,
         resp_headers=[("Content-Type", "text/xml")], body=body, gap=c.get("cfg_gap", 1), gap_pool=c.get("bpool"))
    if st != 200:
        bw(c, "Error", "BroadWorksConfigDownloader", "onConfigDownloadFailed",
           c.get("cfg_fail_msg", "BWC:SCF: device configuration could not be downloaded"))
        return False
    if c.get("cfg_parse_fail"):
        for lv, comp, fn, m in c.cfg_parse_fail:
            bw(c, lv, comp, fn, m)
        return False
    bw(c, "Info", "BroadWorksCallControl", "createConfig", c.get("cfg_ok_msg",
        "BWC:SCF: config applied: line %s, outbound proxy %s:%s/%s" % (c.sip_user, c.cfg_proxy, c.sbc_port, c.get("transport", "TLS"))))
    if c.get("after_config"):
        return c.after_config(c)
    return True


# ------------------------------------------------------------------ SIP
def tx(c, lines):
    h = c.sip_tx.format(peer=c.peer, tr=c.get("transport", "TLS"), n=len("\r\n".join(lines)))
    sip_out(c.LB, c.sip_style, "Info", c.get("sip_comp", "SipTransport"), "send", h, lines, eol=c.get("sip_eol", ""),
            prefix=c.get("sip_prefix", ""))


def rx(c, lines):
    h = c.sip_rx.format(peer=c.peer, tr=c.get("transport", "TLS"), n=len("\r\n".join(lines)))
    sip_out(c.LB, c.sip_style, "Info", c.get("sip_comp", "SipTransport"), "onData", h, lines, eol=c.get("sip_eol", ""),
            prefix=c.get("sip_prefix", ""))


SRV = "Server: EdgeGuard-SBC/7.4.2"


def registered_lines(c):
    bw(c, "Info", "BroadWorksLineManager", "onRegistered", c.get("reg_ok_msg", "BWC:SCF: line 1 registered, binding valid for 3600 s"))
    app(c, "Info", "PhoneServicesModel", "setState", c.get("ui_ok_msg", "phone services state changed -> CONNECTED (SSO session: you are signed in)"))


def step_sip(c):
    r = c.rng
    tr = c.get("transport", "TLS")
    ua = Ua(r, c.sip_user, c.domain, c.local, tr, c.ua_sip, public=c.public)
    c.ua = ua
    compact = c.get("compact", False)
    scen = c.sip
    ips = c.get("sbc_ips", [c.sbc_ip])
    bw(c, "Debug", "SipResolver", "resolve", "BWC:SIP: %s resolved to %s" % (c.cfg_proxy, ", ".join(ips)))
    c.peer = "%s:%s" % (ips[0], c.sbc_port)
    if tr != "UDP":
        if scen == "refused":
            for i in range(c.get("refused_tries", 3)):
                bw(c, "Info", "SipTransport", "connect", "BWC:SIP: opening %s flow to %s" % (tr, c.peer))
                c.clock.tick(0.5, 1.5)
                for lv, m in c.refused_msgs:
                    bw(c, lv, "SipTransport", "onConnectError", m.format(peer=c.peer, i=i + 1))
                c.clock.jump(r.choice([4, 8, 16]))
            for lv, m in c.get("refused_final", []):
                bw(c, lv, "BroadWorksLineManager", "onRegisterFailed", m.format(peer=c.peer))
            return "failed"
        bw(c, "Info", "SipTransport", "onConnected", "BWC:SIP: %s flow up %s -> %s" % (tr, c.local, c.peer))

    if scen == "failover":
        first = ua.register(compact=compact)
        tx(c, first)
        t = 0.5
        el = 0.5
        n = 1
        while el < 32:
            c.clock.jump(t)
            bw(c, "Debug", "SipTransaction", "onTimerE", "BWC:SIP: retransmit REGISTER %s to %s (#%d)" % (ua.branch, c.peer, n))
            n += 1
            t = min(t * 2, 4)
            el += t
        c.clock.jump(32 - (el - t))
        bw(c, "Warning", "SipTransaction", "onTimerF", "BWC:SIP: transaction %s REGISTER got no answer from %s within 32000 ms (timer F)" % (ua.branch, c.peer))
        c.peer = "%s:%s" % (ips[1], c.sbc_port)
        bw(c, "Info", "SipRegistrar", "failover", "BWC:SIP: switching registrar to next address %s" % c.peer)

    reg = ua.register(compact=compact)
    tx(c, reg)
    if scen == "timerf":
        for lv, m in c.timerf_msgs_pre:
            bw(c, lv, "SipTransaction", "wait", m.format(peer=c.peer, b=ua.branch))
        t0 = c.clock.t
        c.LB.noise(5, 1, 4, pool=c.get("bpool") or NOISE_BWC)
        left = 32.0 - (c.clock.t - t0).total_seconds()
        if left > 0:
            c.clock.jump(left)
        for lv, m in c.timerf_msgs:
            bw(c, lv, "SipTransaction", "onTimeout", m.format(peer=c.peer, b=ua.branch))
        return "failed"
    proxy = scen == "proxy_loop"
    chal = ua.challenge(c.get("realm", "BroadWorks"), proxy=proxy)
    code, reason = (407, "Proxy Authentication Required") if proxy else (401, "Unauthorized")
    rx(c, ua.response(code, reason, extra=[chal, ("Server", SRV[8:])], compact=compact))
    if scen in ("auth_loop", "proxy_loop"):
        for i in range(c.get("loops", 3)):
            reg = ua.register(auth=None if proxy else c.get("realm", "BroadWorks"),
                              proxy_auth=c.get("realm", "BroadWorks") if proxy else None, compact=compact)
            tx(c, reg)
            c.clock.tick(0.05, 0.3)
            rx(c, ua.response(code, reason, extra=[ua.challenge(c.get("realm", "BroadWorks"), stale=True, proxy=proxy),
                                                    ("Server", SRV[8:])], compact=compact))
            for lv, m in c.get("loop_msgs", []):
                bw(c, lv, "SipAuth", "onChallenge", m.format(i=i + 1))
        for lv, m in c.loop_final:
            bw(c, lv, "BroadWorksLineManager", "onRegisterFailed", m)
        return "failed"
    reg = ua.register(auth=c.get("realm", "BroadWorks"), compact=compact)
    tx(c, reg)
    c.clock.tick(0.05, 0.4)
    if scen == "reject":
        rx(c, ua.response(c.rej_code, c.rej_reason, extra=[("Server", SRV[8:])] + c.get("rej_extra", []), compact=compact))
        for lv, m in c.rej_msgs:
            bw(c, lv, "BroadWorksLineManager", "onRegisterFailed", m)
        return "failed"
    rx(c, ua.response(200, "OK", contacts=[ua.contact(3600)], extra=[("Expires", "3600"), ("Server", SRV[8:])],
                      compact=compact))
    registered_lines(c)
    if scen == "displaced_notify":
        displaced_notify(c)
    elif scen == "displaced_refresh":
        displaced_refresh(c)
    return "ok"


def displaced_notify(c):
    r = c.rng
    ua = c.ua
    c.LB.noise(3, pool=c.get("bpool") or NOISE_BWC)
    sub_cid = "%s@%s" % (hexs(r, 16), c.local.split(":")[0])
    stag = hexs(r, 8)
    sub = sip("SUBSCRIBE sip:%s@%s SIP/2.0" % (c.sip_user, c.domain), [
        ("Via", "SIP/2.0/%s %s;branch=z9hG4bK%s;rport" % (c.get("transport", "TLS"), c.local, hexs(r, 12))),
        ("Max-Forwards", "70"), ("From", "<sip:%s@%s>;tag=%s" % (c.sip_user, c.domain, stag)),
        ("To", "<sip:%s@%s>" % (c.sip_user, c.domain)), ("Call-ID", sub_cid), ("CSeq", "1 SUBSCRIBE"),
        ("Contact", "<%s>" % ua.contact_uri), ("Event", "reg"), ("Accept", "application/reginfo+xml"),
        ("Expires", "3600"), ("User-Agent", c.ua_sip)])
    tx(c, sub)
    rtag = hexs(r, 10)
    rx(c, sip("SIP/2.0 200 OK", [
        ("Via", "SIP/2.0/%s %s;branch=z9hG4bK%s;received=%s" % (c.get("transport", "TLS"), c.local, hexs(r, 12), c.public.split(":")[0])),
        ("From", "<sip:%s@%s>;tag=%s" % (c.sip_user, c.domain, stag)),
        ("To", "<sip:%s@%s>;tag=%s" % (c.sip_user, c.domain, rtag)), ("Call-ID", sub_cid), ("CSeq", "1 SUBSCRIBE"),
        ("Expires", "3600"), ("Contact", "<sip:%s:%s;transport=%s>" % (c.sbc_ip, c.sbc_port, c.get("transport", "TLS").lower()))]))
    aor = "sip:%s@%s" % (c.sip_user, c.domain)

    def notify(ver, state, contacts, cseq):
        body = reginfo(aor, ver, state, contacts)
        return sip("NOTIFY %s SIP/2.0" % ua.contact_uri, [
            ("Via", "SIP/2.0/%s %s:%s;branch=z9hG4bK%s" % (c.get("transport", "TLS"), c.sbc_ip, c.sbc_port, hexs(r, 12))),
            ("Max-Forwards", "69"), ("From", "<sip:%s@%s>;tag=%s" % (c.sip_user, c.domain, rtag)),
            ("To", "<sip:%s@%s>;tag=%s" % (c.sip_user, c.domain, stag)), ("Call-ID", sub_cid),
            ("CSeq", "%d NOTIFY" % cseq), ("Event", "reg"), ("Subscription-State", "active;expires=%d" % r.randrange(1800, 3600)),
            ("Content-Type", "application/reginfo+xml")], body=body)

    def ok(cseq):
        return sip("SIP/2.0 200 OK", [
            ("Via", "SIP/2.0/%s %s:%s;branch=z9hG4bK%s" % (c.get("transport", "TLS"), c.sbc_ip, c.sbc_port, hexs(r, 12))),
            ("From", "<sip:%s@%s>;tag=%s" % (c.sip_user, c.domain, rtag)),
            ("To", "<sip:%s@%s>;tag=%s" % (c.sip_user, c.domain, stag)), ("Call-ID", sub_cid), ("CSeq", "%d NOTIFY" % cseq)])

    own = ua.contact_uri
    rx(c, notify(0, "full", [("c1", "active", "registered", own)], 1))
    tx(c, ok(1))
    c.LB.noise(c.get("displace_noise", 60), 2, 30, pool=c.get("bpool") or NOISE_BWC_REG)
    c.L.noise(40, 1, 10) if c.L is not c.LB else None
    other = c.other_contact
    rx(c, notify(1, "partial", [("c1", "terminated", "rejected", own), ("c2", "active", "created", other)], 2))
    tx(c, ok(2))
    for lv, m in c.displaced_msgs:
        bw(c, lv, "BroadWorksLineManager", "onRegInfo", m)


def displaced_refresh(c):
    ua = c.ua
    c.LB.noise(c.get("displace_noise", 60), 5, 40, pool=c.get("bpool") or NOISE_BWC_REG)
    c.L.noise(200, 2, 9)
    bw(c, "Debug", "BroadWorksLineManager", "refresh", "BWC:SCF: refreshing registration of line 1")
    reg = ua.register(auth=c.get("realm", "BroadWorks"), compact=c.get("compact", False))
    tx(c, reg)
    rx(c, ua.response(200, "OK", contacts=["<%s>;expires=%d" % (c.other_contact, c.rng.randrange(3000, 3590))],
                      extra=[("Expires", "3600"), ("Server", SRV[8:])], compact=c.get("compact", False)))
    for lv, m in c.displaced_msgs:
        bw(c, lv, "BroadWorksLineManager", "onRefreshResponse", m)


# ------------------------------------------------------------------ driver
def run(c):
    """runs the flow; returns the furthest step reached"""
    P = c.get("pool")
    c.L.noise(c.get("n0", 25), pool=P)
    step_start(c)
    c.L.noise(c.get("n1", 60), pool=P)
    if c.get("pre_identity"):
        c.pre_identity(c)
    step_identity(c)
    c.L.noise(c.get("n2", 30), pool=P)
    step_entitlements(c)
    if c.get("after_ents"):
        c.after_ents(c)
    if not c.get("bwc", True):
        c.L.noise(c.get("n_tail", 300), pool=P)
        return "entitlements"
    c.L.noise(c.get("n3", 20), pool=P)
    step_bwc_init(c)
    c.L.noise(c.get("n4", 15), pool=P)
    if not step_token(c):
        c.L.noise(c.get("n_tail", 300), pool=P)
        return "token"
    c.L.noise(c.get("n5", 8), pool=P)
    if not step_devices(c):
        c.L.noise(c.get("n_tail", 300), pool=P)
        return "devices"
    c.LB.noise(c.get("n6", 4), pool=c.get("bpool"))
    if not step_config(c):
        c.L.noise(c.get("n_tail", 300), pool=P)
        return "config"
    res = step_sip(c)
    if c.get("after_sip"):
        c.after_sip(c)
    c.L.noise(c.get("n_tail", 300), pool=P)
    if c.L is not c.LB:
        c.LB.noise(c.get("nb_tail", 60), 5, 60, pool=c.get("bpool") or (NOISE_BWC_REG if res == "ok" else NOISE_BWC))
    return res
