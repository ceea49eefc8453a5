//! Exports for readers without the app: Markdown for a paper, CSV for a spreadsheet or a
//! statistics package, and a self-contained HTML page. Pure functions from a document to
//! bytes; writing them to a file is the caller's business.

mod bibtex;
mod csl;
mod csv;
mod html;
mod markdown;
mod page;
mod qdpx;
mod room;
pub mod svg;

pub use csv::csv_cell;
pub use room::{counts_in, figures_lines, room_html, room_rows_csv};

use std::collections::HashMap;

use crate::i18n::{FluentValue, Language, source_kind_label, status_label};
use crate::model::{Annotation, Document, Phase, Responsibility, Source, SourceKind, Visibility};

/// The kinds of export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// A Markdown document: a table of the responsibilities, then each row in full.
    Markdown,
    /// One CSV row per responsibility, with a header.
    Csv,
    /// One CSV row per note, with a header.
    AnnotationsCsv,
    /// A self-contained HTML page that prints well.
    Html,
    /// The sources as CSL-JSON, for Zotero, Pandoc and citeproc.
    CslJson,
    /// The sources as BibTeX.
    Bibtex,
    /// A REFI-QDA project for QDA tools (QualCoder, ATLAS.ti, NVivo, MAXQDA).
    Qdpx,
}

impl Format {
    /// Every kind of export.
    pub const ALL: [Self; 7] = [
        Self::Markdown,
        Self::Csv,
        Self::AnnotationsCsv,
        Self::Html,
        Self::CslJson,
        Self::Bibtex,
        Self::Qdpx,
    ];

    /// The short name a script gives it ("md", "csv", "notes-csv", "html"), which
    /// [`Format::from_str`](std::str::FromStr::from_str) reads back.
    pub fn name(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Csv => "csv",
            Self::AnnotationsCsv => "notes-csv",
            Self::Html => "html",
            Self::CslJson => "csl-json",
            Self::Bibtex => "bibtex",
            Self::Qdpx => "qdpx",
        }
    }

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Csv | Self::AnnotationsCsv => "csv",
            Self::Html => "html",
            Self::CslJson => "json",
            Self::Bibtex => "bib",
            Self::Qdpx => "qdpx",
        }
    }

    /// The message id of its label in the `.ftl` files; its `.description` attribute is
    /// [`Format::description`].
    fn message_id(self) -> &'static str {
        match self {
            Self::Markdown => "export-format-md",
            Self::Csv => "export-format-csv",
            Self::AnnotationsCsv => "export-format-notes-csv",
            Self::Html => "export-format-html",
            Self::CslJson => "export-format-csl-json",
            Self::Bibtex => "export-format-bibtex",
            Self::Qdpx => "export-format-qdpx",
        }
    }

    /// What the export is called in menus and dialogs, in `lang`.
    pub fn label(self, lang: Language) -> String {
        lang.t(self.message_id())
    }

    /// What the export holds, in a phrase for help texts, in `lang`.
    pub fn description(self, lang: Language) -> String {
        lang.t(&format!("{}.description", self.message_id()))
    }
}

/// A name no [`Format`] has.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("no export format is called {0:?}")]
pub struct UnknownFormat(pub String);

impl std::str::FromStr for Format {
    type Err = UnknownFormat;

    /// The format with this [`Format::name`].
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|format| format.name() == name)
            .ok_or_else(|| UnknownFormat(name.to_owned()))
    }
}

/// What goes into an export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Include private notes (left out unless asked for).
    pub include_private: bool,
    /// CSV: write every cell as it is, also one a spreadsheet would read as a formula (see
    /// [`csv`](self#formulas)); for scripts that need the exact text.
    pub raw_csv: bool,
}

impl Options {
    /// Whether a note goes into the export.
    fn shows(self, annotation: &Annotation) -> bool {
        self.include_private || annotation.visibility == Visibility::Shared
    }

    /// The notes that go into the export about rows the document does not have.
    fn orphans<'a>(self, doc: &'a Document) -> impl Iterator<Item = &'a Annotation> + 'a {
        doc.orphan_annotations().filter(move |a| self.shows(a))
    }
}

/// The notes that go into an export, by the row they are about (`None`: the whole document),
/// sorted out once: looking each row's notes up among all of them made exports of large files
/// quadratic.
struct Notes<'a> {
    by_row: HashMap<Option<&'a str>, Vec<&'a Annotation>>,
}

impl<'a> Notes<'a> {
    fn new(doc: &'a Document, options: Options) -> Self {
        let mut by_row: HashMap<Option<&'a str>, Vec<&'a Annotation>> = HashMap::new();
        for note in doc.annotations.iter().filter(|a| options.shows(a)) {
            by_row.entry(note.row.as_deref()).or_default().push(note);
        }
        Self { by_row }
    }

    /// The notes about `row`, in the document's order.
    fn on(&self, row: Option<&'a str>) -> &[&'a Annotation] {
        self.by_row.get(&row).map_or(&[], Vec::as_slice)
    }
}

/// The document exported in `format`, its words in English.
///
/// # Errors
/// Only when the CSV writer fails, which writing to memory does not.
pub fn export(doc: &Document, format: Format, options: Options) -> std::io::Result<Vec<u8>> {
    export_in(doc, format, options, Language::En)
}

/// The document exported in `format`, its headings, labels and status words in `lang` (the
/// dataset's own texts stay as they are: in English for the built-in data). The document's
/// short labels (title, mandates, presences, holders, row titles) are its translations into
/// `lang` where it has them ([`Document::labels_in`]). CSV column names stay English whatever
/// the language: scripts read them.
///
/// # Errors
/// Only when the CSV writer fails, which writing to memory does not.
pub fn export_in(
    doc: &Document,
    format: Format,
    options: Options,
    lang: Language,
) -> std::io::Result<Vec<u8>> {
    let doc = &*doc.labels_in(lang.label_tags());
    Ok(match format {
        Format::Markdown => markdown::export(doc, options, lang).into_bytes(),
        Format::Csv => csv::responsibilities(doc, options, lang)?,
        Format::AnnotationsCsv => csv::annotations(doc, options, lang)?,
        Format::Html => html::export(doc, options, lang).into_bytes(),
        Format::CslJson => csl::export(doc, lang).into_bytes(),
        Format::Bibtex => bibtex::export(doc, lang).into_bytes(),
        Format::Qdpx => qdpx::export(doc, options, lang)?,
    })
}

/// "Kosovo Police, EULEX": the short names of a row's holders.
fn holder_list(doc: &Document, ids: &[String]) -> String {
    doc.holder_names(ids).join(", ")
}

/// The user's own assessment of a row in words, if they made one.
fn own_assessment(doc: &Document, row: &Responsibility, lang: Language) -> Option<String> {
    row.assessment.as_ref().map(|a| {
        lang.t_args(
            "export-own-assessment",
            &[
                ("status", FluentValue::from(status_label(lang, a.status))),
                (
                    "holders",
                    FluentValue::from(holders_or_nobody(doc, &a.holders, lang)),
                ),
                ("author", FluentValue::from(a.author.as_str())),
                ("date", FluentValue::from(day(a.modified))),
            ],
        )
    })
}

/// " (S/2008/354; Report (secondary))": the sources cited for a line, each written by `link`,
/// ids that name no source by `plain`.
fn cite(
    doc: &Document,
    lang: Language,
    ids: &[String],
    link: impl Fn(&Source) -> String,
    plain: impl Fn(&str) -> String,
) -> String {
    let labels: Vec<String> = ids
        .iter()
        .map(|id| match doc.source(id) {
            Some(source) if source.kind == SourceKind::Secondary => {
                format!(
                    "{} ({})",
                    link(source),
                    source_kind_label(lang, SourceKind::Secondary)
                )
            }
            Some(source) => link(source),
            None => plain(id),
        })
        .collect();
    if labels.is_empty() {
        String::new()
    } else {
        format!(" ({})", labels.join("; "))
    }
}

/// What a list of sources says after a source's label: ": its title" where the label is its
/// symbol, then ", publisher, date" and " (secondary)" where it is; texts written by `escape`.
fn source_details(source: &Source, lang: Language, escape: impl Fn(&str) -> String) -> String {
    let mut details = String::new();
    if source.symbol.is_some() {
        details.push_str(": ");
        details.push_str(&escape(&source.title));
    }
    details.push_str(", ");
    details.push_str(&escape(&source.publisher));
    if let Some(date) = source.date {
        details.push_str(", ");
        details.push_str(&date.to_string());
    }
    if source.kind == SourceKind::Secondary {
        details.push_str(" (");
        details.push_str(&escape(&source_kind_label(lang, SourceKind::Secondary)));
        details.push(')');
    }
    details
}

/// Where a row's text comes from, in `lang`: whose wording it is (`None` for the mandate's own
/// words, checked against a copy, which are quoted, and for a text whose origin is not
/// recorded), and what the mandate adds to that wording, with the text that is known from.
fn text_from(
    doc: &Document,
    row: &Responsibility,
    lang: Language,
) -> (Option<String>, Option<String>) {
    let worded = match doc.text_shown(row) {
        crate::model::Shown::Wording(source, id) => Some(lang.t_args(
            "export-worded",
            &[
                (
                    "source",
                    FluentValue::from(source.map_or(id, |s| s.title.as_str())),
                ),
                ("mandate", FluentValue::from(doc.original.label.as_str())),
            ],
        )),
        _ => None,
    };
    let omits = doc.text_omits(row).map(|(text, by)| {
        lang.t_args(
            "export-omits",
            &[
                ("mandate", FluentValue::from(doc.original.label.as_str())),
                ("source", FluentValue::from(by)),
                ("text", FluentValue::from(text)),
            ],
        )
    });
    (worded, omits)
}

/// " (as of 2026-11)" after a row's status, when the row says when it was checked.
fn as_of(row: &Responsibility, lang: Language) -> String {
    row.as_of.map_or_else(String::new, |date| {
        format!(
            " ({})",
            lang.t_args(
                "export-as-of",
                &[("date", FluentValue::from(date.to_string()))]
            )
        )
    })
}

/// "from 1999-06: Ongoing; held by UNMIK": one phase of a row, before its sources.
fn phase_line(doc: &Document, phase: &Phase, lang: Language) -> String {
    lang.t_args(
        "export-phase",
        &[
            ("date", FluentValue::from(phase.from.to_string())),
            (
                "status",
                FluentValue::from(status_label(lang, phase.status)),
            ),
            (
                "holders",
                FluentValue::from(holders_or_nobody(doc, &phase.holders, lang)),
            ),
        ],
    )
}

/// Escapes text for XML and HTML content and attribute values. A carriage return is written
/// as a character reference, so that a parser gives it back rather than folding it into the
/// line end; characters XML cannot hold are replaced ([`readable`]).
pub(super) fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(readable) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether XML 1.0 forbids `c` or the Unicode standard calls it a non-character: the control
/// characters other than tab, line feed and carriage return (C0, DEL and C1), U+FDD0 to
/// U+FDEF, and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …). One of
/// them makes an XML file ill-formed and a `.bib` file unreadable to biber.
pub fn is_unreadable(c: char) -> bool {
    let code = u32::from(c);
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || (0xFDD0..=0xFDEF).contains(&code)
        || code & 0xFFFE == 0xFFFE
}

/// `c`, or U+FFFD (the replacement character) in place of a character [`is_unreadable`]
/// says no reader takes.
pub(super) fn readable(c: char) -> char {
    if is_unreadable(c) { '\u{FFFD}' } else { c }
}

/// How many characters of the document's texts every export replaces by U+FFFD
/// ([`is_unreadable`]), for a warning: the texts of its rows, sources, holders, presences and
/// notes (private ones too: an export with them holds them), and its own title and labels.
pub fn unreadable_characters(doc: &Document) -> usize {
    let count = |text: &str| text.chars().filter(|c| is_unreadable(*c)).count();
    let mut texts: Vec<&str> = vec![&doc.title, &doc.original.label, &doc.current.label];
    for presence in &doc.presences {
        texts.extend([presence.id.as_str(), &presence.name, &presence.short]);
    }
    for holder in &doc.holders {
        texts.extend([holder.id.as_str(), &holder.short, &holder.name]);
    }
    for source in &doc.sources {
        texts.extend([source.id.as_str(), &source.title, &source.publisher]);
        texts.extend(source.symbol.as_deref());
        texts.extend(source.url.as_deref());
    }
    for row in &doc.rows {
        texts.extend([row.id.as_str(), &row.title, &row.paragraph, &row.original]);
        texts.extend([row.summary.as_str(), &row.presence]);
        texts.extend(row.events.iter().map(|e| e.text.as_str()));
        for position in &row.positions {
            texts.extend([position.held_by.as_str(), &position.view]);
        }
        texts.extend(row.wordings.iter().map(|w| w.text.as_str()));
        texts.extend(row.assessment.iter().map(|a| a.author.as_str()));
    }
    for note in &doc.annotations {
        texts.extend([note.id.as_str(), &note.author, &note.text]);
        texts.extend(note.tags.iter().map(String::as_str));
        texts.extend(note.row.as_deref());
    }
    texts.into_iter().map(count).sum()
}

/// "warning: FILE: 3 character(s) …": what the command line says when the document holds
/// characters the exports replace ([`unreadable_characters`]); `None` when it holds none.
pub fn unreadable_warning(doc: &Document, file: &std::path::Path) -> Option<String> {
    let count = unreadable_characters(doc);
    (count > 0).then(|| {
        format!(
            "warning: {}: {count} character(s) that XML forbids or Unicode calls non-characters \
             (control characters, U+FFFE, U+FFFF, …) are written as U+FFFD in the export",
            file.display()
        )
    })
}

/// The names of holders `ids`, or "nobody" in `lang` when there are none: how every export
/// but CSV (where an empty cell says it) writes a list of holders.
fn holders_or_nobody(doc: &Document, ids: &[String], lang: Language) -> String {
    let list = holder_list(doc, ids);
    if list.is_empty() {
        lang.t("export-nobody")
    } else {
        list
    }
}

/// "Resolution 1244 (1999) (1999-06-10) beside the situation after 2008 (2008-06-15)": what the
/// document compares, in `lang`, its labels written by `escape`.
fn compared_line(doc: &Document, lang: Language, escape: impl Fn(&str) -> String) -> String {
    lang.t_args(
        "export-compared",
        &[
            ("original", FluentValue::from(escape(&doc.original.label))),
            (
                "original_date",
                FluentValue::from(doc.original.date.to_string()),
            ),
            ("current", FluentValue::from(escape(&doc.current.label))),
            (
                "current_date",
                FluentValue::from(doc.current.date.to_string()),
            ),
        ],
    )
}

/// A colour as `#rrggbb`.
fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The calendar day of a timestamp (UTC), as exports show it.
fn day(at: jiff::Timestamp) -> String {
    at.strftime("%Y-%m-%d").to_string()
}
