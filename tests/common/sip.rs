//! SIP of calls as the BWC log prints it, in the field guide's printings,
//! for the tests that need calls.

pub const APP: &str = "2025-02-03T10:00:00.000Z <Info> [0x1] main.cpp:10 Webex app version 44.6.0.1 starting on Windows 11\n";

/// A message as the first printing of the field guide: an announcing line,
/// then the raw message.
pub fn raw(at: &str, sent: bool, message: &str) -> String {
    let (verb, peer) = if sent {
        ("Sending SIP message to", "203.0.113.10:8934")
    } else {
        ("Received SIP message from", "203.0.113.10:8934")
    };
    format!(
        "2025-02-03T{at}Z <Info> [0x1a2c] SipTransport.cpp:812 BWC:SIP: {verb} {peer} (TLS):\n{}\n",
        message.trim_end().replace('\n', "\r\n")
    )
}

/// The second printing: the whole message on one line, `\r\n` escaped.
pub fn one_line(at: &str, sent: bool, message: &str) -> String {
    let dir = if sent { "OUT to" } else { "IN from" };
    format!(
        "2025-02-03T{at}Z <Debug> [0x1a2c] bwc sip {dir} 203.0.113.10:8934 msg=\"{}\"\n",
        message.trim_end().replace('\n', "\\r\\n")
    )
}

/// The third printing: every line of the message with the log's prefix
/// and a marker, the empty line without the marker's trailing space.
pub fn prefixed(at: &str, sent: bool, message: &str) -> String {
    let head = format!("2025-02-03T{at}Z <Debug> [0x1a2c] SipMessageLogger.cpp:147 BWC:SIP:");
    let verb = if sent {
        "Sent SIP message to"
    } else {
        "Received SIP message from"
    };
    let mut out = format!("{head} ---- {verb} 203.0.113.10:8934 ----\n");
    for line in message.trim_end().lines() {
        if line.is_empty() {
            out += &format!("{head} |\n");
        } else {
            out += &format!("{head} | {line}\n");
        }
    }
    out
}

pub fn invite(call: &str, cseq: u32, to: &str, sdp: &str) -> String {
    format!(
        "INVITE sip:{to}@bw.example.net SIP/2.0\n\
Via: SIP/2.0/TLS 192.0.2.15:52011;branch=z9hG4bK{call}{cseq}\n\
f: \"Ana Lind\" <sip:2001@bw.example.net>;tag=a{call}\n\
t: <sip:{to}@bw.example.net>\n\
i: {call}\n\
CSeq: {cseq} INVITE\n\
c: application/sdp\n\
\n\
v=0\n\
o=- 1 1 IN IP4 192.0.2.15\n\
c=IN IP4 192.0.2.15\n\
m=audio 20000 RTP/SAVP 111 9 0 101\n\
a=rtpmap:111 opus/48000/2\n\
a=rtpmap:9 G722/8000\n\
a=rtpmap:101 telephone-event/8000\n\
{sdp}"
    )
}

pub fn answer(call: &str, cseq: &str, status: &str, sdp: &str) -> String {
    let body = if sdp.is_empty() {
        String::new()
    } else {
        format!(
            "c=IN IP4 203.0.113.50\nm=audio 40000 RTP/SAVP {sdp} 101\na=rtpmap:101 telephone-event/8000\n"
        )
    };
    format!(
        "SIP/2.0 {status}\n\
Via: SIP/2.0/TLS 192.0.2.15:52011;branch=z9hG4bK{call}\n\
From: \"Ana Lind\" <sip:2001@bw.example.net>;tag=a{call}\n\
To: <sip:x@bw.example.net>;tag=b{call}\n\
Call-ID: {call}\n\
CSeq: {cseq}\n\
\n\
{body}"
    )
}

pub fn request(method: &str, call: &str, cseq: u32) -> String {
    format!(
        "{method} sip:2010@bw.example.net SIP/2.0\n\
From: <sip:2001@bw.example.net>;tag=a{call}\n\
To: <sip:2010@bw.example.net>;tag=b{call}\n\
Call-ID: {call}\n\
CSeq: {cseq} {method}\n\
\n"
    )
}

/// Writes `files` into a zip in `dir`.
pub fn write(dir: &std::path::Path, name: &str, files: &[(&str, String)]) -> std::path::PathBuf {
    let entries: Vec<(&str, &[u8])> = files.iter().map(|(n, t)| (*n, t.as_bytes())).collect();
    let path = dir.join(name);
    std::fs::write(&path, wxbw_doctor::testutil::zip(&entries)).unwrap();
    path
}

/// The Call-ID of the answered call of [`poor_call_files`].
pub const ANSWERED: &str = "k7Hq2@192.0.2.15";

/// A Windows log folder with an answered outgoing call (put on hold,
/// resumed, transferred) whose media was poor, and a quality line long
/// after it that belongs to no call.
pub fn poor_call_files() -> Vec<(&'static str, String)> {
    let call = ANSWERED;
    let mut bwc = String::new();
    bwc += &raw("10:01:00.000", true, &invite(call, 1, "2010", ""));
    bwc += &raw(
        "10:01:00.080",
        false,
        &answer(call, "1 INVITE", "180 Ringing", ""),
    );
    bwc += &one_line(
        "10:01:04.000",
        false,
        &answer(call, "1 INVITE", "200 OK", "9"),
    );
    bwc += &raw("10:01:04.050", true, &request("ACK", call, 1));
    bwc += &raw(
        "10:01:30.000",
        true,
        &invite(call, 2, "2010", "a=sendonly\n"),
    );
    bwc += &raw(
        "10:01:50.000",
        true,
        &invite(call, 3, "2010", "a=sendrecv\n"),
    );
    bwc += &one_line("10:02:10.000", true, &request("REFER", call, 4));
    bwc += &raw("10:02:20.000", true, &request("BYE", call, 5));
    // The field guide's line, then worse ones; and one long after the
    // call, which is not the call's.
    let media = "\
2025-02-03T10:01:10.000Z <Info> [9968] WME:0 :[SQ] [SQ] INFO: SQAudioTX - vid=0 csi=843778816 did=0 ssrc=1613872330 loss=0.000 drop=0.000 jitter=0 bytes=201518 rtp=1306 failed=0 bitrate=65016 rtt=33 bw=176000 codecType=4 type=UDP
2025-02-03T10:01:20.000Z <Info> [9968] WME:0 :[SQ] [SQ] INFO: SQAudioRX - vid=0 csi=843778817 did=0 ssrc=99 loss=0.083 drop=0.000 jitter=61 bytes=1 rtp=1 failed=0 bitrate=1 rtt=450 bw=1 codecType=4 type=UDP
2025-02-03T10:01:25.000Z <Info> [9968] WME:0 :[SQ] [SQ] INFO: SQAudioRX - vid=0 loss=0.020 jitter=12 rtt=90
2025-02-03T10:30:00.000Z <Info> [9968] WME:0 :[SQ] [SQ] INFO: SQAudioRX - vid=0 loss=0.900 jitter=900 rtt=2000
";
    vec![
        ("CiscoSpark/current_log.txt", APP.to_owned()),
        ("CiscoSpark/bwc/current_log.txt", bwc),
        ("CiscoSpark/media/wme_1.log", media.to_owned()),
    ]
}
