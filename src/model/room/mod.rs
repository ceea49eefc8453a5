//! The room: many people's assessments of the same comparison side by side. Per row, how many
//! chose each status, the holders named by most, who is alone in a reading, how far the row's
//! raters agree, and the shared notes each wrote; over all rows, Krippendorff's alpha and
//! Fleiss' kappa for the statuses and the holders' overlap.
//!
//! Only what people assessed themselves counts: a row a person left alone is not a rating of
//! it, so the built-in status never stands in. A person's private notes never reach the room.

mod stats;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

pub use stats::{NoKappa, fleiss_kappa, nominal_alpha, pair_agreement};

use super::agreement::jaccard;
use super::{Document, Status, Visibility};

/// One person in the room: their name and their file (updated to the current release where it
/// was built on an older one).
#[derive(Clone, Debug, PartialEq)]
pub struct Participant {
    /// The author of their assessments, or their file's name.
    pub name: String,
    /// Their document.
    pub doc: Document,
}

impl Participant {
    /// A participant named by the author of most of their own assessments, or `file` (the file's
    /// name without its folder) where they made none or signed none.
    pub fn named(doc: Document, file: &str) -> Self {
        let mut authors: BTreeMap<&str, usize> = BTreeMap::new();
        for own in doc.rows.iter().filter_map(|row| row.assessment.as_ref()) {
            let author = own.author.trim();
            if !author.is_empty() {
                *authors.entry(author).or_insert(0) += 1;
            }
        }
        // The most frequent; among equals the first in order of the name.
        let name = authors
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map_or_else(|| file.to_owned(), |(name, _)| (*name).to_owned());
        Self { name, doc }
    }
}

/// Gives people who share a name their file's position after it ("Ana (2)"), so that no two
/// are confused in the figures.
pub fn distinct_names(people: &mut [Participant]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for person in people.iter_mut() {
        let count = seen.entry(person.name.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            person.name = format!("{} ({count})", person.name);
        }
    }
}

/// One person's own assessment of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    /// Who (an index into [`Room::people`]).
    pub person: usize,
    /// The status they give.
    pub status: Status,
    /// The holders they name (ids).
    pub holders: BTreeSet<String>,
}

/// A shared note a participant wrote on a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoomNote {
    /// Who brought it (an index into [`Room::people`]).
    pub person: usize,
    /// Its author, as the note says.
    pub author: String,
    /// Its text.
    pub text: String,
    /// Its tags.
    pub tags: Vec<String>,
}

/// One row as the room sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomRow {
    /// The row's id.
    pub id: String,
    /// The built-in status of the comparison the room looks at.
    pub built_in: Status,
    /// Everyone's own assessment of it, in the order of the people.
    pub readings: Vec<Reading>,
    /// How many chose each status, most first (among equals in [`Status::ALL`] order); only
    /// statuses someone chose.
    pub counts: Vec<(Status, usize)>,
    /// How many named each holder, most first (among equals by id).
    pub holders: Vec<(String, usize)>,
    /// Who is alone in their reading: with three raters or more, the people whose status
    /// nobody else chose.
    pub alone: Vec<usize>,
    /// The share of pairs of its raters who gave the same status; `None` with fewer than two.
    pub agreement: Option<f64>,
    /// The mean Jaccard index of the holders named by each pair of its raters; `None` with
    /// fewer than two.
    pub overlap: Option<f64>,
    /// The participants' shared notes on it, each once.
    pub notes: Vec<RoomNote>,
}

impl RoomRow {
    /// How many people assessed it.
    pub fn raters(&self) -> usize {
        self.readings.len()
    }

    /// The holders named by most: every holder named by the largest number of people.
    pub fn most_named(&self) -> impl Iterator<Item = &(String, usize)> {
        let top = self.holders.first().map_or(0, |(_, count)| *count);
        self.holders
            .iter()
            .take_while(move |(_, count)| *count == top)
    }
}

/// The room's figures over all rows.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomFigures {
    /// People with at least one own assessment of a row.
    pub raters: usize,
    /// Rows at least two people assessed: the rows the figures measure.
    pub rows: usize,
    /// Assessments of those rows (the pairable values).
    pub values: usize,
    /// Krippendorff's alpha (nominal) for the statuses; `None` when there is nothing to pair,
    /// or everyone gave every row the same one status.
    pub alpha: Option<f64>,
    /// Fleiss' kappa for the statuses, or why there is none.
    pub fleiss: Result<f64, NoKappa>,
    /// The holders' overlap: the mean over the measured rows of each row's mean pairwise
    /// Jaccard index.
    pub overlap: Option<f64>,
}

/// Many people's assessments of one comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Room {
    /// The people, in the order their files were given.
    pub people: Vec<String>,
    /// How many rows of the comparison each assessed themselves, in the same order.
    pub assessed: Vec<usize>,
    /// Every row of the comparison, in its order.
    pub rows: Vec<RoomRow>,
    /// The figures over all rows.
    pub figures: RoomFigures,
}

impl Room {
    /// The room of `people` looking at the rows of `comparison` (matched by id; a row a person's
    /// file lacks is one they did not assess).
    pub fn gather(comparison: &Document, people: &[Participant]) -> Self {
        let by_person: Vec<_> = people.iter().map(|p| p.doc.rows_by_id()).collect();
        let mut notes_seen: HashSet<&str> = HashSet::new();
        let mut notes: HashMap<&str, Vec<RoomNote>> = HashMap::new();
        for (person, participant) in people.iter().enumerate() {
            for note in &participant.doc.annotations {
                let Some(row) = note.row.as_deref() else {
                    continue;
                };
                if note.visibility != Visibility::Shared || !notes_seen.insert(note.id.as_str()) {
                    continue;
                }
                notes.entry(row).or_default().push(RoomNote {
                    person,
                    author: note.author.clone(),
                    text: note.text.clone(),
                    tags: note.tags.clone(),
                });
            }
        }
        let rows: Vec<RoomRow> = comparison
            .rows
            .iter()
            .map(|row| {
                let readings: Vec<Reading> = by_person
                    .iter()
                    .enumerate()
                    .filter_map(|(person, rows)| {
                        let own = rows.get(row.id.as_str())?.assessment.as_ref()?;
                        Some(Reading {
                            person,
                            status: own.status,
                            holders: own.holders.iter().cloned().collect(),
                        })
                    })
                    .collect();
                let mut row = RoomRow::of(row.id.clone(), row.status, readings);
                row.notes = notes.remove(row.id.as_str()).unwrap_or_default();
                row
            })
            .collect();
        let mut assessed = vec![0; people.len()];
        for reading in rows.iter().flat_map(|row| &row.readings) {
            assessed[reading.person] += 1;
        }
        let figures = figures(&rows, &assessed);
        Self {
            people: people.iter().map(|p| p.name.clone()).collect(),
            assessed,
            rows,
            figures,
        }
    }

    /// The rows' positions, most disagreement first: the lowest share of agreeing pairs, then
    /// the least holders' overlap; rows fewer than two people assessed last; among equals the
    /// comparison's order.
    pub fn by_disagreement(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.rows.len()).collect();
        let key = |row: &RoomRow| (row.agreement.is_none(), row.agreement, row.overlap);
        order.sort_by(|&a, &b| {
            let (a, b) = (key(&self.rows[a]), key(&self.rows[b]));
            a.0.cmp(&b.0)
                .then(a.1.unwrap_or(0.0).total_cmp(&b.1.unwrap_or(0.0)))
                .then(a.2.unwrap_or(0.0).total_cmp(&b.2.unwrap_or(0.0)))
        });
        order
    }

    /// The row with this id.
    pub fn row(&self, id: &str) -> Option<&RoomRow> {
        self.rows.iter().find(|row| row.id == id)
    }
}

impl RoomRow {
    fn of(id: String, built_in: Status, readings: Vec<Reading>) -> Self {
        let mut by_status: BTreeMap<Status, usize> = BTreeMap::new();
        let mut by_holder: BTreeMap<&str, usize> = BTreeMap::new();
        for reading in &readings {
            *by_status.entry(reading.status).or_insert(0) += 1;
            for holder in &reading.holders {
                *by_holder.entry(holder.as_str()).or_insert(0) += 1;
            }
        }
        let mut counts: Vec<(Status, usize)> = by_status.into_iter().collect();
        counts.sort_by_key(|&(_, count)| std::cmp::Reverse(count)); // stable: ALL order among equals
        let mut holders: Vec<(String, usize)> = by_holder
            .into_iter()
            .map(|(id, count)| (id.to_owned(), count))
            .collect();
        holders.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
        let alone = if readings.len() >= 3 {
            readings
                .iter()
                .filter(|r| counts.iter().any(|&(s, c)| s == r.status && c == 1))
                .map(|r| r.person)
                .collect()
        } else {
            Vec::new()
        };
        let values: Vec<u32> = readings.iter().map(|r| status_value(r.status)).collect();
        let agreement = pair_agreement(&values);
        let overlap = mean_pairwise_jaccard(&readings);
        Self {
            id,
            built_in,
            readings,
            counts,
            holders,
            alone,
            agreement,
            overlap,
            notes: Vec::new(),
        }
    }
}

/// A status as a value for the statistics: its place in [`Status::ALL`].
fn status_value(status: Status) -> u32 {
    Status::ALL
        .iter()
        .position(|&s| s == status)
        .and_then(|p| u32::try_from(p).ok())
        .unwrap_or(u32::MAX)
}

/// The mean Jaccard index over every pair of readings; `None` with fewer than two.
#[expect(clippy::cast_precision_loss, reason = "counts are small")]
fn mean_pairwise_jaccard(readings: &[Reading]) -> Option<f64> {
    let mut sum = 0.0;
    let mut pairs = 0usize;
    for (i, a) in readings.iter().enumerate() {
        for b in &readings[i + 1..] {
            sum += jaccard(&a.holders, &b.holders);
            pairs += 1;
        }
    }
    (pairs > 0).then(|| sum / pairs as f64)
}

#[expect(clippy::cast_precision_loss, reason = "row counts are small")]
fn figures(rows: &[RoomRow], assessed: &[usize]) -> RoomFigures {
    let units: Vec<Vec<u32>> = rows
        .iter()
        .map(|row| {
            row.readings
                .iter()
                .map(|r| status_value(r.status))
                .collect()
        })
        .collect();
    let measured: Vec<&RoomRow> = rows.iter().filter(|row| row.raters() >= 2).collect();
    let overlaps: Vec<f64> = measured.iter().filter_map(|row| row.overlap).collect();
    RoomFigures {
        raters: assessed.iter().filter(|&&count| count > 0).count(),
        rows: measured.len(),
        values: measured.iter().map(|row| row.raters()).sum(),
        alpha: nominal_alpha(&units),
        fleiss: fleiss_kappa(&units),
        overlap: (!overlaps.is_empty())
            .then(|| overlaps.iter().sum::<f64>() / overlaps.len() as f64),
    }
}
