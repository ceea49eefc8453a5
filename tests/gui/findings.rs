//! The December 2026 review's smaller findings (research/ux-review-2026-12.md), each driven
//! as the user who met it: why a search found a row, labels that overlap or break, paths
//! that say too much.

use crate::common::{Launch, launch, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
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
