//! The command line: what to open at start.

use std::path::PathBuf;

use clap::Parser;

/// Compare the 1999 mandate for Kosovo (resolution 1244) with who holds each function today.
#[derive(Debug, Parser)]
#[command(name = "mandate-compare", version, about)]
pub struct Args {
    /// A document to open (a .ron file). Without it, the built-in UNMIK dataset opens.
    pub file: Option<PathBuf>,
}
