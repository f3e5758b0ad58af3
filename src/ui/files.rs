//! The Files view: every file of the bundle with its kind, format, time
//! range, lines, size and the problems met reading it, as the command line
//! lists them under "Sources". Clicking a file opens the log filtered to it.

use egui::RichText;
use egui_extras::{Column, TableBuilder};

use super::shown::BundleState;
use crate::analysis::Analysis;
use crate::i18n::Text;
use crate::record::human_bytes;

const ROW: f32 = 22.0;

/// Draws the table; returns the file the user clicked, if any.
pub fn files_ui(analysis: &Analysis, state: &BundleState, ui: &mut egui::Ui) -> Option<u32> {
    let lang = super::lang(ui.ctx());
    let clock = super::Clock::of(ui.ctx());
    let records = state.records();
    let files = records.file_count();
    ui.label(
        Text::key("ui-files-count")
            .num("files", files as i64)
            .num("problems", records.files_with_problems() as i64)
            .render(lang),
    );
    // What the analysis itself could not do (a user's signature file that
    // does not load): the command line prints it under the sources.
    for p in &analysis.problems {
        ui.label(RichText::new(state.text(p)).color(ui.visuals().error_fg_color));
    }
    let mut clicked = None;
    // The path says most: it gets the room the other columns leave.
    let path_width = (ui.available_width() * 0.4).max(240.0);
    TableBuilder::new(ui)
        .striped(true)
        .resizable(true)
        .auto_shrink([false, false])
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(path_width).at_least(120.0).clip(true))
        .column(Column::auto().at_least(70.0))
        .column(Column::auto().at_least(70.0))
        .column(Column::auto().at_least(150.0))
        .column(Column::auto().at_least(50.0))
        .column(Column::auto().at_least(60.0))
        .column(Column::remainder().at_least(120.0).clip(true))
        .header(ROW, |mut h| {
            for key in [
                "ui-col-file",
                "ui-col-kind",
                "ui-col-format",
                "ui-col-time-range",
                "ui-col-lines",
                "ui-col-size",
                "ui-col-problems",
            ] {
                h.col(|ui| {
                    ui.strong(Text::key(key).str("zone", clock.zone()).render(lang));
                });
            }
        })
        .body(|body| {
            body.rows(ROW, files, |mut row| {
                let Some(f) = records.file_row(row.index() as u32, state) else {
                    return;
                };
                row.col(|ui| {
                    let name = RichText::new(&f.path).monospace().size(11.5);
                    if f.records > 0 {
                        let tip = format!("{}\n{}", f.path, lang.t("ui-file-open-tip"));
                        if ui.link(name).on_hover_text(tip).clicked() {
                            clicked = Some(f.index);
                        }
                    } else {
                        ui.label(name).on_hover_text(&f.path);
                    }
                });
                row.col(|ui| {
                    ui.label(f.kind);
                });
                row.col(|ui| {
                    ui.label(f.grammar.unwrap_or("-"));
                });
                row.col(|ui| {
                    ui.label(
                        f.span
                            .map_or_else(|| "-".to_owned(), |(a, b)| clock.range(a, b)),
                    );
                });
                row.col(|ui| {
                    ui.label(f.lines.to_string());
                });
                row.col(|ui| {
                    ui.label(human_bytes(f.size));
                });
                row.col(|ui| {
                    let all: Vec<&str> = f
                        .problems
                        .iter()
                        .chain(&f.notes)
                        .map(String::as_str)
                        .collect();
                    if !all.is_empty() {
                        let color = if f.problems.is_empty() {
                            ui.visuals().weak_text_color()
                        } else {
                            ui.visuals().error_fg_color
                        };
                        ui.label(RichText::new(all.join("; ")).color(color))
                            .on_hover_text(all.join("\n"));
                    }
                });
            });
        });
    clicked
}
