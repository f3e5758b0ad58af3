//! The JSON report (schema 1).

use std::collections::BTreeMap;

use serde::Serialize;

use super::Report;
use crate::analysis::{Attempt, Finding, SignInStep, Step, Verdict};
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
    sign_in_join: Option<&'a str>,
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
        sign_in_join: report.analysis.sign_in_join.as_deref(),
        problems: &report.analysis.problems,
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&json).unwrap_or_default()
}
