//! The Webex app's logs on this machine.
//!
//! Where the logs live is a pure function of the platform and its base
//! folders ([`log_folder`]), so the Windows and macOS rules are tested on
//! any machine. [`discover`] then looks at the disk.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    Windows,
    MacOs,
    /// Linux and the rest: the Webex app keeps no logs we know of there.
    Other,
}

impl Platform {
    pub fn current() -> Platform {
        if cfg!(target_os = "windows") {
            Platform::Windows
        } else if cfg!(target_os = "macos") {
            Platform::MacOs
        } else {
            Platform::Other
        }
    }
}

/// The base folders the log location is derived from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BaseDirs {
    /// `%LOCALAPPDATA%` on Windows.
    pub local_data: Option<PathBuf>,
    pub home: Option<PathBuf>,
}

impl BaseDirs {
    pub fn from_system() -> BaseDirs {
        match directories::BaseDirs::new() {
            Some(b) => BaseDirs {
                local_data: Some(b.data_local_dir().to_owned()),
                home: Some(b.home_dir().to_owned()),
            },
            None => BaseDirs::default(),
        }
    }
}

/// What a local log file is to the Webex app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LogRole {
    /// `current_log.txt`, the running app's log.
    Current,
    /// `last_run_current_log.txt`, the previous run's log.
    LastRun,
    /// `bwc/current_log.txt`, the BroadWorks calling library (older builds).
    Bwc,
    /// `media/*.log` and `media/calls/*.txt`.
    Media,
}

impl LogRole {
    pub fn name(self) -> &'static str {
        match self {
            LogRole::Current => "current_log",
            LogRole::LastRun => "last_run",
            LogRole::Bwc => "bwc",
            LogRole::Media => "media",
        }
    }
}

/// The Webex app's log folder for a platform, if it has one.
pub fn log_folder(platform: Platform, base: &BaseDirs) -> Option<PathBuf> {
    match platform {
        Platform::Windows => base.local_data.as_ref().map(|d| d.join("CiscoSpark")),
        Platform::MacOs => base
            .home
            .as_ref()
            .map(|h| h.join("Library").join("Logs").join("SparkMacDesktop")),
        Platform::Other => None,
    }
}

/// Which role a file in the log folder plays, from its path relative to
/// the folder (components in order). Rotated copies (`current_log_1.txt`,
/// `current_log.txt.1`) count with their log.
pub fn role_of(relative: &[&str]) -> Option<LogRole> {
    let lower: Vec<String> = relative.iter().map(|c| c.to_ascii_lowercase()).collect();
    let parts: Vec<&str> = lower.iter().map(String::as_str).collect();
    match parts.as_slice() {
        [name] if name.starts_with("last_run_current_log") => Some(LogRole::LastRun),
        [name] if name.starts_with("current_log") => Some(LogRole::Current),
        ["bwc", name] if name.starts_with("current_log") => Some(LogRole::Bwc),
        ["media", name] if name.ends_with(".log") || name.ends_with(".txt") => Some(LogRole::Media),
        ["media", "calls", name] if name.ends_with(".txt") || name.ends_with(".log") => {
            Some(LogRole::Media)
        }
        _ => None,
    }
}

#[derive(Debug, Clone)]
pub struct LocalLog {
    pub role: LogRole,
    pub path: PathBuf,
    /// The path shown to the user and used as the bundle path.
    pub display: String,
    pub size: u64,
    pub modified: Option<SystemTime>,
}

/// Why no local logs can be analysed, in one sentence for the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoLocalLogs {
    #[error(
        "The Webex app keeps its logs only on Windows and macOS; this machine has none to analyse."
    )]
    UnsupportedPlatform,
    #[error(
        "The home folder of this user could not be determined, so the Webex logs cannot be found."
    )]
    NoBaseFolder,
    #[error("No Webex app logs were found in {0}: the Webex app has not run for this user.")]
    NotFound(String),
}

/// Lists the Webex app's log files on this machine, newest roles first.
pub fn discover(platform: Platform, base: &BaseDirs) -> Result<Vec<LocalLog>, NoLocalLogs> {
    if platform == Platform::Other {
        return Err(NoLocalLogs::UnsupportedPlatform);
    }
    let root = log_folder(platform, base).ok_or(NoLocalLogs::NoBaseFolder)?;
    let logs = scan(&root);
    if logs.is_empty() {
        return Err(NoLocalLogs::NotFound(root.display().to_string()));
    }
    Ok(logs)
}

/// The log files under `root`, by role then name.
pub fn scan(root: &Path) -> Vec<LocalLog> {
    let root_name = root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut logs = Vec::new();
    for dir in [vec![], vec!["bwc"], vec!["media"], vec!["media", "calls"]] {
        let folder = dir.iter().fold(root.to_owned(), |p, c| p.join(c));
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(meta) = entry.metadata() else { continue };
            if !meta.is_file() {
                continue;
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            let mut rel: Vec<&str> = dir.clone();
            rel.push(&name);
            if let Some(role) = role_of(&rel) {
                logs.push(LocalLog {
                    role,
                    path: entry.path(),
                    display: std::iter::once(root_name.as_str())
                        .chain(rel.iter().copied())
                        .collect::<Vec<_>>()
                        .join("/"),
                    size: meta.len(),
                    modified: meta.modified().ok(),
                });
            }
        }
    }
    logs.sort_by(|a, b| (a.role, &a.display).cmp(&(b.role, &b.display)));
    logs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_folder_is_under_local_app_data() {
        let base = BaseDirs {
            local_data: Some(PathBuf::from(r"C:\Users\ana\AppData\Local")),
            home: Some(PathBuf::from(r"C:\Users\ana")),
        };
        assert_eq!(
            log_folder(Platform::Windows, &base),
            Some(PathBuf::from(r"C:\Users\ana\AppData\Local").join("CiscoSpark"))
        );
    }

    #[test]
    fn macos_folder_is_under_library_logs() {
        let base = BaseDirs {
            local_data: None,
            home: Some(PathBuf::from("/Users/ana")),
        };
        assert_eq!(
            log_folder(Platform::MacOs, &base),
            Some(PathBuf::from("/Users/ana/Library/Logs/SparkMacDesktop"))
        );
    }

    #[test]
    fn other_platforms_have_no_folder() {
        let base = BaseDirs {
            local_data: Some("/x".into()),
            home: Some("/home/ana".into()),
        };
        assert_eq!(log_folder(Platform::Other, &base), None);
        assert_eq!(
            discover(Platform::Other, &base).unwrap_err(),
            NoLocalLogs::UnsupportedPlatform
        );
        assert_eq!(
            discover(Platform::Windows, &BaseDirs::default()).unwrap_err(),
            NoLocalLogs::NoBaseFolder
        );
    }

    #[test]
    fn roles_for_windows_and_mac_names() {
        assert_eq!(role_of(&["current_log.txt"]), Some(LogRole::Current));
        assert_eq!(role_of(&["current_log"]), Some(LogRole::Current));
        assert_eq!(role_of(&["current_log_1.txt"]), Some(LogRole::Current));
        assert_eq!(
            role_of(&["last_run_current_log.txt"]),
            Some(LogRole::LastRun)
        );
        assert_eq!(role_of(&["last_run_current_log"]), Some(LogRole::LastRun));
        assert_eq!(role_of(&["bwc", "current_log.txt"]), Some(LogRole::Bwc));
        assert_eq!(role_of(&["media", "wme_1.log"]), Some(LogRole::Media));
        assert_eq!(
            role_of(&["media", "calls", "call_1.txt"]),
            Some(LogRole::Media)
        );
        assert_eq!(role_of(&["spark.db"]), None);
        assert_eq!(role_of(&["bwc", "cache.bin"]), None);
    }

    #[test]
    fn scan_finds_the_known_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("CiscoSpark");
        std::fs::create_dir_all(root.join("bwc")).unwrap();
        std::fs::create_dir_all(root.join("media/calls")).unwrap();
        for f in [
            "current_log.txt",
            "last_run_current_log.txt",
            "bwc/current_log.txt",
            "media/wme_1.log",
            "media/calls/c1.txt",
            "spark.db",
        ] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        let found: Vec<_> = scan(&root)
            .into_iter()
            .map(|l| (l.role, l.display))
            .collect();
        assert_eq!(
            found,
            [
                (LogRole::Current, "CiscoSpark/current_log.txt".to_owned()),
                (
                    LogRole::LastRun,
                    "CiscoSpark/last_run_current_log.txt".to_owned()
                ),
                (LogRole::Bwc, "CiscoSpark/bwc/current_log.txt".to_owned()),
                (LogRole::Media, "CiscoSpark/media/calls/c1.txt".to_owned()),
                (LogRole::Media, "CiscoSpark/media/wme_1.log".to_owned()),
            ]
        );
        let base = BaseDirs {
            local_data: Some(dir.path().to_owned()),
            home: None,
        };
        assert_eq!(discover(Platform::Windows, &base).unwrap().len(), 5);
        let empty = tempfile::tempdir().unwrap();
        let base = BaseDirs {
            local_data: None,
            home: Some(empty.path().to_owned()),
        };
        assert!(matches!(
            discover(Platform::MacOs, &base),
            Err(NoLocalLogs::NotFound(_))
        ));
    }
}
