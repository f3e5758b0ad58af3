//! Server records: flow-through provisioning in the Application Server's
//! PSLog, the SIP and push subscriptions of the AS logs, and the sign-in as
//! the XSP sees it (access_log, XsiActionsLog, authenticationService).
//! Pasted CLI output is [`super::cli`]'s.
//!
//! As on the client side, extraction keys on protocol facts: HTTP methods,
//! paths and status codes, `StatusCode=`, OCI-P command names, the
//! `subscriberProfile` and `accessDeviceTable` XML, `trackingid` and
//! `X-BROADSOFT-CORRELATION-ID`; SIP start lines.

use super::fields::{self, Key};
use super::{Event, EventKind, Identity, XspAccess, http, xml};
use crate::record::{FileKind, LogFile};

/// The XSP's view of one Xsi-Actions request (one XsiActionsLog record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XsiRequest {
    pub method: String,
    pub path: String,
    /// `Basic` or `Bearer`.
    pub auth: Option<String>,
    pub user_agent: Option<String>,
    /// The XSP's name as the request's `Host` header gives it.
    pub host: Option<String>,
    pub tracking_id: Option<String>,
    pub status: Option<u16>,
    /// OCI-P commands the XSP sent for it.
    pub oci: Vec<String>,
    /// Device types of an `accessDeviceTable` in the answer.
    pub device_types: Option<Vec<String>>,
    /// The BroadWorks user id of a profile answer.
    pub user: Option<String>,
    /// The XSP asked authService (over loopback) to validate the token.
    pub validated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthStage {
    /// `GET /authService/token` from the IdP proxy (5.2).
    Request,
    /// The long-lived token was (or was not) generated (5.4).
    Issue,
    /// `POST /authService/token` over loopback from Xsi-Actions (6).
    Validate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthRecord {
    pub stage: AuthStage,
    pub status: Option<u16>,
    pub tracking_id: Option<String>,
    pub user: Option<String>,
    /// `UserGetLoginInfoRequest` was sent (5.3).
    pub login_info: bool,
}

re!(POST_URL, r"(?i)\bPOST\b[^\n]{0,40}?(https?://[^\s<>]+)");
re!(MESSAGE, r"(?s)<message>(.*?)</message>");
// The JVM's names for a connection that failed, and the words that say so.
re!(
    UNREACHABLE,
    r"(?i)\b(?:(?:java\.net\.|javax\.net\.ssl\.|org\.apache\.http\.conn\.)?(?:ConnectException|SocketTimeoutException|UnknownHostException|NoRouteToHostException|SSLHandshakeException|HttpHostConnectException|ConnectTimeoutException)|connection (?:refused|reset|timed out)|connect timed out|read timed out|no route to host|name or service not known)\b[^\r\n]{0,120}"
);
re!(
    REQUEST_LINE,
    r"\b(GET|POST|PUT|DELETE|PATCH)\s+(/[^\s?]*|https?://[^\s?]+)"
);
re!(AUTH_SCHEME, r"(?i)\bauthorization:\s*(Basic|Bearer)\b");
re!(USER_AGENT, r"(?im)\buser-agent:\s*(.+?)\s*$");
re!(HOST, r"(?im)^\s*host:\s*([A-Za-z0-9.\-]+)");
re!(OCI_COMMAND, r"\b([A-Z][A-Za-z0-9]*Request[0-9A-Za-z]*)\b");
re!(BW_USER, r"(?i)\bhttp_bw_userid\s*[:=]\s*(\S+)");
re!(PROFILE_USER, r"<userId>([^<]+)</userId>");
re!(
    PROFILE_PROVIDER,
    r"<serviceProvider\b[^>]*>([^<]+)</serviceProvider>"
);
re!(CLF_REQUEST, r#""([A-Z]+) (\S+) HTTP/[\d.]+" ([1-5]\d\d)"#);

/// Events of one server record. `push` receives them in order.
pub fn extract(file: &LogFile, rec: usize, mut push: impl FnMut(EventKind)) {
    let text = file.text_of(rec);
    match file.kind {
        // A SIP message or a push subscription is no provisioning record,
        // whatever status it states.
        FileKind::Pslog | FileKind::Xslog if !as_record(file, rec, text, &mut push) => {
            provisioning(text, &mut push)
        }
        FileKind::XsiActions => xsi_record(text, &mut push),
        FileKind::AuthService => {
            if let Some(r) = auth_record(text) {
                push(EventKind::AuthService(Box::new(r)));
            }
        }
        FileKind::AccessLog => {
            if let Some(c) = CLF_REQUEST.captures(text)
                && let Ok(status) = c[3].parse()
            {
                push(EventKind::XspAccess(Box::new(XspAccess {
                    method: c[1].to_owned(),
                    path: c[2].to_owned(),
                    status,
                })));
            }
        }
        _ => {}
    }
}

/// The SIP messages (step 5 of registration: the SBC's REGISTER and the
/// AS's answer) and push subscriptions of an AS record; whether it held
/// any. SIP is read by the app's own SIP reader: the AS prints the message
/// after a line that names its direction and peer (`udp 516 SIP Bytes IN
/// from 198.51.100.20:5060`), as one of the app's printings does.
fn as_record(file: &LogFile, rec: usize, text: &str, push: &mut impl FnMut(EventKind)) -> bool {
    let mut held = false;
    if super::sip::find_start_line(text).is_some() {
        let g = super::group::Group {
            first: rec,
            end: rec + 1,
            text: std::borrow::Cow::Borrowed(text),
        };
        for m in super::sip_messages(file, &g) {
            push(EventKind::AsSip(Box::new(m)));
            held = true;
        }
    }
    if let Some(s) = super::push::read(text) {
        push(EventKind::PushSubscription(Box::new(s)));
        held = true;
    }
    held
}

fn provisioning(text: &str, push: &mut impl FnMut(EventKind)) {
    let profile = profile_in(text).map(Box::new);
    let status = status_of(text);
    // A connection that failed, when no answer came.
    let failed = || {
        status
            .is_none()
            .then(|| UNREACHABLE.find(text))
            .flatten()
            .map(|m| EventKind::ProvisioningUnreachable(m.as_str().trim().to_owned()))
    };
    // A POST line that also states a status or a failed connection (`HTTP
    // POST to https://… failed` over the JVM's exception), with no profile,
    // is the outcome written beside its request line, not a new request.
    let answer = profile.is_none() && (status.is_some() || failed().is_some());
    if let (Some(target), false) = (post_target(text), answer) {
        push(EventKind::ProvisioningPost { target, profile });
        // The request and its failure in one record.
        if let Some(f) = failed() {
            push(f);
        }
        return;
    }
    if let Some(p) = profile {
        push(EventKind::ProvisioningProfile(p));
    }
    if let Some(status) = status {
        let message = MESSAGE.captures(text).map(|m| m[1].trim().to_owned());
        push(EventKind::ProvisioningAnswer { status, message });
    } else if let Some(f) = failed() {
        push(f);
    }
}

/// Where a record POSTs to: `POST https://…`, or `method=POST` or a
/// `POST` field of the record's header (`| IMP-Sender-1 | POST |`) beside a
/// URL.
fn post_target(text: &str) -> Option<String> {
    if let Some(c) = POST_URL.captures(text) {
        return Some(c[1].to_owned());
    }
    let head = http::before_xml(text);
    let fields = fields::read(head);
    let first = head.split('\n').next().unwrap_or(head);
    let posts = first.split(['|', ' ', '\t']).any(|w| w == "POST")
        || fields.iter().any(|f| {
            f.key == Key::Method
                && f.value
                    .one()
                    .is_some_and(|m| m.eq_ignore_ascii_case("POST"))
        });
    if !posts {
        return None;
    }
    fields
        .iter()
        .filter(|f| f.key == Key::Url)
        .find_map(|f| f.value.one().filter(|u| u.starts_with("http")))
        .map(str::to_owned)
        .or_else(|| http::url_in(head).map(str::to_owned))
}

/// The `subscriberProfile` a record holds: as the guide shows it (XML), or
/// its fields in any other printing.
fn profile_in(text: &str) -> Option<xml::SubscriberProfile> {
    if text.contains("subscriberProfile") && text.contains('<') {
        let p = xml::subscriber_profile(text);
        if p != xml::SubscriberProfile::default() {
            return Some(p);
        }
    }
    let fields = fields::read(text);
    let value = |key: Key| {
        fields
            .iter()
            .filter(|f| f.key == key)
            .find_map(|f| f.value.one())
            .map(str::to_owned)
    };
    let p = xml::SubscriberProfile {
        bwuserid: value(Key::BroadworksUserId),
        group: value(Key::Group),
        service_provider: value(Key::ServiceProvider),
        primary_phone_number: value(Key::PhoneNumber),
        email: value(Key::Email),
    };
    // A profile names its subscriber, and what makes it one.
    (p.bwuserid.is_some() && (p.primary_phone_number.is_some() || p.email.is_some())).then_some(p)
}

/// The HTTP status a server record states, in any of the ways logs write
/// one, leaving out the numbers of its URLs.
fn status_of(text: &str) -> Option<u16> {
    let head = http::before_xml(text);
    STATUS_CODE
        .captures(text)
        .and_then(|c| c[1].parse().ok())
        .or_else(|| http::stated_status(head, &fields::read(head), false))
}

re!(STATUS_CODE, r"(?i)\bStatusCode\s*[=:]\s*([1-5]\d\d)\b");

/// An XsiActionsLog record: a request of its own, or the XSP validating
/// the token over loopback with authService.
fn xsi_record(text: &str, push: &mut impl FnMut(EventKind)) {
    // A profile answer names the user's service provider (or enterprise),
    // whether it was logged with its request or apart.
    if let Some(provider) = PROFILE_PROVIDER.captures(text) {
        push(EventKind::Identity(Box::new(Identity {
            broadworks_user: PROFILE_USER.captures(text).map(|c| c[1].trim().to_owned()),
            service_provider: Some(provider[1].trim().to_owned()),
            ..Identity::default()
        })));
    }
    let Some(req) = REQUEST_LINE.captures(text) else {
        if text.contains("accessDeviceTable") {
            push(EventKind::XsiDevices(Box::new((
                http::tracking_in(text).map(str::to_owned),
                xml::access_device_table(text),
            ))));
        }
        return;
    };
    if req[2].ends_with("/authService/token") && &req[1] == "POST" {
        push(EventKind::AuthService(Box::new(AuthRecord {
            stage: AuthStage::Validate,
            status: status_of(text),
            tracking_id: http::tracking_in(text).map(str::to_owned),
            user: None,
            login_info: false,
        })));
        return;
    }
    if let Some(r) = xsi_request(text) {
        push(EventKind::XsiRequest(Box::new(r)));
    }
}

fn xsi_request(text: &str) -> Option<XsiRequest> {
    let req = REQUEST_LINE.captures(text)?;
    let path = match req[2].split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |p| &rest[p..]).to_owned(),
        None => req[2].to_owned(),
    };
    // The loopback POST to authService inside a device request is part of
    // that request, not a request of its own; its status is not the
    // request's.
    let validated = text.contains("/authService/token");
    let own: String = text
        .lines()
        .filter(|l| !l.contains("/authService/token"))
        .collect::<Vec<_>>()
        .join("\n");
    let oci: Vec<String> = OCI_COMMAND
        .captures_iter(text)
        .map(|c| c[1].to_owned())
        .collect();
    let device_types = text
        .contains("accessDeviceTable")
        .then(|| xml::access_device_table(text));
    Some(XsiRequest {
        method: req[1].to_owned(),
        path,
        auth: AUTH_SCHEME.captures(text).map(|c| c[1].to_owned()),
        user_agent: USER_AGENT.captures(text).map(|c| c[1].to_owned()),
        host: HOST.captures(text).map(|c| c[1].to_owned()),
        tracking_id: http::tracking_in(text).map(str::to_owned),
        status: status_of(&own),
        oci,
        device_types,
        user: PROFILE_USER.captures(text).map(|c| c[1].to_owned()),
        validated,
    })
}

fn auth_record(text: &str) -> Option<AuthRecord> {
    // A request for another path (`GET /health`) is no part of a sign-in.
    if let Some(c) = REQUEST_LINE.captures(text)
        && c[2].starts_with('/')
        && !c[2].contains("/token")
    {
        return None;
    }
    let status = status_of(text);
    let stage = if text.contains("POST /authService/token")
        || text.contains("POST http://127.0.0.1") && text.contains("/authService/token")
    {
        AuthStage::Validate
    } else if text.contains("GET /authService/token") || text.contains("UserGetLoginInfoRequest") {
        AuthStage::Request
    } else if text.contains("LongLivedTokenManager")
        || text.to_ascii_lowercase().contains("token generat")
        || status.is_some()
    {
        // A token generated, or the answer to the request of its tracking
        // id.
        AuthStage::Issue
    } else {
        return None;
    };
    Some(AuthRecord {
        stage,
        status,
        tracking_id: http::tracking_in(text).map(str::to_owned),
        user: BW_USER.captures(text).map(|c| c[1].to_owned()),
        login_info: text.contains("UserGetLoginInfoRequest"),
    })
}

/// The records the XSP logged of one request apart (the request, the OCI-P
/// answer with the device table, the answer to the client) are one
/// request: what each says is joined into the last record of its tracking
/// id, which the diagnosis reads.
pub fn join(events: &mut Vec<Event>) {
    use std::collections::HashMap;
    let mut last: HashMap<Box<str>, usize> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        if let EventKind::XsiRequest(r) = &e.kind
            && let Some(id) = &r.tracking_id
        {
            last.insert(id.as_str().into(), i);
        }
    }
    if last.is_empty()
        && !events
            .iter()
            .any(|e| matches!(e.kind, EventKind::XsiDevices(_)))
    {
        return;
    }
    let mut merged: Vec<(usize, XsiRequest)> = Vec::new();
    let mut merged_at: HashMap<usize, usize> = HashMap::new();
    let mut devices: Vec<usize> = Vec::new();
    // A device table that names no tracking id belongs to the device
    // request just before it in its file.
    let before = |i: usize| {
        let (file, at) = (events[i].file, events[i].millis?);
        (0..i)
            .rev()
            .take_while(|&k| events[k].millis.is_some_and(|m| at - m <= JOIN_MS))
            .take(JOIN_LOOKBACK)
            .find(|&k| {
                let e = &events[k];
                e.file == file
                    && matches!(&e.kind, EventKind::XsiRequest(r) if r.path.contains("/profile/device"))
            })
    };
    for (i, e) in events.iter().enumerate() {
        let (target, piece) = match &e.kind {
            EventKind::XsiRequest(r) => {
                match r.tracking_id.as_deref().and_then(|id| last.get(id)) {
                    Some(&t) => (t, Piece::Request(r)),
                    None => continue,
                }
            }
            EventKind::XsiDevices(d) => {
                let by_id = d.0.as_deref().and_then(|id| last.get(id).copied());
                match by_id.or_else(|| before(i)) {
                    Some(t) => (t, Piece::Devices(&d.1)),
                    None => continue,
                }
            }
            _ => continue,
        };
        if target == i {
            continue;
        }
        let slot = match merged_at.get(&target) {
            Some(&k) => &mut merged[k].1,
            None => {
                let EventKind::XsiRequest(r) = &events[target].kind else {
                    continue;
                };
                merged_at.insert(target, merged.len());
                merged.push((target, (**r).clone()));
                &mut merged.last_mut().expect("just pushed").1
            }
        };
        match piece {
            Piece::Request(r) => {
                slot.auth = slot.auth.take().or_else(|| r.auth.clone());
                slot.user_agent = slot.user_agent.take().or_else(|| r.user_agent.clone());
                slot.host = slot.host.take().or_else(|| r.host.clone());
                slot.user = slot.user.take().or_else(|| r.user.clone());
                slot.device_types = slot.device_types.take().or_else(|| r.device_types.clone());
                slot.validated |= r.validated;
            }
            Piece::Devices(types) => {
                slot.device_types.get_or_insert_with(|| types.clone());
                devices.push(i);
            }
        }
    }
    for (target, r) in merged {
        events[target].kind = EventKind::XsiRequest(Box::new(r));
    }
    if !devices.is_empty() {
        let mut index = 0;
        // `devices` is in event order.
        events.retain(|_| {
            let keep = devices.binary_search(&index).is_err();
            index += 1;
            keep
        });
    }
}

/// How long after its request the XSP may log a device table that names no
/// tracking id, and how many events back it is looked for.
const JOIN_MS: i64 = 10_000;
const JOIN_LOOKBACK: usize = 512;

/// What one record of a request adds to it.
enum Piece<'e> {
    Request(&'e XsiRequest),
    Devices(&'e Vec<String>),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::extract::sip::Direction;

    fn events(path: &str, text: &str) -> Vec<EventKind> {
        let file = LogFile::parse(path.into(), text.as_bytes().to_vec());
        let mut out = Vec::new();
        for rec in 0..file.records.len() {
            extract(&file, rec, |e| out.push(e));
        }
        out
    }

    #[test]
    fn a_post_named_in_the_header_and_its_url_labelled() {
        let text = "2023.03.09 10:15:50:229 CET | Info       | ProvisioningClient | IMP-Sender-1 | POST |\n\n\tURL: https://bwprov.example.com/broadworks/provisioning/v1/subscribers\n\tBody:\n\t  <subscriberProfile><bwuserid>s@x.example</bwuserid><email>s@@x.example</email></subscriberProfile>\n\n2023.03.09 10:15:50:808 CET | Warning    | ProvisioningClient | IMP-Sender-1 | POST |\n\n\tResponse code: 400 Bad Request\n\tResponse body:\n\t  <error><code>400</code><message>primaryPhoneNumber is required</message></error>\n";
        let ev = events("PSLog", text);
        assert!(
            matches!(&ev[0], EventKind::ProvisioningPost { target, profile: Some(_) }
                if target == "https://bwprov.example.com/broadworks/provisioning/v1/subscribers"),
            "{ev:?}"
        );
        assert_eq!(
            ev[1],
            EventKind::ProvisioningAnswer {
                status: 400,
                message: Some("primaryPhoneNumber is required".into())
            }
        );
    }

    #[test]
    fn a_post_said_after_a_line_of_its_own() {
        let text = "2024.09.16 02:12:54:629 PDT | Info       | HttpClient | IMP Provisioning Worker 1 |\nae2db8c3-2bda-42d2-b512-2b80d2f058c5\n\n\tSending HTTP request to http://198.51.100.40:80/broadworks/provisioning/v1/subscribers\n\tmethod=POST\n\n<?xml version=\"1.0\"?>\n<subscriberProfile><bwuserid>4155550121@example.net</bwuserid></subscriberProfile>\n";
        let ev = events("PSLog", text);
        assert!(
            matches!(&ev[0], EventKind::ProvisioningPost { target, .. }
                if target == "http://198.51.100.40:80/broadworks/provisioning/v1/subscribers"),
            "{ev:?}"
        );
    }

    #[test]
    fn a_failed_connection_in_two_printings() {
        // The failure names the POST and its URL again, on a record of its own.
        let apart = "2024.02.01 08:00:00:100 CET | Info       | HTTP | Prov-2 |\n\tPOST https://bridge.example.org/prov/v1/subscriber\n<subscriberProfile><bwuserid>u1@as.example.org</bwuserid><email>u1@example.org</email></subscriberProfile>\n\n2024.02.01 08:00:05:100 CET | Error      | HTTP | Prov-2 |\n\tPOST to https://bridge.example.org/prov/v1/subscriber did not complete\norg.apache.http.conn.HttpHostConnectException: Connect to bridge.example.org:443 failed: Connection refused\n";
        let ev = events("PSLog", apart);
        assert_eq!(ev.len(), 2, "{ev:?}");
        assert!(
            matches!(&ev[0], EventKind::ProvisioningPost { .. }),
            "{ev:?}"
        );
        assert!(
            matches!(&ev[1], EventKind::ProvisioningUnreachable(r) if r.contains("HttpHostConnectException")),
            "{ev:?}"
        );
        // Request and failure in one record, the method a field of its own.
        let one = "2024.02.01 08:00:00:100 CET | Warning    | ProvisioningClient | Sender-1 | POST |\n\tURL: https://bridge.example.org/prov/v1/subscriber\n\tbwuserid=u2@as.example.org email=u2@example.org\n\tjava.net.SocketTimeoutException: connect timed out\n";
        let ev = events("PSLog", one);
        assert!(
            matches!(
                ev.as_slice(),
                [
                    EventKind::ProvisioningPost { .. },
                    EventKind::ProvisioningUnreachable(_)
                ]
            ),
            "{ev:?}"
        );
    }

    #[test]
    fn other_requests_of_the_auth_service_are_no_sign_in() {
        let text = "2024-10-01 09:06:37,771 INFO  [http-nio-80-exec-1] c.b.x.authservice.TokenResource - GET /health remote=127.0.0.1 StatusCode=200\n2024-10-01 09:08:33,758 INFO  [http-nio-8443-exec-4] c.b.x.authservice.TokenResource - StatusCode=500 trackingid=CLIENT_914cc7e7-3532-47be-ab25-6998b7b1c339_22\n";
        let ev = events("xsp/authenticationService/authenticationService.log", text);
        assert_eq!(ev.len(), 1, "{ev:?}");
        assert!(
            matches!(&ev[0], EventKind::AuthService(r) if r.status == Some(500)),
            "{ev:?}"
        );
    }

    #[test]
    fn pslog_post_and_answer() {
        let text = "2024.04.28 07:48:35:028 CET | Info       | ProvisioningServer | IMP Provisioning Adapter 1 |\n\tHTTP POST https://203.0.113.77/api/v1/broadworks/provisioning/subscriber\n\tContent-Type: application/xml\n<?xml version=\"1.0\" encoding=\"UTF-8\"?><subscriberProfile><bwuserid>2016043848@acme.example</bwuserid><group>SalesGroup</group><serviceProvider>Acme</serviceProvider><primaryPhoneNumber>+31207395849</primaryPhoneNumber><email>jan@acme.example</email><services><service>IM&amp;P</service></services></subscriberProfile>\n2024.04.28 07:48:35:274 CET | Info       | ProvisioningServer | IMP Provisioning Adapter 1 |\n\tHTTP response 409 Conflict\n<error><message>User already exists with this email</message></error>\n";
        let ev = events("PSLog", text);
        match &ev[0] {
            EventKind::ProvisioningPost {
                target,
                profile: Some(p),
            } => {
                assert_eq!(
                    target,
                    "https://203.0.113.77/api/v1/broadworks/provisioning/subscriber"
                );
                assert_eq!(p.email.as_deref(), Some("jan@acme.example"));
                assert_eq!(p.primary_phone_number.as_deref(), Some("+31207395849"));
                assert_eq!(p.service_provider.as_deref(), Some("Acme"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            ev[1],
            EventKind::ProvisioningAnswer {
                status: 409,
                message: Some("User already exists with this email".into())
            }
        );
    }

    #[test]
    fn a_profile_answer_logged_apart_names_the_service_provider() {
        let text = "2024.05.29 09:02:10:185 CEST | Info       | Xsi-Actions | http-nio-443-exec-20 |\nHTTP/1.1 200 OK (75 ms)\n<Profile xmlns=\"http://schema.broadsoft.com/xsi\"><details><userId>2145550101@as1.example.net</userId><groupId>g1</groupId><serviceProvider isEnterprise=\"false\">sp_west</serviceProvider></details></Profile>\n";
        let ev = events("xsp/XsiActionsLog.txt", text);
        let EventKind::Identity(i) = &ev[0] else {
            panic!("{ev:?}")
        };
        assert_eq!(
            i.broadworks_user.as_deref(),
            Some("2145550101@as1.example.net")
        );
        assert_eq!(i.service_provider.as_deref(), Some("sp_west"));
    }

    #[test]
    fn xsi_device_request_with_table() {
        let text = "2024.05.16 09:06:05:951 CET | Info       | Xsi | http-nio-443-exec-21 |\n\tGET /com.broadsoft.xsi-actions/v2.0/user/2132189177%40example.net/profile/device\n\tauthorization: Bearer ********\n\tuser-agent: WebexTeams (Windows/44.2.0.29562)\n\ttrackingid: CLIENT_4d745ac6-75c3-61fc-90c7-50bcacd3a4be\n\tPOST http://127.0.0.1:80/authService/token X-BROADSOFT-CORRELATION-ID: CLIENT_4d745ac6-75c3-61fc-90c7-50bcacd3a4be\n\tOCI-P UserPrimaryAndSCADeviceGetListRequest -> UserPrimaryAndSCADeviceGetListResponse <accessDeviceTable><colHeading>Device Type</colHeading><row><col>Connect - Mobile</col></row></accessDeviceTable>\n";
        let ev = events("xsp/XsiActionsLog.txt", text);
        let EventKind::XsiRequest(r) = &ev[0] else {
            panic!("{ev:?}")
        };
        assert_eq!(r.method, "GET");
        assert!(r.path.ends_with("/profile/device"));
        assert_eq!(r.auth.as_deref(), Some("Bearer"));
        assert_eq!(
            crate::analysis::extract::device::platform_of_agent(r.user_agent.as_deref().unwrap()),
            Some("Windows")
        );
        assert!(r.validated);
        assert_eq!(
            r.device_types.as_deref(),
            Some(&["Connect - Mobile".to_owned()][..])
        );
        assert_eq!(r.oci, ["UserPrimaryAndSCADeviceGetListRequest"]);
    }

    #[test]
    fn auth_service_stages() {
        let text = "2024.05.04 15:42:04:607 CET | Info       | AuthService | http-nio-8443-exec-10 |\n\tGET /authService/token\n\thttp_bw_userid: 2623715513@example.com\n\ttrackingid: CLIENT_9881f41e-7a86-641e-2cfb-b9e8820904fe\n\tOCI-P UserGetLoginInfoRequest -> UserGetLoginInfoResponse\n\n2024.05.04 15:42:04:907 CET | Info       | AuthService | LongLivedTokenManager |\n\tToken generation failed: unable to sign token, RSA key not found\n\tStatusCode=401 trackingid: CLIENT_9881f41e-7a86-641e-2cfb-b9e8820904fe\n";
        let ev = events("xsp/authenticationService.log", text);
        let EventKind::AuthService(a) = &ev[0] else {
            panic!()
        };
        assert_eq!(
            (a.stage, a.login_info, a.user.as_deref()),
            (AuthStage::Request, true, Some("2623715513@example.com"))
        );
        let EventKind::AuthService(b) = &ev[1] else {
            panic!()
        };
        assert_eq!((b.stage, b.status), (AuthStage::Issue, Some(401)));
    }

    #[test]
    fn as_sip_in_two_printings_and_no_provisioning_from_it() {
        // The raw message after a line naming direction and peer.
        let raw = "2025.02.03 11:20:01:002 EST | Info       | Sip | Sip Input Adapter 1 | u1_wxt@as.example.org |\n\n\ttcp 402 SIP Bytes IN from 192.0.2.44:5060\nREGISTER sip:as.example.org SIP/2.0\nTo: <sip:u1_wxt@as.example.org>\nCall-ID: k1@192.0.2.44\nCSeq: 7 REGISTER\nContact: <sip:u1_wxt@192.0.2.44:5060>\n\n2025.02.03 11:20:01:010 EST | Info       | Sip | Sip Output Adapter 1 | u1_wxt@as.example.org |\n\n\ttcp 301 SIP Bytes OUT to 192.0.2.44:5060\nSIP/2.0 403 Forbidden\nTo: <sip:u1_wxt@as.example.org>;tag=9\nCall-ID: k1@192.0.2.44\nCSeq: 7 REGISTER\n\n";
        // The whole message on the header's line, line breaks escaped.
        let escaped = "2025.02.03 11:20:01:002 EST | Info | Sip | Receiver 2 | sent to 192.0.2.44:5061: SIP/2.0 200 OK\\r\\nTo: <sip:u2_wxt@as.example.org>;tag=1\\r\\nCall-ID: k2@h\\r\\nCSeq: 3 REGISTER\\r\\n\\r\\n\n";
        for (text, want) in [
            (
                raw,
                vec![(Direction::Received, None), (Direction::Sent, Some(403))],
            ),
            (escaped, vec![(Direction::Sent, Some(200))]),
        ] {
            let ev = events("XSLog2025.02.03-11.00.00.txt", text);
            let got: Vec<(Direction, Option<u16>)> = ev
                .iter()
                .map(|e| match e {
                    EventKind::AsSip(m) => (m.direction, m.status()),
                    other => panic!("{other:?}"),
                })
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn access_log() {
        let ev = events(
            "access_log",
            "192.0.2.33 - - [16/May/2024:09:06:05 +0100] \"GET /com.broadsoft.xsi-actions/v2.0/user/x/profile/device HTTP/1.1\" 403 10\n",
        );
        assert_eq!(
            ev,
            [EventKind::XspAccess(Box::new(XspAccess {
                method: "GET".into(),
                path: "/com.broadsoft.xsi-actions/v2.0/user/x/profile/device".into(),
                status: 403
            }))]
        );
    }
}
