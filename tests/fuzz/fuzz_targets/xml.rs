//! The XML snippets: AccessDevices, the device configuration, reginfo and
//! the subscriber profile.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wxbw_doctor::analysis::extract::xml;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = xml::device_types(&text);
    let _ = xml::config_summary(&text);
    let _ = xml::reginfo_contacts(&text);
    let _ = xml::subscriber_profile(&text);
    let _ = xml::access_device_table(&text);
});
