//! The escalation facts and the summary for the ticket.

use super::shown::BundleState;
use crate::analysis::Analysis;
use crate::analysis::facts::NAMES;
use crate::export::text;
use crate::i18n::Text;

pub fn facts_ui(analysis: &Analysis, state: &BundleState, ui: &mut egui::Ui) {
    let lang = super::lang(ui.ctx());
    // The copy buttons stand above the facts, in view however many facts
    // there are: the summary is what this view is for.
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(lang.t("ui-copy-summary"))
            .on_hover_text(lang.t("ui-copy-summary-tip"))
            .clicked()
        {
            let summary = state.summary(analysis, lang, false);
            super::copy_text(ui.ctx(), summary, Text::key("ui-copied-summary"));
        }
        // Masked, tier 2 cannot find the subscriber: the user id is
        // handed over only when the helpdesk chooses to.
        if state.redacted()
            && analysis.facts.contains_key("broadworks_user_id")
            && ui
                .button(lang.t("ui-copy-summary-user-id"))
                .on_hover_text(lang.t("ui-copy-summary-user-id-tip"))
                .clicked()
        {
            let summary = state.summary(analysis, lang, true);
            super::copy_text(ui.ctx(), summary, Text::key("ui-copied-summary-user-id"));
        }
    });
    ui.add_space(6.0);
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
                        ui.label(state.text(&value));
                        ui.end_row();
                    }
                });
            if !analysis.push_subscriptions.is_empty() {
                ui.add_space(10.0);
                ui.strong(lang.t("ui-push-heading"));
                egui::Grid::new("push-subscriptions")
                    .striped(true)
                    .num_columns(5)
                    .show(ui, |ui| {
                        let clock = super::Clock::of(ui.ctx());
                        for s in &analysis.push_subscriptions {
                            let or_dash = |v: &Option<String>| {
                                state.text(v.as_deref().unwrap_or("–")).into_owned()
                            };
                            ui.label(s.at.map(|t| clock.at(t)).unwrap_or_default());
                            ui.label(or_dash(&s.platform));
                            ui.label(or_dash(&s.user));
                            ui.label(or_dash(&s.service));
                            ui.monospace(or_dash(&s.token));
                            ui.end_row();
                        }
                    });
            }
        });
}
