//! Generated variants of every client case: the same protocol facts in
//! other wording, in all three SIP printing shapes, with BWC lines in their
//! own file or in the main log. The analysis must not depend on how our
//! samples happen to word things.

mod common;

use std::path::Path;

use common::analyze_json;
use serde_json::Value;
use wxbw_doctor::testutil::zip;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Scenario {
    Healthy,
    NoEntitlement,
    SpStandard,
    Behavior,
    PortalCode,
    TokenFail,
    XsiFail,
    PcMissing,
    DmsFail,
    Parse1507,
    UnresolvedSbcTag,
    Rejected,
    Timeout,
    AuthLoop,
    Displaced,
    MultiService,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    RawLines,
    Escaped,
    Prefixed,
}

struct Log {
    lines: Vec<String>,
    millis: i64,
}

impl Log {
    fn new() -> Log {
        Log {
            lines: Vec::new(),
            millis: 1_714_557_600_000,
        }
    }
    fn stamp(&mut self, step_ms: i64) -> String {
        self.millis += step_ms;
        chrono::DateTime::from_timestamp_millis(self.millis)
            .unwrap()
            .format("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string()
    }
    /// A line in the newer `[0x..][]` thread form with reworded functions.
    fn line(&mut self, level: &str, rest: &str) {
        let t = self.stamp(37);
        self.lines.push(format!("{t} <{level}> [0x2b1][]{rest}"));
    }
    fn raw(&mut self, text: &str) {
        self.lines.push(text.to_owned());
    }
    fn sip(&mut self, shape: Shape, out: bool, msg: &str) {
        let announce = if out {
            "CallCore.cpp:77 cc::wire:BWC:SIP: OUT to 198.51.100.20:5061 over tls"
        } else {
            "CallCore.cpp:78 cc::wire:BWC:SIP: IN from 198.51.100.20:5061 over tls"
        };
        match shape {
            Shape::RawLines => {
                self.line("Debug", &format!("{announce} >>"));
                for l in msg.lines() {
                    self.raw(l);
                }
                self.raw("");
            }
            Shape::Escaped => self.line(
                "Debug",
                &format!("{announce} | {}", msg.replace('\n', "\\r\\n")),
            ),
            Shape::Prefixed => {
                let t = self.stamp(3);
                self.lines
                    .push(format!("{t} <Debug> [0x2b1][]{announce} >>"));
                for l in msg.lines() {
                    self.lines.push(format!(
                        "{t} <Debug> [0x2b1][]CallCore.cpp:79 cc::dump:BWC:SIP: {l}"
                    ));
                }
            }
        }
    }
}

const CONTACT: &str = "<sip:5550001_wxt@10.0.0.8:61000;transport=tls>";

fn register(cseq: u32, auth: bool, expires: u32) -> String {
    let auth = if auth {
        "Authorization: Digest username=\"5550001_wxt\",realm=\"BroadWorks\",response=\"00\"\n"
    } else {
        ""
    };
    format!(
        "REGISTER sip:as.example.org SIP/2.0\nVia: SIP/2.0/TLS 10.0.0.8:61000;branch=z9hG4bK{cseq}\nFrom: <sip:5550001_wxt@example.org>;tag=a1\nTo: <sip:5550001_wxt@example.org>\nCall-ID: 9f9f9f@10.0.0.8\nCSeq: {cseq} REGISTER\nContact: {CONTACT}\n{auth}Expires: {expires}\nContent-Length: 0\n"
    )
}

fn answer(cseq: u32, status: &str, extra: &str) -> String {
    format!(
        "SIP/2.0 {status}\nVia: SIP/2.0/TLS 10.0.0.8:61000;branch=z9hG4bK{cseq}\nCall-ID: 9f9f9f@10.0.0.8\nCSeq: {cseq} REGISTER\n{extra}Content-Length: 0\n"
    )
}

/// The Webex app log (session lines) and the BWC log (sign-in lines).
fn logs(s: Scenario, shape: Shape) -> (Log, Log) {
    let mut app = Log::new();
    app.line(
        "Info",
        "Shell.mm:10 Shell::boot:Cisco Webex 44.5.1.30411 (macOS 14.5) is up",
    );
    app.line("Info", "Session.cpp:20 Session::ready:signed in as dana.novak@example.org userId: 0f0e0d0c-0b0a-0908-0706-050403020100 orgId: a1a2a3a4-b1b2-c1c2-d1d2-e1e2e3e4e5e6");
    let ents = match s {
        Scenario::NoEntitlement => r#"["spark", "webex-squared"]"#,
        Scenario::SpStandard => r#"["spark", "broadworks-connector", "bc-sp-standard"]"#,
        _ => r#"["spark", "broadworks-connector", "webex-squared"]"#,
    };
    app.line(
        "Info",
        &format!("Ent.cpp:30 Ent::apply:received {{\"entitlements\": {ents}}}"),
    );
    let behavior = if s == Scenario::Behavior {
        "CALL_WITH_APP_REGISTERED_FOR_TEL"
    } else {
        "NATIVE_WEBEX_TEAMS_CALLING"
    };
    app.line(
        "Info",
        &format!("Policy.cpp:40 Policy::set:callingBehavior={behavior}"),
    );
    if s == Scenario::PortalCode {
        app.line(
            "Error",
            "Uap.cpp:50 Uap::done:sign-in page reported error code 200010",
        );
    }
    if s == Scenario::MultiService {
        app.line(
            "Warning",
            "Mobius.cpp:60 Mobius::register:Mobius device registration -> 404",
        );
    }

    let mut bwc = Log::new();
    bwc.millis = app.millis + 500;
    if matches!(
        s,
        Scenario::NoEntitlement | Scenario::Behavior | Scenario::PortalCode
    ) {
        return (app, bwc);
    }
    let tid = "CLIENT_0123abcd-1111-2222-3333-444455556666";
    bwc.line(
        "Info",
        "Bwc.cpp:1 Bwc::start:BWC:SCF: starting BroadWorks calling component",
    );
    bwc.line("Info", &format!("Auth.cpp:2 Auth::jwt:BWC:SCF: POST https://broadworks-idp-proxy-b.wbx2.com/broadworks-idp-proxy/api/v1/jwt trackingid: {tid}"));
    if s == Scenario::TokenFail {
        bwc.line(
            "Error",
            &format!(
                "Auth.cpp:3 Auth::jwt:BWC:SCF: token request done, status=500 trackingid: {tid}"
            ),
        );
        return (app, bwc);
    }
    bwc.line(
        "Info",
        &format!("Auth.cpp:3 Auth::jwt:BWC:SCF: token request done, status=200 trackingid: {tid}"),
    );
    let xsi = "https://xsp.example.org/com.broadsoft.xsi-actions/v2.0/user/5550001%40example.org/profile/device";
    bwc.line("Info", &format!("Xsi.cpp:4 Xsi::go:BWC:XSI: GET {xsi}"));
    if s == Scenario::XsiFail {
        bwc.line(
            "Error",
            &format!("Xsi.cpp:5 Xsi::done:BWC:XSI: HTTP/1.1 401 Unauthorized for {xsi}"),
        );
        return (app, bwc);
    }
    bwc.line(
        "Info",
        &format!("Xsi.cpp:5 Xsi::done:BWC:XSI: HTTP/1.1 200 OK for {xsi}"),
    );
    bwc.raw("<AccessDevices xmlns=\"http://schema.broadsoft.com/xsi\">");
    if s != Scenario::PcMissing {
        bwc.raw("<accessDevice><deviceType>Business Communicator - PC</deviceType><url>https://xsp.example.org/dms/bc/pc/config.xml</url></accessDevice>");
    }
    bwc.raw("<accessDevice><deviceType>Business Communicator - Tablet</deviceType></accessDevice>");
    bwc.raw("</AccessDevices>");
    if s == Scenario::PcMissing {
        return (app, bwc);
    }
    let dms = "https://xsp.example.org/dms/bc/pc/config.xml";
    if s == Scenario::DmsFail {
        bwc.line(
            "Error",
            &format!("Dms.cpp:6 Dms::fetch:BWC:SCF: fetched {dms} httpStatus = [500]"),
        );
        return (app, bwc);
    }
    bwc.line(
        "Info",
        &format!("Dms.cpp:6 Dms::fetch:BWC:SCF: fetched {dms} httpStatus = [200]"),
    );
    let address = if s == Scenario::UnresolvedSbcTag {
        "%SBC_ADDRESS_WXT%"
    } else {
        "edge.example.org"
    };
    bwc.raw(&format!("<config><protocols><sip><proxy address=\"{address}\" port=\"5061\"/><credentials><username>5550001_wxt</username></credentials></sip></protocols></config>"));
    if s == Scenario::Parse1507 {
        bwc.line(
            "Error",
            "Login.cpp:7 Login::fail:BWC:SCF: sign-in to calling failed, errorCode=1507",
        );
        return (app, bwc);
    }
    bwc.sip(shape, true, &register(1, false, 3600));
    match s {
        Scenario::Timeout | Scenario::UnresolvedSbcTag => {
            bwc.millis += 33_000;
            bwc.line("Warning", "Tx.cpp:8 Tx::expire:BWC:SIP: REGISTER CSeq 1 timed out (Timer F), peer 198.51.100.20:5061");
            return (app, bwc);
        }
        _ => {}
    }
    bwc.sip(
        shape,
        false,
        &answer(
            1,
            "401 Unauthorized",
            "WWW-Authenticate: Digest realm=\"BroadWorks\",nonce=\"n1\"\n",
        ),
    );
    bwc.sip(shape, true, &register(2, true, 3600));
    match s {
        Scenario::Rejected => bwc.sip(shape, false, &answer(2, "403 Forbidden", "")),
        Scenario::AuthLoop => {
            bwc.sip(
                shape,
                false,
                &answer(
                    2,
                    "401 Unauthorized",
                    "WWW-Authenticate: Digest realm=\"BroadWorks\",nonce=\"n2\"\n",
                ),
            );
            bwc.sip(shape, true, &register(3, true, 3600));
            bwc.sip(
                shape,
                false,
                &answer(
                    3,
                    "401 Unauthorized",
                    "WWW-Authenticate: Digest realm=\"BroadWorks\",nonce=\"n3\"\n",
                ),
            );
        }
        _ => bwc.sip(
            shape,
            false,
            &answer(2, "200 OK", &format!("Contact: {CONTACT};expires=3600\n")),
        ),
    }
    if s == Scenario::Displaced {
        bwc.millis += 300_000;
        bwc.sip(shape, true, &register(3, true, 3600));
        bwc.sip(
            shape,
            false,
            &answer(
                3,
                "200 OK",
                "Contact: <sip:5550001_wxt@203.0.113.77:50999;transport=tls>;expires=3500\n",
            ),
        );
    }
    bwc.line(
        "Debug",
        "Ka.cpp:9 Ka::tick:BWC:SIP: keepalive to 198.51.100.20:5061",
    );
    (app, bwc)
}

/// What must be reported: finding ids and timeline statuses.
fn expectations(s: Scenario) -> (Vec<&'static str>, Vec<(&'static str, &'static str)>) {
    match s {
        Scenario::Healthy => (
            vec![],
            vec![
                ("token", "ok"),
                ("device-list", "ok"),
                ("config-download", "ok"),
                ("sip-register", "ok"),
                ("registered", "ok"),
            ],
        ),
        Scenario::NoEntitlement => (
            vec!["entitlement-missing"],
            vec![("entitlements", "failed"), ("registered", "not-seen")],
        ),
        Scenario::SpStandard => (vec!["conflicting-calling-entitlement"], vec![]),
        Scenario::Behavior => (
            vec!["calling-behavior-not-webex"],
            vec![("registered", "not-seen")],
        ),
        Scenario::PortalCode => (vec!["activation-portal-error"], vec![]),
        Scenario::TokenFail => (
            vec!["token-fetch-failed"],
            vec![("token", "failed"), ("registered", "not-seen")],
        ),
        Scenario::XsiFail => (vec!["xsi-request-failed"], vec![("device-list", "failed")]),
        Scenario::PcMissing => (
            vec!["device-profile-missing"],
            vec![("device-list", "failed"), ("registered", "not-seen")],
        ),
        Scenario::DmsFail => (
            vec!["config-download-failed"],
            vec![("config-download", "failed")],
        ),
        Scenario::Parse1507 => (
            vec!["config-parse-failed"],
            vec![("registered", "not-seen")],
        ),
        Scenario::UnresolvedSbcTag => (
            vec!["unresolved-config-tag", "sip-register-timeout"],
            vec![("sip-register", "failed")],
        ),
        Scenario::Rejected => (
            vec!["sip-register-rejected"],
            vec![("sip-register", "failed"), ("registered", "not-seen")],
        ),
        Scenario::Timeout => (
            vec!["sip-register-timeout"],
            vec![("sip-register", "failed"), ("registered", "not-seen")],
        ),
        Scenario::AuthLoop => (vec!["sip-auth-failed"], vec![("sip-register", "failed")]),
        Scenario::Displaced => (vec!["registration-displaced"], vec![("registered", "ok")]),
        Scenario::MultiService => (
            vec!["multiple-calling-services"],
            vec![("registered", "ok")],
        ),
    }
}

const ALL: [Scenario; 16] = [
    Scenario::Healthy,
    Scenario::NoEntitlement,
    Scenario::SpStandard,
    Scenario::Behavior,
    Scenario::PortalCode,
    Scenario::TokenFail,
    Scenario::XsiFail,
    Scenario::PcMissing,
    Scenario::DmsFail,
    Scenario::Parse1507,
    Scenario::UnresolvedSbcTag,
    Scenario::Rejected,
    Scenario::Timeout,
    Scenario::AuthLoop,
    Scenario::Displaced,
    Scenario::MultiService,
];

fn check(report: &Value, s: Scenario, label: &str) -> Vec<String> {
    let (must, steps) = expectations(s);
    let mut problems = Vec::new();
    let findings = report["findings"].as_array().cloned().unwrap_or_default();
    let ids: Vec<&str> = findings.iter().filter_map(|f| f["id"].as_str()).collect();
    for id in &must {
        if !ids.contains(id) {
            problems.push(format!("{label}: missing {id}, have {ids:?}"));
        }
    }
    if s == Scenario::Healthy && findings.iter().any(|f| f["severity"] == "error") {
        problems.push(format!("{label}: errors in a healthy log: {ids:?}"));
    }
    for (step, want) in steps {
        let got = report["timeline"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|x| x["step"] == step)
            .map(|x| x["status"].clone());
        if got.as_ref().and_then(Value::as_str) != Some(want) {
            problems.push(format!("{label}: {step} is {got:?}, want {want}"));
        }
    }
    if findings
        .iter()
        .any(|f| f["evidence"].as_array().is_none_or(Vec::is_empty))
    {
        problems.push(format!("{label}: a finding without evidence"));
    }
    problems
}

fn write(dir: &Path, name: &str, files: &[(&str, String)]) -> std::path::PathBuf {
    let entries: Vec<(&str, &[u8])> = files.iter().map(|(n, t)| (*n, t.as_bytes())).collect();
    let path = dir.join(name);
    std::fs::write(&path, zip(&entries)).unwrap();
    path
}

#[test]
fn reworded_logs_in_every_shape_and_layout_give_the_same_diagnosis() {
    let dir = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    for s in ALL {
        for shape in [Shape::RawLines, Shape::Escaped, Shape::Prefixed] {
            let (app, bwc) = logs(s, shape);
            let app_text = app.lines.join("\n") + "\n";
            let bwc_text = bwc.lines.join("\r\n") + "\r\n";
            // Split: BWC in its own folder, CRLF. Combined: one file, time-ordered.
            let split = write(
                dir.path(),
                &format!("{s:?}-{shape:?}-split.zip"),
                &[
                    ("Logs/SparkMacDesktop/current_log", app_text.clone()),
                    ("Logs/SparkMacDesktop/bwc/current_log", bwc_text.clone()),
                ],
            );
            let combined = write(
                dir.path(),
                &format!("{s:?}-{shape:?}-combined.zip"),
                &[(
                    "CiscoSpark/current_log.txt",
                    format!("{app_text}{}", bwc_text.replace("\r\n", "\n")),
                )],
            );
            for (layout, path) in [("split", split), ("combined", combined)] {
                let (code, report) = analyze_json(&[&path], &[]);
                assert_eq!(code, 0);
                problems.extend(check(&report, s, &format!("{s:?}/{shape:?}/{layout}")));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn facts_come_from_the_reworded_lines() {
    let dir = tempfile::tempdir().unwrap();
    let (app, bwc) = logs(Scenario::Healthy, Shape::Prefixed);
    let path = write(
        dir.path(),
        "facts.zip",
        &[
            ("current_log.txt", app.lines.join("\n")),
            ("bwc/current_log.txt", bwc.lines.join("\n")),
        ],
    );
    let (_, r) = analyze_json(&[&path], &[]);
    let f = &r["facts"];
    assert_eq!(f["user_email"], "dana.novak@example.org");
    assert_eq!(f["org_id"], "a1a2a3a4-b1b2-c1c2-d1d2-e1e2e3e4e5e6");
    assert_eq!(f["client_version"], "44.5.1.30411");
    assert_eq!(f["platform"], "macOS 14.5");
    assert_eq!(f["broadworks_user_id"], "5550001@example.org");
    assert_eq!(f["sip_user"], "5550001_wxt");
    assert_eq!(f["sbc"], "edge.example.org:5061");
    assert_eq!(f["sbc_address"], "198.51.100.20:5061");
    assert_eq!(
        f["tracking_ids"][0],
        "CLIENT_0123abcd-1111-2222-3333-444455556666"
    );
}

#[test]
fn several_attempts_are_kept_and_the_last_one_decides() {
    let dir = tempfile::tempdir().unwrap();
    let (app, failed) = logs(Scenario::TokenFail, Shape::Escaped);
    let (_, mut ok) = logs(Scenario::Healthy, Shape::Escaped);
    // The retry comes a minute after the failed attempt.
    let shift = |line: &String| -> String {
        let (stamp, rest) = line.split_at(24.min(line.len()));
        match chrono::DateTime::parse_from_rfc3339(stamp) {
            Ok(t) => format!(
                "{}{rest}",
                (t + chrono::Duration::seconds(60)).format("%Y-%m-%dT%H:%M:%S%.3fZ")
            ),
            Err(_) => line.clone(),
        }
    };
    ok.lines = ok.lines.iter().map(shift).collect();
    let bwc = format!("{}\n{}\n", failed.lines.join("\n"), ok.lines.join("\n"));
    let path = write(
        dir.path(),
        "retry.zip",
        &[
            ("current_log.txt", app.lines.join("\n")),
            ("bwc/current_log.txt", bwc),
        ],
    );
    let (_, r) = analyze_json(&[&path], &[]);
    let attempts = r["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 2, "{r:#}");
    let token = |a: &Value| {
        a["steps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["step"] == "token")
            .unwrap()["status"]
            .clone()
    };
    assert_eq!(token(&attempts[0]), "failed");
    assert_eq!(token(&attempts[1]), "ok");
    assert_eq!(
        r["verdict"]["summary"],
        "Registered to BroadWorks, no problems found."
    );
    assert!(
        !r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["severity"] == "error"),
        "{:?}",
        r["findings"]
    );
}

#[test]
fn a_directory_sync_code_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let log = "2024-05-01T10:00:00.000Z <Warning> [0x2b1][]Directory.cpp:12 Dir::sync:external directory sync failed, error 600014: cluster refused\n";
    let path = write(
        dir.path(),
        "sync.zip",
        &[("current_log.txt", log.to_owned())],
    );
    let (_, r) = analyze_json(&[&path], &[]);
    let f = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "directory-sync-error")
        .expect("directory-sync-error");
    assert!(
        f["detail"]
            .as_str()
            .unwrap()
            .starts_with("600014: The sync failed while connecting"),
        "{f}"
    );
    assert_eq!(f["evidence"][0]["line"], 1);
}
