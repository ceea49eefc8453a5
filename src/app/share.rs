//! Working with colleagues' files: compare mode kept in step with the document, settling
//! conflicts, and the words the jobs of [`super::work`] (exports, compare, merge) share.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::jobs::{Job, Polled};
use super::{App, Message};
use crate::export::Format;
use crate::merge::{self, Comparison};
use crate::model::{Agreement, Choice, Document, Edit, Over};
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
    /// Whether merging it would bring nothing more (computed with `diff`).
    merged: bool,
    /// `diff`, `agreement` and `merged` being computed again for a newer state or another
    /// choice of rows to measure, off the UI thread (with that state); the old ones are shown
    /// until they arrive.
    pending: Option<(Job<Differences>, u64, Over)>,
}

/// What compare mode shows of a colleague's file beside the document: computed off the UI
/// thread, since on a large document it takes longer than a frame.
pub(super) struct Differences {
    pub(super) diff: Comparison,
    pub(super) agreement: Agreement,
    /// Whether merging it would bring nothing more.
    pub(super) merged: bool,
}

impl Differences {
    /// The differences between `ours` and `theirs`, the agreement measured `over` those rows.
    pub(super) fn between(ours: &Document, theirs: &Document, over: Over) -> Self {
        Self {
            diff: merge::compare(ours, theirs),
            agreement: Agreement::over(ours, theirs, over),
            merged: merge::merge(None, ours, theirs).document == ours.normalized(),
        }
    }
}

impl Compared {
    /// The file at `path`, called `name`, compared with the document in `state`.
    pub(super) fn new(
        path: PathBuf,
        name: String,
        doc: Arc<Document>,
        found: Differences,
        state: u64,
    ) -> Self {
        Self {
            path,
            name,
            doc,
            diff: found.diff,
            agreement: found.agreement,
            merged: found.merged,
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
            merged: self.merged,
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
            let name = compared.name;
            self.message = Some(Message::info(move || {
                tr!("message-compare-ended", name = name.as_str())
            }));
        }
    }

    /// Keeps the differences in step with the document and with the rows the agreement is
    /// measured over: takes those computed off the UI thread, and starts computing them again
    /// when either has moved on (on a large document that takes longer than a frame).
    pub(super) fn update_comparison(&mut self, ctx: &egui::Context) {
        let over = self.view.agreement_over;
        let Some(compared) = &mut self.compare else {
            return;
        };
        if let Some((job, state, _)) = &mut compared.pending
            && let Polled::Over(result) = job.poll()
        {
            if let Ok(found) = result {
                compared.diff = found.diff;
                compared.agreement = found.agreement;
                compared.merged = found.merged;
                compared.diff_for = *state;
            }
            compared.pending = None;
        }
        let state = self.open.state;
        let computing = compared.pending.as_ref().map(|(_, s, o)| (*s, *o));
        let current = compared.diff_for == state && compared.agreement.over == over;
        if current || computing == Some((state, over)) {
            return;
        }
        if let Some((job, _, _)) = &compared.pending {
            job.cancel();
        }
        let ours = self.open.doc.clone();
        let theirs = Arc::clone(&compared.doc);
        let job = Job::start(ctx, "mandate-compare comparison", 1, move |_| {
            Ok(Differences::between(&ours, &theirs, over))
        });
        compared.pending = Some((job, state, over));
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
                let left = self.open.doc.conflicts.len();
                self.message = Some(Message::info(move || {
                    tr!(
                        "message-conflict-resolved",
                        choice = choice,
                        left = left,
                        marked = marked
                    )
                }));
            }
            None => self.message = Some(Message::error(move || tr!("message-conflict-gone"))),
        }
    }

    /// Settles every conflict with `choice` ("Keep all mine", "Take all theirs") as one
    /// undoable step.
    pub(super) fn resolve_all(&mut self, choice: Choice) {
        let mut after = (*self.open.doc).clone();
        let count = after.conflicts.len();
        while !after.conflicts.is_empty() {
            let Some(edit) = after.resolve(0, choice, super::history::new_note_id) else {
                break;
            };
            if after.apply(edit).is_err() {
                break;
            }
        }
        if count == 0 || !after.conflicts.is_empty() {
            self.message = Some(Message::error(move || tr!("message-conflict-gone")));
            return;
        }
        let marked = self.change_marking_notes(Edit::Batch {
            what: crate::model::EditKind::ResolveConflict,
            edits: vec![Edit::ReplaceDocument(Box::new(after))],
        });
        let choice = if choice == Choice::Mine {
            "mine"
        } else {
            "theirs"
        };
        self.message = Some(Message::info(move || {
            tr!(
                "message-conflicts-all-resolved",
                choice = choice,
                count = count,
                marked = marked
            )
        }));
    }

    /// Applies `edit` as one step; when it changes a row's built-in facts (taking a
    /// colleague's status, say), the notes written before are marked for review in the same
    /// step. Returns how many were marked.
    fn change_marking_notes(&mut self, edit: Edit) -> usize {
        let what = edit.describe();
        let mut after = (*self.open.doc).clone();
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
