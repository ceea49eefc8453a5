//! Comparing and merging two documents: what differs between yours and a colleague's, and one
//! document with the work of both.
//!
//! A merge takes rows, notes and assessments by id. What only one side changed is taken from
//! that side; what both changed differently is a [`Conflict`], recorded in the merged document
//! (which holds your version) until the user picks one. Nothing is dropped silently: a note is
//! only left out when one side deleted it and the other left it as the common ancestor had it,
//! which needs a common ancestor (a three-way merge, as git does it). Without one, every note
//! either side has is kept.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::model::{
    Annotation, Assessment, Conflict, Document, FORMAT_VERSION, Responsibility, Status,
};

/// The result of a merge.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The merged document; its `conflicts` lists what is left for the user to decide.
    pub document: Document,
    /// Differences settled by keeping yours that the user should know about (a changed title,
    /// a source both sides changed, a row one side deleted and the other changed).
    pub notices: Vec<String>,
}

impl Merged {
    /// Whether nothing is left to decide and nothing was settled by keeping yours.
    pub fn is_clean(&self) -> bool {
        self.document.conflicts.is_empty() && self.notices.is_empty()
    }
}

/// What both sides agree on, or the side that changed from the base; `None` when both changed
/// it differently (or differ and there is no base).
fn three_way<'a, T: PartialEq>(base: Option<&T>, ours: &'a T, theirs: &'a T) -> Option<&'a T> {
    if ours == theirs || base == Some(theirs) {
        Some(ours)
    } else if base == Some(ours) {
        Some(theirs)
    } else {
        None
    }
}

/// [`three_way`], keeping yours with a notice when both changed it.
fn settle<T: PartialEq + Clone>(
    what: &str,
    base: Option<&T>,
    ours: &T,
    theirs: &T,
    notices: &mut Vec<String>,
) -> T {
    three_way(base, ours, theirs).cloned().unwrap_or_else(|| {
        notices.push(format!("both changed the {what}; yours is kept"));
        ours.clone()
    })
}

/// A note without its modification time: two notes that say the same are the same note.
fn same_note(a: &Annotation, b: &Annotation) -> bool {
    a.row == b.row
        && a.text == b.text
        && a.tags == b.tags
        && a.visibility == b.visibility
        && a.author == b.author
        && a.created == b.created
}

/// Of two versions that say the same, the one changed last (by author on a tie, so the result
/// does not depend on the order of the sides).
fn later<'a, T>(a: &'a T, b: &'a T, stamp: impl Fn(&T) -> (jiff::Timestamp, &str)) -> &'a T {
    if stamp(b) > stamp(a) { b } else { a }
}

fn note_stamp(note: &Annotation) -> (jiff::Timestamp, &str) {
    (note.modified, &note.author)
}

/// A row without the parts merged on their own (status, holders, assessment).
fn row_rest(row: &Responsibility) -> Responsibility {
    Responsibility {
        status: Status::Transferred,
        holders: Vec::new(),
        assessment: None,
        ..row.clone()
    }
}

/// Merges `theirs` into `ours`. With `base`, the common ancestor, it is a three-way merge: a
/// change on one side only is taken, and a note one side deleted is deleted. Without it, the
/// in-app "Merge from": everything either side has is kept, and any difference is a conflict,
/// except an assessment only one side made, which is taken.
pub fn merge(base: Option<&Document>, ours: &Document, theirs: &Document) -> Merged {
    let mut notices = Vec::new();
    let mut conflicts = ours.conflicts.clone();
    for conflict in &theirs.conflicts {
        if !conflicts.contains(conflict) {
            conflicts.push(conflict.clone());
        }
    }

    let title = settle(
        "title",
        base.map(|b| &b.title),
        &ours.title,
        &theirs.title,
        &mut notices,
    );
    let original = settle(
        "original mandate",
        base.map(|b| &b.original),
        &ours.original,
        &theirs.original,
        &mut notices,
    );
    let current = settle(
        "current arrangement",
        base.map(|b| &b.current),
        &ours.current,
        &theirs.current,
        &mut notices,
    );

    let presences = union_by_id(
        "presence",
        base.map(|b| b.presences.as_slice()),
        &ours.presences,
        &theirs.presences,
        |p| &p.id,
        &mut notices,
    );
    let holders = union_by_id(
        "holder",
        base.map(|b| b.holders.as_slice()),
        &ours.holders,
        &theirs.holders,
        |h| &h.id,
        &mut notices,
    );
    let sources = union_by_id(
        "source",
        base.map(|b| b.sources.as_slice()),
        &ours.sources,
        &theirs.sources,
        |s| &s.id,
        &mut notices,
    );
    let rows = merge_rows(base, ours, theirs, &mut conflicts, &mut notices);
    let annotations = merge_annotations(base, ours, theirs, &mut conflicts);

    let document = Document {
        format: FORMAT_VERSION,
        title,
        original,
        current,
        presences,
        holders,
        sources,
        rows,
        annotations,
        conflicts,
    }
    .normalized();
    Merged { document, notices }
}

/// Reference lists (presences, holders, sources): every id either side has, in your order and
/// then theirs. Never deletes one, since a row of the other side may still cite it.
fn union_by_id<T: Clone + PartialEq>(
    what: &str,
    base: Option<&[T]>,
    ours: &[T],
    theirs: &[T],
    id: fn(&T) -> &String,
    notices: &mut Vec<String>,
) -> Vec<T> {
    let theirs_by_id: HashMap<&String, &T> = theirs.iter().map(|t| (id(t), t)).collect();
    let base_by_id: HashMap<&String, &T> = base
        .unwrap_or_default()
        .iter()
        .map(|t| (id(t), t))
        .collect();
    let mut merged: Vec<T> = ours
        .iter()
        .map(|mine| match theirs_by_id.get(id(mine)) {
            None => mine.clone(),
            Some(their) => settle(
                &format!("{what} {:?}", id(mine)),
                base_by_id.get(id(mine)).copied(),
                mine,
                their,
                notices,
            ),
        })
        .collect();
    let ours_ids: HashSet<&String> = ours.iter().map(id).collect();
    merged.extend(theirs.iter().filter(|t| !ours_ids.contains(id(t))).cloned());
    merged
}

fn merge_rows(
    base: Option<&Document>,
    ours: &Document,
    theirs: &Document,
    conflicts: &mut Vec<Conflict>,
    notices: &mut Vec<String>,
) -> Vec<Responsibility> {
    let theirs_by_id: HashMap<&str, &Responsibility> =
        theirs.rows.iter().map(|r| (r.id.as_str(), r)).collect();
    let base_row = |id: &str| base.and_then(|b| b.row(id));
    let mut rows = Vec::with_capacity(ours.rows.len());
    for mine in &ours.rows {
        let base = base_row(&mine.id);
        let Some(their) = theirs_by_id.get(mine.id.as_str()) else {
            match base {
                // They deleted it and you left it as it was: deleted.
                Some(base) if base == mine => {}
                Some(_) => {
                    notices.push(format!(
                        "row {:?} was deleted in theirs but changed in yours; it is kept",
                        mine.id
                    ));
                    rows.push(mine.clone());
                }
                None => rows.push(mine.clone()),
            }
            continue;
        };
        rows.push(merge_row(base, mine, their, conflicts));
    }
    let ours_ids: HashSet<&str> = ours.rows.iter().map(|r| r.id.as_str()).collect();
    for their in theirs
        .rows
        .iter()
        .filter(|r| !ours_ids.contains(r.id.as_str()))
    {
        match base_row(&their.id) {
            Some(base) if base == their => {}
            Some(_) => {
                notices.push(format!(
                    "row {:?} was deleted in yours but changed in theirs; it is kept",
                    their.id
                ));
                rows.push(their.clone());
            }
            None => rows.push(their.clone()),
        }
    }
    rows
}

fn merge_row(
    base: Option<&Responsibility>,
    mine: &Responsibility,
    their: &Responsibility,
    conflicts: &mut Vec<Conflict>,
) -> Responsibility {
    let rest_base = base.map(row_rest);
    let mut row = match three_way(rest_base.as_ref(), &row_rest(mine), &row_rest(their)) {
        Some(rest) => rest.clone(),
        None => {
            conflicts.push(Conflict::Row {
                row: mine.id.clone(),
                theirs: Box::new(their.clone()),
            });
            row_rest(mine)
        }
    };
    row.status = match three_way(base.map(|b| &b.status), &mine.status, &their.status) {
        Some(status) => *status,
        None => {
            conflicts.push(Conflict::Status {
                row: mine.id.clone(),
                theirs: their.status,
            });
            mine.status
        }
    };
    row.holders = match three_way(base.map(|b| &b.holders), &mine.holders, &their.holders) {
        Some(holders) => holders.clone(),
        None => {
            conflicts.push(Conflict::Holders {
                row: mine.id.clone(),
                theirs: their.holders.clone(),
            });
            mine.holders.clone()
        }
    };
    row.assessment = merge_assessment(
        base.map(|b| &b.assessment),
        &mine.assessment,
        &their.assessment,
    )
    .unwrap_or_else(|| {
        conflicts.push(Conflict::Assessment {
            row: mine.id.clone(),
            theirs: their.assessment.clone(),
        });
        mine.assessment.clone()
    });
    row
}

fn merge_assessment(
    base: Option<&Option<Assessment>>,
    mine: &Option<Assessment>,
    their: &Option<Assessment>,
) -> Option<Option<Assessment>> {
    if let Some(pick) = three_way(base, mine, their) {
        return Some(pick.clone());
    }
    match (mine, their) {
        // The same judgement made twice: keep the later one.
        (Some(a), Some(b)) if a.status == b.status && a.holders == b.holders => Some(Some(
            later(a, b, |x| (x.modified, x.author.as_str())).clone(),
        )),
        // Without a common ancestor an assessment only one side made is brought in.
        (Some(a), None) | (None, Some(a)) if base.is_none() => Some(Some(a.clone())),
        _ => None,
    }
}

fn merge_annotations(
    base: Option<&Document>,
    ours: &Document,
    theirs: &Document,
    conflicts: &mut Vec<Conflict>,
) -> Vec<Annotation> {
    let theirs_by_id: HashMap<&str, &Annotation> = theirs
        .annotations
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    let base_by_id: HashMap<&str, &Annotation> = base
        .map(|b| b.annotations.iter().map(|a| (a.id.as_str(), a)).collect())
        .unwrap_or_default();
    let mut merged = Vec::with_capacity(ours.annotations.len());
    for mine in &ours.annotations {
        let base = base_by_id.get(mine.id.as_str()).copied();
        match theirs_by_id.get(mine.id.as_str()) {
            Some(their) if same_note(mine, their) => {
                merged.push(later(mine, *their, note_stamp).clone())
            }
            Some(their) => match three_way(base, mine, their) {
                Some(pick) => merged.push(pick.clone()),
                None => {
                    conflicts.push(Conflict::Annotation {
                        id: mine.id.clone(),
                        theirs: Some((*their).clone()),
                    });
                    merged.push(mine.clone());
                }
            },
            // They deleted a note you left as it was: deleted.
            None if base.is_some_and(|b| b == mine) => {}
            // They deleted a note you changed: you decide.
            None if base.is_some() => {
                conflicts.push(Conflict::Annotation {
                    id: mine.id.clone(),
                    theirs: None,
                });
                merged.push(mine.clone());
            }
            None => merged.push(mine.clone()),
        }
    }
    let ours_ids: HashSet<&str> = ours.annotations.iter().map(|a| a.id.as_str()).collect();
    for their in theirs
        .annotations
        .iter()
        .filter(|a| !ours_ids.contains(a.id.as_str()))
    {
        match base_by_id.get(their.id.as_str()) {
            Some(base) if *base == their => {}
            // You deleted a note they changed: you decide; until then it stays deleted.
            Some(_) => conflicts.push(Conflict::Annotation {
                id: their.id.clone(),
                theirs: Some(their.clone()),
            }),
            None => merged.push(their.clone()),
        }
    }
    merged
}

/// How one row differs between two documents, for compare mode.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RowDiff {
    /// The built-in status differs.
    pub status: bool,
    /// The built-in holders differ.
    pub holders: bool,
    /// The user's own assessments differ.
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

    /// What differs, in words: "status, holders, 2 notes".
    pub fn describe(&self) -> String {
        let mut parts: Vec<String> = [
            (self.only_in == Some(true), "only in yours"),
            (self.only_in == Some(false), "only in theirs"),
            (self.status, "status"),
            (self.holders, "holders"),
            (self.assessment, "own assessment"),
            (self.text, "row text"),
        ]
        .into_iter()
        .filter(|(differs, _)| *differs)
        .map(|(_, what)| what.to_owned())
        .collect();
        let notes =
            self.notes_only_mine.len() + self.notes_only_theirs.len() + self.notes_changed.len();
        match notes {
            0 => {}
            1 => parts.push("1 note".to_owned()),
            n => parts.push(format!("{n} notes")),
        }
        parts.join(", ")
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

    /// How many rows differ.
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
                assessment: mine.assessment != their.assessment,
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
