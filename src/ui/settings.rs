//! What the app remembers between runs (eframe persistence).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use super::palette::RuleColour;
use crate::analysis::playbooks::Walk;
use crate::i18n::Lang;
use crate::source::Limits;

const MAX_RECENT: usize = 8;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub dark: bool,
    pub redact: bool,
    pub redact_ips: bool,
    /// Times in this computer's zone rather than in UTC.
    pub local_time: bool,
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    pub max_total_bytes: u64,
    pub max_ratio: u64,
    pub max_depth: u32,
    /// The language picked in the app; `None` follows the system.
    pub lang: Option<Lang>,
    /// The user's own colours for log rows, first match wins.
    pub colour_rules: Vec<ColourRule>,
    /// The playbooks walked, per bundle, the most recent bundle first.
    pub checked: Vec<Checked>,
}

/// The playbooks walked for one bundle: `bundle` is its paths, made
/// absolute (or `local` for this computer's logs, empty without a bundle).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checked {
    pub bundle: String,
    pub walks: BTreeMap<String, Walk>,
}

/// How many bundles' answers are kept.
const MAX_CHECKED: usize = 50;

/// Log rows holding `text` (plain, any case) are shown in `colour`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColourRule {
    pub text: String,
    pub colour: RuleColour,
}

impl Default for Settings {
    fn default() -> Settings {
        let l = Limits::default();
        Settings {
            dark: false,
            redact: false,
            redact_ips: false,
            local_time: false,
            recent: Vec::new(),
            max_total_bytes: l.max_total_bytes,
            max_ratio: l.max_ratio,
            max_depth: l.max_depth,
            lang: None,
            colour_rules: Vec::new(),
            checked: Vec::new(),
        }
    }
}

impl Settings {
    pub fn limits(&self) -> Limits {
        Limits {
            max_total_bytes: self.max_total_bytes,
            max_ratio: self.max_ratio.max(1),
            max_depth: self.max_depth,
        }
    }

    /// Remembers opened paths, made absolute: a path given relative to
    /// the folder the app was started in means nothing on the next start.
    pub fn remember(&mut self, paths: &[PathBuf]) {
        for p in paths.iter().rev() {
            let p = std::path::absolute(p).unwrap_or_else(|_| p.clone());
            self.recent.retain(|r| *r != p);
            self.recent.insert(0, p);
        }
        self.recent.truncate(MAX_RECENT);
    }

    /// The playbooks walked for a bundle, as last kept.
    pub fn checked_for(&self, bundle: &str) -> BTreeMap<String, Walk> {
        self.checked
            .iter()
            .find(|c| c.bundle == bundle)
            .map(|c| c.walks.clone())
            .unwrap_or_default()
    }

    /// Keeps a bundle's walks, if they changed, as the most recent.
    pub fn keep_checked(&mut self, bundle: &str, walks: &BTreeMap<String, Walk>) {
        if self
            .checked
            .first()
            .is_some_and(|c| c.bundle == bundle && c.walks == *walks)
        {
            return;
        }
        self.checked.retain(|c| c.bundle != bundle);
        if !walks.is_empty() {
            self.checked.insert(
                0,
                Checked {
                    bundle: bundle.to_owned(),
                    walks: walks.clone(),
                },
            );
        }
        self.checked.truncate(MAX_CHECKED);
    }

    pub fn recent_existing(&self) -> impl Iterator<Item = &Path> {
        self.recent
            .iter()
            .map(PathBuf::as_path)
            .filter(|p| p.exists())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_keeps_the_newest_first_without_duplicates() {
        let mut s = Settings::default();
        s.remember(&[PathBuf::from("/a.zip")]);
        s.remember(&[PathBuf::from("/b.zip")]);
        s.remember(&[PathBuf::from("/a.zip")]);
        assert_eq!(s.recent, [PathBuf::from("/a.zip"), PathBuf::from("/b.zip")]);
        for i in 0..20 {
            s.remember(&[PathBuf::from(format!("/{i}.zip"))]);
        }
        assert_eq!(s.recent.len(), MAX_RECENT);
    }

    #[test]
    fn recent_paths_are_absolute() {
        let mut s = Settings::default();
        s.remember(&[PathBuf::from("bundle.zip")]);
        assert!(s.recent[0].is_absolute(), "{:?}", s.recent);
        assert!(s.recent[0].ends_with("bundle.zip"));
    }
}
