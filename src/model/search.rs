//! Search and filters over a document: pure functions, computed when the document or the
//! filter changes, not every frame.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization as _;

use super::{Annotation, Document, Holder, Responsibility, Status, Visibility};

/// What the table shows: rows matching every part that is set.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    /// Words to find in the 1999 text, title, summary, holders, events, positions and notes;
    /// case and accents do not matter ("prishtine" finds "Prishtinë").
    pub text: String,
    /// Only rows of these presences (ids); all when empty.
    pub presences: BTreeSet<String>,
    /// Only rows with one of these statuses (the user's own if set); all when empty.
    pub statuses: BTreeSet<Status>,
    /// Only rows held today by one of these holders (ids); all when empty.
    pub holders: BTreeSet<String>,
    /// Only rows with a note carrying one of these tags; all when empty.
    pub tags: BTreeSet<String>,
    /// Only rows with a note of this visibility.
    pub visibility: Option<Visibility>,
    /// Only rows whose status is Contested or that record competing positions.
    pub contested_only: bool,
    /// Only rows with at least one note.
    pub has_notes: bool,
}

impl Filter {
    /// Whether nothing is filtered.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The rows to show, as indices into `doc.rows`, in order, with an index of `doc` made
    /// earlier (once per document state), so that typing in the search field does not go
    /// through every note again.
    pub fn visible_rows_in(&self, doc: &Document, index: &SearchIndex) -> Vec<usize> {
        let words = words(&self.text);
        doc.rows
            .iter()
            .enumerate()
            .filter(|(at, row)| self.matches(doc, *at, row, index, &words))
            .map(|(at, _)| at)
            .collect()
    }

    fn matches(
        &self,
        doc: &Document,
        at: usize,
        row: &Responsibility,
        index: &SearchIndex,
        words: &[String],
    ) -> bool {
        let notes = index.notes(doc, at);
        let any = |set: &BTreeSet<String>, value: &String| set.is_empty() || set.contains(value);
        any(&self.presences, &row.presence)
            && (self.statuses.is_empty() || self.statuses.contains(&row.effective_status()))
            && (self.holders.is_empty()
                || row
                    .effective_holders()
                    .iter()
                    .any(|h| self.holders.contains(h)))
            && (self.tags.is_empty()
                || notes
                    .clone()
                    .any(|n| n.tags.iter().any(|t| self.tags.contains(t))))
            && self
                .visibility
                .is_none_or(|v| notes.clone().any(|n| n.visibility == v))
            && (!self.contested_only
                || row.effective_status() == Status::Contested
                || !row.positions.is_empty())
            && (!self.has_notes || notes.clone().next().is_some())
            && (words.is_empty() || {
                let haystack = &index.folded(doc)[at];
                words.iter().all(|w| haystack.contains(w.as_str()))
            })
    }
}

/// What filtering and the views need from a document, made once per version of it: each
/// row's notes and the notes on the whole document, and (on the first text search) each row's
/// searchable text, folded.
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Each row's index by its id.
    at: HashMap<String, usize>,
    /// Per row (by index), the indices of its notes in `doc.annotations`.
    notes: Vec<Vec<usize>>,
    /// The indices of the notes on the whole document (no row).
    whole: Vec<usize>,
    folded: OnceLock<Vec<String>>,
}

impl SearchIndex {
    /// The index of `doc`: one pass over its notes.
    pub fn new(doc: &Document) -> Self {
        let at: HashMap<&str, usize> = doc
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        let mut notes = vec![Vec::new(); doc.rows.len()];
        let mut whole = Vec::new();
        for (i, note) in doc.annotations.iter().enumerate() {
            match note.row.as_deref() {
                None => whole.push(i),
                Some(id) => {
                    if let Some(&row) = at.get(id) {
                        notes[row].push(i);
                    }
                }
            }
        }
        Self {
            at: at.into_iter().map(|(id, i)| (id.to_owned(), i)).collect(),
            notes,
            whole,
            folded: OnceLock::new(),
        }
    }

    /// The notes on the row `row` (by id), or on the whole document for `None`, in the
    /// document's order: what [`Document::annotations_for`] gives for a row the document has,
    /// without a pass over every note. `doc` must be the document the index was made of.
    pub fn notes_for<'a>(
        &'a self,
        doc: &'a Document,
        row: Option<&str>,
    ) -> impl Iterator<Item = &'a Annotation> + 'a {
        let indices: &[usize] = match row {
            None => &self.whole,
            Some(id) => self
                .at
                .get(id)
                .and_then(|&at| self.notes.get(at))
                .map_or(&[], Vec::as_slice),
        };
        indices.iter().filter_map(|&i| doc.annotations.get(i))
    }

    fn notes<'a>(
        &'a self,
        doc: &'a Document,
        row: usize,
    ) -> impl Iterator<Item = &'a Annotation> + Clone + 'a {
        self.notes
            .get(row)
            .into_iter()
            .flatten()
            .filter_map(|&i| doc.annotations.get(i))
    }

    fn folded(&self, doc: &Document) -> &[String] {
        self.folded.get_or_init(|| {
            (0..doc.rows.len())
                .map(|at| fold(&searchable_text(doc, at, self)))
                .collect()
        })
    }
}

/// Everything about a row that search looks through.
/// The holders a search looks through for a row: the built-in ones and the user's own; while
/// the document is assessed blind, the user's own only (finding a row by a built-in holder's
/// name would tell who holds it).
fn searched_holders<'d>(
    doc: &'d Document,
    row: &'d Responsibility,
) -> impl Iterator<Item = &'d Holder> {
    let built_in = (!doc.blind).then_some(row.holders.as_slice());
    built_in
        .unwrap_or_default()
        .iter()
        .chain(row.assessment.iter().flat_map(|a| a.holders.iter()))
        .filter_map(|id| doc.holder(id))
}

fn searchable_text(doc: &Document, at: usize, index: &SearchIndex) -> String {
    let row = &doc.rows[at];
    let mut text = vec![
        doc.row_label(row),
        row.title.clone(),
        row.original.clone(),
        row.summary.clone(),
    ];
    // The translated labels too, so a room searching in its own language finds the row.
    text.extend(row.title_tr.0.values().cloned());
    for holder in searched_holders(doc, row) {
        text.push(holder.short.clone());
        text.push(holder.name.clone());
        text.extend(holder.short_tr.0.values().cloned());
        text.extend(holder.name_tr.0.values().cloned());
    }
    for event in &row.events {
        text.push(event.date.to_string());
        text.push(event.text.clone());
    }
    for position in &row.positions {
        text.push(position.held_by.clone());
        text.push(position.view.clone());
    }
    for note in index.notes(doc, at) {
        text.push(note.author.clone());
        text.push(note.text.clone());
        text.extend(note.tags.iter().cloned());
    }
    text.join("\n")
}

/// A part of a row that search looks through: what the table says a row was found by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// Its label ("KFOR 8") or title.
    Title,
    /// The mandate's text.
    Text,
    Summary,
    /// The names of its holders (built-in or own).
    Holders,
    Events,
    Positions,
    /// The text of its notes.
    Notes,
    /// The tags on its notes.
    Tags,
    /// The authors of its notes.
    Authors,
}

/// The fields of row `at` in which one of the words of `query` occurs (case and accents
/// ignored), in the order of [`Field`]; empty for an empty query.
pub fn found_in(doc: &Document, at: usize, query: &str) -> Vec<Field> {
    let words = words(query);
    let Some(row) = doc.rows.get(at) else {
        return Vec::new();
    };
    if words.is_empty() {
        return Vec::new();
    }
    let has = |texts: &[&str]| {
        texts.iter().any(|text| {
            let text = fold(text);
            words.iter().any(|w| text.contains(w.as_str()))
        })
    };
    let label = doc.row_label(row);
    let mut title = vec![label.as_str(), row.title.as_str()];
    title.extend(row.title_tr.0.values().map(String::as_str));
    let holders: Vec<&str> = searched_holders(doc, row)
        .flat_map(|h| {
            [h.short.as_str(), h.name.as_str()]
                .into_iter()
                .chain(h.short_tr.0.values().map(String::as_str))
                .chain(h.name_tr.0.values().map(String::as_str))
        })
        .collect();
    let dates: Vec<String> = row.events.iter().map(|e| e.date.to_string()).collect();
    let mut events: Vec<&str> = row.events.iter().map(|e| e.text.as_str()).collect();
    events.extend(dates.iter().map(String::as_str));
    let notes: Vec<&Annotation> = doc.annotations_for(Some(&row.id)).collect();
    let fields = [
        (Field::Title, title),
        (Field::Text, vec![row.original.as_str()]),
        (Field::Summary, vec![row.summary.as_str()]),
        (Field::Holders, holders),
        (Field::Events, events),
        (
            Field::Positions,
            row.positions
                .iter()
                .flat_map(|p| [p.held_by.as_str(), p.view.as_str()])
                .collect(),
        ),
        (
            Field::Notes,
            notes.iter().map(|n| n.text.as_str()).collect(),
        ),
        (
            Field::Tags,
            notes
                .iter()
                .flat_map(|n| n.tags.iter().map(String::as_str))
                .collect(),
        ),
        (
            Field::Authors,
            notes.iter().map(|n| n.author.as_str()).collect(),
        ),
    ];
    fields
        .into_iter()
        .filter_map(|(field, texts)| has(&texts).then_some(field))
        .collect()
}

/// The search words, folded.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Lower case without accents: "Prishtinë" and "PRISHTINE" both become "prishtine", "Đakovica"
/// becomes "dakovica". Cyrillic and other scripts are lower-cased and otherwise kept.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut folded);
    }
    folded
}

fn fold_char(c: char, out: &mut String) {
    match c {
        // Most text is ASCII: no decomposition needed.
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        'đ' | 'Đ' => out.push('d'),
        'ß' => out.push_str("ss"),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'æ' | 'Æ' => out.push_str("ae"),
        _ => {
            for base in std::iter::once(c)
                .nfd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            {
                out.extend(base.to_lowercase());
            }
        }
    }
}

/// The byte ranges of `text` that match one of the search words, to highlight them. Matching
/// is on folded text, so "prishtine" highlights "Prishtinë".
pub fn match_ranges(text: &str, query: &str) -> Vec<Range<usize>> {
    let words = words(query);
    if words.is_empty() {
        return Vec::new();
    }
    // Fold character by character, remembering where each folded byte came from.
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (start, c) in text.char_indices() {
        let before = folded.len();
        fold_char(c, &mut folded);
        origin.extend(std::iter::repeat_n(start, folded.len() - before));
    }
    origin.push(text.len());
    let end_of = |folded_end: usize| -> usize {
        // The original end: the start of the next original character.
        let last = origin[folded_end - 1];
        text[last..]
            .chars()
            .next()
            .map_or(text.len(), |c| last + c.len_utf8())
    };
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for word in &words {
        let mut from = 0;
        while let Some(found) = folded[from..].find(word.as_str()) {
            let start = from + found;
            let end = start + word.len();
            ranges.push(origin[start]..end_of(end));
            from = end;
        }
    }
    ranges.sort_by_key(|r| r.start);
    // Merge overlaps.
    let mut merged: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Prishtinë"), "prishtine");
        assert_eq!(fold("Đakovica, Peć, Gračanica"), "dakovica, pec, gracanica");
        assert_eq!(fold("ПРИШТИНА"), "приштина");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn ranges_point_at_the_original_text() {
        let text = "From Prishtinë to PRISHTINE";
        let ranges = match_ranges(text, "prishtine");
        let found: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(found, ["Prishtinë", "PRISHTINE"]);
        assert!(match_ranges(text, "  ").is_empty());
        let ranges = match_ranges("Gračanica", "gra canica");
        assert_eq!(
            ranges,
            vec![Range { start: 0, end: 10 }],
            "adjacent matches merge; č is two bytes"
        );
    }
}
