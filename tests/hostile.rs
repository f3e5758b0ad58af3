//! Hostile bundles: each bad part gets a clear message of its own, and a
//! real failing sample beside it is still diagnosed.
//!
//! The companion cases in `bundles.rs` cover the ratio bomb, truncated,
//! CRC-broken and encrypted zips, zip64 and names with `..`. Time and peak
//! memory on such inputs are measured by `cargo bench --bench ingest`, not
//! here.

mod common;

use common::{analyze_json, data, finding_ids, problems, source, write_file as write};
use wxbw_doctor::testutil::{Rng, overlapping_zip, zip};

/// The good part every case carries: a sign-in whose token fetch fails.
fn good_sample() -> Vec<u8> {
    std::fs::read(data("client-token-fail.zip")).unwrap()
}

fn assert_good_part_diagnosed(report: &serde_json::Value) {
    let ids = finding_ids(report);
    assert!(
        ids.iter().any(|id| id == "token-fetch-failed"),
        "the good sample was not diagnosed: {ids:?}"
    );
}

fn sources_with_problem<'a>(report: &'a serde_json::Value, needle: &str) -> Vec<&'a str> {
    report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| problems(s).iter().any(|p| p.contains(needle)))
        .filter_map(|s| s["path"].as_str())
        .collect()
}

#[test]
fn a_nested_bomb_is_refused_entry_by_entry() {
    // 16 × 16 zips, each holding 8 MB of zeros: 2 GB if it were read.
    let inner = zip(&[("CiscoSpark/current_log.txt", &vec![0u8; 8 << 20])]);
    let middle: Vec<(String, &[u8])> = (0..16)
        .map(|i| (format!("layer2/{i}.zip"), inner.as_slice()))
        .collect();
    let middle = zip(&middle
        .iter()
        .map(|(n, b)| (n.as_str(), *b))
        .collect::<Vec<_>>());
    let good = good_sample();
    let mut outer: Vec<(String, &[u8])> = (0..16)
        .map(|i| (format!("layer1/{i}.zip"), middle.as_slice()))
        .collect();
    outer.push(("good/client-token-fail.zip".into(), &good));
    let outer = zip(&outer
        .iter()
        .map(|(n, b)| (n.as_str(), *b))
        .collect::<Vec<_>>());
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "bomb.zip", &outer);

    let (code, r) = analyze_json(&[&p], &[]);
    assert_eq!(code, 0);
    // Every innermost entry is refused: twenty are listed, the rest
    // counted in one problem.
    let refused = sources_with_problem(&r, "looks like a zip bomb");
    assert_eq!(refused.len(), 21, "{refused:#?}");
    assert_eq!(
        refused
            .iter()
            .filter(|p| p.ends_with("CiscoSpark/current_log.txt"))
            .count(),
        20
    );
    assert_eq!(
        sources_with_problem(&r, "236 more entries, not listed"),
        ["bomb.zip"]
    );
    assert_good_part_diagnosed(&r);

    // With fewer levels allowed, the second layer is not even opened (nor
    // the good sample, which sits as deep).
    let (_, r) = analyze_json(&[&p], &["--max-depth", "1"]);
    assert_eq!(
        sources_with_problem(&r, "nested more than 1 level").len(),
        17
    );
}

#[test]
fn overlapping_entries_are_not_opened() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = write(dir.path(), "overlap.zip", &overlapping_zip(1000, 1 << 20));
    let good = data("client-token-fail.zip");
    let (code, r) = analyze_json(&[&bomb, &good], &[]);
    assert_eq!(code, 0);
    // Each entry that runs into the next is refused (twenty listed, the
    // rest counted); the one the others run into is read as any entry.
    let refused = sources_with_problem(&r, "its data runs into the next entry");
    assert_eq!(refused.len(), 21, "{refused:#?}");
    assert_eq!(
        sources_with_problem(&r, "979 more entries, not listed"),
        ["overlap.zip"]
    );
    assert_good_part_diagnosed(&r);
}

#[test]
fn a_50_mb_line_is_one_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng::new(11);
    let mut line = b"2024-03-08T16:40:43.964Z <Info> [0x1] A.cpp:1 f:".to_vec();
    line.extend((0..50 << 20).map(|_| b'a' + rng.below(26) as u8));
    line.push(b'\n');
    let long = write(dir.path(), "long-current_log.txt", &line);
    let (code, r) = analyze_json(&[&long, &data("client-token-fail.zip")], &[]);
    assert_eq!(code, 0);
    let s = source(&r, "long-current_log.txt");
    assert_eq!(
        (s["records"].as_u64(), s["lines"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(s["kind"], "webex-app");
    assert_good_part_diagnosed(&r);
}

#[test]
fn nul_filled_and_random_files_named_as_logs_say_so() {
    let mut rng = Rng::new(3);
    let random: Vec<u8> = (0..1 << 20).map(|_| rng.next_u64() as u8).collect();
    let bundle = zip(&[
        ("CiscoSpark/current_log.txt", &vec![0u8; 1 << 20][..]),
        ("bwc/current_log.txt", &random),
        ("good.zip", &good_sample()),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "junk.zip", &bundle);
    let (code, r) = analyze_json(&[&p], &[]);
    assert_eq!(code, 0);
    // A log of nothing but NUL is a bomb, stopped early; random bytes are
    // binary, not text.
    let nul = source(&r, "junk.zip/CiscoSpark/current_log.txt");
    assert!(problems(nul)[0].contains("nothing but zero bytes"), "{nul}");
    let random = source(&r, "junk.zip/bwc/current_log.txt");
    assert_eq!(random["kind"], "binary", "{random}");
    assert!(problems(random)[0].contains("not text"), "{random}");
    assert_good_part_diagnosed(&r);
}

#[test]
fn a_folder_deeper_than_the_limit_says_where_it_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let deep: String = (0..40).map(|i| format!("d{i}/")).collect();
    write(dir.path(), &format!("{deep}current_log.txt"), b"x\n");
    write(dir.path(), "client-token-fail.zip", &good_sample());
    let (code, r) = analyze_json(&[dir.path()], &[]);
    assert_eq!(code, 0);
    let stopped = sources_with_problem(&r, "nested deeper than");
    assert_eq!(stopped.len(), 1, "{r:#}");
    assert!(stopped[0].ends_with("/d31"), "{stopped:?}");
    assert_good_part_diagnosed(&r);
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_a_folder_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "logs/client-token-fail.zip", &good_sample());
    std::os::unix::fs::symlink(dir.path(), dir.path().join("logs/back-to-top")).unwrap();
    let (code, r) = analyze_json(&[dir.path()], &[]);
    assert_eq!(code, 0);
    let s = source(&r, "logs/back-to-top");
    assert!(problems(s)[0].contains("loops back"), "{s}");
    assert_good_part_diagnosed(&r);
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_reported_and_the_rest_read() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;

    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let locked = write(dir.path(), "CiscoSpark/current_log.txt", b"secret\n");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let good = write(dir.path(), "client-token-fail.zip", &good_sample());
    std::fs::set_permissions(&good, std::fs::Permissions::from_mode(0o644)).unwrap();

    // Root reads any file: the tool then runs as nobody, as a helpdesk
    // user without rights to another account's files would. Nobody may not
    // reach the build folder, so the binary is copied next to the bundle.
    let as_nobody = std::fs::File::open(&locked).is_ok();
    let exe = dir.path().join("wxbw-doctor");
    std::fs::copy(env!("CARGO_BIN_EXE_wxbw-doctor"), &exe).unwrap();
    std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut cmd = std::process::Command::new(&exe);
    cmd.args([
        "analyze",
        "--format",
        "json",
        "CiscoSpark",
        "client-token-fail.zip",
    ])
    .current_dir(dir.path())
    .env("LC_ALL", "C");
    if as_nobody {
        cmd.uid(65534).gid(65534);
    }
    let out = match cmd.output() {
        Ok(out) => out,
        Err(e) if as_nobody => {
            // A container without the right to switch users: nothing here
            // can be unreadable to this process.
            eprintln!("skipped: cannot run as nobody ({e})");
            return;
        }
        Err(e) => panic!("{e}"),
    };
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stderr));
    });
    assert_eq!(out.status.code(), Some(0));
    let s = source(&r, "CiscoSpark/current_log.txt");
    assert!(problems(s)[0].contains("ermission denied"), "{s}");
    assert_eq!(s["records"], 0);
    assert_good_part_diagnosed(&r);
}
