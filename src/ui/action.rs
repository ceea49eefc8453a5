//! What the views ask for: carried out by `app` at the end of the frame, in order.

use std::path::PathBuf;

use super::Command;
use crate::model::{Choice, Edit, Status, Visibility};

/// Something the user asked for in a view, carried out by `app` at the end of the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Change the document.
    Edit(EditRequest),
    /// Remember the user's name.
    SetAuthor(String),
    /// Put a citation on the clipboard, and say so.
    CopyCitation(String),
    /// Open a link in the browser (only http and https are opened).
    OpenUrl(String),
    /// Run a command.
    Command(Command),
    /// Open a file from the recent list.
    OpenRecent(PathBuf),
    /// Take a file off the recent list.
    ForgetRecent(PathBuf),
    /// Merge from the file being compared.
    MergeCompared,
    /// Not now: hide the offer to update the built-in data until the file is opened again.
    DismissUpdate,
    /// Settle a merge conflict.
    Resolve {
        /// Its place in the document's list.
        index: usize,
        /// How.
        choice: Choice,
    },
    /// Settle every merge conflict the same way ("Keep all mine", "Take all theirs"), as one
    /// step.
    ResolveAll(Choice),
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
    /// Mark a note reviewed after the facts of its row changed.
    ReviewNote {
        /// The note.
        id: String,
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
    /// A curator's change to the comparison's own facts (refused on the built-in data).
    Facts(Box<Edit>),
    /// Rename a tag on every note (merging it into `to` if that exists).
    RenameTag {
        /// The tag now.
        from: String,
        /// Its new name.
        to: String,
    },
}
