//! The diagnosis of every sample bundle, client and server, against `tests/data/expected.json`.

mod common;

use common::expect::{differences, expected};
use common::{analyze_json, data};
use serde_json::Value;

#[test]
fn every_client_sample_gives_what_expected_json_asks() {
    let mut failures = Vec::new();
    let cases: Vec<(String, Value)> = expected(&data(""))
        .into_iter()
        .filter(|(name, _)| name.starts_with("client-"))
        .collect();
    assert!(cases.len() >= 17);
    for (name, want) in cases {
        let (code, report) = analyze_json(&[&data(&name)], &[]);
        assert_eq!(code, 0, "{name}");
        for d in differences(&report, &want) {
            failures.push(format!("{name}: {d}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_verdict_names_the_decisive_finding() {
    let (_, r) = analyze_json(&[&data("client-token-fail.zip")], &[]);
    assert_eq!(r["verdict"]["finding"], "token-fetch-failed");
    assert_eq!(r["verdict"]["severity"], "error");
    assert!(
        r["verdict"]["summary"]
            .as_str()
            .unwrap()
            .contains("RSA keys")
    );
    assert!(
        r["facts"]["failure_at"]
            .as_str()
            .unwrap()
            .starts_with("2024-03-22T11:30:32.344")
    );
    let (_, ok) = analyze_json(&[&data("client-healthy.zip")], &[]);
    assert_eq!(
        ok["verdict"]["summary"],
        "Registered to BroadWorks, no problems found."
    );
    assert!(ok["verdict"]["finding"].is_null());
}

#[test]
fn escalation_facts_of_the_healthy_sample() {
    let (_, r) = analyze_json(&[&data("client-healthy.zip")], &[]);
    let f = &r["facts"];
    assert_eq!(f["user_id"], "d23f0824-128b-2f33-0c5c-7fd0a6a3a450");
    assert_eq!(f["platform"], "Windows 10 (64-bit)");
    assert_eq!(f["broadworks_user_id"], "2062275869@contoso.example");
    assert_eq!(f["sip_user"], "22175294_wxt");
    assert_eq!(f["sbc"], "sbc1.acme-telecom.example:5061");
    assert_eq!(f["xsp"], "xsp1.example.net");
    assert_eq!(
        f["tracking_ids"],
        serde_json::json!(["CLIENT_d3ac94af-0f21-ddb6-6cad-4a268d116ece"])
    );
    assert_eq!(f["first_timestamp"], "2024-03-08T16:40:37.973Z");
}

#[test]
fn specific_details_are_named() {
    let (_, r) = analyze_json(&[&data("client-unresolved-tag.zip")], &[]);
    let tag = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "unresolved-config-tag")
        .unwrap();
    assert_eq!(tag["detail"], "%WEB_CALL_SETTINGS_URL_WXT%");
    assert_eq!(
        tag["severity"], "warning",
        "the call-settings link does not stop registration"
    );
    let (_, r) = analyze_json(&[&data("client-pc-missing-silent.zip")], &[]);
    let pc = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "device-profile-missing")
        .unwrap();
    assert_eq!(
        pc["detail"],
        "missing: Business Communicator - PC; listed: Connect - Mobile"
    );
    let (_, r) = analyze_json(&[&data("client-register-rejected.zip")], &[]);
    let rej = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "sip-register-rejected")
        .unwrap();
    assert!(rej["detail"].as_str().unwrap().contains("404"), "{rej}");
}

/// The arrows a ladder or call flow draws in red, for every kind of failure
/// the guide names: a refused challenge, a displaced registration, a 1507
/// configuration error, a missing device profile, a timeout.
#[test]
fn the_failures_of_each_kind_are_marked_on_their_arrows() {
    use wxbw_doctor::record::Bundle;
    use wxbw_doctor::source::ReadOptions;
    let failed = |name: &str| -> Vec<String> {
        let bundle = Bundle::read_paths(&[data(name)], &ReadOptions::default());
        wxbw_doctor::analysis::analyze(&bundle)
            .exchanges
            .iter()
            .filter(|x| x.failed)
            .map(|x| x.label.to_string())
            .collect()
    };
    let cases = [
        ("client-sip-auth-loop.zip", "401 Unauthorized"),
        ("client-displaced.zip", "200 OK"),
        ("client-config-1507.zip", "error 1507"),
        ("client-pc-missing.zip", "no device profile"),
        ("client-register-timeout.zip", "no answer (timeout)"),
        ("client-register-rejected.zip", "404 Not Found"),
    ];
    for (name, label) in cases {
        let red = failed(name);
        assert!(red.iter().any(|l| l.starts_with(label)), "{name}: {red:?}");
    }
    // A first challenge, before any credentials were sent, is the normal
    // start of a registration, not a failure.
    assert!(failed("client-healthy.zip").is_empty());
}

/// Each finding of the JSON report names its playbooks, and the command
/// line prints any playbook for a ticket, in the language asked.
#[test]
fn findings_name_their_playbooks_and_the_cli_prints_one() {
    let (_, r) = analyze_json(&[&data("client-behavior.zip")], &[]);
    let finding = &r["findings"][0];
    assert_eq!(finding["id"], "calling-behavior-not-webex");
    let ids: Vec<&str> = finding["playbooks"]
        .as_array()
        .expect("a list of playbooks")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(
        ids.contains(&"user-calling-behavior") && ids.contains(&"org-calling-behavior"),
        "{ids:?}"
    );

    let out = common::run(["playbook", "user-calling-behavior", "--lang", "en"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with(
            "User calling behavior and connector entitlement (user-calling-behavior)\n"
        )
    );
    assert!(
        out.stdout
            .contains("4. Does the entitlements list include broadworks-connector?")
    );
    assert!(
        out.stdout
            .contains("[ ] no: The Webex app registers to BroadWorks only")
    );
    assert!(
        out.stdout.contains("(org-calling-behavior)"),
        "{}",
        out.stdout
    );
    let de = common::run(["playbook", "user-calling-behavior", "--lang", "de"]);
    assert!(de.stdout.contains("[ ] nein"), "{}", de.stdout);

    let list = common::run(["playbook"]);
    assert_eq!(list.code, 0);
    assert!(list.stdout.lines().count() >= 26);
    let unknown = common::run(["playbook", "no-such-playbook", "--lang", "en"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown
            .stderr
            .contains("There is no playbook 'no-such-playbook'")
    );
    assert!(unknown.stdout.contains("user-calling-behavior"));
}

/// The partner org and the feedback's case number, as the escalation asks
/// for them, in the writings a log or a Partner Hub export gives them.
#[test]
fn the_partner_org_and_the_feedback_case_number_are_escalation_facts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = "2026-11-30T08:20:37.100Z <Info> [0x3a1c][]OrgService.cpp:88 OrgService::onOrg: orgId=3f1c6a52-8b0e-4c57-9a3d-1b2c3d4e5f60 partnerOrgId=9A8B7C6D-1111-4222-8333-444455556666\n\
2026-11-30T08:25:02.400Z <Info> [0x3a1c][]FeedbackManager.cpp:212 FeedbackManager::onSent: Feedback submitted. Case Number - 00601970\n";
    let folder = dir.path().join("CiscoSpark");
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::write(folder.join("current_log.txt"), log).expect("log");
    let (_, r) = analyze_json(&[&folder], &[]);
    assert_eq!(
        r["facts"]["partner_org_id"],
        "9a8b7c6d-1111-4222-8333-444455556666"
    );
    assert_eq!(r["facts"]["case_number"], "00601970");
    assert_eq!(r["facts"]["org_id"], "3f1c6a52-8b0e-4c57-9a3d-1b2c3d4e5f60");

    // A Partner Hub export beside the logs, in JSON.
    std::fs::write(
        folder.join("partner-hub-user.json"),
        r#"{"user": {"orgId": "3f1c6a52-8b0e-4c57-9a3d-1b2c3d4e5f60", "partnerOrgId": "0d0e0f10-2222-4333-8444-555566667777"}, "caseNumber": "00601971"}"#,
    )
    .expect("json");
    std::fs::write(
        folder.join("current_log.txt"),
        "2026-11-30T08:20:37.100Z <Info> [0x3a1c][]App.cpp:1 started\n",
    )
    .expect("log");
    let (_, r) = analyze_json(&[&folder], &[]);
    assert_eq!(
        r["facts"]["partner_org_id"],
        "0d0e0f10-2222-4333-8444-555566667777"
    );
    assert_eq!(r["facts"]["case_number"], "00601971");
}
