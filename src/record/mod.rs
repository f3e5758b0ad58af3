//! Records: decoded text split into timestamped entries.
//!
//! This layer owns turning a file's bytes into a [`LogFile`]: decoding
//! ([`decode`]), telling what kind of log it is ([`kind`]), and splitting it
//! into [`Record`]s by the header grammars ([`grammar`], [`time`]). A record
//! is a header line plus the untimestamped lines after it (continuations,
//! XML bodies, SIP messages). [`Bundle`] gathers the files of one input and
//! orders all records by time.
//!
//! It knows nothing of what the logs mean: no SIP, no HTTP, no findings.
//! Splitting never fails. A line that fits no grammar is a continuation, and
//! a file that fits none is one record per line without time.
//!
//! ```
//! use wxbw_doctor::record::{FileKind, LogFile};
//!
//! let text = "2024-03-08T16:40:40.867Z <Info> [0x94bd] SipTransport.cpp:812 send:BWC:SIP: Sending SIP message to 203.0.113.109:5061 (TLS):\n\
//!             REGISTER sip:as.contoso.example SIP/2.0\n\
//!             CSeq: 1 REGISTER\n";
//! let file = LogFile::parse("CiscoSpark/current_log.txt".into(), text.as_bytes().to_vec());
//! assert_eq!(file.kind, FileKind::WebexApp);
//! assert_eq!(file.records.len(), 1);
//! assert!(file.text_of(0).ends_with("CSeq: 1 REGISTER"));
//! ```

pub mod bundle;
pub mod decode;
pub mod grammar;
pub mod kind;
pub mod time;

use chrono::{DateTime, Utc};

pub use bundle::{Bundle, RecordRef};
pub use decode::Encoding;
pub use grammar::{Grammar, Level};
pub use kind::FileKind;
pub use time::Zone;

/// One log entry, as an offset into its file's text. Kept to 12 bytes on
/// purpose: a large bundle has tens of millions of them, and the whole
/// bundle must fit in little more memory than its text. A record ends where
/// the next one starts (see [`LogFile::text_of`]); time, zone, level and
/// the message offset share one packed word, aligned to 4 bytes so that no
/// padding follows it. Line numbers come from [`LogFile::line_of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C, packed(4))]
pub struct Record {
    /// Byte offset of the header line in [`LogFile::text`].
    pub start: u32,
    packed: u64,
}

const _: () = assert!(std::mem::size_of::<Record>() == 12);

/// [`LogFile`] keeps the line number of a record every this many records,
/// or sooner once this many bytes of text have passed, so that finding a
/// line number never counts through more than that: the log view asks for
/// every visible row on every frame, and a hostile file can hold lines of
/// megabytes.
const LINE_MARK_RECORDS: usize = 64;
const LINE_MARK_BYTES: usize = 64 * 1024;

// Layout of `Record::packed`, low bits first: 44 bits of UTC milliseconds
// since 1970 (good until the year 2527), 1 bit "has time", 2 bits zone,
// 3 bits level, 14 bits message offset.
const MILLIS_BITS: u32 = 44;
const MILLIS_MASK: u64 = (1 << MILLIS_BITS) - 1;
const HAS_TIME: u64 = 1 << MILLIS_BITS;
const ZONE_SHIFT: u32 = MILLIS_BITS + 1;
const LEVEL_SHIFT: u32 = ZONE_SHIFT + 2;
const BODY_SHIFT: u32 = LEVEL_SHIFT + 3;
const BODY_MAX: usize = (1 << (64 - BODY_SHIFT)) - 1;

impl Record {
    fn new(start: usize, header: Option<&grammar::Header>) -> Record {
        let packed = match header {
            // Times before 1970 cannot be packed; such a clock is broken and
            // the record is kept without a time rather than misplaced.
            Some(h) if h.stamp.millis >= 0 && (h.stamp.millis as u64) <= MILLIS_MASK => {
                let zone = match h.stamp.zone {
                    Zone::Utc => 0u64,
                    Zone::Converted => 1,
                    Zone::Unknown => 2,
                };
                (h.stamp.millis as u64)
                    | HAS_TIME
                    | zone << ZONE_SHIFT
                    | (h.level as u64) << LEVEL_SHIFT
                    | (h.body.min(BODY_MAX) as u64) << BODY_SHIFT
            }
            Some(h) => {
                (h.level as u64) << LEVEL_SHIFT
                    | (h.body.min(BODY_MAX) as u64) << BODY_SHIFT
                    | 2 << ZONE_SHIFT
            }
            None => 2 << ZONE_SHIFT,
        };
        Record {
            start: start as u32,
            packed,
        }
    }

    /// Replaces the time, keeping zone, level and message offset.
    fn set_millis(&mut self, millis: i64) {
        if !(0..=MILLIS_MASK as i64).contains(&millis) {
            return;
        }
        let packed = self.packed;
        self.packed = (packed & !MILLIS_MASK) | millis as u64;
    }

    /// UTC milliseconds, or `None` for a record with no timestamp.
    pub fn millis(&self) -> Option<i64> {
        let packed = self.packed;
        (packed & HAS_TIME != 0).then_some((packed & MILLIS_MASK) as i64)
    }

    pub fn time(&self) -> Option<DateTime<Utc>> {
        self.millis().and_then(DateTime::from_timestamp_millis)
    }

    pub fn zone(&self) -> Zone {
        let packed = self.packed;
        match (packed >> ZONE_SHIFT) & 0b11 {
            0 => Zone::Utc,
            1 => Zone::Converted,
            _ => Zone::Unknown,
        }
    }

    pub fn level(&self) -> Level {
        let packed = self.packed;
        match (packed >> LEVEL_SHIFT) & 0b111 {
            1 => Level::Debug,
            2 => Level::Info,
            3 => Level::Warning,
            4 => Level::Error,
            _ => Level::Unknown,
        }
    }

    /// Offset of the message from `start`, past timestamp, level, thread and source.
    pub fn body(&self) -> usize {
        let packed = self.packed;
        (packed >> BODY_SHIFT) as usize
    }
}

/// One decoded, classified and split file of a bundle.
#[derive(Debug)]
pub struct LogFile {
    /// Where it came from, from the bundle's root: `bundle.zip/CiscoSpark/current_log.txt`.
    pub path: String,
    pub kind: FileKind,
    pub grammar: Option<Grammar>,
    pub encoding: Encoding,
    /// The decoded text; empty for binary and opaque files.
    pub text: String,
    pub records: Vec<Record>,
    /// `(record, line number)` at intervals; see [`LINE_MARK_RECORDS`].
    line_marks: Vec<(u32, u32)>,
    /// Number of lines in the text.
    pub lines: u32,
    /// Size in bytes as read, before decoding.
    pub size: u64,
    /// What went wrong reading this file; the rest of it is still used.
    pub problems: Vec<String>,
    /// What a reader should know of how the file was read (a year taken
    /// from elsewhere).
    pub notes: Vec<String>,
    /// Its last change as its folder or archive entry dates it, if known:
    /// the only time a file without lines (`ced.dat`) has.
    pub modified: Option<crate::source::Modified>,
    /// Its timestamps give no year: they were read in
    /// [`time::PLACEHOLDER_YEAR`] until the bundle tells which year it is.
    pub needs_year: bool,
}

/// A date that runs back more than this within one file crossed a New Year.
const HALF_YEAR_MS: i64 = 183 * 24 * 3600 * 1000;

/// How many lines are looked at to choose a grammar and a kind.
const SNIFF_LINES: usize = 200;

/// True when the name says the file is text: a known log, or `.txt`/`.log`.
fn names_text(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let lower = lower.strip_suffix(".gz").unwrap_or(&lower);
    // A media folder also holds captures and dumps: only its extension counts.
    FileKind::from_name(path).is_some_and(|k| !matches!(k, FileKind::Ced | FileKind::Media))
        || [".txt", ".log", ".xml", ".json"]
            .iter()
            .any(|ext| lower.ends_with(ext))
}

/// Offsets are `u32`: a single file must stay below 4 GiB.
pub const MAX_FILE_BYTES: u64 = u32::MAX as u64;

/// Why a file of `size` bytes (at least [`MAX_FILE_BYTES`]) is not read.
pub fn too_large(size: u64) -> String {
    format!(
        "not read: a file must be smaller than 4 GiB, and this one is {}",
        human_bytes(size)
    )
}

/// What records may cost a bundle. A record costs 16 bytes (12 in its
/// file, 4 in the bundle's time order) whatever its length, so a file of
/// empty lines would cost sixteen times its size. Each file may hold one
/// record per [`FREE_BYTES_PER_RECORD`] of its text; records past that
/// come from a pool the bundle shares. When both are spent, the rest of a
/// file's lines join its last record, and the file says so: memory stays
/// within 100 MiB + 1.5 × the bytes taken in, whatever the input.
#[derive(Debug)]
pub struct RecordBudget {
    pool: std::sync::atomic::AtomicU64,
}

/// Text bytes that pay for one record: 16 bytes of records for 32 of text
/// keeps records within half the text.
pub const FREE_BYTES_PER_RECORD: usize = 32;

/// Records past their files' share, for the whole bundle: 4 Mi records,
/// 64 MiB.
pub const RECORD_POOL: u64 = 4 << 20;

impl Default for RecordBudget {
    fn default() -> Self {
        RecordBudget {
            pool: std::sync::atomic::AtomicU64::new(RECORD_POOL),
        }
    }
}

impl RecordBudget {
    /// A budget whose pool holds `records` (the default holds
    /// [`RECORD_POOL`]).
    pub fn with_pool(records: u64) -> RecordBudget {
        RecordBudget {
            pool: std::sync::atomic::AtomicU64::new(records),
        }
    }

    /// How many records a text of `len` bytes and `lines` lines may make;
    /// what it takes from the pool is given back by [`RecordBudget::settle`].
    fn grant(&self, len: usize, lines: usize) -> (usize, u64) {
        let free = (len / FREE_BYTES_PER_RECORD).max(1024);
        if lines <= free {
            return (lines, 0);
        }
        let wanted = (lines - free) as u64;
        let taken = self
            .pool
            .fetch_update(
                std::sync::atomic::Ordering::Relaxed,
                std::sync::atomic::Ordering::Relaxed,
                |left| Some(left.saturating_sub(wanted)),
            )
            .map_or(0, |left| left.min(wanted));
        (free + taken as usize, taken)
    }

    /// Returns what a file took from the pool and did not use.
    fn settle(&self, taken: u64, free: usize, made: usize) {
        let used = made.saturating_sub(free) as u64;
        self.pool.fetch_add(
            taken.saturating_sub(used),
            std::sync::atomic::Ordering::Relaxed,
        );
    }
}

impl LogFile {
    /// Decodes, classifies and splits one file on its own budget of
    /// records. Never fails: what cannot be understood ends up in
    /// `problems`.
    pub fn parse(path: String, bytes: Vec<u8>) -> LogFile {
        LogFile::parse_within(path, bytes, &RecordBudget::default())
    }

    /// [`LogFile::parse`], drawing records past the file's share from the
    /// bundle's `budget`.
    pub fn parse_within(path: String, bytes: Vec<u8>, budget: &RecordBudget) -> LogFile {
        let size = bytes.len() as u64;
        if size >= MAX_FILE_BYTES {
            return LogFile::unread(path, size, too_large(size));
        }
        if FileKind::from_name(&path) == Some(FileKind::Ced) {
            return LogFile {
                kind: FileKind::Ced,
                ..LogFile::unread(path, size, String::new())
            };
        }
        let decoded = decode::decode(bytes);
        let mut problems: Vec<String> = decoded.problem.into_iter().collect();
        if decoded.encoding == Encoding::Binary {
            // A dump or an image is binary by nature; a file named as a log
            // that holds no text was damaged or overwritten, and the user
            // should know its lines are missing from the analysis.
            let problem = if names_text(&path) {
                "holds binary data, not text: it was not analysed".to_owned()
            } else {
                String::new()
            };
            return LogFile {
                kind: FileKind::Binary,
                encoding: Encoding::Binary,
                ..LogFile::unread(path, size, problem)
            };
        }
        let text = decoded.text;
        // Invalid bytes decode to three: a file under 4 GiB can decode past.
        if text.len() as u64 >= MAX_FILE_BYTES {
            return LogFile::unread(
                path,
                size,
                format!(
                    "not read: decoded, its text is {} (each invalid byte became three), and a file's text must stay under 4 GiB",
                    human_bytes(text.len() as u64)
                ),
            );
        }
        let head = || lines(&text).take(SNIFF_LINES).map(|(_, l)| trim_cr(l));
        let grammar = grammar::sniff(head().map(str::as_bytes));
        let kind = kind::classify(&path, grammar, head());
        let line_estimate = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
        let (cap, taken) = budget.grant(text.len(), line_estimate);
        let Split {
            records,
            line_marks,
            lines: line_count,
        } = split_at_most(&text, grammar, cap);
        budget.settle(
            taken,
            (text.len() / FREE_BYTES_PER_RECORD).max(1024),
            records.len(),
        );
        if records.len() >= cap && (line_count as usize) > cap {
            problems.push(format!(
                "holds {line_count} lines in {}: only the first {cap} records were made (a record costs 16 bytes, and the bundle's share for records is spent); the rest of the file is part of the last one",
                human_bytes(size)
            ));
        }
        if grammar.is_some() && records.iter().all(|r| r.millis().is_none()) && !text.is_empty() {
            problems.push("no line of this file carries a timestamp that could be read".into());
        }
        let needs_year = grammar == Some(Grammar::Logcat)
            && head()
                .find_map(|l| grammar::parse_logcat(l.as_bytes()))
                .is_some_and(|(_, year_given)| !year_given);
        LogFile {
            path,
            kind,
            grammar,
            encoding: decoded.encoding,
            text,
            records,
            line_marks,
            lines: line_count,
            size,
            problems,
            notes: Vec::new(),
            modified: None,
            needs_year,
        }
    }

    /// The file, with its last change as the source dated it.
    pub fn modified(mut self, modified: Option<crate::source::Modified>) -> LogFile {
        self.modified = modified;
        self
    }

    /// Puts the timestamps of a file that gave no year into `year`: the
    /// year of its last record, earlier records a year back wherever the
    /// dates run backwards (a log across New Year).
    pub fn set_year(&mut self, year: i32, how: &str) {
        if !self.needs_year {
            return;
        }
        let last_year = year;
        let mut year = year;
        let mut later: Option<i64> = None;
        for r in self.records.iter_mut().rev() {
            let Some(m) = r.millis() else { continue };
            let mut moved = time::with_year(m, year);
            if let Some(next) = later
                && moved > next + HALF_YEAR_MS
            {
                year -= 1;
                moved = time::with_year(m, year);
            }
            r.set_millis(moved);
            later = Some(moved);
        }
        self.needs_year = false;
        self.notes.push(format!(
            "its timestamps give no year; {last_year} was taken from {how}"
        ));
    }

    /// A file listed but not read, with the reason (empty for none).
    pub fn unread(path: String, size: u64, problem: String) -> LogFile {
        LogFile {
            path,
            kind: FileKind::Unread,
            grammar: None,
            encoding: Encoding::Binary,
            text: String::new(),
            records: Vec::new(),
            line_marks: Vec::new(),
            lines: 0,
            size,
            problems: if problem.is_empty() {
                Vec::new()
            } else {
                vec![problem]
            },
            notes: Vec::new(),
            modified: None,
            needs_year: false,
        }
    }

    /// Byte range of record `i`: from its header to its last non-empty line,
    /// line ends excluded.
    pub fn range_of(&self, i: usize) -> std::ops::Range<usize> {
        let Some(r) = self.records.get(i) else {
            return 0..0;
        };
        let next = self
            .records
            .get(i + 1)
            .map_or(self.text.len(), |n| n.start as usize);
        let start = (r.start as usize).min(next);
        let chunk = &self.text.as_bytes()[start..next];
        let trimmed = chunk
            .iter()
            .rposition(|b| !matches!(b, b'\n' | b'\r'))
            .map_or(0, |p| p + 1);
        start..start + trimmed
    }

    /// The whole record `i`: header line and continuation lines.
    pub fn text_of(&self, i: usize) -> &str {
        self.text.get(self.range_of(i)).unwrap_or("")
    }

    /// Record `i` without its header prefix (timestamp, level, thread, source).
    pub fn body_of(&self, i: usize) -> &str {
        let range = self.range_of(i);
        let body = self.records.get(i).map_or(0, Record::body);
        self.text
            .get((range.start + body).min(range.end)..range.end)
            .unwrap_or("")
    }

    /// The 1-based line number of record `i`'s header line (0 for none):
    /// the nearest mark before it plus the line ends between the two.
    pub fn line_of(&self, i: usize) -> u32 {
        let Some(r) = self.records.get(i) else {
            return 0;
        };
        let at = self
            .line_marks
            .partition_point(|&(rec, _)| rec as usize <= i)
            .saturating_sub(1);
        let Some(&(rec, line)) = self.line_marks.get(at) else {
            return 0;
        };
        let from = self.records[rec as usize].start as usize;
        let between = self
            .text
            .as_bytes()
            .get(from..r.start as usize)
            .map_or(0, |b| memchr::memchr_iter(b'\n', b).count());
        line + between as u32
    }

    /// Record `i`'s first line number and how many lines it spans.
    pub fn lines_of(&self, i: usize) -> (u32, u32) {
        if i >= self.records.len() {
            return (0, 0);
        }
        let line = self.line_of(i);
        let next = if i + 1 < self.records.len() {
            self.line_of(i + 1)
        } else {
            self.lines + 1
        };
        (line, next.saturating_sub(line).max(1))
    }

    /// How many lines of the file record `i` spans.
    pub fn line_span(&self, i: usize) -> u32 {
        self.lines_of(i).1
    }

    /// The thread field of record `i`'s header, as the log wrote it.
    pub fn thread_of(&self, i: usize) -> Option<&str> {
        let line = self.first_line_of(i);
        let header = header_of(self.grammar?, line.as_bytes())?;
        line.get(header.thread?)
    }

    /// The header prefix of record `i`: timestamp, level, thread and
    /// source, up to where the message starts; empty for a record without
    /// a header.
    pub fn prefix_of(&self, i: usize) -> &str {
        let Some(r) = self.records.get(i) else {
            return "";
        };
        if r.millis().is_none() {
            return "";
        }
        let first = self.first_line_of(i);
        first
            .get(..r.body().min(first.len()))
            .unwrap_or("")
            .trim_end()
    }

    /// What the file was opened from: the first part of its path (the zip,
    /// the folder, the log file itself).
    pub fn source(&self) -> &str {
        self.path.split('/').next().unwrap_or(&self.path)
    }

    /// The earliest and the latest time of the file's records, each with
    /// the record's index (the earliest first found, the latest last).
    pub fn time_span(&self) -> Option<((i64, usize), (i64, usize))> {
        let timed = self
            .records
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.millis().map(|m| (m, i)));
        Some((timed.clone().min()?, timed.max()?))
    }

    /// The header line of record `i` alone.
    pub fn first_line_of(&self, i: usize) -> &str {
        let text = self.text_of(i);
        let end = memchr::memchr(b'\n', text.as_bytes()).unwrap_or(text.len());
        trim_cr(&text[..end])
    }

    /// Record `i` as one line a reader can use, of about `max` bytes: its
    /// first line, and when that is only a header of columns (BroadWorks'
    /// `… | AuthService | LongLivedTokenManager |`, whose message is on the
    /// lines after it) the lines after it joined with ` · `.
    pub fn headline_of(&self, i: usize, max: usize) -> std::borrow::Cow<'_, str> {
        // Only as much as is shown is looked at: a record, even one line of
        // it, may run to megabytes, and rows are drawn every frame.
        let (head, _) = clip(self.text_of(i), max.saturating_mul(4));
        let end = memchr::memchr(b'\n', head.as_bytes()).unwrap_or(head.len());
        let first = trim_cr(&head[..end]);
        if !first.trim_end().ends_with('|') || head.len() <= end {
            return std::borrow::Cow::Borrowed(clip(first, max).0);
        }
        let mut out = first.trim_end().to_owned();
        for (k, l) in head[end..]
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .enumerate()
        {
            if out.len() > max {
                break;
            }
            out.push_str(if k == 0 { " " } else { " · " });
            out.push_str(l);
        }
        std::borrow::Cow::Owned(out)
    }
}

/// Lines of `text` with their byte offsets; a final line end adds no empty line.
pub fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> + Clone {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let line = (start, &text[start..end]);
        start = end + 1;
        Some(line)
    })
}

fn trim_cr(line: &str) -> &str {
    line.strip_suffix('\r').unwrap_or(line)
}

/// What [`split`] makes of a text.
pub struct Split {
    pub records: Vec<Record>,
    line_marks: Vec<(u32, u32)>,
    pub lines: u32,
}

/// Splits `text` into records. With a grammar, a header line starts a record
/// and other lines continue it; lines before the first header form a record
/// without time. Without a grammar, every line is its own record.
pub fn split(text: &str, grammar: Option<Grammar>) -> Split {
    split_at_most(text, grammar, usize::MAX)
}

/// [`split`], making at most `cap` records: past it, lines continue the
/// last record.
pub fn split_at_most(text: &str, grammar: Option<Grammar>, cap: usize) -> Split {
    // Records never outnumber lines; counting lines first (memchr runs at
    // memory speed) avoids growing the vector by doubling.
    let line_estimate = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
    let mut records: Vec<Record> = Vec::with_capacity(if grammar.is_some() {
        line_estimate.min(cap)
    } else {
        0
    });
    let mut line_marks: Vec<(u32, u32)> = Vec::new();
    let mut mark = (0usize, 0usize);
    let mut line_no: u32 = 0;
    for (start, raw) in lines(text) {
        line_no = line_no.saturating_add(1);
        let line = trim_cr(raw);
        if records.len() >= cap {
            continue;
        }
        let header = grammar.and_then(|g| header_of(g, line.as_bytes()));
        if header.is_some() || records.is_empty() || grammar.is_none() {
            let n = records.len();
            if n == 0 || n - mark.0 >= LINE_MARK_RECORDS || start - mark.1 >= LINE_MARK_BYTES {
                mark = (n, start);
                line_marks.push((n as u32, line_no));
            }
            records.push(Record::new(start, header.as_ref()));
        }
    }
    if records.capacity() > records.len() + records.len() / 16 {
        records.shrink_to_fit();
    }
    Split {
        records,
        line_marks,
        lines: line_no,
    }
}

/// The file's own grammar first; a line of one of the other timestamped
/// grammars also starts a record (iOS logs mix the CSF shape into the Webex
/// app shape). Only lines that start with a digit can be headers of the
/// ISO-based grammars, which keeps continuation lines cheap.
fn header_of(g: Grammar, line: &[u8]) -> Option<grammar::Header> {
    if let Some(h) = g.parse(line) {
        return Some(h);
    }
    if !line.first().is_some_and(u8::is_ascii_digit) || g == Grammar::Clf {
        return None;
    }
    [Grammar::WebexApp, Grammar::Csf, Grammar::BroadWorks]
        .into_iter()
        .filter(|o| *o != g)
        .find_map(|o| o.parse(line))
}

/// `text` with the characters a terminal would act on written out:
/// control characters as `\x1b`, `\r`, `\n` (unless `lines` keeps line
/// ends), and the bidirectional overrides that make a name read backwards
/// as `\u{202e}`. A bundle's names and lines are shown, never obeyed: an
/// entry name cannot start a new report line, and a log line cannot clear
/// the screen or print a forged verdict.
pub fn escape_controls(text: &str, lines: bool) -> std::borrow::Cow<'_, str> {
    let obeyed = |c: char| {
        (c.is_control() && !(c == '\t' || (lines && c == '\n')))
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(obeyed) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' if !lines => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if obeyed(c) && (c as u32) < 0x100 => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if obeyed(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// At most `max` characters of `text`, cut at a character boundary, and
/// whether anything was cut. A log line can run to megabytes; what is shown
/// or quoted of it is bounded.
pub fn clip(text: &str, max: usize) -> (&str, bool) {
    match text.char_indices().nth(max) {
        Some((cut, _)) => (&text[..cut], true),
        None => (text, false),
    }
}

/// `1.5 MB`-style sizes for messages.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(path: &str, text: &str) -> LogFile {
        LogFile::parse(path.into(), text.as_bytes().to_vec())
    }

    #[test]
    fn line_numbers_across_marks() {
        // Records of one to three lines, past several line marks.
        let mut text = String::new();
        let mut expected = Vec::new();
        let mut line = 1;
        for i in 0..300u32 {
            expected.push(line);
            text.push_str(&format!(
                "2024-03-08T16:40:{:02}.000Z <Info> [0x1] A.cpp:1 f:{i}\n",
                i % 60
            ));
            for _ in 0..i % 3 {
                text.push_str("  continued\n");
            }
            line += 1 + i % 3;
        }
        let f = parse("current_log.txt", &text);
        assert_eq!(f.records.len(), 300);
        let got: Vec<u32> = (0..300).map(|i| f.line_of(i)).collect();
        assert_eq!(got, expected);
        assert_eq!(f.line_span(299), 3);
        assert_eq!(f.line_of(300), 0);
    }

    #[test]
    fn long_records_get_their_own_line_marks() {
        // 40 records of 50 KB over 500 lines each: marks fall every couple
        // of records, not every 64, and line numbers stay right.
        let mut text = String::new();
        for i in 0..40 {
            text.push_str(&format!(
                "2024-03-08T16:40:{i:02}.000Z <Info> [0x1] A.cpp:1 f:{i}\n"
            ));
            for _ in 0..500 {
                text.push_str(&format!("{}\n", "x".repeat(99)));
            }
        }
        let f = parse("current_log.txt", &text);
        assert_eq!(f.records.len(), 40);
        assert!(f.line_marks.len() >= 20, "{} marks", f.line_marks.len());
        for i in 0..40 {
            assert_eq!(f.lines_of(i), (1 + 501 * i as u32, 501), "record {i}");
        }
    }

    #[test]
    fn packed_fields_round_trip() {
        let line = "2024-03-08T16:40:39.810Z <Warning> [0x94bd] XsiRequest.cpp:131 body";
        let f = parse("current_log.txt", line);
        let r = f.records[0];
        assert_eq!(r.millis(), Some(1_709_916_039_810));
        assert_eq!(r.level(), Level::Warning);
        assert_eq!(r.zone(), Zone::Utc);
        assert_eq!(f.body_of(0), "body");
        let csf = parse(
            "x.log",
            "2024-02-01 05:48:33,461 ERROR [0x1] [F.cpp(1)] [l] [f] - m",
        );
        assert_eq!(csf.records[0].zone(), Zone::Unknown);
        assert_eq!(csf.records[0].level(), Level::Error);
    }

    #[test]
    fn continuation_lines_join_their_header() {
        let text = "2024-03-08T16:40:39.810Z <Info> [0x94bd] XsiRequest.cpp:131 XsiRequest::onResponse:BWC:XSI: GET https://xsp1/x -> 200\n\
<?xml version=\"1.0\"?>\n\
<AccessDevices/>\n\
2024-03-08T16:40:39.931Z <Info> [0x94bd] BroadWorksConfigDownloader.cpp:61 onAccessDeviceListSucceeded:BWC:SCF: ConfigDownload - received 3 access devices\n";
        let f = parse("bwc/current_log.txt", text);
        assert_eq!(f.records.len(), 2);
        assert_eq!(f.lines, 4);
        assert_eq!(f.line_of(0), 1);
        assert_eq!(f.line_of(1), 4);
        assert!(f.text_of(0).ends_with("<AccessDevices/>"));
        assert!(f.body_of(0).starts_with("XsiRequest::onResponse"));
        assert_eq!(f.records[0].level(), Level::Info);
        assert_eq!(f.records[0].zone(), Zone::Utc);
    }

    #[test]
    fn crlf_is_accepted_and_not_kept() {
        let text = "2024-03-08T16:40:39.810Z <Info> [0x1] A.cpp:1 f:first\r\ncontinued\r\n2024-03-08T16:40:40.810Z <Error> [0x1] A.cpp:2 f:second\r\n";
        let f = parse("current_log.txt", text);
        assert_eq!(f.records.len(), 2);
        assert_eq!(
            f.text_of(0),
            "2024-03-08T16:40:39.810Z <Info> [0x1] A.cpp:1 f:first\r\ncontinued"
        );
        assert_eq!(
            f.first_line_of(1),
            "2024-03-08T16:40:40.810Z <Error> [0x1] A.cpp:2 f:second"
        );
        assert_eq!(f.records[1].level(), Level::Error);
    }

    #[test]
    fn lines_before_the_first_header_are_kept_without_time() {
        let text =
            "log continued from previous file\n2024-03-08T16:40:39.810Z <Info> [0x1] A.cpp:1 f:x\n";
        let f = parse("current_log.txt", text);
        assert_eq!(f.records.len(), 2);
        assert_eq!(f.records[0].millis(), None);
        assert!(f.records[1].millis().is_some());
    }

    #[test]
    fn text_without_grammar_is_one_record_per_line() {
        let f = parse("notes.txt", "one\ntwo\n\nfour");
        assert_eq!(f.kind, FileKind::Text);
        assert_eq!(f.records.len(), 4);
        assert_eq!(f.lines, 4);
        assert_eq!(f.line_of(3), 4);
    }

    #[test]
    fn empty_file_has_no_records() {
        let f = parse("bwc/current_log.txt", "");
        assert_eq!(f.records.len(), 0);
        assert_eq!(f.lines, 0);
        assert!(f.problems.is_empty());
    }

    #[test]
    fn a_huge_single_line_is_one_record() {
        let mut text = String::from("2024-03-08T16:40:39.810Z <Info> [0x1] A.cpp:1 f:");
        text.push_str(&"x".repeat(10 * 1024 * 1024));
        let f = parse("current_log.txt", &text);
        assert_eq!(f.records.len(), 1);
        assert_eq!(f.text_of(0).len(), text.len());
    }

    #[test]
    fn a_file_of_4_gib_is_said_to_be_too_large_in_words_that_add_up() {
        assert_eq!(
            too_large(4 << 30),
            "not read: a file must be smaller than 4 GiB, and this one is 4.0 GiB"
        );
    }

    #[test]
    fn a_header_of_columns_is_read_with_its_message() {
        let text = "2024.03.11 08:20:47:123 CET | Info | AuthService | LongLivedTokenManager |\n\n\tToken validated\n\tfor the user\n2024.03.11 08:20:48:000 CET | Info | X | Y | one line\n";
        let f = LogFile::parse(
            "XSP/authenticationService.log".into(),
            text.as_bytes().to_vec(),
        );
        assert_eq!(
            f.headline_of(0, 400),
            "2024.03.11 08:20:47:123 CET | Info | AuthService | LongLivedTokenManager | Token validated · for the user"
        );
        assert_eq!(f.headline_of(1, 400), f.first_line_of(1));
        assert_eq!(f.headline_of(1, 10), "2024.03.11");
    }

    #[test]
    fn records_past_the_budget_join_the_last_one() {
        // 100,000 empty lines: 3,125 records are the file's own share (one
        // per 32 bytes), 1,000 more come from the pool, then it is spent.
        let text = "\n".repeat(100_000);
        let budget = RecordBudget::with_pool(1_000);
        let f = LogFile::parse_within("notes.txt".into(), text.clone().into_bytes(), &budget);
        assert_eq!(f.records.len(), 3_125 + 1_000);
        assert_eq!(f.lines, 100_000);
        assert!(
            f.problems[0].contains("only the first 4125 records"),
            "{:?}",
            f.problems
        );
        // The last record holds the rest; nothing is lost.
        let last = f.records.len() - 1;
        assert_eq!(f.lines_of(last), (4125, 100_000 - 4125 + 1));
        // A second file finds the pool spent; a log with long lines never
        // needs it.
        let g = LogFile::parse_within("more.txt".into(), text.into_bytes(), &budget);
        assert_eq!(g.records.len(), 3_125);
        let log = "2024-03-08T16:40:43.964Z <Info> [0x1] A.cpp:1 f:hello world\n".repeat(10_000);
        let h = LogFile::parse_within("current_log.txt".into(), log.into_bytes(), &budget);
        assert_eq!(h.records.len(), 10_000);
        assert!(h.problems.is_empty(), "{:?}", h.problems);
    }

    #[test]
    fn binary_is_listed_not_split() {
        let f = LogFile::parse("core.dmp".into(), vec![0, 1, 2, 3, 0, 0, 7]);
        assert_eq!(f.kind, FileKind::Binary);
        assert!(f.records.is_empty());
    }

    #[test]
    fn mixed_csf_lines_in_a_webex_log_start_records() {
        let text = "2024-02-01T05:48:33.000Z <Info> [0x1] A.cpp:1 f:x\n2024-02-01 05:48:33,461 ERROR [0x6d4ab000] [p/F.cpp(189)] [l] [f] - csf message\n";
        let f = parse("current_log.txt", text);
        assert_eq!(f.records.len(), 2);
        assert_eq!(f.records[1].level(), Level::Error);
        assert_eq!(f.body_of(1), "csf message");
    }

    #[test]
    fn line_spans_come_from_line_numbers() {
        let text = "2024-03-08T16:40:39.810Z <Info> [0x1] A.cpp:1 f:x\n<a>\n<b/>\n</a>\n2024-03-08T16:40:40.810Z <Info> [0x1] A.cpp:2 f:y\n";
        let f = parse("current_log.txt", text);
        assert_eq!((f.line_span(0), f.line_span(1), f.line_span(2)), (4, 1, 0));
    }

    #[test]
    fn clip_cuts_at_character_boundaries() {
        assert_eq!(clip("Zürich", 2), ("Zü", true));
        assert_eq!(clip("Zürich", 6), ("Zürich", false));
        assert_eq!(clip("", 3), ("", false));
    }

    #[test]
    fn human_sizes() {
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(4 * 1024 * 1024 * 1024), "4.0 GiB");
    }
}
