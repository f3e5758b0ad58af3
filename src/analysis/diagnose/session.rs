//! Session facts as last written: what the app was told about the user and
//! its settings, read by the rules, the timeline and the facts alike.

use std::ops::Range;

use crate::analysis::extract::{Event, EventKind};

/// Indices of the events in `range` whose kind `pred` accepts.
pub fn find(
    events: &[Event],
    range: Range<usize>,
    pred: impl Fn(&EventKind) -> bool,
) -> Vec<usize> {
    range.filter(|&i| pred(&events[i].kind)).collect()
}

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
    SbcSources::of(events).before(events, events.len())
}

/// Where the events name the SBC: the configurations and the settings that
/// name a proxy, in event order; found once, asked per attempt.
pub struct SbcSources {
    configs: Vec<usize>,
    settings: Vec<usize>,
}

impl SbcSources {
    pub fn of(events: &[Event]) -> SbcSources {
        let all = 0..events.len();
        SbcSources {
            configs: find(
                events,
                all.clone(),
                |k| matches!(k, EventKind::Config(c) if c.proxy.is_some()),
            ),
            settings: find(events, all, |k| {
                matches!(k, EventKind::SipSettings { proxy: Some(_), .. })
            }),
        }
    }

    /// The configured SBC as the events before `end` name it.
    pub fn before(&self, events: &[Event], end: usize) -> Option<String> {
        let latest = |list: &[usize]| {
            let n = list.partition_point(|&i| i < end);
            n.checked_sub(1).map(|k| &events[list[k]].kind)
        };
        match latest(&self.configs) {
            Some(EventKind::Config(c)) => c.proxy.clone(),
            _ => match latest(&self.settings) {
                Some(EventKind::SipSettings { proxy: Some(p), .. }) => Some(p.to_string()),
                _ => None,
            },
        }
    }
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
