//! Server logs: flow-through provisioning in the Application Server's PSLog,
//! and the sign-in as the XSP sees it (access_log, XsiActionsLog,
//! authenticationService), correlated by tracking id; plus XSP CLI output
//! pasted into a bundle.
//!
//! As on the client side, extraction keys on protocol facts: HTTP methods,
//! paths and status codes, `StatusCode=`, OCI-P command names, the
//! `subscriberProfile` and `accessDeviceTable` XML, `trackingid` and
//! `X-BROADSOFT-CORRELATION-ID`, and CLI setting names.

use std::collections::HashMap;
use std::net::IpAddr;

use super::events::{Event, EventKind, XspAccess};
use super::rules::{Builder, device_missing, host_of, with_tracking_id};
use super::timeline::{AttemptCtx, wanted_device};
use super::{Evidence, Side, SignInStep, Status, xml};
use crate::i18n::Text;
use crate::record::{FileKind, LogFile};

/// The XSP's view of one Xsi-Actions request (one XsiActionsLog record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XsiRequest {
    pub method: String,
    pub path: String,
    /// `Basic` or `Bearer`.
    pub auth: Option<String>,
    pub user_agent: Option<String>,
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
re!(
    ANSWER,
    r"(?i)\bHTTP(?:/\d(?:\.\d)?)?\s+(?:response\s+)?([1-5]\d\d)\b|\b(?:response\s*code|status(?:\s*code)?)\s*[=:]\s*([1-5]\d\d)\b"
);
re!(MESSAGE, r"(?s)<message>(.*?)</message>");
re!(REQUEST_LINE, r"(?m)^\s*(GET|POST|PUT|DELETE)\s+(\S+)");
re!(AUTH_SCHEME, r"(?i)\bauthorization:\s*(Basic|Bearer)\b");
re!(USER_AGENT, r"(?im)\buser-agent:\s*(.+?)\s*$");
re!(
    TRACKING,
    r"(?i)(?:trackingid|tracking_id|X-BROADSOFT-CORRELATION-ID)\s*[:=]\s*(CLIENT[_-]?[0-9a-f][0-9a-f-]{7,})"
);
re!(STATUS_LINE, r"(?m)^\s*([1-5]\d\d)\s+[A-Z][A-Za-z ]*");
re!(STATUS_CODE, r"(?i)\bStatusCode\s*[=:]\s*([1-5]\d\d)\b");
re!(OCI_COMMAND, r"\b([A-Z][A-Za-z0-9]*Request[0-9A-Za-z]*)\b");
re!(BW_USER, r"(?i)\bhttp_bw_userid\s*[:=]\s*(\S+)");
re!(PROFILE_USER, r"<userId>([^<]+)</userId>");
re!(CLF_REQUEST, r#""([A-Z]+) (\S+) HTTP/[\d.]+" ([1-5]\d\d)"#);
re!(
    CLI_SETTING,
    r"(?i)^\s*(allowUserApp|allowClientApp|chainDepth)\s*=\s*(\S+)"
);
re!(
    EMAIL,
    r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"
);

/// Events of one server record. `push` receives them in order.
pub fn extract(file: &LogFile, rec: usize, mut push: impl FnMut(EventKind)) {
    let text = file.text_of(rec);
    match file.kind {
        FileKind::Pslog | FileKind::Xslog => provisioning(text, &mut push),
        FileKind::XsiActions => {
            if let Some(r) = xsi_request(text) {
                push(EventKind::XsiRequest(Box::new(r)));
            }
        }
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
        FileKind::XspCli => {
            if let Some(c) = CLI_SETTING.captures(text) {
                push(EventKind::CliSetting {
                    name: c[1].into(),
                    value: c[2].into(),
                });
            }
        }
        _ => {}
    }
}

fn provisioning(text: &str, push: &mut impl FnMut(EventKind)) {
    let profile = text
        .contains("subscriberProfile")
        .then(|| Box::new(xml::subscriber_profile(text)));
    if let Some(c) = POST_URL.captures(text) {
        push(EventKind::ProvisioningPost {
            target: c[1].to_owned(),
            profile,
        });
        return;
    }
    if let Some(p) = profile {
        push(EventKind::ProvisioningProfile(p));
    }
    if let Some(c) = ANSWER.captures(text) {
        let status = c.get(1).or(c.get(2)).and_then(|m| m.as_str().parse().ok());
        if let Some(status) = status {
            let message = MESSAGE.captures(text).map(|m| m[1].trim().to_owned());
            push(EventKind::ProvisioningAnswer { status, message });
        }
    }
}

fn xsi_request(text: &str) -> Option<XsiRequest> {
    let req = REQUEST_LINE.captures(text)?;
    let path = req[2].to_owned();
    // The loopback POST to authService inside a device request is part of
    // that request, not a request of its own.
    let validated = text.contains("/authService/token") && path != "/authService/token";
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
        tracking_id: TRACKING.captures(text).map(|c| c[1].to_owned()),
        status: STATUS_LINE.captures(text).and_then(|c| c[1].parse().ok()),
        oci,
        device_types,
        user: PROFILE_USER.captures(text).map(|c| c[1].to_owned()),
        validated,
    })
}

fn auth_record(text: &str) -> Option<AuthRecord> {
    let stage = if text.contains("POST /authService/token") {
        AuthStage::Validate
    } else if text.contains("GET /authService/token") {
        AuthStage::Request
    } else if text.contains("LongLivedTokenManager")
        || text.to_ascii_lowercase().contains("token generat")
    {
        AuthStage::Issue
    } else {
        return None;
    };
    Some(AuthRecord {
        stage,
        status: STATUS_CODE.captures(text).and_then(|c| c[1].parse().ok()),
        tracking_id: TRACKING.captures(text).map(|c| c[1].to_owned()),
        user: BW_USER.captures(text).map(|c| c[1].to_owned()),
        login_info: text.contains("UserGetLoginInfoRequest"),
    })
}

/// Whether an email address is usable as a Webex user id.
pub fn valid_email(email: &str) -> bool {
    EMAIL.is_match(email.trim())
}

/// The platform in a `WebexTeams (Windows/44.2.0.29562)` user agent.
pub fn platform_of_agent(agent: &str) -> Option<&str> {
    let inner = agent.split_once('(')?.1;
    inner.split(['/', ')', ';']).next().map(str::trim)
}

/// Tracking id of a server event, if it carries one.
pub fn tracking_of(e: &Event) -> Option<&str> {
    match &e.kind {
        EventKind::XsiRequest(r) => r.tracking_id.as_deref(),
        EventKind::AuthService(r) => r.tracking_id.as_deref(),
        _ => None,
    }
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
            "provisioning-missing-phone-number",
            Some(detail),
            evidence.iter().copied(),
        );
    }
    if let Some(email) = p.email.as_deref().filter(|e| !valid_email(e)) {
        b.add(
            "provisioning-invalid-email",
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

/// Findings of the server logs.
pub(super) fn findings(b: &mut Builder, events: &[Event]) {
    let mut posts: HashMap<u32, (usize, bool)> = HashMap::new();
    let mut requests_by_id: HashMap<&str, usize> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        match &e.kind {
            EventKind::ProvisioningPost { target, profile } => {
                posts.insert(e.file, (i, profile.is_some()));
                if let Some(p) = profile {
                    check_profile(b, p, &[i]);
                }
                let _ = target;
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
                let post = Some(post);
                let evidence: Vec<usize> = post.into_iter().chain([i]).collect();
                let target = post.and_then(|p| match &events[p].kind {
                    EventKind::ProvisioningPost { target, .. } => Some(target.as_str()),
                    _ => None,
                });
                match status {
                    200..=299 => b.add(
                        "provisioning-accepted",
                        target.map(|t| Text::key("detail-sent-to").str("target", t)),
                        evidence,
                    ),
                    400 => b.add(
                        "provisioning-bad-request",
                        explain_400(message.as_deref()),
                        evidence,
                    ),
                    401 => b.add("provisioning-unauthorized", None, evidence),
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
                        b.add("provisioning-forbidden", detail, evidence);
                    }
                    409 => b.add(
                        "provisioning-conflict",
                        message.as_deref().map(bridge_message),
                        evidence,
                    ),
                    _ => {}
                }
            }
            EventKind::AuthService(r) => {
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
                        "xsp-token-failed",
                        Some(detail),
                        request.into_iter().chain([i]),
                    );
                }
            }
            EventKind::XsiRequest(r) => {
                if let Some(status) = r.status.filter(|s| !(200..300).contains(s)) {
                    b.add(
                        "xsp-profile-request-failed",
                        Some(Text::plain(format!("{} {}: {status}", r.method, r.path))),
                        [i],
                    );
                }
                if let Some(types) = &r.device_types {
                    let wanted = wanted_device(r.user_agent.as_deref().and_then(platform_of_agent));
                    if !types.iter().any(|t| t == wanted) {
                        b.add(
                            "device-profile-missing",
                            Some(device_missing(wanted, Some(types))),
                            [i],
                        );
                    }
                }
            }
            EventKind::XspAccess(a) if a.status >= 400 && a.path.contains("xsi-actions") => {
                b.add(
                    "xsp-profile-request-failed",
                    Some(Text::plain(format!(
                        "{} {}: {}",
                        a.method, a.path, a.status
                    ))),
                    [i],
                );
            }
            EventKind::CliSetting { name, value } => {
                let v = value.to_ascii_lowercase();
                let wrong = match name.to_ascii_lowercase().as_str() {
                    "allowuserapp" => v == "true",
                    "allowclientapp" => v == "false",
                    "chaindepth" => {
                        if value.parse::<u32>().is_ok_and(|d| d < 2) {
                            b.add(
                                "xsp-chain-depth-too-low",
                                Some(Text::plain(format!("chainDepth = {value}"))),
                                [i],
                            );
                        }
                        false
                    }
                    _ => false,
                };
                if wrong {
                    b.add(
                        "xsp-cert-auth-misconfigured",
                        Some(Text::plain(format!("{name} = {value}"))),
                        [i],
                    );
                }
            }
            _ => {}
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
    let mine = |e: &Event| id.is_none() || tracking_of(e) == id;
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
                    let wanted = wanted_device(r.user_agent.as_deref().and_then(platform_of_agent));
                    !t.iter().any(|x| x == wanted)
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
    let server_ids: Vec<&str> = events.iter().filter_map(tracking_of).collect();
    let has_server = events.iter().any(|e| {
        matches!(
            e.kind,
            EventKind::XsiRequest(_) | EventKind::AuthService(_) | EventKind::XspAccess(_)
        )
    });
    if !has_server {
        return (Vec::new(), None);
    }
    let client_ids: Vec<&str> = last
        .map(|a| {
            a.range
                .clone()
                .filter_map(|i| match &events[i].kind {
                    EventKind::HttpRequest(r) => r.tracking_id.as_deref(),
                    EventKind::HttpResponse(r) => r.tracking_id.as_deref(),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let shared = server_ids
        .iter()
        .rev()
        .find(|id| client_ids.iter().any(|c| c.eq_ignore_ascii_case(id)))
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

    fn events(path: &str, text: &str) -> Vec<EventKind> {
        let file = LogFile::parse(path.into(), text.as_bytes().to_vec());
        let mut out = Vec::new();
        for rec in 0..file.records.len() {
            extract(&file, rec, |e| out.push(e));
        }
        out
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
            platform_of_agent(r.user_agent.as_deref().unwrap()),
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
    fn access_log_and_cli() {
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
        let ev = events(
            "cli.txt",
            "XSP_CLI/Interface/Http/HttpClientAuthentication> get\n  chainDepth = 1\n",
        );
        assert_eq!(
            ev,
            [EventKind::CliSetting {
                name: "chainDepth".into(),
                value: "1".into()
            }]
        );
    }

    #[test]
    fn emails() {
        assert!(valid_email("chen.ionescu@acme-telecom.example"));
        assert!(!valid_email("jan.popescu_at_example.net"));
        assert!(!valid_email("a@b"));
        assert!(!valid_email(""));
    }
}
