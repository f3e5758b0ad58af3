//! A bundle: every file of one input, parsed, with all records in time order.

use std::path::PathBuf;
use std::sync::Mutex;

use rayon::prelude::*;

use super::{Encoding, LogFile, Record};
use crate::source::{self, Event, ReadOptions, local::LocalLog};

/// Points at one record of a bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RecordRef {
    pub file: u32,
    pub record: u32,
}

#[derive(Debug, Default)]
pub struct Bundle {
    /// Files sorted by path; unread entries are here too, with their problems.
    pub files: Vec<LogFile>,
    /// Every record, ordered by time. Equal times keep file and line order;
    /// records without a time come last.
    pub order: Vec<RecordRef>,
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
        read(&|event| {
            let file = match event {
                Event::File { path, bytes } => LogFile::parse(path, bytes),
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

    pub fn from_files(files: Vec<LogFile>) -> Bundle {
        let mut order: Vec<RecordRef> = files
            .iter()
            .enumerate()
            .flat_map(|(f, file)| {
                (0..file.records.len()).map(move |r| RecordRef {
                    file: f as u32,
                    record: r as u32,
                })
            })
            .collect();
        // Stable, so ties keep the file and line order they were collected in.
        order.par_sort_by_key(|r| {
            files[r.file as usize].records[r.record as usize]
                .millis()
                .unwrap_or(i64::MAX)
        });
        Bundle { files, order }
    }

    pub fn get(&self, r: RecordRef) -> (&LogFile, &Record) {
        let file = &self.files[r.file as usize];
        (file, &file.records[r.record as usize])
    }

    /// Records in time order with their files.
    pub fn timeline(&self) -> impl Iterator<Item = (&LogFile, &Record)> {
        self.order.iter().map(|r| self.get(*r))
    }

    /// True when not one file could be read: every entry is a problem.
    pub fn nothing_read(&self) -> bool {
        self.files
            .iter()
            .all(|f| f.encoding == Encoding::Binary && f.lines == 0 && !f.problems.is_empty())
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
        let b = file(
            "b/PSLog",
            "2024.03.08 17:40:41:000 CET | Info | OCI-P | b1\n2024.03.08 17:40:42:000 CET | Info | OCI-P | b2\n",
        );
        let c = file("c/notes.txt", "undated\n");
        let bundle = Bundle::from_files(vec![a, b, c]);
        let bodies: Vec<&str> = bundle
            .timeline()
            .map(|(f, r)| {
                f.first_line_of(r)
                    .rsplit([':', '|'])
                    .next()
                    .unwrap_or("")
                    .trim()
            })
            .collect();
        assert_eq!(bodies, ["a1", "b1", "a2", "b2", "undated"]);
    }
}
