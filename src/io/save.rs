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
    write_atomically(path, text.as_bytes(), Kind::Document, write)?;
    Ok(FileStamp::of(text.as_bytes()))
}

/// Writes an output file (an export, a merge result) atomically, without a `.bak` copy: the
/// file at `path` is either as it was or complete.
///
/// # Errors
/// A [`SaveError`] naming the path and the step that failed.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically(path, bytes, Kind::Output, |file, bytes| {
        file.write_all(bytes)
    })
}

/// Writes a file only its owner may read (a recovery copy, a mark of an open file),
/// atomically, without a `.bak` copy.
///
/// # Errors
/// A [`SaveError`] naming the path and the step that failed.
pub(super) fn write_private(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically(path, bytes, Kind::Private, |file, bytes| {
        file.write_all(bytes)
    })
}

/// What is being written, which decides the backup and the permissions.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A document: the previous version is kept as `NAME.bak`.
    Document,
    /// An export or a merge result: no backup.
    Output,
    /// A recovery copy: no backup, and readable by its owner only, whatever the umask.
    Private,
}

/// How many symbolic links in a row are followed before giving up (as the kernel does).
const MAX_LINKS: usize = 40;

/// The file a path names after following symbolic links, so a save through a link writes the
/// file it points to (the link stays a link). A link to a file not there yet gives that file.
fn through_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut path = path.to_owned();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&path)?;
                path = match path.parent() {
                    Some(dir) => dir.join(target),
                    None => target,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(std::io::Error::other(format!(
        "more than {MAX_LINKS} symbolic links in a row"
    )))
}

/// The permissions the new file gets: an existing file's own (and its group, where the user may
/// set it); for a new file what the umask leaves of 0666, as other programs do; 0600 for a
/// recovery copy.
#[cfg(unix)]
fn permissions_for(target: &Path, kind: Kind) -> (std::fs::Permissions, Option<std::fs::Metadata>) {
    use std::os::unix::fs::PermissionsExt as _;
    if kind == Kind::Private {
        return (std::fs::Permissions::from_mode(0o600), None);
    }
    match std::fs::metadata(target) {
        Ok(meta) => (meta.permissions(), Some(meta)),
        Err(_) => (std::fs::Permissions::from_mode(0o666), None),
    }
}

/// Gives the temporary file the permissions (exact for an existing file; through the umask for
/// a new one, since it was created with them) and the group of the file it replaces.
#[cfg(unix)]
fn apply_permissions(
    temp: &Path,
    permissions: std::fs::Permissions,
    existing: Option<&std::fs::Metadata>,
) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt as _;
    let Some(existing) = existing else {
        return Ok(());
    };
    std::fs::set_permissions(temp, permissions)?;
    // Keep the group where the user may set it (a member of it); otherwise the file gets the
    // user's group, as any program writing it would give it.
    std::os::unix::fs::chown(temp, None, Some(existing.gid())).ok();
    Ok(())
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, first
/// copying the old file to `NAME.bak` for a document. A path that is a symbolic link writes the
/// file the link points to.
pub(super) fn write_atomically(
    path: &Path,
    bytes: &[u8],
    kind: Kind,
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
    let target = through_links(path).map_err(error("following the symbolic link"))?;
    let path = target.as_path();
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".mandate-compare-").suffix(".tmp");
    #[cfg(unix)]
    let (permissions, existing) = permissions_for(path, kind);
    #[cfg(unix)]
    builder.permissions(permissions.clone());
    let mut temp = builder
        .tempfile_in(dir)
        .map_err(error("creating a temporary file in the folder"))?;
    #[cfg(unix)]
    apply_permissions(temp.path(), permissions, existing.as_ref())
        .map_err(error("giving the new file the permissions of the old one"))?;
    write(temp.as_file_mut(), bytes).map_err(error("writing the temporary file"))?;
    temp.as_file_mut()
        .flush()
        .map_err(error("flushing the temporary file"))?;
    temp.as_file()
        .sync_all()
        .map_err(error("syncing the temporary file"))?;
    if kind == Kind::Document && path.exists() {
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
