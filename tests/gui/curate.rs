//! A comparison's own facts filled in as its curator does it: UNIFIL's 1978 mandate made with
//! `mandate-compare new --from-text`, opened, a holder and a source added, a row made
//! Transferred to that holder on that source, an event added; the Checks list follows each
//! step, undo takes one back, and the saved file reads back the same. The built-in data's
//! facts offer no such editing, and a change to them is refused.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use mandate_compare::App;
use mandate_compare::cli::{NewFromText, new_from_text};
use mandate_compare::model::{Edit, PartialDate, Status};

use crate::common::{Launch, click, finish_work, launch, menu, type_into};

/// UNIFIL's mandate as `mandate-compare new --from-text … --presence UNIFIL` writes it.
fn unifil_file(dir: &std::path::Path) -> std::path::PathBuf {
    let output = dir.join("unifil.ron");
    let args = NewFromText {
        text: format!(
            "{}/tests/fixtures/resolutions/S_RES_0425_1978_EN_GOLD.txt",
            env!("CARGO_MANIFEST_DIR")
        )
        .into(),
        output: output.clone(),
        presence: Some("UNIFIL".to_owned()),
        presence_of: Vec::new(),
        url: None,
        publisher: "United Nations Security Council".to_owned(),
        date: None,
    };
    let mut report = Vec::new();
    assert_eq!(
        new_from_text(&args, &mut report),
        0,
        "{}",
        String::from_utf8_lossy(&report)
    );
    output
}

/// The Checks list's heading counts what `check --strict` finds in the document now.
fn checks_counted(harness: &Harness<'_, App>) {
    let problems = harness.state().document().strict_problems();
    let errors = problems
        .iter()
        .filter(|p| p.severity == mandate_compare::model::Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    if problems.is_empty() {
        harness.get_by_label("no problems: the comparison passes check --strict");
        return;
    }
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    harness.get_by_label(&format!(
        "{}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    ));
}

/// Whether the Checks list shows this problem (the checker's own problems come first, before
/// the curators' rules, so these are at the top of the list).
fn checks_show(harness: &Harness<'_, App>, line: &str) -> bool {
    harness.query_by_label(line).is_some()
}

const NO_SOURCE: &str = "error: rows[unifil-01]: cites no source";
const EVENT_NO_SOURCE: &str = "error: rows[unifil-01].events[0]: cites no source";

/// Ticks `label` in the pick menu `menu` ("Holders…", "Event 1: sources…").
fn pick(harness: &mut Harness<'_, App>, menu: &str, label: &str) {
    click(harness, menu);
    harness.get_by_role_and_label(Role::CheckBox, label).click();
    harness.run();
    finish_work(harness);
    // Close the menu as a person does: its button again (Escape would also leave the row).
    if harness.query_by_label(menu).is_some() {
        harness.get_by_label(menu).click();
        harness.run();
    }
}

/// Replaces the text of field `label` with `text`, then leaves the field (Tab).
fn retype(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    click(harness, label);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label(label).type_text(text);
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    finish_work(harness);
}

#[test]
fn a_curator_fills_in_a_row_and_the_checks_follow_undo_and_the_saved_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = unifil_file(dir.path());
    let mut harness = launch(Launch {
        file: Some(path.clone()),
        ..Launch::default()
    });
    checks_counted(&harness);
    assert!(!checks_show(&harness, NO_SOURCE));

    menu(&mut harness, "Edit", "Holders and sources…");
    type_into(&mut harness, "New holder's short name", "LAF");
    click(&mut harness, "Add holder");
    type_into(&mut harness, "New source's title", "S/RES/1701 (2006)");
    click(&mut harness, "Add source");
    retype(
        &mut harness,
        "Publisher (s-res-1701-2006)",
        "United Nations Security Council",
    );
    retype(&mut harness, "Date (s-res-1701-2006)", "2006-08-11");
    let doc = harness.state().document();
    assert_eq!(doc.holders[0].id, "laf");
    let source = doc.source("s-res-1701-2006").expect("the new source");
    assert_eq!(source.publisher, "United Nations Security Council");
    assert_eq!(source.date, PartialDate::ymd(2006, 8, 11));
    click(&mut harness, "Close");

    click(&mut harness, "UNIFIL 1");
    click(&mut harness, "Edit facts");
    click(&mut harness, "Status");
    harness
        .get_by_role_and_label(Role::Button, "Transferred")
        .click();
    harness.run();
    finish_work(&mut harness);
    // A status claims something about today: without a source it is an error.
    assert!(checks_show(&harness, NO_SOURCE));
    checks_counted(&harness);
    pick(&mut harness, "Holders…", "LAF");
    pick(&mut harness, "Sources…", "S/RES/1701 (2006)");
    assert!(!checks_show(&harness, NO_SOURCE));
    checks_counted(&harness);

    click(&mut harness, "Add event");
    assert!(checks_show(&harness, EVENT_NO_SOURCE));
    retype(&mut harness, "Event 1: date", "2006-08-11");
    retype(
        &mut harness,
        "Event 1: what happened",
        "The Council enlarges the force",
    );
    // A bad date keeps its text and says why; the document keeps the good one.
    retype(&mut harness, "Event 1: date", "2006-13");
    harness.get_by_label_contains("\"2006-13\" is not a date");
    assert_eq!(
        harness.get_by_label("Event 1: date").value().as_deref(),
        Some("2006-13")
    );
    retype(&mut harness, "Event 1: date", "2006-08-11");
    pick(&mut harness, "Event 1: sources…", "S/RES/1701 (2006)");
    assert!(!checks_show(&harness, EVENT_NO_SOURCE));
    checks_counted(&harness);

    let row = &harness.state().document().rows[0];
    assert_eq!(row.status, Status::Transferred);
    assert_eq!(row.holders, ["laf"]);
    assert_eq!(row.sources, ["s-res-1701-2006"]);
    assert_eq!(row.events.len(), 1);
    assert_eq!(
        row.events[0].date,
        PartialDate::ymd(2006, 8, 11).expect("day")
    );
    assert_eq!(row.events[0].text, "The Council enlarges the force");
    assert_eq!(row.events[0].sources, ["s-res-1701-2006"]);

    // Undo takes back the last step, the event's source; the checks say so; redo again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    finish_work(&mut harness);
    assert!(
        harness.state().document().rows[0].events[0]
            .sources
            .is_empty()
    );
    assert!(checks_show(&harness, EVENT_NO_SOURCE));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    finish_work(&mut harness);
    assert!(!checks_show(&harness, EVENT_NO_SOURCE));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().is_dirty());
    let saved = mandate_compare::io::load_path(&path).expect("the saved file loads");
    assert_eq!(&saved, harness.state().document());
    let reopened = launch(Launch {
        file: Some(path.clone()),
        ..Launch::default()
    });
    assert_eq!(reopened.state().document(), &saved);
    checks_counted(&reopened);
}

#[test]
fn a_row_is_added_and_removed_from_the_edit_menu_and_undo_brings_it_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = launch(Launch {
        file: Some(unifil_file(dir.path())),
        ..Launch::default()
    });
    let rows = harness.state().document().rows.len();
    click(&mut harness, "UNIFIL 2");
    menu(&mut harness, "Edit", "Add row");
    let doc = harness.state().document();
    assert_eq!(doc.rows.len(), rows + 1);
    let added = doc.rows[2].id.clone();
    assert_eq!(harness.state().selected_row(), Some(added.as_str()));
    // The new row has no text yet: the checks say so, and clicking the problem selects it.
    let empty = format!("error: rows[{added}]: the 1999 text is empty");
    assert!(checks_show(&harness, &empty));
    click(&mut harness, "UNIFIL 1");
    click(&mut harness, &empty);
    assert_eq!(harness.state().selected_row(), Some(added.as_str()));
    type_into(&mut harness, "Text of the mandate", "Report to the Council");
    click(&mut harness, "Title");
    assert!(!checks_show(&harness, &empty));
    checks_counted(&harness);
    // A phase and a position, each with named fields, added and removed again.
    click(&mut harness, "Add phase");
    click(&mut harness, "Add position");
    harness.get_by_label("Phase 1: from");
    harness.get_by_label("Phase 1: status");
    type_into(&mut harness, "Position 1: held by", "Lebanon");
    click(&mut harness, "Position 1: the view");
    let row = harness.state().document().row(&added).expect("the new row");
    assert_eq!(row.phases.len(), 1);
    assert_eq!(row.positions[0].held_by, "Lebanon");
    click(&mut harness, "Remove phase 1");
    click(&mut harness, "Remove position 1");
    let row = harness.state().document().row(&added).expect("the new row");
    assert!(row.phases.is_empty() && row.positions.is_empty());

    // A second presence: the row's fields then offer a choice of presence. UNIFIL, which rows
    // belong to, cannot be removed. (The row's fields have a button for the window too.)
    click(&mut harness, "Holders and sources…");
    type_into(&mut harness, "New presence's short name", "UNTSO");
    click(&mut harness, "Add presence");
    assert_eq!(harness.state().document().presences[1].id, "untso");
    assert!(
        harness
            .get_by_label("Remove presence unifil")
            .accesskit_node()
            .is_disabled()
    );
    click(&mut harness, "Close");
    harness.get_by_label("Presence");

    menu(&mut harness, "Edit", "Remove row");
    assert_eq!(harness.state().document().rows.len(), rows);
    assert!(harness.state().document().row(&added).is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    finish_work(&mut harness);
    let back = harness
        .state()
        .document()
        .row(&added)
        .expect("undo brings it back");
    assert_eq!(back.original, "Report to the Council");
}

#[test]
fn the_built_in_datas_facts_cannot_be_edited() {
    let mut harness = launch(Launch::default());
    click(&mut harness, "UNMIK 1");
    assert!(harness.query_by_label("Edit facts").is_none());
    assert!(
        harness.query_by_label_contains("Checks").is_none(),
        "the built-in data has no Checks list"
    );
    harness.get_by_label("Edit").click();
    harness.run();
    for item in ["Add row", "Remove row", "Holders and sources…"] {
        assert!(
            harness.get_by_label(item).accesskit_node().is_disabled(),
            "{item}"
        );
    }
    harness.key_press(Key::Escape);
    harness.run();
    // A change to its facts is refused, said, and changes nothing.
    let before = harness.state().document().clone();
    let mut row = before.rows[0].clone();
    row.status = Status::Completed;
    harness
        .state_mut()
        .change(Edit::ChangeRowFacts(Box::new(row)));
    harness.run();
    assert_eq!(harness.state().document(), &before);
    harness.get_by_label_contains("cannot be changed in the app");
}

#[test]
fn the_checks_list_speaks_the_interfaces_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Two rows given a status by hand, with no date of the check and no phases.
    let path = unifil_file(dir.path());
    let mut doc = mandate_compare::io::load_path(&path).expect("loads");
    for row in &mut doc.rows[..2] {
        row.status = mandate_compare::model::Status::Ongoing;
    }
    mandate_compare::io::save_path(&doc, &path).expect("saves");
    let errors = doc.strict_problems().len();
    let mut harness = launch(Launch {
        file: Some(path),
        settings: mandate_compare::app::Settings {
            language: Some(mandate_compare::i18n::Language::Sq),
            ..Launch::default().settings
        },
        ..Launch::default()
    });
    finish_work(&mut harness);
    harness.get_by_label("Kontrollet");
    harness.get_by_label(&format!("{errors} gabime, 0 paralajmërime"));
    harness.get_by_label("gabim: rows[unifil-01]: nuk ka faza (kush e mbajti dhe kur)");
    // A problem of a row selects it, in any language.
    click(
        &mut harness,
        "gabim: rows[unifil-02]: nuk ka faza (kush e mbajti dhe kur)",
    );
    assert_eq!(harness.state().selected_row(), Some("unifil-02"));
}
