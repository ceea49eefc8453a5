//! The eframe app: state, the order of each frame, commands, undo, file actions.

mod dialogs;
mod files;
mod history;
mod menu;
mod present;
mod recovery;
mod share;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use crate::ui::Command;
pub use dialogs::{Dialogs, NativeDialogs, Picked};
pub use present::slide_path;

use crate::model::{Annotation, Assessment, Document, Edit, Filter};
use crate::ui::{self, Action, EditRequest, Message};
use history::{History, Step};

/// The application's name, in the window title.
pub const APP_NAME: &str = "Mandate Compare";

/// How many recent files File > Open recent lists.
const RECENT_FILES: usize = 10;

/// Settings kept between runs (eframe persistence). Unknown or broken settings fall back to
/// the defaults: a bad settings file never stops the app from starting.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The name written on the user's notes and assessments.
    pub author: String,
    /// The files opened or saved last, newest first.
    pub recent: Vec<PathBuf>,
    /// Whether the tag list is shown.
    pub show_tags: bool,
    /// Light, dark or high contrast.
    pub theme: crate::ui::theme::Theme,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            author: String::new(),
            recent: Vec::new(),
            show_tags: true,
            theme: crate::ui::theme::Theme::default(),
        }
    }
}

impl Settings {
    /// Puts `path` first in the recent files.
    fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(RECENT_FILES);
    }
}

/// How the app starts: what to open, how to ask for files, where to keep recovery copies.
pub struct StartOptions {
    /// A document to open instead of the built-in dataset.
    pub file: Option<PathBuf>,
    /// The file dialogs (native ones unless a test supplies its own).
    pub dialogs: Box<dyn Dialogs>,
    /// Settings to use instead of the stored ones (tests).
    pub settings: Option<Settings>,
    /// Where recovery copies go; `None` keeps none.
    pub recovery_dir: Option<PathBuf>,
    /// The least time between two recovery copies.
    pub recovery_interval: Duration,
    /// Close after the first painted frame (start-up measurement).
    pub first_frame: Option<crate::startup::FirstFrame>,
}

impl Default for StartOptions {
    fn default() -> Self {
        Self {
            file: None,
            dialogs: Box::new(NativeDialogs),
            settings: None,
            recovery_dir: None,
            recovery_interval: Duration::from_secs(10),
            first_frame: None,
        }
    }
}

/// What to do once the unsaved-changes question is answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum After {
    /// Start again from the built-in dataset.
    New,
    /// Ask for a file and open it.
    Open,
    /// Open this file (a recent file, a dropped file).
    OpenPath(PathBuf),
    /// Close the window.
    Quit,
}

/// A question the app is asking; it blocks the rest of the window.
#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    /// "Save changes before …?" with Save, Don't save and Cancel.
    Unsaved(After),
    /// The file changed on disk since it was opened or saved: overwrite, save as, or reload.
    ExternalChange(Option<After>),
    /// Copies of unsaved work from a session that did not end properly: restore or discard.
    Recover(Vec<crate::io::recovery::Recovered>),
    /// No native dialog could be shown: the user types a path.
    TypePath {
        /// Open, or save (then maybe continue).
        purpose: PathPurpose,
        /// What has been typed.
        text: String,
    },
}

/// What a typed path is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open that file.
    Open,
    /// Save to that file, then continue with `After` if any.
    SaveAs(Option<After>),
    /// Save the current view there as a PNG image.
    ExportImage,
    /// Save every slide into that folder.
    ExportSlides,
    /// Compare with that file.
    Compare,
    /// Merge from that file.
    Merge,
    /// Export the document there.
    Export(crate::export::Format),
}

/// The whole application.
pub struct App {
    settings: Settings,
    doc: Document,
    path: Option<PathBuf>,
    /// What the file held when this app last read or wrote it.
    disk: Option<crate::io::FileStamp>,
    /// Why the document may not be saved over its file (it has a newer format).
    read_only: Option<String>,
    /// Which state the document is in: a new number for every change, the old one back on
    /// undo. The document is unsaved when it is not the state last saved.
    state: u64,
    saved_state: u64,
    next_state: u64,
    history: History,
    /// The rows the table shows, and the document state and filter they were computed for.
    visible: Vec<usize>,
    visible_for: Option<(u64, Filter)>,
    /// Each row's notes and folded text, for the filters, and the document state it is of.
    index: crate::model::SearchIndex,
    index_for: Option<u64>,
    /// Note counts for the views, and the document state they were computed for.
    counts: crate::model::Counts,
    counts_for: Option<u64>,
    recovery: Option<recovery::Recovery>,
    view: ui::ViewState,
    palette: Option<ui::PaletteState>,
    presenting: Option<ui::PresentationState>,
    deck: Option<present::DeckExport>,
    /// A view image to take once the frame that asked for it (number) is gone.
    pending_image: Option<(PathBuf, u64)>,
    shots: present::Shots,
    applied_theme: Option<crate::ui::theme::Theme>,
    compare: Option<share::Compared>,
    /// Whether exports include private notes (off at every start).
    export_private: bool,
    show_shortcuts: bool,
    first_frame: Option<crate::startup::FirstFrame>,
    message: Option<Message>,
    modal: Option<Modal>,
    dialogs: Box<dyn Dialogs>,
    commands: Vec<Command>,
    allowed_to_close: bool,
    shown_title: String,
}

impl App {
    /// The app for eframe: settings from storage, then the start options.
    pub fn new(cc: &eframe::CreationContext<'_>, options: StartOptions) -> Self {
        let settings = options.settings.clone().unwrap_or_else(|| {
            cc.storage
                .and_then(|storage| eframe::get_value(storage, eframe::APP_KEY))
                .unwrap_or_default()
        });
        // Quit and zoom are our commands (Quit goes through the unsaved-changes question).
        cc.egui_ctx.options_mut(|o| {
            o.quit_shortcuts.clear();
            o.zoom_with_keyboard = false;
        });
        Self::with_options(options, settings)
    }

    /// The app without eframe's storage: used by [`App::new`] and by tests.
    pub fn with_options(options: StartOptions, settings: Settings) -> Self {
        let (doc, message) = match files::builtin_document() {
            Ok(doc) => (doc, None),
            Err(message) => (files::empty_document(), Some(message)),
        };
        let recovery = options
            .recovery_dir
            .map(|dir| recovery::Recovery::new(dir, options.recovery_interval));
        let mut app = Self {
            settings,
            doc,
            path: None,
            disk: None,
            read_only: None,
            state: 0,
            saved_state: 0,
            next_state: 1,
            history: History::default(),
            visible: Vec::new(),
            visible_for: None,
            index: crate::model::SearchIndex::default(),
            index_for: None,
            counts: crate::model::Counts::default(),
            counts_for: None,
            recovery,
            view: ui::ViewState::default(),
            palette: None,
            presenting: None,
            deck: None,
            pending_image: None,
            shots: present::Shots::default(),
            applied_theme: None,
            compare: None,
            export_private: false,
            show_shortcuts: false,
            first_frame: options.first_frame,
            message,
            modal: None,
            dialogs: options.dialogs,
            commands: Vec::new(),
            allowed_to_close: false,
            shown_title: String::new(),
        };
        if let Some(path) = options.file {
            app.open_path(&path);
        }
        app.offer_recovery();
        app
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The file the document was opened from or saved to.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.state != self.saved_state
    }

    /// Why the document may not be saved over its file, if it may not (a newer format).
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// The message shown in the status bar.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    /// The question the app is asking, if any.
    pub fn modal(&self) -> Option<&Modal> {
        self.modal.as_ref()
    }

    /// The settings kept between runs.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The id of the selected row.
    pub fn selected_row(&self) -> Option<&str> {
        self.view.selected.as_deref()
    }

    /// The filter applied to the table.
    pub fn filter(&self) -> &Filter {
        &self.view.filter
    }

    /// The ids of the rows the table shows.
    pub fn visible_row_ids(&self) -> Vec<&str> {
        self.visible
            .iter()
            .filter_map(|&i| self.doc.rows.get(i))
            .map(|r| r.id.as_str())
            .collect()
    }

    /// What Undo would take back.
    pub fn undo_label(&self) -> Option<&'static str> {
        self.history.undo_label()
    }

    /// The name of the document: its file name, or "Built-in dataset".
    pub fn document_name(&self) -> String {
        self.path.as_ref().map_or_else(
            || "Built-in dataset".to_owned(),
            |p| {
                p.file_name()
                    .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into())
            },
        )
    }

    /// The window title: an unsaved-changes marker, the document's name, the app's name.
    pub fn title(&self) -> String {
        let marker = if self.is_dirty() { "*" } else { "" };
        let read_only = if self.read_only.is_some() {
            " (read-only)"
        } else {
            ""
        };
        format!("{marker}{}{read_only} — {APP_NAME}", self.document_name())
    }

    fn fresh_state(&mut self) -> u64 {
        self.next_state += 1;
        self.next_state
    }

    fn mark_saved(&mut self) {
        self.saved_state = self.state;
    }

    fn apply_action(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::Select(row) => self.view.select(row),
            Action::SetAuthor(name) => self.settings.author = name.trim().to_owned(),
            Action::OpenUrl(url) => {
                if crate::model::is_web_url(&url) {
                    ctx.open_url(egui::OpenUrl::new_tab(url));
                }
            }
            Action::Edit(request) => self.edit(request),
            Action::Command(command) => self.commands.push(command),
            Action::OpenRecent(path) => self.request(After::OpenPath(path), ctx),
            Action::ForgetRecent(path) => self.settings.recent.retain(|p| *p != path),
            Action::MergeCompared => self.merge_compared(),
            Action::Resolve { index, choice } => self.resolve(index, choice),
        }
    }

    /// Turns a request from the UI into a document change, with author, time and id.
    fn edit(&mut self, request: EditRequest) {
        let now = jiff::Timestamp::now();
        let author = self.settings.author.clone();
        let edit = match request {
            EditRequest::AddNote {
                row,
                text,
                tags,
                visibility,
            } => Edit::AddAnnotation(Annotation {
                id: format!("a-{}", ulid::Ulid::new()),
                row,
                author,
                created: now,
                modified: now,
                text,
                tags,
                visibility,
            }),
            EditRequest::UpdateNote {
                id,
                text,
                tags,
                visibility,
            } => Edit::UpdateAnnotation {
                id,
                text,
                tags,
                visibility,
                modified: now,
            },
            EditRequest::DeleteNote { id } => Edit::DeleteAnnotation { id },
            EditRequest::SetAssessment {
                row,
                status,
                holders,
            } => Edit::SetAssessment {
                row,
                assessment: Some(Assessment {
                    status,
                    holders,
                    author,
                    modified: now,
                }),
            },
            EditRequest::RestoreAssessment { row } => Edit::SetAssessment {
                row,
                assessment: None,
            },
            EditRequest::RenameTag { from, to } => {
                let Some(edit) = self.doc.rename_tag(&from, &to, now) else {
                    self.message = Some(Message::warning(format!(
                        "No note carries the tag {from:?}, or the new name is empty"
                    )));
                    return;
                };
                // A filter on the old name follows the tag.
                if self.view.filter.tags.remove(&from) {
                    self.view.filter.tags.insert(to.trim().to_owned());
                }
                edit
            }
        };
        self.change(edit);
    }

    /// Applies a change to the document as one undoable step.
    pub fn change(&mut self, edit: Edit) {
        let what = edit.describe();
        if self.read_only.is_some() {
            self.message = Some(Message::warning(format!(
                "Cannot {what}: the document is read-only. Use Save as to make a copy you can change."
            )));
            return;
        }
        match self.doc.apply(edit) {
            Ok(inverse) => {
                let before = self.state;
                self.state = self.fresh_state();
                self.history.record(Step {
                    what,
                    edit: inverse,
                    before,
                    after: self.state,
                });
            }
            Err(error) => self.message = Some(Message::error(format!("Cannot {what}: {error}"))),
        }
    }

    /// Takes back the last change. Never touches the file on disk.
    fn undo(&mut self) {
        let Some(step) = self.history.take_undo() else {
            self.message = Some(Message::info("Nothing to undo"));
            return;
        };
        match self.doc.apply(step.edit) {
            Ok(redo) => {
                self.state = step.before;
                self.message = Some(Message::info(format!("Undone: {}", step.what)));
                self.history.push_redo(Step { edit: redo, ..step });
            }
            Err(error) => {
                self.history.clear();
                self.message = Some(Message::error(format!("Cannot undo: {error}")));
            }
        }
    }

    /// Does again what was undone.
    fn redo(&mut self) {
        let Some(step) = self.history.take_redo() else {
            self.message = Some(Message::info("Nothing to redo"));
            return;
        };
        match self.doc.apply(step.edit) {
            Ok(undo) => {
                self.state = step.after;
                self.message = Some(Message::info(format!("Redone: {}", step.what)));
                self.history.push_undo(Step { edit: undo, ..step });
            }
            Err(error) => {
                self.history.clear();
                self.message = Some(Message::error(format!("Cannot redo: {error}")));
            }
        }
    }

    /// Recomputes what the views derive from the document (visible rows, counts) only when
    /// the document or the filter changed.
    fn update_derived(&mut self) {
        let stale = self
            .visible_for
            .as_ref()
            .is_none_or(|(state, filter)| *state != self.state || *filter != self.view.filter);
        if self.index_for != Some(self.state) {
            self.index = crate::model::SearchIndex::new(&self.doc);
            self.index_for = Some(self.state);
        }
        if stale {
            self.visible = self.view.filter.visible_rows_in(&self.doc, &self.index);
            self.visible_for = Some((self.state, self.view.filter.clone()));
        }
        if self.counts_for != Some(self.state) {
            self.counts = self.doc.counts();
            self.counts_for = Some(self.state);
        }
        self.update_comparison();
    }

    /// Takes the files dropped on the window this frame: opens a .ron file (asking about
    /// unsaved changes first) and explains anything else.
    fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input_mut(|i| std::mem::take(&mut i.raw.dropped_files));
        let mut documents = dropped
            .iter()
            .map(|file| file.path().to_owned())
            .filter(|path| {
                path.extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
            });
        match documents.next() {
            Some(path) => self.request(After::OpenPath(path), ctx),
            None if !dropped.is_empty() => {
                let names: Vec<String> = dropped
                    .iter()
                    .map(|f| f.path().display().to_string())
                    .collect();
                self.message = Some(Message::error(format!(
                    "Only Mandate Compare documents (.ron files) can be opened; not {}",
                    names.join(", ")
                )));
            }
            None => {}
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if let Some(first_frame) = &self.first_frame {
            first_frame.frame(&ctx);
        }
        // 1. Closing the window: ask first if there are unsaved changes.
        if ctx.input(|i| i.viewport().close_requested())
            && self.is_dirty()
            && !self.allowed_to_close
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(After::Quit));
        }
        // 2. Shortcuts and dropped files, unless a question or the palette is open.
        self.apply_theme(&ctx);
        if self.modal.is_none() && self.palette.is_none() {
            if let Some(command) = Command::from_keyboard(&ctx, self.presenting.is_some()) {
                self.commands.push(command);
            }
            self.take_dropped_files(&ctx);
        }
        self.update_derived();
        // 3. Panels, each returning what the user asked for; while presenting, only the slide.
        let mut actions = Vec::new();
        if let Some(state) = &mut self.presenting {
            let rows: Vec<_> = self
                .visible
                .iter()
                .filter_map(|&i| self.doc.rows.get(i))
                .collect();
            ui::presentation_ui(ui, &self.doc, &rows, state);
        } else {
            egui::Panel::top("menu_bar").show(ui, |ui| {
                menu::menu_bar_ui(ui, self, &mut actions);
            });
            egui::Panel::bottom("status_bar").show(ui, |ui| {
                let dirty = self.is_dirty();
                ui::status_bar_ui(
                    ui,
                    &mut self.message,
                    &self.doc,
                    self.path.as_deref(),
                    dirty,
                );
            });
            let editable = self.read_only.is_none();
            ui::main_view_ui(
                ui,
                &ui::MainView {
                    doc: &self.doc,
                    visible: &self.visible,
                    counts: &self.counts,
                    author: &self.settings.author,
                    editable,
                    show_tags: self.settings.show_tags,
                    compare: self.compare.as_ref().map(|c| ui::CompareView {
                        name: &c.name,
                        doc: &c.doc,
                        diff: &c.diff,
                    }),
                },
                &mut self.view,
                &mut actions,
            );
        }
        // 4. Overlays and questions on top.
        ui::drop_overlay_ui(&ctx);
        if let Some(mut palette) = self.palette.take() {
            let entries = menu::palette_entries(self, &ctx);
            match ui::palette_ui(&ctx, &mut palette, &entries) {
                ui::PaletteOutcome::Open => self.palette = Some(palette),
                ui::PaletteOutcome::Closed => {}
                ui::PaletteOutcome::Run(command) => self.commands.push(command),
            }
        }
        if self.show_shortcuts {
            self.show_shortcuts = menu::shortcuts_window_ui(&ctx);
        }
        if let Some(modal) = self.modal.take() {
            self.modal = self.modal_ui(&ctx, modal);
        }
        // 5. Everything asked for during the frame, in order.
        let settings = self.settings.clone();
        for action in actions {
            self.apply_action(action, &ctx);
        }
        for command in std::mem::take(&mut self.commands) {
            self.run(command, &ctx);
        }
        // Settings the user just chose (their name, recent files) are kept at once, not at the
        // next periodic save.
        if self.settings != settings
            && let Some(storage) = frame.storage_mut()
        {
            eframe::set_value(storage, eframe::APP_KEY, &self.settings);
            storage.flush();
        }
        // 6. Keep the recovery copy in step with the document; write exported images.
        self.tick_recovery(&ctx);
        self.tick_exports(&ctx);
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
