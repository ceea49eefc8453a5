use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::model::Document;

/// Why a document (or an export, an image, a folder for them) could not be written. A file on
/// disk is then as it was before.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The document could not be turned into RON (should not happen for a valid document).
    #[error("cannot write the document as RON: {0}")]
    Serialize(#[from] ron::Error),
    /// A file system step failed.
    #[error("cannot save {path}: {step}: {source}")]
    Write {
        /// The file being saved.
        path: PathBuf,
        /// What was being done.
        step: &'static str,
        /// The reason.
        source: std::io::Error,
    },
    /// A folder to write into could not be created.
    #[error("cannot create the folder {path}: {source}")]
    CreateFolder {
        /// The folder.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
}

/// The document as pretty RON: `\n` line ends, four-space indents, fields in a fixed order and
/// annotations sorted by id, so the same document always gives the same bytes.
///
/// # Errors
/// Only if serialization fails.
pub fn to_ron_string(doc: &Document) -> Result<String, SaveError> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(true)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    let mut text = ron::Options::default().to_string_pretty(&doc.normalized(), config)?;
    text.push('\n');
    Ok(text)
}

/// Where the previous version of `path` is kept: `NAME.ron.bak` beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// What a file held when it was last read or written, to notice changes made by others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FileStamp {
    len: u64,
    hash: u64,
}

impl FileStamp {
    /// The stamp of these bytes.
    pub fn of(bytes: &[u8]) -> Self {
        use std::hash::{Hash as _, Hasher as _};
        let mut hasher = std::hash::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Self {
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }

    /// The stamp of the file at `path` now, or `None` if it cannot be read (gone, too large).
    pub fn of_path(path: &Path) -> Option<Self> {
        super::read_bytes(path).ok().map(|bytes| Self::of(&bytes))
    }
}

/// Saves atomically: writes a temporary file in the same folder, flushes and syncs it, keeps
/// the current file as `NAME.ron.bak`, then renames the new file over the old one. On any
/// failure the file at `path` is left as it was. Returns the stamp of what was written.
///
/// # Errors
/// A [`SaveError`] naming the path and the step that failed.
pub fn save_path(doc: &Document, path: &Path) -> Result<FileStamp, SaveError> {
    save_path_with(doc, path, |file, bytes| file.write_all(bytes))
}

/// [`save_path`] with the step that writes the bytes into the temporary file given by the
/// caller: tests inject a writer that fails halfway.
///
/// # Errors
/// A [`SaveError`] naming the path and the step that failed.
pub fn save_path_with(
    doc: &Document,
    path: &Path,
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> Result<FileStamp, SaveError> {
    let text = to_ron_string(doc)?;
    write_atomically(path, text.as_bytes(), true, write)?;
    Ok(FileStamp::of(text.as_bytes()))
}

/// Writes an output file (an export, a merge result) atomically, without a `.bak` copy: the
/// file at `path` is either as it was or complete.
///
/// # Errors
/// A [`SaveError`] naming the path and the step that failed.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically(path, bytes, false, |file, bytes| file.write_all(bytes))
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, first
/// copying the old file to `NAME.bak` if `backup`.
pub(super) fn write_atomically(
    path: &Path,
    bytes: &[u8],
    backup: bool,
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    let error = |step| {
        let path = path.to_owned();
        move |source| SaveError::Write { path, step, source }
    };
    if path.is_dir() {
        return Err(error("the path is a folder")(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "choose a file name inside it",
        )));
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".mandate-compare-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(error("creating a temporary file in the folder"))?;
    write(temp.as_file_mut(), bytes).map_err(error("writing the temporary file"))?;
    temp.as_file_mut()
        .flush()
        .map_err(error("flushing the temporary file"))?;
    temp.as_file()
        .sync_all()
        .map_err(error("syncing the temporary file"))?;
    if backup && path.exists() {
        std::fs::copy(path, backup_path(path)).map_err(error("keeping the backup copy"))?;
    }
    temp.persist(path)
        .map_err(|e| error("renaming the temporary file over the target")(e.error))?;
    // Make the rename itself durable. The file is complete and in place either way, so a
    // folder that cannot be synced (some file systems refuse) is not a failed save.
    if let Ok(folder) = std::fs::File::open(dir) {
        folder.sync_all().ok();
    }
    Ok(())
}
