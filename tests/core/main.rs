//! The tests that need no window: the model, the file format, merge and compare, the exports,
//! the command line run as a real process, git's merge driver, the built-in dataset and the
//! stress document. One test binary for all of them: one link instead of one per file.
//!
//! Run one part by its module: `cargo test --test core export::`.

mod agreement;
mod cite;
mod cli;
mod cyrillic;
mod dataset;
mod export;
mod facts;
mod files;
mod git_merge;
mod i18n;
mod ids;
mod io;
mod labels;
mod lang_export;
mod merge;
mod model;
mod new_from_text;
mod numbers;
mod problems;
mod qdpx;
mod resolution;
mod room;
mod roundtrip;
mod safe_writes;
mod stress;
mod strings;
mod update;

/// The command-line program, run as a script runs it: with no display, so it never opens a
/// window.
fn mandate_compare() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_mandate-compare"));
    command.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    command
}
