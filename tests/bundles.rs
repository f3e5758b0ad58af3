//! Bundles the tests make themselves: odd layouts, encodings and hostile zips.

mod common;

use std::path::Path;

use common::{analyze_json, data, problems, source, write_file as write};
use wxbw_doctor::testutil::{zip, zip_with};

const LOG: &str = "2024-03-08T16:40:43.964Z <Info> [0x10d6] SparkApp.cpp:412 SparkApp::onStartup:Webex app version 43.8.0.28012 starting on Windows 10 (64-bit)\n\
2024-03-08T16:40:44.058Z <Info> [0x10d6] AuthManager.cpp:233 AuthManager::onLoginComplete:Login complete\n\
continuation line\n\
2024-03-08T16:40:45.000Z <Error> [0x10d6] A.cpp:1 f:third\n";

fn records(s: &serde_json::Value) -> u64 {
    s["records"].as_u64().unwrap_or(0)
}

#[test]
fn zips_nested_three_levels_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let level3 = zip(&[("CiscoSpark/current_log.txt", LOG.as_bytes())]);
    let level2 = zip(&[("inner/level3.zip", &level3)]);
    let level1 = zip(&[
        ("logs/level2.zip", &level2),
        ("README.txt", b"from Partner Hub"),
    ]);
    let p = write(dir.path(), "bundle.zip", &level1);
    let (code, r) = analyze_json(&[&p], &[]);
    assert_eq!(code, 0);
    let log = source(
        &r,
        "bundle.zip/logs/level2.zip/inner/level3.zip/CiscoSpark/current_log.txt",
    );
    assert_eq!(log["kind"], "webex-app");
    assert_eq!(records(log), 3);

    let (_, limited) = analyze_json(&[&p], &["--max-depth", "2"]);
    let refused = source(&limited, "inner/level3.zip");
    assert!(
        problems(refused)[0].contains("nested more than 2 levels"),
        "{refused}"
    );
    assert!(
        source(&limited, "README.txt")["problems"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_folder_is_a_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("CiscoSpark");
    write(&root, "current_log.txt", LOG.as_bytes());
    write(&root, "bwc/current_log.txt", b"2024-03-08T16:40:38.126Z <Info> [0x94bd] BroadWorksManager.cpp:120 BroadWorksManager::init:BWC:SCF: Initializing\n");
    write(&root, "__MACOSX/._current_log.txt", b"\x00\x05\x16\x07junk");
    write(
        &root,
        "old/logs.zip",
        &zip(&[(
            "media/wme_1.log",
            b"2020-04-20T14:01:59.342Z <Info> [9968] WME:0 :[SQ] [SQ] INFO: SQAudioTX - vid=0\n",
        )]),
    );
    let (code, r) = analyze_json(&[&root], &[]);
    assert_eq!(code, 0);
    assert_eq!(
        source(&r, "CiscoSpark/current_log.txt")["kind"],
        "webex-app"
    );
    assert_eq!(source(&r, "CiscoSpark/bwc/current_log.txt")["kind"], "bwc");
    assert_eq!(
        source(&r, "CiscoSpark/old/logs.zip/media/wme_1.log")["kind"],
        "media"
    );
    assert_eq!(
        r["sources"].as_array().unwrap().len(),
        3,
        "AppleDouble must be skipped: {r:#}"
    );
}

#[test]
fn crlf_bom_and_utf16_read_the_same_records() {
    let dir = tempfile::tempdir().unwrap();
    let crlf = LOG.replace('\n', "\r\n");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(LOG.as_bytes());
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(crlf.encode_utf16().flat_map(u16::to_le_bytes));
    let bundle = zip(&[
        ("crlf/current_log.txt", crlf.as_bytes()),
        ("bom/current_log.txt", &bom),
        ("utf16/current_log.txt", &utf16),
    ]);
    let p = write(dir.path(), "enc.zip", &bundle);
    let (_, r) = analyze_json(&[&p], &[]);
    for (name, encoding) in [
        ("crlf/current_log.txt", "utf8"),
        ("bom/current_log.txt", "utf8-bom"),
        ("utf16/current_log.txt", "utf16-le"),
    ] {
        let s = source(&r, name);
        assert_eq!(s["encoding"], encoding, "{name}");
        assert_eq!(records(s), 3, "{name}");
        assert_eq!(s["lines"], 4, "{name}");
        assert_eq!(s["kind"], "webex-app", "{name}");
    }
}

#[test]
fn a_real_log_that_compresses_past_the_ratio_is_still_read() {
    // Like CPython's xxl.zip: 4.5 MiB of text that deflates past the
    // ratio of 200 (xxl.zip: 254 times, this text: about 400). It passes
    // its own ratio by drawing on the bundle's pool.
    let line = "16:40:43.964 tick\n";
    let text = line.repeat(4_500_000 / line.len() + 1);
    let bytes = zip(&[("CiscoSpark/current_log.txt", text.as_bytes())]);
    assert!(
        text.len() / bytes.len() > 200,
        "the test text compresses {} times",
        text.len() / bytes.len()
    );
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "xxl.zip", &bytes);
    let (code, r) = analyze_json(&[&p], &[]);
    assert_eq!(code, 0);
    let s = source(&r, "xxl.zip/CiscoSpark/current_log.txt");
    assert!(problems(s).is_empty(), "{s}");
    assert_eq!(s["size"].as_u64(), Some(text.len() as u64));
}

#[test]
fn a_zip_bomb_entry_is_refused_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let zeros = vec![b'0'; 64 << 20];
    let bundle = zip(&[
        ("bomb/current_log.txt", &zeros),
        ("CiscoSpark/current_log.txt", LOG.as_bytes()),
    ]);
    assert!(bundle.len() < 1 << 20, "the bomb should compress well");
    let p = write(dir.path(), "bomb.zip", &bundle);
    let (code, r) = analyze_json(&[&p], &[]);
    assert_eq!(code, 0);
    let bomb = source(&r, "bomb/current_log.txt");
    assert!(problems(bomb)[0].contains("zip bomb"), "{bomb}");
    assert_eq!(bomb["kind"], "unread");
    assert_eq!(records(source(&r, "CiscoSpark/current_log.txt")), 3);
    // A higher limit lets the same entry through.
    let (_, allowed) = analyze_json(&[&p], &["--max-ratio", "5000"]);
    assert!(problems(source(&allowed, "bomb/current_log.txt")).is_empty());
}

#[test]
fn the_total_limit_stops_reading_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let big = "2024-03-08T16:40:43.964Z <Info> [0x1] A.cpp:1 f:x\n".repeat(40_000);
    let p = write(
        dir.path(),
        "big.zip",
        &zip(&[("current_log.txt", big.as_bytes())]),
    );
    let (code, r) = analyze_json(&[&p], &["--max-total-bytes", "1MiB"]);
    assert_eq!(code, 2, "nothing was readable within the limit");
    assert!(problems(source(&r, "current_log.txt"))[0].contains("--max-total-bytes"));
}

#[test]
fn a_truncated_zip_yields_the_entries_before_the_cut() {
    let dir = tempfile::tempdir().unwrap();
    let whole = zip(&[
        ("a/current_log.txt", LOG.as_bytes()),
        ("b/current_log.txt", LOG.as_bytes()),
        ("c/current_log.txt", LOG.repeat(50).as_bytes()),
    ]);
    // Cut inside the third entry: its data and the directory are lost.
    let cut = write(dir.path(), "cut.zip", &whole[..whole.len() * 2 / 3]);
    let good = write(dir.path(), "current_log.txt", LOG.as_bytes());
    let (code, r) = analyze_json(&[&cut, &good], &[]);
    assert_eq!(code, 0);
    for entry in ["cut.zip/a/current_log.txt", "cut.zip/b/current_log.txt"] {
        assert_eq!(records(source(&r, entry)), 3, "{r:#}");
    }
    let said = problems(source(&r, "cut.zip")).join(" | ");
    assert!(
        said.contains("entries were read from their own headers"),
        "{said}"
    );
    assert_eq!(records(source(&r, "current_log.txt")), 3);
}

#[test]
fn entries_of_one_name_are_both_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = zip(&[
        ("CiscoSpark/current_log.txt", LOG.as_bytes()),
        (
            "CiscoSpark/current_log.tx2",
            LOG.replace("hello", "other").as_bytes(),
        ),
    ]);
    // The same name in both local and central headers.
    let from = b"CiscoSpark/current_log.tx2";
    while let Some(at) = bytes.windows(from.len()).position(|w| w == from) {
        bytes[at + from.len() - 1] = b't';
    }
    let p = write(dir.path(), "dup.zip", &bytes);
    let (_, r) = analyze_json(&[&p], &[]);
    let first = source(&r, "dup.zip/CiscoSpark/current_log.txt");
    let second = source(&r, "dup.zip/CiscoSpark/current_log.txt (copy 2)");
    assert_eq!((records(first), records(second)), (3, 3), "{r:#}");
}

#[test]
fn an_entry_whose_size_lies_refuses_only_itself() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = ::zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = ::zip::write::SimpleFileOptions::default()
        .compression_method(::zip::CompressionMethod::Stored);
    for name in [
        "a/current_log.txt",
        "b/current_log.txt",
        "c/current_log.txt",
    ] {
        bytes.start_file(name, stored).unwrap();
        std::io::Write::write_all(&mut bytes, LOG.as_bytes()).unwrap();
    }
    let mut bytes = bytes.finish().unwrap().into_inner();
    // The first entry's compressed size in the directory, doubled: its
    // data now runs over the second entry's header.
    let central = bytes.windows(4).position(|w| w == b"PK\x01\x02").unwrap();
    let at = central + 20;
    let size = u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
    bytes[at..at + 4].copy_from_slice(&(size * 2).to_le_bytes());
    let p = write(dir.path(), "lying.zip", &bytes);
    let (_, r) = analyze_json(&[&p], &[]);
    assert!(
        problems(source(&r, "lying.zip/a/current_log.txt"))[0].contains("runs into the next entry"),
        "{r:#}"
    );
    for entry in ["lying.zip/b/current_log.txt", "lying.zip/c/current_log.txt"] {
        assert_eq!(records(source(&r, entry)), 3, "{r:#}");
    }
}

#[test]
fn an_empty_zip_and_an_unsupported_method_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.zip", &zip(&[]));
    let (_, r) = analyze_json(&[&empty], &[]);
    assert!(
        problems(source(&r, "empty.zip"))[0].contains("empty: the zip holds no files"),
        "{r:#}"
    );
    // Method 93 is zstd, which this build does not read.
    let mut bytes = zip_with(
        &[("CiscoSpark/current_log.txt", LOG.as_bytes())],
        ::zip::CompressionMethod::Stored,
    );
    for sig in [&b"PK\x03\x04"[..], b"PK\x01\x02"] {
        let at = bytes.windows(4).position(|w| w == sig).unwrap();
        let method = at + if sig[2] == 3 { 8 } else { 10 };
        bytes[method..method + 2].copy_from_slice(&93u16.to_le_bytes());
    }
    let p = write(dir.path(), "zstd.zip", &bytes);
    let (_, r) = analyze_json(&[&p], &[]);
    let said = problems(source(&r, "zstd.zip/CiscoSpark/current_log.txt")).join(" | ");
    assert!(
        said.contains("compression method not supported: zstd"),
        "{said}"
    );
}

/// Flips a byte inside the stored data of the entry holding `marker`.
fn corrupt_stored(bytes: &mut [u8], marker: &[u8]) {
    let at = bytes
        .windows(marker.len())
        .position(|w| w == marker)
        .expect("marker in zip");
    bytes[at] ^= 0x20;
}

#[test]
fn a_crc_broken_entry_is_a_problem_of_that_entry() {
    let dir = tempfile::tempdir().unwrap();
    let mut bundle = wxbw_doctor::testutil::zip_with(
        &[
            (
                "broken/current_log.txt",
                b"2024-03-08T16:40:43.964Z <Info> [0x1] A.cpp:1 f:MARKER\n",
            ),
            ("CiscoSpark/current_log.txt", LOG.as_bytes()),
        ],
        zip::CompressionMethod::Stored,
    );
    corrupt_stored(&mut bundle, b"MARKER");
    let p = write(dir.path(), "crc.zip", &bundle);
    let (code, r) = analyze_json(&[&p], &[]);
    assert_eq!(code, 0);
    assert!(
        problems(source(&r, "broken/current_log.txt"))[0].contains("corrupt"),
        "{r:#}"
    );
    assert_eq!(records(source(&r, "CiscoSpark/current_log.txt")), 3);
}

/// Sets the "encrypted" flag of every entry, in local and central headers.
fn mark_encrypted(bytes: &mut [u8]) {
    for i in 0..bytes.len().saturating_sub(10) {
        if bytes[i..].starts_with(b"PK\x03\x04") {
            bytes[i + 6] |= 1;
        } else if bytes[i..].starts_with(b"PK\x01\x02") {
            bytes[i + 8] |= 1;
        }
    }
}

#[test]
fn an_encrypted_entry_is_reported_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let mut inner = zip(&[("secret/current_log.txt", LOG.as_bytes())]);
    mark_encrypted(&mut inner);
    let outer = zip(&[
        ("locked.zip", &inner),
        ("CiscoSpark/current_log.txt", LOG.as_bytes()),
    ]);
    let p = write(dir.path(), "enc.zip", &outer);
    let (code, r) = analyze_json(&[&p], &[]);
    assert_eq!(code, 0);
    assert!(
        problems(source(&r, "locked.zip/secret/current_log.txt"))[0].contains("encrypted"),
        "{r:#}"
    );
    assert_eq!(records(source(&r, "CiscoSpark/current_log.txt")), 3);
}

#[test]
fn binary_huge_line_and_empty_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut huge = b"2024-03-08T16:40:43.964Z <Info> [0x1] A.cpp:1 f:".to_vec();
    huge.extend(std::iter::repeat_n(b'x', 10 << 20));
    let mut noise = wxbw_doctor::testutil::Rng::new(7);
    let binary: Vec<u8> = (0..100_000).map(|_| noise.next_u64() as u8).collect();
    // The long line goes in as a plain file: one byte repeated compresses
    // past the zip-bomb ratio, as it should.
    let long = write(dir.path(), "huge/current_log.txt", &huge);
    let bundle = zip(&[
        ("core.dmp", &binary),
        ("bwc/current_log.txt", b""),
        ("CiscoSpark/ced.dat", b"\x01\x02opaque"),
    ]);
    let p = write(dir.path(), "odd.zip", &bundle);
    let (code, r) = analyze_json(&[&p, &long], &[]);
    assert_eq!(code, 0);
    let h = source(&r, "current_log.txt");
    assert_eq!((records(h), h["lines"].as_u64()), (1, Some(1)));
    assert_eq!(source(&r, "core.dmp")["kind"], "binary");
    let empty = source(&r, "bwc/current_log.txt");
    assert_eq!((records(empty), empty["lines"].as_u64()), (0, Some(0)));
    assert!(problems(empty).is_empty());
    assert_eq!(source(&r, "ced.dat")["kind"], "ced");
}

#[test]
fn cp437_names_zip64_and_deflate64() {
    let dir = tempfile::tempdir().unwrap();
    // An ASCII name, then one byte patched to CP437 0x81 ('ü'): the UTF-8
    // flag stays unset, as in zips made by old Windows tools.
    let mut cp437 = zip(&[("Zurich/current_log.txt", LOG.as_bytes())]);
    for i in 0..cp437.len() - 6 {
        if &cp437[i..i + 6] == b"Zurich" {
            cp437[i + 1] = 0x81;
        }
    }
    let p = write(dir.path(), "names.zip", &cp437);
    let (_, r) = analyze_json(&[&p], &[]);
    assert_eq!(
        records(source(&r, "names.zip/Z\u{fc}rich/current_log.txt")),
        3
    );

    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file(
        "current_log.txt",
        zip::write::SimpleFileOptions::default().large_file(true),
    )
    .unwrap();
    std::io::Write::write_all(&mut w, LOG.as_bytes()).unwrap();
    let z64 = w.finish().unwrap().into_inner();
    let p = write(dir.path(), "z64.zip", &z64);
    let (_, r) = analyze_json(&[&p], &[]);
    assert_eq!(records(source(&r, "z64.zip/current_log.txt")), 3);

    let (_, r) = analyze_json(&[&data("fixtures/deflate64.zip")], &[]);
    let s = source(&r, "deflate64.zip/CiscoSpark/current_log.txt");
    assert!(problems(s).is_empty(), "{s}");
    assert_eq!(s["size"], 20000);
    assert_eq!(s["kind"], "webex-app");
}

#[test]
fn names_that_climb_out_are_only_listed() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = zip(&[
        ("../../escape/current_log.txt", LOG.as_bytes()),
        ("/abs/current_log.txt", LOG.as_bytes()),
    ]);
    let p = write(dir.path(), "climb.zip", &bundle);
    let (code, r) = analyze_json(&[&p], &[]);
    assert_eq!(code, 0);
    assert_eq!(
        records(source(&r, "climb.zip/../../escape/current_log.txt")),
        3
    );
    assert_eq!(records(source(&r, "climb.zip/abs/current_log.txt")), 3);
    assert!(!dir.path().join("escape").exists() && !Path::new("/abs").exists());
}

/// The entries of a sample zip, as (name, bytes).
fn sample_entries(name: &str) -> Vec<(String, Vec<u8>)> {
    let raw = std::fs::read(data(name)).unwrap();
    let mut archive = ::zip::ZipArchive::new(std::io::Cursor::new(raw)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut bytes).unwrap();
            (f.name().unwrap().into_owned(), bytes)
        })
        .collect()
}

fn tar_of(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, bytes) in entries {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(1_710_000_000);
        header.set_cksum();
        builder
            .append_data(&mut header, name, bytes.as_slice())
            .unwrap();
    }
    builder.into_inner().unwrap()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut enc, bytes).unwrap();
    enc.finish().unwrap()
}

/// What a report concludes, without where it read it from.
fn conclusions(r: &serde_json::Value) -> (serde_json::Value, Vec<String>, serde_json::Value) {
    let ids = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect();
    (r["verdict"].clone(), ids, r["facts"].clone())
}

#[test]
fn a_tar_and_a_tar_gz_of_a_sample_give_the_findings_of_its_zip() {
    let dir = tempfile::tempdir().unwrap();
    for sample in ["client-token-fail.zip", "client-sip-auth-loop.zip"] {
        let (_, from_zip) = analyze_json(&[&data(sample)], &[]);
        let tar = tar_of(&sample_entries(sample));
        let stem = sample.trim_end_matches(".zip");
        for (name, bytes) in [
            (format!("{stem}.tar"), tar.clone()),
            (format!("{stem}.tar.gz"), gzip(&tar)),
        ] {
            let p = write(dir.path(), &name, &bytes);
            let (code, from_tar) = analyze_json(&[&p], &[]);
            assert_eq!(code, 0, "{name}");
            assert_eq!(conclusions(&from_tar), conclusions(&from_zip), "{name}");
            assert!(
                from_tar["findings"][0]["evidence"][0]["path"]
                    .as_str()
                    .unwrap()
                    .starts_with(&name),
                "{from_tar:#}"
            );
        }
    }
}

#[test]
fn an_encrypted_only_zip_gets_a_verdict_that_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = zip(&[
        ("CiscoSpark/current_log.txt", LOG.as_bytes()),
        ("CiscoSpark/bwc/current_log.txt", LOG.as_bytes()),
    ]);
    mark_encrypted(&mut bytes);
    let p = write(dir.path(), "locked.zip", &bytes);
    let (code, r) = analyze_json(&[&p], &[]);
    assert_eq!(code, 2, "nothing read is an exit code of its own");
    assert_eq!(r["verdict"]["severity"], "warning", "{r:#}");
    let summary = r["verdict"]["summary"].as_str().unwrap();
    assert!(
        summary.contains("could be read") && summary.contains("encrypted"),
        "{summary}"
    );
}

#[test]
fn other_archives_are_named_and_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (name, magic, format) in [
        ("logs.7z", &b"7z\xbc\xaf\x27\x1c\x00\x04"[..], "7z"),
        ("logs.rar", b"Rar!\x1a\x07\x01\x00", "RAR"),
        ("logs.tar.xz", b"\xfd7zXZ\x00\x00\x04", "xz"),
    ] {
        let mut bytes = magic.to_vec();
        bytes.extend_from_slice(&[0x5a; 64]);
        let p = write(dir.path(), name, &bytes);
        let (_, r) = analyze_json(&[&p], &[]);
        let problem = &problems(source(&r, name))[0];
        assert!(
            problem.contains(&format!("{format} archives are not supported"))
                && problem.contains("unpack it and open the folder"),
            "{problem}"
        );
        assert_eq!(r["verdict"]["severity"], "warning", "{r:#}");
    }
}

#[test]
fn an_empty_zip_or_folder_is_not_all_good() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "empty.zip", &zip(&[]));
    let folder = dir.path().join("nothing-here");
    std::fs::create_dir_all(&folder).unwrap();
    for p in [empty, folder] {
        let (_, r) = analyze_json(&[&p], &[]);
        assert_eq!(r["verdict"]["severity"], "warning", "{r:#}");
        assert!(
            r["verdict"]["summary"]
                .as_str()
                .unwrap()
                .contains("nothing could be checked"),
            "{r:#}"
        );
    }
}

#[test]
fn a_displaced_registration_is_not_registered() {
    let (_, r) = analyze_json(&[&data("client-displaced.zip")], &[]);
    assert_eq!(r["verdict"]["finding"], "registration-displaced", "{r:#}");
    let summary = r["verdict"]["summary"].as_str().unwrap();
    assert!(!summary.contains("Registered to BroadWorks"), "{summary}");
    assert!(
        summary.contains("taken over by another client"),
        "{summary}"
    );
}

#[test]
fn a_code_verdict_gives_the_code_its_meaning_and_action() {
    let (_, r) = analyze_json(&[&data("client-activation-error.zip")], &[]);
    let summary = r["verdict"]["summary"].as_str().unwrap();
    for part in ["200018", "locked out", "waits 10 minutes"] {
        assert!(summary.contains(part), "{summary}");
    }
    assert!(!summary.contains("wxbw-doctor code"), "{summary}");
}

#[test]
fn logs_of_two_users_days_apart_are_flagged() {
    let healthy = data("client-healthy.zip");
    let other = data("client-sip-auth-loop.zip");
    let (_, r) = analyze_json(&[&healthy, &other], &[]);
    let mixed = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "bundle-mixed")
        .unwrap_or_else(|| panic!("{r:#}"));
    assert_eq!(mixed["severity"], "warning");
    let detail = mixed["detail"].as_str().unwrap();
    for part in [
        "femke.popescu@contoso.example",
        "jan.devries@contoso.example",
        "client-healthy.zip: 2024-03-08",
        "client-sip-auth-loop.zip: 2024-03-11",
    ] {
        assert!(detail.contains(part), "{detail}");
    }
    // One bundle of one user on one day tells one story.
    for alone in [&healthy, &other] {
        let (_, r) = analyze_json(&[alone], &[]);
        assert!(!r["findings"].to_string().contains("bundle-mixed"), "{r:#}");
    }
}
