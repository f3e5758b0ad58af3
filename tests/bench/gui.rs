//! The desktop app at scale: time until the verdict shows, and frame times
//! while scrolling the log view (plain, with a regular-expression search,
//! redacted), the ladder and the call flow.
//!
//! `cargo bench --bench gui -- --size-mb 100` opens a generated bundle in
//! the real `App` on an egui context, 1280×820 as the window opens, and
//! steps frames the way eframe does. A frame's time is what eframe reports
//! as `frame.info().cpu_usage`: the app's UI pass plus tessellation; the
//! GPU's drawing is not the app's work and is not counted. Scrolling is a
//! mouse wheel turn of three lines every frame over the view's centre.
//! Last, the peak resident memory of the whole run. Under `cargo test` it
//! runs once on a small bundle.

mod common;

use std::time::{Duration, Instant};

use egui::{Event, Modifiers, MouseWheelUnit, Pos2, RawInput, Rect, TouchPhase, vec2};
use wxbw_doctor::ui::View;
use wxbw_doctor::ui::app::App;
use wxbw_doctor::ui::call_flow;
use wxbw_doctor::ui::search::Query;
use wxbw_doctor::ui::settings::Settings;

const SIZE: egui::Vec2 = vec2(1280.0, 820.0);

struct Window {
    ctx: egui::Context,
    app: App,
    events: Vec<Event>,
    /// A digest of the last frame's meshes, to tell that scrolling moved
    /// what is drawn.
    picture: u64,
}

impl Window {
    fn new() -> Window {
        let mut app = App::new(Settings {
            lang: Some(wxbw_doctor::i18n::Lang::En),
            ..Settings::default()
        });
        app.persist = false;
        Window {
            ctx: egui::Context::default(),
            app,
            events: Vec::new(),
            picture: 0,
        }
    }

    /// One frame; returns its CPU time.
    fn frame(&mut self) -> Duration {
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, SIZE)),
            events: std::mem::take(&mut self.events),
            ..RawInput::default()
        };
        let t = Instant::now();
        let app = &mut self.app;
        let mut out = self.ctx.run_ui(input, |ui| app.show(ui));
        let primitives = self.ctx.tessellate(out.shapes, out.pixels_per_point);
        let took = t.elapsed();
        self.picture = digest(&primitives);
        // No GPU takes the font atlas here.
        out.textures_delta.clear();
        took
    }

    fn verdict_shown(&self) -> bool {
        self.app
            .state
            .as_ref()
            .is_some_and(|s| s.analysis.is_some())
    }

    /// Frame times while the wheel turns over the middle of the window (or
    /// of its right part, where the call flow is drawn), and how many
    /// different pictures those frames drew. The view's first frames, which
    /// compute its search or its groups once, are not counted.
    fn scroll(&mut self, view: View, frames: usize) -> (Vec<Duration>, usize) {
        self.app.view = view;
        for _ in 0..3 {
            self.frame();
        }
        if view == View::CallFlow {
            // The longest dialog: a day of registration refreshes.
            let longest = self.app.state.as_ref().and_then(|s| {
                let analysis = s.analysis.as_ref()?;
                let groups = call_flow::groups(&analysis.exchanges);
                let g = (0..groups.len()).max_by_key(|&g| groups[g].members.len())?;
                Some((g, (groups[g].members.len(), analysis.exchanges.len())))
            });
            self.app.call_flow.group = longest.map(|(g, _)| g);
            if let Some((_, (n, all))) = longest {
                println!("the call flow shows a dialog of {n} messages, of {all} exchanges");
            }
            self.frame();
        }
        let x = if view == View::CallFlow { 0.75 } else { 0.5 };
        let centre = Pos2::new(SIZE.x * x, SIZE.y / 2.0);
        let mut pictures = std::collections::HashSet::new();
        let times = (0..frames)
            .map(|_| {
                self.events.push(Event::PointerMoved(centre));
                self.events.push(Event::MouseWheel {
                    unit: MouseWheelUnit::Line,
                    delta: vec2(0.0, -3.0),
                    phase: TouchPhase::Move,
                    source: egui::MouseWheelSource::Unknown,
                    modifiers: Modifiers::NONE,
                });
                let took = self.frame();
                pictures.insert(self.picture);
                took
            })
            .collect();
        (times, pictures.len())
    }
}

fn digest(primitives: &[egui::ClippedPrimitive]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for p in primitives {
        if let egui::epaint::Primitive::Mesh(m) = &p.primitive {
            for v in &m.vertices {
                (v.pos.x.to_bits(), v.pos.y.to_bits()).hash(&mut h);
            }
        }
    }
    h.finish()
}

fn summary(name: &str, mut times: Vec<Duration>) -> Duration {
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    let max = *times.last().unwrap_or(&Duration::ZERO);
    println!(
        "{name:<28} frames {:>4}  median {:>6.2} ms  p95 {:>6.2} ms  max {:>6.2} ms",
        times.len(),
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3,
    );
    at(0.95)
}

fn main() {
    wxbw_doctor::tune_allocator();
    let benching = std::env::args().any(|a| a == "--bench");
    let size_mb = std::env::args()
        .skip_while(|a| a != "--size-mb")
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(if benching { 100 } else { 4 });
    let frames = if benching { 600 } else { 20 };
    let path = common::generated(size_mb);

    let mut w = Window::new();
    w.frame();
    let ctx = w.ctx.clone();
    let start = Instant::now();
    w.app.open_paths(&ctx, vec![path.clone()]);
    let mut first_frames = Vec::new();
    while !w.verdict_shown() {
        assert!(
            start.elapsed() < Duration::from_secs(600),
            "the analysis never finished"
        );
        first_frames.push(w.frame());
        // eframe repaints when the worker asks; a short sleep stands for it.
        std::thread::sleep(Duration::from_millis(2));
    }
    // The frame that draws the verdict.
    let verdict_frame = w.frame();
    let to_verdict = start.elapsed();
    println!("bundle {} ({size_mb} MB uncompressed)", path.display());
    println!(
        "time until the verdict shows: {:.3} s (goal 1 s for 100 MB); the frame that draws it {:.2} ms",
        to_verdict.as_secs_f64(),
        verdict_frame.as_secs_f64() * 1e3
    );
    summary("frames while reading", first_frames);
    let mut worst = Duration::ZERO;
    let regex = || Query {
        text: r"REGISTER|40[137] \w+|CSeq: \d+".to_owned(),
        regex: true,
        case: false,
    };
    for (name, view, redact, search) in [
        ("scrolling the log view", View::Log, false, None),
        ("scrolling the ladder", View::Ladder, false, None),
        ("scrolling the call flow", View::CallFlow, false, None),
        // Every visible row marked where a regular expression matches.
        (
            "the log view, regex search",
            View::Log,
            false,
            Some(regex()),
        ),
        // Every visible row through the redactor, every frame.
        ("the log view, redacted", View::Log, true, None),
    ] {
        w.app.settings.redact = redact;
        w.app.settings.redact_ips = redact;
        w.app.log.search_for(search.unwrap_or_default());
        let (times, pictures) = w.scroll(view, frames);
        println!("{name}: {pictures} different pictures in {frames} frames");
        worst = worst.max(summary(name, times));
    }
    println!(
        "worst p95 frame: {:.2} ms (goal 16 ms)",
        worst.as_secs_f64() * 1e3
    );
    let bytes: Option<u64> = w.app.state.as_ref().map(|s| s.records().size());
    if let (Some(rss), Some(bytes)) = (common::peak_rss(), bytes) {
        println!("peak RSS of the app: {}", common::rss_against(rss, bytes));
    }
}
