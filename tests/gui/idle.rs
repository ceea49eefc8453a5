//! Idle means idle: once a view has settled, a frame without input asks for no further frame,
//! so the app uses no CPU while nobody touches it (egui repaints only on input or on request).

use std::time::Duration;

use crate::common::{Launch, ScriptedDialogs, add_note, click, launch, menu};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mandate_compare::App;
use mandate_compare::app::Picked;

/// Runs frames without input until the app asks for none, then checks that one more frame
/// without input asks for no repaint at all, not even a delayed one.
fn assert_idle(harness: &mut Harness<'_, App>, view: &str) {
    let delay = |harness: &Harness<'_, App>| {
        harness
            .output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .map(|v| v.repaint_delay)
    };
    // A slide settles its size over a few frames; nothing should take 30.
    for _ in 0..30 {
        harness.step();
        if delay(harness) != Some(Duration::ZERO) {
            break;
        }
    }
    harness.step();
    let delay = delay(harness);
    assert_eq!(
        delay,
        Some(Duration::MAX),
        "{view}: a frame without input asked for another one: {:?}",
        harness.ctx.repaint_causes()
    );
}

#[test]
fn every_view_is_idle_once_settled() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        // Recovery copies on: a pending copy may schedule one frame, but not a stream of them.
        recovery_dir: Some(dir.path().join("recovery")),
        ..Launch::default()
    });
    assert_idle(&mut harness, "table");

    // A text field with the focus: its cursor does not blink, so nothing asks for frames.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    assert_idle(&mut harness, "the search field focused");
    harness.key_press(Key::Escape);
    harness.run();

    click(&mut harness, "UNMIK 9");
    assert_idle(&mut harness, "detail of a row");

    add_note(&mut harness, "KFOR 2", "A note", "idle");
    assert_idle(
        &mut harness,
        "after adding a note, with a recovery copy written",
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness.get_by_label("Contested: 3 of 19");
    assert_idle(&mut harness, "summary picture");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    harness.get_by_label("KFOR 2");
    let other = dir.path().join("other.ron");
    let mut doc = mandate_compare::io::builtin().expect("built-in");
    doc.row_mut("kfor-01").expect("row").status = mandate_compare::model::Status::Contested;
    mandate_compare::io::save_path(&doc, &other).expect("saves");
    dialogs.answer(Picked::Path(other.clone()));
    menu(&mut harness, "File", "Compare with…");
    assert_eq!(harness.state().compared_path(), Some(other.as_path()));
    assert_idle(&mut harness, "compare mode");
    dialogs.answer(Picked::Path(other));
    menu(&mut harness, "File", "Merge from…");
    assert!(!harness.state().document().conflicts.is_empty());
    assert_idle(&mut harness, "conflicts listed");

    // From no row selected (F5 with a row selected starts at its slide).
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::F5);
    assert_idle(&mut harness, "overview slide");
    assert_eq!(harness.state().slide(), Some(0));
    harness.key_press(Key::ArrowRight);
    assert_idle(&mut harness, "a row's slide, once it fits");
    assert_eq!(harness.state().slide(), Some(1));
}
