//! Files you can trust, driven through the app: recovery after a crash, changes made on disk by
//! others, files of a newer format, links.

use std::path::{Path, PathBuf};

use crate::common::{Launch, ScriptedDialogs, click, launch};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use mandate_compare::App;
use mandate_compare::app::{Modal, Picked};
use mandate_compare::io;
use mandate_compare::model::FORMAT_VERSION;

/// An app that writes its recovery copies into `recovery` at every change.
fn start(
    dialogs: &ScriptedDialogs,
    file: Option<PathBuf>,
    recovery: &Path,
) -> Harness<'static, App> {
    launch(Launch {
        dialogs: dialogs.clone(),
        file,
        recovery_dir: Some(recovery.to_owned()),
        ..Launch::default()
    })
}

fn add_note(harness: &mut Harness<'_, App>, row_label: &str, text: &str) {
    crate::common::add_note(harness, row_label, text, "");
}

fn recovery_copies(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |entries| {
        entries
            .filter_map(Result::ok)
            .filter(|e| {
                // A session's lock (`recovery-SESSION.lock`) lies beside its copy: not a copy.
                let name = e.file_name().to_string_lossy().into_owned();
                name.starts_with("recovery-") && name.ends_with(".ron")
            })
            .count()
    })
}

#[test]
fn unsaved_work_survives_a_crash_and_is_offered_back() {
    let recovery = tempfile::tempdir().expect("temp dir");
    let dialogs = ScriptedDialogs::default();
    let mut crashed = start(&dialogs, None, recovery.path());
    add_note(&mut crashed, "KFOR 3", "Written just before the power cut");
    assert_eq!(
        recovery_copies(recovery.path()),
        1,
        "a copy is written while there are changes"
    );
    // The app "crashes": it is dropped without saving or any question.
    drop(crashed);

    let mut next = start(&dialogs, None, recovery.path());
    assert!(matches!(next.state().modal(), Some(Modal::Recover(found)) if found.len() == 1));
    next.get_by_label("Restore unsaved work?");
    click(&mut next, "Restore");
    let doc = next.state().document();
    assert_eq!(doc.annotations.len(), 1);
    assert_eq!(doc.annotations[0].text, "Written just before the power cut");
    assert!(next.state().is_dirty(), "restored work is not saved yet");

    // Saving removes every copy.
    let saved = recovery.path().join("..").join(format!(
        "restored-{}.ron",
        recovery.path().file_name().expect("name").to_string_lossy()
    ));
    dialogs.answer(Picked::Path(saved.clone()));
    next.key_press_modifiers(Modifiers::COMMAND, Key::S);
    next.run();
    assert!(!next.state().is_dirty());
    assert_eq!(recovery_copies(recovery.path()), 0);
    std::fs::remove_file(&saved).ok();
    std::fs::remove_file(io::backup_path(&saved)).ok();
}

#[test]
fn a_discarded_recovery_copy_is_gone_and_not_offered_again() {
    let recovery = tempfile::tempdir().expect("temp dir");
    let dialogs = ScriptedDialogs::default();
    let mut crashed = start(&dialogs, None, recovery.path());
    add_note(&mut crashed, "UNMIK 1", "Not worth keeping");
    drop(crashed);
    let mut next = start(&dialogs, None, recovery.path());
    click(&mut next, "Discard");
    assert_eq!(recovery_copies(recovery.path()), 0);
    assert!(next.state().document().annotations.is_empty());
    let again = start(&dialogs, None, recovery.path());
    assert_eq!(again.state().modal(), None);
}

#[test]
fn giving_up_changes_removes_the_recovery_copy() {
    let recovery = tempfile::tempdir().expect("temp dir");
    let dialogs = ScriptedDialogs::default();
    let mut harness = start(&dialogs, None, recovery.path());
    add_note(&mut harness, "UNMIK 2", "Scratch");
    assert_eq!(recovery_copies(recovery.path()), 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    click(&mut harness, "Don't save");
    assert_eq!(recovery_copies(recovery.path()), 0);
}

fn saved_copy(dir: &Path) -> PathBuf {
    let path = dir.join("shared.ron");
    io::save_path(&io::builtin().expect("builtin"), &path).expect("save");
    path
}

#[test]
fn save_asks_before_overwriting_changes_made_on_disk() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = saved_copy(dir.path());
    let dialogs = ScriptedDialogs::default();
    let mut harness = start(&dialogs, Some(path.clone()), &dir.path().join("recovery"));
    add_note(&mut harness, "UNMIK 6", "My note");

    // A colleague's change arrives (a git pull).
    let mut theirs = io::load_path(&path).expect("load");
    theirs.title = "Changed by a colleague".to_owned();
    io::save_path(&theirs, &path).expect("their save");
    let their_bytes = std::fs::read(&path).expect("read");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(matches!(
        harness.state().modal(),
        Some(Modal::ExternalChange(_))
    ));
    click(&mut harness, "Cancel");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        their_bytes,
        "nothing written"
    );
    assert!(harness.state().is_dirty());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    click(&mut harness, "Reload from disk");
    assert_eq!(harness.state().document().title, "Changed by a colleague");
    assert!(!harness.state().is_dirty());
}

#[test]
fn overwrite_after_an_external_change_writes_mine() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = saved_copy(dir.path());
    let dialogs = ScriptedDialogs::default();
    let mut harness = start(&dialogs, Some(path.clone()), &dir.path().join("recovery"));
    add_note(&mut harness, "UNMIK 7", "Mine wins");
    let mut theirs = io::load_path(&path).expect("load");
    theirs.title = "Theirs".to_owned();
    io::save_path(&theirs, &path).expect("save");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    click(&mut harness, "Overwrite");
    let on_disk = io::load_path(&path).expect("load");
    assert_eq!(on_disk.annotations.len(), 1);
    assert!(!harness.state().is_dirty());
    // The colleague's version is still in the backup.
    assert_eq!(
        io::load_path(&io::backup_path(&path)).expect("bak").title,
        "Theirs"
    );
}

#[test]
fn a_newer_file_opens_read_only_and_needs_save_as() {
    let dir = tempfile::tempdir().expect("temp dir");
    let current = io::to_ron_string(&io::builtin().expect("builtin")).expect("ron");
    let this = format!("format: {FORMAT_VERSION},");
    let next = format!("format: {},", FORMAT_VERSION + 1);
    let newer = current.replacen(&this, &next, 1).replacen(
        "    title:",
        "    colour_scheme: \"blue\",\n    title:",
        1,
    );
    let path = dir.path().join("from-the-future.ron");
    std::fs::write(&path, &newer).expect("write");

    let dialogs = ScriptedDialogs::default();
    let mut harness = start(&dialogs, Some(path.clone()), &dir.path().join("recovery"));
    let reason = harness.state().read_only().expect("read-only").to_owned();
    assert!(
        reason.contains(&format!("format {}", FORMAT_VERSION + 1)),
        "{reason}"
    );
    assert!(
        reason.contains("colour_scheme"),
        "says what a copy leaves out: {reason}"
    );
    assert!(harness.state().title().contains("(read-only)"));
    click(&mut harness, "UNMIK 1");
    assert!(harness.query_by_label("Add note").is_none(), "no editing");

    // Save goes to Save as; the original stays as it was.
    let copy = dir.path().join("copy.ron");
    dialogs.answer(Picked::Path(copy.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(std::fs::read_to_string(&path).expect("read"), newer);
    assert_eq!(harness.state().read_only(), None);
    assert_eq!(
        io::load_path(&copy).expect("copy loads").format,
        FORMAT_VERSION
    );
}

#[test]
fn only_web_links_are_links() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = io::builtin().expect("builtin");
    let source = doc
        .sources
        .iter_mut()
        .find(|s| s.id == "nato-annual-report-2023")
        .expect("source");
    source.url = Some("file:///etc/passwd".to_owned());
    let path = dir.path().join("links.ron");
    io::save_path(&doc, &path).expect("save");

    let dialogs = ScriptedDialogs::default();
    let mut harness = start(&dialogs, Some(path), &dir.path().join("recovery"));
    click(&mut harness, "KFOR 3");
    // The web sources get an "open" link, named by what it opens; the file: URL is shown as
    // plain text, never a link.
    let links: Vec<String> = harness
        .query_all_by_label_contains("open ")
        .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::Link)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(links.len(), 1, "{links:?}");
    assert!(
        links
            .iter()
            .all(|l| !l.contains("passwd") && !l.contains("Annual Report"))
    );
    harness.get_by_label("file:///etc/passwd");
}

#[test]
fn no_bad_file_changes_the_open_document() {
    let recovery = tempfile::tempdir().expect("temp dir");
    let dialogs = ScriptedDialogs::default();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    for entry in std::fs::read_dir(&dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        let mut harness = start(&dialogs, None, recovery.path());
        add_note(&mut harness, "UNMIK 9", "Work in progress");
        let before = harness.state().document().clone();
        let opened = harness.state_mut().open_path(&path);
        harness.run();
        let message = harness.state().message().expect("a message").text();
        if opened {
            // It parsed but breaks a rule, or is newer (read-only): it opens and says so.
            assert!(
                message.contains("problem") || harness.state().read_only().is_some(),
                "{message}"
            );
            continue;
        }
        assert_eq!(harness.state().document(), &before, "{}", path.display());
        assert!(harness.state().is_dirty());
        assert!(message.contains(&path.display().to_string()), "{message}");
    }
}
