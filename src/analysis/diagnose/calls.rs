//! Calls: the INVITE dialogs of the SIP the app logged, how each ended, and
//! the media engine's figures while it lasted; the findings of failed calls
//! and poor media.
//!
//! The guide names the BWC log as the place of all SIP of calls and mid-call
//! features, and the media log as that of the negotiated codecs; it gives
//! no failure modes of its own, so the meaning of each answer is RFC 3261's
//! (§21) and the limits of poor media are the usual ones of voice over IP.
//! The media engine's lines carry no Call-ID: a line belongs to the call
//! that was up when it was printed.

use std::collections::HashMap;

use super::findings::{Builder, Ctx, Rule};
use crate::analysis::extract::media::{self, Quality};
use crate::analysis::extract::sip::{Direction, SipMessage, StartLine, contact_uri};
use crate::analysis::extract::{Event, EventKind};
use crate::analysis::model::{Call, CallDirection, CallOutcome, Evidence, Known, MidCall};
use crate::i18n::Text;

pub(super) const RULES: &[Rule] = &[
    Rule {
        name: "failed-calls",
        produces: &[
            Known::CallForbidden,
            Known::CallNotFound,
            Known::CallUnavailable,
            Known::CallBusy,
            Known::CallNotAcceptable,
            Known::CallServerError,
        ],
        run: failed_calls,
    },
    Rule {
        name: "media-quality",
        produces: &[
            Known::MediaPacketLoss,
            Known::MediaJitter,
            Known::MediaLatency,
        ],
        run: media_quality,
    },
];

/// Poor media begins above these: 5 % of packets lost, 50 ms of jitter,
/// 400 ms of round trip (ITU-T G.114 puts 400 ms one way as the limit for
/// planning; past it a conversation breaks down).
const LOSS_PCT: f32 = 5.0;
const JITTER_MS: f32 = 50.0;
const RTT_MS: f32 = 400.0;

/// The engine prints its last figures a little after the call's BYE.
const AFTER_END_MS: i64 = 5_000;

/// A call as it is being read.
struct Open {
    call: Call,
    /// When it began, and when it was answered and ended, in epoch ms.
    from_ms: Option<i64>,
    answered_ms: Option<i64>,
    ended_ms: Option<i64>,
    cancelled: bool,
    /// The audio was put on hold by the last offer.
    held: bool,
    /// The payload names of the last offer, for an answer that leaves
    /// them out.
    offered: Vec<(u32, String)>,
}

fn time(millis: Option<i64>) -> Option<chrono::DateTime<chrono::Utc>> {
    chrono::DateTime::from_timestamp_millis(millis?)
}

/// Who placed the call, from one message of its INVITE.
fn direction_of(m: &SipMessage) -> CallDirection {
    let request = matches!(m.start(), StartLine::Request { .. });
    match (m.direction, request) {
        (Direction::Sent, true) | (Direction::Received, false) => CallDirection::Outgoing,
        (Direction::Received, true) | (Direction::Sent, false) => CallDirection::Incoming,
        (Direction::Unknown, _) => CallDirection::Unknown,
    }
}

fn uri(m: &SipMessage, header: &str) -> Option<String> {
    m.header(header).and_then(contact_uri)
}

impl Open {
    fn new(id: &str, m: &SipMessage, e: &Event) -> Open {
        Open {
            call: Call {
                call_id: id.to_owned(),
                direction: direction_of(m),
                from: uri(m, "from"),
                to: uri(m, "to"),
                started: time(e.millis),
                answered: None,
                ended: None,
                outcome: CallOutcome::Unknown,
                final_status: None,
                final_reason: None,
                codecs: Vec::new(),
                packet_loss: None,
                jitter_ms: None,
                rtt_ms: None,
                mid_call: Vec::new(),
                evidence: vec![Evidence::of(e)],
                worst: [None; 3],
            },
            from_ms: e.millis,
            answered_ms: None,
            ended_ms: None,
            cancelled: false,
            held: false,
            offered: Vec::new(),
        }
    }

    fn feature(&mut self, feature: MidCall) {
        if !self.call.mid_call.contains(&feature) {
            self.call.mid_call.push(feature);
        }
    }

    fn end(&mut self, e: &Event) {
        if self.ended_ms.is_none() && self.call.ended.is_none() {
            self.ended_ms = e.millis;
            self.call.ended = time(e.millis);
            self.call.evidence.push(Evidence::of(e));
        }
    }

    /// Reads one message of the call's dialog.
    fn read(&mut self, m: &SipMessage, e: &Event) {
        if self.call.direction == CallDirection::Unknown {
            self.call.direction = direction_of(m);
        }
        let answered = self.answered_ms.is_some() || self.call.answered.is_some();
        let invite = m.cseq().is_some_and(|(_, method)| method == "INVITE");
        match m.start() {
            StartLine::Request {
                method: "INVITE", ..
            } if answered => {
                // A re-INVITE: hold when its offer stops the audio.
                match media::sdp_holds(m.body()) {
                    Some(true) if !self.held => {
                        self.held = true;
                        self.feature(MidCall::Hold);
                    }
                    Some(false) if self.held => {
                        self.held = false;
                        self.feature(MidCall::Resume);
                    }
                    _ => {}
                }
            }
            StartLine::Request {
                method: "INVITE", ..
            } => {
                // Again after a challenge or a redirect: not ended yet.
                if !self.cancelled {
                    self.call.outcome = CallOutcome::Unknown;
                    self.call.final_status = None;
                    self.call.final_reason = None;
                    self.ended_ms = None;
                    self.call.ended = None;
                }
                let offered = media::rtpmaps(m.body());
                if !offered.is_empty() {
                    self.offered = offered;
                }
                if self.call.codecs.is_empty() {
                    self.call.codecs = media::sdp_codecs(m.body(), &[]);
                }
            }
            StartLine::Request {
                method: "CANCEL", ..
            } if !answered => {
                self.cancelled = true;
                self.call.outcome = CallOutcome::Cancelled;
                self.end(e);
            }
            StartLine::Request { method: "BYE", .. } => self.end(e),
            StartLine::Request {
                method: "REFER", ..
            } => self.feature(MidCall::Transfer),
            StartLine::Request { method: "ACK", .. } if answered => {
                // A late offer is answered in the ACK.
                let codecs = media::sdp_codecs(m.body(), &self.offered);
                if !codecs.is_empty() && self.call.final_status.is_some_and(|s| s < 300) {
                    self.call.codecs = codecs;
                }
            }
            StartLine::Response { code, reason } if invite && !answered && code >= 200 => {
                self.call.final_status = Some(code);
                self.call.final_reason = (!reason.is_empty()).then(|| reason.to_owned());
                self.call.evidence.push(Evidence::of(e));
                if code < 300 {
                    self.answered_ms = e.millis;
                    self.call.answered = time(e.millis);
                    self.call.outcome = CallOutcome::Answered;
                    let codecs = media::sdp_codecs(m.body(), &self.offered);
                    if !codecs.is_empty() {
                        self.call.codecs = codecs;
                    }
                } else {
                    self.call.outcome = if code == 487 || self.cancelled {
                        CallOutcome::Cancelled
                    } else {
                        CallOutcome::Failed
                    };
                    // A CANCEL ended it already.
                    if self.call.ended.is_none() {
                        self.ended_ms = e.millis;
                        self.call.ended = time(e.millis);
                    }
                }
            }
            _ => {}
        }
    }

    /// When the call could carry audio: from its answer (or its start,
    /// when the answer is not logged) to a little after its end.
    fn holds(&self, at: i64, next_start: Option<i64>) -> bool {
        let Some(from) = self.answered_ms.or(self.from_ms) else {
            return false;
        };
        let to = match (self.ended_ms, self.call.outcome) {
            (Some(end), _) => end + AFTER_END_MS,
            (None, CallOutcome::Answered | CallOutcome::Unknown) => next_start.unwrap_or(i64::MAX),
            (None, _) => from,
        };
        (from..=to).contains(&at)
    }

    fn quality(&mut self, q: &Quality, e: &Event) {
        let figures = [q.loss_pct, q.jitter_ms, q.rtt_ms];
        let slots = [
            &mut self.call.packet_loss,
            &mut self.call.jitter_ms,
            &mut self.call.rtt_ms,
        ];
        for ((value, slot), worst) in figures.into_iter().zip(slots).zip(&mut self.call.worst) {
            if let Some(v) = value
                && slot.is_none_or(|w| v > w)
            {
                *slot = Some(v);
                *worst = Some(Evidence::of(e));
            }
        }
    }
}

/// Every call of the events, in the order they began.
pub fn calls(events: &[Event]) -> Vec<Call> {
    let mut open: Vec<Open> = Vec::new();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for e in events {
        let EventKind::Sip(m) = &e.kind else {
            continue;
        };
        let Some(id) = m.call_id() else {
            continue;
        };
        let at = match by_id.get(id) {
            Some(&at) => at,
            // A dialog is a call when its first message of interest is of
            // an INVITE: a REGISTER's Call-ID never is.
            None if m.cseq().is_some_and(|(_, method)| method == "INVITE") => {
                by_id.insert(id, open.len());
                open.push(Open::new(id, m, e));
                open.len() - 1
            }
            None => continue,
        };
        open[at].read(m, e);
    }
    attribute_media(events, &mut open);
    open.into_iter().map(|o| o.call).collect()
}

/// How many calls back a media line is looked for: calls held at once
/// (call waiting, a consultation before a transfer) are a handful.
const MAX_OVERLAP: usize = 16;

/// Gives each quality line and printed codec to the call that was up when
/// it was printed, the latest begun when calls overlap.
fn attribute_media(events: &[Event], open: &mut [Open]) {
    if open.is_empty() {
        return;
    }
    // Calls open in the events' order, which is by time with the undated
    // last: their starts are sorted.
    let starts: Vec<i64> = open.iter().map(|o| o.from_ms.unwrap_or(i64::MAX)).collect();
    let media = events.iter().filter(|e| {
        matches!(
            e.kind,
            EventKind::MediaQuality(_) | EventKind::MediaCodecs(_)
        )
    });
    for e in media {
        let Some(at) = e.millis else {
            continue;
        };
        let begun = starts.partition_point(|&s| s <= at);
        let next = starts.get(begun).copied().filter(|&s| s != i64::MAX);
        let call = (0..begun)
            .rev()
            .take(MAX_OVERLAP)
            .find(|&i| open[i].holds(at, next));
        let Some(call) = call else {
            continue;
        };
        match &e.kind {
            EventKind::MediaQuality(q) => open[call].quality(q, e),
            EventKind::MediaCodecs(names) if open[call].call.codecs.is_empty() => {
                open[call].call.codecs = names.to_vec();
            }
            _ => {}
        }
    }
}

/// The finding of a final answer that ended a call, by RFC 3261's meaning.
fn failure(status: u16) -> Option<Known> {
    Some(match status {
        403 => Known::CallForbidden,
        404 => Known::CallNotFound,
        480 => Known::CallUnavailable,
        486 => Known::CallBusy,
        488 => Known::CallNotAcceptable,
        500..=599 => Known::CallServerError,
        _ => return None,
    })
}

/// The other party as the detail names it: the callee of an outgoing call,
/// the caller of an incoming one.
fn party(call: &Call) -> Text {
    let (key, who) = match call.direction {
        CallDirection::Incoming => ("call-from", &call.from),
        _ => ("call-to", &call.to),
    };
    Text::key(key).str("party", who.as_deref().unwrap_or("?"))
}

fn failed_calls(b: &mut Builder, ctx: &Ctx) {
    for call in ctx.calls {
        let (CallOutcome::Failed, Some(status)) = (call.outcome, call.final_status) else {
            continue;
        };
        let Some(id) = failure(status) else {
            continue;
        };
        let answer = match &call.final_reason {
            Some(reason) => format!("{status} {reason}"),
            None => status.to_string(),
        };
        let detail = Text::key("call-failed-detail")
            .text("party", party(call))
            .str("answer", answer);
        b.add_lines(id, Some(detail), call.evidence.clone());
    }
}

fn media_quality(b: &mut Builder, ctx: &Ctx) {
    let checks = [
        (Known::MediaPacketLoss, LOSS_PCT, "media-loss-detail"),
        (Known::MediaJitter, JITTER_MS, "media-jitter-detail"),
        (Known::MediaLatency, RTT_MS, "media-rtt-detail"),
    ];
    for call in ctx.calls {
        let figures = [call.packet_loss, call.jitter_ms, call.rtt_ms];
        for (slot, (id, limit, key)) in checks.into_iter().enumerate() {
            let Some(value) = figures[slot].filter(|v| *v > limit) else {
                continue;
            };
            let detail = Text::key(key)
                .text("party", party(call))
                .str("figure", format!("{value:.1}"));
            let evidence = call.worst[slot].into_iter().collect();
            b.add_lines(id, Some(detail), evidence);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::extract::sip::parse_text;

    fn sip(at: i64, direction: Direction, text: &str) -> Event {
        Event {
            file: 0,
            record: at as u32,
            millis: Some(at),
            bwc: true,
            kind: EventKind::Sip(Box::new(parse_text(text, direction, None).expect("SIP"))),
        }
    }

    fn quality(at: i64, loss: f32, jitter: f32, rtt: f32) -> Event {
        Event {
            file: 1,
            record: at as u32,
            millis: Some(at),
            bwc: false,
            kind: EventKind::MediaQuality(Box::new(Quality {
                loss_pct: Some(loss),
                jitter_ms: Some(jitter),
                rtt_ms: Some(rtt),
            })),
        }
    }

    const INVITE: &str = "INVITE sip:2010@example.net SIP/2.0\nFrom: \"Ana\" <sip:2001@example.net>;tag=a\nTo: <sip:2010@example.net>\nCall-ID: c1\nCSeq: 1 INVITE\nContent-Type: application/sdp\n\nv=0\nm=audio 4000 RTP/AVP 111 0 101\na=rtpmap:111 opus/48000/2\na=rtpmap:101 telephone-event/8000\n";

    fn answer(code: &str, cseq: &str, body: &str) -> String {
        format!(
            "SIP/2.0 {code}\nFrom: <sip:2001@example.net>;tag=a\nTo: <sip:2010@example.net>;tag=b\nCall-ID: c1\nCSeq: {cseq}\n\n{body}"
        )
    }

    #[test]
    fn an_answered_call_with_hold_and_its_media() {
        let hold = INVITE.replace("CSeq: 1", "CSeq: 2") + "a=sendonly\n";
        let resume = INVITE.replace("CSeq: 1", "CSeq: 3") + "a=sendrecv\n";
        let events = [
            sip(1_000, Direction::Sent, INVITE),
            sip(
                1_100,
                Direction::Received,
                &answer("180 Ringing", "1 INVITE", ""),
            ),
            sip(
                4_000,
                Direction::Received,
                &answer(
                    "200 OK",
                    "1 INVITE",
                    "m=audio 5000 RTP/AVP 0 101\na=rtpmap:101 telephone-event/8000\n",
                ),
            ),
            quality(9_000, 1.0, 12.0, 80.0),
            sip(10_000, Direction::Sent, &hold),
            quality(14_000, 9.5, 70.0, 450.0),
            sip(20_000, Direction::Sent, &resume),
            sip(
                30_000,
                Direction::Sent,
                &INVITE
                    .replace("INVITE sip", "BYE sip")
                    .replace("1 INVITE", "4 BYE"),
            ),
            quality(33_000, 2.0, 5.0, 60.0),
            // Long after the call: another stream.
            quality(90_000, 50.0, 500.0, 900.0),
        ];
        let calls = calls(&events);
        assert_eq!(calls.len(), 1);
        let c = &calls[0];
        assert_eq!(c.direction, CallDirection::Outgoing);
        assert_eq!(c.outcome, CallOutcome::Answered);
        assert_eq!(c.final_status, Some(200));
        assert_eq!(c.codecs, ["PCMU"]);
        assert_eq!(c.from.as_deref(), Some("sip:2001@example.net"));
        assert_eq!(c.to.as_deref(), Some("sip:2010@example.net"));
        assert_eq!(c.answered, time(Some(4_000)));
        assert_eq!(c.ended, time(Some(30_000)));
        assert_eq!(
            (c.packet_loss, c.jitter_ms, c.rtt_ms),
            (Some(9.5), Some(70.0), Some(450.0))
        );
        assert_eq!(c.mid_call, [MidCall::Hold, MidCall::Resume]);
        assert_eq!(c.worst[0].map(|e| e.at.record), Some(14_000));
    }

    #[test]
    fn failures_challenges_and_cancels() {
        let busy = [
            sip(1_000, Direction::Received, INVITE),
            sip(
                1_050,
                Direction::Sent,
                &answer("486 Busy Here", "1 INVITE", ""),
            ),
        ];
        let c = &calls(&busy)[0];
        assert_eq!(c.direction, CallDirection::Incoming);
        assert_eq!(
            (c.outcome, c.final_status),
            (CallOutcome::Failed, Some(486))
        );
        assert_eq!(c.final_reason.as_deref(), Some("Busy Here"));
        assert_eq!(failure(486), Some(Known::CallBusy));

        // A challenge is answered and the call goes through.
        let challenged = [
            sip(1_000, Direction::Sent, INVITE),
            sip(
                1_050,
                Direction::Received,
                &answer("407 Proxy Authentication Required", "1 INVITE", ""),
            ),
            sip(
                1_100,
                Direction::Sent,
                &INVITE.replace("CSeq: 1", "CSeq: 2"),
            ),
            sip(
                1_500,
                Direction::Received,
                &answer("503 Service Unavailable", "2 INVITE", ""),
            ),
        ];
        let c = &calls(&challenged)[0];
        assert_eq!(
            (c.outcome, c.final_status),
            (CallOutcome::Failed, Some(503))
        );
        assert_eq!(failure(503), Some(Known::CallServerError));

        let cancelled = [
            sip(1_000, Direction::Sent, INVITE),
            sip(
                3_000,
                Direction::Sent,
                &INVITE
                    .replace("INVITE sip", "CANCEL sip")
                    .replace("1 INVITE", "1 CANCEL"),
            ),
            sip(
                3_100,
                Direction::Received,
                &answer("487 Request Terminated", "1 INVITE", ""),
            ),
        ];
        let c = &calls(&cancelled)[0];
        assert_eq!(
            (c.outcome, c.final_status),
            (CallOutcome::Cancelled, Some(487))
        );
        assert_eq!(c.ended, time(Some(3_000)));
    }

    #[test]
    fn registrations_are_not_calls() {
        let register = "REGISTER sip:example.net SIP/2.0\nCall-ID: r1\nCSeq: 1 REGISTER\n\n";
        assert!(calls(&[sip(0, Direction::Sent, register)]).is_empty());
    }
}
