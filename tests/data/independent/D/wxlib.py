"""Helpers for the D-set bundle generator: clocks, log line printers (Webex desktop
grammar, older CSF shape, Android logcat threadtime, BroadWorks server pipe format),
SIP message builders/printers, HTTP printers, noise, and bundle packagers."""
import random, io, os, zipfile, gzip, shutil, datetime as _dt, hashlib, uuid as _uuid

UTC = _dt.timezone.utc


class Clock:
    def __init__(self, rng, start):
        self.r = rng
        self.t = start

    def step(self, lo=2, hi=180):
        self.t += _dt.timedelta(milliseconds=self.r.randint(lo, hi))
        return self.t

    def jump(self, seconds):
        self.t += _dt.timedelta(seconds=seconds, milliseconds=self.r.randint(0, 999))
        return self.t


def rid(rng, n=8, alphabet='0123456789abcdef'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def ruuid(rng):
    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))


# --------------------------------------------------------------------------------------
# Client log writers
# --------------------------------------------------------------------------------------

class WxLog:
    """Webex desktop grammar:
    <ISO UTC ms Z> <Level> [<thread>]<opt []><File.ext>:<line> <Function>:<message>"""

    def __init__(self, clock, threads, empty_brackets=False, eol='\n', lvl_pad=False):
        self.c = clock
        self.r = clock.r
        self.threads = threads
        self.eb = empty_brackets
        self.eol = eol
        self.lines = []
        self.lvl_pad = lvl_pad

    def ts(self):
        t = self.c.t
        return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)

    def L(self, lvl, src, func, msg, thr=None, join=':', step=True):
        if step:
            self.c.step()
        thr = thr or self.r.choice(self.threads)
        lv = '<%s>' % lvl
        if self.lvl_pad:
            lv = lv.ljust(9)
        eb = '[]' if self.eb else ' '
        self.lines.append('%s %s [%s]%s%s %s%s%s' % (self.ts(), lv, thr, eb, src.strip(), func, join, msg))
        return self

    def raw(self, text_lines, eol=None):
        e = '' if eol is None else eol
        for l in text_lines:
            self.lines.append(l + e)
        return self

    def text(self):
        return self.eol.join(self.lines) + self.eol


class CsfLog:
    """Older CSF shape used on iOS: 2024-02-01 05:48:33,461 ERROR [0x6d4ab000] [path/File.cpp(189)] [logger] [function] - message"""

    def __init__(self, target, threads):
        self.w = target  # shares a WxLog's lines/clock
        self.threads = threads

    def L(self, lvl, path, line, logger, func, msg, thr=None):
        c = self.w.c
        c.step()
        t = c.t
        ts = t.strftime('%Y-%m-%d %H:%M:%S,') + '%03d' % (t.microsecond // 1000)
        thr = thr or self.w.r.choice(self.threads)
        self.w.lines.append('%s %s [%s] [%s(%d)] [%s] [%s] - %s' % (ts, lvl.upper(), thr, path, line, logger, func, msg))
        return self


class Logcat:
    """Android logcat -v threadtime: MM-DD HH:MM:SS.mmm  PID  TID L TAG     : msg"""

    def __init__(self, clock, pid, tids, tzoffset_h=0):
        self.c = clock
        self.r = clock.r
        self.pid = pid
        self.tids = tids
        self.lines = []
        self.off = _dt.timedelta(hours=tzoffset_h)

    def ts(self):
        t = self.c.t + self.off
        return t.strftime('%m-%d %H:%M:%S.') + '%03d' % (t.microsecond // 1000)

    def L(self, lvl, tag, msg, tid=None, step=True, pid=None):
        if step:
            self.c.step()
        tid = tid or self.r.choice(self.tids)
        pid = pid or self.pid
        for part in msg.split('\n'):
            self.lines.append('%s %5d %5d %s %-8s: %s' % (self.ts(), pid, tid, lvl, tag, part))
        return self

    def text(self):
        return '\n'.join(self.lines) + '\n'


class BwLog:
    """BroadWorks server log: pipe header + continuation lines."""

    def __init__(self, clock, tzname, tzoffset_h, eol='\n'):
        self.c = clock
        self.r = clock.r
        self.tz = tzname
        self.off = _dt.timedelta(hours=tzoffset_h)
        self.lines = []
        self.eol = eol

    def ts(self):
        t = self.c.t + self.off
        return t.strftime('%Y.%m.%d %H:%M:%S:') + '%03d %s' % (t.microsecond // 1000, self.tz)

    def H(self, lvl, cat, thread, extra=None, body=None, step=True, inline=None):
        if step:
            self.c.step()
        head = '%s | %-10s | %s | %s |' % (self.ts(), lvl, cat, thread)
        if extra:
            head += ' ' + ' | '.join(extra) + ' |'
        if inline:
            head += ' ' + inline
        self.lines.append(head)
        if body is not None:
            for b in body:
                self.lines.append(b)
            self.lines.append('')
        return self

    def text(self):
        return self.eol.join(self.lines) + self.eol


# --------------------------------------------------------------------------------------
# Noise
# --------------------------------------------------------------------------------------

CONTACTS = ['Priya Raman', 'Tomasz Wilk', 'Ana Ferreira', 'Jonas Berg', 'Leila Haddad', 'Chen Wei',
            'Marta Novak', 'Oliver Quinn', 'Sofia Lindqvist', 'Ravi Menon', 'Grace Okafor', 'Henrik Dahl']


def _noise_templates(r):
    conv = ruuid(r)
    return [
        ('Info', 'PresenceManager.cpp:%d' % r.randint(100, 900), 'PresenceManager::onStatusChanged',
         lambda: 'self status -> %s (source=%s)' % (r.choice(['active', 'inactive', 'dnd', 'meeting']), r.choice(['idle-timer', 'calendar', 'user']))),
        ('Debug', 'MercuryConnection.cpp:%d' % r.randint(100, 900), 'MercuryConnection::onMessage',
         lambda: 'event=%s seq=%d' % (r.choice(['conversation.activity', 'apheleia.subscription_update', 'userPresence', 'janus.user_sessions', 'board.activity', 'locus.difference']), r.randint(1000, 99999))),
        ('Debug', 'MercuryConnection.cpp:%d' % r.randint(100, 900), 'MercuryConnection::sendPing',
         lambda: 'ping id=%s' % ruuid(r)[:8]),
        ('Info', 'ConversationService.cpp:%d' % r.randint(100, 3000), 'ConversationService::syncConversations',
         lambda: 'delta sync complete: %d conversations, %d activities' % (r.randint(0, 12), r.randint(0, 90))),
        ('Debug', 'ContactsService.cpp:%d' % r.randint(100, 900), 'ContactsService::resolveAvatar',
         lambda: 'avatar cache hit for %s' % r.choice(CONTACTS)),
        ('Info', 'MeetingsManager.cpp:%d' % r.randint(100, 900), 'MeetingsManager::refreshUpcoming',
         lambda: '%d meetings in the next 24h, next starts in %d min' % (r.randint(0, 6), r.randint(5, 600))),
        ('Debug', 'CalendarSync.cpp:%d' % r.randint(100, 900), 'CalendarSync::poll',
         lambda: 'calendar poll ok, %d events, etag=%s' % (r.randint(0, 30), rid(r, 10))),
        ('Info', 'MetricsReporter.cpp:%d' % r.randint(100, 900), 'MetricsReporter::flush',
         lambda: 'uploaded %d metric events (%s)' % (r.randint(1, 60), r.choice(['client.mercury.ping', 'client.ui.render', 'client.call.quality', 'client.startup.timing']))),
        ('Debug', 'UIMainWindow.cpp:%d' % r.randint(100, 900), 'UIMainWindow::onFocusChanged',
         lambda: 'window focus=%s' % r.choice(['true', 'false'])),
        ('Debug', 'NavigationController.cpp:%d' % r.randint(100, 900), 'NavigationController::select',
         lambda: 'tab -> %s' % r.choice(['messaging', 'meetings', 'calling', 'contacts', 'teams'])),
        ('Info', 'KmsClient.cpp:%d' % r.randint(100, 900), 'KmsClient::fetchKey',
         lambda: 'key fetched from cache kms://kms-%s.example.org/keys/%s' % (r.choice(['a', 'b']), ruuid(r))),
        ('Debug', 'AudioDeviceManager.cpp:%d' % r.randint(100, 900), 'AudioDeviceManager::enumerate',
         lambda: 'capture=%s render=%s' % (r.choice(['"Headset Microphone (Evolve 65)"', '"MacBook Pro Microphone"', '"Microphone Array (Realtek)"']), r.choice(['"Headset Earphone (Evolve 65)"', '"Speakers (Realtek)"', '"External Headphones"']))),
        ('Info', 'NetworkMonitor.cpp:%d' % r.randint(100, 900), 'NetworkMonitor::onChange',
         lambda: 'reachability=%s iface=%s' % (r.choice(['wifi', 'ethernet']), r.choice(['en0', 'Wi-Fi', 'Ethernet 2']))),
        ('Debug', 'TelemetryUploader.cpp:%d' % r.randint(100, 900), 'TelemetryUploader::batch',
         lambda: 'batch id=%s size=%d bytes' % (rid(r, 12), r.randint(400, 9000))),
        ('Info', 'SpaceListModel.cpp:%d' % r.randint(100, 900), 'SpaceListModel::reorder',
         lambda: 'moved space %s to position %d' % (ruuid(r)[:8], r.randint(0, 40))),
        ('Debug', 'ReadReceiptService.cpp:%d' % r.randint(100, 900), 'ReadReceiptService::ack',
         lambda: 'read receipt sent for conversation %s' % conv),
        ('Debug', 'HttpStack.cpp:%d' % r.randint(100, 900), 'HttpStack::complete',
         lambda: 'GET https://conv-%s.wbx.example.com/conversation/api/v1/conversations?activitiesLimit=0 -> 200 (%d ms)' % (r.choice(['a', 'r', 'k']), r.randint(40, 400))),
        ('Debug', 'HttpStack.cpp:%d' % r.randint(100, 900), 'HttpStack::complete',
         lambda: 'PUT https://apheleia-%s.wbx.example.com/apheleia/api/v1/compositions/subscriptions -> 200 (%d ms)' % (r.choice(['a', 'r']), r.randint(40, 300))),
        ('Info', 'UpgradeChecker.cpp:%d' % r.randint(100, 900), 'UpgradeChecker::check',
         lambda: 'no update available (channel=%s)' % r.choice(['gold', 'slow'])),
        ('Debug', 'EmojiCache.cpp:%d' % r.randint(100, 900), 'EmojiCache::warm',
         lambda: 'loaded %d skin tones' % r.randint(5, 6)),
        ('Info', 'WhiteboardService.cpp:%d' % r.randint(100, 900), 'WhiteboardService::listBoards',
         lambda: '%d boards in space' % r.randint(0, 4)),
        ('Debug', 'DeviceDiscovery.cpp:%d' % r.randint(100, 900), 'DeviceDiscovery::ultrasound',
         lambda: 'proximity scan: no device found'),
        ('Info', 'LocusManager.cpp:%d' % r.randint(100, 900), 'LocusManager::sync',
         lambda: 'active loci=%d' % r.randint(0, 1)),
        ('Warning', 'AvatarService.cpp:%d' % r.randint(100, 900), 'AvatarService::onResponse',
         lambda: 'GET https://avatar-%s.wbx.example.com/avatar/%s~1600 -> 404 (no avatar uploaded)' % (r.choice(['a', 'r']), ruuid(r))),
        ('Warning', 'MercuryConnection.cpp:%d' % r.randint(100, 900), 'MercuryConnection::onClose',
         lambda: 'websocket closed code=%d, reconnect scheduled in %d ms' % (r.choice([1000, 1001, 4000]), r.randint(500, 8000))),
        ('Info', 'OAuthManager.cpp:%d' % r.randint(100, 900), 'OAuthManager::refresh',
         lambda: 'access token refreshed for scope spark:all, expires in %d s' % r.randint(3000, 43000)),
        ('Debug', 'ImageDecoder.mm:%d' % r.randint(100, 900), 'ImageDecoder::decode',
         lambda: 'thumbnail %dx%d decoded in %d ms' % (r.choice([64, 128, 256]), r.choice([64, 128, 256]), r.randint(1, 30))),
    ]


NOISE_SCALE = 2.5


def desktop_noise(log, n, extra=None, ext_map=None):
    r = log.r
    if n >= 50:
        n = int(n * NOISE_SCALE)
    tmpl = _noise_templates(r)
    if extra:
        tmpl = tmpl + extra
    for _ in range(n):
        lvl, src, fn, m = r.choice(tmpl)
        if r.random() < 0.03:
            log.c.jump(r.randint(2, 40))
        if ext_map:
            for a, b in ext_map.items():
                src = src.replace(a, b)
        log.L(lvl, src + ' ', fn, m(), join=r.choice([':', ':', '::']))


def csf_noise(csf, n):
    r = csf.w.r
    if n >= 50:
        n = int(n * NOISE_SCALE)
    t = [
        ('INFO', 'csf/presence/PresenceAdapter.cpp', 'csf.presence', 'PresenceAdapter::update', lambda: 'availability=%s' % r.choice(['Available', 'Away', 'Busy'])),
        ('DEBUG', 'csf/netutils/Reachability.cpp', 'csf.netutils', 'Reachability::poll', lambda: 'reachable via %s' % r.choice(['WiFi', 'WWAN'])),
        ('DEBUG', 'csf/media/AudioSession.cpp', 'csf.media', 'AudioSession::route', lambda: 'route=%s' % r.choice(['Receiver', 'Speaker', 'BluetoothHFP'])),
        ('INFO', 'csf/config/ConfigStore.cpp', 'csf.config', 'ConfigStore::get', lambda: 'key %s cached' % r.choice(['ui.theme', 'calls.ringtone', 'push.voip'])),
    ]
    for _ in range(n):
        lvl, path, lg, fn, m = r.choice(t)
        if r.random() < 0.03:
            csf.w.c.jump(r.randint(2, 40))
        csf.L(lvl, path, r.randint(40, 900), lg, fn, m())


def logcat_noise(lc, n):
    r = lc.r
    if n >= 50:
        n = int(n * NOISE_SCALE)
    t = [
        ('D', 'Presence', lambda: 'status changed -> %s' % r.choice(['ACTIVE', 'INACTIVE', 'DND'])),
        ('D', 'Mercury', lambda: 'onMessage event=%s' % r.choice(['conversation.activity', 'userPresence', 'apheleia.subscription_update'])),
        ('I', 'ConvSync', lambda: 'synced %d conversations' % r.randint(0, 20)),
        ('V', 'UiRender', lambda: 'frame %d rendered in %d ms' % (r.randint(1, 99999), r.randint(4, 30))),
        ('D', 'Metrics', lambda: 'queued metric %s' % r.choice(['client.startup', 'client.ui.tab', 'client.mercury.ping'])),
        ('I', 'ActivityManager', lambda: 'Displayed com.cisco.wx2.android/.%s: +%dms' % (r.choice(['HomeActivity', 'ConversationActivity']), r.randint(90, 900))),
        ('D', 'ConnectivityMgr', lambda: 'network %s available' % r.choice(['WIFI', 'CELLULAR'])),
        ('W', 'Choreographer', lambda: 'Skipped %d frames!  The application may be doing too much work on its main thread.' % r.randint(30, 80)),
        ('D', 'KmsClient', lambda: 'key cache hit kms://kms-a.example.org/keys/%s' % ruuid(r)),
        ('I', 'Calendar', lambda: '%d upcoming meetings' % r.randint(0, 5)),
        ('D', 'AudioManager', lambda: 'mode=%s' % r.choice(['MODE_NORMAL', 'MODE_IN_COMMUNICATION'])),
    ]
    for _ in range(n):
        lvl, tag, m = r.choice(t)
        if r.random() < 0.03:
            lc.c.jump(r.randint(2, 40))
        if r.random() < 0.15:
            lc.L(lvl, tag, m(), pid=r.choice([612, 1034, 1877]), tid=r.randint(600, 3000))
        else:
            lc.L(lvl, tag, m())


def server_noise(bw, n, kind='xsp'):
    r = bw.r
    for _ in range(n):
        k = r.random()
        if r.random() < 0.05:
            bw.c.jump(r.randint(1, 20))
        if kind == 'as':
            if k < 0.35:
                bw.H('Info', 'OCI-P', 'BCCT Worker #%d' % r.randint(0, 7),
                     inline='Received the following request from: 127.0.0.1:%d <?xml version="1.0" encoding="ISO-8859-1"?><BroadsoftDocument protocol="OCI"><sessionId>%s</sessionId><command xsi:type="%s"/></BroadsoftDocument>' % (r.randint(40000, 60000), rid(r, 16), r.choice(['SystemSoftwareVersionGetRequest', 'GroupGetRequest22V5', 'UserGetListInGroupRequest'])))
            elif k < 0.6:
                bw.H('Info', 'CallP', 'Call Half Input Adapter %d' % r.randint(1, 8),
                     extra=[str(r.randint(1000000, 9999999))],
                     body=['', '\tcall half %d released, cause=normalClearing' % r.randint(10000, 99999)])
            elif k < 0.8:
                bw.H('Info', 'Maintenance', 'Scheduler-%d' % r.randint(1, 3),
                     inline='periodic cache refresh completed in %d ms' % r.randint(3, 80))
            else:
                bw.H('Info', 'Sip', 'Network Input Adapter %d' % r.randint(1, 4),
                     body=['', '\tudp %d SIP Bytes IN from 198.51.100.%d:5060' % (r.randint(300, 900), r.randint(2, 250)), 'OPTIONS sip:as1.voip.example.net SIP/2.0', 'Via: SIP/2.0/UDP 198.51.100.2:5060;branch=z9hG4bK%s' % rid(r, 10), 'Max-Forwards: 70', 'CSeq: 1 OPTIONS', 'Content-Length: 0'])
        else:
            if k < 0.4:
                bw.H('Info', 'Xsi', 'http-nio-443-exec-%d' % r.randint(1, 40),
                     body=['\tGET /com.broadsoft.xsi-actions/v2.0/user/%d%%40voip.example.net/services/callforwardingalways HTTP/1.1' % r.randint(2145550100, 2145550999), '\tuser-agent: Apache-HttpClient/4.5 (Java)', '\tresponse: 200'])
            elif k < 0.7:
                bw.H('Info', 'OCI-P', 'OCIP-Client-%d' % r.randint(1, 8),
                     inline='Sending OCI-P request %s to AS 198.51.100.21:2220' % r.choice(['UserGetRequest22V5', 'UserCallForwardingAlwaysGetRequest', 'UserDndGetRequest']))
            else:
                bw.H('Info', 'Heartbeat', 'Monitor-1', inline='peer 198.51.100.21 alive (rtt %d ms)' % r.randint(1, 12))


# --------------------------------------------------------------------------------------
# SIP
# --------------------------------------------------------------------------------------

LONG2SHORT = {'Via': 'v', 'From': 'f', 'To': 't', 'Call-ID': 'i', 'Contact': 'm', 'Content-Length': 'l',
              'Supported': 'k', 'Content-Type': 'c', 'Event': 'o'}


class SipLeg:
    def __init__(self, r, user, domain, local_ip, local_port, transport, sbc_ip, sbc_port, ua,
                 display=None, auth_user=None, realm='BroadWorks', instance=None):
        self.r = r
        self.user, self.domain = user, domain
        self.lip, self.lport, self.tr = local_ip, local_port, transport
        self.sip, self.sport = sbc_ip, sbc_port
        self.ua = ua
        self.display = display
        self.auth_user = auth_user or user
        self.realm = realm
        self.callid = '%s-%s@%s' % (rid(r, 8), rid(r, 6), local_ip)
        self.ftag = rid(r, 10)
        self.cseq = r.randint(1, 5)
        self.instance = instance or ruuid(r)
        self.nonce = None

    def contact(self):
        return '<sip:%s@%s:%d;transport=%s;ob>' % (self.user, self.lip, self.lport, self.tr.lower())

    def register(self, auth=False, expires=3600, proxy_auth=False, compact=False, nonce=None, new_callid=False):
        r = self.r
        self.cseq += 1
        if new_callid:
            self.callid = '%s-%s@%s' % (rid(r, 8), rid(r, 6), self.lip)
        disp = '"%s" ' % self.display if self.display else ''
        h = [('Via', 'SIP/2.0/%s %s:%d;branch=z9hG4bK%s;rport' % (self.tr, self.lip, self.lport, rid(r, 12))),
             ('Max-Forwards', '70'),
             ('From', '%s<sip:%s@%s>;tag=%s' % (disp, self.user, self.domain, self.ftag)),
             ('To', '%s<sip:%s@%s>' % (disp, self.user, self.domain)),
             ('Call-ID', self.callid),
             ('CSeq', '%d REGISTER' % self.cseq),
             ('Contact', '%s;+sip.instance="<urn:uuid:%s>";reg-id=1;expires=%d' % (self.contact(), self.instance, expires)),
             ('Allow', 'INVITE, ACK, CANCEL, BYE, NOTIFY, REFER, OPTIONS, UPDATE, INFO, SUBSCRIBE, MESSAGE'),
             ('Supported', 'path, outbound, gruu, replaces'),
             ('User-Agent', self.ua),
             ('Expires', str(expires))]
        if auth:
            hn = 'Proxy-Authorization' if proxy_auth else 'Authorization'
            h.append((hn, 'Digest username="%s",realm="%s",nonce="%s",uri="sip:%s",response="%s",algorithm=MD5,cnonce="%s",qop=auth,nc=00000001'
                      % (self.auth_user, self.realm, nonce or self.nonce or rid(r, 24), self.domain, rid(r, 32), rid(r, 8))))
        h.append(('Content-Length', '0'))
        self.last_req = h
        return self._render('REGISTER sip:%s SIP/2.0' % self.domain, h, compact)

    def response(self, code, reason, proxy=False, contacts=None, extra=None, compact=False, stale=False):
        r = self.r
        req = dict(self.last_req)
        h = [('Via', req['Via'] + ';received=%s' % self.lip),
             ('From', req['From']),
             ('To', req['To'] + ';tag=%s' % rid(r, 8)),
             ('Call-ID', req['Call-ID']),
             ('CSeq', req['CSeq'])]
        if code in (401, 407):
            self.nonce = rid(r, 32)
            hn = 'Proxy-Authenticate' if proxy or code == 407 else 'WWW-Authenticate'
            v = 'Digest realm="%s",nonce="%s",algorithm=MD5,qop="auth"' % (self.realm, self.nonce)
            if stale:
                v += ',stale=false'
            h.append((hn, v))
        if contacts:
            for c in contacts:
                h.append(('Contact', c))
        if extra:
            h.extend(extra)
        h.append(('Content-Length', '0'))
        return self._render('SIP/2.0 %d %s' % (code, reason), h, compact)

    def _render(self, start, headers, compact):
        out = [start]
        for k, v in headers:
            if compact and k in LONG2SHORT:
                k = LONG2SHORT[k]
            out.append('%s: %s' % (k, v))
        out.append('')
        return out

    def own_contact_ok(self, expires=3600):
        return '%s;expires=%d;+sip.instance="<urn:uuid:%s>"' % (self.contact(), expires, self.instance)


def reginfo_notify(leg, state, event, other_contact, version=2, compact=False, sub_callid=None, sub_tag=None):
    r = leg.r
    body = ['<?xml version="1.0" encoding="UTF-8"?>',
            '<reginfo xmlns="urn:ietf:params:xml:ns:reginfo" version="%d" state="full">' % version,
            '  <registration aor="sip:%s@%s" id="reg%s" state="active">' % (leg.user, leg.domain, rid(r, 4)),
            '    <contact id="c%s" state="%s" event="%s" expires="0">' % (rid(r, 5), state, event),
            '      <uri>sip:%s@%s:%d;transport=%s;ob</uri>' % (leg.user, leg.lip, leg.lport, leg.tr.lower()),
            '      <unknown-param name="+sip.instance">"&lt;urn:uuid:%s&gt;"</unknown-param>' % leg.instance,
            '    </contact>',
            '    <contact id="c%s" state="active" event="registered" expires="3600">' % rid(r, 5),
            '      <uri>%s</uri>' % other_contact,
            '    </contact>',
            '  </registration>',
            '</reginfo>']
    blen = sum(len(b) + 2 for b in body)
    h = [('Via', 'SIP/2.0/%s %s:%d;branch=z9hG4bK%s' % (leg.tr, leg.sip, leg.sport, rid(r, 12))),
         ('Max-Forwards', '69'),
         ('From', '<sip:%s@%s>;tag=%s' % (leg.user, leg.domain, rid(r, 8))),
         ('To', '<sip:%s@%s>;tag=%s' % (leg.user, leg.domain, sub_tag or rid(r, 10))),
         ('Call-ID', sub_callid or rid(r, 16)),
         ('CSeq', '%d NOTIFY' % r.randint(2, 9)),
         ('Contact', '<sip:%s:%d;transport=%s>' % (leg.sip, leg.sport, leg.tr.lower())),
         ('Event', 'reg'),
         ('Subscription-State', 'active;expires=%d' % r.randint(1800, 3500)),
         ('Content-Type', 'application/reginfo+xml'),
         ('Content-Length', str(blen))]
    out = ['NOTIFY sip:%s@%s:%d;transport=%s SIP/2.0' % (leg.user, leg.lip, leg.lport, leg.tr.lower())]
    for k, v in h:
        if compact and k in LONG2SHORT:
            k = LONG2SHORT[k]
        out.append('%s: %s' % (k, v))
    out.append('')
    out.extend(body)
    return out


def sip_block(log, lvl, src, func, announce, msg, eol=''):
    """shape 1: announcing line then raw message lines."""
    log.L(lvl, src, func, announce)
    log.raw(msg, eol=eol)


def sip_escaped(log, lvl, src, func, prefix, msg, sep='\\r\\n'):
    """shape 2: one line, escaped breaks."""
    log.L(lvl, src, func, prefix + sep.join(msg))


def sip_prefixed(log, lvl, src, func, marker, msg, thr=None):
    """shape 3: every line with full log prefix."""
    thr = thr or log.r.choice(log.threads)
    first = True
    for l in msg:
        log.L(lvl, src, func, marker + l, thr=thr, step=first)
        first = False


def sip_startline_inline(log, lvl, src, func, announce, msg, eol=''):
    """start line on the announcing line itself, headers follow raw."""
    log.L(lvl, src, func, announce + msg[0])
    log.raw(msg[1:], eol=eol)


# --------------------------------------------------------------------------------------
# XML bodies
# --------------------------------------------------------------------------------------

def access_devices_xml(devs, indent='  '):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<AccessDevices xmlns="http://schema.broadsoft.com/xsi">']
    for d in devs:
        out += [indent + '<accessDevice>',
                indent * 2 + '<deviceType>%s</deviceType>' % d['type'],
                indent * 2 + '<deviceName>%s</deviceName>' % d['name'],
                indent * 2 + '<deviceLevel>%s</deviceLevel>' % d.get('level', 'Group'),
                indent * 2 + '<deviceLinePort>%s</deviceLinePort>' % d['lineport']]
        if d.get('url'):
            out.append(indent * 2 + '<deviceTypeUrl>%s</deviceTypeUrl>' % d['url'])
        out += [indent * 2 + '<deviceUserNamePassword><userName>%s</userName><password>********</password></deviceUserNamePassword>' % d.get('dmsuser', d['lineport'].split('@')[0]),
                indent * 2 + '<isPrimary>%s</isPrimary>' % ('true' if d.get('primary') else 'false'),
                indent + '</accessDevice>']
    out.append('</AccessDevices>')
    return out


def config_xml(proxies, user, domain, auth_user=None, extras=None, transport='TLS', indent='  '):
    """A plausible (shortened) config-wxt.xml, proxies: list of (address, port)."""
    i = indent
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<config>', i + '<protocols>', i * 2 + '<sip>',
           i * 3 + '<transports>', i * 4 + '<udp><enabled>false</enabled></udp>',
           i * 4 + '<tcp><enabled>%s</enabled></tcp>' % ('true' if transport == 'TCP' else 'false'),
           i * 4 + '<tls><enabled>%s</enabled></tls>' % ('true' if transport == 'TLS' else 'false'),
           i * 3 + '</transports>']
    for n, (a, p) in enumerate(proxies):
        out.append(i * 3 + '<proxy address="%s" port="%s" priority="%d"/>' % (a, p, n + 1))
    out += [i * 3 + '<preferred-port>5061</preferred-port>',
            i * 3 + '<lines>', i * 4 + '<line>',
            i * 5 + '<label>%s</label>' % user.split('@')[0],
            i * 5 + '<domain>%s</domain>' % domain,
            i * 5 + '<credentials>',
            i * 6 + '<username>%s</username>' % user,
            i * 6 + '<password>********</password>',
            i * 6 + '<auth><username>%s</username></auth>' % (auth_user or user),
            i * 5 + '</credentials>',
            i * 4 + '</line>', i * 3 + '</lines>', i * 2 + '</sip>']
    if extras:
        out += [i * 2 + e for e in extras]
    out += [i + '</protocols>', i + '<services>', i * 2 + '<calls><conference enabled="true"/></calls>', i + '</services>', '</config>']
    return out


# --------------------------------------------------------------------------------------
# Packaging
# --------------------------------------------------------------------------------------

def _zi(name, when):
    zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    zi.compress_type = zipfile.ZIP_DEFLATED
    return zi


def zip_bytes(files, when):
    """files: list of (name, bytes|str) ; a name ending in '/' is a directory entry."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in files:
            if name.endswith('/'):
                zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
                z.writestr(zi, b'')
                continue
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(_zi(name, when), data)
    return bio.getvalue()


def gz(data, when):
    if isinstance(data, str):
        data = data.encode('utf-8')
    return gzip.compress(data, mtime=int(when.timestamp()))


def write_folder(root, files):
    if os.path.exists(root):
        shutil.rmtree(root)
    for name, data in files:
        p = os.path.join(root, name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if isinstance(data, str):
            data = data.encode('utf-8')
        with open(p, 'wb') as f:
            f.write(data)


def opaque_blob(r, n=2048):
    return bytes(r.getrandbits(8) for _ in range(n))
