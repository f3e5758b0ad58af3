//! The header grammars: what makes a line the start of a new record.
//!
//! Each grammar recognises a line prefix and tells where its timestamp,
//! level, thread, source and message are. Nothing here fails on odd input:
//! a line that does not fit is simply not a header, and the splitter makes it
//! a continuation of the record before it.

use std::ops::Range;

use super::time::{self, Stamp};

/// A header shape, named after the software that writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Grammar {
    #[serde(rename = "webex-app")]
    /// `2024-03-08T16:40:43.964Z <Info> [0x10d6] File.cpp:412 Function:message`,
    /// also with `[0xeaa0][]` and decimal media thread ids.
    WebexApp,
    /// `2024-02-01 05:48:33,461 ERROR [0x6d4ab000] [path/File.cpp(189)] [logger] [function] - message`
    #[serde(rename = "csf")]
    Csf,
    /// `2023.01.26 16:51:41:106 CET | Info | Sip | …`
    #[serde(rename = "broadworks")]
    BroadWorks,
    /// Common Log Format: `host - - [16/May/2024:09:06:02 +0100] "GET … HTTP/1.1" 200 812`
    #[serde(rename = "common-log-format")]
    Clf,
    /// Android `logcat -v threadtime`: `09-02 17:02:13.196 22497 22749 D Tag: message`,
    /// also `-v time` (`09-02 17:02:13.196 D/Tag( 22497): message`) and with a year.
    #[serde(rename = "logcat")]
    Logcat,
}

impl Grammar {
    pub const ALL: [Grammar; 5] = [
        Grammar::WebexApp,
        Grammar::Csf,
        Grammar::BroadWorks,
        Grammar::Clf,
        Grammar::Logcat,
    ];

    pub fn parse(self, line: &[u8]) -> Option<Header> {
        match self {
            Grammar::WebexApp => parse_webex(line),
            Grammar::Csf => parse_csf(line),
            Grammar::BroadWorks => parse_broadworks(line),
            Grammar::Clf => parse_clf(line),
            Grammar::Logcat => parse_logcat(line).map(|(h, _)| h),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Grammar::WebexApp => "webex-app",
            Grammar::Csf => "csf",
            Grammar::BroadWorks => "broadworks",
            Grammar::Clf => "common-log-format",
            Grammar::Logcat => "logcat",
        }
    }
}

/// Severity as the log wrote it, folded onto one scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
#[repr(u8)]
pub enum Level {
    #[default]
    Unknown = 0,
    Debug = 1,
    Info = 2,
    Warning = 3,
    Error = 4,
}

impl Level {
    /// Reads the level words of all grammars: `Info`, `INFO`, `Warning`,
    /// `WARN`, `FieldDebug`, `Severe`, …
    pub fn from_word(word: &[u8]) -> Level {
        let mut buf = [0u8; 12];
        let n = word.len().min(buf.len());
        for (d, s) in buf.iter_mut().zip(word) {
            *d = s.to_ascii_lowercase();
        }
        match &buf[..n] {
            b"debug" | b"dbg" | b"trace" | b"verbose" | b"fielddebug" | b"finest" | b"finer"
            | b"fine" => Level::Debug,
            b"info" | b"information" | b"notice" | b"config" => Level::Info,
            b"warn" | b"warning" => Level::Warning,
            b"error" | b"err" | b"severe" | b"critical" | b"fatal" | b"crit" | b"alert" => {
                Level::Error
            }
            _ => Level::Unknown,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Level::Unknown => "unknown",
            Level::Debug => "debug",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// What a header line holds. Ranges are byte offsets into the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub stamp: Stamp,
    pub level: Level,
    pub thread: Option<Range<usize>>,
    /// `File.cpp:412` for the Webex app, the category (`Sip`, `OCI-P`) for
    /// BroadWorks, the client address for Common Log Format.
    pub source: Option<Range<usize>>,
    /// Where the message starts.
    pub body: usize,
}

fn skip_spaces(b: &[u8], mut at: usize) -> usize {
    while matches!(b.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    at
}

/// `[…]` at `at`: the range inside the brackets, and the position after `]`.
fn bracketed(b: &[u8], at: usize) -> Option<(Range<usize>, usize)> {
    if b.get(at) != Some(&b'[') {
        return None;
    }
    let close = memchr::memchr(b']', b.get(at + 1..(at + 1 + 256).min(b.len()))?)?;
    Some((at + 1..at + 1 + close, at + 2 + close))
}

/// A `name:digits` token such as `SparkApp.cpp:412` or `WME:0`, ending at a
/// space. Returns its range and the position after it.
fn source_token(b: &[u8], at: usize) -> Option<(Range<usize>, usize)> {
    let rest = b.get(at..)?;
    let len = rest.iter().take(200).take_while(|c| **c != b' ').count();
    let token = &rest[..len];
    let colon = memchr::memrchr(b':', token)?;
    if colon == 0 || colon + 1 == len || !token[colon + 1..].iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some((at..at + len, at + len))
}

fn parse_webex(b: &[u8]) -> Option<Header> {
    let (stamp, mut at) = time::parse_iso(b)?;
    if b.get(at) != Some(&b' ') || b.get(at + 1) != Some(&b'<') {
        return None;
    }
    at += 2;
    let close = memchr::memchr(b'>', b.get(at..(at + 16).min(b.len()))?)?;
    let level = Level::from_word(&b[at..at + close]);
    at = skip_spaces(b, at + close + 1);
    let mut thread = None;
    if let Some((range, next)) = bracketed(b, at) {
        thread = Some(range);
        at = next;
        // Newer builds print a second, usually empty, bracket: `[0xeaa0][]`.
        if let Some((_, next)) = bracketed(b, at) {
            at = next;
        }
    }
    at = skip_spaces(b, at);
    let mut source = None;
    if let Some((range, next)) = source_token(b, at) {
        source = Some(range);
        at = skip_spaces(b, next);
    }
    Some(Header {
        stamp,
        level,
        thread,
        source,
        body: at.min(b.len()),
    })
}

fn parse_csf(b: &[u8]) -> Option<Header> {
    let (stamp, mut at) = time::parse_iso(b)?;
    if b.get(at) != Some(&b' ') {
        return None;
    }
    at += 1;
    let word = b
        .get(at..)?
        .iter()
        .take(12)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if word == 0 || b.get(at + word) != Some(&b' ') {
        return None;
    }
    let level = Level::from_word(&b[at..at + word]);
    if level == Level::Unknown {
        return None;
    }
    at = skip_spaces(b, at + word);
    let mut thread = None;
    let mut source = None;
    let mut groups = 0;
    while let Some((range, next)) = bracketed(b, at) {
        match groups {
            0 => thread = Some(range),
            1 => source = Some(range),
            _ => {}
        }
        groups += 1;
        at = skip_spaces(b, next);
    }
    if b.get(at) == Some(&b'-') && b.get(at + 1) == Some(&b' ') {
        at += 2;
    }
    Some(Header {
        stamp,
        level,
        thread,
        source,
        body: at.min(b.len()),
    })
}

fn parse_broadworks(b: &[u8]) -> Option<Header> {
    let (stamp, mut at) = time::parse_broadworks(b)?;
    at = skip_spaces(b, at);
    if b.get(at) != Some(&b'|') {
        return None;
    }
    at = skip_spaces(b, at + 1);
    let level_len = b
        .get(at..)?
        .iter()
        .take(16)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let level = Level::from_word(&b[at..at + level_len]);
    let bar = memchr::memchr(b'|', b.get(at..)?).map(|i| at + i);
    let Some(bar) = bar else {
        return Some(Header {
            stamp,
            level,
            thread: None,
            source: None,
            body: b.len(),
        });
    };
    at = skip_spaces(b, bar + 1);
    // The field after the level is the category (`Sip`, `OCI-P`, `Xsi`).
    let category_end = memchr::memchr(b'|', &b[at..]).map(|i| at + i);
    let source = category_end.map(|end| at..trim_end(b, at, end));
    Some(Header {
        stamp,
        level,
        thread: None,
        source,
        body: at.min(b.len()),
    })
}

fn trim_end(b: &[u8], start: usize, mut end: usize) -> usize {
    while end > start && matches!(b[end - 1], b' ' | b'\t') {
        end -= 1;
    }
    end
}

fn parse_clf(b: &[u8]) -> Option<Header> {
    let window = &b[..b.len().min(300)];
    let open = memchr::memchr(b'[', window)?;
    if open < 5 || window[open - 1] != b' ' {
        return None;
    }
    let stamp = time::parse_clf(&b[open + 1..])?;
    let close = open + 1 + memchr::memchr(b']', &b[open + 1..])?;
    let body = skip_spaces(b, close + 1);
    if b.get(body) != Some(&b'"') {
        return None;
    }
    let host_end = memchr::memchr(b' ', window).unwrap_or(open);
    let level = clf_level(&b[body..]);
    Some(Header {
        stamp,
        level,
        thread: None,
        source: Some(0..host_end),
        body,
    })
}

/// A logcat line, and whether it gave its year.
pub fn parse_logcat(b: &[u8]) -> Option<(Header, bool)> {
    let (stamp, mut at, year_given) = time::parse_logcat(b)?;
    at = skip_spaces(b, at);
    let (level, thread, source, body) = if b.get(at).is_some_and(u8::is_ascii_digit) {
        // threadtime: `PID TID L Tag: message`
        let pid = b[at..]
            .iter()
            .take(10)
            .take_while(|c| c.is_ascii_digit())
            .count();
        at = skip_spaces(b, at + pid);
        let tid_len = b
            .get(at..)?
            .iter()
            .take(10)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if tid_len == 0 {
            return None;
        }
        let thread = at..at + tid_len;
        at = skip_spaces(b, at + tid_len);
        let level = logcat_level(*b.get(at)?)?;
        if b.get(at + 1) != Some(&b' ') {
            return None;
        }
        let tag_start = skip_spaces(b, at + 1);
        let colon = find_colon_space(b, tag_start)?;
        (
            level,
            Some(thread),
            tag_start..trim_end(b, tag_start, colon),
            colon + 2,
        )
    } else {
        // time: `L/Tag( PID): message`
        let level = logcat_level(*b.get(at)?)?;
        if b.get(at + 1) != Some(&b'/') {
            return None;
        }
        let tag_start = at + 2;
        let open =
            tag_start + memchr::memchr(b'(', b.get(tag_start..(tag_start + 128).min(b.len()))?)?;
        let close = open + memchr::memchr(b')', &b[open..(open + 16).min(b.len())])?;
        let pid = skip_spaces(b, open + 1)..close;
        if b.get(close + 1) != Some(&b':') {
            return None;
        }
        (
            level,
            Some(pid),
            tag_start..trim_end(b, tag_start, open),
            skip_spaces(b, close + 2),
        )
    };
    Some((
        Header {
            stamp,
            level,
            thread,
            source: Some(source),
            body: body.min(b.len()),
        },
        year_given,
    ))
}

fn logcat_level(c: u8) -> Option<Level> {
    Some(match c {
        b'V' | b'D' => Level::Debug,
        b'I' => Level::Info,
        b'W' => Level::Warning,
        b'E' | b'F' | b'A' => Level::Error,
        _ => return None,
    })
}

/// The `: ` that ends a logcat tag, within the tag's longest length.
fn find_colon_space(b: &[u8], from: usize) -> Option<usize> {
    let window = b.get(from..(from + 128).min(b.len()))?;
    window
        .windows(2)
        .position(|w| w == b": ")
        .or_else(|| (window.last() == Some(&b':')).then(|| window.len() - 1))
        .map(|p| from + p)
}

/// The status after the quoted request line: 5xx is an error, 4xx a warning.
fn clf_level(after: &[u8]) -> Level {
    let Some(close) = after.get(1..).and_then(|r| memchr::memchr(b'"', r)) else {
        return Level::Unknown;
    };
    let status = after.get(close + 2..).unwrap_or_default();
    let status = &status[skip_spaces(status, 0)..];
    match status.first() {
        Some(b'5') => Level::Error,
        Some(b'4') => Level::Warning,
        Some(b'1'..=b'3') => Level::Info,
        _ => Level::Unknown,
    }
}

/// The grammar that fits most of `lines`, if any fits at all.
pub fn sniff<'a>(lines: impl Iterator<Item = &'a [u8]>) -> Option<Grammar> {
    let mut counts = [0usize; Grammar::ALL.len()];
    for line in lines {
        for (i, g) in Grammar::ALL.iter().enumerate() {
            if g.parse(line).is_some() {
                counts[i] += 1;
                break;
            }
        }
    }
    let (best, &count) = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, c)| (**c, usize::MAX - i))?;
    (count > 0).then_some(Grammar::ALL[best])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::time::Zone;

    fn part<'a>(line: &'a str, r: &Option<Range<usize>>) -> &'a str {
        r.clone().map(|r| &line[r]).unwrap_or("")
    }

    /// Real lines from the field guide: (line, level, thread, source, message start).
    const WEBEX_LINES: [(&str, Level, &str, &str, &str); 6] = [
        (
            "2020-04-19T01:46:47.029Z <Error> [0x1190cadc0] TelephonyDevices.cpp:1158 notifyXapiCallError:Notifying UI of call failure due to xAPI error : Call Control setting disabled for OnPrem Device",
            Level::Error,
            "0x1190cadc0",
            "TelephonyDevices.cpp:1158",
            "notifyXapiCallError:Notifying UI",
        ),
        (
            "2024-02-28T09:10:06.831Z <Error> [0xeaa0][]E911RedSkyHttpRequester.cpp:97 E911RedSkyHttpRequester::getAccessTokenRequest::<lambda_2>::operator ():E911RedSky: ERROR: request http or server error 401",
            Level::Error,
            "0xeaa0",
            "E911RedSkyHttpRequester.cpp:97",
            "E911RedSkyHttpRequester::getAccessTokenRequest",
        ),
        (
            "2025-01-07T08:14:27.990Z <Debug> [0x6d10][]TelephonyService.cpp:8667 TelephonyService::notifyCallFailure::Call or mid-call feature failed. Locus Id: [00000000-0000-0000-0000-000000000000] Error type = [1000] isFatal = true rawType = [1000] httpStatus = [403]",
            Level::Debug,
            "0x6d10",
            "TelephonyService.cpp:8667",
            "TelephonyService::notifyCallFailure::Call",
        ),
        (
            "2024-01-30T07:19:10.078Z <Error> [0x45c] BroadWorksLoginAdapter.cpp:452 BroadWorksLoginAdapter::handleLoginError:BWC:SCF: Login error occurred: errorCode=1507",
            Level::Error,
            "0x45c",
            "BroadWorksLoginAdapter.cpp:452",
            "BroadWorksLoginAdapter::handleLoginError",
        ),
        (
            "2024-01-30T07:01:25.213Z <Info> [0x390] parser.rl:232 TP::Xml::Parser::parse:BWC:INTERNAL: Incomplete",
            Level::Info,
            "0x390",
            "parser.rl:232",
            "TP::Xml::Parser::parse",
        ),
        (
            "2020-04-20T14:01:59.342Z <Info> [9968] WME:0 :[SQ] [SQ] INFO: SQAudioTX - vid=0 csi=843778816",
            Level::Info,
            "9968",
            "WME:0",
            ":[SQ]",
        ),
    ];

    #[test]
    fn webex_app_lines_from_the_field_guide() {
        for (line, level, thread, source, body) in WEBEX_LINES {
            let h = Grammar::WebexApp
                .parse(line.as_bytes())
                .unwrap_or_else(|| panic!("not a header: {line}"));
            assert_eq!(h.stamp.zone, Zone::Utc, "{line}");
            assert_eq!(h.level, level, "{line}");
            assert_eq!(part(line, &h.thread), thread, "{line}");
            assert_eq!(part(line, &h.source), source, "{line}");
            assert!(line[h.body..].starts_with(body), "{line}");
        }
    }

    #[test]
    fn csf_shape() {
        let line = "2024-02-01 05:48:33,461 ERROR [0x6d4ab000] [path/File.cpp(189)] [logger] [function] - message text";
        let h = Grammar::Csf.parse(line.as_bytes()).unwrap();
        assert_eq!(h.level, Level::Error);
        assert_eq!(part(line, &h.thread), "0x6d4ab000");
        assert_eq!(part(line, &h.source), "path/File.cpp(189)");
        assert_eq!(&line[h.body..], "message text");
        assert!(Grammar::WebexApp.parse(line.as_bytes()).is_none());
    }

    #[test]
    fn broadworks_pipe_shape() {
        let line = "2023.01.26 16:51:41:106 CET | Info       | Sip | Call Half Input Adapter 5 | 2966060 | +15403362011 | callhalf-58591:0 |";
        let h = Grammar::BroadWorks.parse(line.as_bytes()).unwrap();
        assert_eq!(h.level, Level::Info);
        assert_eq!(part(line, &h.source), "Sip");
        assert!(line[h.body..].starts_with("Sip | Call Half"));
        let oci = "2022.05.26 09:34:57:686 EDT | Info | OCI-P | BCCT Worker #0 Received the following request from: 127.0.0.1:56212 <?xml";
        let h = Grammar::BroadWorks.parse(oci.as_bytes()).unwrap();
        assert_eq!(part(oci, &h.source), "OCI-P");
    }

    #[test]
    fn broadworks_severe_is_error() {
        let line = "2024.04.23 12:38:08:187 CET | Severe     | ProvisioningServer | IMP Provisioning Adapter 1 |";
        assert_eq!(
            Grammar::BroadWorks.parse(line.as_bytes()).unwrap().level,
            Level::Error
        );
    }

    #[test]
    fn common_log_format() {
        let line = r#"198.51.100.79 - - [16/May/2024:09:06:02 +0100] "GET /com.broadsoft.xsi-actions/v2.0/user/x/profile HTTP/1.1" 200 812"#;
        let h = Grammar::Clf.parse(line.as_bytes()).unwrap();
        assert_eq!(part(line, &h.source), "198.51.100.79");
        assert!(line[h.body..].starts_with("\"GET /com.broadsoft"));
        assert_eq!(h.level, Level::Info);
        let err = r#"192.0.2.33 - - [16/May/2024:09:06:05 +0100] "GET /x HTTP/1.1" 503 0"#;
        assert_eq!(
            Grammar::Clf.parse(err.as_bytes()).unwrap().level,
            Level::Error
        );
    }

    #[test]
    fn continuation_lines_are_not_headers() {
        for line in [
            "REGISTER sip:as.contoso.example SIP/2.0",
            "\tGET /authService/token",
            "<?xml version=\"1.0\"?>",
            "",
            "2024",
            "2024-03-08T16:40:43.964Z",
        ] {
            for g in Grammar::ALL {
                assert!(g.parse(line.as_bytes()).is_none(), "{g:?} took {line:?}");
            }
        }
    }

    #[test]
    fn sniff_picks_the_majority_grammar() {
        let lines = [
            "2023.01.26 16:51:41:106 CET | Info | Sip |",
            "\tudp 1111 SIP Bytes IN from 10.61.205.219:58300",
            "2023.01.26 16:51:42:106 CET | Info | Sip |",
        ];
        assert_eq!(
            sniff(lines.iter().map(|l| l.as_bytes())),
            Some(Grammar::BroadWorks)
        );
        assert_eq!(sniff(["plain", "text"].iter().map(|l| l.as_bytes())), None);
    }
}
