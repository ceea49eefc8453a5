//! The views, one per file. Each draws from the document and returns what the user asked for
//! as [`Action`]s; only `app` changes the document or touches files.

mod command;
mod compare;
mod detail;
mod dialogs;
mod filters;
mod notes;
mod palette;
mod presentation;
mod status_bar;
mod summary;
mod table;
mod tags;
pub mod theme;

use std::collections::HashMap;
use std::path::PathBuf;

pub use command::{Command, Scope};
pub use compare::CompareView;
pub use dialogs::{
    ExternalChoice, RecoverChoice, UnsavedChoice, external_change_ui, recover_ui, type_path_ui,
    unsaved_changes_ui,
};
pub use notes::NoteEditor;
pub use palette::{PaletteEntry, PaletteOutcome, PaletteState, fuzzy_score, palette_ui};
pub use presentation::{PresentationState, presentation_ui, slide_count};
pub use status_bar::status_bar_ui;
pub use summary::{SummaryClick, summary_ui};

use crate::model::{Choice, Counts, Document, Filter, Status, Visibility};

/// Something the user asked for in a view, carried out by `app` at the end of the frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Select a row (or none).
    Select(Option<String>),
    /// Change the document.
    Edit(EditRequest),
    /// Remember the user's name.
    SetAuthor(String),
    /// Open a link in the browser (only http and https are opened).
    OpenUrl(String),
    /// Run a command.
    Command(Command),
    /// Open a file from the recent list.
    OpenRecent(PathBuf),
    /// Take a file off the recent list.
    ForgetRecent(PathBuf),
    /// Merge from the file being compared.
    MergeCompared,
    /// Settle a merge conflict.
    Resolve {
        /// Its place in the document's list.
        index: usize,
        /// How.
        choice: Choice,
    },
}

/// A change to the document, as the user asked for it; `app` adds the author, time and id.
#[derive(Clone, Debug, PartialEq)]
pub enum EditRequest {
    /// Add a note to a row (or, with `None`, to the whole document).
    AddNote {
        /// The row.
        row: Option<String>,
        /// The text.
        text: String,
        /// The tags.
        tags: Vec<String>,
        /// Shared or private.
        visibility: Visibility,
    },
    /// Change a note.
    UpdateNote {
        /// The note.
        id: String,
        /// The text.
        text: String,
        /// The tags.
        tags: Vec<String>,
        /// Shared or private.
        visibility: Visibility,
    },
    /// Delete a note.
    DeleteNote {
        /// The note.
        id: String,
    },
    /// Set the user's own status and holders for a row.
    SetAssessment {
        /// The row.
        row: String,
        /// Their status.
        status: Status,
        /// Their holders.
        holders: Vec<String>,
    },
    /// Go back to the built-in assessment for a row.
    RestoreAssessment {
        /// The row.
        row: String,
    },
    /// Rename a tag on every note (merging it into `to` if that exists).
    RenameTag {
        /// The tag now.
        from: String,
        /// Its new name.
        to: String,
    },
}

/// How serious a status-bar message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind {
    /// Something done.
    Info,
    /// Done, but worth a look.
    Warning,
    /// Not done.
    Error,
}

/// A message in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// How serious.
    pub kind: MessageKind,
    /// What to say.
    pub text: String,
}

impl Message {
    /// Something done.
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            kind: MessageKind::Info,
            text: text.into(),
        }
    }

    /// Done, but worth a look.
    pub fn warning(text: impl Into<String>) -> Self {
        Self {
            kind: MessageKind::Warning,
            text: text.into(),
        }
    }

    /// Not done.
    pub fn error(text: impl Into<String>) -> Self {
        Self {
            kind: MessageKind::Error,
            text: text.into(),
        }
    }
}

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
    /// A note draft per row (`None`: the whole document), so switching rows loses nothing.
    pub drafts: HashMap<Option<String>, NoteEditor>,
    /// The user's assessment being edited, for the selected row.
    pub assessment: Option<detail::AssessmentDraft>,
    /// The tag rename being typed.
    pub rename: tags::RenameDraft,
    /// The table or the summary picture.
    pub tab: Tab,
}

/// What the central area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The comparison table.
    #[default]
    Table,
    /// The summary picture.
    Summary,
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

/// What the main view shows.
pub struct MainView<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The rows the filter lets through (indices into `doc.rows`).
    pub visible: &'a [usize],
    /// Note counts, computed when the document changes.
    pub counts: &'a Counts,
    /// The user's name.
    pub author: &'a str,
    /// Whether the document may be changed.
    pub editable: bool,
    /// Whether the tag list is shown.
    pub show_tags: bool,
    /// The file the document is compared with, in compare mode.
    pub compare: Option<CompareView<'a>>,
}

/// The tag list, the filters and table, and the detail of the selected row.
pub fn main_view_ui(
    ui: &mut egui::Ui,
    main: &MainView<'_>,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    if !main.doc.conflicts.is_empty() {
        egui::Panel::bottom("conflicts")
            .resizable(true)
            .default_size(260.0)
            .min_size(120.0)
            .show(ui, |ui| {
                compare::conflicts_ui(ui, main.doc, main.editable, actions);
            });
    }
    if main.show_tags {
        egui::Panel::left("tags")
            .resizable(true)
            .default_size(190.0)
            .min_size(140.0)
            .show(ui, |ui| {
                tags::tags_panel_ui(ui, &main.counts.tags, view, main.editable, actions);
            });
    }
    egui::Panel::right("detail")
        .resizable(true)
        .default_size(theme::DETAIL_WIDTH)
        .min_size(320.0)
        .show(ui, |ui| {
            detail::detail_ui(ui, main, view, actions);
        });
    egui::CentralPanel::default().show(ui, |ui| {
        if let Some(compare) = &main.compare {
            compare::compare_banner_ui(ui, compare, actions);
        }
        filters::filter_bar_ui(ui, main.doc, &main.counts.tags, main.visible.len(), view);
        ui.horizontal(|ui| {
            ui.selectable_value(&mut view.tab, Tab::Table, "Table");
            ui.selectable_value(&mut view.tab, Tab::Summary, "Summary picture");
        });
        ui.separator();
        match view.tab {
            Tab::Table => table::table_ui(ui, main, view, actions),
            Tab::Summary => {
                let rows: Vec<_> = main
                    .visible
                    .iter()
                    .filter_map(|&i| main.doc.rows.get(i))
                    .collect();
                egui::ScrollArea::both().id_salt("summary").show(ui, |ui| {
                    // The flow needs room for its three columns and their labels.
                    ui.set_min_width(720.0);
                    ui.set_min_height(560.0_f32.max(ui.available_height()));
                    if let Some(click) = summary::summary_ui(ui, main.doc, &rows, 1.0, true) {
                        apply_summary_click(view, click);
                    }
                });
            }
        }
    });
}

/// A click in the summary picture filters the table to those rows and shows it.
fn apply_summary_click(view: &mut ViewState, click: SummaryClick) {
    match click {
        SummaryClick::Status(status) => {
            view.filter.statuses = [status].into();
        }
        SummaryClick::Holder(holder) => {
            view.filter.holders = [holder].into();
        }
        SummaryClick::Presence(presence) => {
            view.filter.presences = [presence].into();
        }
    }
    view.tab = Tab::Table;
}

/// While files are dragged over the window: says what dropping does.
pub fn drop_overlay_ui(ctx: &egui::Context) {
    let hovering: Vec<String> = ctx.input(|i| {
        i.raw
            .hovered_files
            .iter()
            .filter_map(|f| f.path.as_ref())
            .map(|p| p.display().to_string())
            .collect()
    });
    if ctx.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop_overlay"),
    ));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(180));
    let text = if hovering.is_empty() {
        "Drop a .ron document to open it".to_owned()
    } else {
        format!("Drop to open:\n{}", hovering.join("\n"))
    };
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}
