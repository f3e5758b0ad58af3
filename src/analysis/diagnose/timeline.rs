//! Sign-in attempts and their registration steps.
//!
//! An attempt starts where the BroadWorks calling library starts (or,
//! without that line, where a token is requested). Session facts (app
//! start, entitlements) are shared: an attempt uses the latest one written
//! before it ends, because the app log and the BWC log may sit in different
//! files whose clocks interleave.

use std::ops::Range;

use super::register::{self, Last, Outcome};
use crate::analysis::extract::device::Form;
use crate::analysis::extract::{Event, EventKind, Service};
use crate::analysis::model::{Attempt, Evidence, Status, Step, StepId};
use crate::record::Bundle;

/// An attempt with what the rules need to explain it.
#[derive(Debug, Clone)]
pub struct AttemptCtx {
    pub attempt: Attempt,
    pub range: Range<usize>,
    pub reg: Outcome,
    /// Event index that decided each step, where one did.
    pub decided_by: Vec<(StepId, Status, Option<usize>)>,
    /// The kind of device the app runs on, and the types the XSI answer listed.
    pub form: Form,
    pub device_types: Option<Vec<String>>,
}

impl AttemptCtx {
    pub fn decided(&self, step: StepId) -> Option<(Status, Option<usize>)> {
        self.decided_by
            .iter()
            .find(|(s, ..)| *s == step)
            .map(|(_, st, i)| (*st, *i))
    }
}

fn is_sequence(e: &Event) -> bool {
    matches!(
        e.kind,
        EventKind::HttpRequest(_) | EventKind::HttpResponse(_) | EventKind::Sip(_)
    )
}

/// Where attempts start: BWC starts, or token requests when no start is logged.
fn boundaries(events: &[Event]) -> Vec<usize> {
    let mut starts: Vec<usize> = events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EventKind::BwcInit)
        .map(|(i, _)| i)
        .collect();
    if starts.is_empty() {
        starts = (0..events.len())
            .filter(|&i| {
                matches!(&events[i].kind, EventKind::HttpRequest(r) if r.service == Service::Token)
            })
            .collect();
    }
    // A start with no traffic since the previous one (the same line in two
    // files, a restart logged twice) does not open a new attempt.
    let mut kept: Vec<usize> = Vec::new();
    for s in starts {
        match kept.last() {
            Some(&prev) if !events[prev..s].iter().any(is_sequence) => {}
            _ => kept.push(s),
        }
    }
    if kept.is_empty() {
        kept.push(0);
    }
    kept[0] = 0;
    kept
}

/// Every attempt of a bundle, oldest first, and the last one with what the
/// rules need to explain it.
#[derive(Default)]
pub struct Attempts {
    pub all: Vec<Attempt>,
    /// The verdict is about the last attempt; only its context is kept, as
    /// a bundle can hold thousands of attempts.
    pub last: Option<AttemptCtx>,
}

pub fn attempts(bundle: &Bundle, events: &[Event]) -> Attempts {
    let starts = boundaries(events);
    let log_end = bundle.time_span().map(|(_, end)| end.timestamp_millis());
    let ends: Vec<usize> = starts
        .iter()
        .skip(1)
        .copied()
        .chain([events.len()])
        .collect();
    let sessions = Sessions {
        app_starts: indices(events, |k| matches!(k, EventKind::AppStart { .. })),
        entitlements: indices(events, |k| matches!(k, EventKind::Entitlements(_))),
    };
    let mut all = Vec::with_capacity(starts.len());
    let mut last = None;
    for (&s, e) in starts.iter().zip(ends) {
        let ctx = attempt(events, &sessions, s..e, log_end);
        if e == events.len() {
            all.push(ctx.attempt.clone());
            last = Some(ctx);
        } else {
            all.push(ctx.attempt);
        }
    }
    Attempts { all, last }
}

/// Indices of the events `pick` accepts, for session lookups.
fn indices(events: &[Event], pick: impl Fn(&EventKind) -> bool) -> Vec<usize> {
    (0..events.len())
        .filter(|&i| pick(&events[i].kind))
        .collect()
}

/// The latest of `candidates` before `end`, or the first after it.
fn session(candidates: &[usize], end: usize) -> Option<usize> {
    let before = candidates.partition_point(|&i| i < end);
    if before > 0 {
        candidates.get(before - 1).copied()
    } else {
        candidates.first().copied()
    }
}

/// Where the session facts are, computed once for all attempts.
struct Sessions {
    app_starts: Vec<usize>,
    entitlements: Vec<usize>,
}

fn attempt(
    events: &[Event],
    sessions: &Sessions,
    range: Range<usize>,
    log_end: Option<i64>,
) -> AttemptCtx {
    let in_range = || range.clone();
    let mut decided: Vec<(StepId, Status, Option<usize>)> = Vec::new();

    let start = session(&sessions.app_starts, range.end);
    decided.push((
        StepId::AppStart,
        if start.is_some() {
            Status::Ok
        } else {
            Status::NotSeen
        },
        start,
    ));
    let platform = start.and_then(|i| match &events[i].kind {
        EventKind::AppStart { platform, .. } => platform.as_deref(),
        _ => None,
    });
    let form = Form::of_platform(platform);

    let ents = session(&sessions.entitlements, range.end);
    let has_connector = ents.is_some_and(|i| matches!(&events[i].kind, EventKind::Entitlements(l) if l.iter().any(|e| e == "broadworks-connector")));
    decided.push(match ents {
        Some(i) if has_connector => (StepId::Entitlements, Status::Ok, Some(i)),
        Some(i) => (StepId::Entitlements, Status::Failed, Some(i)),
        None => (StepId::Entitlements, Status::NotSeen, None),
    });

    let init = in_range()
        .find(|&i| events[i].kind == EventKind::BwcInit)
        .or_else(|| in_range().find(|&i| events[i].bwc));
    decided.push((
        StepId::BwcInit,
        if init.is_some() {
            Status::Ok
        } else {
            Status::NotSeen
        },
        init,
    ));

    let http_answer = |svc: Service, want: &dyn Fn(&Event) -> bool| {
        in_range().rev().find(|&i| {
            matches!(events[i].kind, EventKind::HttpResponse(_))
                && events[i].service() == Some(svc)
                && want(&events[i])
        })
    };
    let status_of = |i: usize| match &events[i].kind {
        EventKind::HttpResponse(r) => r.status,
        _ => 0,
    };
    let ok_status = |s: u16| (200..300).contains(&s);

    let token = http_answer(Service::Token, &|_| true);
    decided.push(match token {
        Some(i) if ok_status(status_of(i)) => (StepId::Token, Status::Ok, Some(i)),
        Some(i) => (StepId::Token, Status::Failed, Some(i)),
        None => (StepId::Token, Status::NotSeen, None),
    });

    let is_device_url = |e: &Event| matches!(&e.kind, EventKind::HttpResponse(r) if r.url.as_deref().is_some_and(|u| u.contains("/profile/device")));
    let xsi =
        http_answer(Service::Xsi, &is_device_url).or_else(|| http_answer(Service::Xsi, &|_| true));
    let types = xsi.and_then(|x| {
        events
            .iter()
            .skip(x)
            .take_while(|e| e.file == events[x].file && e.record == events[x].record)
            .find_map(|e| match &e.kind {
                EventKind::DeviceList(t) => Some(t.clone()),
                _ => None,
            })
    });
    let not_found =
        in_range().find(|&i| matches!(&events[i].kind, EventKind::DeviceProfileNotFound(_)));
    let lacks_type = types.as_ref().is_some_and(|t| !form.served_by(t));
    decided.push(match (xsi, not_found) {
        (Some(i), _) if !ok_status(status_of(i)) => (StepId::DeviceList, Status::Failed, Some(i)),
        (_, Some(n)) => (StepId::DeviceList, Status::Failed, Some(n)),
        (Some(i), None) if lacks_type => (StepId::DeviceList, Status::Failed, Some(i)),
        (Some(i), None) => (StepId::DeviceList, Status::Ok, Some(i)),
        (None, None) => (StepId::DeviceList, Status::NotSeen, None),
    });

    let dms = http_answer(Service::Dms, &|_| true);
    let parse_failed = in_range().find(|&i| {
        matches!(
            &events[i].kind,
            EventKind::BwcErrorCode(1507) | EventKind::ConfigUnreadable
        )
    });
    decided.push(match (dms, parse_failed) {
        (Some(i), _) if !ok_status(status_of(i)) => {
            (StepId::ConfigDownload, Status::Failed, Some(i))
        }
        (_, Some(p)) => (StepId::ConfigDownload, Status::Failed, Some(p)),
        (Some(i), None) => (StepId::ConfigDownload, Status::Ok, Some(i)),
        (None, None) => (StepId::ConfigDownload, Status::NotSeen, None),
    });

    let reg = register::follow(events, range.clone(), log_end);
    let failure = [
        reg.rejected.map(|r| r.0),
        reg.auth_failed,
        reg.timeout,
        reg.transport_failed,
    ]
    .into_iter()
    .flatten()
    .max();
    decided.push(match reg.last {
        Last::Accepted => (StepId::SipRegister, Status::Ok, reg.accepted),
        Last::Failed => (StepId::SipRegister, Status::Failed, failure),
        Last::Nothing => (StepId::SipRegister, Status::NotSeen, None),
    });
    decided.push((
        StepId::Registered,
        if reg.registered.is_some() {
            Status::Ok
        } else {
            Status::NotSeen
        },
        reg.registered,
    ));

    let mut steps: Vec<Step> = Vec::with_capacity(StepId::ALL.len());
    let mut previous: Option<i64> = None;
    for (step, status, idx) in &decided {
        let millis = idx.and_then(|i| events[i].millis);
        let at = millis.and_then(chrono::DateTime::from_timestamp_millis);
        let since_previous_ms = millis.zip(previous).map(|(now, before)| now - before);
        if millis.is_some() {
            previous = millis;
        }
        steps.push(Step {
            step: *step,
            status: *status,
            at,
            since_previous_ms,
            evidence: idx.map(|i| Evidence::of(&events[i])),
        });
    }
    let started = events
        .get(range.start)
        .and_then(|e| e.millis)
        .and_then(chrono::DateTime::from_timestamp_millis);
    AttemptCtx {
        attempt: Attempt {
            started,
            run: 0,
            steps,
        },
        range,
        reg,
        decided_by: decided,
        form,
        device_types: types,
    }
}
