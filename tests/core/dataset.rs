//! The built-in dataset: it loads, it is valid, and its 1999 texts are the UN's own words.

use mandate_compare::io;
use mandate_compare::model::{SourceKind, Status, is_mirror, primary_share};

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

/// Each row quotes the UN page's words verbatim: as its text, or, where the resolution's own
/// words differ, as the page's wording beside them.
#[test]
fn the_un_pages_wording_of_each_row_is_quoted_verbatim() {
    let doc = io::builtin().expect("loads");
    for row in &doc.rows {
        let page_words = row
            .wordings
            .iter()
            .find(|w| w.source == "un-unmik-mandate")
            .map_or(&row.original, |w| &w.text);
        assert!(
            UN_PAGE.contains(&format!("• {page_words}")),
            "{}: not verbatim on the UN page: {page_words}",
            row.id,
        );
        assert!(!page_words.contains("PDF Document"), "{}", row.id);
        for wording in &row.wordings {
            assert_ne!(
                wording.text, row.original,
                "{}: a wording that is no different",
                row.id
            );
        }
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

#[test]
fn every_row_names_its_paragraph_of_the_resolution() {
    let doc = io::builtin().expect("loads");
    assert_eq!(doc.mandate_citation(), "S/RES/1244 (1999)");
    for row in &doc.rows {
        // UNMIK's responsibilities are paragraph 11 (a) to (k), KFOR's paragraph 9 (a) to (h).
        let paragraph = if row.presence == "unmik" { 11 } else { 9 };
        let letter = char::from(b'a' + u8::try_from(row.number - 1).expect("small"));
        assert_eq!(
            row.paragraph,
            format!("{paragraph} ({letter})"),
            "{}",
            row.id
        );
        assert_eq!(
            doc.row_citation(row).as_deref(),
            Some(format!("S/RES/1244 (1999), para. {paragraph} ({letter})").as_str())
        );
    }
}

#[test]
fn every_row_says_when_it_was_checked_and_who_held_it_when() {
    let doc = io::builtin().expect("loads");
    let checked: mandate_compare::model::PartialDate = "2026-11".parse().expect("date");
    for row in &doc.rows {
        assert_eq!(row.as_of, Some(checked), "{}", row.id);
        let last = row.phases.last().expect("phases");
        assert_eq!(
            (last.status, &last.holders),
            (row.status, &row.holders),
            "{}",
            row.id
        );
        assert!(
            row.phases[0].from.year() == 1999,
            "{} starts in 1999",
            row.id
        );
    }
    assert!(
        doc.curation_problems().is_empty(),
        "{:#?}",
        doc.curation_problems()
    );
}

#[test]
fn no_copy_on_a_mirror_counts_as_primary_and_most_sources_are_primary() {
    let doc = io::builtin().expect("loads");
    for source in &doc.sources {
        if let Some(url) = &source.url
            && is_mirror(url)
        {
            assert_eq!(source.kind, SourceKind::Secondary, "{}: {url}", source.id);
        }
    }
    let share = primary_share(&doc);
    let primary = doc
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Primary)
        .count();
    println!(
        "primary sources: {primary} of {} ({:.1} %)",
        doc.sources.len(),
        share * 100.0
    );
    // Issue 12 asks for 85 %. Counted honestly (a copy on a mirror is secondary), the November
    // 2026 dataset reaches 61.2 %: most secondary sources are the only ones found for a fact
    // (2025-26 news, the Landmine Monitor, agreement texts held only in the PA-X archive). This
    // floor keeps the share from falling while primaries are found; raise it as they are.
    assert!(
        share >= 0.61,
        "only {:.1} % of sources are primary",
        share * 100.0
    );
}

#[test]
fn the_timeline_marks_the_declaration_and_the_constitution() {
    let doc = io::builtin().expect("loads");
    let dates: Vec<String> = doc.key_dates.iter().map(|k| k.date.to_string()).collect();
    assert_eq!(dates, ["2008-02-17"]);
    assert_eq!(
        doc.current.date.to_string(),
        "2008-06-15",
        "the Constitution's date"
    );
}
