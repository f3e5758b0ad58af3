//! `expected.json`: what the analysis must report for each bundle of a
//! folder, and the comparison of a JSON report against it.
//!
//! An entry may ask for: `must` (finding ids), `must_not` (ids that must be
//! absent), `must_not_errors` (a healthy bundle: no error-level finding),
//! `unexplained_stop` (registration stops for a reason no finding names:
//! the verdict must still say something is wrong), `timeline` (step →
//! status), `facts` and `codes` (end-user or directory-sync codes a
//! finding's detail must name), `sign_in` (guide step → status), `calls`
//! (by Call-ID: direction, outcome, final status, codecs, media figures)
//! and `push_subscriptions` (at least this many). Facts compare as their
//! writers meant them: without regard to case, `platform` by OS family,
//! `tracking_ids` as ids that must be among those reported. Codecs compare
//! as lists without regard to case; media figures within 5 % (at least
//! 0.15), as a printing may round them.

use std::path::Path;

use serde_json::Value;

/// The entries of the `expected.json` in `folder`, by bundle name.
pub fn expected(folder: &Path) -> Vec<(String, Value)> {
    let path = folder.join("expected.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let all: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let mut entries: Vec<(String, Value)> = all
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries
}

fn strs(v: &Value) -> impl Iterator<Item = &str> {
    v.as_array().into_iter().flatten().filter_map(Value::as_str)
}

/// The OS family a platform names: `Windows 10 (64-bit)` → `windows`.
fn family(platform: &str) -> String {
    let p = platform.to_ascii_lowercase().replace(' ', "");
    ["windows", "macos", "osx", "ipados", "ios", "android"]
        .into_iter()
        .find(|f| p.starts_with(f))
        .map_or(p.clone(), |f| {
            if f == "osx" { "macos" } else { f }.to_owned()
        })
}

fn fact_matches(name: &str, got: &Value, want: &Value) -> bool {
    match (got.as_str(), want.as_str()) {
        (Some(g), Some(w)) if name == "platform" => family(g) == family(w),
        (Some(g), Some(w)) => g.eq_ignore_ascii_case(w),
        _ => got == want,
    }
}

/// Checks one report against one entry; returns what differs.
pub fn differences(report: &Value, want: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let findings = report["findings"].as_array().cloned().unwrap_or_default();
    let ids: Vec<&str> = findings.iter().filter_map(|f| f["id"].as_str()).collect();
    for id in strs(&want["must"]) {
        if !ids.contains(&id) {
            out.push(format!("missing finding {id} (have {ids:?})"));
        }
    }
    for id in strs(&want["must_not"]) {
        if ids.contains(&id) {
            out.push(format!("finding {id} must not be reported"));
        }
    }
    if want["must_not_errors"] == true {
        for f in findings.iter().filter(|f| f["severity"] == "error") {
            out.push(format!("error finding in a healthy bundle: {}", f["id"]));
        }
    }
    let step = |name: &str| {
        report["timeline"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|s| s["step"] == name)
            .map(|s| s["status"].clone())
    };
    if want["unexplained_stop"] == true
        && (report["verdict"]["severity"].is_null() || step("registered") == Some("ok".into()))
    {
        out.push(format!(
            "a stop no finding explains, yet the verdict is {}",
            report["verdict"]
        ));
    }
    for (name, status) in want["timeline"].as_object().into_iter().flatten() {
        let got = step(name);
        if got.as_ref() != Some(status) {
            out.push(format!("timeline {name}: {got:?}, want {status}"));
        }
    }
    for (name, value) in want["facts"].as_object().into_iter().flatten() {
        let got = &report["facts"][name];
        if name == "tracking_ids" {
            let reported: Vec<&str> = strs(got).collect();
            for id in strs(value) {
                if !reported.iter().any(|r| r.eq_ignore_ascii_case(id)) {
                    out.push(format!("tracking id {id} not among {reported:?}"));
                }
            }
        } else if !fact_matches(name, got, value) {
            out.push(format!("fact {name}: {got}, want {value}"));
        }
    }
    for code in want["codes"].as_array().into_iter().flatten() {
        // Written as a number or as a string: the digits either way.
        let digits = code
            .as_str()
            .map_or_else(|| code.to_string(), str::to_owned);
        let shown = findings
            .iter()
            .any(|f| f["detail"].as_str().is_some_and(|d| d.contains(&digits)));
        if !shown {
            out.push(format!("code {code} not reported"));
        }
    }
    for (step, status) in want["sign_in"].as_object().into_iter().flatten() {
        let got = report["sign_in"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|s| s["step"] == step.as_str())
            .map(|s| s["status"].clone());
        if got.as_ref() != Some(status) {
            out.push(format!("sign-in step {step}: {got:?}, want {status}"));
        }
    }
    for call in want["calls"].as_array().into_iter().flatten() {
        out.extend(call_differences(report, call));
    }
    if let Some(n) = want["push_subscriptions"].as_u64() {
        let got = report["push_subscriptions"].as_array().map_or(0, Vec::len);
        if (got as u64) < n {
            out.push(format!("push subscriptions: {got}, want at least {n}"));
        }
    }
    for f in &findings {
        if f["evidence"].as_array().is_none_or(Vec::is_empty) {
            out.push(format!("finding {} has no evidence", f["id"]));
        }
        for key in ["title", "cause", "fix", "guide"] {
            if f[key].as_str().is_none_or(str::is_empty) {
                out.push(format!("finding {} has no {key}", f["id"]));
            }
        }
    }
    out
}

/// How one expected call differs from the reported call of its Call-ID.
fn call_differences(report: &Value, want: &Value) -> Vec<String> {
    let id = want["call_id"].as_str().unwrap_or("");
    let Some(got) = report["calls"].as_array().into_iter().flatten().find(|c| {
        c["call_id"]
            .as_str()
            .is_some_and(|c| c.eq_ignore_ascii_case(id))
    }) else {
        return vec![format!("call {id} not reported")];
    };
    let mut out = Vec::new();
    for key in ["direction", "outcome", "final_status"] {
        if !want[key].is_null() && got[key] != want[key] {
            out.push(format!("call {id} {key}: {}, want {}", got[key], want[key]));
        }
    }
    if !want["codecs"].is_null() {
        let lower = |v: &Value| -> Vec<String> { strs(v).map(str::to_ascii_lowercase).collect() };
        if lower(&got["codecs"]) != lower(&want["codecs"]) {
            out.push(format!(
                "call {id} codecs: {}, want {}",
                got["codecs"], want["codecs"]
            ));
        }
    }
    for key in ["packet_loss", "jitter_ms", "rtt_ms"] {
        let Some(w) = want[key].as_f64() else {
            continue;
        };
        let close = got[key]
            .as_f64()
            .is_some_and(|g| (g - w).abs() <= (w.abs() * 0.05).max(0.15));
        if !close {
            out.push(format!("call {id} {key}: {}, want {w}", got[key]));
        }
    }
    out
}
