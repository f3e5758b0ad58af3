//! Draws the application icon and writes it in every format the installers
//! need: `cargo run --example make_icon` (run from the repository root)
//! writes `assets/icon/wxbw-doctor-{16..1024}.png`, `wxbw-doctor.ico` and
//! `wxbw-doctor.icns`.
//!
//! The icon: a rounded square in a blue-to-teal gradient with a white
//! heartbeat line, a call that is being diagnosed.

use std::io::Write;
use std::path::Path;

use image::{ImageEncoder, Rgba, RgbaImage, imageops::FilterType};

const SIZE: u32 = 1024;

fn mix(a: [f32; 3], b: [f32; 3], t: f32) -> [f32; 3] {
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

/// Distance from `p` to the segment `a`–`b`.
fn segment_distance(p: (f32, f32), a: (f32, f32), b: (f32, f32)) -> f32 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
    };
    let (cx, cy) = (a.0 + t * dx, a.1 + t * dy);
    ((p.0 - cx).powi(2) + (p.1 - cy).powi(2)).sqrt()
}

/// Coverage of a rounded square with corner radius `r`, anti-aliased.
fn rounded_square(x: f32, y: f32, size: f32, r: f32) -> f32 {
    let cx = x.clamp(r, size - r);
    let cy = y.clamp(r, size - r);
    let d = ((x - cx).powi(2) + (y - cy).powi(2)).sqrt() - r;
    (0.5 - d).clamp(0.0, 1.0)
}

fn draw() -> RgbaImage {
    let s = SIZE as f32;
    let top = [10.0, 110.0, 216.0];
    let bottom = [6.0, 182.0, 164.0];
    // The heartbeat, in units of the icon size.
    let pulse: Vec<(f32, f32)> = [
        (0.16, 0.56),
        (0.36, 0.56),
        (0.43, 0.40),
        (0.52, 0.74),
        (0.60, 0.30),
        (0.67, 0.56),
        (0.80, 0.56),
    ]
    .iter()
    .map(|(x, y)| (x * s, y * s))
    .collect();
    let width = 0.055 * s;
    let dot = (0.84 * s, 0.56 * s);
    let mut img = RgbaImage::new(SIZE, SIZE);
    for (x, y, px) in img.enumerate_pixels_mut() {
        let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
        let cover = rounded_square(fx, fy, s, 0.22 * s);
        if cover == 0.0 {
            continue;
        }
        let bg = mix(top, bottom, fy / s);
        let d = pulse
            .windows(2)
            .map(|w| segment_distance((fx, fy), w[0], w[1]))
            .fold(f32::MAX, f32::min);
        let line = (width / 2.0 - d + 0.5).clamp(0.0, 1.0);
        let dd = ((fx - dot.0).powi(2) + (fy - dot.1).powi(2)).sqrt();
        let white = line.max((0.05 * s - dd + 0.5).clamp(0.0, 1.0));
        let c = mix(bg, [255.0, 255.0, 255.0], white);
        *px = Rgba([c[0] as u8, c[1] as u8, c[2] as u8, (cover * 255.0) as u8]);
    }
    img
}

fn png(img: &RgbaImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            image::ExtendedColorType::Rgba8,
        )
        .expect("encode png");
    out
}

/// An ICNS file: the `icns` header, then one PNG-payload entry per size.
fn icns(entries: &[(&[u8; 4], Vec<u8>)]) -> Vec<u8> {
    let body: usize = entries.iter().map(|(_, d)| 8 + d.len()).sum();
    let mut out = Vec::with_capacity(8 + body);
    out.extend_from_slice(b"icns");
    out.extend_from_slice(&((8 + body) as u32).to_be_bytes());
    for (kind, data) in entries {
        out.extend_from_slice(*kind);
        out.extend_from_slice(&((8 + data.len()) as u32).to_be_bytes());
        out.extend_from_slice(data);
    }
    out
}

fn main() {
    let dir = Path::new("assets/icon");
    std::fs::create_dir_all(dir).expect("create assets/icon");
    let big = draw();
    let sized = |n: u32| {
        if n == SIZE {
            big.clone()
        } else {
            image::imageops::resize(&big, n, n, FilterType::Lanczos3)
        }
    };
    for n in [16, 32, 48, 64, 128, 256, 512, 1024] {
        std::fs::write(dir.join(format!("wxbw-doctor-{n}.png")), png(&sized(n)))
            .expect("write png");
    }
    let frames: Vec<image::codecs::ico::IcoFrame> = [16, 24, 32, 48, 64, 128, 256]
        .iter()
        .map(|&n| {
            let img = sized(n);
            image::codecs::ico::IcoFrame::as_png(
                img.as_raw(),
                n,
                n,
                image::ExtendedColorType::Rgba8,
            )
            .expect("ico frame")
        })
        .collect();
    let mut ico = std::fs::File::create(dir.join("wxbw-doctor.ico")).expect("create ico");
    image::codecs::ico::IcoEncoder::new(&mut ico)
        .encode_images(&frames)
        .expect("write ico");
    let icns_data = icns(&[
        (b"icp4", png(&sized(16))),
        (b"icp5", png(&sized(32))),
        (b"ic07", png(&sized(128))),
        (b"ic08", png(&sized(256))),
        (b"ic09", png(&sized(512))),
        (b"ic10", png(&sized(1024))),
    ]);
    std::fs::File::create(dir.join("wxbw-doctor.icns"))
        .and_then(|mut f| f.write_all(&icns_data))
        .expect("write icns");
    println!("icons written to {}", dir.display());
}
