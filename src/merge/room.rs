//! Bringing the room's files together: each file read is updated in memory to the newest
//! built-in data where it was built on an older release (never written), and checked to be
//! built on the same comparison as the others.

use std::path::Path;

use crate::io::{self, LoadError};
use crate::model::{Document, Participant, distinct_names};

/// A file of the room as it came in.
#[derive(Clone, Debug)]
pub struct Arrived {
    /// The person and their document (updated in memory where needed).
    pub participant: Participant,
    /// The release it was updated from and to, where it was updated in memory.
    pub updated: Option<(&'static str, &'static str)>,
}

/// Why a file did not join the room.
#[derive(Debug)]
pub enum Refused {
    /// It could not be read (file, line, column and what was expected).
    Load(LoadError),
    /// It shares no row with the comparison: it is not built on the same one.
    OtherComparison,
}

/// The file at `path` as a participant of the room looking at `comparison`.
///
/// # Errors
/// When the file cannot be read, or shares no row with `comparison`.
pub fn arrive(path: &Path, comparison: &Document) -> Result<Arrived, Refused> {
    let doc = io::open_path(path).map_err(Refused::Load)?.document;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    arrive_document(doc, &name, comparison)
}

/// A document already read, called `file`, as a participant of the room looking at
/// `comparison`.
///
/// # Errors
/// When it shares no row with `comparison`.
pub fn arrive_document(
    doc: Document,
    file: &str,
    comparison: &Document,
) -> Result<Arrived, Refused> {
    let (doc, updated) = match io::newer_release(&doc) {
        Some((built_on, latest)) => {
            let updated = super::update(
                &doc,
                &built_on.release.document,
                &latest.document,
                jiff::Timestamp::now(),
            );
            (
                updated.document,
                Some((built_on.release.label, latest.label)),
            )
        }
        None => (doc, None),
    };
    let ids = comparison.rows_by_id();
    if !doc.rows.iter().any(|row| ids.contains_key(row.id.as_str())) {
        return Err(Refused::OtherComparison);
    }
    Ok(Arrived {
        participant: Participant::named(doc, file),
        updated,
    })
}

/// The participants of those that arrived, no two with the same name.
pub fn participants(arrived: impl IntoIterator<Item = Arrived>) -> Vec<Participant> {
    let mut people: Vec<Participant> = arrived.into_iter().map(|a| a.participant).collect();
    distinct_names(&mut people);
    people
}
