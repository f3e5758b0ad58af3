//! The exchanges of a bundle as a ladder diagram would show them: who sent
//! what to whom, in time order. Lanes are roles (the Webex app, the Webex
//! cloud, XSP, DMS, SBC, AS), never addresses.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::analysis::extract::server::AuthStage;
use crate::analysis::extract::sip::{Direction, SipMessage, StartLine};
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
        Service::Token | Service::Discovery | Service::Saml | Service::CiToken => Role::Cloud,
        Service::Xsi => Role::Xsp,
        Service::Dms => Role::Dms,
    }
}

/// Strings many arrows share (labels, Call-IDs, tracking ids), held once.
#[derive(Default)]
struct Interned(HashSet<Arc<str>>);

impl Interned {
    fn get(&mut self, s: &str) -> Arc<str> {
        if let Some(shared) = self.0.get(s) {
            return shared.clone();
        }
        let shared: Arc<str> = s.into();
        self.0.insert(shared.clone());
        shared
    }
}

/// One arrow before it is interned.
struct Arrow {
    from: Role,
    to: Role,
    label: String,
    failed: bool,
    group: Option<String>,
    message: Option<Arc<SipMessage>>,
}

impl Arrow {
    fn new(from: Role, to: Role, label: impl Into<String>, failed: bool) -> Arrow {
        Arrow {
            from,
            to,
            label: label.into(),
            failed,
            group: None,
            message: None,
        }
    }

    fn in_group(mut self, group: Option<&str>) -> Arrow {
        self.group = group.filter(|g| !g.is_empty()).map(str::to_owned);
        self
    }
}

/// The arrows of every exchange the events show.
pub fn exchanges(events: &[Event]) -> Vec<Exchange> {
    let mut out = Vec::new();
    let mut shared = Interned::default();
    let mut sip = Dialogs::default();
    for e in events {
        for a in arrows(e, &mut sip) {
            out.push(Exchange {
                from: a.from,
                to: a.to,
                label: shared.get(&a.label),
                millis: e.millis,
                failed: a.failed,
                at: e.at(),
                group: a.group.as_deref().map(|g| shared.get(g)),
                message: a.message,
            });
        }
    }
    out
}

/// What the SIP seen so far tells about the next message.
#[derive(Default)]
struct Dialogs {
    /// Requests that carried credentials, by Call-ID and CSeq: a challenge
    /// answering one of them means the credentials were refused.
    with_credentials: HashSet<(String, u32)>,
    /// The Call-ID of the latest request sent with each CSeq, and of the
    /// latest of all: a timeout names at most the CSeq it waited for.
    sent: HashMap<u32, String>,
    last_sent: Option<String>,
}

fn arrows(e: &Event, sip: &mut Dialogs) -> Vec<Arrow> {
    match &e.kind {
        EventKind::HttpRequest(r) => {
            let label = match &r.method {
                Some(m) => format!("{m} {}", short_path(&r.url)),
                None => short_path(&r.url),
            };
            vec![
                Arrow::new(Role::App, lane(r.service), label, false)
                    .in_group(r.tracking_id.as_deref()),
            ]
        }
        EventKind::HttpResponse(r) => match r.service {
            Some(service) => vec![
                Arrow::new(
                    lane(service),
                    Role::App,
                    r.status.to_string(),
                    !(200..300).contains(&r.status),
                )
                .in_group(r.tracking_id.as_deref()),
            ],
            None => Vec::new(),
        },
        EventKind::Sip(m) => vec![sip_arrow(m, sip)],
        EventKind::SipTimeout { cseq, .. } => {
            let call = cseq
                .and_then(|n| sip.sent.get(&n))
                .or(sip.last_sent.as_ref());
            vec![
                Arrow::new(Role::Sbc, Role::App, "no answer (timeout)", true)
                    .in_group(call.map(String::as_str)),
            ]
        }
        EventKind::TransportFailure { .. } => {
            vec![Arrow::new(Role::Sbc, Role::App, "connection failed", true)]
        }
        EventKind::BwcErrorCode(code) => {
            vec![Arrow::new(
                Role::App,
                Role::App,
                format!("error {code}"),
                true,
            )]
        }
        EventKind::DeviceProfileNotFound(device) => vec![Arrow::new(
            Role::Xsp,
            Role::App,
            format!("no device profile {device}"),
            true,
        )],
        EventKind::XsiRequest(r) => {
            let from = if r.path.contains("/profile/device") {
                Role::App
            } else {
                Role::Cloud
            };
            let group = r.tracking_id.as_deref();
            let mut out = vec![
                Arrow::new(
                    from,
                    Role::Xsp,
                    format!("{} {}", r.method, short_path(&r.path)),
                    false,
                )
                .in_group(group),
            ];
            if let Some(first) = r.oci.first() {
                out.push(
                    Arrow::new(Role::Xsp, Role::As, format!("OCI-P {first}"), false)
                        .in_group(group),
                );
            }
            if let Some(status) = r.status {
                out.push(
                    Arrow::new(
                        Role::Xsp,
                        from,
                        status.to_string(),
                        !(200..300).contains(&status),
                    )
                    .in_group(group),
                );
            }
            out
        }
        EventKind::AuthService(r) => {
            let failed = r.status.is_some_and(|s| s != 200);
            let answer = |what: &str| {
                r.status
                    .map_or_else(|| what.to_owned(), |s| format!("{what} {s}"))
            };
            vec![match r.stage {
                AuthStage::Request => {
                    Arrow::new(Role::Cloud, Role::Xsp, "GET /authService/token", false)
                }
                AuthStage::Issue => Arrow::new(Role::Xsp, Role::Cloud, answer("token"), failed),
                AuthStage::Validate => Arrow::new(Role::Xsp, Role::Xsp, answer("validate"), failed),
            }]
        }
        EventKind::ProvisioningPost { .. } => {
            vec![Arrow::new(Role::As, Role::Cloud, "POST subscriber", false)]
        }
        EventKind::ProvisioningAnswer { status, .. } => vec![Arrow::new(
            Role::Cloud,
            Role::As,
            status.to_string(),
            !(200..300).contains(status),
        )],
        _ => Vec::new(),
    }
}

fn sip_arrow(m: &SipMessage, sip: &mut Dialogs) -> Arrow {
    let call = m.call_id().unwrap_or("");
    let cseq = m.cseq().map(|(n, _)| n);
    let failed = match m.status() {
        Some(401 | 407) => {
            cseq.is_some_and(|n| sip.with_credentials.contains(&(call.to_owned(), n)))
        }
        Some(s) => s >= 300,
        None => false,
    };
    if m.status().is_none()
        && let Some(n) = cseq
    {
        if m.header("authorization").is_some() || m.header("proxy-authorization").is_some() {
            sip.with_credentials.insert((call.to_owned(), n));
        }
        if m.direction != Direction::Received && !call.is_empty() {
            sip.sent.insert(n, call.to_owned());
            sip.last_sent = Some(call.to_owned());
        }
    }
    let (from, to) = if m.direction == Direction::Received {
        (Role::Sbc, Role::App)
    } else {
        (Role::App, Role::Sbc)
    };
    let label = match (m.start(), m.cseq()) {
        (StartLine::Request { .. }, Some((n, _))) => format!("{} (CSeq {n})", m.label()),
        _ => m.label(),
    };
    let mut arrow = Arrow::new(from, to, label, failed).in_group(m.call_id());
    arrow.message = Some(Arc::new(m.clone()));
    arrow
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
