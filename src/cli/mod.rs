//! The command line: what to open at start, and the subcommands that need no window.

use std::path::PathBuf;

mod agree;
mod check;
mod new;
mod room;
mod write;

/// Where problems are in a file's text (kept in `io`, where the loader uses it too).
pub use crate::io::Positions;
use crate::model::Over;
pub use agree::{AgreeFormat, agree};
pub use check::{FileCheck, check, check_bytes};
pub use new::{NewFromText, new_from_text};
pub use room::{agree_room, export_room, no_kappa};
pub use write::{MergeFiles, export, export_in, merge, merge_files, update};

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};

use crate::export;
use crate::i18n::Language;

/// Compare the 1999 mandate for Kosovo (resolution 1244) with who holds each function today.
#[derive(Debug, Parser)]
#[command(
    name = "mandate-compare",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Args {
    /// What to do instead of opening the window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A document to open (a .ron file). Without it, the built-in UNMIK dataset opens.
    pub file: Option<PathBuf>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check document files: syntax, format version, references and duplicate ids. Prints one
    /// line per problem as FILE:LINE:COLUMN: message; exits 0 when every file is valid, 1 when
    /// any is not, 2 on a usage error.
    Check {
        /// Also apply the curators' rules for a dataset others will cite: official addresses,
        /// no copy on a mirror marked primary, a paragraph and an as_of date on every row, two
        /// attributed positions wherever a row is disputed, phases from the mandate to today's
        /// status, events in date order.
        #[arg(long)]
        strict: bool,
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Three-way merge of two versions of a document with their common ancestor, as git's
    /// merge driver does it. Exits 0 when the merge is clean, 1 when conflicts remain (they are
    /// recorded in OUT for the app to resolve, and OUT is still a valid document), 2 when a file
    /// cannot be read or written.
    Merge {
        /// The common ancestor (git's %O). An empty file is an error (it may be a file caught
        /// while another program rewrites it), unless --empty-base-means-none is given.
        base: PathBuf,
        /// Your version (git's %A).
        ours: PathBuf,
        /// Their version (git's %B).
        theirs: PathBuf,
        /// Where to write the result (git's %A): your version or a new file, never the base
        /// or theirs; `-` for standard output.
        #[arg(short, long)]
        output: PathBuf,
        /// An empty BASE means the two versions share no ancestor: git passes an empty file
        /// then, so its merge driver is configured with this.
        #[arg(long)]
        empty_base_means_none: bool,
    },
    /// How far people's assessments agree, over the rows they assessed themselves. With two
    /// files: the share of rows given the same status, Cohen's kappa, the mean Jaccard index of
    /// the holders, the rows they disagree on and the rows per pair of statuses. With three or
    /// more (a workshop's room): Krippendorff's alpha (nominal), Fleiss' kappa where every row
    /// has the same number of raters (else why not), the holders' overlap and each row's
    /// figures, most disagreement first; files built on older built-in data are updated in
    /// memory (never written). The report says how many rows each person assessed. Exits 0,
    /// also when there is nothing to measure (it says so), 2 when a file cannot be read.
    Agree {
        /// Your file, then your colleague's (or every participant's: the first file's rows are
        /// the ones measured).
        #[arg(required = true, num_args = 2..)]
        files: Vec<PathBuf>,
        /// How to write the figures.
        #[arg(long, value_enum, default_value_t = AgreeFormat::Text)]
        format: AgreeFormat,
        /// Measure every row both files have: where a person made no own assessment of a row,
        /// their file's built-in status and holders stand in for it.
        #[arg(long)]
        built_in_stands_in: bool,
    },
    /// Bring a file built on an older release of the built-in dataset up to this version's:
    /// a three-way merge that keeps every note, tag, own assessment and hand-made change, takes
    /// the built-in facts that changed, and marks the notes on rows whose facts changed. Exits
    /// 0 when clean (or already up to date), 1 when conflicts remain (recorded in the output,
    /// which is still a valid document), 2 when a file cannot be read or written.
    Update {
        /// The file to update.
        file: PathBuf,
        /// Where to write the result (another file); without it, the file itself, atomically,
        /// keeping a .bak, and only if no other program changed it meanwhile.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Start a comparison from a resolution's text: finds its symbol and date, leaves out a
    /// PDF copy's page furniture, splits the operative part into paragraphs and subparagraphs,
    /// and writes a new document with one row per subparagraph (or paragraph without
    /// subparagraphs), quoting the text given, none assessed yet. Exits 0 when written, 2 when
    /// the text cannot be read or split or OUT exists already (nothing is written then).
    New {
        /// The resolution's text: a UTF-8 .txt file (e.g. `pdftotext -layout S_RES_1244.pdf`).
        #[arg(long, value_name = "FILE")]
        from_text: PathBuf,
        /// The document to write (a new file).
        #[arg(short, long, value_name = "OUT.ron")]
        output: PathBuf,
        /// The presence (mission) the rows belong to, e.g. UNIFIL; without it, the resolution's
        /// symbol.
        #[arg(long, value_name = "NAME")]
        presence: Option<String>,
        /// The rows of one operative paragraph belong to another presence: `--presence-of
        /// 9=KFOR --presence-of 11=UNMIK` for resolution 1244. Repeat for each paragraph.
        #[arg(long, value_name = "PARAGRAPH=NAME", value_parser = paragraph_presence)]
        presence_of: Vec<(u32, String)>,
        /// Where the text was taken from (an http or https address), recorded with the source.
        #[arg(long)]
        url: Option<String>,
        /// Who issued the text, recorded with the source.
        #[arg(long, default_value = "United Nations Security Council")]
        publisher: String,
        /// The date of adoption (2024-04-30) when the text gives none.
        #[arg(long)]
        date: Option<crate::model::PartialDate>,
    },
    /// Export a document (Markdown, CSV, HTML, CSL-JSON, BibTeX, REFI-QDA). Private notes are left
    /// out unless --include-private is given.
    Export {
        /// The kind of export.
        #[arg(long, value_parser = format_parser())]
        format: export::Format,
        /// Include private notes.
        #[arg(long)]
        include_private: bool,
        /// With --format csv: one row per note instead of one per responsibility.
        #[arg(long)]
        annotations: bool,
        /// With --format csv: every cell as it is; without it a cell starting with = + - @, a
        /// tab or a CR gets a ' before it, so a spreadsheet shows it as text, not a formula.
        #[arg(long)]
        raw_csv: bool,
        /// The language of the headings, labels and status words: en, sq, sr-Latn or sr-Cyrl.
        /// The dataset's texts stay as they are (English for the built-in data); CSV column
        /// names stay English.
        #[arg(long, default_value = "en", value_parser = language_parser)]
        lang: Language,
        /// The document to export.
        file: PathBuf,
        /// The participants' files of a workshop: the HTML page gets a section on the room
        /// (its figures, each row's statuses by count); with --format csv the CSV is the
        /// room's figures, one line per row.
        #[arg(long, num_args = 1..)]
        room: Vec<PathBuf>,
        /// Where to write the export (never the document itself); standard output without it,
        /// or with `-` or /dev/stdout. A device or named pipe is written into, not replaced.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// `--format`: the name of every export but the notes CSV (that one is `--format csv
/// --annotations`), each with its description for `--help`.
fn format_parser() -> impl TypedValueParser<Value = export::Format> {
    let values = export::Format::ALL
        .into_iter()
        .filter(|format| *format != export::Format::AnnotationsCsv)
        .map(|format| {
            PossibleValue::new(format.name()).help(format.description(crate::i18n::Language::En))
        });
    PossibleValuesParser::new(values).try_map(|name| name.parse::<export::Format>())
}

/// `--lang`: one of the interface's language codes; another is a usage error naming them.
fn language_parser(code: &str) -> Result<Language, crate::i18n::UnknownLanguage> {
    code.parse()
}

/// `--presence-of 9=KFOR`: a paragraph number and a presence's name.
fn paragraph_presence(text: &str) -> Result<(u32, String), String> {
    let (paragraph, name) = text
        .split_once('=')
        .ok_or_else(|| format!("expected PARAGRAPH=NAME, such as 9=KFOR, found {text:?}"))?;
    let paragraph = paragraph.trim().parse().map_err(|_| {
        format!("expected a paragraph number before '=', such as 9=KFOR, found {paragraph:?}")
    })?;
    if name.trim().is_empty() {
        return Err(format!(
            "expected a presence's name after '=', found {text:?}"
        ));
    }
    Ok((paragraph, name.trim().to_owned()))
}

/// Runs a subcommand; returns the process exit code.
pub fn run(command: &Command) -> i32 {
    let result = match command {
        Command::Check { strict, files } => check(files, *strict, &mut std::io::stdout().lock())
            .map(|valid| if valid { 0 } else { 1 }),
        Command::Merge {
            base,
            ours,
            theirs,
            output,
            empty_base_means_none,
        } => Ok(merge_files(
            &MergeFiles {
                base,
                ours,
                theirs,
                output,
                empty_base_means_none: *empty_base_means_none,
            },
            &mut std::io::stdout().lock(),
            &mut std::io::stderr(),
        )),
        Command::Agree {
            files,
            format,
            built_in_stands_in,
        } => run_agree(files, *format, *built_in_stands_in),
        Command::New {
            from_text,
            output,
            presence,
            presence_of,
            url,
            publisher,
            date,
        } => Ok(new_from_text(
            &NewFromText {
                text: from_text.clone(),
                output: output.clone(),
                presence: presence.clone(),
                presence_of: presence_of.clone(),
                url: url.clone(),
                publisher: publisher.clone(),
                date: *date,
            },
            &mut std::io::stderr(),
        )),
        Command::Update { file, output } => update(file, output.as_deref(), &mut std::io::stderr()),
        Command::Export {
            format,
            include_private,
            raw_csv,
            annotations,
            lang,
            file,
            output,
            room,
        } => {
            if !room.is_empty() {
                return export_room(
                    file,
                    room,
                    *format,
                    *lang,
                    output.as_deref(),
                    &mut std::io::stdout().lock(),
                    &mut std::io::stderr(),
                )
                .unwrap_or(2);
            }
            let format = match (*format, annotations) {
                (export::Format::Csv, true) => export::Format::AnnotationsCsv,
                (format, false) => format,
                (_, true) => {
                    eprintln!("mandate-compare: --annotations goes with --format csv");
                    return 2;
                }
            };
            let options = export::Options {
                include_private: *include_private,
                raw_csv: *raw_csv,
            };
            export_in(
                file,
                format,
                options,
                *lang,
                output.as_deref(),
                &mut std::io::stdout().lock(),
                &mut std::io::stderr(),
            )
        }
    };
    result.unwrap_or_else(|error| {
        // The reader stopped reading (`… | head`): nothing went wrong, nothing to say.
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            return 0;
        }
        eprintln!("mandate-compare: cannot write the output: {error}");
        2
    })
}

/// `agree`: two files, Cohen's kappa between two people; three or more, the room's figures.
fn run_agree(
    files: &[PathBuf],
    format: AgreeFormat,
    built_in_stands_in: bool,
) -> std::io::Result<i32> {
    let (mut out, mut report) = (std::io::stdout().lock(), std::io::stderr());
    if files.len() > 2 {
        return agree_room(files, format, &mut out, &mut report);
    }
    let over = if built_in_stands_in {
        Over::BuiltInStandsIn
    } else {
        Over::Own
    };
    agree(
        &files[0],
        &files[files.len() - 1],
        format,
        over,
        &mut out,
        &mut report,
    )
}
