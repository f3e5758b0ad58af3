//! The text report, for a person reading a terminal or pasting into a ticket.

use std::fmt::Write;

use super::Report;
use crate::analysis::Status;
use crate::record::human_bytes;

pub fn render(report: Report) -> String {
    let mut out = String::new();
    let b = report.bundle;
    let a = report.analysis;
    let read = b
        .files
        .iter()
        .filter(|f| f.problems.is_empty() || f.lines > 0)
        .count();
    let records: usize = b.files.iter().map(|f| f.records.len()).sum();
    let _ = writeln!(
        out,
        "Read {read} of {} file(s), {records} log record(s).",
        b.files.len()
    );
    if let Some((first, last)) = b.time_span() {
        let _ = writeln!(
            out,
            "Logs cover {} to {} (UTC).",
            first.format("%Y-%m-%d %H:%M:%S"),
            last.format("%Y-%m-%d %H:%M:%S")
        );
    }

    if !a.findings.is_empty() {
        let _ = writeln!(out, "\nFindings");
        for f in &a.findings {
            let _ = writeln!(out, "  [{:?}] {} ({})", f.severity, f.title, f.id);
            for e in &f.evidence {
                let _ = writeln!(out, "      {}:{}  {}", e.path, e.line, e.text);
            }
        }
    }

    if !a.timeline.is_empty() {
        let _ = writeln!(out, "\nRegistration timeline");
        for s in &a.timeline {
            let status = match s.status {
                Status::Ok => "ok",
                Status::Failed => "FAILED",
                Status::NotSeen => "not seen",
            };
            let at =
                s.at.map(|t| t.format("%H:%M:%S%.3f").to_string())
                    .unwrap_or_default();
            let _ = writeln!(out, "  {:<16} {:<9} {at}", s.step, status);
        }
    }

    if !a.facts.is_empty() {
        let _ = writeln!(out, "\nFacts");
        for (k, v) in &a.facts {
            let v = v
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| v.to_string());
            let _ = writeln!(out, "  {k:<20} {v}");
        }
    }

    let _ = writeln!(out, "\nSources");
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
    out
}
