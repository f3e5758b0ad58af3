//! The findings catalogue: ids, severities and simple signatures, as data
//! in `assets/signatures.json`; each finding's title, cause, fix and guide
//! section are messages in `i18n/<lang>/findings.ftl`.
//!
//! A helpdesk lead can add files of the same shape in the platform's config
//! folder (`…/wxbw-doctor/signatures/*.json`): new findings, or more
//! signatures for existing ones. A broken file is reported and skipped.
//! Their texts are shown as written, in whatever language they are in.

use std::path::{Path, PathBuf};

use regex::Regex;
use serde::Deserialize;

use crate::analysis::extract::patterns::{Pattern, Patterns};
use crate::analysis::model::{FindingId, Known, Severity};
use crate::i18n::{Lang, Text};

#[derive(Debug, Deserialize)]
struct File {
    findings: Vec<RawEntry>,
}

#[derive(Debug, Deserialize)]
struct RawEntry {
    id: String,
    severity: Option<Severity>,
    title: Option<String>,
    cause: Option<String>,
    fix: Option<String>,
    guide: Option<String>,
    #[serde(default)]
    signatures: Vec<RawSignature>,
}

#[derive(Debug, Deserialize)]
struct RawSignature {
    contains: String,
    regex: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub id: FindingId,
    pub severity: Severity,
    pub title: Text,
    pub cause: Text,
    pub fix: Text,
    pub guide: Text,
    signatures: Vec<Pattern>,
}

impl Entry {
    /// Whether the entry is decided by its signatures rather than by a rule.
    pub fn has_signatures(&self) -> bool {
        !self.signatures.is_empty()
    }
}

#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    entries: Vec<Entry>,
    /// Every entry's signatures, in entry order, for extraction to match.
    patterns: Patterns,
    /// The entry each pattern belongs to.
    owners: Vec<usize>,
    /// Problems with user signature files, for the report.
    pub problems: Vec<String>,
}

const BUILTIN: &str = include_str!("../../../assets/signatures.json");

impl Catalogue {
    /// The catalogue shipped with the tool.
    pub fn builtin() -> Catalogue {
        let mut c = Catalogue::default();
        // Compiled in and covered by tests: a failure here is a build defect.
        c.merge(BUILTIN, "assets/signatures.json", true)
            .expect("assets/signatures.json is valid");
        c
    }

    /// The shipped catalogue plus the user's files from `dir`.
    pub fn with_user_dir(dir: Option<&Path>) -> Catalogue {
        let mut c = Catalogue::builtin();
        for (path, text) in crate::analysis::user_files(dir) {
            let shown = path.display().to_string();
            let result = text.and_then(|text| c.merge(&text, &shown, false));
            if let Err(e) = result {
                c.problems
                    .push(format!("signature file {shown} was skipped: {e}"));
            }
        }
        c
    }

    /// The user's signature folder on this platform.
    pub fn user_dir() -> Option<PathBuf> {
        crate::analysis::user_dir("signatures")
    }

    /// Adds the findings of one file; all or nothing. The shipped file may
    /// name only [`Known`] findings; a user's file may add others.
    fn merge(&mut self, json: &str, name: &str, shipped: bool) -> Result<(), String> {
        let file: File =
            serde_json::from_str(json).map_err(|e| format!("not a signature file: {e}"))?;
        let mut added = Vec::new();
        let mut extended = Vec::new();
        for raw in file.findings {
            let id = FindingId::parse(&raw.id);
            if shipped && matches!(id, FindingId::User(_)) {
                return Err(format!("{}: not a finding the tool knows", raw.id));
            }
            let signatures = raw
                .signatures
                .into_iter()
                .map(|s| {
                    let regex = s
                        .regex
                        .map(|r| Regex::new(&r).map_err(|e| format!("{}: bad regex: {e}", raw.id)))
                        .transpose()?;
                    if s.contains.trim().is_empty() {
                        return Err(format!(
                            "{}: a signature needs a non-empty 'contains'",
                            raw.id
                        ));
                    }
                    Ok(Pattern::new(&s.contains, regex))
                })
                .collect::<Result<Vec<_>, String>>()?;
            if let Some(existing) = self.entries.iter().position(|e| e.id == id) {
                extended.push((existing, signatures));
                continue;
            }
            let missing = |f: &str| format!("{}: new finding needs '{f}' ({name})", raw.id);
            // A text written in the file wins; the shipped findings have
            // theirs in every language.
            let text = |given: Option<String>, part: &str| {
                let key = format!("finding-{}-{part}", raw.id);
                given
                    .map(Text::Plain)
                    .or_else(|| Lang::has(&key).then(|| Text::key(key)))
            };
            added.push(Entry {
                severity: raw.severity.ok_or_else(|| missing("severity"))?,
                title: text(raw.title, "title").ok_or_else(|| missing("title"))?,
                cause: text(raw.cause, "cause").ok_or_else(|| missing("cause"))?,
                fix: text(raw.fix, "fix").ok_or_else(|| missing("fix"))?,
                guide: text(raw.guide, "guide").unwrap_or_else(|| Text::plain("")),
                id,
                signatures,
            });
        }
        for (at, signatures) in extended {
            self.entries[at].signatures.extend(signatures);
        }
        self.entries.extend(added);
        self.owners = Vec::new();
        let mut patterns = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            for p in &e.signatures {
                patterns.push(p.clone());
                self.owners.push(i);
            }
        }
        self.patterns = Patterns::new(patterns);
        Ok(())
    }

    pub fn get(&self, id: &FindingId) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == *id)
    }

    pub fn known(&self, id: Known) -> Option<&Entry> {
        self.get(&FindingId::Known(id))
    }

    /// Position in the catalogue: lower is decided first for the verdict.
    pub fn rank(&self, id: &FindingId) -> usize {
        self.entries
            .iter()
            .position(|e| e.id == *id)
            .unwrap_or(usize::MAX)
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Every signature, for extraction to match records against.
    pub fn patterns(&self) -> &Patterns {
        &self.patterns
    }

    /// The entry a pattern of [`Catalogue::patterns`] belongs to.
    pub fn owner(&self, pattern: u32) -> Option<&Entry> {
        self.owners
            .get(pattern as usize)
            .and_then(|&i| self.entries.get(i))
    }

    /// `(finding id, detail)` of every signature that matches `text`.
    pub fn signatures_matching(&self, text: &str) -> Vec<(&FindingId, Option<String>)> {
        self.patterns
            .matching(text)
            .into_iter()
            .filter_map(|(p, detail)| Some((&self.owner(p)?.id, detail)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_has_every_client_finding_with_texts() {
        let c = Catalogue::builtin();
        for id in [
            "device-profile-missing",
            "entitlement-missing",
            "conflicting-calling-entitlement",
            "calling-behavior-not-webex",
            "token-fetch-failed",
            "xsi-request-failed",
            "config-download-failed",
            "config-parse-failed",
            "unresolved-config-tag",
            "sip-register-rejected",
            "sip-auth-failed",
            "sip-register-timeout",
            "registration-displaced",
            "multiple-calling-services",
            "activation-portal-error",
            "directory-sync-error",
        ] {
            let e = c
                .get(&FindingId::parse(id))
                .unwrap_or_else(|| panic!("{id} missing"));
            for text in [&e.title, &e.cause, &e.fix, &e.guide] {
                let shown = text.render(Lang::En);
                assert!(!shown.is_empty() && !shown.starts_with("finding-"), "{id}");
            }
        }
        assert!(
            c.rank(&Known::EntitlementMissing.into()) < c.rank(&Known::SipRegisterTimeout.into())
        );
    }

    #[test]
    fn every_known_finding_is_in_the_shipped_catalogue_and_nothing_else() {
        let c = Catalogue::builtin();
        for &k in Known::ALL {
            assert!(c.known(k).is_some(), "{} has no entry", k.name());
        }
        assert_eq!(c.entries().len(), Known::ALL.len());
        let unknown = r#"{"findings": [{"id": "no-such-finding", "severity": "error"}]}"#;
        assert!(Catalogue::default().merge(unknown, "x", true).is_err());
    }

    #[test]
    fn signatures_match_real_lines() {
        let c = Catalogue::builtin();
        let line = "2024.04.28 07:48:36:102 CET | Warning    | ProvisioningServer | IMP Provisioning Adapter 1 | [Error 18215] User already exists";
        let hits = c.signatures_matching(line);
        assert_eq!(hits.len(), 1);
        assert_eq!(
            (hits[0].0.as_str(), hits[0].1.as_deref()),
            ("impp-provisioning-error", Some("18215"))
        );
        assert!(c.signatures_matching("all is well").is_empty());
    }

    #[test]
    fn user_files_extend_and_broken_ones_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.json"),
            r#"{"findings": [
                {"id": "sbc-certificate-expired", "severity": "error", "title": "SBC certificate expired", "cause": "c", "fix": "f",
                 "signatures": [{"contains": "certificate has expired"}]},
                {"id": "config-parse-failed", "signatures": [{"contains": "XML parse error"}]}
            ]}"#,
        )
        .unwrap();
        std::fs::write(dir.path().join("b.json"), "{ not json").unwrap();
        std::fs::write(
            dir.path().join("c.json"),
            r#"{"findings": [{"id": "x", "signatures": [{"contains": "y", "regex": "("}]}]}"#,
        )
        .unwrap();
        let c = Catalogue::with_user_dir(Some(dir.path()));
        let ids = |text: &str| -> Vec<String> {
            c.signatures_matching(text)
                .into_iter()
                .map(|(id, _)| id.to_string())
                .collect()
        };
        assert_eq!(
            ids("TLS: certificate has expired"),
            ["sbc-certificate-expired"]
        );
        assert_eq!(ids("XML parse error at 3"), ["config-parse-failed"]);
        let added = c.get(&FindingId::parse("sbc-certificate-expired")).unwrap();
        assert_eq!(added.title.render(Lang::De), "SBC certificate expired");
        assert_eq!(c.problems.len(), 2, "{:?}", c.problems);
        assert!(c.problems[0].contains("b.json"));
        assert!(c.problems[1].contains("bad regex"));
    }

    #[test]
    fn literals_match_in_any_case_inside_each_other_and_all_or_nothing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("a.json"),
            r#"{"findings": [
                {"id": "outer", "severity": "info", "title": "t", "cause": "c", "fix": "f",
                 "signatures": [{"contains": "tls handshake failed"}]},
                {"id": "inner", "severity": "info", "title": "t", "cause": "c", "fix": "f",
                 "signatures": [{"contains": "handshake"}]}
            ]}"#,
        )
        .unwrap();
        // The second finding is broken, so the first one's extra signature
        // must not be merged either.
        std::fs::write(
            dir.path().join("b.json"),
            r#"{"findings": [
                {"id": "outer", "signatures": [{"contains": "never merged"}]},
                {"id": "broken", "signatures": [{"contains": "z"}]}
            ]}"#,
        )
        .unwrap();
        let c = Catalogue::with_user_dir(Some(dir.path()));
        let ids: Vec<&str> = c
            .signatures_matching("SIP: TLS Handshake FAILED to 203.0.113.9")
            .into_iter()
            .map(|(id, _)| id.as_str())
            .collect();
        assert_eq!(ids, ["outer", "inner"]);
        assert!(c.signatures_matching("never merged").is_empty());
        assert_eq!(c.problems.len(), 1, "{:?}", c.problems);
    }
}
