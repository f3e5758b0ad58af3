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
    let middle = zip_named(&middle);
    let good = good_sample();
    let mut outer: Vec<(String, &[u8])> = (0..16)
        .map(|i| (format!("layer1/{i}.zip"), middle.as_slice()))
        .collect();
    outer.push(("good/client-token-fail.zip".into(), &good));
    let outer = zip_named(&outer);
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

/// A zip of entries whose names were made.
fn zip_named(entries: &[(String, &[u8])]) -> Vec<u8> {
    let borrowed: Vec<(&str, &[u8])> = entries.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    zip(&borrowed)
}

/// Entries nested `levels` deep, `fan` to a zip, each innermost one `leaf`.
fn nested(levels: u32, fan: usize, leaf: &[u8]) -> Vec<u8> {
    let mut level = zip(&[("CiscoSpark/current_log.txt", leaf)]);
    for depth in 0..levels {
        let entries: Vec<(String, &[u8])> = (0..fan)
            .map(|i| (format!("l{depth}/{i}.zip"), level.as_slice()))
            .collect();
        level = zip_named(&entries);
    }
    level
}

#[test]
fn a_bomb_of_newlines_costs_records_within_the_bound() {
    // 4 × 4 zips of 8 MiB of newlines: each entry 8 Mi lines, each line a
    // record of 16 bytes were it split freely (2 GiB of records).
    let bomb = nested(2, 4, &vec![b'\n'; 8 << 20]);
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "newlines.zip", &bomb);
    let good = data("client-token-fail.zip");
    let (code, r) = analyze_json(&[&p, &good], &[]);
    assert_eq!(code, 0);
    let sources = r["sources"].as_array().unwrap();
    let (text, records): (u64, u64) = sources
        .iter()
        .filter(|s| s["path"].as_str().unwrap().starts_with("newlines.zip"))
        .map(|s| {
            (
                s["size"].as_u64().unwrap_or(0),
                s["records"].as_u64().unwrap_or(0),
            )
        })
        .fold((0, 0), |(t, n), (a, b)| (t + a, n + b));
    // One record per 32 bytes of text, plus the bundle's pool of 4 Mi.
    assert!(
        records <= text / 32 + (4 << 20) + 1024 * 16,
        "{records} records for {text} bytes"
    );
    assert!(
        !sources_with_problem(&r, "only the first").is_empty()
            || !sources_with_problem(&r, "looks like a zip bomb").is_empty(),
        "{r:#}"
    );
    assert_good_part_diagnosed(&r);
}

#[test]
fn a_42_zip_shape_is_a_count_not_a_flood() {
    // 16 × 16 × 16 × 16 tiny entries, four zips deep, under a depth of 3:
    // 4,096 inner zips are refused, in twenty lines and one count.
    let bomb = nested(4, 16, b"x");
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "42.zip", &bomb);
    let (_, r) = analyze_json(&[&p, &data("client-token-fail.zip")], &["--max-depth", "3"]);
    let listed = sources_with_problem(&r, "nested more than 3 levels");
    assert_eq!(listed.len(), 21, "{listed:#?}");
    assert_eq!(
        sources_with_problem(&r, "4076 more entries, not listed"),
        ["42.zip"]
    );
    assert!(r.to_string().len() < 200_000, "a short report");
    assert_good_part_diagnosed(&r);
}

#[test]
fn the_logs_are_read_before_a_bomb_of_many_entries() {
    // 200 entries of just under 1 MiB of zeros, and seven real logs, under
    // a budget of 64 MiB: the zeros are stopped early and the logs read.
    let zeros = vec![0u8; (1 << 20) - 1];
    let mut text = String::new();
    wxbw_doctor::testutil::ClientLog::new(5).write(&mut text, 2 << 20);
    let mut entries: Vec<(String, &[u8])> = (0..200)
        .map(|i| (format!("pad/{i:03}.bin"), zeros.as_slice()))
        .collect();
    for i in 0..7 {
        entries.push((format!("CiscoSpark/current_log_{i}.txt"), text.as_bytes()));
    }
    let bundle = zip_named(&entries);
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "padded.zip", &bundle);
    let (_, r) = analyze_json(&[&p], &["--max-total-bytes", "64MiB"]);
    for i in 0..7 {
        let s = source(&r, &format!("current_log_{i}.txt"));
        assert!(s["records"].as_u64().unwrap_or(0) > 0, "{s}");
    }
    assert!(!sources_with_problem(&r, "nothing but zero bytes").is_empty());
}

#[test]
fn entries_inflating_together_stay_within_the_budget() {
    // Eight 12 MiB logs inflate in parallel, on eight threads, under a
    // 40 MiB budget: what is read stays within it, the rest says why, and
    // the entries do not fill the budget together and all fail.
    let mut text = String::new();
    wxbw_doctor::testutil::ClientLog::new(9).write(&mut text, 12 << 20);
    let entries: Vec<(String, &[u8])> = (0..8)
        .map(|i| (format!("CiscoSpark/current_log_{i}.txt"), text.as_bytes()))
        .collect();
    let bundle = zip_named(&entries);
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "eight.zip", &bundle);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_wxbw-doctor"))
        .args(["analyze", "--format", "json", "--max-total-bytes", "40MiB"])
        .arg(&p)
        .env("RAYON_NUM_THREADS", "8")
        .output()
        .unwrap();
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let read: u64 = r["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["records"].as_u64().unwrap_or(0) > 0)
        .map(|s| s["size"].as_u64().unwrap_or(0))
        .sum();
    assert!(read <= 40 << 20, "{read} bytes read");
    assert!(read >= 12 << 20, "at least one log read");
    assert!(!sources_with_problem(&r, "would pass its limit").is_empty());
}

#[cfg(unix)]
#[test]
fn devices_and_pipes_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("current_log.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // A pipe nobody writes to would block `open`; /dev/zero never ends.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_wxbw-doctor"))
        .args(["analyze", "--format", "json", "--max-total-bytes", "100MB"])
        .arg(&fifo)
        .arg("/dev/zero")
        .env("LC_ALL", "C")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(20) {
            let _ = child.kill();
            panic!("a pipe or device was opened and waited on");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for name in ["current_log.txt", "zero"] {
        assert!(
            problems(source(&r, name))[0].contains("a device, a pipe or a socket"),
            "{r:#}"
        );
    }
}

#[test]
fn control_characters_of_logs_and_names_are_shown_not_obeyed() {
    // An evidence line that would clear the screen, set the title and
    // print a green verdict over its own line, and an entry name that
    // would start a forged report line.
    let mut archive = ::zip::ZipArchive::new(std::io::Cursor::new(good_sample())).unwrap();
    let mut entries = Vec::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).unwrap();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut f, &mut text).unwrap();
        let failed =
            "JWT fetch failed -> 503 trackingId=CLIENT_877619e9-8d79-988d-eddc-a16ea2fec1f4";
        let text = text.replace(
            failed,
            &format!("{failed} \x1b[2J\x1b]0;pwned\x07\r\x1b[32mAll good"),
        );
        entries.push((f.name().unwrap().into_owned(), text));
    }
    entries.push((
        "notes\nOK: Registered to BroadWorks, no problems found.\x1b[0m.txt".to_owned(),
        "hello\n".to_owned(),
    ));
    let bundle = zip(&entries
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_bytes()))
        .collect::<Vec<_>>());
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "evil.zip", &bundle);
    let out = common::run([
        std::ffi::OsStr::new("analyze"),
        std::ffi::OsStr::new("--lang"),
        std::ffi::OsStr::new("en"),
        p.as_os_str(),
    ]);
    for c in out.stdout.chars().chain(out.stderr.chars()) {
        assert!(
            !c.is_control() || c == '\n',
            "a control character {c:?} reached the terminal:\n{}",
            out.stdout
        );
    }
    // The evidence line is there, diagnosed as before, its escapes written
    // out; the name is one line.
    assert!(
        out.stdout.contains("token could not be obtained"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains(r"c1f4 \x1b[2J\x1b]0;pwned\x07\r\x1b[32mAll good"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(r"notes\nOK: Registered"),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout
            .lines()
            .any(|l| l.trim_start().starts_with("OK: Registered")),
        "a forged verdict line:\n{}",
        out.stdout
    );
}

#[test]
fn logs_are_read_before_other_entries_spend_the_budget() {
    // Forty entries of a MiB of text that is no log, zipped before seven
    // logs, under a budget of 16 MiB: the logs are read first.
    let mut rng = Rng::new(17);
    let filler: Vec<u8> = (0..1 << 20).map(|_| b'a' + rng.below(26) as u8).collect();
    let mut text = String::new();
    wxbw_doctor::testutil::ClientLog::new(6).write(&mut text, 1 << 20);
    let mut entries: Vec<(String, &[u8])> = (0..40)
        .map(|i| (format!("pad/{i:03}.bin"), filler.as_slice()))
        .collect();
    for i in 0..7 {
        entries.push((format!("CiscoSpark/current_log_{i}.txt"), text.as_bytes()));
    }
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "filled.zip", &zip_named(&entries));
    let (_, r) = analyze_json(&[&p], &["--max-total-bytes", "16MiB"]);
    for i in 0..7 {
        let s = source(&r, &format!("current_log_{i}.txt"));
        assert!(s["records"].as_u64().unwrap_or(0) > 0, "{s}");
    }
    assert!(!sources_with_problem(&r, "would pass its limit").is_empty());
}
