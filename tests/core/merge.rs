//! Merging and comparing documents: the rules, and their properties over random edits made on
//! two copies of the built-in dataset.

use mandate_compare::io;
use mandate_compare::merge::{compare, merge};
use mandate_compare::model::{
    Annotation, Assessment, Choice, Conflict, ConflictPart, Document, Edit, Status, Visibility,
};
use proptest::prelude::*;

fn builtin() -> Document {
    io::builtin().expect("the built-in dataset loads")
}

fn at(minute: i64) -> jiff::Timestamp {
    jiff::Timestamp::new(1_800_000_000 + minute * 60, 0).expect("time")
}

fn note(id: &str, row: Option<&str>, text: &str, minute: i64) -> Annotation {
    Annotation {
        id: id.to_owned(),
        row: row.map(str::to_owned),
        author: "Ana".to_owned(),
        created: at(minute),
        modified: at(minute),
        text: text.to_owned(),
        tags: Vec::new(),
        visibility: Visibility::Shared,
        facts_changed: None,
    }
}

fn with_notes(notes: &[Annotation]) -> Document {
    let mut doc = builtin();
    doc.annotations = notes.to_vec();
    doc.normalized()
}

fn edited(doc: &Document, id: &str, text: &str, minute: i64) -> Document {
    let mut doc = doc.clone();
    let note = doc.annotation_mut(id).expect("note");
    note.text = text.to_owned();
    note.modified = at(minute);
    doc
}

#[test]
fn notes_on_one_side_only_are_taken_from_either_side() {
    let base = with_notes(&[note("a-1", Some("unmik-01"), "shared start", 0)]);
    let mut ours = base.clone();
    ours.annotations
        .push(note("a-2", Some("unmik-02"), "mine", 1));
    let mut theirs = base.clone();
    theirs.annotations.push(note("a-3", None, "theirs", 2));
    for base in [None, Some(&base)] {
        let merged = merge(base, &ours, &theirs);
        assert!(merged.is_clean(), "{:?}", merged.notices);
        let ids: Vec<&str> = merged
            .document
            .annotations
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(ids, ["a-1", "a-2", "a-3"]);
    }
}

#[test]
fn a_note_edited_differently_on_both_sides_is_a_conflict_holding_both_versions() {
    let base = with_notes(&[note("a-1", Some("unmik-01"), "start", 0)]);
    let ours = edited(&base, "a-1", "my wording", 5);
    let theirs = edited(&base, "a-1", "their wording", 6);
    let merged = merge(Some(&base), &ours, &theirs).document;
    assert_eq!(
        merged.annotation("a-1").map(|a| a.text.as_str()),
        Some("my wording")
    );
    assert_eq!(
        merged.conflicts,
        [Conflict::Annotation {
            id: "a-1".to_owned(),
            theirs: theirs.annotation("a-1").cloned(),
        }]
    );
    assert!(
        merged
            .validate()
            .iter()
            .all(|p| p.severity < mandate_compare::model::Severity::Error),
        "a merge with conflicts is still a valid document"
    );
}

#[test]
fn a_change_on_one_side_only_wins_in_a_three_way_merge_but_conflicts_in_a_two_way_one() {
    let base = with_notes(&[note("a-1", Some("unmik-01"), "start", 0)]);
    let theirs = edited(&base, "a-1", "their wording", 6);
    let merged = merge(Some(&base), &base, &theirs);
    assert!(merged.is_clean());
    assert_eq!(merged.document.annotation("a-1"), theirs.annotation("a-1"));
    // Without the ancestor nobody can tell which side changed it: the user decides.
    assert_eq!(merge(None, &base, &theirs).document.conflicts.len(), 1);
}

#[test]
fn deletions_follow_the_ancestor() {
    let base = with_notes(&[
        note("a-1", Some("unmik-01"), "one", 0),
        note("a-2", Some("unmik-01"), "two", 0),
    ]);
    // They deleted both; you left a-1 alone and changed a-2.
    let mut theirs = base.clone();
    theirs.annotations.clear();
    let ours = edited(&base, "a-2", "two, changed", 3);
    let merged = merge(Some(&base), &ours, &theirs).document;
    assert!(
        merged.annotation("a-1").is_none(),
        "deleted there, untouched here"
    );
    assert_eq!(
        merged.annotation("a-2").map(|a| a.text.as_str()),
        Some("two, changed")
    );
    assert_eq!(
        merged.conflicts,
        [Conflict::Annotation {
            id: "a-2".to_owned(),
            theirs: None
        }]
    );
    // The same pair without the ancestor deletes nothing.
    let two_way = merge(None, &ours, &theirs).document;
    assert_eq!(two_way.annotations.len(), 2);
}

#[test]
fn status_holders_and_assessments_that_differ_are_conflicts() {
    let ours = builtin();
    let mut theirs = builtin();
    let row = theirs.row_mut("unmik-03").expect("row");
    row.status = Status::Contested;
    row.holders = vec!["eulex".to_owned()];
    row.assessment = Some(Assessment {
        status: Status::Shared,
        holders: vec!["kosovo-police".to_owned()],
        author: "Ben".to_owned(),
        modified: at(1),
    });
    let merged = merge(None, &ours, &theirs);
    let whats: Vec<ConflictPart> = merged
        .document
        .conflicts
        .iter()
        .map(Conflict::part)
        .collect();
    // An assessment only they made is brought in; status and holders need a decision.
    assert_eq!(whats, [ConflictPart::Status, ConflictPart::Holders]);
    let merged_row = merged.document.row("unmik-03").expect("row");
    assert_eq!(merged_row.status, ours.row("unmik-03").expect("row").status);
    assert_eq!(
        merged_row.assessment,
        theirs.row("unmik-03").expect("row").assessment
    );
}

#[test]
fn resolving_takes_the_chosen_side_and_undoes_in_one_step() {
    let base = with_notes(&[note("a-1", Some("unmik-01"), "start", 0)]);
    let ours = edited(&base, "a-1", "mine", 5);
    let theirs = edited(&base, "a-1", "theirs", 6);
    let merged = merge(Some(&base), &ours, &theirs).document;

    for (choice, texts) in [
        (Choice::Mine, vec!["mine"]),
        (Choice::Theirs, vec!["theirs"]),
        (Choice::Both, vec!["mine", "theirs"]),
    ] {
        let mut doc = merged.clone();
        let edit = doc
            .resolve(0, choice, || "a-copy".to_owned())
            .expect("conflict 0");
        let undo = doc.apply(edit).expect("applies");
        assert!(doc.conflicts.is_empty(), "{choice:?}");
        let mut got: Vec<&str> = doc.annotations.iter().map(|a| a.text.as_str()).collect();
        got.sort_unstable();
        assert_eq!(got, texts, "{choice:?}");
        doc.apply(undo).expect("undo");
        assert_eq!(doc, merged, "undo of {choice:?} restores the conflict");
    }
}

#[test]
fn resolving_a_status_conflict_with_theirs_sets_their_status() {
    let ours = builtin();
    let mut theirs = builtin();
    theirs.row_mut("kfor-01").expect("row").status = Status::Contested;
    let mut merged = merge(None, &ours, &theirs).document;
    let edit = merged
        .resolve(0, Choice::Theirs, String::new)
        .expect("conflict");
    merged.apply(edit).expect("applies");
    assert_eq!(
        merged.row("kfor-01").expect("row").status,
        Status::Contested
    );
    assert!(merged.conflicts.is_empty());
}

#[test]
fn conflicts_survive_saving_and_loading() {
    let base = with_notes(&[note("a-1", Some("unmik-01"), "start", 0)]);
    let merged = merge(
        Some(&base),
        &edited(&base, "a-1", "mine", 5),
        &edited(&base, "a-1", "theirs", 6),
    )
    .document;
    let text = io::to_ron_string(&merged).expect("saves");
    assert!(text.contains("conflicts: ["), "{text}");
    assert_eq!(
        io::load_bytes(text.as_bytes(), "merged.ron").expect("loads"),
        merged
    );
    // A document without conflicts writes no conflicts field.
    assert!(
        !io::to_ron_string(&base)
            .expect("saves")
            .contains("conflicts")
    );
}

#[test]
fn compare_names_what_differs_per_row() {
    let ours = with_notes(&[
        note("a-1", Some("unmik-01"), "both", 0),
        note("a-2", Some("unmik-01"), "only mine", 1),
    ]);
    let mut theirs = edited(&ours, "a-1", "both, reworded", 3);
    theirs.annotations.retain(|a| a.id != "a-2");
    theirs
        .annotations
        .push(note("a-3", Some("kfor-02"), "only theirs", 2));
    theirs.row_mut("kfor-02").expect("row").status = Status::Contested;
    let diff = compare(&ours, &theirs);
    assert_eq!(diff.rows_differing(), 2);
    let unmik = diff.row("unmik-01").expect("differs");
    assert_eq!(unmik.notes_only_mine, ["a-2"]);
    assert_eq!(unmik.notes_changed, ["a-1"]);
    assert!(!unmik.status);
    let kfor = diff.row("kfor-02").expect("differs");
    assert!(kfor.status && !kfor.holders);
    assert_eq!(kfor.notes_only_theirs, ["a-3"]);
    assert!(kfor.notes_only_mine.is_empty() && kfor.notes_changed.is_empty());
    assert!(compare(&ours, &ours).rows.is_empty());
}

// Properties over random sessions of work on two copies of one document.

/// One thing a person does while annotating. Note ids come from a small pool so that both
/// sides touch the same notes.
#[derive(Clone, Debug)]
enum Op {
    Add {
        id: u8,
        row: usize,
        text: String,
        private: bool,
    },
    Edit {
        id: u8,
        text: String,
    },
    Delete {
        id: u8,
    },
    Assess {
        row: usize,
        status: usize,
    },
    Status {
        row: usize,
        status: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let text = "[a-z ]{1,12}";
    prop_oneof![
        4 => (0u8..12, 0usize..20, text, any::<bool>())
            .prop_map(|(id, row, text, private)| Op::Add { id, row, text, private }),
        2 => (0u8..12, text).prop_map(|(id, text)| Op::Edit { id, text }),
        1 => (0u8..12).prop_map(|id| Op::Delete { id }),
        1 => (0usize..19, 0usize..7).prop_map(|(row, status)| Op::Assess { row, status }),
        1 => (0usize..19, 0usize..7).prop_map(|(row, status)| Op::Status { row, status }),
    ]
}

/// Applies a session's work; `author` and `clock` make each side's notes its own.
fn work(doc: &Document, ops: &[Op], author: &str, clock: i64) -> Document {
    let mut doc = doc.clone();
    for (step, op) in ops.iter().enumerate() {
        let time = at(clock + step as i64);
        let row_id = |doc: &Document, row: usize| doc.rows[row % doc.rows.len()].id.clone();
        let edit = match op {
            Op::Add {
                id,
                row,
                text,
                private,
            } => {
                // A row index past the end makes a note on the whole document.
                let row = (*row < doc.rows.len()).then(|| row_id(&doc, *row));
                // Low ids are shared by both sides: two people adding "the same" note.
                let id = if *id < 4 {
                    format!("a-{id}")
                } else {
                    format!("a-{author}-{id}")
                };
                let mut note = note(&id, row.as_deref(), text, 0);
                note.author = author.to_owned();
                note.created = time;
                note.modified = time;
                if *private {
                    note.visibility = Visibility::Private;
                }
                Edit::AddAnnotation(note)
            }
            Op::Edit { id, text } => {
                let Some(note) = doc
                    .annotations
                    .get(usize::from(*id) % doc.annotations.len().max(1))
                else {
                    continue;
                };
                Edit::UpdateAnnotation {
                    id: note.id.clone(),
                    text: format!("{text} ({author})"),
                    tags: vec![author.to_owned()],
                    visibility: note.visibility,
                    modified: time,
                }
            }
            Op::Delete { id } => {
                let Some(note) = doc
                    .annotations
                    .get(usize::from(*id) % doc.annotations.len().max(1))
                else {
                    continue;
                };
                Edit::DeleteAnnotation {
                    id: note.id.clone(),
                }
            }
            Op::Assess { row, status } => Edit::SetAssessment {
                row: row_id(&doc, *row),
                assessment: Some(Assessment {
                    status: Status::ALL[*status],
                    holders: Vec::new(),
                    author: author.to_owned(),
                    modified: time,
                }),
            },
            Op::Status { row, status } => {
                let mut changed = doc.rows[row % doc.rows.len()].clone();
                changed.status = Status::ALL[*status];
                Edit::ReplaceRow(Box::new(changed))
            }
        };
        // Some random steps are refused (a duplicate id, say): a person would see a message.
        doc.apply(edit).ok();
    }
    doc.normalized()
}

/// A common ancestor with a few notes by both, and two sides that worked on it separately.
fn three_sides() -> impl Strategy<Value = (Document, Document, Document)> {
    (
        prop::collection::vec(op(), 0..8),
        prop::collection::vec(op(), 0..12),
        prop::collection::vec(op(), 0..12),
    )
        .prop_map(|(start, mine, theirs)| {
            let base = work(&builtin(), &start, "base", 0);
            let ours = work(&base, &mine, "ana", 1000);
            let theirs = work(&base, &theirs, "ben", 2000);
            (base, ours, theirs)
        })
}

/// The merged content regardless of the order rows and reference entries were listed in.
fn canonical(doc: &Document) -> Document {
    let mut doc = doc.normalized();
    doc.rows.sort_by(|a, b| a.id.cmp(&b.id));
    doc.sources.sort_by(|a, b| a.id.cmp(&b.id));
    doc.holders.sort_by(|a, b| a.id.cmp(&b.id));
    doc.presences.sort_by(|a, b| a.id.cmp(&b.id));
    doc
}

/// Whether `note` survives in `merged`: as a note with the same content (the later of two
/// equal ones may have been kept) or as their side of a conflict.
fn kept(merged: &Document, note: &Annotation) -> bool {
    let same = |a: &Annotation| {
        a.id == note.id && a.text == note.text && a.tags == note.tags && a.row == note.row
    };
    merged.annotations.iter().any(same)
        || merged
            .conflicts
            .iter()
            .any(|c| matches!(c, Conflict::Annotation { theirs: Some(theirs), .. } if same(theirs)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn merging_a_document_with_itself_changes_nothing((base, ours, _) in three_sides()) {
        for ancestor in [None, Some(&base)] {
            let merged = merge(ancestor, &ours, &ours);
            prop_assert!(merged.is_clean(), "{:?}", merged.notices);
            prop_assert_eq!(&merged.document, &ours.normalized());
        }
    }

    #[test]
    fn no_note_of_either_side_is_lost_without_an_ancestor((_, ours, theirs) in three_sides()) {
        let merged = merge(None, &ours, &theirs).document;
        for note in ours.annotations.iter().chain(&theirs.annotations) {
            prop_assert!(kept(&merged, note), "lost {:?}", note);
        }
        // Every conflict can be settled, and the document is valid meanwhile.
        prop_assert!(merged.validate().iter().all(|p| p.severity < mandate_compare::model::Severity::Error));
    }

    #[test]
    fn a_three_way_merge_loses_no_note_either_side_added_or_changed(
        (base, ours, theirs) in three_sides()
    ) {
        let merged = merge(Some(&base), &ours, &theirs).document;
        for note in ours.annotations.iter().chain(&theirs.annotations) {
            // A note as the ancestor had it may give way to the other side's change or deletion.
            let untouched = base.annotation(&note.id) == Some(note);
            prop_assert!(kept(&merged, note) || untouched, "lost {:?}", note);
        }
    }

    #[test]
    fn clean_merges_do_not_depend_on_the_order_of_the_sides(
        (base, ours, theirs) in three_sides()
    ) {
        for ancestor in [None, Some(&base)] {
            let one = merge(ancestor, &ours, &theirs);
            let other = merge(ancestor, &theirs, &ours);
            prop_assert_eq!(one.is_clean(), other.is_clean());
            if one.is_clean() {
                prop_assert_eq!(canonical(&one.document), canonical(&other.document));
            }
        }
    }

    #[test]
    fn resolving_every_conflict_either_way_leaves_a_valid_document(
        (base, ours, theirs) in three_sides(),
        theirs_wins in any::<bool>(),
    ) {
        let mut doc = merge(Some(&base), &ours, &theirs).document;
        let choice = if theirs_wins { Choice::Theirs } else { Choice::Mine };
        let mut copies = 0;
        while !doc.conflicts.is_empty() {
            let edit = doc.resolve(0, choice, || { copies += 1; format!("a-copy-{copies}") });
            prop_assert!(edit.is_some());
            if let Some(edit) = edit {
                doc.apply(edit).map_err(|e| TestCaseError::fail(e.to_string()))?;
            }
        }
        prop_assert!(doc.validate().iter().all(|p| p.severity < mandate_compare::model::Severity::Error));
    }
}
