//! Where things are in a document's RON text, as (line, column) from 1, the column in
//! characters: ron keeps no positions of its own beyond its errors' spans. The one place that
//! finds them, for the loader's errors and for `check`'s problems.

use std::collections::HashMap;

use crate::model::Problem;

/// What a problem's place points at in the text: the innermost item named by id
/// (`rows[unmik-09].events[2]` points at `id: "unmik-09"`), or else the top-level field
/// (`format`, `annotations[3]` at `annotations:`).
enum Anchor<'p> {
    Id(&'p str),
    Field(&'p str),
}

impl<'p> Anchor<'p> {
    fn of(place: &'p str) -> Self {
        let id = place
            .split('[')
            .skip(1)
            .filter_map(|part| part.split(']').next())
            .filter(|inside| !inside.is_empty() && !inside.bytes().all(|b| b.is_ascii_digit()))
            .last();
        match id {
            Some(id) => Self::Id(id),
            None => Self::Field(place.split(['.', '[']).next().unwrap_or_default()),
        }
    }
}

/// Where, in a document's text, each item named by id and each top-level field first appears,
/// as (line, column) from 1, the column in characters. Built in one pass over the text; it
/// keeps no hold on the text, so placing a problem never reads the text again: a check is
/// linear in the size of the file, however many problems it finds.
#[derive(Debug)]
pub struct Positions<'t> {
    /// The first `id: "…"` by the text between its quotes as written (up to the next `"`):
    /// for an id the text writes without escapes, the first place the text says
    /// `id: "{id}"`.
    ids: HashMap<&'t str, (usize, usize)>,
    /// The first `id: "…"` whose text has escapes, by its value: `id: "C:\\x"` under `C:\x`.
    escaped: HashMap<String, (usize, usize)>,
    /// The first `field:` for each top-level field a problem names: a handful at most (the
    /// document's own fields, `format` to `conflicts`), each looked for at every `:`.
    fields: Vec<(String, Option<(usize, usize)>)>,
}

const ID_NEEDLE: &str = "id: \"";

impl<'t> Positions<'t> {
    /// Reads `text` once, noting every `id: "…"` and the top-level fields `problems` need.
    pub fn new(text: &'t str, problems: &[Problem]) -> Self {
        let fields = problems
            .iter()
            .filter_map(|problem| match Anchor::of(&problem.place) {
                Anchor::Field(field) => Some(field),
                Anchor::Id(_) => None,
            });
        Self::of_fields(text, fields)
    }

    /// Reads `text` once, noting every `id: "…"` and where each of `fields` first appears as a
    /// field name (`field:`, `field :`, not inside a longer name).
    pub fn of_fields<'f>(text: &'t str, fields: impl IntoIterator<Item = &'f str>) -> Self {
        let mut wanted: Vec<(String, Option<(usize, usize)>)> = Vec::new();
        for field in fields {
            if !field.is_empty() && !wanted.iter().any(|(known, _)| known == field) {
                wanted.push((field.to_owned(), None));
            }
        }
        let mut positions = Self {
            ids: HashMap::new(),
            escaped: HashMap::new(),
            fields: wanted,
        };
        let (mut line, mut column) = (1, 1);
        for (at, c) in text.char_indices() {
            match c {
                'i' if text[at..].starts_with(ID_NEEDLE) => {
                    positions.note_id(&text[at + ID_NEEDLE.len()..], (line, column));
                }
                ':' => positions.note_colon(&text[..at], (line, column)),
                '\n' => {
                    line += 1;
                    column = 1;
                    continue;
                }
                _ => {}
            }
            column += 1;
        }
        positions
    }

    /// An `id: "` at `at`; `rest` is the text after its opening quote.
    fn note_id(&mut self, rest: &'t str, at: (usize, usize)) {
        // Every `id: "` ends the text of the one before it, so these reads overlap by at most
        // a few characters and all of them together read the text about once.
        let Some(end) = rest.find('"') else {
            return;
        };
        let written = &rest[..end];
        self.ids.entry(written).or_insert(at);
        if written.contains('\\')
            && let Some(end) = escaped_end(rest)
            && let Ok(value) = ron::from_str::<String>(&format!("\"{}\"", &rest[..end]))
        {
            self.escaped.entry(value).or_insert(at);
        }
    }

    /// A `:` at `at`; `before` is the text before it.
    fn note_colon(&mut self, before: &str, (line, column): (usize, usize)) {
        let name = before.trim_end_matches([' ', '\t']);
        // Spaces and tabs are one byte and one character each.
        let gap = before.len() - name.len();
        for (field, found) in &mut self.fields {
            if found.is_none()
                && !field.contains('\n')
                && let Some(ahead) = name.strip_suffix(field.as_str())
                && ahead
                    .chars()
                    .next_back()
                    .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '"'))
            {
                *found = Some((line, column - gap - field.chars().count()));
            }
        }
    }

    /// Where the item or field a problem's `place` names is (see [`Anchor`]); `None` when the
    /// text does not say.
    pub fn locate(&self, place: &str) -> Option<(usize, usize)> {
        match Anchor::of(place) {
            Anchor::Id(id) => {
                let written = if id.contains('"') {
                    None
                } else {
                    self.ids.get(id)
                };
                written.or_else(|| self.escaped.get(id)).copied()
            }
            Anchor::Field(field) => self
                .fields
                .iter()
                .find(|(known, _)| known == field)
                .and_then(|(_, found)| *found),
        }
    }
}

/// Where a RON string's text ends (the byte of its closing quote), `rest` being the text after
/// its opening quote: the first quote no backslash escapes.
fn escaped_end(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return Some(at),
            _ => at += 1,
        }
    }
    None
}

/// Where `field:` first appears as a field name (not inside a longer name or a string), as
/// (line, column): an unknown field the loader names.
pub(super) fn find_field(text: &str, field: &str) -> Option<(usize, usize)> {
    Positions::of_fields(text, [field]).locate(field)
}

/// Where the token at or after `position` starts (ron points at the white space before it),
/// and the first few characters of the token, to show what was found.
pub(super) fn token_at(text: &str, position: ron::error::Position) -> (usize, usize, String) {
    let Some(line_text) = text.split('\n').nth(position.line.saturating_sub(1)) else {
        return (position.line, position.col, String::new());
    };
    let skip = position.col.saturating_sub(1);
    let rest: String = line_text.chars().skip(skip).collect();
    let trimmed = rest.trim_start();
    let column = position.col + (rest.chars().count() - trimmed.chars().count());
    let found: String = trimmed.trim_end().chars().take(24).collect();
    (position.line, column, found)
}

/// The line and column just after `text`.
pub(super) fn end_position(text: &str) -> (usize, usize) {
    let line = 1 + text.matches('\n').count();
    let column = 1 + text.chars().rev().take_while(|&c| c != '\n').count();
    (line, column)
}
