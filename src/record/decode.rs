//! Bytes to text, whatever the log was written in.
//!
//! Valid UTF-8 (the common case) becomes a `String` without copying. UTF-16
//! is recognised by its BOM, or by its zero bytes when the BOM is missing.
//! Anything else that is not valid UTF-8 is decoded lossily, and the file
//! gets a problem saying so; decoding never fails.

use encoding_rs::{UTF_16BE, UTF_16LE};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    /// Mostly UTF-8 with some invalid bytes replaced by U+FFFD.
    Utf8Lossy,
    /// Not text: no decoding was attempted.
    Binary,
}

pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    pub problem: Option<String>,
}

/// How many leading bytes are looked at to tell text from binary.
const SNIFF: usize = 8 * 1024;

pub fn decode(mut bytes: Vec<u8>) -> Decoded {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
        return utf8(bytes, Encoding::Utf8Bom);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return utf16(&bytes[2..], Encoding::Utf16Le);
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return utf16(&bytes[2..], Encoding::Utf16Be);
    }
    let head = &bytes[..bytes.len().min(SNIFF)];
    if let Some(enc) = bomless_utf16(head) {
        return utf16(&bytes, enc);
    }
    if looks_binary(head) {
        return Decoded {
            text: String::new(),
            encoding: Encoding::Binary,
            problem: None,
        };
    }
    utf8(bytes, Encoding::Utf8)
}

fn utf8(bytes: Vec<u8>, clean: Encoding) -> Decoded {
    match String::from_utf8(bytes) {
        Ok(text) => Decoded {
            text,
            encoding: clean,
            problem: None,
        },
        Err(e) => {
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let replaced = text.matches('\u{FFFD}').count();
            Decoded {
                text,
                encoding: Encoding::Utf8Lossy,
                problem: Some(format!(
                    "{replaced} byte sequence(s) are not valid UTF-8; they are shown as \u{FFFD}"
                )),
            }
        }
    }
}

fn utf16(bytes: &[u8], enc: Encoding) -> Decoded {
    let codec = if enc == Encoding::Utf16Be {
        UTF_16BE
    } else {
        UTF_16LE
    };
    let (text, had_errors) = codec.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc,
        problem: had_errors
            .then(|| "some UTF-16 code units were invalid and are shown as \u{FFFD}".to_owned()),
    }
}

/// Text written as UTF-16 without a BOM has a zero in every other byte of
/// its ASCII characters; nothing else that is text looks like that.
fn bomless_utf16(head: &[u8]) -> Option<Encoding> {
    if head.len() < 16 {
        return None;
    }
    let pairs = head.len() / 2;
    let even_zero = head.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_zero = head.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    if odd_zero * 10 >= pairs * 9 && even_zero * 10 <= pairs {
        Some(Encoding::Utf16Le)
    } else if even_zero * 10 >= pairs * 9 && odd_zero * 10 <= pairs {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Many NUL or other control bytes mean this is not a log. A few do not:
/// a log with one NUL where the app wrote a broken string is still a log,
/// and its lines are still evidence.
fn looks_binary(head: &[u8]) -> bool {
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B))
        .count();
    controls * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8_is_not_copied() {
        let bytes = b"hello\nworld".to_vec();
        let ptr = bytes.as_ptr();
        let d = decode(bytes);
        assert_eq!(d.text, "hello\nworld");
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(d.text.as_ptr(), ptr);
        assert!(d.problem.is_none());
    }

    #[test]
    fn bom_is_stripped() {
        let d = decode(b"\xEF\xBB\xBFline".to_vec());
        assert_eq!(d.text, "line");
        assert_eq!(d.encoding, Encoding::Utf8Bom);
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Zürich\r\n".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(le).text, "Zürich\r\n");
        let mut be = vec![0xFE, 0xFF];
        be.extend("İstanbul".encode_utf16().flat_map(u16::to_be_bytes));
        let d = decode(be);
        assert_eq!(d.text, "İstanbul");
        assert_eq!(d.encoding, Encoding::Utf16Be);
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let le: Vec<u8> = "2024-03-08T16:40:43.964Z <Info> x"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = decode(le);
        assert_eq!(d.encoding, Encoding::Utf16Le);
        assert!(d.text.starts_with("2024-03-08T16"));
    }

    #[test]
    fn invalid_utf8_is_replaced_and_reported() {
        let d = decode(b"caf\xE9 ok\n".to_vec());
        assert_eq!(d.text, "caf\u{FFFD} ok\n");
        assert_eq!(d.encoding, Encoding::Utf8Lossy);
        assert!(d.problem.unwrap().contains("1 byte sequence"));
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let d = decode(vec![0x89, b'P', b'N', b'G', 0, 0, 0, 13, 1, 2, 3]);
        assert_eq!(d.encoding, Encoding::Binary);
        assert!(d.text.is_empty());
        let zeros = decode(vec![0u8; 4096]);
        assert_eq!(zeros.encoding, Encoding::Binary);
    }

    #[test]
    fn a_few_nul_bytes_leave_a_log_a_log() {
        let mut log = b"2024-03-08T16:40:43.964Z <Info> [0x1] A.cpp:1 f:hello\n".repeat(100);
        log[300] = 0;
        let d = decode(log);
        assert_eq!(d.encoding, Encoding::Utf8);
        assert_eq!(d.text.lines().count(), 100);
    }

    #[test]
    fn empty_input_is_empty_text() {
        let d = decode(Vec::new());
        assert_eq!(d.text, "");
        assert_eq!(d.encoding, Encoding::Utf8);
    }
}
