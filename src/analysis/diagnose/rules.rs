//! The client's rules: session facts (entitlements, calling behaviour,
//! codes, calling services) over the whole bundle, and the steps of the
//! newest attempt (token, XSI, device profile, DMS, SIP), which is the one
//! the user is stuck in.

use std::ops::Range;

use super::findings::{Builder, Ctx, Rule, device_missing, status_detail};
use super::register::Last;
use super::session::{self, find};
use crate::analysis::codes::{self, CodeTable};
use crate::analysis::extract::device::{self, Form, platform_of_agent};
use crate::analysis::extract::{Event, EventKind, Service};
use crate::analysis::model::{Evidence, Known, Severity, Status, StepId};
use crate::i18n::Text;

pub(super) const RULES: &[Rule] = &[
    Rule {
        name: "entitlements",
        produces: &[Known::EntitlementMissing],
        run: entitlements,
    },
    Rule {
        name: "webex-calling-entitlement",
        produces: &[Known::ConflictingCallingEntitlement],
        run: sp_standard,
    },
    Rule {
        name: "calling-behavior",
        produces: &[Known::CallingBehaviorNotWebex],
        run: behavior,
    },
    Rule {
        name: "calling-services",
        produces: &[Known::MultipleCallingServices],
        run: calling_services,
    },
    Rule {
        name: "guide-codes",
        produces: &[Known::ActivationPortalError, Known::DirectorySyncError],
        run: guide_codes,
    },
    Rule {
        name: "token",
        produces: &[Known::TokenFetchFailed],
        run: token,
    },
    Rule {
        name: "xsi",
        produces: &[Known::XsiRequestFailed],
        run: xsi,
    },
    Rule {
        name: "device-profile",
        produces: &[Known::DeviceProfileMissing],
        run: device_profile,
    },
    Rule {
        name: "config",
        produces: &[Known::ConfigDownloadFailed, Known::ConfigParseFailed],
        run: config,
    },
    Rule {
        name: "config-tags",
        produces: &[Known::UnresolvedConfigTag],
        run: config_tags,
    },
    Rule {
        name: "sip-register",
        produces: &[
            Known::SipAuthFailed,
            Known::SipRegisterRejected,
            Known::SipRegisterTimeout,
        ],
        run: sip_register,
    },
    Rule {
        name: "displaced",
        produces: &[Known::RegistrationDisplaced],
        run: displaced,
    },
    Rule {
        name: "failover",
        produces: &[Known::SipRegisterFailover],
        run: failover,
    },
];

/// Rules that look at what every other rule found: they run last.
pub(super) const AFTERWARDS: &[Rule] = &[Rule {
    name: "stopped",
    produces: &[Known::RegistrationStopped],
    run: stopped,
}];

fn entitlements(b: &mut Builder, _: &Ctx) {
    if let Some((i, list)) = session::entitlements(b.events)
        && !list.iter().any(|e| e == "broadworks-connector")
    {
        b.add(
            Known::EntitlementMissing,
            Some(Text::key("detail-entitlements").str("list", list.join(", "))),
            [i],
        );
    }
}

fn sp_standard(b: &mut Builder, _: &Ctx) {
    let found = find(
        b.events,
        0..b.events.len(),
        |k| matches!(k, EventKind::Entitlements(l) if l.iter().any(|e| e == "bc-sp-standard")),
    );
    b.add(
        Known::ConflictingCallingEntitlement,
        Some(Text::plain("bc-sp-standard")),
        found,
    );
}

fn behavior(b: &mut Builder, _: &Ctx) {
    let events = b.events;
    let behavior = (0..events.len()).rev().find_map(|i| match &events[i].kind {
        EventKind::CallingBehavior(v) => Some((i, v)),
        _ => None,
    });
    if let Some((i, value)) = behavior
        && value != "NATIVE_WEBEX_TEAMS_CALLING"
    {
        b.add(
            Known::CallingBehaviorNotWebex,
            Some(Text::key("detail-calling-behavior").str("value", value.as_str())),
            [i],
        );
    }
}

fn calling_services(b: &mut Builder, _: &Ctx) {
    let webex_calling = find(b.events, 0..b.events.len(), |k| {
        *k == EventKind::WebexCalling
    });
    let broadworks_active = b.events.iter().position(|e| e.bwc);
    if let (false, Some(bw)) = (webex_calling.is_empty(), broadworks_active) {
        b.add(
            Known::MultipleCallingServices,
            None,
            webex_calling.iter().copied().take(4).chain([bw]),
        );
    }
}

fn guide_codes(b: &mut Builder, _: &Ctx) {
    for i in 0..b.events.len() {
        if let EventKind::GuideCode(code) = b.events[i].kind
            && let Some(info) = codes::lookup(code)
        {
            let id = match info.table {
                CodeTable::EndUser => Known::ActivationPortalError,
                CodeTable::DirectorySync => Known::DirectorySyncError,
            };
            let detail = match info.action() {
                Some(action) => Text::key("detail-code-action").text("action", action),
                None => Text::key("detail-code"),
            };
            b.add(
                id,
                Some(
                    detail
                        .str("code", code.to_string())
                        .text("meaning", info.meaning()),
                ),
                [i],
            );
        }
    }
}

/// The event that failed `step` of the newest attempt, if it failed.
fn failed(ctx: &Ctx, step: StepId) -> Option<usize> {
    ctx.last?
        .decided(step)
        .filter(|(s, _)| *s == Status::Failed)
        .and_then(|(_, i)| i)
}

fn token(b: &mut Builder, ctx: &Ctx) {
    if let Some(i) = failed(ctx, StepId::Token) {
        let request = request_for(b.events, i);
        b.add(
            Known::TokenFetchFailed,
            status_detail(b.events, i),
            request.into_iter().chain([i]),
        );
    }
}

fn xsi(b: &mut Builder, ctx: &Ctx) {
    let Some(a) = ctx.last else { return };
    let events = b.events;
    let accepted = last_accepted(events, a.range.clone(), Service::Xsi);
    let errors: Vec<usize> = a
        .range
        .clone()
        .filter(|&i| matches!(&events[i].kind, EventKind::HttpResponse(r) if !(200..300).contains(&r.status)))
        .filter(|&i| events[i].service() == Some(Service::Xsi))
        .filter(|&i| !challenge_answered(events, i, accepted))
        .collect();
    if let Some(&first) = errors.first() {
        b.add(
            Known::XsiRequestFailed,
            status_detail(events, first),
            errors.iter().copied(),
        );
    }
}

/// The device profile for the app's platform is missing: the client's
/// device list lacks it or the app says so, or the XSP's answer to a device
/// request lacks the type the requesting app's user agent needs.
fn device_profile(b: &mut Builder, ctx: &Ctx) {
    if let (Some(i), Some(a)) = (failed(ctx, StepId::DeviceList), ctx.last) {
        let events = b.events;
        let from_list =
            matches!(&events[i].kind, EventKind::HttpResponse(r) if (200..300).contains(&r.status));
        if from_list || matches!(events[i].kind, EventKind::DeviceProfileNotFound(_)) {
            let detail = device_missing(&device::wanted(a.form), a.device_types.as_deref());
            b.add(Known::DeviceProfileMissing, Some(detail), [i]);
        }
    }
    for i in 0..b.events.len() {
        if let EventKind::XsiRequest(r) = &b.events[i].kind
            && let Some(types) = &r.device_types
        {
            let form = Form::of_platform(r.user_agent.as_deref().and_then(platform_of_agent));
            if !device::serves(form, types) {
                b.add(
                    Known::DeviceProfileMissing,
                    Some(device_missing(&device::wanted(form), Some(types))),
                    [i],
                );
            }
        }
    }
}

fn config(b: &mut Builder, ctx: &Ctx) {
    let Some(i) = failed(ctx, StepId::ConfigDownload) else {
        return;
    };
    if matches!(b.events[i].kind, EventKind::HttpResponse(_)) {
        b.add(
            Known::ConfigDownloadFailed,
            status_detail(b.events, i),
            request_for(b.events, i).into_iter().chain([i]),
        );
    } else {
        b.add(Known::ConfigParseFailed, None, [i]);
    }
}

/// Placeholders left in a downloaded configuration: an SBC or SIP tag stops
/// registration, the others hide a feature unless registration failed too.
fn config_tags(b: &mut Builder, ctx: &Ctx) {
    let registered = ctx
        .last
        .is_some_and(|a| a.attempt.status(StepId::Registered) == Status::Ok);
    for i in 0..b.events.len() {
        if let EventKind::Config(c) = &b.events[i].kind
            && !c.unresolved.is_empty()
        {
            b.add(
                Known::UnresolvedConfigTag,
                Some(Text::plain(c.unresolved.join(", "))),
                [i],
            );
            let blocking = c
                .unresolved
                .iter()
                .any(|t| t.contains("SBC") || t.contains("PROXY") || t.contains("SIP"));
            if blocking || !registered {
                b.raise(Known::UnresolvedConfigTag, Severity::Error);
            }
        }
    }
}

fn sip_register(b: &mut Builder, ctx: &Ctx) {
    let Some(a) = ctx.last else { return };
    let reg = &a.reg;
    if reg.last != Last::Failed {
        return;
    }
    let sbc = reg
        .sbc
        .clone()
        .or_else(|| session::configured_sbc(b.events))
        .map(|s| Text::key("detail-sbc").str("sbc", s));
    if let Some(i) = reg.auth_failed {
        b.add(
            Known::SipAuthFailed,
            sbc.clone(),
            reg.first_register.into_iter().chain([i]),
        );
    } else if let Some((i, code)) = reg.rejected {
        b.add(
            Known::SipRegisterRejected,
            Some(match sbc.clone() {
                Some(s) => Text::key("detail-sbc-answered")
                    .text("sbc", s)
                    .num("code", code),
                None => Text::key("detail-answered").num("code", code),
            }),
            [i],
        );
    }
    if let Some(i) = reg.timeout.or(reg.transport_failed)
        && reg.auth_failed.is_none()
        && reg.rejected.is_none()
    {
        let detail = Text::key("detail-sip-timeout").text(
            "sbc",
            sbc.unwrap_or_else(|| Text::key("detail-sbc-unknown")),
        );
        b.add(
            Known::SipRegisterTimeout,
            Some(detail),
            reg.first_register.into_iter().chain([i]),
        );
    }
}

fn displaced(b: &mut Builder, ctx: &Ctx) {
    if let Some(a) = ctx.last
        && let Some(i) = a.reg.displaced
    {
        b.add(
            Known::RegistrationDisplaced,
            None,
            a.reg.registered.into_iter().chain([i]),
        );
    }
}

/// Registered, but only after the first SBC stayed silent or refused.
fn failover(b: &mut Builder, ctx: &Ctx) {
    if let Some(a) = ctx.last
        && let (Some(failed), Some(registered)) = (a.reg.failed_over, a.reg.registered)
    {
        let silent = match &b.events[failed].kind {
            EventKind::SipTimeout { peer, .. } | EventKind::TransportFailure { peer, .. } => {
                peer.clone()
            }
            EventKind::Sip(m) => m.peer.clone(),
            _ => None,
        };
        b.add(
            Known::SipRegisterFailover,
            silent.map(|s| Text::key("detail-sbc").str("sbc", s)),
            [failed, registered],
        );
    }
}

/// How many error lines a stop nothing explains cites.
const STOP_EVIDENCE: usize = 5;

/// The newest attempt stopped short of registering and no error-level
/// finding says why: name the last step reached, and cite the first errors
/// of the calling library or telephony after it.
fn stopped(b: &mut Builder, ctx: &Ctx) {
    let Some(a) = ctx.last else { return };
    if a.attempt.status(StepId::Registered) == Status::Ok || b.has_error() {
        return;
    }
    let Some(reached) = a
        .attempt
        .steps
        .iter()
        .filter(|s| s.status == Status::Ok)
        .max_by_key(|s| (s.at, s.step as u8))
    else {
        return;
    };
    let since = reached.at.map(|t| t.timestamp_millis());
    let events = b.events;
    let errors: Vec<Evidence> = a
        .range
        .clone()
        .filter(|&i| events[i].kind == EventKind::CallingError)
        .filter(|&i| match (since, events[i].millis) {
            (Some(s), Some(m)) => m >= s,
            _ => true,
        })
        .take(STOP_EVIDENCE)
        .map(|i| Evidence::of(&events[i]))
        .collect();
    let evidence = if errors.is_empty() {
        reached.evidence.into_iter().collect()
    } else {
        errors
    };
    b.add_lines(
        Known::RegistrationStopped,
        Some(Text::key("detail-stopped-after").text("step", reached.step.text())),
        evidence,
    );
}

/// The last answer of `service` in `range` that accepted its request.
fn last_accepted(events: &[Event], range: Range<usize>, service: Service) -> Option<usize> {
    range.rev().find(|&i| {
        matches!(&events[i].kind, EventKind::HttpResponse(r) if (200..300).contains(&r.status))
            && events[i].service() == Some(service)
    })
}

/// A digest challenge (401, 407) that a later answer of its service
/// (`accepted`, see [`last_accepted`]) accepted: the normal first half of
/// digest authentication (RFC 7616).
fn challenge_answered(events: &[Event], i: usize, accepted: Option<usize>) -> bool {
    matches!(&events[i].kind, EventKind::HttpResponse(r) if matches!(r.status, 401 | 407))
        && accepted.is_some_and(|a| a > i)
}

/// The request an answer belongs to: same URL or same tracking id, before it.
fn request_for(events: &[Event], answer: usize) -> Option<usize> {
    let (url, tracking) = match &events[answer].kind {
        EventKind::HttpResponse(r) => (r.url.as_deref(), r.tracking_id.as_deref()),
        _ => return None,
    };
    (0..answer).rev().find(|&i| match &events[i].kind {
        EventKind::HttpRequest(r) => {
            Some(r.url.as_str()) == url
                || (tracking.is_some() && r.tracking_id.as_deref() == tracking)
        }
        _ => false,
    })
}
