//! The exports in the interface's other languages: headings, labels and status words
//! translated, the dataset's texts as they are; `mandate-compare export --lang`.

use std::path::Path;

use mandate_compare::export::{Format, Options, export, export_in};
use mandate_compare::i18n::{Language, status_label};
use mandate_compare::io;
use mandate_compare::model::{Annotation, Assessment, Document, Status, Visibility};

/// The built-in dataset with a shared and a private note and an own assessment, so that every
/// heading of the Markdown and HTML exports shows.
fn annotated() -> Document {
    let time: jiff::Timestamp = "2026-11-20T09:30:00Z".parse().expect("time");
    let mut doc = io::builtin().expect("the built-in dataset loads");
    let note = |id: &str, row: Option<&str>, visibility| Annotation {
        id: id.to_owned(),
        row: row.map(str::to_owned),
        author: "Ana Petrović".to_owned(),
        created: time,
        modified: time,
        text: "A note".to_owned(),
        tags: vec!["police".to_owned()],
        visibility,
        facts_changed: None,
    };
    doc.annotations = vec![
        note("a-01", Some("unmik-09"), Visibility::Shared),
        note("a-02", Some("unmik-09"), Visibility::Private),
        note("a-03", None, Visibility::Shared),
        note("a-04", Some("kfor-99"), Visibility::Shared),
    ];
    doc.rows[0].assessment = Some(Assessment {
        status: Status::Contested,
        holders: Vec::new(),
        author: "Ana Petrović".to_owned(),
        modified: time,
    });
    doc
}

fn export_text(doc: &Document, format: Format, lang: Language) -> String {
    let options = Options {
        include_private: true,
        ..Options::default()
    };
    String::from_utf8(export_in(doc, format, options, lang).expect("exports")).expect("utf-8")
}

/// Every heading and label the Markdown and HTML exports write, in English.
const ENGLISH_WORDS: &[&str] = &[
    "Then:",
    "Now:",
    "Held today by",
    "Who held it when",
    "What happened",
    "Positions",
    "Sources",
    "Notes on the whole comparison",
    "Notes about rows not in this document",
    "Who held what, when",
    "Own assessment",
    "(private)",
    "Tags:",
    "as of",
    "held by",
];

/// The messages whose words each export must carry in `lang`.
const HEADINGS: &[&str] = &[
    "export-held-today",
    "export-who-held-when",
    "export-what-happened",
    "export-positions",
    "export-sources",
    "export-notes-whole",
    "export-notes-orphans",
    "glossary-own-assessment",
    "glossary-responsibility",
];

#[test]
fn english_is_the_default_and_unchanged() {
    let doc = annotated();
    for format in Format::ALL {
        let options = Options::default();
        assert_eq!(
            export(&doc, format, options).expect("exports"),
            export_in(&doc, format, options, Language::En).expect("exports"),
            "{format:?}"
        );
    }
}

#[test]
fn markdown_and_html_carry_the_translated_headings_and_status_words() {
    let doc = annotated();
    for lang in [Language::Sq, Language::SrLatn, Language::SrCyrl] {
        for format in [Format::Markdown, Format::Html] {
            let text = export_text(&doc, format, lang);
            for id in HEADINGS {
                let word = lang.t(id);
                assert!(text.contains(&word), "{lang} {format:?}: no {id} ({word})");
            }
            for status in Status::ALL {
                if doc.rows.iter().any(|r| r.status == status) {
                    let word = status_label(lang, status);
                    assert!(text.contains(&word), "{lang} {format:?}: no {word}");
                }
            }
            for english in ENGLISH_WORDS {
                assert!(
                    !text.contains(english),
                    "{lang} {format:?}: English {english:?} left"
                );
            }
            for status in Status::ALL {
                let english = format!(">{}<", en(status));
                assert!(
                    !text.contains(&english),
                    "{lang} {format:?}: {english} left"
                );
            }
            // The dataset's texts stay as they are.
            assert!(text.contains("UNMIK"), "{lang} {format:?}");
        }
    }
}

#[test]
fn the_html_page_says_its_language() {
    let doc = annotated();
    for lang in Language::ALL {
        let html = export_text(&doc, Format::Html, lang);
        assert!(
            html.contains(&format!("<html lang=\"{}\">", lang.code())),
            "{lang}"
        );
    }
}

#[test]
fn csv_translates_status_words_but_not_column_names() {
    let doc = annotated();
    let csv = export_text(&doc, Format::Csv, Language::SrCyrl);
    assert!(csv.starts_with("id,presence,number,paragraph,title,original_text,status,"));
    let status = status_label(Language::SrCyrl, doc.rows[0].status);
    assert!(
        csv.lines().nth(1).expect("a row").contains(&status),
        "{status}"
    );
    let notes = export_text(&doc, Format::AnnotationsCsv, Language::Sq);
    assert!(notes.starts_with("id,row,responsibility,author,created,modified,visibility,"));
    assert!(notes.contains(&mandate_compare::i18n::visibility_label(
        Language::Sq,
        Visibility::Private
    )));
}

#[test]
fn the_cited_sources_note_and_the_code_book_are_translated() {
    let doc = annotated();
    let secondary = Language::Sq.t("glossary-secondary-source");
    if doc
        .sources
        .iter()
        .any(|s| s.kind == mandate_compare::model::SourceKind::Secondary)
    {
        assert!(export_text(&doc, Format::Bibtex, Language::Sq).contains(&secondary));
        assert!(export_text(&doc, Format::CslJson, Language::Sq).contains(&secondary));
    }
}

fn run(args: &[&str]) -> (i32, Vec<u8>, String) {
    let output = crate::mandate_compare().args(args).output().expect("runs");
    (
        output.status.code().expect("exit code"),
        output.stdout,
        String::from_utf8(output.stderr).expect("utf-8"),
    )
}

#[test]
fn the_export_command_takes_a_language() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/unmik-1244.ron");
    let data = data.to_str().expect("utf-8 path");
    let doc = io::builtin().expect("built-in");
    let (code, stdout, stderr) = run(&["export", "--format", "md", "--lang", "sr-Cyrl", data]);
    assert_eq!(code, 0, "{stderr}");
    let expected =
        export_in(&doc, Format::Markdown, Options::default(), Language::SrCyrl).expect("exports");
    assert_eq!(stdout, expected);
    let text = String::from_utf8(stdout).expect("utf-8");
    assert!(text.contains(&Language::SrCyrl.t("export-held-today")));
    assert!(text.contains("Носиоци данас"), "not in Cyrillic");

    let (code, stdout, _) = run(&["export", "--format", "md", data]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        export(&doc, Format::Markdown, Options::default()).expect("exports")
    );

    let (code, stdout, stderr) = run(&["export", "--format", "md", "--lang", "xx", data]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    for code in ["en", "sq", "sr-Latn", "sr-Cyrl"] {
        assert!(stderr.contains(code), "{code} not listed: {stderr}");
    }
}

/// A status's English word.
fn en(status: mandate_compare::model::Status) -> String {
    mandate_compare::i18n::status_label(mandate_compare::i18n::Language::En, status)
}
