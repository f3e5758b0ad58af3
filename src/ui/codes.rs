//! Error-code lookup: the code the user sees, its meaning and the action.

use crate::analysis::codes::{self, CodeTable};

#[derive(Default)]
pub struct CodeLookup {
    pub typed: String,
}

impl CodeLookup {
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let label = ui.label("Error code:");
            ui.add(
                egui::TextEdit::singleline(&mut self.typed)
                    .hint_text("e.g. 200018")
                    .desired_width(160.0),
            )
            .labelled_by(label.id);
        });
        ui.add_space(8.0);
        if self.typed.trim().is_empty() {
            ui.label("Type the six-digit code shown by the activation portal or in a directory-sync report.");
            return;
        }
        match codes::parse_code(&self.typed).map(|c| (c, codes::lookup(c))) {
            None => {
                ui.label("A code has six digits, such as 200018.");
            }
            Some((code, None)) => {
                ui.label(format!("{code} is not in the guide's tables of end-user or directory-synchronization error codes."));
            }
            Some((code, Some(info))) => {
                let table = match info.table {
                    CodeTable::EndUser => "end-user error code (activation portal)",
                    CodeTable::DirectorySync => "directory synchronization error code",
                };
                ui.heading(format!("{code}: {table}"));
                ui.horizontal_wrapped(|ui| {
                    ui.strong("Meaning:");
                    ui.label(&info.entry.meaning);
                });
                ui.horizontal_wrapped(|ui| {
                    ui.strong("Action:");
                    ui.label(info.entry.action.as_deref().unwrap_or(
                        "The guide gives none; if it persists, escalate with this code.",
                    ));
                });
                ui.label(egui::RichText::new(info.guide).weak());
            }
        }
    }
}
