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
    let bytes = export(
        doc,
        format,
        Options {
            include_private,
            ..Options::default()
        },
    )
    .expect("exports");
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
        assert_eq!(&record[6], en(row.status));
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
    // A two-line note stays inside its list item, its line break a hard one.
    assert!(md.contains("\"see S/2018/407\";\\\n  second line"), "{md}");
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

// ---------------------------------------------------------------------------------------------
// Exports as their readers take them: spreadsheets, Markdown readers, screen readers, XML.

/// A note with what spreadsheets, Markdown and XML readers give a meaning to, on `row`.
fn hostile_note(id: &str, row: Option<&str>, text: &str, tags: &[&str]) -> Annotation {
    let time: jiff::Timestamp = "2026-11-20T09:30:00Z".parse().expect("time");
    Annotation {
        id: id.to_owned(),
        row: row.map(str::to_owned),
        author: "O'Brien, \"Pat\"".to_owned(),
        created: time,
        modified: time,
        text: text.to_owned(),
        tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        visibility: Visibility::Shared,
        facts_changed: None,
    }
}

/// The notes that planted a formula in LibreOffice Calc, and a row title that would.
fn formulas() -> Document {
    let mut doc = builtin();
    doc.rows[0].title = "=cmd|' /C calc'!A0".to_owned();
    doc.annotations = vec![
        hostile_note(
            "f-1",
            Some("unmik-01"),
            "=HYPERLINK(\"http://x\",\"click\")",
            &["=tag", "formula"],
        ),
        hostile_note("f-2", Some("unmik-01"), "+1+2", &[]),
        hostile_note("f-3", Some("unmik-01"), "-2+3", &[]),
        hostile_note("f-4", None, "@SUM(A1:A2)", &[]),
        hostile_note("f-5", None, "\tTAB", &[]),
        hostile_note("f-6", None, "\r=1", &[]),
        hostile_note("f-7", None, "a = b, not a formula", &[]),
    ];
    doc
}

fn csv_records(csv: &[u8]) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(csv)
        .records()
        .map(|r| r.expect("a record"))
        .collect()
}

#[test]
fn csv_cells_a_spreadsheet_would_run_as_formulas_read_as_text() {
    let doc = formulas();
    let options = |raw_csv| Options {
        include_private: true,
        raw_csv,
    };
    let notes = export(&doc, Format::AnnotationsCsv, options(false)).expect("exports");
    let records = csv_records(&notes);
    let texts: Vec<&str> = records.iter().map(|r| &r[8]).collect();
    assert_eq!(
        texts,
        [
            "'=HYPERLINK(\"http://x\",\"click\")",
            "'+1+2",
            "'-2+3",
            "'@SUM(A1:A2)",
            "'\tTAB",
            "'\r=1",
            "a = b, not a formula"
        ]
    );
    assert_eq!(&records[0][7], "'=tag, formula", "the tags cell too");
    assert_eq!(
        &records[0][3], "O'Brien, \"Pat\"",
        "other cells as they are"
    );
    let rows = export(&doc, Format::Csv, options(false)).expect("exports");
    assert_eq!(&csv_records(&rows)[0][4], "'=cmd|' /C calc'!A0");

    // Scripts get the exact text when they ask for it.
    let raw = export(&doc, Format::AnnotationsCsv, options(true)).expect("exports");
    let raw: Vec<String> = csv_records(&raw).iter().map(|r| r[8].to_owned()).collect();
    let written: Vec<&str> = doc.annotations.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(raw, written);
}

#[test]
fn the_raw_csv_option_reaches_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("formulas.ron");
    io::save_path(&formulas(), &file).expect("saved");
    let file = file.to_str().expect("utf-8 path");
    let (code, guarded, _) = run(&["export", "--format", "csv", "--annotations", file]);
    assert_eq!(code, 0);
    assert!(guarded.contains("'+1+2"), "{guarded}");
    let (code, raw, _) = run(&[
        "export",
        "--format",
        "csv",
        "--annotations",
        "--raw-csv",
        file,
    ]);
    assert_eq!(code, 0);
    assert!(raw.contains("\n+1+2") || raw.contains(",+1+2"), "{raw}");
}

/// Text a Markdown reader would read as markup if it were not escaped, line by line.
const MARKDOWN_HOSTILE: &str = "&amp; &lt; &eacute; H~2~O 2^10^ ~~struck~~ $x+y$ @s-res-1244\n\
1. not a list\n\
- not a bullet\n\
+ nor this\n\
# not a heading\n\
> not a quote\n\
(a) nor a letter list\n\
---\n\
title: not YAML\n\
...\n\
    not code\n\
`not code` *not em* _not em_ [not](a link) <b>not bold</b> \\not tex {#id} | pipe\n\
===\n\
\n\
after an empty line\r\nafter a CR LF\rafter a CR";

/// The document's Markdown rendered to HTML by a CommonMark parser (with the GFM tables the
/// export writes).
fn markdown_html(doc: &Document) -> String {
    let md = export_str(doc, Format::Markdown, false);
    let parser = pulldown_cmark::Parser::new_ext(&md, pulldown_cmark::Options::ENABLE_TABLES);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    html
}

/// Text as pulldown-cmark's HTML writer escapes it.
fn html_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn markdown_says_what_the_note_says_to_a_commonmark_reader() {
    let mut doc = builtin();
    doc.annotations = vec![hostile_note(
        "m-1",
        Some("unmik-09"),
        MARKDOWN_HOSTILE,
        &["x*y"],
    )];
    let plain = markdown_html(&builtin());
    let html = markdown_html(&doc);
    // Every line comes back as the words it is, each after a hard line break.
    for line in MARKDOWN_HOSTILE
        .split(['\n', '\r'])
        .filter(|l| !l.is_empty())
    {
        let line = html_text(line.trim());
        assert!(
            html.contains(&format!("<br />\n{line}")),
            "{line:?} is not its own line:\n{html}"
        );
    }
    // No markup came from the note: the page has the same elements as without it, plus
    // the list of notes and its heading.
    let count = |html: &str, tag: &str| html.matches(tag).count();
    for tag in [
        "<h1",
        "<h2",
        "<ol",
        "<pre",
        "<code",
        "<blockquote",
        "<hr",
        "<a ",
        "<b>",
        "<table",
    ] {
        assert_eq!(count(&html, tag), count(&plain, tag), "{tag}");
    }
    assert_eq!(count(&html, "<h3>Notes</h3>"), 1);
    assert_eq!(
        count(&html, "<em>"),
        count(&plain, "<em>") + 2,
        "author and tags only"
    );
}

#[test]
fn markdown_keeps_every_dataset_text_inside_its_block() {
    let mut doc = builtin();
    let injected = "\n---\ntitle: injected\ncss: http://x/y.css\n---\n# Heading\n\n- item";
    doc.title.push_str(injected);
    doc.rows[0].title.push_str(injected);
    doc.rows[0].summary.push_str(injected);
    doc.rows[0].original.push_str(injected);
    doc.rows[0].events[0].text.push_str(injected);
    doc.holders[0].name.push_str(injected);
    doc.holders[0].short.push_str(injected);
    doc.sources[0].title.push_str(injected);
    let plain = markdown_html(&builtin());
    let html = markdown_html(&doc);
    let count = |html: &str, tag: &str| html.matches(tag).count();
    for tag in [
        "<h1",
        "<h2",
        "<h3",
        "<ul",
        "<li",
        "<hr",
        "<table",
        "<p>",
        "<blockquote",
    ] {
        assert_eq!(count(&html, tag), count(&plain, tag), "{tag}");
    }
    assert!(html.contains("title: injected"));
}

#[test]
fn every_badge_and_label_has_aa_contrast_and_the_page_a_main_landmark() {
    use mandate_compare::draw::palette::{contrast_ratio, dark_text_on, status_rgb};
    use mandate_compare::model::Status;
    for status in Status::ALL {
        let fill = status_rgb(status);
        let ink = if dark_text_on(fill) {
            [0; 3]
        } else {
            [0xff; 3]
        };
        let ratio = contrast_ratio(fill, ink);
        assert!(ratio >= 4.5, "{status:?}: {ratio:.2}:1");
    }
    let html = export_str(&annotated(), Format::Html, false);
    let hex = |text: &str| -> [u8; 3] {
        let n = u32::from_str_radix(text, 16).expect("a hex colour");
        [(n >> 16) as u8, (n >> 8) as u8, n as u8]
    };
    let pairs = regex_lite::Regex::new(r"background:#([0-9a-f]{6});color:#([0-9a-f]{6})")
        .expect("a pattern");
    let mut badges = 0;
    for pair in pairs.captures_iter(&html) {
        let ratio = contrast_ratio(hex(&pair[1]), hex(&pair[2]));
        assert!(ratio >= 4.5, "{} on {}: {ratio:.2}:1", &pair[2], &pair[1]);
        badges += 1;
    }
    assert!(badges >= 38, "every row's badge twice: {badges}");
    // The timeline's words on its bars: in the ink of their status (checked above).
    let labels = regex_lite::Regex::new(r#"<text [^>]*fill="(#[0-9a-f]+)" pointer-events"#)
        .expect("a pattern");
    let inks: std::collections::BTreeSet<&str> = labels
        .captures_iter(&html)
        .map(|c| c.get(1).expect("ink").as_str())
        .collect();
    assert!(
        !inks.is_empty() && inks.iter().all(|ink| ["#000000", "#ffffff"].contains(ink)),
        "{inks:?}"
    );
    let body = html.split("<body>\n").nth(1).expect("a body");
    assert!(body.starts_with("<main>\n"), "{}", &body[..40]);
    assert!(body.ends_with("</main>\n</body>\n</html>\n"));
    assert_eq!(html.matches("<main>").count(), 1);
}

/// Characters XML forbids or Unicode calls non-characters, in one text.
const UNREADABLE: &str = "a\u{FFFE}b\u{FFFF}c\u{1}d\u{FDD0}e\u{1FFFF}f\u{7F}g";

#[test]
fn every_export_replaces_characters_no_reader_takes_and_counts_them() {
    use mandate_compare::export::{is_unreadable, unreadable_characters};
    let mut doc = annotated();
    doc.annotations[0].text = format!("{UNREADABLE}\r\nkept: tab\tand CR");
    doc.rows[0].title = UNREADABLE.to_owned();
    doc.sources[0].title = UNREADABLE.to_owned();
    doc.holders[0].name = UNREADABLE.to_owned();
    assert_eq!(unreadable_characters(&doc), 4 * 6);
    assert_eq!(unreadable_characters(&builtin()), 0);
    for format in Format::ALL {
        let bytes = export(
            &doc,
            format,
            Options {
                include_private: true,
                ..Options::default()
            },
        )
        .expect("exports");
        let texts: Vec<String> = if format == Format::Qdpx {
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
            (0..zip.len())
                .map(|i| {
                    let mut text = String::new();
                    std::io::Read::read_to_string(&mut zip.by_index(i).expect("entry"), &mut text)
                        .expect("UTF-8");
                    text
                })
                .collect()
        } else {
            vec![String::from_utf8(bytes).expect("UTF-8")]
        };
        for text in &texts {
            let bad: Vec<char> = text.chars().filter(|c| is_unreadable(*c)).collect();
            assert!(bad.is_empty(), "{format:?}: {bad:?}");
        }
        if format == Format::Qdpx {
            let qde = roxmltree::Document::parse(&texts[0]).expect("well-formed XML");
            let note = qde
                .descendants()
                .find(|n| n.has_tag_name("PlainTextContent"))
                .and_then(|n| n.text())
                .expect("the note's text");
            assert!(
                note.ends_with("\r\nkept: tab\tand CR"),
                "CR and tab kept: {note:?}"
            );
        }
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("unreadable.ron");
    io::save_path(&doc, &file).expect("saved");
    let (code, _, stderr) = run(&[
        "export",
        "--format",
        "bibtex",
        file.to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0);
    assert!(stderr.contains("24 character(s)"), "{stderr}");
}

/// A status's English word.
fn en(status: mandate_compare::model::Status) -> String {
    mandate_compare::i18n::status_label(mandate_compare::i18n::Language::En, status)
}
