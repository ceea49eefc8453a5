//! The app driven as a person uses it, through egui_kittest: find widgets by their accessible
//! label, click, type, press keys, then check the document, the files and the pictures
//! (`tests/snapshots/`). One test binary for all of them: one link instead of one per file.
//!
//! Run one part by its module: `cargo test --test gui workshop::`.

// The helpers every part uses: scripted file dialogs, starting the app, acting as a person.
#[path = "../common/mod.rs"]
mod common;

mod about;
mod background;
mod citations;
mod curate;
mod files;
mod findings;
mod from_text;
mod idle;
mod labels;
mod language;
mod language_views;
mod locales;
mod long_words;
mod review;
mod room;
mod sharing;
mod slides;
mod trust;
mod ui;
mod update;
mod workflow;
mod workshop;
