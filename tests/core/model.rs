//! Validation and edits, without a window.

use mandate_compare::io;
use mandate_compare::model::{
    Annotation, Assessment, Document, Edit, EditError, Severity, Status, Visibility,
};

fn builtin() -> Document {
    io::builtin().expect("the built-in dataset loads")
}

fn note(id: &str, row: Option<&str>) -> Annotation {
    let time: jiff::Timestamp = "2026-11-23T10:00:00Z".parse().expect("time");
    Annotation {
        id: id.to_owned(),
        row: row.map(str::to_owned),
        author: "Tester".to_owned(),
        created: time,
        modified: time,
        text: "text".to_owned(),
        tags: Vec::new(),
        visibility: Visibility::Shared,
        facts_changed: None,
    }
}

fn messages(doc: &Document) -> Vec<String> {
    doc.validate()
        .iter()
        .map(|p| mandate_compare::i18n::problem(mandate_compare::i18n::Language::En, p))
        .collect()
}

fn assert_reports(doc: &Document, needle: &str) {
    let all = messages(doc);
    assert!(
        all.iter().any(|m| m.contains(needle)),
        "no {needle:?} in {all:#?}"
    );
}

#[test]
fn unknown_references_are_reported_with_their_place() {
    let mut doc = builtin();
    doc.rows[0].holders.push("ministry-of-magic".to_owned());
    doc.rows[1].sources.push("s-nowhere".to_owned());
    doc.rows[2].events[0].sources = vec!["s-missing".to_owned()];
    doc.rows[3].presence = "unosek".to_owned();
    assert_reports(
        &doc,
        "rows[unmik-01]: names the unknown holder \"ministry-of-magic\"",
    );
    assert_reports(
        &doc,
        "rows[unmik-02]: cites the unknown source \"s-nowhere\"",
    );
    assert_reports(
        &doc,
        "rows[unmik-03].events[0]: cites the unknown source \"s-missing\"",
    );
    assert_reports(
        &doc,
        "rows[unmik-04]: names the unknown presence \"unosek\"",
    );
}

#[test]
fn duplicate_ids_are_reported() {
    let mut doc = builtin();
    doc.rows[1].id = doc.rows[0].id.clone();
    doc.sources.push(doc.sources[0].clone());
    doc.annotations = vec![note("a-1", None), note("a-1", None)];
    assert_reports(&doc, "rows[unmik-01]: the id \"unmik-01\" is used twice");
    assert_reports(&doc, "is used twice");
    assert_reports(&doc, "annotations[a-1]: the id \"a-1\" is used twice");
}

#[test]
fn claims_without_a_source_are_reported() {
    let mut doc = builtin();
    doc.rows[4].sources.clear();
    doc.rows[0].positions[0].sources.clear();
    assert_reports(&doc, "rows[unmik-05]: cites no source");
    assert_reports(&doc, "rows[unmik-01].positions[0]: cites no source");
}

#[test]
fn links_other_than_http_are_reported() {
    let mut doc = builtin();
    doc.sources[1].url = Some("javascript:alert(1)".to_owned());
    assert_reports(&doc, "is not an http or https address");
}

#[test]
fn orphan_notes_are_a_warning_and_are_kept() {
    let mut doc = builtin();
    doc.annotations.push(note("a-orphan", Some("unmik-99")));
    let problems = doc.validate();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].severity, Severity::Warning);
    assert_eq!(doc.orphan_annotations().count(), 1);
}

#[test]
fn edits_apply_and_refuse_what_does_not_exist() {
    let mut doc = builtin();
    doc.apply(Edit::AddAnnotation(note("a-1", Some("kfor-01"))))
        .expect("adds");
    assert_eq!(
        doc.apply(Edit::AddAnnotation(note("a-1", Some("kfor-01")))),
        Err(EditError::DuplicateAnnotation("a-1".to_owned()))
    );
    assert_eq!(
        doc.apply(Edit::AddAnnotation(note("a-2", Some("nope")))),
        Err(EditError::NoSuchRow("nope".to_owned()))
    );
    let mut empty = note("a-3", None);
    empty.text = "  \n".to_owned();
    assert_eq!(
        doc.apply(Edit::AddAnnotation(empty)),
        Err(EditError::EmptyNote)
    );
    assert_eq!(
        doc.apply(Edit::DeleteAnnotation {
            id: "a-9".to_owned()
        }),
        Err(EditError::NoSuchAnnotation("a-9".to_owned()))
    );
    assert_eq!(doc.annotations.len(), 1, "failed edits change nothing");

    let time: jiff::Timestamp = "2026-11-24T10:00:00Z".parse().expect("time");
    doc.apply(Edit::SetAssessment {
        row: "kfor-01".to_owned(),
        assessment: Some(Assessment {
            status: Status::Residual,
            holders: vec!["kfor".to_owned()],
            author: "Tester".to_owned(),
            modified: time,
        }),
    })
    .expect("sets");
    let row = doc.row("kfor-01").expect("row");
    assert_eq!(row.effective_status(), Status::Residual);
    assert_eq!(row.status, Status::Ongoing);
    assert!(doc.validate().is_empty());
}

/// Assessing blind, a search finds no row by a built-in holder's name (it would tell who
/// holds it); by the person's own holders it still does, and after Reveal by every holder.
#[test]
fn a_blind_search_does_not_tell_the_built_in_holders() {
    use mandate_compare::model::{Filter, HolderKind, SearchIndex, found_in};

    let mut doc = builtin();
    doc.holders.push(mandate_compare::model::Holder {
        id: "zz".to_owned(),
        short: "Zzyzx".to_owned(),
        short_tr: Default::default(),
        name: "The Zzyzx Office".to_owned(),
        name_tr: Default::default(),
        kind: HolderKind::Local,
    });
    doc.rows[0].holders.push("zz".to_owned());
    let search = Filter {
        text: "zzyzx".to_owned(),
        ..Filter::default()
    };
    let found = |doc: &Document| search.visible_rows_in(doc, &SearchIndex::new(doc));
    assert_eq!(found(&doc), [0], "found by its built-in holder");
    doc.blind = true;
    assert!(found(&doc).is_empty(), "not while assessing blind");
    assert!(found_in(&doc, 0, "zzyzx").is_empty());
    doc.rows[0].assessment = Some(mandate_compare::model::Assessment {
        status: Status::Shared,
        holders: vec!["zz".to_owned()],
        author: "Ana".to_owned(),
        modified: "2026-12-05T09:00:00Z".parse().expect("time"),
    });
    assert_eq!(found(&doc), [0], "found by the person's own holder");
}
