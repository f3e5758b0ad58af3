//! Diagnosis: what the events mean.
//!
//! This layer reads the [`Event`]s of [`super::extract`] and nothing else of
//! the logs' wording. It cuts the client's events into runs and sign-in
//! attempts and judges each registration step ([`timeline`], with the
//! REGISTER transactions of [`register`]); runs the rules of the client
//! ([`rules`]) and the server ([`server`]) plus the catalogue's signatures
//! into findings with evidence ([`findings`], [`catalogue`]); builds the
//! sign-in ladder (the XSP's steps in [`server`], the client's in
//! [`signin`]); judges the bundle's `ced.dat` against the app's last start
//! ([`ced`]); gathers the escalation [`facts`]; and lays out the
//! [`ladder`] diagram's arrows.

mod calls;
pub mod catalogue;
mod ced;
mod cli;
pub mod facts;
mod findings;
pub mod ladder;
mod mixed;
mod register;
mod registrar;
mod rules;
mod server;
mod session;
mod signin;
mod timeline;

use catalogue::Catalogue;
use findings::{Builder, Ctx, Rule};

use super::extract::Event;
use super::model::Analysis;
use crate::record::Bundle;

/// Every rule, client first: the order findings of equal rank are added in;
/// the rules that weigh the others' findings come last.
fn rules() -> impl Iterator<Item = &'static [Rule]> {
    [
        rules::RULES,
        signin::RULES,
        calls::RULES,
        server::RULES,
        cli::RULES,
        registrar::RULES,
        mixed::RULES,
        ced::RULES,
        rules::AFTERWARDS,
    ]
    .into_iter()
}

/// The analysis of a bundle's events.
pub fn diagnose(bundle: &Bundle, events: &[Event], catalogue: &Catalogue) -> Analysis {
    // Without a Webex app log there is no client registration to judge.
    let has_client = bundle.files.iter().any(|f| f.kind.is_app_log());
    let attempts = if has_client {
        timeline::attempts(bundle, events)
    } else {
        timeline::Attempts::default()
    };
    let last = attempts.last.as_ref();
    let calls = calls::calls(events);
    let as_register = registrar::judge(bundle, events, last);
    let ced = ced::judge(bundle, events);
    let mut builder = Builder::new(events, catalogue);
    let ctx = Ctx {
        bundle,
        last,
        calls: &calls,
        as_register: as_register.as_ref(),
        ced: ced.as_ref(),
    };
    let mut sets = rules().peekable();
    while let Some(set) = sets.next() {
        // Signature findings count before the rules that weigh all others.
        if sets.peek().is_none() {
            builder.signatures();
        }
        builder.run(set, &ctx);
    }
    let (findings, rule_problems) = builder.finish();
    let verdict = findings::verdict(bundle, &findings, last);
    let facts = facts::collect(bundle, events, &findings, ced.as_ref());
    let (mut sign_in, sign_in_join) = server::sign_in(events, last);
    sign_in.extend(signin::client_steps(events));
    // Stable: steps without a time keep their place after the timed ones.
    sign_in.sort_by_key(|s| s.at.map_or(i64::MAX, |t| t.timestamp_millis()));
    let mut problems = catalogue.problems.clone();
    problems.extend(rule_problems);
    // A helpdesk lead's broken playbook file is said where the analysis
    // says a broken signature file.
    problems.extend(
        crate::analysis::playbooks::shared()
            .problems
            .iter()
            .cloned(),
    );
    let mut exchanges = ladder::exchanges(events);
    mark_evidence(&mut exchanges, &findings);
    let mut timeline = last.map(|a| a.attempt.steps.clone()).unwrap_or_default();
    let mut all = attempts.all;
    // Step 5 follows the app's steps of the newest attempt, or stands
    // alone when the bundle holds only the AS's log.
    if let Some(r) = &as_register {
        let step = registrar::step(r, events);
        if let Some(a) = all.last_mut() {
            a.steps.push(step.clone());
        }
        timeline.push(step);
    }
    Analysis {
        exchanges,
        calls,
        sign_in,
        sign_in_join,
        verdict,
        facts,
        timeline,
        attempts: all,
        push_subscriptions: registrar::push_subscriptions(events),
        findings,
        problems,
    }
}

/// Marks as failed the arrows whose lines a warning or an error cites: an
/// arrow can look fine alone and be the problem in its context (the
/// registration that displaced another, a device profile missing from a
/// 200 answer).
fn mark_evidence(
    exchanges: &mut [crate::analysis::Exchange],
    findings: &[crate::analysis::Finding],
) {
    let cited: std::collections::HashSet<_> = findings
        .iter()
        .filter(|f| f.severity >= crate::analysis::Severity::Warning)
        .flat_map(|f| f.evidence.iter().map(|e| e.at))
        .collect();
    for x in exchanges.iter_mut().filter(|x| cited.contains(&x.at)) {
        x.failed = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::model::FindingId;

    #[test]
    fn every_shipped_finding_has_exactly_one_source() {
        let catalogue = Catalogue::builtin();
        for entry in catalogue.entries() {
            let FindingId::Known(id) = entry.id else {
                panic!("{} is not a known finding", entry.id)
            };
            let by_rules: Vec<&str> = rules()
                .flatten()
                .filter(|r| r.produces.contains(&id))
                .map(|r| r.name)
                .collect();
            let sources = by_rules.len() + usize::from(entry.has_signatures());
            assert_eq!(
                sources,
                1,
                "{}: rules {by_rules:?}, signatures {}",
                id.name(),
                entry.has_signatures()
            );
        }
    }
}
