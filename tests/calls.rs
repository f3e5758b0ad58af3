//! Calls: the INVITE dialogs of the BWC log in the three printings of the
//! field guide, the media engine's figures, the `calls` of the JSON report,
//! and the findings of failed calls and poor media.

mod common;

use common::sip::{
    ANSWERED, APP, answer, invite, one_line, poor_call_files, prefixed, raw, request, write,
};
use common::{analyze_json, finding_ids as ids, run};
use serde_json::Value;

fn find_call<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["calls"]
        .as_array()
        .and_then(|calls| calls.iter().find(|c| c["call_id"] == id))
        .unwrap_or_else(|| panic!("call {id} in {}", report["calls"]))
}

fn finding<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["id"] == id))
        .unwrap_or_else(|| panic!("finding {id} in {:?}", ids(report)))
}

#[test]
fn an_answered_call_with_hold_transfer_and_poor_media() {
    let call = ANSWERED;
    let dir = tempfile::tempdir().unwrap();
    let bundle = write(dir.path(), "call.zip", &poor_call_files());
    let (code, r) = analyze_json(&[&bundle], &[]);
    assert_eq!(code, 0);
    let c = find_call(&r, call);
    assert_eq!(c["direction"], "outgoing");
    assert_eq!(c["outcome"], "answered");
    assert_eq!(c["final_status"], 200);
    assert_eq!(c["from"], "sip:2001@bw.example.net");
    assert_eq!(c["to"], "sip:2010@bw.example.net");
    assert_eq!(c["codecs"], serde_json::json!(["G722"]));
    assert_eq!(c["started"], "2025-02-03T10:01:00Z");
    assert_eq!(c["answered"], "2025-02-03T10:01:04Z");
    assert_eq!(c["ended"], "2025-02-03T10:02:20Z");
    assert!(
        (c["packet_loss"].as_f64().unwrap() - 8.3).abs() < 0.01,
        "{c}"
    );
    assert_eq!(c["jitter_ms"], 61.0);
    assert_eq!(c["rtt_ms"], 450.0);
    assert_eq!(
        c["mid_call"],
        serde_json::json!(["hold", "resume", "transfer"])
    );
    assert!(
        c["evidence"][0]["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("bwc/current_log.txt"))
    );

    for (id, figure) in [
        ("media-packet-loss", "8.3 % of packets lost"),
        ("media-jitter", "jitter 61.0 ms"),
        ("media-latency", "round trip 450.0 ms"),
    ] {
        let f = finding(&r, id);
        assert_eq!(f["severity"], "warning");
        let detail = f["detail"].as_str().unwrap();
        assert!(
            detail.contains("call to sip:2010@bw.example.net") && detail.contains(figure),
            "{detail}"
        );
        let line = &f["evidence"][0];
        assert!(line["path"].as_str().unwrap().ends_with("wme_1.log"));
        assert_eq!(line["line"], 2);
    }
    // An answered call is no failed call.
    assert!(!ids(&r).iter().any(|id| id.starts_with("call-")));

    let text = run(["analyze".as_ref(), bundle.as_os_str()]).stdout;
    assert!(text.contains("Calls (1)"), "{text}");
    assert!(
        text.contains(
            "outgoing  sip:2001@bw.example.net -> sip:2010@bw.example.net  answered (200 OK)  G722"
        ),
        "{text}"
    );
    assert!(text.contains("put on hold, resumed, transferred"), "{text}");
}

#[test]
fn failed_calls_carry_the_meaning_of_their_answer() {
    // Each failure in another printing; a cancelled call and a challenge
    // answered with credentials are no failure.
    let cases = [
        ("c403", "403 Forbidden", "call-forbidden", "error"),
        ("c404", "404 Not Found", "call-not-found", "warning"),
        (
            "c480",
            "480 Temporarily Unavailable",
            "call-unavailable",
            "warning",
        ),
        ("c486", "486 Busy Here", "call-busy", "info"),
        (
            "c488",
            "488 Not Acceptable Here",
            "call-not-acceptable",
            "error",
        ),
        (
            "c503",
            "503 Service Unavailable",
            "call-server-error",
            "error",
        ),
    ];
    let mut bwc = String::new();
    for (n, (call, status, _, _)) in cases.iter().enumerate() {
        let at = |s: u32| format!("10:{:02}:{:02}.000", 10 + n, s);
        let print = if n % 2 == 0 { raw } else { one_line };
        bwc += &print(&at(0), true, &invite(call, 1, &format!("30{n}"), ""));
        bwc += &print(&at(1), false, &answer(call, "1 INVITE", status, ""));
    }
    // Challenged, then through; and cancelled by the caller.
    bwc += &raw("10:30:00.000", true, &invite("auth", 1, "2010", ""));
    bwc += &raw(
        "10:30:00.100",
        false,
        &answer("auth", "1 INVITE", "407 Proxy Authentication Required", ""),
    );
    bwc += &raw("10:30:00.200", true, &invite("auth", 2, "2010", ""));
    bwc += &prefixed(
        "10:30:02.000",
        false,
        &answer("auth", "2 INVITE", "200 OK", "111"),
    );
    bwc += &raw("10:31:00.000", true, &invite("gone", 1, "2010", ""));
    bwc += &raw("10:31:05.000", true, &request("CANCEL", "gone", 1));
    bwc += &raw(
        "10:31:05.100",
        false,
        &answer("gone", "1 INVITE", "487 Request Terminated", ""),
    );
    let dir = tempfile::tempdir().unwrap();
    let bundle = write(
        dir.path(),
        "failed.zip",
        &[
            ("CiscoSpark/current_log.txt", APP.to_owned()),
            ("CiscoSpark/bwc/current_log.txt", bwc),
        ],
    );
    let (_, r) = analyze_json(&[&bundle], &[]);
    for (n, (call, status, id, severity)) in cases.iter().enumerate() {
        let c = find_call(&r, call);
        assert_eq!(c["outcome"], "failed", "{c}");
        assert_eq!(c["direction"], "outgoing");
        assert_eq!(c["final_status"].as_u64(), status[..3].parse().ok());
        let f = finding(&r, id);
        assert_eq!(f["severity"], *severity);
        let detail = f["detail"].as_str().unwrap();
        assert_eq!(
            detail,
            format!("call to sip:30{n}@bw.example.net: {status}"),
            "{id}"
        );
        assert!(f["cause"].as_str().unwrap().contains("RFC 3261"));
    }
    let auth = find_call(&r, "auth");
    assert_eq!(
        (&auth["outcome"], &auth["final_status"]),
        (&"answered".into(), &200.into())
    );
    assert_eq!(auth["codecs"], serde_json::json!(["opus"]));
    let gone = find_call(&r, "gone");
    assert_eq!(gone["outcome"], "cancelled");
    assert_eq!(r["calls"].as_array().unwrap().len(), 8);
    // The verdict names the first error among them.
    assert_eq!(r["verdict"]["finding"], "call-forbidden");
}

#[test]
fn good_media_and_an_incoming_call_raise_nothing() {
    let call = "in-1";
    let mut bwc = String::new();
    let incoming = invite(call, 7, "2001", "");
    bwc += &raw("09:00:00.000", false, &incoming);
    bwc += &raw(
        "09:00:03.000",
        true,
        &answer(call, "7 INVITE", "200 OK", "0"),
    );
    bwc += &raw("09:05:00.000", false, &request("BYE", call, 8));
    // Media printed as JSON by another build, inside the app log.
    let app = format!(
        "{APP}2025-02-03T09:01:00.000Z <Info> [0x2] MediaStats.cpp:5 {{\"stream\":\"SQAudioRX\",\"lossRate\":0.01,\"jitterMs\":20,\"rttMs\":120}}\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let bundle = write(
        dir.path(),
        "in.zip",
        &[
            ("CiscoSpark/current_log.txt", app),
            ("CiscoSpark/bwc/current_log.txt", bwc),
        ],
    );
    let (_, r) = analyze_json(&[&bundle], &[]);
    let c = find_call(&r, call);
    assert_eq!(c["direction"], "incoming");
    assert_eq!(c["outcome"], "answered");
    assert_eq!(c["codecs"], serde_json::json!(["PCMU"]));
    assert_eq!(c["rtt_ms"], 120.0);
    assert!((c["packet_loss"].as_f64().unwrap() - 1.0).abs() < 1e-6);
    assert!(
        !ids(&r)
            .iter()
            .any(|id| id.starts_with("call-") || id.starts_with("media-")),
        "{:?}",
        ids(&r)
    );
}
