//! The command line: what to open at start, and the subcommands that need no window.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};

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
    /// Export a document as Markdown, CSV or a self-contained HTML page. Private notes are left
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
        .map(|format| PossibleValue::new(format.name()).help(format.description()));
    PossibleValuesParser::new(values).try_map(|name| name.parse::<export::Format>())
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
        let (valid, lines) = check_file(file, strict);
        for line in lines {
            writeln!(out, "{line}")?;
        }
        all_valid &= valid;
    }
    Ok(all_valid)
}

/// Whether one file is valid, and what to say about it.
fn check_file(path: &Path, strict: bool) -> (bool, Vec<String>) {
    let name = path.display().to_string();
    let bytes = match io::read_bytes(path) {
        Ok(bytes) => bytes,
        Err(error) => return (false, vec![error.to_string()]),
    };
    let doc = match io::load_bytes(&bytes, &name) {
        Ok(doc) => doc,
        Err(error) => return (false, vec![error.to_string()]),
    };
    let text = String::from_utf8_lossy(&bytes);
    let mut notes = Vec::new();
    if let Some((built_on, latest)) = io::newer_release(&doc) {
        notes.push(format!(
            "{name}: note: built on the built-in data of {}; {} is available: \
             `mandate-compare update {name}` brings it up to date and keeps your notes",
            built_on.release.label, latest.label
        ));
    }
    let mut problems = doc.validate();
    if strict {
        problems.extend(doc.curation_problems());
        let primary = doc
            .sources
            .iter()
            .filter(|s| s.kind == crate::model::SourceKind::Primary)
            .count();
        eprintln!(
            "{name}: {primary} of {} sources are primary ({:.1} %)",
            doc.sources.len(),
            crate::model::primary_share(&doc) * 100.0
        );
    }
    let valid = problems.iter().all(|p| p.severity < Severity::Error);
    let lines = problems
        .iter()
        .map(|problem| match locate(&text, problem) {
            Some((line, column)) => format!("{name}:{line}:{column}: {problem}"),
            None => format!("{name}: {problem}"),
        })
        .chain(notes)
        .collect();
    (valid, lines)
}

/// Where in the file a validation problem is: the line of the innermost item named by id in
/// its place (`rows[unmik-09].events[2]` points at `id: "unmik-09"`), or of the top-level field.
fn locate(text: &str, problem: &Problem) -> Option<(usize, usize)> {
    let ids: Vec<&str> = problem
        .place
        .split('[')
        .skip(1)
        .filter_map(|part| part.split(']').next())
        .filter(|inside| !inside.is_empty() && !inside.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let needle = match ids.last() {
        Some(id) => format!("id: \"{id}\""),
        None => format!(
            "{}:",
            problem.place.split(['.', '[']).next().unwrap_or_default()
        ),
    };
    let offset = text.find(&needle)?;
    let before = &text[..offset];
    let line = 1 + before.matches('\n').count();
    let column = 1 + before.chars().rev().take_while(|&c| c != '\n').count();
    Some((line, column))
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

/// Exports `file` in `format` to `output`, or to `stdout` without one. Returns the exit code:
/// 0 done, 2 the file could not be read or the export written.
pub fn export(
    file: &Path,
    format: export::Format,
    options: export::Options,
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
    let bytes = export::export(&doc, format, options)?;
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
        Command::Update { file, output } => update(file, output.as_deref(), &mut std::io::stderr()),
        Command::Export {
            format,
            include_private,
            annotations,
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
            };
            export(
                file,
                format,
                options,
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
