//! The client's side of signing in to Webex, as the guide's ladder numbers
//! it: 1 the email the user typed (the user discovery that looks it up),
//! 2.3 the SAML assertion the IdP hands the client, 3 the assertion
//! exchanged for a CI token; and the rule that reports a sign-in whose
//! SSO part failed (`sso-failed`). The XSP's steps of the same ladder are
//! [`super::server`]'s.
//!
//! A bundle may hold several sign-ins (the user tried again); they are cut
//! where step 1 comes again after later steps, or after a pause of
//! [`SIGN_IN_GAP_MS`]. The newest
//! one is reported. A CI token exchange outside a sign-in and without the
//! `saml2-bearer` grant is a token refresh, not a sign-in.

use super::findings::{Builder, Ctx, Rule, status_detail};
use crate::analysis::codes::{self, CodeTable};
use crate::analysis::extract::{Event, EventKind, Service};
use crate::analysis::model::{Evidence, Known, Side, SignInStep, Status};
use crate::i18n::Text;

pub(super) const RULES: &[Rule] = &[Rule {
    name: "sso",
    produces: &[Known::SsoFailed],
    run: sso,
}];

/// How long a sign-in may pause between two of its records: a user types a
/// password in the activation portal within minutes.
pub const SIGN_IN_GAP_MS: i64 = 10 * 60 * 1000;

/// Which part of a sign-in an event shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    /// Step 1: the email typed or looked up.
    Email,
    /// Step 2: the activation portal's end-user code (BroadWorks
    /// authentication refused the password).
    Portal,
    /// Step 2.3.
    Assertion,
    /// Step 3.
    Exchange,
}

fn part(e: &Event) -> Option<Part> {
    match &e.kind {
        EventKind::SignInEmail(_) => Some(Part::Email),
        EventKind::GuideCode(code) => codes::lookup(*code)
            .filter(|c| c.table == CodeTable::EndUser)
            .map(|_| Part::Portal),
        EventKind::Saml { grant: false, .. } => Some(Part::Assertion),
        EventKind::Saml { grant: true, .. } => Some(Part::Exchange),
        EventKind::HttpRequest(_) | EventKind::HttpResponse(_) => match e.service()? {
            Service::Discovery => Some(Part::Email),
            Service::Saml => Some(Part::Assertion),
            Service::CiToken => Some(Part::Exchange),
            _ => None,
        },
        _ => None,
    }
}

/// The events of one sign-in, in time order.
#[derive(Debug, Default)]
struct SignIn {
    events: Vec<(usize, Part)>,
}

impl SignIn {
    fn has(&self, p: Part) -> bool {
        self.events.iter().any(|&(_, q)| q == p)
    }

    /// Whether anything but the email shows: an email alone is named in
    /// many records about the user and is no sign-in.
    fn real(&self) -> bool {
        self.events.iter().any(|&(_, p)| p != Part::Email)
    }
}

/// The sign-ins of a bundle, oldest first.
fn sign_ins(events: &[Event]) -> Vec<SignIn> {
    let mut all: Vec<SignIn> = Vec::new();
    let mut current = SignIn::default();
    let mut last_at: Option<i64> = None;
    for (i, e) in events.iter().enumerate() {
        let Some(p) = part(e) else { continue };
        let paused = matches!((last_at, e.millis), (Some(a), Some(b)) if b - a > SIGN_IN_GAP_MS);
        let again = p == Part::Email && current.events.iter().any(|&(_, q)| q > Part::Email);
        if paused || again {
            all.push(std::mem::take(&mut current));
        }
        let refresh = p == Part::Exchange
            && current.events.is_empty()
            && !matches!(e.kind, EventKind::Saml { grant: true, .. });
        if refresh {
            continue;
        }
        current.events.push((i, p));
        last_at = e.millis.or(last_at);
    }
    all.push(current);
    all.retain(SignIn::real);
    all
}

/// The HTTP status an event states, if it is an answer.
fn status(e: &Event) -> Option<u16> {
    match &e.kind {
        EventKind::HttpResponse(r) => Some(r.status),
        _ => None,
    }
}

fn accepted(s: u16) -> bool {
    (200..300).contains(&s)
}

/// A step's status and the event that shows it.
type Judged = (Status, Option<usize>);

/// The three client steps of one sign-in.
struct Steps {
    email: Judged,
    assertion: Judged,
    exchange: Judged,
    /// The activation portal's code, when the portal refused.
    portal: Option<usize>,
}

fn judge(events: &[Event], s: &SignIn) -> Steps {
    let of = |p: Part| {
        s.events
            .iter()
            .filter(move |&&(_, q)| q == p)
            .map(|&(i, _)| i)
    };
    // Step 1: a failed lookup fails it unless a later one went well.
    let email = match of(Part::Email).rfind(|&i| status(&events[i]).is_some()) {
        Some(i) if status(&events[i]).is_some_and(|s| !accepted(s)) => (Status::Failed, Some(i)),
        _ => (
            of(Part::Email)
                .next()
                .map_or(Status::NotSeen, |_| Status::Ok),
            of(Part::Email).next(),
        ),
    };
    // Step 3: the last answer of CI's token endpoint decides.
    let exchange = match of(Part::Exchange).rfind(|&i| status(&events[i]).is_some()) {
        Some(i) if status(&events[i]).is_some_and(accepted) => (Status::Ok, Some(i)),
        Some(i) => (Status::Failed, Some(i)),
        None => (Status::NotSeen, of(Part::Exchange).next()),
    };
    let exchanged = s.has(Part::Exchange);
    // Step 2.3: the grant of step 3 presents the assertion, so an exchange
    // proves it was issued whatever was said before.
    let assertion_failed = of(Part::Assertion).rfind(|&i| match &events[i].kind {
        EventKind::Saml { failed, .. } => *failed,
        _ => status(&events[i]).is_some_and(|s| !accepted(s)),
    });
    let assertion_seen = of(Part::Assertion).rfind(|&i| match &events[i].kind {
        EventKind::Saml { failed, .. } => !*failed,
        _ => status(&events[i]).is_some_and(accepted),
    });
    let assertion = match (assertion_seen, assertion_failed, exchanged) {
        (Some(i), _, true) => (Status::Ok, Some(i)),
        (None, _, true) => (Status::Inferred, None),
        (_, Some(i), false) => (Status::Failed, Some(i)),
        (Some(i), None, false) => (Status::Ok, Some(i)),
        (None, None, false) => (Status::NotSeen, None),
    };
    Steps {
        email,
        assertion,
        exchange,
        portal: of(Part::Portal).next_back(),
    }
}

/// The client's steps 1, 2.3 and 3 of the newest sign-in; empty when the
/// bundle shows no sign-in.
pub fn client_steps(events: &[Event]) -> Vec<SignInStep> {
    let Some(s) = sign_ins(events).pop() else {
        return Vec::new();
    };
    let steps = judge(events, &s);
    [
        ("1", "signin-email", steps.email),
        ("2.3", "signin-saml-assertion", steps.assertion),
        ("3", "signin-ci-token", steps.exchange),
    ]
    .into_iter()
    .map(|(step, name, (status, at))| {
        let e = at.map(|i| &events[i]);
        SignInStep {
            side: Side::Client,
            step: step.to_owned(),
            name: Text::key(name),
            status,
            at: e
                .and_then(|e| e.millis)
                .and_then(chrono::DateTime::from_timestamp_millis),
            tracking_id: e.and_then(Event::tracking_id).map(str::to_owned),
            evidence: e.map(Evidence::of),
        }
    })
    .collect()
}

/// The newest sign-in's SSO part failed: the activation portal refused the
/// BroadWorks password, the IdP issued no assertion, or CI refused it.
fn sso(b: &mut Builder, _: &Ctx) {
    let events = b.events;
    let Some(s) = sign_ins(events).pop() else {
        return;
    };
    let steps = judge(events, &s);
    let detail = |step: &str, i: usize| {
        let what = Text::key("detail-sso-step").str("step", step);
        match status_detail(events, i) {
            Some(http) => Text::Join(vec![what, http], ": "),
            None => what,
        }
    };
    // The request an answer belongs to stands with it.
    let asked = |i: usize| {
        let tracking = events[i].tracking_id();
        s.events.iter().map(|&(k, _)| k).rfind(|&k| {
            k < i
                && matches!(events[k].kind, EventKind::HttpRequest(_))
                && tracking.is_some()
                && events[k].tracking_id() == tracking
        })
    };
    // The later step that failed says more: CI refusing an assertion
    // before the assertion's own failure.
    let failed = [("3", steps.exchange), ("2.3", steps.assertion)]
        .into_iter()
        .find_map(|(step, judged)| match judged {
            (Status::Failed, Some(i)) => Some((step, i)),
            _ => None,
        });
    if let Some((step, i)) = failed {
        b.add(
            Known::SsoFailed,
            Some(detail(step, i)),
            asked(i).into_iter().chain([i]),
        );
    } else if let Some(i) = steps.portal
        && steps.assertion.0 == Status::NotSeen
        && steps.exchange.0 != Status::Ok
        && !went_on(events, i)
    {
        let code = match events[i].kind {
            EventKind::GuideCode(c) => c,
            _ => 0,
        };
        b.add(
            Known::SsoFailed,
            Some(Text::key("detail-sso-portal").num("code", i64::from(code))),
            [i],
        );
    }
}

/// Whether the app got past signing in after event `i`: a back end of the
/// calling library accepted a request, which takes a CI token. A log that
/// prints no SAML leg shows a retry that succeeded only so.
fn went_on(events: &[Event], i: usize) -> bool {
    events[i + 1..]
        .iter()
        .any(|e| e.service().is_some_and(Service::registers) && status(e).is_some_and(accepted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::extract::http::{HttpRequest, HttpResponse};

    fn at(millis: i64, kind: EventKind) -> Event {
        Event {
            file: 0,
            record: (millis / 1000) as u32,
            millis: Some(millis),
            bwc: false,
            kind,
        }
    }

    fn request(millis: i64, service: Service, id: &str) -> Event {
        at(
            millis,
            EventKind::HttpRequest(Box::new(HttpRequest {
                service,
                method: Some("POST".into()),
                url: "https://idbroker.example.org/idb/oauth2/v1/access_token".into(),
                tracking_id: Some(id.into()),
                thread: 1,
            })),
        )
    }

    fn answer(millis: i64, service: Service, status: u16, id: &str) -> Event {
        at(
            millis,
            EventKind::HttpResponse(Box::new(HttpResponse {
                service: Some(service),
                url: None,
                status,
                tracking_id: Some(id.into()),
                thread: 1,
            })),
        )
    }

    fn statuses(events: &[Event]) -> Vec<(String, Status)> {
        client_steps(events)
            .into_iter()
            .map(|s| (s.step, s.status))
            .collect()
    }

    fn email(millis: i64) -> Event {
        at(millis, EventKind::SignInEmail("jo@example.org".into()))
    }

    fn saml(millis: i64, grant: bool, failed: bool) -> Event {
        at(millis, EventKind::Saml { grant, failed })
    }

    #[test]
    fn a_healthy_sign_in() {
        let events = [
            email(1_000),
            answer(1_500, Service::Discovery, 200, "CLIENT_a1b2c3d4e5"),
            saml(9_000, false, false),
            saml(9_100, true, false),
            request(9_200, Service::CiToken, "CLIENT_f1f2f3f4f5"),
            answer(9_500, Service::CiToken, 200, "CLIENT_f1f2f3f4f5"),
        ];
        assert_eq!(
            statuses(&events),
            [
                ("1".into(), Status::Ok),
                ("2.3".into(), Status::Ok),
                ("3".into(), Status::Ok)
            ]
        );
    }

    #[test]
    fn a_refused_exchange_fails_step_three_and_proves_the_assertion() {
        let events = [
            email(1_000),
            // "could not exchange the SAML assertion": said of step 3.
            request(9_200, Service::CiToken, "CLIENT_f1f2f3f4f5"),
            answer(9_500, Service::CiToken, 400, "CLIENT_f1f2f3f4f5"),
            saml(9_600, false, true),
        ];
        assert_eq!(
            statuses(&events),
            [
                ("1".into(), Status::Ok),
                ("2.3".into(), Status::Inferred),
                ("3".into(), Status::Failed)
            ]
        );
    }

    #[test]
    fn no_assertion_fails_step_two_three() {
        let events = [
            answer(1_500, Service::Discovery, 200, "CLIENT_a1b2c3d4e5"),
            answer(9_000, Service::Saml, 500, "CLIENT_b1b2b3b4b5"),
        ];
        assert_eq!(
            statuses(&events),
            [
                ("1".into(), Status::Ok),
                ("2.3".into(), Status::Failed),
                ("3".into(), Status::NotSeen)
            ]
        );
    }

    #[test]
    fn the_newest_sign_in_counts_and_refreshes_are_none() {
        let events = [
            email(1_000),
            answer(9_000, Service::Saml, 500, "CLIENT_b1b2b3b4b5"),
            email(60_000),
            saml(70_000, false, false),
            answer(71_000, Service::CiToken, 200, "CLIENT_c1c2c3c4c5"),
            // An hour later: the token refreshed, no sign-in.
            answer(3_700_000, Service::CiToken, 400, "CLIENT_d1d2d3d4d5"),
        ];
        assert_eq!(
            statuses(&events),
            [
                ("1".into(), Status::Ok),
                ("2.3".into(), Status::Ok),
                ("3".into(), Status::Ok)
            ]
        );
        // An email alone is no sign-in.
        assert!(client_steps(&[email(1_000)]).is_empty());
        assert!(client_steps(&[answer(1, Service::CiToken, 400, "CLIENT_d1d2d3d4d5")]).is_empty());
    }

    /// Steps and findings of a log read whole, in two printings.
    fn read(path: &str, text: &str) -> (Vec<(String, Status)>, Vec<String>) {
        use crate::record::{Bundle, LogFile};
        let bundle =
            Bundle::from_files(vec![LogFile::parse(path.into(), text.as_bytes().to_vec())]);
        let a = crate::analysis::analyze(&bundle);
        let steps = a
            .sign_in
            .iter()
            .filter(|s| s.side == Side::Client && ["1", "2.3", "3"].contains(&s.step.as_str()))
            .map(|s| (s.step.clone(), s.status))
            .collect();
        let ids = a
            .findings
            .iter()
            .map(|f| f.id.as_str().to_owned())
            .collect();
        (steps, ids)
    }

    #[test]
    fn logs_in_two_printings() {
        let arrows = "\
2025-03-01T10:00:00.000Z <Info> [0x9] Login.cpp:5 Login::submit:login for pat@example.org
2025-03-01T10:00:00.300Z <Info> [0x9] Net.cpp:7 Net::done:GET https://u2c.example.org/u2c/api/v1/user/catalog?email=pat%40example.org -> 200 trackingid=CLIENT_0a1b2c3d-0001
2025-03-01T10:00:20.000Z <Info> [0x9] Sso.cpp:9 Sso::done:SAMLResponse posted by the IdP, 8 kB
2025-03-01T10:00:20.200Z <Info> [0x9] Net.cpp:7 Net::done:POST https://idbroker.example.org/idb/oauth2/v1/access_token -> 401 trackingid=CLIENT_0a1b2c3d-0002
";
        let (steps, ids) = read("CiscoSpark/current_log.txt", arrows);
        assert_eq!(
            steps,
            [
                ("1".into(), Status::Ok),
                ("2.3".into(), Status::Ok),
                ("3".into(), Status::Failed)
            ]
        );
        assert!(ids.contains(&"sso-failed".to_owned()), "{ids:?}");
        let keyed = r#"2025-03-01 10:00:00,000 INFO [0x1] [Net.swift(1)] [spark] [send] - {"method":"GET","url":"https://u2c.example.net/u2c/api/v1/user/catalog?email=kim%40example.net","trackingId":"CLIENT_9f8e7d6c-0001"}
2025-03-01 10:00:30,000 ERROR [0x1] [Net.swift(2)] [spark] [recv] - {"url":"https://idp.example.net/broadworks-idp-proxy/saml/sso","statusCode":502,"trackingId":"CLIENT_9f8e7d6c-0002"}
"#;
        let (steps, ids) = read("Logs/current_log.txt", keyed);
        assert_eq!(
            steps,
            [
                ("1".into(), Status::Ok),
                ("2.3".into(), Status::Failed),
                ("3".into(), Status::NotSeen)
            ]
        );
        assert!(ids.contains(&"sso-failed".to_owned()), "{ids:?}");
    }
}
