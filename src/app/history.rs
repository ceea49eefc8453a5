//! Undo and redo: the document's own history, one step per change, capped.

use crate::model::Edit;

/// How many steps are kept.
const DEPTH: usize = 200;

/// One change that can be taken back: the edit that undoes (or redoes) it, and the document
/// states before and after, so "unsaved" is exact after undoing back to the saved state.
pub(super) struct Step {
    pub(super) what: &'static str,
    pub(super) edit: Edit,
    pub(super) before: u64,
    pub(super) after: u64,
}

/// The undo and redo stacks.
#[derive(Default)]
pub(super) struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl History {
    /// A new change: it can be undone, and what was undone can no longer be redone.
    pub(super) fn record(&mut self, step: Step) {
        self.undo.push(step);
        if self.undo.len() > DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    pub(super) fn take_undo(&mut self) -> Option<Step> {
        self.undo.pop()
    }

    pub(super) fn take_redo(&mut self) -> Option<Step> {
        self.redo.pop()
    }

    pub(super) fn push_undo(&mut self, step: Step) {
        self.undo.push(step);
    }

    pub(super) fn push_redo(&mut self, step: Step) {
        self.redo.push(step);
    }

    /// What Undo would take back, e.g. "add note".
    pub(super) fn undo_label(&self) -> Option<&'static str> {
        self.undo.last().map(|s| s.what)
    }

    /// What Redo would do again.
    pub(super) fn redo_label(&self) -> Option<&'static str> {
        self.redo.last().map(|s| s.what)
    }

    pub(super) fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}
