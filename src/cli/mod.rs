//! The command line: what to open at start, and the subcommands that need no window.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

mod agree;

pub use agree::{AgreeFormat, agree};

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};

use crate::i18n::Language;
use crate::model::{Document, Problem, Severity};
use crate::{export, io};

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
        /// The common ancestor (git's %O). An empty file means there is none.
        base: PathBuf,
        /// Your version (git's %A).
        ours: PathBuf,
        /// Their version (git's %B).
        theirs: PathBuf,
        /// Where to write the result (git's %A).
        #[arg(short, long)]
        output: PathBuf,
    },
    /// How far two people's assessments agree, over the rows both files have: the share of
    /// rows given the same status, Cohen's kappa, the mean Jaccard index of the holders, the
    /// rows they disagree on and the rows per pair of statuses. Where a person made no own
    /// assessment of a row, their file's built-in status and holders stand in (the report says
    /// how many). Exits 0, also when there is nothing to measure (it says so), 2 when a file
    /// cannot be read.
    Agree {
        /// Your file.
        mine: PathBuf,
        /// Your colleague's file.
        theirs: PathBuf,
        /// How to write the figures.
        #[arg(long, value_enum, default_value_t = AgreeFormat::Text)]
        format: AgreeFormat,
    },
    /// Bring a file built on an older release of the built-in dataset up to this version's:
    /// a three-way merge that keeps every note, tag, own assessment and hand-made change, takes
    /// the built-in facts that changed, and marks the notes on rows whose facts changed. Exits
    /// 0 when clean (or already up to date), 1 when conflicts remain (recorded in the output,
    /// which is still a valid document), 2 when a file cannot be read or written.
    Update {
        /// The file to update.
        file: PathBuf,
        /// Where to write the result; the file itself without it (atomically, keeping a .bak).
        #[arg(short, long)]
        output: Option<PathBuf>,
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
        /// Where to write the export; standard output without it.
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

/// Checks each file, writing one line per problem to `out`; with `strict`, against the
/// curators' rules too. Returns whether every file is valid (warnings, such as notes about rows
/// that do not exist, do not make a file invalid).
///
/// # Errors
/// Only when `out` cannot be written.
pub fn check(files: &[PathBuf], strict: bool, out: &mut impl Write) -> std::io::Result<bool> {
    let mut all_valid = true;
    for file in files {
        let checked = check_file(file, strict);
        if let Some(summary) = &checked.summary {
            eprintln!("{summary}");
        }
        for line in &checked.lines {
            writeln!(out, "{line}")?;
        }
        all_valid &= checked.valid;
    }
    Ok(all_valid)
}

/// What checking one file found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileCheck {
    /// Whether the file is valid: it loads and breaks no rule (warnings are allowed).
    pub valid: bool,
    /// What to say about it, one line per problem: `NAME:LINE:COLUMN: message`, or
    /// `NAME: message` where the text does not show the place.
    pub lines: Vec<String>,
    /// With `strict`: how many sources are primary, for standard error.
    pub summary: Option<String>,
    /// How many times the file's text was read through to place the problems: once when there
    /// are any, however many (none when there are none).
    pub text_passes: usize,
    /// How many characters those passes read: the file's length in characters, at most once.
    pub chars_scanned: usize,
}

impl FileCheck {
    fn unreadable(error: &io::LoadError) -> Self {
        Self {
            valid: false,
            lines: vec![printable(&error.to_string())],
            summary: None,
            text_passes: 0,
            chars_scanned: 0,
        }
    }
}

/// Whether one file is valid, and what to say about it.
fn check_file(path: &Path, strict: bool) -> FileCheck {
    match io::read_bytes(path) {
        Ok(bytes) => check_bytes(&bytes, &path.display().to_string(), strict),
        Err(error) => FileCheck::unreadable(&error),
    }
}

/// Checks a document given as bytes, named `name` in what it says, as `check` checks a file:
/// its syntax and format, then its rules (with `strict`, the curators' too), each problem at
/// the line and column of the item it is about. Linear in the size of the file: the text is
/// read through once, whatever the number of problems.
pub fn check_bytes(bytes: &[u8], name: &str, strict: bool) -> FileCheck {
    let doc = match io::load_bytes(bytes, name) {
        Ok(doc) => doc,
        Err(error) => return FileCheck::unreadable(&error),
    };
    let mut notes = Vec::new();
    if let Some((built_on, latest)) = io::newer_release(&doc) {
        notes.push(format!(
            "{name}: note: built on the built-in data of {}; {} is available: \
             `mandate-compare update {name}` brings it up to date and keeps your notes",
            built_on.release.label, latest.label
        ));
    }
    let mut problems = doc.validate();
    let mut summary = None;
    if strict {
        problems.extend(doc.curation_problems());
        let primary = doc
            .sources
            .iter()
            .filter(|s| s.kind == crate::model::SourceKind::Primary)
            .count();
        summary = Some(printable(&format!(
            "{name}: {primary} of {} sources are primary ({:.1} %)",
            doc.sources.len(),
            crate::model::primary_share(&doc) * 100.0
        )));
    }
    let valid = problems.iter().all(|p| p.severity < Severity::Error);
    let (mut text_passes, mut chars_scanned) = (0, 0);
    let mut lines = Vec::with_capacity(problems.len() + notes.len());
    if !problems.is_empty() {
        let text = String::from_utf8_lossy(bytes);
        let positions = Positions::new(&text, &problems);
        (text_passes, chars_scanned) = (1, positions.chars_scanned());
        lines.extend(
            problems
                .iter()
                .map(|problem| match positions.locate(&problem.place) {
                    Some((line, column)) => format!("{name}:{line}:{column}: {problem}"),
                    None => format!("{name}: {problem}"),
                }),
        );
    }
    lines.extend(notes);
    for line in &mut lines {
        *line = printable(line);
    }
    FileCheck {
        valid,
        lines,
        summary,
        text_passes,
        chars_scanned,
    }
}

/// `line` with its control characters (a line end, a terminal's escape) and invisible
/// direction controls written as escapes (`\n`, `\u{1b}`, `\u{202e}`): an id or a piece of
/// text quoted from a file can neither break the one line per problem nor act on the terminal.
fn printable(line: &str) -> String {
    let hidden =
        |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !line.contains(hidden) {
        return line.to_owned();
    }
    line.chars()
        .map(|c| {
            if hidden(c) {
                c.escape_debug().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

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
    /// How many characters the pass read.
    chars_scanned: usize,
}

const ID_NEEDLE: &str = "id: \"";

impl<'t> Positions<'t> {
    /// Reads `text` once, noting every `id: "…"` and the top-level fields `problems` need.
    pub fn new(text: &'t str, problems: &[Problem]) -> Self {
        let mut fields: Vec<(String, Option<(usize, usize)>)> = Vec::new();
        for problem in problems {
            if let Anchor::Field(field) = Anchor::of(&problem.place)
                && !fields.iter().any(|(known, _)| known == field)
            {
                fields.push((field.to_owned(), None));
            }
        }
        let mut positions = Self {
            ids: HashMap::new(),
            escaped: HashMap::new(),
            fields,
            chars_scanned: 0,
        };
        let (mut line, mut column) = (1, 1);
        for (at, c) in text.char_indices() {
            positions.chars_scanned += 1;
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
        for (field, found) in &mut self.fields {
            if found.is_none() && before.ends_with(field.as_str()) && !field.contains('\n') {
                *found = Some((line, column - field.chars().count()));
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

    /// How many characters building this read: the text's length in characters.
    pub fn chars_scanned(&self) -> usize {
        self.chars_scanned
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

/// Merges `theirs` into `ours` with `base` as the common ancestor and writes the result to
/// `output`, reporting conflicts and notices to `report`. Returns the exit code: 0 clean, 1
/// conflicts remain, 2 a file could not be read or written.
pub fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: &Path,
    report: &mut impl Write,
) -> std::io::Result<i32> {
    let load = |path: &Path| -> Result<Option<Document>, io::LoadError> {
        // git passes an empty file as the ancestor when the two sides share none.
        if path == base && io::is_empty_file(path) {
            return Ok(None);
        }
        io::load_path(path).map(Some)
    };
    let (base_doc, ours_doc, theirs_doc) = match (load(base), load(ours), load(theirs)) {
        (Ok(base), Ok(Some(ours)), Ok(Some(theirs))) => (base, ours, theirs),
        (base, ours, theirs) => {
            for error in [base.err(), ours.err(), theirs.err()].into_iter().flatten() {
                writeln!(report, "{error}")?;
            }
            return Ok(2);
        }
    };
    let mut merged = crate::merge::merge(base_doc.as_ref(), &ours_doc, &theirs_doc);
    // Your notes on rows whose facts the other side changed are marked for review.
    crate::model::mark_notes_on_changed_facts(
        &ours_doc,
        &mut merged.document,
        jiff::Timestamp::now(),
    );
    let text = match io::to_ron_string(&merged.document) {
        Ok(text) => text,
        Err(error) => {
            writeln!(report, "{error}")?;
            return Ok(2);
        }
    };
    if let Err(error) = io::write_file(output, text.as_bytes()) {
        writeln!(report, "{error}")?;
        return Ok(2);
    }
    let out = output.display();
    for notice in &merged.notices {
        writeln!(report, "{out}: note: {notice}")?;
    }
    let doc = &merged.document;
    for conflict in &doc.conflicts {
        let about = conflict
            .row(doc)
            .map_or_else(String::new, |row| format!(" of row {row:?}"));
        writeln!(
            report,
            "{out}: conflict: the {}{about} differs; open the file in mandate-compare to choose",
            conflict.what()
        )?;
    }
    Ok(i32::from(!doc.conflicts.is_empty()))
}

/// Updates `file` to the newest release of the built-in dataset, writing `output` (the file
/// itself without one). Returns the exit code: 0 clean or already up to date, 1 conflicts
/// remain, 2 a file could not be read or written. What was done goes to `report`.
pub fn update(file: &Path, output: Option<&Path>, report: &mut impl Write) -> std::io::Result<i32> {
    let doc = match io::load_path(file) {
        Ok(doc) => doc,
        Err(error) => {
            writeln!(report, "{error}")?;
            return Ok(2);
        }
    };
    let name = file.display();
    let Some((built_on, latest)) = io::newer_release(&doc) else {
        let why = match io::built_on(&doc) {
            Some(on) => format!(
                "already built on the newest built-in data ({})",
                on.release.label
            ),
            None => "not built on the built-in dataset; nothing to update".to_owned(),
        };
        writeln!(report, "{name}: {why}")?;
        return Ok(0);
    };
    let updated = crate::merge::update(
        &doc,
        &built_on.release.document,
        &latest.document,
        jiff::Timestamp::now(),
    );
    let output = output.unwrap_or(file);
    if let Err(error) = io::save_path(&updated.document, output) {
        writeln!(report, "{error}")?;
        return Ok(2);
    }
    if let Some(note) = built_on.assumption() {
        writeln!(report, "{name}: {note}")?;
    }
    writeln!(
        report,
        "{}: updated from the built-in data of {} to {}: {} row(s) changed, {} source(s) added, \
         {} note(s) on changed rows marked for review",
        output.display(),
        built_on.release.label,
        latest.label,
        updated.rows_changed,
        updated.sources_added,
        updated.notes_marked
    )?;
    for notice in &updated.notices {
        writeln!(report, "{}: note: {notice}", output.display())?;
    }
    let conflicts = updated.document.conflicts.len();
    if conflicts > 0 {
        writeln!(
            report,
            "{}: {conflicts} conflict(s) where you edited a built-in text the new data also \
             changed; open the file in mandate-compare to choose",
            output.display()
        )?;
    }
    Ok(i32::from(conflicts > 0))
}

/// Exports `file` in `format` to `output`, or to `stdout` without one, its words in English.
/// Returns the exit code: 0 done, 2 the file could not be read or the export written.
pub fn export(
    file: &Path,
    format: export::Format,
    options: export::Options,
    output: Option<&Path>,
    stdout: &mut impl Write,
    report: &mut impl Write,
) -> std::io::Result<i32> {
    export_in(file, format, options, Language::En, output, stdout, report)
}

/// Exports `file` in `format` to `output`, or to `stdout` without one, its headings, labels and
/// status words in `lang`. Returns the exit code: 0 done, 2 the file could not be read or the
/// export written.
pub fn export_in(
    file: &Path,
    format: export::Format,
    options: export::Options,
    lang: Language,
    output: Option<&Path>,
    stdout: &mut impl Write,
    report: &mut impl Write,
) -> std::io::Result<i32> {
    let doc = match io::load_path(file) {
        Ok(doc) => doc,
        Err(error) => {
            writeln!(report, "{error}")?;
            return Ok(2);
        }
    };
    if let Some(warning) = export::unreadable_warning(&doc, file) {
        writeln!(report, "{warning}")?;
    }
    let bytes = export::export_in(&doc, format, options, lang)?;
    match output {
        None => stdout.write_all(&bytes)?,
        Some(path) => {
            if let Err(error) = io::write_file(path, &bytes) {
                writeln!(report, "{error}")?;
                return Ok(2);
            }
        }
    }
    Ok(0)
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
        } => merge(base, ours, theirs, output, &mut std::io::stderr()),
        Command::Agree {
            mine,
            theirs,
            format,
        } => agree(
            mine,
            theirs,
            *format,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr(),
        ),
        Command::Update { file, output } => update(file, output.as_deref(), &mut std::io::stderr()),
        Command::Export {
            format,
            include_private,
            annotations,
            raw_csv,
            lang,
            file,
            output,
        } => {
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
        eprintln!("mandate-compare: cannot write the output: {error}");
        2
    })
}
