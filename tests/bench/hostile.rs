//! Hostile bundles, each read and analysed in a child process so that its
//! own peak memory is measured, against the bounds the README states:
//!
//! - peak RSS ≤ 100 MiB + 1.5 × the bytes actually taken in (inflated or
//!   read from disk; a refused entry takes in nothing);
//! - time ≤ 1 s + those bytes at 50 MB/s.
//!
//! The memory bound is checked on every run; the time bound only under
//! `cargo bench`, where the build is optimised and the machine quiet.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use wxbw_doctor::record::{Bundle, FileKind};
use wxbw_doctor::source::ReadOptions;
use wxbw_doctor::testutil::{Rng, overlapping_zip, zip};

use super::common::peak_rss;

const MB: u64 = 1 << 20;

/// One case: its name, its file, and the `--max-total-bytes` it is read
/// under (the default when `None`).
type Case = (&'static str, PathBuf, Option<u64>);

/// Builds the cases under `dir`, `scale` MB for the large ones.
fn build(dir: &Path, scale: u64) -> Vec<Case> {
    std::fs::create_dir_all(dir).expect("create hostile dir");
    let mut cases = Vec::new();
    let mut put_limited =
        |name: &'static str, file: &str, limit: Option<u64>, bytes: &dyn Fn() -> Vec<u8>| {
            let p = dir.join(file);
            if !p.exists() {
                std::fs::write(&p, bytes()).expect("write case");
            }
            cases.push((name, p, limit));
        };
    let mut put = |name: &'static str, file: &str, bytes: &[u8]| {
        put_limited(name, file, None, &|| bytes.to_vec());
    };
    let zeros = vec![0u8; (scale * MB) as usize];
    put(
        "ratio bomb",
        "ratio-bomb.zip",
        &zip(&[("current_log.txt", &zeros)]),
    );
    let inner = zip(&[("current_log.txt", &zeros[..(8 * MB) as usize])]);
    let middle = zip_of(&vec![inner.as_slice(); 16]);
    put(
        "nested bomb (16×16×8 MB)",
        "nested-bomb.zip",
        &zip_of(&vec![middle.as_slice(); 16]),
    );
    put(
        "overlapping entries",
        "overlap.zip",
        &overlapping_zip(1000, MB as usize),
    );
    let mut rng = Rng::new(5);
    let mut line = b"2024-03-08T16:40:43.964Z <Info> [0x1] A.cpp:1 f:".to_vec();
    line.extend((0..scale * MB).map(|_| b'a' + rng.below(26) as u8));
    put("one huge line", "huge-line_current_log.txt", &line);
    put("NUL-filled log", "nul_current_log.txt", &zeros);
    let random: Vec<u8> = (0..scale * MB).map(|_| rng.next_u64() as u8).collect();
    put("random binary log", "random_current_log.txt", &random);
    let tiny: Vec<(String, &[u8])> = (0..20_000)
        .map(|i| (format!("d/{i}/current_log.txt"), &b"x\n"[..]))
        .collect();
    let tiny: Vec<(&str, &[u8])> = tiny.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    put("20,000 tiny entries", "many-entries.zip", &zip(&tiny));
    // Logs dense with what the analysis pairs, joins and counts: each must
    // cost about its length, not its length squared.
    for (name, file, path, text) in dense_logs(40_000) {
        put(name, file, &zip(&[(path, text.as_bytes())]));
    }
    // Newlines cost a record each: 256 entries just under a MiB of nothing
    // but line ends, two zips deep (a few KB in all; under a MiB, an entry
    // once escaped the ratio check, and cost 16 times its size in records).
    let newlines = vec![b'\n'; (MB - 1) as usize];
    let leaf = zip(&[("current_log.txt", &newlines)]);
    let sixteen = zip_of(&[leaf.as_slice(); 16]);
    put(
        "newline bomb (16×16×1 MB)",
        "newline-bomb.zip",
        &zip_of(&[sixteen.as_slice(); 16]),
    );
    // Eight real logs inflating at once under a limit below their sum: what
    // is held must stay within the limit, whatever the threads.
    let mut text = String::new();
    wxbw_doctor::testutil::ClientLog::new(21).write(&mut text, (scale * MB / 2) as usize);
    put_limited(
        "8 entries at once, limited",
        "parallel.zip",
        Some(scale * MB * 4 / 5),
        &|| {
            let names: Vec<String> = (0..8)
                .map(|i| format!("CiscoSpark/current_log_{i}.txt"))
                .collect();
            zip(&names
                .iter()
                .map(|n| (n.as_str(), text.as_bytes()))
                .collect::<Vec<_>>())
        },
    );
    // Hundreds of entries of zeros, each just under a MiB, before seven
    // logs: the logs are read first and the zeros stopped early.
    put_limited(
        "zero entries before 7 logs",
        "zeros-and-logs.zip",
        Some(scale * MB),
        &|| {
            let zeros = vec![0u8; (MB - 1) as usize];
            let log = &text.as_bytes()[..(scale * MB / 8) as usize];
            let mut names: Vec<(String, &[u8])> = (0..300)
                .map(|i| (format!("pad/{i:03}.bin"), zeros.as_slice()))
                .collect();
            names.extend((0..7).map(|i| (format!("CiscoSpark/current_log_{i}.txt"), log)));
            zip(&names
                .iter()
                .map(|(n, b)| (n.as_str(), *b))
                .collect::<Vec<_>>())
        },
    );
    cases
}

/// `n` records of each kind the analysis relates to one another.
fn dense_logs(n: usize) -> Vec<(&'static str, &'static str, &'static str, String)> {
    const P: &str = "2024-03-08T16:40:40.867Z <Info> [0x1] A.cpp:1 f:";
    // Distinct, increasing times, a millisecond apart.
    let ts = |i: usize| {
        format!(
            "2024-03-08T{:02}:{:02}:{:02}.{:03}Z",
            10 + i / 3_600_000,
            (i / 60_000) % 60,
            (i / 1000) % 60,
            i % 1000
        )
    };
    let lines = |f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<String>();
    let client = "CiscoSpark/current_log.txt";
    vec![
        (
            "a run of joined records",
            "dense-joined.zip",
            client,
            lines(&|i| format!("{P}some error line {i}\n")),
        ),
        (
            "a line of many fields",
            "dense-fields.zip",
            client,
            format!(
                "{P}spark{}\n{P}error{}\n",
                " status=1".repeat(n),
                " a=[".repeat(n)
            ),
        ),
        (
            "requests and bare answers",
            "dense-answers.zip",
            client,
            lines(&|i| {
                format!(
                    "{} <Info> [0x{i:x}] X.cpp:1 f: GET https://xsp.example/com.broadsoft.xsi-actions/v2.0/user/u{i}/profile\n{} <Info> [0x9] Y.cpp:1 f: status=500\n",
                    ts(2 * i),
                    ts(2 * i + 1)
                )
            }),
        ),
        (
            "device tables without ids",
            "dense-devices.zip",
            "xsp/XsiActionsLog.txt",
            lines(&|i| {
                format!(
                    "2024.05.16 09:{:02}:{:02}:{:03} CET | Info | Xsi | x |\n\t<accessDeviceTable><row><col>Connect - Mobile</col></row></accessDeviceTable>\n",
                    (i / 60_000) % 60,
                    (i / 1000) % 60,
                    i % 1000
                )
            }),
        ),
        (
            "library starts",
            "dense-starts.zip",
            client,
            lines(&|i| format!("{} <Info> [0x1] B.cpp:1 f:BWC: BroadWorks init\n", ts(i))),
        ),
        (
            "token requests",
            "dense-tokens.zip",
            client,
            lines(&|i| {
                format!(
                    "{} <Info> [0x{i:x}] A.cpp:1 f:x GET https://idp.example/broadworks-idp-proxy/jwt\n",
                    ts(i)
                )
            }),
        ),
        (
            "XSI challenges",
            "dense-challenges.zip",
            client,
            lines(&|i| {
                format!(
                    "{} <Info> [0x{i:x}] A.cpp:1 f:x GET https://xsp.example/com.broadsoft.xsi-actions/v2.0/user/u/profile HTTP/1.1 401 Unauthorized\n",
                    ts(i)
                )
            }),
        ),
        (
            "distinct refusals",
            "dense-refusals.zip",
            "xsp/access_log.2024-05-16.txt",
            lines(&|i| {
                format!(
                    "192.0.2.1 - - [16/May/2024:09:06:02 +0100] \"GET /com.broadsoft.xsi-actions/v2.0/user/u{i}/profile HTTP/1.1\" 403 12\n"
                )
            }),
        ),
        (
            "emails and ids",
            "dense-identity.zip",
            client,
            lines(&|i| {
                format!(
                    "{} <Info> [0x1] A.cpp:1 f: email=u{i}@example.com\n{} <Info> [0x2] B.cpp:1 f: userId=01234567-89ab-cdef-0123-456789abcdef\n",
                    ts(2 * i),
                    ts(2 * i + 1)
                )
            }),
        ),
    ]
}

fn zip_of(parts: &[&[u8]]) -> Vec<u8> {
    let names: Vec<String> = (0..parts.len()).map(|i| format!("{i}.zip")).collect();
    let entries: Vec<(&str, &[u8])> = names
        .iter()
        .zip(parts)
        .map(|(n, b)| (n.as_str(), *b))
        .collect();
    zip(&entries)
}

/// In the child: reads and analyses `path` (under `limit` bytes, if
/// given), prints `ms rss taken`.
pub fn child(path: &Path, limit: Option<u64>) {
    let t = Instant::now();
    let mut opts = ReadOptions::default();
    if let Some(limit) = limit {
        opts.limits.max_total_bytes = limit;
    }
    let bundle = Bundle::read_paths(&[path.to_owned()], &opts);
    let _ = wxbw_doctor::analysis::analyze(&bundle);
    let taken: u64 = bundle
        .files
        .iter()
        .filter(|f| f.kind != FileKind::Unread)
        .map(|f| f.size)
        .sum();
    println!(
        "{} {} {taken}",
        t.elapsed().as_millis(),
        peak_rss().unwrap_or(0)
    );
}

/// Reads and analyses `path` in a child process of this bench, so that its
/// peak memory is that of one run: `(ms, peak RSS, bytes taken in)`.
pub fn in_child(path: &Path, limit: Option<u64>) -> Result<(u64, u64, u64), String> {
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut cmd = Command::new(me);
    cmd.arg("--case").arg(path);
    if let Some(limit) = limit {
        cmd.arg("--case-limit").arg(limit.to_string());
    }
    let out = cmd.output().map_err(|e| e.to_string())?;
    let nums: Vec<u64> = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    match nums[..] {
        [ms, rss, taken] => Ok((ms, rss, taken)),
        _ => Err(String::from_utf8_lossy(&out.stderr).into_owned()),
    }
}

/// In the parent: runs every case in a child and checks the bounds.
/// Returns false when a bound is passed.
pub fn run(benching: bool) -> bool {
    let scale = if benching { 256 } else { 16 };
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("target/bench-data/hostile-{scale}"));
    let cases = build(&dir, scale);
    let mut ok = true;
    println!("\nhostile bundles (each in its own process):");
    for (name, path, limit) in cases {
        let (ms, rss, taken) = match in_child(&path, limit) {
            Ok(m) => m,
            Err(e) => {
                println!("  {name:<28} FAILED: {e}");
                ok = false;
                continue;
            }
        };
        let rss_bound = 100 * MB + taken * 3 / 2;
        let ms_bound = 1000 + taken * 1000 / (50 * MB);
        let rss_ok = rss <= rss_bound;
        let time_ok = !benching || ms <= ms_bound;
        ok &= rss_ok && time_ok;
        println!(
            "  {name:<28} {:>7.2} s (bound {:>5.1} s)  peak RSS {:>6.1} MB (bound {:>6.1} MB)  took in {:>6.1} MB{}",
            ms as f64 / 1000.0,
            ms_bound as f64 / 1000.0,
            rss as f64 / MB as f64,
            rss_bound as f64 / MB as f64,
            taken as f64 / MB as f64,
            if rss_ok && time_ok { "" } else { "  OVER" }
        );
    }
    let _ = std::io::stdout().flush();
    ok
}
