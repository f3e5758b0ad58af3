//! A bundle: every file of one input, parsed, with all records in time order.

use std::path::PathBuf;
use std::sync::Mutex;

use chrono::{DateTime, Datelike, Utc};
use rayon::prelude::*;

use super::{Encoding, LogFile, Record, RecordBudget};
use crate::source::{self, Event, ReadOptions, local::LocalLog};

/// Points at one record of a bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordRef {
    pub file: u32,
    pub record: u32,
}

#[derive(Debug, Default)]
pub struct Bundle {
    /// Files sorted by path; unread entries are here too, with their problems.
    pub files: Vec<LogFile>,
    /// Index of each file's first record in the bundle-wide numbering.
    first: Vec<u32>,
    /// Bundle-wide record numbers ordered by time. Equal times keep file and
    /// line order; records without a time come last. Four bytes a record,
    /// because this index is as long as the bundle.
    order: Vec<u32>,
}

impl Bundle {
    /// Reads zips, folders and files as one bundle.
    pub fn read_paths(paths: &[PathBuf], opts: &ReadOptions) -> Bundle {
        Bundle::collect(|sink| source::read_paths(paths, opts, sink))
    }

    /// Reads the Webex logs found on this machine.
    pub fn read_local(logs: &[LocalLog], opts: &ReadOptions) -> Bundle {
        let files: Vec<(String, PathBuf)> = logs
            .iter()
            .map(|l| (l.display.clone(), l.path.clone()))
            .collect();
        Bundle::collect(|sink| source::read_files(&files, opts, sink))
    }

    /// Parses each file on the thread that read it, so decompression and
    /// parsing of different entries overlap.
    fn collect(read: impl FnOnce(&(dyn Fn(Event) + Sync))) -> Bundle {
        let files = Mutex::new(Vec::new());
        let budget = RecordBudget::default();
        read(&|event| {
            let file = match event {
                Event::File {
                    path,
                    bytes,
                    modified,
                } => LogFile::parse_within(path, bytes, &budget).modified(modified),
                Event::Problem {
                    path,
                    size,
                    message,
                } => LogFile::unread(path, size, message),
            };
            files.lock().unwrap_or_else(|p| p.into_inner()).push(file);
        });
        let mut files = files.into_inner().unwrap_or_else(|p| p.into_inner());
        files.par_sort_by(|a, b| a.path.cmp(&b.path));
        Bundle::from_files(files)
    }

    pub fn from_files(mut files: Vec<LogFile>) -> Bundle {
        assign_years(&mut files);
        let mut first = Vec::with_capacity(files.len());
        let mut total: u32 = 0;
        for f in &files {
            first.push(total);
            total = total.saturating_add(f.records.len() as u32);
        }
        let time_of = |g: u32| {
            let r = locate(&first, g);
            files[r.file as usize].records[r.record as usize]
                .millis()
                .unwrap_or(i64::MAX)
        };
        let mut order: Vec<u32> = (0..total).collect();
        // Stable, so ties keep the file and line order they were numbered in.
        order.par_sort_by_key(|&g| time_of(g));
        Bundle {
            files,
            first,
            order,
        }
    }

    /// Number of records in the bundle.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The record at position `i` of the time order.
    pub fn at(&self, i: usize) -> Option<RecordRef> {
        self.order.get(i).map(|&g| locate(&self.first, g))
    }

    pub fn get(&self, r: RecordRef) -> (&LogFile, &Record) {
        let file = &self.files[r.file as usize];
        (file, &file.records[r.record as usize])
    }

    /// Records in time order.
    pub fn timeline(&self) -> impl Iterator<Item = RecordRef> + '_ {
        self.order.iter().map(|&g| locate(&self.first, g))
    }

    /// Times of the earliest and the latest timestamped record.
    pub fn time_span(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let time = |r: RecordRef| self.get(r).1.time();
        let first = self.timeline().find_map(time)?;
        let last = self
            .order
            .iter()
            .rev()
            .find_map(|&g| time(locate(&self.first, g)))?;
        Some((first, last))
    }

    /// True when not one file could be read: every entry is a problem.
    pub fn nothing_read(&self) -> bool {
        self.files
            .iter()
            .all(|f| f.encoding == Encoding::Binary && f.lines == 0 && !f.problems.is_empty())
    }
}

/// Gives files whose timestamps have no year (Android's logcat) the year
/// that fits the bundle: that of the latest time in the other logs, else
/// the file's own date, else today; a year back if the file's last date
/// would otherwise lie after that.
fn assign_years(files: &mut [LogFile]) {
    if !files.iter().any(|f| f.needs_year) {
        return;
    }
    let others = files
        .iter()
        .filter(|f| !f.needs_year)
        .filter_map(|f| f.records.iter().rev().find_map(Record::millis))
        .max();
    for f in files.iter_mut().filter(|f| f.needs_year) {
        let (reference, how) = match (others, f.modified.map(|m| m.millis)) {
            (Some(t), _) => (t, "the other logs of the bundle"),
            (None, Some(t)) => (t, "the date of the file"),
            (None, None) => (Utc::now().timestamp_millis(), "today's date"),
        };
        let Some(last) = f.records.iter().rev().find_map(Record::millis) else {
            continue;
        };
        let Some(year) = DateTime::from_timestamp_millis(reference).map(|t| t.year()) else {
            continue;
        };
        const SLACK_MS: i64 = 2 * 24 * 3600 * 1000;
        let year = if super::time::with_year(last, year) > reference + SLACK_MS {
            year - 1
        } else {
            year
        };
        f.set_year(year, how);
    }
}

/// Bundle-wide record number to file and record.
fn locate(first: &[u32], global: u32) -> RecordRef {
    let file = first.partition_point(|&s| s <= global).saturating_sub(1);
    // Files without records share their start with the next file; the
    // partition point already skips past them.
    RecordRef {
        file: file as u32,
        record: global - first.get(file).copied().unwrap_or(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> LogFile {
        LogFile::parse(path.into(), text.as_bytes().to_vec())
    }

    #[test]
    fn records_of_all_files_merge_by_time_stably() {
        let a = file(
            "a/current_log.txt",
            "2024-03-08T16:40:40.000Z <Info> [0x1] A.cpp:1 f:a1\n2024-03-08T16:40:42.000Z <Info> [0x1] A.cpp:1 f:a2\n",
        );
        let empty = file("b/bwc/current_log.txt", "");
        let b = file(
            "b/PSLog",
            "2024.03.08 17:40:41:000 CET | Info | OCI-P | b1\n2024.03.08 17:40:42:000 CET | Info | OCI-P | b2\n",
        );
        let c = file("c/notes.txt", "undated\n");
        let bundle = Bundle::from_files(vec![a, empty, b, c]);
        let bodies: Vec<String> = bundle
            .timeline()
            .map(|r| {
                let (f, _) = bundle.get(r);
                f.first_line_of(r.record as usize)
                    .rsplit([':', '|'])
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_owned()
            })
            .collect();
        assert_eq!(bodies, ["a1", "b1", "a2", "b2", "undated"]);
        assert_eq!(bundle.len(), 5);
        assert_eq!(bundle.at(4), Some(RecordRef { file: 3, record: 0 }));
    }
}
