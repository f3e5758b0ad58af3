//! All records of the bundle in time order: virtualised (only visible rows
//! are laid out, so millions of lines scroll smoothly), with filters by
//! file, level and text, search, bookmarks and copying of a range.

use std::collections::BTreeSet;

use egui::{RichText, Sense};

use std::sync::Arc;

use super::palette::RuleColour;
use super::search::{Matcher, Query};
use super::settings::ColourRule;
use super::shown::{BundleState, Records};
use crate::i18n::{Lang, Text};
use crate::record::{Level, RecordRef};

/// Every row is exactly this tall: the virtualised list computes which
/// rows are in view from it.
const ROW: f32 = 20.0;

/// A search over the rows a filter left.
struct Searched {
    query: Query,
    filter: Option<Filter>,
    matcher: Matcher,
    /// The rows that match, in order.
    hits: Vec<usize>,
}

/// How many searches the history keeps.
const HISTORY: usize = 10;

/// Most lines one export writes: a filter that leaves a million lines is
/// not a selection for a ticket.
const MAX_EXPORT: usize = 200_000;

/// Which lines an export takes.
#[derive(Clone, Copy)]
enum Lines {
    Shown,
    Bookmarked,
}

/// What the rows shown pass: a file, a level, a text, a time window, an
/// exchange id.
#[derive(Debug, Clone, PartialEq)]
struct Filter {
    file: Option<u32>,
    level: Level,
    text: String,
    /// Milliseconds, both ends included.
    window: Option<(i64, i64)>,
    id: Option<String>,
}

/// The moments of an analysis the log can be filtered to, in
/// milliseconds: when the newest attempt failed, and each attempt from its
/// start to its last step, oldest first.
#[derive(Debug, Default, Clone)]
pub struct Moments {
    pub failure: Option<i64>,
    /// Numbered as the timeline numbers them; `None` for an attempt with
    /// no time.
    pub attempts: Vec<Option<(i64, i64)>>,
}

/// The window of "around the failure": five minutes either side, what a
/// helpdesk reads first.
const AROUND_MS: i64 = 5 * 60 * 1000;

/// The user's colour rules, compiled.
type Colours = Arc<Vec<(Matcher, RuleColour)>>;

#[derive(Default)]
pub struct LogView {
    file: Option<u32>,
    min_level: Level,
    filter_draft: String,
    /// The text filter as last applied (Enter or *Apply*).
    filter_text: String,
    /// Whether only the records around the failure are shown.
    around_failure: bool,
    /// The attempt whose records alone are shown, if one is chosen.
    only_attempt: Option<usize>,
    /// Only the records of one exchange: its id as filtered and as shown.
    only_id: Option<(String, String)>,
    /// The filter that `rows` was computed for.
    applied: Option<Filter>,
    /// Positions in the bundle's time order that pass the filters; `None`
    /// means all of them.
    rows: Option<Vec<u32>>,
    query: Query,
    /// What *Go to* was given: a line number or a time.
    go_text: String,
    /// The last search run, over the rows of the filter it was run with.
    searched: Option<Searched>,
    /// Searches run, the latest first.
    history: Vec<String>,
    pub focus_search: bool,
    /// Set by [`LogView::search_for`]: find at the next frame.
    find_asked: bool,
    selected: Option<usize>,
    anchor: Option<usize>,
    highlight: Option<RecordRef>,
    scroll_to: Option<usize>,
    bookmarks: BTreeSet<RecordRef>,
    note: Option<Text>,
    /// The colour rules as compiled, and the rules they were compiled from.
    colours: Option<(Vec<ColourRule>, Colours)>,
    rules_open: bool,
}

impl LogView {
    /// The user's colour rules, compiled once after each change. A rule
    /// is plain text in any case; an empty one matches nothing.
    fn colours(&mut self, rules: &[ColourRule]) -> Colours {
        if let Some((from, compiled)) = &self.colours
            && from == rules
        {
            return compiled.clone();
        }
        let compiled: Arc<Vec<_>> = Arc::new(
            rules
                .iter()
                .filter_map(|r| {
                    let q = Query {
                        text: r.text.clone(),
                        regex: false,
                        case: false,
                    };
                    Some((Matcher::new(&q)?.ok()?, r.colour))
                })
                .collect(),
        );
        self.colours = Some((rules.to_vec(), compiled.clone()));
        compiled
    }

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
            self.filter_text.clear();
            self.around_failure = false;
            self.only_attempt = None;
            self.only_id = None;
            self.applied = None;
            self.rows = None;
            pos
        });
        self.highlight = Some(target);
        self.selected = Some(row);
        self.anchor = Some(row);
        self.scroll_to = Some(row);
    }

    /// The attempt picker: every attempt, or one of them by its start.
    fn attempt_ui(&mut self, when: &Moments, ui: &mut egui::Ui) {
        let lang = super::lang(ui.ctx());
        let clock = super::Clock::of(ui.ctx());
        let n = when.attempts.len();
        let name =
            |i: Option<usize>| match i.and_then(|i| Some((i, when.attempts.get(i)?.as_ref()?))) {
                Some((i, (start, _))) => format!(
                    "{} {}",
                    Text::key("ui-attempt-of")
                        .num("n", i as i64 + 1)
                        .num("total", n as i64)
                        .render(lang),
                    chrono::DateTime::from_timestamp_millis(*start)
                        .map(|t| clock.dated(t))
                        .unwrap_or_default()
                ),
                None => lang.t("ui-every-attempt"),
            };
        let label = ui.label(lang.label("ui-only-attempt"));
        egui::ComboBox::from_id_salt("attempt-lines")
            .selected_text(name(self.only_attempt))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut self.only_attempt, None, name(None));
                // Newest first: it is the one the verdict is about.
                for i in (0..n).rev().filter(|&i| when.attempts[i].is_some()) {
                    ui.selectable_value(&mut self.only_attempt, Some(i), name(Some(i)));
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(lang.t("ui-only-attempt-tip"));
    }

    /// Searches as if `query` were typed and Enter pressed.
    pub fn search_for(&mut self, query: Query) {
        self.query = query;
        self.find_asked = true;
    }

    /// How many rows the filters leave.
    pub fn rows_shown(&self, state: &BundleState) -> usize {
        self.len(state.records())
    }

    /// The filter the controls ask for now.
    fn filter(&self, when: &Moments) -> Filter {
        let around = when
            .failure
            .filter(|_| self.around_failure)
            .map(|at| (at - AROUND_MS, at + AROUND_MS));
        let attempt = self
            .only_attempt
            .and_then(|i| when.attempts.get(i).copied().flatten());
        let window = match (around, attempt) {
            (Some((a, b)), Some((c, d))) => Some((a.max(c), b.min(d))),
            (one, other) => one.or(other),
        };
        Filter {
            file: self.file,
            level: self.min_level,
            text: self.filter_text.clone(),
            window,
            id: self.only_id.as_ref().map(|(raw, _)| raw.clone()),
        }
    }

    fn refilter(&mut self, bundle: Records, key: Filter) {
        if self.applied.as_ref() == Some(&key) {
            return;
        }
        // Text and id are found as the search finds text: without case, and
        // without lowering a copy of every record.
        let plain = |text: &str| {
            Matcher::new(&Query {
                text: text.to_owned(),
                regex: false,
                case: false,
            })
            .and_then(Result::ok)
        };
        let (text, id) = (plain(&key.text), key.id.as_deref().and_then(plain));
        let everything = key.file.is_none()
            && key.level == Level::Unknown
            && text.is_none()
            && key.window.is_none()
            && id.is_none();
        self.rows = if everything {
            None
        } else {
            Some(
                bundle
                    .timeline()
                    .enumerate()
                    .filter(|(_, r)| {
                        key.file.is_none_or(|f| f == r.file)
                            && bundle.level(*r) >= key.level
                            && key.window.is_none_or(|(from, to)| {
                                bundle
                                    .time(*r)
                                    .is_some_and(|t| (from..=to).contains(&t.timestamp_millis()))
                            })
                            && text.as_ref().is_none_or(|m| bundle.matches(*r, m))
                            && id.as_ref().is_none_or(|m| bundle.matches(*r, m))
                    })
                    .map(|(i, _)| i as u32)
                    .collect(),
            )
        };
        self.applied = Some(key);
        // Matches are row numbers of the rows that were.
        self.searched = None;
        // Row numbers only change meaning when a filter narrows the rows.
        if self.rows.is_some() {
            self.selected = None;
            self.anchor = None;
        }
    }

    /// Runs the search over the rows the filters leave, unless it ran
    /// already for this query and these rows. False when there is nothing
    /// to search for (the note says why).
    fn search(&mut self, bundle: Records) -> bool {
        let fresh = self
            .searched
            .as_ref()
            .is_some_and(|s| s.query == self.query && s.filter == self.applied);
        if fresh {
            return true;
        }
        self.searched = None;
        let matcher = match Matcher::new(&self.query) {
            None => return false,
            Some(Err(e)) => {
                self.note = Some(Text::key("ui-bad-regex").str("error", e));
                return false;
            }
            Some(Ok(m)) => m,
        };
        let hits: Vec<usize> = (0..self.len(bundle))
            .filter(|&row| {
                self.at(bundle, row)
                    .is_some_and(|r| bundle.matches(r, &matcher))
            })
            .collect();
        let text = self.query.text.trim().to_owned();
        self.history.retain(|h| *h != text);
        self.history.insert(0, text);
        self.history.truncate(HISTORY);
        self.searched = Some(Searched {
            query: self.query.clone(),
            filter: self.applied.clone(),
            matcher,
            hits,
        });
        true
    }

    /// Selects the next (or previous) match, around the end, and says
    /// which of how many it is.
    fn find(&mut self, bundle: Records, forward: bool) {
        if !self.search(bundle) {
            return;
        }
        let total = self.len(bundle);
        let Some(s) = &self.searched else { return };
        if s.hits.is_empty() {
            self.note = Some(Text::key("ui-no-match").num("lines", total as i64));
            return;
        }
        let k = match (self.selected, forward) {
            (None, true) => 0,
            (None, false) => s.hits.len() - 1,
            (Some(at), true) => s.hits.partition_point(|&h| h <= at) % s.hits.len(),
            (Some(at), false) => s
                .hits
                .partition_point(|&h| h < at)
                .checked_sub(1)
                .unwrap_or(s.hits.len() - 1),
        };
        let row = s.hits[k];
        self.note = Some(
            Text::key("ui-match-of")
                .num("n", k as i64 + 1)
                .num("total", s.hits.len() as i64),
        );
        self.go(row);
    }

    /// Selects the next (or previous) error line after the selection.
    fn find_error(&mut self, bundle: Records, forward: bool) {
        let n = self.len(bundle);
        let start = self.selected;
        let mut rows: Box<dyn Iterator<Item = usize>> = match (start, forward) {
            (Some(at), true) => Box::new(at + 1..n),
            (None, true) => Box::new(0..n),
            (Some(at), false) => Box::new((0..at).rev()),
            (None, false) => Box::new((0..n).rev()),
        };
        match rows.find(|&row| {
            self.at(bundle, row)
                .is_some_and(|r| bundle.level(r) == Level::Error)
        }) {
            Some(row) => {
                self.note = None;
                self.go(row);
            }
            None => self.note = Some(Text::key("ui-no-more-errors")),
        }
    }

    /// *Go to*: a line number of the file in view (the file filter's, else
    /// the selected line's, else the first line's), or a time of day
    /// (`08:20:47`, on the day in view) or a date and time: the first line
    /// at or after it.
    fn go_to(&mut self, bundle: Records, clock: super::Clock) {
        let typed = self.go_text.trim().to_owned();
        let n = self.len(bundle);
        let row = if let Ok(line) = typed.parse::<u32>() {
            let file = self
                .file
                .or_else(|| self.at(bundle, self.selected.unwrap_or(0)).map(|r| r.file));
            (0..n).find(|&row| {
                self.at(bundle, row).is_some_and(|r| {
                    let (first, span) = bundle.lines(r);
                    Some(r.file) == file && first <= line && line < first + span.max(1)
                })
            })
        } else if let Some(when) = self.time_in_view(bundle, &typed, clock) {
            // Rows are in time order, lines without a time last: the first
            // at or after `when` is found by halving.
            let before = |row: usize| {
                self.at(bundle, row)
                    .and_then(|r| bundle.time(r))
                    .is_some_and(|t| t < when)
            };
            let (mut lo, mut hi) = (0, n);
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                if before(mid) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            (lo < n).then_some(lo)
        } else {
            self.note = Some(Text::key("ui-go-to-what").str("typed", typed));
            return;
        };
        match row {
            Some(row) => {
                self.note = None;
                self.go(row);
            }
            None => self.note = Some(Text::key("ui-go-to-none").str("typed", typed)),
        }
    }

    /// A typed time: a date and time, or a time of day on the day of the
    /// line in view.
    fn time_in_view(
        &self,
        bundle: Records,
        typed: &str,
        clock: super::Clock,
    ) -> Option<chrono::DateTime<chrono::Utc>> {
        use chrono::{NaiveDateTime, NaiveTime};
        let typed = typed.replace('T', " ");
        for format in [
            "%Y-%m-%d %H:%M:%S%.f",
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%d %H:%M",
        ] {
            if let Ok(t) = NaiveDateTime::parse_from_str(&typed, format) {
                return clock.read(t);
            }
        }
        let time = ["%H:%M:%S%.f", "%H:%M:%S", "%H:%M"]
            .iter()
            .find_map(|f| NaiveTime::parse_from_str(&typed, f).ok())?;
        let day = (self.selected.unwrap_or(0)..self.len(bundle))
            .find_map(|row| self.at(bundle, row).and_then(|r| bundle.time(r)))
            .map(|t| clock.day(t))?;
        clock.read(day.and_time(time))
    }

    /// The lines an export takes, as they may be shown (redacted when
    /// asked), with how many there are and a name for the file that says
    /// the bundle, the range and the redaction.
    fn export(&self, state: &BundleState, which: Lines, lang: Lang) -> (String, usize, String) {
        let bundle = state.records();
        let records: Vec<RecordRef> = match which {
            Lines::Shown => (0..self.len(bundle).min(MAX_EXPORT))
                .filter_map(|row| self.at(bundle, row))
                .collect(),
            Lines::Bookmarked => self.bookmarks.iter().copied().collect(),
        };
        let stamp = |r: Option<&RecordRef>| {
            r.and_then(|r| bundle.time(*r))
                .map_or_else(|| "x".to_owned(), |t| t.format("%Y%m%d-%H%M%S").to_string())
        };
        let name = format!(
            "{}-{}-to-{}{}.txt",
            state.file_stem(lang),
            stamp(records.first()),
            stamp(records.last()),
            if state.redacted() { "-redacted" } else { "" }
        );
        let count = records.len();
        (state.records_text(records.into_iter()), count, name)
    }

    /// Copies or saves the lines an export takes, and says so.
    fn export_ui(&self, state: &BundleState, lang: Lang, ui: &mut egui::Ui) {
        ui.menu_button(lang.t("ui-export"), |ui| {
            let mut choices = vec![(Lines::Shown, "ui-export-shown-copy", "ui-export-shown-save")];
            if !self.bookmarks.is_empty() {
                choices.push((
                    Lines::Bookmarked,
                    "ui-export-bookmarked-copy",
                    "ui-export-bookmarked-save",
                ));
            }
            for (which, copy, save) in choices {
                if ui.button(lang.t(copy)).clicked() {
                    let (text, count, _) = self.export(state, which, lang);
                    super::copy_text(
                        ui.ctx(),
                        text,
                        Text::key("ui-copied-lines").num("count", count as i64),
                    );
                    ui.close();
                }
                if ui.button(lang.t(save)).clicked() {
                    ui.close();
                    let (text, count, name) = self.export(state, which, lang);
                    let dialog = rfd::FileDialog::new()
                        .set_file_name(name)
                        .add_filter("Text", &["txt"]);
                    let said = match super::run_dialog(|| dialog.save_file()) {
                        (Some(path), _) => match std::fs::write(&path, text) {
                            Ok(()) => Text::key("ui-export-saved")
                                .num("count", count as i64)
                                .str("path", path.display().to_string()),
                            Err(e) => Text::key("ui-export-failed").str("error", e.to_string()),
                        },
                        (None, true) => Text::key("ui-no-dialog"),
                        (None, false) => continue,
                    };
                    super::say(ui.ctx(), said);
                }
            }
        });
    }

    /// Selects `row` and scrolls to it.
    fn go(&mut self, row: usize) {
        self.selected = Some(row);
        self.anchor = Some(row);
        self.scroll_to = Some(row);
    }

    /// Home, End, Page Up and Page Down, when no text field has the keys.
    fn keys(&mut self, bundle: Records, page: usize, ctx: &egui::Context) {
        let n = self.len(bundle);
        if n == 0 || ctx.egui_wants_keyboard_input() {
            return;
        }
        let at = self.selected.unwrap_or(0);
        let moved = ctx.input_mut(|i| {
            use egui::{Key, Modifiers};
            if i.consume_key(Modifiers::NONE, Key::Home) {
                Some(0)
            } else if i.consume_key(Modifiers::NONE, Key::End) {
                Some(n - 1)
            } else if i.consume_key(Modifiers::NONE, Key::PageDown) {
                Some((at + page).min(n - 1))
            } else if i.consume_key(Modifiers::NONE, Key::PageUp) {
                Some(at.saturating_sub(page))
            } else {
                None
            }
        });
        if let Some(row) = moved {
            self.go(row);
        }
    }

    /// The log; `when` holds the moments of the analysis it can filter to.
    pub fn ui(
        &mut self,
        state: &mut BundleState,
        when: &Moments,
        rules: &mut Vec<ColourRule>,
        ui: &mut egui::Ui,
    ) {
        let lang = super::lang(ui.ctx());
        let clock = super::Clock::of(ui.ctx());
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
            ui.add_enabled(
                when.failure.is_some(),
                egui::Checkbox::new(&mut self.around_failure, lang.t("ui-around-failure")),
            )
            .on_hover_text(lang.t("ui-around-failure-tip"));
            self.attempt_ui(when, ui);
            // Filters on one row, finding on the next: a label never wraps
            // away from its field.
            ui.end_row();
            let search_label = ui.label(lang.label("ui-search"));
            let search = ui
                .add(
                    egui::TextEdit::singleline(&mut self.query.text)
                        .hint_text("Ctrl+F, F3")
                        .desired_width(160.0),
                )
                .labelled_by(search_label.id);
            if self.focus_search {
                search.request_focus();
                self.focus_search = false;
            }
            if !self.history.is_empty() {
                egui::ComboBox::from_id_salt("search-history")
                    .selected_text("")
                    .width(24.0)
                    .show_ui(ui, |ui| {
                        for h in &self.history {
                            if ui.selectable_label(false, h).clicked() {
                                self.query.text = h.clone();
                            }
                        }
                    })
                    .response
                    .on_hover_text(lang.t("ui-search-history"));
            }
            ui.checkbox(&mut self.query.regex, lang.t("ui-regex"));
            ui.checkbox(&mut self.query.case, lang.t("ui-match-case"));
            let enter = search.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let (f3, shift_f3) = ui.input_mut(|i| {
                (
                    i.consume_key(egui::Modifiers::NONE, egui::Key::F3),
                    i.consume_key(egui::Modifiers::SHIFT, egui::Key::F3),
                )
            });
            let asked = std::mem::take(&mut self.find_asked);
            if ui.button(lang.t("ui-next")).clicked() || enter || f3 || asked {
                self.find(bundle, true);
            }
            if ui.button(lang.t("ui-previous")).clicked() || shift_f3 {
                self.find(bundle, false);
            }
            ui.separator();
            if ui.button(lang.t("ui-next-error")).clicked() {
                self.find_error(bundle, true);
            }
            if ui.button(lang.t("ui-previous-error")).clicked() {
                self.find_error(bundle, false);
            }
            // The bookmarks, at hand whatever is selected.
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
            ui.separator();
            let go = ui
                .horizontal(|ui| {
                    let go_label = ui.label(lang.label("ui-go-to-line-time"));
                    ui.add(
                        egui::TextEdit::singleline(&mut self.go_text)
                            .hint_text("1234, 08:20:47")
                            .desired_width(110.0),
                    )
                    .labelled_by(go_label.id)
                })
                .inner;
            if go.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                self.go_to(bundle, clock);
            }
            ui.separator();
            self.export_ui(state, lang, ui);
            rules_ui(&mut self.rules_open, rules, ui);
            if apply {
                self.filter_text = self.filter_draft.trim().to_owned();
            }
            self.refilter(bundle, self.filter(when));
        });
        if let Some((_, shown)) = &self.only_id {
            let mut clear = false;
            ui.horizontal(|ui| {
                ui.label(
                    Text::key("ui-only-id-on")
                        .str("id", shown.clone())
                        .render(lang),
                );
                clear = ui.button(lang.t("ui-only-id-clear")).clicked();
            });
            if clear {
                self.only_id = None;
            }
        }
        if let Some(note) = &self.note {
            ui.label(RichText::new(note.render(lang)).italics());
        }

        let total = self.len(bundle);
        let detail = if self.selected.is_some() { 150.0 } else { 0.0 };
        let page = ((ui.available_height() - detail) / ROW).max(1.0) as usize;
        self.keys(bundle, page, ui.ctx());
        // A fixed id: egui keeps a scroll area's place by its id, and an id
        // made from the widgets before it changes when another view was
        // shown in between.
        let mut area = egui::ScrollArea::both()
            .id_salt("log-rows")
            .max_height((ui.available_height() - detail).max(100.0))
            .auto_shrink([false, false]);
        if let Some(row) = self.scroll_to.take() {
            let spacing = ui.spacing().item_spacing.y;
            area = area.vertical_scroll_offset((row as f32 * (ROW + spacing) - 120.0).max(0.0));
        }
        let selection = self.range();
        let rule_matchers = self.colours(rules);
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
                        if bookmark_mark(ui, marked, &lang.t("ui-bookmark-tip")).clicked() {
                            if marked {
                                self.bookmarks.remove(&r);
                            } else {
                                self.bookmarks.insert(r);
                            }
                        }
                        let in_selection = selection.as_ref().is_some_and(|s| s.contains(&row));
                        let hit = self
                            .searched
                            .as_ref()
                            .filter(|s| s.hits.binary_search(&row).is_ok());
                        // A match on a continuation line is shown after the
                        // first line, or the row would not show why it is one.
                        let continued = hit
                            .filter(|s| !s.matcher.is_match(&text))
                            .and_then(|s| state.matching_line(r, &s.matcher, 200))
                            .map(|l| format!("  … {l}"))
                            .unwrap_or_default();
                        let shown = format!(
                            "{}  {:<7} {}:{}  {}{}{continued}",
                            bundle
                                .time(r)
                                .map(|t| clock.at(t))
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
                        );
                        let dark = ui.visuals().dark_mode;
                        let mut base = egui::TextFormat {
                            font_id: egui::FontId::monospace(11.5),
                            color: ui.visuals().text_color(),
                            ..Default::default()
                        };
                        base.color = colour_of(&shown, bundle.level(r), &rule_matchers, dark)
                            .unwrap_or(base.color);
                        if self.highlight == Some(r) {
                            let (bg, text) = super::palette::highlight(dark);
                            base.background = bg;
                            base.color = text;
                        } else if in_selection {
                            base.background = ui.visuals().selection.bg_fill.gamma_multiply(0.6);
                        }
                        let marks = hit.map(|s| s.matcher.ranges(&shown)).unwrap_or_default();
                        let line = row_layout(&shown, &marks, base, dark);
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
                // The lines of one exchange: all that name its id.
                if let Some(r) = self.at(bundle, row)
                    && self.only_id.is_none()
                {
                    for (raw, shown) in state.ids_of(r) {
                        let label = Text::key("ui-only-id")
                            .str("id", shown.clone())
                            .render(lang);
                        if ui.button(label).clicked() {
                            self.only_id = Some((raw, shown));
                        }
                    }
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

/// The bookmark gutter of a row: a filled mark when bookmarked, a ring
/// while the pointer is on an empty one.
fn bookmark_mark(ui: &mut egui::Ui, marked: bool, tip: &str) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(16.0, ROW - 2.0), Sense::click());
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, marked, tip));
    let color = ui.visuals().hyperlink_color;
    let center = rect.center();
    if marked {
        ui.painter().circle_filled(center, 5.0, color);
    } else if response.hovered() {
        ui.painter()
            .circle_stroke(center, 5.0, egui::Stroke::new(1.0, color));
    }
    response.on_hover_text(tip)
}

/// The colour of a row's text: the first of the user's rules that matches
/// it, else its level's, if the level has one.
fn colour_of(
    text: &str,
    level: Level,
    rules: &[(Matcher, RuleColour)],
    dark: bool,
) -> Option<egui::Color32> {
    rules
        .iter()
        .find(|(m, _)| m.is_match(text))
        .map(|(_, c)| super::palette::rule(*c, dark))
        .or_else(|| super::palette::level(level, dark))
}

/// The editor of the user's colour rules, kept in the settings: a window
/// of its own, which stays open while the user types and picks colours.
fn rules_ui(open: &mut bool, rules: &mut Vec<ColourRule>, ui: &mut egui::Ui) {
    let lang = super::lang(ui.ctx());
    if ui.button(lang.t("ui-colour-rules")).clicked() {
        *open = !*open;
    }
    egui::Window::new(lang.t("ui-colour-rules"))
        .open(open)
        .resizable(false)
        .collapsible(false)
        .default_width(480.0)
        .show(ui.ctx(), |ui| {
            ui.label(lang.t("ui-colour-rules-tip"));
            ui.add_space(4.0);
            let mut remove = None;
            for (i, rule) in rules.iter_mut().enumerate() {
                ui.horizontal(|ui| {
                    let label = ui.label(lang.label("ui-rule-text"));
                    ui.add(egui::TextEdit::singleline(&mut rule.text).desired_width(180.0))
                        .labelled_by(label.id);
                    egui::ComboBox::new(("colour-rule", i), lang.t("ui-rule-colour"))
                        .selected_text(lang.t(rule.colour.key()))
                        .show_ui(ui, |ui| {
                            for c in RuleColour::ALL {
                                ui.selectable_value(&mut rule.colour, c, lang.t(c.key()));
                            }
                        });
                    if ui.button(lang.t("ui-rule-remove")).clicked() {
                        remove = Some(i);
                    }
                });
            }
            if let Some(i) = remove {
                rules.remove(i);
            }
            if ui.button(lang.t("ui-rule-add")).clicked() {
                rules.push(ColourRule::default());
            }
        });
}

/// A row's text with every search match marked.
fn row_layout(
    text: &str,
    marks: &[std::ops::Range<usize>],
    base: egui::TextFormat,
    dark: bool,
) -> egui::text::LayoutJob {
    let (bg, fg) = super::palette::search_match(dark);
    let marked = egui::TextFormat {
        background: bg,
        color: fg,
        ..base.clone()
    };
    let mut job = egui::text::LayoutJob::default();
    let mut last = 0;
    for m in marks {
        // Ranges come from the same text, but a bad one costs a mark only.
        let (Some(before), Some(inside)) = (text.get(last..m.start), text.get(m.clone())) else {
            continue;
        };
        job.append(before, 0.0, base.clone());
        job.append(inside, 0.0, marked.clone());
        last = m.end;
    }
    job.append(text.get(last..).unwrap_or_default(), 0.0, base);
    job
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

#[cfg(test)]
mod tests {
    use super::*;

    fn compiled(rules: &[(&str, RuleColour)]) -> Vec<(Matcher, RuleColour)> {
        let mut view = LogView::default();
        let rules: Vec<ColourRule> = rules
            .iter()
            .map(|(t, c)| ColourRule {
                text: (*t).to_owned(),
                colour: *c,
            })
            .collect();
        let out = view.colours(&rules);
        // Compiled once: the same rules give the same matchers.
        assert!(Arc::ptr_eq(&out, &view.colours(&rules)));
        drop(view);
        Arc::try_unwrap(out).unwrap_or_else(|_| panic!("one owner after the view is dropped"))
    }

    #[test]
    fn colour_rules_come_before_levels_and_the_first_match_wins() {
        let rules = compiled(&[
            ("register", RuleColour::Green),
            ("", RuleColour::Purple),
            ("401", RuleColour::Orange),
        ]);
        let dark = false;
        let colour = |t: &str, l: Level| colour_of(t, l, &rules, dark);
        // Any case; the first rule that matches; an empty rule matches nothing.
        let green = Some(super::super::palette::rule(RuleColour::Green, dark));
        assert_eq!(colour("SIP REGISTER sent", Level::Error), green);
        assert_eq!(colour("REGISTER -> 401", Level::Info), green);
        assert_eq!(
            colour("401 Unauthorized", Level::Info),
            Some(super::super::palette::rule(RuleColour::Orange, dark))
        );
        // No rule: the level's colour, and none for plain information.
        assert_eq!(
            colour("token failed", Level::Error),
            Some(super::super::palette::failure(dark))
        );
        assert_eq!(colour("keep-alive", Level::Info), None);
        assert!(colour("verbose", Level::Debug).is_some());
    }
}
