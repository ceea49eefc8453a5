//! Exporting the deck as PNG images, as a facilitator does before a workshop: the slides are
//! drawn off the window (it never flashes through the deck), with progress and Cancel, and
//! each picture is the slide as the room sees it, without the presenter's key hint.

use std::path::{Path, PathBuf};

use crate::common::{Launch, ScriptedDialogs, finish_work, launch};
use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mandate_compare::App;
use mandate_compare::app::{Picked, slide_path};

const SIZE: [f32; 2] = [1280.0, 720.0];

fn start(dialogs: &ScriptedDialogs) -> Harness<'static, App> {
    launch(Launch {
        dialogs: dialogs.clone(),
        size: SIZE,
        ..Launch::default()
    })
}

/// File > Export > Export slides as PNGs…, answered with `folder`.
fn export_slides(harness: &mut Harness<'_, App>, dialogs: &ScriptedDialogs, folder: &Path) {
    dialogs.answer(Picked::Path(folder.to_owned()));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export").hover();
    harness.run();
    harness.get_by_label("Export slides as PNGs…").click();
    harness.step();
}

fn written(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|dir| dir.map(|e| e.expect("entry").path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn the_deck_is_exported_off_the_window_with_progress() {
    let dir = tempfile::tempdir().expect("temp dir");
    let deck = dir.path().join("deck");
    let dialogs = ScriptedDialogs::default();
    let mut harness = start(&dialogs);
    export_slides(&mut harness, &dialogs, &deck);
    assert!(harness.state().working(), "the export runs as a job");
    // While it runs the window shows the table as before, never a slide; the status bar says
    // what runs, with Cancel.
    let mut frames = 0;
    let mut saw_progress = false;
    while harness.state().working() {
        assert!(frames < 12_000, "the export did not finish");
        assert_eq!(harness.state().slide(), None, "the window shows a slide");
        assert!(harness.query_by_label_contains(" / 21").is_none());
        harness.get_by_label("Clear filters");
        saw_progress |= harness
            .query_by_label("Saving the slides as PNG images…")
            .is_some();
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
        frames += 1;
    }
    finish_work(&mut harness);
    assert!(saw_progress, "no progress in the status bar");
    let files = written(&deck);
    assert_eq!(files.len(), 21, "{files:?}");
    assert_eq!(files[0], slide_path(&deck, 1));
    let message = harness.state().message().expect("a message").text();
    assert!(message.contains("Exported 21 slides"), "{message}");
}

#[test]
fn cancel_stops_the_export_and_keeps_the_slides_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let deck = dir.path().join("deck");
    let dialogs = ScriptedDialogs::default();
    let mut harness = start(&dialogs);
    export_slides(&mut harness, &dialogs, &deck);
    // Presenting meanwhile: the slide shown stays the presenter's; a bar over it says how far
    // the export is, and its Cancel stops the export, not the presentation.
    harness.key_press(Key::F5);
    harness.run_steps(3);
    harness.key_press(Key::ArrowRight);
    harness.run_steps(3);
    assert_eq!(harness.state().slide(), Some(1));
    harness.get_by_label_contains("as a PNG image");
    harness.get_by_label("Cancel").click();
    harness.step();
    finish_work(&mut harness);
    assert_eq!(harness.state().slide(), Some(1), "still presenting");
    assert!(!harness.state().working());
    let message = harness.state().message().expect("a message").text();
    assert!(message.contains("Slide export cancelled"), "{message}");
    assert!(written(&deck).len() < 21, "cancelled before the end");
}

/// The slide on screen, rendered as the harness renders the window.
fn screen(harness: &mut Harness<'_, App>) -> image::RgbaImage {
    harness.render().expect("the harness renders")
}

/// Pixels that differ clearly between the two images, outside `skip` (in pixels).
fn differing(a: &image::RgbaImage, b: &image::RgbaImage, skip: egui::Rect) -> usize {
    assert_eq!(a.dimensions(), b.dimensions());
    a.enumerate_pixels()
        .filter(|(x, y, p)| {
            #[expect(clippy::cast_precision_loss, reason = "screen coordinates")]
            let at = egui::pos2(*x as f32, *y as f32);
            let q = b.get_pixel(*x, *y);
            !skip.contains(at) && p.0.iter().zip(q.0).any(|(c, d)| c.abs_diff(d) > 48)
        })
        .count()
}

#[test]
fn each_exported_slide_is_the_slide_on_screen_without_the_key_hint() {
    let dir = tempfile::tempdir().expect("temp dir");
    let deck = dir.path().join("deck");
    let dialogs = ScriptedDialogs::default();
    let mut harness = start(&dialogs);
    export_slides(&mut harness, &dialogs, &deck);
    finish_work(&mut harness);
    assert_eq!(written(&deck).len(), 21);
    harness.key_press(Key::F5);
    // The overview, the timeline, UNMIK 1, UNMIK 9 and the last row.
    for slide in [0, 1, 2, 10, 20] {
        harness.key_press(Key::Home);
        harness.step();
        for _ in 0..slide {
            harness.key_press(Key::ArrowRight);
            harness.step();
        }
        harness.run_steps(14);
        assert_eq!(harness.state().slide(), Some(slide));
        let hint = harness
            .get_by_label("Right or Space: next · Left: back · Esc: leave")
            .rect();
        let shown = screen(&mut harness);
        let saved = image::open(slide_path(&deck, slide + 1))
            .expect("the PNG opens")
            .to_rgba8();
        assert_eq!(saved.dimensions(), shown.dimensions(), "slide {slide}");
        let skip = egui::Rect::from_min_max(hint.min.floor(), hint.max.ceil()).expand(2.0);
        let off = differing(&saved, &shown, skip);
        let all = shown.width() as usize * shown.height() as usize;
        assert!(
            off * 1000 < all,
            "slide {slide}: {off} of {all} pixels differ from the screen"
        );
        // The hint is on the screen and not in the picture.
        let in_hint = |img: &image::RgbaImage| {
            img.enumerate_pixels()
                .filter(|(x, y, _)| {
                    #[expect(clippy::cast_precision_loss, reason = "screen coordinates")]
                    let at = egui::pos2(*x as f32, *y as f32);
                    hint.contains(at)
                })
                .map(|(_, _, p)| p.0)
                .collect::<std::collections::HashSet<_>>()
                .len()
        };
        assert!(in_hint(&shown) > 1, "the hint is drawn on screen");
        assert_eq!(
            in_hint(&saved),
            1,
            "slide {slide}: the hint is in the picture"
        );
    }
}
