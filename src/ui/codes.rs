//! Error-code lookup: the code the user sees, its meaning and the action.

use crate::analysis::codes;
use crate::i18n::Text;

#[derive(Default)]
pub struct CodeLookup {
    pub typed: String,
}

impl CodeLookup {
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let lang = super::lang(ui.ctx());
        ui.horizontal(|ui| {
            let label = ui.label(lang.label("ui-code-label"));
            ui.add(
                egui::TextEdit::singleline(&mut self.typed)
                    .hint_text(lang.t("ui-code-hint"))
                    .desired_width(160.0),
            )
            .labelled_by(label.id);
        });
        ui.add_space(8.0);
        if self.typed.trim().is_empty() {
            ui.label(lang.t("ui-code-intro"));
            return;
        }
        match codes::parse_code(&self.typed).map(|c| (c, codes::lookup(c))) {
            None => {
                ui.label(lang.t("ui-code-six-digits"));
            }
            Some((code, None)) => {
                ui.label(
                    Text::key("code-unknown")
                        .str("code", code.to_string())
                        .render(lang),
                );
            }
            Some((code, Some(info))) => {
                ui.heading(format!("{code}: {}", info.table.name().render(lang)));
                ui.horizontal_wrapped(|ui| {
                    ui.strong(lang.label("code-meaning"));
                    ui.label(info.meaning().render(lang));
                });
                let action = info.action().unwrap_or_else(|| Text::key("code-no-action"));
                ui.horizontal_wrapped(|ui| {
                    ui.strong(lang.label("code-action"));
                    ui.label(action.render(lang));
                });
                ui.label(egui::RichText::new(info.table.guide().render(lang)).weak());
            }
        }
    }
}
