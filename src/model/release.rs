//! Built-in data that moves on: which release of the built-in dataset a document is built on,
//! and which of a user's notes were written before the facts of their row changed.

use std::collections::{HashMap, HashSet};

use super::{Document, FactChange, FactsChanged, Responsibility};

/// The part of a document that comes from the built-in dataset: everything but the user's
/// notes, own assessments, merge conflicts and the release stamp.
pub fn builtin_part(doc: &Document) -> Document {
    let rows = doc
        .rows
        .iter()
        .map(|row| Responsibility {
            assessment: None,
            ..row.clone()
        })
        .collect();
    // Built field by field, so a document with many notes does not copy them.
    Document {
        format: doc.format,
        dataset: None,
        title: doc.title.clone(),
        title_tr: doc.title_tr.clone(),
        original: doc.original.clone(),
        current: doc.current.clone(),
        key_dates: doc.key_dates.clone(),
        presences: doc.presences.clone(),
        holders: doc.holders.clone(),
        sources: doc.sources.clone(),
        rows,
        annotations: Vec::new(),
        conflicts: Vec::new(),
        blind: false,
    }
    .normalized()
}

/// How far apart the built-in parts of two documents are: one for each differing title or
/// mandate, and one for each presence, holder, source or row (by id) that differs or that only
/// one of them has. Zero when one is the other with only the user's work added.
pub fn distance(a: &Document, b: &Document) -> usize {
    let (a, b) = (builtin_part(a), builtin_part(b));
    let fields = usize::from(a.title != b.title || a.title_tr != b.title_tr)
        + usize::from(a.original != b.original)
        + usize::from(a.current != b.current)
        + usize::from(a.key_dates != b.key_dates);
    fields
        + differing(&a.presences, &b.presences, |p| &p.id)
        + differing(&a.holders, &b.holders, |h| &h.id)
        + differing(&a.sources, &b.sources, |s| &s.id)
        + differing(&a.rows, &b.rows, |r| &r.id)
}

/// How many items (by id) differ between two lists or are in only one.
fn differing<T: PartialEq>(a: &[T], b: &[T], id: impl Fn(&T) -> &String) -> usize {
    let in_a: std::collections::HashMap<&String, &T> = a.iter().map(|x| (id(x), x)).collect();
    let in_b: std::collections::HashMap<&String, &T> = b.iter().map(|y| (id(y), y)).collect();
    let changed_or_gone = a.iter().filter(|x| in_b.get(id(x)) != Some(x)).count();
    let added = b.iter().filter(|y| !in_a.contains_key(id(y))).count();
    changed_or_gone + added
}

/// What changed in a row's facts (status, holders, phases, events, positions) from `old` to
/// `new`; `None` when they are the same.
pub fn facts_changed(old: &Responsibility, new: &Responsibility) -> Option<Vec<FactChange>> {
    let mut changes = Vec::new();
    if old.status != new.status {
        changes.push(FactChange::Status {
            was: old.status,
            now: new.status,
        });
    }
    if old.holders != new.holders {
        changes.push(FactChange::Holders);
    }
    if old.phases != new.phases {
        changes.push(FactChange::Phases);
    }
    if old.events != new.events {
        let new_or_changed = new
            .events
            .iter()
            .filter(|e| !old.events.contains(e))
            .count();
        changes.push(FactChange::Events { new_or_changed });
    }
    if old.positions != new.positions {
        changes.push(FactChange::Positions);
    }
    (!changes.is_empty()).then_some(changes)
}

/// Marks the notes in `after` whose row's facts differ from `before`'s (an update of the
/// built-in data or a colleague's merge came in at `at`) and that were last written before
/// then. A note already marked gets the newer changes it does not list yet added after the
/// earlier ones. Returns how many were marked.
pub fn mark_notes_on_changed_facts(
    before: &Document,
    after: &mut Document,
    at: jiff::Timestamp,
) -> usize {
    let old_rows = before.rows_by_id();
    let changed: HashMap<String, Vec<FactChange>> = after
        .rows
        .iter()
        .filter_map(|row| {
            let old = old_rows.get(row.id.as_str())?;
            Some((row.id.clone(), facts_changed(old, row)?))
        })
        .collect();
    let mut marked = 0;
    for note in &mut after.annotations {
        let Some(new) = note.row.as_deref().and_then(|id| changed.get(id)) else {
            continue;
        };
        if note.modified >= at {
            continue;
        }
        let mark = note.facts_changed.get_or_insert_with(|| FactsChanged {
            at,
            changes: Vec::new(),
            what: None,
        });
        mark.at = at;
        for change in new {
            if !mark.changes.contains(change) {
                mark.changes.push(*change);
            }
        }
        marked += 1;
    }
    marked
}

/// The ids of the sources anything in the document cites.
pub fn cited_sources(doc: &Document) -> HashSet<&str> {
    let mut cited: HashSet<&str> = HashSet::new();
    let mandates = doc.original.sources.iter().chain(&doc.current.sources);
    cited.extend(mandates.map(String::as_str));
    let key_dates = doc.key_dates.iter().flat_map(|k| &k.sources);
    cited.extend(key_dates.map(String::as_str));
    for row in &doc.rows {
        let lists = std::iter::once(&row.sources)
            .chain(row.events.iter().map(|e| &e.sources))
            .chain(row.positions.iter().map(|p| &p.sources))
            .chain(row.phases.iter().map(|p| &p.sources));
        cited.extend(lists.flatten().map(String::as_str));
        cited.extend(row.wordings.iter().map(|w| w.source.as_str()));
    }
    cited
}

/// The ids of the holders anything in the document names.
pub fn named_holders(doc: &Document) -> HashSet<&str> {
    let mut named: HashSet<&str> = HashSet::new();
    for row in &doc.rows {
        named.extend(row.holders.iter().map(String::as_str));
        named.extend(
            row.phases
                .iter()
                .flat_map(|p| &p.holders)
                .map(String::as_str),
        );
        if let Some(own) = &row.assessment {
            named.extend(own.holders.iter().map(String::as_str));
        }
    }
    named
}
