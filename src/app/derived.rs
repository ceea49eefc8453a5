//! What the views derive from the document, computed once per document state and filter, not
//! once per frame.

use crate::model::{Counts, Document, Field, Filter, Responsibility, SearchIndex, found_in};

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
    /// For each of them, while a search is typed, where its words were found.
    pub(super) found: Vec<Vec<Field>>,
    /// How many rows the merge conflicts are about.
    pub(super) conflict_rows: usize,
    /// What the update bar offers, when the document is built on an older release of the
    /// built-in dataset.
    pub(super) update_offer: Option<UpdateOffer>,
}

/// What is derived from a document alone (not from the filter): made on the UI thread when
/// an edit changes the document, or by the job that made a new document (a merge, an update),
/// so that the frame taking the job's result in does not make it again.
pub(super) struct Made {
    index: SearchIndex,
    counts: Counts,
    conflict_rows: usize,
}

impl Made {
    /// What `doc` gives.
    pub(super) fn of(doc: &Document) -> Self {
        Self {
            index: SearchIndex::new(doc),
            counts: doc.counts(),
            conflict_rows: doc.conflict_rows(),
        }
    }
}

impl Derived {
    /// Takes `made` as what the document in `state` gives (made by a job of the document that
    /// became that state, unchanged since).
    pub(super) fn adopt(&mut self, made: Made, doc: &Document, state: u64) {
        let Made {
            index,
            counts,
            conflict_rows,
        } = made;
        self.index = index;
        self.counts = counts;
        self.conflict_rows = conflict_rows;
        self.update_offer = update_offer(doc);
        self.state = Some(state);
        // The rows shown are worked out again for the new document.
        self.filter = None;
    }

    /// The rows the table shows, in order: what every view of the filtered rows reads.
    pub(super) fn rows<'d>(&self, doc: &'d Document) -> Vec<&'d Responsibility> {
        self.visible
            .iter()
            .filter_map(|&i| doc.rows.get(i))
            .collect()
    }

    /// Brings everything up to date with `doc` in `state` under `filter`; does nothing when
    /// neither changed.
    pub(super) fn update(&mut self, doc: &Document, state: u64, filter: &Filter) {
        let new_state = self.state != Some(state);
        if new_state {
            self.adopt(Made::of(doc), doc, state);
        }
        if new_state || self.filter.as_ref() != Some(filter) {
            self.visible = filter.visible_rows_in(doc, &self.index);
            self.found = if filter.text.trim().is_empty() {
                Vec::new()
            } else {
                self.visible
                    .iter()
                    .map(|&at| found_in(doc, at, &filter.text))
                    .collect()
            };
            self.filter = Some(filter.clone());
        }
    }
}

/// The release a document is built on and the newest one, for the update bar.
#[derive(Clone, Copy, Debug)]
pub(super) struct UpdateOffer {
    built_on: &'static str,
    latest: &'static str,
    /// For a file that does not say which release it is built on: how far it is from the one
    /// assumed (0: it is that release).
    assumed: Option<usize>,
}

impl UpdateOffer {
    /// The labels of the release the document is built on and of the newest one.
    pub(super) fn labels(self) -> (&'static str, &'static str) {
        (self.built_on, self.latest)
    }

    /// "This file uses the built-in data of November 2025; November 2026 is available.", and
    /// which release was assumed for a file that does not say, in the interface's language.
    pub(super) fn texts(self) -> (String, Option<String>) {
        let offer = crate::tr!(
            "message-update-offer",
            built_on = self.built_on,
            latest = self.latest
        );
        let assumed = self.assumed.map(|differences| {
            crate::tr!(
                "message-update-assumed",
                differences = differences,
                release = self.built_on
            )
        });
        (offer, assumed)
    }
}

fn update_offer(doc: &Document) -> Option<UpdateOffer> {
    let (built_on, latest) = crate::io::newer_release(doc)?;
    Some(UpdateOffer {
        built_on: built_on.release.label,
        latest: latest.label,
        assumed: built_on.assumed,
    })
}
