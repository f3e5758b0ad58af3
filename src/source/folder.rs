//! Folders, walked recursively; zips found inside are opened like any other.

use std::path::Path;

use rayon::prelude::*;
use walkdir::WalkDir;

use super::{Ctx, is_apple_double};

/// Deep enough for any real log tree, shallow enough to stop a runaway walk.
const MAX_FOLDER_DEPTH: usize = 32;

pub(super) fn read(ctx: &Ctx, display: &str, root: &Path) {
    let mut files = Vec::new();
    // Links are followed because users link log folders around; walkdir
    // reports a link that loops back as an error instead of following it.
    for entry in WalkDir::new(root)
        .follow_links(true)
        .max_depth(MAX_FOLDER_DEPTH)
        .sort_by_file_name()
    {
        match entry {
            Ok(e) if e.depth() == MAX_FOLDER_DEPTH && e.file_type().is_dir() => {
                let has_more = std::fs::read_dir(e.path()).is_ok_and(|mut d| d.next().is_some());
                if has_more {
                    ctx.problem(
                        &super::entry_path(display, &relative(root, e.path())),
                        0,
                        format!(
                            "not opened: folders nested deeper than {MAX_FOLDER_DEPTH} levels are not read"
                        ),
                    );
                }
            }
            Ok(e) if e.file_type().is_file() => {
                let rel = relative(root, e.path());
                if !is_apple_double(&rel) {
                    files.push((super::entry_path(display, &rel), e.into_path()));
                }
            }
            Ok(e) if !e.file_type().is_dir() => ctx.problem(
                &super::entry_path(display, &relative(root, e.path())),
                0,
                super::NOT_A_FILE,
            ),
            Ok(_) => {}
            Err(e) => {
                let at = e
                    .path()
                    .map(|p| super::entry_path(display, &relative(root, p)))
                    .unwrap_or_else(|| display.to_owned());
                let why = if e.loop_ancestor().is_some() {
                    "not followed: this link loops back to a folder above it".to_owned()
                } else {
                    format!(
                        "cannot be read: {}",
                        e.io_error()
                            .map_or_else(|| e.to_string(), |io| io.to_string())
                    )
                };
                ctx.problem(&at, 0, why);
            }
        }
    }
    files
        .into_par_iter()
        .for_each(|(display, path)| ctx.read_disk_file(display, &path, 0));
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// How many bytes reading a path will count, as the progress bar's total:
/// sizes on disk, a zip's as its entries declare them uncompressed.
pub(super) fn expected_bytes(path: &Path) -> u64 {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => WalkDir::new(path)
            .max_depth(MAX_FOLDER_DEPTH)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| file_bytes(e.path(), e.metadata().map_or(0, |m| m.len())))
            .sum(),
        // Never opened unless a regular file: a pipe would block.
        Ok(m) if m.is_file() => file_bytes(path, m.len()),
        _ => 0,
    }
}

/// What reading a file will count: a zip's declared uncompressed total, any
/// other file's size.
fn file_bytes(path: &Path, len: u64) -> u64 {
    if super::archive::is_zip_file(path) {
        super::archive::declared_size(path).unwrap_or(len)
    } else {
        len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zip_counts_toward_progress_as_its_uncompressed_entries() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let text = "2024-03-08T16:40:43.964Z <Info> the same line again\n".repeat(4000);
        let zip = crate::testutil::zip(&[("a/current_log.txt", text.as_bytes()), ("b.txt", b"x")]);
        let path = dir.path().join("bundle.zip");
        std::fs::write(&path, &zip).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            (zip.len() as u64) < text.len() as u64 / 10,
            "the test zip compresses"
        );
        assert_eq!(expected_bytes(&path), text.len() as u64 + 1);
        // A folder holding it counts the same, plus its other files.
        std::fs::write(dir.path().join("note.txt"), b"12345").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(expected_bytes(dir.path()), text.len() as u64 + 1 + 5);
    }
}
