//! The temporary files a save writes before renaming them into place: created private (0600 on
//! Unix) and locked while the save runs, removed on every failure, and, when a save was killed
//! before it could remove its own, removed by a later save into the same folder.

use std::path::Path;
use std::time::Duration;

use super::atomic::{Kind, at};
use super::save::{SaveError, SaveStep};

/// How every temporary file of a save is named: `.mandate-compare-XXXXXX.tmp`.
pub(super) const PREFIX: &str = ".mandate-compare-";
pub(super) const SUFFIX: &str = ".tmp";

/// A leftover younger than this is not touched even when no one holds its lock: another copy of
/// the app may have just created it and not yet locked it.
const STALE_AFTER: Duration = Duration::from_secs(10);

/// A temporary file being written, locked for as long as it is open, removed when dropped
/// unless it was renamed into place.
pub(super) struct Temp {
    file: tempfile::NamedTempFile,
}

/// Creates a private, locked temporary file in `dir` for writing `target`.
pub(super) fn create(dir: &Path, target: &Path) -> Result<Temp, SaveError> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(PREFIX).suffix(SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o600));
    }
    let file = at(target, SaveStep::CreateTemporary, || {
        builder.tempfile_in(dir)
    })?;
    // Dropped (and so removed) if locking fails.
    at(target, SaveStep::LockTemporary, || {
        file.as_file().try_lock().map_err(|error| match error {
            std::fs::TryLockError::Error(error) => error,
            std::fs::TryLockError::WouldBlock => std::io::ErrorKind::WouldBlock.into(),
        })
    })?;
    Ok(Temp { file })
}

impl Temp {
    pub fn file_mut(&mut self) -> &mut std::fs::File {
        self.file.as_file_mut()
    }

    fn path(&self) -> &Path {
        self.file.path()
    }

    /// Renames the file over `target`; on failure it is removed.
    pub fn persist(self, target: &Path) -> Result<(), SaveError> {
        self.persist_as(target, SaveStep::Rename)
    }

    /// Renames the file to `target` as the step `step`; on failure it is removed.
    pub fn persist_as(self, target: &Path, step: SaveStep) -> Result<(), SaveError> {
        at(target, step, || Ok(()))?;
        self.file
            .persist(target)
            .map(drop)
            .map_err(|error| SaveError::Write {
                path: target.to_owned(),
                step,
                source: error.error,
            })
    }
}

/// Removes the temporary files a killed save left in `dir`: named as ours, a regular file of
/// the same owner as `ours`, not written to for [`STALE_AFTER`], and locked by no one (a save in
/// progress, in this or another copy of the app, holds its lock; the system drops the lock of a
/// process that ends). Best effort: whatever cannot be removed stays.
pub(super) fn remove_stale(dir: &Path, ours: &Temp) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let Ok(own) = ours.file.as_file().metadata() else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path == ours.path() || !is_ours(&path) {
            continue;
        }
        if let Ok(meta) = std::fs::symlink_metadata(&path)
            && meta.is_file()
            && same_owner(&meta, &own)
            && meta
                .modified()
                .ok()
                .and_then(|when| when.elapsed().ok())
                .is_some_and(|age| age >= STALE_AFTER)
            && let Ok(file) = std::fs::File::open(&path)
            && file.try_lock().is_ok()
        {
            std::fs::remove_file(&path).ok();
        }
    }
}

/// Whether a file's name is that of one of our temporary files.
pub(super) fn is_ours(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| name.starts_with(PREFIX) && name.ends_with(SUFFIX))
}

#[cfg(unix)]
fn same_owner(meta: &std::fs::Metadata, own: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    meta.uid() == own.uid()
}

#[cfg(not(unix))]
fn same_owner(_: &std::fs::Metadata, _: &std::fs::Metadata) -> bool {
    true
}

/// Gives a temporary file the permissions it keeps once renamed: those of the file it replaces
/// (and its group, where the user may set it; otherwise the user's group, as any program
/// writing it would give it), for a new file what the umask leaves of 0666, as other programs
/// do; a private file stays 0600.
#[cfg(unix)]
pub(super) fn give_permissions(
    file: &mut std::fs::File,
    kind: Kind,
    existing: Option<&std::fs::Metadata>,
) -> std::io::Result<()> {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    match (kind, existing) {
        (Kind::Private, _) => Ok(()),
        (_, Some(existing)) => {
            file.set_permissions(existing.permissions())?;
            std::os::unix::fs::fchown(&*file, None, Some(existing.gid())).ok();
            Ok(())
        }
        (_, None) => file.set_permissions(std::fs::Permissions::from_mode(0o666 & !umask())),
    }
}

#[cfg(not(unix))]
pub(super) fn give_permissions(
    _: &mut std::fs::File,
    _: Kind,
    _: Option<&std::fs::Metadata>,
) -> std::io::Result<()> {
    Ok(())
}

/// The process's umask, from `/proc/self/status` (Linux); 022, the usual one, where it cannot
/// be read. Reading it from the system call would change it for a moment, for every thread.
#[cfg(unix)]
fn umask() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|line| line.starts_with("Umask:"))?;
            u32::from_str_radix(line.trim_start_matches("Umask:").trim(), 8).ok()
        })
        .unwrap_or(0o022)
}
