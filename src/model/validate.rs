//! Validation: every problem in a document as a list, never a panic.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::{Conflict, Document, FORMAT_VERSION, is_web_url};

/// How serious a [`Problem`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The document still opens and nothing is lost, but something deserves a look.
    Warning,
    /// The document breaks a rule (an unknown reference, a duplicate id, a claim with no source).
    Error,
}

/// One thing wrong with a document, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// How serious it is.
    pub severity: Severity,
    /// Where in the document, e.g. `rows[unmik-09].events[2]`.
    pub place: String,
    /// What is wrong.
    pub message: String,
}

impl Problem {
    /// The row the problem is in, where it is in one: `unmik-09` for `rows[unmik-09].events[2]`.
    pub fn row(&self) -> Option<&str> {
        let rest = self.place.strip_prefix("rows[")?;
        // An id may hold `]`: the row's part ends at the last `]` before a `.` or the end.
        let end = match rest.find("].") {
            Some(dot) => dot,
            None => rest.strip_suffix(']').map(str::len)?,
        };
        Some(&rest[..end])
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{severity}: {}: {}", self.place, self.message)
    }
}

struct Checker<'a> {
    doc: &'a Document,
    presences: HashSet<&'a str>,
    holders: HashSet<&'a str>,
    sources: HashSet<&'a str>,
    rows: HashSet<&'a str>,
    problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, severity: Severity, place: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            severity,
            place: place.into(),
            message: message.into(),
        });
    }

    fn error(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.report(Severity::Error, place, message);
    }

    /// Collects the ids of one list, reporting duplicates and empty ids.
    fn ids<T>(&mut self, list: &str, items: &'a [T], id: fn(&T) -> &str) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (index, item) in items.iter().enumerate() {
            let id = id(item);
            if id.trim().is_empty() {
                self.error(format!("{list}[{index}]"), "the id is empty");
            } else if !seen.insert(id) {
                self.error(
                    format!("{list}[{id}]"),
                    format!("the id {id:?} is used twice"),
                );
            }
        }
        seen
    }

    fn sources(&mut self, place: &str, ids: &[String], required: bool) {
        if required && ids.is_empty() {
            self.error(place, "cites no source");
        }
        for id in ids {
            if !self.sources.contains(id.as_str()) {
                self.error(place, format!("cites the unknown source {id:?}"));
            }
        }
    }

    fn holders(&mut self, place: &str, ids: &[String]) {
        for id in ids {
            if !self.holders.contains(id.as_str()) {
                self.error(place, format!("names the unknown holder {id:?}"));
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
            c.error(
                "format",
                format!(
                    "is {}, but this version of the app reads format {FORMAT_VERSION}",
                    self.format
                ),
            );
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
                    format!("the link {url:?} is not an http or https address"),
                );
            }
        }
        check_rows(&mut c);
        check_annotations(&mut c);
        c.problems.extend(self.look_alike_ids(Severity::Warning));
        // The notes by id, looked up once each rather than by a walk through all of them
        // per conflict; the first of two with one id, as `Document::annotation` finds it.
        let mut notes = HashMap::new();
        if self
            .conflicts
            .iter()
            .any(|conflict| matches!(conflict, Conflict::Annotation { .. }))
        {
            for annotation in &self.annotations {
                notes.entry(annotation.id.as_str()).or_insert(annotation);
            }
        }
        for (index, conflict) in self.conflicts.iter().enumerate() {
            let row = match conflict {
                Conflict::Annotation { id, theirs } => notes
                    .get(id.as_str())
                    .copied()
                    .or(theirs.as_ref())
                    .and_then(|a| a.row.as_deref()),
                other => other.row(self),
            };
            let about = row.map_or_else(String::new, |row| format!(" of row {row:?}"));
            c.report(
                Severity::Warning,
                format!("conflicts[{index}]"),
                format!(
                    "a merge left the {}{about} undecided; open the file in the app to choose",
                    conflict.what()
                ),
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
                format!("names the unknown presence {:?}", row.presence),
            );
        }
        if !numbers.insert((row.presence.as_str(), row.number)) {
            c.error(
                &place,
                format!("number {} is used twice for {:?}", row.number, row.presence),
            );
        }
        if row.original.trim().is_empty() {
            c.error(&place, "the 1999 text is empty");
        }
        // A row not assessed yet claims nothing about today, so needs no source for it.
        let claims = row.status.is_assessed() || !row.holders.is_empty();
        c.sources(&place, &row.sources, claims);
        c.holders(&place, &row.holders);
        for (index, event) in row.events.iter().enumerate() {
            c.sources(&format!("{place}.events[{index}]"), &event.sources, true);
        }
        for (index, position) in row.positions.iter().enumerate() {
            let position_place = format!("{place}.positions[{index}]");
            if position.held_by.trim().is_empty() {
                c.error(&position_place, "says nobody holds this view");
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
            c.report(
                Severity::Warning,
                format!("annotations[{}]", annotation.id),
                format!("is about the unknown row {row:?}; it is kept and shown as an orphan"),
            );
        }
        for message in hidden_characters(annotation) {
            c.report(
                Severity::Warning,
                format!("annotations[{}]", annotation.id),
                message,
            );
        }
        if annotation.modified < annotation.created {
            c.report(
                Severity::Warning,
                format!("annotations[{}]", annotation.id),
                "was modified before it was created",
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
fn hidden_characters(annotation: &super::Annotation) -> Vec<String> {
    let fields = std::iter::once(("its text", annotation.text.as_str()))
        .chain(std::iter::once(("its author", annotation.author.as_str())))
        .chain(annotation.tags.iter().map(|tag| ("a tag", tag.as_str())));
    let (mut bidi, mut control) = (None, None);
    'fields: for (field, text) in fields {
        for c in text.chars() {
            if bidi.is_none()
                && matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                && let Some((_, name)) = BIDI_CONTROLS.iter().find(|(b, _)| *b == c)
            {
                bidi = Some(format!(
                    "{field} has the invisible direction control U+{:04X} ({name}), which \
                     can show the text in another order than it is written",
                    u32::from(c)
                ));
            } else if control.is_none() && c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
                control = Some(format!(
                    "{field} has the control character U+{:04X}, which shows as nothing or \
                     as a box",
                    u32::from(c)
                ));
            }
            if bidi.is_some() && control.is_some() {
                break 'fields;
            }
        }
    }
    bidi.into_iter().chain(control).collect()
}
