//! RON in and out: round trips, deterministic bytes, and clear errors.

use mandate_compare::io::{self, LoadError};
use mandate_compare::model::{Annotation, Document, Severity, Visibility};

fn builtin() -> Document {
    io::builtin().expect("the built-in dataset loads")
}

fn note(id: &str, row: &str, text: &str) -> Annotation {
    let time: jiff::Timestamp = "2026-11-23T10:00:00Z".parse().expect("time");
    Annotation {
        id: id.to_owned(),
        row: Some(row.to_owned()),
        author: "Tester".to_owned(),
        created: time,
        modified: time,
        text: text.to_owned(),
        tags: vec!["police".to_owned()],
        visibility: Visibility::Private,
        facts_changed: None,
    }
}

#[test]
fn builtin_round_trips_and_saves_byte_stable() {
    let doc = builtin();
    let first = io::to_ron_string(&doc).expect("serialises");
    let again = io::load_bytes(first.as_bytes(), "first").expect("reloads");
    assert_eq!(again, doc);
    let second = io::to_ron_string(&again).expect("serialises");
    assert_eq!(
        first, second,
        "saving the same document twice gives the same bytes"
    );
    assert!(!first.contains('\r'), "line ends are \\n");
}

#[test]
fn annotations_are_written_in_id_order_whatever_the_order_in_memory() {
    let mut a = builtin();
    a.annotations = vec![
        note("a-2", "unmik-09", "second"),
        note("a-1", "kfor-01", "first"),
    ];
    let mut b = a.clone();
    b.annotations.reverse();
    let text = io::to_ron_string(&a).expect("serialises");
    assert_eq!(text, io::to_ron_string(&b).expect("serialises"));
    assert!(text.find("\"a-1\"") < text.find("\"a-2\""));
}

#[test]
fn hard_text_survives_a_round_trip() {
    let mut doc = builtin();
    let text =
        "Quotes \" and \\ backslashes,\nnew lines,\ttabs, emoji 🕊️, Prishtinë / Приштина, עברית";
    doc.annotations.push(note("a-x", "unmik-09", text));
    let saved = io::to_ron_string(&doc).expect("serialises");
    let loaded = io::load_bytes(saved.as_bytes(), "hard").expect("reloads");
    assert_eq!(loaded.annotations[0].text, text);
}

#[test]
fn save_then_open_from_disk_keeps_everything_and_keeps_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notes.ron");
    let mut doc = builtin();
    io::save_path(&doc, &path).expect("first save");
    assert!(
        !io::backup_path(&path).exists(),
        "no backup before a second save"
    );
    let first_bytes = std::fs::read(&path).expect("read");

    doc.annotations
        .push(note("a-1", "kfor-03", "check KFOR numbers"));
    io::save_path(&doc, &path).expect("second save");
    assert_eq!(
        std::fs::read(io::backup_path(&path)).expect("backup"),
        first_bytes
    );
    assert_eq!(io::load_path(&path).expect("loads"), doc);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn a_failed_save_leaves_the_file_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The target is a folder.
    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).expect("mkdir");
    let error = io::save_path(&builtin(), &folder).expect_err("cannot save over a folder");
    assert!(error.to_string().contains("folder.ron"), "{error}");
    // The folder does not exist.
    let missing = dir.path().join("no-such-folder").join("x.ron");
    let error = io::save_path(&builtin(), &missing).expect_err("no folder");
    assert!(error.to_string().contains("x.ron"), "{error}");
    assert!(!missing.exists());
}

#[test]
fn errors_name_the_file_line_and_column() {
    let good = io::to_ron_string(&builtin()).expect("serialises");
    // Break the status of the first row: an unknown variant.
    let bad = good.replacen("status: Contested", "status: Unclear", 1);
    let error = io::load_bytes(bad.as_bytes(), "colleague.ron").expect_err("unknown status");
    let (line, column) = error.position().expect("a position");
    let expected_line = 1 + bad[..bad.find("Unclear").expect("found")]
        .matches('\n')
        .count();
    assert_eq!(line, expected_line, "{error}");
    assert!(column > 1);
    let message = error.to_string();
    assert!(
        message.starts_with(&format!("colleague.ron:{line}:{column}: ")),
        "{message}"
    );
    assert!(
        message.contains("Unclear"),
        "says what was found: {message}"
    );
    assert!(
        message.contains("Contested"),
        "says what was expected: {message}"
    );
}

#[test]
fn a_missing_field_is_named() {
    let good = io::to_ron_string(&builtin()).expect("serialises");
    let bad = good.replacen(
        "    title: \"UNMIK and KFOR: the 1999 mandate and today\",\n",
        "",
        1,
    );
    let error = io::load_bytes(bad.as_bytes(), "x.ron").expect_err("missing title");
    assert!(error.to_string().contains("title"), "{error}");
}

#[test]
fn crlf_and_a_byte_order_mark_are_accepted() {
    let good = io::to_ron_string(&builtin()).expect("serialises");
    let mut windows = b"\xEF\xBB\xBF".to_vec();
    windows.extend_from_slice(good.replace('\n', "\r\n").as_bytes());
    assert_eq!(
        io::load_bytes(&windows, "windows.ron").expect("loads"),
        builtin()
    );
}

#[test]
fn deep_nesting_and_garbage_fail_cleanly() {
    let deep = format!("Document(format: 1, title: {}", "[".repeat(10_000));
    let error = io::load_bytes(deep.as_bytes(), "deep.ron").expect_err("too deep");
    assert!(matches!(error, LoadError::Syntax { .. }), "{error}");
    for garbage in [
        &b"{\"format\": 1}"[..],
        b"\x00\x01\x02",
        b"Document(",
        b"42",
    ] {
        assert!(io::load_bytes(garbage, "g.ron").is_err());
    }
}

#[test]
fn loading_a_folder_or_a_missing_file_names_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let error = io::load_path(dir.path()).expect_err("a folder");
    assert!(
        error
            .to_string()
            .contains(&dir.path().display().to_string()),
        "{error}"
    );
    let missing = dir.path().join("missing.ron");
    let error = io::load_path(&missing).expect_err("missing");
    assert!(error.to_string().contains("missing.ron"), "{error}");
}

/// A writer that takes `left` bytes, then fails: a disk that fills up halfway.
fn failing_after(left: usize) -> impl FnOnce(&mut std::fs::File, &[u8]) -> std::io::Result<()> {
    move |file, bytes| {
        use std::io::Write as _;
        file.write_all(&bytes[..left.min(bytes.len())])?;
        Err(std::io::Error::new(
            std::io::ErrorKind::StorageFull,
            "no space left on device (injected)",
        ))
    }
}

#[test]
fn a_write_failing_halfway_leaves_the_old_file_byte_for_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notes.ron");
    let mut doc = builtin();
    io::save_path(&doc, &path).expect("first save");
    let before = std::fs::read(&path).expect("read");

    doc.annotations
        .push(note("a-1", "unmik-09", "lost in the crash"));
    let error = io::save_path_with(&doc, &path, failing_after(1000)).expect_err("must fail");
    let message = error.to_string();
    assert!(message.contains("notes.ron"), "names the path: {message}");
    assert!(
        message.contains("no space left"),
        "gives the reason: {message}"
    );
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "the file is as it was"
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["notes.ron"],
        "no temporary file and no backup left behind"
    );
}

#[test]
fn a_folder_that_cannot_be_written_is_reported() {
    // Even root cannot create files in /proc, so this holds when tests run as root (CI).
    let path = std::path::Path::new("/proc/mandate-compare-test.ron");
    if !path.parent().is_some_and(std::path::Path::is_dir) {
        return; // not Linux
    }
    let error = io::save_path(&builtin(), path).expect_err("cannot write there");
    let message = error.to_string();
    assert!(
        message.contains("/proc/mandate-compare-test.ron"),
        "{message}"
    );
    assert!(message.contains("temporary file"), "{message}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).expect("create");
    // Sparse: takes no disk space, and reading it would take long.
    file.set_len(io::MAX_FILE_SIZE + 1).expect("set_len");
    let error = io::load_path(&path).expect_err("too large");
    assert!(matches!(error, LoadError::TooLarge { .. }), "{error}");
    assert!(error.to_string().contains("huge.ron"), "{error}");
}

#[test]
fn the_fixtures_that_must_load_do() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
    let tiny = io::load_path(&dir.join("tiny.ron")).expect("tiny loads");
    assert_eq!(
        io::load_path(&dir.join("bom-crlf.ron")).expect("BOM and CRLF load"),
        tiny
    );
    let orphan = io::load_path(&dir.join("orphan-note.ron")).expect("orphan note loads");
    assert_eq!(orphan.annotations.len(), 1, "the orphan note is kept");
    assert_eq!(orphan.orphan_annotations().count(), 1);
}

#[test]
fn every_bad_fixture_fails_with_a_position_or_a_reason() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    for entry in std::fs::read_dir(&dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        match io::load_path(&path) {
            // Files that parse but break the rules fail validation instead.
            Ok(doc) => assert!(!doc.validate().is_empty(), "{} is valid", path.display()),
            Err(error) => assert!(
                error.to_string().starts_with(&path.display().to_string()),
                "{error}"
            ),
        }
    }
}

#[test]
fn an_older_format_is_migrated_and_saved_in_the_current_one() {
    use mandate_compare::model::FORMAT_VERSION;
    let current = io::to_ron_string(&builtin()).expect("ron");
    let this = format!("format: {FORMAT_VERSION},");
    assert!(current.contains(&this), "written in this version's format");
    let older = current.replacen(&this, "format: 1,", 1);
    let doc = io::load_bytes(older.as_bytes(), "old.ron").expect("an older file opens");
    assert_eq!(doc.format, FORMAT_VERSION);
    assert_eq!(io::to_ron_string(&doc).expect("ron"), current);
}

/// Format 3 stored what changed in a row's facts as English words. Such a file still opens,
/// its words are kept as recorded (never reworded or lost), it is saved in this format, and
/// a newer change is added as data beside them.
#[test]
fn format_3_words_on_changed_facts_are_kept() {
    use mandate_compare::model::{FORMAT_VERSION, FactChange, Status, mark_notes_on_changed_facts};
    let doc = io::load_path(&good_fixture("format3-facts-changed.ron")).expect("loads");
    assert_eq!(doc.format, FORMAT_VERSION);
    let mark = doc.annotations[0]
        .facts_changed
        .clone()
        .expect("still marked");
    assert_eq!(
        mark.what.as_deref(),
        Some("status Completed, now Shared; 1 event new or changed")
    );
    assert!(mark.changes.is_empty());

    let saved = io::to_ron_string(&doc).expect("ron");
    assert!(
        saved.contains("what: \"status Completed, now Shared"),
        "{saved}"
    );
    assert_eq!(
        io::load_bytes(saved.as_bytes(), "again.ron").expect("loads"),
        doc
    );

    let mut after = doc.clone();
    after.rows[0].status = Status::Transferred;
    let at = "2026-12-05T09:00:00Z".parse().expect("time");
    assert_eq!(mark_notes_on_changed_facts(&doc, &mut after, at), 1);
    let mark = after.annotations[0].facts_changed.clone().expect("marked");
    assert_eq!(mark.at, at);
    assert!(mark.what.is_some(), "the recorded words stay");
    assert_eq!(
        mark.changes,
        [FactChange::Status {
            was: Status::Shared,
            now: Status::Transferred
        }]
    );
}

fn good_fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/good")
        .join(name)
}

/// Saves `doc`, loads it back and saves again: the same document (notes sorted, tags sorted
/// and deduplicated, as saving does) and the same bytes.
fn assert_round_trips(doc: &Document) -> String {
    let text = io::to_ron_string(doc).expect("serialises");
    let again = io::load_bytes(text.as_bytes(), "again.ron").expect("reloads");
    assert!(
        again == doc.normalized(),
        "the round trip changed the document"
    );
    assert!(
        io::to_ron_string(&again).expect("serialises") == text,
        "saving twice gives other bytes"
    );
    text
}

#[test]
fn control_and_direction_characters_in_notes_load_and_round_trip() {
    let doc = io::load_path(&good_fixture("control-and-bidi.ron")).expect("loads");
    let text = |id: &str| doc.annotation(id).expect("the note").text.clone();
    assert!(text("a-bidi").contains("\u{202E}fdp.exe\u{202C}"));
    assert!(text("a-bidi").contains("\u{2066}not what it seems\u{2069}"));
    assert!(text("a-bidi").contains("escaped: \u{202E}gnp.sab\u{202C}."));
    assert!(text("a-control").contains("A bell\u{7}, an escape \u{1b}[31mred\u{1b}[0m"));
    assert!(text("a-control").contains("a delete\u{7f}, escaped ones \u{1b}[2J \0 \u{8}"));
    assert!(text("a-control").contains("a C1 \u{85} character"));
    assert!(text("a-marks").contains("tabs\tand\nnew lines\r\ntoo."));
    let tags = &doc.annotation("a-tag").expect("the note").tags;
    assert_eq!(tags, &["terms", "sec\u{7}ret", "\u{2067}rtl"]);
    assert!(
        doc.annotation("a-marks")
            .expect("note")
            .facts_changed
            .is_some()
    );
    let saved = assert_round_trips(&doc);
    // Written escaped: a file that is read in a terminal or a diff shows them.
    for hidden in ['\u{7}', '\u{1b}', '\u{7f}', '\u{85}', '\0'] {
        assert!(!saved.contains(hidden), "{hidden:?} written as it is");
    }
    // Warnings, never errors: the notes are the user's and are kept as they are.
    let problems = doc.validate();
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert!(problems.iter().all(|p| p.severity == Severity::Warning));
}

#[test]
fn ids_that_look_like_paths_load_validate_and_are_never_a_path() {
    let doc = io::load_path(&good_fixture("path-ids.ron")).expect("loads");
    let ids: Vec<&str> = doc.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["../../etc/passwd", "a/b", "C:\\x"]);
    assert_eq!(doc.sources[0].id, "/etc/hosts");
    assert_eq!(doc.holders[0].id, "~/.ssh/id_rsa");
    let problems: Vec<String> = doc
        .validate()
        .iter()
        .map(|p| mandate_compare::i18n::problem(mandate_compare::i18n::Language::En, p))
        .collect();
    assert_eq!(
        problems,
        [
            r#"warning: annotations[C:\notes\1]: is about the unknown row "..\\..\\windows\\system32"; it is kept and shown as an orphan"#
        ]
    );
    assert_round_trips(&doc);
    // Saving and every export write where they are told, and nowhere an id says.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("paths.ron");
    io::save_path(&doc, &path).expect("saves");
    io::save_path(&doc, &path).expect("saves again");
    let mut expected = vec!["paths.ron".to_owned(), "paths.ron.bak".to_owned()];
    for format in mandate_compare::export::Format::ALL {
        let name = format!("export-{}", format.name());
        let options = mandate_compare::export::Options {
            include_private: true,
            ..mandate_compare::export::Options::default()
        };
        let code = mandate_compare::cli::export(
            &path,
            format,
            options,
            Some(&dir.path().join(&name)),
            &mut Vec::new(),
            &mut Vec::new(),
        )
        .expect("exports");
        assert_eq!(code, 0, "{name}");
        expected.push(name);
    }
    expected.sort();
    let mut found: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, expected);
    for entry in std::fs::read_dir(dir.path()).expect("list") {
        assert!(entry.expect("entry").file_type().expect("type").is_file());
    }
}

/// A note of 10 MB of text (generated, not committed): loads, validates and round-trips.
#[test]
fn a_ten_megabyte_note_loads_and_round_trips() {
    let mut doc = builtin();
    let words = "Prishtinë / Приштина: \"the boundary\", \\ or border? 🕊️\n\t";
    let text = words.repeat(10_000_000 / words.len() + 1);
    assert!(text.len() >= 10_000_000);
    doc.annotations.push(note("a-long", "unmik-09", &text));
    let saved = assert_round_trips(&doc);
    assert!((saved.len() as u64) < io::MAX_FILE_SIZE);
    let loaded = io::load_bytes(saved.as_bytes(), "long.ron").expect("loads");
    assert_eq!(loaded.annotations[0].text, text);
    assert_eq!(loaded.validate(), []);
}

/// 100,000 tags on one note (generated): load, validate and round-trip; saving sorts them and
/// drops the repeats.
#[test]
fn a_hundred_thousand_tags_on_one_note_load_and_round_trip() {
    let mut doc = builtin();
    let mut many = note("a-tags", "unmik-09", "Tagged to the hilt.");
    many.tags = (0..100_000)
        .rev()
        .map(|n| format!("tag-{:05}", n % 50_000))
        .collect();
    doc.annotations.push(many);
    assert_round_trips(&doc);
    let saved = io::to_ron_string(&doc).expect("serialises");
    let loaded = io::load_bytes(saved.as_bytes(), "tags.ron").expect("loads");
    let tags = &loaded.annotations[0].tags;
    assert_eq!(tags.len(), 50_000, "repeats dropped");
    assert!(tags.windows(2).all(|w| w[0] < w[1]), "sorted");
    assert_eq!(loaded.validate(), []);
}

/// 20,000 notes about rows that do not exist (generated): all kept, each one warning.
#[test]
fn many_orphan_notes_are_all_kept() {
    let mut doc = builtin();
    doc.annotations = (0..20_000)
        .map(|n| note(&format!("a-{n:05}"), &format!("gone-{n}"), "An orphan."))
        .collect();
    let saved = assert_round_trips(&doc);
    let loaded = io::load_bytes(saved.as_bytes(), "orphans.ron").expect("loads");
    assert_eq!(loaded.orphan_annotations().count(), 20_000);
    let problems = loaded.validate();
    assert_eq!(problems.len(), 20_000);
    assert!(problems.iter().all(|p| p.severity == Severity::Warning));
}
