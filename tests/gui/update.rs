//! A file built on older built-in data: the bar that offers the update, the update as one
//! undoable step, and the notes written before their row's facts changed.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use mandate_compare::io;
use mandate_compare::model::{Annotation, Document, Visibility};

use crate::common::{Launch, click, launch, menu};
use mandate_compare::model::EditKind;

const OFFER: &str =
    "This file uses the built-in data of November 2025; December 2026 is available.";

/// A colleague's file from 2025: the old release with a note on UNMIK 4, saved as files were
/// then (no stamp).
fn file_from_2025(dir: &std::path::Path) -> (std::path::PathBuf, Document) {
    let mut doc = io::releases()[0].document.clone();
    doc.dataset = None;
    let written = jiff::Timestamp::new(1_750_000_000, 0).expect("time");
    doc.annotations.push(Annotation {
        id: "a-2025".to_owned(),
        row: Some("unmik-04".to_owned()),
        author: "Ana".to_owned(),
        created: written,
        modified: written,
        text: "Completed? Ask the mission.".to_owned(),
        tags: vec!["check".to_owned()],
        visibility: Visibility::Shared,
        facts_changed: None,
    });
    let path = dir.join("from-2025.ron");
    io::save_path(&doc, &path).expect("saves");
    let opened = io::load_path(&path).expect("loads");
    (path, opened)
}

fn open(path: std::path::PathBuf) -> egui_kittest::Harness<'static, mandate_compare::App> {
    launch(Launch {
        file: Some(path),
        ..Launch::default()
    })
}

#[test]
fn the_bar_offers_the_update_which_keeps_the_notes_and_undoes_in_one_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, before) = file_from_2025(dir.path());
    let mut harness = open(path);
    harness.get_by_label_contains(OFFER);
    harness.get_by_label_contains("The file does not say which built-in data it is built on");
    assert_eq!(harness.state().document(), &before);

    click(&mut harness, "Update…");
    harness.get_by_label("Update to the built-in data of December 2026?");
    click(&mut harness, "Update");
    let doc = harness.state().document().clone();
    assert_eq!(
        doc.dataset,
        io::releases().last().expect("newest").document.dataset
    );
    assert!(harness.state().is_dirty(), "updated, not saved");
    let message = &harness.state().message().expect("a summary").text();
    assert!(
        message.contains("Updated to the built-in data of December 2026"),
        "{message}"
    );
    assert!(
        message.contains("1 of your notes on changed rows marked for review"),
        "{message}"
    );
    assert!(
        harness.query_by_label_contains(OFFER).is_none(),
        "nothing more to offer"
    );
    let note = doc.annotation("a-2025").expect("the note is kept");
    assert_eq!(note.text, "Completed? Ask the mission.");
    assert!(note.facts_changed.is_some());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().document(),
        &before,
        "undo gives the file back exactly"
    );
    assert!(!harness.state().is_dirty());
    harness.get_by_label_contains(OFFER);
}

#[test]
fn not_now_hides_the_bar_and_the_file_menu_still_offers_the_update() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, before) = file_from_2025(dir.path());
    let mut harness = open(path);
    click(&mut harness, "Not now");
    assert!(harness.query_by_label_contains(OFFER).is_none());
    assert_eq!(
        harness.state().document(),
        &before,
        "nothing changes on its own"
    );

    menu(&mut harness, "File", "Update built-in data…");
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().document(), &before);
    menu(&mut harness, "File", "Update built-in data…");
    click(&mut harness, "Update");
    assert!(harness.state().document().dataset.is_some());
}

#[test]
fn a_note_written_before_its_facts_changed_is_marked_until_reviewed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, _) = file_from_2025(dir.path());
    let mut harness = open(path);
    click(&mut harness, "Update…");
    click(&mut harness, "Update");
    // The table says so on the row, the detail panel on the note.
    harness.get_by_label("1 to review");
    click(&mut harness, "UNMIK 4");
    harness.get_by_label_contains("The facts changed since this note");
    harness.get_by_label_contains("What changed: status Completed, now Transferred");
    // What changed is kept as data and worded by the interface: switching the language
    // rewords it, statuses included.
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language").hover();
    harness.run();
    harness.get_by_label("Shqip").click();
    harness.run();
    harness.get_by_label_contains("Çfarë ndryshoi: statusi E përfunduar, tani E transferuar");
    assert!(
        harness
            .query_by_label_contains("status Completed")
            .is_none(),
        "no English left"
    );
    harness.get_by_label("Pamja").click();
    harness.run();
    harness.get_by_label("Gjuha").hover();
    harness.run();
    harness.get_by_label("English").click();
    harness.run();
    click(&mut harness, "Mark as reviewed");
    let note = harness
        .state()
        .document()
        .annotation("a-2025")
        .expect("note")
        .clone();
    assert_eq!(note.facts_changed, None);
    assert!(
        harness
            .query_by_label_contains("The facts changed since this note")
            .is_none()
    );
    assert!(harness.query_by_label("1 to review").is_none());
    assert_eq!(harness.state().undo_label(), Some(EditKind::MarkReviewed));
}

#[test]
fn the_built_in_data_and_another_missions_file_offer_no_update() {
    let harness = launch(Launch::default());
    assert!(harness.query_by_label_contains("is available").is_none());
    let other =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/strict/good.ron");
    let harness = open(other);
    assert!(harness.query_by_label_contains("is available").is_none());
}
