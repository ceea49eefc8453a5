//! What three new users ran into in an afternoon with the app (the UX review of December 2026),
//! each driven as they did it: leaving a row, the note form, the typed-path dialogs, the
//! palette in another script, compare and agreement between two assessors, whose status is
//! counted, slides that fit the screen, and a screen reader's Tab stops.

use std::path::{Path, PathBuf};

use crate::common::{Launch, ScriptedDialogs, click, finish_work, launch, menu, type_into};
use egui::accesskit::{Action, Role};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use mandate_compare::App;
use mandate_compare::app::{Picked, Settings};
use mandate_compare::i18n::Language;
use mandate_compare::io;
use mandate_compare::model::{Assessment, Document, Status};

fn start() -> Harness<'static, App> {
    launch(Launch::default())
}

fn sized(size: [f32; 2], language: Language) -> Harness<'static, App> {
    launch(Launch {
        size,
        settings: Settings {
            author: "Tester".to_owned(),
            language: Some(language),
            ..crate::common::settings()
        },
        ..Launch::default()
    })
}

/// The rect of the widget labelled `label`.
fn rect_of(harness: &Harness<'_, App>, label: &str) -> egui::Rect {
    harness.get_by_label(label).rect()
}

#[test]
fn escape_and_the_overview_button_leave_a_row() {
    let mut harness = start();
    click(&mut harness, "UNMIK 3");
    assert_eq!(harness.state().selected_row(), Some("unmik-03"));
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(
        harness.state().selected_row(),
        None,
        "Escape leaves the row"
    );
    harness.get_by_label("Notes on the whole comparison");

    click(&mut harness, "KFOR 4");
    assert_eq!(harness.state().selected_row(), Some("kfor-04"));
    click(&mut harness, "Back to the overview");
    assert_eq!(
        harness.state().selected_row(),
        None,
        "the visible control too"
    );
    // And from the Edit menu, where it shows its key.
    click(&mut harness, "KFOR 4");
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Back to the overview Escape").click();
    harness.run();
    assert_eq!(harness.state().selected_row(), None);
}

#[test]
fn escape_in_the_note_field_leaves_the_field_not_the_row() {
    let mut harness = start();
    click(&mut harness, "UNMIK 3");
    type_into(&mut harness, "Note text", "draft");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().selected_row(), Some("unmik-03"));
}

#[test]
fn each_row_opens_at_its_heading_and_a_note_is_one_click_away() {
    let mut harness = launch(Launch {
        size: [1280.0, 800.0],
        ..Launch::default()
    });
    click(&mut harness, "UNMIK 1");
    // Down to the bottom of the long detail panel, as the reviewer did with the wheel.
    harness.get_by_label("Add note").scroll_to_me();
    harness.run();
    let heading = "UNMIK 1: Substantial autonomy and self-government";
    assert!(
        rect_of(&harness, heading).bottom() < 0.0,
        "scrolled past the heading"
    );

    // Down the table with the keys, to KFOR 5.
    for _ in 0..15 {
        harness.key_press(Key::ArrowDown);
        harness.run();
    }
    assert_eq!(harness.state().selected_row(), Some("kfor-05"));
    let heading = harness
        .get_all_by_label_contains("KFOR 5:")
        .map(|node| node.rect())
        .find(|rect| rect.left() > 700.0)
        .expect("the detail panel's heading");
    assert!(
        heading.top() >= 0.0 && heading.bottom() <= 800.0,
        "the heading is on screen: {heading:?}"
    );

    // "Write a note…" sits by the heading and puts the keyboard in the note's text.
    let jump = rect_of(&harness, "Write a note…");
    assert!(jump.top() >= 0.0 && jump.bottom() <= 800.0);
    click(&mut harness, "Write a note…");
    harness.run();
    let field = harness.get_by_label("Note text");
    assert!(
        field.accesskit_node().is_focused(),
        "the note field has the keyboard"
    );
    let rect = field.rect();
    assert!(rect.top() >= 0.0 && rect.bottom() <= 800.0, "{rect:?}");
    field.type_text("On KFOR 5");
    harness.run();
    click(&mut harness, "Add note");
    let doc = harness.state().document();
    let note = doc.annotations.last().expect("a note");
    assert_eq!(note.row.as_deref(), Some("kfor-05"), "on the row shown");
}

#[test]
fn the_author_name_can_be_changed_for_the_next_notes() {
    let mut harness = start();
    click(&mut harness, "UNMIK 2");
    harness.get_by_label("New notes are signed Tester");
    click(&mut harness, "Change name");
    click(&mut harness, "Your name (asked once, remembered)");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Your name (asked once, remembered)")
        .type_text("Drita");
    harness.run();
    click(&mut harness, "Use this name");
    assert_eq!(harness.state().settings().author, "Drita");
    type_into(&mut harness, "Note text", "after the break");
    click(&mut harness, "Add note");
    let note = harness.state().document().annotations.last().cloned();
    assert_eq!(note.map(|n| n.author).as_deref(), Some("Drita"));
}

/// Exports with no native dialog: the typed-path dialog says what it is for, has the keyboard,
/// and Enter goes ahead.
#[test]
fn the_typed_path_dialog_is_worded_for_its_purpose_and_takes_enter() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        ..Launch::default()
    });
    let dir = tempfile::tempdir().expect("temp dir");
    dialogs.answer(Picked::Unavailable("no dialog".to_owned()));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export").hover();
    harness.run();
    harness.get_by_label_contains("Markdown").click();
    harness.run();
    harness.get_by_label("Export as Markdown");
    harness.get_by_label_contains("Markdown file to write (.md)");
    assert!(harness.query_by_label_contains(".ron").is_none());
    assert!(harness.query_by_label_contains("rfd").is_none());
    assert!(harness.query_by_label_contains("portal").is_none());
    let field = harness.get_by_label("Path");
    assert!(
        field.accesskit_node().is_focused(),
        "typing goes to the field"
    );
    // Typing and Enter, with no click.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    let path = dir.path().join("paper.md");
    harness
        .get_by_label("Path")
        .type_text(&path.display().to_string());
    harness.run();
    assert_eq!(
        harness
            .get_by_label("Path")
            .accesskit_node()
            .value()
            .as_deref(),
        Some(path.display().to_string().as_str())
    );
    harness.key_press(Key::Enter);
    // The frames that read Enter start the export, which runs off the UI thread.
    harness.run();
    finish_work(&mut harness);
    assert!(
        path.is_file(),
        "{:?} {:?}",
        harness.state().message(),
        harness.state().modal()
    );
    assert!(harness.state().modal().is_none());
}

#[test]
fn a_failed_open_says_why_in_the_dialog() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        ..Launch::default()
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "Document(format: 1, title: ").expect("writes");
    dialogs.answer(Picked::Unavailable("no dialog".to_owned()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness.get_by_label("Open a document");
    harness
        .get_by_label("Path")
        .type_text(&bad.display().to_string());
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness.state().modal().is_some(),
        "the dialog stays to correct the path"
    );
    // The reason, with the file's name, inside the dialog (and in the status bar).
    let message = harness
        .state()
        .message()
        .map(mandate_compare::app::Message::text);
    assert!(
        message.as_deref().is_some_and(|m| m.contains("bad.ron:1:")),
        "{message:?}"
    );
    // The dialog is in the middle of the window, above the status bar.
    let in_dialog = harness
        .query_all_by_label_contains("bad.ron:1:")
        .filter(|n| n.rect().bottom() < 1200.0)
        .count();
    assert_eq!(in_dialog, 1, "the dialog says why: {message:?}");
}

#[test]
fn quitting_with_changes_to_the_built_in_data_does_not_sound_like_overwriting_it() {
    let mut harness = start();
    crate::common::add_note(&mut harness, "UNMIK 5", "a thought", "");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    harness.get_by_label("Save your changes in a file of your own?");
    harness.get_by_label_contains("is never changed");
    assert!(harness.query_by_label_contains("Save changes to").is_none());
}

#[test]
fn the_palette_finds_commands_in_any_language_and_in_latin_letters() {
    let mut harness = sized([1400.0, 1000.0], Language::SrCyrl);
    for typed in ["izvezi", "export", "eksporto", "sacuvaj"] {
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
        harness.run();
        let field = harness
            .root()
            .children_recursive()
            .find(|n| n.accesskit_node().role() == Role::TextInput)
            .expect("the palette's field");
        field.type_text(typed);
        harness.run();
        assert!(
            harness
                .query_by_label("Ниједна команда се не поклапа")
                .is_none(),
            "{typed:?} finds a command"
        );
        harness.key_press(Key::Escape);
        harness.run();
    }
    // Enter runs the best match: "izvezi sl…" is the slides' export in Serbian Latin.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    harness.run();
    harness
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().role() == Role::TextInput)
        .expect("field")
        .type_text("tamna");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().settings().theme,
        mandate_compare::ui::theme::Theme::Dark
    );
}

/// Two assessors who give a row the same status and holders agree on it, whoever wrote it.
fn assessed_by(author: &str, statuses: &[(&str, Status)]) -> Document {
    let mut doc = io::builtin().expect("built-in");
    let modified: jiff::Timestamp = if author == "Ana" {
        "2026-11-01T10:00:00Z"
    } else {
        "2026-11-02T16:00:00Z"
    }
    .parse()
    .expect("time");
    for (id, status) in statuses {
        let row = doc.row_mut(id).expect("row");
        row.assessment = Some(Assessment {
            status: *status,
            holders: row.holders.clone(),
            author: author.to_owned(),
            modified,
        });
    }
    doc
}

fn save(doc: &Document, dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    io::save_path(doc, &path).expect("saves");
    path
}

/// Ana and Ben each assess three rows: the same on UNMIK 2 and UNMIK 3, differently on KFOR 1;
/// Ben also assessed KFOR 2, which Ana left alone.
fn ana_and_ben(dir: &Path) -> (PathBuf, PathBuf) {
    use Status::{Contested, Shared, Transferred};
    let ana = assessed_by(
        "Ana",
        &[
            ("unmik-02", Transferred),
            ("unmik-03", Shared),
            ("kfor-01", Shared),
        ],
    );
    let ben = assessed_by(
        "Ben",
        &[
            ("unmik-02", Transferred),
            ("unmik-03", Shared),
            ("kfor-01", Contested),
            ("kfor-02", Contested),
        ],
    );
    (save(&ana, dir, "ana.ron"), save(&ben, dir, "ben.ron"))
}

#[test]
fn compare_counts_only_rows_that_say_something_different() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (ana, ben) = ana_and_ben(dir.path());
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        file: Some(ana),
        ..Launch::default()
    });
    dialogs.answer(Picked::Path(ben));
    menu(&mut harness, "File", "Compare with…");
    // UNMIK 2 and 3: the same status and holders, by another author at another time.
    let diff = harness.state().comparison().expect("comparing").clone();
    assert!(diff.row("unmik-02").is_none(), "{:?}", diff.row("unmik-02"));
    assert!(diff.row("unmik-03").is_none());
    assert!(diff.row("kfor-01").is_some() && diff.row("kfor-02").is_some());
    harness.get_by_label("2 rows differ (marked in the table)");

    // Their status beside yours, marked as their own.
    harness.get_by_label("In ben.ron");
    assert!(harness.get_all_by_label("theirs").count() >= 4);

    // The agreement: how many each assessed, measured over the rows both assessed.
    click(&mut harness, "Show agreement");
    harness.get_by_label_contains("yours 3, theirs 4, both 3");
    harness.get_by_label("Measured over the 3 rows you both assessed yourselves.");
    harness.get_by_label("2 of 3 rows (66.7 %)");
    // The built-in status standing in is an option, named as such.
    click(&mut harness, "Built-in status stands in");
    harness.get_by_label_contains("Measured over all 19 rows");
    // The same words for the same count, in the panel too.
    assert!(harness.get_all_by_label("2 rows differ").count() >= 1);
}

#[test]
fn after_a_merge_every_count_uses_the_same_definition_and_all_can_be_settled_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (ana, ben) = ana_and_ben(dir.path());
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        file: Some(ana),
        ..Launch::default()
    });
    dialogs.answer(Picked::Path(ben));
    menu(&mut harness, "File", "Compare with…");
    click(&mut harness, "Merge from ben.ron");
    let message = harness.state().message().expect("a message").text();
    // KFOR 2 (only Ben assessed it) came in; KFOR 1 is a conflict: one row still differs.
    assert!(message.contains("now 1 row differs"), "{message}");
    harness.get_by_label("1 row differs (marked in the table)");
    harness.get_by_label("1 merge conflict to resolve");
    assert!(
        !harness
            .get_by_label("Merge from ben.ron")
            .accesskit_node()
            .is_disabled()
            || harness.state().document().conflicts.len() == 1
    );
    click(&mut harness, "Take all theirs");
    let doc = harness.state().document();
    assert!(doc.conflicts.is_empty());
    let kfor1 = doc.row("kfor-01").expect("row");
    assert_eq!(
        kfor1.assessment.as_ref().map(|a| a.status),
        Some(Status::Contested)
    );
    harness.get_by_label("no row differs");
    // Nothing more to bring in: merging again is not offered.
    assert!(
        harness
            .get_by_label("Merge from ben.ron")
            .accesskit_node()
            .is_disabled()
    );
    // One step to undo.
    assert_eq!(
        harness.state().undo_label(),
        Some(mandate_compare::model::EditKind::ResolveConflict)
    );
    menu(&mut harness, "Edit", "Undo: resolve conflict");
    assert_eq!(harness.state().document().conflicts.len(), 1);
    click(&mut harness, "Keep all mine");
    let doc = harness.state().document();
    assert!(doc.conflicts.is_empty());
    let kfor1 = doc.row("kfor-01").expect("row");
    assert_eq!(
        kfor1.assessment.as_ref().map(|a| a.status),
        Some(Status::Shared)
    );
}

#[test]
fn whose_status_is_counted_and_filtered_is_said() {
    let mut harness = start();
    crate::common::assess(&mut harness, "UNMIK 1", "Transferred", "EULEX");
    harness.key_press(Key::Escape);
    harness.run();
    // The overview counts the built-in status, and with own assessments beside it.
    harness.get_by_label("Built-in");
    harness.get_by_label("With own assessments");
    harness.get_by_label("An own assessment replaces the built-in status in 1 row.");
    // The status filter says so, and names the status chosen.
    harness.get_by_label("Status: any").click();
    harness.run();
    harness.get_by_label_contains("1 row is filtered by its own assessment");
    harness
        .get_by_role_and_label(Role::CheckBox, "Contested")
        .click();
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    harness.get_by_label("Status: Contested");
    // The summary picture too (of every row again).
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::L);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness.get_by_label("1 row counted by its own assessment, not the built-in status");
}

#[test]
fn a_slide_shows_the_built_in_status_and_an_own_assessment_beside_it() {
    let mut harness = start();
    crate::common::assess(&mut harness, "UNMIK 1", "Transferred", "EULEX");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::F5);
    harness.run_steps(10);
    harness.key_press(Key::ArrowRight);
    harness.run_steps(10);
    harness.key_press(Key::ArrowRight);
    harness.run_steps(10);
    harness.get_by_label("UNMIK 1: Substantial autonomy and self-government");
    harness.get_by_label("Built-in:");
    harness.get_by_label("Own assessment by Tester:");
    let badges: Vec<String> = harness
        .get_all_by_role(Role::Label)
        .filter_map(|n| n.accesskit_node().value().or(n.accesskit_node().label()))
        .collect();
    assert!(badges.iter().any(|b| b == "Contested"), "{badges:?}");
    assert!(badges.iter().any(|b| b == "Transferred"), "{badges:?}");
}

#[test]
fn summary_bars_filter_the_table_like_its_nodes() {
    let mut harness = start();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness.get_by_label_contains("Contested: ").click();
    harness.run();
    assert_eq!(
        harness.state().filter().statuses,
        [Status::Contested].into(),
        "a click on the bar filters"
    );
}

#[test]
fn status_bar_messages_go_in_time_and_a_language_switch_rewords_them() {
    let mut harness = start();
    crate::common::add_note(&mut harness, "UNMIK 5", "a thought", "");
    click(&mut harness, "Copy the citation of UNMIK 5");
    assert!(harness.state().message().is_some());
    // Ten seconds of frames later, the news is gone.
    for _ in 0..12 {
        std::thread::sleep(std::time::Duration::from_millis(1));
        harness.step();
    }
    let mut steps = 0;
    while harness.state().message().is_some() && steps < 400 {
        harness.step();
        steps += 1;
    }
    assert!(
        harness.state().message().is_none(),
        "still there after {steps} frames"
    );

    // A message still shown is worded again in the new language, on screen too.
    click(&mut harness, "Copy the citation of UNMIK 5");
    let english = harness.state().message().expect("a message").text();
    assert!(english.starts_with("Copied: "), "{english}");
    menu(&mut harness, "View", "Language");
    click(&mut harness, "Shqip");
    let message = harness.state().message().expect("a message").text();
    assert!(message.starts_with("U kopjua: "), "{message}");
    harness.get_by_label_contains("U kopjua: ");
    assert!(harness.query_by_label_contains("Copied: ").is_none());

    // With no message shown, the status bar says which language the interface now speaks.
    click(&mut harness, "Mbyll");
    assert!(harness.state().message().is_none());
    menu(&mut harness, "Pamja", "Gjuha");
    click(&mut harness, "English");
    let message = harness.state().message().expect("a message").text();
    assert!(message.starts_with("Interface language"), "{message}");
}

#[test]
fn a_new_document_opens_its_table_at_the_top() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        size: [1280.0, 700.0],
        ..Launch::default()
    });
    // Down to the last rows, with the keys.
    click(&mut harness, "UNMIK 1");
    for _ in 0..18 {
        harness.key_press(Key::ArrowDown);
        harness.run();
    }
    assert_eq!(harness.state().selected_row(), Some("kfor-08"));
    assert!(
        harness
            .query_by_label("UNMIK 1")
            .is_none_or(|n| n.rect().bottom() < 150.0),
        "scrolled down"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let other = save(&io::builtin().expect("built-in"), dir.path(), "other.ron");
    dialogs.answer(Picked::Path(other));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    harness.run();
    let first = rect_of(&harness, "UNMIK 1");
    assert!(first.top() > 100.0, "the first row shows: {first:?}");
}

#[test]
fn zoomed_in_the_view_menu_says_the_tags_panel_has_no_room() {
    let mut harness = launch(Launch {
        size: [1280.0, 800.0],
        ..Launch::default()
    });
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
    }
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label_contains("no room for it at this size");
    harness.key_press(Key::Escape);
    harness.run();
    // The note count is still a column of the table.
    harness.get_by_label("Notes");
}

/// Tab stops a screen reader reads: every node that can take the keyboard has a name, with a
/// row's detail open and on the overview.
#[test]
fn no_focusable_node_is_unnamed() {
    let mut harness = start();
    let unnamed = |harness: &Harness<'_, App>| -> Vec<String> {
        harness
            .root()
            .children_recursive()
            .map(|n| n.accesskit_node())
            .filter(|n| !n.is_hidden() && n.data().supports_action(Action::Focus))
            // On screen: egui gives each layout scope a node without bounds, which no reader
            // shows or stops at.
            .filter(|n| {
                n.raw_bounds()
                    .is_some_and(|b| b.x0.is_finite() && b.x1 > b.x0 && b.y1 > b.y0)
            })
            .filter(|n| {
                n.label().is_none_or(|l| l.trim().is_empty())
                    && n.value().is_none_or(|v| v.trim().is_empty())
            })
            .map(|n| {
                let inside = std::iter::successors(n.parent(), |p| p.parent())
                    .find_map(|p| p.label())
                    .unwrap_or_default();
                let before: Vec<String> = n
                    .parent()
                    .map(|p| p.children().filter_map(|c| c.label()).collect())
                    .unwrap_or_default();
                format!(
                    "{:?} at {:?} inside {inside:?}, among {before:?}",
                    n.role(),
                    n.raw_bounds()
                )
            })
            .collect()
    };
    assert!(unnamed(&harness).is_empty(), "{:#?}", unnamed(&harness));
    for row in ["UNMIK 1", "UNMIK 9", "KFOR 5"] {
        click(&mut harness, row);
        let found = unnamed(&harness);
        assert!(found.is_empty(), "{row}: {found:#?}");
    }
}

/// Every slide fits the screen, at three projector sizes and in every language: no widget
/// reaches past the window.
#[test]
fn every_slide_fits_the_screen_at_three_sizes_in_every_language() {
    for size in [[1280.0, 800.0], [1600.0, 1000.0], [1920.0, 1080.0]] {
        for language in Language::ALL {
            let mut harness = sized(size, language);
            harness.key_press(Key::F5);
            harness.run_steps(40);
            let slides = 21;
            for slide in 0..slides {
                let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size.into());
                let outside: Vec<String> = harness
                    .root()
                    .children_recursive()
                    .filter(|n| n.accesskit_node().role() != Role::Window)
                    .filter_map(|n| {
                        let rect = n.accesskit_node().bounding_box()?;
                        let rect = egui::Rect::from_min_max(
                            egui::pos2(rect.x0 as f32, rect.y0 as f32),
                            egui::pos2(rect.x1 as f32, rect.y1 as f32),
                        );
                        (!screen.expand(1.0).contains_rect(rect))
                            .then(|| format!("{:?} {:?}", n.accesskit_node().label(), rect))
                    })
                    .collect();
                assert!(
                    outside.is_empty(),
                    "{size:?} {language:?} slide {}: {outside:#?}",
                    slide + 1
                );
                assert_eq!(harness.state().slide_fits(), Some(true));
                harness.key_press(Key::ArrowRight);
                harness.run_steps(40);
            }
        }
    }
}
