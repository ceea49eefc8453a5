//! Comparing and merging two documents: what differs between yours and a colleague's, and one
//! document with the work of both.
//!
//! A merge takes rows, notes and assessments by id. What only one side changed is taken from
//! that side; what both changed differently is a [`Conflict`], recorded in the merged document
//! (which holds your version) until the user picks one. Nothing is dropped silently: a note is
//! only left out when one side deleted it and the other left it as the common ancestor had it,
//! which needs a common ancestor (a three-way merge, as git does it). Without one, every note
//! either side has is kept.
//!
//! [`merge`] settles the document's own fields here and hands each part to its module:
//! `references` (presences, holders, sources), `rows` and `annotations`. [`compare`] is compare
//! mode: what differs, without merging.

mod annotations;
mod compare;
mod notice;
mod references;
mod room;
mod rows;
mod update;

pub use compare::{Comparison, RowDiff, compare, same_assessment};
pub use notice::{Notice, Part};
pub use room::{Arrived, Refused, arrive, arrive_document, participants};
pub use update::{Updated, update};

use crate::model::{Annotation, Conflict, Document, FORMAT_VERSION, Responsibility, Status};

/// The result of a merge.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The merged document; its `conflicts` lists what is left for the user to decide.
    pub document: Document,
    /// Differences settled by keeping yours that the user should know about (a changed title,
    /// a source both sides changed, a row one side deleted and the other changed).
    pub notices: Vec<Notice>,
}

impl Merged {
    /// Whether nothing is left to decide and nothing was settled by keeping yours.
    pub fn is_clean(&self) -> bool {
        self.document.conflicts.is_empty() && self.notices.is_empty()
    }
}

/// Merges `theirs` into `ours`. With `base`, the common ancestor, it is a three-way merge: a
/// change on one side only is taken, and a note one side deleted is deleted. Without it, the
/// in-app "Merge from": everything either side has is kept, and any difference is a conflict,
/// except an assessment only one side made, which is taken.
pub fn merge(base: Option<&Document>, ours: &Document, theirs: &Document) -> Merged {
    let mut notices = Vec::new();
    let mut conflicts = open_conflicts(ours, theirs);

    let title = settle(
        Part::Title,
        base.map(|b| &b.title),
        &ours.title,
        &theirs.title,
        &mut notices,
    );
    let title_tr = settle(
        Part::TitleTranslations,
        base.map(|b| &b.title_tr),
        &ours.title_tr,
        &theirs.title_tr,
        &mut notices,
    );
    let original = settle(
        Part::OriginalMandate,
        base.map(|b| &b.original),
        &ours.original,
        &theirs.original,
        &mut notices,
    );
    let current = settle(
        Part::CurrentArrangement,
        base.map(|b| &b.current),
        &ours.current,
        &theirs.current,
        &mut notices,
    );

    let key_dates = settle(
        Part::KeyDates,
        base.map(|b| &b.key_dates),
        &ours.key_dates,
        &theirs.key_dates,
        &mut notices,
    );
    let presences = references::union_by_id(
        Part::Presence,
        base.map(|b| b.presences.as_slice()),
        &ours.presences,
        &theirs.presences,
        |p| &p.id,
        &mut notices,
    );
    let holders = references::union_by_id(
        Part::Holder,
        base.map(|b| b.holders.as_slice()),
        &ours.holders,
        &theirs.holders,
        |h| &h.id,
        &mut notices,
    );
    let sources = references::union_by_id(
        Part::Source,
        base.map(|b| b.sources.as_slice()),
        &ours.sources,
        &theirs.sources,
        |s| &s.id,
        &mut notices,
    );
    let rows = rows::merge_rows(base, ours, theirs, &mut conflicts, &mut notices);
    let annotations = annotations::merge_annotations(base, ours, theirs, &mut conflicts);

    // The release a file is built on is not the user's work: one side's stamp is kept without
    // a notice (yours where both have one); an update (`update`) sets it.
    let dataset = three_way(base.map(|b| &b.dataset), &ours.dataset, &theirs.dataset)
        .cloned()
        .unwrap_or_else(|| ours.dataset.clone().or_else(|| theirs.dataset.clone()));
    let document = Document {
        format: FORMAT_VERSION,
        dataset,
        title,
        title_tr,
        original,
        current,
        key_dates,
        presences,
        holders,
        sources,
        rows,
        annotations,
        conflicts,
        // Blind assessing is the mode of the person whose file it is: yours.
        blind: ours.blind,
    }
    .normalized();
    Merged { document, notices }
}

/// The conflicts either side still has open, yours first, each once.
fn open_conflicts(ours: &Document, theirs: &Document) -> Vec<Conflict> {
    let mut conflicts = ours.conflicts.clone();
    for conflict in &theirs.conflicts {
        if !conflicts.contains(conflict) {
            conflicts.push(conflict.clone());
        }
    }
    conflicts
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
    what: Part,
    base: Option<&T>,
    ours: &T,
    theirs: &T,
    notices: &mut Vec<Notice>,
) -> T {
    three_way(base, ours, theirs).cloned().unwrap_or_else(|| {
        notices.push(Notice::BothChanged(what));
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

/// A row without the parts merged on their own (status, holders, assessment).
fn row_rest(row: &Responsibility) -> Responsibility {
    Responsibility {
        status: Status::Transferred,
        holders: Vec::new(),
        assessment: None,
        ..row.clone()
    }
}
