//! File actions: new, open, save, save as, quit, the unsaved-changes question and typed paths.

use std::path::{Path, PathBuf};

use super::{After, App, Command, Modal, PathPurpose, Picked};
use crate::export::Format;
use crate::io;
use crate::model::{Document, FORMAT_VERSION, Mandate, PartialDate};
use crate::ui::{ExternalChoice, Message};

/// The built-in dataset, or a message if it is broken (a test rules that out).
pub(super) fn builtin_document() -> Result<Document, Message> {
    io::builtin()
        .map_err(|error| Message::error(format!("The built-in dataset is broken: {error}")))
}

/// An empty document, shown only if the built-in one could not be read.
pub(super) fn empty_document() -> Document {
    let date = PartialDate::from_year(1999);
    let mandate = |label: &str| Mandate {
        label: label.to_owned(),
        date,
        sources: Vec::new(),
    };
    Document {
        format: FORMAT_VERSION,
        title: "Empty comparison".to_owned(),
        original: mandate("Original mandate"),
        current: mandate("Today"),
        presences: Vec::new(),
        holders: Vec::new(),
        sources: Vec::new(),
        rows: Vec::new(),
        annotations: Vec::new(),
        conflicts: Vec::new(),
    }
}

impl App {
    /// Runs one command.
    pub fn run(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::New => self.request(After::New, ctx),
            Command::Open => self.request(After::Open, ctx),
            Command::Save => self.save(None, ctx),
            Command::SaveAs => self.save_as(None, ctx),
            Command::Quit => self.request(After::Quit, ctx),
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::Find => self.view.focus_search = true,
            Command::ClearFilters => self.view.filter = crate::model::Filter::default(),
            Command::ToggleTags => self.settings.show_tags = !self.settings.show_tags,
            Command::CommandPalette => self.palette = Some(crate::ui::PaletteState::default()),
            Command::ShowShortcuts => self.show_shortcuts = true,
            Command::ShowTable => self.view.tab = crate::ui::Tab::Table,
            Command::ShowSummary => self.view.tab = crate::ui::Tab::Summary,
            Command::ZoomIn => egui::gui_zoom::zoom_in(ctx),
            Command::ZoomOut => egui::gui_zoom::zoom_out(ctx),
            Command::ZoomReset => ctx.set_zoom_factor(1.0),
            Command::ThemeLight => self.settings.theme = crate::ui::theme::Theme::Light,
            Command::ThemeDark => self.settings.theme = crate::ui::theme::Theme::Dark,
            Command::ThemeHighContrast => {
                self.settings.theme = crate::ui::theme::Theme::HighContrast;
            }
            Command::Present => self.start_presentation(ctx),
            Command::NextSlide => self.move_slide(|slide| slide + 1),
            Command::PreviousSlide => self.move_slide(|slide| slide.saturating_sub(1)),
            Command::FirstSlide => self.move_slide(|_| 0),
            Command::LastSlide => self.move_slide(|_| usize::MAX),
            Command::EndPresentation => self.end_presentation(ctx),
            Command::CompareWith => self.compare_with(),
            Command::EndCompare => self.end_compare(),
            Command::MergeFrom => self.merge_from(),
            Command::ExportMarkdown => self.export(Format::Markdown),
            Command::ExportCsv => self.export(Format::Csv),
            Command::ExportNotesCsv => self.export(Format::AnnotationsCsv),
            Command::ExportHtml => self.export(Format::Html),
            Command::ToggleExportPrivate => self.export_private = !self.export_private,
            Command::ExportImage => self.export_image(ctx),
            Command::ExportSlides => self.export_slides(ctx),
        }
    }

    /// Does `after`, first asking about unsaved changes if there are any.
    pub(super) fn request(&mut self, after: After, ctx: &egui::Context) {
        if self.is_dirty() {
            self.modal = Some(Modal::Unsaved(after));
        } else {
            self.proceed(after, ctx);
        }
    }

    /// Does `after`, the unsaved changes having been saved or given up.
    fn proceed(&mut self, after: After, ctx: &egui::Context) {
        match after {
            After::New => match builtin_document() {
                Ok(doc) => {
                    self.replace_document(doc, None);
                    self.message = Some(Message::info("Started again from the built-in dataset"));
                }
                Err(message) => self.message = Some(message),
            },
            After::Open => match self.dialogs.pick_open(self.folder().as_deref()) {
                Picked::Path(path) => {
                    self.open_path(&path);
                }
                Picked::Cancelled => {}
                Picked::Unavailable(reason) => {
                    self.type_path_instead(reason, PathPurpose::Open, String::new());
                }
            },
            After::OpenPath(path) => {
                self.open_path(&path);
            }
            After::Quit => {
                self.allowed_to_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Saves to the current file, or asks where; then does `then`. Asks first if the file
    /// changed on disk since this app read or wrote it.
    fn save(&mut self, then: Option<After>, ctx: &egui::Context) {
        if let Some(reason) = &self.read_only {
            self.message = Some(Message::warning(reason.clone()));
            self.save_as(then, ctx);
            return;
        }
        match self.path.clone() {
            Some(path) => {
                if self.changed_on_disk(&path) {
                    self.modal = Some(Modal::ExternalChange(then));
                } else {
                    self.save_and_go_on(&path, then, ctx);
                }
            }
            None => self.save_as(then, ctx),
        }
    }

    fn save_and_go_on(&mut self, path: &Path, then: Option<After>, ctx: &egui::Context) {
        if self.save_to(path)
            && let Some(after) = then
        {
            self.proceed(after, ctx);
        }
    }

    /// Whether the file at `path` is no longer what this app last read or wrote there.
    fn changed_on_disk(&self, path: &Path) -> bool {
        path.exists() && io::FileStamp::of_path(path) != self.disk
    }

    /// Asks where to save, saves there, then does `then`.
    fn save_as(&mut self, then: Option<After>, ctx: &egui::Context) {
        let name = self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "mandate-compare.ron".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        match self.dialogs.pick_save(self.folder().as_deref(), &name) {
            Picked::Path(path) => self.save_and_go_on(&path, then, ctx),
            Picked::Cancelled => {}
            Picked::Unavailable(reason) => {
                let text = self.in_folder(&name);
                self.type_path_instead(reason, PathPurpose::SaveAs(then), text);
            }
        }
    }

    /// No dialog could be shown: says why and asks for the path in a text field, proposing
    /// `text`.
    pub(super) fn type_path_instead(&mut self, reason: String, purpose: PathPurpose, text: String) {
        self.message = Some(Message::info(reason));
        self.modal = Some(Modal::TypePath { purpose, text });
    }

    /// `name` in the folder dialogs start in, as text to edit.
    pub(super) fn in_folder(&self, name: &str) -> String {
        self.folder().map_or_else(
            || name.to_owned(),
            |dir| dir.join(name).display().to_string(),
        )
    }

    pub(super) fn folder(&self) -> Option<PathBuf> {
        self.path
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
    }

    pub(super) fn replace_document(&mut self, doc: Document, path: Option<PathBuf>) {
        self.doc = doc;
        self.path = path;
        self.disk = None;
        self.read_only = None;
        self.state = self.fresh_state();
        self.mark_saved();
        self.history.clear();
        self.view = crate::ui::ViewState::default();
    }

    /// Opens a document file. On failure the open document is left as it was and the status
    /// bar says why (file, line, column, what was expected). A file of a newer format opens
    /// read-only. Returns whether it opened.
    pub fn open_path(&mut self, path: &Path) -> bool {
        let origin = path.display().to_string();
        let opened = io::read_bytes(path).and_then(|bytes| {
            let opened = io::open_bytes(&bytes, &origin)?;
            Ok((opened, io::FileStamp::of(&bytes)))
        });
        match opened {
            Ok((opened, stamp)) => {
                let problems = opened.document.validate();
                let notes = opened.document.annotations.len();
                let rows = opened.document.rows.len();
                self.replace_document(opened.document, Some(path.to_owned()));
                self.settings.remember(path);
                self.disk = Some(stamp);
                self.read_only = opened.newer.map(|newer| newer.explain(&origin));
                self.message = Some(if let Some(reason) = &self.read_only {
                    Message::warning(reason.clone())
                } else if problems.is_empty() {
                    Message::info(format!(
                        "Opened {origin} ({rows} responsibilities, {notes} notes)"
                    ))
                } else {
                    Message::warning(format!(
                        "Opened {origin} with {} problem(s); the first: {}",
                        problems.len(),
                        problems[0]
                    ))
                });
                true
            }
            Err(error) => {
                self.message = Some(Message::error(format!(
                    "Could not open the file; the open document is unchanged. {error}"
                )));
                false
            }
        }
    }

    /// Saves the document to `path` (adding `.ron` if the name has no extension). On failure
    /// the file on disk is as it was, the document stays marked unsaved and the status bar says
    /// why. Returns whether it saved.
    pub fn save_to(&mut self, path: &Path) -> bool {
        let path = if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path.to_owned()
        };
        if self.read_only.is_some() && self.path.as_deref() == Some(path.as_path()) {
            self.message = Some(Message::error(format!(
                "Not saved: {} has a newer format, which this version would overwrite with less. \
                 Choose another name.",
                path.display()
            )));
            return false;
        }
        match io::save_path(&self.doc, &path) {
            Ok(stamp) => {
                self.message = Some(match self.doc.conflicts.len() {
                    0 => Message::info(format!("Saved {}", path.display())),
                    n => Message::warning(format!(
                        "Saved {} with {n} merge conflict(s) still to resolve; they are kept in the file",
                        path.display()
                    )),
                });
                self.settings.remember(&path);
                self.path = Some(path);
                self.disk = Some(stamp);
                self.read_only = None;
                self.mark_saved();
                true
            }
            Err(error) => {
                self.message = Some(Message::error(format!(
                    "Not saved; the file on disk is unchanged. {error}"
                )));
                false
            }
        }
    }

    /// Shows the open question; returns it if it is still open after this frame.
    pub(super) fn modal_ui(&mut self, ctx: &egui::Context, modal: Modal) -> Option<Modal> {
        match modal {
            Modal::Unsaved(after) => {
                let name = self.document_name();
                match crate::ui::unsaved_changes_ui(ctx, &name, after_label(&after)) {
                    None => Some(Modal::Unsaved(after)),
                    Some(crate::ui::UnsavedChoice::Save) => {
                        self.save(Some(after), ctx);
                        self.modal.take()
                    }
                    Some(crate::ui::UnsavedChoice::Discard) => {
                        // Still dirty until the new document replaces this one: if opening
                        // fails, the changes are still here and still unsaved.
                        self.discard_recovery();
                        self.proceed(after, ctx);
                        self.modal.take()
                    }
                    Some(crate::ui::UnsavedChoice::Cancel) => None,
                }
            }
            Modal::ExternalChange(then) => {
                let name = self.document_name();
                match crate::ui::external_change_ui(ctx, &name) {
                    None => Some(Modal::ExternalChange(then)),
                    Some(ExternalChoice::Cancel) => None,
                    Some(ExternalChoice::Overwrite) => {
                        if let Some(path) = self.path.clone() {
                            self.save_and_go_on(&path, then, ctx);
                        }
                        self.modal.take()
                    }
                    Some(ExternalChoice::SaveAs) => {
                        self.save_as(then, ctx);
                        self.modal.take()
                    }
                    Some(ExternalChoice::Reload) => {
                        if let Some(path) = self.path.clone() {
                            self.discard_recovery();
                            self.open_path(&path);
                        }
                        None
                    }
                }
            }
            Modal::Recover(found) => self.recover_ui(ctx, found),
            Modal::TypePath { purpose, mut text } => {
                let verb = match purpose {
                    PathPurpose::Open | PathPurpose::Compare | PathPurpose::Merge => "Open",
                    PathPurpose::SaveAs(_)
                    | PathPurpose::ExportImage
                    | PathPurpose::ExportSlides
                    | PathPurpose::Export(_) => "Save",
                };
                match crate::ui::type_path_ui(ctx, verb, &mut text) {
                    None => Some(Modal::TypePath { purpose, text }),
                    Some(false) => None,
                    Some(true) => {
                        let path = PathBuf::from(text.trim());
                        let done = match &purpose {
                            PathPurpose::Open => self.open_path(&path),
                            PathPurpose::Compare => self.compare_path(&path),
                            PathPurpose::Merge => self.merge_path(&path),
                            PathPurpose::Export(format) => self.export_to(*format, &path),
                            PathPurpose::ExportImage => {
                                self.export_image_to(ctx, path.clone());
                                true
                            }
                            PathPurpose::ExportSlides => {
                                self.start_deck_export(ctx, path.clone());
                                true
                            }
                            PathPurpose::SaveAs(then) => {
                                let saved = self.save_to(&path);
                                if saved && let Some(after) = then.clone() {
                                    self.proceed(after, ctx);
                                }
                                saved
                            }
                        };
                        // On failure keep the question open, so the path can be corrected.
                        if done {
                            self.modal.take()
                        } else {
                            Some(Modal::TypePath { purpose, text })
                        }
                    }
                }
            }
        }
    }
}

fn after_label(after: &After) -> &'static str {
    match after {
        After::New => "starting again from the built-in dataset",
        After::Open | After::OpenPath(_) => "opening another file",
        After::Quit => "quitting",
    }
}
