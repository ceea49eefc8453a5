//! What validation finds ([`Problem`]), worded in a language: the command line's `check` in
//! English, the window in the interface's language. Ids, links and texts quoted from the file
//! go in as Rust writes them quoted (`"kfor-02"`, with anything unprintable escaped), so a
//! message about a strange id can neither hide it nor break the line.

use fluent_bundle::FluentValue;

use crate::model::{
    ConflictPart, FORMAT_VERSION, Issuer, Likeness, NoteField, Problem, ProblemKind, Severity,
};

use super::Language;

/// "error: rows[kfor-02]: names the unknown holder \"kps\"": how serious, where, and what.
pub fn problem(lang: Language, problem: &Problem) -> String {
    let severity = lang.t(match problem.severity {
        Severity::Warning => "problem-warning",
        Severity::Error => "problem-error",
    });
    lang.t_args(
        "problem-line",
        &[
            ("severity", severity.into()),
            ("place", problem.place.as_str().into()),
            ("message", problem_message(lang, &problem.kind).into()),
        ],
    )
}

/// What a conflict is about, in a few words: "status", "note".
pub fn conflict_part(lang: Language, part: ConflictPart) -> String {
    lang.t(match part {
        ConflictPart::Status => "conflict-what-status",
        ConflictPart::Holders => "conflict-what-holders",
        ConflictPart::Assessment => "conflict-what-assessment",
        ConflictPart::Row => "conflict-what-row",
        ConflictPart::Note => "conflict-what-note",
    })
}

fn quoted(text: &str) -> FluentValue<'static> {
    format!("{text:?}").into()
}

fn plain(text: impl ToString) -> FluentValue<'static> {
    text.to_string().into()
}

fn field_words(lang: Language, field: NoteField) -> String {
    lang.t(match field {
        NoteField::Text => "problem-field-text",
        NoteField::Author => "problem-field-author",
        NoteField::Tag => "problem-field-tag",
    })
}

/// What is wrong, without where.
pub fn problem_message(lang: Language, kind: &ProblemKind) -> String {
    let (id, args): Parts = match kind {
        ProblemKind::Format { found } => (
            "problem-format",
            vec![("found", plain(found)), ("reads", plain(FORMAT_VERSION))],
        ),
        ProblemKind::EmptyId => ("problem-empty-id", vec![]),
        ProblemKind::IdTwice { id } => ("problem-id-twice", vec![("id", quoted(id))]),
        ProblemKind::LookAlike {
            id,
            earlier,
            likeness,
        } => look_alike(lang, id, earlier, *likeness),
        ProblemKind::NoSource => ("problem-no-source", vec![]),
        ProblemKind::UnknownSource { id } => ("problem-unknown-source", vec![("id", quoted(id))]),
        ProblemKind::UnknownHolder { id } => ("problem-unknown-holder", vec![("id", quoted(id))]),
        ProblemKind::UnknownPresence { id } => {
            ("problem-unknown-presence", vec![("id", quoted(id))])
        }
        ProblemKind::NumberTwice { number, presence } => (
            "problem-number-twice",
            vec![("number", plain(number)), ("presence", quoted(presence))],
        ),
        ProblemKind::EmptyText => ("problem-empty-text", vec![]),
        ProblemKind::NobodyHoldsView => ("problem-nobody-holds-view", vec![]),
        ProblemKind::NotWebLink { url } => ("problem-not-web-link", vec![("url", quoted(url))]),
        ProblemKind::OrphanNote { row } => ("problem-orphan-note", vec![("row", quoted(row))]),
        ProblemKind::DirectionControl { field, code, name } => {
            hidden(lang, *field, *code, Some(name))
        }
        ProblemKind::ControlCharacter { field, code } => hidden(lang, *field, *code, None),
        ProblemKind::ModifiedBeforeCreated => ("problem-modified-before-created", vec![]),
        ProblemKind::Undecided { part, row } => (
            match row {
                Some(_) => "problem-undecided-row",
                None => "problem-undecided",
            },
            vec![
                ("what", conflict_part(lang, *part).into()),
                ("row", quoted(row.as_deref().unwrap_or_default())),
            ],
        ),
        ProblemKind::MirrorMarkedPrimary { host } => {
            ("problem-mirror-primary", vec![("host", plain(host))])
        }
        ProblemKind::PrimaryWithoutAddress => ("problem-primary-no-address", vec![]),
        ProblemKind::NotAtOfficialAddress {
            symbol,
            issuer,
            hosts,
            found,
        } => official(lang, symbol, *issuer, hosts, found),
        ProblemKind::NoParagraph => ("problem-no-paragraph", vec![]),
        ProblemKind::ParagraphTwice { paragraph } => (
            "problem-paragraph-twice",
            vec![("paragraph", quoted(paragraph))],
        ),
        ProblemKind::NoAsOf => ("problem-no-as-of", vec![]),
        ProblemKind::AsOfNotNewest {
            as_of,
            later,
            source,
            newest,
        } => (
            if *later {
                "problem-as-of-later"
            } else {
                "problem-as-of-earlier"
            },
            vec![
                ("as_of", plain(as_of)),
                ("source", plain(source)),
                ("newest", plain(newest)),
            ],
        ),
        ProblemKind::NoTextFrom => ("problem-no-text-from", vec![]),
        ProblemKind::VerbatimWithoutCopy { found } => {
            ("problem-verbatim-no-copy", vec![("found", quoted(found))])
        }
        ProblemKind::WordingWithoutSource { found } => {
            ("problem-wording-no-source", vec![("found", quoted(found))])
        }
        ProblemKind::OmissionUnknown => ("problem-omission-unknown", vec![]),
        ProblemKind::OneSided { sides } => (
            "problem-one-sided",
            vec![("sides", FluentValue::from(*sides))],
        ),
        ProblemKind::EventsOutOfOrder => ("problem-events-out-of-order", vec![]),
        ProblemKind::NoPhases => ("problem-no-phases", vec![]),
        ProblemKind::PhasesBeginLate { from, mandate } => (
            "problem-phases-begin-late",
            vec![("from", plain(from)), ("mandate", plain(mandate))],
        ),
        ProblemKind::PhasesOutOfOrder => ("problem-phases-out-of-order", vec![]),
        ProblemKind::LastPhaseNotToday => ("problem-last-phase-not-today", vec![]),
    };
    lang.t_args(id, &args)
}

/// A message id and its arguments.
type Parts = (&'static str, Vec<(&'static str, FluentValue<'static>)>);

fn look_alike(lang: Language, id: &str, earlier: &str, likeness: Likeness) -> Parts {
    let likeness = lang.t(likeness_id(likeness));
    let args = vec![
        ("id", quoted(id)),
        ("earlier", quoted(earlier)),
        ("likeness", likeness.into()),
    ];
    ("problem-look-alike", args)
}

/// A hidden character in a note: a direction control (with its Unicode name) or another
/// control character.
fn hidden(lang: Language, field: NoteField, code: u32, name: Option<&str>) -> Parts {
    let mut args = vec![
        ("field", field_words(lang, field).into()),
        ("code", plain(format!("U+{code:04X}"))),
    ];
    match name {
        Some(name) => {
            args.push(("name", plain(name)));
            ("problem-direction-control", args)
        }
        None => ("problem-control-character", args),
    }
}

fn official(lang: Language, symbol: &str, issuer: Issuer, hosts: &[&str], found: &str) -> Parts {
    let id = match issuer {
        Issuer::Un => "problem-official-un",
        Issuer::Eu => "problem-official-eu",
    };
    let hosts = hosts.join(&format!(" {} ", lang.t("problem-or")));
    let args = vec![
        ("symbol", plain(symbol)),
        ("hosts", plain(hosts)),
        ("found", plain(found)),
    ];
    (id, args)
}

fn likeness_id(likeness: Likeness) -> &'static str {
    match likeness {
        Likeness::Normalisation => "problem-likeness-normalisation",
        Likeness::Invisible => "problem-likeness-invisible",
        Likeness::Case => "problem-likeness-case",
        Likeness::Script => "problem-likeness-script",
    }
}
