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
        name: "webex-calling-only",
        produces: &[Known::WebexCallingOnly],
        run: webex_calling_only,
    },
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

/// What shows the user on Webex Calling and on BroadWorks calling.
struct Backends {
    /// The records that name Webex Calling (Mobius, WEBEX_CALLING) as the
    /// back end in use or tried. The `bc-sp-standard` entitlement alone is
    /// no such record: a BroadWorks user given it by mistake has it too.
    webex_calling: Vec<usize>,
    /// The `broadworks-connector` entitlement, or the calling library at
    /// work: starting, talking SIP, or asking its back ends (token, XSI,
    /// DMS). A record merely tagged by the library (`not started: calling
    /// backend is WEBEX_CALLING`) is no BroadWorks calling.
    broadworks: bool,
}

impl Backends {
    fn of(events: &[Event]) -> Backends {
        let connector = session::entitlements(events)
            .is_some_and(|(_, l)| l.iter().any(|e| e == "broadworks-connector"));
        let working = events.iter().any(|e| {
            matches!(e.kind, EventKind::BwcInit | EventKind::Sip(_))
                || e.service().is_some_and(Service::registers)
        });
        Backends {
            webex_calling: find(events, 0..events.len(), |k| *k == EventKind::WebexCalling),
            broadworks: connector || working,
        }
    }

    /// Only Webex Calling is active: this user does not use Webex for
    /// BroadWorks, and the findings about a user who has both do not apply.
    fn webex_calling_only(&self) -> bool {
        !self.webex_calling.is_empty() && !self.broadworks
    }
}

fn webex_calling_only(b: &mut Builder, _: &Ctx) {
    let backends = Backends::of(b.events);
    if !backends.webex_calling_only() {
        return;
    }
    let list = session::entitlements(b.events);
    let detail = list.map(|(_, l)| Text::key("detail-entitlements").str("list", l.join(", ")));
    b.add(
        Known::WebexCallingOnly,
        detail,
        list.map(|(i, _)| i)
            .into_iter()
            .chain(backends.webex_calling.iter().copied().take(4)),
    );
}

fn entitlements(b: &mut Builder, _: &Ctx) {
    // A Webex Calling user lacks the connector by design.
    if Backends::of(b.events).webex_calling_only() {
        return;
    }
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
    if Backends::of(b.events).webex_calling_only() {
        return;
    }
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
    if Backends::of(b.events).webex_calling_only() {
        return;
    }
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
    // A Webex Calling user never registers with BroadWorks.
    if Backends::of(b.events).webex_calling_only() {
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

#[cfg(test)]
mod tests {
    use crate::record::{Bundle, LogFile};

    fn findings(path: &str, text: &str) -> Vec<String> {
        let bundle =
            Bundle::from_files(vec![LogFile::parse(path.into(), text.as_bytes().to_vec())]);
        crate::analysis::analyze(&bundle)
            .findings
            .iter()
            .map(|f| f.id.as_str().to_owned())
            .collect()
    }

    const WINDOWS: &str = "\
2025-02-03T08:00:00.000Z <Info> [0x1] App.cpp:1 App::start:Application start - Webex version 45.1.0.1 on Windows 11
2025-02-03T08:00:05.000Z <Info> [0x1] Person.cpp:2 Person::onSelf:entitlements: spark, webex-squared, bc-sp-standard
2025-02-03T08:00:06.000Z <Info> [0x1] Calling.cpp:3 Calling::select:using calling backend WEBEX_CALLING
2025-02-03T08:00:07.000Z <Info> [0x2] BroadWorksManager.cpp:9 BroadWorksManager::init:BWC:SCF: BroadWorks calling disabled, not started
";

    const IOS: &str = "\
2025-02-03 08:00:00,000 INFO [0x1] [App/Main.swift(10)] [spark] [launch] - Webex 45.1.0.1 starting on iOS 18.2
2025-02-03 08:00:04,000 INFO [0x1] [Me/Person.swift(20)] [spark] [onSelf] - self entitlements=[spark][webex-squared][bc-sp-standard]
2025-02-03 08:00:06,000 INFO [0x1] [Calling/Line.swift(30)] [spark] [register] - line registered with Mobius, device 4711
";

    #[test]
    fn webex_calling_alone_is_not_webex_for_broadworks() {
        for (path, text) in [
            ("CiscoSpark/current_log.txt", WINDOWS),
            ("Logs/current_log.txt", IOS),
        ] {
            let ids = findings(path, text);
            assert!(ids.contains(&"webex-calling-only".to_owned()), "{ids:?}");
            for not in [
                "conflicting-calling-entitlement",
                "multiple-calling-services",
                "entitlement-missing",
                "registration-stopped",
            ] {
                assert!(!ids.contains(&not.to_owned()), "{not}: {ids:?}");
            }
        }
    }

    #[test]
    fn a_user_with_both_or_the_entitlement_alone_is_not_webex_calling_only() {
        let both = WINDOWS
            .replace("bc-sp-standard", "bc-sp-standard, broadworks-connector")
            .replace(
                "BroadWorks calling disabled, not started",
                "BroadWorks calling library initialized",
            );
        let ids = findings("CiscoSpark/current_log.txt", &both);
        assert!(!ids.contains(&"webex-calling-only".to_owned()), "{ids:?}");
        assert!(
            ids.contains(&"conflicting-calling-entitlement".to_owned()),
            "{ids:?}"
        );
        assert!(
            ids.contains(&"multiple-calling-services".to_owned()),
            "{ids:?}"
        );
        // The entitlement without Webex Calling in use: a BroadWorks user
        // given the wrong package.
        let entitled = IOS.lines().take(2).collect::<Vec<_>>().join("\n");
        let ids = findings("Logs/current_log.txt", &entitled);
        assert!(!ids.contains(&"webex-calling-only".to_owned()), "{ids:?}");
        assert!(ids.contains(&"entitlement-missing".to_owned()), "{ids:?}");
    }
}
