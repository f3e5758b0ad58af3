//! Mutated, truncated and junk input through the whole pipeline: reading,
//! splitting and analysis must never panic, whatever the bytes.

use wxbw_doctor::analysis::{analyze_with, catalogue::Catalogue};
use wxbw_doctor::record::{Bundle, LogFile};
use wxbw_doctor::testutil::{ClientLog, Rng};

fn analyze_bytes(files: Vec<(&str, Vec<u8>)>) {
    let files = files
        .into_iter()
        .map(|(p, b)| LogFile::parse(p.into(), b))
        .collect();
    let bundle = Bundle::from_files(files);
    let analysis = analyze_with(&bundle, &Catalogue::builtin());
    for f in &analysis.findings {
        assert!(!f.evidence.is_empty(), "{} without evidence", f.id);
    }
}

fn sample_text() -> Vec<u8> {
    let mut text = String::new();
    ClientLog::new(7).write(&mut text, 300_000);
    text.into_bytes()
}

#[test]
fn mutated_client_logs_never_panic() {
    let base = sample_text();
    let mut rng = Rng::new(99);
    for round in 0..60 {
        let mut bytes = base.clone();
        for _ in 0..(1 + rng.below(200)) {
            let at = rng.below(bytes.len() as u64) as usize;
            match rng.below(6) {
                0 => bytes[at] = rng.next_u64() as u8,
                1 => bytes[at] = b'\n',
                2 => bytes.insert(at, 0xE2),
                3 => bytes.truncate(at.max(1)),
                4 => {
                    let junk: Vec<u8> = "\\r\\nSIP/2.0 200 OK\\r\\nCSeq: 9 REGISTER\\r\\n<reginfo><contact state=\"terminated\" event=\"deactivated\">".bytes().collect();
                    bytes.splice(at..at, junk);
                }
                _ => {
                    let dup = bytes[at..bytes.len().min(at + 400)].to_vec();
                    bytes.splice(at..at, dup);
                }
            }
        }
        let path = if round % 2 == 0 {
            "CiscoSpark/current_log.txt"
        } else {
            "bwc/current_log.txt"
        };
        analyze_bytes(vec![(path, bytes)]);
    }
}

#[test]
fn every_cut_of_a_sign_in_never_panics() {
    let base = sample_text();
    // Cut the log at many points around a SIP exchange.
    let at = base.windows(8).position(|w| w == b"REGISTER").unwrap_or(0);
    for cut in (at.saturating_sub(300)..(at + 1500).min(base.len())).step_by(7) {
        analyze_bytes(vec![("current_log.txt", base[..cut].to_vec())]);
    }
}

#[test]
fn random_bytes_as_every_kind_never_panic() {
    let mut rng = Rng::new(5);
    for _ in 0..20 {
        let len = rng.below(20_000) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| match rng.below(4) {
                0 => b'\n',
                1 => b'|',
                _ => rng.next_u64() as u8,
            })
            .collect();
        let mut stamped = b"2024.05.16 09:06:02:651 CET | Info | Xsi | x |\n".to_vec();
        stamped.extend_from_slice(&bytes);
        analyze_bytes(vec![
            ("xsp/XsiActionsLog.txt", stamped.clone()),
            ("PSLog", stamped.clone()),
            ("xsp/authenticationService.log", stamped),
            ("access_log", bytes.clone()),
            ("current_log.txt", bytes),
        ]);
    }
}

const P: &str = "2024-03-08T16:40:40.867Z <Info> [0x1] A.cpp:1 f:";

#[test]
fn a_value_cut_at_its_limit_inside_a_character_never_panics() {
    // A quoted value longer than the reader reads, cut where a two-byte
    // character starts.
    let long = format!("\"{}é\"", "a".repeat(4096));
    analyze_bytes(vec![
        (
            "CiscoSpark/current_log.txt",
            format!("{P}entitlements={long}\n{P}email={long} spark webex-squared\n").into_bytes(),
        ),
        (
            "DeviceInfo.txt",
            format!("entitlements={long}\n").into_bytes(),
        ),
    ]);
}

#[test]
fn a_run_of_joined_records_longer_than_a_group_loses_nothing() {
    // Records with the same prefix join; past a group's limit the run is
    // read as groups one after the other, so a code deep in it is found.
    let mut text = String::new();
    for i in 0..6000 {
        if i == 5000 {
            text.push_str(&format!(
                "{P}BWC: failed to register client. errorCode=1408\n"
            ));
        } else {
            text.push_str(&format!("{P}some error line {i}\n"));
        }
    }
    let file = LogFile::parse("CiscoSpark/current_log.txt".into(), text.into_bytes());
    let bundle = Bundle::from_files(vec![file]);
    let events = wxbw_doctor::analysis::extract::collect(&bundle, Catalogue::builtin().patterns());
    assert!(
        events
            .iter()
            .any(|e| e.kind == wxbw_doctor::analysis::extract::EventKind::BwcErrorCode(1408))
    );
}

#[test]
fn thousands_of_distinct_notes_are_counted_not_listed() {
    let text: String = (0..2000)
        .map(|i| format!("192.0.2.1 - - [16/May/2024:09:06:02 +0100] \"GET /com.broadsoft.xsi-actions/v2.0/user/u{i}/profile HTTP/1.1\" 403 12\n"))
        .collect();
    let file = LogFile::parse("xsp/access_log.2024-05-16.txt".into(), text.into_bytes());
    let analysis = analyze_with(&Bundle::from_files(vec![file]), &Catalogue::builtin());
    let f = analysis.findings.first().expect("a finding");
    assert!(f.notes.len() <= 13, "{} notes", f.notes.len());
    let last = f
        .notes
        .last()
        .expect("notes")
        .render(wxbw_doctor::i18n::Lang::En);
    assert!(last.contains("more"), "{last}");
}
