//! Changes to a document: every change the app makes goes through [`Document::apply`], so it
//! can be tested without a window (and later undone).

use super::{Annotation, Assessment, Document, Visibility};

/// One change to a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Add a new note.
    AddAnnotation(Annotation),
    /// Change a note's text, tags and visibility.
    UpdateAnnotation {
        /// The note.
        id: String,
        /// The new text.
        text: String,
        /// The new tags.
        tags: Vec<String>,
        /// Shared or private.
        visibility: Visibility,
        /// When the change was made.
        modified: jiff::Timestamp,
    },
    /// Remove a note.
    DeleteAnnotation {
        /// The note.
        id: String,
    },
    /// Set the user's own status and holders for a row, or (with `None`) go back to the
    /// built-in assessment.
    SetAssessment {
        /// The row.
        row: String,
        /// The user's assessment.
        assessment: Option<Assessment>,
    },
}

impl Edit {
    /// What the change does, in a few words: "add note".
    pub fn describe(&self) -> &'static str {
        match self {
            Self::AddAnnotation(_) => "add note",
            Self::UpdateAnnotation { .. } => "edit note",
            Self::DeleteAnnotation { .. } => "delete note",
            Self::SetAssessment {
                assessment: Some(_),
                ..
            } => "set your assessment",
            Self::SetAssessment {
                assessment: None, ..
            } => "restore built-in assessment",
        }
    }
}

/// Why an [`Edit`] could not be applied. The document is then unchanged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// No note has this id.
    #[error("there is no note with id {0:?}")]
    NoSuchAnnotation(String),
    /// A note with this id exists already.
    #[error("a note with id {0:?} exists already")]
    DuplicateAnnotation(String),
    /// No row has this id.
    #[error("there is no row with id {0:?}")]
    NoSuchRow(String),
    /// The note has no text.
    #[error("the note is empty")]
    EmptyNote,
}

impl Document {
    /// Applies one change. On error the document is unchanged.
    ///
    /// # Errors
    /// When the change refers to a note or row that does not exist, or would leave an empty
    /// note.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        match edit {
            Edit::AddAnnotation(annotation) => {
                if annotation.text.trim().is_empty() {
                    return Err(EditError::EmptyNote);
                }
                if self.annotation(&annotation.id).is_some() {
                    return Err(EditError::DuplicateAnnotation(annotation.id));
                }
                if let Some(row) = &annotation.row
                    && self.row(row).is_none()
                {
                    return Err(EditError::NoSuchRow(row.clone()));
                }
                self.annotations.push(annotation);
            }
            Edit::UpdateAnnotation {
                id,
                text,
                tags,
                visibility,
                modified,
            } => {
                if text.trim().is_empty() {
                    return Err(EditError::EmptyNote);
                }
                let Some(annotation) = self.annotation_mut(&id) else {
                    return Err(EditError::NoSuchAnnotation(id));
                };
                annotation.text = text;
                annotation.tags = tags;
                annotation.visibility = visibility;
                annotation.modified = modified.max(annotation.created);
            }
            Edit::DeleteAnnotation { id } => {
                let before = self.annotations.len();
                self.annotations.retain(|a| a.id != id);
                if self.annotations.len() == before {
                    return Err(EditError::NoSuchAnnotation(id));
                }
            }
            Edit::SetAssessment { row, assessment } => {
                let Some(target) = self.row_mut(&row) else {
                    return Err(EditError::NoSuchRow(row));
                };
                target.assessment = assessment;
            }
        }
        Ok(())
    }
}
