use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::atomic::{Kind, Plan, write_atomically};
use crate::model::Document;

/// Why a document (or an export, an image, a folder for them) could not be written. A file on
/// disk is then as it was before. Its words (`Display` too) are in `i18n`, in every language.
#[derive(Debug)]
pub enum SaveError {
    /// The document could not be turned into RON (should not happen for a valid document).
    Serialize(ron::Error),
    /// A file system step failed.
    Write {
        /// The file being saved.
        path: PathBuf,
        /// What was being done.
        step: SaveStep,
        /// The reason.
        source: std::io::Error,
    },
    /// A folder to write into could not be created.
    CreateFolder {
        /// The folder.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// The file changed on disk after it was read (another program wrote it), so writing it
    /// would lose that program's change: nothing was written.
    Changed {
        /// The file.
        path: PathBuf,
    },
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Serialize(error) => Some(error),
            Self::Write { source, .. } | Self::CreateFolder { source, .. } => Some(source),
            Self::Changed { .. } => None,
        }
    }
}

impl From<ron::Error> for SaveError {
    fn from(error: ron::Error) -> Self {
        Self::Serialize(error)
    }
}

/// A step of writing a file, named in an error when it fails (worded in `i18n`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SaveStep {
    /// The path names a folder.
    PathIsFolder,
    /// Following a symbolic link to the file it points to.
    FollowLink,
    /// Looking at what is at the path (a file, a device, nothing yet).
    Inspect,
    /// The path is a device, a pipe or a socket, which a document cannot replace.
    NotAFile,
    /// Writing into a device or a pipe (an export to `/dev/null`, a named pipe).
    Stream,
    /// Creating a temporary file in the target's folder.
    CreateTemporary,
    /// Locking the temporary file, so that no other copy of the app takes it for a leftover.
    LockTemporary,
    /// Writing the temporary file.
    WriteTemporary,
    /// Flushing the temporary file.
    FlushTemporary,
    /// Syncing the temporary file to the disk.
    SyncTemporary,
    /// Giving the new file the permissions (and group) of the old one.
    Permissions,
    /// Reading the target again to see whether it changed since it was read.
    CheckUnchanged,
    /// Copying the previous version into a new backup file.
    Backup,
    /// Syncing the new backup file to the disk.
    SyncBackup,
    /// Renaming the new backup file over `NAME.bak`.
    RenameBackup,
    /// Renaming the temporary file over the target.
    Rename,
    /// Syncing the folder, so that the renames last (a failure here does not fail the save).
    SyncFolder,
    /// Encoding a PNG image.
    EncodePng,
    /// Creating the folder of recovery copies.
    CreateRecoveryFolder,
    /// Locking the mark that says a document is open in this window.
    LockOpenMark,
}

impl SaveStep {
    /// Every step, in the order a save takes them.
    pub const ALL: &[Self] = &[
        Self::PathIsFolder,
        Self::FollowLink,
        Self::Inspect,
        Self::NotAFile,
        Self::Stream,
        Self::CreateTemporary,
        Self::LockTemporary,
        Self::WriteTemporary,
        Self::FlushTemporary,
        Self::SyncTemporary,
        Self::Permissions,
        Self::CheckUnchanged,
        Self::Backup,
        Self::SyncBackup,
        Self::RenameBackup,
        Self::Rename,
        Self::SyncFolder,
        Self::EncodePng,
        Self::CreateRecoveryFolder,
        Self::LockOpenMark,
    ];
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
/// the current file as `NAME.ron.bak` (itself written as a new file and renamed into place),
/// then renames the new file over the old one. On any failure the files at `path` and its
/// `.bak` are left as they were, and no temporary file is left behind. Returns the stamp of
/// what was written.
///
/// # Errors
/// A [`SaveError`] naming the path and the step that failed.
pub fn save_path(doc: &Document, path: &Path) -> Result<FileStamp, SaveError> {
    save_path_with(doc, path, |file, bytes| file.write_all(bytes))
}

/// [`save_path`], refused with [`SaveError::Changed`] when the file at `path` no longer holds
/// what it held when it was read (`read`, the stamp of those bytes): the in-place commands'
/// guard against writing over a change another program made meanwhile (the app's Save asks
/// the same question with [`FileStamp::of_path`] before it saves).
///
/// # Errors
/// A [`SaveError`] naming the path and the step that failed, or the change.
pub fn save_path_if_unchanged(
    doc: &Document,
    path: &Path,
    read: FileStamp,
) -> Result<FileStamp, SaveError> {
    let text = to_ron_string(doc)?;
    let plan = Plan {
        kind: Kind::Document,
        unchanged: Some(read),
    };
    write_atomically(path, text.as_bytes(), plan, |file, bytes| {
        file.write_all(bytes)
    })?;
    Ok(FileStamp::of(text.as_bytes()))
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
    write_atomically(path, text.as_bytes(), Plan::of(Kind::Document), write)?;
    Ok(FileStamp::of(text.as_bytes()))
}

/// Writes an output file (an export, a merge result) atomically, without a `.bak` copy: the
/// file at `path` is either as it was or complete. A device or a pipe at `path` (`/dev/null`, a
/// named pipe) is written into, never replaced by a file.
///
/// # Errors
/// A [`SaveError`] naming the path and the step that failed.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically(path, bytes, Plan::of(Kind::Output), |file, bytes| {
        file.write_all(bytes)
    })
}

/// [`write_file`] over a file that was read as `read` (git's merge driver writes the result
/// over its input): refused with [`SaveError::Changed`] if the file changed since.
///
/// # Errors
/// A [`SaveError`] naming the path and the step that failed, or the change.
pub fn write_file_if_unchanged(
    path: &Path,
    bytes: &[u8],
    read: FileStamp,
) -> Result<(), SaveError> {
    let plan = Plan {
        kind: Kind::Output,
        unchanged: Some(read),
    };
    write_atomically(path, bytes, plan, |file, bytes| file.write_all(bytes))
}

/// Writes a file only its owner may read (a recovery copy, a mark of an open file),
/// atomically, without a `.bak` copy.
///
/// # Errors
/// A [`SaveError`] naming the path and the step that failed.
pub(super) fn write_private(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically(path, bytes, Plan::of(Kind::Private), |file, bytes| {
        file.write_all(bytes)
    })
}
