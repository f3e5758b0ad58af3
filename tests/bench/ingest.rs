//! Read + decode + split + parse throughput on a generated client bundle,
//! and the analysis after it, next to `unzip -p` on the same file.
//!
//! `cargo bench --bench ingest -- --size-mb 100` (or 1000) generates
//! `target/bench-data/client-<N>MB.zip` once, then reads it three times and
//! prints the best time, MB/s, the ratio to `unzip -p … > /dev/null`, and
//! peak memory against the uncompressed size. `--bundle PATH` measures an
//! existing bundle instead. Under `cargo test` it runs once on a small
//! bundle, so the harness itself stays working.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use wxbw_doctor::record::Bundle;
use wxbw_doctor::source::ReadOptions;

struct Args {
    size_mb: u64,
    bundle: Option<PathBuf>,
    iterations: usize,
}

fn args() -> Args {
    let mut raw = std::env::args().skip(1);
    let mut a = Args {
        size_mb: 4,
        bundle: None,
        iterations: 1,
    };
    let mut benching = false;
    while let Some(arg) = raw.next() {
        match arg.as_str() {
            "--bench" => benching = true,
            "--size-mb" => a.size_mb = raw.next().and_then(|v| v.parse().ok()).unwrap_or(100),
            "--bundle" => a.bundle = raw.next().map(PathBuf::from),
            "--iterations" => a.iterations = raw.next().and_then(|v| v.parse().ok()).unwrap_or(3),
            _ => {}
        }
    }
    if benching {
        if a.size_mb == 4 {
            a.size_mb = 100;
        }
        a.iterations = a.iterations.max(3);
    }
    a
}

fn generated(size_mb: u64) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).expect("create target/bench-data");
    let path = dir.join(format!("client-{size_mb}MB.zip"));
    if !path.exists() {
        let tmp = path.with_extension("zip.part");
        let file = std::fs::File::create(&tmp).expect("create bundle");
        let t = Instant::now();
        let written = wxbw_doctor::testutil::write_client_bundle(
            std::io::BufWriter::new(file),
            size_mb << 20,
            42,
        )
        .expect("write bundle");
        std::fs::rename(&tmp, &path).expect("rename bundle");
        eprintln!(
            "generated {} ({} MB uncompressed) in {:.1?}",
            path.display(),
            written >> 20,
            t.elapsed()
        );
    }
    path
}

fn best<T>(n: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..n {
        let t = Instant::now();
        let out = f();
        best = best.min(t.elapsed());
        last = Some(out);
    }
    (best, last.expect("at least one iteration"))
}

/// Peak resident memory of this process, from Linux's `VmHWM`.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn main() {
    let a = args();
    let path = a.bundle.clone().unwrap_or_else(|| generated(a.size_mb));
    let compressed = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);

    let (ours, (bytes, records, files)) = best(a.iterations, || {
        let bundle = Bundle::read_paths(std::slice::from_ref(&path), &ReadOptions::default());
        let bytes: u64 = bundle.files.iter().map(|f| f.size).sum();
        let records: usize = bundle.files.iter().map(|f| f.records.len()).sum();
        (bytes, records, bundle.files.len())
    });
    let rss = peak_rss();

    let bundle = Bundle::read_paths(std::slice::from_ref(&path), &ReadOptions::default());
    let catalogue = wxbw_doctor::analysis::catalogue::Catalogue::builtin();
    let (analysis_time, findings) = best(a.iterations, || {
        wxbw_doctor::analysis::analyze_with(&bundle, &catalogue)
            .findings
            .len()
    });
    drop(bundle);

    let unzip = best(a.iterations, || {
        Command::new("unzip")
            .arg("-p")
            .arg(&path)
            .stdout(Stdio::null())
            .status()
            .map(|s| s.success())
    });

    let mb = bytes as f64 / (1 << 20) as f64;
    println!(
        "bundle      {} ({:.1} MB compressed, {mb:.1} MB uncompressed, {files} files, {records} records)",
        path.display(),
        compressed as f64 / (1 << 20) as f64
    );
    println!(
        "wxbw-doctor read+decode+split+parse: {:.3} s  ({:.0} MB/s, best of {})",
        ours.as_secs_f64(),
        mb / ours.as_secs_f64(),
        a.iterations
    );
    println!(
        "analysis (events, timeline, findings):  {:.3} s  ({:.0} MB/s, {findings} findings)",
        analysis_time.as_secs_f64(),
        mb / analysis_time.as_secs_f64()
    );
    match unzip {
        (t, Ok(true)) => println!(
            "unzip -p > /dev/null:                {:.3} s  ({:.0} MB/s)  ratio {:.2}x",
            t.as_secs_f64(),
            mb / t.as_secs_f64(),
            ours.as_secs_f64() / t.as_secs_f64()
        ),
        _ => println!("unzip -p: not available on this machine"),
    }
    if let Some(rss) = rss {
        println!(
            "peak RSS: {:.1} MB = {:.2}x uncompressed",
            rss as f64 / (1 << 20) as f64,
            rss as f64 / bytes.max(1) as f64
        );
    }
}
