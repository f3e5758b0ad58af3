//! Whether the bundle tells one story: logs of different users, or of
//! sources days apart, opened together make one timeline, one ladder and
//! one set of facts out of unrelated events.
//!
//! Users are told apart by the email a log prints with the user's own ids
//! (a contact's or a meeting's email comes without them). Days are compared
//! between sources opened together (two zips, a zip and a folder): one
//! app's rotated logs spanning a weekend are one story, and its runs are
//! told apart by the timeline.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::findings::{Builder, Ctx, Rule};
use crate::analysis::extract::EventKind;
use crate::analysis::model::{Evidence, Known};
use crate::i18n::Text;
use crate::record::RecordRef;

pub(super) const RULES: &[Rule] = &[Rule {
    name: "mixed-bundle",
    produces: &[Known::BundleMixed],
    run: mixed,
}];

/// Sources further apart than this are not one occurrence of a problem.
const APART_MS: i64 = 24 * 3600 * 1000;

fn mixed(b: &mut Builder, ctx: &Ctx) {
    users(b, ctx);
    days(b, ctx);
}

fn users(b: &mut Builder, ctx: &Ctx) {
    // Per user (email, lower case): the first event naming them, and the
    // files that do.
    let mut users: BTreeMap<String, (usize, Vec<u32>)> = BTreeMap::new();
    for (i, e) in b.events.iter().enumerate() {
        let EventKind::Identity(id) = &e.kind else {
            continue;
        };
        let (Some(email), true) = (&id.email, id.user_id.is_some() || id.org_id.is_some()) else {
            continue;
        };
        let entry = users.entry(email.to_lowercase()).or_insert((i, Vec::new()));
        if !entry.1.contains(&e.file) {
            entry.1.push(e.file);
        }
    }
    if users.len() < 2 {
        return;
    }
    for (email, (i, files)) in &users {
        let spans = files.iter().filter_map(|&f| span(ctx, f));
        let whole = spans.fold(None, |acc: Option<(i64, i64)>, (a, z, _)| {
            Some(acc.map_or((a, z), |(x, y)| (x.min(a), y.max(z))))
        });
        let first = &b.events[*i];
        let note = Text::key("detail-mixed-user")
            .str("user", email.as_str())
            .str("file", ctx.bundle.files[first.file as usize].path.as_str())
            .str(
                "range",
                whole.map_or_else(String::new, |(a, z)| range(a, z)),
            );
        b.add(Known::BundleMixed, Some(note), [*i]);
    }
}

fn days(b: &mut Builder, ctx: &Ctx) {
    // Per source (the first part of a path): its time range and its first
    // timed record.
    let mut sources: BTreeMap<&str, (i64, i64, RecordRef)> = BTreeMap::new();
    for (f, file) in ctx.bundle.files.iter().enumerate() {
        let source = file.source();
        let Some((first, last, at)) = span(ctx, f as u32) else {
            continue;
        };
        let entry = sources.entry(source).or_insert((first, last, at));
        if first < entry.0 {
            (entry.0, entry.2) = (first, at);
        }
        entry.1 = entry.1.max(last);
    }
    let mut spans: Vec<(&str, (i64, i64, RecordRef))> = sources.into_iter().collect();
    spans.sort_by_key(|(_, (start, _, _))| *start);
    let apart = spans.windows(2).any(|w| w[1].1.0 - w[0].1.1 > APART_MS);
    if !apart {
        return;
    }
    for (source, (start, end, at)) in spans {
        b.add_lines(
            Known::BundleMixed,
            Some(
                Text::key("detail-mixed-source")
                    .str("source", source)
                    .str("range", range(start, end)),
            ),
            vec![Evidence { at }],
        );
    }
}

/// A file's first and last time, and its first timed record.
fn span(ctx: &Ctx, file: u32) -> Option<(i64, i64, RecordRef)> {
    let (first, last) = ctx.bundle.files.get(file as usize)?.time_span()?;
    let at = RecordRef {
        file,
        record: first.1 as u32,
    };
    Some((first.0, last.0, at))
}

/// `2024-03-11 08:20 – 2024-03-12 09:10` (UTC).
fn range(a: i64, z: i64) -> String {
    let t = |m: i64| {
        DateTime::<Utc>::from_timestamp_millis(m)
            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default()
    };
    format!("{} – {}", t(a), t(z))
}
