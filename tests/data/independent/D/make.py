#!/usr/bin/env python3
"""Regenerate every D-set bundle and expected.json:  python3 make.py"""
import sys, os, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import EXPECTED, OUT
import b_healthy
MODS = [b_healthy]
for name in ('b_client', 'b_client2', 'b_server'):
    try:
        MODS.append(__import__(name))
    except ModuleNotFoundError:
        pass
for m in MODS:
    for fn in m.ALL:
        fn()
with open(os.path.join(OUT, 'expected.json'), 'w') as f:
    json.dump(EXPECTED, f, indent=2, ensure_ascii=False)
print(len(EXPECTED), 'bundles')
