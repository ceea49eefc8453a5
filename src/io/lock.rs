//! A file open in one running copy of the app: another copy on the same machine that opens it
//! is told so, and offered to open it read-only. The marks live in the app's own folder (one
//! small file per open document), never beside the document, so they do not litter shared or
//! git folders; a mark left by a copy that has ended is ignored.

use std::path::{Path, PathBuf};

use super::SaveError;

/// This copy's mark on an open document; removed when dropped (another file opened, the
/// window closed).
#[derive(Debug)]
pub struct Lock {
    file: PathBuf,
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Gone already (or never written) is fine: the mark only has to not outlive us.
        std::fs::remove_file(&self.file).ok();
    }
}

/// The mark for `document` in `dir`: named by a hash of the document's full path (FNV-1a, the
/// same in every version of the app).
fn mark(dir: &Path, document: &Path) -> PathBuf {
    let full = std::fs::canonicalize(document)
        .or_else(|_| std::path::absolute(document))
        .unwrap_or_else(|_| document.to_owned());
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in full.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    dir.join(format!("{hash:016x}.lock"))
}

/// The process id of another running copy of the app that has `document` open, if one has.
pub fn held_by(dir: &Path, document: &Path) -> Option<u32> {
    let text = std::fs::read_to_string(mark(dir, document)).ok()?;
    let pid: u32 = text.lines().next()?.trim().parse().ok()?;
    (pid != std::process::id() && super::recovery::process_alive(pid)).then_some(pid)
}

/// Marks `document` as open in this copy of the app, until the returned lock is dropped.
///
/// # Errors
/// When the folder for the marks cannot be made or written.
pub fn acquire(dir: &Path, document: &Path) -> Result<Lock, SaveError> {
    super::create_folder(dir)?;
    let file = mark(dir, document);
    let text = format!("{}\n{}\n", std::process::id(), document.display());
    super::save::write_private(&file, text.as_bytes())?;
    Ok(Lock { file })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_of_this_copy_or_of_an_ended_one_holds_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let doc = dir.path().join("notes.ron");
        std::fs::write(&doc, "x").expect("writes");
        assert_eq!(held_by(dir.path(), &doc), None);
        let lock = acquire(&dir.path().join("locks"), &doc).expect("locks");
        // Our own mark does not stop us.
        assert_eq!(held_by(&dir.path().join("locks"), &doc), None);
        let file = lock.file.clone();
        assert!(file.exists());
        drop(lock);
        assert!(!file.exists(), "the mark goes with the lock");
        // A mark left by a process that is gone (pid far above any real one) is ignored.
        std::fs::write(&file, "4000000000\nnotes.ron\n").expect("writes");
        assert_eq!(held_by(&dir.path().join("locks"), &doc), None);
        // The same file through another path is the same mark.
        let other_way = dir.path().join(".").join("notes.ron");
        assert_eq!(mark(dir.path(), &doc), mark(dir.path(), &other_way));
    }
}
