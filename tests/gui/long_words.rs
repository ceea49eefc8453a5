//! The window survives long words and closes its windows with Escape: a 300-character tag does
//! not push the table away (the tag panel has a maximum width, the tag is cut and says itself
//! in full on hover), and Escape closes the keyboard-shortcuts window as it closes the palette.

use crate::common::{Launch, add_note, launch};
use egui::Key;
use egui_kittest::kittest::Queryable as _;

#[test]
fn a_three_hundred_character_tag_does_not_push_the_table_away() {
    let mut harness = launch(Launch {
        size: [1280.0, 800.0],
        ..Launch::default()
    });
    let tag = "x".repeat(300);
    add_note(&mut harness, "UNMIK 9", "A note with a long tag", &tag);
    harness.run();
    let label = format!("#{tag} (1)");
    let button = harness.get_by_label(&label).rect();
    assert!(
        button.right() <= 1280.0 * 0.3 + 20.0,
        "the tag is cut within the panel: {button:?}"
    );
    // The table still starts right after the panel, where it was.
    let row = harness.get_by_label("UNMIK 9").rect();
    assert!(
        row.left() >= button.right() && row.left() < 1280.0 * 0.3 + 40.0,
        "the table stays in view: {row:?}"
    );
}

#[test]
fn escape_closes_the_keyboard_shortcuts_window_and_the_palette() {
    let mut harness = launch(Launch::default());
    harness.key_press(Key::F1);
    harness.run();
    let open = |harness: &egui_kittest::Harness<'_, mandate_compare::App>, label: &str| {
        harness.query_all_by_label(label).next().is_some()
    };
    assert!(open(&harness, "Save as…"), "the list is open");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!open(&harness, "Save as…"), "Escape closed the list");

    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, Key::P);
    harness.run();
    assert!(open(&harness, "Command"), "the palette is open");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!open(&harness, "Command"), "Escape closed the palette");
}
