//! Any document, with any text, saves and loads back the same, and saves to the same bytes.

use mandate_compare::io;
use mandate_compare::model::{
    Annotation, Assessment, Conflict, Dataset, Document, Event, FORMAT_VERSION, FactChange,
    FactsChanged, Holder, HolderKind, KeyDate, Mandate, Omission, PartialDate, Phase, Position,
    Presence, Responsibility, Source, SourceKind, Status, TextFrom, TextKind, Translations,
    Visibility, Wording,
};
use proptest::prelude::*;

/// Text with what breaks naive writers: quotes, backslashes, new lines, tabs, emoji,
/// right-to-left and Cyrillic script, combining marks, and raw-string look-alikes.
fn text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        "\\",
        "\n",
        "\r\n",
        "\t",
        "🕊️",
        "👩🏽‍⚖️",
        "עברית",
        "العربية",
        "\u{200F}",
        "Приштина",
        "Prishtinë",
        "Đ",
        "e\u{301}",
        "r#\"",
        "\"#",
        "(",
        ")",
        "[",
        "]",
        ",",
        ":",
        "//",
        "/*",
        "*/",
        "\0",
        " ",
        "a",
        "Z",
        "0",
        "é",
        "…",
        "—",
        "\u{FEFF}",
        "'",
    ]);
    prop::collection::vec(prop_oneof![pieces.prop_map(str::to_owned), ".{0,8}"], 0..12)
        .prop_map(|parts| parts.concat())
}

fn date() -> impl Strategy<Value = PartialDate> {
    (1900u16..2100, 0u8..=12, 0u8..=28).prop_map(|(y, m, d)| {
        let text = match (m, d) {
            (0, _) => format!("{y:04}"),
            (m, 0) => format!("{y:04}-{m:02}"),
            (m, d) => format!("{y:04}-{m:02}-{d:02}"),
        };
        text.parse().unwrap_or_else(|_| PartialDate::from_year(y))
    })
}

fn timestamp() -> impl Strategy<Value = jiff::Timestamp> {
    (0i64..4_000_000_000, 0i32..1_000_000_000)
        .prop_map(|(s, ns)| jiff::Timestamp::new(s, ns).unwrap_or(jiff::Timestamp::UNIX_EPOCH))
}

/// Translations made of a generated text (none when it is empty), so that labels' maps carry
/// any characters through a save and a load.
fn translations(text: &str) -> Translations {
    if text.is_empty() {
        Translations::default()
    } else {
        Translations::from([("sq", text), ("sr-Latn", &format!("{text} ({text})"))])
    }
}

fn presence((id, short, name): (String, String, String)) -> Presence {
    Presence {
        short_tr: translations(&name),
        name_tr: Translations::default(),
        id,
        short,
        name,
    }
}

fn holder(id: String, short: String, name: String, kind: HolderKind) -> Holder {
    Holder {
        short_tr: Translations::default(),
        name_tr: translations(&short),
        id,
        short,
        name,
        kind,
    }
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

fn fact_changes() -> impl Strategy<Value = Vec<FactChange>> {
    let change = prop_oneof![
        (status(), status()).prop_map(|(was, now)| FactChange::Status { was, now }),
        Just(FactChange::Holders),
        Just(FactChange::Phases),
        (0usize..5).prop_map(|new_or_changed| FactChange::Events { new_or_changed }),
        Just(FactChange::Positions),
    ];
    prop::collection::vec(change, 0..4)
}

fn ids() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), 0..3)
}

fn row() -> impl Strategy<Value = Responsibility> {
    (
        (text(), text(), 0u32..100, text(), text(), status()),
        (ids(), text(), ids()),
        prop::collection::vec((date(), text(), ids()), 0..3),
        prop::collection::vec((text(), text(), ids()), 0..3),
        prop::option::of((status(), ids(), text(), timestamp())),
        (
            text(),
            prop::collection::vec((text(), text()), 0..2),
            prop::option::of(date()),
            prop::collection::vec((date(), status(), ids(), ids()), 0..3),
            prop::option::of((any::<bool>(), text(), prop::option::of((text(), text())))),
        ),
    )
        .prop_map(
            |(
                (id, presence, number, title, original, status),
                (holders, summary, sources),
                events,
                positions,
                own,
                (paragraph, wordings, as_of, phases, from),
            )| {
                Responsibility {
                    id,
                    presence,
                    number,
                    title_tr: translations(&summary),
                    paragraph,
                    title,
                    original,
                    original_from: from.map(|(verbatim, source, omits)| TextFrom {
                        kind: if verbatim {
                            TextKind::Verbatim
                        } else {
                            TextKind::Wording
                        },
                        source,
                        omits: omits.map(|(text, source)| Omission { text, source }),
                    }),
                    wordings: wordings
                        .into_iter()
                        .map(|(source, text)| Wording { source, text })
                        .collect(),
                    status,
                    as_of,
                    holders,
                    summary,
                    events: events
                        .into_iter()
                        .map(|(date, text, sources)| Event {
                            date,
                            text,
                            sources,
                        })
                        .collect(),
                    positions: positions
                        .into_iter()
                        .map(|(held_by, view, sources)| Position {
                            held_by,
                            view,
                            sources,
                        })
                        .collect(),
                    phases: phases
                        .into_iter()
                        .map(|(from, status, holders, sources)| Phase {
                            from,
                            status,
                            holders,
                            sources,
                        })
                        .collect(),
                    sources,
                    assessment: own.map(|(status, holders, author, modified)| Assessment {
                        status,
                        holders,
                        author,
                        modified,
                    }),
                }
            },
        )
}

fn annotation() -> impl Strategy<Value = Annotation> {
    (
        (text(), prop::option::of(text()), text()),
        (timestamp(), timestamp(), text(), ids(), any::<bool>()),
        prop::option::of((timestamp(), fact_changes(), prop::option::of(text()))),
    )
        .prop_map(
            |((id, row, author), (created, modified, text, mut tags, private), changed)| {
                tags.sort();
                tags.dedup();
                Annotation {
                    id,
                    row,
                    author,
                    created,
                    modified,
                    text,
                    tags,
                    visibility: if private {
                        Visibility::Private
                    } else {
                        Visibility::Shared
                    },
                    facts_changed: changed.map(|(at, changes, what)| FactsChanged {
                        at,
                        changes,
                        what,
                    }),
                }
            },
        )
}

fn conflict() -> impl Strategy<Value = Conflict> {
    prop_oneof![
        (text(), status()).prop_map(|(row, theirs)| Conflict::Status { row, theirs }),
        (text(), ids()).prop_map(|(row, theirs)| Conflict::Holders { row, theirs }),
        (text(), row()).prop_map(|(row, theirs)| Conflict::Row {
            row,
            theirs: Box::new(theirs)
        }),
        (text(), prop::option::of(annotation()))
            .prop_map(|(id, theirs)| Conflict::Annotation { id, theirs }),
    ]
}

fn document() -> impl Strategy<Value = Document> {
    (
        (text(), date(), ids(), text()),
        prop::collection::vec((text(), text(), text()), 0..3),
        prop::collection::vec((text(), text(), text(), 0usize..3), 0..3),
        prop::collection::vec(
            (
                text(),
                text(),
                text(),
                prop::option::of(date()),
                prop::option::of(text()),
                prop::option::of(text()),
                any::<bool>(),
            ),
            0..3,
        ),
        prop::collection::vec(row(), 0..4),
        prop::collection::vec(annotation(), 0..4),
        prop::collection::vec(conflict(), 0..3),
    )
        .prop_map(
            |(
                (title, when, sources, label),
                presences,
                holders,
                source_list,
                rows,
                annotations,
                conflicts,
            )| {
                let kinds = [
                    HolderKind::Local,
                    HolderKind::International,
                    HolderKind::NonGovernmental,
                ];
                Document {
                    format: FORMAT_VERSION,
                    // A stamp made of the generated texts: present or not, with any characters.
                    dataset: (!label.is_empty()).then(|| Dataset {
                        id: label.clone(),
                        version: title.clone(),
                    }),
                    title_tr: translations(&title),
                    title,
                    original: Mandate {
                        label_tr: translations(&label),
                        label: label.clone(),
                        date: when,
                        sources: sources.clone(),
                    },
                    // A key date made of the generated texts too, with any characters.
                    key_dates: vec![KeyDate {
                        date: when,
                        label: label.clone(),
                        sources: sources.clone(),
                    }],
                    current: Mandate {
                        label_tr: Translations::default(),
                        label,
                        date: when,
                        sources,
                    },
                    presences: presences.into_iter().map(presence).collect(),
                    holders: holders
                        .into_iter()
                        .map(|(id, short, name, kind)| holder(id, short, name, kinds[kind]))
                        .collect(),
                    sources: source_list
                        .into_iter()
                        .map(
                            |(id, title, publisher, date, symbol, url, primary)| Source {
                                id,
                                title,
                                publisher,
                                date,
                                symbol,
                                url,
                                kind: if primary {
                                    SourceKind::Primary
                                } else {
                                    SourceKind::Secondary
                                },
                            },
                        )
                        .collect(),
                    rows,
                    // Blind or not, varying with the generated notes.
                    blind: annotations.len() % 2 == 1,
                    annotations,
                    conflicts,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn save_then_load_gives_the_same_document(doc in document()) {
        let text = io::to_ron_string(&doc).expect("serialises");
        let loaded = io::load_bytes(text.as_bytes(), "generated.ron")
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&loaded, &doc.normalized());
        let again = io::to_ron_string(&loaded).expect("serialises");
        prop_assert_eq!(text, again, "saving twice gives the same bytes");
    }
}
