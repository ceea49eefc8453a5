//! Documents in and out of RON: the only code that reads or writes document files, and the only
//! code that touches the file system at all (exports, images and their folders too).
//!
//! Loading takes a path or bytes, never a dialog, so every path is testable. Saving writes a
//! temporary file in the same folder, syncs it and renames it over the target, keeping the
//! previous file as `NAME.ron.bak`.

mod files;
#[cfg(feature = "gui")]
mod image;
mod load;
pub mod recovery;
mod save;

pub use files::{create_folder, file_exists, is_empty_file};
#[cfg(feature = "gui")]
pub use image::write_png;
pub use load::{
    LoadError, MAX_FILE_SIZE, NewerFormat, Opened, load_bytes, load_path, open_bytes, open_path,
    read_bytes,
};
pub use save::{
    FileStamp, SaveError, backup_path, save_path, save_path_with, to_ron_string, write_file,
};

use crate::model::Document;

/// The built-in dataset, embedded in the binary.
pub const BUILTIN_RON: &str = include_str!("../../data/unmik-1244.ron");

/// The name the built-in dataset is reported under in messages.
pub const BUILTIN_NAME: &str = "data/unmik-1244.ron (built in)";

/// The built-in UNMIK and KFOR dataset.
///
/// # Errors
/// Only if the embedded file is broken, which a test rules out.
pub fn builtin() -> Result<Document, LoadError> {
    load_bytes(BUILTIN_RON.as_bytes(), BUILTIN_NAME)
}
