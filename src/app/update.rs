//! Updating a file built on older built-in data: the offer, the question, and the update as
//! one undoable step.

use super::{App, Message, Modal};
use crate::model::Edit;
use crate::tr;

impl App {
    /// Asks whether to update, saying what will happen.
    pub(super) fn offer_update(&mut self) {
        match crate::io::newer_release(&self.open.doc) {
            Some(_) => self.modal = Some(Modal::Update),
            None => {
                self.message = Some(Message::info(tr!("message-already-newest")));
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
        let text = tr!(
            "message-updated",
            release = latest.label,
            rows = updated.rows_changed,
            sources = updated.sources_added,
            notes = updated.notes_marked,
            conflicts = conflicts,
            notices = super::share::notices(&updated.notices)
        );
        self.message = Some(if conflicts > 0 {
            Message::warning(text)
        } else {
            Message::info(text)
        });
    }
}
