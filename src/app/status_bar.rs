//! The status bar: the document's counts, where it lives, and the last message.

use egui::RichText;

use super::{App, MessageKind};
use crate::tr;
use crate::ui::theme;

impl App {
    /// The running job: what it does, how far it is, and Cancel.
    fn job_ui(&mut self, ui: &mut egui::Ui) {
        let Some(running) = &self.work else {
            return;
        };
        ui.separator();
        let label = if running.cancelling() {
            tr!("statusbar-job-cancelling", job = running.task.label())
        } else {
            running.task.label()
        };
        ui.label(label);
        // Not animated: a frame is drawn when the job reports, not continuously.
        ui.add(
            egui::ProgressBar::new(running.fraction())
                .desired_width(ui.spacing().interact_size.x * 3.0)
                .show_percentage(),
        );
        let cancel = ui.add_enabled(
            !running.cancelling(),
            egui::Button::new(tr!("statusbar-job-cancel")).small(),
        );
        if cancel.clicked() {
            self.cancel_job();
        }
    }

    /// The status bar. The message stays until dismissed or replaced.
    pub(super) fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            let doc = &self.open.doc;
            let mut parts = vec![
                tr!("statusbar-rows", count = doc.rows.len()),
                tr!("statusbar-notes", count = doc.annotations.len()),
            ];
            if self.open.is_dirty() {
                parts.push(tr!("statusbar-unsaved"));
            }
            parts.push(
                self.open
                    .path
                    .as_ref()
                    .map_or_else(|| tr!("statusbar-builtin"), |p| p.display().to_string()),
            );
            ui.label(RichText::new(parts.join(" · ")).weak());
            self.job_ui(ui);
            if let Some(shown) = &self.message {
                ui.separator();
                let text = shown.text.as_str();
                let (text, color) = match shown.kind {
                    MessageKind::Info => (text.to_owned(), ui.visuals().text_color()),
                    MessageKind::Warning => (
                        tr!("statusbar-warning", text = text),
                        theme::warning_color(ui),
                    ),
                    MessageKind::Error => {
                        (tr!("statusbar-error", text = text), theme::error_color(ui))
                    }
                };
                ui.label(RichText::new(text).color(color));
                if ui.small_button(tr!("statusbar-dismiss")).clicked() {
                    self.message = None;
                }
            }
        });
    }
}
