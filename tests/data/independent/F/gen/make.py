#!/usr/bin/env python3
"""Test bundles, set F ("the rest of the guide") for wxbw-doctor.

Standard library only and deterministic: every bundle draws from its own
random.Random seeded with a fixed number, zip entries carry fixed timestamps
(DOS time in UTC plus an extended-timestamp field), gzip members carry a fixed
mtime.  Writes the bundles and expected.json into the parent folder of gen/.

Everything here is invented from public knowledge (the troubleshooting guide,
RFC 3261 / RFC 4566, the field guide).  How the Webex app prints SIP, HTTP and
media is not public, so the printing is varied on purpose between bundles.
"""
import datetime as _dt
import gzip
import io
import json
import os
import random
import shutil
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
UTC = _dt.timezone.utc
EXPECTED = {}
BUNDLES = []          # (name, builder) in order


# --------------------------------------------------------------------------
# time helpers
# --------------------------------------------------------------------------
def T(s):
    fmt = '%Y-%m-%d %H:%M:%S.%f' if '.' in s else '%Y-%m-%d %H:%M:%S'
    return _dt.datetime.strptime(s, fmt).replace(tzinfo=UTC)


def ms(n):
    return _dt.timedelta(milliseconds=n)


def sec(n):
    return _dt.timedelta(seconds=n)


def _ms3(dt):
    return '%03d' % (dt.microsecond // 1000)


def iso(dt):
    return dt.strftime('%Y-%m-%dT%H:%M:%S.') + _ms3(dt) + 'Z'


def csf_ts(dt):
    return dt.strftime('%Y-%m-%d %H:%M:%S,') + _ms3(dt)


def logcat_ts(dt):
    return dt.strftime('%m-%d %H:%M:%S.') + _ms3(dt)


def bw_ts(dt, tz):
    name, off = tz
    loc = dt + _dt.timedelta(hours=off)
    return loc.strftime('%Y.%m.%d %H:%M:%S:') + _ms3(loc) + ' ' + name


def clf_ts(dt, tz=('UTC', 0)):
    name, off = tz
    loc = dt + _dt.timedelta(hours=off)
    sign = '+' if off >= 0 else '-'
    return loc.strftime('[%d/%b/%Y:%H:%M:%S ') + '%s%02d00]' % (sign, abs(off))


def iso_sec(dt):
    return dt.strftime('%Y-%m-%dT%H:%M:%SZ')


CEST = ('CEST', 2)
EDT = ('EDT', -4)
CET = ('CET', 1)
GMT = ('GMT', 0)


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
class R(random.Random):
    def hexs(self, n):
        return ''.join(self.choice('0123456789abcdef') for _ in range(n))

    def uuid(self):
        h = self.hexs(32)
        return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16],
                                      self.choice('89ab'), h[17:20], h[20:32])

    def branch(self):
        return 'z9hG4bK' + self.hexs(12)

    def tag(self):
        return self.hexs(10)

    def tracking(self):
        return 'CLIENT_' + self.uuid()

    def thread(self):
        return '0x' + self.hexs(4).lstrip('0') or '0x1'

    def jitter_ms(self, lo, hi):
        return ms(self.randint(lo, hi))


# --------------------------------------------------------------------------
# a log file: items (time, seq, text block) merged in time order
# --------------------------------------------------------------------------
class Log:
    def __init__(self):
        self.items = []

    def add(self, dt, text):
        self.items.append((dt, len(self.items), text))

    def extend(self, lst):
        for dt, text in lst:
            self.add(dt, text)

    def first(self):
        return min(i[0] for i in self.items)

    def last(self):
        return max(i[0] for i in self.items)

    def render(self, eol='\n'):
        blocks = [t for _, _, t in sorted(self.items, key=lambda x: (x[0], x[1]))]
        s = '\n'.join(blocks) + '\n'
        if eol == '\r\n':
            s = s.replace('\r\n', '\n').replace('\n', '\r\n')
        return s.encode('utf-8')


# --------------------------------------------------------------------------
# line grammars of the clients
# --------------------------------------------------------------------------
class WxPrinter:
    """Webex app grammar: <ISO Z> <Level> [thread]<[]><File:line> <Function>:<message>"""
    kind = 'wx'

    def __init__(self, brackets=False, sep=':'):
        self.brackets = brackets
        self.sep = sep

    def line(self, dt, level, thread, src, func, msg):
        gap = '[]' if self.brackets else ' '
        return '%s <%s> [%s]%s%s %s%s%s' % (iso(dt), level, thread, gap, src, func, self.sep, msg)

    def media(self, dt, thread, text):
        return '%s <Info> [%s] %s' % (iso(dt), thread, text)


class CsfPrinter:
    """Older CSF shape seen in iOS logs."""
    kind = 'csf'
    LV = {'Debug': 'DEBUG', 'Info': 'INFO', 'Warning': 'WARN', 'Error': 'ERROR'}

    def line(self, dt, level, thread, src, func, msg):
        f, _, n = src.partition(':')
        path = ('bwc/' if 'BWC' in msg else 'spark/') + f
        logger = 'BWC' if 'BWC' in msg else func.split('::')[0]
        fn = func.split('::')[-1]
        return '%s %s [%s] [%s(%s)] [%s] [%s] - %s' % (csf_ts(dt), self.LV[level], thread, path, n or '0',
                                                      logger, fn, msg)

    def media(self, dt, thread, text):
        return '%s INFO [%s] [wme/SQReporter.cpp(212)] [WME] [report] - %s' % (csf_ts(dt), thread, text)


class LogcatPrinter:
    """Android logcat -v threadtime."""
    kind = 'logcat'
    LV = {'Debug': 'D', 'Info': 'I', 'Warning': 'W', 'Error': 'E'}

    def __init__(self, pid=4312):
        self.pid = pid

    def line(self, dt, level, thread, src, func, msg):
        tid = int(thread, 16) % 30000 if thread.startswith('0x') else int(thread)
        tag = 'BWC' if 'BWC' in msg else func.split('::')[0][:23]
        return '%s %5d %5d %s %-8s: %s' % (logcat_ts(dt), self.pid, tid, self.LV[level], tag,
                                           '[%s] %s' % (src, msg))

    def media(self, dt, thread, text):
        return '%s %5d %5d I %-8s: %s' % (logcat_ts(dt), self.pid, int(thread) % 30000, 'WME', text)


# --------------------------------------------------------------------------
# SIP
# --------------------------------------------------------------------------
ALLOW = 'INVITE, ACK, CANCEL, BYE, NOTIFY, REFER, OPTIONS, UPDATE, INFO, SUBSCRIBE, PRACK'
REASONS = {100: 'Trying', 180: 'Ringing', 183: 'Session Progress', 200: 'OK', 202: 'Accepted',
           401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 407: 'Proxy Authentication Required',
           408: 'Request Timeout', 480: 'Temporarily Unavailable', 481: 'Call/Transaction Does Not Exist',
           486: 'Busy Here', 487: 'Request Terminated', 488: 'Not Acceptable Here',
           500: 'Server Internal Error', 503: 'Service Unavailable', 603: 'Decline'}
COMPACT = {'Via': 'v', 'From': 'f', 'To': 't', 'Call-ID': 'i', 'Contact': 'm', 'Content-Length': 'l',
           'Content-Type': 'c', 'Supported': 'k', 'Refer-To': 'r', 'Event': 'o', 'Subject': 's'}
CODECS = {'opus': (111, 'opus/48000/2', 4), 'G722': (9, 'G722/8000', 2), 'PCMU': (0, 'PCMU/8000', 0),
          'PCMA': (8, 'PCMA/8000', 1), 'G729': (18, 'G729/8000', 3), 'iLBC': (97, 'iLBC/8000', 5)}


def sip_msg(start, headers, body='', ctype=None):
    lines = [start] + ['%s: %s' % h for h in headers]
    if body:
        lines.append('Content-Type: %s' % (ctype or 'application/sdp'))
    lines.append('Content-Length: %d' % len(body.encode()))
    return '\r\n'.join(lines) + '\r\n\r\n' + body


def compact(raw):
    head, sep, body = raw.partition('\r\n\r\n')
    out = []
    for i, l in enumerate(head.split('\r\n')):
        if i and ':' in l:
            n, v = l.split(':', 1)
            l = COMPACT.get(n, n) + ':' + v
        out.append(l)
    return '\r\n'.join(out) + sep + body


def sdp(rnd, ip, port, codecs, direction='sendrecv', sess=None, ver=1, te=True, srtp=False,
        user='-', fmtp=True):
    pts = [CODECS[c][0] for c in codecs] + ([101] if te else [])
    prof = 'RTP/SAVP' if srtp else 'RTP/AVP'
    l = ['v=0', 'o=%s %s %d IN IP4 %s' % (user, sess or rnd.randint(10 ** 8, 10 ** 9), ver, ip), 's=-',
         'c=IN IP4 %s' % ip, 't=0 0', 'm=audio %d %s %s' % (port, prof, ' '.join(map(str, pts)))]
    for c in codecs:
        pt, name, _ = CODECS[c]
        l.append('a=rtpmap:%d %s' % (pt, name))
        if c == 'opus' and fmtp:
            l.append('a=fmtp:111 maxplaybackrate=48000;sprop-stereo=0;useinbandfec=1')
    if te:
        l += ['a=rtpmap:101 telephone-event/8000', 'a=fmtp:101 0-15']
    if srtp:
        l.append('a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:%s' % rnd.hexs(40))
    l += ['a=ptime:20', 'a=%s' % direction]
    return '\r\n'.join(l) + '\r\n'


class Ua:
    """The Webex app as a SIP user agent behind the SBC."""

    def __init__(self, rnd, ctx, compact_in=False, srtp=False):
        self.r = rnd
        self.c = ctx
        self.compact_in = compact_in
        self.srtp = srtp
        self.ev = []            # (dt, 'out'|'in', raw)

    # header helpers ---------------------------------------------------
    def via_local(self, br):
        return ('Via', 'SIP/2.0/TLS %s:%d;branch=%s;rport;alias' % (self.c['ip'], self.c['port'], br))

    def via_sbc(self, br):
        return ('Via', 'SIP/2.0/TLS %s;branch=%s' % (self.c['sbc'], br))

    def me(self):
        return '"%s" <sip:%s@%s>' % (self.c['display'], self.c['sipuser'], self.c['domain'])

    def contact(self):
        return '<sip:%s@%s:%d;transport=tls>' % (self.c['sipuser'], self.c['ip'], self.c['port'])

    def put(self, dt, d, raw):
        if d == 'in' and self.compact_in:
            raw = compact(raw)
        self.ev.append((dt, d, raw))

    # registration -----------------------------------------------------
    def register(self, t, outcome='ok', expires=3600, final=None, cid=None, cseq0=1):
        c, r = self.c, self.r
        cid = cid or c.get('reg_cid') or (r.hexs(24) + '@' + c['ip'])
        c['reg_cid'] = cid
        cs1 = c.get('reg_cseq', 0) + 1
        cs2 = cs1 + 1
        c['reg_cseq'] = cs2
        tag = r.tag()
        aor = '<sip:%s@%s>' % (c['sipuser'], c['domain'])
        inst = c.setdefault('instance', r.uuid())
        base = [('Max-Forwards', '70'), ('From', aor + ';tag=' + tag), ('To', aor), ('Call-ID', cid)]
        cont = ('Contact', self.contact() + ';+sip.instance="<urn:uuid:%s>";expires=%d' % (inst, expires))
        b1 = r.branch()
        m1 = sip_msg('REGISTER sip:%s SIP/2.0' % c['domain'], [self.via_local(b1)] + base +
                     [('CSeq', '%d REGISTER' % cs1), cont, ('Allow', ALLOW), ('User-Agent', c['ua']),
                      ('Supported', 'path, gruu, outbound')])
        self.put(t, 'out', m1)
        t += ms(r.randint(60, 140))
        nonce = r.hexs(32)
        self.put(t, 'in', sip_msg('SIP/2.0 401 Unauthorized', [self.via_local(b1)] + base[1:2] +
                                  [('To', aor + ';tag=' + r.tag()), ('Call-ID', cid), ('CSeq', '%d REGISTER' % cs1),
                                   ('WWW-Authenticate', 'DIGEST qop="auth",nonce="%s",realm="BroadWorks",'
                                                        'algorithm=MD5' % nonce)]))
        t += ms(r.randint(10, 40))
        b2 = r.branch()
        auth = ('Authorization', 'Digest username="%s",realm="BroadWorks",nonce="%s",uri="sip:%s",'
                                 'response="%s",algorithm=MD5,cnonce="%s",qop=auth,nc=00000001'
                % (c['authuser'], nonce, c['domain'], r.hexs(32), r.hexs(8)))
        m2 = sip_msg('REGISTER sip:%s SIP/2.0' % c['domain'], [self.via_local(b2)] + base +
                     [('CSeq', '%d REGISTER' % cs2), cont, auth, ('Allow', ALLOW), ('User-Agent', c['ua']),
                      ('Supported', 'path, gruu, outbound')])
        self.put(t, 'out', m2)
        t += ms(r.randint(80, 260))
        if outcome == 'ok':
            self.put(t, 'in', sip_msg('SIP/2.0 200 OK', [self.via_local(b2), ('From', aor + ';tag=' + tag),
                                                         ('To', aor + ';tag=' + r.tag()), ('Call-ID', cid),
                                                         ('CSeq', '%d REGISTER' % cs2),
                                                         ('Contact', self.contact() + ';expires=%d' % expires),
                                                         ('Date', t.strftime('%a, %d %b %Y %H:%M:%S GMT'))]))
        elif outcome == 'reject':
            code = final or 403
            self.put(t, 'in', sip_msg('SIP/2.0 %d %s' % (code, REASONS[code]),
                                      [self.via_local(b2), ('From', aor + ';tag=' + tag),
                                       ('To', aor + ';tag=' + r.tag()), ('Call-ID', cid), ('CSeq', '%d REGISTER' % cs2)]))
        return t, cid

    # calls ------------------------------------------------------------
    def call_out(self, t, num, *, outcome='answered', final=None, codec='opus', challenge=None,
                 hold=False, transfer=None, talk_s=60, bye_by='local', ring_s=4, answer_te=False,
                 offer=('opus', 'G722', 'PCMU', 'PCMA'), warning=None, retry_after=None):
        """Outgoing call (the app sends the INVITE). Returns info dict."""
        c, r = self.c, self.r
        cid = r.hexs(32) + '@' + c['ip']
        ltag = r.tag()
        ruri = 'sip:%s@%s;user=phone' % (num, c['domain'])
        to = '<sip:%s@%s;user=phone>' % (num, c['domain'])
        sess = r.randint(10 ** 8, 10 ** 9)
        lport = r.randrange(20000, 30000, 2)
        offer_sdp = sdp(r, c['ip'], lport, list(offer), sess=sess, srtp=self.srtp)
        cseq = 1
        br = r.branch()

        def inv(br, cseq, extra=()):
            return sip_msg('INVITE %s SIP/2.0' % ruri,
                           [self.via_local(br), ('Max-Forwards', '70'), ('From', self.me() + ';tag=' + ltag),
                            ('To', to), ('Call-ID', cid), ('CSeq', '%d INVITE' % cseq), ('Contact', self.contact()),
                            ('Allow', ALLOW), ('Supported', 'replaces, timer'), ('Session-Expires', '1800'),
                            ('User-Agent', c['ua'])] + list(extra), offer_sdp)

        def rsp(code, br, cseq, method='INVITE', rtag=None, extra=(), body='', ctype=None, reason=None):
            return sip_msg('SIP/2.0 %d %s' % (code, reason or REASONS[code]),
                           [self.via_local(br), ('From', self.me() + ';tag=' + ltag),
                            ('To', to + (';tag=' + rtag if rtag else '')), ('Call-ID', cid),
                            ('CSeq', '%d %s' % (cseq, method))] + list(extra), body, ctype)

        def ack(br, cseq, rtag):
            return sip_msg('ACK %s SIP/2.0' % ruri,
                           [self.via_local(br), ('Max-Forwards', '70'), ('From', self.me() + ';tag=' + ltag),
                            ('To', to + ';tag=' + rtag), ('Call-ID', cid), ('CSeq', '%d ACK' % cseq)])

        info = {'call_id': cid, 'direction': 'outgoing', 'start': t}
        self.put(t, 'out', inv(br, cseq))
        if challenge:
            t += ms(r.randint(40, 120))
            hdr = 'WWW-Authenticate' if challenge == 401 else 'Proxy-Authenticate'
            nonce = r.hexs(32)
            rt = r.tag()
            self.put(t, 'in', rsp(challenge, br, cseq, rtag=rt,
                                  extra=[(hdr, 'DIGEST qop="auth",nonce="%s",realm="BroadWorks",algorithm=MD5' % nonce)]))
            t += ms(5)
            self.put(t, 'out', ack(br, cseq, rt))
            t += ms(r.randint(10, 30))
            cseq += 1
            br = r.branch()
            ahdr = 'Authorization' if challenge == 401 else 'Proxy-Authorization'
            self.put(t, 'out', inv(br, cseq, [(ahdr, 'Digest username="%s",realm="BroadWorks",nonce="%s",uri="%s",'
                                                    'response="%s",algorithm=MD5,cnonce="%s",qop=auth,nc=00000001'
                                               % (c['authuser'], nonce, ruri, r.hexs(32), r.hexs(8)))]))
        t += ms(r.randint(30, 90))
        self.put(t, 'in', rsp(100, br, cseq))
        rtag = r.tag()
        rcontact = '<sip:%s@%s;transport=tls>' % (num, c['sbc'])
        if outcome in ('answered', 'cancelled') or (outcome == 'failed' and final in (486, 480, 487)):
            t += ms(r.randint(300, 1500))
            self.put(t, 'in', rsp(180, br, cseq, rtag=rtag, extra=[('Contact', rcontact)]))
        if outcome == 'answered':
            t += sec(ring_s) + ms(r.randint(0, 999))
            rport = r.randrange(30000, 40000, 2)
            ans = sdp(r, c['media_relay'], rport, [codec], te=answer_te, srtp=self.srtp, user='BroadWorks')
            self.put(t, 'in', rsp(200, br, cseq, rtag=rtag, body=ans,
                                  extra=[('Contact', rcontact), ('Allow', ALLOW), ('Session-Expires', '1800;refresher=uac')]))
            info['answered'] = t
            t += ms(r.randint(5, 30))
            self.put(t, 'out', ack(r.branch(), cseq, rtag))
            info.update(outcome='answered', final_status=200, codecs=[codec])
            mid = []
            if hold:
                mid.append(('hold', talk_s * 0.4))
                mid.append(('resume', talk_s * 0.6))
            if transfer:
                mid.append(('refer', talk_s * 0.8))
            t_ans = t
            sdpver = 1
            for kind, at in mid:
                tt = t_ans + sec(at)
                cseq += 1
                b = r.branch()
                if kind in ('hold', 'resume'):
                    sdpver += 1
                    d = 'sendonly' if kind == 'hold' else 'sendrecv'
                    body = sdp(r, c['ip'], lport, [codec], direction=d, sess=sess, ver=sdpver, srtp=self.srtp)
                    self.put(tt, 'out', sip_msg('INVITE %s SIP/2.0' % rcontact.strip('<>'),
                                                [self.via_local(b), ('Max-Forwards', '70'),
                                                 ('From', self.me() + ';tag=' + ltag), ('To', to + ';tag=' + rtag),
                                                 ('Call-ID', cid), ('CSeq', '%d INVITE' % cseq),
                                                 ('Contact', self.contact()), ('User-Agent', c['ua'])], body))
                    tt += ms(r.randint(80, 200))
                    d2 = 'recvonly' if kind == 'hold' else 'sendrecv'
                    self.put(tt, 'in', rsp(200, b, cseq, rtag=rtag, extra=[('Contact', rcontact)],
                                           body=sdp(r, c['media_relay'], rport, [codec], direction=d2,
                                                    te=answer_te, srtp=self.srtp, user='BroadWorks')))
                    tt += ms(8)
                    self.put(tt, 'out', ack(r.branch(), cseq, rtag))
                else:
                    self._refer(tt, b, cseq, rcontact, ltag, rtag, to, cid, transfer, local_is_uac=True)
            t = t_ans + sec(talk_s)
            info['end'] = t
            if transfer:
                # the AS ends the transferor's leg
                self.put(t, 'in', sip_msg('BYE %s SIP/2.0' % self.contact().strip('<>'),
                                          [self.via_sbc(r.branch()), ('Max-Forwards', '69'),
                                           ('From', to + ';tag=' + rtag), ('To', self.me() + ';tag=' + ltag),
                                           ('Call-ID', cid), ('CSeq', '1 BYE'), ('Reason', 'SIP;cause=200;text="Call transferred"')]))
                t += ms(20)
                self.put(t, 'out', sip_msg('SIP/2.0 200 OK', [self.via_sbc('z9hG4bKx'), ('From', to + ';tag=' + rtag),
                                                              ('To', self.me() + ';tag=' + ltag), ('Call-ID', cid),
                                                              ('CSeq', '1 BYE')]))
            elif bye_by == 'local':
                cseq += 1
                b = r.branch()
                self.put(t, 'out', sip_msg('BYE %s SIP/2.0' % rcontact.strip('<>'),
                                           [self.via_local(b), ('Max-Forwards', '70'),
                                            ('From', self.me() + ';tag=' + ltag), ('To', to + ';tag=' + rtag),
                                            ('Call-ID', cid), ('CSeq', '%d BYE' % cseq), ('User-Agent', c['ua'])]))
                t += ms(r.randint(60, 150))
                self.put(t, 'in', rsp(200, b, cseq, 'BYE', rtag=rtag))
            else:
                b = r.branch()
                self.put(t, 'in', sip_msg('BYE %s SIP/2.0' % self.contact().strip('<>'),
                                          [self.via_sbc(b), ('Max-Forwards', '69'), ('From', to + ';tag=' + rtag),
                                           ('To', self.me() + ';tag=' + ltag), ('Call-ID', cid), ('CSeq', '2 BYE')]))
                t += ms(r.randint(10, 40))
                self.put(t, 'out', sip_msg('SIP/2.0 200 OK', [self.via_sbc(b), ('From', to + ';tag=' + rtag),
                                                              ('To', self.me() + ';tag=' + ltag), ('Call-ID', cid),
                                                              ('CSeq', '2 BYE')]))
            info['end'] = t
        elif outcome == 'cancelled':
            t += sec(ring_s) + ms(r.randint(0, 900))
            self.put(t, 'out', sip_msg('CANCEL %s SIP/2.0' % ruri,
                                       [self.via_local(br), ('Max-Forwards', '70'), ('From', self.me() + ';tag=' + ltag),
                                        ('To', to), ('Call-ID', cid), ('CSeq', '%d CANCEL' % cseq),
                                        ('Reason', 'SIP;cause=487;text="Call cancelled by user"')]))
            t += ms(r.randint(40, 110))
            self.put(t, 'in', rsp(200, br, cseq, 'CANCEL', rtag=rtag))
            t += ms(r.randint(5, 40))
            self.put(t, 'in', rsp(487, br, cseq, rtag=rtag))
            t += ms(4)
            self.put(t, 'out', ack(br, cseq, rtag))
            info.update(outcome='cancelled', final_status=487, end=t)
        else:
            t += ms(r.randint(200, 2500)) + (sec(ring_s) if final in (486, 480) else ms(0))
            extra = []
            if warning:
                extra.append(('Warning', warning))
            if retry_after:
                extra.append(('Retry-After', str(retry_after)))
            self.put(t, 'in', rsp(final, br, cseq, rtag=rtag, extra=extra))
            t += ms(4)
            self.put(t, 'out', ack(br, cseq, rtag))
            info.update(outcome='failed', final_status=final, end=t)
        return info

    def _refer(self, tt, b, cseq, rcontact, ltag, rtag, to, cid, target, local_is_uac):
        c, r = self.c, self.r
        frm = self.me() + ';tag=' + ltag
        too = to + ';tag=' + rtag
        self.put(tt, 'out', sip_msg('REFER %s SIP/2.0' % rcontact.strip('<>'),
                                    [self.via_local(b), ('Max-Forwards', '70'), ('From', frm), ('To', too),
                                     ('Call-ID', cid), ('CSeq', '%d REFER' % cseq), ('Contact', self.contact()),
                                     ('Refer-To', '<sip:%s@%s;user=phone>' % (target, c['domain'])),
                                     ('Referred-By', '<sip:%s@%s>' % (c['sipuser'], c['domain'])),
                                     ('User-Agent', c['ua'])]))
        tt += ms(r.randint(60, 140))
        self.put(tt, 'in', sip_msg('SIP/2.0 202 Accepted', [self.via_local(b), ('From', frm), ('To', too),
                                                            ('Call-ID', cid), ('CSeq', '%d REFER' % cseq)]))
        for i, (state, frag) in enumerate((('active;expires=60', 'SIP/2.0 100 Trying'),
                                           ('terminated;reason=noresource', 'SIP/2.0 200 OK'))):
            tt += ms(r.randint(200, 2500))
            nb = r.branch()
            self.put(tt, 'in', sip_msg('NOTIFY %s SIP/2.0' % self.contact().strip('<>'),
                                       [self.via_sbc(nb), ('Max-Forwards', '69'), ('From', too), ('To', frm),
                                        ('Call-ID', cid), ('CSeq', '%d NOTIFY' % (10 + i)), ('Event', 'refer'),
                                        ('Subscription-State', state)],
                                       frag + '\r\n', 'message/sipfrag;version=2.0'))
            tt += ms(r.randint(5, 20))
            self.put(tt, 'out', sip_msg('SIP/2.0 200 OK', [self.via_sbc(nb), ('From', too), ('To', frm),
                                                           ('Call-ID', cid), ('CSeq', '%d NOTIFY' % (10 + i))]))

    def call_in(self, t, num, name, *, outcome='answered', codec='opus', talk_s=60, bye_by='remote',
                ring_s=5, transfer=None, offer=('PCMU', 'PCMA', 'G722', 'opus'), answer_te=False):
        """Incoming call (the app receives the INVITE)."""
        c, r = self.c, self.r
        cid = 'BW%s%s@%s' % (t.strftime('%H%M%S'), r.hexs(12), c['as_ip'])
        ftag = r.tag()
        frm = '"%s" <sip:%s@%s;user=phone>;tag=%s' % (name, num, c['domain'], ftag)
        to = '<sip:%s@%s>' % (c['sipuser'], c['domain'])
        ruri = 'sip:%s@%s:%d;transport=tls' % (c['sipuser'], c['ip'], c['port'])
        rcontact = '<sip:%s@%s;transport=tls>' % (num, c['sbc'])
        b = r.branch()
        rport = r.randrange(30000, 40000, 2)
        body = sdp(r, c['media_relay'], rport, list(offer), srtp=self.srtp, user='BroadWorks')
        self.put(t, 'in', sip_msg('INVITE %s SIP/2.0' % ruri,
                                  [self.via_sbc(b), ('Max-Forwards', '69'), ('From', frm), ('To', to),
                                   ('Call-ID', cid), ('CSeq', '341 INVITE'), ('Contact', rcontact),
                                   ('Record-Route', '<sip:%s;lr;transport=tls>' % c['sbc']),
                                   ('Allow', ALLOW), ('Supported', 'timer'), ('Session-Expires', '1800;refresher=uac'),
                                   ('Alert-Info', '<http://127.0.0.1/Bellcore-dr1>')], body))
        ltag = r.tag()

        def rsp(code, method='INVITE', cs=341, tag=True, extra=(), body='', bb=None):
            return sip_msg('SIP/2.0 %d %s' % (code, REASONS[code]),
                           [self.via_sbc(bb or b), ('From', frm), ('To', to + (';tag=' + ltag if tag else '')),
                            ('Call-ID', cid), ('CSeq', '%d %s' % (cs, method))] + list(extra), body)

        info = {'call_id': cid, 'direction': 'incoming', 'start': t}
        t += ms(r.randint(3, 15))
        self.put(t, 'out', rsp(100, tag=False))
        t += ms(r.randint(20, 90))
        self.put(t, 'out', rsp(180, extra=[('Contact', self.contact())]))
        if outcome == 'answered':
            t += sec(ring_s) + ms(r.randint(0, 900))
            lport = r.randrange(20000, 30000, 2)
            ans = sdp(r, c['ip'], lport, [codec], te=answer_te, srtp=self.srtp)
            self.put(t, 'out', rsp(200, extra=[('Contact', self.contact()), ('Allow', ALLOW),
                                               ('Session-Expires', '1800;refresher=uac'), ('User-Agent', c['ua'])],
                                   body=ans))
            info['answered'] = t
            t += ms(r.randint(40, 120))
            ab = r.branch()
            self.put(t, 'in', sip_msg('ACK %s SIP/2.0' % self.contact().strip('<>'),
                                      [self.via_sbc(ab), ('Max-Forwards', '69'), ('From', frm),
                                       ('To', to + ';tag=' + ltag), ('Call-ID', cid), ('CSeq', '341 ACK')]))
            info.update(outcome='answered', final_status=200, codecs=[codec])
            t_ans = t
            fr = '"%s" <sip:%s@%s>;tag=%s' % (c['display'], c['sipuser'], c['domain'], ltag)
            if transfer:
                tt = t_ans + sec(talk_s * 0.7)
                bb = r.branch()
                # the app is UAS of this dialog: its requests go From=local To=remote
                self.put(tt, 'out', sip_msg('REFER %s SIP/2.0' % rcontact.strip('<>'),
                                            [self.via_local(bb), ('Max-Forwards', '70'), ('From', fr),
                                             ('To', frm.split(';tag=')[0] + ';tag=' + ftag), ('Call-ID', cid),
                                             ('CSeq', '1 REFER'), ('Contact', self.contact()),
                                             ('Refer-To', '<sip:%s@%s;user=phone>' % (transfer, c['domain'])),
                                             ('Referred-By', '<sip:%s@%s>' % (c['sipuser'], c['domain'])),
                                             ('User-Agent', c['ua'])]))
                tt += ms(r.randint(60, 140))
                self.put(tt, 'in', sip_msg('SIP/2.0 202 Accepted',
                                           [self.via_local(bb), ('From', fr), ('To', frm), ('Call-ID', cid),
                                            ('CSeq', '1 REFER')]))
                for i, (state, frag) in enumerate((('active;expires=60', 'SIP/2.0 100 Trying'),
                                                   ('terminated;reason=noresource', 'SIP/2.0 200 OK'))):
                    tt += ms(r.randint(300, 2500))
                    nb = r.branch()
                    self.put(tt, 'in', sip_msg('NOTIFY %s SIP/2.0' % self.contact().strip('<>'),
                                               [self.via_sbc(nb), ('Max-Forwards', '69'), ('From', frm),
                                                ('To', fr), ('Call-ID', cid), ('CSeq', '%d NOTIFY' % (342 + i)),
                                                ('Event', 'refer'), ('Subscription-State', state)],
                                               frag + '\r\n', 'message/sipfrag;version=2.0'))
                    tt += ms(r.randint(5, 20))
                    self.put(tt, 'out', sip_msg('SIP/2.0 200 OK', [self.via_sbc(nb), ('From', frm), ('To', fr),
                                                                   ('Call-ID', cid), ('CSeq', '%d NOTIFY' % (342 + i))]))
                bye_by = 'remote'
            t = t_ans + sec(talk_s)
            bb = r.branch()
            if bye_by == 'remote':
                self.put(t, 'in', sip_msg('BYE %s SIP/2.0' % self.contact().strip('<>'),
                                          [self.via_sbc(bb), ('Max-Forwards', '69'), ('From', frm),
                                           ('To', to + ';tag=' + ltag), ('Call-ID', cid), ('CSeq', '345 BYE')]))
                t += ms(r.randint(8, 30))
                self.put(t, 'out', rsp(200, 'BYE', 345, bb=bb))
            else:
                self.put(t, 'out', sip_msg('BYE %s SIP/2.0' % rcontact.strip('<>'),
                                           [self.via_local(bb), ('Max-Forwards', '70'), ('From', fr),
                                            ('To', frm), ('Call-ID', cid), ('CSeq', '2 BYE'), ('User-Agent', c['ua'])]))
                t += ms(r.randint(60, 150))
                self.put(t, 'in', sip_msg('SIP/2.0 200 OK', [self.via_local(bb), ('From', fr), ('To', frm),
                                                             ('Call-ID', cid), ('CSeq', '2 BYE')]))
            info['end'] = t
        else:   # the caller cancels
            t += sec(ring_s) + ms(r.randint(0, 900))
            self.put(t, 'in', sip_msg('CANCEL %s SIP/2.0' % ruri,
                                      [self.via_sbc(b), ('Max-Forwards', '69'), ('From', frm), ('To', to),
                                       ('Call-ID', cid), ('CSeq', '341 CANCEL'),
                                       ('Reason', 'SIP;cause=487;text="ORIGINATOR_CANCEL"')]))
            t += ms(r.randint(3, 12))
            self.put(t, 'out', rsp(200, 'CANCEL', tag=False))
            t += ms(r.randint(3, 12))
            self.put(t, 'out', rsp(487))
            t += ms(r.randint(30, 90))
            self.put(t, 'in', sip_msg('ACK %s SIP/2.0' % ruri,
                                      [self.via_sbc(b), ('Max-Forwards', '69'), ('From', frm),
                                       ('To', to + ';tag=' + ltag), ('Call-ID', cid), ('CSeq', '341 ACK')]))
            info.update(outcome='cancelled', final_status=487, end=t)
        return info

    # background SIP: MWI subscription and its NOTIFY --------------------
    def mwi(self, t, waiting='no'):
        c, r = self.c, self.r
        cid = r.hexs(20) + '@' + c['ip']
        tag = r.tag()
        aor = '<sip:%s@%s>' % (c['sipuser'], c['domain'])
        b = r.branch()
        self.put(t, 'out', sip_msg('SUBSCRIBE sip:%s@%s SIP/2.0' % (c['sipuser'], c['domain']),
                                   [self.via_local(b), ('Max-Forwards', '70'), ('From', aor + ';tag=' + tag),
                                    ('To', aor), ('Call-ID', cid), ('CSeq', '1 SUBSCRIBE'), ('Contact', self.contact()),
                                    ('Event', 'message-summary'), ('Expires', '3600'),
                                    ('Accept', 'application/simple-message-summary'), ('User-Agent', c['ua'])]))
        t += ms(r.randint(50, 150))
        rt = r.tag()
        self.put(t, 'in', sip_msg('SIP/2.0 200 OK', [self.via_local(b), ('From', aor + ';tag=' + tag),
                                                     ('To', aor + ';tag=' + rt), ('Call-ID', cid),
                                                     ('CSeq', '1 SUBSCRIBE'), ('Expires', '3600')]))
        t += ms(r.randint(20, 80))
        nb = r.branch()
        body = 'Messages-Waiting: %s\r\nMessage-Account: sip:%s@%s\r\nVoice-Message: %s\r\n' % (
            waiting, c['sipuser'], c['domain'], '2/0 (0/0)' if waiting == 'yes' else '0/0 (0/0)')
        self.put(t, 'in', sip_msg('NOTIFY %s SIP/2.0' % self.contact().strip('<>'),
                                  [self.via_sbc(nb), ('Max-Forwards', '69'), ('From', aor + ';tag=' + rt),
                                   ('To', aor + ';tag=' + tag), ('Call-ID', cid), ('CSeq', '1 NOTIFY'),
                                   ('Event', 'message-summary'), ('Subscription-State', 'active;expires=3600')],
                                  body, 'application/simple-message-summary'))
        t += ms(r.randint(4, 20))
        self.put(t, 'out', sip_msg('SIP/2.0 200 OK', [self.via_sbc(nb), ('From', aor + ';tag=' + rt),
                                                      ('To', aor + ';tag=' + tag), ('Call-ID', cid),
                                                      ('CSeq', '1 NOTIFY')]))
        return t


# --------------------------------------------------------------------------
# SIP printing shapes
# --------------------------------------------------------------------------
def esc(raw):
    return raw.replace('\r', '\\r').replace('\n', '\\n')


def start_line(raw):
    return raw.split('\r\n', 1)[0]


def hdr(raw, *names):
    for l in raw.split('\r\n\r\n')[0].split('\r\n')[1:]:
        n, _, v = l.partition(':')
        if n.strip().lower() in [x.lower() for x in names]:
            return v.strip()
    return ''


def sip_block(style, pw, dt, d, peer, raw, thread, transport='TLS', raw_eol='\n', trailer=True):
    """Return one text block (lines joined by \\n) printing a SIP message."""
    out = d == 'out'
    lines = raw.split('\r\n')
    while lines and lines[-1] == '':
        lines.pop()
    if style == 'announce':
        if out:
            h = pw.line(dt, 'Info', thread, 'SipTransport.cpp:812', 'SipTransport::send',
                        'BWC:SIP: Sending SIP message to %s (%s):' % (peer, transport))
        else:
            h = pw.line(dt, 'Info', thread, 'SipTransport.cpp:655', 'SipTransport::onDataReceived',
                        'BWC:SIP: Received SIP message from %s (%s):' % (peer, transport))
        return h + '\n' + raw_eol.join(lines) + ('\n' if trailer else '')
    if style == 'outin':
        if out:
            h = pw.line(dt, 'Debug', thread, 'SipStack.cpp:1290', 'SipStack::Transport::write',
                        'BWC:SIP: OUT to %s/%s len=%d' % (transport.lower(), peer, len(raw.encode())))
        else:
            h = pw.line(dt, 'Debug', thread, 'SipStack.cpp:1188', 'SipStack::Transport::read',
                        'BWC:SIP: IN from %s/%s len=%d' % (transport.lower(), peer, len(raw.encode())))
        return h + '\n' + raw_eol.join(lines) + ('\n' if trailer else '')
    if style == 'escaped':
        verb = 'Outgoing' if out else 'Incoming'
        return pw.line(dt, 'Info', thread, 'SipLogger.cpp:58', 'SipLogger::log',
                       'BWC:SIP: %s message %s %s (%d bytes): %s' % (verb, 'to' if out else 'from', peer,
                                                                     len(raw.encode()), esc(raw)))
    if style == 'prefixed':
        verb = 'Sent' if out else 'Received'
        res = [pw.line(dt, 'Debug', thread, 'SipMessageLogger.cpp:141', 'SipMessageLogger::dump',
                       'BWC:SIP: ---- %s SIP message %s %s ----' % (verb, 'to' if out else 'from', peer))]
        for l in lines:
            res.append(pw.line(dt, 'Debug', thread, 'SipMessageLogger.cpp:147', 'SipMessageLogger::dump',
                               'BWC:SIP: | ' + l if l else 'BWC:SIP: |'))
        res.append(pw.line(dt, 'Debug', thread, 'SipMessageLogger.cpp:152', 'SipMessageLogger::dump',
                           'BWC:SIP: ---- end of message ----'))
        return '\n'.join(res)
    if style == 'json':
        obj = {'dir': 'OUT' if out else 'IN', 'peer': peer, 'transport': transport,
               'bytes': len(raw.encode()), 'message': raw}
        return pw.line(dt, 'Info', thread, 'BwcSipTrace.cpp:77', 'BwcSipTrace::emit',
                       'BWC:SIP: ' + json.dumps(obj, separators=(',', ':')))
    if style == 'kv':
        return pw.line(dt, 'Info', thread, 'SipTrace.cpp:233', 'SipTrace::onMessage',
                       'BWC:SIP: event=sip dir=%s peer=%s proto=%s callid=%s cseq="%s" first="%s" raw="%s"'
                       % ('send' if out else 'recv', peer, transport.lower(), hdr(raw, 'Call-ID', 'i'),
                          hdr(raw, 'CSeq'), start_line(raw), esc(raw)))
    if style == 'arrows':
        h = pw.line(dt, 'Info', thread, 'SipChannel.cpp:402', 'SipChannel::trace',
                    ('BWC:SIP: >>>>>>>>>> OUT to %s [%s] >>>>>>>>>>' if out else
                     'BWC:SIP: <<<<<<<<<< IN from %s [%s] <<<<<<<<<<') % (peer, transport))
        return h + '\n' + '\n'.join(lines) + '\n' + ('-' * 60)
    raise ValueError(style)


def put_sip(log, style, pw, ua_events, peer, thread, **kw):
    for dt, d, raw in ua_events:
        log.add(dt, sip_block(style, pw, dt, d, peer, raw, thread, **kw))


# --------------------------------------------------------------------------
# media engine (SQ) lines
# --------------------------------------------------------------------------
def sq_series(rnd, t0, t1, codec, peak_loss=0.004, peak_jitter=14, peak_rtt=48, step=5, pct=False,
              base_loss=None, base_jitter=None, base_rtt=None):
    """SQAudioTX/RX pairs every `step` s between t0 and t1; the worst values are exactly the peaks.
    Returns (list of (dt, text), worst dict in percent/ms)."""
    ct = CODECS[codec][2]
    ssrc_tx, ssrc_rx = rnd.randint(10 ** 9, 4 * 10 ** 9), rnd.randint(10 ** 9, 4 * 10 ** 9)
    csi = rnd.randint(10 ** 8, 2 * 10 ** 9)
    bl = base_loss if base_loss is not None else min(peak_loss, 0.003)
    bj = base_jitter if base_jitter is not None else min(peak_jitter, 12)
    br_ = base_rtt if base_rtt is not None else min(peak_rtt, 45)
    ts, t = [], t0 + sec(2)
    while t < t1 - sec(1):
        ts.append(t)
        t += sec(step) + ms(rnd.randint(-80, 80))
    n = len(ts)
    if n < 3:
        raise ValueError('call too short for media lines')
    pl, pj, pr = n // 2, max(1, n // 3), min(n - 1, (2 * n) // 3)
    out = []
    worst = {'loss': 0.0, 'jitter': 0, 'rtt': 0}
    bytes_tx = bytes_rx = 0
    br = {'opus': 36000, 'G722': 64000, 'PCMU': 64000, 'PCMA': 64000}.get(codec, 32000)
    for i, t in enumerate(ts):
        for dirn in ('TX', 'RX'):
            if dirn == 'RX':
                loss = peak_loss if i == pl else round(rnd.uniform(0, bl), 3)
                jit = peak_jitter if i == pj else rnd.randint(max(0, bj - 6), bj)
            else:
                loss = round(rnd.uniform(0, min(bl, peak_loss) / 2), 3)
                jit = rnd.randint(0, max(0, min(bj, peak_jitter) - 2))
            rtt = peak_rtt if (i == pr and dirn == 'TX') else rnd.randint(max(1, br_ - 10), br_)
            rtt = min(rtt, peak_rtt)
            loss = min(loss, peak_loss)
            jit = min(jit, peak_jitter)
            worst['loss'] = max(worst['loss'], loss)
            worst['jitter'] = max(worst['jitter'], jit)
            worst['rtt'] = max(worst['rtt'], rtt)
            if dirn == 'TX':
                bytes_tx += br * step // 8
                b, ssrc = bytes_tx, ssrc_tx
            else:
                bytes_rx += br * step // 8
                b, ssrc = bytes_rx, ssrc_rx
            ls = ('%.1f%%' % (loss * 100)) if pct else ('%.3f' % loss)
            txt = ('WME:0 :[SQ] [SQ] INFO: SQAudio%s - vid=0 csi=%d did=0 ssrc=%d loss=%s drop=0.000 jitter=%d '
                   'bytes=%d rtp=%d failed=0 bitrate=%d rtt=%d bw=%d codecType=%d type=UDP'
                   % (dirn, csi, ssrc, ls, jit, b, b // 160, br + rnd.randint(-900, 900), rtt,
                      176000 if codec == 'opus' else 96000, ct))
            out.append((t + (ms(1) if dirn == 'RX' else ms(0)), txt))
    w = {'packet_loss': round(worst['loss'] * 100, 1), 'jitter_ms': worst['jitter'], 'rtt_ms': worst['rtt']}
    return out, w


def put_media(log, pw, series, thread='9968'):
    for dt, txt in series:
        log.add(dt, pw.media(dt, thread, txt))


WME_NOISE = [
    'WME:0 :[ICE] ICE connectivity check succeeded, pair=host/udp',
    'WME:0 :[CSI] audio csi update, count=1',
    'WME:0 :[Device] Speaker volume=%d',
    'WME:0 :[AE] AEC mode=%s, NS level=%d',
    'WME:0 :[NetworkMonitor] estimated downlink bandwidth=%d kbps',
]


def wme_noise(rnd, t0, t1, n):
    out = []
    span = max(1, int((t1 - t0).total_seconds() * 1000))
    for _ in range(n):
        tpl = rnd.choice(WME_NOISE)
        k = tpl.count('%')
        if 'mode=%s' in tpl:
            txt = tpl % (rnd.choice(['hw', 'sw']), rnd.randint(1, 3))
        elif k:
            txt = tpl % rnd.randint(20, 2000)
        else:
            txt = tpl
        out.append((t0 + ms(rnd.randint(0, span)), txt))
    return out


# --------------------------------------------------------------------------
# noise of the client logs (unrelated subsystems, keep-alives, UI events)
# --------------------------------------------------------------------------
NOISE = [
    ('Info', 'MercuryConnection.cpp:512', 'MercuryConnection::onPong', 'Mercury pong received after {n} ms'),
    ('Debug', 'MercuryConnection.cpp:480', 'MercuryConnection::sendPing', 'Sending Mercury ping id={h}'),
    ('Info', 'HttpClient.cpp:412', 'HttpClient::onComplete',
     'GET https://conv-r.example.com/conversation/api/v1/conversations?activitiesLimit=0&participantsLimit=0 -> 200 ({n} ms) trackingid={tid}'),
    ('Info', 'HttpClient.cpp:412', 'HttpClient::onComplete',
     'GET https://wdm-r.example.com/wdm/api/v1/devices/{u} -> 200 ({n} ms) trackingid={tid}'),
    ('Info', 'HttpClient.cpp:412', 'HttpClient::onComplete',
     'POST https://metrics-r.example.com/metrics/api/v1/clientmetrics -> 204 ({n} ms) trackingid={tid}'),
    ('Debug', 'UIEventDispatcher.cpp:88', 'UIEventDispatcher::dispatch', 'UI event: window focus changed, focused={b}'),
    ('Debug', 'UIEventDispatcher.cpp:88', 'UIEventDispatcher::dispatch', 'UI event: navigation tab selected "{tab}"'),
    ('Info', 'PresenceService.cpp:77', 'PresenceService::publish', 'Presence status published: {pres}'),
    ('Info', 'AudioDeviceManager.cpp:233', 'AudioDeviceManager::onDeviceListChanged', 'Audio devices: {n} capture, 2 render'),
    ('Debug', 'TelemetryUploader.cpp:56', 'TelemetryUploader::flush', 'Uploaded {n} telemetry events'),
    ('Info', 'ContactsService.cpp:140', 'ContactsService::sync', 'Contact sync finished: {n} contacts, 0 changed'),
    ('Debug', 'ImageCache.cpp:145', 'ImageCache::load', 'avatar cache hit for {u}'),
    ('Info', 'NetworkMonitor.cpp:301', 'NetworkMonitor::onChange', 'Network reachability: reachable via {net}'),
    ('Debug', 'KeepAliveTimer.cpp:61', 'KeepAliveTimer::fire', 'BWC:SIP: keep-alive CRLF sent on TLS connection to {sbc}'),
    ('Info', 'CalendarService.cpp:212', 'CalendarService::refresh', 'Calendar refreshed, {n} meetings in range'),
    ('Debug', 'SearchIndex.cpp:97', 'SearchIndex::commit', 'Search index committed {n} documents'),
    ('Info', 'NotificationCenter.cpp:66', 'NotificationCenter::post', 'Notification suppressed (do not disturb = {b})'),
]


BWC_NOISE = [
    ('Debug', 'KeepAliveTimer.cpp:61', 'KeepAliveTimer::fire', 'BWC:SIP: keep-alive CRLF sent on TLS connection to {sbc}'),
    ('Debug', 'KeepAliveTimer.cpp:70', 'KeepAliveTimer::onPong', 'BWC:SIP: keep-alive CRLF answer received from {sbc}'),
    ('Debug', 'BroadWorksManager.cpp:990', 'BroadWorksManager::onTimer', 'BWC:SCF: connection keep-alive ok'),
    ('Info', 'XsiEventChannel.cpp:311', 'XsiEventChannel::onHeartbeat', 'BWC:XSI: event channel heartbeat ok (channel {h})'),
    ('Debug', 'CallHistory.cpp:120', 'CallHistory::refresh', 'BWC:SCF: call history refreshed, {n} entries'),
    ('Debug', 'AudioSession.cpp:77', 'AudioSession::route', 'BWC:MEDIA: audio route unchanged'),
]


def noise(log, pw, rnd, t0, t1, n, ctx, extra=(), bwc_only=False):
    span = max(1, int((t1 - t0).total_seconds() * 1000))
    pool = (BWC_NOISE if bwc_only else NOISE) + list(extra)
    threads = ['0x' + rnd.hexs(4) for _ in range(6)]
    for _ in range(n):
        lv, src, func, msg = rnd.choice(pool)
        msg = msg.format(n=rnd.randint(3, 900), h=rnd.hexs(8), tid=rnd.tracking(), u=rnd.uuid(),
                         b=rnd.choice(['true', 'false']), tab=rnd.choice(['Messaging', 'Calling', 'Meetings', 'Teams']),
                         pres=rnd.choice(['active', 'inactive', 'meeting']), net=rnd.choice(['ethernet', 'wifi']),
                         sbc=ctx.get('sbc', '203.0.113.10:8934'))
        dt = t0 + ms(rnd.randint(0, span))
        log.add(dt, pw.line(dt, lv, rnd.choice(threads), src, func, msg))


# --------------------------------------------------------------------------
# HTTP printing
# --------------------------------------------------------------------------
HTTP_REASON = {200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized',
               403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 502: 'Bad Gateway',
               503: 'Service Unavailable'}


def http(log, pw, dt, method, url, status, tid, style, thread, body=None, dur=None, rnd=None,
         src='HttpClient.cpp:412', func='HttpClient::onComplete'):
    dur = dur if dur is not None else 180
    end = dt + ms(dur)
    ok = status < 400 or (status == 401 and '/dms/' in url)   # a digest challenge is routine
    if style == 'arrow':
        txt = pw.line(end, 'Info' if ok else 'Error', thread, src, func,
                      '%s %s -> %d (%d ms) trackingid=%s' % (method, url, status, dur, tid))
        if body:
            txt += '\n' + body
        log.add(end, txt)
    elif style == 'kv':
        log.add(dt, pw.line(dt, 'Debug', thread, 'RestClient.cpp:88', 'RestClient::send',
                            'Request: method=%s url=%s trackingId=%s' % (method, url, tid)))
        txt = pw.line(end, 'Info' if ok else 'Warning', thread, 'RestClient.cpp:141',
                      'RestClient::onResponse', 'Response: status=%d url=%s trackingId=%s' % (status, url, tid))
        if body:
            txt += '\n' + body
        log.add(end, txt)
    elif style == 'httpline':
        log.add(dt, pw.line(dt, 'Info', thread, 'NetworkRequest.cpp:310', 'NetworkRequest::start',
                            '[%s] --> %s %s' % (tid, method, url)))
        txt = pw.line(end, 'Info' if ok else 'Error', thread, 'NetworkRequest.cpp:377',
                      'NetworkRequest::onFinished', '[%s] <-- HTTP/1.1 %d %s' % (tid, status, HTTP_REASON.get(status, '')))
        if body:
            txt += '\n' + body
        log.add(end, txt)
    elif style == 'bracket':
        log.add(dt, pw.line(dt, 'Debug', thread, 'HttpRequester.cpp:201', 'HttpRequester::perform',
                            'request method=[%s] url=[%s] trackingId=[%s]' % (method, url, tid)))
        txt = pw.line(end, 'Info' if ok else 'Error', thread, 'HttpRequester.cpp:266',
                      'HttpRequester::onResult', 'trackingId=[%s] httpStatus = [%d]' % (tid, status))
        if body:
            txt += '\n' + body
        log.add(end, txt)
    else:
        raise ValueError(style)
    return end


# --------------------------------------------------------------------------
# client start-up and registration sequence
# --------------------------------------------------------------------------
ENT_BW = ['squared-call-initiation', 'spark', 'webex-squared', 'squared-syncup', 'cloudmeetings',
          'squared-room-moderation', 'broadworks-connector']
ENT_WXC = ['squared-call-initiation', 'spark', 'webex-squared', 'squared-syncup', 'cloudmeetings',
           'bc-sp-standard', 'squared-fusion-uc']


def device_xml(ctx, dtype='Business Communicator - PC', path='/dms/bc/pc/config.xml'):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<AccessDevices xmlns="http://schema.broadsoft.com/xsi">\n'
            '<accessDevice><deviceType>%s</deviceType><deviceName>%s_%s</deviceName>'
            '<deviceLevel>Group</deviceLevel><deviceLinePort>%s@%s</deviceLinePort>'
            '<deviceTypeUrl>https://%s%s</deviceTypeUrl>'
            '<deviceUserNamePassword><userName>%s</userName><password>********</password></deviceUserNamePassword>'
            '</accessDevice>\n'
            '<accessDevice><deviceType>Polycom VVX 450</deviceType><deviceName>desk_%s</deviceName>'
            '<deviceLevel>Group</deviceLevel><deviceLinePort>%s@%s</deviceLinePort></accessDevice>\n'
            '</AccessDevices>' % (dtype, ctx['num'], dtype.split()[-1].lower(), ctx['sipuser'], ctx['domain'],
                                  ctx['xsp'], path, ctx['dmsuser'], ctx['num'], ctx['num'], ctx['domain']))


def startup(log, pw, rnd, ctx, t, ua, *, sip_style, http_style, thread=None, bwthread=None,
            ents=None, ents_style='list', behavior='NATIVE_WEBEX_TEAMS_CALLING', signin=None,
            dms_challenge=True, register='ok', reg_final=None, sip_log=None, dtype='Business Communicator - PC',
            dms_path='/dms/bc/pc/config.xml', registered_line=True):
    """Write the app start-up: start line, optional sign-in, entitlements, BWC init, JWT, device list,
    DMS config, REGISTER.  SIP goes to sip_log (default: the same log).  Returns the end time."""
    th = thread or '0x' + rnd.hexs(4)
    bw = bwthread or '0x' + rnd.hexs(3)
    sip_log = sip_log or log
    ctx.pop('reg_cid', None)        # a new run registers with a new Call-ID
    ctx.pop('reg_cseq', None)
    log.add(t, pw.line(t, 'Info', th, 'SparkApplication.cpp:188', 'SparkApplication::onStartup',
                       'Application start - Webex version %s on %s' % (ctx['version'], ctx['os'])))
    t += ms(rnd.randint(200, 900))
    log.add(t, pw.line(t, 'Info', th, 'SparkApplication.cpp:240', 'SparkApplication::onStartup',
                       'Client version %s, build channel=%s, locale=%s' % (ctx['version'], ctx.get('channel', 'gold'),
                                                                          ctx.get('locale', 'en_US'))))
    t += ms(rnd.randint(500, 2500))
    if signin:
        t = signin(t)
    t += ms(rnd.randint(300, 1200))
    ents = ents or ENT_BW
    if ents_style == 'list':
        log.add(t, pw.line(t, 'Info', th, 'UserProfileService.cpp:301', 'UserProfileService::onUserProfileUpdated',
                           'user %s entitlements: %s' % (ctx['user_id'], ', '.join(ents))))
    else:
        body = json.dumps({'id': ctx['user_id'], 'orgId': ctx['org_id'], 'entitlements': ents}, indent=2)
        log.add(t, pw.line(t, 'Debug', th, 'UserProfileService.cpp:288', 'UserProfileService::parseProfile',
                           'user profile received:') + '\n' + body)
    t += ms(rnd.randint(20, 100))
    log.add(t, pw.line(t, 'Info', th, 'CallingBehaviorManager.cpp:77', 'CallingBehaviorManager::update',
                       'callingBehavior=%s (org=%s, user=%s)' % (behavior, behavior, behavior)))
    t += ms(rnd.randint(100, 500))
    log.add(t, pw.line(t, 'Info', bw, 'BroadWorksManager.cpp:212', 'BroadWorksManager::initialize',
                       'BWC:SCF: BroadWorks Calling - initializing library (calling backend BroadWorks)'))
    t += ms(rnd.randint(100, 400))
    tid = rnd.tracking()
    ctx.setdefault('tids', []).append(tid)
    t = http(log, pw, t, 'GET', 'https://%s/broadworks-idp-proxy/api/v1/users/jwt' % ctx['idp'], 200, tid,
             http_style, th, dur=rnd.randint(150, 600))
    t += ms(rnd.randint(50, 200))
    tid = rnd.tracking()
    url = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (ctx['xsp'], ctx['bwuser'].replace('@', '%40'))
    t = http(log, pw, t, 'GET', url, 200, tid, http_style, th, body=device_xml(ctx, dtype, dms_path),
             dur=rnd.randint(100, 500))
    t += ms(rnd.randint(50, 200))
    dms = 'https://%s%s' % (ctx['xsp'], dms_path)
    if dms_challenge:
        t = http(log, pw, t, 'GET', dms, 401, rnd.tracking(), http_style, th, dur=rnd.randint(40, 120))
        t += ms(rnd.randint(5, 30))
    t = http(log, pw, t, 'GET', dms, 200, rnd.tracking(), http_style, th, dur=rnd.randint(100, 400))
    t += ms(rnd.randint(30, 120))
    log.add(t, pw.line(t, 'Info', bw, 'BroadWorksConfigDownloader.cpp:188',
                       'BroadWorksConfigDownloader::onConfigDownloaded',
                       'BWC:SCF: ConfigDownload - configuration for device type \'%s\' downloaded (%d bytes), '
                       'SIP proxy %s' % (dtype, rnd.randint(30000, 60000), ctx['sbc_host'])))
    t += ms(rnd.randint(100, 400))
    t, _ = ua.register(t, 'ok' if register == 'ok' else 'reject', final=reg_final)
    put_sip(sip_log, sip_style, pw, ua.ev, ctx['sbc'], bw)
    ua.ev = []
    t += ms(rnd.randint(20, 80))
    if register == 'ok' and registered_line:
        log.add(t, pw.line(t, 'Info', bw, 'BroadWorksManager.cpp:840', 'BroadWorksManager::onRegistrationStateChanged',
                           'BWC:SCF: BroadWorks Calling - client registered, line %s@%s' % (ctx['sipuser'], ctx['domain'])))
        t += ms(rnd.randint(10, 60))
        log.add(t, pw.line(t, 'Info', th, 'PhoneServicesViewModel.cpp:55', 'PhoneServicesViewModel::refresh',
                           'Phone services: SSO session - You are signed in'))
    elif register != 'ok':
        log.add(t, pw.line(t, 'Error', bw, 'BroadWorksManager.cpp:866', 'BroadWorksManager::onRegistrationStateChanged',
                           'BWC:SCF: BroadWorks Calling - registration failed, status=%d' % (reg_final or 403)))
    return t


# --------------------------------------------------------------------------
# BroadWorks server log helpers
# --------------------------------------------------------------------------
def bwh(dt, tz, level, module, thread, *extra):
    return '%s | %-10s | %s | %s |%s' % (bw_ts(dt, tz), level, module, thread, ''.join(' %s |' % e for e in extra))


def xs_sip(dt, tz, d, peer, raw, adapter, corr, extra=()):
    lines = raw.replace('\r\n', '\n').rstrip('\n')
    io_ = 'IN from' if d == 'in' else 'OUT to'
    return '%s\n%s\n\n\tudp %d SIP Bytes %s %s\n%s\n' % (bwh(dt, tz, 'Info', 'Sip', adapter, *extra), corr,
                                                        len(raw.encode()), io_, peer, lines)


# --------------------------------------------------------------------------
# bundle writing
# --------------------------------------------------------------------------
class Bundle:
    def __init__(self, name):
        self.name = name
        self.files = []       # (path, bytes, dt)

    def add(self, path, data, dt):
        if isinstance(data, str):
            data = data.encode('utf-8')
        self.files.append((path, data, dt))

    def add_log(self, path, log, eol='\n', dt=None):
        self.add(path, log.render(eol), dt or (log.last() + sec(1)))

    def zip_bytes(self):
        return make_zip(self.files)

    def size(self):
        return sum(len(d) for _, d, _ in self.files)


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for path, data, dt in files:
            dt = dt.astimezone(UTC)
            zi = zipfile.ZipInfo(path, date_time=(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            if path.endswith('/'):
                zi.external_attr = (0o40755 << 16) | 0x10
            else:
                zi.external_attr = 0o100644 << 16
            zi.extra = struct.pack('<HHBl', 0x5455, 5, 1, int(dt.timestamp()))
            z.writestr(zi, data)
    return buf.getvalue()


def gz_bytes(data, dt):
    buf = io.BytesIO()
    with gzip.GzipFile(filename='', mode='wb', fileobj=buf, mtime=int(dt.timestamp())) as g:
        g.write(data)
    return buf.getvalue()


def write_bundle(b, folder=False):
    dest = os.path.join(OUT, b.name)
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    elif os.path.exists(dest):
        os.remove(dest)
    if folder:
        for path, data, dt in b.files:
            p = os.path.join(dest, path)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, 'wb') as f:
                f.write(data)
            ts = dt.timestamp()
            os.utime(p, (ts, ts))
    else:
        with open(dest, 'wb') as f:
            f.write(b.zip_bytes())


def bundle(fn):
    BUNDLES.append(fn)
    return fn


def expect(name, **kw):
    EXPECTED[name] = kw


# --------------------------------------------------------------------------
# people and places
# --------------------------------------------------------------------------
def person(rnd, first, last, maildom, num, *, sp='telco_west', group=None, platform='Windows',
           version='44.5.0.29672', os_='Windows 10 Enterprise 22H2 (10.0.19045) x64', ip='192.0.2.15',
           xsp='xsp1.example.net', idx=1):
    c = {
        'first': first, 'last': last, 'display': '%s %s' % (first, last),
        'email': ('%s.%s@%s' % (first, last, maildom)).lower(),
        'num': num, 'bwuser': '%s@as%d.example.net' % (num, idx),
        'sipuser': '%s_wxt' % num, 'authuser': '%s_wxt' % num, 'dmsuser': '%s_dm' % num,
        'domain': 'as%d.example.net' % idx, 'as_ip': '198.51.100.%d' % (40 + idx),
        'ip': ip, 'port': rnd.randint(49152, 60999), 'sbc': '203.0.113.%d:8934' % (9 + idx),
        'sbc_host': 'sbc%d.example.net' % idx, 'media_relay': '203.0.113.%d' % (100 + idx),
        'xsp': xsp, 'idp': 'idp-proxy-r.example.com',
        'user_id': rnd.uuid(), 'org_id': rnd.uuid(), 'partner_org_id': rnd.uuid(),
        'version': version, 'os': os_, 'platform': platform, 'sp': sp,
        'group': group or ('%s_%s' % (last, 'office')).lower(),
    }
    c['ua'] = 'Webex/%s (%s) BroadWorksCalling' % (version, platform)
    return c


def win_pw():
    return WxPrinter()


def add_calls_expect(lst, info, worst=None, codecs=True):
    e = {'call_id': info['call_id'], 'direction': info['direction'], 'outcome': info['outcome'],
         'final_status': info['final_status']}
    if codecs and info.get('codecs'):
        e['codecs'] = info['codecs']
    if worst:
        e.update(worst)
    lst.append(e)
    return e


MEDIA_IDS = ['media-packet-loss', 'media-jitter', 'media-latency']
CALL_IDS = ['call-forbidden', 'call-not-found', 'call-unavailable', 'call-busy', 'call-not-acceptable',
            'call-server-error']


# ==========================================================================
# 1. CALLS
# ==========================================================================
@bundle
def f01():
    name = 'F01_call_out_hold_opus_win.zip'
    r = R(101)
    c = person(r, 'Mia', 'Keller', 'bluepine.example.com', '2145550101', sp='telco_west', group='bluepine_logistics')
    pw = WxPrinter()
    app, bwc, med = Log(), Log(), Log()
    ua = Ua(r, c)
    t0 = T('2024-05-14 06:52:10.114')
    t = startup(app, pw, r, c, t0, ua, sip_style='announce', http_style='arrow', sip_log=bwc, bwthread='0x1a2c')
    t = ua.mwi(t + sec(2))
    put_sip(bwc, 'announce', pw, ua.ev, c['sbc'], '0x1a2c'); ua.ev = []
    # keep-alive re-registration later
    ua.register(T('2024-05-14 07:47:31.020'))
    put_sip(bwc, 'announce', pw, ua.ev, c['sbc'], '0x1a2c'); ua.ev = []
    # the call: INVITE challenged with 401, answered, hold, resume, BYE
    tc = T('2024-05-14 08:14:03.507')
    app.add(tc - ms(350), pw.line(tc - ms(350), 'Info', '0x2f1c', 'CallManager.cpp:455', 'CallManager::dial',
                                  'User dialled +14085550123 from calling view (call type: BroadWorks)'))
    info = ua.call_out(tc, '+14085550123', codec='opus', challenge=401, hold=True, talk_s=184, bye_by='local')
    put_sip(bwc, 'announce', pw, ua.ev, c['sbc'], '0x1a2c'); ua.ev = []
    series, worst = sq_series(r, info['answered'], info['end'], 'opus', peak_loss=0.011, peak_jitter=19, peak_rtt=64)
    put_media(med, pw, series)
    for dt, txt in wme_noise(r, info['answered'], info['end'], 25):
        med.add(dt, pw.media(dt, '9968', txt))
    app.add(info['end'] + ms(40), pw.line(info['end'] + ms(40), 'Info', '0x2f1c', 'CallManager.cpp:702',
                                          'CallManager::onCallEnded', 'Call ended by local user, duration 184 s'))
    noise(app, pw, r, t0, T('2024-05-14 09:30:00.000'), 900, c)
    noise(bwc, pw, r, t0, T('2024-05-14 09:30:00.000'), 160, c, bwc_only=True)
    b = Bundle(name)
    base = 'webexlogs_%s_20240514/CiscoSpark/' % c['email'].replace('@', '_at_')
    b.add_log(base + 'current_log.txt', app)
    b.add_log(base + 'bwc/current_log.txt', bwc)
    b.add_log(base + 'media/wme_0.log', med)
    write_bundle(b)
    calls = []
    add_calls_expect(calls, info, worst)
    expect(name, scenario='Windows Partner Hub zip: healthy start-up and registration; one outgoing call (INVITE '
                          'challenged with 401, answered with opus, hold and resume re-INVITEs, local BYE) printed '
                          'as "Sending/Received SIP message" announce line followed by the raw message in '
                          'bwc/current_log.txt; good media in media/wme_0.log.',
           must_not=CALL_IDS + MEDIA_IDS + ['sip-auth-failed', 'sip-register-rejected', 'webex-calling-only'],
           must_not_errors=True,
           timeline={'app-start': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok',
                     'sip-register': 'ok', 'registered': 'ok'},
           facts={'client_version': c['version'], 'platform': 'Windows', 'user_id': c['user_id'],
                  'org_id': c['org_id']},
           calls=calls)


@bundle
def f02():
    name = 'F02_call_in_g722_loss_mac'
    r = R(102)
    c = person(r, 'Lucas', 'Moreau', 'harbordental.example.org', '3125550142', sp='midwest_voice',
               group='harbor_dental', platform='macOS', version='44.4.0.29432',
               os_='macOS 14.4.1 (23E224) arm64', ip='192.0.2.44', idx=2)
    pw = WxPrinter()
    app, med, last = Log(), Log(), Log()
    ua = Ua(r, c)
    # previous run (last_run_current_log)
    tp = T('2024-05-13 13:02:40.218')
    startup(last, pw, r, c, tp, ua, sip_style='prefixed', http_style='httpline', bwthread='0x7e03')
    ua.ev = []
    noise(last, pw, r, tp, T('2024-05-13 18:40:00.000'), 400, c)
    t0 = T('2024-05-14 07:31:09.871')
    t = startup(app, pw, r, c, t0, ua, sip_style='prefixed', http_style='httpline', bwthread='0x7e03')
    t = ua.mwi(t + sec(3), waiting='yes')
    put_sip(app, 'prefixed', pw, ua.ev, c['sbc'], '0x7e03'); ua.ev = []
    tc = T('2024-05-14 10:15:02.336')
    info = ua.call_in(tc, '+12175550166', 'Elif Demir', codec='G722', talk_s=266, bye_by='remote')
    put_sip(app, 'prefixed', pw, ua.ev, c['sbc'], '0x7e03'); ua.ev = []
    app.add(info['answered'] - ms(30), pw.line(info['answered'] - ms(30), 'Info', '0x103', 'CallViewController.mm:311',
                                               'CallViewController::answerClicked', 'User answered incoming call'))
    series, worst = sq_series(r, info['answered'], info['end'], 'G722', peak_loss=0.082, peak_jitter=31, peak_rtt=88,
                              base_loss=0.035, base_jitter=22, base_rtt=70)
    # media/calls/<call>.txt: negotiated SDP then SQ lines
    med.add(info['answered'] + ms(5), pw.media(info['answered'] + ms(5), '7104',
                                               'WME:0 :[SDP] local answer SDP for audio session:') + '\n' +
            sdp(r, c['ip'], 24600, ['G722'], te=False).replace('\r\n', '\n').rstrip('\n'))
    put_media(med, pw, series, thread='7104')
    for dt, txt in wme_noise(r, info['answered'], info['end'], 30):
        med.add(dt, pw.media(dt, '7104', txt))
    noise(app, pw, r, t0, T('2024-05-14 11:02:00.000'), 700, c,
          extra=[('Info', 'SparkMacApp.swift:412', 'SparkMacApp.applicationDidBecomeActive', 'app became active')])
    b = Bundle(name)
    b.add_log('SparkMacDesktop/last_run_current_log', last)
    b.add_log('SparkMacDesktop/current_log', app)
    b.add_log('SparkMacDesktop/media/calls/call_%s.txt' % tc.strftime('%Y%m%d_%H%M%S'), med)
    write_bundle(b, folder=True)
    calls = []
    add_calls_expect(calls, info, worst)
    expect(name, scenario='macOS log folder (current_log without .txt, previous run in last_run_current_log): '
                          'incoming call answered with G722, remote BYE; every SIP line carries the full log prefix '
                          '("BWC:SIP: | ..."); media/calls/*.txt shows RX loss up to 0.082 (8.2 %), jitter and RTT fine.',
           must=['media-packet-loss'], must_not=['media-jitter', 'media-latency'] + CALL_IDS,
           facts={'platform': 'macOS', 'client_version': c['version']},
           calls=calls)


@bundle
def f03():
    name = 'F03_call_out_jitter_pcmu_escaped.zip'
    r = R(103)
    c = person(r, 'Ana', 'Ionescu', 'lindenhof.example.net', '4045550177', sp='south_cloudtel', group='lindenhof_bau',
               ip='192.0.2.61', idx=1)
    pw = WxPrinter(brackets=True)
    app = Log()
    ua = Ua(r, c)
    t0 = T('2024-05-15 08:01:12.090')
    t = startup(app, pw, r, c, t0, ua, sip_style='escaped', http_style='kv', bwthread='0x45c')
    tc = T('2024-05-15 09:40:55.470')
    info = ua.call_out(tc, '+441632960555', codec='PCMU', talk_s=412, bye_by='remote',
                       offer=('opus', 'G722', 'PCMU', 'PCMA'))
    put_sip(app, 'escaped', pw, ua.ev, c['sbc'], '0x45c'); ua.ev = []
    series, worst = sq_series(r, info['answered'], info['end'], 'PCMU', peak_loss=0.012, peak_jitter=86, peak_rtt=142,
                              base_jitter=38, base_rtt=120, step=6)
    put_media(app, pw, series, thread='6120')
    app.add(info['end'] + ms(70), pw.line(info['end'] + ms(70), 'Info', '0x6d10', 'TelephonyService.cpp:5120',
                                          'TelephonyService::onCallEnded', 'Call ended by remote party, reason=normal'))
    noise(app, pw, r, t0, T('2024-05-15 10:20:00.000'), 1100, c)
    b = Bundle(name)
    b.add_log('AppData/Local/CiscoSpark/current_log.txt', app)
    write_bundle(b)
    calls = []
    add_calls_expect(calls, info, worst)
    expect(name, scenario='Windows zip with a newer build that writes BWC, SIP and media into current_log.txt: each '
                          'SIP message on one line with escaped \\r\\n; outgoing call answered with PCMU, remote '
                          'BYE; SQAudioRX jitter up to 86 ms.',
           must=['media-jitter'], must_not=['media-packet-loss', 'media-latency'] + CALL_IDS,
           timeline={'app-start': 'ok', 'device-list': 'ok', 'config-download': 'ok', 'sip-register': 'ok'},
           calls=calls)


@bundle
def f04():
    name = 'F04_call_out_latency_json.zip'
    r = R(104)
    c = person(r, 'Pieter', 'de Vries', 'kanaalzicht.example.com', '2025550119', sp='benelux_voice',
               group='kanaalzicht', ip='192.0.2.77', idx=3)
    c['email'] = 'pieter.devries@kanaalzicht.example.com'
    pw = WxPrinter()
    app, med = Log(), Log()
    ua = Ua(r, c, srtp=True)
    t0 = T('2024-05-16 12:10:44.512')
    t = startup(app, pw, r, c, t0, ua, sip_style='json', http_style='bracket', bwthread='0x2b8')
    tc = T('2024-05-16 13:02:19.004')
    info = ua.call_out(tc, '+61255550123', codec='opus', talk_s=301, bye_by='local', answer_te=True)
    put_sip(app, 'json', pw, ua.ev, c['sbc'], '0x2b8'); ua.ev = []
    series, worst = sq_series(r, info['answered'], info['end'], 'opus', peak_loss=0.007, peak_jitter=24, peak_rtt=640,
                              base_rtt=455, base_jitter=15)
    put_media(med, pw, series, thread='10244')
    for dt, txt in wme_noise(r, info['answered'], info['end'], 20):
        med.add(dt, pw.media(dt, '10244', txt))
    noise(app, pw, r, t0, T('2024-05-16 13:40:00.000'), 600, c)
    b = Bundle(name)
    b.add_log('CiscoSpark/current_log.txt', app)
    b.add_log('CiscoSpark/media/wme_1.log', med)
    write_bundle(b)
    calls = []
    e = add_calls_expect(calls, info, worst, codecs=False)
    expect(name, scenario='Windows zip; SIP printed as one JSON object per log line ({"dir":"OUT",...,"message":'
                          '"INVITE ...\\r\\n..."}), SRTP (RTP/SAVP) offer; outgoing international call answered '
                          'with opus (answer also lists telephone-event, so codecs are not asserted); media RTT '
                          'between 445 and 640 ms.',
           must=['media-latency'], must_not=['media-packet-loss', 'media-jitter'] + CALL_IDS,
           calls=calls)


@bundle
def f05():
    name = 'F05_call_busy_then_ok_arrows.zip'
    r = R(105)
    c = person(r, 'Hannah', 'Schulz', 'bluepine.example.com', '2145550133', sp='telco_west',
               group='bluepine_logistics', ip='192.0.2.23')
    pw = WxPrinter()
    app, bwc, med = Log(), Log(), Log()
    ua = Ua(r, c)
    t0 = T('2024-05-14 07:12:00.331')
    startup(app, pw, r, c, t0, ua, sip_style='arrows', http_style='arrow', sip_log=bwc, bwthread='0x3f0')
    tc = T('2024-05-14 09:05:41.112')
    i1 = ua.call_out(tc, '+12145550999', outcome='failed', final=486, ring_s=0)
    put_sip(bwc, 'arrows', pw, ua.ev, c['sbc'], '0x3f0'); ua.ev = []
    tf = i1['end'] + ms(60)
    app.add(tf, pw.line(tf, 'Debug', '0x6d10', 'TelephonyService.cpp:8667', 'TelephonyService::notifyCallFailure',
                        ':Call or mid-call feature failed. Locus Id: [00000000-0000-0000-0000-000000000000] '
                        'Error type = [1003] isFatal = true rawType = [1003] sipStatus = [486]'))
    i2 = ua.call_out(T('2024-05-14 09:08:02.870'), '+12145550999', codec='opus', talk_s=95, bye_by='remote')
    put_sip(bwc, 'arrows', pw, ua.ev, c['sbc'], '0x3f0'); ua.ev = []
    series, worst = sq_series(r, i2['answered'], i2['end'], 'opus', peak_loss=0.006, peak_jitter=17, peak_rtt=52)
    put_media(med, pw, series)
    noise(app, pw, r, t0, T('2024-05-14 09:30:00.000'), 800, c)
    noise(bwc, pw, r, t0, T('2024-05-14 09:30:00.000'), 90, c, bwc_only=True)
    b = Bundle(name)
    b.add_log('CiscoSpark/current_log.txt', app)
    b.add_log('CiscoSpark/bwc/current_log.txt', bwc)
    b.add_log('CiscoSpark/media/wme_0.log', med)
    write_bundle(b)
    calls = []
    add_calls_expect(calls, i1)
    add_calls_expect(calls, i2, worst)
    expect(name, scenario='Windows zip; SIP between ">>>>>>>>>> OUT to" / "<<<<<<<<<< IN from" banner lines in '
                          'bwc/current_log.txt; first outgoing call rejected 486 Busy Here, the retry two minutes '
                          'later answered with opus, good media.',
           must=['call-busy'], must_not=MEDIA_IDS + ['call-forbidden', 'call-not-found', 'call-server-error'],
           calls=calls)


@bundle
def f06():
    name = 'F06_call_404_480_kv.zip'
    r = R(106)
    c = person(r, 'Ravi', 'Menon', 'northgate.example.org', '6175550108', sp='atlantic_uc', group='northgate_law',
               ip='192.0.2.91', idx=2)
    pw = WxPrinter(brackets=True)
    app = Log()
    ua = Ua(r, c)
    t0 = T('2024-05-17 13:20:05.002')
    startup(app, pw, r, c, t0, ua, sip_style='kv', http_style='httpline', bwthread='0x1184')
    i1 = ua.call_out(T('2024-05-17 14:02:10.500'), '+16175550000', outcome='failed', final=404)
    put_sip(app, 'kv', pw, ua.ev, c['sbc'], '0x1184'); ua.ev = []
    i2 = ua.call_out(T('2024-05-17 14:06:47.021'), '+16175550172', outcome='failed', final=480, ring_s=2)
    put_sip(app, 'kv', pw, ua.ev, c['sbc'], '0x1184'); ua.ev = []
    for i, code in ((i1, 404), (i2, 480)):
        tf = i['end'] + ms(35)
        app.add(tf, pw.line(tf, 'Warning', '0x6d10', 'CallControlManager.cpp:2210', 'CallControlManager::onCallFailed',
                            'BWC:SCF: call failed, callId=%s status=%d' % (i['call_id'], code)))
    noise(app, pw, r, t0, T('2024-05-17 14:30:00.000'), 900, c)
    b = Bundle(name)
    b.add_log('Users/rmenon/AppData/Local/CiscoSpark/current_log.txt', app)
    write_bundle(b)
    calls = []
    add_calls_expect(calls, i1)
    add_calls_expect(calls, i2)
    expect(name, scenario='Windows zip; SIP printed as key=value summary lines (dir=send/recv, callid=, cseq=, '
                          'first="...", raw="...escaped...") in current_log.txt; two outgoing calls: 404 Not Found '
                          'and 480 Temporarily Unavailable.',
           must=['call-not-found', 'call-unavailable'],
           must_not=['call-busy', 'call-forbidden', 'call-server-error', 'call-not-acceptable'] + MEDIA_IDS,
           calls=calls)


@bundle
def f07():
    name = 'F07_call_403_ios_csf_compact.zip'
    r = R(107)
    c = person(r, 'Sofia', 'Rossi', 'trattoria-sole.example.com', '7025550181', sp='desert_comm', group='sole_group',
               platform='iOS', version='44.5.1.29701', os_='iOS 17.4.1 (iPhone14,2)', ip='192.0.2.130', idx=1)
    pw = CsfPrinter()
    app = Log()
    ua = Ua(r, c, compact_in=True)
    t0 = T('2024-05-18 16:44:03.177')
    startup(app, pw, r, c, t0, ua, sip_style='announce', http_style='arrow', bwthread='0x16f8a7000',
            thread='0x1f11c8000', dtype='Business Communicator - Mobile', dms_path='/dms/bc/iphone/config.xml')
    i1 = ua.call_out(T('2024-05-18 17:01:33.458'), '+881655500120', outcome='failed', final=403)
    put_sip(app, 'announce', pw, ua.ev, c['sbc'], '0x16f8a7000'); ua.ev = []
    tf = i1['end'] + ms(50)
    app.add(tf, pw.line(tf, 'Error', '0x1f11c8000', 'TelephonyService.cpp:8667', 'TelephonyService::notifyCallFailure',
                        'Call or mid-call feature failed. Error type = [1000] isFatal = true rawType = [1000] sipStatus = [403]'))
    noise(app, pw, r, t0, T('2024-05-18 17:20:00.000'), 500, c)
    b = Bundle(name)
    b.add_log('Webex_iOS_logs/current_log.txt', app)
    b.add('Webex_iOS_logs/device_info.txt',
          'App: Webex %s\nDevice: iPhone14,2\nOS: %s\nLocale: it_IT\n' % (c['version'], c['os']), t0)
    write_bundle(b)
    calls = []
    add_calls_expect(calls, i1)
    expect(name, scenario='iOS Send-Logs zip in the older CSF line shape ("2024-05-18 17:01:33,458 INFO [thread] '
                          '[bwc/File.cpp(812)] [BWC] [send] - ..."); received SIP messages use compact header '
                          'names (i:, f:, t:, v:, l:); outgoing international call answered 403 Forbidden.',
           must=['call-forbidden'], must_not=['call-busy', 'call-not-found', 'call-server-error'],
           facts={'platform': 'iOS', 'client_version': c['version']},
           calls=calls)


@bundle
def f08():
    name = 'F08_call_488_android_logcat.zip'
    r = R(108)
    c = person(r, 'Daniel', 'Okafor', 'greenleaf.example.net', '7135550150', sp='gulf_telecom', group='greenleaf_energy',
               platform='Android', version='44.5.0.29655', os_='Android 14 (Pixel 7)', ip='192.0.2.150', idx=2)
    pw = LogcatPrinter(pid=6621)
    app = Log()
    ua = Ua(r, c)
    t0 = T('2024-05-19 10:00:12.661')
    startup(app, pw, r, c, t0, ua, sip_style='prefixed', http_style='kv', bwthread='0x1c2f',
            dtype='Business Communicator - Mobile', dms_path='/dms/bc/android/config.xml')
    i1 = ua.call_out(T('2024-05-19 10:21:40.119'), '+17135550911', outcome='failed', final=488,
                     warning='305 sbc2.example.net "Incompatible media format"', offer=('opus', 'PCMU'))
    put_sip(app, 'prefixed', pw, ua.ev, c['sbc'], '0x1c2f'); ua.ev = []
    i2 = ua.call_in(T('2024-05-19 10:48:03.902'), '+17135550134', 'Marta Nowak', codec='PCMA', talk_s=140,
                    bye_by='local')
    put_sip(app, 'prefixed', pw, ua.ev, c['sbc'], '0x1c2f'); ua.ev = []
    series, worst = sq_series(r, i2['answered'], i2['end'], 'PCMA', peak_loss=0.009, peak_jitter=21, peak_rtt=77)
    put_media(app, pw, series, thread='7310')
    noise(app, pw, r, t0, T('2024-05-19 11:10:00.000'), 700, c)
    b = Bundle(name)
    b.add_log('logs/logcat_main.txt', app)
    write_bundle(b)
    calls = []
    add_calls_expect(calls, i1)
    add_calls_expect(calls, i2, worst)
    expect(name, scenario='Android logcat (threadtime, no year); every SIP line is its own logcat entry; outgoing '
                          'call refused 488 Not Acceptable Here with Warning 305; later an incoming call answered '
                          'with PCMA and good media.',
           must=['call-not-acceptable'], must_not=MEDIA_IDS + ['call-busy', 'call-forbidden'],
           calls=calls)


@bundle
def f09():
    name = 'F09_call_5xx_rotated_gz.zip'
    r = R(109)
    c = person(r, 'Noah', 'Fischer', 'lindenhof.example.net', '4045550190', sp='south_cloudtel', group='lindenhof_bau',
               ip='192.0.2.62')
    pw = WxPrinter()
    old, new, app = Log(), Log(), Log()
    ua = Ua(r, c)
    t0 = T('2024-05-20 06:58:30.000')
    startup(app, pw, r, c, t0, ua, sip_style='announce', http_style='arrow', sip_log=old, bwthread='0x45c')
    i1 = ua.call_out(T('2024-05-20 08:31:12.402'), '+14045550300', outcome='failed', final=500)
    put_sip(old, 'announce', pw, ua.ev, c['sbc'], '0x45c'); ua.ev = []
    i2 = ua.call_out(T('2024-05-20 08:33:40.880'), '+14045550300', outcome='failed', final=503, retry_after=120)
    put_sip(old, 'announce', pw, ua.ev, c['sbc'], '0x45c'); ua.ev = []
    noise(old, pw, r, t0, T('2024-05-20 09:00:00.000'), 300, c, bwc_only=True)
    # the newer file: only refreshes and keep-alives
    for tt in ('2024-05-20 09:52:30.100', '2024-05-20 10:52:29.870'):
        ua.register(T(tt))
        put_sip(new, 'announce', pw, ua.ev, c['sbc'], '0x45c'); ua.ev = []
    noise(new, pw, r, T('2024-05-20 09:00:00.000'), T('2024-05-20 11:00:00.000'), 200, c, bwc_only=True)
    noise(app, pw, r, t0, T('2024-05-20 11:00:00.000'), 1000, c)
    b = Bundle(name)
    b.add_log('CiscoSpark/current_log.txt', app, eol='\r\n')
    b.add('CiscoSpark/bwc/current_log.txt.1.gz', gz_bytes(old.render('\r\n'), old.last()), old.last() + sec(1))
    b.add_log('CiscoSpark/bwc/current_log.txt', new, eol='\r\n')
    write_bundle(b)
    calls = []
    add_calls_expect(calls, i1)
    add_calls_expect(calls, i2)
    expect(name, scenario='Windows zip, CRLF files; the calls are only in the rotated, gzip-compressed '
                          'bwc/current_log.txt.1.gz: an outgoing call answered 500 Server Internal Error and the '
                          'retry 503 Service Unavailable (Retry-After: 120); the current bwc file holds only '
                          'REGISTER refreshes.',
           must=['call-server-error'], must_not=['call-busy', 'call-not-found', 'call-forbidden'],
           calls=calls)


@bundle
def f10():
    name = 'F10_call_cancel_487_mac.zip'
    r = R(110)
    c = person(r, 'Chloe', 'Martin', 'atelier-lune.example.com', '5035550126', sp='cascade_voice', group='atelier_lune',
               platform='macOS', version='44.5.0.29672', os_='macOS 13.6.6 x86_64', ip='192.0.2.48', idx=3)
    pw = WxPrinter()
    app, bwc = Log(), Log()
    ua = Ua(r, c)
    t0 = T('2024-05-21 08:40:03.551')
    startup(app, pw, r, c, t0, ua, sip_style='outin', http_style='kv', sip_log=bwc, bwthread='0x7000047')
    i1 = ua.call_out(T('2024-05-21 09:12:50.300'), '+15035550777', outcome='cancelled', ring_s=9)
    put_sip(bwc, 'outin', pw, ua.ev, c['sbc'], '0x7000047'); ua.ev = []
    app.add(i1['end'] - ms(120), pw.line(i1['end'] - ms(120), 'Info', '0x103', 'CallWindowController.mm:207',
                                         'CallWindowController::endClicked', 'User hung up before answer'))
    i2 = ua.call_in(T('2024-05-21 09:30:07.004'), '+15035550610', 'Jonas Berg', outcome='cancelled', ring_s=14)
    put_sip(bwc, 'outin', pw, ua.ev, c['sbc'], '0x7000047'); ua.ev = []
    noise(app, pw, r, t0, T('2024-05-21 10:00:00.000'), 600, c)
    noise(bwc, pw, r, t0, T('2024-05-21 10:00:00.000'), 120, c, bwc_only=True)
    b = Bundle(name)
    b.add('SparkMacDesktop/', b'', t0)
    b.add_log('SparkMacDesktop/current_log.txt', app)
    b.add_log('SparkMacDesktop/bwc/current_log.txt', bwc)
    b.add('__MACOSX/SparkMacDesktop/._current_log.txt', b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + bytes(50), t0)
    b.add('__MACOSX/SparkMacDesktop/bwc/._current_log.txt', b'\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ' + bytes(50), t0)
    write_bundle(b)
    calls = []
    add_calls_expect(calls, i1)
    add_calls_expect(calls, i2)
    expect(name, scenario='macOS zip made with Finder (__MACOSX entries); SIP after "OUT to tls/host:port len=" / '
                          '"IN from" lines in bwc/current_log.txt; an outgoing call the user cancels while ringing '
                          '(CANCEL, 200, 487, ACK) and an incoming call the caller cancels (CANCEL received, 487 '
                          'sent). Neither is a failure.',
           must_not=CALL_IDS + MEDIA_IDS,
           calls=calls)


@bundle
def f11():
    name = 'F11_call_in_transfer_refer_android.zip'
    r = R(111)
    c = person(r, 'Marta', 'Nowak', 'vistula-print.example.org', '2675550145', sp='east_voip', group='vistula_print',
               platform='Android', version='44.5.0.29655', os_='Android 13 (SM-G991B)', ip='192.0.2.151', idx=1)
    pw = WxPrinter()
    app = Log()
    ua = Ua(r, c)
    t0 = T('2024-05-22 07:05:44.019')
    startup(app, pw, r, c, t0, ua, sip_style='announce', http_style='arrow', bwthread='0x2d7',
            dtype='Business Communicator - Mobile', dms_path='/dms/bc/android/config.xml')
    # the announce/raw of the start-up used LF; calls keep CRLF inside the raw message
    info = ua.call_in(T('2024-05-22 08:17:20.640'), '+12675550190', 'Tomasz Lis', codec='opus', talk_s=120,
                      transfer='+12675550133')
    put_sip(app, 'announce', pw, ua.ev, c['sbc'], '0x2d7', raw_eol='\r\n'); ua.ev = []
    series, worst = sq_series(r, info['answered'], info['end'], 'opus', peak_loss=0.004, peak_jitter=13, peak_rtt=58)
    put_media(app, pw, series, thread='5521')
    app.add(info['end'] - sec(35), pw.line(info['end'] - sec(35), 'Info', '0x1', 'CallActivity.kt:522',
                                           'CallActivity.onTransferClicked', 'Blind transfer to +12675550133 requested'))
    noise(app, pw, r, t0, T('2024-05-22 08:40:00.000'), 500, c)
    b = Bundle(name)
    b.add_log('android/current_log.txt', app)
    write_bundle(b)
    calls = []
    add_calls_expect(calls, info, worst)
    expect(name, scenario='Android Send-Logs zip in the Webex line grammar; raw SIP after announce lines keeps '
                          'CRLF inside an LF file; incoming call answered with opus, blind transfer by REFER '
                          '(202, NOTIFY sipfrag 100 then 200), the AS ends the leg with BYE; good media.',
           must_not=CALL_IDS + MEDIA_IDS, must_not_errors=True,
           facts={'platform': 'Android'},
           calls=calls)


@bundle
def f12():
    name = 'F12_calls_mixed_nested_zip.zip'
    r = R(112)
    c = person(r, 'Jonas', 'Berg', 'fjordline.example.com', '9175550160', sp='nordic_uc', group='fjordline_shipping',
               ip='192.0.2.35', idx=2)
    pw = WxPrinter()
    app, med = Log(), Log()
    ua = Ua(r, c)
    t0 = T('2024-05-23 06:30:00.418')
    startup(app, pw, r, c, t0, ua, sip_style='outin', http_style='arrow', bwthread='0x5f8')
    i1 = ua.call_out(T('2024-05-23 08:02:11.500'), '+19175550001', codec='G722', talk_s=210, bye_by='local')
    i2 = ua.call_out(T('2024-05-23 08:20:30.060'), '+19175550002', outcome='failed', final=486, ring_s=0)
    i3 = ua.call_in(T('2024-05-23 08:41:15.777'), '+19175550003', 'Ingrid Solberg', codec='opus', talk_s=330,
                    bye_by='remote')
    put_sip(app, 'outin', pw, ua.ev, c['sbc'], '0x5f8'); ua.ev = []
    s1, w1 = sq_series(r, i1['answered'], i1['end'], 'G722', peak_loss=0.008, peak_jitter=16, peak_rtt=41, pct=True)
    s3, w3 = sq_series(r, i3['answered'], i3['end'], 'opus', peak_loss=0.115, peak_jitter=29, peak_rtt=96,
                       base_loss=0.06, base_jitter=20, base_rtt=80, pct=True)
    put_media(med, pw, s1 + s3, thread='11808')
    noise(app, pw, r, t0, T('2024-05-23 09:30:00.000'), 1200, c)
    inner = make_zip([('CiscoSpark/current_log.txt', app.render(), app.last() + sec(1)),
                      ('CiscoSpark/media/wme_0.log', med.render(), med.last() + sec(1))])
    b = Bundle(name)
    tz = T('2024-05-23 09:31:12')
    b.add('jonas.berg@fjordline.example.com/', b'', tz)
    b.add('jonas.berg@fjordline.example.com/WebexLogs_20240523.zip', inner, tz)
    b.add('jonas.berg@fjordline.example.com/upload_info.txt',
          'Uploaded by: Webex app %s (Windows)\nUpload time: 2024-05-23T09:31:12Z\nUser: %s\n' % (c['version'], c['user_id']),
          tz)
    write_bundle(b)
    calls = []
    add_calls_expect(calls, i1, w1)
    add_calls_expect(calls, i2)
    add_calls_expect(calls, i3, w3)
    expect(name, scenario='Partner Hub zip holding a nested WebexLogs zip; three calls in one current_log.txt: '
                          'outgoing G722 call with good media, outgoing call rejected 486, incoming opus call with '
                          'RX loss printed with a percent sign up to 11.5%; SQ lines in media/wme_0.log only '
                          'during the two answered calls.',
           must=['call-busy', 'media-packet-loss'], must_not=['media-jitter', 'media-latency', 'call-server-error'],
           facts={'user_id': c['user_id']},
           calls=calls)


@bundle
def f13():
    name = 'F13_call_out_near_thresholds_crlf.zip'
    r = R(113)
    c = person(r, 'Elif', 'Demir', 'bosphorus-tex.example.net', '2125550171', sp='metro_voice', group='bosphorus_textiles',
               ip='192.0.2.70', idx=1)
    pw = WxPrinter()
    app, bwc, med = Log(), Log(), Log()
    ua = Ua(r, c)
    t0 = T('2024-05-24 05:55:10.004')
    startup(app, pw, r, c, t0, ua, sip_style='announce', http_style='bracket', sip_log=bwc, bwthread='0x88c',
            dms_challenge=False)
    i1 = ua.call_out(T('2024-05-24 07:14:03.330'), '+902125550199', codec='PCMA', challenge=407, talk_s=520,
                     bye_by='local', offer=('opus', 'G722', 'PCMA', 'PCMU'))
    put_sip(bwc, 'announce', pw, ua.ev, c['sbc'], '0x88c', trailer=False); ua.ev = []
    s1, w1 = sq_series(r, i1['answered'], i1['end'], 'PCMA', peak_loss=0.049, peak_jitter=48, peak_rtt=390,
                       base_loss=0.03, base_jitter=35, base_rtt=300)
    put_media(med, pw, s1, thread='4410')
    noise(app, pw, r, t0, T('2024-05-24 07:40:00.000'), 800, c)
    noise(bwc, pw, r, t0, T('2024-05-24 07:40:00.000'), 100, c, bwc_only=True)
    b = Bundle(name)
    b.add_log('CiscoSpark/current_log.txt', app, eol='\r\n')
    b.add_log('CiscoSpark/bwc/current_log.txt', bwc, eol='\r\n')
    b.add_log('CiscoSpark/media/wme_0.log', med, eol='\r\n')
    write_bundle(b)
    calls = []
    add_calls_expect(calls, i1, w1)
    expect(name, scenario='Windows zip, all files CRLF, raw SIP followed directly by the next log line (no blank '
                          'line); outgoing call challenged with 407 then answered with PCMA; media just under every '
                          'threshold (loss 4.9 %, jitter 48 ms, RTT 390 ms): nothing to flag.',
           must_not=MEDIA_IDS + CALL_IDS + ['sip-auth-failed'], must_not_errors=True,
           timeline={'app-start': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok',
                     'sip-register': 'ok', 'registered': 'ok'},
           calls=calls)


@bundle
def f14():
    name = 'F14_call_in_jitter_rtt_compact.zip'
    r = R(114)
    c = person(r, 'Tomasz', 'Lis', 'vistula-print.example.org', '2675550190', sp='east_voip', group='vistula_print',
               ip='192.0.2.88', idx=1)
    pw = WxPrinter(brackets=True)
    app = Log()
    ua = Ua(r, c, compact_in=True)
    t0 = T('2024-05-22 06:40:00.990')
    startup(app, pw, r, c, t0, ua, sip_style='escaped', http_style='bracket', bwthread='0x9a4')
    i1 = ua.call_in(T('2024-05-22 08:17:26.310'), '+12675550145', 'Marta Nowak', codec='opus', talk_s=230,
                    bye_by='local')
    put_sip(app, 'escaped', pw, ua.ev, c['sbc'], '0x9a4'); ua.ev = []
    s1, w1 = sq_series(r, i1['answered'], i1['end'], 'opus', peak_loss=0.013, peak_jitter=72, peak_rtt=455,
                       base_jitter=30, base_rtt=260)
    put_media(app, pw, s1, thread='3344')
    noise(app, pw, r, t0, T('2024-05-22 09:00:00.000'), 1000, c)
    b = Bundle(name)
    b.add_log('current_log.txt', app)
    write_bundle(b)
    calls = []
    add_calls_expect(calls, i1, w1)
    expect(name, scenario='Flat zip with one current_log.txt: SIP on one line with escaped CRLF, received messages '
                          'use compact headers; incoming call answered with opus, local BYE; jitter up to 72 ms and '
                          'RTT up to 455 ms, loss 1.3 %.',
           must=['media-jitter', 'media-latency'], must_not=['media-packet-loss'] + CALL_IDS,
           calls=calls)


# ==========================================================================
# 2. REGISTRATION STEP 5 ON THE AS (XSLog) AND PUSH SUBSCRIPTIONS
# ==========================================================================
SBC_CORE = '198.51.100.20'


class AsSide:
    """The AS view of the SBC's REGISTER (the SBC acts as a B2BUA towards the AS)."""

    def __init__(self, rnd, ctx, tz, sbc_core=SBC_CORE):
        self.r, self.c, self.tz, self.sbc = rnd, ctx, tz, sbc_core
        self.log = Log()
        self.n_in = 0

    def sip(self, dt, d, raw, adapter=None):
        corr = self.r.uuid()
        adapter = adapter or ('Sip Input Adapter %d' % self.r.randint(1, 4) if d == 'in' else
                              'Sip Output Adapter %d' % self.r.randint(1, 2))
        user = self.c['sipuser'] + '@' + self.c['domain']
        self.log.add(dt, xs_sip(dt, self.tz, d, '%s:5060' % self.sbc, raw, adapter, corr,
                                extra=(user, 'reg-%d' % self.r.randint(1000, 9999))))

    def note(self, dt, level, module, thread, text):
        self.log.add(dt, bwh(dt, self.tz, level, module, thread) + '\n' + text + '\n')

    def register_flow(self, t, outcome='ok', final=None, warning=None, retrans=0):
        """SBC -> AS REGISTER, challenge, REGISTER with credentials, final answer (or none)."""
        c, r = self.c, self.r
        aor = '<sip:%s@%s>' % (c['sipuser'], c['domain'])
        cid = 'SDk%s-%s' % (r.hexs(10), r.hexs(6))
        tag = 'sbc%s' % r.hexs(6)
        cont = '<sip:%s@%s:5060;transport=udp>;expires=3600' % (c['sipuser'], self.sbc)

        def reg(cseq, br, auth=None):
            h = [('Via', 'SIP/2.0/UDP %s:5060;branch=%s' % (self.sbc, br)), ('Max-Forwards', '69'),
                 ('From', aor + ';tag=' + tag), ('To', aor), ('Call-ID', cid), ('CSeq', '%d REGISTER' % cseq),
                 ('Contact', cont), ('User-Agent', c['ua']), ('Allow', ALLOW)]
            if auth:
                h.append(('Authorization', auth))
            return sip_msg('REGISTER sip:%s SIP/2.0' % c['domain'], h)

        def rsp(code, br, cseq, extra=()):
            return sip_msg('SIP/2.0 %d %s' % (code, REASONS[code]),
                           [('Via', 'SIP/2.0/UDP %s:5060;branch=%s' % (self.sbc, br)), ('From', aor + ';tag=' + tag),
                            ('To', aor + ';tag=' + r.hexs(8)), ('Call-ID', cid), ('CSeq', '%d REGISTER' % cseq)]
                           + list(extra))
        b1 = r.branch()
        self.sip(t, 'in', reg(1, b1))
        t += ms(r.randint(3, 9))
        nonce = r.hexs(32)
        self.sip(t, 'out', rsp(401, b1, 1, [('WWW-Authenticate', 'DIGEST qop="auth",nonce="%s",realm="BroadWorks",'
                                                                  'algorithm=MD5' % nonce)]))
        t += ms(r.randint(60, 160))
        b2 = r.branch()
        auth = ('Digest username="%s",realm="BroadWorks",nonce="%s",uri="sip:%s",response="%s",algorithm=MD5,'
                'cnonce="%s",qop=auth,nc=00000001' % (c['authuser'], nonce, c['domain'], r.hexs(32), r.hexs(8)))
        m2 = reg(2, b2, auth)
        self.sip(t, 'in', m2)
        if outcome == 'noanswer':
            tt = t
            for k in range(retrans):
                tt += ms(500 * (2 ** k))
                self.sip(tt, 'in', m2)
            return tt
        t += ms(r.randint(4, 15))
        if outcome == 'ok':
            self.note(t - ms(2), 'Info', 'Registration', 'Sip Input Adapter 2',
                      'Registration added: %s@%s contact=%s expires=3600 deviceType="%s"'
                      % (c['sipuser'], c['domain'], cont.split(';expires')[0], c.get('dtype', 'Business Communicator - PC')))
            self.sip(t, 'out', rsp(200, b2, 2, [('Contact', cont), ('Date', t.strftime('%a, %d %b %Y %H:%M:%S GMT'))]))
        else:
            extra = [('Warning', warning)] if warning else []
            self.sip(t, 'out', rsp(final, b2, 2, extra))
        return t

    def options_pings(self, t0, t1, every=30):
        r = self.r
        t = t0
        while t < t1:
            b = r.branch()
            cid = r.hexs(16) + '@' + self.sbc
            ping = sip_msg('OPTIONS sip:%s:5060 SIP/2.0' % self.c['as_ip'],
                           [('Via', 'SIP/2.0/UDP %s:5060;branch=%s' % (self.sbc, b)), ('Max-Forwards', '70'),
                            ('From', '<sip:ping@%s>;tag=%s' % (self.sbc, r.hexs(6))),
                            ('To', '<sip:%s:5060>' % self.c['as_ip']), ('Call-ID', cid), ('CSeq', '1 OPTIONS')])
            corr = r.uuid()
            self.log.add(t, xs_sip(t, self.tz, 'in', '%s:5060' % self.sbc, ping, 'Sip Input Adapter 1', corr))
            tt = t + ms(r.randint(1, 4))
            ok = sip_msg('SIP/2.0 200 OK', [('Via', 'SIP/2.0/UDP %s:5060;branch=%s' % (self.sbc, b)),
                                            ('From', '<sip:ping@%s>' % self.sbc), ('To', '<sip:%s:5060>;tag=%s' %
                                                                                   (self.c['as_ip'], r.hexs(6))),
                                            ('Call-ID', cid), ('CSeq', '1 OPTIONS'), ('Allow', ALLOW)])
            self.log.add(tt, xs_sip(tt, self.tz, 'out', '%s:5060' % self.sbc, ok, 'Sip Output Adapter 1', corr))
            t += sec(every) + ms(r.randint(-300, 300))

    def misc_noise(self, t0, t1, n):
        r = self.r
        span = int((t1 - t0).total_seconds() * 1000)
        pool = [('Info', 'Accounting', 'Accounting Worker 1', 'CDR written, recordId=%d'),
                ('Info', 'Memory', 'Memory Monitor', 'heap used=%d MB'),
                ('Info', 'ExecutionServer', 'Timer Thread', 'timers active=%d'),
                ('Info', 'Sip', 'Stack Statistics', 'UDP messages received in last interval=%d'),
                ('Info', 'OCI-P', 'OCI-P Dispatcher 2', 'Request processed in %d ms')]
        for _ in range(n):
            lv, mod, th, txt = r.choice(pool)
            dt = t0 + ms(r.randint(0, span))
            self.note(dt, lv, mod, th, txt.replace('%d', str(r.randint(10, 9000))))


def push_ios_android(rnd):
    return [('iOS', '17.4.1', 'Cisco-Systems.Spark', '44.5.1', 'voip', rnd.hexs(64)),
            ('Android', '14', 'com.cisco.wx2.android', '44.5.0', 'fcm',
             rnd.hexs(11) + ':APA91b' + ''.join(rnd.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') for _ in range(120)))]


def push_xml(rnd, reg_id, os_, osv, app, appv, ttype, token):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<PushNotificationRegistration xmlns="http://schema.broadsoft.com/xsi">\n'
            '  <registrationId>%s</registrationId>\n  <applicationId>%s</applicationId>\n'
            '  <applicationVersion>%s</applicationVersion>\n  <deviceOsType>%s</deviceOsType>\n'
            '  <deviceVersion>%s</deviceVersion>\n  <pushNotificationTokens>\n    <pushNotificationToken>\n'
            '      <tokenValue>%s</tokenValue>\n      <tokenType>%s</tokenType>\n'
            '      <pushNotificationType>Calls</pushNotificationType>\n'
            '      <pushNotificationEventData><eventName>NewCall</eventName></pushNotificationEventData>\n'
            '      <pushNotificationEventData><eventName>CallUpdate</eventName></pushNotificationEventData>\n'
            '    </pushNotificationToken>\n  </pushNotificationTokens>\n</PushNotificationRegistration>'
            % (reg_id, app, appv, os_, osv, token, ttype))


@bundle
def f15():
    name = 'F15_as_register_ok_push_xslog.zip'
    r = R(115)
    c = person(r, 'Mia', 'Keller', 'bluepine.example.com', '2145550101', sp='telco_west', group='bluepine_logistics')
    pw = WxPrinter()
    app, bwc = Log(), Log()
    ua = Ua(r, c)
    t0 = T('2024-05-14 08:00:02.441')
    # the client REGISTER happens inside startup; capture its time for the AS side
    t = startup(app, pw, r, c, t0, ua, sip_style='announce', http_style='arrow', sip_log=bwc, bwthread='0x1a2c')
    reg_out = [x for x in bwc.items if 'REGISTER sip:' in x[2]]
    as_ = AsSide(r, c, CEST)
    as_.register_flow(reg_out[0][0] + ms(31))
    # push subscriptions of the user's phone and tablet
    regs = push_ios_android(r)
    tp = T('2024-05-14 08:12:40.500')
    for i, (os_, osv, app_id, appv, ttype, tok) in enumerate(regs):
        rid = r.uuid()
        dt = tp + sec(95 * i)
        as_.note(dt, 'Info', 'Xsi', 'Xsi-Actions Request Handler %d' % (3 + i),
                 'POST /com.broadsoft.xsi-actions/v2.0/user/%s/profile/PushNotificationRegistrations\n'
                 'Push notification registration request for user %s\n%s'
                 % (c['bwuser'], c['bwuser'], push_xml(r, rid, os_, osv, app_id, appv, ttype, tok)))
        as_.note(dt + ms(41), 'Info', 'Xsi', 'Xsi-Actions Request Handler %d' % (3 + i),
                 'Push notification registration stored: registrationId=%s deviceOsType=%s status=201 Created'
                 % (rid, os_))
    as_.options_pings(T('2024-05-14 07:58:00.000'), T('2024-05-14 08:30:00.000'), every=60)
    as_.misc_noise(T('2024-05-14 07:58:00.000'), T('2024-05-14 08:30:00.000'), 120)
    noise(app, pw, r, t0, T('2024-05-14 08:30:00.000'), 500, c)
    noise(bwc, pw, r, t0, T('2024-05-14 08:30:00.000'), 60, c, bwc_only=True)
    b = Bundle(name)
    b.add_log('client/CiscoSpark/current_log.txt', app)
    b.add_log('client/CiscoSpark/bwc/current_log.txt', bwc)
    b.add_log('as1/var/broadworks/logs/appserver/XSLog2024.05.14-10.00.00.txt', as_.log)
    write_bundle(b)
    expect(name, scenario='Client and AS logs: the client registers through the SBC; the AS XSLog (pipe header '
                          'lines, "udp N SIP Bytes IN from 198.51.100.20:5060") shows the SBC\'s REGISTER, the 401 '
                          'challenge and 200 OK; the same XSLog holds two push-notification registrations (iOS '
                          'VoIP token, Android FCM token) as Xsi PushNotificationRegistration XML.',
           must_not=['as-register-failed', 'sip-register-rejected', 'sip-auth-failed'], must_not_errors=True,
           timeline={'sip-register': 'ok', 'registered': 'ok', 'as-register': 'ok'},
           push_subscriptions=2)


@bundle
def f16():
    name = 'F16_as_register_403_client_and_xslog.zip'
    r = R(116)
    c = person(r, 'Hannah', 'Schulz', 'bluepine.example.com', '2145550133', sp='telco_west',
               group='bluepine_logistics', ip='192.0.2.23')
    pw = WxPrinter(brackets=True)
    app = Log()
    ua = Ua(r, c)
    t0 = T('2024-05-26 06:45:10.700')
    startup(app, pw, r, c, t0, ua, sip_style='escaped', http_style='kv', bwthread='0x45c', register='reject',
            reg_final=403)
    reg_out = sorted([x for x in app.items if 'REGISTER sip:' in x[2]])
    as_ = AsSide(r, c, CEST)
    as_.register_flow(reg_out[0][0] + ms(28), outcome='reject', final=403,
                      warning='399 as1.example.net "Line/port is not assigned to a device of this user"')
    # the app retries once a minute later, same answer
    t2 = reg_out[-1][0] + sec(60)
    ua.register(t2, 'reject', final=403)
    put_sip(app, 'escaped', pw, ua.ev, c['sbc'], '0x45c'); ua.ev = []
    as_.register_flow(t2 + ms(30), outcome='reject', final=403,
                      warning='399 as1.example.net "Line/port is not assigned to a device of this user"')
    app.add(t2 + sec(1), pw.line(t2 + sec(1), 'Error', '0x45c', 'BroadWorksManager.cpp:781',
                                 'BroadWorksManager::registerClient',
                                 'BWC:SCF: BroadWorks Calling - failed to register client. sipStatus=403'))
    as_.options_pings(T('2024-05-26 06:40:00.000'), T('2024-05-26 07:05:00.000'), every=45)
    as_.misc_noise(T('2024-05-26 06:40:00.000'), T('2024-05-26 07:05:00.000'), 90)
    noise(app, pw, r, t0, T('2024-05-26 07:05:00.000'), 500, c)
    b = Bundle(name)
    b.add_log('CiscoSpark/current_log.txt', app)
    b.add_log('server/XSLog2024.05.26-08.00.00.txt', as_.log)
    write_bundle(b)
    expect(name, scenario='Windows current_log.txt (SIP as escaped one-liners) plus the AS XSLog: the SBC forwards '
                          'the REGISTER, the AS challenges, then answers 403 Forbidden with a Warning (line/port '
                          'not assigned); the client sees 403 twice.',
           must=['as-register-failed', 'sip-register-rejected'],
           must_not=['sip-register-timeout'],
           timeline={'sip-register': 'failed', 'as-register': 'failed'})


@bundle
def f17():
    name = 'F17_as_register_404_xslog_only'
    r = R(117)
    c = person(r, 'Ravi', 'Menon', 'northgate.example.org', '6175550177', sp='atlantic_uc', group='northgate_law',
               idx=2)
    as_ = AsSide(r, c, EDT, sbc_core='198.51.100.21')
    t = T('2024-05-27 13:10:44.018')
    for k in range(3):
        as_.register_flow(t + sec(k * 33), outcome='reject', final=404)
    as_.options_pings(T('2024-05-27 13:00:00.000'), T('2024-05-27 13:30:00.000'), every=30)
    as_.misc_noise(T('2024-05-27 13:00:00.000'), T('2024-05-27 13:30:00.000'), 150)
    b = Bundle(name)
    b.add_log('var/broadworks/logs/appserver/XSLog2024.05.27-09.00.00.txt', as_.log)
    write_bundle(b, folder=True)
    expect(name, scenario='Folder with only the AS XSLog (EDT timestamps): three REGISTERs from the SBC for line '
                          '6175550177_wxt are challenged and then answered 404 Not Found; OPTIONS pings from the '
                          'SBC answered 200 in between.',
           must=['as-register-failed'],
           timeline={'as-register': 'failed'})


@bundle
def f18():
    name = 'F18_as_register_noanswer_push_kv.zip'
    r = R(118)
    c = person(r, 'Sofia', 'Rossi', 'trattoria-sole.example.com', '7025550181', sp='desert_comm', group='sole_group',
               idx=1)
    c['dtype'] = 'Business Communicator - Mobile'
    as_ = AsSide(r, c, CET)
    t = T('2024-01-30 07:18:02.250')
    tend = as_.register_flow(t, outcome='noanswer', retrans=3)
    as_.note(tend + ms(300), 'Warning', 'Sip', 'Sip Input Adapter 3',
             'Overload control: request queue full, REGISTER from %s:5060 discarded' % SBC_CORE)
    # a second attempt 60 s later, also never answered
    tend = as_.register_flow(tend + sec(60), outcome='noanswer', retrans=3)
    # push registrations, printed as key=value blocks; one is refreshed (same registrationId)
    devs = [('iOS', '17.2.1', 'Cisco-Systems.Spark', '43.12.0', 'voip', r.hexs(64)),
            ('iOS', '17.2.1', 'Cisco-Systems.Spark', '43.12.0', 'apns', r.hexs(64)),
            ('Android', '13', 'com.cisco.wx2.android', '43.12.1', 'fcm', r.hexs(11) + ':APA91b' + r.hexs(100))]
    ids = [r.uuid() for _ in devs]
    tp = T('2024-01-30 06:55:10.000')
    order = [0, 1, 2, 0]
    for k, i in enumerate(order):
        os_, osv, app_id, appv, ttype, tok = devs[i]
        dt = tp + sec(140 * k + r.randint(0, 30))
        verb = 'created' if k < 3 else 'updated'
        as_.note(dt, 'Info', 'PushNotification', 'PN Registration Worker %d' % r.randint(0, 3),
                 'Push notification registration %s\n  userId             = %s\n  registrationId     = %s\n'
                 '  applicationId      = %s\n  applicationVersion = %s\n  deviceOsType       = %s\n'
                 '  deviceVersion      = %s\n  tokenType          = %s\n  token              = %s\n'
                 '  eventTypes         = NewCall,CallUpdate'
                 % (verb, c['bwuser'], ids[i], app_id, appv, os_, osv, ttype, tok))
    as_.options_pings(T('2024-01-30 06:50:00.000'), T('2024-01-30 07:30:00.000'), every=30)
    as_.misc_noise(T('2024-01-30 06:50:00.000'), T('2024-01-30 07:30:00.000'), 160)
    b = Bundle(name)
    b.add_log('XSLog2024.01.30-07.00.00.txt', as_.log)
    write_bundle(b)
    expect(name, scenario='Zip with only the AS XSLog (CET): the SBC\'s REGISTER is challenged, the credentialed '
                          'REGISTER is retransmitted three times and never answered (overload warning), twice; '
                          'the same XSLog shows three push-notification registrations (two iOS tokens, one '
                          'Android) printed as key = value blocks, one refreshed later.',
           must=['as-register-failed'],
           timeline={'as-register': 'failed'},
           push_subscriptions=3)


@bundle
def f19():
    name = 'F19_as_register_ok_ios_push_ocip.zip'
    r = R(119)
    c = person(r, 'Sofia', 'Rossi', 'trattoria-sole.example.com', '7025550181', sp='desert_comm', group='sole_group',
               platform='iOS', version='44.5.1.29701', os_='iOS 17.4.1 (iPhone14,2)', ip='192.0.2.130', idx=1)
    c['dtype'] = 'Business Communicator - Mobile'
    pw = CsfPrinter()
    app = Log()
    ua = Ua(r, c)
    t0 = T('2024-05-28 05:30:12.004')
    startup(app, pw, r, c, t0, ua, sip_style='announce', http_style='httpline', bwthread='0x16f8a7000',
            thread='0x1f11c8000', dtype='Business Communicator - Mobile', dms_path='/dms/bc/iphone/config.xml')
    reg_out = sorted([x for x in app.items if 'REGISTER sip:' in x[2]])
    as_ = AsSide(r, c, GMT)
    as_.register_flow(reg_out[0][0] + ms(25))
    tok = r.hexs(64)
    dt = T('2024-05-28 05:30:40.118')
    rid = r.uuid()
    as_.log.add(dt, '%s | %-10s | OCI-P | BCCT Worker #3 Received the following request from: %s:48213 '
                    '<?xml version="1.0" encoding="UTF-8"?><BroadsoftDocument protocol="OCI" '
                    'xmlns="C" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><sessionId xmlns="">%s</sessionId>'
                    '<command xsi:type="UserPushNotificationRegistrationAddRequest" xmlns=""><userId>%s</userId>'
                    '<registrationId>%s</registrationId><applicationId>Cisco-Systems.Spark</applicationId>'
                    '<applicationVersion>44.5.1</applicationVersion><deviceOsType>iOS</deviceOsType>'
                    '<deviceVersion>17.4.1</deviceVersion><pushNotificationToken><tokenValue>%s</tokenValue>'
                    '<pushNotificationType>Calls</pushNotificationType></pushNotificationToken></command>'
                    '</BroadsoftDocument>\n' % (bw_ts(dt, GMT), 'Info', '198.51.100.31', r.hexs(16), c['bwuser'],
                                                rid, tok))
    dt2 = dt + ms(27)
    as_.log.add(dt2, '%s | %-10s | OCI-P | BCCT Worker #3 Sending the following response to: %s:48213 '
                     '<?xml version="1.0" encoding="UTF-8"?><BroadsoftDocument protocol="OCI" xmlns="C">'
                     '<command xsi:type="c:SuccessResponse" xmlns:c="C" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
                     '</BroadsoftDocument>\n' % (bw_ts(dt2, GMT), 'Info', '198.51.100.31'))
    as_.options_pings(T('2024-05-28 05:25:00.000'), T('2024-05-28 05:50:00.000'), every=60)
    as_.misc_noise(T('2024-05-28 05:25:00.000'), T('2024-05-28 05:50:00.000'), 80)
    noise(app, pw, r, t0, T('2024-05-28 05:50:00.000'), 300, c)
    b = Bundle(name)
    b.add_log('ios/current_log.txt', app)
    b.add_log('appserver/XSLog2024.05.28-05.00.00.txt', as_.log)
    write_bundle(b)
    expect(name, scenario='iOS client log (CSF line shape) with a healthy registration of device type '
                          'Business Communicator - Mobile, and the AS XSLog (GMT) with the matching REGISTER '
                          'answered 200, plus one push registration arriving as an OCI-P '
                          'UserPushNotificationRegistrationAddRequest from the XSP.',
           must_not=['as-register-failed', 'sip-register-rejected'], must_not_errors=True,
           timeline={'sip-register': 'ok', 'as-register': 'ok'},
           push_subscriptions=1,
           facts={'platform': 'iOS'})


# ==========================================================================
# 3. SIGN-IN (client steps 1, 2.3, 3) AND XSP LOGS
# ==========================================================================
def signin_flow(log, pw, r, c, t, *, http_style, thread, outcome='ok', uap_errors=(), idp_status=500,
                ci_status=400, ci_body=None, ci_attempts=1, redact=False):
    """Client side of the BroadWorks-authentication sign-in.  Returns (end time, info)."""
    info = {'tids': []}
    email = c['email']
    shown = (email[0] + '***@' + email.split('@')[1]) if redact else email
    log.add(t, pw.line(t, 'Info', thread, 'LoginController.cpp:211', 'LoginController::onEmailSubmitted',
                       'Sign-in started, email entered by user: %s' % shown))
    t += ms(r.randint(20, 80))
    tid = r.tracking()
    info['tids'].append(tid)
    t = http(log, pw, t, 'GET', 'https://u2c.example.com/u2c/api/v1/user/catalog?email=%s' % email.replace('@', '%40'),
             200, tid, http_style, thread, dur=r.randint(90, 300))
    t += ms(r.randint(10, 60))
    log.add(t, pw.line(t, 'Info', thread, 'LoginController.cpp:264', 'LoginController::onDiscovery',
                       'Identity provider for org %s is BroadWorks (broadworks-idp-proxy); opening activation portal'
                       % c['org_id']))
    t += ms(r.randint(100, 400))
    sso_tid = r.tracking()
    info['sso_tid'] = sso_tid
    log.add(t, pw.line(t, 'Debug', thread, 'WebAuthView.cpp:144', 'WebAuthView::navigate',
                       'Navigating to https://idbroker.example.com/idb/oauth2/v1/authorize?response_type=code&'
                       'client_id=C%s&email=%s&trackingID=%s' % (r.hexs(16), email.replace('@', '%40'), sso_tid)))
    t += ms(r.randint(400, 1200))
    log.add(t, pw.line(t, 'Debug', thread, 'WebAuthView.cpp:151', 'WebAuthView::onNavigation',
                       'Navigated to https://uap.example.com/uap/signin?orgId=%s&trackingID=%s (activation portal)'
                       % (c['org_id'], sso_tid)))
    for code, text in uap_errors:
        t += sec(r.randint(8, 25))
        log.add(t, pw.line(t, 'Debug', thread, 'WebAuthView.cpp:151', 'WebAuthView::onNavigation',
                           'Navigated to https://uap.example.com/uap/error?errorCode=%s&trackingID=%s' % (code, sso_tid)))
        t += ms(r.randint(5, 30))
        log.add(t, pw.line(t, 'Warning', thread, 'LoginController.cpp:402', 'LoginController::onPortalError',
                           'Activation portal reported error %s: %s' % (code, text)))
    if outcome == 'uap':
        t += sec(r.randint(20, 60))
        log.add(t, pw.line(t, 'Error', thread, 'LoginController.cpp:455', 'LoginController::onLoginFailed',
                           'Sign-in failed: SSO not completed, user closed the activation portal (last error %s)'
                           % uap_errors[-1][0]))
        return t, info
    t += sec(r.randint(6, 20))
    idp = 'https://%s/broadworks-idp-proxy/saml/sso' % c['idp']
    if outcome == 'idp':
        log.add(t, pw.line(t, 'Debug', thread, 'WebAuthView.cpp:151', 'WebAuthView::onNavigation',
                           'Navigated to %s?trackingID=%s' % (idp, sso_tid)))
        t += ms(r.randint(800, 3000))
        log.add(t, pw.line(t, 'Error', thread, 'SsoController.cpp:330', 'SsoController::onIdpError',
                           'SSO failed: no SAML assertion received, IdP returned HTTP %d for %s trackingid=%s'
                           % (idp_status, idp, sso_tid)))
        t += ms(r.randint(10, 40))
        log.add(t, pw.line(t, 'Error', thread, 'LoginController.cpp:455', 'LoginController::onLoginFailed',
                           'Sign-in failed: SSO error, please try again later (trackingid=%s)' % sso_tid))
        return t, info
    log.add(t, pw.line(t, 'Info', thread, 'SsoController.cpp:301', 'SsoController::onSamlResponse',
                       'SAML assertion received from IdP %s (Response ID _%s, %d bytes, Issuer https://%s)'
                       % (idp, r.hexs(24), r.randint(7000, 11000), c['idp'])))
    t += ms(r.randint(20, 80))
    url = 'https://idbroker.example.com/idb/oauth2/v1/access_token'
    log.add(t, pw.line(t, 'Debug', thread, 'OAuthTokenManager.cpp:118', 'OAuthTokenManager::exchangeSaml',
                       'Exchanging SAML assertion for CI token: grant_type=urn:ietf:params:oauth:grant-type:saml2-bearer'))
    t += ms(5)
    if outcome == 'ci':
        for k in range(ci_attempts):
            tid = r.tracking()
            info['tids'].append(tid)
            body = ci_body % tid if ci_body else None
            t = http(log, pw, t, 'POST', url, ci_status, tid, http_style, thread, body=body, dur=r.randint(100, 900))
            t += sec(2 ** k) + ms(r.randint(0, 200))
        log.add(t, pw.line(t, 'Error', thread, 'LoginController.cpp:455', 'LoginController::onLoginFailed',
                           'Sign-in failed: could not exchange SAML assertion for a CI access token (HTTP %d)' % ci_status))
        info['ci_tid'] = info['tids'][-1]
        return t, info
    tid = r.tracking()
    info['tids'].append(tid)
    t = http(log, pw, t, 'POST', url, 200, tid, http_style, thread, dur=r.randint(100, 400))
    t += ms(r.randint(5, 20))
    log.add(t, pw.line(t, 'Info', thread, 'OAuthTokenManager.cpp:160', 'OAuthTokenManager::onTokenResponse',
                       'CI access token obtained for user %s (expires_in=3599)' % c['user_id']))
    return t, info


def xsp_logs(r, c, tz, *, profile_at, profile_status=200, profile_tid, jwt_at=None, jwt_tid=None, device_at=None,
             device_tid=None, dms_at=(), basic_fail=0, oci_timeout=False):
    """access_log, XsiActionsLog and authenticationService log of one XSP for one sign-in."""
    acc, xsi, auth = Log(), Log(), Log()
    idp_ip = '203.0.113.200'
    ua_idp = 'broadworksTeamsClient'
    ua_app = 'WebexTeams (%s/%s)' % (c['platform'], c['version'])
    email = c['email']

    def a(dt, ip, req, st, size, ua, rt):
        acc.add(dt, '%s - - %s "%s HTTP/1.1" %d %d "-" "%s" %d' % (ip, clf_ts(dt), req, st, size, ua, rt))

    def x(dt, level, thread, text):
        xsi.add(dt, bwh(dt, tz, level, 'Xsi-Actions', thread) + '\n' + text + '\n')

    def au(dt, level, thread, text):
        auth.add(dt, bwh(dt, tz, level, 'AuthService', thread) + '\n' + text + '\n')

    t = profile_at
    for k in range(basic_fail):
        th = 'http-nio-443-exec-%d' % r.randint(1, 40)
        x(t, 'Info', th, 'GET /com.broadsoft.xsi-actions/v2.0/user/%s/profile\n  authorization: Basic ********\n'
                         '  user-agent: %s\n  trackingid: %s' % (email, ua_idp, profile_tid))
        x(t + ms(12), 'Info', th, 'OCI-P AuthenticationVerifyRequest sent for userId=%s' % email)
        x(t + ms(40), 'Info', th, 'OCI-P ErrorResponse received: [Error 4962] Invalid password')
        x(t + ms(44), 'Info', th, 'HTTP/1.1 401 Unauthorized (%d ms)' % 44)
        a(t + ms(44), idp_ip, 'GET /com.broadsoft.xsi-actions/v2.0/user/%s/profile' % email, 401, 0, ua_idp, 44)
        t += sec(r.randint(12, 30))
    if basic_fail and profile_status != 200:
        return acc, xsi, auth
    th = 'http-nio-443-exec-%d' % r.randint(1, 40)
    x(t, 'Info', th, 'GET /com.broadsoft.xsi-actions/v2.0/user/%s/profile\n  authorization: Basic ********\n'
                     '  user-agent: %s\n  trackingid: %s' % (email, ua_idp, profile_tid))
    x(t + ms(9), 'Info', th, 'OCI-P AuthenticationVerifyRequest sent for userId=%s' % email)
    x(t + ms(30), 'Info', th, 'OCI-P AuthenticationVerifyResponse received: userId=%s' % c['bwuser'])
    x(t + ms(33), 'Info', th, 'OCI-P UserGetRequest22 sent for userId=%s' % c['bwuser'])
    if oci_timeout:
        x(t + sec(10) + ms(33), 'Warning', th, 'OCI-P request UserGetRequest22 timed out after 10000 ms '
                                              '(AS as1.example.net:2220 not answering)')
        x(t + sec(10) + ms(40), 'Info', th, 'HTTP/1.1 500 Internal Server Error (10040 ms)\n'
                                            '<ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>'
                                            'OCI-P request timed out</summary><errorCode>110900</errorCode></ErrorInfo>')
        a(t + sec(10) + ms(40), idp_ip, 'GET /com.broadsoft.xsi-actions/v2.0/user/%s/profile' % email, 500, 212,
          ua_idp, 10040)
        return acc, xsi, auth
    x(t + ms(52), 'Info', th, 'OCI-P UserGetResponse22 received')
    x(t + ms(55), 'Info', th, 'OCI-P ServiceProviderGetRequest22V5 sent for serviceProviderId=%s' % c['sp'])
    x(t + ms(71), 'Info', th, 'OCI-P ServiceProviderGetResponse22V5 received')
    prof = ('<?xml version="1.0" encoding="UTF-8"?>\n<Profile xmlns="http://schema.broadsoft.com/xsi"><details>'
            '<userId>%s</userId><firstName>%s</firstName><lastName>%s</lastName><groupId>%s</groupId>'
            '<serviceProvider isEnterprise="false">%s</serviceProvider><number>%s</number>'
            '<extension>%s</extension></details></Profile>'
            % (c['bwuser'], c['first'], c['last'], c['group'], c['sp'], c['num'], c['num'][-4:]))
    x(t + ms(75), 'Info', th, 'HTTP/1.1 200 OK (75 ms)\n' + prof)
    a(t + ms(75), idp_ip, 'GET /com.broadsoft.xsi-actions/v2.0/user/%s/profile' % email, 200, len(prof), ua_idp, 75)
    if jwt_at:
        t = jwt_at - ms(r.randint(60, 120))
        th = 'http-nio-8443-exec-%d' % r.randint(1, 20)
        au(t, 'Info', th, 'GET /authService/token?tokenDurationInHours=336\n  http_bw_userid: %s\n'
                          '  trackingid: %s\n  x-client: broadworks-idp-proxy' % (c['bwuser'], jwt_tid))
        au(t + ms(8), 'Info', th, 'OCI-P UserGetLoginInfoRequest sent for userId=%s' % c['bwuser'])
        au(t + ms(21), 'Info', th, 'OCI-P UserGetLoginInfoResponse received')
        au(t + ms(30), 'Info', th, 'LongLivedTokenManager - Token generated, subject: %s, issuer: BroadWorks '
                                   'AuthService %s, expires: %s' % (c['bwuser'], c['xsp'], iso_sec(t + _dt.timedelta(days=14))))
        au(t + ms(33), 'Info', th, 'StatusCode=200 trackingid=%s' % jwt_tid)
        a(t + ms(33), '203.0.113.201', 'GET /authService/token?tokenDurationInHours=336', 200, 912,
          'broadworks-idp-proxy', 33)
    if device_at:
        t = device_at - ms(r.randint(40, 90))
        th = 'http-nio-443-exec-%d' % r.randint(1, 40)
        x(t, 'Info', th, 'GET /com.broadsoft.xsi-actions/v2.0/user/%s/profile/device\n'
                         '  authorization: Bearer ********\n  user-agent: %s\n  trackingid: %s'
          % (c['bwuser'].replace('@', '%40'), ua_app, device_tid))
        x(t + ms(4), 'Info', th, 'POST http://127.0.0.1:80/authService/token\n  X-BROADSOFT-CORRELATION-ID: %s'
          % device_tid)
        th2 = 'http-nio-80-exec-%d' % r.randint(1, 20)
        au(t + ms(6), 'Info', th2, 'POST /authService/token from 127.0.0.1 (token validation)\n'
                                   '  X-BROADSOFT-CORRELATION-ID: %s' % device_tid)
        au(t + ms(14), 'Info', th2, 'StatusCode=200 trackingid=%s\n{"token":{"subject":"%s","issuer":"BroadWorks",'
                                    '"valid":true}}' % (device_tid, c['bwuser']))
        a(t + ms(14), '127.0.0.1', 'POST /authService/token', 200, 96, 'Apache-HttpClient/4.5.13 (Java/1.8.0_381)', 8)
        x(t + ms(16), 'Info', th, 'OCI-P UserPrimaryAndSCADeviceGetListRequest sent for userId=%s' % c['bwuser'])
        x(t + ms(30), 'Info', th, 'OCI-P UserPrimaryAndSCADeviceGetListResponse received\n<accessDeviceTable>'
                                  '<colHeading>Device Type</colHeading><row><col>Business Communicator - PC</col></row>'
                                  '<row><col>Polycom VVX 450</col></row></accessDeviceTable>')
        x(t + ms(34), 'Info', th, 'HTTP/1.1 200 OK (34 ms)')
        a(t + ms(34), '192.0.2.200', 'GET /com.broadsoft.xsi-actions/v2.0/user/%s/profile/device'
          % c['bwuser'].replace('@', '%40'), 200, 1288, ua_app, 34)
    for dt, st in dms_at:
        a(dt, '192.0.2.200', 'GET /dms/bc/pc/config.xml', st, 0 if st == 401 else 48123, ua_app, r.randint(10, 60))
    return acc, xsi, auth


def find_time(log, needle, nth=0):
    hits = sorted(x for x in log.items if needle in x[2])
    return hits[nth][0]


def xsp_noise(r, acc, t0, t1, n):
    span = int((t1 - t0).total_seconds() * 1000)
    for _ in range(n):
        dt = t0 + ms(r.randint(0, span))
        u = '%d@as1.example.net' % r.randint(2145550200, 2145550299)
        req, st, ua = r.choice([
            ('GET /com.broadsoft.xsi-events/v2.0/channel/%s/heartbeat' % r.uuid(), 200, 'Polycom/6.4.3'),
            ('GET /com.broadsoft.xsi-actions/v2.0/user/%s/directories/Enterprise?results=50' % u, 200, 'ReceptionistClient'),
            ('GET /dms/Polycom/VVX/%s.cfg' % r.hexs(12), 200, 'FileTransport PolycomVVX-VVX_450-UA/6.4.3'),
            ('POST /com.broadsoft.xsi-events/v2.0/channel', 200, 'Apache-HttpClient/4.5'),
        ])
        acc.add(dt, '%s - - %s "%s HTTP/1.1" %d %d "-" "%s" %d' % ('198.51.100.%d' % r.randint(100, 199), clf_ts(dt),
                                                                   req, st, r.randint(0, 4000), ua, r.randint(2, 90)))


@bundle
def f20():
    name = 'F20_signin_ok_win_with_xsp.zip'
    r = R(120)
    c = person(r, 'Mia', 'Keller', 'bluepine.example.com', '2145550101', sp='telco_west', group='bluepine_logistics')
    pw = WxPrinter()
    app = Log()
    ua = Ua(r, c)
    t0 = T('2024-05-29 07:02:00.144')
    st = {}

    def si(t):
        t2, inf = signin_flow(app, pw, r, c, t, http_style='arrow', thread='0x2f1c')
        st.update(inf)
        return t2
    startup(app, pw, r, c, t0, ua, sip_style='announce', http_style='arrow', bwthread='0x1a2c', signin=si)
    jwt_at = find_time(app, 'broadworks-idp-proxy/api/v1/users/jwt')
    dev_at = find_time(app, '/profile/device')
    jwt_tid, dev_tid = c['tids'][0], None
    dev_tid = [x[2] for x in app.items if '/profile/device' in x[2]][0].split('trackingid=')[1].split()[0]
    dms = [(find_time(app, '/dms/bc/pc/config.xml', 0), 401), (find_time(app, '/dms/bc/pc/config.xml', 1), 200)]
    prof_at = find_time(app, 'SAML assertion received') - ms(1400)
    acc, xsi, auth = xsp_logs(r, c, CEST, profile_at=prof_at, profile_tid=st['sso_tid'], jwt_at=jwt_at,
                              jwt_tid=jwt_tid, device_at=dev_at, device_tid=dev_tid, dms_at=dms)
    xsp_noise(r, acc, t0 - sec(300), t0 + sec(1800), 400)
    noise(app, pw, r, t0, T('2024-05-29 07:40:00.000'), 600, c)
    b = Bundle(name)
    b.add_log('client/current_log.txt', app)
    b.add_log('xsp1/var/broadworks/logs/xsp/access_log.2024-05-29.txt', acc)
    b.add_log('xsp1/var/broadworks/logs/xsp/XsiActionsLog2024.05.29-09.00.00.txt', xsi)
    b.add_log('xsp1/var/broadworks/logs/xsp/authenticationService2024.05.29-09.00.00.txt', auth)
    write_bundle(b)
    expect(name, scenario='Healthy BroadWorks-authentication sign-in on Windows: email entered (1), activation '
                          'portal, SAML assertion received (2.3), SAML exchanged for the CI token with the '
                          'saml2-bearer grant (3), entitlements, JWT, device list, DMS, REGISTER 200; the XSP\'s '
                          'access_log, XsiActionsLog (profile GET with Basic and broadworksTeamsClient, OCI-P) and '
                          'authenticationService log (LongLivedTokenManager, StatusCode=200, loopback validation) '
                          'match by tracking id.',
           must_not=['sso-failed', 'webex-calling-only', 'activation-portal-error', 'token-fetch-failed'],
           must_not_errors=True,
           sign_in={'1': 'ok', '2.3': 'ok', '3': 'ok'},
           timeline={'app-start': 'ok', 'token': 'ok', 'device-list': 'ok', 'config-download': 'ok',
                     'sip-register': 'ok', 'registered': 'ok'},
           facts={'user_email': c['email'], 'broadworks_user_id': c['bwuser'], 'tracking_ids': [jwt_tid],
                  'service_provider': c['sp'], 'xsp': c['xsp']})


@bundle
def f21():
    name = 'F21_signin_uap_100006_mac.zip'
    r = R(121)
    c = person(r, 'Lucas', 'Moreau', 'harbordental.example.org', '3125550142', sp='midwest_voice',
               group='harbor_dental', platform='macOS', version='44.4.0.29432', os_='macOS 14.4.1 (23E224) arm64',
               ip='192.0.2.44', idx=2)
    pw = WxPrinter()
    app = Log()
    t0 = T('2024-05-30 08:14:55.010')
    app.add(t0, pw.line(t0, 'Info', '0x103', 'SparkApplication.cpp:188', 'SparkApplication::onStartup',
                        'Application start - Webex version %s on %s' % (c['version'], c['os'])))
    err = 'Sign in failed: User ID/password is incorrect'
    t, inf = signin_flow(app, pw, r, c, t0 + sec(41), http_style='kv', thread='0x103', outcome='uap',
                         uap_errors=[('100006', err), ('100006', err)])
    prof_at = find_time(app, 'errorCode=100006') - ms(600)
    acc, xsi, auth = xsp_logs(r, c, CEST, profile_at=prof_at, profile_status=401, profile_tid=inf['sso_tid'],
                              basic_fail=2)
    xsp_noise(r, acc, t0 - sec(200), t + sec(300), 250)
    noise(app, pw, r, t0, t + sec(120), 150, c)
    b = Bundle(name)
    b.add_log('SparkMacDesktop/current_log.txt', app)
    b.add_log('xsp/access_log', acc)
    b.add_log('xsp/XsiActionsLog2024.05.30-10.00.00.txt', xsi)
    write_bundle(b)
    expect(name, scenario='macOS: the user enters the email (1), the activation portal answers error 100006 '
                          '(User ID/password incorrect) twice, the user gives up; the XSP shows the IdP proxy\'s '
                          'profile GET with Basic auth answered 401 after an OCI-P [Error 4962] Invalid password. '
                          'No SAML assertion, no CI token.',
           must=['sso-failed', 'activation-portal-error'], must_not=['webex-calling-only'],
           codes=['100006'],
           sign_in={'1': 'ok', '3': 'not-seen'},
           facts={'user_email': c['email']})


@bundle
def f22():
    name = 'F22_signin_saml_not_issued_xsp_timeout.zip'
    r = R(122)
    c = person(r, 'Ana', 'Ionescu', 'lindenhof.example.net', '4045550177', sp='south_cloudtel', group='lindenhof_bau',
               ip='192.0.2.61')
    pw = WxPrinter(brackets=True)
    app = Log()
    t0 = T('2024-05-31 06:58:40.500')
    app.add(t0, pw.line(t0, 'Info', '0x2bc', 'SparkApplication.cpp:188', 'SparkApplication::onStartup',
                        'Application start - Webex version %s on %s' % (c['version'], c['os'])))
    t, inf = signin_flow(app, pw, r, c, t0 + sec(12), http_style='httpline', thread='0x2bc', outcome='idp',
                         idp_status=500)
    t2, inf2 = signin_flow(app, pw, r, c, t + sec(95), http_style='httpline', thread='0x2bc', outcome='idp',
                           idp_status=500)
    acc = Log(); xsi = Log()
    for inff, log_t in ((inf, find_time(app, 'SSO failed: no SAML', 0)), (inf2, find_time(app, 'SSO failed: no SAML', 1))):
        a1, x1, _ = xsp_logs(r, c, EDT, profile_at=log_t - sec(11), profile_tid=inff['sso_tid'], oci_timeout=True)
        acc.items += a1.items; xsi.items += x1.items
    xsp_noise(r, acc, t0 - sec(100), t2 + sec(200), 300)
    noise(app, pw, r, t0, t2 + sec(60), 200, c)
    b = Bundle(name)
    b.add_log('CiscoSpark/current_log.txt', app)
    b.add_log('xsp1.example.net/access_log.2024-05-31', acc)
    b.add_log('xsp1.example.net/XsiActionsLog2024.05.31-02.00.00.txt', xsi)
    write_bundle(b)
    expect(name, scenario='Windows: email entered (1), password accepted by the portal, but the IdP proxy issues no '
                          'SAML assertion and answers HTTP 500 (2.3 fails), twice; on the XSP the profile GET from '
                          'the IdP proxy ends in 500 because the OCI-P UserGetRequest to the AS times out.',
           must=['sso-failed'], must_not=['webex-calling-only'],
           sign_in={'1': 'ok', '2.3': 'failed'},
           facts={'user_email': c['email'], 'tracking_ids': [inf['sso_tid']]})


@bundle
def f23():
    name = 'F23_signin_saml_rejected_ci.zip'
    r = R(123)
    c = person(r, 'Noah', 'Fischer', 'lindenhof.example.net', '4045550190', sp='south_cloudtel', group='lindenhof_bau',
               ip='192.0.2.62')
    pw = WxPrinter()
    app = Log()
    t0 = T('2024-06-03 07:30:02.900')
    app.add(t0, pw.line(t0, 'Info', '0x3a8', 'SparkApplication.cpp:188', 'SparkApplication::onStartup',
                        'Application start - Webex version %s on %s' % (c['version'], c['os'])))
    body = ('{"error":"invalid_grant","error_description":"SAML assertion rejected: assertion has expired '
            '(NotOnOrAfter in the past, check clock skew)","trackingId":"%s"}')
    t, inf = signin_flow(app, pw, r, c, t0 + sec(9), http_style='arrow', thread='0x3a8', outcome='ci',
                         ci_status=400, ci_body=body)
    noise(app, pw, r, t0, t + sec(100), 250, c)
    b = Bundle(name)
    b.add_log('CiscoSpark/current_log.txt', app)
    b.add('CiscoSpark/last_run_current_log.txt', b'', t0 - sec(3600 * 20))
    write_bundle(b)
    expect(name, scenario='Windows: email entered (1), SAML assertion received from the IdP proxy (2.3), the '
                          'exchange for a CI token (saml2-bearer grant) answered 400 invalid_grant "SAML assertion '
                          'rejected ... expired" (3 fails); response body JSON printed on the next line.',
           must=['sso-failed'], must_not=['webex-calling-only', 'activation-portal-error'],
           sign_in={'1': 'ok', '2.3': 'ok', '3': 'failed'},
           facts={'user_email': c['email'], 'tracking_ids': [inf['ci_tid']]})


@bundle
def f24():
    name = 'F24_signin_ci_token_503_mac'
    r = R(124)
    c = person(r, 'Chloe', 'Martin', 'atelier-lune.example.com', '5035550126', sp='cascade_voice', group='atelier_lune',
               platform='macOS', version='44.5.0.29672', os_='macOS 13.6.6 x86_64', ip='192.0.2.48', idx=3)
    pw = WxPrinter()
    app = Log()
    t0 = T('2024-06-04 12:01:10.010')
    app.add(t0, pw.line(t0, 'Info', '0x103', 'SparkApplication.cpp:188', 'SparkApplication::onStartup',
                        'Application start - Webex version %s on %s' % (c['version'], c['os'])))
    body = '{"message":"Service Unavailable","trackingId":"%s"}'
    t, inf = signin_flow(app, pw, r, c, t0 + sec(15), http_style='bracket', thread='0x103', outcome='ci',
                         ci_status=503, ci_body=body, ci_attempts=3, redact=True)
    noise(app, pw, r, t0, t + sec(100), 250, c)
    b = Bundle(name)
    b.add_log('SparkMacDesktop/current_log', app)
    write_bundle(b, folder=True)
    expect(name, scenario='macOS log folder: email entered (printed redacted, 1), SAML assertion received (2.3), '
                          'the CI token exchange answered 503 three times with back-off (3 fails); HTTP printed as '
                          'request line plus "trackingId=[...] httpStatus = [503]".',
           must=['sso-failed'], must_not=['webex-calling-only'],
           sign_in={'1': 'ok', '2.3': 'ok', '3': 'failed'},
           facts={'platform': 'macOS'})


@bundle
def f25():
    name = 'F25_signin_ok_android.zip'
    r = R(125)
    c = person(r, 'Daniel', 'Okafor', 'greenleaf.example.net', '7135550150', sp='gulf_telecom', group='greenleaf_energy',
               platform='Android', version='44.5.0.29655', os_='Android 14 (Pixel 7)', ip='192.0.2.150', idx=2)
    pw = WxPrinter()
    app = Log()
    ua = Ua(r, c)
    t0 = T('2024-06-05 09:10:00.300')

    def si(t):
        return signin_flow(app, pw, r, c, t, http_style='kv', thread='0x1')[0]
    startup(app, pw, r, c, t0, ua, sip_style='announce', http_style='kv', bwthread='0x1c2f', signin=si,
            ents_style='json', dtype='Business Communicator - Mobile', dms_path='/dms/bc/android/config.xml')
    noise(app, pw, r, t0, T('2024-06-05 09:40:00.000'), 400, c)
    b = Bundle(name)
    b.add_log('Android/files/logs/current_log.txt', app)
    write_bundle(b)
    expect(name, scenario='Android Send-Logs zip: healthy sign-in (email, SAML assertion, CI token), user profile '
                          'JSON with "entitlements" incl. broadworks-connector, JWT, device list, DMS, REGISTER 200.',
           must_not=['sso-failed', 'webex-calling-only', 'entitlement-missing'], must_not_errors=True,
           sign_in={'1': 'ok', '2.3': 'ok', '3': 'ok'},
           facts={'user_email': c['email'], 'platform': 'Android', 'org_id': c['org_id']})


def wxc_only(log, pw, r, c, t, thread, ents_style, http_style):
    ents = ENT_WXC
    if ents_style == 'list':
        log.add(t, pw.line(t, 'Info', thread, 'UserProfileService.cpp:301', 'UserProfileService::onUserProfileUpdated',
                           'user %s entitlements: %s' % (c['user_id'], ', '.join(ents))))
    else:
        body = json.dumps({'id': c['user_id'], 'orgId': c['org_id'], 'entitlements': ents,
                           'callingBehavior': 'NATIVE_WEBEX_TEAMS_CALLING'}, indent=2)
        log.add(t, pw.line(t, 'Debug', thread, 'UserProfileService.cpp:288', 'UserProfileService::parseProfile',
                           'user profile received:') + '\n' + body)
    t += ms(40)
    log.add(t, pw.line(t, 'Info', thread, 'CallingBehaviorManager.cpp:77', 'CallingBehaviorManager::update',
                       'callingBehavior=NATIVE_WEBEX_TEAMS_CALLING (org=NATIVE_WEBEX_TEAMS_CALLING, '
                       'user=NATIVE_WEBEX_TEAMS_CALLING)'))
    t += ms(30)
    log.add(t, pw.line(t, 'Info', thread, 'CallingServiceSelector.cpp:140', 'CallingServiceSelector::select',
                       'Calling backend selected: WEBEX_CALLING (Mobius), reason=entitlement bc-sp-standard'))
    t += ms(300)
    t = http(log, pw, t, 'POST', 'https://mobius-r.example.com/api/v1/calling/web/device', 200, r.tracking(),
             http_style, thread, dur=320)
    t += ms(40)
    log.add(t, pw.line(t, 'Info', thread, 'MobiusRegistration.cpp:210', 'MobiusRegistration::onRegistered',
                       'Registered with Mobius, deviceId=%s, calling type WebexCalling' % r.uuid()))
    t += ms(20)
    log.add(t, pw.line(t, 'Info', thread, 'PhoneServicesViewModel.cpp:55', 'PhoneServicesViewModel::refresh',
                       'Phone services: Webex Calling - Connected'))
    return t


@bundle
def f26():
    name = 'F26_webex_calling_only_win.zip'
    r = R(126)
    c = person(r, 'Ingrid', 'Solberg', 'fjordline.example.com', '9175550003', sp='nordic_uc', group='fjordline_shipping',
               ip='192.0.2.36', idx=2)
    pw = WxPrinter()
    app = Log()
    t0 = T('2024-06-06 07:45:00.000')
    app.add(t0, pw.line(t0, 'Info', '0x2bc', 'SparkApplication.cpp:188', 'SparkApplication::onStartup',
                        'Application start - Webex version %s on %s' % (c['version'], c['os'])))
    t = t0 + sec(4)
    log_t = t
    app.add(t, pw.line(t, 'Info', '0x2bc', 'LoginController.cpp:211', 'LoginController::onEmailSubmitted',
                       'Sign-in started, email entered by user: %s' % c['email']))
    t += sec(20)
    app.add(t, pw.line(t, 'Info', '0x2bc', 'OAuthTokenManager.cpp:160', 'OAuthTokenManager::onTokenResponse',
                       'CI access token obtained for user %s (expires_in=3599)' % c['user_id']))
    t = wxc_only(app, pw, r, c, t + sec(1), '0x2bc', 'list', 'arrow')
    t += ms(200)
    app.add(t, pw.line(t, 'Info', '0x45c', 'BroadWorksManager.cpp:205', 'BroadWorksManager::initialize',
                       'BWC:SCF: BroadWorks Calling not started: calling backend is WEBEX_CALLING'))
    noise(app, pw, r, t0, T('2024-06-06 08:30:00.000'), 500, c)
    b = Bundle(name)
    b.add_log('CiscoSpark/current_log.txt', app)
    write_bundle(b)
    expect(name, scenario='Windows: user with Webex Calling only: entitlements list has bc-sp-standard and no '
                          'broadworks-connector, backend WEBEX_CALLING (Mobius) registered, Phone services shows '
                          '"Webex Calling - Connected", BWC not started.',
           must=['webex-calling-only'],
           must_not=['conflicting-calling-entitlement', 'multiple-calling-services', 'sso-failed',
                     'sip-register-rejected', 'sip-register-timeout'],
           facts={'user_email': c['email']})


@bundle
def f27():
    name = 'F27_webex_calling_only_ios_json.zip'
    r = R(127)
    c = person(r, 'Tomasz', 'Lis', 'vistula-print.example.org', '2675550190', sp='east_voip', group='vistula_print',
               platform='iOS', version='44.5.1.29701', os_='iOS 17.5 (iPhone15,3)', ip='192.0.2.131', idx=1)
    pw = CsfPrinter()
    app = Log()
    t0 = T('2024-06-07 06:20:30.450')
    app.add(t0, pw.line(t0, 'Info', '0x1f11c8000', 'SparkApplication.cpp:188', 'SparkApplication::onStartup',
                        'Application start - Webex version %s on %s' % (c['version'], c['os'])))
    t = wxc_only(app, pw, r, c, t0 + sec(3), '0x1f11c8000', 'json', 'httpline')
    noise(app, pw, r, t0, T('2024-06-07 07:00:00.000'), 300, c)
    b = Bundle(name)
    b.add_log('Logs/current_log.txt', app)
    write_bundle(b)
    expect(name, scenario='iOS (CSF line shape): user profile JSON with "entitlements" containing bc-sp-standard '
                          '(no broadworks-connector); WEBEX_CALLING / Mobius registration; Phone services shows '
                          'Webex Calling.',
           must=['webex-calling-only'],
           must_not=['conflicting-calling-entitlement', 'multiple-calling-services', 'sso-failed'],
           facts={'platform': 'iOS'})


# ==========================================================================
# 4. PASTED CLI OUTPUT (XSP authentication service, AS Integrated IM&P)
# ==========================================================================
BANNER = ('======================================================================\n'
          'BroadWorks Command Line Interface\n'
          'Type HELP for more information\n'
          '======================================================================\n'
          'Reading initial CLI command file...\n')


def fingerprint(rnd):
    return ':'.join(rnd.hexs(2).upper() for _ in range(32))


def xsp_cli(host, ip, *, authurl=True, auth_port=8443, key_fp=None, key_created='2023-03-02T10:14:55Z',
            allow_user=False, allow_client=True, chain=3, trusts=True, client_auth=True, banner=True):
    out = []
    if banner:
        out.append('[bwadmin@%s ~]$ bwcli\n%sConnected to %s\n' % (host, BANNER, host))
    out.append('XSP_CLI> cd /Maintenance/ContainerOptions\n'
               'XSP_CLI/Maintenance/ContainerOptions> get\n'
               '  Container Name  Name                          Value\n'
               '=================================================================================')
    rows = []
    if authurl:
        rows.append('  platform        bw.authservice.publicUrl      https://%s:%d/authService' % (host, auth_port))
    rows += ['  platform        bw.sip.sipuri.validate        false',
             '  tomcat          bw.apps.maxThreads            400',
             '  tomcat          bw.xsi.clientSessionTimeout   300']
    out.append('\n'.join(rows) + '\n\n%d entries found.\n' % len(rows))
    out.append('XSP_CLI/Maintenance/ContainerOptions> cd /Applications/AuthenticationService/KeyManagement\n'
               'XSP_CLI/Applications/AuthenticationService/KeyManagement> get\n'
               '  keyAlias = authService-jwt\n  keyType = RSA\n  keySize = 2048\n'
               '  publicKeyFingerprint = SHA256:%s\n  created = %s\n' % (key_fp, key_created))
    out.append('XSP_CLI/Applications/AuthenticationService/KeyManagement> cd /Interface/Http/HttpServer\n'
               'XSP_CLI/Interface/Http/HttpServer> get\n'
               '  Interface       Port  Name                 Secure  Client Auth Req  Cluster FQDN\n'
               '=====================================================================================\n'
               '  %-15s %5d  %-20s true    false\n'
               '  %-15s %5d  %-20s true    %-5s\n\n2 entries found.\n'
               % (ip, 443, host, ip, auth_port, host, 'true' if client_auth else 'false'))
    out.append('XSP_CLI/Interface/Http/HttpServer> cd /Interface/HttpClientAuthentication/Trusts\n'
               'XSP_CLI/Interface/HttpClientAuthentication/Trusts> get')
    if trusts:
        out.append('  Alias                      Owner                                     Valid Until\n'
                   '====================================================================================\n'
                   '  webex-bwks-root-ca         CN=Webex BroadWorks Root CA, O=Example     2042-08-14\n'
                   '  webex-bwks-issuing-ca-1    CN=Webex BroadWorks Issuing CA 1, O=Ex..   2032-08-14\n'
                   '  webex-bwks-issuing-ca-2    CN=Webex BroadWorks Issuing CA 2, O=Ex..   2030-01-09\n\n'
                   '3 entries found.\n')
    else:
        out.append('\n0 entries found.\n')
    out.append('XSP_CLI/Interface/HttpClientAuthentication/Trusts> cd ..\n'
               'XSP_CLI/Interface/HttpClientAuthentication> get chainDepth\n  chainDepth = %d\n' % chain)
    out.append('XSP_CLI/Interface/HttpClientAuthentication> cd /System/CommunicationUtility/DefaultSettings/'
               'ExternalAuthentication/CertificateAuthentication\n'
               'XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get\n'
               '  allowUserApp = %s\n  allowClientApp = %s\n' % (str(allow_user).lower(), str(allow_client).lower()))
    out.append('XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> quit\n'
               'Please confirm (Yes, Y, No, N): y\nExiting BWCLI...\n')
    return '\n'.join(out)


PROV_URL = 'https://bwprovisioning-r.example.com/api/v1/broadworks/provisioning'


def as_messaging_cli(url, user, password_set=True, style='camel', enabled=True):
    head = '[bwadmin@as1.example.net ~]$ bwcli\n%sConnected to as1.example.net\nAS_CLI> cd Interface/Messaging\n' % BANNER
    if style == 'camel':
        body = ('AS_CLI/Interface/Messaging> get\n  isActive = %s\n  provisioningUrl = %s\n  provisioningUserId = %s\n'
                '  provisioningPassword = %s\n  enableSynchronization = false\n  sendMessagingServerNotification = true\n'
                % (str(enabled).lower(), url, user, '********' if password_set else ''))
    else:
        body = ('AS_CLI/Interface/Messaging> get\n'
                '  Integrated IM&P Enabled:       %s\n  Messaging Server URL:          %s\n'
                '  Messaging Server User Name:    %s\n  Messaging Server Password:     %s\n'
                % ('true' if enabled else 'false', url, user, '********' if password_set else '(not set)'))
    return head + body + 'AS_CLI/Interface/Messaging> quit\nPlease confirm (Yes, Y, No, N): y\nExiting BWCLI...\n'


def template_txt(name, url, user, mode='BroadWorks', cluster='CL-WEST-1'):
    return ('Partner Hub > Settings > BroadWorks Calling > Customer Templates > %s\n\n'
            'Provisioning parameters\n'
            '  Provisioning URL:               %s\n'
            '  Provisioning Account Name:      %s\n'
            '  Provisioning Account Password:  (set)\n\n'
            'Authentication mode:  %s\n'
            'BroadWorks cluster:   %s\n'
            'Enable Subscriber Self-Activation: off\n'
            'Trusted emails: on\n' % (name, url, user, mode, cluster))


CLI_IDS = ['authservice-url-missing', 'authservice-keys-differ', 'authservice-mtls-misconfigured',
           'impp-settings-mismatch', 'xsp-cert-auth-misconfigured', 'xsp-chain-depth-too-low']


@bundle
def f28():
    name = 'F28_cli_xsp_as_healthy.zip'
    r = R(128)
    fp = fingerprint(r)
    tcap = T('2024-06-10 09:12:00')
    b = Bundle(name)
    b.add('cli/xsp1_bwcli.txt', xsp_cli('xsp1.example.net', '198.51.100.31', key_fp=fp), tcap)
    b.add('cli/xsp2_bwcli.txt', xsp_cli('xsp2.example.net', '198.51.100.32', key_fp=fp), tcap + sec(140))
    b.add('cli/as1_bwcli.txt', as_messaging_cli(PROV_URL, 'bluepine-prov'), tcap + sec(300))
    b.add('partnerhub_template_bluepine.txt', template_txt('Bluepine Standard', PROV_URL, 'bluepine-prov'), tcap - sec(600))
    write_bundle(b)
    expect(name, scenario='Pasted bwcli sessions of two XSPs and the AS: AuthService public URL on both web '
                          'containers, the same RSA key fingerprint on both, mTLS interface 8443 requiring client '
                          'certificates with the Webex CA chain as trusts, chainDepth 3, allowUserApp=false / '
                          'allowClientApp=true; AS_CLI/Interface/Messaging matches the Partner Hub template.',
           must_not=CLI_IDS, must_not_errors=True)


@bundle
def f29():
    name = 'F29_cli_authservice_keys_url.zip'
    r = R(129)
    tcap = T('2024-06-11 14:30:00')
    b = Bundle(name)
    b.add('xsp-cli/xsp1.txt', xsp_cli('xsp1.example.net', '198.51.100.31', key_fp=fingerprint(r)), tcap)
    b.add('xsp-cli/xsp2.txt', xsp_cli('xsp2.example.net', '198.51.100.32', key_fp=fingerprint(r), authurl=False,
                                      key_created='2024-06-01T08:02:11Z'), tcap + sec(95))
    b.add('README.txt', 'Sign-in works for some users only (roughly half). Output of bwcli on both XSPs of the '
                        'authentication cluster attached.\n', tcap + sec(200))
    write_bundle(b)
    expect(name, scenario='Pasted bwcli sessions of two XSPs: xsp2 has no bw.authservice.publicUrl container '
                          'option and its RSA key was regenerated locally (different SHA256 fingerprint from '
                          'xsp1); certificate authentication and chainDepth are fine.',
           must=['authservice-url-missing', 'authservice-keys-differ'],
           must_not=['xsp-cert-auth-misconfigured', 'xsp-chain-depth-too-low', 'authservice-mtls-misconfigured'])


@bundle
def f30():
    name = 'F30_cli_xsp_certauth_chain_mtls'
    r = R(130)
    tcap = T('2024-06-12 08:05:00')
    txt = xsp_cli('xsp3.example.net', '198.51.100.33', key_fp=fingerprint(r), allow_user=True, allow_client=False,
                  chain=1, trusts=False, client_auth=False, banner=False)
    b = Bundle(name)
    b.add('xsp3_cli_output.txt', txt, tcap)
    write_bundle(b, folder=True)
    expect(name, scenario='Folder with one pasted XSP CLI output (no banner): allowUserApp=true and '
                          'allowClientApp=false, chainDepth 1, no trusts installed (0 entries) and the '
                          'authService interface 8443 does not require client certificates.',
           must=['xsp-cert-auth-misconfigured', 'xsp-chain-depth-too-low', 'authservice-mtls-misconfigured'],
           must_not=['authservice-url-missing', 'authservice-keys-differ'])


# ==========================================================================
# 6. PROVISIONING (PSLog) -- helpers also used by the CLI bundles below
# ==========================================================================
class PsLog:
    def __init__(self, rnd, tz, target=PROV_URL + '/subscribers'):
        self.r, self.tz, self.target = rnd, tz, target
        self.log = Log()
        self.thread = 'Integrated IM&P Provisioning Worker %d' % rnd.randint(1, 4)

    def hdr(self, dt, level, user, module='ProvisioningAdapter'):
        return bwh(dt, self.tz, level, module, self.thread, user)

    def post(self, dt, u):
        prof = ('<?xml version="1.0" encoding="UTF-8"?>\n<subscriberProfile>\n'
                '  <bwuserid>%(bwuser)s</bwuserid>\n  <firstName>%(first)s</firstName>\n  <lastName>%(last)s</lastName>\n'
                '  <group>%(group)s</group>\n  <serviceProvider>%(sp)s</serviceProvider>\n'
                '  <primaryPhoneNumber>%(phone)s</primaryPhoneNumber>\n  <email>%(email)s</email>\n'
                '  <language>English</language>\n  <timeZone>America/Chicago</timeZone>\n'
                '  <services>\n    <service>Integrated IMP</service>\n    <service>Shared Call Appearance</service>\n'
                '    <service>Voice Messaging User</service>\n  </services>\n</subscriberProfile>' % u)
        txt = ('%s\nSending HTTP request\nPOST %s HTTP/1.1\nHost: %s\nAuthorization: Basic ********\n'
               'Content-Type: application/xml; charset=UTF-8\nContent-Length: %d\n\n%s\n'
               % (self.hdr(dt, 'Info', u['bwuser']), self.target, self.target.split('/')[2], len(prof), prof))
        self.log.add(dt, txt)

    def resp(self, dt, u, status, reason, message=None, took=None, html=False):
        if html:
            body = ('<html>\n<head><title>%d %s</title></head>\n<body>\n<center><h1>%d %s</h1></center>\n'
                    '<message>%s</message>\n</body>\n</html>' % (status, reason, status, reason, message))
            ctype = 'text/html'
        elif message is not None:
            body = ('<?xml version="1.0" encoding="UTF-8"?>\n<response>\n  <code>%d</code>\n  <message>%s</message>\n'
                    '</response>' % (status, message))
            ctype = 'application/xml'
        else:
            body, ctype = '', None
        txt = '%s\nReceived HTTP response (%d ms)\nHTTP/1.1 %d %s\n' % (self.hdr(dt, 'Info', u['bwuser']),
                                                                     took or self.r.randint(80, 900), status, reason)
        if ctype:
            txt += 'Content-Type: %s\nContent-Length: %d\n\n%s\n' % (ctype, len(body), body)
        self.log.add(dt, txt)

    def error(self, dt, u, text, level='Severe', module='ProvisioningAdapter'):
        self.log.add(dt, '%s\n%s\n' % (self.hdr(dt, level, u['bwuser'], module), text))

    def noise(self, t0, t1, n):
        r = self.r
        span = int((t1 - t0).total_seconds() * 1000)
        for _ in range(n):
            dt = t0 + ms(r.randint(0, span))
            k = r.randint(0, 3)
            if k == 0:
                txt = ('%s | %-10s | OCI-P | BCCT Worker #%d Received the following request from: 127.0.0.1:%d '
                       '<?xml version="1.0" encoding="ISO-8859-1"?><BroadsoftDocument protocol="OCI" '
                       'xmlns="C"><sessionId xmlns="">%s</sessionId><command xsi:type="UserGetRequest22" '
                       'xmlns=""><userId>%d@as1.example.net</userId></command></BroadsoftDocument>\n'
                       % (bw_ts(dt, self.tz), 'Info', r.randint(0, 5), r.randint(40000, 60000), r.hexs(12),
                          r.randint(2145550200, 2145550299)))
            elif k == 1:
                txt = '%s\nProvisioning queue: %d pending, %d in progress\n' % (
                    bwh(dt, self.tz, 'Info', 'ProvisioningAdapter', 'Provisioning Queue Monitor'), r.randint(0, 3), 0)
            elif k == 2:
                txt = '%s\nUser modify event processed for %d@as1.example.net (no Integrated IM&P change)\n' % (
                    bwh(dt, self.tz, 'Info', 'Provisioning', 'PS Event Dispatcher %d' % r.randint(1, 3)),
                    r.randint(2145550200, 2145550299))
            else:
                txt = '%s\nOCI-P request UserModifyRequest17sp4 completed in %d ms\n' % (
                    bwh(dt, self.tz, 'Info', 'OCI-P', 'OCI-P Dispatcher 1'), r.randint(5, 90))
            self.log.add(dt, txt)


def ps_user(first, last, maildom, num, sp, group):
    return {'bwuser': '%s@as1.example.net' % num, 'first': first, 'last': last, 'group': group, 'sp': sp,
            'phone': num, 'email': ('%s.%s@%s' % (first, last, maildom)).lower()}


@bundle
def f31():
    name = 'F31_cli_as_impp_user_mismatch_pslog401.zip'
    r = R(131)
    tcap = T('2024-06-13 10:20:00')
    u = ps_user('Grace', 'Adeyemi', 'bluepine.example.com', '2145550177', 'telco_west', 'bluepine_logistics')
    ps = PsLog(r, EDT)
    t = T('2024-06-13 14:02:11.402')
    for k in range(2):
        ps.post(t, u)
        ps.resp(t + ms(r.randint(150, 400)), u, 401, 'Unauthorized')
        ps.error(t + ms(450), u, '[Error 18215] Provisioning error with messaging server: HTTP 401 Unauthorized')
        t += sec(300)
    ps.noise(T('2024-06-13 13:55:00.000'), T('2024-06-13 14:15:00.000'), 200)
    b = Bundle(name)
    b.add('cli/as1_messaging_get.txt', as_messaging_cli(PROV_URL, 'bluepine-provisioning', style='label'), tcap)
    b.add('partnerhub_template_bluepine.txt', template_txt('Bluepine Standard', PROV_URL, 'bluepine-prov'), tcap)
    b.add_log('PSLog2024.06.13-10.00.00.txt', ps.log)
    write_bundle(b)
    expect(name, scenario='AS_CLI/Interface/Messaging> get (label layout) shows Messaging Server User Name '
                          '"bluepine-provisioning" while the Partner Hub template (pasted) uses account name '
                          '"bluepine-prov"; the PSLog shows the POST to the bridge answered 401 Unauthorized and '
                          '[Error 18215], twice.',
           must=['impp-settings-mismatch', 'provisioning-unauthorized', 'impp-provisioning-error'],
           must_not=['provisioning-accepted', 'provisioning-unreachable', 'provisioning-forbidden'],
           facts={'broadworks_user_id': u['bwuser'], 'user_email': u['email'], 'service_provider': u['sp'],
                  'primary_phone_number': u['phone'], 'provisioning_target': ps.target})


@bundle
def f32():
    name = 'F32_cli_as_impp_ip_target_pslog403.zip'
    r = R(132)
    tcap = T('2024-06-14 08:40:00')
    ip_url = 'https://203.0.113.80/api/v1/broadworks/provisioning'
    u = ps_user('Omar', 'Haddad', 'harbordental.example.org', '3125550160', 'midwest_voice', 'harbor_dental')
    ps = PsLog(r, CET, target=ip_url + '/subscribers')
    t = T('2024-06-14 09:12:40.010')
    ps.post(t, u)
    ps.resp(t + ms(211), u, 403, 'Forbidden', message='Forbidden')
    ps.error(t + ms(260), u, '[Error 18215] Provisioning error with messaging server: HTTP 403 Forbidden')
    ps.noise(T('2024-06-14 09:00:00.000'), T('2024-06-14 09:30:00.000'), 150)
    b = Bundle(name)
    b.add('as1_cli.txt', as_messaging_cli(ip_url, 'harbor-prov'), tcap)
    b.add('template.txt', template_txt('Harbor Dental', PROV_URL, 'harbor-prov', cluster='CL-MIDWEST'), tcap)
    b.add_log('PSLog2024.06.14-10.00.00.txt', ps.log)
    write_bundle(b)
    expect(name, scenario='AS Integrated IM&P provisioningUrl is an IP address (https://203.0.113.80/...) instead '
                          'of the template\'s bridge URL; the PSLog shows the POST to that IP answered 403 '
                          'Forbidden (the guide: AS patch ap373197 missing / wrong target), then [Error 18215].',
           must=['impp-settings-mismatch', 'provisioning-forbidden', 'impp-provisioning-error'],
           must_not=['provisioning-accepted', 'provisioning-unauthorized', 'provisioning-unreachable'],
           facts={'provisioning_target': ps.target, 'broadworks_user_id': u['bwuser']})


# ==========================================================================
# 5. ESCALATION FACTS (partner org id, case number, ced.dat)
# ==========================================================================
def ced_bytes(rnd, n=None):
    n = n or rnd.randint(6000, 18000)
    return bytes(rnd.randint(0, 255) for _ in range(n))


FEEDBACK_OK = 'Success! Your Cisco support case has been created. Thank you for feedback!'


def feedback_lines(log, pw, r, t, thread, case):
    log.add(t, pw.line(t, 'Info', thread, 'FeedbackController.cpp:98', 'FeedbackController::submit',
                       'Feedback submitted with logs (category=Calling, include logs=true)'))
    t += sec(r.randint(3, 9))
    log.add(t, pw.line(t, 'Info', thread, 'FeedbackController.cpp:141', 'FeedbackController::onSubmitted',
                       '%s Case Number - %s' % (FEEDBACK_OK, case)))
    return t


@bundle
def f33():
    name = 'F33_escalation_ced_same_session_win.zip'
    r = R(133)
    c = person(r, 'Grace', 'Adeyemi', 'bluepine.example.com', '2145550177', sp='telco_west', group='bluepine_logistics',
               ip='192.0.2.27')
    pw = WxPrinter()
    app, bwc = Log(), Log()
    ua = Ua(r, c)
    t0 = T('2024-06-17 06:41:20.300')
    startup(app, pw, r, c, t0, ua, sip_style='announce', http_style='arrow', sip_log=bwc, bwthread='0x45c')
    app.add(t0 + sec(5), pw.line(t0 + sec(5), 'Info', '0x2bc', 'OrgSettingsService.cpp:77', 'OrgSettingsService::onLoaded',
                                 'Org settings loaded: orgId=%s' % c['org_id']))
    i1 = ua.call_out(T('2024-06-17 09:48:02.100'), '+12145550412', outcome='failed', final=503)
    put_sip(bwc, 'announce', pw, ua.ev, c['sbc'], '0x45c'); ua.ev = []
    feedback_lines(app, pw, r, T('2024-06-17 09:58:40.000'), '0x2bc', '00627431')
    tced = T('2024-06-17 10:05:13')
    app.add(tced - sec(2), pw.line(tced - sec(2), 'Info', '0x2bc', 'HelpMenu.cpp:210', 'HelpMenu::exportCallingEnvironment',
                                   'Export Calling Environment Data: writing ced.dat'))
    noise(app, pw, r, t0, T('2024-06-17 10:20:00.000'), 700, c)
    noise(bwc, pw, r, t0, T('2024-06-17 10:20:00.000'), 80, c, bwc_only=True)
    b = Bundle(name)
    base = 'Logs_%s/' % c['email']
    b.add_log(base + 'CiscoSpark/current_log.txt', app)
    b.add_log(base + 'CiscoSpark/bwc/current_log.txt', bwc)
    b.add(base + 'ced.dat', ced_bytes(r), tced)
    b.add('case_notes.txt', 'Escalation notes (partner helpdesk)\n'
                            'User: %s (UUID %s)\nCustomer org ID: %s\nPartner org ID: %s\n'
                            'Issue: outgoing call to +12145550412 fails at 09:48 UTC\n'
                            % (c['email'], c['user_id'], c['org_id'], c['partner_org_id']), T('2024-06-17 10:30:00'))
    write_bundle(b)
    calls = []
    add_calls_expect(calls, i1)
    expect(name, scenario='Partner Hub style Windows zip: app started 06:41Z and kept running; feedback logged '
                          '"Case Number - 00627431"; ced.dat exported at 10:05Z in the same session (zip entry time '
                          'UTC plus extended timestamp); case_notes.txt names the customer and partner org ids; one '
                          'outgoing call answered 503.',
           must=['call-server-error'], must_not=['ced-stale'],
           facts={'case_number': '00627431', 'org_id': c['org_id'], 'partner_org_id': c['partner_org_id'],
                  'user_email': c['email'], 'user_id': c['user_id'], 'ced_same_session': True},
           calls=calls)


@bundle
def f34():
    name = 'F34_escalation_ced_stale_mac.zip'
    r = R(134)
    c = person(r, 'Lucas', 'Moreau', 'harbordental.example.org', '3125550142', sp='midwest_voice',
               group='harbor_dental', platform='macOS', version='44.5.0.29672', os_='macOS 14.5 (23F79) arm64',
               ip='192.0.2.44', idx=2)
    pw = WxPrinter()
    last, app = Log(), Log()
    ua = Ua(r, c)
    tp = T('2024-06-18 07:58:01.000')
    startup(last, pw, r, c, tp, ua, sip_style='prefixed', http_style='httpline', bwthread='0x7e03')
    ua.ev = []
    noise(last, pw, r, tp, T('2024-06-18 17:31:00.000'), 500, c)
    tq = T('2024-06-18 17:31:20.000')
    last.add(tq, pw.line(tq, 'Info', '0x103', 'SparkApplication.cpp:301', 'SparkApplication::onQuit', 'Application quit requested by user'))
    t0 = T('2024-06-19 07:55:40.250')
    startup(app, pw, r, c, t0, ua, sip_style='prefixed', http_style='httpline', bwthread='0x7e03')
    i1 = ua.call_in(T('2024-06-19 09:10:05.000'), '+13125550999', 'Omar Haddad', codec='opus', talk_s=200)
    put_sip(app, 'prefixed', pw, ua.ev, c['sbc'], '0x7e03'); ua.ev = []
    s1, w1 = sq_series(r, i1['answered'], i1['end'], 'opus', peak_loss=0.071, peak_jitter=25, peak_rtt=90,
                       base_loss=0.03, base_jitter=18, base_rtt=70)
    put_media(app, pw, s1, thread='7104')
    noise(app, pw, r, t0, T('2024-06-19 09:40:00.000'), 400, c)
    b = Bundle(name)
    b.add_log('SparkMacDesktop/last_run_current_log.txt', last)
    b.add_log('SparkMacDesktop/current_log.txt', app)
    b.add('ced.dat', ced_bytes(r), T('2024-06-18 16:20:44'))
    b.add('feedback.txt', '%s\n\nCase Number - 00631145\n' % FEEDBACK_OK, T('2024-06-19 09:36:10'))
    b.add('helpdesk_org.txt', 'Harbor Dental Group\nCustomer\nAccount Created: March 4, 2022\n'
                              'Calling Behavior: Calling in Webex\nOrg. ID: %s\nSupported By: Midwest Voice '
                              '(partner org ID %s)\n' % (c['org_id'], c['partner_org_id']), T('2024-06-19 09:38:00'))
    write_bundle(b)
    calls = []
    add_calls_expect(calls, i1, w1)
    expect(name, scenario='macOS zip: last_run_current_log.txt (18 June, app quit 17:31Z) and current_log.txt (app '
                          'restarted 19 June 07:55Z, incoming opus call with loss up to 7.1 %); ced.dat zip entry '
                          'dated 18 June 16:20Z, i.e. exported before the restart; feedback.txt with the case '
                          'number; Help Desk org paste with Org. ID and partner org id.',
           must=['ced-stale', 'media-packet-loss'],
           facts={'case_number': '00631145', 'org_id': c['org_id'], 'partner_org_id': c['partner_org_id'],
                  'ced_same_session': False},
           calls=calls)


@bundle
def f35():
    name = 'F35_escalation_ced_stale_folder'
    r = R(135)
    c = person(r, 'Pieter', 'de Vries', 'kanaalzicht.example.com', '2025550119', sp='benelux_voice',
               group='kanaalzicht', ip='192.0.2.77', idx=3)
    c['email'] = 'pieter.devries@kanaalzicht.example.com'
    pw = WxPrinter(brackets=True)
    app = Log()
    ua = Ua(r, c)
    t0 = T('2024-06-10 06:30:05.600')
    startup(app, pw, r, c, t0, ua, sip_style='escaped', http_style='kv', bwthread='0x45c')
    app.add(t0 + sec(6), pw.line(t0 + sec(6), 'Info', '0x2bc', 'OrgSettingsService.cpp:77', 'OrgSettingsService::onLoaded',
                                 'Org settings loaded: orgId=%s partnerOrgId=%s' % (c['org_id'], c['partner_org_id'])))
    i1 = ua.call_out(T('2024-06-10 08:02:09.300'), '+31205550188', outcome='failed', final=480, ring_s=20)
    put_sip(app, 'escaped', pw, ua.ev, c['sbc'], '0x45c'); ua.ev = []
    noise(app, pw, r, t0, T('2024-06-10 09:00:00.000'), 600, c)
    b = Bundle(name)
    b.add_log('CiscoSpark/current_log.txt', app)
    b.add('ced.dat', ced_bytes(r), T('2024-06-08 14:02:31'))
    write_bundle(b, folder=True)
    calls = []
    add_calls_expect(calls, i1)
    expect(name, scenario='Plain folder: CiscoSpark/current_log.txt of a session that started 10 June 06:30Z '
                          '(org settings line with orgId and partnerOrgId, an outgoing call answered 480) and a '
                          'ced.dat whose file time is 8 June 14:02Z, two days before the app start.',
           must=['ced-stale', 'call-unavailable'],
           facts={'org_id': c['org_id'], 'partner_org_id': c['partner_org_id'], 'ced_same_session': False},
           calls=calls)


@bundle
def f36():
    name = 'F36_escalation_ced_after_restart_ok.zip'
    r = R(136)
    c = person(r, 'Hannah', 'Schulz', 'bluepine.example.com', '2145550133', sp='telco_west',
               group='bluepine_logistics', ip='192.0.2.23')
    pw = WxPrinter()
    last, app = Log(), Log()
    ua = Ua(r, c)
    tp = T('2024-06-20 07:10:00.000')
    startup(last, pw, r, c, tp, ua, sip_style='outin', http_style='arrow', bwthread='0x3f0')
    noise(last, pw, r, tp, T('2024-06-20 12:00:00.000'), 400, c)
    t0 = T('2024-06-20 12:04:31.870')
    startup(app, pw, r, c, t0, ua, sip_style='outin', http_style='arrow', bwthread='0x3f0')
    feedback_lines(app, pw, r, T('2024-06-20 13:15:02.000'), '0x2bc', '00640022')
    noise(app, pw, r, t0, T('2024-06-20 13:40:00.000'), 500, c)
    b = Bundle(name)
    b.add_log('CiscoSpark/last_run_current_log.txt', last)
    b.add_log('CiscoSpark/current_log.txt', app)
    b.add('CiscoSpark/ced.dat', ced_bytes(r), T('2024-06-20 13:12:09'))
    b.add('ticket.txt', 'Ticket from Bluepine helpdesk\nCustomer org: %s\nPartner org: %s\nCase: 00640022\n'
                        % (c['org_id'], c['partner_org_id']), T('2024-06-20 13:50:00'))
    write_bundle(b)
    expect(name, scenario='Windows zip with the previous run (morning) and the current run (restart 12:04Z); '
                          'ced.dat exported at 13:12Z, after the restart, so it belongs to the current session; '
                          'feedback line with Case Number - 00640022; healthy registration in both runs.',
           must_not=['ced-stale'], must_not_errors=True,
           facts={'case_number': '00640022', 'ced_same_session': True})


# ==========================================================================
# 6. PROVISIONING (PSLog)
# ==========================================================================
@bundle
def f37():
    name = 'F37_pslog_500_502.zip'
    r = R(137)
    u = ps_user('Ingrid', 'Solberg', 'fjordline.example.com', '9175550003', 'nordic_uc', 'fjordline_shipping')
    ps = PsLog(r, CEST)
    t = T('2024-06-21 08:14:02.551')
    ps.post(t, u)
    ps.resp(t + ms(1830), u, 500, 'Internal Server Error',
            message='Unexpected error while creating the subscriber, please retry (trackingId ROUTER_%s)' % r.uuid())
    ps.error(t + ms(1900), u, '[Error 18215] Provisioning error with messaging server: HTTP 500 Internal Server Error')
    t2 = t + sec(600)
    ps.post(t2, u)
    ps.resp(t2 + ms(30012), u, 502, 'Bad Gateway', message='Upstream identity service did not respond', html=True)
    ps.error(t2 + ms(30050), u, '[Error 18215] Provisioning error with messaging server: HTTP 502 Bad Gateway')
    ps.noise(T('2024-06-21 08:00:00.000'), T('2024-06-21 08:40:00.000'), 250)
    b = Bundle(name)
    b.add_log('var/broadworks/logs/appserver/PSLog2024.06.21-10.00.00.txt', ps.log)
    write_bundle(b)
    expect(name, scenario='AS PSLog (CEST): POST of the subscriberProfile to the provisioning bridge answered 500 '
                          'with an XML <message>, the retry ten minutes later answered 502 Bad Gateway with an '
                          'HTML body holding a <message>; [Error 18215] after each.',
           must=['provisioning-error', 'impp-provisioning-error'],
           must_not=['provisioning-accepted', 'provisioning-unreachable', 'provisioning-unauthorized',
                     'provisioning-forbidden', 'provisioning-conflict'],
           facts={'broadworks_user_id': u['bwuser'], 'user_email': u['email'], 'service_provider': u['sp'],
                  'primary_phone_number': u['phone'], 'provisioning_target': ps.target})


@bundle
def f38():
    name = 'F38_pslog_503_404'
    r = R(138)
    u = ps_user('Elif', 'Demir', 'bosphorus-tex.example.net', '2125550171', 'metro_voice', 'bosphorus_textiles')
    ps = PsLog(r, EDT, target=PROV_URL + '/v2/subscribers')
    t = T('2024-06-24 15:30:10.010')
    ps.post(t, u)
    ps.resp(t + ms(95), u, 404, 'Not Found', message='No provisioning resource at /api/v1/broadworks/provisioning/v2/subscribers')
    ps.noise(T('2024-06-24 15:20:00.000'), T('2024-06-24 16:00:00.000'), 200)
    ps2 = PsLog(r, EDT)
    t2 = T('2024-06-24 15:52:44.300')
    ps2.post(t2, u)
    ps2.resp(t2 + ms(120), u, 503, 'Service Unavailable',
             message='Provisioning is temporarily unavailable for this partner, try again later')
    ps.log.items += ps2.log.items
    b = Bundle(name)
    b.add_log('PSLog2024.06.24-11.00.00.txt', ps.log)
    write_bundle(b, folder=True)
    expect(name, scenario='Folder with an AS PSLog (EDT): the first POST goes to a wrong path (.../v2/subscribers) '
                          'and is answered 404 with a <message>; after the URL was corrected the POST is answered '
                          '503 Service Unavailable with a <message>.',
           must=['provisioning-error'],
           must_not=['provisioning-accepted', 'provisioning-unreachable', 'provisioning-bad-request'],
           facts={'broadworks_user_id': u['bwuser'], 'primary_phone_number': u['phone']})


JAVA_CONNECT = ('java.net.ConnectException: Connection refused (Connection refused)\n'
                '\tat java.net.PlainSocketImpl.socketConnect(Native Method)\n'
                '\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)\n'
                '\tat java.net.Socket.connect(Socket.java:607)\n'
                '\tat sun.security.ssl.SSLSocketImpl.connect(SSLSocketImpl.java:288)\n'
                '\tat org.apache.http.conn.ssl.SSLConnectionSocketFactory.connectSocket(SSLConnectionSocketFactory.java:368)\n'
                '\tat com.broadsoft.provisioning.imp.HttpMessagingClient.send(HttpMessagingClient.java:214)')
JAVA_TIMEOUT = ('java.net.SocketTimeoutException: connect timed out\n'
                '\tat java.net.PlainSocketImpl.socketConnect(Native Method)\n'
                '\tat java.net.Socket.connect(Socket.java:607)\n'
                '\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:142)\n'
                '\tat com.broadsoft.provisioning.imp.HttpMessagingClient.send(HttpMessagingClient.java:214)')
JAVA_READ = ('java.net.SocketTimeoutException: Read timed out\n'
             '\tat java.net.SocketInputStream.socketRead0(Native Method)\n'
             '\tat java.net.SocketInputStream.read(SocketInputStream.java:171)\n'
             '\tat org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)\n'
             '\tat com.broadsoft.provisioning.imp.HttpMessagingClient.send(HttpMessagingClient.java:231)')


@bundle
def f39():
    name = 'F39_pslog_connection_refused.zip'
    r = R(139)
    u = ps_user('Marta', 'Nowak', 'vistula-print.example.org', '2675550145', 'east_voip', 'vistula_print')
    ps = PsLog(r, CEST)
    t = T('2024-06-25 07:02:30.100')
    for k in range(3):
        ps.post(t, u)
        ps.error(t + ms(r.randint(2, 20)), u, 'Failed to send request to %s\n%s' % (ps.target, JAVA_CONNECT),
                 level='Warning')
        ps.error(t + ms(25), u, '[Error 18211] Communication error with messaging server')
        t += sec(120)
    ps.noise(T('2024-06-25 06:55:00.000'), T('2024-06-25 07:15:00.000'), 200)
    b = Bundle(name)
    b.add_log('PSLog2024.06.25-09.00.00.txt', ps.log)
    write_bundle(b)
    expect(name, scenario='AS PSLog: three POST attempts to the bridge each fail with java.net.ConnectException: '
                          'Connection refused (stack trace on continuation lines) and [Error 18211] Communication '
                          'error with messaging server; no HTTP answer at all.',
           must=['provisioning-unreachable', 'impp-provisioning-error'],
           must_not=['provisioning-accepted', 'provisioning-error', 'provisioning-unauthorized'],
           facts={'broadworks_user_id': u['bwuser'], 'provisioning_target': ps.target})


@bundle
def f40():
    name = 'F40_pslog_timeouts_gz.zip'
    r = R(140)
    u = ps_user('Ravi', 'Menon', 'northgate.example.org', '6175550108', 'atlantic_uc', 'northgate_law')
    ps = PsLog(r, EDT)
    t = T('2024-06-26 13:40:00.500')
    ps.post(t, u)
    ps.error(t + ms(10003), u, 'Request to %s failed after 10000 ms\n%s' % (ps.target, JAVA_TIMEOUT), level='Warning')
    t2 = t + sec(300)
    ps.post(t2, u)
    ps.error(t2 + ms(30010), u, 'No response from %s within 30000 ms\n%s' % (ps.target, JAVA_READ), level='Warning')
    ps.noise(T('2024-06-26 13:30:00.000'), T('2024-06-26 14:00:00.000'), 300)
    data = ps.log.render()
    b = Bundle(name)
    b.add('appserver/PSLog2024.06.26-09.00.00.txt.gz', gz_bytes(data, ps.log.last()), ps.log.last() + sec(60))
    b.add('appserver/PSLog2024.06.26-10.00.00.txt',
          '%s\nProvisioning queue: 0 pending, 0 in progress\n' % bwh(T('2024-06-26 14:00:05.000'), EDT, 'Info',
                                                                     'ProvisioningAdapter', 'Provisioning Queue Monitor'),
          T('2024-06-26 14:00:06'))
    write_bundle(b)
    expect(name, scenario='Zip with a gzip-rotated AS PSLog: the POST to the bridge fails with '
                          'SocketTimeoutException "connect timed out", the retry with "Read timed out" after 30 s; '
                          'the current PSLog is quiet.',
           must=['provisioning-unreachable'],
           must_not=['provisioning-accepted', 'provisioning-error'],
           facts={'broadworks_user_id': u['bwuser'], 'user_email': u['email']})


@bundle
def f41():
    name = 'F41_pslog_200_accepted.zip'
    r = R(141)
    u = ps_user('Omar', 'Haddad', 'harbordental.example.org', '3125550160', 'midwest_voice', 'harbor_dental')
    ps = PsLog(r, CET)
    t = T('2024-06-27 10:05:12.222')
    ps.post(t, u)
    ps.resp(t + ms(640), u, 200, 'OK', message='Request accepted, provisioning in progress')
    ps.log.add(t + ms(700), '%s\nIntegrated IM&P provisioning request accepted by messaging server for %s\n'
               % (ps.hdr(t + ms(700), 'Info', u['bwuser']), u['bwuser']))
    ps.noise(T('2024-06-27 10:00:00.000'), T('2024-06-27 10:30:00.000'), 200)
    b = Bundle(name)
    b.add_log('PSLog2024.06.27-11.00.00.txt', ps.log)
    write_bundle(b)
    expect(name, scenario='AS PSLog (CET): POST of the subscriberProfile answered 200 OK ("Request accepted, '
                          'provisioning in progress"); nothing else wrong.',
           must=['provisioning-accepted'],
           must_not=['provisioning-error', 'provisioning-unreachable', 'provisioning-unauthorized',
                     'provisioning-forbidden', 'impp-provisioning-error', 'provisioning-missing-phone-number'],
           must_not_errors=True,
           facts={'broadworks_user_id': u['bwuser'], 'user_email': u['email'], 'service_provider': u['sp'],
                  'primary_phone_number': u['phone'], 'provisioning_target': ps.target})


def main():
    only = set(os.sys.argv[1:])
    for fn in BUNDLES:
        if only and fn.__name__ not in only:
            continue
        fn()
    if not only:
        keep = set(EXPECTED)
        for n in os.listdir(OUT):
            if n.startswith('F') and n[1:3].isdigit() and n not in keep:
                p = os.path.join(OUT, n)
                shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
        with open(os.path.join(OUT, 'expected.json'), 'w') as f:
            json.dump(EXPECTED, f, indent=2, sort_keys=True)
            f.write('\n')
    for n in sorted(EXPECTED):
        p = os.path.join(OUT, n)
        if os.path.isdir(p):
            size = sum(os.path.getsize(os.path.join(dp, x)) for dp, _, fs in os.walk(p) for x in fs)
        else:
            size = os.path.getsize(p)
        print('%-45s %8d bytes%s' % (n, size, '  TOO BIG' if size > 2 * 1024 * 1024 else ''))


if __name__ == '__main__':
    main()
