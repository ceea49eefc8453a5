//! File > New comparison from a resolution…, as a person uses it: paste the text, see the rows
//! found, untick one, name the presence, create; the window then shows the new comparison,
//! unsaved, with its rows not assessed.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use mandate_compare::model::Status;

use crate::common::{Launch, click, launch, menu, type_into};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/resolutions/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn a_pasted_resolution_becomes_a_new_comparison_with_the_rows_kept() {
    let mut harness = launch(Launch::default());
    menu(&mut harness, "File", "New comparison from a resolution…");
    harness.get_by_label("No numbered operative paragraph found yet");
    type_into(
        &mut harness,
        "The resolution's text",
        &fixture("S_RES_0473_1980_EN_GOLD.txt"),
    );
    harness.get_by_label("S/RES/473 (1980), 1980-06-13: 17 rows found. Untick what to leave out.");
    // Nothing is made without a presence.
    assert!(
        harness
            .get_by_label("Create the comparison")
            .accesskit_node()
            .is_disabled()
    );
    type_into(&mut harness, "Presence (mission)", "Apartheid");
    // Paragraph 7's rows go to a presence of their own; 7 (d) is left out; 7 (a) retitled.
    type_into(&mut harness, "Paragraph 7, presence", "Measures");
    harness
        .get_by_role_and_label(Role::CheckBox, "7 (d)")
        .click();
    harness.run();
    let title = harness.get_by_role_and_label(Role::TextInput, "7 (a)");
    title.click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "7 (a)")
        .type_text("Amnesty");
    harness.run();
    click(&mut harness, "Create the comparison");

    let doc = harness.state().document();
    assert_eq!(doc.original.label, "S/RES/473 (1980)");
    assert_eq!(doc.rows.len(), 16);
    let paragraphs: Vec<&str> = doc.rows.iter().map(|r| r.paragraph.as_str()).collect();
    assert_eq!(
        &paragraphs[6..11],
        ["7 (a)", "7 (b)", "7 (c)", "7 (e)", "8"]
    );
    assert_eq!(
        (doc.rows[6].presence.as_str(), doc.rows[6].number),
        ("measures", 1)
    );
    assert_eq!(doc.rows[6].title, "Amnesty");
    assert_eq!(
        (doc.rows[10].presence.as_str(), doc.rows[10].number),
        ("apartheid", 7)
    );
    assert_eq!(
        doc.rows[7].title,
        "Cessation forthwith of its indiscriminate violence against peaceful…"
    );
    assert!(doc.rows.iter().all(|r| r.status == Status::NotAssessed));
    assert!(harness.state().is_dirty(), "a new comparison is unsaved");
    assert!(harness.query_by_label("The resolution's text").is_none());
    harness.get_by_label_contains("New comparison with 16 rows");
    // Named by its title until saved, not as the built-in data.
    assert_eq!(harness.state().document_name(), "S/RES/473 (1980)");
    harness.get_by_label_contains("unsaved changes · S/RES/473 (1980)");
    assert!(
        !harness
            .query_all_by_label("Not assessed")
            .collect::<Vec<_>>()
            .is_empty()
    );
}
