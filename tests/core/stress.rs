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
