//! The registration timeline: status-coloured stages with times and
//! durations, one attempt at a time, and the joined sign-in sequence when
//! server logs are in the bundle.

use egui::{Color32, RichText};

use super::shown::BundleState;
use crate::analysis::{Analysis, Side, Step};
use crate::i18n::Text;

#[derive(Default)]
pub struct TimelineView {
    /// Which attempt is shown; `None` is the last one.
    pub attempt: Option<usize>,
}

impl TimelineView {
    pub fn ui(&mut self, analysis: &Analysis, state: &mut BundleState, ui: &mut egui::Ui) {
        let lang = super::lang(ui.ctx());
        let clock = super::Clock::of(ui.ctx());
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let n = analysis.attempts.len();
                if n == 0 && analysis.sign_in.is_empty() && analysis.timeline.is_empty() {
                    ui.label(lang.t("ui-no-signin"));
                }
                // Only the AS's log: its step 5 stands alone.
                if n == 0 && !analysis.timeline.is_empty() {
                    ui.heading(lang.t("timeline-heading"));
                    stages_ui(&analysis.timeline, state, ui);
                }
                if n > 0 {
                    let shown = self.attempt.unwrap_or(n - 1).min(n - 1);
                    ui.horizontal(|ui| {
                        ui.heading(lang.t("timeline-heading"));
                        if n > 1 {
                            let label = |i: usize| {
                                let at = analysis.attempts[i]
                                    .started
                                    .map(|t| format!(" {}", clock.dated(t)))
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
                    stages_ui(&analysis.attempts[shown].steps, state, ui);
                }
                if !analysis.sign_in.is_empty() {
                    ui.add_space(12.0);
                    ui.heading(lang.t("ui-signin-heading"));
                    if let Some(how) = &analysis.sign_in_join {
                        ui.label(
                            state.render(&Text::key("ui-joined").text("how", how.clone()), lang),
                        );
                    }
                    egui::Grid::new("sign-in").striped(true).show(ui, |ui| {
                        for s in &analysis.sign_in {
                            ui.label(lang.t(match s.side {
                                Side::Client => "ui-side-client",
                                Side::Server => "side-server",
                            }));
                            ui.label(state.text(&s.step));
                            ui.label(state.render(&s.name, lang));
                            ui.label(
                                RichText::new(s.status.text().render(lang))
                                    .color(super::palette::status(s.status, ui.visuals().dark_mode))
                                    .strong(),
                            );
                            ui.label(s.at.map(|t| clock.at(t)).unwrap_or_default());
                            // The line's text is read from the bundle only
                            // while the pointer rests on the link.
                            if let Some(e) = s.evidence
                                && ui
                                    .link(state.place(e.at))
                                    .on_hover_ui(|ui| {
                                        ui.label(state.evidence_text(e));
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

/// The steps as one row of coloured stages that share the width: a long
/// step name wraps inside its stage instead of pushing the row (and the
/// panel under it) past the window's edge; stages that cannot shrink that
/// far go on as many rows as they need.
pub fn stages_ui(steps: &[Step], state: &mut BundleState, ui: &mut egui::Ui) {
    const ARROW: f32 = 12.0;
    // Frame margin and stroke on both sides.
    const CHROME: f32 = 2.0 * (8.0 + 2.0);
    let lang = super::lang(ui.ctx());
    let clock = super::Clock::of(ui.ctx());
    let n = steps.len().max(1) as f32;
    let spacing = ui.spacing().item_spacing.x;
    let gaps = (n - 1.0) * (ARROW + 2.0 * spacing);
    let shared = (ui.available_width() - gaps) / n - CHROME - spacing;
    // A card is never narrower than its longest word or its time: a step
    // name may wrap between words, but "Entitlement s" or "09:14:49. 043"
    // cannot be read. Cards that do not fit in one row go on the next.
    let least = least_card_width(steps, lang, ui);
    let inner = shared.max(least);
    // A frame is placed before its size is known, so a wrapping layout
    // cannot move it to the next row: the rows are cut here instead.
    let between = ARROW + 2.0 * spacing;
    let per_row =
        (((ui.available_width() + between) / (inner + CHROME + spacing + between)).floor()
            as usize)
            .max(1);
    let mut cards = |ui: &mut egui::Ui, row: &[Step]| {
        for (i, s) in row.iter().enumerate() {
            if i > 0 {
                ui.add_sized(
                    [ARROW, 40.0],
                    egui::Label::new(RichText::new(">").size(16.0).weak()),
                );
            }
            let color = super::palette::status(s.status, ui.visuals().dark_mode);
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
                        ui.label(s.at.map(|t| clock.at(t)).unwrap_or_else(|| "-".into()));
                        if let Some(d) = s.since_previous_ms {
                            ui.label(lang.seconds(d));
                        }
                        if let Some(e) = s.evidence {
                            let link = ui.link(lang.t("ui-show-line")).on_hover_ui(|ui| {
                                ui.label(state.cited(e));
                            });
                            if link.clicked() {
                                state.jump_to = Some(e.at);
                            }
                        }
                    });
                });
        }
    };
    for row in steps.chunks(per_row) {
        ui.horizontal_top(|ui| cards(ui, row));
    }
}

/// The narrowest a step card may be: its widest word, status, time or
/// link, in the body font.
fn least_card_width(steps: &[Step], lang: crate::i18n::Lang, ui: &egui::Ui) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut words: Vec<String> = vec![
        "00:00:00.000".into(),
        lang.seconds(-99_999),
        lang.t("ui-show-line"),
    ];
    for s in steps {
        let name = s.step.text().render(lang);
        words.extend(name.split_whitespace().map(str::to_owned));
        words.push(s.status.text().render(lang));
    }
    ui.fonts_mut(|f| {
        words
            .into_iter()
            .map(|w| f.layout_no_wrap(w, font.clone(), Color32::WHITE).size().x)
            .fold(48.0, f32::max)
    }) + 2.0
}
