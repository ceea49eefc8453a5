//! Recovery copies. While a document has unsaved changes the app writes it here every few
//! seconds; after a crash the next start offers it back. A copy is removed once the document is
//! saved or its changes are deliberately given up.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::load::ron_options;
use super::{LoadError, SaveError, read_bytes};
use crate::model::Document;

/// A recovery copy found on disk.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    /// The recovery file itself.
    pub file: PathBuf,
    /// The file the document belonged to, if it had one.
    pub original: Option<PathBuf>,
    /// When the copy was written.
    pub written: jiff::Timestamp,
}

#[derive(Serialize)]
#[serde(rename = "Recovery")]
struct CopyRef<'a> {
    pid: u32,
    original: Option<&'a Path>,
    written: jiff::Timestamp,
    document: &'a Document,
}

/// `pid` is still written, for older versions of the app, which tell by it whether the copy's
/// session runs; this version asks the session's lock instead, and ignores it.
#[derive(Deserialize)]
#[serde(rename = "Recovery")]
struct Copy {
    original: Option<PathBuf>,
    written: jiff::Timestamp,
    document: Document,
}

/// The recovery file of one running session.
pub fn file_for(dir: &Path, session: &str) -> PathBuf {
    dir.join(format!("recovery-{session}.ron"))
}

/// Writes (or replaces) the session's recovery copy, atomically.
///
/// # Errors
/// When the folder cannot be created or written.
pub fn write(
    dir: &Path,
    session: &str,
    original: Option<&Path>,
    doc: &Document,
) -> Result<PathBuf, SaveError> {
    let file = file_for(dir, session);
    std::fs::create_dir_all(dir).map_err(|source| SaveError::Write {
        path: file.clone(),
        step: super::SaveStep::CreateRecoveryFolder,
        source,
    })?;
    let copy = CopyRef {
        pid: std::process::id(),
        original,
        written: jiff::Timestamp::now(),
        document: doc,
    };
    let text = ron::ser::to_string(&copy)?;
    // Private: a copy of someone's unsaved notes, whatever their umask.
    super::save::write_private(&file, text.as_bytes())?;
    Ok(file)
}

/// The recovery copies in `dir`, newest first, except `skip` (this session's own). Copies that
/// cannot be read are left out (and left on disk).
pub fn list(dir: &Path, skip: Option<&Path>) -> Vec<Recovered> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Recovered> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("recovery-") && n.ends_with(".ron"))
                && Some(path.as_path()) != skip
        })
        .filter_map(|file| {
            let copy = read(&file).ok()?;
            // Another copy of the app that is still running owns this one.
            if super::lock::still_running(&lock_of(&file)) {
                return None;
            }
            Some(Recovered {
                file,
                original: copy.original,
                written: copy.written,
            })
        })
        .collect();
    found.sort_by_key(|copy| std::cmp::Reverse(copy.written));
    found
}

/// The lock a session holds while it runs, beside its copy: `recovery-SESSION.lock`.
fn lock_of(copy: &Path) -> PathBuf {
    copy.with_extension("lock")
}

/// Marks `session` as running until the returned value is dropped or the process ends (the
/// system lets go of the lock then, however the process ends), so that other copies of the app
/// leave its recovery copy alone. Taken before its first copy is written.
///
/// # Errors
/// When the folder cannot be created or the lock taken.
pub fn hold(dir: &Path, session: &str) -> Result<super::lock::Held, SaveError> {
    super::create_folder(dir)?;
    super::lock::hold_while_running(&lock_of(&file_for(dir, session)))
}

fn read(file: &Path) -> Result<Copy, LoadError> {
    let origin = file.display().to_string();
    let bytes = read_bytes(file)?;
    ron_options()
        .from_bytes(&bytes)
        .map_err(|error| LoadError::Syntax {
            origin,
            line: error.span.start.line,
            column: error.span.start.col,
            message: error.code.to_string(),
        })
}

/// The document in a recovery copy, and the file it belonged to.
///
/// # Errors
/// When the copy cannot be read.
pub fn load(file: &Path) -> Result<(Document, Option<PathBuf>), LoadError> {
    let copy = read(file)?;
    Ok((copy.document, copy.original))
}

/// Removes a recovery copy; a copy already gone is fine.
///
/// # Errors
/// When it exists and cannot be removed.
pub fn remove(file: &Path) -> std::io::Result<()> {
    // The lock of a session that ended goes with its copy; a running session keeps its own.
    let lock = lock_of(file);
    if !super::lock::still_running(&lock) {
        std::fs::remove_file(lock).ok();
    }
    match std::fs::remove_file(file) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_offered_only_once_its_session_has_ended() {
        let dir = tempfile::tempdir().expect("temp dir");
        let doc = crate::io::builtin().expect("builtin");
        let running = hold(dir.path(), "running").expect("holds");
        let copy = write(dir.path(), "running", None, &doc).expect("write");
        assert_eq!(
            list(dir.path(), None),
            [],
            "a running session keeps its copy"
        );
        remove(&copy).expect("remove");
        assert!(lock_of(&copy).exists(), "a running session keeps its lock");
        let copy = write(dir.path(), "running", None, &doc).expect("write");
        drop(running);
        let found = list(dir.path(), None);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].file, copy);
    }

    #[test]
    fn write_list_load_remove() {
        let dir = tempfile::tempdir().expect("temp dir");
        let doc = crate::io::builtin().expect("builtin");
        let mine = write(dir.path(), "mine", Some(Path::new("/x/notes.ron")), &doc).expect("write");
        let other = write(dir.path(), "other", None, &doc).expect("write");
        std::fs::write(dir.path().join("recovery-broken.ron"), "Recovery(").expect("write");

        let found = list(dir.path(), Some(&mine));
        assert_eq!(
            found.len(),
            1,
            "own copy and broken copy are left out: {found:?}"
        );
        assert_eq!(found[0].file, other);
        assert_eq!(found[0].original, None);

        let (loaded, original) = load(&mine).expect("load");
        assert_eq!(loaded, doc);
        assert_eq!(original.as_deref(), Some(Path::new("/x/notes.ron")));

        remove(&mine).expect("remove");
        remove(&mine).expect("removing twice is fine");
        assert!(!mine.exists());
    }
}
