#!/usr/bin/env python3
"""Scores one set the way the README's table counts: per kind of expectation,
how many of the writer's expectations the tool's JSON reports meet.

    python3 score.py SET_FOLDER REPORTS_FOLDER

REPORTS_FOLDER holds `<bundle>.json`, each the output of
`wxbw-doctor analyze --format json <bundle>`. The comparison follows
`tests/common/expect.rs` in its essentials (facts compare case-insensitively
as text, platforms by OS family, tracking ids as members); the test is the authority, this is a tally.
"""
import json
import sys
from pathlib import Path


def norm(v):
    if isinstance(v, str):
        return v.strip().lower()
    return json.dumps(v).lower()


def family(platform):
    """The OS family a platform names, as the test compares it."""
    p = platform.lower().replace(" ", "")
    for f in ["windows", "macos", "osx", "ipados", "ios", "android"]:
        if p.startswith(f):
            return "macos" if f == "osx" else f
    return p


def fact_matches(name, got, want):
    if isinstance(got, str) and isinstance(want, str):
        if name == "platform":
            return family(got) == family(want)
        return got.lower() == want.lower()
    return got == want


def tally(want, report):
    score = {}

    def add(kind, ok):
        got, total = score.get(kind, (0, 0))
        score[kind] = (got + bool(ok), total + 1)

    ids = [f.get("id") for f in report.get("findings", [])]
    for i in want.get("must", []):
        add("findings", i in ids)
    for i in want.get("must_not", []):
        add("findings", i not in ids)
    steps = {s.get("step"): s.get("status") for s in report.get("timeline", [])}
    for step, status in want.get("timeline", {}).items():
        add("timeline steps", steps.get(step) == status)
    for name, value in want.get("facts", {}).items():
        got = report.get("facts", {}).get(name)
        if name == "tracking_ids":
            have = [norm(t) for t in got or []]
            for t in value:
                add("escalation facts", norm(t) in have)
        else:
            add("escalation facts", fact_matches(name, got, value))
    calls = {c.get("call_id"): c for c in report.get("calls", [])}
    for call in want.get("calls", []):
        got = calls.get(call.get("call_id"))
        for key, value in call.items():
            if key == "call_id":
                continue
            if got is None:
                add("calls", False)
            elif key == "codecs":
                add("calls", [norm(c) for c in value] == [norm(c) for c in got.get(key) or []])
            elif key in ("packet_loss", "jitter_ms", "rtt_ms"):
                g = got.get(key)
                add("calls", isinstance(g, (int, float)) and abs(g - value) <= max(abs(value) * 0.05, 0.15))
            else:
                add("calls", norm(got.get(key)) == norm(value))
    sign_in = {s.get("step"): s.get("status") for s in report.get("sign_in", [])}
    for step, status in want.get("sign_in", {}).items():
        add("sign-in steps", sign_in.get(step) == status)
    if "push_subscriptions" in want:
        add("push subscriptions", len(report.get("push_subscriptions", [])) >= want["push_subscriptions"])
    return score


def main():
    folder, reports = Path(sys.argv[1]), Path(sys.argv[2])
    expected = json.loads((folder / "expected.json").read_text())
    total, right = {}, 0
    for name, want in expected.items():
        path = reports / f"{name}.json"
        report = json.loads(path.read_text()) if path.exists() else {}
        score = tally(want, report)
        if all(g == t for g, t in score.values()):
            right += 1
        for kind, (g, t) in score.items():
            a, b = total.get(kind, (0, 0))
            total[kind] = (a + g, b + t)
    for kind, (g, t) in total.items():
        print(f"{kind}: {g}/{t} ({round(100 * g / t)}%)")
    print(f"bundles fully right: {right}/{len(expected)}")


if __name__ == "__main__":
    main()
