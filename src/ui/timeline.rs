//! The registration timeline: status-coloured stages with times and
//! durations, one attempt at a time, and the joined sign-in sequence when
//! server logs are in the bundle.

use egui::{Color32, RichText};

use super::app::BundleState;
use super::cited_line;
use crate::analysis::{Analysis, Side, Status, Step};
use crate::i18n::Text;

#[derive(Default)]
pub struct TimelineView {
    /// Which attempt is shown; `None` is the last one.
    pub attempt: Option<usize>,
}

impl TimelineView {
    pub fn ui(
        &mut self,
        analysis: &Analysis,
        state: &mut BundleState,
        redact: bool,
        ui: &mut egui::Ui,
    ) {
        let lang = super::lang(ui.ctx());
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let n = analysis.attempts.len();
                if n == 0 && analysis.sign_in.is_empty() {
                    ui.label(lang.t("ui-no-signin"));
                }
                if n > 0 {
                    let shown = self.attempt.unwrap_or(n - 1).min(n - 1);
                    ui.horizontal(|ui| {
                        ui.heading(lang.t("timeline-heading"));
                        if n > 1 {
                            let label = |i: usize| {
                                let at = analysis.attempts[i]
                                    .started
                                    .map(|t| t.format(" %H:%M:%S").to_string())
                                    .unwrap_or_default();
                                let which = Text::key("ui-attempt-of")
                                    .num("n", i as i64 + 1)
                                    .num("total", n as i64);
                                format!("{}{at}", which.render(lang))
                            };
                            egui::ComboBox::from_label(lang.t("ui-attempt"))
                                .selected_text(label(shown))
                                .show_ui(ui, |ui| {
                                    for i in 0..n {
                                        if ui.selectable_label(i == shown, label(i)).clicked() {
                                            self.attempt = Some(i);
                                        }
                                    }
                                });
                        }
                    });
                    stages_ui(&analysis.attempts[shown].steps, state, redact, ui);
                }
                if !analysis.sign_in.is_empty() {
                    ui.add_space(12.0);
                    ui.heading(lang.t("ui-signin-heading"));
                    if let Some(how) = &analysis.sign_in_join {
                        ui.label(Text::key("ui-joined").text("how", how.clone()).render(lang));
                    }
                    egui::Grid::new("sign-in").striped(true).show(ui, |ui| {
                        for s in &analysis.sign_in {
                            ui.label(lang.t(match s.side {
                                Side::Client => "ui-side-client",
                                Side::Server => "side-server",
                            }));
                            ui.label(&s.step);
                            ui.label(s.name.render(lang));
                            ui.label(
                                RichText::new(s.status.text().render(lang))
                                    .color(status_color(s.status))
                                    .strong(),
                            );
                            ui.label(
                                s.at.map(|t| t.format("%H:%M:%S%.3f").to_string())
                                    .unwrap_or_default(),
                            );
                            // The line's text is read from the bundle only
                            // while the pointer rests on the link.
                            if let Some(e) = s.evidence
                                && ui
                                    .link(e.place(&state.bundle))
                                    .on_hover_ui(|ui| {
                                        ui.label(state.shown(redact, &e.text(&state.bundle)));
                                    })
                                    .clicked()
                            {
                                state.jump_to = Some(e.at);
                            }
                            ui.end_row();
                        }
                    });
                }
            });
    }
}

pub fn status_color(s: Status) -> Color32 {
    match s {
        Status::Ok => Color32::from_rgb(30, 150, 70),
        Status::Failed => Color32::from_rgb(210, 45, 45),
        // Happened, by what came after it, but no line of its own was read.
        Status::Inferred => Color32::from_rgb(90, 140, 110),
        Status::NotSeen => Color32::from_gray(140),
    }
}

/// The steps as one row of coloured stages that share the width: a long
/// step name wraps inside its stage instead of pushing the row (and the
/// panel under it) past the window's edge.
pub fn stages_ui(steps: &[Step], state: &mut BundleState, redact: bool, ui: &mut egui::Ui) {
    const ARROW: f32 = 12.0;
    // Frame margin and stroke on both sides.
    const CHROME: f32 = 2.0 * (8.0 + 2.0);
    let lang = super::lang(ui.ctx());
    let n = steps.len().max(1) as f32;
    let spacing = ui.spacing().item_spacing.x;
    let gaps = (n - 1.0) * (ARROW + 2.0 * spacing);
    let inner = ((ui.available_width() - gaps) / n - CHROME - spacing).max(48.0);
    ui.horizontal_top(|ui| {
        for (i, s) in steps.iter().enumerate() {
            if i > 0 {
                ui.add_sized(
                    [ARROW, 40.0],
                    egui::Label::new(RichText::new(">").size(16.0).weak()),
                );
            }
            let color = status_color(s.status);
            egui::Frame::new()
                .stroke(egui::Stroke::new(2.0, color))
                .corner_radius(6.0)
                .inner_margin(8.0)
                .show(ui, |ui| {
                    ui.set_width(inner);
                    ui.vertical(|ui| {
                        ui.label(RichText::new(s.step.text().render(lang)).strong());
                        ui.label(
                            RichText::new(s.status.text().render(lang))
                                .color(color)
                                .strong(),
                        );
                        ui.label(
                            s.at.map(|t| t.format("%H:%M:%S%.3f").to_string())
                                .unwrap_or_else(|| "-".into()),
                        );
                        if let Some(d) = s.since_previous_ms {
                            ui.label(RichText::new(format!("{:+.3} s", d as f64 / 1000.0)).weak());
                        }
                        if let Some(e) = s.evidence {
                            let link = ui.link(lang.t("ui-show-line")).on_hover_ui(|ui| {
                                ui.label(state.shown(redact, &cited_line(&state.bundle, e)));
                            });
                            if link.clicked() {
                                state.jump_to = Some(e.at);
                            }
                        }
                    });
                });
        }
    });
}
