//! The built-in dataset: it loads, it is valid, and its 1999 texts are the UN's own words.

use mandate_compare::io;
use mandate_compare::model::{SourceKind, Status};

#[test]
fn the_builtin_dataset_loads_and_is_valid() {
    let doc = io::builtin().expect("the built-in dataset loads");
    let problems = doc.validate();
    assert!(problems.is_empty(), "problems: {problems:#?}");
}

#[test]
fn it_has_the_19_responsibilities_of_1999() {
    let doc = io::builtin().expect("loads");
    let count = |presence: &str| doc.rows.iter().filter(|r| r.presence == presence).count();
    assert_eq!(count("unmik"), 11);
    assert_eq!(count("kfor"), 8);
    for presence in ["unmik", "kfor"] {
        let numbers: Vec<u32> = doc
            .rows
            .iter()
            .filter(|r| r.presence == presence)
            .map(|r| r.number)
            .collect();
        let expected: Vec<u32> = (1..=numbers.len() as u32).collect();
        assert_eq!(numbers, expected, "{presence} rows are numbered in order");
    }
}

/// The UN's mandate page, with the page's "PDF Document" link residue removed.
const UN_PAGE: &str = include_str!("../fixtures/un-unmik-mandate-page.txt");

#[test]
fn the_1999_texts_are_quoted_verbatim_from_the_un_page() {
    let doc = io::builtin().expect("loads");
    for row in &doc.rows {
        assert!(
            UN_PAGE.contains(&format!("• {}", row.original)),
            "{}: not verbatim on the UN page: {}",
            row.id,
            row.original
        );
        assert!(!row.original.contains("PDF Document"), "{}", row.id);
    }
}

#[test]
fn contested_rows_attribute_every_side() {
    let doc = io::builtin().expect("loads");
    for row in doc.rows.iter().filter(|r| r.status == Status::Contested) {
        assert!(
            row.positions.len() >= 2,
            "{} needs at least two positions",
            row.id
        );
        for position in &row.positions {
            assert!(!position.held_by.trim().is_empty());
            assert!(
                !position.sources.is_empty(),
                "{}: unsourced position",
                row.id
            );
        }
    }
}

#[test]
fn most_sources_are_primary_and_every_row_cites_one() {
    let doc = io::builtin().expect("loads");
    let primary = doc
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Primary)
        .count();
    assert!(
        primary * 3 >= doc.sources.len() * 2,
        "{primary} of {} primary",
        doc.sources.len()
    );
    // Research found no UN, NATO or Kosovo government text for demining after 2001; the
    // Landmine Monitor is the best source there is (shared/research/primary-sources.md, row 16).
    const NO_PRIMARY_FOUND: [&str; 1] = ["kfor-05"];
    for row in doc
        .rows
        .iter()
        .filter(|r| !NO_PRIMARY_FOUND.contains(&r.id.as_str()))
    {
        let has_primary = row
            .sources
            .iter()
            .filter_map(|id| doc.source(id))
            .any(|s| s.kind == SourceKind::Primary);
        assert!(
            has_primary,
            "{} cites no primary source for its status",
            row.id
        );
    }
}

#[test]
fn every_source_is_cited_somewhere() {
    let doc = io::builtin().expect("loads");
    let ron = io::BUILTIN_RON;
    let uncited: Vec<&str> = doc
        .sources
        .iter()
        .filter(|s| ron.matches(&format!("\"{}\"", s.id)).count() < 2)
        .map(|s| s.id.as_str())
        .collect();
    assert!(uncited.is_empty(), "never cited: {uncited:?}");
}
