//! CSV: one row per responsibility, or one row per note. Quoting (commas, quotes, new lines in
//! the texts) is the csv crate's.
//!
//! # Formulas
//!
//! A spreadsheet reads a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or a
//! carriage return) as a formula, so a note from a colleague could run one in your
//! spreadsheet (`=HYPERLINK(…)`). As OWASP's page on CSV injection recommends, such a cell is
//! written with a `'` before it, which makes the spreadsheet show it as text
//! ([`Options::raw_csv`] leaves every cell as it is, for scripts). Characters no reader takes
//! are replaced by U+FFFD as in every export ([`super::readable`]).

use super::{Notes, Options, holder_list, readable};
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
    let mut out = Cells::new(options);
    out.write(RESPONSIBILITY_HEADER)?;
    for row in &doc.rows {
        let presence = doc
            .presence(&row.presence)
            .map_or(row.presence.as_str(), |p| p.short.as_str());
        let own = row.assessment.as_ref();
        out.write([
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
    out.finish()
}

pub(super) fn annotations(
    doc: &Document,
    options: Options,
    lang: Language,
) -> std::io::Result<Vec<u8>> {
    let mut out = Cells::new(options);
    out.write(ANNOTATION_HEADER)?;
    for note in doc.annotations.iter().filter(|a| options.shows(a)) {
        let row = note.row.as_deref().and_then(|id| doc.row(id));
        out.write([
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
    out.finish()
}

/// A CSV being written, each cell guarded against formulas unless the options say raw.
struct Cells {
    out: ::csv::Writer<Vec<u8>>,
    raw: bool,
}

impl Cells {
    fn new(options: Options) -> Self {
        Self {
            out: ::csv::Writer::from_writer(Vec::new()),
            raw: options.raw_csv,
        }
    }

    /// One record: its cells as [`cell`] writes them.
    fn write<S: AsRef<str>>(&mut self, record: impl IntoIterator<Item = S>) -> std::io::Result<()> {
        let raw = self.raw;
        self.out
            .write_record(record.into_iter().map(|c| cell(c.as_ref(), raw)))?;
        Ok(())
    }

    fn finish(self) -> std::io::Result<Vec<u8>> {
        self.out.into_inner().map_err(|e| e.into_error())
    }
}

/// A cell's text: as it is when `raw`; else with characters no reader takes replaced and a `'`
/// before a text a spreadsheet would read as a formula (see the module's notes).
pub(super) fn cell(text: &str, raw: bool) -> String {
    if raw {
        return text.to_owned();
    }
    let text: String = text.chars().map(readable).collect();
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text
    }
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

/// A cell's text as the CSV exports write it by default: characters no reader takes replaced,
/// and a `'` before a text a spreadsheet would read as a formula.
pub fn csv_cell(text: &str) -> String {
    cell(text, false)
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formula_cells_read_as_text_unless_raw() {
        for formula in [
            "=HYPERLINK(\"http://x\")",
            "+1+2",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(cell(formula, false), format!("'{formula}"));
            assert_eq!(cell(formula, true), formula);
        }
        for text in ["Kosovo Police", "1999-06-10", "a = b", "", "'quoted'"] {
            assert_eq!(cell(text, false), text);
        }
        assert_eq!(cell("x\u{FFFF}", false), "x\u{FFFD}");
    }
}
