//! What the views remember between frames. Each view changes its own part of it directly.

use std::collections::HashMap;

use super::{AssessmentDraft, NoteEditor, RenameDraft};
use crate::model::Filter;

/// What the views remember between frames: the selection, the filter and the drafts being
/// typed.
#[derive(Default)]
pub struct ViewState {
    /// The selected row.
    pub selected: Option<String>,
    /// What the table shows.
    pub filter: Filter,
    /// Set by Find: the search field takes the keyboard on the next frame.
    pub focus_search: bool,
    /// Set when the table's layout changes (reading mode): bring the selected row into view.
    pub scroll_to_selected: bool,
    /// A note draft per row (`None`: the whole document), so switching rows loses nothing.
    pub drafts: HashMap<Option<String>, NoteEditor>,
    /// The user's assessment being edited, for the selected row.
    pub assessment: Option<AssessmentDraft>,
    /// The selected row's facts being edited ("Edit facts"), in a comparison not built on the
    /// built-in data.
    pub facts: Option<super::FactsDraft>,
    /// The tag rename being typed.
    pub rename: RenameDraft,
    /// The table or the summary picture.
    pub tab: Tab,
    /// In compare mode: the Agreement panel is open.
    pub show_agreement: bool,
    /// Whether the table has been drawn for this document: a document just opened (or the app
    /// just started) shows its table from the top, not where another one was left.
    pub table_shown: bool,
    /// The conflict to bring to the top of the list: the one after a conflict just settled.
    pub next_conflict: Option<usize>,
    /// Which rows the agreement measures: by default those both people assessed themselves.
    pub agreement_over: crate::model::Over,
    /// The row the detail panel showed last frame (`Some(None)`: the overview): when another
    /// is selected, the panel starts again at its top, with the row's heading.
    pub detail_shown: Option<Option<String>>,
    /// The room's view names the people alone in a reading (off by default: off when
    /// projecting).
    pub room_names: bool,
    /// The room's view keeps the comparison's order instead of most disagreement first.
    pub room_in_order: bool,
}

/// What the central area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The comparison table.
    #[default]
    Table,
    /// The summary picture.
    Summary,
    /// Who held what, when.
    Timeline,
    /// The room: many participants' assessments side by side.
    Room,
}

impl ViewState {
    /// Selects a row.
    pub fn select(&mut self, row: Option<String>) {
        if self.selected != row {
            self.selected = row;
            self.assessment = None;
        }
    }
}
