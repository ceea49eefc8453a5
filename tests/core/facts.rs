//! A comparison's own facts changed in the app: rows, holders and sources added, changed and
//! removed, each undone exactly; the built-in data refused; nothing still cited removed.

use mandate_compare::model::resolution::{Start, new_document, split};
use mandate_compare::model::{
    Document, Edit, EditError, Event, Phase, Position, Severity, SourceKind, Status,
};
use proptest::prelude::*;

/// UNIFIL's 1978 mandate, made into a comparison as File > New comparison does.
pub fn unifil() -> Document {
    let path = format!(
        "{}/tests/fixtures/resolutions/S_RES_0425_1978_EN_GOLD.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("fixture");
    let start = Start {
        presence: "UNIFIL".to_owned(),
        by_paragraph: Vec::new(),
        text_name: "S_RES_0425_1978_EN_GOLD.txt".to_owned(),
        url: None,
        publisher: "United Nations Security Council".to_owned(),
        date: None,
        today: mandate_compare::model::PartialDate::ymd(2026, 12, 5).expect("date"),
    };
    new_document(&split(&text), &start).expect("a comparison")
}

/// Applies `edit`, then its inverse: the document is as it was, and the inverse's inverse is
/// the edit again.
fn round_trip(doc: &Document, edit: Edit) -> Document {
    let mut changed = doc.clone();
    let undo = changed.apply(edit.clone()).expect("applies");
    let after = changed.clone();
    let redo = changed.apply(undo).expect("undoes");
    assert_eq!(&changed, doc, "undo gives back the document");
    changed.apply(redo).expect("redoes");
    assert_eq!(changed, after, "redo gives back the change");
    after
}

#[test]
fn a_row_is_added_changed_and_removed_and_each_undone() {
    let doc = unifil();
    let mut row = doc.blank_row("unifil", "Report on the withdrawal");
    assert_eq!(row.id, "report-on-the-withdrawal");
    assert_eq!(row.number, doc.rows.len() as u32 + 1);
    row.original = "Report to the Council".to_owned();
    let added = round_trip(
        &doc,
        Edit::InsertRow {
            index: 1,
            row: Box::new(row),
        },
    );
    assert_eq!(added.rows[1].id, "report-on-the-withdrawal");
    // A second row of the same title gets an id of its own.
    assert_eq!(
        added.new_row_id("Report on the withdrawal"),
        "report-on-the-withdrawal-2"
    );

    let mut changed = doc.rows[0].clone();
    changed.status = Status::Transferred;
    changed.events.push(Event {
        date: "1978-03-23".parse().expect("date"),
        text: "First troops arrive".to_owned(),
        sources: vec!["resolution-text".to_owned()],
    });
    let after = round_trip(&doc, Edit::ChangeRowFacts(Box::new(changed)));
    assert_eq!(after.rows[0].status, Status::Transferred);

    let id = doc.rows[1].id.clone();
    let removed = round_trip(&doc, Edit::RemoveRow { id: id.clone() });
    assert!(removed.row(&id).is_none());
    assert_eq!(removed.rows.len(), doc.rows.len() - 1);
}

#[test]
fn holders_and_sources_are_added_changed_and_removed() {
    let doc = unifil();
    let holder = doc.blank_holder("Lebanese Armed Forces");
    assert_eq!(holder.id, "lebanese-armed-forces");
    let mut doc = round_trip(
        &doc,
        Edit::InsertHolder {
            index: 0,
            holder: holder.clone(),
        },
    );
    let renamed = mandate_compare::model::Holder {
        name: "Lebanese Armed Forces (LAF)".to_owned(),
        ..holder
    };
    doc = round_trip(&doc, Edit::ReplaceHolder(renamed));
    assert_eq!(doc.holders[0].name, "Lebanese Armed Forces (LAF)");
    let mut source = doc.blank_source("S/2006/560");
    source.kind = SourceKind::Secondary;
    assert_eq!(source.id, "s-2006-560");
    doc = round_trip(
        &doc,
        Edit::InsertSource {
            index: 9,
            source: Box::new(source.clone()),
        },
    );
    assert_eq!(
        doc.sources.last().map(|s| s.id.as_str()),
        Some("s-2006-560")
    );
    source.url = Some("https://undocs.org/S/2006/560".to_owned());
    doc = round_trip(&doc, Edit::ReplaceSource(Box::new(source)));
    doc = round_trip(
        &doc,
        Edit::RemoveSource {
            id: "s-2006-560".to_owned(),
        },
    );
    round_trip(
        &doc,
        Edit::RemoveHolder {
            id: "lebanese-armed-forces".to_owned(),
        },
    );
    // An id in use is refused.
    let taken = doc.holders[0].clone();
    assert_eq!(
        doc.clone().apply(Edit::InsertHolder {
            index: 0,
            holder: taken
        }),
        Err(EditError::DuplicateId("lebanese-armed-forces".to_owned()))
    );
}

#[test]
fn presences_are_added_changed_and_removed_unless_a_row_belongs_to_one() {
    let doc = unifil();
    let presence = doc.blank_presence("Observer Group Lebanon");
    assert_eq!(presence.id, "observer-group-lebanon");
    let mut doc = round_trip(
        &doc,
        Edit::InsertPresence {
            index: 1,
            presence: presence.clone(),
        },
    );
    let renamed = mandate_compare::model::Presence {
        name: "Observer Group Lebanon (UNTSO)".to_owned(),
        ..presence
    };
    doc = round_trip(&doc, Edit::ReplacePresence(renamed));
    assert_eq!(doc.presences[1].name, "Observer Group Lebanon (UNTSO)");
    round_trip(
        &doc,
        Edit::RemovePresence {
            id: "observer-group-lebanon".to_owned(),
        },
    );
    let Err(EditError::StillCited { by, .. }) = doc.clone().apply(Edit::RemovePresence {
        id: "unifil".to_owned(),
    }) else {
        panic!("UNIFIL's rows belong to it");
    };
    assert_eq!(by.len(), doc.rows.len());
    assert_eq!(by[0], format!("rows[{}]", doc.rows[0].id));
}

#[test]
fn a_holder_or_source_still_cited_is_not_removed_and_the_error_says_where() {
    let mut doc = unifil();
    let holder = doc.blank_holder("LAF");
    doc.apply(Edit::InsertHolder { index: 0, holder })
        .expect("added");
    let mut row = doc.rows[2].clone();
    row.phases.push(Phase {
        from: "2006-08".parse().expect("date"),
        status: Status::Shared,
        holders: vec!["laf".to_owned()],
        sources: vec!["resolution-text".to_owned()],
    });
    row.positions.push(Position {
        held_by: "Lebanon".to_owned(),
        view: "…".to_owned(),
        sources: vec!["resolution-text".to_owned()],
    });
    let at = row.id.clone();
    doc.apply(Edit::ChangeRowFacts(Box::new(row)))
        .expect("changed");
    let before = doc.clone();
    assert_eq!(
        doc.apply(Edit::RemoveHolder {
            id: "laf".to_owned()
        }),
        Err(EditError::StillCited {
            id: "laf".to_owned(),
            by: vec![format!("rows[{at}].phases[0]")],
        })
    );
    let Err(EditError::StillCited { by, .. }) = doc.apply(Edit::RemoveSource {
        id: "resolution-text".to_owned(),
    }) else {
        panic!("the text's source is cited");
    };
    assert_eq!(by[0], "original");
    assert!(by.contains(&format!("rows[{at}].positions[0]")), "{by:?}");
    assert!(by.contains(&format!("rows[{at}].original_from")), "{by:?}");
    assert_eq!(doc, before, "a refused change changes nothing");
}

#[test]
fn the_built_in_data_refuses_every_change_to_its_facts() {
    let builtin = mandate_compare::io::builtin().expect("built-in data");
    let row = builtin.rows[0].clone();
    let holder = builtin.holders[0].clone();
    let source = builtin.sources[0].clone();
    for edit in [
        Edit::ChangeRowFacts(Box::new(row.clone())),
        Edit::InsertRow {
            index: 0,
            row: Box::new(builtin.blank_row("kfor", "New")),
        },
        Edit::RemoveRow { id: row.id.clone() },
        Edit::InsertHolder {
            index: 0,
            holder: builtin.blank_holder("New"),
        },
        Edit::ReplaceHolder(holder.clone()),
        Edit::RemoveHolder {
            id: holder.id.clone(),
        },
        Edit::InsertSource {
            index: 0,
            source: Box::new(builtin.blank_source("New")),
        },
        Edit::ReplaceSource(Box::new(source.clone())),
        Edit::RemoveSource {
            id: source.id.clone(),
        },
    ] {
        let mut doc = builtin.clone();
        assert_eq!(doc.apply(edit), Err(EditError::BuiltInFacts));
        assert_eq!(doc, builtin);
    }
    // The user's own layer stays theirs.
    let mut doc = builtin.clone();
    doc.apply(Edit::SetAssessment {
        row: row.id,
        assessment: None,
    })
    .expect("own assessment");
}

#[test]
fn a_new_comparison_checks_clean_and_a_transfer_without_source_does_not() {
    let mut doc = unifil();
    assert!(doc.validate().is_empty(), "{:?}", doc.validate());
    let mut row = doc.rows[0].clone();
    row.status = Status::Transferred;
    let place = format!("rows[{}]", row.id);
    doc.apply(Edit::ChangeRowFacts(Box::new(row)))
        .expect("changed");
    let problems = doc.validate();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].severity, Severity::Error);
    assert_eq!(problems[0].place, place);
    assert_eq!(problems[0].row(), Some(doc.rows[0].id.as_str()));
}

/// One change to the facts, chosen by the property test.
fn any_edit(doc: &Document) -> impl Strategy<Value = Edit> + use<> {
    let rows = doc.rows.clone();
    let sources: Vec<String> = doc.sources.iter().map(|s| s.id.clone()).collect();
    let base = doc.clone();
    (
        0..rows.len(),
        0..6usize,
        "[a-zA-Z ]{0,12}",
        0..Status::ALL.len(),
    )
        .prop_map(move |(at, what, words, status)| {
            let mut row = rows[at].clone();
            match what {
                0 => {
                    row.status = Status::ALL[status];
                    row.sources.clone_from(&sources);
                    row.title = words;
                    Edit::ChangeRowFacts(Box::new(row))
                }
                1 => Edit::InsertRow {
                    index: at,
                    row: Box::new(base.blank_row("unifil", &words)),
                },
                2 => Edit::RemoveRow { id: row.id },
                3 => Edit::InsertHolder {
                    index: at,
                    holder: base.blank_holder(&words),
                },
                4 => Edit::InsertSource {
                    index: at,
                    source: Box::new(base.blank_source(&words)),
                },
                _ => {
                    row.events.push(Event {
                        date: mandate_compare::model::PartialDate::from_year(1978),
                        text: words,
                        sources: sources.clone(),
                    });
                    Edit::ChangeRowFacts(Box::new(row))
                }
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Any change to the facts followed by the change it returned gives back the document.
    #[test]
    fn every_change_to_the_facts_is_undone_exactly(edit in any_edit(&unifil())) {
        let doc = unifil();
        let mut changed = doc.clone();
        let undo = changed.apply(edit).expect("applies");
        changed.apply(undo).expect("undoes");
        prop_assert_eq!(changed, doc);
    }
}
