//! The reference lists (presences, holders, sources): united by id, never shrunk.

use std::collections::{HashMap, HashSet};

use super::{Notice, Part, settle};

/// Reference lists (presences, holders, sources): every id either side has, in your order and
/// then theirs. Never deletes one, since a row of the other side may still cite it.
pub(super) fn union_by_id<T: Clone + PartialEq>(
    what: fn(String) -> Part,
    base: Option<&[T]>,
    ours: &[T],
    theirs: &[T],
    id: fn(&T) -> &String,
    notices: &mut Vec<Notice>,
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
                what(id(mine).clone()),
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
