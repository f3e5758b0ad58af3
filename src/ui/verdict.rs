//! The verdict banner and the findings list, with evidence links into the log.

use egui::RichText;

use super::palette;
use super::shown::BundleState;
use crate::analysis::{Analysis, Severity};

pub fn banner_ui(analysis: &Analysis, state: &BundleState, ui: &mut egui::Ui) {
    let lang = super::lang(ui.ctx());
    let v = &analysis.verdict;
    let (fill, text) = palette::banner(v.severity, ui.visuals().dark_mode);
    egui::Frame::new()
        .fill(fill)
        .inner_margin(12.0)
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let word = match v.severity {
                Some(Severity::Error) => "verdict-word-error",
                Some(Severity::Warning) => "verdict-word-warning",
                Some(Severity::Info) => "verdict-word-info",
                None => "verdict-word-ok",
            };
            ui.label(RichText::new(lang.t(word)).color(text).size(13.0));
            ui.label(
                RichText::new(state.render(&v.summary, lang))
                    .color(text)
                    .size(17.0),
            );
        });
}

pub fn findings_ui(analysis: &Analysis, state: &mut BundleState, ui: &mut egui::Ui) {
    let lang = super::lang(ui.ctx());
    let (why, fix, guide) = (
        lang.label("report-why"),
        lang.label("report-fix"),
        lang.label("report-guide"),
    );
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if analysis.findings.is_empty() {
                ui.label(lang.t("ui-no-findings"));
            }
            for f in &analysis.findings {
                let color = palette::severity(f.severity, ui.visuals().dark_mode);
                let word = f.severity.text().render(lang);
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(word).strong().color(color));
                        ui.label(
                            RichText::new(state.render(&f.title, lang))
                                .strong()
                                .size(15.0),
                        );
                        ui.label(RichText::new(f.id.as_str()).weak().monospace());
                    });
                    if let Some(d) = f.detail(lang) {
                        ui.label(RichText::new(state.text(&d)).italics());
                    }
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(&why);
                        ui.label(state.render(&f.cause, lang));
                    });
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(&fix);
                        ui.label(state.render(&f.fix, lang));
                    });
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(&guide);
                        ui.label(RichText::new(f.guide.render(lang)).weak());
                    });
                    let books = crate::analysis::playbooks::shared();
                    let offered = books.for_finding(f.id.as_str());
                    if !offered.is_empty() {
                        ui.horizontal_wrapped(|ui| {
                            ui.strong(lang.label("ui-finding-playbooks"));
                            for id in offered {
                                let Some(book) = books.get(&id) else { continue };
                                if ui.link(book.title.render(lang)).clicked() {
                                    state.open_playbook = Some(id);
                                }
                            }
                        });
                    }
                    for &e in &f.evidence {
                        let shown = state.cited(e);
                        let link = ui
                            .link(RichText::new(shown).monospace().size(11.5))
                            .on_hover_text(lang.t("ui-evidence-tip"));
                        if link.clicked() {
                            state.jump_to = Some(e.at);
                        }
                    }
                });
                ui.add_space(4.0);
            }
        });
}
