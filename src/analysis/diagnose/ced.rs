//! Whether the bundle's `ced.dat` (*Export Calling Environment Data*)
//! belongs to the session its logs show. The guide: signing out or
//! restarting the app clears the cache the export is made from, so a
//! `ced.dat` exported before the app's last start describes an older
//! session and matches none of the logs sent. The file is opaque; only its
//! time (zip entry or file system) is compared with the app's last start
//! and the logs' end (`ced-stale`, the `ced_same_session` fact).
//!
//! A zip entry's DOS time is the zipping machine's wall clock in a zone
//! nobody wrote down. The log files zipped beside the `ced.dat` tell that
//! zone: a log's modification time is its last line's, which the log dates
//! in UTC, so their difference is the clock's offset (a whole number of
//! quarter hours, as every zone's is).

use super::findings::{Builder, Ctx, Rule};
use super::timeline;
use crate::analysis::extract::Event;
use crate::analysis::model::{Evidence, Known};
use crate::i18n::Text;
use crate::record::{Bundle, FileKind, RecordRef, Zone};

pub(super) const RULES: &[Rule] = &[Rule {
    name: "ced",
    produces: &[Known::CedStale],
    run: stale,
}];

/// How far a zip entry's DOS time (the zipping machine's wall clock, its
/// zone unknown) may be from UTC: the widest zone offsets are +14 and -12
/// hours.
const WALL_CLOCK_MS: i64 = 14 * 3600 * 1000;

/// Zone offsets are whole quarter hours.
const QUARTER_HOUR_MS: i64 = 15 * 60 * 1000;

/// How far a log's modification time may be from its last line's time on
/// the quarter-hour grid of its zone and still tell the zone: a log is
/// written as its lines are, and closed soon after the last.
const LAST_WRITE_MS: i64 = 5 * 60 * 1000;

/// How long after the logs' last line an export may be made and still be
/// taken for their session: past it, the logs cannot show whether the app
/// restarted in between.
const AFTER_LOGS_MS: i64 = 3600 * 1000;

/// How a `ced.dat` relates to the logs.
#[derive(Debug, Clone, PartialEq)]
pub struct Ced {
    /// Its index among the bundle's files.
    pub file: usize,
    pub millis: i64,
    /// `None` when its time cannot tell (a wall-clock time near the start).
    pub same_session: Option<bool>,
    /// Set when it was exported before the app's last start: that start.
    pub before_start: Option<(i64, RecordRef)>,
}

/// The newest `ced.dat` of the bundle judged against the app logs.
pub fn judge(bundle: &Bundle, events: &[Event]) -> Option<Ced> {
    let (file, modified) = bundle
        .files
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == FileKind::Ced)
        .filter_map(|(i, f)| f.modified.map(|m| (i, m)))
        .max_by_key(|(_, m)| m.millis)?;
    // A wall-clock time is put in UTC when the logs zipped with it tell
    // the zone; otherwise every zone is allowed for.
    let (millis, margin) = match (modified.utc, wall_clock_offset(bundle, file)) {
        (true, _) => (modified.millis, 0),
        (false, Some(offset)) => (modified.millis - offset, 0),
        (false, None) => (modified.millis, WALL_CLOCK_MS),
    };
    let (early, late) = (millis - margin, millis + margin);
    let logs_end = bundle
        .files
        .iter()
        .filter(|f| f.kind.is_app_log())
        .filter_map(|f| f.records.iter().rev().find_map(|r| r.millis()))
        .max();
    let start = timeline::last_start(bundle, events);
    let mut ced = Ced {
        file,
        millis,
        same_session: None,
        before_start: None,
    };
    match (start, logs_end) {
        (Some((start, at)), _) if late < start => {
            ced.same_session = Some(false);
            ced.before_start = Some((start, at));
        }
        (_, Some(end)) if early > end + AFTER_LOGS_MS => ced.same_session = Some(false),
        // No start in the logs: within their span no restart was seen.
        (start, Some(end)) => {
            let from = start.map_or_else(
                || {
                    bundle
                        .files
                        .iter()
                        .filter(|f| f.kind.is_app_log())
                        .filter_map(|f| f.records.iter().find_map(|r| r.millis()))
                        .min()
                        .unwrap_or(i64::MAX)
                },
                |(s, _)| s,
            );
            if early >= from && late <= end + AFTER_LOGS_MS {
                ced.same_session = Some(true);
            }
        }
        _ => {}
    }
    Some(ced)
}

/// The archive a bundle path lies in: up to its last `.zip/`, or nothing.
fn archive_of(path: &str) -> &str {
    path.to_ascii_lowercase()
        .rfind(".zip/")
        .map_or("", |at| &path[..at + 5])
}

/// The offset from UTC of the wall clock that dated the zip entries beside
/// file `ced`, in milliseconds. The newest log of its archive (the one
/// written last, up to its last line) tells it; every other log must agree
/// that it was not modified before its own last line.
fn wall_clock_offset(bundle: &Bundle, ced: usize) -> Option<i64> {
    let archive = archive_of(&bundle.files.get(ced)?.path);
    // Each log's DOS time minus its last line's UTC time.
    let mut diffs: Vec<(i64, i64)> = Vec::new();
    for (i, f) in bundle.files.iter().enumerate() {
        if i == ced || f.kind == FileKind::Ced || archive_of(&f.path) != archive {
            continue;
        }
        let Some(modified) = f.modified.filter(|m| !m.utc) else {
            continue;
        };
        let Some(last) = f.records.iter().rev().find(|r| r.millis().is_some()) else {
            continue;
        };
        if let Some(written) = last.millis().filter(|_| last.zone() != Zone::Unknown) {
            diffs.push((written, modified.millis - written));
        }
    }
    let &(_, newest) = diffs.iter().max_by_key(|(written, _)| *written)?;
    let offset = (newest as f64 / QUARTER_HOUR_MS as f64).round() as i64 * QUARTER_HOUR_MS;
    let fits = (newest - offset).abs() <= LAST_WRITE_MS && offset.abs() <= WALL_CLOCK_MS;
    let consistent = diffs.iter().all(|&(_, d)| offset <= d + LAST_WRITE_MS);
    (fits && consistent).then_some(offset)
}

fn utc(millis: i64) -> String {
    chrono::DateTime::from_timestamp_millis(millis)
        .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
        .unwrap_or_default()
}

/// The `ced.dat` was exported before the app's last start.
fn stale(b: &mut Builder, ctx: &Ctx) {
    let Some(ced) = ctx.ced else {
        return;
    };
    let Some((start, at)) = ced.before_start else {
        return;
    };
    let path = ctx
        .bundle
        .files
        .get(ced.file)
        .map_or("ced.dat", |f| f.path.as_str());
    let detail = Text::key("detail-ced-before-start")
        .str("file", path)
        .str("exported", utc(ced.millis))
        .str("start", utc(start));
    b.add_lines(Known::CedStale, Some(detail), vec![Evidence { at }]);
}

#[cfg(test)]
mod tests {
    use crate::record::{Bundle, LogFile};
    use crate::source::Modified;

    /// 2025-04-02T08:00:00Z, the app's restart in both printings.
    const START: i64 = 1_743_580_800_000;
    const HOUR: i64 = 3600 * 1000;

    /// The previous run and the current one: a Windows log that says it
    /// starts, and macOS files that say nothing but their names.
    fn logs(windows: bool) -> Vec<LogFile> {
        let file = |path: &str, text: &str| LogFile::parse(path.into(), text.as_bytes().to_vec());
        if windows {
            vec![file(
                "CiscoSpark/current_log.txt",
                "2025-04-01T15:00:00.000Z <Info> [0x1] Ui.cpp:3 Ui::idle:window hidden\n\
                 2025-04-02T08:00:00.000Z <Info> [0x1] App.cpp:1 App::main:Application start - Webex version 45.2.0.31234 on Windows 11\n\
                 2025-04-02T10:00:00.000Z <Info> [0x1] Ui.cpp:3 Ui::idle:window hidden\n",
            )]
        } else {
            vec![
                file(
                    "SparkMacDesktop/last_run_current_log",
                    "2025-04-01 15:00:00,000 INFO [0x1] [Ui.swift(3)] [ui] [idle] - window hidden\n",
                ),
                file(
                    "SparkMacDesktop/current_log",
                    "2025-04-02 08:00:00,000 INFO [0x1] [Ui.swift(3)] [ui] [idle] - window shown\n\
                     2025-04-02 10:00:00,000 INFO [0x1] [Ui.swift(3)] [ui] [idle] - window hidden\n",
                ),
            ]
        }
    }

    fn judge(windows: bool, ced: Modified) -> (Option<bool>, Vec<String>) {
        let mut files = logs(windows);
        files.push(LogFile::parse("ced.dat".into(), vec![0, 0x9c, 1]).modified(Some(ced)));
        let bundle = Bundle::from_files(files);
        let a = crate::analysis::analyze(&bundle);
        let ids = a
            .findings
            .iter()
            .map(|f| f.id.as_str().to_owned())
            .collect();
        (
            a.facts.get("ced_same_session").and_then(|v| v.as_bool()),
            ids,
        )
    }

    #[test]
    fn exported_before_the_restart_is_stale() {
        for windows in [true, false] {
            let (same, ids) = judge(windows, Modified::utc(START - 2 * HOUR));
            assert_eq!(same, Some(false), "windows {windows}");
            assert!(ids.contains(&"ced-stale".to_owned()), "{ids:?}");
            let (same, ids) = judge(windows, Modified::utc(START + HOUR));
            assert_eq!(same, Some(true), "windows {windows}");
            assert!(!ids.contains(&"ced-stale".to_owned()), "{ids:?}");
        }
    }

    #[test]
    fn a_wall_clock_time_decides_only_when_no_zone_could_change_it() {
        let wall = |millis| Modified { millis, utc: false };
        // Two hours either side of the restart: any zone could explain it.
        assert_eq!(judge(true, wall(START - 2 * HOUR)).0, None);
        assert_eq!(judge(true, wall(START + HOUR)).0, None);
        // A day before it is before it in every zone.
        let (same, ids) = judge(true, wall(START - 24 * HOUR));
        assert_eq!(same, Some(false));
        assert!(ids.contains(&"ced-stale".to_owned()), "{ids:?}");
    }

    /// The logs and a `ced.dat` zipped on a machine `offset` hours from UTC:
    /// every entry dated by its wall clock, each log when its last line
    /// was written.
    fn zipped(offset: i64, ced_utc: i64) -> Option<bool> {
        let wall = |utc: i64| Modified {
            millis: utc + offset * HOUR,
            utc: false,
        };
        let files = vec![
            LogFile::parse(
                "support.zip/CiscoSpark/current_log.txt".into(),
                b"2025-04-02T08:00:00.000Z <Info> [0x1] App.cpp:1 App::main:Application start - Webex version 45.2.0.31234 on Windows 11\n\
                  2025-04-02T09:00:00.000Z <Info> [0x1] Ui.cpp:3 Ui::idle:window hidden\n"
                    .to_vec(),
            )
            .modified(Some(wall(START + HOUR + 3000))),
            // Another printing: a server log in a zone it names.
            LogFile::parse(
                "support.zip/as/XSLog2025.04.02-08.00.00.txt".into(),
                b"2025.04.02 10:30:00:000 CEST | Info | Sip | worker 1 |\n\tudp 11 SIP Bytes OUT\n"
                    .to_vec(),
            )
            .modified(Some(wall(START + HOUR / 2 + 1000))),
            LogFile::parse("support.zip/ced.dat".into(), vec![0, 0x9c, 1])
                .modified(Some(wall(ced_utc))),
        ];
        let a = crate::analysis::analyze(&Bundle::from_files(files));
        a.facts.get("ced_same_session").and_then(|v| v.as_bool())
    }

    #[test]
    fn the_logs_zipped_beside_it_tell_the_wall_clocks_zone() {
        for offset in [-7, 0, 2, 9] {
            // Exported ten minutes before the restart, or ten after it.
            assert_eq!(zipped(offset, START - HOUR / 6), Some(false), "{offset}");
            assert_eq!(zipped(offset, START + HOUR / 6), Some(true), "{offset}");
        }
    }

    #[test]
    fn an_older_log_zipped_later_still_agrees() {
        // The previous run's log dated like the zip, not like its last line.
        let files = vec![
            LogFile::parse(
                "y.zip/SparkMacDesktop/last_run_current_log".into(),
                b"2025-04-01 15:00:00,000 UTC INFO [0x1] [Ui.swift(3)] [ui] [idle] - window hidden\n".to_vec(),
            )
            .modified(Some(Modified { millis: START + 5 * HOUR, utc: false })),
            LogFile::parse(
                "y.zip/SparkMacDesktop/current_log".into(),
                b"2025-04-02T08:00:00.000Z <Info> [0x1] App.mm:1 -[App didFinishLaunching]:Webex app started. Version: 45.2.0.31234 (macOS 15.1)\n\
                  2025-04-02T09:00:00.000Z <Info> [0x1] Ui.mm:3 -[Ui idle]:window hidden\n".to_vec(),
            )
            .modified(Some(Modified { millis: START + 5 * HOUR, utc: false })),
            LogFile::parse("y.zip/ced.dat".into(), vec![0, 0x9c, 1])
                .modified(Some(Modified { millis: START + 4 * HOUR + 10 * 60 * 1000, utc: false })),
        ];
        let a = crate::analysis::analyze(&Bundle::from_files(files));
        assert_eq!(
            a.facts.get("ced_same_session").and_then(|v| v.as_bool()),
            Some(true)
        );
    }

    #[test]
    fn logs_that_disagree_on_the_zone_tell_nothing() {
        // In the newest log's zone the older one was modified before its last line.
        let files = vec![
            LogFile::parse(
                "z.zip/CiscoSpark/current_log.txt".into(),
                b"2025-04-02T08:00:00.000Z <Info> [0x1] App.cpp:1 App::main:Application start - Webex version 45.2.0.31234 on Windows 11\n".to_vec(),
            )
            .modified(Some(Modified { millis: START + 2 * HOUR, utc: false })),
            LogFile::parse(
                "z.zip/CiscoSpark/last_run_current_log.txt".into(),
                b"2025-04-02T07:00:00.000Z <Info> [0x1] Ui.cpp:3 Ui::idle:window hidden\n".to_vec(),
            )
            .modified(Some(Modified { millis: START - HOUR + 30 * 60 * 1000, utc: false })),
            LogFile::parse("z.zip/ced.dat".into(), vec![0, 0x9c, 1])
                .modified(Some(Modified { millis: START + HOUR / 6, utc: false })),
        ];
        let a = crate::analysis::analyze(&Bundle::from_files(files));
        assert_eq!(a.facts.get("ced_same_session"), None);
    }

    #[test]
    fn exported_long_after_the_logs_end_is_another_session_but_not_stale() {
        let (same, ids) = judge(false, Modified::utc(START + 72 * HOUR));
        assert_eq!(same, Some(false));
        assert!(!ids.contains(&"ced-stale".to_owned()), "{ids:?}");
    }
}
