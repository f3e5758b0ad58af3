"""Ways a client build might print its HTTP requests and answers."""
import json
from urllib.parse import urlsplit

REASONS = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
           404: "Not Found", 409: "Conflict", 500: "Internal Server Error", 502: "Bad Gateway",
           503: "Service Unavailable", 504: "Gateway Timeout"}


class _Tgt:
    """Writer proxy that sends records to the component's file."""

    def __init__(self, w, target):
        self._w, self._t = w, target
        self.c = w.c

    def rec(self, *a, **k):
        k.setdefault("target", self._t)
        return self._w.rec(*a, **k)


class HttpPrinter:
    """kind in: arrow, kv, json, dump, okhttp, colon, nsurl, telephony"""

    def __init__(self, kind, body="cont", lvl_ok="I", lvl_err="E"):
        self.kind = kind
        self.body = body  # cont | inline | none
        self.lvl_ok, self.lvl_err = lvl_ok, lvl_err
        self.tasks = {}

    def _lvl(self, status):
        return self.lvl_ok if status < 400 else (self.lvl_err if status != 401 else "W")

    def req(self, w, comp, method, url, tid, headers=None):
        src, func, role = comp["src"], comp["func"], comp.get("role", "net")
        w = _Tgt(w, comp.get("target", "main"))
        hdrs = list(headers or [])
        k = self.kind
        if k == "arrow":
            w.rec("I", src, func, f"HTTP {method} {url} [TrackingID: {tid}]", role=role)
        elif k == "kv":
            extra = "".join(f" {h.split(':', 1)[0].strip().lower()}='{h.split(':', 1)[1].strip()}'" for h in hdrs)
            w.rec("D", src, func, f"http.request method={method} url={url} trackingId={tid}{extra}", role=role)
        elif k == "json":
            hd = {"TrackingID": tid}
            for h in hdrs:
                a, _, b = h.partition(":")
                hd[a.strip()] = b.strip()
            w.rec("I", src, func, "REST >> " + json.dumps({"method": method, "url": url, "headers": hd}), role=role)
        elif k == "dump":
            p = urlsplit(url)
            path = p.path + (("?" + p.query) if p.query else "")
            w.rec("D", src, func, "outgoing request:", role=role,
                  cont=[f"{method} {path} HTTP/1.1", f"Host: {p.netloc}", f"TrackingID: {tid}"] + hdrs + [""])
        elif k == "okhttp":
            w.rec("D", src, func, f"--> {method} {url}", role=role)
            for h in [f"TrackingID: {tid}"] + hdrs:
                w.rec("D", src, func, h, role=role, adv=False)
            w.rec("D", src, func, f"--> END {method}", role=role, adv=False)
        elif k == "colon":
            w.rec("I", src, func, "Request:", role=role,
                  cont=[f"    method: {method}", f"    url: {url}", f"    trackingid: {tid}"] +
                  [f"    {h.split(':', 1)[0].lower()}: {h.split(':', 1)[1].strip()}" for h in hdrs])
        elif k == "nsurl":
            n = len(self.tasks) + 1
            task = w.c.uuid().upper()
            self.tasks[tid] = (task, n)
            w.rec("D", src, func, f"Task <{task}>.<{n}> resumed {method} {url} trackingId={tid}", role=role)
        elif k == "telephony":
            w.rec("D", src, func, f"sending request method = [{method}] url = [{url}] trackingId = [{tid}]", role=role)
        else:
            raise ValueError(k)

    def resp(self, w, comp, method, url, tid, status, headers=None, body=None, ms=None):
        src, func, role = comp["src"], comp["func"], comp.get("role", "net")
        w = _Tgt(w, comp.get("target", "main"))
        reason = REASONS.get(status, "")
        hdrs = list(headers or [])
        body = list(body or [])
        ms = ms if ms is not None else w.c.rint(40, 900)
        lvl = self._lvl(status)
        k = self.kind
        inline = self.body == "inline"
        nob = self.body == "none"
        cont = [] if (nob or inline) else body
        flat = " ".join(b.strip() for b in body)
        if k == "arrow":
            msg = f"HTTP response [TrackingID: {tid}] -> {status}"
            if hdrs:
                msg += " (" + "; ".join(hdrs) + ")"
            if inline and body:
                msg += " body=" + flat
            w.rec(lvl, src, func, msg, role=role, cont=cont)
        elif k == "kv":
            extra = "".join(f" {h.split(':', 1)[0].strip().lower()}='{h.split(':', 1)[1].strip()}'" for h in hdrs)
            msg = f"http.response trackingId={tid} status={status} reason=\"{reason}\" elapsedMs={ms}{extra}"
            if inline and body:
                msg += f" body={flat}"
            w.rec(lvl, src, func, msg, role=role, cont=cont)
        elif k == "json":
            d = {"TrackingID": tid, "statusCode": status, "statusText": reason, "latencyMs": ms}
            for h in hdrs:
                a, _, b = h.partition(":")
                d.setdefault("headers", {})[a.strip()] = b.strip()
            if body and not nob:
                d["body"] = "\n".join(body)
            w.rec(lvl, src, func, "REST << " + json.dumps(d), role=role)
        elif k == "dump":
            w.rec(lvl, src, func, f"incoming response for TrackingID {tid}:", role=role,
                  cont=[f"HTTP/1.1 {status} {reason}"] + hdrs + [f"Content-Length: {sum(len(b) + 1 for b in body)}", ""] + body + ([""] if body else []))
        elif k == "okhttp":
            w.rec("D" if status < 400 else "W", src, func, f"<-- {status} {reason} {url} ({ms}ms)", role=role)
            for h in hdrs:
                w.rec("D", src, func, h, role=role, adv=False)
            if body and not nob:
                w.rec("D", src, func, "", role=role, adv=False)
                for b in body:
                    w.rec("D", src, func, b, role=role, adv=False)
            w.rec("D", src, func, f"<-- END HTTP ({sum(len(b) + 1 for b in body)}-byte body)", role=role, adv=False)
        elif k == "colon":
            c2 = [f"    trackingid: {tid}", f"    httpStatus = [{status}]"] + [f"    {h}" for h in hdrs]
            if body and not nob:
                c2 += ["    body:"] + ["      " + b for b in body]
            w.rec(lvl, src, func, "Response:", role=role, cont=c2)
        elif k == "nsurl":
            task, n = self.tasks.get(tid, (w.c.uuid().upper(), 99))
            msg = f"Task <{task}>.<{n}> finished trackingId={tid} statusCode={status} ({ms} ms)"
            if hdrs:
                msg += " " + " ".join(hdrs)
            w.rec(lvl, src, func, msg, role=role, cont=cont if not inline else None)
            if inline and body:
                w.rec("D", src, func, f"Task <{task}>.<{n}> payload: {flat}", role=role, adv=False)
        elif k == "telephony":
            head = "request complete" if status < 400 else "request failed."
            msg = f"{head} trackingId = [{tid}] url = [{url}] httpStatus = [{status}]"
            if hdrs:
                msg += " " + " ".join(f"[{h}]" for h in hdrs)
            w.rec(lvl, src, func, msg, role=role, cont=cont)
        else:
            raise ValueError(k)
