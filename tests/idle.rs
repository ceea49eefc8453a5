//! Idle means idle: once a view has settled, a frame without input asks for no further frame,
//! so the app uses no CPU while nobody touches it (egui repaints only on input or on request).

mod common;

use std::time::Duration;

use common::{Launch, ScriptedDialogs, add_note, click, launch};
use egui_kittest::Harness;
use mandate_compare::App;
use mandate_compare::app::{Command, Picked};

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

fn run(harness: &mut Harness<'_, App>, command: Command) {
    let ctx = harness.ctx.clone();
    harness.state_mut().run(command, &ctx);
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

    click(&mut harness, "UNMIK 9");
    assert_idle(&mut harness, "detail of a row");

    add_note(&mut harness, "KFOR 2", "A note", "idle");
    assert_idle(
        &mut harness,
        "after adding a note, with a recovery copy written",
    );

    run(&mut harness, Command::ShowSummary);
    assert_idle(&mut harness, "summary picture");

    run(&mut harness, Command::ShowTable);
    let other = dir.path().join("other.ron");
    let mut doc = mandate_compare::io::builtin().expect("built-in");
    doc.row_mut("kfor-01").expect("row").status = mandate_compare::model::Status::Contested;
    mandate_compare::io::save_path(&doc, &other).expect("saves");
    dialogs.answer(Picked::Path(other.clone()));
    run(&mut harness, Command::CompareWith);
    assert_idle(&mut harness, "compare mode");
    dialogs.answer(Picked::Path(other));
    run(&mut harness, Command::MergeFrom);
    assert_idle(&mut harness, "conflicts listed");

    run(&mut harness, Command::Present);
    assert_idle(&mut harness, "overview slide");
    run(&mut harness, Command::NextSlide);
    assert_idle(&mut harness, "a row's slide, once it fits");
}
