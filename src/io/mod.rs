//! Documents in and out of RON: the only code that reads or writes document files, and the only
//! code that touches the file system at all (exports, images and their folders too).
//!
//! Loading takes a path or bytes, never a dialog, so every path is testable. Saving writes a
//! private temporary file in the same folder, syncs it and renames it over the target, keeping
//! the previous file as `NAME.ron.bak` (written and renamed the same way); see `atomic`.

mod atomic;
pub mod fault;
mod files;
#[cfg(feature = "gui")]
mod image;
mod load;
pub mod lock;
mod positions;
pub mod recovery;
mod save;
mod temp;
mod text;

pub use files::{
    create_folder, documents_in, file_exists, is_empty_file, same_file, why_not_writable,
};
#[cfg(feature = "gui")]
pub use image::write_png;
pub use load::{
    LoadError, MAX_FILE_SIZE, NewerFormat, Opened, load_bytes, load_path, open_bytes, open_path,
    read_bytes,
};
pub use positions::Positions;
pub use save::{
    FileStamp, SaveError, SaveStep, backup_path, save_path, save_path_if_unchanged, save_path_with,
    to_ron_string, write_file, write_file_if_unchanged,
};
pub use text::{TextError, read_text, text_of};

use crate::model::{Dataset, Document};

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

/// The id of the built-in dataset.
pub const BUILTIN_DATASET: &str = "unmik-1244";

/// The releases of the built-in dataset users' files may be built on, oldest first: version,
/// the month in words, the file. The last is the built-in dataset itself.
const RELEASES: [(&str, &str, &str); 3] = [
    (
        "2025-11",
        "November 2025",
        include_str!("../../data/releases/unmik-1244-2025-11.ron"),
    ),
    (
        "2026-11",
        "November 2026",
        include_str!("../../data/releases/unmik-1244-2026-11.ron"),
    ),
    ("2026-12", "December 2026", BUILTIN_RON),
];

/// A release of the built-in dataset.
#[derive(Debug)]
pub struct Release {
    /// Its stamp, as files built on it carry it.
    pub dataset: Dataset,
    /// Its month in words: "November 2025".
    pub label: &'static str,
    /// Its content, stamped.
    pub document: Document,
}

/// Every release of the built-in dataset, oldest first (parsed once).
pub fn releases() -> &'static [Release] {
    static RELEASES_PARSED: std::sync::OnceLock<Vec<Release>> = std::sync::OnceLock::new();
    RELEASES_PARSED.get_or_init(|| {
        RELEASES
            .iter()
            // A broken release is left out (a test rules that out).
            .filter_map(|(version, label, ron)| {
                let mut document = load_bytes(ron.as_bytes(), BUILTIN_NAME).ok()?;
                let dataset = Dataset {
                    id: BUILTIN_DATASET.to_owned(),
                    version: (*version).to_owned(),
                };
                document.dataset = Some(dataset.clone());
                Some(Release {
                    dataset,
                    label,
                    document,
                })
            })
            .collect()
    })
}

/// Which release a document is built on.
#[derive(Clone, Copy, Debug)]
pub struct BuiltOn {
    /// The release.
    pub release: &'static Release,
    /// `None` when the file says so; otherwise the file carries no stamp (every file saved
    /// before releases were stamped) and this is the release closest to its built-in content,
    /// with the number of differences (0: it matches exactly).
    pub assumed: Option<usize>,
}

impl BuiltOn {
    /// For a file that does not say which release it is built on: which one was assumed.
    pub fn assumption(&self) -> Option<String> {
        let label = self.release.label;
        self.assumed.map(|differences| match differences {
            0 => format!(
                "the file does not say which built-in data it is built on; its content is the \
                 built-in data of {label}"
            ),
            n => format!(
                "the file does not say which built-in data it is built on; the closest is that \
                 of {label} ({n} difference(s), edited by hand)"
            ),
        })
    }
}

/// The release of the built-in dataset `doc` is built on: the one its stamp names, or for a
/// file without one, the release closest to its built-in content. `None` for a document built
/// on none (another mission's, or a release this version does not know).
pub fn built_on(doc: &Document) -> Option<BuiltOn> {
    let releases = releases();
    if let Some(stamp) = &doc.dataset {
        let release = releases.iter().find(|r| r.dataset == *stamp)?;
        return Some(BuiltOn {
            release,
            assumed: None,
        });
    }
    releases
        .iter()
        // Only a document that has most of the release's rows is built on it.
        .filter(|r| {
            let shared = r
                .document
                .rows
                .iter()
                .filter(|row| doc.row(&row.id).is_some());
            shared.count() * 2 > r.document.rows.len()
        })
        .map(|r| (crate::model::distance(doc, &r.document), r))
        .min_by_key(|(distance, _)| *distance)
        .map(|(distance, release)| BuiltOn {
            release,
            assumed: Some(distance),
        })
}

/// The newest release, when `doc` is built on an older one: what an update would bring.
pub fn newer_release(doc: &Document) -> Option<(BuiltOn, &'static Release)> {
    let built_on = built_on(doc)?;
    let latest = releases().last()?;
    (built_on.release.dataset != latest.dataset).then_some((built_on, latest))
}
