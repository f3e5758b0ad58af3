//! HTTP exchanges with the BroadWorks back ends, in any printing.
//!
//! How the app prints its requests is not documented, so only protocol
//! facts count: the URL (or a request line's path and its `Host`), the
//! method, a status code in any of the ways logs write one (`HTTP/1.1 403`,
//! `403 Forbidden`, `-> 403`, `status=403`, `"statusCode":403`,
//! `completed 403`), and the tracking id. A record that names a known
//! service's URL is a request, or an answer when it also holds a status; a
//! record with a status but no URL is an answer whose request [`pair`]
//! finds by tracking id, thread and nearness in time.

use std::collections::HashMap;

use super::fields::{Field, Key};
use super::{Event, EventKind};

/// Which back end an HTTP exchange talks to, from its URL path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    /// The IdP proxy's JWT or the authService's long-lived token.
    Token,
    /// Xsi-Actions, the device list (`…/profile/device`) in particular.
    Xsi,
    /// The device management server's configuration file.
    Dms,
    /// Signing in, the guide's ladder step 1: the user discovery (U2C)
    /// that looks up the email the user typed.
    Discovery,
    /// Signing in, step 2.3: the IdP's SAML endpoint (the BroadWorks IdP
    /// proxy's `…/saml/sso`, an assertion consumer), which hands the
    /// client its SAML assertion.
    Saml,
    /// Signing in, step 3: CI's OAuth token endpoint (idbroker), where
    /// the SAML assertion is exchanged for a CI token.
    CiToken,
}

impl Service {
    /// Whether the service is one of the calling library's back ends
    /// (registration), not one of signing in to Webex.
    pub fn registers(self) -> bool {
        matches!(self, Service::Token | Service::Xsi | Service::Dms)
    }

    pub fn of_url(url: &str) -> Option<Service> {
        let lower = url.to_ascii_lowercase();
        let (host, path) = lower
            .split_once("://")
            .map_or(("", lower.as_str()), |(_, rest)| {
                rest.find('/')
                    .map_or((rest, ""), |p| (&rest[..p], &rest[p..]))
            });
        let query = path.split_once('?').map_or("", |(_, q)| q);
        let path = path.split_once('?').map_or(path, |(p, _)| p);
        // The IdP proxy serves both the SAML assertion (2.3) and the JWT
        // (5): its SAML endpoints are told apart by their path.
        if path.contains("/saml")
            || path.contains("assertionconsumer")
            || query.contains("samlresponse=")
        {
            Some(Service::Saml)
        } else if (host.contains("idbroker") || path.starts_with("/idb/"))
            && path.contains("/oauth2/")
            && path.contains("token")
        {
            Some(Service::CiToken)
        } else if (host.starts_with("u2c") || path.contains("/u2c/") || path.contains("discovery"))
            && (query.contains("email=") || path.contains("/email"))
        {
            Some(Service::Discovery)
        } else if lower.contains("broadworks-idp-proxy")
            || path.contains("/authservice/token")
            || path.contains("/jwt")
        {
            Some(Service::Token)
        } else if path.contains("xsi-actions/") && path.contains("/user/") {
            Some(Service::Xsi)
        } else if (path.contains("/dms/") && !path.ends_with('/'))
            || path.ends_with("config.xml")
            || path.contains("config-wxt")
        {
            Some(Service::Dms)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct HttpRequest {
    pub service: Service,
    /// The HTTP method, if the log names it.
    pub method: Option<String>,
    pub url: String,
    pub tracking_id: Option<String>,
    /// A hash of the thread that logged it; 0 when the log names none.
    pub thread: u32,
}

/// `url` is `None` when the answer names only the tracking id or nothing at
/// all; [`pair`] then takes service and URL from its request.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpResponse {
    pub service: Option<Service>,
    pub url: Option<String>,
    pub status: u16,
    pub tracking_id: Option<String>,
    pub thread: u32,
}

re!(URL, r#"https?://[^\s"'<>\\,|\]\)}]+"#);
re!(
    REQUEST_LINE,
    r"(?m)\b(GET|POST|PUT|DELETE|PATCH|HEAD)\s+(/[^\s]*)\s+HTTP/\d"
);
re!(METHOD, r"\b(GET|POST|PUT|DELETE|PATCH|HEAD)\b");
re!(
    TRACKING,
    r"\b(CLIENT[_-]?[0-9A-Fa-f][0-9A-Fa-f-]{7,}(?:_[0-9]{1,4})?)\b"
);
// The ways a log writes an HTTP status; the number is one of the groups.
re!(
    STATUS,
    r"(?ix)
    \bHTTP(?:/\d(?:\.\d)?)?\s*[:=]?\s+([1-5]\d\d)\b
    | (?:->|=>|<-|<=|→)\s*\[?\s*([1-5]\d\d)\b
    | \b(?:status|code|response|returned|completed|finished|failed|answered|responded|result|got)
        (?:\s+(?:with|code|status|http|was|of))*\s*[=:]?\s*\[?\s*([1-5]\d\d)\b
    | \b([1-5]\d\d)\s+(?:OK|Created|Accepted|No\sContent|Moved|Found|Not\sModified|Bad\sRequest
        |Unauthori[sz]ed|Forbidden|Not\sFound|Method\sNot\sAllowed|Not\sAcceptable
        |Proxy\sAuthentication|Request\sTime-?out|Conflict|Gone|Precondition\sFailed
        |Too\sMany\sRequests|Internal\sServer\sError|Not\sImplemented|Bad\sGateway
        |Service\sUnavailable|Gateway\sTime-?out)\b
    "
);

re!(SIP_TALK, r"(?i)\bsips?\b|regist|\bsbc\b|\binvite\b");
re!(HTTP_WORD, r"(?i)\bhttps?\b");
// A URL given as who issued something (a SAML assertion's `Issuer`, a
// token's `iss`, an IdP's entity id) names the IdP, not a request to it.
re!(
    ISSUER_BEFORE,
    r"(?i)(?:\bissuer|\bentity[\s_-]?id|\biss)\W{0,4}$"
);

/// Words after a number that make it a quantity, not a status.
fn is_unit(after: &str) -> bool {
    let word: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic() || *c == '%')
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(
        word.as_str(),
        "bytes"
            | "byte"
            | "b"
            | "kb"
            | "kib"
            | "mb"
            | "ms"
            | "s"
            | "sec"
            | "secs"
            | "seconds"
            | "items"
            | "entries"
            | "events"
            | "devices"
            | "lines"
            | "chars"
            | "characters"
            | "%"
            | "meetings"
            | "conversations"
    )
}

/// The part of a record before any body: up to the first blank line, the
/// first line that starts an XML document, or an XML document quoted
/// inside a line (`"body": "<?xml …"`). A body's URLs and numbers (a
/// device list's `deviceTypeUrl`, a payload's counters) are not the
/// exchange's own.
pub fn head(text: &str) -> &str {
    let mut end = 0;
    // BroadWorks puts a blank line between its header line and what it
    // says; a blank line ends the head only after that.
    let mut said = false;
    for (i, (at, line)) in crate::record::lines(text).enumerate() {
        let t = content(line);
        if i > 0 && ((t.is_empty() && said) || starts_xml(t)) {
            break;
        }
        if let Some(body) = quoted_xml(line) {
            end = at + body;
            break;
        }
        said |= i > 0 && !t.is_empty();
        end = at + line.len();
    }
    &text[..end]
}

/// The part of a record before its XML body, blank lines and all: a server
/// record may say what it does after a blank line of its own.
pub fn before_xml(text: &str) -> &str {
    let end = crate::record::lines(text)
        .skip(1)
        .find(|(_, line)| starts_xml(content(line)))
        .map_or(text.len(), |(at, _)| at);
    &text[..end]
}

/// Where a line holds an XML document as a value: quoted (`"<?xml`,
/// `"<config`) or after its declaration (`body=<?xml …`).
fn quoted_xml(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let quoted = memchr::memmem::find_iter(b, b"\"<").find(|&q| {
        b.get(q + 2)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'?')
    });
    let declared = memchr::memmem::find(b, b"<?xml").filter(|&at| at > 0);
    match (quoted, declared) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// A line without the function name a log may repeat on every line of a
/// print (`trace:<?xml …>`, `cc::dump:BWC:SIP: `): what the line says.
fn content(line: &str) -> &str {
    let t = line.trim();
    let name = t
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b':' | b'.'))
        .count();
    match t[..name].rfind(':') {
        // `Via: …` names a header, not a function: it keeps its text.
        Some(colon) if colon + 1 == name && name < t.len() && starts_xml(&t[name..]) => {
            t[name..].trim()
        }
        Some(colon) if colon + 1 == name && t[name..].trim().is_empty() => "",
        _ => t,
    }
}

/// Whether a line starts XML (`<tag`, `</tag`, `<?xml`, `<!--`), not an
/// arrow such as `<-- 200 OK`.
pub fn starts_xml(line: &str) -> bool {
    let mut c = line.trim_start().chars();
    c.next() == Some('<')
        && match c.next() {
            Some(n) if n.is_ascii_alphabetic() || n == '?' || n == '/' => true,
            Some('!') => true,
            _ => false,
        }
}

/// The status code a text states, if it states one; the last if several.
pub fn status_in(text: &str) -> Option<u16> {
    let mut found = None;
    for c in STATUS.captures_iter(text) {
        let Some(m) = (1..=4).find_map(|g| c.get(g)) else {
            continue;
        };
        let after = &text[m.end()..];
        // `203.0.113.140`, `404.5`: an address or a decimal, no status.
        let dotted = after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit());
        if is_unit(after) || dotted {
            continue;
        }
        found = m.as_str().parse().ok().or(found);
    }
    found
}

/// The status a head states: a keyed field's, the last (`status=403`,
/// `"statusCode":403`, and `code=403` when `code_is_status`), else one
/// written in any other way outside the head's URLs.
pub fn stated_status(head: &str, fields: &[Field], code_is_status: bool) -> Option<u16> {
    fields
        .iter()
        .filter(|f| f.at < head.len())
        .filter(|f| f.key == Key::Status || (code_is_status && f.key == Key::Code))
        .filter_map(|f| f.value.items().last()?.parse::<u16>().ok())
        .rfind(|s| (100..600).contains(s))
        .or_else(|| status_in(&URL.replace_all(head, " ")))
}

/// A text with its URLs blanked: their digits are no status.
pub fn without_urls(text: &str) -> std::borrow::Cow<'_, str> {
    URL.replace_all(text, " ")
}

/// The first URL of a text.
pub fn url_in(text: &str) -> Option<&str> {
    URL.find(text).map(|m| m.as_str())
}

/// A tracking id in a text: `CLIENT_…` or `CLIENT…`.
pub fn tracking_in(text: &str) -> Option<&str> {
    TRACKING
        .captures(text)
        .map(|c| c.get(1).map_or("", |m| m.as_str()))
}

/// The tracking id a record's [`head`] names: keyed (any length of eight
/// or more, as a `TrackingID` header has no fixed one), else written
/// `CLIENT_…` in its text.
pub fn tracking_of<'t>(head: &'t str, fields: &'t [Field]) -> Option<&'t str> {
    fields
        .iter()
        .filter(|f| f.at < head.len() && f.key == Key::TrackingId)
        .find_map(|f| f.value.one())
        .filter(|t| t.len() >= 8)
        .or_else(|| tracking_in(head))
}

/// The HTTP requests and answers one record (or group) holds, read from
/// its [`head`].
pub fn read(head: &str, fields: &[Field], thread: u32, mut push: impl FnMut(EventKind)) {
    let value = |key: Key| {
        fields
            .iter()
            .filter(|f| f.at < head.len() && f.key == key)
            .find_map(|f| f.value.one())
    };
    let tracking_id = tracking_of(head, fields).map(str::to_owned);
    let host = value(Key::Host).map(|h| h.trim_end_matches('/').to_owned());

    // The URLs of known services: written whole, or a request line's path
    // with its Host.
    let mut urls: Vec<(usize, String)> = URL
        .find_iter(head)
        .map(|m| {
            (
                m.start(),
                m.as_str().trim_end_matches(['.', ',', ':', ';']).to_owned(),
            )
        })
        .collect();
    if let Some(host) = &host {
        for c in REQUEST_LINE.captures_iter(head) {
            urls.push((
                c.get(2).map_or(0, |m| m.start()),
                format!("https://{host}{}", &c[2]),
            ));
        }
        if let Some(path) = value(Key::Url).filter(|u| u.starts_with('/')) {
            urls.push((0, format!("https://{host}{path}")));
        }
    }
    // A URL met twice (a request line and the `uri=` of its Authorization
    // header) is one request.
    let mut known: Vec<(usize, String, Service)> = Vec::new();
    for (at, u) in urls {
        if let Some(s) = Service::of_url(&u)
            && !known.iter().any(|(_, k, _)| *k == u)
            && !ISSUER_BEFORE.is_match(head.get(..at).unwrap_or(""))
        {
            known.push((at, u, s));
        }
    }

    let status = stated_status(head, fields, !known.is_empty());
    let method_field = value(Key::Method).map(str::to_ascii_uppercase);

    if known.is_empty() {
        // An answer that names a URL on its own line answers that URL, a
        // back end's or not.
        let first = head.split('\n').next().unwrap_or(head);
        // `registration rejected: 403 Forbidden` is a SIP answer in words.
        let sip_answer = SIP_TALK.is_match(head) && !HTTP_WORD.is_match(head);
        if let (Some(status), None, false) = (status, URL.find(first), sip_answer) {
            push(EventKind::HttpResponse(Box::new(HttpResponse {
                service: None,
                url: None,
                status,
                tracking_id,
                thread,
            })));
        }
        return;
    }
    for (at, url, service) in known {
        match status {
            Some(status) => push(EventKind::HttpResponse(Box::new(HttpResponse {
                service: Some(service),
                url: Some(url),
                status,
                tracking_id: tracking_id.clone(),
                thread,
            }))),
            None => {
                let line_start = head[..at].rfind('\n').map_or(0, |p| p + 1);
                let method = METHOD
                    .captures_iter(&head[line_start..at])
                    .last()
                    .map(|c| c[1].to_owned())
                    .or_else(|| method_field.clone());
                // A URL named in passing (`xsi root https://…`) is not a
                // request: a request has a method or a tracking id.
                if method.is_none() && tracking_id.is_none() && value(Key::Url).is_none() {
                    continue;
                }
                push(EventKind::HttpRequest(Box::new(HttpRequest {
                    service,
                    method,
                    url,
                    tracking_id: tracking_id.clone(),
                    thread,
                })));
            }
        }
    }
}

/// How long an answer that names neither URL nor tracking id may come
/// after its request on the same thread, and on another thread of the same
/// file when it is the only request waiting.
const SAME_THREAD_MS: i64 = 120_000;
const NEARBY_MS: i64 = 30_000;

/// `CLIENT_…_7` and `CLIENT_…` are one sign-in: the suffix counts retries.
fn base_id(id: &str) -> &str {
    match id.rsplit_once('_') {
        Some((base, n)) if n.len() <= 4 && n.bytes().all(|b| b.is_ascii_digit()) => base,
        _ => id,
    }
}

/// Gives every answer that names no URL the service and URL of its request:
/// by tracking id, then the latest unanswered request of the same thread,
/// then the only unanswered request of the file shortly before it. Requests
/// are looked up by id and URL in maps, and by time only among the last
/// [`RECENT`] of them, so that a flood of requests costs no more than its
/// length.
pub fn pair(events: &mut [Event]) {
    struct Open {
        event: usize,
        answered: bool,
    }
    fn latest_open(list: &mut Vec<usize>, open: &[Open]) -> Option<usize> {
        while list.last().is_some_and(|&k| open[k].answered) {
            list.pop();
        }
        list.last().copied()
    }
    let mut open: Vec<Open> = Vec::new();
    let mut by_id: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_base: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_url: HashMap<String, Vec<usize>> = HashMap::new();
    for i in 0..events.len() {
        match &events[i].kind {
            EventKind::HttpRequest(q) => {
                let k = open.len();
                if let Some(id) = q.tracking_id.as_deref() {
                    by_id.entry(id.to_ascii_lowercase()).or_default().push(k);
                    by_base
                        .entry(base_id(id).to_ascii_lowercase())
                        .or_default()
                        .push(k);
                }
                by_url.entry(q.url.clone()).or_default().push(k);
                open.push(Open {
                    event: i,
                    answered: false,
                });
            }
            EventKind::HttpResponse(r) => {
                let (file, millis) = (events[i].file, events[i].millis);
                let by_id_found = r.tracking_id.as_deref().and_then(|id| {
                    by_id
                        .get(&id.to_ascii_lowercase())
                        .and_then(|l| l.last().copied())
                        .or_else(|| {
                            by_base
                                .get_mut(&base_id(id).to_ascii_lowercase())
                                .and_then(|l| latest_open(l, &open))
                        })
                });
                let recent = |limit: i64| {
                    let events = &*events;
                    let open = &open;
                    (0..open.len())
                        .rev()
                        .take(RECENT)
                        .filter(move |&k| !open[k].answered && events[open[k].event].file == file)
                        .take_while(move |&k| {
                            matches!((events[open[k].event].millis, millis), (Some(a), Some(b)) if b - a <= limit)
                        })
                        .filter(move |&k| {
                            matches!((events[open[k].event].millis, millis), (Some(a), Some(b)) if b >= a)
                        })
                };
                let thread_of = |k: usize| match &events[open[k].event].kind {
                    EventKind::HttpRequest(q) => q.thread,
                    _ => 0,
                };
                let foreign_id = r.tracking_id.is_some() && by_id_found.is_none();
                let found = if let Some(u) = r.url.as_deref() {
                    by_url
                        .get_mut(u)
                        .and_then(|l| latest_open(l, &open))
                        .or(by_id_found)
                } else if foreign_id {
                    // Its own tracking id says it answers something else.
                    None
                } else {
                    by_id_found
                        .or_else(|| {
                            (r.thread != 0)
                                .then(|| recent(SAME_THREAD_MS).find(|&k| thread_of(k) == r.thread))
                                .flatten()
                        })
                        .or_else(|| {
                            let mut near = recent(NEARBY_MS);
                            match (near.next(), near.next()) {
                                (Some(k), None) => Some(k),
                                _ => None,
                            }
                        })
                };
                let Some(k) = found else { continue };
                open[k].answered = true;
                let (service, url) = match &events[open[k].event].kind {
                    EventKind::HttpRequest(q) => (q.service, q.url.clone()),
                    _ => continue,
                };
                if let EventKind::HttpResponse(r) = &mut events[i].kind {
                    r.service.get_or_insert(service);
                    r.url.get_or_insert(url);
                }
            }
            _ => {}
        }
    }
}

/// How many of the latest requests an answer without URL or tracking id
/// may pair with by thread or time.
const RECENT: usize = 512;

#[cfg(test)]
mod tests {
    use super::super::fields;
    use super::*;

    fn kinds(text: &str) -> Vec<EventKind> {
        let f = fields::read(text);
        let mut out = Vec::new();
        read(head(text), &f, 7, |k| out.push(k));
        out
    }

    fn response(text: &str) -> Option<(Option<Service>, u16, Option<String>)> {
        kinds(text).into_iter().find_map(|k| match k {
            EventKind::HttpResponse(r) => Some((r.service, r.status, r.tracking_id)),
            _ => None,
        })
    }

    #[test]
    fn sign_in_services_by_their_urls() {
        for (url, want) in [
            (
                "https://u2c-a.example.org/u2c/api/v1/user/catalog?email=jo%40example.org",
                Some(Service::Discovery),
            ),
            (
                "https://ds.example.net/discovery/v2/users?email=jo@example.net",
                Some(Service::Discovery),
            ),
            // The catalog without the email is every start's, no sign-in.
            (
                "https://u2c-a.example.org/u2c/api/v1/user/catalog?services=x",
                None,
            ),
            (
                "https://idp.example.org/broadworks-idp-proxy/saml/sso?trackingID=CLIENT_1",
                Some(Service::Saml),
            ),
            (
                "https://sso.example.net/idb/saml2/jsp/doSSO.jsp",
                Some(Service::Saml),
            ),
            (
                "https://idbroker-b.example.org/idb/oauth2/v1/access_token",
                Some(Service::CiToken),
            ),
            (
                "https://login.example.net/idb/oauth2/v1/token",
                Some(Service::CiToken),
            ),
            // Where CI sends the user to sign in: step 2, not 3.
            (
                "https://idbroker.example.org/idb/oauth2/v1/authorize?email=jo%40example.org",
                None,
            ),
            // The IdP proxy's JWT stays the calling library's token.
            (
                "https://idp.example.org/broadworks-idp-proxy/api/v1/users/jwt",
                Some(Service::Token),
            ),
        ] {
            assert_eq!(Service::of_url(url), want, "{url}");
        }
        assert!(!Service::Saml.registers() && Service::Dms.registers());
    }

    #[test]
    fn statuses_in_many_printings() {
        let jwt = "https://broadworks-idp-proxy-a.example.com/broadworks-idp-proxy/api/v1/jwt";
        for text in [
            format!("fetchJwt: POST {jwt} -> 403"),
            format!("onJwt: {jwt} status=403"),
            format!(r#"response={{"status":403,"url":"{jwt}","trackingId":"CLIENT_1a2b3c4d-aa"}}"#),
            format!("done {jwt} HTTP/1.1 403 Forbidden"),
            format!("{jwt} httpStatus = [403]"),
            format!("{jwt} completed with status 403 in 120 ms"),
            format!("{jwt} 403 Forbidden"),
        ] {
            let got = response(&text);
            assert_eq!(
                got.map(|g| (g.0, g.1)),
                Some((Some(Service::Token), 403)),
                "{text}"
            );
        }
        assert_eq!(
            response("[CLIENT7C940D178AD32711] completed 200 OK in 577 ms"),
            Some((None, 200, Some("CLIENT7C940D178AD32711".into())))
        );
        assert_eq!(
            response(
                "[task 127] CLIENT_53875764-7eba-48ff-bcc7-9def38e16efe completed, HTTP 404, 138 bytes"
            ),
            Some((
                None,
                404,
                Some("CLIENT_53875764-7eba-48ff-bcc7-9def38e16efe".into())
            ))
        );
        assert_eq!(response("read 439 bytes from TLS:203.0.113.177:5061"), None);
        assert_eq!(response("received 452 bytes"), None);
        // An address after an arrow, a SIP answer in words.
        assert_eq!(
            response("BWC:SIP: resolved sbc-fra.example.com -> 203.0.113.140"),
            None
        );
        assert_eq!(
            response("BWC:SCF: registration rejected by 203.0.113.140:5061: 403 Forbidden"),
            None
        );
        assert_eq!(
            response("avatar for 25d0964c not available (HTTP 404), using initials").map(|r| r.1),
            Some(404)
        );
    }

    #[test]
    fn a_body_quoted_in_the_answer_is_not_its_head() {
        // The body's URL is not the answer's: the answer names only its
        // tracking id.
        let text = r#"DmsConfigFetcher::run:REST << {"TrackingID": "CLIENT_b2c75b89-f439-46c6-87cb-39fe8d3aee4f_23", "statusCode": 200, "body": "<?xml version=\"1.0\"?>\n<config><xsi><url>https://xsp-a.example.net/com.broadsoft.xsi-actions</url></xsi></config>"}"#;
        assert_eq!(
            response(text),
            Some((
                None,
                200,
                Some("CLIENT_b2c75b89-f439-46c6-87cb-39fe8d3aee4f_23".into())
            ))
        );
    }

    #[test]
    fn a_body_after_its_declaration_is_not_the_head() {
        let text = "getDevices: http.response trackingId=CLIENT_c5b5e507-8d21-a8d6-acbf-447b3d596c22_23 status=200 body=<?xml version=\"1.0\"?> <AccessDevices><accessDevice><deviceTypeUrl>https://xsp1.example.net/dms/bc/pc/</deviceTypeUrl></accessDevice></AccessDevices>";
        assert_eq!(
            response(text),
            Some((
                None,
                200,
                Some("CLIENT_c5b5e507-8d21-a8d6-acbf-447b3d596c22_23".into())
            ))
        );
    }

    #[test]
    fn a_url_met_twice_is_one_request() {
        let text = "NetworkRequest::log:>>> HTTP request #5780\nGET /dms/bc/pc/config.xml HTTP/1.1\nHost: xsp-fra.example.com\nTrackingID: CLIENT_fb543d01-132b-4fc2-8c6d-137f02798c39\nAuthorization: Digest username=\"u\",realm=\"DMS\",uri=\"/dms/bc/pc/config.xml\",response=\"a7\"\n";
        let requests: Vec<_> = kinds(text)
            .into_iter()
            .filter_map(|k| match k {
                EventKind::HttpRequest(r) => Some((r.method, r.url)),
                _ => None,
            })
            .collect();
        assert_eq!(
            requests,
            [(
                Some("GET".to_owned()),
                "https://xsp-fra.example.com/dms/bc/pc/config.xml".to_owned()
            )]
        );
    }

    #[test]
    fn an_issuer_is_no_request() {
        for text in [
            "Sso::onAssertion: assertion ok, Issuer: https://idp.example.org/broadworks-idp-proxy trackingID=CLIENT_0a1b2c3d4e",
            r#"Sso::onAssertion: {"iss":"https://idp.example.org/broadworks-idp-proxy","trackingId":"CLIENT_0a1b2c3d4e"}"#,
            "<saml2:Issuer>https://idp.example.org/broadworks-idp-proxy</saml2:Issuer> trackingid=CLIENT_0a1b2c3d4e",
        ] {
            assert!(kinds(text).is_empty(), "{text}");
        }
        // The same URL asked for is a request.
        let asked = "Jwt::fetch: GET https://idp.example.org/broadworks-idp-proxy/api/v1/users/token trackingID=CLIENT_0a1b2c3d4e";
        assert!(
            matches!(&kinds(asked)[..], [EventKind::HttpRequest(r)] if r.service == Service::Token)
        );
    }

    #[test]
    fn requests_need_a_method_or_an_id() {
        let root = "xsi root https://xsp1.example.net/com.broadsoft.xsi-actions/v2.0/user/u/profile/device";
        assert!(kinds(root).is_empty());
        let dump = "getDevices(): >>>>> outgoing HTTP request (CLIENTC8D792E99274CD049610A2D32799F896)\nGET /com.broadsoft.xsi-actions/v2.0/user/%2B8135%40sip.example.net/profile/device HTTP/1.1\nHost: xsp1.example.net\n";
        let k = kinds(dump);
        assert!(
            matches!(&k[..], [EventKind::HttpRequest(r)] if r.service == Service::Xsi
            && r.url == "https://xsp1.example.net/com.broadsoft.xsi-actions/v2.0/user/%2B8135%40sip.example.net/profile/device"
            && r.tracking_id.as_deref() == Some("CLIENTC8D792E99274CD049610A2D32799F896")),
            "{k:?}"
        );
    }

    #[test]
    fn body_urls_are_not_requests() {
        let text = "GET https://xsp1.example.net/com.broadsoft.xsi-actions/v2.0/user/u/profile/device -> 200\n<AccessDevices><accessDevice><deviceTypeUrl>https://xsp1.example.net/dms/bc/pc/config.xml</deviceTypeUrl></accessDevice></AccessDevices>";
        let k = kinds(text);
        assert_eq!(k.len(), 1, "{k:?}");
    }

    fn ev(millis: i64, kind: EventKind) -> Event {
        Event {
            file: 0,
            record: 0,
            millis: Some(millis),
            bwc: false,
            kind,
        }
    }

    #[test]
    fn answers_find_their_requests() {
        let req = |id: Option<&str>, thread| {
            EventKind::HttpRequest(Box::new(HttpRequest {
                service: Service::Dms,
                method: Some("GET".into()),
                url: "https://x/dms/bc/pc/config.xml".into(),
                tracking_id: id.map(str::to_owned),
                thread,
            }))
        };
        let ans = |id: Option<&str>, thread| {
            EventKind::HttpResponse(Box::new(HttpResponse {
                service: None,
                url: None,
                status: 401,
                tracking_id: id.map(str::to_owned),
                thread,
            }))
        };
        let mut events = vec![
            ev(0, req(Some("CLIENT_abcdef12_3"), 1)),
            ev(10, req(None, 2)),
            ev(20, ans(Some("CLIENT_ABCDEF12_3"), 9)),
            ev(30, ans(None, 2)),
            ev(200_000, ans(None, 2)),
        ];
        pair(&mut events);
        let services: Vec<Option<Service>> = events[2..]
            .iter()
            .map(|e| match &e.kind {
                EventKind::HttpResponse(r) => r.service,
                _ => None,
            })
            .collect();
        assert_eq!(services, [Some(Service::Dms), Some(Service::Dms), None]);
    }
}
