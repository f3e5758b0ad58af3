"""Printers: HTTP exchanges, SIP messages, XML bodies, in many shapes."""
import json

from gen_core import mkuuid, hexid

REASON = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized",
          403: "Forbidden", 404: "Not Found", 407: "Proxy Authentication Required", 409: "Conflict",
          500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


def lvl_for(status):
    if status is None:
        return "Error"
    if status >= 500:
        return "Error"
    if status >= 400:
        return "Warning"
    return "Info"


# --------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------
class HttpCounter:
    n = 100


def http(sc, log, method, url, tid, status, style, req_hdrs=(), resp_hdrs=(), body=None, gap=(0, 3),
         thr=1, src=None, fn=None, reason=None, tag="WxHttp", body_on_lines=False):
    """Print one HTTP exchange.  status None -> no answer printed."""
    r = sc.rng
    HttpCounter.n += r.randint(1, 9)
    n = HttpCounter.n
    reason = reason or REASON.get(status, "")
    ms = r.randint(40, 900)
    plat = log.plat

    def gapnoise():
        k = r.randint(*gap)
        for _ in range(k):
            sc.noise1(log, (5, 200))

    if style == "json":
        src = src or "RestChannel.cpp"
        d = {"dir": "out", "id": n, "method": method, "url": url, "trackingId": tid}
        for hline in req_hdrs:
            k, v = hline.split(":", 1)
            d.setdefault("headers", {})[k] = v.strip()
        sc.L(log, "Debug", src, fn or "RestChannel::submit", json.dumps(d, separators=(",", ":")), thr=thr)
        gapnoise()
        if status is None:
            return
        d2 = {"dir": "in", "id": n, "trackingId": tid, "status": status, "elapsedMs": ms}
        if resp_hdrs:
            d2["headers"] = dict((h.split(":", 1)[0], h.split(":", 1)[1].strip()) for h in resp_hdrs)
        sc.L(log, lvl_for(status), src, fn and fn + "Done" or "RestChannel::onComplete", json.dumps(d2, separators=(",", ":")), thr=thr)
        if body:
            sc.raw(log, body)
    elif style in ("kv", "kvcode"):
        src = src or "HttpEngine.cpp"
        hs = "".join(" %s=%s" % (h.split(":", 1)[0].lower(), h.split(":", 1)[1].strip().replace(" ", "_")) for h in req_hdrs)
        sc.L(log, "Debug", src, fn or "HttpEngine::execute", "req=#%d method=%s url=%s trackingid=%s%s" % (n, method, url, tid, hs), thr=thr)
        gapnoise()
        if status is None:
            return
        if style == "kv":
            msg = "rsp=#%d trackingid=%s status=%d elapsed=%dms" % (n, tid, status, ms)
        else:
            msg = "finished trackingid=%s responseCode=%d (%s)" % (tid, status, reason)
        for hline in resp_hdrs:
            msg += " %s=\"%s\"" % (hline.split(":", 1)[0].lower(), hline.split(":", 1)[1].strip())
        sc.L(log, lvl_for(status), src, "HttpEngine::onResponse" if style == "kv" else "HttpEngine::finish", msg, thr=thr)
        if body:
            sc.raw(log, body)
    elif style == "dump":
        src = src or "HttpTrace.cpp"
        host = url.split("/")[2]
        path = "/" + url.split("/", 3)[3]
        sc.L(log, "Debug", src, fn or "HttpTrace::logRequest", "---------- HTTP request (%s) ----------" % tid, thr=thr)
        lines = ["%s %s HTTP/1.1" % (method, path), "Host: %s" % host, "TrackingID: %s" % tid] + list(req_hdrs) + ["Accept: */*", ""]
        sc.raw(log, lines)
        gapnoise()
        if status is None:
            return
        sc.L(log, lvl_for(status), src, "HttpTrace::logResponse", "---------- HTTP response for %s (%d ms) ----------" % (tid, ms), thr=thr)
        lines = ["HTTP/1.1 %d %s" % (status, reason)] + list(resp_hdrs) + ["Content-Length: %d" % (sum(len(b) + 1 for b in (body or [])))]
        sc.raw(log, lines)
        if body:
            sc.raw(log, [""] + body)
        sc.raw(log, [""])
    elif style == "arrow":
        src = src or "NetClient.cpp"
        if status is None:
            sc.L(log, "Debug", src, fn or "NetClient::request", "%s %s [%s] ..." % (method, url, tid), thr=thr)
            return
        gapnoise()
        extra = ""
        auth = [h for h in req_hdrs if h.lower().startswith("authorization: digest")]
        if auth:
            extra += " (retry with %s)" % auth[0].split(",")[0]
        if resp_hdrs:
            extra += " {%s}" % "; ".join(resp_hdrs)
        sc.L(log, lvl_for(status), src, fn or "NetClient::request", "%s %s [%s] -> %d %s (%d ms)%s" % (method, url, tid, status, reason, ms, extra), thr=thr)
        if body:
            sc.raw(log, body)
    elif style == "httpStatus":
        src = src or "HttpRequester.cpp"
        sc.L(log, "Debug", src, fn or "HttpRequester::start", "starting %s request to %s trackingId = [%s]" % (method, url, tid), thr=thr)
        gapnoise()
        if status is None:
            return
        sc.L(log, lvl_for(status), src, "HttpRequester::onFinished", "request finished trackingId = [%s] httpStatus = [%d]" % (tid, status), thr=thr, sep="::")
        if body:
            sc.raw(log, body)
    elif style == "colon":
        src = src or "HttpLogger.cpp"
        sc.L(log, "Debug", src, fn or "HttpLogger::request", "outgoing request", thr=thr)
        sc.raw(log, ["    method: %s" % method, "    url: %s" % url, "    tracking-id: %s" % tid] + ["    " + h for h in req_hdrs])
        gapnoise()
        if status is None:
            return
        sc.L(log, lvl_for(status), src, "HttpLogger::response", "incoming response", thr=thr)
        sc.raw(log, ["    tracking-id: %s" % tid, "    status: %d %s" % (status, reason), "    duration: %d ms" % ms] + ["    " + h for h in resp_hdrs])
        if body:
            sc.raw(log, ["    body:"] + ["      " + b for b in body])
    elif style == "ios":
        src = src or "NetworkSession.swift"
        sc.L(log, "Debug", src, fn or "NetworkSession.resume(_:)", "[task %d] %s %s TrackingID=%s" % (n, method, url, tid), thr=thr)
        gapnoise()
        if status is None:
            return
        sc.L(log, lvl_for(status), src, "NetworkSession.urlSession(_:task:didCompleteWithError:)",
             "[task %d] %s completed, HTTP %d, %d bytes" % (n, tid, status, sum(len(b) for b in (body or []))), thr=thr)
        if body:
            sc.raw(log, body)
    elif style == "csf":
        sc.CSF(log, "Debug", "http/HttpRequestExecutor.cpp(%d)" % r.randint(200, 900), "csf.httpclient", "execute",
               "%s %s trackingid=%s" % (method, url, tid), thr=thr)
        gapnoise()
        if status is None:
            return
        sc.CSF(log, "Info" if status < 400 else "Error", "http/HttpRequestExecutor.cpp(%d)" % r.randint(900, 1200), "csf.httpclient",
               "onResponse", "trackingid=%s -> %d %s" % (tid, status, reason), thr=thr)
        if body:
            sc.raw(log, body)
    elif style == "okhttp":
        host_url = url
        sc.A(log, "Debug", "OkHttp", "--> %s %s" % (method, host_url), thr=thr)
        sc.A(log, "Debug", "OkHttp", "TrackingID: %s" % tid, thr=thr, lo=0, hi=1)
        for h in req_hdrs:
            sc.A(log, "Debug", "OkHttp", h, thr=thr, lo=0, hi=1)
        sc.A(log, "Debug", "OkHttp", "--> END %s" % method, thr=thr, lo=0, hi=1)
        gapnoise()
        if status is None:
            return
        sc.A(log, "Debug", "OkHttp", "<-- %d %s %s (%dms)" % (status, reason, host_url, ms), thr=thr)
        for h in resp_hdrs:
            sc.A(log, "Debug", "OkHttp", h, thr=thr, lo=0, hi=1)
        if body:
            for b in body:
                sc.A(log, "Debug", "OkHttp", b, thr=thr, lo=0, hi=1)
            sc.A(log, "Debug", "OkHttp", "<-- END HTTP (%d-byte body)" % sum(len(b) + 1 for b in body), thr=thr, lo=0, hi=1)
        else:
            sc.A(log, "Debug", "OkHttp", "<-- END HTTP (0-byte body)", thr=thr, lo=0, hi=1)
    elif style == "lckv":
        sc.A(log, "Info", tag, "=> %s %s (trackingid %s)" % (method, url, tid), thr=thr)
        gapnoise()
        if status is None:
            return
        sc.A(log, "Info" if status < 400 else "Warning", tag, "<= trackingid %s answered %d" % (tid, status), thr=thr)
        if body:
            for b in body:
                sc.A(log, "Debug", tag, "   " + b, thr=thr, lo=0, hi=1)
    else:
        raise ValueError(style)


# --------------------------------------------------------------------------
# SIP
# --------------------------------------------------------------------------
def sip(sc, log, direction, lines, remote, local, style, transport="TLS", area="SIPSTACK", thr=2,
        src="SipTransportLayer.cpp", fn=None, tag="BWC-SIP", lvl="Info"):
    """direction: 'out' or 'in'."""
    r = sc.rng
    size = sum(len(l) + 2 for l in lines) + 2
    out = direction == "out"
    plat = log.plat
    if style == "block":
        # announcing line, raw message, blank line
        w = ("Sending %d bytes to %s over %s:" % (size, remote, transport)) if out else ("Received %d bytes from %s over %s:" % (size, remote, transport))
        sc.L(log, lvl, src, fn or ("SipTransportLayer::send" if out else "SipTransportLayer::onData"), "BWC:%s: %s" % (area, w), thr=thr)
        sc.raw(log, list(lines) + [""])
    elif style == "block_crlf":
        w = ("Outgoing message -> %s/%s" % (remote, transport)) if out else ("Incoming message <- %s/%s" % (remote, transport))
        sc.L(log, lvl, src, fn or ("SipConnection::write" if out else "SipConnection::read"), "BWC:%s: %s" % (area, w), thr=thr)
        cr = "" if log.eol == "\r\n" else "\r"
        sc.raw(log, [l + cr for l in lines] + [cr])
    elif style == "caret":
        w = ("send to %s (%s) >>" % (remote, transport)) if out else ("recv from %s (%s) <<" % (remote, transport))
        sc.L(log, lvl, src, fn or "SipTrace::dump", "BWC:%s: %s" % (area, w), thr=thr)
        sc.raw(log, [l + "^M" for l in lines] + ["^M"])
    elif style == "escaped":
        body = "\\r\\n".join(lines) + "\\r\\n\\r\\n"
        if out:
            w = "send [%s %s -> %s] %s" % (transport, local, remote, body)
        else:
            w = "recv [%s %s <- %s] %s" % (transport, local, remote, body)
        sc.L(log, lvl, src, fn or "SipStack::trace", "BWC:%s: %s" % (area, w), thr=thr)
    elif style == "prefixed":
        t = sc.clock.tick(1, 30)
        mark = ("OUT to %s" % remote) if out else ("IN from %s" % remote)
        for l in lines + [""]:
            log.add(log.fmt(t, lvl, sc.thr(thr), src, fn or "SipMessageLogger::line", "BWC:%s: [%s] %s" % (area, mark, l)))
    elif style == "inline":
        w = ("Outgoing to %s via %s >> " % (remote, transport)) if out else ("Incoming from %s via %s << " % (remote, transport))
        sc.L(log, lvl, src, fn or "SipTransportLayer::trace", "BWC:%s: %s%s" % (area, w, lines[0]), thr=thr)
        sc.raw(log, list(lines[1:]) + [""])
    elif style == "lc_prefixed":
        t = sc.clock.tick(1, 30)
        mark = (">> %s" % remote) if out else ("<< %s" % remote)
        head = ("Sent SIP to %s/%s" % (remote, transport)) if out else ("Received SIP from %s/%s" % (remote, transport))
        log.add(log.fmt(t, lvl, sc.thr(thr), None, None, head, tag=tag))
        for l in lines:
            log.add(log.fmt(t, lvl, sc.thr(thr), None, None, "%s | %s" % (mark, l), tag=tag))
    elif style == "lc_escaped":
        body = "\\r\\n".join(lines) + "\\r\\n\\r\\n"
        w = ("OUT %s -> %s " % (local, remote)) if out else ("IN %s <- %s " % (local, remote))
        sc.A(log, lvl, tag, w + body, thr=thr)
    elif style == "lc_block":
        w = ("Sending SIP message to %s (%s):" % (remote, transport)) if out else ("Received SIP message from %s (%s):" % (remote, transport))
        sc.A(log, lvl, tag, w, thr=thr)
        sc.raw(log, list(lines) + [""])
    elif style == "csf":
        w = ("Sending to %s [%s]:" % (remote, transport)) if out else ("Received from %s [%s]:" % (remote, transport))
        sc.CSF(log, "Debug", "sipstack/SipTransport.cpp(%d)" % r.randint(300, 700), "csf.sip-stack", "send" if out else "receive", w, thr=thr)
        sc.raw(log, list(lines) + [""])
    else:
        raise ValueError(style)


# --------------------------------------------------------------------------
# bodies
# --------------------------------------------------------------------------
DEVICE_URL = {
    "Business Communicator - PC": "bc/pc",
    "Business Communicator - Mobile": "bc/mobile",
    "Business Communicator - Tablet": "bc/tablet",
    "Connect - Mobile": "bc/connect",
}


def access_devices_xml(sc, xsp, devices, bwuser, pretty=True):
    """devices: list of (deviceType, linePortUser)"""
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<AccessDevices xmlns="http://schema.broadsoft.com/xsi">']
    for dtype, lp in devices:
        name = "%s_%s" % (bwuser.split("@")[0], dtype.split(" - ")[-1].lower())
        L += ["  <accessDevice>",
              "    <deviceName>%s</deviceName>" % name,
              "    <deviceLevel>User</deviceLevel>",
              "    <deviceLinePort>%s</deviceLinePort>" % lp,
              "    <deviceType>%s</deviceType>" % dtype,
              "    <deviceTypeUrl>https://%s/dms/%s/</deviceTypeUrl>" % (xsp, DEVICE_URL.get(dtype, "misc")),
              "    <deviceUserNamePassword>",
              "      <userName>%s</userName>" % lp.split("@")[0],
              "      <password>********</password>",
              "    </deviceUserNamePassword>",
              "    <version>%s</version>" % sc.rng.choice(["Webex/45.2", "BroadWorks Client"]),
              "  </accessDevice>"]
    L.append("</AccessDevices>")
    if not pretty:
        return ["".join(x.strip() for x in L)]
    return L


def config_xml(sc, proxy_host, proxy_port, user, domain, label, transport="TLS", encoding="UTF-8", extra_line=None,
               xsp=None, pretty=True, outbound=None):
    L = ['<?xml version="1.0" encoding="%s"?>' % encoding,
         '<config>',
         '  <protocols>',
         '    <sip>',
         '      <transports>',
         '        <udp><enabled>%s</enabled></udp>' % ("true" if transport == "UDP" else "false"),
         '        <tcp><enabled>%s</enabled></tcp>' % ("true" if transport == "TCP" else "false"),
         '        <tls><enabled>%s</enabled></tls>' % ("true" if transport == "TLS" else "false"),
         '      </transports>',
         '      <proxy address="%s" port="%s"/>' % (proxy_host, proxy_port),
         '      <outbound-proxy address="%s" port="%s"/>' % (outbound or proxy_host, proxy_port),
         '      <preferred-port>%s</preferred-port>' % proxy_port,
         '      <lines>',
         '        <line>',
         '          <label>%s</label>' % label,
         '          <sip-user>%s</sip-user>' % user,
         '          <domain>%s</domain>' % domain,
         '          <credentials>',
         '            <username>%s</username>' % user,
         '            <password>********</password>',
         '            <realm>BroadWorks</realm>',
         '          </credentials>',
         '        </line>',
         '      </lines>',
         '      <refresh-register>1800</refresh-register>',
         '    </sip>',
         '  </protocols>',
         '  <services>',
         '    <calls><auto-answer enabled="false"/><conference><service-uri>sip:conf@%s</service-uri></conference></calls>' % domain,
         '    <xsi><host>%s</host><path>/com.broadsoft.xsi-actions/v2.0</path></xsi>' % (xsp or "xsp." + domain),
         '    <emergency-dialing enable="true"><numbers>112,911</numbers></emergency-dialing>',
         '  </services>',
         '</config>']
    if extra_line:
        L.insert(-3, extra_line)
    return L


def reginfo_xml(aor, version, entries, state="active"):
    """entries: list of (contact_id, state, event, uri)"""
    L = ['<?xml version="1.0"?>',
         '<reginfo xmlns="urn:ietf:params:xml:ns:reginfo" version="%d" state="full">' % version,
         '  <registration aor="%s" id="a7" state="%s">' % (aor, state)]
    for cid, st, ev, uri in entries:
        L += ['    <contact id="%s" state="%s" event="%s">' % (cid, st, ev),
              '      <uri>%s</uri>' % uri,
              '    </contact>']
    L += ['  </registration>', '</reginfo>']
    return L
