//! The Playbooks view: the guide's checks that no log can answer, walked
//! step by step while the helpdesk is on the phone with the user. It works
//! with no bundle open; with one, the playbooks of its findings come first.
//! Answers choose the next step and name the likely cause; they are kept
//! per bundle (by the app, in the settings) and go into the escalation
//! summary.

use std::collections::BTreeMap;

use egui::RichText;

use super::palette;
use crate::analysis::Analysis;
use crate::analysis::playbooks::{self, Answer, Ask, Playbook, Walk};
use crate::i18n::{Lang, Text};

#[derive(Default)]
pub struct PlaybooksView {
    /// The playbook shown.
    pub selected: Option<String>,
    /// What is being typed for a value step.
    draft: String,
}

impl PlaybooksView {
    /// `shown` masks typed values when redaction is on.
    pub fn ui(
        &mut self,
        walks: &mut BTreeMap<String, Walk>,
        analysis: Option<&Analysis>,
        shown: &dyn Fn(&str) -> String,
        ui: &mut egui::Ui,
    ) {
        let lang = super::lang(ui.ctx());
        let books = playbooks::shared();
        // The playbooks of this bundle's findings, most decisive first.
        let mut ours: Vec<&Playbook> = Vec::new();
        for f in analysis.map(|a| a.findings.as_slice()).unwrap_or_default() {
            for id in books.for_finding(f.id.as_str()) {
                if let Some(b) = books
                    .get(&id)
                    .filter(|b| !ours.iter().any(|o| o.id == b.id))
                {
                    ours.push(b);
                }
            }
        }
        if self.selected.is_none() {
            self.selected = ours
                .first()
                .copied()
                .or(books.all().first())
                .map(|b| b.id.clone());
        }
        egui::Panel::left("playbook-list")
            .resizable(true)
            .default_size(300.0)
            .min_size(200.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("playbook-list")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
                            if !ours.is_empty() {
                                ui.strong(lang.t("ui-playbooks-for-bundle"));
                                for b in &ours {
                                    self.list_entry(b, walks, lang, ui);
                                }
                                ui.add_space(6.0);
                            }
                            ui.strong(lang.t("ui-playbooks-all"));
                            for b in books.all() {
                                self.list_entry(b, walks, lang, ui);
                            }
                        });
                    });
            });
        let Some(book) = self.selected.as_deref().and_then(|id| books.get(id)) else {
            return;
        };
        egui::ScrollArea::vertical()
            .id_salt(("playbook", &book.id))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let walk = walks.entry(book.id.clone()).or_default();
                if let Some(next) = self.walk_ui(book, walk, shown, lang, ui) {
                    self.selected = Some(next);
                    self.draft.clear();
                }
            });
        // A playbook opened and left untouched is not "checked".
        walks.retain(|_, w| !w.answers.is_empty());
    }

    fn list_entry(
        &mut self,
        book: &Playbook,
        walks: &BTreeMap<String, Walk>,
        lang: Lang,
        ui: &mut egui::Ui,
    ) {
        let state = walks.get(&book.id).map(|w| book.path(w).current.is_none());
        let text = match state {
            Some(true) => format!(
                "{} · {}",
                book.title.render(lang),
                lang.t("playbook-finished")
            ),
            Some(false) => format!(
                "{} · {}",
                book.title.render(lang),
                lang.t("playbook-started")
            ),
            None => book.title.render(lang),
        };
        let selected = self.selected.as_deref() == Some(&book.id);
        if ui
            .add(egui::Button::selectable(selected, text).truncate())
            .on_hover_text(book.when.render(lang))
            .clicked()
        {
            self.selected = Some(book.id.clone());
            self.draft.clear();
        }
    }

    /// The playbook's steps as the answers lead; returns a playbook to
    /// open next, if the user asked for one.
    fn walk_ui(
        &mut self,
        book: &Playbook,
        walk: &mut Walk,
        shown: &dyn Fn(&str) -> String,
        lang: Lang,
        ui: &mut egui::Ui,
    ) -> Option<String> {
        let books = playbooks::shared();
        let mut open = None;
        ui.heading(book.title.render(lang));
        ui.label(book.when.render(lang));
        let guide = book.guide.render(lang);
        if !guide.is_empty() {
            ui.label(RichText::new(format!("{}: {guide}", lang.t("playbook-guide"))).weak());
        }
        ui.add_space(6.0);
        // Read from a copy: a button below changes the answers.
        let answered = walk.clone();
        let route = book.path(&answered);
        let mut change = None;
        for (n, (step, answer, outcome)) in route.passed.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(format!("{}.", n + 1)).strong());
                ui.label(step.text.render(lang));
            });
            ui.horizontal_wrapped(|ui| {
                ui.add_space(18.0);
                let text = book.answer_text(step, answer, lang);
                let text = match answer {
                    Answer::Value(_) => shown(&text),
                    _ => text,
                };
                ui.label(RichText::new(format!("{} = {text}", step.label.render(lang))).strong());
                if ui.small_button(lang.t("ui-playbook-change")).clicked() {
                    change = Some(step.id.clone());
                }
            });
            if let Some(o) = outcome {
                if let Some((cause, fix)) = &o.means {
                    let dark = ui.visuals().dark_mode;
                    let (fill, text) =
                        palette::banner(Some(crate::analysis::Severity::Warning), dark);
                    egui::Frame::new()
                        .fill(fill)
                        .inner_margin(6.0)
                        .corner_radius(4.0)
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.label(
                                RichText::new(format!(
                                    "{}: {}",
                                    lang.t("playbook-likely-cause"),
                                    cause.render(lang)
                                ))
                                .color(text),
                            );
                            ui.label(RichText::new(fix.render(lang)).color(text));
                        });
                }
                if let Some(next) = o.playbook.as_ref().and_then(|p| books.get(p)) {
                    let label = Text::key("ui-playbook-open")
                        .str("title", next.title.render(lang))
                        .render(lang);
                    if ui.button(label).clicked() {
                        open = Some(next.id.clone());
                    }
                }
            }
            ui.add_space(4.0);
        }
        if let Some(id) = change {
            walk.answers.remove(&id);
        }
        match route.current.and_then(|i| book.steps.get(i)) {
            Some(step) => {
                ui.separator();
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(format!("{}.", route.passed.len() + 1)).strong());
                    ui.label(RichText::new(step.text.render(lang)).size(15.0));
                });
                let mut given = None;
                ui.horizontal_wrapped(|ui| {
                    match step.ask {
                        Ask::Check => {
                            if ui.button(lang.t("ui-playbook-done")).clicked() {
                                given = Some(Answer::Done);
                            }
                        }
                        Ask::YesNo => {
                            // The words of the summary, as buttons.
                            if ui
                                .button(capitalised(&lang.t("playbook-answer-yes")))
                                .clicked()
                            {
                                given = Some(Answer::Yes);
                            }
                            if ui
                                .button(capitalised(&lang.t("playbook-answer-no")))
                                .clicked()
                            {
                                given = Some(Answer::No);
                            }
                        }
                        Ask::Choice => {
                            for c in &step.options {
                                if ui.button(c.text.render(lang)).clicked() {
                                    given = Some(Answer::Choice(c.id.clone()));
                                }
                            }
                        }
                        Ask::Value => {
                            let label = ui.label(format!("{}:", step.label.render(lang)));
                            let field = ui
                                .add(
                                    egui::TextEdit::singleline(&mut self.draft)
                                        .desired_width(240.0),
                                )
                                .labelled_by(label.id);
                            let enter =
                                field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                            let typed = self.draft.trim().to_owned();
                            if (ui.button(lang.t("ui-playbook-save")).clicked() || enter)
                                && !typed.is_empty()
                            {
                                given = Some(Answer::Value(typed));
                            }
                        }
                    }
                    ui.separator();
                    if ui.button(lang.t("ui-playbook-skip")).clicked() {
                        given = Some(Answer::Skipped);
                    }
                });
                if let Some(a) = given {
                    walk.answers.insert(step.id.clone(), a);
                    self.draft.clear();
                }
            }
            None => {
                ui.separator();
                ui.label(RichText::new(lang.t("ui-playbook-finished")).strong());
            }
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if !walk.answers.is_empty() {
                if ui.button(lang.t("ui-playbook-copy")).clicked() {
                    let lines = book.summary(walk, lang, shown).join("\n");
                    super::copy_text(ui.ctx(), lines, Text::key("ui-playbook-copied"));
                }
                if ui.button(lang.t("ui-playbook-restart")).clicked() {
                    walk.answers.clear();
                    self.draft.clear();
                }
            }
        });
        open
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
