"""Shared helpers for make.py: people, client bundle assembly, extra files."""
import json
import re
from datetime import datetime

from core import Ctx, LogFile, zip_bytes, gz_bytes, write_zip, write_folder
from profiles import build
from client import Flow

BASE_ENTS = ["spark", "webex-squared", "squared-call-initiation", "squared-syncup", "cloudmeetings",
             "squared-room-moderation", "squared-fusion-mgmt"]

PLAT = {
    "Windows": dict(form="desktop", os_detail="Windows 11 Enterprise 23H2 (10.0.22631)", os_name="Windows", os_ver="11"),
    "macOS": dict(form="desktop", os_detail="macOS 14.4.1 (23E224)", os_name="macOS", os_ver="14.4.1", arch="arm64"),
    "iOS": dict(form="mobile", os_name="iOS", os_ver="17.4.1", device_model="iPhone14,5"),
    "iPadOS": dict(form="tablet", os_name="iPadOS", os_ver="17.4", device_model="iPad13,18"),
    "Android": dict(form="mobile", os_name="Android", os_ver="14", sdk="34", device_model="Pixel 7"),
}


def person(c, first, last, platform, version, bw_user, domain="example.net", mail_domain="example.com",
           suffix=None, **kw):
    local = bw_user.split("@")[0]
    form = PLAT[platform]["form"]
    suffix = suffix or {"desktop": "pc", "mobile": "mob", "tablet": "tab"}[form]
    P = dict(
        name=f"{first} {last}", name_latin1=f"{first} {last}",
        email=f"{first.lower()}.{last.lower()}@{mail_domain}",
        user_id=c.uuid(), org_id=c.uuid(),
        version=version, platform=platform, arch="x64", build=version.split(".")[-1],
        device_model="", os_detail="", os_name=platform, os_ver="", vcode=version.split(".")[-1], sdk="",
        winuser=first.lower(), uapctx=c.hex(24), bwc_version="2.41.7",
        bw_user=bw_user, bw_local=local, sip_user=f"{local}_{suffix}", auth_user=f"{local}_{suffix}",
        sip_domain=domain, realm=domain, xsp="xsp1." + domain, sbc_host="sbc1." + domain, sbc_port=5061,
        sbc_ip="203.0.113.10", sbc2_ip="203.0.113.11", transport="TLS",
        local_ip="192.0.2.%d" % c.rint(20, 220), local_port=c.rint(49200, 64000),
        other_ip="198.51.100.%d" % c.rint(20, 220), other_port=c.rint(49200, 64000),
        entitlements=BASE_ENTS[:5] + ["broadworks-connector"] + BASE_ENTS[5:],
        calling_behavior="NATIVE_WEBEX_TEAMS_CALLING",
        idp_url=f"https://broadworks-idp-proxy-a.example.com/broadworks-idp-proxy/api/v1/users/me/token",
    )
    P.update(PLAT[platform])
    P["ua"] = f"Webex/{version} ({P['os_name']} {P['os_ver']}) BWC/{P['bwc_version']}"
    P.update(kw)
    return P


TS_RE = re.compile(r"^(\d{4}-\d\d-\d\dT|\d{4}-\d\d-\d\d \d|\d\d-\d\d \d)")


def split_rotated(lines, frac):
    """Split lines at a timestamped line near frac; return (older, newer)."""
    i = int(len(lines) * frac)
    while i < len(lines) and not TS_RE.match(lines[i]):
        i += 1
    return lines[:i], lines[i:]


def data(lines, eol="\n"):
    return (eol.join(lines) + eol).encode("utf-8")


def media_log(c, n=40):
    L = []
    for _ in range(n):
        c.adv(900, 2100)
        t = c.t
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
        kind = c.pick(["SQAudioTX", "SQAudioRX", "SQVideoRX"])
        L.append(f"{ts} <Info> [{c.rint(4000, 12000)}] WME:0 :[SQ] [SQ] INFO: {kind} - vid=0 csi={c.rint(10**8, 10**9)} did=0 "
                 f"ssrc={c.rint(10**9, 4 * 10**9)} loss=0.000 drop=0.000 jitter={c.rint(0, 9)} bytes={c.rint(10**6, 9 * 10**6)} "
                 f"rtp={c.rint(1000, 9000)} failed=0 bitrate={c.rint(20000, 90000)} rtt={c.rint(10, 80)} bw=176000 codecType=4 type=UDP")
    return data(L)


def appledouble():
    # minimal AppleDouble header (what __MACOSX/._file entries contain)
    return bytes.fromhex("00051607000200004d6163204f532058202020202020202000020000000900000032000000200000000200000052000000") + b"\x00" * 32


def client_logs(c, kind, P, S, targets=("main",), eols=None, **ov):
    eols = eols or {}
    files = {t: LogFile(t, eols.get(t, "\n")) for t in targets}
    w, pr = build(kind, c, files, **ov)
    f = Flow(w, pr, P, S)
    f.run()
    return files, f
