//! The exchanges of a bundle as a ladder diagram would show them: who sent
//! what to whom, in time order. Lanes are roles (the Webex app, the Webex
//! cloud, XSP, DMS, SBC, AS), never addresses.

use std::collections::HashSet;
use std::sync::Arc;

use crate::analysis::extract::server::AuthStage;
use crate::analysis::extract::sip::{Direction, StartLine};
use crate::analysis::extract::{Event, EventKind, Service};
use crate::analysis::model::{Exchange, Role};

fn short_path(url: &str) -> String {
    let path = url
        .split_once("://")
        .map_or(url, |(_, r)| r.split_once('/').map_or("", |(_, p)| p));
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.len() {
        0 => "/".to_owned(),
        1 => parts[0].to_owned(),
        n => format!("{}/{}", parts[n - 2], parts[n - 1]),
    }
}

fn lane(service: Service) -> Role {
    match service {
        Service::Token => Role::Cloud,
        Service::Xsi => Role::Xsp,
        Service::Dms => Role::Dms,
    }
}

/// The arrows of every exchange the events show.
pub fn exchanges(events: &[Event]) -> Vec<Exchange> {
    let mut out = Vec::new();
    let mut labels: HashSet<Arc<str>> = HashSet::new();
    let mut push = |e: &Event, from: Role, to: Role, label: String, failed: bool| {
        let label = match labels.get(label.as_str()) {
            Some(shared) => shared.clone(),
            None => {
                let shared: Arc<str> = label.into();
                labels.insert(shared.clone());
                shared
            }
        };
        out.push(Exchange {
            from,
            to,
            label,
            millis: e.millis,
            failed,
            at: e.at(),
        });
    };
    for e in events {
        match &e.kind {
            EventKind::HttpRequest(r) => {
                let label = match &r.method {
                    Some(m) => format!("{m} {}", short_path(&r.url)),
                    None => short_path(&r.url),
                };
                push(e, Role::App, lane(r.service), label, false);
            }
            EventKind::HttpResponse(r) => {
                if let Some(service) = r.service {
                    push(
                        e,
                        lane(service),
                        Role::App,
                        r.status.to_string(),
                        !(200..300).contains(&r.status),
                    );
                }
            }
            EventKind::Sip(m) => {
                let failed = m.status().is_some_and(|s| s >= 300 && s != 401 && s != 407);
                let (from, to) = if m.direction == Direction::Received {
                    (Role::Sbc, Role::App)
                } else {
                    (Role::App, Role::Sbc)
                };
                let label = match m.start() {
                    StartLine::Request { .. } => match m.cseq() {
                        Some((n, _)) => format!("{} (CSeq {n})", m.label()),
                        None => m.label(),
                    },
                    StartLine::Response { .. } => m.label(),
                };
                push(e, from, to, label, failed);
            }
            EventKind::SipTimeout { .. } => {
                push(e, Role::Sbc, Role::App, "no answer (timeout)".into(), true)
            }
            EventKind::TransportFailure { .. } => {
                push(e, Role::Sbc, Role::App, "connection failed".into(), true)
            }
            EventKind::XsiRequest(r) => {
                let from = if r.path.contains("/profile/device") {
                    Role::App
                } else {
                    Role::Cloud
                };
                push(
                    e,
                    from,
                    Role::Xsp,
                    format!("{} {}", r.method, short_path(&r.path)),
                    false,
                );
                if let Some(first) = r.oci.first() {
                    push(e, Role::Xsp, Role::As, format!("OCI-P {first}"), false);
                }
                if let Some(status) = r.status {
                    push(
                        e,
                        Role::Xsp,
                        from,
                        status.to_string(),
                        !(200..300).contains(&status),
                    );
                }
            }
            EventKind::AuthService(r) => match r.stage {
                AuthStage::Request => push(
                    e,
                    Role::Cloud,
                    Role::Xsp,
                    "GET /authService/token".into(),
                    false,
                ),
                AuthStage::Issue => {
                    let status = r
                        .status
                        .map_or_else(|| "token".to_owned(), |s| format!("token {s}"));
                    push(
                        e,
                        Role::Xsp,
                        Role::Cloud,
                        status,
                        r.status.is_some_and(|s| s != 200),
                    );
                }
                AuthStage::Validate => {
                    let status = r
                        .status
                        .map_or_else(|| "validate".to_owned(), |s| format!("validate {s}"));
                    push(
                        e,
                        Role::Xsp,
                        Role::Xsp,
                        status,
                        r.status.is_some_and(|s| s != 200),
                    );
                }
            },
            EventKind::ProvisioningPost { .. } => {
                push(e, Role::As, Role::Cloud, "POST subscriber".into(), false)
            }
            EventKind::ProvisioningAnswer { status, .. } => push(
                e,
                Role::Cloud,
                Role::As,
                status.to_string(),
                !(200..300).contains(status),
            ),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_shortened() {
        assert_eq!(
            short_path(
                "https://xsp1.example.net/com.broadsoft.xsi-actions/v2.0/user/x/profile/device"
            ),
            "profile/device"
        );
        assert_eq!(
            short_path("https://xsp1/dms/bc/pc/config.xml"),
            "pc/config.xml"
        );
        assert_eq!(short_path("/authService/token"), "authService/token");
    }
}
