//! What the app is given to start with: the settings kept between runs and the start options.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{Dialogs, NativeDialogs};

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
    /// Reading mode: table rows grow to show each text in full (on at first: the comparison is
    /// read, not only navigated).
    pub reading_mode: bool,
    /// The interface's language as chosen in View > Language; `None` until one is chosen: the
    /// system's language then (English where the system's is not one the app has).
    pub language: Option<crate::i18n::Language>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            author: String::new(),
            recent: Vec::new(),
            show_tags: true,
            theme: crate::ui::theme::Theme::default(),
            reading_mode: true,
            language: None,
        }
    }
}

impl Settings {
    /// Puts `path` first in the recent files.
    pub(super) fn remember(&mut self, path: &Path) {
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
    /// Where marks of the files open in this copy go, so another running copy that opens the
    /// same file is told; `None` marks nothing.
    pub lock_dir: Option<PathBuf>,
    /// The least time between two recovery copies.
    pub recovery_interval: Duration,
    /// Today's date, instead of the system clock's (tests, so pictures do not move daily).
    pub today: Option<crate::model::PartialDate>,
    /// Close after the first painted frame (start-up measurement).
    pub first_frame: Option<super::FirstFrame>,
}

impl Default for StartOptions {
    fn default() -> Self {
        Self {
            file: None,
            dialogs: Box::new(NativeDialogs),
            settings: None,
            recovery_dir: None,
            lock_dir: None,
            today: None,
            recovery_interval: Duration::from_secs(10),
            first_frame: None,
        }
    }
}
