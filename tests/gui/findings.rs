//! The December 2026 review's smaller findings (research/ux-review-2026-12.md), each driven
//! as the user who met it: why a search found a row, labels that overlap or break, paths
//! that say too much.

use crate::common::{Launch, launch, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use mandate_compare::App;

fn start() -> Harness<'static, App> {
    launch(Launch::default())
}

/// "decani" listed KFOR 8 with nothing highlighted: the match is in its summary and events.
/// The row now says where the words were found; a row found by its title or text does not.
#[test]
fn a_search_says_where_it_found_a_row() {
    let mut harness = start();
    type_into(&mut harness, "Search", "decani");
    assert_eq!(harness.state().visible_row_ids(), ["kfor-08"]);
    harness.get_by_label("Found in: summary, events");

    // Found by its text, highlighted there: no line about it.
    harness.get_by_label("Search").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Search").type_text("unimpeded");
    harness.run();
    assert_eq!(harness.state().visible_row_ids(), ["unmik-11"]);
    assert!(harness.query_by_label_contains("Found in").is_none());
}

/// The lowest edge of anything on the screen but the window itself.
fn lowest(harness: &Harness<'_, App>) -> f64 {
    harness
        .root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() != egui::accesskit::Role::Window)
        .filter_map(|n| n.accesskit_node().bounding_box())
        .map(|b| b.y1)
        .fold(0.0, f64::max)
}

/// The lower half of a row slide stood empty while its text stayed small: a row slide now
/// grows its type until it fills most of the screen (and still fits).
#[test]
fn a_row_slide_uses_the_screen() {
    let size = [1920.0, 1080.0];
    let mut harness = launch(Launch {
        size,
        ..Launch::default()
    });
    harness.key_press(egui::Key::F5);
    harness.key_press(egui::Key::ArrowRight);
    for slide in 2..21 {
        harness.key_press(egui::Key::ArrowRight);
        harness.run_steps(40);
        assert_eq!(harness.state().slide(), Some(slide));
        assert_eq!(harness.state().slide_fits(), Some(true), "slide {slide}");
        let bottom = lowest(&harness);
        assert!(
            bottom >= f64::from(size[1]) * 0.7,
            "slide {}: its content ends at {bottom:.0} of {}",
            slide + 1,
            size[1]
        );
    }
}
