//! Following REGISTER transactions (RFC 3261 §10, flows of RFC 3665) through
//! the SIP events of one attempt: challenged, accepted, rejected, never
//! answered, or later displaced by another client.

use std::collections::{HashMap, HashSet};

use crate::analysis::extract::sip::{Direction, SipMessage, StartLine};
use crate::analysis::extract::{Event, EventKind, xml};

/// Timer F: a non-INVITE transaction is given up after 64 × T1 = 32 s.
const TIMER_F_MS: i64 = 32_000;

/// Reg-event contact events that mean the registrar took our contact away
/// (RFC 3680 §5.1); `expired` is left out: that is our own missed refresh.
const TAKEN_AWAY: [&str; 4] = ["deactivated", "rejected", "unregistered", "probation"];

/// What happened to registration in a span of events; indices point into
/// the event list.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The first REGISTER sent.
    pub first_register: Option<usize>,
    /// The last final answer to a REGISTER that accepted it.
    pub accepted: Option<usize>,
    /// The first 2xx that listed our contact.
    pub registered: Option<usize>,
    /// The last final error answer that was not a challenge.
    pub rejected: Option<(usize, u16)>,
    /// The last challenge to a REGISTER that already carried credentials.
    pub auth_failed: Option<usize>,
    /// A transaction timeout, or a REGISTER left unanswered for longer than Timer F.
    pub timeout: Option<usize>,
    pub transport_failed: Option<usize>,
    /// Where the registrar dropped our contact after we were registered.
    pub displaced: Option<usize>,
    /// A REGISTER that went unanswered or a connection that failed before
    /// another SBC accepted the registration: failover.
    pub failed_over: Option<usize>,
    /// `address:port` REGISTER was sent to.
    pub sbc: Option<String>,
    /// Which outcome came last: decides whether the sequence ended well.
    pub last: Last,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Last {
    #[default]
    Nothing,
    Accepted,
    Failed,
}

struct Pending {
    event: usize,
    millis: Option<i64>,
    credentials: bool,
    unregister: bool,
}

fn is_register_request(m: &SipMessage) -> bool {
    matches!(
        m.start(),
        StartLine::Request {
            method: "REGISTER",
            ..
        }
    )
}

/// What makes two contacts the same: `sip:u@192.0.2.1:5060;transport=tls`
/// and `sip:U@192.0.2.1:5060` are one.
fn contact_key(contact: &str) -> String {
    contact
        .split(';')
        .next()
        .unwrap_or(contact)
        .trim()
        .to_ascii_lowercase()
}

/// `host:port` → (`host`, `port`).
fn host_port(address: &str) -> (&str, &str) {
    address.rsplit_once(':').unwrap_or((address, ""))
}

/// Whether a failed connection went to the SIP proxy the configuration
/// names (by its name, or by its port when the log shows the address the
/// name resolved to).
fn to_proxy(peer: Option<&str>, proxy: Option<&str>) -> bool {
    let (Some(peer), Some(proxy)) = (peer, proxy) else {
        return false;
    };
    let ((host, port), (phost, pport)) = (host_port(peer), host_port(proxy));
    host.eq_ignore_ascii_case(phost) || (!port.is_empty() && port == pport)
}

/// Whose log the REGISTER transactions are read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seat {
    /// The app's: it sends REGISTER ([`EventKind::Sip`]).
    Client,
    /// The Application Server's: it receives the SBC's REGISTER and sends
    /// the answers ([`EventKind::AsSip`]), step 5 of registration.
    Registrar,
}

impl Seat {
    /// The event's SIP message from this seat's log, with its direction
    /// as the registering side sees it (the registrar receives what the
    /// registering side sends).
    fn message(self, e: &Event) -> Option<(&SipMessage, Direction)> {
        match (self, &e.kind) {
            (Seat::Client, EventKind::Sip(m)) => Some((m, m.direction)),
            (Seat::Registrar, EventKind::AsSip(m)) => Some((
                m,
                match m.direction {
                    Direction::Sent => Direction::Received,
                    Direction::Received => Direction::Sent,
                    Direction::Unknown => Direction::Unknown,
                },
            )),
            _ => None,
        }
    }
}

/// Follows registration through `events[range]`; `log_end` is the last
/// time any log of the bundle was written, to tell an unanswered REGISTER
/// from a log that simply stops; `proxy` is the SIP proxy the configuration
/// names, `host:port`.
pub fn follow(
    events: &[Event],
    range: std::ops::Range<usize>,
    log_end: Option<i64>,
    proxy: Option<&str>,
) -> Outcome {
    follow_at(events, range, log_end, proxy, Seat::Client)
}

/// [`follow`] over the events at `indices`, read from `seat`'s log.
pub fn follow_at(
    events: &[Event],
    indices: impl IntoIterator<Item = usize>,
    log_end: Option<i64>,
    proxy: Option<&str>,
    seat: Seat,
) -> Outcome {
    let mut out = Outcome::default();
    let mut ours: HashSet<String> = HashSet::new();
    let mut pending: HashMap<(String, u32), Pending> = HashMap::new();
    let mut registered_now = false;
    let mut challenged_with_credentials = None;

    for i in indices {
        let e = &events[i];
        match (&e.kind, seat.message(e)) {
            (_, Some((m, dir))) if is_register_request(m) && dir != Direction::Received => {
                let unregister = m.expires() == Some(0);
                if !unregister {
                    ours.extend(m.contacts().iter().map(|c| contact_key(c)));
                }
                out.first_register.get_or_insert(i);
                if out.sbc.is_none() {
                    out.sbc = m.peer.clone();
                }
                if let (Some(call), Some((cseq, _))) = (m.call_id(), m.cseq()) {
                    let credentials = m.header("authorization").is_some()
                        || m.header("proxy-authorization").is_some();
                    pending.insert(
                        (call.to_owned(), cseq),
                        Pending {
                            event: i,
                            millis: e.millis,
                            credentials,
                            unregister,
                        },
                    );
                }
            }
            (_, Some((m, dir)))
                if dir != Direction::Sent
                    && m.method() == Some("REGISTER")
                    && m.status().is_some() =>
            {
                let Some(code) = m.status() else { continue };
                if code < 200 {
                    continue;
                }
                let key = m
                    .call_id()
                    .zip(m.cseq())
                    .map(|(c, (n, _))| (c.to_owned(), n));
                let request = key.and_then(|k| pending.remove(&k));
                match code {
                    401 | 407 => {
                        let stale = m
                            .header("www-authenticate")
                            .or(m.header("proxy-authenticate"))
                            .is_some_and(|h| h.to_ascii_lowercase().contains("stale=true"));
                        if request.as_ref().is_some_and(|r| r.credentials) && !stale {
                            challenged_with_credentials = Some(i);
                            out.auth_failed = Some(i);
                            out.last = Last::Failed;
                        }
                    }
                    200..=299 => {
                        if request.as_ref().is_some_and(|r| r.unregister) {
                            registered_now = false;
                            continue;
                        }
                        let listed = m.contacts();
                        let lists_us = ours.is_empty()
                            || listed.iter().any(|c| ours.contains(&contact_key(c)));
                        out.accepted = Some(i);
                        if lists_us {
                            if out.registered.is_none() {
                                // Silent before: a timeout or failed
                                // connection, or a REGISTER left unanswered
                                // past Timer F while the app moved on.
                                let silent = pending
                                    .values()
                                    .filter(|p| !p.unregister)
                                    .filter(|p| matches!((p.millis, e.millis), (Some(a), Some(b)) if b - a > TIMER_F_MS))
                                    .map(|p| p.event)
                                    .min();
                                out.failed_over = out.timeout.or(out.transport_failed).or(silent);
                            }
                            out.registered.get_or_insert(i);
                            registered_now = true;
                            out.last = Last::Accepted;
                            challenged_with_credentials = None;
                            out.auth_failed = None;
                        } else if registered_now {
                            out.displaced.get_or_insert(i);
                            registered_now = false;
                        }
                    }
                    // A transaction timeout answered on the SBC's behalf.
                    408 => {
                        out.timeout = Some(i);
                        out.last = Last::Failed;
                    }
                    _ => {
                        out.rejected = Some((i, code));
                        out.last = Last::Failed;
                    }
                }
            }
            (_, Some((m, dir))) if dir != Direction::Sent && m.method() == Some("NOTIFY") => {
                if !m.body().contains("reginfo") {
                    continue;
                }
                let dropped = xml::reginfo_contacts(m.body()).into_iter().any(|c| {
                    c.state == "terminated"
                        && TAKEN_AWAY.contains(&c.event.as_str())
                        && (ours.is_empty()
                            || c.uri
                                .as_deref()
                                .is_some_and(|u| ours.contains(&contact_key(u))))
                });
                if dropped && registered_now {
                    out.displaced.get_or_insert(i);
                    registered_now = false;
                }
            }
            (EventKind::SipTimeout { cseq, .. }, _) => {
                if let Some(n) = cseq {
                    pending.retain(|(_, c), _| c != n);
                }
                out.timeout = Some(i);
                out.last = Last::Failed;
            }
            (EventKind::TransportFailure { sip, peer }, _)
                if *sip
                    || out.first_register.is_some()
                    || out.sbc.is_some()
                    || to_proxy(peer.as_deref(), proxy) =>
            {
                out.transport_failed = Some(i);
                out.last = Last::Failed;
            }
            _ => {}
        }
    }
    // A REGISTER still waiting after Timer F, while the logs go on, was
    // never answered.
    let unanswered = pending
        .values()
        .filter(|p| !p.unregister)
        .filter(|p| matches!((p.millis, log_end), (Some(t), Some(end)) if end - t > TIMER_F_MS))
        .map(|p| p.event)
        .max();
    if let Some(i) = unanswered
        && out.accepted.is_none_or(|a| a < i)
    {
        out.timeout = Some(out.timeout.map_or(i, |t| t.max(i)));
        out.last = Last::Failed;
    }
    if challenged_with_credentials.is_none() {
        out.auth_failed = None;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::extract::sip::parse_text;

    fn sip(millis: i64, dir: Direction, text: &str) -> Event {
        let m =
            parse_text(text, dir, Some("203.0.113.9:5061".into())).expect("test message parses");
        Event {
            file: 0,
            record: 0,
            millis: Some(millis),
            bwc: true,
            kind: EventKind::Sip(Box::new(m)),
        }
    }

    fn register(cseq: u32, auth: bool) -> String {
        let auth = if auth {
            "Authorization: Digest username=\"u\"\n"
        } else {
            ""
        };
        format!(
            "REGISTER sip:as.example SIP/2.0\nCall-ID: c1@h\nCSeq: {cseq} REGISTER\nContact: <sip:u@192.0.2.1:52011;transport=tls>\n{auth}Expires: 3600\n"
        )
    }

    fn answer(cseq: u32, status: &str, contact: &str) -> String {
        format!("SIP/2.0 {status}\nCall-ID: c1@h\nCSeq: {cseq} REGISTER\n{contact}\n")
    }

    #[test]
    fn challenge_then_accept_is_registered() {
        let ev = vec![
            sip(0, Direction::Sent, &register(1, false)),
            sip(
                10,
                Direction::Received,
                &answer(
                    1,
                    "401 Unauthorized",
                    "WWW-Authenticate: Digest realm=\"BroadWorks\"",
                ),
            ),
            sip(20, Direction::Sent, &register(2, true)),
            sip(
                30,
                Direction::Received,
                &answer(
                    2,
                    "200 OK",
                    "Contact: <sip:u@192.0.2.1:52011;transport=tls>;expires=3600",
                ),
            ),
        ];
        let o = follow(&ev, 0..ev.len(), Some(100), None);
        assert_eq!(
            (o.registered, o.auth_failed, o.last),
            (Some(3), None, Last::Accepted)
        );
        assert_eq!(o.sbc.as_deref(), Some("203.0.113.9:5061"));
    }

    #[test]
    fn challenges_after_credentials_are_an_auth_failure() {
        let ev = vec![
            sip(0, Direction::Sent, &register(1, false)),
            sip(10, Direction::Received, &answer(1, "401 Unauthorized", "")),
            sip(20, Direction::Sent, &register(2, true)),
            sip(30, Direction::Received, &answer(2, "401 Unauthorized", "")),
        ];
        let o = follow(&ev, 0..ev.len(), Some(100), None);
        assert_eq!(
            (o.auth_failed, o.registered, o.last),
            (Some(3), None, Last::Failed)
        );
    }

    #[test]
    fn final_error_is_a_rejection() {
        let ev = vec![
            sip(0, Direction::Sent, &register(2, true)),
            sip(10, Direction::Received, &answer(2, "404 Not Found", "")),
        ];
        assert_eq!(follow(&ev, 0..2, None, None).rejected, Some((1, 404)));
    }

    #[test]
    fn unanswered_past_timer_f_is_a_timeout_but_not_at_log_end() {
        let ev = vec![sip(0, Direction::Sent, &register(1, false))];
        assert_eq!(follow(&ev, 0..1, Some(40_000), None).timeout, Some(0));
        assert_eq!(follow(&ev, 0..1, Some(5_000), None).timeout, None);
    }

    #[test]
    fn refresh_without_our_contact_is_displacement() {
        let ev = vec![
            sip(0, Direction::Sent, &register(2, true)),
            sip(
                10,
                Direction::Received,
                &answer(2, "200 OK", "Contact: <sip:u@192.0.2.1:52011>;expires=3600"),
            ),
            sip(20, Direction::Sent, &register(3, true)),
            sip(
                30,
                Direction::Received,
                &answer(
                    3,
                    "200 OK",
                    "Contact: <sip:u@198.51.100.139:50412;transport=tls>;expires=3412",
                ),
            ),
        ];
        let o = follow(&ev, 0..ev.len(), None, None);
        assert_eq!((o.registered, o.displaced), (Some(1), Some(3)));
    }

    #[test]
    fn reg_event_notify_deactivated_is_displacement() {
        let notify = "NOTIFY sip:u@192.0.2.1:52011 SIP/2.0\nEvent: reg\nContent-Type: application/reginfo+xml\n\n<reginfo xmlns=\"urn:ietf:params:xml:ns:reginfo\" state=\"partial\"><registration aor=\"sip:u@example\" state=\"terminated\"><contact state=\"terminated\" event=\"deactivated\"><uri>sip:u@192.0.2.1:52011;transport=tls</uri></contact></registration></reginfo>\n";
        let ev = vec![
            sip(0, Direction::Sent, &register(2, true)),
            sip(
                10,
                Direction::Received,
                &answer(2, "200 OK", "Contact: <sip:u@192.0.2.1:52011>"),
            ),
            sip(20, Direction::Received, notify),
        ];
        assert_eq!(follow(&ev, 0..3, None, None).displaced, Some(2));
    }

    /// The same transactions as the AS logs them: it receives the
    /// REGISTER and sends the answers.
    fn at_registrar(millis: i64, dir: Direction, text: &str) -> Event {
        let mut e = sip(millis, dir, text);
        if let EventKind::Sip(m) = e.kind {
            e.kind = EventKind::AsSip(m);
        }
        e
    }

    #[test]
    fn the_registrar_seat_reads_received_requests_and_sent_answers() {
        let ev = vec![
            at_registrar(0, Direction::Received, &register(1, false)),
            at_registrar(5, Direction::Sent, &answer(1, "401 Unauthorized", "")),
            at_registrar(10, Direction::Received, &register(2, true)),
            at_registrar(
                15,
                Direction::Sent,
                &answer(2, "200 OK", "Contact: <sip:u@192.0.2.1:52011>"),
            ),
        ];
        let o = follow_at(&ev, 0..4, Some(100), None, Seat::Registrar);
        assert_eq!((o.registered, o.last), (Some(3), Last::Accepted));
        // The app's seat sees none of the AS's messages.
        assert_eq!(follow(&ev, 0..4, Some(100), None).last, Last::Nothing);
        let rejected = vec![
            at_registrar(0, Direction::Received, &register(2, true)),
            at_registrar(5, Direction::Sent, &answer(2, "403 Forbidden", "")),
        ];
        let o = follow_at(&rejected, [0, 1], None, None, Seat::Registrar);
        assert_eq!((o.rejected, o.last), (Some((1, 403)), Last::Failed));
        let unanswered = vec![at_registrar(0, Direction::Received, &register(2, true))];
        let o = follow_at(&unanswered, [0], Some(60_000), None, Seat::Registrar);
        assert_eq!((o.timeout, o.last), (Some(0), Last::Failed));
    }

    #[test]
    fn unregister_is_not_displacement() {
        let unreg = register(3, true).replace("Expires: 3600", "Expires: 0");
        let ev = vec![
            sip(0, Direction::Sent, &register(2, true)),
            sip(
                10,
                Direction::Received,
                &answer(2, "200 OK", "Contact: <sip:u@192.0.2.1:52011>"),
            ),
            sip(20, Direction::Sent, &unreg),
            sip(30, Direction::Received, &answer(3, "200 OK", "")),
        ];
        assert_eq!(follow(&ev, 0..4, None, None).displaced, None);
    }
}
