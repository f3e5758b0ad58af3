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

static SECRET: LazyLock<Regex> = LazyLock::new(|| {
    // A key may carry a prefix (`access_token`, `client_secret`) and, in
    // JSON, a closing quote before its colon. An Authorization header runs
    // to the end of its line; inside JSON or a quoted string it ends at the
    // quote.
    Regex::new(r#"(?i)(\b[a-z_-]*(?:pass|password|passwd|pwd|secret|token|nonce|cnonce|response|opaque|api_?key)\b"?\s*[=:]\s*"?)([^"\s,;<>&]+)|(\bauthorization\s*:\s*(?:Bearer|Basic|Digest)\s+)([^\r\n]+)|(\bauthorization"\s*:\s*"(?:Bearer|Basic|Digest)\s+)([^"\r\n]+)|(<(?:[a-z]+:)?password>)([^<]*)|\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"#)
        .expect("secret regex")
});
/// Account names outside SIP URIs: digest `username=`, the DMS
/// configuration's `<userName>` and `<auth-name>`.
static USER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(\b(?:user_?name|auth-?name|login_?id)\b"?\s*[=:]\s*"?|<(?:[a-z]+:)?(?:user_?name|auth-?name|login_?id)>)([^"\s,;<>&]+)"#)
        .expect("user name regex")
});
static SIP_USER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(\b(?:sips?|tel):)([^@\s;>:<]+)@").expect("sip user regex"));
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\w.%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
        .expect("email regex")
});
/// Numbers as people and systems write them: `+31201234567`,
/// `+1 408 555 0134`, `(020) 555-0199`, `214-555-0123`, ten digits or more
/// in one run. How many digits a match holds is checked after it is found
/// ([`PHONE_DIGITS`]), so that a time zone (`+0100`) is left alone.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\+\d{1,3}(?:[ .-]\(?\d{1,4}\)?){2,6}|\+\d{7,15}\b|\(\d{2,5}\)[ .-]?\d{2,4}(?:[ .-]\d{2,5}){1,2}|\b\d{3}[.-]\d{3}[.-]\d{4}\b|\b\d{10,15}\b")
        .expect("phone regex")
});
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 7..=15;
/// A `tel:` URI without a host part: all of it is the number.
static TEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)(\btel:)([^\s;>,"<@]+)"#).expect("tel regex"));
/// Display names: quoted before an address (`"Jan de Vries" <sip:…>`),
/// unquoted after a SIP identity header (`From: Jan de Vries <sip:…>`), and
/// the values of name keys in JSON, `key=value` and XML.
static DISPLAY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(\\?")([^"\\\r\n<>]{1,80})(\\?"\s*<)|(\b(?:From|To|Contact|P-Asserted-Identity|P-Preferred-Identity|Referred-By|Remote-Party-ID|Diversion|Refer-To|f|t|m)\s*:\s*)([^<>"\r\n:;,=]*[^<>"\r\n:;,=\s])(\s*<)|(\b(?:display_?name|first_?name|last_?name|full_?name|given_?name|family_?name|caller_?name|caller_?id_?name)\b"?\s*[=:]\s*"?)([^"\r\n,;<>&]{1,80})|(<(?:[a-z]+:)?(?:display_?name|first_?name|last_?name|full_?name)>)([^<]{1,80})"#)
        .expect("display name regex")
});
static IPV4: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:\d{1,3}\.){3}\d{1,3}\b").expect("ip regex"));
/// Candidates only: what parses as an IPv6 address, with nothing of a word
/// around it, is one ([`ipv6_at`]); `16:57:50` and `Foo::Bar` are not.
static IPV6: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:[0-9a-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4})(?:%[0-9a-z]+)?",
    )
    .expect("ipv6 regex")
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
            // `alice@example.com` also appears as plain `alice`.
            if let Some((local, _)) = value.split_once('@') {
                known.push((Kind::User, local.to_owned()));
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
    /// SIP users, emails, phone numbers (and IPs when asked) masked.
    pub fn apply<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let mut out: Cow<str> = SECRET.replace_all(text, |c: &Captures| {
            if let (Some(key), Some(_)) = (
                c.get(1).or(c.get(3)).or(c.get(5)).or(c.get(7)),
                c.get(2).or(c.get(4)).or(c.get(6)).or(c.get(8)),
            ) {
                format!("{}<secret>", key.as_str())
            } else {
                "<secret>".to_owned()
            }
        });
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
        out = replace(out, &DISPLAY_NAME, |c| {
            // Each alternative has a key (or opening quote), the name, and
            // what follows it.
            let key = [1, 4, 7, 9].into_iter().find_map(|i| c.get(i));
            let name = [2, 5, 8, 10].into_iter().find_map(|i| c.get(i));
            let after = [3, 6].into_iter().find_map(|i| c.get(i));
            match (key, name) {
                (Some(k), Some(n)) if !n.as_str().trim().is_empty() => format!(
                    "{}{}{}",
                    k.as_str(),
                    self.mask(Kind::Name, n.as_str().trim()),
                    after.map_or("", |a| a.as_str())
                ),
                _ => c[0].to_owned(),
            }
        });
        out = replace(out, &SIP_USER, |c| {
            format!("{}{}@", &c[1], self.mask(Kind::User, &c[2]))
        });
        out = replace(out, &TEL, |c| {
            format!("{}{}", &c[1], self.mask(Kind::Phone, &c[2]))
        });
        out = replace(out, &EMAIL, |c| self.mask(Kind::Email, &c[0]));
        out = replace_where(out, &PHONE, |_, m| {
            let digits = m.as_str().bytes().filter(u8::is_ascii_digit).count();
            PHONE_DIGITS.contains(&digits).then(|| {
                self.mask(
                    Kind::Phone,
                    &m.as_str()
                        .replace(|c: char| !c.is_ascii_digit() && c != '+', ""),
                )
            })
        });
        if self.ips {
            out = replace_where(out, &IPV6, |text, m| {
                ipv6_at(text, m).then(|| self.mask(Kind::Ip, m.as_str()))
            });
            out = replace(out, &IPV4, |c| self.mask(Kind::Ip, &c[0]));
        }
        out
    }
}

/// Whether a candidate of [`IPV6`] is an address: it parses as one and is
/// not part of a longer word, path or time.
fn ipv6_at(text: &str, m: regex::Match) -> bool {
    let before = text[..m.start()].chars().next_back();
    let after = text[m.end()..].chars().next();
    let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':');
    let address = m.as_str().split('%').next().unwrap_or_default();
    !part(before)
        && !part(after)
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

    #[test]
    fn url_encoded_user_ids_are_masked() {
        let r = Redactor::new(false);
        let out = r.apply("GET https://xsp1/com.broadsoft.xsi-actions/v2.0/user/2062275869%40contoso.example/profile/device");
        assert!(!out.contains("2062275869"), "{out}");
    }
}
