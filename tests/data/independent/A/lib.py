"""Helpers for writing synthetic Webex-for-BroadWorks support bundles.

Everything here is invented: names, hosts (example.*), addresses (RFC 5737),
wording. Nothing is copied from the tool or its samples.
"""
import datetime as dt
import gzip
import hashlib
import io
import json
import os
import random
import uuid
import zipfile

UTC = dt.timezone.utc


def U(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


import re
# numbers in noise must never look like a code the guide documents
CODE_RE = re.compile(r"1507|100006|2000\d\d|300005|6000\d\d|18215|18211")


class Clock:
    def __init__(self, start, rng):
        self.t = start
        self.rng = rng

    def tick(self, lo=0.001, hi=0.35):
        self.t += dt.timedelta(seconds=self.rng.uniform(lo, hi))
        return self.t

    def jump(self, s):
        self.t += dt.timedelta(seconds=s)
        return self.t


def _lineno(comp, func):
    h = int(hashlib.md5((comp + "|" + func).encode()).hexdigest()[:6], 16)
    return 20 + h % 2600


# ---------------------------------------------------------------- log writers
class Log:
    """Base class: one log file. `emit` writes one timestamped line, `cont`
    writes untimestamped continuation lines (or, for logcat, prefixed ones)."""

    ext = ".cpp"

    def __init__(self, clock, rng, **opts):
        self.c = clock
        self.rng = rng
        self.o = opts
        self.lines = []
        self.last_ts = None
        self.last = None  # (level, comp, func)
        self.threads = {}

    # thread ids
    def tid(self, comp):
        if comp not in self.threads:
            self.threads[comp] = self.new_thread()
        return self.threads[comp]

    def new_thread(self):
        return "0x%x" % self.rng.randrange(0x100, 0xffff)

    def _ts(self, ts):
        if ts is None:
            ts = self.c.tick()
        self.last_ts = ts
        return ts

    def emit(self, level, comp, func, msg, ts=None):
        ts = self._ts(ts)
        self.last = (level, comp, func)
        self.lines.append(self.fmt(ts, level, comp, func, msg))

    def cont(self, lines, eol=""):
        for l in lines:
            self.lines.append(l + eol)

    def blank(self):
        self.lines.append("")

    def each(self, level, comp, func, lines, prefix="", eol=""):
        """every line of a block carries the full prefix (same timestamp)"""
        ts = self._ts(None)
        for l in lines:
            self.emit(level, comp, func, prefix + l + eol, ts=ts)

    def noise(self, n, lo=0.02, hi=1.2, pool=None):
        pool = pool or self.o.get("pool") or NOISE
        for _ in range(n):
            self.c.tick(lo, hi)
            while True:
                g = self.rng.choice(pool)
                out = g(self.rng)
                if not CODE_RE.search(out[3]):
                    break
            level, comp, func, msg = out
            self.emit(level, comp, func, msg)

    def text(self):
        return "\n".join(self.lines) + "\n"

    def data(self):
        return self.text().encode("utf-8")


class DesktopLog(Log):
    """<ISO>Z <Level> [0xthread][]File.cpp:NNN Class::func:message"""

    def fmt(self, ts, level, comp, func, msg):
        file = comp if "." in comp else comp + self.o.get("ext", ".cpp")
        cls = comp.split(".")[0]
        if not func:
            q = cls
        elif "::" in func or func.startswith("-[") or func.startswith("+[") or "(" in func:
            q = func
        else:
            q = "%s::%s" % (cls, func)
        br = self.o.get("br", " ")
        sep = self.o.get("sep", ":")
        return "%s.%03dZ <%s> [%s]%s%s:%d %s%s%s" % (
            ts.strftime("%Y-%m-%dT%H:%M:%S"), ts.microsecond // 1000, level,
            self.tid(comp), br, file, _lineno(comp, func), q, sep, msg)


class MacLog(DesktopLog):
    def new_thread(self):
        return "0x%x" % (0x700000000000 + self.rng.randrange(0x1000, 0xfffff) * 0x1000) \
            if self.rng.random() < 0.5 else "0x%x" % (0x16b000000 + self.rng.randrange(0x100, 0xfff) * 0x1000)


class IosLog(DesktopLog):
    """modern lines (.swift / .mm / .cpp) plus old CSF-shaped lines via csf()"""

    def new_thread(self):
        return "0x%x" % (0x16b000000 + self.rng.randrange(0x100, 0xfff) * 0x1000)

    def fmt(self, ts, level, comp, func, msg):
        if self.o.get("ext") == ".swift" and "." not in comp and func and "(" not in func and "::" not in func:
            func = func + "()"
            comp = comp + ".swift"
        return DesktopLog.fmt(self, ts, level, comp, func, msg)

    def csf(self, level, path, logger, func, msg, ts=None):
        ts = self._ts(ts)
        comp = path.split("/")[-1].split(".")[0]
        self.last = (level, comp, func)
        lv = {"Debug": "DEBUG", "Info": "INFO", "Warning": "WARN", "Error": "ERROR"}.get(level, level.upper())
        self.lines.append("%s,%03d %-5s [%s] [%s(%d)] [%s] [%s] - %s" % (
            ts.strftime("%Y-%m-%d %H:%M:%S"), ts.microsecond // 1000, lv,
            self.tid(comp), path, _lineno(path, func), logger, func, msg))

    def csf_each(self, level, path, logger, func, lines, prefix=""):
        ts = self._ts(None)
        for l in lines:
            self.csf(level, path, logger, func, prefix + l, ts=ts)


class LogcatLog(Log):
    """Android `logcat -v threadtime`: MM-DD HH:MM:SS.mmm  PID  TID L Tag     : msg"""

    LV = {"Verbose": "V", "Debug": "D", "Info": "I", "Warning": "W", "Error": "E"}

    def __init__(self, clock, rng, pid=None, **opts):
        super().__init__(clock, rng, **opts)
        self.pid = pid or rng.randrange(9000, 31000)

    def new_thread(self):
        return self.pid + self.rng.randrange(1, 260)

    def fmt(self, ts, level, comp, func, msg):
        tag = self.o.get("tags", {}).get(comp, comp)[:23]
        pid = self.pid
        tid = self.tid(comp)
        if comp.startswith("sys:"):
            tag = comp[4:]
            pid = 1000 + len(tag) * 37
            tid = pid + 11
        return "%s.%03d %5d %5d %s %-8s: %s" % (
            ts.strftime("%m-%d %H:%M:%S"), ts.microsecond // 1000, pid, tid,
            self.LV.get(level, "I"), tag, msg)

    def cont(self, lines, eol=""):
        level, comp, func = self.last
        ts = self.last_ts
        for l in lines:
            self.emit(level, comp, func, l + eol, ts=ts)

    def blank(self):
        pass


# ---------------------------------------------------------------- noise
def _n(r, a, b):
    return r.randrange(a, b)


STATUSES = ["active", "inactive", "dnd", "meeting", "call", "ooo", "presenting"]
TOGGLES = ["desktop-reactions-v2", "spaces-sidebar-compact", "meeting-ai-assistant", "ecm-onedrive",
           "message-drafts-sync", "search-federation", "huddle-mode", "calendar-join-button",
           "people-insights", "slido-integration", "noise-removal-default"]
AUDIO = ["Headset Microphone (Jabra Evolve2 65)", "Microphone Array (Realtek(R) Audio)",
         "MacBook Pro Microphone", "Poly Blackwire 5220", "External Microphone", "AirPods Pro"]
SCREENS = ["Messaging", "Meetings", "Calling", "Contacts", "Teams", "Whiteboards", "Vidcast"]


def _host(r):
    return r.choice(["conv-a.wbx2.example.com", "hydra-a.example.com", "avatar-prod.example.com",
                     "wdm-a.wbx2.example.com", "feature-a.wbx2.example.com", "locus-a.wbx2.example.com",
                     "metrics-a.wbx2.example.com", "encryption-a.wbx2.example.com",
                     "calendar-a.wbx2.example.com", "search-a.wbx2.example.com"])


def _wtid(r):
    return "WBXAPP_%s_%d" % (U(r), r.randrange(1, 90))


NOISE = [
    lambda r: ("Debug", "MercuryConnection", "sendPing", "ping id=%d queued, outstanding=0" % _n(r, 1000, 99999)),
    lambda r: ("Debug", "MercuryConnection", "onPong", "pong id=%d rtt=%dms" % (_n(r, 1000, 99999), _n(r, 12, 180))),
    lambda r: ("Info", "PresenceService", "onStatusUpdate", "contact %s now %s, ttl %ds" % (U(r)[:8], r.choice(STATUSES), _n(r, 60, 900))),
    lambda r: ("Debug", "ConversationSync", "applyDelta", "applied %d activities to space %s (%d ms)" % (_n(r, 1, 40), U(r), _n(r, 2, 90))),
    lambda r: ("Info", "TelemetryUploader", "flush", "metrics batch sent: %d events, %d bytes, result=204" % (_n(r, 3, 80), _n(r, 900, 90000))),
    lambda r: ("Debug", "UIEventRouter", "dispatch", "FocusChanged window=main focused=%s" % r.choice(["true", "false"])),
    lambda r: ("Debug", "NavigationController", "select", "tab '%s' selected by user" % r.choice(SCREENS)),
    lambda r: ("Info", "MeetingsListModel", "refresh", "upcoming meetings=%d, next in %d min" % (_n(r, 0, 7), _n(r, 5, 400))),
    lambda r: ("Debug", "LocusManager", "onLocusDelta", "locus %s seq=%d state=INACTIVE fullState=IDLE" % (U(r), _n(r, 100, 9000))),
    lambda r: ("Debug", "AvatarCache", "fetch", "avatar %s size=%d source=%s" % (U(r)[:8], r.choice([40, 80, 160]), r.choice(["memory", "disk", "network"]))),
    lambda r: ("Warning", "AvatarCache", "onFetchDone", "avatar %s unavailable (HTTP 404), falling back to initials" % U(r)[:8]),
    lambda r: ("Info", "NetworkMonitor", "onChange", "reachability=%s ipv4=192.0.2.%d metered=false" % (r.choice(["wifi", "ethernet"]), _n(r, 20, 60))),
    lambda r: ("Debug", "FeatureToggleService", "apply", "toggle %s=%s" % (r.choice(TOGGLES), r.choice(["true", "false"]))),
    lambda r: ("Debug", "AudioDeviceManager", "enumerate", "capture '%s' default=%s" % (r.choice(AUDIO), r.choice(["yes", "no"]))),
    lambda r: ("Info", "CalendarSync", "run", "calendar pass done items=%d changed=%d" % (_n(r, 0, 60), _n(r, 0, 5))),
    lambda r: ("Debug", "SearchIndexer", "indexBatch", "indexed %d docs in %dms" % (_n(r, 1, 300), _n(r, 1, 200))),
    lambda r: ("Debug", "RestClient", "onComplete", "GET https://%s/api/v1/%s -> 200 (%d ms) trackingId=%s" % (_host(r), r.choice(["conversations?activitiesLimit=0", "features/users", "devices", "people/me", "teams", "avatar/profile"]), _n(r, 30, 700), _wtid(r))),
    lambda r: ("Info", "ProximityService", "scan", "ultrasound scan: no paired device in range"),
    lambda r: ("Debug", "NotificationBadge", "update", "unread=%d mentions=%d" % (_n(r, 0, 40), _n(r, 0, 3))),
    lambda r: ("Debug", "DbWriter", "commit", "txn %d rows=%d %dms" % (_n(r, 10000, 99999), _n(r, 1, 400), _n(r, 0, 40))),
    lambda r: ("Debug", "KmsClient", "ensureKey", "key kms://kms-a.example.com/keys/%s cached" % U(r)),
    lambda r: ("Info", "UpdateChecker", "check", "no newer build on channel '%s'" % r.choice(["gold", "stable"])),
    lambda r: ("Debug", "ContactResolver", "resolve", "resolved %d people from cache, %d remote" % (_n(r, 1, 50), _n(r, 0, 4))),
    lambda r: ("Debug", "TypingIndicator", "onEvent", "user %s typing in %s" % (U(r)[:8], U(r)[:8])),
    lambda r: ("Info", "WdmDeviceManager", "refresh", "device record refreshed url=https://wdm-a.wbx2.example.com/wdm/api/v1/devices/%s" % U(r)),
    lambda r: ("Debug", "ThemeManager", "apply", "theme=%s highContrast=false" % r.choice(["dark", "light", "system"])),
    lambda r: ("Debug", "PerfMonitor", "sample", "cpu=%d%% rss=%dMB handles=%d" % (_n(r, 1, 30), _n(r, 180, 900), _n(r, 900, 4000))),
    lambda r: ("Info", "MessageComposer", "saveDraft", "draft stored for space %s (%d chars)" % (U(r)[:8], _n(r, 1, 300))),
    lambda r: ("Debug", "EcmService", "listFiles", "files panel loaded %d items" % _n(r, 0, 50)),
    lambda r: ("Debug", "KeepAlive", "tick", "app heartbeat ok, uptime %ds" % _n(r, 60, 40000)),
    lambda r: ("Info", "ShareService", "probe", "screen share capability: monitors=%d windows=%d" % (_n(r, 1, 3), _n(r, 3, 30))),
    lambda r: ("Debug", "CacheJanitor", "sweep", "evicted %d entries (%d KB)" % (_n(r, 0, 80), _n(r, 0, 9000))),
]

# platform-flavoured extras
NOISE_MAC = NOISE + [
    lambda r: ("Debug", "NSWorkspaceObserver.mm", "-[NSWorkspaceObserver didWake:]", "workspace event: screensDidWake"),
    lambda r: ("Info", "SparkWindowController.mm", "-[SparkWindowController windowDidResize:]", "frame {{%d, %d}, {%d, %d}}" % (_n(r, 0, 400), _n(r, 0, 300), _n(r, 900, 1800), _n(r, 600, 1100))),
]
NOISE_WIN = NOISE + [
    lambda r: ("Debug", "WindowsSessionMonitor", "WndProc", "WM_WTSSESSION_CHANGE wParam=%d" % r.choice([7, 8])),
    lambda r: ("Info", "TrayIcon", "update", "tray tooltip set, presence=%s" % r.choice(STATUSES)),
]
NOISE_MOBILE = NOISE + [
    lambda r: ("Info", "PushManager", "onToken", "push token refreshed (len=%d)" % _n(r, 60, 170)),
    lambda r: ("Debug", "AppLifecycle", "onState", "app state %s" % r.choice(["foreground", "background", "inactive"])),
    lambda r: ("Debug", "BatteryMonitor", "onChange", "battery=%d%% charging=%s" % (_n(r, 10, 100), r.choice(["true", "false"]))),
]
ANDROID_SYS = [
    lambda r: ("Info", "sys:ActivityManager", "", "Start proc %d:com.example.launcher/u0a%d for service" % (_n(r, 3000, 30000), _n(r, 100, 300))),
    lambda r: ("Debug", "sys:WifiStateMachine", "", "RSSI poll: rssi=-%d linkspeed=%d" % (_n(r, 40, 80), r.choice([144, 286, 433, 866]))),
    lambda r: ("Info", "sys:chatty", "", "uid=%d(u0_a%d) identical %d lines" % (_n(r, 10100, 10400), _n(r, 100, 400), _n(r, 2, 30))),
    lambda r: ("Debug", "sys:ConnectivityService", "", "NetworkAgentInfo [WIFI () - %d] validation passed" % _n(r, 100, 999)),
    lambda r: ("Warning", "sys:BatteryStatsService", "", "Reading cpu stats took %d ms" % _n(r, 50, 400)),
]
NOISE_ANDROID = NOISE_MOBILE + ANDROID_SYS

NOISE_BWC = [
    lambda r: ("Debug", "BroadWorksXsiEvents", "onHeartbeat", "BWC:XSI: event channel heartbeat ok"),
    lambda r: ("Debug", "AudioDeviceManager", "enumerate", "capture '%s' default=%s" % (r.choice(AUDIO), r.choice(["yes", "no"]))),
    lambda r: ("Debug", "BroadWorksCallLog", "refresh", "BWC:SCF: call history cache %d entries" % _n(r, 0, 200)),
]
NOISE_BWC_REG = NOISE_BWC + [
    lambda r: ("Debug", "SipKeepAlive", "onTimer", "BWC:SIP: keep-alive CRLF sent on flow 1"),
    lambda r: ("Debug", "SipKeepAlive", "onTimer", "BWC:SIP: keep-alive CRLF sent on flow 1"),
]


# ---------------------------------------------------------------- HTTP printing
def http(L, style, comp, func, method, url, tid, status, reason, req_headers=(), resp_headers=(),
         body=None, ms=None, gap=0, lvl=None, tidkey="trackingId", gap_pool=None):
    """Print one HTTP exchange in one of several styles."""
    ms = ms if ms is not None else L.rng.randrange(40, 900)
    bad = status >= 400
    lvl = lvl or ("Warning" if bad else "Info")
    path = url.split("://", 1)[-1]
    host, _, p = path.partition("/")
    p = "/" + p
    if style == "json":  # request + response on one line
        d = {"method": method, "url": url, tidkey: tid, "status": status, "elapsedMs": ms}
        L.emit(lvl, comp, func, "http exchange " + json.dumps(d))
        if body:
            L.cont(body)
    elif style == "json2":  # request line, later a response line naming only the tracking id
        L.emit("Info", comp, func, "request " + json.dumps({"verb": method, "uri": url, tidkey: tid,
                                                             "headers": dict(req_headers)}))
        L.noise(gap, pool=gap_pool)
        L.emit(lvl, comp, "onResponse", "response " + json.dumps({tidkey: tid, "statusCode": status,
                                                                  "reason": reason, "durationMs": ms}))
        if body:
            L.cont(body)
    elif style == "kv":
        n = L.rng.randrange(10, 999)
        hs = " ".join('%s="%s"' % (k.lower(), v.replace('"', '\\"')) for k, v in req_headers)
        L.emit("Debug", comp, func, "req#%d method=%s url=%s %s=%s %s" % (n, method, url, tidkey.lower(), tid, hs))
        L.noise(gap, pool=gap_pool)
        L.emit(lvl, comp, "onDone", "rsp#%d %s=%s status=%d reason=\"%s\" took=%dms bytes=%d" % (
            n, tidkey.lower(), tid, status, reason, ms, len("\n".join(body or [])))
        )
        for k, v in resp_headers:
            L.emit("Debug", comp, "onDone", "rsp#%d header %s=\"%s\"" % (n, k, v.replace('"', '\\"')))
        if body:
            L.cont(body)
    elif style == "dump":
        L.emit("Debug", comp, func, ">>>>> outgoing HTTP request (%s)" % tid)
        L.cont(["%s %s HTTP/1.1" % (method, p), "Host: %s" % host] + ["%s: %s" % kv for kv in req_headers] +
               ["TrackingID: %s" % tid, ""])
        L.noise(gap, pool=gap_pool)
        L.emit(lvl, comp, "onResponse", "<<<<< incoming HTTP response (%s)" % tid)
        L.cont(["HTTP/1.1 %d %s" % (status, reason)] + ["%s: %s" % kv for kv in resp_headers] + [""] + (body or []))
        L.blank()
    elif style == "colon":
        L.emit("Info", comp, func, "Outgoing request:")
        L.cont(["    method: %s" % method, "    url: %s" % url, "    %s: %s" % (tidkey, tid)] +
               ["    header.%s: %s" % kv for kv in req_headers])
        L.noise(gap, pool=gap_pool)
        L.emit(lvl, comp, "onResponse", "Incoming response:")
        L.cont(["    %s: %s" % (tidkey, tid), "    status: %d %s" % (status, reason), "    duration: %d ms" % ms] +
               ["    header.%s: %s" % kv for kv in resp_headers])
        if body:
            L.cont(["    body:"] + ["      " + b for b in body])
    elif style == "tid":
        L.emit("Info", comp, func, "%s %s [%s]" % (method, url, tid))
        L.noise(gap, pool=gap_pool)
        L.emit(lvl, comp, "onResponse", "[%s] completed %d %s in %d ms" % (tid, status, reason, ms))
        for k, v in resp_headers:
            L.emit("Debug", comp, "onResponse", "[%s] %s: %s" % (tid, k, v))
        if body:
            L.cont(body)
    elif style == "arrow":
        L.emit(lvl, comp, func, "%s %s %s=%s -> %d" % (method, url, tidkey.lower(), tid, status))
        if body:
            L.cont(body)
    else:
        raise ValueError(style)


def digest_challenge(rng, realm="BroadWorks"):
    return 'Digest realm="%s", qop="auth", nonce="%s", opaque="%s", algorithm=MD5' % (
        realm, hexs(rng, 32), hexs(rng, 16))


def digest_answer(rng, user, realm, uri):
    return ('Digest username="%s", realm="%s", nonce="%s", uri="%s", response="%s", algorithm=MD5, '
            'qop=auth, nc=00000001, cnonce="%s", opaque="%s"' % (
                user, realm, hexs(rng, 32), uri, hexs(rng, 32), hexs(rng, 12), hexs(rng, 16)))


# ---------------------------------------------------------------- XML bodies
def device_list(devices, pretty=True):
    """devices: list of dicts with type, name, line, url, user"""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<AccessDevices xmlns="http://schema.broadsoft.com/xsi">']
    for d in devices:
        parts += ['  <accessDevice>',
                  '    <deviceType>%s</deviceType>' % d["type"],
                  '    <deviceName>%s</deviceName>' % d["name"],
                  '    <deviceLevel>Group</deviceLevel>',
                  '    <accessDeviceEndpoint>',
                  '      <linePort>%s</linePort>' % d["line"],
                  '      <contacts/>',
                  '    </accessDeviceEndpoint>',
                  '    <deviceTypeUrl>%s</deviceTypeUrl>' % d["url"],
                  '    <deviceUserNamePassword>',
                  '      <userName>%s</userName>' % d["user"],
                  '      <password>********</password>',
                  '    </deviceUserNamePassword>',
                  '  </accessDevice>']
    parts.append('</AccessDevices>')
    if pretty:
        return parts
    return ["".join(p.strip() for p in parts)]


def config_xml(sip_user, auth_user, domain, proxy, port, xsp, display, ext_id, transport="TLS",
               extra=None, pretty=True):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<config>',
             '  <protocols>',
             '    <sip>',
             '      <transports>',
             '        <udp enabled="%s"/>' % ("true" if transport == "UDP" else "false"),
             '        <tcp enabled="%s"/>' % ("true" if transport == "TCP" else "false"),
             '        <tls enabled="%s"/>' % ("true" if transport == "TLS" else "false"),
             '      </transports>',
             '      <lines>',
             '        <line>',
             '          <label>%s</label>' % display,
             '          <external-id>%s</external-id>' % ext_id,
             '          <credentials>',
             '            <username>%s</username>' % sip_user,
             '            <password>***redacted***</password>',
             '            <auth-name>%s</auth-name>' % auth_user,
             '          </credentials>',
             '          <domain>%s</domain>' % domain,
             '        </line>',
             '      </lines>',
             '      <proxy address="%s" port="%s"/>' % (proxy, port),
             '      <preferred-port>%s</preferred-port>' % port,
             '      <register-failover><registration-cleanup>true</registration-cleanup></register-failover>',
             '    </sip>',
             '    <xsi-actions><paths><root>https://%s</root><actions>/com.broadsoft.xsi-actions/</actions></paths></xsi-actions>' % xsp,
             '  </protocols>',
             '  <services>',
             '    <calls><conference enabled="true"/><call-park enabled="false"/></calls>',
             '    <voice-mail enabled="true"/>']
    for e in (extra or []):
        parts.append('    ' + e)
    parts += ['  </services>', '</config>']
    if pretty:
        return parts
    return ["".join(p.strip() for p in parts)]


# ---------------------------------------------------------------- SIP
COMPACT = {"Via": "v", "From": "f", "To": "t", "Call-ID": "i", "Contact": "m", "Content-Length": "l",
           "Supported": "k", "Content-Type": "c", "Event": "o"}


def sip(start, headers, body=None, compact=False):
    body = body or []
    blen = len(("\r\n".join(body) + "\r\n").encode()) if body else 0
    out = [start]
    for k, v in headers:
        name = COMPACT.get(k, k) if compact else k
        out.append("%s: %s" % (name, v))
    out.append("%s: %d" % ("l" if compact else "Content-Length", blen))
    out.append("")
    out += body
    return out


class Ua:
    """Tiny helper that builds a consistent REGISTER dialog for one line."""

    def __init__(self, rng, user, domain, local, transport, ua, auth_user=None, public=None):
        self.rng = rng
        self.user = user
        self.auth_user = auth_user or user
        self.domain = domain
        self.local = local  # "192.0.2.15:52011"
        self.transport = transport  # TLS/TCP/UDP
        self.ua = ua
        self.public = public
        self.callid = "%s@%s" % (hexs(rng, 20), local.split(":")[0])
        self.ftag = hexs(rng, 8)
        self.instance = U(rng)
        self.cseq = 0
        self.nonce = None

    def challenge(self, realm, stale=False, proxy=False):
        self.nonce = hexs(self.rng, 40)
        v = 'Digest realm="%s", nonce="%s", algorithm=MD5, qop="auth"' % (realm, self.nonce)
        if stale:
            v += ", stale=FALSE"
        return ("Proxy-Authenticate" if proxy else "WWW-Authenticate", v)

    @property
    def contact_uri(self):
        return "sip:%s@%s;transport=%s" % (self.user, self.local, self.transport.lower())

    def contact(self, expires=None):
        c = '<%s;ob>;+sip.instance="<urn:uuid:%s>"' % (self.contact_uri, self.instance)
        if expires is not None:
            c += ";expires=%d" % expires
        return c

    def register(self, auth=None, proxy_auth=None, expires=3600, compact=False):
        self.cseq += 1
        self.branch = "z9hG4bK" + hexs(self.rng, 12)
        h = [("Via", "SIP/2.0/%s %s;branch=%s;rport" % (self.transport, self.local, self.branch)),
             ("Max-Forwards", "70"),
             ("Contact", self.contact()),
             ("To", "<sip:%s@%s>" % (self.user, self.domain)),
             ("From", "<sip:%s@%s>;tag=%s" % (self.user, self.domain, self.ftag)),
             ("Call-ID", self.callid),
             ("CSeq", "%d REGISTER" % self.cseq),
             ("Expires", str(expires)),
             ("Allow", "INVITE, ACK, CANCEL, BYE, NOTIFY, REFER, OPTIONS, UPDATE, INFO, SUBSCRIBE"),
             ("Supported", "path, outbound, gruu, replaces"),
             ("User-Agent", self.ua)]
        if auth:
            h.append(("Authorization", 'Digest username="%s", realm="%s", nonce="%s", uri="sip:%s", '
                                       'response="%s", algorithm=MD5, cnonce="%s", qop=auth, nc=%08x' % (
                                           self.auth_user, auth, self.nonce or hexs(self.rng, 40), self.domain,
                                           hexs(self.rng, 32), hexs(self.rng, 8), 1)))
        if proxy_auth:
            h.append(("Proxy-Authorization", 'Digest username="%s", realm="%s", nonce="%s", uri="sip:%s", '
                                             'response="%s", algorithm=MD5' % (
                                                 self.auth_user, proxy_auth, self.nonce or hexs(self.rng, 40), self.domain,
                                                 hexs(self.rng, 32))))
        return sip("REGISTER sip:%s SIP/2.0" % self.domain, h, compact=compact)

    def _resp_via(self, received):
        v = "SIP/2.0/%s %s;branch=%s" % (self.transport, self.local, self.branch)
        if received:
            ip, port = received.split(":")
            v += ";received=%s;rport=%s" % (ip, port)
        else:
            v += ";rport"
        return v

    def response(self, code, reason, extra=(), contacts=None, received=None, compact=False, totag=None):
        h = [("Via", self._resp_via(received or self.public)),
             ("From", "<sip:%s@%s>;tag=%s" % (self.user, self.domain, self.ftag)),
             ("To", "<sip:%s@%s>;tag=%s" % (self.user, self.domain, totag or hexs(self.rng, 10))),
             ("Call-ID", self.callid),
             ("CSeq", "%d REGISTER" % self.cseq)]
        for c in (contacts or []):
            h.append(("Contact", c))
        h += list(extra)
        return sip("SIP/2.0 %d %s" % (code, reason), h, compact=compact)


def www_auth(rng, realm, stale=False, proxy=False):
    v = 'Digest realm="%s", nonce="%s", algorithm=MD5, qop="auth"' % (realm, hexs(rng, 40))
    if stale:
        v += ", stale=FALSE"
    return ("Proxy-Authenticate" if proxy else "WWW-Authenticate", v)


def sip_out(L, style, level, comp, func, head, lines, eol="", prefix=""):
    """print one SIP message.
    block: announcing line then raw message, blank line after
    escaped: whole message on one line with \\r\\n
    prefixed: every line carries the log prefix
    inline: start line on the announcing line itself, rest raw"""
    if style == "block":
        L.emit(level, comp, func, head)
        L.cont(lines[:-1] if lines and lines[-1] == "" else lines, eol=eol)
        L.blank()
    elif style == "escaped":
        L.emit(level, comp, func, head + "\\r\\n".join(lines) + ("\\r\\n" if lines[-1] != "" else ""))
    elif style == "prefixed":
        L.emit(level, comp, func, head)
        L.each(level, comp, func, [l for l in lines], prefix=prefix, eol=eol)
    elif style == "inline":
        L.emit(level, comp, func, head + lines[0])
        rest = lines[1:]
        L.cont(rest[:-1] if rest and rest[-1] == "" else rest, eol=eol)
        L.blank()
    else:
        raise ValueError(style)


def reginfo(aor, version, state, contacts):
    """contacts: list of (id, state, event, uri)"""
    b = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<reginfo xmlns="urn:ietf:params:xml:ns:reginfo" version="%d" state="%s">' % (version, state),
         '  <registration aor="%s" id="r1" state="active">' % aor]
    for cid, st, ev, uri in contacts:
        b += ['    <contact id="%s" state="%s" event="%s">' % (cid, st, ev),
              '      <uri>%s</uri>' % uri,
              '    </contact>']
    b += ['  </registration>', '</reginfo>']
    return b


# ---------------------------------------------------------------- media / misc
def media_log(clock, rng, n=120):
    out = []
    while len(out) < n:
        t = clock.tick(0.2, 3)
        out.append("%s.%03dZ <Info> [%d] WME:0 :[SQ] [SQ] INFO: SQAudio%s - vid=0 csi=%d did=0 ssrc=%d loss=0.000 "
                   "drop=0.000 jitter=%d bytes=%d rtp=%d failed=0 bitrate=%d rtt=%d bw=176000 codecType=4 type=UDP" % (
                       t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond // 1000, rng.randrange(4000, 12000),
                       rng.choice(["TX", "RX"]), rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 8, 10 ** 9),
                       rng.randrange(0, 9), rng.randrange(10 ** 4, 10 ** 5) * 7, rng.randrange(300, 3000),
                       rng.randrange(40000, 70000), rng.randrange(10, 90)))
        if CODE_RE.search(out[-1]):
            out.pop()
    return "\n".join(out) + "\n"


def ced_blob(rng):
    return b"CEDv2\x00" + bytes(rng.randrange(256) for _ in range(2048))


ZDATE = (2024, 1, 1, 0, 0, 0)


def zip_bytes(entries):
    """entries: list of (name, bytes|str). Returns the zip as bytes."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def gz(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return gzip.compress(data, mtime=0)


def write_folder(root, entries):
    for name, data in entries:
        p = os.path.join(root, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(p, "wb") as f:
            f.write(data)


def appledouble(rng):
    return b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " + bytes(rng.randrange(256) for _ in range(64))
