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

    /// The status bar. The message goes when dismissed, replaced or, unless it is an error,
    /// after a while.
    pub(super) fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        self.expire_message(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            let doc = &self.open.doc;
            let mut parts = vec![
                tr!("statusbar-rows", count = doc.rows.len()),
                tr!("statusbar-notes", count = doc.annotations.len()),
            ];
            if self.open.is_dirty() {
                parts.push(tr!("statusbar-unsaved"));
            }
            parts.push(self.open.path.as_ref().map_or_else(
                || {
                    self.never_saved_title()
                        .unwrap_or_else(|| tr!("statusbar-builtin"))
                },
                |p| p.display().to_string(),
            ));
            ui.label(RichText::new(parts.join(" · ")).weak());
            self.job_ui(ui);
            if let Some(shown) = &self.message {
                ui.separator();
                let text = shown.text();
                let text = text.as_str();
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
                if ui.small_button(tr!("statusbar-dismiss")).clicked() {
                    self.message = None;
                }
                // One line: a long message is cut, and read whole on hover.
                ui.add(egui::Label::new(RichText::new(&text).color(color)).truncate())
                    .on_hover_text(&text);
            }
        });
    }

    /// Lets a message go once it has been shown for as long as its kind lasts. It asks for no
    /// frame of its own (an idle window stays idle): the first frame after that time, at the
    /// next move of the mouse or key, takes it away.
    fn expire_message(&mut self, ctx: &egui::Context) {
        let Some(message) = &mut self.message else {
            return;
        };
        let now = ctx.input(|i| i.time);
        let shown_at = *message.shown_at.get_or_insert(now);
        if message
            .kind
            .lasts()
            .is_some_and(|lasts| now - shown_at >= lasts)
        {
            self.message = None;
        }
    }
}
