//! Sources: where the bytes of a bundle come from.
//!
//! This layer owns finding and reading files: a support zip (read in memory,
//! nested zips included), a folder, single files, or the Webex app's log
//! folder on this machine ([`local`]). It hands every file it read to a sink
//! as bytes plus a path from the bundle's root, or reports why an entry was
//! not read. It enforces the [`Limits`] that keep a hostile bundle from
//! exhausting the machine.
//!
//! It does not decode or interpret anything, and it never writes to disk:
//! names such as `../../etc/passwd` inside a zip are only ever displayed.
//! A bad entry is a problem of that entry; the rest is still read.
//!
//! ```
//! use std::sync::Mutex;
//! use wxbw_doctor::source::{read_paths, Event, ReadOptions};
//!
//! let dir = std::env::temp_dir().join("wxbw-doctor-doc-source");
//! std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("current_log.txt"), "2024-03-08T16:40:43.964Z <Info> [0x1] A.cpp:1 f:hello\n").unwrap();
//! let seen = Mutex::new(Vec::new());
//! read_paths(&[dir.clone()], &ReadOptions::default(), &|e| {
//!     if let Event::File { path, .. } = e { seen.lock().unwrap().push(path) }
//! });
//! assert_eq!(seen.into_inner().unwrap(), ["wxbw-doctor-doc-source/current_log.txt"]);
//! ```

mod archive;
mod folder;
mod inflate;
pub mod local;
mod tarball;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::record::{MAX_FILE_BYTES, escape_controls, human_bytes};

/// Bounds on what one bundle may make us read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Uncompressed bytes over the whole bundle, nested archives included.
    pub max_total_bytes: u64,
    /// Largest uncompressed-to-compressed ratio a zip entry may have. Text
    /// logs compress 5 to 30 times; a bomb compresses hundreds of times.
    pub max_ratio: u64,
    /// How many zips deep an entry may sit (the outer zip is depth 1).
    pub max_depth: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_total_bytes: 4 << 30,
            max_ratio: 200,
            max_depth: 5,
        }
    }
}

/// Why a device, a pipe or a socket given as a path, or found in a folder,
/// is not read.
const NOT_A_FILE: &str =
    "not read: only regular files and folders are read, and this is a device, a pipe or a socket";

/// Counters a UI can poll while a bundle is read.
#[derive(Debug, Default)]
pub struct Progress {
    /// Uncompressed bytes produced so far.
    pub bytes: AtomicU64,
    /// Files handed to the sink so far.
    pub files: AtomicU64,
    /// Best guess of the total uncompressed bytes, once known.
    pub expected_bytes: AtomicU64,
}

#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    pub limits: Limits,
    pub cancel: Option<Arc<AtomicBool>>,
    pub progress: Option<Arc<Progress>>,
}

/// When a file was last changed, as its folder or archive dates it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Modified {
    /// Milliseconds since 1970, as the clock read.
    pub millis: i64,
    /// The clock is UTC: a file system's time, a zip entry's extended
    /// timestamp (extra field 0x5455), a tar header. Otherwise it is a zip
    /// entry's DOS time, the wall clock of the machine that zipped it in a
    /// zone nobody wrote down.
    pub utc: bool,
}

impl Modified {
    pub fn utc(millis: i64) -> Modified {
        Modified { millis, utc: true }
    }
}

/// What the reader hands over, one file or one problem at a time. Events
/// arrive from several threads at once.
#[derive(Debug)]
pub enum Event {
    /// A file was read whole; `modified` is its last change as its folder
    /// or archive entry dates it, when known.
    File {
        path: String,
        bytes: Vec<u8>,
        modified: Option<Modified>,
    },
    /// An entry or path could not be read; `size` is what it declared.
    Problem {
        path: String,
        size: u64,
        message: String,
    },
}

/// Shared state of one read: options, the byte budget and the sink.
struct Ctx<'a> {
    opts: &'a ReadOptions,
    /// Bytes held: read from disk or inflated.
    used: AtomicU64,
    /// Compressed bytes taken in (zips and gzip files from disk or memory),
    /// against which the whole bundle's inflation is weighed.
    compressed_in: AtomicU64,
    /// Bytes produced by decompression and kept, at every level of nesting.
    inflated: AtomicU64,
    /// Bytes produced by decompression, kept or refused: the work done.
    worked: AtomicU64,
    /// What entries may still expand past their own ratio
    /// ([`inflate::RATIO_POOL`]).
    pool: AtomicU64,
    /// Entries handed over or refused.
    entries: AtomicU64,
    /// How often each problem was met: past [`MAX_SAME_PROBLEM`], a
    /// problem is only counted, and [`Ctx::finish`] says how many more.
    same: Mutex<HashMap<String, u64>>,
    sink: &'a (dyn Fn(Event) + Sync),
}

/// The same problem is listed this many times, then counted: a bundle of a
/// million refused entries (42.zip) is one message, not a million.
const MAX_SAME_PROBLEM: u64 = 20;

/// Entries a bundle may hold, read or refused. Past it nothing more is
/// opened: no support bundle holds a hundred thousand files.
const MAX_ENTRIES: u64 = 100_000;

impl<'a> Ctx<'a> {
    /// A read with nothing charged yet.
    fn new(opts: &'a ReadOptions, sink: &'a (dyn Fn(Event) + Sync)) -> Ctx<'a> {
        Ctx {
            opts,
            used: AtomicU64::new(0),
            compressed_in: AtomicU64::new(0),
            inflated: AtomicU64::new(0),
            worked: AtomicU64::new(0),
            pool: AtomicU64::new(inflate::RATIO_POOL),
            entries: AtomicU64::new(0),
            same: Mutex::default(),
            sink,
        }
    }

    fn problem(&self, path: &str, size: u64, message: impl Into<String>) {
        let message = message.into();
        let seen = {
            let mut same = self.same.lock().unwrap_or_else(|p| p.into_inner());
            let n = same.entry(message.clone()).or_insert(0);
            *n += 1;
            *n
        };
        self.entries.fetch_add(1, Ordering::Relaxed);
        if seen <= MAX_SAME_PROBLEM {
            (self.sink)(Event::Problem {
                path: path.to_owned(),
                size,
                message,
            });
        }
    }

    /// Whether another entry may be opened; past [`MAX_ENTRIES`] the entry
    /// is refused (and counted).
    fn admit(&self, path: &str, size: u64) -> bool {
        if self.entries.load(Ordering::Relaxed) < MAX_ENTRIES {
            return true;
        }
        self.problem(
            path,
            size,
            format!("not read: the bundle holds more than {MAX_ENTRIES} entries"),
        );
        false
    }

    /// Says, under `root`, how many more entries met each problem listed
    /// [`MAX_SAME_PROBLEM`] times.
    fn finish(&self, root: &str) {
        let same = std::mem::take(&mut *self.same.lock().unwrap_or_else(|p| p.into_inner()));
        let mut more: Vec<(String, u64)> = same
            .into_iter()
            .filter(|(_, n)| *n > MAX_SAME_PROBLEM)
            .collect();
        more.sort();
        for (message, n) in more {
            (self.sink)(Event::Problem {
                path: root.to_owned(),
                size: 0,
                message: format!(
                    "{} more entries, not listed: {message}",
                    n - MAX_SAME_PROBLEM
                ),
            });
        }
    }

    /// Compressed bytes taken in: the bundle may inflate `--max-ratio`
    /// times as much, all levels together.
    fn take_in_compressed(&self, n: u64) {
        self.compressed_in.fetch_add(n, Ordering::Relaxed);
    }

    /// Counts `n` inflated bytes; false when the bundle as a whole has
    /// expanded past the ratio against what it took in (and the pool).
    fn inflated_within_ratio(&self, n: u64) -> bool {
        let total = self.inflated.fetch_add(n, Ordering::Relaxed) + n;
        let allowed = self
            .compressed_in
            .load(Ordering::Relaxed)
            .saturating_mul(self.opts.limits.max_ratio)
            .saturating_add(inflate::RATIO_POOL);
        total <= allowed
    }

    /// How much a bundle may make the reader inflate, kept or refused:
    /// twice what it may keep, so that thousands of small bombs, each
    /// stopped early, still end.
    fn work_limit(&self) -> u64 {
        self.opts.limits.max_total_bytes.saturating_mul(2)
    }

    /// Counts `n` bytes of work; false past [`Ctx::work_limit`].
    fn work(&self, n: u64) -> bool {
        self.worked.fetch_add(n, Ordering::Relaxed) + n <= self.work_limit()
    }

    /// Takes `n` bytes from the shared ratio pool, if it holds them.
    fn draw_pool(&self, n: u64) -> bool {
        self.pool
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |left| {
                left.checked_sub(n)
            })
            .is_ok()
    }

    fn cancelled(&self) -> bool {
        self.opts
            .cancel
            .as_ref()
            .is_some_and(|c| c.load(Ordering::Relaxed))
    }

    /// Charges `n` bytes to the bundle; false when that would pass the limit.
    fn charge(&self, n: u64) -> bool {
        let before = self.used.fetch_add(n, Ordering::Relaxed);
        if before.saturating_add(n) > self.opts.limits.max_total_bytes {
            self.used.fetch_sub(n, Ordering::Relaxed);
            return false;
        }
        true
    }

    /// Gives back bytes charged for something no longer held.
    fn release(&self, n: u64) {
        let _ = self
            .used
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |u| {
                Some(u.saturating_sub(n))
            });
    }

    fn budget_message(&self) -> String {
        format!(
            "not read: the bundle would pass its limit of {} uncompressed (raise it with --max-total-bytes)",
            human_bytes(self.opts.limits.max_total_bytes)
        )
    }

    fn over_budget(&self, path: &str, size: u64) {
        self.problem(path, size, self.budget_message());
    }

    fn note_progress(&self, bytes: u64) {
        if let Some(p) = &self.opts.progress {
            p.bytes.fetch_add(bytes, Ordering::Relaxed);
        }
    }

    /// Hands over a file that is fully read: a nested zip is opened, a
    /// gzip stream inflated, anything else goes to the sink.
    fn deliver(&self, path: String, bytes: Vec<u8>, modified: Option<Modified>, depth: u32) {
        let (gzip, zip, tar) = (
            is_gzip(&bytes),
            archive::is_zip(&bytes),
            tarball::is_tar(&bytes),
        );
        if (gzip || zip || tar) && depth >= self.opts.limits.max_depth {
            let what = match (gzip, zip) {
                (true, _) => "compressed",
                (_, true) => "zip nested",
                _ => "archive nested",
            };
            return self.problem(
                &path,
                bytes.len() as u64,
                format!(
                    "not opened: {what} more than {} levels deep",
                    self.opts.limits.max_depth
                ),
            );
        }
        if depth == 0 && (gzip || zip) {
            // Taken in from disk or memory as it is: what the whole
            // bundle's inflation is weighed against.
            self.take_in_compressed(bytes.len() as u64);
        }
        if gzip {
            return self.inflate_gzip(path, bytes, modified, depth + 1);
        }
        // An archive held in memory is charged (as read or inflated) until
        // its entries are out; then it is dropped and given back.
        if zip || tar {
            if zip {
                archive::read_bytes(self, &path, &bytes, depth + 1);
            } else {
                tarball::read(self, &path, &bytes, depth + 1);
            }
            return self.release(bytes.len() as u64);
        }
        if let Some(format) = unsupported_archive(&bytes) {
            return self.problem(
                &path,
                bytes.len() as u64,
                format!(
                    "not read: {format} archives are not supported; unpack it and open the folder"
                ),
            );
        }
        if let Some(p) = &self.opts.progress {
            p.files.fetch_add(1, Ordering::Relaxed);
        }
        self.entries.fetch_add(1, Ordering::Relaxed);
        (self.sink)(Event::File {
            path,
            bytes,
            modified,
        });
    }

    /// Inflates a gzip file (a rotated log, a `.gz` entry of a zip) under the
    /// same limits as a zip entry, and hands over what it holds. Its
    /// compressed bytes were charged when read; they are given back once
    /// inflated, since they are then dropped.
    fn inflate_gzip(&self, path: String, bytes: Vec<u8>, modified: Option<Modified>, depth: u32) {
        let compressed = bytes.len() as u64;
        // A gzip file names its size (modulo 4 GiB) in its last four bytes.
        let expected = bytes
            .last_chunk::<4>()
            .map_or(0, |t| u64::from(u32::from_le_bytes(*t)));
        let result = inflate::inflate(
            self,
            flate2::read::MultiGzDecoder::new(bytes.as_slice()),
            compressed,
            expected,
        );
        drop(bytes);
        self.release(compressed);
        match result {
            Ok(inflated) => self.deliver(path, inflated, modified, depth),
            Err(refused) => self.problem(&path, compressed, refused.message(self, compressed)),
        }
    }

    /// Reads one file from disk under the budget and hands it over.
    fn read_disk_file(&self, display: String, path: &Path, depth: u32) {
        if self.cancelled() || !self.admit(&display, 0) {
            return;
        }
        // Decided on metadata: opening a pipe would wait for a writer, and
        // a device such as /dev/zero never ends.
        let (size, modified) = match std::fs::metadata(path) {
            Ok(m) if !m.is_file() => return self.problem(&display, 0, NOT_A_FILE),
            Ok(m) => (
                m.len(),
                m.modified().ok().and_then(system_millis).map(Modified::utc),
            ),
            Err(e) => return self.problem(&display, 0, format!("cannot be read: {e}")),
        };
        // A zip on disk is read in place, entry by entry: its compressed
        // bytes never sit in memory.
        if archive::is_zip_file(path) {
            self.take_in_compressed(size);
            return archive::read_file(self, &display, path, depth + 1);
        }
        if size >= MAX_FILE_BYTES {
            return self.problem(&display, size, crate::record::too_large(size));
        }
        if !self.charge(size) {
            return self.over_budget(&display, size);
        }
        match std::fs::read(path) {
            Ok(bytes) => {
                self.note_progress(bytes.len() as u64);
                self.deliver(display, bytes, modified, depth);
            }
            Err(e) => self.problem(&display, size, format!("cannot be read: {e}")),
        }
    }
}

/// Reads every path (zip, folder or plain file) as one bundle, handing
/// each file or problem to `sink`. Files are read in parallel.
pub fn read_paths(paths: &[PathBuf], opts: &ReadOptions, sink: &(dyn Fn(Event) + Sync)) {
    let ctx = Ctx::new(opts, sink);
    if let Some(p) = &opts.progress {
        let expected: u64 = paths.iter().map(|p| folder::expected_bytes(p)).sum();
        p.expected_bytes.store(expected, Ordering::Relaxed);
    }
    paths.par_iter().for_each(|path| {
        let display = root_name(path);
        match std::fs::metadata(path) {
            Err(e) => ctx.problem(&display, 0, format!("cannot be opened: {e}")),
            Ok(m) if m.is_dir() => folder::read(&ctx, &display, path),
            Ok(m) if !m.is_file() => ctx.problem(&display, 0, NOT_A_FILE),
            Ok(_) => ctx.read_disk_file(display, path, 0),
        }
    });
    ctx.finish(&paths.first().map(|p| root_name(p)).unwrap_or_default());
}

/// Reads named files from disk, each under the display path given; the
/// local discovery uses this to read only the Webex logs of a folder that
/// also holds databases and caches.
pub fn read_files(files: &[(String, PathBuf)], opts: &ReadOptions, sink: &(dyn Fn(Event) + Sync)) {
    let ctx = Ctx::new(opts, sink);
    if let Some(p) = &opts.progress {
        let expected = files
            .iter()
            .filter_map(|(_, p)| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum();
        p.expected_bytes.store(expected, Ordering::Relaxed);
    }
    files
        .par_iter()
        .for_each(|(display, path)| ctx.read_disk_file(display.clone(), path, 0));
    let root = files
        .first()
        .map_or("", |(d, _)| d.split('/').next().unwrap_or(d));
    ctx.finish(root);
}

/// Reads a bundle already in memory (a zip, or one plain file) under the
/// same limits as one on disk.
pub fn read_bytes(name: &str, bytes: Vec<u8>, opts: &ReadOptions, sink: &(dyn Fn(Event) + Sync)) {
    let ctx = Ctx::new(opts, sink);
    let size = bytes.len() as u64;
    if !ctx.charge(size) {
        return ctx.over_budget(name, size);
    }
    ctx.note_progress(size);
    ctx.deliver(name.to_owned(), bytes, None, 0);
    ctx.finish(name);
}

/// The name a path is shown under: its last component.
fn root_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_else(|| path.to_string_lossy());
    escape_controls(&name, false).into_owned()
}

/// The path an entry is shown under: its parent's, then its own name with
/// what a terminal would obey written out (a newline in a name must not
/// start a line of the report).
fn entry_path(parent: &str, name: &str) -> String {
    format!(
        "{parent}/{}",
        escape_controls(name.trim_start_matches(['/', '\\']), false)
    )
}

/// A file time as milliseconds since 1970.
fn system_millis(t: std::time::SystemTime) -> Option<i64> {
    let d = t.duration_since(std::time::UNIX_EPOCH).ok()?;
    i64::try_from(d.as_millis()).ok()
}

/// Archives and compressed files people send that this tool does not
/// open, by their magic numbers: named, so the user knows to unpack them,
/// instead of read as binary junk.
fn unsupported_archive(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 6] = [
        (b"7z\xbc\xaf\x27\x1c", "7z"),
        (b"Rar!\x1a\x07", "RAR"),
        (b"\xfd7zXZ\x00", "xz"),
        (b"BZh", "bzip2"),
        (b"\x28\xb5\x2f\xfd", "zstd"),
        (b"MSCF\x00\x00\x00\x00", "cab"),
    ];
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, name)| *name)
}

/// The gzip magic number (RFC 1952).
fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// True for entries that carry no log: macOS resource forks.
fn is_apple_double(name: &str) -> bool {
    name.split(['/', '\\']).any(|c| c == "__MACOSX")
        || name
            .rsplit(['/', '\\'])
            .next()
            .is_some_and(|base| base.starts_with("._"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apple_double_entries_are_recognised() {
        assert!(is_apple_double("__MACOSX/._current_log.txt"));
        assert!(is_apple_double("logs/__MACOSX/x"));
        assert!(is_apple_double("CiscoSpark/._current_log.txt"));
        assert!(!is_apple_double("CiscoSpark/current_log.txt"));
        assert!(!is_apple_double("a._b.txt"));
    }

    #[test]
    fn budget_refuses_past_the_limit() {
        let opts = ReadOptions {
            limits: Limits {
                max_total_bytes: 100,
                ..Limits::default()
            },
            ..Default::default()
        };
        let sink = |_e: Event| {};
        let ctx = Ctx::new(&opts, &sink);
        assert!(ctx.charge(60));
        assert!(!ctx.charge(41));
        assert!(ctx.charge(40));
        assert_eq!(ctx.used.load(Ordering::Relaxed), 100);
        ctx.release(30);
        assert!(ctx.charge(30));
        assert!(!ctx.charge(1));
    }

    #[test]
    fn zip_entry_times_say_whether_they_are_utc() {
        use std::io::Write;
        use zip::write::{FullFileOptions, ZipWriter};
        // The zipping machine's wall clock read 16:20:44, two hours ahead
        // of UTC; the extended timestamp and the NTFS times say 14:20:44Z.
        let dos = zip::DateTime::from_date_and_time(2024, 6, 18, 16, 20, 44).unwrap();
        let plain = FullFileOptions::default().last_modified_time(dos);
        let mut unix = plain.clone();
        let mut field = vec![1u8];
        field.extend(1_718_720_444u32.to_le_bytes());
        unix.add_extra_field(0x5455, field, false).unwrap();
        let mut ntfs = plain.clone();
        let mut field = vec![0u8; 4];
        field.extend(1u16.to_le_bytes());
        field.extend(24u16.to_le_bytes());
        for _ in 0..3 {
            field.extend(133_631_940_440_000_000u64.to_le_bytes());
        }
        ntfs.add_extra_field(0x000a, field, false).unwrap();
        let mut w = ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, opts) in [
            ("unix/ced.dat", unix),
            ("ntfs/ced.dat", ntfs),
            ("dos/ced.dat", plain),
        ] {
            w.start_file(name, opts).unwrap();
            w.write_all(b"\x00\x9c opaque").unwrap();
        }
        let bytes = w.finish().unwrap().into_inner();
        let got = std::sync::Mutex::new(Vec::new());
        read_bytes("t.zip", bytes, &ReadOptions::default(), &|e| {
            if let Event::File { path, modified, .. } = e {
                got.lock().unwrap().push((path, modified));
            }
        });
        let mut got = got.into_inner().unwrap();
        got.sort_by(|a, b| a.0.cmp(&b.0));
        let utc = Some(Modified::utc(1_718_720_444_000));
        let wall = Some(Modified {
            millis: 1_718_727_644_000,
            utc: false,
        });
        assert_eq!(
            got,
            [
                ("t.zip/dos/ced.dat".to_owned(), wall),
                ("t.zip/ntfs/ced.dat".to_owned(), utc),
                ("t.zip/unix/ced.dat".to_owned(), utc),
            ]
        );
    }
}
