#!/usr/bin/env python3
"""Regenerate every bundle in this folder and expected.json.

    python3 make.py

Deterministic (fixed seeds).  Needs only the Python 3 standard library.
"""
import json
import os
import random
import sys
from datetime import timedelta

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from wxlib import (Log, BwLog, gz, zip_bytes, write_bundle, appledouble, ced_blob, noise, ruuid, rhex, http_print,
                   TZ_OFF)
from client import run_client, _nz
from common import (dt, person, facts, ALL_CLIENT_FACTS, WIN_A, WIN_B, WIN_OLD, MAC_A, MAC_B, IOS_A, AND_A, AND_B,
                    logcat_header, split_bwc, TYPES)
from server import pslog_provisioning, XspFlow, cli_dump, xsp_noise, xsp_noise_until, pslog_noise

OUT = os.path.dirname(os.path.abspath(__file__))
EXPECTED = {}
BUNDLES = []


def bundle(fn):
    BUNDLES.append(fn)
    return fn


def emit(name, files, exp, as_zip=True):
    write_bundle(OUT, name, files, as_zip=as_zip)
    EXPECTED[name] = exp


OK_ALL = {s: 'ok' for s in ('app-start', 'entitlements', 'bwc-init', 'token', 'device-list', 'config-download',
                            'sip-register', 'registered')}


def tl(**kw):
    d = {}
    for k, v in kw.items():
        d[k.replace('_', '-')] = v
    return d


def media_log(r, start, n=400):
    out = []
    t = start
    for i in range(n):
        t += timedelta(milliseconds=r.randint(200, 3000))
        ts = t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (t.microsecond // 1000)
        out.append('%s <Info> [%d] WME:0 :[SQ] [SQ] INFO: SQAudioTX - vid=0 csi=%d did=0 ssrc=%d loss=0.000 drop=0.000 jitter=%d bytes=%d rtp=%d failed=0 bitrate=%d rtt=%d bw=176000 codecType=4 type=UDP' % (
            ts, r.randint(1000, 20000), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 4 * 10 ** 9), r.randint(0, 9), r.randint(10000, 900000), r.randint(100, 9000), r.randint(30000, 70000), r.randint(10, 90)))
    return '\n'.join(out) + '\n'


# ======================================================================
# Hooks used by several bundles
# ======================================================================
def uap_fail_factory(codes, portal, extra_msgs=None, csf=False):
    def hook(L, P, S, ctx):
        r = L.r
        L.w('I', 'uap', 'sign-in started for %s' % P['email'])
        for i, code in enumerate(codes):
            _nz(L, S, ctx, r.randint(5, 20))
            L.w('I', 'uap', 'loading %s/bwks/login?configSetId=%s&email=%s' % (portal, ruuid(r), P['email'].replace('@', '%40')))
            _nz(L, S, ctx, r.randint(10, 40))
            msg = (extra_msgs or {}).get(code)
            if csf:
                L.csf('E', 'src/csf/auth/ActivationFlow.cpp', 'csf.auth', 'onPortalResult',
                      'activation portal returned errorCode=%d (%s)' % (code, msg or 'see portal'))
            else:
                L.w('W', 'uap', 'navigation %s/bwks/error?errorCode=%d&lang=en' % (portal, code))
                if msg:
                    L.w('E', 'uap', 'activation portal error %d: %s' % (code, msg))
            L.wait(r.randint(20, 200))
        L.w('I', 'uap', 'sign-in cancelled by user')
    return hook


def mobius_factory(active_msg, url_host, http_style, register_ok=True):
    def hook(L, P, S, ctx):
        r = L.r
        http_print(L, http_style, 'mobius', 'POST', 'https://%s/api/v1/calling/web/devices' % url_host, 200,
                   'CLIENT_' + ruuid(r), body='{"device":{"deviceId":"%s","uri":"https://%s/api/v1/calling/web/devices/%s"},"callingBehavior":"WEBEX_CALLING"}' % (
                       ruuid(r), url_host, ruuid(r)))
        L.w('I', 'mobius', 'Mobius registration complete, WEBEX_CALLING line active')
        L.w('I', 'cb', active_msg)
    return hook


# ======================================================================
# CLIENT BUNDLES
# ======================================================================
@bundle
def c01():
    r = random.Random(101)
    P = person(r, email='priya.raman@lakeshore-dental.example.com', display='Priya Raman', family='Windows',
               version='44.2.0.29562', os_line='Windows 11 Enterprise 23H2 (10.0.22631.3155)', num='4155550142',
               domain='voice.example.net', xsp='xsp1.voice.example.net', sbc_host='sbc1.voice.example.net',
               sbc_port=5061, sbc_ip='203.0.113.21', transport='TLS', kind='pc', local_ip='192.0.2.44',
               phone='+14155550142', ext='0142',
               jwt_url='https://broadworks-idp-proxy-a.example.com/broadworks-idp-proxy/api/v1/jwt')
    S = dict(ver='banner', ident='json', ent='json_split', cb='kv', http_jwt='kv', http_xsi='kv', http_dms='kv',
             dev_body='xml', cfg_body='summary', sip='block', wv=0, gap=(150, 450), nf='desk', mean_ms=120)
    P['tail'] = 38000
    P['keepalives'] = 6
    L = Log(r, dt('2024-03-05T08:02:11'), 'desk', WIN_A, brackets=True, thread_style='win')
    run_client(L, P, S, {'lan': 44})
    prev = Log(random.Random(1011), dt('2024-03-04T07:55:02'), 'desk', WIN_A, brackets=True)
    P2 = dict(P)
    from client import app_start
    app_start(prev, P2, S)
    noise(prev, 3000, {'lan': 44})
    prev.wf('I', 'WebexApp.cpp', 'WebexApp::shutdown', 'application exit requested (code 0)')
    base = 'PartnerHub-logs/%s/desktop_2024-03-05T10-17/' % P['uuid']
    files = {base + 'CiscoSpark/current_log.txt': L.text(),
             base + 'CiscoSpark/last_run_current_log.txt': prev.text(),
             base + 'CiscoSpark/media/wme_20240305_080215.log': media_log(r, dt('2024-03-05T08:05:00')),
             base + 'CiscoSpark/ced.dat': ced_blob(r)}
    emit('c01_win11_healthy_partnerhub.zip', files, {
        'scenario': 'Windows 11, 44.2: healthy sign-in and registration; ~40k-line current_log with noise; HTTP as key=value request/response lines joined by trackingId; identity JSON; entitlements JSON split over continuation lines; SIP raw blocks after an announcing line, 401 digest then 200; media log, ced.dat and an uneventful last_run log',
        'must': [], 'must_not': ['sip-auth-failed', 'xsi-request-failed', 'config-download-failed'],
        'must_not_errors': True,
        'timeline': OK_ALL,
        'facts': facts(P, *ALL_CLIENT_FACTS)})


@bundle
def c02():
    r = random.Random(102)
    P = person(r, email='akira.tanaka@tanaka-arch.example.org', display='Akira Tanaka', family='macOS',
               version='43.12.0.27839', os_line='macOS 14.2.1 (23C71)', model='MacBookPro18,3', num='2025550178',
               domain='bw.example.org', xsp='xsp-west.example.org', sbc_host='edge2.bw.example.org', sbc_port=8934,
               sbc_ip='198.51.100.34', transport='TLS', kind='pc', local_ip='192.0.2.131', phone='+12025550178',
               ext='178', jwt_url='https://broadworks-idp-proxy-r.example.com/broadworks-idp-proxy/v2/token',
               suffix={'pc': '_WXTD', 'mob': '_WXTM', 'tab': '_WXTT'})
    P['sip'] = 'ok407'
    S = dict(ver='kv', ident='swift', ent='swift', cb='enum', http_jwt='json', http_xsi='json', http_dms='json',
             dev_body='json', cfg_body='summary', sip='prefixed', wv=1, gap=(20, 60), nf='desk')
    L = Log(r, dt('2024-01-22T14:31:07'), 'desk', MAC_B, thread_style='mac')
    run_client(L, P, S, {'lan': 131})
    import re
    stamp = re.compile(r'^\d{4}-')
    main, bwc, cur = [], [], None
    for line in L.out:
        if stamp.match(line):
            cur = bwc if ('BWC:' in line or 'BWCLogSink' in line) else main
        cur.append(line)
    root = 'Users/akira/Library/Logs/SparkMacDesktop/'
    files = {root + 'current_log': '\n'.join(main) + '\n', root + 'bwc/current_log': '\n'.join(bwc) + '\n'}
    emit('c02_macos_healthy_folder', files, {
        'scenario': 'macOS 14, 43.12, plain folder: main log and bwc/current_log (no .txt); HTTP as one-line JSON objects; identity Swift struct print; entitlements Swift array; SIP with full log prefix and >>/<< marker on every line in bwc file; REGISTER challenged with 407 Proxy-Authenticate then 200',
        'must': [], 'must_not_errors': True, 'timeline': OK_ALL,
        'facts': facts(P, *ALL_CLIENT_FACTS)}, as_zip=False)


@bundle
def c03():
    r = random.Random(103)
    P = person(r, email='lucia.moreno@clinicasur.example.com', display='Lucia Moreno', family='iOS',
               version='44.1.0.29300', os_line='iOS 17.1.2', model='iPhone15,2', num='34915550123',
               domain='sip.example.com', xsp='xsi.example.com', sbc_host='sbc-mad.example.com', sbc_port=5061,
               sbc_ip='203.0.113.90', transport='TLS', kind='mob', local_ip='192.0.2.77', phone='+34915550123',
               ext='123', jwt_url='https://broadworks-idp-proxy-eu.example.com/broadworks-idp-proxy/api/v1/token')
    P['xsi_challenge'] = True
    S = dict(ver='csf', ident='swift', ent='json_inline', cb='json', http_jwt='swift', http_xsi='csf',
             http_dms='swift', dev_body='xml', cfg_body='xml', sip='escaped', compact=True, wv=2, gap=(20, 70),
             nf='ios', sip_words=('SIP OUT to', 'SIP IN from'))
    L = Log(r, dt('2024-05-14T07:12:40'), 'desk', IOS_A, thread_style='ios')
    run_client(L, P, S, {})
    old = Log(random.Random(1031), dt('2024-05-13T18:02:11'), 'desk', IOS_A, thread_style='ios')
    noise(old, 2500, flavor='ios')
    inner = zip_bytes({'Logs/current_log.txt': L.text(), 'Logs/current_log_1.txt': old.text(),
                       'Logs/device_info.txt': 'model=iPhone15,2\nsystem=iOS 17.1.2\napp=44.1.0.29300\n'})
    files = {'helpdesk/%s/ios/Webex_iOS_logs_20240514_0912.zip' % P['email']: inner}
    emit('c03_ios_healthy_nested_xsi_digest.zip', files, {
        'scenario': 'iPhone iOS 17, 44.1, zip inside zip: desk-grammar lines mixed with CSF lines; app start in CSF shape; device list GET first answered 401 Digest (XSI) then retried and 200 (healthy); SIP one-line with escaped \\r\\n and compact headers (v/f/t/i/m/l); HTTP URLSession-style task lines and CSF http lines',
        'must': [], 'must_not': ['xsi-request-failed'], 'must_not_errors': True, 'timeline': OK_ALL,
        'facts': facts(P, *ALL_CLIENT_FACTS)})


@bundle
def c04():
    r = random.Random(104)
    P = person(r, email='tom.okafor@brightlane.example.net', display='Tom Okafor', family='Android',
               version='44.3.0.29800', os_line='Android 14', model='Pixel 7', num='4420794600321',
               domain='ims.example.net', xsp='xsp.ims.example.net', sbc_host='sbc-lon.ims.example.net',
               sbc_port=5061, sbc_ip='198.51.100.12', transport='TLS', kind='mob', local_ip='192.0.2.210',
               phone='+442079460321', ext='321',
               jwt_url='https://broadworks-idp-proxy-b.example.com/broadworks-idp-proxy/api/v1/idp/jwt')
    P['tail'] = 48000
    P['keepalives'] = 5
    S = dict(ver='ua', ident='logcat', ent='comma', cb='text', http_jwt='okhttp', http_xsi='okhttp',
             http_dms='okhttp', dev_body='xml', cfg_body='xml', sip='logcat', wv=3, gap=(30, 120), nf='logcat',
             mean_ms=90)
    L = Log(r, dt('2024-06-03T12:40:03'), 'logcat', AND_A, local_offset_h=1)
    logcat_header(L)
    run_client(L, P, S, {'syspid': 1432})
    old = Log(random.Random(1041), dt('2024-06-03T09:10:00'), 'logcat', AND_A, local_offset_h=1, pid=L.pid - 311)
    logcat_header(old)
    noise(old, 9000, {'syspid': 1432}, mean_ms=90)
    files = {'webex-android-logs/logcat.txt': L.text(), 'webex-android-logs/logcat.1.txt.gz': gz(old.text()),
             'webex-android-logs/build.prop.txt': 'ro.product.model=Pixel 7\nro.build.version.release=14\n'}
    emit('c04_android_healthy_logcat_big.zip', files, {
        'scenario': 'Android 14 (Pixel 7), 44.3: healthy; ~60k-line logcat -v threadtime (no year), older rotated logcat gzipped inside the zip; HTTP as OkHttp interceptor lines (--> GET / <-- 200 OK) with bodies line by line; entitlements comma list; every SIP line its own logcat line; 401 then 200',
        'must': [], 'must_not_errors': True, 'timeline': OK_ALL,
        'facts': facts(P, *ALL_CLIENT_FACTS)})


@bundle
def c06():
    r = random.Random(106)
    P = person(r, email='h.schneider@schneider-steuer.example.com', display='Hanna Schneider',
               family='Windows', version='43.4.0.25959', os_line='Windows 10 Pro 22H2 (10.0.19045)',
               num='493055501877', domain='sip.example.com', xsp='xsp-fra.example.com',
               sbc_host='sbc-fra.example.com', sbc_port=5061, sbc_ip='203.0.113.140', transport='TLS', kind='pc',
               local_ip='192.0.2.19', phone='+493055501877', ext='877',
               jwt_url='https://broadworks-idp-proxy-c.example.com/broadworks-idp-proxy/api/v1/users/token')
    S = dict(ver='lines', ident='lines', ent='per_line', cb='json', http_jwt='dump', http_xsi='dump',
             http_dms='dump', dev_body='xml', cfg_body='xml', sip='inline', wv=0, gap=(20, 80), nf='desk',
             sip_words=('Outgoing SIP to', 'Incoming SIP from'))
    # previous run: REGISTER rejected 403
    Pp = dict(P, sip='reject', reject_code=403, cfg=dict(P['cfg']))
    Lp = Log(r, dt('2024-04-09T06:58:40'), 'desk', WIN_B, thread_style='win')
    run_client(Lp, Pp, S, {'lan': 19})
    Lp.wf('I', 'Application.cpp', 'spark::Application::shutdown', 'exit requested by user', sep='::')
    # newest run: healthy, DMS digest challenge answered
    Pn = dict(P, dms_challenge=True, local_port=P['local_port'] + 6)
    Ln = Log(r, Lp.t + timedelta(minutes=47), 'desk', WIN_B, thread_style='win')
    run_client(Ln, Pn, S, {'lan': 19})
    files = {'Hanna_logs/CiscoSpark/last_run_current_log.txt': Lp.text(),
             'Hanna_logs/CiscoSpark/current_log.txt': Ln.text()}
    emit('c06_win10_lastrun_403_then_ok.zip', files, {
        'scenario': 'Windows 10, 43.4: last_run_current_log.txt holds a previous run whose REGISTER got 403 Forbidden; current_log.txt (newest run, 47 min later) registers fine, its DMS config GET is first answered 401 Digest and succeeds on the retry. HTTP as multi-line request/response dumps; identity and version as one item per line; entitlements one per timestamped line; SIP start line on the announcing line',
        'must': [], 'must_not': ['sip-register-rejected', 'config-download-failed'], 'must_not_errors': True,
        'timeline': OK_ALL,
        'facts': facts(Pn, *ALL_CLIENT_FACTS)})


@bundle
def c07():
    r = random.Random(107)
    P = person(r, email='noah.fischer@alpenholz.example.com', display='Noah Fischer', family='macOS',
               version='44.4.0.30007', os_line='macOS 13.6.3 (22G436)', model='Macmini9,1', num='41445550190',
               domain='voip.example.net', xsp='xsp-zrh.voip.example.net', sbc_host='sbc.voip.example.net',
               sbc_port=5060, sbc_ip='198.51.100.50', transport='UDP', kind='pc', local_ip='192.0.2.88',
               phone='+41445550190', ext='190',
               jwt_url='https://broadworks-idp-proxy-ch.example.com/broadworks-idp-proxy/api/v1/token')
    P['sip'] = 'failover'
    P['failover_targets'] = ['203.0.113.50:5060', '198.51.100.50:5060']
    P['dns'] = ['203.0.113.50:5060 (SRV prio 10)', '198.51.100.50:5060 (SRV prio 20)']
    S = dict(ver='banner', ident='kv', ent='comma', cb='text', http_jwt='arrow', http_xsi='arrow',
             http_dms='arrow', dev_body='summary', cfg_body='xml', sip='block_crlf', wv=2, gap=(20, 70), nf='desk')
    L = Log(r, dt('2024-08-19T06:44:15'), 'desk', MAC_A, thread_style='mac')
    run_client(L, P, S, {'lan': 88})
    files = {'Library/Logs/SparkMacDesktop/current_log.txt': L.text(),
             '__MACOSX/Library/Logs/SparkMacDesktop/._current_log.txt': appledouble(r)}
    f = facts(P, *ALL_CLIENT_FACTS)
    f.pop('sbc_address')
    emit('c07_macos_sbc_failover.zip', files, {
        'scenario': 'macOS 13, 44.4: SRV gives two SBCs; REGISTER over UDP to the first (203.0.113.50) is retransmitted and times out (Timer F), the app fails over to 198.51.100.50 which challenges 401 and then answers 200: registered. SIP blocks with CRLF line ends; HTTP one line per exchange with -> status',
        'must': [], 'must_not': ['sip-register-timeout'], 'timeline': OK_ALL, 'facts': f})


@bundle
def c08():
    r = random.Random(108)
    P = person(r, email='g.rossi@rossi-legal.example.org', display='Giulia Rossi', family='Windows',
               version='41.6.0.19198', os_line='Windows 10 Enterprise 21H1 (10.0.19043)', num='390655501234',
               domain='cloudpbx.example.org', xsp='xsp.cloudpbx.example.org', sbc_host='sbc.cloudpbx.example.org',
               sbc_port=5061, sbc_ip='203.0.113.66', transport='TLS', kind='pc', local_ip='192.0.2.57',
               phone='+390655501234', ext='1234',
               jwt_url='https://broadworks-idp-proxy.example.com/broadworks-idp-proxy/api/v1/jwt')

    def crash(L, P, S, ctx):
        L.w('I', 'cfg', 'BWC:SCF: creating SIP stack for line 1 (%s)' % P['cfg']['sip_user'])
        L.w('D', 'dns', 'BWC:SIP: resolving %s' % P['cfg']['sbc_host'])
        L.wf('E', 'CrashHandler.cpp', 'CrashHandler::onUnhandledException',
             'Unhandled exception 0xC0000005 (EXCEPTION_ACCESS_VIOLATION) at BWCCore.dll+0x1a4f3c, thread %s' % L.thread('bwc'))
        L.wf('E', 'CrashHandler.cpp', 'CrashHandler::writeMinidump',
             r'writing minidump C:\Users\grossi\AppData\Local\CiscoSpark\minidumps\spark_20210714_091129.dmp')
        return False
    P['post_config_hook'] = crash
    S = dict(ver='lines', ident='kv', ent='comma', cb='kv', http_jwt='colon', http_xsi='colon', http_dms='colon',
             dev_body='xml', cfg_body='summary', sip='block', wv=1, gap=(20, 60), nf='desk')
    L = Log(r, dt('2021-07-14T07:10:52'), 'desk', WIN_OLD, thread_style='win')
    run_client(L, P, S, {'lan': 57})
    main, bwc = split_bwc(L)
    root = 'AppData/Local/CiscoSpark/'
    files = {root + 'current_log.txt': main, root + 'bwc/current_log.txt': bwc}
    f = facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id', 'sip_user',
              'sbc', 'xsp')
    emit('c08_win10_v41_crash_after_config', files, {
        'scenario': 'Windows 10, old 41.6 build (2021), plain folder with bwc\\current_log.txt separate: token, device list and DMS config all succeed, then the app crashes (access violation, minidump) while creating the SIP stack; no REGISTER is ever sent and no newer run exists. HTTP as "url: ..., method: ..." with answer "httpStatus = [200]" by trackingid',
        'must': [], 'must_not': ['config-parse-failed', 'config-download-failed', 'sip-register-timeout',
                                 'sip-register-rejected', 'device-profile-missing'],
        'unexplained_stop': True,
        'timeline': dict(OK_ALL, **{'sip-register': 'not-seen', 'registered': 'not-seen'}),
        'facts': f}, as_zip=False)


@bundle
def c09():
    r = random.Random(109)
    P = person(r, email='olivia.brandt@nordkap-shipping.example.com', display='Olivia Brandt', family='Windows',
               version='45.2.0.31846', os_line='Windows 11 Pro 24H2 (10.0.26100)', num='4940555012',
               domain='voice.example.com', xsp='xsp.voice.example.com', sbc_host='sbc.voice.example.com',
               sbc_port=5061, sbc_ip='203.0.113.9', transport='TLS', kind='pc', local_ip='192.0.2.61',
               phone='+494055501200', ext='200', jwt_url='https://broadworks-idp-proxy.example.com/x')
    P['ents'] = ['spark', 'webex-squared', 'squared-call-initiation', 'squared-syncup', 'cloudmeetings',
                 'squared-room-moderation', 'messenger-interop', 'spark-test-account']
    P['no_conn_msg'] = 'Telephony: user is not entitled for BroadWorks calling; phone services not offered'
    S = dict(ver='kv', ident='json', ent='json_inline', cb='kv', gap=(30, 90), nf='desk')
    L = Log(r, dt('2025-02-11T10:05:44'), 'desk', WIN_B, brackets=True, thread_style='win')
    run_client(L, P, S, {'lan': 61})
    files = {'olivia.brandt/2025-02-11/current_log.txt': L.text()}
    emit('c09_win11_no_broadworks_connector.zip', files, {
        'scenario': 'Windows 11, 45.2 (2025): entitlements printed as one JSON object lack broadworks-connector; BWC never starts',
        'must': ['entitlement-missing'],
        'timeline': tl(app_start='ok', entitlements='failed', bwc_init='not-seen', token='not-seen',
                       sip_register='not-seen', registered='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform')})



@bundle
def c10():
    r = random.Random(110)
    P = person(r, email='tariq.aziz@aziz-motors.example.net', display='Tariq Aziz', family='Android',
               version='42.10.0.23814', os_line='Android 12', model='SM-G780G', num='97145550102',
               domain='sip.example.net', xsp='xsp-dxb.example.net', sbc_host='sbc-dxb.example.net', sbc_port=5061,
               sbc_ip='203.0.113.102', transport='TLS', kind='mob', local_ip='192.0.2.102', phone='+97145550102',
               ext='102', jwt_url='https://broadworks-idp-proxy.example.com/v')
    P['ents'] = ['spark', 'squared-call-initiation', 'webex-squared', 'cloudmeetings', 'squared-syncup',
                 'squared-fusion-mgmt']
    P['no_conn_msg'] = 'hasBroadWorksEntitlement=false -> BroadWorks line not created'
    S = dict(ver='ua', ident='logcat', ent='json_split', cb='kv', gap=(20, 70), nf='logcat')
    L = Log(r, dt('2022-11-07T05:33:12'), 'logcat', AND_B, local_offset_h=4)
    logcat_header(L)
    run_client(L, P, S, {'syspid': 1377})
    files = {'tariq.aziz@aziz-motors.example.net/android/logcat_2022-11-07.txt': L.text()}
    emit('c10_android_no_broadworks_connector.zip', files, {
        'scenario': 'Android 12, 42.10 (2022): entitlements printed as a JSON document over several logcat lines (each with its own prefix), broadworks-connector missing; no BWC',
        'must': ['entitlement-missing'],
        'timeline': tl(app_start='ok', entitlements='failed', bwc_init='not-seen', sip_register='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform')})

@bundle
def c11():
    r = random.Random(111)
    P = person(r, email='ines.carvalho@marfim.example.org', display='Ines Carvalho', family='macOS',
               version='44.6.0.30412', os_line='macOS 14.5 (23F79)', model='MacBookAir10,1', num='351215550147',
               domain='voz.example.org', xsp='xsp.voz.example.org', sbc_host='sbc.voz.example.org', sbc_port=5061,
               sbc_ip='203.0.113.147', transport='TLS', kind='pc', local_ip='192.0.2.147', phone='+351215550147',
               ext='147', jwt_url='https://broadworks-idp-proxy.example.com/y')
    P['ents'] = ['spark', 'webex-squared', 'squared-call-initiation', 'broadworks-connector', 'bc-sp-standard',
                 'cloudmeetings', 'squared-syncup']
    P['mobius_hook'] = mobius_factory('CallingServiceSelector: bc-sp-standard present, selected service WEBEX_CALLING',
                                      'mobius-eu-central-1.example.com', 'json')
    P['skip_bwc'] = True
    P['skip_msg'] = 'BroadWorks calling not started: active calling service is WEBEX_CALLING'
    S = dict(ver='json', ident='swift', ent='per_line', cb='json', gap=(20, 80), nf='desk')
    L = Log(r, dt('2024-07-02T15:20:31'), 'desk', MAC_B, thread_style='mac')
    run_client(L, P, S, {'lan': 147})
    files = {'SparkMacDesktop/current_log.txt': L.text(),
             '__MACOSX/SparkMacDesktop/._current_log.txt': appledouble(r),
             'SparkMacDesktop/last_run_current_log.txt': ''}
    emit('c11_macos_bc_sp_standard.zip', files, {
        'scenario': 'macOS 14, 44.6: entitlements (one per line) include both broadworks-connector and bc-sp-standard; the app picks Webex Calling (Mobius device POST 200) and never starts BWC. __MACOSX AppleDouble entries, empty last_run file',
        'must': ['conflicting-calling-entitlement'], 'must_not': ['entitlement-missing'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='not-seen', sip_register='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform')})


@bundle
def c12():
    r = random.Random(112)
    P = person(r, email='sam.whitfield@whitfield-ins.example.com', display='Sam Whitfield', family='iOS',
               version='43.2.0.24870', os_line='iOS 16.3.1', model='iPhone13,2', num='61291555017',
               domain='uc.example.com', xsp='xsp-syd.uc.example.com', sbc_host='sbc-syd.uc.example.com',
               sbc_port=5061, sbc_ip='203.0.113.171', transport='TLS', kind='mob', local_ip='192.0.2.171',
               phone='+61291555017', ext='5017',
               jwt_url='https://broadworks-idp-proxy-au.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['ents'] = ['spark', 'webex-squared', 'bc-sp-standard', 'squared-call-initiation', 'broadworks-connector',
                 'cloudmeetings']
    P['mobius_hook'] = mobius_factory('calling services active: WEBEX_CALLING (Mobius) + BROADWORKS (BWC)',
                                      'mobius-ap-southeast-2.example.com', 'csf')
    S = dict(ver='csf', ident='csf', ent='swift', cb='kv', http_jwt='json', http_xsi='json', http_dms='json',
             dev_body='summary', cfg_body='summary', sip='csf', wv=3, gap=(20, 60), nf='ios')
    L = Log(r, dt('2023-03-27T23:14:05'), 'desk', IOS_A, thread_style='ios')
    run_client(L, P, S, {})
    files = {'ios_logs_sam.whitfield/Webex/current_log.txt': L.text()}
    emit('c12_iphone_bc_sp_standard_and_mobius.zip', files, {
        'scenario': 'iPhone iOS 16, 43.2: entitlements (Swift array) carry bc-sp-standard next to broadworks-connector; Mobius registers a WEBEX_CALLING device AND BWC registers to the SBC: two calling services at once. SIP in CSF-shaped lines followed by raw message; HTTP as JSON',
        'must': ['conflicting-calling-entitlement', 'multiple-calling-services'], 'must_not': ['entitlement-missing'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='ok', sip_register='ok', registered='ok'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id',
                       'sip_user', 'xsp')})


@bundle
def c13():
    r = random.Random(113)
    P = person(r, email='david.levi@levi-optics.example.net', display='David Levi', family='Windows',
               version='42.6.0.22565', os_line='Windows 10 Enterprise 21H2 (10.0.19044)', num='97235550166',
               domain='pbx.example.net', xsp='xsp.pbx.example.net', sbc_host='sbc.pbx.example.net', sbc_port=5061,
               sbc_ip='203.0.113.166', transport='TLS', kind='pc', local_ip='192.0.2.166', phone='+97235550166',
               ext='166', jwt_url='https://broadworks-idp-proxy.example.com/z')
    P['cb'] = 'NATIVE_SIP_CALL_TO_UCM'
    P['skip_msg'] = 'Telephony: calling handled by UCM (on-prem), BroadWorks calling stays off'
    S = dict(ver='banner', ident='lines', ent='comma', cb='text', gap=(30, 90), nf='desk')
    L = Log(r, dt('2022-06-20T05:48:29'), 'desk', WIN_A, brackets=True, thread_style='win')
    run_client(L, P, S, {'lan': 166})
    files = {'WebexLogs_dlevi_20220620/current_log.txt': L.text(),
             'WebexLogs_dlevi_20220620/media/wme_0.log': media_log(r, dt('2022-06-20T05:50:00'), 60)}
    emit('c13_win10_calling_behavior_ucm.zip', files, {
        'scenario': 'Windows 10, 42.6 (2022): broadworks-connector present, but the calling behaviour is NATIVE_SIP_CALL_TO_UCM, printed in a sentence; BWC never starts',
        'must': ['calling-behavior-not-webex'], 'must_not': ['entitlement-missing'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='not-seen', sip_register='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform')})


@bundle
def c14():
    r = random.Random(114)
    P = person(r, email='amara.nwosu@kitengela-coop.example.org', display='Amara Nwosu', family='Android',
               version='44.0.0.28710', os_line='Android 13', model='SM-G991B', num='254205550131',
               domain='sip.example.org', xsp='xsp-nbo.example.org', sbc_host='sbc-nbo.example.org', sbc_port=5061,
               sbc_ip='198.51.100.131', transport='TLS', kind='mob', local_ip='192.0.2.131', phone='+254205550131',
               ext='131', jwt_url='https://broadworks-idp-proxy-d.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['mobius_hook'] = mobius_factory('CallingServices: WebexCalling=ENABLED, BroadWorks=ENABLED (both lines will be active)',
                                      'mobius-eu-west-1.example.com', 'okhttp')
    S = dict(ver='ua', ident='logcat', ent='per_line', cb='json', http_jwt='okhttp', http_xsi='okhttp',
             http_dms='okhttp', dev_body='json', cfg_body='summary', sip='logcat', wv=0, gap=(20, 70), nf='logcat')
    L = Log(r, dt('2024-01-09T08:03:51'), 'logcat', AND_B, local_offset_h=3)
    logcat_header(L)
    run_client(L, P, S, {'syspid': 1102})
    files = {'Logs/amara.nwosu/android/logcat_20240109.txt': L.text()}
    emit('c14_android_mobius_and_bwc.zip', files, {
        'scenario': 'Android 13 (Galaxy S21), 44.0: no bc-sp-standard, but the app registers a Mobius WEBEX_CALLING device and BWC registers too: two calling services active. logcat; OkHttp lines; device list as JSON summary',
        'must': ['multiple-calling-services'], 'must_not': ['conflicting-calling-entitlement', 'entitlement-missing'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='ok', token='ok', device_list='ok',
                       config_download='ok', sip_register='ok', registered='ok'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id',
                       'sip_user', 'sbc', 'sbc_address', 'xsp')})



@bundle
def c15():
    r = random.Random(115)
    P = person(r, email='emma.larsen@larsen-kontor.example.org', display='Emma Larsen', family='iPadOS',
               version='43.11.0.27580', os_line='iPadOS 16.7.2', model='iPad7,11', num='4532555015',
               domain='sip.example.org', xsp='xsp-cph.example.org', sbc_host='sbc-cph.example.org', sbc_port=5061,
               sbc_ip='203.0.113.115', transport='TLS', kind='tab', local_ip='192.0.2.115', phone='+4532555015',
               ext='5015', jwt_url='https://broadworks-idp-proxy.example.com/u')
    P['cb'] = 'CALL_WITH_APP_REGISTERED_FOR_CISCOTEL'
    P['skip_msg'] = 'calls are handed to the app registered for ciscotel:, in-app BroadWorks calling off'
    S = dict(ver='csf', ident='csf', ent='comma', cb='json', gap=(20, 60), nf='ios')
    L = Log(r, dt('2023-12-12T13:58:20'), 'desk', IOS_A, thread_style='ios')
    run_client(L, P, S, {})
    files = {'ipad/Documents/Logs/current_log.txt': L.text(),
             'ipad/Documents/Logs/current_log_1.txt': ''}
    emit('c15_ipad_calling_behavior_ciscotel.zip', files, {
        'scenario': 'iPad (iPadOS 16), 43.11: identity and start-up in CSF lines; callingBehavior CALL_WITH_APP_REGISTERED_FOR_CISCOTEL in a JSON object; BWC never starts',
        'must': ['calling-behavior-not-webex'], 'must_not': ['entitlement-missing'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='not-seen', sip_register='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform')})

@bundle
def c16():
    r = random.Random(116)
    P = person(r, email='mehmet.yilmaz@bosphorus-tex.example.com', display='Mehmet Yilmaz', family='macOS',
               version='43.9.0.27194', os_line='macOS 13.5.2 (22G91)', model='iMac21,1', num='902125550188',
               domain='x.example.com', xsp='xsp.x.example.com', sbc_host='sbc.x.example.com', sbc_port=5061,
               sbc_ip='203.0.113.188', transport='TLS', kind='pc', local_ip='192.0.2.188', phone='+902125550188',
               ext='188', jwt_url='https://broadworks-idp-proxy.example.com/q')
    P['uap_fail'] = uap_fail_factory([200018, 200018], 'https://activation.example.com',
                                     {200018: 'Failed to validate credentials as user is locked out'})
    S = dict(ver='kv', gap=(20, 60), nf='desk')
    L = Log(r, dt('2023-10-02T06:30:12'), 'desk', MAC_A, thread_style='mac')
    run_client(L, P, S, {'lan': 188})
    files = {'mehmet/SparkMacDesktop/current_log.txt': L.text()}
    emit('c16_macos_activation_portal_locked.zip', files, {
        'scenario': 'macOS 13, 43.9: BroadWorks sign-in through the activation portal fails twice with end-user error 200018 (locked out) in the portal redirect URL; the user gives up before any token',
        'must': ['activation-portal-error'], 'codes': [200018],
        'timeline': tl(app_start='ok', token='not-seen', sip_register='not-seen'),
        'facts': {'client_version': P['version'], 'platform': 'macOS', 'user_email': P['email']}})


@bundle
def c17():
    r = random.Random(117)
    P = person(r, email='chloe.martin@atelier-lumiere.example.org', display='Chloe Martin', family='iOS',
               version='43.6.0.26550', os_line='iOS 16.5', model='iPhone14,5', num='33155501987',
               domain='voip.example.org', xsp='xsp.voip.example.org', sbc_host='sbc.voip.example.org',
               sbc_port=5061, sbc_ip='203.0.113.19', transport='TLS', kind='mob', local_ip='192.0.2.19',
               phone='+33155501987', ext='987', jwt_url='https://broadworks-idp-proxy.example.com/w')
    P['uap_fail'] = uap_fail_factory([100006, 300005], 'https://uap-eu.example.com', csf=True,
                                     extra_msgs={100006: 'Login failed: User ID/password is incorrect',
                                                 300005: 'Precheck failed as user is already queued and being provisioned'})
    S = dict(ver='csf', gap=(20, 60), nf='ios')
    L = Log(r, dt('2023-06-18T17:45:00'), 'desk', IOS_A, thread_style='ios')
    run_client(L, P, S, {})
    files = {'send_logs/chloe.martin@atelier-lumiere.example.org/current_log.txt': L.text()}
    emit('c17_iphone_activation_portal_codes.zip', files, {
        'scenario': 'iPhone iOS 16, 43.6: first activation-portal attempt returns 100006 (wrong password), the second 300005 (user queued for provisioning), both in CSF-shaped lines; sign-in never completes',
        'must': ['activation-portal-error'], 'codes': [100006, 300005],
        'timeline': tl(app_start='ok', token='not-seen', sip_register='not-seen'),
        'facts': {'client_version': P['version'], 'platform': 'iOS', 'user_email': P['email']}})


@bundle
def c18():
    r = random.Random(118)
    P = person(r, email='ravi.iyer@sundaram-textiles.example.com', display='Ravi Iyer', family='Windows',
               version='44.8.0.30404', os_line='Windows 11 Pro 23H2 (10.0.22631)', num='912255501444',
               domain='cpaas.example.com', xsp='xsp-bom.cpaas.example.com', sbc_host='sbc-bom.cpaas.example.com',
               sbc_port=5061, sbc_ip='198.51.100.144', transport='TLS', kind='pc', local_ip='192.0.2.144',
               phone='+912255501444', ext='1444',
               jwt_url='https://broadworks-idp-proxy-in.example.com/broadworks-idp-proxy/api/v1/jwt')

    def dirsync(L, P, S, ctx):
        _nz(L, S, ctx, 40)
        tid = 'CLIENT_' + ruuid(L.r)
        P['tid_dir'] = tid
        L.w('I', 'dir', 'GET https://broadworks-directory.example.com/api/v1/orgs/%s/sync/status trackingId=%s' % (P['org'], tid))
        L.w('W', 'dir', 'directory sync status: ' + json.dumps({'status': 'FAILED', 'errorCode': 600014,
             'message': 'BroadWorks External Directory User Sync failed while trying to connect to BroadWorks cluster. Error from BroadWorks - connection timed out'}))
        L.w('I', 'dir', 'enterprise directory will fall back to cached contacts (%d entries)' % L.r.randint(30, 300))
    P['after_reg_hook'] = dirsync
    S = dict(ver='banner', ident='kv', ent='semi', cb='kv', http_jwt='kv', http_xsi='kv', http_dms='kv',
             dev_body='summary', cfg_body='summary', sip='block', wv=1, gap=(20, 70), nf='desk',
             kvkeys={'m': 'verb', 'u': 'uri', 't': 'tid', 's': 'code'})
    L = Log(r, dt('2024-09-30T04:12:09'), 'desk', WIN_A, thread_style='win')
    run_client(L, P, S, {'lan': 144})
    files = {'CiscoSpark/current_log.txt': L.text()}
    emit('c18_win11_directory_sync_600014.zip', files, {
        'scenario': 'Windows 11, 44.8: registration healthy; the BroadWorks directory sync status call returns errorCode 600014 in a JSON object; entitlements semicolon-separated; HTTP key=value with keys verb/uri/tid/code',
        'must': ['directory-sync-error'], 'codes': [600014],
        'timeline': OK_ALL,
        'facts': facts(P, *ALL_CLIENT_FACTS)})


@bundle
def c19():
    r = random.Random(119)
    P = person(r, email='kofi.mensah@accra-freight.example.net', display='Kofi Mensah', family='Windows',
               version='43.10.0.27363', os_line='Windows 10 Pro 22H2 (10.0.19045)', num='233305550172',
               domain='voice.example.net', xsp='xsp2.voice.example.net', sbc_host='sbc2.voice.example.net',
               sbc_port=5061, sbc_ip='203.0.113.172', transport='TLS', kind='pc', local_ip='192.0.2.172',
               phone='+233305550172', ext='172',
               jwt_url='https://broadworks-idp-proxy-a.example.com/broadworks-idp-proxy/api/v1/jwt?orgId=%s')
    P['jwt_url'] = P['jwt_url'] % P['org']
    P['jwt_status'] = 503
    P['jwt_body'] = '{"message":"Upstream BroadWorks authentication service unavailable","errors":[{"description":"authService timeout"}]}'
    S = dict(ver='lines', ident='json', ent='json_split', cb='enum', http_jwt='kv', wv=2, gap=(20, 70), nf='desk',
             kvkeys={'m': 'verb', 'u': 'uri', 't': 'TrackingID', 's': 'httpCode'}, between=25)
    L = Log(r, dt('2023-11-15T09:01:37'), 'desk', WIN_B, thread_style='win')
    run_client(L, P, S, {'lan': 172})
    files = {'kmensah_logs/current_log.txt': L.text()}
    emit('c19_win10_jwt_503.zip', files, {
        'scenario': 'Windows 10, 43.10: the BroadWorks JWT GET to broadworks-idp-proxy is answered 503 on a later line that names only the TrackingID (25 noise lines in between); nothing after the token',
        'must': ['token-fetch-failed'], 'must_not': ['xsi-request-failed'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='ok', token='failed', device_list='not-seen',
                       config_download='not-seen', sip_register='not-seen', registered='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform',
                       extra={'tracking_ids': [P['tid_jwt']]})})


@bundle
def c20():
    r = random.Random(120)
    P = person(r, email='grace.liu@harbourview-accounting.example.com', display='Grace Liu', family='iPadOS',
               version='44.5.0.30215', os_line='iPadOS 17.2', model='iPad13,4', num='61295550133',
               domain='sip.example.net', xsp='xsp02.example.net', sbc_host='sbc-mel.example.net', sbc_port=5061,
               sbc_ip='203.0.113.133', transport='TLS', kind='tab', local_ip='192.0.2.133', phone='+61295550133',
               ext='133', jwt_url='https://broadworks-idp-proxy-au.example.com/broadworks-idp-proxy/api/v1/token')
    P['jwt_status'] = 500
    P['jwt_body'] = '{"errorCode":500,"message":"Failed to obtain BroadWorks token"}'
    P['tid_jwt'] = 'CLIENT_' + ruuid(r)
    S = dict(ver='json', ident='swift', ent='swift', cb='enum', http_jwt='swift', wv=1, gap=(20, 70), nf='ios',
             between=6)
    t0 = dt('2024-02-26T22:50:02')
    L = Log(r, t0, 'desk', IOS_A, thread_style='ios')
    run_client(L, P, S, {})
    inner = zip_bytes({'Logs/current_log.txt': L.text()})
    X = XspFlow(r, 'AEST', 'xsp02.example.net', P['bw_user'], P['email'], idp_ip='198.51.100.201')
    X.start(t0 - timedelta(minutes=20))
    xsp_noise_until(X.xa, P['_t_token'] - timedelta(seconds=25))
    xsp_noise_until(X.auth, P['_t_token'], cat='authService')
    X.profile_get(P['_t_token'] - timedelta(seconds=25), 'CLIENT_' + ruuid(r))
    X.token(P['_t_token'] + timedelta(milliseconds=180), P['tid_jwt'], status=401,
            reason_line='client certificate rejected: peer chain length 2 exceeds HttpClientAuthentication chainDepth=1 (CN=broadworks-idp-proxy-au.example.com)')
    xsp_noise(X.xa, 200)
    xsp_noise(X.auth, 30, cat='authService')
    xf = X.files()
    files = {'client/ipad_send_logs_grace.liu.zip': inner,
             'xsp02/var/broadworks/logs/xsp/access_log.2024-02-27.txt': xf['access_log'],
             'xsp02/var/broadworks/logs/xsp/XsiActionsLog/XsiActionsLog2024.02.27-08.30.00.txt': xf['XsiActionsLog'],
             'xsp02/var/broadworks/logs/xsp/authService/authenticationService.log': xf['authenticationService.log'],
             'xsp02/cli_output.txt': cli_dump('xsp02.example.net', False, True, 1)}
    emit('c20_ipad_jwt_500_xsp_chaindepth.zip', files, {
        'scenario': 'iPad (iPadOS 17), 44.5 plus XSP logs in AEST: the JWT request to broadworks-idp-proxy gets 500; the XSP authenticationService answers the IdP proxy GET /authService/token with StatusCode=401 (client chain rejected), and the pasted CLI shows HttpClientAuthentication chainDepth = 1 (CertificateAuthentication itself is right). Client log in a nested zip; URLSession-style task lines',
        'must': ['token-fetch-failed', 'xsp-token-failed', 'xsp-chain-depth-too-low'],
        'must_not': ['xsp-cert-auth-misconfigured', 'xsi-request-failed'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='ok', token='failed', device_list='not-seen',
                       sip_register='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id',
                       extra={'tracking_ids': [P['tid_jwt']]})})


@bundle
def c21():
    r = random.Random(121)
    P = person(r, email='ethan.brooks@brooks-vet.example.com', display='Ethan Brooks', family='macOS',
               version='44.7.0.30288', os_line='macOS 14.6.1 (23G93)', model='Mac14,2', num='6175550164',
               domain='bw.example.com', xsp='xsp-bos.bw.example.com', sbc_host='sbc-bos.bw.example.com',
               sbc_port=5061, sbc_ip='203.0.113.164', transport='TLS', kind='pc', local_ip='192.0.2.164',
               phone='+16175550164', ext='164',
               jwt_url='https://broadworks-idp-proxy-us.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['xsi_status'] = 500
    P['xsi_body'] = '<?xml version="1.0" encoding="UTF-8"?>\n<ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>Internal error</summary><summaryEnglish>Internal error</summaryEnglish></ErrorInfo>'
    P['tid_xsi'] = 'CLIENT_' + ruuid(r)
    P['tid_jwt'] = 'CLIENT_' + ruuid(r)
    S = dict(ver='banner', ident='lines', ent='comma', cb='kv', http_jwt='dump', http_xsi='dump', http_dms='dump',
             wv=0, gap=(20, 70), nf='desk', between=4)
    t0 = dt('2024-08-07T13:22:45')
    L = Log(r, t0, 'desk', MAC_A, thread_style='mac')
    run_client(L, P, S, {'lan': 164})
    X = XspFlow(r, 'EDT', P['xsp'], P['bw_user'], P['email'], idp_ip='198.51.100.99', client_ip='203.0.113.201')
    X.start(t0 - timedelta(minutes=30))
    xsp_noise_until(X.xa, P['_t_token'] - timedelta(seconds=31))
    xsp_noise_until(X.auth, P['_t_token'], cat='authService')
    X.profile_get(P['_t_token'] - timedelta(seconds=31), 'CLIENT_' + ruuid(r))
    X.token(P['_t_token'] + timedelta(milliseconds=150), P['tid_jwt'])
    X.device_list(P['_t_xsi'] + timedelta(milliseconds=120), P['tid_xsi'], P['devices'], status=500,
                  oci_error='OCI-P connection to AS 192.0.2.250:2208 reset while waiting for UserPrimaryAndSCADeviceGetListResponse; request failed')
    xsp_noise(X.xa, 300)
    xf = X.files()
    files = {'client/SparkMacDesktop/current_log.txt': L.text(),
             'server/xsp-bos/access_log': xf['access_log'],
             'server/xsp-bos/XsiActionsLog.txt': xf['XsiActionsLog'],
             'server/xsp-bos/authenticationService.txt': xf['authenticationService.log']}
    emit('c21_macos_xsi_500_with_xsp_logs.zip', files, {
        'scenario': 'macOS 14, 44.7 plus XSP logs in EDT: token fine (authService StatusCode=200), then Xsi-Actions profile/device answered 500 because the OCI-P device-list request to the AS timed out; client HTTP as multi-line dumps whose answer names the TrackingID',
        'must': ['xsi-request-failed', 'xsp-profile-request-failed'],
        'must_not': ['xsp-token-failed', 'token-fetch-failed', 'device-profile-missing'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='ok', token='ok', device_list='failed',
                       config_download='not-seen', sip_register='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id',
                       'xsp', extra={'tracking_ids': [P['tid_xsi']]})})



@bundle
def c22():
    r = random.Random(122)
    P = person(r, email='ana.popescu@carpati-consult.example.com', display='Ana Popescu', family='Android',
               version='44.7.0.30290', os_line='Android 14', model='SM-S911B', num='40215550133',
               domain='voip.example.com', xsp='xsp-buh.voip.example.com', sbc_host='sbc-buh.voip.example.com',
               sbc_port=5061, sbc_ip='198.51.100.133', transport='TLS', kind='mob', local_ip='192.0.2.133',
               phone='+40215550133', ext='133',
               jwt_url='https://broadworks-idp-proxy-ro.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['xsi_status'] = 403
    P['xsi_body'] = '<ErrorInfo xmlns="http://schema.broadsoft.com/xsi"><summary>Forbidden</summary><summaryEnglish>Forbidden</summaryEnglish></ErrorInfo>'
    P['tid_xsi'] = 'CLIENT_' + ruuid(r)
    S = dict(ver='ua', ident='logcat', ent='comma', cb='text', http_jwt='colon', http_xsi='colon',
             http_dms='colon', wv=3, gap=(20, 70), nf='logcat', between=8)
    L = Log(r, dt('2024-08-28T10:15:52'), 'logcat', AND_B, local_offset_h=3)
    logcat_header(L)
    run_client(L, P, S, {'syspid': 1188})
    files = {'logs/ana.popescu/logcat_current.txt': L.text()}
    emit('c22_android_xsi_403.zip', files, {
        'scenario': 'Android 14, 44.7: token fine; Xsi-Actions profile/device answered 403 on a later logcat line that names only the trackingid ("httpStatus = [403]"), ErrorInfo body follows',
        'must': ['xsi-request-failed'], 'must_not': ['token-fetch-failed', 'device-profile-missing'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='ok', token='ok', device_list='failed',
                       config_download='not-seen', sip_register='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id',
                       'xsp', extra={'tracking_ids': [P['tid_xsi']]})})

@bundle
def c23():
    r = random.Random(123)
    P = person(r, email='sofia.lindqvist@fjord-design.example.org', display='Sofia Lindqvist', family='Windows',
               version='43.12.0.27839', os_line='Windows 11 Enterprise 22H2 (10.0.22621)', num='4685550129',
               domain='sip.example.org', xsp='xsp-sto.example.org', sbc_host='sbc-sto.example.org', sbc_port=5061,
               sbc_ip='198.51.100.129', transport='TLS', kind='pc', local_ip='192.0.2.129', phone='+4685550129',
               ext='129', dev_kinds=('mob', 'tab'),
               jwt_url='https://broadworks-idp-proxy-se.example.com/broadworks-idp-proxy/api/v1/jwt')
    S = dict(ver='kv', ident='json', ent='json_inline', cb='json', http_jwt='json', http_xsi='json',
             http_dms='json', dev_body='xml_compact', wv=0, gap=(20, 70), nf='desk')
    L = Log(r, dt('2024-01-16T07:55:10'), 'desk', WIN_A, brackets=True, thread_style='win')
    run_client(L, P, S, {'lan': 129})
    files = {'Sofia/AppData/Local/CiscoSpark/current_log.txt': L.text()}
    emit('c23_win11_no_pc_device_profile.zip', files, {
        'scenario': 'Windows 11, 43.12: the Xsi-Actions device list (compact XML in the JSON-logged answer) has only Connect - Mobile and Business Communicator - Tablet; BWC says the Business Communicator - PC profile is not found',
        'must': ['device-profile-missing'], 'must_not': ['xsi-request-failed'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='ok', token='ok', device_list='failed',
                       config_download='not-seen', sip_register='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id',
                       'xsp')})


@bundle
def c24():
    r = random.Random(124)
    P = person(r, email='pieter.jansen@polder-bouw.example.net', display='Pieter Jansen', family='iOS',
               version='44.9.0.30630', os_line='iOS 18.0.1', model='iPhone16,1', num='31205550114',
               domain='voip.example.net', xsp='xsp-ams.voip.example.net', sbc_host='sbc-ams.voip.example.net',
               sbc_port=5061, sbc_ip='203.0.113.114', transport='TLS', kind='mob', local_ip='192.0.2.114',
               phone='+31205550114', ext='114', dev_kinds=('pc', 'tab'),
               jwt_url='https://broadworks-idp-proxy-nl.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['profile_missing_line'] = False
    P['missing_msg2'] = "BWC:SCF: ConfigDownload - no access device of type 'Connect - Mobile' for this user; mobile calling unavailable"
    S = dict(ver='csf', ident='swift', ent='json_split', cb='text', http_jwt='csf', http_xsi='csf', http_dms='csf',
             dev_body='summary', wv=2, gap=(20, 60), nf='ios')
    L = Log(r, dt('2024-10-08T11:02:58'), 'desk', IOS_A, thread_style='ios')
    run_client(L, P, S, {})
    files = {'Webex_iOS/Logs/current_log.txt': L.text(),
             'Webex_iOS/Logs/current_log_1.txt': ''}
    emit('c24_iphone_no_connect_mobile_device.zip', files, {
        'scenario': 'iPhone iOS 18, 44.9: the device list (summarised one line) has Business Communicator - PC and - Tablet only, no Connect - Mobile; BWC warns no mobile device; HTTP in CSF lines',
        'must': ['device-profile-missing'], 'must_not': ['xsi-request-failed'],
        'timeline': tl(app_start='ok', token='ok', device_list='failed', config_download='not-seen',
                       sip_register='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id',
                       'xsp')})


@bundle
def c25():
    r = random.Random(125)
    P = person(r, email='mia.kowalski@kowalski-dental.example.com', display='Mia Kowalski', family='macOS',
               version='42.12.0.24485', os_line='macOS 12.6.2 (21G320)', model='MacBookPro16,1', num='48225550155',
               domain='sip.example.com', xsp='xsp-waw.example.com', sbc_host='sbc-waw.example.com', sbc_port=5061,
               sbc_ip='203.0.113.155', transport='TLS', kind='pc', local_ip='192.0.2.155', phone='+48225550155',
               ext='155', jwt_url='https://broadworks-idp-proxy-pl.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['dms_status'] = 404
    P['dms_body'] = '<html><head><title>404 Not Found</title></head><body>Device profile file not found</body></html>'
    P['tid_dms'] = 'CLIENT_' + ruuid(r)
    S = dict(ver='kv', ident='kv', ent='comma', cb='kv', http_jwt='kv', http_xsi='kv', http_dms='kv',
             dev_body='xml', wv=1, gap=(20, 70), nf='desk', between=3)
    L = Log(r, dt('2023-01-12T10:40:05'), 'desk', MAC_A, thread_style='mac')
    run_client(L, P, S, {'lan': 155})
    files = {'Library/Logs/SparkMacDesktop/current_log.txt': L.text(),
             'Library/Logs/SparkMacDesktop/media/wme.log': media_log(r, dt('2023-01-12T10:41:00'), 40)}
    emit('c25_macos_dms_404_folder', files, {
        'scenario': 'macOS 12, 42.12 (2023), plain folder: device list fine, the DMS GET /dms/bc/pc/config.xml is answered 404; key=value HTTP lines',
        'must': ['config-download-failed'], 'must_not': ['config-parse-failed', 'device-profile-missing'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='ok', token='ok', device_list='ok',
                       config_download='failed', sip_register='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id',
                       'xsp', extra={'tracking_ids': [P['tid_dms']]})}, as_zip=False)


@bundle
def c27():
    r = random.Random(127)
    P = person(r, email='juergen.weiss@weiss-bau.example.com', display='Jürgen Weiß', family='Windows',
               version='44.1.0.29180', os_line='Windows 10 Enterprise 22H2 (10.0.19045)', num='498955501301',
               domain='voice.example.com', xsp='xsp-muc.voice.example.com', sbc_host='sbc-muc.voice.example.com',
               sbc_port=5061, sbc_ip='198.51.100.130', transport='TLS', kind='pc', local_ip='192.0.2.130',
               phone='+498955501301', ext='1301',
               jwt_url='https://broadworks-idp-proxy-de.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['cfg_encoding'] = 'ISO-8859-1'
    P['cfg_parse_fail'] = True
    P['cfg_truncate'] = 19
    S = dict(ver='banner', ident='kv', ent='json_split', cb='kv', http_jwt='arrow', http_xsi='arrow',
             http_dms='arrow', dev_body='summary', cfg_body='xml', wv=0, gap=(20, 70), nf='desk')
    L = Log(r, dt('2024-01-30T07:00:44'), 'desk', WIN_A, thread_style='win')
    run_client(L, P, S, {'lan': 130})
    files = {'logs/weiss/CiscoSpark/current_log.txt': L.text()}
    emit('c27_win10_config_parse_1507.zip', files, {
        'scenario': 'Windows 10, 44.1: DMS config downloads (200) but is declared ISO-8859-1 and cut short; parser says Incomplete, BWC fails with errorCode=1507; HTTP as one line per exchange with -> status',
        'must': ['config-parse-failed'], 'must_not': ['config-download-failed', 'sip-register-timeout'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='ok', token='ok', device_list='ok',
                       config_download='failed', sip_register='not-seen', registered='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id',
                       'xsp')})


@bundle
def c28():
    r = random.Random(128)
    P = person(r, email='diego.alvarez@andes-logistica.example.org', display='Diego Alvarez', family='Android',
               version='43.9.0.27355', os_line='Android 12', model='moto g(60)', num='5625550111',
               domain='sip.example.org', xsp='xsp-scl.example.org', sbc_host='sbc-scl.example.org', sbc_port=5061,
               sbc_ip='198.51.100.111', transport='TLS', kind='mob', local_ip='192.0.2.111', phone='+5625550111',
               ext='111', jwt_url='https://broadworks-idp-proxy-cl.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['tag_left'] = '%SBC_ADDRESS_WXT%'
    P['tag_msg'] = "BWC:SCF: cannot create SIP line: outbound proxy host '%SBC_ADDRESS_WXT%' is invalid"
    S = dict(ver='ua', ident='logcat', ent='semi', cb='kv', http_jwt='okhttp', http_xsi='okhttp', http_dms='okhttp',
             dev_body='json', cfg_body='xml', sip='logcat', wv=1, gap=(20, 70), nf='logcat')
    L = Log(r, dt('2023-09-21T13:14:15'), 'logcat', AND_B, local_offset_h=-3)
    logcat_header(L)
    run_client(L, P, S, {'syspid': 911})
    files = {'diego.alvarez/logcat-2023-09-21.txt': L.text()}
    emit('c28_android_unresolved_sbc_tag.zip', files, {
        'scenario': 'Android 12, 43.9: DMS config downloads fine but its <proxy address> still holds %SBC_ADDRESS_WXT%; BWC cannot create the SIP line, no REGISTER. logcat with OkHttp body lines',
        'must': ['unresolved-config-tag'], 'must_not': ['config-parse-failed', 'config-download-failed'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='ok', token='ok', device_list='ok',
                       config_download='ok', sip_register='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id',
                       'sip_user', 'xsp')})


@bundle
def c29():
    r = random.Random(129)
    P = person(r, email='hana.novak@vltava-media.example.com', display='Hana Novak', family='iOS',
               version='44.4.0.30010', os_line='iOS 17.4', model='iPhone15,3', num='420225550108',
               domain='ims.example.com', xsp='xsp-prg.ims.example.com', sbc_host='sbc-prg.ims.example.com',
               sbc_port=5061, sbc_ip='203.0.113.108', transport='TLS', kind='mob', local_ip='192.0.2.108',
               phone='+420225550108', ext='108',
               jwt_url='https://broadworks-idp-proxy-cz.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['sip'] = 'authloop407'
    P['loops'] = 3
    S = dict(ver='json', ident='csf', ent='comma', cb='json', http_jwt='swift', http_xsi='swift', http_dms='swift',
             dev_body='xml', cfg_body='summary', sip='marked', wv=1, gap=(20, 60), nf='ios',
             sip_words=('send to', 'recv from'))
    L = Log(r, dt('2024-04-02T08:18:26'), 'desk', IOS_A, thread_style='ios')
    run_client(L, P, S, {})
    files = {'hana.novak_ios/current_log.txt': L.text()}
    emit('c29_iphone_407_auth_loop.zip', files, {
        'scenario': 'iPhone iOS 17, 44.4: every REGISTER carrying Proxy-Authorization is answered 407 again (3 rounds) and the app gives up; SIP lines marked --> / <-- on every raw line under a "send to"/"recv from" announcement',
        'must': ['sip-auth-failed'], 'must_not': ['sip-register-rejected', 'sip-register-timeout'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='ok', token='ok', device_list='ok',
                       config_download='ok', sip_register='failed', registered='not-seen'),
        'facts': facts(P, *ALL_CLIENT_FACTS)})


@bundle
def c30():
    r = random.Random(130)
    P = person(r, email='fatima.haddad@cedar-pharma.example.net', display='Fatima Haddad', family='Windows',
               version='44.10.0.30906', os_line='Windows 11 Enterprise 23H2 (10.0.22631)', num='96115550199',
               domain='sip.example.net', xsp='xsp-bey.example.net', sbc_host='sbc-bey.example.net', sbc_port=5061,
               sbc_ip='203.0.113.199', transport='TLS', kind='pc', local_ip='192.0.2.199', phone='+96115550199',
               ext='199', jwt_url='https://broadworks-idp-proxy-me.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['sip'] = 'reject'
    P['reject_code'] = 403
    P['reject_reason'] = 'Forbidden - device not provisioned'
    P['tail'] = 28000
    S = dict(ver='banner', ident='json', ent='comma', cb='kv', http_jwt='colon', http_xsi='colon',
             http_dms='colon', dev_body='xml', cfg_body='summary', sip='block', compact=True, wv=3, gap=(200, 500),
             nf='desk', mean_ms=130, sip_words=('Sent to', 'Received from'))
    L = Log(r, dt('2024-11-04T06:30:00'), 'desk', WIN_B, brackets=True, thread_style='win')
    run_client(L, P, S, {'lan': 199})
    old = Log(random.Random(1301), dt('2024-11-04T02:10:00'), 'desk', WIN_B, brackets=True)
    noise(old, 6000, {'lan': 199})
    files = {'fhaddad/Webex/CiscoSpark/current_log.txt': L.text(),
             'fhaddad/Webex/CiscoSpark/current_log.txt.1': old.text()}
    emit('c30_win11_register_403_compact_big.zip', files, {
        'scenario': 'Windows 11, 44.10: ~35k-line log plus rotated current_log.txt.1 (older, noise only); REGISTER challenged 401, re-sent with credentials and answered 403 Forbidden; SIP printed with compact header names (v/f/t/i/m/l); HTTP "url: ..., method: ..." / "httpStatus = [200]"',
        'must': ['sip-register-rejected'], 'must_not': ['sip-auth-failed', 'sip-register-timeout'],
        'timeline': tl(app_start='ok', entitlements='ok', bwc_init='ok', token='ok', device_list='ok',
                       config_download='ok', sip_register='failed', registered='not-seen'),
        'facts': facts(P, *ALL_CLIENT_FACTS)})


@bundle
def c32():
    r = random.Random(132)
    P = person(r, email='lars.eriksen@nordlys-el.example.org', display='Lars Eriksen', family='Android',
               version='45.1.0.31402', os_line='Android 15', model='Pixel 8a', num='4722555014',
               domain='sip.example.org', xsp='xsp-osl.example.org', sbc_host='sbc-osl.example.org', sbc_port=5060,
               sbc_ip='198.51.100.14', transport='UDP', kind='mob', local_ip='192.0.2.14', phone='+4722555014',
               ext='5014', jwt_url='https://broadworks-idp-proxy-no.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['sip'] = 'timeout_udp'
    P['timerf_msg'] = 'BWC:SIP: REGISTER transaction %s expired after 32s without any response from %s'
    P['give_up'] = 'BWC:SCF: registration failed: SBC did not answer'
    S = dict(ver='ua', ident='logcat', ent='comma', cb='text', http_jwt='okhttp', http_xsi='okhttp',
             http_dms='okhttp', dev_body='json', cfg_body='summary', sip='logcat_caret', wv=2, gap=(20, 60),
             nf='logcat')
    L = Log(r, dt('2025-01-20T07:07:07'), 'logcat', AND_A, local_offset_h=1)
    logcat_header(L)
    run_client(L, P, S, {'syspid': 1501})
    files = {'Webex/android/2025-01-20/logcat_main.txt': L.text()}
    emit('c32_android_register_timeout_udp.zip', files, {
        'scenario': 'Android 15, 45.1: REGISTER over UDP retransmitted (T1 doubling) with no answer until Timer F; SIP lines in logcat each ending in a literal ^M',
        'must': ['sip-register-timeout'], 'must_not': ['sip-register-rejected', 'sip-auth-failed'],
        'timeline': tl(app_start='ok', token='ok', device_list='ok', config_download='ok', sip_register='failed',
                       registered='not-seen'),
        'facts': facts(P, *ALL_CLIENT_FACTS)})


@bundle
def c33():
    r = random.Random(133)
    P = person(r, email='oscar.lind@lind-revision.example.com', display='Oscar Lind', family='Windows',
               version='42.2.0.21338', os_line='Windows 10 Pro 21H2 (10.0.19044)', num='46315550140',
               domain='voice.example.com', xsp='xsp-got.voice.example.com', sbc_host='sbc-got.voice.example.com',
               sbc_port=5061, sbc_ip='203.0.113.240', transport='TLS', kind='pc', local_ip='192.0.2.240',
               phone='+46315550140', ext='140',
               jwt_url='https://broadworks-idp-proxy-se.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['sip'] = 'tls_refused'
    P['tries'] = 4
    S = dict(ver='lines', ident='lines', ent='per_line', cb='text', http_jwt='json', http_xsi='json',
             http_dms='json', dev_body='xml', cfg_body='xml', sip='block', wv=1, gap=(20, 60), nf='desk')
    L = Log(r, dt('2022-02-14T08:31:40'), 'desk', WIN_OLD, thread_style='win')
    run_client(L, P, S, {'lan': 240})
    files = {'CiscoSpark/current_log.txt': L.text(), 'CiscoSpark/ced.dat': ced_blob(r, 900)}
    emit('c33_win10_tls_connection_refused.zip', files, {
        'scenario': 'Windows 10, 42.2 (2022): every TLS connect to the SBC 203.0.113.240:5061 is refused (WSAECONNREFUSED), no SIP message ever leaves; BWC gives up',
        'must': ['sip-register-timeout'], 'must_not': ['sip-register-rejected'],
        'timeline': tl(app_start='ok', token='ok', device_list='ok', config_download='ok', sip_register='failed',
                       registered='not-seen'),
        'facts': facts(P, 'user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id',
                       'sip_user', 'sbc', 'xsp')})


@bundle
def c34():
    r = random.Random(134)
    P = person(r, email='yuki.sato@sato-ganka.example.net', display='Yuki Sato', family='Windows',
               version='44.5.0.30180', os_line='Windows 11 Home 23H2 (10.0.22631)', num='81355550121',
               domain='voip.example.net', xsp='xsp-tyo.voip.example.net', sbc_host='sbc-tyo.voip.example.net',
               sbc_port=5061, sbc_ip='198.51.100.121', transport='TLS', kind='pc', local_ip='192.0.2.121',
               phone='+81355550121', ext='121',
               jwt_url='https://broadworks-idp-proxy-jp.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['expires'] = 600
    P['displace'] = 'refresh'
    P['other_contact'] = '<sip:%s@192.0.2.222:61022;transport=tls>;+sip.instance="<urn:uuid:%s>";expires=597' % (
        P['cfg']['sip_user'], ruuid(r))
    S = dict(ver='kv', ident='kv', ent='json_inline', cb='kv', http_jwt='kv', http_xsi='kv', http_dms='kv',
             dev_body='summary', cfg_body='summary', sip='escaped', wv=1, gap=(20, 60), nf='desk',
             sip_words=('send', 'recv'))
    L = Log(r, dt('2024-05-27T00:40:10'), 'desk', WIN_A, thread_style='win')
    run_client(L, P, S, {'lan': 121})
    files = {'CiscoSpark/current_log.txt': L.text()}
    emit('c34_win11_displaced_on_refresh.zip', files, {
        'scenario': 'Windows 11, 44.5: registers (200 lists own contact), then the refresh REGISTER 5 minutes later gets a 200 whose only Contact is another PC (192.0.2.222, other +sip.instance) on the same line; SIP as single escaped lines',
        'must': ['registration-displaced'], 'must_not': ['sip-register-rejected', 'sip-auth-failed'],
        'timeline': tl(app_start='ok', token='ok', device_list='ok', config_download='ok', sip_register='ok'),
        'facts': facts(P, *ALL_CLIENT_FACTS)})


@bundle
def c35():
    r = random.Random(135)
    P = person(r, email='nadia.petrova@volga-trade.example.com', display='Nadia Petrova', family='Android',
               version='43.3.0.25110', os_line='Android 13', model='SM-A536B', num='35925550174',
               domain='sip.example.com', xsp='xsp-sof.example.com', sbc_host='sbc-sof.example.com', sbc_port=5061,
               sbc_ip='203.0.113.174', transport='TLS', kind='mob', local_ip='192.0.2.174', phone='+35925550174',
               ext='174', jwt_url='https://broadworks-idp-proxy-bg.example.com/broadworks-idp-proxy/api/v1/jwt')
    P['regevent'] = True
    P['displace'] = 'notify'
    P['other_uri'] = 'sip:%s@192.0.2.231:40112;transport=tls' % P['cfg']['sip_user']
    S = dict(ver='ua', ident='logcat', ent='comma', cb='kv', http_jwt='okhttp', http_xsi='okhttp',
             http_dms='okhttp', dev_body='json', cfg_body='summary', sip='logcat', wv=0, gap=(20, 60), nf='logcat')
    L = Log(r, dt('2023-04-11T09:09:09'), 'logcat', AND_A, local_offset_h=3)
    logcat_header(L)
    run_client(L, P, S, {'syspid': 1220})
    files = {'android_logs/logcat.txt.gz': gz(L.text()),
             'android_logs/README.txt': 'Logs sent from Webex for Android via Send Logs.\n'}
    emit('c35_android_regevent_rejected_gz.zip', files, {
        'scenario': 'Android 13, 43.3: logcat gzipped inside the zip; registers, subscribes to reg event; a later reg-event NOTIFY (application/reginfo+xml, partial) marks our contact terminated event="rejected" and adds another device\'s contact',
        'must': ['registration-displaced'], 'must_not': ['sip-register-rejected'],
        'timeline': tl(app_start='ok', token='ok', device_list='ok', config_download='ok', sip_register='ok'),
        'facts': facts(P, *ALL_CLIENT_FACTS)})


# ======================================================================
# SERVER BUNDLES
# ======================================================================
@bundle
def s01():
    r = random.Random(201)
    tz = 'CET'
    p = dict(bwuserid='3227555019@voice.example.com', first='Elise', last='Dubois',
             email='elise.dubois@dubois-notaires.example.com', phone='+3227555019', ext='5019',
             group='dubois_notaires', sp='harborline_be', tzname='Europe/Brussels')
    target = 'https://provbridge-eu.example.com/provisioning/v1/broadworks/subscribers'
    t0 = dt('2024-03-12T08:00:00')
    ps = pslog_provisioning(r, t0, tz, p, target, 200, pre=800, post=600)
    X = XspFlow(r, tz, 'xsp1.voice.example.com', p['bwuserid'], p['email'], idp_ip='198.51.100.61',
                client_ip='203.0.113.58')
    ts = t0 + timedelta(hours=2, minutes=10)
    X.start(ts)
    xsp_noise(X.xa, 9000)
    xsp_noise_until(X.auth, X.xa.t, cat='authService')
    tid = 'CLIENT_' + ruuid(r)
    t = X.profile_get(X.xa.t + timedelta(seconds=5), 'CLIENT_' + ruuid(r))
    t = X.token(t + timedelta(seconds=9), tid)
    devs = [('Business Communicator - PC', 'edubois_PC', '3227555019_pc@voice.example.com', '/dms/bc/pc/config.xml'),
            ('Connect - Mobile', 'edubois_MOB', '3227555019_mob@voice.example.com', '/dms/connect/mobile/config.xml')]
    t = X.device_list(t + timedelta(seconds=2), tid, devs, ua='WebexTeams (Windows 44.2.0.29562)')
    X.dms(t + timedelta(milliseconds=400), '/dms/bc/pc/config.xml', 'WebexTeams (Windows 44.2.0.29562)')
    xsp_noise(X.xa, 6000)
    xsp_noise_until(X.auth, X.xa.t, cat='authService')
    xf = X.files()
    files = {'as01/var/broadworks/logs/appserver/PSLog2024.03.12-09.00.00.txt': ps,
             'xsp1/var/broadworks/logs/xsp/XsiActionsLog2024.03.12-11.10.00.txt': xf['XsiActionsLog'],
             'xsp1/var/broadworks/logs/xsp/authenticationService2024.03.12-11.10.00.txt.gz': gz(xf['authenticationService.log']),
             'xsp1/var/broadworks/logs/xsp/tomcat/access_log.2024-03-12.txt': xf['access_log'],
             'xsp1/cli_checks.txt': cli_dump('xsp1.voice.example.com', False, True, 3)}
    emit('s01_as_xsp_healthy_cet.zip', files, {
        'scenario': 'Server side, CET: AS PSLog with the flow-through POST to the provisioning bridge answered 200 OK; XSP (15k-line XsiActionsLog with noise) shows profile GET with broadworksTeamsClient, authenticationService token StatusCode=200 (gzipped), profile/device with loopback validation and device list, DMS 401/200 in access_log; CLI checks all correct',
        'must': ['provisioning-accepted'],
        'must_not': ['xsp-token-failed', 'xsp-profile-request-failed', 'xsp-cert-auth-misconfigured',
                     'xsp-chain-depth-too-low', 'provisioning-missing-phone-number', 'provisioning-invalid-email'],
        'must_not_errors': True,
        'facts': {'primary_phone_number': p['phone'], 'provisioning_target': target, 'service_provider': p['sp'],
                  'broadworks_user_id': p['bwuserid'], 'xsp': 'xsp1.voice.example.com'}})


@bundle
def s02():
    r = random.Random(202)
    p = dict(bwuserid='31205550177@sip.example.org', first='Jan', last='de Vries', email='jan.devries.example.org',
             phone='+31205550177', ext='177', group='devries_bv', sp='lowlands_voice', tzname='Europe/Amsterdam')
    target = 'https://provbridge-eu.example.com/provisioning/v1/broadworks/subscribers'
    ps = pslog_provisioning(r, dt('2024-07-08T11:20:00'), 'CEST', p, target, 400,
                            message='Cannot trust BroadWorks emails with legacy provisioning API.', style='b',
                            pre=120, post=80)
    files = {'as2/var/broadworks/logs/appserver/PSLog2024.07.08-13.20.00.txt': ps}
    emit('s02_pslog_400_invalid_email_folder', files, {
        'scenario': 'AS PSLog, CEST, one-line HTTP style: subscriberProfile email has no @ (jan.devries.example.org); the bridge answers 400 with <message>Cannot trust BroadWorks emails with legacy provisioning API.</message>',
        'must': ['provisioning-bad-request', 'provisioning-invalid-email'],
        'must_not': ['provisioning-accepted', 'provisioning-missing-phone-number'],
        'facts': {'primary_phone_number': p['phone'], 'provisioning_target': target, 'service_provider': p['sp'],
                  'broadworks_user_id': p['bwuserid']}}, as_zip=False)


@bundle
def s03():
    r = random.Random(203)
    p = dict(bwuserid='2125550163@bw.example.net', first='Marcus', last='Reed', email='marcus.reed@reed-cpa.example.net',
             phone='+12125550163', ext='163', group='reed_cpa', sp='metroline_us', tzname='America/New_York')
    target = 'https://provbridge-us.example.com/provisioning/v1/broadworks/subscribers'
    ps = pslog_provisioning(r, dt('2023-12-05T15:05:00'), 'EST', p, target, 401, style='a',
                            as_errors=[(18215, 'Provisioning error with the messaging server.')], pre=200, post=100)
    files = {'PSLog/PSLog2023.12.05-10.05.00.txt': ps}
    emit('s03_pslog_401_error18215.zip', files, {
        'scenario': 'AS PSLog, EST, multi-line HTTP style: POST to the bridge answered 401 Unauthorized (provisioning credentials differ), AS then reports [Error 18215] in an OCI-P ErrorResponse',
        'must': ['provisioning-unauthorized', 'impp-provisioning-error'],
        'must_not': ['provisioning-accepted', 'provisioning-forbidden'],
        'facts': {'primary_phone_number': p['phone'], 'provisioning_target': target, 'service_provider': p['sp'],
                  'broadworks_user_id': p['bwuserid'], 'user_email': p['email']}})


@bundle
def s04():
    r = random.Random(204)
    p = dict(bwuserid='551155550119@voz.example.com', first='Beatriz', last='Souza',
             email='beatriz.souza@souza-odonto.example.com', phone='+551155550119', ext='119', group='souza_odonto',
             sp='paulista_tel', tzname='America/Sao_Paulo', lang='Portuguese')
    target = 'https://198.51.100.40/provisioning/v1/broadworks/subscribers'
    ps = pslog_provisioning(r, dt('2024-02-19T17:40:00'), 'BRT', p, target, 403, style='a', pre=150, post=90,
                            retries=1)
    files = {'appserver/logs/PSLog2024.02.19-14.40.00.txt.gz': gz(ps), 'appserver/notes.txt': 'PSLog captured during re-provisioning attempt.\n'}
    emit('s04_pslog_403_ip_target_gz.zip', files, {
        'scenario': 'AS PSLog, BRT, gzipped in the zip: the flow-through POST goes to an IP address (198.51.100.40) instead of the bridge URL and gets 403 Forbidden, twice',
        'must': ['provisioning-forbidden'], 'must_not': ['provisioning-accepted', 'provisioning-unauthorized'],
        'facts': {'primary_phone_number': p['phone'], 'provisioning_target': target, 'service_provider': p['sp'],
                  'broadworks_user_id': p['bwuserid']}})


@bundle
def s05():
    r = random.Random(205)
    p = dict(bwuserid='61395550186@uc.example.org', first='Liam', last='Walsh', email='liam.walsh@walsh-build.example.org',
             phone='+61395550186', ext='186', group='walsh_build', sp='southern_cross_voice',
             tzname='Australia/Melbourne')
    target = 'https://provbridge-ap.example.com/provisioning/v1/broadworks/subscribers'
    ps = pslog_provisioning(r, dt('2024-11-20T23:30:00'), 'AEDT', p, target, 409, style='b',
                            message='A user with email liam.walsh@walsh-build.example.org already exists.',
                            as_errors=[(18211, 'Communication error with the messaging server.')], pre=100, post=60)
    files = {'bw-as-mel/PSLog2024.11.21-10.30.00.txt': ps}
    emit('s05_pslog_409_error18211.zip', files, {
        'scenario': 'AS PSLog, AEDT, one-line HTTP style: bridge answers 409 Conflict (user with that email exists), AS reports [Error 18211]',
        'must': ['provisioning-conflict', 'impp-provisioning-error'], 'must_not': ['provisioning-accepted'],
        'facts': {'primary_phone_number': p['phone'], 'provisioning_target': target, 'service_provider': p['sp'],
                  'broadworks_user_id': p['bwuserid'], 'user_email': p['email']}})


@bundle
def s06():
    r = random.Random(206)
    p = dict(bwuserid='rosa.jimenez@pbx.example.net', first='Rosa', last='Jimenez',
             email='rosa.jimenez@jimenez-law.example.net', phone=None, ext='4410', group='jimenez_law',
             sp='pacific_voice', tzname='America/Los_Angeles')
    target = 'https://provbridge-us.example.com/provisioning/v1/broadworks/subscribers'
    ps = pslog_provisioning(r, dt('2024-04-30T16:00:00'), 'PDT', p, target, 400, style='a',
                            message='Subscriber profile is missing required field primaryPhoneNumber.', pre=160,
                            post=100)
    files = {'as-sjc/PSLog2024.04.30-09.00.00.txt': ps}
    emit('s06_pslog_missing_phone_number.zip', files, {
        'scenario': 'AS PSLog, PDT: the subscriberProfile has an extension but no primaryPhoneNumber element; bridge answers 400 with a message naming it',
        'must': ['provisioning-missing-phone-number', 'provisioning-bad-request'],
        'must_not': ['provisioning-accepted', 'provisioning-invalid-email'],
        'facts': {'provisioning_target': target, 'service_provider': p['sp'], 'broadworks_user_id': p['bwuserid'],
                  'user_email': p['email']}})


@bundle
def s07():
    r = random.Random(207)
    tz = 'IST'
    X = XspFlow(r, tz, 'xsp-blr.example.com', '918055501122@sip.example.com', 'arjun.mehta@mehta-exports.example.com',
                idp_ip='198.51.100.7', client_ip='203.0.113.122')
    X.start(dt('2024-12-02T05:00:00'))
    xsp_noise(X.xa, 500)
    xsp_noise(X.auth, 60, cat='authService')
    xf = X.files()
    cli = cli_dump('xsp-blr.example.com', True, False, 2)
    files = {'xsp-blr/support/cli_capture_2024-12-02.txt': cli,
             'xsp-blr/support/XsiActionsLog2024.12.02-10.30.00.txt': xf['XsiActionsLog']}
    emit('s07_xsp_cli_certauth_wrong.zip', files, {
        'scenario': 'XSP support capture, IST: CLI CertificateAuthentication get shows allowUserApp = true and allowClientApp = false (both wrong); HttpClientAuthentication chainDepth = 2 (fine); quiet XsiActionsLog',
        'must': ['xsp-cert-auth-misconfigured'], 'must_not': ['xsp-chain-depth-too-low'],
        'facts': {}})


def main():
    only = set(sys.argv[1:])
    for fn in BUNDLES:
        if only and fn.__name__ not in only:
            continue
        fn()
    path = os.path.join(OUT, 'expected.json')
    old = {}
    if only and os.path.exists(path):
        old = json.load(open(path))
    old.update(EXPECTED)
    with open(path, 'w') as f:
        json.dump(old, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print('wrote %d bundles' % len(EXPECTED))


if __name__ == '__main__':
    main()
