//! The escalation facts and the summary for the ticket.

use super::app::BundleState;
use crate::analysis::Analysis;
use crate::analysis::facts::NAMES;
use crate::export::{Report, text};

pub fn facts_ui(analysis: &Analysis, state: &BundleState, redact: bool, ui: &mut egui::Ui) {
    let lang = super::lang(ui.ctx());
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
                        let value = text::fact_text(v, None, lang);
                        ui.strong(text::fact_label(name, lang));
                        ui.label(state.shown(redact, &value));
                        ui.end_row();
                    }
                });
            ui.add_space(8.0);
            if ui
                .button(lang.t("ui-copy-summary"))
                .on_hover_text(lang.t("ui-copy-summary-tip"))
                .clicked()
            {
                let summary = text::escalation_summary(Report {
                    bundle: &state.bundle,
                    analysis,
                    lang,
                    redactor: redact.then_some(&state.redactor),
                });
                ui.ctx().copy_text(summary);
            }
        });
}
