//! Exports: the analysis of a bundle as text for a terminal or a ticket, and
//! as JSON for tools.
//!
//! Every output renders the same [`Analysis`] and [`Bundle`]; none derives a
//! fact of its own. The JSON layout is versioned by its `schema` key and
//! documented in the README's *JSON report* section.

pub mod json;
pub mod redact;
pub mod text;

use crate::analysis::Analysis;
use crate::i18n::Lang;
use crate::record::Bundle;
use redact::Redactor;

/// What an export renders.
#[derive(Clone, Copy)]
pub struct Report<'a> {
    pub bundle: &'a Bundle,
    pub analysis: &'a Analysis,
    /// The language of the text report; JSON texts are always English.
    pub lang: Lang,
    /// Masks personal data in everything the report says, when set.
    pub redactor: Option<&'a Redactor>,
}

impl Report<'_> {
    /// The finished text, masked when the report is redacted, with the
    /// control characters of log lines and names written out: the text
    /// goes to a terminal, which would obey them.
    fn finish(&self, text: String) -> String {
        let text = match self.redactor {
            Some(r) => r.apply(&text).into_owned(),
            None => text,
        };
        match crate::record::escape_controls(&text, true) {
            std::borrow::Cow::Borrowed(_) => text,
            std::borrow::Cow::Owned(safe) => safe,
        }
    }
}
