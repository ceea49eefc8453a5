//! Conflicts a merge leaves in a document, and settling them.

use serde::{Deserialize, Serialize};

use super::{Annotation, Assessment, Document, Edit, Responsibility, Status};

/// A difference a merge could not settle. The document holds your version; the conflict holds
/// theirs until the user chooses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Conflict {
    /// The built-in status of a row.
    Status {
        /// The row.
        row: String,
        /// Their status.
        theirs: Status,
    },
    /// The built-in holders of a row.
    Holders {
        /// The row.
        row: String,
        /// Their holders.
        theirs: Vec<String>,
    },
    /// The user's own assessment of a row.
    Assessment {
        /// The row.
        row: String,
        /// Their assessment; `None` when they went back to the built-in one.
        theirs: Option<Assessment>,
    },
    /// The rest of a row: title, 1999 text, summary, events, positions or sources.
    Row {
        /// The row.
        row: String,
        /// Their row.
        theirs: Box<Responsibility>,
    },
    /// A note. Either side may have deleted it while the other changed it.
    Annotation {
        /// The note's id.
        id: String,
        /// Their note; `None` when they deleted it.
        theirs: Option<Annotation>,
    },
}

/// What a [`Conflict`] is about, without its particulars (for messages about it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConflictPart {
    /// The built-in status of a row.
    Status,
    /// The built-in holders of a row.
    Holders,
    /// The user's own assessment of a row.
    Assessment,
    /// The rest of a row.
    Row,
    /// A note.
    Note,
}

impl Document {
    /// The row each conflict is about ([`Conflict::row`]), in order, looking notes up by id
    /// once rather than by a walk through all of them per conflict (thousands of conflicts over
    /// a large document's notes); the first of two notes with one id, as
    /// [`Document::annotation`] finds it.
    pub fn conflict_row_ids(&self) -> Vec<Option<&str>> {
        let mut notes = std::collections::HashMap::new();
        if self
            .conflicts
            .iter()
            .any(|conflict| matches!(conflict, Conflict::Annotation { .. }))
        {
            for annotation in &self.annotations {
                notes.entry(annotation.id.as_str()).or_insert(annotation);
            }
        }
        self.conflicts
            .iter()
            .map(|conflict| match conflict {
                Conflict::Annotation { id, theirs } => notes
                    .get(id.as_str())
                    .copied()
                    .or(theirs.as_ref())
                    .and_then(|a| a.row.as_deref()),
                other => other.row(self),
            })
            .collect()
    }

    /// How many rows the conflicts are about (the whole document counting as one).
    pub fn conflict_rows(&self) -> usize {
        let rows: std::collections::HashSet<Option<&str>> =
            self.conflict_row_ids().into_iter().collect();
        rows.len()
    }
}

impl Conflict {
    /// The row the conflict is about, if any (a note about the whole document has none).
    pub fn row<'a>(&'a self, doc: &'a Document) -> Option<&'a str> {
        match self {
            Self::Status { row, .. }
            | Self::Holders { row, .. }
            | Self::Assessment { row, .. }
            | Self::Row { row, .. } => Some(row),
            Self::Annotation { id, theirs } => doc
                .annotation(id)
                .or(theirs.as_ref())
                .and_then(|a| a.row.as_deref()),
        }
    }

    /// What differs: the status, the holders, the own assessment, the rest of the row, a note.
    pub fn part(&self) -> ConflictPart {
        match self {
            Self::Status { .. } => ConflictPart::Status,
            Self::Holders { .. } => ConflictPart::Holders,
            Self::Assessment { .. } => ConflictPart::Assessment,
            Self::Row { .. } => ConflictPart::Row,
            Self::Annotation { .. } => ConflictPart::Note,
        }
    }

    /// Whether "keep both" is a choice: only for notes both sides still have.
    pub fn can_keep_both(&self, doc: &Document) -> bool {
        matches!(self, Self::Annotation { id, theirs: Some(_) } if doc.annotation(id).is_some())
    }
}

/// How a conflict is settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    /// Keep your version.
    Mine,
    /// Take theirs.
    Theirs,
    /// For a note: keep yours and add theirs as a new note.
    Both,
}

impl Document {
    /// The change that settles conflict `index` with `choice`, as one step; `new_id` names the
    /// copy of their note when both are kept. `None` when there is no such conflict.
    pub fn resolve(
        &self,
        index: usize,
        choice: Choice,
        new_id: impl FnOnce() -> String,
    ) -> Option<Edit> {
        let conflict = self.conflicts.get(index)?;
        let mut edits = Vec::new();
        if choice != Choice::Mine {
            self.take_theirs(conflict, choice, new_id, &mut edits);
        }
        edits.push(Edit::RemoveConflict { index });
        Some(Edit::Batch {
            what: super::EditKind::ResolveConflict,
            edits,
        })
    }

    fn take_theirs(
        &self,
        conflict: &Conflict,
        choice: Choice,
        new_id: impl FnOnce() -> String,
        edits: &mut Vec<Edit>,
    ) {
        let with_row = |id: &str, change: &dyn Fn(&mut Responsibility)| {
            self.row(id).map(|row| {
                let mut row = row.clone();
                change(&mut row);
                Edit::ReplaceRow(Box::new(row))
            })
        };
        let edit = match conflict {
            Conflict::Status { row, theirs } => with_row(row, &|r| r.status = *theirs),
            Conflict::Holders { row, theirs } => with_row(row, &|r| r.holders.clone_from(theirs)),
            Conflict::Assessment { row, theirs } => Some(Edit::SetAssessment {
                row: row.clone(),
                assessment: theirs.clone(),
            }),
            Conflict::Row { row, theirs } => with_row(row, &|r| {
                *r = Responsibility {
                    status: r.status,
                    holders: r.holders.clone(),
                    assessment: r.assessment.clone(),
                    ..(**theirs).clone()
                };
            }),
            Conflict::Annotation { id, theirs } => {
                let mine = self.annotations.iter().position(|a| &a.id == id);
                match (choice, mine, theirs) {
                    (Choice::Both, Some(_), Some(their)) => Some(Edit::AddAnnotation(Annotation {
                        id: new_id(),
                        ..their.clone()
                    })),
                    (_, Some(index), Some(their)) => {
                        edits.push(Edit::DeleteAnnotation { id: id.clone() });
                        Some(Edit::InsertAnnotation {
                            index,
                            annotation: their.clone(),
                        })
                    }
                    (_, Some(_), None) => Some(Edit::DeleteAnnotation { id: id.clone() }),
                    (_, None, Some(their)) => Some(Edit::AddAnnotation(their.clone())),
                    (_, None, None) => None,
                }
            }
        };
        edits.extend(edit);
    }
}
