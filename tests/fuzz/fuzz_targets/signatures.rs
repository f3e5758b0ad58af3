//! The signature engine and the rules on arbitrary text, as a client log
//! and as a server log.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use wxbw_doctor::analysis::catalogue::Catalogue;
use wxbw_doctor::analysis::{Severity, analyze_with};
use wxbw_doctor::record::{Bundle, LogFile};

// Built once: compiling the signatures is the app's cost per bundle, not
// per input.
static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(Catalogue::builtin);

fuzz_target!(|data: &[u8]| {
    let catalogue = &*CATALOGUE;
    let text = String::from_utf8_lossy(data);
    for (id, _) in catalogue.signatures_matching(&text) {
        assert!(catalogue.get(id).is_some());
    }
    let bundle = Bundle::from_files(vec![
        LogFile::parse("CiscoSpark/current_log.txt".into(), data.to_vec()),
        LogFile::parse("PSLog.txt".into(), data.to_vec()),
    ]);
    let analysis = analyze_with(&bundle, catalogue);
    for f in &analysis.findings {
        assert!(!f.evidence.is_empty(), "{} has no evidence", f.id);
    }
    if analysis.verdict.severity == Some(Severity::Error) {
        assert!(analysis.verdict.finding.is_some());
    }
});
