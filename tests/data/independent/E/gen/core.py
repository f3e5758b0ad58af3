"""Core helpers: deterministic clock/rng, line formatters, log writer, packaging.

Only the Python standard library is used; every random choice comes from a
random.Random seeded with the bundle name, so output is byte-identical on
every run.
"""
import gzip
import hashlib
import io
import os
import random
import shutil
import uuid
import zipfile
from datetime import datetime, timedelta

LEVELS = {
    "D": ("Debug", "DEBUG", "D"),
    "I": ("Info", "INFO", "I"),
    "W": ("Warning", "WARN", "W"),
    "E": ("Error", "ERROR", "E"),
}


class Ctx:
    """Per-bundle state: rng and a monotonically advancing clock (UTC)."""

    def __init__(self, seed, start):
        self.rng = random.Random(seed)
        self.t = start

    def adv(self, lo=3, hi=250):
        self.t += timedelta(milliseconds=self.rng.randint(lo, hi))
        return self.t

    def jump(self, seconds):
        self.t += timedelta(seconds=seconds)
        return self.t

    def uuid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def hex(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

    def pick(self, seq):
        return self.rng.choice(seq)

    def rint(self, a, b):
        return self.rng.randint(a, b)


def md5(s):
    return hashlib.md5(s.encode()).hexdigest()


def digest_response(user, realm, password, method, uri, nonce, nc=None, cnonce=None, qop=None):
    ha1 = md5(f"{user}:{realm}:{password}")
    ha2 = md5(f"{method}:{uri}")
    if qop:
        return md5(f"{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{ha2}")
    return md5(f"{ha1}:{nonce}:{ha2}")


# --------------------------------------------------------------------------
# line formatters: each takes (t, lvl, thread, src_file, src_line, func, msg, extra)
# --------------------------------------------------------------------------

def ms(t):
    return f"{t.microsecond // 1000:03d}"


def fmt_guide(join=":", brackets=False):
    """The documented Webex app grammar:
    <ISO UTC ms Z> <Level> [thread][]File.ext:line Function:message"""
    def f(t, lvl, thr, sfile, sline, func, msg, extra):
        ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"
        br = "[]" if brackets else " "
        return f"{ts} <{LEVELS[lvl][0]}> [{thr}]{br}{sfile}:{sline} {func}{join}{msg}"
    return f


def fmt_csf(t, lvl, thr, sfile, sline, func, msg, extra):
    """Older CSF shape seen in iOS logs."""
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)
    logger = (extra or {}).get("logger", "csf.app")
    path = (extra or {}).get("path") or ((extra or {}).get("path_prefix", "") + sfile)
    return f"{ts} {LEVELS[lvl][1]} [{thr}] [{path}({sline})] [{logger}] [{func}] - {msg}"


def fmt_logcat(inner=None):
    """Android `logcat -v threadtime`: no year in the timestamp.
    inner: optional function building the message body from src/func/msg."""
    def f(t, lvl, thr, sfile, sline, func, msg, extra):
        ts = t.strftime("%m-%d %H:%M:%S.") + ms(t)
        pid, tid = thr
        tag = (extra or {}).get("tag", "WebexApp")
        body = inner(sfile, sline, func, msg) if inner else msg
        return f"{ts} {pid:5d} {tid:5d} {LEVELS[lvl][2]} {tag:<8}: {body}"
    return f


class LogFile:
    def __init__(self, name, eol="\n"):
        self.name = name
        self.eol = eol
        self.lines = []

    def data(self):
        return (self.eol.join(self.lines) + self.eol).encode("utf-8")


class Writer:
    """Routes records to files ('main', 'bwc', ...) and formats them.

    style: dict with keys
      fmt:      default formatter
      fmts:     optional {target: formatter}
      threads:  {role: thread-id}
      files:    {target: LogFile}
    """

    def __init__(self, ctx, files, fmt, threads, fmts=None, tags=None, role_fmt=None, role_extra=None):
        self.c = ctx
        self.files = files
        self.fmt = fmt
        self.fmts = fmts or {}
        self.threads = threads
        self.tags = tags or {}
        self.role_fmt = role_fmt or {}
        self.role_extra = role_extra or {}
        self.mute = set()

    def rec(self, lvl, src, func, msg, target="main", role="main", cont=None, extra=None, adv=True, fmt=None):
        if adv:
            self.c.adv()
        if target in self.mute:
            return
        sfile, _, sline = src.partition(":")
        thr = self.threads.get(role, self.threads.get("main"))
        ex = dict(self.role_extra.get(role, {}))
        ex.update(extra or {})
        if "tag" not in ex and role in self.tags:
            ex["tag"] = self.tags[role]
        f = fmt or self.role_fmt.get(role) or self.fmts.get(target) or self.fmt
        line = f(self.c.t, lvl, thr, sfile, sline or "1", func, msg, ex)
        lf = self.files[target]
        lf.lines.append(line)
        if cont:
            lf.lines.extend(cont)

    def raw(self, lines, target="main"):
        self.files[target].lines.extend(lines)


# --------------------------------------------------------------------------
# packaging
# --------------------------------------------------------------------------

FIXED = (2024, 6, 1, 12, 0, 0)


def zip_bytes(entries, date_time=FIXED):
    """entries: list of (name, bytes). Directory entries end with '/'."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            if name.endswith("/"):
                zi.external_attr = (0o40755 << 16) | 0x10
                z.writestr(zi, b"")
            else:
                zi.external_attr = 0o644 << 16
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
    return bio.getvalue()


def gz_bytes(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


def write_zip(path, entries, date_time=FIXED):
    with open(path, "wb") as fh:
        fh.write(zip_bytes(entries, date_time))


def write_folder(path, entries):
    if os.path.isdir(path):
        shutil.rmtree(path)
    for name, data in entries:
        full = os.path.join(path, name)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(data)
