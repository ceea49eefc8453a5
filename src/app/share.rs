//! Working with colleagues' files: compare mode kept in step with the document, settling
//! conflicts, and the words the jobs of [`super::work`] (exports, compare, merge) share.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::jobs::{Job, Polled};
use super::{App, Message};
use crate::export::Format;
use crate::merge::{self, Comparison};
use crate::model::{Agreement, Choice, Document, Edit};
use crate::tr;
use crate::ui::CompareView;

/// A colleague's file open beside the document.
pub(super) struct Compared {
    path: PathBuf,
    pub(super) name: String,
    /// Shared with the jobs that compare or merge it.
    pub(super) doc: Arc<Document>,
    diff: Comparison,
    /// How far the assessments agree, computed with `diff`.
    agreement: Agreement,
    /// The document state `diff` was computed for.
    diff_for: u64,
    /// `diff` and `agreement` being computed again for a newer state, off the UI thread
    /// (with that state); the old ones are shown until they arrive.
    pending: Option<(Job<(Comparison, Agreement)>, u64)>,
}

impl Compared {
    /// The file at `path`, called `name`, compared with the document in `state`.
    pub(super) fn new(
        path: PathBuf,
        name: String,
        doc: Arc<Document>,
        diff: Comparison,
        agreement: Agreement,
        state: u64,
    ) -> Self {
        Self {
            path,
            name,
            doc,
            diff,
            agreement,
            diff_for: state,
            pending: None,
        }
    }

    /// Whether the differences are being computed again.
    pub(super) fn catching_up(&self) -> bool {
        self.pending.is_some()
    }

    /// What the views show of it.
    pub(super) fn view(&self) -> CompareView<'_> {
        CompareView {
            name: &self.name,
            doc: &self.doc,
            diff: &self.diff,
            agreement: &self.agreement,
        }
    }
}

/// What an export is called in messages and dialogs, in the interface's language.
pub(super) fn format_label(format: Format) -> String {
    format.label(crate::i18n::current())
}

pub(super) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The remarks of a merge or an update, each after "; ", for the `$notices` of a message, in
/// the interface's language.
pub(super) fn notices(notices: &[merge::Notice]) -> String {
    let lang = crate::i18n::current();
    notices
        .iter()
        .map(|notice| format!("; {}", crate::i18n::merge_notice(lang, notice)))
        .collect()
}

impl App {
    /// The file compared with, in compare mode.
    pub fn compared_path(&self) -> Option<&Path> {
        self.compare.as_ref().map(|c| c.path.as_path())
    }

    /// What differs between the document and the compared file, in compare mode.
    pub fn comparison(&self) -> Option<&Comparison> {
        self.compare.as_ref().map(|c| &c.diff)
    }

    /// Leaves compare mode. The document is as it was.
    pub(super) fn end_compare(&mut self) {
        if let Some(compared) = self.compare.take() {
            self.message = Some(Message::info(tr!(
                "message-compare-ended",
                name = compared.name
            )));
        }
    }

    /// Keeps the differences in step with the document: takes those computed off the UI
    /// thread, and starts computing them again when the document has moved on (on a large
    /// document that takes longer than a frame).
    pub(super) fn update_comparison(&mut self, ctx: &egui::Context) {
        let Some(compared) = &mut self.compare else {
            return;
        };
        if let Some((job, state)) = &mut compared.pending
            && let Polled::Over(result) = job.poll()
        {
            if let Ok((diff, agreement)) = result {
                compared.diff = diff;
                compared.agreement = agreement;
                compared.diff_for = *state;
            }
            compared.pending = None;
        }
        let state = self.open.state;
        let computing = compared.pending.as_ref().map(|(_, s)| *s);
        if compared.diff_for == state || computing == Some(state) {
            return;
        }
        if let Some((job, _)) = &compared.pending {
            job.cancel();
        }
        let ours = self.open.doc.clone();
        let theirs = Arc::clone(&compared.doc);
        let job = Job::start(ctx, "mandate-compare comparison", 2, move |progress| {
            let diff = merge::compare(&ours, &theirs);
            progress.step(1)?;
            Ok((diff, Agreement::between(&ours, &theirs)))
        });
        compared.pending = Some((job, state));
    }

    /// Settles conflict `index` as one undoable step.
    pub(super) fn resolve(&mut self, index: usize, choice: Choice) {
        let edit = self
            .open
            .doc
            .resolve(index, choice, super::history::new_note_id);
        match edit {
            Some(edit) => {
                let marked = self.change_marking_notes(edit);
                let choice = match choice {
                    Choice::Mine => "mine",
                    Choice::Theirs => "theirs",
                    Choice::Both => "both",
                };
                self.message = Some(Message::info(tr!(
                    "message-conflict-resolved",
                    choice = choice,
                    left = self.open.doc.conflicts.len(),
                    marked = marked
                )));
            }
            None => self.message = Some(Message::error(tr!("message-conflict-gone"))),
        }
    }

    /// Applies `edit` as one step; when it changes a row's built-in facts (taking a
    /// colleague's status, say), the notes written before are marked for review in the same
    /// step. Returns how many were marked.
    fn change_marking_notes(&mut self, edit: Edit) -> usize {
        let what = edit.describe();
        let mut after = self.open.doc.clone();
        if after.apply(edit.clone()).is_err() {
            self.change(edit); // says why
            return 0;
        }
        let marked = crate::model::mark_notes_on_changed_facts(
            &self.open.doc,
            &mut after,
            jiff::Timestamp::now(),
        );
        if marked == 0 {
            self.change(edit);
        } else {
            self.change(Edit::Batch {
                what,
                edits: vec![Edit::ReplaceDocument(Box::new(after))],
            });
        }
        marked
    }

    /// Whether exports include private notes.
    pub fn exports_include_private(&self) -> bool {
        self.export_private
    }
}
