//! `mandate-compare check`: each file's syntax, format and rules, one line per problem at its
//! line and column.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::io::{self, Positions};
use crate::model::Severity;

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
}

impl FileCheck {
    fn unreadable(error: &io::LoadError) -> Self {
        Self {
            valid: false,
            lines: vec![printable(&error.to_string())],
            summary: None,
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
    let mut summary = None;
    let problems = if strict {
        doc.strict_problems()
    } else {
        doc.validate()
    };
    if strict {
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
    let mut lines = Vec::with_capacity(problems.len() + notes.len());
    if !problems.is_empty() {
        let text = String::from_utf8_lossy(bytes);
        let positions = Positions::new(&text, &problems);
        lines.extend(problems.iter().map(|problem| {
            let place = positions.locate(&problem.place);
            let problem = crate::i18n::problem(crate::i18n::Language::En, problem);
            match place {
                Some((line, column)) => format!("{name}:{line}:{column}: {problem}"),
                None => format!("{name}: {problem}"),
            }
        }));
    }
    lines.extend(notes);
    for line in &mut lines {
        *line = printable(line);
    }
    FileCheck {
        valid,
        lines,
        summary,
    }
}

/// `line` with its control characters (a line end, a terminal's escape) and invisible
/// direction controls written as escapes (`\n`, `\u{1b}`, `\u{202e}`): an id or a piece of
/// text quoted from a file can neither break the one line per problem nor act on the terminal.
pub(super) fn printable(line: &str) -> String {
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
