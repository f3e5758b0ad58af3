//! Zip archives, read from memory, entries in parallel.
//!
//! Every limit is enforced while decompressing, not only on what the central
//! directory declares: declared sizes are written by whoever made the zip.

use std::fs::File;
use std::io::{Cursor, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;
use zip::ZipArchive;
use zip::result::ZipError;

use super::{Ctx, RATIO_FLOOR, is_apple_double};
use crate::record::{MAX_FILE_BYTES, human_bytes};

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
    let mut archive = match ZipArchive::new(reader) {
        Ok(a) => a,
        Err(e) => {
            return ctx.problem(
                display,
                size,
                format!("not a readable zip archive: {}", describe(&e)),
            );
        }
    };
    // Entries that share compressed bytes are the trick of the overlapping
    // zip bomb; no archiver writes them.
    if archive.has_overlapping_files().unwrap_or(false) {
        return ctx.problem(
            display,
            size,
            "not opened: its entries overlap each other, which only zip bombs do",
        );
    }
    (0..archive.len()).into_par_iter().for_each_init(
        || archive.clone(),
        |zip, index| read_entry(ctx, zip, index, display, depth),
    );
}

fn read_entry<R: Read + Seek>(
    ctx: &Ctx,
    zip: &mut ZipArchive<R>,
    index: usize,
    parent: &str,
    depth: u32,
) {
    if ctx.cancelled() {
        return;
    }
    let (name, declared, compressed, encrypted, modified) = match zip.by_index_data(index) {
        Ok(meta) => {
            if meta.is_dir() {
                return;
            }
            let name = meta
                .name()
                .map(|n| n.into_owned())
                .unwrap_or_else(|_| String::from_utf8_lossy(meta.name_raw()).into_owned());
            let modified = meta.last_modified().and_then(dos_millis);
            (
                name,
                meta.size(),
                meta.compressed_size(),
                meta.encrypted(),
                modified,
            )
        }
        Err(e) => {
            return ctx.problem(
                &format!("{parent}/#{index}"),
                0,
                format!("cannot be listed: {}", describe(&e)),
            );
        }
    };
    if is_apple_double(&name) {
        return;
    }
    let path = super::entry_path(parent, &name);
    if encrypted {
        return ctx.problem(
            &path,
            declared,
            "encrypted: it cannot be read without its password",
        );
    }
    let ratio_cap = compressed
        .saturating_mul(ctx.opts.limits.max_ratio)
        .max(RATIO_FLOOR);
    if declared > ratio_cap {
        return ctx.problem(
            &path,
            declared,
            bomb_message(declared, compressed, ctx.opts.limits.max_ratio),
        );
    }
    if declared >= MAX_FILE_BYTES {
        return ctx.problem(
            &path,
            declared,
            crate::record::too_large(declared),
        );
    }
    let mut file = match zip.by_index(index) {
        Ok(f) => f,
        Err(e) => return ctx.problem(&path, declared, format!("cannot be read: {}", describe(&e))),
    };
    // One byte more than allowed is read, so that passing a limit is seen.
    let allowed = ratio_cap.min(MAX_FILE_BYTES - 1).min(ctx.remaining());
    let mut bytes = Vec::with_capacity(declared.min(allowed) as usize);
    let result = Guarded {
        inner: &mut file,
        ctx,
    }
    .take(allowed + 1)
    .read_to_end(&mut bytes);
    if ctx.cancelled() {
        return;
    }
    let got = bytes.len() as u64;
    if let Err(e) = result {
        return ctx.problem(
            &path,
            declared,
            format!("corrupt, could not be decompressed: {e}"),
        );
    }
    if got > ratio_cap {
        return ctx.problem(
            &path,
            declared,
            bomb_message(got, compressed, ctx.opts.limits.max_ratio),
        );
    }
    if got > allowed || !ctx.charge(got) {
        return ctx.over_budget(&path, declared.max(got));
    }
    if bytes.capacity() > bytes.len() + bytes.len() / 8 {
        bytes.shrink_to_fit();
    }
    ctx.deliver(path, bytes, modified, depth);
}

/// A zip entry's date (local wall-clock time, two-second steps) as
/// milliseconds since 1970.
fn dos_millis(t: zip::DateTime) -> Option<i64> {
    let date =
        chrono::NaiveDate::from_ymd_opt(i32::from(t.year()), t.month().into(), t.day().into())?;
    let time = date.and_hms_opt(t.hour().into(), t.minute().into(), t.second().into())?;
    Some(time.and_utc().timestamp_millis())
}

pub(super) fn bomb_message(size: u64, compressed: u64, max_ratio: u64) -> String {
    let ratio = size / compressed.max(1);
    format!(
        "not read: it expands {ratio} times ({} from {}), more than the limit of {max_ratio} times; this looks like a zip bomb (raise the limit with --max-ratio)",
        human_bytes(size),
        human_bytes(compressed)
    )
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

/// Counts progress and stops reading when the user cancels.
struct Guarded<'c, 'a, R> {
    inner: R,
    ctx: &'c Ctx<'a>,
}

impl<R: Read> Read for Guarded<'_, '_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.ctx.cancelled() {
            return Err(std::io::Error::other("cancelled"));
        }
        let n = self.inner.read(buf)?;
        self.ctx.note_progress(n as u64);
        Ok(n)
    }
}
