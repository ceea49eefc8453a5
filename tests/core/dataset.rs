//! The built-in dataset: it loads, it is valid, and its 1999 texts are the UN's own words.

use mandate_compare::io;
use mandate_compare::model::{SourceKind, Status, TextKind, is_mirror, primary_share};

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
    // No document the data cites is later than April 2026: no row may claim a later check.
    let newest: mandate_compare::model::PartialDate = "2026-04".parse().expect("date");
    for row in &doc.rows {
        let as_of = row.as_of.expect("as_of");
        assert!(as_of.not_after(newest), "{}: as of {as_of}", row.id);
        let (basis, _) = doc.newest_basis(row).expect("a dated source");
        assert_eq!(
            (as_of.year(), as_of.month()),
            (basis.year(), basis.month()),
            "{}",
            row.id
        );
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
    // Issue 22 asks for 75 %. Counted honestly (a copy on a mirror is secondary), the December
    // 2026 release reaches the share printed above: the UN's own reports replaced the
    // secondary sources the audit found a primary for, but for most of the rest none was found
    // (2022-26 news, the Landmine Monitor, agreement texts held only in the PA-X archive), and
    // both sides of four disputes are recorded only in the press. This floor keeps the share
    // from falling while primaries are found; raise it as they are.
    assert!(
        share >= FLOOR,
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

/// The lowest share of primary sources the built-in dataset may have.
const FLOOR: f64 = 0.69;

/// Only the texts checked word for word against a copy of the resolution are given as its
/// words (the UN Mine Action Service's quotation of 17 June 1999); the rest are the UN
/// mandate page's wording, and for 11 (a) the data says what the resolution adds.
#[test]
fn only_texts_checked_against_a_copy_are_given_as_the_resolutions_words() {
    let doc = io::builtin().expect("loads");
    let mut verbatim: Vec<&str> = Vec::new();
    for row in &doc.rows {
        let from = row
            .original_from
            .as_ref()
            .expect("every row says where its text is from");
        match from.kind {
            TextKind::Verbatim => {
                assert_eq!(from.source, "unmas-1999-06-17", "{}", row.id);
                verbatim.push(row.paragraph.as_str());
            }
            TextKind::Wording => assert_eq!(from.source, "un-unmik-mandate", "{}", row.id),
        }
        assert!(doc.source(&from.source).is_some(), "{}", row.id);
    }
    assert_eq!(verbatim, ["11 (h)", "11 (k)", "9 (c)", "9 (e)"]);
    let first = doc.row("unmik-01").expect("row");
    let (words, from) = doc
        .text_omits(first)
        .expect("11 (a) says what the resolution adds");
    assert!(words.contains("Rambouillet (S/1999/648)"), "{words}");
    assert!(from.contains("texte officiel français"), "{from}");
}

/// A copy on a mirror is never the document: no event, position or phase rests on mirror
/// copies alone.
#[test]
fn nothing_rests_only_on_a_mirror_copy() {
    let doc = io::builtin().expect("loads");
    let mirrored = |id: &String| {
        doc.source(id)
            .and_then(|s| s.url.as_deref())
            .is_some_and(is_mirror)
    };
    let only_mirrors = |ids: &[String]| !ids.is_empty() && ids.iter().all(mirrored);
    let mut found = Vec::new();
    for row in &doc.rows {
        for event in row.events.iter().filter(|e| only_mirrors(&e.sources)) {
            found.push(format!("{}: event of {}", row.id, event.date));
        }
        for position in row.positions.iter().filter(|p| only_mirrors(&p.sources)) {
            found.push(format!("{}: position of {}", row.id, position.held_by));
        }
        for phase in row.phases.iter().filter(|p| only_mirrors(&p.sources)) {
            found.push(format!("{}: phase from {}", row.id, phase.from));
        }
    }
    assert!(
        found.is_empty(),
        "resting only on mirror copies: {found:#?}"
    );
}
