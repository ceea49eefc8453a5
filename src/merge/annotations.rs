//! Notes: taken by id; two versions that say the same are one note, the later kept.

use std::collections::{HashMap, HashSet};

use super::{later, same_note, three_way};
use crate::model::{Annotation, Conflict, Document};

/// Every note either side has, by id; two versions that differ are a conflict unless one side
/// left the note as the ancestor had it.
pub(super) fn merge_annotations(
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

/// When a note was last changed, and by whom: which of two versions is the later.
fn note_stamp(note: &Annotation) -> (jiff::Timestamp, &str) {
    (note.modified, &note.author)
}
