//! Working with colleagues' files: compare mode, merging in the app, settling conflicts, and
//! the Markdown, CSV and HTML exports.

use std::path::{Path, PathBuf};

use super::{App, Message};
use crate::export::{self, Format};
use crate::io;
use crate::merge::{self, Comparison};
use crate::model::{Agreement, Choice, Document, Edit};
use crate::tr;
use crate::ui::CompareView;

/// A colleague's file open beside the document.
pub(super) struct Compared {
    path: PathBuf,
    name: String,
    doc: Document,
    diff: Comparison,
    /// How far the assessments agree, computed with `diff`.
    agreement: Agreement,
    /// The document state `diff` was computed for.
    diff_for: Option<u64>,
    /// Whether merging it would bring nothing more (computed with `diff`).
    merged: bool,
}

impl Compared {
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

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Reads a colleague's file; a newer format is read leniently (it is not written back).
fn read_other(path: &Path) -> Result<Document, io::LoadError> {
    io::open_path(path).map(|opened| opened.document)
}

/// The remarks of a merge or an update (English for now, from the merge), each after "; ",
/// for the `$notices` of a message.
pub(super) fn notices(notices: &[String]) -> String {
    notices.iter().map(|notice| format!("; {notice}")).collect()
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

    /// Opens `path` beside the document and marks where they differ. The document is not
    /// changed. Returns whether the file could be read.
    pub fn compare_path(&mut self, path: &Path) -> bool {
        match read_other(path) {
            Ok(doc) => {
                let name = file_name(path);
                let diff = merge::compare(&self.open.doc, &doc);
                let rows = diff.rows_differing();
                self.compare = Some(Compared {
                    path: path.to_owned(),
                    name: name.clone(),
                    agreement: Agreement::over(&self.open.doc, &doc, self.view.agreement_over),
                    merged: merge::merge(None, &self.open.doc, &doc).document
                        == self.open.doc.normalized(),
                    doc,
                    diff,
                    diff_for: Some(self.open.state),
                });
                self.message = Some(Message::info(tr!(
                    "message-comparing",
                    name = name.as_str(),
                    differ = tr!("compare-rows-differ", count = rows)
                )));
                true
            }
            Err(error) => {
                self.message = Some(Message::error(tr!(
                    "message-compare-failed",
                    error = crate::i18n::load_error(crate::i18n::current(), &error)
                )));
                false
            }
        }
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

    /// Keeps the differences in step with the document.
    pub(super) fn update_comparison(&mut self) {
        let over = self.view.agreement_over;
        if let Some(compared) = &mut self.compare
            && (compared.diff_for != Some(self.open.state) || compared.agreement.over != over)
        {
            compared.diff = merge::compare(&self.open.doc, &compared.doc);
            compared.agreement = Agreement::over(&self.open.doc, &compared.doc, over);
            compared.merged = merge::merge(None, &self.open.doc, &compared.doc).document
                == self.open.doc.normalized();
            compared.diff_for = Some(self.open.state);
        }
    }

    /// Merges the file at `path` into the document. Returns whether it could be read.
    pub fn merge_path(&mut self, path: &Path) -> bool {
        match read_other(path) {
            Ok(theirs) => {
                self.merge_document(&theirs, &file_name(path));
                true
            }
            Err(error) => {
                self.message = Some(Message::error(tr!(
                    "message-merge-failed",
                    error = crate::i18n::load_error(crate::i18n::current(), &error)
                )));
                false
            }
        }
    }

    /// Merges the compared file into the document.
    pub(super) fn merge_compared(&mut self) {
        if let Some(compared) = self.compare.take() {
            self.merge_document(&compared.doc, &compared.name);
            self.compare = Some(compared);
        }
    }

    /// Brings `theirs` into the document as one undoable step: notes and assessments only
    /// they have are added; differences become conflicts listed below the table.
    fn merge_document(&mut self, theirs: &Document, name: &str) {
        let merged = merge::merge(None, &self.open.doc, theirs);
        if merged.document == self.open.doc.normalized() {
            self.message = Some(Message::info(tr!("message-nothing-to-merge", name = name)));
            return;
        }
        let added = merged
            .document
            .annotations
            .iter()
            .filter(|a| self.open.doc.annotation(&a.id).is_none())
            .count();
        let conflicts = merged.document.conflicts.len() - self.open.doc.conflicts.len();
        let state = self.open.state;
        self.change(Edit::ReplaceDocument(Box::new(merged.document)));
        if self.open.state == state {
            return; // refused (read-only); `change` said why
        }
        // How many rows still differ, in the words compare mode uses for them.
        let differ = tr!(
            "compare-rows-differ",
            count = merge::compare(&self.open.doc, theirs).rows_differing()
        );
        let text = tr!(
            "message-merged",
            name = name,
            added = added,
            conflicts = conflicts,
            notices = notices(&merged.notices),
            differ = differ
        );
        self.message = Some(if conflicts > 0 || !merged.notices.is_empty() {
            Message::warning(text)
        } else {
            Message::info(text)
        });
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

    /// Settles every conflict with `choice` ("Keep all mine", "Take all theirs") as one
    /// undoable step.
    pub(super) fn resolve_all(&mut self, choice: Choice) {
        let mut after = self.open.doc.clone();
        let count = after.conflicts.len();
        let mut what = None;
        while !after.conflicts.is_empty() {
            let Some(edit) = after.resolve(0, choice, super::history::new_note_id) else {
                break;
            };
            // The step is named as one choice is ("resolve conflict").
            what.get_or_insert(edit.describe());
            if after.apply(edit).is_err() {
                break;
            }
        }
        let Some(what) = what.filter(|_| after.conflicts.is_empty()) else {
            self.message = Some(Message::error(tr!("message-conflict-gone")));
            return;
        };
        let marked = self.change_marking_notes(Edit::Batch {
            what,
            edits: vec![Edit::ReplaceDocument(Box::new(after))],
        });
        let choice = if choice == Choice::Mine {
            "mine"
        } else {
            "theirs"
        };
        self.message = Some(Message::info(tr!(
            "message-conflicts-all-resolved",
            choice = choice,
            count = count,
            marked = marked
        )));
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

    /// Exports the document in `format` to `path` (adding the extension if the name has
    /// none). Returns whether it was written.
    pub fn export_to(&mut self, format: Format, path: &Path) -> bool {
        let path = if path.extension().is_none() {
            path.with_extension(format.extension())
        } else {
            path.to_owned()
        };
        let options = export::Options {
            include_private: self.export_private,
        };
        let written = export::export_in(&self.open.doc, format, options, crate::i18n::current())
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                io::write_file(&path, &bytes)
                    .map_err(|e| crate::i18n::save_error(crate::i18n::current(), &e))
            });
        match written {
            Ok(()) => {
                self.message = Some(Message::info(tr!(
                    "message-exported",
                    format = format_label(format),
                    file = path.display().to_string(),
                    private = if self.export_private { "yes" } else { "no" }
                )));
                true
            }
            Err(error) => {
                self.message = Some(Message::error(tr!("message-not-exported", error = error)));
                false
            }
        }
    }
}
