#!/usr/bin/env python3
"""Build every bundle of set E and expected.json.

    python3 gen/make.py            (run from /work/blind/E or anywhere)

Deterministic: every random choice is seeded with the bundle name; zip
entries carry a fixed date; gzip members have mtime 0.
"""
import json
import os
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from core import Ctx, LogFile, zip_bytes, gz_bytes, write_zip, write_folder, fmt_csf, fmt_logcat  # noqa: E402
from common import person, client_logs, split_rotated, data, media_log, appledouble  # noqa: E402
from profiles import build  # noqa: E402
from client import Flow  # noqa: E402
from noise import noise  # noqa: E402
from httpfmt import HttpPrinter  # noqa: E402
from sip import SipPrinter  # noqa: E402
import server as SV  # noqa: E402

EXPECTED = {}
STEPS = ["app-start", "entitlements", "bwc-init", "token", "device-list", "config-download", "sip-register", "registered"]


def tl(fail=None, stop_after=None, omit=()):
    out = {}
    state = "ok"
    for s in STEPS:
        if s == fail:
            out[s] = "failed"
            state = "not-seen"
            continue
        out[s] = state
        if s == stop_after:
            state = "not-seen"
    for s in omit:
        out.pop(s, None)
    return out


def base_facts(P, reached):
    """Facts the log of a client run really contains, given how far it got."""
    f = {"client_version": P["version"], "platform": P["platform"]}
    order = ["start", "ident", "xsi", "cfg", "sip"]
    r = order.index(reached)
    if r >= 1:
        f.update(user_email=P["email"], user_id=P["user_id"], org_id=P["org_id"])
    if r >= 2:
        f.update(broadworks_user_id=P["bw_user"], xsp=P["xsp"])
    if r >= 3:
        f.update(sip_user=P["sip_user"], sbc=f"{P['sbc_host']}:{P['sbc_port']}")
    if r >= 4:
        f.update(sbc_address=f"{P['sbc_ip']}:{P['sbc_port']}")
    return f


def emit(name, entries, kind="zip"):
    path = os.path.join(OUT, name)
    if kind == "zip":
        write_zip(path, entries)
    else:
        write_folder(path, entries)


def expect(name, scenario, must=(), must_not=(), timeline=None, facts=None, **kw):
    e = {"scenario": scenario, "must": list(must)}
    if must_not:
        e["must_not"] = list(must_not)
    for k in ("must_not_errors", "unexplained_stop", "codes"):
        if k in kw:
            e[k] = kw[k]
    if timeline:
        e["timeline"] = timeline
    if facts:
        e["facts"] = facts
    EXPECTED[name] = e


def T(y, mo, d, h, mi, s=0, ms=0):
    return datetime(y, mo, d, h, mi, s, ms * 1000)


CLIENT_ERR = ["entitlement-missing", "conflicting-calling-entitlement", "calling-behavior-not-webex",
              "multiple-calling-services", "activation-portal-error", "directory-sync-error", "token-fetch-failed",
              "xsi-request-failed", "device-profile-missing", "config-download-failed", "config-parse-failed",
              "unresolved-config-tag", "sip-auth-failed", "sip-register-rejected", "sip-register-timeout",
              "registration-displaced"]


# ===========================================================================
# healthy client bundles
# ===========================================================================

def e911_tail(f):
    """an unrelated E911 location service failure (as in public Cisco logs)"""
    f.noise(3, 6)
    f.w.rec("E", "E911RedSkyHttpRequester.cpp:97", "E911RedSkyHttpRequester::getAccessTokenRequest::<lambda_2>::operator ()",
            "E911RedSky: ERROR: request http or server error 401")
    f.noise(2, 4)


def ced_bytes(name):
    r = Ctx(name + "ced", T(2024, 1, 1, 0, 0)).rng
    return b"CED1" + bytes(r.getrandbits(8) for _ in range(508))


def b01():
    name = "E01_win_healthy_partnerhub.zip"
    c = Ctx(name, T(2024, 5, 14, 7, 55, 1, 123))
    P = person(c, "Mara", "Lindqvist", "Windows", "44.5.0.29672", "2145550142@example.net")
    files, f = client_logs(c, "win_new", P, {"tail": e911_tail}, pr={"noise_scale": 16})
    root = f"{P['email']}/2024-05-14T08-31-07Z/"
    entries = [(root + "current_log.txt", files["main"].data()),
               (root + "media/wme_20240514.log", media_log(Ctx(name + "m", T(2024, 5, 14, 8, 2)), 60)),
               (root + "ced.dat", ced_bytes(name))]
    emit(name, entries)
    fx = base_facts(P, "sip")
    fx["tracking_ids"] = [f.tids["xsi"][-1]]
    expect(name, "Windows 44.5 healthy sign-in and registration (401 challenge then 200 with own contact). Guide line grammar, "
           "HTTP as one-line request + later answer naming only the TrackingID, SIP as announce line + raw LF message; "
           "identity as one-line JSON; unrelated E911 401 and ced.dat/media noise. Partner Hub layout <email>/<ts>/.",
           must_not=CLIENT_ERR, must_not_errors=True, timeline=tl(), facts=fx)


def b02():
    name = "E02_mac_healthy_folder"
    c = Ctx(name, T(2024, 6, 3, 13, 2, 44, 901))
    P = person(c, "Tobias", "Renner", "macOS", "44.4.0.29432", "tobias.renner@bw.example.net", domain="bw.example.net",
               sbc_host="sbc-east.bw.example.net", sbc_port=5061, sbc_ip="203.0.113.44", xsp="xsp-a.bw.example.net",
               idp_url="https://broadworks-idp-proxy-b.example.com/broadworks-idp-proxy/api/v1/jwt?format=bw")
    files, f = client_logs(c, "mac_json", P, {}, targets=("main", "bwc"), pr={"noise_scale": 12})
    root = "Users/trenner/Library/Logs/SparkMacDesktop/"
    entries = [(root + "current_log.txt", files["main"].data()),
               (root + "bwc/current_log.txt", files["bwc"].data()),
               (root + "media/wme_0603.log", media_log(Ctx(name + "m", T(2024, 6, 3, 13, 10)), 30))]
    emit(name, entries, "folder")
    fx = base_facts(P, "sip")
    fx["tracking_ids"] = [f.tids["token"][-1]]
    expect(name, "macOS healthy; BWC lines in bwc/current_log.txt, app lines in current_log.txt. HTTP as JSON objects "
           "(REST >> / REST <<, body inside JSON), SIP with the start line on the announcing line and headers after, "
           "identity as pretty JSON over many lines. Plain folder.",
           must_not=CLIENT_ERR, must_not_errors=True, timeline=tl(), facts=fx)


def b03():
    name = "E03_ios_healthy_gz.zip"
    c = Ctx(name, T(2024, 7, 9, 6, 41, 5, 37))
    P = person(c, "Aiko", "Brandt", "iOS", "44.6.0.30139", "6125550143@example.org", domain="example.org",
               sbc_host="vsbc.example.org", sbc_port=5065, sbc_ip="198.51.100.200", xsp="xsp.example.org",
               idp_url="https://broadworks-idp-proxy-a.example.com/broadworks-idp-proxy/v2/token")
    files, f = client_logs(c, "ios_swift", P, {"challenge": "proxy"}, pr={"noise_scale": 13})
    old, new = split_rotated(files["main"].lines, 0.35)
    entries = [("WebexLogs/current_log.txt", data(new)),
               ("WebexLogs/current_log_1.txt.gz", gz_bytes(data(old))),
               ("WebexLogs/device_info.txt", f"model={P['device_model']}\nsystem={P['os_name']} {P['os_ver']}\napp={P['version']}\n".encode())]
    emit(name, entries)
    fx = base_facts(P, "sip")
    fx["tracking_ids"] = [f.tids["xsi"][-1]]
    expect(name, "iOS healthy; 407 Proxy-Authenticate challenge answered, then 200. Swift lines in guide grammar mixed with "
           "CSF-shaped BWC/SIP lines; SIP whole message on one line with escaped \\r\\n and compact headers (v:, f:, t:, i:, m:, l:); "
           "HTTP as NSURLSession task lines; identity via CSF logger; older half rotated into current_log_1.txt.gz.",
           must_not=CLIENT_ERR, must_not_errors=True, timeline=tl(), facts=fx)


def b04():
    name = "E04_android_healthy_logcat.zip"
    c = Ctx(name, T(2024, 8, 21, 15, 12, 9, 400))
    P = person(c, "Dario", "Kessel", "Android", "44.7.1.30544", "3035550190@example.org", domain="example.org",
               sbc_host="sbc2.example.org", sbc_port=5061, sbc_ip="203.0.113.77", xsp="xsp2.example.org",
               idp_url="https://broadworks-idp-proxy-c.example.com/broadworks-idp-proxy/api/v1/users/token")
    files, f = client_logs(c, "android_okhttp", P, {}, pr={"noise_scale": 12})
    hdr = "--------- beginning of main"
    entries = [("logs/logcat.txt", data([hdr] + files["main"].lines)),
               ("logs/app_info.json", json.dumps({"package": "com.cisco.wx2.android", "versionName": P["version"]}, indent=1).encode())]
    emit(name, entries)
    fx = base_facts(P, "sip")
    fx["tracking_ids"] = [f.tids["dms"][-1]]
    expect(name, "Android healthy; logcat -v threadtime (no year). HTTP in OkHttp interceptor style (--> GET / <-- 200 OK url), "
           "each header and body line its own logcat line; SIP with every line carrying the logcat prefix and a '| ' marker, "
           "compact headers; identity with the entitlements array split over lines.",
           must_not=CLIENT_ERR, must_not_errors=True, timeline=tl(), facts=fx)


def b05():
    name = "E05_win_digest_retry_folder"
    c = Ctx(name, T(2024, 9, 2, 9, 30, 0, 5))
    P = person(c, "Ilse", "Moreau", "Windows", "44.8.0.30731", "imoreau@example.net", xsp="xsp3.example.net",
               sbc_host="sbc3.example.net", sbc_ip="203.0.113.30")
    files, f = client_logs(c, "win_lambda", P, {"xsi_challenge": True, "dms_challenge": True})
    entries = [("AppData/Local/CiscoSpark/current_log.txt", files["main"].data())]
    emit(name, entries, "folder")
    fx = base_facts(P, "sip")
    fx["tracking_ids"] = [f.tids["xsi"][-1], f.tids["dms"][-1]]
    expect(name, "Windows healthy: Xsi device list AND DMS config both answer 401 Digest first; the retry with Authorization: "
           "Digest gets 200. Lines with [] after the thread and '::' joining function and message; HTTP as multi-line "
           "request/response dumps; SIP on one line with escaped \\r\\n; identity as key=value.",
           must_not=CLIENT_ERR, must_not_errors=True, timeline=tl(), facts=fx)


def b06():
    name = "E06_win_lastrun_failed_now_ok.zip"
    c = Ctx(name, T(2024, 10, 15, 7, 1, 12, 0))
    P = person(c, "Pavel", "Ostrom", "Windows", "44.9.0.31005", "4695550118@example.net", sbc_ip="203.0.113.61")
    f1, fl1 = client_logs(c, "win_new", P, {"sip": "reject", "code": 503, "tail_noise": (10, 20)})
    c.jump(3600 * 2 + 417)
    f2, fl2 = client_logs(c, "win_new", P, {"resume": True})
    entries = [("CiscoSpark/last_run_current_log.txt", f1["main"].data()),
               ("CiscoSpark/current_log.txt", f2["main"].data())]
    emit(name, entries)
    fx = base_facts(P, "sip")
    fx["tracking_ids"] = [fl2.tids["xsi"][-1]]
    expect(name, "Previous run (last_run_current_log.txt, two hours earlier) got 503 Service Unavailable to REGISTER; the newest "
           "run (current_log.txt) registers normally. Expectations are about the newest run only.",
           must_not=["sip-register-rejected"] + [x for x in CLIENT_ERR if x != "sip-register-rejected"],
           must_not_errors=True, timeline=tl(), facts=fx)


def b07():
    name = "E07_mac_sbc_failover.zip"
    c = Ctx(name, T(2024, 11, 4, 16, 45, 31, 222))
    P = person(c, "Greta", "Hollis", "macOS", "44.10.0.31288", "greta.hollis@example.net",
               sbc_host="sbc.example.net", sbc_ip="203.0.113.21", sbc2_ip="203.0.113.22")
    files, f = client_logs(c, "mac_kv", P, {"sip": "failover"}, targets=("main", "bwc"))
    root = "SparkMacDesktop/"
    entries = [(root + "current_log", files["main"].data()),
               (root + "bwc/current_log", files["bwc"].data()),
               ("__MACOSX/SparkMacDesktop/._current_log", appledouble())]
    emit(name, entries)
    fx = base_facts(P, "sip")
    fx.pop("sbc_address")
    fx["tracking_ids"] = [f.tids["dms"][-1]]
    expect(name, "macOS: SRV gives two SBCs; REGISTER to 203.0.113.21:5061 gets no answer (Timer F, 32 s), failover to "
           "203.0.113.22:5061 which challenges (401) and answers 200 with our contact: registered. HTTP as key=value, "
           "SIP with '>> '/'<< ' markers on every prefixed line; files named current_log without extension; __MACOSX entry.",
           must_not=["sip-register-timeout"] + [x for x in CLIENT_ERR if x != "sip-register-timeout"],
           must_not_errors=True, timeline=tl(), facts=fx)


# ===========================================================================
# client failures
# ===========================================================================

def b08():
    name = "E08_win_no_connector_ucm.zip"
    c = Ctx(name, T(2024, 4, 2, 8, 12, 50, 0))
    ents = ["spark", "webex-squared", "squared-call-initiation", "squared-syncup", "cloudmeetings", "squared-fusion-uc"]
    P = person(c, "Nuno", "Farrell", "Windows", "43.12.0.28211", "2145550177@example.net", entitlements=ents,
               calling_behavior="NATIVE_SIP_CALL_TO_UCM")
    files, f = client_logs(c, "win_old", P, {})
    entries = [("Webex_logs/CiscoSpark/current_log.txt", files["main"].data())]
    emit(name, entries)
    fx = base_facts(P, "ident")
    expect(name, "Windows (older build): entitlement list printed one per line lacks broadworks-connector and calling behaviour is "
           "NATIVE_SIP_CALL_TO_UCM; BroadWorks calling never starts.",
           must=["entitlement-missing", "calling-behavior-not-webex"],
           must_not=["token-fetch-failed", "sip-register-timeout", "multiple-calling-services"],
           timeline=tl(fail="entitlements"), facts=fx)


def helpdesk_json(P):
    d = {"id": P["user_id"], "userName": P["email"], "orgId": P["org_id"], "displayName": P["name"],
         "callingBehavior": P["calling_behavior"], "entitlements": P["entitlements"],
         "phoneNumbers": [{"type": "work", "value": P.get("phone", "+1 612 555 0143")}]}
    return json.dumps(d, indent=2).encode()


def b09():
    name = "E09_ios_wxc_entitlement_no_connector.zip"
    c = Ctx(name, T(2024, 3, 18, 11, 4, 2, 310))
    ents = ["spark", "webex-squared", "squared-call-initiation", "cloudmeetings", "bc-sp-standard", "squared-syncup"]
    P = person(c, "Lena", "Voss", "iOS", "44.2.0.28744", "7135550166@example.net", entitlements=ents)
    files, f = client_logs(c, "ios_csf", P, {}, pr={"noise_scale": 9})
    entries = [("Feedback-7f3a/current_log.txt", files["main"].data()),
               ("Feedback-7f3a/helpdesk_user_details.json", helpdesk_json(P))]
    emit(name, entries)
    fx = base_facts(P, "ident")
    expect(name, "iOS (CSF-heavy build): entitlements carry bc-sp-standard (Webex Calling) and no broadworks-connector; identity as "
           "pretty JSON over lines plus a Help Desk JSON export in the bundle. BroadWorks calling never starts.",
           must=["entitlement-missing", "conflicting-calling-entitlement"],
           must_not=["token-fetch-failed", "sip-register-timeout"],
           timeline=tl(fail="entitlements"), facts=fx)


def b10():
    name = "E10_mac_webex_calling_and_broadworks.zip"
    c = Ctx(name, T(2024, 5, 27, 14, 20, 0, 0))
    ents = BASE = ["spark", "webex-squared", "squared-call-initiation", "broadworks-connector", "bc-sp-standard", "cloudmeetings"]
    P = person(c, "Oskar", "Lund", "macOS", "44.5.0.29580", "oskar.lund@example.net", entitlements=ents)
    files, f = client_logs(c, "mac_json", P, {"mobius": True}, targets=("main", "bwc"))
    entries = [("logs/SparkMacDesktop/current_log.txt", files["main"].data()),
               ("logs/SparkMacDesktop/bwc/current_log.txt", files["bwc"].data())]
    emit(name, entries)
    fx = base_facts(P, "sip")
    fx["tracking_ids"] = [f.tids["mobius"][-1]]
    expect(name, "macOS: user has both broadworks-connector and bc-sp-standard; the app registers a Webex Calling (Mobius, "
           "WEBEX_CALLING) device AND the BroadWorks line (REGISTER 200). Both calling services active.",
           must=["conflicting-calling-entitlement", "multiple-calling-services"],
           must_not=["entitlement-missing", "sip-register-timeout", "sip-register-rejected"],
           timeline=tl(), facts=fx)


def b11():
    name = "E11_android_calling_behavior_tel.zip"
    c = Ctx(name, T(2024, 6, 19, 18, 33, 7, 0))
    P = person(c, "Rosa", "Quint", "Android", "44.6.0.30120", "2145550123@example.net",
               calling_behavior="CALL_WITH_APP_REGISTERED_FOR_TEL")
    files, f = client_logs(c, "android_inner", P, {})
    entries = [("bugreport/logcat-main.txt", files["main"].data())]
    emit(name, entries)
    fx = base_facts(P, "ident")
    expect(name, "Android logcat with an inner [File:line] func: prefix; entitlements fine (broadworks-connector) but "
           "callingBehavior=CALL_WITH_APP_REGISTERED_FOR_TEL, so BroadWorks calling is not started. Identity as key=value.",
           must=["calling-behavior-not-webex"], must_not=["entitlement-missing", "token-fetch-failed"],
           timeline=tl(stop_after="entitlements"), facts=fx)


def b12():
    name = "E12_ios_portal_locked_200018.zip"
    c = Ctx(name, T(2024, 2, 6, 5, 48, 30, 11))
    P = person(c, "Hugo", "Amari", "iOS", "44.1.0.28390", "2145550188@example.net")
    files, f = client_logs(c, "ios_swift", P, {"uap_error": (200018, "Failed to validate credentials as user is locked out")})
    entries = [("current_log.txt", files["main"].data())]
    emit(name, entries)
    fx = base_facts(P, "start")
    fx["user_email"] = P["email"]
    expect(name, "iOS: the BroadWorks activation portal answers errorCode 200018 (user locked out) in a JSON fragment; sign-in stops.",
           must=["activation-portal-error"], must_not=["entitlement-missing", "token-fetch-failed"], codes=[200018],
           timeline={"app-start": "ok", "entitlements": "not-seen", "bwc-init": "not-seen", "token": "not-seen",
                     "device-list": "not-seen", "config-download": "not-seen", "sip-register": "not-seen", "registered": "not-seen"},
           facts=fx)


def b13():
    name = "E13_win_portal_bad_password_100006.zip"
    c = Ctx(name, T(2024, 7, 30, 12, 0, 40, 500))
    P = person(c, "Selma", "Kirov", "Windows", "44.7.0.30385", "2145550109@example.net")
    files, f = client_logs(c, "win_lambda", P, {"uap_error": (100006, "Login failed: User ID/password is incorrect")})
    entries = [("CiscoSpark/current_log.txt", files["main"].data())]
    emit(name, entries)
    fx = base_facts(P, "start")
    fx["user_email"] = P["email"]
    expect(name, "Windows: activation portal reports 100006 (user id/password incorrect); sign-in aborted.",
           must=["activation-portal-error"], must_not=["entitlement-missing"], codes=[100006],
           timeline={"app-start": "ok", "token": "not-seen", "sip-register": "not-seen", "registered": "not-seen"},
           facts=fx)


def b14():
    name = "E14_mac_dirsync_600024_registered.zip"
    c = Ctx(name, T(2024, 9, 24, 10, 10, 10, 100))
    P = person(c, "Ines", "Calder", "macOS", "44.9.0.30990", "icalder@example.net", sbc_ip="203.0.113.90")
    files, f = client_logs(c, "mac_kv", P, {"dirsync": (600024, "BroadWorks External Directory single user sync is not possible "
                                                                "because no matching user was found in BroadWorks")},
                           targets=("main", "bwc"), pr={"http": {"default": HttpPrinter("nsurl")}})
    entries = [("SparkMacDesktop/current_log", files["main"].data()),
               ("SparkMacDesktop/bwc/current_log", files["bwc"].data())]
    emit(name, entries)
    fx = base_facts(P, "sip")
    expect(name, "macOS: directory sync reports code 600024, unrelated to calling; the BroadWorks line registers normally.",
           must=["directory-sync-error"], must_not=["sip-register-timeout", "sip-register-rejected", "entitlement-missing"],
           codes=[600024], timeline=tl(), facts=fx)


def b15():
    name = "E15_win_token_500_with_xsp_authservice.zip"
    c = Ctx(name, T(2024, 10, 1, 13, 5, 0, 0))
    P = person(c, "Milan", "Petrak", "Windows", "44.9.1.31077", "2145550131@example.net", xsp="xsp2.example.net")
    S = {"token_status": 500, "token_err_body": ['{"message":"Unable to retrieve BroadWorks token","code":"BW_TOKEN_FAILURE"}']}
    files, f = client_logs(c, "win_new", P, S, pr={"http": {"default": HttpPrinter("colon")}})
    tid = f.tids["token"][-1]
    tok_time = f.ttimes[tid]
    c3 = Ctx(name + "xsp3", tok_time + timedelta(milliseconds=120))
    at = "http-nio-8443-exec-4"
    Au2 = [SV.auth_line(c3, "INFO", "c.b.x.authservice.TokenResource", f"GET /authService/token http_bw_userid={P['bw_user']} trackingid={tid} remote=203.0.113.50", at)]
    c3.adv(5, 30)
    Au2.append(SV.auth_line(c3, "INFO", "c.b.x.authservice.oci.OciClient", f"UserGetLoginInfoRequest userId={P['bw_user']}", at))
    c3.adv(10, 40)
    Au2.append(SV.auth_line(c3, "INFO", "c.b.x.authservice.oci.OciClient", f"UserGetLoginInfoResponse userId={P['bw_user']}", at))
    c3.adv(1, 5)
    Au2.append(SV.auth_line(c3, "ERROR", "c.b.x.authservice.LongLivedTokenManager", "Token not generated: private key file /usr/local/broadworks/authService/keys/private.key not found", at))
    c3.adv(1, 5)
    Au2.append(SV.auth_line(c3, "INFO", "c.b.x.authservice.TokenResource", f"StatusCode=500 trackingid={tid}", at))
    c4 = Ctx(name + "xsp4", tok_time + timedelta(seconds=40))
    tail = []
    for _ in range(8):
        c4.adv(3000, 20000)
        tail.append(SV.auth_line(c4, "INFO", "c.b.x.authservice.TokenResource", "GET /health remote=127.0.0.1 StatusCode=200", "http-nio-80-exec-2"))
    pre = []
    c5 = Ctx(name + "xsp5", tok_time - timedelta(minutes=2))
    for _ in range(8):
        c5.adv(3000, 12000)
        pre.append(SV.auth_line(c5, "INFO", "c.b.x.authservice.TokenResource", "GET /health remote=127.0.0.1 StatusCode=200", "http-nio-80-exec-1"))
    entries = [("client/current_log.txt", files["main"].data()),
               ("xsp2/var/broadworks/logs/authenticationService/authenticationService.log", data(pre + Au2 + tail))]
    emit(name, entries)
    fx = base_facts(P, "ident")
    fx["broadworks_user_id"] = P["bw_user"]
    fx["tracking_ids"] = [tid]
    expect(name, "Windows client: GET to broadworks-idp-proxy for the BroadWorks JWT answers 500; the XSP's authenticationService "
           "log (log4j shape) shows the same trackingid, UserGetLoginInfo ok, token not generated (key file missing), StatusCode=500.",
           must=["token-fetch-failed", "xsp-token-failed"], must_not=["xsi-request-failed", "device-profile-missing"],
           timeline=tl(fail="token"), facts=fx)


def b16():
    name = "E16_android_token_401.zip"
    c = Ctx(name, T(2024, 11, 20, 7, 7, 7, 700))
    P = person(c, "Yara", "Boden", "Android", "44.11.0.31402", "yboden@example.net",
               idp_url="https://broadworks-idp-proxy-a.example.com/broadworks-idp-proxy/api/v1/users/me/token?client=android")
    S = {"token_status": 401, "token_err_body": ['{"error":"invalid_token","error_description":"CI token rejected"}']}
    files, f = client_logs(c, "android_okhttp", P, S)
    entries = [("webex-android-logs/logcat.txt.gz", gz_bytes(files["main"].data()))]
    emit(name, entries)
    fx = base_facts(P, "ident")
    fx["tracking_ids"] = [f.tids["token"][-1]]
    expect(name, "Android OkHttp-style HTTP: the JWT request to broadworks-idp-proxy answers 401 (the answer line names the URL, "
           "not the tracking id); logcat gzipped inside the zip.",
           must=["token-fetch-failed"], must_not=["xsi-request-failed"], timeline=tl(fail="token"), facts=fx)


def b17():
    name = "E17_win_xsi_digest_then_403.zip"
    c = Ctx(name, T(2024, 12, 3, 9, 15, 0, 0))
    P = person(c, "Jonas", "Wilde", "Windows", "44.12.0.31620", "jwilde@example.net", xsp="xsp1.example.net")
    S = {"xsi_challenge": True, "xsi_status": 403,
         "xsi_err_body": ['<?xml version="1.0" encoding="UTF-8"?>',
                          '<ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>Forbidden</summary></ErrorInfo>']}
    files, f = client_logs(c, "win_lambda", P, S)
    entries = [("current_log.txt", files["main"].data())]
    emit(name, entries)
    fx = base_facts(P, "xsi")
    fx["tracking_ids"] = [f.tids["xsi"][-1]]
    expect(name, "Windows: Xsi-Actions profile/device answers 401 Digest, the retry with credentials answers 403 Forbidden "
           "(multi-line HTTP dumps).", must=["xsi-request-failed"], must_not=["device-profile-missing", "config-download-failed"],
           timeline=tl(fail="device-list"), facts=fx)


def b18():
    name = "E18_ios_xsi_500_nested_with_xsp.zip"
    c = Ctx(name, T(2025, 1, 14, 15, 40, 0, 0))
    P = person(c, "Clara", "Venn", "iOS", "45.1.0.31877", "2145550152@example.net", xsp="xsp4.example.net")
    S = {"xsi_status": 500, "xsi_wait": 30.2, "xsi_err_body": ['<ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>Internal error</summary></ErrorInfo>']}
    files, f = client_logs(c, "ios_csf", P, S)
    tid = f.tids["xsi"][-1]
    tok = f.tids["token"][-1]
    req_time = f.ttimes[tid]
    # XSP side for the same request
    cx = Ctx(name + "x", req_time - timedelta(minutes=14))
    X = SV.BwLog(cx, tz="CST", offset=-6)
    A = []
    SV.xsp_noise(X, A, 125)
    assert cx.t < req_time
    cx.t = req_time + timedelta(milliseconds=35)
    U = dict(email=P["email"], bw_user=P["bw_user"], bw_local=P["bw_local"], xsp=P["xsp"], first="Clara", last="Venn",
             phone="+12145550152", group="venn_grp", service_provider="ExampleSP", devices=[], client_ip="198.51.100.91",
             ua_variant="iOS", version=P["version"])
    thr = "http-nio-443-exec-17"
    dpath = f"/com.broadsoft.xsi-actions/v2.0/user/{P['bw_user'].replace('@', '%40')}/profile/device"
    X.rec("Info", "XsiActions", thr, body=[f"\tGET {dpath} HTTP/1.1", f"\thost: {P['xsp']}", "\tauthorization: Bearer ********",
                                          f"\tuser-agent: WebexTeams (iOS/{P['version']})", f"\ttrackingid: {tid}"])
    X.rec("Info", "XsiActions", thr, body=["\tPOST http://127.0.0.1:80/authService/token", f"\tX-BROADSOFT-CORRELATION-ID: {tid}"])
    X.rec("Info", "XsiActions", thr, body=[f"\tauthService answered 200 for correlation {tid}"])
    X.rec("Info", "OCI-P", "XsiActions OCI Worker 1", body=["\tSending to 198.51.100.20:2209",
                                                            "\t" + SV.oci_doc("UserPrimaryAndSCADeviceGetListRequest", f"<userId>{P['bw_user']}</userId>", cx.hex(16))])
    cx.adv(30000, 30050)
    X.rec("Warning", "OCI-P", "XsiActions OCI Worker 1", body=["\tNo response from Application Server 198.51.100.20:2209 within 30000 ms"])
    X.rec("Error", "XsiActions", thr, body=[f"\tResponse 500 Internal Server Error for GET {dpath} trackingid: {tid}"])
    A.append(SV.clf(cx, "198.51.100.91", "GET", dpath, 500, 112, "WebexTeams", tz="-0600", off=-6))
    SV.xsp_noise(X, A, 100)
    inner = zip_bytes([("Logs/current_log.txt", files["main"].data())])
    entries = [("ios_send_logs_2025-01-14.zip", inner),
               ("xsp4/XsiActionsLog.txt", X.data()),
               ("xsp4/access_log.2025-01-14.txt", data(A))]
    emit(name, entries)
    fx = base_facts(P, "xsi")
    fx["tracking_ids"] = [tid]
    expect(name, "iOS client (zip inside the zip, CSF shape, HTTP dumps): Xsi profile/device answers 500 after a 30 s OCI-P "
           "timeout on the XSP; the XsiActionsLog and access_log show the same trackingid answered 500.",
           must=["xsi-request-failed", "xsp-profile-request-failed"], must_not=["device-profile-missing", "token-fetch-failed"],
           timeline=tl(fail="device-list"), facts=fx)


def b19():
    name = "E19_win_old_bwc_no_pc_profile.zip"
    c = Ctx(name, T(2024, 1, 30, 7, 0, 12, 0))
    P = person(c, "Falk", "Morrow", "Windows", "42.10.0.27460", "2145550160@example.net")
    S = {"devices": ["Connect - Mobile", "Business Communicator - Tablet"]}
    files, f = client_logs(c, "win_old", P, S, targets=("main", "bwc"), eols={"main": "\r\n", "bwc": "\r\n"})
    entries = [("CiscoSpark/current_log.txt", files["main"].data()),
               ("CiscoSpark/bwc/current_log.txt", files["bwc"].data())]
    emit(name, entries)
    fx = base_facts(P, "xsi")
    fx["tracking_ids"] = [f.tids["xsi"][-1]]
    expect(name, "Older Windows build with bwc\\current_log.txt (CRLF files): device list answers 200 but holds only Connect - Mobile "
           "and Business Communicator - Tablet; BWC says the 'Business Communicator - PC' profile is not found.",
           must=["device-profile-missing"], must_not=["xsi-request-failed", "config-download-failed"],
           timeline=tl(fail="device-list"), facts=fx)


def b20():
    name = "E20_android_only_pc_device.zip"
    c = Ctx(name, T(2024, 8, 8, 19, 2, 0, 0))
    P = person(c, "Anouk", "Baer", "Android", "44.7.0.30401", "2145550171@example.net")
    S = {"devices": ["Business Communicator - PC"]}
    files, f = client_logs(c, "android_inner", P, S)
    entries = [("Android/logcat_20240808.txt", data(["--------- beginning of system", "--------- beginning of main"] + files["main"].lines))]
    emit(name, entries)
    fx = base_facts(P, "xsi")
    fx["tracking_ids"] = [f.tids["xsi"][-1]]
    expect(name, "Android phone: Xsi device list (inline XML body in a key=value line) has only Business Communicator - PC; "
           "no Connect - Mobile profile, app stops.", must=["device-profile-missing"], must_not=["xsi-request-failed"],
           timeline=tl(fail="device-list"), facts=fx)


def b21():
    name = "E21_win_dms_404.zip"
    c = Ctx(name, T(2024, 4, 22, 10, 31, 0, 0))
    P = person(c, "Theo", "Marlowe", "Windows", "44.4.0.29411", "2145550104@example.net")
    S = {"dms_status": 404, "dms_err_body": ["<html><body><h1>404 Not Found</h1>File config.xml not found for device type</body></html>"]}
    files, f = client_logs(c, "win_new", P, S, pr={"http": {"default": HttpPrinter("arrow"), "xsi": HttpPrinter("json"),
                                                            "dms": HttpPrinter("telephony")}})
    entries = [("logs/current_log.txt", files["main"].data())]
    emit(name, entries)
    fx = base_facts(P, "xsi")
    fx["tracking_ids"] = [f.tids["dms"][-1]]
    expect(name, "Windows: DMS GET /dms/bc/pc/config.xml answers 401 Digest, retry answers 404 (answer on a later line naming "
           "only the TrackingID).", must=["config-download-failed"], must_not=["config-parse-failed", "device-profile-missing"],
           timeline=tl(fail="config-download"), facts=fx)


def b22():
    name = "E22_win_old_config_1507.zip"
    c = Ctx(name, T(2024, 1, 30, 7, 1, 20, 0))
    P = person(c, "Zoe", "Albrecht", "Windows", "43.1.0.24473", "2145550135@example.net", name_latin1="Zo\u00eb Albrecht")
    S = {"cfg": "broken"}
    files, f = client_logs(c, "win_old", P, S, targets=("main", "bwc"))
    as_cli = ["AS_CLI/System/DeviceType/SIP> detail \"Business Communicator - PC\"",
              "  ...",
              "  deviceTypeConfigurationOption = Device Management",
              "  defaultDeviceEncoding = ISO-8859-1",
              "  ...", ""]
    entries = [("case/CiscoSpark/current_log.txt", files["main"].data()),
               ("case/CiscoSpark/bwc/current_log.txt", files["bwc"].data()),
               ("case/as_cli_devicetype.txt", data(as_cli))]
    emit(name, entries)
    fx = base_facts(P, "xsi")
    fx["tracking_ids"] = [f.tids["dms"][-1]]
    expect(name, "Older Windows build, BWC in bwc\\current_log.txt: DMS config downloaded (200) but cut off/not parseable; "
           "parser 'Incomplete', then failed to register client errorCode=1507 (as TAC 221699); AS CLI shows ISO-8859-1 encoding.",
           must=["config-parse-failed"], must_not=["config-download-failed", "sip-register-timeout"],
           timeline=tl(fail="config-download"), facts=fx)


def b23():
    name = "E23_mac_unresolved_sbc_tag_folder"
    c = Ctx(name, T(2024, 6, 11, 8, 0, 0, 0))
    P = person(c, "Wim", "Harte", "macOS", "44.6.0.30102", "wim.harte@example.net")
    S = {"cfg": "placeholder", "placeholder": "%SBC_ADDRESS_WXT%"}
    files, f = client_logs(c, "mac_kv", P, S, targets=("main", "bwc"))
    entries = [("Library/Logs/SparkMacDesktop/current_log", files["main"].data()),
               ("Library/Logs/SparkMacDesktop/bwc/current_log", files["bwc"].data())]
    emit(name, entries, "folder")
    fx = base_facts(P, "xsi")
    fx["sip_user"] = P["sip_user"]
    expect(name, "macOS: DMS config downloads fine but its proxy address is the literal %SBC_ADDRESS_WXT% (tag not defined for "
           "the user); BWC refuses to register. key=value HTTP with the config body on following lines.",
           must=["unresolved-config-tag"], must_not=["config-download-failed", "sip-register-timeout"],
           timeline=tl(stop_after="config-download"), facts=fx)


def b24():
    name = "E24_win_register_401_loop.zip"
    c = Ctx(name, T(2024, 3, 5, 9, 12, 1, 345))
    P = person(c, "Petra", "Lind", "Windows", "44.3.0.29110", "2145550127@example.net", sbc_port=8934, sbc_ip="203.0.113.10")
    sp = SipPrinter("rawcrlf", "SipConnection.cpp:233", "SipConnection::trace", words=("Outgoing", "Incoming"),
                    fmt_out="BWC:SIP: {w} request/response -> {peer} over {tr}", fmt_in="BWC:SIP: {w} message <- {peer} over {tr}")
    files, f = client_logs(c, "win_new", P, {"sip": "auth_loop", "loops": 3}, pr={"sip": sp})
    entries = [("CiscoSpark/current_log.txt", files["main"].data())]
    emit(name, entries)
    fx = base_facts(P, "sip")
    expect(name, "Windows: REGISTER to 203.0.113.10:8934 challenged 401; every REGISTER with Authorization is challenged again "
           "(3 times), client gives up. Raw SIP after announce lines.",
           must=["sip-auth-failed"], must_not=["sip-register-rejected", "sip-register-timeout"],
           timeline=tl(fail="sip-register"), facts=fx)


def b25():
    name = "E25_ios_register_407_loop.zip"
    c = Ctx(name, T(2024, 9, 9, 21, 5, 0, 0))
    P = person(c, "Malik", "Sorensen", "iOS", "44.9.0.30977", "8175550139@example.org", domain="example.org",
               sbc_host="edge.example.org", sbc_ip="198.51.100.33", xsp="xsp.example.org")
    files, f = client_logs(c, "ios_swift", P, {"sip": "auth_loop", "loops": 4, "challenge": "proxy"})
    entries = [("Send Logs/Webex/current_log.txt", files["main"].data())]
    emit(name, entries)
    fx = base_facts(P, "sip")
    expect(name, "iOS: REGISTER answered 407 Proxy Authentication Required every time, also after Proxy-Authorization is sent "
           "(4 rounds). SIP one-line escaped with compact headers, CSF-shaped lines.",
           must=["sip-auth-failed"], must_not=["sip-register-rejected"], timeline=tl(fail="sip-register"), facts=fx)


def b26():
    name = "E26_win_register_403_oneline.zip"
    c = Ctx(name, T(2024, 5, 6, 6, 6, 6, 6))
    P = person(c, "Karin", "Osei", "Windows", "44.5.0.29533", "2145550112@example.net", sbc_ip="203.0.113.12")
    files, f = client_logs(c, "win_lambda", P, {"sip": "reject", "code": 403})
    entries = [("CiscoSpark/current_log.txt", files["main"].data())]
    emit(name, entries)
    fx = base_facts(P, "sip")
    expect(name, "Windows: REGISTER challenged 401, answered with credentials, then final 403 Forbidden. SIP on one line with "
           "escaped \\r\\n ('OUT to' / 'IN from').", must=["sip-register-rejected"], must_not=["sip-auth-failed", "sip-register-timeout"],
           timeline=tl(fail="sip-register"), facts=fx)


def b27():
    name = "E27_android_register_404_gz.zip"
    c = Ctx(name, T(2024, 10, 28, 17, 44, 0, 0))
    P = person(c, "Emil", "Vardy", "Android", "44.10.0.31190", "2145550199@example.net", sbc_ip="203.0.113.99",
               sip_user="2145550199_mob", auth_user="2145550199_mob")
    files, f = client_logs(c, "android_okhttp", P, {"sip": "reject_direct", "code": 404})
    old, new = split_rotated(files["main"].lines, 0.5)
    entries = [("logs/logcat.1.txt.gz", gz_bytes(data(old))), ("logs/logcat.txt", data(new))]
    emit(name, entries)
    fx = base_facts(P, "sip")
    expect(name, "Android: REGISTER answered 404 Not Found straight away (no challenge). SIP lines each with the logcat prefix and "
           "compact headers; older half of logcat gzipped.", must=["sip-register-rejected"], must_not=["sip-auth-failed"],
           timeline=tl(fail="sip-register"), facts=fx)


def b28():
    name = "E28_mac_register_timer_f.zip"
    c = Ctx(name, T(2024, 12, 12, 12, 12, 12, 120))
    P = person(c, "Ruth", "Beck", "macOS", "44.12.0.31561", "ruth.beck@example.net", sbc_ip="203.0.113.55", sbc_port=5061)
    sp = SipPrinter("rawcrlf", "SipChannel.mm:301", "-[SipChannel logMessage:]", words=("Sending", "Received"),
                    fmt_out="BWC:SIP: {w} {n} bytes to {peer} ({tr})", fmt_in="BWC:SIP: {w} {n} bytes from {peer} ({tr})", target="bwc")
    files, f = client_logs(c, "mac_json", P, {"sip": "timeout"}, targets=("main", "bwc"), pr={"sip": sp})
    entries = [("SparkMacDesktop/current_log.txt", files["main"].data()),
               ("SparkMacDesktop/bwc/current_log.txt", files["bwc"].data())]
    emit(name, entries)
    fx = base_facts(P, "sip")
    expect(name, "macOS: TLS connects to 203.0.113.55:5061, REGISTER sent, no answer; Timer F fires 32 s later. SIP start line on "
           "the announcing line.", must=["sip-register-timeout"], must_not=["sip-auth-failed", "sip-register-rejected"],
           timeline=tl(fail="sip-register"), facts=fx)


def b29():
    name = "E29_win_connection_refused_rotated.zip"
    c = Ctx(name, T(2024, 2, 19, 8, 40, 0, 0))
    P = person(c, "Lars", "Eklund", "Windows", "43.8.0.27001", "2145550115@example.net", sbc_ip="203.0.113.20", sbc_port=5061)
    files, f = client_logs(c, "win_old", P, {"sip": "connfail", "conn_tries": 3})
    old, new = split_rotated(files["main"].lines, 0.55)
    entries = [("CiscoSpark/current_log.txt.1", data(old)), ("CiscoSpark/current_log.txt", data(new))]
    emit(name, entries)
    fx = base_facts(P, "sip")
    expect(name, "Windows (older build, BWC lines in current_log.txt): TLS connection to the SBC 203.0.113.20:5061 refused "
           "(error 10061) three times; no REGISTER goes out. Log rotated: start of the sign-in is in current_log.txt.1.",
           must=["sip-register-timeout"], must_not=["sip-register-rejected", "sip-auth-failed"],
           timeline=tl(fail="sip-register"), facts=fx)


def b30():
    name = "E30_win_displaced_by_refresh_caret.zip"
    c = Ctx(name, T(2024, 7, 1, 7, 59, 0, 0))
    P = person(c, "Noor", "Haddad", "Windows", "44.7.0.30355", "2145550146@example.net", sbc_ip="203.0.113.46",
               other_ip="198.51.100.146")
    sp = SipPrinter("caret", "SipTransport.cpp:812", "SipTransport::send", words=("Sending", "Received"))
    files, f = client_logs(c, "win_new", P, {"sip": "displaced_refresh"}, pr={"sip": sp})
    entries = [("CiscoSpark/current_log.txt", files["main"].data())]
    emit(name, entries)
    fx = base_facts(P, "sip")
    expect(name, "Windows: registered (200 lists our contact, expires=120); the refresh REGISTER a minute later gets 200 OK whose "
           "only Contact is another client (198.51.100.146). SIP lines end with a literal '^M' (copied from a pager).",
           must=["registration-displaced"], must_not=["sip-register-rejected", "sip-register-timeout", "sip-auth-failed"],
           timeline=tl(omit=("registered", "sip-register")), facts=fx)


def b31():
    name = "E31_ipad_reg_event_rejected_nested.zip"
    c = Ctx(name, T(2024, 11, 11, 14, 14, 0, 0))
    P = person(c, "Ada", "Kowal", "iPadOS", "44.11.0.31380", "2145550184@example.net", sbc_ip="203.0.113.84",
               other_ip="198.51.100.84")
    files, f = client_logs(c, "ios_csf", P, {"sip": "displaced_notify"})
    old, new = split_rotated(files["main"].lines, 0.3)
    inner = zip_bytes([("current_log.txt", data(new)), ("current_log_1.txt", data(old))])
    entries = [("HelpDesk/ada.kowal@example.com/ipad_logs.zip", inner)]
    emit(name, entries)
    fx = base_facts(P, "sip")
    expect(name, "iPadOS (Business Communicator - Tablet profile): registered, subscribed to reg event; a later NOTIFY "
           "(application/reginfo+xml, partial) marks our contact terminated event=rejected and another contact created. "
           "CSF lines, raw SIP with CR line ends; zip nested in zip; rotated current_log_1.txt.",
           must=["registration-displaced"], must_not=["sip-register-rejected", "sip-register-timeout", "device-profile-missing"],
           timeline=tl(omit=("registered",)), facts=fx)


def crash_hook(f):
    """native crash in the SIP stack start-up: nothing in the guide's list explains it"""
    w, c = f.w, f.c
    w.rec("I", "SipStack.cpp:120", "SipStack::start", "BWC:SIP: starting stack, transports=TLS", role="sip")
    c.adv(5, 20)
    pid = w.threads["main"][0]
    tid = w.threads["sip"][1]
    ts = lambda: c.t.strftime("%m-%d %H:%M:%S.") + f"{c.t.microsecond // 1000:03d}"
    lines = [f"{ts()} {pid:5d} {tid:5d} F libc    : Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x18 in tid {tid} (bwc-sip), pid {pid} (cisco.wx2.android)"]
    c.adv(200, 400)
    lines += [f"{ts()} {pid + 900:5d} {pid + 900:5d} F DEBUG   : *** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***",
              f"{ts()} {pid + 900:5d} {pid + 900:5d} F DEBUG   : Build fingerprint: 'google/panther/panther:14/AP2A.240605.024/11860263:user/release-keys'",
              f"{ts()} {pid + 900:5d} {pid + 900:5d} F DEBUG   : pid: {pid}, tid: {tid}, name: bwc-sip  >>> com.cisco.wx2.android <<<",
              f"{ts()} {pid + 900:5d} {pid + 900:5d} F DEBUG   : signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0000000000000018",
              f"{ts()} {pid + 900:5d} {pid + 900:5d} F DEBUG   :       #00 pc 00000000013a2f4c  /data/app/com.cisco.wx2.android/lib/arm64/libbwc.so",
              f"{ts()} {pid + 900:5d} {pid + 900:5d} F DEBUG   :       #01 pc 00000000013a1b08  /data/app/com.cisco.wx2.android/lib/arm64/libbwc.so"]
    c.adv(900, 1500)
    lines.append(f"{ts()}  1402  1530 I ActivityManager: Process com.cisco.wx2.android (pid {pid}) has died: fg  TOP ")
    w.raw(lines)
    c.adv(100, 300)
    # system noise after the crash; the app is not restarted before the dump
    for _ in range(25):
        c.adv(2000, 9000)
        tag, msg = c.pick([("WifiService", f"rssi=-{c.rint(50, 70)} link={c.pick([433, 866, 1200])}Mbps"),
                           ("ActivityManager", "Start proc for service com.google.android.gms/.chimera.PersistentApiService"),
                           ("BatteryService", f"level={c.rint(60, 72)} plugged=0"),
                           ("NetworkMonitor", "PROBE_HTTPS https://connectivity.example.org/generate_204 Probe result: 204")])
        w.raw([f"{ts()}  1402  {c.rint(1403, 1900)} I {tag}: {msg}"])


def b32():
    name = "E32_android_native_crash_unexplained.zip"
    c = Ctx(name, T(2024, 6, 30, 20, 20, 0, 0))
    P = person(c, "Sami", "Oduya", "Android", "44.6.2.30250", "2145550193@example.net", sbc_ip="203.0.113.93")
    files, f = client_logs(c, "android_inner", P, {"crash": crash_hook})
    entries = [("adb/logcat-dump.txt", data(["--------- beginning of crash", "--------- beginning of main"] + files["main"].lines))]
    emit(name, entries)
    fx = base_facts(P, "cfg")
    expect(name, "Android: token, device list and DMS config all fine; when the SIP stack starts the app dies with SIGSEGV in "
           "libbwc.so (tombstone lines, ActivityManager 'has died'); no REGISTER is ever sent. Nothing in the guide's list explains it.",
           must=[], unexplained_stop=True,
           must_not=["sip-register-timeout", "sip-register-rejected", "sip-auth-failed", "config-parse-failed",
                     "config-download-failed", "device-profile-missing", "unresolved-config-tag"],
           timeline=tl(stop_after="config-download"), facts=fx)


# ===========================================================================
# server bundles
# ===========================================================================

def sp_user(first, last, bw, phone, ext, sp, group, email=None):
    return dict(bwuserid=bw, group=group, service_provider=sp, first=first, last=last, phone=phone, ext=ext,
                email=email or f"{first.lower()}.{last.lower()}@example.com")


BRIDGE = "https://provisioning-bridge.us.example.com/broadworks/provisioning/v1/subscribers"


def b33():
    """healthy server: provisioning 200 + XSP sign-in logs + good CLI"""
    name = "E33_server_healthy_as_xsp.zip"
    c = Ctx(name, T(2024, 5, 13, 13, 50, 0, 0))
    U = sp_user("Jana", "Horak", "2145550170@example.net", "+1-2145550170", "0170", "ExampleTelecom", "horak_inc")
    L = SV.BwLog(c, tz="EDT", offset=-4)
    SV.as_noise(L, 200)
    SV.pslog_post(L, "r24", U, BRIDGE, 200)
    SV.as_noise(L, 200)
    # XSP, half an hour later: sign-in
    c.jump(1800)
    X = SV.BwLog(c, tz="EDT", offset=-4)
    A, Au = [], []
    SV.xsp_noise(X, A, 100)
    tid1 = "CLIENT_" + c.uuid()
    tid2 = "CLIENT_" + c.uuid()
    XU = dict(email=U["email"], bw_user=U["bwuserid"], bw_local="2145550170", xsp="xsp1.example.net", first="Jana", last="Horak",
              phone="2145550170", group=U["group"], service_provider=U["service_provider"],
              devices=[("Business Communicator - PC", "pc"), ("Connect - Mobile", "mob")])
    SV.xsp_signin(c, X, A, XU, Au, tid1, tid2)
    SV.xsp_noise(X, A, 75)
    cli = SV.cli_cert("false", "true", style="table") + SV.cli_chain(3, style="table")
    entries = [("as1/PSLog.txt.gz", gz_bytes(L.data())),
               ("xsp1/XsiActionsLog.txt", X.data()),
               ("xsp1/access_log.2024_05_13.txt", data(A)),
               ("xsp1/authenticationService.log", data(Au)),
               ("xsp1/cli_output.txt", data(cli))]
    emit(name, entries)
    expect(name, "Server only, healthy: AS PSLog (gzipped) flow-through POST to the provisioning bridge answered 200; XSP logs "
           "of a full sign-in (profile GET with Basic/broadworksTeamsClient, token issued StatusCode=200, profile/device with "
           "Bearer, loopback validation, device list, DMS 401 then 200 in access_log); CLI in a column layout with "
           "allowUserApp false, allowClientApp true, chainDepth 3.",
           must=["provisioning-accepted"],
           must_not=["provisioning-bad-request", "provisioning-unauthorized", "provisioning-forbidden", "provisioning-conflict",
                     "provisioning-missing-phone-number", "provisioning-invalid-email", "impp-provisioning-error",
                     "xsp-token-failed", "xsp-profile-request-failed", "xsp-cert-auth-misconfigured", "xsp-chain-depth-too-low",
                     "config-download-failed", "xsi-request-failed"],
           must_not_errors=True,
           facts={"broadworks_user_id": U["bwuserid"], "primary_phone_number": U["phone"], "provisioning_target": BRIDGE,
                  "service_provider": U["service_provider"], "user_email": U["email"], "tracking_ids": [tid1, tid2]})


def b34():
    name = "E34_server_pslog_401_then_200_folder"
    c = Ctx(name, T(2024, 8, 5, 14, 0, 0, 0))
    U = sp_user("Oren", "Falk", "oren.falk@bw.example.net", "+1-3125550148", "0148", "MetroVoice", "falk_dental")
    L = SV.BwLog(c, tz="CDT", offset=-5, pad=False)
    SV.as_noise(L, 150)
    SV.pslog_post(L, "r22", U, BRIDGE, 401, message="Authentication failed", thread="IMP Adapter 1")
    SV.as_noise(L, 300, hi=20000)
    SV.pslog_post(L, "r22", U, BRIDGE, 200, thread="IMP Adapter 3")
    SV.as_noise(L, 100)
    emit(name, [("as01/var/broadworks/logs/appserver/PSLog.txt", L.data())], "folder")
    expect(name, "AS PSLog (older release: unpadded level, request on the header line, raw status line answer): first POST "
           "answered 401 (provisioning credentials mismatch); after the fix, the same POST answered 200.",
           must=["provisioning-unauthorized", "provisioning-accepted"],
           must_not=["provisioning-forbidden", "provisioning-conflict"],
           facts={"broadworks_user_id": U["bwuserid"], "primary_phone_number": U["phone"], "provisioning_target": BRIDGE,
                  "service_provider": U["service_provider"], "user_email": U["email"]})


def b35():
    name = "E35_server_pslog_403_ip_target.zip"
    c = Ctx(name, T(2024, 9, 16, 9, 0, 0, 0))
    U = sp_user("Beata", "Nowak", "4155550121@example.net", "+1-4155550121", "0121", "BayCloudSP", "nowak_arch")
    target = "http://198.51.100.40:80/broadworks/provisioning/v1/subscribers"
    L = SV.BwLog(c, tz="PDT", offset=-7)
    SV.as_noise(L, 175)
    SV.pslog_post(L, "r24", U, target, 403, thread="IMP Provisioning Worker 1")
    SV.as_noise(L, 175)
    emit(name, [("PSLog_as2.txt", L.data())])
    expect(name, "AS PSLog: flow-through POST goes to an IP address (http://198.51.100.40:80/...) instead of the bridge URL "
           "and is answered 403.", must=["provisioning-forbidden"], must_not=["provisioning-accepted", "provisioning-unauthorized"],
           facts={"broadworks_user_id": U["bwuserid"], "primary_phone_number": U["phone"], "provisioning_target": target,
                  "service_provider": U["service_provider"]})


def b36():
    name = "E36_server_pslog_409_error18215.zip"
    c = Ctx(name, T(2024, 10, 7, 15, 30, 0, 0))
    U = sp_user("Ivo", "Brenner", "2125550187@example.net", "+1-2125550187", "0187", "Gotham Telecom", "brenner_law",
                email="ivo.brenner@example.org")
    L = SV.BwLog(c, tz="EDT", offset=-4, pad=False)
    SV.as_noise(L, 150)
    SV.pslog_post(L, "r22", U, BRIDGE, 409, message=f"User with email {U['email']} already exists",
                  errors=["[Error 18215] Provisioning error with Messaging Server"])
    SV.as_noise(L, 150)
    emit(name, [("logs/as/PSLog", L.data())])
    expect(name, "AS PSLog: POST answered 409 Conflict (user with that email already exists), AS logs [Error 18215].",
           must=["provisioning-conflict", "impp-provisioning-error"], must_not=["provisioning-accepted"],
           facts={"broadworks_user_id": U["bwuserid"], "primary_phone_number": U["phone"], "provisioning_target": BRIDGE,
                  "service_provider": U["service_provider"], "user_email": U["email"]})


def b37():
    name = "E37_server_pslog_no_primary_number.zip"
    c = Ctx(name, T(2024, 11, 25, 10, 5, 0, 0))
    U = sp_user("Tariq", "Hale", "tariq.hale@bw.example.net", "", "0155", "NorthSP", "hale_group")
    L = SV.BwLog(c, tz="EST", offset=-5)
    SV.as_noise(L, 150)
    SV.pslog_post(L, "r24", U, BRIDGE, 400, message="subscriberProfile rejected: primaryPhoneNumber is missing", omit_phone=True,
                  errors=["[Error 18215] Provisioning error with Messaging Server"])
    SV.as_noise(L, 150)
    emit(name, [("PSLog.txt", L.data())])
    expect(name, "AS PSLog: subscriberProfile has no primaryPhoneNumber; bridge answers 400 with a <message>; [Error 18215].",
           must=["provisioning-missing-phone-number", "provisioning-bad-request", "impp-provisioning-error"],
           must_not=["provisioning-accepted"],
           facts={"broadworks_user_id": U["bwuserid"], "provisioning_target": BRIDGE, "service_provider": U["service_provider"],
                  "user_email": U["email"]})


def b38():
    name = "E38_server_pslog_invalid_email.zip"
    c = Ctx(name, T(2025, 1, 8, 8, 45, 0, 0))
    U = sp_user("Lotte", "Maas", "3125550162@example.net", "+1-3125550162", "0162", "LakeSP", "maas_bv",
                email="lotte.maas@@example")
    L = SV.BwLog(c, tz="CST", offset=-6, pad=False)
    SV.as_noise(L, 125)
    SV.pslog_post(L, "r22", U, BRIDGE, 400, message="Cannot trust BroadWorks emails with old provisioning API.")
    SV.as_noise(L, 125)
    emit(name, [("as/PSLog.log", L.data())])
    expect(name, "AS PSLog: email 'lotte.maas@@example' is not a valid address; bridge answers 400 'Cannot trust BroadWorks "
           "emails with old provisioning API.'", must=["provisioning-invalid-email", "provisioning-bad-request"],
           must_not=["provisioning-accepted", "provisioning-missing-phone-number"],
           facts={"broadworks_user_id": U["bwuserid"], "primary_phone_number": U["phone"], "provisioning_target": BRIDGE,
                  "service_provider": U["service_provider"]})


def b39():
    name = "E39_server_xsp_certauth_profile_401.zip"
    c = Ctx(name, T(2024, 4, 15, 16, 0, 0, 0))
    X = SV.BwLog(c, tz="CEST", offset=2)
    A = []
    SV.xsp_noise(X, A, 125)
    tid = "CLIENT_" + c.uuid()
    XU = dict(email="mette.rask@example.com", bw_user="4570550112@example.net", bw_local="4570550112", xsp="xsp1.example.net",
              first="Mette", last="Rask", phone="4570550112", group="rask_aps", service_provider="NordSP", devices=[])
    SV.xsp_signin(c, X, A, XU, [], tid, None,
                  cert_reason="ExternalAuthentication: client certificate CN=broadworks-idp-proxy.example.com accepted for user "
                              "application only; client application access is disabled")
    SV.xsp_noise(X, A, 100)
    cli = SV.cli_cert("true", "false") + SV.cli_chain(3)
    entries = [("xsp1/XsiActionsLog.txt", X.data()), ("xsp1/access_log.txt", data(A)), ("xsp1/xsp_cli_get.txt", data(cli))]
    emit(name, entries)
    expect(name, "XSP: the IdP proxy's profile GET (broadworksTeamsClient, Basic) is answered 401; CLI shows "
           "allowUserApp = true and allowClientApp = false (chainDepth 3 is fine).",
           must=["xsp-cert-auth-misconfigured", "xsp-profile-request-failed"], must_not=["xsp-chain-depth-too-low"],
           facts={"tracking_ids": [tid], "user_email": XU["email"]})


def b40():
    name = "E40_server_xsp_chaindepth_1.zip"
    c = Ctx(name, T(2024, 12, 16, 11, 0, 0, 0))
    X = SV.BwLog(c, tz="CET", offset=1)
    A = []
    SV.xsp_noise(X, A, 100)
    for i in range(4):
        c.adv(20000, 90000)
        X.rec("Warning", "HttpServer", "https-jsse-nio-443-acceptor", body=[
            f"\tTLS handshake with 203.0.113.50:{c.rint(40000, 60000)} failed: client certificate path could not be validated "
            "(issuer chain has 2 intermediates, chainDepth allows 1)"])
        SV.xsp_noise(X, A, 25)
    cli = SV.cli_cert("false", "true") + SV.cli_chain(1)
    entries = [("XSP/logs/XsiActionsLog", X.data()), ("XSP/logs/access_log", data(A)), ("XSP/cli.txt", data(cli))]
    emit(name, entries)
    expect(name, "XSP (R21-style): CLI HttpClientAuthentication get shows chainDepth = 1; Webex client TLS handshakes from the IdP "
           "proxy fail; certificate authentication settings are correct.",
           must=["xsp-chain-depth-too-low"], must_not=["xsp-cert-auth-misconfigured"])


ALL = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20,
       b21, b22, b23, b24, b25, b26, b27, b28, b29, b30, b31, b32, b33, b34, b35, b36, b37, b38, b39, b40]


def main():
    for fn in ALL:
        fn()
    with open(os.path.join(OUT, "expected.json"), "w") as fh:
        json.dump(EXPECTED, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(f"{len(EXPECTED)} bundles written to {OUT}")


if __name__ == "__main__":
    main()
