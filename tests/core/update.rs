//! Built-in data that moves on: which release a file is built on, and updating a user's file
//! to the newest release without losing anything they wrote.

use std::path::Path;

use mandate_compare::io;
use mandate_compare::merge::update;
use mandate_compare::model::{
    Annotation, Assessment, Document, Edit, Event, FactChange, Holder, HolderKind, Source,
    SourceKind, Status, Visibility, builtin_part,
};
use proptest::prelude::*;

fn old_release() -> &'static io::Release {
    &io::releases()[0]
}

fn latest_release() -> &'static io::Release {
    io::releases().last().expect("a release")
}

fn at(minute: i64) -> jiff::Timestamp {
    jiff::Timestamp::new(1_750_000_000 + minute * 60, 0).expect("time")
}

/// The 2025 release as a user's file saved it: no stamp, with their notes.
fn users_file(notes: &[(&str, Option<&str>)]) -> Document {
    users_file_on(old_release(), notes)
}

/// A release as a user's file saved it: no stamp, with their notes.
fn users_file_on(release: &io::Release, notes: &[(&str, Option<&str>)]) -> Document {
    let mut doc = release.document.clone();
    doc.dataset = None;
    for (index, (text, row)) in notes.iter().enumerate() {
        doc.annotations.push(Annotation {
            id: format!("a-{index:02}"),
            row: row.map(str::to_owned),
            author: "Ana".to_owned(),
            created: at(i64::try_from(index).expect("small")),
            modified: at(i64::try_from(index).expect("small")),
            text: (*text).to_owned(),
            tags: vec!["check".to_owned()],
            visibility: Visibility::Shared,
            facts_changed: None,
        });
    }
    doc.normalized()
}

#[test]
fn every_release_loads_and_the_newest_is_the_built_in_dataset() {
    let releases = io::releases();
    let versions: Vec<&str> = releases
        .iter()
        .map(|r| r.dataset.version.as_str())
        .collect();
    assert_eq!(versions, ["2025-11", "2026-11", "2026-12"]);
    let builtin = io::builtin().expect("built-in");
    assert_eq!(builtin.dataset.as_ref(), Some(&latest_release().dataset));
    assert_eq!(latest_release().document, builtin);
    assert!(
        io::newer_release(&builtin).is_none(),
        "the built-in data is the newest"
    );
}

#[test]
fn a_file_without_a_stamp_is_matched_to_the_release_its_content_comes_from() {
    let file = users_file(&[("a note", Some("unmik-09"))]);
    let on = io::built_on(&file).expect("built on a release");
    assert_eq!(on.release.dataset.version, "2025-11");
    assert_eq!(
        on.assumed,
        Some(0),
        "notes are the user's, not a difference"
    );
    assert!(on.assumption().expect("says so").contains("November 2025"));

    // Edited by hand: the closest release, and how far it is.
    let mut edited = file.clone();
    edited.title = "My comparison".to_owned();
    edited.rows[0].summary.push_str(" My own words.");
    let on = io::built_on(&edited).expect("closest");
    assert_eq!((on.release.label, on.assumed), ("November 2025", Some(2)));
    assert!(
        on.assumption()
            .expect("says so")
            .contains("2 difference(s)")
    );

    // Stamped: no guessing.
    let mut stamped = file.clone();
    stamped.dataset = Some(old_release().dataset.clone());
    assert_eq!(io::built_on(&stamped).expect("stamped").assumed, None);

    // Another mission's document is built on none.
    let other = io::load_path(&fixture("strict/good.ron")).expect("loads");
    assert!(io::built_on(&other).is_none());
}

#[test]
fn updating_the_2025_release_gives_the_2026_release() {
    let file = users_file(&[]);
    let updated = update(
        &file,
        &old_release().document,
        &latest_release().document,
        at(99),
    );
    assert!(updated.document.conflicts.is_empty());
    assert!(updated.notices.is_empty(), "{:?}", updated.notices);
    assert_eq!(
        builtin_part(&updated.document),
        builtin_part(&latest_release().document)
    );
    assert_eq!(updated.document.dataset, latest_release().document.dataset);
    assert_eq!(updated.rows_changed, 19);
    assert!(updated.sources_added > 0);
}

/// A file built on November 2026 updates to December 2026: the facts corrected, every row's
/// text marked as the resolution's words or the UN page's wording, nothing of the user's lost.
#[test]
fn updating_the_november_2026_release_gives_the_december_release() {
    let november = &io::releases()[1];
    assert_eq!(november.dataset.version, "2026-11");
    let mut file = users_file_on(november, &[("a note", Some("kfor-07"))]);
    file.dataset = Some(november.dataset.clone());
    let on = io::built_on(&file).expect("built on November 2026");
    assert_eq!(on.release.label, "November 2026");
    let (_, newest) = io::newer_release(&file).expect("an update");
    assert_eq!(newest.label, "December 2026");
    let updated = update(
        &file,
        &november.document,
        &latest_release().document,
        at(99),
    );
    assert!(updated.document.conflicts.is_empty());
    assert_eq!(
        builtin_part(&updated.document),
        builtin_part(&latest_release().document)
    );
    assert_eq!(
        updated.rows_changed, 19,
        "every row says where its text is from"
    );
    assert!(
        updated
            .document
            .rows
            .iter()
            .all(|r| r.original_from.is_some())
    );
    let note = updated
        .document
        .annotation("a-00")
        .expect("the note is kept");
    assert_eq!(note.text, "a note");
    assert!(note.facts_changed.is_some(), "kfor-07's events changed");
}

/// A release like the 2025 one with the facts of two rows changed, and the text of a third.
fn release_with_two_changed_rows() -> Document {
    let mut new = old_release().document.clone();
    new.dataset = Some(latest_release().dataset.clone());
    new.row_mut("unmik-04").expect("row").status = Status::Transferred;
    new.row_mut("kfor-05").expect("row").events.push(Event {
        date: "2026-01".parse().expect("date"),
        text: "Something new.".to_owned(),
        sources: vec!["itf-kosovo".to_owned()],
    });
    new.row_mut("kfor-06").expect("row").title = "A new title, not a fact".to_owned();
    new
}

#[test]
fn notes_on_rows_whose_facts_changed_are_marked_and_others_are_not() {
    let file = users_file(&[
        ("on unmik-04", Some("unmik-04")),
        ("on kfor-05", Some("kfor-05")),
        ("on kfor-06", Some("kfor-06")),
        ("on unmik-09", Some("unmik-09")),
        ("on the whole", None),
    ]);
    let updated = update(
        &file,
        &old_release().document,
        &release_with_two_changed_rows(),
        at(99),
    );
    let marked = |row: Option<&str>| {
        updated
            .document
            .annotations
            .iter()
            .find(|a| a.row.as_deref() == row)
            .expect("note")
            .facts_changed
            .clone()
    };
    let unmik_04 = marked(Some("unmik-04")).expect("marked");
    assert_eq!(
        unmik_04.changes,
        [FactChange::Status {
            was: Status::Completed,
            now: Status::Transferred
        }]
    );
    assert_eq!(unmik_04.what, None, "this version writes no English words");
    assert_eq!(unmik_04.at, at(99));
    assert_eq!(
        marked(Some("kfor-05")).expect("marked").changes,
        [FactChange::Events { new_or_changed: 1 }]
    );
    assert_eq!(
        marked(Some("kfor-06")),
        None,
        "a new title is not a change of facts"
    );
    assert_eq!(marked(Some("unmik-09")), None);
    assert_eq!(marked(None), None);
    assert_eq!(updated.notes_marked, 2);

    // A note written after the change came in is not marked.
    let late = update(
        &file,
        &old_release().document,
        &release_with_two_changed_rows(),
        at(-1),
    );
    assert_eq!(late.notes_marked, 0);

    // Reviewing clears the mark, and undoing the review brings it back.
    let mut doc = updated.document.clone();
    let id = doc.annotations[0].id.clone();
    let before = doc.clone();
    let undo = doc
        .apply(Edit::SetFactsChanged {
            id,
            facts_changed: None,
        })
        .expect("applies");
    assert_ne!(doc, before);
    doc.apply(undo).expect("undoes");
    assert_eq!(doc, before);
}

/// What a user does to the 2025 release before updating.
#[derive(Clone, Debug)]
enum Op {
    Note {
        row: usize,
        text: String,
        tag: u8,
        private: bool,
    },
    EditNote {
        index: usize,
        text: String,
    },
    Assess {
        row: usize,
        status: usize,
        holders: usize,
    },
    AddSource {
        title: String,
    },
    AddRow {
        title: String,
    },
    EditSummary {
        row: usize,
        text: String,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let text = "[a-zA-Z ,.\"'ëčћ]{1,30}";
    prop_oneof![
        4 => (0usize..25, text, 0u8..4, any::<bool>())
            .prop_map(|(row, text, tag, private)| Op::Note { row, text, tag, private }),
        2 => (0usize..30, text).prop_map(|(index, text)| Op::EditNote { index, text }),
        2 => (0usize..19, 0usize..7, 0usize..18)
            .prop_map(|(row, status, holders)| Op::Assess { row, status, holders }),
        1 => text.prop_map(|title| Op::AddSource { title }),
        1 => text.prop_map(|title| Op::AddRow { title }),
        1 => (0usize..19, text).prop_map(|(row, text)| Op::EditSummary { row, text }),
    ]
}

/// The user's file after `ops` on the 2025 release.
fn work(ops: &[Op]) -> Document {
    work_on(old_release(), ops)
}

/// The user's file after `ops` on `release`.
fn work_on(release: &io::Release, ops: &[Op]) -> Document {
    let mut doc = users_file_on(release, &[]);
    for (step, op) in ops.iter().enumerate() {
        let time = at(i64::try_from(step).expect("small"));
        let row_id = |doc: &Document, row: usize| doc.rows[row % doc.rows.len()].id.clone();
        match op {
            Op::Note {
                row,
                text,
                tag,
                private,
            } => {
                let row = (*row < doc.rows.len()).then(|| row_id(&doc, *row));
                doc.annotations.push(Annotation {
                    id: format!("a-{step:03}"),
                    row,
                    author: "Ana".to_owned(),
                    created: time,
                    modified: time,
                    text: text.clone(),
                    tags: vec![format!("tag-{tag}")],
                    visibility: if *private {
                        Visibility::Private
                    } else {
                        Visibility::Shared
                    },
                    facts_changed: None,
                });
            }
            Op::EditNote { index, text } => {
                let count = doc.annotations.len();
                if let Some(note) = doc.annotations.get_mut(index % count.max(1)) {
                    note.text = format!("{text} (edited)");
                    note.modified = time;
                }
            }
            Op::Assess {
                row,
                status,
                holders,
            } => {
                let holder = doc.holders[holders % doc.holders.len()].id.clone();
                let id = row_id(&doc, *row);
                doc.row_mut(&id).expect("row").assessment = Some(Assessment {
                    status: Status::ALL[*status],
                    holders: vec![holder],
                    author: "Ana".to_owned(),
                    modified: time,
                });
            }
            Op::AddSource { title } => doc.sources.push(Source {
                id: format!("my-source-{step}"),
                title: title.clone(),
                publisher: "Me".to_owned(),
                date: None,
                symbol: None,
                url: None,
                kind: SourceKind::Secondary,
            }),
            Op::AddRow { title } => {
                let mut row = doc.rows[0].clone();
                row.id = format!("my-row-{step}");
                row.number = 100 + u32::try_from(step).expect("small");
                row.title = title.clone();
                doc.rows.push(row);
                doc.holders.push(Holder {
                    id: format!("my-holder-{step}"),
                    short: "Mine".to_owned(),
                    name: "A holder of mine".to_owned(),
                    kind: HolderKind::Local,
                    short_tr: Default::default(),
                    name_tr: Default::default(),
                });
            }
            Op::EditSummary { row, text } => {
                let id = row_id(&doc, *row);
                doc.row_mut(&id).expect("row").summary = text.clone();
            }
        }
    }
    doc.normalized()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn updating_keeps_everything_the_user_wrote(
        ops in prop::collection::vec(op(), 0..25),
        base in 0..2usize,
    ) {
        // From November 2025 or November 2026 to the newest release.
        let release = &io::releases()[base];
        let mine = work_on(release, &ops);
        let updated = update(&mine, &release.document, &latest_release().document, at(999));
        let doc = &updated.document;
        for note in &mine.annotations {
            let kept = doc.annotation(&note.id).expect("every note is kept");
            prop_assert_eq!(
                (&kept.text, &kept.tags, kept.visibility, &kept.row),
                (&note.text, &note.tags, note.visibility, &note.row)
            );
        }
        prop_assert_eq!(doc.annotations.len(), mine.annotations.len());
        for row in &mine.rows {
            let now = doc.row(&row.id).expect("every row is kept");
            prop_assert_eq!(&now.assessment, &row.assessment, "own assessment of {}", row.id);
        }
        for source in mine.sources.iter().filter(|s| s.id.starts_with("my-")) {
            prop_assert_eq!(doc.source(&source.id), Some(source));
        }
        for holder in mine.holders.iter().filter(|h| h.id.starts_with("my-")) {
            prop_assert_eq!(doc.holder(&holder.id), Some(holder));
        }
        // A hand-edited built-in text the new release also changed is a conflict, yours kept.
        for conflict in &doc.conflicts {
            let row = conflict.row(doc).expect("a row conflict");
            prop_assert_eq!(&doc.row(row).expect("row").summary, &mine.row(row).expect("row").summary);
        }
        prop_assert!(doc.validate().iter().all(|p| p.severity < mandate_compare::model::Severity::Error));
        prop_assert_eq!(&doc.dataset, &latest_release().document.dataset);
    }

    #[test]
    fn exactly_the_notes_on_rows_whose_facts_changed_are_marked(
        ops in prop::collection::vec(op(), 0..25)
    ) {
        let mine = work(&ops);
        let new = release_with_two_changed_rows();
        let updated = update(&mine, &old_release().document, &new, at(999));
        // unmik-04's status changes; kfor-05 gains an event, unless the user edited kfor-05's
        // text by hand (then the row is a conflict holding theirs, its facts unchanged);
        // kfor-06 changes only its title, which is not a fact.
        let edited = |id: &str| {
            mine.row(id).map(|r| &r.summary) != old_release().document.row(id).map(|r| &r.summary)
        };
        for note in &updated.document.annotations {
            let changed = match note.row.as_deref() {
                Some("unmik-04") => true,
                Some("kfor-05") => !edited("kfor-05"),
                _ => false,
            };
            prop_assert_eq!(note.facts_changed.is_some(), changed, "note on {:?}", note.row);
        }
    }

    #[test]
    fn updating_twice_gives_the_same_bytes_as_once(ops in prop::collection::vec(op(), 0..15)) {
        let mine = work(&ops);
        let latest = &latest_release().document;
        let once = update(&mine, &old_release().document, latest, at(999)).document;
        let twice = update(&once, latest, latest, at(1999)).document;
        prop_assert_eq!(
            io::to_ron_string(&once).expect("ron"),
            io::to_ron_string(&twice).expect("ron")
        );
    }

    #[test]
    fn undo_after_an_update_gives_the_file_back_exactly(ops in prop::collection::vec(op(), 0..15)) {
        let mine = work(&ops);
        let updated = update(&mine, &old_release().document, &latest_release().document, at(999));
        let mut doc = mine.clone();
        let undo = doc.apply(Edit::ReplaceDocument(Box::new(updated.document))).expect("applies");
        doc.apply(undo).expect("undoes");
        prop_assert_eq!(
            io::to_ron_string(&doc).expect("ron"),
            io::to_ron_string(&mine).expect("ron")
        );
    }
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn run(args: &[&std::ffi::OsStr]) -> (i32, String) {
    let output = crate::mandate_compare().args(args).output().expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    let stderr = String::from_utf8(output.stderr).expect("utf-8");
    (output.status.code().expect("exit code"), stdout + &stderr)
}

/// A real file, saved from the 2025 release with notes on several rows, updated from the
/// command line: notes kept and marked, the old file kept as .bak, a second run does nothing.
#[test]
fn the_update_command_brings_a_2025_file_up_to_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notes.ron");
    let mine = users_file(&[
        ("Check the 2018 change", Some("unmik-09")),
        ("Is this still true?", Some("kfor-05")),
        ("Ask Ben", Some("unmik-04")),
        ("On everything", None),
    ]);
    io::save_path(&mine, &path).expect("saves");
    let before = std::fs::read(&path).expect("read");

    let (code, out) = run(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("built on the built-in data of November 2025"),
        "{out}"
    );

    let (code, out) = run(&["update".as_ref(), path.as_os_str()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("its content is the built-in data of November 2025"),
        "{out}"
    );
    assert!(out.contains("to December 2026"), "{out}");
    assert!(
        out.contains("3 note(s) on changed rows marked for review"),
        "{out}"
    );
    assert_eq!(std::fs::read(io::backup_path(&path)).expect(".bak"), before);
    let updated = io::load_path(&path).expect("loads");
    assert_eq!(updated.annotations.len(), 4);
    assert_eq!(updated.dataset, latest_release().document.dataset);
    let marked = updated
        .annotations
        .iter()
        .filter(|a| a.facts_changed.is_some())
        .count();
    assert_eq!(marked, 3);
    let (code, out) = run(&["check".as_ref(), "--strict".as_ref(), path.as_os_str()]);
    assert_eq!(code, 0, "the updated file meets the curators' rules: {out}");

    let after_once = std::fs::read(&path).expect("read");
    let (code, out) = run(&["update".as_ref(), path.as_os_str()]);
    assert_eq!(code, 0);
    assert!(
        out.contains("already built on the newest built-in data"),
        "{out}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), after_once);

    // -o writes elsewhere and leaves the file; an unreadable file is exit 2.
    let copy = dir.path().join("copy.ron");
    std::fs::write(&path, &before).expect("write");
    let (code, _) = run(&[
        "update".as_ref(),
        path.as_os_str(),
        "-o".as_ref(),
        copy.as_os_str(),
    ]);
    assert_eq!(code, 0);
    assert_eq!(std::fs::read(&path).expect("read"), before);
    assert!(io::load_path(&copy).is_ok());
    let (code, _) = run(&[
        "update".as_ref(),
        dir.path().join("missing.ron").as_os_str(),
    ]);
    assert_eq!(code, 2);
}

/// A built-in text the user edited and the new release changed: exit 1, the conflict recorded
/// in the output, which passes `check`.
#[test]
fn the_update_command_records_conflicts_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("edited.ron");
    let mut mine = users_file(&[("mine", Some("unmik-01"))]);
    mine.row_mut("unmik-01").expect("row").summary = "My own summary.".to_owned();
    io::save_path(&mine, &path).expect("saves");
    let (code, out) = run(&["update".as_ref(), path.as_os_str()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("1 conflict(s)"), "{out}");
    let updated = io::load_path(&path).expect("loads");
    assert_eq!(updated.conflicts.len(), 1);
    assert_eq!(
        updated.row("unmik-01").expect("row").summary,
        "My own summary."
    );
    let (code, out) = run(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(code, 0, "{out}");
}

/// git's merge driver: your note on a row whose facts your colleague's side changed is marked.
#[test]
fn a_merge_that_changes_a_rows_facts_marks_your_notes_on_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let base = users_file(&[]);
    let ours = users_file(&[
        ("mine on unmik-04", Some("unmik-04")),
        ("mine on kfor-01", Some("kfor-01")),
    ]);
    let mut theirs = base.clone();
    theirs.row_mut("unmik-04").expect("row").status = Status::Transferred;
    let paths: Vec<_> = [("base", &base), ("ours", &ours), ("theirs", &theirs)]
        .into_iter()
        .map(|(name, doc)| {
            let path = dir.path().join(format!("{name}.ron"));
            io::save_path(doc, &path).expect("saves");
            path
        })
        .collect();
    let out = dir.path().join("out.ron");
    let code = mandate_compare::cli::merge(&paths[0], &paths[1], &paths[2], &out, &mut Vec::new())
        .expect("runs");
    assert_eq!(code, 0);
    let merged = io::load_path(&out).expect("loads");
    let marked = |row: &str| {
        merged
            .annotations
            .iter()
            .find(|a| a.row.as_deref() == Some(row))
            .expect("note")
            .facts_changed
            .clone()
    };
    assert_eq!(
        marked("unmik-04").expect("marked").changes,
        [FactChange::Status {
            was: Status::Completed,
            now: Status::Transferred
        }]
    );
    assert_eq!(marked("kfor-01"), None);
}
