//! Native file dialogs behind a trait, so tests and machines without a dialog can do without.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What came of asking for a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    /// The user chose this path.
    Path(PathBuf),
    /// The user chose these paths (a dialog that lets them pick many).
    Paths(Vec<PathBuf>),
    /// The user closed the dialog.
    Cancelled,
    /// No dialog could be shown; the reason is for the user.
    Unavailable(String),
}

/// Asks the user for files. The app never touches rfd directly.
pub trait Dialogs {
    /// A document to open.
    fn pick_open(&mut self, folder: Option<&Path>) -> Picked;
    /// Any number of documents to open at once (the room's files); by default one.
    fn pick_open_many(&mut self, folder: Option<&Path>) -> Picked {
        self.pick_open(folder)
    }
    /// A plain-text file to read a resolution's text from; by default the document dialog.
    fn pick_text(&mut self, folder: Option<&Path>) -> Picked {
        self.pick_open(folder)
    }
    /// Where to save, proposing `name` in `folder`.
    fn pick_save(&mut self, folder: Option<&Path>, name: &str) -> Picked;
    /// Where to save an export (`kind` such as "PNG image", file name `extension`),
    /// proposing `name` in `folder`.
    fn pick_export(
        &mut self,
        folder: Option<&Path>,
        name: &str,
        kind: &str,
        extension: &str,
    ) -> Picked {
        let _ = (kind, extension);
        self.pick_save(folder, name)
    }
    /// A folder (to export slides into).
    fn pick_folder(&mut self, folder: Option<&Path>) -> Picked {
        let _ = folder;
        Picked::Unavailable(crate::tr!("message-no-folder-dialog"))
    }
}

/// The native dialogs of the desktop, through rfd.
#[derive(Default)]
pub struct NativeDialogs;

/// A dialog that "returns" faster than this was never shown: nobody cancels that fast.
const NOT_SHOWN: Duration = Duration::from_millis(150);

impl NativeDialogs {
    fn run(&self, dialog: impl FnOnce() -> Option<PathBuf>) -> Picked {
        let no_dialog = || Picked::Unavailable(crate::tr!("message-no-file-dialog"));
        if !dialog_possible() {
            return no_dialog();
        }
        let started = Instant::now();
        match dialog() {
            Some(path) => Picked::Path(path),
            None if started.elapsed() < NOT_SHOWN => no_dialog(),
            None => Picked::Cancelled,
        }
    }
}

fn base(folder: Option<&Path>) -> rfd::FileDialog {
    let dialog = rfd::FileDialog::new().add_filter(crate::tr!("dialog-filter-document"), &["ron"]);
    match folder {
        Some(folder) => dialog.set_directory(folder),
        None => dialog,
    }
}

impl Dialogs for NativeDialogs {
    fn pick_open(&mut self, folder: Option<&Path>) -> Picked {
        self.run(|| {
            base(folder)
                .set_title(crate::tr!("dialog-open-title"))
                .pick_file()
        })
    }

    fn pick_text(&mut self, folder: Option<&Path>) -> Picked {
        self.run(|| {
            let dialog = rfd::FileDialog::new()
                .add_filter(crate::tr!("dialog-filter-text"), &["txt", "text"])
                .set_title(crate::tr!("dialog-open-text-title"));
            match folder {
                Some(folder) => dialog.set_directory(folder),
                None => dialog,
            }
            .pick_file()
        })
    }

    fn pick_open_many(&mut self, folder: Option<&Path>) -> Picked {
        let no_dialog = || Picked::Unavailable(crate::tr!("message-no-file-dialog"));
        if !dialog_possible() {
            return no_dialog();
        }
        let started = Instant::now();
        let picked = base(folder)
            .set_title(crate::tr!("dialog-open-room-title"))
            .pick_files();
        match picked {
            Some(paths) if !paths.is_empty() => Picked::Paths(paths),
            _ if started.elapsed() < NOT_SHOWN => no_dialog(),
            _ => Picked::Cancelled,
        }
    }

    fn pick_save(&mut self, folder: Option<&Path>, name: &str) -> Picked {
        self.run(|| {
            base(folder)
                .set_title(crate::tr!("dialog-save-title"))
                .set_file_name(name)
                .save_file()
        })
    }

    fn pick_export(
        &mut self,
        folder: Option<&Path>,
        name: &str,
        kind: &str,
        extension: &str,
    ) -> Picked {
        self.run(|| {
            let dialog =
                rfd::FileDialog::new().add_filter(format!("{kind} (*.{extension})"), &[extension]);
            let dialog = match folder {
                Some(folder) => dialog.set_directory(folder),
                None => dialog,
            };
            dialog
                .set_title(crate::tr!("dialog-export-title", kind = kind))
                .set_file_name(name)
                .save_file()
        })
    }

    fn pick_folder(&mut self, folder: Option<&Path>) -> Picked {
        self.run(|| {
            let dialog = rfd::FileDialog::new().set_title(crate::tr!("dialog-slides-title"));
            match folder {
                Some(folder) => dialog.set_directory(folder),
                None => dialog,
            }
            .pick_folder()
        })
    }
}

/// On Linux a dialog needs a D-Bus session (for the desktop portal) or zenity on the PATH.
fn dialog_possible() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let session_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("zenity").is_file()));
    session_bus || zenity
}
