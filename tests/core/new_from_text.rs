//! `mandate-compare new --from-text FILE -o OUT.ron`, run as a real process: the rows, their
//! pinpoints, the quoted words and where they come from, and a document `check` accepts.

use std::path::{Path, PathBuf};

use mandate_compare::io::load_path;
use mandate_compare::model::{PartialDate, Status, TextKind};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/resolutions")
        .join(name)
}

fn run(args: &[&str]) -> (i32, String) {
    let output = crate::mandate_compare().args(args).output().expect("runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().expect("exit code"), text)
}

fn new_from(text: &Path, out: &Path, extra: &[&str]) -> (i32, String) {
    let mut args = vec![
        "new",
        "--from-text",
        text.to_str().expect("path"),
        "-o",
        out.to_str().expect("path"),
    ];
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn every_subparagraph_becomes_an_unassessed_row_quoting_the_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("473.ron");
    let text = fixture("S_RES_0473_1980_EN_GOLD.txt");
    let (code, said) = new_from(&text, &out, &["--presence", "Apartheid (1980)"]);
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("17 rows"), "{said}");

    let doc = load_path(&out).expect("loads");
    assert_eq!(doc.original.label, "S/RES/473 (1980)");
    assert_eq!(
        doc.original.date,
        PartialDate::ymd(1980, 6, 13).expect("date")
    );
    assert_eq!(doc.presences[0].id, "apartheid-1980");
    let paragraphs: Vec<&str> = doc.rows.iter().map(|r| r.paragraph.as_str()).collect();
    assert_eq!(
        &paragraphs[5..12],
        ["6", "7 (a)", "7 (b)", "7 (c)", "7 (d)", "7 (e)", "8"]
    );
    let row = &doc.rows[7];
    assert_eq!(row.id, "apartheid-1980-08");
    assert_eq!(
        row.original,
        "Cessation forthwith of its indiscriminate violence against peaceful demonstrators \
         against apartheid, murders in detention and torture of political prisoners;"
    );
    assert!(
        doc.rows
            .iter()
            .all(|r| r.status == Status::NotAssessed && r.sources.is_empty())
    );
    let from = row
        .original_from
        .as_ref()
        .expect("says where its text comes from");
    assert_eq!(from.kind, TextKind::Verbatim);
    let source = doc
        .source(&from.source)
        .expect("the source is in the document");
    assert_eq!(source.title, "S_RES_0473_1980_EN_GOLD.txt");
    assert_eq!(source.symbol.as_deref(), Some("S/RES/473 (1980)"));

    let (code, said) = run(&["check", out.to_str().expect("path")]);
    assert_eq!((code, said.as_str()), (0, ""));
    // Rows not assessed claim nothing about today: the curators' rules ask no date of a check
    // and no phases of them, until a row is given a status.
    let (code, said) = run(&["check", "--strict", out.to_str().expect("path")]);
    assert_eq!(code, 0, "{said}");
    assert!(!said.contains("error"), "{said}");
    let mut assessed = doc.clone();
    assessed.rows[7].status = Status::Ongoing;
    let places: Vec<String> = assessed
        .curation_problems()
        .iter()
        .map(|p| mandate_compare::i18n::problem(mandate_compare::i18n::Language::En, p))
        .collect();
    assert_eq!(
        places,
        [
            "error: rows[apartheid-1980-08]: says not when its status was checked (as_of)",
            "error: rows[apartheid-1980-08]: has no phases (who held it when)",
        ]
    );
}

#[test]
fn a_text_without_a_date_needs_one_and_nothing_is_written_without_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("fr.ron");
    let text = fixture("s-res-1244-fr-p45-extract.txt");
    let (code, said) = new_from(&text, &out, &[]);
    assert_eq!(code, 2);
    assert!(
        said.contains("no date of adoption") && said.contains("--date"),
        "{said}"
    );
    assert!(!out.exists());

    let (code, said) = new_from(
        &text,
        &out,
        &["--date", "1999-06-10", "--presence", "MINUK"],
    );
    assert_eq!(code, 0, "{said}");
    let doc = load_path(&out).expect("loads");
    let paragraphs: Vec<&str> = doc.rows.iter().map(|r| r.paragraph.as_str()).collect();
    assert_eq!(
        paragraphs,
        ["10", "11 (a)", "11 (b)", "11 (c)", "11 (d)", "11 (e)"]
    );
    assert_eq!(
        doc.rows[1].title,
        "Faciliter, en attendant un règlement définitif, l’instauration au…"
    );

    // An existing file is never overwritten.
    let before = std::fs::read(&out).expect("written");
    let (code, said) = new_from(&fixture("S_RES_0425_1978_EN_GOLD.txt"), &out, &[]);
    assert_eq!(code, 2);
    assert!(said.contains("exists already"), "{said}");
    assert_eq!(std::fs::read(&out).expect("still there"), before);
}

#[test]
fn bad_input_is_named_by_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = dir.path().join("latin1.txt");
    std::fs::write(
        &text,
        b"Resolution 1 (1946)\nof 25 January 1946\nR\xe9solution\n",
    )
    .expect("write");
    let out = dir.path().join("out.ron");
    let (code, said) = new_from(&text, &out, &[]);
    assert_eq!(code, 2);
    assert!(
        said.contains("latin1.txt:3:2: expected UTF-8 text"),
        "{said}"
    );

    let prose = dir.path().join("prose.txt");
    std::fs::write(&prose, "The Security Council,\n\nNoting things,\n").expect("write");
    let (code, said) = new_from(&prose, &out, &["--date", "2000-01-01"]);
    assert_eq!(code, 2);
    assert!(said.contains("found no operative paragraph"), "{said}");
    assert!(!out.exists());
}

#[test]
fn a_new_comparison_exports_in_every_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("186.ron");
    let (code, said) = new_from(
        &fixture("S_RES_0186_1964_EN_GOLD.txt"),
        &out,
        &["--presence", "UNFICYP"],
    );
    assert_eq!(code, 0, "{said}");
    for format in mandate_compare::export::Format::ALL {
        if format == mandate_compare::export::Format::AnnotationsCsv {
            continue;
        }
        let target = dir.path().join(format!("export.{}", format.name()));
        let (code, said) = run(&[
            "export",
            "--format",
            format.name(),
            out.to_str().expect("path"),
            "-o",
            target.to_str().expect("path"),
        ]);
        assert_eq!(code, 0, "{}: {said}", format.name());
        let written = std::fs::read(&target).expect("written");
        if format == mandate_compare::export::Format::Markdown {
            let text = String::from_utf8(written).expect("utf-8");
            assert!(text.contains("Not assessed"), "{text}");
            assert!(text.contains("to use its best efforts to prevent a recurrence of fighting"));
        }
    }
}

#[test]
fn a_paragraph_can_belong_to_another_presence() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("two.ron");
    let text = fixture("S_RES_0473_1980_EN_GOLD.txt");
    let (code, said) = new_from(
        &text,
        &out,
        &["--presence", "Council", "--presence-of", "7=Measures"],
    );
    assert_eq!(code, 0, "{said}");
    let doc = load_path(&out).expect("loads");
    let ids: Vec<&str> = doc.presences.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["council", "measures"]);
    let rows: Vec<(&str, &str, u32)> = doc
        .rows
        .iter()
        .map(|r| (r.paragraph.as_str(), r.presence.as_str(), r.number))
        .collect();
    assert_eq!(rows[5], ("6", "council", 6));
    assert_eq!(rows[6], ("7 (a)", "measures", 1));
    assert_eq!(rows[10], ("7 (e)", "measures", 5));
    assert_eq!(rows[11], ("8", "council", 7));
    assert_eq!(doc.rows[11].id, "council-07");
    let (code, said) = run(&["check", out.to_str().expect("path")]);
    assert_eq!((code, said.as_str()), (0, ""));

    let (code, said) = new_from(
        &text,
        &dir.path().join("bad.ron"),
        &["--presence-of", "seven=X"],
    );
    assert_eq!(code, 2);
    assert!(said.contains("expected a paragraph number"), "{said}");
}
