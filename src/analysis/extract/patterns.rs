//! Text patterns given from outside: a case-insensitive literal, refined by
//! an optional regular expression whose named group `detail` is kept.
//!
//! Extraction does not know what a pattern is for. The diagnosis builds the
//! set from its signatures and learns which pattern matched a record from
//! [`super::EventKind::Pattern`], by its index.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

#[derive(Debug, Clone)]
pub struct Pattern {
    /// Matched case-insensitively; stored in lower case.
    contains: String,
    regex: Option<Regex>,
}

impl Pattern {
    pub fn new(contains: &str, regex: Option<Regex>) -> Pattern {
        Pattern {
            contains: contains.to_ascii_lowercase(),
            regex,
        }
    }

    pub fn literal(&self) -> &str {
        &self.contains
    }
}

#[derive(Debug, Clone, Default)]
pub struct Patterns {
    patterns: Vec<Pattern>,
    /// Every literal, found in one pass over a text without copying it.
    /// `None` inside only if the literals are too many for an automaton;
    /// every pattern is then tried the slow way.
    automaton: OnceLock<Option<AhoCorasick>>,
}

impl Patterns {
    pub fn new(patterns: Vec<Pattern>) -> Patterns {
        Patterns {
            patterns,
            automaton: OnceLock::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// The literals, for a prefilter that picks the records worth reading.
    pub fn literals(&self) -> impl Iterator<Item = &str> {
        self.patterns.iter().map(Pattern::literal)
    }

    fn automaton(&self) -> Option<&AhoCorasick> {
        self.automaton
            .get_or_init(|| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(self.patterns.iter().map(|p| &p.contains))
                    .ok()
            })
            .as_ref()
    }

    /// `(pattern index, detail)` of every pattern that matches `text`, in
    /// pattern order.
    pub fn matching(&self, text: &str) -> Vec<(u32, Option<String>)> {
        let mut found = vec![false; self.patterns.len()];
        match self.automaton() {
            // Overlapping: one literal may sit inside another.
            Some(ac) => {
                for m in ac.find_overlapping_iter(text) {
                    found[m.pattern().as_usize()] = true;
                }
            }
            None => {
                let lower = text.to_ascii_lowercase();
                for (f, p) in found.iter_mut().zip(&self.patterns) {
                    *f = lower.contains(&p.contains);
                }
            }
        }
        let mut hits = Vec::new();
        for (i, p) in self.patterns.iter().enumerate().filter(|(i, _)| found[*i]) {
            match &p.regex {
                None => hits.push((i as u32, None)),
                Some(re) => {
                    if let Some(c) = re.captures(text) {
                        hits.push((i as u32, c.name("detail").map(|m| m.as_str().to_owned())));
                    }
                }
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_match_in_any_case_and_inside_each_other() {
        let p = Patterns::new(vec![
            Pattern::new("TLS handshake failed", None),
            Pattern::new("handshake", None),
            Pattern::new(
                "[error 182",
                Some(Regex::new(r"\[Error (?P<detail>\d+)\]").unwrap()),
            ),
        ]);
        assert_eq!(
            p.matching("SIP: TLS Handshake FAILED to 203.0.113.9"),
            [(0, None), (1, None)]
        );
        assert_eq!(
            p.matching("AS said [Error 18215] here"),
            [(2, Some("18215".to_owned()))]
        );
        assert!(p.matching("all is well").is_empty());
    }
}
