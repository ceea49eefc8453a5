//! The room's view in the app, as a facilitator uses it: open the participants' files, read
//! the rows, name those alone, see the notes from the room (never a private one) in the detail
//! and on the slides; and blind assessing, remembered by the file, until Reveal.

use std::path::{Path, PathBuf};

use crate::common::{Launch, ScriptedDialogs, click, finish_work, launch, menu};
use egui::Key;
use egui_kittest::kittest::Queryable as _;
use mandate_compare::app::Picked;
use mandate_compare::io;
use mandate_compare::model::{Annotation, Assessment, Document, Status, Visibility};

fn note(id: &str, author: &str, text: &str, visibility: Visibility) -> Annotation {
    Annotation {
        id: id.to_owned(),
        row: Some("unmik-01".to_owned()),
        author: author.to_owned(),
        created: jiff::Timestamp::UNIX_EPOCH,
        modified: jiff::Timestamp::UNIX_EPOCH,
        text: text.to_owned(),
        tags: Vec::new(),
        visibility,
        facts_changed: None,
    }
}

/// `name`'s file: the built-in comparison with their own status for UNMIK 1 and these notes.
fn participant(dir: &Path, name: &str, status: Status, notes: Vec<Annotation>) -> PathBuf {
    let mut doc: Document = io::builtin().expect("built-in");
    doc.row_mut("unmik-01").expect("row").assessment = Some(Assessment {
        status,
        holders: vec!["kosovo-institutions".to_owned()],
        author: name.to_owned(),
        modified: jiff::Timestamp::UNIX_EPOCH,
    });
    doc.annotations = notes;
    let path = dir.join(format!("{}.ron", name.to_lowercase()));
    io::save_path(&doc, &path).expect("saves");
    path
}

/// Ana and Bora read UNMIK 1 as Contested, Cem as Shared; Bora wrote a shared note on it and
/// Cem a private one.
fn three_files(dir: &Path) -> Vec<PathBuf> {
    vec![
        participant(dir, "Ana", Status::Contested, Vec::new()),
        participant(
            dir,
            "Bora",
            Status::Contested,
            vec![note(
                "a-bora",
                "Bora",
                "Belgrade never accepted this",
                Visibility::Shared,
            )],
        ),
        participant(
            dir,
            "Cem",
            Status::Shared,
            vec![note(
                "a-cem",
                "Cem",
                "my own doubt, not for the room",
                Visibility::Private,
            )],
        ),
    ]
}

/// The room's line for UNMIK 1, as a screen reader reads it.
const UNMIK_1: &str = "UNMIK 1: Contested 2, Shared 1 (3 of 3); built-in Contested; pairs agreeing 33 %; 1 person alone";

#[test]
fn the_room_shows_each_rows_reading_and_its_notes_never_a_private_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(Picked::Paths(three_files(dir.path())));
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        ..Launch::default()
    });
    menu(&mut harness, "File", "Open the room's files");
    finish_work(&mut harness);
    let room = harness.state().room().expect("the room is open");
    assert_eq!(room.people, ["Ana", "Bora", "Cem"]);
    // The row carries words and numbers, the built-in status labelled as such, and how many
    // are alone, not who: names are off until the facilitator turns them on.
    harness.get_by_label(UNMIK_1);
    assert!(harness.query_by_label_contains("Cem (Shared)").is_none());
    click(&mut harness, "Name those alone in a reading");
    harness.get_by_label("Alone: Cem (Shared)");
    click(&mut harness, "Name those alone in a reading");
    // The detail: the notes from the room by author; the private note never.
    click(&mut harness, "UNMIK 1");
    harness.get_by_label("Notes from the room");
    harness.get_by_label("Belgrade never accepted this");
    assert!(harness.query_by_label_contains("my own doubt").is_none());
    // The row's slide carries the room's reading and Bora's note, never Cem's.
    harness.key_press(Key::F5);
    harness.run_steps(12);
    harness.get_by_label_contains("Bora: Belgrade never accepted this");
    assert!(harness.query_by_label_contains("my own doubt").is_none());
    // The room's slide comes last.
    harness.key_press(Key::End);
    harness.run_steps(12);
    harness.get_by_label("The room: 3 people");
    harness.get_by_label_contains("Krippendorff's alpha");
}

#[test]
fn files_on_older_data_are_updated_in_memory_never_written_and_a_broken_one_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut paths = three_files(dir.path());
    // Dan's file is built on the first release of the built-in data.
    let oldest = &io::releases()[0];
    let mut old = oldest.document.clone();
    old.row_mut("unmik-01").expect("row").assessment = Some(Assessment {
        status: Status::Shared,
        holders: Vec::new(),
        author: "Dan".to_owned(),
        modified: jiff::Timestamp::UNIX_EPOCH,
    });
    let dan = dir.path().join("dan.ron");
    io::save_path(&old, &dan).expect("saves");
    let before = std::fs::read(&dan).expect("reads");
    let broken = dir.path().join("eve.ron");
    std::fs::write(&broken, "Document(\n    format: 4,\n    title: 42,\n)").expect("writes");
    paths.extend([dan.clone(), broken]);
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(Picked::Paths(paths));
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        ..Launch::default()
    });
    menu(&mut harness, "File", "Open the room's files");
    let text = harness.state().message().expect("a message").text();
    assert!(text.contains("4 files opened"), "{text}");
    assert!(text.contains("updated in memory"), "{text}");
    assert!(text.contains("eve.ron") && text.contains(":3:"), "{text}");
    assert_eq!(std::fs::read(&dan).expect("reads"), before, "never written");
    let room = harness.state().room().expect("open");
    assert_eq!(room.people, ["Ana", "Bora", "Cem", "Dan"]);
    assert!(!harness.state().is_dirty(), "the document is as it was");
}

#[test]
fn blind_assessing_hides_the_built_in_until_reveal_and_the_file_remembers_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("mine.ron");
    io::save_path(&io::builtin().expect("built-in"), &file).expect("saves");
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        file: Some(file.clone()),
        ..Launch::default()
    });
    // UNMIK 1 is Contested in the built-in data: the table says so before.
    harness.get_by_label_contains(
        "UNMIK 1, para. 11 (a), Substantial autonomy and self-government, Contested",
    );
    menu(&mut harness, "File", "Blind assessing");
    assert!(harness.state().document().blind);
    harness.get_by_label_contains(
        "UNMIK 1, para. 11 (a), Substantial autonomy and self-government, hidden",
    );
    assert!(
        harness
            .query_by_label_contains("Substantial autonomy and self-government, Contested")
            .is_none()
    );
    // The first row, chosen with the Down key.
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().selected_row(), Some("unmik-01"));
    harness.get_by_label("Hidden while you assess blind. Reveal shows them.");
    // Saved, the file remembers it.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    harness.run();
    finish_work(&mut harness);
    assert!(io::load_path(&file).expect("loads").blind);
    click(&mut harness, "Reveal");
    assert!(!harness.state().document().blind);
    harness.get_by_label_contains("Substantial autonomy and self-government, Contested");
}

/// How the room's view looks at 1280×800 beside the tags and the detail panel.
#[test]
fn snapshot_of_the_room() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(Picked::Paths(three_files(dir.path())));
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        size: [1280.0, 800.0],
        ..Launch::default()
    });
    menu(&mut harness, "File", "Open the room's files");
    click(&mut harness, "UNMIK 1");
    harness.snapshot("room");
}
