"""Building blocks for synthetic Webex-for-BroadWorks support bundles.

Everything here is invented from public protocol knowledge (RFC 3261/3665/3680,
HTTP, CLF, logcat threadtime) and the public troubleshooting guide.  Nothing is
copied from any real log.  Addresses are documentation ranges only.
"""
import gzip
import hashlib
import io
import os
import random
import shutil
import uuid
import zipfile
from datetime import datetime, timedelta, timezone

UTC = timezone.utc


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def rhex(r, n):
    return ''.join(r.choice('0123456789abcdef') for _ in range(n))


def lineno(*parts):
    h = hashlib.md5('|'.join(parts).encode()).hexdigest()
    return 20 + int(h[:6], 16) % 2400


REASON = {100: 'Trying', 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content',
          301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
          400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
          405: 'Method Not Allowed', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
          409: 'Conflict', 423: 'Interval Too Brief', 429: 'Too Many Requests',
          480: 'Temporarily Unavailable', 500: 'Internal Server Error', 502: 'Bad Gateway',
          503: 'Service Unavailable', 504: 'Gateway Timeout'}

LVL_WORD = {'D': 'Debug', 'I': 'Info', 'W': 'Warning', 'E': 'Error'}
LVL_CSF = {'D': 'DEBUG', 'I': 'INFO', 'W': 'WARN', 'E': 'ERROR'}


# --------------------------------------------------------------------------
# A client log being written
# --------------------------------------------------------------------------
class Log:
    """kind: 'desk' (Webex grammar), 'logcat' (threadtime).  iOS logs are 'desk'
    with csf() lines mixed in.  names maps a role to (file, func[, sep]) for desk
    or to a tag for logcat."""

    def __init__(self, r, start, kind='desk', names=None, brackets=False,
                 thread_style='win', local_offset_h=0, pid=None, eol='\n'):
        self.r = r
        self.t = start
        self.kind = kind
        self.names = names or {}
        self.brackets = brackets
        self.thread_style = thread_style
        self.off = local_offset_h
        self.pid = pid or r.randint(3000, 29000)
        self.out = []
        self.eol = eol
        self._threads = {}
        self._tids = {}
        self._last = None

    # clock -------------------------------------------------------------
    def step(self, lo=1, hi=180):
        self.t += timedelta(milliseconds=self.r.randint(lo, hi))

    def wait(self, seconds):
        self.t += timedelta(seconds=seconds)

    # prefix pieces ------------------------------------------------------
    def thread(self, key):
        if key not in self._threads:
            r = self.r
            if self.thread_style == 'win':
                v = '0x%x' % r.randint(0x100, 0xfff0)
            elif self.thread_style == 'mac':
                v = '0x%x' % r.choice([0x700000000000 + r.randint(0, 0xfffff) * 0x1000,
                                       0x10000000000 + r.randint(0, 0xffffff) * 0x10])
            elif self.thread_style == 'ios':
                v = '0x%x' % (0x16b000000 + r.randint(0, 0xfff) * 0x1000)
            else:
                v = str(r.randint(1000, 30000))
            self._threads[key] = v
        return self._threads[key]

    def tid(self, key):
        if key not in self._tids:
            self._tids[key] = self.pid if key == 'main' else self.pid + self.r.randint(5, 900)
        return self._tids[key]

    def ts(self):
        t = self.t
        if self.kind == 'logcat':
            t = t + timedelta(hours=self.off)
            return t.strftime('%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d' % (t.microsecond // 1000) + 'Z'

    def role(self, role):
        n = self.names.get(role)
        if n is None:
            n = (role + '.cpp', role) if self.kind == 'desk' else role
        return n

    # writers -------------------------------------------------------------
    def w(self, lvl, role, msg, adv=(1, 160)):
        """One log line for a named role."""
        self.step(*adv)
        if self.kind == 'logcat':
            tag = self.role(role)
            if isinstance(tag, tuple):
                tag = tag[0]
            self._last = (lvl, tag)
            self.out.append('%s %5d %5d %s %-8s: %s' % (self.ts(), self.pid, self.tid(tag), lvl, tag, msg))
        else:
            spec = self.role(role)
            f, fn = spec[0], spec[1]
            sep = spec[2] if len(spec) > 2 else ':'
            self.out.append(self._desk(lvl, f, fn, sep, msg, role))

    def wf(self, lvl, f, fn, msg, tag=None, adv=(1, 160), sep=':'):
        """One log line with an explicit file / function (or logcat tag)."""
        self.step(*adv)
        if self.kind == 'logcat':
            tag = tag or f.split('.')[0][:12]
            self._last = (lvl, tag)
            self.out.append('%s %5d %5d %s %-8s: %s' % (self.ts(), self.pid, self.tid(tag), lvl, tag, msg))
        else:
            self.out.append(self._desk(lvl, f, fn, sep, msg, 'pool%d' % (lineno(f) % 6)))

    def _desk(self, lvl, f, fn, sep, msg, tkey):
        th = self.thread(tkey)
        mid = '[%s][]' % th if self.brackets else '[%s] ' % th
        return '%s <%s> %s%s:%d %s%s%s' % (self.ts(), LVL_WORD[lvl], mid, f, lineno(f, fn), fn, sep, msg)

    def csf(self, lvl, path, logger, func, msg, adv=(1, 160)):
        """Older CSF-shaped line (iOS)."""
        self.step(*adv)
        t = self.t
        s = t.strftime('%Y-%m-%d %H:%M:%S,') + '%03d' % (t.microsecond // 1000)
        th = self.thread('csf:' + logger)
        self.out.append('%s %s [%s] [%s(%d)] [%s] [%s] - %s' % (
            s, LVL_CSF[lvl], th, path, lineno(path, func), logger, func, msg))

    def cont(self, text):
        """Continuation lines.  In a logcat dump every line of a multi-line
        message carries the prefix of the line that started it."""
        if isinstance(text, str):
            text = text.split('\n')
        if self.kind == 'logcat' and self._last:
            lvl, tag = self._last
            for x in text:
                self.out.append('%s %5d %5d %s %-8s: %s' % (self.ts(), self.pid, self.tid(tag), lvl, tag, x))
            return
        self.out.extend(text)

    def other(self, line):
        """A raw line (e.g. another process in logcat)."""
        self.out.append(line)

    def other_proc(self, lvl, tag, msg, pid=None):
        self.step(1, 90)
        pid = pid or 1234
        self.out.append('%s %5d %5d %s %-8s: %s' % (self.ts(), pid, pid + self.r.randint(0, 60), lvl, tag, msg))

    def text(self):
        return self.eol.join(self.out) + self.eol


# --------------------------------------------------------------------------
# Noise
# --------------------------------------------------------------------------
def _pick(r, seq):
    return seq[r.randrange(len(seq))]


def _desk_noise(r, L, ctx):
    u = ruuid
    c = r.randrange(64)
    hostpick = lambda: _pick(r, ['conv-a.example.com', 'locus-a.example.com', 'wdm-a.example.com',
                                 'u2c.example.com', 'avatar-prod.example.org', 'hydra-a.example.com',
                                 'metrics-a.example.com', 'kms-eu.example.com', 'calendar-a.example.com'])
    tid = lambda: 'CLIENT_' + u(r) if r.random() < .7 else 'NATIVE_' + rhex(r, 8) + '_' + str(r.randint(10, 999))
    if c < 6:
        L.wf('D', 'PresenceService.cpp', 'PresenceService::onStatusEvent',
             'status for %s -> %s (expires in %ds)' % (u(r), _pick(r, ['active', 'inactive', 'dnd', 'meeting', 'presenting', 'ooo', 'call']), r.randint(60, 900)))
    elif c < 10:
        L.wf('D', 'MercuryConnection.cpp', 'MercuryConnection::onPong',
             'pong id=%s rtt=%dms buffered=%d' % (rhex(r, 8), r.randint(20, 240), r.randint(0, 3)))
    elif c < 13:
        L.wf('I', 'LocusManager.cpp', 'LocusManager::syncLoci', 'sync done: %d loci, %d changed, took %dms' % (r.randint(0, 6), r.randint(0, 2), r.randint(30, 700)))
    elif c < 16:
        L.wf('I', 'CalendarService.cpp', 'CalendarService::refreshWindow', 'fetched %d meetings (window %d days), next in %d min' % (r.randint(0, 14), 7, r.randint(3, 240)))
    elif c < 20:
        L.wf('D', 'TelemetryUploader.cpp', 'TelemetryUploader::flush', 'uploaded %d events (%d bytes) to metrics endpoint' % (r.randint(1, 60), r.randint(400, 90000)))
    elif c < 23:
        if ctx.get('plat') == 'mac':
            f, fn = _pick(r, [('MainWindowController.mm', '-[MainWindowController windowDidResize:]'), ('SidebarViewController.mm', '-[SidebarViewController viewDidLayout]')])
        else:
            f, fn = _pick(r, [('MainWindow.cpp', 'MainWindow::onGeometryChanged'), ('SidebarView.cpp', 'SidebarView::layout')])
        L.wf('D', f, fn, 'geometry %dx%d scale=%s' % (r.randint(900, 2560), r.randint(600, 1440), _pick(r, ['1.0', '1.25', '1.5', '2.0'])))
    elif c < 28:
        L.wf('D', 'ConversationSync.cpp', 'ConversationSync::processActivity', 'activity %s verb=%s conv=%s' % (u(r), _pick(r, ['post', 'acknowledge', 'share', 'update', 'add']), u(r)))
    elif c < 30:
        L.wf('W', 'AvatarCache.cpp', 'AvatarCache::onFetchComplete', 'avatar for %s not available (HTTP 404), using initials' % u(r))
    elif c < 33:
        L.wf('D', 'KmsClient.cpp', 'KmsClient::resolveKey', 'kms://kms-eu.example.com/keys/%s resolved in %dms' % (u(r), r.randint(4, 300)))
    elif c < 35:
        L.wf('I', 'NetworkMonitor.cpp', 'NetworkMonitor::onReachabilityChanged', 'reachable=true iface=%s addr=192.0.2.%d' % (_pick(r, ['Wi-Fi', 'Ethernet', 'en0']), ctx.get('lan', 23)))
    elif c < 37:
        L.wf('I', 'AudioDeviceManager.cpp', 'AudioDeviceManager::enumerate', 'capture=%d render=%d default="%s"' % (r.randint(1, 4), r.randint(1, 5), _pick(r, ['Headset (Contoso H310)', 'Microphone Array (Intel Smart Sound)', 'Speakers (Realtek(R) Audio)', 'Echo Cancelling Speakerphone'])))
    elif c < 38:
        if r.random() > 0.08:
            L.wf('D', 'UIThreadWatchdog.cpp', 'UIThreadWatchdog::tick', 'ui thread latency %dms' % r.randint(1, 40))
            return
        L.wf('E', 'E911RedSkyHttpRequester.cpp', 'E911RedSkyHttpRequester::getAccessTokenRequest::<lambda_2>::operator ()', 'E911RedSky: ERROR: request http or server error 401')
    elif c < 44:
        st = _pick(r, [200, 200, 200, 200, 200, 204, 304, 200, 404])
        L.wf('D', 'RestClient.cpp', 'RestClient::onComplete', '%s https://%s/%s status=%d tid=%s %dms' % (
            _pick(r, ['GET', 'GET', 'PUT', 'POST']), hostpick(), _pick(r, ['api/v1/activities', 'api/v1/devices/%s' % u(r), 'api/v1/conversations?participantsLimit=0', 'api/v1/loci', 'api/v1/people/%s' % u(r), 'api/v1/preferences']),
            st, tid(), r.randint(20, 900)))
    elif c < 46:
        L.wf('I', 'FeatureToggleService.cpp', 'FeatureToggleService::onToggles', 'loaded %d toggles (%d overrides)' % (r.randint(300, 700), r.randint(0, 9)))
    elif c < 48:
        L.wf('D', 'SearchService.cpp', 'SearchService::query', 'directory query len=%d results=%d' % (r.randint(1, 12), r.randint(0, 25)))
    elif c < 50:
        L.wf('D', 'WhiteboardService.cpp', 'WhiteboardService::syncBoards', 'boards=%d dirty=0' % r.randint(0, 8))
    elif c < 52:
        L.wf('I', 'MeetingsManager.cpp', 'MeetingsManager::onScheduleChanged', 'upcoming meeting %s starts in %d min' % (rhex(r, 10), r.randint(2, 300)))
    elif c < 54:
        L.wf('D', 'ProximityService.cpp', 'ProximityService::scan', 'ultrasound scan: no device found (%dms)' % r.randint(500, 4000))
    elif c < 56:
        L.wf('D', 'UnreadCounter.cpp', 'UnreadCounter::recalc', 'unread spaces=%d mentions=%d' % (r.randint(0, 40), r.randint(0, 3)))
    elif c < 58:
        L.wf('I', 'TokenRefresher.cpp', 'TokenRefresher::schedule', 'access token valid for %ds, refresh scheduled' % r.randint(600, 43000))
    elif c < 60:
        L.wf('D', 'ImageDecoder.cpp', 'ImageDecoder::decode', 'thumbnail %dx%d decoded in %dms' % (r.randint(64, 640), r.randint(64, 480), r.randint(1, 40)))
    elif c < 62:
        L.wf('W', 'TeamsSync.cpp', 'TeamsSync::onError', 'team %s sync deferred: rate limited (HTTP 429), retry in %ds' % (u(r), r.randint(5, 60)))
    else:
        L.wf('D', 'CrashReporter.cpp', 'CrashReporter::heartbeat', 'alive, mem=%dMB threads=%d' % (r.randint(280, 900), r.randint(60, 140)))


def _ios_noise(r, L, ctx):
    u = ruuid
    c = r.randrange(30)
    if c < 5:
        L.csf(_pick(r, ['D', 'D', 'I']), 'src/csf/netutils/dns/DnsResolver.cpp', 'csf.netutils', 'resolve',
              'resolved %s -> 198.51.100.%d in %dms' % (_pick(r, ['u2c.example.com', 'wdm-a.example.com', 'conv-a.example.com']), r.randint(2, 250), r.randint(2, 80)))
    elif c < 8:
        L.csf('D', 'src/csf/config/ConfigStore.cpp', 'csf.config', 'getValue', 'key=%s value=<%d bytes>' % (_pick(r, ['ui.theme', 'calling.ringtone', 'sync.window', 'telemetry.level']), r.randint(1, 60)))
    elif c < 14:
        L.wf('D', _pick(r, ['PresenceStore.swift', 'RosterViewModel.swift']), _pick(r, ['PresenceStore.apply(_:)', 'RosterViewModel.reload()']),
             'presence %s -> %s' % (u(r), _pick(r, ['active', 'inactive', 'dnd', 'meeting'])))
    elif c < 18:
        L.wf('D', 'MercurySocket.swift', 'MercurySocket.didReceive(_:)', 'event type=%s seq=%d' % (_pick(r, ['conversation.activity', 'locus.difference', 'apheleia.presence', 'janus.user_sessions']), r.randint(1000, 90000)))
    elif c < 21:
        L.wf('I', 'AppLifecycle.mm', '-[AppLifecycle applicationState]', 'state=%s background_time_remaining=%s' % (_pick(r, ['active', 'inactive', 'background']), _pick(r, ['inf', '29.8', '178.2'])))
    elif c < 24:
        L.wf('D', 'MetricsReporter.swift', 'MetricsReporter.flush()', 'sent %d metrics' % r.randint(1, 40))
    elif c < 26:
        L.wf('W', 'AvatarLoader.swift', 'AvatarLoader.load(for:)', 'no avatar for %s (404)' % u(r))
    elif c < 28:
        L.wf('D', 'KeychainStore.mm', '-[KeychainStore read:]', 'item %s found' % _pick(r, ['ci.refresh', 'kms.ephemeral', 'device.url']))
    else:
        L.wf('I', 'PushRegistry.swift', 'PushRegistry.didUpdate(_:)', 'voip push token updated (%d bytes)' % 32)


def _logcat_noise(r, L, ctx):
    u = ruuid
    c = r.randrange(40)
    if c < 6:
        L.wf('D', 'Presence', '', 'status %s -> %s' % (u(r), _pick(r, ['ACTIVE', 'INACTIVE', 'DND', 'MEETING'])), tag='Presence')
    elif c < 10:
        L.wf('D', 'Mercury', '', 'onMessage type=%s len=%d' % (_pick(r, ['conversation.activity', 'locus.difference', 'janus.user_sessions']), r.randint(200, 9000)), tag='Mercury')
    elif c < 13:
        L.wf('I', 'ConvSync', '', 'synced %d conversations in %dms' % (r.randint(0, 30), r.randint(10, 900)), tag='ConvSync')
    elif c < 16:
        L.wf('D', 'Telemetry', '', 'batch queued size=%d' % r.randint(1, 50), tag='Telemetry')
    elif c < 20:
        st = _pick(r, [200, 200, 200, 204, 200, 404])
        L.wf('D', 'WbxRest', '', '%s %s -> %d (%dms)' % (_pick(r, ['GET', 'POST']), _pick(r, ['https://conv-a.example.com/conversation/api/v1/activities', 'https://wdm-a.example.com/wdm/api/v1/devices', 'https://avatar-prod.example.org/api/v1/profile/%s' % u(r)]), st, r.randint(30, 800)), tag='WbxRest')
    elif c < 23:
        L.other_proc(_pick(r, ['I', 'D']), _pick(r, ['ActivityManager', 'WindowManager', 'InputMethodManager']),
                     _pick(r, ['Displayed com.cisco.wx2.android/.HomeActivity: +%dms' % r.randint(90, 900), 'Focus request from com.cisco.wx2.android', 'Relayout returned: old=[0,0][1080,2400] new=[0,0][1080,2400]']), pid=ctx.get('syspid', 1290))
    elif c < 25:
        L.other_proc('D', 'ConnectivityService', 'NetworkAgentInfo [WIFI () - 101] validation passed', pid=ctx.get('syspid', 1290))
    elif c < 28:
        L.wf('I', 'AudioManager', '', 'audio route %s' % _pick(r, ['SPEAKER', 'EARPIECE', 'BLUETOOTH_SCO', 'WIRED_HEADSET']), tag='WxAudio')
    elif c < 30:
        L.wf('D', 'FirebaseMsg', '', 'push received collapse_key=%s' % rhex(r, 6), tag='FirebaseMsg')
    elif c < 32:
        L.wf('I', 'WorkManager', '', 'Worker result SUCCESS for Work [ id=%s, tags={ com.cisco.wx2.android.SyncWorker } ]' % u(r), tag='WM-WorkerWrapper')
    elif c < 34:
        L.wf('D', 'chromium', '', '[INFO:CONSOLE(1)] "widget ready", source: about:blank (1)', tag='chromium')
    elif c < 36:
        L.wf('W', 'WxImage', '', 'thumbnail cache miss %s' % u(r), tag='WxImage')
    elif c < 38:
        L.other_proc('I', 'chatty', 'uid=10%d(com.cisco.wx2.android) identical %d lines' % (r.randint(100, 400), r.randint(2, 40)), pid=L.pid)
    else:
        L.wf('D', 'Lifecycle', '', 'onTrimMemory level=%d' % _pick(r, [5, 10, 15, 20, 40]), tag='WxApp')


def noise(L, n, ctx=None, mean_ms=150, flavor=None):
    """n unrelated lines.  mean_ms: average spacing."""
    ctx = ctx or {}
    r = L.r
    flavor = flavor or ('logcat' if L.kind == 'logcat' else 'desk')
    for _ in range(n):
        L.step(0, max(2, 2 * mean_ms))
        if flavor == 'logcat':
            _logcat_noise(r, L, ctx)
        elif flavor == 'ios':
            _ios_noise(r, L, ctx)
        else:
            _desk_noise(r, L, ctx)
        # noise helpers already stepped a little; keep time moving


# --------------------------------------------------------------------------
# SIP
# --------------------------------------------------------------------------
COMPACT = {'Via': 'v', 'From': 'f', 'To': 't', 'Call-ID': 'i', 'Contact': 'm', 'Content-Length': 'l',
           'Content-Type': 'c', 'Supported': 'k', 'Event': 'o', 'Subject': 's'}


class Msg:
    def __init__(self, start, headers, body=''):
        self.start = start
        self.headers = list(headers)
        self.body = body

    def lines(self, compact=False):
        out = [self.start]
        blen = len(self.body.replace('\n', '\r\n').encode()) if self.body else 0
        for n, v in self.headers:
            if n == 'Content-Length':
                v = str(blen)
            out.append('%s: %s' % (COMPACT.get(n, n) if compact else n, v))
        out.append('')
        if self.body:
            out.extend(self.body.split('\n'))
        return out

    def hdr(self, name):
        for n, v in self.headers:
            if n == name:
                return v


class SipUA:
    def __init__(self, r, user, domain, local_ip, local_port, transport, ua, expires=3600,
                 auth_user=None, realm='BroadWorks', display=None):
        self.r = r
        self.user, self.domain = user, domain
        self.auth_user = auth_user or user
        self.ip, self.port, self.tp = local_ip, local_port, transport
        self.ua = ua
        self.expires = expires
        self.realm = realm
        self.instance = ruuid(r)
        self.call_id = rhex(r, 24) + '@' + local_ip if r.random() < .5 else ruuid(r)
        self.tag = rhex(r, 8)
        self.cseq = r.randint(1, 40)
        self.display = display

    def contact(self, with_expires=False, exp=None):
        c = '<sip:%s@%s:%d;transport=%s>;+sip.instance="<urn:uuid:%s>"' % (
            self.user, self.ip, self.port, self.tp.lower(), self.instance)
        if with_expires:
            c += ';expires=%d' % (exp if exp is not None else self.expires)
        return c

    def register(self, auth=None, proxy=False, expires=None):
        self.cseq += 1
        br = 'z9hG4bK' + rhex(self.r, 12)
        frm = ('"%s" ' % self.display if self.display else '') + '<sip:%s@%s>;tag=%s' % (self.user, self.domain, self.tag)
        h = [('Via', 'SIP/2.0/%s %s:%d;branch=%s;rport' % (self.tp, self.ip, self.port, br)),
             ('Max-Forwards', '70'),
             ('From', frm),
             ('To', '<sip:%s@%s>' % (self.user, self.domain)),
             ('Call-ID', self.call_id),
             ('CSeq', '%d REGISTER' % self.cseq),
             ('Contact', self.contact()),
             ('Expires', str(self.expires if expires is None else expires)),
             ('Allow', 'INVITE, ACK, CANCEL, BYE, NOTIFY, REFER, OPTIONS, UPDATE, PRACK, INFO, SUBSCRIBE'),
             ('Supported', 'path, gruu, outbound, replaces'),
             ('User-Agent', self.ua)]
        if auth:
            h.append(('Proxy-Authorization' if proxy else 'Authorization', auth))
        h.append(('Content-Length', '0'))
        return Msg('REGISTER sip:%s SIP/2.0' % self.domain, h)

    def digest(self, nonce, uri=None, nc=1):
        r = self.r
        return ('Digest username="%s",realm="%s",nonce="%s",uri="%s",response="%s",algorithm=MD5,'
                'cnonce="%s",qop=auth,nc=%08x' % (self.auth_user, self.realm, nonce, uri or 'sip:' + self.domain,
                                                   rhex(r, 32), rhex(r, 16), nc))

    def challenge(self, req, code=401, server='SBC'):
        nonce = rhex(self.r, 40)
        name = 'WWW-Authenticate' if code == 401 else 'Proxy-Authenticate'
        extra = [(name, 'Digest realm="%s",nonce="%s",qop="auth",algorithm=MD5,stale=false' % (self.realm, nonce))]
        return self.response(req, code, extra=extra, server=server), nonce

    def response(self, req, code, reason=None, extra=(), contacts=None, server='SBC', received=None):
        r = self.r
        via = req.hdr('Via')
        via = via.replace(';rport', ';rport=%d;received=%s' % (self.port, received or self.ip))
        to = req.hdr('To')
        if code >= 200 and ';tag=' not in to:
            to += ';tag=' + rhex(r, 10)
        h = [('Via', via), ('From', req.hdr('From')), ('To', to), ('Call-ID', req.hdr('Call-ID')),
             ('CSeq', req.hdr('CSeq'))]
        if contacts:
            for c in contacts:
                h.append(('Contact', c))
        h.extend(extra)
        h.append(('Server', server))
        h.append(('Content-Length', '0'))
        return Msg('SIP/2.0 %d %s' % (code, reason or REASON.get(code, 'Unknown')), h)


def reginfo(aor, contacts, version, state='full'):
    """RFC 3680 body. contacts: list of (id, state, event, uri, expires)."""
    lines = ['<?xml version="1.0"?>',
             '<reginfo xmlns="urn:ietf:params:xml:ns:reginfo" version="%d" state="%s">' % (version, state),
             '  <registration aor="%s" id="a%d" state="%s">' % (aor, version, 'active' if any(c[1] == 'active' for c in contacts) else 'terminated')]
    for cid, st, ev, uri, exp in contacts:
        e = ' expires="%d"' % exp if exp is not None else ''
        lines.append('    <contact id="%s" state="%s" event="%s"%s>' % (cid, st, ev, e))
        lines.append('      <uri>%s</uri>' % uri)
        lines.append('    </contact>')
    lines += ['  </registration>', '</reginfo>']
    return '\n'.join(lines)


def sip_print(L, style, role, direction, remote, tp, msg, compact=False, words=None, lvl='I'):
    """Write a SIP message into log L in one of several printings.

    style: block | block_crlf | caret | escaped | prefixed | inline | marked | csf | logcat
    """
    lines = msg.lines(compact)
    out_w, in_w = words or ('Sending SIP message to', 'Received SIP message from')
    word = out_w if direction == 'out' else in_w
    hdr = '%s %s (%s)' % (word, remote, tp)
    while lines and lines[-1] == '' and len(lines) > 1 and lines[-2] == '':
        lines.pop()
    if style in ('block', 'block_crlf', 'caret'):
        L.w(lvl, role, hdr + ':')
        if style == 'block_crlf':
            L.cont([x + '\r' for x in lines])
        elif style == 'caret':
            L.cont([x + '^M' for x in lines])
        else:
            L.cont(lines)
            if lines[-1] != '':
                L.cont([''])
    elif style == 'escaped':
        L.w(lvl, role, '%s len=%d: %s' % (hdr, sum(len(x) + 2 for x in lines), '\\r\\n'.join(lines) + ('\\r\\n' if lines[-1] != '' else '')))
    elif style == 'prefixed':
        arrow = '>>' if direction == 'out' else '<<'
        L.w(lvl, role, '%s %s' % (arrow, hdr))
        for x in lines:
            L.w(lvl, role, '%s %s' % (arrow, x), adv=(0, 0))
    elif style == 'marked':
        mark = '--> ' if direction == 'out' else '<-- '
        L.w(lvl, role, hdr)
        L.cont([mark + x for x in lines])
    elif style == 'inline':
        L.w(lvl, role, '%s: %s' % (hdr, lines[0]))
        L.cont(lines[1:])
    elif style == 'csf':
        L.csf(lvl, 'bwc/sipstack/SipTransportTls.cpp', 'bwc.sip', 'send' if direction == 'out' else 'onRead', 'BWC:SIP: ' + hdr + ':')
        L.cont(lines)
    elif style in ('logcat', 'logcat_caret'):
        L.w(lvl, role, ('>>> ' if direction == 'out' else '<<< ') + hdr)
        for x in lines:
            L.w(lvl, role, x + ('^M' if style == 'logcat_caret' else ''), adv=(0, 0))
    else:
        raise ValueError(style)


# --------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------
def status_lvl(st):
    return 'I' if st < 400 else ('W' if st in (401, 407) else 'E')


def http_print(L, style, role, method, url, status, tid, req_headers=(), resp_headers=(), body=None,
               between=None, reason=None, ms=None, resp_role=None, keys=None):
    """Print one HTTP exchange.  between: callable run between request and answer (noise)."""
    r = L.r
    ms = ms if ms is not None else r.randint(40, 900)
    reason = reason or REASON.get(status, '')
    resp_role = resp_role or role
    keys = keys or {}
    body_lines = body.split('\n') if body else []
    t_req = [None]

    def mark():
        t_req[0] = L.t

    def settle():
        nonlocal ms
        if t_req[0] is None:
            return
        gap = (L.t - t_req[0]).total_seconds() * 1000
        if gap < ms:
            L.t = t_req[0] + timedelta(milliseconds=ms)
        else:
            ms = int(gap) + r.randint(1, 30)
    from urllib.parse import urlsplit
    sp = urlsplit(url)
    path = sp.path + ('?' + sp.query if sp.query else '')

    if style == 'kv':
        k_m, k_u, k_t, k_s = keys.get('m', 'method'), keys.get('u', 'url'), keys.get('t', 'trackingId'), keys.get('s', 'status')
        L.w('I', role, 'request %s=%s %s=%s %s=%s' % (k_m, method, k_u, url, k_t, tid))
        mark()
        if between:
            between()
        settle()
        L.w(status_lvl(status), resp_role, 'response %s=%s %s=%d elapsedMs=%d' % (k_t, tid, k_s, status, ms))
        if body_lines:
            L.cont(body_lines)
    elif style == 'json':
        import json as _j
        req = {'method': method, 'uri': url, 'headers': dict([('TrackingID', tid)] + list(req_headers))}
        L.w('I', role, 'HTTP >> ' + _j.dumps(req, separators=(',', ':')))
        mark()
        if between:
            between()
        settle()
        resp = {'trackingId': tid, 'statusCode': status, 'statusText': reason, 'latencyMs': ms}
        if body and len(body) < 400:
            resp['body'] = body
        L.w(status_lvl(status), resp_role, 'HTTP << ' + _j.dumps(resp, separators=(',', ':')))
        if body and len(body) >= 400:
            L.cont(body_lines)
    elif style == 'dump':
        L.w('I', role, '>>> HTTP request #%d' % r.randint(100, 9999))
        L.cont(['%s %s HTTP/1.1' % (method, path), 'Host: %s' % sp.netloc, 'TrackingID: %s' % tid] +
               ['%s: %s' % kv for kv in req_headers] + [''])
        mark()
        if between:
            between()
        settle()
        L.w(status_lvl(status), resp_role, '<<< HTTP response for TrackingID %s (%d ms)' % (tid, ms))
        L.cont(['HTTP/1.1 %d %s' % (status, reason)] + ['%s: %s' % kv for kv in resp_headers] + [''] + body_lines +
               ([''] if body_lines else []))
    elif style == 'colon':
        L.w('I', role, 'Sending request: url: %s, method: %s, trackingid: %s' % (url, method, tid))
        mark()
        if between:
            between()
        settle()
        L.w(status_lvl(status), resp_role, 'Request trackingid: %s finished, httpStatus = [%d]' % (tid, status))
        if body_lines:
            L.cont(body_lines)
    elif style == 'arrow':
        if between:
            between()
        L.w(status_lvl(status), role, '%s %s [%s] -> %d %s (%d ms)' % (method, url, tid, status, reason, ms))
        if body_lines:
            L.cont(body_lines)
    elif style == 'swift':
        task = r.randint(10, 400)
        L.w('I', role, 'Task <%s>.<%d> %s %s headers=["TrackingID": "%s"]' % (ruuid(r).upper(), task, method, url, tid))
        mark()
        if between:
            between()
        settle()
        L.w(status_lvl(status), resp_role, 'Task .<%d> finished TrackingID=%s statusCode: %d (%s)' % (task, tid, status, reason))
        if body_lines:
            L.cont(body_lines)
    elif style == 'okhttp':
        L.w('I', role, '--> %s %s' % (method, url))
        L.w('I', role, 'TrackingID: %s' % tid, adv=(0, 1))
        for kv in req_headers:
            L.w('I', role, '%s: %s' % kv, adv=(0, 1))
        L.w('I', role, '--> END %s' % method, adv=(0, 1))
        mark()
        if between:
            between()
        settle()
        L.w('I', resp_role, '<-- %d %s %s (%dms)' % (status, reason, url, ms))
        for kv in resp_headers:
            L.w('I', resp_role, '%s: %s' % kv, adv=(0, 1))
        if body_lines:
            L.w('I', resp_role, '', adv=(0, 1))
            for b in body_lines:
                L.w('I', resp_role, b, adv=(0, 0))
        L.w('I', resp_role, '<-- END HTTP (%d-byte body)' % len(body or ''), adv=(0, 1))
    elif style == 'csf':
        L.csf('I', 'src/csf/http/HttpClientImpl.cpp', 'csf.http', 'sendRequest', 'HTTP %s %s (trackingID=%s)' % (method, url, tid))
        mark()
        if between:
            between()
        settle()
        L.csf('I' if status < 400 else 'ERROR'[0], 'src/csf/http/HttpClientImpl.cpp', 'csf.http', 'onResponse',
              'trackingID=%s HTTP/1.1 %d %s' % (tid, status, reason))
        if body_lines:
            L.cont(body_lines)
    else:
        raise ValueError(style)


# --------------------------------------------------------------------------
# Payloads
# --------------------------------------------------------------------------
def devices_xml(devs, xsp_host, pretty=True):
    """devs: list of (deviceType, name, linePort, dmsPath)"""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<AccessDevices xmlns="http://schema.broadsoft.com/xsi">']
    for typ, name, lp, path in devs:
        out += ['  <accessDevice>',
                '    <deviceName>%s</deviceName>' % name,
                '    <deviceLevel>Group</deviceLevel>',
                '    <deviceLinePort>%s</deviceLinePort>' % lp,
                '    <deviceType>%s</deviceType>' % typ,
                '    <deviceTypeUrl>https://%s%s</deviceTypeUrl>' % (xsp_host, path),
                '    <deviceUserNamePassword>',
                '      <userName>%s</userName>' % lp.split('@')[0],
                '      <password>********</password>',
                '    </deviceUserNamePassword>',
                '    <endpointType>%s</endpointType>' % ('Primary' if 'PC' in typ else 'Shared Call Appearance'),
                '  </accessDevice>']
    out.append('</AccessDevices>')
    if not pretty:
        return ''.join(x.strip() for x in out)
    return '\n'.join(out)


def config_xml(c, tag_left=None, encoding='UTF-8'):
    """c: dict with sbc_host, sbc_port, transport, sip_user, domain, name, phone, ext, xsp"""
    proxy_addr = tag_left if tag_left == '%SBC_ADDRESS_WXT%' else c['sbc_host']
    proxy_port = tag_left if tag_left == '%SBC_PORT_WXT%' else str(c['sbc_port'])
    tp = c['transport'].upper()
    x = ['<?xml version="1.0" encoding="%s"?>' % encoding,
         '<config>',
         '<protocols>',
         '<sip>',
         '  <transports>',
         '    <udp><enabled>%s</enabled></udp>' % ('true' if tp == 'UDP' else 'false'),
         '    <tcp><enabled>%s</enabled></tcp>' % ('true' if tp == 'TCP' else 'false'),
         '    <tls><enabled>%s</enabled></tls>' % ('true' if tp == 'TLS' else 'false'),
         '    <tcp-size-threshold>0</tcp-size-threshold>',
         '  </transports>',
         '  <enable-transports-auto-discovery enabled="false"/>',
         '  <proxy address="%s" port="%s"/>' % (proxy_addr, proxy_port),
         '  <preferred-port>%s</preferred-port>' % proxy_port,
         '  <register-failover enabled="true"/>',
         '  <lines>',
         '    <line>',
         '      <label>%s</label>' % c['name'],
         '      <name>%s</name>' % c['name'],
         '      <phone-number>%s</phone-number>' % c['phone'],
         '      <extension>%s</extension>' % c['ext'],
         '      <domain>%s</domain>' % c['domain'],
         '      <credentials>',
         '        <username>%s</username>' % c['sip_user'],
         '        <password>********</password>',
         '        <auth>',
         '          <auth-user>%s</auth-user>' % c['sip_user'],
         '        </auth>',
         '      </credentials>',
         '    </line>',
         '  </lines>',
         '  <refresh-timeout>3600</refresh-timeout>',
         '  <keep-alive enabled="true"><timeout>30</timeout></keep-alive>',
         '</sip>',
         '<xsi>',
         '  <paths><root>https://%s</root><actions>/com.broadsoft.xsi-actions/</actions><events>/com.broadsoft.xsi-events/</events></paths>' % c['xsp'],
         '  <enable-xsi-event-channel enabled="true"/>',
         '</xsi>',
         '</protocols>',
         '<services>',
         '  <calls>',
         '    <call-forwarding-always enabled="true"/>',
         '    <conference enabled="true"/>',
         '    <call-park enabled="%s"/>' % ('true' if tag_left != '%ENABLE_CALL_PARK_WXT%' else tag_left),
         '    <voicemail enabled="true"/>',
         '  </calls>',
         '  <call-center-agent enabled="false"/>',
         '  <emergency-dialing enabled="true"/>',
         '</services>',
         '</config>']
    return '\n'.join(x)


# --------------------------------------------------------------------------
# BroadWorks server log helpers
# --------------------------------------------------------------------------
TZ_OFF = {'UTC': 0, 'GMT': 0, 'BST': 1, 'CET': 1, 'CEST': 2, 'EET': 2, 'EEST': 3, 'EST': -5, 'EDT': -4,
          'CST': -6, 'CDT': -5, 'PST': -8, 'PDT': -7, 'BRT': -3, 'AEST': 10, 'AEDT': 11, 'IST': 5.5,
          'JST': 9, 'SGT': 8, 'NZDT': 13}


class BwLog:
    """BroadWorks server log (pipe header + continuation lines)."""

    def __init__(self, r, start_utc, tz):
        self.r = r
        self.t = start_utc
        self.tz = tz
        self.out = []

    def step(self, lo=1, hi=400):
        self.t += timedelta(milliseconds=self.r.randint(lo, hi))

    def ts(self):
        t = self.t + timedelta(hours=TZ_OFF[self.tz])
        return t.strftime('%Y.%m.%d %H:%M:%S:') + '%03d' % (t.microsecond // 1000) + ' ' + self.tz

    def clf_ts(self):
        off = TZ_OFF[self.tz]
        t = self.t + timedelta(hours=off)
        sign = '+' if off >= 0 else '-'
        a = abs(off)
        return t.strftime('%d/%b/%Y:%H:%M:%S ') + '%s%02d%02d' % (sign, int(a), int(round((a - int(a)) * 60)))

    def hdr(self, level, cat, *fields, adv=(1, 400)):
        self.step(*adv)
        parts = [self.ts(), '%-10s' % level, cat] + list(fields)
        self.out.append(' | '.join(parts) + ' |')

    def line(self, level, cat, msg, adv=(1, 400)):
        self.step(*adv)
        self.out.append('%s | %-10s | %s | %s' % (self.ts(), level, cat, msg))

    def cont(self, text, indent=''):
        if isinstance(text, str):
            text = text.split('\n')
        self.out.extend(indent + x if x else x for x in text)

    def raw(self, s):
        self.out.append(s)

    def text(self):
        return '\n'.join(self.out) + '\n'


# --------------------------------------------------------------------------
# Containers
# --------------------------------------------------------------------------
def gz(data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as g:
        g.write(data)
    return buf.getvalue()


def zip_bytes(files, date=(2024, 1, 1, 0, 0, 0)):
    """files: dict path -> str|bytes"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for p, d in files.items():
            if isinstance(d, str):
                d = d.encode('utf-8')
            zi = zipfile.ZipInfo(p, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, d)
    return buf.getvalue()


def write_bundle(out_dir, name, files, as_zip=True, date=(2024, 1, 1, 0, 0, 0)):
    path = os.path.join(out_dir, name)
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)
    if as_zip:
        with open(path, 'wb') as f:
            f.write(zip_bytes(files, date))
    else:
        for p, d in files.items():
            fp = os.path.join(path, p)
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, 'wb') as f:
                f.write(d.encode('utf-8') if isinstance(d, str) else d)
    return path


def appledouble(r):
    # a small AppleDouble header, like the ._ files macOS zips carry
    return b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + bytes(r.getrandbits(8) for _ in range(120))


def ced_blob(r, n=3000):
    return b'CED1' + bytes(r.getrandbits(8) for _ in range(n))
