//! What tests, the window title and the menus read of the app.

use std::path::Path;

use super::{APP_NAME, App, Message, Modal, Settings};
use crate::model::{Document, Filter};

impl App {
    /// The open document.
    pub fn document(&self) -> &Document {
        &self.open.doc
    }

    /// The file the document was opened from or saved to.
    pub fn path(&self) -> Option<&Path> {
        self.open.path.as_deref()
    }

    /// The interface's language: the one chosen in View > Language, else the system's.
    pub fn language(&self) -> crate::i18n::Language {
        self.settings.language.unwrap_or(self.system_language)
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.open.is_dirty()
    }

    /// Why the document may not be saved over its file, if it may not (a newer format).
    pub fn read_only(&self) -> Option<String> {
        self.open
            .read_only
            .as_ref()
            .map(super::read_only::ReadOnly::words)
    }

    /// The message shown in the status bar.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// The question the app is asking, if any.
    pub fn modal(&self) -> Option<&Modal> {
        self.modal.as_ref()
    }

    /// The settings kept between runs.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The id of the selected row.
    pub fn selected_row(&self) -> Option<&str> {
        self.view.selected.as_deref()
    }

    /// The filter applied to the table.
    pub fn filter(&self) -> &Filter {
        &self.view.filter
    }

    /// The ids of the rows the table shows.
    pub fn visible_row_ids(&self) -> Vec<&str> {
        self.derived
            .rows(&self.open.doc)
            .into_iter()
            .map(|r| r.id.as_str())
            .collect()
    }

    /// Whether work is going on off the UI thread: a job the user started, the recovery copy
    /// being written, or the differences with a compared file being computed again. Tests
    /// wait for it before they look at files or the document.
    pub fn busy(&self) -> bool {
        self.working()
            || self.writing_recovery()
            || self.compare.as_ref().is_some_and(|c| c.catching_up())
            || self.checks.busy()
    }

    /// The title of a document with no file that is not the built-in data.
    pub(super) fn never_saved_title(&self) -> Option<String> {
        (self.open.path.is_none() && self.open.doc.dataset.is_none())
            .then(|| self.open.doc.title.clone())
    }

    /// What Undo would take back.
    pub fn undo_label(&self) -> Option<crate::model::EditKind> {
        self.open.history.undo_label()
    }

    /// The name of the document: its file name, or "Built-in dataset" (in the interface's
    /// language), or the title of a comparison never saved that is not built on it (one just
    /// made from a resolution's text).
    pub fn document_name(&self) -> String {
        self.open.path.as_ref().map_or_else(
            || {
                self.never_saved_title()
                    .unwrap_or_else(|| crate::tr!("title-builtin"))
            },
            |p| {
                p.file_name()
                    .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into())
            },
        )
    }

    /// The window title: an unsaved-changes marker, the document's name, the app's name;
    /// during a slide export, how far it has got (shown outside the pictures).
    pub fn title(&self) -> String {
        if let Some((written, total)) = self.deck_progress() {
            return crate::tr!(
                "title-exporting-slides",
                slide = written + 1,
                total = total,
                app = APP_NAME
            );
        }
        let marker = if self.open.is_dirty() { "*" } else { "" };
        let id = if self.open.read_only.is_some() {
            "title-window-read-only"
        } else {
            "title-window"
        };
        crate::tr!(
            id,
            marker = marker,
            name = self.document_name(),
            app = APP_NAME
        )
    }
}
