//! The eframe app: its state, and the order of each frame.
//!
//! Each concern has its file: [`commands`] carries out what was asked for, [`history`] holds
//! the open document and its undo steps, [`derived`] what the views compute from it,
//! [`modals`] the questions and the one route a chosen path takes, [`files`] opening and
//! saving, [`share`] compare mode and conflicts, [`work`] the long jobs (exports, compare,
//! merge, update, slides) run off the UI thread by [`jobs`], [`present`] the presentation and
//! the view's image, [`slides`] the deck's images drawn off the window by [`offscreen`],
//! [`menu`] and [`status_bar`] the window's chrome, [`window`] its title, theme and dropped
//! files, [`recovery`] copies of unsaved work, [`update`] updating the built-in data,
//! [`startup`] the start-up measurement.

mod about;
mod checks;
mod commands;
mod curate;
mod derived;
mod dialogs;
mod files;
pub mod graphics;
mod history;
mod inspect;
mod jobs;
mod menu;
mod message;
mod modals;
mod offscreen;
mod present;
mod read_only;
mod recovery;
mod report;
mod room;
mod settings;
mod share;
mod slides;
mod startup;
mod status_bar;
mod update;
mod window;
mod work;

pub use dialogs::{Dialogs, NativeDialogs, Picked};
pub use message::{Message, MessageKind};
pub use modals::{After, Modal, PathPurpose};
pub use settings::{Settings, StartOptions};
pub use slides::slide_path;
pub use startup::FirstFrame;

use crate::ui::{self, Action, Command};

/// The application's name, in the window title.
pub const APP_NAME: &str = "Mandate Compare";

/// The whole application.
pub struct App {
    /// Kept between runs.
    settings: Settings,
    /// The system's language, where the settings name none.
    system_language: crate::i18n::Language,
    /// The document, its file and its history.
    open: history::OpenDocument,
    /// What the views compute from the document and the filter.
    derived: derived::Derived,
    /// What `check --strict` finds in a comparison not built on the built-in data.
    checks: checks::LiveChecks,
    /// The selection, the filter, the drafts.
    view: ui::ViewState,
    /// A colleague's file beside the document, in compare mode.
    compare: Option<share::Compared>,
    /// The participants' files of a workshop, in the room's view.
    room: Option<room::RoomState>,
    /// Whether exports include private notes (off at every start).
    export_private: bool,
    /// The slide shown, while presenting.
    presenting: Option<ui::PresentationState>,
    images: present::ImageExports,
    palette: Option<ui::PaletteState>,
    show_shortcuts: bool,
    /// Help > About, while open.
    about: Option<crate::ui::AboutInfo>,
    /// Edit > Holders and sources…, while open.
    registry: Option<ui::RegistryDraft>,
    /// File > New comparison from a resolution…, while open.
    from_text: Option<ui::FromTextState>,
    /// "Not now" was chosen on the offer to update the built-in data of this file.
    update_dismissed: bool,
    /// Which recent files exist, looked up when the File menu opens.
    recent_found: menu::RecentFound,
    message: Option<Message>,
    /// The long job running off the UI thread, if any.
    work: Option<work::Running>,
    /// The window's GPU, lent to the slide export (none in the test harness).
    gpu: Option<offscreen::Gpu>,
    modal: Option<Modal>,
    dialogs: Box<dyn Dialogs>,
    recovery: Option<recovery::Recovery>,
    /// Where marks of open files go, so another running copy is told (`None`: no marks).
    lock_dir: Option<std::path::PathBuf>,
    /// This copy's mark on the open file.
    lock: Option<crate::io::lock::Lock>,
    window: window::Window,
    /// Today's date, where the timeline ends (fixed by tests).
    today: crate::model::PartialDate,
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
        let mut app = Self::with_options(options, settings);
        app.gpu = cc.wgpu_render_state.as_ref().map(offscreen::Gpu::of_window);
        app
    }

    /// The app without eframe's storage: used by [`App::new`] and by tests.
    pub fn with_options(options: StartOptions, settings: Settings) -> Self {
        let system_language = crate::i18n::Language::system();
        // What the app says while it starts (a broken file named on the command line) is in
        // the user's language too.
        crate::i18n::set_current(settings.language.unwrap_or(system_language));
        let (doc, broken) = match files::builtin_document() {
            Ok(doc) => (doc, None),
            Err(error) => (files::empty_document(), Some(error)),
        };
        let mut app = Self {
            settings,
            system_language,
            open: history::OpenDocument::new(doc),
            derived: derived::Derived::default(),
            checks: checks::LiveChecks::default(),
            view: ui::ViewState::default(),
            compare: None,
            room: None,
            export_private: false,
            presenting: None,
            images: present::ImageExports::default(),
            palette: None,
            show_shortcuts: false,
            about: None,
            registry: None,
            from_text: None,
            update_dismissed: false,
            recent_found: menu::RecentFound::default(),
            message: None,
            work: None,
            gpu: None,
            modal: None,
            dialogs: options.dialogs,
            recovery: options
                .recovery_dir
                .map(|dir| recovery::Recovery::new(dir, options.recovery_interval)),
            lock_dir: options.lock_dir,
            lock: None,
            window: window::Window::new(options.first_frame),
            today: options.today.unwrap_or_else(today),
        };
        if let Some(error) = broken {
            app.report(
                MessageKind::Error,
                "message-builtin-broken",
                Vec::new,
                error,
            );
        }
        if let Some(path) = options.file {
            app.open_path(&path);
        }
        app.offer_recovery();
        app
    }

    /// Shortcuts and dropped files, unless a question or the palette has the keyboard.
    fn input(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if self.modal.is_some() || self.palette.is_some() {
            return;
        }
        // Escape closes the shortcuts list first, as it closes the palette and the questions,
        // before it means anything else (Deselect).
        if self.show_shortcuts
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            self.show_shortcuts = false;
        }
        if let Some(command) = Command::from_keyboard(ctx, self.presenting.is_some()) {
            actions.push(Action::Command(command));
        }
        self.take_dropped_files(ctx);
    }

    /// The panels; while presenting, only the slide.
    fn panels_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let progress = self.deck_bar();
        let doc = &self.open.doc;
        if let Some(state) = &mut self.presenting {
            let rows = self.derived.rows(doc);
            // Cancel on the slide's progress bar stops the slide export, not the presentation.
            let room = self.room.as_ref().map(|r| &r.room).filter(|_| !doc.blind);
            if ui::presentation_ui(ui, doc, &rows, room, self.today, state, progress) {
                self.cancel_job();
            }
            return;
        }
        let mut recent = std::mem::take(&mut self.recent_found);
        egui::Panel::top("menu_bar").show(ui, |ui| {
            menu::menu_bar_ui(ui, self, &mut recent, actions);
        });
        self.recent_found = recent;
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        let update_offer = self
            .derived
            .update_offer
            .filter(|_| !self.update_dismissed)
            .map(derived::UpdateOffer::texts);
        let rows = self.derived.rows(&self.open.doc);
        let main = ui::MainView {
            doc: &self.open.doc,
            visible: &self.derived.visible,
            found: &self.derived.found,
            rows: &rows,
            counts: &self.derived.counts,
            index: &self.derived.index,
            conflict_rows: self.derived.conflict_rows,
            author: &self.settings.author,
            // A merge or an update about to replace the document locks it meanwhile.
            editable: self.open.read_only.is_none() && self.locked_by_job().is_none(),
            show_tags: self.settings.show_tags,
            // Blind assessing hides everyone else's assessments too.
            compare: self
                .compare
                .as_ref()
                .filter(|_| !self.open.doc.blind)
                .map(share::Compared::view),
            room: self
                .room
                .as_ref()
                .map(|r| &r.room)
                .filter(|_| !self.open.doc.blind),
            reading: self.settings.reading_mode,
            version: self.open.state,
            today: self.today,
            checks: self.checks.problems(),
            update_offer: update_offer
                .as_ref()
                .map(|(offer, assumed)| (offer.as_str(), assumed.as_deref())),
        };
        ui::main_view_ui(ui, &main, &mut self.view, actions);
    }

    /// The drop overlay, the palette, the shortcuts list and the open question, on top.
    fn overlays_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        ui::drop_overlay_ui(ctx);
        if let Some(mut palette) = self.palette.take() {
            let entries = menu::palette_entries(self, ctx);
            match ui::palette_ui(ctx, &mut palette, &entries) {
                ui::PaletteOutcome::Open => self.palette = Some(palette),
                ui::PaletteOutcome::Closed => {}
                ui::PaletteOutcome::Run(command) => actions.push(Action::Command(command)),
            }
        }
        if self.show_shortcuts {
            self.show_shortcuts = menu::shortcuts_window_ui(ctx);
        }
        if let Some(info) = &self.about
            && !ui::about_ui(ctx, info)
        {
            self.about = None;
        }
        if let Some(mut registry) = self.registry.take()
            && ui::registry_ui(ctx, &self.open.doc, self.open.state, &mut registry, actions)
            && ui::facts_editable(&self.open.doc)
        {
            self.registry = Some(registry);
        }
        if let Some(mut state) = self.from_text.take() {
            match ui::from_text_ui(ctx, &mut state, self.today) {
                ui::FromTextOutcome::Open => self.from_text = Some(state),
                ui::FromTextOutcome::OpenFile => {
                    self.from_text = Some(state);
                    self.pick(modals::PathPurpose::OpenText, ctx);
                }
                ui::FromTextOutcome::Cancelled => {}
                ui::FromTextOutcome::Create(doc) => {
                    let rows = doc.rows.len();
                    self.replace_document(*doc, None);
                    // Never saved: closing or opening another file asks first.
                    self.open.mark_unsaved();
                    self.message = Some(Message::info(move || {
                        crate::tr!("message-new-from-text", rows = rows)
                    }));
                }
            }
        }
        self.modal_ui(ctx);
    }

    /// Settings the user just chose (their name, recent files) are kept at once, not at the
    /// next periodic save.
    fn keep_settings(&self, before: &Settings, frame: &mut eframe::Frame) {
        if self.settings != *before
            && let Some(storage) = frame.storage_mut()
        {
            eframe::set_value(storage, eframe::APP_KEY, &self.settings);
            storage.flush();
        }
    }
}

/// Today's date, by the system clock (UTC).
fn today() -> crate::model::PartialDate {
    let now = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    crate::model::timeline::day_of(now)
        .unwrap_or_else(|| crate::model::PartialDate::from_year(2026))
}

impl eframe::App for App {
    /// Before every frame, and also while the window is hidden: results of the jobs running
    /// off the UI thread, the recovery copy, image exports, and what the views derive.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        crate::i18n::set_current(self.language());
        // 1. What came back from the threads.
        self.poll_work();
        // 2. The recovery copy and the image exports, which are timed.
        self.tick_recovery(ctx);
        self.tick_exports(ctx);
        // 3. What the views derive from the document, if it or the filter changed.
        self.derived
            .update(&self.open.doc, self.open.state, &self.view.filter);
        self.checks.update(&self.open.doc, self.open.state, ctx);
        self.update_comparison(ctx);
        self.update_room();
    }

    /// One frame, always in this order ([`Self::logic`] ran just before).
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let settings = self.settings.clone();
        let state = self.open.state;
        let mut actions = Vec::new();
        // 1. The window (close request, theme), then keys and dropped files.
        self.window_ui(&ctx);
        self.input(&ctx, &mut actions);
        // 2. Panels, then overlays and questions on top, each adding what the user asked for.
        self.panels_ui(ui, &mut actions);
        self.overlays_ui(&ctx, &mut actions);
        // 3. Everything asked for during the frame, in order.
        for action in actions {
            self.apply(action, &ctx);
        }
        // 4. Keep settings and the title in step; a changed document is derived again, and
        //    its recovery copy written, in the logic of the next frame, which comes at once.
        self.keep_settings(&settings, frame);
        self.update_title(&ctx);
        if self.open.state != state {
            ctx.request_repaint();
        }
        ui::remember_typing(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}
