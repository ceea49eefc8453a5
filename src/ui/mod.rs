//! The views, one per file. Each draws from the document and returns what the user asked for
//! as [`Action`]s; only `app` changes the document or touches files.

mod detail;
mod dialogs;
mod notes;
mod status_bar;
mod table;
pub mod theme;

use std::collections::HashMap;

pub use dialogs::{
    ExternalChoice, RecoverChoice, UnsavedChoice, external_change_ui, recover_ui, type_path_ui,
    unsaved_changes_ui,
};
pub use notes::NoteEditor;
pub use status_bar::status_bar_ui;

use crate::model::{Document, Status, Visibility};

/// Something the user asked for in a view, carried out by `app` at the end of the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Select a row (or none).
    Select(Option<String>),
    /// Change the document.
    Edit(EditRequest),
    /// Remember the user's name.
    SetAuthor(String),
    /// Open a link in the browser (only http and https are opened).
    OpenUrl(String),
}

/// A change to the document, as the user asked for it; `app` adds the author, time and id.
#[derive(Clone, Debug, PartialEq)]
pub enum EditRequest {
    /// Add a note to a row (or, with `None`, to the whole document).
    AddNote {
        /// The row.
        row: Option<String>,
        /// The text.
        text: String,
        /// The tags.
        tags: Vec<String>,
        /// Shared or private.
        visibility: Visibility,
    },
    /// Change a note.
    UpdateNote {
        /// The note.
        id: String,
        /// The text.
        text: String,
        /// The tags.
        tags: Vec<String>,
        /// Shared or private.
        visibility: Visibility,
    },
    /// Delete a note.
    DeleteNote {
        /// The note.
        id: String,
    },
    /// Set the user's own status and holders for a row.
    SetAssessment {
        /// The row.
        row: String,
        /// Their status.
        status: Status,
        /// Their holders.
        holders: Vec<String>,
    },
    /// Go back to the built-in assessment for a row.
    RestoreAssessment {
        /// The row.
        row: String,
    },
}

/// How serious a status-bar message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind {
    /// Something done.
    Info,
    /// Done, but worth a look.
    Warning,
    /// Not done.
    Error,
}

/// A message in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// How serious.
    pub kind: MessageKind,
    /// What to say.
    pub text: String,
}

impl Message {
    /// Something done.
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            kind: MessageKind::Info,
            text: text.into(),
        }
    }

    /// Done, but worth a look.
    pub fn warning(text: impl Into<String>) -> Self {
        Self {
            kind: MessageKind::Warning,
            text: text.into(),
        }
    }

    /// Not done.
    pub fn error(text: impl Into<String>) -> Self {
        Self {
            kind: MessageKind::Error,
            text: text.into(),
        }
    }
}

/// What the views remember between frames: the selection and the drafts being typed.
#[derive(Default)]
pub struct ViewState {
    /// The selected row.
    pub selected: Option<String>,
    /// A note draft per row (`None`: the whole document), so switching rows loses nothing.
    pub drafts: HashMap<Option<String>, NoteEditor>,
    /// The user's assessment being edited, for the selected row.
    pub assessment: Option<detail::AssessmentDraft>,
}

impl ViewState {
    /// Selects a row.
    pub fn select(&mut self, row: Option<String>) {
        if self.selected != row {
            self.selected = row;
            self.assessment = None;
        }
    }
}

/// The table and, beside it, the detail of the selected row. With `editable` false (a
/// read-only document) nothing offers to change the document.
pub fn main_view_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    view: &mut ViewState,
    author: &str,
    editable: bool,
    actions: &mut Vec<Action>,
) {
    egui::Panel::right("detail")
        .resizable(true)
        .default_size(theme::DETAIL_WIDTH)
        .min_size(320.0)
        .show(ui, |ui| {
            detail::detail_ui(ui, doc, view, author, editable, actions);
        });
    egui::CentralPanel::default().show(ui, |ui| {
        table::table_ui(ui, doc, view.selected.as_deref(), actions);
    });
}
