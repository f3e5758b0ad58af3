"""HTTP printing styles for client logs (all invented: the real app's shape is not public)."""
import json
from wxlib import rid, ruuid

REASONS = {200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
           404: 'Not Found', 409: 'Conflict', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable'}


def json_pair(log, src, func, method, url, tid, status, ms=None, lvl_ok='Debug', lvl_err='Error', extra_req=None, extra_rsp=None, body=None, gap=None):
    r = log.r
    req = {'type': 'http.request', 'method': method, 'url': url, 'trackingId': tid}
    if extra_req:
        req.update(extra_req)
    log.L(lvl_ok, src, func, json.dumps(req, separators=(',', ':')))
    if gap:
        gap()
    rsp = {'type': 'http.response', 'trackingId': tid, 'status': status, 'durationMs': ms or r.randint(60, 700)}
    if extra_rsp:
        rsp.update(extra_rsp)
    log.L(lvl_ok if status < 400 else lvl_err, src, func, json.dumps(rsp, separators=(',', ':')))
    if body:
        log.raw(body)


def kv_pair(log, src, func, method, url, tid, status, gap=None, body=None, lvl='Info'):
    r = log.r
    log.L(lvl, src, func, 'REQ method=%s url="%s" trackingid=%s' % (method, url, tid))
    if gap:
        gap()
    log.L(lvl if status < 400 else 'Error', src, func, 'RSP trackingid=%s status=%d reason="%s" elapsed=%dms' % (tid, status, REASONS.get(status, ''), r.randint(50, 900)))
    if body:
        log.raw(body)


def dump_pair(log, src, func, method, url, tid, status, headers=None, rsp_headers=None, body=None, gap=None, indent='    ', lvl='Info'):
    host = url.split('/')[2]
    path = '/' + url.split('/', 3)[3]
    log.L(lvl, src, func, '>>> outgoing HTTP request')
    lines = ['%s%s %s HTTP/1.1' % (indent, method, path), '%sHost: %s' % (indent, host), '%sTrackingID: %s' % (indent, tid)]
    for k, v in (headers or []):
        lines.append('%s%s: %s' % (indent, k, v))
    log.raw(lines)
    if gap:
        gap()
    log.L(lvl if status < 400 else 'Error', src, func, '<<< HTTP response for %s' % tid)
    lines = ['%sHTTP/1.1 %d %s' % (indent, status, REASONS.get(status, '')), '%sTrackingID: %s' % (indent, tid)]
    for k, v in (rsp_headers or []):
        lines.append('%s%s: %s' % (indent, k, v))
    log.raw(lines)
    if body:
        log.raw([''] + [indent + b for b in body])


def arrow(log, src, func, method, url, tid, status, lvl=None):
    r = log.r
    lvl = lvl or ('Info' if status < 400 else 'Warning')
    log.L(lvl, src, func, '%s %s [trackingid=%s] -> %d (%d ms)' % (method, url, tid, status, r.randint(40, 800)))


def later_tid(log, src, func, method, url, tid, status, gap, lvl_req='Debug'):
    log.L(lvl_req, src, func, 'dispatch %s %s trackingId=%s' % (method, url, tid))
    gap()
    log.L('Info' if status < 400 else 'Error', src, func, 'request %s finished: HTTP/1.1 %d %s' % (tid, status, REASONS.get(status, '')))
