//! The open document and its history: every change is one undoable step, turned from what the
//! views asked for into an edit with author, time and id.

use std::path::PathBuf;
use std::sync::Arc;

use super::{App, Message};
use crate::io::FileStamp;
use crate::model::{Annotation, Assessment, Document, Edit, EditKind};
use crate::tr;
use crate::ui::EditRequest;

/// How many steps are kept.
const DEPTH: usize = 200;

/// One change that can be taken back: the edit that undoes (or redoes) it, and the document
/// states before and after, so "unsaved" is exact after undoing back to the saved state.
struct Step {
    what: EditKind,
    edit: Edit,
    before: u64,
    after: u64,
}

/// The undo and redo stacks.
#[derive(Default)]
pub(super) struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl History {
    /// What Undo would take back.
    pub(super) fn undo_label(&self) -> Option<EditKind> {
        self.undo.last().map(|s| s.what)
    }

    /// What Redo would do again.
    pub(super) fn redo_label(&self) -> Option<EditKind> {
        self.redo.last().map(|s| s.what)
    }

    fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

/// The document being worked on, where it lives, and how it got to its state.
pub(super) struct OpenDocument {
    /// Shared with the jobs that read it (a pointer, not a copy, for each): an edit copies
    /// it only while one of them still holds the state it was given.
    pub(super) doc: Arc<Document>,
    /// The file it was opened from or saved to.
    pub(super) path: Option<PathBuf>,
    /// What the file held when this app last read or wrote it.
    pub(super) disk: Option<FileStamp>,
    /// Why the document may not be saved over its file (it has a newer format, say).
    pub(super) read_only: Option<super::read_only::ReadOnly>,
    /// Which state the document is in: a new number for every change, the old one back on
    /// undo. The document is unsaved when it is not the state last saved.
    pub(super) state: u64,
    saved_state: u64,
    next_state: u64,
    pub(super) history: History,
}

impl OpenDocument {
    pub(super) fn new(doc: Document) -> Self {
        Self {
            doc: Arc::new(doc),
            path: None,
            disk: None,
            read_only: None,
            state: 0,
            saved_state: 0,
            next_state: 0,
            history: History::default(),
        }
    }

    /// Whether there are changes not yet saved.
    pub(super) fn is_dirty(&self) -> bool {
        self.state != self.saved_state
    }

    pub(super) fn mark_saved(&mut self) {
        self.saved_state = self.state;
    }

    /// Puts the document in a state never saved.
    pub(super) fn mark_unsaved(&mut self) {
        self.next_state += 1;
        self.state = self.next_state;
    }

    /// Another document (or another file) from now on: saved, with no history.
    pub(super) fn replace(&mut self, doc: Document, path: Option<PathBuf>) {
        self.doc = Arc::new(doc);
        self.path = path;
        self.disk = None;
        self.read_only = None;
        self.mark_unsaved();
        self.mark_saved();
        self.history.clear();
    }

    /// Applies `edit` as one undoable step.
    fn apply(&mut self, edit: Edit) -> Result<(), crate::model::EditError> {
        let what = edit.describe();
        // Copied here only while a job still reads the state it was given.
        let inverse = Arc::make_mut(&mut self.doc).apply(edit)?;
        let before = self.state;
        self.mark_unsaved();
        let history = &mut self.history;
        history.undo.push(Step {
            what,
            edit: inverse,
            before,
            after: self.state,
        });
        if history.undo.len() > DEPTH {
            drop_elsewhere(history.undo.remove(0));
        }
        if !history.redo.is_empty() {
            drop_elsewhere(std::mem::take(&mut history.redo));
        }
        Ok(())
    }

    /// Takes back the last step (`undo`) or does again the last one undone. `None` when there
    /// is nothing to take back or do again; the error clears the history.
    fn step(&mut self, undo: bool) -> Option<Result<EditKind, crate::model::EditError>> {
        let step = if undo {
            self.history.undo.pop()?
        } else {
            self.history.redo.pop()?
        };
        Some(match Arc::make_mut(&mut self.doc).apply(step.edit) {
            Ok(back) => {
                let what = step.what;
                self.state = if undo { step.before } else { step.after };
                let step = Step { edit: back, ..step };
                if undo {
                    self.history.redo.push(step);
                } else {
                    self.history.undo.push(step);
                }
                Ok(what)
            }
            Err(error) => {
                self.history.clear();
                Err(error)
            }
        })
    }
}

impl App {
    /// Turns a request from the UI into a document change, with author, time and id.
    pub(super) fn edit(&mut self, request: EditRequest) {
        let now = jiff::Timestamp::now();
        let author = self.settings.author.clone();
        let edit = match request {
            EditRequest::AddNote {
                row,
                text,
                tags,
                visibility,
            } => Edit::AddAnnotation(Annotation {
                id: new_note_id(),
                row,
                author,
                created: now,
                modified: now,
                text,
                tags,
                visibility,
                facts_changed: None,
            }),
            EditRequest::UpdateNote {
                id,
                text,
                tags,
                visibility,
            } => Edit::UpdateAnnotation {
                id,
                text,
                tags,
                visibility,
                modified: now,
            },
            EditRequest::DeleteNote { id } => Edit::DeleteAnnotation { id },
            EditRequest::ReviewNote { id } => Edit::SetFactsChanged {
                id,
                facts_changed: None,
            },
            EditRequest::SetAssessment {
                row,
                status,
                holders,
            } => Edit::SetAssessment {
                row,
                assessment: Some(Assessment {
                    status,
                    holders,
                    author,
                    modified: now,
                }),
            },
            EditRequest::RestoreAssessment { row } => Edit::SetAssessment {
                row,
                assessment: None,
            },
            EditRequest::Facts(edit) => *edit,
            EditRequest::RenameTag { from, to } => {
                let Some(edit) = self.open.doc.rename_tag(&from, &to, now) else {
                    self.message = Some(Message::warning(move || {
                        tr!("message-tag-not-renamed", tag = format!("{from:?}"))
                    }));
                    return;
                };
                // A filter on the old name follows the tag.
                if self.view.filter.tags.remove(&from) {
                    self.view.filter.tags.insert(to.trim().to_owned());
                }
                edit
            }
        };
        self.change(edit);
    }

    /// Applies a change to the document as one undoable step.
    pub fn change(&mut self, edit: Edit) {
        let what = edit.describe();
        if self.open.read_only.is_some() {
            self.message = Some(Message::warning(move || {
                tr!("message-read-only-refused", what = what_label(what))
            }));
            return;
        }
        if let Some(job) = self.locked_by_job() {
            self.message = Some(Message::warning(move || {
                tr!(
                    "message-locked-by-job",
                    what = what_label(what),
                    job = job.label()
                )
            }));
            return;
        }
        if let Err(error) = self.open.apply(edit) {
            self.report(
                super::MessageKind::Error,
                "message-cannot",
                move || vec![("what", what_label(what).into())],
                error,
            );
        }
    }

    /// Takes back the last change (`undo`), or does again what was undone. Never touches the
    /// file on disk.
    pub(super) fn undo_or_redo(&mut self, undo: bool) {
        if let Some(job) = self.locked_by_job() {
            self.message = Some(Message::warning(move || {
                tr!("message-busy", job = job.label())
            }));
            return;
        }
        let (done, nothing, cannot) = if undo {
            (
                "message-undone",
                "message-nothing-to-undo",
                "message-cannot-undo",
            )
        } else {
            (
                "message-redone",
                "message-nothing-to-redo",
                "message-cannot-redo",
            )
        };
        match self.open.step(undo) {
            None => self.message = Some(Message::info(move || tr!(nothing))),
            Some(Ok(what)) => {
                self.message = Some(Message::info(move || tr!(done, what = what_label(what))));
            }
            Some(Err(error)) => self.report(super::MessageKind::Error, cannot, Vec::new, error),
        }
    }
}

/// What a change does, in the interface's language.
pub(super) fn what_label(what: EditKind) -> String {
    crate::i18n::edit_label(crate::i18n::current(), what)
}

/// A new, unique note id.
pub(super) fn new_note_id() -> String {
    format!("a-{}", ulid::Ulid::new())
}

/// Drops `steps` on a thread of their own: a step may hold a whole document (a merge's or an
/// update's undo), whose 20,000 notes take milliseconds to free, a frame's worth on the UI
/// thread. Should no thread be made, they are dropped here, with the closure that holds them.
fn drop_elsewhere<T: Send + 'static>(steps: T) {
    std::thread::Builder::new()
        .name("mandate-compare drop".to_owned())
        .spawn(move || drop(steps))
        .ok();
}
