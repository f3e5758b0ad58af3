//! Read + decode + split + parse throughput on a generated client bundle,
//! and the analysis after it, next to `unzip -p` on the same file.
//!
//! `cargo bench --bench ingest -- --size-mb 100` (or 1000) generates
//! `target/bench-data/client-<N>MB-v<generator>.zip` once, then reads it three times and
//! prints the best time, MB/s, the ratio to `unzip -p … > /dev/null`, and
//! peak memory against the uncompressed size: after the reads, and of one
//! read and analysis in a child process. `--bundle PATH` measures an
//! existing bundle instead. Then it reads the hostile bundles of
//! [`hostile`], each in a child process, and checks their time and memory
//! bounds (the process exits with 1 when one is passed). `--no-hostile`
//! skips them. Under `cargo test` all of it runs once at a small size, so
//! the harness itself stays working.

mod common;
mod hostile;

use std::path::PathBuf;
use std::process::{Command, Stdio};

use common::{best, generated, peak_rss, rss_against};
use wxbw_doctor::record::Bundle;
use wxbw_doctor::source::ReadOptions;

struct Args {
    size_mb: u64,
    bundle: Option<PathBuf>,
    iterations: usize,
    benching: bool,
    hostile: bool,
    case: Option<PathBuf>,
    case_limit: Option<u64>,
}

fn args() -> Args {
    let mut raw = std::env::args().skip(1);
    let mut a = Args {
        size_mb: 4,
        bundle: None,
        iterations: 1,
        benching: false,
        hostile: true,
        case: None,
        case_limit: None,
    };
    while let Some(arg) = raw.next() {
        match arg.as_str() {
            "--bench" => a.benching = true,
            "--no-hostile" => a.hostile = false,
            "--case" => a.case = raw.next().map(PathBuf::from),
            "--case-limit" => a.case_limit = raw.next().and_then(|v| v.parse().ok()),
            "--size-mb" => a.size_mb = raw.next().and_then(|v| v.parse().ok()).unwrap_or(100),
            "--bundle" => a.bundle = raw.next().map(PathBuf::from),
            "--iterations" => a.iterations = raw.next().and_then(|v| v.parse().ok()).unwrap_or(3),
            _ => {}
        }
    }
    if a.benching {
        if a.size_mb == 4 {
            a.size_mb = 100;
        }
        a.iterations = a.iterations.max(3);
    }
    a
}

fn main() {
    wxbw_doctor::tune_allocator();
    let a = args();
    if let Some(case) = &a.case {
        return hostile::child(case, a.case_limit);
    }
    let path = a.bundle.clone().unwrap_or_else(|| generated(a.size_mb));
    let compressed = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);

    let (ours, (bytes, records, files)) = best(a.iterations, || {
        let bundle = Bundle::read_paths(std::slice::from_ref(&path), &ReadOptions::default());
        let bytes: u64 = bundle.files.iter().map(|f| f.size).sum();
        let records: usize = bundle.files.iter().map(|f| f.records.len()).sum();
        (bytes, records, bundle.files.len())
    });
    let read_rss = peak_rss();

    let bundle = Bundle::read_paths(std::slice::from_ref(&path), &ReadOptions::default());
    let catalogue = wxbw_doctor::analysis::catalogue::Catalogue::builtin();
    let (analysis_time, (findings, calls)) = best(a.iterations, || {
        let analysis = wxbw_doctor::analysis::analyze_with(&bundle, &catalogue);
        (analysis.findings.len(), analysis.calls.len())
    });
    drop(bundle);
    // One read and one analysis in a process of their own: what the app
    // holds, without the garbage of the timing rounds above.
    let rss = match hostile::in_child(&path, None) {
        Ok((_, rss, _)) => Some(rss),
        Err(e) => {
            eprintln!("measuring memory in a child failed: {e}");
            None
        }
    };

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
        "analysis (events, timeline, findings):  {:.3} s  ({:.0} MB/s, {findings} findings, {calls} calls)",
        analysis_time.as_secs_f64(),
        mb / analysis_time.as_secs_f64()
    );
    let full = ours + analysis_time;
    match unzip {
        (t, Ok(true)) => {
            println!(
                "unzip -p > /dev/null:                {:.3} s  ({:.0} MB/s)",
                t.as_secs_f64(),
                mb / t.as_secs_f64(),
            );
            println!(
                "read + analysis: {:.3} s = {:.2}x unzip -p (goal 1.25x)",
                full.as_secs_f64(),
                full.as_secs_f64() / t.as_secs_f64()
            );
        }
        _ => println!("unzip -p: not available on this machine"),
    }
    for (when, rss) in [("after reading", read_rss), ("of one read + analysis", rss)] {
        if let Some(rss) = rss {
            println!("peak RSS {when}: {}", rss_against(rss, bytes));
        }
    }
    if a.hostile && !hostile::run(a.benching) {
        eprintln!("a hostile bundle passed its bound");
        std::process::exit(1);
    }
}
