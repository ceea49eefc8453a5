//! What the UI tests share: scripted file dialogs, starting the app, and acting as a person
//! does (scroll to a widget, click it, type into it, pick from a menu).

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mandate_compare::App;
use mandate_compare::app::{Dialogs, Picked, Settings, StartOptions};

/// File dialogs that answer from a queue; "cancelled" when it is empty.
#[derive(Clone, Default)]
pub struct ScriptedDialogs(Arc<Mutex<VecDeque<Picked>>>);

impl ScriptedDialogs {
    /// The answer to the next dialog.
    pub fn answer(&self, picked: Picked) {
        self.0.lock().expect("lock").push_back(picked);
    }

    fn next(&self) -> Picked {
        self.0
            .lock()
            .expect("lock")
            .pop_front()
            .unwrap_or(Picked::Cancelled)
    }
}

impl Dialogs for ScriptedDialogs {
    fn pick_open(&mut self, _folder: Option<&Path>) -> Picked {
        self.next()
    }
    fn pick_save(&mut self, _folder: Option<&Path>, _name: &str) -> Picked {
        self.next()
    }
    fn pick_folder(&mut self, _folder: Option<&Path>) -> Picked {
        self.next()
    }
}

/// The settings tests start from: one line per table row, so that every row of the built-in
/// data is on screen (and in the accessibility tree) at once; reading mode has tests of its own.
/// In English, whatever the machine's language: the tests find widgets by their English names.
pub fn settings() -> Settings {
    Settings {
        reading_mode: false,
        language: Some(mandate_compare::i18n::Language::En),
        ..Settings::default()
    }
}

/// How to start the app in a test.
pub struct Launch {
    pub dialogs: ScriptedDialogs,
    pub settings: Settings,
    pub file: Option<PathBuf>,
    /// Recovery copies go here, written at every change (no 10 s wait).
    pub recovery_dir: Option<PathBuf>,
    /// Marks of open files go here (none without it).
    pub lock_dir: Option<PathBuf>,
    pub size: [f32; 2],
}

impl Default for Launch {
    fn default() -> Self {
        Self {
            dialogs: ScriptedDialogs::default(),
            settings: Settings {
                author: "Tester".to_owned(),
                ..settings()
            },
            file: None,
            recovery_dir: None,
            lock_dir: None,
            // Tall enough that the whole table is on screen.
            size: [1400.0, 1300.0],
        }
    }
}

/// The real app in a headless harness, settled.
pub fn launch(launch: Launch) -> Harness<'static, App> {
    let Launch {
        dialogs,
        settings,
        file,
        recovery_dir,
        lock_dir,
        size,
    } = launch;
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        App::new(
            cc,
            StartOptions {
                file,
                dialogs: Box::new(dialogs),
                settings: Some(settings),
                recovery_dir,
                lock_dir,
                // A fixed day, so the timeline's pictures do not move from one day to the next.
                today: mandate_compare::model::PartialDate::ymd(2026, 11, 24),
                recovery_interval: std::time::Duration::ZERO,
                first_frame: None,
            },
        )
    });
    harness.run();
    finish_work(&mut harness);
    harness
}

/// Lets the work the app does off the UI thread (exports, merges, the recovery copy) finish,
/// drawing frames meanwhile as the window would, then settles. A job that never ends fails
/// the test after a minute instead of hanging it. The frames that apply a job's result come
/// when the thread is done, so the settling may take a few more frames than a harness run
/// allows at once: it runs again rather than failing.
pub fn finish_work(harness: &mut Harness<'_, App>) {
    let mut waited = std::time::Duration::ZERO;
    let pause = std::time::Duration::from_millis(5);
    while harness.state().busy() {
        assert!(
            waited < std::time::Duration::from_secs(60),
            "the app's background work did not finish"
        );
        std::thread::sleep(pause);
        waited += pause;
        harness.step();
    }
    if harness.run_ok().is_none() {
        harness.run();
    }
}

/// The app with the defaults and these dialogs.
pub fn start(dialogs: &ScriptedDialogs) -> Harness<'static, App> {
    launch(Launch {
        dialogs: dialogs.clone(),
        ..Launch::default()
    })
}

/// Scrolls the widget into view (as a person would), then clicks it.
pub fn click(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    // A job the click started may end during this run; `finish_work` settles after it.
    harness.run_ok();
    finish_work(harness);
}

/// Opens a menu of the menu bar ("File", "Edit", "View") and clicks the item whose label
/// contains `item` (menu items carry their shortcut: "Open… Ctrl+O").
pub fn menu(harness: &mut Harness<'_, App>, menu: &str, item: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    harness.get_by_label_contains(item).click();
    // A job the item started may end during this run; `finish_work` settles after it.
    harness.run_ok();
    finish_work(harness);
}

/// Clicks into a text field, then types.
pub fn type_into(harness: &mut Harness<'_, App>, label: &str, text: &str) {
    click(harness, label);
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Selects a row by its label and adds a note with these tags (comma-separated).
pub fn add_note(harness: &mut Harness<'_, App>, row_label: &str, text: &str, tags: &str) {
    click(harness, row_label);
    type_into(harness, "Note text", text);
    type_into(harness, "Tags (comma-separated)", tags);
    click(harness, "Add note");
}

/// Gives `row_label` ("KFOR 2") an own assessment in the detail panel, as a person does: the
/// status picked from the open list (the table's badges carry the same word), one holder
/// ticked by its label, then saved.
pub fn assess(harness: &mut Harness<'_, App>, row_label: &str, status: &str, holder: &str) {
    click(harness, row_label);
    click(harness, "Give your own assessment…");
    click(harness, "Your status");
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, status)
        .click();
    harness.run();
    click(harness, holder);
    click(harness, "Save assessment");
}
