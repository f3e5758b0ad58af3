//! Bundles written by people who had read neither our samples nor our code:
//! only the field guide and the troubleshooting guide (three sets, see
//! `tests/data/independent/README.md`). Each set's `expected.json` is kept
//! as its writer wrote it.

mod common;

use common::expect::{differences, expected};
use common::{analyze_json, data};

fn check_set(set: &str) {
    let folder = data(&format!("independent/{set}"));
    let cases = expected(&folder);
    assert!(cases.len() >= 29, "set {set}: {} bundles", cases.len());
    let mut failures = Vec::new();
    for (name, want) in &cases {
        let (code, report) = analyze_json(&[&folder.join(name)], &[]);
        if code != 0 {
            failures.push(format!("{name}: exit code {code}"));
            continue;
        }
        for d in differences(&report, want) {
            failures.push(format!("{name}: {d}"));
        }
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
