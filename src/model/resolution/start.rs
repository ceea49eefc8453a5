//! A new comparison from a split resolution: one row per subparagraph (or paragraph without
//! subparagraphs), each quoting its words from the text given, which the document records as
//! its source; no row assessed yet.

use super::{Piece, Resolution};
use crate::model::{
    Document, FORMAT_VERSION, Mandate, PartialDate, Presence, Responsibility, Source, SourceKind,
    TextFrom, TextKind,
};

/// What the text does not say, from the person starting the comparison.
#[derive(Clone, Debug)]
pub struct Start {
    /// The presence the rows belong to (the mission's name), e.g. "UNIFIL". Its id is made
    /// from it.
    pub presence: String,
    /// Other presences by operative paragraph: resolution 1244 gives KFOR's tasks in paragraph
    /// 9 and UNMIK's in paragraph 11, so `[(9, "KFOR"), (11, "UNMIK")]`. Paragraphs not named
    /// here belong to `presence`.
    pub by_paragraph: Vec<(u32, String)>,
    /// What the text is called where the resolution gives no symbol (a file's name, say).
    pub text_name: String,
    /// Where the text was taken from, if it has an address.
    pub url: Option<String>,
    /// Who issued the text, e.g. "United Nations Security Council".
    pub publisher: String,
    /// The date the mandate took effect where the text gives none.
    pub date: Option<PartialDate>,
    /// The day the comparison is started: the point "today" is described from until someone
    /// assesses the rows.
    pub today: PartialDate,
}

/// Why no comparison can be made from a text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StartError {
    /// No numbered operative paragraph was found.
    #[error(
        "found no operative paragraph: expected a line starting \"1.\" after the preamble \
         (\"The Security Council,\")"
    )]
    NoParagraphs,
    /// The text gives no date of adoption and none was given.
    #[error(
        "the text gives no date of adoption (expected \"of 19 March 1978\" or \"on 10 June \
         1999\" above the preamble)"
    )]
    NoDate,
    /// A presence's name is empty (or has no letter or digit to make its id of).
    #[error("a presence's name is empty: it needs a letter or a digit")]
    NoPresence,
}

/// The id of the source that stands for the text given.
pub const TEXT_SOURCE: &str = "resolution-text";

/// One row of a new comparison, as the person starting it made it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// Where the resolution gives it, as a citation writes it ("11 (e)", "3, part 1").
    pub paragraph: String,
    /// Its words, quoted from the text given.
    pub text: String,
    /// Its short title.
    pub title: String,
    /// The name of the presence it belongs to.
    pub presence: String,
}

/// Builds the document with one row per subparagraph (or paragraph without subparagraphs),
/// each of the presence `start` gives its paragraph. Rows are numbered from 1 in the order of
/// the text; their ids are the presence's id and the number.
///
/// # Errors
/// When the text has no operative paragraph, no date is known, or the presence has no name.
pub fn new_document(resolution: &Resolution, start: &Start) -> Result<Document, StartError> {
    let presence_of = |piece: &Piece| {
        start
            .by_paragraph
            .iter()
            .rev()
            .find(|(paragraph, _)| *paragraph == piece.pinpoint.paragraph)
            .map_or(start.presence.trim(), |(_, name)| name.trim())
            .to_owned()
    };
    let drafts: Vec<Draft> = resolution
        .rows()
        .filter(|p| !p.text.trim().is_empty())
        .map(|piece| Draft {
            paragraph: piece.pinpoint.to_string(),
            text: piece.text.clone(),
            title: short_title(&piece.text),
            presence: presence_of(piece),
        })
        .collect();
    document_of(resolution, &drafts, start)
}

/// Builds the document of these rows, in this order; the resolution gives the symbol and the
/// date (else `start` does), and `start` where the text came from. Rows are numbered from 1 per
/// presence; their ids are the presence's id and the number.
///
/// # Errors
/// When there is no row, no date is known, or a presence has no name.
pub fn document_of(
    resolution: &Resolution,
    drafts: &[Draft],
    start: &Start,
) -> Result<Document, StartError> {
    if drafts.is_empty() {
        return Err(StartError::NoParagraphs);
    }
    let date = resolution.date.or(start.date).ok_or(StartError::NoDate)?;
    // The presences in the order their first row comes, each numbering its own rows.
    let mut presences: Vec<Presence> = Vec::new();
    let mut rows = Vec::with_capacity(drafts.len());
    for draft in drafts {
        let name = draft.presence.trim();
        let id = slug(name);
        if id.is_empty() {
            return Err(StartError::NoPresence);
        }
        if !presences.iter().any(|p| p.id == id) {
            presences.push(Presence {
                id: id.clone(),
                short: name.to_owned(),
                short_tr: Default::default(),
                name: name.to_owned(),
                name_tr: Default::default(),
            });
        }
        let number = rows
            .iter()
            .filter(|r: &&Responsibility| r.presence == id)
            .count()
            + 1;
        rows.push(row(draft, u32::try_from(number).unwrap_or(u32::MAX), &id));
    }
    let label = resolution
        .symbol
        .clone()
        .unwrap_or_else(|| start.text_name.clone());
    let source = Source {
        id: TEXT_SOURCE.to_owned(),
        title: start.text_name.clone(),
        publisher: start.publisher.trim().to_owned(),
        date: Some(date),
        symbol: resolution.symbol.clone(),
        url: start.url.clone(),
        // A copy of the text, not the issuing body's document at its official address.
        kind: SourceKind::Secondary,
    };
    Ok(Document {
        format: FORMAT_VERSION,
        dataset: None,
        title: label.clone(),
        title_tr: Default::default(),
        original: Mandate {
            label,
            label_tr: Default::default(),
            date,
            sources: vec![TEXT_SOURCE.to_owned()],
        },
        current: Mandate {
            label: start.today.to_string(),
            label_tr: Default::default(),
            date: start.today,
            sources: vec![TEXT_SOURCE.to_owned()],
        },
        key_dates: Vec::new(),
        presences,
        holders: Vec::new(),
        sources: vec![source],
        rows,
        annotations: Vec::new(),
        conflicts: Vec::new(),
        blind: false,
    })
}

/// One row: its words quoted, its pinpoint, its title.
fn row(draft: &Draft, number: u32, presence: &str) -> Responsibility {
    let title = draft.title.trim();
    let title = if title.is_empty() {
        short_title(&draft.text)
    } else {
        title.to_owned()
    };
    let id = format!("{presence}-{number:02}");
    Responsibility {
        paragraph: draft.paragraph.clone(),
        original_from: Some(TextFrom {
            kind: TextKind::Verbatim,
            source: TEXT_SOURCE.to_owned(),
            omits: None,
        }),
        ..Responsibility::not_assessed(id, presence, number, title, draft.text.clone())
    }
}

/// The first eight words of a text, with "…" where more follow, and without a closing ";" or
/// ",".
pub fn short_title(text: &str) -> String {
    const WORDS: usize = 8;
    let words: Vec<&str> = text.split_whitespace().collect();
    let head = words[..words.len().min(WORDS)].join(" ");
    let head = head.trim_end_matches([';', ',', ':', '.', ' ']);
    if words.len() > WORDS {
        format!("{head}…")
    } else {
        head.to_owned()
    }
}

/// An id made from a name: lower-case letters and digits, other runs become one hyphen.
fn slug(name: &str) -> String {
    let mut id = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_ids_come_from_the_words() {
        assert_eq!(
            short_title("Calls for strict respect for the territorial integrity, sovereignty"),
            "Calls for strict respect for the territorial integrity…"
        );
        assert_eq!(
            short_title("Protecting and promoting human rights;"),
            "Protecting and promoting human rights"
        );
        assert_eq!(slug(" UNIFIL (1978) "), "unifil-1978");
    }
}
