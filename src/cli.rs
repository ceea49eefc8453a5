//! The command line: what to open at start, and the subcommands that need no window.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::io;
use crate::model::{Problem, Severity};

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
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

/// Checks each file, writing one line per problem to `out`. Returns whether every file is
/// valid (warnings, such as notes about rows that do not exist, do not make a file invalid).
///
/// # Errors
/// Only when `out` cannot be written.
pub fn check(files: &[PathBuf], out: &mut impl Write) -> std::io::Result<bool> {
    let mut all_valid = true;
    for file in files {
        let (valid, lines) = check_file(file);
        for line in lines {
            writeln!(out, "{line}")?;
        }
        all_valid &= valid;
    }
    Ok(all_valid)
}

/// Whether one file is valid, and what to say about it.
fn check_file(path: &Path) -> (bool, Vec<String>) {
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
    let problems = doc.validate();
    let valid = problems.iter().all(|p| p.severity < Severity::Error);
    let lines = problems
        .iter()
        .map(|problem| match locate(&text, problem) {
            Some((line, column)) => format!("{name}:{line}:{column}: {problem}"),
            None => format!("{name}: {problem}"),
        })
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

/// Runs a subcommand; returns the process exit code.
pub fn run(command: &Command) -> i32 {
    match command {
        Command::Check { files } => {
            let stdout = std::io::stdout();
            match check(files, &mut stdout.lock()) {
                Ok(true) => 0,
                Ok(false) => 1,
                Err(error) => {
                    eprintln!("mandate-compare: cannot write the report: {error}");
                    2
                }
            }
        }
    }
}
