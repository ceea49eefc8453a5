//! File actions: new, open, save, save as and quit, asking about unsaved changes first.

use std::path::{Path, PathBuf};

use super::read_only::ReadOnly;
use super::{After, App, Message, MessageKind, Modal, PathPurpose};
use crate::io;
use crate::model::{Document, FORMAT_VERSION, Mandate, PartialDate, Translations};
use crate::tr;

/// The built-in dataset; an error only if it is broken (a test rules that out).
pub(super) fn builtin_document() -> Result<Document, io::LoadError> {
    io::builtin()
}

/// An empty document, shown only if the built-in one could not be read.
pub(super) fn empty_document() -> Document {
    let date = PartialDate::from_year(1999);
    let mandate = |label: String| Mandate {
        label,
        label_tr: Translations::default(),
        date,
        sources: Vec::new(),
    };
    Document {
        format: FORMAT_VERSION,
        dataset: None,
        title: tr!("message-empty-title"),
        title_tr: Translations::default(),
        original: mandate(tr!("message-empty-original")),
        current: mandate(tr!("message-empty-today")),
        key_dates: Vec::new(),
        presences: Vec::new(),
        holders: Vec::new(),
        sources: Vec::new(),
        rows: Vec::new(),
        annotations: Vec::new(),
        conflicts: Vec::new(),
        blind: false,
    }
}

impl App {
    /// Does `after`, first asking about unsaved changes if there are any.
    pub(super) fn request(&mut self, after: After, ctx: &egui::Context) {
        if self.open.is_dirty() {
            self.modal = Some(Modal::Unsaved(after));
        } else {
            self.proceed(after, ctx);
        }
    }

    /// Does `after`, the unsaved changes having been saved or given up.
    pub(super) fn proceed(&mut self, after: After, ctx: &egui::Context) {
        match after {
            After::New => match builtin_document() {
                Ok(doc) => {
                    self.replace_document(doc, None);
                    self.message = Some(Message::info(move || tr!("message-started-again")));
                }
                Err(error) => {
                    self.report(
                        MessageKind::Error,
                        "message-builtin-broken",
                        Vec::new,
                        error,
                    );
                }
            },
            After::NewFromText => self.from_text = Some(crate::ui::FromTextState::default()),
            After::Open => self.pick(PathPurpose::Open, ctx),
            After::OpenPath(path) => {
                self.open_path(&path);
            }
            After::Quit => {
                self.window.allowed_to_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Saves to the current file, or asks where; then does `then`. Asks first if the file
    /// changed on disk since this app read or wrote it.
    pub(super) fn save(&mut self, then: Option<After>, ctx: &egui::Context) {
        if let Some(reason) = &self.open.read_only {
            self.message = Some(Message::warning({
                let reason = reason.clone();
                move || reason.words()
            }));
            self.pick(PathPurpose::SaveAs(then), ctx);
            return;
        }
        match self.open.path.clone() {
            Some(_) if self.vanished() => self.modal = Some(Modal::Vanished(then)),
            Some(path) if self.changed_on_disk(&path) => {
                self.modal = Some(Modal::ExternalChange(then));
            }
            Some(path) => {
                self.save_to_then(&path, then, ctx);
            }
            None => self.pick(PathPurpose::SaveAs(then), ctx),
        }
    }

    /// Saves to `path`, then does `then`. Returns whether it saved.
    pub(super) fn save_to_then(
        &mut self,
        path: &Path,
        then: Option<After>,
        ctx: &egui::Context,
    ) -> bool {
        let saved = self.save_to(path);
        if saved && let Some(after) = then {
            self.proceed(after, ctx);
        }
        saved
    }

    /// Whether the file this app read or wrote is no longer there (deleted or renamed since).
    pub(super) fn vanished(&self) -> bool {
        self.open.disk.is_some()
            && self
                .open
                .path
                .as_deref()
                .is_some_and(|p| !io::file_exists(p))
    }

    /// Whether the file at `path` is no longer what this app last read or wrote there.
    fn changed_on_disk(&self, path: &Path) -> bool {
        io::file_exists(path) && io::FileStamp::of_path(path) != self.open.disk
    }

    /// `name` in the folder dialogs start in, as text to edit.
    pub(super) fn in_folder(&self, name: &str) -> String {
        self.folder().map_or_else(
            || name.to_owned(),
            |dir| dir.join(name).display().to_string(),
        )
    }

    /// The folder dialogs start in: the document's, or the working folder.
    pub(super) fn folder(&self) -> Option<PathBuf> {
        self.open
            .path
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
    }

    /// Another document from now on: saved, no history, nothing selected.
    pub(super) fn replace_document(&mut self, doc: Document, path: Option<PathBuf>) {
        self.open.replace(doc, path);
        self.lock = None;
        self.view = crate::ui::ViewState::default();
        self.update_dismissed = false;
    }

    /// Opens a document file. On failure the open document is left as it was and the status
    /// bar says why (file, line, column, what was expected). A file of a newer format opens
    /// read-only. Returns whether it opened.
    pub fn open_path(&mut self, path: &Path) -> bool {
        if let Some(pid) = self.held_elsewhere(path) {
            self.modal = Some(Modal::OpenElsewhere {
                path: path.to_owned(),
                pid,
            });
            return false;
        }
        self.open_path_as(path, None)
    }

    /// Reads a resolution's text from `path` into the New-from-a-resolution dialog. When it
    /// cannot be read, or is not UTF-8, the dialog and the status bar say why (file, line,
    /// column) and the text already there stays. Returns whether it was read.
    pub(super) fn open_text(&mut self, path: &Path) -> bool {
        let Some(dialog) = self.from_text.as_mut() else {
            return false;
        };
        match io::read_text(path) {
            Ok(text) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                dialog.opened(name, text);
                true
            }
            Err(error) => {
                let why = crate::i18n::text_error(crate::i18n::current(), &error);
                dialog.failed(why);
                self.message = Some(Message::error(move || {
                    crate::i18n::text_error(crate::i18n::current(), &error)
                }));
                false
            }
        }
    }

    /// The process of another running copy of the app that has `path` open, if any.
    fn held_elsewhere(&self, path: &Path) -> Option<u32> {
        let dir = self.lock_dir.as_deref()?;
        io::lock::held_by(dir, path)
    }

    /// Marks the open file as open in this copy (the previous mark goes). Without a folder for
    /// the marks (tests), or when it cannot be written, nothing is marked: the file still opens.
    fn mark_open(&mut self) {
        self.lock = None;
        if let (Some(dir), Some(path), None) =
            (&self.lock_dir, &self.open.path, &self.open.read_only)
        {
            self.lock = io::lock::acquire(dir, path).ok();
        }
    }

    /// Opens `path`; with `read_only`, read-only for that reason whatever else is true.
    pub(super) fn open_path_as(&mut self, path: &Path, read_only: Option<ReadOnly>) -> bool {
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
                self.open.disk = Some(stamp);
                self.open.read_only = opened
                    .newer
                    .map(|newer| ReadOnly::NewerFormat {
                        file: origin.clone(),
                        newer,
                    })
                    .or(read_only)
                    .or_else(|| io::why_not_writable(path).map(ReadOnly::NotWritable));
                self.mark_open();
                self.message = Some(if let Some(reason) = &self.open.read_only {
                    Message::warning({
                        let reason = reason.clone();
                        move || reason.words()
                    })
                } else if problems.is_empty() {
                    Message::info(move || {
                        tr!(
                            "message-opened",
                            file = origin.as_str(),
                            rows = rows,
                            notes = notes
                        )
                    })
                } else {
                    Message::warning(move || {
                        tr!(
                            "message-opened-with-problems",
                            file = origin.as_str(),
                            count = problems.len(),
                            problem = crate::i18n::problem(crate::i18n::current(), &problems[0])
                        )
                    })
                });
                true
            }
            Err(error) => {
                self.report(MessageKind::Error, "message-not-opened", Vec::new, error);
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
        if let Some(reason) = &self.open.read_only
            && self.open.path.as_deref() == Some(path.as_path())
        {
            let (file, reason) = (path.display().to_string(), reason.clone());
            self.message = Some(Message::error(move || {
                tr!(
                    "message-not-saved-read-only",
                    file = file.as_str(),
                    reason = reason.words()
                )
            }));
            return false;
        }
        match io::save_path(&self.open.doc, &path) {
            Ok(stamp) => {
                let file = path.display().to_string();
                self.message = Some(match self.open.doc.conflicts.len() {
                    0 => Message::info(move || tr!("message-saved", file = file.as_str())),
                    n => Message::warning(move || {
                        tr!(
                            "message-saved-with-conflicts",
                            file = file.as_str(),
                            count = n
                        )
                    }),
                });
                self.settings.remember(&path);
                let new_file = self.open.path.as_deref() != Some(path.as_path());
                self.open.path = Some(path);
                self.open.disk = Some(stamp);
                self.open.read_only = None;
                self.open.mark_saved();
                if new_file || self.lock.is_none() {
                    self.mark_open();
                }
                true
            }
            Err(error) => {
                self.report(MessageKind::Error, "message-not-saved", Vec::new, error);
                false
            }
        }
    }
}
