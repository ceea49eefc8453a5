//! The menu bar, the command palette's entries and the list of shortcuts: all read from
//! [`Command`].

use super::{App, Command};
use crate::ui::theme::Theme;
use crate::ui::{Action, PaletteEntry};

/// The label of a command as menus show it: Undo and Redo say what they would do.
fn label(app: &App, command: Command) -> String {
    match command {
        Command::Undo => app
            .history
            .undo_label()
            .map_or_else(|| "Undo".to_owned(), |what| format!("Undo: {what}")),
        Command::Redo => app
            .history
            .redo_label()
            .map_or_else(|| "Redo".to_owned(), |what| format!("Redo: {what}")),
        Command::ToggleTags if app.settings.show_tags => "Hide tags panel".to_owned(),
        Command::ToggleTags => "Show tags panel".to_owned(),
        Command::ThemeLight | Command::ThemeDark | Command::ThemeHighContrast => {
            let current = match app.settings.theme {
                Theme::Light => Command::ThemeLight,
                Theme::Dark => Command::ThemeDark,
                Theme::HighContrast => Command::ThemeHighContrast,
            };
            if current == command {
                format!("{} (in use)", command.label())
            } else {
                command.label().to_owned()
            }
        }
        other => other.label().to_owned(),
    }
}

/// Whether a command can run now.
fn enabled(app: &App, command: Command) -> bool {
    match command {
        Command::Save => app.is_dirty() || app.read_only.is_some(),
        Command::Undo => app.history.undo_label().is_some(),
        Command::Redo => app.history.redo_label().is_some(),
        Command::ClearFilters => !app.view.filter.is_empty(),
        Command::NextSlide
        | Command::PreviousSlide
        | Command::FirstSlide
        | Command::LastSlide
        | Command::EndPresentation => app.presenting.is_some(),
        _ => true,
    }
}

fn command_button(ui: &mut egui::Ui, app: &App, command: Command, actions: &mut Vec<Action>) {
    let mut button = egui::Button::new(label(app, command));
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    if ui.add_enabled(enabled(app, command), button).clicked() {
        actions.push(Action::Command(command));
    }
}

/// The menu bar: File, Edit, View, Help.
pub(super) fn menu_bar_ui(ui: &mut egui::Ui, app: &App, actions: &mut Vec<Action>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            command_button(ui, app, Command::New, actions);
            command_button(ui, app, Command::Open, actions);
            ui.menu_button("Open recent", |ui| recent_ui(ui, app, actions));
            command_button(ui, app, Command::Save, actions);
            command_button(ui, app, Command::SaveAs, actions);
            ui.separator();
            command_button(ui, app, Command::ExportImage, actions);
            command_button(ui, app, Command::ExportSlides, actions);
            ui.separator();
            command_button(ui, app, Command::Quit, actions);
        });
        ui.menu_button("Edit", |ui| {
            command_button(ui, app, Command::Undo, actions);
            command_button(ui, app, Command::Redo, actions);
            ui.separator();
            command_button(ui, app, Command::Find, actions);
            command_button(ui, app, Command::ClearFilters, actions);
            ui.separator();
            command_button(ui, app, Command::CommandPalette, actions);
        });
        ui.menu_button("View", |ui| {
            command_button(ui, app, Command::ShowTable, actions);
            command_button(ui, app, Command::ShowSummary, actions);
            command_button(ui, app, Command::ToggleTags, actions);
            ui.separator();
            command_button(ui, app, Command::ZoomIn, actions);
            command_button(ui, app, Command::ZoomOut, actions);
            command_button(ui, app, Command::ZoomReset, actions);
            ui.separator();
            command_button(ui, app, Command::ThemeLight, actions);
            command_button(ui, app, Command::ThemeDark, actions);
            command_button(ui, app, Command::ThemeHighContrast, actions);
            ui.separator();
            command_button(ui, app, Command::Present, actions);
        });
        ui.menu_button("Help", |ui| {
            command_button(ui, app, Command::ShowShortcuts, actions);
        });
    });
}

/// The recent files: existing ones open on a click; missing ones are marked and removable.
fn recent_ui(ui: &mut egui::Ui, app: &App, actions: &mut Vec<Action>) {
    if app.settings.recent.is_empty() {
        ui.label("No recent files");
        return;
    }
    for path in &app.settings.recent {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        if path.exists() {
            if ui
                .button(&name)
                .on_hover_text(path.display().to_string())
                .clicked()
            {
                actions.push(Action::OpenRecent(path.clone()));
            }
        } else {
            ui.horizontal(|ui| {
                ui.add_enabled(false, egui::Button::new(format!("{name} (missing)")))
                    .on_disabled_hover_text(format!("{} no longer exists", path.display()));
                if ui
                    .small_button(format!("Remove {name}"))
                    .on_hover_text("Remove it from this list")
                    .clicked()
                {
                    actions.push(Action::ForgetRecent(path.clone()));
                }
            });
        }
    }
}

/// Every command the palette offers now, with its label and shortcut.
pub(super) fn palette_entries(app: &App, ctx: &egui::Context) -> Vec<PaletteEntry<Command>> {
    Command::ALL
        .iter()
        .filter(|c| **c != Command::CommandPalette && enabled(app, **c))
        .map(|c| PaletteEntry {
            value: *c,
            label: label(app, *c),
            shortcut: c
                .shortcuts()
                .first()
                .map(|s| ctx.format_shortcut(s))
                .unwrap_or_default(),
        })
        .collect()
}

/// The list of keyboard shortcuts (Help > Keyboard shortcuts). Returns whether it stays open.
pub(super) fn shortcuts_window_ui(ctx: &egui::Context) -> bool {
    let mut open = true;
    egui::Window::new("Keyboard shortcuts")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                for command in Command::ALL {
                    ui.label(command.label());
                    let keys: Vec<String> = command
                        .shortcuts()
                        .iter()
                        .map(|s| ctx.format_shortcut(s))
                        .collect();
                    ui.label(keys.join(", "));
                    ui.end_row();
                }
                ui.label("Next / previous row");
                ui.label("Down, Up");
                ui.end_row();
            });
        });
    open
}
