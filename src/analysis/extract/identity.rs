//! Who the user is and what the app was told: email, user and org id,
//! BroadWorks user id, app version and platform, entitlements, calling
//! behaviour, SIP settings, and the codes of the guide, from any shape a
//! record gives them in (see [`super::fields`]).

use super::device;
use super::fields::{self, Field, Key, Value, is_uuid};
use super::{EventKind, Identity};
use crate::analysis::codes;

re!(EMAIL, r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$");
re!(
    EMAIL_IN_TEXT,
    r"(?:^|[\s(\[=:,])([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"
);
// Webex app versions: `44.2.0.29562`, two-digit major, build number.
re!(VERSION, r"\b([2-9]\d\.\d{1,2}\.\d{1,2}\.\d{3,6})\b");
// Mobile builds print a short build number (`Webex iOS 44.6.0.12`), which
// alone could be an IPv4 address: read only right after the app's name
// (and the platform it names) or the word version.
re!(
    NAMED_VERSION,
    r"(?i)\b(?:(?:webex|spark)(?:\s+(?:for\s+)?(?:iOS|iPadOS|Android|Windows|macOS|Mac|desktop|app))?|version)\s*[=:]?\s*v?([2-9]\d\.\d{1,2}\.\d{1,2}\.\d{1,6})\b"
);
re!(
    KEYED_VERSION,
    r"^v?([2-9]\d\.\d{1,2}\.\d{1,2}(?:\.\d{1,6})?)$"
);
re!(
    PLATFORM,
    r"(?i)\b(Windows(?: \d+)?(?: \(\d\d-bit\))?|macOS(?: [\d.]+)?|Mac OS X(?: [\d._]+)?|iPadOS(?: [\d.]+)?|iOS(?: [\d.]+)?|iPhone OS(?: [\d._]+)?|iPhone|iPad|Android(?: [\d.]+)?)"
);
re!(
    BEHAVIOR,
    r"\b(NATIVE_WEBEX_TEAMS_CALLING|CALL_WITH_APP_REGISTERED_FOR_[A-Z]+|NATIVE_SIP_CALL_TO_UCM)\b|(?i:calling\s*behaviou?r)\W{1,4}(NONE)\b"
);
re!(
    ENTITLEMENT_NAME,
    r"^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)+|[a-z]{3,})$"
);
re!(APP_WORDS, r"(?i)webex|spark|version");
re!(
    PROXY,
    r"(?i)\b(?:outbound[\s_-]*)?(?:proxy|registrar)(?:[\s_-]*address)?\b\s*[=:]?\s*([A-Za-z0-9][A-Za-z0-9.\-]*\.[A-Za-z0-9\-]+)(?::(\d{2,5})\b|,?\s+port\s*[=:]?\s*(\d{2,5})\b)"
);
re!(
    SIGN_IN,
    r"(?i)\b(?:log(?:ged|ging)?[\s_-]*(?:in|on)|login|sign(?:ed|ing)?[\s_-]*in|signin|authenticat\w*|auth)(?:\b|[A-Z_])"
);
re!(SIP_CONTEXT, r"(?i)sip|bwc|registrar|\bsbc\b");
re!(
    USER_IN_WORDS,
    r"(?i)\b(?:auth\s*)?user(?:\s*name)?\s+([A-Za-z0-9][A-Za-z0-9_.+\-]*(?:@[A-Za-z0-9.\-]+)?)"
);
// A code written right after the words that name it (`error code 200018`,
// `Error: 200018`, `code=200018`); not any six digits near a level tag
// (`<Error> … 123456`) or a word like `codec`.
re!(
    GUIDE_CODE,
    r"(?i)\b(?:error[\s_-]*code|code|error)\b\s*[=:#]?\s*(\d{6})\b"
);
// `Case Number - 00601970`, `case #00601970`, `case id: 00601970`.
re!(
    CASE_NUMBER,
    r"(?i)\bcase[\s_-]*(?:number|no\.?|id|#)\s*[-:#=]?\s*#?(\d{6,10})\b"
);
re!(
    DIRECTORY_SYNC,
    r"(?i)directory[\s_-]*sync|dir[\s_-]?sync|phone[\s_-]*list[\s_-]*sync"
);
re!(
    USER_UUID,
    r"(?i)\buser\s+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"
);
re!(BWC_ERROR_CODE, r"(?i)\berror\s*code\s*[=:]?\s*(\d{3,5})\b");
re!(
    START_WORDS,
    r"(?i)\b(?:start(?:s|ed|ing)?|launch(?:ed|ing)?|boot(?:ed|ing)?|onCreate|up and running|is up)\b"
);

/// The events of identity and settings in one record's text, whose head
/// ([`super::http::head`]) is `head`.
pub fn read(text: &str, head: &str, fields: &[Field], mut push: impl FnMut(EventKind)) {
    let (mut listed, mut named) = (false, false);
    {
        let mut seen = |k: EventKind| {
            match &k {
                EventKind::Entitlements(_) => listed = true,
                EventKind::Identity(i) if i.user_id.is_some() => named = true,
                _ => {}
            }
            push(k)
        };
        identity(head, fields, &mut seen);
        entitlements(text, fields, &mut seen);
    }
    // Whose entitlements a record lists is the user: `user <uuid>
    // entitlements: …`, with no key to name the id.
    if listed
        && !named
        && let Some(c) = USER_UUID.captures(head)
    {
        push(EventKind::Identity(Box::new(Identity {
            user_id: Some(c[1].to_ascii_lowercase()),
            ..Identity::default()
        })));
    }
    app(head, fields, &mut push);
    if let Some(c) = BEHAVIOR.captures(text) {
        let value = c.get(1).or(c.get(2)).map_or("", |m| m.as_str());
        push(EventKind::CallingBehavior(value.to_owned()));
    } else if let Some(v) =
        one(fields, Key::CallingBehavior).filter(|v| v.eq_ignore_ascii_case("none"))
    {
        push(EventKind::CallingBehavior(v.to_ascii_uppercase()));
    }
    sip_settings(head, fields, &mut push);
    codes_in(text, fields, &mut push);
    org_and_case(text, fields, &mut push);
}

fn one<'f>(fields: &'f [Field], key: Key) -> Option<&'f str> {
    fields
        .iter()
        .filter(|f| f.key == key && !f.about_others())
        .find_map(|f| f.value.one())
}

fn identity(head: &str, fields: &[Field], push: &mut impl FnMut(EventKind)) {
    let mine = || fields.iter().filter(|f| !f.about_others());
    // An email may be URL-encoded (`?email=a%40b.example`).
    let email = mine()
        .filter(|f| f.key == Key::Email)
        .flat_map(|f| f.value.items())
        .map(|v| percent_encoding::percent_decode_str(v).decode_utf8_lossy())
        .find(|v| EMAIL.is_match(v))
        .map(|v| v.into_owned());
    let uuid_of = |key: Key| {
        mine()
            .filter(|f| f.key == key)
            .find_map(|f| f.value.one().filter(|v| is_uuid(v)))
            .map(str::to_ascii_lowercase)
    };
    let org_id = uuid_of(Key::OrgId);
    // `id` is the user's own only in a person's object: one that names an
    // org or an email beside it.
    let person_id = || {
        mine().filter(|f| f.key == Key::Id).find_map(|f| {
            let beside = |k: Key| mine().any(|g| g.key == k && g.object == f.object);
            (beside(Key::OrgId) || beside(Key::Email))
                .then(|| f.value.one().filter(|v| is_uuid(v)))
                .flatten()
                .map(str::to_ascii_lowercase)
        })
    };
    let user_id = uuid_of(Key::UserId).or_else(person_id);
    let broadworks_user = one(fields, Key::BroadworksUserId)
        .filter(|v| v.contains('@') || v.bytes().all(|b| b.is_ascii_digit() || b == b'+'))
        .map(str::to_owned);
    // An email written beside the ids, without a key of its own.
    let email = email.or_else(|| {
        (user_id.is_some() || org_id.is_some())
            .then(|| {
                EMAIL_IN_TEXT
                    .captures_iter(head)
                    .map(|c| c[1].to_owned())
                    .next()
            })
            .flatten()
    });
    // A person written as `email / id / org …`: beside the user's email
    // and a named org, the one id no key names is the user's.
    let user_id = user_id.or_else(|| {
        org_id.as_ref()?;
        email.as_ref()?;
        let keyed: Vec<&str> = fields.iter().filter_map(|f| f.value.one()).collect();
        let mut unnamed =
            fields::uuids(head).filter(|u| !keyed.iter().any(|k| k.eq_ignore_ascii_case(u)));
        let only = unnamed.next()?;
        unnamed.next().is_none().then(|| only.to_ascii_lowercase())
    });
    if email.is_some() || user_id.is_some() || org_id.is_some() || broadworks_user.is_some() {
        push(EventKind::Identity(Box::new(Identity {
            email,
            user_id,
            org_id,
            broadworks_user,
            service_provider: None,
        })));
    } else if let Some(id) = mine()
        .filter(|f| f.key == Key::Id && head.get(f.end..).is_some_and(|r| r.trim().is_empty()))
        .find_map(|f| f.value.one().filter(|v| is_uuid(v)))
    {
        // `uuid: …` all a record says: the user's if the records around it
        // name the user (see `join_identity`); an id among other things
        // (`Work [ id=…, tags=… ]`) is something else's.
        push(EventKind::LoneId(id.to_ascii_lowercase()));
    } else if SIGN_IN.is_match(head)
        && let Some(c) = EMAIL_IN_TEXT.captures(head)
    {
        push(EventKind::SignInEmail(c[1].to_owned()));
    }
}

/// The app's version and platform: keyed, in a user agent, or written
/// together in a start line.
fn app(head: &str, fields: &[Field], push: &mut impl FnMut(EventKind)) {
    let keyed_version = fields
        .iter()
        .filter(|f| f.key == Key::Version)
        .find_map(|f| KEYED_VERSION.captures(f.value.one()?))
        .map(|c| c[1].to_owned());
    let agent = one(fields, Key::UserAgent).filter(|a| a.to_ascii_lowercase().contains("webex"));
    let keyed_platform = fields
        .iter()
        .filter(|f| f.key == Key::Platform)
        .find_map(|f| PLATFORM.captures(f.value.one()?))
        .map(|c| platform_name(&c[1]))
        .or_else(|| {
            agent
                .and_then(device::platform_of_agent)
                .and_then(|p| PLATFORM.captures(p))
                .map(|c| platform_name(&c[1]))
        });
    let lower_head_mentions_app = APP_WORDS.is_match(head);
    // The free-text forms only where the app names itself or a platform.
    let (free_version, free_platform) = if lower_head_mentions_app || PLATFORM.is_match(head) {
        (
            VERSION
                .captures(head)
                .or_else(|| NAMED_VERSION.captures(head))
                .map(|c| c[1].to_owned()),
            PLATFORM.captures(head).map(|c| platform_name(&c[1])),
        )
    } else {
        (None, None)
    };
    let (version, platform) = match (keyed_version, keyed_platform) {
        (Some(v), p) => (Some(v), p.or(free_platform)),
        (None, Some(p)) => (free_version.filter(|_| lower_head_mentions_app), Some(p)),
        (None, None) => match (free_version, free_platform) {
            (Some(v), Some(p)) => (Some(v), Some(p)),
            (Some(v), None) if lower_head_mentions_app && agent.is_none() => (Some(v), None),
            _ => (None, None),
        },
    };
    if version.is_some() || platform.is_some() {
        push(EventKind::AppStart {
            version: version.map(String::into_boxed_str),
            platform: platform.map(String::into_boxed_str),
            start: START_WORDS.is_match(head),
        });
    }
}

/// A platform as the app names it; a device's name stands for its system
/// (`iPhone` for iOS, `iPad` for iPadOS).
fn platform_name(written: &str) -> String {
    // `Webex iOS 44.6.0.12`: the number after the platform is the app's
    // version (four parts), not the system's (at most three).
    let written = match written.rsplit_once(' ') {
        Some((name, number)) if number.split('.').count() > 3 => name,
        _ => written,
    };
    let lower = written.to_ascii_lowercase();
    if let Some(version) = lower.strip_prefix("iphone os") {
        format!("iOS{}", version.replace('_', "."))
    } else if lower == "iphone" {
        "iOS".into()
    } else if lower == "ipad" {
        "iPadOS".into()
    } else {
        written.to_owned()
    }
}

fn entitlement_name(v: &str) -> Option<&str> {
    let v = v.trim().trim_matches(['"', '\'', ',', '-', '*']).trim();
    ENTITLEMENT_NAME.is_match(v).then_some(v)
}

// Entitlement names every Webex user has: a list of names with one of them
// is an entitlement list, however it is introduced.
re!(
    BASE_ENTITLEMENT,
    r"\b(?:spark|webex-squared|squared-call-initiation|broadworks-connector)\b"
);
re!(ENTITLEMENT_WORD, r"(?i)entitlements?(?:\b|[A-Z_])");

/// Entitlements: a list, a list split over lines, an item per record, or a
/// comma-separated rest of the line; or, whatever introduces them, the
/// names after the word that hold a name every user has.
fn entitlements(text: &str, fields: &[Field], push: &mut impl FnMut(EventKind)) {
    let before = push_count(text, fields, push);
    if before > 0 {
        return;
    }
    if !BASE_ENTITLEMENT.is_match(text) {
        return;
    }
    // A value under any name that lists the names every user has: one
    // that is such a name itself, with the rest of its line.
    for f in fields
        .iter()
        .filter(|f| f.value.one().is_some_and(|v| BASE_ENTITLEMENT.is_match(v)))
        .take(MAX_LIST_FIELDS)
    {
        let line = format!(
            "{}{}",
            f.value.one().unwrap_or(""),
            rest_of_line(text, f.end)
        );
        let names = entitlement_names(&line);
        if names.len() >= 2
            && names
                .iter()
                .filter(|n| BASE_ENTITLEMENT.is_match(n))
                .count()
                >= 2
        {
            push(EventKind::Entitlements(names));
            return;
        }
    }
    // After the word, or anywhere in what the record says, when it holds a
    // name every user has.
    let from = ENTITLEMENT_WORD.find(text).map_or(0, |m| m.end());
    {
        let end = text.floor_char_boundary(from + 4096);
        let names = entitlement_names(&text[from..end]);
        let base = names
            .iter()
            .filter(|n| BASE_ENTITLEMENT.is_match(n))
            .count();
        let enough = if from > 0 { base >= 1 } else { base >= 2 };
        if names.len() >= 2 && enough {
            push(EventKind::Entitlements(names));
        }
    }
}

/// The entitlement names in a text, each once: dashed names and the names
/// every user has.
fn entitlement_names(text: &str) -> Vec<String> {
    // A dotted name (`spark.app`, `com.cisco.spark`) is a logger's or a
    // package's, not an entitlement.
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.'))
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.contains('.'))
        .filter_map(entitlement_name)
        .filter(|n| n.contains('-') || BASE_ENTITLEMENT.is_match(n))
        .map(str::to_owned)
        .fold(Vec::new(), |mut v, n| {
            if !v.contains(&n) {
                v.push(n);
            }
            v
        })
}

/// The entitlements the fields state; how many events it pushed.
fn push_count(text: &str, fields: &[Field], push: &mut impl FnMut(EventKind)) -> usize {
    let mut n = 0;
    let mut count = |k: EventKind| {
        n += 1;
        push(k)
    };
    keyed_entitlements(text, fields, &mut count);
    n
}

/// How many fields of one record are read as the start of a list, and how
/// much of a line after one: a hostile line of a hundred thousand fields
/// costs no more than a few hundred.
const MAX_LIST_FIELDS: usize = 256;
const MAX_REST: usize = 4096;

/// What follows `at` on its line, at most [`MAX_REST`] bytes of it.
fn rest_of_line(text: &str, at: usize) -> &str {
    let end = text.floor_char_boundary(at.saturating_add(MAX_REST));
    text.get(at..end)
        .unwrap_or("")
        .split('\n')
        .next()
        .unwrap_or("")
}

fn keyed_entitlements(text: &str, fields: &[Field], push: &mut impl FnMut(EventKind)) {
    for f in fields
        .iter()
        .filter(|f| f.key == Key::Entitlements)
        .take(MAX_LIST_FIELDS)
    {
        let rest_of_line = rest_of_line(text, f.end);
        // The list goes on past the value: `a, b`, `a | b`, `[a][b]`.
        let goes_on = rest_of_line.trim_start().starts_with([',', ';', '|', '[']);
        let mut items: Vec<String> = match &f.value {
            Value::List(l) => l
                .iter()
                .filter_map(|i| entitlement_name(i))
                .map(str::to_owned)
                .collect(),
            Value::Object => continue,
            Value::One(v) if v.is_empty() => {
                // A list on the lines that follow: `- spark`.
                text.get(f.end..)
                    .unwrap_or("")
                    .lines()
                    .skip(1)
                    .map_while(|l| {
                        let t = l.trim();
                        (t.starts_with(['-', '*', '•']) || !t.contains(' '))
                            .then(|| entitlement_name(t))
                            .flatten()
                    })
                    .map(str::to_owned)
                    .collect()
            }
            Value::One(v) => {
                let indexed = text.get(f.at..f.end).is_some_and(|k| k.contains('['));
                if indexed || !goes_on {
                    if let Some(name) = entitlement_name(v) {
                        push(EventKind::Entitlement(name.to_owned()));
                    }
                    continue;
                }
                entitlement_name(v).map(str::to_owned).into_iter().collect()
            }
        };
        if goes_on {
            for name in rest_of_line
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .filter_map(entitlement_name)
            {
                if !items.iter().any(|i| i == name) {
                    items.push(name.to_owned());
                }
            }
        }
        if !items.is_empty() {
            push(EventKind::Entitlements(items));
        }
    }
}

fn sip_settings(head: &str, fields: &[Field], push: &mut impl FnMut(EventKind)) {
    // Host and port together, or apart (`sip.proxy=… sip.port=5061`,
    // `"proxy":"…","port":5061`, `sip proxy … port 5061`), where the
    // record speaks of SIP: an HTTP proxy has a host and a port too.
    let port = one(fields, Key::Port).filter(|p| p.parse::<u16>().is_ok());
    let proxy = one(fields, Key::Proxy)
        .filter(|p| !p.contains("//") && p.contains(['.', ':']))
        .and_then(|p| match port {
            _ if p.contains(':') => Some(p.to_owned()),
            Some(port) if SIP_CONTEXT.is_match(head) => Some(format!("{p}:{port}")),
            _ => None,
        })
        .or_else(|| {
            let c = PROXY.captures(head)?;
            let port = c.get(2).or(c.get(3))?.as_str();
            (c.get(2).is_some() || SIP_CONTEXT.is_match(head)).then(|| format!("{}:{port}", &c[1]))
        });
    let Some(proxy) = proxy else { return };
    let user = one(fields, Key::SipUser)
        .or_else(|| {
            USER_IN_WORDS
                .captures(head)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str())
        })
        .map(str::to_owned);
    push(EventKind::SipSettings {
        proxy: Some(proxy.into_boxed_str()),
        user: user.map(String::into_boxed_str),
    });
}

/// The partner org and a support case number, where a record names them.
fn org_and_case(text: &str, fields: &[Field], push: &mut impl FnMut(EventKind)) {
    if let Some(partner) = fields
        .iter()
        .filter(|f| f.key == Key::PartnerOrgId)
        .find_map(|f| f.value.one().filter(|v| is_uuid(v)))
    {
        push(EventKind::PartnerOrg(partner.to_ascii_lowercase()));
    }
    let keyed = fields
        .iter()
        .filter(|f| f.key == Key::CaseNumber)
        .find_map(|f| {
            f.value
                .one()
                .filter(|v| (6..=10).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(str::to_owned);
    if let Some(case) = keyed.or_else(|| CASE_NUMBER.captures(text).map(|c| c[1].to_owned())) {
        push(EventKind::CaseNumber(case));
    }
}

/// End-user and directory-sync codes of the guide, and other error codes
/// (the BWC's `errorCode=1507`).
fn codes_in(text: &str, fields: &[Field], push: &mut impl FnMut(EventKind)) {
    let mut seen: Vec<u32> = Vec::new();
    let keyed = fields
        .iter()
        .filter(|f| matches!(f.key, Key::ErrorCode | Key::Code))
        .filter_map(|f| f.value.one()?.parse::<u32>().ok().map(|c| (f.key, c)));
    let phrased = GUIDE_CODE
        .captures_iter(text)
        .filter_map(|c| c[1].parse::<u32>().ok())
        .map(|c| (Key::Code, c))
        .chain(
            BWC_ERROR_CODE
                .captures_iter(text)
                .filter_map(|c| c[1].parse::<u32>().ok())
                .map(|c| (Key::ErrorCode, c)),
        );
    let keyed: Vec<(Key, u32, bool)> = keyed.map(|(k, c)| (k, c, true)).collect();
    for (key, code, is_keyed) in keyed.into_iter().chain(phrased.map(|(k, c)| (k, c, false))) {
        if seen.contains(&code) {
            continue;
        }
        seen.push(code);
        // A directory-sync code is read from Partner Hub's data (a keyed
        // value) or from a record about directory sync, never from any
        // sentence that happens to hold six digits.
        let about_sync = || DIRECTORY_SYNC.is_match(text);
        match codes::lookup(code) {
            Some(info) if is_keyed || info.table == codes::CodeTable::EndUser || about_sync() => {
                push(EventKind::GuideCode(code));
            }
            Some(_) => {}
            None if key == Key::ErrorCode && (1000..100_000).contains(&code) => {
                push(EventKind::BwcErrorCode(code));
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fields;
    use super::*;

    #[test]
    fn a_code_is_read_only_where_words_name_it() {
        // End-user codes in words or under a key; directory-sync codes under
        // a key, as Partner Hub's data has them, or in a record about
        // directory sync.
        for (text, code) in [
            ("Activation failed: error code 200018", Some(200018)),
            ("activation page shows Error: 200018", Some(200018)),
            (r#"{"errorCode": 200018}"#, Some(200018)),
            ("sync status errorCode=600010", Some(600010)),
            ("<Error> [0x1a2b] MediaEngine 200018 frames dropped", None),
            ("negotiated codec 600010 clock", None),
            ("directory sync failed with error code 600010", Some(600010)),
            ("request failed with error code 600010", None),
        ] {
            let found = kinds(text).into_iter().find_map(|k| match k {
                EventKind::GuideCode(c) => Some(c),
                _ => None,
            });
            assert_eq!(found, code, "{text}");
        }
    }

    fn kinds(text: &str) -> Vec<EventKind> {
        let f = fields::read(text);
        let mut out = Vec::new();
        read(text, super::super::http::head(text), &f, |k| out.push(k));
        out
    }

    fn identity_of(text: &str) -> Identity {
        kinds(text)
            .into_iter()
            .find_map(|k| match k {
                EventKind::Identity(i) => Some(*i),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no identity in {text}"))
    }

    #[test]
    fn identity_in_many_shapes() {
        let uid = "72a4143f-470d-4c14-8daa-230e4db485dd";
        let org = "baf8af92-18fa-4b85-ae3e-f381d400a80f";
        for text in [
            format!(
                r#"self profile {{"id": "{uid}", "emails": ["h@example.com"], "displayName": "H", "orgId": "{org}"}}"#
            ),
            format!("Login complete for user h@example.com (userId={uid}) orgId={org}"),
            format!(
                "Signed-in account:\n    email       : h@example.com\n    user uuid   : {uid}\n    org uuid    : {org}"
            ),
            format!("session user_email=h@example.com user_id={uid} org_id={org}"),
        ] {
            let i = identity_of(&text);
            assert_eq!(
                (
                    i.email.as_deref(),
                    i.user_id.as_deref(),
                    i.org_id.as_deref()
                ),
                (Some("h@example.com"), Some(uid), Some(org)),
                "{text}"
            );
        }
        let contact = format!(
            r#"presence {{"contact": {{"id": "{uid}", "email": "c@example.com", "orgId": "{org}"}}}}"#
        );
        assert!(
            !kinds(&contact)
                .iter()
                .any(|k| matches!(k, EventKind::Identity(_)))
        );
    }

    #[test]
    fn version_and_platform() {
        let app = |text: &str| {
            kinds(text).into_iter().find_map(|k| match k {
                EventKind::AppStart {
                    version, platform, ..
                } => Some((version.map(String::from), platform.map(String::from))),
                _ => None,
            })
        };
        assert_eq!(
            app("Webex app version 43.8.0.28012 starting on Windows 10 (64-bit)"),
            Some((
                Some("43.8.0.28012".into()),
                Some("Windows 10 (64-bit)".into())
            ))
        );
        assert_eq!(
            app("client info version=44.2.0.29562 os=macOS 14.5"),
            Some((Some("44.2.0.29562".into()), Some("macOS".into())))
        );
        assert_eq!(
            app("Application.onCreate Webex 44.8.0.30501 (versionCode 2934886) Android 14 SDK 34"),
            Some((Some("44.8.0.30501".into()), Some("Android 14".into())))
        );
        assert_eq!(app("calling library 3.9.114 starting"), None);
        // A mobile build's short build number, the app's flavour before it.
        assert_eq!(
            app("AppDelegate - Webex iOS 45.1.0.7 launched on iPhone16,2 iOS 18.0"),
            Some((Some("45.1.0.7".into()), Some("iOS".into())))
        );
        assert_eq!(
            app(r#"{"event":"launch","product":"Webex for Android 45.2.1.40","os":"Android 15"}"#),
            Some((Some("45.2.1.40".into()), Some("Android 15".into())))
        );
        // A short four-part number elsewhere is an address, not a version.
        assert_eq!(app("Webex media relay 52.10.3.12 reachable"), None);
    }

    #[test]
    fn the_user_whose_entitlements_are_listed() {
        let uid = "6be1679f-6ae2-4652-ab6f-a7cd62de963a";
        let user = |text: &str| {
            kinds(text).into_iter().find_map(|k| match k {
                EventKind::Identity(i) => i.user_id,
                _ => None,
            })
        };
        assert_eq!(
            user(&format!(
                "onUserProfileUpdated:user {uid} entitlements: spark, broadworks-connector"
            )),
            Some(uid.to_owned())
        );
        // Another user's id in a record that lists nothing is not the user's.
        assert_eq!(user(&format!("presence changed for user {uid}")), None);
    }

    #[test]
    fn entitlements_in_many_shapes() {
        let lists = |text: &str| -> Vec<Vec<String>> {
            kinds(text)
                .into_iter()
                .filter_map(|k| match k {
                    EventKind::Entitlements(l) => Some(l),
                    EventKind::Entitlement(e) => Some(vec![e]),
                    _ => None,
                })
                .collect()
        };
        let want = vec![vec!["spark".to_owned(), "broadworks-connector".to_owned()]];
        assert_eq!(
            lists("User entitlements: spark, broadworks-connector"),
            want
        );
        assert_eq!(
            lists(r#"{"entitlements": ["spark", "broadworks-connector"]}"#),
            want
        );
        assert_eq!(
            lists(
                "entitlements:\n  \"entitlements\": [\n \"spark\",\n \"broadworks-connector\"\n ]"
            ),
            want
        );
        assert_eq!(
            lists("dump():entitlements:\n  - spark\n  - broadworks-connector"),
            want
        );
        assert_eq!(
            lists("entitlement[3] = broadworks-connector"),
            vec![vec!["broadworks-connector".to_owned()]]
        );
    }

    #[test]
    fn codes_and_settings() {
        let k = kinds("portal says error code 200018; errorCode=1507");
        assert!(k.contains(&EventKind::GuideCode(200018)), "{k:?}");
        assert!(k.contains(&EventKind::BwcErrorCode(1507)), "{k:?}");
        assert!(kinds("no codec 200018 here <Error>").is_empty());
        let k =
            kinds("config applied: line 81355500123, outbound proxy sbc-ap.example.net:5061/TLS");
        assert!(
            k.contains(&EventKind::SipSettings {
                proxy: Some("sbc-ap.example.net:5061".into()),
                user: None
            }),
            "{k:?}"
        );
    }
}
