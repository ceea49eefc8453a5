//! Questions that block the window, and the one route every chosen path takes: a file dialog
//! ([`App::pick`]) or, where none can be shown, a typed path, both ending in [`App::use_path`].

use std::path::PathBuf;

use super::{App, Picked};
use crate::export::Format;
use crate::tr;
use crate::ui::{ExternalChoice, UnsavedChoice, VanishedChoice};

/// What to do once the unsaved-changes question is answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum After {
    /// Start again from the built-in dataset.
    New,
    /// Paste a resolution's text and start a comparison from it.
    NewFromText,
    /// Ask for a file and open it.
    Open,
    /// Open this file (a recent file, a dropped file).
    OpenPath(PathBuf),
    /// Close the window.
    Quit,
}

impl After {
    /// What the unsaved-changes question says is lost by going on without saving.
    fn warning(&self) -> String {
        tr!(match self {
            Self::New | Self::NewFromText => "dialog-unsaved-before-new",
            Self::Open | Self::OpenPath(_) => "dialog-unsaved-before-open",
            Self::Quit => "dialog-unsaved-before-quit",
        })
    }
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
    /// The file was deleted or renamed since it was opened or saved: write it again, save as,
    /// or cancel; then continue with `After` if any.
    Vanished(Option<After>),
    /// Another running copy of the app has this file open: open it read-only, or not.
    OpenElsewhere {
        /// The file.
        path: PathBuf,
        /// The other copy's process.
        pid: u32,
    },
    /// Update the built-in data of the file: Update or Cancel.
    Update,
    /// No native dialog could be shown: the user types a path.
    TypePath {
        /// What the path is for.
        purpose: PathPurpose,
        /// What has been typed.
        text: String,
        /// Why the last path typed did not work.
        error: Option<String>,
    },
}

/// What a chosen path is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open that file.
    Open,
    /// Read a resolution's text from that file into the New-from-a-resolution dialog.
    OpenText,
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
    /// Open the room's files: that folder's documents, or that file.
    Room,
    /// Export the room's figures there, as CSV.
    ExportRoomCsv,
    /// Export the document there.
    Export(Format),
}

impl PathPurpose {
    /// Whether the path names an existing file to read (rather than one to write).
    fn reads(&self) -> bool {
        matches!(
            self,
            Self::Open | Self::OpenText | Self::Compare | Self::Merge | Self::Room
        )
    }

    /// What the typed-path dialog says for this purpose.
    fn question(&self) -> crate::ui::PathQuestion {
        let (heading, body, verb, example) = match self {
            Self::Open => (
                tr!("dialog-path-open-heading"),
                tr!("dialog-path-document-body"),
                tr!("dialog-open"),
                "kosovo.ron".to_owned(),
            ),
            Self::OpenText => (
                tr!("dialog-path-text-heading"),
                tr!("dialog-path-text-body"),
                tr!("dialog-open"),
                "resolution.txt".to_owned(),
            ),
            Self::Compare => (
                tr!("dialog-path-compare-heading"),
                tr!("dialog-path-colleague-body"),
                tr!("dialog-path-compare"),
                "ana.ron".to_owned(),
            ),
            Self::Room => (
                tr!("dialog-path-room-heading"),
                tr!("dialog-path-room-body"),
                tr!("dialog-open"),
                "workshop".to_owned(),
            ),
            Self::Merge => (
                tr!("dialog-path-merge-heading"),
                tr!("dialog-path-colleague-body"),
                tr!("dialog-path-merge"),
                "ana.ron".to_owned(),
            ),
            Self::SaveAs(_) => (
                tr!("dialog-path-save-heading"),
                tr!("dialog-path-save-body"),
                tr!("dialog-save"),
                "kosovo.ron".to_owned(),
            ),
            Self::Export(format) => {
                let kind = super::share::format_label(*format);
                (
                    tr!("dialog-path-export-heading", kind = kind.as_str()),
                    tr!(
                        "dialog-path-export-body",
                        kind = kind.as_str(),
                        extension = format.extension()
                    ),
                    tr!("dialog-path-export"),
                    format!("kosovo.{}", format.extension()),
                )
            }
            Self::ExportRoomCsv => (
                tr!("dialog-path-room-csv-heading"),
                tr!("dialog-path-room-csv-body"),
                tr!("dialog-path-export"),
                "room.csv".to_owned(),
            ),
            Self::ExportImage => (
                tr!("dialog-path-image-heading"),
                tr!("dialog-path-image-body"),
                tr!("dialog-path-export"),
                "view.png".to_owned(),
            ),
            Self::ExportSlides => (
                tr!("dialog-path-slides-heading"),
                tr!("dialog-path-slides-body"),
                tr!("dialog-path-export"),
                "slides".to_owned(),
            ),
        };
        let example = std::env::home_dir()
            .unwrap_or_default()
            .join(example)
            .display()
            .to_string();
        crate::ui::PathQuestion {
            heading,
            body,
            verb,
            example,
        }
    }
}

impl App {
    /// Asks for a path for `purpose` with a dialog; where none can be shown, asks for it typed.
    pub(super) fn pick(&mut self, purpose: PathPurpose, ctx: &egui::Context) {
        let folder = self.folder();
        let folder = folder.as_deref();
        let name = self.proposed_name(&purpose);
        let picked = match &purpose {
            PathPurpose::Open | PathPurpose::Compare | PathPurpose::Merge => {
                self.dialogs.pick_open(folder)
            }
            PathPurpose::OpenText => self.dialogs.pick_text(folder),
            PathPurpose::Room => self.dialogs.pick_open_many(folder),
            PathPurpose::SaveAs(_) => self.dialogs.pick_save(folder, &name),
            PathPurpose::Export(format) => {
                let kind = super::share::format_label(*format);
                self.dialogs
                    .pick_export(folder, &name, &kind, format.extension())
            }
            PathPurpose::ExportRoomCsv => {
                let kind = tr!("dialog-room-csv");
                self.dialogs.pick_export(folder, &name, &kind, "csv")
            }
            PathPurpose::ExportImage => {
                let kind = tr!("dialog-png-image");
                self.dialogs.pick_export(folder, &name, &kind, "png")
            }
            PathPurpose::ExportSlides => self.dialogs.pick_folder(folder),
        };
        match picked {
            Picked::Path(path) => {
                self.use_path(&purpose, path, ctx);
            }
            Picked::Paths(paths) => {
                self.open_room(paths, ctx);
            }
            Picked::Cancelled => {}
            // The typed-path dialog says itself that no file dialog could be shown.
            Picked::Unavailable(_) => {
                let text = if purpose.reads() {
                    String::new()
                } else {
                    self.in_folder(&name)
                };
                self.modal = Some(Modal::TypePath {
                    purpose,
                    text,
                    error: None,
                });
            }
        }
    }

    /// Does what `purpose` says with `path`. Returns whether it was done, or for a job
    /// ([`super::work`]) whether it started.
    pub(super) fn use_path(
        &mut self,
        purpose: &PathPurpose,
        path: PathBuf,
        ctx: &egui::Context,
    ) -> bool {
        match purpose {
            PathPurpose::Open => self.open_path(&path),
            PathPurpose::OpenText => self.open_text(&path),
            PathPurpose::Compare => self.compare_path(&path, ctx),
            PathPurpose::Merge => self.merge_path(&path, ctx),
            PathPurpose::Room => self.open_room(vec![path], ctx),
            PathPurpose::ExportRoomCsv => self.export_room_csv_to(&path, ctx),
            PathPurpose::Export(format) => self.export_to(*format, &path, ctx),
            PathPurpose::ExportImage => {
                self.export_image_to(ctx, path);
                true
            }
            PathPurpose::ExportSlides => self.start_deck_export(ctx, path),
            PathPurpose::SaveAs(then) => self.save_to_then(&path, then.clone(), ctx),
        }
    }

    /// The file name a dialog proposes for `purpose`.
    fn proposed_name(&self, purpose: &PathPurpose) -> String {
        let stem = self
            .open
            .path
            .as_ref()
            .and_then(|p| p.file_stem())
            .map_or_else(
                || "mandate-compare".to_owned(),
                |s| s.to_string_lossy().into(),
            );
        match purpose {
            PathPurpose::Open
            | PathPurpose::OpenText
            | PathPurpose::Compare
            | PathPurpose::Merge
            | PathPurpose::Room => String::new(),
            PathPurpose::SaveAs(_) => format!("{stem}.ron"),
            PathPurpose::Export(Format::AnnotationsCsv) => format!("{stem}-notes.csv"),
            PathPurpose::Export(format) => format!("{stem}.{}", format.extension()),
            PathPurpose::ExportImage if self.presenting.is_some() => "slide.png".to_owned(),
            PathPurpose::ExportImage => "mandate-compare.png".to_owned(),
            PathPurpose::ExportSlides => "slides".to_owned(),
            PathPurpose::ExportRoomCsv => format!("{stem}-room.csv"),
        }
    }

    /// Shows the open question, if any; keeps it if it is still open after this frame.
    pub(super) fn modal_ui(&mut self, ctx: &egui::Context) {
        let Some(modal) = self.modal.take() else {
            return;
        };
        let still_open = match modal {
            Modal::Unsaved(after) => self.unsaved_ui(ctx, after),
            Modal::ExternalChange(then) => self.external_change_ui(ctx, then),
            Modal::Recover(found) => self.recover_ui(ctx, found),
            Modal::Update => self.update_ui(ctx),
            Modal::Vanished(then) => self.vanished_ui(ctx, then),
            Modal::OpenElsewhere { path, pid } => self.open_elsewhere_ui(ctx, path, pid),
            Modal::TypePath {
                purpose,
                text,
                error,
            } => self.type_path_ui(ctx, purpose, text, error),
        };
        // An answer may have asked a new question (e.g. Save led to a typed path).
        if self.modal.is_none() {
            self.modal = still_open;
        }
    }

    fn unsaved_ui(&mut self, ctx: &egui::Context, after: After) -> Option<Modal> {
        let name = self.open.path.is_some().then(|| self.document_name());
        let Some(choice) = crate::ui::unsaved_changes_ui(ctx, name.as_deref(), &after.warning())
        else {
            return Some(Modal::Unsaved(after));
        };
        match choice {
            UnsavedChoice::Save => self.save(Some(after), ctx),
            UnsavedChoice::Discard => {
                // Still dirty until the new document replaces this one: if opening fails,
                // the changes are still here and still unsaved.
                self.discard_recovery();
                self.proceed(after, ctx);
            }
            UnsavedChoice::Cancel => {}
        }
        None
    }

    fn external_change_ui(&mut self, ctx: &egui::Context, then: Option<After>) -> Option<Modal> {
        let name = self.document_name();
        let Some(choice) = crate::ui::external_change_ui(ctx, &name) else {
            return Some(Modal::ExternalChange(then));
        };
        match choice {
            ExternalChoice::Cancel => {}
            ExternalChoice::Overwrite => {
                if let Some(path) = self.open.path.clone() {
                    self.save_to_then(&path, then, ctx);
                }
            }
            ExternalChoice::SaveAs => self.pick(PathPurpose::SaveAs(then), ctx),
            ExternalChoice::Reload => {
                if let Some(path) = self.open.path.clone() {
                    self.discard_recovery();
                    self.open_path(&path);
                }
            }
        }
        None
    }

    fn vanished_ui(&mut self, ctx: &egui::Context, then: Option<After>) -> Option<Modal> {
        let name = self.document_name();
        let Some(choice) = crate::ui::vanished_ui(ctx, &name) else {
            return Some(Modal::Vanished(then));
        };
        match choice {
            VanishedChoice::WriteAgain => {
                if let Some(path) = self.open.path.clone() {
                    self.save_to_then(&path, then, ctx);
                }
            }
            VanishedChoice::SaveAs => self.pick(PathPurpose::SaveAs(then), ctx),
            VanishedChoice::Cancel => {}
        }
        None
    }

    fn open_elsewhere_ui(&mut self, ctx: &egui::Context, path: PathBuf, pid: u32) -> Option<Modal> {
        let name = path.display().to_string();
        let Some(read_only) = crate::ui::open_elsewhere_ui(ctx, &name, pid) else {
            return Some(Modal::OpenElsewhere { path, pid });
        };
        if read_only {
            let reason = super::read_only::ReadOnly::Elsewhere { name, pid };
            self.open_path_as(&path, Some(reason));
        }
        None
    }

    fn type_path_ui(
        &mut self,
        ctx: &egui::Context,
        purpose: PathPurpose,
        mut text: String,
        error: Option<String>,
    ) -> Option<Modal> {
        let question = purpose.question();
        match crate::ui::type_path_ui(ctx, &question, &mut text, error.as_deref()) {
            None => Some(Modal::TypePath {
                purpose,
                text,
                error,
            }),
            Some(false) => None,
            // On failure keep the question open, so the path can be corrected, and say there
            // why it did not work (the status bar says it too); a job that fails later (an
            // export to a folder that cannot be written) asks it again.
            Some(true) => {
                let was_working = self.working();
                if self.use_path(&purpose, PathBuf::from(text.trim()), ctx) {
                    if !was_working && self.working() {
                        self.retry_on_failure(Modal::TypePath {
                            purpose,
                            text,
                            error: None,
                        });
                    }
                    return None;
                }
                let error = self
                    .message
                    .as_ref()
                    .filter(|m| m.kind != super::MessageKind::Info)
                    .map(super::Message::text);
                Some(Modal::TypePath {
                    purpose,
                    text,
                    error,
                })
            }
        }
    }
}
