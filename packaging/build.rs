//! Build script: records the commit for `wxbw-doctor --version`, and
//! rebuilds when a translation file is added.

use std::process::Command;

fn main() {
    let commit = Command::new("git")
        .args(["rev-parse", "--short=10", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        // A source tarball has no git history; release builds may pass it in.
        .or_else(|| std::env::var("WXBW_COMMIT").ok())
        .unwrap_or_else(|| "unknown".to_owned());
    println!("cargo:rustc-env=WXBW_COMMIT={commit}");
    println!("cargo:rerun-if-env-changed=WXBW_COMMIT");
    // The translations are compiled in: a new .ftl file must rebuild.
    println!("cargo:rerun-if-changed=i18n");
    if let Ok(head) = std::fs::read_to_string(".git/HEAD") {
        println!("cargo:rerun-if-changed=.git/HEAD");
        if let Some(r) = head.strip_prefix("ref: ") {
            println!("cargo:rerun-if-changed=.git/{}", r.trim());
        }
    }
}
