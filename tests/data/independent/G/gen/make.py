#!/usr/bin/env python3
"""Generator for test bundle set G (wxbw-doctor). Standard library only, deterministic.

Writes ~32 bundles (zip files / folders) and expected.json into the parent directory.
All addresses are documentation addresses, all people are invented.
"""
import datetime as dt
import gzip
import io
import json
import os
import random
import shutil
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
EXPECTED = {}
UTC = dt.timezone.utc


def uid(rnd):
    h = '%032x' % rnd.getrandbits(128)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(rnd, n):
    return ''.join(rnd.choice('0123456789abcdef') for _ in range(n))


# ---------------------------------------------------------------- log session
class Sess:
    """A clock plus a set of log files; formats lines per platform style."""

    def __init__(self, t0, style='webex', rnd=None):
        self.t = t0
        self.style = style
        self.files = {}
        self.rnd = rnd or random.Random(1)
        self.thr = {}

    def adv(self, ms):
        self.t += dt.timedelta(milliseconds=ms)

    def iso(self):
        return self.t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (self.t.microsecond // 1000)

    def stamp(self):
        ms = self.t.microsecond // 1000
        if self.style == 'csf':
            return self.t.strftime('%Y-%m-%d %H:%M:%S,') + '%03d' % ms
        if self.style == 'logcat':
            return self.t.strftime('%m-%d %H:%M:%S.') + '%03d' % ms
        return self.iso()

    def out(self, key, text):
        self.files.setdefault(key, []).append(text)

    def L(self, key, lvl, src, func, msg, thr=None):
        thr = thr or self.thr.get(key, '0x45c')
        if self.style == 'csf':
            f, ln = src.rsplit(':', 1)
            lv = {'Warning': 'WARN'}.get(lvl, lvl.upper())
            logger = 'BWC' if 'BWC:' in msg else 'spark'
            self.out(key, '%s %s [%s] [src/%s(%s)] [%s] [%s] - %s' % (
                self.stamp(), lv, thr, f, ln, logger, func, msg))
        elif self.style == 'logcat':
            tag = src.split('.')[0][:20]
            self.out(key, '%s  4187  %s %s %s: %s: %s' % (
                self.stamp(), {'0x45c': ' 4302'}.get(thr, ' 4388'), lvl[0], tag, func, msg))
        else:
            self.out(key, '%s <%s> [%s] %s %s:%s' % (self.iso(), lvl, thr, src, func, msg))

    # ---- SIP printing --------------------------------------------------
    def sip(self, key, outgoing, peer, msg, mode):
        lines = msg.split('\r\n')
        while lines and lines[-1] == '':
            lines = lines[:-1]
        esc = msg.replace('\\', '\\\\').replace('\r', '\\r').replace('\n', '\\n')
        if mode == 'raw':
            if outgoing:
                self.L(key, 'Info', 'SipTransport.cpp:812', 'TP::SipTransport::send',
                       'BWC:SIP: Sending SIP message to %s (TLS):' % peer)
            else:
                self.L(key, 'Info', 'SipTransport.cpp:1044', 'TP::SipTransport::onData',
                       'BWC:SIP: Received SIP message from %s (TLS):' % peer)
            for ln in lines:
                self.out(key, ln)
            self.out(key, '')
        elif mode == 'arrow':
            self.L(key, 'Debug', 'SipStackLogger.cpp:77', 'logMessage',
                   'BWC:SIP: %s %s %s [TLS] %d bytes' % ('>>>>' if outgoing else '<<<<',
                                                         'OUT to' if outgoing else 'IN from', peer,
                                                         len(msg.encode())))
            for ln in lines:
                self.out(key, ln)
        elif mode == 'escaped':
            self.L(key, 'Info', 'SipTransport.cpp:640', 'TP::SipTransport::trace',
                   'BWC:SIP: %s %s: %s' % ('Sent to' if outgoing else 'Received from', peer, esc))
        elif mode == 'json':
            self.L(key, 'Debug', 'SipJsonTrace.cpp:58', 'SipJsonTrace::emit',
                   'BWC:SIP: ' + json.dumps({'dir': 'outgoing' if outgoing else 'incoming',
                                             'remote': peer, 'transport': 'tls',
                                             'len': len(msg.encode()), 'message': msg},
                                            separators=(',', ':')))
        elif mode == 'kv':
            self.L(key, 'Info', 'SipTrace.cpp:201', 'SipTrace::log',
                   'BWC:SIP: dir=%s peer=%s proto=tls len=%d msg="%s"' % (
                       'OUT' if outgoing else 'IN', peer, len(msg.encode()),
                       esc.replace('"', '\\"')))
        elif mode == 'prefixed':
            src, fn = ('SipTransport.cpp:812', 'send') if outgoing else ('SipTransport.cpp:1044', 'onData')
            self.L(key, 'Info', src, fn,
                   'BWC:SIP: %s SIP message %s %s' % ('Outgoing' if outgoing else 'Incoming',
                                                      'to' if outgoing else 'from', peer))
            for ln in lines:
                self.L(key, 'Info', src, fn, 'BWC:SIP: ' + ln)
        else:
            raise ValueError(mode)

    def text(self, key, eol='\n'):
        return (eol.join(self.files.get(key, [])) + eol).encode('utf-8')


# ---------------------------------------------------------------- SIP builders
COMPACT = {'Via': 'v', 'From': 'f', 'To': 't', 'Call-ID': 'i', 'Contact': 'm',
           'Content-Type': 'c', 'Content-Length': 'l', 'Supported': 'k', 'Event': 'o',
           'Refer-To': 'r', 'Subject': 's'}
PT = {'opus': (111, 'opus/48000/2'), 'G722': (9, 'G722/8000'), 'PCMU': (0, 'PCMU/8000'),
      'PCMA': (8, 'PCMA/8000'), 'G729': (18, 'G729/8000'), 'iLBC': (102, 'iLBC/8000'),
      'telephone-event': (101, 'telephone-event/8000')}


def sdp(ip, port, codecs, sid, direction='sendrecv'):
    pts = [PT[c][0] for c in codecs]
    b = ['v=0', 'o=- %d 1 IN IP4 %s' % (sid, ip), 's=-', 'c=IN IP4 %s' % ip, 't=0 0',
         'm=audio %d RTP/SAVP %s' % (port, ' '.join(map(str, pts)))]
    for c in codecs:
        b.append('a=rtpmap:%d %s' % PT[c])
        if c == 'opus':
            b.append('a=fmtp:111 maxplaybackrate=48000;stereo=0;useinbandfec=1')
        if c == 'telephone-event':
            b.append('a=fmtp:101 0-15')
    b += ['a=ptime:20', 'a=rtcp-mux', 'a=' + direction]
    return '\r\n'.join(b) + '\r\n'


def sipmsg(start, hdrs, body='', ctype='application/sdp', compact=False):
    out = [start]
    for n, v in hdrs:
        out.append('%s: %s' % (COMPACT.get(n, n) if compact else n, v))
    if body:
        out.append('%s: %s' % ('c' if compact else 'Content-Type', ctype))
    out.append('%s: %d' % ('l' if compact else 'Content-Length', len(body.encode())))
    return '\r\n'.join(out) + '\r\n\r\n' + body


class Dlg:
    """One INVITE dialog between the app ('me') and the SBC side ('peer')."""

    def __init__(self, rnd, call_id, outgoing, me, peer, my_ip, sbc, compact=False,
                 ua='WebexApp/44.2 BWC/3.19'):
        self.rnd, self.cid, self.outgoing, self.compact, self.ua = rnd, call_id, outgoing, compact, ua
        self.me, self.peer, self.my_ip, self.sbc = me, peer, my_ip, sbc
        self.my_port = rnd.randint(49152, 60000)
        self.tag_me, self.tag_peer = hexs(rnd, 10), hexs(rnd, 8)
        self.cseq = {True: rnd.randint(1, 90), False: rnd.randint(100, 900)}
        self.confirmed = False
        self.vias = {}

    def uri(self, mine):
        return self.me if mine else self.peer

    def ft(self, by_me):
        # caller = me if outgoing
        caller_is_me = self.outgoing
        a = ('<%s>;tag=%s' % (self.me, self.tag_me)) if caller_is_me else ('<%s>;tag=%s' % (self.peer, self.tag_peer))
        bt = (self.tag_peer if caller_is_me else self.tag_me) if self.confirmed else None
        b = '<%s>' % (self.peer if caller_is_me else self.me) + (';tag=%s' % bt if bt else '')
        by_caller = (by_me == caller_is_me)
        return (a, b) if by_caller else (b, a)

    def req(self, method, by_me, body='', extra=(), cseq=None, same_branch_as=None, ctype='application/sdp', ruri=None):
        if cseq is None:
            self.cseq[by_me] += 1
            cseq = self.cseq[by_me]
        if same_branch_as:
            via = self.vias[same_branch_as]
        elif by_me:
            via = 'SIP/2.0/TLS %s:%d;branch=z9hG4bK%s;rport' % (self.my_ip, self.my_port, hexs(self.rnd, 12))
        else:
            via = 'SIP/2.0/TLS %s;branch=z9hG4bK%s' % (self.sbc, hexs(self.rnd, 14))
        self.vias[(method, cseq, by_me)] = via
        f, t = self.ft(by_me)
        if ruri:
            pass
        elif by_me:
            ruri = 'sip:%s;transport=tls' % self.sbc if self.confirmed else self.peer
        else:
            ruri = 'sip:%s@%s:%d;transport=tls' % (self.me.split(':')[1].split('@')[0], self.my_ip, self.my_port)
        hdrs = [('Via', via), ('Max-Forwards', '70'), ('From', f), ('To', t), ('Call-ID', self.cid),
                ('CSeq', '%d %s' % (cseq, method))]
        if method in ('INVITE', 'REFER', 'SUBSCRIBE', 'NOTIFY') or (method == 'REGISTER'):
            hdrs.append(('Contact', '<sip:%s@%s:%d;transport=tls>' % (
                self.me.split(':')[1].split('@')[0], self.my_ip, self.my_port) if by_me
                else '<sip:%s;transport=tls>' % self.sbc))
        if by_me:
            hdrs.append(('User-Agent', self.ua))
        if method == 'INVITE':
            hdrs.append(('Allow', 'INVITE, ACK, CANCEL, BYE, REFER, NOTIFY, OPTIONS, UPDATE, INFO'))
            hdrs.append(('Supported', 'replaces, timer'))
        hdrs += list(extra)
        return sipmsg('%s %s SIP/2.0' % (method, ruri), hdrs, body, ctype=ctype, compact=self.compact), cseq

    def resp(self, code, reason, method, cseq, by_me, body='', extra=()):
        # response to a request sent by (not by_me)
        via = self.vias[(method, cseq, not by_me)]
        f, t = self.ft(not by_me)
        if code > 100 and not self.confirmed and method in ('INVITE', 'CANCEL', 'REGISTER'):
            # add the UAS tag on To
            callee_tag = self.tag_peer if self.outgoing else self.tag_me
            if ';tag=' not in t:
                t = t + ';tag=' + callee_tag
        hdrs = [('Via', via), ('From', f), ('To', t), ('Call-ID', self.cid), ('CSeq', '%d %s' % (cseq, method))]
        if method == 'INVITE' and 100 < code < 300:
            hdrs.append(('Contact', '<sip:%s@%s:%d;transport=tls>' % (
                self.me.split(':')[1].split('@')[0], self.my_ip, self.my_port) if by_me
                else '<sip:%s;transport=tls>' % self.sbc))
        if by_me:
            hdrs.append(('User-Agent', self.ua))
        else:
            hdrs.append(('Server', 'BroadWorks'))
        hdrs += list(extra)
        return sipmsg('SIP/2.0 %d %s' % (code, reason), hdrs, body, compact=self.compact)


# ---------------------------------------------------------------- media lines
def media_tick(s, key, rx, tx, pct, csi, ssrc, codec_type):
    def fmt_loss(v):
        return ('%.1f%%' % (v * 100)) if pct else '%.3f' % v
    for kind, (loss, jit, rtt) in (('TX', tx), ('RX', rx)):
        line = ('%s <Info> [9968] WME:0 :[SQ] [SQ] INFO: SQAudio%s - vid=0 csi=%d did=0 ssrc=%d loss=%s '
                'drop=0.000 jitter=%d bytes=%d rtp=%d failed=0 bitrate=%d rtt=%d bw=176000 codecType=%d type=UDP'
                % (s.iso(), kind, csi, ssrc + (1 if kind == 'RX' else 0), fmt_loss(loss), jit,
                   201518 + s.rnd.randint(0, 99999), 1306 + s.rnd.randint(0, 900),
                   65016 - s.rnd.randint(0, 3000), rtt, codec_type))
        if s.style == 'logcat':
            line = '%s  4187  5120 I WME     : [SQ] INFO: SQAudio%s - vid=0 csi=%d ssrc=%d loss=%s jitter=%d rtt=%d codecType=%d type=UDP' % (
                s.stamp(), kind, csi, ssrc, fmt_loss(loss), jit, rtt, codec_type)
        s.out(key, line)


def noise(s, key, rnd, n=1):
    opts = [
        ('Info', 'LocusService.cpp:512', 'LocusService::sync', 'GET https://locus-a.example.com/locus/api/v1/loci?activity=true trackingid=CLIENT_%s -> 200' % hexs(rnd, 8)),
        ('Debug', 'PresenceManager.cpp:88', 'PresenceManager::onStatus', 'presence status=active source=ui'),
        ('Info', 'UIEventRouter.cpp:233', 'UIEventRouter::dispatch', 'event=WindowFocusChanged focused=true'),
        ('Debug', 'MercuryConnection.cpp:401', 'MercuryConnection::onPing', 'mercury ping/pong ok rtt=41ms'),
        ('Info', 'ConversationSync.cpp:1190', 'ConversationSync::onComplete', 'synced 14 conversations in 233 ms'),
        ('Debug', 'BroadWorksKeepAlive.cpp:61', 'BroadWorksKeepAlive::tick', 'BWC:INTERNAL: CRLF keep-alive sent'),
        ('Info', 'TelemetryUploader.cpp:77', 'TelemetryUploader::flush', 'POST https://metrics-a.example.com/metrics/api/v1/metrics -> 204'),
        ('Debug', 'NetworkMonitor.cpp:150', 'NetworkMonitor::onChange', 'network type=wifi reachable=true'),
        ('Info', 'CalendarSync.cpp:310', 'CalendarSync::refresh', 'calendar refresh done, 3 events'),
        ('Debug', 'AvatarCache.cpp:42', 'AvatarCache::get', 'avatar cache hit ratio=0.93'),
    ]
    for _ in range(n):
        lvl, src, fn, msg = rnd.choice(opts)
        s.adv(rnd.randint(50, 900))
        s.L(key, lvl, src, fn, msg, thr='0x1f20')


# ---------------------------------------------------------------- client flow
def preamble(s, mk, bk, u, rnd, sso=None, register='ok', mode='raw', platform_line=None,
             compact=False, webex_calling_only=False, fail_code=None):
    """App start, optional interactive sign-in, entitlements, BWC init, token, device list, config, REGISTER."""
    src, fn = {'macOS': ('AppDelegate.mm:88', '-[AppDelegate applicationDidFinishLaunching:]'),
               'iOS': ('AppDelegate.swift:41', 'application(_:didFinishLaunchingWithOptions:)'),
               'Android': ('WebexApplication.cpp:57', 'WebexApplication::onCreate')}.get(u['plat'], ('main.cpp:212', 'wmain'))
    s.L(mk, 'Info', src, fn, platform_line or
        'Webex app starting, version %s, Windows 10 Enterprise 22H2 (x64)' % u['ver'], thr='0x1a04')
    noise(s, mk, rnd, 2)
    if sso:
        s.adv(1200)
        s.L(mk, 'Info', 'LoginFlow.cpp:301', 'LoginFlow::onEmailSubmitted',
            'user entered email %s, looking up identity provider' % u['email'])
        s.adv(340)
        s.L(mk, 'Info', 'LoginFlow.cpp:355', 'LoginFlow::openBrowser',
            'redirecting to activation portal https://activation.example.com/uap/login?email=%s trackingid=CLIENT_%s' % (u['email'], u['trk'][0]))
        s.adv(9000)
        if sso == 'uap-error':
            s.L(mk, 'Error', 'LoginFlow.cpp:420', 'LoginFlow::onPortalResult',
                'activation portal returned error: code=%s message="%s" trackingid=CLIENT_%s' % (fail_code[0], fail_code[1], u['trk'][0]))
            s.L(mk, 'Error', 'LoginFlow.cpp:431', 'LoginFlow::fail', 'SSO sign-in failed, no SAML assertion received; showing sign-in screen')
            noise(s, mk, rnd, 4)
            return
        if sso == 'no-saml':
            s.L(mk, 'Warning', 'SamlHandler.cpp:122', 'SamlHandler::onTimeout',
                'no SAML assertion from broadworks-idp-proxy after 60000 ms trackingid=CLIENT_%s' % u['trk'][0])
            s.L(mk, 'Error', 'LoginFlow.cpp:431', 'LoginFlow::fail', 'SSO sign-in failed: SAML assertion was not issued (idp proxy answered HTTP 502)')
            noise(s, mk, rnd, 4)
            return
        s.L(mk, 'Info', 'SamlHandler.cpp:140', 'SamlHandler::onAssertion',
            'SAML assertion received (issuer=https://idp-proxy.example.com/broadworks-idp-proxy, 6214 bytes) trackingid=CLIENT_%s' % u['trk'][0])
        s.adv(420)
        if sso == 'saml-rejected':
            s.L(mk, 'Error', 'OAuthClient.cpp:512', 'OAuthClient::exchangeSaml',
                'POST https://idbroker.example.com/idb/oauth2/v1/access_token grant_type=urn:ietf:params:oauth:grant-type:saml2-bearer trackingid=CLIENT_%s -> 400 {"error":"invalid_grant","error_description":"SAML assertion audience mismatch"}' % u['trk'][1])
            s.L(mk, 'Error', 'LoginFlow.cpp:431', 'LoginFlow::fail', 'SSO sign-in failed: could not exchange SAML assertion for CI token')
            noise(s, mk, rnd, 4)
            return
        s.L(mk, 'Info', 'OAuthClient.cpp:512', 'OAuthClient::exchangeSaml',
            'POST https://idbroker.example.com/idb/oauth2/v1/access_token grant_type=urn:ietf:params:oauth:grant-type:saml2-bearer trackingid=CLIENT_%s -> 200' % u['trk'][1])
        s.L(mk, 'Info', 'OAuthClient.cpp:530', 'OAuthClient::onToken', 'CI access token acquired, expires_in=3599')
    s.adv(800)
    s.L(mk, 'Info', 'UserService.cpp:77', 'UserService::onSelfLoaded',
        'self: userId=%s email=%s orgId=%s' % (u['uid'], u['email'], u['org']))
    if webex_calling_only:
        ents = 'spark, webex-squared, squared-call-initiation, bc-sp-standard, cloudmeetings, squared-syncup'
    else:
        ents = 'spark, webex-squared, squared-call-initiation, broadworks-connector, cloudmeetings, squared-syncup'
    s.L(mk, 'Info', 'EntitlementService.cpp:133', 'EntitlementService::onEntitlements', 'entitlements: ' + ents)
    s.L(mk, 'Info', 'CallingBehaviour.cpp:60', 'CallingBehaviour::resolve',
        'callingBehavior org=NATIVE_WEBEX_TEAMS_CALLING user=NATIVE_WEBEX_TEAMS_CALLING')
    noise(s, mk, rnd, 3)
    if webex_calling_only:
        s.adv(300)
        s.L(mk, 'Info', 'TelephonyService.cpp:412', 'TelephonyService::selectBackend', 'calling backend=WEBEX_CALLING (Mobius)')
        s.L(mk, 'Info', 'MobiusClient.cpp:220', 'MobiusClient::registerDevice',
            'POST https://mobius-r.example.com/api/v1/calling/web/devices trackingid=CLIENT_%s -> 200' % u['trk'][1])
        s.L(mk, 'Info', 'MobiusClient.cpp:260', 'MobiusClient::onRegistered', 'Mobius registration active, line=+15550107722 type=WEBEX_CALLING')
        s.L(mk, 'Info', 'PhoneServicesModel.cpp:55', 'PhoneServicesModel::update', 'Phone services: Webex Calling - connected')
        noise(s, mk, rnd, 6)
        return
    s.adv(200)
    s.L(bk, 'Info', 'BroadWorksManager.cpp:210', 'BroadWorksManager::initialize',
        'BWC:SCF: initializing BroadWorks calling library 3.19.4')
    s.adv(150)
    s.L(bk, 'Info', 'BroadWorksLoginAdapter.cpp:188', 'BroadWorksLoginAdapter::requestJwt',
        'BWC:SCF: GET https://idp-proxy.example.com/broadworks-idp-proxy/api/v1/users/token trackingid=CLIENT_%s' % u['trk'][2])
    s.adv(410)
    s.L(bk, 'Info', 'BroadWorksLoginAdapter.cpp:201', 'BroadWorksLoginAdapter::onJwt',
        'BWC:SCF: long-lived token received status=200 trackingid=CLIENT_%s' % u['trk'][2])
    s.adv(120)
    url = 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s/profile/device' % (u['xsp'], u['bw'].replace('@', '%40'))
    s.L(bk, 'Info', 'XsiClient.cpp:301', 'XsiClient::get', 'BWC:SCF: GET %s trackingid=CLIENT_%s' % (url, u['trk'][3]))
    s.adv(260)
    s.L(bk, 'Info', 'XsiClient.cpp:330', 'XsiClient::onResponse', 'BWC:SCF: %s -> 200' % url)
    for ln in ['<?xml version="1.0" encoding="UTF-8"?>',
               '<AccessDevices xmlns="http://schema.broadsoft.com/xsi"><accessDevice>',
               '<deviceType>%s</deviceType>' % u.get('dtype', 'Business Communicator - PC'),
               '<deviceName>%s_wxt</deviceName>' % u['bw'].split('@')[0],
               '<deviceUserNamePassword><userName>%s</userName></deviceUserNamePassword>' % u['bw'],
               '<deviceLevel>User</deviceLevel><deviceLinePort>%s</deviceLinePort>' % u['line'],
               '</accessDevice></AccessDevices>']:
        s.out(bk, ln)
    s.adv(90)
    s.L(bk, 'Info', 'BroadWorksConfigDownloader.cpp:144', 'BroadWorksConfigDownloader::download',
        'BWC:SCF: GET https://%s/dms/bc/pc/config.xml (digest) -> 200, 48210 bytes' % u['xsp'])
    s.L(bk, 'Info', 'BroadWorksCallControl.cpp:480', 'BroadWorksCallControl::createConfig',
        'BWC:SCF: configuration parsed: proxy=%s transport=TLS line=%s' % (u['sbc_name'], u['line']))
    noise(s, mk, rnd, 2)
    # REGISTER
    rd = Dlg(rnd, hexs(rnd, 24) + '@' + u['ip'], True, 'sip:' + u['line'], 'sip:' + u['line'], u['ip'], u['sbc'], compact=compact)
    peer = u['sbc']
    reg_hdr = [('Expires', '3600'), ('Supported', 'path, outbound, gruu')]
    reg_ruri = 'sip:' + u['line'].split('@')[1]
    m, cs = rd.req('REGISTER', True, extra=reg_hdr, ruri=reg_ruri)
    s.adv(50)
    s.sip(bk, True, peer, m, mode)
    s.adv(90)
    r = rd.resp(401, 'Unauthorized', 'REGISTER', cs, False,
                extra=[('WWW-Authenticate', 'Digest realm="BroadWorks",qop="auth",nonce="%s",algorithm=MD5' % hexs(rnd, 32))])
    s.sip(bk, False, peer, r, mode)
    s.adv(30)
    m, cs = rd.req('REGISTER', True, ruri=reg_ruri, extra=reg_hdr + [('Authorization', 'Digest username="%s",realm="BroadWorks",nonce="%s",uri="%s",response="%s",qop=auth,nc=00000001,cnonce="%s",algorithm=MD5' % (
        u['line'].split('@')[0], hexs(rnd, 32), reg_ruri, hexs(rnd, 32), hexs(rnd, 8)))])
    s.sip(bk, True, peer, m, mode)
    s.adv(140)
    if register == 'ok':
        r = rd.resp(200, 'OK', 'REGISTER', cs, False, extra=[('Contact', '<sip:%s@%s:%d;transport=tls>;expires=3600' % (u['line'].split('@')[0], u['ip'], rd.my_port))])
        s.sip(bk, False, peer, r, mode)
        s.adv(20)
        s.L(bk, 'Info', 'BroadWorksManager.cpp:790', 'BroadWorksManager::onRegistered', 'BWC:SCF: BroadWorks Calling - client registered, expires=3600')
        s.L(mk, 'Info', 'PhoneServicesModel.cpp:55', 'PhoneServicesModel::update', 'Phone services: SSO Session - You are signed in')
    elif register == '403':
        r = rd.resp(403, 'Forbidden', 'REGISTER', cs, False)
        s.sip(bk, False, peer, r, mode)
        s.adv(20)
        s.L(bk, 'Error', 'BroadWorksManager.cpp:781', 'BroadWorksManager::registerClient',
            'BWC:SCF: BroadWorks Calling - failed to register client. SIP status 403')
    elif register == '404':
        r = rd.resp(404, 'Not Found', 'REGISTER', cs, False)
        s.sip(bk, False, peer, r, mode)
        s.L(bk, 'Error', 'BroadWorksManager.cpp:781', 'BroadWorksManager::registerClient',
            'BWC:SCF: BroadWorks Calling - failed to register client. SIP status 404')
    elif register == 'timeout':
        s.adv(32000)
        r = rd.resp(408, 'Request Timeout', 'REGISTER', cs, False)
        s.sip(bk, False, peer, r, mode)
        s.L(bk, 'Error', 'BroadWorksManager.cpp:781', 'BroadWorksManager::registerClient',
            'BWC:SCF: BroadWorks Calling - failed to register client. SIP status 408')
    noise(s, mk, rnd, 3)


def call(s, bk, mk, u, rnd, mode, spec, media_key=None, compact=False):
    """spec: dict(cid, out, remote, outcome, code, reason, offer, answer, dur, hold, refer, bye_by, media)"""
    remote = spec['remote']
    d = Dlg(rnd, spec['cid'], spec['out'], 'sip:' + u['line'], remote, u['ip'], u['sbc'], compact=compact)
    peer = u['sbc']
    me_out = spec['out']
    sid = rnd.randint(10 ** 9, 2 * 10 ** 9)
    offer_ip = u['ip'] if me_out else '198.51.100.%d' % rnd.randint(20, 200)
    ans_ip = '198.51.100.%d' % rnd.randint(20, 200) if me_out else u['ip']
    s.L(mk, 'Info', 'CallManager.cpp:944', 'CallManager::onCallEvent',
        '%s call, remote=%s' % ('placing outgoing' if me_out else 'incoming', remote.split(':')[1].split('@')[0]))
    s.adv(80)
    m, cs = d.req('INVITE', me_out, body=sdp(offer_ip, rnd.randint(10000, 30000) & ~1, spec['offer'], sid))
    inv_cs = cs
    s.sip(bk, me_out, peer, m, mode)
    s.adv(60)
    if me_out:
        s.sip(bk, False, peer, d.resp(100, 'Trying', 'INVITE', cs, False), mode)
    s.adv(700)
    s.sip(bk, not me_out, peer, d.resp(180, 'Ringing', 'INVITE', cs, not me_out), mode)
    noise(s, mk, rnd, 1)
    s.adv(rnd.randint(2000, 6000))
    oc = spec['outcome']
    if oc == 'failed':
        s.sip(bk, not me_out, peer, d.resp(spec['code'], spec['reason'], 'INVITE', cs, not me_out), mode)
        s.adv(20)
        m, _ = d.req('ACK', me_out, cseq=cs, same_branch_as=('INVITE', cs, me_out))
        s.sip(bk, me_out, peer, m, mode)
        s.L(mk, 'Warning', 'TelephonyService.cpp:8667', 'TelephonyService::notifyCallFailure',
            'Call failed. sipStatus=%d reason=%s' % (spec['code'], spec['reason']))
        noise(s, mk, rnd, 2)
        return
    if oc == 'cancelled':
        canceller_me = me_out
        m, _ = d.req('CANCEL', canceller_me, cseq=cs, same_branch_as=('INVITE', cs, me_out))
        s.sip(bk, canceller_me, peer, m, mode)
        s.adv(40)
        s.sip(bk, not canceller_me, peer, d.resp(200, 'OK', 'CANCEL', cs, not canceller_me), mode)
        s.adv(10)
        s.sip(bk, not me_out, peer, d.resp(487, 'Request Terminated', 'INVITE', cs, not me_out), mode)
        s.adv(15)
        m, _ = d.req('ACK', me_out, cseq=cs, same_branch_as=('INVITE', cs, me_out))
        s.sip(bk, me_out, peer, m, mode)
        s.L(mk, 'Info', 'CallManager.cpp:990', 'CallManager::onCallEvent', 'call ended before answer (cancelled)')
        noise(s, mk, rnd, 2)
        return
    # answered
    ans_port = rnd.randint(10000, 30000) & ~1
    s.sip(bk, not me_out, peer, d.resp(200, 'OK', 'INVITE', cs, not me_out,
                                        body=sdp(ans_ip, ans_port, spec['answer'], sid + 7)), mode)
    d.confirmed = True
    s.adv(30)
    m, _ = d.req('ACK', me_out, cseq=cs)
    s.sip(bk, me_out, peer, m, mode)
    s.L(mk, 'Info', 'CallManager.cpp:960', 'CallManager::onCallEvent', 'call connected')
    mk_key = media_key or mk
    med = spec.get('media', {})
    csi = rnd.randint(10 ** 8, 4 * 10 ** 9)
    ssrc = rnd.randint(10 ** 8, 4 * 10 ** 9)
    ticks = max(4, spec['dur'] // 5)
    ctype = {'opus': 4, 'G722': 9, 'PCMU': 0, 'PCMA': 8, 'G729': 18}.get(spec['answer'][0], 4)
    worst_at = ticks // 2

    def tick(i):
        lw, jw, rw = med.get('loss', 0.0), med.get('jitter', 8), med.get('rtt', 40)
        if i == worst_at:
            rx = (lw, jw, rw)
        else:
            rx = (round(lw * rnd.uniform(0.2, 0.8), 3), int(jw * rnd.uniform(0.3, 0.8)), int(rw * rnd.uniform(0.7, 0.95)))
        tx = (round(min(rx[0], 0.004), 3), min(rx[1], 6), rx[2])
        media_tick(s, mk_key, rx, tx, med.get('pct', False), csi, ssrc, ctype)

    half = ticks // 2
    for i in range(ticks):
        s.adv(5000)
        tick(i)
        if i % 3 == 0:
            noise(s, mk, rnd, 1)
        if i == half and spec.get('hold'):
            s.adv(200)
            m, hc = d.req('INVITE', True, body=sdp(u['ip'] if me_out else ans_ip, 20000, spec['answer'], sid + 1, 'sendonly'))
            s.L(mk, 'Info', 'CallManager.cpp:1102', 'CallManager::hold', 'user pressed hold')
            s.sip(bk, True, peer, m, mode)
            s.adv(120)
            s.sip(bk, False, peer, d.resp(200, 'OK', 'INVITE', hc, False, body=sdp('198.51.100.77', 21000, spec['answer'], sid + 9, 'recvonly')), mode)
            m, _ = d.req('ACK', True, cseq=hc)
            s.sip(bk, True, peer, m, mode)
            s.adv(8000)
            m, hc = d.req('INVITE', True, body=sdp(u['ip'], 20000, spec['answer'], sid + 2, 'sendrecv'))
            s.L(mk, 'Info', 'CallManager.cpp:1120', 'CallManager::resume', 'user pressed resume')
            s.sip(bk, True, peer, m, mode)
            s.adv(110)
            s.sip(bk, False, peer, d.resp(200, 'OK', 'INVITE', hc, False, body=sdp('198.51.100.77', 21000, spec['answer'], sid + 10, 'sendrecv')), mode)
            m, _ = d.req('ACK', True, cseq=hc)
            s.sip(bk, True, peer, m, mode)
    if spec.get('refer'):
        s.adv(500)
        s.L(mk, 'Info', 'CallManager.cpp:1201', 'CallManager::transfer', 'blind transfer requested')
        m, rc = d.req('REFER', True, extra=[('Refer-To', '<%s>' % spec['refer']), ('Referred-By', '<sip:%s>' % u['line'])])
        s.sip(bk, True, peer, m, mode)
        s.adv(90)
        s.sip(bk, False, peer, d.resp(202, 'Accepted', 'REFER', rc, False), mode)
        s.adv(1500)
        m, nc = d.req('NOTIFY', False, body='SIP/2.0 200 OK\r\n', ctype='message/sipfrag;version=2.0',
                      extra=[('Event', 'refer'), ('Subscription-State', 'terminated;reason=noresource')])
        s.sip(bk, False, peer, m, mode)
        s.sip(bk, True, peer, d.resp(200, 'OK', 'NOTIFY', nc, True), mode)
    s.adv(700)
    by_me = spec.get('bye_by', 'me') == 'me'
    m, bc = d.req('BYE', by_me)
    s.sip(bk, by_me, peer, m, mode)
    s.adv(80)
    s.sip(bk, not by_me, peer, d.resp(200, 'OK', 'BYE', bc, not by_me), mode)
    s.L(mk, 'Info', 'CallManager.cpp:990', 'CallManager::onCallEvent', 'call ended, duration=%ds' % spec['dur'])
    noise(s, mk, rnd, 2)


# ---------------------------------------------------------------- writers
def zdt(t):
    return (t.year, t.month, t.day, t.hour, t.minute, t.second)


def write_zip(name, entries):
    """entries: list of (path, bytes, datetime)"""
    p = os.path.join(OUT, name)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for path, data, t in entries:
            zi = zipfile.ZipInfo(path, zdt(t))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    data = buf.getvalue()
    assert len(data) < 2 * 1024 * 1024, name
    with open(p, 'wb') as f:
        f.write(data)
    return data


def zip_bytes(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for path, data, t in entries:
            zi = zipfile.ZipInfo(path, zdt(t))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def write_folder(name, entries):
    root = os.path.join(OUT, name)
    for path, data, t in entries:
        fp = os.path.join(root, path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, 'wb') as f:
            f.write(data)
        ts = t.replace(tzinfo=UTC).timestamp()
        os.utime(fp, (ts, ts))


def gz(data):
    return gzip.compress(data, mtime=0)


def user(rnd, first, last, plat='Windows', ver='44.2.0.28744', n=1):
    e = '%s.%s@example.com' % (first.lower(), last.lower())
    ip = '192.0.2.%d' % (10 + n)
    line = '+1555010%04d@as.example.net' % (1000 + n)
    return dict(email=e, uid=uid(rnd), org=uid(rnd), porg=uid(rnd), bw='%s.%s@bw.example.net' % (first.lower(), last.lower()),
                line=line, ip=ip, sbc='203.0.113.10:8934', sbc_name='sbc1.example.net:8934', xsp='xsp1.example.net',
                ver=ver, plat=plat, trk=[hexs(rnd, 12) for _ in range(6)])


def T(y, mo, d, h, mi, s=0, ms=0):
    return dt.datetime(y, mo, d, h, mi, s, ms * 1000)


def exp(name, **kw):
    EXPECTED[name] = kw


OK_TL = {k: 'ok' for k in ('app-start', 'entitlements', 'bwc-init', 'token', 'device-list',
                           'config-download', 'sip-register', 'registered')}
CALL_FINDINGS = ['call-forbidden', 'call-not-found', 'call-unavailable', 'call-busy',
                 'call-not-acceptable', 'call-server-error']
MEDIA_FINDINGS = ['media-packet-loss', 'media-jitter', 'media-latency']


# ================================================================ bundles
WIN = 'CiscoSpark/'
MAC = 'SparkMacDesktop/'


def entries_of(s, mapping, tend, eol='\n'):
    return [(path, s.text(key, eol), tend) for key, path in mapping if key in s.files]


def remote(n):
    return 'sip:+1555020%04d@as.example.net' % n


def cid(rnd):
    return '%s@192.0.2.%d' % (hexs(rnd, 20), rnd.randint(10, 60))


# ---- topic 1: calls ------------------------------------------------------
def g01():
    rnd = random.Random(101)
    u = user(rnd, 'Ioana', 'Vlasceanu', n=1)
    s = Sess(T(2024, 5, 14, 8, 2, 11, 87), rnd=rnd)
    preamble(s, 'main', 'bwc', u, rnd, mode='raw')
    c1 = dict(cid=cid(rnd), out=True, remote=remote(11), outcome='answered', offer=['opus', 'G722', 'PCMU', 'telephone-event'],
              answer=['opus'], dur=95, hold=True, bye_by='me', media=dict(loss=0.004, jitter=9, rtt=48))
    s.adv(60000)
    call(s, 'bwc', 'main', u, rnd, 'raw', c1, media_key='media')
    s.adv(240000)
    c2 = dict(cid=cid(rnd), out=False, remote=remote(12), outcome='answered', offer=['G722', 'PCMU', 'PCMA', 'telephone-event'],
              answer=['G722'], dur=60, bye_by='peer', media=dict(loss=0.011, jitter=14, rtt=61))
    call(s, 'bwc', 'main', u, rnd, 'raw', c2, media_key='media')
    noise(s, 'main', rnd, 10)
    write_zip('G01_win_calls_answered_hold_healthy.zip', entries_of(
        s, [('main', WIN + 'current_log.txt'), ('bwc', WIN + 'bwc/current_log.txt'), ('media', WIN + 'media/wme_20240514.log')], s.t))
    exp('G01_win_calls_answered_hold_healthy.zip',
        scenario='Windows zip, BWC in bwc/current_log.txt, SIP printed as announce line + raw message (LF); outgoing opus call with hold/resume re-INVITEs and BYE, incoming G722 call ended by remote BYE; media in media/*.log with good values.',
        must_not_errors=True, must_not=CALL_FINDINGS + MEDIA_FINDINGS + ['sip-register-rejected', 'sip-auth-failed'],
        timeline=OK_TL,
        facts=dict(user_email=u['email'], user_id=u['uid'], org_id=u['org'], client_version=u['ver'], platform='Windows'),
        calls=[dict(call_id=c1['cid'], direction='outgoing', outcome='answered', final_status=200, codecs=['opus'], packet_loss=0.4, jitter_ms=9, rtt_ms=48),
               dict(call_id=c2['cid'], direction='incoming', outcome='answered', final_status=200, codecs=['G722'], packet_loss=1.1, jitter_ms=14, rtt_ms=61)])


def g02():
    rnd = random.Random(102)
    u = user(rnd, 'Pieter', 'Hoogland', n=2, ver='44.3.0.29017')
    s = Sess(T(2024, 6, 3, 13, 40, 2, 311), rnd=rnd)
    preamble(s, 'main', 'main', u, rnd, mode='json')
    a = dict(cid=cid(rnd), out=True, remote=remote(21), outcome='failed', code=486, reason='Busy Here', offer=['opus', 'G722', 'PCMU'])
    b = dict(cid=cid(rnd), out=True, remote='sip:+15550299999@as.example.net', outcome='failed', code=404, reason='Not Found', offer=['opus', 'G722', 'PCMU'])
    c = dict(cid=cid(rnd), out=True, remote=remote(23), outcome='answered', offer=['opus', 'G722', 'PCMU'], answer=['PCMU'], dur=40,
             media=dict(loss=0.0, jitter=4, rtt=22))
    for sp in (a, b, c):
        s.adv(45000)
        call(s, 'main', 'main', u, rnd, 'json', sp)
    noise(s, 'main', rnd, 8)
    write_zip('G02_win_json_sip_busy_notfound.zip', entries_of(s, [('main', 'logs/CiscoSpark/current_log.txt')], s.t))
    exp('G02_win_json_sip_busy_notfound.zip',
        scenario='Windows zip (newer build: all BWC in current_log.txt), every SIP message printed as one JSON object with escaped CRLF; outgoing calls rejected 486 and 404, then an answered PCMU call with good media inline.',
        must=['call-busy', 'call-not-found'], must_not=['call-forbidden', 'call-server-error'] + MEDIA_FINDINGS,
        timeline=OK_TL,
        calls=[dict(call_id=a['cid'], direction='outgoing', outcome='failed', final_status=486),
               dict(call_id=b['cid'], direction='outgoing', outcome='failed', final_status=404),
               dict(call_id=c['cid'], direction='outgoing', outcome='answered', final_status=200, codecs=['PCMU'], packet_loss=0.0, jitter_ms=4, rtt_ms=22)])


def g03():
    rnd = random.Random(103)
    u = user(rnd, 'Marta', 'Zielinska', plat='macOS', n=3)
    s = Sess(T(2024, 4, 22, 7, 55, 40, 5), rnd=rnd)
    s.thr = {'main': '0x16b0e3000', 'bwc': '0x16c2f7000'}
    preamble(s, 'main', 'bwc', u, rnd, mode='arrow',
             platform_line='Webex app started. Version: %s (macOS 14.4.1, arm64)' % u['ver'])
    c = dict(cid=cid(rnd), out=False, remote=remote(31), outcome='answered', offer=['opus', 'G722', 'PCMU', 'PCMA'], answer=['G722'],
             dur=120, bye_by='peer', media=dict(loss=0.120, jitter=31, rtt=140))
    s.adv(300000)
    call(s, 'bwc', 'main', u, rnd, 'arrow', c, media_key='media')
    noise(s, 'main', rnd, 6)
    mid = c['cid'].split('@')[0][:12]
    write_folder('G03_mac_folder_incoming_call_high_loss', entries_of(
        s, [('main', MAC + 'current_log.txt'), ('bwc', MAC + 'bwc/current_log.txt'), ('media', MAC + 'media/calls/call_%s.txt' % mid)], s.t))
    exp('G03_mac_folder_incoming_call_high_loss',
        scenario='macOS log folder (not zipped); SIP printed as ">>>> OUT to / <<<< IN from" arrow line followed by the raw message without a trailing blank line; incoming G722 call answered, remote hangs up; media/calls/*.txt shows RX loss up to 0.120 (12 %).',
        must=['media-packet-loss'], must_not=['media-jitter', 'media-latency'] + CALL_FINDINGS,
        facts=dict(platform='macOS', client_version=u['ver'], user_email=u['email']),
        calls=[dict(call_id=c['cid'], direction='incoming', outcome='answered', final_status=200, codecs=['G722'], packet_loss=12.0, jitter_ms=31, rtt_ms=140)])


def g04():
    rnd = random.Random(104)
    u = user(rnd, 'Selin', 'Aydogan', n=4)
    s = Sess(T(2024, 7, 1, 9, 15, 0, 412), rnd=rnd)
    preamble(s, 'main', 'bwc', u, rnd, mode='prefixed')
    a = dict(cid=cid(rnd), out=True, remote=remote(41), outcome='cancelled', offer=['opus', 'G722', 'PCMU'])
    b = dict(cid=cid(rnd), out=False, remote=remote(42), outcome='cancelled', offer=['G722', 'PCMU'])
    s.adv(30000)
    call(s, 'bwc', 'main', u, rnd, 'prefixed', a)
    s.adv(90000)
    call(s, 'bwc', 'main', u, rnd, 'prefixed', b)
    noise(s, 'main', rnd, 6)
    write_zip('G04_win_prefixed_cancelled_calls.zip', entries_of(
        s, [('main', WIN + 'current_log.txt'), ('bwc', WIN + 'bwc/current_log.txt')], s.t))
    exp('G04_win_prefixed_cancelled_calls.zip',
        scenario='Windows zip; every SIP line carries the full log prefix; an outgoing call the user cancels (CANCEL, 200, 487, ACK) and an incoming call the remote caller cancels; no errors.',
        must_not_errors=True, must_not=CALL_FINDINGS + MEDIA_FINDINGS,
        timeline=OK_TL,
        calls=[dict(call_id=a['cid'], direction='outgoing', outcome='cancelled', final_status=487),
               dict(call_id=b['cid'], direction='incoming', outcome='cancelled', final_status=487)])


def g05():
    rnd = random.Random(105)
    u = user(rnd, 'Jonas', 'Bergmann', n=5)
    s = Sess(T(2024, 2, 12, 15, 3, 7, 9), rnd=rnd)
    preamble(s, 'main', 'bwc', u, rnd, mode='raw', compact=True)
    a = dict(cid=cid(rnd), out=True, remote='sip:+19005550100@as.example.net', outcome='failed', code=403, reason='Forbidden', offer=['opus', 'PCMU'])
    b = dict(cid=cid(rnd), out=True, remote=remote(52), outcome='failed', code=480, reason='Temporarily Unavailable', offer=['opus', 'PCMU'])
    for sp in (a, b):
        s.adv(70000)
        call(s, 'bwc', 'main', u, rnd, 'raw', sp, compact=True)
    noise(s, 'main', rnd, 5)
    write_zip('G05_win_compact_headers_crlf_403_480.zip', entries_of(
        s, [('main', WIN + 'current_log.txt'), ('bwc', WIN + 'bwc/current_log.txt')], s.t, eol='\r\n'))
    exp('G05_win_compact_headers_crlf_403_480.zip',
        scenario='Windows zip with CRLF line ends; SIP raw after an announce line, with compact header names (i:, f:, t:, v:, l:, c:); outgoing call to a premium number rejected 403, another 480.',
        must=['call-forbidden', 'call-unavailable'], must_not=['call-busy', 'call-not-found', 'call-server-error'],
        timeline=OK_TL,
        calls=[dict(call_id=a['cid'], direction='outgoing', outcome='failed', final_status=403),
               dict(call_id=b['cid'], direction='outgoing', outcome='failed', final_status=480)])


def g06():
    rnd = random.Random(106)
    u = user(rnd, 'Ana', 'Dumitrescu', n=6)
    s = Sess(T(2024, 3, 5, 9, 10, 0, 1), rnd=rnd)
    preamble(s, 'old', 'old', u, rnd, mode='escaped')
    a = dict(cid=cid(rnd), out=True, remote=remote(61), outcome='failed', code=488, reason='Not Acceptable Here', offer=['G729'])
    s.adv(20000)
    call(s, 'old', 'old', u, rnd, 'escaped', a)
    noise(s, 'old', rnd, 20)
    s.adv(600000)
    b = dict(cid=cid(rnd), out=True, remote=remote(62), outcome='failed', code=500, reason='Server Internal Error', offer=['opus', 'G722', 'PCMU'])
    c = dict(cid=cid(rnd), out=True, remote=remote(63), outcome='failed', code=503, reason='Service Unavailable', offer=['opus', 'G722', 'PCMU'])
    s.L('main', 'Info', 'LogRotator.cpp:40', 'LogRotator::rotate', 'log rotated, previous file current_log.txt.1.gz')
    for sp in (b, c):
        s.adv(50000)
        call(s, 'main', 'main', u, rnd, 'escaped', sp)
    noise(s, 'main', rnd, 5)
    t_old = T(2024, 3, 5, 9, 25, 0)
    write_zip('G06_win_rotated_gz_488_500_503.zip', [
        (WIN + 'current_log.txt.1.gz', gz(s.text('old')), t_old),
        (WIN + 'current_log.txt', s.text('main'), s.t)])
    exp('G06_win_rotated_gz_488_500_503.zip',
        scenario='Windows zip with a rotated current_log.txt.1.gz (registration and a G729-only call answered 488) and current_log.txt (calls answered 500 and 503); SIP on one line with escaped \\r\\n.',
        must=['call-not-acceptable', 'call-server-error'], must_not=['call-busy', 'call-forbidden'],
        calls=[dict(call_id=a['cid'], direction='outgoing', outcome='failed', final_status=488),
               dict(call_id=b['cid'], direction='outgoing', outcome='failed', final_status=500),
               dict(call_id=c['cid'], direction='outgoing', outcome='failed', final_status=503)])


def g07():
    rnd = random.Random(107)
    u = user(rnd, 'Kerem', 'Yildiz', plat='Android', n=7, ver='44.5.0.101')
    u['dtype'] = 'Connect - Mobile'
    s = Sess(T(2024, 5, 20, 17, 44, 3, 200), style='logcat', rnd=rnd)
    preamble(s, 'main', 'main', u, rnd, mode='prefixed',
             platform_line='Webex for Android %s starting on Android 14 (Pixel 7) 2024-05-20' % u['ver'])
    c = dict(cid=cid(rnd), out=True, remote=remote(71), outcome='answered', offer=['opus', 'PCMU', 'PCMA'], answer=['PCMU'], dur=80,
             bye_by='me', media=dict(loss=0.012, jitter=85, rtt=620, pct=True))
    s.adv(120000)
    call(s, 'main', 'main', u, rnd, 'prefixed', c)
    noise(s, 'main', rnd, 6)
    write_zip('G07_android_logcat_jitter_rtt.zip', [('android/logcat_webex_20240520.txt', s.text('main'), s.t)])
    exp('G07_android_logcat_jitter_rtt.zip',
        scenario='Android Send-Logs zip with a logcat-style file (MM-DD time, pid/tid, tag); every SIP line is its own logcat line; outgoing PCMU call with jitter up to 85 ms and RTT up to 620 ms, loss printed with % sign and at most 1.2 %.',
        must=['media-jitter', 'media-latency'], must_not=['media-packet-loss'] + CALL_FINDINGS,
        facts=dict(platform='Android', client_version=u['ver']),
        calls=[dict(call_id=c['cid'], direction='outgoing', outcome='answered', final_status=200, codecs=['PCMU'], packet_loss=1.2, jitter_ms=85, rtt_ms=620)])


def g08():
    rnd = random.Random(108)
    u = user(rnd, 'Lucia', 'Ferreira', plat='iOS', n=8, ver='44.4.1.35')
    u['dtype'] = 'Business Communicator - Mobile'
    s = Sess(T(2024, 4, 2, 11, 20, 9, 0), style='csf', rnd=rnd)
    s.thr = {'main': '0x6d4ab000'}
    preamble(s, 'main', 'main', u, rnd, mode='raw',
             platform_line='Webex iOS %s launched on iPhone15,3 iOS 17.4.1' % u['ver'])
    c = dict(cid=cid(rnd), out=True, remote=remote(81), outcome='answered', offer=['opus', 'G722', 'PCMU'], answer=['opus'], dur=45,
             refer='sip:+15550208899@as.example.net', bye_by='peer', media=dict(loss=0.002, jitter=11, rtt=75))
    s.adv(50000)
    call(s, 'main', 'main', u, rnd, 'raw', c)
    noise(s, 'main', rnd, 4)
    inner = zip_bytes([('current_log.txt', s.text('main'), s.t), ('device_info.txt', b'model=iPhone15,3\nos=iOS 17.4.1\napp=44.4.1.35\n', s.t)])
    write_zip('G08_ios_nested_zip_transfer_healthy.zip', [
        ('WebexSupport/readme.txt', b'Logs sent from Webex for iOS via Send Logs.\n', s.t),
        ('WebexSupport/logs/ios_logs_20240402.zip', inner, s.t)])
    exp('G08_ios_nested_zip_transfer_healthy.zip',
        scenario='iOS logs in CSF line shape inside a zip nested in the support zip; outgoing opus call, blind transfer REFER (202 Accepted, NOTIFY sipfrag 200), then BYE from the far end; good media.',
        must_not_errors=True, must_not=CALL_FINDINGS + MEDIA_FINDINGS,
        facts=dict(platform='iOS', client_version=u['ver']),
        calls=[dict(call_id=c['cid'], direction='outgoing', outcome='answered', final_status=200, codecs=['opus'], packet_loss=0.2, jitter_ms=11, rtt_ms=75)])


def g09():
    rnd = random.Random(109)
    u = user(rnd, 'Henrik', 'Sorensen', n=9)
    s = Sess(T(2024, 8, 19, 10, 0, 4, 555), rnd=rnd)
    preamble(s, 'main', 'main', u, rnd, mode='kv')
    a = dict(cid=cid(rnd), out=True, remote=remote(91), outcome='answered', offer=['opus', 'G722'], answer=['G722'], dur=70,
             media=dict(loss=0.075, jitter=22, rtt=95, pct=True))
    b = dict(cid=cid(rnd), out=False, remote=remote(92), outcome='cancelled', offer=['opus', 'G722', 'PCMU'])
    s.adv(40000)
    call(s, 'main', 'main', u, rnd, 'kv', a, media_key='media')
    s.adv(100000)
    call(s, 'main', 'main', u, rnd, 'kv', b)
    noise(s, 'main', rnd, 5)
    write_zip('G09_win_keyvalue_sip_loss_percent.zip', entries_of(
        s, [('main', 'Users/henrik/AppData/Local/CiscoSpark/current_log.txt'), ('media', 'Users/henrik/AppData/Local/CiscoSpark/media/wme_0.log')], s.t))
    exp('G09_win_keyvalue_sip_loss_percent.zip',
        scenario='Windows zip with full AppData path; SIP as key=value (dir=OUT peer=... msg="...\\r\\n...") on one line; outgoing G722 call with loss printed as percent up to 7.5%; an incoming call cancelled by the caller.',
        must=['media-packet-loss'], must_not=['media-jitter', 'media-latency'] + CALL_FINDINGS,
        timeline=OK_TL,
        calls=[dict(call_id=a['cid'], direction='outgoing', outcome='answered', final_status=200, codecs=['G722'], packet_loss=7.5, jitter_ms=22, rtt_ms=95),
               dict(call_id=b['cid'], direction='incoming', outcome='cancelled', final_status=487)])


# ---- topic 2: AS XSLog ---------------------------------------------------
def bwts(t, tz):
    return t.strftime('%Y.%m.%d %H:%M:%S:') + '%03d %s' % (t.microsecond // 1000, tz)


def bwh(t, tz, lvl, cat, thread, *extra):
    return ' | '.join([bwts(t, tz), lvl.ljust(10), cat, thread] + list(extra)) + ' |'


class XS:
    def __init__(self, t0, tz, rnd):
        self.t, self.tz, self.rnd, self.lines = t0, tz, rnd, []

    def adv(self, ms):
        self.t += dt.timedelta(milliseconds=ms)

    def sip(self, inbound, peer, msg, user='', cref=''):
        self.lines.append(bwh(self.t, self.tz, 'Info', 'Sip', 'Input Adapter %d' % self.rnd.randint(1, 8) if inbound else 'Output Adapter %d' % self.rnd.randint(1, 8), user, cref))
        self.lines.append('')
        self.lines.append('\tudp %d Bytes %s %s' % (len(msg.encode()), 'IN from' if inbound else 'OUT to', peer))
        self.lines += msg.rstrip('\r\n').split('\r\n')
        self.lines.append('')

    def note(self, lvl, cat, thread, body, *extra):
        self.lines.append(bwh(self.t, self.tz, lvl, cat, thread, *extra))
        self.lines.append('')
        self.lines += body
        self.lines.append('')

    def text(self):
        return ('\n'.join(self.lines) + '\n').encode()


def as_register(x, rnd, line, sbc_int, outcome, ua='WebexApp/44.2 BWC/3.19'):
    cidv = hexs(rnd, 24) + '@203.0.113.11'
    ftag = hexs(rnd, 10)
    user_part = line.split('@')[0]

    def reg(cs, auth):
        h = [('Via', 'SIP/2.0/UDP %s;branch=z9hG4bK%s' % (sbc_int, hexs(rnd, 16))), ('Max-Forwards', '69'),
             ('From', '<sip:%s>;tag=%s' % (line, ftag)), ('To', '<sip:%s>' % line), ('Call-ID', cidv),
             ('CSeq', '%d REGISTER' % cs), ('Contact', '<sip:%s@%s;transport=udp>;expires=3600' % (user_part, sbc_int)),
             ('Path', '<sip:%s;lr>' % sbc_int), ('User-Agent', ua), ('Expires', '3600')]
        if auth:
            h.append(('Authorization', 'Digest username="%s",realm="BroadWorks",nonce="%s",uri="sip:as.example.net",response="%s",algorithm=MD5' % (user_part, hexs(rnd, 32), hexs(rnd, 32))))
        return sipmsg('REGISTER sip:as.example.net SIP/2.0', h), h

    def resp(code, reason, h, extra=()):
        hh = [h[0], h[2], (h[3][0], h[3][1] + ';tag=' + hexs(rnd, 8)), h[4], h[5]] + list(extra)
        return sipmsg('SIP/2.0 %d %s' % (code, reason), hh)

    m, h = reg(11, False)
    x.sip(True, sbc_int, m, user_part)
    x.adv(4)
    x.sip(False, sbc_int, resp(401, 'Unauthorized', h, [('WWW-Authenticate', 'Digest realm="BroadWorks",nonce="%s",qop="auth",algorithm=MD5' % hexs(rnd, 32))]), user_part)
    x.adv(120)
    m, h = reg(12, True)
    x.sip(True, sbc_int, m, user_part)
    x.adv(6)
    if outcome == 200:
        x.sip(False, sbc_int, resp(200, 'OK', h, [('Contact', '<sip:%s@%s;transport=udp>;expires=3600' % (user_part, sbc_int)), ('Date', x.t.strftime('%a, %d %b %Y %H:%M:%S GMT'))]), user_part)
    elif outcome == 403:
        x.sip(False, sbc_int, resp(403, 'Forbidden', h), user_part)
    elif outcome == 404:
        x.sip(False, sbc_int, resp(404, 'Not Found', h), user_part)
    elif outcome == 'none':
        for i in range(3):
            x.adv(500 * (2 ** i))
            x.sip(True, sbc_int, m, user_part)
        x.adv(28000)
        x.note('Warning', 'Sip', 'Call Half Input Adapter 2', ['\tREGISTER for %s dropped: registration processing queue overloaded' % line], user_part)


def xs_noise(x, rnd, n):
    for _ in range(n):
        x.adv(rnd.randint(200, 4000))
        k = rnd.randint(0, 2)
        if k == 0:
            m = sipmsg('OPTIONS sip:as.example.net SIP/2.0', [('Via', 'SIP/2.0/UDP 203.0.113.12:5060;branch=z9hG4bK%s' % hexs(rnd, 12)),
                                                            ('From', '<sip:ping@203.0.113.12>;tag=%s' % hexs(rnd, 6)), ('To', '<sip:as.example.net>'),
                                                            ('Call-ID', hexs(rnd, 16)), ('CSeq', '1 OPTIONS')])
            x.sip(True, '203.0.113.12:5060', m)
        elif k == 1:
            x.note('Info', 'CallP', 'Call Half Worker %d' % rnd.randint(0, 9), ['\tcallhalf-%d:0 released, cause=normal' % rnd.randint(10000, 99999)])
        else:
            x.note('Info', 'OCI-P', 'BCCT Worker #%d' % rnd.randint(0, 3), ['\tUserGetRequest22 processed in %d ms' % rnd.randint(2, 40)])


def push_kv(x, rnd, user, os_type, app, token_len=64):
    x.note('Info', 'PushNotification', 'PushNotificationRegistrationHandler %d' % rnd.randint(1, 4),
           ['\tPush notification registration added: userId=%s registrationId=%s deviceOsType=%s applicationId=%s applicationVersion=44.2 deviceToken=%s eventTypes=[Call, CallUpdate, Voicemail]' % (
               user, uid(rnd), os_type, app, hexs(rnd, token_len))], user)


def push_xml(x, rnd, user, os_type, app):
    x.note('Info', 'OCI-P', 'BCCT Worker #%d Received the following request from: 198.51.100.31:43122' % rnd.randint(0, 3), [
        '<?xml version="1.0" encoding="ISO-8859-1"?>',
        '<BroadsoftDocument protocol="OCI" xmlns="C" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><sessionId xmlns="">xsp1.example.net,%s</sessionId>' % hexs(rnd, 12),
        '<command xsi:type="UserPushNotificationRegistrationAddRequest" xmlns=""><userId>%s</userId><registrationId>%s</registrationId>' % (user, uid(rnd)),
        '<applicationId>%s</applicationId><applicationVersion>44.5</applicationVersion><deviceOsType>%s</deviceOsType><deviceVersion>14</deviceVersion>' % (app, os_type),
        '<tokenList><token><value>%s</value><eventType>Call</eventType><eventType>CallUpdate</eventType></token></tokenList></command></BroadsoftDocument>' % hexs(rnd, 152)])
    x.adv(15)
    x.note('Info', 'OCI-P', 'BCCT Worker #1 Sending the following response', [
        '<?xml version="1.0" encoding="ISO-8859-1"?>',
        '<BroadsoftDocument protocol="OCI" xmlns="C"><command xsi:type="c:SuccessResponse" xmlns:c="C" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/></BroadsoftDocument>'])


def g10():
    rnd = random.Random(110)
    x = XS(T(2024, 5, 14, 8, 5, 0, 120), 'UTC', rnd)
    line = '+15550101010@as.example.net'
    xs_noise(x, rnd, 5)
    as_register(x, rnd, line, '203.0.113.11:5060', 200)
    xs_noise(x, rnd, 4)
    push_kv(x, rnd, 'oana.petrescu@bw.example.net', 'iOS', 'com.cisco.squared')
    xs_noise(x, rnd, 2)
    push_kv(x, rnd, 'oana.petrescu@bw.example.net', 'Android', 'com.cisco.wx2.android')
    xs_noise(x, rnd, 5)
    write_zip('G10_as_xslog_register_ok_push.zip', [('as1.example.net/var/broadworks/logs/appserver/XSLog2024.05.14-08.00.00.txt', x.text(), x.t)])
    exp('G10_as_xslog_register_ok_push.zip',
        scenario='AS XSLog only (pipe header + tab "udp N Bytes IN from"): SBC-to-AS REGISTER challenged 401, re-sent with Authorization, answered 200 OK; two push-notification registrations (iOS, Android) printed as key=value records.',
        must_not_errors=True, must_not=['as-register-failed'],
        timeline={'as-register': 'ok'}, push_subscriptions=2)


def g11():
    rnd = random.Random(111)
    u = user(rnd, 'Radu', 'Ionescu', n=11)
    s = Sess(T(2024, 9, 9, 6, 58, 0, 40), rnd=rnd)
    preamble(s, 'main', 'bwc', u, rnd, mode='raw', register='403')
    s.adv(5000)
    noise(s, 'main', rnd, 4)
    x = XS(T(2024, 9, 9, 6, 58, 5, 0), 'UTC', rnd)
    xs_noise(x, rnd, 3)
    x.t = T(2024, 9, 9, 6, 58, 7, 0)
    as_register(x, rnd, u['line'], '203.0.113.11:5060', 403)
    x.note('Info', 'Sip', 'Registration Handler 3', ['\tREGISTER rejected for %s: device %s is not provisioned for line port %s' % (u['line'], u['bw'].split('@')[0] + '_wxt', u['line'])], u['line'].split('@')[0])
    xs_noise(x, rnd, 3)
    write_zip('G11_client_and_xslog_register_403.zip', [
        (WIN + 'current_log.txt', s.text('main'), s.t), (WIN + 'bwc/current_log.txt', s.text('bwc'), s.t),
        ('server/XSLog2024.09.09-06.00.00.txt', x.text(), x.t)])
    exp('G11_client_and_xslog_register_403.zip',
        scenario='Windows client logs (REGISTER 401 then 403 from the SBC) together with the AS XSLog showing the SBC-to-AS REGISTER answered 403 Forbidden.',
        must=['as-register-failed', 'sip-register-rejected'],
        timeline={'app-start': 'ok', 'entitlements': 'ok', 'device-list': 'ok', 'config-download': 'ok', 'sip-register': 'failed', 'as-register': 'failed'})


def g12():
    rnd = random.Random(112)
    x = XS(T(2024, 10, 2, 14, 30, 0, 0), 'CEST', rnd)
    xs_noise(x, rnd, 4)
    push_xml(x, rnd, 'mihai.stan@bw.example.net', 'Android', 'com.cisco.wx2.android')
    xs_noise(x, rnd, 3)
    as_register(x, rnd, '+15550101212@as.example.net', '203.0.113.11:5060', 404)
    xs_noise(x, rnd, 4)
    write_zip('G12_as_xslog_register_404_push_xml.zip', [('XSLog2024.10.02-14.00.00.txt', x.text(), x.t)])
    exp('G12_as_xslog_register_404_push_xml.zip',
        scenario='AS XSLog (CEST zone): one Android push registration as OCI-P UserPushNotificationRegistrationAddRequest XML; SBC-to-AS REGISTER answered 404 Not Found after the digest challenge.',
        must=['as-register-failed'], timeline={'as-register': 'failed'}, push_subscriptions=1)


def g13():
    rnd = random.Random(113)
    x = XS(T(2024, 11, 18, 21, 4, 0, 0), 'EST', rnd)
    xs_noise(x, rnd, 4)
    as_register(x, rnd, '+15550101313@as.example.net', '203.0.113.11:5060', 'none')
    xs_noise(x, rnd, 3)
    write_zip('G13_as_xslog_register_unanswered.zip', [('logs/appserver/XSLog2024.11.18-21.00.00.txt', x.text(), x.t)])
    exp('G13_as_xslog_register_unanswered.zip',
        scenario='AS XSLog (EST): challenged REGISTER re-sent with credentials and retransmitted three times, the AS never answers and logs that the REGISTER was dropped.',
        must=['as-register-failed'], timeline={'as-register': 'failed'})


# ---- topic 3: sign-in ----------------------------------------------------
def g14():
    rnd = random.Random(114)
    u = user(rnd, 'Emma', 'Visser', n=14)
    s = Sess(T(2024, 6, 11, 8, 30, 0, 0), rnd=rnd)
    preamble(s, 'main', 'main', u, rnd, sso='ok', mode='escaped')
    noise(s, 'main', rnd, 12)
    write_zip('G14_win_sso_signin_healthy.zip', [(WIN + 'current_log.txt', s.text('main'), s.t)])
    exp('G14_win_sso_signin_healthy.zip',
        scenario='Windows zip, fresh sign-in: email entered, activation portal, SAML assertion received, exchanged for CI token (200), broadworks-connector entitlement, JWT, device list, DMS config, REGISTER 401/200.',
        must_not_errors=True, must_not=['sso-failed', 'webex-calling-only', 'activation-portal-error', 'token-fetch-failed'],
        timeline=OK_TL, sign_in={'1': 'ok', '2.3': 'ok', '3': 'ok'},
        facts=dict(user_email=u['email'], user_id=u['uid'], org_id=u['org'], platform='Windows', client_version=u['ver']))


def g15():
    rnd = random.Random(115)
    u = user(rnd, 'Tomasz', 'Wrobel', n=15)
    s = Sess(T(2024, 6, 12, 9, 1, 0, 0), rnd=rnd)
    preamble(s, 'main', 'main', u, rnd, sso='uap-error', fail_code=('100006', 'Login failed: User ID/password is incorrect'))
    write_zip('G15_win_sso_uap_100006.zip', [(WIN + 'current_log.txt', s.text('main'), s.t)])
    exp('G15_win_sso_uap_100006.zip',
        scenario='Windows zip: user types the email, the activation portal returns end-user error 100006 (wrong user ID/password); no SAML assertion, no CI token.',
        must=['sso-failed', 'activation-portal-error'], codes=['100006'],
        sign_in={'1': 'ok', '3': 'not-seen'},
        facts=dict(tracking_ids=['CLIENT_' + u['trk'][0]]))


def g16():
    rnd = random.Random(116)
    u = user(rnd, 'Claire', 'Dubois', plat='macOS', n=16)
    s = Sess(T(2024, 6, 13, 16, 20, 0, 0), rnd=rnd)
    s.thr = {'main': '0x16b0e3000'}
    preamble(s, 'main', 'main', u, rnd, sso='saml-rejected', platform_line='Webex app started. Version: %s (macOS 13.6.7, x86_64)' % u['ver'])
    write_zip('G16_mac_sso_saml_exchange_rejected.zip', [(MAC + 'current_log', s.text('main'), s.t)])
    exp('G16_mac_sso_saml_exchange_rejected.zip',
        scenario='macOS zip (file current_log without extension): SAML assertion received from the IdP proxy, but the CI token exchange answers 400 invalid_grant.',
        must=['sso-failed'], sign_in={'1': 'ok', '2.3': 'ok', '3': 'failed'},
        facts=dict(platform='macOS', tracking_ids=['CLIENT_' + u['trk'][1]]))


def g17():
    rnd = random.Random(117)
    u = user(rnd, 'Deniz', 'Kaya', plat='iOS', n=17, ver='44.6.0.12')
    s = Sess(T(2024, 7, 3, 5, 48, 33, 461), style='csf', rnd=rnd)
    s.thr = {'main': '0x6d4ab000'}
    preamble(s, 'main', 'main', u, rnd, sso='no-saml', platform_line='Webex iOS %s launched on iPad13,4 iPadOS 17.5' % u['ver'])
    write_zip('G17_ios_sso_no_saml_assertion.zip', [('ios/WebexLogs/current_log.txt', s.text('main'), s.t)])
    exp('G17_ios_sso_no_saml_assertion.zip',
        scenario='iOS zip in CSF line shape: email entered, activation portal opened, then no SAML assertion is issued (IdP proxy 502, 60 s timeout).',
        must=['sso-failed'], sign_in={'1': 'ok', '2.3': 'failed', '3': 'not-seen'},
        facts=dict(platform='iOS', client_version=u['ver']))


def g18():
    rnd = random.Random(118)
    u = user(rnd, 'Olivier', 'Lambert', n=18)
    s = Sess(T(2024, 8, 1, 7, 0, 0, 0), rnd=rnd)
    preamble(s, 'main', 'main', u, rnd, sso='ok', webex_calling_only=True)
    write_zip('G18_win_webex_calling_only.zip', [(WIN + 'current_log.txt', s.text('main'), s.t)])
    exp('G18_win_webex_calling_only.zip',
        scenario='Windows zip: healthy SSO sign-in, entitlements contain bc-sp-standard and no broadworks-connector, backend WEBEX_CALLING (Mobius) registers; no BWC line at all.',
        must=['webex-calling-only'], must_not=['multiple-calling-services', 'sip-register-rejected', 'sip-register-timeout', 'sso-failed'],
        sign_in={'1': 'ok', '2.3': 'ok', '3': 'ok'})


def g19():
    rnd = random.Random(119)
    u = user(rnd, 'Ayse', 'Demir', plat='Android', n=19, ver='44.5.0.88')
    s = Sess(T(2024, 8, 2, 12, 0, 0, 0), style='logcat', rnd=rnd)
    s.L('main', 'Info', 'EntitlementService.cpp:90', 'EntitlementService::raw',
        json.dumps({'entitlements': ['spark', 'webex-squared', 'bc-sp-standard', 'squared-call-initiation'], 'callingBehavior': 'NATIVE_WEBEX_TEAMS_CALLING'}))
    preamble(s, 'main', 'main', u, rnd, webex_calling_only=True,
             platform_line='Webex for Android %s starting on Android 13 (SM-S911B)' % u['ver'])
    write_zip('G19_android_webex_calling_only_json.zip', [('logcat.txt', s.text('main'), s.t)])
    exp('G19_android_webex_calling_only_json.zip',
        scenario='Android logcat zip: entitlements printed as JSON and as a list (bc-sp-standard, no broadworks-connector), Mobius / WEBEX_CALLING registration; the user does not use Webex for BroadWorks.',
        must=['webex-calling-only'], must_not=['multiple-calling-services'])


def g20():
    rnd = random.Random(120)
    u = user(rnd, 'Ilse', 'Janssens', plat='macOS', n=20)
    s = Sess(T(2024, 8, 5, 10, 10, 0, 0), rnd=rnd)
    preamble(s, 'main', 'main', u, rnd, sso='uap-error', fail_code=('200018', 'Failed to validate credentials as user is locked out'),
             platform_line='Webex app started. Version: %s (macOS 14.5, arm64)' % u['ver'])
    write_folder('G20_mac_folder_sso_uap_200018', [(MAC + 'current_log.txt', s.text('main'), s.t)])
    exp('G20_mac_folder_sso_uap_200018',
        scenario='macOS log folder: activation portal returns end-user error 200018 (user locked out), sign-in stops before the SAML assertion.',
        must=['sso-failed', 'activation-portal-error'], codes=['200018'], sign_in={'1': 'ok'})


# ---- topic 4: CLI --------------------------------------------------------
BANNER = ['======================================================================',
          'BroadWorks Command Line Interface', 'Type HELP for more information',
          '======================================================================',
          'Reading initial CLI command file...', 'Done', '']


def xsp_cli(host, ip, url=True, fp=None, cert=(False, True), chain=3, mtls=True, trusts=True, chain_path='Interface/Http/HttpClientAuthentication'):
    L = ['bwadmin@%s$ bwcli' % host] + BANNER
    L += ['XSP_CLI> cd /Maintenance/ContainerOptions', 'XSP_CLI/Maintenance/ContainerOptions> get',
          '  Container Name                     Option Name                          Option Value',
          '============================================================================================']
    opts = [('tomcat', 'bw.apache.sslenabled', 'true'), ('tomcat', 'bw.xsi.maxRequestBodySize', '1048576')]
    if url:
        opts.insert(0, ('tomcat', 'bw.authservice.authServiceUrl', 'http://127.0.0.1:80/authService'))
    for c, o, v in opts:
        L.append('%18s %40s %32s' % (c, o, v))
    L += ['%d entries found.' % len(opts), '']
    L += ['XSP_CLI> cd /Maintenance/ManagedObjects', 'XSP_CLI/Maintenance/ManagedObjects> get application',
          '  Name                     Version   Context Path           Status',
          '================================================================',
          '  AuthenticationService    1.0       /authService           Deployed',
          '  Xsi-Actions              2.0       /com.broadsoft.xsi-actions Deployed',
          '  DeviceManagementTFTP     2.0       /dms                   Deployed', '3 entries found.', '']
    L += ['XSP_CLI> cd /Applications/AuthenticationService/TokenManagement/KeyManagement',
          'XSP_CLI/Applications/AuthenticationService/TokenManagement/KeyManagement> get',
          '  keyAlgorithm = RSA', '  keyLength = 2048',
          '  publicKeyFingerprint (SHA-256) = %s' % fp,
          '  keyFile = /usr/local/broadworks/bw_base/conf/authservice/llt_rsa_private.pem', '']
    L += ['XSP_CLI> cd /Interface/Http/HttpServer', 'XSP_CLI/Interface/Http/HttpServer> get',
          '  Interface       Port  Name                    Secure  Client Auth Req  Cluster FQDN',
          '=======================================================================================',
          '  %-15s 443   %-23s true    false            xsp.example.net' % (ip, host),
          '  %-15s 8443  %-23s true    %-16s xsp-mtls.example.net' % (ip, 'authsvc-' + host.split('.')[0], 'true' if mtls else 'false'),
          '  127.0.0.1       80    loopback                false   false', '3 entries found.', '']
    L += ['XSP_CLI> cd /Interface/Http/HttpClientAuthentication/Trusts', 'XSP_CLI/Interface/Http/HttpClientAuthentication/Trusts> get']
    if trusts:
        L += ['  Alias                  Owner                                         Issuer                                   Expiration',
              '==================================================================================================================',
              '  webex-client-root      CN=Example Root CA 2, O=Example Trust         CN=Example Root CA 2, O=Example Trust    2038-01-15',
              '  webex-client-int1      CN=Example Issuing CA 1, O=Example Trust      CN=Example Root CA 2, O=Example Trust    2031-06-30',
              '  webex-client-int2      CN=Example Client CA 2, O=Example Trust       CN=Example Issuing CA 1, O=Example Trust 2029-03-01',
              '3 entries found.', '']
    else:
        L += ['0 entries found.', '']
    L += ['XSP_CLI> cd /%s' % chain_path, 'XSP_CLI/%s> get chainDepth' % chain_path, '  chainDepth = %d' % chain, '']
    p = 'System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication'
    L += ['XSP_CLI> cd /' + p, 'XSP_CLI/%s> get' % p,
          '  allowUserApp = %s' % ('true' if cert[0] else 'false'),
          '  allowClientApp = %s' % ('true' if cert[1] else 'false'),
          '  trustedCertificateAuthorities = webex-client-root', '', 'XSP_CLI/%s> q' % p, 'Good bye!']
    return ('\n'.join(L) + '\n').encode()


def as_cli(url, userid, enabled=True, style=0):
    L = ['bwadmin@as1.example.net$ bwcli'] + BANNER + ['AS_CLI> cd /Interface/Messaging', 'AS_CLI/Interface/Messaging> get']
    if style == 0:
        L += ['  isActive = %s' % ('true' if enabled else 'false'), '  provisioningUrl = %s' % url,
              '  provisioningUserId = %s' % userid, '  provisioningPassword = ********', '  enableSynchronization = true']
    else:
        L += ['  Messaging Server URL      : %s' % url, '  Messaging Server Username : %s' % userid,
              '  Messaging Server Password : ********', '  Enabled                   : %s' % ('Yes' if enabled else 'No')]
    L += ['', 'AS_CLI/Interface/Messaging> q', 'Good bye!']
    return ('\n'.join(L) + '\n').encode()


TEMPLATE = ('Partner Hub customer template "Example-BW-Standard" (copied by the partner engineer)\n'
            'Provisioning URL: https://provisioning-bridge.example.com/bwks/v1/acme\n'
            'Provisioning Account Name: wxbw-prov-acme\n'
            'Provisioning Account Password: (set, same as on AS)\n'
            'Authentication mode: BroadWorks\nCluster: BW-Cluster-EU-1\n').encode()
FP1 = '5E:21:9A:C4:7B:0D:11:8F:E2:34:77:AB:90:1C:DE:45:62:F0:88:19:3A:BC:4D:E1:07:92:6F:55:C8:2B:9E:10'
FP2 = 'A3:7C:04:D9:18:EE:52:61:BF:0A:93:47:2C:D5:81:6E:FA:39:20:C7:5B:14:8D:E6:71:0F:A2:3B:C4:98:57:6D'


def g21():
    t = T(2024, 9, 20, 11, 2, 0)
    write_zip('G21_cli_xsp_as_all_as_guide.zip', [
        ('cli/xsp1.example.net.txt', xsp_cli('xsp1.example.net', '203.0.113.31', fp=FP1), t),
        ('cli/xsp2.example.net.txt', xsp_cli('xsp2.example.net', '203.0.113.32', fp=FP1), t),
        ('cli/as1.example.net_messaging.txt', as_cli('https://provisioning-bridge.example.com/bwks/v1/acme', 'wxbw-prov-acme'), t),
        ('notes/partnerhub-template.txt', TEMPLATE, t)])
    exp('G21_cli_xsp_as_all_as_guide.zip',
        scenario='Pasted CLI of two XSPs and the AS, all as the guide wants: authServiceUrl container option on both, same RSA key fingerprint, mTLS interface with client auth and Webex trust chain, chainDepth 3, allowUserApp=false/allowClientApp=true; AS_CLI/Interface/Messaging matches the template note.',
        must_not_errors=True,
        must_not=['authservice-url-missing', 'authservice-keys-differ', 'authservice-mtls-misconfigured', 'impp-settings-mismatch',
                  'xsp-cert-auth-misconfigured', 'xsp-chain-depth-too-low'])


def g22():
    t = T(2024, 9, 21, 9, 0, 0)
    write_zip('G22_cli_authurl_missing_keys_differ.zip', [
        ('xsp1_cli_output.txt', xsp_cli('xsp1.example.net', '203.0.113.31', fp=FP1), t),
        ('xsp2_cli_output.txt', xsp_cli('xsp2.example.net', '203.0.113.32', url=False, fp=FP2), t)])
    exp('G22_cli_authurl_missing_keys_differ.zip',
        scenario='Pasted CLI of two XSPs: xsp2 has no bw.authservice.authServiceUrl container option, and the RSA key fingerprints of the AuthenticationService differ between xsp1 and xsp2; everything else per guide.',
        must=['authservice-url-missing', 'authservice-keys-differ'],
        must_not=['xsp-cert-auth-misconfigured', 'xsp-chain-depth-too-low', 'authservice-mtls-misconfigured'])


def g23():
    t = T(2024, 9, 22, 9, 0, 0)
    write_zip('G23_cli_certauth_wrong_chaindepth_low.zip', [
        ('XSP_CLI_xsp1.txt', xsp_cli('xsp1.example.net', '203.0.113.31', fp=FP1, cert=(True, False), chain=1, chain_path='Interface/HttpClientAuthentication'), t)])
    exp('G23_cli_certauth_wrong_chaindepth_low.zip',
        scenario='Pasted CLI of one XSP (R21-style HttpClientAuthentication path): CertificateAuthentication allowUserApp=true and allowClientApp=false, chainDepth 1.',
        must=['xsp-cert-auth-misconfigured', 'xsp-chain-depth-too-low'], must_not=['authservice-url-missing'])


def g24():
    t = T(2024, 9, 23, 9, 0, 0)
    write_zip('G24_cli_authservice_mtls_misconfigured.zip', [
        ('cli/xsp1.txt', xsp_cli('xsp1.example.net', '203.0.113.31', fp=FP1, mtls=False, trusts=False), t),
        ('cli/xsp2.txt', xsp_cli('xsp2.example.net', '203.0.113.32', fp=FP1, mtls=False, trusts=False), t)])
    exp('G24_cli_authservice_mtls_misconfigured.zip',
        scenario='Pasted CLI of two XSPs: the interface serving the authService for Webex does not require client certificates and no Webex client trust anchors are loaded (0 entries); keys and URL fine.',
        must=['authservice-mtls-misconfigured'], must_not=['authservice-keys-differ', 'authservice-url-missing'])


def g25():
    t = T(2024, 9, 24, 9, 0, 0)
    write_zip('G25_cli_as_impp_settings_mismatch.zip', [
        ('as_cli_messaging.txt', as_cli('https://198.51.100.44/bwks/v1/acme', 'wxbw-prov-acme2', style=1), t),
        ('partnerhub-template.txt', TEMPLATE, t)])
    exp('G25_cli_as_impp_settings_mismatch.zip',
        scenario='AS_CLI/Interface/Messaging> get (label-style layout) shows an IP address as messaging server URL and a username differing from the Partner Hub template note in the bundle.',
        must=['impp-settings-mismatch'])


# ---- topic 5: escalation -------------------------------------------------
def ced_bytes(seed):
    r = random.Random(seed)
    return b'CED\x01' + bytes(r.getrandbits(8) for _ in range(3000))


def g26():
    rnd = random.Random(126)
    u = user(rnd, 'Bogdan', 'Marinescu', n=26)
    s = Sess(T(2024, 5, 14, 8, 2, 0, 0), rnd=rnd)
    preamble(s, 'main', 'bwc', u, rnd, mode='raw')
    s.L('main', 'Info', 'OrgService.cpp:144', 'OrgService::onOrgLoaded', 'customer orgId=%s partnerOrgId=%s (managed by partner)' % (u['org'], u['porg']))
    c = dict(cid=cid(rnd), out=True, remote=remote(261), outcome='failed', code=403, reason='Forbidden', offer=['opus', 'PCMU'])
    s.adv(600000)
    call(s, 'bwc', 'main', u, rnd, 'raw', c)
    s.adv(120000)
    s.L('main', 'Info', 'FeedbackManager.cpp:210', 'FeedbackManager::onSubmitted',
        'Success! Your Cisco support case has been created. Thank you for feedback! Case Number - 00601971')
    s.adv(300000)
    s.L('main', 'Info', 'HelpMenu.cpp:77', 'HelpMenu::exportCallingEnvironment', 'Export Calling Environment Data: saved ced.dat')
    t_ced = s.t + dt.timedelta(seconds=1)
    noise(s, 'main', rnd, 4)
    write_zip('G26_win_escalation_ced_same_session.zip', [
        (WIN + 'current_log.txt', s.text('main'), s.t), (WIN + 'bwc/current_log.txt', s.text('bwc'), s.t),
        ('ced.dat', ced_bytes(26), t_ced)])
    exp('G26_win_escalation_ced_same_session.zip',
        scenario='Windows zip for escalation: app started 08:02Z, customer and partner org ids logged, an outgoing call rejected 403, feedback case number 00601971 logged, ced.dat exported ~08:20 in the same session (zip entry time after the app start).',
        must=['call-forbidden'], must_not=['ced-stale'],
        facts=dict(user_email=u['email'], user_id=u['uid'], org_id=u['org'], partner_org_id=u['porg'], case_number='00601971',
                   platform='Windows', client_version=u['ver'], ced_same_session=True),
        calls=[dict(call_id=c['cid'], direction='outgoing', outcome='failed', final_status=403)])


def g27():
    rnd = random.Random(127)
    u = user(rnd, 'Greta', 'Lindqvist', n=27)
    old = Sess(T(2024, 5, 15, 7, 10, 0, 0), rnd=rnd)
    preamble(old, 'main', 'main', u, rnd, mode='escaped')
    noise(old, 'main', rnd, 10)
    old.t = T(2024, 5, 15, 7, 50, 11, 204)
    old.L('main', 'Info', 'HelpMenu.cpp:77', 'HelpMenu::exportCallingEnvironment', 'Export Calling Environment Data: saved ced.dat')
    noise(old, 'main', rnd, 6)
    old.t = T(2024, 5, 15, 7, 58, 40, 9)
    old.L('main', 'Info', 'main.cpp:390', 'shutdown', 'Webex app exiting (user quit)')
    s = Sess(T(2024, 5, 15, 8, 5, 0, 0), rnd=rnd)
    preamble(s, 'main', 'main', u, rnd, mode='escaped')
    s.L('main', 'Info', 'OrgService.cpp:144', 'OrgService::onOrgLoaded', 'org: id=%s, partner org: %s' % (u['org'], u['porg']))
    c = dict(cid=cid(rnd), out=True, remote=remote(271), outcome='failed', code=503, reason='Service Unavailable', offer=['opus', 'PCMU'])
    s.adv(200000)
    call(s, 'main', 'main', u, rnd, 'escaped', c)
    noise(s, 'main', rnd, 4)
    write_zip('G27_win_escalation_ced_stale.zip', [
        (WIN + 'last_run_current_log.txt', old.text('main'), old.t),
        (WIN + 'current_log.txt', s.text('main'), s.t),
        ('ced.dat', ced_bytes(27), T(2024, 5, 15, 7, 50, 12))])
    exp('G27_win_escalation_ced_stale.zip',
        scenario='Windows zip: last_run_current_log.txt (session 07:10Z-07:58Z, logs the ced.dat export at 07:50), current_log.txt (app restarted 08:05Z, call fails 503); ced.dat zip entry time 07:50:12, i.e. exported before the last restart.',
        must=['ced-stale', 'call-server-error'],
        facts=dict(org_id=u['org'], partner_org_id=u['porg'], ced_same_session=False),
        calls=[dict(call_id=c['cid'], direction='outgoing', outcome='failed', final_status=503)])


def g28():
    rnd = random.Random(128)
    u = user(rnd, 'Nils', 'Haugen', plat='macOS', n=28)
    s = Sess(T(2024, 10, 8, 13, 0, 0, 0), rnd=rnd)
    s.thr = {'main': '0x16b0e3000'}
    preamble(s, 'main', 'bwc', u, rnd, mode='arrow', register='timeout',
             platform_line='Webex app started. Version: %s (macOS 14.6, arm64)' % u['ver'])
    s.L('main', 'Info', 'OrgService.mm:51', '-[OrgService didLoad]', json.dumps({'orgId': u['org'], 'partnerOrgId': u['porg'], 'orgName': 'Example Dental'}))
    s.adv(400000)
    t_ced = s.t
    noise(s, 'main', rnd, 5)
    fb = ('Feedback sent 2024-10-08 13:09 UTC\n\nSuccess! Your Cisco support case has been created. Thank you for feedback!\n\n'
          'Case Number - 00622418\n\nUser: %s\n' % u['email']).encode()
    write_zip('G28_mac_escalation_feedback_file.zip', [
        (MAC + 'current_log.txt', s.text('main'), s.t), (MAC + 'bwc/current_log.txt', s.text('bwc'), s.t),
        ('feedback.txt', fb, s.t), ('Calling Environment/ced.dat', ced_bytes(28), t_ced)])
    exp('G28_mac_escalation_feedback_file.zip',
        scenario='macOS zip: REGISTER times out (408 after 32 s), org ids printed as a JSON object, case number in a pasted feedback.txt, ced.dat exported in the same session.',
        must=['sip-register-timeout'], must_not=['ced-stale'],
        facts=dict(org_id=u['org'], partner_org_id=u['porg'], case_number='00622418', user_email=u['email'], platform='macOS', ced_same_session=True))


# ---- topic 6: PSLog ------------------------------------------------------
BRIDGE = 'https://provisioning-bridge.example.com/bwks/v1/acme'


def ps_post(x, rnd, who, tid=None):
    first, last, bwid, phone, sp, grp = who
    x.note('Info', 'HTTP', 'IMPProvisioningWorker-%d' % rnd.randint(1, 4), [
        '\tSending HTTP POST to %s/subscriber' % BRIDGE, '\tContent-Type: application/xml', '\tAuthorization: Basic ********',
        '<?xml version="1.0" encoding="UTF-8"?>', '<subscriberProfile>', '  <bwuserid>%s</bwuserid>' % bwid,
        '  <group>%s</group>' % grp, '  <serviceProvider>%s</serviceProvider>' % sp,
        '  <firstName>%s</firstName>' % first, '  <lastName>%s</lastName>' % last,
        '  <primaryPhoneNumber>%s</primaryPhoneNumber>' % phone, '  <email>%s.%s@example.org</email>' % (first.lower(), last.lower()),
        '  <services><service>Integrated IMP</service><service>Shared Call Appearance</service></services>', '</subscriberProfile>'], bwid)


def ps_resp(x, code, reason, message=None, bwid=''):
    body = ['\tReceived HTTP response %d %s from %s/subscriber' % (code, reason, BRIDGE)]
    if message:
        body += ['<?xml version="1.0" encoding="UTF-8"?>', '<error><code>%d</code><message>%s</message></error>' % (code, message)]
    x.note('Info' if code == 200 else 'Warning', 'HTTP', 'IMPProvisioningWorker-2', body, bwid)


def ps_noise(x, rnd, n):
    for _ in range(n):
        x.adv(rnd.randint(500, 9000))
        x.note('Info', 'OCI-P', 'BCCT Worker #%d' % rnd.randint(0, 3),
               ['\t%s processed in %d ms' % (rnd.choice(['UserModifyRequest22', 'GroupGetRequest22V5', 'UserServiceAssignListRequest', 'SystemSoftwareVersionGetRequest']), rnd.randint(3, 80))])


WHO = [('Elena', 'Popa', 'elena.popa@bw.example.net', '+15550103001', 'acme-sp', 'acme-main'),
       ('Jan', 'Kowalski', 'jan.kowalski@bw.example.net', '+15550103002', 'acme-sp', 'acme-main')]


def g29():
    rnd = random.Random(129)
    x = XS(T(2024, 5, 6, 10, 22, 0, 0), 'CEST', rnd)
    ps_noise(x, rnd, 3)
    ps_post(x, rnd, WHO[0])
    x.adv(650)
    ps_resp(x, 500, 'Internal Server Error', 'Unexpected error while processing subscriberProfile, please retry later', WHO[0][2])
    x.adv(5)
    x.note('Warning', 'IMP', 'IMPProvisioningWorker-2', ['\t[Error 18215] Provisioning error with messaging server: HTTP 500'], WHO[0][2])
    ps_noise(x, rnd, 3)
    write_zip('G29_pslog_bridge_500.zip', [('as1/PSLog2024.05.06-10.00.00.txt', x.text(), x.t)])
    exp('G29_pslog_bridge_500.zip',
        scenario='AS PSLog: POST subscriberProfile to the provisioning bridge URL, answer 500 with <message>, followed by [Error 18215].',
        must=['provisioning-error', 'impp-provisioning-error'], must_not=['provisioning-accepted', 'provisioning-unreachable'],
        facts=dict(broadworks_user_id=WHO[0][2], service_provider='acme-sp', primary_phone_number=WHO[0][3]))


def g30():
    rnd = random.Random(130)
    x = XS(T(2024, 5, 7, 11, 0, 0, 0), 'UTC', rnd)
    ps_noise(x, rnd, 2)
    ps_post(x, rnd, WHO[0])
    x.adv(30000)
    ps_resp(x, 502, 'Bad Gateway', 'Upstream identity service unavailable', WHO[0][2])
    ps_noise(x, rnd, 2)
    ps_post(x, rnd, WHO[1])
    x.adv(900)
    ps_resp(x, 503, 'Service Unavailable', 'Provisioning service is temporarily overloaded', WHO[1][2])
    ps_noise(x, rnd, 2)
    write_zip('G30_pslog_bridge_502_503.zip', [('PSLog2024.05.07-11.00.00.txt', x.text(), x.t)])
    exp('G30_pslog_bridge_502_503.zip',
        scenario='AS PSLog (UTC): two provisioning POSTs for two users, answered 502 and 503 each with a <message>.',
        must=['provisioning-error'], must_not=['provisioning-accepted', 'provisioning-unauthorized', 'provisioning-forbidden'])


def g31():
    rnd = random.Random(131)
    x = XS(T(2024, 5, 8, 9, 30, 0, 0), 'CEST', rnd)
    ps_noise(x, rnd, 2)
    ps_post(x, rnd, WHO[1])
    x.adv(400)
    ps_resp(x, 404, 'Not Found', 'Customer configuration not found for the given provisioning id', WHO[1][2])
    ps_noise(x, rnd, 2)
    write_zip('G31_pslog_bridge_404.zip', [('logs/PSLog2024.05.08-09.00.00.txt', x.text(), x.t)])
    exp('G31_pslog_bridge_404.zip',
        scenario='AS PSLog: provisioning POST answered 404 Not Found with a <message>.',
        must=['provisioning-error'], must_not=['provisioning-accepted'],
        facts=dict(broadworks_user_id=WHO[1][2], primary_phone_number=WHO[1][3]))


def g32():
    rnd = random.Random(132)
    x = XS(T(2024, 5, 9, 14, 0, 0, 0), 'EDT', rnd)
    ps_noise(x, rnd, 2)
    ps_post(x, rnd, WHO[0])
    x.adv(10000)
    x.note('Warning', 'HTTP', 'IMPProvisioningWorker-1', ['\tHTTP POST to %s/subscriber failed' % BRIDGE,
                                                            'java.net.SocketTimeoutException: connect timed out',
                                                            '\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)',
                                                            '\tat java.base/java.net.Socket.connect(Socket.java:609)'], WHO[0][2])
    x.adv(5)
    x.note('Warning', 'IMP', 'IMPProvisioningWorker-1', ['\t[Error 18211] Communication error with messaging server'], WHO[0][2])
    ps_noise(x, rnd, 2)
    ps_post(x, rnd, WHO[1])
    x.adv(30)
    x.note('Warning', 'HTTP', 'IMPProvisioningWorker-3', ['\tHTTP POST to %s/subscriber failed' % BRIDGE,
                                                            'java.net.ConnectException: Connection refused (Connection refused)',
                                                            '\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)'], WHO[1][2])
    x.adv(5)
    x.note('Warning', 'IMP', 'IMPProvisioningWorker-3', ['\t[Error 18211] Communication error with messaging server'], WHO[1][2])
    ps_noise(x, rnd, 2)
    write_zip('G32_pslog_bridge_unreachable.zip', [('PSLog2024.05.09-14.00.00.txt', x.text(), x.t)])
    exp('G32_pslog_bridge_unreachable.zip',
        scenario='AS PSLog (EDT): provisioning POSTs never answered: connect timed out, then Connection refused, each followed by [Error 18211].',
        must=['provisioning-unreachable', 'impp-provisioning-error'], must_not=['provisioning-accepted'])


def g33():
    rnd = random.Random(133)
    x = XS(T(2024, 5, 10, 8, 0, 0, 0), 'CEST', rnd)
    ps_noise(x, rnd, 3)
    ps_post(x, rnd, WHO[0])
    x.adv(300)
    ps_resp(x, 200, 'OK', None, WHO[0][2])
    ps_noise(x, rnd, 3)
    write_zip('G33_pslog_bridge_200_accepted.zip', [('PSLog2024.05.10-08.00.00.txt', x.text(), x.t)])
    exp('G33_pslog_bridge_200_accepted.zip',
        scenario='AS PSLog: provisioning POST answered 200 OK (accepted, asynchronous); healthy.',
        must=['provisioning-accepted'], must_not_errors=True,
        must_not=['provisioning-error', 'provisioning-unreachable', 'impp-provisioning-error'],
        facts=dict(broadworks_user_id=WHO[0][2], service_provider='acme-sp', primary_phone_number=WHO[0][3],
                   user_email='elena.popa@example.org', provisioning_target=BRIDGE + '/subscriber'))


def main():
    for n in os.listdir(OUT):
        if n.startswith('G') and n[1:3].isdigit() and n[3] == '_':
            p = os.path.join(OUT, n)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    for f in (g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11, g12, g13, g14, g15, g16, g17, g18, g19,
              g20, g21, g22, g23, g24, g25, g26, g27, g28, g29, g30, g31, g32, g33):
        f()
    with open(os.path.join(OUT, 'expected.json'), 'w') as fh:
        json.dump(EXPECTED, fh, indent=2, sort_keys=True)
        fh.write('\n')
    print('%d bundles written to %s' % (len(EXPECTED), OUT))


if __name__ == '__main__':
    main()
