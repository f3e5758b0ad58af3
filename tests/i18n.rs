//! The translations: every language has every English message with the
//! same variables, every key the code asks for exists, and the CLI speaks
//! each language.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use wxbw_doctor::analysis::StepId;
use wxbw_doctor::analysis::catalogue::Catalogue;
use wxbw_doctor::analysis::facts::NAMES;
use wxbw_doctor::i18n::{Lang, Text};

/// Message id → the variables it uses, over every `.ftl` file of a language.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_of_inline(e: &ast::InlineExpression<String>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        ast::InlineExpression::Placeable { expression } => variables_of(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_of_inline(a, out);
            }
            for a in &arguments.named {
                variables_of_inline(&a.value, out);
            }
        }
        _ => {}
    }
}

fn variables_of(e: &ast::Expression<String>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => variables_of_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_of_pattern(&v.value, out);
            }
        }
    }
}

fn variables_of_pattern(p: &ast::Pattern<String>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_of(expression, out);
        }
    }
}

fn messages(lang: Lang) -> Messages {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(lang.code());
    let mut out = Messages::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} has no .ftl files", dir.display());
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        variables_of_pattern(p, &mut vars);
                    }
                    let id = m.id.name.clone();
                    assert!(
                        out.insert(id.clone(), vars).is_none(),
                        "{id} twice in {}",
                        lang.code()
                    );
                }
                ast::Entry::Junk { content } => {
                    panic!("{}: cannot parse {content:?}", path.display())
                }
                _ => {}
            }
        }
    }
    out
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let en = messages(Lang::En);
    assert!(en.len() > 300, "only {} English messages", en.len());
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let other = messages(lang);
        for (id, vars) in &en {
            match other.get(id) {
                None => problems.push(format!("{}: {id} is missing", lang.code())),
                Some(v) if v != vars => problems.push(format!(
                    "{}: {id} uses {v:?}, English uses {vars:?}",
                    lang.code()
                )),
                Some(_) => {}
            }
        }
        for id in other.keys().filter(|id| !en.contains_key(*id)) {
            problems.push(format!("{}: {id} is not an English message", lang.code()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every message key written as a literal in the code: a slip in one would
/// show the key itself to the user.
#[test]
fn every_key_in_the_code_exists() {
    let en = messages(Lang::En);
    let key = regex::Regex::new(
        r#""((?:ui|view|verdict|severity|status|signin|join|word|detail|fact|findings|report|timeline|side|summary|sources|source|code|codes|cli|level)-[a-z0-9_-]+)""#,
    )
    .unwrap();
    let mut missing = Vec::new();
    let mut seen = 0;
    for entry in walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src")) {
        let text = std::fs::read_to_string(&entry).unwrap();
        for c in key.captures_iter(&text) {
            seen += 1;
            if !en.contains_key(&c[1]) {
                missing.push(format!("{}: {}", entry.display(), &c[1]));
            }
        }
    }
    assert!(seen > 150, "only {seen} keys found in the code");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    // Keys the code builds from names.
    for step in StepId::ALL {
        assert!(Lang::has(&format!("step-{}", step.name())), "{step:?}");
    }
    for name in NAMES {
        assert!(Lang::has(&format!("fact-{name}")), "{name}");
    }
    for entry in Catalogue::builtin().entries() {
        for part in ["title", "cause", "fix", "guide"] {
            let key = format!("finding-{}-{part}", entry.id);
            assert!(en.contains_key(&key), "{key}");
        }
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

#[test]
fn translations_are_translated() {
    // A message equal to English in most languages was likely copied and
    // forgotten; names and protocol words are allowed to stay.
    let en = messages(Lang::En);
    let mut same = BTreeMap::<&str, usize>::new();
    // Every variable gets a value: a message that cannot be formatted
    // falls back to English.
    let render = |lang: Lang, id: &str, vars: &BTreeSet<String>| {
        let args: Vec<(&str, fluent_templates::fluent_bundle::FluentValue<'static>)> =
            vars.iter().map(|v| (v.as_str(), 2.into())).collect();
        lang.t_with(id, &args)
    };
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for (id, vars) in &en {
            if render(lang, id, vars) == render(Lang::En, id, vars) {
                *same.entry(id.as_str()).or_default() += 1;
            }
        }
    }
    let copied: Vec<&str> = same
        .iter()
        .filter(|(_, n)| **n == Lang::ALL.len() - 1)
        .map(|(id, _)| *id)
        .collect();
    // Protocol words and names read the same everywhere.
    let allowed = [
        "call-failed-detail",
        "detail-code",
        "detail-http",
        "detail-sbc",
        "fact-sbc",
        "fact-xsp",
        "side-server",
        "severity-info",
        "severity-ok",
        "signin-login-info",
        "step-sip-register",
        "step-token",
        "ui-call-jitter",
        "ui-call-rtt",
        "ui-live",
        "status-ok",
        // Platform names.
        "playbook-client-version-platform-windows",
        "playbook-client-version-platform-mac",
        "playbook-client-version-platform-android",
    ];
    let unexpected: Vec<&&str> = copied.iter().filter(|id| !allowed.contains(id)).collect();
    assert!(
        unexpected.is_empty(),
        "the same as English in every language: {unexpected:?}"
    );
}

#[test]
fn analyze_prints_the_findings_in_each_language() {
    let sample = common::data("client-pc-missing.zip");
    let mut titles = BTreeSet::new();
    for lang in Lang::ALL {
        let out = common::run(["analyze", sample.to_str().unwrap(), "--lang", lang.code()]);
        assert_eq!(out.code, 0, "{}: {}", lang.code(), out.stderr);
        let stdout = out.stdout;
        let title = Text::key("finding-device-profile-missing-title").render(lang);
        assert!(stdout.contains(&title), "{}: {stdout}", lang.code());
        let fix = Text::key("finding-device-profile-missing-fix").render(lang);
        // The text report wraps long lines; its first words stay together.
        let start: String = fix.split(' ').take(3).collect::<Vec<_>>().join(" ");
        assert!(stdout.contains(&start), "{}: {stdout}", lang.code());
        let heading = Text::key("summary-heading").render(lang);
        assert!(stdout.contains(&heading), "{}", lang.code());
        // Evidence and ids stay as they are.
        assert!(stdout.contains("[device-profile-missing]"));
        assert!(stdout.contains("Business Communicator - PC"));
        titles.insert(title);
    }
    assert_eq!(titles.len(), Lang::ALL.len(), "every title differs");
}

#[test]
fn code_lookup_speaks_the_language_and_json_stays_english() {
    let stdout = common::run(["code", "200018", "--lang", "de"]).stdout;
    assert!(
        stdout.contains("Der Benutzer wartet 10 Minuten"),
        "{stdout}"
    );
    assert!(stdout.contains("Bedeutung:"), "{stdout}");

    let sample = common::data("client-pc-missing.zip");
    let (_, json) = common::analyze_json(&[&sample], &["--lang", "pl"]);
    let finding = &json["findings"][0];
    assert_eq!(finding["id"], "device-profile-missing");
    assert_eq!(
        finding["title"],
        Text::key("finding-device-profile-missing-title").render(Lang::En)
    );
}

/// Every text a shipped playbook shows, in every language of its own (not
/// by falling back to English), and every finding it names exists.
#[test]
fn every_playbook_speaks_every_language_and_names_real_findings() {
    use wxbw_doctor::analysis::playbooks::Playbooks;
    let books = Playbooks::builtin();
    let key = |t: &Text| match t {
        Text::Msg { key, .. } => Some(key.to_string()),
        _ => None,
    };
    let mut keys = Vec::new();
    for b in books.all() {
        keys.extend([&b.title, &b.when, &b.guide].into_iter().filter_map(key));
        for s in &b.steps {
            keys.extend([&s.text, &s.label].into_iter().filter_map(key));
            keys.extend(s.options.iter().filter_map(|o| key(&o.text)));
            for (cause, fix) in s.on.values().filter_map(|o| o.means.as_ref()) {
                keys.extend([cause, fix].into_iter().filter_map(key));
            }
        }
    }
    assert!(keys.len() > 500, "{}", keys.len());
    for lang in Lang::ALL {
        let have = messages(lang);
        let missing: Vec<&String> = keys.iter().filter(|k| !have.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{}: {missing:?}", lang.code());
    }
    let catalogue = Catalogue::builtin();
    for b in books.all() {
        for f in &b.findings {
            let id = wxbw_doctor::analysis::FindingId::parse(f);
            assert!(catalogue.get(&id).is_some(), "{}: {f}", b.id);
        }
    }
}
