//! The text report, for a person reading a terminal or pasting into a
//! ticket: verdict first, then findings with cause and fix, the timeline,
//! the escalation summary, and what was read.

use std::fmt::Write;

use super::Report;
use crate::analysis::{Severity, Status, facts};
use crate::record::human_bytes;

const WIDTH: usize = 100;
/// Most list items an escalation summary line shows.
const MAX_LISTED: usize = 5;

fn severity_word(s: Option<Severity>) -> &'static str {
    match s {
        Some(Severity::Error) => "ERROR",
        Some(Severity::Warning) => "WARNING",
        Some(Severity::Info) => "INFO",
        None => "OK",
    }
}

/// Writes `text` wrapped, every line indented by `indent`, the first one
/// after `label`.
fn para(out: &mut String, indent: usize, label: &str, text: &str) {
    let first = format!("{:indent$}{label}", "");
    let rest = " ".repeat(indent + label.chars().count());
    let opts = textwrap::Options::new(WIDTH)
        .initial_indent(&first)
        .subsequent_indent(&rest);
    for line in textwrap::wrap(text, opts) {
        let _ = writeln!(out, "{line}");
    }
}

/// Human names of the escalation facts, in ticket order.
fn fact_label(name: &str) -> &str {
    match name {
        "user_email" => "User email",
        "user_id" => "User UUID",
        "org_id" => "Org ID",
        "client_version" => "Client version",
        "platform" => "Platform",
        "broadworks_user_id" => "BroadWorks user",
        "sip_user" => "SIP user",
        "sbc" => "SBC",
        "sbc_address" => "SBC address",
        "xsp" => "XSP",
        "tracking_ids" => "Tracking IDs",
        "first_timestamp" => "Logs from (UTC)",
        "last_timestamp" => "Logs to (UTC)",
        "failure_at" => "Failure at (UTC)",
        "primary_phone_number" => "Primary number",
        "provisioning_target" => "Provisioned to",
        "service_provider" => "Service provider",
        other => other,
    }
}

/// A fact as a person reads it; lists longer than `limit` show their
/// latest items (a long-running log can hold thousands of tracking ids; the
/// JSON report has them all).
pub fn fact_text(v: &serde_json::Value, limit: Option<usize>) -> String {
    match v {
        serde_json::Value::Array(items) => {
            let strings: Vec<&str> = items.iter().filter_map(|i| i.as_str()).collect();
            match limit {
                Some(n) if strings.len() > n => {
                    format!(
                        "{} (the latest {n} of {})",
                        strings[strings.len() - n..].join(", "),
                        strings.len()
                    )
                }
                _ => strings.join(", "),
            }
        }
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The escalation summary alone: the block a helpdesk pastes into a ticket.
pub fn escalation_summary(report: Report) -> String {
    let mut out = String::new();
    let a = report.analysis;
    let _ = writeln!(out, "Escalation summary");
    para(&mut out, 2, "Verdict:          ", &a.verdict.summary);
    for name in facts::NAMES {
        let Some(v) = a.facts.get(name) else { continue };
        let value = fact_text(v, Some(MAX_LISTED));
        para(
            &mut out,
            2,
            &format!("{:<18}", format!("{}:", fact_label(name))),
            &value,
        );
    }
    let failed: Vec<&str> = a
        .timeline
        .iter()
        .filter(|s| s.status == Status::Failed)
        .map(|s| s.step.name())
        .collect();
    if !failed.is_empty() {
        para(
            &mut out,
            2,
            &format!("{:<18}", "Failed step:"),
            &failed.join(", "),
        );
    }
    let ids: Vec<&str> = a.findings.iter().map(|f| f.id.as_str()).collect();
    if !ids.is_empty() {
        para(
            &mut out,
            2,
            &format!("{:<18}", "Findings:"),
            &ids.join(", "),
        );
    }
    out
}

/// Failed steps stand out in a terminal.
fn status_text(s: Status) -> String {
    if s == Status::Failed {
        "FAILED".to_owned()
    } else {
        s.name().to_owned()
    }
}

pub fn render(report: Report) -> String {
    let mut out = String::new();
    let b = report.bundle;
    let a = report.analysis;
    para(
        &mut out,
        0,
        &format!("{}: ", severity_word(a.verdict.severity)),
        &a.verdict.summary,
    );

    if !a.findings.is_empty() {
        let _ = writeln!(out, "\nFindings ({})", a.findings.len());
        for f in &a.findings {
            let _ = writeln!(
                out,
                "\n  {:<7} {}  [{}]",
                severity_word(Some(f.severity)),
                f.title,
                f.id
            );
            if let Some(d) = &f.detail {
                para(&mut out, 10, "", d);
            }
            para(&mut out, 10, "Why:   ", &f.cause);
            para(&mut out, 10, "Fix:   ", &f.fix);
            para(&mut out, 10, "Guide: ", &f.guide);
            let _ = writeln!(out, "          Evidence:");
            for e in &f.evidence {
                let _ = writeln!(out, "            {}:{}", e.path, e.line);
                let _ = writeln!(out, "              {}", e.text);
            }
        }
    }

    if !a.timeline.is_empty() {
        let n = a.attempts.len();
        let which = if n > 1 {
            format!(" (attempt {n} of {n})")
        } else {
            String::new()
        };
        let _ = writeln!(out, "\nRegistration timeline{which}");
        for s in &a.timeline {
            let status = status_text(s.status);
            let at =
                s.at.map(|t| t.format("%H:%M:%S%.3f").to_string())
                    .unwrap_or_default();
            let delta = s
                .since_previous_ms
                .map(|d| format!("{:+.3} s", d as f64 / 1000.0))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {:<16} {:<9} {:<13} {:>10}",
                s.step.name(),
                status,
                at,
                delta
            );
        }
    }

    if !a.sign_in.is_empty() {
        let how = a
            .sign_in_join
            .as_deref()
            .map(|h| format!(", client and server joined {h}"))
            .unwrap_or_default();
        let _ = writeln!(out, "\nSign-in sequence (each side at its own clock{how})");
        for s in &a.sign_in {
            let side = match s.side {
                crate::analysis::Side::Client => "client",
                crate::analysis::Side::Server => "XSP",
            };
            let status = status_text(s.status);
            let at =
                s.at.map(|t| t.format("%H:%M:%S%.3f").to_string())
                    .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {side:<6} {:<4} {:<50} {status:<9} {at}",
                if s.side == crate::analysis::Side::Server {
                    s.step.as_str()
                } else {
                    ""
                },
                s.name
            );
        }
    }

    let _ = writeln!(out);
    out.push_str(&escalation_summary(report));

    let _ = writeln!(out, "\nSources ({} files)", b.files.len());
    for f in &b.files {
        let _ = writeln!(
            out,
            "  {:<12} {:>9} {:>8} lines  {}",
            f.kind.name(),
            human_bytes(f.size),
            f.lines,
            f.path
        );
        for p in &f.problems {
            let _ = writeln!(out, "      ! {p}");
        }
    }
    for p in &a.problems {
        let _ = writeln!(out, "  ! {p}");
    }
    out
}
