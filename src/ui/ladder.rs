//! The ladder diagram: lanes by role, one arrow per exchange, failures in
//! red. Drawn with the painter, and only the rows in view, so ladders of
//! thousands of messages stay fast. Clicking an arrow shows its raw message.

use egui::{Align2, Color32, FontId, Pos2, Sense, Stroke, pos2, vec2};

use super::shown::BundleState;
use crate::analysis::Analysis;
use crate::analysis::Role;

const ROW: f32 = 26.0;
const TIME_COLUMN: f32 = 96.0;

#[derive(Default)]
pub struct LadderView {
    pub selected: Option<usize>,
}

impl LadderView {
    fn lane_x(rect: egui::Rect, role: Role) -> f32 {
        let lanes = Role::ALL.len() as f32;
        let i = Role::ALL.iter().position(|r| *r == role).unwrap_or(0) as f32;
        let width = rect.width() - TIME_COLUMN;
        rect.left() + TIME_COLUMN + width * (i + 0.5) / lanes
    }

    pub fn ui(&mut self, analysis: &Analysis, state: &mut BundleState, ui: &mut egui::Ui) {
        let lang = super::lang(ui.ctx());
        let exchanges = &analysis.exchanges;
        if exchanges.is_empty() {
            ui.label(lang.t("ui-no-exchanges"));
            return;
        }
        let text_color = ui.visuals().text_color();
        let weak = ui.visuals().weak_text_color();
        // Lane headers.
        let (header, _) = ui.allocate_exact_size(vec2(ui.available_width(), 22.0), Sense::hover());
        ui.painter().text(
            pos2(header.left() + 4.0, header.center().y),
            Align2::LEFT_CENTER,
            lang.t("ui-time-utc"),
            FontId::proportional(12.0),
            weak,
        );
        for role in Role::ALL {
            ui.painter().text(
                pos2(Self::lane_x(header, role), header.center().y),
                Align2::CENTER_CENTER,
                role.name(),
                FontId::proportional(13.0),
                text_color,
            );
        }
        let detail_height = if self.selected.is_some() { 170.0 } else { 0.0 };
        let list_height = (ui.available_height() - detail_height).max(120.0);
        egui::ScrollArea::vertical()
            .max_height(list_height)
            .auto_shrink([false, false])
            .show_rows(ui, ROW, exchanges.len(), |ui, rows| {
                for i in rows {
                    let x = &exchanges[i];
                    let (rect, response) =
                        ui.allocate_exact_size(vec2(ui.available_width(), ROW), Sense::click());
                    let shown = state.text(&x.label);
                    let label = format!("{} -> {}: {}", x.from.name(), x.to.name(), shown);
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, &label)
                    });
                    if response.clicked() {
                        self.selected = Some(i);
                    }
                    let painter = ui.painter_at(rect);
                    if self.selected == Some(i) {
                        painter.rect_filled(
                            rect,
                            2.0,
                            ui.visuals().selection.bg_fill.gamma_multiply(0.5),
                        );
                    }
                    for role in Role::ALL {
                        let lx = Self::lane_x(rect, role);
                        painter.line_segment(
                            [pos2(lx, rect.top()), pos2(lx, rect.bottom())],
                            Stroke::new(1.0, weak.gamma_multiply(0.5)),
                        );
                    }
                    let time = x
                        .millis
                        .and_then(chrono::DateTime::from_timestamp_millis)
                        .map(|t| t.format("%H:%M:%S%.3f").to_string())
                        .unwrap_or_default();
                    painter.text(
                        pos2(rect.left() + 4.0, rect.center().y),
                        Align2::LEFT_CENTER,
                        time,
                        FontId::monospace(11.0),
                        text_color,
                    );
                    let color = if x.failed {
                        super::palette::failure(ui.visuals().dark_mode)
                    } else {
                        text_color
                    };
                    let (a, b) = (Self::lane_x(rect, x.from), Self::lane_x(rect, x.to));
                    let y = rect.bottom() - 6.0;
                    if (a - b).abs() < 1.0 {
                        // A step inside one role (the XSP validating over loopback).
                        painter.circle_stroke(
                            Pos2::new(a + 10.0, y - 4.0),
                            6.0,
                            Stroke::new(1.5, color),
                        );
                    } else {
                        arrow(&painter, pos2(a, y), pos2(b, y), color);
                    }
                    let mid = pos2((a + b) / 2.0, rect.top() + 8.0);
                    painter.text(
                        mid,
                        Align2::CENTER_CENTER,
                        &shown,
                        FontId::proportional(12.0),
                        color,
                    );
                }
            });
        if let Some(i) = self.selected.filter(|i| *i < exchanges.len()) {
            let x = &exchanges[i];
            ui.separator();
            ui.horizontal(|ui| {
                ui.strong(format!(
                    "{} -> {}: {}",
                    x.from.name(),
                    x.to.name(),
                    state.text(&x.label)
                ));
                if ui.link(state.place(x.at)).clicked() {
                    state.jump_to = Some(x.at);
                }
            });
            let shown = state.record_text(x.at, lang);
            egui::ScrollArea::vertical()
                .id_salt("raw-message")
                .max_height(140.0)
                .show(ui, |ui| {
                    ui.add(
                        egui::Label::new(egui::RichText::new(shown).monospace().size(11.0)).wrap(),
                    );
                });
        }
    }
}

fn arrow(painter: &egui::Painter, from: Pos2, to: Pos2, color: Color32) {
    let stroke = Stroke::new(1.6, color);
    painter.line_segment([from, to], stroke);
    let dir = if to.x > from.x { 1.0 } else { -1.0 };
    painter.line_segment([to, pos2(to.x - 7.0 * dir, to.y - 4.0)], stroke);
    painter.line_segment([to, pos2(to.x - 7.0 * dir, to.y + 4.0)], stroke);
}
