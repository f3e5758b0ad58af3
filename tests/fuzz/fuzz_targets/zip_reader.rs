//! The zip reader on arbitrary bytes, nested zips included: every entry is
//! then parsed, as the app would.
#![no_main]

use std::sync::Mutex;

use libfuzzer_sys::fuzz_target;
use wxbw_doctor::record::LogFile;
use wxbw_doctor::source::{Event, Limits, ReadOptions, read_bytes};

fuzz_target!(|data: &[u8]| {
    // Small limits keep one input from taking the fuzzer's memory; the
    // limits themselves are part of what is tested.
    let opts = ReadOptions {
        limits: Limits {
            max_total_bytes: 64 << 20,
            max_ratio: 200,
            max_depth: 3,
        },
        ..Default::default()
    };
    let files = Mutex::new(Vec::new());
    read_bytes("fuzz.zip", data.to_vec(), &opts, &|e| {
        if let Event::File { path, bytes, .. } = e {
            files
                .lock()
                .expect("no panic holds this lock")
                .push(LogFile::parse(path, bytes));
        }
    });
    for f in files.into_inner().expect("no panic holds this lock") {
        assert!(f.records.len() <= f.text.len() + 1);
    }
});
