//! The findings catalogue: ids, severities and simple signatures, as data
//! in `assets/signatures.json`; each finding's title, cause, fix and guide
//! section are messages in `i18n/<lang>/findings.ftl`.
//!
//! A helpdesk lead can add files of the same shape in the platform's config
//! folder (`…/wxbw-doctor/signatures/*.json`): new findings, or more
//! signatures for existing ones. A broken file is reported and skipped.
//! Their texts are shown as written, in whatever language they are in.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use serde::Deserialize;

use super::Severity;
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
pub struct Signature {
    contains: String,
    regex: Option<Regex>,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub severity: Severity,
    pub title: Text,
    pub cause: Text,
    pub fix: Text,
    pub guide: Text,
    signatures: Vec<Signature>,
}

#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    entries: Vec<Entry>,
    /// Every signature's literal, found in one pass over a text without
    /// copying it; built on first use, after the user's files are merged.
    prefilter: OnceLock<Prefilter>,
    /// Problems with user signature files, for the report.
    pub problems: Vec<String>,
}

#[derive(Debug, Clone)]
struct Prefilter {
    /// `None` only if the literals are too many for an automaton; every
    /// signature is then tried the slow way.
    automaton: Option<AhoCorasick>,
    /// (entry, signature) of each pattern of the automaton.
    owners: Vec<(usize, usize)>,
}

const BUILTIN: &str = include_str!("../../assets/signatures.json");

impl Catalogue {
    /// The catalogue shipped with the tool.
    pub fn builtin() -> Catalogue {
        let mut c = Catalogue::default();
        // Compiled in and covered by tests: a failure here is a build defect.
        c.merge(BUILTIN, "assets/signatures.json")
            .expect("assets/signatures.json is valid");
        c
    }

    /// The shipped catalogue plus the user's files from `dir`.
    pub fn with_user_dir(dir: Option<&Path>) -> Catalogue {
        let mut c = Catalogue::builtin();
        let Some(dir) = dir else { return c };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return c;
        };
        let mut files: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for path in files {
            let shown = path.display().to_string();
            let result = std::fs::read_to_string(&path)
                .map_err(|e| e.to_string())
                .and_then(|text| c.merge(&text, &shown));
            if let Err(e) = result {
                c.problems
                    .push(format!("signature file {shown} was skipped: {e}"));
            }
        }
        c
    }

    /// The user's signature folder on this platform.
    pub fn user_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "wxbw-doctor")
            .map(|d| d.config_dir().join("signatures"))
    }

    /// Adds the findings of one file; all or nothing.
    fn merge(&mut self, json: &str, name: &str) -> Result<(), String> {
        let file: File =
            serde_json::from_str(json).map_err(|e| format!("not a signature file: {e}"))?;
        let mut added = Vec::new();
        let mut extended = Vec::new();
        for raw in file.findings {
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
                    Ok(Signature {
                        contains: s.contains.to_ascii_lowercase(),
                        regex,
                    })
                })
                .collect::<Result<Vec<_>, String>>()?;
            if let Some(existing) = self.entries.iter().position(|e| e.id == raw.id) {
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
                id: raw.id,
                signatures,
            });
        }
        for (at, signatures) in extended {
            self.entries[at].signatures.extend(signatures);
        }
        self.entries.extend(added);
        self.prefilter = OnceLock::new();
        Ok(())
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Position in the catalogue: lower is decided first for the verdict.
    pub fn rank(&self, id: &str) -> usize {
        self.entries
            .iter()
            .position(|e| e.id == id)
            .unwrap_or(usize::MAX)
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The literals of every signature, for the prefilter.
    pub fn literals(&self) -> impl Iterator<Item = &str> {
        self.entries
            .iter()
            .flat_map(|e| e.signatures.iter().map(|s| s.contains.as_str()))
    }

    fn prefilter(&self) -> &Prefilter {
        self.prefilter.get_or_init(|| {
            let owners: Vec<(usize, usize)> = self
                .entries
                .iter()
                .enumerate()
                .flat_map(|(e, entry)| (0..entry.signatures.len()).map(move |s| (e, s)))
                .collect();
            let automaton = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(
                    owners
                        .iter()
                        .map(|&(e, s)| &self.entries[e].signatures[s].contains),
                )
                .ok();
            Prefilter { automaton, owners }
        })
    }

    /// `(finding id, detail)` of every signature that matches `text`.
    pub fn signatures_matching<'a>(&'a self, text: &str) -> Vec<(&'a str, Option<String>)> {
        let p = self.prefilter();
        let mut found = vec![false; p.owners.len()];
        match &p.automaton {
            // Overlapping: one literal may sit inside another.
            Some(ac) => {
                for m in ac.find_overlapping_iter(text) {
                    found[m.pattern().as_usize()] = true;
                }
            }
            None => {
                let lower = text.to_ascii_lowercase();
                for (f, &(e, s)) in found.iter_mut().zip(&p.owners) {
                    *f = lower.contains(&self.entries[e].signatures[s].contains);
                }
            }
        }
        let mut hits = Vec::new();
        for (_, &(e, s)) in found.iter().zip(&p.owners).filter(|(f, _)| **f) {
            let entry = &self.entries[e];
            match &entry.signatures[s].regex {
                None => hits.push((entry.id.as_str(), None)),
                Some(re) => {
                    if let Some(c) = re.captures(text) {
                        hits.push((
                            entry.id.as_str(),
                            c.name("detail").map(|m| m.as_str().to_owned()),
                        ));
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
            let e = c.get(id).unwrap_or_else(|| panic!("{id} missing"));
            for text in [&e.title, &e.cause, &e.fix, &e.guide] {
                let shown = text.render(Lang::En);
                assert!(!shown.is_empty() && !shown.starts_with("finding-"), "{id}");
            }
        }
        assert!(c.rank("entitlement-missing") < c.rank("sip-register-timeout"));
    }

    #[test]
    fn signatures_match_real_lines() {
        let c = Catalogue::builtin();
        let line = "2024-03-05T10:26:34.137Z <Error> [0x28db][]BroadWorksConfigDownloader.cpp:106 onAccessDeviceListSucceeded:BWC:SCF: ConfigDownload - the device profile 'Business Communicator - PC' is not found.";
        assert_eq!(
            c.signatures_matching(line),
            [(
                "device-profile-missing",
                Some("Business Communicator - PC".to_owned())
            )]
        );
        let real = "2024-01-30T07:19:10.078Z <Error> [0x45c] BroadWorksLoginAdapter.cpp:452 BroadWorksLoginAdapter::handleLoginError:BWC:SCF: Login error occurred: errorCode=1507";
        assert_eq!(c.signatures_matching(real), [("config-parse-failed", None)]);
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
        assert_eq!(
            c.signatures_matching("TLS: certificate has expired"),
            [("sbc-certificate-expired", None)]
        );
        assert_eq!(
            c.signatures_matching("XML parse error at 3"),
            [("config-parse-failed", None)]
        );
        let added = c.get("sbc-certificate-expired").unwrap();
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
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, ["outer", "inner"]);
        assert!(c.signatures_matching("never merged").is_empty());
        assert_eq!(c.problems.len(), 1, "{:?}", c.problems);
    }
}
