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

/// A compiled [`Query`]. Plain text is searched as an escaped regular
/// expression too: the regex engine finds a literal with or without case
/// at memory speed, without lowering a copy of every record it passes.
#[derive(Debug)]
pub struct Matcher(Regex);

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
        let pattern = if q.regex {
            text.to_owned()
        } else {
            regex::escape(text)
        };
        Some(
            RegexBuilder::new(&pattern)
                .case_insensitive(!q.case)
                .size_limit(REGEX_SIZE)
                .build()
                .map(Matcher)
                .map_err(|e| e.to_string()),
        )
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text)
    }

    /// Where it matches in `text`, for highlighting.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        self.0
            .find_iter(text)
            .filter(|m| !m.is_empty())
            .map(|m| m.range())
            .collect()
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
        // Plain text is plain: a dot is a dot.
        assert!(!q("a.b", false, false).is_match("axb"));
        let found = q("straße", false, false).ranges("STRASSE straße");
        assert_eq!((found.len(), found.first()), (1, Some(&(8..15))));
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
