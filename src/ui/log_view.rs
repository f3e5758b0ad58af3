//! All records of the bundle in time order: virtualised (only visible rows
//! are laid out, so millions of lines scroll smoothly), with filters by
//! file, level and text, search, bookmarks and copying of a range.

use std::collections::BTreeSet;

use egui::{RichText, Sense};

use super::shown::{BundleState, Records};
use crate::i18n::{Lang, Text};
use crate::record::{Level, RecordRef};

/// Every row is exactly this tall: the virtualised list computes which
/// rows are in view from it.
const ROW: f32 = 20.0;

#[derive(Default)]
pub struct LogView {
    file: Option<u32>,
    min_level: Level,
    filter_draft: String,
    /// The filter that `rows` was computed for.
    applied: Option<(Option<u32>, Level, String)>,
    /// Positions in the bundle's time order that pass the filters; `None`
    /// means all of them.
    rows: Option<Vec<u32>>,
    search: String,
    pub focus_search: bool,
    selected: Option<usize>,
    anchor: Option<usize>,
    highlight: Option<RecordRef>,
    scroll_to: Option<usize>,
    bookmarks: BTreeSet<RecordRef>,
    note: Option<Text>,
}

impl LogView {
    fn len(&self, bundle: Records) -> usize {
        self.rows.as_ref().map_or(bundle.len(), Vec::len)
    }

    fn at(&self, bundle: Records, row: usize) -> Option<RecordRef> {
        let pos = match &self.rows {
            Some(rows) => *rows.get(row)? as usize,
            None => row,
        };
        bundle.at(pos)
    }

    /// Shows only the records of one file.
    pub fn show_file(&mut self, file: u32) {
        self.file = Some(file);
        self.selected = None;
        self.anchor = None;
    }

    /// Opens the log at `target`, clearing filters that would hide it.
    pub fn jump(&mut self, bundle: Records, target: RecordRef) {
        let Some(pos) = bundle.position(target) else {
            return;
        };
        let row = match &self.rows {
            Some(rows) => rows.iter().position(|&p| p as usize == pos),
            None => Some(pos),
        };
        let row = row.unwrap_or_else(|| {
            self.file = None;
            self.min_level = Level::Unknown;
            self.filter_draft.clear();
            self.applied = None;
            self.rows = None;
            pos
        });
        self.highlight = Some(target);
        self.selected = Some(row);
        self.anchor = Some(row);
        self.scroll_to = Some(row);
    }

    fn refilter(&mut self, bundle: Records) {
        let key = (
            self.file,
            self.min_level,
            self.filter_draft.trim().to_lowercase(),
        );
        if self.applied.as_ref() == Some(&key) {
            return;
        }
        self.rows = if key.0.is_none() && key.1 == Level::Unknown && key.2.is_empty() {
            None
        } else {
            Some(
                bundle
                    .timeline()
                    .enumerate()
                    .filter(|(_, r)| {
                        key.0.is_none_or(|f| f == r.file)
                            && bundle.level(*r) >= key.1
                            && (key.2.is_empty() || bundle.contains(*r, &key.2))
                    })
                    .map(|(i, _)| i as u32)
                    .collect(),
            )
        };
        self.applied = Some(key);
        // Row numbers only change meaning when a filter narrows the rows.
        if self.rows.is_some() {
            self.selected = None;
            self.anchor = None;
        }
    }

    fn find(&mut self, bundle: Records, forward: bool) {
        let needle = self.search.trim().to_lowercase();
        if needle.is_empty() {
            return;
        }
        let n = self.len(bundle);
        let start = self
            .selected
            .unwrap_or(if forward { n.saturating_sub(1) } else { 0 });
        for step in 1..=n {
            let row = if forward {
                (start + step) % n
            } else {
                (start + n - step % n) % n
            };
            let Some(r) = self.at(bundle, row) else {
                continue;
            };
            if bundle.contains(r, &needle) {
                self.selected = Some(row);
                self.anchor = Some(row);
                self.scroll_to = Some(row);
                self.note = None;
                return;
            }
        }
        self.note = Some(Text::key("ui-not-found").str("text", self.search.trim()));
    }

    pub fn ui(&mut self, state: &mut BundleState, ui: &mut egui::Ui) {
        let lang = super::lang(ui.ctx());
        let bundle = state.records();
        ui.horizontal_wrapped(|ui| {
            let file_name = |f: Option<u32>| match f {
                Some(i) => state.file_path(i),
                None => lang.t("ui-all-files"),
            };
            egui::ComboBox::from_label(lang.t("ui-file"))
                .selected_text(file_name(self.file))
                .width(260.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.file, None, lang.t("ui-all-files"));
                    for i in bundle.files_with_records() {
                        ui.selectable_value(&mut self.file, Some(i), state.file_path(i));
                    }
                });
            egui::ComboBox::from_label(lang.t("ui-level"))
                .selected_text(level_choice(self.min_level, lang))
                .show_ui(ui, |ui| {
                    for l in [
                        Level::Unknown,
                        Level::Debug,
                        Level::Info,
                        Level::Warning,
                        Level::Error,
                    ] {
                        ui.selectable_value(&mut self.min_level, l, level_choice(l, lang));
                    }
                });
            let filter_label = ui.label(lang.label("ui-filter"));
            let filter = ui
                .add(
                    egui::TextEdit::singleline(&mut self.filter_draft)
                        .hint_text(lang.t("ui-filter-hint"))
                        .desired_width(160.0),
                )
                .labelled_by(filter_label.id);
            let apply = filter.lost_focus() || ui.button(lang.t("ui-apply-filter")).clicked();
            ui.separator();
            let search_label = ui.label(lang.label("ui-search"));
            let search = ui
                .add(
                    egui::TextEdit::singleline(&mut self.search)
                        .hint_text("Ctrl+F")
                        .desired_width(160.0),
                )
                .labelled_by(search_label.id);
            if self.focus_search {
                search.request_focus();
                self.focus_search = false;
            }
            let enter = search.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button(lang.t("ui-next")).clicked() || enter {
                self.find(bundle, true);
            }
            if ui.button(lang.t("ui-previous")).clicked() {
                self.find(bundle, false);
            }
            if apply
                || self
                    .applied
                    .as_ref()
                    .is_some_and(|(f, l, _)| *f != self.file || *l != self.min_level)
                || self.applied.is_none()
            {
                self.refilter(bundle);
            }
        });
        if let Some(note) = &self.note {
            ui.label(RichText::new(note.render(lang)).italics());
        }

        let total = self.len(bundle);
        let detail = if self.selected.is_some() { 150.0 } else { 0.0 };
        let mut area = egui::ScrollArea::both()
            .max_height((ui.available_height() - detail).max(100.0))
            .auto_shrink([false, false]);
        if let Some(row) = self.scroll_to.take() {
            let spacing = ui.spacing().item_spacing.y;
            area = area.vertical_scroll_offset((row as f32 * (ROW + spacing) - 120.0).max(0.0));
        }
        let selection = self.range();
        area.show_rows(ui, ROW, total, |ui, rows| {
            for row in rows {
                let Some(r) = self.at(bundle, row) else {
                    continue;
                };
                let text = state.first_line(r, 400);
                let (line_no, span) = bundle.lines(r);
                let more = span.saturating_sub(1);
                let marked = self.bookmarks.contains(&r);
                let size = egui::vec2(ui.available_width(), ROW);
                ui.allocate_ui_with_layout(
                    size,
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_height(ROW);
                        ui.spacing_mut().button_padding = egui::vec2(2.0, 0.0);
                        ui.spacing_mut().interact_size.y = ROW - 2.0;
                        if ui
                            .selectable_label(marked, if marked { "[*]" } else { "[ ]" })
                            .on_hover_text(lang.t("ui-bookmark-tip"))
                            .clicked()
                        {
                            if marked {
                                self.bookmarks.remove(&r);
                            } else {
                                self.bookmarks.insert(r);
                            }
                        }
                        let in_selection = selection.as_ref().is_some_and(|s| s.contains(&row));
                        let mut line = RichText::new(format!(
                            "{}  {:<7} {}:{}  {}{}",
                            bundle
                                .time(r)
                                .map(|t| t.format("%H:%M:%S%.3f").to_string())
                                .unwrap_or_else(|| "        --  ".into()),
                            level_name(bundle.level(r)),
                            short(&state.file_path(r.file)),
                            line_no,
                            text,
                            if more > 0 {
                                format!(
                                    "  ({})",
                                    Text::key("ui-more-lines")
                                        .num("count", i64::from(more))
                                        .render(lang)
                                )
                            } else {
                                String::new()
                            }
                        ))
                        .monospace()
                        .size(11.5);
                        let dark = ui.visuals().dark_mode;
                        if bundle.level(r) == Level::Error {
                            line = line.color(super::palette::failure(dark));
                        }
                        if self.highlight == Some(r) {
                            let (bg, text) = super::palette::highlight(dark);
                            line = line.background_color(bg).color(text);
                        } else if in_selection {
                            line = line.background_color(
                                ui.visuals().selection.bg_fill.gamma_multiply(0.6),
                            );
                        }
                        let response =
                            ui.add(egui::Label::new(line).truncate().sense(Sense::click()));
                        if response.clicked() {
                            if ui.input(|i| i.modifiers.shift) {
                                self.selected = Some(row);
                            } else {
                                self.selected = Some(row);
                                self.anchor = Some(row);
                            }
                        }
                    },
                );
            }
        });

        if let Some(row) = self.selected {
            ui.separator();
            ui.horizontal(|ui| {
                let count = self.range().map_or(0, |r| r.end - r.start);
                if ui
                    .button(
                        Text::key("ui-copy-lines")
                            .num("count", count as i64)
                            .render(lang),
                    )
                    .on_hover_text(lang.t("ui-copy-lines-tip"))
                    .clicked()
                {
                    let rows = self.range().into_iter().flatten();
                    let text = state.records_text(rows.filter_map(|row| self.at(bundle, row)));
                    super::copy_text(
                        ui.ctx(),
                        text,
                        Text::key("ui-copied-lines").num("count", count as i64),
                    );
                }
                if !self.bookmarks.is_empty() {
                    let label = Text::key("ui-bookmarks")
                        .num("count", self.bookmarks.len() as i64)
                        .render(lang);
                    let bookmarks: Vec<RecordRef> = self.bookmarks.iter().copied().collect();
                    egui::ComboBox::from_label(label)
                        .selected_text(lang.t("ui-go-to"))
                        .show_ui(ui, |ui| {
                            for b in bookmarks {
                                if ui.selectable_label(false, state.place(b)).clicked() {
                                    self.jump(bundle, b);
                                }
                            }
                        });
                }
            });
            if let Some(r) = self.at(bundle, row) {
                let shown = state.record_text(r, lang);
                egui::ScrollArea::vertical()
                    .id_salt("log-detail")
                    .max_height(110.0)
                    .show(ui, |ui| {
                        ui.add(
                            egui::Label::new(RichText::new(shown).monospace().size(11.0)).wrap(),
                        );
                    });
            }
        }
    }

    fn range(&self) -> Option<std::ops::Range<usize>> {
        let (a, b) = (self.anchor?, self.selected?);
        Some(a.min(b)..a.max(b) + 1)
    }
}

fn short(path: &str) -> &str {
    let mut parts = path.rsplitn(3, '/');
    let last = parts.next().unwrap_or(path);
    match parts.next() {
        Some(dir) => &path[path.len() - last.len() - dir.len() - 1..],
        None => last,
    }
}

/// The level filter's choices: at least this level.
fn level_choice(l: Level, lang: Lang) -> String {
    lang.t(match l {
        Level::Unknown => "level-all",
        Level::Debug => "level-debug",
        Level::Info => "level-info",
        Level::Warning => "level-warning",
        Level::Error => "level-error",
    })
}

/// A record's level as its log writes it.
fn level_name(l: Level) -> &'static str {
    match l {
        Level::Unknown => "all",
        Level::Debug => "debug",
        Level::Info => "info",
        Level::Warning => "warning",
        Level::Error => "error",
    }
}
