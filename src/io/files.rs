//! Small questions and steps about the file system that the app asks outside loading and
//! saving: whether a file is there, and a folder to write into.

use std::path::Path;

use super::SaveError;

/// Whether a file (not a folder) is at `path` and can be seen.
pub fn file_exists(path: &Path) -> bool {
    path.is_file()
}

/// Whether `a` and `b` name the same file, through symbolic links and other names for it (the
/// same device and inode on Unix; the same canonical path elsewhere). A path with nothing at it
/// is no file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Whether `path` is a file with nothing in it (git's stand-in for a missing ancestor).
pub fn is_empty_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|metadata| metadata.is_file() && metadata.len() == 0)
}

/// Why the user may not save over the file at `path`, if they may not: a file whose write
/// permissions are all off (someone marked it read-only, whoever may override that), a file this
/// user may not open for writing, or a folder in which the new version cannot be made (saving
/// writes a new file beside the old one and renames it over it).
pub fn why_not_writable(path: &Path) -> Option<String> {
    let name = path.display();
    let metadata = std::fs::metadata(path).ok()?;
    if metadata.permissions().readonly() {
        return Some(format!("{name} is marked read-only (no one may write it)"));
    }
    if let Err(error) = std::fs::OpenOptions::new().append(true).open(path) {
        return Some(format!("you may not write to {name} ({error})"));
    }
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    match tempfile::Builder::new()
        .prefix(".mandate-compare-probe-")
        .suffix(super::temp::SUFFIX)
        .tempfile_in(dir)
    {
        Ok(_) => None,
        Err(error) => Some(format!(
            "you may not create files in {}, which saving needs ({error})",
            dir.display()
        )),
    }
}

/// Creates the folder at `path` and any missing folders above it; a folder already there is
/// fine.
///
/// # Errors
/// [`SaveError::CreateFolder`], naming the path.
pub fn create_folder(path: &Path) -> Result<(), SaveError> {
    std::fs::create_dir_all(path).map_err(|source| SaveError::CreateFolder {
        path: path.to_owned(),
        source,
    })
}

/// The document files (`.ron`, not the `.bak` copies) directly in `folder`, sorted by name;
/// none when it cannot be read.
pub fn documents_in(folder: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<std::path::PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.is_file()
                && path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        })
        .collect();
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_created_with_its_parents_and_may_already_exist() {
        let dir = tempfile::tempdir().expect("temp dir");
        let deep = dir.path().join("a").join("b");
        create_folder(&deep).expect("created");
        assert!(deep.is_dir());
        create_folder(&deep).expect("already there is fine");
        assert!(!file_exists(&deep), "a folder is not a file");
    }

    #[test]
    fn a_folder_that_cannot_be_created_is_named_in_the_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("a-file");
        std::fs::write(&file, "x").expect("writes");
        assert!(file_exists(&file));
        let below = file.join("slides");
        let error = create_folder(&below).expect_err("a file is in the way");
        let message = error.to_string();
        assert!(
            message.starts_with("cannot create the folder") && message.contains("a-file"),
            "{message}"
        );
    }

    #[test]
    fn only_an_empty_file_is_empty() {
        let dir = tempfile::tempdir().expect("temp dir");
        let empty = dir.path().join("empty");
        std::fs::write(&empty, "").expect("writes");
        let full = dir.path().join("full");
        std::fs::write(&full, "x").expect("writes");
        assert!(is_empty_file(&empty));
        assert!(!is_empty_file(&full));
        assert!(!is_empty_file(dir.path()));
        assert!(!is_empty_file(&dir.path().join("missing")));
        assert!(!file_exists(&dir.path().join("missing")));
    }
}
