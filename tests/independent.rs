//! Bundles written by people who had read neither our samples nor our code:
//! only the field guide and the troubleshooting guide (five sets, see
//! `tests/data/independent/README.md`). Each set's `expected.json` is kept
//! as its writer wrote it.

mod common;

use common::expect::{differences, expected};
use common::{analyze_json, data};

/// The differences a set's `known-misses.json` owns up to: bundle → the
/// start of the difference's text.
fn known_misses(folder: &std::path::Path) -> Vec<(String, String)> {
    let Ok(text) = std::fs::read_to_string(folder.join("known-misses.json")) else {
        return Vec::new();
    };
    let all: serde_json::Value = serde_json::from_str(&text).expect("known-misses.json parses");
    all["misses"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(bundle, m)| {
            let d = m["difference"].as_str().expect("a difference");
            assert!(
                m["why"].as_str().is_some_and(|w| !w.is_empty()),
                "{bundle}: why?"
            );
            (bundle.clone(), d.to_owned())
        })
        .collect()
}

fn check_set(set: &str) {
    let folder = data(&format!("independent/{set}"));
    let cases = expected(&folder);
    assert!(cases.len() >= 29, "set {set}: {} bundles", cases.len());
    let mut known = known_misses(&folder);
    let mut failures = Vec::new();
    for (name, want) in &cases {
        let (code, report) = analyze_json(&[&folder.join(name)], &[]);
        if code != 0 {
            failures.push(format!("{name}: exit code {code}"));
            continue;
        }
        for d in differences(&report, want) {
            match known
                .iter()
                .position(|(b, k)| b == name && d.starts_with(k.as_str()))
            {
                Some(k) => drop(known.remove(k)),
                None => failures.push(format!("{name}: {d}")),
            }
        }
    }
    for (bundle, d) in known {
        failures.push(format!(
            "{bundle}: known miss \"{d}\" no longer happens; drop it"
        ));
    }
    assert!(
        failures.is_empty(),
        "set {set}, {} of {} bundles:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn set_a_reads_as_its_writer_expected() {
    check_set("A");
}

#[test]
fn set_b_reads_as_its_writer_expected() {
    check_set("B");
}

#[test]
fn set_c_reads_as_its_writer_expected() {
    check_set("C");
}

#[test]
fn set_d_reads_as_its_writer_expected() {
    check_set("D");
}

#[test]
fn set_e_reads_as_its_writer_expected() {
    check_set("E");
}

#[test]
fn set_f_reads_as_its_writer_expected() {
    check_set("F");
}

#[test]
fn set_g_reads_as_its_writer_expected() {
    check_set("G");
}

#[test]
fn the_report_says_which_run_and_which_year() {
    // The last run's log and the current one: two runs, the verdict on the
    // newer.
    let folder = data("independent/A");
    let (_, r) = analyze_json(&[&folder.join("A05_win_praman_lastrun.zip")], &[]);
    let runs: Vec<u64> = r["attempts"]
        .as_array()
        .expect("attempts")
        .iter()
        .filter_map(|a| a["run"].as_u64())
        .collect();
    assert_eq!(runs, [0, 1]);
    assert_eq!(r["timeline"][7]["status"], "ok");
    // The text report shows the older run's failure as history.
    let text = common::run([
        "analyze".as_ref(),
        folder.join("A05_win_praman_lastrun.zip").as_os_str(),
    ])
    .stdout;
    assert!(
        text.contains(
            "Earlier attempts that failed (1)\n  2024-10-07 14:04:19, run 1: SIP REGISTER failed"
        ),
        "{text}"
    );

    // A logcat file alone: its year comes from the file's date in the zip.
    let folder = data("independent/B");
    let (_, r) = analyze_json(&[&folder.join("c22_android_unresolved_sbc_tag.zip")], &[]);
    let source = &r["sources"][0];
    assert_eq!(source["grammar"], "logcat");
    let notes = source["notes"].to_string();
    assert!(
        notes.contains("2025") && notes.contains("date of the file"),
        "{notes}"
    );
    assert!(
        r["timeline"][0]["at"]
            .as_str()
            .is_some_and(|t| t.starts_with("2025-02-27T09:44:03.550"))
    );
}
