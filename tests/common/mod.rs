//! Helpers shared by the integration tests: run the real binary, read its JSON.
#![allow(dead_code)]

pub mod expect;
pub mod sip;

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let out = Command::new(env!("CARGO_BIN_EXE_wxbw-doctor"))
        .args(args)
        // The language follows the system's; the tests read English unless
        // they ask with --lang.
        .env("LC_ALL", "C")
        .env_remove("LANGUAGE")
        .output()
        .expect("run wxbw-doctor");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `analyze --format json` on `paths` plus `extra` flags; panics unless it ran.
pub fn analyze_json(paths: &[&Path], extra: &[&str]) -> (i32, serde_json::Value) {
    let mut args: Vec<std::ffi::OsString> =
        vec!["analyze".into(), "--format".into(), "json".into()];
    args.extend(extra.iter().map(Into::into));
    args.extend(paths.iter().map(|p| p.as_os_str().to_owned()));
    let r = run(args);
    let v = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", r.stdout, r.stderr));
    (r.code, v)
}

pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// The source entry whose path ends with `suffix`.
pub fn source<'a>(report: &'a serde_json::Value, suffix: &str) -> &'a serde_json::Value {
    report["sources"]
        .as_array()
        .and_then(|s| {
            s.iter()
                .find(|s| s["path"].as_str().is_some_and(|p| p.ends_with(suffix)))
        })
        .unwrap_or_else(|| panic!("no source ending in {suffix}: {report:#}"))
}

pub fn problems(source: &serde_json::Value) -> Vec<String> {
    source["problems"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| p.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The ids of a report's findings, most decisive first.
pub fn finding_ids(report: &serde_json::Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["id"].as_str().map(str::to_owned))
        .collect()
}

/// Writes `bytes` to `dir/name`, making the folders on the way.
pub fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}
