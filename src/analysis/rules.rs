//! Findings: structural rules over events and attempts, plus the matches
//! of the catalogue's simple signatures, each with its evidence lines.
//!
//! Sequence findings (token, XSI, DMS, SIP) look at the last attempt, which
//! is the one the user is stuck in; session findings (entitlements,
//! calling behaviour, codes) and signature matches look at the whole bundle.

use super::catalogue::Catalogue;
use super::codes::{self, CodeTable};
use super::events::{Event, EventKind};
use super::timeline::{AttemptCtx, service_of};
use super::{Evidence, Finding, Severity, Status, StepId, Verdict};
use crate::i18n::Text;
use crate::record::Bundle;

/// At most this many evidence lines per finding.
const MAX_EVIDENCE: usize = 12;

pub(super) struct Builder<'a> {
    events: &'a [Event],
    catalogue: &'a Catalogue,
    findings: Vec<Finding>,
}

impl Builder<'_> {
    /// Records a finding (or adds to it): `id` must be in the catalogue.
    pub(super) fn add(
        &mut self,
        id: &str,
        detail: Option<Text>,
        evidence: impl IntoIterator<Item = usize>,
    ) {
        let evidence: Vec<Evidence> = evidence
            .into_iter()
            .map(|i| Evidence::of(&self.events[i]))
            .collect();
        if evidence.is_empty() {
            return;
        }
        let Some(entry) = self.catalogue.get(id) else {
            return;
        };
        let finding = match self.findings.iter_mut().find(|f| f.id == id) {
            Some(f) => f,
            None => {
                self.findings.push(Finding {
                    id: id.to_owned(),
                    severity: entry.severity,
                    title: entry.title.clone(),
                    notes: Vec::new(),
                    cause: entry.cause.clone(),
                    fix: entry.fix.clone(),
                    guide: entry.guide.clone(),
                    evidence: Vec::new(),
                });
                self.findings.last_mut().expect("just pushed")
            }
        };
        if let Some(d) = detail
            && !finding.notes.contains(&d)
        {
            finding.notes.push(d);
        }
        for e in evidence {
            if finding.evidence.len() < MAX_EVIDENCE && !finding.evidence.contains(&e) {
                finding.evidence.push(e);
            }
        }
    }

    fn find(&self, range: std::ops::Range<usize>, pred: impl Fn(&EventKind) -> bool) -> Vec<usize> {
        range.filter(|&i| pred(&self.events[i].kind)).collect()
    }
}

pub fn findings(
    events: &[Event],
    last: Option<&AttemptCtx>,
    catalogue: &Catalogue,
) -> Vec<Finding> {
    let mut b = Builder {
        events,
        catalogue,
        findings: Vec::new(),
    };
    let all = 0..events.len();

    // Session: entitlements and calling behaviour as last written.
    let last_ents = all.clone().rev().find_map(|i| match &events[i].kind {
        EventKind::Entitlements(list) => Some((i, list)),
        _ => None,
    });
    if let Some((i, list)) = last_ents
        && !list.iter().any(|e| e == "broadworks-connector")
    {
        b.add(
            "entitlement-missing",
            Some(Text::key("detail-entitlements").str("list", list.join(", "))),
            [i],
        );
    }
    let sp_standard = b.find(
        all.clone(),
        |k| matches!(k, EventKind::Entitlements(l) if l.iter().any(|e| e == "bc-sp-standard")),
    );
    b.add(
        "conflicting-calling-entitlement",
        Some(Text::plain("bc-sp-standard")),
        sp_standard,
    );
    let behavior = all.clone().rev().find_map(|i| match &events[i].kind {
        EventKind::CallingBehavior(v) => Some((i, v)),
        _ => None,
    });
    if let Some((i, value)) = behavior
        && value != "NATIVE_WEBEX_TEAMS_CALLING"
    {
        b.add(
            "calling-behavior-not-webex",
            Some(Text::key("detail-calling-behavior").str("value", value.as_str())),
            [i],
        );
    }
    let webex_calling = b.find(all.clone(), |k| *k == EventKind::WebexCalling);
    let broadworks_active = all.clone().find(|&i| events[i].bwc);
    if let (false, Some(bw)) = (webex_calling.is_empty(), broadworks_active) {
        b.add(
            "multiple-calling-services",
            None,
            webex_calling.iter().copied().take(4).chain([bw]),
        );
    }
    for i in all.clone() {
        if let EventKind::GuideCode(code) = events[i].kind
            && let Some(info) = codes::lookup(code)
        {
            let id = match info.table {
                CodeTable::EndUser => "activation-portal-error",
                CodeTable::DirectorySync => "directory-sync-error",
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

    // Signatures from the catalogue, wherever they match.
    for i in all.clone() {
        if let EventKind::Signature { id, detail } = &events[i].kind {
            b.add(id, detail.as_deref().map(Text::plain), [i]);
        }
    }

    if let Some(last) = last {
        sequence(&mut b, last);
    }
    super::server::findings(&mut b, events);

    // Placeholders: an SBC or SIP tag stops registration, the others hide a feature.
    let registered = last.is_some_and(|a| a.attempt.status(StepId::Registered) == Status::Ok);
    for i in all {
        if let EventKind::Config(c) = &events[i].kind
            && !c.unresolved.is_empty()
        {
            b.add(
                "unresolved-config-tag",
                Some(Text::plain(c.unresolved.join(", "))),
                [i],
            );
            let blocking = c
                .unresolved
                .iter()
                .any(|t| t.contains("SBC") || t.contains("PROXY") || t.contains("SIP"));
            if (blocking || !registered)
                && let Some(f) = b
                    .findings
                    .iter_mut()
                    .find(|f| f.id == "unresolved-config-tag")
            {
                f.severity = Severity::Error;
            }
        }
    }

    let mut findings = b.findings;
    findings.sort_by_key(|f| (std::cmp::Reverse(f.severity), catalogue.rank(&f.id)));
    findings
}

/// Findings about the steps of the attempt the user is stuck in.
fn sequence(b: &mut Builder, a: &AttemptCtx) {
    let events = b.events;
    let failed = |step| {
        a.decided(step)
            .filter(|(s, _)| *s == Status::Failed)
            .and_then(|(_, i)| i)
    };

    if let Some(i) = failed(StepId::Token) {
        let request = request_for(events, i);
        b.add(
            "token-fetch-failed",
            status_detail(events, i),
            request.into_iter().chain([i]),
        );
    }
    let xsi_errors: Vec<usize> = a
        .range
        .clone()
        .filter(|&i| matches!(&events[i].kind, EventKind::HttpResponse(r) if !(200..300).contains(&r.status)))
        .filter(|&i| service_of(events, i) == Some(super::events::Service::Xsi))
        .collect();
    if let Some(&first) = xsi_errors.first() {
        b.add(
            "xsi-request-failed",
            status_detail(events, first),
            xsi_errors.iter().copied(),
        );
    }
    if let Some(i) = failed(StepId::DeviceList) {
        let from_list =
            matches!(&events[i].kind, EventKind::HttpResponse(r) if (200..300).contains(&r.status));
        if from_list || matches!(events[i].kind, EventKind::DeviceProfileNotFound(_)) {
            let detail = device_missing(a.wanted_device, a.device_types.as_deref());
            b.add("device-profile-missing", Some(detail), [i]);
        }
    }
    if let Some(i) = failed(StepId::ConfigDownload) {
        if matches!(events[i].kind, EventKind::HttpResponse(_)) {
            b.add(
                "config-download-failed",
                status_detail(events, i),
                request_for(events, i).into_iter().chain([i]),
            );
        } else {
            b.add("config-parse-failed", None, [i]);
        }
    }
    let reg = &a.reg;
    if reg.last == super::register::Last::Failed {
        let sbc = reg
            .sbc
            .clone()
            .or_else(|| configured_sbc(events))
            .map(|s| Text::key("detail-sbc").str("sbc", s));
        if let Some(i) = reg.auth_failed {
            b.add(
                "sip-auth-failed",
                sbc.clone(),
                reg.first_register.into_iter().chain([i]),
            );
        } else if let Some((i, code)) = reg.rejected {
            b.add(
                "sip-register-rejected",
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
                "sip-register-timeout",
                Some(detail),
                reg.first_register.into_iter().chain([i]),
            );
        }
    }
    if let Some(i) = reg.displaced {
        b.add(
            "registration-displaced",
            None,
            reg.registered.into_iter().chain([i]),
        );
    }
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

fn status_detail(events: &[Event], i: usize) -> Option<Text> {
    match &events[i].kind {
        EventKind::HttpResponse(r) => {
            let http = match r.url.as_deref().and_then(host_of) {
                Some(host) => Text::key("detail-http-from").str("host", host),
                None => Text::key("detail-http"),
            }
            .num("status", r.status);
            Some(with_tracking_id(http, r.tracking_id.as_deref()))
        }
        _ => None,
    }
}

/// `text, tracking id …` when there is one.
pub(super) fn with_tracking_id(text: Text, id: Option<&str>) -> Text {
    match id {
        Some(id) => Text::Join(
            vec![text, Text::key("detail-tracking-id").str("id", id)],
            ", ",
        ),
        None => text,
    }
}

/// The device type the app wanted, and what the list offered if known.
pub(super) fn device_missing(wanted: &str, listed: Option<&[String]>) -> Text {
    match listed {
        Some([]) => Text::key("detail-device-missing").text("listed", Text::key("word-none")),
        Some(types) => Text::key("detail-device-missing").str("listed", types.join(", ")),
        None => Text::key("detail-device-missing-only"),
    }
    .str("wanted", wanted)
}

pub fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    Some(rest.split(['/', '?']).next().unwrap_or(rest))
}

/// The SIP proxy the settings or the downloaded configuration name.
pub fn configured_sbc(events: &[Event]) -> Option<String> {
    events.iter().rev().find_map(|e| match &e.kind {
        EventKind::SipSettings { proxy: Some(p), .. } => Some(p.to_string()),
        EventKind::Config(c) => c.proxy.clone(),
        _ => None,
    })
}

/// The one sentence for the top of every output.
pub fn verdict(bundle: &Bundle, findings: &[Finding], last: Option<&AttemptCtx>) -> Verdict {
    if let Some(f) = findings.iter().find(|f| f.severity == Severity::Error) {
        return Verdict {
            severity: Some(Severity::Error),
            finding: Some(f.id.clone()),
            summary: title_and_fix(f),
        };
    }
    let warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let registered = last.is_some_and(|a| a.attempt.status(StepId::Registered) == Status::Ok);
    let has_client = bundle.files.iter().any(|f| f.kind.is_app_log());
    let (severity, summary) = if registered && warnings == 0 {
        (None, Text::key("verdict-registered"))
    } else if registered {
        (
            Some(Severity::Warning),
            Text::key("verdict-registered-warnings").num("count", warnings as i64),
        )
    } else if let Some(f) = findings.iter().find(|f| f.severity == Severity::Warning) {
        (Some(Severity::Warning), title_and_fix(f))
    } else if let Some(f) = findings.iter().find(|f| f.severity == Severity::Info) {
        (Some(Severity::Info), title_and_fix(f))
    } else if has_client {
        (
            Some(Severity::Warning),
            Text::key("verdict-no-registration"),
        )
    } else if bundle.files.iter().any(|f| f.kind.is_server()) {
        (None, Text::key("verdict-server-clean"))
    } else {
        (None, Text::key("verdict-nothing"))
    };
    let finding = if severity == Some(Severity::Warning) && !registered {
        findings.first().map(|f| f.id.clone())
    } else {
        None
    };
    Verdict {
        severity,
        finding,
        summary,
    }
}

/// The verdict a finding gives: what is wrong, then what to do.
fn title_and_fix(f: &Finding) -> Text {
    Text::Join(vec![f.title.clone(), f.fix.clone()], ". ")
}
