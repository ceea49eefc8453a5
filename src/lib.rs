//! Mandate Compare: each responsibility of the 1999 mandate for Kosovo (Security Council
//! resolution 1244) beside its status today, who holds it, the sources and the competing
//! positions, with the user's own notes, saved to RON files.
//!
//! Layers, data flowing down: [`app`] (the eframe app: state, commands, file actions) uses
//! [`ui`] (one view per file) and [`io`] (the only code that touches the file system), which
//! use [`model`] (plain data and rules, no egui and no I/O). [`merge`] and [`export`] are pure
//! functions over the model; [`draw`] turns data into pictures (coordinates, colours, words)
//! that [`ui`] and [`export`] both draw; [`cli`] runs them from the command line. [`i18n`] gives every layer
//! the interface's words in English, Albanian and Serbian (Latin and Cyrillic).
//!
//! Features: `gui` (on by default) is the window; without it the library is the model, the file
//! format and the command line. `bench-support` adds `stress`, the generated documents the
//! tests and benchmarks measure with.

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod draw;
pub mod export;
pub mod i18n;
pub mod io;
pub mod merge;
pub mod model;
#[cfg(feature = "bench-support")]
pub mod stress;
#[cfg(feature = "gui")]
pub mod ui;

#[cfg(feature = "gui")]
pub use app::App;
