//! Writing a file so that it is either as it was or complete: a private temporary file in the
//! same folder, written, flushed and synced, then renamed over the target; for a document the
//! previous version is first kept as `NAME.bak` the same way (a new file, synced, renamed), so a
//! full disk or a kill never leaves a backup cut short. Every file-system step goes through
//! [`fault::step`] so that the tests can make each one fail.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::save::{FileStamp, SaveError, SaveStep, backup_path};
use super::{fault, temp};

/// What is being written, which decides the backup and the permissions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A document: the previous version is kept as `NAME.bak`.
    Document,
    /// An export or a merge result: no backup; a device or pipe is written into.
    Output,
    /// A recovery copy: no backup, and readable by its owner only, whatever the umask.
    Private,
}

/// How to write: what kind of file, and what the target must still hold when it is replaced.
#[derive(Clone, Copy, Debug)]
pub(super) struct Plan {
    pub kind: Kind,
    /// The stamp of the target as it was read: a target that no longer matches is not
    /// replaced ([`SaveError::Changed`]).
    pub unchanged: Option<FileStamp>,
}

impl Plan {
    pub fn of(kind: Kind) -> Self {
        Self {
            kind,
            unchanged: None,
        }
    }
}

/// Runs one file-system step of writing `path`, naming the step in the error.
pub(super) fn at<T>(
    path: &Path,
    step: SaveStep,
    run: impl FnOnce() -> std::io::Result<T>,
) -> Result<T, SaveError> {
    fault::step(step)
        .and_then(|()| run())
        .map_err(|source| SaveError::Write {
            path: path.to_owned(),
            step,
            source,
        })
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

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, first
/// keeping the old file as `NAME.bak` for a document. A path that is a symbolic link writes the
/// file the link points to; a device or pipe is written into (an output) or refused (a
/// document), never replaced.
pub(super) fn write_atomically(
    path: &Path,
    bytes: &[u8],
    plan: Plan,
    write: impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()>,
) -> Result<(), SaveError> {
    // What the kernel finds at the path, links followed: `/dev/stdout`, a named pipe.
    let existing = at(path, SaveStep::Inspect, || match std::fs::metadata(path) {
        Ok(meta) => Ok(Some(meta)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    })?;
    if let Some(meta) = &existing {
        if meta.is_dir() {
            return Err(SaveError::Write {
                path: path.to_owned(),
                step: SaveStep::PathIsFolder,
                source: std::io::Error::new(
                    std::io::ErrorKind::IsADirectory,
                    "choose a file name inside it",
                ),
            });
        }
        if !meta.is_file() {
            return write_special(path, bytes, plan);
        }
    }
    let target = at(path, SaveStep::FollowLink, || through_links(path))?;
    let path = target.as_path();
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut new = temp::create(dir, path)?;
    temp::remove_stale(dir, &new);
    at(path, SaveStep::WriteTemporary, || {
        write(new.file_mut(), bytes)
    })?;
    at(path, SaveStep::FlushTemporary, || new.file_mut().flush())?;
    at(path, SaveStep::SyncTemporary, || new.file_mut().sync_all())?;
    let existing = existing.filter(|_| path.exists());
    at(path, SaveStep::Permissions, || {
        temp::give_permissions(new.file_mut(), plan.kind, existing.as_ref())
    })?;
    if let Some(read) = plan.unchanged {
        let now = at(path, SaveStep::CheckUnchanged, || {
            match std::fs::read(path) {
                Ok(bytes) => Ok(Some(FileStamp::of(&bytes))),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(error) => Err(error),
            }
        })?;
        if now != Some(read) {
            return Err(SaveError::Changed {
                path: path.to_owned(),
            });
        }
    }
    if plan.kind == Kind::Document && existing.is_some() {
        keep_backup(dir, path)?;
    }
    new.persist(path)?;
    sync_folder(dir, path);
    Ok(())
}

/// Keeps the file at `path` as `NAME.bak`: copied into a new temporary file, synced, renamed
/// over the old backup. The old backup stays whole until the rename.
fn keep_backup(dir: &Path, path: &Path) -> Result<(), SaveError> {
    let backup = backup_path(path);
    let mut copy = temp::create(dir, &backup)?;
    at(&backup, SaveStep::Backup, || {
        let mut old = std::fs::File::open(path)?;
        std::io::copy(&mut old, copy.file_mut())?;
        copy.file_mut().flush()
    })?;
    at(&backup, SaveStep::SyncBackup, || copy.file_mut().sync_all())?;
    let meta = std::fs::metadata(path).ok();
    at(&backup, SaveStep::Permissions, || {
        temp::give_permissions(copy.file_mut(), Kind::Document, meta.as_ref())
    })?;
    copy.persist_as(&backup, SaveStep::RenameBackup)
}

/// Makes the renames in `dir` durable. The file is complete and in place either way, so a
/// folder that cannot be synced (some file systems refuse) is not a failed save.
fn sync_folder(dir: &Path, path: &Path) {
    at(path, SaveStep::SyncFolder, || {
        std::fs::File::open(dir).and_then(|folder| folder.sync_all())
    })
    .ok();
}

/// Writes into a device, pipe or socket at `path` as asked (an export to `/dev/null` or a
/// named pipe); a document is never written there.
fn write_special(path: &Path, bytes: &[u8], plan: Plan) -> Result<(), SaveError> {
    if plan.kind != Kind::Output || plan.unchanged.is_some() {
        return Err(SaveError::Write {
            path: path.to_owned(),
            step: SaveStep::NotAFile,
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "a device, pipe or socket cannot hold a document",
            ),
        });
    }
    at(path, SaveStep::Stream, || {
        let mut device = std::fs::OpenOptions::new().write(true).open(path)?;
        device.write_all(bytes)?;
        device.flush()
    })
}
