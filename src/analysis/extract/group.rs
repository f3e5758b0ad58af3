//! Logical records: one print of the app that the log split into several
//! records.
//!
//! Some builds and platforms give every line of a multi-line print the full
//! log prefix (Android's logcat always does): a SIP message, an HTTP dump,
//! a JSON array or an XML body then arrives as a run of records. Records
//! whose header prefix is the same to the byte (the same millisecond, level,
//! thread and source) came from one print, and are read as one text here;
//! so are records of the same thread and source a few milliseconds apart
//! that go on with a document (an XML line, a JSON member, a list item),
//! as a logger that stamps every line itself prints a body, or with the
//! header fields of an HTTP message printed a line each.

use std::borrow::Cow;

use crate::record::LogFile;

/// A run of records read as one: `first..end` of the file's records.
pub struct Group<'f> {
    pub first: usize,
    pub end: usize,
    /// The first record whole, then the message of each further record.
    pub text: Cow<'f, str>,
}

/// At most this many records, or bytes, are joined (and a record's text is
/// read up to that many bytes): a hostile log can print millions of lines
/// in one millisecond, or one line of a gigabyte.
const MAX_RECORDS: usize = 4096;
const MAX_BYTES: usize = 1 << 20;

/// How far apart two lines of one document may be stamped.
const CONTINUATION_MS: i64 = 100;

/// A prefix without its timestamp (the first one or two words of digits
/// and time punctuation): the level, thread and source.
fn without_time(prefix: &str) -> &str {
    let mut rest = prefix;
    for _ in 0..2 {
        let word = rest.trim_start();
        let end = word.find(' ').unwrap_or(word.len());
        if end == 0
            || !word[..end]
                .chars()
                .all(|c| c.is_ascii_digit() || "-:.,TZ+/".contains(c))
        {
            break;
        }
        rest = &word[end..];
    }
    rest
}

/// Whether a message goes on with a document rather than saying something.
fn continues(body: &str) -> bool {
    let t = body.trim_start();
    super::http::starts_xml(t) || t.starts_with(['"', '}', ']', '{']) || t.starts_with("- ")
}

/// A header field line of an HTTP message (`TrackingID: CLIENT_…`).
fn is_header(body: &str) -> bool {
    let Some((name, _)) = body.split_once(": ") else {
        return false;
    };
    name.len() <= 60
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A line that starts an HTTP message, behind a logger's arrow or not:
/// `--> GET https://…`, `<-- 200 OK https://…`, `HTTP/1.1 200 OK`.
fn starts_http(body: &str) -> bool {
    let t = body.trim_start_matches(['-', '<', '>', ' ']);
    let word = t.split(' ').next().unwrap_or("");
    matches!(word, "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "HEAD")
        || word.starts_with("HTTP/")
        || (word.len() == 3 && word.bytes().all(|b| b.is_ascii_digit()) && body.starts_with("<--"))
}

/// Whether record `next` belongs to the print of record `prev`.
fn joins(file: &LogFile, prev: usize, next: usize) -> bool {
    let (p, n) = (file.prefix_of(prev), file.prefix_of(next));
    if p.is_empty() || n.is_empty() {
        return false;
    }
    if p == n {
        return true;
    }
    let near = matches!(
        (file.records[prev].millis(), file.records[next].millis()),
        (Some(a), Some(b)) if b >= a && b - a <= CONTINUATION_MS
    );
    if !near || without_time(p) != without_time(n) {
        return false;
    }
    let body = file.body_of(next);
    // A logger that prints every header of a message on its own line
    // (OkHttp's) still prints one message.
    continues(body)
        || is_header(body) && {
            let before = file.body_of(prev).trim_start();
            starts_http(before) || is_header(before)
        }
}

/// The first record of the group record `rec` belongs to, looking back no
/// further than `floor` (where the reader's last group ended): a run of
/// joined records longer than a group is read as groups one after the
/// other, each record looked at a bounded number of times.
pub fn start_of(file: &LogFile, rec: usize, floor: usize) -> usize {
    let mut first = rec;
    while first > floor && rec - first < MAX_RECORDS && joins(file, first - 1, first) {
        first -= 1;
    }
    first
}

/// The end (exclusive, at most `limit`) of the group that starts at record
/// `first`, and the bytes of its joined text.
fn extent(file: &LogFile, first: usize, limit: usize) -> (usize, usize) {
    let n = file.records.len().min(limit);
    let mut end = first + 1;
    let mut bytes = file.text_of(first).len();
    while end < n && end - first < MAX_RECORDS && bytes < MAX_BYTES && joins(file, end - 1, end) {
        bytes += file.body_of(end).len() + 1;
        end += 1;
    }
    (end, bytes)
}

/// Where a file is cut for reading in parallel near record `at`: the
/// first record at or after it that starts a group, so that no group is
/// read by two readers (or `at` itself in a run longer than a group).
pub fn cut_near(file: &LogFile, at: usize) -> usize {
    let n = file.records.len();
    (at..n.min(at + MAX_RECORDS))
        .find(|&r| r == 0 || !joins(file, r - 1, r))
        .unwrap_or(at.min(n))
}

/// The first `room` bytes of `t`, at a character boundary.
fn cut(t: &str, room: usize) -> &str {
    t.get(..t.floor_char_boundary(room)).unwrap_or("")
}

/// The group that starts at record `first`, ending before `limit`.
pub fn at(file: &LogFile, first: usize, limit: usize) -> Group<'_> {
    let (end, bytes) = extent(file, first, limit);
    // What a print says is read from its first megabyte: a record of
    // hundreds of megabytes (a hostile line) costs no more to read.
    let text = if end == first + 1 {
        Cow::Borrowed(cut(file.text_of(first), MAX_BYTES))
    } else {
        let mut joined = String::with_capacity(bytes.min(MAX_BYTES));
        joined.push_str(cut(file.text_of(first), MAX_BYTES));
        for r in first + 1..end {
            let room = MAX_BYTES.saturating_sub(joined.len() + 1);
            if room == 0 {
                break;
            }
            joined.push('\n');
            joined.push_str(cut(file.body_of(r), room));
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
        assert_eq!(start_of(&file, 2, 0), 0);
        let g = at(&file, 0, usize::MAX);
        assert_eq!((g.first, g.end), (0, 3));
        assert!(g.text.ends_with("[\n\"spark\",\n]"), "{}", g.text);
        assert_eq!(at(&file, 3, usize::MAX).end, 4);
    }

    #[test]
    fn a_body_stamped_line_by_line_is_one_text() {
        let text = "03-04 17:34:53.078  9858 27032 D OkHttp  : <-- 200 OK https://x/profile/device\n\
03-04 17:34:53.080  9858 27032 D OkHttp  : <AccessDevices>\n\
03-04 17:34:53.081  9858 27032 D OkHttp  :   <deviceType>Connect - Mobile</deviceType>\n\
03-04 17:34:53.089  9858 27032 D OkHttp  : </AccessDevices>\n\
03-04 17:34:53.090  9858 27032 D OkHttp  : <-- END HTTP\n\
03-04 17:34:53.095  9858 11111 D OkHttp  : <other thread>\n";
        let file = LogFile::parse("logcat.txt".into(), text.as_bytes().to_vec());
        assert_eq!(file.records.len(), 6);
        let g = at(&file, 0, usize::MAX);
        // An arrow of the logger is not the document's; nor is another
        // thread's line.
        assert_eq!((g.first, g.end), (0, 4), "{}", g.text);
        assert!(g.text.contains("<deviceType>Connect - Mobile</deviceType>"));
        assert_eq!(start_of(&file, 3, 0), 0);
        assert_eq!(start_of(&file, 4, 0), 4);
        assert_eq!(start_of(&file, 5, 0), 5);
    }

    #[test]
    fn headers_stamped_line_by_line_join_their_request() {
        let text = "02-27 09:49:26.406  8251 24396 D OkHttp  : --> GET https://xsp.example.org/dms/bc/connect/config.xml\n\
02-27 09:49:26.407  8251 24396 D OkHttp  : TrackingID: CLIENT_903dca61-deb3-4799-b7b6-797f58537845\n\
02-27 09:49:26.408  8251 24396 D OkHttp  : X-BroadWorks-Token: <bw-jwt>\n\
02-27 09:49:26.409  8251 24396 D OkHttp  : --> END GET\n\
02-27 09:49:26.410  8251 24396 D OkHttp  : Note: not a header of anything\n";
        let file = LogFile::parse("logcat.txt".into(), text.as_bytes().to_vec());
        let g = at(&file, 0, usize::MAX);
        assert_eq!((g.first, g.end), (0, 3), "{}", g.text);
        assert!(g.text.contains("\nTrackingID: CLIENT_903dca61"));
        // A line like a header joins only a message or its headers.
        assert_eq!(at(&file, 3, usize::MAX).end, 4);
        assert_eq!(start_of(&file, 4, 0), 4);
    }

    #[test]
    fn records_without_a_time_never_join() {
        let file = LogFile::parse("notes.txt".into(), b"a\nb\nc\n".to_vec());
        assert_eq!(at(&file, 0, usize::MAX).end, 1);
    }
}
