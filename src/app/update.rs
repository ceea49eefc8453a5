//! Updating a file built on older built-in data: the offer, the question, and the update as
//! one undoable step.

use super::{App, Message, Modal};
use crate::model::Edit;

impl App {
    /// Asks whether to update, saying what will happen.
    pub(super) fn offer_update(&mut self) {
        match crate::io::newer_release(&self.open.doc) {
            Some(_) => self.modal = Some(Modal::Update),
            None => {
                self.message = Some(Message::info(
                    "This document is already on the newest built-in data, or not built on it",
                ));
            }
        }
    }

    /// The question asked by [`App::offer_update`]; keeps it open until answered.
    pub(super) fn update_ui(&mut self, ctx: &egui::Context) -> Option<Modal> {
        let (built_on, latest) = crate::io::newer_release(&self.open.doc)?;
        let answer = crate::ui::update_dataset_ui(ctx, built_on.release.label, latest.label);
        match answer {
            None => return Some(Modal::Update),
            Some(true) => self.update_dataset(),
            Some(false) => {}
        }
        None
    }

    /// Brings the document to the newest built-in data: a three-way merge from the release it
    /// is built on, as one undoable step, leaving the file unsaved.
    pub fn update_dataset(&mut self) {
        let Some((built_on, latest)) = crate::io::newer_release(&self.open.doc) else {
            return;
        };
        let updated = crate::merge::update(
            &self.open.doc,
            &built_on.release.document,
            &latest.document,
            jiff::Timestamp::now(),
        );
        let state = self.open.state;
        let conflicts = updated.document.conflicts.len();
        self.change(Edit::ReplaceDocument(Box::new(updated.document)));
        if self.open.state == state {
            return; // refused (read-only); `change` said why
        }
        let mut text = format!(
            "Updated to the built-in data of {}: {} row(s) changed, {} source(s) added, {} of \
             your notes on changed rows marked for review",
            latest.label, updated.rows_changed, updated.sources_added, updated.notes_marked
        );
        if conflicts > 0 {
            text.push_str(&format!(
                "; {conflicts} conflict(s) where you edited a built-in text the new data also \
                 changed, listed below the table"
            ));
        }
        for notice in &updated.notices {
            text.push_str("; ");
            text.push_str(notice);
        }
        text.push_str(". Not saved yet; Undo takes the whole update back.");
        self.message = Some(if conflicts > 0 {
            Message::warning(text)
        } else {
            Message::info(text)
        });
    }
}
