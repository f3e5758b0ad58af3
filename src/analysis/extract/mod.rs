//! Extraction: records in, typed [`Event`]s out.
//!
//! This layer reads the protocol facts of the Webex app, BWC and server
//! logs, one record at a time, and hands them over as [`Event`]s: the one
//! boundary between reading and diagnosing, as a `Sink` is in ripgrep. It
//! knows nothing of findings, attempts or severities; what a fact means is
//! for [`super::diagnose`] to decide.
//!
//! Real logs word things differently from our samples, so extraction keys
//! on what the protocols fix: URL paths, HTTP and SIP status codes, SIP
//! start lines and headers, entitlement and device-type names, calling
//! behaviour values, `errorCode=NNNN`, tracking ids. An aho-corasick pass
//! over each file's text picks the records worth a closer look; only those
//! meet the regular expressions.

pub mod device;
pub mod patterns;
pub mod server;
pub mod sip;
pub mod xml;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};
use rayon::prelude::*;

use super::codes;
use crate::record::{Bundle, LogFile, RecordRef};
use patterns::Patterns;
use sip::{Direction, SipMessage};

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
}

impl Service {
    pub fn of_url(url: &str) -> Option<Service> {
        let lower = url.to_ascii_lowercase();
        if lower.contains("broadworks-idp-proxy")
            || lower.contains("/authservice/token")
            || lower.contains("/jwt")
        {
            Some(Service::Token)
        } else if lower.contains("/com.broadsoft.xsi-actions/") || lower.contains("/xsi-actions/") {
            Some(Service::Xsi)
        } else if lower.contains("/dms/")
            || lower.ends_with("config.xml")
            || lower.contains("config-wxt")
        {
            Some(Service::Dms)
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum EventKind {
    AppStart {
        version: Option<Box<str>>,
        platform: Option<Box<str>>,
    },
    Identity(Box<Identity>),
    Entitlements(Vec<String>),
    CallingBehavior(String),
    BwcInit,
    HttpRequest(Box<HttpRequest>),
    HttpResponse(Box<HttpResponse>),
    /// Device types of an `AccessDevices` answer.
    DeviceList(Vec<String>),
    /// A downloaded device configuration: placeholders left in it, the
    /// SIP proxy and user it names.
    Config(Box<xml::ConfigSummary>),
    SipSettings {
        proxy: Option<Box<str>>,
        user: Option<Box<str>>,
    },
    Sip(Box<SipMessage>),
    SipTimeout {
        cseq: Option<u32>,
        peer: Option<String>,
    },
    TransportFailure {
        peer: Option<String>,
    },
    KeepAlive {
        peer: Option<String>,
    },
    BwcErrorCode(u32),
    DeviceProfileNotFound(String),
    /// An end-user (activation portal) or directory-sync code of the guide.
    GuideCode(u32),
    /// Webex Calling (Mobius) is active or being tried.
    WebexCalling,
    /// The log says the downloaded configuration could not be parsed.
    ConfigUnreadable,
    /// A pattern given to the [`Scanner`] matched, with the text its
    /// `detail` group caught.
    Pattern {
        index: u32,
        detail: Option<Box<str>>,
    },
    /// The AS's flow-through provisioning request to the bridge (PSLog).
    ProvisioningPost {
        target: String,
        profile: Option<Box<xml::SubscriberProfile>>,
    },
    /// A `subscriberProfile` logged apart from its POST line.
    ProvisioningProfile(Box<xml::SubscriberProfile>),
    /// The bridge's answer, with its `<message>` if any.
    ProvisioningAnswer {
        status: u16,
        message: Option<String>,
    },
    /// An Xsi-Actions request as the XSP logged it.
    XsiRequest(Box<server::XsiRequest>),
    /// An authenticationService record.
    AuthService(Box<server::AuthRecord>),
    /// A Tomcat access_log line.
    XspAccess(Box<XspAccess>),
    /// `name = value` of XSP CLI output.
    CliSetting {
        name: Box<str>,
        value: Box<str>,
    },
}

// The larger payloads are boxed, and strings that need no growing are
// `Box<str>`, so that an event stays small: a bundle of a gigabyte holds
// hundreds of thousands of them, collected and sorted at once.
const _: () = assert!(std::mem::size_of::<Event>() <= 72);

#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
    pub email: Option<String>,
    pub user_id: Option<String>,
    pub org_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HttpRequest {
    pub service: Service,
    /// The HTTP method written before the URL, if any.
    pub method: Option<String>,
    pub url: String,
    pub tracking_id: Option<String>,
}

/// `url` is `None` when the answer names only the tracking id; the service
/// is then taken from the request with that id.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpResponse {
    pub service: Option<Service>,
    pub url: Option<String>,
    pub status: u16,
    pub tracking_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct XspAccess {
    pub method: String,
    pub path: String,
    pub status: u16,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub file: u32,
    pub record: u32,
    pub millis: Option<i64>,
    /// The record carries the BroadWorks calling library's tag.
    pub bwc: bool,
    pub kind: EventKind,
}

impl Event {
    /// The record the event was read from.
    pub fn at(&self) -> RecordRef {
        RecordRef {
            file: self.file,
            record: self.record,
        }
    }

    /// The back end of an HTTP event (answers that name only a tracking id
    /// get theirs from their request when the events are collected).
    pub fn service(&self) -> Option<Service> {
        match &self.kind {
            EventKind::HttpRequest(r) => Some(r.service),
            EventKind::HttpResponse(r) => r.service,
            _ => None,
        }
    }

    /// The tracking id an event carries, client or server side.
    pub fn tracking_id(&self) -> Option<&str> {
        match &self.kind {
            EventKind::HttpRequest(r) => r.tracking_id.as_deref(),
            EventKind::HttpResponse(r) => r.tracking_id.as_deref(),
            EventKind::XsiRequest(r) => r.tracking_id.as_deref(),
            EventKind::AuthService(r) => r.tracking_id.as_deref(),
            _ => None,
        }
    }
}

/// Events of every file of a bundle, in time order (file and line order
/// for equal times, undated last).
pub fn collect(bundle: &Bundle, patterns: &Patterns) -> Vec<Event> {
    let scanner = Scanner::new(patterns);
    let mut events: Vec<Event> = bundle
        .files
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, f)| scanner.scan(i as u32, f))
        .collect();
    events.sort_by_key(|e| (e.millis.unwrap_or(i64::MAX), e.file, e.record));
    resolve_services(&mut events);
    events
}

/// An answer that names only a tracking id talks to the service its
/// request named.
fn resolve_services(events: &mut [Event]) {
    let by_id: std::collections::HashMap<String, Service> = events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::HttpRequest(r) => r.tracking_id.clone().map(|id| (id, r.service)),
            _ => None,
        })
        .collect();
    for e in events.iter_mut() {
        if let EventKind::HttpResponse(r) = &mut e.kind
            && r.service.is_none()
            && let Some(id) = &r.tracking_id
        {
            r.service = by_id.get(id.as_str()).copied();
        }
    }
}

/// Words that make a record worth a closer look. Case-insensitive.
const KEYWORDS: &[&str] = &[
    "sip/2.0",
    "http://",
    "https://",
    "entitlement",
    "behavio",
    "errorcode",
    "error code",
    "bwc:",
    "version",
    // An app start may not say "version"; it names the platform.
    "windows",
    "macos",
    "mac os",
    "android",
    "ipados",
    "ios ",
    "orgid",
    "org_id",
    "userid",
    "user_id",
    "keep-alive",
    "keepalive",
    "_wxt%",
    "mobius",
    "webex_calling",
    "webexcalling",
    "timer f",
    "timer b",
    "timeout",
    "timed out",
    "trackingid",
    "tracking_id",
    "proxy=",
    "native_",
    "call_with_app",
    "error",
    "refused",
    "unreachable",
    "handshake",
];

/// The prefilter: built-in keywords plus the literals of the patterns.
pub struct Scanner<'p> {
    ac: AhoCorasick,
    patterns: &'p Patterns,
}

impl<'p> Scanner<'p> {
    pub fn new(patterns: &'p Patterns) -> Scanner<'p> {
        let literals = KEYWORDS
            .iter()
            .map(|k| k.to_string())
            .chain(patterns.literals().map(str::to_owned));
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(literals.collect::<Vec<_>>())
            .expect("keyword automaton");
        Scanner { ac, patterns }
    }

    /// Every event of one file, in file order. Large files are scanned in
    /// chunks of records on several threads.
    pub fn scan(&self, index: u32, file: &LogFile) -> Vec<Event> {
        if file.kind.is_server() {
            return self.scan_server(index, file);
        }
        if !file.kind.is_app_log() || file.records.is_empty() {
            return Vec::new();
        }
        const CHUNK: usize = 32 * 1024;
        let n = file.records.len();
        let chunks: Vec<std::ops::Range<usize>> = (0..n)
            .step_by(CHUNK)
            .map(|lo| lo..(lo + CHUNK).min(n))
            .collect();
        chunks
            .into_par_iter()
            .flat_map_iter(|range| self.scan_records(index, file, range))
            .collect()
    }

    /// Server logs hold few records of interest among many, but each record
    /// is a whole request; every record is read.
    fn scan_server(&self, index: u32, file: &LogFile) -> Vec<Event> {
        (0..file.records.len())
            .into_par_iter()
            .flat_map_iter(|rec| {
                let mut events = Vec::new();
                let mut out = Out {
                    file: index,
                    record: rec as u32,
                    millis: file.records[rec].millis(),
                    events: &mut events,
                    bwc: false,
                };
                for (index, detail) in self.patterns.matching(file.text_of(rec)) {
                    out.push(EventKind::Pattern {
                        index,
                        detail: detail.map(String::into_boxed_str),
                    });
                }
                server::extract(file, rec, |kind| out.push(kind));
                events
            })
            .collect()
    }

    /// Events of the records in `range`. A SIP message printed one line per
    /// record may run past the end of the range; it is read to its end here.
    fn scan_records(
        &self,
        index: u32,
        file: &LogFile,
        range: std::ops::Range<usize>,
    ) -> Vec<Event> {
        let from = file.records[range.start].start as usize;
        let to = file
            .records
            .get(range.end)
            .map_or(file.text.len(), |r| r.start as usize);
        let mut events = Vec::new();
        let mut next = range.start;
        let mut at = from;
        while at < to {
            let Some(m) = self.ac.find(Input::new(&file.text).span(at..to)) else {
                break;
            };
            let rec = file
                .records
                .partition_point(|r| (r.start as usize) <= m.start())
                .saturating_sub(1);
            if rec >= next {
                let mut out = Out {
                    file: index,
                    record: rec as u32,
                    millis: file.records[rec].millis(),
                    events: &mut events,
                    bwc: false,
                };
                next = extract(file, rec, &mut out, self.patterns).max(rec + 1);
            }
            // Whatever else this record holds has been looked at.
            at = file
                .records
                .get(next.max(rec + 1))
                .map_or(to, |r| r.start as usize)
                .max(m.end());
        }
        events
    }
}

struct Out<'a> {
    file: u32,
    record: u32,
    millis: Option<i64>,
    bwc: bool,
    events: &'a mut Vec<Event>,
}

impl Out<'_> {
    fn push(&mut self, kind: EventKind) {
        self.events.push(Event {
            file: self.file,
            record: self.record,
            millis: self.millis,
            bwc: self.bwc,
            kind,
        });
    }
}

re!(URL, r#"https?://[^\s"'<>\\]+"#);
re!(METHOD, r"\b(GET|POST|PUT|DELETE|PATCH)\b");
re!(
    STATUS,
    r"(?i)(?:->\s*|\bstatus(?:\s*code)?\s*[=:]\s*\[?|\bhttp\s*status\s*[=:]\s*\[?|httpStatus\s*=\s*\[|\bHTTP/\d(?:\.\d)?\s+|\bresponse\s*(?:code)?\s*[=:]\s*|\breturned\s+)([1-5]\d\d)\b"
);
re!(TRACKING, r"(?i)\b(CLIENT[_-]?[0-9a-f][0-9a-f-]{7,})");
re!(
    UUID_USER,
    r"(?i)\buser_?id\W{1,3}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
);
re!(
    UUID_ORG,
    r"(?i)\borg_?id\W{1,3}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
);
re!(EMAIL, r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}");
re!(VERSION, r"\b(\d{2}\.\d{1,2}\.\d{1,2}\.\d{3,6})\b");
re!(
    PLATFORM,
    r"(?i)\b(Windows(?: \d+)?(?: \(\d\d-bit\))?|macOS(?: [\d.]+)?|Mac OS X(?: [\d._]+)?|iPadOS(?: [\d.]+)?|iOS(?: [\d.]+)?|Android(?: [\d.]+)?)"
);
re!(
    BEHAVIOR,
    r"\b(NATIVE_WEBEX_TEAMS_CALLING|CALL_WITH_APP_REGISTERED_FOR_[A-Z]+|NATIVE_SIP_CALL_TO_UCM)\b|(?i:calling\s*behaviou?r)\W{1,4}(NONE)\b"
);
re!(ENTITLEMENT_NAME, r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]{3,}");
re!(JSON_STRING, r#""([^"]+)""#);
re!(
    BWC_INIT,
    r"(?i)(?:::init\b|\binitiali[sz]|\bstart(?:ed|ing)?\b)"
);
re!(
    PROXY_SETTING,
    r"(?i)\bproxy\s*[=:]\s*([A-Za-z0-9.\-\[\]:]+?:\d{2,5})\b"
);
re!(USER_SETTING, r"(?i)\buser(?:name)?\s*[=:]\s*([^\s,;]+)");
re!(ERROR_CODE, r"(?i)\berror\s*code\s*[=:]?\s*(\d{3,6})\b");
re!(SIX_DIGITS, r"\b([1-6]\d{5})\b");
re!(
    TIMEOUT,
    r"(?i)\btimer\s*[bf]\b|transaction\s+time(?:d\s*)?out|\btimed?\s*out\b|no\s+response"
);
re!(
    TRANSPORT_FAIL,
    r"(?i)connection\s+(?:refused|reset|failed|closed|lost)|tls\s+handshake\s+fail|could\s+not\s+connect|unreachable|socket\s+error"
);
re!(CSEQ_NUMBER, r"(?i)\bcseq\s*[=:]?\s*(\d+)");
re!(
    DEVICE_NOT_FOUND,
    r"(?i)device\s+(?:profile|type)\W+'?((?:Business Communicator|Connect) - [A-Za-z]+)'?\W+(?:is\s+)?not\s+found"
);
re!(
    WEBEX_CALLING,
    r"\bMobius\b|\bWEBEX_CALLING\b|\bWebexCalling\b"
);
re!(KEEPALIVE, r"(?i)\bkeep-?alive\b");
re!(
    CONFIG_UNREADABLE,
    r"(?i)\b(?:failed|unable|could\s+not)\s+to\s+parse\s+the\s+config"
);

/// Extracts the events of record `rec`; returns the first record index not
/// consumed (SIP messages printed one line per record consume several).
fn extract(file: &LogFile, rec: usize, out: &mut Out, patterns: &Patterns) -> usize {
    let text = file.text_of(rec);
    let first = file.first_line_of(rec);
    out.bwc = first.contains("BWC:");

    if let Some((at, _)) = sip::find_start_line(text) {
        return extract_sip(file, rec, at, out);
    }

    for (index, detail) in patterns.matching(text) {
        out.push(EventKind::Pattern {
            index,
            detail: detail.map(String::into_boxed_str),
        });
    }

    let mut urls = URL
        .find_iter(first)
        .filter_map(|m| Service::of_url(m.as_str()).map(|s| (s, m)))
        .peekable();
    let tracking_id = TRACKING.captures(first).map(|c| c[1].to_owned());
    // A status anywhere on the line, outside the URLs, makes it an answer.
    let without_urls = URL.replace_all(first, " ");
    let status = STATUS
        .captures(&without_urls)
        .and_then(|c| c[1].parse::<u16>().ok());
    if urls.peek().is_some() {
        for (service, m) in urls {
            let url = m.as_str().trim_end_matches(['.', ',', ')', ':']).to_owned();
            match status {
                Some(status) => {
                    out.push(EventKind::HttpResponse(Box::new(HttpResponse {
                        service: Some(service),
                        url: Some(url.clone()),
                        status,
                        tracking_id: tracking_id.clone(),
                    })));
                    body_events(service, &text[first.len().min(text.len())..], out);
                }
                None => out.push(EventKind::HttpRequest(Box::new(HttpRequest {
                    service,
                    method: METHOD
                        .captures_iter(&first[..m.start()])
                        .last()
                        .map(|c| c[1].to_owned()),
                    url,
                    tracking_id: tracking_id.clone(),
                }))),
            }
        }
    } else if let (Some(status), Some(id)) = (status, &tracking_id) {
        out.push(EventKind::HttpResponse(Box::new(HttpResponse {
            service: None,
            url: None,
            status,
            tracking_id: Some(id.clone()),
        })));
    }

    // Which of these words the header line holds, in one pass and without
    // a lowercase copy: a hostile line can be hundreds of megabytes.
    let words = Words::of(first);
    if words.has(Word::Entitlement) {
        let list = entitlements(first);
        if !list.is_empty() {
            out.push(EventKind::Entitlements(list));
        }
    }
    if let Some(c) = BEHAVIOR.captures(first) {
        let value = c
            .get(1)
            .or(c.get(2))
            .map(|m| m.as_str().to_owned())
            .unwrap_or_default();
        out.push(EventKind::CallingBehavior(value));
    }
    let user_id = UUID_USER.captures(first).map(|c| c[1].to_ascii_lowercase());
    let org_id = UUID_ORG.captures(first).map(|c| c[1].to_ascii_lowercase());
    if user_id.is_some() || org_id.is_some() {
        let email = EMAIL.find(first).map(|m| m.as_str().to_owned());
        out.push(EventKind::Identity(Box::new(Identity {
            email,
            user_id,
            org_id,
        })));
    }
    if let (Some(v), Some(p)) = (VERSION.captures(first), PLATFORM.captures(first)) {
        out.push(EventKind::AppStart {
            version: Some(v[1].into()),
            platform: Some(p[1].into()),
        });
    }
    if out.bwc
        && words.has(Word::Broadworks)
        && BWC_INIT.is_match(file.body_of(rec))
        && !words.has(Word::Error)
    {
        out.push(EventKind::BwcInit);
    }
    if let Some(p) = PROXY_SETTING.captures(first) {
        let user = USER_SETTING.captures(first).map(|c| c[1].to_owned());
        out.push(EventKind::SipSettings {
            proxy: Some(p[1].into()),
            user: user.map(String::into_boxed_str),
        });
    }
    if let Some(c) = ERROR_CODE.captures(first)
        && let Ok(code) = c[1].parse::<u32>()
        && codes::lookup(code).is_none()
    {
        out.push(EventKind::BwcErrorCode(code));
    }
    if words.has(Word::Error) || words.has(Word::Code) {
        for c in SIX_DIGITS.captures_iter(first) {
            if let Some(code) = c[1]
                .parse::<u32>()
                .ok()
                .filter(|c| codes::lookup(*c).is_some())
            {
                out.push(EventKind::GuideCode(code));
            }
        }
    }
    if let Some(c) = DEVICE_NOT_FOUND.captures(first) {
        out.push(EventKind::DeviceProfileNotFound(c[1].to_owned()));
    }
    if CONFIG_UNREADABLE.is_match(first) {
        out.push(EventKind::ConfigUnreadable);
    }
    let sip_context = out.bwc || words.has(Word::Sip);
    if sip_context && words.has(Word::Register) && TIMEOUT.is_match(first) {
        let cseq = CSEQ_NUMBER.captures(first).and_then(|c| c[1].parse().ok());
        out.push(EventKind::SipTimeout {
            cseq,
            peer: sip::peer_of(first),
        });
    } else if sip_context && TRANSPORT_FAIL.is_match(first) {
        out.push(EventKind::TransportFailure {
            peer: sip::peer_of(first),
        });
    }
    if KEEPALIVE.is_match(first) {
        out.push(EventKind::KeepAlive {
            peer: sip::peer_of(first),
        });
    }
    if WEBEX_CALLING.is_match(first) {
        out.push(EventKind::WebexCalling);
    }
    rec + 1
}

/// Device types from an XSI answer, placeholders and proxy from a DMS one.
fn body_events(service: Service, body: &str, out: &mut Out) {
    match service {
        Service::Xsi if body.contains("AccessDevices") || body.contains("accessDevice") => {
            out.push(EventKind::DeviceList(xml::device_types(body)));
        }
        Service::Dms if body.contains('<') => {
            out.push(EventKind::Config(Box::new(xml::config_summary(body))));
        }
        _ => {}
    }
}

/// Words that steer the rules for a header line, in [`WORDS`] order.
#[derive(Clone, Copy)]
enum Word {
    Entitlement,
    Broadworks,
    Error,
    Code,
    Sip,
    Register,
}

static WORDS: std::sync::LazyLock<AhoCorasick> = std::sync::LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .build([
            "entitlement",
            "broadworks",
            "error",
            "code",
            "sip",
            "register",
        ])
        .expect("word automaton")
});

/// The [`Word`]s a text holds, case-insensitively.
struct Words(u8);

impl Words {
    fn of(text: &str) -> Words {
        let mut bits = 0u8;
        for m in WORDS.find_overlapping_iter(text) {
            bits |= 1 << m.pattern().as_usize();
            if bits == 0b11_1111 {
                break;
            }
        }
        Words(bits)
    }

    fn has(&self, w: Word) -> bool {
        self.0 & (1 << w as u8) != 0
    }
}

/// The list after the word "entitlements", JSON or comma-separated.
fn entitlements(line: &str) -> Vec<String> {
    let Some(at) = WORDS
        .find_overlapping_iter(line)
        .find(|m| m.pattern().as_usize() == Word::Entitlement as usize)
        .map(|m| m.start())
    else {
        return Vec::new();
    };
    let rest = &line[at..];
    if let Some(open) = rest.find('[') {
        let inner = &rest[open..];
        let close = inner.find(']').unwrap_or(inner.len());
        return JSON_STRING
            .captures_iter(&inner[..close])
            .map(|c| c[1].trim().to_owned())
            .collect();
    }
    let Some(colon) = rest.find([':', '=']) else {
        return Vec::new();
    };
    rest[colon + 1..]
        .split([',', ' ', ';'])
        .map(str::trim)
        .filter(|t| !t.is_empty() && ENTITLEMENT_NAME.find(t).is_some_and(|m| m.len() == t.len()))
        .map(str::to_owned)
        .collect()
}

/// A SIP message whose start line is at `at` in record `rec`'s text.
fn extract_sip(file: &LogFile, rec: usize, at: usize, out: &mut Out) -> usize {
    let text = file.text_of(rec);
    let first_len = file.first_line_of(rec).len();
    let announce_here = &text[..at];
    // The announcing words sit before the start line, or on the record
    // before it when every message line is its own record.
    let prev_announce = if at < first_len && rec > 0 {
        announce_of(file, rec - 1)
    } else {
        None
    };
    let announce = if sip::direction_of(announce_here) != Direction::Unknown {
        announce_here
    } else {
        prev_announce.unwrap_or(announce_here)
    };
    let direction = sip::direction_of(announce);
    let peer = sip::peer_of(announce);

    let single_line = at < first_len;
    let escaped = single_line && text[at..first_len].contains("\\n");
    if !single_line || escaped {
        if let Some(m) = sip::parse_text(&text[at..], direction, peer) {
            out.push(EventKind::Sip(Box::new(m)));
        }
        return rec + 1;
    }
    // One record per message line: the lines share the prefix in front of
    // the start line; the message ends where that prefix stops.
    let body_start = (file.records[rec].start as usize + file.records[rec].body())
        .min(file.records[rec].start as usize + at);
    // `get`: a clamped message offset may fall inside a character.
    let prefix = file
        .text
        .get(body_start..file.records[rec].start as usize + at)
        .unwrap_or("");
    let mut lines: Vec<&str> = vec![&text[at..first_len]];
    let mut next = rec + 1;
    while next < file.records.len() {
        let body = file.body_of(next);
        let Some(payload) = body.strip_prefix(prefix) else {
            break;
        };
        if sip::find_start_line(payload).is_some_and(|(p, _)| p == 0)
            || sip::direction_of(payload) != Direction::Unknown && !payload.contains(':')
        {
            break;
        }
        lines.push(payload);
        next += 1;
    }
    if let Some(m) = sip::parse_lines(lines, direction, peer) {
        out.push(EventKind::Sip(Box::new(m)));
    }
    next
}

/// The announcing text of a record that holds no message itself.
fn announce_of(file: &LogFile, rec: usize) -> Option<&str> {
    let line = file.first_line_of(rec);
    (sip::find_start_line(line).is_none() && sip::direction_of(line) != Direction::Unknown)
        .then_some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(text: &str) -> Vec<EventKind> {
        let file = LogFile::parse(
            "CiscoSpark/current_log.txt".into(),
            text.as_bytes().to_vec(),
        );
        Scanner::new(&Patterns::default())
            .scan(0, &file)
            .into_iter()
            .map(|e| e.kind)
            .collect()
    }

    fn sips(text: &str) -> Vec<SipMessage> {
        events(text)
            .into_iter()
            .filter_map(|k| match k {
                EventKind::Sip(m) => Some(*m),
                _ => None,
            })
            .collect()
    }

    const P: &str = "2024-03-08T16:40:40.867Z <Info> [0x94bd] SipTransport.cpp:812 SipTransport::onMessage:BWC:SIP:";

    #[test]
    fn sip_shape_one_raw_lines_after_the_announce() {
        let text = format!(
            "{P} Sending SIP message to 203.0.113.109:5061 (TLS):\nREGISTER sip:as.contoso.example SIP/2.0\nCall-ID: a@b\nCSeq: 1 REGISTER\nContact: <sip:u@192.0.2.63:52011;transport=tls>\n\n{P} Received SIP message from 203.0.113.109:5061 (TLS):\nSIP/2.0 200 OK\nCall-ID: a@b\nCSeq: 1 REGISTER\n"
        );
        let m = sips(&text);
        assert_eq!(m.len(), 2);
        assert_eq!(
            (m[0].direction, m[0].peer.as_deref()),
            (Direction::Sent, Some("203.0.113.109:5061"))
        );
        assert_eq!(m[0].contacts(), ["sip:u@192.0.2.63:52011"]);
        assert_eq!(
            (m[1].direction, m[1].status()),
            (Direction::Received, Some(200))
        );
    }

    #[test]
    fn sip_shape_two_escaped_on_one_line() {
        let text = format!(
            "{P} Received SIP message from 203.0.113.211:5075 (TLS): SIP/2.0 401 Unauthorized\\r\\nCall-ID: x@y\\r\\nCSeq: 1 REGISTER\\r\\nWWW-Authenticate: Digest realm=\"BroadWorks\"\\r\\n\\r\\n\n"
        );
        let m = sips(&text);
        assert_eq!(m.len(), 1);
        assert_eq!(
            (m[0].status(), m[0].method()),
            (Some(401), Some("REGISTER"))
        );
        assert_eq!(m[0].direction, Direction::Received);
    }

    #[test]
    fn sip_shape_three_every_line_prefixed() {
        let lines = [
            "Sending SIP message to 203.0.113.197:5061 (TLS):",
            "REGISTER sip:as.example.net SIP/2.0",
            "Call-ID: f7@192.0.2.154",
            "CSeq: 1 REGISTER",
            "Contact: <sip:u@192.0.2.154:52011;transport=tls>",
            "Expires: 3600",
        ];
        let mut text: String = lines.iter().map(|l| format!("{P} {l}\n")).collect();
        text.push_str("2024-03-08T16:40:41.000Z <Info> [0x94bd] Other.cpp:1 f:unrelated\n");
        let m = sips(&text);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].direction, Direction::Sent);
        assert_eq!(m[0].call_id(), Some("f7@192.0.2.154"));
        assert_eq!(m[0].expires(), Some(3600));
        assert_eq!(m[0].peer.as_deref(), Some("203.0.113.197:5061"));
    }

    #[test]
    fn http_request_response_and_device_list() {
        let text = "2024-03-08T16:40:39.450Z <Info> [0x94bd] XsiRequest.cpp:88 f:BWC:XSI: GET https://xsp1.example.net/com.broadsoft.xsi-actions/v2.0/user/2062275869%40contoso.example/profile/device\n\
2024-03-08T16:40:39.810Z <Info> [0x94bd] XsiRequest.cpp:131 f:BWC:XSI: response status=200 for https://xsp1.example.net/com.broadsoft.xsi-actions/v2.0/user/2062275869%40contoso.example/profile/device\n\
<AccessDevices xmlns=\"http://schema.broadsoft.com/xsi\"><accessDevice><deviceType>Connect - Mobile</deviceType></accessDevice></AccessDevices>\n";
        let ev = events(text);
        assert!(ev.iter().any(|e| matches!(
            e,
            EventKind::HttpRequest(r) if r.service == Service::Xsi
        )));
        assert!(ev.iter().any(|e| matches!(
            e,
            EventKind::HttpResponse(r) if r.service == Some(Service::Xsi) && r.status == 200
        )));
        assert!(
            ev.contains(&EventKind::DeviceList(vec!["Connect - Mobile".into()])),
            "{ev:?}"
        );
        let answer = "2024-03-08T16:40:39.810Z <Info> [0x94bd] XsiRequest.cpp:131 f:BWC:XSI: GET https://xsp1.example.net/com.broadsoft.xsi-actions/v2.0/user/x/profile/device HTTP/1.1 403 Forbidden\n";
        assert!(events(answer).iter().any(|e| matches!(
            e,
            EventKind::HttpResponse(r) if r.service == Some(Service::Xsi) && r.status == 403
        )));
    }

    #[test]
    fn entitlements_as_list_or_json() {
        assert_eq!(
            entitlements("User entitlements: spark, broadworks-connector, webex-squared"),
            ["spark", "broadworks-connector", "webex-squared"]
        );
        assert_eq!(
            entitlements(r#"entitlements updated {"entitlements": ["spark", "bc-sp-standard"]}"#),
            ["spark", "bc-sp-standard"]
        );
    }

    #[test]
    fn token_answer_by_tracking_id_only() {
        let text = "2024-03-22T11:30:32.344Z <Error> [0xcca4] BroadWorksAuthenticator.cpp:344 onJwt:BWC:SCF: JWT fetch failed -> 503 trackingId=CLIENT_877619e9-8d79-988d-eddc-a16ea2fec1f4\n";
        assert!(events(text).iter().any(|e| matches!(e, EventKind::HttpResponse(r) if r.service.is_none() && r.status == 503 && r.tracking_id.as_deref().is_some_and(|t| t.starts_with("CLIENT_877619e9")))));
    }

    #[test]
    fn codes_timeouts_and_behaviour() {
        let text = "2024-03-26T08:43:35.065Z <Warning> [0x96d7] SipTransaction.cpp:402 f:BWC:SIP: transaction timeout (Timer F) for REGISTER CSeq 1 to 203.0.113.43:5061, no response\n\
2024-03-26T08:44:39.304Z <Error> [0x96d7] BroadWorksManager.cpp:781 f:BWC:SCF: failed to register client. errorCode=1408\n\
2024-03-24T06:58:15.129Z <Error> [0x1190] BroadWorksActivation.cpp:77 f:User activation portal returned error code 200018\n\
2024-03-04T10:58:28.037Z <Info> [0x8a98] CallingBehaviorManager.cpp:51 f:Calling behavior: CALL_WITH_APP_REGISTERED_FOR_CISCOTEL\n";
        let ev = events(text);
        assert!(
            ev.contains(&EventKind::SipTimeout {
                cseq: Some(1),
                peer: Some("203.0.113.43:5061".into())
            }),
            "{ev:?}"
        );
        assert!(ev.contains(&EventKind::BwcErrorCode(1408)));
        assert!(ev.contains(&EventKind::GuideCode(200018)));
        assert!(ev.contains(&EventKind::CallingBehavior(
            "CALL_WITH_APP_REGISTERED_FOR_CISCOTEL".into()
        )));
    }
}
