//! Compare mode: what differs between yours and theirs, row by row, without merging.
//!
//! The one definition of "different" the app uses wherever it counts differing rows (the
//! compare banner, the agreement panel, the message after a merge): **a row differs when what
//! it says differs** — its built-in status or holders, someone's own assessment (its status or
//! holders), its texts, events, positions or sources, or its notes (their words, tags or who
//! may see them). Who made a change and when do not count: two people who both give a row the
//! same status and holders agree on it, whoever wrote it down and whenever they did.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::{row_rest, same_note};
use crate::model::{Annotation, Assessment, Document, Responsibility};

/// Whether two own assessments say the same: the same status and the same holders (in any
/// order), whoever made them and whenever.
pub fn same_assessment(a: Option<&Assessment>, b: Option<&Assessment>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            let holders = |x: &Assessment| x.holders.iter().cloned().collect::<BTreeSet<String>>();
            a.status == b.status && holders(a) == holders(b)
        }
        _ => false,
    }
}

/// How one row differs between two documents, for compare mode.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowDiff {
    /// The built-in status differs.
    pub status: bool,
    /// The built-in holders differ.
    pub holders: bool,
    /// The user's own assessments say something different (status or holders; one side has
    /// one and the other none). Not who made them or when.
    pub assessment: bool,
    /// The rest of the row (texts, events, positions, sources) differs.
    pub text: bool,
    /// The row exists only in yours (`Some(true)`) or only in theirs (`Some(false)`).
    pub only_in: Option<bool>,
    /// Notes only in yours, by id.
    pub notes_only_mine: Vec<String>,
    /// Notes only in theirs, by id.
    pub notes_only_theirs: Vec<String>,
    /// Notes both have, changed differently, by id.
    pub notes_changed: Vec<String>,
}

impl RowDiff {
    /// Whether anything differs.
    pub fn any(&self) -> bool {
        *self != Self::default()
    }
}

/// What differs between yours and theirs, by row id (`None` for notes on the whole document).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    /// Rows that differ, and how. Rows that do not differ are absent.
    pub rows: BTreeMap<Option<String>, RowDiff>,
}

impl Comparison {
    /// How a row differs, if it does.
    pub fn row(&self, id: &str) -> Option<&RowDiff> {
        self.rows.get(&Some(id.to_owned()))
    }

    /// How many rows differ, by the definition at the top of this module (notes on the whole
    /// document are not a row).
    pub fn rows_differing(&self) -> usize {
        self.rows.keys().filter(|k| k.is_some()).count()
    }
}

/// Compares your document with theirs, row by row. Notes that differ only in when they were
/// last modified are the same note.
pub fn compare(ours: &Document, theirs: &Document) -> Comparison {
    let mut rows: BTreeMap<Option<String>, RowDiff> = BTreeMap::new();
    let theirs_rows: HashMap<&str, &Responsibility> =
        theirs.rows.iter().map(|r| (r.id.as_str(), r)).collect();
    for mine in &ours.rows {
        let diff = match theirs_rows.get(mine.id.as_str()) {
            None => RowDiff {
                only_in: Some(true),
                ..RowDiff::default()
            },
            Some(their) => RowDiff {
                status: mine.status != their.status,
                holders: mine.holders != their.holders,
                assessment: !same_assessment(mine.assessment.as_ref(), their.assessment.as_ref()),
                text: row_rest(mine) != row_rest(their),
                ..RowDiff::default()
            },
        };
        if diff.any() {
            rows.insert(Some(mine.id.clone()), diff);
        }
    }
    let ours_ids: HashSet<&str> = ours.rows.iter().map(|r| r.id.as_str()).collect();
    for their in theirs
        .rows
        .iter()
        .filter(|r| !ours_ids.contains(r.id.as_str()))
    {
        rows.insert(
            Some(their.id.clone()),
            RowDiff {
                only_in: Some(false),
                ..RowDiff::default()
            },
        );
    }
    let theirs_notes: HashMap<&str, &Annotation> = theirs
        .annotations
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    for mine in &ours.annotations {
        let entry = rows.entry(mine.row.clone()).or_default();
        match theirs_notes.get(mine.id.as_str()) {
            None => entry.notes_only_mine.push(mine.id.clone()),
            Some(their) if !same_note(mine, their) => entry.notes_changed.push(mine.id.clone()),
            Some(_) => {}
        }
    }
    let ours_notes: HashSet<&str> = ours.annotations.iter().map(|a| a.id.as_str()).collect();
    for their in theirs
        .annotations
        .iter()
        .filter(|a| !ours_notes.contains(a.id.as_str()))
    {
        rows.entry(their.row.clone())
            .or_default()
            .notes_only_theirs
            .push(their.id.clone());
    }
    rows.retain(|_, diff| diff.any());
    Comparison { rows }
}
