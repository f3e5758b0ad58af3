//! The shared sample bundles, through the real binary.

mod common;

use common::{analyze_json, data, problems, run, source};

fn all_samples() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(data(""))
        .expect("tests/data")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".zip"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_sample_reads_without_problems_and_follows_the_schema() {
    let names = all_samples();
    assert!(names.len() >= 27, "samples missing: {names:?}");
    for name in names {
        let (code, report) = analyze_json(&[&data(&name)], &[]);
        assert_eq!(code, 0, "{name}");
        assert_eq!(report["schema"], 1, "{name}");
        assert!(
            report["facts"].is_object()
                && report["timeline"].is_array()
                && report["findings"].is_array(),
            "{name}"
        );
        let sources = report["sources"].as_array().expect("sources");
        assert!(!sources.is_empty(), "{name}");
        for s in sources {
            let path = s["path"].as_str().expect("path");
            assert!(path.starts_with(&name), "{path} not under {name}");
            assert!(
                !path.contains("__MACOSX") && !path.contains("/._"),
                "AppleDouble entry listed: {path}"
            );
            assert!(problems(s).is_empty(), "{path}: {:?}", problems(s));
            assert!(
                s["lines"].as_u64().is_some() && s["kind"].is_string(),
                "{path}"
            );
        }
    }
}

#[test]
fn client_bundles_are_classified_by_folder_and_content() {
    let (_, r) = analyze_json(&[&data("client-healthy.zip")], &[]);
    assert_eq!(
        source(&r, "CiscoSpark/current_log.txt")["kind"],
        "webex-app"
    );
    assert_eq!(source(&r, "CiscoSpark/bwc/current_log.txt")["kind"], "bwc");
    assert_eq!(source(&r, "media/wme_2589.log")["kind"], "media");
    assert_eq!(source(&r, "CiscoSpark/current_log.txt")["lines"], 404);
    assert_eq!(source(&r, "CiscoSpark/bwc/current_log.txt")["lines"], 73);

    let (_, mac) = analyze_json(&[&data("client-pc-missing.zip")], &[]);
    assert_eq!(
        source(&mac, "Library/Logs/SparkMacDesktop/current_log.txt")["kind"],
        "webex-app"
    );
}

#[test]
fn nested_partner_hub_zip_is_opened() {
    let (_, r) = analyze_json(&[&data("client-config-1507.zip")], &[]);
    let bwc = source(
        &r,
        "client-config-1507.zip/logs/client-config-1507_inner.zip/bwc/current_log.txt",
    );
    assert_eq!(bwc["kind"], "bwc");
    assert_eq!(
        source(&r, "client-config-1507.zip/README.txt")["kind"],
        "text"
    );
}

#[test]
fn server_logs_are_classified_with_and_without_extensions() {
    let (_, r) = analyze_json(&[&data("server-ps-400-trust.zip")], &[]);
    assert_eq!(source(&r, "/PSLog")["kind"], "pslog");
    let (_, r) = analyze_json(&[&data("server-ps-400-org.zip")], &[]);
    assert_eq!(source(&r, "logs/appserver/PSLog.txt")["kind"], "pslog");
    let (_, r) = analyze_json(&[&data("server-xsp-ok.zip")], &[]);
    assert_eq!(source(&r, "XsiActionsLog.txt")["kind"], "xsi-actions");
    assert_eq!(
        source(&r, "authenticationService.log")["kind"],
        "auth-service"
    );
    assert_eq!(
        source(&r, "access_log.2024-05-01.txt")["kind"],
        "access-log"
    );
    let (_, r) = analyze_json(&[&data("server-xsp-cli.zip")], &[]);
    assert_eq!(source(&r, "cli_dump.txt")["kind"], "xsp-cli");
}

#[test]
fn several_paths_form_one_bundle() {
    let (code, r) = analyze_json(
        &[&data("client-healthy.zip"), &data("server-xsp-ok.zip")],
        &[],
    );
    assert_eq!(code, 0);
    let paths: Vec<&str> = r["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["path"].as_str())
        .collect();
    assert!(paths.iter().any(|p| p.starts_with("client-healthy.zip/")));
    assert!(paths.iter().any(|p| p.starts_with("server-xsp-ok.zip/")));
}

#[test]
fn text_format_lists_sources_for_a_person() {
    let r = run(["analyze".as_ref(), data("client-healthy.zip").as_os_str()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .starts_with("OK: Registered to BroadWorks, no problems found."),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("Logs from (UTC): 2024-03-08T16:40:37.973Z"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("webex-app")
            && r.stdout
                .contains("client-healthy.zip/CiscoSpark/current_log.txt")
    );
}

#[test]
fn nothing_readable_exits_2_with_a_message() {
    let r = run(["analyze", "/no/such/bundle.zip"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("nothing could be read"), "{}", r.stderr);
    assert!(r.stderr.contains("No such file"), "{}", r.stderr);
}

#[test]
fn shipped_sample_matches_the_test_copy() {
    let shipped = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/client-healthy.zip"),
    )
    .unwrap();
    assert_eq!(shipped, std::fs::read(data("client-healthy.zip")).unwrap());
}

#[test]
fn version_and_help_work_without_a_display() {
    let v = run(["--version"]);
    assert_eq!(v.code, 0);
    assert!(
        v.stdout.starts_with(&format!(
            "wxbw-doctor {} (commit ",
            env!("CARGO_PKG_VERSION")
        )),
        "{}",
        v.stdout
    );
    let h = run(["analyze", "--help"]);
    assert!(h.stdout.contains("--max-total-bytes") && h.stdout.contains("--local"));
}

#[cfg(target_os = "linux")]
#[test]
fn local_on_linux_says_so_in_one_sentence() {
    let r = run(["analyze", "--local"]);
    assert_eq!(r.code, 2, "nothing to read on Linux");
    assert!(
        r.stderr.contains("only on Windows and macOS"),
        "{}",
        r.stderr
    );
}

#[test]
fn code_lookup_explains_a_portal_code() {
    let r = run(["code", "200018"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("locked out") && r.stdout.contains("10 minutes"),
        "{}",
        r.stdout
    );
    let sync = run(["code", "600003"]);
    assert!(
        sync.stdout.contains("directory synchronization"),
        "{}",
        sync.stdout
    );
    let unknown = run(["code", "123456"]);
    assert_eq!(unknown.code, 1);
    assert!(unknown.stderr.contains("not in the guide"));
    assert_eq!(run(["code", "banana"]).code, 2);
}
