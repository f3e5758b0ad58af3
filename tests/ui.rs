//! The desktop app, driven through AccessKit with egui_kittest: what a
//! helpdesk user clicks, and what they then see.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use wxbw_doctor::i18n::Lang;
use wxbw_doctor::ui::View;
use wxbw_doctor::ui::app::{App, Phase};
use wxbw_doctor::ui::settings::Settings;

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
    h.get_by_label_contains("Copy selected lines (1)");
}

/// Personal data seeded into a real sample, one of each kind.
const SEEDED_EMAIL: &str = "hanna.kowalska@seed-mail.example";
const SEEDED_SIP_USER: &str = "hkow_7731_wxt";
const SEEDED: [&str; 8] = [
    SEEDED_EMAIL,
    SEEDED_SIP_USER,
    "+48601234567",
    "2125551234",
    "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzZWVkIn0.c2VlZHNpZ25hdHVyZQ",
    "ZmFrZS1vcGFxdWUtdG9rZW4tNzc",
    "S3cr3t-Seed!",
    "Pa55-Seed-Word",
];

/// The SIP auth loop sample with its user's email and SIP user replaced by
/// the seeded ones, and one more record that carries the rest.
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
                "2024-03-11T08:20:47.000Z <Info> [0x7baf][]XsiClient.cpp:88 XsiClient::onResponse:SEEDCHECK GET https://xsp1.example.net/com.broadsoft.xsi-actions/v2.0/user/{}/profile -> 200\n\
                 <Profile><details><userId>{}</userId><number>{}</number><mobile>{}</mobile></details></Profile>\n\
                 Authorization: Bearer {}\n\
                 {{\"access_token\":\"{}\",\"expires_in\":3600}}\n\
                 <password>{}</password> password={}\n\
                 P-Asserted-Identity: <sip:{}@contoso.example.net>\n\
                 Authorization: Digest username=\"{}\",realm=\"BroadWorks\"\n",
                SEEDED[0], SEEDED[0], SEEDED[3], SEEDED[2], SEEDED[4], SEEDED[5], SEEDED[6], SEEDED[7], SEEDED[2], SEEDED[1],
            ));
        }
        entries.push((name, text));
    }
    let refs: Vec<(&str, &[u8])> = entries
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_bytes()))
        .collect();
    let path = dir.join("seeded.zip");
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
    search.focus();
    h.step();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search:")
        .type_text("SEEDCHECK");
    h.step();
    h.get_by_label("Next").click();
    h.step();
    h.step();
}

fn copied_summary(h: &mut Harness<'static, App>) -> String {
    h.get_by_label("Escalation").click();
    h.step();
    h.get_by_label("Copy escalation summary").click();
    h.step();
    h.output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .expect("the summary was copied")
}

#[test]
fn redaction_masks_seeded_personal_data_in_every_output() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = seeded_bundle(dir.path());
    let mut h = harness();
    drop_path(&mut h, &bundle);

    // Unredacted, the seeded record and the summary do show them: the
    // checks below could fail.
    show_seeded_record(&mut h);
    let shown = accessible_text(&h);
    assert_eq!(leaked(&shown), SEEDED, "{shown}");
    assert!(copied_summary(&mut h).contains(SEEDED_EMAIL));

    h.get_by_label("Redact personal data").click();
    h.step();
    for view in ["Summary", "Timeline", "Ladder", "Escalation"] {
        h.get_by_label(view).click();
        h.step();
        h.step();
        let shown = accessible_text(&h);
        assert_eq!(leaked(&shown), Vec::<&str>::new(), "{view}:\n{shown}");
    }
    show_seeded_record(&mut h);
    let shown = accessible_text(&h);
    assert_eq!(leaked(&shown), Vec::<&str>::new(), "log:\n{shown}");
    // The same value gets the same mask in the list and the detail pane.
    assert!(shown.contains("user/<email-1>/profile"), "{shown}");

    let summary = copied_summary(&mut h);
    assert_eq!(leaked(&summary), Vec::<&str>::new(), "{summary}");
    assert!(summary.contains("<email-1>"), "{summary}");

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
