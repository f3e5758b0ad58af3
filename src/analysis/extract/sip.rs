//! SIP messages as the Webex app prints them.
//!
//! How the app prints SIP is not documented, so nothing here keys on its
//! wording: a message is found by its RFC 3261 start line
//! (`REGISTER sip:… SIP/2.0`, `SIP/2.0 200 OK`), its headers by their
//! names. Three printings are accepted (field guide §3): the raw message on
//! the lines after an announcing line; the whole message on one line with
//! escaped `\r\n`; and every message line carrying the full log prefix. The
//! first two are parsed from one record's text, the third is gathered by
//! [`super::scan`] and parsed here line by line.

use std::sync::{Arc, LazyLock};

use regex::Regex;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Sent,
    Received,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartLine<'a> {
    Request { method: &'a str, uri: &'a str },
    Response { code: u16, reason: &'a str },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SipMessage {
    pub direction: Direction,
    /// The status code of a response; 0 for a request.
    code: u16,
    /// Length of the start line's part in `text`.
    start_len: u32,
    /// `address:port` of the other side, when the log names it.
    pub peer: Option<String>,
    /// The start line (`METHOD uri` of a request, the reason of a
    /// response), then the headers, a `name:value` line each with the name
    /// in lower case and compact forms expanded, then an empty line and the
    /// body. One allocation a message rather than two a header: a bundle of
    /// a gigabyte holds tens of thousands of messages.
    text: Arc<str>,
}

/// Where a start line sits in a text: `(offset, length)`.
pub fn find_start_line(text: &str) -> Option<(usize, usize)> {
    static START: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:[A-Z]{3,10} sips?:[^\s\\]+ SIP/2\.0|SIP/2\.0 [1-6]\d\d(?: [^\r\n\\]*)?)")
            .expect("start-line regex")
    });
    // Every start line holds the version; most texts hold no SIP at all.
    memchr::memmem::find(text.as_bytes(), b"SIP/2.0")?;
    START.find(text).map(|m| (m.start(), m.len()))
}

/// Reads the direction from the words or arrows that announce a message:
/// `Sending`, `OUT to`, `sipio-sent--->`, `writing 572 bytes to`, `>>`
/// for a message sent; `Received`, `IN from`, `read 439 bytes from`, `<<`
/// for one received. The last word counts; arrows, which logs also use as
/// decoration, only when there is no word.
pub fn direction_of(announce: &str) -> Direction {
    static WORDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:(send|sending|sent|outgoing|outbound|out\s+to|tx|to\s+network|writ(?:e|ing|ten)|wrote)|(received?|receiving|incoming|inbound|in\s+from|recv|rx|from\s+network|read(?:ing)?))\b")
            .expect("direction regex")
    });
    static ARROWS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(>>|-+>|=>)|(<<|<-+|<=)").expect("arrow regex"));
    // A word that names a function (`BWCLogSink::write:`, `read(`) says
    // nothing of the message.
    let is_name = |m: regex::Match| {
        announce[m.end()..].starts_with([':', '(']) || announce[..m.start()].ends_with("::")
    };
    let last = |re: &Regex| {
        re.captures_iter(announce)
            .filter(|c| c.get(0).is_some_and(|m| !is_name(m)))
            .last()
            .map(|c| {
                if c.get(1).is_some() {
                    Direction::Sent
                } else {
                    Direction::Received
                }
            })
    };
    // A field that says it: `"dir":"OUT"`, `direction=received`.
    static FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)\bdir(?:ection)?["']?\s*[:=]\s*["']?(?:(out(?:going|bound)?|sen[dt]|tx)|(in(?:coming|bound)?|recv|received|rx))\b"#)
            .expect("direction field regex")
    });
    last(&FIELD)
        .or_else(|| last(&WORDS))
        .or_else(|| last(&ARROWS))
        .unwrap_or(Direction::Unknown)
}

/// The address the announce names: `to 203.0.113.10:8934`, `from [2001:db8::1]:5061`,
/// `to TLS:203.0.113.177:5061`, or the first `address:port` in it.
pub fn peer_of(announce: &str) -> Option<String> {
    static PEER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:to|from)\s+(?:(?:tls|tcp|udp|wss?|sips?)[:/ ])?\s*(\[[0-9a-f:]+\]:\d+|[a-z0-9][a-z0-9.-]*\.[a-z0-9-]+:\d{2,5})\b")
            .expect("peer regex")
    });
    static ANY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(\d{1,3}(?:\.\d{1,3}){3}:\d{2,5})\b").expect("address regex")
    });
    // `[TLS 192.0.2.95:56708 -> 203.0.113.77:5061]`, `[… <- 203.0.113.77:5061]`:
    // the local address comes first, the other side after the arrow.
    static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:\d{1,3}(?:\.\d{1,3}){3}|\])(?::\d{2,5})?\s*(?:-+>|<-+|=>|<=)\s*(\[[0-9a-fA-F:]+\]:\d+|\d{1,3}(?:\.\d{1,3}){3}:\d{2,5})\b")
            .expect("address pair regex")
    });
    BETWEEN
        .captures(announce)
        .or_else(|| PEER.captures(announce))
        .or_else(|| ANY.captures(announce))
        .map(|c| c[1].to_owned())
}

/// Writes a header's full name (RFC 3261 §7.3.3 compact forms expanded) in
/// lower case.
fn push_canonical(out: &mut String, name: &str) {
    let lower = name.trim().to_ascii_lowercase();
    let full = match lower.as_str() {
        "i" => "call-id",
        "m" => "contact",
        "f" => "from",
        "t" => "to",
        "v" => "via",
        "l" => "content-length",
        "c" => "content-type",
        "o" => "event",
        "k" => "supported",
        _ => &lower,
    };
    out.push_str(full);
}

/// Parses a message from its lines, the first being the start line. Lines
/// after the first empty one are the body.
pub fn parse_lines<'a>(
    lines: impl IntoIterator<Item = &'a str>,
    direction: Direction,
    peer: Option<String>,
) -> Option<SipMessage> {
    // A CR may arrive as itself or written out as `^M`.
    let mut lines = lines
        .into_iter()
        .map(|l| l.trim_end_matches('\r').trim_end_matches("^M"));
    let first = lines.next()?.trim();
    let start = parse_start(first)?;
    let mut text = String::new();
    let code = match start {
        StartLine::Request { method, uri } => {
            text.push_str(method);
            text.push(' ');
            text.push_str(uri);
            0
        }
        StartLine::Response { code, reason } => {
            text.push_str(reason);
            code
        }
    };
    let start_len = text.len() as u32;
    text.push('\n');
    let mut in_body = false;
    for line in lines {
        // A marker a log puts before every line of a message (`--> `,
        // `<< `, `| `) is not part of a header.
        let header = if in_body { line } else { unmarked(line) };
        if in_body {
            text.push_str(line);
            text.push('\n');
        } else if header.trim().is_empty() {
            in_body = true;
            text.push('\n');
        } else if let Some((name, value)) = header.split_once(':') {
            if name.is_empty() || name.contains(' ') {
                continue;
            }
            push_canonical(&mut text, name);
            text.push(':');
            text.push_str(value.trim());
            text.push('\n');
        }
    }
    if !in_body {
        text.push('\n');
    }
    text.truncate(text.trim_end().len());
    Some(SipMessage {
        direction,
        code,
        start_len,
        peer,
        text: text.into(),
    })
}

/// A line without a leading marker of arrows, bars or stars.
fn unmarked(line: &str) -> &str {
    let t = line.trim_start();
    let marker = t
        .bytes()
        .take_while(|b| {
            matches!(
                b,
                b'-' | b'<' | b'>' | b'=' | b'|' | b'*' | b'#' | b' ' | b'\t'
            )
        })
        .count();
    if marker <= 6 { &t[marker..] } else { line }
}

/// Parses a message written out in `text` (raw lines, or one line with
/// escaped `\r\n`), starting at its start line.
pub fn parse_text(text: &str, direction: Direction, peer: Option<String>) -> Option<SipMessage> {
    if text.contains("\\r\\n") || (!text.contains('\n') && text.contains("\\n")) {
        let unescaped = text
            .replace("\\r\\n", "\n")
            .replace("\\n", "\n")
            .replace("\\t", "\t");
        return parse_lines(unescaped.lines(), direction, peer);
    }
    parse_lines(text.lines(), direction, peer)
}

fn parse_start(line: &str) -> Option<StartLine<'_>> {
    if let Some(rest) = line.strip_prefix("SIP/2.0 ") {
        let (code, reason) = rest.split_once(' ').unwrap_or((rest, ""));
        let code: u16 = code.parse().ok().filter(|c| (100..700).contains(c))?;
        return Some(StartLine::Response {
            code,
            reason: reason.trim(),
        });
    }
    let mut parts = line.split_whitespace();
    let method = parts.next()?;
    let uri = parts.next()?;
    if parts.next()? != "SIP/2.0"
        || !method.bytes().all(|b| b.is_ascii_uppercase())
        || !uri.starts_with("sip")
    {
        return None;
    }
    Some(StartLine::Request { method, uri })
}

impl SipMessage {
    pub fn start(&self) -> StartLine<'_> {
        let line = self.text.get(..self.start_len as usize).unwrap_or("");
        match self.code {
            0 => {
                let (method, uri) = line.split_once(' ').unwrap_or((line, ""));
                StartLine::Request { method, uri }
            }
            code => StartLine::Response { code, reason: line },
        }
    }

    /// The headers and the body, after the start line.
    fn fields(&self) -> &str {
        self.text.get(self.start_len as usize + 1..).unwrap_or("")
    }

    /// Every header as `(name, value)`, in the message's order.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &str)> {
        self.fields()
            .split('\n')
            .take_while(|l| !l.is_empty())
            .filter_map(|l| l.split_once(':'))
    }

    pub fn body(&self) -> &str {
        let fields = self.fields();
        if let Some(body) = fields.strip_prefix('\n') {
            return body;
        }
        fields.split_once("\n\n").map_or("", |(_, body)| body)
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers().find(|&(n, _)| n == name).map(|(_, v)| v)
    }

    pub fn call_id(&self) -> Option<&str> {
        self.header("call-id")
    }

    /// `CSeq: 2 REGISTER` as `(2, "REGISTER")`.
    pub fn cseq(&self) -> Option<(u32, &str)> {
        let v = self.header("cseq")?;
        let (n, method) = v.trim().split_once(char::is_whitespace)?;
        // A log that quotes the message leaves its quote after the method.
        let method = method
            .trim_start()
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .next()?;
        Some((n.trim().parse().ok()?, method))
    }

    /// The method this message is about: its own for requests, the CSeq's for responses.
    pub fn method(&self) -> Option<&str> {
        match self.start() {
            StartLine::Request { method, .. } => Some(method),
            StartLine::Response { .. } => self.cseq().map(|(_, m)| m),
        }
    }

    pub fn status(&self) -> Option<u16> {
        (self.code != 0).then_some(self.code)
    }

    /// The URIs of every Contact header (a header may list several).
    pub fn contacts(&self) -> Vec<String> {
        self.headers()
            .filter(|&(n, _)| n == "contact")
            .flat_map(|(_, v)| split_contacts(v))
            .filter_map(|c| contact_uri(&c))
            .collect()
    }

    pub fn expires(&self) -> Option<u32> {
        self.header("expires").and_then(|v| v.trim().parse().ok())
    }

    /// The message as it went over the wire: start line, every header with
    /// its usual spelling, an empty line, the body.
    pub fn wire(&self) -> String {
        let mut out = match self.start() {
            StartLine::Request { method, uri } => format!("{method} {uri} SIP/2.0\n"),
            StartLine::Response { code, reason } => format!("SIP/2.0 {code} {reason}\n"),
        };
        for (name, value) in self.headers() {
            out.push_str(&header_spelling(name));
            out.push_str(": ");
            out.push_str(value);
            out.push('\n');
        }
        let body = self.body();
        if !body.is_empty() {
            out.push('\n');
            out.push_str(body);
        }
        out
    }

    /// A short label for ladders and evidence: `REGISTER` or `401 Unauthorized`.
    pub fn label(&self) -> String {
        match self.start() {
            StartLine::Request { method, .. } => method.to_owned(),
            StartLine::Response { code, reason } => format!("{code} {reason}").trim().to_owned(),
        }
    }
}

/// A lower-cased header name as RFC 3261 spells it: capitals after each
/// dash, and the few names whose spelling is not that.
fn header_spelling(name: &str) -> String {
    const ODD: [(&str, &str); 6] = [
        ("call-id", "Call-ID"),
        ("cseq", "CSeq"),
        ("www-authenticate", "WWW-Authenticate"),
        ("mime-version", "MIME-Version"),
        ("rack", "RAck"),
        ("rseq", "RSeq"),
    ];
    if let Some((_, odd)) = ODD.iter().find(|(n, _)| *n == name) {
        return (*odd).to_owned();
    }
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_uppercase().chain(chars).collect::<String>()
            })
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Splits a Contact value on the commas between contacts, not those inside
/// `<…>` or quotes.
fn split_contacts(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut depth, mut quoted, mut cur) = (0i32, false, String::new());
    for ch in value.chars() {
        match ch {
            '"' => quoted = !quoted,
            '<' if !quoted => depth += 1,
            '>' if !quoted => depth -= 1,
            ',' if !quoted && depth == 0 => {
                out.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(ch);
    }
    out.push(cur);
    out
}

/// `<sip:user@192.0.2.63:52011;transport=tls>;expires=3600` → `sip:user@192.0.2.63:52011`.
pub fn contact_uri(contact: &str) -> Option<String> {
    let c = contact.trim();
    let inner = match (c.find('<'), c.find('>')) {
        (Some(a), Some(b)) if a < b => &c[a + 1..b],
        _ => c.split(';').next().unwrap_or(c),
    };
    let uri = inner.split(';').next()?.trim();
    uri.starts_with("sip").then(|| uri.to_ascii_lowercase())
}

/// The user part of a SIP URI: `sip:22175294_wxt@host` → `22175294_wxt`.
pub fn uri_user(uri: &str) -> Option<&str> {
    let rest = uri.trim_start_matches('<').split_once(':')?.1;
    let (user, _) = rest.split_once('@')?;
    Some(user)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REGISTER: &str = "REGISTER sip:as.contoso.example SIP/2.0\r\nVia: SIP/2.0/TLS 192.0.2.63:52011;branch=z9hG4bKc85ca2c132;rport\r\nFrom: <sip:22175294_wxt@contoso.example.net>;tag=f28c105d\r\nTo: <sip:22175294_wxt@contoso.example.net>\r\nCall-ID: 1fb17c2390c192cf@192.0.2.63\r\nCSeq: 1 REGISTER\r\nContact: <sip:22175294_wxt@192.0.2.63:52011;transport=tls>;+sip.instance=\"<urn:uuid:d23f0824>\"\r\nExpires: 3600\r\nContent-Length: 0\r\n\r\n";

    #[test]
    fn raw_register_parses() {
        let m = parse_text(REGISTER, Direction::Sent, None).unwrap();
        assert_eq!(
            m.start(),
            StartLine::Request {
                method: "REGISTER",
                uri: "sip:as.contoso.example"
            }
        );
        assert_eq!(m.call_id(), Some("1fb17c2390c192cf@192.0.2.63"));
        assert_eq!(m.cseq(), Some((1, "REGISTER")));
        assert_eq!(m.contacts(), ["sip:22175294_wxt@192.0.2.63:52011"]);
        assert_eq!(m.expires(), Some(3600));
        assert_eq!(m.method(), Some("REGISTER"));
    }

    #[test]
    fn escaped_one_line_message_parses() {
        let line = "SIP/2.0 200 OK\\r\\nCall-ID: c3044eacef18ca95@192.0.2.42\\r\\nCSeq: 3 REGISTER\\r\\nContact: <sip:33117446_wxt@198.51.100.139:50412;transport=tls>;expires=3412\\r\\nContent-Length: 0\\r\\n\\r\\n";
        let m = parse_text(line, Direction::Received, None).unwrap();
        assert_eq!(m.status(), Some(200));
        assert_eq!(m.method(), Some("REGISTER"));
        assert_eq!(m.contacts(), ["sip:33117446_wxt@198.51.100.139:50412"]);
        assert_eq!(m.label(), "200 OK");
    }

    #[test]
    fn markers_before_every_line() {
        let text =
            "REGISTER sip:voice.example.org SIP/2.0\n--> Call-ID: a@b\n--> CSeq: 1 REGISTER\n-->\n";
        let m = parse_text(text, Direction::Sent, None).unwrap();
        assert_eq!(
            (m.call_id(), m.cseq()),
            (Some("a@b"), Some((1, "REGISTER")))
        );
        let answer = parse_text(
            "SIP/2.0 200 OK\n<-- CSeq: 1 REGISTER\n<-- Contact: <sip:u@192.0.2.1:5060>\n",
            Direction::Received,
            None,
        )
        .unwrap();
        assert_eq!(answer.contacts(), ["sip:u@192.0.2.1:5060"]);
    }

    #[test]
    fn written_out_carriage_returns() {
        let text =
            "REGISTER sip:voice.example.net SIP/2.0^M\nCall-ID: a@b^M\nCSeq: 1 REGISTER^M\n^M\n";
        let m = parse_text(text, Direction::Sent, None).unwrap();
        assert_eq!(
            (m.method(), m.call_id(), m.cseq()),
            (Some("REGISTER"), Some("a@b"), Some((1, "REGISTER")))
        );
    }

    #[test]
    fn compact_headers_and_multiple_contacts() {
        let text = "SIP/2.0 200 OK\ni: abc@h\nm: <sip:a@192.0.2.1:5060>;expires=60, \"x, y\" <sip:b@192.0.2.2:5060>;expires=30\nCSeq: 7 REGISTER\n";
        let m = parse_text(text, Direction::Received, None).unwrap();
        assert_eq!(m.call_id(), Some("abc@h"));
        assert_eq!(
            m.contacts(),
            ["sip:a@192.0.2.1:5060", "sip:b@192.0.2.2:5060"]
        );
    }

    #[test]
    fn a_message_is_written_back_as_on_the_wire() {
        let m = parse_text(
            "SIP/2.0 401 Unauthorized\ni: abc@host\nCSEQ: 2 REGISTER\nwww-authenticate: Digest realm=\"bw\"\nContent-Length: 0\n",
            Direction::Received,
            None,
        )
        .expect("parses");
        assert_eq!(
            m.wire(),
            "SIP/2.0 401 Unauthorized\nCall-ID: abc@host\nCSeq: 2 REGISTER\n\
             WWW-Authenticate: Digest realm=\"bw\"\nContent-Length: 0\n"
        );
        let invite = parse_text(
            "INVITE sip:bob@example.com SIP/2.0\nv: SIP/2.0/TLS a\nc: application/sdp\n\nv=0\nm=audio 4000 RTP/AVP 0",
            Direction::Sent,
            None,
        )
        .expect("parses");
        assert_eq!(
            invite.wire(),
            "INVITE sip:bob@example.com SIP/2.0\nVia: SIP/2.0/TLS a\nContent-Type: application/sdp\n\nv=0\nm=audio 4000 RTP/AVP 0"
        );
    }

    #[test]
    fn headers_keep_their_order_and_the_body_its_lines() {
        let text =
            "SIP/2.0 200 OK\nv: SIP/2.0/TLS 192.0.2.1:5061\nCall-ID: x@y\n\nline one\n\nline two\n";
        let m = parse_text(text, Direction::Received, None).unwrap();
        assert_eq!(
            m.headers().collect::<Vec<_>>(),
            [("via", "SIP/2.0/TLS 192.0.2.1:5061"), ("call-id", "x@y")]
        );
        assert_eq!(m.body(), "line one\n\nline two");
        assert_eq!(
            m.start(),
            StartLine::Response {
                code: 200,
                reason: "OK"
            }
        );

        let bare = parse_text("SIP/2.0 100 Trying\n", Direction::Received, None).unwrap();
        assert_eq!((bare.headers().count(), bare.body()), (0, ""));
        assert_eq!(bare.label(), "100 Trying");
        let no_reason = parse_text("SIP/2.0 180", Direction::Received, None).unwrap();
        assert_eq!(
            (no_reason.status(), no_reason.label().as_str()),
            (Some(180), "180")
        );
        let body_only =
            parse_text("SIP/2.0 200 OK\n\n<reginfo/>", Direction::Received, None).unwrap();
        assert_eq!(
            (body_only.headers().count(), body_only.body()),
            (0, "<reginfo/>")
        );
    }

    #[test]
    fn notify_body_is_kept() {
        let text = "NOTIFY sip:u@192.0.2.1:5060 SIP/2.0\nEvent: reg\nContent-Type: application/reginfo+xml\n\n<reginfo state=\"partial\"><registration/></reginfo>\n";
        let m = parse_text(text, Direction::Received, None).unwrap();
        assert_eq!(m.header("event"), Some("reg"));
        assert!(m.body().starts_with("<reginfo"));
    }

    #[test]
    fn start_lines_are_found_inside_log_text() {
        let announce = "SipTransport::onMessage:BWC:SIP: Sending SIP message to 203.0.113.211:5075 (TLS): REGISTER sip:as.example.com SIP/2.0\\r\\nVia: x";
        let (at, _) = find_start_line(announce).unwrap();
        assert!(announce[at..].starts_with("REGISTER sip:as.example.com SIP/2.0"));
        assert_eq!(direction_of(&announce[..at]), Direction::Sent);
        assert_eq!(
            peer_of(&announce[..at]).as_deref(),
            Some("203.0.113.211:5075")
        );
        assert!(find_start_line("Via: SIP/2.0/TLS 192.0.2.63:52011").is_none());
        assert!(find_start_line("no sip here").is_none());
    }

    #[test]
    fn directions_in_other_wordings() {
        assert_eq!(
            direction_of("Received SIP message from 1.2.3.4:5"),
            Direction::Received
        );
        assert_eq!(
            direction_of("<-- IN from 203.0.113.9:5061"),
            Direction::Received
        );
        assert_eq!(direction_of("SIP OUT to 203.0.113.9:5061"), Direction::Sent);
        assert_eq!(direction_of("sip msg recv"), Direction::Received);
        assert_eq!(direction_of("outgoing request"), Direction::Sent);
        assert_eq!(direction_of("message"), Direction::Unknown);
        assert_eq!(
            direction_of(r#"emit:BWC:SIP: {"dir":"OUT","peer":"203.0.113.12:8934","message":""#),
            Direction::Sent
        );
        assert_eq!(direction_of("sip direction=IN from"), Direction::Received);
        assert_eq!(direction_of("send():BWC:SIP: >> TLS"), Direction::Sent);
        assert_eq!(direction_of("BWCLogSink::write:<< "), Direction::Received);
        assert_eq!(
            direction_of("onData():BWC:SIP: << TLS"),
            Direction::Received
        );
        assert_eq!(direction_of("[sipio] sipio-sent---> "), Direction::Sent);
        assert_eq!(
            direction_of(
                "SipTransport::send::BWC:SIP: writing 572 bytes to TLS:203.0.113.177:5061"
            ),
            Direction::Sent
        );
        assert_eq!(
            direction_of("onData::BWC:SIP: read 439 bytes from TLS:203.0.113.177:5061"),
            Direction::Received
        );
        assert_eq!(
            peer_of("writing 572 bytes to TLS:203.0.113.177:5061").as_deref(),
            Some("203.0.113.177:5061")
        );
        assert_eq!(
            peer_of("send [TLS 192.0.2.95:56708 -> 203.0.113.77:5061] REGISTER").as_deref(),
            Some("203.0.113.77:5061")
        );
        assert_eq!(
            peer_of("recv [TLS 192.0.2.95:56708 <- 203.0.113.77:5061] SIP/2.0 200 OK").as_deref(),
            Some("203.0.113.77:5061")
        );
        assert_eq!(
            peer_of("TLS connect to sbc.example.net:5061 failed: Connection timed out").as_deref(),
            Some("sbc.example.net:5061")
        );
    }

    #[test]
    fn garbage_is_not_a_message() {
        assert!(parse_text("SIP/2.0 abc\n", Direction::Unknown, None).is_none());
        assert!(parse_text("hello world\n", Direction::Unknown, None).is_none());
        assert!(parse_text("", Direction::Unknown, None).is_none());
    }

    #[test]
    fn uri_parts() {
        assert_eq!(
            uri_user("sip:22175294_wxt@contoso.example.net"),
            Some("22175294_wxt")
        );
        assert_eq!(
            contact_uri("<sip:u@h:1;transport=tls>;expires=3"),
            Some("sip:u@h:1".into())
        );
    }
}
