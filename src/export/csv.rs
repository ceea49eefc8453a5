//! CSV: one row per responsibility, or one row per note. Quoting (commas, quotes, new lines in
//! the texts) is the csv crate's.

use super::{Notes, Options, holder_list};
use crate::i18n::{FluentValue, Language, status_label, visibility_label};
use crate::model::{Document, Responsibility, Shown};

// The column names stay English in every language: scripts and statistics packages read them
// by name. The cells holding the app's words (status words, a note's visibility) are in the
// export's language; the dataset's texts are as they are.

/// The header of the responsibilities CSV.
pub const RESPONSIBILITY_HEADER: [&str; 14] = [
    "id",
    "presence",
    "number",
    "paragraph",
    "title",
    "original_text",
    "status",
    "as_of",
    "holders",
    "own_status",
    "own_holders",
    "summary",
    "annotations",
    "original_from",
];

/// The header of the notes CSV.
pub const ANNOTATION_HEADER: [&str; 9] = [
    "id",
    "row",
    "responsibility",
    "author",
    "created",
    "modified",
    "visibility",
    "tags",
    "text",
];

pub(super) fn responsibilities(
    doc: &Document,
    options: Options,
    lang: Language,
) -> std::io::Result<Vec<u8>> {
    let selected = Notes::new(doc, options);
    let mut out = ::csv::Writer::from_writer(Vec::new());
    out.write_record(RESPONSIBILITY_HEADER)?;
    for row in &doc.rows {
        let presence = doc
            .presence(&row.presence)
            .map_or(row.presence.as_str(), |p| p.short.as_str());
        let own = row.assessment.as_ref();
        out.write_record([
            row.id.as_str(),
            presence,
            &row.number.to_string(),
            &row.paragraph,
            &row.title,
            &row.original,
            &status_label(lang, row.status),
            &row.as_of.map_or_else(String::new, |d| d.to_string()),
            &holder_list(doc, &row.holders),
            &own.map_or_else(String::new, |a| status_label(lang, a.status)),
            &own.map_or_else(String::new, |a| holder_list(doc, &a.holders)),
            &row.summary,
            &selected.on(Some(&row.id)).len().to_string(),
            &original_from(doc, row, lang),
        ])?;
    }
    out.into_inner().map_err(|e| e.into_error())
}

pub(super) fn annotations(
    doc: &Document,
    options: Options,
    lang: Language,
) -> std::io::Result<Vec<u8>> {
    let mut out = ::csv::Writer::from_writer(Vec::new());
    out.write_record(ANNOTATION_HEADER)?;
    for note in doc.annotations.iter().filter(|a| options.shows(a)) {
        let row = note.row.as_deref().and_then(|id| doc.row(id));
        out.write_record([
            note.id.as_str(),
            note.row.as_deref().unwrap_or(""),
            &row.map_or_else(String::new, |r| doc.row_label(r)),
            &note.author,
            &note.created.to_string(),
            &note.modified.to_string(),
            &visibility_label(lang, note.visibility),
            &note.tags.join(", "),
            &note.text,
        ])?;
    }
    out.into_inner().map_err(|e| e.into_error())
}

/// Where a row's text comes from, in `lang`: the mandate's own words and the copy they were
/// checked against, or whose wording it is; empty when the document does not say.
fn original_from(doc: &Document, row: &Responsibility, lang: Language) -> String {
    match doc.text_shown(row) {
        Shown::Quote(copy) => lang.t_args(
            "export-checked",
            &[(
                "source",
                FluentValue::from(copy.map_or("", |s| s.title.as_str())),
            )],
        ),
        Shown::Wording(..) => super::text_from(doc, row, lang).0.unwrap_or_default(),
        Shown::Unknown => String::new(),
    }
}
