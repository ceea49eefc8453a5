//! Validation: every problem in a document as a list, never a panic.

use std::collections::HashSet;

use super::problem::{NoteField, Problem, ProblemKind, Severity};
use super::{Document, FORMAT_VERSION, is_web_url};

struct Checker<'a> {
    doc: &'a Document,
    presences: HashSet<&'a str>,
    holders: HashSet<&'a str>,
    sources: HashSet<&'a str>,
    rows: HashSet<&'a str>,
    problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn error(&mut self, place: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::error(place, kind));
    }

    fn warning(&mut self, place: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::warning(place, kind));
    }

    /// Collects the ids of one list, reporting duplicates and empty ids.
    fn ids<T>(&mut self, list: &str, items: &'a [T], id: fn(&T) -> &str) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (index, item) in items.iter().enumerate() {
            let id = id(item);
            if id.trim().is_empty() {
                self.error(format!("{list}[{index}]"), ProblemKind::EmptyId);
            } else if !seen.insert(id) {
                self.error(
                    format!("{list}[{id}]"),
                    ProblemKind::IdTwice { id: id.to_owned() },
                );
            }
        }
        seen
    }

    fn sources(&mut self, place: &str, ids: &[String], required: bool) {
        if required && ids.is_empty() {
            self.error(place, ProblemKind::NoSource);
        }
        for id in ids {
            if !self.sources.contains(id.as_str()) {
                self.error(place, ProblemKind::UnknownSource { id: id.clone() });
            }
        }
    }

    fn holders(&mut self, place: &str, ids: &[String]) {
        for id in ids {
            if !self.holders.contains(id.as_str()) {
                self.error(place, ProblemKind::UnknownHolder { id: id.clone() });
            }
        }
    }
}

impl Document {
    /// Every problem in the document: unknown references, duplicate ids, claims without a
    /// source, links that are not http(s); ids that read as another id of their list are
    /// warnings (see `look_alike_ids`). Empty when the document is valid. Linear in the
    /// size of the document: every reference is looked up in a set, never in a list.
    pub fn validate(&self) -> Vec<Problem> {
        let mut c = Checker {
            doc: self,
            presences: HashSet::new(),
            holders: HashSet::new(),
            sources: HashSet::new(),
            rows: HashSet::new(),
            problems: Vec::new(),
        };
        if self.format != FORMAT_VERSION {
            c.error("format", ProblemKind::Format { found: self.format });
        }
        c.presences = c.ids("presences", &self.presences, |p| &p.id);
        c.holders = c.ids("holders", &self.holders, |h| &h.id);
        c.sources = c.ids("sources", &self.sources, |s| &s.id);
        c.rows = c.ids("rows", &self.rows, |r| &r.id);
        c.ids("annotations", &self.annotations, |a| &a.id);

        c.sources("original", &self.original.sources, true);
        c.sources("current", &self.current.sources, true);
        for (index, key_date) in self.key_dates.iter().enumerate() {
            c.sources(&format!("key_dates[{index}]"), &key_date.sources, true);
        }
        for source in &self.sources {
            if let Some(url) = &source.url
                && !is_web_url(url)
            {
                c.error(
                    format!("sources[{}]", source.id),
                    ProblemKind::NotWebLink { url: url.clone() },
                );
            }
        }
        check_rows(&mut c);
        check_annotations(&mut c);
        c.problems.extend(self.look_alike_ids(Severity::Warning));
        let rows = self.conflict_row_ids();
        for (index, (conflict, row)) in self.conflicts.iter().zip(rows).enumerate() {
            c.warning(
                format!("conflicts[{index}]"),
                ProblemKind::Undecided {
                    part: conflict.part(),
                    row: row.map(str::to_owned),
                },
            );
        }
        c.problems
    }
}

fn check_rows(c: &mut Checker<'_>) {
    let doc = c.doc;
    let mut numbers = HashSet::new();
    for row in &doc.rows {
        let place = format!("rows[{}]", row.id);
        if !c.presences.contains(row.presence.as_str()) {
            c.error(
                &place,
                ProblemKind::UnknownPresence {
                    id: row.presence.clone(),
                },
            );
        }
        if !numbers.insert((row.presence.as_str(), row.number)) {
            c.error(
                &place,
                ProblemKind::NumberTwice {
                    number: row.number,
                    presence: row.presence.clone(),
                },
            );
        }
        if row.original.trim().is_empty() {
            c.error(&place, ProblemKind::EmptyText);
        }
        // A row not assessed yet claims nothing about today, so needs no source for it.
        let claims = row.claims_today();
        c.sources(&place, &row.sources, claims);
        c.holders(&place, &row.holders);
        for (index, event) in row.events.iter().enumerate() {
            c.sources(&format!("{place}.events[{index}]"), &event.sources, true);
        }
        for (index, position) in row.positions.iter().enumerate() {
            let position_place = format!("{place}.positions[{index}]");
            if position.held_by.trim().is_empty() {
                c.error(&position_place, ProblemKind::NobodyHoldsView);
            }
            c.sources(&position_place, &position.sources, true);
        }
        for (index, wording) in row.wordings.iter().enumerate() {
            let ids = std::slice::from_ref(&wording.source);
            c.sources(&format!("{place}.wordings[{index}]"), ids, true);
        }
        for (index, phase) in row.phases.iter().enumerate() {
            let phase_place = format!("{place}.phases[{index}]");
            c.sources(&phase_place, &phase.sources, true);
            c.holders(&phase_place, &phase.holders);
        }
        if let Some(assessment) = &row.assessment {
            c.holders(&format!("{place}.assessment"), &assessment.holders);
        }
    }
}

fn check_annotations(c: &mut Checker<'_>) {
    let doc = c.doc;
    for annotation in &doc.annotations {
        if let Some(row) = &annotation.row
            && !c.rows.contains(row.as_str())
        {
            c.warning(
                format!("annotations[{}]", annotation.id),
                ProblemKind::OrphanNote { row: row.clone() },
            );
        }
        for kind in hidden_characters(annotation) {
            c.warning(format!("annotations[{}]", annotation.id), kind);
        }
        if annotation.modified < annotation.created {
            c.warning(
                format!("annotations[{}]", annotation.id),
                ProblemKind::ModifiedBeforeCreated,
            );
        }
    }
}

/// The characters that change the order text is shown in without being seen: embeddings,
/// overrides and isolates (the marks, U+200E and U+200F, only nudge and are left alone). A
/// note with one can read differently from what it says ("Trojan Source").
const BIDI_CONTROLS: [(char, &str); 9] = [
    ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202C}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
];

/// What a note's text, author and tags hide: the first bidirectional control, and the first
/// control character other than a tab or a line end, each said once. Such notes load, save and
/// show as they are; the warning is so a reader knows what they see may not be all there is.
fn hidden_characters(annotation: &super::Annotation) -> Vec<ProblemKind> {
    let fields = std::iter::once((NoteField::Text, annotation.text.as_str()))
        .chain(std::iter::once((
            NoteField::Author,
            annotation.author.as_str(),
        )))
        .chain(
            annotation
                .tags
                .iter()
                .map(|tag| (NoteField::Tag, tag.as_str())),
        );
    let (mut bidi, mut control) = (None, None);
    'fields: for (field, text) in fields {
        for c in text.chars() {
            if bidi.is_none()
                && matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                && let Some((_, name)) = BIDI_CONTROLS.iter().find(|(b, _)| *b == c)
            {
                bidi = Some(ProblemKind::DirectionControl {
                    field,
                    code: u32::from(c),
                    name,
                });
            } else if control.is_none() && c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
                control = Some(ProblemKind::ControlCharacter {
                    field,
                    code: u32::from(c),
                });
            }
            if bidi.is_some() && control.is_some() {
                break 'fields;
            }
        }
    }
    bidi.into_iter().chain(control).collect()
}
