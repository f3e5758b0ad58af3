//! Timestamps of every header grammar, turned into UTC milliseconds.
//!
//! The parsers here read fixed digit positions instead of going through a
//! general date parser: they run once per line of files that hold millions of
//! lines, and every format they accept has a fixed width. Calendar validation
//! (month lengths, leap years) is left to `chrono`, so an impossible date is
//! rejected rather than wrapped.

use chrono::{DateTime, NaiveDate, Utc};

/// How trustworthy the UTC value of a timestamp is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Zone {
    /// The log wrote UTC (`Z`, `UTC`, `GMT`).
    Utc,
    /// The log wrote an offset or a known zone abbreviation; converted to UTC.
    Converted,
    /// The log wrote no zone, or one we do not know: the wall-clock time is
    /// kept as if it were UTC, and flagged so nothing pretends otherwise.
    Unknown,
}

/// A parsed point in time: UTC milliseconds plus how we got there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub millis: i64,
    pub zone: Zone,
}

impl Stamp {
    pub fn to_utc(self) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp_millis(self.millis)
    }
}

/// Offset from UTC in minutes for a zone abbreviation as BroadWorks servers
/// print it. Ambiguous abbreviations follow the North American reading
/// (`CST` is US Central, not China), because BroadWorks platforms print the
/// Java short zone name and most of them run in North American or European
/// zones. `IST` is left out on purpose: India, Ireland and Israel all use it.
pub fn zone_offset_minutes(abbr: &str) -> Option<i32> {
    let minutes = match abbr {
        "UTC" | "GMT" | "Z" | "UT" | "WET" | "Etc/UTC" => 0,
        "BST" | "WEST" | "CET" | "MET" | "MEZ" => 60,
        "CEST" | "MEST" | "MESZ" | "EET" | "SAST" | "CAT" => 120,
        "EEST" | "MSK" | "TRT" | "EAT" => 180,
        "GST" => 240,
        "PKT" => 300,
        "ICT" | "WIB" => 420,
        "HKT" | "SGT" | "AWST" | "PHT" => 480,
        "JST" | "KST" => 540,
        "ACST" => 570,
        "AEST" | "ChST" => 600,
        "ACDT" => 630,
        "AEDT" => 660,
        "NZST" => 720,
        "NZDT" => 780,
        "NDT" => -150,
        "NST" => -210,
        "ADT" => -180,
        "AST" | "EDT" => -240,
        "EST" | "CDT" => -300,
        "CST" | "MDT" => -360,
        "MST" | "PDT" => -420,
        "PST" | "AKDT" => -480,
        "AKST" | "HDT" => -540,
        "HST" => -600,
        _ => return None,
    };
    Some(minutes)
}

/// Reads `len` ASCII digits at `at`.
fn digits(b: &[u8], at: usize, len: usize) -> Option<u32> {
    let slice = b.get(at..at + len)?;
    let mut n = 0u32;
    for &c in slice {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(c - b'0');
    }
    Some(n)
}

fn expect(b: &[u8], at: usize, c: u8) -> Option<()> {
    (b.get(at) == Some(&c)).then_some(())
}

/// Wall-clock fields to milliseconds as if UTC; `None` for impossible dates.
fn naive_millis(y: u32, mo: u32, d: u32, h: u32, mi: u32, s: u32, ms: u32) -> Option<i64> {
    let date = NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, mo, d)?;
    // Leap seconds (:60) are clamped rather than rejected: a log line is
    // still worth reading when its clock was odd.
    let dt = date.and_hms_milli_opt(h, mi, s.min(59), ms)?;
    Some(dt.and_utc().timestamp_millis())
}

/// Fraction after the seconds: 1 to 9 digits, returned as milliseconds, with
/// the number of bytes consumed.
fn fraction_millis(b: &[u8], at: usize) -> (u32, usize) {
    let mut n = 0usize;
    let mut ms = 0u32;
    while let Some(c) = b.get(at + n).filter(|c| c.is_ascii_digit()) {
        if n < 3 {
            ms = ms * 10 + u32::from(c - b'0');
        }
        n += 1;
        if n == 9 {
            break;
        }
    }
    for _ in n..3 {
        ms *= 10;
    }
    if n == 0 { (0, 0) } else { (ms, n) }
}

/// `+hh:mm`, `+hhmm` or `+hh` at `at`: offset in minutes and bytes consumed.
fn numeric_offset(b: &[u8], at: usize) -> Option<(i32, usize)> {
    let sign = match b.get(at)? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let h = digits(b, at + 1, 2)?;
    let (m, used) = if b.get(at + 3) == Some(&b':') {
        (digits(b, at + 4, 2)?, 6)
    } else if let Some(m) = digits(b, at + 3, 2) {
        (m, 5)
    } else {
        (0, 3)
    };
    if h > 14 || m > 59 {
        return None;
    }
    Some((sign * i32::try_from(h * 60 + m).ok()?, used))
}

/// ISO 8601 as the Webex app and the CSF shape write it:
/// `2024-03-08T16:40:43.964Z`, `2024-02-01 05:48:33,461`, with an optional
/// `Z` or numeric offset. Returns the stamp and the bytes consumed.
pub fn parse_iso(b: &[u8]) -> Option<(Stamp, usize)> {
    let y = digits(b, 0, 4)?;
    expect(b, 4, b'-')?;
    let mo = digits(b, 5, 2)?;
    expect(b, 7, b'-')?;
    let d = digits(b, 8, 2)?;
    if !matches!(b.get(10), Some(b'T' | b' ')) {
        return None;
    }
    let h = digits(b, 11, 2)?;
    expect(b, 13, b':')?;
    let mi = digits(b, 14, 2)?;
    expect(b, 16, b':')?;
    let s = digits(b, 17, 2)?;
    let mut at = 19;
    let mut ms = 0;
    if matches!(b.get(at), Some(b'.' | b',')) {
        let (f, used) = fraction_millis(b, at + 1);
        if used == 0 {
            return None;
        }
        ms = f;
        at += 1 + used;
    }
    let local = naive_millis(y, mo, d, h, mi, s, ms)?;
    let (offset, zone) = match b.get(at) {
        Some(b'Z') => {
            at += 1;
            (0, Zone::Utc)
        }
        Some(b'+' | b'-') => match numeric_offset(b, at) {
            Some((off, used)) => {
                at += used;
                (off, if off == 0 { Zone::Utc } else { Zone::Converted })
            }
            None => (0, Zone::Unknown),
        },
        _ => (0, Zone::Unknown),
    };
    let millis = local - i64::from(offset) * 60_000;
    Some((Stamp { millis, zone }, at))
}

/// BroadWorks: `2023.01.26 16:51:41:106 CET`. The abbreviation ends at the
/// next space or `|`. Returns the stamp and the bytes consumed.
pub fn parse_broadworks(b: &[u8]) -> Option<(Stamp, usize)> {
    let y = digits(b, 0, 4)?;
    expect(b, 4, b'.')?;
    let mo = digits(b, 5, 2)?;
    expect(b, 7, b'.')?;
    let d = digits(b, 8, 2)?;
    expect(b, 10, b' ')?;
    let h = digits(b, 11, 2)?;
    expect(b, 13, b':')?;
    let mi = digits(b, 14, 2)?;
    expect(b, 16, b':')?;
    let s = digits(b, 17, 2)?;
    expect(b, 19, b':')?;
    let ms = digits(b, 20, 3)?;
    let local = naive_millis(y, mo, d, h, mi, s, ms)?;
    let mut at = 23;
    let mut zone = Zone::Unknown;
    let mut offset = 0;
    if b.get(at) == Some(&b' ') {
        let start = at + 1;
        let len = b[start.min(b.len())..]
            .iter()
            .take(12)
            .take_while(|c| !matches!(c, b' ' | b'|' | b'\t'))
            .count();
        if len > 0 {
            let abbr = std::str::from_utf8(&b[start..start + len]).unwrap_or("");
            if let Some(off) = zone_offset_minutes(abbr) {
                offset = off;
                zone = if off == 0 { Zone::Utc } else { Zone::Converted };
            } else if let Some((off, _)) = numeric_offset(&b[start..], 0).filter(|(_, u)| *u == len)
            {
                offset = off;
                zone = Zone::Converted;
            }
            at = start + len;
        }
    }
    let millis = local - i64::from(offset) * 60_000;
    Some((Stamp { millis, zone }, at))
}

/// The year a date without one is read in until the bundle says which it is
/// (see [`with_year`]): a leap year, so that 29 February parses.
pub const PLACEHOLDER_YEAR: i32 = 2000;

/// Android logcat: `09-02 17:02:13.196` (`-v threadtime`, no year) or
/// `2024-09-02 17:02:13.196` (`-v year`). The device's local time, zone
/// unknown. Returns the stamp, the bytes consumed, and whether the line
/// gave its year.
pub fn parse_logcat(b: &[u8]) -> Option<(Stamp, usize, bool)> {
    let (y, at, year_given) = match (digits(b, 0, 4), b.get(4)) {
        (Some(y), Some(b'-')) => (y, 5, true),
        _ => (PLACEHOLDER_YEAR as u32, 0, false),
    };
    let mo = digits(b, at, 2)?;
    expect(b, at + 2, b'-')?;
    let d = digits(b, at + 3, 2)?;
    expect(b, at + 5, b' ')?;
    let t = at + 6;
    let h = digits(b, t, 2)?;
    expect(b, t + 2, b':')?;
    let mi = digits(b, t + 3, 2)?;
    expect(b, t + 5, b':')?;
    let s = digits(b, t + 6, 2)?;
    expect(b, t + 8, b'.')?;
    let ms = digits(b, t + 9, 3)?;
    let millis = naive_millis(y, mo, d, h, mi, s, ms)?;
    Some((
        Stamp {
            millis,
            zone: Zone::Unknown,
        },
        t + 12,
        year_given,
    ))
}

/// `millis`, read in [`PLACEHOLDER_YEAR`], moved to `year` (29 February of
/// a common year becomes the 28th).
pub fn with_year(millis: i64, year: i32) -> i64 {
    use chrono::Datelike;
    let Some(dt) = DateTime::from_timestamp_millis(millis) else {
        return millis;
    };
    let naive = dt.naive_utc();
    naive
        .with_year(year)
        .or_else(|| naive.with_day(28).and_then(|n| n.with_year(year)))
        .map_or(millis, |n| n.and_utc().timestamp_millis())
}

const MONTHS: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// Common Log Format, starting after `[`: `16/May/2024:09:06:02 +0100]`.
pub fn parse_clf(b: &[u8]) -> Option<Stamp> {
    let d = digits(b, 0, 2)?;
    expect(b, 2, b'/')?;
    let mon = b.get(3..6)?;
    let mo = MONTHS.iter().position(|m| m.as_slice() == mon)? as u32 + 1;
    expect(b, 6, b'/')?;
    let y = digits(b, 7, 4)?;
    expect(b, 11, b':')?;
    let h = digits(b, 12, 2)?;
    expect(b, 14, b':')?;
    let mi = digits(b, 15, 2)?;
    expect(b, 17, b':')?;
    let s = digits(b, 18, 2)?;
    let local = naive_millis(y, mo, d, h, mi, s, 0)?;
    expect(b, 20, b' ')?;
    let (offset, zone) = match numeric_offset(b, 21) {
        Some((0, _)) => (0, Zone::Utc),
        Some((off, _)) => (off, Zone::Converted),
        None => (0, Zone::Unknown),
    };
    Some(Stamp {
        millis: local - i64::from(offset) * 60_000,
        zone,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> i64 {
        DateTime::parse_from_rfc3339(s).unwrap().timestamp_millis()
    }

    #[test]
    fn iso_with_z_is_utc() {
        let (st, used) = parse_iso(b"2020-04-19T01:46:47.029Z <Error>").unwrap();
        assert_eq!(st.millis, utc("2020-04-19T01:46:47.029Z"));
        assert_eq!(st.zone, Zone::Utc);
        assert_eq!(used, 24);
    }

    #[test]
    fn iso_with_offset_is_converted() {
        let (st, _) = parse_iso(b"2024-02-01T05:48:33.461+01:00 x").unwrap();
        assert_eq!(st.millis, utc("2024-02-01T04:48:33.461Z"));
        assert_eq!(st.zone, Zone::Converted);
        let (st, _) = parse_iso(b"2024-02-01T05:48:33.461-0500").unwrap();
        assert_eq!(st.millis, utc("2024-02-01T10:48:33.461Z"));
    }

    #[test]
    fn csf_comma_fraction_without_zone_is_unknown() {
        let (st, used) = parse_iso(b"2024-02-01 05:48:33,461 ERROR").unwrap();
        assert_eq!(st.millis, utc("2024-02-01T05:48:33.461Z"));
        assert_eq!(st.zone, Zone::Unknown);
        assert_eq!(used, 23);
    }

    #[test]
    fn microsecond_fractions_are_truncated_to_millis() {
        let (st, _) = parse_iso(b"2024-02-01T05:48:33.461999Z").unwrap();
        assert_eq!(st.millis, utc("2024-02-01T05:48:33.461Z"));
        let (st, _) = parse_iso(b"2024-02-01T05:48:33.4Z").unwrap();
        assert_eq!(st.millis, utc("2024-02-01T05:48:33.400Z"));
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert!(parse_iso(b"2024-02-30T05:48:33.461Z").is_none());
        assert!(parse_iso(b"2024-13-01T05:48:33.461Z").is_none());
        assert!(parse_iso(b"2024-02-01T25:48:33.461Z").is_none());
        assert!(parse_iso(b"2024-02-0").is_none());
        assert!(parse_iso(b"").is_none());
    }

    #[test]
    fn broadworks_cet_converts_to_utc() {
        let (st, used) = parse_broadworks(b"2023.01.26 16:51:41:106 CET | Info").unwrap();
        assert_eq!(st.millis, utc("2023-01-26T15:51:41.106Z"));
        assert_eq!(st.zone, Zone::Converted);
        assert_eq!(used, 27);
    }

    #[test]
    fn broadworks_us_zone_converts_to_utc() {
        let (st, _) = parse_broadworks(b"2022.05.26 09:34:57:686 EDT | Info | OCI-P").unwrap();
        assert_eq!(st.millis, utc("2022-05-26T13:34:57.686Z"));
    }

    #[test]
    fn broadworks_unknown_zone_keeps_local_time_and_says_so() {
        let (st, _) = parse_broadworks(b"2022.05.26 09:34:57:686 XYZT | Info").unwrap();
        assert_eq!(st.millis, utc("2022-05-26T09:34:57.686Z"));
        assert_eq!(st.zone, Zone::Unknown);
    }

    #[test]
    fn clf_offset_converts_to_utc() {
        let st = parse_clf(b"16/May/2024:09:06:02 +0100] \"GET").unwrap();
        assert_eq!(st.millis, utc("2024-05-16T08:06:02Z"));
        assert!(parse_clf(b"16/Mai/2024:09:06:02 +0100]").is_none());
    }

    #[test]
    fn every_listed_zone_has_a_plausible_offset() {
        for z in [
            "UTC", "GMT", "CET", "CEST", "EET", "EEST", "WET", "WEST", "EST", "EDT", "CST", "CDT",
            "MST", "MDT", "PST", "PDT",
        ] {
            let off = zone_offset_minutes(z).unwrap();
            assert!((-720..=840).contains(&off), "{z}");
        }
        assert_eq!(zone_offset_minutes("IST"), None);
    }
}
