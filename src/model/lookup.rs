//! Looking things up in a document and counting what it holds: rows, holders, sources and
//! notes by id, the notes and tags the views count once per document state, citations, and
//! the normalised copy that is written.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::document::*;

/// What the views show about a document that would cost a pass over every note each frame.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Notes per row id.
    pub notes_per_row: HashMap<String, usize>,
    /// Notes per tag.
    pub tags: BTreeMap<String, usize>,
    /// Notes about rows the document does not have.
    pub orphans: usize,
    /// Notes per row id written before the row's facts changed, not yet reviewed.
    pub to_review: HashMap<String, usize>,
    /// Rows per status today (the user's own assessment where they made one); statuses no
    /// row has are absent.
    pub statuses: BTreeMap<Status, usize>,
    /// Rows per built-in status today, whatever anyone assessed; statuses no row has are
    /// absent.
    pub built_in_statuses: BTreeMap<Status, usize>,
    /// Rows with the user's own assessment.
    pub own_assessments: usize,
}

impl Counts {
    /// The number of notes on a row written before its facts changed, not yet reviewed.
    pub fn to_review_on(&self, row: &str) -> usize {
        self.to_review.get(row).copied().unwrap_or(0)
    }

    /// The number of notes on a row.
    pub fn notes_on(&self, row: &str) -> usize {
        self.notes_per_row.get(row).copied().unwrap_or(0)
    }
}

impl Document {
    /// The row with this id.
    pub fn row(&self, id: &str) -> Option<&Responsibility> {
        self.rows.iter().find(|r| r.id == id)
    }

    /// Every row by its id: for looking many rows up, where [`Document::row`] in a loop over
    /// rows would be quadratic.
    pub fn rows_by_id(&self) -> std::collections::HashMap<&str, &Responsibility> {
        self.rows.iter().map(|r| (r.id.as_str(), r)).collect()
    }

    /// The row with this id, to change it.
    pub fn row_mut(&mut self, id: &str) -> Option<&mut Responsibility> {
        self.rows.iter_mut().find(|r| r.id == id)
    }

    /// The holder with this id.
    pub fn holder(&self, id: &str) -> Option<&Holder> {
        self.holders.iter().find(|h| h.id == id)
    }

    /// The presence with this id.
    pub fn presence(&self, id: &str) -> Option<&Presence> {
        self.presences.iter().find(|p| p.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The annotation with this id.
    pub fn annotation(&self, id: &str) -> Option<&Annotation> {
        self.annotations.iter().find(|a| a.id == id)
    }

    /// The annotation with this id, to change it.
    pub fn annotation_mut(&mut self, id: &str) -> Option<&mut Annotation> {
        self.annotations.iter_mut().find(|a| a.id == id)
    }

    /// The notes on a row (or, with `None`, on the whole document), oldest first.
    pub fn annotations_for<'a>(
        &'a self,
        row: Option<&'a str>,
    ) -> impl Iterator<Item = &'a Annotation> + 'a {
        self.annotations
            .iter()
            .filter(move |a| a.row.as_deref() == row)
    }

    /// Notes whose row does not exist in this document. They are kept and shown, never dropped.
    pub fn orphan_annotations(&self) -> impl Iterator<Item = &Annotation> {
        let rows: HashSet<&str> = self.rows.iter().map(|r| r.id.as_str()).collect();
        self.annotations
            .iter()
            .filter(move |a| a.row.as_deref().is_some_and(|r| !rows.contains(r)))
    }

    /// The counts the views show, computed once per change rather than every frame.
    pub fn counts(&self) -> Counts {
        // One pass over the notes, counted by borrowed names, then owned once per row and tag:
        // not one allocation per note.
        let mut per_row: HashMap<&str, (usize, usize)> = HashMap::new();
        let mut tags: BTreeMap<&str, usize> = BTreeMap::new();
        for note in &self.annotations {
            if let Some(row) = note.row.as_deref() {
                let (notes, to_review) = per_row.entry(row).or_default();
                *notes += 1;
                *to_review += usize::from(note.facts_changed.is_some());
            }
            for tag in &note.tags {
                *tags.entry(tag.as_str()).or_insert(0) += 1;
            }
        }
        // Notes about rows the document does not have, from the rows the notes name.
        let rows: HashSet<&str> = self.rows.iter().map(|r| r.id.as_str()).collect();
        let orphans = per_row
            .iter()
            .filter(|(row, _)| !rows.contains(*row))
            .map(|(_, (notes, _))| notes)
            .sum();
        let notes_per_row = per_row
            .iter()
            .map(|(row, (notes, _))| ((*row).to_owned(), *notes))
            .collect();
        let to_review = per_row
            .iter()
            .filter(|(_, (_, to_review))| *to_review > 0)
            .map(|(row, (_, to_review))| ((*row).to_owned(), *to_review))
            .collect();
        let mut statuses = BTreeMap::new();
        let mut built_in_statuses = BTreeMap::new();
        for row in &self.rows {
            *statuses.entry(row.effective_status()).or_insert(0) += 1;
            *built_in_statuses.entry(row.status).or_insert(0) += 1;
        }
        Counts {
            to_review,
            notes_per_row,
            statuses,
            built_in_statuses,
            own_assessments: self.rows.iter().filter(|r| r.assessment.is_some()).count(),
            tags: tags
                .into_iter()
                .map(|(tag, count)| (tag.to_owned(), count))
                .collect(),
            orphans,
        }
    }

    /// The short names of these holder ids, unknown ids shown as they are.
    pub fn holder_names(&self, ids: &[String]) -> Vec<String> {
        ids.iter()
            .map(|id| {
                self.holder(id)
                    .map_or_else(|| id.clone(), |h| h.short.clone())
            })
            .collect()
    }

    /// How the mandate is cited: the symbol of its first source that has one
    /// ("S/RES/1244 (1999)"), else its label.
    pub fn mandate_citation(&self) -> &str {
        self.original
            .sources
            .iter()
            .filter_map(|id| self.source(id)?.symbol.as_deref())
            .next()
            .unwrap_or(&self.original.label)
    }

    /// How a paper cites a row: "S/RES/1244 (1999), para. 11 (i)"; `None` for a row that gives
    /// no paragraph.
    pub fn row_citation(&self, row: &Responsibility) -> Option<String> {
        let paragraph = row.paragraph.trim();
        (!paragraph.is_empty()).then(|| format!("{}, para. {paragraph}", self.mandate_citation()))
    }

    /// The label of a row in lists: "UNMIK 9".
    pub fn row_label(&self, row: &Responsibility) -> String {
        let presence = self
            .presence(&row.presence)
            .map_or(row.presence.as_str(), |p| p.short.as_str());
        format!("{presence} {}", row.number)
    }

    /// The same document as this version writes it: in [`FORMAT_VERSION`], annotations sorted
    /// by id, each note's tags sorted. Writing is deterministic, so files diff and merge cleanly.
    pub fn normalized(&self) -> Self {
        let mut doc = self.clone();
        doc.format = FORMAT_VERSION;
        doc.annotations.sort_by(|a, b| a.id.cmp(&b.id));
        for annotation in &mut doc.annotations {
            annotation.tags.sort();
            annotation.tags.dedup();
        }
        doc
    }
}
