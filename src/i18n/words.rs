//! The model's words in each language, so that every view and export says the same thing.
//! The English `.ftl` file holds the English words: the command line and the exports' fixed
//! English (column names, codes) take them from there too.

use fluent_bundle::FluentValue;

use crate::model::{EditKind, FactChange, HolderKind, SourceKind, Status, Visibility};

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
        Status::NotAssessed => "status-not-assessed",
    }
}

/// The word on a status's badge.
pub fn status_label(lang: Language, status: Status) -> String {
    lang.t(status_id(status))
}

/// One sentence saying what a status means.
pub fn status_description(lang: Language, status: Status) -> String {
    lang.t(&format!("{}.description", status_id(status)))
}

/// What kind of body a holder is.
pub fn holder_kind_label(lang: Language, kind: HolderKind) -> String {
    lang.t(match kind {
        HolderKind::Local => "holder-kind-local",
        HolderKind::International => "holder-kind-international",
        HolderKind::NonGovernmental => "holder-kind-non-governmental",
    })
}

/// "primary" or "secondary".
pub fn source_kind_label(lang: Language, kind: SourceKind) -> String {
    lang.t(match kind {
        SourceKind::Primary => "source-kind-primary",
        SourceKind::Secondary => "source-kind-secondary",
    })
}

/// Whether a note is shared or private.
pub fn visibility_label(lang: Language, visibility: Visibility) -> String {
    lang.t(match visibility {
        Visibility::Shared => "visibility-shared",
        Visibility::Private => "visibility-private",
    })
}

/// One change in a row's facts, in `lang`.
pub fn fact_change(lang: Language, change: FactChange) -> String {
    match change {
        FactChange::Status { was, now } => lang.t_args(
            "fact-change-status",
            &[
                ("was", FluentValue::from(status_label(lang, was))),
                ("now", FluentValue::from(status_label(lang, now))),
            ],
        ),
        FactChange::Holders => lang.t("fact-change-holders"),
        FactChange::Phases => lang.t("fact-change-phases"),
        FactChange::Events { new_or_changed } => lang.t_args(
            "fact-change-events",
            &[("count", FluentValue::from(new_or_changed))],
        ),
        FactChange::Positions => lang.t("fact-change-positions"),
    }
}

/// What changed in a row's facts, in `lang`: each change worded, oldest first.
pub fn fact_changes(lang: Language, changes: &[FactChange]) -> String {
    let worded: Vec<String> = changes.iter().map(|c| fact_change(lang, *c)).collect();
    worded.join("; ")
}

/// What a change to the document does, as Undo and Redo name it, in `lang`.
pub fn edit_label(lang: Language, what: EditKind) -> String {
    lang.t(edit_id(what))
}

/// The message of each kind of change.
fn edit_id(what: EditKind) -> &'static str {
    match what {
        EditKind::AddNote => "message-edit-add-note",
        EditKind::RestoreNote => "message-edit-restore-note",
        EditKind::EditNote => "message-edit-edit-note",
        EditKind::DeleteNote => "message-edit-delete-note",
        EditKind::MarkReviewed => "message-edit-mark-reviewed",
        EditKind::SetAssessment => "message-edit-set-assessment",
        EditKind::RestoreAssessment => "message-edit-restore-assessment",
        EditKind::ChangeRow => "message-edit-change-row",
        EditKind::ResolveConflict => "message-edit-resolve-conflict",
        EditKind::RestoreConflict => "message-edit-restore-conflict",
        EditKind::Merge => "message-edit-merge",
        EditKind::RenameTag => "message-edit-rename-tag",
        EditKind::Blind => "message-edit-blind",
        EditKind::EditFacts => "message-edit-edit-facts",
        EditKind::AddRow => "message-edit-add-row",
        EditKind::RemoveRow => "message-edit-remove-row",
        EditKind::AddPresence => "message-edit-add-presence",
        EditKind::EditPresence => "message-edit-edit-presence",
        EditKind::RemovePresence => "message-edit-remove-presence",
        EditKind::AddHolder => "message-edit-add-holder",
        EditKind::EditHolder => "message-edit-edit-holder",
        EditKind::RemoveHolder => "message-edit-remove-holder",
        EditKind::AddSource => "message-edit-add-source",
        EditKind::EditSource => "message-edit-edit-source",
        EditKind::RemoveSource => "message-edit-remove-source",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

#[cfg(test)]
mod fact_tests {
    use super::*;

    /// Every kind of change in a row's facts has its own words in every language (a missing
    /// message would show its id), and the English ones are those format 3 wrote.
    #[test]
    fn every_fact_change_is_worded_in_every_language() {
        let all = [
            FactChange::Status {
                was: Status::Completed,
                now: Status::Transferred,
            },
            FactChange::Holders,
            FactChange::Phases,
            FactChange::Events { new_or_changed: 0 },
            FactChange::Events { new_or_changed: 1 },
            FactChange::Events { new_or_changed: 3 },
            FactChange::Positions,
        ];
        for lang in Language::ALL {
            let mut seen = std::collections::HashSet::new();
            for change in all {
                let words = fact_change(lang, change);
                assert!(
                    !words.contains("fact-change"),
                    "{lang}: {change:?} has no message"
                );
                assert!(
                    seen.insert(words.clone()),
                    "{lang}: {change:?} reads like another: {words}"
                );
            }
        }
        assert_eq!(
            fact_changes(Language::En, &all[..2]),
            "status Completed, now Transferred; holders"
        );
        assert_eq!(fact_change(Language::En, all[4]), "1 event new or changed");
        assert_eq!(
            fact_change(Language::Sq, all[0]),
            format!(
                "statusi {}, tani {}",
                status_label(Language::Sq, Status::Completed),
                status_label(Language::Sq, Status::Transferred)
            )
        );
    }
}

#[cfg(test)]
mod edit_tests {
    use super::*;

    /// Every kind of change has its own message in every language.
    #[test]
    fn every_kind_of_change_has_a_message_in_every_language() {
        let mut ids = std::collections::HashSet::new();
        for what in EditKind::ALL {
            let id = edit_id(what);
            assert!(ids.insert(id), "{what:?} shares {id}");
            for lang in Language::ALL {
                assert!(lang.has(id), "{lang}: {id} ({what:?})");
            }
        }
        assert_eq!(edit_label(Language::En, EditKind::AddNote), "add note");
    }
}
