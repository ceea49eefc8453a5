//! The views, one per file, each a `fn …_ui`. They draw from the document, change their own
//! [`ViewState`], and return what else the user asked for as [`Action`]s; only `app` changes
//! the document or touches files.

mod about;
mod action;
mod agreement;
mod checks;
mod command;
mod compare;
mod detail;
mod dialogs;
mod drop_overlay;
mod facts;
mod filters;
mod from_text;
mod main_view;
mod notes;
mod overview;
mod palette;
mod presentation;
mod room;
mod summary;
mod table;
mod tags;
pub mod theme;
mod timeline;
mod view_state;
mod virtual_list;
mod widgets;

pub use about::{AboutInfo, about_ui};
pub use action::{Action, EditRequest};
pub use command::{Command, Scope, remember_typing};
pub use compare::CompareView;
pub use detail::AssessmentDraft;
pub use dialogs::{
    ExternalChoice, PathQuestion, RecoverChoice, UnsavedChoice, VanishedChoice, external_change_ui,
    open_elsewhere_ui, recover_ui, type_path_ui, unsaved_changes_ui, update_dataset_ui,
    vanished_ui,
};
pub use drop_overlay::drop_overlay_ui;
pub use facts::{FactsDraft, RegistryDraft, facts_editable, registry_ui};
pub use from_text::{FromTextOutcome, FromTextState, from_text_ui};
pub use main_view::{MainView, main_view_ui};
pub use notes::NoteEditor;
pub use palette::{PaletteEntry, PaletteOutcome, PaletteState, fuzzy_score, palette_ui};
pub use presentation::{PresentationState, presentation_ui, slide_count};
pub use summary::{SummaryClick, summary_ui};
pub use tags::RenameDraft;
pub use timeline::{TimelineClick, timeline_ui};
pub use view_state::{Tab, ViewState};
