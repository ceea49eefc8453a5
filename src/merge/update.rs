//! Bringing a document built on an older release of the built-in dataset up to a newer one,
//! without losing anything the user wrote.

use crate::model::{Document, cited_sources, mark_notes_on_changed_facts, named_holders};

use super::merge;

/// The result of an update.
#[derive(Clone, Debug, PartialEq)]
pub struct Updated {
    /// The updated document: the user's work on the new release; conflicts where the user
    /// edited a built-in text the new release also changed.
    pub document: Document,
    /// Differences settled by keeping the user's version (see [`super::Merged::notices`]).
    pub notices: Vec<super::Notice>,
    /// Rows whose built-in content changed.
    pub rows_changed: usize,
    /// Sources the new release brings.
    pub sources_added: usize,
    /// Notes on rows whose facts changed, now marked for review.
    pub notes_marked: usize,
}

/// Updates `doc`, built on the release `base`, to the release `new`, at time `at`.
///
/// A three-way merge with the old release as the common ancestor: what only the new release
/// changed is taken (built-in facts), what only the user changed is kept (notes, tags, own
/// assessments, rows and sources added or edited by hand), and a built-in text both changed is
/// a conflict. Sources and holders the new release dropped go too, unless the user cites them
/// or changed them. Notes written before their row's facts changed are marked.
pub fn update(doc: &Document, base: &Document, new: &Document, at: jiff::Timestamp) -> Updated {
    let merged = merge(Some(base), doc, new);
    let mut document = merged.document;
    document.dataset.clone_from(&new.dataset);
    drop_references_the_release_dropped(&mut document, doc, base, new);
    in_release_order(&mut document, new);
    let notes_marked = mark_notes_on_changed_facts(doc, &mut document, at);
    let old_rows = doc.rows_by_id();
    let rows_changed = document
        .rows
        .iter()
        .filter(|row| {
            old_rows.get(row.id.as_str()).is_none_or(|&old| {
                let mut old = old.clone();
                old.assessment.clone_from(&row.assessment);
                old != **row
            })
        })
        .count();
    let old_sources: std::collections::HashSet<&str> =
        doc.sources.iter().map(|s| s.id.as_str()).collect();
    let sources_added = document
        .sources
        .iter()
        .filter(|s| !old_sources.contains(s.id.as_str()))
        .count();
    Updated {
        document: document.normalized(),
        notices: merged.notices,
        rows_changed,
        sources_added,
        notes_marked,
    }
}

/// Removes the sources and holders the old release had and the new one does not, where the
/// user's document has them as the old release did and nothing cites them any more.
fn drop_references_the_release_dropped(
    document: &mut Document,
    doc: &Document,
    base: &Document,
    new: &Document,
) {
    let cited: Vec<String> = cited_sources(document)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let named: Vec<String> = named_holders(document)
        .into_iter()
        .map(str::to_owned)
        .collect();
    document.sources.retain(|source| {
        let dropped = base.source(&source.id).is_some_and(|old| {
            new.source(&source.id).is_none() && doc.source(&source.id) == Some(old)
        });
        !dropped || cited.contains(&source.id)
    });
    document.holders.retain(|holder| {
        let dropped = base.holder(&holder.id).is_some_and(|old| {
            new.holder(&holder.id).is_none() && doc.holder(&holder.id) == Some(old)
        });
        !dropped || named.contains(&holder.id)
    });
}

/// Puts presences, holders, sources and rows in the new release's order (the user's own after
/// them, in their order), so an updated file reads like the release.
fn in_release_order(document: &mut Document, new: &Document) {
    fn order<T>(items: &mut [T], release: &[T], id: impl Fn(&T) -> &String) {
        let place = |item: &T| {
            release
                .iter()
                .position(|r| id(r) == id(item))
                .unwrap_or(usize::MAX)
        };
        // A stable sort: the user's own keep their order after the release's.
        items.sort_by_cached_key(place);
    }
    order(&mut document.presences, &new.presences, |p| &p.id);
    order(&mut document.holders, &new.holders, |h| &h.id);
    order(&mut document.sources, &new.sources, |s| &s.id);
    order(&mut document.rows, &new.rows, |r| &r.id);
}
