//! A REFI-QDA project (.qdpx), the exchange format of QDA tools (QualCoder, ATLAS.ti, NVivo,
//! MAXQDA): a zip holding `project.qde`, XML in the `urn:QDA-XML:project:1.0` namespace that
//! follows the REFI-QDA Project schema (`Project-mrt2019.xsd`), and the files it names as
//! `internal://<guid>.txt` in a folder called `sources` (in lower case, as the standard's text
//! names it; QualCoder also looks for `Sources`).
//!
//! Each presence's responsibilities (UNMIK's, KFOR's) become one text source: their 1999
//! texts, one paragraph each, after the paragraph's pinpoint ("11 (a)"). Each row is a
//! selection of exactly its text, named by its citation and coded with its status; the user's
//! own status and the tags of their notes are codings in a selection of that user's over the
//! same text. Positions count characters (Unicode code points) of the source text from 0, the
//! end exclusive: the standard's text says a selection is "defined by the first and the last
//! character", and its own example (Annex A) counts the end as the position after the last
//! character, as QualCoder does. GUIDs are UUID v5 of stable names (row id, code name, note
//! id, user name), so every export of the same document has the same GUIDs.
//!
//! Notes are written in the two forms QDA tools read: a note on a row is a `Note` with its
//! text in `PlainTextContent` and a `PlainTextSelection` giving the row's place in the source,
//! referred to from the row's selection (the standard's way) and from its `TextSource`
//! (QualCoder's way: it imports the note as an annotation of that text); a note on the whole
//! document is a `Note` whose text is a file of its own (`plainTextPath`), referred to from the
//! project, which QualCoder imports as a journal entry. So is a person's second note on the
//! same row: QualCoder holds one annotation per text, place and person, and stops its import
//! on a second.

mod codes;
mod project;
mod write;
mod xml;

use std::collections::HashSet;
use std::io::{Cursor, Write as _};

use uuid::Uuid;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use self::project::Project;
use super::Options;
use crate::i18n::Language;
use crate::model::Document;

/// The document as a REFI-QDA project: a zip with `project.qde`, the sources and the texts of
/// notes on the whole document; the code book's names, descriptions and the notes' names in
/// `lang` (the GUIDs are named by the English words and ids, so they are the same in every
/// language).
pub(super) fn export(doc: &Document, options: Options, lang: Language) -> std::io::Result<Vec<u8>> {
    let project = Project::new(doc, options, lang);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let file = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip_time(project.modified));
    zip.start_file("project.qde", file)?;
    zip.write_all(project.xml(doc).as_bytes())?;
    for source in &project.sources {
        zip.start_file(format!("sources/{}.txt", source.guid), file)?;
        zip.write_all(source.text.as_bytes())?;
    }
    for note in project.notes.iter().filter(|n| n.span.is_none()) {
        let text: String = note.note.text.chars().map(super::readable).collect();
        zip.start_file(format!("sources/{}.txt", note.guid), file)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// GUIDs named by stable strings: the same name gives the same GUID in every export.
struct Guids {
    namespace: Uuid,
    used: HashSet<Uuid>,
}

impl Guids {
    fn new() -> Self {
        Self {
            namespace: Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:mandate-compare:refi-qda"),
            used: HashSet::new(),
        }
    }

    /// The GUID named `key` ("row:unmik-09"). A key given twice (two rows with one id) gets
    /// "#2", "#3"… appended, so GUIDs stay unique within an export.
    fn make(&mut self, key: &str) -> String {
        let mut id = Uuid::new_v5(&self.namespace, key.as_bytes());
        let mut n = 1;
        while !self.used.insert(id) {
            n += 1;
            id = Uuid::new_v5(&self.namespace, format!("{key}#{n}").as_bytes());
        }
        id.hyphenated().to_string()
    }
}

/// The GUIDs in their first order, each once.
fn dedup(guids: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = HashSet::new();
    guids.filter(|g| seen.insert(g.clone())).collect()
}

/// The zip entries' time: the export's latest change (UTC), so that two exports of the same
/// document are the same bytes; 1980-01-01, the zip format's first day, when there is none or
/// it lies outside the years a zip can hold.
fn zip_time(modified: Option<jiff::Timestamp>) -> DateTime {
    modified
        .and_then(|at| {
            let t = at.to_zoned(jiff::tz::TimeZone::UTC).datetime();
            DateTime::from_date_and_time(
                u16::try_from(t.year()).ok()?,
                u8::try_from(t.month()).ok()?,
                u8::try_from(t.day()).ok()?,
                u8::try_from(t.hour()).ok()?,
                u8::try_from(t.minute()).ok()?,
                u8::try_from(t.second()).ok()?,
            )
            .ok()
        })
        .unwrap_or_default()
}
