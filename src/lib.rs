//! wxbw-doctor reads Webex for Cisco BroadWorks logs (the Webex app's, and
//! the BroadWorks servers') and says what went wrong, why, and how to fix
//! it, citing the log lines as evidence.
//!
//! The layers, each a module, run in this order:
//! - [`source`]: finds and reads bytes (zips, folders, files, this machine);
//! - [`record`]: decodes, classifies and splits them into time-ordered records;
//! - [`analysis`]: turns records into facts, a timeline and findings;
//! - presentation: [`export`] (text, JSON) and [`cli`].
//!
//! See `ARCHITECTURE.md` for the map and its invariants.

pub mod analysis;
pub mod cli;
pub mod export;
pub mod i18n;
pub mod record;
pub mod source;
#[doc(hidden)]
pub mod testutil;
pub mod ui;
