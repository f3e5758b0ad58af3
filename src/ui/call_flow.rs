//! The call-flow view, as sngrep draws it: the exchanges grouped by dialog
//! (SIP Call-ID) and by request (HTTP tracking id), a list of the groups
//! with their outcome, and one group's flow with only the lanes it uses.
//! Long pauses (a timer running out, a retry after minutes) are drawn to
//! scale, so that a timeout looks like one. Only the rows in view are laid
//! out: a dialog of refreshed registrations can hold thousands of messages.

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Align2, FontId, Rect, RichText, Sense, pos2, vec2};

use super::ladder::{self, ROW};
use super::shown::BundleState;
use crate::analysis::{Analysis, Exchange, Role};
use crate::i18n::Text;

/// A pause shorter than this is drawn as no pause at all.
const GAP_FROM_MS: i64 = 1000;
/// Points per second of a long pause, and the most one pause takes: a
/// 30-second timeout stands out, a night between attempts does not push
/// everything off the screen (its label gives the real length).
const GAP_PER_SECOND: f32 = 4.0;
const GAP_MAX: f32 = 180.0;
const GROUP_ROW: f32 = 22.0;

/// The exchanges of one dialog or request.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The Call-ID or tracking id; `None` for the exchanges that carry
    /// neither (timeouts, provisioning, the XSP's own steps).
    pub key: Option<Arc<str>>,
    pub sip: bool,
    /// Indices into the analysis's exchanges, in time order.
    pub members: Vec<u32>,
    pub failed: bool,
    /// What the group's first arrow asked, and how it ended: the last
    /// failure, else the last answer, else the last arrow.
    pub title: Arc<str>,
    pub outcome: Arc<str>,
}

/// The exchanges grouped by their Call-ID or tracking id, in the order the
/// groups began; the ungrouped ones last.
pub fn groups(exchanges: &[Exchange]) -> Vec<Group> {
    let mut order: Vec<Option<Arc<str>>> = Vec::new();
    let mut members: HashMap<Option<Arc<str>>, Vec<u32>> = HashMap::new();
    for (i, x) in exchanges.iter().enumerate() {
        let list = members.entry(x.group.clone()).or_insert_with(|| {
            order.push(x.group.clone());
            Vec::new()
        });
        list.push(i as u32);
    }
    // The ungrouped ones are not a dialog: they go last.
    order.sort_by_key(Option::is_none);
    order
        .into_iter()
        .filter_map(|key| {
            let members = members.remove(&key)?;
            let of = |i: &u32| &exchanges[*i as usize];
            let first = of(members.first()?);
            let answer = |x: &&Exchange| x.label.starts_with(|c: char| c.is_ascii_digit());
            let last = members
                .iter()
                .rev()
                .map(of)
                .find(|x| x.failed)
                .or_else(|| members.iter().rev().map(of).find(answer))
                .unwrap_or_else(|| of(members.last().unwrap_or(&0)));
            Some(Group {
                sip: first.message.is_some(),
                failed: members.iter().any(|i| of(i).failed),
                title: first.label.clone(),
                outcome: last.label.clone(),
                key,
                members,
            })
        })
        .collect()
}

/// How tall a pause of `ms` is drawn.
fn pause_height(ms: i64) -> f32 {
    (ms as f32 / 1000.0 * GAP_PER_SECOND).min(GAP_MAX)
}

/// Where each row of a group's flow starts, with the pause before it when
/// it is long enough to draw, and the flow's height.
#[derive(Debug, Default, PartialEq)]
pub struct Layout {
    /// The roles the group's arrows run between, in the ladder's order.
    pub lanes: Vec<Role>,
    pub tops: Vec<f32>,
    pub pauses: Vec<Option<i64>>,
    pub height: f32,
}

impl Layout {
    pub fn of(exchanges: &[Exchange], members: &[u32]) -> Layout {
        let mut out = Layout::default();
        let mut y = 0.0;
        let mut before: Option<i64> = None;
        for &i in members {
            let at = exchanges.get(i as usize).and_then(|x| x.millis);
            let pause = match (before, at) {
                (Some(a), Some(b)) if b - a >= GAP_FROM_MS => Some(b - a),
                _ => None,
            };
            if let Some(ms) = pause {
                y += pause_height(ms);
            }
            out.tops.push(y);
            out.pauses.push(pause);
            y += ROW;
            before = at.or(before);
        }
        out.height = y;
        out.lanes = Role::ALL
            .into_iter()
            .filter(|r| {
                members.iter().any(|&i| {
                    exchanges
                        .get(i as usize)
                        .is_some_and(|x| x.from == *r || x.to == *r)
                })
            })
            .collect();
        out
    }

    /// The rows that overlap `from..to`.
    fn visible(&self, from: f32, to: f32) -> std::ops::Range<usize> {
        let first = self.tops.partition_point(|t| t + ROW < from);
        let end = self.tops.partition_point(|t| *t <= to);
        first..end.max(first)
    }
}

/// One group's flow as drawn: the arrow selected in it, and its layout,
/// kept while the same group is shown. The call-flow and the Calls views
/// each have one.
#[derive(Default)]
pub struct FlowPane {
    /// The selected arrow, an index into the exchanges.
    pub selected: Option<u32>,
    /// The layout and the key of the group it is of.
    layout: Option<(usize, Layout)>,
}

#[derive(Default)]
pub struct CallFlowView {
    /// The groups of the analysis shown, by the address of its exchanges.
    groups: Option<(usize, Vec<Group>)>,
    pub group: Option<usize>,
    pub only_failed: bool,
    pub flow: FlowPane,
}

impl CallFlowView {
    fn groups_of(&mut self, analysis: &Analysis) {
        let key = analysis.exchanges.as_ptr() as usize;
        if self.groups.as_ref().is_none_or(|(k, _)| *k != key) {
            let groups = groups(&analysis.exchanges);
            // A view opens on what needs explaining: the first failure.
            self.group = groups.iter().position(|g| g.failed).or(Some(0));
            self.groups = Some((key, groups));
            self.flow = FlowPane::default();
        }
    }

    pub fn ui(&mut self, analysis: &Analysis, state: &mut BundleState, ui: &mut egui::Ui) {
        let lang = super::lang(ui.ctx());
        if analysis.exchanges.is_empty() {
            ui.label(lang.t("ui-no-exchanges"));
            return;
        }
        self.groups_of(analysis);
        // Taken out for the frame, so that the panels can change the rest
        // of the view while they read the groups.
        let Some((key, groups)) = self.groups.take() else {
            return;
        };
        egui::Panel::left("call-flow-groups")
            .resizable(true)
            .default_size(300.0)
            .min_size(200.0)
            .show(ui, |ui| self.list_ui(&groups, state, ui));
        if let Some(g) = self.group
            && let Some(group) = groups.get(g)
        {
            self.flow.ui(analysis, group, g, state, ui);
        }
        self.groups = Some((key, groups));
    }

    fn list_ui(&mut self, groups: &[Group], state: &BundleState, ui: &mut egui::Ui) {
        let lang = super::lang(ui.ctx());
        let shown: Vec<usize> = (0..groups.len())
            .filter(|&g| !self.only_failed || groups[g].failed)
            .collect();
        ui.horizontal(|ui| {
            ui.checkbox(&mut self.only_failed, lang.t("ui-flow-only-failed"));
        });
        ui.label(
            Text::key("ui-flow-groups")
                .num("shown", shown.len() as i64)
                .num("total", groups.len() as i64)
                .render(lang),
        );
        let failure = super::palette::failure(ui.visuals().dark_mode);
        egui::ScrollArea::vertical()
            .id_salt("call-flow-list")
            .auto_shrink([false, false])
            .show_rows(ui, GROUP_ROW, shown.len(), |ui, rows| {
                ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
                    for row in rows {
                        let g = shown[row];
                        let group = &groups[g];
                        let kind = match (&group.key, group.sip) {
                            (None, _) => lang.t("ui-flow-other"),
                            (Some(_), true) => "SIP".to_owned(),
                            (Some(_), false) => "HTTP".to_owned(),
                        };
                        let text = format!(
                            "{kind} · {} -> {} · {}",
                            state.text(&group.title),
                            state.text(&group.outcome),
                            group.members.len()
                        );
                        let mut rich = RichText::new(text);
                        if group.failed {
                            rich = rich.color(failure);
                        }
                        let response = ui
                            .add(egui::Button::selectable(self.group == Some(g), rich).truncate())
                            .on_hover_text(group.key.as_deref().map_or_else(
                                || lang.t("ui-flow-other"),
                                |k| state.text(k).into_owned(),
                            ));
                        if response.clicked() {
                            self.group = Some(g);
                            self.flow = FlowPane::default();
                        }
                    }
                });
            });
    }
}

impl FlowPane {
    /// Draws `group`'s flow; `g` names the group, for the layout kept and
    /// the scroll position.
    pub fn ui(
        &mut self,
        analysis: &Analysis,
        group: &Group,
        g: usize,
        state: &mut BundleState,
        ui: &mut egui::Ui,
    ) {
        let lang = super::lang(ui.ctx());
        let clock = super::Clock::of(ui.ctx());
        let exchanges = &analysis.exchanges;
        if self.layout.as_ref().is_none_or(|(k, _)| *k != g) {
            self.selected = None;
            self.layout = Some((g, Layout::of(exchanges, &group.members)));
        }
        let Some((_, layout)) = &self.layout else {
            return;
        };
        let lanes = &layout.lanes;
        ui.horizontal(|ui| {
            ui.strong(match &group.key {
                Some(k) => format!(
                    "{} {}",
                    if group.sip { "Call-ID" } else { "Tracking ID" },
                    state.text(k)
                ),
                None => lang.t("ui-flow-other"),
            });
        });
        ladder::lane_headers(
            ui,
            lanes,
            Text::key("ui-time-in")
                .str("zone", clock.zone())
                .render(lang),
        );
        let detail = if self.selected.is_some() { 190.0 } else { 0.0 };
        let height = (ui.available_height() - detail).max(120.0);
        let weak = ui.visuals().weak_text_color();
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .id_salt(("call-flow", g))
            .max_height(height)
            .auto_shrink([false, false])
            .show_viewport(ui, |ui, viewport| {
                ui.set_height(layout.height);
                let origin = ui.max_rect().min;
                let width = ui.available_width();
                for row in layout.visible(viewport.min.y, viewport.max.y) {
                    let i = group.members[row];
                    let x = &exchanges[i as usize];
                    let top = layout.tops[row];
                    if let Some(ms) = layout.pauses[row] {
                        let gap = Rect::from_min_max(
                            pos2(origin.x, origin.y + top - pause_height(ms)),
                            pos2(origin.x + width, origin.y + top),
                        );
                        // The lanes run on through the pause, faintly.
                        for role in lanes {
                            let lx = ladder::lane_x(gap, lanes, *role);
                            ui.painter().line_segment(
                                [pos2(lx, gap.top()), pos2(lx, gap.bottom())],
                                egui::Stroke::new(1.0, weak.gamma_multiply(0.25)),
                            );
                        }
                        ui.painter().text(
                            pos2(gap.left() + 4.0, gap.center().y),
                            Align2::LEFT_CENTER,
                            lang.seconds(ms),
                            FontId::proportional(11.0),
                            weak,
                        );
                    }
                    let rect =
                        Rect::from_min_size(pos2(origin.x, origin.y + top), vec2(width, ROW));
                    let response = ui.interact(
                        rect,
                        egui::Id::unique(("call-flow-arrow", i)),
                        Sense::click(),
                    );
                    let label = state.text(&x.label).into_owned();
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            ladder::exchange_name(x, &label),
                        )
                    });
                    if response.clicked() {
                        clicked = Some(i);
                    }
                    ladder::draw_exchange(ui, rect, lanes, x, &label, self.selected == Some(i));
                }
            });
        if clicked.is_some() {
            self.selected = clicked;
        }
        if let Some(x) = self.selected.and_then(|i| exchanges.get(i as usize)) {
            ladder::message_ui(x, state, ui, 160.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::extract::sip::{Direction, parse_text};
    use crate::record::RecordRef;

    fn exchange(label: &str, group: Option<&str>, millis: i64, failed: bool) -> Exchange {
        Exchange {
            from: Role::App,
            to: Role::Sbc,
            label: label.into(),
            millis: Some(millis),
            failed,
            at: RecordRef { file: 0, record: 0 },
            group: group.map(Into::into),
            message: group.map(|_| {
                let m = parse_text("REGISTER sip:x SIP/2.0", Direction::Sent, None);
                Arc::new(m.expect("a request"))
            }),
        }
    }

    #[test]
    fn call_flow_groups_by_call_id_in_order_with_outcomes() {
        let xs = [
            exchange("REGISTER (CSeq 1)", Some("a@h"), 0, false),
            exchange("no answer (timeout)", None, 10, true),
            exchange("REGISTER (CSeq 1)", Some("b@h"), 20, false),
            exchange("401 Unauthorized", Some("a@h"), 30, false),
            exchange("200 OK", Some("a@h"), 40, false),
            exchange("403 Forbidden", Some("b@h"), 50, true),
        ];
        let g = groups(&xs);
        assert_eq!(g.len(), 3);
        assert_eq!(g[0].key.as_deref(), Some("a@h"));
        assert_eq!(g[0].members, [0, 3, 4]);
        assert_eq!((&*g[0].outcome, g[0].failed), ("200 OK", false));
        assert_eq!((&*g[1].outcome, g[1].failed), ("403 Forbidden", true));
        assert_eq!(g[2].key, None);
        assert!(g[2].failed);
    }

    #[test]
    fn call_flow_draws_long_pauses_to_scale() {
        let xs = [
            exchange("REGISTER (CSeq 1)", Some("a"), 0, false),
            exchange("401 Unauthorized", Some("a"), 80, false),
            exchange("REGISTER (CSeq 2)", Some("a"), 5_080, false),
            exchange("no answer (timeout)", Some("a"), 37_080, true),
            exchange("REGISTER (CSeq 3)", Some("a"), 8_000_000, false),
        ];
        let l = Layout::of(&xs, &[0, 1, 2, 3, 4]);
        assert_eq!(
            l.pauses,
            [None, None, Some(5_000), Some(32_000), Some(7_962_920)]
        );
        let step = |i: usize| l.tops[i] - l.tops[i - 1] - ROW;
        // 80 ms is no pause; 32 s is drawn 6.4 times as long as 5 s; a
        // night is capped.
        assert_eq!(step(1), 0.0);
        assert!((step(3) / step(2) - 6.4).abs() < 1e-3);
        assert_eq!(step(4), GAP_MAX);
        assert_eq!(l.height, l.tops[4] + ROW);
        assert_eq!(l.visible(l.tops[3] + 1.0, l.tops[3] + 2.0), 3..4);
        assert_eq!(l.visible(-10.0, 1e9), 0..5);
    }
}
