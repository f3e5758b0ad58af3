//! `wxbw-doctor --screenshot OUT.png PATH` under Xvfb: the real window,
//! rendered with OpenGL (Mesa), written as PNG, and the app quits by itself.
//! Needs `xvfb-run` (installed by `.ci/run`).

use std::path::Path;
use std::process::Command;

fn shoot(out: &Path, view: &str, bundle: &str) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(bundle);
    let status = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1400x900x24"])
        .arg(env!("CARGO_BIN_EXE_wxbw-doctor"))
        .args(["--lang", "en"])
        .arg("--screenshot")
        .arg(out)
        .args(["--view", view])
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
