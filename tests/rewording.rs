//! Rewording: every client and server scenario's protocol facts printed in
//! ten styles, none of them our samples' wording, and the same findings,
//! timeline and escalation facts expected in every style.
//!
//! A scenario is a list of abstract steps (the app starts, the user signs
//! in, a request goes to the IdP proxy, an answer comes back, a REGISTER is
//! sent …); a style prints each step the way some build of the app, some
//! platform or some server release might: JSON objects, `key=value`,
//! multi-line request and response dumps, answers that name only the
//! tracking id, arrows, indented labels, a fact per record, compact SIP
//! headers with written-out carriage returns, older CSF lines mixed in, and
//! Android logcat dumps without a year. The styles also vary the layout:
//! the BWC log in its own file or not, a rotated and gzipped file, nested
//! folders. What must come out is stated once per scenario.

use std::io::Write;
use std::path::Path;

use wxbw_doctor::analysis::catalogue::Catalogue;
use wxbw_doctor::analysis::{Analysis, Severity, Status, analyze_with};
use wxbw_doctor::record::Bundle;
use wxbw_doctor::source::ReadOptions;

// ---------------------------------------------------------------- the facts

const EMAIL: &str = "lena.okafor@example.org";
const USER_ID: &str = "5b0e2c1a-7d43-4e8f-9a61-0c2d3e4f5a6b";
const ORG_ID: &str = "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const VERSION: &str = "44.6.1.30455";
const BW_USER: &str = "2145550187@voice.example.org";
const BW_USER_URL: &str = "2145550187%40voice.example.org";
const XSP: &str = "xsp2.voice.example.org";
const SBC_HOST: &str = "sbc-east.voice.example.org";
const SBC_IP: &str = "203.0.113.61";
/// The second SBC a failover goes on to.
const SBC2: &str = "203.0.113.62:5061";
const SIP_USER: &str = "2145550187_wxt";
const LOCAL: &str = "192.0.2.44:50312";
const TOKEN_ID: &str = "CLIENT_a1b2c3d4-1111-4222-8333-944455556666";
const XSI_ID: &str = "CLIENT_b2c3d4e5-2222-4333-8444-a55566667777";
const XSI_RETRY_ID: &str = "CLIENT_c3d4e5f6-3333-4444-8555-b66677778888";
const DMS_ID: &str = "CLIENT_d4e5f6a7-4444-4555-8666-c77788889999";
const DISCOVERY_ID: &str = "CLIENT_e5f6a7b8-5555-4666-8777-d8889999aaaa";
const CI_TOKEN_ID: &str = "CLIENT_f6a7b8c9-6666-4777-8888-e9990000bbbb";
const ALL_ENTITLEMENTS: &[&str] = &[
    "spark",
    "webex-squared",
    "squared-call-initiation",
    "broadworks-connector",
    "cloudmeetings",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Svc {
    Token,
    Xsi,
    Dms,
    /// Signing in: the user discovery with the email typed (step 1).
    Discovery,
    /// Signing in: the SAML assertion exchanged at CI (step 3).
    CiToken,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Platform {
    Windows,
    Mac,
    Ios,
    Android,
}

impl Platform {
    fn family(self) -> &'static str {
        match self {
            Platform::Windows => "windows",
            Platform::Mac => "macos",
            Platform::Ios => "ios",
            Platform::Android => "android",
        }
    }

    fn written(self) -> &'static str {
        match self {
            Platform::Windows => "Windows 11",
            Platform::Mac => "macOS 14.5",
            Platform::Ios => "iOS 17.4",
            Platform::Android => "Android 14",
        }
    }

    fn device_type(self) -> &'static str {
        match self {
            Platform::Windows | Platform::Mac => "Business Communicator - PC",
            Platform::Ios | Platform::Android => "Connect - Mobile",
        }
    }

    fn dms_path(self) -> &'static str {
        match self {
            Platform::Windows | Platform::Mac => "/dms/bc/pc/config.xml",
            Platform::Ios | Platform::Android => "/dms/bc/connect/config.xml",
        }
    }
}

fn url(svc: Svc, p: Platform) -> String {
    match svc {
        Svc::Token => format!(
            "https://broadworks-idp-proxy-b.wbx2.example.com/broadworks-idp-proxy/api/v1/users/{USER_ID}/jwt"
        ),
        Svc::Xsi => format!(
            "https://{XSP}/com.broadsoft.xsi-actions/v2.0/user/{BW_USER_URL}/profile/device"
        ),
        Svc::Dms => format!("https://{XSP}{}", p.dms_path()),
        Svc::Discovery => {
            "https://u2c-k.wbx2.example.com/u2c/api/v1/user/catalog?email=lena.okafor%40example.org"
                .to_owned()
        }
        Svc::CiToken => "https://idbroker-eu.example.com/idb/oauth2/v1/access_token".to_owned(),
    }
}

/// A body an answer carries.
#[derive(Clone, Debug)]
enum Body {
    Devices(Vec<&'static str>),
    Config { address: &'static str },
}

impl Body {
    fn lines(&self) -> Vec<String> {
        match self {
            Body::Devices(types) => {
                let mut l = vec![
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".to_owned(),
                    "<AccessDevices xmlns=\"http://schema.broadsoft.com/xsi\">".to_owned(),
                ];
                for t in types {
                    l.push("  <accessDevice>".into());
                    l.push(format!("    <deviceType>{t}</deviceType>"));
                    l.push(format!(
                        "    <deviceTypeUrl>https://{XSP}/dms/bc/any/</deviceTypeUrl>"
                    ));
                    l.push("  </accessDevice>".into());
                }
                l.push("</AccessDevices>".into());
                l
            }
            Body::Config { address } => vec![
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".into(),
                "<config>".into(),
                "  <protocols><sip>".into(),
                format!("    <proxy address=\"{address}\" port=\"5061\"/>"),
                format!(
                    "    <credentials><username>{SIP_USER}</username><password>***</password></credentials>"
                ),
                "  </sip></protocols>".into(),
                "</config>".into(),
            ],
        }
    }
}

/// One thing that happens, before it is printed.
#[derive(Clone, Debug)]
enum Step {
    Start,
    Identity,
    Entitlements(Vec<&'static str>),
    Behavior(&'static str),
    PortalCode(u32),
    WebexCalling,
    BwcStart,
    Request(Svc, &'static str),
    Answer(Svc, &'static str, u16, Option<Body>),
    Sip {
        out: bool,
        peer: &'static str,
        msg: String,
    },
    TimerF(&'static str),
    Refused(&'static str),
    ErrorCode(u32),
    /// An error of the calling library no finding explains.
    Stuck,
    /// Time passing with the app's chatter.
    Wait(i64),
}

// ------------------------------------------------------------ the scenarios

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Client {
    Healthy,
    NoEntitlement,
    SpStandard,
    Behavior,
    PortalCode,
    MultiService,
    TokenFail,
    XsiFail,
    XsiDigestOk,
    DmsDigestOk,
    DeviceMissing,
    DmsFail,
    Parse1507,
    UnresolvedSbcTag,
    Rejected,
    Timeout,
    Refused,
    AuthLoop401,
    AuthLoop407,
    DisplacedRefresh,
    DisplacedNotify,
    Failover,
    LastRunFailed,
    /// Configured, then stopped for a reason no finding knows.
    Unexplained,
    /// The email looked up, then CI refuses the SAML assertion.
    SsoRefused,
    /// Webex Calling in use, BroadWorks calling never.
    WebexCallingOnly,
}

const CLIENTS: [Client; 26] = [
    Client::Healthy,
    Client::NoEntitlement,
    Client::SpStandard,
    Client::Behavior,
    Client::PortalCode,
    Client::MultiService,
    Client::TokenFail,
    Client::XsiFail,
    Client::XsiDigestOk,
    Client::DmsDigestOk,
    Client::DeviceMissing,
    Client::DmsFail,
    Client::Parse1507,
    Client::UnresolvedSbcTag,
    Client::Rejected,
    Client::Timeout,
    Client::Refused,
    Client::AuthLoop401,
    Client::AuthLoop407,
    Client::DisplacedRefresh,
    Client::DisplacedNotify,
    Client::Failover,
    Client::LastRunFailed,
    Client::Unexplained,
    Client::SsoRefused,
    Client::WebexCallingOnly,
];

fn contact(ip: &str) -> String {
    format!("<sip:{SIP_USER}@{ip};transport=tls>")
}

fn register(cseq: u32, auth: Option<&str>, compact: bool) -> String {
    let auth = match auth {
        Some(h) => format!(
            "{h}: Digest username=\"{SIP_USER}\",realm=\"BroadWorks\",nonce=\"n{cseq}\",response=\"0a1b\"\n"
        ),
        None => String::new(),
    };
    let (v, f, t, i, m, l) = if compact {
        ("v", "f", "t", "i", "m", "l")
    } else {
        ("Via", "From", "To", "Call-ID", "Contact", "Content-Length")
    };
    format!(
        "REGISTER sip:voice.example.org SIP/2.0\n{v}: SIP/2.0/TLS {LOCAL};branch=z9hG4bK{cseq}x\n{f}: <sip:{SIP_USER}@voice.example.org>;tag=7f\n{t}: <sip:{SIP_USER}@voice.example.org>\n{i}: 4e5f6a@192.0.2.44\nCSeq: {cseq} REGISTER\n{m}: {}\n{auth}Expires: 3600\n{l}: 0\n",
        contact("192.0.2.44:50312")
    )
}

fn answer(cseq: u32, status: &str, extra: &str, compact: bool) -> String {
    let (v, i, l) = if compact {
        ("v", "i", "l")
    } else {
        ("Via", "Call-ID", "Content-Length")
    };
    format!(
        "SIP/2.0 {status}\n{v}: SIP/2.0/TLS {LOCAL};branch=z9hG4bK{cseq}x\n{i}: 4e5f6a@192.0.2.44\nCSeq: {cseq} REGISTER\n{extra}{l}: 0\n"
    )
}

fn challenge(cseq: u32, proxy: bool, compact: bool) -> String {
    let (code, header) = if proxy {
        ("407 Proxy Authentication Required", "Proxy-Authenticate")
    } else {
        ("401 Unauthorized", "WWW-Authenticate")
    };
    answer(
        cseq,
        code,
        &format!(
            "{header}: Digest realm=\"BroadWorks\",nonce=\"n{}\"\n",
            cseq + 1
        ),
        compact,
    )
}

fn notify_rejected() -> String {
    format!(
        "NOTIFY sip:{SIP_USER}@192.0.2.44:50312 SIP/2.0\nVia: SIP/2.0/TLS {SBC_IP}:5061;branch=z9hG4bKn1\nCall-ID: 77aa@192.0.2.44\nCSeq: 2 NOTIFY\nEvent: reg\nContent-Type: application/reginfo+xml\n\n<reginfo xmlns=\"urn:ietf:params:xml:ns:reginfo\" version=\"1\" state=\"partial\"><registration aor=\"sip:{SIP_USER}@voice.example.org\" id=\"r1\" state=\"active\"><contact id=\"c1\" state=\"terminated\" event=\"rejected\"><uri>sip:{SIP_USER}@192.0.2.44:50312;transport=tls</uri></contact><contact id=\"c2\" state=\"active\" event=\"created\"><uri>sip:{SIP_USER}@198.51.100.9:49152;transport=tls</uri></contact></registration></reginfo>\n"
    )
}

/// The steps of a scenario, for the SIP printing `compact` asks for, with
/// the token fetched before the library's start when `token_first`.
fn steps(c: Client, p: Platform, compact: bool, token_first: bool) -> Vec<Step> {
    use Step::*;
    let sbc: &'static str = "203.0.113.61:5061";
    let sbc2: &'static str = SBC2;
    let mut s = vec![Wait(1_000), Start, Wait(2_000), Identity, Wait(1_500)];
    let ents: Vec<&'static str> = match c {
        Client::NoEntitlement => vec!["spark", "webex-squared", "cloudmeetings"],
        Client::WebexCallingOnly => {
            vec!["spark", "webex-squared", "cloudmeetings", "bc-sp-standard"]
        }
        Client::SpStandard => {
            let mut e = ALL_ENTITLEMENTS.to_vec();
            e.push("bc-sp-standard");
            e
        }
        _ => ALL_ENTITLEMENTS.to_vec(),
    };
    s.push(Entitlements(ents));
    s.push(Wait(300));
    s.push(Behavior(if c == Client::Behavior {
        "CALL_WITH_APP_REGISTERED_FOR_CISCOTEL"
    } else {
        "NATIVE_WEBEX_TEAMS_CALLING"
    }));
    s.push(Wait(2_000));
    match c {
        Client::NoEntitlement | Client::Behavior => return s,
        Client::PortalCode => {
            s.push(PortalCode(200018));
            return s;
        }
        Client::MultiService => s.extend([WebexCalling, Wait(500)]),
        Client::WebexCallingOnly => {
            s.push(WebexCalling);
            return s;
        }
        Client::SsoRefused => {
            s.extend([
                Request(Svc::Discovery, DISCOVERY_ID),
                Wait(300),
                Answer(Svc::Discovery, DISCOVERY_ID, 200, None),
                Wait(8_000),
                Request(Svc::CiToken, CI_TOKEN_ID),
                Wait(400),
                Answer(Svc::CiToken, CI_TOKEN_ID, 401, None),
            ]);
            return s;
        }
        _ => {}
    }
    // Some builds fetch the token before the library says it starts.
    if token_first {
        s.extend([Request(Svc::Token, TOKEN_ID), Wait(700)]);
    } else {
        s.extend([
            BwcStart,
            Wait(400),
            Request(Svc::Token, TOKEN_ID),
            Wait(700),
        ]);
    }
    if c == Client::TokenFail {
        s.push(Answer(Svc::Token, TOKEN_ID, 503, None));
        return s;
    }
    s.extend([Answer(Svc::Token, TOKEN_ID, 200, None), Wait(900)]);
    if token_first {
        s.extend([BwcStart, Wait(300)]);
    }
    let all_types = vec![
        "Business Communicator - PC",
        "Connect - Mobile",
        "Business Communicator - Tablet",
    ];
    let mut types = all_types.clone();
    if c == Client::DeviceMissing {
        types.retain(|t| *t != p.device_type());
    }
    s.push(Request(Svc::Xsi, XSI_ID));
    s.push(Wait(500));
    match c {
        Client::XsiFail => {
            s.push(Answer(Svc::Xsi, XSI_ID, 403, None));
            return s;
        }
        Client::XsiDigestOk => {
            s.extend([
                Answer(Svc::Xsi, XSI_ID, 401, None),
                Wait(200),
                Request(Svc::Xsi, XSI_RETRY_ID),
                Wait(400),
                Answer(
                    Svc::Xsi,
                    XSI_RETRY_ID,
                    200,
                    Some(Body::Devices(types.clone())),
                ),
            ]);
        }
        _ => s.push(Answer(Svc::Xsi, XSI_ID, 200, Some(Body::Devices(types)))),
    }
    if c == Client::DeviceMissing {
        return s;
    }
    s.extend([Wait(600), Request(Svc::Dms, DMS_ID), Wait(450)]);
    let address = if c == Client::UnresolvedSbcTag {
        "%SBC_ADDRESS_WXT%"
    } else {
        SBC_HOST
    };
    let config = Some(Body::Config { address });
    match c {
        Client::DmsFail => {
            s.push(Answer(Svc::Dms, DMS_ID, 404, None));
            return s;
        }
        Client::DmsDigestOk => s.extend([
            Answer(Svc::Dms, DMS_ID, 401, None),
            Wait(150),
            Request(Svc::Dms, DMS_ID),
            Wait(300),
            Answer(Svc::Dms, DMS_ID, 200, config),
        ]),
        _ => s.push(Answer(Svc::Dms, DMS_ID, 200, config)),
    }
    s.push(Wait(500));
    match c {
        Client::Parse1507 => {
            s.push(ErrorCode(1507));
            return s;
        }
        Client::Refused => {
            s.extend([Refused(sbc), Wait(4_000), Refused(sbc), Wait(40_000)]);
            return s;
        }
        Client::UnresolvedSbcTag => return s,
        Client::Unexplained => {
            s.extend([Stuck, Wait(60_000)]);
            return s;
        }
        _ => {}
    }
    let ok = |cseq| {
        answer(
            cseq,
            "200 OK",
            &format!("Contact: {};expires=3600\n", contact(LOCAL)),
            compact,
        )
    };
    let out = |msg: String| Sip {
        out: true,
        peer: sbc,
        msg,
    };
    let back = |msg: String| Sip {
        out: false,
        peer: sbc,
        msg,
    };
    if c == Client::Failover {
        s.extend([
            Sip {
                out: true,
                peer: sbc,
                msg: register(1, None, compact),
            },
            Wait(32_500),
            TimerF(sbc),
            Wait(300),
            Sip {
                out: true,
                peer: sbc2,
                msg: register(2, None, compact),
            },
            Wait(80),
            Sip {
                out: false,
                peer: sbc2,
                msg: challenge(2, false, compact),
            },
            Wait(60),
            Sip {
                out: true,
                peer: sbc2,
                msg: register(3, Some("Authorization"), compact),
            },
            Wait(90),
            Sip {
                out: false,
                peer: sbc2,
                msg: answer(
                    3,
                    "200 OK",
                    &format!("Contact: {};expires=3600\n", contact(LOCAL)),
                    compact,
                ),
            },
            Wait(60_000),
        ]);
        return s;
    }
    s.push(out(register(1, None, compact)));
    s.push(Wait(120));
    if c == Client::Timeout {
        s.extend([Wait(33_000), TimerF(sbc), Wait(30_000)]);
        return s;
    }
    let proxy = c == Client::AuthLoop407;
    let auth = if proxy {
        "Proxy-Authorization"
    } else {
        "Authorization"
    };
    s.extend([
        back(challenge(1, proxy, compact)),
        Wait(80),
        out(register(2, Some(auth), compact)),
        Wait(110),
    ]);
    match c {
        Client::Rejected => {
            s.push(back(answer(2, "403 Forbidden", "", compact)));
            return s;
        }
        Client::AuthLoop401 | Client::AuthLoop407 => {
            s.extend([
                back(challenge(2, proxy, compact)),
                Wait(80),
                out(register(3, Some(auth), compact)),
                Wait(100),
                back(challenge(3, proxy, compact)),
            ]);
            return s;
        }
        _ => {}
    }
    s.push(back(ok(2)));
    s.push(Wait(20_000));
    match c {
        Client::DisplacedRefresh => s.extend([
            Wait(300_000),
            out(register(4, Some(auth), compact)),
            Wait(100),
            back(answer(
                4,
                "200 OK",
                "Contact: <sip:2145550187_wxt@198.51.100.9:49152;transport=tls>;expires=3400\n",
                compact,
            )),
        ]),
        Client::DisplacedNotify => s.extend([Wait(200_000), back(notify_rejected())]),
        _ => {}
    }
    s.push(Wait(10_000));
    s
}

struct Expect {
    must: Vec<&'static str>,
    must_not: Vec<&'static str>,
    healthy: bool,
    steps: Vec<(&'static str, Status)>,
    /// How far the facts go: 0 identity only, 1 + XSI, 2 + SIP.
    reach: u8,
}

fn expect(c: Client) -> Expect {
    use Status::*;
    let ok_to = |n: usize| -> Vec<(&'static str, Status)> {
        [
            "entitlements",
            "bwc-init",
            "token",
            "device-list",
            "config-download",
            "sip-register",
            "registered",
        ]
        .into_iter()
        .take(n)
        .map(|s| (s, Ok))
        .collect()
    };
    let with = |mut v: Vec<(&'static str, Status)>, more: &[(&'static str, Status)]| {
        v.extend_from_slice(more);
        v
    };
    let e = |must: Vec<&'static str>, steps: Vec<(&'static str, Status)>, reach: u8| Expect {
        must,
        must_not: vec![],
        healthy: false,
        steps,
        reach,
    };
    match c {
        Client::Healthy | Client::XsiDigestOk | Client::DmsDigestOk => Expect {
            must: vec![],
            must_not: vec!["xsi-request-failed", "config-download-failed"],
            healthy: true,
            steps: ok_to(7),
            reach: 2,
        },
        Client::LastRunFailed => Expect {
            must: vec![],
            must_not: vec!["sip-register-rejected"],
            healthy: true,
            steps: ok_to(7),
            reach: 2,
        },
        Client::Failover => Expect {
            must: vec!["sip-register-failover"],
            must_not: vec!["sip-register-timeout"],
            healthy: true,
            steps: ok_to(7),
            reach: 2,
        },
        Client::NoEntitlement => e(
            vec!["entitlement-missing"],
            vec![("entitlements", Failed), ("registered", NotSeen)],
            0,
        ),
        Client::SpStandard => e(vec!["conflicting-calling-entitlement"], vec![], 2),
        Client::Behavior => e(
            vec!["calling-behavior-not-webex"],
            vec![("registered", NotSeen)],
            0,
        ),
        Client::PortalCode => e(
            vec!["activation-portal-error"],
            vec![("registered", NotSeen)],
            0,
        ),
        Client::MultiService => e(vec!["multiple-calling-services"], ok_to(7), 2),
        Client::SsoRefused => e(vec!["sso-failed"], vec![], 0),
        Client::WebexCallingOnly => Expect {
            must: vec!["webex-calling-only"],
            must_not: vec![
                "conflicting-calling-entitlement",
                "multiple-calling-services",
                "entitlement-missing",
                "registration-stopped",
            ],
            healthy: false,
            steps: vec![],
            reach: 0,
        },
        Client::TokenFail => e(
            vec!["token-fetch-failed"],
            with(
                ok_to(1),
                &[
                    ("token", Failed),
                    ("device-list", NotSeen),
                    ("registered", NotSeen),
                ],
            ),
            0,
        ),
        Client::XsiFail => e(
            vec!["xsi-request-failed"],
            with(
                ok_to(3),
                &[("device-list", Failed), ("registered", NotSeen)],
            ),
            1,
        ),
        Client::DeviceMissing => e(
            vec!["device-profile-missing"],
            with(
                ok_to(3),
                &[("device-list", Failed), ("registered", NotSeen)],
            ),
            1,
        ),
        Client::DmsFail => e(
            vec!["config-download-failed"],
            with(
                ok_to(4),
                &[("config-download", Failed), ("registered", NotSeen)],
            ),
            1,
        ),
        Client::Parse1507 => e(
            vec!["config-parse-failed"],
            with(
                ok_to(4),
                &[("config-download", Failed), ("registered", NotSeen)],
            ),
            1,
        ),
        Client::UnresolvedSbcTag => e(
            vec!["unresolved-config-tag"],
            with(ok_to(5), &[("registered", NotSeen)]),
            1,
        ),
        Client::Unexplained => e(
            vec!["registration-stopped"],
            with(
                ok_to(5),
                &[("sip-register", NotSeen), ("registered", NotSeen)],
            ),
            2,
        ),
        Client::Rejected => e(
            vec!["sip-register-rejected"],
            with(
                ok_to(5),
                &[("sip-register", Failed), ("registered", NotSeen)],
            ),
            2,
        ),
        Client::Timeout | Client::Refused => e(
            vec!["sip-register-timeout"],
            with(
                ok_to(5),
                &[("sip-register", Failed), ("registered", NotSeen)],
            ),
            2,
        ),
        Client::AuthLoop401 | Client::AuthLoop407 => e(
            vec!["sip-auth-failed"],
            with(
                ok_to(5),
                &[("sip-register", Failed), ("registered", NotSeen)],
            ),
            2,
        ),
        Client::DisplacedRefresh | Client::DisplacedNotify => {
            e(vec!["registration-displaced"], ok_to(5), 2)
        }
    }
}

// --------------------------------------------------------------- the styles

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    /// HTTP, identity and settings as JSON objects.
    Json,
    /// `key=value` throughout; SIP escaped on one line.
    KeyValue,
    /// Multi-line HTTP request and response dumps (request line, Host).
    Dump,
    /// Answers that name only the tracking id.
    TrackingOnly,
    /// `-->` / `<--` arrows, `local -> remote` SIP, a gzipped rotated log.
    Arrows,
    /// Indented `label : value` blocks, other function names and words,
    /// every SIP line behind its own log prefix and a marker.
    Labels,
    /// A fact per record: entitlements one by one, headers one by one.
    PerRecord,
    /// Compact SIP headers, `^M` line ends, the start line on the announcing
    /// line, semicolon lists.
    CompactSip,
    /// An iOS log with the older CSF shape mixed in.
    Csf,
    /// An Android logcat dump: no year, every line behind its prefix.
    Logcat,
}

const STYLES: [Style; 10] = [
    Style::Json,
    Style::KeyValue,
    Style::Dump,
    Style::TrackingOnly,
    Style::Arrows,
    Style::Labels,
    Style::PerRecord,
    Style::CompactSip,
    Style::Csf,
    Style::Logcat,
];

impl Style {
    fn platform(self) -> Platform {
        match self {
            Style::Json | Style::Dump | Style::Arrows | Style::PerRecord => Platform::Windows,
            Style::KeyValue | Style::TrackingOnly | Style::Labels | Style::CompactSip => {
                Platform::Mac
            }
            Style::Csf => Platform::Ios,
            Style::Logcat => Platform::Android,
        }
    }
}

/// A log being written: lines with the style's prefixes, in time order.
struct Log {
    style: Style,
    millis: i64,
    lines: Vec<String>,
    thread: u32,
}

const LEVELS: [&str; 4] = ["Debug", "Info", "Warning", "Error"];

impl Log {
    fn new(style: Style, start: i64) -> Log {
        Log {
            style,
            millis: start,
            lines: Vec::new(),
            thread: 0x3a1c,
        }
    }

    fn tick(&mut self, ms: i64) {
        self.millis += ms;
    }

    /// The prefix of a line at the current time; `level` 0 to 3.
    fn prefix(&self, level: usize, source: &str) -> String {
        let t = chrono::DateTime::from_timestamp_millis(self.millis).expect("time");
        match self.style {
            Style::Logcat => format!(
                "{}  8123 {:5} {} {:<8}: ",
                t.format("%m-%d %H:%M:%S%.3f"),
                self.thread % 30000,
                ["D", "I", "W", "E"][level],
                source
            ),
            _ => format!(
                "{} <{}> [0x{:x}][]{source}.cpp:{} ",
                t.format("%Y-%m-%dT%H:%M:%S%.3fZ"),
                LEVELS[level],
                self.thread,
                100 + source.len()
            ),
        }
    }

    fn csf(&mut self, level: usize, func: &str, msg: &str) {
        let t = chrono::DateTime::from_timestamp_millis(self.millis).expect("time");
        self.lines.push(format!(
            "{} {:<5} [0x16f41b000] [bwc/{func}.cpp(412)] [csf.bwc] [{func}] - {msg}",
            t.format("%Y-%m-%d %H:%M:%S,%3f"),
            ["DEBUG", "INFO", "WARN", "ERROR"][level]
        ));
    }

    /// One record: a line with the prefix, then continuation lines as they
    /// are (a logcat print gives every line the prefix).
    fn print(&mut self, level: usize, source: &str, first: &str, more: &[String]) {
        let p = self.prefix(level, source);
        self.lines.push(format!("{p}{first}"));
        for l in more {
            if self.style == Style::Logcat {
                self.lines.push(format!("{p}{l}"));
            } else {
                self.lines.push(l.clone());
            }
        }
    }

    /// A record per line, all in one millisecond.
    fn each(&mut self, level: usize, source: &str, lines: &[String]) {
        let p = self.prefix(level, source);
        for l in lines {
            self.lines.push(format!("{p}{l}"));
        }
    }

    fn noise(&mut self, n: usize) {
        const CHATTER: [(&str, &str); 8] = [
            (
                "PresenceService",
                "onStatusUpdate:contact 3af7c47a status=online ttl 745s",
            ),
            (
                "RestClient",
                "onComplete:GET https://avatar-a.wbx2.example.com/api/v1/avatar/profile -> 404 (88 ms) trackingId=WBXAPP_0e1f2a3b-4c5d_12",
            ),
            (
                "MeetingsModel",
                "refresh:calendar refresh: 12 meetings, 3 changed",
            ),
            (
                "KmsClient",
                "fetchKey:key kms://kms-a.example.com/keys/1b2c cached",
            ),
            (
                "TelemetryUploader",
                "flush:metrics batch sent: 52 events, 65678 bytes, result=204",
            ),
            (
                "NetworkMonitor",
                "onChange:reachability=wifi ipv4=192.0.2.44 received 452 bytes",
            ),
            (
                "ContactResolver",
                "resolve:resolved 45 people, user email=colleague@example.org in contacts {\"contact\": {\"email\": \"c2@example.org\", \"orgId\": \"00000000-0000-4000-8000-000000000000\"}}",
            ),
            (
                "UpdateChecker",
                "check:no newer build on channel 'gold', current version 44.6.1.30455",
            ),
        ];
        for k in 0..n {
            let (source, msg) = CHATTER[(self.millis as usize / 7 + k) % CHATTER.len()];
            let keep = self.thread;
            self.thread = 0x1000 + k as u32;
            self.print(0, source, msg, &[]);
            self.thread = keep;
            self.tick(37);
        }
    }
}

fn entitlement_lines(ents: &[&str], style: Style) -> (String, Vec<String>) {
    let quoted: Vec<String> = ents.iter().map(|e| format!("\"{e}\"")).collect();
    match style {
        Style::Json => (
            format!("update:{{\"entitlements\": [{}]}}", quoted.join(", ")),
            vec![],
        ),
        // Under a name of its own, not the word.
        Style::Csf => (
            format!("FeatureSet: ents={} (n={})", ents.join(";"), ents.len()),
            vec![],
        ),
        Style::KeyValue => (format!("sync:entitlements=[{}]", ents.join(",")), vec![]),
        Style::Dump => (
            format!("update:User entitlements: {}", ents.join(", ")),
            vec![],
        ),
        Style::TrackingOnly => (
            format!(
                "update:loaded {} entitlements → {} (cached)",
                ents.len(),
                ents.join(" / ")
            ),
            vec![],
        ),
        Style::Arrows | Style::Logcat => {
            let mut more: Vec<String> = quoted.iter().map(|q| format!("    {q},")).collect();
            more.push("  ]".into());
            ("load:  \"entitlements\": [".into(), more)
        }
        Style::Labels => (
            "dump:entitlements:".into(),
            ents.iter().map(|e| format!("  - {e}")).collect(),
        ),
        Style::CompactSip => (format!("apply:entitlements: {}", ents.join("; ")), vec![]),
        Style::PerRecord => (String::new(), vec![]),
    }
}

/// Prints one step in a style.
fn print(log: &mut Log, step: &Step, p: Platform) {
    let style = log.style;
    let csf = style == Style::Csf;
    match step {
        Step::Wait(ms) => {
            let n = ((*ms / 400) as usize).clamp(1, 40);
            log.noise(n);
            log.tick(ms - 37 * n as i64);
        }
        Step::Start => match style {
            Style::Json => log.print(1, "AppInfo", &format!("dump:{{\"app\":\"Webex\",\"version\":\"{VERSION}\",\"platform\":\"{}\"}}", p.written()), &[]),
            Style::KeyValue => log.print(1, "Boot", &format!("run:app=Webex version={VERSION} os={}", p.written()), &[]),
            Style::Labels => log.print(1, "About", "dump:Client:", &[format!("    version     : {VERSION}"), format!("    platform    : {}", p.written())]),
            Style::PerRecord => {
                log.print(1, "About", &format!("log:version = {VERSION}"), &[]);
                log.print(1, "About", &format!("log:system: {}", p.written()), &[]);
            }
            Style::CompactSip => log.print(1, "Startup", &format!("init:{{\"appVersion\":\"{VERSION}\",\"os\":\"{}\"}}", p.written()), &[]),
            Style::Csf => log.csf(1, "logVersion", &format!("WebexTeams client {VERSION} starting on iPhone15,2")),
            Style::Logcat => log.print(1, "WebexApp", &format!("Application.onCreate Webex {VERSION} (code 446130) {} SDK 34", p.written()), &[]),
            _ => log.print(1, "SparkApp", &format!("onStartup:Webex {VERSION} starting on {}", p.written()), &[]),
        },
        Step::Identity => match style {
            Style::Json => log.print(1, "SelfProfile", &format!("onLoaded:self {{\"id\": \"{USER_ID}\", \"emails\": [\"{EMAIL}\"], \"orgId\": \"{ORG_ID}\", \"type\": \"PERSON\"}}"), &[]),
            Style::KeyValue => log.print(1, "Session", &format!("ready:user_email={} user_id={USER_ID} org_id={ORG_ID}", EMAIL.replace('@', "%40")), &[]),
            Style::Dump => log.print(1, "AuthManager", &format!("onLoginComplete:Login complete for user {EMAIL} (userId={USER_ID}) orgId={ORG_ID}"), &[]),
            Style::TrackingOnly | Style::Arrows => log.print(1, "AuthManager", &format!("onTokenReady:signed in: email={EMAIL} uuid={USER_ID} org={ORG_ID} ci=ci-a"), &[]),
            Style::Labels => log.print(1, "AccountSummary", "dump:Signed-in account:", &[format!("    email       : {EMAIL}"), format!("    user uuid   : {USER_ID}"), format!("    org uuid    : {ORG_ID}")]),
            Style::PerRecord => {
                log.print(1, "SessionInfo", &format!("dump:  user.email  : {EMAIL}"), &[]);
                log.tick(1);
                log.print(1, "SessionInfo", &format!("dump:  user.id     : {USER_ID}"), &[]);
                log.tick(1);
                log.print(1, "SessionInfo", &format!("dump:  org.id      : {ORG_ID}"), &[]);
            }
            Style::CompactSip => log.print(1, "Me", &format!("load:{{\"self\":{{\"emailAddress\":\"{EMAIL}\",\"personId\":\"{USER_ID}\",\"organizationId\":\"{ORG_ID}\"}}}}"), &[]),
            Style::Csf => log.csf(1, "onSignedIn", &format!("signed in email={EMAIL} userId={USER_ID} orgId={ORG_ID}")),
            Style::Logcat => {
                log.print(1, "WxAuth", &format!("user_email={EMAIL}"), &[]);
                log.tick(2);
                log.print(1, "WxAuth", &format!("user_uuid={USER_ID}"), &[]);
                log.tick(2);
                log.print(1, "WxAuth", &format!("org_uuid={ORG_ID}"), &[]);
            }
        },
        Step::Entitlements(ents) => {
            if style == Style::PerRecord {
                for (i, e) in ents.iter().enumerate() {
                    log.print(1, "WxEntitlement", &format!("list:entitlement[{i}] = {e}"), &[]);
                    log.tick(1);
                }
            } else {
                let (first, more) = entitlement_lines(ents, style);
                if csf {
                    log.csf(1, "EntitlementStore", &first);
                } else {
                    log.print(1, "EntitlementStore", &first, &more);
                }
            }
        }
        Step::Behavior(b) => match style {
            Style::Json | Style::Logcat => log.print(0, "CallingPolicy", &format!("evaluate:{{\"callingBehavior\": \"{b}\", \"userOverride\": false}}"), &[]),
            Style::Labels | Style::Csf => log.print(1, "CallingPolicy", &format!("evaluate:effective calling behaviour: {b}"), &[]),
            _ => log.print(1, "CallingPolicy", &format!("evaluate:callingBehavior={b} source=org"), &[]),
        },
        Step::PortalCode(code) => match style {
            Style::Json => log.print(3, "Activation", &format!("onRedirect:{{\"portal\":\"uap\",\"errorCode\":{code}}}"), &[]),
            Style::KeyValue | Style::Logcat => log.print(3, "Activation", &format!("done:uap result=failed code={code}"), &[]),
            Style::Csf => log.csf(3, "onPortalError", &format!("activation portal answered error {code}")),
            _ => log.print(3, "Activation", &format!("onPortalError:sign-in page reported error code {code}"), &[]),
        },
        Step::WebexCalling => match style {
            Style::Json | Style::CompactSip => log.print(1, "CallingProvider", "resolve:{\"callingType\":\"WEBEX_CALLING\",\"state\":\"registering\"}", &[]),
            _ => log.print(2, "MobiusClient", "register:Mobius device registration -> 404", &[]),
        },
        Step::BwcStart => match style {
            Style::Csf => log.csf(1, "BroadWorksCallControl", "BWC:SCF: BroadWorks engine starting"),
            Style::Logcat => log.print(1, "BWC", "BWC:SCF: BroadWorks calling stack init (lib 12.6.3)", &[]),
            Style::Json | Style::Dump => log.print(1, "BroadWorksManager", "init:BWC:SCF: Initializing BroadWorks Calling library", &[]),
            _ => log.print(1, "BroadWorksManager", "start:BWC:SCF: BroadWorks calling library started (bwc 12.6.3)", &[]),
        },
        Step::Request(svc, id) => request(log, *svc, id, p),
        Step::Answer(svc, id, status, body) => answer_http(log, *svc, id, *status, body.as_ref(), p),
        Step::Sip { out, peer, msg } => sip(log, *out, peer, msg),
        Step::TimerF(peer) => match style {
            Style::Json | Style::Csf | Style::Logcat => {}
            _ => log.print(2, "SipTransaction", &format!("onTimer:BWC:SIP: REGISTER transaction timeout (Timer F), no response from {peer}"), &[]),
        },
        Step::Refused(peer) => match style {
            Style::Json | Style::Dump => log.print(3, "SipTransport", &format!("onConnectError:BWC:SIP: connect() to {peer} failed: WSAECONNREFUSED (10061)"), &[]),
            Style::Logcat => log.print(3, "BWC-TLS", &format!("BWC:TRANSPORT: connect to {peer} failed: ECONNREFUSED"), &[]),
            Style::Csf => log.csf(3, "TlsTransport", &format!("TLS connect to {SBC_HOST}:5061 failed: Connection timed out")),
            _ => log.print(3, "TlsTransport", &format!("onConnectError:BWC:TRANSPORT: TLS connect to {SBC_HOST}:5061 failed: Connection refused"), &[]),
        },
        Step::Stuck => match style {
            Style::Csf => log.csf(3, "SipStack", "BWC:SIP: sip stack start aborted: no usable network interface"),
            Style::Logcat => log.print(3, "BWC", "BWC:SCF: calling engine halted, state=STALLED reason=0x2f", &[]),
            _ => log.print(3, "LineManager", "activate:BWC:SCF: line activation aborted, state STALLED (reason 0x2f)", &[]),
        },
        Step::ErrorCode(code) => match style {
            Style::Json => log.print(3, "BroadWorksLogin", &format!("onError:BWC:SCF: {{\"event\":\"loginFailed\",\"errorCode\":{code}}}"), &[]),
            Style::Csf => log.csf(3, "handleLoginError", &format!("BWC:SCF: Login error occurred: errorCode={code}")),
            _ => log.print(3, "BroadWorksLoginAdapter", &format!("handleLoginError:BWC:SCF: sign-in to calling failed, error code {code}"), &[]),
        },
    }
}

fn host_path(u: &str) -> (&str, &str) {
    let rest = u.split_once("://").map_or(u, |(_, r)| r);
    let at = rest.find('/').unwrap_or(rest.len());
    (&rest[..at], &rest[at..])
}

fn request(log: &mut Log, svc: Svc, id: &str, p: Platform) {
    let u = url(svc, p);
    let (host, path) = host_path(&u);
    let agent = format!(
        "WebexTeams ({}/{VERSION})",
        p.written().split(' ').next().unwrap_or("")
    );
    match log.style {
        Style::Json => log.print(1, "HttpEngine", &format!("send:request {{\"verb\": \"GET\", \"uri\": \"{u}\", \"trackingId\": \"{id}\", \"headers\": {{\"User-Agent\": \"{agent}\"}}}}"), &[]),
        Style::KeyValue => log.print(1, "HttpEngine", &format!("send:req#41 method=GET url={u} trackingid={id}"), &[]),
        Style::Dump => log.print(0, "HttpClient", &format!("send:>>>>> outgoing HTTP request ({id})"), &[format!("GET {path} HTTP/1.1"), format!("Host: {host}"), format!("User-Agent: {agent}"), format!("TrackingID: {id}"), String::new()]),
        Style::TrackingOnly => log.print(0, "NetworkSession", &format!("resume:[task 12] GET {u} [{id}]"), &[]),
        Style::Arrows => log.print(0, "NetClient", &format!("request:--> GET {u} (trackingid {id})"), &[]),
        Style::Labels => log.print(0, "HttpTrace", "request:HTTP request:", &["    method      : GET".to_owned(), format!("    url         : {u}"), format!("    tracking id : {id}")]),
        Style::PerRecord => log.each(0, "HttpTrace", &[format!("trace:GET {u}"), format!("trace:TrackingID: {id}"), format!("trace:User-Agent: {agent}")]),
        Style::CompactSip => {}
        Style::Csf => log.csf(0, "execute", &format!("GET {u} trackingid={id}")),
        Style::Logcat => log.each(0, "OkHttp", &[format!("--> GET {u}"), format!("TrackingID: {id}"), "--> END GET".into()]),
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "",
    }
}

fn answer_http(log: &mut Log, svc: Svc, id: &str, status: u16, body: Option<&Body>, p: Platform) {
    let u = url(svc, p);
    let answer_body = body;
    let body = body.map(Body::lines).unwrap_or_default();
    let level = if status < 400 { 1 } else { 3 };
    match log.style {
        Style::Json => log.print(level, "HttpEngine", &format!("onDone:response {{\"trackingId\": \"{id}\", \"statusCode\": {status}, \"durationMs\": 230}}"), &body),
        Style::KeyValue => log.print(level, "HttpEngine", &format!("onDone:rsp#41 trackingid={id} status={status} elapsed=230ms"), &body),
        Style::Dump => {
            let mut more = vec![format!("HTTP/1.1 {status} {}", reason(status)), "Content-Type: application/xml".into(), String::new()];
            more.extend(body);
            log.print(level, "HttpClient", &format!("onResponse:<<<<< incoming HTTP response ({id})"), &more);
        }
        Style::TrackingOnly => log.print(level, "NetworkSession", &format!("urlSession:[task 12] {id} completed, HTTP {status}, 1051 bytes"), &body),
        Style::Arrows => log.print(level, "NetClient", &format!("response:<-- {status} {} {u} (412ms)", reason(status)), &body),
        Style::Labels => {
            let mut more = vec![format!("    status      : {status}"), format!("    tracking id : {id}")];
            more.extend(body);
            log.print(level, "HttpTrace", "response:HTTP response:", &more);
        }
        Style::PerRecord => {
            let mut lines = vec![format!("trace:HTTP/1.1 {status} {}", reason(status)), format!("trace:TrackingID: {id}")];
            lines.extend(body.into_iter().map(|l| format!("trace:{l}")));
            log.each(level, "HttpTrace", &lines);
        }
        Style::CompactSip => log.print(level, "NetClient", &format!("request:GET {u} [{id}] -> {status} {} (230 ms)", reason(status)), &body),
        Style::Csf => {
            log.csf(level, "onResponse", &format!("trackingid={id} -> {status} {}", reason(status)));
            match answer_body {
                // The device list in words, not as the XML.
                Some(Body::Devices(types)) => {
                    log.tick(30);
                    let listed: Vec<String> = types.iter().map(|t| format!("type='{t}' linePort={SIP_USER}@voice.example.org")).collect();
                    log.print(1, "ConfigDownloader", &format!("log:BWC:SCF: ConfigDownload - {} access device(s): {}", types.len(), listed.join("; ")), &[]);
                    if !types.contains(&p.device_type()) {
                        log.tick(20);
                        log.print(2, "BroadWorksConfigDownloader", &format!("onAccessDeviceListSucceeded:BWC:SCF: ConfigDownload - no access device of type '{}' for this user", p.device_type()), &[]);
                    }
                }
                _ => log.lines.extend(body),
            }
        }
        Style::Logcat => {
            log.each(level, "OkHttp", &[format!("<-- {status} {} {u} (482ms)", reason(status))]);
            for l in body {
                log.tick(1);
                log.each(level, "OkHttp", &[l]);
            }
            log.tick(1);
            log.each(level, "OkHttp", &["<-- END HTTP".into()]);
        }
    }
}

fn sip(log: &mut Log, out: bool, peer: &str, msg: &str) {
    let lines: Vec<String> = msg.lines().map(str::to_owned).collect();
    let (start, rest) = lines.split_first().expect("a message");
    match log.style {
        Style::KeyValue => {
            let dir = if out { "OUT to" } else { "IN from" };
            log.print(
                1,
                "SipStack",
                &format!(
                    "trace:BWC:SIP: {dir} {peer} | {}",
                    msg.replace('\n', "\\r\\n")
                ),
                &[],
            );
        }
        Style::Arrows => {
            let (verb, arrow) = if out { ("send", "->") } else { ("recv", "<-") };
            log.print(
                1,
                "SipStack",
                &format!(
                    "trace:BWC:SIPSTACK: {verb} [TLS {LOCAL} {arrow} {peer}] {}",
                    msg.replace('\n', "\\r\\n")
                ),
                &[],
            );
        }
        Style::Labels => {
            let (func, words) = if out {
                ("send", format!("request sent to {peer} over TLS"))
            } else {
                ("onData", format!("response received from {peer} over TLS"))
            };
            log.print(1, "SipTransport", &format!("{func}:BWC:SIP: {words}"), &[]);
            log.tick(2);
            let marked: Vec<String> = lines.iter().map(|l| format!("{func}:    | {l}")).collect();
            log.each(1, "SipTransport", &marked);
        }
        Style::CompactSip => {
            let (func, arrow) = if out {
                ("send", ">>")
            } else {
                ("onData", "<<")
            };
            let more: Vec<String> = rest.iter().map(|l| format!("{l}^M")).collect();
            log.print(
                1,
                "SipTransport",
                &format!("{func}:BWC:SIP: {arrow} TLS {peer} {start}^M"),
                &more,
            );
        }
        Style::Csf => {
            let words = if out {
                "sipio-sent--->"
            } else {
                "sipio-recv<---"
            };
            log.csf(1, "sipio", &format!("{words} {start}"));
            log.lines.extend(rest.iter().cloned());
            log.lines.push(String::new());
        }
        Style::Logcat => {
            let words = if out {
                format!("Sent SIP to {peer}/TLS")
            } else {
                format!("Received SIP from {peer}/TLS")
            };
            log.print(1, "BWC-SIP", &words, &[]);
            log.tick(1);
            log.each(1, "BWC-SIP", &lines);
        }
        Style::PerRecord => {
            // Announce and message in one print, each line behind the
            // prefix and a function named like a direction.
            let (marker, words) = if out {
                (">>", format!("Sending SIP message to {peer} (TLS)"))
            } else {
                ("<<", format!("Received SIP message from {peer} (TLS)"))
            };
            let mut all = vec![format!("BWCLogSink::write:{marker} {words}")];
            all.extend(
                lines
                    .iter()
                    .map(|l| format!("BWCLogSink::write:{marker} {l}")),
            );
            all.push(format!("BWCLogSink::write:{marker} "));
            log.each(1, "BWCLogSink", &all);
        }
        Style::Dump => {
            // A marker before every line of the message.
            let (words, marker) = if out {
                (format!("Sending SIP message to {peer} (TLS):"), "--> ")
            } else {
                (format!("Received SIP message from {peer} (TLS):"), "<-- ")
            };
            let mut more: Vec<String> = lines.iter().map(|l| format!("{marker}{l}")).collect();
            more.push(marker.trim_end().to_owned());
            log.print(
                1,
                "SipTransport",
                &format!("onMessage:BWC:SIP: {words}"),
                &more,
            );
        }
        _ => {
            let words = if out {
                format!("Sending SIP message to {peer} (TLS):")
            } else {
                format!("Received SIP message from {peer} (TLS):")
            };
            let mut more = lines.clone();
            more.push(String::new());
            log.print(
                1,
                "SipTransport",
                &format!("onMessage:BWC:SIP: {words}"),
                &more,
            );
        }
    }
}

/// The files of a client scenario in a style: path and text.
fn client_files(c: Client, style: Style) -> Vec<(String, Vec<u8>)> {
    let p = style.platform();
    let compact = style == Style::CompactSip;
    let token_first = matches!(style, Style::Dump | Style::Csf);
    let start = 1_717_400_000_000 + 3_600_000 * (style as i64);
    let mut log = Log::new(style, start);
    for step in steps(c, p, compact, token_first) {
        print(&mut log, &step, p);
        log.tick(5);
    }
    let text = log
        .lines
        .join(if style == Style::Dump { "\r\n" } else { "\n" })
        + "\n";
    let mut files = Vec::new();
    if c == Client::LastRunFailed {
        // The run before: the SBC refused the registration.
        let mut old = Log::new(style, start - 7_200_000);
        for step in steps(Client::Rejected, p, compact, token_first) {
            print(&mut old, &step, p);
            old.tick(5);
        }
        let old_text = old.lines.join("\n") + "\n";
        files.push((last_run_path(style), old_text.into_bytes()));
    }
    let path = log_path(style);
    if style == Style::Arrows {
        // A rotated part, gzipped, beside an empty newest part.
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(text.as_bytes()).expect("gzip");
        files.push((format!("{path}.1.gz"), gz.finish().expect("gzip")));
    } else {
        files.push((path, text.into_bytes()));
    }
    files
}

fn log_path(style: Style) -> String {
    match style.platform() {
        Platform::Windows => "Users/lena/AppData/Local/CiscoSpark/current_log.txt".into(),
        Platform::Mac => "Library/Logs/SparkMacDesktop/current_log".into(),
        Platform::Ios => "Feedback/attachments/Logs/current_log.txt".into(),
        Platform::Android => "sendlogs/logcat.txt".into(),
    }
}

fn last_run_path(style: Style) -> String {
    let path = log_path(style);
    match path.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/last_run_current_log.txt"),
        None => "last_run_current_log.txt".into(),
    }
}

// -------------------------------------------------------- reading and checks

fn analyse(dir: &Path, name: &str, files: &[(String, Vec<u8>)]) -> Analysis {
    let root = dir.join(name);
    for (path, bytes) in files {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, bytes).expect("write");
    }
    let bundle = Bundle::read_paths(&[root], &ReadOptions::default());
    analyze_with(&bundle, &Catalogue::builtin())
}

fn status_of(a: &Analysis, step: &str) -> Option<Status> {
    a.timeline
        .iter()
        .find(|s| s.step.name() == step)
        .map(|s| s.status)
}

fn fact(a: &Analysis, name: &str) -> String {
    match a.facts.get(name) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => String::new(),
    }
}

fn check_client(c: Client, style: Style, a: &Analysis) -> Vec<String> {
    let e = expect(c);
    let label = format!("{c:?}/{style:?}");
    let ids: Vec<&str> = a.findings.iter().map(|f| f.id.as_str()).collect();
    let mut problems = Vec::new();
    for id in &e.must {
        if !ids.contains(id) {
            problems.push(format!("{label}: missing {id}, have {ids:?}"));
        }
    }
    for id in &e.must_not {
        if ids.contains(id) {
            problems.push(format!("{label}: has {id}"));
        }
    }
    if e.healthy && a.findings.iter().any(|f| f.severity == Severity::Error) {
        problems.push(format!("{label}: an error on a healthy log: {ids:?}"));
    }
    for (step, want) in &e.steps {
        let got = status_of(a, step);
        if got != Some(*want) {
            problems.push(format!("{label}: {step} is {got:?}, want {want:?}"));
        }
    }
    if a.timeline
        .windows(2)
        .any(|w| w[1].since_previous_ms.is_some_and(|d| d < 0))
    {
        problems.push(format!("{label}: a negative duration"));
    }
    let p = style.platform();
    let mut facts: Vec<(&str, String)> = vec![
        ("user_email", EMAIL.into()),
        ("user_id", USER_ID.into()),
        ("org_id", ORG_ID.into()),
        ("client_version", VERSION.into()),
    ];
    if e.reach >= 1 {
        facts.extend([
            ("xsp", XSP.to_owned()),
            ("broadworks_user_id", BW_USER.to_owned()),
        ]);
    }
    if e.reach >= 2 {
        facts.extend([
            ("sbc", format!("{SBC_HOST}:5061")),
            ("sip_user", SIP_USER.to_owned()),
        ]);
    }
    // After a failover the address is the SBC the app went on with; the
    // CSF printing names no peer beside its messages.
    if c == Client::Failover && style != Style::Csf {
        facts.push(("sbc_address", SBC2.to_owned()));
    }
    for (name, want) in facts {
        let got = fact(a, name);
        if !got.eq_ignore_ascii_case(&want) {
            problems.push(format!("{label}: fact {name} is {got:?}, want {want:?}"));
        }
    }
    if !fact(a, "platform")
        .to_ascii_lowercase()
        .replace(' ', "")
        .starts_with(p.family())
    {
        problems.push(format!("{label}: platform is {:?}", fact(a, "platform")));
    }
    if e.reach >= 1 && !fact(a, "tracking_ids").contains(XSI_ID) {
        problems.push(format!(
            "{label}: tracking ids {} lack {XSI_ID}",
            fact(a, "tracking_ids")
        ));
    }
    if a.findings.iter().any(|f| f.evidence.is_empty()) {
        problems.push(format!("{label}: a finding without evidence"));
    }
    if c == Client::SsoRefused {
        let mut signed: Vec<(&str, Status)> = a
            .sign_in
            .iter()
            .filter(|s| ["1", "2.3", "3"].contains(&s.step.as_str()))
            .map(|s| (s.step.as_str(), s.status))
            .collect();
        signed.sort_by_key(|s| s.0);
        let want = [
            ("1", Status::Ok),
            ("2.3", Status::Inferred),
            ("3", Status::Failed),
        ];
        if signed != want {
            problems.push(format!("{label}: sign-in steps {signed:?}"));
        }
        if !fact(a, "tracking_ids").contains(CI_TOKEN_ID) {
            problems.push(format!("{label}: tracking ids lack {CI_TOKEN_ID}"));
        }
    }
    problems
}

#[test]
fn every_client_scenario_reads_the_same_in_every_style() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut problems = Vec::new();
    for c in CLIENTS {
        for style in STYLES {
            let files = client_files(c, style);
            let a = analyse(dir.path(), &format!("{c:?}-{style:?}"), &files);
            problems.extend(check_client(c, style, &a));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems in {} cases:\n{}",
        problems.len(),
        CLIENTS.len() * STYLES.len(),
        problems.join("\n")
    );
}

// ------------------------------------------------------------- server side

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Server {
    Accepted,
    BadRequest,
    Unauthorized,
    ForbiddenIp,
    Conflict,
    NoPhone,
    BadEmail,
    Impp,
    XspHealthy,
    XspTokenFail,
    XspProfileFail,
    XspNoDevice,
    CliCertAuth,
    CliChainDepth,
}

const SERVERS: [Server; 14] = [
    Server::Accepted,
    Server::BadRequest,
    Server::Unauthorized,
    Server::ForbiddenIp,
    Server::Conflict,
    Server::NoPhone,
    Server::BadEmail,
    Server::Impp,
    Server::XspHealthy,
    Server::XspTokenFail,
    Server::XspProfileFail,
    Server::XspNoDevice,
    Server::CliCertAuth,
    Server::CliChainDepth,
];

/// How a server log prints: which of the many things a BroadWorks release
/// or a pasted excerpt may vary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Printing {
    /// Request, OCI-P and answer in one record; `200 OK` on a line.
    Inline,
    /// The answer in a record of its own that repeats the request line.
    Split,
    /// A blank line under every header; `HTTP response code 409 Conflict`.
    Blank,
    /// `status=409`, `trackingid=…`, the profile as `key=value`.
    KeyValue,
    /// `-> 409`, the tracking id in the header's own column.
    Arrow,
    /// `StatusCode=401`, `HTTP/1.1 401 Unauthorized`.
    StatusLine,
    /// Gzipped files, unpadded levels, another zone.
    Gzipped,
    /// Files renamed and nested otherwise; CLI output as a table.
    Renamed,
}

const PRINTINGS: [Printing; 8] = [
    Printing::Inline,
    Printing::Split,
    Printing::Blank,
    Printing::KeyValue,
    Printing::Arrow,
    Printing::StatusLine,
    Printing::Gzipped,
    Printing::Renamed,
];

const SUB_PHONE: &str = "+31205550142";
const SUB_EMAIL: &str = "femke.devries@example.nl";
const SUB_SP: &str = "Polder_Voice";
const BRIDGE: &str = "https://prov-bridge.wbx.example.com/api/v1/broadworks/subscribers";
const SERVER_ID: &str = "CLIENT_e5f6a7b8-5555-4666-8777-d88899990000";

struct ServerLog {
    printing: Printing,
    millis: i64,
    lines: Vec<String>,
}

impl ServerLog {
    fn new(printing: Printing) -> ServerLog {
        ServerLog {
            printing,
            millis: 1_717_430_000_000,
            lines: Vec::new(),
        }
    }

    /// A BroadWorks record: header, then its lines.
    fn record(&mut self, level: &str, category: &str, thread: &str, column: &str, body: &[String]) {
        self.millis += 137;
        let t = chrono::DateTime::from_timestamp_millis(self.millis).expect("time");
        let (stamp, zone, level) = match self.printing {
            Printing::Gzipped => (t + chrono::Duration::hours(11), "AEDT", level.to_owned()),
            _ => (
                t + chrono::Duration::hours(2),
                "CEST",
                format!("{level:<10}"),
            ),
        };
        let column = if self.printing == Printing::Arrow && !column.is_empty() {
            format!(" {column} |")
        } else {
            String::new()
        };
        self.lines.push(format!(
            "{} {zone} | {level} | {category} | {thread} |{column}",
            stamp.format("%Y.%m.%d %H:%M:%S:%3f")
        ));
        if self.printing == Printing::Blank {
            self.lines.push(String::new());
        }
        for l in body {
            self.lines.push(format!("\t{l}"));
        }
        if self.printing == Printing::Blank {
            self.lines.push(String::new());
        }
    }

    fn noise(&mut self, n: usize) {
        for k in 0..n {
            self.record(
                "Info",
                "Sip",
                &format!("Call Half Input Adapter {k}"),
                "",
                &[
                    format!("udp 7{k}1 SIP Bytes IN from 198.51.100.{}:5060", 10 + k),
                    "OPTIONS sip:ping@as1.example.net SIP/2.0".into(),
                ],
            );
            self.record("Info", "OCI-P", "BCCT Worker #2", "", &["Received the following request from: 127.0.0.1:58570 SystemSoftwareVersionGetRequest status=ok".into()]);
        }
    }
}

fn profile(p: Printing, phone: Option<&str>, email: &str) -> Vec<String> {
    if p == Printing::KeyValue {
        let mut l = format!(
            "subscriber bwuserid={BW_USER} group=Grachten serviceProvider={SUB_SP} email={email}"
        );
        if let Some(ph) = phone {
            l.push_str(&format!(" primaryPhoneNumber={ph}"));
        }
        return vec![l];
    }
    // Element names in another case in one release.
    let (user, phone_tag) = if p == Printing::Renamed {
        ("BwUserId", "PrimaryPhoneNumber")
    } else {
        ("bwuserid", "primaryPhoneNumber")
    };
    let mut v = vec![
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".to_owned(),
        "<subscriberProfile>".into(),
        format!("  <{user}>{BW_USER}</{user}>"),
        "  <group>Grachten</group>".into(),
        format!("  <serviceProvider>{SUB_SP}</serviceProvider>"),
    ];
    if let Some(ph) = phone {
        v.push(format!("  <{phone_tag}>{ph}</{phone_tag}>"));
    }
    v.push(format!("  <email>{email}</email>"));
    v.push("  <services><service>IM&amp;P</service></services>".into());
    v.push("</subscriberProfile>".into());
    v
}

fn bridge_answer(p: Printing, status: u16, reason: &str, message: Option<&str>) -> Vec<String> {
    let mut v = vec![match p {
        Printing::Blank => format!("HTTP response code {status} {reason} from {BRIDGE}"),
        Printing::KeyValue => format!("POST {BRIDGE} completed: responseCode={status} ({reason})"),
        Printing::Arrow => format!("POST {BRIDGE} -> {status}"),
        Printing::StatusLine | Printing::Split => format!("HTTP/1.1 {status} {reason}"),
        _ => format!("Received HTTP response {status} {reason}"),
    }];
    if let Some(m) = message {
        v.push("<error>".into());
        v.push(format!("  <message>{m}</message>"));
        v.push("</error>".into());
    }
    v
}

fn pslog(s: Server, p: Printing) -> String {
    let mut log = ServerLog::new(p);
    log.noise(3);
    let target = if s == Server::ForbiddenIp {
        "https://198.51.100.77/api/v1/broadworks/subscribers"
    } else {
        BRIDGE
    };
    let phone = (s != Server::NoPhone).then_some(SUB_PHONE);
    let email = if s == Server::BadEmail {
        "femke.devries(at)example.nl"
    } else {
        SUB_EMAIL
    };
    let mut post = vec![
        if p == Printing::KeyValue {
            format!("outbound request method=POST url={target} timeout=30s")
        } else {
            format!("Sending HTTP POST to {target}")
        },
        "Content-Type: application/xml".into(),
        String::new(),
    ];
    post.extend(profile(p, phone, email));
    log.record(
        "Info",
        "IntegratedIMP",
        "IMP Provisioning Worker 2",
        "",
        &post,
    );
    log.noise(1);
    let (status, reason, message) = match s {
        Server::BadRequest => (
            400,
            "Bad Request",
            Some("Cannot trust BroadWorks emails with legacy API provisioning"),
        ),
        Server::Unauthorized => (401, "Unauthorized", None),
        Server::ForbiddenIp => (403, "Forbidden", None),
        Server::Conflict => (409, "Conflict", Some("User already exists with this email")),
        Server::BadEmail => (400, "Bad Request", Some("invalid email")),
        _ => (200, "OK", None),
    };
    log.record(
        if status == 200 { "Info" } else { "Warning" },
        "IntegratedIMP",
        "IMP Provisioning Worker 2",
        "",
        &bridge_answer(p, status, reason, message),
    );
    if s == Server::Impp {
        log.record(
            "Warning",
            "IntegratedIMP",
            "IMP Provisioning Worker 2",
            "",
            &["[Error 18215] Provisioning error with messaging server".into()],
        );
    }
    log.noise(2);
    log.lines.join("\n") + "\n"
}

fn xsi_log(s: Server, p: Printing) -> String {
    let mut log = ServerLog::new(p);
    log.noise(2);
    let device = format!("/com.broadsoft.xsi-actions/v2.0/user/{BW_USER_URL}/profile/device");
    let types: Vec<&str> = if s == Server::XspNoDevice {
        vec!["Connect - Mobile", "Business Communicator - Tablet"]
    } else {
        vec!["Business Communicator - PC", "Connect - Mobile"]
    };
    let table = format!(
        "<accessDeviceTable><colHeading>Device Type</colHeading>{}</accessDeviceTable>",
        types
            .iter()
            .map(|t| format!("<row><col>{t}</col></row>"))
            .collect::<String>()
    );
    let status = if s == Server::XspProfileFail {
        (403, "Forbidden")
    } else {
        (200, "OK")
    };
    let id_line = match p {
        Printing::KeyValue => format!("trackingid={SERVER_ID}"),
        _ => format!("trackingid: {SERVER_ID}"),
    };
    let request = vec![
        format!("GET {device}"),
        format!("Host: {XSP}"),
        "authorization: Bearer ********".into(),
        "user-agent: WebexTeams (Windows/44.6.1.30455)".into(),
        id_line.clone(),
    ];
    let answer_line = match p {
        Printing::KeyValue => format!("status={}", status.0),
        Printing::Arrow => format!("-> {}", status.0),
        Printing::Blank => format!("HTTP response code {} {}", status.0, status.1),
        _ => format!("HTTP/1.1 {} {}", status.0, status.1),
    };
    match p {
        Printing::Inline => {
            let mut all = request;
            all.push(format!(
                "POST http://127.0.0.1:80/authService/token X-BROADSOFT-CORRELATION-ID: {SERVER_ID}"
            ));
            all.push(format!("OCI-P UserPrimaryAndSCADeviceGetListRequest -> UserPrimaryAndSCADeviceGetListResponse {table}"));
            all.push(format!("{} {}", status.0, status.1));
            log.record("Info", "Xsi", "http-nio-443-exec-21", SERVER_ID, &all);
        }
        _ => {
            log.record("Info", "Xsi", "http-nio-443-exec-21", SERVER_ID, &request);
            log.record(
                "Info",
                "Xsi",
                "http-nio-443-exec-21",
                SERVER_ID,
                &[
                    "POST http://127.0.0.1:80/authService/token".into(),
                    format!("X-BROADSOFT-CORRELATION-ID: {SERVER_ID}"),
                    "-> 200".into(),
                ],
            );
            log.record(
                "Info",
                "OCI-P",
                "XsiOciClient-4",
                SERVER_ID,
                &[format!("UserPrimaryAndSCADeviceGetListResponse {table}")],
            );
            log.record(
                if status.0 == 200 { "Info" } else { "Warning" },
                "Xsi",
                "http-nio-443-exec-21",
                SERVER_ID,
                &[format!("Response to GET {device}"), answer_line, id_line],
            );
        }
    }
    log.noise(2);
    log.lines.join("\n") + "\n"
}

fn auth_log(s: Server, p: Printing) -> String {
    let mut log = ServerLog::new(p);
    log.noise(1);
    let id_line = format!("trackingid: {SERVER_ID}");
    log.record(
        "Info",
        "AuthenticationService",
        "http-nio-8443-exec-5",
        SERVER_ID,
        &[
            "GET /authService/token?tokenDurationInSeconds=2592000".into(),
            format!("http_bw_userid: {BW_USER}"),
            id_line.clone(),
        ],
    );
    log.record(
        "Info",
        "OCI-P",
        "AuthService-Worker-1",
        SERVER_ID,
        &[format!(
            "UserGetLoginInfoRequest userId={BW_USER} -> UserGetLoginInfoResponse"
        )],
    );
    let status = if s == Server::XspTokenFail { 401 } else { 200 };
    let answer = match p {
        Printing::KeyValue => format!("token issued=false status={status}"),
        Printing::Arrow => format!("token request -> {status}"),
        Printing::Blank => format!("Response sent, StatusCode={status}, elapsed=28ms"),
        _ => format!("StatusCode={status}"),
    };
    if status == 200 {
        log.record(
            "Info",
            "LongLivedTokenManager",
            "AuthService-Worker-1",
            SERVER_ID,
            &[format!(
                "Token generated, subject: {BW_USER}, issuer: BroadWorks {XSP}"
            )],
        );
    }
    log.record(
        if status == 200 { "Info" } else { "Warning" },
        "AuthenticationService",
        "http-nio-8443-exec-5",
        SERVER_ID,
        &[answer, id_line],
    );
    log.noise(1);
    log.lines.join("\n") + "\n"
}

fn cli(s: Server, p: Printing) -> String {
    let (name, value, prompt) = match s {
        Server::CliCertAuth => (
            "allowUserApp",
            "true",
            "XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get",
        ),
        _ => (
            "chainDepth",
            "1",
            "XSP_CLI/Interface/Http/HttpClientAuthentication> get",
        ),
    };
    match p {
        Printing::Renamed | Printing::Blank => format!("{prompt}\n\n  {name:<20}= {value}\n\n"),
        _ => format!("{prompt}\n  {name} = {value}\n"),
    }
}

fn gz(text: &str) -> Vec<u8> {
    let mut g = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    g.write_all(text.as_bytes()).expect("gzip");
    g.finish().expect("gzip")
}

fn server_files(s: Server, p: Printing) -> Vec<(String, Vec<u8>)> {
    let (dir_as, dir_xsp) = match p {
        Printing::Renamed => ("as01/var/broadworks/logs/appserver", "xsp-edi1/logs"),
        _ => ("appserver", "xsp"),
    };
    let files: Vec<(String, String)> = match s {
        Server::CliCertAuth | Server::CliChainDepth => {
            vec![(format!("{dir_xsp}/cli_output.txt"), cli(s, p))]
        }
        Server::XspHealthy
        | Server::XspTokenFail
        | Server::XspProfileFail
        | Server::XspNoDevice => vec![
            (
                format!("{dir_xsp}/XsiActionsLog.2024.06.03-16.00.00.txt"),
                xsi_log(s, p),
            ),
            (
                format!("{dir_xsp}/authenticationService.2024.06.03.log"),
                auth_log(s, p),
            ),
        ],
        _ => vec![(
            if p == Printing::Renamed {
                format!("{dir_as}/ps.log")
            } else {
                format!("{dir_as}/PSLog.2024.06.03-16.00.00.txt")
            },
            pslog(s, p),
        )],
    };
    files
        .into_iter()
        .map(|(path, text)| {
            if p == Printing::Gzipped {
                (format!("{path}.gz"), gz(&text))
            } else {
                (path, text.into_bytes())
            }
        })
        .collect()
}

fn check_server(s: Server, p: Printing, a: &Analysis) -> Vec<String> {
    let label = format!("{s:?}/{p:?}");
    let ids: Vec<&str> = a.findings.iter().map(|f| f.id.as_str()).collect();
    let (must, facts): (&[&str], Vec<(&str, &str)>) = match s {
        Server::Accepted => (
            &["provisioning-accepted"],
            vec![
                ("provisioning_target", BRIDGE),
                ("primary_phone_number", SUB_PHONE),
                ("service_provider", SUB_SP),
                ("user_email", SUB_EMAIL),
                ("broadworks_user_id", BW_USER),
            ],
        ),
        Server::BadRequest => (
            &["provisioning-bad-request"],
            vec![("provisioning_target", BRIDGE)],
        ),
        Server::Unauthorized => (&["provisioning-unauthorized"], vec![]),
        Server::ForbiddenIp => (&["provisioning-forbidden"], vec![]),
        Server::Conflict => (&["provisioning-conflict"], vec![]),
        Server::NoPhone => (
            &["provisioning-missing-phone-number"],
            vec![("broadworks_user_id", BW_USER)],
        ),
        Server::BadEmail => (
            &["provisioning-invalid-email", "provisioning-bad-request"],
            vec![],
        ),
        Server::Impp => (&["impp-provisioning-error"], vec![]),
        Server::XspHealthy => (&[], vec![("xsp", XSP), ("broadworks_user_id", BW_USER)]),
        Server::XspTokenFail => (&["xsp-token-failed"], vec![("broadworks_user_id", BW_USER)]),
        Server::XspProfileFail => (&["xsp-profile-request-failed"], vec![("xsp", XSP)]),
        Server::XspNoDevice => (&["device-profile-missing"], vec![]),
        Server::CliCertAuth => (&["xsp-cert-auth-misconfigured"], vec![]),
        Server::CliChainDepth => (&["xsp-chain-depth-too-low"], vec![]),
    };
    let mut problems = Vec::new();
    for id in must {
        if !ids.contains(id) {
            problems.push(format!("{label}: missing {id}, have {ids:?}"));
        }
    }
    let healthy = matches!(s, Server::Accepted | Server::XspHealthy);
    if healthy && a.findings.iter().any(|f| f.severity == Severity::Error) {
        problems.push(format!("{label}: an error on a healthy log: {ids:?}"));
    }
    for (name, want) in facts {
        let got = fact(a, name);
        if !got.eq_ignore_ascii_case(want) {
            problems.push(format!("{label}: fact {name} is {got:?}, want {want:?}"));
        }
    }
    if matches!(
        s,
        Server::XspHealthy | Server::XspTokenFail | Server::XspProfileFail
    ) {
        if !fact(a, "tracking_ids").contains(SERVER_ID) {
            problems.push(format!(
                "{label}: tracking ids {} lack {SERVER_ID}",
                fact(a, "tracking_ids")
            ));
        }
        let step = |n: &str| a.sign_in.iter().find(|s| s.step == n).map(|s| s.status);
        let want_6 = if s == Server::XspProfileFail {
            Status::Failed
        } else {
            Status::Ok
        };
        if step("5.2") != Some(Status::Ok) || step("6") != Some(want_6) {
            problems.push(format!(
                "{label}: sign-in 5.2 {:?}, 6 {:?}",
                step("5.2"),
                step("6")
            ));
        }
    }
    problems
}

#[test]
fn every_server_scenario_reads_the_same_in_every_printing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut problems = Vec::new();
    for s in SERVERS {
        for p in PRINTINGS {
            let a = analyse(dir.path(), &format!("{s:?}-{p:?}"), &server_files(s, p));
            problems.extend(check_server(s, p, &a));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems in {} cases:\n{}",
        problems.len(),
        SERVERS.len() * PRINTINGS.len(),
        problems.join("\n")
    );
}
