//! The application: one struct, the per-frame logic, and the layout that
//! places the panels.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use egui::RichText;

use super::communication::{Input, Job, Message, Polled};
use super::settings::Settings;
use super::shown::BundleState;
use super::{
    View, call_flow, calls, codes, facts, files, ladder, log_view, playbooks, start, timeline,
    verdict,
};
use std::collections::BTreeMap;

use crate::analysis::playbooks::Walk;
use crate::analysis::{Analysis, Status};
use crate::export::redact::Redactor;
use crate::i18n::{Lang, Text};
use crate::record::{Bundle, human_bytes};
use crate::source::local::{self, BaseDirs, LocalLog, Platform};

/// What the app is doing now.
pub enum Phase {
    Start { note: Option<Text> },
    Working(Job),
    Results,
}

/// Where a screenshot goes.
#[derive(Debug, Clone)]
pub enum ShotTarget {
    File(PathBuf),
    Clipboard,
}

/// A screenshot to take once the view shows results.
pub struct ScreenshotRequest {
    pub target: ShotTarget,
    pub quit_after: bool,
    frames_ready: u32,
    requested: bool,
}

pub struct App {
    pub settings: Settings,
    pub phase: Phase,
    pub state: Option<BundleState>,
    pub view: View,
    pub local_logs: Result<Vec<LocalLog>, String>,
    pub log: log_view::LogView,
    pub ladder: ladder::LadderView,
    pub call_flow: call_flow::CallFlowView,
    pub calls: calls::CallsView,
    pub timeline: timeline::TimelineView,
    pub codes: codes::CodeLookup,
    pub playbooks: playbooks::PlaybooksView,
    /// The playbooks walked with no bundle open.
    pub unbundled: BTreeMap<String, Walk>,
    /// What the open bundle's walked playbooks are kept under in the
    /// settings: its paths, or `local`.
    bundle_key: String,
    pub screenshot: Option<ScreenshotRequest>,
    /// Set by the screenshot callback: what to report.
    pub screenshot_done: Arc<std::sync::Mutex<Option<Result<Text, Text>>>>,
    /// Shown at the bottom until the next action.
    pub status: Option<Text>,
    /// The language the window is shown in.
    pub lang: Lang,
    /// Whether settings are saved on exit; a `--screenshot` run is for docs
    /// and tests and leaves the user's settings and recent bundles alone.
    pub persist: bool,
    /// When live mode last looked at the local log files.
    last_watch: Option<std::time::Instant>,
    /// The view the next opened bundle starts on; Summary when unset, since
    /// a new bundle's first question is what went wrong.
    pub next_view: Option<View>,
    /// Whether the app's colours have been given to egui.
    styled: bool,
    /// The log's moments of the analysis shown: a bundle of a gigabyte
    /// holds thousands of attempts, too many to walk each frame.
    moments: Option<(std::sync::Weak<Analysis>, Arc<log_view::Moments>)>,
}

impl App {
    pub fn new(settings: Settings) -> App {
        let local_logs = local::discover(Platform::current(), &BaseDirs::from_system())
            .map_err(|e| e.to_string());
        let unbundled = settings.checked_for("");
        App {
            lang: settings.lang.unwrap_or_else(Lang::from_system),
            settings,
            phase: Phase::Start { note: None },
            state: None,
            view: View::Summary,
            local_logs,
            log: log_view::LogView::default(),
            ladder: ladder::LadderView::default(),
            call_flow: call_flow::CallFlowView::default(),
            calls: calls::CallsView::default(),
            timeline: timeline::TimelineView::default(),
            codes: codes::CodeLookup::default(),
            playbooks: playbooks::PlaybooksView::default(),
            unbundled,
            bundle_key: String::new(),
            screenshot: None,
            screenshot_done: Arc::default(),
            status: None,
            persist: true,
            last_watch: None,
            next_view: None,
            styled: false,
            moments: None,
        }
    }

    /// Text outside any bundle's views (the start page's paths, the status
    /// bar) as it may be shown: through the open bundle's redactor, so that
    /// masks match, or a fresh one, when the user asked for redaction.
    pub fn shown(&self, text: &str) -> String {
        shown_by(self.state.as_ref(), &self.settings, text)
    }

    /// Writes a PNG of `view` once the analysis is shown (`--screenshot`).
    pub fn screenshot_when_ready(&mut self, path: PathBuf, view: View, quit_after: bool) {
        self.view = view;
        self.next_view = Some(view);
        self.persist &= !quit_after;
        self.screenshot = Some(ScreenshotRequest {
            target: ShotTarget::File(path),
            quit_after,
            frames_ready: 0,
            requested: false,
        });
    }

    pub fn open(&mut self, ctx: &egui::Context, input: Input) {
        if let Phase::Working(job) = &self.phase {
            job.cancel();
        }
        if let Input::Paths(paths) = &input {
            self.settings.remember(paths);
        }
        match Job::start(ctx.clone(), input, self.settings.limits()) {
            Ok(job) => self.phase = Phase::Working(job),
            Err(e) => {
                self.phase = Phase::Start {
                    note: Some(Text::key("ui-start-failed").str("error", e.to_string())),
                }
            }
        }
    }

    pub fn open_paths(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        if !paths.is_empty() {
            self.open(ctx, Input::Paths(paths));
        }
    }

    /// Drains the worker's messages; called at the start of every frame.
    fn drain(&mut self, ctx: &egui::Context) {
        loop {
            let Phase::Working(job) = &self.phase else {
                return;
            };
            let message = match job.poll() {
                Polled::Message(m) => m,
                Polled::Nothing => {
                    ctx.request_repaint_after(std::time::Duration::from_millis(100));
                    return;
                }
                Polled::Gone => {
                    self.phase = Phase::Start {
                        note: Some(Text::key("ui-stopped")),
                    };
                    return;
                }
            };
            // Only a message needs the input (for the bundle's name).
            let input = job.input.clone();
            match message {
                Message::Read(bundle) => self.show_bundle(bundle, None, &input),
                Message::Analysed(bundle, analysis) => {
                    self.show_bundle(bundle, Some(analysis), &input);
                    self.phase = Phase::Results;
                }
                Message::Cancelled => {
                    self.state = None;
                    self.phase = Phase::Start {
                        note: Some(Text::key("ui-cancelled")),
                    };
                }
            }
        }
    }

    /// Shows a bundle just read, or attaches its analysis when it is already shown.
    fn show_bundle(&mut self, bundle: Arc<Bundle>, analysis: Option<Arc<Analysis>>, input: &Input) {
        if let Some(s) = self.state.as_mut().filter(|s| s.holds(&bundle)) {
            s.attach(analysis);
            return;
        }
        self.bundle_key = match input {
            Input::Paths(p) => p
                .iter()
                .map(|p| {
                    std::path::absolute(p)
                        .unwrap_or_else(|_| p.clone())
                        .display()
                        .to_string()
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Input::Local(_) => "local".to_owned(),
        };
        let (name, live) = match input {
            Input::Paths(p) => {
                let names: Vec<String> = p
                    .iter()
                    .filter_map(|p| p.file_name())
                    .map(|n| n.to_string_lossy().into_owned())
                    .collect();
                (Text::plain(names.join(", ")), None)
            }
            Input::Local(logs) => {
                let watch = logs
                    .iter()
                    .map(|l| (l.path.clone(), file_size(&l.path)))
                    .collect();
                (Text::key("ui-local-bundle"), Some(watch))
            }
        };
        self.log = log_view::LogView::default();
        self.ladder = ladder::LadderView::default();
        self.call_flow = call_flow::CallFlowView::default();
        self.calls = calls::CallsView::default();
        self.playbooks = playbooks::PlaybooksView::default();
        self.timeline = timeline::TimelineView::default();
        self.view = self.next_view.take().unwrap_or(View::Summary);
        let mut state = BundleState::new(name, bundle, None, live);
        state.checked = self.settings.checked_for(&self.bundle_key);
        state.redaction(self.settings.redact, self.settings.redact_ips);
        state.attach(analysis);
        self.state = Some(state);
    }

    /// Live mode: re-analyses this computer's logs when they grow.
    fn watch_local(&mut self, ctx: &egui::Context) {
        if !matches!(self.phase, Phase::Results) {
            return;
        }
        let Some(live) = self.state.as_ref().and_then(|s| s.live.as_ref()) else {
            return;
        };
        const EVERY: std::time::Duration = std::time::Duration::from_secs(2);
        ctx.request_repaint_after(EVERY);
        // Frames come much more often than that while the user works; the
        // files are looked at only every two seconds.
        if self.last_watch.is_some_and(|t| t.elapsed() < EVERY) {
            return;
        }
        self.last_watch = Some(std::time::Instant::now());
        let changed = live.iter().any(|(p, size)| file_size(p) != *size);
        if changed && let Ok(logs) = local::discover(Platform::current(), &BaseDirs::from_system())
        {
            // New lines of the same logs: the user stays where they are.
            self.next_view = Some(self.view);
            self.open(ctx, Input::Local(logs));
        }
    }

    fn handle_drops(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        self.open_paths(ctx, dropped);
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let (open, find, shot) = ctx.input_mut(|i| {
            (
                i.consume_key(egui::Modifiers::COMMAND, egui::Key::O),
                i.consume_key(egui::Modifiers::COMMAND, egui::Key::F),
                i.consume_key(
                    egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
                    egui::Key::S,
                ),
            )
        });
        if open {
            self.pick_files(ctx);
        }
        if find && self.state.is_some() {
            self.view = View::Log;
            self.log.focus_search = true;
        }
        if shot && self.state.is_some() {
            self.save_screenshot_dialog();
        }
    }

    pub fn pick_files(&mut self, ctx: &egui::Context) {
        let dialog = rfd::FileDialog::new()
            .add_filter(
                self.lang.t("ui-filter-bundles"),
                &["zip", "tar", "gz", "tgz", "txt", "log"],
            )
            .add_filter(self.lang.t("ui-all-files"), &["*"]);
        if let Some(files) = self.dialog(|| dialog.pick_files()) {
            self.open_paths(ctx, files);
        }
    }

    pub fn pick_folder(&mut self, ctx: &egui::Context) {
        if let Some(folder) = self.dialog(|| rfd::FileDialog::new().pick_folder()) {
            self.open_paths(ctx, vec![folder]);
        }
    }

    /// Runs a system file dialog; where none can be shown, the user is
    /// told to drop files instead ([`super::run_dialog`]).
    fn dialog<T>(&mut self, show: impl FnOnce() -> Option<T>) -> Option<T> {
        let (picked, none_shown) = super::run_dialog(show);
        if none_shown {
            self.status = Some(Text::key("ui-no-dialog"));
        }
        picked
    }

    pub fn save_screenshot_dialog(&mut self) {
        let name = self
            .state
            .as_ref()
            .map_or("wxbw-doctor".to_owned(), |s| s.file_stem(self.lang));
        let dialog = rfd::FileDialog::new()
            .set_file_name(format!("{name}-{}.png", self.view.name()))
            .add_filter("PNG", &["png"]);
        if let Some(path) = self.dialog(|| dialog.save_file()) {
            self.screenshot = Some(ScreenshotRequest {
                target: ShotTarget::File(path),
                quit_after: false,
                frames_ready: 2,
                requested: false,
            });
        }
    }

    /// Takes a pending screenshot once the view has been drawn with results.
    fn screenshot_step(&mut self, ctx: &egui::Context) {
        if let Some(done) = self.screenshot_done.lock().ok().and_then(|mut d| d.take()) {
            let quit = self.screenshot.as_ref().is_some_and(|s| s.quit_after);
            self.status = Some(match &done {
                Ok(what) => what.clone(),
                Err(e) => Text::key("ui-screenshot-failed").text("error", e.clone()),
            });
            if let Err(e) = &done {
                eprintln!("wxbw-doctor: {}", e.render(self.lang));
            }
            self.screenshot = None;
            if quit {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            return;
        }
        let ready = matches!(self.phase, Phase::Results)
            || (matches!(self.phase, Phase::Start { .. }) && self.state.is_none());
        let Some(req) = &mut self.screenshot else {
            return;
        };
        if !ready || req.requested {
            ctx.request_repaint();
            return;
        }
        // A few frames let layout settle (text measured, panels sized).
        req.frames_ready += 1;
        if req.frames_ready < 4 {
            ctx.request_repaint();
            return;
        }
        req.requested = true;
        let target = req.target.clone();
        let slot = self.screenshot_done.clone();
        ctx.request_screenshot(move |image| {
            let result = match &target {
                ShotTarget::File(path) => super::save_png(&image, path).map(|()| {
                    Text::key("ui-screenshot-saved").str("path", path.display().to_string())
                }),
                ShotTarget::Clipboard => {
                    super::copy_image(&image).map(|()| Text::key("ui-screenshot-copied"))
                }
            };
            if let Ok(mut s) = slot.lock() {
                *s = Some(result);
            }
        });
        ctx.request_repaint();
    }

    /// The whole window.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            super::palette::apply(&ctx);
            self.styled = true;
        }
        super::set_lang(&ctx, self.lang);
        self.drain(&ctx);
        self.watch_local(&ctx);
        self.handle_drops(&ctx);
        self.shortcuts(&ctx);
        self.screenshot_step(&ctx);
        if let Some(s) = &mut self.state {
            s.redaction(self.settings.redact, self.settings.redact_ips);
        }
        super::Clock {
            local: self.settings.local_time,
            dated: self.state.as_ref().is_some_and(BundleState::spans_days),
        }
        .set(&ctx);
        if let Some(said) = super::take_said(&ctx) {
            self.status = Some(said);
        }

        egui::Panel::top("toolbar").show(ui, |ui| self.toolbar_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_ui(ui));
        egui::CentralPanel::default_margins().show(ui, |ui| match &self.phase {
            Phase::Working(_) if self.state.is_none() => self.progress_ui(ui),
            _ if self.state.is_some() => self.results_ui(ui),
            // The helpdesk is on the phone and the user reads out a code:
            // no bundle is needed to look it up.
            _ if self.view == View::Codes => {
                if ui.button(self.lang.t("ui-back")).clicked() {
                    self.view = View::Summary;
                }
                ui.add_space(6.0);
                self.codes.ui(ui);
            }
            // Checklists too: what Help Desk shows needs no logs.
            _ if self.view == View::Playbooks => {
                if ui.button(self.lang.t("ui-back")).clicked() {
                    self.view = View::Summary;
                }
                ui.add_space(6.0);
                let settings = &self.settings;
                let shown = |s: &str| shown_by(None, settings, s);
                self.playbooks.ui(&mut self.unbundled, None, &shown, ui);
                self.settings.keep_checked("", &self.unbundled);
            }
            _ => start::start_ui(self, ui),
        });
    }

    fn toolbar_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let lang = self.lang;
        ui.horizontal(|ui| {
            ui.heading("wxbw-doctor");
            ui.separator();
            if ui
                .button(lang.t("ui-open"))
                .on_hover_text(lang.t("ui-open-tip"))
                .clicked()
            {
                self.pick_files(&ctx);
            }
            if ui.button(lang.t("ui-open-folder")).clicked() {
                self.pick_folder(&ctx);
            }
            if self.state.is_none() && ui.button(lang.t("ui-look-up-code")).clicked() {
                self.view = View::Codes;
            }
            if self.state.is_none() && ui.button(lang.t("view-playbooks")).clicked() {
                self.view = View::Playbooks;
            }
            if self.state.is_some() {
                if ui.button(lang.t("ui-close")).clicked() {
                    self.state = None;
                    self.phase = Phase::Start { note: None };
                    self.view = View::Summary;
                }
                if ui
                    .button(lang.t("ui-save-screenshot"))
                    .on_hover_text(lang.t("ui-save-screenshot-tip"))
                    .clicked()
                {
                    self.save_screenshot_dialog();
                }
                if ui
                    .button(lang.t("ui-copy-screenshot"))
                    .on_hover_text(lang.t("ui-copy-screenshot-tip"))
                    .clicked()
                {
                    self.screenshot = Some(ScreenshotRequest {
                        target: ShotTarget::Clipboard,
                        quit_after: false,
                        frames_ready: 2,
                        requested: false,
                    });
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let dark = ui.visuals().dark_mode;
                self.language_ui(ui);
                if ui
                    .button(lang.t(if dark {
                        "ui-theme-light"
                    } else {
                        "ui-theme-dark"
                    }))
                    .clicked()
                {
                    self.settings.dark = !dark;
                    ui.ctx().set_theme(if self.settings.dark {
                        egui::Theme::Dark
                    } else {
                        egui::Theme::Light
                    });
                }
            });
        });
        if self.state.is_none() {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            for v in View::ALL {
                ui.selectable_value(&mut self.view, v, v.title(lang));
            }
            // The redaction switches stand at the right where they fit, and
            // on a line of their own where the tabs of a long language
            // leave no room: never over a tab.
            let (redact, ips) = (lang.t("ui-redact"), lang.t("ui-mask-ips"));
            let font = egui::TextStyle::Button.resolve(ui.style());
            let checkbox = ui.spacing().icon_width + ui.spacing().icon_spacing;
            let needed: f32 = [&redact, &ips]
                .iter()
                .map(|t| {
                    let text = ui.fonts_mut(|f| {
                        f.layout_no_wrap((*t).clone(), font.clone(), egui::Color32::WHITE)
                    });
                    text.size().x + checkbox + ui.spacing().item_spacing.x
                })
                .sum();
            let room = ui.max_rect().right() - ui.cursor().min.x - needed;
            if room >= 0.0 {
                ui.add_space(room);
            } else {
                ui.end_row();
            }
            ui.checkbox(&mut self.settings.redact, redact);
            ui.checkbox(&mut self.settings.redact_ips, ips);
        });
    }

    /// The language picker: the names are each in their own language, so
    /// that anyone can find theirs.
    fn language_ui(&mut self, ui: &mut egui::Ui) {
        let mut lang = self.lang;
        egui::ComboBox::from_label(self.lang.t("ui-language"))
            .selected_text(lang.native_name())
            .show_ui(ui, |ui| {
                for l in Lang::ALL {
                    ui.selectable_value(&mut lang, l, l.native_name());
                }
            });
        if lang != self.lang {
            self.lang = lang;
            self.settings.lang = Some(lang);
            super::set_lang(ui.ctx(), lang);
        }
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang;
        ui.horizontal(|ui| {
            if let Some(s) = &self.state {
                ui.label(
                    Text::key("ui-status-bundle")
                        .str("name", s.name(lang))
                        .num("files", s.records().file_count() as i64)
                        .str("size", human_bytes(s.records().size()))
                        .str("zone", super::Clock::of(ui.ctx()).zone())
                        .render(lang),
                );
                if s.live.is_some() {
                    let ok = super::palette::status(Status::Ok, ui.visuals().dark_mode);
                    ui.label(RichText::new(lang.t("ui-live")).color(ok))
                        .on_hover_text(lang.t("ui-live-tip"));
                }
                if s.redacted() {
                    ui.label(RichText::new(lang.t("ui-redacted")).strong());
                }
            }
            if let Some(msg) = &self.status {
                ui.separator();
                // A saved screenshot's path names the user's folders.
                ui.label(self.shown(&msg.render(lang)));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(format!("wxbw-doctor {}", env!("CARGO_PKG_VERSION")));
                ui.separator();
                // Next to the status's "times in …", which it changes.
                ui.checkbox(&mut self.settings.local_time, lang.t("ui-local-time"))
                    .on_hover_text(
                        Text::key("ui-local-time-tip")
                            .str(
                                "zone",
                                super::Clock {
                                    local: true,
                                    dated: false,
                                }
                                .zone(),
                            )
                            .render(lang),
                    );
            });
        });
    }

    fn progress_ui(&mut self, ui: &mut egui::Ui) {
        let Phase::Working(job) = &self.phase else {
            return;
        };
        let bytes = job.progress.bytes.load(Ordering::Relaxed);
        let files = job.progress.files.load(Ordering::Relaxed);
        let expected = job.progress.expected_bytes.load(Ordering::Relaxed);
        ui.add_space(ui.available_height() / 3.0);
        let lang = self.lang;
        ui.vertical_centered(|ui| {
            ui.heading(lang.t("ui-reading"));
            let fraction = if expected > 0 {
                (bytes as f32 / expected as f32).min(1.0)
            } else {
                0.0
            };
            ui.add(
                egui::ProgressBar::new(fraction).desired_width(420.0).text(
                    Text::key("ui-progress")
                        .str("bytes", human_bytes(bytes))
                        .num("files", files as i64)
                        .render(lang),
                ),
            );
            if ui.button(lang.t("ui-cancel")).clicked() {
                job.cancel();
            }
        });
    }

    fn results_ui(&mut self, ui: &mut egui::Ui) {
        let Some(state) = &mut self.state else { return };
        if let Some(target) = state.jump_to.take() {
            self.view = View::Log;
            self.log.jump(state.records(), target);
        }
        if let Some(id) = state.open_playbook.take() {
            self.view = View::Playbooks;
            self.playbooks.selected = Some(id);
        }
        let Some(analysis) = state.analysis.clone() else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(self.lang.t("ui-analysing"));
                if let Phase::Working(job) = &self.phase
                    && ui.button(self.lang.t("ui-cancel")).clicked()
                {
                    job.cancel();
                }
            });
            if self.view == View::Log {
                self.log.ui(
                    state,
                    &log_view::Moments::default(),
                    &mut self.settings.colour_rules,
                    ui,
                );
            }
            return;
        };
        verdict::banner_ui(&analysis, state, ui);
        ui.add_space(4.0);
        match self.view {
            View::Summary => {
                if let Some(last) = analysis.attempts.last() {
                    timeline::stages_ui(&last.steps, state, ui);
                    ui.add_space(4.0);
                }
                verdict::findings_ui(&analysis, state, ui);
            }
            View::Timeline => self.timeline.ui(&analysis, state, ui),
            View::Ladder => self.ladder.ui(&analysis, state, ui),
            View::CallFlow => self.call_flow.ui(&analysis, state, ui),
            View::Calls => self.calls.ui(&analysis, state, ui),
            View::Log => self.log.ui(
                state,
                &cached_moments(&mut self.moments, &analysis),
                &mut self.settings.colour_rules,
                ui,
            ),
            View::Facts => facts::facts_ui(&analysis, state, ui),
            View::Files => {
                if let Some(file) = files::files_ui(&analysis, state, ui) {
                    self.log.show_file(file);
                    self.view = View::Log;
                }
            }
            View::Codes => self.codes.ui(ui),
            View::Playbooks => {
                let mut checked = std::mem::take(&mut state.checked);
                let shown = |s: &str| state.text(s).into_owned();
                self.playbooks.ui(&mut checked, Some(&analysis), &shown, ui);
                state.checked = checked;
                self.settings.keep_checked(&self.bundle_key, &state.checked);
            }
        }
    }
}

/// [`App::shown`], for a caller that holds other parts of the app.
fn shown_by(state: Option<&BundleState>, settings: &Settings, text: &str) -> String {
    match state {
        Some(s) => s.text(text).into_owned(),
        None if settings.redact => Redactor::new(settings.redact_ips).apply(text).into_owned(),
        None => text.to_owned(),
    }
}

/// [`moments`], computed once for each analysis.
fn cached_moments(
    cache: &mut Option<(std::sync::Weak<Analysis>, Arc<log_view::Moments>)>,
    analysis: &Arc<Analysis>,
) -> Arc<log_view::Moments> {
    match cache {
        // A weak reference keeps the address from being reused.
        Some((of, m)) if std::ptr::eq(of.as_ptr(), Arc::as_ptr(analysis)) => m.clone(),
        _ => {
            let m = Arc::new(moments(analysis));
            *cache = Some((Arc::downgrade(analysis), m.clone()));
            m
        }
    }
}

/// What the log can be filtered to: when the newest attempt failed (as the
/// escalation facts say), and each attempt's span from its start to its
/// last step.
fn moments(analysis: &Analysis) -> log_view::Moments {
    let failure = analysis
        .facts
        .get("failure_at")
        .and_then(|v| v.as_str())
        .and_then(|at| chrono::DateTime::parse_from_rfc3339(at).ok())
        .map(|t| t.timestamp_millis());
    let attempts = analysis.attempts.iter().map(|a| {
        let start = a.started?.timestamp_millis();
        let end = a
            .steps
            .iter()
            .filter_map(|s| s.at)
            .map(|t| t.timestamp_millis())
            .max()
            .unwrap_or(start);
        Some((start, end.max(start)))
    });
    log_view::Moments {
        failure,
        attempts: attempts.collect(),
    }
}

fn file_size(p: &std::path::Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.persist {
            eframe::set_value(storage, eframe::APP_KEY, &self.settings);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_dialog_that_cannot_open_is_said_so() {
        let mut app = App::new(Settings::default());
        // rfd without a portal: back at once, nothing picked.
        assert_eq!(app.dialog(|| None::<PathBuf>), None);
        assert_eq!(app.status, Some(Text::key("ui-no-dialog")));
        // A user who looked and cancelled is not told anything.
        app.status = None;
        let slow = || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            None::<PathBuf>
        };
        assert_eq!(app.dialog(slow), None);
        assert_eq!(app.status, None);
    }
}
