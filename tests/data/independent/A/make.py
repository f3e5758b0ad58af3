#!/usr/bin/env python3
"""Regenerates every bundle in this folder and expected.json.

    python3 make.py

All data is invented (documentation address ranges, example.* domains)."""
import copy
import datetime as dt
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
from flow import C, run, bw, app, tid
from server import Srv, access_line, subscriber_profile, CERT_OK

HERE = os.path.dirname(os.path.abspath(__file__))
EXP = {}
BUILDERS = []

STEPS = ["app-start", "entitlements", "bwc-init", "token", "device-list", "config-download", "sip-register", "registered"]


def T(*a):
    return dt.datetime(*a, tzinfo=UTC)


def tl(last_ok, failed=None, omit=()):
    """steps up to last_ok are ok, `failed` failed, the rest not-seen"""
    out = {}
    state = "ok"
    for s in STEPS:
        if s in omit:
            if s == last_ok:
                state = "not-seen"
            continue
        if s == failed:
            out[s] = "failed"
            state = "not-seen"
            continue
        out[s] = state
        if s == last_ok:
            state = "not-seen"
    return out


def builder(f):
    BUILDERS.append(f)
    return f


DEVPATH = {"Business Communicator - PC": ("bc/pc", "pc"),
           "Connect - Mobile": ("bc/connect", "mob"),
           "Business Communicator - Tablet": ("bc/tablet", "tab"),
           "Business Communicator - Mobile": ("bc/mobile", "bcm"),
           "Polycom VVX 450": ("polycom/vvx450", "vvx"),
           "Yealink T54W": ("yealink/t54w", "t54")}


def devs(c, types):
    out = []
    for t in types:
        path, suf = DEVPATH[t]
        line = c.sip_user if t == c.devtype else "%s_%s" % (c.sip_user, suf)
        out.append(dict(type=t, name="%s_%s" % (c.short, suf), line="%s@%s" % (line, c.domain),
                        url="https://%s/dms/%s/" % (c.dms_host, path), user="%s_%s" % (c.short, suf)))
    return out


def base(idx, platform, start, **kw):
    rng = random.Random(1000 + idx * 7919)
    c = C(rng=rng, clock=Clock(start, rng), platform=platform, xsp="xsp1.example.net", domain="example.net",
          sbc_port=5061, transport="TLS", local="192.0.2.15:52011", public="198.51.100.44:41022")
    c.user_id = U(rng)
    c.org_id = U(rng)
    c.__dict__.update(kw)
    if "dms_host" not in kw:
        c.dms_host = c.xsp
    c.devtype = {"Windows": "Business Communicator - PC", "macOS": "Business Communicator - PC",
                 "iOS": "Connect - Mobile", "Android": "Connect - Mobile", "iPadOS": "Business Communicator - Tablet"}[platform]
    osname = {"Windows": "Windows", "macOS": "Mac", "iOS": "iOS", "Android": "Android", "iPadOS": "iPadOS"}[platform]
    c.ua_http = "WebexTeams (%s/%s)" % (osname, c.version)
    c.ua_sip = "Webex/%s (%s) BWC" % (c.version, osname)
    c.idp_url = kw.get("idp_url", "https://broadworks-idp-proxy-a.example.com/broadworks-idp-proxy/api/v1/users/%s/jwt" % c.user_id)
    return c


def facts(c, upto="entitlements", sbc_address=True, tracking=(), extra=None):
    """facts present in the client log when the flow got as far as `upto`"""
    f = dict(user_email=c.email, user_id=c.user_id, org_id=c.org_id, client_version=c.version, platform=c.platform)
    order = ["entitlements", "token", "device-list", "config-download", "sip-register"]
    k = order.index(upto)
    if k >= 2:
        f["broadworks_user_id"] = c.bwid
        f["xsp"] = c.xsp
    if k >= 3 and not c.cfg_proxy.startswith("%"):
        f["sip_user"] = c.sip_user
        f["sbc"] = "%s:%s" % (c.cfg_proxy, c.sbc_port)
    elif k >= 3:
        f["sip_user"] = c.sip_user
    if k >= 4 and sbc_address:
        f["sbc_address"] = "%s:%s" % (c.sbc_ip, c.sbc_port)
    if tracking:
        f["tracking_ids"] = list(tracking)
    if extra:
        f.update(extra)
    return f


def emit_zip(name, entries):
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(zip_bytes(entries))


def emit_dir(name, entries):
    root = os.path.join(HERE, name)
    if os.path.isdir(root):
        shutil.rmtree(root)
    write_folder(root, entries)


def win_logs(c, split_bwc=False, br="[]", sep=":"):
    c.pool = NOISE_WIN
    c.L = DesktopLog(c.clock, c.rng, br=br, sep=sep, pool=NOISE_WIN)
    c.LB = DesktopLog(c.clock, c.rng, br=br, sep=sep, pool=NOISE_BWC) if split_bwc else c.L
    c.LT = c.L


def mac_logs(c, split_bwc=False, ext=".mm"):
    c.pool = NOISE_MAC
    c.L = MacLog(c.clock, c.rng, ext=ext, pool=NOISE_MAC)
    c.LB = MacLog(c.clock, c.rng, ext=".cpp", pool=NOISE_BWC) if split_bwc else c.L
    c.LT = c.L


def ios_logs(c, csf=True):
    c.pool = NOISE_MOBILE
    c.L = IosLog(c.clock, c.rng, ext=".swift", pool=NOISE_MOBILE)
    c.LB = c.L
    c.LT = c.L
    c.csf = csf


ANDROID_TAGS = {"BroadWorksCallControl": "BWC", "BwcEngine": "BWC", "BroadWorksTokenProvider": "BwTokenProvider",
                "XsiClient": "BWC-Xsi", "DmsClient": "BWC-Dms", "BroadWorksConfigDownloader": "BWC",
                "SipTransport": "BWC-Sip", "SipResolver": "BWC-Sip", "SipTransaction": "BWC-Sip",
                "SipAuth": "BWC-Sip", "BroadWorksLineManager": "BWC", "PhoneServicesModel": "PhoneServices",
                "SipKeepAlive": "BWC-Sip", "BroadWorksXsiEvents": "BWC-Xsi", "BroadWorksCallLog": "BWC"}


def android_logs(c):
    c.pool = NOISE_ANDROID
    c.L = LogcatLog(c.clock, c.rng, tags=ANDROID_TAGS, pool=NOISE_ANDROID)
    c.LB = c.L
    c.LT = c.L


# ====================================================================== 01
@builder
def b01():
    name = "A01_hub-logs_hjansen_20240514.zip"
    c = base(1, "Windows", T(2024, 5, 14, 7, 58, 10), first="Hanna", last="Jansen", short="hjansen",
             email="hanna.jansen@example.com", bwid="hjansen@voice.example.net", sip_user="2145550101",
             version="44.5.0.29672", cfg_proxy="sbc1.example.net", sbc_ip="203.0.113.10")
    win_logs(c, split_bwc=True)
    c.devices = devs(c, ["Business Communicator - PC", "Connect - Mobile", "Polycom VVX 450"])
    c.id_style, c.ent_style, c.cb_style = "json1", "list", "kv"
    c.ents = ["spark", "webex-squared", "squared-call-initiation", "squared-room-moderation", "squared-syncup",
              "cloudmeetings", "broadworks-connector"]
    c.tok_style, c.dev_style, c.cfg_style = "json2", "json", "json"
    c.sip, c.sip_style = "ok", "block"
    c.sip_tx = "BWC:SIP: outbound message -> {peer}/{tr}, {n} bytes"
    c.sip_rx = "BWC:SIP: inbound message <- {peer}/{tr}, {n} bytes"
    c.n1, c.n_tail, c.nb_tail = 180, 1500, 120
    run(c)
    mclock = Clock(T(2024, 5, 14, 8, 40, 2), c.rng)
    root = "hanna.jansen@example.com_2024-05-14T09-12-44Z/"
    emit_zip(name, [(root + "CiscoSpark/current_log.txt", c.L.data()),
                    (root + "CiscoSpark/bwc/current_log.txt", c.LB.data()),
                    (root + "CiscoSpark/media/wme_media_20240514.log", media_log(mclock, c.rng, 200)),
                    (root + "CiscoSpark/ced.dat", ced_blob(c.rng))])
    EXP[name] = dict(
        scenario="Windows, healthy sign-in and registration. Main file + separate bwc/current_log.txt (older build layout). "
                 "Identity as one-line JSON, entitlements as comma list, JWT request/response as two JSON lines joined by "
                 "trackingId, device list and DMS config as single-line JSON with XML body below; SIP in shape 1 "
                 "(announcing line + raw message), 401 challenge then 200 OK.",
        must=[], must_not=["sip-auth-failed", "sip-register-timeout", "entitlement-missing", "device-profile-missing"],
        must_not_errors=True, timeline=tl("registered"),
        facts=facts(c, "sip-register", tracking=[c.dev_tid]))


# ====================================================================== 02
@builder
def b02():
    name = "A02_mac_tferreira_home"
    c = base(2, "macOS", T(2024, 6, 3, 13, 4, 51), first="Tomás", last="Ferreira", short="tferreira",
             email="tomas.ferreira@example.org", bwid="tferreira@bw.example.org", sip_user="3125550177",
             version="44.6.1.30044", xsp="xsp-west.example.org", domain="example.org", cfg_proxy="sbc-west.example.org",
             sbc_ip="203.0.113.45", local="192.0.2.88:60233", public="198.51.100.90:30112", tid_style="un",
             start_words=0)
    mac_logs(c)
    c.devices = devs(c, ["Connect - Mobile", "Business Communicator - PC"])
    c.id_style, c.ent_style, c.cb_style = "kv", "json1", "json"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation", "cloudmeetings",
              "squared-syncup", "spark-admin"]
    c.tok_style, c.dev_style, c.cfg_style = "kv", "kv", "kv"
    c.cfg_digest = True
    c.sip, c.sip_style = "ok", "inline"
    c.sip_tx = "BWC:SIP: TX {tr} {peer} >> "
    c.sip_rx = "BWC:SIP: RX {tr} {peer} << "
    c.n1, c.n_tail = 150, 1700
    run(c)
    mclock = Clock(T(2024, 6, 3, 13, 50, 0), c.rng)
    root = "A02_mac_tferreira_home/Users/tferreira/Library/Logs/SparkMacDesktop/"
    emit_dir(name, [("Users/tferreira/Library/Logs/SparkMacDesktop/current_log", c.L.data()),
                    ("Users/tferreira/Library/Logs/SparkMacDesktop/media/wme_20240603.log", media_log(mclock, c.rng, 150))])
    EXP[name] = dict(
        scenario="macOS folder (Library/Logs/SparkMacDesktop/current_log, no .txt), healthy. All BWC lines in current_log. "
                 "Identity key=value, entitlements one-line JSON, HTTP as req#/rsp# key=value pairs; DMS config.xml answers "
                 "401 with a Digest challenge first and 200 on the retry. SIP with the start line on the announcing line.",
        must=[], must_not=["config-download-failed", "sip-auth-failed"], must_not_errors=True,
        timeline=tl("registered"), facts=facts(c, "sip-register", tracking=[c.dev_tid]))


# ====================================================================== 03
@builder
def b03():
    name = "A03_ios_feedback_atanaka.zip"
    c = base(3, "iOS", T(2024, 7, 22, 23, 41, 7), first="Aiko", last="Tanaka", short="atanaka",
             email="aiko.tanaka@example.com", bwid="+81355500123@sip.example.net", sip_user="81355500123",
             version="44.7.0.30285", cfg_proxy="sbc-ap.example.net", sbc_ip="203.0.113.71",
             local="192.0.2.201:49810", public="198.51.100.12:50222", tid_style="hex", domain="sip.example.net")
    ios_logs(c)
    # older rotated file first
    old = IosLog(c.clock, c.rng, ext=".swift", pool=NOISE_MOBILE)
    old.noise(700)
    c.clock.jump(3600 * 2)
    c.devices = devs(c, ["Business Communicator - PC", "Connect - Mobile", "Business Communicator - Tablet"])
    c.id_style, c.ent_style, c.cb_style = "lines", "lines", "words"
    c.ents = ["spark", "webex-squared", "squared-call-initiation", "broadworks-connector", "cloudmeetings"]
    c.tok_style, c.dev_style, c.cfg_style = "dump", "dump", "tid"
    c.sip, c.sip_style, c.compact = "ok", "escaped", True
    c.sip_tx = "BWC:SIP: >> {tr} {peer} "
    c.sip_rx = "BWC:SIP: << {tr} {peer} "
    c.n1, c.n_tail = 90, 900
    run(c)
    info = "\n".join(["App: Webex", "Version: %s" % c.version, "Model: iPhone15,2", "System: iOS 17.4.1",
                      "Locale: ja_JP", "Log window end: %s UTC" % c.clock.t.strftime("%Y-%m-%d %H:%M")]) + "\n"
    inner = zip_bytes([("Logs/current_log.txt", c.L.data()), ("Logs/current_log_1.txt", old.data()),
                       ("Logs/DeviceInfo.txt", info)])
    emit_zip(name, [("Feedback-2024-07-23/report.json", json.dumps({"feedbackId": U(c.rng), "category": "calling",
                                                                    "comment": "just checking logs after reinstall"}, indent=1)),
                    ("Feedback-2024-07-23/attachments/webex-ios-logs.zip", inner)])
    EXP[name] = dict(
        scenario="iOS, healthy. Outer zip holds a feedback json and a nested zip with current_log.txt, an older rotated "
                 "current_log_1.txt (noise only) and DeviceInfo.txt. Modern .swift lines mixed with old CSF-shape lines for "
                 "BWC. Identity and entitlements one item per line; HTTP as multi-line request/response dumps (config: status "
                 "on a later line naming only the tracking id); SIP escaped on one line (\\r\\n) with compact headers.",
        must=[], must_not_errors=True, timeline=tl("registered"),
        facts=facts(c, "sip-register", tracking=[c.dev_tid]))


# ====================================================================== 04
@builder
def b04():
    name = "A04_android_kmensah.zip"
    c = base(4, "Android", T(2024, 9, 2, 16, 20, 33), first="Kwame", last="Mensah", short="kmensah",
             email="kwame.mensah@example.net", bwid="kmensah@voice.example.net", sip_user="2335550144",
             version="44.8.0.30501", cfg_proxy="sbc-gh.example.net", sbc_ip="203.0.113.130",
             local="192.0.2.140:38712", public="198.51.100.140:6120", tid_style="u")
    # older logcat buffer (noise) into a .gz
    old = LogcatLog(c.clock, c.rng, pool=NOISE_ANDROID)
    old.noise(900)
    c.clock.jump(1800)
    android_logs(c)
    c.L.pid = old.pid + 311
    c.devices = devs(c, ["Connect - Mobile", "Business Communicator - PC"])
    c.id_style, c.ent_style, c.cb_style = "pretty", "json_pretty", "kv"
    c.ents = ["spark", "webex-squared", "squared-call-initiation", "broadworks-connector", "squared-syncup"]
    c.tok_style, c.dev_style, c.cfg_style = "colon", "json2", "arrow"
    c.dev_digest = True
    c.sip, c.sip_style, c.sip_eol = "ok", "prefixed", "\r"
    c.sip_tx = "BWC:SIP: send to {peer} ({tr}):"
    c.sip_rx = "BWC:SIP: recv from {peer} ({tr}):"
    c.n1, c.n_tail = 120, 1400
    run(c)
    props = "versionName=%s\nmanufacturer=Google\nmodel=Pixel 7\nsdk=34\n" % c.version
    emit_zip(name, [("webex_logs/logcat.txt", c.L.data()), ("webex_logs/logcat.1.txt.gz", gz(old.data())),
                    ("webex_logs/build.properties", props)])
    EXP[name] = dict(
        scenario="Android logcat (threadtime, no year), healthy; an older logcat buffer as .gz. Identity and entitlements as "
                 "pretty JSON split over logcat lines. Xsi-Actions profile/device first answers 401 with a Digest "
                 "challenge, the retry gets 200 (response named only by trackingId). DMS line 'GET url trackingid=.. -> 200'. "
                 "SIP every line its own logcat entry, each ending in a CR (^M).",
        must=[], must_not=["xsi-request-failed"], must_not_errors=True, timeline=tl("registered"),
        facts=facts(c, "sip-register", tracking=[c.dev_tid]))


# ====================================================================== 05
@builder
def b05():
    name = "A05_win_praman_lastrun.zip"
    kw = dict(first="Priya", last="Raman", short="praman", email="priya.raman@example.com",
              bwid="praman@voice.example.com", sip_user="4695550188", version="44.6.0.29928",
              cfg_proxy="sbc-dfw.example.com", sbc_ip="203.0.113.160", domain="voice.example.com",
              xsp="xsp-dfw.example.com", local="192.0.2.61:55102", public="198.51.100.61:19920", tid_style="un",
              start_words=1)
    # previous run (yesterday): REGISTER rejected with 403
    p = base(5, "Windows", T(2024, 10, 7, 14, 2, 11), **kw)
    win_logs(p, br=" ")
    p.devices = devs(p, ["Business Communicator - PC", "Connect - Mobile"])
    p.id_style, p.ent_style, p.cb_style = "kv", "lines", "kv"
    p.ents = ["spark", "webex-squared", "broadworks-connector", "cloudmeetings", "squared-call-initiation"]
    p.tok_style, p.dev_style, p.cfg_style = "arrow", "tid", "colon"
    p.sip, p.sip_style = "reject", "block"
    p.sip_tx, p.sip_rx = "BWC:SIP: ---> {tr} {peer}", "BWC:SIP: <--- {tr} {peer}"
    p.rej_code, p.rej_reason = 403, "Forbidden"
    p.rej_msgs = [("Error", "BWC:SCF: registrar refused line 1 (403), phone services unavailable")]
    p.n1, p.n_tail = 80, 500
    run(p)
    # newest run (next morning): the same user, healthy
    c = base(5, "Windows", T(2024, 10, 8, 7, 31, 40), **kw)
    c.rng = random.Random(55)
    c.clock = Clock(T(2024, 10, 8, 7, 31, 40), c.rng)
    c.user_id, c.org_id = p.user_id, p.org_id
    win_logs(c, br=" ")
    c.devices = p.devices
    for k in ("id_style", "ent_style", "cb_style", "ents", "tok_style", "dev_style", "cfg_style", "sip_style", "sip_tx", "sip_rx"):
        setattr(c, k, getattr(p, k))
    c.sip = "ok"
    c.n1, c.n_tail = 100, 1300
    run(c)
    emit_zip(name, [("CiscoSpark/last_run_current_log.txt", p.L.data()), ("CiscoSpark/current_log.txt", c.L.data())])
    EXP[name] = dict(
        scenario="Windows. last_run_current_log.txt holds yesterday's run whose REGISTER got 403 Forbidden; "
                 "current_log.txt holds this morning's run, fully healthy (401 challenge then 200). Token as 'GET url "
                 "trackingid=.. -> 200', device list request line + later '[tid] completed 200', config as key: value "
                 "blocks. Expectations are about the newest run.",
        must=[], must_not=["sip-register-rejected"], timeline=tl("registered"),
        facts=facts(c, "sip-register", tracking=[c.dev_tid]))


# ====================================================================== 06
@builder
def b06():
    name = "A06_win_lbecker_failover"
    c = base(6, "Windows", T(2025, 1, 20, 8, 11, 3), first="Lukas", last="Becker", short="lbecker",
             email="lukas.becker@example.com", bwid="lbecker@voip.example.com", sip_user="lbecker_wxt",
             version="44.12.0.31188", cfg_proxy="sbc.voip.example.com", sbc_ip="203.0.113.20",
             sbc_ips=["203.0.113.10", "203.0.113.20"], sbc_port=5060, transport="UDP", domain="voip.example.com",
             xsp="xsp.voip.example.com", local="192.0.2.33:5060", public="198.51.100.33:5060", tid_style="u")
    win_logs(c, br="[]")
    c.devices = devs(c, ["Business Communicator - PC", "Yealink T54W"])
    c.id_style, c.ent_style, c.cb_style = "json1", "json1", "words"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation"]
    c.tok_style, c.dev_style, c.cfg_style = "tid", "dump", "json2"
    c.sip, c.sip_style = "failover", "inline"
    c.sip_tx = "BWC:SIP: >>> UDP {peer} "
    c.sip_rx = "BWC:SIP: <<< UDP {peer} "
    c.n1, c.n_tail = 140, 1200
    run(c)
    emit_dir(name, [("AppData/Local/CiscoSpark/current_log.txt", c.L.data())])
    EXP[name] = dict(
        scenario="Windows folder bundle (AppData/Local/CiscoSpark). SBC name resolves to two addresses; REGISTER over UDP "
                 "to the first (203.0.113.10:5060) is retransmitted and never answered (timer F after 32 s); the app moves "
                 "to 203.0.113.20:5060 which challenges (401) and then answers 200 OK listing our contact. SIP printed "
                 "with the start line on the announcing line ('>>> UDP ip:port REGISTER ...').",
        must=[], must_not=["sip-register-timeout", "sip-register-rejected"], must_not_errors=True,
        timeline=tl("registered"), facts=facts(c, "sip-register", sbc_address=False, tracking=[c.dev_tid]))


# ====================================================================== 07
@builder
def b07():
    name = "A07_mac_srossi.zip"
    c = base(7, "macOS", T(2024, 11, 12, 9, 14, 27), first="Sofia", last="Rossi", short="srossi",
             email="sofia.rossi@example.org", bwid="srossi@voce.example.org",
             sip_user="390255500321", version="44.10.1.30830", cfg_proxy="sbc-mi.example.org", sbc_ip="203.0.113.99",
             domain="voce.example.org", xsp="xsp-mi.example.org", tid_style="u", start_words=1)
    mac_logs(c, split_bwc=True, ext=".swift")
    c.devices = devs(c, ["Business Communicator - PC", "Connect - Mobile"])
    c.id_style, c.ent_style, c.cb_style = "lines", "kv", "kv"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "cloudmeetings", "squared-call-initiation", "squared-syncup"]
    c.tok_style, c.dev_style, c.cfg_style = "json", "colon", "dump"

    def keychain(c):
        c.L.emit("Error", "KeychainStore.mm", "-[KeychainStore storeSecret:account:]",
                 "SecItemAdd(service=com.cisco.webex.bwc.line1) returned OSStatus -25308 (errSecInteractionNotAllowed)")
        bw(c, "Error", "BroadWorksCallControl", "storeLineCredentials",
           "BWC:SCF: line credentials could not be persisted, BroadWorks login halted")
        c.L.emit("Warning", "PhoneServicesModel", "setState", "phone services state changed -> UNAVAILABLE")
        return False

    c.after_config = keychain
    c.n1, c.n_tail, c.nb_tail = 100, 1400, 80
    run(c)
    rng = c.rng
    emit_zip(name, [("SparkMacDesktop/current_log.txt", c.L.data()),
                    ("SparkMacDesktop/bwc/current_log.txt", c.LB.data()),
                    ("__MACOSX/SparkMacDesktop/._current_log.txt", appledouble(rng)),
                    ("__MACOSX/SparkMacDesktop/bwc/._current_log.txt", appledouble(rng))])
    EXP[name] = dict(
        scenario="macOS zip with __MACOSX entries and a separate bwc/current_log.txt. Sign-in, token, device list and DMS "
                 "config all succeed, then the macOS keychain refuses to store the line credentials (OSStatus -25308) and "
                 "BWC halts before any SIP traffic. None of the finding ids describes this. Token as single-line JSON, device "
                 "list as key: value blocks, config as multi-line dumps.",
        must=[], unexplained_stop=True,
        must_not=["config-parse-failed", "config-download-failed", "sip-register-timeout", "sip-register-rejected",
                  "device-profile-missing", "unresolved-config-tag", "entitlement-missing"],
        timeline=tl("config-download"), facts=facts(c, "config-download", tracking=[c.dev_tid]))


# ====================================================================== 08
@builder
def b08():
    name = "A08_helpdesk_pvisser.zip"
    c = base(8, "Windows", T(2024, 4, 2, 12, 0, 19), first="Pieter", last="Visser", short="pvisser",
             email="pieter.visser@example.com", bwid="pvisser@voice.example.com",
             sip_user="3120555019", version="44.3.0.28993")
    win_logs(c, br=" ")
    c.id_style, c.ent_style, c.cb_style = "pretty", "json_pretty", "json"
    c.ents = ["spark", "webex-squared", "squared-call-initiation", "squared-room-moderation", "cloudmeetings",
              "squared-syncup", "spark-admin"]
    c.bwc = False

    def after(c):
        c.L.noise(12)
        c.L.emit("Info", "CallingServiceSelector", "select", "calling providers evaluated: broadworks=unavailable cloud=unavailable ucm=unavailable")
        c.L.emit("Info", "PhoneServicesModel", "setState", "phone services tab hidden (no provider)")
        c.L.noise(40)
        c.L.emit("Debug", "DirectoryStatusClient", "onResponse", "directory status payload:")
        c.L.cont(['{', '  "source": "broadworks-external-directory",', '  "lastRun": "2024-04-02T03:00:11Z",',
                  '  "result": "FAILED",', '  "errorCode": 600014,',
                  '  "errorMessage": "Broadworks External Directory User Sync failed while trying to connect to Broadworks cluster. Error from Broadworks - read timed out"',
                  '}'])
        c.L.emit("Warning", "ContactsModel", "reload", "enterprise directory unavailable, showing cached contacts only")

    c.after_ents = after
    c.n1, c.n_tail = 200, 1600
    run(c)
    prev = DesktopLog(Clock(T(2024, 4, 1, 16, 2, 0), c.rng), c.rng, pool=NOISE_WIN)
    prev.noise(400)
    emit_zip(name, [("Users/pvisser/AppData/Local/CiscoSpark/current_log.txt", c.L.data()),
                    ("Users/pvisser/AppData/Local/CiscoSpark/last_run_current_log.txt", prev.data())])
    EXP[name] = dict(
        scenario="Windows, deep path Users/<u>/AppData/Local/CiscoSpark. Entitlements printed as a pretty JSON user record "
                 "with the array split over lines: no broadworks-connector, so BWC never starts. A contacts/directory "
                 "status payload carries directory-sync code 600014.",
        must=["entitlement-missing", "directory-sync-error"], codes=[600014],
        must_not=["token-fetch-failed", "sip-register-timeout", "calling-behavior-not-webex"],
        timeline=tl("app-start", failed="entitlements"), facts=facts(c, "entitlements"))


# ====================================================================== 09
@builder
def b09():
    name = "A09_android_nokafor.zip"
    c = base(9, "Android", T(2024, 8, 19, 6, 45, 2), first="Ngozi", last="Okafor", short="nokafor",
             email="ngozi.okafor@example.org", bwid="nokafor@voice.example.org", sip_user="2345550170",
             version="44.8.0.30422", start_words=1)
    android_logs(c)
    c.id_style, c.ent_style, c.cb_style = "kv", "kv", "words"
    c.ents = ["spark", "webex-squared", "squared-call-initiation", "cloudmeetings"]
    c.behavior = "CALL_WITH_APP_REGISTERED_FOR_TEL"
    c.bwc = False

    def pre(c):
        L = c.L
        L.emit("Info", "ActivationWebView", "", "loading https://activation.bw.example.org/uap/signin?configSet=%s" % U(c.rng))
        L.noise(6)
        L.emit("Warning", "ActivationWebView", "", "portal result: {\"status\":\"error\",\"code\":300005,\"text\":\"Precheck failed because user is already in queue and being provisioned.\"}")
        L.emit("Info", "LoginFlow", "", "activation did not complete, back to email screen")
        L.noise(120, 1, 6)
        c.clock.jump(60 * 9)
        L.emit("Info", "ActivationWebView", "", "loading https://activation.bw.example.org/uap/signin?configSet=%s" % U(c.rng))
        L.noise(5)
        L.emit("Info", "LoginFlow", "", "SAML assertion received, exchanging for CI access token")

    c.pre_identity = pre

    def after(c):
        c.L.emit("Info", "CallingServiceSelector", "", "no BroadWorks calling for this account; calls hand off to the native dialer")

    c.after_ents = after
    c.n1, c.n_tail = 80, 1200
    run(c)
    emit_zip(name, [("logs/logcat-%s.txt" % c.short, c.L.data())])
    EXP[name] = dict(
        scenario="Android logcat. Activation portal first reports code 300005 (user still queued for provisioning); nine "
                 "minutes later sign-in succeeds but the entitlements (printed as entitlements=a,b,c) lack "
                 "broadworks-connector, and calling behaviour is CALL_WITH_APP_REGISTERED_FOR_TEL. BWC never starts.",
        must=["activation-portal-error", "entitlement-missing", "calling-behavior-not-webex"], codes=[300005],
        must_not=["sip-register-timeout", "token-fetch-failed"],
        timeline=tl("app-start", failed="entitlements"), facts=facts(c, "entitlements"))


# ====================================================================== 10
@builder
def b10():
    name = "A10_mac_gmoreau.zip"
    c = base(10, "macOS", T(2025, 2, 11, 10, 22, 9), first="Gaël", last="Moreau", short="gmoreau",
             email="gael.moreau@example.com", bwid="gmoreau@voix.example.com", sip_user="3315550142",
             version="44.13.0.31402", cfg_proxy="sbc-par.example.com", sbc_ip="203.0.113.211", domain="voix.example.com",
             xsp="xsp-par.example.com", tid_style="un")
    mac_logs(c, ext=".swift")
    c.devices = devs(c, ["Business Communicator - PC", "Connect - Mobile"])
    c.id_style, c.ent_style, c.cb_style = "json1", "json_pretty", "kv"
    c.ents = ["spark", "webex-squared", "bc-sp-standard", "broadworks-connector", "squared-call-initiation",
              "cloudmeetings"]

    def after(c):
        L = c.L
        L.emit("Info", "CallingServiceSelector.swift", "evaluate()", "active calling services: [WEBEX_CALLING, BROADWORKS]")
        L.noise(4)
        t = tid(c)
        http(L, "arrow", "MobiusClient.swift", "registerDevice()", "POST",
             "https://mobius-eu-central.example.com/api/v1/calling/web/devices", "WBXAPP_" + U(c.rng), 200, "OK")
        L.emit("Info", "MobiusClient.swift", "onRegistered(_:)", "Mobius line registered, deviceId=%s, keepalive 30 s" % U(c.rng))

    c.after_ents = after
    c.tok_style, c.dev_style, c.cfg_style = "json", "json", "kv"
    c.sip, c.sip_style = "ok", "block"
    c.sip_tx = "BWC:SIP: message out (dst {peer}, {tr}, len {n})"
    c.sip_rx = "BWC:SIP: message in (src {peer}, {tr}, len {n})"
    c.n1, c.n_tail = 90, 1300
    prev = MacLog(Clock(T(2025, 2, 10, 16, 0, 0), c.rng), c.rng, ext=".swift", pool=NOISE_MAC)
    prev.noise(600)
    run(c)
    emit_zip(name, [("Library/Logs/SparkMacDesktop/current_log.txt", c.L.data()),
                    ("Library/Logs/SparkMacDesktop/last_run_current_log.txt", prev.data())])
    EXP[name] = dict(
        scenario="macOS. Entitlements (pretty JSON over lines) contain both bc-sp-standard and broadworks-connector; the app "
                 "registers a Webex Calling (Mobius) line and also starts BWC, which registers fine with BroadWorks.",
        must=["conflicting-calling-entitlement", "multiple-calling-services"],
        must_not=["entitlement-missing", "sip-register-rejected"],
        timeline=tl("registered"), facts=facts(c, "sip-register", tracking=[c.dev_tid]))


# ====================================================================== 11
@builder
def b11():
    name = "A11_ios_ewalsh.zip"
    c = base(11, "iOS", T(2024, 12, 4, 15, 33, 0), first="Eimear", last="Walsh", short="ewalsh",
             email="eimear.walsh@example.net", bwid="ewalsh@voice.example.net", sip_user="3531555019",
             version="44.11.0.31003", start_words=1)
    ios_logs(c)
    c.id_style, c.ent_style, c.cb_style = "kv", "list", "json"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation", "cloudmeetings"]
    c.behavior = "NATIVE_SIP_CALL_TO_UCM"
    c.bwc = False

    def pre(c):
        L = c.L
        L.csf("Info", "Webex/Login/ActivationPortalController.mm", "login.uap", "loadPortal", "opening activation portal for %s" % c.email)
        L.noise(5)
        L.csf("Error", "Webex/Login/ActivationPortalController.mm", "login.uap", "portalDidFail",
              "portal error 100006: Login failed: user ID / password is incorrect")
        L.noise(25, 0.5, 4)
        L.csf("Info", "Webex/Login/ActivationPortalController.mm", "login.uap", "loadPortal", "opening activation portal for %s" % c.email)
        L.noise(4)
        L.csf("Info", "Webex/Login/ActivationPortalController.mm", "login.uap", "portalDidFinish", "portal returned SAML response, length 9211")

    c.pre_identity = pre

    def after(c):
        c.L.emit("Info", "CallingProviderResolver.swift", "resolve(policy:)", "calls will be placed through UCM (SIP); BroadWorks engine stays off")

    c.after_ents = after
    c.n1, c.n_tail = 70, 1000
    run(c)
    emit_zip(name, [("ios/Logs/current_log.txt", c.L.data())])
    EXP[name] = dict(
        scenario="iOS (CSF + swift lines). Activation portal first shows error 100006 (wrong password); the retry succeeds. "
                 "Entitlements fine (comma list), but calling behaviour is NATIVE_SIP_CALL_TO_UCM (printed as JSON), so BWC is "
                 "never started.",
        must=["activation-portal-error", "calling-behavior-not-webex"], codes=[100006],
        must_not=["entitlement-missing"],
        timeline=tl("entitlements"), facts=facts(c, "entitlements"))


def tokfail_server(c, srv_clock_start, tz="GMT", off=0):
    """authenticationService + access_log + CLI for bundle 12"""
    r = c.rng
    clock = Clock(srv_clock_start, r)
    A = Srv(clock, r, tz=tz, offset=off)
    A.noise(25, kind="xsp")
    clock.t = c.tok_ts + dt.timedelta(milliseconds=180)
    th = "http-nio-8443-exec-%d" % r.randrange(2, 60)
    A.entry("Info", "AuthService", th, ["Received request: GET /authService/token?lifetime=long HTTP/1.1",
                                        "host: %s:8443" % c.xsp, "http_bw_userid: %s" % c.bwid,
                                        "trackingid: %s" % c.tok_tid, "x-forwarded-for: 198.51.100.250",
                                        "user-agent: broadworks-idp-proxy/2.31"])
    A.entry("Warning", "AuthService", th, ["Client certificate validation failed: issuer chain of 'CN=idp-proxy.example.com' "
                                           "is longer than the allowed depth 1; no trusted anchor reached"])
    A.entry("Info", "AuthService", th, ["Response sent, StatusCode=403, trackingid: %s, elapsed=%dms" % (c.tok_tid, r.randrange(4, 30))])
    A.noise(30, kind="xsp")
    ts_local = c.tok_ts + dt.timedelta(hours=off, milliseconds=200)
    acc = []
    aclock = Clock(c.tok_ts - dt.timedelta(minutes=20), r)
    for _ in range(40):
        t = aclock.tick(5, 40) + dt.timedelta(hours=off)
        acc.append(access_line(t, off, "198.51.100.%d" % r.randrange(2, 250), "GET",
                               "/com.broadsoft.xsi-actions/v2.0/versions", 200, r.randrange(200, 400), "HealthProbe/1.0"))
    acc.append(access_line(ts_local, off, "198.51.100.250", "GET", "/authService/token?lifetime=long", 403, 0,
                           "broadworks-idp-proxy/2.31"))
    acc.sort(key=lambda l: l.split("[", 1)[1][:20])
    cli = "\n".join([
        "%s> get" % "XSP_CLI/Interface/HttpClientAuthentication",
        "  chainDepth = 1",
        "  requireClientCertificate = true",
        "",
        "XSP_CLI/Interface/HttpClientAuthentication/Trusts> get",
        "  Alias                  Owner                         Issuer                     Expires",
        "  =======================================================================================",
        "  webex-root-ca          Webex Root CA (example)       self                       2033-04-11",
        "",
        "1 entry found.",
        ""])
    return A.text(), "\n".join(acc) + "\n", cli


# ====================================================================== 12
@builder
def b12():
    name = "A12_android_kadjei_with_xsp.zip"
    c = base(12, "Android", T(2024, 5, 21, 11, 2, 40), first="Kofi", last="Adjei", short="kadjei",
             email="kofi.adjei@example.com", bwid="kadjei@voice.example.com", sip_user="2335550190",
             version="44.5.0.29741", xsp="xsp-auth.example.com", tid_style="u",
             idp_url="https://broadworks-idp-proxy-b.example.com/broadworks-idp-proxy/v2/token/broadworks")
    android_logs(c)
    c.id_style, c.ent_style, c.cb_style = "json1", "list", "kv"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation", "cloudmeetings"]
    c.tok_style, c.tok_status = "dump", 500
    c.tok_body = ['{"error":"token_unavailable","message":"BroadWorks authentication service refused the request"}']
    c.tok_fail_msg = "BWC:SCF: BroadWorks JWT not obtained (HTTP 500); calling login abandoned"
    c.n1, c.n_tail = 90, 900
    run(c)
    auth, acc, cli = tokfail_server(c, c.tok_ts - dt.timedelta(minutes=10))
    emit_zip(name, [("client/logcat_kadjei.txt", c.L.data()),
                    ("xsp-auth/authenticationService/authenticationService.log", auth),
                    ("xsp-auth/tomcat/access_log.2024-05-21.txt", acc),
                    ("xsp-auth/cli/HttpClientAuthentication.txt", cli)])
    f = facts(c, "entitlements", tracking=[c.tok_tid])
    f["broadworks_user_id"] = c.bwid
    EXP[name] = dict(
        scenario="Android logcat + XSP logs of the same minute. The app's JWT request to broadworks-idp-proxy is printed as a "
                 "multi-line request/response dump (each line a logcat entry) and answers 500. The XSP authenticationService "
                 "got the token request (same trackingid, http_bw_userid) and answered StatusCode=403 because the client "
                 "certificate chain is deeper than allowed; a CLI capture shows HttpClientAuthentication chainDepth = 1.",
        must=["token-fetch-failed", "xsp-token-failed", "xsp-chain-depth-too-low"],
        must_not=["xsi-request-failed", "xsp-cert-auth-misconfigured"],
        timeline=tl("bwc-init", failed="token"), facts=f)


# ====================================================================== 13
@builder
def b13():
    name = "A13_win_mlindqvist.zip"
    c = base(13, "Windows", T(2024, 3, 18, 7, 9, 55), first="Maja", last="Lindqvist", short="mlindqvist",
             email="maja.lindqvist@example.org", bwid="mlindqvist@tel.example.org",
             sip_user="4685550133", version="44.2.0.29562", xsp="xsp2.example.org", domain="tel.example.org",
             tid_style="hex", start_words=1)
    win_logs(c, br="[]")
    c.devices = devs(c, ["Business Communicator - PC"])
    c.id_style, c.ent_style, c.cb_style = "lines", "list", "words"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation", "cloudmeetings"]
    c.tok_style, c.dev_style = "json", "tid"
    c.dev_digest = True
    c.dev_status = 404
    c.dev_err_body = ['<?xml version="1.0" encoding="UTF-8"?>',
                      '<ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>User not found</summary>'
                      '<summaryEnglish>User not found</summaryEnglish><errorCode>4008</errorCode></ErrorInfo>']
    c.dev_fail_msg = "BWC:SCF: Xsi access device query failed (http 404), BroadWorks login stopped"
    c.n1, c.n_tail = 130, 1500
    run(c)
    emit_zip(name, [("CiscoSpark/current_log.txt", c.L.data()),
                    ("CiscoSpark/media/calls/none.txt", "no calls recorded in this session\n")])
    EXP[name] = dict(
        scenario="Windows. The Xsi-Actions profile/device request is first challenged (401 Digest), the retry with "
                 "credentials gets 404 Not Found with an ErrorInfo body. Requests printed as 'GET url [tid]' with the "
                 "status on a later '[tid] completed ...' line. Identity one item per line.",
        must=["xsi-request-failed"], must_not=["config-download-failed", "token-fetch-failed"],
        timeline=tl("token", failed="device-list"), facts=facts(c, "device-list", tracking=[c.dev_tid]))


def xsi_forbidden_server(c, tz="IST", off=1):
    r = c.rng
    clock = Clock(c.dev_ts - dt.timedelta(minutes=15), r)
    X = Srv(clock, r, tz=tz, offset=off)
    X.noise(30, kind="xsp")
    clock.t = c.dev_ts + dt.timedelta(milliseconds=120)
    th = "http-nio-443-exec-%d" % r.randrange(2, 90)
    path = "/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device" % c.bwid.replace("@", "%40")
    X.entry("Info", "Xsi-Actions", th, ["Incoming request from 198.51.100.%d" % r.randrange(2, 250),
                                        "GET https://%s%s" % (c.xsp, path), "authorization: Bearer <hidden>",
                                        "user-agent: %s" % c.ua_http, "trackingid: %s" % c.dev_tid])
    X.entry("Warning", "Xsi-Actions", th, ["Authentication of user %s rejected: token presented by a client application, "
                                           "but client application authentication is disabled" % c.bwid])
    X.entry("Info", "Xsi-Actions", th, ["Outgoing response, trackingid: %s" % c.dev_tid, "HTTP/1.1 403 Forbidden",
                                        "Content-Type: application/xml;charset=UTF-8", "",
                                        '<ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>Forbidden</summary></ErrorInfo>'])
    X.noise(25, kind="xsp")
    acc = []
    t = c.dev_ts + dt.timedelta(hours=off, milliseconds=150)
    acc.append(access_line(t - dt.timedelta(minutes=3), off, "198.51.100.7", "GET", "/com.broadsoft.xsi-actions/v2.0/versions", 200, 312, "HealthProbe/1.0"))
    acc.append(access_line(t, off, "198.51.100.31", "GET", path, 403, 97, c.ua_http, 14))
    acc.append(access_line(t + dt.timedelta(minutes=2), off, "198.51.100.7", "GET", "/com.broadsoft.xsi-actions/v2.0/versions", 200, 312, "HealthProbe/1.0"))
    cli = "\n".join(["xsp2:bwadmin> bwcli", "XSP_CLI> cd System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication",
                     "XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get",
                     "  allowUserApp = true", "  allowClientApp = false", "  certificateRevocationCheck = false", ""])
    return X.text(), "\n".join(acc) + "\n", cli


# ====================================================================== 14
@builder
def b14():
    name = "A14_ios_cmurphy_xsp.zip"
    c = base(14, "iOS", T(2024, 10, 30, 8, 44, 12), first="Ciarán", last="Murphy", short="cmurphy",
             email="ciaran.murphy@example.net", bwid="cmurphy@voice.example.net", sip_user="3531555077",
             version="44.10.0.30775", xsp="xsp-ie.example.net", tid_style="un")
    ios_logs(c)
    c.devices = devs(c, ["Connect - Mobile"])
    c.id_style, c.ent_style, c.cb_style = "json1", "lines", "kv"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation"]
    c.tok_style, c.dev_style, c.dev_status = "kv", "json2", 403
    c.dev_err_body = ['<ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>Forbidden</summary></ErrorInfo>']
    c.dev_fail_msg = "BWC:SCF: device list request refused by Xsi (403)"
    c.n1, c.n_tail = 80, 900
    run(c)
    xlog, acc, cli = xsi_forbidden_server(c)
    emit_zip(name, [("case-0061-ios/webex/current_log.txt", c.L.data()),
                    ("case-0061-ios/xsp/XsiActionsLog/XsiActionsLog2024.10.30-09.00.00.txt", xlog),
                    ("case-0061-ios/xsp/access_log.2024_10_30.txt", acc),
                    ("case-0061-ios/xsp/cli-certauth.txt", cli)])
    EXP[name] = dict(
        scenario="iOS client log + XSP logs. Xsi-Actions profile/device (request JSON line, response JSON line naming the "
                 "trackingId) answers 403; the XsiActionsLog shows the same trackingid refused because client-application "
                 "authentication is disabled, and the pasted CLI shows allowUserApp = true / allowClientApp = false.",
        must=["xsi-request-failed", "xsp-profile-request-failed", "xsp-cert-auth-misconfigured"],
        must_not=["token-fetch-failed", "xsp-chain-depth-too-low"],
        timeline=tl("token", failed="device-list"), facts=facts(c, "device-list", tracking=[c.dev_tid]))


# ====================================================================== 15
@builder
def b15():
    name = "A15_android_rsantos.zip"
    c = base(15, "Android", T(2025, 3, 3, 18, 5, 41), first="Rafael", last="Santos", short="rsantos",
             email="rafael.santos@example.com", bwid="rsantos@voz.example.com", sip_user="5511555012",
             version="44.14.0.31590", xsp="xsp-sp.example.com", domain="voz.example.com", tid_style="u")
    android_logs(c)
    c.devtype = "Connect - Mobile"
    c.devices = devs(c, ["Business Communicator - PC", "Polycom VVX 450"])
    c.id_style, c.ent_style, c.cb_style = "kv", "json1", "kv"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation", "cloudmeetings"]
    c.tok_style, c.dev_style = "colon", "kv"
    c.dev_missing_msg = "BWC:SCF: no access device usable by this client among 2 returned; calling stays offline"

    def after(c):
        c.L.noise(20)
        c.L.emit("Warning", "DirectorySync", "", "org directory sync state=PARTIAL code=600003 (Broadworks External Directory User Sync succeeded only partially. Some customer organizations did not sync.)")

    c.after_ents = after
    c.n1, c.n_tail = 100, 1100
    run(c)
    emit_zip(name, [("Android/rsantos/logcat.txt", c.L.data())])
    EXP[name] = dict(
        scenario="Android phone (startup line says formFactor=phone). The Xsi-Actions device list (key=value request/response, "
                 "XML body) returns only 'Business Communicator - PC' and a Polycom; no 'Connect - Mobile', so BWC stops. "
                 "A directory-sync status line carries 600003.",
        must=["device-profile-missing", "directory-sync-error"], codes=[600003],
        must_not=["xsi-request-failed", "config-download-failed"],
        timeline=tl("token", failed="device-list"), facts=facts(c, "device-list", tracking=[c.dev_tid]))


# ====================================================================== 16
@builder
def b16():
    name = "A16_mac_hnakamura"
    c = base(16, "macOS", T(2024, 8, 5, 22, 10, 4), first="Hiro", last="Nakamura", short="hnakamura",
             email="hiro.nakamura@example.org", bwid="hnakamura@voice.example.org", sip_user="8135550110",
             version="44.8.0.30404", xsp="xsp-tyo.example.org", dms_host="dms-tyo.example.org", domain="voice.example.org",
             tid_style="hex")
    mac_logs(c, split_bwc=True)
    c.devices = devs(c, ["Business Communicator - PC", "Connect - Mobile"])
    c.id_style, c.ent_style, c.cb_style = "json1", "list", "kv"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "cloudmeetings", "squared-call-initiation"]
    c.tok_style, c.dev_style, c.cfg_style = "json2", "json", "kv"
    c.cfg_status = 404
    c.cfg_err_body = ["<html><head><title>Error</title></head><body>HTTP Status 404 - /dms/bc/pc/config.xml</body></html>"]
    c.cfg_fail_msg = "BWC:SCF: ConfigDownload - profile file fetch failed, http 404"
    c.n1, c.n_tail, c.nb_tail = 110, 1200, 60
    run(c)
    emit_dir(name, [("SparkMacDesktop/current_log", c.L.data()), ("SparkMacDesktop/bwc/current_log", c.LB.data())])
    EXP[name] = dict(
        scenario="macOS folder with current_log and bwc/current_log (no .txt). Token and device list fine; the DMS "
                 "config.xml GET (on a separate DMS host, req#/rsp# key=value lines) answers 404.",
        must=["config-download-failed"], must_not=["config-parse-failed", "xsi-request-failed", "device-profile-missing"],
        timeline=tl("device-list", failed="config-download"),
        facts=facts(c, "device-list", tracking=[c.cfg_tid]))


# ====================================================================== 17
@builder
def b17():
    name = "A17_win_jibanez.zip"
    c = base(17, "Windows", T(2024, 1, 30, 6, 48, 12), first="José", last="Ibáñez", short="jibanez",
             email="jose.ibanez@example.com", bwid="jibanez@voz.example.net", sip_user="3491555020",
             version="44.1.0.28791", cfg_proxy="sbc-mad.example.net", sbc_ip="203.0.113.50", tid_style="u")
    win_logs(c, br="[]")
    c.devices = devs(c, ["Business Communicator - PC", "Connect - Mobile"])
    c.id_style, c.ent_style, c.cb_style = "json1", "lines", "kv"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation"]
    c.tok_style, c.dev_style, c.cfg_style = "arrow", "json2", "dump"
    c.first_print = "Jos\ufffd Ib\ufffd\ufffdez"
    c.cfg_parse_fail = [
        ("Info", "parser.rl", "TP::Xml::Parser::parse", "BWC:INTERNAL: reader stopped at byte 1187: invalid UTF-8 sequence, document incomplete"),
        ("Info", "BroadWorksCallControl", "createConfig", "BWC:SCF: device configuration rejected, cannot build line settings"),
        ("Error", "BroadWorksManager", "registerClient", "BWC:SCF: client login ended with errorCode=1507"),
        ("Error", "BroadWorksLoginAdapter", "onLoginFailed", "BWC:SCF: phone services sign-in failed (errorCode=1507)")]
    c.n1, c.n_tail = 120, 2600
    # config body printed as received: latin-1 bytes shown as replacement chars
    import flow as F
    orig = F.config_xml

    def cx(*a, **k):
        out = orig(*a, **k)
        return [l.replace("José Ibáñez", c.first_print) for l in out]

    F.config_xml = cx
    try:
        run(c)
    finally:
        F.config_xml = orig
    lines = c.L.lines
    cut = int(len(lines) * 0.55)
    while lines[cut][:2] != "20":
        cut += 1
    older = "\n".join(lines[:cut]) + "\n"
    newer = "\n".join(lines[cut:]) + "\n"
    emit_zip(name, [("AppData/Local/CiscoSpark/current_log.txt.1.gz", gz(older)),
                    ("AppData/Local/CiscoSpark/current_log.txt", newer)])
    EXP[name] = dict(
        scenario="Windows; the log rotated: the sign-in and the failure are in current_log.txt.1.gz, current_log.txt only "
                 "has later noise. DMS config downloads (200, dump with body showing mangled non-UTF-8 name) but does not "
                 "parse; BWC ends with errorCode=1507.",
        must=["config-parse-failed"], must_not=["config-download-failed", "sip-register-timeout"],
        timeline=tl("device-list", failed="config-download"),
        facts=facts(c, "device-list", tracking=[c.dev_tid]))


# ====================================================================== 18
@builder
def b18():
    name = "A18_ios_lnguyen.zip"
    c = base(18, "iOS", T(2024, 6, 25, 2, 15, 50), first="Linh", last="Nguyen", short="lnguyen",
             email="linh.nguyen@example.com", bwid="lnguyen@voice.example.com", sip_user="8428555013",
             version="44.6.0.29931", cfg_proxy="%SBC_ADDRESS_WXT%", sbc_port=5061, xsp="xsp-sg.example.com",
             domain="voice.example.com", tid_style="u")
    ios_logs(c)
    c.devices = devs(c, ["Connect - Mobile", "Business Communicator - Tablet"])
    c.id_style, c.ent_style, c.cb_style = "lines", "json1", "words"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation", "cloudmeetings"]
    c.tok_style, c.dev_style, c.cfg_style = "tid", "colon", "colon"

    def stop(c):
        bw(c, "Warning", "SipStackConfig", "validate", "BWC:SIP: outbound proxy host '%SBC_ADDRESS_WXT%' is not a resolvable name")
        bw(c, "Error", "BroadWorksLineManager", "start", "BWC:SCF: SIP registration not attempted: no valid proxy in device configuration")
        return False

    c.after_config = stop
    c.n1, c.n_tail = 60, 1100
    prev = IosLog(c.clock, c.rng, ext=".swift", pool=NOISE_MOBILE)
    prev.noise(500)
    c.clock.jump(5400)
    run(c)
    emit_zip(name, [("Documents/Logs/current_log.txt", c.L.data()),
                    ("Documents/Logs/current_log.txt.1", prev.data())])
    EXP[name] = dict(
        scenario="iOS. DMS config downloads with 200 and its body (key: value block) shows <proxy address=\"%SBC_ADDRESS_WXT%\">: "
                 "the tag is not defined for the user; BWC refuses to start SIP. No REGISTER is ever sent.",
        must=["unresolved-config-tag"], must_not=["config-download-failed", "sip-register-timeout", "config-parse-failed"],
        timeline=tl("config-download"), facts=facts(c, "config-download", tracking=[c.dev_tid]))


# ====================================================================== 19
@builder
def b19():
    name = "A19_win_ozdemir.zip"
    c = base(19, "Windows", T(2024, 9, 16, 9, 30, 0), first="Elif", last="Özdemir", short="eozdemir",
             email="elif.ozdemir@example.com", bwid="eozdemir@ses.example.com", sip_user="905555550177",
             version="44.9.0.30612", cfg_proxy="sbc-ist.example.com", sbc_ip="203.0.113.177", domain="ses.example.com",
             xsp="xsp-ist.example.com", local="192.0.2.77:61544", public="198.51.100.177:61544", tid_style="un")
    win_logs(c, br="[]", sep="::")
    c.devices = devs(c, ["Business Communicator - PC", "Connect - Mobile", "Business Communicator - Tablet"])
    c.id_style, c.ent_style, c.cb_style = "kv", "list", "kv"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation", "cloudmeetings"]
    c.tok_style, c.dev_style, c.cfg_style = "json2", "arrow", "json"
    c.cfg_extra = ['<call-pull enabled="%ENABLE_CALL_PULL_WXT%"/>', '<call-recording mode="off"/>']
    c.sip, c.sip_style, c.compact, c.sip_eol = "auth_loop", "block", True, "\r"
    c.loops = 3
    c.sip_tx = "BWC:SIP: writing {n} bytes to {tr}:{peer}"
    c.sip_rx = "BWC:SIP: read {n} bytes from {tr}:{peer}"
    c.loop_msgs = [("Warning", "BWC:SIP: credentials for line 1 challenged again (attempt {i})")]
    c.loop_final = [("Error", "BWC:SCF: registering line 1 abandoned: server keeps rejecting credentials"),
                    ("Error", "BWC:SCF: phone services disconnected")]
    c.n1, c.n_tail = 150, 1500
    run(c)
    emit_zip(name, [("logs/eozdemir/CiscoSpark/current_log.txt", c.L.data()),
                    ("logs/eozdemir/CiscoSpark/ced.dat", ced_blob(c.rng))])
    EXP[name] = dict(
        scenario="Windows, function and message joined by '::'. Config contains an undefined tag "
                 "(<call-pull enabled=\"%ENABLE_CALL_PULL_WXT%\"/>) but SIP settings are fine. REGISTER printed in shape 1 "
                 "with compact headers (v:, f:, t:, i:, m:, l:) and CRLF line ends; every REGISTER with Authorization is "
                 "answered 401 again (3 times), then BWC gives up.",
        must=["sip-auth-failed", "unresolved-config-tag"], must_not=["sip-register-rejected", "sip-register-timeout"],
        timeline=tl("config-download", failed="sip-register"),
        facts=facts(c, "sip-register", tracking=[c.dev_tid]))


# ====================================================================== 20
@builder
def b20():
    name = "A20_android_dpetrov.zip"
    c = base(20, "Android", T(2024, 11, 27, 13, 55, 21), first="Dimitar", last="Petrov", short="dpetrov",
             email="dimitar.petrov@example.org", bwid="dpetrov@glas.example.org", sip_user="dpetrov_mob",
             version="44.11.0.30980", cfg_proxy="sbc-sof.example.org", sbc_ip="203.0.113.88", sbc_port=5062,
             domain="glas.example.org", xsp="xsp-sof.example.org", local="192.0.2.90:40110", public="198.51.100.90:40110",
             tid_style="hex", start_words=1, realm="sbc-sof.example.org")
    android_logs(c)
    c.devices = devs(c, ["Connect - Mobile", "Business Communicator - PC"])
    c.id_style, c.ent_style, c.cb_style = "lines", "lines", "json"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation"]
    c.tok_style, c.dev_style, c.cfg_style = "kv", "json", "tid"
    c.sip, c.sip_style = "proxy_loop", "block"
    c.loops = 4
    c.sip_tx = "BWC:SIP: >> {peer}"
    c.sip_rx = "BWC:SIP: << {peer}"
    c.loop_final = [("Error", "BWC:SCF: giving up on line registration after repeated 407 Proxy Authentication Required")]
    c.n1, c.n_tail = 90, 1200
    run(c)
    emit_zip(name, [("bugreport/logcat.txt", c.L.data())])
    EXP[name] = dict(
        scenario="Android logcat; SIP lines each their own logcat entry. The SBC answers every REGISTER with 407 Proxy "
                 "Authentication Required, including four REGISTERs that carry Proxy-Authorization; BWC gives up.",
        must=["sip-auth-failed"], must_not=["sip-register-rejected", "sip-register-timeout"],
        timeline=tl("config-download", failed="sip-register"), facts=facts(c, "sip-register", tracking=[c.dev_tid]))


# ====================================================================== 21
@builder
def b21():
    name = "A21_mac_akowalska.zip"
    c = base(21, "macOS", T(2025, 4, 14, 7, 2, 30), first="Agnieszka", last="Kowalska", short="akowalska",
             email="agnieszka.kowalska@example.com", bwid="akowalska@voip.example.com", sip_user="48225550166",
             version="44.15.0.31877", cfg_proxy="sbc-waw.example.com", sbc_ip="203.0.113.140", domain="voip.example.com",
             xsp="xsp-waw.example.com", local="192.0.2.66:53001", public="198.51.100.66:53001", tid_style="u")
    mac_logs(c)
    c.devices = devs(c, ["Business Communicator - PC", "Connect - Mobile"])
    c.id_style, c.ent_style, c.cb_style = "pretty", "kv", "words"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "cloudmeetings"]
    c.tok_style, c.dev_style, c.cfg_style = "colon", "tid", "json2"
    c.sip, c.sip_style = "reject", "prefixed"
    c.sip_prefix = "    | "
    c.sip_tx = "BWC:SIP: request sent to {peer} over {tr}"
    c.sip_rx = "BWC:SIP: response received from {peer} over {tr}"
    c.rej_code, c.rej_reason = 403, "Forbidden"
    c.rej_extra = [("Warning", '399 sbc-waw.example.com "Registration barred for this line"')]
    c.rej_msgs = [("Error", "BWC:SCF: line 1 registration refused (403 Forbidden); phone services offline")]
    c.n1, c.n_tail = 100, 1400
    run(c)
    emit_zip(name, [("webex-mac-logs/current_log.txt", c.L.data()),
                    ("__MACOSX/webex-mac-logs/._current_log.txt", appledouble(c.rng))])
    EXP[name] = dict(
        scenario="macOS; SIP in shape 3 (every line of the message carries the full log prefix). REGISTER challenged with "
                 "401, then the authenticated REGISTER is answered 403 Forbidden (with a Warning header).",
        must=["sip-register-rejected"], must_not=["sip-auth-failed", "sip-register-timeout"],
        timeline=tl("config-download", failed="sip-register"), facts=facts(c, "sip-register", tracking=[c.dev_tid]))


# ====================================================================== 22
@builder
def b22():
    name = "A22_win_tmueller.zip"
    c = base(22, "Windows", T(2024, 2, 26, 7, 45, 0), first="Tobias", last="Müller", short="tmueller",
             email="tobias.mueller@example.com", bwid="tmueller@voice.example.com", sip_user="4930555011",
             version="44.2.0.29562", cfg_proxy="sbc-fra.example.com", sbc_ip="203.0.113.30", domain="voice.example.com",
             xsp="xsp-fra.example.com", local="192.0.2.30:0", tid_style="u")
    win_logs(c, br="[]")
    c.devices = devs(c, ["Business Communicator - PC"])
    c.id_style, c.ent_style, c.cb_style = "json1", "json_pretty", "kv"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation", "cloudmeetings"]
    c.tok_style, c.dev_style, c.cfg_style = "kv", "dump", "tid"
    c.sip = "refused"
    c.refused_msgs = [("Warning", "BWC:SIP: connect() to {peer} failed: WSAECONNREFUSED (10061), try {i}/3")]
    c.refused_final = [("Error", "BWC:SCF: no connection to the SIP proxy {peer}; line 1 is not registered")]
    c.n1, c.n_tail = 140, 1400
    run(c)
    emit_zip(name, [("CiscoSpark/current_log.txt", c.L.data()),
                    ("CiscoSpark/media/wme.log", media_log(Clock(T(2024, 2, 26, 6, 0, 0), c.rng), c.rng, 60))])
    EXP[name] = dict(
        scenario="Windows. Everything up to the DMS config works; the TLS connection to the SBC address is refused three "
                 "times (WSAECONNREFUSED); no SIP message is ever sent.",
        must=["sip-register-timeout"], must_not=["sip-register-rejected", "sip-auth-failed"],
        timeline=tl("config-download", failed="sip-register"), facts=facts(c, "config-download", tracking=[c.dev_tid]))


# ====================================================================== 23
@builder
def b23():
    name = "A23_ios_ssilva.zip"
    c = base(23, "iOS", T(2024, 12, 17, 19, 12, 5), first="Sara", last="Silva", short="ssilva",
             email="sara.silva@example.org", bwid="ssilva@voz.example.org", sip_user="351215550101",
             version="44.12.0.31150", cfg_proxy="sbc-lis.example.org", sbc_ip="203.0.113.222", domain="voz.example.org",
             xsp="xsp-lis.example.org", local="192.0.2.222:50991", public="198.51.100.222:41001", tid_style="u",
             start_words=1)
    ios_logs(c)
    c.devices = devs(c, ["Connect - Mobile", "Business Communicator - PC"])
    c.id_style, c.ent_style, c.cb_style = "kv", "list", "kv"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation", "cloudmeetings"]
    c.tok_style, c.dev_style, c.cfg_style = "json", "json", "json"
    c.sip, c.sip_style = "timerf", "escaped"
    c.sip_tx = "BWC:SIP: TLS send {peer} len={n}: "
    c.sip_rx = "BWC:SIP: TLS recv {peer} len={n}: "
    c.timerf_msgs_pre = [("Debug", "BWC:SIP: client transaction {b} waiting for a final response")]
    c.timerf_msgs = [("Error", "BWC:SIP: transaction {b} timed out after 32 s, nothing received from {peer}"),
                     ("Error", "BWC:SCF: line 1 registration failed: request timeout")]
    c.n1, c.n_tail = 70, 900
    run(c)
    inner = zip_bytes([("current_log.txt", c.L.data())])
    emit_zip(name, [("ssilva-ios/logs.zip", inner), ("ssilva-ios/notes.txt", "user reports: no dial pad since update\n")])
    EXP[name] = dict(
        scenario="iOS, nested zip. REGISTER (escaped one-line print, full header names) sent over TLS to the SBC; no "
                 "response at all, the transaction times out after 32 s.",
        must=["sip-register-timeout"], must_not=["sip-register-rejected", "sip-auth-failed"],
        timeline=tl("config-download", failed="sip-register"), facts=facts(c, "sip-register", tracking=[c.dev_tid]))


# ====================================================================== 24
@builder
def b24():
    name = "A24_mac_bolsen"
    c = base(24, "macOS", T(2024, 10, 1, 6, 30, 12), first="Birgit", last="Olsen", short="bolsen",
             email="birgit.olsen@example.net", bwid="bolsen@tale.example.net", sip_user="4722555018",
             version="44.9.2.30720", cfg_proxy="sbc-osl.example.net", sbc_ip="203.0.113.18", domain="tale.example.net",
             xsp="xsp-osl.example.net", local="192.0.2.18:51518", public="198.51.100.18:51518", tid_style="un",
             other_contact="sip:4722555018@198.51.100.201:49152;transport=tls")
    mac_logs(c, split_bwc=True)
    c.devices = devs(c, ["Business Communicator - PC", "Connect - Mobile"])
    c.id_style, c.ent_style, c.cb_style = "kv", "lines", "kv"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation", "cloudmeetings"]
    c.tok_style, c.dev_style, c.cfg_style = "dump", "kv", "json"
    c.sip, c.sip_style = "displaced_notify", "inline"
    c.sip_tx = "BWC:SIP: out {tr}/{peer}: "
    c.sip_rx = "BWC:SIP: in {tr}/{peer}: "
    c.displaced_msgs = [("Warning", "BWC:SCF: reg-event says our binding for line 1 was terminated (event=rejected)"),
                        ("Info", "BWC:SCF: phone services -> signed out on this device")]
    c.displace_noise = 80
    c.n1, c.n_tail, c.nb_tail = 100, 1200, 40
    run(c)
    emit_dir(name, [("Logs/SparkMacDesktop/current_log.txt", c.L.data()),
                    ("Logs/SparkMacDesktop/bwc/current_log.txt", c.LB.data())])
    EXP[name] = dict(
        scenario="macOS folder with separate bwc file. Registered (401, then 200 listing our contact), subscribed to reg "
                 "events; later a reg-event NOTIFY (application/reginfo+xml, state=partial) marks our contact terminated / "
                 "rejected and shows another contact created. SIP with the start line on the announcing line.",
        must=["registration-displaced"], must_not=["sip-register-rejected", "sip-auth-failed"],
        timeline=tl("sip-register", omit=("registered",)), facts=facts(c, "sip-register", tracking=[c.dev_tid]))


# ====================================================================== 25
@builder
def b25():
    name = "A25_android_yhaddad.zip"
    c = base(25, "Android", T(2025, 5, 6, 8, 0, 44), first="Yasmin", last="Haddad", short="yhaddad",
             email="yasmin.haddad@example.com", bwid="yhaddad@voice.example.com", sip_user="9615550123",
             version="44.15.1.31911", cfg_proxy="sbc-bey.example.com", sbc_ip="203.0.113.61", domain="voice.example.com",
             xsp="xsp-bey.example.com", local="192.0.2.61:42208", public="198.51.100.61:42208", tid_style="u",
             other_contact="sip:9615550123@198.51.100.199:50872;transport=tls")
    android_logs(c)
    c.devices = devs(c, ["Connect - Mobile", "Business Communicator - PC"])
    c.id_style, c.ent_style, c.cb_style = "kv", "json1", "kv"
    c.ents = ["spark", "webex-squared", "broadworks-connector", "squared-call-initiation", "cloudmeetings"]

    def after(c):
        c.L.emit("Info", "CallingServiceSelector", "", "calling services enabled: callingServiceType=WebexCalling(Mobius) + BroadWorks")
        c.L.noise(3)
        c.L.emit("Info", "MobiusClient", "", "device registered with Mobius: region=us-east line=1 webexCallingDeviceId=%s" % U(c.rng))

    c.after_ents = after
    c.tok_style, c.dev_style, c.cfg_style = "json2", "colon", "kv"
    c.sip, c.sip_style = "displaced_refresh", "block"
    c.sip_tx = "BWC:SIP: OUT to {peer} ({tr})"
    c.sip_rx = "BWC:SIP: IN from {peer} ({tr})"
    c.displaced_msgs = [("Warning", "BWC:SCF: 200 OK for refresh lists 1 binding, none of them ours; line 1 considered lost")]
    c.n1, c.n_tail = 90, 1000
    run(c)
    emit_zip(name, [("logs/logcat_main.txt", c.L.data())])
    EXP[name] = dict(
        scenario="Android logcat. Webex Calling (Mobius) device registered AND BroadWorks calling started. BWC registers "
                 "(401 then 200 with our contact); 27 minutes later the refresh REGISTER's 200 OK lists only another "
                 "device's contact.",
        must=["registration-displaced", "multiple-calling-services"],
        must_not=["conflicting-calling-entitlement", "sip-register-rejected"],
        timeline=tl("sip-register", omit=("registered",)), facts=facts(c, "sip-register", tracking=[c.dev_tid]))


# ====================================================================== server side
BRIDGE = "https://prov-bridge.bw.example.com/api/v1/broadworks/subscribers"


def ps_post(S, th, target, profile, printing=0):
    host = target.split("/")[2]
    if printing == 0:
        S.entry("Info", "HttpClient", th, ["Sending HTTP request to messaging server", "POST %s HTTP/1.1" % target,
                                           "Host: %s" % host, "Content-Type: application/xml; charset=UTF-8",
                                           "Authorization: Basic <suppressed>", ""] + profile)
    else:
        S.entry("Info", "IMP", th, ["IMP provisioning request: method=POST url=%s" % target, "body:"] + profile)


def ps_resp(S, th, code, reason, body=(), printing=0):
    if printing == 0:
        S.entry("Info", "HttpClient", th, ["Received HTTP response from messaging server", "HTTP/1.1 %d %s" % (code, reason),
                                           "Content-Type: application/xml"] + ([""] + list(body) if body else []))
    else:
        S.entry("Info" if code == 200 else "Warning", "IMP", th, ["IMP provisioning response: code=%d" % code] + list(body))


@builder
def s26():
    name = "A26_bw_servers_mbrandt.zip"
    r = random.Random(26)
    clock = Clock(T(2024, 6, 10, 12, 0, 5), r)
    P = Srv(clock, r, tz="CEST", offset=2)
    P.noise(60)
    th = "IntegratedIMP-Worker-%d" % r.randrange(1, 9)
    bwid, email, phone, sp = "mbrandt@voice.example.com", "marta.brandt@example.com", "+4930555012345", "ExampleTel Berlin"
    prof = subscriber_profile(bwid, "Marta", "Brandt", email, phone, "Brandt Architekten", sp, ext="2345")
    ps_post(P, th, BRIDGE, prof)
    P.entry("Fine", "HttpClient", th, ["connection reused, TLSv1.2"])
    ps_resp(P, th, 200, "OK", body=["<provisioningResponse><status>accepted</status></provisioningResponse>"])
    P.entry("Info", "IMP", th, ["Integrated IMP provisioning request for user %s accepted by messaging server" % bwid])
    P.noise(80)
    # XSP, 40 minutes later: the user's first sign-in
    xclock = Clock(T(2024, 6, 10, 12, 41, 10), r)
    X = Srv(xclock, r, tz="CEST", offset=2)
    AU = Srv(Clock(T(2024, 6, 10, 12, 30, 0), r), r, tz="CEST", offset=2)
    AU.noise(10, kind="xsp")
    X.noise(20, kind="xsp")
    t1 = "CLIENT_%s" % U(r)
    t2 = "CLIENT_%s" % U(r)
    xsp = "xsp1.bw.example.com"
    acc = []

    def A(method, path, st, size, ua, ip):
        acc.append(access_line(xclock.t + dt.timedelta(hours=2), 2, ip, method, path, st, size, ua, r.randrange(5, 90)))

    thx = "http-nio-443-exec-%d" % r.randrange(1, 60)
    p1 = "/com.broadsoft.xsi-actions/v2.0/user/%s/profile" % email
    X.entry("Info", "Xsi-Actions", thx, ["GET %s" % p1, "Host: %s" % xsp, "authorization: Basic <hidden>",
                                         "user-agent: broadworksTeamsClient", "trackingid: %s" % t1])
    X.entry("Info", "OCI-P", thx, ["AuthenticationVerifyRequest userId=%s" % email])
    X.entry("Info", "OCI-P", thx, ["AuthenticationVerifyResponse userId=%s" % bwid])
    X.entry("Info", "OCI-P", thx, ["UserGetRequest22 userId=%s" % bwid])
    X.entry("Info", "OCI-P", thx, ["ServiceProviderGetRequest22 serviceProviderId=%s" % sp])
    X.entry("Info", "Xsi-Actions", thx, ["HTTP/1.1 200 OK trackingid: %s" % t1,
                                         '<Profile xmlns="http://schema.broadsoft.com/xsi"><details><userId>%s</userId><firstName>Marta</firstName><lastName>Brandt</lastName><number>%s</number><extension>2345</extension><groupId>Brandt Architekten</groupId><serviceProvider>%s</serviceProvider></details></Profile>' % (bwid, phone, sp)])
    A("GET", p1, 200, 1184, "broadworksTeamsClient", "198.51.100.60")
    X.noise(6, kind="xsp")
    AU.c.t = xclock.t + dt.timedelta(seconds=7)
    tha = "http-nio-8443-exec-%d" % r.randrange(1, 30)
    AU.entry("Info", "AuthService", tha, ["GET /authService/token?lifetime=long", "http_bw_userid: %s" % bwid,
                                         "trackingid: %s" % t1])
    AU.entry("Info", "OCI-P", tha, ["UserGetLoginInfoRequest userId=%s" % bwid, "UserGetLoginInfoResponse loginType=User"])
    AU.entry("Info", "LongLivedTokenManager", tha, ["Token generated, subject: %s, issuer: BroadWorks xsp1.bw.example.com, lifetime 1209600 s" % bwid])
    AU.entry("Info", "AuthService", tha, ["StatusCode=200 trackingid: %s" % t1])
    xclock.t = AU.c.t
    A("GET", "/authService/token?lifetime=long", 200, 912, "broadworks-idp-proxy/2.31", "198.51.100.60")
    xclock.jump(9)
    pd = "/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device" % bwid.replace("@", "%40")
    X.entry("Info", "Xsi-Actions", thx, ["GET %s" % pd, "Host: %s" % xsp, "authorization: Bearer <hidden>",
                                         "user-agent: WebexTeams (Windows/44.6.0.29928)", "trackingid: %s" % t2])
    X.entry("Info", "HttpClient", thx, ["POST http://127.0.0.1:80/authService/token", "X-BROADSOFT-CORRELATION-ID: %s" % t2])
    AU.c.t = xclock.t + dt.timedelta(milliseconds=30)
    AU.entry("Info", "AuthService", "http-nio-127.0.0.1-80-exec-2", ["POST /authService/token from 127.0.0.1",
                                                                    "X-BROADSOFT-CORRELATION-ID: %s" % t2])
    AU.entry("Info", "AuthService", "http-nio-127.0.0.1-80-exec-2", ["StatusCode=200", '{"token":{"subject":"%s","valid":true}}' % bwid])
    xclock.t = AU.c.t
    X.entry("Info", "HttpClient", thx, ["HTTP/1.1 200 OK (authService validation) X-BROADSOFT-CORRELATION-ID: %s" % t2])
    X.entry("Info", "OCI-P", thx, ["UserPrimaryAndSCADeviceGetListRequest userId=%s" % bwid])
    X.entry("Info", "OCI-P", thx, ["UserPrimaryAndSCADeviceGetListResponse",
                                   "<accessDeviceTable><colHeading>Device Type</colHeading><colHeading>Device Name</colHeading>"
                                   "<row><col>Business Communicator - PC</col><col>mbrandt_pc</col></row>"
                                   "<row><col>Connect - Mobile</col><col>mbrandt_mob</col></row></accessDeviceTable>"])
    X.entry("Info", "Xsi-Actions", thx, ["HTTP/1.1 200 OK trackingid: %s" % t2])
    A("GET", pd, 200, 2231, "WebexTeams (Windows/44.6.0.29928)", "198.51.100.77")
    A("POST", "/authService/token", 200, 311, "Apache-HttpClient/4.5", "127.0.0.1")
    xclock.jump(2)
    A("GET", "/dms/bc/pc/config.xml", 401, 0, "WebexTeams (Windows/44.6.0.29928)", "198.51.100.77")
    xclock.jump(0.3)
    A("GET", "/dms/bc/pc/config.xml", 200, 14822, "WebexTeams (Windows/44.6.0.29928)", "198.51.100.77")
    X.noise(40, kind="xsp")
    AU.noise(20, kind="xsp")
    emit_zip(name, [("as01/PSLog/PSLog2024.06.10-14.00.00.txt", P.text()),
                    ("xsp01/XsiActionsLog/XsiActionsLog2024.06.10-14.30.00.txt", X.text()),
                    ("xsp01/authenticationService/authenticationService2024.06.10-14.30.00.txt", AU.text()),
                    ("xsp01/tomcat/access_log.2024_06_10.txt", "\n".join(acc) + "\n")])
    EXP[name] = dict(
        scenario="Server-only, healthy. AS PSLog: flow-through POST with subscriberProfile to the provisioning bridge, "
                 "HTTP/1.1 200 OK. XSP: IdP-proxy profile GET (Basic, broadworksTeamsClient), OCI-P verification, "
                 "authService token issued (StatusCode=200), profile/device with Bearer validated over loopback, device list "
                 "200, DMS 401 then 200 in access_log.",
        must=["provisioning-accepted"], must_not_errors=True,
        must_not=["provisioning-bad-request", "xsp-token-failed", "xsp-profile-request-failed"],
        facts=dict(broadworks_user_id=bwid, user_email=email, primary_phone_number=phone, provisioning_target=BRIDGE,
                   service_provider=sp, xsp=xsp, tracking_ids=[t1, t2]))


@builder
def s27():
    name = "A27_as_pslog_dokafor.zip"
    r = random.Random(27)
    clock = Clock(T(2024, 7, 1, 8, 15, 0), r)
    P = Srv(clock, r, tz="EDT", offset=-4)
    P.noise(90)
    th = "IMP Provisioning Thread %d" % r.randrange(1, 5)
    bwid, email, phone, sp = "dokafor@voice.example.net", "daniel.okafor.example.net", "+12145550163", "Lone Star Voice"
    ps_post(P, th, BRIDGE, subscriber_profile(bwid, "Daniel", "Okafor", email, phone, "okafor_dental", sp, pretty=False, tz="America/Chicago"),
            printing=1)
    ps_resp(P, th, 400, "Bad Request", body=[
        "<provisioningError><code>400</code><message>Cannot trust BroadWorks emails with legacy provisioning API.</message></provisioningError>"],
        printing=1)
    P.entry("Warning", "IMP", th, ["[Error 18215] Provisioning error with messaging server, user %s" % bwid])
    P.noise(120)
    emit_zip(name, [("PSLog2024.07.01-04.00.00.txt", P.text())])
    EXP[name] = dict(
        scenario="AS PSLog only (EDT). POST printed as 'IMP provisioning request: method=POST url=...' with the "
                 "subscriberProfile on one line; its <email> is 'daniel.okafor.example.net' (no @). The bridge answers code=400 "
                 "with a <message>; the AS logs [Error 18215].",
        must=["provisioning-bad-request", "provisioning-invalid-email", "impp-provisioning-error"],
        must_not=["provisioning-accepted", "provisioning-conflict", "provisioning-missing-phone-number"],
        facts=dict(broadworks_user_id=bwid, primary_phone_number=phone, provisioning_target=BRIDGE, service_provider=sp))


@builder
def s28():
    name = "A28_as_pslog_ljohansson.zip"
    r = random.Random(28)
    clock = Clock(T(2025, 1, 13, 13, 2, 0), r)
    P = Srv(clock, r, tz="CET", offset=1)
    P.noise(70)
    th = "IntegratedIMP-Worker-2"
    bwid, email, phone, sp = "ljohansson@tel.example.org", "lars.johansson@example.org", "+46855501234", "Nordic Tel Example"
    prof = subscriber_profile(bwid, "Lars", "Johansson", email, phone, "johansson_bygg", sp, tz="Europe/Stockholm")
    ps_post(P, th, BRIDGE, prof)
    ps_resp(P, th, 401, "Unauthorized")
    P.entry("Warning", "IMP", th, ["[Error 18211] Communication error with messaging server (user %s)" % bwid])
    P.noise(200, lo=1, hi=12)
    ps_post(P, th, BRIDGE, prof)
    ps_resp(P, th, 409, "Conflict", body=["<error><message>A user with email %s already exists.</message></error>" % email])
    P.entry("Warning", "IMP", th, ["[Error 18215] Provisioning error with messaging server (user %s)" % bwid])
    P.noise(60)
    emit_zip(name, [("AS/logs/appserver/PSLog2025.01.13-14.00.00.txt", P.text())])
    EXP[name] = dict(
        scenario="AS PSLog (CET), one user, two attempts: first POST answered HTTP/1.1 401 (provisioning credentials), "
                 "AS logs [Error 18211]; after the admin fixed the credentials the retry gets 409 Conflict (email exists), "
                 "AS logs [Error 18215].",
        must=["provisioning-unauthorized", "provisioning-conflict", "impp-provisioning-error"],
        must_not=["provisioning-accepted", "provisioning-forbidden", "provisioning-invalid-email"],
        facts=dict(broadworks_user_id=bwid, user_email=email, primary_phone_number=phone, provisioning_target=BRIDGE,
                   service_provider=sp))


@builder
def s29():
    name = "A29_as_pslog_afarah"
    r = random.Random(29)
    clock = Clock(T(2024, 4, 22, 9, 40, 0), r)
    P = Srv(clock, r, tz="BST", offset=1)
    P.noise(50)
    th = "IMP Provisioning Thread 1"
    target = "https://198.51.100.40/api/v1/broadworks/subscribers"
    bwid, sp = "afarah@voice.example.com", "Thames Example Telecom"
    prof = subscriber_profile(bwid, "Amina", "Farah", "amina.farah@example.com", None, "farah_consulting", sp, ext="1201", tz="Europe/London")
    ps_post(P, th, target, prof)
    ps_resp(P, th, 403, "Forbidden", body=["<html><body>403 Forbidden</body></html>"])
    P.noise(80)
    emit_dir(name, [("var/broadworks/logs/appserver/PSLog2024.04.22-10.00.00.txt", P.text())])
    EXP[name] = dict(
        scenario="AS PSLog folder (BST). The flow-through POST goes to an IP address (https://198.51.100.40/...) instead of "
                 "the bridge URL and is answered 403; the subscriberProfile also has no primaryPhoneNumber.",
        must=["provisioning-forbidden", "provisioning-missing-phone-number"],
        must_not=["provisioning-accepted", "provisioning-invalid-email"],
        facts=dict(broadworks_user_id=bwid, provisioning_target=target, service_provider=sp,
                   user_email="amina.farah@example.com"))


# ====================================================================== main
def main():
    for f in os.listdir(HERE):
        p = os.path.join(HERE, f)
        if f.startswith("A") and f[1:3].isdigit():
            if os.path.isdir(p):
                shutil.rmtree(p)
            else:
                os.remove(p)
    for b in BUILDERS:
        b()
    with open(os.path.join(HERE, "expected.json"), "w") as fh:
        json.dump(EXP, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("%d bundles" % len(EXP))


if __name__ == "__main__":
    main()
