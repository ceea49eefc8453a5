//! Changes to a document. Every change the app makes goes through [`Document::apply`], which
//! returns the change that undoes it, so undo is exact and needs no copies of the document.

use std::collections::BTreeMap;

use super::{
    Annotation, Assessment, Conflict, Document, FactsChanged, Holder, Presence, Responsibility,
    Source, Visibility,
};

/// One change to a document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Add a new note at the end.
    AddAnnotation(Annotation),
    /// Put a note back at its place in the list (what undoes a delete).
    InsertAnnotation {
        /// Its place.
        index: usize,
        /// The note.
        annotation: Annotation,
    },
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
    /// Mark a note as reviewed after the facts of its row changed (`None`), or mark it again.
    SetFactsChanged {
        /// The note.
        id: String,
        /// What changed since it was written, or `None` once reviewed.
        facts_changed: Option<FactsChanged>,
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
    /// Replace a row (matched by id) with this version of it: what a merge takes from a
    /// colleague's file, allowed on any document.
    ReplaceRow(Box<Responsibility>),
    /// A curator's change to a row's facts (matched by id): refused on the built-in data, like
    /// every change below up to the conflicts.
    ChangeRowFacts(Box<Responsibility>),
    /// Put a new row at a place in the list (`index` past the end: at the end).
    InsertRow {
        /// Its place.
        index: usize,
        /// The row.
        row: Box<Responsibility>,
    },
    /// Remove a row. Notes on it are kept (shown as orphans) so that undo finds them again.
    RemoveRow {
        /// The row.
        id: String,
    },
    /// Put a new presence at a place in the list.
    InsertPresence {
        /// Its place.
        index: usize,
        /// The presence.
        presence: Presence,
    },
    /// Replace a presence (matched by id) with this version of it.
    ReplacePresence(Presence),
    /// Remove a presence that no row belongs to any more.
    RemovePresence {
        /// The presence.
        id: String,
    },
    /// Put a new holder at a place in the list.
    InsertHolder {
        /// Its place.
        index: usize,
        /// The holder.
        holder: Holder,
    },
    /// Replace a holder (matched by id) with this version of it.
    ReplaceHolder(Holder),
    /// Remove a holder that nothing names any more.
    RemoveHolder {
        /// The holder.
        id: String,
    },
    /// Put a new source at a place in the list.
    InsertSource {
        /// Its place.
        index: usize,
        /// The source.
        source: Box<Source>,
    },
    /// Replace a source (matched by id) with this version of it.
    ReplaceSource(Box<Source>),
    /// Remove a source that nothing cites any more.
    RemoveSource {
        /// The source.
        id: String,
    },
    /// Drop a merge conflict, once it is settled.
    RemoveConflict {
        /// Its place in the list.
        index: usize,
    },
    /// Put a merge conflict back (what undoes settling it).
    InsertConflict {
        /// Its place in the list.
        index: usize,
        /// The conflict.
        conflict: Conflict,
    },
    /// Replace the whole document (a merge, as one step).
    ReplaceDocument(Box<Document>),
    /// Several changes as one step, applied in order: all or none.
    Batch {
        /// What the step does, e.g. [`EditKind::RenameTag`].
        what: EditKind,
        /// The changes.
        edits: Vec<Edit>,
    },
}

/// What a change does, as Undo and Redo name it ("Undo: add note"). The words are the
/// interface's (`i18n::edit_label`), not the model's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EditKind {
    AddNote,
    RestoreNote,
    EditNote,
    DeleteNote,
    MarkReviewed,
    SetAssessment,
    RestoreAssessment,
    ChangeRow,
    ResolveConflict,
    RestoreConflict,
    Merge,
    RenameTag,
    /// Blind assessing on or off.
    Blind,
    /// A curator changed a row's facts.
    EditFacts,
    AddRow,
    RemoveRow,
    AddPresence,
    EditPresence,
    RemovePresence,
    AddHolder,
    EditHolder,
    RemoveHolder,
    AddSource,
    EditSource,
    RemoveSource,
}

impl EditKind {
    /// Every kind.
    pub const ALL: [Self; 25] = [
        Self::AddNote,
        Self::RestoreNote,
        Self::EditNote,
        Self::DeleteNote,
        Self::MarkReviewed,
        Self::SetAssessment,
        Self::RestoreAssessment,
        Self::ChangeRow,
        Self::ResolveConflict,
        Self::RestoreConflict,
        Self::Merge,
        Self::RenameTag,
        Self::Blind,
        Self::EditFacts,
        Self::AddRow,
        Self::RemoveRow,
        Self::AddPresence,
        Self::EditPresence,
        Self::RemovePresence,
        Self::AddHolder,
        Self::EditHolder,
        Self::RemoveHolder,
        Self::AddSource,
        Self::EditSource,
        Self::RemoveSource,
    ];
}

impl Edit {
    /// What the change does.
    pub fn describe(&self) -> EditKind {
        match self {
            Self::AddAnnotation(_) => EditKind::AddNote,
            Self::InsertAnnotation { .. } => EditKind::RestoreNote,
            Self::UpdateAnnotation { .. } => EditKind::EditNote,
            Self::DeleteAnnotation { .. } => EditKind::DeleteNote,
            Self::SetFactsChanged { .. } => EditKind::MarkReviewed,
            Self::SetAssessment {
                assessment: Some(_),
                ..
            } => EditKind::SetAssessment,
            Self::SetAssessment {
                assessment: None, ..
            } => EditKind::RestoreAssessment,
            Self::ReplaceRow(_) => EditKind::ChangeRow,
            Self::ChangeRowFacts(_) => EditKind::EditFacts,
            Self::InsertRow { .. } => EditKind::AddRow,
            Self::RemoveRow { .. } => EditKind::RemoveRow,
            Self::InsertPresence { .. } => EditKind::AddPresence,
            Self::ReplacePresence(_) => EditKind::EditPresence,
            Self::RemovePresence { .. } => EditKind::RemovePresence,
            Self::InsertHolder { .. } => EditKind::AddHolder,
            Self::ReplaceHolder(_) => EditKind::EditHolder,
            Self::RemoveHolder { .. } => EditKind::RemoveHolder,
            Self::InsertSource { .. } => EditKind::AddSource,
            Self::ReplaceSource(_) => EditKind::EditSource,
            Self::RemoveSource { .. } => EditKind::RemoveSource,
            Self::RemoveConflict { .. } => EditKind::ResolveConflict,
            Self::InsertConflict { .. } => EditKind::RestoreConflict,
            Self::ReplaceDocument(_) => EditKind::Merge,
            Self::Batch { what, .. } => *what,
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
    /// No merge conflict is at this place.
    #[error("there is no conflict number {0}")]
    NoSuchConflict(usize),
    /// The note has no text.
    #[error("the note is empty")]
    EmptyNote,
    /// A change to the facts of a document built on the built-in data, which are the
    /// curators' (the user's notes and own assessments stay editable).
    #[error("the facts of the built-in data cannot be changed in the app")]
    BuiltInFacts,
    /// Another row, holder or source has this id.
    #[error("the id {0:?} is used already")]
    DuplicateId(String),
    /// No presence has this id.
    #[error("there is no presence with id {0:?}")]
    NoSuchPresence(String),
    /// No holder has this id.
    #[error("there is no holder with id {0:?}")]
    NoSuchHolder(String),
    /// No source has this id.
    #[error("there is no source with id {0:?}")]
    NoSuchSource(String),
    /// The holder or source is still named or cited: `by` says where (`rows[x].phases[0]`).
    #[error("{id:?} is still cited by {}", by.join(", "))]
    StillCited {
        /// The holder or source.
        id: String,
        /// Where it is cited, in the document's order.
        by: Vec<String>,
    },
}

impl Document {
    /// Applies one change and returns the change that undoes it. On error the document is
    /// unchanged.
    ///
    /// # Errors
    /// When the change refers to a note or row that does not exist, or would leave an empty
    /// note.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::AddAnnotation(annotation) => {
                let index = self.annotations.len();
                self.insert_annotation(index, annotation)
            }
            Edit::InsertAnnotation { index, annotation } => {
                self.insert_annotation(index, annotation)
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
                let undo = Edit::UpdateAnnotation {
                    id,
                    text: std::mem::replace(&mut annotation.text, text),
                    tags: std::mem::replace(&mut annotation.tags, tags),
                    visibility: std::mem::replace(&mut annotation.visibility, visibility),
                    modified: std::mem::replace(
                        &mut annotation.modified,
                        modified.max(annotation.created),
                    ),
                };
                Ok(undo)
            }
            Edit::SetFactsChanged { id, facts_changed } => {
                let Some(annotation) = self.annotation_mut(&id) else {
                    return Err(EditError::NoSuchAnnotation(id));
                };
                let old = std::mem::replace(&mut annotation.facts_changed, facts_changed);
                Ok(Edit::SetFactsChanged {
                    id,
                    facts_changed: old,
                })
            }
            Edit::DeleteAnnotation { id } => {
                let Some(index) = self.annotations.iter().position(|a| a.id == id) else {
                    return Err(EditError::NoSuchAnnotation(id));
                };
                let annotation = self.annotations.remove(index);
                Ok(Edit::InsertAnnotation { index, annotation })
            }
            Edit::SetAssessment { row, assessment } => {
                let Some(target) = self.row_mut(&row) else {
                    return Err(EditError::NoSuchRow(row));
                };
                let old = std::mem::replace(&mut target.assessment, assessment);
                Ok(Edit::SetAssessment {
                    row,
                    assessment: old,
                })
            }
            Edit::ChangeRowFacts(_)
            | Edit::InsertRow { .. }
            | Edit::RemoveRow { .. }
            | Edit::InsertPresence { .. }
            | Edit::ReplacePresence(_)
            | Edit::RemovePresence { .. }
            | Edit::InsertHolder { .. }
            | Edit::ReplaceHolder(_)
            | Edit::RemoveHolder { .. }
            | Edit::InsertSource { .. }
            | Edit::ReplaceSource(_)
            | Edit::RemoveSource { .. } => self.apply_facts(edit),
            Edit::ReplaceRow(row) => {
                let Some(target) = self.row_mut(&row.id) else {
                    return Err(EditError::NoSuchRow(row.id));
                };
                Ok(Edit::ReplaceRow(Box::new(std::mem::replace(target, *row))))
            }
            Edit::RemoveConflict { index } => {
                if index >= self.conflicts.len() {
                    return Err(EditError::NoSuchConflict(index));
                }
                let conflict = self.conflicts.remove(index);
                Ok(Edit::InsertConflict { index, conflict })
            }
            Edit::InsertConflict { index, conflict } => {
                let index = index.min(self.conflicts.len());
                self.conflicts.insert(index, conflict);
                Ok(Edit::RemoveConflict { index })
            }
            Edit::ReplaceDocument(doc) => Ok(Edit::ReplaceDocument(Box::new(std::mem::replace(
                self, *doc,
            )))),
            Edit::Batch { what, edits } => self.apply_batch(what, edits),
        }
    }

    /// Several changes as one step, all or none.
    fn apply_batch(&mut self, what: EditKind, edits: Vec<Edit>) -> Result<Edit, EditError> {
        let mut undo = Vec::with_capacity(edits.len());
        for edit in edits {
            match self.apply(edit) {
                Ok(inverse) => undo.push(inverse),
                Err(error) => {
                    // All or none: take back what was done.
                    for inverse in undo.into_iter().rev() {
                        self.apply(inverse).ok();
                    }
                    return Err(error);
                }
            }
        }
        undo.reverse();
        Ok(Edit::Batch { what, edits: undo })
    }

    fn insert_annotation(
        &mut self,
        index: usize,
        annotation: Annotation,
    ) -> Result<Edit, EditError> {
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
        let id = annotation.id.clone();
        self.annotations
            .insert(index.min(self.annotations.len()), annotation);
        Ok(Edit::DeleteAnnotation { id })
    }

    /// Every tag in the document's notes, with how many notes carry it.
    pub fn tag_counts(&self) -> BTreeMap<String, usize> {
        // Counted by borrowed names, then owned once per tag: not one allocation per use.
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for tag in self.annotations.iter().flat_map(|a| &a.tags) {
            *counts.entry(tag.as_str()).or_insert(0) += 1;
        }
        counts
            .into_iter()
            .map(|(tag, count)| (tag.to_owned(), count))
            .collect()
    }

    /// The change that renames tag `from` to `to` on every note, as one step. Renaming to a
    /// tag that exists merges the two. `None` when no note carries `from` or the name is blank.
    pub fn rename_tag(&self, from: &str, to: &str, modified: jiff::Timestamp) -> Option<Edit> {
        let to = to.trim();
        if to.is_empty() || from == to {
            return None;
        }
        let edits: Vec<Edit> = self
            .annotations
            .iter()
            .filter(|a| a.tags.iter().any(|t| t == from))
            .map(|a| {
                let mut tags: Vec<String> = a
                    .tags
                    .iter()
                    .map(|t| if t == from { to.to_owned() } else { t.clone() })
                    .collect();
                tags.sort();
                tags.dedup();
                Edit::UpdateAnnotation {
                    id: a.id.clone(),
                    text: a.text.clone(),
                    tags,
                    visibility: a.visibility,
                    modified,
                }
            })
            .collect();
        (!edits.is_empty()).then_some(Edit::Batch {
            what: EditKind::RenameTag,
            edits,
        })
    }
}
