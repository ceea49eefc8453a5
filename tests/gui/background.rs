//! Long work off the UI thread, driven as a person does: an export or a merge of a large
//! document shows its progress and Cancel in the status bar, Cancel leaves no file behind,
//! a merge locks the document until it is applied, and the window's memory does not grow
//! with every search.

use std::path::{Path, PathBuf};

use crate::common::{Launch, ScriptedDialogs, finish_work, launch, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mandate_compare::App;
use mandate_compare::app::Picked;
use mandate_compare::model::EditKind;
use mandate_compare::{io, stress};

/// The app on a large document (the stress document, 2,000 rows and 20,000 notes, saved in
/// `dir`), which takes long enough to export or merge that a person sees it working.
fn large(dir: &Path, dialogs: &ScriptedDialogs) -> Harness<'static, App> {
    let path = dir.join("large.ron");
    let doc = stress::document(1, stress::ROWS, stress::NOTES);
    io::save_path(&doc, &path).expect("saves");
    launch(Launch {
        dialogs: dialogs.clone(),
        file: Some(path),
        ..Launch::default()
    })
}

/// File > Export > `item`, without waiting for the export to finish.
fn start_export(harness: &mut Harness<'_, App>, item: &str) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export").hover();
    harness.run();
    harness.get_by_label_contains(item).click();
    harness.run();
}

#[test]
fn an_export_shows_its_progress_and_writes_the_file_once_done() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dialogs = ScriptedDialogs::default();
    let mut harness = large(dir.path(), &dialogs);
    let out = dir.path().join("project.qdpx");
    dialogs.answer(Picked::Path(out.clone()));
    start_export(&mut harness, "Export as REFI-QDA project…");
    // The frame came back before the export was done: the status bar says what runs.
    assert!(
        harness.state().working(),
        "the export runs in the background"
    );
    harness.get_by_label("Exporting REFI-QDA project…");
    harness.get_by_label("Cancel");
    finish_work(&mut harness);
    assert!(!harness.state().working());
    assert!(
        harness.query_by_label("Cancel").is_none(),
        "no job, no Cancel"
    );
    let bytes = std::fs::read(&out).expect("written");
    assert!(bytes.starts_with(b"PK\x03\x04"), "a zip");
    let message = harness.state().message().expect("message").text();
    assert!(
        message.starts_with("Exported REFI-QDA project to"),
        "{message}"
    );
}

#[test]
fn cancel_stops_an_export_before_it_writes_anything() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dialogs = ScriptedDialogs::default();
    let mut harness = large(dir.path(), &dialogs);
    let out = dir.path().join("page.html");
    dialogs.answer(Picked::Path(out.clone()));
    start_export(&mut harness, "Export as HTML page…");
    harness.get_by_label("Cancel").click();
    harness.run();
    finish_work(&mut harness);
    assert!(!out.exists(), "nothing written");
    let leftovers: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("listed")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().is_some_and(|n| n != "large.ron"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files: {leftovers:?}");
    let message = harness.state().message().expect("message").text();
    assert!(
        message.starts_with("Cancelled: Exporting HTML page…"),
        "{message}"
    );
}

#[test]
fn a_merge_locks_the_document_until_it_is_applied() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dialogs = ScriptedDialogs::default();
    let mut harness = large(dir.path(), &dialogs);
    let before = harness.state().document().annotations.len();
    let theirs = dir.path().join("theirs.ron");
    let doc = harness.state().document().clone();
    io::save_path(&stress::diverge(&doc, 2, 10), &theirs).expect("saves");
    dialogs.answer(Picked::Path(theirs));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Merge from").click();
    harness.run();
    assert!(
        harness.state().working(),
        "the merge runs in the background"
    );
    harness.get_by_label("Merging theirs.ron…");
    // An edit meanwhile waits, and says why.
    assert!(
        harness.state().working(),
        "still merging when the edit is tried"
    );
    let edit = mandate_compare::model::Edit::DeleteAnnotation {
        id: doc.annotations[0].id.clone(),
    };
    harness.state_mut().change(edit);
    let message = harness.state().message().expect("message").text();
    assert!(
        message.starts_with("Cannot delete note while this runs: Merging theirs.ron…"),
        "{message}"
    );
    assert_eq!(harness.state().document().annotations.len(), before);
    finish_work(&mut harness);
    let message = harness.state().message().expect("message").text();
    assert!(message.starts_with("Merged theirs.ron:"), "{message}");
    assert!(harness.state().document().annotations.len() > before);
    assert_eq!(harness.state().undo_label(), Some(EditKind::Merge));

    // Thousands of conflicts: the list says how many and where, and draws only those in view
    // (drawing them all took over a second a frame).
    let doc = harness.state().document().clone();
    let count = doc.conflicts.len();
    assert!(count > 500, "{count} conflicts");
    let places: std::collections::BTreeSet<Option<&str>> =
        doc.conflicts.iter().map(|c| c.row(&doc)).collect();
    harness.get_by_label(&format!(
        "{count} merge conflicts to resolve, in {} places",
        places.len()
    ));
    let drawn = harness.query_all_by_label("Keep mine").count();
    assert!(
        (1..40).contains(&drawn),
        "{drawn} conflicts drawn of {count}"
    );
    // Settling the first brings the next to the top of the list.
    let second = doc.conflicts[1].clone();
    harness
        .query_all_by_label("Take theirs")
        .next()
        .expect("a choice")
        .click();
    harness.run();
    let doc = harness.state().document();
    assert_eq!(doc.conflicts.len(), count - 1);
    assert_eq!(doc.conflicts[0], second);
    assert!(harness.query_all_by_label("Keep mine").count() > 0);
}

#[test]
fn searching_again_and_again_keeps_one_measurement_of_the_rows_in_memory() {
    // Reading mode measures each row's height for the rows shown.
    let mut harness = launch(Launch {
        settings: mandate_compare::app::Settings {
            reading_mode: true,
            ..Launch::default().settings
        },
        ..Launch::default()
    });
    type_into(&mut harness, "Search", "a");
    let entries = harness.ctx.memory(|m| m.data.len());
    for text in ["b", "c", "d", "e", "f", "g", "h"] {
        type_into(&mut harness, "Search", text);
    }
    assert_eq!(
        harness.ctx.memory(|m| m.data.len()),
        entries,
        "egui's memory holds as many entries as after the first search"
    );
}

/// The same kind of error reads in the interface's language wherever it comes from: a folder
/// for slides that cannot be made said it in English while a failed save said it in Albanian.
#[test]
fn an_error_reads_in_the_interfaces_language_wherever_it_comes_from() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        settings: mandate_compare::app::Settings {
            language: Some(mandate_compare::i18n::Language::Sq),
            ..Launch::default().settings
        },
        ..Launch::default()
    });
    dialogs.answer(Picked::Path(PathBuf::from("/proc/slides")));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run(mandate_compare::ui::Command::ExportSlides, &ctx);
    finish_work(&mut harness);
    let message = harness.state().message().expect("message").text();
    assert!(
        message.starts_with("Sllajdet nuk u eksportuan: dosja /proc/slides nuk mund të krijohet"),
        "{message}"
    );
}
