//! The stress document the benchmarks use: the size the performance targets are set for, valid,
//! and the same for the same seed.

use mandate_compare::{io, stress};

#[test]
fn the_stress_document_is_large_valid_and_deterministic() {
    let doc = stress::document(1, stress::ROWS, stress::NOTES);
    assert_eq!(doc.rows.len(), 2_000);
    assert_eq!(doc.annotations.len(), 20_000);
    assert_eq!(doc.validate(), []);
    let text = io::to_ron_string(&doc).expect("saves");
    let megabytes = text.len() as f64 / 1e6;
    assert!(
        (8.0..14.0).contains(&megabytes),
        "about 10 MB of RON, got {megabytes:.1} MB"
    );
    assert_eq!(
        io::load_bytes(text.as_bytes(), "stress.ron").expect("loads"),
        doc
    );
    assert_eq!(stress::document(1, 50, 500), stress::document(1, 50, 500));
    assert_ne!(stress::document(1, 50, 500), stress::document(2, 50, 500));
}

#[test]
fn a_diverged_copy_merges_back_without_losing_a_note() {
    let base = stress::document(3, 100, 1_000);
    let ours = stress::diverge(&base, 4, 10);
    let theirs = stress::diverge(&base, 5, 10);
    assert_ne!(ours, base);
    let merged = mandate_compare::merge::merge(None, &ours, &theirs).document;
    for note in ours.annotations.iter().chain(&theirs.annotations) {
        let kept = merged.annotation(&note.id).is_some()
            || merged.conflicts.iter().any(|c| {
                matches!(c, mandate_compare::model::Conflict::Annotation { id, .. } if *id == note.id)
            });
        assert!(kept, "lost {}", note.id);
    }
}

/// The views read each row's notes, the notes on the whole document and the status counts
/// from what is derived once per document state; on the stress document (orphan notes and
/// own assessments included) that gives exactly what a pass over the whole document gives.
#[test]
fn derived_notes_and_counts_are_those_of_a_pass_over_the_document() {
    use mandate_compare::model::{SearchIndex, Status};
    let mut doc = stress::document(11, 300, 3_000);
    doc.annotations[0].row = None;
    doc.annotations[1].row = Some("no-such-row".to_owned());
    let index = SearchIndex::new(&doc);
    let rows = doc.rows.iter().map(|r| Some(r.id.as_str()));
    for row in rows.chain([None]) {
        let derived: Vec<_> = index.notes_for(&doc, row).map(|a| &a.id).collect();
        let scanned: Vec<_> = doc.annotations_for(row).map(|a| &a.id).collect();
        assert_eq!(derived, scanned, "{row:?}");
    }
    assert!(index.notes_for(&doc, None).next().is_some());

    let counts = doc.counts();
    let own = doc.rows.iter().filter(|r| r.assessment.is_some()).count();
    assert!(own > 0, "the stress document has own assessments");
    assert_eq!(counts.own_assessments, own);
    for status in Status::ALL {
        let built_in = doc.rows.iter().filter(|r| r.status == status).count();
        let with_own = doc
            .rows
            .iter()
            .filter(|r| r.effective_status() == status)
            .count();
        assert_eq!(
            counts.built_in_statuses.get(&status).copied().unwrap_or(0),
            built_in
        );
        assert_eq!(counts.statuses.get(&status).copied().unwrap_or(0), with_own);
    }
    assert_ne!(
        counts.built_in_statuses, counts.statuses,
        "own assessments differ somewhere"
    );
    for row in &doc.rows {
        let notes: Vec<_> = doc.annotations_for(Some(&row.id)).collect();
        assert_eq!(counts.notes_on(&row.id), notes.len(), "{}", row.id);
        let to_review = notes.iter().filter(|a| a.facts_changed.is_some()).count();
        assert_eq!(counts.to_review_on(&row.id), to_review, "{}", row.id);
    }
    let mut tags = std::collections::BTreeMap::new();
    for tag in doc.annotations.iter().flat_map(|a| &a.tags) {
        *tags.entry(tag.clone()).or_insert(0) += 1;
    }
    assert!(!tags.is_empty());
    assert_eq!(counts.tags, tags);
    assert_eq!(counts.orphans, 1);
}
