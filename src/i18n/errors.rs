//! Why a file could not be opened or saved, in a language: the app's status bar says it in the
//! interface's language, while `io`'s own texts (the command line's) stay English. What a
//! parser says about a broken file, and an operating system's reason it has no word for, stay
//! as they come.

use std::io::ErrorKind;

use super::{FluentValue, Language};
use crate::io::{LoadError, SaveError};
use crate::model::EditError;

/// Why a document could not be loaded, naming the file (and the line and column where known).
pub fn load_error(lang: Language, error: &LoadError) -> String {
    match error {
        LoadError::Read { origin, source } => lang.t_args(
            "error-cannot-read",
            &[
                ("file", FluentValue::from(origin.as_str())),
                ("reason", FluentValue::from(os_reason(lang, source))),
            ],
        ),
        LoadError::TooLarge { origin, size } => lang.t_args(
            "error-too-large",
            &[
                ("file", FluentValue::from(origin.as_str())),
                ("size", FluentValue::from(*size)),
                ("limit", FluentValue::from(crate::io::MAX_FILE_SIZE)),
            ],
        ),
        LoadError::NewerFormat { origin, found } => lang.t_args(
            "error-newer-format",
            &[
                ("file", FluentValue::from(origin.as_str())),
                ("found", FluentValue::from(*found)),
                ("supported", FluentValue::from(crate::model::FORMAT_VERSION)),
            ],
        ),
        // FILE:LINE:COLUMN stays as it is: editors jump to it.
        LoadError::Syntax { .. } => error.to_string(),
    }
}

/// Why a document could not be saved.
pub fn save_error(lang: Language, error: &SaveError) -> String {
    match error {
        SaveError::Serialize(_) => error.to_string(),
        SaveError::Write { path, step, source } => lang.t_args(
            "error-cannot-save",
            &[
                ("file", FluentValue::from(path.display().to_string())),
                ("step", FluentValue::from(save_step(lang, step))),
                ("reason", FluentValue::from(os_reason(lang, source))),
            ],
        ),
        SaveError::CreateFolder { path, source } => lang.t_args(
            "error-cannot-create-folder",
            &[
                ("folder", FluentValue::from(path.display().to_string())),
                ("reason", FluentValue::from(os_reason(lang, source))),
            ],
        ),
    }
}

/// Why a change to the document could not be made.
pub fn edit_error(lang: Language, error: &EditError) -> String {
    let text = |value: &str| FluentValue::from(value.to_owned());
    match error {
        EditError::NoSuchAnnotation(id) => lang.t_args("error-edit-no-note", &[("id", text(id))]),
        EditError::DuplicateAnnotation(id) => {
            lang.t_args("error-edit-duplicate-note", &[("id", text(id))])
        }
        EditError::NoSuchRow(id) => lang.t_args("error-edit-no-row", &[("id", text(id))]),
        EditError::NoSuchConflict(number) => lang.t_args(
            "error-edit-no-conflict",
            &[("number", FluentValue::from(*number))],
        ),
        EditError::EmptyNote => lang.t("error-edit-empty-note"),
    }
}

/// The operating system's reason in words of `lang` for the common ones, else (and in
/// English) as it says it.
pub fn os_reason(lang: Language, error: &std::io::Error) -> String {
    if lang == Language::En {
        return error.to_string();
    }
    let id = match error.kind() {
        ErrorKind::NotFound => "error-os-not-found",
        ErrorKind::PermissionDenied => "error-os-permission-denied",
        ErrorKind::ReadOnlyFilesystem => "error-os-read-only",
        ErrorKind::StorageFull => "error-os-storage-full",
        ErrorKind::IsADirectory => "error-os-is-a-folder",
        ErrorKind::InvalidData => "error-os-invalid-data",
        _ => return error.to_string(),
    };
    lang.t(id)
}

/// A step of saving (`io::save`'s words, which are the English) in `lang`; a step without a
/// message as it is.
fn save_step(lang: Language, step: &str) -> String {
    if lang == Language::En {
        return step.to_owned();
    }
    let id = match step {
        "the path is a folder" => "error-step-folder",
        "following the symbolic link" => "error-step-link",
        "creating a temporary file in the folder" => "error-step-temporary",
        "giving the new file the permissions of the old one" => "error-step-permissions",
        "writing the temporary file"
        | "flushing the temporary file"
        | "syncing the temporary file" => "error-step-write",
        "keeping the backup copy" => "error-step-backup",
        "renaming the temporary file over the target" => "error-step-rename",
        _ => return step.to_owned(),
    };
    lang.t(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_says_what_io_says() {
        let missing = crate::io::load_path(std::path::Path::new("/no/such/file.ron"))
            .expect_err("no such file");
        assert_eq!(load_error(Language::En, &missing), missing.to_string());
        let sq = load_error(Language::Sq, &missing);
        assert!(
            sq.starts_with("/no/such/file.ron: ") && !sq.contains("cannot"),
            "{sq}"
        );
        let newer = LoadError::NewerFormat {
            origin: "a.ron".to_owned(),
            found: 9,
        };
        assert_eq!(load_error(Language::En, &newer), newer.to_string());
    }

    #[test]
    fn every_save_step_has_its_words() {
        for step in [
            "the path is a folder",
            "following the symbolic link",
            "creating a temporary file in the folder",
            "giving the new file the permissions of the old one",
            "writing the temporary file",
            "flushing the temporary file",
            "syncing the temporary file",
            "keeping the backup copy",
            "renaming the temporary file over the target",
        ] {
            assert_eq!(save_step(Language::En, step), step);
            for lang in [Language::Sq, Language::SrLatn, Language::SrCyrl] {
                assert_ne!(save_step(lang, step), step, "{lang}: {step}");
            }
        }
    }
}
