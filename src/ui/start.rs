//! The start view: this computer's Webex logs, the drop zone, recent bundles.

use egui::{RichText, Sense, Stroke};

use super::app::{App, Phase};
use super::communication::Input;
use crate::record::human_bytes;

pub fn start_ui(app: &mut App, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    let lang = app.lang;
    if let Phase::Start { note: Some(note) } = &app.phase {
        ui.label(RichText::new(note.render(lang)).strong());
        ui.add_space(6.0);
    }
    ui.heading(lang.t("ui-this-computer"));
    match &app.local_logs {
        Ok(logs) => {
            egui::Grid::new("local-logs").striped(true).show(ui, |ui| {
                ui.strong(lang.t("ui-col-log"));
                ui.strong(lang.t("ui-col-path"));
                ui.strong(lang.t("ui-col-size"));
                ui.strong(lang.t("ui-col-changed"));
                ui.end_row();
                for l in logs {
                    ui.label(l.role.name());
                    ui.label(shown_path(app, &l.path));
                    ui.label(human_bytes(l.size));
                    let changed = l
                        .modified
                        .map(|m| {
                            chrono::DateTime::<chrono::Local>::from(m)
                                .format("%Y-%m-%d %H:%M")
                                .to_string()
                        })
                        .unwrap_or_default();
                    ui.label(changed);
                    ui.end_row();
                }
            });
            if ui.button(lang.t("ui-analyse-computer")).clicked() {
                let logs = logs.clone();
                app.open(&ctx, Input::Local(logs));
            }
        }
        Err(why) => {
            ui.label(why);
        }
    }
    ui.add_space(16.0);

    let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
    let size = egui::vec2(ui.available_width(), 180.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    let visuals = ui.visuals();
    let stroke = if hovering || response.hovered() {
        visuals.selection.stroke
    } else {
        Stroke::new(1.5, visuals.weak_text_color())
    };
    ui.painter().rect(
        rect,
        8.0,
        visuals.extreme_bg_color,
        stroke,
        egui::StrokeKind::Inside,
    );
    let drop = lang.t("ui-drop");
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        &drop,
        egui::FontId::proportional(20.0),
        visuals.text_color(),
    );
    let response = response.on_hover_text(lang.t("ui-drop-tip"));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &drop));
    if response.clicked() {
        app.pick_files(&ctx);
    }

    let recent: Vec<std::path::PathBuf> = app
        .settings
        .recent_existing()
        .map(|p| p.to_owned())
        .collect();
    if !recent.is_empty() {
        ui.add_space(16.0);
        ui.heading(lang.t("ui-recent"));
        for p in recent {
            if ui.link(shown_path(app, &p)).clicked() {
                app.open_paths(&ctx, vec![p]);
            }
        }
    }
}

/// A path on this computer as it may be shown (the home folder names the
/// user).
fn shown_path(app: &App, path: &std::path::Path) -> String {
    app.shown(&path.display().to_string())
}
