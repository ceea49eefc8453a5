//! Workshop mode, driven as a facilitator would: presenting, slides, the summary picture,
//! zoom and themes, image export; and snapshot pictures of the table, the summary and a slide,
//! rendered on the CPU (Mesa's software renderer).

use std::path::Path;

use crate::common::{Launch, ScriptedDialogs, click, launch, type_into};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mandate_compare::App;
use mandate_compare::app::Picked;
use mandate_compare::model::Status;
use mandate_compare::ui::theme::Theme;

fn start_sized(dialogs: &ScriptedDialogs, size: [f32; 2]) -> Harness<'static, App> {
    launch(Launch {
        dialogs: dialogs.clone(),
        size,
        ..Launch::default()
    })
}

fn start() -> Harness<'static, App> {
    launch(Launch::default())
}

/// Presses a key and lets a few frames pass (slides settle their type size over frames).
fn key(harness: &mut Harness<'_, App>, key: Key) {
    harness.key_press(key);
    harness.run_steps(10);
}

#[test]
fn entering_moving_through_and_leaving_the_presentation() {
    let mut harness = start();
    key(&mut harness, Key::F5);
    assert_eq!(harness.state().slide(), Some(0), "the overview first");
    harness.get_by_label("1 / 21");
    key(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().slide(), Some(1), "then the timeline");
    harness.get_by_label("Who held what, when");
    harness.get_by_label_contains("UNMIK 9: from 1999-06");
    key(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().slide(), Some(2));
    harness.get_by_label("UNMIK 1: Substantial autonomy and self-government");
    key(&mut harness, Key::Space);
    key(&mut harness, Key::PageDown);
    assert_eq!(harness.state().slide(), Some(4));
    key(&mut harness, Key::PageUp);
    key(&mut harness, Key::ArrowLeft);
    assert_eq!(harness.state().slide(), Some(2));
    key(&mut harness, Key::End);
    assert_eq!(harness.state().slide(), Some(20));
    harness.get_by_label("21 / 21");
    key(&mut harness, Key::ArrowRight);
    assert_eq!(harness.state().slide(), Some(20), "stays on the last slide");
    key(&mut harness, Key::Home);
    assert_eq!(harness.state().slide(), Some(0));
    key(&mut harness, Key::Escape);
    assert_eq!(harness.state().slide(), None);
    harness.get_by_label("File");
}

#[test]
fn the_slides_follow_the_filter() {
    let mut harness = start();
    let all = harness.state().visible_row_ids().len();
    click(&mut harness, "Contested only");
    let rows: Vec<String> = harness
        .state()
        .visible_row_ids()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        !rows.is_empty() && rows.len() < all,
        "the filter narrows the table: {} of {all} rows",
        rows.len()
    );
    key(&mut harness, Key::F5);
    harness.get_by_label(&format!("1 / {}", rows.len() + 2));
    // The timeline shows the same rows.
    key(&mut harness, Key::ArrowRight);
    let lanes = harness.query_all_by_label_contains(": from ").count();
    assert_eq!(lanes, rows.len(), "a lane per row the filter lets through");

    // After the overview and the timeline, one slide per row the filter lets through.
    let doc = harness.state().document().clone();
    for (slide, id) in rows.iter().enumerate() {
        key(&mut harness, Key::ArrowRight);
        assert_eq!(harness.state().slide(), Some(slide + 2));
        let row = doc.row(id).expect("a row of the document");
        harness.get_by_label(&format!("{}: {}", doc.row_label(row), row.title));
        assert!(
            row.effective_status() == Status::Contested || !row.positions.is_empty(),
            "{id} is on a slide but is neither contested nor disputed"
        );
    }
    key(&mut harness, Key::ArrowRight);
    assert_eq!(
        harness.state().slide(),
        Some(rows.len() + 1),
        "no slide more"
    );
}

#[test]
fn private_notes_never_reach_a_slide_and_shared_ones_are_talking_points() {
    let mut harness = start();
    click(&mut harness, "UNMIK 5");
    type_into(
        &mut harness,
        "Note text",
        "Ask the room who runs the dialogue now",
    );
    click(&mut harness, "Add note");
    type_into(
        &mut harness,
        "Note text",
        "My private doubt about the 2023 texts",
    );
    click(&mut harness, "Private");
    click(&mut harness, "Add note");
    assert_eq!(harness.state().document().annotations.len(), 2);

    // With UNMIK 5 selected, F5 starts at its slide.
    key(&mut harness, Key::F5);
    assert_eq!(harness.state().slide(), Some(6));
    harness.get_by_label("UNMIK 5: Political process on Kosovo's future status");
    harness.get_by_label("Talking points");
    harness.get_by_label_contains("Ask the room who runs the dialogue now");
    assert!(
        harness
            .query_by_label_contains("My private doubt")
            .is_none(),
        "a private note is on the slide"
    );
}

#[test]
fn every_slide_fits_at_projector_sizes() {
    for size in [[1280.0, 720.0], [1920.0, 1080.0]] {
        let mut harness = start_sized(&ScriptedDialogs::default(), size);
        key(&mut harness, Key::F5);
        for slide in 0..20 {
            // The type shrinks (or grows) over a few frames until the slide fits.
            harness.run_steps(12);
            assert_eq!(harness.state().slide(), Some(slide));
            assert_eq!(
                harness.state().slide_fits(),
                Some(true),
                "slide {slide} at {size:?}"
            );
            harness.key_press(Key::ArrowRight);
        }
    }
}

#[test]
fn clicking_a_holder_or_a_status_in_the_summary_filters_the_table() {
    let mut harness = start();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    click(&mut harness, "holder Kosovo Police (4)");
    assert_eq!(
        harness.state().visible_row_ids(),
        ["unmik-09", "kfor-04", "kfor-07", "kfor-08"]
    );
    harness.get_by_label("4 of 19 shown");
    harness.get_by_label("KFOR 7"); // back on the table

    click(&mut harness, "Clear filters");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    click(&mut harness, "Contested: 3 of 19");
    assert_eq!(
        harness.state().visible_row_ids(),
        ["unmik-01", "unmik-05", "unmik-06"]
    );
}

#[test]
fn zoom_and_theme_are_commands_and_settings() {
    let mut harness = start();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    assert!(harness.ctx.zoom_factor() > 1.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(harness.ctx.zoom_factor(), 1.0);

    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Light theme").click();
    harness.run();
    assert_eq!(harness.state().settings().theme, Theme::Light);
    assert!(!harness.ctx.global_style().visuals.dark_mode);
    harness.get_by_label("View").click();
    harness.run();
    harness
        .get_by_label("High-contrast theme (projector)")
        .click();
    harness.run();
    assert_eq!(harness.state().settings().theme, Theme::HighContrast);
    assert_eq!(
        harness.ctx.global_style().visuals.panel_fill,
        egui::Color32::BLACK
    );
}

fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).expect("the image exists");
    assert_eq!(
        &bytes[..8],
        b"\x89PNG\r\n\x1a\n",
        "{} is a PNG",
        path.display()
    );
    let width = u32::from_be_bytes(bytes[16..20].try_into().expect("4 bytes"));
    let height = u32::from_be_bytes(bytes[20..24].try_into().expect("4 bytes"));
    (width, height)
}

#[test]
fn the_view_exports_as_png() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dialogs = ScriptedDialogs::default();
    let mut harness = start_sized(&dialogs, [1280.0, 720.0]);
    let image = dir.path().join("table.png");
    dialogs.answer(Picked::Path(image.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    harness.run_steps(5);
    assert_eq!(png_size(&image), (1280, 720));
}

#[test]
fn snapshots_of_the_table_the_summary_and_a_slide() {
    // Small pictures: enough to see a layout change, small enough to keep in git.
    let mut harness = start_sized(&ScriptedDialogs::default(), [1024.0, 640.0]);
    click(&mut harness, "UNMIK 9");
    harness.snapshot("table");
    // Reading mode: the whole texts, the selected row kept in view.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::R);
    harness.run();
    harness.snapshot("table-reading");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness.snapshot("summary");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run();
    harness.snapshot("timeline");
    // From the overview (with a row selected, F5 would start at its slide).
    key(&mut harness, Key::Escape);
    key(&mut harness, Key::F5);
    key(&mut harness, Key::ArrowRight);
    harness.snapshot("slide-timeline");
    for _ in 0..9 {
        harness.key_press(Key::ArrowRight);
    }
    harness.run_steps(12);
    harness.snapshot("slide-unmik-09");
}
