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
