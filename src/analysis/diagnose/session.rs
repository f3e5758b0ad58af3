//! Session facts as last written: what the app was told about the user and
//! its settings, read by the rules, the timeline and the facts alike.

use crate::analysis::extract::{Event, EventKind};

/// The latest entitlement list, with its event.
pub fn entitlements(events: &[Event]) -> Option<(usize, &[String])> {
    events
        .iter()
        .enumerate()
        .rev()
        .find_map(|(i, e)| match &e.kind {
            EventKind::Entitlements(list) => Some((i, list.as_slice())),
            _ => None,
        })
}

/// The SIP proxy the settings or the downloaded configuration name.
pub fn configured_sbc(events: &[Event]) -> Option<String> {
    events.iter().rev().find_map(|e| match &e.kind {
        EventKind::SipSettings { proxy: Some(p), .. } => Some(p.to_string()),
        EventKind::Config(c) => c.proxy.clone(),
        _ => None,
    })
}
