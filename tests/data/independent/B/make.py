#!/usr/bin/env python3
"""Regenerate every bundle of the B set and expected.json.

    python3 make.py

Writes the bundles (zips, folders) next to this script.
"""
import datetime as dt
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_core import (OUT, Scenario, ClientLog, ServerLog, mkuuid, hexid, zip_bytes, gz_bytes, write_zip, write_folder)
from gen_print import http, sip, access_devices_xml, config_xml, reginfo_xml, REASON
from gen_flow import (xsi_url, idp_url, dms_url, tid, app_start, identity, entitlements, calling_behavior, bwc_init,
                      token_step, device_step, dms_step, pick_device, config_summary, connect_line, new_dialog,
                      register_ok, registered_ui, WEBEX_ENTS_BASE)

EXPECTED = {}
BUNDLES = []

ALL_STEPS = ["app-start", "entitlements", "bwc-init", "token", "device-list", "config-download", "sip-register", "registered"]


def tl(**kw):
    """timeline helper: tl(ok=n) -> first n steps ok; fail=name; rest not-seen."""
    ok_n = kw.get("ok", 0)
    out = {}
    for k, s in enumerate(ALL_STEPS):
        if k < ok_n:
            out[s] = "ok"
    if "fail" in kw:
        out[kw["fail"]] = "failed"
    for s in kw.get("notseen", []):
        out[s] = "not-seen"
    if kw.get("rest_notseen"):
        seen = False
        for s in ALL_STEPS:
            if s in out:
                continue
            out[s] = "not-seen"
    return {s: out[s] for s in ALL_STEPS if s in out}


def bundle(fn):
    BUNDLES.append(fn)
    return fn


PLATNAME = {"win": "Windows", "mac": "macOS", "ios": "iOS", "android": "Android"}


def mkid(plat, **kw):
    d = dict(kw)
    d.setdefault("platname", PLATNAME[plat] if plat != "ios" else d.get("osfamily", "iOS"))
    d.setdefault("transport", "TLS")
    d.setdefault("sbc_port", "5061")
    return d


def facts(sc, keys, tids=()):
    i = sc.id
    m = {"user_email": i.get("email"), "user_id": i.get("uid"), "org_id": i.get("org"), "client_version": i.get("version"),
         "platform": i.get("platname"), "broadworks_user_id": i.get("bwuser"), "sip_user": i.get("sipuser"),
         "sbc": "%s:%s" % (i.get("sbc_host"), i.get("sbc_port")), "sbc_address": "%s:%s" % (i.get("sbc_ip"), i.get("sbc_port")),
         "xsp": i.get("xsp")}
    f = {k: m[k] for k in keys}
    if tids:
        f["tracking_ids"] = list(tids)
    return f


STD_FACTS = ["user_email", "user_id", "org_id", "client_version", "platform", "broadworks_user_id", "xsp"]
SIP_FACTS = ["sip_user", "sbc", "sbc_address"]


def dtype_for(plat, sc):
    if plat in ("win", "mac"):
        return "Business Communicator - PC", "pc"
    if plat == "ios" and sc.id.get("osfamily") == "iPadOS":
        return "Business Communicator - Tablet", "tablet"
    return "Connect - Mobile", "connect"


def default_devices(sc, plat):
    lp = "%s@%s" % (sc.id["sipuser"], sc.id["domain"])
    d, _ = dtype_for(plat, sc)
    other = [x for x in ["Business Communicator - PC", "Connect - Mobile", "Business Communicator - Tablet"] if x != d]
    out = [(d, lp)]
    out.append((other[0], "%s_%d@%s" % (sc.id["sipuser"], 2, sc.id["domain"])))
    return out


# ==========================================================================
# standard client flow
# ==========================================================================
def std(sc, log, bwc=None, *, start="a", idst="json", ents=None, entst="inline", cb="NATIVE_WEBEX_TEAMS_CALLING", cbst="kv",
        hs="json", hs_dms=None, hs_tok=None, token=200, dev=200, devices=None, dms=200, dms_chal=False, xsi_chal=False,
        so="block", si="block", chal=401, outcome="ok", stop=None, hooks=None, compact=False, gap=(0, 3),
        tail=(700, 1600), tids=None, pre=(2, 8), bwcst="a"):
    hooks = hooks or {}
    bwc = bwc or log
    tids = tids if tids is not None else {}
    plat = log.plat
    ents = ents if ents is not None else WEBEX_ENTS_BASE + ["broadworks-connector"]
    dtype, kind = dtype_for(plat, sc)
    devices = devices if devices is not None else default_devices(sc, plat)

    def H(name):
        if name in hooks:
            return hooks[name](sc, log, bwc)
        return None

    sc.noise(log, *pre)
    app_start(sc, log, start)
    sc.noise(log, 80, 250)
    if H("signin") == "stop":
        sc.noise(log, *tail)
        return tids
    identity(sc, log, idst)
    sc.noise(log, 5, 30)
    entitlements(sc, log, ents, entst)
    if "broadworks-connector" not in ents:
        H("noent")
        sc.noise(log, *tail)
        return tids
    sc.noise(log, 3, 20)
    calling_behavior(sc, log, cb, cbst, org_value=hooks.get("org_cb"))
    if H("after_cb") == "stop" or cb != "NATIVE_WEBEX_TEAMS_CALLING":
        sc.noise(log, *tail)
        return tids
    sc.noise(log, 5, 25)
    bwc_init(sc, bwc, bwcst)
    sc.noise(log, 2, 12)
    # ---- token ----
    t = tids.setdefault("token", tid(sc))
    token_step(sc, log, token, hs_tok or hs, t, gap=gap, err_body=hooks.get("token_body"))
    if token != 200:
        H("token_fail")
        sc.noise(log, *tail)
        return tids
    sc.noise(log, 2, 15)
    # ---- device list ----
    t = tids.setdefault("device", tid(sc))
    device_step(sc, bwc, dev, hs, t, devices, gap=gap, challenge=xsi_chal, t2=tids.get("device2"), err_body=hooks.get("dev_body"))
    if dev != 200:
        H("dev_fail")
        sc.noise(log, *tail)
        return tids
    if dtype not in [d for d, _ in devices]:
        H("dev_missing")
        sc.noise(log, *tail)
        return tids
    pick_device(sc, bwc, dtype)
    sc.noise(bwc, 0, 6)
    # ---- DMS ----
    t = tids.setdefault("dms", tid(sc))
    body = hooks["cfg_body"](sc) if "cfg_body" in hooks else config_xml(
        sc, sc.id["sbc_host"], sc.id["sbc_port"], sc.id["sipuser"], sc.id["domain"], sc.id["name"], transport=sc.id["transport"], xsp=sc.id["xsp"])
    dms_step(sc, bwc, dms, hs_dms or hs, t, kind, body, gap=gap, challenge=dms_chal, t2=tids.get("dms2"))
    if dms != 200:
        H("dms_fail")
        sc.noise(log, *tail)
        return tids
    if H("after_cfg") == "stop":
        sc.noise(log, *tail)
        return tids
    config_summary(sc, bwc)
    sc.noise(log, 0, 5)
    # ---- SIP ----
    if "sip" in hooks:
        hooks["sip"](sc, log, bwc)
    else:
        connect_line(sc, bwc, sc.id["sbc_ip"], sc.id["sbc_port"])
        dlg = new_dialog(sc, compact)
        register_ok(sc, bwc, dlg, "%s:%s" % (sc.id["sbc_ip"], sc.id["sbc_port"]), so, si, challenge=chal)
        registered_ui(sc, bwc)
        sc.dlg = dlg
    H("after")
    sc.noise(log, *tail)
    return tids


# ==========================================================================
# identities
# ==========================================================================
def person(sc, name, email, bwnum, domain, xsp, sbc_host, sbc_ip, version, osname, plat, **kw):
    r = sc.rng
    d = mkid(plat, name=name, email=email, uid=mkuuid(r), org=mkuuid(r), bwuser="%s@%s" % (bwnum, domain),
             sipuser=kw.pop("sipuser", bwnum), domain=domain, xsp=xsp, sbc_host=sbc_host, sbc_ip=sbc_ip,
             version=version, osname=osname, lip=kw.pop("lip", "192.0.2.%d" % r.randint(20, 220)),
             public_ip="198.51.100.%d" % r.randint(10, 250), **kw)
    d["lport"] = str(r.randint(50000, 60999))
    sc.id.update(d)
    return d


def new(name, seed, start, plat):
    return Scenario(name, seed, start, plat)


def T(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, 0)


def _line_time(l):
    if l[4] == "-" and l[10] == "T":
        return dt.datetime.strptime(l[:23], "%Y-%m-%dT%H:%M:%S.%f")
    return dt.datetime.strptime("2025-" + l[:18], "%Y-%m-%d %H:%M:%S.%f")


def between(log, needle, n):
    """n instants evenly spaced between the first and second timestamped line naming needle."""
    hits = [l for l in log.lines if needle in l and l[:2].isdigit()]
    a, b = _line_time(hits[0]), _line_time(hits[1])
    step = (b - a) / (n + 1)
    return [a + step * (k + 1) for k in range(n)]


def media_log(sc, n=60):
    lines = []
    t = sc.clock.t
    for k in range(n):
        t = t + dt.timedelta(milliseconds=sc.rng.randint(200, 3000))
        lines.append("%s <Info> [%d] WME:0 :[SQ] [SQ] INFO: SQAudioTX - vid=0 csi=%d did=0 ssrc=%d loss=0.000 drop=0.000 jitter=%d bytes=%d rtp=%d failed=0 bitrate=%d rtt=%d bw=176000 codecType=4 type=UDP"
                     % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000), 9968, 843778816, 1613872330,
                        sc.rng.randint(0, 9), 1000 * k + 3000, 50 * k + 12, sc.rng.randint(60000, 66000), sc.rng.randint(20, 60)))
    return ("\n".join(lines) + "\n").encode()


def pad_bytes(sc, n):
    return bytes(sc.rng.getrandbits(8) for _ in range(n))


# ==========================================================================
# C01  Windows healthy, JSON HTTP, DMS digest challenge answered, SIP block CRLF
# ==========================================================================
@bundle
def c01():
    name = "c01_win_healthy_dms_digest.zip"
    sc = new(name, 101, T(2025, 2, 11, 7, 42, 5), "win")
    person(sc, "Mira Hoffmann", "mira.hoffmann@nordlicht.example.com", "4930555101", "voice.example.net", "xsp01.voice.example.net",
           "sbc-a.voice.example.net", "203.0.113.40", "45.2.0.31688", "Windows 11 Enterprise 23H2 (10.0.22631)", "win")
    log = ClientLog(sc, "win", eol="\r\n")
    tids = std(sc, log, hs="json", entst="json_split", idst="json", dms_chal=True, so="block_crlf", si="block_crlf", chal=401)
    files = {
        "Webex_Logs_mira.hoffmann/CiscoSpark/current_log.txt": log.data(),
        "Webex_Logs_mira.hoffmann/CiscoSpark/media/wme_20250211.log": media_log(sc),
        "Webex_Logs_mira.hoffmann/CiscoSpark/ced.dat": pad_bytes(sc, 2048),
    }
    write_zip(name, files)
    EXPECTED[name] = {
        "scenario": "Windows desktop, healthy. HTTP printed as one-line JSON objects, answers on a later line naming only the id/trackingId. "
                    "DMS config GET is challenged with 401 Digest and succeeds on the retry (same tracking id). REGISTER printed as announcing "
                    "line + raw CRLF message; 401 challenge then 200 listing own contact. Log file has CRLF line ends. Includes media log and ced.dat.",
        "must": [], "must_not_errors": True,
        "must_not": ["config-download-failed", "sip-auth-failed"],
        "timeline": tl(ok=8),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, [tids["device"]]),
    }


# ==========================================================================
# C02  macOS healthy (plain folder), kv HTTP, Xsi digest challenge answered, bwc/current_log separate, SIP prefixed, 407
# ==========================================================================
@bundle
def c02():
    name = "c02_mac_healthy_xsi_digest"
    sc = new(name, 102, T(2025, 1, 28, 14, 3, 51), "mac")
    person(sc, "Jonas Lindqvist", "jonas.lindqvist@fjordbyte.example.org", "4687700212", "sip.example.org", "xsi.example.org",
           "edge1.sip.example.org", "198.51.100.61", "45.2.0.31688", "14.6.1 (23G93)", "mac")
    main = ClientLog(sc, "mac")
    bwc = ClientLog(sc, "mac")
    t1 = "CLIENT_" + mkuuid(sc.rng)
    tids = {"device": t1 + "_1", "device2": t1 + "_2"}
    std(sc, main, bwc, hs="kv", idst="kv", entst="kv", cbst="json", xsi_chal=True, so="prefixed", si="prefixed", chal=407,
        tids=tids, start="b")
    root = "SparkMacDesktop/"
    files = {root + "current_log": main.data(), root + "bwc/current_log": bwc.data(),
             root + "media/wme_0.log": media_log(sc, 30)}
    write_folder(name, files)
    EXPECTED[name] = {
        "scenario": "macOS, healthy, delivered as a plain folder (SparkMacDesktop/current_log + bwc/current_log without .txt). HTTP as key=value; "
                    "the Xsi-Actions profile/device GET gets 401 with a Digest challenge, retried with Authorization and answered 200 "
                    "(tracking ids _1/_2). SIP printed with the log prefix on every line; 407 Proxy-Authenticate then 200.",
        "must": [], "must_not_errors": True,
        "must_not": ["xsi-request-failed", "sip-auth-failed"],
        "timeline": tl(ok=8),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, [tids["device2"]]),
    }


# ==========================================================================
# C03  iOS healthy, nested zip, CSF lines mixed, SIP escaped one-line, iOS URLSession style HTTP
# ==========================================================================
@bundle
def c03():
    name = "c03_ios_healthy_nested.zip"
    sc = new(name, 103, T(2025, 2, 3, 9, 15, 22), "ios")
    person(sc, "Aiyana Brooks", "aiyana.brooks@lakeside-dental.example.com", "3125550177", "bw.example.com", "xsp-east.bw.example.com",
           "sbc.bw.example.com", "203.0.113.77", "45.2.1.31702", "17.6.1", "ios", osfamily="iOS", model="iPhone15,3")
    log = ClientLog(sc, "ios")
    tids = std(sc, log, hs="ios", hs_dms="csf", idst="block", entst="json_line", cbst="text", so="escaped", si="escaped", chal=401, bwcst="csf")
    inner = zip_bytes({"WebexTeams/Logs/current_log.txt": log.data(),
                       "WebexTeams/Logs/device_info.txt": "Device: iPhone15,3\nSystem: iOS 17.6.1\nApp: 45.2.1.31702\n"})
    write_zip(name, {"helpdesk_download/aiyana.brooks@lakeside-dental.example.com/ios_20250203T091522.zip": inner,
                     "helpdesk_download/manifest.json": json.dumps({"user": sc.id["email"], "files": 1, "platform": "ios"}, indent=2)})
    EXPECTED[name] = {
        "scenario": "iPhone, healthy. Zip inside a zip. Swift-style lines mixed with older CSF lines; token/XSI as URLSession task lines, DMS as CSF "
                    "httpclient lines. SIP messages on a single log line with escaped \\r\\n; 401 challenge then 200.",
        "must": [], "must_not_errors": True,
        "timeline": tl(ok=8),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, [tids["device"]]),
    }


# ==========================================================================
# C04  Android healthy, logcat, OkHttp, compact SIP headers, rotated .gz
# ==========================================================================
@bundle
def c04():
    name = "c04_android_healthy_logcat_gz.zip"
    sc = new(name, 104, T(2025, 3, 4, 16, 20, 0), "android")
    person(sc, "Tomasz Wierzbicki", "t.wierzbicki@kolejka.example.net", "48225550134", "ims.example.net", "xsp2.ims.example.net",
           "sbc-mobile.ims.example.net", "198.51.100.140", "45.2.0.31690", "14", "android", transport="TCP", sbc_port="5060", model="SM-S911B")
    old = ClientLog(sc, "android", tzoffset_h=1)
    sc.noise(old, 400, 700)
    log = ClientLog(sc, "android", tzoffset_h=1)
    tids = std(sc, log, hs="okhttp", idst="lines", entst="perline", so="lc_prefixed", si="lc_prefixed", chal=401, compact=True)
    write_zip(name, {"logs/logcat.txt": log.data(), "logs/logcat.1.txt.gz": gz_bytes(old.data(), "logcat.1.txt"),
                     "logs/device.json": json.dumps({"manufacturer": "samsung", "model": "SM-S911B", "sdk": 34}, indent=1)})
    EXPECTED[name] = {
        "scenario": "Android, healthy. logcat -v threadtime (no year, local time), OkHttp interceptor lines (--> / <--), SIP with a logcat prefix on "
                    "every line and compact header names (v:, f:, t:, i:, m:, l:), SIP over TCP 5060. Older rotated logcat as .gz with noise only.",
        "must": [], "must_not_errors": True,
        "timeline": tl(ok=8),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, [tids["device"]]),
    }


# ==========================================================================
# C05  Windows: last run failed with 403 on REGISTER; newest run fine. current run split over current_log.txt.1 + current_log.txt
# ==========================================================================
@bundle
def c05():
    name = "c05_win_lastrun_403_then_ok.zip"
    sc = new(name, 105, T(2025, 2, 17, 8, 1, 10), "win")
    person(sc, "Chidi Okafor", "chidi.okafor@harbourfreight.example.com", "2345550190", "uc.example.com", "xsp.uc.example.com",
           "sbc1.uc.example.com", "203.0.113.12", "45.1.2.31410", "Windows 10 Pro 22H2 (10.0.19045)", "win")
    last = ClientLog(sc, "win", win_brackets=False)
    ltids = {}

    def rej(sc, log, bwc):
        connect_line(sc, bwc, sc.id["sbc_ip"], sc.id["sbc_port"])
        dlg = new_dialog(sc)
        remote = "%s:%s" % (sc.id["sbc_ip"], sc.id["sbc_port"])
        local = "%s:%s" % (sc.id["lip"], sc.id["lport"])
        sip(sc, bwc, "out", dlg.register(), remote, local, "inline")
        sip(sc, bwc, "in", dlg.challenge(401), remote, local, "inline")
        sip(sc, bwc, "out", dlg.register(auth="BroadWorks"), remote, local, "inline")
        sip(sc, bwc, "in", dlg.response(403, "Forbidden", extra=["Warning: 399 sbc1.uc.example.com \"Device not provisioned\""]), remote, local, "inline")
        sc.L(bwc, "Error", "BroadWorksLineManager.cpp", "BroadWorksLineManager::onRegistrationFailed", "BWC:SCF: line 1 registration failed, final response 403")

    std(sc, last, hs="dump", idst="lines", entst="inline", so="inline", si="inline", hooks={"sip": rej}, tids=ltids, tail=(80, 150))
    sc.L(last, "Info", "SparkApplication.cpp", "SparkApplication::shutdown", "application exit requested by user")
    sc.clock.jump(3600 * 2 + 611)
    # newest run: split into .1 (older) and current
    cur_a = ClientLog(sc, "win", win_brackets=False)
    cur_b = ClientLog(sc, "win", win_brackets=False)
    holder = {"log": cur_a}

    def switch(sc, log, bwc):
        return None

    # write start to cur_a, then switch file at the config step
    tids = {}

    class Split:
        pass
    # run the standard flow into cur_a, then move everything from the DMS step onward into cur_b
    tids = std(sc, cur_a, hs="dump", idst="lines", entst="inline", so="inline", si="inline", tids=tids, tail=(300, 500))
    # cut: find the line that starts the DMS request
    idx = next(k for k, l in enumerate(cur_a.lines) if l.startswith("GET /dms/"))
    while not cur_a.lines[idx][:4].isdigit():
        idx -= 1
    idx -= 3  # rotate a few lines before the DMS request
    while not cur_a.lines[idx][:4].isdigit():
        idx -= 1
    cur_b.lines = cur_a.lines[idx:]
    cur_a.lines = cur_a.lines[:idx]
    base = "AppData/Local/CiscoSpark/"
    write_zip(name, {base + "last_run_current_log.txt": last.data(), base + "current_log.txt.1": cur_a.data(),
                     base + "current_log.txt": cur_b.data()})
    EXPECTED[name] = {
        "scenario": "Windows. last_run_current_log.txt holds the previous run: REGISTER challenged 401, answered, then 403 Forbidden. The newest run "
                    "(two hours later, rotated: current_log.txt.1 holds its first part, current_log.txt the DMS/SIP part) registers fine. HTTP as "
                    "multi-line request/response dumps; SIP start line on the announcing line itself.",
        "must": [],
        "must_not": ["sip-register-rejected"],
        "timeline": tl(ok=8),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, [tids["device"]]),
    }


# ==========================================================================
# C06  macOS: SBC failover. First SBC silent (Timer F), second answers
# ==========================================================================
@bundle
def c06():
    name = "c06_mac_sbc_failover.zip"
    sc = new(name, 106, T(2025, 1, 9, 10, 55, 40), "mac")
    person(sc, "Élodie Marchand", "elodie.marchand@atelier-lune.example.org", "3315550148", "tel.example.org", "xsp-par.tel.example.org",
           "sbc-pool.tel.example.org", "203.0.113.21", "45.2.0.31688", "15.1 (24B83)", "mac", transport="TCP", sbc_port="5060")
    log = ClientLog(sc, "mac")
    first_ip = "203.0.113.20"

    def failover(sc, log, bwc):
        i = sc.id
        sc.L(bwc, "Debug", "DnsResolver.cpp", "DnsResolver::onSrv", "BWC:NET: _sip._tcp.%s SRV -> [%s:5060 prio 10, %s:5060 prio 20]" % (i["sbc_host"], first_ip, i["sbc_ip"]))
        sc.L(bwc, "Info", "TcpTransport.cpp", "Transport::onConnected", "BWC:TRANSPORT: connected TCP %s:%s -> %s:5060" % (i["lip"], i["lport"], first_ip))
        i["instance"] = mkuuid(sc.rng)
        dlg = new_dialog(sc)
        local = "%s:%s" % (i["lip"], i["lport"])
        sip(sc, bwc, "out", dlg.register(), first_ip + ":5060", local, "block", transport="TCP")
        t_send = sc.clock.t
        sc.noise(log, 8, 20, gap=(300, 1200))
        sc.clock.t = t_send + dt.timedelta(milliseconds=32000)
        sc.L(bwc, "Warning", "SipTransaction.cpp", "SipClientTransaction::onTimerF",
             "BWC:SIPSTACK: Timer F fired after 32000 ms, no response to REGISTER (Call-ID %s) from %s:5060" % (dlg.callid, first_ip))
        sc.L(bwc, "Info", "SipRegistrar.cpp", "SipRegistrar::failover", "BWC:SCF: trying next proxy target %s:5060" % i["sbc_ip"])
        i["lport"] = str(int(i["lport"]) + 1)
        sc.L(bwc, "Info", "TcpTransport.cpp", "Transport::onConnected", "BWC:TRANSPORT: connected TCP %s:%s -> %s:5060" % (i["lip"], i["lport"], i["sbc_ip"]))
        dlg2 = new_dialog(sc)
        register_ok(sc, bwc, dlg2, "%s:5060" % i["sbc_ip"], "block", "block", challenge=401)
        registered_ui(sc, bwc)

    tids = std(sc, log, hs="httpStatus", idst="json", entst="json_split", hooks={"sip": failover})
    write_zip(name, {"Library/Logs/SparkMacDesktop/current_log.txt": log.data(),
                     "__MACOSX/Library/Logs/SparkMacDesktop/._current_log.txt": b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ",
                     "Library/Logs/SparkMacDesktop/media/wme_0.log": media_log(sc, 20)})
    EXPECTED[name] = {
        "scenario": "macOS, SIP failover: DNS SRV gives two SBC targets; REGISTER to the first (203.0.113.20:5060, TCP) is never answered and "
                    "Timer F fires; the app retries the second target which challenges 401 and then answers 200 with our contact. HTTP printed "
                    "with 'httpStatus = [200]' on a later line naming only the trackingId. __MACOSX entries in the zip.",
        "must": [], "must_not": ["sip-register-timeout"], "must_not_errors": True,
        "timeline": tl(ok=8),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, [tids["device"]]),
    }


# ==========================================================================
# C07  Windows: entitlement missing (JSON array split over lines)
# ==========================================================================
@bundle
def c07():
    name = "c07_win_entitlement_missing.zip"
    sc = new(name, 107, T(2025, 2, 20, 12, 30, 0), "win")
    person(sc, "Rahul Venkataraman", "rahul.v@suncoast-legal.example.com", "9135550112", "voice.example.com", "xsp.voice.example.com",
           "sbc.voice.example.com", "203.0.113.90", "45.2.0.31688", "Windows 11 Pro 24H2 (10.0.26100)", "win")
    prev = ClientLog(sc, "win")
    app_start(sc, prev, "a")
    sc.noise(prev, 150, 300)
    sc.L(prev, "Info", "SparkApplication.cpp", "SparkApplication::shutdown", "shutdown complete")
    sc.clock.jump(5400)
    log = ClientLog(sc, "win")
    ents = ["spark", "webex-squared", "squared-call-initiation", "squared-syncup", "cloudmeetings", "squared-room-moderation", "spark-admin"]

    def noent(sc, log, bwc):
        sc.L(log, "Info", "CallingServiceSelector.cpp", "CallingServiceSelector::select", "no calling service applicable for this user; phone services tab hidden")

    std(sc, log, ents=ents, entst="json_split", idst="kv", hooks={"noent": noent})
    write_zip(name, {"CiscoSpark/current_log.txt": log.data(), "CiscoSpark/last_run_current_log.txt": prev.data()})
    EXPECTED[name] = {
        "scenario": "Windows; the entitlement list (JSON array, one value per untimestamped line) lacks broadworks-connector, so BroadWorks calling "
                    "never starts (no calling icon). Identity as key=value.",
        "must": ["entitlement-missing"],
        "timeline": tl(ok=1, fail="entitlements", notseen=["bwc-init", "token", "device-list", "config-download", "sip-register", "registered"]),
        "facts": facts(sc, ["user_email", "user_id", "org_id", "client_version", "platform"]),
    }


# ==========================================================================
# C08  Android: entitlement missing (key=value list)
# ==========================================================================
@bundle
def c08():
    name = "c08_android_entitlement_missing.zip"
    sc = new(name, 108, T(2025, 3, 12, 18, 4, 33), "android")
    person(sc, "Lucía Fernández", "lucia.fernandez@olivar.example.net", "34915550170", "ims.example.net", "xsp.ims.example.net",
           "sbc.ims.example.net", "198.51.100.33", "45.1.0.31207", "13", "android", model="Pixel 7")
    log = ClientLog(sc, "android", tzoffset_h=1)
    ents = ["spark", "webex-squared", "squared-call-initiation", "cloudmeetings", "squared-syncup"]

    def noent(sc, log, bwc):
        sc.A(log, "Info", "WxCallingPolicy", "no calling backend enabled (broadworks=false, wxc=false)")

    std(sc, log, ents=ents, entst="kv", idst="json", hooks={"noent": noent})
    write_zip(name, {"android_logs/webex_logcat_20250312.txt": log.data()})
    EXPECTED[name] = {
        "scenario": "Android logcat; entitlements printed as entitlements=[a,b,c] without broadworks-connector; calling never starts.",
        "must": ["entitlement-missing"],
        "timeline": tl(ok=1, fail="entitlements", notseen=["bwc-init", "token", "device-list", "config-download", "sip-register", "registered"]),
        "facts": facts(sc, ["user_email", "user_id", "org_id", "client_version", "platform"]),
    }


# ==========================================================================
# C09  macOS: bc-sp-standard alongside broadworks-connector; app chooses Webex Calling path
# ==========================================================================
@bundle
def c09():
    name = "c09_mac_bc_sp_standard.zip"
    sc = new(name, 109, T(2025, 1, 22, 8, 12, 9), "mac")
    person(sc, "Hannah Greenberg", "hannah.greenberg@brightpath.example.com", "6175550151", "voice.example.com", "xsp.voice.example.com",
           "sbc.voice.example.com", "203.0.113.91", "45.1.2.31410", "14.7 (23H124)", "mac")
    log = ClientLog(sc, "mac")
    ents = WEBEX_ENTS_BASE + ["broadworks-connector", "bc-sp-standard"]

    def after_cb(sc, log, bwc):
        sc.L(log, "Info", "CallingServiceSelector.cpp", "CallingServiceSelector::select",
             "entitlement bc-sp-standard present -> calling backend WEBEX_CALLING, BroadWorks connector ignored")
        sc.L(log, "Warning", "CallingServiceSelector.cpp", "CallingServiceSelector::select", "BroadWorks calling will not be started for this account")
        return "stop"

    std(sc, log, ents=ents, entst="perline", idst="lines", cbst="kv", hooks={"after_cb": after_cb})
    write_zip(name, {"SparkMacDesktop/current_log.txt": log.data()})
    EXPECTED[name] = {
        "scenario": "macOS; entitlements one per timestamped line include both broadworks-connector and bc-sp-standard (Webex Calling). The app picks "
                    "the Webex Calling path and never starts BWC.",
        "must": ["conflicting-calling-entitlement"],
        "must_not": ["entitlement-missing", "calling-behavior-not-webex"],
        "timeline": tl(ok=2, notseen=["bwc-init", "token", "device-list", "config-download", "sip-register", "registered"]),
        "facts": facts(sc, ["user_email", "user_id", "org_id", "client_version", "platform"]),
    }


# ==========================================================================
# C10  iOS: calling behaviour CALL_WITH_APP_REGISTERED_FOR_CISCOTEL
# ==========================================================================
@bundle
def c10():
    name = "c10_ios_behavior_ciscotel.zip"
    sc = new(name, 110, T(2025, 2, 26, 13, 40, 2), "ios")
    person(sc, "Kenji Watanabe", "kenji.watanabe@sakura-logistics.example.net", "81355500188", "bw.example.net", "xsp.bw.example.net",
           "sbc.bw.example.net", "198.51.100.88", "45.2.1.31702", "18.1", "ios", osfamily="iOS", model="iPhone16,1")
    log = ClientLog(sc, "ios")

    def after_cb(sc, log, bwc):
        sc.CSF(log, "Info", "telephony/TelephonyRouter.cpp(233)", "csf.telephony", "route", "calls will be handed to Cisco Jabber / tel: app (behaviour not native)")
        sc.L(log, "Info", "CallingTabCoordinator.swift", "CallingTabCoordinator.refresh()", "phone services section hidden")
        return "stop"

    std(sc, log, cb="CALL_WITH_APP_REGISTERED_FOR_CISCOTEL", cbst="text", idst="json", entst="json_line", hooks={"after_cb": after_cb})
    write_zip(name, {"ios/current_log.txt": log.data()})
    EXPECTED[name] = {
        "scenario": "iPhone; broadworks-connector present but calling behaviour resolves to CALL_WITH_APP_REGISTERED_FOR_CISCOTEL, so BWC never starts.",
        "must": ["calling-behavior-not-webex"],
        "must_not": ["entitlement-missing"],
        "timeline": tl(ok=2, notseen=["bwc-init", "token", "device-list", "config-download", "sip-register", "registered"]),
        "facts": facts(sc, ["user_email", "user_id", "org_id", "client_version", "platform"]),
    }


# ==========================================================================
# C11  Android: Webex Calling (Mobius) line and BroadWorks line both registered; also bc-sp-standard
# ==========================================================================
@bundle
def c11():
    name = "c11_android_webexcalling_and_bwc.zip"
    sc = new(name, 111, T(2025, 3, 18, 7, 58, 14), "android")
    person(sc, "Sipho Ndlovu", "sipho.ndlovu@karoo-solar.example.com", "27215550143", "ims.example.com", "xsp1.ims.example.com",
           "sbc1.ims.example.com", "203.0.113.143", "45.2.0.31690", "14", "android", model="SM-A546B")
    log = ClientLog(sc, "android", tzoffset_h=2)
    ents = WEBEX_ENTS_BASE + ["broadworks-connector", "bc-sp-standard"]

    def after(sc, log, bwc):
        sc.noise(log, 3, 10)
        sc.A(log, "Info", "WxcMobius", "Mobius discovery: https://mobius-eu-central.example.com/api/v1/calling/web/")
        t = tid(sc)
        http(sc, log, "POST", "https://mobius-eu-central.example.com/api/v1/calling/web/devices", t, 200, "okhttp",
             body=['{"device":{"deviceId":"%s","uri":"https://mobius-eu-central.example.com/api/v1/calling/web/devices/%s"},"serviceType":"WEBEX_CALLING"}' % (mkuuid(sc.rng), mkuuid(sc.rng))])
        sc.A(log, "Info", "WxcMobius", "WebexCalling line registered (service=WEBEX_CALLING)")
        sc.A(log, "Warning", "WxCallingPolicy", "two calling services active: BROADWORKS + WEBEX_CALLING")

    tids = std(sc, log, ents=ents, entst="json_line", idst="lines", hs="okhttp", so="lc_escaped", si="lc_escaped", hooks={"after": after})
    write_zip(name, {"logs/logcat_main.txt.gz": gz_bytes(log.data(), "logcat_main.txt")})
    EXPECTED[name] = {
        "scenario": "Android (logcat delivered only as .gz); entitlements JSON on one line include bc-sp-standard next to broadworks-connector. "
                    "BroadWorks line registers (SIP one-line escaped), then the app also registers a Webex Calling (Mobius) device: two calling services active.",
        "must": ["multiple-calling-services", "conflicting-calling-entitlement"],
        "timeline": tl(ok=8),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, [tids["device"]]),
    }


# ==========================================================================
# C12  Android: activation portal error 200018 (locked) during sign-in
# ==========================================================================
@bundle
def c12():
    name = "c12_android_uap_200018.zip"
    sc = new(name, 112, T(2025, 2, 5, 19, 22, 41), "android")
    person(sc, "Greta Sørensen", "greta.sorensen@fyrtaarn.example.org", "4535550166", "ims.example.org", "xsp.ims.example.org",
           "sbc.ims.example.org", "198.51.100.166", "45.2.0.31690", "15", "android", model="Pixel 8")
    log = ClientLog(sc, "android", tzoffset_h=1)

    def signin(sc, log, bwc):
        sc.A(log, "Info", "WxLogin", "email entered, discovering identity provider")
        sc.A(log, "Info", "WxLogin", "redirect to BroadWorks activation portal https://uap.wbx2.example.com/activation/login?partner=...")
        for k in range(3):
            sc.noise(log, 2, 6)
            sc.A(log, "Debug", "chromium", "[INFO:CONSOLE(1)] \"submit credentials attempt %d\", source: https://uap.wbx2.example.com/activation/static/app.js (1)" % (k + 1))
            code = 100006 if k < 2 else 200018
            msg = "Login failed: user ID/password is incorrect" if k < 2 else "Failed to validate credentials as user is locked out"
            sc.A(log, "Warning", "WxLoginWebView", "portal result {\"status\":\"error\",\"errorCode\":%d,\"message\":\"%s\"}" % (code, msg))
        sc.A(log, "Info", "WxLogin", "login flow cancelled by user")
        return "stop"

    std(sc, log, hooks={"signin": signin})
    write_zip(name, {"webex/logcat-20250205-192241.txt": log.data()})
    EXPECTED[name] = {
        "scenario": "Android; sign-in in the activation portal web view: two wrong passwords (100006) then the account is locked (200018). The user "
                    "never gets past sign-in.",
        "must": ["activation-portal-error"],
        "codes": [100006, 200018],
        "timeline": tl(ok=1, notseen=["entitlements", "bwc-init", "token", "device-list", "config-download", "sip-register", "registered"]),
        "facts": facts(sc, ["client_version", "platform"]),
    }


# ==========================================================================
# C13  macOS folder: registered, but Partner Hub directory sync export carries 600014
# ==========================================================================
@bundle
def c13():
    name = "c13_mac_dirsync_600014"
    sc = new(name, 113, T(2025, 1, 14, 11, 2, 0), "mac")
    person(sc, "Oluwaseun Adeyemi", "seun.adeyemi@lagoonfinance.example.com", "2345550111", "voice.example.net", "xsp3.voice.example.net",
           "sbc3.voice.example.net", "203.0.113.33", "45.2.0.31688", "13.7.2 (22H313)", "mac")
    log = ClientLog(sc, "mac")

    def after(sc, log, bwc):
        sc.noise(log, 10, 30)
        sc.L(log, "Warning", "DirectorySearch.cpp", "DirectorySearch::onResults", "corporate directory returned 0 entries for query 'ade' (source=BROADWORKS_DIRECTORY)")

    tids = std(sc, log, hs="colon", idst="block", entst="inline", so="caret", si="caret", hooks={"after": after})
    export = {"orgId": sc.id["org"], "customerConfig": "lagoon-finance", "directorySync": {
        "enabled": True, "lastRun": "2025-01-14T03:00:11Z", "status": "FAILED",
        "errors": [{"errorCode": 600014, "description": "BroadWorks External Directory User Sync failed while attempting to connect to BroadWorks cluster. Error from BroadWorks - connect timed out"}]}}
    write_folder(name, {"SparkMacDesktop/current_log.txt": log.data(),
                        "PartnerHub/directory_sync_status.json": json.dumps(export, indent=2)})
    EXPECTED[name] = {
        "scenario": "macOS folder; client registers fine (HTTP as key: value blocks, SIP raw lines ending in literal ^M). The escalation also "
                    "carries a Partner Hub directory-sync status export with error 600014; the user reports an empty corporate directory.",
        "must": ["directory-sync-error"],
        "codes": [600014],
        "timeline": tl(ok=8),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, [tids["device"]]),
    }


# ==========================================================================
# C14  Windows: IdP proxy JWT fetch fails (dump style; answer names only the tracking id) + XSP CLI paste allowUserApp=true
# ==========================================================================
@bundle
def c14():
    name = "c14_win_token_fail_certauth.zip"
    sc = new(name, 114, T(2025, 2, 24, 9, 5, 17), "win")
    person(sc, "Ines Duarte", "ines.duarte@marvila-arq.example.org", "351215550119", "sip.example.org", "xsp-lis.sip.example.org",
           "sbc-lis.sip.example.org", "198.51.100.19", "45.2.0.31688", "Windows 11 Enterprise 23H2 (10.0.22631)", "win")
    log = ClientLog(sc, "win")

    def tf(sc, log, bwc):
        sc.L(log, "Error", "BroadWorksTokenProvider.cpp", "BroadWorksTokenProvider::onTokenError",
             "BWC:SCF: could not obtain BroadWorks token, giving up after 1 attempt")
        sc.L(log, "Info", "PhoneServicesViewModel.cpp", "PhoneServicesViewModel::refresh", "Phone services: Not connected")

    tids = std(sc, log, hs="dump", hs_tok="dump", token=502, idst="json", entst="json_split",
               hooks={"token_fail": tf, "token_body": ['{"error":"upstream_failure","message":"authService did not return a token"}']})
    cli = ["XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get",
           "  allowUserApp = true", "  allowClientApp = false", "  clientCertificateHeader = X-Client-Cert", "",
           "XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> q", ""]
    write_zip(name, {"case-4711/client/CiscoSpark/current_log.txt": log.data(),
                     "case-4711/server/xsp-lis1_cli_output.txt": "\n".join(["xsp-lis1:bwadmin> bwcli"] + cli)})
    EXPECTED[name] = {
        "scenario": "Windows; BroadWorks JWT from broadworks-idp-proxy fails with 502 (multi-line request dump, the response dump names only the "
                    "TrackingID). The case also holds an XSP CLI paste showing allowUserApp = true and allowClientApp = false.",
        "must": ["token-fetch-failed", "xsp-cert-auth-misconfigured"],
        "timeline": tl(ok=3, fail="token", notseen=["device-list", "config-download", "sip-register", "registered"]),
        "facts": facts(sc, ["user_email", "user_id", "org_id", "client_version", "platform"], [tids["token"]]),
    }


# ==========================================================================
# C15  Android token failure + XSP authenticationService StatusCode=401 (same tracking id)
# ==========================================================================
@bundle
def c15():
    name = "c15_android_token_fail_xsp.zip"
    sc = new(name, 115, T(2025, 3, 6, 10, 11, 12), "android")
    person(sc, "Mateus Carvalho", "mateus.carvalho@ipe-amarelo.example.com", "551155500123", "bw.example.com", "xsp-sp.bw.example.com",
           "sbc-sp.bw.example.com", "203.0.113.123", "45.2.0.31690", "14", "android", model="moto g84")
    log = ClientLog(sc, "android", tzoffset_h=-3)
    t = "CLIENT_" + mkuuid(sc.rng)
    tids = {"token": t}
    t0 = {}

    def tf(sc, log, bwc):
        sc.A(log, "Error", "BWC", "BWC:SCF: token request rejected, BroadWorks login aborted")

    # remember time around the token step for the server log
    std(sc, log, hs="lckv", idst="json", entst="kv", token=401, tids=tids, hooks={"token_fail": tf})
    # server side: authenticationService, same tracking id. Server clock uses BRT (-3) like the phone
    srv = ServerLog(sc, tz="BRT")
    sc2 = sc
    base = None
    # pick the client's token request time: search its line
    ts = between(log, t, 4)
    srv.head("Info", "AuthenticationService", "http-nio-8443-exec-12", t=ts[0])
    srv.cont(["GET /authService/token?tokenDurationInSeconds=2592000 HTTP/1.1", "http_bw_userid: %s" % sc.id["bwuser"],
              "trackingid: %s" % t, "user-agent: broadworks-idp-proxy/2.9"])
    srv.head("Info", "OCI-P", "AuthService-Worker-3", inline="Sending UserGetLoginInfoRequest userId=%s" % sc.id["bwuser"], t=ts[1])
    srv.head("Warning", "OCI-P", "AuthService-Worker-3", inline="Received ErrorResponse for UserGetLoginInfoRequest: [Error 4962] User login is disabled", t=ts[2])
    srv.head("Warning", "AuthenticationService", "http-nio-8443-exec-12", t=ts[3])
    srv.cont(["token request refused for %s" % sc.id["bwuser"], "StatusCode=401", "trackingid: %s" % t])
    tt = ts[3]
    acc = '198.51.100.201 - - [%s -0300] "GET /authService/token?tokenDurationInSeconds=2592000 HTTP/1.1" 401 118 "-" "broadworks-idp-proxy/2.9"' % (
        tt.strftime("%d/%b/%Y:%H:%M:%S"))
    write_zip(name, {"client/logcat.txt": log.data(), "xsp/authService/authenticationService.log": srv.data(),
                     "xsp/tomcat/access_log.2025-03-06.txt": acc + "\n"})
    EXPECTED[name] = {
        "scenario": "Android + XSP logs. Client asks broadworks-idp-proxy for the JWT (logcat '=> GET ... (trackingid X)' then '<= trackingid X answered 401'). "
                    "authenticationService shows GET /authService/token with http_bw_userid and the same trackingid, OCI-P UserGetLoginInfoRequest "
                    "error, StatusCode=401; Tomcat access_log line 401.",
        "must": ["token-fetch-failed", "xsp-token-failed"],
        "timeline": tl(ok=3, fail="token", notseen=["device-list", "config-download", "sip-register", "registered"]),
        "facts": dict(facts(sc, ["user_email", "user_id", "org_id", "client_version", "platform"], [t]), broadworks_user_id=sc.id["bwuser"]),
    }


# ==========================================================================
# C16  macOS: Xsi profile/device digest challenge, retry answered 403
# ==========================================================================
@bundle
def c16():
    name = "c16_mac_xsi_digest_then_403.zip"
    sc = new(name, 116, T(2025, 2, 12, 15, 47, 3), "mac")
    person(sc, "Priya Raghunathan", "priya.r@banyan-health.example.net", "9185550144", "voice.example.net", "xsp-b.voice.example.net",
           "sbc-b.voice.example.net", "198.51.100.144", "45.1.2.31410", "14.6.1 (23G93)", "mac")
    log = ClientLog(sc, "mac")
    t1 = "CLIENT" + mkuuid(sc.rng).replace("-", "")
    tids = {"device": t1, "device2": t1}

    def df(sc, log, bwc):
        sc.L(bwc, "Error", "BroadWorksConfigDownloader.cpp", "BroadWorksConfigDownloader::onAccessDeviceListFailed",
             "BWC:SCF: ConfigDownload - access device list request refused by server")

    std(sc, log, hs="arrow", idst="kv", entst="inline", xsi_chal=True, dev=403, tids=tids, hooks={"dev_fail": df,
        "dev_body": ['<?xml version="1.0" encoding="UTF-8"?>', '<ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>Forbidden</summary><errorCode>110</errorCode></ErrorInfo>']})
    write_zip(name, {"Users/priya/Library/Logs/SparkMacDesktop/current_log": log.data()})
    EXPECTED[name] = {
        "scenario": "macOS; every HTTP exchange printed on one line 'GET url [trackingid] -> 200 OK (n ms)'. The Xsi-Actions profile/device GET "
                    "is challenged (401 Digest), retried with Authorization under the same tracking id (CLIENT without underscore) and answered 403 Forbidden.",
        "must": ["xsi-request-failed"],
        "must_not": ["device-profile-missing"],
        "timeline": tl(ok=4, fail="device-list", notseen=["config-download", "sip-register", "registered"]),
        "facts": facts(sc, STD_FACTS, [t1]),
    }


# ==========================================================================
# C17  iPhone: Xsi profile/device 404 + XsiActionsLog on the XSP (nested zip)
# ==========================================================================
@bundle
def c17():
    name = "c17_ios_xsi_404_xsp.zip"
    sc = new(name, 117, T(2025, 1, 30, 16, 25, 50), "ios")
    person(sc, "Freya Macleod", "freya.macleod@glenmore-tours.example.com", "441315550163", "bw.example.org", "xsp-edi.bw.example.org",
           "sbc-edi.bw.example.org", "203.0.113.163", "45.2.1.31702", "17.7", "ios", osfamily="iOS", model="iPhone14,7")
    log = ClientLog(sc, "ios")
    t = "CLIENT_" + mkuuid(sc.rng)
    tids = {"device": t}

    def df(sc, log, bwc):
        sc.CSF(log, "Error", "bwc/BroadWorksConfigDownloader.cpp(131)", "csf.bwc", "onAccessDeviceListFailed",
               "BWC:SCF: ConfigDownload - device list unavailable, calling disabled")

    std(sc, log, hs="ios", idst="block", entst="json_line", cbst="text", dev=404, tids=tids, hooks={"dev_fail": df,
        "dev_body": ['<ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>[Error 4008] User not found: %s</summary></ErrorInfo>' % sc.id["bwuser"]]})
    # XsiActionsLog on the XSP, same tracking id
    ts = between(log, t, 5)
    xs = ServerLog(sc, tz="GMT")
    path = "/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device" % sc.id["bwuser"].replace("@", "%40")
    xs.head("Info", "Xsi", "http-nio-443-exec-31", extra=[t], t=ts[0])
    xs.cont(["GET %s" % path, "Authorization: Bearer eyJ...(redacted)", "user-agent: WebexTeams (iOS/45.2.1.31702)", "trackingid: %s" % t])
    xs.head("Info", "Xsi", "http-nio-443-exec-31", extra=[t], t=ts[1])
    xs.cont(["POST http://127.0.0.1:80/authService/token", "X-BROADSOFT-CORRELATION-ID: %s" % t, "-> 200"])
    xs.head("Info", "OCI-P", "XsiOciClient-4", extra=[t], inline="UserPrimaryAndSCADeviceGetListRequest userId=%s" % sc.id["bwuser"], t=ts[2])
    xs.head("Warning", "OCI-P", "XsiOciClient-4", extra=[t], inline="ErrorResponse [Error 4008] User not found", t=ts[3])
    xs.head("Info", "Xsi", "http-nio-443-exec-31", extra=[t], t=ts[4])
    xs.cont(["Response to GET %s" % path, "HTTP/1.1 404 Not Found"])
    inner = zip_bytes({"current_log.txt": log.data()})
    write_zip(name, {"escalation/ios_client_logs.zip": inner, "escalation/xsp-edi1/XsiActionsLog-2025.01.30.txt": xs.data()})
    EXPECTED[name] = {
        "scenario": "iPhone (nested zip) + XsiActionsLog. Client's profile/device request answered 404 (task line names only the tracking id). The "
                    "XSP log shows the same trackingid, loopback token validation 200, OCI-P device list ErrorResponse, and HTTP/1.1 404 back.",
        "must": ["xsi-request-failed", "xsp-profile-request-failed"],
        "must_not": ["device-profile-missing"],
        "timeline": tl(ok=4, fail="device-list", notseen=["config-download", "sip-register", "registered"]),
        "facts": facts(sc, STD_FACTS, [t]),
    }


# ==========================================================================
# C18  Windows: no 'Business Communicator - PC' device; app says the profile is not found
# ==========================================================================
@bundle
def c18():
    name = "c18_win_no_pc_device.zip"
    sc = new(name, 118, T(2025, 2, 7, 8, 30, 45), "win")
    person(sc, "Dariusz Kowalczyk", "d.kowalczyk@wisla-transport.example.com", "48225550177", "voice.example.com", "xsp.voice.example.com",
           "sbc.voice.example.com", "203.0.113.177", "45.2.0.31688", "Windows 10 Enterprise 22H2 (10.0.19045)", "win")
    older = ClientLog(sc, "win")
    sc.noise(older, 300, 500)
    log = ClientLog(sc, "win")
    lp = "%s@%s" % (sc.id["sipuser"], sc.id["domain"])
    devices = [("Connect - Mobile", lp), ("Business Communicator - Tablet", "%s_tab@%s" % (sc.id["sipuser"], sc.id["domain"]))]

    def dm(sc, log, bwc):
        sc.L(bwc, "Error", "BroadWorksConfigDownloader.cpp", "BroadWorksConfigDownloader::onAccessDeviceListSucceeded",
             "BWC:SCF: ConfigDownload - no access device of type 'Business Communicator - PC' assigned to this user")
        sc.L(bwc, "Error", "BroadWorksLoginAdapter.cpp", "BroadWorksLoginAdapter::handleLoginError", "BWC:SCF: login aborted, device profile missing")

    tids = std(sc, log, hs="kvcode", idst="lines", entst="json_split", devices=devices, hooks={"dev_missing": dm})
    write_zip(name, {"CiscoSpark/current_log.txt": log.data(), "CiscoSpark/current_log_1.txt": older.data()})
    EXPECTED[name] = {
        "scenario": "Windows; Xsi-Actions device list answered 200 (responseCode=200 on a later line naming the tracking id) but it lists only "
                    "Connect - Mobile and Business Communicator - Tablet; BWC says no 'Business Communicator - PC' device and aborts.",
        "must": ["device-profile-missing"],
        "must_not": ["xsi-request-failed"],
        "timeline": tl(ok=4, fail="device-list", notseen=["config-download", "sip-register", "registered"]),
        "facts": facts(sc, STD_FACTS, [tids["device"]]),
    }


# ==========================================================================
# C19  iPad: device list has PC + Connect - Mobile, lacks Tablet (no explicit app message naming it)
# ==========================================================================
@bundle
def c19():
    name = "c19_ipad_no_tablet_device.zip"
    sc = new(name, 119, T(2025, 3, 10, 12, 0, 30), "ios")
    person(sc, "Noor Al-Hashimi", "noor.alhashimi@dune-design.example.net", "97145550155", "bw.example.net", "xsp-dxb.bw.example.net",
           "sbc-dxb.bw.example.net", "198.51.100.155", "45.2.1.31702", "17.5.1", "ios", osfamily="iPadOS", model="iPad13,4")
    sc.id["platname"] = "iPadOS"
    log = ClientLog(sc, "ios")
    lp = "%s@%s" % (sc.id["sipuser"], sc.id["domain"])
    devices = [("Business Communicator - PC", lp), ("Connect - Mobile", "%s_m@%s" % (sc.id["sipuser"], sc.id["domain"]))]

    def dm(sc, log, bwc):
        sc.CSF(log, "Warning", "bwc/DeviceSelector.cpp(88)", "csf.bwc", "select", "BWC:SCF: no usable access device for form factor TABLET, calling stays offline")

    tids = std(sc, log, hs="ios", idst="json", entst="json_line", cbst="text", devices=devices, hooks={"dev_missing": dm})
    write_zip(name, {"Partner Hub logs/noor.alhashimi/2025-03-10/ipad_current_log.txt": log.data()})
    EXPECTED[name] = {
        "scenario": "iPad (iPadOS); Xsi device list 200 lists Business Communicator - PC and Connect - Mobile but no Business Communicator - Tablet; "
                    "the app logs no usable device for form factor TABLET. Folder names with spaces.",
        "must": ["device-profile-missing"],
        "must_not": ["xsi-request-failed"],
        "timeline": tl(ok=4, fail="device-list", notseen=["config-download", "sip-register", "registered"]),
        "facts": facts(sc, STD_FACTS, [tids["device"]]),
    }


# ==========================================================================
# C20  macOS: DMS config.xml answered 404
# ==========================================================================
@bundle
def c20():
    name = "c20_mac_dms_404.zip"
    sc = new(name, 120, T(2025, 2, 19, 17, 10, 10), "mac")
    person(sc, "Viktor Petrov", "viktor.petrov@balkan-print.example.org", "35925550122", "sip.example.org", "xsp.sip.example.org",
           "sbc.sip.example.org", "203.0.113.122", "45.2.0.31688", "14.5 (23F79)", "mac")
    sc.id["dms_host"] = "dms.sip.example.org"
    prev = ClientLog(sc, "mac")
    app_start(sc, prev, "a")
    sc.noise(prev, 100, 200)
    sc.clock.jump(86400 - 7200)
    log = ClientLog(sc, "mac")

    def ff(sc, log, bwc):
        sc.L(bwc, "Error", "BroadWorksConfigDownloader.cpp", "BroadWorksConfigDownloader::onConfigFailed", "BWC:SCF: ConfigDownload - device configuration could not be retrieved")
        sc.L(bwc, "Error", "BroadWorksManager.cpp", "BroadWorksManager::registerClient", "BWC:SCF: BroadWorks Calling - client not registered, config unavailable")

    tids = std(sc, log, hs="kv", hs_dms="dump", idst="json", entst="inline", dms=404, hooks={"dms_fail": ff})
    write_zip(name, {"SparkMacDesktop/current_log.txt": log.data(), "SparkMacDesktop/last_run_current_log.txt": prev.data()})
    EXPECTED[name] = {
        "scenario": "macOS; token and device list fine (key=value HTTP), the DMS GET /dms/bc/pc/config.xml is printed as a request/response dump "
                    "and answered HTTP/1.1 404 Not Found.",
        "must": ["config-download-failed"],
        "timeline": tl(ok=5, fail="config-download", notseen=["sip-register", "registered"]),
        "facts": facts(sc, STD_FACTS, [tids["dms"]]),
    }


# ==========================================================================
# C21  Windows: config parse failure errorCode=1507 (ISO-8859-1), BWC in its own bwc/current_log.txt
# ==========================================================================
@bundle
def c21():
    name = "c21_win_config_1507.zip"
    sc = new(name, 121, T(2025, 1, 30, 7, 1, 2), "win")
    person(sc, "Jürgen Weißmüller", "juergen.weissmueller@alpenblick.example.com", "4989555013", "voice.example.net", "xsp-muc.voice.example.net",
           "sbc-muc.voice.example.net", "198.51.100.13", "45.1.2.31410", "Windows 11 Pro 23H2 (10.0.22631)", "win")
    main = ClientLog(sc, "win")
    bwc = ClientLog(sc, "win")

    def body(sc):
        b = config_xml(sc, sc.id["sbc_host"], sc.id["sbc_port"], sc.id["sipuser"], sc.id["domain"], "J\u00fcrgen Wei\u00dfm\u00fcller", xsp=sc.id["xsp"], encoding="ISO-8859-1")
        return b[:16]  # truncated dump

    def after_cfg(sc, log, bwc_):
        sc.L(bwc_, "Info", "parser.rl", "TP::Xml::Parser::parse", "BWC:INTERNAL: unexpected byte 0xFC in element <label> at offset 611, document Incomplete")
        sc.L(bwc_, "Info", "BroadWorksCallControl.cpp", "BroadWorksCallControl::createConfig", "BWC:SCF: failed to build configuration from downloaded profile")
        sc.L(bwc_, "Error", "BroadWorksManager.cpp", "BroadWorksManager::registerClient::<lambda_9a1f>::operator ()",
             "BWC:SCF: BroadWorks Calling - failed to register client. errorCode=1507")
        sc.L(bwc_, "Error", "BroadWorksLoginAdapter.cpp", "BroadWorksLoginAdapter::handleLoginError", "BWC:SCF: Login error occurred: errorCode=1507")
        return "stop"

    tids = std(sc, main, bwc, hs="json", idst="json", entst="json_split", hooks={"cfg_body": body, "after_cfg": after_cfg})
    root = "AppData/Local/CiscoSpark/"
    write_zip(name, {root + "current_log.txt": main.data(), root + "bwc/current_log.txt": bwc.data("latin-1")})
    EXPECTED[name] = {
        "scenario": "Windows older layout: BWC lines (device list, DMS, parse) in bwc/current_log.txt, the rest in current_log.txt. DMS answers 200 "
                    "with an ISO-8859-1 config (umlaut in the label); parser reports Incomplete and login fails with errorCode=1507.",
        "must": ["config-parse-failed"],
        "must_not": ["config-download-failed"],
        "timeline": tl(ok=5, fail="config-download", notseen=["sip-register", "registered"]),
        "facts": facts(sc, STD_FACTS, []),
    }


# ==========================================================================
# C22  Android: %SBC_ADDRESS_WXT% left in config, printed as a key=value summary
# ==========================================================================
@bundle
def c22():
    name = "c22_android_unresolved_sbc_tag.zip"
    sc = new(name, 122, T(2025, 2, 27, 9, 44, 0), "android")
    person(sc, "Amara Diallo", "amara.diallo@baobab-coop.example.org", "221335550188", "ims.example.org", "xsp-dkr.ims.example.org",
           "%SBC_ADDRESS_WXT%", "0.0.0.0", "45.2.0.31690", "13", "android", model="SM-G991B")
    log = ClientLog(sc, "android", tzoffset_h=0)

    def body(sc):
        return config_xml(sc, "%SBC_ADDRESS_WXT%", "5061", sc.id["sipuser"], sc.id["domain"], sc.id["name"], xsp=sc.id["xsp"], pretty=True)

    def after_cfg(sc, log, bwc):
        sc.A(log, "Info", "BWC", "BWC:SCF: config sip.proxy.address=%SBC_ADDRESS_WXT% sip.proxy.port=5061 sip.transport=TLS sip.user=" + sc.id["sipuser"])
        sc.A(log, "Error", "BWC", "BWC:SCF: proxy host '%SBC_ADDRESS_WXT%' is not a valid host name - registration not attempted")
        sc.A(log, "Info", "WxCallingUi", "phone services: not connected")
        return "stop"

    tids = std(sc, log, hs="okhttp", idst="lines", entst="kv", hooks={"cfg_body": body, "after_cfg": after_cfg})
    write_zip(name, {"sendlogs/logcat-current.log": log.data()})
    EXPECTED[name] = {
        "scenario": "Android; DMS config downloaded (200, body logged line by line by OkHttp) but the proxy address is the literal placeholder "
                    "%SBC_ADDRESS_WXT%; the app refuses to register.",
        "must": ["unresolved-config-tag"],
        "timeline": tl(ok=6, notseen=["sip-register", "registered"]),
        "facts": facts(sc, ["user_email", "user_id", "org_id", "client_version", "platform", "broadworks_user_id", "xsp", "sip_user"], [tids["dms"]]),
    }


# ==========================================================================
# C23  Windows: 401 challenge loop (escaped single line SIP)
# ==========================================================================
@bundle
def c23():
    name = "c23_win_sip_401_loop.zip"
    sc = new(name, 123, T(2025, 3, 3, 8, 6, 30), "win")
    person(sc, "Fatima Zahra Benali", "fz.benali@atlas-textiles.example.com", "212522555019", "voice.example.com", "xsp-cas.voice.example.com",
           "sbc-cas.voice.example.com", "203.0.113.19", "45.2.0.31688", "Windows 11 Pro 23H2 (10.0.22631)", "win")
    log = ClientLog(sc, "win")

    def loop(sc, log, bwc):
        connect_line(sc, bwc, sc.id["sbc_ip"], sc.id["sbc_port"])
        dlg = new_dialog(sc)
        remote = "%s:%s" % (sc.id["sbc_ip"], sc.id["sbc_port"])
        local = "%s:%s" % (sc.id["lip"], sc.id["lport"])
        sip(sc, bwc, "out", dlg.register(), remote, local, "escaped")
        sip(sc, bwc, "in", dlg.challenge(401), remote, local, "escaped")
        for k in range(3):
            sip(sc, bwc, "out", dlg.register(auth="BroadWorks"), remote, local, "escaped")
            sc.clock.tick(30, 90)
            sip(sc, bwc, "in", dlg.challenge(401), remote, local, "escaped")
        sc.L(bwc, "Error", "SipRegistrar.cpp", "SipRegistrar::onAuthFailure", "BWC:SCF: credentials rejected %d times, stopping registration" % 3)
        sc.L(bwc, "Info", "PhoneServicesViewModel.cpp", "PhoneServicesViewModel::refresh", "Phone services: Not connected")

    tids = std(sc, log, hs="json", idst="json", entst="inline", hooks={"sip": loop})
    write_zip(name, {"logs/CiscoSpark/current_log.txt": log.data()})
    EXPECTED[name] = {
        "scenario": "Windows; every SIP message on one log line with escaped \\r\\n. REGISTER -> 401, then three REGISTERs with Authorization each "
                    "answered by a fresh 401 challenge; the app gives up.",
        "must": ["sip-auth-failed"],
        "must_not": ["sip-register-rejected", "sip-register-timeout"],
        "timeline": tl(ok=6, fail="sip-register", notseen=["registered"]),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, []),
    }


# ==========================================================================
# C24  macOS: 407 loop, compact headers, caret-M line ends
# ==========================================================================
@bundle
def c24():
    name = "c24_mac_sip_407_loop.zip"
    sc = new(name, 124, T(2025, 1, 17, 13, 31, 31), "mac")
    person(sc, "Lars Eriksen", "lars.eriksen@nordkapp-fisk.example.net", "4722555018", "sip.example.net", "xsp-osl.sip.example.net",
           "sbc-osl.sip.example.net", "198.51.100.18", "45.1.2.31410", "14.6.1 (23G93)", "mac", sbc_port="8934")
    log = ClientLog(sc, "mac")

    def loop(sc, log, bwc):
        connect_line(sc, bwc, sc.id["sbc_ip"], sc.id["sbc_port"])
        dlg = new_dialog(sc, compact=True)
        remote = "%s:%s" % (sc.id["sbc_ip"], sc.id["sbc_port"])
        local = "%s:%s" % (sc.id["lip"], sc.id["lport"])
        sip(sc, bwc, "out", dlg.register(), remote, local, "caret")
        sip(sc, bwc, "in", dlg.challenge(407), remote, local, "caret")
        for k in range(4):
            sip(sc, bwc, "out", dlg.register(auth="BroadWorks", proxy_auth=True), remote, local, "caret")
            sip(sc, bwc, "in", dlg.challenge(407), remote, local, "caret")
            sc.noise(log, 1, 4)
        sc.L(bwc, "Warning", "SipRegistrar.cpp", "SipRegistrar::scheduleRetry", "BWC:SCF: registration retry in 60 s")

    tids = std(sc, log, hs="colon", idst="block", entst="perline", hooks={"sip": loop})
    write_zip(name, {"SparkMacDesktop/current_log": log.data()})
    EXPECTED[name] = {
        "scenario": "macOS; SIP raw lines ending in literal ^M, compact header names; the SBC (port 8934) answers every REGISTER, including four "
                    "with Proxy-Authorization, with 407 Proxy Authentication Required.",
        "must": ["sip-auth-failed"],
        "must_not": ["sip-register-rejected"],
        "timeline": tl(ok=6, fail="sip-register", notseen=["registered"]),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, []),
    }


# ==========================================================================
# C25  iPhone: REGISTER answered 403 after the challenge (CSF block)
# ==========================================================================
@bundle
def c25():
    name = "c25_ios_sip_403.zip"
    sc = new(name, 125, T(2025, 2, 21, 6, 50, 5), "ios")
    person(sc, "Santiago Ríos", "santiago.rios@cafetal.example.com", "5715550199", "bw.example.com", "xsp-bog.bw.example.com",
           "sbc-bog.bw.example.com", "203.0.113.199", "45.2.1.31702", "17.6.1", "ios", osfamily="iOS", model="iPhone13,2")
    log = ClientLog(sc, "ios")

    def rej(sc, log, bwc):
        connect_line(sc, bwc, sc.id["sbc_ip"], sc.id["sbc_port"])
        dlg = new_dialog(sc)
        remote = "%s:%s" % (sc.id["sbc_ip"], sc.id["sbc_port"])
        local = "%s:%s" % (sc.id["lip"], sc.id["lport"])
        sip(sc, log, "out", dlg.register(), remote, local, "csf")
        sip(sc, log, "in", dlg.challenge(401), remote, local, "csf")
        sip(sc, log, "out", dlg.register(auth="BroadWorks"), remote, local, "csf")
        sip(sc, log, "in", dlg.response(403, "Forbidden", extra=["Reason: SIP;cause=403;text=\"Registration not allowed from this device\""]), remote, local, "csf")
        sc.CSF(log, "Error", "bwc/LineRegistration.cpp(402)", "csf.bwc", "onFinalResponse", "BWC:SCF: REGISTER final answer 403, line disabled")

    tids = std(sc, log, hs="csf", idst="json", entst="json_line", cbst="text", hooks={"sip": rej}, bwcst="csf")
    write_zip(name, {"iOS/Logs/current_log_20250221.txt": log.data()})
    EXPECTED[name] = {
        "scenario": "iPhone; HTTP and SIP printed in the older CSF line shape ([csf.httpclient], [csf.sip-stack] followed by the raw message). "
                    "REGISTER 401, answered, then 403 Forbidden.",
        "must": ["sip-register-rejected"],
        "must_not": ["sip-auth-failed", "sip-register-timeout"],
        "timeline": tl(ok=6, fail="sip-register", notseen=["registered"]),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, []),
    }


# ==========================================================================
# C26  Windows: TLS connection to SBC refused
# ==========================================================================
@bundle
def c26():
    name = "c26_win_sbc_tls_refused.zip"
    sc = new(name, 126, T(2025, 2, 14, 9, 59, 58), "win")
    person(sc, "Ana Popescu", "ana.popescu@carpati-soft.example.org", "40215550121", "voice.example.org", "xsp-buh.voice.example.org",
           "sbc-buh.voice.example.org", "198.51.100.121", "45.2.0.31688", "Windows 11 Enterprise 23H2 (10.0.22631)", "win")
    log = ClientLog(sc, "win", eol="\r\n")

    def fail(sc, log, bwc):
        i = sc.id
        connect_line(sc, bwc, i["sbc_ip"], i["sbc_port"], ok=False)
        for k in range(3):
            sc.L(bwc, "Error", "TlsTransport.cpp", "TlsTransport::onConnectError",
                 "BWC:TRANSPORT: connect to %s:%s failed: WSAECONNREFUSED (10061) attempt %d/3" % (i["sbc_ip"], i["sbc_port"], k + 1))
            sc.clock.jump(4)
        sc.L(bwc, "Error", "SipRegistrar.cpp", "SipRegistrar::onTransportError", "BWC:SCF: REGISTER could not be sent, no transport to proxy")
        sc.L(bwc, "Info", "PhoneServicesViewModel.cpp", "PhoneServicesViewModel::refresh", "Phone services: Not connected")

    tids = std(sc, log, hs="httpStatus", idst="lines", entst="json_split", hooks={"sip": fail})
    write_zip(name, {"CiscoSpark/current_log.txt": log.data()})
    EXPECTED[name] = {
        "scenario": "Windows (CRLF file); config fine, but the TLS connection to the SBC is refused three times (WSAECONNREFUSED); REGISTER never leaves.",
        "must": ["sip-register-timeout"],
        "must_not": ["sip-auth-failed", "sip-register-rejected"],
        "timeline": tl(ok=6, fail="sip-register", notseen=["registered"]),
        "facts": facts(sc, STD_FACTS + ["sbc"], []),
    }


# ==========================================================================
# C27  Android: REGISTER over UDP, no answer, Timer F (retransmissions visible)
# ==========================================================================
@bundle
def c27():
    name = "c27_android_sip_timer_f.zip"
    sc = new(name, 127, T(2025, 3, 20, 20, 14, 1), "android")
    person(sc, "Mehmet Yıldız", "mehmet.yildiz@bogazici-ticaret.example.com", "902125550133", "ims.example.com", "xsp-ist.ims.example.com",
           "sbc-ist.ims.example.com", "203.0.113.133", "45.1.0.31207", "14", "android", transport="UDP", sbc_port="5060", model="SM-S918B")
    log = ClientLog(sc, "android", tzoffset_h=3)

    def to(sc, log, bwc):
        i = sc.id
        connect_line(sc, log, i["sbc_ip"], i["sbc_port"], ok=False)
        dlg = new_dialog(sc)
        remote = "%s:%s" % (i["sbc_ip"], i["sbc_port"])
        local = "%s:%s" % (i["lip"], i["lport"])
        msg = dlg.register()
        delay = 0.5
        for k in range(7):
            sip(sc, log, "out", msg, remote, local, "lc_block", transport="UDP")
            sc.clock.jump(delay)
            delay = min(delay * 2, 4)
        sc.clock.jump(32 - 15.5)
        sc.A(log, "Error", "BWC", "BWC:SIPSTACK: REGISTER transaction %s timed out (Timer F), no response from %s" % (dlg.branch, remote))
        sc.A(log, "Error", "BWC", "BWC:SCF: registration failed: request timeout")

    tids = std(sc, log, hs="okhttp", idst="json", entst="json_line", hooks={"sip": to})
    write_zip(name, {"logs/logcat.txt.gz": gz_bytes(log.data(), "logcat.txt"), "logs/README.txt": "Exported with Webex > Help > Send logs\n"})
    EXPECTED[name] = {
        "scenario": "Android (.gz logcat); REGISTER over UDP retransmitted (announcing logcat line + raw message each time, same branch) and never "
                    "answered; Timer F timeout.",
        "must": ["sip-register-timeout"],
        "must_not": ["sip-auth-failed", "sip-register-rejected"],
        "timeline": tl(ok=6, fail="sip-register", notseen=["registered"]),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, []),
    }


# ==========================================================================
# C28  macOS: registered, refresh 200 lists only another contact
# ==========================================================================
@bundle
def c28():
    name = "c28_mac_displaced_refresh.zip"
    sc = new(name, 128, T(2025, 1, 24, 8, 0, 12), "mac")
    person(sc, "Charlotte Dubois", "charlotte.dubois@vignoble-sud.example.org", "33495550127", "tel.example.org", "xsp-mrs.tel.example.org",
           "sbc-mrs.tel.example.org", "203.0.113.127", "45.2.0.31688", "14.6.1 (23G93)", "mac")
    log = ClientLog(sc, "mac")

    def after(sc, log, bwc):
        dlg = sc.dlg
        i = sc.id
        remote = "%s:%s" % (i["sbc_ip"], i["sbc_port"])
        local = "%s:%s" % (i["lip"], i["lport"])
        sc.noise(log, 150, 300, gap=(2000, 9000))
        sc.clock.jump(1800)
        other = "<sip:%s@192.0.2.201:49822;transport=tls>;+sip.instance=\"<urn:uuid:%s>\";expires=3600" % (i["sipuser"], mkuuid(sc.rng))
        sip(sc, bwc, "out", dlg.register(auth="BroadWorks"), remote, local, "inline")
        sip(sc, bwc, "in", dlg.response(200, "OK", contacts=[other], extra=["Expires: 3600"]), remote, local, "inline")
        sc.L(bwc, "Warning", "BroadWorksLineManager.cpp", "BroadWorksLineManager::onRefresh", "BWC:SCF: own binding missing from refresh answer, line 1 -> UNREGISTERED")
        sc.L(log, "Info", "PhoneServicesViewModel.cpp", "PhoneServicesViewModel::refresh", "Phone services: Signed in on another device")

    tids = std(sc, log, hs="kv", idst="kv", entst="inline", so="inline", si="inline", hooks={"after": after}, tail=(100, 200))
    write_zip(name, {"SparkMacDesktop/current_log.txt": log.data()})
    EXPECTED[name] = {
        "scenario": "macOS; registers (401 then 200 listing own contact), 30 minutes later the refresh REGISTER's 200 OK lists only a different "
                    "contact (another machine, other +sip.instance): displaced.",
        "must": ["registration-displaced"],
        "must_not": ["sip-register-rejected", "sip-auth-failed"],
        "timeline": tl(ok=7),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, []),
    }


# ==========================================================================
# C29  Windows: reg-event NOTIFY terminates our contact (event=rejected)
# ==========================================================================
@bundle
def c29():
    name = "c29_win_displaced_notify.zip"
    sc = new(name, 129, T(2025, 2, 10, 14, 22, 0), "win")
    person(sc, "Wei Zhang", "wei.zhang@jade-river.example.com", "85225550116", "voice.example.com", "xsp-hk.voice.example.com",
           "sbc-hk.voice.example.com", "198.51.100.116", "45.2.0.31688", "Windows 11 Pro 23H2 (10.0.22631)", "win")
    log = ClientLog(sc, "win")

    def after(sc, log, bwc):
        dlg = sc.dlg
        i = sc.id
        remote = "%s:%s" % (i["sbc_ip"], i["sbc_port"])
        local = "%s:%s" % (i["lip"], i["lport"])
        aor = "sip:%s@%s" % (i["sipuser"], i["domain"])
        # SUBSCRIBE reg
        sub_callid = hexid(sc.rng, 20) + "@" + i["lip"]
        ftag = hexid(sc.rng, 8)
        sub = ["SUBSCRIBE %s SIP/2.0" % aor, "Via: SIP/2.0/TLS %s;branch=z9hG4bK%s" % (local, hexid(sc.rng, 10)),
               "From: <%s>;tag=%s" % (aor, ftag), "To: <%s>" % aor, "Call-ID: %s" % sub_callid, "CSeq: 1 SUBSCRIBE",
               "Event: reg", "Accept: application/reginfo+xml", "Expires: 3600", "Contact: <sip:%s@%s;transport=tls>" % (i["sipuser"], local), "Content-Length: 0"]
        sip(sc, bwc, "out", sub, remote, local, "block")
        sip(sc, bwc, "in", ["SIP/2.0 200 OK", "Via: SIP/2.0/TLS %s" % local, "From: <%s>;tag=%s" % (aor, ftag), "To: <%s>;tag=77ab" % aor,
                            "Call-ID: %s" % sub_callid, "CSeq: 1 SUBSCRIBE", "Expires: 3600", "Content-Length: 0"], remote, local, "block")
        own_uri = "sip:%s@%s;transport=tls" % (i["sipuser"], local)
        body1 = reginfo_xml(aor, 0, [("c1", "active", "registered", own_uri)])
        sip(sc, bwc, "in", ["NOTIFY sip:%s@%s;transport=tls SIP/2.0" % (i["sipuser"], local), "From: <%s>;tag=77ab" % aor, "To: <%s>;tag=%s" % (aor, ftag),
                            "Call-ID: %s" % sub_callid, "CSeq: 10 NOTIFY", "Event: reg", "Subscription-State: active;expires=3600",
                            "Content-Type: application/reginfo+xml", "Content-Length: %d" % sum(len(x) + 2 for x in body1), ""] + body1, remote, local, "block")
        sc.noise(log, 80, 200, gap=(1000, 8000))
        other_uri = "sip:%s@192.0.2.230:50312;transport=tls" % i["sipuser"]
        body2 = reginfo_xml(aor, 1, [("c1", "terminated", "rejected", own_uri), ("c2", "active", "created", other_uri)])
        sip(sc, bwc, "in", ["NOTIFY sip:%s@%s;transport=tls SIP/2.0" % (i["sipuser"], local), "From: <%s>;tag=77ab" % aor, "To: <%s>;tag=%s" % (aor, ftag),
                            "Call-ID: %s" % sub_callid, "CSeq: 11 NOTIFY", "Event: reg", "Subscription-State: active;expires=2900",
                            "Content-Type: application/reginfo+xml", "Content-Length: %d" % sum(len(x) + 2 for x in body2), ""] + body2, remote, local, "block")
        sc.L(bwc, "Warning", "RegEventHandler.cpp", "RegEventHandler::onNotify", "BWC:SCF: own contact c1 terminated by registrar (rejected)")
        sc.L(log, "Info", "PhoneServicesViewModel.cpp", "PhoneServicesViewModel::refresh", "Phone services: Not connected")

    tids = std(sc, log, hs="json", idst="json", entst="json_split", so="block", si="block", hooks={"after": after}, tail=(80, 160))
    write_zip(name, {"CiscoSpark/current_log.txt": log.data(), "CiscoSpark/media/calls/call_0.txt": b""})
    EXPECTED[name] = {
        "scenario": "Windows; registered normally, subscribed to reg event; a later reg-event NOTIFY (application/reginfo+xml) marks our contact "
                    "terminated with event=rejected and adds another device's contact.",
        "must": ["registration-displaced"],
        "must_not": ["sip-register-rejected", "sip-auth-failed", "sip-register-timeout"],
        "timeline": tl(ok=7),
        "facts": facts(sc, STD_FACTS + SIP_FACTS, []),
    }


# ==========================================================================
# C30  Windows: unexplained stop - config has calling disabled for the line, app never sends REGISTER
# ==========================================================================
@bundle
def c30():
    name = "c30_win_unexplained_stop.zip"
    sc = new(name, 130, T(2025, 3, 7, 10, 2, 20), "win")
    person(sc, "Nikolaos Papadakis", "n.papadakis@aegean-ferries.example.net", "302105550144", "voice.example.net", "xsp-ath.voice.example.net",
           "sbc-ath.voice.example.net", "203.0.113.144", "45.2.0.31688", "Windows 10 Pro 22H2 (10.0.19045)", "win")
    log = ClientLog(sc, "win")

    def after_cfg(sc, log, bwc):
        config_summary(sc, bwc)
        sc.L(bwc, "Info", "BroadWorksCallControl.cpp", "BroadWorksCallControl::start", "BWC:SCF: call control created, waiting for network manager")
        sc.L(bwc, "Warning", "NetworkPolicy.cpp", "NetworkPolicy::evaluate", "BWC:SCF: VPN split-tunnel policy 'corp-only' active, SIP signalling deferred")
        sc.noise(log, 200, 400, gap=(1000, 6000))
        sc.L(bwc, "Info", "BroadWorksCallControl.cpp", "BroadWorksCallControl::onIdle", "BWC:SCF: still deferred, no registration attempted")
        return "stop"

    tids = std(sc, log, hs="arrow", idst="lines", entst="inline", hooks={"after_cfg": after_cfg})
    write_zip(name, {"CiscoSpark/current_log.txt": log.data()})
    EXPECTED[name] = {
        "scenario": "Windows; token, device list and DMS config all fine and the config names the SBC, but BWC defers SIP because of a local "
                    "network/VPN policy and never sends a REGISTER. None of the listed causes applies.",
        "must": [], "unexplained_stop": True,
        "must_not": ["sip-register-timeout", "sip-auth-failed", "sip-register-rejected", "config-download-failed", "config-parse-failed",
                     "device-profile-missing", "token-fetch-failed", "xsi-request-failed", "unresolved-config-tag"],
        "timeline": tl(ok=6, notseen=["sip-register", "registered"]),
        "facts": facts(sc, STD_FACTS + ["sip_user", "sbc"], []),
    }


# ==========================================================================
# SERVER BUNDLES
# ==========================================================================
def subscriber_profile(bwuser, group, sp, phone, email, first, last, indent="  "):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<subscriberProfile>',
         indent + '<bwuserid>%s</bwuserid>' % bwuser,
         indent + '<group>%s</group>' % group,
         indent + '<serviceProvider>%s</serviceProvider>' % sp]
    if phone:
        L.append(indent + '<primaryPhoneNumber>%s</primaryPhoneNumber>' % phone)
    L += [indent + '<firstName>%s</firstName>' % first, indent + '<lastName>%s</lastName>' % last,
          indent + '<email>%s</email>' % email,
          indent + '<services>', indent * 2 + '<service>Integrated IMP</service>', indent * 2 + '<service>Shared Call Appearance</service>', indent + '</services>',
          '</subscriberProfile>']
    return L


def ps_noise(sc, ps, n):
    r = sc.rng
    for _ in range(n):
        k = r.random()
        if k < 0.4:
            ps.head("Info", "Sip", "Call Half Input Adapter %d" % r.randint(1, 9), extra=[str(r.randint(2000000, 3000000)), "+1%d" % r.randint(2000000000, 9999999999), "callhalf-%d:0" % r.randint(10000, 99999)])
            ps.cont(["", "udp %d SIP Bytes IN from 198.51.100.%d:5060" % (r.randint(400, 1400), r.randint(1, 254)),
                     "OPTIONS sip:ping@as1.example.net SIP/2.0", ""])
        elif k < 0.7:
            ps.head("Info", "OCI-P", "BCCT Worker #%d" % r.randint(0, 7),
                    inline='Received the following request from: 127.0.0.1:%d <?xml version="1.0" encoding="ISO-8859-1"?> <BroadsoftDocument protocol="OCI"><command xsi:type="SystemSoftwareVersionGetRequest"/></BroadsoftDocument>' % r.randint(40000, 60000))
        else:
            ps.head("Info", "Scheduler", "CallLogPurge-%d" % r.randint(1, 3), inline="purged %d expired call log entries" % r.randint(0, 200))


def ps_post(sc, ps, url, profile, status, message=None, style="a", thread="IMP Provisioning Worker 2"):
    if style == "a":
        ps.head("Info", "IntegratedIMP", thread)
        ps.cont(["Sending HTTP POST to %s" % url, "Content-Type: application/xml; charset=UTF-8", "Authorization: Basic *****", ""])
        ps.raw(profile)
        ps.blank()
        sc.clock.tick(200, 1200)
        lvl = "Info" if status == 200 else "Warning"
        ps.head(lvl, "IntegratedIMP", thread)
        ps.cont(["HTTP response code %d %s from %s" % (status, REASON[status], url)])
        if message:
            ps.raw(['<?xml version="1.0" encoding="UTF-8"?>', '<error>', '  <message>%s</message>' % message, '</error>'])
        ps.blank()
    else:
        ps.head("Info", "HttpClient", thread, inline="POST %s" % url)
        ps.raw(["".join(x.strip() for x in profile)])
        sc.clock.tick(200, 1200)
        ps.head("Info" if status == 200 else "Warning", "HttpClient", thread, inline="<- HTTP/1.1 %d %s" % (status, REASON[status]))
        if message:
            ps.raw(["<response><message>%s</message></response>" % message])


# --------------------------------------------------------------------------
@bundle
def s01():
    name = "s01_server_healthy.zip"
    sc = new(name, 201, T(2025, 2, 18, 9, 0, 0), "win")
    sc.id.update(bwuser="4420555017@voice.example.co.uk")
    ps = ServerLog(sc, tz="GMT")
    ps_noise(sc, ps, 40)
    prof = subscriber_profile("4420555017@voice.example.co.uk", "Thameside_Accounts", "Thameside_SP", "+442055501700",
                              "olivia.barnes@thameside-accounts.example.com", "Olivia", "Barnes")
    url = "https://prov-bridge.wbx.example.com/api/v1/broadworks/subscribers"
    ps_post(sc, ps, url, prof, 200)
    ps_noise(sc, ps, 60)
    # XSP side: sign-in an hour later
    sc.clock.jump(3600)
    t = "CLIENT_" + mkuuid(sc.rng)
    user_enc = "4420555017%40voice.example.co.uk"
    xa = ServerLog(sc, tz="GMT")
    au = ServerLog(sc, tz="GMT")
    acc = []

    def clf(t_, line, code, size, ua):
        acc.append('203.0.113.250 - - [%s +0000] "%s" %d %d "-" "%s"' % (t_.strftime("%d/%b/%Y:%H:%M:%S"), line, code, size, ua))

    xa.head("Info", "Xsi", "http-nio-443-exec-2", extra=["idp-" + hexid(sc.rng, 8)])
    xa.cont(["GET /com.broadsoft.xsi-actions/v2.0/user/olivia.barnes@thameside-accounts.example.com/profile",
             "authorization: Basic *****", "user-agent: broadworksTeamsClient"])
    xa.head("Info", "OCI-P", "XsiOciClient-1", inline="AuthenticationVerifyRequest userId=olivia.barnes@thameside-accounts.example.com")
    xa.head("Info", "OCI-P", "XsiOciClient-1", inline="AuthenticationVerifyResponse userId=4420555017@voice.example.co.uk")
    xa.head("Info", "OCI-P", "XsiOciClient-1", inline="UserGetRequest22 / UserGetResponse22 ok")
    xa.head("Info", "OCI-P", "XsiOciClient-1", inline="ServiceProviderGetRequest17sp1 / ServiceProviderGetResponse17sp1 ok")
    xa.head("Info", "Xsi", "http-nio-443-exec-2")
    xa.cont(["200 OK <Profile><details><userId>4420555017@voice.example.co.uk</userId><firstName>Olivia</firstName><lastName>Barnes</lastName></details></Profile>"])
    clf(sc.clock.t, "GET /com.broadsoft.xsi-actions/v2.0/user/olivia.barnes@thameside-accounts.example.com/profile HTTP/1.1", 200, 1733, "broadworksTeamsClient")
    sc.clock.jump(4)
    au.head("Info", "AuthenticationService", "http-nio-8443-exec-5")
    au.cont(["GET /authService/token?tokenDurationInSeconds=2592000", "http_bw_userid: 4420555017@voice.example.co.uk", "trackingid: %s" % t])
    au.head("Info", "OCI-P", "AuthService-Worker-1", inline="UserGetLoginInfoRequest userId=4420555017@voice.example.co.uk -> UserGetLoginInfoResponse")
    au.head("Info", "LongLivedTokenManager", "AuthService-Worker-1",
            inline="LongLivedTokenManager - Token generated, subject: 4420555017@voice.example.co.uk, issuer: BroadWorks xsp1.voice.example.co.uk")
    au.head("Info", "AuthenticationService", "http-nio-8443-exec-5")
    au.cont(["StatusCode=200", "trackingid: %s" % t])
    clf(sc.clock.t, "GET /authService/token?tokenDurationInSeconds=2592000 HTTP/1.1", 200, 912, "broadworks-idp-proxy/2.9")
    sc.clock.jump(2)
    xa.head("Info", "Xsi", "http-nio-443-exec-7", extra=[t])
    xa.cont(["GET /com.broadsoft.xsi-actions/v2.0/user/%s/profile/device" % user_enc, "authorization: Bearer *****",
             "user-agent: WebexTeams (Windows/45.2.0.31688)", "trackingid: %s" % t])
    au.head("Info", "AuthenticationService", "http-nio-80-exec-1")
    au.cont(["POST http://127.0.0.1:80/authService/token", "X-BROADSOFT-CORRELATION-ID: %s" % t, "StatusCode=200",
             '{"token":{"subject":"4420555017@voice.example.co.uk","valid":true}}'])
    xa.head("Info", "OCI-P", "XsiOciClient-3", extra=[t], inline="UserPrimaryAndSCADeviceGetListRequest userId=4420555017@voice.example.co.uk")
    xa.head("Info", "OCI-P", "XsiOciClient-3", extra=[t])
    xa.cont(["UserPrimaryAndSCADeviceGetListResponse", "<accessDeviceTable><colHeading>Device Type</colHeading>"
             "<row><col>Business Communicator - PC</col></row><row><col>Connect - Mobile</col></row></accessDeviceTable>"])
    xa.head("Info", "Xsi", "http-nio-443-exec-7", extra=[t])
    xa.cont(["HTTP/1.1 200 OK"] + access_devices_xml(sc, "xsp1.voice.example.co.uk",
                                                     [("Business Communicator - PC", "4420555017_pc@voice.example.co.uk"), ("Connect - Mobile", "4420555017_m@voice.example.co.uk")],
                                                     "4420555017@voice.example.co.uk"))
    clf(sc.clock.t, "GET /com.broadsoft.xsi-actions/v2.0/user/%s/profile/device HTTP/1.1" % user_enc, 200, 2101, "WebexTeams (Windows/45.2.0.31688)")
    sc.clock.jump(1)
    clf(sc.clock.t, "GET /dms/bc/pc/config.xml HTTP/1.1", 401, 0, "WebexTeams (Windows/45.2.0.31688)")
    clf(sc.clock.tick(), "GET /dms/bc/pc/config.xml HTTP/1.1", 200, 18234, "WebexTeams (Windows/45.2.0.31688)")
    write_zip(name, {
        "as1/var/broadworks/logs/appserver/PSLog.2025.02.18-09.00.00.txt": ps.data(),
        "xsp1/var/broadworks/logs/xsp/XsiActionsLog.2025.02.18-10.00.00.txt.gz": gz_bytes(xa.data()),
        "xsp1/var/broadworks/logs/xsp/authenticationService.2025.02.18.log": au.data(),
        "xsp1/var/broadworks/logs/xsp/tomcat/access_log.2025-02-18.txt": "\n".join(acc) + "\n",
    })
    EXPECTED[name] = {
        "scenario": "Server only, healthy. PSLog: flow-through POST with subscriberProfile answered 200. XSP: profile GET (Basic, broadworksTeamsClient), "
                    "authService token StatusCode=200 + LongLivedTokenManager, loopback validation 200, profile/device 200 with device table; "
                    "access_log (CLF) incl. DMS digest 401 then 200. XsiActionsLog delivered as .gz.",
        "must": ["provisioning-accepted"], "must_not_errors": True,
        "facts": {"provisioning_target": url, "primary_phone_number": "+442055501700", "service_provider": "Thameside_SP",
                  "broadworks_user_id": "4420555017@voice.example.co.uk", "user_email": "olivia.barnes@thameside-accounts.example.com",
                  "tracking_ids": [t]},
    }


@bundle
def s02():
    name = "s02_pslog_no_phone_bad_email"
    sc = new(name, 202, T(2025, 1, 21, 15, 30, 0), "win")
    ps = ServerLog(sc, tz="EST")
    ps_noise(sc, ps, 50)
    prof = subscriber_profile("7185550191@voice.example.com", "riverside_bakery", "NYMetro_SP", None,
                              "marco.bellini(at)riverside-bakery.example.com", "Marco", "Bellini", indent="    ")
    url = "https://prov-bridge.wbx.example.com/api/v1/broadworks/subscribers"
    ps_post(sc, ps, url, prof, 400, message="Cannot trust BroadWorks emails with legacy provisioning API.", style="b")
    ps_noise(sc, ps, 30)
    ps.head("Warning", "IntegratedIMP", "IMP Provisioning Worker 1", inline="[Error 18215] Provisioning error with messaging server: user 7185550191@voice.example.com")
    ps_noise(sc, ps, 40)
    write_folder(name, {"PSLog.txt": ps.data()})
    EXPECTED[name] = {
        "scenario": "Plain folder with one PSLog (EST). subscriberProfile printed on one line has no primaryPhoneNumber and an email without an @ "
                    "(marco.bellini(at)riverside-bakery.example.com); bridge answers HTTP/1.1 400 with a <message>; AS logs [Error 18215].",
        "must": ["provisioning-bad-request", "provisioning-missing-phone-number", "provisioning-invalid-email", "impp-provisioning-error"],
        "must_not": ["provisioning-accepted"],
        "facts": {"provisioning_target": url, "service_provider": "NYMetro_SP", "broadworks_user_id": "7185550191@voice.example.com"},
    }


@bundle
def s03():
    name = "s03_pslog_ip_target_403_then_401.zip"
    sc = new(name, 203, T(2025, 2, 4, 10, 10, 0), "win")
    ps = ServerLog(sc, tz="CET")
    prof = subscriber_profile("3120555014@voice.example.nl", "Grachten_Makelaars", "Polder_SP", "+31205550140",
                              "sanne.devries@grachten-makelaars.example.nl", "Sanne", "de Vries")
    ps_noise(sc, ps, 30)
    ip_url = "https://198.51.100.77/api/v1/broadworks/subscribers"
    ps_post(sc, ps, ip_url, prof, 403)
    ps_noise(sc, ps, 60)
    ps.head("Info", "CLI", "bwcli-session-3", inline="AS_CLI/Interface/Messenger> set provisioningUrl https://prov-bridge.wbx.example.com/api/v1/broadworks/subscribers")
    sc.clock.jump(900)
    ps_noise(sc, ps, 20)
    url = "https://prov-bridge.wbx.example.com/api/v1/broadworks/subscribers"
    ps_post(sc, ps, url, prof, 401)
    ps_noise(sc, ps, 40)
    inner = zip_bytes({"PSLog.2025.02.04-10.00.00.txt": ps.data()})
    write_zip(name, {"as01-logs.zip": inner, "notes.txt": "AS patch level export pending\n"})
    EXPECTED[name] = {
        "scenario": "PSLog in a nested zip. First POST targets an IP address (198.51.100.77) and gets 403; the admin sets the bridge URL and the "
                    "next POST to the URL gets 401 (provisioning credentials mismatch).",
        "must": ["provisioning-forbidden", "provisioning-unauthorized"],
        "must_not": ["provisioning-accepted"],
        "facts": {"primary_phone_number": "+31205550140", "service_provider": "Polder_SP", "broadworks_user_id": "3120555014@voice.example.nl"},
    }


@bundle
def s04():
    name = "s04_pslog_409_impp.zip"
    sc = new(name, 204, T(2025, 3, 11, 13, 45, 0), "win")
    ps = ServerLog(sc, tz="AEDT", pad=False)
    ps_noise(sc, ps, 40)
    prof = subscriber_profile("6125550133@voice.example.com.au", "Bondi_Surf_School", "Harbour_SP", "+61255501330",
                              "jack.nguyen@bondi-surf.example.com", "Jack", "Nguyen")
    url = "https://prov-bridge-ap.wbx.example.com/api/v1/broadworks/subscribers"
    ps_post(sc, ps, url, prof, 409, message="User with email jack.nguyen@bondi-surf.example.com already exists")
    ps.head("Warning", "IntegratedIMP", "IMP Provisioning Worker 2", inline="[Error 18215] Provisioning error with messaging server")
    ps_noise(sc, ps, 25)
    ps.head("Warning", "IntegratedIMP", "IMP Provisioning Worker 2", inline="[Error 18211] Communication error with messaging server")
    ps_noise(sc, ps, 40)
    write_zip(name, {"logs/appserver/PSLog.txt": ps.data()})
    EXPECTED[name] = {
        "scenario": "PSLog (AEDT, unpadded level column). POST answered 409 Conflict with a <message> that the email exists; AS logs [Error 18215] and [Error 18211].",
        "must": ["provisioning-conflict", "impp-provisioning-error"],
        "must_not": ["provisioning-accepted"],
        "facts": {"provisioning_target": url, "primary_phone_number": "+61255501330", "service_provider": "Harbour_SP",
                  "user_email": "jack.nguyen@bondi-surf.example.com", "broadworks_user_id": "6125550133@voice.example.com.au"},
    }


@bundle
def s05():
    name = "s05_xsp_chaindepth.zip"
    sc = new(name, 205, T(2025, 2, 25, 11, 0, 0), "win")
    cli = ["[bwadmin@xsp-r21a ~]$ bwcli", "", "======================================", " BroadWorks Command Line Interface",
           " Type HELP for more information", "======================================", "",
           "XSP_CLI> cd Interface/HttpClientAuthentication", "",
           "XSP_CLI/Interface/HttpClientAuthentication> get", "  chainDepth = 1", "  verifyCertificate = true", "",
           "XSP_CLI/Interface/HttpClientAuthentication> cd Trusts",
           "XSP_CLI/Interface/HttpClientAuthentication/Trusts> get",
           "  Alias           Owner                                  Issuer",
           "  ==================================================================",
           "  webex-client    CN=client.wbx2.example.com            CN=Example Issuing CA 2",
           "",
           "1 entry found.",
           "",
           "XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get",
           "  allowUserApp = false", "  allowClientApp = true", ""]
    au = ServerLog(sc, tz="CET")
    for k in range(3):
        sc.clock.jump(120)
        au.head("Warning", "TLS", "https-jsse-nio-8443-exec-%d" % (k + 1), inline="client certificate chain rejected: unable to build path to trust anchor (depth limit reached)")
    write_zip(name, {"xsp-r21a/cli_output_2025-02-25.txt": "\n".join(cli) + "\n", "xsp-r21a/logs/authenticationService.log": au.data()})
    EXPECTED[name] = {
        "scenario": "XSP CLI paste: HttpClientAuthentication chainDepth = 1 (below 2); CertificateAuthentication is correct (allowUserApp false, "
                    "allowClientApp true). authenticationService shows client certificate chain rejections.",
        "must": ["xsp-chain-depth-too-low"],
        "must_not": ["xsp-cert-auth-misconfigured"],
        "facts": {},
    }


# ==========================================================================
def main():
    for f in os.listdir(OUT):
        p = os.path.join(OUT, f)
        if f.startswith(("c", "s")) and (f.endswith(".zip") or os.path.isdir(p)) and f[1:3].isdigit():
            if os.path.isdir(p):
                shutil.rmtree(p)
            else:
                os.remove(p)
    for fn in BUNDLES:
        fn()
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(EXPECTED, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("%d bundles written" % len(EXPECTED))


if __name__ == "__main__":
    main()
