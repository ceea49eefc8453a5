//! The model's words in each language, so that every view and export says the same thing.
//! The English `.ftl` file gives exactly the words of `src/model/document.rs`.

use crate::model::{HolderKind, SourceKind, Status, Visibility};

use super::Language;

/// The message id of a status; its `.description` attribute is the one-line meaning.
fn status_id(status: Status) -> &'static str {
    match status {
        Status::Transferred => "status-transferred",
        Status::Shared => "status-shared",
        Status::Residual => "status-residual",
        Status::Ongoing => "status-ongoing",
        Status::Completed => "status-completed",
        Status::Superseded => "status-superseded",
        Status::Contested => "status-contested",
    }
}

/// The word on a status's badge, as [`Status::label`] gives it in English.
pub fn status_label(lang: Language, status: Status) -> String {
    lang.t(status_id(status))
}

/// One sentence saying what a status means, as [`Status::description`] gives it in English.
pub fn status_description(lang: Language, status: Status) -> String {
    lang.t(&format!("{}.description", status_id(status)))
}

/// What kind of body a holder is, as [`HolderKind::label`] gives it in English.
pub fn holder_kind_label(lang: Language, kind: HolderKind) -> String {
    lang.t(match kind {
        HolderKind::Local => "holder-kind-local",
        HolderKind::International => "holder-kind-international",
        HolderKind::NonGovernmental => "holder-kind-non-governmental",
    })
}

/// "primary" or "secondary", as [`SourceKind::label`] gives it in English.
pub fn source_kind_label(lang: Language, kind: SourceKind) -> String {
    lang.t(match kind {
        SourceKind::Primary => "source-kind-primary",
        SourceKind::Secondary => "source-kind-secondary",
    })
}

/// Whether a note is shared or private, as [`Visibility::label`] gives it in English.
pub fn visibility_label(lang: Language, visibility: Visibility) -> String {
    lang.t(match visibility {
        Visibility::Shared => "visibility-shared",
        Visibility::Private => "visibility-private",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Nothing changes for English users: the .ftl words are the model's own.
    #[test]
    fn english_words_are_the_models() {
        for status in Status::ALL {
            assert_eq!(status_label(Language::En, status), status.label());
            assert_eq!(
                status_description(Language::En, status),
                status.description()
            );
        }
        for kind in [
            HolderKind::Local,
            HolderKind::International,
            HolderKind::NonGovernmental,
        ] {
            assert_eq!(holder_kind_label(Language::En, kind), kind.label());
        }
        for kind in [SourceKind::Primary, SourceKind::Secondary] {
            assert_eq!(source_kind_label(Language::En, kind), kind.label());
        }
        for visibility in [Visibility::Shared, Visibility::Private] {
            assert_eq!(
                visibility_label(Language::En, visibility),
                visibility.label()
            );
        }
    }

    /// Every language has its own word for each status, and no two statuses share one.
    #[test]
    fn each_language_has_distinct_status_words() {
        for lang in Language::ALL {
            let mut labels: Vec<String> =
                Status::ALL.iter().map(|s| status_label(lang, *s)).collect();
            for (status, label) in Status::ALL.iter().zip(&labels) {
                assert!(lang.has(status_id(*status)), "{lang}: {label}");
            }
            labels.sort();
            labels.dedup();
            assert_eq!(labels.len(), Status::ALL.len(), "{lang}");
        }
    }
}

/// What a change to the document does, as Undo and Redo name it: an [`Edit::describe`]
/// word in `lang`; a word without a message (a newer version's) stays as it is.
///
/// [`Edit::describe`]: crate::model::Edit::describe
pub fn edit_label(lang: Language, what: &str) -> String {
    edit_id(what).map_or_else(|| what.to_owned(), |id| lang.t(id))
}

/// The message of an [`Edit::describe`](crate::model::Edit::describe) word.
fn edit_id(what: &str) -> Option<&'static str> {
    Some(match what {
        "add note" => "message-edit-add-note",
        "restore note" => "message-edit-restore-note",
        "edit note" => "message-edit-edit-note",
        "delete note" => "message-edit-delete-note",
        "mark note reviewed" => "message-edit-mark-reviewed",
        "set your assessment" => "message-edit-set-assessment",
        "restore built-in assessment" => "message-edit-restore-assessment",
        "change row" => "message-edit-change-row",
        "resolve conflict" => "message-edit-resolve-conflict",
        "restore conflict" => "message-edit-restore-conflict",
        "merge" => "message-edit-merge",
        "rename tag" => "message-edit-rename-tag",
        _ => return None,
    })
}

#[cfg(test)]
mod edit_tests {
    use super::*;

    /// The English message of each change is the model's own word, so English is unchanged.
    #[test]
    fn the_words_of_changes_are_the_models_in_english() {
        for what in [
            "add note",
            "restore note",
            "edit note",
            "delete note",
            "mark note reviewed",
            "set your assessment",
            "restore built-in assessment",
            "change row",
            "resolve conflict",
            "restore conflict",
            "merge",
            "rename tag",
        ] {
            let id = edit_id(what).expect("a message");
            assert_eq!(Language::En.t(id), what);
            assert!(Language::ALL.iter().all(|lang| lang.has(id)), "{id}");
        }
        assert_eq!(edit_label(Language::Sq, "something else"), "something else");
    }
}
