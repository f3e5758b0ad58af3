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
use crate::record::Bundle;

/// What an export renders.
#[derive(Clone, Copy)]
pub struct Report<'a> {
    pub bundle: &'a Bundle,
    pub analysis: &'a Analysis,
}
