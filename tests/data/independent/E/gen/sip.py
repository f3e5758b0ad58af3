"""SIP REGISTER / SUBSCRIBE / NOTIFY messages (RFC 3261, 3665, 3680) and
several ways a client build might print them."""
from core import digest_response

COMPACT = {"Via": "v", "From": "f", "To": "t", "Call-ID": "i", "Contact": "m",
           "Content-Length": "l", "Supported": "k", "Content-Type": "c", "Event": "o"}

REASONS = {100: "Trying", 200: "OK", 202: "Accepted", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           407: "Proxy Authentication Required", 408: "Request Timeout", 423: "Interval Too Brief",
           480: "Temporarily Unavailable", 500: "Server Internal Error", 503: "Service Unavailable"}


def compact(lines):
    out = []
    for ln in lines:
        name, sep, val = ln.partition(":")
        if sep and name in COMPACT and not ln.startswith(("SIP/2.0", "REGISTER", "NOTIFY", "SUBSCRIBE")):
            out.append(f"{COMPACT[name]}:{val}")
        else:
            out.append(ln)
    return out


class Reg:
    """One REGISTER dialog-less transaction chain (same Call-ID, rising CSeq)."""

    def __init__(self, c, user, domain, local_ip, local_port, sbc_ip, sbc_port, transport="TLS",
                 ua="Webex", password="s3cr3t", realm=None, instance=None, auth_user=None):
        self.c = c
        self.user, self.domain = user, domain
        self.auth_user = auth_user or user
        self.lip, self.lport = local_ip, local_port
        self.sip, self.sport = sbc_ip, sbc_port
        self.tr = transport
        self.ua = ua
        self.password = password
        self.realm = realm or domain
        self.call_id = f"{c.hex(8)}-{c.hex(4)}-{c.hex(4)}@{local_ip}"
        self.ftag = c.hex(10)
        self.ttag = None
        self.instance = instance or c.uuid()
        self.cseq = 0
        self.branch = None
        self.expires = 3600

    def contact_uri(self):
        return f"sip:{self.user}@{self.lip}:{self.lport};transport={self.tr.lower()}"

    def via(self, received=False):
        v = f"SIP/2.0/{self.tr} {self.lip}:{self.lport};branch={self.branch};rport"
        if received:
            v = f"SIP/2.0/{self.tr} {self.lip}:{self.lport};branch={self.branch};rport={self.lport};received={self.lip}"
        return v

    def register(self, auth=None, expires=None):
        """auth: None or (kind, nonce) where kind 'www' or 'proxy'."""
        self.cseq += 1
        self.branch = "z9hG4bK" + self.c.hex(16)
        exp = self.expires if expires is None else expires
        L = [f"REGISTER sip:{self.domain} SIP/2.0",
             f"Via: {self.via()}",
             "Max-Forwards: 70",
             f"From: <sip:{self.user}@{self.domain}>;tag={self.ftag}",
             f"To: <sip:{self.user}@{self.domain}>",
             f"Call-ID: {self.call_id}",
             f"CSeq: {self.cseq} REGISTER",
             f"Contact: <{self.contact_uri()}>;+sip.instance=\"<urn:uuid:{self.instance}>\";expires={exp}"]
        if auth:
            kind, nonce = auth
            cn = self.c.hex(16)
            self.nc_count = self.nc_count + 1 if getattr(self, "nc_nonce", None) == nonce else 1
            self.nc_nonce = nonce
            nc = f"{self.nc_count:08x}"
            uri = f"sip:{self.domain}"
            resp = digest_response(self.auth_user, self.realm, self.password, "REGISTER", uri, nonce, nc, cn, "auth")
            hv = (f"Digest username=\"{self.auth_user}\",realm=\"{self.realm}\",nonce=\"{nonce}\",uri=\"{uri}\","
                  f"response=\"{resp}\",algorithm=MD5,cnonce=\"{cn}\",qop=auth,nc={nc}")
            L.append(("Authorization: " if kind == "www" else "Proxy-Authorization: ") + hv)
        L += ["Allow: INVITE, ACK, CANCEL, BYE, NOTIFY, REFER, OPTIONS, UPDATE, INFO, SUBSCRIBE, PRACK",
              "Supported: path, gruu, outbound",
              f"User-Agent: {self.ua}",
              f"Expires: {exp}",
              "Content-Length: 0"]
        return L

    def response(self, code, challenge=None, contacts=None, extra=None):
        if self.ttag is None:
            self.ttag = "SD" + self.c.hex(6) + "-" + self.c.hex(8)
        L = [f"SIP/2.0 {code} {REASONS.get(code, 'Unknown')}",
             f"Via: {self.via(received=True)}",
             f"From: <sip:{self.user}@{self.domain}>;tag={self.ftag}",
             f"To: <sip:{self.user}@{self.domain}>;tag={self.ttag}",
             f"Call-ID: {self.call_id}",
             f"CSeq: {self.cseq} REGISTER"]
        if challenge:
            kind, nonce = challenge
            h = "WWW-Authenticate" if kind == "www" else "Proxy-Authenticate"
            L.append(f"{h}: Digest realm=\"{self.realm}\",nonce=\"{nonce}\",algorithm=MD5,qop=\"auth\"")
        for ct in contacts or []:
            L.append(f"Contact: {ct}")
        if code == 200:
            L.append("Date: " + self.c.t.strftime("%a, %d %b %Y %H:%M:%S GMT"))
        for e in extra or []:
            L.append(e)
        L.append("Content-Length: 0")
        return L

    def own_contact(self, exp=None):
        return f"<{self.contact_uri()}>;expires={exp or self.expires};+sip.instance=\"<urn:uuid:{self.instance}>\""

    def nonce(self):
        return self.c.hex(8) + self.c.hex(24)


def subscribe_reg(reg, c):
    reg.branch = "z9hG4bK" + c.hex(16)
    cid = f"{c.hex(10)}@{reg.lip}"
    tag = c.hex(10)
    L = [f"SUBSCRIBE sip:{reg.user}@{reg.domain} SIP/2.0",
         f"Via: {reg.via()}",
         "Max-Forwards: 70",
         f"From: <sip:{reg.user}@{reg.domain}>;tag={tag}",
         f"To: <sip:{reg.user}@{reg.domain}>",
         f"Call-ID: {cid}",
         "CSeq: 1 SUBSCRIBE",
         f"Contact: <{reg.contact_uri()}>",
         "Event: reg",
         "Accept: application/reginfo+xml",
         "Expires: 3600",
         f"User-Agent: {reg.ua}",
         "Content-Length: 0"]
    return L, cid, tag


def notify_reg(reg, c, cid, sub_tag, cseq, version, state, contacts, sub_state="active;expires=3540"):
    """contacts: list of (id, state, event, uri)."""
    body = ["<?xml version=\"1.0\"?>",
            f"<reginfo xmlns=\"urn:ietf:params:xml:ns:reginfo\" version=\"{version}\" state=\"{state}\">",
            f"  <registration aor=\"sip:{reg.user}@{reg.domain}\" id=\"a{c.hex(6)}\" state=\"active\">"]
    for cid_, st, ev, uri in contacts:
        body += [f"    <contact id=\"{cid_}\" state=\"{st}\" event=\"{ev}\">",
                 f"      <uri>{uri}</uri>",
                 "    </contact>"]
    body += ["  </registration>", "</reginfo>"]
    blen = sum(len(b) + 2 for b in body)
    L = [f"NOTIFY {reg.contact_uri()} SIP/2.0",
         f"Via: SIP/2.0/{reg.tr} {reg.sip}:{reg.sport};branch=z9hG4bK{c.hex(14)}",
         "Max-Forwards: 69",
         f"From: <sip:{reg.user}@{reg.domain}>;tag={c.hex(8)}",
         f"To: <sip:{reg.user}@{reg.domain}>;tag={sub_tag}",
         f"Call-ID: {cid}",
         f"CSeq: {cseq} NOTIFY",
         f"Contact: <sip:{reg.sip}:{reg.sport};transport={reg.tr.lower()}>",
         "Event: reg",
         f"Subscription-State: {sub_state}",
         "Content-Type: application/reginfo+xml",
         f"Content-Length: {blen}",
         ""] + body
    return L


def simple_response(code, req_lines, totag=None):
    """Response to an in-dialog request (SUBSCRIBE/NOTIFY)."""
    keep = ("Via:", "From:", "To:", "Call-ID:", "CSeq:")
    out = [f"SIP/2.0 {code} {REASONS.get(code, 'OK')}"]
    for ln in req_lines:
        if ln.startswith(keep):
            if ln.startswith("To:") and totag and ";tag=" not in ln:
                ln = ln + f";tag={totag}"
            out.append(ln)
    if code in (200, 202) and any(l.startswith("CSeq:") and "SUBSCRIBE" in l for l in req_lines):
        out.append("Expires: 3600")
    out.append("Content-Length: 0")
    return out


# --------------------------------------------------------------------------
# printers
# --------------------------------------------------------------------------

class SipPrinter:
    """kind:
      raw      - announcing line, then the raw message on untimestamped lines, blank line after
      rawcrlf  - like raw but every message line ends with CR (file shows ^M)
      caret    - like raw but lines end with a literal '^M' (copied out of a pager)
      oneline  - whole message on the log line with escaped \\r\\n
      prefixed - every message line carries the full log prefix (optional marker)
      startline- start line on the announcing line, headers follow raw
    """

    def __init__(self, kind, src, func, words=("Sending", "Received"), fmt_out=None, fmt_in=None,
                 marker=("", ""), use_compact=False, target="main", role="sip", lvl="D", esc="\\r\\n", indent=""):
        self.kind = kind
        self.src, self.func = src, func
        self.words = words
        self.fmt_out = fmt_out or "{w} SIP message to {peer} ({tr}):"
        self.fmt_in = fmt_in or "{w} SIP message from {peer} ({tr}):"
        self.marker = marker
        self.compact = use_compact
        self.target = target
        self.role = role
        self.lvl = lvl
        self.esc = esc
        self.indent = indent

    def emit(self, w, out, peer, tr, lines):
        if self.compact:
            lines = compact(lines)
        word = self.words[0] if out else self.words[1]
        head = (self.fmt_out if out else self.fmt_in).format(w=word, peer=peer, tr=tr, n=len("\r\n".join(lines)) + 4)
        k = self.kind
        if k in ("raw", "rawcrlf", "caret"):
            suf = {"raw": "", "rawcrlf": "\r", "caret": "^M"}[k]
            body = [l + suf for l in lines]
            w.rec(self.lvl, self.src, self.func, head, target=self.target, role=self.role, cont=body + [suf])
        elif k == "oneline":
            w.rec(self.lvl, self.src, self.func, head + " " + self.esc.join(lines) + self.esc + self.esc,
                  target=self.target, role=self.role)
        elif k == "prefixed":
            m = self.marker[0] if out else self.marker[1]
            w.rec(self.lvl, self.src, self.func, head, target=self.target, role=self.role)
            for l in lines:
                w.rec(self.lvl, self.src, self.func, f"{m}{l}", target=self.target, role=self.role, adv=False)
        elif k == "startline":
            w.rec(self.lvl, self.src, self.func, head + " " + lines[0], target=self.target, role=self.role,
                  cont=[self.indent + l for l in lines[1:]])
        else:
            raise ValueError(k)
