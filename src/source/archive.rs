//! Zip archives, from disk (read in place) or memory, entries in parallel:
//! logs first, then archives that may hold logs, then the rest. Each entry
//! is inflated by [`super::inflate`] under every limit as its bytes arrive:
//! declared sizes are written by whoever made the zip. A zip whose central
//! directory cannot be used (lost to truncation, or naming two entries
//! alike) is read from its entries' own local headers.

use std::fs::File;
use std::io::{Cursor, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;
use zip::ZipArchive;
use zip::result::ZipError;

use super::{Ctx, Modified, inflate, is_apple_double};
use crate::record::MAX_FILE_BYTES;

/// Local file header or end-of-central-directory (an empty zip).
pub(super) fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

pub(super) fn is_zip_file(path: &Path) -> bool {
    let mut magic = [0u8; 4];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok()
        && is_zip(&magic)
}

/// What a zip on disk declares its entries hold uncompressed: the total a
/// progress bar counts toward, since progress counts inflated bytes.
pub(super) fn declared_size(path: &Path) -> Option<u64> {
    let file = File::open(path).ok()?;
    let archive = ZipArchive::new(std::io::BufReader::new(file)).ok()?;
    archive
        .decompressed_size()
        .map(|n| u64::try_from(n).unwrap_or(u64::MAX))
}

/// A zip on disk, read by position so that every thread can read its own
/// entry without loading the archive into memory or sharing a cursor.
#[derive(Clone)]
struct SharedFile {
    file: Arc<File>,
    pos: u64,
    len: u64,
}

impl Read for SharedFile {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        #[cfg(unix)]
        let n = std::os::unix::fs::FileExt::read_at(&*self.file, buf, self.pos)?;
        #[cfg(windows)]
        let n = std::os::windows::fs::FileExt::seek_read(&*self.file, buf, self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for SharedFile {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        let target = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::End(d) => self.len.checked_add_signed(d),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
        };
        self.pos = target.ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "seek before start")
        })?;
        Ok(self.pos)
    }
}

/// Reads every entry of the zip file at `path`, shown as `display`.
pub(super) fn read_file(ctx: &Ctx, display: &str, path: &Path, depth: u32) {
    let opened = File::open(path).and_then(|f| Ok((f.metadata()?.len(), f)));
    match opened {
        Ok((len, file)) => read(
            ctx,
            display,
            SharedFile {
                file: Arc::new(file),
                pos: 0,
                len,
            },
            len,
            depth,
        ),
        Err(e) => ctx.problem(display, 0, format!("cannot be read: {e}")),
    }
}

/// Reads every entry of a zip held in memory (a zip inside a zip).
pub(super) fn read_bytes(ctx: &Ctx, display: &str, data: &[u8], depth: u32) {
    read(ctx, display, Cursor::new(data), data.len() as u64, depth);
}

fn read<R: Read + Seek + Clone + Send + Sync>(
    ctx: &Ctx,
    display: &str,
    reader: R,
    size: u64,
    depth: u32,
) {
    let mut archive = match ZipArchive::new(reader.clone()) {
        Ok(a) => a,
        // A truncated zip lost its directory, not its entries: each still
        // has a local header in front of its data.
        Err(e) => return stream(ctx, display, reader, size, depth, &describe(&e)),
    };
    // The directory keeps one entry per name; two entries of one name are
    // both read from their local headers.
    if archive.has_duplicate_names() {
        return stream(
            ctx,
            display,
            reader,
            size,
            depth,
            "two of its entries have the same name",
        );
    }
    if archive.is_empty() {
        return ctx.problem(display, size, "empty: the zip holds no files");
    }
    let overlapping = overlapping(&mut archive);
    // Logs first, then archives that may hold logs, then the rest: a bomb
    // of many entries must not spend the budget the logs need.
    let ranks: Vec<u8> = (0..archive.len())
        .map(|i| match archive.name_for_index(i) {
            Some(Ok(n)) => reading_order(&n),
            _ => 2,
        })
        .collect();
    let files = std::sync::atomic::AtomicUsize::new(0);
    for rank in 0..=2 {
        let batch: Vec<usize> = (0..archive.len()).filter(|&i| ranks[i] == rank).collect();
        batch.into_par_iter().for_each_init(
            || archive.clone(),
            |zip, index| {
                if read_entry(
                    ctx,
                    zip,
                    index,
                    display,
                    depth,
                    overlapping.contains(&index),
                ) {
                    files.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            },
        );
    }
    if files.into_inner() == 0 {
        ctx.problem(display, size, "empty: the zip holds only folders");
    }
}

/// When entries are read: 0 for logs, 1 for archives (they may hold logs),
/// 2 for the rest. By name only: nothing is read before its turn.
fn reading_order(name: &str) -> u8 {
    let lower = name.to_ascii_lowercase();
    let base = lower.rsplit(['/', '\\']).next().unwrap_or(&lower);
    if base.contains("log") || [".txt", ".log", ".gz"].iter().any(|e| base.ends_with(e)) {
        0
    } else if [".zip", ".tar", ".tgz"].iter().any(|e| base.ends_with(e)) {
        1
    } else {
        2
    }
}

/// Entries whose compressed data runs into another entry's header: a size
/// that lies, or the trick of the overlapping bomb, where every entry
/// covers the next. The others are read as usual.
fn overlapping<R: Read + Seek>(archive: &mut ZipArchive<R>) -> std::collections::HashSet<usize> {
    let mut spans: Vec<(u64, u64, usize)> = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        if let Ok(f) = archive.by_index_raw(i) {
            let start = f.header_start();
            let end = f
                .data_start()
                .map_or(start, |d| d.saturating_add(f.compressed_size()));
            spans.push((start, end, i));
        }
    }
    spans.sort_unstable();
    spans
        .iter()
        .enumerate()
        .filter(|(k, (_, end, _))| {
            spans
                .get(k + 1)
                .is_some_and(|(next_start, _, _)| next_start < end)
        })
        .map(|(_, (_, _, i))| *i)
        .collect()
}

/// Reads a zip whose central directory cannot be used, entry by entry from
/// the local headers, in order. `why` says why the directory was not used.
fn stream<R: Read + Seek>(
    ctx: &Ctx,
    display: &str,
    mut reader: R,
    size: u64,
    depth: u32,
    why: &str,
) {
    if reader.seek(SeekFrom::Start(0)).is_err() {
        return ctx.problem(display, size, format!("not a readable zip archive: {why}"));
    }
    let mut reader = std::io::BufReader::new(reader);
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut files = 0usize;
    let mut rest = String::new();
    loop {
        if ctx.cancelled() {
            return;
        }
        let mut entry = match zip::read::read_zipfile_from_stream(&mut reader) {
            Ok(Some(e)) => e,
            Ok(None) => break,
            Err(e) => {
                rest = format!("; what follows cannot be read: {}", describe(&e));
                break;
            }
        };
        if entry.is_dir() {
            continue;
        }
        let name = entry
            .name()
            .map(|n| n.into_owned())
            .unwrap_or_else(|_| String::from_utf8_lossy(entry.name_raw()).into_owned());
        if is_apple_double(&name) {
            continue;
        }
        let copy = seen.entry(name.clone()).or_insert(0);
        *copy += 1;
        let shown = if *copy > 1 {
            format!("{name} (copy {copy})")
        } else {
            name
        };
        let path = super::entry_path(display, &shown);
        files += 1;
        if !ctx.admit(&path, entry.size()) {
            break;
        }
        let (declared, compressed, encrypted, modified) = (
            entry.size(),
            entry.compressed_size(),
            entry.encrypted(),
            entry_time(&entry),
        );
        if let Some(refusal) = refusal(ctx, declared, compressed, encrypted) {
            ctx.problem(&path, declared, refusal);
            // The stream must move past this entry's data to the next one.
            if std::io::copy(&mut entry, &mut std::io::sink()).is_err() {
                break;
            }
            continue;
        }
        match inflate::inflate(ctx, &mut entry, compressed, declared) {
            Ok(bytes) => ctx.deliver(path, bytes, modified, depth),
            Err(refused) => ctx.problem(&path, declared, refused.message(ctx, compressed)),
        }
    }
    ctx.problem(
        display,
        size,
        format!(
            "its directory could not be used ({why}); {files} entries were read from their own headers{rest}"
        ),
    );
}

/// Why an entry is not even opened, from what it declares.
fn refusal(ctx: &Ctx, declared: u64, compressed: u64, encrypted: bool) -> Option<String> {
    if encrypted {
        Some("encrypted: it cannot be read without its password".to_owned())
    } else if declared >= MAX_FILE_BYTES {
        Some(crate::record::too_large(declared))
    } else if !inflate::plausible(ctx, declared, compressed) {
        Some(inflate::bomb_message(
            declared,
            compressed,
            ctx.opts.limits.max_ratio,
        ))
    } else {
        None
    }
}

/// Reads one entry of the directory; true when it is a file (read or not).
fn read_entry<R: Read + Seek>(
    ctx: &Ctx,
    zip: &mut ZipArchive<R>,
    index: usize,
    parent: &str,
    depth: u32,
    overlaps: bool,
) -> bool {
    if ctx.cancelled() {
        return false;
    }
    let (name, declared, compressed, encrypted, modified, method) = match zip.by_index_raw(index) {
        Ok(meta) => {
            if meta.is_dir() {
                return false;
            }
            let name = meta
                .name()
                .map(|n| n.into_owned())
                .unwrap_or_else(|_| String::from_utf8_lossy(meta.name_raw()).into_owned());
            (
                name,
                meta.size(),
                meta.compressed_size(),
                meta.encrypted(),
                entry_time(&meta),
                meta.compression(),
            )
        }
        Err(e) => {
            ctx.problem(
                &format!("{parent}/#{index}"),
                0,
                format!("cannot be listed: {}", describe(&e)),
            );
            return true;
        }
    };
    if is_apple_double(&name) {
        return false;
    }
    let path = super::entry_path(parent, &name);
    if !ctx.admit(&path, declared) {
        return true;
    }
    if overlaps {
        ctx.problem(
            &path,
            declared,
            "not read: its data runs into the next entry (a size that lies, or a zip bomb)",
        );
        return true;
    }
    if let Some(refusal) = refusal(ctx, declared, compressed, encrypted) {
        ctx.problem(&path, declared, refusal);
        return true;
    }
    if let Some(why) = unsupported_method(method) {
        ctx.problem(&path, declared, format!("cannot be read: {why}"));
        return true;
    }
    let file = match zip.by_index(index) {
        Ok(f) => f,
        Err(e) => {
            ctx.problem(&path, declared, format!("cannot be read: {}", describe(&e)));
            return true;
        }
    };
    match inflate::inflate(ctx, file, compressed, declared) {
        Ok(bytes) => ctx.deliver(path, bytes, modified, depth),
        Err(refused) => ctx.problem(&path, declared, refused.message(ctx, compressed)),
    }
    true
}

/// Why an entry's compression method cannot be read, by its name where it
/// has a common one; `None` for stored, deflate and deflate64.
fn unsupported_method(method: zip::CompressionMethod) -> Option<String> {
    #[allow(deprecated)]
    let id = method.to_u16();
    let name = match id {
        0 | 8 | 9 => return None,
        12 => "bzip2".to_owned(),
        14 => "LZMA".to_owned(),
        93 => "zstd".to_owned(),
        95 => "xz".to_owned(),
        98 => "PPMd".to_owned(),
        99 => "AES encryption".to_owned(),
        other => format!("number {other}"),
    };
    Some(format!("compression method not supported: {name}"))
}

/// Milliseconds from 1601 (Windows' FILETIME epoch) to 1970.
const FILETIME_TO_UNIX_MS: i64 = 11_644_473_600_000;

/// When a zip entry was last changed: its extended timestamp (extra field
/// 0x5455, seconds since 1970) or NTFS times (0x000a, 100 ns since 1601),
/// both UTC, when it has one; else its DOS date, the zipping machine's
/// wall clock.
fn entry_time<R: Read>(entry: &zip::read::ZipFile<'_, R>) -> Option<Modified> {
    let utc = entry.extra_data_fields().find_map(|f| match f {
        zip::ExtraField::ExtendedTimestamp(t) => t.mod_time().map(|s| i64::from(s) * 1000),
        zip::ExtraField::Ntfs(n) => i64::try_from(n.mtime() / 10_000)
            .ok()
            .filter(|&ms| ms > 0)
            .map(|ms| ms - FILETIME_TO_UNIX_MS),
        _ => None,
    });
    match utc {
        Some(millis) => Some(Modified::utc(millis)),
        None => entry
            .last_modified()
            .and_then(dos_millis)
            .map(|millis| Modified { millis, utc: false }),
    }
}

/// A zip entry's date (local wall-clock time, two-second steps) as
/// milliseconds since 1970.
fn dos_millis(t: zip::DateTime) -> Option<i64> {
    let date =
        chrono::NaiveDate::from_ymd_opt(i32::from(t.year()), t.month().into(), t.day().into())?;
    let time = date.and_hms_opt(t.hour().into(), t.minute().into(), t.second().into())?;
    Some(time.and_utc().timestamp_millis())
}

/// Says what went wrong in words a helpdesk reader can act on.
fn describe(e: &ZipError) -> String {
    match e {
        ZipError::UnsupportedArchive(m) if *m == ZipError::PASSWORD_REQUIRED => {
            "encrypted: it cannot be read without its password".into()
        }
        ZipError::CompressionMethodNotSupported(m) => {
            format!("compressed with method {m}, which this tool cannot read")
        }
        ZipError::UnsupportedArchive(m) => format!("unsupported zip feature ({m})"),
        ZipError::InvalidArchive(m) => format!("damaged or truncated ({m})"),
        ZipError::Io(io) => format!("damaged or truncated ({io})"),
        other => other.to_string(),
    }
}
