//! Large documents for benchmarks and tests: what months of annotation by a whole class look
//! like. Deterministic from a seed, so every run measures the same document; generated, not
//! committed. Only with the `bench-support` feature, which the tests and benchmarks turn on.
//!
//! ```
//! let doc = mandate_compare::stress::document(7, 20, 200);
//! assert_eq!((doc.rows.len(), doc.annotations.len()), (20, 200));
//! assert!(doc.validate().is_empty());
//! assert_eq!(doc, mandate_compare::stress::document(7, 20, 200));
//! ```

use crate::model::{
    Annotation, Assessment, Document, Event, FORMAT_VERSION, PartialDate, Phase, Position,
    Presence, Responsibility, Status, Visibility,
};

/// The size the performance targets are set for: 2,000 rows and 20,000 notes (about 10 MB of
/// RON).
pub const ROWS: usize = 2_000;
/// See [`ROWS`].
pub const NOTES: usize = 20_000;

/// SplitMix64: small, fast and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        // The modulo bias is irrelevant for test data.
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One to three of `sources`, for a claim.
    fn sources(&mut self, sources: &[String]) -> Vec<String> {
        (0..1 + self.below(3))
            .map(|_| self.pick(sources).clone())
            .collect()
    }

    /// A day between 1999 and 2025.
    fn day(&mut self) -> PartialDate {
        let text = format!(
            "{}-{:02}-{:02}",
            1999 + self.below(27),
            1 + self.below(12),
            1 + self.below(28)
        );
        text.parse()
            .unwrap_or_else(|_| PartialDate::from_year(2008))
    }

    /// A moment in 2024 to 2026.
    fn time(&mut self) -> jiff::Timestamp {
        // 2024-01-01 plus up to about three years.
        jiff::Timestamp::from_second(1_704_067_200 + self.below(94_000_000) as i64)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
    }

    /// Words from the mandate's vocabulary, about `chars` characters long, as sentences.
    fn text(&mut self, chars: usize) -> String {
        let mut text = String::with_capacity(chars + 16);
        let mut sentence_start = true;
        while text.len() < chars {
            let word = *self.pick(WORDS);
            if sentence_start {
                let mut letters = word.chars();
                if let Some(first) = letters.next() {
                    text.extend(first.to_uppercase());
                    text.push_str(letters.as_str());
                }
            } else {
                text.push_str(word);
            }
            sentence_start = self.below(12) == 0;
            text.push_str(if sentence_start { ". " } else { " " });
        }
        text.truncate(text.trim_end().len());
        if !text.ends_with('.') {
            text.push('.');
        }
        text
    }
}

const WORDS: &[&str] = &[
    "the",
    "mission",
    "civil",
    "administration",
    "authority",
    "police",
    "judiciary",
    "Kosovo",
    "UNMIK",
    "KFOR",
    "EULEX",
    "OSCE",
    "institutions",
    "transfer",
    "of",
    "to",
    "and",
    "in",
    "responsibility",
    "functions",
    "municipal",
    "elections",
    "returns",
    "refugees",
    "displaced",
    "persons",
    "human",
    "rights",
    "monitoring",
    "reporting",
    "Security",
    "Council",
    "resolution",
    "1244",
    "status",
    "process",
    "assembly",
    "government",
    "Prishtinë",
    "Priština",
    "Mitrovica",
    "north",
    "customs",
    "border",
    "property",
    "courts",
    "prosecutors",
    "reconstruction",
    "infrastructure",
    "economic",
    "humanitarian",
    "agencies",
    "coordination",
    "law",
    "order",
    "public",
    "safety",
    "demilitarisation",
    "KLA",
    "withdrawal",
    "forces",
    "security",
    "presence",
    "mandate",
    "contested",
    "residual",
    "shared",
    "ongoing",
    "completed",
    "superseded",
    "Serbia",
    "Belgrade",
    "dialogue",
    "normalisation",
    "agreement",
    "Brussels",
    "community",
    "Serb",
    "Albanian",
    "minority",
    "protection",
    "heritage",
    "sites",
    "religious",
    "archives",
    "registry",
    "documents",
    "travel",
    "interim",
    "self-government",
    "provisional",
    "constitutional",
    "framework",
    "Special",
    "Representative",
    "Secretary-General",
    "report",
    "2008",
    "2013",
    "2018",
    "2023",
    "reconfiguration",
    "executive",
    "strengthening",
    "advisory",
    "capacity",
];

const TAGS: &[&str] = &[
    "police",
    "judiciary",
    "to-check",
    "needs-source",
    "contested",
    "returns",
    "north",
    "elections",
    "eulex",
    "kfor",
    "property",
    "workshop",
    "paper",
    "interview",
    "archive",
];

const AUTHORS: &[&str] = &[
    "Ana Petrović",
    "Besa Krasniqi",
    "Ben Taylor",
    "Dragan Jovanović",
    "Elira Hoxha",
    "Marko Ilić",
    "Nora Berisha",
    "Sam Okafor",
    "Vesna Marković",
    "Zana Gashi",
];

/// A document with `rows` responsibilities and `notes` notes, the same for the same seed. Its
/// presences, holders and sources are the built-in dataset's, so every reference is valid.
///
/// # Panics
/// Only if the built-in dataset is broken, which a test rules out.
#[allow(clippy::missing_panics_doc)]
pub fn document(seed: u64, rows: usize, notes: usize) -> Document {
    let mut rng = Rng(seed);
    #[allow(clippy::expect_used)]
    let builtin = crate::io::builtin().expect("the built-in dataset loads");
    let refs = References {
        presences: builtin.presences.clone(),
        holders: builtin.holders.iter().map(|h| h.id.clone()).collect(),
        sources: builtin.sources.iter().map(|s| s.id.clone()).collect(),
    };
    let rows: Vec<Responsibility> = (0..rows).map(|index| row(&mut rng, index, &refs)).collect();
    let annotations: Vec<Annotation> = (0..notes)
        .map(|index| note(&mut rng, seed, index, &rows))
        .collect();
    Document {
        format: FORMAT_VERSION,
        dataset: None,
        title: format!("Stress document (seed {seed})"),
        title_tr: crate::model::Translations::default(),
        rows,
        annotations,
        conflicts: Vec::new(),
        blind: false,
        ..builtin
    }
    .normalized()
}

/// What the generated rows may cite: the built-in dataset's presences, holders and sources.
struct References {
    presences: Vec<Presence>,
    holders: Vec<String>,
    sources: Vec<String>,
}

/// Row `index` of a stress document.
fn row(rng: &mut Rng, index: usize, refs: &References) -> Responsibility {
    let presence = &refs.presences[index % refs.presences.len()];
    let status = *rng.pick(&Status::ALL);
    let row_holders: Vec<String> = (0..rng.below(3))
        .map(|_| rng.pick(&refs.holders).clone())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let assessment = (rng.below(5) == 0).then(|| Assessment {
        status: *rng.pick(&Status::ALL),
        holders: vec![rng.pick(&refs.holders).clone()],
        author: (*rng.pick(AUTHORS)).to_owned(),
        modified: rng.time(),
    });
    Responsibility {
        id: format!("row-{index:05}"),
        presence: presence.id.clone(),
        number: u32::try_from(index / refs.presences.len() + 1).unwrap_or(u32::MAX),
        paragraph: format!("{} ({})", index % 20 + 1, index % 7 + 1),
        title: rng.text(40),
        title_tr: crate::model::Translations::default(),
        original: rng.text(200),
        original_from: None,
        wordings: Vec::new(),
        status,
        as_of: Some(rng.day()),
        holders: row_holders.clone(),
        summary: rng.text(200),
        events: (0..1 + rng.below(3))
            .map(|_| Event {
                date: rng.day(),
                text: rng.text(100),
                sources: rng.sources(&refs.sources),
            })
            .collect(),
        positions: (0..rng.below(2))
            .map(|_| Position {
                held_by: (*rng.pick(&["Kosovo", "Serbia", "Russia", "United States"])).to_owned(),
                view: rng.text(120),
                sources: rng.sources(&refs.sources),
            })
            .collect(),
        // One phase from the mandate on, so the document passes the curators' rules' shape
        // without growing past the size the performance targets are set for.
        phases: vec![Phase {
            from: PartialDate::from_year(1999),
            status,
            holders: row_holders,
            sources: rng.sources(&refs.sources),
        }],
        sources: rng.sources(&refs.sources),
        assessment,
    }
}

/// Note `index` of a stress document made from `seed`, about one of `rows` (or, one in twenty,
/// about the whole document).
fn note(rng: &mut Rng, seed: u64, index: usize, rows: &[Responsibility]) -> Annotation {
    let created = rng.time();
    let row =
        (rng.below(20) != 0 && !rows.is_empty()).then(|| rows[rng.below(rows.len())].id.clone());
    let mut tags: Vec<String> = (0..rng.below(4))
        .map(|_| (*rng.pick(TAGS)).to_owned())
        .collect();
    tags.sort();
    tags.dedup();
    // A sentence or two: 30 to 150 characters.
    let length = 30 + rng.below(120);
    Annotation {
        id: format!("a-{seed:04x}-{index:06}"),
        row,
        author: (*rng.pick(AUTHORS)).to_owned(),
        created,
        modified: created,
        text: rng.text(length),
        tags,
        visibility: if rng.below(5) == 0 {
            Visibility::Private
        } else {
            Visibility::Shared
        },
        facts_changed: None,
    }
}

/// A colleague's copy of `doc` after their own months of work: about one note in `every`
/// reworded, one in `every` deleted, as many new notes added, and some assessments changed.
/// Deterministic from `seed`.
pub fn diverge(doc: &Document, seed: u64, every: usize) -> Document {
    let mut rng = Rng(seed);
    let mut doc = doc.clone();
    let every = every.max(2);
    let later = jiff::Timestamp::from_second(1_800_000_000).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let mut added = Vec::new();
    doc.annotations.retain_mut(|note| {
        match rng.below(every) {
            0 => return false,
            1 => {
                note.text = rng.text(note.text.len());
                note.modified = later;
            }
            2 => {
                let mut copy = note.clone();
                copy.id = format!("{}-b{seed:x}", note.id);
                copy.text = rng.text(200);
                added.push(copy);
            }
            _ => {}
        }
        true
    });
    doc.annotations.extend(added);
    for row in &mut doc.rows {
        if rng.below(every) == 0 {
            row.assessment = Some(Assessment {
                status: *rng.pick(&Status::ALL),
                holders: Vec::new(),
                author: (*rng.pick(AUTHORS)).to_owned(),
                modified: later,
            });
        }
    }
    doc.normalized()
}

/// `count` participants' files of one comparison, as a workshop's room has them: each person
/// (called "Participant N") assesses most rows, choosing the built-in status about half the
/// time and another otherwise, naming some of the built-in holders, and writes a shared note
/// on some rows and a private one on a few. Deterministic from `seed`.
pub fn room_files(comparison: &Document, count: usize, seed: u64) -> Vec<Document> {
    let mut rng = Rng(seed);
    let at = jiff::Timestamp::UNIX_EPOCH;
    (0..count)
        .map(|person| {
            let author = format!("Participant {}", person + 1);
            let mut doc = comparison.clone();
            doc.annotations.clear();
            for row in &mut doc.rows {
                if rng.below(6) == 0 {
                    row.assessment = None;
                    continue;
                }
                let status = if rng.below(2) == 0 {
                    row.status
                } else {
                    Status::ALL[rng.below(Status::ALL.len())]
                };
                let holders = row
                    .holders
                    .iter()
                    .filter(|_| rng.below(3) != 0)
                    .cloned()
                    .collect();
                row.assessment = Some(Assessment {
                    status,
                    holders,
                    author: author.clone(),
                    modified: at,
                });
                for (kind, visibility) in [(5, Visibility::Shared), (12, Visibility::Private)] {
                    if rng.below(kind) == 0 {
                        doc.annotations.push(Annotation {
                            id: format!("a-room-{seed}-{person}-{}-{kind}", row.id),
                            row: Some(row.id.clone()),
                            author: author.clone(),
                            created: at,
                            modified: at,
                            text: format!("{author} on {}: a point to raise", row.id),
                            tags: Vec::new(),
                            visibility,
                            facts_changed: None,
                        });
                    }
                }
            }
            doc
        })
        .collect()
}
