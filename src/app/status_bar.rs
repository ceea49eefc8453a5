//! The status bar: the document's counts, where it lives, and the last message.

use egui::RichText;

use super::{App, MessageKind};
use crate::ui::theme;

impl App {
    /// The status bar. The message stays until dismissed or replaced.
    pub(super) fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            let doc = &self.open.doc;
            let notes = match doc.annotations.len() {
                1 => "1 note".to_owned(),
                n => format!("{n} notes"),
            };
            let mut counts = format!("{} responsibilities · {notes}", doc.rows.len());
            if self.open.is_dirty() {
                counts.push_str(" · unsaved changes");
            }
            let where_ = self.open.path.as_ref().map_or_else(
                || "built-in dataset".to_owned(),
                |p| p.display().to_string(),
            );
            ui.label(RichText::new(format!("{counts} · {where_}")).weak());
            if let Some(shown) = &self.message {
                ui.separator();
                let (icon, color) = match shown.kind {
                    MessageKind::Info => ("", ui.visuals().text_color()),
                    MessageKind::Warning => ("Warning: ", theme::warning_color(ui)),
                    MessageKind::Error => ("Error: ", theme::error_color(ui)),
                };
                ui.label(RichText::new(format!("{icon}{}", shown.text)).color(color));
                if ui.small_button("Dismiss").clicked() {
                    self.message = None;
                }
            }
        });
    }
}
