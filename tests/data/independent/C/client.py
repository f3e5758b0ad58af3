"""Client (Webex app) session writer.  One call to run_client() writes one run
of the app into a Log, according to P (who / what happens) and S (how this
build prints things)."""
import json
from urllib.parse import quote

from wxlib import (Log, SipUA, Msg, config_xml, devices_xml, http_print, noise, reginfo,
                   rhex, ruuid, sip_print, REASON)


def _nz(L, S, ctx, k=None):
    r = L.r
    if k is None:
        lo, hi = S.get('gap', (15, 60))
        k = r.randint(lo, hi)
    if k:
        noise(L, k, ctx, mean_ms=S.get('mean_ms', 150), flavor=S.get('nf'))


def _fill(L, S, ctx, seconds):
    """Unrelated lines until `seconds` have passed."""
    from datetime import timedelta as _td
    end = L.t + _td(seconds=seconds)
    while L.t < end:
        noise(L, 1, ctx, mean_ms=S.get('mean_ms', 150), flavor=S.get('nf'))
    L.t = max(L.t, end)


# ---------------------------------------------------------------- start-up
def app_start(L, P, S):
    v, osl = P['version'], P['os_line']
    st = S.get('ver', 'banner')
    if st == 'banner':
        L.w('I', 'app', '==== Webex %s (%s) starting; OS: %s; locale %s ====' % (v, P.get('arch', 'x64'), osl, P.get('locale', 'en-US')))
    elif st == 'kv':
        L.w('I', 'app', 'AppInfo product=WebexTeams version=%s platform=%s osVersion="%s" channel=%s' % (
            v, P['family'], osl, P.get('channel', 'gold')))
    elif st == 'json':
        d = {'clientVersion': v, 'os': osl, 'model': P.get('model', ''), 'buildType': 'release'}
        L.w('I', 'app', 'launch info ' + json.dumps(d))
    elif st == 'lines':
        L.w('I', 'app', 'Application information')
        L.cont(['    Product ........ Cisco Webex',
                '    Version ........ %s' % v,
                '    OS ............. %s' % osl,
                '    Install path ... %s' % P.get('install', r'C:\Users\user\AppData\Local\Programs\Cisco Spark'),
                '    Process id ..... %d' % L.r.randint(2000, 30000)])
    elif st == 'ua':
        L.w('I', 'app', 'WebexApplication.onCreate() pid=%d' % L.pid)
        L.w('I', 'app', 'User-Agent for this session: Webex/%s (%s; %s)' % (v, osl, P.get('model', 'unknown')))
    elif st == 'csf':
        L.csf('I', 'src/csf/app/AppStartup.cpp', 'csf.app', 'logBuildInfo',
              'Webex %s launched, device %s, system %s' % (v, P.get('model', '?'), osl))
    else:
        raise ValueError(st)


def identity(L, P, S):
    st = S.get('ident', 'kv')
    e, u, o = P['email'], P['uuid'], P['org']
    if st == 'json':
        d = {'displayName': P.get('display', ''), 'email': e, 'id': u, 'orgId': o, 'type': 'PERSON'}
        L.w('I', 'user', 'self profile loaded ' + json.dumps(d))
    elif st == 'kv':
        L.w('I', 'user', 'Signed-in user: email=%s userId=%s orgId=%s' % (e, u, o))
    elif st == 'lines':
        L.w('I', 'user', 'Current user:')
        L.cont(['    e-mail   : %s' % e, '    uuid     : %s' % u, '    org uuid : %s' % o,
                '    name     : %s' % P.get('display', '')])
    elif st == 'swift':
        L.w('I', 'user', 'didLoadSelf User(id: %s, emailAddress: "%s", orgId: %s, displayName: "%s")' % (u, e, o, P.get('display', '')))
    elif st == 'csf':
        L.csf('I', 'src/csf/identity/IdentityService.cpp', 'csf.identity', 'onSelfResolved',
              'userEmail=%s ciUserId=%s organizationId=%s' % (e, u, o))
    elif st == 'logcat':
        L.w('I', 'user', 'AuthenticatedUser{email=%s, userUuid=%s, orgUuid=%s}' % (e, u, o))
    else:
        raise ValueError(st)


def entitlements(L, P, S):
    st = S.get('ent', 'comma')
    ents = P['ents']
    if st == 'json_inline':
        L.w('I', 'ent', 'entitlements response: ' + json.dumps({'entitlements': ents, 'licenseIds': [ruuid(L.r)]}))
    elif st == 'json_split':
        L.w('I', 'ent', 'user feature set received:')
        L.cont(['{', '  "entitlements": ['] + ['    "%s"%s' % (x, ',' if i < len(ents) - 1 else '') for i, x in enumerate(ents)] +
               ['  ],', '  "roles": [],', '  "userSettings": ["spark-user"]', '}'])
    elif st == 'comma':
        L.w('I', 'ent', 'User entitlements: ' + ', '.join(ents))
    elif st == 'per_line':
        L.w('I', 'ent', 'entitlement count=%d' % len(ents))
        for i, x in enumerate(ents):
            L.w('D', 'ent', 'entitlement[%d] = %s' % (i, x), adv=(0, 1))
    elif st == 'swift':
        L.w('I', 'ent', 'entitlements=[%s]' % ', '.join('"%s"' % x for x in ents))
    elif st == 'semi':
        L.w('I', 'ent', 'ents=%s (n=%d)' % (';'.join(ents), len(ents)))
    else:
        raise ValueError(st)


def calling_behavior(L, P, S):
    st = S.get('cb', 'kv')
    cb = P.get('cb', 'NATIVE_WEBEX_TEAMS_CALLING')
    if st == 'kv':
        L.w('I', 'cb', 'callingBehavior=%s' % cb)
    elif st == 'json':
        L.w('I', 'cb', 'calling settings ' + json.dumps({'callingBehavior': cb, 'source': 'USER'}))
    elif st == 'text':
        L.w('I', 'cb', 'Calling behavior for this user is %s' % cb)
    elif st == 'enum':
        L.w('I', 'cb', 'resolved behaviour .%s (raw: %s)' % (P.get('cb_enum', 'native'), cb))
    else:
        raise ValueError(st)


# ---------------------------------------------------------------- BWC
BWC_INIT = [
    'BWC:SCF: BroadWorks Calling - initializing, library %s',
    'BWC:INTERNAL: BWC started (core %s), call control = BroadWorks',
    'BWC:SCF: creating BroadWorksManager, bwc version %s',
    'BWC:SCF: BroadWorks calling library up, ver=%s',
]


def bwc_init(L, P, S):
    L.w('I', 'bwc', BWC_INIT[S.get('wv', 0) % len(BWC_INIT)] % P.get('bwc_ver', '3.9.%d' % L.r.randint(1, 40)))


def xsi_url(P, tail='/profile/device'):
    return 'https://%s/com.broadsoft.xsi-actions/v2.0/user/%s%s' % (P['xsp'], quote(P['bw_user'], safe=''), tail)


def dms_url(P):
    return 'https://%s%s' % (P['xsp'], P['dms_path'])


def _between(L, S, ctx, k):
    return (lambda: _nz(L, S, ctx, k)) if k else None


def token_step(L, P, S, ctx):
    r = L.r
    st = P.get('jwt_status', 200)
    tid = P.setdefault('tid_jwt', 'CLIENT_' + ruuid(r))
    body = None
    if st == 200:
        body = '{"token":"eyJhbGciOiJSUzI1NiJ9.<redacted>","expiresIn":%d}' % r.choice([86400, 1209600])
    elif P.get('jwt_body'):
        body = P['jwt_body']
    http_print(L, S['http_jwt'], 'jwt', 'GET' if S.get('jwt_get', True) else 'POST', P['jwt_url'], st, tid,
               req_headers=[('Authorization', 'Bearer <ci-token>')],
               resp_headers=[('Content-Type', 'application/json')], body=body,
               between=_between(L, S, ctx, S.get('between', 0)), keys=S.get('kvkeys'))
    if st == 200:
        L.w('I', 'bwc', 'BWC:SCF: BroadWorks token acquired for %s' % P['bw_user'] if S.get('say_bw_user', True)
            else 'BWC:SCF: BroadWorks token acquired')
        return True
    L.w('E', 'bwc', P.get('jwt_fail_msg', 'BWC:SCF: unable to obtain BroadWorks token (HTTP %d), calling unavailable' % st))
    return False


def device_step(L, P, S, ctx):
    r = L.r
    url = xsi_url(P)
    tid = P.setdefault('tid_xsi', 'CLIENT_' + ruuid(r))
    st = P.get('xsi_status', 200)
    b = _between(L, S, ctx, S.get('between', 0))
    if P.get('xsi_challenge'):
        http_print(L, S['http_xsi'], 'xsi', 'GET', url, 401, tid,
                   req_headers=[('Accept', 'application/xml')],
                   resp_headers=[('WWW-Authenticate', 'Digest realm="BroadWorksXsi",qop="auth",nonce="%s",algorithm=MD5' % rhex(r, 32))],
                   body=None, keys=S.get('kvkeys'))
        L.w('I', 'xsi', 'BWC:XSI: digest challenge from Xsi-Actions, retrying with credentials')
    body = None
    devs = P['devices']
    if st == 200:
        db = S.get('dev_body', 'xml')
        if db == 'xml':
            body = devices_xml(devs, P['xsp'])
        elif db == 'xml_compact':
            body = devices_xml(devs, P['xsp'], pretty=False)
    elif P.get('xsi_body'):
        body = P['xsi_body']
    http_print(L, S['http_xsi'], 'xsi', 'GET', url, st, tid,
               req_headers=[('Authorization', 'Digest username="%s",realm="BroadWorksXsi",response="%s"' % (P['bw_user'], rhex(r, 32))) if P.get('xsi_challenge')
                            else ('Authorization', 'Bearer <broadworks-jwt>'),
                            ('User-Agent', P.get('http_ua', 'WebexTeams'))],
               resp_headers=[('Content-Type', 'application/xml;charset=UTF-8'), ('X-BroadWorks-Server', P['xsp'])],
               body=body, between=b, keys=S.get('kvkeys'))
    if st != 200:
        L.w('E', 'xsi', P.get('xsi_fail_msg', 'BWC:SCF: ConfigDownload - access device list request failed (%d)' % st))
        return False
    db = S.get('dev_body', 'xml')
    types = [d[0] for d in devs]
    if db == 'summary':
        L.w('I', 'xsi', 'BWC:SCF: ConfigDownload - %d access device(s): %s' % (len(devs), '; '.join(
            "type='%s' linePort=%s" % (d[0], d[2]) for d in devs)))
    elif db == 'json':
        L.w('I', 'xsi', 'BWC:DMS: devices=' + json.dumps([{'deviceType': d[0], 'deviceLinePort': d[2], 'url': 'https://%s%s' % (P['xsp'], d[3])} for d in devs]))
    if P['devtype'] not in types:
        if P.get('profile_missing_line', True):
            L.w('E', 'dev', P.get('missing_msg', "BWC:SCF: ConfigDownload - the device profile '%s' is not found." % P['devtype']))
        else:
            L.w('W', 'dev', P.get('missing_msg2', 'BWC:SCF: ConfigDownload - no usable access device in list'))
        return False
    L.w('I', 'dev', "BWC:SCF: ConfigDownload - selected device type '%s'" % P['devtype'] if S.get('say_sel', True)
        else 'BWC:SCF: ConfigDownload - device selected')
    return True


def config_step(L, P, S, ctx):
    r = L.r
    url = dms_url(P)
    tid = P.setdefault('tid_dms', 'CLIENT_' + ruuid(r))
    st = P.get('dms_status', 200)
    if P.get('dms_challenge'):
        http_print(L, S['http_dms'], 'dms', 'GET', url, 401, tid,
                   resp_headers=[('WWW-Authenticate', 'Digest realm="DMS",nonce="%s",qop="auth"' % rhex(r, 28))],
                   keys=S.get('kvkeys'))
        L.w('D', 'dms', 'BWC:DMS: got 401 with digest challenge, answering')
    enc = P.get('cfg_encoding', 'UTF-8')
    cfg = config_xml(P['cfg'], tag_left=P.get('tag_left'), encoding=enc)
    body = None
    cb = S.get('cfg_body', 'xml')
    if st == 200 and cb == 'xml':
        body = cfg
        if P.get('cfg_truncate'):
            body = '\n'.join(cfg.split('\n')[:P['cfg_truncate']])
    elif st != 200 and P.get('dms_body'):
        body = P['dms_body']
    http_print(L, S['http_dms'], 'dms', 'GET', url, st, tid,
               req_headers=[('Authorization', 'Digest username="%s",realm="DMS",uri="%s",response="%s"' % (P['cfg']['sip_user'], P['dms_path'], rhex(r, 32)))],
               resp_headers=[('Content-Type', 'text/xml;charset=%s' % enc)], body=body,
               between=_between(L, S, ctx, S.get('between', 0)), keys=S.get('kvkeys'))
    if st != 200:
        L.w('E', 'dms', P.get('dms_fail_msg', 'BWC:SCF: ConfigDownload - failed to download device configuration, http status %d' % st))
        return False
    if P.get('cfg_parse_fail'):
        L.w('I', 'parse', 'BWC:INTERNAL: Incomplete', adv=(2, 20))
        L.w('I', 'cfg', 'BWC:SCF: failed to parse the configuration (%d bytes, encoding %s)' % (len(cfg), enc))
        _nz(L, S, ctx, r.randint(2, 6))
        L.w('E', 'login', 'BWC:SCF: BroadWorks Calling - failed to register client. errorCode=1507')
        L.w('E', 'loginerr', 'BWC:SCF: Login error occurred: errorCode=1507', adv=(0, 3))
        return False
    c = P['cfg']
    if cb == 'summary':
        L.w('I', 'cfg', 'BWC:SCF: config parsed: proxy=%s:%s transport=%s user=%s domain=%s' % (
            P.get('tag_left') if P.get('tag_left') == '%SBC_ADDRESS_WXT%' else c['sbc_host'],
            P.get('tag_left') if P.get('tag_left') == '%SBC_PORT_WXT%' else c['sbc_port'], c['transport'], c['sip_user'], c['domain']))
    else:
        L.w('I', 'cfg', 'BWC:SCF: device configuration parsed OK (%d bytes)' % len(cfg))
    if P.get('tag_left'):
        L.w('E', 'cfg', P.get('tag_msg', "BWC:SCF: SIP proxy '%s' is not a valid host name - line 1 disabled" % P['tag_left']))
        return False
    return True


# ---------------------------------------------------------------- SIP
def _ua(P, L):
    c = P['cfg']
    return SipUA(L.r, c['sip_user'], c['domain'], P['local_ip'], P['local_port'], c['transport'].upper(),
                 P['sip_ua'], expires=P.get('expires', 3600), display=P.get('sip_display'))


def _sp(L, S, direction, remote, tp, msg, role=None):
    sip_print(L, S['sip'], role or ('sip' if direction == 'out' else 'sipin'), direction, remote, tp, msg,
              compact=S.get('compact', False), words=S.get('sip_words'))


def sip_step(L, P, S, ctx):
    """Returns the SipUA when registered, else None."""
    r = L.r
    sc = P.get('sip', 'ok401')
    c = P['cfg']
    tp = c['transport'].upper()
    ua = _ua(P, L)
    P['_ua'] = ua
    dst = '%s:%d' % (P['sbc_ip'], P.get('sbc_ip_port', c['sbc_port']))
    server = P.get('sbc_server', 'SBC')
    if S.get('say_dns', True):
        L.w('D', 'dns', 'BWC:SIP: resolved %s -> %s' % (c['sbc_host'], ', '.join(P.get('dns', [P['sbc_ip']]))))
    if sc == 'tls_refused':
        for i in range(P.get('tries', 3)):
            L.w('I', 'sip', 'BWC:SIP: opening %s connection to %s' % (tp, dst), adv=(200, 900) if i else (1, 50))
            L.w('E', 'tls', P.get('refused_msg', 'BWC:SIP: connect() to %s failed: WSAECONNREFUSED (10061) No connection could be made because the target machine actively refused it') % dst, adv=(5, 60))
            _nz(L, S, ctx, r.randint(3, 10))
            L.wait([2, 4, 8, 16][i % 4])
        L.w('E', 'reg', P.get('give_up', 'BWC:SCF: registration failed - transport to SBC unavailable, phone services offline'))
        return None
    if sc in ('timeout_udp', 'failover'):
        targets = [dst] if sc == 'timeout_udp' else P['failover_targets']
        for ti, tgt in enumerate(targets):
            req = ua.register()
            _sp(L, S, 'out', tgt, tp, req)
            if sc == 'timeout_udp' or ti == 0:
                from datetime import timedelta as _td
                t_first = L.t
                t = 0.5
                total = 0.0
                while total + t <= 31.9:
                    total += t
                    target = t_first + _td(seconds=total)
                    if r.random() < .5 and (target - L.t).total_seconds() > 1.2:
                        _nz(L, S, ctx, 1)
                    L.t = max(L.t, target - _td(milliseconds=2))
                    L.w('D', 'sip', 'BWC:SIP: retransmitting REGISTER (CSeq %d) to %s, T=%.1fs' % (ua.cseq, tgt, t), adv=(1, 3))
                    t = min(t * 2, 4.0)
                L.t = max(L.t, t_first + _td(seconds=32) - _td(milliseconds=2))
                L.w('W', 'sip', P.get('timerf_msg', 'BWC:SIP: client transaction %s timed out (Timer F) - no response to REGISTER from %s') % (req.hdr('Via').split('branch=')[1].split(';')[0], tgt))
                if sc == 'failover':
                    L.w('I', 'reg', 'BWC:SCF: registrar %s unreachable, failing over to next SRV target %s' % (tgt, targets[1]))
                    continue
                L.w('E', 'reg', P.get('give_up', 'BWC:SCF: REGISTER failed: request timeout, no answer from SBC'))
                return None
            # failover: second target answers
            dst = tgt
            return _auth_and_200(L, P, S, ctx, ua, req, dst, tp, server)
        return None
    # everything else starts with a first REGISTER that is challenged
    req = ua.register()
    _sp(L, S, 'out', dst, tp, req)
    return _auth_and_200(L, P, S, ctx, ua, req, dst, tp, server)


def _auth_and_200(L, P, S, ctx, ua, req, dst, tp, server):
    r = L.r
    sc = P.get('sip', 'ok401')
    code = 407 if sc in ('ok407', 'authloop407') else 401
    if sc == 'ok_plain':
        resp = ua.response(req, 200, contacts=[ua.contact(True)], server=server,
                           extra=[('Date', L.t.strftime('%a, %d %b %Y %H:%M:%S GMT'))])
        L.step(30, 200)
        _sp(L, S, 'in', dst, tp, resp)
        return _registered(L, P, S, ua)
    L.step(30, 200)
    ch, nonce = ua.challenge(req, code, server=server)
    _sp(L, S, 'in', dst, tp, ch)
    loops = P.get('loops', 3) if sc.startswith('authloop') else 1
    for i in range(loops):
        ua.last_nonce = nonce
        req = ua.register(auth=ua.digest(nonce, nc=1), proxy=(code == 407))
        L.step(5, 40)
        _sp(L, S, 'out', dst, tp, req)
        L.step(30, 250)
        if sc.startswith('authloop'):
            ch, nonce = ua.challenge(req, code, server=server)
            _sp(L, S, 'in', dst, tp, ch)
            L.w('W', 'sip', 'BWC:SIP: REGISTER challenged again (%d) after credentials were sent, attempt %d' % (code, i + 1))
            _nz(L, S, ctx, r.randint(0, 4))
            continue
        if sc == 'reject':
            rc = P.get('reject_code', 403)
            extra = [('Retry-After', '120')] if rc == 503 else []
            resp = ua.response(req, rc, reason=P.get('reject_reason'), server=server, extra=extra)
            _sp(L, S, 'in', dst, tp, resp)
            L.w('E', 'reg', P.get('reject_msg', 'BWC:SCF: registration rejected by %s: %d %s' % (dst, rc, P.get('reject_reason') or REASON[rc])))
            return None
        resp = ua.response(req, 200, contacts=[ua.contact(True)] + P.get('other_contacts', []), server=server,
                           extra=[('Date', L.t.strftime('%a, %d %b %Y %H:%M:%S GMT')), ('P-Associated-URI', '<sip:%s@%s>' % (P['cfg']['phone'], P['cfg']['domain']))])
        _sp(L, S, 'in', dst, tp, resp)
        return _registered(L, P, S, ua)
    L.w('E', 'reg', P.get('authfail_msg', 'BWC:SCF: giving up registration: authentication rejected %d times' % loops))
    return None


REG_OK = ['BWC:SCF: line 1 registered, expires=%d',
          'BWC:SCF: RegistrationState -> REGISTERED (expires %d s)',
          'BWC:SCF: Phone services connected; SIP registration refresh in %d s',
          'BWC:SCF: BroadWorks Calling - client registered (%d)']


def _registered(L, P, S, ua):
    L.w('I', 'reg', REG_OK[S.get('wv', 0) % len(REG_OK)] % ua.expires)
    L.w('I', 'ui', 'Phone services status: SSO session - you are signed in')
    return ua


# ---------------------------------------------------------------- after registration
def keepalive(L, P, S, ctx, n=3):
    for _ in range(n):
        _nz(L, S, ctx)
        L.w('D', 'sip', 'BWC:SIP: keep-alive CRLF sent to %s' % P['sbc_ip'])


def refresh_displaced(L, P, S, ctx, ua):
    """The refresh's 200 lists another client's contact only."""
    r = L.r
    c = P['cfg']
    tp = c['transport'].upper()
    dst = '%s:%d' % (P['sbc_ip'], c['sbc_port'])
    other = P['other_contact']
    req = ua.register(auth=ua.digest(getattr(ua, 'last_nonce', None) or rhex(r, 40), nc=2))
    _sp(L, S, 'out', dst, tp, req)
    L.step(40, 200)
    resp = ua.response(req, 200, contacts=[other], server=P.get('sbc_server', 'SBC'))
    _sp(L, S, 'in', dst, tp, resp)
    L.w('W', 'reg', P.get('displaced_msg', 'BWC:SCF: our contact is missing from the REGISTER 200 response - registration taken over by another endpoint'))
    L.w('I', 'ui', 'Phone services status: disconnected')


def regevent_rejected(L, P, S, ctx, ua):
    r = L.r
    c = P['cfg']
    tp = c['transport'].upper()
    dst = '%s:%d' % (P['sbc_ip'], c['sbc_port'])
    aor = 'sip:%s@%s' % (c['sip_user'], c['domain'])
    # SUBSCRIBE reg
    ua.cseq += 1
    cid = ruuid(r)
    ftag = rhex(r, 8)
    sub = Msg('SUBSCRIBE %s SIP/2.0' % aor, [
        ('Via', 'SIP/2.0/%s %s:%d;branch=z9hG4bK%s;rport' % (tp, ua.ip, ua.port, rhex(r, 12))),
        ('Max-Forwards', '70'), ('From', '<%s>;tag=%s' % (aor, ftag)), ('To', '<%s>' % aor),
        ('Call-ID', cid), ('CSeq', '1 SUBSCRIBE'), ('Contact', ua.contact()), ('Event', 'reg'),
        ('Accept', 'application/reginfo+xml'), ('Expires', '3600'), ('User-Agent', ua.ua), ('Content-Length', '0')])
    _sp(L, S, 'out', dst, tp, sub)
    L.step(30, 150)
    ok = ua.response(sub, 200, server=P.get('sbc_server', 'SBC'), extra=[('Expires', '3600')])
    _sp(L, S, 'in', dst, tp, ok)
    totag = ok.hdr('To').split('tag=')[1]
    our = 'sip:%s@%s:%d;transport=%s' % (ua.user, ua.ip, ua.port, tp.lower())
    other_uri = P['other_uri']

    def notify(version, state, contacts, substate='active;expires=3590'):
        body = reginfo(aor, contacts, version, state)
        n = Msg('NOTIFY sip:%s@%s:%d;transport=%s SIP/2.0' % (ua.user, ua.ip, ua.port, tp.lower()), [
            ('Via', 'SIP/2.0/%s %s;branch=z9hG4bK%s' % (tp, dst, rhex(r, 14))),
            ('Max-Forwards', '69'), ('From', '<%s>;tag=%s' % (aor, totag)), ('To', '<%s>;tag=%s' % (aor, ftag)),
            ('Call-ID', cid), ('CSeq', '%d NOTIFY' % (version + 1)), ('Event', 'reg'),
            ('Subscription-State', substate), ('Content-Type', 'application/reginfo+xml'), ('Content-Length', '0')], body)
        _sp(L, S, 'in', dst, tp, n)
        L.step(2, 20)
        o = Msg('SIP/2.0 200 OK', [('Via', n.hdr('Via')), ('From', n.hdr('From')), ('To', n.hdr('To')),
                                   ('Call-ID', cid), ('CSeq', n.hdr('CSeq')), ('Content-Length', '0')])
        _sp(L, S, 'out', dst, tp, o)

    L.step(10, 80)
    cid1, cid2 = 'c' + rhex(r, 6), 'c' + rhex(r, 6)
    notify(0, 'full', [(cid1, 'active', 'registered', our, 3600)])
    P['_notify'] = (notify, cid1, cid2, our, other_uri)


def regevent_kick(L, P, S, ctx):
    notify, cid1, cid2, our, other_uri = P['_notify']
    L.step(10, 80)
    notify(1, 'partial', [(cid1, 'terminated', 'rejected', our, None), (cid2, 'active', 'created', other_uri, 3600)])
    L.w('W', 'reg', P.get('displaced_msg', 'BWC:SCF: reg-event: own contact %s terminated (event=rejected) - another device took the line' % our))
    L.w('I', 'ui', 'Phone services status: not connected')


# ---------------------------------------------------------------- whole run
def run_client(L, P, S, ctx):
    """Write one run.  Returns a dict of what happened."""
    r = L.r
    res = {}
    if L.thread_style == 'mac':
        ctx.setdefault('plat', 'mac')
    app_start(L, P, S)
    _nz(L, S, ctx)
    if P.get('pre_hook'):
        P['pre_hook'](L, P, S, ctx)
    if P.get('uap_fail'):
        P['uap_fail'](L, P, S, ctx)
        _nz(L, S, ctx, P.get('tail', 200))
        return res
    identity(L, P, S)
    _nz(L, S, ctx)
    entitlements(L, P, S)
    _nz(L, S, ctx, r.randint(3, 12))
    if 'broadworks-connector' not in P['ents']:
        L.w('I', 'cb', P.get('no_conn_msg', 'calling: no BroadWorks entitlement, BroadWorks calling will not be started'))
        _nz(L, S, ctx, P.get('tail', 300))
        return res
    calling_behavior(L, P, S)
    _nz(L, S, ctx, r.randint(2, 10))
    if P.get('mobius_hook'):
        P['mobius_hook'](L, P, S, ctx)
        _nz(L, S, ctx, r.randint(5, 20))
    if P.get('cb', 'NATIVE_WEBEX_TEAMS_CALLING') != 'NATIVE_WEBEX_TEAMS_CALLING' or P.get('skip_bwc'):
        if P.get('skip_msg'):
            L.w('I', 'cb', P['skip_msg'])
        _nz(L, S, ctx, P.get('tail', 300))
        return res
    bwc_init(L, P, S)
    _nz(L, S, ctx)
    P['_t_token'] = L.t
    if not token_step(L, P, S, ctx):
        _nz(L, S, ctx, P.get('tail', 300))
        return res
    _nz(L, S, ctx, r.randint(3, 15))
    P['_t_xsi'] = L.t
    if not device_step(L, P, S, ctx):
        _nz(L, S, ctx, P.get('tail', 300))
        return res
    _nz(L, S, ctx, r.randint(3, 15))
    P['_t_dms'] = L.t
    if not config_step(L, P, S, ctx):
        _nz(L, S, ctx, P.get('tail', 300))
        return res
    if P.get('post_config_hook'):
        if P['post_config_hook'](L, P, S, ctx) is False:
            return res
    _nz(L, S, ctx, r.randint(2, 8))
    ua = sip_step(L, P, S, ctx)
    if ua is None:
        _nz(L, S, ctx, P.get('tail', 300))
        return res
    if P.get('regevent'):
        regevent_rejected(L, P, S, ctx, ua)
    if P.get('after_reg_hook'):
        P['after_reg_hook'](L, P, S, ctx)
    keepalive(L, P, S, ctx, P.get('keepalives', 3))
    if P.get('displace') == 'refresh':
        _fill(L, S, ctx, P.get('expires', 3600) // 2 - 60)
        refresh_displaced(L, P, S, ctx, ua)
    elif P.get('displace') == 'notify':
        _fill(L, S, ctx, r.randint(300, 1500))
        regevent_kick(L, P, S, ctx)
    _nz(L, S, ctx, P.get('tail', 300))
    return res
