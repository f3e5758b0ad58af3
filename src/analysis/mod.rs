//! Analysis: what the records of a bundle mean.
//!
//! This layer owns the [`Analysis`] value that every output renders: the
//! verdict, the findings (each with the log lines that prove it), the
//! registration timeline of every sign-in attempt, and the escalation
//! facts. It reads a [`Bundle`] and knows nothing of how results are shown:
//! no egui, no terminal, no JSON layout beyond plain serde derives.
//!
//! The steps: [`events`] pulls protocol facts out of the client logs (SIP
//! through [`sip`], XML through [`xml`]); [`register`] follows the REGISTER
//! transactions; [`timeline`] cuts the events into attempts and judges each
//! step; [`rules`] decides the findings with texts from the [`catalogue`];
//! [`facts`] gathers what an escalation needs.
//!
//! Invariant: every finding carries at least one evidence line.
//!
//! ```
//! use wxbw_doctor::analysis::analyze;
//! use wxbw_doctor::record::{Bundle, LogFile};
//!
//! let log = "2024-03-08T16:40:44.063Z <Info> [0x10d6] EntitlementManager.cpp:140 f:User entitlements: spark, webex-squared\n";
//! let bundle = Bundle::from_files(vec![LogFile::parse("current_log.txt".into(), log.as_bytes().to_vec())]);
//! let analysis = analyze(&bundle);
//! assert_eq!(analysis.findings[0].id, "entitlement-missing");
//! assert_eq!(analysis.findings[0].evidence[0].line(&bundle), 1);
//! ```

/// A lazily compiled regular expression; a bad pattern is a build defect
/// the unit tests catch.
macro_rules! re {
    ($name:ident, $pattern:expr) => {
        static $name: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| regex::Regex::new($pattern).expect($pattern));
    };
}

pub mod catalogue;
pub mod codes;
pub mod events;
pub mod facts;
pub mod ladder;
pub mod register;
pub mod rules;
pub mod server;
pub mod sip;
pub mod timeline;
pub mod xml;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::i18n::Text;
use crate::record::{Bundle, RecordRef};
use catalogue::Catalogue;
use events::{Event, Scanner};

/// A log line that backs a claim.
///
/// It names the record, not its words: a bundle of a gigabyte holds
/// thousands of sign-in attempts with a line for each step, and a copy of
/// each line would cost tens of megabytes. Outputs read the path, line
/// number and text from the bundle when they show one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Evidence {
    /// Where the line is in the bundle, for the app to jump to.
    pub at: RecordRef,
}

/// Evidence lines longer than this are cut: a SIP message on one line can
/// run to kilobytes, and a hostile log to megabytes.
const EVIDENCE_CHARS: usize = 400;

impl Evidence {
    /// The line an event was read from.
    pub fn of(e: &Event) -> Evidence {
        Evidence {
            at: timeline::at(e),
        }
    }

    /// The file's path in the bundle.
    pub fn path(self, bundle: &Bundle) -> &str {
        &bundle.get(self.at).0.path
    }

    /// 1-based line number in [`Evidence::path`].
    pub fn line(self, bundle: &Bundle) -> u32 {
        bundle.get(self.at).0.line_of(self.at.record as usize)
    }

    /// `path:line`, as reports and links name a line.
    pub fn place(self, bundle: &Bundle) -> String {
        format!("{}:{}", self.path(bundle), self.line(bundle))
    }

    /// The line as a reader sees it: the record's first line, cut to
    /// [`EVIDENCE_CHARS`].
    pub fn text(self, bundle: &Bundle) -> String {
        let (file, _) = bundle.get(self.at);
        let i = self.at.record as usize;
        let first = file.first_line_of(i);
        // A BroadWorks header line says nothing by itself (`… | AuthService
        // | LongLivedTokenManager |`): its content is on the lines after it.
        let joined;
        let line = if first.trim_end().ends_with('|') && file.text_of(i).len() > first.len() {
            let rest: Vec<&str> = file
                .text_of(i)
                .lines()
                .skip(1)
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            joined = format!("{} {}", first.trim_end(), rest.join(" · "));
            joined.as_str()
        } else {
            first
        };
        match crate::record::clip(line, EVIDENCE_CHARS) {
            (kept, true) => format!("{kept}…"),
            (whole, false) => whole.to_owned(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// The word a person reads: `ERROR`, `WARNING`, `INFO`.
    pub fn text(self) -> Text {
        Text::key(match self {
            Severity::Info => "severity-info",
            Severity::Warning => "severity-warning",
            Severity::Error => "severity-error",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub id: String,
    pub severity: Severity,
    pub title: Text,
    /// What this bundle adds to the catalogue text: a device type, a tag,
    /// an address, a code's meaning. Reports join them into one `detail`.
    #[serde(
        rename = "detail",
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "serialize_notes"
    )]
    pub notes: Vec<Text>,
    pub cause: Text,
    pub fix: Text,
    /// The troubleshooting guide's section.
    pub guide: Text,
    /// Serialised by the JSON report, which reads the lines from the bundle.
    #[serde(skip)]
    pub evidence: Vec<Evidence>,
}

/// How notes read in one line.
pub const NOTE_SEPARATOR: &str = "; ";

impl Finding {
    /// The notes as one line, if there are any.
    pub fn detail(&self, lang: crate::i18n::Lang) -> Option<String> {
        (!self.notes.is_empty()).then(|| crate::i18n::join(&self.notes, lang, NOTE_SEPARATOR))
    }
}

fn serialize_notes<S: serde::Serializer>(notes: &[Text], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&crate::i18n::join(
        notes,
        crate::i18n::Lang::En,
        NOTE_SEPARATOR,
    ))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Ok,
    Failed,
    NotSeen,
}

impl Status {
    /// The word a person reads.
    pub fn text(self) -> Text {
        Text::key(match self {
            Status::Ok => "status-ok",
            Status::Failed => "status-failed",
            Status::NotSeen => "status-not-seen",
        })
    }
}

/// The registration steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepId {
    AppStart,
    Entitlements,
    BwcInit,
    Token,
    DeviceList,
    ConfigDownload,
    SipRegister,
    Registered,
}

impl StepId {
    pub const ALL: [StepId; 8] = [
        StepId::AppStart,
        StepId::Entitlements,
        StepId::BwcInit,
        StepId::Token,
        StepId::DeviceList,
        StepId::ConfigDownload,
        StepId::SipRegister,
        StepId::Registered,
    ];

    pub fn name(self) -> &'static str {
        match self {
            StepId::AppStart => "app-start",
            StepId::Entitlements => "entitlements",
            StepId::BwcInit => "bwc-init",
            StepId::Token => "token",
            StepId::DeviceList => "device-list",
            StepId::ConfigDownload => "config-download",
            StepId::SipRegister => "sip-register",
            StepId::Registered => "registered",
        }
    }

    /// The step's name as a person reads it.
    pub fn text(self) -> Text {
        Text::key(format!("step-{}", self.name()))
    }
}

/// One step of the registration sequence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub step: StepId,
    pub status: Status,
    pub at: Option<DateTime<Utc>>,
    /// Milliseconds since the previous step that has a time; negative when
    /// files of different clocks put it earlier.
    pub since_previous_ms: Option<i64>,
    /// Serialised by the JSON report, which reads the line from the bundle.
    #[serde(skip)]
    pub evidence: Option<Evidence>,
}

/// One sign-in attempt: the steps from app start to registered.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    pub started: Option<DateTime<Utc>>,
    pub steps: Vec<Step>,
}

impl Attempt {
    pub fn status(&self, step: StepId) -> Status {
        self.steps
            .iter()
            .find(|s| s.step == step)
            .map_or(Status::NotSeen, |s| s.status)
    }
}

/// Which log a sign-in step was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Client,
    Server,
}

/// A step of the joined sign-in sequence. Each side keeps its own clock.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignInStep {
    pub side: Side,
    /// The guide's ladder number (`2.1`, `5.4`, `6`) or the client step id.
    pub step: String,
    pub name: Text,
    pub status: Status,
    pub at: Option<DateTime<Utc>>,
    pub tracking_id: Option<String>,
    /// Serialised by the JSON report, which reads the line from the bundle.
    #[serde(skip)]
    pub evidence: Option<Evidence>,
}

/// The one sentence a helpdesk reader sees first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub severity: Option<Severity>,
    /// The decisive finding, if one decides.
    pub finding: Option<String>,
    pub summary: Text,
}

/// Everything the outputs show about one bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub verdict: Verdict,
    /// Escalation facts by name (`user_email`, `client_version`, …).
    pub facts: BTreeMap<String, serde_json::Value>,
    /// The steps of the last attempt, which drives the verdict.
    pub timeline: Vec<Step>,
    /// Every attempt in the bundle, oldest first.
    pub attempts: Vec<Attempt>,
    /// Findings, most decisive first.
    pub findings: Vec<Finding>,
    /// The sign-in as the XSP logged it, joined with the client's last
    /// attempt when both are in the bundle; empty without server logs.
    pub sign_in: Vec<SignInStep>,
    /// How the client and server sides were joined, if they were.
    pub sign_in_join: Option<Text>,
    /// The SIP and HTTP exchanges, for the ladder diagram.
    pub exchanges: Vec<ladder::Exchange>,
    /// What went wrong in the analysis itself (a broken signature file).
    pub problems: Vec<String>,
}

/// Analyses a bundle with the shipped catalogue and the user's signature files.
pub fn analyze(bundle: &Bundle) -> Analysis {
    analyze_with(
        bundle,
        &Catalogue::with_user_dir(Catalogue::user_dir().as_deref()),
    )
}

pub fn analyze_with(bundle: &Bundle, catalogue: &Catalogue) -> Analysis {
    let events = collect_events(bundle, catalogue);
    // Without a Webex app log there is no client registration to judge.
    let has_client = bundle.files.iter().any(|f| f.kind.is_app_log());
    let attempts = if has_client {
        timeline::attempts(bundle, &events)
    } else {
        timeline::Attempts::default()
    };
    let last = attempts.last.as_ref();
    let findings = rules::findings(&events, last, catalogue);
    let verdict = rules::verdict(bundle, &findings, last);
    let facts = facts::collect(bundle, &events, &findings);
    let (sign_in, sign_in_join) = server::sign_in(&events, last);
    Analysis {
        exchanges: ladder::exchanges(&events),
        sign_in,
        sign_in_join,
        verdict,
        facts,
        timeline: attempts
            .all
            .last()
            .map(|a| a.steps.clone())
            .unwrap_or_default(),
        attempts: attempts.all,
        findings,
        problems: catalogue.problems.clone(),
    }
}

/// Events of every client file, in time order (file and line order for
/// equal times, undated last).
fn collect_events(bundle: &Bundle, catalogue: &Catalogue) -> Vec<Event> {
    let scanner = Scanner::new(catalogue);
    let mut events: Vec<Event> = bundle
        .files
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, f)| scanner.scan(i as u32, f))
        .collect();
    events.sort_by_key(|e| (e.millis.unwrap_or(i64::MAX), e.file, e.record));
    resolve_services(&mut events);
    events
}

/// An answer that names only a tracking id talks to the service its
/// request named.
fn resolve_services(events: &mut [Event]) {
    use events::EventKind;
    let by_id: std::collections::HashMap<String, events::Service> = events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::HttpRequest(r) => r.tracking_id.clone().map(|id| (id, r.service)),
            _ => None,
        })
        .collect();
    for e in events.iter_mut() {
        if let EventKind::HttpResponse(r) = &mut e.kind
            && r.service.is_none()
            && let Some(id) = &r.tracking_id
        {
            r.service = by_id.get(id.as_str()).copied();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::LogFile;

    fn bundle(path: &str, text: &str) -> Bundle {
        Bundle::from_files(vec![LogFile::parse(path.into(), text.as_bytes().to_vec())])
    }

    #[test]
    fn evidence_reads_its_line_from_the_bundle() {
        let b = bundle(
            "xsp/authenticationService.log",
            "2024.05.04 15:42:04:607 CET | Info       | AuthService | http-nio-8443-exec-10 |\n\tGET /authService/token\n\n2024.05.04 15:42:04:907 CET | Info       | AuthService | LongLivedTokenManager |\n\tToken generation failed\n\tStatusCode=401\n",
        );
        let e = Evidence {
            at: RecordRef { file: 0, record: 1 },
        };
        assert_eq!(e.place(&b), "xsp/authenticationService.log:4");
        // A BroadWorks header line is joined with the lines that say what happened.
        assert_eq!(
            e.text(&b),
            "2024.05.04 15:42:04:907 CET | Info       | AuthService | LongLivedTokenManager | Token generation failed · StatusCode=401"
        );
    }

    #[test]
    fn a_long_evidence_line_is_cut() {
        let line = format!(
            "2024-03-08T16:40:44.063Z <Info> [0x10d6] Sip.cpp:1 f:{}",
            "x".repeat(2000)
        );
        let b = bundle("current_log.txt", &line);
        let text = Evidence {
            at: RecordRef { file: 0, record: 0 },
        }
        .text(&b);
        assert_eq!(text.chars().count(), EVIDENCE_CHARS + 1);
        assert!(text.starts_with("2024-03-08T16:40:44.063Z") && text.ends_with("x…"));
    }
}
