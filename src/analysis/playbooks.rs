//! Playbooks: the guide's checks that no log can answer (Help Desk,
//! Partner Hub, Control Hub, the AS and XSP command lines, the user), as
//! guided checklists. Each is data: `assets/playbooks.json` holds the
//! steps, the answer each expects and what an answer leads to; the texts
//! live in `i18n/<lang>/playbooks.ftl` under `playbook-<id>-…`. A helpdesk
//! lead adds or replaces playbooks with JSON files in the config folder's
//! `playbooks/`, whose texts are written in the file.
//!
//! This module owns the catalogue and the walk through one playbook: which
//! step comes next for the answers given, and what they mean. It keeps no
//! state of its own; the answers ([`Walk`]) belong to whoever asks.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Text};

const BUILTIN: &str = include_str!("../../assets/playbooks.json");

/// What a step asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ask {
    /// Something to do; ticked when done.
    Check,
    YesNo,
    /// One of the step's options.
    Choice,
    /// A value read off a screen: a UUID, a version, a case number.
    Value,
}

/// What an answer leads to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    /// What the answer means: the likely cause and its fix.
    pub means: Option<(Text, Text)>,
    /// A later step to go on with, instead of the next one.
    pub next: Option<String>,
    /// The playbook ends here.
    pub end: bool,
    /// Another playbook to offer.
    pub playbook: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub id: String,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: String,
    pub ask: Ask,
    /// What to open, where to click, what to look for.
    pub text: Text,
    /// Its name in the escalation summary: "label = answer".
    pub label: Text,
    pub options: Vec<Choice>,
    /// By answer: `yes`, `no`, an option id, or `any`.
    pub on: BTreeMap<String, Outcome>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Playbook {
    pub id: String,
    pub title: Text,
    /// When to use it.
    pub when: Text,
    /// The guide's section, as the language's edition heads it.
    pub guide: Text,
    /// The guide items it comes from (ids of the guide coverage table).
    pub guide_items: Vec<String>,
    /// The findings it belongs to.
    pub findings: Vec<String>,
    pub steps: Vec<Step>,
}

/// An answer given to a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    Done,
    Yes,
    No,
    /// The id of the option picked.
    Choice(String),
    /// What was typed.
    Value(String),
    Skipped,
}

impl Answer {
    /// The key of [`Step::on`] it is looked up by.
    fn key(&self) -> &str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Choice(id) => id,
            Answer::Done | Answer::Value(_) | Answer::Skipped => "any",
        }
    }
}

/// The answers given in one playbook, by step id. Answers to steps the
/// walk no longer passes (an earlier answer changed) are kept but count
/// for nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Walk {
    pub answers: BTreeMap<String, Answer>,
}

/// Where the answers have led.
#[derive(Debug, Clone, PartialEq)]
pub struct Route<'p> {
    /// The steps answered on the way, in order, with their answer and the
    /// outcome it has, if any.
    pub passed: Vec<(&'p Step, &'p Answer, Option<&'p Outcome>)>,
    /// The step to answer now; `None` when the playbook has ended.
    pub current: Option<usize>,
}

impl Playbook {
    /// The steps as the answers lead through them.
    pub fn path<'p>(&'p self, walk: &'p Walk) -> Route<'p> {
        let mut passed = Vec::new();
        let mut i = 0;
        // Each step is passed at most once: `next` only jumps forward.
        while let Some(step) = self.steps.get(i) {
            let Some(answer) = walk.answers.get(&step.id) else {
                return Route {
                    passed,
                    current: Some(i),
                };
            };
            let outcome = match answer {
                Answer::Skipped => None,
                a => step.on.get(a.key()),
            };
            passed.push((step, answer, outcome));
            match outcome {
                Some(o) if o.end => break,
                Some(Outcome {
                    next: Some(next), ..
                }) => {
                    i = self
                        .steps
                        .iter()
                        .position(|s| s.id == *next)
                        .unwrap_or(i + 1)
                        .max(i + 1);
                }
                _ => i += 1,
            }
        }
        Route {
            passed,
            current: None,
        }
    }

    /// An answer as a person reads it.
    pub fn answer_text(&self, step: &Step, answer: &Answer, lang: Lang) -> String {
        match answer {
            Answer::Done => lang.t("playbook-answer-done"),
            Answer::Yes => lang.t("playbook-answer-yes"),
            Answer::No => lang.t("playbook-answer-no"),
            Answer::Skipped => lang.t("playbook-answer-skipped"),
            Answer::Value(v) => v.clone(),
            Answer::Choice(id) => step
                .options
                .iter()
                .find(|o| o.id == *id)
                .map_or_else(|| id.clone(), |o| o.text.render(lang)),
        }
    }

    /// The answers for a ticket: `label = answer; …`, then what they mean.
    /// `shown` masks what was typed when the ticket is redacted.
    pub fn summary(&self, walk: &Walk, lang: Lang, shown: &dyn Fn(&str) -> String) -> Vec<String> {
        let path = self.path(walk);
        if path.passed.is_empty() {
            return Vec::new();
        }
        let answers: Vec<String> = path
            .passed
            .iter()
            .map(|(step, answer, _)| {
                let text = self.answer_text(step, answer, lang);
                let text = match answer {
                    Answer::Value(_) => shown(&text),
                    _ => text,
                };
                format!("{} = {text}", step.label.render(lang))
            })
            .collect();
        let state = if path.current.is_none() {
            lang.t("playbook-finished")
        } else {
            lang.t("playbook-unfinished")
        };
        let mut out = vec![format!(
            "{} ({state}): {}",
            self.title.render(lang),
            answers.join("; ")
        )];
        for (_, _, outcome) in &path.passed {
            if let Some((cause, fix)) = outcome.and_then(|o| o.means.as_ref()) {
                out.push(format!(
                    "  {}: {} {}",
                    lang.t("playbook-likely-cause"),
                    cause.render(lang),
                    fix.render(lang)
                ));
            }
        }
        out
    }
}

/// The playbook file as written.
#[derive(Deserialize)]
struct File {
    playbooks: Vec<RawPlaybook>,
}

#[derive(Deserialize)]
struct RawPlaybook {
    id: String,
    #[serde(default)]
    guide: Vec<String>,
    #[serde(default)]
    findings: Vec<String>,
    steps: Vec<RawStep>,
    /// Texts a user's file writes out; the shipped file has them in
    /// `playbooks.ftl`.
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    when: Option<String>,
    #[serde(default)]
    guide_heading: Option<String>,
}

#[derive(Deserialize)]
struct RawStep {
    id: String,
    answer: Ask,
    #[serde(default)]
    options: Vec<RawChoice>,
    #[serde(default)]
    on: BTreeMap<String, RawOutcome>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    label: Option<String>,
}

/// An option: its id, or in a user's file `{ "id": …, "text": … }`.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawChoice {
    Id(String),
    Written { id: String, text: String },
}

#[derive(Deserialize)]
struct RawOutcome {
    #[serde(default)]
    means: bool,
    #[serde(default)]
    next: Option<String>,
    #[serde(default)]
    end: bool,
    #[serde(default)]
    playbook: Option<String>,
    #[serde(default)]
    cause: Option<String>,
    #[serde(default)]
    fix: Option<String>,
}

/// Every playbook, shipped and the user's.
#[derive(Debug, Clone, Default)]
pub struct Playbooks {
    list: Vec<Playbook>,
    /// Files that were skipped, and why.
    pub problems: Vec<String>,
}

/// The playbooks of this installation, read once: the shipped ones and the
/// user's folder.
pub fn shared() -> &'static Playbooks {
    static SHARED: LazyLock<Playbooks> =
        LazyLock::new(|| Playbooks::with_user_dir(Playbooks::user_dir().as_deref()));
    &SHARED
}

impl Playbooks {
    pub fn builtin() -> Playbooks {
        let mut p = Playbooks::default();
        // Compiled in and covered by tests: a failure here is a build defect.
        p.merge(BUILTIN, true)
            .expect("assets/playbooks.json is valid");
        p
    }

    /// The shipped playbooks plus the `.json` files in `dir`; a file that
    /// cannot be read whole is skipped and named in [`Playbooks::problems`].
    pub fn with_user_dir(dir: Option<&Path>) -> Playbooks {
        let mut p = Playbooks::builtin();
        for (path, text) in super::user_files(dir) {
            let result = text.and_then(|text| p.merge(&text, false));
            if let Err(e) = result {
                p.problems
                    .push(format!("playbook file {} was skipped: {e}", path.display()));
            }
        }
        p
    }

    /// The user's playbook folder on this platform.
    pub fn user_dir() -> Option<PathBuf> {
        super::user_dir("playbooks")
    }

    pub fn all(&self) -> &[Playbook] {
        &self.list
    }

    pub fn get(&self, id: &str) -> Option<&Playbook> {
        self.list.iter().find(|p| p.id == id)
    }

    /// The ids of the playbooks that belong to a finding.
    pub fn for_finding(&self, finding: &str) -> Vec<String> {
        self.list
            .iter()
            .filter(|p| p.findings.iter().any(|f| f == finding))
            .map(|p| p.id.clone())
            .collect()
    }

    /// Adds the playbooks of one file, all or none; a playbook of an id
    /// already known replaces it.
    fn merge(&mut self, json: &str, shipped: bool) -> Result<(), String> {
        let file: File =
            serde_json::from_str(json).map_err(|e| format!("not a playbook file: {e}"))?;
        let mut read = Vec::new();
        for raw in file.playbooks {
            read.push(playbook(raw, shipped)?);
        }
        // Links are checked against the catalogue as it will be.
        let mut list = self.list.clone();
        for p in read {
            match list.iter_mut().find(|q| q.id == p.id) {
                Some(q) => *q = p,
                None => list.push(p),
            }
        }
        for p in &list {
            for link in p
                .steps
                .iter()
                .flat_map(|s| s.on.values())
                .filter_map(|o| o.playbook.as_ref())
            {
                if !list.iter().any(|q| q.id == *link) {
                    return Err(format!("{}: offers an unknown playbook '{link}'", p.id));
                }
            }
        }
        self.list = list;
        Ok(())
    }
}

/// A text: written in the file, or the message `key` of the translations.
fn text(written: Option<String>, key: String, shipped: bool) -> Result<Text, String> {
    match written {
        Some(t) if !shipped => Ok(Text::Plain(t)),
        _ if Lang::has(&key) => Ok(Text::key(key)),
        _ => Err(format!("no text for {key}")),
    }
}

fn playbook(raw: RawPlaybook, shipped: bool) -> Result<Playbook, String> {
    let id = raw.id;
    let well_formed = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    if !well_formed(&id) {
        return Err(format!(
            "'{id}' is not an id (lower case, digits and dashes)"
        ));
    }
    if raw.steps.is_empty() {
        return Err(format!("{id}: no steps"));
    }
    let key = |rest: &str| format!("playbook-{id}-{rest}");
    let mut steps = Vec::new();
    for (k, s) in raw.steps.iter().enumerate() {
        if !well_formed(&s.id) || raw.steps[..k].iter().any(|t| t.id == s.id) {
            return Err(format!("{id}: step '{}' is not a new id", s.id));
        }
        let options = s
            .options
            .iter()
            .map(|o| {
                let (oid, written) = match o {
                    RawChoice::Id(oid) => (oid.clone(), None),
                    RawChoice::Written { id, text } => (id.clone(), Some(text.clone())),
                };
                Ok(Choice {
                    text: text(written, key(&format!("{}-{oid}", s.id)), shipped)?,
                    id: oid,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        if (s.answer == Ask::Choice) == options.is_empty() {
            return Err(format!(
                "{id}: step {} has options only if it is a choice",
                s.id
            ));
        }
        let mut on = BTreeMap::new();
        for (answer, o) in &s.on {
            let allowed = match s.answer {
                Ask::YesNo => answer == "yes" || answer == "no",
                Ask::Choice => options.iter().any(|c| c.id == *answer),
                Ask::Check | Ask::Value => answer == "any",
            };
            if !allowed {
                return Err(format!("{id}: step {} cannot be answered '{answer}'", s.id));
            }
            if let Some(next) = &o.next
                && !raw.steps[k + 1..].iter().any(|t| t.id == *next)
            {
                return Err(format!(
                    "{id}: step {} goes on to '{next}', not a later step",
                    s.id
                ));
            }
            let means = if o.means || o.cause.is_some() {
                let part = |p: &str| key(&format!("{}-{answer}-{p}", s.id));
                Some((
                    text(o.cause.clone(), part("cause"), shipped)?,
                    text(o.fix.clone(), part("fix"), shipped)?,
                ))
            } else {
                None
            };
            on.insert(
                answer.clone(),
                Outcome {
                    means,
                    next: o.next.clone(),
                    end: o.end,
                    playbook: o.playbook.clone(),
                },
            );
        }
        steps.push(Step {
            text: text(s.text.clone(), key(&s.id), shipped)?,
            label: text(s.label.clone(), key(&format!("{}-label", s.id)), shipped)?,
            id: s.id.clone(),
            ask: s.answer,
            options,
            on,
        });
    }
    Ok(Playbook {
        title: text(raw.title, key("title"), shipped)?,
        when: text(raw.when, key("when"), shipped)?,
        guide: text(raw.guide_heading, key("guide"), shipped).unwrap_or_else(|_| Text::plain("")),
        guide_items: raw.guide,
        findings: raw.findings,
        steps,
        id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(answers: &[(&str, Answer)]) -> Walk {
        Walk {
            answers: answers
                .iter()
                .map(|(s, a)| ((*s).to_owned(), a.clone()))
                .collect(),
        }
    }

    #[test]
    fn the_shipped_playbooks_read_and_link_to_known_findings() {
        let p = Playbooks::builtin();
        assert!(p.all().len() >= 26, "{}", p.all().len());
        let catalogue = crate::analysis::catalogue::Catalogue::builtin();
        for book in p.all() {
            for f in &book.findings {
                let id = crate::analysis::FindingId::parse(f);
                assert!(catalogue.get(&id).is_some(), "{}: no finding {f}", book.id);
            }
        }
        assert!(p.for_finding("calling-behavior-not-webex").len() >= 2);
    }

    #[test]
    fn answers_choose_the_next_step_and_name_a_cause() {
        let p = Playbooks::builtin();
        let book = p.get("user-calling-behavior").expect("shipped");
        // Nothing answered: the first step is current.
        assert_eq!(book.path(&Walk::default()).current, Some(0));
        let w = walk(&[
            ("open-helpdesk", Answer::Done),
            ("behavior", Answer::Choice("calling-in-webex".into())),
            ("user-details", Answer::Done),
            ("connector", Answer::No),
        ]);
        let path = book.path(&w);
        assert_eq!(path.current, Some(4));
        let (_, _, outcome) = path.passed[3];
        assert!(outcome.and_then(|o| o.means.as_ref()).is_some());
        let lines = book.summary(&w, Lang::En, &|s| s.to_owned());
        assert!(
            lines[0].starts_with(
                "User calling behavior and connector entitlement (not finished): User opened in Help Desk = done; User calling behavior = Calling in Webex"
            ),
            "{lines:?}"
        );
        assert!(lines[0].contains("broadworks-connector entitlement = no"));
        assert!(lines[1].starts_with("  Likely cause: The Webex app registers to BroadWorks only"));
    }

    #[test]
    fn an_outcome_that_ends_or_jumps_is_followed() {
        let json = r#"{"playbooks":[{"id":"t","title":"T","when":"W","steps":[
            {"id":"a","answer":"yes-no","text":"A?","label":"A",
             "on":{"no":{"end":true,"cause":"C","fix":"F"},"yes":{"next":"c"}}},
            {"id":"b","answer":"value","text":"B","label":"B"},
            {"id":"c","answer":"choice","text":"C?","label":"C",
             "options":[{"id":"x","text":"X"},{"id":"y","text":"Y"}]}]}]}"#;
        let mut p = Playbooks::default();
        p.merge(json, false).expect("a valid user file");
        let book = p.get("t").expect("read");
        let no = walk(&[("a", Answer::No)]);
        let ended = book.path(&no);
        assert_eq!((ended.current, ended.passed.len()), (None, 1));
        let yes = walk(&[("a", Answer::Yes), ("b", Answer::Value("v".into()))]);
        let jumped = book.path(&yes);
        // b is jumped over, its answer kept but not counted.
        assert_eq!(jumped.current, Some(2));
        assert_eq!(jumped.passed.len(), 1);
        let done = walk(&[("a", Answer::Yes), ("c", Answer::Choice("y".into()))]);
        let lines = book.summary(&done, Lang::De, &|s| s.to_owned());
        assert_eq!(lines, ["T (abgeschlossen): A = ja; C = Y"]);
    }

    #[test]
    fn a_broken_or_inconsistent_user_file_is_skipped_and_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        let write = |name: &str, text: &str| {
            std::fs::write(dir.path().join(name), text).expect("written");
        };
        write("a-broken.json", "{ not json");
        write(
            "b-bad-jump.json",
            r#"{"playbooks":[{"id":"j","title":"J","when":"W","steps":[
              {"id":"a","answer":"check","text":"A","label":"A","on":{"any":{"next":"a"}}}]}]}"#,
        );
        write(
            "c-no-text.json",
            r#"{"playbooks":[{"id":"n","steps":[{"id":"a","answer":"check"}]}]}"#,
        );
        write(
            "d-unknown-link.json",
            r#"{"playbooks":[{"id":"u","title":"U","when":"W","steps":[
              {"id":"a","answer":"yes-no","text":"A","label":"A","on":{"no":{"playbook":"nowhere"}}}]}]}"#,
        );
        write(
            "e-good.json",
            r#"{"playbooks":[{"id":"reset-database","title":"Our reset","when":"W",
              "findings":["multiple-calling-services"],
              "steps":[{"id":"a","answer":"check","text":"Do it","label":"Reset"}]}]}"#,
        );
        let p = Playbooks::with_user_dir(Some(dir.path()));
        assert_eq!(p.problems.len(), 4, "{:?}", p.problems);
        for (file, why) in [
            ("a-broken.json", "not a playbook file"),
            ("b-bad-jump.json", "not a later step"),
            ("c-no-text.json", "no text for playbook-n-"),
            ("d-unknown-link.json", "unknown playbook 'nowhere'"),
        ] {
            assert!(
                p.problems
                    .iter()
                    .any(|e| e.contains(file) && e.contains(why)),
                "{file}: {:?}",
                p.problems
            );
        }
        // The good file replaced the shipped playbook of its id.
        let replaced = p.get("reset-database").expect("kept");
        assert_eq!(replaced.title.render(Lang::En), "Our reset");
        assert_eq!(p.all().len(), Playbooks::builtin().all().len());
    }
}
