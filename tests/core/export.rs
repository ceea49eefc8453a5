//! Exports of the built-in dataset against golden files, and what each format promises.
//! `UPDATE_GOLDEN=1 cargo test --test core export::` rewrites the golden files after a
//! deliberate change; review the diff before committing it.

use std::path::{Path, PathBuf};
use std::process::Command;

use mandate_compare::export::{Format, Options, export};
use mandate_compare::io;
use mandate_compare::model::{Annotation, Document, Visibility};

fn builtin() -> Document {
    io::builtin().expect("the built-in dataset loads")
}

/// The built-in dataset with three notes: one shared with a comma, quotes and two lines, one
/// private, one on the whole document.
fn annotated() -> Document {
    let time: jiff::Timestamp = "2026-11-20T09:30:00Z".parse().expect("time");
    let note = |id: &str, row: Option<&str>, text: &str, visibility| Annotation {
        id: id.to_owned(),
        row: row.map(str::to_owned),
        author: "Ana Petrović".to_owned(),
        created: time,
        modified: time,
        text: text.to_owned(),
        tags: vec!["police".to_owned(), "to-check".to_owned()],
        visibility,
        facts_changed: None,
    };
    let mut doc = builtin();
    doc.annotations = vec![
        note(
            "a-01",
            Some("unmik-09"),
            "EULEX executive mandate ended in 2018, \"see S/2018/407\";\nsecond line",
            Visibility::Shared,
        ),
        note(
            "a-02",
            Some("unmik-09"),
            "Private: ask the OSCE about this",
            Visibility::Private,
        ),
        note(
            "a-03",
            None,
            "Compare with *PA-X* | later",
            Visibility::Shared,
        ),
    ];
    doc
}

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

fn assert_golden(name: &str, bytes: &[u8]) {
    let path = golden(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, bytes).expect("writes the golden file");
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; run UPDATE_GOLDEN=1 cargo test --test core export::",
            path.display()
        )
    });
    if expected != bytes {
        let actual = path.with_extension(format!(
            "actual.{}",
            path.extension().and_then(|e| e.to_str()).unwrap_or("txt")
        ));
        std::fs::write(&actual, bytes).ok();
        panic!(
            "{name} differs from the golden file; the new output is in {}; if the change is \
             intended, run UPDATE_GOLDEN=1 cargo test --test core export::",
            actual.display()
        );
    }
}

fn export_str(doc: &Document, format: Format, include_private: bool) -> String {
    let bytes = export(doc, format, Options { include_private }).expect("exports");
    String::from_utf8(bytes).expect("utf-8")
}

#[test]
fn each_export_of_the_built_in_dataset_matches_its_golden_file() {
    let doc = builtin();
    for (format, name) in [
        (Format::Markdown, "unmik-1244.md"),
        (Format::Csv, "unmik-1244.csv"),
        (Format::Html, "unmik-1244.html"),
    ] {
        assert_golden(name, export_str(&doc, format, false).as_bytes());
    }
    assert_golden(
        "unmik-1244-notes.csv",
        export_str(&annotated(), Format::AnnotationsCsv, true).as_bytes(),
    );
    assert_golden(
        "unmik-1244-notes.md",
        export_str(&annotated(), Format::Markdown, false).as_bytes(),
    );
}

#[test]
fn the_csv_parses_back_to_19_rows_with_every_1999_text() {
    let doc = builtin();
    let csv = export_str(&doc, Format::Csv, false);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "id",
            "presence",
            "number",
            "paragraph",
            "title",
            "original_text",
            "status",
            "as_of",
            "holders",
            "own_status",
            "own_holders",
            "summary",
            "annotations",
            "original_from"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("record")).collect();
    assert_eq!(records.len(), 19);
    for (record, row) in records.iter().zip(&doc.rows) {
        assert_eq!(&record[0], row.id);
        assert_eq!(&record[3], row.paragraph);
        assert_eq!(
            &record[5], row.original,
            "texts with commas and quotes survive"
        );
        assert_eq!(&record[6], row.status.label());
    }
}

#[test]
fn private_notes_are_left_out_unless_asked_for() {
    let doc = annotated();
    for format in [Format::Markdown, Format::Html, Format::AnnotationsCsv] {
        let public = export_str(&doc, format, false);
        assert!(
            !public.contains("ask the OSCE"),
            "{format:?} leaks a private note"
        );
        assert!(public.contains("EULEX executive mandate"), "{format:?}");
        let all = export_str(&doc, format, true);
        assert!(
            all.contains("ask the OSCE"),
            "{format:?} with private notes"
        );
    }
    // The note count column counts what the reader gets.
    let count = |include_private| {
        let csv = export_str(&doc, Format::Csv, include_private);
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let record = reader
            .records()
            .map(|r| r.expect("record"))
            .find(|r| &r[0] == "unmik-09")
            .expect("unmik-09");
        record[12].to_owned()
    };
    assert_eq!((count(false).as_str(), count(true).as_str()), ("1", "2"));
}

#[test]
fn the_notes_csv_round_trips_text_with_commas_quotes_and_new_lines() {
    let doc = annotated();
    let csv = export_str(&doc, Format::AnnotationsCsv, true);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let texts: Vec<String> = reader
        .records()
        .map(|r| r.expect("record")[8].to_owned())
        .collect();
    let expected: Vec<&str> = doc.annotations.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, expected);
}

#[test]
fn the_html_page_is_self_contained_with_status_words_and_safe_links() {
    let mut doc = annotated();
    doc.annotations[0].text = "<script>alert(1)</script>".to_owned();
    doc.sources[0].url = Some("javascript:alert(1)".to_owned());
    let html = export_str(&doc, Format::Html, false);
    for external in ["<link", "<script", "src=\"http", "@import", "url("] {
        assert!(!html.contains(external), "found {external:?}");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("href=\"javascript"));
    assert!(html.contains("@media print"));
    assert!(html.contains(">Contested</span>") && html.contains(">Transferred</span>"));
    assert!(html.contains("<a href=\"https://"));
}

#[test]
fn markdown_escapes_what_it_would_read_as_formatting() {
    let md = export_str(&annotated(), Format::Markdown, false);
    assert!(md.contains(r"Compare with \*PA-X\* \| later"), "{md}");
    // A two-line note stays inside its list item.
    assert!(md.contains("\"see S/2018/407\";\n  second line"));
}

fn run(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_mandate-compare"))
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.code().expect("exit code"),
        String::from_utf8(output.stdout).expect("utf-8"),
        String::from_utf8(output.stderr).expect("utf-8"),
    )
}

#[test]
fn the_export_command_writes_to_standard_output_or_a_file() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/unmik-1244.ron");
    let data = data.to_str().expect("utf-8 path");
    let (code, stdout, _) = run(&["export", "--format", "md", data]);
    assert_eq!(code, 0);
    assert_eq!(stdout, export_str(&builtin(), Format::Markdown, false));

    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("notes.csv");
    let out_str = out.to_str().expect("utf-8 path");
    let (code, stdout, _) = run(&[
        "export",
        "--format",
        "csv",
        "--annotations",
        "--include-private",
        data,
        "-o",
        out_str,
    ]);
    assert_eq!((code, stdout.as_str()), (0, ""));
    assert!(
        std::fs::read_to_string(&out)
            .expect("written")
            .starts_with("id,row,")
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("dir").count(),
        1,
        "no temporary or backup file is left"
    );

    let (code, _, stderr) = run(&["export", "--format", "html", "--annotations", data]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--annotations goes with --format csv"),
        "{stderr}"
    );
    let (code, _, stderr) = run(&["export", "--format", "pdf", data]);
    assert_eq!(code, 2);
    assert!(stderr.contains("md, csv, html"), "{stderr}");
    let (code, _, stderr) = run(&["export", "--format", "md", "/no/such/file.ron"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("/no/such/file.ron"), "{stderr}");
}
