//! The decoder, the record splitter and every header grammar: the first
//! byte picks the file name, which picks the kind the name implies.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wxbw_doctor::record::LogFile;

const NAMES: [&str; 8] = [
    "CiscoSpark/current_log.txt",
    "bwc/bwc.log",
    "media/wme_media.log",
    "PSLog.txt",
    "XsiActionsLog.txt",
    "authenticationService.log",
    "access_log.2024_03_08.txt",
    "notes.txt",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let name = NAMES[pick as usize % NAMES.len()];
    let file = LogFile::parse(name.to_owned(), rest.to_vec());
    let mut last_line = 0;
    for (i, r) in file.records.iter().enumerate() {
        // Records are in file order and their accessors stay in bounds.
        assert!(file.line_of(i) >= last_line);
        last_line = file.line_of(i);
        let _ = (r.time(), r.level(), r.zone());
        let text = file.text_of(i);
        assert!(file.body_of(i).len() <= text.len());
        assert!(file.first_line_of(i).len() <= text.len());
        assert!(file.line_span(i) >= 1);
    }
});
