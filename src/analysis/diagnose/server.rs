//! The server side's findings: flow-through provisioning as the PSLog shows
//! it, and the XSP's sign-in (token, profile and device requests); and the guide's sign-in ladder from the XSP's side, joined with
//! the client's newest attempt by tracking id or by time.

use std::collections::HashMap;
use std::net::IpAddr;

use super::findings::{Builder, Ctx, Rule, host_of, with_tracking_id};
use super::timeline::AttemptCtx;
use crate::analysis::extract::device::{self, Form, platform_of_agent};
use crate::analysis::extract::server::AuthStage;
use crate::analysis::extract::{Event, EventKind, xml};
use crate::analysis::model::{Evidence, Known, Side, SignInStep, Status};
use crate::i18n::Text;

pub(super) const RULES: &[Rule] = &[
    Rule {
        name: "provisioning",
        produces: &[
            Known::ProvisioningAccepted,
            Known::ProvisioningBadRequest,
            Known::ProvisioningUnauthorized,
            Known::ProvisioningForbidden,
            Known::ProvisioningConflict,
            Known::ProvisioningMissingPhoneNumber,
            Known::ProvisioningInvalidEmail,
            Known::ProvisioningError,
            Known::ProvisioningUnreachable,
        ],
        run: provisioning,
    },
    Rule {
        name: "xsp-token",
        produces: &[Known::XspTokenFailed],
        run: xsp_token,
    },
    Rule {
        name: "xsp-requests",
        produces: &[Known::XspProfileRequestFailed],
        run: xsp_requests,
    },
];

re!(
    EMAIL,
    r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"
);

/// Whether an email address is usable as a Webex user id.
pub fn valid_email(email: &str) -> bool {
    EMAIL.is_match(email.trim())
}

/// Checks the fields the guide says make provisioning fail, whatever the answer.
fn check_profile(b: &mut Builder, p: &xml::SubscriberProfile, evidence: &[usize]) {
    if p.primary_phone_number
        .as_deref()
        .is_none_or(|n| n.trim().is_empty())
    {
        let detail = match p.bwuserid.as_deref() {
            Some(user) => Text::key("detail-no-phone-number-of").str("user", user),
            None => Text::key("detail-no-phone-number"),
        };
        b.add(
            Known::ProvisioningMissingPhoneNumber,
            Some(detail),
            evidence.iter().copied(),
        );
    }
    if let Some(email) = p.email.as_deref().filter(|e| !valid_email(e)) {
        b.add(
            Known::ProvisioningInvalidEmail,
            Some(Text::key("detail-email").str("email", email)),
            evidence.iter().copied(),
        );
    }
}

/// What the bridge's known 400 messages mean.
fn explain_400(message: Option<&str>) -> Option<Text> {
    let m = message?;
    let lower = m.to_ascii_lowercase();
    let said = bridge_message(m);
    let meaning = if lower.contains("cannot trust") {
        "detail-400-untrusted-email"
    } else if lower.contains("org not found") || lower.contains("create new org") {
        "detail-400-new-org"
    } else {
        return Some(said);
    };
    Some(Text::Join(vec![said, Text::key(meaning)], " "))
}

/// What the provisioning bridge answered, quoted.
fn bridge_message(m: &str) -> Text {
    Text::key("detail-bridge-message").str("message", m)
}

/// The bridge's answer to each flow-through POST, and the profile it sent.
fn provisioning(b: &mut Builder, _: &Ctx) {
    let events = b.events;
    let mut posts: HashMap<u32, (usize, bool)> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        match &e.kind {
            EventKind::ProvisioningPost { profile, .. } => {
                posts.insert(e.file, (i, profile.is_some()));
                if let Some(p) = profile {
                    check_profile(b, p, &[i]);
                }
            }
            EventKind::ProvisioningProfile(p) => {
                if let Some((post, with_profile)) = posts.get_mut(&e.file)
                    && !*with_profile
                {
                    *with_profile = true;
                    check_profile(b, p, &[*post, i]);
                }
            }
            EventKind::ProvisioningAnswer { status, message } => {
                // Only the answer to a provisioning POST counts; a PSLog
                // holds other HTTP traffic too.
                let Some((post, _)) = posts.remove(&e.file) else {
                    continue;
                };
                let evidence = [post, i];
                let target = match &events[post].kind {
                    EventKind::ProvisioningPost { target, .. } => Some(target.as_str()),
                    _ => None,
                };
                match status {
                    200..=299 => b.add(
                        Known::ProvisioningAccepted,
                        target.map(|t| Text::key("detail-sent-to").str("target", t)),
                        evidence,
                    ),
                    400 => b.add(
                        Known::ProvisioningBadRequest,
                        explain_400(message.as_deref()),
                        evidence,
                    ),
                    401 => b.add(Known::ProvisioningUnauthorized, None, evidence),
                    403 => {
                        let host = target
                            .and_then(host_of)
                            .map(|h| h.split(':').next().unwrap_or(h).trim_matches(['[', ']']));
                        let detail = host.map(|h| {
                            let key = match h.parse::<IpAddr>() {
                                Ok(_) => "detail-403-ip-address",
                                Err(_) => "detail-403-host",
                            };
                            Text::key(key).str("host", h)
                        });
                        b.add(Known::ProvisioningForbidden, detail, evidence);
                    }
                    409 => b.add(
                        Known::ProvisioningConflict,
                        message.as_deref().map(bridge_message),
                        evidence,
                    ),
                    // The guide: anything but 200 OK is an error.
                    _ => {
                        let status =
                            Text::key("detail-bridge-status").num("status", i64::from(*status));
                        let detail = match message.as_deref() {
                            Some(m) => Text::Join(vec![status, bridge_message(m)], "; "),
                            None => status,
                        };
                        b.add(Known::ProvisioningError, Some(detail), evidence);
                    }
                }
            }
            EventKind::ProvisioningUnreachable(reason) => {
                let Some((post, _)) = posts.remove(&e.file) else {
                    continue;
                };
                let target = match &events[post].kind {
                    EventKind::ProvisioningPost { target, .. } => target.as_str(),
                    _ => "",
                };
                let detail = Text::key("detail-bridge-unreachable")
                    .str("target", target)
                    .str("reason", reason.as_str());
                b.add(Known::ProvisioningUnreachable, Some(detail), [post, i]);
            }
            _ => {}
        }
    }
}

/// authService did not issue or validate the long-lived token.
fn xsp_token(b: &mut Builder, _: &Ctx) {
    let events = b.events;
    let mut requests_by_id: HashMap<&str, usize> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        let EventKind::AuthService(r) = &e.kind else {
            continue;
        };
        if let (Some(id), AuthStage::Request) = (r.tracking_id.as_deref(), r.stage) {
            requests_by_id.insert(id, i);
        }
        let failed = matches!(r.stage, AuthStage::Issue | AuthStage::Validate)
            && r.status.is_some_and(|s| s != 200);
        if failed {
            let key = if r.stage == AuthStage::Issue {
                "detail-token-issue-status"
            } else {
                "detail-token-validate-status"
            };
            let detail = with_tracking_id(
                Text::key(key).num("status", r.status.unwrap_or(0)),
                r.tracking_id.as_deref(),
            );
            let request = r
                .tracking_id
                .as_deref()
                .and_then(|t| requests_by_id.get(t).copied());
            b.add(
                Known::XspTokenFailed,
                Some(detail),
                request.into_iter().chain([i]),
            );
        }
    }
}

/// The XSP refused a profile or device request (XsiActionsLog or access_log).
fn xsp_requests(b: &mut Builder, _: &Ctx) {
    for i in 0..b.events.len() {
        let refused = match &b.events[i].kind {
            EventKind::XsiRequest(r) => r
                .status
                .filter(|s| !(200..300).contains(s))
                .map(|status| format!("{} {}: {status}", r.method, r.path)),
            EventKind::XspAccess(a) if a.status >= 400 && a.path.contains("xsi-actions") => {
                Some(format!("{} {}: {}", a.method, a.path, a.status))
            }
            _ => None,
        };
        if let Some(detail) = refused {
            b.add(
                Known::XspProfileRequestFailed,
                Some(Text::plain(detail)),
                [i],
            );
        }
    }
}

/// How long apart a client attempt and a server sign-in may be and still be
/// shown as one, when no tracking id joins them. Each side keeps its own
/// clock; this only decides whether they are the same sign-in.
pub const JOIN_TOLERANCE_MS: i64 = 10 * 60 * 1000;

/// Builds the XSP-side steps of one sign-in.
struct Ladder<'a> {
    events: &'a [Event],
    tracking: Option<&'a str>,
}

impl Ladder<'_> {
    fn step(&self, id: &str, name: &'static str, status: Status, idx: Option<usize>) -> SignInStep {
        let at_ms = idx.and_then(|i| self.events[i].millis);
        SignInStep {
            side: Side::Server,
            step: id.to_owned(),
            name: Text::key(name),
            status,
            at: at_ms.and_then(chrono::DateTime::from_timestamp_millis),
            tracking_id: self.tracking.map(str::to_owned),
            evidence: idx.map(|i| Evidence::of(&self.events[i])),
        }
    }
}

/// The guide's sign-in ladder from the XSP's side for one tracking id.
fn server_steps(events: &[Event], id: Option<&str>) -> Vec<SignInStep> {
    let mine = |e: &Event| id.is_none() || e.tracking_id() == id;
    let find =
        |pred: &dyn Fn(&EventKind) -> bool| events.iter().rposition(|e| mine(e) && pred(&e.kind));
    let profile = find(&|k| matches!(k, EventKind::XsiRequest(r) if r.path.trim_end_matches('/').ends_with("/profile")))
        .or_else(|| events.iter().rposition(|e| matches!(&e.kind, EventKind::XspAccess(a) if a.path.trim_end_matches('/').ends_with("/profile"))));
    let status_of = |i: usize| match &events[i].kind {
        EventKind::XsiRequest(r) => r.status,
        EventKind::XspAccess(a) => Some(a.status),
        _ => None,
    };
    let ok = |s: Option<u16>| match s {
        Some(s) if (200..300).contains(&s) => Status::Ok,
        Some(_) => Status::Failed,
        None => Status::NotSeen,
    };
    let token_request =
        find(&|k| matches!(k, EventKind::AuthService(r) if r.stage == AuthStage::Request));
    let login_info = find(&|k| matches!(k, EventKind::AuthService(r) if r.login_info));
    let issued = find(&|k| matches!(k, EventKind::AuthService(r) if r.stage == AuthStage::Issue));
    let issued_status = issued.and_then(|i| match &events[i].kind {
        EventKind::AuthService(r) => r.status,
        _ => None,
    });
    let device =
        find(&|k| matches!(k, EventKind::XsiRequest(r) if r.path.contains("/profile/device")));
    let validation_failed = events.iter().rposition(|e| {
        mine(e) && matches!(&e.kind, EventKind::AuthService(r) if r.stage == AuthStage::Validate && r.status.is_some_and(|s| s != 200))
    });
    let device_status = match (device, validation_failed) {
        (_, Some(v)) => (Status::Failed, Some(v)),
        (Some(d), None) => {
            let lacks = match &events[d].kind {
                EventKind::XsiRequest(r) => r.device_types.as_ref().is_some_and(|t| {
                    !device::serves(
                        Form::of_platform(r.user_agent.as_deref().and_then(platform_of_agent)),
                        t,
                    )
                }),
                _ => false,
            };
            (
                if lacks {
                    Status::Failed
                } else {
                    ok(status_of(d))
                },
                Some(d),
            )
        }
        (None, None) => (Status::NotSeen, None),
    };
    let seen = |i: Option<usize>| {
        if i.is_some() {
            Status::Ok
        } else {
            Status::NotSeen
        }
    };
    let l = Ladder {
        events,
        tracking: id,
    };
    vec![
        l.step("2.1", "signin-profile-request", seen(profile), profile),
        l.step(
            "2.2",
            "signin-profile-answer",
            profile.map_or(Status::NotSeen, |p| ok(status_of(p))),
            profile,
        ),
        l.step(
            "5.2",
            "signin-token-request",
            seen(token_request),
            token_request,
        ),
        l.step("5.3", "signin-login-info", seen(login_info), login_info),
        l.step(
            "5.4",
            "signin-token-issued",
            ok(issued_status).min_seen(issued),
            issued,
        ),
        l.step("6", "signin-device-list", device_status.0, device_status.1),
    ]
}

trait MinSeen {
    fn min_seen(self, idx: Option<usize>) -> Status;
}

impl MinSeen for Status {
    /// A record seen without a status still shows the step happened.
    fn min_seen(self, idx: Option<usize>) -> Status {
        match (self, idx) {
            (Status::NotSeen, Some(_)) => Status::Ok,
            (s, _) => s,
        }
    }
}

/// The joined sign-in sequence: the XSP's steps and the client's, each at
/// its own clock, ordered by time; and how the two were joined.
pub fn sign_in(events: &[Event], last: Option<&AttemptCtx>) -> (Vec<SignInStep>, Option<Text>) {
    let server_ids: Vec<&str> = events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::XsiRequest(_) | EventKind::AuthService(_)))
        .filter_map(Event::tracking_id)
        .collect();
    let has_server = events.iter().any(|e| {
        matches!(
            e.kind,
            EventKind::XsiRequest(_) | EventKind::AuthService(_) | EventKind::XspAccess(_)
        )
    });
    if !has_server {
        return (Vec::new(), None);
    }
    let client_ids: std::collections::HashSet<String> = last
        .map(|a| {
            a.range
                .clone()
                .filter_map(|i| events[i].tracking_id())
                .map(str::to_ascii_lowercase)
                .collect()
        })
        .unwrap_or_default();
    let shared = server_ids
        .iter()
        .rev()
        .find(|id| client_ids.contains(&id.to_ascii_lowercase()))
        .copied();
    let id = shared.or(server_ids.last().copied());
    let mut steps = server_steps(events, id);
    let mut how = None;
    if let Some(a) = last.filter(|a| a.attempt.steps.iter().any(|s| s.status != Status::NotSeen)) {
        let near = || {
            let server_time = steps
                .iter()
                .filter_map(|s| s.at)
                .map(|t| t.timestamp_millis())
                .min();
            let client_time = a.attempt.started.map(|t| t.timestamp_millis());
            matches!((server_time, client_time), (Some(s), Some(c)) if (s - c).abs() <= JOIN_TOLERANCE_MS)
        };
        if let Some(id) = shared {
            how = Some(Text::key("join-by-tracking-id").str("id", id));
        } else if near() {
            how = Some(Text::key("join-by-time").num("minutes", JOIN_TOLERANCE_MS / 60_000));
        }
        if how.is_some() {
            steps.extend(a.attempt.steps.iter().map(|s| SignInStep {
                side: Side::Client,
                step: s.step.name().to_owned(),
                name: s.step.text(),
                status: s.status,
                at: s.at,
                tracking_id: None,
                evidence: s.evidence,
            }));
        }
    }
    // Stable: steps without a time keep their place after the timed ones.
    steps.sort_by_key(|s| s.at.map_or(i64::MAX, |t| t.timestamp_millis()));
    (steps, how)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert!(valid_email("chen.ionescu@acme-telecom.example"));
        assert!(!valid_email("jan.popescu_at_example.net"));
        assert!(!valid_email("a@b"));
        assert!(!valid_email(""));
    }
}
