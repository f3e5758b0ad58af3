//! Media: the quality figures of the media engine and the codecs of SDP.
//!
//! The media engine (WME) prints a line per audio stream every few seconds,
//! `SQAudioTX`/`SQAudioRX` with `loss=`, `jitter=` and `rtt=` among other
//! `key=value` figures, and the SDP it negotiates a line each
//! (`a=rtpmap:111 opus/48000/2`; field guide §4). Nothing else of its
//! wording is public, so only the stream tag, those figures (in `key=value`,
//! `key: value` or JSON spelling) and the RFC 4566 attributes are read. SDP
//! bodies of SIP messages are read by the same [`sdp_codecs`].
//!
//! Units: jitter and round-trip time in milliseconds. Loss is printed
//! `0.000`: a fraction of 1 when it has a decimal point and is at most 1
//! (the engine's own printing), a percentage when it carries `%` or is
//! larger; reports give percent.

use memchr::memmem;

/// One quality report of an audio stream.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Quality {
    /// Packets lost, in percent.
    pub loss_pct: Option<f32>,
    pub jitter_ms: Option<f32>,
    pub rtt_ms: Option<f32>,
}

impl Quality {
    pub fn is_empty(&self) -> bool {
        self.loss_pct.is_none() && self.jitter_ms.is_none() && self.rtt_ms.is_none()
    }
}

re!(
    AUDIO_STREAM,
    r"(?i)\bSQ[\s_-]?Audio[\s_-]?(?:TX|RX|Send|Recv|Sent|Received)\b|\bSQAudio"
);
re!(
    FIGURE,
    r#"(?i)\b(loss(?:[_-]?(?:rate|ratio|pct|percent))?|jitter(?:[_-]?ms)?|rtt(?:[_-]?ms)?)"?\s*[=:]\s*"?(-?\d+(?:\.\d+)?)\s*(%)?"#
);

/// Whether `text` may hold a quality line or an SDP codec: the cheap test
/// before [`quality`] and [`codecs`].
pub fn mentions(text: &str) -> bool {
    let b = text.as_bytes();
    memmem::find(b, b"rtpmap").is_some()
        || memmem::find(b, b"SQAudio").is_some()
        || memmem::find(b, b"SQ Audio").is_some()
        || memmem::find(b, b"SQ_Audio").is_some()
}

/// The figures of each audio stream `text` reports, in its order.
///
/// One text may hold several streams: a logger that stamps every line gives
/// the TX and RX lines of one report the same prefix, so they are read as
/// one print (`group.rs`); each stream's figures run up to the next tag.
pub fn qualities(text: &str) -> Vec<Quality> {
    let tags: Vec<_> = AUDIO_STREAM.find_iter(text).collect();
    let mut out = Vec::new();
    for (i, tag) in tags.iter().enumerate() {
        let end = tags.get(i + 1).map_or(text.len(), |next| next.start());
        let q = figures(&text[tag.end()..end]);
        if !q.is_empty() {
            out.push(q);
        }
    }
    out
}

/// The figures of the first audio stream `text` reports, if any.
#[cfg(test)]
pub fn quality(text: &str) -> Option<Quality> {
    qualities(text).into_iter().next()
}

/// The loss, jitter and round-trip figures of one stream's text.
fn figures(text: &str) -> Quality {
    let mut q = Quality::default();
    for c in FIGURE.captures_iter(text) {
        let Ok(value) = c[2].parse::<f32>() else {
            continue;
        };
        if !value.is_finite() || value < 0.0 {
            continue;
        }
        let name = c[1].to_ascii_lowercase();
        let slot = if name.starts_with("loss") {
            let percent = c.get(3).is_some() || !c[2].contains('.') || value > 1.0;
            let pct = if percent { value } else { value * 100.0 };
            q.loss_pct.get_or_insert(pct.min(100.0));
            continue;
        } else if name.starts_with("jitter") {
            &mut q.jitter_ms
        } else {
            &mut q.rtt_ms
        };
        slot.get_or_insert(value);
    }
    q
}

re!(
    RTPMAP,
    r"(?i)\ba=rtpmap:\s*(\d{1,3})\s+([A-Za-z0-9][A-Za-z0-9._-]*)/\d+"
);
re!(
    MEDIA_LINE,
    r"(?m)^\s*m=(\w+)\s+(\d+)\s+\S+((?:\s+\d{1,3})*)"
);

/// Formats that carry no voice: DTMF, comfort noise, redundancy and repair.
fn carries_voice(name: &str) -> bool {
    !["telephone-event", "cn", "red", "ulpfec", "flexfec", "rtx"]
        .iter()
        .any(|n| name.eq_ignore_ascii_case(n))
}

/// The codec names of `a=rtpmap` lines in `text`, in order, without
/// DTMF and comfort noise.
pub fn codecs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in RTPMAP.captures_iter(text) {
        let name = &c[2];
        if carries_voice(name) && !out.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            out.push(name.to_owned());
        }
    }
    out
}

/// The RFC 3551 static payload types an `m=` line may list without an
/// `a=rtpmap` line.
fn static_payload(pt: u32) -> Option<&'static str> {
    Some(match pt {
        0 => "PCMU",
        3 => "GSM",
        4 => "G723",
        8 => "PCMA",
        9 => "G722",
        18 => "G729",
        _ => return None,
    })
}

/// The payload types an SDP body names with `a=rtpmap`.
pub fn rtpmaps(body: &str) -> Vec<(u32, String)> {
    RTPMAP
        .captures_iter(body)
        .filter_map(|c| Some((c[1].parse().ok()?, c[2].to_owned())))
        .collect()
}

/// The audio codecs an SDP body offers or accepts, in its order of
/// preference: the formats of the first `m=audio` line with a port (a port
/// of 0 declines the stream), named by the body's `a=rtpmap` lines, else by
/// `known` (an answer may leave out the names its offer gave, RFC 3264
/// §6.1), else by their static payload type.
pub fn sdp_codecs(body: &str, known: &[(u32, String)]) -> Vec<String> {
    let Some(m) = MEDIA_LINE
        .captures_iter(body)
        .find(|c| c[1].eq_ignore_ascii_case("audio") && &c[2] != "0")
    else {
        return Vec::new();
    };
    let names = rtpmaps(body);
    let mut out: Vec<String> = Vec::new();
    for pt in m[3]
        .split_whitespace()
        .filter_map(|p| p.parse::<u32>().ok())
    {
        let name = names
            .iter()
            .chain(known)
            .find(|(n, _)| *n == pt)
            .map(|(_, name)| name.as_str())
            .or_else(|| static_payload(pt));
        if let Some(name) = name
            && carries_voice(name)
            && !out.iter().any(|n| n.eq_ignore_ascii_case(name))
        {
            out.push(name.to_owned());
        }
    }
    out
}

/// What an SDP body says of the audio's direction (RFC 3264 §8.4): `true`
/// when it puts the call on hold (`sendonly`, `inactive`, or the old
/// `c=0.0.0.0`), `false` when it sends and receives, `None` when it says
/// nothing.
pub fn sdp_holds(body: &str) -> Option<bool> {
    let mut held = None;
    for line in body.lines().map(str::trim) {
        match line {
            "a=sendonly" | "a=inactive" | "c=IN IP4 0.0.0.0" => held = Some(true),
            "a=sendrecv" | "a=recvonly" if held.is_none() => held = Some(false),
            _ => {}
        }
    }
    held
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_line_of_the_field_guide() {
        let line = "2020-04-20T14:01:59.342Z <Info> [9968] WME:0 :[SQ] [SQ] INFO: SQAudioTX - vid=0 csi=843778816 did=0 ssrc=1613872330 loss=0.000 drop=0.000 jitter=0 bytes=201518 rtp=1306 failed=0 bitrate=65016 rtt=33 bw=176000 codecType=4 type=UDP";
        let q = quality(line).unwrap();
        assert_eq!(q.loss_pct, Some(0.0));
        assert_eq!(q.jitter_ms, Some(0.0));
        assert_eq!(q.rtt_ms, Some(33.0));
    }

    #[test]
    fn loss_as_fraction_percent_or_json() {
        let q = quality("SQAudioRX loss=0.083 jitter=61 rtt=420").unwrap();
        assert!((q.loss_pct.unwrap() - 8.3).abs() < 1e-3);
        assert_eq!((q.jitter_ms, q.rtt_ms), (Some(61.0), Some(420.0)));
        let q = quality("[SQ] SQ_Audio_RX: loss: 7.5% jitter: 12ms").unwrap();
        assert_eq!(q.loss_pct, Some(7.5));
        assert_eq!(q.jitter_ms, Some(12.0));
        let q =
            quality(r#"{"stream":"SQAudioRX","lossRate":0.06,"jitterMs":3,"rttMs":95}"#).unwrap();
        assert!((q.loss_pct.unwrap() - 6.0).abs() < 1e-3);
        assert_eq!(q.rtt_ms, Some(95.0));
    }

    #[test]
    fn every_stream_of_one_print_is_read() {
        // Two streams of one report, stamped alike and so read as one text.
        let joined = "05-01 10:00:00.100  311  312 I WME: [SQ] SQAudioTX - loss=0.2% jitter=4 rtt=80\n\
                      [SQ] SQAudioRX - loss=3.5% jitter=72 rtt=80";
        let all = qualities(joined);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].jitter_ms, Some(4.0));
        assert_eq!(all[1].jitter_ms, Some(72.0));
        assert_eq!(all[1].loss_pct, Some(3.5));
        // The same in JSON, the receive stream first.
        let json = r#"[{"stream":"SQAudioRX","lossRate":0.05,"jitterMs":40},{"stream":"SQAudioTX","lossRate":0.0,"jitterMs":2}]"#;
        let all = qualities(json);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].jitter_ms, Some(40.0));
        assert_eq!(all[1].jitter_ms, Some(2.0));
        assert_eq!(all[1].loss_pct, Some(0.0));
    }

    #[test]
    fn not_a_quality_line() {
        assert_eq!(quality("SQVideoRX loss=0.5 jitter=80"), None);
        assert_eq!(quality("SQAudioTX vid=0 bytes=12"), None);
        assert_eq!(quality("jitter buffer loss=3"), None);
    }

    #[test]
    fn codecs_of_an_answer_follow_its_media_line() {
        let answer = "v=0\r\no=- 1 2 IN IP4 192.0.2.1\r\nc=IN IP4 192.0.2.1\r\nm=audio 5004 RTP/SAVP 9 101\r\na=rtpmap:101 telephone-event/8000\r\n";
        assert_eq!(sdp_codecs(answer, &[]), ["G722"]);
        let offer = "m=audio 5004 RTP/AVP 111 0 8 101\na=rtpmap:111 opus/48000/2\na=rtpmap:0 PCMU/8000\na=rtpmap:101 telephone-event/8000\n";
        assert_eq!(sdp_codecs(offer, &[]), ["opus", "PCMU", "PCMA"]);
        assert!(sdp_codecs("m=audio 0 RTP/AVP 0\n", &[]).is_empty());
        // An answer that leaves out the name its offer gave.
        let bare = "m=audio 4000 RTP/AVP 111 101\n";
        assert_eq!(sdp_codecs(bare, &rtpmaps(offer)), ["opus"]);
        assert_eq!(
            codecs("a=rtpmap:111 opus/48000/2\na=rtpmap:13 CN/8000"),
            ["opus"]
        );
    }

    #[test]
    fn hold_and_resume() {
        assert_eq!(
            sdp_holds("m=audio 1 RTP/AVP 0\r\na=sendonly\r\n"),
            Some(true)
        );
        assert_eq!(sdp_holds("c=IN IP4 0.0.0.0\n"), Some(true));
        assert_eq!(sdp_holds("a=sendrecv\n"), Some(false));
        assert_eq!(sdp_holds("m=audio 1 RTP/AVP 0\n"), None);
    }
}
