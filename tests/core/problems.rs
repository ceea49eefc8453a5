//! What validation finds is data, worded only by `i18n::problem`: every kind of problem has its
//! words in every language (no message id shown, no English left in the others), and the
//! command line's English is the one `check` always printed.

use mandate_compare::i18n::{Language, problem, problem_message};
use mandate_compare::model::{
    ConflictPart, Issuer, Likeness, NoteField, PartialDate, Problem, ProblemKind,
};

/// Which variant a kind is, by a match the compiler makes complete: a new variant does not
/// compile here until it has a number, and then fails below until it has an example.
fn variant(kind: &ProblemKind) -> usize {
    match kind {
        ProblemKind::Format { .. } => 0,
        ProblemKind::EmptyId => 1,
        ProblemKind::IdTwice { .. } => 2,
        ProblemKind::LookAlike { .. } => 3,
        ProblemKind::NoSource => 4,
        ProblemKind::UnknownSource { .. } => 5,
        ProblemKind::UnknownHolder { .. } => 6,
        ProblemKind::UnknownPresence { .. } => 7,
        ProblemKind::NumberTwice { .. } => 8,
        ProblemKind::EmptyText => 9,
        ProblemKind::NobodyHoldsView => 10,
        ProblemKind::NotWebLink { .. } => 11,
        ProblemKind::OrphanNote { .. } => 12,
        ProblemKind::DirectionControl { .. } => 13,
        ProblemKind::ControlCharacter { .. } => 14,
        ProblemKind::ModifiedBeforeCreated => 15,
        ProblemKind::Undecided { .. } => 16,
        ProblemKind::MirrorMarkedPrimary { .. } => 17,
        ProblemKind::PrimaryWithoutAddress => 18,
        ProblemKind::NotAtOfficialAddress { .. } => 19,
        ProblemKind::NoParagraph => 20,
        ProblemKind::ParagraphTwice { .. } => 21,
        ProblemKind::NoAsOf => 22,
        ProblemKind::AsOfNotNewest { .. } => 23,
        ProblemKind::NoTextFrom => 24,
        ProblemKind::VerbatimWithoutCopy { .. } => 25,
        ProblemKind::WordingWithoutSource { .. } => 26,
        ProblemKind::OmissionUnknown => 27,
        ProblemKind::OneSided { .. } => 28,
        ProblemKind::EventsOutOfOrder => 29,
        ProblemKind::NoPhases => 30,
        ProblemKind::PhasesBeginLate { .. } => 31,
        ProblemKind::PhasesOutOfOrder => 32,
        ProblemKind::LastPhaseNotToday => 33,
    }
}

const VARIANTS: usize = 34;

fn date(text: &str) -> PartialDate {
    text.parse().expect("a date")
}

/// One of each kind, and of each case a kind's words depend on.
fn examples() -> Vec<ProblemKind> {
    let id = || "kfor-02".to_owned();
    let mut kinds = vec![
        ProblemKind::Format { found: 9 },
        ProblemKind::EmptyId,
        ProblemKind::IdTwice { id: id() },
        ProblemKind::NoSource,
        ProblemKind::UnknownSource { id: id() },
        ProblemKind::UnknownHolder { id: id() },
        ProblemKind::UnknownPresence { id: id() },
        ProblemKind::NumberTwice {
            number: 3,
            presence: "kfor".to_owned(),
        },
        ProblemKind::EmptyText,
        ProblemKind::NobodyHoldsView,
        ProblemKind::NotWebLink {
            url: "javascript:x".to_owned(),
        },
        ProblemKind::OrphanNote { row: id() },
        ProblemKind::ModifiedBeforeCreated,
        ProblemKind::MirrorMarkedPrimary {
            host: "scribd.com".to_owned(),
        },
        ProblemKind::PrimaryWithoutAddress,
        ProblemKind::NoParagraph,
        ProblemKind::ParagraphTwice {
            paragraph: "11 (a)".to_owned(),
        },
        ProblemKind::NoAsOf,
        ProblemKind::NoTextFrom,
        ProblemKind::VerbatimWithoutCopy { found: id() },
        ProblemKind::WordingWithoutSource { found: id() },
        ProblemKind::OmissionUnknown,
        ProblemKind::OneSided { sides: 1 },
        ProblemKind::EventsOutOfOrder,
        ProblemKind::NoPhases,
        ProblemKind::PhasesBeginLate {
            from: date("2000-01"),
            mandate: date("1999-06-10"),
        },
        ProblemKind::PhasesOutOfOrder,
        ProblemKind::LastPhaseNotToday,
    ];
    for likeness in [
        Likeness::Normalisation,
        Likeness::Invisible,
        Likeness::Case,
        Likeness::Script,
    ] {
        kinds.push(ProblemKind::LookAlike {
            id: id(),
            earlier: "kfor-O2".to_owned(),
            likeness,
        });
    }
    for field in [NoteField::Text, NoteField::Author, NoteField::Tag] {
        kinds.push(ProblemKind::DirectionControl {
            field,
            code: 0x202E,
            name: "RIGHT-TO-LEFT OVERRIDE",
        });
        kinds.push(ProblemKind::ControlCharacter { field, code: 7 });
    }
    for part in [
        ConflictPart::Status,
        ConflictPart::Holders,
        ConflictPart::Assessment,
        ConflictPart::Row,
        ConflictPart::Note,
    ] {
        kinds.push(ProblemKind::Undecided { part, row: None });
        kinds.push(ProblemKind::Undecided {
            part,
            row: Some(id()),
        });
    }
    for (issuer, hosts) in [
        (Issuer::Un, &["undocs.org", "un.org"][..]),
        (Issuer::Eu, &["eur-lex.europa.eu"][..]),
    ] {
        kinds.push(ProblemKind::NotAtOfficialAddress {
            symbol: "S/2008/692".to_owned(),
            issuer,
            hosts: Box::leak(hosts.to_vec().into_boxed_slice()),
            found: "example.org".to_owned(),
        });
    }
    for later in [true, false] {
        kinds.push(ProblemKind::AsOfNotNewest {
            as_of: date("2024-05"),
            later,
            source: "s-2024-1".to_owned(),
            newest: date("2024-03-01"),
        });
    }
    kinds
}

#[test]
fn every_kind_of_problem_has_its_words_in_every_language() {
    let kinds = examples();
    let mut covered = [false; VARIANTS];
    for kind in &kinds {
        covered[variant(kind)] = true;
    }
    let missing: Vec<usize> = (0..VARIANTS).filter(|&v| !covered[v]).collect();
    assert!(missing.is_empty(), "variants with no example: {missing:?}");
    for kind in &kinds {
        let english = problem_message(Language::En, kind);
        for lang in Language::ALL {
            let words = problem_message(lang, kind);
            assert!(
                !words.contains("problem-") && !words.contains("conflict-what-"),
                "{lang:?} falls back to an id for {kind:?}: {words}"
            );
            if lang != Language::En {
                assert_ne!(words, english, "{lang:?} is English for {kind:?}");
            }
        }
    }
}

#[test]
fn check_says_a_problem_in_the_english_it_always_did() {
    let hidden = Problem::error(
        "rows[kfor-02]",
        ProblemKind::UnknownHolder {
            id: "kps\u{202E}".to_owned(),
        },
    );
    assert_eq!(
        problem(Language::En, &hidden),
        r#"error: rows[kfor-02]: names the unknown holder "kps\u{202e}""#
    );
    let official = Problem::error(
        "sources[s]",
        ProblemKind::NotAtOfficialAddress {
            symbol: "S/2008/692".to_owned(),
            issuer: Issuer::Un,
            hosts: &["undocs.org", "un.org"],
            found: "example.org".to_owned(),
        },
    );
    assert_eq!(
        problem(Language::En, &official),
        "error: sources[s]: S/2008/692 is a UN document; link it at undocs.org or un.org (found example.org)"
    );
    assert_eq!(
        problem(Language::Sq, &official),
        "gabim: sources[s]: S/2008/692 është dokument i OKB-së; lidheni në undocs.org ose un.org (u gjet example.org)"
    );
}
