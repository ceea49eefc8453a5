//! A file open in one running copy of the app: another copy on the same machine that opens it
//! is told so, and offered to open it read-only. The marks live in the app's own folder, never
//! beside the document, so they do not litter shared or git folders.
//!
//! A mark is a file this copy keeps locked (the standard library's `File::try_lock`: `flock` on
//! Linux and macOS, `LockFileEx` on Windows) for as long as it has the document open. The
//! system lets go of a lock when the process that holds it ends, however it ends (a crash, a
//! kill, a power cut), so a mark left by a copy that has ended never counts. No process table is
//! read, so this works the same on Linux, Windows and macOS.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};

use super::{SaveError, SaveStep};

/// A file this process keeps locked until the value is dropped (or the process ends).
#[derive(Debug)]
pub struct Held {
    /// Kept open: closing it lets go of the lock.
    _file: File,
    path: PathBuf,
    /// Whether the file goes when it is let go of (only for names no other process can use).
    remove: bool,
}

impl Drop for Held {
    fn drop(&mut self) {
        if self.remove {
            // Gone already is fine: the file only has to not outlive us.
            std::fs::remove_file(&self.path).ok();
        }
    }
}

/// Locks `path` (made if missing) for this process. Another process checking it at the same
/// instant holds it shared for a moment, so a refusal is tried again a few times.
fn hold(path: &Path, remove: bool) -> Result<Held, SaveError> {
    let failed = |source| SaveError::Write {
        path: path.to_owned(),
        step: SaveStep::LockOpenMark,
        source,
    };
    let file = File::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .map_err(failed)?;
    let mut tries = 0;
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(TryLockError::WouldBlock) if tries < 20 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(failed(std::io::ErrorKind::WouldBlock.into()));
            }
            Err(TryLockError::Error(error)) => return Err(failed(error)),
        }
    }
    Ok(Held {
        _file: file,
        path: path.to_owned(),
        remove,
    })
}

/// Whether a live process (this one included, through another handle) holds `path` locked. A
/// missing file, or one on a file system without locks, is held by no one.
fn is_held(path: &Path) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    // Shared, and let go of at once when `file` closes.
    matches!(file.try_lock_shared(), Err(TryLockError::WouldBlock))
}

/// A lock that lives as long as this copy of the app runs a session, for other copies to tell
/// whether it is still running (the recovery copies use it).
///
/// # Errors
/// When the file cannot be made or locked.
pub(super) fn hold_while_running(path: &Path) -> Result<Held, SaveError> {
    hold(path, true)
}

/// Whether the process that locked `path` with [`hold_while_running`] still runs.
pub(super) fn still_running(path: &Path) -> bool {
    is_held(path)
}

/// This copy's mark on an open document; the lock goes when it is dropped (another file
/// opened, the window closed) or when the process ends.
///
/// The files stay in the folder (two small files per document ever opened, reused the next time
/// it is opened): removing a file another copy may be about to lock could give two copies a
/// lock each, on the old file and on a new one.
#[derive(Debug)]
pub struct Lock {
    _held: Held,
}

/// The mark for `document` in `dir`, and the file naming the process that holds it: named by a
/// hash of the document's full path (FNV-1a, the same in every version of the app).
fn mark(dir: &Path, document: &Path) -> (PathBuf, PathBuf) {
    let full = std::fs::canonicalize(document)
        .or_else(|_| std::path::absolute(document))
        .unwrap_or_else(|_| document.to_owned());
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in full.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (
        dir.join(format!("{hash:016x}.lock")),
        // Apart from the lock: Windows refuses to read a file another process holds locked.
        dir.join(format!("{hash:016x}.owner")),
    )
}

/// The process id of another running copy of the app that has `document` open, if one has (0
/// when that copy could not say which it is).
pub fn held_by(dir: &Path, document: &Path) -> Option<u32> {
    let (lock, owner) = mark(dir, document);
    if !is_held(&lock) {
        return None;
    }
    let pid = std::fs::read_to_string(owner)
        .ok()
        .and_then(|text| text.lines().next()?.trim().parse().ok())
        .unwrap_or(0);
    (pid != std::process::id()).then_some(pid)
}

/// Marks `document` as open in this copy of the app, until the returned lock is dropped.
///
/// # Errors
/// When the folder for the marks cannot be made or written, or another copy holds the mark.
pub fn acquire(dir: &Path, document: &Path) -> Result<Lock, SaveError> {
    super::create_folder(dir)?;
    let (lock, owner) = mark(dir, document);
    let held = hold(&lock, false)?;
    let text = format!("{}\n{}\n", std::process::id(), document.display());
    super::save::write_private(&owner, text.as_bytes())?;
    Ok(Lock { _held: held })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_of_this_copy_or_of_an_ended_one_holds_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let doc = dir.path().join("notes.ron");
        let locks = dir.path().join("locks");
        std::fs::write(&doc, "x").expect("writes");
        assert_eq!(held_by(&locks, &doc), None);
        let lock = acquire(&locks, &doc).expect("locks");
        // Our own mark does not stop us.
        assert_eq!(held_by(&locks, &doc), None);
        // Another process's (its id written where ours was) does.
        let (file, owner) = mark(&locks, &doc);
        std::fs::write(&owner, "4000000000\nnotes.ron\n").expect("writes");
        assert_eq!(held_by(&locks, &doc), Some(4_000_000_000));
        // A second copy cannot take it while it is held.
        assert!(acquire(&locks, &doc).is_err());
        drop(lock);
        // Left by a process that let go of it (ended): ignored, whatever the files say.
        assert!(file.exists() && owner.exists());
        assert_eq!(held_by(&locks, &doc), None);
        let again = acquire(&locks, &doc).expect("taken again");
        assert_eq!(held_by(&locks, &doc), None, "ours again");
        drop(again);
        // The same file through another path is the same mark.
        let other_way = dir.path().join(".").join("notes.ron");
        assert_eq!(mark(dir.path(), &doc), mark(dir.path(), &other_way));
    }

    #[test]
    fn a_session_lock_goes_with_its_holder() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("session.lock");
        assert!(!still_running(&path));
        let held = hold_while_running(&path).expect("holds");
        assert!(still_running(&path));
        drop(held);
        assert!(!still_running(&path));
        assert!(!path.exists(), "its file goes with it");
    }

    /// The child half of the next test: holds the mark named in the environment until killed.
    #[test]
    #[ignore = "run by `a_mark_is_let_go_of_when_its_process_is_killed` as a child process"]
    fn hold_a_mark_until_killed() {
        let (Some(dir), Some(doc)) = (
            std::env::var_os("MANDATE_COMPARE_LOCK_DIR"),
            std::env::var_os("MANDATE_COMPARE_LOCK_DOC"),
        ) else {
            return;
        };
        let _lock = acquire(Path::new(&dir), Path::new(&doc)).expect("locks");
        std::thread::sleep(std::time::Duration::from_secs(120));
    }

    #[test]
    fn a_mark_is_let_go_of_when_its_process_is_killed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let doc = dir.path().join("notes.ron");
        let locks = dir.path().join("locks");
        std::fs::write(&doc, "x").expect("writes");
        let mut child = std::process::Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "--exact",
                "io::lock::tests::hold_a_mark_until_killed",
                "--ignored",
                "--nocapture",
            ])
            .env("MANDATE_COMPARE_LOCK_DIR", &locks)
            .env("MANDATE_COMPARE_LOCK_DOC", &doc)
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("starts the child");
        let started = std::time::Instant::now();
        let mut seen = None;
        // Until the child has locked the mark and then written its id beside it.
        while matches!(seen, None | Some(0))
            && started.elapsed() < std::time::Duration::from_secs(60)
        {
            std::thread::sleep(std::time::Duration::from_millis(20));
            seen = held_by(&locks, &doc);
        }
        assert_eq!(seen, Some(child.id()), "the child holds the mark");
        child.kill().expect("kills");
        child.wait().expect("reaped");
        // Windows lets go of a dead process's locks soon after it ends, not at once.
        let ended = std::time::Instant::now();
        while held_by(&locks, &doc).is_some()
            && ended.elapsed() < std::time::Duration::from_secs(10)
        {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(held_by(&locks, &doc), None, "the system let go of it");
    }
}
