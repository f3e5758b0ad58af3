//! The desktop app (egui/eframe): drop a bundle, see the verdict, the
//! findings, the timeline, the ladder and the lines, and take a screenshot
//! for the ticket.
//!
//! Presentation only: every fact comes from [`crate::analysis::Analysis`]
//! and [`crate::record::Bundle`], computed on a worker thread
//! ([`communication`]); panels keep only their view state (scroll
//! positions, filters, selections). One file a panel, each with a `ui`
//! function.

pub mod app;
pub mod call_flow;
pub mod calls;
pub mod codes;
pub mod communication;
pub mod facts;
pub mod files;
pub mod ladder;
pub mod log_view;
pub mod palette;
pub mod playbooks;
pub mod search;
pub mod settings;
pub mod shown;
pub mod start;
pub mod timeline;
pub mod verdict;

use std::path::{Path, PathBuf};

pub use app::App;

use crate::i18n::{Lang, Text};

/// The language the window is shown in. It lives in egui's memory, which
/// every panel can reach, so that it needs no parameter of its own; the app
/// sets it each frame.
pub fn lang(ctx: &egui::Context) -> Lang {
    ctx.data(|d| d.get_temp(egui::Id::unique(LANG_KEY)))
        .unwrap_or_default()
}

pub(crate) fn set_lang(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::unique(LANG_KEY), lang));
}

const LANG_KEY: &str = "wxbw-doctor-lang";

/// The result views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum View {
    Summary,
    Timeline,
    Ladder,
    CallFlow,
    Calls,
    Log,
    Facts,
    Files,
    Codes,
    Playbooks,
}

impl View {
    pub const ALL: [View; 10] = [
        View::Summary,
        View::Timeline,
        View::Ladder,
        View::CallFlow,
        View::Calls,
        View::Log,
        View::Facts,
        View::Files,
        View::Codes,
        View::Playbooks,
    ];

    pub fn title(self, lang: Lang) -> String {
        lang.t(match self {
            View::Summary => "view-summary",
            View::Timeline => "view-timeline",
            View::Ladder => "view-ladder",
            View::CallFlow => "view-call-flow",
            View::Calls => "view-calls",
            View::Log => "view-log",
            View::Facts => "view-facts",
            View::Files => "view-files",
            View::Codes => "view-codes",
            View::Playbooks => "view-playbooks",
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            View::Summary => "verdict",
            View::Timeline => "timeline",
            View::Ladder => "ladder",
            View::CallFlow => "flow",
            View::Calls => "calls",
            View::Log => "log",
            View::Facts => "facts",
            View::Files => "files",
            View::Codes => "codes",
            View::Playbooks => "playbooks",
        }
    }

    /// `--view` values: `verdict`, `timeline`, `ladder`, `flow`, `calls`, `log`, `facts`,
    /// `playbooks`, `files`, `codes`.
    pub fn from_name(name: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.name() == name)
    }
}

/// How the app shows times, everywhere at once: in UTC, which the logs of
/// both sides print and tier 2 asks for, or in this computer's zone, which
/// the user on the phone speaks in; with the date when the bundle spans
/// more than a day, so that logs days apart are not read as one morning.
/// It lives in egui's memory like the language; the app sets it each frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Clock {
    pub local: bool,
    pub dated: bool,
}

const CLOCK_KEY: &str = "wxbw-doctor-clock";

impl Clock {
    pub fn of(ctx: &egui::Context) -> Clock {
        ctx.data(|d| d.get_temp(egui::Id::unique(CLOCK_KEY)))
            .unwrap_or_default()
    }

    pub(crate) fn set(self, ctx: &egui::Context) {
        ctx.data_mut(|d| d.insert_temp(egui::Id::unique(CLOCK_KEY), self));
    }

    fn format(self, t: chrono::DateTime<chrono::Utc>, format: &str) -> String {
        if self.local {
            t.with_timezone(&chrono::Local).format(format).to_string()
        } else {
            t.format(format).to_string()
        }
    }

    /// A moment to the millisecond: `08:20:47.123`, dated when the bundle
    /// spans days.
    pub fn at(self, t: chrono::DateTime<chrono::Utc>) -> String {
        self.format(
            t,
            if self.dated {
                "%Y-%m-%d %H:%M:%S%.3f"
            } else {
                "%H:%M:%S%.3f"
            },
        )
    }

    /// [`Clock::at`] of epoch milliseconds.
    pub fn millis(self, ms: i64) -> String {
        chrono::DateTime::from_timestamp_millis(ms).map_or_else(String::new, |t| self.at(t))
    }

    /// A moment with its date, to the second.
    pub fn dated(self, t: chrono::DateTime<chrono::Utc>) -> String {
        self.format(t, "%Y-%m-%d %H:%M:%S")
    }

    /// A span of times: `2026-11-30 08:20:47 – 08:31:02`, with the second
    /// date where the span is not within one day.
    pub fn range(
        self,
        a: chrono::DateTime<chrono::Utc>,
        b: chrono::DateTime<chrono::Utc>,
    ) -> String {
        let day = |t: chrono::DateTime<chrono::Utc>| self.format(t, "%Y-%m-%d");
        if day(a) == day(b) {
            format!("{} – {}", self.dated(a), self.format(b, "%H:%M:%S"))
        } else {
            format!(
                "{} – {}",
                self.format(a, "%Y-%m-%d %H:%M"),
                self.format(b, "%Y-%m-%d %H:%M")
            )
        }
    }

    /// What the times are in: `UTC`, or the local zone's offset now.
    pub fn zone(self) -> String {
        if self.local {
            format!("UTC{}", chrono::Local::now().format("%:z"))
        } else {
            "UTC".to_owned()
        }
    }

    /// A time typed by the user, read in the zone the app shows.
    pub fn read(self, t: chrono::NaiveDateTime) -> Option<chrono::DateTime<chrono::Utc>> {
        use chrono::TimeZone;
        if self.local {
            chrono::Local
                .from_local_datetime(&t)
                .earliest()
                .map(|l| l.with_timezone(&chrono::Utc))
        } else {
            Some(t.and_utc())
        }
    }

    /// The calendar day of a moment, in the zone the app shows.
    pub fn day(self, t: chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate {
        if self.local {
            t.with_timezone(&chrono::Local).date_naive()
        } else {
            t.date_naive()
        }
    }
}

/// Most characters a detail pane lays out: egui lays text out every frame,
/// and a hostile log line can be megabytes long.
pub const DETAIL_CHARS: usize = 64 * 1024;

/// Copies text to the clipboard and says so in the status bar: a copy
/// that gives no sign is a copy the user does again, or doubts.
pub fn copy_text(ctx: &egui::Context, text: String, said: Text) {
    ctx.copy_text(text);
    say(ctx, said);
}

/// Puts a message in the status bar, from any panel.
pub fn say(ctx: &egui::Context, said: Text) {
    ctx.request_repaint();
    ctx.data_mut(|d| d.insert_temp(egui::Id::unique(SAID_KEY), Some(said)));
}

/// Runs a system file dialog; the flag is true when none could be shown.
/// Where no dialog is available (no desktop portal, no zenity), rfd
/// returns at once as if cancelled; nobody cancels a dialog that fast.
pub fn run_dialog<T>(show: impl FnOnce() -> Option<T>) -> (Option<T>, bool) {
    const TOO_FAST: std::time::Duration = std::time::Duration::from_millis(150);
    let started = std::time::Instant::now();
    let picked = show();
    let none_shown = picked.is_none() && started.elapsed() < TOO_FAST;
    (picked, none_shown)
}

/// What a panel said for the status bar since the last frame.
pub(crate) fn take_said(ctx: &egui::Context) -> Option<Text> {
    ctx.data_mut(|d| d.remove_temp::<Option<Text>>(egui::Id::unique(SAID_KEY)))
        .flatten()
}

const SAID_KEY: &str = "wxbw-doctor-said";

/// A record's text for a detail pane, clipped to [`DETAIL_CHARS`] with a
/// note saying so.
pub fn detail_text(text: &str, lang: Lang) -> std::borrow::Cow<'_, str> {
    match crate::record::clip(text, DETAIL_CHARS) {
        (kept, true) => format!(
            "{kept}\n… ({})",
            Text::key("ui-cut-here")
                .num("bytes", text.len() as i64)
                .render(lang)
        )
        .into(),
        (whole, false) => whole.into(),
    }
}

/// How the app was started.
#[derive(Debug, Default)]
pub struct Launch {
    pub paths: Vec<PathBuf>,
    /// `--screenshot OUT.png`: write the view once analysed, then quit.
    pub screenshot: Option<PathBuf>,
    pub view: Option<View>,
    /// `--lang`: this run's language, not saved; else the saved choice or
    /// the system's language.
    pub lang: Option<Lang>,
    /// `--redact`: mask personal data from the first frame (for a PNG that
    /// goes into a ticket); `--redact-ips` also masks addresses.
    pub redact: bool,
    pub redact_ips: bool,
    /// `--theme`: this run's colours.
    pub theme: Option<Theme>,
    /// `--window-size`: this run's window size.
    pub window_size: Option<[f32; 2]>,
}

/// The app's two colour themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Theme {
    Light,
    Dark,
}

/// Writes a screenshot as PNG.
pub fn save_png(image: &egui::ColorImage, path: &Path) -> Result<(), Text> {
    let [w, h] = image.size;
    let pixels: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, pixels)
        .ok_or_else(|| Text::key("ui-shot-bad-size"))?;
    buffer
        .save_with_format(path, image::ImageFormat::Png)
        .map_err(|e| Text::plain(format!("{}: {e}", path.display())))
}

/// Puts a screenshot on the clipboard, where the platform allows.
pub fn copy_image(image: &egui::ColorImage) -> Result<(), Text> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let mut clipboard = arboard::Clipboard::new()
        .map_err(|e| Text::key("ui-no-clipboard").str("error", e.to_string()))?;
    clipboard
        .set_image(arboard::ImageData {
            width: w,
            height: h,
            bytes: bytes.into(),
        })
        .map_err(|e| Text::key("ui-clipboard-refused").str("error", e.to_string()))
}

/// Opens the window (and the given paths) and runs until it is closed.
pub fn run(launch: Launch) -> anyhow::Result<()> {
    // A screenshot, or a window of a size asked for, starts from the
    // defaults and leaves the user's settings and window alone: eframe
    // would otherwise restore (and save) the last window's size, theme and
    // choices. Its state goes to a scratch file, removed before each such
    // run (eframe writes it from a thread of its own on exit, so it is not
    // removed after). eframe's `persistence_path` names a file, not a folder.
    let scratch = (launch.screenshot.is_some() || launch.window_size.is_some()).then(|| {
        let file = std::env::temp_dir().join("wxbw-doctor-scratch.ron");
        let _ = std::fs::remove_file(&file);
        file
    });
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("wxbw-doctor")
            .with_inner_size(launch.window_size.unwrap_or([1280.0, 820.0]))
            .with_min_inner_size([900.0, 600.0])
            .with_drag_and_drop(true)
            .with_icon(
                eframe::icon_data::from_png_bytes(include_bytes!(
                    "../../assets/icon/wxbw-doctor-256.png"
                ))
                .unwrap_or_default(),
            ),
        renderer: eframe::Renderer::Glow,
        persistence_path: scratch.clone(),
        ..Default::default()
    };
    eframe::run_native(
        "wxbw-doctor",
        options,
        Box::new(move |cc| {
            let mut settings: settings::Settings = cc
                .storage
                .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                .unwrap_or_default();
            if let Some(theme) = launch.theme {
                settings.dark = theme == Theme::Dark;
            }
            cc.egui_ctx.set_theme(if settings.dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            let mut app = App::new(settings);
            if let Some(lang) = launch.lang {
                app.lang = lang;
            }
            app.settings.redact |= launch.redact || launch.redact_ips;
            app.settings.redact_ips |= launch.redact_ips;
            if let Some(path) = launch.screenshot {
                app.screenshot_when_ready(path, launch.view.unwrap_or(View::Summary), true);
            } else if let Some(view) = launch.view {
                app.view = view;
            }
            app.open_paths(&cc.egui_ctx, launch.paths);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("the window could not be opened: {e}"))
}
