//! The JSON report (schema 1).

use std::collections::BTreeMap;

use serde::Serialize;

use super::Report;
use super::redact::Redactor;
use crate::analysis::{Attempt, Finding, SignInStep, Step, Verdict};
use crate::i18n::Text;
use crate::record::{Encoding, FileKind, Grammar};

pub const SCHEMA: u32 = 1;

#[derive(Serialize)]
struct Json<'a> {
    schema: u32,
    verdict: &'a Verdict,
    sources: Vec<Source<'a>>,
    facts: &'a BTreeMap<String, serde_json::Value>,
    timeline: &'a [Step],
    attempts: &'a [Attempt],
    findings: &'a [Finding],
    sign_in: &'a [SignInStep],
    sign_in_join: Option<&'a Text>,
    problems: &'a [String],
}

#[derive(Serialize)]
struct Source<'a> {
    path: &'a str,
    kind: FileKind,
    lines: u32,
    problems: &'a [String],
    size: u64,
    encoding: Encoding,
    grammar: Option<Grammar>,
    records: usize,
}

pub fn render(report: Report) -> String {
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
                size: f.size,
                encoding: f.encoding,
                grammar: f.grammar,
                records: f.records.len(),
            })
            .collect(),
        facts: &report.analysis.facts,
        timeline: &report.analysis.timeline,
        attempts: &report.analysis.attempts,
        findings: &report.analysis.findings,
        sign_in: &report.analysis.sign_in,
        sign_in_join: report.analysis.sign_in_join.as_ref(),
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
