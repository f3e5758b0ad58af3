"""Core helpers for the B-set bundle generator.

Everything here is invented printing of a hypothetical Webex app build
("45.2 train") and a hypothetical BroadWorks server release ("R25.0 SP2"),
written only from the public field guide and RFC knowledge.
"""
import datetime as _dt
import gzip
import io
import json
import os
import random
import uuid
import zlib
import zipfile

OUT = os.path.dirname(os.path.abspath(__file__))

LEVEL_LETTER = {"Debug": "D", "Info": "I", "Warning": "W", "Error": "E", "Verbose": "V"}
CSF_LEVEL = {"Debug": "DEBUG", "Info": "INFO", "Warning": "WARN", "Error": "ERROR", "Verbose": "TRACE"}


def mkuuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hexid(rng, n=16):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
class Clock:
    def __init__(self, rng, start):
        self.rng = rng
        self.t = start

    def tick(self, lo=1, hi=350):
        self.t += _dt.timedelta(milliseconds=self.rng.randint(lo, hi))
        return self.t

    def jump(self, seconds):
        self.t += _dt.timedelta(seconds=seconds)
        return self.t


# --------------------------------------------------------------------------
# client log writer
# --------------------------------------------------------------------------
class ClientLog:
    """One client log file.  plat: win | mac | ios | android."""

    def __init__(self, sc, plat, eol="\n", win_brackets=True, tzoffset_h=0):
        self.sc = sc
        self.plat = plat
        self.lines = []
        self.eol = eol
        self.win_brackets = win_brackets
        self.pid = sc.rng.randint(3000, 29000)
        self.tzoffset_h = tzoffset_h  # android logcat is local time

    # ---- timestamp shapes ----
    def iso(self, t):
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)

    def csf_ts(self, t):
        return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)

    def logcat_ts(self, t):
        t = t + _dt.timedelta(hours=self.tzoffset_h)
        return t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)

    # ---- line shapes ----
    def fmt(self, t, lvl, thr, src, fn, msg, sep=":", tag=None, tid=None):
        if src is not None and ":" not in src:
            src = "%s:%d" % (src, 37 + zlib.crc32((src + "|" + (fn or "")).encode()) % 1900)
        if self.plat == "android":
            tid = tid if tid is not None else self.sc.android_tid(thr)
            tag = tag or "WebexNative"
            body = msg if src is None else "%s %s%s%s" % (src, fn, sep, msg)
            return "%s %5d %5d %s %-8s: %s" % (self.logcat_ts(t), self.pid, tid, LEVEL_LETTER[lvl], tag, body)
        if self.plat == "win" and self.win_brackets:
            return "%s <%s> [%s][]%s %s%s%s" % (self.iso(t), lvl, thr, src, fn, sep, msg)
        return "%s <%s> [%s] %s %s%s%s" % (self.iso(t), lvl, thr, src, fn, sep, msg)

    def add(self, line):
        self.lines.append(line)

    def text(self):
        return self.eol.join(self.lines) + self.eol

    def data(self, encoding="utf-8"):
        return self.text().encode(encoding, "replace")


# --------------------------------------------------------------------------
# server log writer (BroadWorks pipe header + continuation)
# --------------------------------------------------------------------------
class ServerLog:
    def __init__(self, sc, tz="CET", pad=True):
        self.sc = sc
        self.tz = tz
        self.pad = pad
        self.lines = []

    def ts(self, t):
        return t.strftime("%Y.%m.%d %H:%M:%S:") + "%03d" % (t.microsecond // 1000)

    def head(self, lvl, cat, thread, extra=None, inline=None, t=None):
        t = t or self.sc.clock.tick(2, 120)
        lv = ("%-10s" % lvl) if self.pad else lvl
        parts = [self.ts(t) + " " + self.tz, lv, cat, thread]
        if extra:
            parts += extra
        line = " | ".join(parts) + " |"
        if inline:
            line += " " + inline
        self.lines.append(line)

    def cont(self, lines, indent="\t"):
        for l in lines:
            self.lines.append((indent + l) if l else "")

    def raw(self, lines):
        self.lines.extend(lines)

    def blank(self):
        self.lines.append("")

    def data(self):
        return ("\n".join(self.lines) + "\n").encode("utf-8")


# --------------------------------------------------------------------------
# noise templates
# --------------------------------------------------------------------------
DESK_NOISE = [
    ("Info", "MercuryConnection.cpp", "MercuryConnection::onPong", "ws ping ok rtt={n}ms seq={seq}"),
    ("Debug", "PresenceManager.cpp", "PresenceManager::publish", "status=active reason=userInput ttl=600"),
    ("Info", "TelemetryService.cpp", "TelemetryService::flush", "uploaded {n} metric events (batch {seq})"),
    ("Debug", "ConversationSync.cpp", "ConversationSync::deltaSync", "fetched {n} activities across {m} conversations"),
    ("Info", "CalendarService.cpp", "CalendarService::refresh", "calendar window updated, {m} meetings next 24h"),
    ("Debug", "UIWindowManager.cpp", "UIWindowManager::onFocusChanged", "focus moved to {view}"),
    ("Info", "KmsClient.cpp", "KmsClient::fetchKey", "key served from cache kid=kms://kms-a.example.org/keys/{u}"),
    ("Debug", "AvatarCache.cpp", "AvatarCache::load", "cache hit for avatar {u} ({w}px)"),
    ("Info", "NetworkMonitor.cpp", "NetworkMonitor::onChange", "reachability unchanged, primary interface {iface}"),
    ("Debug", "FeatureToggleService.cpp", "FeatureToggleService::apply", "toggle {toggle}={bool}"),
    ("Info", "LocusManager.cpp", "LocusManager::syncAll", "locus sync done active=0 pending=0"),
    ("Debug", "AudioDeviceManager.cpp", "AudioDeviceManager::enumerate", "{m} capture / {n2} render endpoints, default capture \"Headset Microphone\""),
    ("Info", "MeetingsService.cpp", "MeetingsService::pollUpcoming", "next meeting starts in {n} min"),
    ("Debug", "SearchIndexer.cpp", "SearchIndexer::indexBatch", "indexed {n} items in {m} ms"),
    ("Warning", "ProxyResolver.cpp", "ProxyResolver::resolve", "no PAC configured, DIRECT"),
    ("Info", "WdmClient.cpp", "WdmClient::refresh", "device record refreshed, next refresh in 3600s"),
    ("Debug", "ThumbnailService.cpp", "ThumbnailService::decode", "decoded {w}x{h} thumbnail in {m}ms"),
    ("Info", "HealthChecker.cpp", "HealthChecker::probe", "service {svc} reachable ({n} ms)"),
    ("Debug", "MessageComposer.cpp", "MessageComposer::onDraftSaved", "draft saved length={n}"),
    ("Info", "TeamsService.cpp", "TeamsService::loadTeams", "{m} teams loaded"),
    ("Debug", "NotificationCenter.cpp", "NotificationCenter::post", "toast suppressed dnd={bool}"),
    ("Debug", "PowerMonitor.cpp", "PowerMonitor::onEvent", "display state on, idle={n}s"),
    ("Info", "ContactsService.cpp", "ContactsService::resolveBatch", "resolved {n} contacts ({m} from cache)"),
    ("Debug", "ReadReceiptTracker.cpp", "ReadReceiptTracker::flush", "{m} read receipts sent"),
    ("Info", "UpgradeChecker.cpp", "UpgradeChecker::check", "channel=gold no update available"),
    ("Debug", "EmojiProvider.cpp", "EmojiProvider::warmup", "{n} glyphs cached"),
    ("Info", "WhiteboardService.cpp", "WhiteboardService::listBoards", "{m} boards visible"),
    ("Debug", "ShortcutRegistry.cpp", "ShortcutRegistry::register", "hotkey {key} bound"),
]

MAC_SRC = {".cpp": ".mm"}

IOS_NOISE = [
    ("Info", "PresenceStore.swift", "PresenceStore.apply(_:)", "presence update for {u}: active"),
    ("Debug", "SpaceListViewModel.swift", "SpaceListViewModel.reload()", "{n} rows, {m} unread"),
    ("Info", "PushRegistrar.swift", "PushRegistrar.didUpdate(token:)", "APNs token unchanged"),
    ("Debug", "MetricsUploader.swift", "MetricsUploader.flush()", "flushed {n} events"),
    ("Info", "MeetingsListCoordinator.swift", "MeetingsListCoordinator.refresh()", "{m} meetings today"),
    ("Debug", "ImageLoader.swift", "ImageLoader.load(url:)", "memory cache hit {u}"),
    ("Info", "ReachabilityMonitor.swift", "ReachabilityMonitor.pathUpdate(_:)", "path satisfied via {iface2}"),
    ("Debug", "KeyStoreBridge.mm", "-[KeyStoreBridge keyForUri:]", "kms key cached {u}"),
    ("Info", "CallKitProvider.swift", "CallKitProvider.providerDidBegin(_:)", "provider ready"),
    ("Debug", "ThemeManager.swift", "ThemeManager.apply()", "appearance={theme}"),
]

CSF_NOISE = [
    ("Debug", "presence/PresenceAdapter.cpp", "csf.presence", "onStateChanged", "state AVAILABLE -> AVAILABLE"),
    ("Info", "netutils/NetworkWatcher.cpp", "csf.netutils", "notifyChange", "no change in active route"),
    ("Debug", "config/ConfigStore.cpp", "csf.config", "getValue", "key {toggle} -> default"),
    ("Debug", "media/AudioRouteHelper.cpp", "csf.media", "evaluateRoute", "route=Receiver category=PlayAndRecord"),
]

ANDROID_SYS_NOISE = [
    ("Info", "ActivityManager", "Start proc {pid}:com.google.android.gms.persistent/u0a{n} for service"),
    ("Debug", "ConnectivityService", "NetworkAgentInfo [WIFI () - {n}] validation passed"),
    ("Info", "chatty", "uid=10{n} com.cisco.wx2.android identical {m} lines"),
    ("Debug", "WifiNetworkFactory", "onNetworkRequest ok"),
    ("Info", "BatteryStatsService", "battery level {m}"),
    ("Debug", "ViewRootImpl", "ViewPostIme pointer 0"),
    ("Warning", "System", "A resource failed to call close."),
    ("Info", "PowerManagerService", "Waking up from Dozing (uid=1000 reason=WAKE_REASON_POWER_BUTTON)"),
]

ANDROID_APP_NOISE = [
    ("Info", "WxPresence", "publish status=ACTIVE ttl=600"),
    ("Debug", "WxConversation", "delta sync: {n} activities, {m} conversations"),
    ("Info", "WxMetrics", "flushed {n} client metrics"),
    ("Debug", "WxMercury", "ping/pong rtt={n}ms"),
    ("Info", "WxCalendar", "{m} upcoming meetings cached"),
    ("Debug", "WxAvatar", "avatar cache hit {u}"),
    ("Info", "WxFeatures", "toggle {toggle}={bool}"),
    ("Debug", "WxUi", "fragment resumed: {view}"),
    ("Info", "WxKms", "key fetched kid=kms://kms-a.example.org/keys/{u}"),
    ("Debug", "WxPush", "FCM token unchanged"),
]

TOGGLES = ["desktop-app-dark-mode", "wxc-keepalive-tuning", "meetings-lobby-v3", "spaces-virtual-list",
           "bw-callsettings-webview", "telemetry-sampling-25", "new-composer", "calendar-ics-preview"]
VIEWS = ["SpaceList", "MessageList", "CallHistory", "MeetingsTab", "Contacts", "Settings.General"]
SVCS = ["conv", "locus", "wdm", "calendar", "kms", "feature", "mercury", "search", "avatar"]


class Scenario:
    """State for one bundle: rng, clock, identity, logs."""

    def __init__(self, name, seed, start, plat, **ident):
        self.name = name
        self.rng = random.Random(seed)
        self.clock = Clock(self.rng, start)
        self.plat = plat
        self.id = dict(ident)
        self.threads = ["0x%x" % self.rng.randint(0x200, 0x7fff) for _ in range(6)]
        if plat in ("mac", "ios"):
            self.threads = ["0x%x" % (0x700000000000 + self.rng.randint(0, 0xfffffff) * 0x1000) for _ in range(6)]
            if plat == "ios":
                self.threads = ["0x%x" % (0x16f000000 + self.rng.randint(0, 0xfff) * 0x1000) for _ in range(6)]
        self._tidmap = {}
        self.seq = 0

    def android_tid(self, thr):
        if thr not in self._tidmap:
            self._tidmap[thr] = self.rng.randint(3000, 29000)
        return self._tidmap[thr]

    def thr(self, i=None):
        if i is None:
            return self.rng.choice(self.threads)
        return self.threads[i % len(self.threads)]

    # ----------------------------------------------------------------------
    def L(self, log, lvl, src, fn, msg, thr=0, sep=":", tag=None, t=None, lo=1, hi=250):
        t = t or self.clock.tick(lo, hi)
        th = self.thr(thr) if isinstance(thr, int) else thr
        if log.plat == "mac" and src and src.endswith(".cpp") and self.rng.random() < 0.0:
            src = src[:-4] + ".mm"
        log.add(log.fmt(t, lvl, th, src, fn, msg, sep=sep, tag=tag))
        return t

    def A(self, log, lvl, tag, msg, thr=0, t=None, lo=1, hi=250):
        """android logcat line with free tag (no src/fn)."""
        t = t or self.clock.tick(lo, hi)
        th = self.thr(thr) if isinstance(thr, int) else thr
        log.add(log.fmt(t, lvl, th, None, None, msg, tag=tag))
        return t

    def CSF(self, log, lvl, path, logger, fn, msg, thr=0, t=None, lo=1, hi=250):
        t = t or self.clock.tick(lo, hi)
        th = self.thr(thr) if isinstance(thr, int) else thr
        log.add("%s %-5s [%s] [%s] [%s] [%s] - %s" % (log.csf_ts(t), CSF_LEVEL[lvl], th, path, logger, fn, msg))
        return t

    def raw(self, log, lines):
        for l in lines:
            log.add(l)

    # ----------------------------------------------------------------------
    def _fill(self, tmpl):
        r = self.rng
        self.seq += 1
        return tmpl.format(n=r.randint(3, 180), n2=r.randint(1, 6), m=r.randint(1, 40), seq=self.seq,
                           u=mkuuid(r), w=r.choice([32, 48, 64, 96]), h=r.choice([64, 128, 240]),
                           iface=r.choice(["Ethernet 2", "Wi-Fi", "en0", "vEthernet"]),
                           iface2=r.choice(["wifi", "cellular"]),
                           toggle=r.choice(TOGGLES), bool=r.choice(["true", "false"]),
                           view=r.choice(VIEWS), svc=r.choice(SVCS), key=r.choice(["Ctrl+Shift+M", "Ctrl+Alt+A", "Cmd+Shift+C"]),
                           theme=r.choice(["dark", "light"]), pid=r.randint(2000, 30000))

    def noise(self, log, lo, hi, gap=(20, 2500)):
        n = self.rng.randint(lo, hi)
        for _ in range(n):
            self.noise1(log, gap)

    def noise1(self, log, gap=(20, 2500)):
        r = self.rng
        t = self.clock.tick(*gap)
        if log.plat in ("win", "mac"):
            lvl, src, fn, msg = r.choice(DESK_NOISE)
            if log.plat == "mac" and r.random() < 0.35:
                src = src.replace(".cpp", ".mm")
            if r.random() < 0.06:
                self.noise_http(log, t)
                return
            log.add(log.fmt(t, lvl, self.thr(), src, fn, self._fill(msg)))
        elif log.plat == "ios":
            x = r.random()
            if x < 0.25:
                lvl, path, logger, fn, msg = r.choice(CSF_NOISE)
                log.add("%s %-5s [%s] [%s] [%s] [%s] - %s" % (log.csf_ts(t), CSF_LEVEL[lvl], self.thr(), path, logger, fn, self._fill(msg)))
            elif x < 0.6:
                lvl, src, fn, msg = r.choice(DESK_NOISE)
                log.add(log.fmt(t, lvl, self.thr(), src, fn, self._fill(msg)))
            else:
                lvl, src, fn, msg = r.choice(IOS_NOISE)
                log.add(log.fmt(t, lvl, self.thr(), src, fn, self._fill(msg)))
        else:
            x = r.random()
            if x < 0.3:
                lvl, tag, msg = r.choice(ANDROID_SYS_NOISE)
                line = "%s %5d %5d %s %-8s: %s" % (log.logcat_ts(t), r.randint(500, 2500), r.randint(500, 2500), LEVEL_LETTER[lvl], tag, self._fill(msg))
                log.add(line)
            elif x < 0.65:
                lvl, tag, msg = r.choice(ANDROID_APP_NOISE)
                log.add(log.fmt(t, lvl, self.thr(), None, None, self._fill(msg), tag=tag))
            else:
                lvl, src, fn, msg = r.choice(DESK_NOISE)
                log.add(log.fmt(t, lvl, self.thr(), src, fn, self._fill(msg)))

    def noise_http(self, log, t):
        r = self.rng
        host = r.choice(["conv-a.wbx2.example.com", "avatar-prod.example.net", "calendar-a.wbx2.example.com",
                         "u2c.wbx2.example.com", "feature-a.wbx2.example.com"])
        path = r.choice(["/conversation/api/v1/conversations?activitiesLimit=0", "/avatar/v1/{}".format(mkuuid(r)),
                         "/calendar/api/v1/calendarEvents?from=now", "/u2c/api/v1/catalog?format=hostmap",
                         "/feature/api/v1/features/users/self"])
        st = r.choice([200, 200, 200, 200, 204, 304])
        log.add(log.fmt(t, "Debug", self.thr(), "HttpEngine.cpp", "HttpEngine::onDone",
                        "GET https://%s%s done status=%d trackingId=WEBEX_%s" % (host, path, st, mkuuid(r))))


# --------------------------------------------------------------------------
# SIP message text
# --------------------------------------------------------------------------
COMPACT = {"Via": "v", "From": "f", "To": "t", "Call-ID": "i", "Contact": "m", "Content-Length": "l",
           "Supported": "k", "Content-Type": "c", "Event": "o"}


class SipDialog:
    def __init__(self, sc, user, domain, lip, lport, transport="TLS", ua="", instance=None, compact=False, auth_user=None):
        self.sc = sc
        r = sc.rng
        self.user = user
        self.auth_user = auth_user or user
        self.domain = domain
        self.lip = lip
        self.lport = lport
        self.tr = transport
        self.ua = ua
        self.inst = instance or mkuuid(r)
        self.callid = "%s@%s" % (hexid(r, 24), lip)
        self.ftag = hexid(r, 10)
        self.totag = None
        self.cseq = 0
        self.compact = compact
        self.nonce = None

    def contact(self, expires=None):
        c = "<sip:%s@%s:%d;transport=%s>;+sip.instance=\"<urn:uuid:%s>\"" % (self.user, self.lip, self.lport, self.tr.lower(), self.inst)
        if expires is not None:
            c += ";expires=%d" % expires
        return c

    def h(self, name, val):
        if self.compact and name in COMPACT:
            return "%s: %s" % (COMPACT[name], val)
        return "%s: %s" % (name, val)

    def register(self, auth=None, proxy_auth=False, expires=3600):
        r = self.sc.rng
        self.cseq += 1
        self.branch = "z9hG4bK" + hexid(r, 12)
        self.via = "SIP/2.0/%s %s:%d;branch=%s;rport" % (self.tr, self.lip, self.lport, self.branch)
        L = ["REGISTER sip:%s SIP/2.0" % self.domain,
             self.h("Via", self.via),
             "Max-Forwards: 70",
             self.h("From", "<sip:%s@%s>;tag=%s" % (self.user, self.domain, self.ftag)),
             self.h("To", "<sip:%s@%s>" % (self.user, self.domain)),
             self.h("Call-ID", self.callid),
             "CSeq: %d REGISTER" % self.cseq,
             self.h("Contact", self.contact()),
             "Expires: %d" % expires,
             "Allow: INVITE, ACK, CANCEL, BYE, REFER, NOTIFY, OPTIONS, INFO, UPDATE, PRACK, MESSAGE",
             self.h("Supported", "path, gruu, outbound, replaces"),
             "User-Agent: %s" % self.ua]
        if auth:
            hn = "Proxy-Authorization" if proxy_auth else "Authorization"
            L.append("%s: Digest username=\"%s\",realm=\"%s\",nonce=\"%s\",uri=\"sip:%s\",response=\"%s\",algorithm=MD5,cnonce=\"%s\",qop=auth,nc=%08x"
                     % (hn, self.auth_user, auth, self.nonce, self.domain, hexid(r, 32), hexid(r, 8), 1))
        L.append(self.h("Content-Length", "0"))
        return L

    def response(self, code, reason, extra=(), contacts=None, to_tag=True):
        r = self.sc.rng
        if to_tag and not self.totag:
            self.totag = hexid(r, 8)
        L = ["SIP/2.0 %d %s" % (code, reason),
             self.h("Via", self.via + ";received=%s" % self.sc.id.get("public_ip", self.lip)),
             self.h("From", "<sip:%s@%s>;tag=%s" % (self.user, self.domain, self.ftag)),
             self.h("To", "<sip:%s@%s>%s" % (self.user, self.domain, (";tag=" + self.totag) if to_tag else "")),
             self.h("Call-ID", self.callid),
             "CSeq: %d REGISTER" % self.cseq]
        for c in contacts or []:
            L.append(self.h("Contact", c))
        L.extend(extra)
        L.append(self.h("Content-Length", "0"))
        return L

    def challenge(self, code=401, realm="BroadWorks"):
        r = self.sc.rng
        self.nonce = hexid(r, 32)
        hn = "WWW-Authenticate" if code == 401 else "Proxy-Authenticate"
        reason = "Unauthorized" if code == 401 else "Proxy Authentication Required"
        return self.response(code, reason, extra=["%s: Digest realm=\"%s\",nonce=\"%s\",qop=\"auth\",algorithm=MD5,stale=FALSE" % (hn, realm, self.nonce)])


# --------------------------------------------------------------------------
# packaging
# --------------------------------------------------------------------------
FIXED = (2025, 3, 1, 12, 0, 0)


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(files):
            data = files[path]
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(path, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def gz_bytes(data, name=None):
    bio = io.BytesIO()
    with gzip.GzipFile(filename=name or "", mode="wb", fileobj=bio, mtime=0) as g:
        g.write(data)
    return bio.getvalue()


def write_zip(name, files):
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(zip_bytes(files))


def write_folder(name, files):
    root = os.path.join(OUT, name)
    if os.path.isdir(root):
        import shutil
        shutil.rmtree(root)
    for p, data in files.items():
        full = os.path.join(root, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(full, "wb") as f:
            f.write(data)
