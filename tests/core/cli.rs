//! `mandate-compare check`, run as a real process.

use std::path::Path;
use std::process::Command;

use mandate_compare::cli;

fn check(files: &[&Path]) -> (i32, String) {
    check_with(&[], files)
}

fn check_with(flags: &[&str], files: &[&Path]) -> (i32, String) {
    let output = crate::mandate_compare()
        .arg("check")
        .args(flags)
        .args(files)
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
            "control-in-id.ron",
            Some((49, 13)),
            r#"error: rows[line\none\u{1b}c\u{7}]: the id "line\none\u{1b}c\u{7}" is used twice"#,
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
        (
            "path-ids-duplicate.ron",
            Some((26, 13)),
            r#"error: rows[C:\x]: the id "C:\\x" is used twice"#,
        ),
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
            "as-of-earlier.ron",
            (27, 13),
            "is as of 2019-05, earlier than a document its status and holders rest on (nato-kfor, 2023-11-20)",
        ),
        (
            "as-of-later.ron",
            (27, 13),
            "is as of 2026-11, later than the newest document its status and holders rest on (nato-kfor, 2023-11-20)",
        ),
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
            "no-text-from.ron",
            (27, 13),
            "says not where its text of the mandate comes from (original_from)",
        ),
        (
            "omission-without-words.ron",
            (27, 13),
            "says its text leaves words of the mandate out but not which",
        ),
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
        (
            "verbatim-without-copy.ron",
            (27, 13),
            "gives its text as the mandate's own words but names no copy of the mandate it was checked against",
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

/// Every good fixture: exit 0, and exactly these warnings at these lines and columns (the
/// hostile ones: control and direction characters in notes, ids that look like paths).
#[test]
fn every_good_file_passes_with_exactly_its_warnings() {
    let bidi = "its text has the invisible direction control U+202E (RIGHT-TO-LEFT OVERRIDE), \
                which can show the text in another order than it is written";
    let expected = [
        ("another-mission.ron", vec![]),
        ("bom-crlf.ron", vec![]),
        (
            "control-and-bidi.ron",
            vec![
                (51, 13, format!("annotations[a-bidi]: {bidi}")),
                (
                    61,
                    13,
                    "annotations[a-control]: its text has the control character U+0007, which \
                     shows as nothing or as a box"
                        .to_owned(),
                ),
                (
                    71,
                    13,
                    "annotations[a-tag]: a tag has the invisible direction control U+2067 \
                     (RIGHT-TO-LEFT ISOLATE), which can show the text in another order than it \
                     is written"
                        .to_owned(),
                ),
                (
                    71,
                    13,
                    "annotations[a-tag]: a tag has the control character U+0007, which shows as \
                     nothing or as a box"
                        .to_owned(),
                ),
            ],
        ),
        ("format3-facts-changed.ron", vec![]),
        (
            "orphan-note.ron",
            vec![(
                63,
                13,
                "annotations[a-01]: is about the unknown row \"kfor-99\"; it is kept and shown \
                 as an orphan"
                    .to_owned(),
            )],
        ),
        (
            "path-ids.ron",
            vec![(
                117,
                13,
                r#"annotations[C:\notes\1]: is about the unknown row "..\\..\\windows\\system32"; it is kept and shown as an orphan"#
                    .to_owned(),
            )],
        ),
        ("tiny.ron", vec![]),
    ];
    let dir = fixture("good");
    every_fixture_is_listed(&dir, expected.iter().map(|(name, _)| *name));
    for (name, warnings) in &expected {
        let file = dir.join(name);
        let (code, out) = check(&[&file]);
        let want: Vec<String> = warnings
            .iter()
            .map(|(line, column, what)| {
                format!("{}:{line}:{column}: warning: {what}", file.display())
            })
            .collect();
        assert_eq!(
            (code, out.lines().collect::<Vec<_>>()),
            (0, want.iter().map(String::as_str).collect()),
            "{name}"
        );
    }
}

/// What `check` prints is one line per problem, and nothing in it acts on a terminal: an id
/// or a token quoted from a hostile file has its control and direction characters escaped.
#[test]
fn check_prints_no_control_characters_whatever_the_file() {
    let mut files = Vec::new();
    for dir in ["bad", "good", "strict"] {
        for entry in std::fs::read_dir(fixture(dir)).expect("fixtures") {
            files.push(entry.expect("entry").path());
        }
    }
    let files: Vec<&Path> = files.iter().map(std::path::PathBuf::as_path).collect();
    let (_, out) = check_with(&["--strict"], &files);
    for line in out.lines() {
        assert!(
            !line.chars().any(|c| c.is_control()
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
            "{line:?}"
        );
    }
    let control_in_id = fixture("bad/control-in-id.ron");
    let (_, out) = check(&[&control_in_id]);
    assert_eq!(out.lines().count(), 1, "one problem, one line: {out}");
}

/// The built-in dataset with `orphans` notes about rows it does not have, as a file's bytes.
fn with_orphans(orphans: usize) -> String {
    let time: jiff::Timestamp = "2026-11-23T10:00:00Z".parse().expect("time");
    let mut doc = mandate_compare::io::builtin().expect("built in");
    doc.annotations = (0..orphans)
        .map(|n| mandate_compare::model::Annotation {
            id: format!("a-{n:06}"),
            row: Some(format!("gone-{n}")),
            author: "Tester".to_owned(),
            created: time,
            modified: time,
            text: format!("Note {n}."),
            tags: Vec::new(),
            visibility: mandate_compare::model::Visibility::Shared,
            facts_changed: None,
        })
        .collect();
    mandate_compare::io::to_ron_string(&doc).expect("ron")
}

/// Where `check` placed problems before it had an index: a search of the whole text for each.
fn searched(text: &str, id: &str) -> (usize, usize) {
    let before = &text[..text.find(&format!("id: \"{id}\"")).expect("in the text")];
    let line = 1 + before.matches('\n').count();
    let column = 1 + before.chars().rev().take_while(|&c| c != '\n').count();
    (line, column)
}

/// Four times the orphans give the same lines for the first quarter, each at the place a
/// search of the text finds. That placing them is one pass over the text, whatever their
/// number, is measured by the `checking::check_orphans` benchmark, not asserted here.
#[test]
fn check_places_many_problems_where_a_search_finds_them() {
    const N: usize = 1_000;
    let small = with_orphans(N);
    let large = with_orphans(4 * N);
    let checked_small = cli::check_bytes(small.as_bytes(), "orphans.ron", false);
    let checked_large = cli::check_bytes(large.as_bytes(), "orphans.ron", false);
    for checked in [&checked_small, &checked_large] {
        assert!(checked.valid, "orphans are warnings");
    }
    assert_eq!(checked_small.lines.len(), N);
    assert_eq!(checked_large.lines.len(), 4 * N);
    assert_eq!(checked_small.lines[..], checked_large.lines[..N]);
    for n in [0, 1, N / 2, N - 1, 4 * N - 1] {
        let id = format!("a-{n:06}");
        let (line, column) = searched(&large, &id);
        assert_eq!(
            checked_large.lines[n],
            format!(
                "orphans.ron:{line}:{column}: warning: annotations[{id}]: is about the unknown \
                 row \"gone-{n}\"; it is kept and shown as an orphan"
            )
        );
    }
    let clean = with_orphans(0);
    let checked = cli::check_bytes(clean.as_bytes(), "clean.ron", false);
    assert_eq!((checked.valid, checked.lines.len()), (true, 0));
}

/// A note of 10 MB, with a direction override at its very end, about a row that is gone: the
/// file checks as valid with the two warnings, placed at the note.
#[test]
fn a_ten_megabyte_note_is_checked_in_one_pass() {
    let mut doc = mandate_compare::io::builtin().expect("built in");
    let time: jiff::Timestamp = "2026-11-23T10:00:00Z".parse().expect("time");
    let mut text = "Prishtinë / Приштина, \"quoted\" \\ and a new line.\n".repeat(200_000);
    text.push('\u{202E}');
    assert!(text.len() > 10_000_000);
    doc.annotations.push(mandate_compare::model::Annotation {
        id: "a-long".to_owned(),
        row: Some("gone".to_owned()),
        author: "Tester".to_owned(),
        created: time,
        modified: time,
        text,
        tags: Vec::new(),
        visibility: mandate_compare::model::Visibility::Shared,
        facts_changed: None,
    });
    let ron = mandate_compare::io::to_ron_string(&doc).expect("ron");
    let checked = cli::check_bytes(ron.as_bytes(), "long.ron", false);
    let (line, column) = searched(&ron, "a-long");
    let at = format!("long.ron:{line}:{column}: warning: annotations[a-long]: ");
    assert!(checked.valid);
    assert_eq!(checked.lines.len(), 2, "{:?}", checked.lines);
    assert!(checked.lines[0].starts_with(&at), "{}", checked.lines[0]);
    assert!(checked.lines[0].contains("is about the unknown row \"gone\""));
    assert!(checked.lines[1].starts_with(&at), "{}", checked.lines[1]);
    assert!(checked.lines[1].contains("U+202E (RIGHT-TO-LEFT OVERRIDE)"));
}

/// 100,000 tags on one note: valid, nothing to say.
#[test]
fn a_hundred_thousand_tags_on_one_note_check_clean() {
    let mut doc = mandate_compare::io::builtin().expect("built in");
    let time: jiff::Timestamp = "2026-11-23T10:00:00Z".parse().expect("time");
    doc.annotations.push(mandate_compare::model::Annotation {
        id: "a-tags".to_owned(),
        row: Some(doc.rows[0].id.clone()),
        author: "Tester".to_owned(),
        created: time,
        modified: time,
        text: "Tagged to the hilt.".to_owned(),
        tags: (0..100_000).map(|n| format!("tag-{n:06}")).collect(),
        visibility: mandate_compare::model::Visibility::Shared,
        facts_changed: None,
    });
    let ron = mandate_compare::io::to_ron_string(&doc).expect("ron");
    let checked = cli::check_bytes(ron.as_bytes(), "tags.ron", true);
    assert_eq!(
        (checked.valid, checked.lines.len()),
        (true, 0),
        "{:?}",
        checked.lines
    );
}

/// The index gives exactly the place a search of the text for `id: "…"` (or `field:`) gives:
/// the first, wherever it is (a comment too), the column in characters (not bytes), after a
/// byte order mark and `\r\n` line ends as the search counted them; an id the text writes with
/// escapes, which no search finds, is found by its value.
#[test]
fn positions_are_where_a_search_of_the_text_finds_them() {
    use mandate_compare::model::Problem;
    let text = "\u{feff}Document(\r\n  // id: \"early\" in a comment\r\n  format: 2,\r\n  \
                rows: [R(id: \"early\"), R(title: \"Приштина\", id: \"late\")],\r\n  \
                sources: [S(id: \"C:\\\\x\"), S(id: \"say \\\"hi\\\"\")],\r\n  \
                annotations: [],\r\n)";
    let places = [
        "rows[early]",
        "rows[late].events[2]",
        "format",
        "annotations[3]",
        "conflicts[0]",
        "sources[C:\\x]",
        "sources[say \"hi\"]",
        "rows[missing]",
    ];
    let problems: Vec<Problem> = places
        .iter()
        .map(|place| Problem::warning(*place, mandate_compare::model::ProblemKind::EmptyId))
        .collect();
    let positions = cli::Positions::new(text, &problems);
    let found: Vec<Option<(usize, usize)>> =
        places.iter().map(|place| positions.locate(place)).collect();
    assert_eq!(
        found,
        [
            Some((2, 6)),
            Some((4, 47)),
            Some((3, 3)),
            Some((6, 3)),
            None,
            Some((5, 15)),
            Some((5, 31)),
            None,
        ]
    );
    // The first four are where the search `check` used to make finds them.
    for (place, position) in places.iter().zip(&found).take(4) {
        let needle = match place.split_once('[') {
            Some(("annotations", _)) => "annotations:".to_owned(),
            Some((_, rest)) => format!("id: \"{}\"", rest.split(']').next().unwrap_or_default()),
            None => format!("{place}:"),
        };
        let before = &text[..text.find(&needle).expect("found")];
        let line = 1 + before.matches('\n').count();
        let column = 1 + before.chars().rev().take_while(|&c| c != '\n').count();
        assert_eq!(*position, Some((line, column)), "{place}");
    }
}

#[test]
fn export_writes_citations_and_a_qda_project() {
    let builtin = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/unmik-1244.ron");
    let run = |format: &str, out: Option<&Path>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_mandate-compare"));
        command.args(["export", "--format", format]).arg(&builtin);
        if let Some(out) = out {
            command.arg("-o").arg(out);
        }
        let output = command.output().expect("runs");
        assert_eq!(output.status.code(), Some(0), "{format}");
        output.stdout
    };
    let json: Vec<serde_json::Value> =
        serde_json::from_slice(&run("csl-json", None)).expect("a JSON array");
    assert_eq!(json[0]["number"], "S/RES/1244 (1999)");
    let bibtex = String::from_utf8(run("bibtex", None)).expect("utf-8");
    assert!(bibtex.contains("number = {S/RES/1244 (1999)}"), "{bibtex}");
    let dir = tempfile::tempdir().expect("temporary folder");
    let qdpx = dir.path().join("unmik.qdpx");
    run("qdpx", Some(&qdpx));
    assert!(
        std::fs::read(&qdpx)
            .expect("written")
            .starts_with(b"PK\x03\x04")
    );
}

/// `export … | head -c 300` printed "cannot write the output: Broken pipe": a reader that
/// stops reading is not an error, and the command says nothing about it.
#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read as _;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("doc.ron");
    let mut doc = mandate_compare::io::builtin().expect("built-in");
    // Large enough to fill the pipe's buffer, so a write meets the closed pipe.
    for row in &mut doc.rows {
        row.summary = row.summary.repeat(40);
    }
    mandate_compare::io::save_path(&doc, &file).expect("saves");
    let mut child = Command::new(env!("CARGO_BIN_EXE_mandate-compare"))
        .args([
            "export".as_ref(),
            "--format".as_ref(),
            "md".as_ref(),
            file.as_os_str(),
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let mut head = [0_u8; 300];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut head)
        .expect("300 bytes");
    // The pipe's reading end is closed here, as `head` closes it.
    let output = child.wait_with_output().expect("ends");
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!err.contains("Broken pipe"), "{err}");
    assert_eq!(output.status.code(), Some(0), "{err}");
}
