//! File > New comparison from a resolution…, as a person uses it: paste the text, see the rows
//! found, untick one, name the presence, create; the window then shows the new comparison,
//! unsaved, with its rows not assessed.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use mandate_compare::App;
use mandate_compare::app::Picked;
use mandate_compare::model::Status;

use crate::common::{Launch, ScriptedDialogs, click, launch, menu, type_into};

fn fixture_path(name: &str) -> std::path::PathBuf {
    format!(
        "{}/tests/fixtures/resolutions/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
    .into()
}

fn fixture(name: &str) -> String {
    let path = fixture_path(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
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
    harness.get_by_label(
        "Recognised: symbol S/RES/473 (1980) · resolution 473 of 1980 · adopted 1980-06-13",
    );
    harness.get_by_label_contains("17 rows found. Untick what to leave out");
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

/// Selects a row by clicking into its title, as a person does to split or merge it.
fn select_row(harness: &mut Harness<'_, App>, pinpoint: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, pinpoint)
        .click();
    harness.run();
}

/// Splits the selected row before the words typed.
fn split_before(harness: &mut Harness<'_, App>, words: &str) {
    type_into(harness, "Split before", words);
    click(harness, "Split here");
}

/// The dialog's rows, by the names of their check boxes (the main window's filters left out).
fn pinpoints(harness: &Harness<'_, App>) -> Vec<String> {
    harness
        .query_all_by_role(Role::CheckBox)
        .filter_map(|node| node.accesskit_node().label())
        .filter(|label| label.starts_with(|c: char| c.is_ascii_digit()))
        .collect()
}

/// The app with File > New comparison from a resolution… open and 425 (1978)'s .txt opened in
/// it through the file dialog; the dialogs, to answer the next.
fn open_425() -> (Harness<'static, App>, ScriptedDialogs) {
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        ..Launch::default()
    });
    menu(&mut harness, "File", "New comparison from a resolution…");
    dialogs.answer(Picked::Path(fixture_path("S_RES_0425_1978_EN_GOLD.txt")));
    click(&mut harness, "Open a .txt file…");
    (harness, dialogs)
}

#[test]
fn unifil_425_opened_from_a_txt_split_into_its_purposes_merged_and_created() {
    let (mut harness, _) = open_425();
    harness.get_by_label(
        "Recognised: symbol S/RES/425 (1978) · resolution 425 of 1978 · adopted 1978-03-19",
    );
    assert_eq!(pinpoints(&harness), ["1", "2", "3", "4"]);

    // Paragraph 3 is one sentence with three purposes: each becomes a row of its own.
    select_row(&mut harness, "3");
    harness.get_by_label("Words of 3 (click where to split)");
    split_before(&mut harness, "confirming the withdrawal");
    select_row(&mut harness, "3, part 2");
    split_before(&mut harness, "restoring international");
    select_row(&mut harness, "3, part 3");
    split_before(&mut harness, "and assisting");
    assert_eq!(
        pinpoints(&harness),
        [
            "1",
            "2",
            "3, part 1",
            "3, part 2",
            "3, part 3",
            "3, part 4",
            "4"
        ]
    );
    // Paragraphs 1 and 2, both calls on the parties, become one row.
    select_row(&mut harness, "1");
    click(&mut harness, "Merge with the next row");
    assert_eq!(
        pinpoints(&harness),
        [
            "1–2",
            "3, part 1",
            "3, part 2",
            "3, part 3",
            "3, part 4",
            "4"
        ]
    );
    // The request for a report goes to a presence of its own; one purpose gets a title.
    select_row(&mut harness, "4");
    type_into(&mut harness, "This row's presence", "Secretary-General");
    select_row(&mut harness, "3, part 3");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "3, part 3")
        .type_text("Restoring peace and security");
    harness.run();
    type_into(&mut harness, "Presence (mission)", "UNIFIL");
    click(&mut harness, "Create the comparison");

    check_unifil_425(harness.state().document());
}

/// The comparison made of 425 (1978) above: its rows' pinpoints, presences, words and titles,
/// and where it came from.
fn check_unifil_425(doc: &mandate_compare::model::Document) {
    let rows: Vec<(&str, &str, &str)> = doc
        .rows
        .iter()
        .map(|r| (r.paragraph.as_str(), r.presence.as_str(), r.id.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("1–2", "unifil", "unifil-01"),
            ("3, part 1", "unifil", "unifil-02"),
            ("3, part 2", "unifil", "unifil-03"),
            ("3, part 3", "unifil", "unifil-04"),
            ("3, part 4", "unifil", "unifil-05"),
            ("4", "secretary-general", "secretary-general-01"),
        ]
    );
    assert!(doc.rows[0].original.starts_with("Calls for strict respect"));
    assert!(
        doc.rows[0]
            .original
            .contains("boundaries; 2. Calls upon Israel immediately")
    );
    assert_eq!(
        doc.rows[1].original,
        "Decides, in the light of the request of the Government of Lebanon, to establish \
         immediately under its authority a United Nations interim force for Southern Lebanon for \
         the purpose of"
    );
    assert_eq!(
        doc.rows[2].original,
        "confirming the withdrawal of Israeli forces,"
    );
    assert_eq!(
        doc.rows[3].original,
        "restoring international peace and security"
    );
    assert_eq!(doc.rows[3].title, "Restoring peace and security");
    assert!(
        doc.rows[4]
            .original
            .starts_with("and assisting the Government of Lebanon")
    );
    assert!(doc.rows[4].original.ends_with("drawn from Member States;"));
    assert_eq!(
        doc.rows[2].title,
        "confirming the withdrawal of Israeli forces"
    );
    // Where it came from: the file, and the resolution's symbol and date.
    assert_eq!(doc.original.label, "S/RES/425 (1978)");
    let source = &doc.sources[0];
    assert_eq!(source.title, "S_RES_0425_1978_EN_GOLD.txt");
    assert_eq!(source.symbol.as_deref(), Some("S/RES/425 (1978)"));
    assert_eq!(
        doc.presences
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        ["UNIFIL", "Secretary-General"]
    );
    assert!(doc.rows.iter().all(|r| r.status == Status::NotAssessed));
}

#[test]
fn a_txt_that_is_not_utf8_is_refused_and_the_text_stays() {
    let dir = tempfile::tempdir().expect("temp dir");
    let latin1 = dir.path().join("425-latin1.txt");
    std::fs::write(
        &latin1,
        b"Resolution 425 (1978)\nof 19 March 1978\nR\xe9solution\n",
    )
    .expect("write");
    let (mut harness, dialogs) = open_425();
    let before = harness.state().document().clone();
    dialogs.answer(Picked::Path(latin1.clone()));
    click(&mut harness, "Open a .txt file…");
    let message = format!(
        "{}:3:2: expected UTF-8 text; save the file as UTF-8 (pdftotext writes UTF-8 by default)",
        latin1.display()
    );
    assert!(
        harness.query_all_by_label(&message).count() >= 1,
        "{message}"
    );
    // What was opened before is still there, rows and all; the open document is untouched.
    harness.get_by_label_contains("4 rows found");
    assert_eq!(pinpoints(&harness), ["1", "2", "3", "4"]);
    assert_eq!(*harness.state().document(), before);
}

/// Rows not assessed yet are no status: the overview and the summary count them apart, below
/// the seven statuses, and the statuses' counts leave them out.
#[test]
fn rows_not_assessed_are_counted_apart_in_the_overview_and_the_summary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = mandate_compare::io::builtin().expect("built-in data");
    for row in doc.rows.iter_mut().take(2) {
        row.status = Status::NotAssessed;
    }
    let total = doc.rows.len();
    let assessed: std::collections::BTreeMap<Status, usize> = doc
        .rows
        .iter()
        .filter(|r| r.status.is_assessed())
        .fold(Default::default(), |mut counts, r| {
            *counts.entry(r.status).or_default() += 1;
            counts
        });
    let path = dir.path().join("two-unassessed.ron");
    mandate_compare::io::save_path(&doc, &path).expect("saves");
    let mut harness = launch(Launch {
        file: Some(path),
        ..Launch::default()
    });
    harness.get_by_label(&format!(
        "Not assessed, counted apart from the statuses: 2 of {total}"
    ));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    harness.run();
    harness.get_by_label(&format!(
        "Not assessed (no status yet), counted apart from the statuses: 2 of {total}"
    ));
    // Each status's bar counts its rows only; none is for "not assessed".
    for status in Status::ALL {
        let count = assessed.get(&status).copied().unwrap_or(0);
        harness.get_by_label(&format!("{}: {count} of {total}", status.label()));
    }
    assert!(
        harness
            .query_by_label(&format!("Not assessed: 2 of {total}"))
            .is_none()
    );
}

/// A click in the selected row's words chooses where it splits: "Split before" shows the words
/// from the word clicked on, and "Split here" makes the row two, the second starting there.
#[test]
fn a_click_in_the_words_chooses_where_the_row_splits() {
    let (mut harness, _) = open_425();
    select_row(&mut harness, "3");
    harness
        .get_by_role_and_label(
            Role::MultilineTextInput,
            "Words of 3 (click where to split)",
        )
        .click();
    harness.run();
    let before = harness
        .get_by_role_and_label(Role::TextInput, "Split before")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(!before.is_empty(), "the click put words there");
    click(&mut harness, "Split here");
    assert_eq!(
        pinpoints(&harness),
        ["1", "2", "3, part 1", "3, part 2", "4"]
    );
    select_row(&mut harness, "3, part 2");
    let words = harness
        .get_by_role_and_label(
            Role::MultilineTextInput,
            "Words of 3, part 2 (click where to split)",
        )
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(
        words.starts_with(&before),
        "{words:?} starts with {before:?}"
    );
}

/// Where no file dialog can be shown, the path of the .txt is typed; a wrong one is said in the
/// question, which stays open to correct it.
#[test]
fn with_no_file_dialog_the_txt_path_is_typed() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        ..Launch::default()
    });
    menu(&mut harness, "File", "New comparison from a resolution…");
    dialogs.answer(Picked::Unavailable(
        "No file dialog could be shown".to_owned(),
    ));
    click(&mut harness, "Open a .txt file…");
    harness.get_by_label_contains("Type the full path of the resolution's text");
    let missing = fixture_path("no-such-resolution.txt");
    type_into(&mut harness, "Path", &missing.display().to_string());
    click(&mut harness, "Open");
    // Said in the question, in the dialog and in the status bar.
    assert!(
        harness
            .query_all_by_label_contains("cannot read the file")
            .count()
            >= 2
    );
    click(&mut harness, "Path");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Path").type_text(
        &fixture_path("S_RES_0425_1978_EN_GOLD.txt")
            .display()
            .to_string(),
    );
    harness.run();
    click(&mut harness, "Open");
    assert!(
        harness.query_by_label("Path").is_none(),
        "the question is answered"
    );
    harness.get_by_label(
        "Recognised: symbol S/RES/425 (1978) · resolution 425 of 1978 · adopted 1978-03-19",
    );
}
