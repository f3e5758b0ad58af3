//! The [`Analysis`] value and its parts: what every output renders.
//!
//! Plain data with serde derives; it is built by [`super::diagnose`] and read
//! by the presentation layer. Nothing here decides anything.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::extract::Event;
use super::extract::sip::SipMessage;
use crate::i18n::Text;
use crate::record::{Bundle, RecordRef};

/// A log line that backs a claim.
///
/// It names the record, not its words: a bundle of a gigabyte holds
/// thousands of sign-in attempts with a line for each step, and a copy of
/// each line would cost tens of megabytes. Outputs read the path, line
/// number and text from the bundle when they show one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Evidence {
    /// Where the line is in the bundle, for the app to jump to.
    pub at: RecordRef,
}

/// Evidence lines longer than this are cut: a SIP message on one line can
/// run to kilobytes, and a hostile log to megabytes.
const EVIDENCE_CHARS: usize = 400;

impl Evidence {
    /// The line an event was read from.
    pub fn of(e: &Event) -> Evidence {
        Evidence { at: e.at() }
    }

    /// The file's path in the bundle.
    pub fn path(self, bundle: &Bundle) -> &str {
        &bundle.get(self.at).0.path
    }

    /// 1-based line number in [`Evidence::path`].
    pub fn line(self, bundle: &Bundle) -> u32 {
        bundle.get(self.at).0.line_of(self.at.record as usize)
    }

    /// `path:line`, as reports and links name a line.
    pub fn place(self, bundle: &Bundle) -> String {
        format!("{}:{}", self.path(bundle), self.line(bundle))
    }

    /// The line as a reader sees it: the record's first line, cut to
    /// [`EVIDENCE_CHARS`].
    pub fn text(self, bundle: &Bundle) -> String {
        let (file, _) = bundle.get(self.at);
        let line = file.headline_of(self.at.record as usize, 4 * EVIDENCE_CHARS);
        match crate::record::clip(&line, EVIDENCE_CHARS) {
            (kept, true) => format!("{kept}…"),
            (whole, false) => whole.to_owned(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// The word a person reads: `ERROR`, `WARNING`, `INFO`.
    pub fn text(self) -> Text {
        Text::key(match self {
            Severity::Info => "severity-info",
            Severity::Warning => "severity-warning",
            Severity::Error => "severity-error",
        })
    }
}

/// Declares the findings the tool itself can report, with their ids as the
/// reports and `assets/signatures.json` spell them.
macro_rules! known_findings {
    ($($variant:ident = $name:literal,)*) => {
        /// A finding the tool ships: decided by one rule of
        /// [`super::diagnose`] or by signatures in `assets/signatures.json`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Known {
            $($variant,)*
        }

        impl Known {
            pub const ALL: &'static [Known] = &[$(Known::$variant,)*];

            pub fn name(self) -> &'static str {
                match self {
                    $(Known::$variant => $name,)*
                }
            }

            pub fn from_name(name: &str) -> Option<Known> {
                match name {
                    $($name => Some(Known::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

known_findings! {
    EntitlementMissing = "entitlement-missing",
    ConflictingCallingEntitlement = "conflicting-calling-entitlement",
    CallingBehaviorNotWebex = "calling-behavior-not-webex",
    MultipleCallingServices = "multiple-calling-services",
    ActivationPortalError = "activation-portal-error",
    DirectorySyncError = "directory-sync-error",
    TokenFetchFailed = "token-fetch-failed",
    XsiRequestFailed = "xsi-request-failed",
    DeviceProfileMissing = "device-profile-missing",
    ConfigDownloadFailed = "config-download-failed",
    ConfigParseFailed = "config-parse-failed",
    UnresolvedConfigTag = "unresolved-config-tag",
    SipAuthFailed = "sip-auth-failed",
    SipRegisterRejected = "sip-register-rejected",
    SipRegisterTimeout = "sip-register-timeout",
    SipRegisterFailover = "sip-register-failover",
    RegistrationDisplaced = "registration-displaced",
    RegistrationStopped = "registration-stopped",
    ProvisioningForbidden = "provisioning-forbidden",
    ProvisioningUnauthorized = "provisioning-unauthorized",
    ProvisioningConflict = "provisioning-conflict",
    ProvisioningMissingPhoneNumber = "provisioning-missing-phone-number",
    ProvisioningInvalidEmail = "provisioning-invalid-email",
    ProvisioningBadRequest = "provisioning-bad-request",
    ProvisioningError = "provisioning-error",
    ProvisioningUnreachable = "provisioning-unreachable",
    ImppProvisioningError = "impp-provisioning-error",
    XspTokenFailed = "xsp-token-failed",
    XspProfileRequestFailed = "xsp-profile-request-failed",
    XspCertAuthMisconfigured = "xsp-cert-auth-misconfigured",
    XspChainDepthTooLow = "xsp-chain-depth-too-low",
    ProvisioningAccepted = "provisioning-accepted",
    BundleMixed = "bundle-mixed",
    CallForbidden = "call-forbidden",
    CallNotFound = "call-not-found",
    CallUnavailable = "call-unavailable",
    CallBusy = "call-busy",
    CallNotAcceptable = "call-not-acceptable",
    CallServerError = "call-server-error",
    MediaPacketLoss = "media-packet-loss",
    MediaJitter = "media-jitter",
    MediaLatency = "media-latency",
    AsRegisterFailed = "as-register-failed",
    AuthserviceUrlMissing = "authservice-url-missing",
    AuthserviceKeysDiffer = "authservice-keys-differ",
    AuthserviceMtlsMisconfigured = "authservice-mtls-misconfigured",
    ImppSettingsMismatch = "impp-settings-mismatch",
    SsoFailed = "sso-failed",
    WebexCallingOnly = "webex-calling-only",
    CedStale = "ced-stale",
}

/// A finding's id: one the tool ships, or one a user's signature file adds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FindingId {
    Known(Known),
    /// Added by a signature file of the user's; never one of [`Known`].
    User(Box<str>),
}

impl FindingId {
    /// The id as reports print it.
    pub fn as_str(&self) -> &str {
        match self {
            FindingId::Known(k) => k.name(),
            FindingId::User(id) => id,
        }
    }

    /// The shipped id of that name, or a user's.
    pub fn parse(name: &str) -> FindingId {
        Known::from_name(name).map_or_else(|| FindingId::User(name.into()), FindingId::Known)
    }
}

impl From<Known> for FindingId {
    fn from(k: Known) -> FindingId {
        FindingId::Known(k)
    }
}

impl std::fmt::Display for FindingId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for FindingId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for FindingId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Known> for FindingId {
    fn eq(&self, other: &Known) -> bool {
        *self == FindingId::Known(*other)
    }
}

impl Serialize for FindingId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub id: FindingId,
    pub severity: Severity,
    pub title: Text,
    /// What this bundle adds to the catalogue text: a device type, a tag,
    /// an address, a code's meaning. Reports join them into one `detail`.
    #[serde(
        rename = "detail",
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "serialize_notes"
    )]
    pub notes: Vec<Text>,
    pub cause: Text,
    pub fix: Text,
    /// The troubleshooting guide's section.
    pub guide: Text,
    /// Serialised by the JSON report, which reads the lines from the bundle.
    #[serde(skip)]
    pub evidence: Vec<Evidence>,
}

/// How notes read in one line.
pub const NOTE_SEPARATOR: &str = "; ";

impl Finding {
    /// The notes as one line, if there are any.
    pub fn detail(&self, lang: crate::i18n::Lang) -> Option<String> {
        (!self.notes.is_empty()).then(|| crate::i18n::join(&self.notes, lang, NOTE_SEPARATOR))
    }
}

fn serialize_notes<S: serde::Serializer>(notes: &[Text], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&crate::i18n::join(
        notes,
        crate::i18n::Lang::En,
        NOTE_SEPARATOR,
    ))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Ok,
    Failed,
    /// Its own lines were not recognised, but a later step was seen ok, so
    /// it must have happened.
    Inferred,
    NotSeen,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Ok,
        Status::Failed,
        Status::Inferred,
        Status::NotSeen,
    ];

    /// The word a person reads.
    pub fn text(self) -> Text {
        Text::key(match self {
            Status::Ok => "status-ok",
            Status::Failed => "status-failed",
            Status::Inferred => "status-inferred",
            Status::NotSeen => "status-not-seen",
        })
    }
}

/// The registration steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepId {
    AppStart,
    Entitlements,
    BwcInit,
    Token,
    DeviceList,
    ConfigDownload,
    SipRegister,
    Registered,
    /// Step 5 of the guide's sequence: the SBC's REGISTER to the AS and
    /// the AS's answer, from the AS log; a step only when one is in the
    /// bundle.
    AsRegister,
}

impl StepId {
    pub const ALL: [StepId; 9] = [
        StepId::AppStart,
        StepId::Entitlements,
        StepId::BwcInit,
        StepId::Token,
        StepId::DeviceList,
        StepId::ConfigDownload,
        StepId::SipRegister,
        StepId::Registered,
        StepId::AsRegister,
    ];

    pub fn name(self) -> &'static str {
        match self {
            StepId::AppStart => "app-start",
            StepId::Entitlements => "entitlements",
            StepId::BwcInit => "bwc-init",
            StepId::Token => "token",
            StepId::DeviceList => "device-list",
            StepId::ConfigDownload => "config-download",
            StepId::SipRegister => "sip-register",
            StepId::Registered => "registered",
            StepId::AsRegister => "as-register",
        }
    }

    /// The step's name as a person reads it.
    pub fn text(self) -> Text {
        Text::key(format!("step-{}", self.name()))
    }
}

/// One step of the registration sequence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub step: StepId,
    pub status: Status,
    pub at: Option<DateTime<Utc>>,
    /// Milliseconds since the previous step that has a time; never negative.
    pub since_previous_ms: Option<i64>,
    /// Serialised by the JSON report, which reads the line from the bundle.
    #[serde(skip)]
    pub evidence: Option<Evidence>,
}

/// One sign-in attempt: the steps from app start to registered.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    pub started: Option<DateTime<Utc>>,
    /// Which run of the app (oldest first) the attempt belongs to.
    pub run: usize,
    pub steps: Vec<Step>,
}

impl Attempt {
    pub fn status(&self, step: StepId) -> Status {
        self.steps
            .iter()
            .find(|s| s.step == step)
            .map_or(Status::NotSeen, |s| s.status)
    }

    /// The first step that failed, if one did.
    pub fn failed_step(&self) -> Option<&Step> {
        self.steps.iter().find(|s| s.status == Status::Failed)
    }
}

/// Which log a sign-in step was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    Client,
    Server,
}

/// A step of the joined sign-in sequence. Each side keeps its own clock.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SignInStep {
    pub side: Side,
    /// The guide's ladder number (`2.1`, `5.4`, `6`) or the client step id.
    pub step: String,
    pub name: Text,
    pub status: Status,
    pub at: Option<DateTime<Utc>>,
    pub tracking_id: Option<String>,
    /// Serialised by the JSON report, which reads the line from the bundle.
    #[serde(skip)]
    pub evidence: Option<Evidence>,
}

/// The one sentence a helpdesk reader sees first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub severity: Option<Severity>,
    /// The decisive finding, if one decides.
    pub finding: Option<FindingId>,
    pub summary: Text,
}

/// Everything the outputs show about one bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub verdict: Verdict,
    /// Escalation facts by name (`user_email`, `client_version`, …).
    pub facts: BTreeMap<String, serde_json::Value>,
    /// The steps of the newest attempt, which drives the verdict.
    pub timeline: Vec<Step>,
    /// Every attempt in the bundle, oldest first.
    pub attempts: Vec<Attempt>,
    /// Findings, most decisive first.
    pub findings: Vec<Finding>,
    /// The sign-in as the XSP logged it, joined with the client's newest
    /// attempt when both are in the bundle, and the client's steps 1, 2.3
    /// and 3 of its newest sign-in; empty when neither shows one.
    pub sign_in: Vec<SignInStep>,
    /// How the client and server sides were joined, if they were.
    pub sign_in_join: Option<Text>,
    /// The SIP and HTTP exchanges, for the ladder diagram.
    pub exchanges: Vec<Exchange>,
    /// Every call (INVITE dialog) of the bundle, in the order they began.
    pub calls: Vec<Call>,
    /// The mobile push subscriptions the AS logged, one per registration.
    pub push_subscriptions: Vec<PushSubscription>,
    /// What went wrong in the analysis itself (a broken signature file).
    pub problems: Vec<String>,
}

/// A push token a mobile device registered with BroadWorks for calls.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PushSubscription {
    #[serde(rename = "time")]
    pub at: Option<DateTime<Utc>>,
    pub platform: Option<String>,
    pub user: Option<String>,
    /// Shortened: enough to tell two apart, not to use one.
    pub token: Option<String>,
    /// The kind of token or push service (`voip`, `apns`, `fcm`).
    pub service: Option<String>,
    pub application: Option<String>,
    /// Serialised by the JSON report, which reads the line from the bundle.
    #[serde(skip)]
    pub evidence: Evidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The Webex app (with its BroadWorks calling library).
    App,
    /// Webex cloud services: IdP proxy, provisioning bridge.
    Cloud,
    /// The XSP: Xsi-Actions and authService.
    Xsp,
    /// Device management on the XSP.
    Dms,
    Sbc,
    /// The Application Server.
    As,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::App,
        Role::Cloud,
        Role::Xsp,
        Role::Dms,
        Role::Sbc,
        Role::As,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Role::App => "Webex app",
            Role::Cloud => "Webex cloud / IdP proxy",
            Role::Xsp => "XSP (Xsi)",
            Role::Dms => "DMS",
            Role::Sbc => "SBC",
            Role::As => "AS",
        }
    }
}

/// One arrow of the ladder.
#[derive(Debug, Clone, PartialEq)]
pub struct Exchange {
    pub from: Role,
    pub to: Role,
    /// Method or status: `REGISTER`, `401 Unauthorized`, `GET profile/device`, `200`.
    /// Shared between the arrows that read the same: a bundle of a
    /// gigabyte draws a hundred thousand arrows with a handful of labels.
    pub label: Arc<str>,
    pub millis: Option<i64>,
    /// A rejection, an error answer, a timeout, a challenge to credentials
    /// already sent, or a line a finding cites as its evidence.
    pub failed: bool,
    /// The record holding the raw message.
    pub at: RecordRef,
    /// The dialog or request it belongs to: the SIP Call-ID, or the HTTP
    /// tracking id. Shared like the labels.
    pub group: Option<Arc<str>>,
    /// The SIP message, for its whole text however the log printed it
    /// (over several records or lines); its text is shared with the event
    /// it was read from, not copied.
    pub message: Option<Arc<SipMessage>>,
}

/// Who placed a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CallDirection {
    /// The app sent the INVITE.
    Outgoing,
    Incoming,
    /// The log does not say which way the INVITE went.
    Unknown,
}

impl CallDirection {
    pub fn text(self) -> Text {
        Text::key(match self {
            CallDirection::Outgoing => "call-outgoing",
            CallDirection::Incoming => "call-incoming",
            CallDirection::Unknown => "call-direction-unknown",
        })
    }
}

/// How a call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CallOutcome {
    /// A 2xx answered the INVITE.
    Answered,
    /// A final error answer (other than 487 after a CANCEL).
    Failed,
    /// CANCEL before an answer, or 487 Request Terminated.
    Cancelled,
    /// The log ends before the INVITE got a final answer.
    Unknown,
}

impl CallOutcome {
    pub fn text(self) -> Text {
        Text::key(match self {
            CallOutcome::Answered => "call-answered",
            CallOutcome::Failed => "call-failed",
            CallOutcome::Cancelled => "call-cancelled",
            CallOutcome::Unknown => "call-outcome-unknown",
        })
    }
}

/// A mid-call feature, as the dialog's requests show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MidCall {
    /// A re-INVITE whose offer stops the audio (RFC 3264 §8.4).
    Hold,
    /// A re-INVITE that sends and receives again after a hold.
    Resume,
    /// A REFER (RFC 3515).
    Transfer,
}

/// One call: the INVITE dialog of one Call-ID, with the media engine's
/// figures while it lasted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Call {
    pub call_id: String,
    pub direction: CallDirection,
    /// The From and To URIs of the first INVITE.
    pub from: Option<String>,
    pub to: Option<String>,
    pub started: Option<DateTime<Utc>>,
    pub answered: Option<DateTime<Utc>>,
    pub ended: Option<DateTime<Utc>>,
    pub outcome: CallOutcome,
    /// The final answer to the call's INVITE: 200, or the error that ended
    /// it.
    pub final_status: Option<u16>,
    pub final_reason: Option<String>,
    /// The audio codecs of the answer's SDP (the negotiated ones); of the
    /// offer while the call is not answered; else those the media engine
    /// printed during the call.
    pub codecs: Vec<String>,
    /// The worst figures of the audio quality lines during the call:
    /// percent lost, jitter and round trip in milliseconds.
    pub packet_loss: Option<f32>,
    pub jitter_ms: Option<f32>,
    pub rtt_ms: Option<f32>,
    /// Mid-call features seen, in the order they first happened.
    pub mid_call: Vec<MidCall>,
    /// The INVITE, the final answer, the end and the worst quality lines.
    #[serde(skip)]
    pub evidence: Vec<Evidence>,
    /// The worst quality line of each figure: loss, jitter, round trip.
    #[serde(skip)]
    pub worst: [Option<Evidence>; 3],
}

impl Call {
    /// The final answer as a person reads it: `486 Busy Here`.
    pub fn answer(&self) -> Option<String> {
        let status = self.final_status?;
        Some(match &self.final_reason {
            Some(reason) => format!("{status} {reason}"),
            None => status.to_string(),
        })
    }

    /// The media figures of the call in one line (`loss 8.3 % · jitter
    /// 61 ms · round trip 420 ms`), if the media engine reported any.
    pub fn figures(&self) -> Option<Text> {
        let parts: Vec<Text> = [
            ("call-loss", self.packet_loss),
            ("call-jitter", self.jitter_ms),
            ("call-rtt", self.rtt_ms),
        ]
        .into_iter()
        .filter_map(|(key, v)| Some(Text::key(key).str("figure", format!("{:.1}", v?))))
        .collect();
        (!parts.is_empty()).then_some(Text::Join(parts, " · "))
    }

    /// The mid-call features as a person reads them, if there were any.
    pub fn mid_call_text(&self) -> Option<Text> {
        let parts: Vec<Text> = self
            .mid_call
            .iter()
            .map(|f| {
                Text::key(match f {
                    MidCall::Hold => "call-feature-hold",
                    MidCall::Resume => "call-feature-resume",
                    MidCall::Transfer => "call-feature-transfer",
                })
            })
            .collect();
        (!parts.is_empty()).then_some(Text::Join(parts, ", "))
    }
}
