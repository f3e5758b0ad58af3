//! The desktop app, driven through AccessKit with egui_kittest: what a
//! helpdesk user clicks, and what they then see.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use wxbw_doctor::i18n::Lang;
use wxbw_doctor::ui::View;
use wxbw_doctor::ui::app::{App, Phase};
use wxbw_doctor::ui::palette::RuleColour;
use wxbw_doctor::ui::settings::{ColourRule, Settings};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn harness() -> Harness<'static, App> {
    // English whatever this machine's language is.
    harness_in(Lang::En)
}

fn harness_in(lang: Lang) -> Harness<'static, App> {
    let settings = Settings {
        lang: Some(lang),
        ..Settings::default()
    };
    Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), App::new(settings))
}

/// A file as the window system hands it over on drop.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Steps frames until the analysis is shown (or fails the test after 60 s).
fn wait_for_results(h: &mut Harness<'static, App>) {
    let start = Instant::now();
    while !matches!(h.state().phase, Phase::Results) {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "analysis did not finish"
        );
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    for _ in 0..3 {
        h.step();
    }
}

fn drop_bundle(h: &mut Harness<'static, App>, name: &str) {
    drop_path(h, &data(name));
}

fn drop_path(h: &mut Harness<'static, App>, path: &Path) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_owned())));
    h.step();
    wait_for_results(h);
}

#[test]
fn dropping_a_sample_shows_the_right_verdict() {
    let mut h = harness();
    h.step();
    h.get_by_label("Drop a support bundle (.zip), a folder or log files here");
    drop_bundle(&mut h, "client-token-fail.zip");
    h.get_by_label_contains(
        "The BroadWorks token could not be obtained. Check the authentication service",
    );
    h.get_by_label("Problem found");

    let mut ok = harness();
    drop_bundle(&mut ok, "client-healthy.zip");
    ok.get_by_label("Registered to BroadWorks, no problems found.");
    ok.get_by_label("All good");
}

#[test]
fn clicking_evidence_opens_the_log_at_that_line() {
    let mut h = harness();
    drop_bundle(&mut h, "client-token-fail.zip");
    h.get_by_label_contains("client-token-fail.zip/bwc/current_log.txt:3 ")
        .click();
    h.step();
    h.step();
    assert_eq!(h.state().view, View::Log);
    // The log has scrolled to the failing JWT answer and selected it: the
    // line shows in the list and in the detail pane below it.
    assert_eq!(
        h.get_all_by_label_contains("JWT fetch failed -> 503")
            .count(),
        2
    );
    // Copying says so, with how many lines went.
    let copied = copied_by(&mut h, "Copy selected lines (1)");
    assert!(copied.contains("JWT fetch failed -> 503"), "{copied}");
    h.get_by_label("One line copied to the clipboard.");
}

/// Personal data seeded into a real sample, one of each kind.
const SEEDED_EMAIL: &str = "hanna.kowalska@seed-mail.example";
const SEEDED_SIP_USER: &str = "hkow_7731_wxt";
const SEEDED_IPV6: &str = "2001:db8:5eed::77";
const SEEDED: [&str; 15] = [
    SEEDED_EMAIL,
    SEEDED_SIP_USER,
    "+48601234567",
    "2125551234",
    "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzZWVkIn0.c2VlZHNpZ25hdHVyZQ",
    "ZmFrZS1vcGFxdWUtdG9rZW4tNzc",
    "S3cr3t-Seed!",
    "Pa55-Seed-Word",
    "+1 408 555 0134",
    "(020) 555-0199",
    "+1-214-555-0123",
    "Hanna Kowalska",
    "SEEDBEARERdGVzdA",
    "SeedPass1",
    SEEDED_IPV6,
];

/// The SIP auth loop sample with its user's email and SIP user replaced by
/// the seeded ones, one more record that carries the rest, and a file name
/// that is the user's email (as helpdesks name bundles).
fn seeded_bundle(dir: &Path) -> PathBuf {
    let raw = std::fs::read(data("client-sip-auth-loop.zip")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(raw)).unwrap();
    let mut entries = Vec::new();
    for i in 0..archive.len() {
        let mut f = archive.by_index(i).unwrap();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut f, &mut text).unwrap();
        let mut text = text
            .replace("jan.devries@contoso.example", SEEDED_EMAIL)
            .replace("42187410_wxt", SEEDED_SIP_USER);
        let name = f.name().unwrap().into_owned();
        if name == "CiscoSpark/current_log.txt" {
            text.push_str(&format!(
                "2024-03-11T08:20:46.900Z <Info> [0x7baf][]XsiClient.cpp:61 XsiClient::send: GET https://xsp1.example.net/com.broadsoft.xsi-actions/v2.0/user/{}/profile\n\
                 2024-03-11T08:20:47.000Z <Info> [0x7baf][]XsiClient.cpp:88 XsiClient::onResponse:SEEDCHECK GET https://xsp1.example.net/com.broadsoft.xsi-actions/v2.0/user/{}/profile -> 200\n\
                 <Profile><details><userId>{}</userId><number>{}</number><mobile>{}</mobile></details></Profile>\n\
                 Authorization: Bearer {}\n\
                 {{\"access_token\":\"{}\",\"expires_in\":3600}}\n\
                 <password>{}</password> password={}\n\
                 P-Asserted-Identity: <sip:{}@contoso.example.net>\n\
                 Authorization: Digest username=\"{}\",realm=\"BroadWorks\"\n\
                 From: \"{}\" <sip:{}@contoso.example.net>;tag=77\n\
                 Call back on {} or {}, or tel:{}\n\
                 {{\"Authorization\":\"Bearer {}\",\"x\":1}} pass={}\n\
                 via [{}]:5061\n",
                SEEDED[0], SEEDED[0], SEEDED[0], SEEDED[3], SEEDED[2], SEEDED[4], SEEDED[5], SEEDED[6], SEEDED[7], SEEDED[2], SEEDED[1],
                SEEDED[11], SEEDED[1], SEEDED[8], SEEDED[9], SEEDED[10], SEEDED[12], SEEDED[13], SEEDED_IPV6,
            ));
        }
        entries.push((name, text));
    }
    let refs: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_bytes()))
        .collect();
    let path = dir.join(format!("{SEEDED_EMAIL}.zip"));
    std::fs::write(&path, wxbw_doctor::testutil::zip(&refs)).unwrap();
    path
}

/// Every label, value and description AccessKit exposes: what a screen
/// reader, a test, and a screenshot of the window can show.
fn accessible_text(h: &Harness<'static, App>) -> String {
    use egui_kittest::kittest::NodeT as _;
    let mut out = String::new();
    for node in h.root().children_recursive() {
        let n = node.accesskit_node();
        for t in [n.label(), n.value(), n.description()]
            .into_iter()
            .flatten()
        {
            out.push_str(&t);
            out.push('\n');
        }
    }
    out
}

fn leaked<'a>(text: &str) -> Vec<&'a str> {
    SEEDED.into_iter().filter(|s| text.contains(s)).collect()
}

/// Shows the seeded record in the log view's detail pane.
fn show_seeded_record(h: &mut Harness<'static, App>) {
    h.get_by_label("Log").click();
    h.step();
    let search = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search:");
    // The log view keeps what was typed while the bundle stays open.
    let typed = {
        use egui_kittest::kittest::NodeT as _;
        search
            .accesskit_node()
            .value()
            .is_some_and(|v| v == "SEEDCHECK")
    };
    if !typed {
        search.focus();
        h.step();
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search:")
            .type_text("SEEDCHECK");
        h.step();
    }
    h.get_by_label("Next").click();
    h.step();
    h.step();
}

/// Clicks a button and returns what it put on the clipboard.
fn copied_by(h: &mut Harness<'static, App>, button: &str) -> String {
    h.get_by_label(button).click();
    h.step();
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{button} copied nothing"));
    h.step();
    copied
}

fn copied_summary(h: &mut Harness<'static, App>) -> String {
    h.get_by_label("Escalation").click();
    h.step();
    copied_by(h, "Copy escalation summary")
}

/// Every view, with an arrow of the ladder opened and the log filtered to
/// one file from the Files view: what each shows, by view.
fn every_view(h: &mut Harness<'static, App>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for view in [
        "Summary",
        "Timeline",
        "Ladder",
        "Escalation",
        "Files",
        "Error codes",
    ] {
        h.get_by_label(view).click();
        h.step();
        h.step();
        out.push((view.to_owned(), accessible_text(h)));
    }
    h.get_by_label("Ladder").click();
    h.step();
    // The seeded XSI request: its label carries the user's address.
    h.get_all_by_label_contains("XSP (Xsi): GET")
        .last()
        .expect("the seeded GET is an arrow")
        .click();
    h.step();
    h.step();
    out.push(("ladder arrow".to_owned(), accessible_text(h)));
    h.get_by_label("Files").click();
    h.step();
    h.get_by_label_contains("CiscoSpark/current_log.txt")
        .click();
    h.step();
    h.step();
    assert_eq!(h.state().view, View::Log);
    out.push(("log of one file".to_owned(), accessible_text(h)));
    show_seeded_record(h);
    out.push(("log".to_owned(), accessible_text(h)));
    out
}

#[test]
fn redaction_masks_seeded_personal_data_in_every_output() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = seeded_bundle(dir.path());
    let mut h = harness();
    drop_path(&mut h, &bundle);

    // Unredacted, the views and the summary do show them: the checks below
    // could fail.
    let shown: String = every_view(&mut h).into_iter().map(|(_, t)| t).collect();
    assert_eq!(leaked(&shown), SEEDED, "{shown}");
    assert!(copied_summary(&mut h).contains(SEEDED_EMAIL));

    h.get_by_label("Redact personal data").click();
    h.get_by_label("Mask IP addresses").click();
    h.step();
    for (view, shown) in every_view(&mut h) {
        assert_eq!(leaked(&shown), Vec::<&str>::new(), "{view}:\n{shown}");
    }
    let shown = accessible_text(&h);
    // The same value gets the same mask in the list, the detail pane, the
    // bundle's name and the file filter.
    assert!(shown.contains("user/<email-1>/profile"), "{shown}");
    assert!(shown.contains("<email-1>.zip"), "{shown}");
    assert!(shown.matches("<phone-").count() >= 3, "{shown}");

    let summary = copied_summary(&mut h);
    assert_eq!(leaked(&summary), Vec::<&str>::new(), "{summary}");
    assert!(summary.contains("<email-1>"), "{summary}");
    // The copy says so, and the summary names the bundle (masked).
    h.get_by_label("Escalation summary copied to the clipboard.");
    assert!(
        summary.contains("Bundle:") && summary.contains("<email-1>.zip"),
        "{summary}"
    );

    // Tier 2 needs the BroadWorks user id: handed over only on request.
    let user_id = h
        .state()
        .state
        .as_ref()
        .unwrap()
        .analysis
        .as_ref()
        .unwrap()
        .facts["broadworks_user_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(!summary.contains(&user_id), "{summary}");
    let with_id = copied_by(&mut h, "Copy summary with BroadWorks user id");
    assert!(
        with_id.contains(&format!("(unmasked on purpose): {user_id}")),
        "{with_id}"
    );
    // Nothing else is unmasked (here the user id is the user's email).
    assert_eq!(
        leaked(&with_id.replace(&user_id, "")),
        Vec::<&str>::new(),
        "{with_id}"
    );

    // The exported reports, text and JSON.
    for format in ["text", "json"] {
        let run = |redact: bool| {
            let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_wxbw-doctor"));
            cmd.args(["analyze", "--format", format]).env("LC_ALL", "C");
            if redact {
                cmd.args(["--redact", "--redact-ips"]);
            }
            let out = cmd.arg(&bundle).output().unwrap();
            String::from_utf8(out.stdout).unwrap()
        };
        let plain = run(false);
        assert!(
            plain.contains(SEEDED_EMAIL) && plain.contains(SEEDED_SIP_USER),
            "{plain}"
        );
        // The SBC's address, which the report names.
        let sbc = "203.0.113.154";
        assert!(plain.contains(sbc), "{plain}");
        let redacted = run(true);
        assert_eq!(leaked(&redacted), Vec::<&str>::new(), "{redacted}");
        assert!(!redacted.contains(sbc), "IPs masked when asked");
        if format == "json" {
            let v: serde_json::Value = serde_json::from_str(&redacted).unwrap();
            let email = v["facts"]["user_email"].as_str().unwrap();
            assert!(email.starts_with("<email-"), "{email}");
        }
    }
}

#[test]
fn nothing_read_is_explained_on_standard_error_redacted() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(format!("{SEEDED_EMAIL}.7z"));
    std::fs::write(&p, b"7z\xbc\xaf\x27\x1c\x00\x04 not really").unwrap();
    let run = |redact: bool| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_wxbw-doctor"));
        cmd.args(["analyze", "--lang", "en"]);
        if redact {
            cmd.arg("--redact");
        }
        let out = cmd.arg(&p).output().unwrap();
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (_, plain) = run(false);
    assert!(
        plain.contains(SEEDED_EMAIL) && plain.contains("7z archives are not supported"),
        "{plain}"
    );
    let (out, err) = run(true);
    assert!(
        !err.contains(SEEDED_EMAIL) && err.contains("<email-1>.7z"),
        "{err}"
    );
    assert!(!out.contains(SEEDED_EMAIL), "{out}");
}

#[test]
fn the_files_view_lists_every_file_and_opens_its_log() {
    let mut h = harness();
    drop_bundle(&mut h, "client-healthy.zip");
    h.get_by_label("Files").click();
    h.step();
    h.step();
    h.get_by_label_contains("files in this bundle; 0 with problems.");
    for kind in ["webex-app", "bwc", "media"] {
        assert!(h.get_all_by_label(kind).count() >= 1, "no {kind} file");
    }
    h.get_by_label("client-healthy.zip/CiscoSpark/bwc/current_log.txt")
        .click();
    h.step();
    h.step();
    assert_eq!(h.state().view, View::Log);
    // The file filter names the file, and every row shown is of that file.
    use egui_kittest::kittest::NodeT as _;
    let rows: Vec<String> = h
        .root()
        .children_recursive()
        .filter_map(|n| n.accesskit_node().value())
        .filter(|l| l.contains("current_log.txt:"))
        .collect();
    assert!(!rows.is_empty());
    assert!(
        rows.iter().all(|r| r.contains("bwc/current_log.txt:")),
        "{rows:#?}"
    );
}

#[test]
fn unreadable_files_show_their_problem_in_the_files_view() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("logs.7z");
    std::fs::write(&p, b"7z\xbc\xaf\x27\x1c\x00\x04 packed").unwrap();
    let mut h = harness();
    drop_path(&mut h, &p);
    // Not "All good": the banner says nothing could be read, and why.
    h.get_by_label_contains("Nothing in this bundle could be read");
    assert!(h.query_by_label("All good").is_none());
    h.get_by_label("Files").click();
    h.step();
    h.step();
    // In the banner, and in the file's row.
    assert_eq!(
        h.get_all_by_label_contains("7z archives are not supported; unpack it and open the folder")
            .count(),
        2
    );
}

#[test]
fn a_newly_opened_bundle_starts_on_summary() {
    let mut h = harness();
    drop_bundle(&mut h, "client-healthy.zip");
    h.get_by_label("Ladder").click();
    h.step();
    assert_eq!(h.state().view, View::Ladder);
    drop_bundle(&mut h, "client-token-fail.zip");
    assert_eq!(h.state().view, View::Summary);
}

#[test]
fn error_codes_are_looked_up_without_a_bundle() {
    let mut h = harness();
    h.step();
    h.get_by_label("Look up an error code").click();
    h.step();
    look_up_200018(&mut h);
    h.get_by_label("Back").click();
    h.step();
    h.step();
    h.get_by_label("Drop a support bundle (.zip), a folder or log files here");
}

/// Two samples opened together, three days apart (a healthy sign-in, then
/// a SIP authentication loop), analysed.
fn two_days_apart() -> Harness<'static, App> {
    let mut h = harness();
    let ctx = h.ctx.clone();
    h.state_mut().open_paths(
        &ctx,
        vec![data("client-healthy.zip"), data("client-sip-auth-loop.zip")],
    );
    wait_for_results(&mut h);
    h
}

#[test]
fn the_attempt_picker_shows_dates() {
    let mut h = two_days_apart();
    h.get_by_label("Timeline").click();
    h.step();
    h.step();
    // Two attempts three days apart: the picker says which day each was.
    use egui_kittest::kittest::NodeT as _;
    let picker = h
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().label().as_deref() == Some("Attempt"))
        .expect("an attempt picker");
    assert_eq!(
        picker.accesskit_node().value().as_deref(),
        Some("Attempt 2 of 2 2024-03-11 08:20:37")
    );
}

/// The app at the smallest window a helpdesk laptop gives.
fn small_window(lang: Lang, dark: bool) -> Harness<'static, App> {
    let settings = Settings {
        lang: Some(lang),
        dark,
        ..Settings::default()
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1024.0, 640.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), App::new(settings));
    h.ctx.set_theme(if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
    h.step();
    h
}

/// Nine steps (the app's eight and the AS's) do not fit one row at 1024
/// pixels in any language: the cards go on a second row, none past the
/// window's edge.
#[test]
fn step_cards_stay_inside_a_1024_window() {
    use egui_kittest::kittest::NodeT as _;
    for lang in Lang::ALL {
        let mut h = small_window(lang, true);
        drop_bundle(
            &mut h,
            "independent/F/F16_as_register_403_client_and_xslog.zip",
        );
        h.get_by_label(&lang.t("view-timeline")).click();
        h.run();
        let steps: Vec<String> = wxbw_doctor::analysis::StepId::ALL
            .iter()
            .map(|s| s.text().render(lang))
            .collect();
        let mut seen = Vec::new();
        for node in h.root().children_recursive() {
            let n = node.accesskit_node();
            let Some(label) = n.value().filter(|l| steps.contains(l)) else {
                continue;
            };
            let right = n.bounding_box().map_or(f64::MAX, |r| r.x1);
            assert!(
                right <= 1024.0,
                "{lang:?}: the card '{label}' ends at {right} px, past the window"
            );
            seen.push(label);
        }
        let as_register = wxbw_doctor::analysis::StepId::AsRegister
            .text()
            .render(lang);
        assert!(
            seen.contains(&as_register),
            "{lang:?}: the AS step is not among {seen:?}"
        );
    }
}

/// The step cards at the smallest window a helpdesk laptop gives: no card
/// breaks a word or a time over two lines, in any language or theme.
#[test]
fn step_cards_never_break_a_word_at_1024x640() {
    use egui_kittest::kittest::NodeT as _;
    for dark in [false, true] {
        for lang in Lang::ALL {
            let mut h = small_window(lang, dark);
            drop_bundle(&mut h, "client-register-timeout.zip");
            let row = h.ctx.global_style().text_styles[&egui::TextStyle::Body].size * 1.6;
            let steps: Vec<String> = wxbw_doctor::analysis::StepId::ALL
                .iter()
                .map(|s| s.text().render(lang))
                .collect();
            let mut seen = 0;
            for node in h.root().children_recursive() {
                let n = node.accesskit_node();
                let Some(label) = n
                    .value()
                    .filter(|_| n.role() == egui::accesskit::Role::Label)
                else {
                    continue;
                };
                let one_word = !label.trim().contains(char::is_whitespace);
                let is_time = label.len() == 12 && label.as_bytes()[2] == b':';
                if (one_word && steps.contains(&label)) || is_time {
                    seen += 1;
                    let height = n.bounding_box().map_or(0.0, |r| r.height() as f32);
                    assert!(
                        height < row,
                        "{lang:?} dark={dark}: '{label}' is {height} px tall, broken over lines"
                    );
                }
            }
            assert!(
                seen >= 4,
                "{lang:?}: only {seen} step words and times checked"
            );
        }
    }
}

#[test]
fn cancel_stops_a_long_analysis() {
    // Many files: the reader checks for cancellation before each one.
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::new();
    wxbw_doctor::testutil::ClientLog::new(3).write(&mut text, 400 * 1024);
    for i in 0..300 {
        std::fs::write(dir.path().join(format!("current_log_{i}.txt")), &text).unwrap();
    }
    let mut h = harness();
    let ctx = h.ctx.clone();
    h.state_mut().open_paths(&ctx, vec![dir.path().to_owned()]);
    h.step();
    h.get_by_label("Cancel").click();
    let start = Instant::now();
    while !matches!(h.state().phase, Phase::Start { .. }) {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "cancel did not stop the analysis"
        );
        h.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    h.step();
    h.get_by_label("Analysis cancelled.");
    assert!(h.state().state.is_none());
}

#[test]
fn the_ladder_shows_register_and_its_answer() {
    let mut h = harness();
    drop_bundle(&mut h, "client-healthy.zip");
    h.get_by_label("Ladder").click();
    h.step();
    h.step();
    h.get_by_label("Webex app -> SBC: REGISTER (CSeq 1)");
    h.get_by_label("SBC -> Webex app: 401 Unauthorized");
    h.get_by_label("SBC -> Webex app: 200 OK").click();
    h.step();
    // The raw message of the clicked arrow.
    h.get_by_label_contains("CSeq: 2 REGISTER");

    let mut rejected = harness();
    drop_bundle(&mut rejected, "client-register-rejected.zip");
    rejected.get_by_label("Ladder").click();
    rejected.step();
    rejected.step();
    rejected.get_by_label("SBC -> Webex app: 404 Not Found");
}

#[test]
fn the_timeline_and_code_lookup() {
    let mut h = harness();
    drop_bundle(&mut h, "client-register-timeout.zip");
    h.get_by_label("Timeline").click();
    h.step();
    h.get_by_label("SIP REGISTER");
    assert!(h.get_all_by_label("failed").count() >= 1);
    h.get_by_label("Error codes").click();
    h.step();
    look_up_200018(&mut h);
}

/// Types a code into the lookup and finds its action.
fn look_up_200018(h: &mut Harness<'static, App>) {
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Error code:")
        .focus();
    h.step();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Error code:")
        .type_text("200018");
    h.step();
    h.get_by_label_contains("The user waits 10 minutes, then tries again.");
}

#[test]
fn switching_the_language_relabels_the_window_without_a_restart() {
    let mut h = harness();
    h.step();
    drop_bundle(&mut h, "client-pc-missing.zip");
    h.get_by_label("Problem found");
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("Deutsch").click();
    h.run();
    // The toolbar, the banner and the finding all follow at once.
    h.get_by_label("Öffnen…");
    h.get_by_label("Problem gefunden");
    h.get_by_label("Der Benutzer hat kein Geräteprofil für diese Plattform");
    h.get_by_label("Ursache:");
    assert!(h.query_by_label("Problem found").is_none());
    // Log evidence is never translated.
    h.get_by_label_contains("the device profile 'Business Communicator - PC' is not found");
    // The choice is kept for the next start.
    assert_eq!(h.state().settings.lang, Some(Lang::De));
    assert_eq!(h.state().lang, Lang::De);
}

#[test]
fn every_view_renders_in_every_language() {
    // kittest fails on a glyph the fonts lack; each view of each language
    // is laid out once, with a finding, a timeline and a ladder to show.
    for lang in Lang::ALL {
        let mut h = harness_in(lang);
        h.step();
        drop_bundle(&mut h, "client-register-rejected.zip");
        for view in View::ALL {
            h.state_mut().view = view;
            h.run();
            let title = view.title(lang);
            h.get_by_label(&title);
        }
    }
}

#[test]
fn the_default_fonts_have_every_character_of_the_translations() {
    // Every message of every language in one label: a missing glyph makes
    // kittest fail the frame.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let mut text = String::new();
    for lang in Lang::ALL {
        for entry in std::fs::read_dir(root.join(lang.code())).unwrap() {
            let body = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            text.extend(body.chars().filter(|c| !c.is_control()));
        }
    }
    // The letters the issue names, so that the check cannot pass empty.
    for needed in "ıİğşșțăâîąćęłńóśźżäöüç„“”".chars() {
        assert!(text.contains(needed), "no {needed} in the translations");
    }
    let mut h = Harness::builder()
        .with_size(egui::vec2(1200.0, 800.0))
        .build_ui(move |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.label(&text);
            });
        });
    h.run();
}

/// Types into the log view's search box.
fn type_search(h: &mut Harness<'static, App>, text: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search:")
        .focus();
    h.step();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search:")
        .type_text(text);
    h.step();
}

/// How many lines the log's filters leave.
fn rows_shown(h: &Harness<'static, App>) -> usize {
    let app = h.state();
    app.log
        .rows_shown(app.state.as_ref().expect("a bundle is open"))
}

/// The log rows shown (their text).
fn log_rows(h: &Harness<'static, App>) -> Vec<String> {
    use egui_kittest::kittest::NodeT as _;
    h.root()
        .children_recursive()
        .filter_map(|n| n.accesskit_node().value())
        .filter(|v| v.contains("current_log.txt:"))
        .collect()
}

#[test]
fn regex_search_counts_and_walks_the_matches_with_f3() {
    let mut h = harness();
    drop_bundle(&mut h, "client-sip-auth-loop.zip");
    h.get_by_label("Log").click();
    h.step();
    // Four challenges answer four REGISTERs.
    h.get_by_label("Regex").click();
    h.step();
    type_search(&mut h, r"SIP/2\.0 401");
    h.get_by_label("Next").click();
    h.step();
    h.step();
    let total = {
        use egui_kittest::kittest::NodeT as _;
        h.root()
            .children_recursive()
            .filter_map(|n| n.accesskit_node().value())
            .find(|v| v.starts_with("Match 1 of "))
            .unwrap_or_else(|| panic!("no match count"))
    };
    let n: usize = total["Match 1 of ".len()..].trim().parse().unwrap();
    assert!(n >= 4, "{total}");
    // F3 moves on, Shift+F3 back, around the end.
    h.key_press(egui::Key::F3);
    h.step();
    h.step();
    h.get_by_label(&format!("Match 2 of {n}"));
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F3);
    h.step();
    h.step();
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::F3);
    h.step();
    h.step();
    h.get_by_label(&format!("Match {n} of {n}"));
    // A search that finds nothing says how many lines it looked at.
    h.get_by_label("Regex").click();
    h.step();
    type_search(&mut h, "no-such-text-anywhere");
    h.get_by_label("Next").click();
    h.step();
    h.step();
    h.get_by_label_contains("0 of ");
    h.get_by_label_contains(" lines match.");
    // A regex that does not compile says why.
    h.get_by_label("Regex").click();
    h.step();
    type_search(&mut h, "(");
    h.get_by_label("Next").click();
    h.step();
    h.step();
    h.get_by_label_contains("Not a regular expression");
}

#[test]
fn a_match_on_a_continuation_line_is_shown_in_its_row() {
    let mut h = harness();
    drop_bundle(&mut h, "client-healthy.zip");
    h.get_by_label("Log").click();
    h.step();
    // The DMS configuration's tags sit on continuation lines of their
    // record, not on its first line.
    type_search(&mut h, "<protocols>");
    h.get_by_label("Next").click();
    h.step();
    h.step();
    let rows = log_rows(&h);
    assert!(
        rows.iter()
            .any(|r| r.contains("… ") && r.contains("<protocols>")),
        "{rows:#?}"
    );
}

#[test]
fn next_error_and_home_end_keys_move_through_the_log() {
    let mut h = harness();
    drop_bundle(&mut h, "client-token-fail.zip");
    h.get_by_label("Log").click();
    h.step();
    h.get_by_label("Next error").click();
    h.step();
    h.step();
    // The first error line, selected: in its row and in the detail pane.
    assert_eq!(
        h.get_all_by_label_contains("JWT fetch failed -> 503")
            .count(),
        2
    );
    h.get_by_label("Next error").click();
    h.step();
    h.step();
    h.get_by_label("No more error lines in that direction.");
    // End goes to the last line, Home back to the first.
    h.key_press(egui::Key::End);
    h.step();
    h.step();
    let last = log_rows(&h);
    h.key_press(egui::Key::Home);
    h.step();
    h.step();
    let first = log_rows(&h);
    assert_ne!(first, last, "Home and End show other rows");
    assert!(first[0].contains(":1 "), "{first:#?}");
}

#[test]
fn server_rows_show_their_message_not_only_their_columns() {
    let mut h = harness();
    drop_bundle(&mut h, "server-xsp-token-fail.zip");
    h.get_by_label("Log").click();
    h.step();
    h.step();
    let rows: Vec<String> = {
        use egui_kittest::kittest::NodeT as _;
        h.root()
            .children_recursive()
            .filter_map(|n| n.accesskit_node().value())
            .filter(|v| v.contains(".log:") || v.contains("Log:") || v.contains("_log"))
            .collect()
    };
    assert!(!rows.is_empty());
    // A header of columns ends in `|`; its message now follows it.
    let bare: Vec<&String> = rows.iter().filter(|r| r.contains("|  (")).collect();
    assert!(bare.is_empty(), "{bare:#?}");
    assert!(
        rows.iter().any(|r| r.contains("| ") && r.contains(" · ")
            || r.contains("| GET")
            || r.contains("| POST")),
        "{rows:#?}"
    );
}

#[test]
fn go_to_a_line_or_a_time() {
    let mut h = harness();
    drop_bundle(&mut h, "client-token-fail.zip");
    h.get_by_label("Log").click();
    h.step();
    let go_to = |h: &mut Harness<'static, App>, typed: &str| {
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Go to:")
            .focus();
        h.step();
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Go to:")
            .type_text(typed);
        h.step();
        h.key_press(egui::Key::Enter);
        h.step();
        h.step();
    };
    // Line 3 of the BWC log: the JWT failure, in its row and the detail.
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("client-token-fail.zip/bwc/current_log.txt")
        .click();
    h.run();
    go_to(&mut h, "3");
    assert_eq!(
        h.get_all_by_label_contains("JWT fetch failed -> 503")
            .count(),
        2
    );
    // A time of day on the day in view: the first line at or after it.
    h.get_by_label("File").click();
    h.run();
    h.get_all_by_label("All files").last().unwrap().click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Go to:")
        .focus();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.step();
    go_to(&mut h, "11:30:32.344");
    assert_eq!(
        h.get_all_by_label_contains("JWT fetch failed -> 503")
            .count(),
        2
    );
    // What is neither says so.
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Go to:")
        .focus();
    h.step();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.step();
    go_to(&mut h, "soon");
    h.get_by_label_contains("is neither a line number nor a time");
}

#[test]
fn time_range_around_the_failure_leaves_only_its_minutes() {
    // The failure is in the later bundle.
    let mut h = two_days_apart();
    h.get_by_label("Log").click();
    h.step();
    h.step();
    let all = rows_shown(&h);
    h.get_by_label("±5 min around the failure").click();
    h.step();
    h.step();
    let around = rows_shown(&h);
    assert!(0 < around && around < all, "{around} of {all}");
    // The failure was at 08:20:40 UTC on the later day; every row shown is
    // within minutes. The bundle spans days, so rows show their date.
    for row in log_rows(&h) {
        let time = &row[..19];
        assert!(
            ("2024-03-11 08:15:40"..="2024-03-11 08:25:40").contains(&time),
            "{row}"
        );
    }
}

#[test]
fn the_log_keeps_its_place_when_another_view_was_shown() {
    let mut h = harness();
    drop_bundle(&mut h, "client-sip-auth-loop.zip");
    h.get_by_label("Log").click();
    h.step();
    h.step();
    for _ in 0..3 {
        h.key_press(egui::Key::PageDown);
        h.step();
        h.step();
    }
    let before = log_rows(&h);
    assert!(!before.is_empty() && !before[0].contains("current_log.txt:1 "));
    h.get_by_label("Ladder").click();
    h.step();
    h.step();
    h.get_by_label("Log").click();
    h.step();
    h.step();
    assert_eq!(log_rows(&h), before);
}

#[test]
fn only_the_lines_of_one_call_id() {
    let mut h = harness();
    drop_bundle(&mut h, "client-sip-auth-loop.zip");
    h.get_by_label("Log").click();
    h.step();
    type_search(&mut h, "Call-ID:");
    h.get_by_label("Next").click();
    h.step();
    h.step();
    let all = rows_shown(&h);
    h.get_all_by_label_contains("Only lines of ")
        .next()
        .expect("the selected SIP message names its Call-ID")
        .click();
    h.step();
    h.step();
    let one = rows_shown(&h);
    // Four REGISTERs and their challenges share one Call-ID.
    assert!((8..all).contains(&one), "{one} of {all}");
    h.get_by_label_contains("Showing only the lines that name ");
    h.get_by_label("Show all lines").click();
    h.step();
    h.step();
    let back = rows_shown(&h);
    assert_eq!(back, all);
}

#[test]
fn bookmarks_sit_in_the_gutter_and_in_a_list_at_hand() {
    let mut h = harness();
    drop_bundle(&mut h, "client-token-fail.zip");
    h.get_by_label("Log").click();
    h.step();
    h.step();
    // The gutter of every row is a check box named for what it does.
    h.get_all_by_label("Bookmark this line")
        .nth(2)
        .expect("a gutter per row")
        .click();
    h.step();
    h.step();
    // Nothing is selected, and the list is there.
    h.get_by_label("Bookmarks (1)").click();
    h.run();
    {
        use egui_kittest::kittest::NodeT as _;
        h.get_all_by_label_contains("client-token-fail.zip/")
            .find(|n| {
                n.accesskit_node().label().is_some_and(|l| {
                    l.rsplit(':')
                        .next()
                        .is_some_and(|n| n.parse::<u32>().is_ok())
                })
            })
            .expect("the bookmark's place in the list")
            .click();
    }
    h.run();
    // Going to it selects it: the detail pane appears.
    h.get_by_label_contains("Copy selected lines (1)");
}

#[test]
fn export_copies_the_shown_or_bookmarked_lines_redacted_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = seeded_bundle(dir.path());
    let mut h = harness();
    drop_path(&mut h, &bundle);
    h.get_by_label("Log").click();
    h.step();
    // The lines of one level: what the filter shows is what is exported.
    h.get_by_label("Level").click();
    h.run();
    h.get_all_by_label("error").last().unwrap().click();
    h.run();
    let shown = rows_shown(&h);
    h.get_by_label("Redact personal data").click();
    h.step();
    h.get_by_label("Export").click();
    h.run();
    let copied = copied_by(&mut h, "Copy the lines shown");
    // Only them: the filter's lines, not the log's.
    assert!(
        !copied.contains("<Info>") && !copied.contains("<Debug>"),
        "{copied}"
    );
    assert_eq!(
        copied.lines().filter(|l| l.contains("<Error>")).count(),
        shown
    );
    assert_eq!(leaked(&copied), Vec::<&str>::new(), "{copied}");
    // A bookmark, and only it.
    h.get_all_by_label("Bookmark this line")
        .next()
        .unwrap()
        .click();
    h.run();
    h.get_by_label("Bookmarks (1)");
    h.get_by_label("Export").click();
    h.run();
    let one = copied_by(&mut h, "Copy the bookmarked lines");
    // The first line shown, bookmarked: the export is that record alone.
    assert!(!one.is_empty() && copied.starts_with(&one), "{one}");
    assert_eq!(leaked(&one), Vec::<&str>::new(), "{one}");
}

#[test]
fn only_the_lines_of_the_attempt_chosen() {
    // Two sign-ins days apart; the newer, failed one began at 08:20:37.
    let mut h = two_days_apart();
    h.get_by_label("Log").click();
    h.step();
    h.step();
    let all = rows_shown(&h);
    let choose = |h: &mut Harness<'static, App>, attempt: &str| {
        h.get_by_label("Lines of:").click();
        h.run();
        h.get_by_label_contains(attempt).click();
        h.run();
        rows_shown(h)
    };
    let newest = choose(&mut h, "Attempt 2 of 2 2024-03-11");
    assert!(0 < newest && newest < all, "{newest} of {all}");
    for row in log_rows(&h) {
        let time = &row[..23];
        assert!(
            ("2024-03-11 08:20:37.000"..="2024-03-11 08:20:41.000").contains(&time),
            "{row}"
        );
    }
    let oldest = choose(&mut h, "Attempt 1 of 2 2024-03-08");
    assert!(0 < oldest && oldest < all, "{oldest} of {all}");
    assert!(log_rows(&h).iter().all(|r| r.starts_with("2024-03-08")));
    assert_eq!(choose(&mut h, "every attempt"), all);
}

/// A registration whose SIP the calling library printed one line per
/// record, each behind its own prefix: a challenge, credentials, and the
/// same challenge again.
fn sip_per_record(dir: &Path) -> PathBuf {
    let folder = dir.join("CiscoSpark/bwc");
    std::fs::create_dir_all(&folder).expect("bwc folder");
    let mut log = String::new();
    let mut second = 0;
    let mut message = |log: &mut String, out: bool, lines: &[&str]| {
        second += 1;
        let prefix = format!(
            "2026-11-30T08:20:{second:02}.125Z <Info> [0x3a1c][]BWCLogSink.cpp:88 BWCLogSink::write:"
        );
        let (marker, words) = if out {
            (">>", "Sending SIP message to 203.0.113.9:5061 (TLS)")
        } else {
            ("<<", "Received SIP message from 203.0.113.9:5061 (TLS)")
        };
        log.push_str(&format!("{prefix}{marker} {words}\n"));
        for l in lines {
            log.push_str(&format!("{prefix}{marker} {l}\n"));
        }
    };
    let register = |cseq: &'static str, auth: Option<&'static str>| {
        let mut l = vec![
            "REGISTER sip:bw.example.net SIP/2.0",
            "Via: SIP/2.0/TLS 192.0.2.10:52011;branch=z9hG4bK77",
            "Call-ID: 5f1e9a77c0de@192.0.2.10",
            cseq,
            "Contact: <sip:2025550143@192.0.2.10:52011;transport=tls>",
        ];
        l.extend(auth);
        l.push("Content-Length: 0");
        l
    };
    let challenge = |cseq: &'static str| {
        vec![
            "SIP/2.0 401 Unauthorized",
            "Call-ID: 5f1e9a77c0de@192.0.2.10",
            cseq,
            "WWW-Authenticate: Digest realm=\"bw.example.net\", nonce=\"8c1f\", algorithm=MD5",
            "Content-Length: 0",
        ]
    };
    message(&mut log, true, &register("CSeq: 1 REGISTER", None));
    message(&mut log, false, &challenge("CSeq: 1 REGISTER"));
    message(
        &mut log,
        true,
        &register(
            "CSeq: 2 REGISTER",
            Some(
                "Authorization: Digest username=\"2025550143\", realm=\"bw.example.net\", response=\"0a4f\"",
            ),
        ),
    );
    message(&mut log, false, &challenge("CSeq: 2 REGISTER"));
    std::fs::write(folder.join("current_log.txt"), log).expect("log written");
    dir.join("CiscoSpark")
}

#[test]
fn call_flow_groups_a_dialog_and_shows_each_message_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    drop_path(&mut h, &sip_per_record(dir.path()));
    h.get_by_label("Call flow").click();
    h.step();
    h.step();
    // The dialog is listed with how it ended, in red since the second
    // challenge refused credentials; it opens first.
    h.get_by_label("SIP · REGISTER (CSeq 1) -> 401 Unauthorized · 4");
    h.get_by_label_contains("Call-ID 5f1e9a77c0de@192.0.2.10");
    h.get_by_label("Webex app -> SBC: REGISTER (CSeq 2)")
        .click();
    h.step();
    h.step();
    let shown = accessible_text(&h);
    assert!(
        shown.contains("REGISTER sip:bw.example.net SIP/2.0\nVia: "),
        "{shown}"
    );
    assert!(shown.contains("Authorization: Digest username="), "{shown}");
    h.get_all_by_label("SBC -> Webex app: 401 Unauthorized")
        .nth(1)
        .expect("the second challenge")
        .click();
    h.step();
    h.step();
    assert!(accessible_text(&h).contains("WWW-Authenticate: Digest realm="));
    // The ladder shows the same whole message.
    h.get_by_label("Ladder").click();
    h.step();
    h.get_by_label("Webex app -> SBC: REGISTER (CSeq 2)")
        .click();
    h.step();
    h.step();
    assert!(accessible_text(&h).contains("Authorization: Digest username="));
}

#[test]
fn call_flow_lists_http_requests_by_tracking_id_and_filters_failures() {
    let mut h = harness();
    drop_bundle(&mut h, "client-sip-auth-loop.zip");
    h.get_by_label("Call flow").click();
    h.step();
    h.step();
    let http = h.get_all_by_label_contains("HTTP · ").count();
    assert!(http >= 1);
    h.get_by_label("Only failed").click();
    h.step();
    h.step();
    assert_eq!(h.query_all_by_label_contains("HTTP · ").count(), 0);
    h.get_by_label_contains("SIP · REGISTER (CSeq 1) -> 401 Unauthorized");
    h.get_by_label_contains(" of 3 dialogs and requests");
}

#[test]
fn local_time_switch_and_dates_when_the_bundle_spans_days() {
    let mut h = harness();
    drop_bundle(&mut h, "client-sip-auth-loop.zip");
    h.get_by_label("Log").click();
    h.step();
    h.step();
    h.get_by_label_contains("times in UTC");
    let utc = log_rows(&h)[0].clone();
    h.get_by_label("Local time").click();
    h.step();
    h.step();
    let zone = format!("UTC{}", chrono::Local::now().format("%:z"));
    h.get_by_label_contains(&format!("times in {zone}"));
    // The same first row, its time in this computer's zone (the bundle
    // is of 2024-03-11).
    let at = chrono::NaiveDateTime::parse_from_str(
        &format!("2024-03-11 {}", &utc[..12]),
        "%Y-%m-%d %H:%M:%S%.3f",
    )
    .expect("a time")
    .and_utc()
    .with_timezone(&chrono::Local);
    let local = log_rows(&h)[0].clone();
    assert_eq!(local[..12], at.format("%H:%M:%S%.3f").to_string(), "{utc}");
    assert_eq!(local[12..], utc[12..]);

    // Logs days apart: every row of the log carries its date.
    let mut days = two_days_apart();
    days.get_by_label("Log").click();
    days.step();
    days.step();
    let rows = log_rows(&days);
    assert!(!rows.is_empty());
    for row in rows {
        assert!(row.starts_with("2024-03-"), "{row}");
    }
}

#[test]
fn colour_rules_are_edited_in_the_log_and_kept_in_the_settings() {
    let mut h = harness();
    drop_bundle(&mut h, "client-sip-auth-loop.zip");
    h.get_by_label("Log").click();
    h.step();
    h.get_by_label("Colours").click();
    h.run();
    h.get_by_label("Add a rule").click();
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Text:")
        .focus();
    h.step();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Text:")
        .type_text("401 Unauthorized");
    h.run();
    h.get_by_label("Colour").click();
    h.run();
    h.get_by_label("Orange").click();
    h.run();
    let want = vec![ColourRule {
        text: "401 Unauthorized".to_owned(),
        colour: RuleColour::Orange,
    }];
    assert_eq!(h.state().settings.colour_rules, want);
    // The settings as eframe stores them, read by the next start.
    let saved = serde_json::to_string(&h.state().settings).expect("settings serialise");
    let restored: Settings = serde_json::from_str(&saved).expect("settings read back");
    assert_eq!(restored.colour_rules, want);
    let mut again = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), App::new(restored));
    drop_bundle(&mut again, "client-sip-auth-loop.zip");
    again.get_by_label("Log").click();
    again.step();
    again.get_by_label("Colours").click();
    again.run();
    again.get_by_label("Remove").click();
    again.run();
    assert!(again.state().settings.colour_rules.is_empty());
}

/// Clicks a checklist's answer button, the only one of that name shown.
fn answer(h: &mut Harness<'static, App>, button: &str) {
    h.get_by_label(button).click();
    h.step();
    h.step();
}

/// Types into a checklist's value step and saves it.
fn answer_value(h: &mut Harness<'static, App>, label: &str, typed: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, label)
        .focus();
    h.step();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, label)
        .type_text(typed);
    h.step();
    answer(h, "Save");
}

#[test]
fn a_playbook_walked_from_a_finding_ends_in_the_escalation_summary() {
    let mut h = harness();
    drop_bundle(&mut h, "client-behavior.zip");
    // The finding offers its checklists; one opens at its first step.
    h.get_by_label("User calling behavior and connector entitlement")
        .click();
    h.step();
    h.step();
    assert_eq!(h.state().view, View::Playbooks);
    answer(&mut h, "Done");
    answer(&mut h, "Calling in Webex");
    answer(&mut h, "Done");
    answer(&mut h, "No");
    // The answer names the cause and its fix; the walk goes on.
    h.get_by_label_contains("Likely cause: The Webex app registers to BroadWorks only");
    answer(&mut h, "No");
    h.get_by_label_contains("This checklist is finished.");
    let summary = copied_summary(&mut h);
    assert!(
        summary.contains("Checked with the guide's checklists:"),
        "{summary}"
    );
    assert!(
        summary.contains(
            "- User calling behavior and connector entitlement (finished): User opened in Help Desk = done; User calling behavior = Calling in Webex; User Details opened = done; broadworks-connector entitlement = no; bc-sp-standard entitlement = no"
        ),
        "{summary}"
    );
    assert!(
        summary.contains("\n  Likely cause: The Webex app registers"),
        "{summary}"
    );
}

#[test]
fn typed_answers_are_masked_in_a_redacted_summary() {
    let mut h = harness();
    drop_bundle(&mut h, "client-behavior.zip");
    h.get_by_label("Checklists").click();
    h.step();
    h.get_by_label("Logs or feedback: record the case number")
        .click();
    h.step();
    answer(&mut h, "Feedback");
    answer_value(&mut h, "Feedback case number:", "Case Number - 00601970");
    answer_value(
        &mut h,
        "User email and time of the problem:",
        "hanna.kowalska@seed-mail.example 08:20",
    );
    let plain = copied_summary(&mut h);
    assert!(
        plain.contains("Feedback case number = Case Number - 00601970"),
        "{plain}"
    );
    assert!(
        plain.contains("hanna.kowalska@seed-mail.example 08:20"),
        "{plain}"
    );
    h.get_by_label("Redact personal data").click();
    h.step();
    let redacted = copied_summary(&mut h);
    assert!(!redacted.contains("hanna.kowalska"), "{redacted}");
    assert!(
        redacted.contains("Feedback case number = Case Number - 00601970"),
        "{redacted}"
    );
}

#[test]
fn the_checklists_work_with_no_bundle_open() {
    let mut h = harness();
    h.get_by_label("Checklists").click();
    h.step();
    h.get_by_label("Find the Webex app version").click();
    h.step();
    answer(&mut h, "Done");
    answer(&mut h, "Windows");
    answer_value(&mut h, "Client version:", "45.6.0.31234");
    h.get_by_label_contains("This checklist is finished.");
    let copied = copied_by(&mut h, "Copy the answers");
    assert!(copied.contains("Client platform = Windows"), "{copied}");
    assert!(copied.contains("Client version = 45.6.0.31234"), "{copied}");
    // Kept for the next start, under no bundle.
    assert_eq!(h.state().settings.checked[0].bundle, "");
}

#[test]
fn checklist_answers_are_kept_per_bundle_across_a_restart() {
    let mut h = harness();
    drop_bundle(&mut h, "client-behavior.zip");
    h.get_by_label("Organization calling behavior").click();
    h.step();
    h.step();
    answer(&mut h, "Done");
    let saved = serde_json::to_string(&h.state().settings).expect("settings serialise");
    let restored: Settings = serde_json::from_str(&saved).expect("settings read back");
    let mut again = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(|ui, app: &mut App| app.show(ui), App::new(restored));
    // Another bundle has none of them.
    drop_bundle(&mut again, "client-healthy.zip");
    assert!(!copied_summary(&mut again).contains("Organization calling behavior"));
    drop_bundle(&mut again, "client-behavior.zip");
    let summary = copied_summary(&mut again);
    assert!(
        summary.contains("- Organization calling behavior (not finished): "),
        "{summary}"
    );
    again.get_by_label("Checklists").click();
    again.step();
    // Listed as started, among this bundle's and among all checklists.
    assert_eq!(
        again
            .get_all_by_label("Organization calling behavior · started")
            .count(),
        2
    );
}

#[test]
fn the_calls_view_lists_calls_and_draws_the_chosen_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut files = common::sip::poor_call_files();
    // A second call, answered busy, so that choosing one matters.
    let busy = "b-2@192.0.2.15";
    files[1].1 += &common::sip::raw(
        "10:05:00.000",
        true,
        &common::sip::invite(busy, 1, "2011", ""),
    );
    files[1].1 += &common::sip::raw(
        "10:05:00.300",
        false,
        &common::sip::answer(busy, "1 INVITE", "486 Busy Here", ""),
    );
    let bundle = common::sip::write(dir.path(), "calls.zip", &files);
    let mut h = harness();
    drop_path(&mut h, &bundle);
    h.get_by_label("Calls").click();
    h.step();
    h.step();
    // Both calls in the table; the one with poor media opens first, its
    // figures in the table and above its ladder.
    h.get_by_label_contains("2 calls, 2 failed or with poor media");
    h.get_by_label("answered (200 OK)");
    h.get_by_label("failed (486 Busy Here)");
    h.get_by_label("8.3");
    h.get_by_label(
        "loss 8.3 % · jitter 61.0 ms · round trip 450.0 ms · put on hold, resumed, transferred",
    );
    h.get_by_label_contains(&format!("Call-ID {}", common::sip::ANSWERED));
    h.get_by_label("Webex app -> SBC: INVITE (CSeq 2)");
    // Choosing the busy call draws its own ladder.
    h.get_by_label("10:05:00.000").click();
    h.step();
    h.step();
    h.get_by_label_contains(&format!("Call-ID {busy}"));
    h.get_by_label("SBC -> Webex app: 486 Busy Here");
    assert!(
        h.query_all_by_label("Webex app -> SBC: INVITE (CSeq 2)")
            .next()
            .is_none()
    );
}
