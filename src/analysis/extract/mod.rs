//! Extraction: records in, typed [`Event`]s out.
//!
//! This layer reads the protocol facts of the Webex app, BWC and server
//! logs and hands them over as [`Event`]s: the one boundary between reading
//! and diagnosing, as a `Sink` is in ripgrep. It knows nothing of findings,
//! attempts or severities; what a fact means is for [`super::diagnose`] to
//! decide.
//!
//! Real logs word things differently from our samples, so extraction keys
//! on what the protocols fix: URL paths, HTTP and SIP status codes, SIP
//! start lines and headers, entitlement and device-type names, calling
//! behaviour values, error codes, tracking ids, and the names of fields in
//! any `key=value`, `key: value` or JSON printing ([`fields`]). An
//! aho-corasick pass over each file's text picks the records worth a
//! closer look; a record and the records of the same print ([`group`]) are
//! read together.

pub mod cli;
pub mod device;
pub mod fields;
pub mod group;
pub mod http;
pub mod identity;
pub mod media;
pub mod patterns;
pub mod push;
pub mod server;
pub mod signin;
pub mod sip;
pub mod xml;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};
use rayon::prelude::*;

use crate::record::{Bundle, FileKind, LogFile, RecordRef};
pub use http::{HttpRequest, HttpResponse, Service};
use patterns::Patterns;
use sip::{Direction, SipMessage};

#[derive(Debug, Clone, PartialEq)]
pub enum EventKind {
    /// The app names its version or platform; `start` when the record says
    /// it is starting.
    AppStart {
        version: Option<Box<str>>,
        platform: Option<Box<str>>,
        start: bool,
    },
    Identity(Box<Identity>),
    /// An `id` or `uuid` on a record of its own; made the user's id when
    /// the events are collected, if records about the user stand around it,
    /// and dropped otherwise.
    LoneId(String),
    /// An email in a record about signing in, with no key of its own: the
    /// user's, failing a better one.
    SignInEmail(String),
    Entitlements(Vec<String>),
    /// One entitlement of a list printed an item per record; runs of them
    /// become one [`EventKind::Entitlements`] when the events are collected.
    Entitlement(String),
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
    /// A connection failed. `sip` when the record speaks of SIP or
    /// registration; otherwise the diagnosis decides by the peer.
    TransportFailure {
        peer: Option<String>,
        sip: bool,
    },
    KeepAlive {
        peer: Option<String>,
    },
    /// A quality report of an audio stream of the media engine.
    MediaQuality(Box<media::Quality>),
    /// Codecs the media engine printed as SDP (`a=rtpmap`), outside a SIP
    /// message.
    MediaCodecs(Box<[String]>),
    BwcErrorCode(u32),
    DeviceProfileNotFound(String),
    /// An end-user (activation portal) or directory-sync code of the guide.
    GuideCode(u32),
    /// Webex Calling (Mobius) is active or being tried.
    WebexCalling,
    /// A tracking id on a record about signing in that is no exchange
    /// with a known service (the redirect to the activation portal, the
    /// portal's answer in words).
    SignInTracking(Box<str>),
    /// A record names the SAML leg of signing in outside an HTTP exchange
    /// ([`signin`]): the assertion, or with `grant` the OAuth grant that
    /// exchanges it for a CI token; `failed` when the record says it failed.
    Saml {
        grant: bool,
        failed: bool,
    },
    /// A record the calling library or telephony logged at error level,
    /// whatever it says.
    CallingError,
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
    /// The org id of the partner that manages the user's org.
    PartnerOrg(String),
    /// A support case number (`Case Number - 00601970`).
    CaseNumber(String),
    /// The AS could not reach the bridge: the connection failed or timed
    /// out, as the exception or the words of the record say.
    ProvisioningUnreachable(String),
    /// An Xsi-Actions request as the XSP logged it.
    XsiRequest(Box<server::XsiRequest>),
    /// The device types of an OCI-P answer the XSP logged apart from its
    /// request; joined to the request of the same tracking id when the
    /// events are collected.
    XsiDevices(Box<(Option<String>, Vec<String>)>),
    /// An authenticationService record.
    AuthService(Box<server::AuthRecord>),
    /// A Tomcat access_log line.
    XspAccess(Box<XspAccess>),
    /// A value of pasted CLI output (or of a pasted Partner Hub template).
    CliSetting(Box<cli::Setting>),
    /// A listing of pasted CLI output.
    CliTable(Box<cli::Table>),
    /// A SIP message the Application Server logged (the SBC's REGISTER and
    /// the AS's answer, step 5), its direction as the AS saw it. Apart
    /// from [`EventKind::Sip`], which is the app's own traffic.
    AsSip(Box<SipMessage>),
    /// A mobile push-notification subscription the AS logged.
    PushSubscription(Box<push::Subscription>),
}

// The larger payloads are boxed, and strings that need no growing are
// `Box<str>`, so that an event stays small: a bundle of a gigabyte holds
// hundreds of thousands of them, collected and sorted at once.
const _: () = assert!(std::mem::size_of::<Event>() <= 72);

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Identity {
    pub email: Option<String>,
    pub user_id: Option<String>,
    pub org_id: Option<String>,
    /// The BroadWorks user id, where the log names it as such.
    pub broadworks_user: Option<String>,
    /// The BroadWorks service provider (or enterprise) of the user.
    pub service_provider: Option<String>,
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

    /// The back end of an HTTP event (answers that name no URL get theirs
    /// from their request when the events are collected).
    pub fn service(&self) -> Option<Service> {
        match &self.kind {
            EventKind::HttpRequest(r) => Some(r.service),
            EventKind::HttpResponse(r) => r.service,
            _ => None,
        }
    }

    /// The tracking id an event carries: of an HTTP exchange with a known
    /// back end, or of a server record.
    pub fn tracking_id(&self) -> Option<&str> {
        match &self.kind {
            EventKind::HttpRequest(r) => r.tracking_id.as_deref(),
            EventKind::HttpResponse(r) if r.service.is_some() => r.tracking_id.as_deref(),
            EventKind::XsiRequest(r) => r.tracking_id.as_deref(),
            EventKind::AuthService(r) => r.tracking_id.as_deref(),
            EventKind::SignInTracking(id) => Some(id),
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
    join_entitlements(&mut events);
    join_identity(&mut events);
    http::pair(&mut events);
    server::join(&mut events);
    events
}

/// How far from a record about the user a lone id may stand and still be
/// taken for the user's (identity printed an item per record), in time and
/// in events: a flood of lone ids costs no more than its length.
const IDENTITY_RUN_MS: i64 = 2_000;
const IDENTITY_LOOKAROUND: usize = 64;

/// A lone id becomes the user's id when a record of the same file names
/// the user's email or org within [`IDENTITY_RUN_MS`];
/// otherwise it is dropped.
fn join_identity(events: &mut Vec<Event>) {
    let lone: Vec<usize> = (0..events.len())
        .filter(|&i| matches!(events[i].kind, EventKind::LoneId(_)))
        .collect();
    if lone.is_empty() {
        return;
    }
    let about_user = |e: &Event| matches!(&e.kind, EventKind::Identity(i) if i.email.is_some() || i.org_id.is_some());
    for &i in &lone {
        let (file, millis) = (events[i].file, events[i].millis);
        let near = |e: &&Event| matches!((e.millis, millis), (Some(a), Some(b)) if (a - b).abs() <= IDENTITY_RUN_MS);
        let mine = |e: &&Event| e.file == file && about_user(e);
        let before = events[..i]
            .iter()
            .rev()
            .take_while(near)
            .take(IDENTITY_LOOKAROUND)
            .any(|e| mine(&e));
        let after = events[i + 1..]
            .iter()
            .take_while(near)
            .take(IDENTITY_LOOKAROUND)
            .any(|e| mine(&e));
        if let EventKind::LoneId(id) = &mut events[i].kind
            && (before || after)
        {
            let id = std::mem::take(id);
            events[i].kind = EventKind::Identity(Box::new(Identity {
                user_id: Some(id),
                ..Identity::default()
            }));
        }
    }
    events.retain(|e| !matches!(e.kind, EventKind::LoneId(_)));
}

/// How far apart the items of one entitlement list printed an item per
/// record may be.
const ENTITLEMENT_RUN_MS: i64 = 2_000;

/// Runs of single entitlements of one file become one list, at the first.
fn join_entitlements(events: &mut Vec<Event>) {
    if !events
        .iter()
        .any(|e| matches!(e.kind, EventKind::Entitlement(_)))
    {
        return;
    }
    let near = |a: Option<i64>, b: Option<i64>| match (a, b) {
        (Some(a), Some(b)) => (b - a).abs() <= ENTITLEMENT_RUN_MS,
        (None, None) => true,
        _ => false,
    };
    let mut joined: Vec<Event> = Vec::with_capacity(events.len());
    let mut open: Option<usize> = None;
    for mut e in events.drain(..) {
        if let EventKind::Entitlement(name) = &mut e.kind {
            let name = std::mem::take(name);
            if let Some(k) = open
                && joined[k].file == e.file
                && near(joined[k].millis, e.millis)
                && let EventKind::Entitlements(list) = &mut joined[k].kind
            {
                if !list.contains(&name) {
                    list.push(name);
                }
                continue;
            }
            e.kind = EventKind::Entitlements(vec![name]);
            joined.push(e);
            open = Some(joined.len() - 1);
            continue;
        }
        // Anything else the same file says ends the run.
        if open.is_some_and(|k| joined[k].file == e.file) {
            open = None;
        }
        joined.push(e);
    }
    *events = joined;
}

/// Words that make a record worth a closer look. Case-insensitive. A word
/// that stands for others (`http` for `http://` and `HTTP/1.1`) keeps the
/// automaton small; the records it picks up are read and found empty.
const KEYWORDS: &[&str] = &[
    "sip/2.0",
    "http",
    "entitlement",
    // Entitlement lists under any name hold these.
    "squared-",
    "behavio",
    "error",
    "code",
    "bwc",
    "broadworks",
    "version",
    // An app start may not say "version"; it names the platform.
    "windows",
    "macos",
    "mac os",
    "android",
    "ipad",
    "iphone",
    "ios ",
    "ios/",
    "orgid",
    "org_id",
    "org id",
    "org.",
    "organization",
    // An org id written after the bare word: `org 5380…`.
    "org ",
    // Who signed in: `account: a@b`, `login started for a@b`.
    "account",
    "login",
    "log in",
    "signed in",
    "sign-in",
    "signin",
    "userid",
    "user_id",
    "user id",
    "user.",
    "uuid",
    "email",
    "keep-alive",
    "keepalive",
    "_wxt%",
    "mobius",
    "webex_calling",
    "webexcalling",
    "timer ",
    "timeout",
    "timed out",
    "tracking",
    "client",
    "correlation",
    "status",
    "proxy",
    "native_",
    "call_with_app",
    "refused",
    "reset",
    "unreachable",
    "partner",
    "case number",
    "casenumber",
    "case_number",
    "caseid",
    "case id",
    "case no",
    "handshake",
    "no route",
    // The media engine's quality lines and SDP, where the app log holds them.
    "sqaudio",
    "sq audio",
    "sq_audio",
    "rtpmap",
    "devicetype",
    "accessdevice",
    "<config",
    "saml",
];

/// The prefilter: built-in keywords plus the literals of the patterns.
pub struct Scanner<'p> {
    ac: AhoCorasick,
    patterns: &'p Patterns,
}

/// Text files (a `DeviceInfo.txt`, a Partner Hub status JSON) are read
/// whole for identity and codes when they are at most this large.
const MAX_TEXT_FILE: usize = 1 << 20;

impl<'p> Scanner<'p> {
    pub fn new(patterns: &'p Patterns) -> Scanner<'p> {
        let literals = KEYWORDS
            .iter()
            .map(|k| k.to_string())
            .chain(patterns.literals().map(str::to_owned));
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            // Most of a log matches nothing and is walked byte by byte: a
            // bigger table without the class lookup walks it faster.
            .byte_classes(false)
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
        if file.kind == FileKind::Text && !file.records.is_empty() {
            return scan_text(index, file);
        }
        if file.kind == FileKind::Media {
            return scan_media(index, file);
        }
        if !file.kind.is_app_log() || file.records.is_empty() {
            return Vec::new();
        }
        const CHUNK: usize = 32 * 1024;
        let n = file.records.len();
        let cuts: Vec<usize> = (0..n)
            .step_by(CHUNK)
            .map(|at| group::cut_near(file, at))
            .chain([n])
            .collect();
        let chunks: Vec<std::ops::Range<usize>> = cuts
            .windows(2)
            .filter(|w| w[0] < w[1])
            .map(|w| w[0]..w[1])
            .collect();
        let mut events: Vec<Event> = chunks
            .into_par_iter()
            .flat_map_iter(|range| self.scan_records(index, file, range))
            .collect();
        events.extend(calling_errors(index, file));
        events
    }

    /// Server logs hold few records of interest among many, but each record
    /// is a whole request; every record is read.
    fn scan_server(&self, index: u32, file: &LogFile) -> Vec<Event> {
        let mut cli = if file.kind == FileKind::XspCli {
            scan_cli(index, file)
        } else {
            Vec::new()
        };
        let events: Vec<Event> = (0..file.records.len())
            .into_par_iter()
            .flat_map_iter(|rec| {
                let mut events = Vec::new();
                let mut out = Out::new(index, rec, file.records[rec].millis(), &mut events);
                for (index, detail) in self.patterns.matching(file.text_of(rec)) {
                    out.push(EventKind::Pattern {
                        index,
                        detail: detail.map(String::into_boxed_str),
                    });
                }
                server::extract(file, rec, |kind| out.push(kind));
                events
            })
            .collect();
        cli.extend(events);
        cli
    }

    /// Events of the records in `range`, which starts a group and ends
    /// before one (see [`group::cut_near`]).
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
        // Records before `next` have been read.
        let mut next = range.start;
        let mut at = from;
        while at < to {
            let Some(m) = self.ac.find(Input::new(&file.text).span(at..to)) else {
                break;
            };
            let rec = file
                .records
                .partition_point(|r| (r.start as usize) <= m.start())
                .saturating_sub(1)
                .max(next);
            let first = group::start_of(file, rec, next);
            let g = group::at(file, first, range.end);
            let mut out = Out::new(index, first, file.records[first].millis(), &mut events);
            extract(file, &g, &mut out, self.patterns);
            // Whatever else this group holds has been looked at; a match
            // past a group cut short is found again from its end.
            next = g.end;
            at = file.records.get(next).map_or(to, |r| r.start as usize);
        }
        events
    }
}

/// At most this many error records of one file are kept: they are
/// evidence for a stop nothing else explains, and a few suffice.
const MAX_CALLING_ERRORS: usize = 1000;

re!(
    TELEPHONY,
    r"(?i)bwc|broadworks|\bsips?\b|telephony|\bcall|register|\bline\b|voip|sbc"
);

/// The error-level records of the calling library and telephony.
fn calling_errors(index: u32, file: &LogFile) -> Vec<Event> {
    file.records
        .iter()
        .enumerate()
        .filter(|(_, r)| r.level() == crate::record::Level::Error)
        .filter(|(i, _)| TELEPHONY.is_match(file.first_line_of(*i)))
        .take(MAX_CALLING_ERRORS)
        .map(|(i, r)| Event {
            file: index,
            record: i as u32,
            millis: r.millis(),
            bwc: file.first_line_of(i).contains("BWC:"),
            kind: EventKind::CallingError,
        })
        .collect()
}

/// The media engine's quality lines and codecs. Its logs are long and say
/// little else of use, so only the records holding the stream tag or an SDP
/// attribute are read.
fn scan_media(index: u32, file: &LogFile) -> Vec<Event> {
    let finders = [
        memchr::memmem::Finder::new("SQ"),
        memchr::memmem::Finder::new("rtpmap"),
    ];
    let mut records: Vec<usize> = finders
        .iter()
        .flat_map(|f| f.find_iter(file.text.as_bytes()))
        .map(|at| {
            file.records
                .partition_point(|r| (r.start as usize) <= at)
                .saturating_sub(1)
        })
        .collect();
    records.sort_unstable();
    records.dedup();
    let mut events = Vec::new();
    for rec in records.into_iter().filter(|&r| r < file.records.len()) {
        let mut out = Out::new(index, rec, file.records[rec].millis(), &mut events);
        media_events(file.text_of(rec), &mut out);
    }
    events
}

/// The media events of one record's text, outside a SIP message.
fn media_events(text: &str, out: &mut Out) {
    if !media::mentions(text) {
        return;
    }
    for q in media::qualities(text) {
        out.push(EventKind::MediaQuality(Box::new(q)));
    }
    let codecs = media::codecs(text);
    if !codecs.is_empty() {
        out.push(EventKind::MediaCodecs(codecs.into_boxed_slice()));
    }
}

/// The settings and listings of pasted CLI output, each at the record of
/// its line.
fn scan_cli(index: u32, file: &LogFile) -> Vec<Event> {
    let mut events = Vec::new();
    cli::read(&file.text, |offset, item| {
        let rec = file
            .records
            .partition_point(|r| (r.start as usize) <= offset)
            .saturating_sub(1);
        events.push(Event {
            file: index,
            record: rec as u32,
            millis: file.records.get(rec).and_then(|r| r.millis()),
            bwc: false,
            kind: match item {
                cli::Item::Setting(s) => EventKind::CliSetting(Box::new(s)),
                cli::Item::Table(t) => EventKind::CliTable(Box::new(t)),
            },
        });
    });
    events
}

/// A text file of the bundle that is no log: read whole for the app's
/// identity and the guide's codes, which such files (a device summary, a
/// Partner Hub export) may hold. Its events have no time.
fn scan_text(index: u32, file: &LogFile) -> Vec<Event> {
    if file.text.len() > MAX_TEXT_FILE {
        return Vec::new();
    }
    // CLI output or a Partner Hub template pasted into a text of its own.
    let mut events = if cli::worth_reading(&file.text) {
        scan_cli(index, file)
    } else {
        Vec::new()
    };
    let fields = fields::read(&file.text);
    let mut out = Out::new(index, 0, None, &mut events);
    identity::read(&file.text, http::head(&file.text), &fields, |k| {
        if matches!(
            k,
            EventKind::AppStart { .. }
                | EventKind::Identity(_)
                | EventKind::GuideCode(_)
                | EventKind::PartnerOrg(_)
                | EventKind::CaseNumber(_)
        ) {
            out.push(k)
        }
    });
    events
}

struct Out<'a> {
    file: u32,
    record: u32,
    millis: Option<i64>,
    bwc: bool,
    events: &'a mut Vec<Event>,
}

impl<'a> Out<'a> {
    /// Events of record `record` of file `file`, stamped `millis`.
    fn new(file: u32, record: usize, millis: Option<i64>, events: &'a mut Vec<Event>) -> Out<'a> {
        Out {
            file,
            record: record as u32,
            millis,
            bwc: false,
            events,
        }
    }

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

/// What a record's head may say that the reading below asks about. Most
/// records say none of it, so all are looked for in one pass
/// ([`Said::of`]) rather than one search each.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Said {
    /// The calling library names itself.
    BroadWorks,
    /// Something starts or is initialised.
    Init,
    /// … or is said not to start.
    NotStarted,
    /// A connection could not be made or was lost.
    TransportFail,
    Fail,
    /// A SIP timer or transaction ran out, or nothing answered.
    Timeout,
    /// SIP, a registrar or an SBC is the subject.
    SipWords,
    Register,
    Device,
    /// A named device profile is missing (read again for its name).
    DeviceNotFound,
    /// The device configuration could not be parsed.
    ConfigUnreadable,
    /// The user is on Webex Calling (Mobius), not BroadWorks.
    WebexCalling,
    /// Signing in to Webex (through the BroadWorks IdP or the activation
    /// portal, maybe), which is not the calling library starting.
    SignIn,
}

const SAID: [(Said, &str); 13] = [
    (
        Said::BroadWorks,
        r"(?i)broadworks|\bbwc\b|calling\s+library",
    ),
    (
        Said::Init,
        r"(?i)(?:::init\b|\binit\b|\binitiali[sz]|\bstart(?:ed|ing)?\b)",
    ),
    (
        Said::NotStarted,
        r"(?i)\b(?:not|never|no\s+longer|won't|cannot|can't|skip\w*|disabled?)\b(?:\s+\w+){0,2}\s+(?:start|init)",
    ),
    (
        Said::TransportFail,
        r"(?i)connection\s+(?:refused|reset|failed|closed|lost|timed\s*out|aborted)|tls\s+handshake\s+fail|handshake\s+(?:failure|failed|error)|could\s+not\s+connect|failed\s+to\s+connect|connect(?:ion)?\s+(?:to\s+\S+\s+)?failed|unreachable|no\s+route\s+to\s+host|socket\s+error|econnrefused|etimedout|econnreset|ehostunreach|enetunreach|certificate\s+verify\s+failed|wsaetimedout|wsaeconnrefused",
    ),
    (Said::Fail, r"(?i)fail"),
    (
        Said::Timeout,
        r"(?i)\btimer\s*[bf]\b|transaction\s+time(?:d\s*)?out|\btimed?\s*out\b|no\s+response",
    ),
    (
        Said::SipWords,
        r"(?i)\bsips?\b|register|\bsbc\b|registrar|\bbwc:sip",
    ),
    (Said::Register, r"(?i)register"),
    (Said::Device, r"(?i)device"),
    (Said::DeviceNotFound, DEVICE_NOT_FOUND_PATTERN),
    (
        Said::ConfigUnreadable,
        r"(?i)\b(?:failed|unable|could\s+not|cannot)\s+(?:to\s+)?parse\s+(?:the\s+)?(?:device\s+)?config",
    ),
    (
        Said::WebexCalling,
        r"\bMobius\b|\bWEBEX_CALLING\b|\bWebexCalling\b",
    ),
    (
        Said::SignIn,
        r"(?i)\b(?:log(?:ged|ging)?[\s_-]*(?:in|on)|login|sign(?:ed|ing)?[\s_-]*in|signin)(?:\b|[A-Z_])|\bIdP\b|authenticat|\bactivation\b",
    ),
];

static SAID_SET: std::sync::LazyLock<regex::RegexSet> = std::sync::LazyLock::new(|| {
    regex::RegexSet::new(SAID.iter().map(|(_, p)| p)).expect("what a head may say")
});

/// What one head says.
struct Heard(regex::SetMatches);

impl Said {
    fn of(head: &str) -> Heard {
        Heard(SAID_SET.matches(head))
    }
}

impl Heard {
    fn says(&self, what: Said) -> bool {
        self.0.matched(what as usize)
    }
}

const DEVICE_NOT_FOUND_PATTERN: &str = r"(?i)device\s+(?:profile|type)\W+'?((?:Business Communicator|Connect) - [A-Za-z]+)'?\W+(?:is\s+)?not\s+(?:found|provisioned|assigned)|\bno\b[^'\x22\n]{0,40}?device[^'\x22\n]{0,30}?['\x22]?((?:Business Communicator|Connect) - [A-Za-z]+)\b";
re!(DEVICE_NOT_FOUND, DEVICE_NOT_FOUND_PATTERN);
re!(CSEQ_NUMBER, r"(?i)\bcseq\s*[=:]?\s*(\d+)");
re!(
    DEVICE_TYPE_NAME,
    r"\b((?:Business Communicator|Connect) - (?:PC|Mobile|Tablet))\b"
);
re!(KEEPALIVE, r"(?i)\bkeep-?alive\b");
re!(DEVICE_TYPE_TAG, r"(?i)<deviceType>|\bdeviceType\b");
re!(CONFIG_DOC, r"(?i)<config\b|<proxy\s|%[A-Z0-9_]{3,}_WXT%");

/// A small, stable hash of a thread name, so that answers can be matched to
/// the requests of their thread; 0 for none.
fn thread_hash(thread: Option<&str>) -> u32 {
    let Some(t) = thread.filter(|t| !t.is_empty()) else {
        return 0;
    };
    let h = t.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    h.max(1)
}

/// Extracts the events of one group of records.
fn extract(file: &LogFile, g: &group::Group, out: &mut Out, patterns: &Patterns) {
    let text: &str = &g.text;
    let first = text.split('\n').next().unwrap_or(text);
    out.bwc = first.contains("BWC:") || first.contains("BWC ");

    for (index, detail) in patterns.matching(text) {
        out.push(EventKind::Pattern {
            index,
            detail: detail.map(String::into_boxed_str),
        });
    }

    if sip::find_start_line(text).is_some() {
        for m in sip_messages(file, g) {
            out.push(EventKind::Sip(Box::new(m)));
        }
        return;
    }

    media_events(text, out);
    let fields = fields::read(text);
    let head = http::head(text);
    let thread = thread_hash(file.thread_of(g.first));
    let mut exchange = false;
    http::read(head, &fields, thread, |k| {
        exchange |= matches!(&k, EventKind::HttpRequest(_))
            || matches!(&k, EventKind::HttpResponse(r) if r.service.is_some());
        out.push(k)
    });
    body_events(text, &fields, out);
    let mut app_start = false;
    identity::read(text, head, &fields, |k| {
        app_start |= matches!(k, EventKind::AppStart { start: true, .. });
        out.push(k)
    });
    let error_level = file.records[g.first].level() == crate::record::Level::Error;
    signin::read(head, error_level, |k| out.push(k));

    let said = Said::of(head);
    // Signing in outside the exchanges read above (the redirect to the
    // activation portal, the portal's error): its tracking id is what the
    // escalation needs to trace it.
    if !exchange
        && said.says(Said::SignIn)
        && let Some(id) = http::tracking_of(head, &fields)
    {
        out.push(EventKind::SignInTracking(id.into()));
    }
    if said.says(Said::BroadWorks)
        && said.says(Said::Init)
        && !said.says(Said::NotStarted)
        && !said.says(Said::TransportFail)
        && file.records[g.first].level() != crate::record::Level::Error
        && !said.says(Said::Fail)
        && (out.bwc || !said.says(Said::SignIn))
        // The app's own start line names its version, not the library's
        // start, unless it carries the library's tag.
        && (out.bwc || !app_start)
    {
        out.push(EventKind::BwcInit);
    }
    if let Some(c) = said
        .says(Said::DeviceNotFound)
        .then(|| DEVICE_NOT_FOUND.captures(head))
        .flatten()
    {
        let name = c.get(1).or(c.get(2)).map_or("", |m| m.as_str());
        out.push(EventKind::DeviceProfileNotFound(name.to_owned()));
    } else if !DEVICE_TYPE_TAG.is_match(text)
        && said.says(Said::Device)
        && let types = DEVICE_TYPE_NAME
            .captures_iter(head)
            .map(|c| c[1].to_owned())
            .fold(Vec::new(), |mut v: Vec<String>, t| {
                if !v.contains(&t) {
                    v.push(t);
                }
                v
            })
        && types.len() >= 2
    {
        // A device list in words: `2 access device(s): type='…'; type='…'`.
        out.push(EventKind::DeviceList(types));
    }
    if said.says(Said::ConfigUnreadable) {
        out.push(EventKind::ConfigUnreadable);
    }
    let sip_words = said.says(Said::SipWords);
    let sip_context = out.bwc || sip_words;
    if sip_context && said.says(Said::Timeout) && said.says(Said::Register) {
        let cseq = CSEQ_NUMBER.captures(head).and_then(|c| c[1].parse().ok());
        out.push(EventKind::SipTimeout {
            cseq,
            peer: sip::peer_of(head),
        });
    } else if said.says(Said::TransportFail) || (sip_context && said.says(Said::Timeout)) {
        let peer = sip::peer_of(head);
        if peer.is_some() || sip_context {
            out.push(EventKind::TransportFailure {
                peer,
                sip: sip_words,
            });
        }
    }
    if KEEPALIVE.is_match(first) {
        out.push(EventKind::KeepAlive {
            peer: sip::peer_of(first),
        });
    }
    if said.says(Said::WebexCalling) {
        out.push(EventKind::WebexCalling);
    }
}

/// A device list or a device configuration, wherever a record holds one:
/// the answer that carries it may not repeat its URL.
fn body_events(text: &str, fields: &[fields::Field], out: &mut Out) {
    if DEVICE_TYPE_TAG.is_match(text) {
        let mut types = xml::device_types(text);
        if types.is_empty() {
            types = fields
                .iter()
                .filter(|f| f.key == fields::Key::DeviceType)
                .flat_map(|f| {
                    f.value
                        .items()
                        .into_iter()
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .collect();
        }
        if !types.is_empty() {
            out.push(EventKind::DeviceList(types));
        }
    }
    if CONFIG_DOC.is_match(text) {
        out.push(EventKind::Config(Box::new(xml::config_summary(text))));
    }
}

/// The SIP messages of a group: each from its start line to the next.
fn sip_messages(file: &LogFile, g: &group::Group) -> Vec<SipMessage> {
    let text: &str = &g.text;
    let lines: Vec<&str> = text.split('\n').collect();
    let starts: Vec<(usize, usize)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| sip::find_start_line(l).map(|(at, _)| (i, at)))
        .collect();
    let header_len = file.prefix_of(g.first).len();
    let mut out = Vec::new();
    for (k, &(li, at)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(lines.len(), |s| s.0);
        let line = lines[li];
        let before = &line[..at];
        // The announcing words stand before the start line, on the line
        // before it, or in the record before the message's.
        let announces = [
            Some(before),
            li.checked_sub(1).map(|p| lines[p]),
            (li == 0 && g.first > 0)
                .then(|| announce_of(file, g.first - 1))
                .flatten(),
        ];
        // The first that names a direction or a peer announces the message;
        // a peer missing there may come from an earlier one that agrees on
        // the direction.
        let said: Vec<(Direction, Option<String>)> = announces
            .iter()
            .flatten()
            .map(|a| (sip::direction_of(a), sip::peer_of(a)))
            .collect();
        let first = said
            .iter()
            .position(|(d, p)| *d != Direction::Unknown || p.is_some());
        let (direction, peer) = match first {
            Some(k) => {
                let direction = said[k].0;
                let peer = said[k].1.clone().or_else(|| {
                    said[k + 1..]
                        .iter()
                        .find(|(d, p)| *d == direction && p.is_some())
                        .and_then(|(_, p)| p.clone())
                });
                (direction, peer)
            }
            None => (Direction::Unknown, None),
        };
        let rest = &line[at..];
        if rest.contains("\\n") {
            if let Some(m) = sip::parse_text(rest, direction, peer) {
                out.push(m);
            }
            continue;
        }
        // What stands before the start line within the message text is
        // what every later line of the message carries too, if anything.
        let strip = if li == 0 {
            before.get(header_len..).unwrap_or("")
        } else {
            before
        }
        .trim_start();
        let message = std::iter::once(rest).chain(lines[li + 1..end].iter().map(|&l| {
            if strip.trim().is_empty() {
                return l;
            }
            let t = l.trim_start();
            // The empty line between headers and body may have lost the
            // marker's trailing space (`BWC:SIP: |`).
            t.strip_prefix(strip)
                .or_else(|| {
                    t.strip_prefix(strip.trim_end())
                        .filter(|rest| rest.trim().is_empty())
                })
                .unwrap_or(l)
        }));
        if let Some(m) = sip::parse_lines(message, direction, peer) {
            out.push(m);
        }
    }
    out
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
    fn a_sign_in_record_outside_an_exchange_keeps_its_tracking_id() {
        let tracked = |text: &str| {
            events(text)
                .into_iter()
                .filter_map(|k| match k {
                    EventKind::SignInTracking(id) => Some(id.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        let words = "2025-01-09T10:00:01.000Z <Error> [0x2f0] Onboarding.cpp:88 Onboarding::onResult:Sign in failed at the activation page, error 100003, TrackingID: CLIENT_5e1f0a2b\n";
        assert_eq!(tracked(words), ["CLIENT_5e1f0a2b"]);
        let json = r#"2025-01-09T10:00:01.000Z <Info> [0x2f0] Auth.swift:12 login(): {"step":"login","portal":"activation","trackingId":"CLIENT-9c0d7e6f5a4b3c2d1e0f"}"#;
        assert_eq!(tracked(json), ["CLIENT-9c0d7e6f5a4b3c2d1e0f"]);
        // Not signing in: no sign-in tracking id.
        let other = "2025-01-09T10:00:02.000Z <Info> [0x2f0] Sync.cpp:1 f:sync done trackingid=CLIENT_77aa88bb\n";
        assert!(tracked(other).is_empty());
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

    #[test]
    fn what_a_head_says_follows_its_enum() {
        for (i, (what, _)) in SAID.iter().enumerate() {
            assert_eq!(*what as usize, i, "{what:?}");
        }
    }

    /// The events of `lines` as one file, collected (joins and pairing
    /// done), stamped a tenth of a second apart.
    fn collected(lines: &[&str]) -> Vec<EventKind> {
        let text: String = lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                format!(
                    "2024-06-03T08:34:{:02}.{:03}Z <Info> [0x2c7c] {l}\n",
                    10 + i / 10,
                    (i % 10) * 100
                )
            })
            .collect();
        let file = LogFile::parse("CiscoSpark/current_log.txt".into(), text.into_bytes());
        let bundle = Bundle::from_files(vec![file]);
        collect(&bundle, &Patterns::default())
            .into_iter()
            .map(|e| e.kind)
            .collect()
    }

    fn identities(ev: &[EventKind]) -> Vec<Identity> {
        ev.iter()
            .filter_map(|k| match k {
                EventKind::Identity(i) => Some((**i).clone()),
                _ => None,
            })
            .collect()
    }

    const USER: &str = "6b9bb2f6-535a-4e07-b6df-fce8112d9d11";
    const ORG: &str = "5380d4e9-4865-44c4-87a3-3f6100f0de71";

    #[test]
    fn identity_in_words_dotted_and_angled() {
        let person = |email: &str| Identity {
            email: Some(email.into()),
            user_id: Some(USER.into()),
            org_id: Some(ORG.into()),
            broadworks_user: None,
            service_provider: None,
        };
        for line in [
            format!(
                "LoginFlow.cpp:560 LoginFlow::onSignedIn:signed in: g@f.example (user id {USER}, org {ORG})"
            ),
            format!("Me.swift:40 Me.update(_:):me.email=g@f.example me.id={USER} me.org={ORG}"),
            format!("SelfInfo.mm:90 SelfInfo::print:email<g@f.example> id<{USER}> org<{ORG}>"),
            format!(
                "ProfileService.swift:73 didFetch():profile loaded: g@f.example / {USER} / org {ORG}"
            ),
        ] {
            assert_eq!(
                identities(&collected(&[&line])),
                [person("g@f.example")],
                "{line}"
            );
        }
    }

    #[test]
    fn an_id_on_a_record_of_its_own_is_the_users_beside_the_user() {
        let ev = collected(&[
            "CurrentUser.mm:60 CurrentUser::set:email: g@f.example",
            &format!("CurrentUser.mm:61 CurrentUser::set:uuid: {USER}"),
            &format!("CurrentUser.mm:62 CurrentUser::set:org: {ORG}"),
            "WorkerWrapper.java:1 Worker result SUCCESS for Work [ id=cd936e48-2bfd-406e-9fd7-a17cf88a9ea1, tags={ SyncWorker } ]",
        ]);
        let ids = identities(&ev);
        let users: Vec<_> = ids.iter().filter_map(|i| i.user_id.as_deref()).collect();
        assert_eq!(users, [USER]);
        // Alone, far from anything about the user, it is dropped.
        let ev = collected(&[&format!("Cache.mm:61 Cache::put:uuid: {USER}")]);
        assert!(
            identities(&ev).is_empty() && !ev.iter().any(|k| matches!(k, EventKind::LoneId(_)))
        );
    }

    #[test]
    fn signing_in_through_the_idp_is_no_library_start() {
        let ev = collected(&[
            "LoginController.cpp(212) LoginController::start - login started for t@m.example (BroadWorks IdP)",
        ]);
        assert_eq!(ev, [EventKind::SignInEmail("t@m.example".into())]);
        let ev = collected(&[
            "ActivationPortalSession.swift:77 handleCallback(url:):ASWebAuthenticationSession started for BroadWorks activation",
        ]);
        assert!(!ev.contains(&EventKind::BwcInit), "{ev:?}");
        let ev = collected(&["BroadWorksManager.cpp:1 init:BWC:SCF: BroadWorks lib starting"]);
        assert_eq!(ev, [EventKind::BwcInit]);
    }

    #[test]
    fn the_apps_own_start_is_no_library_start() {
        // A CSF line whose source path names the library: the app starts.
        for line in [
            "2024-06-03 15:33:21,005 INFO  [0x16f] [bwc/logVersion.cpp(412)] [csf.bwc] [logVersion] - WebexTeams client 44.6.1.30455 starting on iPhone15,2",
            "Main.cpp:9 main:BroadWorks edition of Webex 44.6.1.30455 starting on Windows 11",
        ] {
            let ev = collected(&[line]);
            assert!(!ev.contains(&EventKind::BwcInit), "{ev:?}");
        }
        let ev = collected(&[
            "BroadWorksManager.cpp:1 init:BWC:SCF: calling library 44.6.1.30455 starting on Windows 11",
        ]);
        assert!(ev.contains(&EventKind::BwcInit), "{ev:?}");
    }

    #[test]
    fn sip_settings_with_host_and_port_apart() {
        for line in [
            "BroadWorksCallControl::createConfig:BWC:SCF: sip.proxy=sbc.example.org sip.port=5061 sip.user=2145550101",
            "BroadWorksCallControl::createConfig:BWC:SCF: settings sip.proxy.address=sbc.example.org sip.proxy.port=5061 sip.user=2145550101",
            "BroadWorksCallControl::createConfig:BWC:SCF: {\"proxy\":\"sbc.example.org\",\"port\":5061,\"user\":\"2145550101\"}",
            "BroadWorksCallControl::createConfig:BWC:SCF: sip proxy sbc.example.org, port 5061, username 2145550101",
            "BroadWorksCallControl::createConfig:BWC:SCF: registrar sbc.example.org port 5061 transport TLS, user 2145550101",
        ] {
            let ev = collected(&[line]);
            assert!(
                ev.contains(&EventKind::SipSettings {
                    proxy: Some("sbc.example.org:5061".into()),
                    user: Some("2145550101".into()),
                }),
                "{line}: {ev:?}"
            );
        }
        // An HTTP proxy is no SBC.
        let ev = collected(&["NetworkConfig::load:proxy=webproxy.corp.example port=8080"]);
        assert!(
            !ev.iter()
                .any(|k| matches!(k, EventKind::SipSettings { .. })),
            "{ev:?}"
        );
    }

    #[test]
    fn entitlement_lists_with_any_separator() {
        let want = ["spark", "webex-squared", "broadworks-connector"];
        for line in [
            "IdentityCache::update:user.entitlements = spark | webex-squared | broadworks-connector",
            "PersonService::onSelf:self entitlements=[spark][webex-squared][broadworks-connector]",
            "SelfUser.didLoad:entitlements: spark | webex-squared | broadworks-connector",
        ] {
            let ev = collected(&[line]);
            assert!(
                ev.contains(&EventKind::Entitlements(want.map(String::from).to_vec())),
                "{line}: {ev:?}"
            );
        }
    }

    #[test]
    fn a_logger_named_after_the_app_lists_no_entitlement() {
        let ev = collected(&[
            "[CallingCapability.swift(52)] [spark.app] [evaluate()] - isBroadWorksEntitled=false (broadworks-connector absent)",
        ]);
        assert!(
            !ev.iter().any(|k| matches!(k, EventKind::Entitlements(_))),
            "{ev:?}"
        );
    }

    #[test]
    fn a_missing_device_profile_in_words() {
        let ev = collected(&[
            "BroadWorksConfigDownloader.cpp:106 onAccessDeviceListSucceeded:BWC:SCF: ConfigDownload: no device profile of type Business Communicator - PC was found for this user",
        ]);
        assert!(
            ev.contains(&EventKind::DeviceProfileNotFound(
                "Business Communicator - PC".into()
            )),
            "{ev:?}"
        );
    }
}
