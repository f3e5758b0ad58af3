//! Fields: the named values a record states, in whatever printing it uses.
//!
//! A log may write one fact as `status=401`, `status: 401`,
//! `"statusCode":401`, `httpStatus = [401]`, `"entitlements": ["a", "b"]`
//! (also split over lines), `entitlement[3] = b`, or as an indented
//! `user uuid   : …` block. The reader finds every `key <sep> value` in a
//! text, with `=` or `:` as separator, and keeps those whose key, once
//! normalised (lower case, letters and digits only, no index), names a
//! [`Key`] in `assets/fields.json`. JSON objects are not parsed as a whole:
//! their members are read like any other pair, so a truncated or
//! line-broken object still yields what it holds, and each field knows the
//! key of the object it sits in.
//!
//! ```
//! use wxbw_doctor::analysis::extract::fields::{read, Key};
//!
//! let f = read(r#"response={"status":403,"trackingId":"CLIENT_1a2b3c4d"} user uuid : x"#);
//! assert_eq!(f[0].key, Key::Status);
//! assert_eq!(f[0].value.one(), Some("403"));
//! assert_eq!(f[1].key, Key::TrackingId);
//! ```

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

/// What a field says, by its normalised key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Key {
    Status,
    /// `code`: an HTTP status in an HTTP context, an error code elsewhere.
    Code,
    ErrorCode,
    Url,
    Host,
    Method,
    TrackingId,
    UserAgent,
    Email,
    UserId,
    /// `id`: a user id when the object is a person.
    Id,
    OrgId,
    /// The partner (service provider) org that manages the customer's.
    PartnerOrgId,
    /// A support case number, as the app's feedback gives it.
    CaseNumber,
    BroadworksUserId,
    Version,
    Platform,
    Entitlements,
    CallingBehavior,
    Proxy,
    /// The proxy's port, when written apart from its host.
    Port,
    SipUser,
    DeviceType,
    PhoneNumber,
    ServiceProvider,
    Group,
}

#[derive(Deserialize)]
struct Aliases {
    keys: HashMap<Key, Vec<String>>,
    /// Object keys whose emails and ids are someone else's: a contact, a
    /// meeting's participants.
    others: Vec<String>,
}

struct Table {
    by_name: HashMap<String, Key>,
    others: Vec<String>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let raw: Aliases = serde_json::from_str(include_str!("../../../assets/fields.json"))
        .expect("assets/fields.json is valid");
    let mut by_name = HashMap::new();
    for (key, names) in raw.keys {
        for n in names {
            by_name.insert(normalise(&n), key);
        }
    }
    Table {
        by_name,
        others: raw.others.iter().map(|o| normalise(o)).collect(),
    }
});

/// `Tracking-ID`, `tracking_id`, `"trackingId"`, `entitlement[3]`, `user uuid`
/// → `trackingid`, `entitlement`, `useruuid`.
pub fn normalise(name: &str) -> String {
    let name = match name.find('[') {
        Some(i) if name.ends_with(']') => &name[..i],
        _ => name,
    };
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The key a name stands for, if it is one we read.
pub fn key_of(name: &str) -> Option<Key> {
    TABLE.by_name.get(&normalise(name)).copied()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value<'t> {
    /// A scalar: a quoted string (unescaped), a number, or a bare word.
    One(Cow<'t, str>),
    /// A list: a JSON array, or `[a, b]`.
    List(Vec<Cow<'t, str>>),
    /// The start of an object, whose members follow as fields of their own.
    Object,
}

impl<'t> Value<'t> {
    pub fn one(&self) -> Option<&str> {
        match self {
            Value::One(v) => Some(v),
            _ => None,
        }
    }

    /// Every item: the one value, or the list's.
    pub fn items(&self) -> Vec<&str> {
        match self {
            Value::One(v) => vec![v],
            Value::List(l) => l.iter().map(|c| c.as_ref()).collect(),
            Value::Object => Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'t> {
    pub key: Key,
    pub value: Value<'t>,
    /// Byte offset of the key in the text.
    pub at: usize,
    /// Byte offset just past the value.
    pub end: usize,
    /// The normalised key of the object the field sits in, if any.
    pub parent: Option<String>,
    /// Which object (counted from 1 in the text) it sits in; 0 for none.
    pub object: u32,
}

impl Field<'_> {
    /// Whether the field belongs to someone other than the user (a contact,
    /// a participant): then its email or id is not the user's.
    pub fn about_others(&self) -> bool {
        self.parent
            .as_deref()
            .is_some_and(|p| TABLE.others.iter().any(|o| p.contains(o.as_str())))
    }
}

/// Longest value read, and longest list scanned, so that a hostile line
/// costs no more than its length.
const MAX_VALUE: usize = 4096;
const MAX_LIST: usize = 64 * 1024;

fn is_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// Every field of `text` whose key we read, in text order.
pub fn read(text: &str) -> Vec<Field<'_>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    // Objects seen so far: the key that opened each one still open.
    let mut stack: Vec<(Option<String>, u32)> = Vec::new();
    let mut objects = 0u32;
    let mut scanned = 0usize;
    let mut i = 0usize;
    // Lists that do not close are scanned for their end at most this much
    // in all: a line of `a=[` repeated costs its length, not its length
    // times the list limit.
    let mut list_budget = 2 * text.len() + MAX_LIST;
    while let Some(off) = memchr::memchr3(b'=', b':', b'{', &b[i..]) {
        let sep = i + off;
        if sep > scanned {
            track_braces(&b[scanned..sep], &mut stack);
            scanned = sep;
        }
        i = sep + 1;
        if b[sep] == b'{' {
            // An object with no key before it (`response={` has one, and is
            // handled at its `=`).
            if scanned <= sep {
                objects += 1;
                stack.push((None, objects));
                scanned = sep + 1;
            }
            continue;
        }
        // `::` in a function name, `://` in a URL, `==`, `:=`.
        let next = b.get(sep + 1).copied();
        if b[sep] == b':' && matches!(next, Some(b':' | b'/')) {
            i = sep + 2;
            scanned = scanned.max(i);
            continue;
        }
        if sep > 0 && b[sep - 1] == b':' {
            continue;
        }
        let Some((kstart, name)) = key_before(text, sep) else {
            continue;
        };
        let (vstart, value, vend) = value_after(text, sep + 1, &mut list_budget);
        let parent = stack.last().and_then(|(k, _)| k.clone());
        let object = stack.last().map_or(0, |(_, n)| *n);
        let norm = normalise(name);
        if matches!(value, Value::Object) && scanned <= vstart {
            objects += 1;
            stack.push((Some(norm.clone()), objects));
            scanned = vstart + 1;
        }
        if let Some((key, path)) = lookup(name, &norm) {
            out.push(Field {
                key,
                value,
                at: kstart,
                end: vend,
                parent: path.or(parent),
                object,
            });
        }
        // A quoted value is skipped whole: its text is not fields of its
        // own. A bare word may itself end in a separator (`dump:entitlements:`).
        if matches!(b.get(vstart), Some(b'"' | b'\'')) {
            i = i.max(vend.min(b.len()));
        }
        if i > scanned {
            track_braces(&b[scanned..i], &mut stack);
            scanned = i;
        }
    }
    let before = out.len();
    angled(text, &mut out);
    uuids_after_words(text, &mut out);
    if out.len() > before {
        out.sort_by_key(|f| f.at);
    }
    out
}

/// The key a name stands for, and the object a dotted name puts it in:
/// `me.email` is `email` of `me`, `sip.proxy.address` is `proxyAddress` of
/// `sip`.
fn lookup(name: &str, norm: &str) -> Option<(Key, Option<String>)> {
    if let Some(&key) = TABLE.by_name.get(norm) {
        return Some((key, None));
    }
    name.match_indices('.').find_map(|(dot, _)| {
        let key = *TABLE.by_name.get(&normalise(&name[dot + 1..]))?;
        Some((key, Some(normalise(&name[..dot]))))
    })
}

/// `email<a@b.example>`: a value in angle brackets right after its key.
/// Markup never has a word right before its `<`.
fn angled<'t>(text: &'t str, out: &mut Vec<Field<'t>>) {
    let b = text.as_bytes();
    for open in memchr::memchr_iter(b'<', b) {
        if open == 0 || !b[open - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut start = open;
        while start > 0 && is_key_byte(b[start - 1]) && open - start < 64 {
            start -= 1;
        }
        if start > 0 && !boundary(b[start - 1]) {
            continue;
        }
        let name = &text[start..open];
        let Some((key, path)) = lookup(name, &normalise(name)) else {
            continue;
        };
        let rest = &b[open + 1..(open + 1 + 256).min(b.len())];
        let Some(len) = rest.iter().position(|&c| matches!(c, b'>' | b'<' | b'\n')) else {
            continue;
        };
        if rest[len] != b'>' || len == 0 {
            continue;
        }
        out.push(Field {
            key,
            value: Value::One(Cow::Borrowed(&text[open + 1..open + 1 + len])),
            at: start,
            end: open + 2 + len,
            parent: path,
            object: 0,
        });
    }
}

/// Where a UUID starts in `b` at the `-` after its first eight digits.
fn uuid_at(b: &[u8], dash: usize) -> Option<usize> {
    let start = dash.checked_sub(8)?;
    let end = start + 36;
    let s = b.get(start..end)?;
    let shape = s.iter().enumerate().all(|(i, &c)| match i {
        8 | 13 | 18 | 23 => c == b'-',
        _ => c.is_ascii_hexdigit(),
    });
    let alone = |c: Option<&u8>| c.is_none_or(|&c| !c.is_ascii_alphanumeric() && c != b'-');
    (shape && alone(start.checked_sub(1).and_then(|i| b.get(i))) && alone(b.get(end)))
        .then_some(start)
}

/// Whether a value is a UUID and nothing else.
pub fn is_uuid(v: &str) -> bool {
    v.len() == 36 && uuid_at(v.as_bytes(), 8) == Some(0)
}

/// The UUIDs of a text, in order.
pub fn uuids(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut next = 0;
    memchr::memchr_iter(b'-', b).filter_map(move |dash| {
        let start = (dash >= next).then(|| uuid_at(b, dash)).flatten()?;
        next = start + 36;
        Some(&text[start..start + 36])
    })
}

/// `user id 6b9b…`, `org 5380…`: a UUID after the words that name it, with
/// nothing but a space between. A UUID says what it is, so no separator is
/// needed to tell the value from the words.
fn uuids_after_words<'t>(text: &'t str, out: &mut Vec<Field<'t>>) {
    let b = text.as_bytes();
    let mut next = 0;
    for dash in memchr::memchr_iter(b'-', b) {
        if dash < next {
            continue;
        }
        let Some(start) = uuid_at(b, dash) else {
            continue;
        };
        next = start + 36;
        let before = &text[..start];
        let words_end = before.trim_end_matches([' ', '\t']).len();
        if words_end == before.len() || words_end == 0 {
            continue;
        }
        let line = &before[before[..words_end].rfind('\n').map_or(0, |p| p + 1)..words_end];
        // Where each word starts, past an opening bracket: `(user id …`.
        let line_at = words_end - line.len();
        let words: Vec<usize> = line
            .split_whitespace()
            .map(|w| {
                let t = w.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
                line_at + (t.as_ptr() as usize - line.as_ptr() as usize)
            })
            .collect();
        let found = (1..=words.len().min(3)).rev().find_map(|n| {
            let at = words[words.len() - n];
            let name = &text[at..words_end];
            name.bytes()
                .all(|c| is_key_byte(c) || c == b' ')
                .then(|| lookup(name, &normalise(name)))
                .flatten()
                .map(|(key, path)| (at, key, path))
        });
        if let Some((at, key, path)) = found {
            out.push(Field {
                key,
                value: Value::One(Cow::Borrowed(&text[start..start + 36])),
                at,
                end: start + 36,
                parent: path,
                object: 0,
            });
        }
    }
}

/// Closes the objects whose `}` appears in `gap`, and opens nameless ones
/// for `{`; quoted text is skipped.
fn track_braces(gap: &[u8], stack: &mut Vec<(Option<String>, u32)>) {
    let mut quoted = false;
    let mut escaped = false;
    for &c in gap {
        if quoted {
            match c {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => quoted = false,
                _ => {}
            }
            continue;
        }
        match c {
            b'"' => quoted = true,
            b'}' => {
                stack.pop();
            }
            _ => {}
        }
    }
}

/// The key written just before the separator at `sep`: `name`, `"name"`,
/// `name[3]`, or a label of up to four words that starts its line
/// (`    user uuid   : …`). Returns its start and its text.
fn key_before(text: &str, sep: usize) -> Option<(usize, &str)> {
    let b = text.as_bytes();
    let mut end = sep;
    while end > 0 && matches!(b[end - 1], b' ' | b'\t') {
        end -= 1;
    }
    if end > 0 && matches!(b[end - 1], b'"' | b'\'') {
        let q = b[end - 1];
        let open = b[end.saturating_sub(66)..end - 1]
            .iter()
            .rposition(|&c| c == q)
            .map(|p| p + end.saturating_sub(66))?;
        let name = &text[open + 1..end - 1];
        let ok = !name.is_empty()
            && name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && name.bytes().all(|c| is_key_byte(c) || c == b' ');
        return ok.then_some((open + 1, name));
    }
    // A count between name and separator: `user entitlements (5):`.
    if end > 0 && b[end - 1] == b')' {
        let open = b[end.saturating_sub(10)..end]
            .iter()
            .rposition(|&c| c == b'(')
            .map(|p| p + end.saturating_sub(10))?;
        if !b[open + 1..end - 1].iter().all(u8::is_ascii_digit) {
            return None;
        }
        end = open;
        while end > 0 && matches!(b[end - 1], b' ' | b'\t') {
            end -= 1;
        }
    }
    // An index: `entitlement[3]`.
    let mut name_end = end;
    if end > 0 && b[end - 1] == b']' {
        let open = b[end.saturating_sub(8)..end]
            .iter()
            .rposition(|&c| c == b'[')
            .map(|p| p + end.saturating_sub(8))?;
        if !b[open + 1..end - 1].iter().all(u8::is_ascii_digit) {
            return None;
        }
        name_end = open;
    }
    let mut start = name_end;
    while start > 0 && is_key_byte(b[start - 1]) && name_end - start < 64 {
        start -= 1;
    }
    if start == name_end || !(b[start].is_ascii_alphabetic() || b[start] == b'_') {
        return None;
    }
    if start > 0 && !boundary(b[start - 1]) {
        return None;
    }
    // A label of several words (`Org ID:`, `    user uuid   :`) reads as
    // one key if it is one we know: the longest run of up to four words
    // before the separator that is.
    let mut from = start;
    let mut labels = Vec::new();
    while from > 0 && matches!(b[from - 1], b' ' | b'\t') && labels.len() < 3 {
        let mut w = from;
        while w > 0 && matches!(b[w - 1], b' ' | b'\t') {
            w -= 1;
        }
        let word_end = w;
        while w > 0 && is_key_byte(b[w - 1]) && word_end - w < 64 {
            w -= 1;
        }
        if w == word_end || !b[w].is_ascii_alphabetic() || (w > 0 && !boundary(b[w - 1])) {
            break;
        }
        from = w;
        labels.push(from);
    }
    if let Some(&at) = labels
        .iter()
        .rev()
        .find(|&&at| key_of(&text[at..name_end]).is_some())
    {
        return Some((at, &text[at..name_end]));
    }
    Some((start, &text[start..name_end]))
}

/// What may stand before a key.
fn boundary(c: u8) -> bool {
    !is_key_byte(c) && c != b'/' && c != b'\\' && c != b'%' && c != b'@'
}

/// The value after a separator: its start, the value, and its end.
fn value_after<'t>(text: &'t str, from: usize, budget: &mut usize) -> (usize, Value<'t>, usize) {
    let b = text.as_bytes();
    let mut at = from;
    while at < b.len() && matches!(b[at], b' ' | b'\t') {
        at += 1;
    }
    match b.get(at) {
        Some(b'"' | b'\'') => {
            let (s, end) = quoted(text, at);
            (at, Value::One(s), end)
        }
        Some(b'[') => match list(text, at, budget) {
            Some((items, end)) => (at, Value::List(items), end),
            None => {
                // `httpStatus = [403]` is a list of one; anything else that
                // does not close is read as a bare word.
                let (s, end) = bare(text, at + 1);
                (at, Value::One(s), end)
            }
        },
        Some(b'{') => (at, Value::Object, at + 1),
        _ => {
            let (s, end) = bare(text, at);
            (at, Value::One(s), end)
        }
    }
}

/// A quoted string from `at` (the quote): its unescaped content and the
/// position after the closing quote.
fn quoted(text: &str, at: usize) -> (Cow<'_, str>, usize) {
    let b = text.as_bytes();
    let q = b[at];
    let mut i = at + 1;
    let limit = (at + 1 + MAX_VALUE).min(b.len());
    let mut escaped = false;
    while i < limit {
        match b[i] {
            _ if escaped => escaped = false,
            b'\\' => escaped = true,
            c if c == q => break,
            b'\n' => break,
            _ => {}
        }
        i += 1;
    }
    let closed = b.get(i) == Some(&q);
    let mut i = i.min(b.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    let raw = &text[at + 1..i];
    let value = if raw.contains('\\') && q == b'"' {
        serde_json::from_str::<String>(&format!("\"{raw}\""))
            .map(Cow::Owned)
            .unwrap_or(Cow::Borrowed(raw))
    } else {
        Cow::Borrowed(raw)
    };
    // Past the closing quote; a value cut short ends where it was cut,
    // which is a character boundary.
    (value, if closed { i + 1 } else { i })
}

/// A bare value: up to white space or a delimiter.
fn bare(text: &str, at: usize) -> (Cow<'_, str>, usize) {
    let b = text.as_bytes();
    let mut i = at;
    let limit = (at + MAX_VALUE).min(b.len());
    while i < limit
        && !matches!(
            b[i],
            b' ' | b'\t'
                | b'\r'
                | b'\n'
                | b','
                | b';'
                | b')'
                | b'}'
                | b']'
                | b'"'
                | b'|'
                | b'<'
                | b'>'
        )
    {
        i += 1;
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    // A sentence's full stop is not part of the value.
    let mut end = i;
    while end > at && matches!(b[end - 1], b'.' | b':') {
        end -= 1;
    }
    (Cow::Borrowed(&text[at..end]), i)
}

/// A list from `at` (the `[`) to its matching `]`, across lines: its
/// scalar items and the position after it. `None` when it does not close.
fn list<'t>(text: &'t str, at: usize, budget: &mut usize) -> Option<(Vec<Cow<'t, str>>, usize)> {
    let b = text.as_bytes();
    let limit = (at + MAX_LIST.min(*budget)).min(b.len());
    let (mut depth, mut quoted_now, mut escaped) = (0i32, false, false);
    let mut close = None;
    for (i, &c) in b.iter().enumerate().take(limit).skip(at) {
        if quoted_now {
            match c {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => quoted_now = false,
                _ => {}
            }
            continue;
        }
        match c {
            b'"' => quoted_now = true,
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    *budget = budget.saturating_sub(close.unwrap_or(limit).saturating_sub(at));
    let close = close?;
    let inner = &text[at + 1..close];
    if let Ok(items) = serde_json::from_str::<Vec<serde_json::Value>>(&text[at..=close]) {
        let scalars = items
            .into_iter()
            .filter_map(|v| match v {
                serde_json::Value::String(s) => Some(Cow::Owned(s)),
                serde_json::Value::Number(n) => Some(Cow::Owned(n.to_string())),
                _ => None,
            })
            .collect();
        return Some((scalars, close + 1));
    }
    // Not JSON: `[spark, broadworks-connector]`, items on lines of their
    // own, perhaps each behind a log prefix of its own.
    let items = inner
        .split([',', '\n'])
        .map(|s| s.trim().trim_matches(['"', '\'']).trim())
        .filter(|s| !s.is_empty() && !s.contains('{'))
        .map(Cow::Borrowed)
        .collect();
    Some((items, close + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(Key, String)> {
        read(text)
            .into_iter()
            .map(|f| {
                let v = match &f.value {
                    Value::One(v) => v.to_string(),
                    Value::List(l) => l.join("|"),
                    Value::Object => "{".into(),
                };
                (f.key, v)
            })
            .collect()
    }

    #[test]
    fn separators_and_quotes() {
        assert_eq!(
            pairs("done status=401 trackingId: CLIENT_ab12cd34 \"url\":\"https://x/y\""),
            [
                (Key::Status, "401".into()),
                (Key::TrackingId, "CLIENT_ab12cd34".into()),
                (Key::Url, "https://x/y".into())
            ]
        );
        assert_eq!(
            pairs("TelephonyService::notifyCallFailure::x httpStatus = [403] Error type = [1000]"),
            [(Key::Status, "403".into())]
        );
        assert_eq!(
            pairs("File.cpp:412 Foo::bar:done https://a.example:443/b 16:40:38"),
            []
        );
    }

    #[test]
    fn json_objects_lists_and_their_parents() {
        let text = r#"self {"id": "u-1", "emails": ["a@example.com"], "orgId": "o-1", "manager": {"email": "boss@example.com"}, "contact": {"email": "c@example.com"}}"#;
        let f = read(text);
        let got: Vec<(Key, Vec<&str>, bool)> = f
            .iter()
            .map(|f| (f.key, f.value.items(), f.about_others()))
            .collect();
        assert_eq!(
            got,
            [
                (Key::Id, vec!["u-1"], false),
                (Key::Email, vec!["a@example.com"], false),
                (Key::OrgId, vec!["o-1"], false),
                (Key::Email, vec!["boss@example.com"], true),
                (Key::Email, vec!["c@example.com"], true),
            ]
        );
        assert_eq!(f[0].object, f[2].object);
        assert_ne!(f[0].object, f[3].object);
    }

    #[test]
    fn lists_over_lines_and_one_per_record() {
        let text = "entitlements:\n  \"entitlements\": [\n    \"spark\",\n    \"broadworks-connector\"\n  ]";
        assert_eq!(
            pairs(text).last(),
            Some(&(Key::Entitlements, "spark|broadworks-connector".into()))
        );
        assert_eq!(
            pairs("EntitlementStore::dump:entitlements:\n  - spark"),
            [(Key::Entitlements, "".into())]
        );
        assert_eq!(
            pairs("update:user entitlements (2): spark, broadworks-connector"),
            [(Key::Entitlements, "spark".into())]
        );
        assert_eq!(
            pairs("entitlement[3] = broadworks-connector"),
            [(Key::Entitlements, "broadworks-connector".into())]
        );
        assert_eq!(
            pairs("entitlements=[spark, bc-sp-standard] x"),
            [(Key::Entitlements, "spark|bc-sp-standard".into())]
        );
    }

    #[test]
    fn labels_of_several_words_after_a_function_name() {
        assert_eq!(
            pairs("PeopleService::onSelfUpdated:Org ID: 73318866-6ece-4b8a-886f-0f3aa2b7da17"),
            [(Key::OrgId, "73318866-6ece-4b8a-886f-0f3aa2b7da17".into())]
        );
        assert_eq!(pairs("the user id: 42"), [(Key::UserId, "42".into())]);
    }

    #[test]
    fn labels_of_several_words_at_line_start() {
        let text = "Signed-in account:\n    email       : a@example.com\n    user uuid   : 684e48fa\n    org uuid    : 98a0bc89";
        assert_eq!(
            pairs(text),
            [
                // `account:` names an email, here with its value below it.
                (Key::Email, "".into()),
                (Key::Email, "a@example.com".into()),
                (Key::UserId, "684e48fa".into()),
                (Key::OrgId, "98a0bc89".into())
            ]
        );
    }

    #[test]
    fn never_panics_on_any_mix_of_separators_quotes_and_brackets() {
        // A fixed pseudo-random walk over the characters the reader acts on,
        // with multi-byte characters among them.
        const ALPHABET: &[&str] = &[
            "=",
            ":",
            "{",
            "}",
            "[",
            "]",
            "\"",
            "'",
            "\\",
            " ",
            "\n",
            "(",
            ")",
            "3",
            "a",
            "status",
            "entitlements",
            "é",
            "→",
            "_",
            "-",
            ".",
            ",",
            "::",
            "://",
        ];
        let mut seed = 0x2545_f491_u64;
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..(seed % 40) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(ALPHABET[(seed % ALPHABET.len() as u64) as usize]);
            }
            for f in read(&text) {
                assert!(f.at <= f.end && f.end <= text.len(), "{text:?}");
            }
        }
    }

    #[test]
    fn escapes_and_hostile_input() {
        assert_eq!(
            pairs(r#"{"userAgent":"WebexTeams (Windows\/44.2)"}"#),
            [(Key::UserAgent, "WebexTeams (Windows/44.2)".into())]
        );
        let long = format!("status={}", "9".repeat(100_000));
        assert_eq!(read(&long)[0].value.one().map(str::len), Some(MAX_VALUE));
        // A cut inside a character moves back to its start.
        let wide = format!("status=\"{}\" url={}", "é".repeat(5000), "é".repeat(5000));
        assert!(
            read(&wide)
                .iter()
                .all(|f| f.value.one().is_some_and(|v| v.len() <= MAX_VALUE))
        );
        let open = format!("entitlements=[{}", "a,".repeat(100_000));
        assert!(read(&open).len() <= 1);
        assert!(read("=:{}[]\"'\\").is_empty());
    }
}
