#!/usr/bin/env python3
"""Sanity checks on the generated bundles: expected.json ids and steps are
valid, coverage of every finding id, timestamps never go backwards inside a
file, no stray code-like numbers outside the intended places."""
import gzip
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = ["entitlement-missing", "conflicting-calling-entitlement", "calling-behavior-not-webex",
          "multiple-calling-services", "activation-portal-error", "directory-sync-error", "token-fetch-failed",
          "xsi-request-failed", "device-profile-missing", "config-download-failed", "config-parse-failed",
          "unresolved-config-tag", "sip-auth-failed", "sip-register-rejected", "sip-register-timeout",
          "registration-displaced"]
SERVER = ["provisioning-accepted", "provisioning-bad-request", "provisioning-unauthorized", "provisioning-forbidden",
          "provisioning-conflict", "provisioning-missing-phone-number", "provisioning-invalid-email",
          "impp-provisioning-error", "xsp-token-failed", "xsp-profile-request-failed", "xsp-cert-auth-misconfigured",
          "xsp-chain-depth-too-low"]
STEPS = ["app-start", "entitlements", "bwc-init", "token", "device-list", "config-download", "sip-register", "registered"]

TS = [(re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3})Z "), lambda m: m.group(1)),
      (re.compile(r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),(\d{3}) "), lambda m: "%sT%s.%s" % m.groups()),
      (re.compile(r"^(\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) +\d+ +\d+ [VDIWE] "), lambda m: "0000-%sT%s" % m.groups()),
      (re.compile(r"^(\d{4})\.(\d\d)\.(\d\d) (\d\d:\d\d:\d\d):(\d{3}) \w+ \|"), lambda m: "%s-%s-%sT%s.%s" % m.groups())]


def files_of(path):
    """yield (name, bytes) for every file in a bundle, unpacking zips and gz"""
    if os.path.isdir(path):
        for root, _, fs in os.walk(path):
            for f in fs:
                p = os.path.join(root, f)
                yield from expand(os.path.relpath(p, path), open(p, "rb").read())
    else:
        yield from expand(os.path.basename(path), open(path, "rb").read())


def expand(name, data):
    if name.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for n in z.namelist():
                yield from expand(name + "!" + n, z.read(n))
    elif name.endswith(".gz"):
        yield from expand(name[:-3], gzip.decompress(data))
    else:
        yield name, data


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json")))
    seen = {}
    bad = 0
    for b, e in exp.items():
        for k in e.get("must", []) + e.get("must_not", []):
            if k not in CLIENT + SERVER:
                print("unknown id", b, k)
                bad += 1
        for k in e.get("must", []):
            seen.setdefault(k, []).append(b)
            if k in e.get("must_not", []):
                print("must and must_not", b, k)
                bad += 1
        for s, v in e.get("timeline", {}).items():
            if s not in STEPS or v not in ("ok", "failed", "not-seen"):
                print("bad step", b, s, v)
                bad += 1
        p = os.path.join(HERE, b)
        if not os.path.exists(p):
            print("missing bundle", b)
            bad += 1
            continue
        blob = ""
        for name, data in files_of(p):
            if name.endswith((".dat",)) or "__MACOSX" in name:
                continue
            text = data.decode("utf-8", "replace")
            blob += text
            last = None
            for i, line in enumerate(text.split("\n")):
                for rx, f in TS:
                    m = rx.match(line)
                    if m:
                        t = f(m)
                        if last and t < last:
                            print("time goes back", b, name, i + 1, last, t)
                            bad += 1
                        last = t
                        break
        for k, v in e.get("facts", {}).items():
            vals = v if isinstance(v, list) else [v]
            for x in vals:
                if x not in blob and x.replace("@", "%40") not in blob:
                    print("fact not in bundle", b, k, x)
                    bad += 1
        for code in e.get("codes", []):
            if str(code) not in blob:
                print("code not in bundle", b, code)
                bad += 1
    for k in CLIENT + SERVER:
        n = len(seen.get(k, []))
        print("%-36s %d  %s" % (k, n, " ".join(x.split("_")[0] for x in seen.get(k, []))))
        if n == 0:
            bad += 1
    healthy = [b for b, e in exp.items() if e.get("must_not_errors")]
    print("healthy:", healthy)
    print("unexplained:", [b for b, e in exp.items() if e.get("unexplained_stop")])
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
