//! How rules report: the [`Rule`] shape, the [`Builder`] that gathers their
//! findings with evidence and catalogue texts, the signature matches, and
//! the verdict over them.
//!
//! Every shipped finding has exactly one source, a rule or its signatures
//! (checked by a test of [`super`]); a rule may only report what it declares,
//! and an id the catalogue lacks is reported as a problem of the analysis,
//! never dropped.

use super::catalogue::Catalogue;
use super::timeline::AttemptCtx;
use crate::analysis::extract::{Event, EventKind};
use crate::analysis::model::{
    Evidence, Finding, FindingId, Known, Severity, Status, StepId, Verdict,
};
use crate::i18n::Text;
use crate::record::Bundle;

/// At most this many evidence lines per finding.
const MAX_EVIDENCE: usize = 12;
/// And at most this many notes; the rest are counted (`and 40 more`).
const MAX_NOTES: usize = 12;

/// What the rules read.
pub(super) struct Ctx<'a> {
    pub bundle: &'a Bundle,
    /// The newest attempt, the one the user is stuck in.
    pub last: Option<&'a AttemptCtx>,
    pub calls: &'a [crate::analysis::model::Call],
    /// Step 5 as the AS log shows it, when one is in the bundle.
    pub as_register: Option<&'a super::registrar::AsRegister>,
    /// The bundle's `ced.dat` against the logs, when it has one.
    pub ced: Option<&'a super::ced::Ced>,
}

/// One rule: a function over the events and the findings it may report.
pub(super) struct Rule {
    pub name: &'static str,
    pub produces: &'static [Known],
    pub run: fn(&mut Builder, &Ctx),
}

pub(super) struct Builder<'a> {
    pub events: &'a [Event],
    catalogue: &'a Catalogue,
    findings: Vec<Finding>,
    /// The rule running now: what it reports must be in its `produces`.
    rule: Option<&'static Rule>,
    /// Defects of the rules or the catalogue, for the report.
    pub problems: Vec<String>,
    /// The distinct notes past [`MAX_NOTES`], by finding (index in
    /// `findings`).
    more_notes: Vec<std::collections::HashSet<String>>,
}

impl<'a> Builder<'a> {
    pub fn new(events: &'a [Event], catalogue: &'a Catalogue) -> Builder<'a> {
        Builder {
            events,
            catalogue,
            findings: Vec::new(),
            rule: None,
            problems: Vec::new(),
            more_notes: Vec::new(),
        }
    }

    /// Runs `rules` in order.
    pub fn run(&mut self, rules: &'static [Rule], ctx: &Ctx) {
        for rule in rules {
            self.rule = Some(rule);
            (rule.run)(self, ctx);
        }
        self.rule = None;
    }

    /// Findings of the catalogue's signatures, wherever they matched.
    pub fn signatures(&mut self) {
        for (i, e) in self.events.iter().enumerate() {
            if let EventKind::Pattern { index, detail } = &e.kind
                && let Some(entry) = self.catalogue.owner(*index)
            {
                let id = entry.id.clone();
                self.add(id, detail.as_deref().map(Text::plain), [i]);
            }
        }
    }

    /// Whether an error-level finding was reported already.
    pub fn has_error(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// Records a finding (or adds to it), with the events behind it.
    pub fn add(
        &mut self,
        id: impl Into<FindingId>,
        detail: Option<Text>,
        evidence: impl IntoIterator<Item = usize>,
    ) {
        let evidence: Vec<Evidence> = evidence
            .into_iter()
            .map(|i| Evidence::of(&self.events[i]))
            .collect();
        self.add_lines(id, detail, evidence);
    }

    /// Records a finding (or adds to it), with the lines behind it.
    pub fn add_lines(
        &mut self,
        id: impl Into<FindingId>,
        detail: Option<Text>,
        evidence: Vec<Evidence>,
    ) {
        let id = id.into();
        if evidence.is_empty() {
            return;
        }
        if let (Some(rule), FindingId::Known(k)) = (self.rule, &id)
            && !rule.produces.contains(k)
        {
            self.problems.push(format!(
                "rule {} reported {}, which it does not declare",
                rule.name,
                k.name()
            ));
        }
        let at = match self.findings.iter().position(|f| f.id == id) {
            Some(at) => at,
            None => {
                let finding = match self.catalogue.get(&id) {
                    Some(entry) => Finding {
                        id: id.clone(),
                        severity: entry.severity,
                        title: entry.title.clone(),
                        notes: Vec::new(),
                        cause: entry.cause.clone(),
                        fix: entry.fix.clone(),
                        guide: entry.guide.clone(),
                        evidence: Vec::new(),
                    },
                    // A defect, but the user still sees what was found.
                    None => {
                        self.problems
                            .push(format!("finding {id} is not in the catalogue"));
                        Finding {
                            id: id.clone(),
                            severity: Severity::Error,
                            title: Text::plain(id.as_str()),
                            notes: Vec::new(),
                            cause: Text::plain(""),
                            fix: Text::plain(""),
                            guide: Text::plain(""),
                            evidence: Vec::new(),
                        }
                    }
                };
                self.findings.push(finding);
                self.more_notes.push(Default::default());
                self.findings.len() - 1
            }
        };
        let finding = &mut self.findings[at];
        if let Some(d) = detail
            && !finding.notes.contains(&d)
        {
            if finding.notes.len() < MAX_NOTES {
                finding.notes.push(d);
            } else {
                self.more_notes[at].insert(format!("{d:?}"));
            }
        }
        for e in evidence {
            if finding.evidence.len() < MAX_EVIDENCE && !finding.evidence.contains(&e) {
                finding.evidence.push(e);
            }
        }
    }

    /// Raises the severity of a finding already added.
    pub fn raise(&mut self, id: Known, to: Severity) {
        if let Some(f) = self.findings.iter_mut().find(|f| f.id == id) {
            f.severity = f.severity.max(to);
        }
    }

    /// The findings, most decisive first.
    pub fn finish(self) -> (Vec<Finding>, Vec<String>) {
        let mut findings = self.findings;
        for (f, more) in findings.iter_mut().zip(&self.more_notes) {
            if !more.is_empty() {
                let count = i64::try_from(more.len()).unwrap_or(i64::MAX);
                f.notes.push(Text::key("detail-more").num("count", count));
            }
        }
        let catalogue = self.catalogue;
        findings.sort_by_key(|f| (std::cmp::Reverse(f.severity), catalogue.rank(&f.id)));
        (findings, self.problems)
    }
}

/// `HTTP 403 from host, tracking id …`, for an answer.
pub(super) fn status_detail(events: &[Event], i: usize) -> Option<Text> {
    match &events[i].kind {
        EventKind::HttpResponse(r) => {
            let http = match r.url.as_deref().and_then(host_of) {
                Some(host) => Text::key("detail-http-from").str("host", host),
                None => Text::key("detail-http"),
            }
            .num("status", r.status);
            Some(with_tracking_id(http, r.tracking_id.as_deref()))
        }
        _ => None,
    }
}

/// `text, tracking id …` when there is one.
pub(super) fn with_tracking_id(text: Text, id: Option<&str>) -> Text {
    match id {
        Some(id) => Text::Join(
            vec![text, Text::key("detail-tracking-id").str("id", id)],
            ", ",
        ),
        None => text,
    }
}

/// The device type the app wanted, and what the list offered if known.
pub(super) fn device_missing(wanted: &str, listed: Option<&[String]>) -> Text {
    match listed {
        Some([]) => Text::key("detail-device-missing").text("listed", Text::key("word-none")),
        Some(types) => Text::key("detail-device-missing").str("listed", types.join(", ")),
        None => Text::key("detail-device-missing-only"),
    }
    .str("wanted", wanted)
}

/// The host of a URL: `https://xsp1.example.net:443/x` → `xsp1.example.net:443`.
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    Some(rest.split(['/', '?']).next().unwrap_or(rest))
}

/// The one sentence for the top of every output.
pub fn verdict(bundle: &Bundle, findings: &[Finding], last: Option<&AttemptCtx>) -> Verdict {
    // Nothing read is not nothing wrong: the user must hear why.
    if bundle.files.iter().all(|f| f.records.is_empty()) {
        let why: Vec<String> = bundle
            .files
            .iter()
            .flat_map(|f| f.problems.iter().map(move |p| format!("{}: {p}", f.path)))
            .take(MAX_UNREAD_REASONS)
            .collect();
        let summary = if why.is_empty() {
            Text::key("verdict-empty")
        } else {
            Text::key("verdict-unreadable").str("why", why.join("; "))
        };
        return Verdict {
            severity: Some(Severity::Warning),
            finding: None,
            summary,
        };
    }
    if let Some(f) = findings.iter().find(|f| f.severity == Severity::Error) {
        return Verdict {
            severity: Some(Severity::Error),
            finding: Some(f.id.clone()),
            summary: title_and_fix(f),
        };
    }
    let warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    // Registered and then displaced by another client is not registered.
    let registered = last.is_some_and(|a| {
        a.attempt.status(StepId::Registered) == Status::Ok && a.reg.displaced.is_none()
    });
    let has_client = bundle.files.iter().any(|f| f.kind.is_app_log());
    let (severity, summary) = if registered && warnings == 0 {
        (None, Text::key("verdict-registered"))
    } else if registered {
        (
            Some(Severity::Warning),
            Text::key("verdict-registered-warnings").num("count", warnings as i64),
        )
    } else if let Some(f) = findings.iter().find(|f| f.severity == Severity::Warning) {
        (Some(Severity::Warning), title_and_fix(f))
    } else if let Some(f) = findings.iter().find(|f| f.severity == Severity::Info) {
        (Some(Severity::Info), title_and_fix(f))
    } else if has_client {
        (
            Some(Severity::Warning),
            Text::key("verdict-no-registration"),
        )
    } else if bundle.files.iter().any(|f| f.kind.is_server()) {
        (None, Text::key("verdict-server-clean"))
    } else {
        (Some(Severity::Info), Text::key("verdict-nothing"))
    };
    let finding = if severity == Some(Severity::Warning) && !registered {
        findings.first().map(|f| f.id.clone())
    } else {
        None
    };
    Verdict {
        severity,
        finding,
        summary,
    }
}

/// How many reasons a verdict on an unreadable bundle gives; the Files
/// view and the report's sources list them all.
const MAX_UNREAD_REASONS: usize = 2;

/// The verdict a finding gives: what is wrong, then what to do. A code the
/// user saw carries its own meaning and action in the finding's notes, and
/// those are what to do.
fn title_and_fix(f: &Finding) -> Text {
    let says_code = matches!(
        f.id,
        FindingId::Known(Known::ActivationPortalError | Known::DirectorySyncError)
    );
    match f.notes.first() {
        Some(code) if says_code => Text::Join(vec![f.title.clone(), code.clone()], ": "),
        _ => Text::Join(vec![f.title.clone(), f.fix.clone()], ". "),
    }
}
