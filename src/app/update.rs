//! Updating a file built on older built-in data: the offer and the question (the update
//! itself is a job, in [`super::work`]).

use super::{App, Message, Modal};
use crate::tr;

impl App {
    /// Asks whether to update, saying what will happen.
    pub(super) fn offer_update(&mut self) {
        match crate::io::newer_release(&self.open.doc) {
            Some(_) => self.modal = Some(Modal::Update),
            None => {
                self.message = Some(Message::info(move || tr!("message-already-newest")));
            }
        }
    }

    /// The question asked by [`App::offer_update`]; keeps it open until answered.
    pub(super) fn update_ui(&mut self, ctx: &egui::Context) -> Option<Modal> {
        // What `Derived` found for this document state, not looked up again every frame.
        let (built_on, latest) = self.derived.update_offer?.labels();
        let answer = crate::ui::update_dataset_ui(ctx, built_on, latest);
        match answer {
            None => return Some(Modal::Update),
            Some(true) => self.update_dataset(ctx),
            Some(false) => {}
        }
        None
    }
}
