//! What `project.qde` says, gathered from the document with its GUIDs before it is written.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::codes::CodeBook;
use super::{Guids, dedup};
use crate::export::Options;
use crate::i18n::{FluentValue, Language};
use crate::model::{Annotation, Document, Responsibility};

/// A text source: one presence's responsibilities.
pub(super) struct TextSource<'a> {
    pub(super) guid: String,
    /// A name that is also a safe file name ([`safe_name`]): QualCoder names its copy of the
    /// source file by it.
    pub(super) name: String,
    pub(super) description: String,
    pub(super) text: String,
    pub(super) selections: Vec<Selection<'a>>,
    /// The GUIDs of the notes on its rows that QualCoder imports as annotations: it looks for
    /// them here.
    pub(super) notes: Vec<String>,
}

/// A row as a selection of its source's text, by one user: the built-in data's codings in one
/// selection with no user, each user's own in a selection of theirs over the same text
/// (QualCoder reads who coded from the selection, not from the coding).
pub(super) struct Selection<'a> {
    pub(super) guid: String,
    pub(super) row: &'a Responsibility,
    pub(super) name: String,
    /// Characters before the row's text.
    pub(super) start: usize,
    /// Characters up to the end of the row's text.
    pub(super) end: usize,
    pub(super) user: Option<String>,
    pub(super) at: Option<jiff::Timestamp>,
    pub(super) codings: Vec<Coding>,
    /// The GUIDs of the notes on the row (on the first selection of the row only).
    pub(super) notes: Vec<String>,
}

/// A code applied to a selection.
pub(super) struct Coding {
    pub(super) guid: String,
    pub(super) code: String,
    pub(super) user: Option<String>,
    pub(super) at: Option<jiff::Timestamp>,
    /// The GUIDs of the notes the coding comes from (a tag's notes).
    pub(super) notes: Vec<String>,
}

/// A note that goes into the export.
pub(super) struct Note<'a> {
    pub(super) guid: String,
    pub(super) note: &'a Annotation,
    /// Unique among the notes: QualCoder's journal names are.
    pub(super) name: String,
    /// Where the note's row stands in its source, for a note on a row: QualCoder imports such
    /// a note as an annotation of that text. Notes on the whole document (or on a row the
    /// document lacks, or a person's second note on a row) have their text in a file of their
    /// own instead, which QualCoder imports as a journal entry.
    pub(super) span: Option<(usize, usize)>,
}

/// Everything `project.qde` says, with its GUIDs.
pub(super) struct Project<'a> {
    /// User name to GUID.
    pub(super) users: BTreeMap<String, String>,
    pub(super) code_book: CodeBook,
    pub(super) sources: Vec<TextSource<'a>>,
    pub(super) notes: Vec<Note<'a>>,
    /// The GUIDs of the notes on the whole document and on rows it does not have.
    pub(super) project_notes: Vec<String>,
    /// The latest change the export carries (a note, an assessment).
    pub(super) modified: Option<jiff::Timestamp>,
    /// The language of the code book and the descriptions.
    pub(super) lang: Language,
}

impl<'a> Project<'a> {
    pub(super) fn new(doc: &'a Document, options: Options, lang: Language) -> Self {
        let mut guids = Guids::new();
        let exported: Vec<&Annotation> = doc
            .annotations
            .iter()
            .filter(|a| options.shows(a))
            .collect();
        let mut users = BTreeMap::new();
        let authors = exported.iter().map(|a| &a.author).chain(
            doc.rows
                .iter()
                .filter_map(|r| r.assessment.as_ref().map(|a| &a.author)),
        );
        for author in authors.collect::<BTreeSet<_>>() {
            users.insert(author.clone(), guids.make(&format!("user:{author}")));
        }
        let code_book = CodeBook::new(doc, &exported, &mut guids, lang);
        let mut names = HashSet::new();
        let notes: Vec<Note> = exported
            .iter()
            .map(|note| Note {
                guid: guids.make(&format!("note:{}", note.id)),
                note,
                name: unique(note_name(doc, note, lang), &mut names),
                span: None,
            })
            .collect();
        let rows: HashSet<&str> = doc.rows.iter().map(|r| r.id.as_str()).collect();
        let project_notes = notes
            .iter()
            .filter(|n| n.note.row.as_deref().is_none_or(|r| !rows.contains(r)))
            .map(|n| n.guid.clone())
            .collect();
        let modified = exported
            .iter()
            .map(|a| a.modified)
            .chain(
                doc.rows
                    .iter()
                    .filter_map(|r| Some(r.assessment.as_ref()?.modified)),
            )
            .max();
        let mut project = Self {
            users,
            code_book,
            sources: Vec::new(),
            notes,
            project_notes,
            modified,
            lang,
        };
        project.sources = project.text_sources(doc, &mut guids);
        let spans: HashMap<&str, (usize, usize)> = project
            .sources
            .iter()
            .flat_map(|s| &s.selections)
            .map(|s| (s.row.id.as_str(), (s.start, s.end)))
            .collect();
        // QualCoder keeps one annotation per text, place and person (a second one stops its
        // import), so a person's further notes on the same row are written as journal entries.
        let mut placed = HashSet::new();
        for note in &mut project.notes {
            let row = note.note.row.as_deref();
            note.span = row
                .and_then(|r| spans.get(r).copied())
                .filter(|_| placed.insert((row, note.note.author.as_str())));
        }
        // A source refers to the notes QualCoder takes as annotations of it, and to no other.
        let placed: HashSet<&str> = project
            .notes
            .iter()
            .filter(|n| n.span.is_some())
            .map(|n| n.guid.as_str())
            .collect();
        for source in &mut project.sources {
            source.notes.retain(|guid| placed.contains(guid.as_str()));
        }
        project
    }

    /// One text source per presence, in the document's order; rows of a presence the document
    /// does not list get a source of their own after them.
    fn text_sources(&self, doc: &'a Document, guids: &mut Guids) -> Vec<TextSource<'a>> {
        let mut groups: Vec<(&str, Vec<&Responsibility>)> = doc
            .presences
            .iter()
            .map(|p| (p.id.as_str(), Vec::new()))
            .collect();
        for row in &doc.rows {
            match groups.iter_mut().find(|(id, _)| *id == row.presence) {
                Some((_, rows)) => rows.push(row),
                None => groups.push((&row.presence, vec![row])),
            }
        }
        let mut notes_by_row: HashMap<&str, Vec<&Note>> = HashMap::new();
        for note in &self.notes {
            if let Some(row) = note.note.row.as_deref() {
                notes_by_row.entry(row).or_default().push(note);
            }
        }
        let mut names = HashSet::new();
        groups
            .into_iter()
            .filter(|(_, rows)| !rows.is_empty())
            .map(|(presence, rows)| {
                let guid = guids.make(&format!("source:{presence}"));
                let (short, long) = match doc.presence(presence) {
                    Some(p) => (p.short.as_str(), p.name.as_str()),
                    None => (presence, presence),
                };
                let name = safe_name(&format!("{short} - {}", doc.mandate_citation()));
                let description = self.lang.t_args(
                    "export-qdpx-source",
                    &[("presence", FluentValue::from(long))],
                );
                let (text, spans) = source_text(doc, &rows);
                let mut selections = Vec::new();
                let mut notes = Vec::new();
                for (row, span) in rows.into_iter().zip(spans) {
                    let on_row = notes_by_row
                        .get(row.id.as_str())
                        .map_or(&[][..], Vec::as_slice);
                    notes.extend(on_row.iter().map(|n| n.guid.clone()));
                    selections.extend(self.selections(doc, row, span, on_row, guids));
                }
                TextSource {
                    guid,
                    name: unique(name, &mut names),
                    description,
                    text,
                    selections,
                    notes,
                }
            })
            .collect()
    }

    /// A row's selections: the built-in one coded with its status, then one per user coded
    /// with their own status and the tags of their notes on the row.
    fn selections(
        &self,
        doc: &Document,
        row: &'a Responsibility,
        (start, end): (usize, usize),
        notes: &[&Note],
        guids: &mut Guids,
    ) -> Vec<Selection<'a>> {
        let book = &self.code_book;
        // A row not assessed yet has no status to code.
        let mut codings: Vec<Coding> = book
            .status
            .get(&row.status)
            .map(|code| Coding {
                guid: guids.make(&format!("coding:{}:status", row.id)),
                code: code.clone(),
                user: None,
                at: None,
                notes: Vec::new(),
            })
            .into_iter()
            .collect();
        if let Some(own) = &row.assessment
            && let Some(code) = book.own.get(&own.status)
        {
            codings.push(Coding {
                guid: guids.make(&format!("coding:{}:own", row.id)),
                code: code.clone(),
                user: self.users.get(&own.author).cloned(),
                at: Some(own.modified),
                notes: Vec::new(),
            });
        }
        let mut tagged: BTreeMap<&str, Vec<&Note>> = BTreeMap::new();
        for note in notes {
            for tag in &note.note.tags {
                tagged.entry(tag).or_default().push(note);
            }
        }
        for (tag, notes) in tagged {
            let first = notes.iter().min_by_key(|n| n.note.created).map(|n| n.note);
            codings.push(Coding {
                guid: guids.make(&format!("coding:{}:tag:{tag}", row.id)),
                code: book.tags[tag].clone(),
                user: first.and_then(|n| self.users.get(&n.author).cloned()),
                at: first.map(|n| n.created),
                notes: dedup(notes.iter().map(|n| n.guid.clone())),
            });
        }
        // The built-in codings first, then each user's, users in the order of their names.
        let mut by_user: BTreeMap<Option<String>, Vec<Coding>> = BTreeMap::new();
        for coding in codings {
            by_user.entry(coding.user.clone()).or_default().push(coding);
        }
        let name = doc.row_citation(row).unwrap_or_else(|| doc.row_label(row));
        by_user
            .into_iter()
            .enumerate()
            .map(|(i, (user, codings))| {
                let key = match &user {
                    None => format!("row:{}", row.id),
                    Some(user) => format!("row:{}:user:{user}", row.id),
                };
                Selection {
                    guid: guids.make(&key),
                    row,
                    name: name.clone(),
                    start,
                    end,
                    at: codings.iter().filter_map(|c| c.at).min(),
                    user,
                    codings,
                    notes: if i == 0 {
                        dedup(notes.iter().map(|n| n.guid.clone()))
                    } else {
                        Vec::new()
                    },
                }
            })
            .collect()
    }
}

/// `name`, or "name (2)", "name (3)"… if an earlier one took it.
fn unique(name: String, taken: &mut HashSet<String>) -> String {
    let mut candidate = name.clone();
    let mut n = 1;
    while !taken.insert(candidate.clone()) {
        n += 1;
        candidate = format!("{name} ({n})");
    }
    candidate
}

/// A name that every file system takes as a file name, as QualCoder uses a source's name:
/// `/ \ : * ? " < > |` and control characters become "-", and dots and spaces at the end
/// (which Windows drops) go. "UNMIK - S/RES/1244 (1999)" becomes "UNMIK - S-RES-1244 (1999)".
pub(super) fn safe_name(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '-'
            } else {
                c
            }
        })
        .collect();
    let safe = safe.trim_end_matches(['.', ' ']).trim_start();
    if safe.is_empty() {
        "source".to_owned()
    } else {
        safe.to_owned()
    }
}

/// A source's plain text: each row's 1999 text after its pinpoint, a blank line between rows;
/// and where each row's text starts and ends, in characters.
fn source_text(doc: &Document, rows: &[&Responsibility]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut chars = 0;
    let mut spans = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let paragraph = row.paragraph.trim();
        let pinpoint = if paragraph.is_empty() {
            doc.row_label(row)
        } else {
            paragraph.to_owned()
        };
        let before = if i == 0 { "" } else { "\n\n" };
        for part in [before, &pinpoint, " "] {
            text.push_str(part);
            chars += part.chars().count();
        }
        let start = chars;
        text.push_str(&row.original);
        chars += row.original.chars().count();
        spans.push((start, chars));
    }
    text.push('\n');
    // One character for one: the positions stay right.
    let text = text.chars().map(crate::export::readable).collect();
    (text, spans)
}

/// "Note by Ana Petrović on S/RES/1244 (1999), para. 11 (i)".
fn note_name(doc: &Document, note: &Annotation, lang: Language) -> String {
    let subject = match note.row.as_deref() {
        None => lang.t("export-qdpx-whole-document"),
        Some(id) => match doc.row(id) {
            Some(row) => doc.row_citation(row).unwrap_or_else(|| doc.row_label(row)),
            None => lang.t_args("export-qdpx-missing-row", &[("row", FluentValue::from(id))]),
        },
    };
    lang.t_args(
        "export-qdpx-note",
        &[
            ("author", FluentValue::from(note.author.as_str())),
            ("subject", FluentValue::from(subject)),
        ],
    )
}
