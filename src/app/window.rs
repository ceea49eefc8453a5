//! The window itself: its title, theme, closing, and files dropped on it.

use super::{After, App, Message, Modal};

/// What the app keeps about the window.
#[derive(Default)]
pub(super) struct Window {
    /// The theme last applied (to notice a change of setting).
    applied_theme: Option<crate::ui::theme::Theme>,
    /// The title last sent.
    shown_title: String,
    /// Set once the user agreed to close (the unsaved changes saved or given up).
    pub(super) allowed_to_close: bool,
    /// Close after the first painted frame (start-up measurement).
    first_frame: Option<super::FirstFrame>,
}

impl Window {
    pub(super) fn new(first_frame: Option<super::FirstFrame>) -> Self {
        Self {
            first_frame,
            ..Self::default()
        }
    }
}

impl App {
    /// Before anything is drawn: the start-up measurement, a close request, the theme.
    pub(super) fn window_ui(&mut self, ctx: &egui::Context) {
        if let Some(first_frame) = &self.window.first_frame {
            first_frame.frame(ctx);
        }
        // Closing the window: ask first if there are unsaved changes.
        if ctx.input(|i| i.viewport().close_requested())
            && self.open.is_dirty()
            && !self.window.allowed_to_close
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(After::Quit));
        }
        self.apply_theme(ctx);
    }

    /// Applies the theme and the look of the window when the setting changes.
    fn apply_theme(&mut self, ctx: &egui::Context) {
        let theme = self.settings.theme;
        if self.window.applied_theme == Some(theme) {
            return;
        }
        let egui_theme = if theme == crate::ui::theme::Theme::Light {
            egui::Theme::Light
        } else {
            egui::Theme::Dark
        };
        ctx.set_visuals_of(egui_theme, theme.visuals());
        ctx.set_theme(egui_theme);
        self.window.applied_theme = Some(theme);
    }

    /// Sends the title when it changed, and names the window for a screen reader with it.
    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        let name = title.clone();
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(name));
        if title != self.window.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window.shown_title = title;
        }
    }

    /// Takes the files dropped on the window this frame: opens a .ron file (asking about
    /// unsaved changes first) and explains anything else.
    pub(super) fn take_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input_mut(|i| std::mem::take(&mut i.raw.dropped_files));
        let documents: Vec<std::path::PathBuf> = dropped
            .iter()
            .map(|file| file.path().to_owned())
            .filter(|path| {
                path.extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
            })
            .collect();
        // Several documents (or a folder of them) dropped at once are the room's files.
        if documents.len() > 1 || (dropped.len() == 1 && dropped[0].path().is_dir()) {
            let paths = dropped.iter().map(|f| f.path().to_owned()).collect();
            self.open_room(paths, ctx);
            return;
        }
        match documents.into_iter().next() {
            Some(path) => self.request(After::OpenPath(path), ctx),
            None if !dropped.is_empty() => {
                let names: Vec<String> = dropped
                    .iter()
                    .map(|f| f.path().display().to_string())
                    .collect();
                self.message = Some(Message::error(move || {
                    crate::tr!("message-not-a-document", files = names.join(", "))
                }));
            }
            None => {}
        }
    }
}
