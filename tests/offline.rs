//! The tool never opens a network connection: logs hold personal data. This
//! guards the dependency tree against any HTTP, TLS or socket client crate.

use std::process::Command;

/// Crates that exist to talk over a network.
const NETWORK_CRATES: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "attohttpc",
    "h2",
    "h3",
    "quinn",
    "rustls",
    "native-tls",
    "openssl",
    "openssl-sys",
    "tungstenite",
    "tokio-tungstenite",
    "websocket",
    "socket2",
    "tokio",
    "async-std",
    "mio",
    "trust-dns-resolver",
    "hickory-resolver",
];

#[test]
fn no_network_client_in_the_dependency_tree() {
    let out = Command::new(env!("CARGO"))
        .args([
            "tree",
            "-e",
            "normal,build",
            "--prefix",
            "none",
            "--manifest-path",
        ])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .output()
        .expect("run cargo tree");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    let crates: std::collections::BTreeSet<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(
        crates.contains("eframe") && crates.contains("zip"),
        "the tree looks wrong: {crates:?}"
    );
    let found: Vec<&&str> = NETWORK_CRATES
        .iter()
        .filter(|c| crates.contains(**c))
        .collect();
    assert!(
        found.is_empty(),
        "network crates in the dependency tree: {found:?}"
    );
}
