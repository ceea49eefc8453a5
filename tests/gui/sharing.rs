//! Compare, merge and export in the app, driven as a person does: menus, buttons, the document
//! checked afterwards.

use std::path::{Path, PathBuf};

use crate::common::{Launch, ScriptedDialogs, add_note, click, launch, menu};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mandate_compare::App;
use mandate_compare::app::{Picked, Settings};
use mandate_compare::io;
use mandate_compare::model::EditKind;
use mandate_compare::model::{Annotation, Document, Status, Visibility};

fn note(id: &str, row: &str, text: &str, visibility: Visibility) -> Annotation {
    let time: jiff::Timestamp = "2026-11-20T09:00:00Z".parse().expect("time");
    Annotation {
        id: id.to_owned(),
        row: Some(row.to_owned()),
        author: "Ben".to_owned(),
        created: time,
        modified: time,
        text: text.to_owned(),
        tags: vec!["from-ben".to_owned()],
        visibility,
        facts_changed: None,
    }
}

/// Ben's file: the built-in dataset with two notes of his and a different status for KFOR 2.
fn bens_file(dir: &Path) -> PathBuf {
    let mut doc = io::builtin().expect("built-in");
    doc.annotations.push(note(
        "a-ben-1",
        "unmik-09",
        "Ben: EULEX ended executive tasks",
        Visibility::Shared,
    ));
    doc.annotations.push(note(
        "a-ben-2",
        "kfor-02",
        "Ben: ask about troop numbers",
        Visibility::Shared,
    ));
    doc.row_mut("kfor-02").expect("row").status = Status::Contested;
    let path = dir.join("ben.ron");
    std::fs::write(&path, io::to_ron_string(&doc).expect("saves")).expect("writes");
    path
}

fn export_menu(harness: &mut Harness<'_, App>, item: &str) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export").hover();
    harness.run();
    harness.get_by_label_contains(item).click();
    harness.run_ok();
    crate::common::finish_work(harness);
}

fn app(dialogs: &ScriptedDialogs) -> Harness<'static, App> {
    launch(Launch {
        dialogs: dialogs.clone(),
        settings: Settings {
            author: "Ana".to_owned(),
            ..crate::common::settings()
        },
        ..Launch::default()
    })
}

/// The app, after Ana wrote a note on UNMIK 9.
fn app_with_anas_note(dialogs: &ScriptedDialogs) -> Harness<'static, App> {
    let mut harness = app(dialogs);
    add_note(
        &mut harness,
        "UNMIK 9",
        "Ana: check the 2018 reconfiguration",
        "ana",
    );
    harness
}

#[test]
fn compare_marks_differing_rows_and_leaving_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ben = bens_file(dir.path());
    let dialogs = ScriptedDialogs::default();
    let mut harness = app_with_anas_note(&dialogs);
    let before: Document = harness.state().document().clone();
    let dirty = harness.state().is_dirty();

    dialogs.answer(Picked::Path(ben.clone()));
    menu(&mut harness, "File", "Compare with…");
    assert_eq!(harness.state().compared_path(), Some(ben.as_path()));
    harness.get_by_label("Comparing with ben.ron:");
    harness.get_by_label("2 rows differ (marked in the table)");
    harness.get_by_label("In ben.ron");
    harness.get_by_label("status, 1 note");
    harness.get_by_label("2 notes");
    // Neither assessed anything: the agreement has nothing to measure, and says so.
    harness.get_by_label("Agreement: nothing to measure");
    click(&mut harness, "Show agreement");
    harness.get_by_label_contains("Neither of you has made an own assessment");
    assert!(harness.query_by_label_contains("NaN").is_none());

    // The detail panel shows both sides for the selected row.
    click(&mut harness, "KFOR 2");
    harness.get_by_label("Compared with ben.ron");
    harness.get_by_label("Notes only in ben.ron");
    harness.get_by_label("Ben: ask about troop numbers");
    click(&mut harness, "UNMIK 9");
    harness.get_by_label("Notes only in yours");

    click(&mut harness, "Leave compare mode");
    assert!(harness.state().compared_path().is_none());
    assert_eq!(harness.state().document(), &before);
    assert_eq!(harness.state().is_dirty(), dirty);
    assert!(harness.query_by_label("In ben.ron").is_none());
}

#[test]
fn merge_takes_their_notes_lists_conflicts_and_undoes_in_one_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ben = bens_file(dir.path());
    let dialogs = ScriptedDialogs::default();
    let mut harness = app_with_anas_note(&dialogs);
    let before: Document = harness.state().document().clone();

    dialogs.answer(Picked::Path(ben.clone()));
    menu(&mut harness, "File", "Merge from…");
    let doc = harness.state().document();
    let texts: Vec<&str> = doc.annotations.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    for text in [
        "Ana: check the 2018 reconfiguration",
        "Ben: EULEX ended executive tasks",
        "Ben: ask about troop numbers",
    ] {
        assert!(texts.contains(&text), "{text} missing from {texts:?}");
    }
    assert_eq!(doc.conflicts.len(), 1, "KFOR 2's status differs");
    harness.get_by_label("1 merge conflict to resolve");
    assert_eq!(harness.state().undo_label(), Some(EditKind::Merge));

    // Undo (from the Edit menu) takes the whole merge back; redo (Ctrl+Y) brings it again.
    menu(&mut harness, "Edit", "Undo: merge");
    assert_eq!(harness.state().document(), &before);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(harness.state().undo_label(), Some(EditKind::Merge));

    // Take theirs: KFOR 2 becomes Contested, the conflict list is gone.
    click(&mut harness, "Take theirs");
    let doc = harness.state().document();
    assert!(doc.conflicts.is_empty());
    assert_eq!(doc.row("kfor-02").expect("row").status, Status::Contested);
    assert!(
        harness
            .query_by_label("1 merge conflict to resolve")
            .is_none()
    );
    assert_eq!(
        harness.state().undo_label(),
        Some(EditKind::ResolveConflict)
    );
}

#[test]
fn a_note_worded_differently_can_be_kept_twice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut mine = io::builtin().expect("built-in");
    mine.annotations
        .push(note("a-1", "unmik-03", "my wording", Visibility::Shared));
    let mut theirs = mine.clone();
    theirs.annotations[0].text = "their wording".to_owned();
    let (mine_path, theirs_path) = (dir.path().join("mine.ron"), dir.path().join("theirs.ron"));
    io::save_path(&mine, &mine_path).expect("saves");
    io::save_path(&theirs, &theirs_path).expect("saves");

    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        file: Some(mine_path),
        ..Launch::default()
    });
    dialogs.answer(Picked::Path(theirs_path));
    menu(&mut harness, "File", "Merge from…");
    harness.get_by_label("my wording");
    harness.get_by_label("their wording");
    click(&mut harness, "Keep both");
    let texts: Vec<String> = harness
        .state()
        .document()
        .annotations
        .iter()
        .map(|a| a.text.clone())
        .collect();
    assert_eq!(texts.len(), 2);
    assert!(
        texts.contains(&"my wording".to_owned()) && texts.contains(&"their wording".to_owned())
    );
}

#[test]
fn a_file_with_conflicts_from_git_opens_with_the_conflict_list_and_saves_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut base = io::builtin().expect("built-in");
    base.annotations
        .push(note("a-1", "unmik-03", "start", Visibility::Shared));
    let mut ours = base.clone();
    ours.annotations[0].text = "ours".to_owned();
    let mut theirs = base.clone();
    theirs.annotations[0].text = "theirs".to_owned();
    let merged = mandate_compare::merge::merge(Some(&base), &ours, &theirs).document;
    let path = dir.path().join("merged.ron");
    io::save_path(&merged, &path).expect("saves");

    let mut harness = launch(Launch {
        file: Some(path.clone()),
        ..Launch::default()
    });
    harness.get_by_label("1 merge conflict to resolve");
    click(&mut harness, "Keep mine");
    assert!(harness.state().document().conflicts.is_empty());
    assert!(harness.state_mut().save_to(&path));
    assert!(io::load_path(&path).expect("loads").conflicts.is_empty());
}

#[test]
fn a_broken_file_to_merge_or_compare_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Document(format: 1, title: ").expect("writes");
    let dialogs = ScriptedDialogs::default();
    let mut harness = app(&dialogs);
    let before = harness.state().document().clone();
    for item in ["Merge from…", "Compare with…"] {
        dialogs.answer(Picked::Path(broken.clone()));
        menu(&mut harness, "File", item);
        assert_eq!(harness.state().document(), &before);
        assert!(!harness.state().is_dirty());
        assert!(harness.state().compared_path().is_none());
        let message = harness.state().message().expect("message").text();
        assert!(message.contains("broken.ron:1:"), "{message}");
    }
}

#[test]
fn export_writes_the_chosen_format_and_leaves_private_notes_out_until_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dialogs = ScriptedDialogs::default();
    let mut harness = app(&dialogs);
    add_note(&mut harness, "UNMIK 9", "A shared thought", "");
    add_note(&mut harness, "UNMIK 9", "A private thought", "");
    // Make the second note private through its editor.
    let id = harness.state().document().annotations[1].id.clone();
    let edit = mandate_compare::model::Edit::UpdateAnnotation {
        id,
        text: "A private thought".to_owned(),
        tags: Vec::new(),
        visibility: Visibility::Private,
        modified: jiff::Timestamp::now(),
    };
    harness.state_mut().change(edit);
    harness.run();

    let md = dir.path().join("paper.md");
    dialogs.answer(Picked::Path(md.clone()));
    export_menu(&mut harness, "Export as Markdown…");
    let text = std::fs::read_to_string(&md).expect("written");
    assert!(text.contains("A shared thought") && !text.contains("A private thought"));
    assert!(
        harness
            .state()
            .message()
            .expect("message")
            .text()
            .contains("private notes left out")
    );

    export_menu(&mut harness, "Include private notes in exports (off)");
    assert!(harness.state().exports_include_private());
    let csv = dir.path().join("notes");
    dialogs.answer(Picked::Path(csv.clone()));
    export_menu(&mut harness, "Export notes as CSV…");
    let text = std::fs::read_to_string(csv.with_extension("csv")).expect("written with .csv added");
    assert!(text.contains("A shared thought") && text.contains("A private thought"));

    let html = dir.path().join("page.html");
    dialogs.answer(Picked::Path(html.clone()));
    export_menu(&mut harness, "Export as HTML page…");
    assert!(
        std::fs::read_to_string(&html)
            .expect("written")
            .starts_with("<!DOCTYPE html>")
    );

    // The sources for a reference manager, and a project for a QDA tool (with the private
    // note, since they are included now).
    let json = dir.path().join("sources.json");
    dialogs.answer(Picked::Path(json.clone()));
    export_menu(&mut harness, "Export sources as CSL-JSON…");
    let items: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("written")).expect("JSON");
    let sources = harness.state().document().sources.len();
    assert_eq!(items.as_array().map(Vec::len), Some(sources));
    let bib = dir.path().join("sources");
    dialogs.answer(Picked::Path(bib.clone()));
    export_menu(&mut harness, "Export sources as BibTeX…");
    let text = std::fs::read_to_string(bib.with_extension("bib")).expect("written with .bib added");
    assert_eq!(
        text.matches("\n@").count() + usize::from(text.starts_with('@')),
        sources
    );
    let qdpx = dir.path().join("project.qdpx");
    dialogs.answer(Picked::Path(qdpx.clone()));
    export_menu(&mut harness, "Export as REFI-QDA project…");
    let bytes = std::fs::read(&qdpx).expect("written");
    assert!(bytes.starts_with(b"PK\x03\x04"), "a zip");
    assert!(
        bytes
            .windows(b"project.qde".len())
            .any(|w| w == b"project.qde"),
        "the zip names project.qde (what it holds is checked in tests/core/qdpx.rs)"
    );

    // A folder that cannot be written: a message, nothing else.
    dialogs.answer(Picked::Path(PathBuf::from("/proc/rows.csv")));
    export_menu(&mut harness, "Export as CSV…");
    let message = harness.state().message().expect("message").text();
    assert!(
        message.starts_with("Not exported.") && message.contains("/proc/rows.csv"),
        "{message}"
    );
}

#[test]
fn the_agreement_panel_measures_and_leads_to_the_rows_you_disagree_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Ben assessed KFOR 2 as Contested, held by the KSF, and UNMIK 9 as Transferred to the
    // Kosovo Police (the built-in data says Shared).
    let mut doc = io::builtin().expect("built-in");
    let assess = |status, holders: &[&str]| {
        Some(mandate_compare::model::Assessment {
            status,
            holders: holders.iter().map(|&h| h.to_owned()).collect(),
            author: "Ben".to_owned(),
            modified: "2026-11-20T09:00:00Z".parse().expect("time"),
        })
    };
    doc.row_mut("kfor-02").expect("row").assessment = assess(Status::Contested, &["ksf"]);
    doc.row_mut("unmik-09").expect("row").assessment =
        assess(Status::Transferred, &["kosovo-police"]);
    let ben = dir.path().join("ben.ron");
    std::fs::write(&ben, io::to_ron_string(&doc).expect("saves")).expect("writes");

    // Ana gives KFOR 2 the same assessment, in the detail panel.
    let dialogs = ScriptedDialogs::default();
    let mut harness = app(&dialogs);
    crate::common::assess(&mut harness, "KFOR 2", "Contested", "KSF");

    dialogs.answer(Picked::Path(ben.clone()));
    menu(&mut harness, "File", "Compare with…");
    // By default the rows both assessed: KFOR 2, the same own assessment on both sides.
    harness.get_by_label_contains("same status in 1 of 1 rows (100 %)");
    click(&mut harness, "Show agreement");
    harness.get_by_label("Agreement with ben.ron");
    harness.get_by_label_contains("Own assessments: yours 1, theirs 2, both 1.");
    harness.get_by_label("Measured over the 1 row you both assessed yourselves.");
    // With the built-in status standing in, 18 of 19 the same: UNMIK 9 is Shared for Ana
    // (built-in) and Transferred for Ben.
    click(&mut harness, "Built-in status stands in");
    harness.get_by_label_contains("same status in 18 of 19 rows (95 %)");
    harness.get_by_label("18 of 19 rows (94.7 %)");
    harness.get_by_label("1 row with different statuses");
    // The test works the kappa out for itself, from each side's statuses.
    let builtin = io::builtin().expect("built-in");
    let status_of = |id: &str, side: &Document| {
        side.row(id)
            .and_then(|row| row.assessment.as_ref())
            .map_or_else(|| builtin.row(id).expect("row").status, |own| own.status)
    };
    let ana_doc = harness.state().document().clone();
    let ids: Vec<&str> = builtin.rows.iter().map(|row| row.id.as_str()).collect();
    let n = ids.len() as f64;
    let expected: f64 = Status::ALL
        .iter()
        .map(|&status| {
            let share = |side: &Document| {
                ids.iter()
                    .filter(|&&id| status_of(id, side) == status)
                    .count() as f64
                    / n
            };
            share(&ana_doc) * share(&doc)
        })
        .sum();
    let kappa = (18.0 / n - expected) / (1.0 - expected);
    harness.get_by_label(&format!(
        "{kappa:.3} (agreement expected by chance: {:.1} %)",
        expected * 100.0
    ));

    // The row they disagree on is a click away.
    harness
        .get_by_label_contains("yours Shared (built-in), theirs Transferred")
        .click();
    harness.run();
    assert_eq!(harness.state().selected_row(), Some("unmik-09"));
    click(&mut harness, "Hide agreement");
    assert!(harness.query_by_label("Agreement with ben.ron").is_none());
}

/// A document holding a character the exports' readers cannot take (U+FFFF, which XML forbids
/// and biber refuses): File > Export writes U+FFFD in its place and the status bar warns how
/// many were replaced.
#[test]
fn an_export_warns_how_many_characters_it_replaced() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = io::builtin().expect("built-in");
    doc.annotations.push(note(
        "a-odd",
        "unmik-09",
        "Pasted from a PDF: \u{ffff}",
        Visibility::Shared,
    ));
    let file = dir.path().join("odd.ron");
    std::fs::write(&file, io::to_ron_string(&doc).expect("saves")).expect("writes");
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        file: Some(file),
        ..Launch::default()
    });
    let out = dir.path().join("odd.md");
    dialogs.answer(Picked::Path(out.clone()));
    export_menu(&mut harness, "Markdown");
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(text.contains("Pasted from a PDF: \u{fffd}"), "{text}");
    assert!(!text.contains('\u{ffff}'));
    let message = harness.state().message().expect("a message");
    assert_eq!(message.kind, mandate_compare::app::MessageKind::Warning);
    assert!(
        message
            .text()
            .contains("1 character its readers cannot take"),
        "{}",
        message.text()
    );
}
