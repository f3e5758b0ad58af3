"""BroadWorks server-side log writers (AS PSLog, XSP XsiActionsLog,
authenticationService, Tomcat access_log, CLI captures)."""
import datetime as dt
from lib import *

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Srv:
    """pipe-separated header line, then tab-indented continuation lines"""

    def __init__(self, clock, rng, tz="CEST", offset=2, level_w=10):
        self.c = clock
        self.rng = rng
        self.tz = tz
        self.off = dt.timedelta(hours=offset)
        self.lines = []
        self.w = level_w

    def local(self, ts=None):
        return (ts or self.c.t) + self.off

    def entry(self, level, cat, thread, body, extra=None, ts=None):
        t = self.local(ts or self.c.tick())
        hdr = "%s:%03d %s | %-*s | %s | %s |" % (t.strftime("%Y.%m.%d %H:%M:%S"), t.microsecond // 1000, self.tz,
                                                  self.w, level, cat, thread)
        if extra:
            hdr += " " + " | ".join(extra) + " |"
        self.lines.append(hdr)
        if body:
            self.lines.append("")
            self.lines += ["\t" + b if b else "" for b in body]
        self.lines.append("")

    def noise(self, n, kind="as", lo=0.05, hi=3):
        r = self.rng
        for _ in range(n):
            self.c.tick(lo, hi)
            mark = len(self.lines)
            self._one(kind, r)
            if CODE_RE.search("\n".join(self.lines[mark:])):
                del self.lines[mark:]
                self._one(kind, r)

    def _one(self, kind, r):
        if True:
            if kind == "as":
                g = r.randrange(5)
                if g == 0:
                    self.entry("Info", "OCI-P", "BCCT Worker #%d" % r.randrange(0, 8),
                               ["Received the following request from: 127.0.0.1:%d" % r.randrange(40000, 60000),
                                '<?xml version="1.0" encoding="ISO-8859-1"?><BroadsoftDocument protocol="OCI" xmlns="C"><sessionId xmlns="">%s</sessionId><command xsi:type="SystemSoftwareVersionGetRequest" xmlns="" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/></BroadsoftDocument>' % hexs(r, 16)])
                elif g == 1:
                    self.entry("Info", "Sip", "Call Half Input Adapter %d" % r.randrange(1, 9),
                               ["tcp %d SIP Bytes IN from 203.0.113.%d:5060" % (r.randrange(300, 900), r.randrange(2, 60)),
                                "OPTIONS sip:as1.voice.example.com SIP/2.0", "(keep-alive probe, body omitted)"])
                elif g == 2:
                    self.entry("Info", "Accounting", "Accounting Worker", ["CDR %d written (%d bytes)" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(800, 3000))])
                elif g == 3:
                    self.entry("Fine", "Database", "TimesTen Sync", ["replication lag %d ms" % r.randrange(0, 40)])
                else:
                    self.entry("Info", "Provisioning", "Scheduler", ["periodic task 'ExpiredRegistrationCleanup' done, %d removed" % r.randrange(0, 9)])
            else:
                g = r.randrange(4)
                if g == 0:
                    self.entry("Info", "Xsi-Events", "EventChannelManager", ["heartbeat sent to channel %s" % U(r)])
                elif g == 1:
                    self.entry("Fine", "HttpServer", "http-nio-443-exec-%d" % r.randrange(1, 40),
                               ["GET /com.broadsoft.xsi-actions/v2.0/versions 200 (%d ms)" % r.randrange(1, 20)])
                elif g == 2:
                    self.entry("Info", "OCI-P", "OCIClient-%d" % r.randrange(1, 6), ["connection pool: %d idle, %d busy" % (r.randrange(2, 10), r.randrange(0, 4))])
                else:
                    self.entry("Fine", "Generic", "GC-Monitor", ["heap used %d MB of 2048 MB" % r.randrange(300, 1500)])

    def text(self):
        return "\n".join(self.lines) + "\n"


def access_line(ts_local, tzoff, ip, method, path, status, size, ua, rt=None):
    return '%s - - [%02d/%s/%s +%02d00] "%s %s HTTP/1.1" %d %s "-" "%s"%s' % (
        ip, ts_local.day, MON[ts_local.month - 1], ts_local.strftime("%Y:%H:%M:%S"), tzoff, method, path, status,
        size if size else "-", ua, (" %d" % rt) if rt is not None else "")


def subscriber_profile(bwuserid, first, last, email, phone, group, sp, ext=None, pretty=True, tz="Europe/Berlin"):
    p = ['<?xml version="1.0" encoding="UTF-8"?>', '<subscriberProfile>',
         '  <bwuserid>%s</bwuserid>' % bwuserid,
         '  <firstName>%s</firstName>' % first, '  <lastName>%s</lastName>' % last]
    if email is not None:
        p.append('  <email>%s</email>' % email)
    if phone:
        p.append('  <primaryPhoneNumber>%s</primaryPhoneNumber>' % phone)
    if ext:
        p.append('  <extension>%s</extension>' % ext)
    p += ['  <group>%s</group>' % group, '  <serviceProvider>%s</serviceProvider>' % sp,
          '  <language>English</language>', '  <timeZone>%s</timeZone>' % tz,
          '  <services>', '    <service name="Integrated IMP" state="assigned"/>',
          '    <service name="Shared Call Appearance" state="assigned"/>', '  </services>',
          '</subscriberProfile>']
    return p if pretty else ["".join(x.strip() for x in p)]


CERT_OK = ["XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get",
           "  allowUserApp = false", "  allowClientApp = true", "  certificateRevocationCheck = false"]
