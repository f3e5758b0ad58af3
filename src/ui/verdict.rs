//! The verdict banner and the findings list, with evidence links into the log.

use egui::RichText;

use super::app::{BundleState, severity_color};
use crate::analysis::{Analysis, Severity};

pub fn banner_ui(analysis: &Analysis, state: &BundleState, redact: bool, ui: &mut egui::Ui) {
    let v = &analysis.verdict;
    let fill = severity_color(v.severity, ui.visuals().dark_mode);
    egui::Frame::new()
        .fill(fill)
        .inner_margin(12.0)
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let word = match v.severity {
                Some(Severity::Error) => "Problem found",
                Some(Severity::Warning) => "Attention",
                Some(Severity::Info) => "Note",
                None => "All good",
            };
            ui.label(RichText::new(word).strong().size(13.0));
            ui.label(RichText::new(state.shown(redact, &v.summary)).size(17.0));
        });
}

pub fn findings_ui(analysis: &Analysis, state: &mut BundleState, redact: bool, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if analysis.findings.is_empty() {
                ui.label("No findings.");
            }
            for f in &analysis.findings {
                let (word, color) = match f.severity {
                    Severity::Error => ("ERROR", egui::Color32::from_rgb(200, 40, 40)),
                    Severity::Warning => ("WARNING", egui::Color32::from_rgb(190, 120, 0)),
                    Severity::Info => ("INFO", egui::Color32::from_rgb(40, 100, 190)),
                };
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(word).strong().color(color));
                        ui.label(RichText::new(&f.title).strong().size(15.0));
                        ui.label(RichText::new(&f.id).weak().monospace());
                    });
                    if let Some(d) = &f.detail {
                        ui.label(RichText::new(state.shown(redact, d)).italics());
                    }
                    ui.horizontal_wrapped(|ui| {
                        ui.strong("Why:");
                        ui.label(&f.cause);
                    });
                    ui.horizontal_wrapped(|ui| {
                        ui.strong("Fix:");
                        ui.label(&f.fix);
                    });
                    ui.horizontal_wrapped(|ui| {
                        ui.strong("Guide:");
                        ui.label(RichText::new(&f.guide).weak());
                    });
                    for e in &f.evidence {
                        let text = format!("{}:{}  {}", e.path, e.line, e.text);
                        let shown = state.shown(redact, &text).into_owned();
                        let link = ui
                            .link(RichText::new(shown).monospace().size(11.5))
                            .on_hover_text("Open the log at this line");
                        if link.clicked() {
                            state.jump_to = Some(e.at);
                        }
                    }
                });
                ui.add_space(4.0);
            }
        });
}
