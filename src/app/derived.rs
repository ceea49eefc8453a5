//! What the views derive from the document, computed once per document state and filter, not
//! once per frame.

use crate::model::{Counts, Document, Filter, SearchIndex};

/// The search index, the note counts and the rows the filter lets through.
#[derive(Default)]
pub(super) struct Derived {
    /// The document state the index and counts are of.
    state: Option<u64>,
    /// The filter `visible` is of (for the same state).
    filter: Option<Filter>,
    /// Each row's notes and folded text, for the filters.
    pub(super) index: SearchIndex,
    /// Note counts for the views.
    pub(super) counts: Counts,
    /// The rows the table shows (indices into the document's rows), in order.
    pub(super) visible: Vec<usize>,
}

impl Derived {
    /// Brings everything up to date with `doc` in `state` under `filter`; does nothing when
    /// neither changed.
    pub(super) fn update(&mut self, doc: &Document, state: u64, filter: &Filter) {
        let new_state = self.state != Some(state);
        if new_state {
            self.index = SearchIndex::new(doc);
            self.counts = doc.counts();
            self.state = Some(state);
        }
        if new_state || self.filter.as_ref() != Some(filter) {
            self.visible = filter.visible_rows_in(doc, &self.index);
            self.filter = Some(filter.clone());
        }
    }
}
