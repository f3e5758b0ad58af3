//! The escalation facts and the summary for the ticket.

use super::app::BundleState;
use crate::analysis::Analysis;
use crate::analysis::facts::NAMES;
use crate::export::{Report, text};

pub fn facts_ui(analysis: &Analysis, state: &BundleState, redact: bool, ui: &mut egui::Ui) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("facts")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    for name in NAMES {
                        let Some(v) = analysis.facts.get(name) else {
                            continue;
                        };
                        let value = text::fact_text(v, None);
                        ui.strong(name);
                        ui.label(state.shown(redact, &value));
                        ui.end_row();
                    }
                });
            ui.add_space(8.0);
            if ui
                .button("Copy escalation summary")
                .on_hover_text("Plain text for the ticket")
                .clicked()
            {
                let summary = text::escalation_summary(Report {
                    bundle: &state.bundle,
                    analysis,
                });
                ui.ctx()
                    .copy_text(state.shown(redact, &summary).into_owned());
            }
        });
}
