//! The research workflow, driven as a person would: search and filters, undo and redo, the
//! command palette, recent and dropped files, tags.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::common::{Launch, add_note, click, launch, type_into};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mandate_compare::App;
use mandate_compare::app::Settings;
use mandate_compare::io;
use mandate_compare::model::EditKind;

fn start_with(settings: Settings, file: Option<PathBuf>) -> Harness<'static, App> {
    launch(Launch {
        settings,
        file,
        ..Launch::default()
    })
}

fn start() -> Harness<'static, App> {
    launch(Launch::default())
}

#[test]
fn search_narrows_the_table_ignoring_case_and_accents() {
    let mut harness = start();
    harness.get_by_label("All 19 shown");
    // Ctrl+F puts the keyboard in the search field.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.get_by_label("Search").type_text("DECANI");
    harness.run();
    assert_eq!(
        harness.state().visible_row_ids(),
        ["kfor-08"],
        "finds Dečani"
    );
    harness.get_by_label("1 of 19 shown");
    assert!(
        harness.query_by_label("UNMIK 1").is_none(),
        "other rows are gone"
    );

    click(&mut harness, "Clear filters");
    assert_eq!(harness.state().visible_row_ids().len(), 19);
    assert!(harness.state().filter().is_empty());
}

#[test]
fn search_finds_notes_and_filters_combine() {
    let mut harness = start();
    add_note(&mut harness, "UNMIK 4", "Ask about Gjilan/Gnjilane", "");
    type_into(&mut harness, "Search", "gnjilane");
    assert_eq!(harness.state().visible_row_ids(), ["unmik-04"]);
    click(&mut harness, "Clear filters");

    click(&mut harness, "Contested only");
    let contested = harness.state().visible_row_ids().len();
    assert!(contested > 2 && contested < 19, "{contested}");
    click(&mut harness, "Has notes");
    assert_eq!(harness.state().visible_row_ids(), ["unmik-04"]);
}

#[test]
fn undo_restores_an_edited_note_and_redo_does_it_again() {
    let mut harness = start();
    add_note(&mut harness, "UNMIK 9", "EULEX has 10 police officers", "");
    click(&mut harness, "Edit note");
    type_into(&mut harness, "Note text", " (no: UNMIK has)");
    click(&mut harness, "Save note");
    let text = |h: &Harness<'_, App>| h.state().document().annotations[0].text.clone();
    assert_eq!(
        text(&harness),
        "EULEX has 10 police officers (no: UNMIK has)"
    );

    // The Edit menu says what will be undone.
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo: edit note");
    harness.key_press(Key::Escape);
    harness.run();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(text(&harness), "EULEX has 10 police officers");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(
        text(&harness),
        "EULEX has 10 police officers (no: UNMIK has)"
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().undo_label(),
        Some(EditKind::EditNote),
        "nothing more to redo"
    );

    // Undoing everything is back to the file as saved: nothing unsaved.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().document().annotations.is_empty());
    assert!(!harness.state().is_dirty());
}

#[test]
fn undo_never_touches_the_file_on_disk() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notes.ron");
    io::save_path(&io::builtin().expect("builtin"), &path).expect("save");
    let mut harness = start_with(
        Settings {
            author: "Tester".to_owned(),
            ..crate::common::settings()
        },
        Some(path.clone()),
    );
    add_note(&mut harness, "KFOR 1", "Saved note", "");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = std::fs::read(&path).expect("read");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().document().annotations.is_empty());
    assert!(harness.state().is_dirty(), "the undo is an unsaved change");
    assert_eq!(std::fs::read(&path).expect("read"), saved);
}

#[test]
fn the_palette_runs_a_command_from_the_keyboard() {
    let mut harness = start();
    assert!(harness.state().settings().show_tags);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    harness.run();
    harness.get_by_label("Command").type_text("tags pan");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(!harness.state().settings().show_tags, "Hide tags panel ran");
    assert!(
        harness.query_by_label("Command").is_none(),
        "the palette closed"
    );

    // Arrow keys choose among the matches; Escape closes without running anything.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    harness.run();
    harness.get_by_label("Command").type_text("s");
    harness.run();
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Command").is_none());
    assert!(!harness.state().is_dirty());
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(harness: &mut Harness<'_, App>, path: &Path) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_owned())));
    harness.run();
}

#[test]
fn a_dropped_document_opens_and_other_files_are_explained() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dropped.ron");
    let mut doc = io::builtin().expect("builtin");
    doc.title = "Dropped comparison".to_owned();
    io::save_path(&doc, &path).expect("save");

    let mut harness = start();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a document").expect("write");
    drop_file(&mut harness, &text);
    let message = harness.state().message().expect("a message").text();
    assert!(
        message.contains("notes.txt") && message.contains(".ron"),
        "{message}"
    );

    // With unsaved changes, dropping asks first.
    add_note(&mut harness, "UNMIK 1", "Unsaved", "");
    drop_file(&mut harness, &path);
    click(&mut harness, "Don't save");
    assert_eq!(harness.state().document().title, "Dropped comparison");
    assert_eq!(harness.state().path(), Some(path.as_path()));
}

#[test]
fn renaming_a_tag_reaches_every_note_in_one_undoable_step() {
    let mut harness = start();
    add_note(&mut harness, "UNMIK 9", "Police numbers", "police, numbers");
    add_note(&mut harness, "KFOR 4", "Third responder", "police");
    add_note(&mut harness, "KFOR 7", "Border police", "policing");
    harness.get_by_label("#police (2)");

    click(&mut harness, "Tag to rename");
    click(&mut harness, "#police");
    type_into(&mut harness, "New name", "policing");
    click(&mut harness, "Rename everywhere");

    let tags: Vec<Vec<String>> = harness
        .state()
        .document()
        .annotations
        .iter()
        .map(|a| a.tags.clone())
        .collect();
    assert_eq!(
        tags,
        [
            vec!["numbers", "policing"],
            vec!["policing"],
            vec!["policing"]
        ]
    );
    harness.get_by_label("#policing (3)");
    assert!(harness.query_by_label("#police (2)").is_none(), "merged");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.get_by_label("#police (2)");
    assert_eq!(harness.state().document().annotations[2].tags, ["policing"]);
}

#[test]
fn clicking_a_tag_filters_the_table() {
    let mut harness = start();
    add_note(&mut harness, "UNMIK 2", "Parallel structures", "north");
    add_note(&mut harness, "KFOR 7", "Gates 1 and 31", "north");
    add_note(&mut harness, "KFOR 3", "Troops", "numbers");
    click(&mut harness, "#north (2)");
    assert_eq!(harness.state().visible_row_ids(), ["unmik-02", "kfor-07"]);
}

#[test]
fn recent_files_are_listed_and_missing_ones_can_be_removed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let there = dir.path().join("there.ron");
    io::save_path(&io::builtin().expect("builtin"), &there).expect("save");
    let gone = dir.path().join("gone.ron");
    let mut harness = start_with(
        Settings {
            author: "Tester".to_owned(),
            recent: vec![gone.clone(), there.clone()],
            ..crate::common::settings()
        },
        None,
    );
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open recent").hover();
    harness.run();
    // Named with their folder: "gone.ron — tmpXYZ".
    let folder = dir
        .path()
        .file_name()
        .expect("a folder name")
        .to_string_lossy()
        .into_owned();
    harness.get_by_label(&format!("gone.ron — {folder} (missing)"));
    harness
        .get_by_label(&format!("Remove gone.ron — {folder}"))
        .click();
    harness.run();
    assert_eq!(
        harness.state().settings().recent,
        std::slice::from_ref(&there)
    );

    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open recent").hover();
    harness.run();
    harness
        .get_by_label(&format!("there.ron — {folder}"))
        .click();
    harness.run();
    assert_eq!(harness.state().path(), Some(there.as_path()));
}

#[test]
fn opening_and_saving_remember_recent_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = start();
    let mut paths = Vec::new();
    for i in 0..12 {
        let path = dir.path().join(format!("file-{i}.ron"));
        assert!(harness.state_mut().save_to(&path));
        paths.push(path);
    }
    let recent = &harness.state().settings().recent;
    assert_eq!(recent.len(), 10, "the last 10");
    assert_eq!(recent[0], paths[11], "newest first");
    assert!(harness.state_mut().open_path(&paths[5]));
    assert_eq!(harness.state().settings().recent[0], paths[5]);
    assert_eq!(harness.state().settings().recent.len(), 10, "no duplicates");
}

#[test]
fn old_or_partial_settings_still_load() {
    let settings: Settings = ron::from_str("(author: \"Ana\")").expect("partial settings load");
    assert_eq!(settings.author, "Ana");
    assert!(settings.show_tags);
    assert!(settings.recent.is_empty());
    let settings: Settings =
        ron::from_str("(author: \"Ana\", window_of_a_future_version: 3)").expect("loads");
    assert_eq!(settings.author, "Ana");
}
