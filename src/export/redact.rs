//! Masks personal data in anything that leaves the tool: screenshots, the
//! escalation summary, copied log lines.
//!
//! Masks are stable for the life of a [`Redactor`]: the same email always
//! becomes the same `<email-1>`, so a redacted flow stays readable. It errs
//! on the side of masking too much: a screenshot for a ticket must not leak.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use regex::{Captures, Regex};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Email,
    User,
    Phone,
    Ip,
}

impl Kind {
    fn word(self) -> &'static str {
        match self {
            Kind::Email => "email",
            Kind::User => "user",
            Kind::Phone => "phone",
            Kind::Ip => "ip",
        }
    }
}

static SECRET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(\b(?:password|passwd|pwd|secret|token|nonce|cnonce|response|opaque)\b\s*[=:]\s*"?)([^"\s,;<>]+)|(\bauthorization\s*:\s*(?:Bearer|Basic|Digest)\s+)([^\r\n]+)|(<password>)([^<]*)|\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"#)
        .expect("secret regex")
});
static SIP_USER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(\bsips?:)([^@\s;>:<]+)@").expect("sip user regex"));
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
        .expect("email regex")
});
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\+\d{6,15}\b|\b\d{10,15}\b").expect("phone regex"));
static IPV4: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:\d{1,3}\.){3}\d{1,3}\b").expect("ip regex"));

/// Redacts text with masks that stay the same for the same value.
#[derive(Debug, Default)]
pub struct Redactor {
    /// Also mask IP addresses (off by default: they help read a flow).
    pub ips: bool,
    masks: Mutex<HashMap<(Kind, String), String>>,
}

impl Redactor {
    pub fn new(ips: bool) -> Redactor {
        Redactor {
            ips,
            masks: Mutex::default(),
        }
    }

    fn mask(&self, kind: Kind, value: &str) -> String {
        let mut masks = self.masks.lock().unwrap_or_else(|p| p.into_inner());
        let next = masks.keys().filter(|(k, _)| *k == kind).count() + 1;
        masks
            .entry((kind, value.to_ascii_lowercase()))
            .or_insert_with(|| format!("<{}-{next}>", kind.word()))
            .clone()
    }

    /// The text with secrets, SIP users, emails, phone numbers (and IPs when
    /// asked) masked.
    pub fn apply<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let mut out: Cow<str> = SECRET.replace_all(text, |c: &Captures| {
            if let (Some(key), Some(_)) = (
                c.get(1).or(c.get(3)).or(c.get(5)),
                c.get(2).or(c.get(4)).or(c.get(6)),
            ) {
                format!("{}<secret>", key.as_str())
            } else {
                "<secret>".to_owned()
            }
        });
        out = replace(out, &SIP_USER, |c| {
            format!("{}{}@", &c[1], self.mask(Kind::User, &c[2]))
        });
        out = replace(out, &EMAIL, |c| self.mask(Kind::Email, &c[0]));
        out = replace(out, &PHONE, |c| self.mask(Kind::Phone, &c[0]));
        if self.ips {
            out = replace(out, &IPV4, |c| self.mask(Kind::Ip, &c[0]));
        }
        out
    }
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
    fn url_encoded_user_ids_are_masked() {
        let r = Redactor::new(false);
        let out = r.apply("GET https://xsp1/com.broadsoft.xsi-actions/v2.0/user/2062275869%40contoso.example/profile/device");
        assert!(!out.contains("2062275869"), "{out}");
    }
}
