//! The ladder diagram: lanes by role, one arrow per exchange, failures in
//! red. Drawn with the painter, and only the rows in view, so ladders of
//! thousands of messages stay fast. Clicking an arrow shows its whole
//! message. The drawing of one arrow and of the message pane are shared
//! with the call-flow view.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, pos2, vec2};

use super::shown::BundleState;
use crate::analysis::{Analysis, Exchange, Role};

pub const ROW: f32 = 26.0;
pub const TIME_COLUMN: f32 = 96.0;
const LABEL_FONT: f32 = 12.0;
/// A step inside one role is drawn as a loop this wide, right of its lane.
const LOOP: f32 = 14.0;

#[derive(Default)]
pub struct LadderView {
    pub selected: Option<usize>,
}

/// Where `role`'s lane runs in a row, among `lanes`.
pub fn lane_x(rect: Rect, lanes: &[Role], role: Role) -> f32 {
    let i = lanes.iter().position(|r| *r == role).unwrap_or(0) as f32;
    let width = rect.width() - TIME_COLUMN;
    rect.left() + TIME_COLUMN + width * (i + 0.5) / lanes.len().max(1) as f32
}

/// The time column's width: dated times need more room.
pub fn time_column(clock: super::Clock) -> f32 {
    if clock.dated {
        TIME_COLUMN + 70.0
    } else {
        TIME_COLUMN
    }
}

/// Where an arrow's label goes in its row: above the arrow and clear of a
/// loop, kept right of the time column and, where there is room, inside the
/// row. Arrows run along the row's bottom, labels in its top half, so that
/// no arrow, loop, head or neighbouring label covers a label.
pub fn label_rect(row: Rect, left_limit: f32, a: f32, b: f32, size: egui::Vec2) -> Rect {
    let top = row.top() + 1.0;
    let left = if (a - b).abs() < 1.0 {
        a + LOOP + 6.0
    } else {
        let centred = (a + b) / 2.0 - size.x / 2.0;
        centred
            .min(row.right() - 2.0 - size.x)
            .max(left_limit + 4.0)
    };
    Rect::from_min_size(pos2(left, top), size)
}

/// Where the arrow (or loop) is drawn in its row.
pub fn arrow_rect(row: Rect, a: f32, b: f32) -> Rect {
    let y = row.bottom() - 5.0;
    if (a - b).abs() < 1.0 {
        Rect::from_min_max(pos2(a, y - 9.0), pos2(a + LOOP, y + 1.0))
    } else {
        Rect::from_min_max(pos2(a.min(b), y - 4.0), pos2(a.max(b), y + 4.0))
    }
}

/// The lane names above the rows.
pub fn lane_headers(ui: &mut egui::Ui, lanes: &[Role], time_header: String) {
    let text_color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let (header, _) = ui.allocate_exact_size(vec2(ui.available_width(), 22.0), Sense::hover());
    ui.painter().text(
        pos2(header.left() + 4.0, header.center().y),
        Align2::LEFT_CENTER,
        time_header,
        FontId::proportional(12.0),
        weak,
    );
    for role in lanes {
        ui.painter().text(
            pos2(lane_x(header, lanes, *role), header.center().y),
            Align2::CENTER_CENTER,
            role.name(),
            FontId::proportional(13.0),
            text_color,
        );
    }
}

/// One exchange drawn across `rect`: lanes, time, arrow and label.
pub fn draw_exchange(
    ui: &egui::Ui,
    rect: Rect,
    lanes: &[Role],
    x: &Exchange,
    label: &str,
    selected: bool,
) {
    let clock = super::Clock::of(ui.ctx());
    let visuals = ui.visuals();
    let (text_color, weak) = (visuals.text_color(), visuals.weak_text_color());
    let painter = ui.painter_at(rect);
    if selected {
        painter.rect_filled(rect, 2.0, visuals.selection.bg_fill.gamma_multiply(0.5));
    }
    for role in lanes {
        let lx = lane_x(rect, lanes, *role);
        painter.line_segment(
            [pos2(lx, rect.top()), pos2(lx, rect.bottom())],
            Stroke::new(1.0, weak.gamma_multiply(0.5)),
        );
    }
    painter.text(
        pos2(rect.left() + 4.0, rect.center().y),
        Align2::LEFT_CENTER,
        x.millis.map(|m| clock.millis(m)).unwrap_or_default(),
        FontId::monospace(11.0),
        text_color,
    );
    let color = if x.failed {
        super::palette::failure(visuals.dark_mode)
    } else {
        text_color
    };
    let (a, b) = (lane_x(rect, lanes, x.from), lane_x(rect, lanes, x.to));
    let arrow_at = arrow_rect(rect, a, b);
    if (a - b).abs() < 1.0 {
        // A step inside one role (the XSP validating over loopback).
        let stroke = Stroke::new(1.5, color);
        let (l, r, t, bt) = (
            arrow_at.left(),
            arrow_at.right(),
            arrow_at.top(),
            arrow_at.bottom(),
        );
        painter.line_segment([pos2(l, t), pos2(r, t)], stroke);
        painter.line_segment([pos2(r, t), pos2(r, bt)], stroke);
        arrow(&painter, pos2(r, bt), pos2(l, bt), color);
    } else {
        let y = arrow_at.center().y;
        arrow(&painter, pos2(a, y), pos2(b, y), color);
    }
    let galley = painter.layout_no_wrap(label.to_owned(), FontId::proportional(LABEL_FONT), color);
    let at = label_rect(rect, rect.left() + time_column(clock), a, b, galley.size());
    painter.galley(at.min, galley, color);
}

/// The arrow's accessible name: who sent what to whom.
pub fn exchange_name(x: &Exchange, label: &str) -> String {
    format!("{} -> {}: {}", x.from.name(), x.to.name(), label)
}

/// The pane under a diagram: what the selected arrow carried, in full: a
/// SIP message with its start line, every header and the body, however the
/// log printed it; else the record it was read from.
pub fn message_ui(x: &Exchange, state: &mut BundleState, ui: &mut egui::Ui, height: f32) {
    let lang = super::lang(ui.ctx());
    ui.separator();
    ui.horizontal(|ui| {
        ui.strong(exchange_name(x, &state.text(&x.label)));
        if ui.link(state.place(x.at)).clicked() {
            state.jump_to = Some(x.at);
        }
    });
    let shown = match &x.message {
        Some(m) => state
            .text(&super::detail_text(&m.wire(), lang))
            .into_owned(),
        None => state.record_text(x.at, lang),
    };
    egui::ScrollArea::vertical()
        .id_salt("raw-message")
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            ui.add(egui::Label::new(egui::RichText::new(shown).monospace().size(11.0)).wrap());
        });
}

impl LadderView {
    pub fn ui(&mut self, analysis: &Analysis, state: &mut BundleState, ui: &mut egui::Ui) {
        let lang = super::lang(ui.ctx());
        let clock = super::Clock::of(ui.ctx());
        let exchanges = &analysis.exchanges;
        if exchanges.is_empty() {
            ui.label(lang.t("ui-no-exchanges"));
            return;
        }
        let lanes = &Role::ALL;
        lane_headers(
            ui,
            lanes,
            crate::i18n::Text::key("ui-time-in")
                .str("zone", clock.zone())
                .render(lang),
        );
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
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            exchange_name(x, &shown),
                        )
                    });
                    if response.clicked() {
                        self.selected = Some(i);
                    }
                    draw_exchange(ui, rect, lanes, x, &shown, self.selected == Some(i));
                }
            });
        if let Some(x) = self.selected.and_then(|i| exchanges.get(i)) {
            message_ui(x, state, ui, 140.0);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Labels of every length, for arrows between every pair of lanes and
    /// for loops, in a narrow and a wide window: no label overlaps its
    /// arrow or loop, none runs into the time column.
    #[test]
    fn call_flow_labels_are_never_covered() {
        for width in [600.0, 1024.0, 1800.0] {
            let row = Rect::from_min_size(pos2(0.0, 100.0), vec2(width, ROW));
            for from in Role::ALL {
                for to in Role::ALL {
                    let (a, b) = (lane_x(row, &Role::ALL, from), lane_x(row, &Role::ALL, to));
                    for chars in [3.0, 12.0, 40.0] {
                        let size = vec2(chars * 6.5, LABEL_FONT + 3.0);
                        let label = label_rect(row, row.left() + TIME_COLUMN, a, b, size);
                        let arrow = arrow_rect(row, a, b);
                        assert!(
                            !label.intersects(arrow),
                            "{from:?}->{to:?} {chars} in {width}"
                        );
                        assert!(label.left() > row.left() + TIME_COLUMN);
                        assert!(label.bottom() <= arrow.top() || (a - b).abs() < 1.0);
                        assert!(row.contains_rect(arrow));
                    }
                }
            }
        }
    }
}
