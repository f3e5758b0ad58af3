//! Analysis: what the records of a bundle mean.
//!
//! This layer owns the [`Analysis`] value that every output renders: the
//! escalation facts, the registration timeline and the findings, each
//! finding with the log lines that prove it. It reads a
//! [`Bundle`](crate::record::Bundle) and knows nothing of how results are
//! shown: no egui, no terminal, no JSON layout beyond plain serde derives.
//!
//! Invariant: every finding carries at least one evidence line.

pub mod codes;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

/// A log line that backs a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub path: String,
    /// 1-based line number in `path`.
    pub line: u32,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub id: String,
    pub severity: Severity,
    pub title: String,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Ok,
    Failed,
    NotSeen,
}

/// One step of the registration sequence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub step: String,
    pub status: Status,
    pub at: Option<DateTime<Utc>>,
    pub evidence: Option<Evidence>,
}

/// Everything the outputs show about one bundle.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Analysis {
    /// Escalation facts by name (`user_email`, `client_version`, …).
    pub facts: BTreeMap<String, serde_json::Value>,
    pub timeline: Vec<Step>,
    pub findings: Vec<Finding>,
}
