//! The command line: `wxbw-doctor analyze …` and friends.
//!
//! Parses arguments with clap, runs the layers in order (sources → records
//! → analysis → export) and decides the exit code. Nothing here interprets
//! logs.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::analysis;
use crate::analysis::codes;
use crate::export::redact::Redactor;
use crate::export::{self, Report};
use crate::i18n::{Lang, Text};
use crate::record::Bundle;
use crate::source::local::{self, BaseDirs, Platform};
use crate::source::{Limits, ReadOptions};

/// The version with the commit it was built from.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("WXBW_COMMIT"),
    ")"
);

#[derive(Debug, Parser)]
#[command(
    name = "wxbw-doctor",
    version = VERSION,
    about = "Reads Webex for Cisco BroadWorks logs and says what went wrong, why, and how to fix it."
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Bundles, folders or log files to open in the app.
    pub paths: Vec<PathBuf>,
    /// Write a PNG of the app's view once the analysis is shown, then quit (works under Xvfb).
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// The view to show: verdict, timeline, ladder, flow (the call flow), calls, log, facts, playbooks, files or codes.
    #[arg(long, value_parser = parse_view)]
    pub view: Option<crate::ui::View>,
    /// Language of the app and the text report; the system's language by default.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// Open the app with personal data masked (also in --screenshot PNGs).
    #[arg(long)]
    pub redact: bool,
    /// Also mask IP addresses (implies --redact).
    #[arg(long)]
    pub redact_ips: bool,
    /// Light or dark colours for this run; the saved choice by default.
    #[arg(long, value_enum)]
    pub theme: Option<crate::ui::Theme>,
    /// The window's size in points, e.g. 1024x640 (for screenshots of a
    /// small screen); the last size by default.
    #[arg(long, value_name = "WxH", value_parser = parse_window_size)]
    pub window_size: Option<[f32; 2]>,
}

fn parse_window_size(s: &str) -> Result<[f32; 2], String> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("'{s}' is not a size such as 1024x640"))?;
    let num = |v: &str| {
        v.trim()
            .parse::<f32>()
            .ok()
            .filter(|n| (200.0..=16384.0).contains(n))
            .ok_or_else(|| format!("'{s}' is not a size such as 1024x640"))
    };
    Ok([num(w)?, num(h)?])
}

fn parse_view(s: &str) -> Result<crate::ui::View, String> {
    crate::ui::View::from_name(s).ok_or_else(|| {
        let names: Vec<&str> = crate::ui::View::ALL.iter().map(|v| v.name()).collect();
        format!("'{s}' is not a view ({})", names.join(", "))
    })
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse a support bundle (zip), a folder, log files, or this machine's Webex logs.
    Analyze(AnalyzeArgs),
    /// Look up an error code the user sees (activation portal or directory sync), e.g. `code 200018`.
    Code {
        /// The code as shown, e.g. 200018.
        code: String,
    },
    /// Print a playbook (a guided checklist of the guide) as text, for a ticket or a wiki; without an id, list them all.
    Playbook {
        /// The playbook's id, e.g. user-calling-behavior.
        id: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A report for a person: verdict, findings, timeline, facts, sources.
    Text,
    /// The machine-readable report (schema in the README).
    Json,
}

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Zips, folders or log files; several paths form one bundle.
    #[arg(required_unless_present = "local")]
    pub paths: Vec<PathBuf>,
    /// Analyse the Webex app's logs on this machine.
    #[arg(long)]
    pub local: bool,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Mask emails, SIP users, phone numbers, passwords and tokens in the report.
    #[arg(long)]
    pub redact: bool,
    /// With --redact, also mask IP addresses.
    #[arg(long, requires = "redact")]
    pub redact_ips: bool,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Debug, Args)]
pub struct LimitArgs {
    /// Most uncompressed bytes to read from the bundle (e.g. 4GiB, 500MB).
    #[arg(long, value_parser = parse_size, default_value = "4GiB")]
    pub max_total_bytes: u64,
    /// Largest compression ratio a zip entry may have before it is refused as a bomb.
    #[arg(long, default_value_t = Limits::default().max_ratio)]
    pub max_ratio: u64,
    /// How many zips deep an entry may sit.
    #[arg(long, default_value_t = Limits::default().max_depth)]
    pub max_depth: u32,
}

impl LimitArgs {
    pub fn limits(&self) -> Limits {
        Limits {
            max_total_bytes: self.max_total_bytes,
            max_ratio: self.max_ratio.max(1),
            max_depth: self.max_depth,
        }
    }
}

/// `4GiB`, `4G`, `500MB`, `1024`: binary multiples for both spellings,
/// since people type `GB` and mean what their file manager shows.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let value: f64 = num
        .parse()
        .map_err(|_| format!("'{s}' is not a size such as 4GiB or 500MB"))?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        "t" | "tb" | "tib" => 1 << 40,
        other => return Err(format!("unknown size unit '{other}' (use KiB, MiB, GiB)")),
    };
    Ok((value * mult as f64) as u64)
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let lang = cli.lang.unwrap_or_else(Lang::from_system);
    match cli.command {
        Some(Command::Analyze(args)) => analyze(&args, lang),
        Some(Command::Code { code }) => Ok(explain_code(&code, lang)),
        Some(Command::Playbook { id }) => Ok(print_playbook(id.as_deref(), lang)),
        None => {
            crate::ui::run(crate::ui::Launch {
                paths: cli.paths,
                screenshot: cli.screenshot,
                view: cli.view,
                lang: cli.lang,
                redact: cli.redact,
                redact_ips: cli.redact_ips,
                theme: cli.theme,
                window_size: cli.window_size,
            })?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print_playbook(id: Option<&str>, lang: Lang) -> ExitCode {
    let books = analysis::playbooks::shared();
    for problem in &books.problems {
        eprintln!(
            "wxbw-doctor: {}",
            crate::record::escape_controls(problem, false)
        );
    }
    let list = || {
        for b in books.all() {
            println!("{:<32} {}", b.id, b.title.render(lang));
        }
    };
    match id {
        None => {
            list();
            ExitCode::SUCCESS
        }
        Some(id) => match books.get(id) {
            Some(book) => {
                print!("{}", export::text::playbook(book, lang));
                ExitCode::SUCCESS
            }
            None => {
                eprintln!(
                    "{}",
                    Text::key("playbook-unknown")
                        .str("id", crate::record::escape_controls(id, false).into_owned())
                        .render(lang)
                );
                list();
                ExitCode::from(2)
            }
        },
    }
}

fn explain_code(typed: &str, lang: Lang) -> ExitCode {
    let Some(code) = codes::parse_code(typed) else {
        eprintln!(
            "{}",
            Text::key("code-not-a-code")
                .str("typed", typed)
                .render(lang)
        );
        return ExitCode::from(2);
    };
    let Some(info) = codes::lookup(code) else {
        eprintln!(
            "{}",
            Text::key("code-unknown")
                .str("code", code.to_string())
                .render(lang)
        );
        return ExitCode::from(1);
    };
    println!("{code} ({})", info.table.name().render(lang));
    let action = info
        .action()
        .unwrap_or_else(|| Text::key("code-no-action"))
        .render(lang);
    let labels = export::text::aligned_labels(&[
        lang.t("code-meaning"),
        lang.t("code-action"),
        lang.t("code-source"),
    ]);
    let values = [
        info.meaning().render(lang),
        action,
        info.table.guide().render(lang),
    ];
    for (label, value) in labels.iter().zip(values) {
        println!("{label}{value}");
    }
    ExitCode::SUCCESS
}

fn analyze(args: &AnalyzeArgs, lang: Lang) -> anyhow::Result<ExitCode> {
    let opts = ReadOptions {
        limits: args.limits.limits(),
        ..ReadOptions::default()
    };
    let mut bundle = if args.paths.is_empty() {
        Bundle::default()
    } else {
        Bundle::read_paths(&args.paths, &opts)
    };
    if args.local {
        match local::discover(Platform::current(), &BaseDirs::from_system()) {
            Ok(logs) => {
                let mine = Bundle::read_local(&logs, &opts);
                let mut files = std::mem::take(&mut bundle.files);
                files.extend(mine.files);
                bundle = Bundle::from_files(files);
            }
            Err(why) => eprintln!("{why}"),
        }
    }
    let analysis = analysis::analyze(&bundle);
    let redactor = args
        .redact
        .then(|| Redactor::for_facts(args.redact_ips, &analysis.facts));
    let report = Report {
        bundle: &bundle,
        analysis: &analysis,
        lang,
        redactor: redactor.as_ref(),
    };
    let out = match args.format {
        Format::Text => export::text::render(report),
        Format::Json => export::json::render(report),
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    if !out.ends_with('\n') {
        stdout.write_all(b"\n")?;
    }
    if bundle.files.is_empty() || bundle.nothing_read() {
        eprintln!("wxbw-doctor: {}", lang.t("cli-nothing-read"));
        for f in &bundle.files {
            for p in &f.problems {
                let line = format!("  {}: {p}", f.path);
                let line = match &redactor {
                    Some(r) => r.apply(&line),
                    None => line.as_str().into(),
                };
                eprintln!("{}", crate::record::escape_controls(&line, false));
            }
        }
        return Ok(ExitCode::from(2));
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_with_and_without_units() {
        assert_eq!(parse_size("1024"), Ok(1024));
        assert_eq!(parse_size("4GiB"), Ok(4 << 30));
        assert_eq!(parse_size("500MB"), Ok(500 << 20));
        assert_eq!(parse_size("1.5k"), Ok(1536));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("5 parsecs").is_err());
    }
}
