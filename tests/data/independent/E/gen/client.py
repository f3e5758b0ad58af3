"""The Webex app sign-in / BroadWorks registration flow, printed through a
profile (one imagined app build). Scenario knobs decide where it stops."""
import json
from datetime import timedelta
from urllib.parse import quote

from noise import noise
from sip import Reg, REASONS as SIPR, subscribe_reg, notify_reg, simple_response

DEVTYPE = {"desktop": "Business Communicator - PC", "mobile": "Connect - Mobile",
           "tablet": "Business Communicator - Tablet"}
DMSPATH = {"Business Communicator - PC": "bc/pc", "Connect - Mobile": "connect/mobile",
           "Business Communicator - Tablet": "bc/tablet", "Business Communicator - Mobile": "bc/mobile"}


def device_list_xml(P, types):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<AccessDevices xmlns="http://schema.broadsoft.com/xsi">']
    for i, t in enumerate(types):
        suffix = {"Business Communicator - PC": "pc", "Connect - Mobile": "mob",
                  "Business Communicator - Tablet": "tab", "Business Communicator - Mobile": "bcm"}.get(t, "dev%d" % i)
        L += ["  <accessDevice>",
              "    <deviceLevel>User</deviceLevel>",
              f"    <deviceName>{P['bw_local']}_{suffix}</deviceName>",
              f"    <deviceType>{t}</deviceType>",
              f"    <deviceTypeUrl>https://{P['xsp']}/dms/{DMSPATH.get(t, 'other')}/</deviceTypeUrl>",
              "    <endpoint>",
              f"      <linePort>{P['bw_local']}_{suffix}@{P['sip_domain']}</linePort>",
              "    </endpoint>",
              "    <deviceUserNamePassword>",
              f"      <userName>{P['bw_local']}_{suffix}_dms</userName>",
              "      <password>********</password>",
              "    </deviceUserNamePassword>",
              "  </accessDevice>"]
    L.append("</AccessDevices>")
    return L


def config_xml(P, proxy=None, port=None, broken=False):
    proxy = proxy if proxy is not None else P["sbc_host"]
    port = port if port is not None else P["sbc_port"]
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<config>',
         '<protocols>',
         '  <sip>',
         f'    <proxy address="{proxy}" port="{port}"/>',
         f'    <transport>{P["transport"]}</transport>',
         '    <preferred-port>0</preferred-port>',
         '    <registration-refresh-interval>3600</registration-refresh-interval>',
         '  </sip>',
         '  <xsi><enabled>true</enabled>',
         f'    <url>https://{P["xsp"]}/com.broadsoft.xsi-actions</url></xsi>',
         '</protocols>',
         '<lines>',
         '  <line>',
         f'    <display-name>{P["name"]}</display-name>',
         f'    <domain>{P["sip_domain"]}</domain>',
         '    <credentials>',
         f'      <username>{P["sip_user"]}@{P["sip_domain"]}</username>',
         f'      <auth-user>{P["auth_user"]}</auth-user>',
         '      <password>********</password>',
         '    </credentials>',
         '  </line>',
         '</lines>',
         '<services><calls><call-center enabled="false"/></calls></services>',
         '</config>']
    if broken:
        # document cut off mid-element (what the parser reports as Incomplete)
        i = next(k for k, l in enumerate(L) if "<display-name>" in l)
        cut = P["name_latin1"].find("\u00eb")
        L = L[:i] + [f'    <display-name>{P["name_latin1"][:cut if cut > 0 else 2]}']
    return L


class Flow:
    def __init__(self, w, pr, P, S):
        self.w, self.pr, self.P, self.S = w, pr, P, S
        self.c = w.c
        self.V = pr["V"]
        self.C = pr["comps"]
        self.tid_n = self.c.rint(3, 20)
        self.tids = {}
        self.ttimes = {}

    # ---- helpers -------------------------------------------------------
    def say(self, key, **kw):
        spec = self.V[key]
        if isinstance(spec, tuple):
            spec = [spec]
        for lvl, comp, tmpl in spec:
            cp = self.C[comp]
            msg = tmpl.format(**{**self.P, **kw})
            cont = None
            if "\n" in msg and self.pr.get("multiline_cont", True):
                first, *rest = msg.split("\n")
                msg, cont = first, rest
            self.w.rec(lvl, cp["src"], cp["func"], msg, target=cp.get("target", "main"),
                       role=cp.get("role", "main"), cont=cont, extra=cp.get("extra"))

    def noise(self, a, b, lo=20, hi=1500):
        tgt = "main"
        k = self.c.rint(a, b) * self.pr.get("noise_scale", 10)
        noise(self.w, k, self.P["platform"], roles=self.pr.get("noise_roles", ("main", "ui")),
              target=tgt, lo=max(1, lo // 2), hi=max(2, hi // 2))
        extra = self.pr.get("extra_noise")
        if extra and self.c.rint(0, 2) == 0:
            extra(self.w, self.c.rint(1, 4))

    def tid(self, key):
        style = self.pr.get("tid_style", "uuid_seq")
        base = self.P.setdefault("_tid_base", self.c.uuid())
        self.tid_n += self.c.rint(1, 3)
        if style == "uuid_seq":
            t = f"CLIENT_{base}_{self.tid_n}"
        elif style == "uuid":
            t = f"CLIENT_{self.c.uuid()}"
        elif style == "nodash":
            t = f"CLIENT{self.c.hex(32)}"
        else:
            t = f"CLIENT_{self.c.hex(8)}-{self.c.hex(4)}-{self.c.hex(4)}-{self.c.hex(4)}-{self.c.hex(12)}_{self.tid_n}"
        self.tids.setdefault(key, []).append(t)
        return t

    def http(self, comp, method, url, status, tkey, req_headers=None, resp_headers=None, body=None, gap=(0, 3), wait=0):
        pr = self.pr["http"].get(comp) or self.pr["http"]["default"]
        cp = self.C[comp]
        t = self.tid(tkey)
        pr.req(self.w, cp, method, url, t, req_headers)
        self.ttimes[t] = self.c.t
        if wait:
            noise(self.w, self.c.rint(6, 12), self.P["platform"], roles=("main", "ui"), lo=200, hi=1500)
            self.c.t = max(self.c.t, self.ttimes[t] + timedelta(seconds=wait))
        elif gap[1]:
            self.noise(*gap, lo=5, hi=120)
        self.c.adv(30, 400)
        el = int((self.c.t - self.ttimes[t]).total_seconds() * 1000)
        pr.resp(self.w, cp, method, url, t, status, resp_headers, body, ms=max(1, el - self.c.rint(0, 5)))
        return t

    # ---- the run -------------------------------------------------------
    def run(self):
        P, S = self.P, self.S
        self.say("start")
        self.noise(4, 10, hi=300)
        if "extra_start" in self.V:
            self.say("extra_start")
        self.noise(6, 14)
        if S.get("resume"):
            self.V.setdefault("resume", ("I", "auth", "stored session found for {email}, no interactive sign-in needed"))
            self.say("resume")
            self.noise(3, 8)
            return self.after_signin()
        self.say("email_entered")
        # activation portal (UAP) for BroadWorks authentication
        self.say("uap_open")
        self.noise(2, 6)
        if S.get("uap_error"):
            code, text = S["uap_error"]
            self.say("uap_error", code=code, text=text)
            self.noise(10, 25)
            if "uap_after" in self.V:
                self.say("uap_after", code=code)
            self.noise(20, 40)
            return self.finish()
        self.say("uap_ok")
        self.noise(3, 8)
        self.say("ci_token")
        self.noise(5, 12)
        return self.after_signin()

    def after_signin(self):
        P, S = self.P, self.S
        self.pr["identity"](self, P)
        self.noise(8, 20)
        if S.get("dirsync"):
            code, text = S["dirsync"]
            self.say("dirsync", code=code, text=text)
            self.noise(3, 8)
        ents = P["entitlements"]
        if "broadworks-connector" not in ents:
            self.say("no_connector")
            if "bc-sp-standard" in ents and "wxc_ent" in self.V:
                self.say("wxc_ent")
            self.noise(30, 60)
            return self.finish()
        if "bc-sp-standard" in ents and "wxc_ent" in self.V:
            self.say("wxc_ent")
        if P["calling_behavior"] != "NATIVE_WEBEX_TEAMS_CALLING":
            self.say("cb_skip")
            self.noise(30, 60)
            return self.finish()
        if S.get("mobius"):
            self.mobius()
        self.say("bwc_init")
        self.noise(2, 6)
        # --- token
        tok_url = P["idp_url"]
        st = S.get("token_status", 200)
        body = None
        if st == 200:
            body = self.pr.get("token_body", lambda P: ['{"token":"eyJhbGciOiJSUzI1NiJ9.<redacted>","expiresIn":1209600}'])(P)
        else:
            body = S.get("token_err_body")
        self.http("token", "GET", tok_url, st, "token", req_headers=["Authorization: Bearer <redacted>"], body=body,
                  gap=(0, 2))
        if st != 200:
            self.say("token_fail", status=st)
            self.noise(30, 50)
            return self.finish()
        self.say("token_ok")
        self.noise(2, 6)
        # --- device list
        xurl = f"https://{P['xsp']}/com.broadsoft.xsi-actions/v2.0/user/{quote(P['bw_user'], safe='')}/profile/device"
        xs = S.get("xsi_status", 200)
        types = S.get("devices", [DEVTYPE[P["form"]]])
        if S.get("xsi_challenge"):
            n = self.c.hex(32)
            self.http("xsi", "GET", xurl, 401, "xsi", req_headers=["Authorization: Bearer <redacted>"],
                      resp_headers=[f'WWW-Authenticate: Digest realm="BroadWorks",nonce="{n}",qop="auth",algorithm=MD5'],
                      gap=(0, 0))
            self.say("xsi_retry")
            self.http("xsi", "GET", xurl, xs, "xsi",
                      req_headers=[f'Authorization: Digest username="{P["bw_user"]}",realm="BroadWorks",nonce="{n}",uri="{xurl.split(P["xsp"])[1]}",qop=auth,nc=00000001,cnonce="{self.c.hex(16)}",response="{self.c.hex(32)}"'],
                      body=device_list_xml(P, types) if xs == 200 else S.get("xsi_err_body"), gap=(0, 2))
        else:
            self.http("xsi", "GET", xurl, xs, "xsi", req_headers=["Authorization: Bearer <redacted>"],
                      body=device_list_xml(P, types) if xs == 200 else S.get("xsi_err_body"), gap=(0, 3),
                      wait=S.get("xsi_wait", 0))
        if xs != 200:
            self.say("xsi_fail", status=xs)
            self.noise(30, 50)
            return self.finish()
        need = DEVTYPE[P["form"]]
        self.say("dev_list", types=", ".join(types), count=len(types))
        if need not in types:
            self.say("dev_missing", need=need)
            self.noise(30, 50)
            return self.finish()
        self.say("dev_found", need=need)
        self.noise(1, 4)
        # --- DMS config
        durl = f"https://{P['xsp']}/dms/{DMSPATH[need]}/config.xml"
        P["dms_url"] = durl
        ds = S.get("dms_status", 200)
        cfg = S.get("cfg", "ok")
        if cfg == "placeholder":
            body = config_xml(P, proxy=S.get("placeholder", "%SBC_ADDRESS_WXT%"))
        elif cfg == "broken":
            body = config_xml(P, broken=True)
        else:
            body = config_xml(P)
        if ds != 200:
            body = S.get("dms_err_body")
        if not self.pr.get("print_config", True) and ds == 200 and cfg == "ok":
            body = None
        n = self.c.hex(32)
        self.http("dms", "GET", durl, 401, "dms", resp_headers=[f'WWW-Authenticate: Digest realm="DMS",nonce="{n}",qop="auth",algorithm=MD5'], gap=(0, 0)) if S.get("dms_challenge", True) else None
        if S.get("dms_challenge", True):
            self.say("dms_retry")
        self.http("dms", "GET", durl, ds, "dms",
                  req_headers=[f'Authorization: Digest username="{P["bw_local"]}_dms",realm="DMS",nonce="{n}",uri="{durl.split(P["xsp"])[1]}",qop=auth,nc=00000001,cnonce="{self.c.hex(16)}",response="{self.c.hex(32)}"'],
                  body=body, gap=(0, 2))
        if ds != 200:
            self.say("dms_fail", status=ds)
            self.noise(30, 50)
            return self.finish()
        if cfg == "broken":
            self.say("cfg_broken")
            self.noise(30, 50)
            return self.finish()
        if cfg == "placeholder":
            self.say("cfg_placeholder", tag=S.get("placeholder", "%SBC_ADDRESS_WXT%"))
            self.noise(30, 50)
            return self.finish()
        self.say("cfg_ok")
        self.noise(2, 6)
        if S.get("crash"):
            S["crash"](self)
            return
        self.sip()
        return self.finish()

    def finish(self):
        if "tail" in self.S:
            self.S["tail"](self)
        self.noise(*self.S.get("tail_noise", (20, 40)))

    # ---- Webex Calling (Mobius) alongside ---------------------------------
    def mobius(self):
        self.say("mobius_disc")
        murl = f"https://mobius.{self.P.get('mobius_region', 'us-east')}.example.com/api/v1/calling/web/devices"
        self.http("mobius", "POST", murl, 200, "mobius", body=['{"device":{"deviceId":"%s","status":"registered"}}' % self.c.uuid()], gap=(0, 2))
        self.say("mobius_ok")
        self.noise(2, 5)

    # ---- SIP ----------------------------------------------------------------
    def sip(self):
        P, S = self.P, self.S
        sp = self.pr["sip"]
        kind = S.get("sip", "auth_ok")
        chal = S.get("challenge", "www")
        reg = Reg(self.c, P["sip_user"], P["sip_domain"], P["local_ip"], P["local_port"], P["sbc_ip"], P["sbc_port"],
                  transport=P["transport"], ua=P["ua"], realm=P.get("realm"), auth_user=P["auth_user"])
        self.reg = reg
        peer = f"{P['sbc_ip']}:{P['sbc_port']}"
        if kind == "failover":
            self.say("dns_multi")
        else:
            self.say("dns")
        if kind == "connfail":
            for i in range(S.get("conn_tries", 3)):
                self.say("connecting", peer=peer)
                self.c.adv(800, 4000)
                self.say("conn_refused", peer=peer, attempt=i + 1)
                self.noise(1, 3)
            self.say("reg_failed", reason="transport")
            return
        self.say("connecting", peer=peer)
        self.c.adv(40, 200)
        self.say("connected", peer=peer)
        tr = P["transport"]
        if kind in ("timeout", "failover"):
            sp.emit(self.w, True, peer, tr, reg.register())
            t0 = self.c.t
            noise(self.w, self.c.rint(8, 16), self.P["platform"], roles=("main", "ui"), lo=200, hi=1500)
            # Timer F = 64*T1 = 32 s after the request was sent
            self.c.t = t0 + timedelta(milliseconds=32000 + self.c.rint(1, 40))
            self.say("timer_f", peer=peer, branch=reg.branch)
            if kind == "timeout":
                self.say("reg_failed", reason="timeout")
                return
            peer = f"{P['sbc2_ip']}:{P['sbc_port']}"
            reg.sip = P["sbc2_ip"]
            self.say("failover_next", peer=peer)
            self.say("connecting", peer=peer)
            self.c.adv(40, 200)
            self.say("connected", peer=peer)
        # first REGISTER
        if kind == "reject_direct":
            sp.emit(self.w, True, peer, tr, reg.register())
            self.c.adv(30, 120)
            sp.emit(self.w, False, peer, tr, reg.response(S["code"]))
            self.say("reg_rejected", code=S["code"], reason=SIPR[S["code"]])
            return
        sp.emit(self.w, True, peer, tr, reg.register())
        self.c.adv(20, 90)
        nonce = reg.nonce()
        sp.emit(self.w, False, peer, tr, reg.response(401 if chal == "www" else 407, challenge=(chal, nonce)))
        self.say("challenged", code=401 if chal == "www" else 407)
        if kind == "auth_loop":
            for i in range(S.get("loops", 3)):
                sp.emit(self.w, True, peer, tr, reg.register(auth=(chal, nonce)))
                self.c.adv(20, 90)
                nonce = reg.nonce()
                sp.emit(self.w, False, peer, tr, reg.response(401 if chal == "www" else 407, challenge=(chal, nonce)))
                self.noise(0, 2, lo=5, hi=60)
            self.say("auth_giveup")
            self.say("reg_failed", reason="auth")
            return
        sp.emit(self.w, True, peer, tr, reg.register(auth=(chal, nonce)))
        self.c.adv(20, 120)
        if kind == "reject":
            sp.emit(self.w, False, peer, tr, reg.response(S["code"]))
            self.say("reg_rejected", code=S["code"], reason=SIPR[S["code"]])
            return
        exp0 = 120 if kind == "displaced_refresh" else None
        sp.emit(self.w, False, peer, tr, reg.response(200, contacts=[reg.own_contact(exp0)]))
        self.say("registered", peer=peer)
        self.say("phone_ok")
        self.noise(3, 8)
        if kind == "displaced_notify":
            self.reg_event(reg, sp, peer, tr)
            return
        if kind == "displaced_refresh":
            t0 = self.c.t
            noise(self.w, self.c.rint(15, 30), self.P["platform"], roles=("main", "ui"), lo=200, hi=1500)
            self.c.t = max(self.c.t, t0 + timedelta(seconds=58))
            self.say("refresh")
            sp.emit(self.w, True, peer, tr, reg.register(auth=(chal, nonce)))
            self.c.adv(20, 120)
            other = f"<sip:{P['sip_user']}@{P['other_ip']}:{P['other_port']};transport=tls>;expires=3597;+sip.instance=\"<urn:uuid:{self.c.uuid()}>\""
            sp.emit(self.w, False, peer, tr, reg.response(200, contacts=[other]))
            self.say("displaced")
            return
        for _ in range(self.c.rint(1, 3)):
            self.noise(4, 10, lo=3000, hi=9000)
            if "keepalive" in self.V:
                self.say("keepalive", peer=peer)

    def reg_event(self, reg, sp, peer, tr):
        c, P = self.c, self.P
        sub, cid, tag = subscribe_reg(reg, c)
        sp.emit(self.w, True, peer, tr, sub)
        c.adv(20, 80)
        totag = c.hex(8)
        sp.emit(self.w, False, peer, tr, simple_response(200, sub, totag))
        own_id = "c" + c.hex(8)
        n1 = notify_reg(reg, c, cid, tag, 1, 0, "full", [(own_id, "active", "registered", reg.contact_uri())])
        c.adv(20, 80)
        sp.emit(self.w, False, peer, tr, n1)
        sp.emit(self.w, True, peer, tr, simple_response(200, n1))
        self.say("regevent_sub")
        self.noise(20, 40, lo=2000, hi=8000)
        other_uri = f"sip:{P['sip_user']}@{P['other_ip']}:{P['other_port']};transport=tls"
        n2 = notify_reg(reg, c, cid, tag, 2, 1, "partial",
                        [(own_id, "terminated", "rejected", reg.contact_uri()),
                         ("c" + c.hex(8), "active", "created", other_uri)])
        sp.emit(self.w, False, peer, tr, n2)
        sp.emit(self.w, True, peer, tr, simple_response(200, n2))
        self.say("displaced")
