//! The desktop app, driven through AccessKit with egui_kittest: what a
//! helpdesk user clicks, and what they then see.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use wxbw_doctor::ui::View;
use wxbw_doctor::ui::app::{App, Phase};
use wxbw_doctor::ui::settings::Settings;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn harness() -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_ui_state(
            |ui, app: &mut App| app.show(ui),
            App::new(Settings::default()),
        )
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
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(data(name))));
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

#[test]
fn redaction_hides_a_known_email_everywhere() {
    let email = "femke.popescu@contoso.example";
    let mut h = harness();
    drop_bundle(&mut h, "client-healthy.zip");
    h.get_by_label("Escalation").click();
    h.step();
    h.get_by_label_contains(email);

    h.get_by_label("Redact personal data").click();
    h.step();
    for view in ["Summary", "Timeline", "Ladder", "Log", "Escalation"] {
        h.get_by_label(view).click();
        h.step();
        h.step();
        assert!(
            h.query_by_label_contains(email).is_none(),
            "{email} visible in {view}"
        );
        assert!(
            h.query_by_label_contains("22175294_wxt@").is_none(),
            "SIP user visible in {view}"
        );
    }
    h.get_by_label("Escalation").click();
    h.step();
    h.get_by_label_contains("<email-1>");
    // In the log, the line that carries the email shows the same mask.
    h.get_by_label("Log").click();
    h.step();
    let search = h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search:");
    search.focus();
    h.step();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Search:")
        .type_text("Login complete");
    h.step();
    h.get_by_label("Next").click();
    h.step();
    h.step();
    assert_eq!(
        h.get_all_by_label_contains("Login complete for user <email-1>")
            .count(),
        2
    );
    assert!(h.query_by_label_contains(email).is_none());
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
    h.get_by_label("sip-register");
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
