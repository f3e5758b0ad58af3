//! Runs of the app, the sign-in attempts in them, and their registration
//! steps.
//!
//! A run is one start of the app: the `current_log` file family is the
//! newest, `last_run_current_log` the one before (rotated parts of a file
//! belong to its run), and a start line after sign-in traffic in the same
//! file begins another. A run begins at its first record when no start
//! line is recognised. An attempt starts where the BroadWorks calling
//! library starts (or, without that line, where a token is requested) and
//! never crosses a run. The verdict follows the newest run that tried to
//! register; earlier runs stay as history.
//!
//! Session facts (app start, entitlements) are shared by the attempts of a
//! run: an attempt uses the latest one written before it starts. Steps are
//! listed in time order, so a duration is never negative; a step whose own
//! lines were not recognised but whose successor went well is `inferred`.

use std::ops::Range;

use super::register::{self, Last, Outcome};
use super::session;
use crate::analysis::extract::device::{self, Form};
use crate::analysis::extract::{Event, EventKind, Service};
use crate::analysis::model::{Attempt, Evidence, Status, Step, StepId};
use crate::record::{Bundle, FileKind, RecordRef};

/// How a step was decided: its status and the line that shows it.
#[derive(Debug, Clone, Copy)]
pub struct Decision {
    pub step: StepId,
    pub status: Status,
    /// The event that decided it, where one did.
    pub event: Option<usize>,
    /// The line shown for it and that line's time.
    pub at: Option<(Evidence, Option<i64>)>,
    /// For a step not seen: its request, when only the answer is missing.
    pub asked: Option<usize>,
}

/// An attempt with what the rules need to explain it.
#[derive(Debug, Clone)]
pub struct AttemptCtx {
    pub attempt: Attempt,
    pub range: Range<usize>,
    pub reg: Outcome,
    pub decisions: Vec<Decision>,
    /// The kind of device the app runs on, and the types the XSI answer listed.
    /// `None` when the log names no platform.
    pub form: Option<Form>,
    pub device_types: Option<Vec<String>>,
}

impl AttemptCtx {
    /// The status of a step and the event that decided it.
    pub fn decided(&self, step: StepId) -> Option<(Status, Option<usize>)> {
        self.decisions
            .iter()
            .find(|d| d.step == step)
            .map(|d| (d.status, d.event))
    }
}

/// Whether an event shows the app trying to register.
fn is_attempt_event(e: &Event) -> bool {
    match &e.kind {
        EventKind::BwcInit | EventKind::Sip(_) | EventKind::SipTimeout { .. } => true,
        EventKind::TransportFailure { sip, .. } => *sip,
        // Signing in to Webex is not registering with BroadWorks.
        EventKind::HttpRequest(_) | EventKind::HttpResponse(_) => {
            e.service().is_some_and(Service::registers)
        }
        _ => false,
    }
}

/// Where attempts start in `range`: where the BroadWorks calling library
/// starts or a token is requested, whichever comes first (the app may ask
/// for its token before the library says it starts); the first attempt
/// starts at the range's start.
fn boundaries(events: &[Event], range: Range<usize>) -> Vec<usize> {
    let starts: Vec<usize> = range
        .clone()
        .filter(|&i| {
            events[i].kind == EventKind::BwcInit
                || matches!(&events[i].kind, EventKind::HttpRequest(r) if r.service == Service::Token)
        })
        .collect();
    // A start opens a new attempt once the attempt before it talked to a
    // back end (a start logged twice is one start); but the library's start
    // after a token the app fetched first belongs to that token's attempt.
    // And it opens one only if the app then talks to a back end: a
    // component starting up in the middle of a sign-in is no new sign-in.
    let talks = |e: &Event| {
        e.service().is_some_and(Service::registers) || matches!(e.kind, EventKind::Sip(_))
    };
    let token_went_well = |e: &Event| {
        !talks(e)
            || match &e.kind {
                EventKind::HttpRequest(r) => r.service == Service::Token,
                EventKind::HttpResponse(r) => {
                    e.service() == Some(Service::Token) && (200..300).contains(&r.status)
                }
                _ => false,
            }
    };
    let mut kept: Vec<usize> = vec![range.start];
    // What the events since the last kept start did, extended start by
    // start rather than read again from there each time.
    let (mut talked, mut token_well, mut scanned) = (false, true, range.start);
    for (k, &s) in starts.iter().enumerate() {
        let prev = *kept.last().unwrap_or(&range.start);
        let next = starts.get(k + 1).copied().unwrap_or(range.end);
        let asks = events[s.min(next)..next].iter().any(talks);
        for e in events.get(scanned..s).unwrap_or_default() {
            talked |= talks(e);
            token_well &= token_went_well(e);
        }
        scanned = scanned.max(s);
        let token_first = events[prev].kind != EventKind::BwcInit
            && events[s].kind == EventKind::BwcInit
            && token_well;
        if s > prev && asks && talked && !token_first {
            kept.push(s);
            (talked, token_well) = (false, true);
        }
    }
    kept
}

/// A run of the app, from its first record.
#[derive(Debug, Clone, Copy)]
struct Run {
    start: i64,
    first: RecordRef,
}

/// The file family a log belongs to: rotated parts (`current_log.txt.1`,
/// `current_log_1.txt`, `.gz`) share their run.
fn family(path: &str) -> String {
    let base = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let lower = base.to_ascii_lowercase();
    let mut s = lower.as_str();
    loop {
        let before = s;
        for suffix in [".gz", ".txt", ".log"] {
            s = s.strip_suffix(suffix).unwrap_or(s);
        }
        s = s.trim_end_matches(|c: char| c.is_ascii_digit());
        s = s.trim_end_matches(['.', '_', '-']);
        if s == before {
            break;
        }
    }
    s.to_owned()
}

/// The runs of the app logs, oldest first: one per file family, and one
/// more wherever the app says it starts after sign-in traffic in a file.
fn runs(bundle: &Bundle, events: &[Event]) -> Vec<Run> {
    let mut families: Vec<(String, Run)> = Vec::new();
    for (i, f) in bundle.files.iter().enumerate() {
        if f.kind != FileKind::WebexApp {
            continue;
        }
        let Some((rec, start)) = f
            .records
            .iter()
            .enumerate()
            .find_map(|(r, rec)| rec.millis().map(|m| (r, m)))
        else {
            continue;
        };
        let run = Run {
            start,
            first: RecordRef {
                file: i as u32,
                record: rec as u32,
            },
        };
        let name = family(&f.path);
        match families.iter_mut().find(|(n, _)| *n == name) {
            Some((_, r)) if r.start > start => *r = run,
            Some(_) => {}
            None => families.push((name, run)),
        }
    }
    let mut runs: Vec<Run> = families.into_iter().map(|(_, r)| r).collect();
    // Restarts inside a file: a start line after traffic of the same file.
    let mut traffic: Vec<bool> = vec![false; bundle.files.len()];
    for e in events {
        let file = e.file as usize;
        match &e.kind {
            EventKind::AppStart { start: true, .. }
                if traffic.get(file).copied().unwrap_or(false) =>
            {
                if let Some(m) = e.millis {
                    runs.push(Run {
                        start: m,
                        first: e.at(),
                    });
                }
                traffic[file] = false;
            }
            _ if is_attempt_event(e) => {
                if let Some(t) = traffic.get_mut(file) {
                    *t = true;
                }
            }
            _ => {}
        }
    }
    runs.sort_by_key(|r| r.start);
    runs.dedup_by_key(|r| r.start);
    runs
}

/// The app's newest start the logs prove, with its record: a start line,
/// or the first record of a run that follows an earlier one (the
/// `current_log` after a `last_run_current_log`). A log's first record
/// alone proves none: older parts of it may have been rotated away.
pub fn last_start(bundle: &Bundle, events: &[Event]) -> Option<(i64, RecordRef)> {
    let runs = runs(bundle, events);
    let followed = runs
        .len()
        .checked_sub(1)
        .filter(|&n| n > 0)
        .map(|n| (runs[n].start, runs[n].first));
    let line = events.iter().rev().find_map(|e| match (&e.kind, e.millis) {
        (EventKind::AppStart { start: true, .. }, Some(m)) => Some((m, e.at())),
        _ => None,
    });
    [followed, line]
        .into_iter()
        .flatten()
        .max_by_key(|(m, _)| *m)
}

/// Every attempt of a bundle, oldest first, and the newest one with what
/// the rules need to explain it.
#[derive(Default)]
pub struct Attempts {
    pub all: Vec<Attempt>,
    /// The verdict is about this attempt: the newest of the newest run that
    /// tried to register. Only its context is kept, as a bundle can hold
    /// thousands of attempts.
    pub last: Option<AttemptCtx>,
}

pub fn attempts(bundle: &Bundle, events: &[Event]) -> Attempts {
    let log_end = bundle.time_span().map(|(_, end)| end.timestamp_millis());
    let runs = runs(bundle, events);
    // Where each run's events start; earlier events belong to the first
    // run, undated ones to the last.
    let mut cuts: Vec<usize> = vec![0];
    for r in runs.iter().skip(1) {
        cuts.push(events.partition_point(|e| e.millis.is_some_and(|m| m < r.start)));
    }
    cuts.push(events.len());
    let ranges: Vec<Range<usize>> = cuts.windows(2).map(|w| w[0]..w[1].max(w[0])).collect();
    let newest = ranges
        .iter()
        .rposition(|r| events[r.clone()].iter().any(is_attempt_event))
        .unwrap_or(ranges.len().saturating_sub(1));
    let sessions = Sessions {
        app_starts: session::find(events, 0..events.len(), |k| {
            matches!(k, EventKind::AppStart { .. })
        }),
        entitlements: session::find(events, 0..events.len(), |k| {
            matches!(k, EventKind::Entitlements(_))
        }),
        platform: session::platform(events),
        sbc: session::SbcSources::of(events),
    };
    let mut all = Vec::new();
    let mut last = None;
    for (run, range) in ranges.iter().enumerate() {
        let starts = boundaries(events, range.clone());
        let ends: Vec<usize> = starts.iter().skip(1).copied().chain([range.end]).collect();
        for (&s, e) in starts.iter().zip(ends) {
            let ctx = attempt(
                events,
                &sessions,
                AttemptIn {
                    range: s..e,
                    run,
                    run_range: range.clone(),
                    run_start: runs.get(run).copied(),
                },
                log_end,
            );
            if run == newest && e == range.end {
                all.push(ctx.attempt.clone());
                last = Some(ctx);
            } else {
                all.push(ctx.attempt);
            }
        }
    }
    Attempts { all, last }
}

/// Where the session facts are, computed once for all attempts.
struct Sessions<'e> {
    app_starts: Vec<usize>,
    entitlements: Vec<usize>,
    /// The platform the app named last, for attempts whose start line
    /// names none.
    platform: Option<&'e str>,
    sbc: session::SbcSources,
}

/// The session fact an attempt uses: the latest of `candidates` in its run
/// at or before the attempt starts; else the first in its run after that;
/// else the latest written before the run ends.
fn session_fact(candidates: &[usize], run: &Range<usize>, attempt_start: usize) -> Option<usize> {
    let lo = candidates.partition_point(|&i| i < run.start);
    let at = candidates.partition_point(|&i| i <= attempt_start);
    let hi = candidates.partition_point(|&i| i < run.end);
    if at > lo {
        Some(candidates[at - 1])
    } else if hi > at {
        Some(candidates[at])
    } else if hi > 0 {
        Some(candidates[hi - 1])
    } else {
        None
    }
}

/// Where an attempt lies.
struct AttemptIn {
    range: Range<usize>,
    run: usize,
    run_range: Range<usize>,
    run_start: Option<Run>,
}

fn attempt<'e>(
    events: &'e [Event],
    sessions: &Sessions<'e>,
    place: AttemptIn,
    log_end: Option<i64>,
) -> AttemptCtx {
    let AttemptIn {
        range,
        run,
        run_range,
        run_start,
    } = place;
    let in_range = || range.clone();
    let of_event = |step: StepId, status: Status, event: Option<usize>| Decision {
        step,
        status,
        event,
        at: event.map(|i| (Evidence::of(&events[i]), events[i].millis)),
        asked: None,
    };
    // A request of the service whose answer was not seen.
    let asked = |svc: Service| {
        in_range()
            .rev()
            .find(|&i| matches!(&events[i].kind, EventKind::HttpRequest(r) if r.service == svc))
    };
    let unanswered = |step: StepId, svc: Service| Decision {
        asked: asked(svc),
        ..of_event(step, Status::NotSeen, None)
    };
    // The attempt starts at its first step of its own.
    let first_own = in_range().find(|&i| is_attempt_event(&events[i]));
    let started_ms = first_own.and_then(|i| events[i].millis);
    let mut decisions: Vec<Decision> = Vec::with_capacity(StepId::ALL.len());

    let anchor = first_own.unwrap_or(range.start);
    let start = session_fact(&sessions.app_starts, &run_range, anchor);
    let start_before = start.filter(|&i| {
        matches!((events[i].millis, started_ms), (Some(a), Some(b)) if a <= b)
            || started_ms.is_none()
    });
    let platform = start.and_then(|i| match &events[i].kind {
        EventKind::AppStart { platform, .. } => platform.as_deref(),
        _ => None,
    });
    decisions.push(match (start_before, run_start) {
        (Some(i), _) => of_event(StepId::AppStart, Status::Ok, Some(i)),
        // No start line before the attempt: the run starts at its first record.
        (None, Some(r)) if started_ms.is_none_or(|s| r.start <= s) => Decision {
            step: StepId::AppStart,
            status: Status::Ok,
            event: None,
            at: Some((Evidence { at: r.first }, Some(r.start))),
            asked: None,
        },
        (None, _) => of_event(
            StepId::AppStart,
            if start.is_some() {
                Status::Ok
            } else {
                Status::NotSeen
            },
            start,
        ),
    });
    let form = Form::of_platform(platform.or(sessions.platform));

    let ents = session_fact(&sessions.entitlements, &run_range, anchor);
    let has_connector = ents.is_some_and(|i| matches!(&events[i].kind, EventKind::Entitlements(l) if l.iter().any(|e| e == "broadworks-connector")));
    decisions.push(match ents {
        Some(i) if has_connector => of_event(StepId::Entitlements, Status::Ok, Some(i)),
        Some(i) => of_event(StepId::Entitlements, Status::Failed, Some(i)),
        None => of_event(StepId::Entitlements, Status::NotSeen, None),
    });

    let init = in_range()
        .find(|&i| events[i].kind == EventKind::BwcInit)
        .or_else(|| in_range().find(|&i| events[i].bwc));
    decisions.push(of_event(
        StepId::BwcInit,
        if init.is_some() {
            Status::Ok
        } else {
            Status::NotSeen
        },
        init,
    ));

    let status_of = |i: usize| match &events[i].kind {
        EventKind::HttpResponse(r) => r.status,
        _ => 0,
    };
    let ok_status = |s: u16| (200..300).contains(&s);
    // The answer that decides a service's step: the last one; a digest
    // challenge answered by a retry is not a failure.
    let http_answer = |svc: Service, want: &dyn Fn(&Event) -> bool| {
        in_range().rev().find(|&i| {
            matches!(events[i].kind, EventKind::HttpResponse(_))
                && events[i].service() == Some(svc)
                && want(&events[i])
        })
    };

    let token = http_answer(Service::Token, &|_| true);
    decisions.push(match token {
        Some(i) if ok_status(status_of(i)) => of_event(StepId::Token, Status::Ok, Some(i)),
        Some(i) => of_event(StepId::Token, Status::Failed, Some(i)),
        None => unanswered(StepId::Token, Service::Token),
    });

    let is_device_url = |e: &Event| matches!(&e.kind, EventKind::HttpResponse(r) if r.url.as_deref().is_some_and(|u| u.contains("/profile/device")));
    let xsi =
        http_answer(Service::Xsi, &is_device_url).or_else(|| http_answer(Service::Xsi, &|_| true));
    // The device list is the one of the answer, or the latest one logged
    // in the attempt up to the next step when the answer carried none.
    let types = xsi
        .and_then(|x| {
            events
                .iter()
                .skip(x)
                .take_while(|e| e.file == events[x].file && e.record == events[x].record)
                .find_map(|e| match &e.kind {
                    EventKind::DeviceList(t) => Some(t.clone()),
                    _ => None,
                })
        })
        .or_else(|| {
            in_range().rev().find_map(|i| match &events[i].kind {
                EventKind::DeviceList(t) => Some(t.clone()),
                _ => None,
            })
        });
    let dms = http_answer(Service::Dms, &|_| true);
    let parse_failed = in_range().find(|&i| {
        matches!(
            &events[i].kind,
            EventKind::BwcErrorCode(1507) | EventKind::ConfigUnreadable
        )
    });
    let configured = parse_failed.is_none() && dms.is_some_and(|i| ok_status(status_of(i)));
    let not_found =
        in_range().find(|&i| matches!(&events[i].kind, EventKind::DeviceProfileNotFound(_)));
    let lacks_type = types.as_ref().is_some_and(|t| !device::serves(form, t));
    decisions.push(match (xsi, not_found) {
        (Some(i), _) if !ok_status(status_of(i)) => {
            of_event(StepId::DeviceList, Status::Failed, Some(i))
        }
        (_, Some(n)) => of_event(StepId::DeviceList, Status::Failed, Some(n)),
        // The app went on to download its configuration: it found a
        // device profile it uses, whatever our table says it asks for.
        (Some(i), None) if lacks_type && !configured => {
            of_event(StepId::DeviceList, Status::Failed, Some(i))
        }
        (Some(i), None) => of_event(StepId::DeviceList, Status::Ok, Some(i)),
        (None, None) => unanswered(StepId::DeviceList, Service::Xsi),
    });

    decisions.push(match (dms, parse_failed) {
        (Some(i), _) if !ok_status(status_of(i)) => {
            of_event(StepId::ConfigDownload, Status::Failed, Some(i))
        }
        (_, Some(p)) => of_event(StepId::ConfigDownload, Status::Failed, Some(p)),
        (Some(i), None) => of_event(StepId::ConfigDownload, Status::Ok, Some(i)),
        (None, None) => unanswered(StepId::ConfigDownload, Service::Dms),
    });

    let proxy = sessions.sbc.before(events, range.end);
    let reg = register::follow(events, range.clone(), log_end, proxy.as_deref());
    let failure = [
        reg.rejected.map(|r| r.0),
        reg.auth_failed,
        reg.timeout,
        reg.transport_failed,
    ]
    .into_iter()
    .flatten()
    .max();
    decisions.push(match reg.last {
        Last::Accepted => of_event(StepId::SipRegister, Status::Ok, reg.accepted),
        Last::Failed => of_event(StepId::SipRegister, Status::Failed, failure),
        Last::Nothing => of_event(StepId::SipRegister, Status::NotSeen, None),
    });
    decisions.push(of_event(
        StepId::Registered,
        if reg.registered.is_some() {
            Status::Ok
        } else {
            Status::NotSeen
        },
        reg.registered,
    ));

    infer(&mut decisions, events);
    let started = started_ms
        .or_else(|| events.get(range.start).and_then(|e| e.millis))
        .and_then(chrono::DateTime::from_timestamp_millis);
    AttemptCtx {
        attempt: Attempt {
            started,
            run,
            steps: steps(&decisions),
        },
        range,
        reg,
        decisions,
        form,
        device_types: types,
    }
}

/// A step not seen before a step that went well must have happened: it
/// went well too when its request was seen (only the answer went unread),
/// and is inferred otherwise.
fn infer(decisions: &mut [Decision], events: &[Event]) {
    let mut later_ok = false;
    for d in decisions.iter_mut().rev() {
        match d.status {
            Status::Ok => later_ok = true,
            Status::Failed => later_ok = false,
            Status::NotSeen if later_ok => match d.asked {
                Some(i) => {
                    d.status = Status::Ok;
                    d.event = Some(i);
                    d.at = Some((Evidence::of(&events[i]), events[i].millis));
                }
                None => d.status = Status::Inferred,
            },
            _ => {}
        }
    }
}

/// The steps in time order: a step with a time sorts by it, one without
/// stays right after the step before it in the sequence; each duration is
/// from the step before it in that order, so never negative.
fn steps(decisions: &[Decision]) -> Vec<Step> {
    let mut keyed: Vec<(i64, usize, &Decision)> = Vec::with_capacity(decisions.len());
    let mut key = i64::MIN;
    for (n, d) in decisions.iter().enumerate() {
        if let Some(m) = d.at.and_then(|(_, m)| m) {
            key = m;
        }
        keyed.push((key, n, d));
    }
    keyed.sort_by_key(|&(k, n, _)| (k, n));
    let mut previous: Option<i64> = None;
    keyed
        .into_iter()
        .map(|(_, _, d)| {
            let millis = d.at.and_then(|(_, m)| m);
            let since_previous_ms = millis.zip(previous).map(|(now, before)| now - before);
            if millis.is_some() {
                previous = millis;
            }
            Step {
                step: d.step,
                status: d.status,
                at: millis.and_then(chrono::DateTime::from_timestamp_millis),
                since_previous_ms,
                evidence: d.at.map(|(e, _)| e),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotated_parts_share_their_run() {
        assert_eq!(family("a/CiscoSpark/current_log.txt"), "current_log");
        assert_eq!(family("a/current_log.txt.1"), "current_log");
        assert_eq!(family("Logs/current_log_1.txt"), "current_log");
        assert_eq!(family("x/current_log.txt.2.gz"), "current_log");
        assert_eq!(family("x/last_run_current_log.txt"), "last_run_current_log");
        assert_eq!(family("SparkMacDesktop/current_log"), "current_log");
    }

    fn decision(step: StepId, status: Status, millis: Option<i64>) -> Decision {
        Decision {
            step,
            status,
            event: None,
            asked: None,
            at: millis.map(|m| {
                (
                    Evidence {
                        at: RecordRef { file: 0, record: 0 },
                    },
                    Some(m),
                )
            }),
        }
    }

    #[test]
    fn steps_follow_time_and_unseen_ones_before_success_are_inferred() {
        let mut d = vec![
            decision(StepId::AppStart, Status::Ok, Some(100)),
            decision(StepId::Entitlements, Status::Ok, Some(500)),
            decision(StepId::BwcInit, Status::Ok, Some(200)),
            decision(StepId::Token, Status::NotSeen, None),
            decision(StepId::DeviceList, Status::Ok, Some(300)),
            decision(StepId::ConfigDownload, Status::NotSeen, None),
        ];
        infer(&mut d, &[]);
        let s = steps(&d);
        let order: Vec<(StepId, Status)> = s.iter().map(|s| (s.step, s.status)).collect();
        assert_eq!(
            order,
            [
                (StepId::AppStart, Status::Ok),
                (StepId::BwcInit, Status::Ok),
                (StepId::Token, Status::Inferred),
                (StepId::DeviceList, Status::Ok),
                (StepId::ConfigDownload, Status::NotSeen),
                (StepId::Entitlements, Status::Ok),
            ]
        );
        assert!(s.iter().all(|s| s.since_previous_ms.is_none_or(|d| d >= 0)));
    }
}
