//! The escalation facts: what the guide's *What client information to
//! collect* asks for, taken from the events.

use std::collections::BTreeMap;

use serde_json::Value;

use super::findings::host_of;
use super::session::configured_sbc;
use crate::analysis::extract::sip::{Direction, StartLine, uri_user};
use crate::analysis::extract::{Event, EventKind, Service};
use crate::analysis::model::{Finding, Severity};
use crate::record::Bundle;

/// The fact names, in the order a ticket lists them.
pub const NAMES: [&str; 20] = [
    "user_email",
    "user_id",
    "org_id",
    "partner_org_id",
    "case_number",
    "client_version",
    "platform",
    "broadworks_user_id",
    "sip_user",
    "sbc",
    "sbc_address",
    "xsp",
    "tracking_ids",
    "primary_phone_number",
    "provisioning_target",
    "service_provider",
    "first_timestamp",
    "last_timestamp",
    "failure_at",
    "ced_same_session",
];

pub fn collect(
    bundle: &Bundle,
    events: &[Event],
    findings: &[Finding],
    ced: Option<&super::ced::Ced>,
) -> BTreeMap<String, Value> {
    let mut facts = BTreeMap::new();
    let mut set = |k: &str, v: Option<String>| {
        if let Some(v) = v.filter(|v| !v.is_empty()) {
            facts.insert(k.to_owned(), Value::String(v));
        }
    };
    let latest =
        |f: &dyn Fn(&EventKind) -> Option<String>| events.iter().rev().find_map(|e| f(&e.kind));

    set(
        "user_id",
        latest(&|k| match k {
            EventKind::Identity(i) => i.user_id.clone(),
            _ => None,
        }),
    );
    set(
        "org_id",
        latest(&|k| match k {
            EventKind::Identity(i) => i.org_id.clone(),
            _ => None,
        }),
    );
    set(
        "partner_org_id",
        latest(&|k| match k {
            EventKind::PartnerOrg(id) => Some(id.clone()),
            _ => None,
        }),
    );
    set(
        "case_number",
        latest(&|k| match k {
            EventKind::CaseNumber(n) => Some(n.clone()),
            _ => None,
        }),
    );
    set(
        "client_version",
        latest(&|k| match k {
            EventKind::AppStart { version, .. } => version.as_deref().map(str::to_owned),
            _ => None,
        }),
    );
    set(
        "platform",
        latest(&|k| match k {
            EventKind::AppStart { platform, .. } => platform.as_deref().map(str::to_owned),
            _ => None,
        }),
    );
    let xsi_url = latest(&|k| match k {
        EventKind::HttpRequest(r) if r.service == Service::Xsi => Some(r.url.clone()),
        EventKind::HttpResponse(r) if r.service == Some(Service::Xsi) => r.url.clone(),
        _ => None,
    });
    let provisioned = events.iter().rev().find_map(|e| match &e.kind {
        EventKind::ProvisioningPost { target, profile } => {
            Some((Some(target.clone()), profile.clone()))
        }
        EventKind::ProvisioningProfile(p) => Some((None, Some(p.clone()))),
        _ => None,
    });
    let profile = provisioned
        .as_ref()
        .and_then(|(_, p)| p.clone())
        .unwrap_or_default();
    let server_user = latest(&|k| match k {
        EventKind::XsiRequest(r) => r.user.clone(),
        EventKind::AuthService(r) => r.user.clone(),
        _ => None,
    });
    let named_user = latest(&|k| match k {
        EventKind::Identity(i) => i.broadworks_user.clone(),
        _ => None,
    });
    set(
        "broadworks_user_id",
        xsi_url
            .as_deref()
            .and_then(xsi_user)
            .or(server_user)
            .or(named_user)
            .or(profile.bwuserid.clone()),
    );
    set("user_email", user_email(events).or(profile.email.clone()));
    set("primary_phone_number", profile.primary_phone_number.clone());
    let named_provider = latest(&|k| match k {
        EventKind::Identity(i) => i.service_provider.clone(),
        _ => None,
    });
    set(
        "service_provider",
        profile.service_provider.clone().or(named_provider),
    );
    set("provisioning_target", provisioned.and_then(|(t, _)| t));
    let server_host = latest(&|k| match k {
        EventKind::XsiRequest(r) => r.host.clone(),
        _ => None,
    });
    set(
        "xsp",
        xsi_url
            .as_deref()
            .and_then(host_of)
            .map(str::to_owned)
            .or(server_host),
    );
    // Like every fact, the latest: after a failover, the SBC the app went
    // on with.
    let register = events.iter().rev().find_map(|e| match &e.kind {
        EventKind::Sip(m)
            if m.direction != Direction::Received
                && matches!(
                    m.start(),
                    StartLine::Request {
                        method: "REGISTER",
                        ..
                    }
                ) =>
        {
            Some(m)
        }
        _ => None,
    });
    let sip_user = latest(&|k| match k {
        EventKind::SipSettings { user, .. } => user.as_deref().map(str::to_owned),
        EventKind::Config(c) => c.user.clone(),
        _ => None,
    })
    .or_else(|| {
        register.and_then(|m| m.header("from")).and_then(|f| {
            uri_user(f.trim_start_matches(|c| c != '<' && c != 's')).map(str::to_owned)
        })
    });
    set("sip_user", sip_user);
    set(
        "sbc",
        configured_sbc(events).or_else(|| register.and_then(|m| m.peer.clone())),
    );
    // Where no REGISTER went out, the address the app failed to reach.
    set(
        "sbc_address",
        register.and_then(|m| m.peer.clone()).or_else(|| {
            latest(&|k| match k {
                EventKind::TransportFailure { peer, sip: true } => peer.clone(),
                EventKind::SipTimeout { peer, .. } => peer.clone(),
                _ => None,
            })
        }),
    );

    let mut ids: Vec<String> = Vec::new();
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for e in events {
        if let Some(id) = e.tracking_id().filter(|id| seen.insert(id)) {
            ids.push(id.to_owned());
        }
    }
    if !ids.is_empty() {
        facts.insert(
            "tracking_ids".into(),
            Value::Array(ids.into_iter().map(Value::String).collect()),
        );
    }
    if let Some(same) = ced.and_then(|c| c.same_session) {
        facts.insert("ced_same_session".into(), Value::Bool(same));
    }
    if let Some((first, last)) = bundle.time_span() {
        facts.insert(
            "first_timestamp".into(),
            Value::String(first.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
        );
        facts.insert(
            "last_timestamp".into(),
            Value::String(last.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
        );
    }
    let failure = findings
        .iter()
        .find(|f| f.severity == Severity::Error)
        .and_then(|f| {
            f.evidence
                .iter()
                .filter_map(|e| bundle.get(e.at).1.time())
                .max()
        });
    if let Some(t) = failure {
        facts.insert(
            "failure_at".into(),
            Value::String(t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
        );
    }
    facts
}

/// How far apart an email and the user's ids may be printed and still be
/// read as one account.
const IDENTITY_NEAR_MS: i64 = 2_000;

/// The user's email. Logs name other people's too (contacts, meetings), so
/// an email printed with the user's ids wins, then the one printed nearest
/// them in the same file, then any; the latest of the best.
fn user_email(events: &[Event]) -> Option<String> {
    // When each file names an id, in order (events are in time order).
    let mut ids: std::collections::HashMap<u32, Vec<i64>> = std::collections::HashMap::new();
    for e in events {
        if let (EventKind::Identity(i), Some(m)) = (&e.kind, e.millis)
            && (i.user_id.is_some() || i.org_id.is_some())
        {
            ids.entry(e.file).or_default().push(m);
        }
    }
    // How far an email is from the nearest id of the same file.
    let distance = |e: &Event| {
        let (times, at) = (ids.get(&e.file)?, e.millis?);
        let k = times.partition_point(|&m| m < at);
        [k.checked_sub(1), Some(k)]
            .into_iter()
            .flatten()
            .filter_map(|k| times.get(k))
            .map(|&m| (m - at).abs())
            .min()
            .filter(|d| *d <= IDENTITY_NEAR_MS)
    };
    events
        .iter()
        .enumerate()
        .filter_map(|(n, e)| {
            // A keyed email before one a sign-in record names in passing.
            let (email, keyed) = match &e.kind {
                EventKind::Identity(i) => (i.email.as_ref()?, true),
                EventKind::SignInEmail(email) => (email, false),
                _ => return None,
            };
            let (class, nearness) = match &e.kind {
                EventKind::Identity(i) if i.user_id.is_some() || i.org_id.is_some() => (2, 0),
                _ => distance(e).map_or((0, 0), |d| (1, -d)),
            };
            Some(((class, keyed, nearness, e.millis.is_some(), n), email))
        })
        .max_by_key(|(rank, _)| *rank)
        .map(|(_, email)| email.clone())
}

/// `…/v2.0/user/2062275869%40contoso.example/profile/device` → `2062275869@contoso.example`.
fn xsi_user(url: &str) -> Option<String> {
    let after = url.split_once("/user/")?.1;
    let raw = after.split('/').next()?;
    Some(
        percent_encoding::percent_decode_str(raw)
            .decode_utf8_lossy()
            .into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xsi_user_is_decoded() {
        assert_eq!(
            xsi_user("https://xsp1.example.net/com.broadsoft.xsi-actions/v2.0/user/2062275869%40contoso.example/profile/device").as_deref(),
            Some("2062275869@contoso.example")
        );
        assert_eq!(xsi_user("https://x/none"), None);
    }
}
