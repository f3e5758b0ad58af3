//! The Application Server's side of registration and push: step 5 of the
//! guide's registration sequence (the SBC's REGISTER to the AS and the AS's
//! answer, read from the AS log's SIP with the REGISTER transactions of
//! [`super::register`]), and the mobile push subscriptions the AS logged.
//!
//! An AS log holds the registrations of every subscriber. When the app's
//! log says which address the user registers, the AS's transactions of
//! that address decide; otherwise each address is followed on its own and
//! the step fails if any of them does.

use std::collections::BTreeMap;

use super::findings::{Builder, Ctx, Rule};
use super::register::{self, Last, Outcome, Seat};
use super::timeline::AttemptCtx;
use crate::analysis::extract::sip::{self, Direction, SipMessage, StartLine};
use crate::analysis::extract::{Event, EventKind, push};
use crate::analysis::model::{Evidence, Known, PushSubscription, Status, Step, StepId};
use crate::i18n::Text;
use crate::record::{Bundle, FileKind};

pub(super) const RULES: &[Rule] = &[Rule {
    name: "as-register",
    produces: &[Known::AsRegisterFailed],
    run: as_register_failed,
}];

/// Step 5 as the AS log shows it.
#[derive(Debug, Clone)]
pub struct AsRegister {
    pub status: Status,
    /// The event that decided it: the accepting or rejecting answer, or
    /// the REGISTER left unanswered.
    pub event: Option<usize>,
    /// What went wrong, for the finding: the address and the answer.
    pub failures: Vec<(String, Option<u16>, usize)>,
}

/// The address a REGISTER registers (its To URI), lower case.
fn aor(m: &SipMessage) -> Option<String> {
    m.header("to").and_then(sip::contact_uri)
}

fn is_register(m: &SipMessage) -> bool {
    matches!(
        m.start(),
        StartLine::Request {
            method: "REGISTER",
            ..
        }
    ) || m.method() == Some("REGISTER")
}

/// The addresses the app registered in its newest attempt.
fn client_aors(events: &[Event], last: Option<&AttemptCtx>) -> Vec<String> {
    let Some(a) = last else { return Vec::new() };
    let mut out: Vec<String> = Vec::new();
    for e in &events[a.range.clone()] {
        if let EventKind::Sip(m) = &e.kind
            && m.direction != Direction::Received
            && matches!(
                m.start(),
                StartLine::Request {
                    method: "REGISTER",
                    ..
                }
            )
            && let Some(a) = aor(m)
            && !out.contains(&a)
        {
            out.push(a);
        }
    }
    out
}

/// Judges step 5 when the bundle holds an AS log with SIP (or an XSLog,
/// where the REGISTER would be): `None` without one.
pub fn judge(bundle: &Bundle, events: &[Event], last: Option<&AttemptCtx>) -> Option<AsRegister> {
    // The transactions of each registered address, by Call-ID: a
    // transaction's answer names the same To as its request.
    let mut by_aor: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut any_sip = false;
    for (i, e) in events.iter().enumerate() {
        if let EventKind::AsSip(m) = &e.kind {
            any_sip = true;
            if is_register(m)
                && let Some(a) = aor(m)
            {
                by_aor.entry(a).or_default().push(i);
            }
        }
    }
    let has_xslog = bundle.files.iter().any(|f| f.kind == FileKind::Xslog);
    if !any_sip && !has_xslog {
        return None;
    }
    let wanted = client_aors(events, last);
    let chosen: Vec<(&String, &Vec<usize>)> = {
        let mine: Vec<_> = by_aor
            .iter()
            .filter(|(a, _)| wanted.iter().any(|w| w == *a || same_user(w, a)))
            .collect();
        if mine.is_empty() {
            by_aor.iter().collect()
        } else {
            mine
        }
    };
    let log_end = bundle.time_span().map(|(_, end)| end.timestamp_millis());
    let mut ok = None;
    let mut failures = Vec::new();
    for (a, indices) in chosen {
        let o = register::follow_at(
            events,
            indices.iter().copied(),
            log_end,
            None,
            Seat::Registrar,
        );
        match o.last {
            Last::Accepted => ok = ok.max(o.accepted),
            Last::Failed => {
                if let Some((at, code)) = failure(&o) {
                    failures.push((a.clone(), code, at));
                }
            }
            Last::Nothing => {}
        }
    }
    let (status, event) = match (failures.iter().map(|f| f.2).max(), ok) {
        (Some(f), _) => (Status::Failed, Some(f)),
        (None, Some(a)) => (Status::Ok, Some(a)),
        (None, None) => (Status::NotSeen, None),
    };
    Some(AsRegister {
        status,
        event,
        failures,
    })
}

/// Two addresses of one user: the same user part (the SBC may rewrite the
/// host of the address it forwards).
fn same_user(a: &str, b: &str) -> bool {
    matches!((sip::uri_user(a), sip::uri_user(b)), (Some(x), Some(y)) if x.eq_ignore_ascii_case(y))
}

/// The event and final answer that failed a registration: a rejection, a
/// challenge to credentials, or a REGISTER never answered (no code).
fn failure(o: &Outcome) -> Option<(usize, Option<u16>)> {
    let rejected = o.rejected.map(|(i, c)| (i, Some(c)));
    let auth = o.auth_failed.map(|i| (i, Some(401)));
    let timeout = o.timeout.map(|i| (i, None));
    [rejected, auth, timeout]
        .into_iter()
        .flatten()
        .max_by_key(|(i, _)| *i)
}

/// The step as the timeline shows it. Its time is the AS's clock, so no
/// duration is computed from the app's steps before it.
pub fn step(r: &AsRegister, events: &[Event]) -> Step {
    let e = r.event.map(|i| &events[i]);
    Step {
        step: StepId::AsRegister,
        status: r.status,
        at: e
            .and_then(|e| e.millis)
            .and_then(chrono::DateTime::from_timestamp_millis),
        since_previous_ms: None,
        evidence: e.map(Evidence::of),
    }
}

fn as_register_failed(b: &mut Builder, ctx: &Ctx) {
    let Some(r) = ctx.as_register else { return };
    for (aor, code, at) in &r.failures {
        let detail = match code {
            Some(c) => Text::key("detail-as-register-rejected")
                .str("address", aor)
                .num("code", i64::from(*c)),
            None => Text::key("detail-as-register-unanswered").str("address", aor),
        };
        b.add(Known::AsRegisterFailed, Some(detail), [*at]);
    }
}

/// The push subscriptions of the AS logs, one per registration, oldest
/// first: a refresh (the same registration id, or the same token) replaces
/// the one before.
pub fn push_subscriptions(events: &[Event]) -> Vec<PushSubscription> {
    let mut out: Vec<(Option<String>, Option<String>, PushSubscription)> = Vec::new();
    for e in events {
        let EventKind::PushSubscription(s) = &e.kind else {
            continue;
        };
        let item = PushSubscription {
            at: e.millis.and_then(chrono::DateTime::from_timestamp_millis),
            platform: s.platform.clone(),
            user: s.user.clone(),
            token: s.token.as_deref().map(push::shorten),
            service: s.service.clone(),
            application: s.application.clone(),
            evidence: Evidence::of(e),
        };
        let same = out.iter().position(|(id, token, _)| {
            (id.is_some() && *id == s.id) || (token.is_some() && *token == s.token)
        });
        match same {
            Some(k) => out[k] = (s.id.clone(), s.token.clone(), item),
            None => out.push((s.id.clone(), s.token.clone(), item)),
        }
    }
    let mut out: Vec<PushSubscription> = out.into_iter().map(|(_, _, s)| s).collect();
    out.sort_by_key(|s| s.at);
    out
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Status, StepId};
    use crate::record::{Bundle, LogFile};

    fn analysis(text: &str) -> crate::analysis::Analysis {
        let bundle = Bundle::from_files(vec![LogFile::parse(
            "appserver/XSLog2025.03.01-10.00.00.txt".into(),
            text.as_bytes().to_vec(),
        )]);
        crate::analysis::analyze(&bundle)
    }

    fn record(time: &str, announce: &str, message: &str) -> String {
        format!(
            "2025.03.01 {time} CET | Info       | Sip | Sip Adapter 1 |\n\n\t{announce}\n{message}\n\n"
        )
    }

    fn register(cseq: u32) -> String {
        format!(
            "REGISTER sip:as.example.org SIP/2.0\nTo: <sip:u9_wxt@as.example.org>\nFrom: <sip:u9_wxt@as.example.org>;tag=1\nCall-ID: reg-u9@192.0.2.20\nCSeq: {cseq} REGISTER\nAuthorization: Digest username=\"u9_wxt\"\nContact: <sip:u9_wxt@192.0.2.20:5060>"
        )
    }

    fn answer(cseq: u32, status: &str) -> String {
        format!(
            "SIP/2.0 {status}\nTo: <sip:u9_wxt@as.example.org>;tag=2\nCall-ID: reg-u9@192.0.2.20\nCSeq: {cseq} REGISTER\nContact: <sip:u9_wxt@192.0.2.20:5060>;expires=3600"
        )
    }

    #[test]
    fn step_five_accepted_rejected_and_unanswered() {
        let ok = record("10:00:00:000", "IN from 192.0.2.20:5060", &register(1))
            + &record(
                "10:00:00:020",
                "OUT to 192.0.2.20:5060",
                &answer(1, "200 OK"),
            );
        let a = analysis(&ok);
        assert_eq!(a.timeline.len(), 1);
        assert_eq!(
            (a.timeline[0].step, a.timeline[0].status),
            (StepId::AsRegister, Status::Ok)
        );
        assert!(a.findings.is_empty(), "{:?}", a.findings);

        let rejected = record(
            "10:00:00:000",
            "Received from 192.0.2.20:5060",
            &register(1),
        ) + &record(
            "10:00:00:020",
            "Sent to 192.0.2.20:5060",
            &answer(1, "480 Temporarily Unavailable"),
        );
        let a = analysis(&rejected);
        assert_eq!(a.timeline[0].status, Status::Failed);
        assert!(a.findings.iter().any(|f| f.id == "as-register-failed"));

        // Retransmitted, never answered, while the log goes on.
        let silent = record("10:00:00:000", "IN from 192.0.2.20:5060", &register(1))
            + &record("10:00:04:000", "IN from 192.0.2.20:5060", &register(1))
            + "2025.03.01 10:02:00:000 CET | Info       | Memory | Monitor |\nheap used=100 MB\n";
        let a = analysis(&silent);
        assert_eq!(a.timeline[0].status, Status::Failed);
        assert!(a.findings.iter().any(|f| f.id == "as-register-failed"));
    }

    #[test]
    fn push_subscriptions_once_per_registration() {
        let text = "2025.03.01 10:00:00:000 CET | Info       | PushNotification | Worker 1 |\npush registration added: userId=u9@as.example.org registrationId=r-7 deviceOsType=Android tokenType=fcm token=abcdefghijklmnopqrstuvwxyz012345\n\n2025.03.01 10:05:00:000 CET | Info       | PushNotification | Worker 1 |\npush registration updated: userId=u9@as.example.org registrationId=r-7 deviceOsType=Android tokenType=fcm token=abcdefghijklmnopqrstuvwxyz012345\n\n";
        let a = analysis(text);
        assert_eq!(a.push_subscriptions.len(), 1, "{:?}", a.push_subscriptions);
        let s = &a.push_subscriptions[0];
        assert_eq!(s.platform.as_deref(), Some("Android"));
        assert_eq!(s.token.as_deref(), Some("abcdef…2345"));
    }
}
