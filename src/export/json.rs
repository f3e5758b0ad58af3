//! The JSON report (schema 1).

use std::collections::BTreeMap;

use serde::Serialize;

use super::Report;
use super::redact::Redactor;
use crate::analysis::{Call, Evidence, Finding, PushSubscription, SignInStep, Step, Verdict};
use crate::i18n::Text;
use crate::record::{Bundle, Encoding, FileKind, Grammar};

pub const SCHEMA: u32 = 1;

#[derive(Serialize)]
struct Json<'a> {
    schema: u32,
    verdict: &'a Verdict,
    sources: Vec<Source<'a>>,
    facts: &'a BTreeMap<String, serde_json::Value>,
    timeline: Vec<Cited<'a, Step, Option<Line<'a>>>>,
    attempts: Vec<JsonAttempt<'a>>,
    findings: Vec<JsonFinding<'a>>,
    sign_in: Vec<Cited<'a, SignInStep, Option<Line<'a>>>>,
    sign_in_join: Option<&'a Text>,
    calls: Vec<Cited<'a, Call, Vec<Line<'a>>>>,
    push_subscriptions: Vec<Cited<'a, PushSubscription, Option<Line<'a>>>>,
    problems: &'a [String],
}

#[derive(Serialize)]
struct Source<'a> {
    path: &'a str,
    kind: FileKind,
    lines: u32,
    problems: &'a [String],
    notes: &'a [String],
    size: u64,
    encoding: Encoding,
    grammar: Option<Grammar>,
    records: usize,
}

/// An item of the analysis with its evidence read from the bundle: the
/// analysis keeps only where each line is.
#[derive(Serialize)]
struct Cited<'a, T, E> {
    #[serde(flatten)]
    item: &'a T,
    evidence: E,
}

/// A finding with its evidence and the playbooks (guided checklists) that
/// belong to it.
#[derive(Serialize)]
struct JsonFinding<'a> {
    #[serde(flatten)]
    cited: Cited<'a, Finding, Vec<Line<'a>>>,
    playbooks: Vec<String>,
}

#[derive(Serialize)]
struct Line<'a> {
    path: &'a str,
    line: u32,
    text: String,
}

impl<'a> Line<'a> {
    fn of(bundle: &'a Bundle, e: Evidence) -> Line<'a> {
        Line {
            path: e.path(bundle),
            line: e.line(bundle),
            text: e.text(bundle),
        }
    }
}

#[derive(Serialize)]
struct JsonAttempt<'a> {
    started: Option<chrono::DateTime<chrono::Utc>>,
    run: usize,
    steps: Vec<Cited<'a, Step, Option<Line<'a>>>>,
}

/// Steps of either kind, each with its one line.
fn steps<'a, T>(
    bundle: &'a Bundle,
    steps: &'a [T],
    evidence: impl Fn(&T) -> Option<Evidence>,
) -> Vec<Cited<'a, T, Option<Line<'a>>>> {
    steps
        .iter()
        .map(|s| Cited {
            item: s,
            evidence: evidence(s).map(|e| Line::of(bundle, e)),
        })
        .collect()
}

pub fn render(report: Report) -> String {
    let bundle = report.bundle;
    let json = Json {
        schema: SCHEMA,
        verdict: &report.analysis.verdict,
        sources: report
            .bundle
            .files
            .iter()
            .map(|f| Source {
                path: &f.path,
                kind: f.kind,
                lines: f.lines,
                problems: &f.problems,
                notes: &f.notes,
                size: f.size,
                encoding: f.encoding,
                grammar: f.grammar,
                records: f.records.len(),
            })
            .collect(),
        facts: &report.analysis.facts,
        timeline: steps(bundle, &report.analysis.timeline, |s| s.evidence),
        attempts: report
            .analysis
            .attempts
            .iter()
            .map(|a| JsonAttempt {
                started: a.started,
                run: a.run,
                steps: steps(bundle, &a.steps, |s| s.evidence),
            })
            .collect(),
        findings: report
            .analysis
            .findings
            .iter()
            .map(|f| JsonFinding {
                cited: Cited {
                    item: f,
                    evidence: f.evidence.iter().map(|&e| Line::of(bundle, e)).collect(),
                },
                playbooks: crate::analysis::playbooks::shared().for_finding(f.id.as_str()),
            })
            .collect(),
        sign_in: steps(bundle, &report.analysis.sign_in, |s| s.evidence),
        sign_in_join: report.analysis.sign_in_join.as_ref(),
        calls: report
            .analysis
            .calls
            .iter()
            .map(|c| Cited {
                item: c,
                evidence: c.evidence.iter().map(|&e| Line::of(bundle, e)).collect(),
            })
            .collect(),
        push_subscriptions: steps(bundle, &report.analysis.push_subscriptions, |s| {
            Some(s.evidence)
        }),
        problems: &report.analysis.problems,
    };
    // Serialising plain structs of strings and numbers cannot fail.
    let Some(r) = report.redactor else {
        return serde_json::to_string_pretty(&json).unwrap_or_default();
    };
    // String by string: a mask applied to the JSON text could cut through
    // quotes and escapes.
    let mut value = serde_json::to_value(&json).unwrap_or_default();
    mask_strings(&mut value, r);
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

fn mask_strings(value: &mut serde_json::Value, r: &Redactor) {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            if let std::borrow::Cow::Owned(masked) = r.apply(s) {
                *s = masked;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| mask_strings(v, r)),
        Value::Object(map) => map.values_mut().for_each(|v| mask_strings(v, r)),
        _ => {}
    }
}
