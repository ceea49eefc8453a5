//! Working with colleagues' files: compare mode, merging in the app, settling conflicts, and
//! the Markdown, CSV and HTML exports.

use std::path::{Path, PathBuf};

use super::{App, Message, PathPurpose, Picked};
use crate::export::{self, Format};
use crate::io;
use crate::merge::{self, Comparison};
use crate::model::{Choice, Document, Edit};

/// A colleague's file open beside the document.
pub(super) struct Compared {
    pub(super) path: PathBuf,
    pub(super) name: String,
    pub(super) doc: Document,
    pub(super) diff: Comparison,
    /// The document state `diff` was computed for.
    pub(super) diff_for: Option<u64>,
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

impl App {
    /// The file compared with, in compare mode.
    pub fn compared_path(&self) -> Option<&Path> {
        self.compare.as_ref().map(|c| c.path.as_path())
    }

    /// What differs between the document and the compared file, in compare mode.
    pub fn comparison(&self) -> Option<&Comparison> {
        self.compare.as_ref().map(|c| &c.diff)
    }

    /// Asks for a file (compare or merge) and hands it to `then`.
    fn pick_other(&mut self, purpose: PathPurpose, then: fn(&mut Self, &Path) -> bool) {
        match self.dialogs.pick_open(self.folder().as_deref()) {
            Picked::Path(path) => {
                then(self, &path);
            }
            Picked::Cancelled => {}
            Picked::Unavailable(reason) => self.type_path_instead(reason, purpose, String::new()),
        }
    }

    pub(super) fn compare_with(&mut self) {
        self.pick_other(PathPurpose::Compare, Self::compare_path);
    }

    pub(super) fn merge_from(&mut self) {
        self.pick_other(PathPurpose::Merge, Self::merge_path);
    }

    /// Opens `path` beside the document and marks where they differ. The document is not
    /// changed. Returns whether the file could be read.
    pub fn compare_path(&mut self, path: &Path) -> bool {
        match read_other(path) {
            Ok(doc) => {
                let diff = merge::compare(&self.doc, &doc);
                let name = file_name(path);
                self.message = Some(Message::info(format!(
                    "Comparing with {name}: {} row(s) differ",
                    diff.rows_differing()
                )));
                self.compare = Some(Compared {
                    path: path.to_owned(),
                    name,
                    doc,
                    diff,
                    diff_for: Some(self.state),
                });
                true
            }
            Err(error) => {
                self.message = Some(Message::error(format!(
                    "Could not open the file to compare; nothing changed. {error}"
                )));
                false
            }
        }
    }

    /// Leaves compare mode. The document is as it was.
    pub(super) fn end_compare(&mut self) {
        if let Some(compared) = self.compare.take() {
            self.message = Some(Message::info(format!(
                "Stopped comparing with {}",
                compared.name
            )));
        }
    }

    /// Keeps the differences in step with the document.
    pub(super) fn update_comparison(&mut self) {
        if let Some(compared) = &mut self.compare
            && compared.diff_for != Some(self.state)
        {
            compared.diff = merge::compare(&self.doc, &compared.doc);
            compared.diff_for = Some(self.state);
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
                self.message = Some(Message::error(format!(
                    "Could not open the file to merge; the document is unchanged. {error}"
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
        let merged = merge::merge(None, &self.doc, theirs);
        if merged.document == self.doc.normalized() {
            self.message = Some(Message::info(format!(
                "Nothing to merge: {name} has nothing this document lacks"
            )));
            return;
        }
        let added = merged
            .document
            .annotations
            .iter()
            .filter(|a| self.doc.annotation(&a.id).is_none())
            .count();
        let conflicts = merged.document.conflicts.len() - self.doc.conflicts.len();
        let state = self.state;
        self.change(Edit::ReplaceDocument(Box::new(merged.document)));
        if self.state == state {
            return; // refused (read-only); `change` said why
        }
        let mut text = format!("Merged {name}: {added} note(s) added");
        if conflicts > 0 {
            text.push_str(&format!(
                ", {conflicts} conflict(s) to resolve below the table"
            ));
        }
        for notice in &merged.notices {
            text.push_str("; ");
            text.push_str(notice);
        }
        text.push_str(". Undo takes the whole merge back.");
        self.message = Some(if conflicts > 0 || !merged.notices.is_empty() {
            Message::warning(text)
        } else {
            Message::info(text)
        });
    }

    /// Settles conflict `index` as one undoable step.
    pub(super) fn resolve(&mut self, index: usize, choice: Choice) {
        let edit = self
            .doc
            .resolve(index, choice, || format!("a-{}", ulid::Ulid::new()));
        match edit {
            Some(edit) => {
                self.change(edit);
                self.message = Some(Message::info(format!(
                    "Conflict resolved: {}; {} left",
                    choice.label().to_lowercase(),
                    self.doc.conflicts.len()
                )));
            }
            None => self.message = Some(Message::error("That conflict is already resolved")),
        }
    }

    /// Whether exports include private notes.
    pub fn exports_include_private(&self) -> bool {
        self.export_private
    }

    /// Asks where, then exports the document in `format`.
    pub(super) fn export(&mut self, format: Format) {
        let stem = self.path.as_ref().and_then(|p| p.file_stem()).map_or_else(
            || "mandate-compare".to_owned(),
            |s| s.to_string_lossy().into(),
        );
        let suffix = if format == Format::AnnotationsCsv {
            "-notes"
        } else {
            ""
        };
        let name = format!("{stem}{suffix}.{}", format.extension());
        let picked = self.dialogs.pick_export(
            self.folder().as_deref(),
            &name,
            format.label(),
            format.extension(),
        );
        match picked {
            Picked::Path(path) => {
                self.export_to(format, &path);
            }
            Picked::Cancelled => {}
            Picked::Unavailable(reason) => {
                let text = self.in_folder(&name);
                self.type_path_instead(reason, PathPurpose::Export(format), text);
            }
        }
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
        let written = export::export(&self.doc, format, options)
            .map_err(|e| e.to_string())
            .and_then(|bytes| io::write_file(&path, &bytes).map_err(|e| e.to_string()));
        match written {
            Ok(()) => {
                let private = if self.export_private {
                    "private notes included"
                } else {
                    "private notes left out"
                };
                self.message = Some(Message::info(format!(
                    "Exported {} to {} ({private})",
                    format.label(),
                    path.display()
                )));
                true
            }
            Err(error) => {
                self.message = Some(Message::error(format!("Not exported. {error}")));
                false
            }
        }
    }
}
