//! `wxbw-doctor --screenshot OUT.png PATH` under Xvfb: the real window,
//! rendered with OpenGL (Mesa), written as PNG, and the app quits by itself.
//! Needs `xvfb-run` and, to read the PNGs back, `tesseract` (both
//! installed by `.ci/run`).

use std::path::Path;
use std::process::Command;

fn shoot(out: &Path, view: &str, bundle: &str) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(bundle);
    shoot_with(out, view, &data, &[]);
}

fn shoot_with(out: &Path, view: &str, data: &Path, extra: &[&str]) {
    let status = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1400x900x24"])
        .arg(env!("CARGO_BIN_EXE_wxbw-doctor"))
        .args(["--lang", "en"])
        .arg("--screenshot")
        .arg(out)
        .args(["--view", view])
        .args(extra)
        .arg(data)
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .status()
        .expect("xvfb-run must be installed (see .ci/run)");
    assert!(status.success(), "{status}");
}

/// How many pixels have exactly this colour.
fn count(img: &image::RgbaImage, rgb: [u8; 3]) -> usize {
    img.pixels().filter(|p| p.0[..3] == rgb).count()
}

#[test]
fn headless_screenshot_shows_the_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("verdict.png");
    shoot(&out, "verdict", "client-token-fail.zip");
    let img = image::open(&out).expect("a PNG was written").to_rgba8();
    assert_eq!((img.width(), img.height()), (1280, 820));
    // The error banner's fill covers a large band at the top.
    assert!(
        count(&img, [250, 215, 210]) > 20_000,
        "no error banner in the screenshot"
    );

    let ok = dir.path().join("ok.png");
    shoot(&ok, "verdict", "client-healthy.zip");
    let img = image::open(&ok).unwrap().to_rgba8();
    assert!(
        count(&img, [205, 240, 215]) > 20_000,
        "no 'all good' banner"
    );
    assert_eq!(count(&img, [250, 215, 210]), 0);
}

/// The text tesseract reads in a PNG.
fn ocr(png: &Path) -> String {
    let out = Command::new("tesseract")
        .arg(png)
        .arg("stdout")
        .output()
        .expect("tesseract must be installed (see .ci/run)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_lowercase()
}

#[test]
fn redacted_screenshots_of_every_view_show_no_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    // Helpdesks name bundles after the user.
    let bundle = dir.path().join("jan.devries@contoso.example.zip");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/client-sip-auth-loop.zip"),
        &bundle,
    )
    .unwrap();
    // The user's email (in the name and the logs), SIP user and BroadWorks
    // user id (a phone number), as OCR reads them.
    let personal = ["jan.devries", "devries", "42187410", "2170892567"];
    // Unredacted, the same screenshots show them: the check can fail.
    let mut plain = String::new();
    for view in ["verdict", "facts"] {
        let out = dir.path().join(format!("plain-{view}.png"));
        shoot_with(&out, view, &bundle, &[]);
        plain.push_str(&ocr(&out));
    }
    for p in personal {
        assert!(
            plain.contains(p),
            "OCR does not read {p} unredacted:\n{plain}"
        );
    }
    for view in [
        "verdict", "timeline", "ladder", "flow", "log", "facts", "files", "codes",
    ] {
        let out = dir.path().join(format!("{view}.png"));
        shoot_with(&out, view, &bundle, &["--redact"]);
        let text = ocr(&out);
        let leaked: Vec<&str> = personal.into_iter().filter(|p| text.contains(p)).collect();
        assert!(leaked.is_empty(), "{view} shows {leaked:?}:\n{text}");
        assert!(
            text.contains("redacted"),
            "{view}: no sign of redaction:\n{text}"
        );
    }
}
