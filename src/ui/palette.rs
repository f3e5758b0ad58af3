//! Every colour the app puts text on, or paints text in, for both themes,
//! chosen so that text reaches WCAG AA contrast (4.5:1) against what it
//! stands on. A test computes the contrast of every pair listed in
//! [`pairs`]; a colour used for text anywhere in the app comes from here.

use egui::Color32;

use serde::{Deserialize, Serialize};

use crate::analysis::{Severity, Status};
use crate::record::Level;

/// The background of a verdict banner and the text on it.
pub fn banner(s: Option<Severity>, dark: bool) -> (Color32, Color32) {
    let fill = match (s, dark) {
        (Some(Severity::Error), true) => Color32::from_rgb(120, 30, 30),
        (Some(Severity::Error), false) => Color32::from_rgb(250, 215, 210),
        (Some(Severity::Warning), true) => Color32::from_rgb(110, 80, 10),
        (Some(Severity::Warning), false) => Color32::from_rgb(252, 236, 190),
        (Some(Severity::Info), true) => Color32::from_rgb(25, 60, 110),
        (Some(Severity::Info), false) => Color32::from_rgb(215, 230, 250),
        (None, true) => Color32::from_rgb(20, 90, 50),
        (None, false) => Color32::from_rgb(205, 240, 215),
    };
    (fill, strong_text(dark))
}

/// Text that must stand out on a coloured fill.
pub fn strong_text(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(245)
    } else {
        Color32::from_gray(20)
    }
}

/// The colour of a step's status word and card border, and of failures
/// drawn anywhere (ladder arrows, error lines of the log).
pub fn status(s: Status, dark: bool) -> Color32 {
    match (s, dark) {
        (Status::Ok, false) => Color32::from_rgb(20, 120, 50),
        (Status::Ok, true) => Color32::from_rgb(90, 200, 120),
        (Status::Failed, false) => Color32::from_rgb(180, 30, 30),
        (Status::Failed, true) => Color32::from_rgb(255, 110, 100),
        // Happened, by what came after it, but no line of its own was read.
        (Status::Inferred, false) => Color32::from_rgb(60, 110, 80),
        (Status::Inferred, true) => Color32::from_rgb(140, 190, 160),
        (Status::NotSeen, false) => Color32::from_gray(100),
        (Status::NotSeen, true) => Color32::from_gray(160),
    }
}

/// A failure in text: an error line of the log, a failed ladder arrow.
pub fn failure(dark: bool) -> Color32 {
    status(Status::Failed, dark)
}

/// The severity word of a finding.
pub fn severity(s: Severity, dark: bool) -> Color32 {
    match (s, dark) {
        (Severity::Error, _) => failure(dark),
        (Severity::Warning, false) => Color32::from_rgb(140, 85, 0),
        (Severity::Warning, true) => Color32::from_rgb(240, 180, 60),
        (Severity::Info, false) => Color32::from_rgb(30, 80, 160),
        (Severity::Info, true) => Color32::from_rgb(120, 170, 255),
    }
}

/// A log row's text by its level, where the level has a colour of its own.
pub fn level(l: Level, dark: bool) -> Option<Color32> {
    match l {
        Level::Error => Some(failure(dark)),
        Level::Warning => Some(severity(Severity::Warning, dark)),
        Level::Debug => Some(status(Status::NotSeen, dark)),
        Level::Info | Level::Unknown => None,
    }
}

/// The colours a user's own log rule can give a row: a few named ones,
/// each readable in both themes, rather than any colour a picker allows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum RuleColour {
    #[default]
    Blue,
    Green,
    Orange,
    Purple,
    Red,
    Grey,
}

impl RuleColour {
    pub const ALL: [RuleColour; 6] = [
        RuleColour::Blue,
        RuleColour::Green,
        RuleColour::Orange,
        RuleColour::Purple,
        RuleColour::Red,
        RuleColour::Grey,
    ];

    /// Its name's message id.
    pub fn key(self) -> &'static str {
        match self {
            RuleColour::Blue => "colour-blue",
            RuleColour::Green => "colour-green",
            RuleColour::Orange => "colour-orange",
            RuleColour::Purple => "colour-purple",
            RuleColour::Red => "colour-red",
            RuleColour::Grey => "colour-grey",
        }
    }
}

/// The text colour of a row a user's rule matches.
pub fn rule(c: RuleColour, dark: bool) -> Color32 {
    match (c, dark) {
        (RuleColour::Blue, false) => Color32::from_rgb(20, 80, 190),
        (RuleColour::Blue, true) => Color32::from_rgb(120, 175, 255),
        (RuleColour::Green, false) => Color32::from_rgb(15, 115, 45),
        (RuleColour::Green, true) => Color32::from_rgb(100, 210, 130),
        (RuleColour::Orange, false) => Color32::from_rgb(165, 75, 0),
        (RuleColour::Orange, true) => Color32::from_rgb(255, 160, 70),
        (RuleColour::Purple, false) => Color32::from_rgb(120, 40, 160),
        (RuleColour::Purple, true) => Color32::from_rgb(205, 150, 255),
        (RuleColour::Red, _) => failure(dark),
        (RuleColour::Grey, _) => status(Status::NotSeen, dark),
    }
}

/// The log line an evidence link jumped to: its background and its text
/// (whatever the line's level, so that it stays readable on the marker).
pub fn highlight(dark: bool) -> (Color32, Color32) {
    let bg = if dark {
        Color32::from_rgb(95, 75, 0)
    } else {
        Color32::from_rgb(255, 225, 120)
    };
    (bg, strong_text(dark))
}

/// A search match inside a log row: its background and its text.
pub fn search_match(dark: bool) -> (Color32, Color32) {
    let bg = if dark {
        Color32::from_rgb(30, 90, 140)
    } else {
        Color32::from_rgb(150, 210, 255)
    };
    (bg, strong_text(dark))
}

/// The visuals of a theme, as the app sets them: egui's, with a link
/// colour that evidence lines (links, every one of them) can be read in.
pub fn visuals(dark: bool) -> egui::Visuals {
    let mut v = if dark {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    if !dark {
        v.hyperlink_color = Color32::from_rgb(0, 90, 180);
    }
    v
}

/// Gives both themes of the context the app's visuals.
pub fn apply(ctx: &egui::Context) {
    ctx.set_visuals_of(egui::Theme::Light, visuals(false));
    ctx.set_visuals_of(egui::Theme::Dark, visuals(true));
}

/// Every text colour on the background it is drawn on, named for a test's
/// message: (what, text, background).
pub fn pairs(dark: bool) -> Vec<(String, Color32, Color32)> {
    let v = visuals(dark);
    let (panel, text) = (v.panel_fill, v.text_color());
    let mut out = vec![("text".to_owned(), text, panel)];
    for s in [
        None,
        Some(Severity::Info),
        Some(Severity::Warning),
        Some(Severity::Error),
    ] {
        let (fill, fg) = banner(s, dark);
        out.push((format!("banner {s:?}"), fg, fill));
    }
    for s in Status::ALL {
        out.push((format!("step {s:?}"), status(s, dark), panel));
    }
    for s in [Severity::Info, Severity::Warning, Severity::Error] {
        out.push((format!("finding {s:?}"), severity(s, dark), panel));
    }
    let (bg, fg) = highlight(dark);
    out.push(("evidence highlight".to_owned(), fg, bg));
    let (bg, fg) = search_match(dark);
    out.push(("search match".to_owned(), fg, bg));
    out.push(("ladder label".to_owned(), text, panel));
    out.push(("ladder failure".to_owned(), failure(dark), panel));
    for l in [Level::Error, Level::Warning, Level::Debug] {
        if let Some(c) = level(l, dark) {
            out.push((format!("log {l:?} line"), c, panel));
        }
    }
    for c in RuleColour::ALL {
        out.push((format!("log rule {c:?}"), rule(c, dark), panel));
    }
    out.push(("link".to_owned(), v.hyperlink_color, panel));
    out
}

/// The WCAG 2 contrast ratio of two opaque colours.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    fn luminance(c: Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_colour_reaches_wcag_aa_in_both_themes() {
        let mut low = Vec::new();
        for dark in [false, true] {
            for (what, fg, bg) in pairs(dark) {
                let ratio = contrast(fg, bg);
                if ratio < 4.5 {
                    low.push(format!(
                        "{} {what}: {ratio:.2}",
                        if dark { "dark" } else { "light" }
                    ));
                }
            }
        }
        assert!(low.is_empty(), "below 4.5:1: {low:#?}");
    }

    #[test]
    fn contrast_is_the_wcag_ratio() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::from_gray(118), Color32::WHITE) - 4.54).abs() < 0.05);
    }
}
