//! Tar archives (`.tar`, and `.tar.gz` once [`super::Ctx`] has inflated
//! the gzip): support bundles made on Linux and macOS, and by scripts.
//!
//! A tar holds its files uncompressed, one after the other. The archive's
//! bytes were charged to the budget when they were read or inflated, and
//! each entry is charged again as it is copied out, since both are held
//! until the walk ends. Only
//! regular files are read: links, devices and folders carry no log, and a
//! link is never followed.

use std::io::Read;

use super::Ctx;
use crate::record::MAX_FILE_BYTES;

/// The POSIX (`ustar`) and old GNU magic at offset 257 of the first header.
pub(super) fn is_tar(bytes: &[u8]) -> bool {
    bytes.get(257..262).is_some_and(|magic| magic == b"ustar")
}

/// Hands every regular file of the tar in `data` to the context, shown
/// under `display`.
pub(super) fn read(ctx: &Ctx, display: &str, data: &[u8], depth: u32) {
    let mut archive = tar::Archive::new(data);
    let entries = match archive.entries() {
        Ok(e) => e,
        Err(e) => {
            return ctx.problem(
                display,
                data.len() as u64,
                format!("not a readable tar archive: {e}"),
            );
        }
    };
    for entry in entries {
        if ctx.cancelled() {
            return;
        }
        let mut entry = match entry {
            Ok(e) => e,
            // A damaged header ends the walk: what follows cannot be found.
            Err(e) => {
                return ctx.problem(
                    display,
                    data.len() as u64,
                    format!("the rest of the tar archive is unreadable: {e}"),
                );
            }
        };
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let path = super::entry_path(display, name.trim_start_matches("./"));
        if !entry.header().entry_type().is_file() || super::is_apple_double(&name) {
            continue;
        }
        let size = entry.size();
        if !ctx.admit(&path, size) {
            continue;
        }
        if size >= MAX_FILE_BYTES {
            ctx.problem(&path, size, crate::record::too_large(size));
            continue;
        }
        let modified = entry
            .header()
            .mtime()
            .ok()
            .and_then(|s| i64::try_from(s).ok())
            .map(|s| super::Modified::utc(s.saturating_mul(1000)));
        // An entry is a copy of part of the archive, which stays held
        // until the walk ends: the copy is charged too.
        if !ctx.charge(size) {
            ctx.over_budget(&path, size);
            continue;
        }
        let mut bytes = Vec::new();
        // The header's size is bounded by the archive's own bytes: the
        // reader cannot give more than `data` holds.
        match entry.read_to_end(&mut bytes) {
            Ok(_) => ctx.deliver(path, bytes, modified, depth),
            Err(e) => {
                ctx.release(size);
                ctx.problem(&path, size, format!("cannot be read: {e}"));
            }
        }
    }
}
