//! `mandate-compare merge` as git's merge driver: a real `git merge` of two branches in a
//! temporary repository, set up as the README says.

use std::path::Path;
use std::process::Command;

use mandate_compare::io;
use mandate_compare::model::{Annotation, Document, Visibility};

fn git(repo: &Path, args: &[&str]) -> std::process::Output {
    Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .output()
        .expect("git runs")
}

fn ok(repo: &Path, args: &[&str]) {
    let out = git(repo, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn note(id: &str, row: &str, text: &str) -> Annotation {
    let time: jiff::Timestamp = "2026-11-23T10:00:00Z".parse().expect("time");
    Annotation {
        id: id.to_owned(),
        row: Some(row.to_owned()),
        author: "Ana".to_owned(),
        created: time,
        modified: time,
        text: text.to_owned(),
        tags: Vec::new(),
        visibility: Visibility::Shared,
        facts_changed: None,
    }
}

fn commit(repo: &Path, doc: &Document, message: &str) {
    let text = io::to_ron_string(doc).expect("saves");
    std::fs::write(repo.join("kosovo.ron"), text).expect("writes");
    ok(repo, &["commit", "-q", "-am", message]);
}

/// A repository with the built-in dataset and one note on `main`, the driver configured as the
/// README shows.
fn repository() -> (tempfile::TempDir, Document) {
    let dir = tempfile::tempdir().expect("temp dir");
    let repo = dir.path();
    ok(repo, &["init", "-q", "-b", "main"]);
    std::fs::write(repo.join(".gitattributes"), "*.ron merge=mandate-compare\n").expect("writes");
    let driver = format!(
        "'{}' merge --empty-base-means-none %O %A %B -o %A",
        env!("CARGO_BIN_EXE_mandate-compare")
    );
    ok(
        repo,
        &[
            "config",
            "merge.mandate-compare.name",
            "Mandate Compare merge",
        ],
    );
    ok(repo, &["config", "merge.mandate-compare.driver", &driver]);
    let mut base = io::builtin().expect("built-in");
    base.annotations
        .push(note("a-00", "unmik-01", "a note both start from"));
    std::fs::write(
        repo.join("kosovo.ron"),
        io::to_ron_string(&base).expect("saves"),
    )
    .expect("writes");
    ok(repo, &["add", "."]);
    ok(repo, &["commit", "-q", "-m", "base"]);
    (dir, base)
}

fn merged(repo: &Path) -> Document {
    io::load_path(&repo.join("kosovo.ron")).expect("the merged file loads")
}

#[test]
fn git_merges_two_colleagues_notes_cleanly_through_the_driver() {
    let (dir, base) = repository();
    let repo = dir.path();
    ok(repo, &["checkout", "-q", "-b", "ben"]);
    let mut ben = base.clone();
    ben.annotations.push(note("a-02", "kfor-02", "Ben's note"));
    commit(repo, &ben, "ben");
    ok(repo, &["checkout", "-q", "main"]);
    let mut ana = base.clone();
    ana.annotations.push(note("a-01", "unmik-09", "Ana's note"));
    ana.annotation_mut("a-00").expect("note").text = "reworded by Ana".to_owned();
    commit(repo, &ana, "ana");

    // Both added a note at the end of the same list: a line-based merge would conflict.
    ok(repo, &["merge", "-q", "--no-edit", "ben"]);
    let doc = merged(repo);
    let texts: Vec<&str> = doc.annotations.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["reworded by Ana", "Ana's note", "Ben's note"]);
    assert!(doc.conflicts.is_empty());
    assert!(
        !repo.join("kosovo.ron.bak").exists(),
        "the driver leaves no backup"
    );
    let status = git(repo, &["status", "--porcelain"]);
    assert_eq!(
        String::from_utf8_lossy(&status.stdout),
        "",
        "clean work tree"
    );
}

#[test]
fn a_real_conflict_stops_git_and_is_recorded_in_a_valid_file() {
    let (dir, base) = repository();
    let repo = dir.path();
    ok(repo, &["checkout", "-q", "-b", "ben"]);
    let mut ben = base.clone();
    ben.annotation_mut("a-00").expect("note").text = "Ben's wording".to_owned();
    commit(repo, &ben, "ben");
    ok(repo, &["checkout", "-q", "main"]);
    let mut ana = base.clone();
    ana.annotation_mut("a-00").expect("note").text = "Ana's wording".to_owned();
    commit(repo, &ana, "ana");

    let out = git(repo, &["merge", "--no-edit", "ben"]);
    assert!(!out.status.success(), "git reports the conflict");
    let doc = merged(repo);
    assert_eq!(
        doc.annotation("a-00").map(|a| a.text.as_str()),
        Some("Ana's wording")
    );
    assert_eq!(doc.conflicts.len(), 1);
    let check = Command::new(env!("CARGO_BIN_EXE_mandate-compare"))
        .arg("check")
        .arg(repo.join("kosovo.ron"))
        .output()
        .expect("runs");
    assert_eq!(check.status.code(), Some(0), "the merged file is valid");
    assert!(String::from_utf8_lossy(&check.stdout).contains("a merge left the note"));
}

#[test]
fn the_merge_command_exits_0_clean_1_conflicts_2_unreadable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = |name: &str| dir.path().join(name);
    let mut base = io::builtin().expect("built-in");
    base.annotations.push(note("a-00", "unmik-01", "start"));
    let mut ours = base.clone();
    ours.annotation_mut("a-00").expect("note").text = "ours".to_owned();
    let mut theirs = base.clone();
    theirs.annotations.push(note("a-01", "unmik-02", "theirs"));
    for (name, doc) in [
        ("base.ron", &base),
        ("ours.ron", &ours),
        ("theirs.ron", &theirs),
    ] {
        std::fs::write(path(name), io::to_ron_string(doc).expect("saves")).expect("writes");
    }
    let merge_with = |flags: &[&str], base: &str, ours: &str, theirs: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_mandate-compare"))
            .arg("merge")
            .args(flags)
            .args([path(base), path(ours), path(theirs)])
            .arg("-o")
            .arg(path("out.ron"))
            .output()
            .expect("runs");
        (
            out.status.code().expect("exit code"),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let merge = |base: &str, ours: &str, theirs: &str| merge_with(&[], base, ours, theirs);
    assert_eq!(merge("base.ron", "ours.ron", "theirs.ron").0, 0);
    assert_eq!(merged_at(&path("out.ron")).annotations.len(), 2);

    // What a merge settles by keeping yours is said, in English, on one line however strange
    // the id (a title both changed; a source both changed, whose id holds a line end).
    let (mut ours_titled, mut theirs_titled) = (ours.clone(), theirs.clone());
    ours_titled.title = "Ours".to_owned();
    theirs_titled.title = "Theirs".to_owned();
    let mut odd = base.sources[0].clone();
    odd.id = "odd\nid".to_owned();
    let mut base_odd = base.clone();
    base_odd.sources.push(odd.clone());
    odd.title = "ours".to_owned();
    ours_titled.sources.push(odd.clone());
    odd.title = "theirs".to_owned();
    theirs_titled.sources.push(odd);
    for (name, doc) in [
        ("base-odd.ron", &base_odd),
        ("ours-titled.ron", &ours_titled),
        ("theirs-titled.ron", &theirs_titled),
    ] {
        std::fs::write(path(name), io::to_ron_string(doc).expect("saves")).expect("writes");
    }
    let (code, stderr) = merge("base-odd.ron", "ours-titled.ron", "theirs-titled.ron");
    assert_eq!(code, 0, "{stderr}");
    let out = path("out.ron");
    assert!(
        stderr.contains(&format!(
            "{}: note: both changed the title; yours is kept\n",
            out.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(r#"note: both changed the source "odd\nid"; yours is kept"#),
        "{stderr}"
    );

    // Without an ancestor (git passes an empty file, and the driver says so), the changed note
    // is a conflict.
    std::fs::write(path("empty.ron"), "").expect("writes");
    let flag = ["--empty-base-means-none"];
    let (code, stderr) = merge_with(&flag, "empty.ron", "ours.ron", "theirs.ron");
    assert_eq!(code, 1);
    assert!(
        stderr.contains("conflict: the note of row \"unmik-01\""),
        "{stderr}"
    );
    // Without the flag an empty base is an error: it may be a file caught mid-rewrite.
    let (code, stderr) = merge("empty.ron", "ours.ron", "theirs.ron");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("the file is empty"), "{stderr}");

    std::fs::write(path("broken.ron"), "Document(").expect("writes");
    let before = std::fs::read(path("out.ron")).expect("out");
    let (code, stderr) = merge("base.ron", "broken.ron", "theirs.ron");
    assert_eq!(code, 2);
    assert!(stderr.contains("broken.ron:1:"), "{stderr}");
    assert_eq!(
        std::fs::read(path("out.ron")).expect("out"),
        before,
        "OUT untouched"
    );
}

fn merged_at(path: &Path) -> Document {
    io::load_path(path).expect("loads")
}
