//! Builders for tests and benchmarks: zips in memory, and realistic
//! client-log bundles of any size. Not part of the tool's behaviour.

use std::io::{Cursor, Seek, Write};

use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

/// A zip in memory with `entries` deflated.
pub fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    zip_with(entries, CompressionMethod::Deflated)
}

pub fn zip_with(entries: &[(&str, &[u8])], method: CompressionMethod) -> Vec<u8> {
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(method)
        .large_file(false);
    for (name, data) in entries {
        w.start_file(*name, opts).expect("start zip entry");
        w.write_all(data).expect("write zip entry");
    }
    w.finish().expect("finish zip").into_inner()
}

/// The overlapping zip bomb: one deflated entry of `body_len` bytes, listed
/// `copies` times in the central directory under different names
/// (`current_log_0000.txt`, …), all at the same compressed bytes.
pub fn overlapping_zip(copies: u16, body_len: usize) -> Vec<u8> {
    let one = zip(&[("current_log_0000.txt", &vec![b'a'; body_len])]);
    let eocd = one.len() - 22;
    let word = |at: usize| u32::from_le_bytes([one[at], one[at + 1], one[at + 2], one[at + 3]]);
    let (cd_size, cd_start) = (word(eocd + 12) as usize, word(eocd + 16) as usize);
    let entry = &one[cd_start..cd_start + cd_size];
    // The name starts at byte 46 of a central directory entry; the four
    // digits sit before ".txt".
    let name_end = 46 + u16::from_le_bytes([entry[28], entry[29]]) as usize;
    let mut out = one[..cd_start].to_vec();
    for i in 0..copies {
        let mut copy = entry.to_vec();
        copy[name_end - 8..name_end - 4].copy_from_slice(format!("{i:04}").as_bytes());
        out.extend_from_slice(&copy);
    }
    let mut end = one[eocd..].to_vec();
    end[8..10].copy_from_slice(&copies.to_le_bytes());
    end[10..12].copy_from_slice(&copies.to_le_bytes());
    end[12..16].copy_from_slice(&(cd_size as u32 * u32::from(copies)).to_le_bytes());
    out.extend_from_slice(&end);
    out
}

/// A small deterministic generator (xorshift), so generated logs are the
/// same on every run without a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

/// Writes Webex app log text of realistic shape: chatter from the app's
/// other components, and every few hundred lines a BroadWorks sign-in with
/// XSI, DMS and SIP REGISTER traffic in the three printing shapes, and
/// after every fourth an answered call.
pub struct ClientLog {
    rng: Rng,
    millis: i64,
    cycle: u64,
}

const NOISE: [&str; 6] = [
    "ConversationManager.cpp:{n} ConversationManager::sync:Synced {a} conversations in {b} ms",
    "TelemetryUploader.cpp:{n} TelemetryUploader::flush:flushed {a} events ({b} bytes)",
    "PresenceService.cpp:{n} PresenceService::onUpdate:presence update for {a} contacts, {b} changed",
    "MeetingsModel.cpp:{n} MeetingsModel::refresh:calendar refresh: {a} meetings, {b} changed",
    "ImageCache.cpp:{n} ImageCache::evict:evicted {a} avatars, cache size {b} KB",
    "MercuryConnection.cpp:{n} MercuryConnection::ping:mercury ping ok seq={a} rtt={b}ms",
];
const LEVELS: [&str; 4] = ["Debug", "Info", "Info", "Warning"];

impl ClientLog {
    pub fn new(seed: u64) -> ClientLog {
        ClientLog {
            rng: Rng::new(seed),
            millis: 1_709_915_000_000,
            cycle: 0,
        }
    }

    fn stamp(&mut self) -> String {
        self.millis += self.rng.below(400) as i64;
        chrono::DateTime::from_timestamp_millis(self.millis)
            .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
            .unwrap_or_default()
    }

    fn line(&mut self, level: &str, rest: &str) -> String {
        format!("{} <{level}> [0x94bd] {rest}\n", self.stamp())
    }

    /// Appends about `bytes` bytes of log text to `out`.
    pub fn write(&mut self, out: &mut String, bytes: usize) {
        let goal = out.len() + bytes;
        while out.len() < goal {
            if self.rng.below(400) == 0 {
                self.sign_in(out);
            } else {
                let tpl = NOISE[self.rng.below(NOISE.len() as u64) as usize];
                let text = tpl
                    .replace("{n}", &self.rng.below(2000).to_string())
                    .replace("{a}", &self.rng.below(500).to_string())
                    .replace("{b}", &self.rng.below(9000).to_string());
                let level = LEVELS[self.rng.below(4) as usize];
                let l = self.line(level, &text);
                out.push_str(&l);
            }
        }
    }

    fn sign_in(&mut self, out: &mut String) {
        self.cycle += 1;
        let c = self.cycle;
        let tid = format!(
            "CLIENT_{:08x}-0f21-ddb6-6cad-4a268d116ece",
            self.rng.next_u64() as u32
        );
        let steps = [
            "BroadWorksManager.cpp:120 BroadWorksManager::init:BWC:SCF: Initializing BroadWorks Calling library".to_owned(),
            format!(
                "BroadWorksAuthenticator.cpp:301 BroadWorksAuthenticator::fetchJwt:BWC:SCF: fetching JWT: POST https://broadworks-idp-proxy-a.wbx2.com/broadworks-idp-proxy/api/v1/jwt trackingId={tid}"
            ),
            format!(
                "BroadWorksAuthenticator.cpp:344 BroadWorksAuthenticator::onJwt:BWC:SCF: JWT fetch succeeded -> 200 trackingId={tid}"
            ),
            format!(
                "XsiRequest.cpp:131 XsiRequest::onResponse:BWC:XSI: GET https://xsp1.example.net/com.broadsoft.xsi-actions/v2.0/user/20622{c}%40contoso.example/profile/device -> 200\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AccessDevices xmlns=\"http://schema.broadsoft.com/xsi\">\n<accessDevice><deviceType>Business Communicator - PC</deviceType><deviceUserNamePassword><userName>2217{c}_wxt</userName><password>********</password></deviceUserNamePassword></accessDevice>\n</AccessDevices>"
            ),
            "BroadWorksConfigDownloader.cpp:98 BroadWorksConfigDownloader::onDownload:BWC:SCF: ConfigDownload - GET https://xsp1.example.net/dms/bc/pc/config.xml -> 200\n<config>\n<proxy address=\"sbc1.acme-telecom.example\" port=\"5061\"/>\n</config>".to_owned(),
        ];
        for s in steps {
            let l = self.line("Info", &s);
            out.push_str(&l);
        }
        let call_id = format!("{:016x}@192.0.2.63", self.rng.next_u64());
        let register = format!(
            "REGISTER sip:as.contoso.example SIP/2.0\r\nVia: SIP/2.0/TLS 192.0.2.63:52011;branch=z9hG4bK{c}\r\nFrom: <sip:2217{c}_wxt@contoso.example.net>;tag=f28c\r\nTo: <sip:2217{c}_wxt@contoso.example.net>\r\nCall-ID: {call_id}\r\nCSeq: 1 REGISTER\r\nContact: <sip:2217{c}_wxt@192.0.2.63:52011;transport=tls>\r\nExpires: 3600\r\nContent-Length: 0\r\n"
        );
        let ok = format!(
            "SIP/2.0 200 OK\r\nVia: SIP/2.0/TLS 192.0.2.63:52011;branch=z9hG4bK{c}\r\nCall-ID: {call_id}\r\nCSeq: 1 REGISTER\r\nContact: <sip:2217{c}_wxt@192.0.2.63:52011;transport=tls>;expires=3600\r\nContent-Length: 0\r\n"
        );
        for (dir, msg) in [
            ("Sending SIP message to", register),
            ("Received SIP message from", ok),
        ] {
            let announce = format!(
                "SipTransport.cpp:812 SipTransport::onMessage:BWC:SIP: {dir} 203.0.113.109:5061 (TLS):"
            );
            match c % 3 {
                0 => {
                    let l = self.line(
                        "Info",
                        &format!("{announce}\n{}", msg.replace("\r\n", "\n")),
                    );
                    out.push_str(&l);
                }
                1 => {
                    let l = self.line(
                        "Info",
                        &format!("{announce} {}", msg.replace("\r\n", "\\r\\n")),
                    );
                    out.push_str(&l);
                }
                _ => {
                    let stamp = self.stamp();
                    out.push_str(&format!("{stamp} <Info> [0x94bd] {announce}\n"));
                    for part in msg.split("\r\n").filter(|p| !p.is_empty()) {
                        out.push_str(&format!("{stamp} <Info> [0x94bd] SipTransport.cpp:812 SipTransport::onMessage:BWC:SIP: {part}\n"));
                    }
                }
            }
        }
        let l = self.line("Info", "BroadWorksManager.cpp:640 BroadWorksManager::onRegistered:BWC:SCF: BroadWorks Calling - client registered");
        out.push_str(&l);
        if c.is_multiple_of(4) {
            self.call(out, c);
        }
    }

    /// An outgoing call after every fourth sign-in: INVITE with an offer,
    /// ringing, the answer's SDP, ACK, then BYE from the far end.
    fn call(&mut self, out: &mut String, c: u64) {
        let call_id = format!("{:016x}@192.0.2.63", self.rng.next_u64());
        let dialog = format!(
            "Via: SIP/2.0/TLS 192.0.2.63:52011;branch=z9hG4bKc{c}\r\nFrom: <sip:2217{c}_wxt@contoso.example.net>;tag=a{c}\r\nTo: <sip:+3120555{c:04}@contoso.example.net>\r\nCall-ID: {call_id}\r\n"
        );
        let sdp = "Content-Type: application/sdp\r\n\r\nv=0\r\no=- 1 1 IN IP4 192.0.2.63\r\ns=-\r\nc=IN IP4 192.0.2.63\r\nt=0 0\r\nm=audio 52100 RTP/SAVP 111 9 0 101\r\na=rtpmap:111 opus/48000/2\r\na=rtpmap:9 G722/8000\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n";
        let messages = [
            (
                "Sending SIP message to",
                format!(
                    "INVITE sip:+3120555{c:04}@contoso.example.net SIP/2.0\r\n{dialog}CSeq: 1 INVITE\r\n{sdp}"
                ),
            ),
            (
                "Received SIP message from",
                format!("SIP/2.0 180 Ringing\r\n{dialog}CSeq: 1 INVITE\r\nContent-Length: 0\r\n"),
            ),
            (
                "Received SIP message from",
                format!("SIP/2.0 200 OK\r\n{dialog}CSeq: 1 INVITE\r\n{sdp}"),
            ),
            (
                "Sending SIP message to",
                format!(
                    "ACK sip:+3120555{c:04}@contoso.example.net SIP/2.0\r\n{dialog}CSeq: 1 ACK\r\nContent-Length: 0\r\n"
                ),
            ),
            (
                "Received SIP message from",
                format!(
                    "BYE sip:2217{c}_wxt@192.0.2.63:52011 SIP/2.0\r\n{dialog}CSeq: 2 BYE\r\nContent-Length: 0\r\n"
                ),
            ),
            (
                "Sending SIP message to",
                format!("SIP/2.0 200 OK\r\n{dialog}CSeq: 2 BYE\r\nContent-Length: 0\r\n"),
            ),
        ];
        for (dir, msg) in messages {
            let l = self.line(
                "Info",
                &format!("SipTransport.cpp:812 SipTransport::onMessage:BWC:SIP: {dir} 203.0.113.109:5061 (TLS):\n{}", msg.replace("\r\n", "\n")),
            );
            out.push_str(&l);
        }
    }
}

/// Bumped whenever [`write_client_bundle`] writes something else, so that
/// benchmarks do not measure a bundle generated by an older version.
pub const GENERATOR_VERSION: u32 = 2;

/// Writes a client bundle of about `total` uncompressed bytes to `w`:
/// `CiscoSpark/current_log.txt` holds most of it, in several rotated files
/// once it passes 256 MiB, plus a media log of quality lines. Returns the
/// uncompressed size written.
pub fn write_client_bundle<W: Write + Seek>(w: W, total: u64, seed: u64) -> std::io::Result<u64> {
    const CHUNK: usize = 4 << 20;
    const PER_FILE: u64 = 256 << 20;
    let mut zip = ZipWriter::new(w);
    let opts = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .large_file(true);
    let mut log = ClientLog::new(seed);
    let mut written = 0u64;
    let mut buf = String::with_capacity(CHUNK + 4096);
    let media_share = total / 20;
    let mut part = 0;
    while written + media_share < total {
        let name = if part == 0 {
            "CiscoSpark/current_log.txt".to_owned()
        } else {
            format!("CiscoSpark/current_log_{part}.txt")
        };
        zip.start_file(name, opts)?;
        let mut in_file = 0u64;
        while in_file < PER_FILE && written + media_share < total {
            buf.clear();
            log.write(&mut buf, CHUNK);
            zip.write_all(buf.as_bytes())?;
            in_file += buf.len() as u64;
            written += buf.len() as u64;
        }
        part += 1;
    }
    zip.start_file("CiscoSpark/media/wme_1.log", opts)?;
    let mut rng = Rng::new(seed ^ 0x5eed);
    let mut media = 0u64;
    while media < media_share.max(1) {
        buf.clear();
        for _ in 0..1000 {
            buf.push_str(&format!(
                "2024-03-08T16:40:45.730Z <Info> [3372] WME:0 :[SQ] [SQ] INFO: SQAudioTX - vid=0 csi={} did=0 ssrc={} loss=0.000 drop=0.000 jitter={} bytes={} rtp={} failed=0 bitrate=65016 rtt={} bw=176000 codecType=4 type=UDP\n",
                rng.below(1 << 30), rng.below(1 << 32), rng.below(9), rng.below(1 << 20), rng.below(9000), rng.below(90)
            ));
        }
        zip.write_all(buf.as_bytes())?;
        media += buf.len() as u64;
    }
    written += media;
    zip.finish()?;
    Ok(written)
}
