#!/usr/bin/env python3
"""Sanity checks of the generated bundles against expected.json (not a
diagnosis: it only verifies that every written fact is literally present,
that timestamps increase per file, and that trigger words do not leak into
bundles where they do not belong)."""
import gzip
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime
from urllib.parse import unquote

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def texts_from_zip(data, prefix=""):
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for n in z.namelist():
            if n.endswith("/"):
                continue
            b = z.read(n)
            out.update(texts_from_blob(prefix + n, b))
    return out


def texts_from_blob(name, b):
    if name.endswith(".zip"):
        return texts_from_zip(b, name + "!")
    if name.endswith(".gz"):
        return {name: gzip.decompress(b).decode("utf-8", "replace")}
    return {name: b.decode("utf-8", "replace")}


def load(bundle):
    p = os.path.join(OUT, bundle)
    if os.path.isdir(p):
        out = {}
        for root, _, files in os.walk(p):
            for f in files:
                fp = os.path.join(root, f)
                out.update(texts_from_blob(os.path.relpath(fp, p), open(fp, "rb").read()))
        return out
    return texts_from_zip(open(p, "rb").read())


TS = [
    (re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3})Z"), "%Y-%m-%dT%H:%M:%S.%f"),
    (re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) "), "%Y-%m-%d %H:%M:%S,%f"),
    (re.compile(r"^(\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) "), "%m-%d %H:%M:%S.%f"),
    (re.compile(r"^(\d{4}\.\d\d\.\d\d \d\d:\d\d:\d\d:\d{3}) "), "%Y.%m.%d %H:%M:%S:%f"),
]


def monotonic(name, text):
    last = None
    bad = 0
    for ln in text.splitlines():
        for rx, fmt in TS:
            m = rx.match(ln)
            if m:
                t = datetime.strptime(m.group(1), fmt)
                # CSF lines in the iOS files are UTC too: compare across shapes
                if last and t < last:
                    bad += 1
                last = t
                break
    return bad


LEAKS = {
    "bc-sp-standard": "conflicting-calling-entitlement",
    "Mobius": "multiple-calling-services",
    "_WXT%": "unresolved-config-tag",
}
CODE = re.compile(r"(?<![\w.-])(100006|2000\d\d|300005|6000\d\d)(?![\w.-])")


def main():
    exp = json.load(open(os.path.join(OUT, "expected.json")))
    problems = 0
    for b, e in exp.items():
        T = load(b)
        alltext = "\n".join(T.values())
        dec = unquote(alltext)
        for k, v in (e.get("facts") or {}).items():
            vals = v if isinstance(v, list) else [v]
            for x in vals:
                if k == "platform":
                    continue
                if x not in alltext and x not in dec:
                    print(f"{b}: fact {k}={x} not found")
                    problems += 1
        for code in e.get("codes", []):
            if str(code) not in alltext:
                print(f"{b}: code {code} missing")
                problems += 1
        if re.search(r"(?<![0-9a-f-])1507(?![0-9a-f-])", alltext) and "config-parse-failed" not in e["must"]:
            print(f"{b}: 1507 present but config-parse-failed not in must")
            problems += 1
        found_codes = set(CODE.findall(alltext))
        if found_codes - set(str(x) for x in e.get("codes", [])):
            print(f"{b}: unexpected code-like numbers {found_codes}")
            problems += 1
        for word, fid in LEAKS.items():
            if word in alltext and fid not in e["must"]:
                print(f"{b}: '{word}' present but {fid} not in must")
                problems += 1
        for n, t in T.items():
            bad = monotonic(n, t)
            if bad and "last_run" not in n:
                print(f"{b}: {n}: {bad} timestamp inversions")
        nlines = sum(t.count("\n") for t in T.values())
        print(f"{b}: {len(T)} files, {nlines} lines")
    print("problems:", problems)
    return problems


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
