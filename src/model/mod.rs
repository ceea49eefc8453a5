//! The document and its rules: plain data, no egui and no I/O.

mod agreement;
mod conflict;
mod curation;
mod date;
mod document;
mod edit;
mod facts;
mod ids;
mod labels;
mod lookup;
mod problem;
mod provenance;
mod release;
pub mod resolution;
pub mod room;
mod search;
pub mod timeline;
mod validate;

pub use agreement::{Agreement, Basis, Figures, Over, Rating, RowAgreement};
pub use conflict::{Choice, Conflict, ConflictPart};
pub use curation::{MIRROR_HOSTS, host, is_mirror, primary_share};
pub use date::{DateError, PartialDate};
pub use document::{
    Annotation, Assessment, Dataset, Document, Event, FORMAT_VERSION, FactChange, FactsChanged,
    Holder, HolderKind, KeyDate, Mandate, Phase, Position, Presence, Responsibility, Source,
    SourceKind, Status, Visibility, Wording, is_web_url, parse_tags,
};
pub use edit::{Edit, EditError, EditKind};
pub use labels::Translations;
pub use lookup::Counts;
pub use problem::{Issuer, Likeness, NoteField, Problem, ProblemKind, Severity};
pub use provenance::{Omission, Shown, TextFrom, TextKind};
pub use release::{
    builtin_part, cited_sources, distance, facts_changed, mark_notes_on_changed_facts,
    named_holders,
};
pub use room::{NoKappa, Participant, Room, RoomFigures, RoomNote, RoomRow, distinct_names};
pub use search::{Field, Filter, SearchIndex, fold, found_in, match_ranges};
