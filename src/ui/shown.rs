//! The one way a panel reaches what a bundle says: an opened bundle
//! ([`BundleState`]) keeps its records and its redactor private, and hands
//! out only text that has been through the redactor when the user asked for
//! redaction. No panel can put a log line, a file name or a fact on screen,
//! in a PNG or on the clipboard without passing here, so none can forget to
//! mask it.
//!
//! [`Records`] gives panels the bundle's shape (order, times, levels, line
//! numbers, matching a filter) without its words.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::analysis::playbooks::Walk;
use crate::analysis::{Analysis, Evidence};
use crate::export::redact::Redactor;
use crate::export::{Report, text};
use crate::i18n::{Lang, Text};
use crate::record::{Bundle, Level, RecordRef};

/// One opened bundle and the views' state over it.
pub struct BundleState {
    /// The file names, or what this computer's logs are called.
    name: Text,
    bundle: Arc<Bundle>,
    /// `None` while the analysis is still running.
    pub analysis: Option<Arc<Analysis>>,
    /// Masks stay stable for as long as this bundle is open.
    redactor: Redactor,
    redact: bool,
    /// Where the log view should go (set by evidence links).
    pub jump_to: Option<RecordRef>,
    /// Local logs being watched for new lines, and their sizes.
    pub live: Option<Vec<(PathBuf, u64)>>,
    /// Each file's time span, once the Files view asks.
    spans: std::sync::OnceLock<Vec<Option<(i64, i64)>>>,
    /// Whether the bundle's times span more than a day.
    days: std::sync::OnceLock<bool>,
    /// The playbooks walked for this bundle, by playbook id; kept in the
    /// settings by the app.
    pub checked: BTreeMap<String, Walk>,
    /// A playbook a finding asked to open.
    pub open_playbook: Option<String>,
}

/// What the playbooks walked found, for the escalation summary: every
/// playbook with an answer, its answers and what they mean. `shown` masks
/// typed values when the summary is redacted.
pub fn checked_text(
    checked: &BTreeMap<String, Walk>,
    lang: Lang,
    shown: &dyn Fn(&str) -> String,
) -> String {
    let books = crate::analysis::playbooks::shared();
    let lines: Vec<String> = checked
        .iter()
        .filter_map(|(id, walk)| Some(books.get(id)?.summary(walk, lang, shown)))
        .flatten()
        .collect();
    if lines.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", lang.t("summary-checked"));
    for l in lines {
        out.push_str(if l.starts_with(' ') { "  " } else { "- " });
        out.push_str(l.trim_start());
        out.push('\n');
    }
    out
}

impl BundleState {
    pub fn new(
        name: Text,
        bundle: Arc<Bundle>,
        analysis: Option<Arc<Analysis>>,
        live: Option<Vec<(PathBuf, u64)>>,
    ) -> BundleState {
        BundleState {
            name,
            bundle,
            analysis,
            redactor: Redactor::default(),
            redact: false,
            jump_to: None,
            live,
            spans: std::sync::OnceLock::new(),
            days: std::sync::OnceLock::new(),
            checked: BTreeMap::new(),
            open_playbook: None,
        }
    }

    /// Whether this is the state of `bundle` (the worker sends the bundle
    /// first and its analysis later).
    pub fn holds(&self, bundle: &Arc<Bundle>) -> bool {
        Arc::ptr_eq(&self.bundle, bundle)
    }

    /// Follows the user's choices; called every frame, so a change shows at
    /// once everywhere. Masks start afresh when what is masked changes, or
    /// when the analysis arrives and names the user's identities.
    pub fn redaction(&mut self, redact: bool, ips: bool) {
        self.redact = redact;
        if self.redactor.ips != ips {
            self.renew_redactor(ips);
        }
    }

    pub fn attach(&mut self, analysis: Option<Arc<Analysis>>) {
        self.analysis = analysis;
        self.renew_redactor(self.redactor.ips);
    }

    fn renew_redactor(&mut self, ips: bool) {
        self.redactor = match &self.analysis {
            Some(a) => Redactor::for_facts(ips, &a.facts),
            None => Redactor::new(ips),
        };
    }

    /// Whether the bundle's first and last times are more than a day
    /// apart: then every time is shown with its date.
    pub fn spans_days(&self) -> bool {
        *self.days.get_or_init(|| {
            self.bundle
                .time_span()
                .is_some_and(|(a, b)| b - a > chrono::TimeDelta::days(1))
        })
    }

    pub fn redacted(&self) -> bool {
        self.redact
    }

    /// Any text as it may be shown: redacted when the user asked.
    pub fn text<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if self.redact {
            self.redactor.apply(text)
        } else {
            Cow::Borrowed(text)
        }
    }

    /// A text of the analysis (a verdict, a title, a cause with its
    /// arguments) in `lang`, as it may be shown.
    pub fn render(&self, text: &Text, lang: Lang) -> String {
        self.text(&text.render(lang)).into_owned()
    }

    /// The bundle's name: a file name may hold an email.
    pub fn name(&self, lang: Lang) -> String {
        self.render(&self.name, lang)
    }

    /// The bundle's name as the start of a file name: what a file system
    /// or a shell would take for something else is `_`.
    pub fn file_stem(&self, lang: Lang) -> String {
        self.name(lang)
            .replace([',', ' ', '/', '\\', '\'', '<', '>', ':'], "_")
    }

    /// `path:line` of a record.
    pub fn place(&self, at: RecordRef) -> String {
        let (file, _) = self.bundle.get(at);
        self.text(&format!(
            "{}:{}",
            file.path,
            file.line_of(at.record as usize)
        ))
        .into_owned()
    }

    /// An evidence line as the app shows it: `path:line  text`.
    pub fn cited(&self, e: Evidence) -> String {
        self.text(&format!(
            "{}  {}",
            e.place(&self.bundle),
            e.text(&self.bundle)
        ))
        .into_owned()
    }

    /// The evidence line's text alone.
    pub fn evidence_text(&self, e: Evidence) -> String {
        self.text(&e.text(&self.bundle)).into_owned()
    }

    /// A record as one line of about `max` bytes: its first line, or, when
    /// that is only a BroadWorks header of columns, with its message after
    /// it ([`crate::record::LogFile::headline_of`]).
    pub fn first_line(&self, at: RecordRef, max: usize) -> Cow<'_, str> {
        let (file, _) = self.bundle.get(at);
        match file.headline_of(at.record as usize, max) {
            Cow::Borrowed(line) => self.text(line),
            Cow::Owned(line) => Cow::Owned(self.text(&line).into_owned()),
        }
    }

    /// The first line of a record that matches a search, as it may be
    /// shown, cut to `max` bytes: a match on a continuation line would
    /// otherwise be invisible in a row that shows the first.
    pub fn matching_line(
        &self,
        at: RecordRef,
        m: &super::search::Matcher,
        max: usize,
    ) -> Option<Cow<'_, str>> {
        let (file, _) = self.bundle.get(at);
        let (text, _) = crate::record::clip(file.text_of(at.record as usize), super::DETAIL_CHARS);
        let line = text
            .split('\n')
            .skip(1)
            .map(|l| l.trim_end_matches('\r'))
            .find(|l| m.is_match(l))?;
        Some(self.text(crate::record::clip(line, max).0))
    }

    /// The exchange ids a record names (a tracking id, as the analysis
    /// reads one, and a SIP Call-ID), each as the filter needs it and as it
    /// may be shown.
    pub fn ids_of(&self, at: RecordRef) -> Vec<(String, String)> {
        static CALL_ID: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(r#"(?i)\bcall-id\s*:\s*([^\s\\;"<>]{4,})"#)
                .unwrap_or_else(|e| panic!("Call-ID pattern: {e}"))
        });
        let (file, _) = self.bundle.get(at);
        let (text, _) = crate::record::clip(file.text_of(at.record as usize), super::DETAIL_CHARS);
        let tracking = crate::analysis::extract::http::tracking_in(text);
        let call_id = CALL_ID
            .captures(text)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str());
        tracking
            .into_iter()
            .chain(call_id)
            .filter(|id| !id.is_empty())
            .map(|id| (id.to_owned(), self.text(id).into_owned()))
            .collect()
    }

    /// A record's whole text for a detail pane, clipped to
    /// [`super::DETAIL_CHARS`].
    pub fn record_text(&self, at: RecordRef, lang: Lang) -> String {
        let (file, _) = self.bundle.get(at);
        let raw = file.text_of(at.record as usize);
        self.text(&super::detail_text(raw, lang)).into_owned()
    }

    /// The records' texts joined by newlines, for copying.
    pub fn records_text(&self, at: impl Iterator<Item = RecordRef>) -> String {
        let mut out = String::new();
        for r in at {
            let (file, _) = self.bundle.get(r);
            out.push_str(&self.text(file.text_of(r.record as usize)));
            out.push('\n');
        }
        out
    }

    /// A file's path in the bundle.
    pub fn file_path(&self, file: u32) -> String {
        self.bundle
            .files
            .get(file as usize)
            .map_or_else(|| "?".to_owned(), |f| self.text(&f.path).into_owned())
    }

    /// The escalation summary for the ticket; with `user_id`, and when
    /// redacted, it ends with the BroadWorks user id unmasked, which tier 2
    /// needs to find the subscriber.
    pub fn summary(&self, analysis: &Analysis, lang: Lang, user_id: bool) -> String {
        let report = Report {
            bundle: &self.bundle,
            analysis,
            lang,
            redactor: self.redact.then_some(&self.redactor),
        };
        let mut out = text::escalation_summary(report);
        out.push_str(&checked_text(&self.checked, lang, &|s| {
            self.text(s).into_owned()
        }));
        if user_id && self.redact {
            out.push_str(&text::unmasked_user_id(analysis, lang).unwrap_or_default());
        }
        out
    }

    /// A file's earliest and latest time, read once for the bundle: a
    /// file's records are all looked at, which a frame must not do.
    fn file_span(&self, file: u32) -> Option<(i64, i64)> {
        let spans = self.spans.get_or_init(|| {
            self.bundle
                .files
                .iter()
                .map(|f| f.time_span().map(|((a, _), (z, _))| (a, z)))
                .collect()
        });
        spans.get(file as usize).copied().flatten()
    }

    /// The bundle's shape, without its words.
    pub fn records(&self) -> Records<'_> {
        Records(&self.bundle)
    }
}

/// What a panel may know of the records without showing their text: order,
/// times, levels, line numbers, sizes, and whether a record matches a
/// filter.
#[derive(Clone, Copy)]
pub struct Records<'a>(&'a Bundle);

/// A file of the bundle as the Files panel lists it; its path and problems
/// as they may be shown.
pub struct FileRow {
    pub index: u32,
    pub path: String,
    pub kind: &'static str,
    pub grammar: Option<&'static str>,
    pub span: Option<(DateTime<Utc>, DateTime<Utc>)>,
    pub lines: u32,
    pub records: usize,
    pub size: u64,
    pub problems: Vec<String>,
    pub notes: Vec<String>,
}

impl<'a> Records<'a> {
    pub fn len(self) -> usize {
        self.0.len()
    }

    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// The record at a position of the bundle's time order.
    pub fn at(self, pos: usize) -> Option<RecordRef> {
        self.0.at(pos)
    }

    /// Where a record is in the time order.
    pub fn position(self, target: RecordRef) -> Option<usize> {
        self.0.timeline().position(|r| r == target)
    }

    pub fn timeline(self) -> impl Iterator<Item = RecordRef> + 'a {
        self.0.timeline()
    }

    pub fn time(self, r: RecordRef) -> Option<DateTime<Utc>> {
        self.0.get(r).1.time()
    }

    pub fn level(self, r: RecordRef) -> Level {
        self.0.get(r).1.level()
    }

    /// The first line number of a record and how many lines it spans.
    pub fn lines(self, r: RecordRef) -> (u32, u32) {
        self.0.get(r).0.lines_of(r.record as usize)
    }

    /// Whether the record's text matches a search.
    pub fn matches(self, r: RecordRef, m: &super::search::Matcher) -> bool {
        let (file, _) = self.0.get(r);
        m.is_match(file.text_of(r.record as usize))
    }

    /// Total size of the files read.
    pub fn size(self) -> u64 {
        self.0.files.iter().map(|f| f.size).sum()
    }

    pub fn file_count(self) -> usize {
        self.0.files.len()
    }

    /// Files that hold records (the others cannot filter the log).
    pub fn files_with_records(self) -> impl Iterator<Item = u32> + 'a {
        self.0
            .files
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.records.is_empty())
            .map(|(i, _)| i as u32)
    }

    /// Files that met a problem.
    pub fn files_with_problems(self) -> usize {
        self.0
            .files
            .iter()
            .filter(|f| !f.problems.is_empty())
            .count()
    }

    /// File `index` with what was read of it, its texts through `state`:
    /// built for the rows in view only.
    pub fn file_row(self, index: u32, state: &BundleState) -> Option<FileRow> {
        let f = self.0.files.get(index as usize)?;
        let at = |m: i64| DateTime::<Utc>::from_timestamp_millis(m);
        Some(FileRow {
            index,
            path: state.text(&f.path).into_owned(),
            kind: f.kind.name(),
            grammar: f.grammar.map(|g| g.name()),
            span: state.file_span(index).and_then(|(a, z)| at(a).zip(at(z))),
            lines: f.lines,
            records: f.records.len(),
            size: f.size,
            problems: f
                .problems
                .iter()
                .map(|p| state.text(p).into_owned())
                .collect(),
            notes: f.notes.iter().map(|p| state.text(p).into_owned()).collect(),
        })
    }
}
