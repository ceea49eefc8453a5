//! `mandate-compare check`, run as a real process.

use std::path::Path;
use std::process::Command;

fn check(files: &[&Path]) -> (i32, String) {
    check_with(&[], files)
}

fn check_with(flags: &[&str], files: &[&Path]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_mandate-compare"))
        .arg("check")
        .args(flags)
        .args(files)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8 output");
    (output.status.code().expect("exit code"), stdout)
}

/// Fails when a file in `dir` has no expectation, or an expectation no file.
fn every_fixture_is_listed<'a>(dir: &Path, listed: impl Iterator<Item = &'a str>) {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let listed: Vec<&str> = listed.collect();
    assert_eq!(names, listed, "every fixture has an expectation");
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn valid_files_pass_silently_with_exit_0() {
    let (code, out) = check(&[&fixture("good/tiny.ron"), &fixture("good/bom-crlf.ron")]);
    assert_eq!((code, out.as_str()), (0, ""));
    let builtin = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/unmik-1244.ron");
    assert_eq!(check(&[&builtin]).0, 0);
}

#[test]
fn warnings_are_printed_but_the_file_is_valid() {
    let file = fixture("good/orphan-note.ron");
    let (code, out) = check(&[&file]);
    assert_eq!(code, 0);
    assert_eq!(
        out.trim_end(),
        format!(
            "{}:63:13: warning: annotations[a-01]: is about the unknown row \"kfor-99\"; it is kept and shown as an orphan",
            file.display()
        )
    );
}

/// Every bad fixture: exit 1, and the first line names the file, the line and column where one
/// is known, and what is wrong.
#[test]
fn every_bad_file_gets_file_line_column_and_exit_1() {
    let expected = [
        (
            "bad-date.ron",
            Some((52, 28)),
            "expected a date written 2008, 2008-06 or 2008-06-15",
        ),
        (
            "deep-nesting.ron",
            Some((1, 21)),
            "nested more than 64 levels deep",
        ),
        (
            "duplicate-ids.ron",
            Some((16, 13)),
            "the id \"kfor\" is used twice",
        ),
        ("empty.ron", Some((1, 1)), "the file is empty"),
        ("invalid-utf8.ron", Some((45, 28)), "not UTF-8"),
        (
            "javascript-link.ron",
            Some((31, 13)),
            "is not an http or https address",
        ),
        (
            "json.ron",
            Some((1, 1)),
            "Expected opening `(` for struct `Document`",
        ),
        (
            "missing-field.ron",
            Some((58, 9)),
            "missing field named `summary`",
        ),
        (
            "misspelt-field.ron",
            Some((49, 13)),
            "unknown field `sumary`",
        ),
        (
            "newer-format.ron",
            None,
            "format 7, written by a newer version",
        ),
        ("no-source.ron", Some((42, 13)), "cites no source"),
        ("random-bytes.ron", Some((1, 1)), "not UTF-8"),
        ("truncated.ron", Some((41, 24)), "ends too early"),
        (
            "unknown-reference.ron",
            Some((42, 13)),
            "unknown holder \"ministry-of-magic\"",
        ),
        (
            "unknown-variant.ron",
            Some((47, 21)),
            "expected one of `Transferred`",
        ),
        (
            "wrong-type.ron",
            Some((44, 21)),
            "Expected integer; found `\"seven\",`",
        ),
    ];
    let dir = fixture("bad");
    every_fixture_is_listed(&dir, expected.iter().map(|(name, ..)| *name));

    for (name, position, words) in expected {
        let file = dir.join(name);
        let (code, out) = check(&[&file]);
        assert_eq!(code, 1, "{name}: {out}");
        let first = out.lines().next().expect("a line");
        let prefix = match position {
            Some((line, column)) => format!("{}:{line}:{column}: ", file.display()),
            None => format!("{}: ", file.display()),
        };
        assert!(first.starts_with(&prefix), "{name}: {first}");
        assert!(first.contains(words), "{name}: {first}");
    }
}

/// Each curators' rule, broken once: plain `check` accepts the file (users' files are held to
/// less), `check --strict` names the rule at the line of the item that breaks it.
#[test]
fn strict_check_names_each_rule_broken_and_where() {
    let expected = [
        (
            "events-out-of-order.ron",
            (27, 13),
            "rows[kfor-07]: lists its events out of date order",
        ),
        ("good.ron", (0, 0), ""),
        (
            "mirror-marked-primary.ron",
            (23, 16),
            "sources[nato-kfor]: is marked primary but links to a copy on docslib.org",
        ),
        (
            "no-as-of.ron",
            (27, 13),
            "says not when its status was checked (as_of)",
        ),
        (
            "no-paragraph.ron",
            (27, 13),
            "gives no paragraph of the mandate",
        ),
        ("no-phases.ron", (27, 13), "has no phases"),
        (
            "one-side.ron",
            (27, 13),
            "is disputed but gives the positions of 1 holder(s)",
        ),
        (
            "phases-end-elsewhere.ron",
            (27, 13),
            "the last phase is not today's status and holders",
        ),
        (
            "phases-out-of-order.ron",
            (27, 13),
            "phases are not in date order",
        ),
        (
            "phases-start-late.ron",
            (27, 13),
            "phases begin on 2000, after the mandate of 1999-06-10",
        ),
        (
            "primary-without-address.ron",
            (22, 16),
            "sources[s-res-1244]: is primary but has no address",
        ),
        (
            "un-document-elsewhere.ron",
            (22, 16),
            "S/RES/1244 (1999) is a UN document; link it at undocs.org or un.org (found reliefweb.int)",
        ),
    ];
    let dir = fixture("strict");
    every_fixture_is_listed(&dir, expected.iter().map(|(name, ..)| *name));
    for (name, (line, column), words) in expected {
        let file = dir.join(name);
        let (code, out) = check(&[&file]);
        assert_eq!((code, out.as_str()), (0, ""), "{name} passes plain check");
        let (code, out) = check_with(&["--strict"], &[&file]);
        if name == "good.ron" {
            assert_eq!((code, out.as_str()), (0, ""), "{name}");
            continue;
        }
        assert_eq!(code, 1, "{name}: {out}");
        assert_eq!(out.lines().count(), 1, "{name} breaks one rule: {out}");
        let prefix = format!("{}:{line}:{column}: error: ", file.display());
        assert!(out.starts_with(&prefix), "{name}: {out}");
        assert!(out.contains(words), "{name}: {out}");
    }
}

#[test]
fn the_builtin_dataset_passes_the_strict_check() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/unmik-1244.ron");
    let (code, out) = check_with(&["--strict"], &[&data]);
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn one_bad_file_among_good_ones_fails_the_run() {
    let (code, out) = check(&[&fixture("good/tiny.ron"), &fixture("bad/empty.ron")]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 1);
}

#[test]
fn usage_errors_exit_2() {
    let output = Command::new(env!("CARGO_BIN_EXE_mandate-compare"))
        .arg("check")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let output = Command::new(env!("CARGO_BIN_EXE_mandate-compare"))
        .args(["check", "--no-such-flag", "x.ron"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_folder_and_a_missing_file_are_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("missing.ron");
    let (code, out) = check(&[dir.path(), &missing]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].starts_with(&format!("{}: ", dir.path().display())),
        "{out}"
    );
    assert!(
        lines[1].starts_with(&format!("{}: ", missing.display())),
        "{out}"
    );
}
