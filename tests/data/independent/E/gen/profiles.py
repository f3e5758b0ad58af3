"""Imagined app builds: each has its own line shape, component names, wording,
HTTP printing, SIP printing and identity printing."""
from core import Writer, LogFile, fmt_guide, fmt_csf, fmt_logcat
from httpfmt import HttpPrinter
from sip import SipPrinter
import identity as ID


def _t(c, lo=0x200, hi=0xffff):
    return f"0x{c.rint(lo, hi):x}"


# ---------------------------------------------------------------------------
# vocabularies
# ---------------------------------------------------------------------------

def vocab_win_new():
    return {
        "start": [("I", "app", "Webex {version} starting, platform=Windows os=\"{os_detail}\" arch=x64"),
                  ("D", "app", "data dir C:\\Users\\{winuser}\\AppData\\Local\\CiscoSpark")],
        "email_entered": ("I", "auth", "sign-in requested for {email}"),
        "uap_open": ("I", "uap", "BroadWorks authentication: loading activation portal https://uap.example.com/activation/v2/login?ctx={uapctx}"),
        "uap_error": ("E", "uap", "activation portal reported error {code} ({text}); sign-in aborted"),
        "uap_ok": ("I", "uap", "activation portal returned SAML assertion (len=7421)"),
        "ci_token": ("I", "auth", "exchanged SAML assertion for access token, scope count=14"),
        "dirsync": ("W", "dirsync", "directory sync reported errorCode={code}: {text}"),
        "no_connector": ("W", "ent", "BroadWorks calling not enabled for this user: 'broadworks-connector' missing from entitlements"),
        "wxc_ent": ("W", "ent", "entitlement bc-sp-standard (Webex Calling) present"),
        "cb_skip": ("W", "ent", "callingBehavior={calling_behavior} -> BroadWorks calling not started"),
        "mobius_disc": ("I", "mobius", "Webex Calling (Mobius) discovery returned 1 cluster"),
        "mobius_ok": ("I", "mobius", "WEBEX_CALLING line registered with Mobius, state=ACTIVE"),
        "bwc_init": ("I", "bwc", "BWC:SCF: BroadWorks calling library {bwc_version} starting"),
        "token_ok": ("I", "token", "BWC:SCF: BroadWorks JWT received, valid 14 days"),
        "token_fail": ("E", "token", "BWC:SCF: could not get BroadWorks JWT from the IdP proxy (http {status}); calling unavailable"),
        "xsi_retry": ("D", "xsi", "BWC:SCF: Xsi answered with a digest challenge, retrying with credentials"),
        "xsi_fail": ("E", "xsi", "BWC:SCF: access device list request failed (http {status})"),
        "dev_list": ("I", "dms", "BWC:SCF: access devices returned ({count}): {types}"),
        "dev_missing": ("E", "dms", "BWC:SCF: ConfigDownload - no access device of type '{need}' for this user, cannot continue"),
        "dev_found": ("I", "dms", "BWC:SCF: selected access device type '{need}'"),
        "dms_retry": ("D", "dms", "BWC:SCF: DMS asked for digest authentication, resending"),
        "dms_fail": ("E", "dms", "BWC:SCF: ConfigDownload failed with http {status}"),
        "cfg_broken": [("I", "xml", "TP::Xml::Parser: document ended inside an element (line 17)"),
                       ("E", "cfg", "BWC:SCF: configuration could not be parsed"),
                       ("E", "bwc", "BWC:SCF: BroadWorks login failed errorCode=1507")],
        "cfg_placeholder": ("E", "cfg", "BWC:SCF: proxy address '{tag}' is not a host name; config tag not substituted by BroadWorks, registration not started"),
        "cfg_ok": ("I", "cfg", "BWC:SCF: config ok: sip proxy {sbc_host}:{sbc_port} ({transport}), line {sip_user}@{sip_domain}, auth user {auth_user}"),
        "dns": ("D", "sip", "BWC:SIP: DNS {sbc_host} -> {sbc_ip}"),
        "dns_multi": ("D", "sip", "BWC:SIP: DNS {sbc_host} -> {sbc_ip}, {sbc2_ip}"),
        "connecting": ("I", "sip", "BWC:SIP: connecting {transport} to {peer}"),
        "connected": ("I", "sip", "BWC:SIP: {transport} session up with {peer}"),
        "conn_refused": ("E", "sip", "BWC:SIP: connect to {peer} failed: WSAECONNREFUSED (10061), attempt {attempt}"),
        "timer_f": ("W", "reg", "BWC:SIP: no response to REGISTER (branch {branch}) from {peer}, Timer F expired after 32000 ms"),
        "failover_next": ("I", "reg", "BWC:SIP: failing over to next proxy address {peer}"),
        "challenged": ("D", "reg", "BWC:SIP: REGISTER got {code}, answering challenge"),
        "auth_giveup": ("E", "reg", "BWC:SIP: REGISTER still challenged after sending credentials, giving up"),
        "reg_failed": ("E", "reg", "BWC:SCF: BroadWorks Calling - registration failed ({reason})"),
        "reg_rejected": ("E", "reg", "BWC:SIP: REGISTER refused by server: {code} {reason}"),
        "registered": ("I", "reg", "BWC:SIP: line {sip_user} registered through {peer}"),
        "phone_ok": ("I", "ui", "Phone services status: SSO session: you are signed in"),
        "refresh": ("D", "reg", "BWC:SIP: registration refresh due"),
        "displaced": [("W", "reg", "BWC:SIP: refresh answer does not contain our contact; line is now registered by another client"),
                      ("W", "ui", "Phone services status: disconnected")],
        "regevent_sub": ("D", "reg", "BWC:SIP: reg event subscription active"),
        "keepalive": ("D", "sip", "BWC:SIP: keep-alive sent to {peer}"),
    }


def vocab_win_old():
    """Older Windows build, close to the lines in public Cisco documents."""
    return {
        "start": [("I", "app", "Webex Teams version: {version}"),
                  ("I", "app", "OS: {os_detail}")],
        "email_entered": ("I", "auth", "Login - email entered: {email}"),
        "uap_open": ("I", "uap", "Navigating to UAP for BroadWorks password"),
        "uap_error": ("E", "uap", "UAP error page: code {code}, {text}"),
        "uap_ok": ("I", "uap", "UAP login complete"),
        "ci_token": ("I", "auth", "OAuth token ok"),
        "dirsync": ("W", "dirsync", "Directory sync failure {code} - {text}"),
        "no_connector": ("W", "ent", "No broadworks-connector entitlement, BroadWorks calling will not be initialised"),
        "cb_skip": ("W", "ent", "Calling behaviour is {calling_behavior}, not NATIVE_WEBEX_TEAMS_CALLING: skipping BroadWorks"),
        "mobius_disc": ("I", "mobius", "Mobius discovery ok"),
        "mobius_ok": ("I", "mobius", "WebexCalling registration ACTIVE"),
        "bwc_init": ("I", "bwc", "BWC:SCF: BroadWorksManager::init - BroadWorks Calling {bwc_version}"),
        "token_ok": ("I", "token", "BWC:SCF: getBroadWorksToken succeeded"),
        "token_fail": ("E", "token", "BWC:SCF: getBroadWorksToken failed, httpStatus = [{status}]"),
        "xsi_retry": ("D", "xsi", "BWC:SCF: Xsi 401 - retry with digest"),
        "xsi_fail": ("E", "xsi", "BWC:SCF: onAccessDeviceListFailed httpStatus = [{status}]"),
        "dev_list": ("I", "dms", "BWC:SCF: onAccessDeviceListSucceeded - {count} device(s)"),
        "dev_missing": ("E", "dms", "BWC:SCF: ConfigDownload - the device profile '{need}' is not found."),
        "dev_found": ("I", "dms", "BWC:SCF: ConfigDownload - device profile '{need}' found"),
        "dms_retry": ("D", "dms", "BWC:SCF: ConfigDownload - 401, authenticating"),
        "dms_fail": ("E", "dms", "BWC:SCF: ConfigDownload - download failed, httpStatus = [{status}]"),
        "cfg_broken": [("I", "xml", "BWC:INTERNAL: Incomplete"),
                       ("I", "cfg", "BWC:SCF: failed to parse the configuration"),
                       ("E", "bwc", "BWC:SCF: BroadWorks Calling - failed to register client. errorCode=1507"),
                       ("E", "login", "BWC:SCF: Login error occurred: errorCode=1507")],
        "cfg_placeholder": ("E", "cfg", "BWC:SCF: invalid proxy '{tag}' in configuration"),
        "cfg_ok": ("I", "cfg", "BWC:SCF: createConfig ok - proxy {sbc_host}:{sbc_port} {transport} user {sip_user}"),
        "dns": ("D", "sip", "BWC:SIP: resolved {sbc_host} = {sbc_ip}"),
        "dns_multi": ("D", "sip", "BWC:SIP: resolved {sbc_host} = {sbc_ip};{sbc2_ip}"),
        "connecting": ("I", "sip", "BWC:SIP: connect {peer}"),
        "connected": ("I", "sip", "BWC:SIP: connected {peer}"),
        "conn_refused": ("E", "sip", "BWC:SIP: socket connect {peer} error 10061 (connection refused)"),
        "timer_f": ("W", "reg", "BWC:SIP: transaction timeout REGISTER {branch} ({peer})"),
        "failover_next": ("I", "reg", "BWC:SIP: next proxy {peer}"),
        "challenged": ("D", "reg", "BWC:SIP: auth challenge {code}"),
        "auth_giveup": ("E", "reg", "BWC:SIP: authentication failure - too many challenges"),
        "reg_failed": ("E", "reg", "BWC:SCF: BroadWorks Calling - failed to register client"),
        "reg_rejected": ("E", "reg", "BWC:SIP: registration failed {code}"),
        "registered": ("I", "reg", "BWC:SIP: registered ({peer})"),
        "phone_ok": ("I", "ui", "Phone services: connected"),
        "refresh": ("D", "reg", "BWC:SIP: re-register"),
        "displaced": ("W", "reg", "BWC:SIP: contact missing from 200 OK - deregistered by another device"),
        "regevent_sub": ("D", "reg", "BWC:SIP: subscribed reg"),
        "keepalive": ("D", "sip", "BWC:SIP: keepalive {peer}"),
    }


def vocab_mac():
    return {
        "start": [("I", "app", "SparkMacDesktop {version} launched, macOS {os_ver} ({arch})"),
                  ("D", "app", "logs at ~/Library/Logs/SparkMacDesktop")],
        "email_entered": ("I", "auth", "discovery for <{email}> -> BroadWorks auth"),
        "uap_open": ("I", "uap", "presenting BroadWorks login sheet (activation portal)"),
        "uap_error": ("E", "uap", "activation failed errorCode={code} message=\"{text}\""),
        "uap_ok": ("I", "uap", "activation portal finished with assertion"),
        "ci_token": ("I", "auth", "identity token refreshed"),
        "dirsync": ("W", "dirsync", "external directory sync state: failed, code {code} ({text})"),
        "no_connector": ("W", "ent", "eligibility: broadworks-connector NOT entitled -> BroadWorks calling off"),
        "wxc_ent": ("W", "ent", "eligibility: bc-sp-standard entitled (Webex Calling)"),
        "cb_skip": ("W", "ent", "eligibility: behaviour {calling_behavior} != NATIVE_WEBEX_TEAMS_CALLING -> BroadWorks calling off"),
        "mobius_disc": ("I", "mobius", "WebexCalling: discovering Mobius"),
        "mobius_ok": ("I", "mobius", "WebexCalling: device registered (Mobius), line available"),
        "bwc_init": ("I", "bwc", "BWC:SCF: init BroadWorks calling {bwc_version}"),
        "token_ok": ("I", "token", "BWC:SCF: JWT ok"),
        "token_fail": ("E", "token", "BWC:SCF: JWT request failed -> {status}"),
        "xsi_retry": ("D", "xsi", "BWC:SCF: xsi digest retry"),
        "xsi_fail": ("E", "xsi", "BWC:SCF: device list failed -> {status}"),
        "dev_list": ("I", "dms", "BWC:SCF: device types [{types}]"),
        "dev_missing": ("E", "dms", "BWC:SCF: '{need}' not provisioned for user"),
        "dev_found": ("I", "dms", "BWC:SCF: '{need}' found"),
        "dms_retry": ("D", "dms", "BWC:SCF: dms digest retry"),
        "dms_fail": ("E", "dms", "BWC:SCF: config download failed -> {status}"),
        "cfg_broken": [("E", "cfg", "BWC:SCF: config parse error"), ("E", "bwc", "BWC:SCF: register failed errorCode=1507")],
        "cfg_placeholder": [("W", "cfg", "BWC:SCF: <proxy address=\"{tag}\"> unresolved BroadWorks tag in config-wxt"),
                            ("E", "cfg", "BWC:SCF: no usable SIP proxy, line disabled")],
        "cfg_ok": ("I", "cfg", "BWC:SCF: proxy={sbc_host} port={sbc_port} transport={transport} sipUser={sip_user} authUser={auth_user}"),
        "dns": ("D", "sip", "BWC:SIP: A {sbc_host} = {sbc_ip}"),
        "dns_multi": ("D", "sip", "BWC:SIP: SRV {sbc_host} = {sbc_ip}:{sbc_port} (prio 10), {sbc2_ip}:{sbc_port} (prio 20)"),
        "connecting": ("I", "sip", "BWC:SIP: connect -> {peer}"),
        "connected": ("I", "sip", "BWC:SIP: connected -> {peer}"),
        "conn_refused": ("E", "sip", "BWC:SIP: connect -> {peer} failed: Connection refused (61)"),
        "timer_f": ("W", "reg", "BWC:SIP: REGISTER timeout (Timer F) waiting for {peer}"),
        "failover_next": ("I", "reg", "BWC:SIP: failover -> {peer}"),
        "challenged": ("D", "reg", "BWC:SIP: challenge {code}"),
        "auth_giveup": ("E", "reg", "BWC:SIP: auth loop detected"),
        "reg_failed": ("E", "reg", "BWC:SCF: registration failed"),
        "reg_rejected": ("E", "reg", "BWC:SIP: REGISTER final response {code}"),
        "registered": ("I", "reg", "BWC:SIP: REGISTERED {sip_user}"),
        "phone_ok": ("I", "ui", "Preferences > Phone Services: SSO Session - You are signed in"),
        "refresh": ("D", "reg", "BWC:SIP: refresh"),
        "displaced": ("W", "reg", "BWC:SIP: binding lost"),
        "regevent_sub": ("D", "reg", "BWC:SIP: reg-event subscribed"),
        "keepalive": ("D", "sip", "BWC:SIP: keepalive -> {peer}"),
    }


def vocab_ios():
    return {
        "start": [("I", "app", "launch Webex {version} ({build}) {device_model} {os_name} {os_ver}")],
        "email_entered": ("I", "auth", "email submitted: {email}"),
        "uap_open": ("I", "uap", "ASWebAuthenticationSession started for BroadWorks activation"),
        "uap_error": ("E", "uap", "activation portal error: {{\"errorCode\": {code}, \"message\": \"{text}\"}}"),
        "uap_after": ("I", "ui", "showing 'Something went wrong' with code {code}"),
        "uap_ok": ("I", "uap", "activation complete"),
        "ci_token": ("I", "auth", "token exchange ok"),
        "dirsync": ("W", "dirsync", "dirSync error {code}: {text}"),
        "no_connector": ("W", "ent", "isBroadWorksEntitled=false (broadworks-connector absent)"),
        "wxc_ent": ("W", "ent", "isWebexCallingEntitled=true (bc-sp-standard)"),
        "cb_skip": ("W", "ent", "callingBehavior {calling_behavior}: BroadWorks calling not configured"),
        "mobius_disc": ("I", "mobius", "Mobius: discovery"),
        "mobius_ok": ("I", "mobius", "Mobius: WEBEX_CALLING device registered"),
        "bwc_init": ("I", "bwc", "BWC:SCF: BroadWorks calling {bwc_version} init"),
        "token_ok": ("I", "token", "BWC:SCF: broadworks token ok"),
        "token_fail": ("E", "token", "BWC:SCF: broadworks token failed status={status}"),
        "xsi_retry": ("D", "xsi", "BWC:SCF: xsi challenge answered"),
        "xsi_fail": ("E", "xsi", "BWC:SCF: device profile list error status={status}"),
        "dev_list": ("I", "dms", "BWC:SCF: devices={types}"),
        "dev_missing": ("E", "dms", "BWC:SCF: device profile '{need}' is missing"),
        "dev_found": ("I", "dms", "BWC:SCF: device profile '{need}' ok"),
        "dms_retry": ("D", "dms", "BWC:SCF: dms challenge answered"),
        "dms_fail": ("E", "dms", "BWC:SCF: config fetch error status={status}"),
        "cfg_broken": [("W", "xml", "XmlReader: unexpected end of document"),
                       ("E", "bwc", "BWC:SCF: config rejected, login aborted errorCode=1507")],
        "cfg_placeholder": ("E", "cfg", "BWC:SCF: unresolved {tag} in device config"),
        "cfg_ok": ("I", "cfg", "BWC:SCF: cfg proxy {sbc_host}:{sbc_port}/{transport} user {sip_user}"),
        "dns": ("D", "sip", "BWC:SIP: resolve {sbc_host} -> {sbc_ip}"),
        "dns_multi": ("D", "sip", "BWC:SIP: resolve {sbc_host} -> {sbc_ip} | {sbc2_ip}"),
        "connecting": ("I", "sip", "BWC:SIP: tls connect {peer}"),
        "connected": ("I", "sip", "BWC:SIP: tls ready {peer}"),
        "conn_refused": ("E", "sip", "BWC:SIP: tls connect {peer} failed: ECONNREFUSED"),
        "timer_f": ("W", "reg", "BWC:SIP: REGISTER to {peer} timed out"),
        "failover_next": ("I", "reg", "BWC:SIP: next {peer}"),
        "challenged": ("D", "reg", "BWC:SIP: got {code}"),
        "auth_giveup": ("E", "reg", "BWC:SIP: registrar keeps challenging, stop"),
        "reg_failed": ("E", "reg", "BWC:SCF: line not registered ({reason})"),
        "reg_rejected": ("E", "reg", "BWC:SIP: REGISTER failed {code} {reason}"),
        "registered": ("I", "reg", "BWC:SIP: registered, expires 3600"),
        "phone_ok": ("I", "ui", "calling: BroadWorks line ready"),
        "refresh": ("D", "reg", "BWC:SIP: refresh"),
        "displaced": [("W", "reg", "BWC:SIP: reg event: our contact terminated (rejected), another device registered the line"),
                      ("W", "ui", "calling: BroadWorks line lost")],
        "regevent_sub": ("D", "reg", "BWC:SIP: reg-event dialog up"),
        "keepalive": ("D", "sip", "BWC:SIP: ka {peer}"),
    }


def vocab_android():
    return {
        "start": [("I", "app", "Application start: versionName={version} versionCode={vcode} os=Android {os_ver} sdk={sdk} device={device_model}")],
        "email_entered": ("I", "auth", "LoginFlow email={email}"),
        "uap_open": ("I", "uap", "opening activation portal in WebView"),
        "uap_error": ("E", "uap", "activation portal failure code={code} text=\"{text}\""),
        "uap_ok": ("I", "uap", "activation portal success"),
        "ci_token": ("I", "auth", "OAuth2 token ok"),
        "dirsync": ("W", "dirsync", "directory sync error code={code} desc=\"{text}\""),
        "no_connector": ("W", "ent", "CallingEligibility: broadworksConnector=false -> no BroadWorks calling"),
        "wxc_ent": ("W", "ent", "CallingEligibility: webexCalling(bc-sp-standard)=true"),
        "cb_skip": ("W", "ent", "CallingEligibility: callingBehavior={calling_behavior}, BroadWorks calling not started"),
        "mobius_disc": ("I", "mobius", "Mobius discover"),
        "mobius_ok": ("I", "mobius", "Mobius WEBEX_CALLING registered"),
        "bwc_init": ("I", "bwc", "BWC:SCF: starting BroadWorks calling {bwc_version}"),
        "token_ok": ("I", "token", "BWC:SCF: token ok"),
        "token_fail": ("E", "token", "BWC:SCF: token error {status}"),
        "xsi_retry": ("D", "xsi", "BWC:SCF: xsi retry w/ digest"),
        "xsi_fail": ("E", "xsi", "BWC:SCF: device list error {status}"),
        "dev_list": ("I", "dms", "BWC:SCF: device types: {types}"),
        "dev_missing": ("E", "dms", "BWC:SCF: device profile for this platform ({need}) is not found"),
        "dev_found": ("I", "dms", "BWC:SCF: device profile {need}"),
        "dms_retry": ("D", "dms", "BWC:SCF: dms retry w/ digest"),
        "dms_fail": ("E", "dms", "BWC:SCF: config download error {status}"),
        "cfg_broken": [("W", "xml", "BWC:INTERNAL: XML parse Incomplete at line 17"),
                       ("E", "bwc", "BWC:SCF: login error, errorCode=1507")],
        "cfg_placeholder": ("E", "cfg", "BWC:SCF: proxy {tag} unresolved, skip registration"),
        "cfg_ok": ("I", "cfg", "BWC:SCF: proxy {sbc_host}:{sbc_port} transport {transport} user {sip_user}"),
        "dns": ("D", "sip", "BWC:SIP: dns {sbc_host} {sbc_ip}"),
        "dns_multi": ("D", "sip", "BWC:SIP: dns {sbc_host} {sbc_ip} {sbc2_ip}"),
        "connecting": ("I", "sip", "BWC:SIP: connect {peer}"),
        "connected": ("I", "sip", "BWC:SIP: connected {peer}"),
        "conn_refused": ("E", "sip", "BWC:SIP: connect {peer} failed (ECONNREFUSED)"),
        "timer_f": ("W", "reg", "BWC:SIP: REGISTER timeout {peer}"),
        "failover_next": ("I", "reg", "BWC:SIP: failover {peer}"),
        "challenged": ("D", "reg", "BWC:SIP: challenge {code}"),
        "auth_giveup": ("E", "reg", "BWC:SIP: auth failed"),
        "reg_failed": ("E", "reg", "BWC:SCF: register failed ({reason})"),
        "reg_rejected": ("E", "reg", "BWC:SIP: REGISTER -> {code} {reason}"),
        "registered": ("I", "reg", "BWC:SIP: registered"),
        "phone_ok": ("I", "ui", "PhoneServices state=CONNECTED"),
        "refresh": ("D", "reg", "BWC:SIP: refresh"),
        "displaced": ("W", "reg", "BWC:SIP: registration taken by another device"),
        "regevent_sub": ("D", "reg", "BWC:SIP: reg subscription ok"),
        "keepalive": ("D", "sip", "BWC:SIP: keepalive {peer}"),
    }


# ---------------------------------------------------------------------------
# component names per family
# ---------------------------------------------------------------------------

def comps_win_new():
    return {
        "app": {"src": "WebexApplication.cpp:212", "func": "WebexApplication::initialise"},
        "auth": {"src": "LoginController.cpp:905", "func": "LoginController::onStep"},
        "uap": {"src": "BroadWorksActivation.cpp:141", "func": "BroadWorksActivation::onPortalResult"},
        "ident": {"src": "SelfUserModel.cpp:377", "func": "SelfUserModel::onSelfFetched"},
        "ent": {"src": "CallingEligibility.cpp:88", "func": "CallingEligibility::evaluate"},
        "dirsync": {"src": "DirectorySyncMonitor.cpp:64", "func": "DirectorySyncMonitor::onStatus"},
        "mobius": {"src": "MobiusRegistrar.cpp:150", "func": "MobiusRegistrar::registerDevice", "role": "net"},
        "bwc": {"src": "BroadWorksManager.cpp:332", "func": "BroadWorksManager::start", "role": "bwc"},
        "token": {"src": "BroadWorksTokenProvider.cpp:219", "func": "BroadWorksTokenProvider::fetchJwt", "role": "net"},
        "xsi": {"src": "XsiActionsClient.cpp:604", "func": "XsiActionsClient::getAccessDevices", "role": "net"},
        "dms": {"src": "BroadWorksConfigDownloader.cpp:271", "func": "BroadWorksConfigDownloader::download", "role": "bwc"},
        "xml": {"src": "parser.rl:232", "func": "TP::Xml::Parser::parse", "role": "bwc"},
        "cfg": {"src": "BroadWorksCallControl.cpp:493", "func": "BroadWorksCallControl::createConfig", "role": "bwc"},
        "login": {"src": "BroadWorksLoginAdapter.cpp:452", "func": "BroadWorksLoginAdapter::handleLoginError", "role": "bwc"},
        "sip": {"src": "SipTransport.cpp:812", "func": "SipTransport::onConnect", "role": "sip"},
        "reg": {"src": "SipRegistration.cpp:640", "func": "SipRegistration::onResponse", "role": "sip"},
        "ui": {"src": "PhoneServicesViewModel.cpp:73", "func": "PhoneServicesViewModel::setStatus"},
    }


def comps_win_old(target_bwc="bwc"):
    L = lambda n: "<lambda_%s>" % n
    return {
        "app": {"src": "SparkApp.cpp:118", "func": "SparkApp::logStartupInfo"},
        "auth": {"src": "AuthenticationService.cpp:1422", "func": "AuthenticationService::onEmailEntered"},
        "uap": {"src": "UapWebView.cpp:301", "func": "UapWebView::onNavigationCompleted"},
        "ident": {"src": "PeopleService.cpp:2210", "func": "PeopleService::onSelfUpdated"},
        "ent": {"src": "TelephonyService.cpp:8621", "func": "TelephonyService::checkBroadWorksEligibility"},
        "dirsync": {"src": "DirectoryService.cpp:411", "func": "DirectoryService::onSyncStatus"},
        "mobius": {"src": "MobiusService.cpp:97", "func": "MobiusService::onRegistered", "role": "net"},
        "bwc": {"src": "BroadWorksManager.cpp:781", "func": f"BroadWorksManager::registerClient::{L('367b7b02ffeb826e6e6a25aafb052a78')}::operator ()", "role": "bwc", "target": target_bwc},
        "token": {"src": "BroadWorksAuthenticator.cpp:388", "func": "BroadWorksAuthenticator::getBroadWorksToken", "role": "bwc", "target": target_bwc},
        "xsi": {"src": "BroadWorksConfigDownloader.cpp:88", "func": "onAccessDeviceListRequest", "role": "bwc", "target": target_bwc},
        "dms": {"src": "BroadWorksConfigDownloader.cpp:106", "func": "onAccessDeviceListSucceeded", "role": "bwc", "target": target_bwc},
        "xml": {"src": "parser.rl:232", "func": "TP::Xml::Parser::parse", "role": "bwc", "target": target_bwc},
        "cfg": {"src": "BroadWorksCallControl.cpp:493", "func": "BroadWorksCallControl::createConfig", "role": "bwc", "target": target_bwc},
        "login": {"src": "BroadWorksLoginAdapter.cpp:452", "func": "BroadWorksLoginAdapter::handleLoginError", "role": "bwc", "target": target_bwc},
        "sip": {"src": "SipStackAdapter.cpp:1290", "func": "SipStackAdapter::onTransport", "role": "sip", "target": target_bwc},
        "reg": {"src": "RegistrationManager.cpp:377", "func": "RegistrationManager::onRegisterResult", "role": "sip", "target": target_bwc},
        "ui": {"src": "CallingStatusModel.cpp:55", "func": "CallingStatusModel::update"},
    }


def comps_mac():
    return {
        "app": {"src": "SparkAppDelegate.mm:140", "func": "-[SparkAppDelegate applicationDidFinishLaunching:]"},
        "auth": {"src": "LoginCoordinator.swift:233", "func": "LoginCoordinator.discover(email:)"},
        "uap": {"src": "BroadWorksLoginSheet.swift:88", "func": "BroadWorksLoginSheet.webView(_:didFinish:)"},
        "ident": {"src": "SelfProfileStore.mm:61", "func": "-[SelfProfileStore storeSelf:]"},
        "ent": {"src": "CallingEligibilityEvaluator.cpp:120", "func": "CallingEligibilityEvaluator::run"},
        "dirsync": {"src": "DirectorySyncObserver.mm:44", "func": "-[DirectorySyncObserver handleStatus:]"},
        "mobius": {"src": "WebexCallingService.cpp:512", "func": "WebexCallingService::onDeviceRegistered", "role": "net"},
        "bwc": {"src": "BroadWorksCallingService.cpp:208", "func": "BroadWorksCallingService::start", "role": "bwc", "target": "bwc"},
        "token": {"src": "BroadWorksJwtFetcher.cpp:77", "func": "BroadWorksJwtFetcher::fetch", "role": "net"},
        "xsi": {"src": "XsiDeviceListRequest.cpp:141", "func": "XsiDeviceListRequest::execute", "role": "net"},
        "dms": {"src": "DmsConfigFetcher.cpp:203", "func": "DmsConfigFetcher::run", "role": "bwc", "target": "bwc"},
        "xml": {"src": "parser.rl:232", "func": "TP::Xml::Parser::parse", "role": "bwc", "target": "bwc"},
        "cfg": {"src": "BroadWorksConfig.cpp:330", "func": "BroadWorksConfig::apply", "role": "bwc", "target": "bwc"},
        "login": {"src": "BroadWorksLoginAdapter.cpp:452", "func": "BroadWorksLoginAdapter::handleLoginError", "role": "bwc", "target": "bwc"},
        "sip": {"src": "TlsTransport.cpp:455", "func": "TlsTransport::onEvent", "role": "sip", "target": "bwc"},
        "reg": {"src": "Registrar.cpp:290", "func": "Registrar::handle", "role": "sip", "target": "bwc"},
        "ui": {"src": "PhoneServicesPane.swift:57", "func": "PhoneServicesPane.update(state:)"},
    }


def comps_ios():
    return {
        "app": {"src": "AppDelegate.swift:64", "func": "application(_:didFinishLaunchingWithOptions:)"},
        "auth": {"src": "SignInViewModel.swift:190", "func": "submit(email:)"},
        "uap": {"src": "ActivationPortalSession.swift:77", "func": "handleCallback(url:)"},
        "ident": {"src": "SelfUserService.swift:141", "func": "didLoadSelf(_:)"},
        "ent": {"src": "CallingCapability.swift:52", "func": "evaluate()"},
        "dirsync": {"src": "DirectoryStatus.swift:33", "func": "apply(_:)"},
        "mobius": {"src": "WebexCallingRegistrar.swift:212", "func": "register()", "role": "net"},
        "bwc": {"src": "BroadWorksManager.cpp:332", "func": "start", "role": "bwc"},
        "token": {"src": "BroadWorksTokenService.swift:96", "func": "requestToken()", "role": "net"},
        "xsi": {"src": "XsiClient.swift:121", "func": "fetchDevices()", "role": "net"},
        "dms": {"src": "BroadWorksConfigDownloader.cpp:271", "func": "download", "role": "bwc"},
        "xml": {"src": "XmlReader.cpp:58", "func": "read", "role": "bwc"},
        "cfg": {"src": "BroadWorksCallControl.cpp:493", "func": "createConfig", "role": "bwc"},
        "login": {"src": "BroadWorksLoginAdapter.cpp:452", "func": "handleLoginError", "role": "bwc"},
        "sip": {"src": "SipTransportTls.cpp:301", "func": "onWrite", "role": "sip"},
        "reg": {"src": "SipRegistrar.cpp:412", "func": "onResult", "role": "sip"},
        "ui": {"src": "CallingStatusView.swift:40", "func": "render()"},
    }


def comps_android():
    return {
        "app": {"src": "WebexApplication.kt:118", "func": "onCreate", "role": "main"},
        "auth": {"src": "LoginFlow.kt:205", "func": "submitEmail", "role": "main"},
        "uap": {"src": "ActivationWebViewClient.kt:96", "func": "onPageFinished", "role": "ui"},
        "ident": {"src": "SelfUserRepository.kt:71", "func": "onSelfLoaded", "role": "main"},
        "ent": {"src": "CallingEligibility.kt:44", "func": "evaluate", "role": "main"},
        "dirsync": {"src": "DirectorySyncStatus.kt:30", "func": "onStatus", "role": "main"},
        "mobius": {"src": "MobiusClient.kt:150", "func": "register", "role": "net"},
        "bwc": {"src": "BroadWorksManager.cpp:332", "func": "start", "role": "bwc"},
        "token": {"src": "BroadWorksTokenApi.kt:61", "func": "getJwt", "role": "net"},
        "xsi": {"src": "XsiApi.kt:88", "func": "getDevices", "role": "net"},
        "dms": {"src": "BroadWorksConfigDownloader.cpp:271", "func": "download", "role": "bwc"},
        "xml": {"src": "parser.rl:232", "func": "TP::Xml::Parser::parse", "role": "bwc"},
        "cfg": {"src": "BroadWorksCallControl.cpp:493", "func": "createConfig", "role": "bwc"},
        "login": {"src": "BroadWorksLoginAdapter.cpp:452", "func": "handleLoginError", "role": "bwc"},
        "sip": {"src": "SipTransport.cpp:812", "func": "send", "role": "sip"},
        "reg": {"src": "SipRegistration.cpp:640", "func": "onResponse", "role": "sip"},
        "ui": {"src": "PhoneServicesViewModel.kt:49", "func": "setState", "role": "ui"},
    }


# ---------------------------------------------------------------------------
# builds
# ---------------------------------------------------------------------------

def build(kind, c, files, **ov):
    """Return (writer, profile-dict). files: {'main': LogFile, optional 'bwc': LogFile}."""
    if kind == "win_new":
        thr = {"main": _t(c), "ui": _t(c), "net": _t(c), "bwc": _t(c), "sip": _t(c)}
        w = Writer(c, files, fmt_guide(":"), thr)
        pr = dict(V=vocab_win_new(), comps=comps_win_new(),
                  http={"default": HttpPrinter("arrow")},
                  sip=SipPrinter("raw", "SipTransport.cpp:812", "SipTransport::send", words=("Sending", "Received")),
                  identity=ID.ident_json1, tid_style="uuid_seq")
    elif kind == "win_lambda":
        thr = {"main": _t(c), "ui": _t(c), "net": _t(c), "bwc": _t(c), "sip": _t(c)}
        w = Writer(c, files, fmt_guide("::", brackets=True), thr)
        V = vocab_win_new()
        pr = dict(V=V, comps=comps_win_new(), http={"default": HttpPrinter("dump")},
                  sip=SipPrinter("oneline", "SipStack.cpp:455", "TP::Sip::Stack::onMessage::<lambda_2>::operator ()",
                                 words=("OUT", "IN"), fmt_out="{w} to {peer} [{tr}] len={n}:", fmt_in="{w} from {peer} [{tr}] len={n}:"),
                  identity=ID.ident_kv, tid_style="uuid")
    elif kind == "win_old":
        thr = {"main": _t(c), "ui": _t(c), "net": _t(c), "bwc": _t(c), "sip": _t(c)}
        tgt = "bwc" if "bwc" in files else "main"
        w = Writer(c, files, fmt_guide(":"), thr)
        pr = dict(V=vocab_win_old(), comps=comps_win_old(tgt),
                  http={"default": HttpPrinter("colon"), "token": HttpPrinter("telephony"), "mobius": HttpPrinter("telephony")},
                  sip=SipPrinter("prefixed", "SipStackAdapter.cpp:1310", "SipStackAdapter::trace", words=("send", "recv"),
                                 fmt_out="BWC:SIP: {w} -> {peer} {tr}", fmt_in="BWC:SIP: {w} <- {peer} {tr}", marker=("  ", "  "), target=tgt),
                  identity=ID.ident_perline, tid_style="nodash")
    elif kind == "mac_json":
        thr = {"main": "0x" + c.hex(4) + "d7c0", "ui": "0x1f8c2e0c0", "net": "0x70000" + c.hex(3) + "000", "bwc": "0x70000476b000", "sip": "0x70000" + c.hex(3) + "000"}
        w = Writer(c, files, fmt_guide(":"), thr)
        pr = dict(V=vocab_mac(), comps=comps_mac(), http={"default": HttpPrinter("json")},
                  sip=SipPrinter("startline", "TlsTransport.cpp:470", "TlsTransport::trace", words=("Outgoing", "Incoming"),
                                 fmt_out="BWC:SIP: {w} to {peer}/{tr}:", fmt_in="BWC:SIP: {w} from {peer}/{tr}:", target="bwc"),
                  identity=ID.ident_pretty, tid_style="uuid_seq")
    elif kind == "mac_kv":
        thr = {"main": "0x" + c.hex(4) + "a0c0", "ui": "0x1e06c1b40", "net": "0x70000" + c.hex(3) + "000", "bwc": "0x70000" + c.hex(3) + "000", "sip": "0x70000" + c.hex(3) + "000"}
        w = Writer(c, files, fmt_guide(":"), thr)
        pr = dict(V=vocab_mac(), comps=comps_mac(), http={"default": HttpPrinter("kv")},
                  sip=SipPrinter("prefixed", "SipTrace.cpp:66", "SipTrace::log", words=("OUT to", "IN from"),
                                 fmt_out="BWC:SIP: ---- {w} {peer} ({tr}) ----", fmt_in="BWC:SIP: ---- {w} {peer} ({tr}) ----",
                                 marker=(">> ", "<< "), target="bwc"),
                  identity=ID.ident_colon, tid_style="uuid")
    elif kind == "ios_swift":
        thr = {"main": "0x" + c.hex(3) + "8a000", "ui": "0x1f4b2c000", "net": "0x16f" + c.hex(3) + "000", "bwc": "0x6d4ab000", "sip": "0x6d4ab000"}
        w = Writer(c, files, fmt_guide(":"), thr, role_fmt={"bwc": fmt_csf, "sip": fmt_csf},
                   role_extra={"bwc": {"logger": "csf.bwc", "path_prefix": "bwc/src/"}, "sip": {"logger": "csf.bwc.sip", "path_prefix": "bwc/sip/"}})
        pr = dict(V=vocab_ios(), comps=comps_ios(), http={"default": HttpPrinter("nsurl", body="cont")},
                  sip=SipPrinter("oneline", "SipTransportTls.cpp:288", "trace", words=("Sent", "Received"),
                                 fmt_out="BWC:SIP: {w} {n} bytes to {peer} {tr}:", fmt_in="BWC:SIP: {w} {n} bytes from {peer} {tr}:", use_compact=True),
                  identity=ID.ident_csf, tid_style="uuid")
    elif kind == "ios_csf":
        thr = {"main": "0x" + c.hex(3) + "8b000", "ui": "0x1f4b2c000", "net": "0x16f" + c.hex(3) + "000", "bwc": "0x6d5" + c.hex(2) + "000", "sip": "0x6d5" + c.hex(2) + "000"}
        w = Writer(c, files, fmt_csf, thr, role_fmt={"ui": fmt_guide(":")},
                   role_extra={"main": {"logger": "spark.app"}, "net": {"logger": "spark.net"}, "bwc": {"logger": "csf.bwc", "path_prefix": "bwc/src/"},
                               "sip": {"logger": "csf.bwc.sip", "path_prefix": "bwc/sip/"}})
        pr = dict(V=vocab_ios(), comps=comps_ios(), http={"default": HttpPrinter("dump")},
                  sip=SipPrinter("rawcrlf", "SipTransportTls.cpp:301", "onData", words=("send", "recv"),
                                 fmt_out="BWC:SIP: {w} ({tr}) {peer} >>>", fmt_in="BWC:SIP: {w} ({tr}) {peer} <<<"),
                  identity=ID.ident_pretty, tid_style="uuid_seq")
    elif kind == "android_okhttp":
        pid = c.rint(3000, 29000)
        thr = {r: (pid, pid + c.rint(1, 400)) for r in ("main", "ui", "net", "bwc", "sip")}
        thr["main"] = (pid, pid)
        w = Writer(c, files, fmt_logcat(), thr,
                   tags={"main": "WebexApp", "ui": "WebexUI", "net": "OkHttp", "bwc": "BWC", "sip": "BWC-SIP"})
        pr = dict(V=vocab_android(), comps=comps_android(), http={"default": HttpPrinter("okhttp")},
                  sip=SipPrinter("prefixed", "SipTransport.cpp:812", "send", words=("tx", "rx"),
                                 fmt_out="BWC:SIP: {w} {peer} {tr}", fmt_in="BWC:SIP: {w} {peer} {tr}", marker=("| ", "| "), use_compact=True),
                  identity=ID.ident_android, tid_style="uuid", noise_roles=("main", "ui"))
    elif kind == "android_inner":
        pid = c.rint(3000, 29000)
        thr = {r: (pid, pid + c.rint(1, 400)) for r in ("main", "ui", "net", "bwc", "sip")}
        inner = lambda sf, sl, fn, msg: f"[{sf}:{sl}] {fn}: {msg}"
        w = Writer(c, files, fmt_logcat(inner), thr,
                   tags={"main": "wx2", "ui": "wx2.ui", "net": "wx2.net", "bwc": "wx2.bwc", "sip": "wx2.bwc"})
        pr = dict(V=vocab_android(), comps=comps_android(), http={"default": HttpPrinter("kv", body="inline")},
                  sip=SipPrinter("oneline", "SipTransport.cpp:812", "send", words=("send", "recv"),
                                 fmt_out="BWC:SIP: {w} to={peer} transport={tr} msg=", fmt_in="BWC:SIP: {w} from={peer} transport={tr} msg="),
                  identity=ID.ident_kv, tid_style="dashsuffix", noise_roles=("main", "ui"))
    else:
        raise ValueError(kind)
    pr.update(ov.pop("pr", {}))
    for k, v in ov.items():
        pr[k] = v
    return w, pr
