//! Logical records: one print of the app that the log split into several
//! records.
//!
//! Some builds and platforms give every line of a multi-line print the full
//! log prefix (Android's logcat always does): a SIP message, an HTTP dump,
//! a JSON array or an XML body then arrives as a run of records. Records
//! whose header prefix is the same to the byte (the same millisecond, level,
//! thread and source) came from one print, and are read as one text here.

use std::borrow::Cow;

use crate::record::LogFile;

/// A run of records read as one: `first..end` of the file's records.
pub struct Group<'f> {
    pub first: usize,
    pub end: usize,
    /// The first record whole, then the message of each further record.
    pub text: Cow<'f, str>,
}

/// At most this many records, or bytes, are joined: a hostile log can
/// print millions of lines in one millisecond.
const MAX_RECORDS: usize = 4096;
const MAX_BYTES: usize = 1 << 20;

fn same(file: &LogFile, a: usize, b: usize) -> bool {
    let p = file.prefix_of(a);
    !p.is_empty() && p == file.prefix_of(b)
}

/// The first record of the group record `rec` belongs to.
pub fn start_of(file: &LogFile, rec: usize) -> usize {
    let mut first = rec;
    while first > 0 && rec - first < MAX_RECORDS && same(file, first - 1, rec) {
        first -= 1;
    }
    first
}

/// The end (exclusive) of the group that starts at record `first`, and the
/// bytes of its joined text.
fn extent(file: &LogFile, first: usize) -> (usize, usize) {
    let n = file.records.len();
    let mut end = first + 1;
    let mut bytes = file.text_of(first).len();
    while end < n && end - first < MAX_RECORDS && bytes < MAX_BYTES && same(file, first, end) {
        bytes += file.body_of(end).len() + 1;
        end += 1;
    }
    (end, bytes)
}

/// The end (exclusive) of the group that starts at record `first`.
pub fn end_of(file: &LogFile, first: usize) -> usize {
    extent(file, first).0
}

/// The group that starts at record `first`.
pub fn at(file: &LogFile, first: usize) -> Group<'_> {
    let (end, bytes) = extent(file, first);
    let text = if end == first + 1 {
        Cow::Borrowed(file.text_of(first))
    } else {
        let mut joined = String::with_capacity(bytes);
        joined.push_str(file.text_of(first));
        for r in first + 1..end {
            joined.push('\n');
            joined.push_str(file.body_of(r));
        }
        Cow::Owned(joined)
    };
    Group { first, end, text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_one_print_are_one_text() {
        let p = "2024-03-08T16:40:40.867Z <Debug> [0x2b1][]Ent.cpp:30 ";
        let text = format!(
            "{p}Ent::dump:\"entitlements\": [\n{p}  \"spark\",\n{p}]\n2024-03-08T16:40:40.868Z <Debug> [0x2b1][]Ent.cpp:30 done\n"
        );
        let file = LogFile::parse("current_log.txt".into(), text.into_bytes());
        assert_eq!(file.records.len(), 4);
        assert_eq!(start_of(&file, 2), 0);
        let g = at(&file, 0);
        assert_eq!((g.first, g.end), (0, 3));
        assert!(g.text.ends_with("[\n\"spark\",\n]"), "{}", g.text);
        assert_eq!(at(&file, 3).end, 4);
    }

    #[test]
    fn records_without_a_time_never_join() {
        let file = LogFile::parse("notes.txt".into(), b"a\nb\nc\n".to_vec());
        assert_eq!(at(&file, 0).end, 1);
    }
}
