//! The app driven the way a person uses it: find widgets by their label, click, type, press
//! keys, and check the document. egui_kittest also fails a test if an input has no label.

use std::path::PathBuf;

use crate::common::{Launch, ScriptedDialogs, add_note, click, launch, type_into};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mandate_compare::App;
use mandate_compare::app::{MessageKind, Modal, Picked, Settings};
use mandate_compare::model::{Annotation, Status, Visibility};

fn harness_with(
    dialogs: &ScriptedDialogs,
    author: &str,
    file: Option<PathBuf>,
) -> Harness<'static, App> {
    launch(Launch {
        dialogs: dialogs.clone(),
        settings: Settings {
            author: author.to_owned(),
            ..crate::common::settings()
        },
        file,
        ..Launch::default()
    })
}

fn harness(dialogs: &ScriptedDialogs) -> Harness<'static, App> {
    crate::common::start(dialogs)
}

#[test]
fn select_a_row_annotate_save_and_find_the_note_again() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(&dialogs);
    assert!(harness.state().title().starts_with("Built-in dataset"));

    click(&mut harness, "UNMIK 9");
    assert_eq!(harness.state().selected_row(), Some("unmik-09"));
    // The detail panel shows the row.
    harness.get_by_label("UNMIK 9: Civil law and order; local and international police");

    type_into(
        &mut harness,
        "Note text",
        "Check the number of the 2025 EULEX decision",
    );
    type_into(
        &mut harness,
        "Tags (comma-separated)",
        "needs-source, eulex",
    );
    click(&mut harness, "Private");
    click(&mut harness, "Add note");

    let doc = harness.state().document();
    assert_eq!(doc.annotations.len(), 1);
    let note = &doc.annotations[0];
    assert_eq!(note.row.as_deref(), Some("unmik-09"));
    assert_eq!(note.text, "Check the number of the 2025 EULEX decision");
    assert_eq!(note.tags, ["eulex", "needs-source"]);
    assert_eq!(note.visibility, Visibility::Private);
    assert_eq!(note.author, "Tester");
    assert!(harness.state().is_dirty());
    assert!(
        harness.state().title().starts_with('*'),
        "{}",
        harness.state().title()
    );

    // Save: the first save asks where.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("my-notes.ron");
    dialogs.answer(Picked::Path(path.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(
        !harness.state().is_dirty(),
        "{:?}",
        harness.state().message()
    );
    assert_eq!(harness.state().path(), Some(path.as_path()));
    assert!(harness.state().title().starts_with("my-notes.ron"));

    // A fresh app opens the file through File > Open… and shows the note.
    let mut other = harness_with(&dialogs, "Colleague", None);
    dialogs.answer(Picked::Path(path.clone()));
    other.get_by_label("File").click();
    other.run();
    // Its accessible name carries the shortcut: "Open… Ctrl+O".
    other.get_by_label_contains("Open…").click();
    other.run();
    assert_eq!(other.state().path(), Some(path.as_path()));
    assert_eq!(other.state().document(), harness.state().document());
    click(&mut other, "UNMIK 9");
    other.get_by_label("Check the number of the 2025 EULEX decision");
    other.get_by_label("#needs-source");
}

#[test]
fn a_file_given_on_the_command_line_opens() {
    let dialogs = ScriptedDialogs::default();
    let mut first = harness(&dialogs);
    add_note(&mut first, "KFOR 3", "Troop numbers after 2023?", "kfor");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("cli.ron");
    assert!(first.state_mut().save_to(&path));
    let second = harness_with(&dialogs, "Tester", Some(path.clone()));
    assert_eq!(second.state().document().annotations.len(), 1);
    assert!(second.state().title().starts_with("cli.ron"));
}

#[test]
fn editing_and_deleting_a_note() {
    // A note written a while ago, so that an edit made now is later, whatever the clock's grain.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("older-note.ron");
    let written: jiff::Timestamp = "2025-01-15T09:00:00Z".parse().expect("time");
    let mut doc = mandate_compare::io::builtin().expect("built-in");
    doc.annotations.push(Annotation {
        id: "a-older".to_owned(),
        row: Some("unmik-05".to_owned()),
        author: "Tester".to_owned(),
        created: written,
        modified: written,
        text: "First thought".to_owned(),
        tags: Vec::new(),
        visibility: Visibility::Shared,
        facts_changed: None,
    });
    mandate_compare::io::save_path(&doc, &path).expect("saves");

    let dialogs = ScriptedDialogs::default();
    let mut harness = harness_with(&dialogs, "Tester", Some(path));
    click(&mut harness, "UNMIK 5");
    click(&mut harness, "Edit note");
    type_into(&mut harness, "Note text", ", revised");
    click(&mut harness, "Save note");
    let note = &harness.state().document().annotations[0];
    assert_eq!(note.text, "First thought, revised");
    assert!(note.modified >= note.created);
    assert!(
        note.modified > written,
        "the edit moves the modification time on: {} is not after {written}",
        note.modified
    );
    assert_eq!(note.created, written, "the creation time stays");

    click(&mut harness, "Delete note");
    click(&mut harness, "Keep");
    assert_eq!(
        harness.state().document().annotations.len(),
        1,
        "Keep keeps it"
    );
    click(&mut harness, "Delete note");
    click(&mut harness, "Delete");
    assert!(harness.state().document().annotations.is_empty());
}

#[test]
fn the_author_is_asked_once_and_remembered() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness_with(&dialogs, "", None);
    click(&mut harness, "UNMIK 1");
    type_into(&mut harness, "Note text", "A note");
    // Without a name the note cannot be added.
    click(&mut harness, "Add note");
    assert!(harness.state().document().annotations.is_empty());
    type_into(&mut harness, "Your name (asked once, remembered)", "Ana");
    click(&mut harness, "Add note");
    assert_eq!(harness.state().settings().author, "Ana");
    assert_eq!(harness.state().document().annotations[0].author, "Ana");
    assert!(
        harness
            .query_by_label("Your name (asked once, remembered)")
            .is_none()
    );
}

#[test]
fn own_assessment_beside_the_builtin_one_and_restore() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(&dialogs);
    crate::common::assess(&mut harness, "KFOR 2", "Contested", "KSF");

    let row = harness.state().document().row("kfor-02").expect("row");
    let own = row.assessment.as_ref().expect("an assessment");
    assert_eq!(own.status, Status::Contested);
    assert_eq!(own.holders, ["ksf"]);
    assert_eq!(row.status, Status::Completed, "the built-in status is kept");
    harness.get_by_label("Yours:");
    harness.get_by_label("Built-in:");

    click(&mut harness, "Restore built-in");
    assert!(
        harness
            .state()
            .document()
            .row("kfor-02")
            .expect("row")
            .assessment
            .is_none()
    );
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(&dialogs);
    add_note(&mut harness, "UNMIK 2", "Unsaved thought", "");

    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    assert_eq!(
        harness.state().modal(),
        Some(&Modal::Unsaved(mandate_compare::app::After::Quit))
    );
    harness.get_by_label("Save your changes in a file of your own?");
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().modal(), None);
    assert_eq!(harness.state().document().annotations.len(), 1);

    // Ctrl+Q asks the same question.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    assert_eq!(
        harness.state().modal(),
        Some(&Modal::Unsaved(mandate_compare::app::After::Quit))
    );
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().document().annotations.len(), 1);
}

#[test]
fn new_with_unsaved_changes_offers_save_dont_save_cancel() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(&dialogs);
    add_note(&mut harness, "UNMIK 3", "Elections note", "");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    click(&mut harness, "Cancel");
    assert_eq!(
        harness.state().document().annotations.len(),
        1,
        "Cancel keeps the work"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    click(&mut harness, "Don't save");
    assert!(harness.state().document().annotations.is_empty());
    assert!(!harness.state().is_dirty());
}

#[test]
fn save_from_the_question_then_continues() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(&dialogs);
    add_note(&mut harness, "UNMIK 4", "Keep me", "");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kept.ron");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    dialogs.answer(Picked::Path(path.clone()));
    click(&mut harness, "Save");
    let saved = mandate_compare::io::load_path(&path).expect("saved");
    assert_eq!(saved.annotations[0].text, "Keep me");
    assert!(
        harness.state().document().annotations.is_empty(),
        "then started anew"
    );
}

#[test]
fn a_bad_file_leaves_the_open_document_untouched_and_says_where() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(&dialogs);
    add_note(&mut harness, "KFOR 7", "Border wording", "terms");
    let before = harness.state().document().clone();

    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "Document(\n    format: 1,\n    title: [oops],\n)").expect("write");
    dialogs.answer(Picked::Path(bad.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    // Unsaved changes first: go on without saving.
    click(&mut harness, "Don't save");

    assert_eq!(harness.state().document(), &before);
    let message = harness.state().message().expect("a message");
    assert_eq!(message.kind, MessageKind::Error);
    assert!(
        message.text().contains(&format!("{}:3:12", bad.display())),
        "{}",
        message.text()
    );
    assert!(harness.state().is_dirty(), "still marked unsaved");
}

#[test]
fn a_failed_save_keeps_the_document_unsaved_and_the_file_as_it_was() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(&dialogs);
    add_note(&mut harness, "UNMIK 8", "Relief", "");
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("a-folder.ron");
    std::fs::create_dir(&folder).expect("mkdir");
    assert!(!harness.state_mut().save_to(&folder));
    assert!(harness.state().is_dirty());
    assert!(folder.is_dir());
    let message = harness.state().message().expect("a message");
    assert_eq!(message.kind, MessageKind::Error);
    assert!(
        message.text().contains("a-folder.ron"),
        "{}",
        message.text()
    );
}

#[test]
fn without_a_native_dialog_the_user_types_a_path() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(&dialogs);
    add_note(&mut harness, "UNMIK 10", "Ombudsperson law number", "");
    dialogs.answer(Picked::Unavailable(
        "No file dialog could be shown".to_owned(),
    ));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    assert!(matches!(
        harness.state().modal(),
        Some(Modal::TypePath { .. })
    ));

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("typed");
    click(&mut harness, "Path");
    // Replace the proposed name with the typed path.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Path")
        .type_text(&path.display().to_string());
    harness.run();
    click(&mut harness, "Save");
    let saved = path.with_extension("ron");
    assert!(saved.is_file(), "{:?}", harness.state().message());
    assert_eq!(harness.state().modal(), None);
    assert!(!harness.state().is_dirty());
}

#[test]
fn arrow_keys_move_the_selection() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(&dialogs);
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().selected_row(), Some("unmik-01"));
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().selected_row(), Some("unmik-02"));
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().selected_row(), Some("unmik-01"));
}

/// Every row's detail (texts, events, phases, positions, sources) and its slide draw with the
/// fonts the app has: a character with no glyph fails here, not in front of a workshop.
#[test]
fn every_row_of_the_built_in_data_draws_in_the_detail_panel_and_on_its_slide() {
    let mut harness = crate::common::start(&crate::common::ScriptedDialogs::default());
    let rows = harness.state().document().rows.len();
    for _ in 0..rows {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    assert_eq!(harness.state().selected_row(), Some("kfor-08"));
    // A slide shrinks its type over a few frames until it fits.
    harness.key_press(egui::Key::F5);
    harness.run_steps(12);
    for _ in 0..=rows {
        harness.key_press(egui::Key::ArrowRight);
        harness.run_steps(12);
    }
    assert_eq!(harness.state().slide(), Some(rows + 1));
}

/// What a screen reader gets (the AccessKit tree AT-SPI reads): a row is one node named by its
/// contents, with its selected state, and the keys move the focus with the selection; handles
/// and links say what they do; a combo box says its choice.
#[test]
fn the_table_reads_row_by_row_to_a_screen_reader() {
    use egui_kittest::kittest::NodeT as _;
    let mut harness = crate::common::start(&crate::common::ScriptedDialogs::default());
    let row = harness.get_by_label(
        "UNMIK 9, para. 11 (i), Civil law and order; local and international police, Shared, \
         as of 2023-06, Kosovo Police, EULEX, KFOR, UNMIK, no notes",
    );
    assert_eq!(row.accesskit_node().role(), egui::accesskit::Role::Row);
    assert_eq!(row.accesskit_node().is_selected(), Some(false));
    for _ in 0..2 {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    let second =
        harness.get_by_label_contains("UNMIK 2, para. 11 (b), Basic civilian administration");
    assert_eq!(second.accesskit_node().is_selected(), Some(true));
    assert!(
        second.accesskit_node().is_focused(),
        "the focus follows the selection"
    );
    let first = harness.get_by_label_contains("UNMIK 1, para. 11 (a)");
    assert_eq!(first.accesskit_node().is_selected(), Some(false));
    assert!(!first.accesskit_node().is_focused());

    // And on down the table, the focus with the selection all the way.
    for _ in 0..5 {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    assert_eq!(harness.state().selected_row(), Some("unmik-07"));
    let seventh = harness.get_by_label_contains("UNMIK 7, para. 11 (g)");
    assert!(seventh.accesskit_node().is_focused());
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().selected_row(), Some("unmik-06"));
    let handles = harness.query_all_by_label_contains("Resize the").count();
    assert!(handles >= 4, "column handles are named ({handles})");
    // A source link names what it opens.
    crate::common::click(&mut harness, "UNMIK 2");
    harness.get_by_label("open S/2008/692");
    // A combo box says its choice.
    crate::common::click(&mut harness, "Give your own assessment…");
    let combo = harness.get_by_label("Your status");
    assert_eq!(
        combo.accesskit_node().value().as_deref(),
        Some("Transferred")
    );
}

#[test]
fn the_window_has_a_name() {
    use egui_kittest::kittest::NodeT as _;
    let harness = crate::common::start(&crate::common::ScriptedDialogs::default());
    let root = harness.root();
    let name = root.accesskit_node().label();
    assert!(
        name.as_deref()
            .is_some_and(|n| n.contains("Mandate Compare")),
        "{name:?}"
    );
}

/// Reading mode (on at first): rows grow to the whole text; View > One line per row shrinks
/// them to a line each, and the choice is remembered.
#[test]
fn reading_mode_shows_whole_texts_and_is_a_remembered_choice() {
    assert!(Settings::default().reading_mode, "on at first");
    let mut harness = crate::common::launch(crate::common::Launch {
        settings: Settings {
            language: crate::common::settings().language,
            ..Settings::default()
        },
        ..crate::common::Launch::default()
    });
    let height = |harness: &egui_kittest::Harness<'_, mandate_compare::App>| {
        // The cell with the mandate's words of UNMIK 4 (the detail panel shows no row yet).
        harness
            .get_by_label_contains("Transferring, as these institutions are established")
            .rect()
            .height()
    };
    assert!(harness.state().settings().reading_mode);
    let tall = height(&harness);
    crate::common::menu(&mut harness, "View", "One line per row in the table");
    assert!(!harness.state().settings().reading_mode);
    let short = height(&harness);
    assert!(tall > short * 2.0, "reading mode {tall}, one line {short}");
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::R,
    );
    harness.run();
    assert!(harness.state().settings().reading_mode);
    assert!((height(&harness) - tall).abs() < 1.0);
}

/// Nothing a person can Tab to is unnamed: every link and button in the window, with a row's
/// detail open (its wrapped source links too), in the table and on the timeline.
#[test]
fn every_link_and_button_has_a_name() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::NodeT as _;
    let mut harness = crate::common::start(&crate::common::ScriptedDialogs::default());
    click(&mut harness, "UNMIK 9");
    for view in [None, Some(Key::Num3)] {
        if let Some(key) = view {
            harness.key_press_modifiers(Modifiers::COMMAND, key);
            harness.run();
        }
        let unnamed: Vec<String> = harness
            .root()
            .children_recursive()
            .map(|n| n.accesskit_node())
            .filter(|n| {
                matches!(
                    n.role(),
                    Role::Link | Role::Button | Role::Row | Role::Splitter
                )
            })
            .filter(|n| n.label().is_none_or(|l| l.trim().is_empty()))
            .map(|n| format!("{:?} at {:?}", n.role(), n.raw_bounds()))
            .collect();
        assert!(unnamed.is_empty(), "{view:?}: {unnamed:#?}");
    }
}
