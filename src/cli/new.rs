//! `mandate-compare new --from-text FILE -o OUT.ron`: a new comparison from a resolution's text,
//! one row per subparagraph (or paragraph without subparagraphs), none assessed yet.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::io;
use crate::model::PartialDate;
use crate::model::resolution::{Start, StartError, new_document, split};

/// What `new` is asked to do.
#[derive(Clone, Debug)]
pub struct NewFromText {
    /// The resolution's text (UTF-8 plain text, e.g. from `pdftotext`).
    pub text: PathBuf,
    /// The document to write; it must not exist yet.
    pub output: PathBuf,
    /// The presence the rows belong to; without it, the resolution's symbol (or the text file's
    /// name).
    pub presence: Option<String>,
    /// Other presences by paragraph ("9=KFOR").
    pub presence_of: Vec<(u32, String)>,
    /// Where the text was taken from.
    pub url: Option<String>,
    /// Who issued the text.
    pub publisher: String,
    /// The date of adoption where the text gives none.
    pub date: Option<PartialDate>,
}

/// Splits the text and writes the new document. Says what it did, or why not, on `report`.
/// Returns the exit code: 0 written, 2 when the text cannot be read or split, or the output
/// cannot be written (nothing is written then).
pub fn new_from_text(args: &NewFromText, report: &mut impl Write) -> i32 {
    let fail = |report: &mut dyn Write, message: String| {
        writeln!(report, "mandate-compare: {message}").ok();
        2
    };
    let input = args.text.display();
    if io::file_exists(&args.output) {
        return fail(
            report,
            format!(
                "{} exists already; nothing was written: give a new file",
                args.output.display()
            ),
        );
    }
    let text = match io::read_text(&args.text) {
        Ok(text) => text,
        Err(error) => return fail(report, error.to_string()),
    };
    let resolution = split(&text);
    let name = file_name(&args.text);
    let start = Start {
        presence: args
            .presence
            .clone()
            .or_else(|| resolution.symbol.clone())
            .unwrap_or_else(|| name.clone()),
        by_paragraph: args.presence_of.clone(),
        text_name: name,
        url: args.url.clone(),
        publisher: args.publisher.clone(),
        date: args.date,
        today: today(),
    };
    let doc = match new_document(&resolution, &start) {
        Ok(doc) => doc,
        Err(error @ StartError::NoDate) => {
            return fail(
                report,
                format!("{input}: {error}; give it with --date YYYY-MM-DD"),
            );
        }
        Err(error) => return fail(report, format!("{input}: {error}")),
    };
    if let Err(error) = io::save_path(&doc, &args.output) {
        return fail(report, error.to_string());
    }
    writeln!(
        report,
        "{}: {} rows from {} ({}, {}), none assessed yet",
        args.output.display(),
        doc.rows.len(),
        input,
        doc.original.label,
        doc.original.date
    )
    .ok();
    0
}

/// The file's name, for the source's title.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Today's date on this computer's clock, in its time zone.
fn today() -> PartialDate {
    crate::model::timeline::day_of(jiff::Zoned::now().date())
        .unwrap_or_else(|| PartialDate::from_year(2026))
}
