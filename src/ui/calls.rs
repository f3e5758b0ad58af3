//! The Calls view: every call of the bundle in a table (when, which way,
//! with whom, how it ended, the codecs and the media figures), and the
//! selected call's own ladder, drawn as the call-flow view draws a dialog.
//! Failed calls and figures past the limits of poor media stand out.

use std::collections::HashMap;
use std::sync::Arc;

use egui::RichText;
use egui_extras::{Column, TableBuilder};

use super::call_flow::{FlowPane, Group, groups};
use super::shown::BundleState;
use crate::analysis::{Analysis, Call, CallOutcome};
use crate::i18n::Text;

const ROW: f32 = 22.0;

/// The figures past which a call's media is poor, as the analysis judges
/// them: the table marks what a finding reports.
const POOR: [f32; 3] = [5.0, 50.0, 400.0];

/// The dialogs of the analysis shown, with the group of each Call-ID.
struct Dialogs {
    /// The address of the analysis's exchanges.
    key: usize,
    groups: Vec<Group>,
    by_id: HashMap<Arc<str>, usize>,
}

#[derive(Default)]
pub struct CallsView {
    dialogs: Option<Dialogs>,
    pub selected: Option<usize>,
    pub flow: FlowPane,
}

fn figure(value: Option<f32>) -> String {
    value.map_or_else(String::new, |v| format!("{v:.1}"))
}

/// Whether a call needs a look: it failed, or a figure is past its limit.
fn troubled(call: &Call) -> bool {
    call.outcome == CallOutcome::Failed
        || [call.packet_loss, call.jitter_ms, call.rtt_ms]
            .into_iter()
            .zip(POOR)
            .any(|(v, limit)| v.is_some_and(|v| v > limit))
}

impl CallsView {
    fn groups_of(&mut self, analysis: &Analysis) {
        let key = analysis.exchanges.as_ptr() as usize;
        if self.dialogs.as_ref().is_none_or(|d| d.key != key) {
            let groups = groups(&analysis.exchanges);
            let by_id = groups
                .iter()
                .enumerate()
                .filter_map(|(i, g)| Some((g.key.clone()?, i)))
                .collect();
            // A view opens on what needs explaining: the first failed call.
            self.selected = analysis
                .calls
                .iter()
                .position(troubled)
                .or((!analysis.calls.is_empty()).then_some(0));
            self.dialogs = Some(Dialogs { key, groups, by_id });
            self.flow = FlowPane::default();
        }
    }

    pub fn ui(&mut self, analysis: &Analysis, state: &mut BundleState, ui: &mut egui::Ui) {
        let lang = super::lang(ui.ctx());
        if analysis.calls.is_empty() {
            ui.label(lang.t("ui-calls-none"));
            return;
        }
        self.groups_of(analysis);
        ui.label(
            Text::key("ui-calls-count")
                .num("count", analysis.calls.len() as i64)
                .num(
                    "troubled",
                    analysis.calls.iter().filter(|c| troubled(c)).count() as i64,
                )
                .render(lang),
        );
        // The table takes what its rows need, up to two fifths of the
        // view: the ladder below is what a chosen call is read in.
        let rows = (analysis.calls.len() + 1) as f32 * ROW + 12.0;
        let table_height = rows.min((ui.available_height() * 0.4).max(90.0));
        ui.push_id("calls-table", |ui| {
            self.table_ui(analysis, state, table_height, ui);
        });
        ui.separator();
        let Some(dialogs) = self.dialogs.take() else {
            return;
        };
        if let Some(call) = self.selected.and_then(|i| analysis.calls.get(i)) {
            self.call_ui(analysis, call, &dialogs, state, ui);
        }
        self.dialogs = Some(dialogs);
    }

    fn table_ui(
        &mut self,
        analysis: &Analysis,
        state: &BundleState,
        height: f32,
        ui: &mut egui::Ui,
    ) {
        let lang = super::lang(ui.ctx());
        let clock = super::Clock::of(ui.ctx());
        let failure = super::palette::failure(ui.visuals().dark_mode);
        let mut clicked = None;
        TableBuilder::new(ui)
            .striped(true)
            .resizable(true)
            .auto_shrink([false, true])
            .min_scrolled_height(0.0)
            .max_scroll_height(height - ROW)
            .sense(egui::Sense::click())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::auto().at_least(70.0))
            .column(Column::auto().at_least(60.0))
            .column(Column::initial(150.0).at_least(80.0).clip(true))
            .column(Column::initial(150.0).at_least(80.0).clip(true))
            .column(Column::initial(175.0).at_least(80.0).clip(true))
            .column(Column::auto().at_least(60.0))
            .column(Column::auto().at_least(40.0))
            .column(Column::auto().at_least(40.0))
            .column(Column::remainder().at_least(40.0))
            .header(ROW, |mut h| {
                for key in [
                    "ui-call-time",
                    "ui-call-direction",
                    "ui-call-from",
                    "ui-call-to",
                    "ui-call-outcome",
                    "ui-call-codecs",
                    "ui-call-loss",
                    "ui-call-jitter",
                    "ui-call-rtt",
                ] {
                    h.col(|ui| {
                        ui.strong(Text::key(key).str("zone", clock.zone()).render(lang));
                    });
                }
            })
            .body(|body| {
                body.rows(ROW, analysis.calls.len(), |mut row| {
                    let i = row.index();
                    let Some(call) = analysis.calls.get(i) else {
                        return;
                    };
                    row.set_selected(self.selected == Some(i));
                    let figures = [call.packet_loss, call.jitter_ms, call.rtt_ms];
                    // The time is the row's button, for the keyboard and
                    // screen readers; the rest of the row clicks too.
                    row.col(|ui| {
                        let at = call.started.map(|t| clock.at(t)).unwrap_or_default();
                        if ui
                            .add(egui::Button::selectable(self.selected == Some(i), at))
                            .clicked()
                        {
                            clicked = Some(i);
                        }
                    });
                    row.col(|ui| {
                        ui.label(call.direction.text().render(lang));
                    });
                    for party in [&call.from, &call.to] {
                        row.col(|ui| {
                            let text = state.text(party.as_deref().unwrap_or("?")).into_owned();
                            ui.label(RichText::new(&text).monospace().size(11.5))
                                .on_hover_text(text);
                        });
                    }
                    row.col(|ui| {
                        let mut text = call.outcome.text().render(lang);
                        if let Some(answer) = call.answer() {
                            text = format!("{text} ({answer})");
                        }
                        let mut rich = RichText::new(&text);
                        if call.outcome == CallOutcome::Failed {
                            rich = rich.color(failure);
                        }
                        ui.label(rich).on_hover_text(text);
                    });
                    row.col(|ui| {
                        ui.label(call.codecs.join(", "));
                    });
                    for (value, limit) in figures.into_iter().zip(POOR) {
                        row.col(|ui| {
                            let mut rich = RichText::new(figure(value));
                            if value.is_some_and(|v| v > limit) {
                                rich = rich.color(failure).strong();
                            }
                            ui.label(rich);
                        });
                    }
                    if row.response().clicked() {
                        clicked = Some(i);
                    }
                });
            });
        if clicked.is_some() && clicked != self.selected {
            self.selected = clicked;
            self.flow = FlowPane::default();
        }
    }

    fn call_ui(
        &mut self,
        analysis: &Analysis,
        call: &Call,
        dialogs: &Dialogs,
        state: &mut BundleState,
        ui: &mut egui::Ui,
    ) {
        let lang = super::lang(ui.ctx());
        let about: Vec<String> = [call.figures(), call.mid_call_text()]
            .into_iter()
            .flatten()
            .map(|t| t.render(lang))
            .collect();
        if !about.is_empty() {
            ui.label(about.join(" · "));
        }
        match dialogs.by_id.get(call.call_id.as_str()) {
            Some(&g) => self.flow.ui(analysis, &dialogs.groups[g], g, state, ui),
            None => {
                ui.label(lang.t("ui-no-exchanges"));
            }
        }
    }
}
