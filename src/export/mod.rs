//! Exports for readers without the app: Markdown for a paper, CSV for a spreadsheet or a
//! statistics package, and a self-contained HTML page. Pure functions from a document to
//! bytes; writing them to a file is the caller's business.

mod bibtex;
mod csl;
mod csv;
mod html;
mod markdown;
mod qdpx;
pub mod svg;

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

    /// What the export is called in menus and dialogs.
    pub fn label(self) -> &'static str {
        match self {
            Self::Markdown => "Markdown",
            Self::Csv => "CSV of the responsibilities",
            Self::AnnotationsCsv => "CSV of the notes",
            Self::Html => "HTML page",
            Self::CslJson => "CSL-JSON of the sources",
            Self::Bibtex => "BibTeX of the sources",
            Self::Qdpx => "REFI-QDA project",
        }
    }

    /// What the export holds, in a phrase for help texts.
    pub fn description(self) -> &'static str {
        match self {
            Self::Markdown => {
                "A Markdown document: a table of the responsibilities, then each row in full"
            }
            Self::Csv => "One CSV row per responsibility, with a header",
            Self::AnnotationsCsv => "One CSV row per note, with a header",
            Self::Html => "A self-contained HTML page that prints well",
            Self::CslJson => "The sources as CSL-JSON, for Zotero, Pandoc and citeproc",
            Self::Bibtex => "The sources as BibTeX, for LaTeX and reference managers",
            Self::Qdpx => {
                "A REFI-QDA project (.qdpx) for QualCoder, ATLAS.ti, NVivo or MAXQDA (export only)"
            }
        }
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
}

impl Options {
    /// Whether a note goes into the export.
    fn shows(self, annotation: &Annotation) -> bool {
        self.include_private || annotation.visibility == Visibility::Shared
    }

    /// The notes that go into the export, about `row` (`None`: the whole document).
    fn notes<'a>(
        self,
        doc: &'a Document,
        row: Option<&'a str>,
    ) -> impl Iterator<Item = &'a Annotation> + 'a {
        doc.annotations_for(row).filter(move |a| self.shows(a))
    }

    /// The notes that go into the export about rows the document does not have.
    fn orphans<'a>(self, doc: &'a Document) -> impl Iterator<Item = &'a Annotation> + 'a {
        doc.orphan_annotations().filter(move |a| self.shows(a))
    }
}

/// The document exported in `format`.
///
/// # Errors
/// Only when the CSV writer fails, which writing to memory does not.
pub fn export(doc: &Document, format: Format, options: Options) -> std::io::Result<Vec<u8>> {
    Ok(match format {
        Format::Markdown => markdown::export(doc, options).into_bytes(),
        Format::Csv => csv::responsibilities(doc, options)?,
        Format::AnnotationsCsv => csv::annotations(doc, options)?,
        Format::Html => html::export(doc, options).into_bytes(),
        Format::CslJson => csl::export(doc).into_bytes(),
        Format::Bibtex => bibtex::export(doc).into_bytes(),
        Format::Qdpx => qdpx::export(doc, options)?,
    })
}

/// "Kosovo Police, EULEX": the short names of a row's holders.
fn holder_list(doc: &Document, ids: &[String]) -> String {
    doc.holder_names(ids).join(", ")
}

/// The user's own assessment of a row in words, if they made one.
fn own_assessment(doc: &Document, row: &Responsibility) -> Option<String> {
    row.assessment.as_ref().map(|a| {
        format!(
            "{}; held by {} ({}, {})",
            a.status.label(),
            or_nobody(&holder_list(doc, &a.holders)),
            a.author,
            day(a.modified)
        )
    })
}

/// " (S/2008/354; Report (secondary))": the sources cited for a line, each written by `link`,
/// ids that name no source by `plain`.
fn cite(
    doc: &Document,
    ids: &[String],
    link: impl Fn(&Source) -> String,
    plain: impl Fn(&str) -> String,
) -> String {
    let labels: Vec<String> = ids
        .iter()
        .map(|id| match doc.source(id) {
            Some(source) if source.kind == SourceKind::Secondary => {
                format!("{} (secondary)", link(source))
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
fn source_details(source: &Source, escape: impl Fn(&str) -> String) -> String {
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
        details.push_str(" (secondary)");
    }
    details
}

/// " (as of 2026-11)" after a row's status, when the row says when it was checked.
fn as_of(row: &Responsibility) -> String {
    row.as_of
        .map_or_else(String::new, |date| format!(" (as of {date})"))
}

/// "from 1999-06: Ongoing; held by UNMIK": one phase of a row, before its sources.
fn phase_line(doc: &Document, phase: &Phase) -> String {
    format!(
        "from {}: {}; held by {}",
        phase.from,
        phase.status.label(),
        or_nobody(&holder_list(doc, &phase.holders))
    )
}

/// Escapes text for XML and HTML content and attribute values; control characters other than
/// tab and new line (not allowed in XML 1.0) become spaces.
pub(super) fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters other than tab and new line are not allowed in XML 1.0.
            c if c.is_control() && c != '\t' && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The holders of a list, or "nobody" for an empty one.
fn or_nobody(list: &str) -> &str {
    if list.is_empty() { "nobody" } else { list }
}

/// The calendar day of a timestamp (UTC), as exports show it.
fn day(at: jiff::Timestamp) -> String {
    at.strftime("%Y-%m-%d").to_string()
}
