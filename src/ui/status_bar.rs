//! The status bar: the last message, and the document's counts.

use std::path::Path;

use egui::RichText;

use super::{Message, MessageKind, theme};
use crate::model::Document;

/// The status bar. The message stays until dismissed or replaced.
pub fn status_bar_ui(
    ui: &mut egui::Ui,
    message: &mut Option<Message>,
    doc: &Document,
    path: Option<&Path>,
    dirty: bool,
) {
    ui.horizontal_wrapped(|ui| {
        let notes = match doc.annotations.len() {
            1 => "1 note".to_owned(),
            n => format!("{n} notes"),
        };
        let mut counts = format!("{} responsibilities · {notes}", doc.rows.len());
        if dirty {
            counts.push_str(" · unsaved changes");
        }
        let where_ = path.map_or_else(
            || "built-in dataset".to_owned(),
            |p| p.display().to_string(),
        );
        ui.label(RichText::new(format!("{counts} · {where_}")).weak());
        if let Some(shown) = message {
            ui.separator();
            let (icon, color) = match shown.kind {
                MessageKind::Info => ("", ui.visuals().text_color()),
                MessageKind::Warning => ("Warning: ", theme::warning_color(ui)),
                MessageKind::Error => ("Error: ", theme::error_color(ui)),
            };
            ui.label(RichText::new(format!("{icon}{}", shown.text)).color(color));
            if ui.small_button("Dismiss").clicked() {
                *message = None;
            }
        }
    });
}
