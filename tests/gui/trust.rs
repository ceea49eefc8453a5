//! Files that cannot be written, files that went away, and a file open in two windows.

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::{Launch, ScriptedDialogs, add_note, click, launch};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use mandate_compare::app::Picked;
use mandate_compare::io;

fn saved(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    io::save_path(&io::builtin().expect("built-in"), &path).expect("saves");
    path
}

#[test]
fn a_file_marked_read_only_opens_read_only_and_save_goes_to_save_as() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = saved(dir.path(), "fixed.ron");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = std::fs::read(&path).expect("read");
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        file: Some(path.clone()),
        ..Launch::default()
    });
    let reason = harness.state().read_only().expect("read-only").to_owned();
    assert!(reason.contains("is marked read-only"), "{reason}");
    assert!(harness.state().title().contains("(read-only)"));

    let copy = dir.path().join("mine.ron");
    dialogs.answer(Picked::Path(copy.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the original is untouched"
    );
    assert!(copy.is_file(), "Save went to Save as");
    assert_eq!(harness.state().path(), Some(copy.as_path()));
    assert_eq!(harness.state().read_only(), None, "the copy is the user's");
}

#[test]
fn saving_a_file_that_was_deleted_asks_and_can_write_it_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = saved(dir.path(), "notes.ron");
    let mut harness = launch(Launch {
        file: Some(path.clone()),
        ..Launch::default()
    });
    add_note(&mut harness, "UNMIK 2", "Written after the file went", "");
    std::fs::remove_file(&path).expect("deleted by someone else");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("notes.ron is no longer there");
    assert!(harness.state().is_dirty());
    click(&mut harness, "Write it again");
    assert!(!harness.state().is_dirty());
    let saved = io::load_path(&path).expect("written again");
    assert!(
        saved
            .annotations
            .iter()
            .any(|a| a.text == "Written after the file went")
    );
}

#[test]
fn saving_a_file_that_was_renamed_can_go_to_save_as() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = saved(dir.path(), "notes.ron");
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        file: Some(path.clone()),
        ..Launch::default()
    });
    add_note(&mut harness, "UNMIK 2", "Mine", "");
    std::fs::rename(&path, dir.path().join("renamed.ron")).expect("renamed");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let elsewhere = dir.path().join("elsewhere.ron");
    dialogs.answer(Picked::Path(elsewhere.clone()));
    click(&mut harness, "Save as…");
    assert!(elsewhere.is_file());
    assert!(!path.exists(), "nothing written where the file was");
    assert!(!harness.state().is_dirty());
}

/// Stands in for another running copy of the app: the same program, holding `DOC` open (its
/// mark in `LOCKS`) until killed. Run only by the test below.
#[test]
#[ignore = "a helper process for another test"]
fn helper_another_copy_holding_a_file() {
    let (Some(doc), Some(locks)) = (std::env::var_os("DOC"), std::env::var_os("LOCKS")) else {
        return;
    };
    let _lock = io::lock::acquire(Path::new(&locks), Path::new(&doc)).expect("locks");
    println!("holding");
    std::thread::sleep(Duration::from_secs(60));
}

#[test]
fn a_file_open_in_another_copy_is_offered_read_only_and_a_dead_copys_mark_is_ignored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = saved(dir.path(), "shared.ron");
    let locks = dir.path().join("locks");
    let mut other = std::process::Command::new(std::env::current_exe().expect("exe"))
        .args([
            "--ignored",
            "--exact",
            "trust::helper_another_copy_holding_a_file",
            "--nocapture",
        ])
        .env("DOC", &path)
        .env("LOCKS", &locks)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    // Wait until it holds the file.
    let mut out = std::io::BufReader::new(other.stdout.take().expect("stdout"));
    let mut line = String::new();
    while !line.contains("holding") {
        line.clear();
        std::io::BufRead::read_line(&mut out, &mut line).expect("reads");
        assert!(!line.is_empty(), "the helper ended early");
    }
    let open = |harness_locks: &Path| {
        launch(Launch {
            file: Some(path.clone()),
            lock_dir: Some(harness_locks.to_owned()),
            ..Launch::default()
        })
    };
    let mut harness = open(&locks);
    harness.get_by_label("The file is open in another window");
    assert_eq!(harness.state().path(), None, "not opened before the answer");
    click(&mut harness, "Open read-only");
    assert_eq!(harness.state().path(), Some(path.as_path()));
    let reason = harness.state().read_only().expect("read-only").to_owned();
    assert!(
        reason.contains(&format!("process {}", other.id())),
        "{reason}"
    );

    // Cancel leaves the built-in data open.
    let mut harness = open(&locks);
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().path(), None);

    // Once the other copy has ended, its mark is ignored and the file opens as usual.
    other.kill().expect("kills");
    other.wait().expect("ends");
    let harness = open(&locks);
    assert_eq!(harness.state().path(), Some(path.as_path()));
    assert_eq!(harness.state().read_only(), None);
    assert!(
        harness
            .query_by_label("The file is open in another window")
            .is_none()
    );
}

/// A document with a 10 MB note on the whole comparison and a 40 MB note on a row, as issue
/// reports described: the first is shown cut with a way to read on, the second likewise once its
/// row is selected, and search still finds a word past the cut.
#[test]
fn very_long_notes_are_shown_cut_and_search_finds_words_past_the_cut() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut doc = io::builtin().expect("built-in");
    let note = |id: &str, row: Option<&str>, text: String| mandate_compare::model::Annotation {
        id: id.to_owned(),
        row: row.map(str::to_owned),
        author: "Ana".to_owned(),
        created: jiff::Timestamp::UNIX_EPOCH,
        modified: jiff::Timestamp::UNIX_EPOCH,
        text,
        tags: Vec::new(),
        visibility: mandate_compare::model::Visibility::Shared,
        facts_changed: None,
    };
    let words = |megabytes: usize, last: &str| {
        let mut text = "lorem ipsum dolor sit amet ".repeat(megabytes * 1_000_000 / 27);
        text.push_str(last);
        text
    };
    doc.annotations.push(note("a-whole", None, words(10, "")));
    doc.annotations
        .push(note("a-row", Some("unmik-09"), words(40, "zanzibar")));
    let path = dir.path().join("long.ron");
    io::save_path(&doc, &path).expect("saves");

    let mut harness = launch(Launch {
        file: Some(path),
        ..Launch::default()
    });
    harness.get_by_label("… 10.0 MB more of this text");
    click(&mut harness, "Show more");
    harness.get_by_label("… 10.0 MB more of this text"); // 20 KB more shown: still 10.0 MB left
    click(&mut harness, "Show less");
    click(&mut harness, "UNMIK 9");
    harness.get_by_label("… 40.0 MB more of this text");

    crate::common::type_into(&mut harness, "Search", "zanzibar");
    assert_eq!(harness.state().visible_row_ids(), ["unmik-09"]);
}

#[test]
fn a_paste_longer_than_a_note_may_be_is_refused_with_a_message() {
    let mut harness = launch(Launch::default());
    click(&mut harness, "Note text");
    harness.event(egui::Event::Paste("x".repeat(250_000)));
    harness.run();
    harness.get_by_label_contains("Not pasted: 250000 characters");
    // A paste that fits goes in.
    harness.event(egui::Event::Paste("A short paste".to_owned()));
    harness.run();
    click(&mut harness, "Add note");
    let doc = harness.state().document();
    assert!(doc.annotations.iter().any(|a| a.text == "A short paste"));
    assert!(doc.annotations.iter().all(|a| a.text.len() < 1_000));
}
