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
    /// The tag rename being typed.
    pub rename: RenameDraft,
    /// The table or the summary picture.
    pub tab: Tab,
    /// In compare mode: the Agreement panel is open.
    pub show_agreement: bool,
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
