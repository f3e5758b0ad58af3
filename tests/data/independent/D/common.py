import random, datetime as dt, os, json
from wxlib import *
import httpfmt as H

OUT = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}
BUNDLES = []


def T(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=UTC)


def emit(name, files, when, kind='zip', expected=None):
    path = os.path.join(OUT, name)
    if kind == 'zip':
        with open(path, 'wb') as f:
            f.write(zip_bytes(files, when))
    else:
        write_folder(path, files)
    EXPECTED[name] = expected
    BUNDLES.append(name)


def enc_user(u):
    return u.replace('@', '%40')


def gapper(log, lo, hi, fn=None):
    def g():
        (fn or desktop_noise)(log, log.r.randint(lo, hi))
    return g


def media_log(r, clock, n=120):
    lines = []
    for i in range(n):
        clock.step(200, 3000)
        t = clock.t
        ts = t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)
        k = r.random()
        if k < 0.5:
            lines.append('%s <Info> [%d] WME:0 :[SQ] [SQ] INFO: SQAudioRX - vid=0 csi=%d ssrc=%d loss=%.3f jitter=%d bytes=%d rtp=%d bitrate=%d codecType=%d' % (
                ts, r.randint(2000, 20000), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 4 * 10 ** 9), r.random() / 50, r.randint(0, 30), r.randint(10000, 900000), r.randint(100, 9000), r.randint(20000, 70000), r.choice([4, 6, 13])))
        elif k < 0.8:
            lines.append('%s <Info> [%d] WME:0 :[UTIL] device watcher: %s' % (ts, r.randint(2000, 20000), r.choice(['default capture device unchanged', 'render volume 62', 'AEC mode=hardware'])))
        else:
            lines.append('%s <Debug> [%d] WME:0 :[NET] ice candidate host 192.0.2.%d:%d udp' % (ts, r.randint(2000, 20000), r.randint(2, 200), r.randint(50000, 60000)))
    return '\n'.join(lines) + '\n'
