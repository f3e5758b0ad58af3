//! The text report, for a person reading a terminal or pasting into a
//! ticket: verdict first, then findings with cause and fix, the timeline,
//! the escalation summary, and what was read.

use std::fmt::Write;

use super::Report;
use crate::analysis::{Severity, Side, Status, facts};
use crate::i18n::{Lang, Text};
use crate::record::human_bytes;

const WIDTH: usize = 100;
/// Most list items an escalation summary line shows.
const MAX_LISTED: usize = 5;

fn severity_word(s: Option<Severity>, lang: Lang) -> String {
    match s {
        Some(s) => s.text().render(lang),
        None => lang.t("severity-ok"),
    }
}

/// Writes `text` wrapped, every line indented by `indent`, the first one
/// after `label`.
fn para(out: &mut String, indent: usize, label: &str, text: &str) {
    let first = format!("{:indent$}{label}", "");
    let rest = " ".repeat(indent + label.chars().count());
    // Ids, device types and file names hold dashes: never broken there.
    let opts = textwrap::Options::new(WIDTH)
        .initial_indent(&first)
        .subsequent_indent(&rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    for line in textwrap::wrap(text, opts) {
        let _ = writeln!(out, "{line}");
    }
}

/// Each `label:` padded to one column with a space after the widest, in
/// characters, not bytes (`ü` is one column).
pub fn aligned_labels(labels: &[String]) -> Vec<String> {
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    labels
        .iter()
        .map(|l| cell(&format!("{l}:"), width + 2))
        .collect()
}

/// The human name of an escalation fact.
pub fn fact_label(name: &str, lang: Lang) -> String {
    let key = format!("fact-{name}");
    if Lang::has(&key) {
        lang.t(&key)
    } else {
        name.to_owned()
    }
}

/// A fact as a person reads it; lists longer than `limit` show their
/// latest items (a long-running log can hold thousands of tracking ids; the
/// JSON report has them all).
pub fn fact_text(v: &serde_json::Value, limit: Option<usize>, lang: Lang) -> String {
    match v {
        serde_json::Value::Array(items) => {
            let strings: Vec<&str> = items.iter().filter_map(|i| i.as_str()).collect();
            match limit {
                Some(n) if strings.len() > n => Text::key("fact-list-latest")
                    .str("items", strings[strings.len() - n..].join(", "))
                    .num("shown", n as i64)
                    .num("total", strings.len() as i64)
                    .render(lang),
                _ => strings.join(", "),
            }
        }
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Bool(b) => lang.t(if *b { "fact-yes" } else { "fact-no" }),
        other => other.to_string(),
    }
}

/// The escalation summary alone: the block a helpdesk pastes into a ticket.
pub fn escalation_summary(report: Report) -> String {
    report.finish(summary_block(report))
}

fn summary_block(report: Report) -> String {
    let mut out = String::new();
    let a = report.analysis;
    let lang = report.lang;
    let _ = writeln!(out, "{}", lang.t("summary-heading"));
    let mut rows: Vec<(String, String)> = Vec::new();
    let names = bundle_names(report.bundle);
    if !names.is_empty() {
        rows.push((lang.t("summary-bundle"), names.join(", ")));
    }
    rows.push((lang.t("summary-verdict"), a.verdict.summary.render(lang)));
    for name in facts::NAMES {
        let Some(v) = a.facts.get(name) else { continue };
        rows.push((fact_label(name, lang), fact_text(v, Some(MAX_LISTED), lang)));
    }
    let failed: Vec<String> = a
        .timeline
        .iter()
        .filter(|s| s.status == Status::Failed)
        .map(|s| s.step.text().render(lang))
        .collect();
    if !failed.is_empty() {
        rows.push((lang.t("summary-failed-step"), failed.join(", ")));
    }
    let ids: Vec<&str> = a.findings.iter().map(|f| f.id.as_str()).collect();
    if !ids.is_empty() {
        rows.push((lang.t("summary-findings"), ids.join(", ")));
    }
    let (labels, values): (Vec<String>, Vec<String>) = rows.into_iter().unzip();
    for (label, value) in aligned_labels(&labels).iter().zip(values) {
        para(&mut out, 2, label, &value);
    }
    out
}

/// What the bundle was opened from: the first part of each file's path
/// (the zip, the folder, the log file), each once.
fn bundle_names(bundle: &crate::record::Bundle) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for f in &bundle.files {
        let first = f.source();
        if !names.contains(&first) {
            names.push(first);
        }
    }
    names
}

/// The line a redacted summary ends with when the helpdesk chooses to give
/// tier 2 the BroadWorks user id: the one value they need to find the
/// subscriber, handed over on purpose and not by a leak.
pub fn unmasked_user_id(analysis: &crate::analysis::Analysis, lang: Lang) -> Option<String> {
    let id = analysis.facts.get("broadworks_user_id")?.as_str()?;
    let label = aligned_labels(&[lang.t("summary-user-id-unmasked")]);
    Some(format!("  {}{id}\n", label[0]))
}

/// How many earlier failed attempts the report lists (the latest ones).
const MAX_HISTORY: usize = 5;
/// The text report lists the newest calls; the JSON report has them all.
const MAX_CALLS: usize = 30;

/// Failed steps stand out in a terminal.
fn status_text(s: Status, lang: Lang) -> String {
    if s == Status::Failed {
        lang.t("report-status-failed")
    } else {
        s.text().render(lang)
    }
}

/// The widest status word, for the status column.
fn status_width(lang: Lang) -> usize {
    Status::ALL
        .map(|s| status_text(s, lang).chars().count())
        .into_iter()
        .max()
        .unwrap_or(0)
}

/// Left-aligns `text` in `width` columns.
fn cell(text: &str, width: usize) -> String {
    let n = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(n)))
}

pub fn render(report: Report) -> String {
    let mut out = String::new();
    let b = report.bundle;
    let a = report.analysis;
    let lang = report.lang;
    para(
        &mut out,
        0,
        &format!("{}: ", severity_word(a.verdict.severity, lang)),
        &a.verdict.summary.render(lang),
    );

    if !a.findings.is_empty() {
        let heading = Text::key("findings-heading").num("count", a.findings.len() as i64);
        let _ = writeln!(out, "\n{}", heading.render(lang));
        let labels = aligned_labels(&[
            lang.t("report-why"),
            lang.t("report-fix"),
            lang.t("report-guide"),
        ]);
        let [why, fix, guide] = [&labels[0], &labels[1], &labels[2]];
        for f in &a.findings {
            let _ = writeln!(
                out,
                "\n  {} {}  [{}]",
                cell(&severity_word(Some(f.severity), lang), 7),
                f.title.render(lang),
                f.id
            );
            if let Some(d) = f.detail(lang) {
                para(&mut out, 10, "", &d);
            }
            para(&mut out, 10, why, &f.cause.render(lang));
            para(&mut out, 10, fix, &f.fix.render(lang));
            para(&mut out, 10, guide, &f.guide.render(lang));
            let _ = writeln!(out, "          {}", lang.t("report-evidence"));
            for e in &f.evidence {
                let _ = writeln!(out, "            {}", e.place(b));
                let _ = writeln!(out, "              {}", e.text(b));
            }
        }
    }

    if !a.timeline.is_empty() {
        let n = a.attempts.len();
        let heading = if n > 1 {
            Text::key("timeline-heading-attempt")
                .num("n", n as i64)
                .num("total", n as i64)
        } else {
            Text::key("timeline-heading")
        };
        let _ = writeln!(out, "\n{}", heading.render(lang));
        let names: Vec<String> = a
            .timeline
            .iter()
            .map(|s| s.step.text().render(lang))
            .collect();
        let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
        let status_width = status_width(lang);
        for (s, name) in a.timeline.iter().zip(&names) {
            let at =
                s.at.map(|t| t.format("%H:%M:%S%.3f").to_string())
                    .unwrap_or_default();
            let delta = s
                .since_previous_ms
                .map(|d| lang.seconds(d))
                .unwrap_or_default();
            let row = format!(
                "  {} {} {:<13} {:>10}",
                cell(name, width),
                cell(&status_text(s.status, lang), status_width),
                at,
                delta
            );
            let _ = writeln!(out, "{}", row.trim_end());
        }
    }

    // The attempts before the newest that failed: history, not the verdict.
    let earlier = &a.attempts[..a.attempts.len().saturating_sub(1)];
    let failed: Vec<_> = earlier
        .iter()
        .filter_map(|t| {
            let step = t.steps.iter().find(|s| s.status == Status::Failed)?;
            Some((t, step))
        })
        .collect();
    if !failed.is_empty() {
        let heading = Text::key("history-heading").num("count", failed.len() as i64);
        let _ = writeln!(out, "\n{}", heading.render(lang));
        for (t, step) in failed.iter().skip(failed.len().saturating_sub(MAX_HISTORY)) {
            let when = t
                .started
                .map(|w| w.format("%Y-%m-%d %H:%M:%S").to_string())
                .unwrap_or_default();
            let line = Text::key("history-failed")
                .str("when", when)
                .num("run", t.run as i64 + 1)
                .text("step", step.step.text());
            let _ = writeln!(out, "  {}", line.render(lang));
        }
    }

    if !a.sign_in.is_empty() {
        let heading = match &a.sign_in_join {
            Some(how) => Text::key("signin-heading-joined").text("how", how.clone()),
            None => Text::key("signin-heading"),
        };
        let _ = writeln!(out, "\n{}", heading.render(lang));
        let status_width = status_width(lang);
        for s in &a.sign_in {
            let side = match s.side {
                Side::Client => lang.t("side-client"),
                Side::Server => lang.t("side-server"),
            };
            let at =
                s.at.map(|t| t.format("%H:%M:%S%.3f").to_string())
                    .unwrap_or_default();
            let row = format!(
                "  {} {:<4} {} {} {at}",
                cell(&side, 6),
                if s.side == Side::Server {
                    s.step.as_str()
                } else {
                    ""
                },
                cell(&s.name.render(lang), 50),
                cell(&status_text(s.status, lang), status_width),
            );
            let _ = writeln!(out, "{}", row.trim_end());
        }
    }

    if !a.calls.is_empty() {
        calls(&mut out, &a.calls, lang);
    }

    if !a.push_subscriptions.is_empty() {
        let heading = Text::key("push-heading").num("count", a.push_subscriptions.len() as i64);
        let _ = writeln!(out, "\n{}", heading.render(lang));
        for p in &a.push_subscriptions {
            let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_owned());
            let at =
                p.at.map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
                    .unwrap_or_default();
            let row = format!(
                "  {at:<19} {:<8} {:<6} {} {}",
                or_dash(&p.platform),
                or_dash(&p.service),
                or_dash(&p.token),
                or_dash(&p.user),
            );
            let _ = writeln!(out, "{}", row.trim_end());
        }
    }

    let _ = writeln!(out);
    out.push_str(&summary_block(report));

    let heading = Text::key("sources-heading").num("count", b.files.len() as i64);
    let _ = writeln!(out, "\n{}", heading.render(lang));
    for f in &b.files {
        let lines = Text::key("source-lines").num("count", i64::from(f.lines));
        let _ = writeln!(
            out,
            "  {:<12} {:>9} {:>14}  {}",
            f.kind.name(),
            human_bytes(f.size),
            lines.render(lang),
            f.path
        );
        for p in &f.problems {
            let _ = writeln!(out, "      ! {p}");
        }
        for n in &f.notes {
            let _ = writeln!(out, "      - {n}");
        }
    }
    for p in &a.problems {
        let _ = writeln!(out, "  ! {p}");
    }
    report.finish(out)
}

/// The calls, newest last: when, which way, with whom, how it ended, the
/// codecs and the media figures.
fn calls(out: &mut String, calls: &[crate::analysis::Call], lang: Lang) {
    let heading = Text::key("calls-heading").num("count", calls.len() as i64);
    let _ = writeln!(out, "\n{}", heading.render(lang));
    if calls.len() > MAX_CALLS {
        let more = Text::key("calls-newest").num("count", MAX_CALLS as i64);
        let _ = writeln!(out, "  {}", more.render(lang));
    }
    for c in &calls[calls.len().saturating_sub(MAX_CALLS)..] {
        let at = c
            .started
            .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_default();
        let mut line = format!(
            "  {at}  {}  {} -> {}  {}",
            c.direction.text().render(lang),
            c.from.as_deref().unwrap_or("?"),
            c.to.as_deref().unwrap_or("?"),
            c.outcome.text().render(lang),
        );
        if let Some(answer) = c.answer() {
            let _ = write!(line, " ({answer})");
        }
        if !c.codecs.is_empty() {
            let _ = write!(line, "  {}", c.codecs.join(", "));
        }
        let _ = writeln!(out, "{line}");
        if let Some(figures) = c.figures() {
            let _ = writeln!(out, "      {}", figures.render(lang));
        }
        if let Some(features) = c.mid_call_text() {
            let _ = writeln!(out, "      {}", features.render(lang));
        }
    }
}

/// A playbook as text, for a ticket or a wiki: its purpose, the guide's
/// section, then each step with the answers it expects and what they mean.
pub fn playbook(book: &crate::analysis::playbooks::Playbook, lang: Lang) -> String {
    use crate::analysis::playbooks::{Ask, Outcome};
    let mut out = String::new();
    let _ = writeln!(out, "{} ({})", book.title.render(lang), book.id);
    para(&mut out, 0, "", &book.when.render(lang));
    let guide = book.guide.render(lang);
    if !guide.is_empty() {
        para(
            &mut out,
            0,
            &format!("{}: ", lang.t("playbook-guide")),
            &guide,
        );
    }
    if !book.findings.is_empty() {
        para(
            &mut out,
            0,
            &format!("{}: ", lang.t("playbook-for-findings")),
            &book.findings.join(", "),
        );
    }
    let others = crate::analysis::playbooks::shared();
    let outcome = |o: &Outcome| {
        let mut said = Vec::new();
        if let Some((cause, fix)) = &o.means {
            said.push(format!("{} {}", cause.render(lang), fix.render(lang)));
        }
        if let Some(next) = o
            .next
            .as_ref()
            .and_then(|n| book.steps.iter().position(|s| s.id == *n))
        {
            said.push(
                Text::key("playbook-go-to-step")
                    .num("n", next as i64 + 1)
                    .render(lang),
            );
        }
        if let Some(p) = o.playbook.as_ref().and_then(|p| others.get(p)) {
            said.push(
                Text::key("playbook-then")
                    .str("title", p.title.render(lang))
                    .str("id", p.id.clone())
                    .render(lang),
            );
        }
        if o.end {
            said.push(lang.t("playbook-ends"));
        }
        said.join(" ")
    };
    for (i, step) in book.steps.iter().enumerate() {
        let _ = writeln!(out);
        para(
            &mut out,
            0,
            &format!("{}. ", i + 1),
            &step.text.render(lang),
        );
        let answers: Vec<(String, String)> = match step.ask {
            Ask::Check => vec![(lang.t("playbook-answer-done"), "any".to_owned())],
            Ask::Value => vec![(lang.t("playbook-answer-value"), "any".to_owned())],
            Ask::YesNo => vec![
                (lang.t("playbook-answer-yes"), "yes".to_owned()),
                (lang.t("playbook-answer-no"), "no".to_owned()),
            ],
            Ask::Choice => step
                .options
                .iter()
                .map(|c| (c.text.render(lang), c.id.clone()))
                .collect(),
        };
        for (shown, key) in answers {
            let said = step.on.get(&key).map(&outcome).unwrap_or_default();
            let label = format!("[ ] {shown}");
            if said.is_empty() {
                para(&mut out, 3, &label, "");
            } else {
                para(&mut out, 3, &format!("{label}: "), &said);
            }
        }
    }
    out
}
