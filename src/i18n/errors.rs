//! Why a file could not be opened or saved, in a language: the app's status bar says it in the
//! interface's language, while `io`'s own texts (the command line's) stay English. What a
//! parser says about a broken file, and an operating system's reason it has no word for, stay
//! as they come.

use std::fmt;
use std::io::ErrorKind;

use super::{FluentValue, Language};
use crate::io::{LoadError, SaveError, SaveStep, TextError};
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

/// Why a text file (a resolution's text) could not be read, naming the file, and the line and
/// column where it stops being UTF-8.
pub fn text_error(lang: Language, error: &TextError) -> String {
    match error {
        TextError::Load(error) => load_error(lang, error),
        TextError::NotUtf8 {
            origin,
            line,
            column,
        } => lang.t_args(
            "error-not-utf8",
            &[
                ("file", FluentValue::from(origin.as_str())),
                ("line", FluentValue::from(*line)),
                ("column", FluentValue::from(*column)),
            ],
        ),
    }
}

/// Why a document could not be saved.
pub fn save_error(lang: Language, error: &SaveError) -> String {
    match error {
        SaveError::Serialize(reason) => lang.t_args(
            "error-serialize",
            &[("reason", FluentValue::from(reason.to_string()))],
        ),
        SaveError::Write { path, step, source } => lang.t_args(
            "error-cannot-save",
            &[
                ("file", FluentValue::from(path.display().to_string())),
                ("step", FluentValue::from(lang.t(step_id(*step)))),
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
        SaveError::Changed { path } => lang.t_args(
            "error-changed-on-disk",
            &[("file", FluentValue::from(path.display().to_string()))],
        ),
    }
}

/// In English, as the command line says it.
impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&save_error(Language::En, self))
    }
}

/// The message that words a step of saving.
fn step_id(step: SaveStep) -> &'static str {
    match step {
        SaveStep::PathIsFolder => "error-step-folder",
        SaveStep::FollowLink => "error-step-link",
        SaveStep::Inspect => "error-step-inspect",
        SaveStep::NotAFile => "error-step-special",
        SaveStep::Stream => "error-step-stream",
        SaveStep::CreateTemporary => "error-step-temporary",
        SaveStep::LockTemporary => "error-step-lock",
        SaveStep::WriteTemporary => "error-step-write",
        SaveStep::FlushTemporary => "error-step-flush",
        SaveStep::SyncTemporary => "error-step-sync",
        SaveStep::Permissions => "error-step-permissions",
        SaveStep::CheckUnchanged => "error-step-check",
        SaveStep::Backup => "error-step-backup",
        SaveStep::SyncBackup => "error-step-backup-sync",
        SaveStep::RenameBackup => "error-step-backup-rename",
        SaveStep::Rename => "error-step-rename",
        SaveStep::SyncFolder => "error-step-sync-folder",
        SaveStep::EncodePng => "error-step-png",
        SaveStep::CreateRecoveryFolder => "error-step-recovery-folder",
        SaveStep::LockOpenMark => "error-step-open-mark",
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
        EditError::BuiltInFacts => lang.t("error-edit-built-in"),
        EditError::DuplicateId(id) => lang.t_args("error-edit-duplicate-id", &[("id", text(id))]),
        EditError::NoSuchPresence(id) => lang.t_args("error-edit-no-presence", &[("id", text(id))]),
        EditError::NoSuchHolder(id) => lang.t_args("error-edit-no-holder", &[("id", text(id))]),
        EditError::NoSuchSource(id) => lang.t_args("error-edit-no-source", &[("id", text(id))]),
        EditError::StillCited { id, by } => lang.t_args(
            "error-edit-still-cited",
            &[("id", text(id)), ("by", text(&by.join(", ")))],
        ),
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

    /// The steps `SaveStep::ALL` must list: adding a variant breaks this match until it is
    /// listed here, and a variant listed here but missing from `ALL` fails the test.
    fn listed(step: SaveStep) -> bool {
        match step {
            SaveStep::PathIsFolder
            | SaveStep::FollowLink
            | SaveStep::Inspect
            | SaveStep::NotAFile
            | SaveStep::Stream
            | SaveStep::CreateTemporary
            | SaveStep::LockTemporary
            | SaveStep::WriteTemporary
            | SaveStep::FlushTemporary
            | SaveStep::SyncTemporary
            | SaveStep::Permissions
            | SaveStep::CheckUnchanged
            | SaveStep::Backup
            | SaveStep::SyncBackup
            | SaveStep::RenameBackup
            | SaveStep::Rename
            | SaveStep::SyncFolder
            | SaveStep::EncodePng
            | SaveStep::CreateRecoveryFolder
            | SaveStep::LockOpenMark => SaveStep::ALL.contains(&step),
        }
    }

    #[test]
    fn every_save_step_is_listed_and_has_its_words_in_every_language() {
        let mut ids = std::collections::HashSet::new();
        for &step in SaveStep::ALL {
            assert!(listed(step), "{step:?}");
            let id = step_id(step);
            assert!(ids.insert(id), "{step:?} shares {id} with another step");
            for lang in Language::ALL {
                assert!(lang.has(id), "{lang}: {step:?} has no message {id}");
            }
        }
        for id in [
            "error-serialize",
            "error-cannot-save",
            "error-changed-on-disk",
        ] {
            for lang in Language::ALL {
                assert!(lang.has(id), "{lang}: no message {id}");
            }
        }
    }

    #[test]
    fn a_step_reads_in_each_language_and_in_english_through_display() {
        let error = SaveError::Write {
            path: "/x/slide.png".into(),
            step: SaveStep::EncodePng,
            source: std::io::Error::other("bad pixels"),
        };
        assert_eq!(
            error.to_string(),
            "cannot save /x/slide.png: encoding the PNG image: bad pixels"
        );
        let sq = save_error(Language::Sq, &error);
        assert!(sq.contains("PNG") && !sq.contains("encoding"), "{sq}");
    }
}
