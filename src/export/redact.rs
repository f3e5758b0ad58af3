//! Masks personal data in anything that leaves the tool: screenshots, the
//! escalation summary, copied log lines.
//!
//! Masks are stable for the life of a [`Redactor`]: the same email always
//! becomes the same `<email-1>`, so a redacted flow stays readable. It errs
//! on the side of masking too much: a screenshot for a ticket must not leak.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::{LazyLock, Mutex};

use aho_corasick::{AhoCorasick, MatchKind};
use regex::{Captures, Regex};
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Email,
    User,
    Phone,
    Ip,
    Name,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::User => "user",
            Kind::Phone => "phone",
            Kind::Ip => "ip",
            Kind::Name => "name",
        }
    }
}

/// Where a key or header begins: at a word's start, or right after an
/// escaped line end (`…\r\nAuthorization:` in a SIP message logged on one
/// line), where `\b` sees no boundary.
macro_rules! key_start {
    () => {
        r"(?:\\[rn]|\b)"
    };
}

/// Compiles one of the redactor's own patterns (constant, tested).
fn pattern(re: &str) -> Regex {
    Regex::new(re).unwrap_or_else(|e| panic!("redaction pattern {re}: {e}"))
}

/// Authorization headers and cookies: the value to the end of the line,
/// or of the quoted string (JSON) or of the escaped line.
static HEADER_SECRET: LazyLock<Regex> = LazyLock::new(|| {
    pattern(concat!(
        r#"(?i)("#,
        key_start!(),
        r#"(?:proxy-)?(?:authorization|cookie|set-cookie)"?\s*[:=]\s*"?)((?:[^"\r\n\\]|\\[^rn"])+)"#
    ))
});
/// Keys whose value is a secret wherever they appear, with any prefix
/// (`access_token`, `sipPassword`, `X-Amz-Signature`).
static STRONG_SECRET: LazyLock<Regex> = LazyLock::new(|| {
    pattern(concat!(
        r#"(?i)("#,
        key_start!(),
        r#"[a-z0-9_.-]*(?:password|passwd|passcode|secret|token|api_?key|credential|signature)"?\s*[=:]\s*)(?:"([^"\r\n]*)"|([^"\s,;<>&\\]+))"#
    ))
});
/// Keys that are also ordinary words (`response`, `pin`, `pass`): a secret
/// only as a whole key with `=` or as a quoted JSON key, so that
/// `onResponse:` and `HTTP response: 401` stay readable.
static WEAK_SECRET: LazyLock<Regex> = LazyLock::new(|| {
    pattern(concat!(
        r#"(?i)("#,
        key_start!(),
        r#"(?:[a-z0-9]+[_.-])*(?:pass|pwd|pin|nonce|cnonce|response|opaque)(?:\s*=|"\s*:)\s*)(?:"([^"\r\n]*)"|([^"\s,;<>&\\]+))"#
    ))
});
static XML_SECRET: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?i)(<(?:[a-z]+:)?[a-z_-]*(?:password|passwd|passcode|secret|token|pin)>)([^<]*)")
});
/// `https://user:password@host/…`.
static URL_CREDENTIALS: LazyLock<Regex> =
    LazyLock::new(|| pattern(r#"(?i)(\b[a-z][a-z0-9+.-]*://)([^/\s:@"<>]+):([^/\s@"<>]+)@"#));
/// OAuth codes and signed-URL parameters in a query string.
static QUERY_SECRET: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r#"(?i)([?&](?:code|access_token|id_token|refresh_token|sig|signature)=)([^&\s"'<>#]+)"#,
    )
});
/// JSON web tokens, signed or not.
static JWT: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"));
/// Account names outside SIP URIs: digest `username=`, `user=`,
/// `account=`, the DMS configuration's `<userName>` and `<auth-name>`, the
/// XSI profile's `<userId>`.
static USER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern(concat!(
        r#"(?i)("#,
        key_start!(),
        r#"(?:user_?name|auth-?name|login_?id|sip_?user_?(?:name|id)?|user|account)"?\s*[=:]\s*"?|<(?:[a-z]+:)?(?:user_?name|auth-?name|login_?id|sip_?user_?name|user_?id)>)([^"\s,;<>&\\{}\[\]]+)"#
    ))
});
/// The user part of an Xsi-Actions URL (`/v2.0/user/jan.devries/profile`).
static XSI_USER: LazyLock<Regex> = LazyLock::new(|| pattern(r#"(?i)(/user/)([^/\s?"<>#]+)"#));
/// The user's folder in a home path: `C:\Users\jan\…`, `/Users/jan/…`,
/// `/home/jan/…`.
static HOME_USER: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r#"(?i)((?:\b[a-z]:)?[\\/]+(?:users|home|documents and settings)[\\/]+)([^\\/\s"'<>:*?|]+)"#,
    )
});
/// Folders under a home root that name no one.
const SHARED_HOMES: [&str; 5] = ["public", "shared", "default", "all users", "default user"];
static SIP_USER: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)(\b(?:sips?|tel):)([^@\s;>:<]+)(?::([^@\s;><]+))?@"));
/// A `tel:` URI without a host part: all of it is the number.
static TEL: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)(\btel:)(\+?[\d().-]+(?: [\d().-]+)*)"));
/// An email, also with its `@` encoded (`%40`, `%2540`, `\u0040`, `&#64;`)
/// and with letters of any script.
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"[\w.%+'-]+(?:@|%40|%2540|\\u0040|&#64;)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}",
    )
});
/// File extensions an email in a bundle's name is followed by: they are
/// not part of its domain.
const FILE_EXTENSIONS: [&str; 7] = [".zip", ".tar", ".gz", ".tgz", ".txt", ".log", ".json"];
/// Phone numbers as people and systems write them, each writing with the
/// digits it must hold (checked after a match, so that a time zone
/// `+0100 2024` or a date stays):
/// international (`+1 408 555 0134`, `+49 (0)30 1234 567`; no country
/// code starts with 0), national with a trunk 0 (`030 1234567`,
/// `0532 123 45 67`, `(020) 555-0199`), North American and Polish groups
/// (`408 555 0134`, `601 234 567`), and area codes in brackets.
static PHONES: LazyLock<[(Regex, std::ops::RangeInclusive<usize>); 4]> = LazyLock::new(|| {
    [
        (
            pattern(r"\+[1-9](?:[ .-]?\(\d{1,4}\)|[ .-]?\d{1,4}){1,10}"),
            9..=15,
        ),
        (pattern(r"\(?\b0\d{1,4}\)?(?:[ .-]?\d{2,8}){1,5}"), 9..=12),
        (pattern(r"\b\d{3}[ -]\d{3}[ -]\d{3,4}\b"), 9..=10),
        (
            pattern(r"\(\d{2,5}\)[ .-]?\d{2,4}(?:[ .-]\d{2,5}){1,2}"),
            7..=15,
        ),
    ]
});
/// Ten to fifteen digits in one run (checked in context by [`phone_run`]).
static DIGIT_RUN: LazyLock<Regex> = LazyLock::new(|| pattern(r"\d{10,15}"));
/// Keys whose numbers are counts, sizes and times, not phone numbers.
static NUMERIC_KEY: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)(?:cseq|content-length|length|size|bytes|count|ssrc|priority|expires|seq|timestamp|time|ts|duration|millis|ms|epoch|offset|build|udp|tcp|tls)\W{0,3}$",
    )
});
/// Phone numbers under a key that says so.
static PHONE_KEY: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r#"(?i)(<(?:[a-z]+:)?(?:number|mobile|phone|[a-z]*phone_?number|mobile_?number|extension|pager|fax)>)([^<]{2,40})|("(?:[a-z]*phone_?number|mobile|phone|telephone|msisdn)"\s*:\s*")([^"]{2,40})"#,
    )
});
/// Display names: quoted before an address (`"Jan de Vries" <sip:…>`),
/// unquoted after a SIP identity header (`From: Jan de Vries <sip:…>`), and
/// the values of name keys in JSON, `key=value` and XML
/// (`callingLineIdFirstName`, `remoteDisplayName`, `<display-name>`).
static DISPLAY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern(concat!(
        r#"(?i)(\\?")([^"\\\r\n<>=]{1,80})(\\?"\s*<(?:sips?:|tel:|mailto:|[^<>\s@"]+@))|("#,
        key_start!(),
        r#"(?:From|To|Contact|P-Asserted-Identity|P-Preferred-Identity|P-Called-Party-ID|Referred-By|Remote-Party-ID|Diversion|Refer-To|f|t|m)\s*:\s*)([^<>"\r\n:;=\\]*[^<>"\r\n:;=\\\s])(\s*<)|("#,
        key_start!(),
        r#"[a-z_-]*(?:display_?-?name|first_?-?name|last_?-?name|full_?-?name|given_?-?name|family_?-?name|caller_?-?(?:id_?-?)?name)"?\s*[=:]\s*"?)([^"\r\n,;<>&\\]{1,80})|(<(?:[a-z]+:)?[a-z_-]*(?:display-?name|first-?name|last-?name|full-?name|given-?name|family-?name)>)([^<]{1,80})"#
    ))
});
/// Capitalised words before an email in angle brackets
/// (`organizer: Anna Smit <anna@…>`).
static NAME_BEFORE_EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r#"\b(\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]+){1,3})(\s*<[^<>\s@"]+@)"#)
});
static IPV4: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?:\d{1,3}\.){3}\d{1,3}"));
/// Candidates only: what parses as an IPv6 address, with nothing of a word
/// around it, is one ([`ipv6_at`]); `16:57:50` and `Foo::Bar` are not.
static IPV6: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?i)(?:[0-9a-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4})(?:%[0-9a-z]+)?")
});
/// A network card's address, masked with the IPs.
static MAC: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?i)\b[0-9a-f]{2}(?::[0-9a-f]{2}){5}\b|\b[0-9a-f]{2}(?:-[0-9a-f]{2}){5}\b")
});

/// Shorter values are not masked wherever they appear: they would hit
/// ordinary words and numbers.
const MIN_KNOWN_LEN: usize = 4;

/// Redacts text with masks that stay the same for the same value.
#[derive(Debug, Default)]
pub struct Redactor {
    /// Also mask IP addresses (off by default: they help read a flow).
    pub ips: bool,
    masks: Mutex<HashMap<(Kind, String), String>>,
    /// The user's own identities, masked wherever they appear, also where
    /// no pattern finds them (inside a device name, a file name).
    known: Option<(AhoCorasick, Vec<(Kind, String)>)>,
}

impl Redactor {
    pub fn new(ips: bool) -> Redactor {
        Redactor {
            ips,
            masks: Mutex::default(),
            known: None,
        }
    }

    /// A redactor that also knows the identities an analysis found: the
    /// user's email, BroadWorks and SIP user ids and phone number.
    pub fn for_facts(ips: bool, facts: &BTreeMap<String, Value>) -> Redactor {
        let mut known = Vec::new();
        let fact = |name: &str| facts.get(name).and_then(Value::as_str);
        for (name, kind) in [
            ("user_email", Kind::Email),
            ("broadworks_user_id", Kind::User),
            ("sip_user", Kind::User),
            ("primary_phone_number", Kind::Phone),
        ] {
            let Some(value) = fact(name) else { continue };
            // `alice@example.com` also appears as plain `alice`; the parts
            // of `jan.devries@…` are the user's name, which logs print in
            // greetings, device names (`JDEVRIES-LAPTOP`) and paths.
            if let Some((local, _)) = value.split_once('@') {
                known.push((Kind::User, local.to_owned()));
                let parts: Vec<&str> = local.split(['.', '_', '-']).collect();
                if parts.len() > 1 {
                    known.extend(
                        parts
                            .into_iter()
                            .filter(|p| p.chars().all(char::is_alphabetic))
                            .map(|p| (Kind::Name, p.to_owned())),
                    );
                }
            }
            known.push((kind, value.to_owned()));
        }
        known.retain(|(_, v)| v.len() >= MIN_KNOWN_LEN);
        let mut r = Redactor::new(ips);
        r.known = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(known.iter().map(|(_, v)| v))
            .ok()
            .filter(|_| !known.is_empty())
            .map(|ac| (ac, known));
        r
    }

    fn mask(&self, kind: Kind, value: &str) -> String {
        let mut masks = self.masks.lock().unwrap_or_else(|p| p.into_inner());
        let next = masks.keys().filter(|(k, _)| *k == kind).count() + 1;
        masks
            .entry((kind, value.to_ascii_lowercase()))
            .or_insert_with(|| format!("<{}-{next}>", kind.word()))
            .clone()
    }

    /// The text with secrets, the user's known identities, account names,
    /// display names, SIP users, emails, phone numbers, home folders (and
    /// IP and MAC addresses when asked) masked.
    pub fn apply<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let secret = |c: &Captures| {
            let value = if c.get(2).is_some() {
                "\"<secret>\""
            } else {
                "<secret>"
            };
            format!("{}{value}", &c[1])
        };
        // First the XML elements: a `<secret>` mask is itself shaped like
        // one, and must not be taken for it.
        let mut out = replace(Cow::Borrowed(text), &XML_SECRET, |c| {
            format!("{}<secret>", &c[1])
        });
        out = replace(out, &HEADER_SECRET, |c| format!("{}<secret>", &c[1]));
        out = replace(out, &STRONG_SECRET, secret);
        out = replace(out, &WEAK_SECRET, secret);
        out = replace(out, &URL_CREDENTIALS, |c| {
            format!("{}{}:<secret>@", &c[1], self.mask(Kind::User, &c[2]))
        });
        out = replace(out, &QUERY_SECRET, |c| format!("{}<secret>", &c[1]));
        out = replace(out, &JWT, |_| "<secret>".to_owned());
        if let Some((ac, values)) = &self.known
            && ac.is_match(out.as_ref())
        {
            let mut masked = String::with_capacity(out.len());
            ac.replace_all_with(out.as_ref(), &mut masked, |m, _, dst| {
                let (kind, value) = &values[m.pattern().as_usize()];
                dst.push_str(&self.mask(*kind, value));
                true
            });
            out = Cow::Owned(masked);
        }
        out = replace(out, &USER_NAME, |c| {
            format!("{}{}", &c[1], self.mask(Kind::User, &c[2]))
        });
        out = replace_where(out, &XSI_USER, |_, m| {
            let user = &m.as_str()["/user/".len()..];
            (!user.starts_with('<')).then(|| format!("/user/{}", self.mask(Kind::User, user)))
        });
        out = replace(out, &HOME_USER, |c| {
            if SHARED_HOMES.contains(&c[2].to_lowercase().as_str()) || c[2].starts_with('<') {
                c[0].to_owned()
            } else {
                format!("{}{}", &c[1], self.mask(Kind::User, &c[2]))
            }
        });
        out = replace(out, &DISPLAY_NAME, |c| {
            // Each alternative has a key (or opening quote), the name, and
            // what follows it.
            let key = [1, 4, 7, 9].into_iter().find_map(|i| c.get(i));
            let name = [2, 5, 8, 10].into_iter().find_map(|i| c.get(i));
            let after = [3, 6].into_iter().find_map(|i| c.get(i));
            match (key, name) {
                (Some(k), Some(n))
                    if !n.as_str().trim().is_empty() && !n.as_str().starts_with('<') =>
                {
                    format!(
                        "{}{}{}",
                        k.as_str(),
                        self.mask(Kind::Name, n.as_str().trim()),
                        after.map_or("", |a| a.as_str())
                    )
                }
                _ => c[0].to_owned(),
            }
        });
        out = replace(out, &NAME_BEFORE_EMAIL, |c| {
            format!("{}{}", self.mask(Kind::Name, &c[1]), &c[2])
        });
        out = replace(out, &SIP_USER, |c| {
            let password = if c.get(3).is_some() { ":<secret>" } else { "" };
            format!("{}{}{password}@", &c[1], self.mask(Kind::User, &c[2]))
        });
        out = replace(out, &TEL, |c| {
            format!("{}{}", &c[1], self.mask(Kind::Phone, &digits_of(&c[2])))
        });
        out = replace_where(out, &EMAIL, |_, m| {
            let found = m.as_str();
            // `jan@contoso.example.zip` is a bundle named by an email.
            let ext = FILE_EXTENSIONS
                .iter()
                .find(|e| found.len() > e.len() && found.to_ascii_lowercase().ends_with(*e));
            let email = ext.map_or(found, |e| &found[..found.len() - e.len()]);
            Some(format!(
                "{}{}",
                self.mask(Kind::Email, email),
                ext.map_or("", |e| *e)
            ))
        });
        out = replace(out, &PHONE_KEY, |c| {
            let (key, value) = match (c.get(1), c.get(2)) {
                (Some(k), Some(v)) => (k.as_str(), v.as_str()),
                _ => (
                    c.get(3).map_or("", |m| m.as_str()),
                    c.get(4).map_or("", |m| m.as_str()),
                ),
            };
            if value.starts_with('<') {
                c[0].to_owned()
            } else {
                format!("{key}{}", self.mask(Kind::Phone, &digits_of(value)))
            }
        });
        for (re, digits) in PHONES.iter() {
            out = replace_where(out, re, |_, m| {
                let n = m.as_str().bytes().filter(u8::is_ascii_digit).count();
                digits
                    .contains(&n)
                    .then(|| self.mask(Kind::Phone, &digits_of(m.as_str())))
            });
        }
        out = replace_where(out, &DIGIT_RUN, |text, m| {
            phone_run(text, m).then(|| self.mask(Kind::Phone, m.as_str()))
        });
        if self.ips {
            out = replace_where(out, &IPV6, |text, m| {
                // `peer:fe80::1`: the key's colon is not the address's.
                let lead =
                    usize::from(m.as_str().starts_with(':') && !m.as_str().starts_with("::"));
                let address = &m.as_str()[lead..];
                ipv6_at(text, m.start() + lead, address)
                    .then(|| format!("{}{}", &m.as_str()[..lead], self.mask(Kind::Ip, address)))
            });
            out = replace_where(out, &IPV4, |text, m| {
                let around = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '.');
                let (before, after) = (
                    text[..m.start()].chars().next_back(),
                    text[m.end()..].chars().next(),
                );
                (!around(before) && !around(after)).then(|| self.mask(Kind::Ip, m.as_str()))
            });
            out = replace(out, &MAC, |c| self.mask(Kind::Ip, &c[0]));
        }
        out
    }
}

/// The digits of a phone number (and its `+`): one number written two ways
/// is one mask.
fn digits_of(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

/// Whether a run of 10 to 15 digits is a phone number: not part of a
/// longer number or word (`_` joins a number into a device name and still
/// counts), not after a key of counts and times (`CSeq:`, `ts=`), not a
/// time since 1970 in seconds or milliseconds, not the last group of a
/// UUID.
fn phone_run(text: &str, m: regex::Match) -> bool {
    let (before, after) = (
        text[..m.start()].chars().next_back(),
        text[m.end()..].chars().next(),
    );
    let joined = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    if joined(before) || joined(after) {
        return false;
    }
    let lead = &text[..m.start()];
    let context = &lead[lead.len().saturating_sub(24)..];
    if NUMERIC_KEY.is_match(context.trim_end_matches(|c: char| !c.is_ascii() || c.is_whitespace()))
    {
        return false;
    }
    let epoch = m.as_str().parse::<u64>().is_ok_and(|n| {
        (1_000_000_000..2_100_000_000).contains(&n)
            || (1_000_000_000_000..2_100_000_000_000).contains(&n)
    });
    let uuid_tail = m.as_str().len() == 12 && before == Some('-');
    !epoch && !uuid_tail
}

/// Whether a candidate of [`IPV6`] at `start` is an address: it parses as
/// one and is not part of a longer word, path or time.
fn ipv6_at(text: &str, start: usize, candidate: &str) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[start + candidate.len()..].chars().next();
    let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    // A colon before is a key's (`peer:fe80::1`) only after a letter.
    let colon_before = before == Some(':')
        && !text[..start - 1]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphabetic());
    let address = candidate.split('%').next().unwrap_or_default();
    !part(before)
        && !colon_before
        && !part(after)
        && after != Some(':')
        && address.bytes().any(|b| b.is_ascii_digit())
        && address.parse::<std::net::Ipv6Addr>().is_ok()
}

/// Like [`replace`], for patterns whose matches are checked in their
/// context: `mask` returns `None` to keep a match as it is.
fn replace_where<'t>(
    text: Cow<'t, str>,
    re: &Regex,
    mut mask: impl FnMut(&str, regex::Match) -> Option<String>,
) -> Cow<'t, str> {
    let mut out = String::new();
    let mut last = 0;
    for m in re.find_iter(&text) {
        if let Some(masked) = mask(&text, m) {
            out.push_str(&text[last..m.start()]);
            out.push_str(&masked);
            last = m.end();
        }
    }
    if last == 0 {
        return text;
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

fn replace<'t>(text: Cow<'t, str>, re: &Regex, f: impl FnMut(&Captures) -> String) -> Cow<'t, str> {
    match text {
        Cow::Borrowed(t) => re.replace_all(t, f),
        Cow::Owned(t) => Cow::Owned(re.replace_all(&t, f).into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_masked_stably() {
        let r = Redactor::new(false);
        let a = r.apply("Login complete for user femke.popescu@contoso.example orgId=x");
        let b = r.apply("again femke.popescu@contoso.example and bob@example.net");
        assert_eq!(a, "Login complete for user <email-1> orgId=x");
        assert_eq!(b, "again <email-1> and <email-2>");
    }

    #[test]
    fn sip_users_phones_and_secrets() {
        let r = Redactor::new(false);
        let line = r#"From: <sip:22175294_wxt@contoso.example.net>;tag=1 Authorization: Digest username="22175294_wxt",nonce="BroadWorksXj2x",response="3f4f8b9d" +31209939280"#;
        let out = r.apply(line);
        assert!(!out.contains("22175294_wxt@"), "{out}");
        assert!(
            !out.contains("BroadWorksXj2x") && !out.contains("3f4f8b9d"),
            "{out}"
        );
        assert!(!out.contains("+31209939280"), "{out}");
        assert!(r.apply("<password>hunter2</password>").contains("<secret>"));
        assert!(
            !r.apply("token=eyJhbGciOi.eyJzdWIiOi.sIgnAtUrE")
                .contains("eyJ")
        );
    }

    #[test]
    fn ips_only_when_asked() {
        assert!(
            Redactor::new(false)
                .apply("to 203.0.113.109:5061")
                .contains("203.0.113.109")
        );
        assert_eq!(
            Redactor::new(true).apply("to 203.0.113.109:5061"),
            "to <ip-1>:5061"
        );
    }

    #[test]
    fn keyed_tokens_and_account_names() {
        let r = Redactor::new(false);
        let out =
            r.apply(r#"{"access_token":"ZmFrZS1vcGFxdWU","expires_in":3600} client_secret=abc123"#);
        assert!(
            !out.contains("ZmFrZS1vcGFxdWU") && !out.contains("abc123"),
            "{out}"
        );
        assert!(out.contains("3600"), "{out}");
        let out = r.apply(r#"Digest username="alice_77" <userName>alice_77</userName> <auth-name>alice_77</auth-name>"#);
        assert!(!out.contains("alice_77"), "{out}");
        assert_eq!(out.matches("<user-1>").count(), 3, "{out}");
        let out = r.apply("deviceLinePort 4218_wxt@contoso.example.net");
        assert!(
            !out.contains("4218"),
            "an underscore is part of the address: {out}"
        );
    }

    #[test]
    fn known_identities_are_masked_wherever_they_appear() {
        let facts: BTreeMap<String, Value> = [
            ("user_email", "Jan.Devries@contoso.example"),
            ("sip_user", "42187410_wxt"),
            ("primary_phone_number", "+31201234567"),
            ("org_id", "9531985d"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), Value::from(v)))
        .collect();
        let r = Redactor::for_facts(false, &facts);
        let out =
            r.apply("<deviceName>pc_42187410_wxt</deviceName> jan.devries logged in, org 9531985d");
        assert_eq!(
            out,
            "<deviceName>pc_<user-1></deviceName> <user-2> logged in, org 9531985d"
        );
        // The same value found by a pattern gets the same mask.
        assert_eq!(
            r.apply("sip:42187410_wxt@as.example"),
            "sip:<user-1>@as.example"
        );
    }

    #[test]
    fn phones_in_every_writing() {
        let r = Redactor::new(false);
        for (line, kept) in [
            ("call +1 408 555 0134 now", "+1 408"),
            ("office (020) 555-0199.", "555-0199"),
            ("uri tel:+1-214-555-0123;phone-context=x", "214"),
            ("us 214-555-0123 done", "555-0123"),
            ("intl +31201234567", "31201234567"),
        ] {
            let out = r.apply(line);
            assert!(out.contains("<phone-"), "{line} -> {out}");
            assert!(!out.contains(kept), "{line} -> {out}");
        }
        // One number, written twice, is one mask.
        let out = r.apply("+1 408 555 0134 and +14085550134");
        assert_eq!(out.matches("<phone-1>").count(), 2, "{out}");
        // Times, zones, versions and durations are not numbers to hide.
        for line in [
            "2024-03-11T08:20:47.000+0100 took +1.234 s",
            "Thu Mar 11 08:20:47 +0100 2024",
            "version 44.2.0.31004",
        ] {
            assert_eq!(r.apply(line), line);
        }
    }

    #[test]
    fn display_names_beside_addresses_and_in_keys() {
        let r = Redactor::new(false);
        for (line, name) in [
            (
                r#"From: "Jan de Vries" <sip:1234@as.example>;tag=9"#,
                "Jan de Vries",
            ),
            ("To: Jan de Vries <sip:1234@as.example>", "Jan de Vries"),
            (r#"{"displayName":"Jan de Vries","id":1}"#, "Jan de Vries"),
            (
                "<firstName>Jan</firstName><lastName>de Vries</lastName>",
                "de Vries",
            ),
            (
                r#"mail from \"Jan de Vries\" <jan@contoso.example>"#,
                "Jan de Vries",
            ),
        ] {
            let out = r.apply(line);
            assert!(!out.contains(name), "{line} -> {out}");
            assert!(out.contains("<name-"), "{line} -> {out}");
        }
        // The same name, wherever it stands, is the same mask.
        assert!(
            r.apply(r#"To: "Jan de Vries" <sip:c@d>"#)
                .contains("<name-1>")
        );
    }

    #[test]
    fn bearer_in_json_and_short_password_keys() {
        let r = Redactor::new(false);
        let out = r.apply(
            r#"{"Authorization":"Bearer ZmFrZS1iZWFyZXI","x":1} pass=hunter2 password=Pa55"#,
        );
        for secret in ["ZmFrZS1iZWFyZXI", "hunter2", "Pa55"] {
            assert!(!out.contains(secret), "{out}");
        }
        assert!(
            out.contains(r#""x":1"#),
            "the JSON after the header stays: {out}"
        );
    }

    #[test]
    fn ipv6_addresses_with_ip_masking() {
        let r = Redactor::new(true);
        let out = r.apply("to [2001:db8::5]:5061 from fe80::1%eth0 at 16:57:50 in Telephony::Ca");
        assert_eq!(
            out,
            "to [<ip-1>]:5061 from <ip-2> at 16:57:50 in Telephony::Ca"
        );
        assert!(
            Redactor::new(false)
                .apply("to [2001:db8::5]:5061")
                .contains("2001:db8::5")
        );
    }

    /// Each line with what must not survive redaction: the cases a review
    /// of real-world log shapes found.
    #[test]
    fn personal_data_in_the_shapes_real_logs_print_it() {
        let r = Redactor::new(true);
        for (line, hidden) in [
            (
                r"C:\Users\fpopescu\AppData\Local\CiscoSpark\current_log.txt",
                "fpopescu",
            ),
            ("/Users/femke/Library/Logs/SparkMacDesktop", "femke"),
            ("/home/jdevries/.local/share", "jdevries"),
            ("call 030 1234567 now", "1234567"),
            ("call +49 (0)30 1234 567 now", "1234 567"),
            ("call 020-1234567 now", "1234567"),
            ("call 06 12345678 now", "12345678"),
            ("call 601 234 567 now", "234 567"),
            ("call 0532 123 45 67 now", "123 45 67"),
            ("call 408 555 0134 now", "555 0134"),
            ("call 07700 900123 now", "900123"),
            ("call 06.12.34.56.78 now", "34.56.78"),
            (
                "<number>201234567</number><mobile>612345678</mobile>",
                "1234567",
            ),
            ("<deviceName>pc_4089991234_wxt</deviceName>", "4089991234"),
            (r"tel:030-123 4567;x", "123 4567"),
            (
                r"INVITE\r\nAuthorization: Basic cGpheDpodW50ZXIy\r\nVia: x",
                "cGpheDpodW50ZXIy",
            ),
            (r"200 OK\r\nFrom: Piet Jansen <sip:1@as>\r\n", "Piet Jansen"),
            (
                "<callingLineIdFirstName>Piet</callingLineIdFirstName>",
                "Piet",
            ),
            (
                "<callingLineIdLastName>Jansen</callingLineIdLastName>",
                "Jansen",
            ),
            (r#"{"remoteDisplayName":"Kees Bakker"}"#, "Kees"),
            ("<display-name>Kees Bakker</display-name>", "Kees"),
            ("From: Smit, Anna <sip:1@as>", "Anna"),
            ("P-Called-Party-ID: Anna Smit <sip:1@as>", "Anna"),
            ("organizer: Anna Smit <anna@contoso.example>", "Anna Smit"),
            (
                "<userId>pjansen</userId> user=pjansen account=pjansen",
                "pjansen",
            ),
            ("sipUserName=pjansen", "pjansen"),
            (
                "GET /com.broadsoft.xsi-actions/v2.0/user/piet.jansen/profile",
                "piet.jansen",
            ),
            (
                "<sipPassword>hunter2</sipPassword><accessToken>abc</accessToken>",
                "hunter2",
            ),
            (
                "authorization=Bearer ZmFrZQ Authorization: WebexToken dG9r",
                "dG9r",
            ),
            ("authorization=Bearer ZmFrZQ", "ZmFrZQ"),
            ("Cookie: JSESSIONID=ABC123DEF456", "ABC123DEF456"),
            ("GET /cb?code=ZmFrZUNvZGUxMjM&state=1", "ZmFrZUNvZGUxMjM"),
            ("passcode=987654 pin=4711", "4711"),
            ("X-Amz-Signature=deadbeef01", "deadbeef01"),
            (r#"password="correct horse battery staple""#, "battery"),
            (
                "jwt eyJhbGciOiJub25lIn0.eyJzdWIiOiJqYW4ifQ. end",
                "eyJzdWIiOiJqYW4ifQ",
            ),
            ("sip:pietj:Secr3t@as.contoso.example", "pietj"),
            ("sip:pietj:Secr3t@as.contoso.example", "Secr3t"),
            ("https://pietj:Secr3t@192.0.2.5/x", "Secr3t"),
            ("mac 00:1A:2B:3C:4D:5E and 00-1A-2B-3C-4D-5E", "4D:5E"),
            ("localAddress:2001:db8::1 peer:fe80::1", "db8::1"),
            ("ip_192.0.2.1", "192.0.2.1"),
            ("mail jan@müller.de", "müller"),
            ("mail sean.o'brien@contoso.example", "brien"),
            ("mail jan%2540contoso.example", "jan"),
        ] {
            let out = r.apply(line);
            assert!(!out.contains(hidden), "{line}\n  -> {out}");
        }
    }

    #[test]
    fn counts_times_codes_and_structure_stay_readable() {
        let r = Redactor::new(false);
        for line in [
            "XsiRequest::onResponse:BWC:XSI: GET /x -> 200",
            "HTTP response: 401",
            "ts=1710145247000 took 1710145247 s",
            "CSeq: 4294967295 REGISTER Content-Length: 1234567890",
            "a=candidate:1 1 udp 2122260223 192.0.2.1 5000",
            "trackingId CLIENT_01332578-1dde-21b7-7e65-123456789012",
            "version 44.2.0.31004 at 2024-03-11 08:20:47 +0100",
            "errorCode=1507 status=403 bypass=true",
        ] {
            assert_eq!(r.apply(line), line);
        }
        // A digest challenge keeps its shape: only the secrets go.
        assert_eq!(
            r.apply(r#"WWW-Authenticate: Digest realm="BroadWorks",nonce="Xj1x",qop="auth""#),
            r#"WWW-Authenticate: Digest realm="BroadWorks",nonce="<secret>",qop="auth""#
        );
        assert_eq!(
            r.apply(r#"{"password":"hunter2","user":"y"}"#),
            r#"{"password":"<secret>","user":"<user-1>"}"#
        );
        // A bundle named by an email keeps its extension.
        assert_eq!(r.apply("jan.devries@contoso.example.zip"), "<email-1>.zip");
    }

    #[test]
    fn the_users_name_from_their_email_is_masked_anywhere() {
        let facts: BTreeMap<String, Value> = [(
            "user_email".to_owned(),
            Value::from("femke.popescu@contoso.example"),
        )]
        .into();
        let r = Redactor::for_facts(false, &facts);
        let out = r.apply("Welcome back, Femke Popescu, on FPOPESCU-LAPTOP");
        assert!(
            !out.to_lowercase().contains("femke") && !out.to_lowercase().contains("popescu"),
            "{out}"
        );
    }

    #[test]
    fn url_encoded_user_ids_are_masked() {
        let r = Redactor::new(false);
        let out = r.apply("GET https://xsp1/com.broadsoft.xsi-actions/v2.0/user/2062275869%40contoso.example/profile/device");
        assert!(!out.contains("2062275869"), "{out}");
    }
}
