//! The SIP extractor: a message as raw lines, as one line with escaped
//! `\r\n`, and inside a Webex app log record, which is how the scanner
//! meets it.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use wxbw_doctor::analysis::analyze_with;
use wxbw_doctor::analysis::catalogue::Catalogue;
use wxbw_doctor::analysis::extract::sip::{self, Direction};
use wxbw_doctor::record::{Bundle, LogFile};

// Built once: compiling the signatures is the app's cost per bundle, not
// per input.
static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(Catalogue::builtin);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some((at, len)) = sip::find_start_line(&text) {
        assert!(text.is_char_boundary(at) && text.is_char_boundary(at + len));
        let direction = sip::direction_of(&text[..at]);
        let peer = sip::peer_of(&text[..at]);
        if let Some(m) = sip::parse_text(&text[at..], direction, peer) {
            let _ = (
                m.call_id(),
                m.cseq(),
                m.method(),
                m.status(),
                m.expires(),
                m.label(),
            );
            for c in m.contacts() {
                if let Some(uri) = sip::contact_uri(&c) {
                    let _ = sip::uri_user(&uri);
                }
            }
        }
    }
    let _ = sip::parse_lines(text.lines(), Direction::Unknown, None);
    // The same bytes as the body of an app log record.
    let mut log = b"2024-03-08T16:40:44.063Z <Info> [0x10d6] SipStack.cpp:140 onMessage:SIP: sending to 203.0.113.9:5061\n".to_vec();
    log.extend_from_slice(data);
    let bundle = Bundle::from_files(vec![LogFile::parse("current_log.txt".into(), log)]);
    let analysis = analyze_with(&bundle, &CATALOGUE);
    for f in &analysis.findings {
        assert!(!f.evidence.is_empty(), "{} has no evidence", f.id);
    }
});
