//! What the log view's search looks for: plain text or a regular
//! expression, with or without case. The matcher is handed to
//! [`super::shown::Records`], which runs it over a record's text and says
//! only whether, or where on a line already shown, it matched: the text
//! itself stays behind the redactor.

use std::ops::Range;

use regex::{Regex, RegexBuilder};

/// A search as typed, with its options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub regex: bool,
    pub case: bool,
}

/// A compiled [`Query`].
#[derive(Debug)]
pub enum Matcher {
    /// Without case, both sides are lowered; `needle` already is.
    Plain {
        needle: String,
        case: bool,
    },
    Regex(Regex),
}

/// A regular expression larger than this, compiled, is refused: a search
/// box must not take the memory of the bundle it searches.
const REGEX_SIZE: usize = 1 << 20;

impl Matcher {
    /// `None` for an empty query; the error for a regular expression that
    /// does not compile.
    pub fn new(q: &Query) -> Option<Result<Matcher, String>> {
        let text = q.text.trim();
        if text.is_empty() {
            return None;
        }
        Some(if q.regex {
            RegexBuilder::new(text)
                .case_insensitive(!q.case)
                .size_limit(REGEX_SIZE)
                .build()
                .map(Matcher::Regex)
                .map_err(|e| e.to_string())
        } else {
            Ok(Matcher::Plain {
                needle: if q.case {
                    text.to_owned()
                } else {
                    text.to_lowercase()
                },
                case: q.case,
            })
        })
    }

    pub fn is_match(&self, text: &str) -> bool {
        match self {
            Matcher::Plain { needle, case: true } => text.contains(needle.as_str()),
            Matcher::Plain {
                needle,
                case: false,
            } => text.to_lowercase().contains(needle.as_str()),
            Matcher::Regex(re) => re.is_match(text),
        }
    }

    /// Where it matches in `text`, for highlighting.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        match self {
            Matcher::Regex(re) => re
                .find_iter(text)
                .filter(|m| !m.is_empty())
                .map(|m| m.range())
                .collect(),
            Matcher::Plain { needle, case } => {
                let hay: std::borrow::Cow<str> = if *case {
                    text.into()
                } else if text.is_ascii() {
                    text.to_ascii_lowercase().into()
                } else {
                    // Lowering can change byte lengths outside ASCII; such
                    // a line is highlighted only where it matches as is.
                    text.into()
                };
                hay.match_indices(needle.as_str())
                    .map(|(at, m)| at..at + m.len())
                    .collect()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str, regex: bool, case: bool) -> Matcher {
        let query = Query {
            text: text.into(),
            regex,
            case,
        };
        Matcher::new(&query)
            .and_then(Result::ok)
            .unwrap_or_else(|| panic!("{text}"))
    }

    #[test]
    fn plain_and_regex_with_and_without_case() {
        assert!(q("register", false, false).is_match("SIP REGISTER sent"));
        assert!(!q("register", false, true).is_match("SIP REGISTER sent"));
        assert!(q(r"SIP/2\.0 4\d\d", true, true).is_match("SIP/2.0 403 Forbidden"));
        assert!(!q(r"SIP/2\.0 4\d\d", true, true).is_match("SIP/2.0 200 OK"));
        assert_eq!(q("ok", false, false).ranges("OK and ok"), [0..2, 7..9]);
        assert!(
            Matcher::new(&Query {
                text: "(".into(),
                regex: true,
                case: false
            })
            .is_some_and(|r| r.is_err())
        );
        assert!(Matcher::new(&Query::default()).is_none());
    }
}
