//! Analysis: what the records of a bundle mean.
//!
//! This layer owns the [`Analysis`] value that every output renders: the
//! verdict, the findings (each with the log lines that prove it), the
//! registration timeline of every sign-in attempt, and the escalation
//! facts. It reads a [`Bundle`] and knows nothing of how results are shown:
//! no egui, no terminal, no JSON layout beyond plain serde derives.
//!
//! It runs in two steps with one boundary between them:
//! - [`extract`] reads records into typed [`extract::Event`]s: protocol
//!   facts (HTTP exchanges, SIP messages, identities, settings, device
//!   lists, server requests) in whatever printing the log uses. It knows
//!   nothing of findings, attempts or severities.
//! - [`diagnose`] reads only those events: runs and attempts, the
//!   registration steps, the rules and signatures that make findings, the
//!   verdict, the facts and the ladder.
//!
//! [`model`] is the value they produce; [`codes`] the guide's code tables,
//! which both read.
//!
//! Invariant: every finding carries at least one evidence line.
//!
//! ```
//! use wxbw_doctor::analysis::analyze;
//! use wxbw_doctor::record::{Bundle, LogFile};
//!
//! let log = "2024-03-08T16:40:44.063Z <Info> [0x10d6] EntitlementManager.cpp:140 f:User entitlements: spark, webex-squared\n";
//! let bundle = Bundle::from_files(vec![LogFile::parse("current_log.txt".into(), log.as_bytes().to_vec())]);
//! let analysis = analyze(&bundle);
//! assert_eq!(analysis.findings[0].id, "entitlement-missing");
//! assert_eq!(analysis.findings[0].evidence[0].line(&bundle), 1);
//! ```

/// A lazily compiled regular expression; a bad pattern is a build defect
/// the unit tests catch.
macro_rules! re {
    ($name:ident, $pattern:expr) => {
        static $name: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| regex::Regex::new($pattern).expect($pattern));
    };
}

pub mod codes;
pub mod diagnose;
pub mod extract;
pub mod model;
pub mod playbooks;

pub use diagnose::{catalogue, facts};
pub use model::*;

use crate::record::Bundle;
use catalogue::Catalogue;

/// Analyses a bundle with the shipped catalogue and the user's signature files.
/// A folder of the user's own data files (signatures, playbooks) in this
/// platform's config folder.
pub(crate) fn user_dir(name: &str) -> Option<std::path::PathBuf> {
    directories::ProjectDirs::from("", "", "wxbw-doctor").map(|d| d.config_dir().join(name))
}

/// The user's `.json` files in `dir`, in name order (the order they are
/// merged in), each with its text or why it could not be read.
pub(crate) fn user_files(
    dir: Option<&std::path::Path>,
) -> Vec<(std::path::PathBuf, Result<String, String>)> {
    let Some(entries) = dir.and_then(|d| std::fs::read_dir(d).ok()) else {
        return Vec::new();
    };
    let mut files: Vec<std::path::PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).map_err(|e| e.to_string());
            (path, text)
        })
        .collect()
}

pub fn analyze(bundle: &Bundle) -> Analysis {
    analyze_with(
        bundle,
        &Catalogue::with_user_dir(Catalogue::user_dir().as_deref()),
    )
}

pub fn analyze_with(bundle: &Bundle, catalogue: &Catalogue) -> Analysis {
    let events = extract::collect(bundle, catalogue.patterns());
    diagnose::diagnose(bundle, &events, catalogue)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{LogFile, RecordRef};

    fn bundle(path: &str, text: &str) -> Bundle {
        Bundle::from_files(vec![LogFile::parse(path.into(), text.as_bytes().to_vec())])
    }

    #[test]
    fn evidence_reads_its_line_from_the_bundle() {
        let b = bundle(
            "xsp/authenticationService.log",
            "2024.05.04 15:42:04:607 CET | Info       | AuthService | http-nio-8443-exec-10 |\n\tGET /authService/token\n\n2024.05.04 15:42:04:907 CET | Info       | AuthService | LongLivedTokenManager |\n\tToken generation failed\n\tStatusCode=401\n",
        );
        let e = Evidence {
            at: RecordRef { file: 0, record: 1 },
        };
        assert_eq!(e.place(&b), "xsp/authenticationService.log:4");
        // A BroadWorks header line is joined with the lines that say what happened.
        assert_eq!(
            e.text(&b),
            "2024.05.04 15:42:04:907 CET | Info       | AuthService | LongLivedTokenManager | Token generation failed · StatusCode=401"
        );
    }

    #[test]
    fn a_long_evidence_line_is_cut() {
        let line = format!(
            "2024-03-08T16:40:44.063Z <Info> [0x10d6] Sip.cpp:1 f:{}",
            "x".repeat(2000)
        );
        let b = bundle("current_log.txt", &line);
        let text = Evidence {
            at: RecordRef { file: 0, record: 0 },
        }
        .text(&b);
        assert_eq!(text.chars().count(), 401);
        assert!(text.starts_with("2024-03-08T16:40:44.063Z") && text.ends_with("x…"));
    }
}
