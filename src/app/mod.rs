//! The eframe app: state, the order of each frame, commands and file actions.

mod command;
mod dialogs;
mod files;
mod recovery;

use std::path::PathBuf;
use std::time::Duration;

pub use command::Command;
pub use dialogs::{Dialogs, NativeDialogs, Picked};

use crate::model::{Annotation, Assessment, Document, Edit};
use crate::ui::{self, Action, EditRequest, Message};

/// The application's name, in the window title.
pub const APP_NAME: &str = "Mandate Compare";

/// Settings kept between runs (eframe persistence). Unknown or broken settings fall back to
/// the defaults: a bad settings file never stops the app from starting.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The name written on the user's notes and assessments.
    pub author: String,
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
}

impl Default for StartOptions {
    fn default() -> Self {
        Self {
            file: None,
            dialogs: Box::new(NativeDialogs),
            settings: None,
            recovery_dir: None,
            recovery_interval: Duration::from_secs(10),
        }
    }
}

/// What to do once the unsaved-changes question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum After {
    /// Start again from the built-in dataset.
    New,
    /// Open another file.
    Open,
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open that file.
    Open,
    /// Save to that file, then continue with `After` if any.
    SaveAs(Option<After>),
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
    dirty: bool,
    /// Bumped on every change, so a recovery copy is written only when there is something new.
    revision: u64,
    recovery: Option<recovery::Recovery>,
    view: ui::ViewState,
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
        // Quit is one of our commands, so that it goes through the unsaved-changes question.
        cc.egui_ctx.options_mut(|o| o.quit_shortcuts.clear());
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
            dirty: false,
            revision: 0,
            recovery,
            view: ui::ViewState::default(),
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
    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// Whether there are changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.dirty
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
        let marker = if self.dirty { "*" } else { "" };
        let read_only = if self.read_only.is_some() {
            " (read-only)"
        } else {
            ""
        };
        format!("{marker}{}{read_only} — {APP_NAME}", self.document_name())
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
        };
        let what = edit.describe();
        if self.read_only.is_some() {
            self.message = Some(Message::warning(format!(
                "Cannot {what}: the document is read-only. Use Save as to make a copy you can change."
            )));
            return;
        }
        match self.doc.apply(edit) {
            Ok(()) => {
                self.dirty = true;
                self.revision += 1;
            }
            Err(error) => self.message = Some(Message::error(format!("Cannot {what}: {error}"))),
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
        // 1. Closing the window: ask first if there are unsaved changes.
        if ctx.input(|i| i.viewport().close_requested()) && self.dirty && !self.allowed_to_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(After::Quit));
        }
        // 2. Shortcuts, unless a question is open.
        if self.modal.is_none()
            && let Some(command) = Command::from_keyboard(&ctx)
        {
            self.commands.push(command);
        }
        // 3. Panels, each returning what the user asked for.
        let mut actions = Vec::new();
        egui::Panel::top("menu_bar").show(ui, |ui| {
            self.commands.extend(files::menu_bar_ui(ui, self.dirty));
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            ui::status_bar_ui(
                ui,
                &mut self.message,
                &self.doc,
                self.path.as_deref(),
                self.dirty,
            );
        });
        let editable = self.read_only.is_none();
        ui::main_view_ui(
            ui,
            &self.doc,
            &mut self.view,
            &self.settings.author,
            editable,
            &mut actions,
        );
        // 4. Questions on top.
        if let Some(modal) = self.modal.take() {
            self.modal = self.modal_ui(&ctx, modal);
        }
        // 5. Everything asked for during the frame, in order.
        let author = self.settings.author.clone();
        for action in actions {
            self.apply_action(action, &ctx);
        }
        // The name is asked once: keep it now, not at the next periodic save.
        if self.settings.author != author
            && let Some(storage) = frame.storage_mut()
        {
            eframe::set_value(storage, eframe::APP_KEY, &self.settings);
            storage.flush();
        }
        for command in std::mem::take(&mut self.commands) {
            self.run(command, &ctx);
        }
        // 6. Keep the recovery copy in step with the document.
        self.tick_recovery(&ctx);
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
