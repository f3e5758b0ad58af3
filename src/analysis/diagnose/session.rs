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

/// The SIP proxy the downloaded configuration names, else the one the
/// settings name: the configuration is what the app was told, a settings
/// line may already show the address a name resolved to.
pub fn configured_sbc(events: &[Event]) -> Option<String> {
    let latest = |pick: &dyn Fn(&EventKind) -> Option<String>| {
        events.iter().rev().find_map(|e| pick(&e.kind))
    };
    latest(&|k| match k {
        EventKind::Config(c) => c.proxy.clone(),
        _ => None,
    })
    .or_else(|| {
        latest(&|k| match k {
            EventKind::SipSettings { proxy: Some(p), .. } => Some(p.to_string()),
            _ => None,
        })
    })
}

/// The platform the app named last, in a dated line if any.
pub fn platform(events: &[Event]) -> Option<&str> {
    fn named(e: &Event) -> Option<&str> {
        match &e.kind {
            EventKind::AppStart {
                platform: Some(p), ..
            } => Some(p),
            _ => None,
        }
    }
    events
        .iter()
        .rev()
        .filter(|e| e.millis.is_some())
        .find_map(named)
        .or_else(|| events.iter().rev().find_map(named))
}
