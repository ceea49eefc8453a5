//! The menu bar, the command palette's entries and the list of shortcuts: all read from
//! [`Command`].

use super::App;
use crate::ui::theme::Theme;
use crate::ui::{Action, Command, PaletteEntry};

/// The label of a command as menus show it: Undo and Redo say what they would do.
fn label(app: &App, command: Command) -> String {
    match command {
        Command::Undo => app
            .open
            .history
            .undo_label()
            .map_or_else(|| "Undo".to_owned(), |what| format!("Undo: {what}")),
        Command::Redo => app
            .open
            .history
            .redo_label()
            .map_or_else(|| "Redo".to_owned(), |what| format!("Redo: {what}")),
        Command::ToggleReadingMode if app.settings.reading_mode => {
            "One line per row in the table".to_owned()
        }
        Command::ToggleReadingMode => "Full texts in the table".to_owned(),
        Command::ToggleTags if app.settings.show_tags => "Hide tags panel".to_owned(),
        Command::ToggleTags => "Show tags panel".to_owned(),
        Command::ToggleExportPrivate => format!(
            "{} ({})",
            command.label(),
            if app.export_private { "on" } else { "off" }
        ),
        Command::ThemeLight | Command::ThemeDark | Command::ThemeHighContrast => {
            let current = match app.settings.theme {
                Theme::Light => Command::ThemeLight,
                Theme::Dark => Command::ThemeDark,
                Theme::HighContrast => Command::ThemeHighContrast,
            };
            if current == command {
                format!("{} (in use)", command.label())
            } else {
                command.label()
            }
        }
        Command::LanguageEnglish
        | Command::LanguageAlbanian
        | Command::LanguageSerbianLatin
        | Command::LanguageSerbianCyrillic
            if command.language() == Some(app.language()) =>
        {
            format!("{} (in use)", command.label())
        }
        other => other.label(),
    }
}

/// Whether a command can run now.
fn enabled(app: &App, command: Command) -> bool {
    match command {
        Command::Save => app.is_dirty() || app.open.read_only.is_some(),
        Command::Undo => app.open.history.undo_label().is_some(),
        Command::Redo => app.open.history.redo_label().is_some(),
        Command::ClearFilters => !app.view.filter.is_empty(),
        Command::EndCompare => app.compare.is_some(),
        Command::UpdateDataset => app.derived.update_offer.is_some(),
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

/// An entry of a menu.
enum Item {
    Run(Command),
    RecentFiles,
    Separator,
    Submenu(&'static str, &'static [Item]),
}

use Item::{RecentFiles, Run, Separator, Submenu};

/// The menus, in order: every entry is a command, so menus, keyboard and palette agree.
const MENUS: [(&str, &[Item]); 4] = [
    (
        "File",
        &[
            Run(Command::New),
            Run(Command::Open),
            RecentFiles,
            Run(Command::Save),
            Run(Command::SaveAs),
            Separator,
            Run(Command::CompareWith),
            Run(Command::EndCompare),
            Run(Command::MergeFrom),
            Run(Command::UpdateDataset),
            Separator,
            Submenu(
                "Export",
                &[
                    Run(Command::ExportMarkdown),
                    Run(Command::ExportCsv),
                    Run(Command::ExportNotesCsv),
                    Run(Command::ExportHtml),
                    Run(Command::ExportCslJson),
                    Run(Command::ExportBibtex),
                    Run(Command::ExportQdpx),
                    Run(Command::ToggleExportPrivate),
                    Separator,
                    Run(Command::ExportImage),
                    Run(Command::ExportSlides),
                ],
            ),
            Separator,
            Run(Command::Quit),
        ],
    ),
    (
        "Edit",
        &[
            Run(Command::Undo),
            Run(Command::Redo),
            Separator,
            Run(Command::Find),
            Run(Command::ClearFilters),
            Separator,
            Run(Command::CommandPalette),
        ],
    ),
    (
        "View",
        &[
            Run(Command::ShowTable),
            Run(Command::ShowSummary),
            Run(Command::ShowTimeline),
            Run(Command::ToggleTags),
            Run(Command::ToggleReadingMode),
            Separator,
            Run(Command::ZoomIn),
            Run(Command::ZoomOut),
            Run(Command::ZoomReset),
            Separator,
            Run(Command::ThemeLight),
            Run(Command::ThemeDark),
            Run(Command::ThemeHighContrast),
            Separator,
            Submenu(
                "Language",
                &[
                    Run(Command::LanguageEnglish),
                    Run(Command::LanguageAlbanian),
                    Run(Command::LanguageSerbianLatin),
                    Run(Command::LanguageSerbianCyrillic),
                ],
            ),
            Separator,
            Run(Command::Present),
        ],
    ),
    ("Help", &[Run(Command::ShowShortcuts)]),
];

/// Which of the recent files exist: looked up once when the File menu opens, not every frame
/// it is open; `None` while it is closed.
#[derive(Default)]
pub(super) struct RecentFound(Option<Vec<bool>>);

/// The menu bar: File, Edit, View, Help.
pub(super) fn menu_bar_ui(
    ui: &mut egui::Ui,
    app: &App,
    recent: &mut RecentFound,
    actions: &mut Vec<Action>,
) {
    egui::MenuBar::new().ui(ui, |ui| {
        for (title, items) in &MENUS {
            let open = ui
                .menu_button(*title, |ui| items_ui(ui, app, items, recent, actions))
                .inner
                .is_some();
            if *title == "File" && !open {
                recent.0 = None;
            }
        }
    });
}

fn items_ui(
    ui: &mut egui::Ui,
    app: &App,
    items: &[Item],
    recent: &mut RecentFound,
    actions: &mut Vec<Action>,
) {
    for item in items {
        match item {
            Run(command) => command_button(ui, app, *command, actions),
            RecentFiles => {
                let found = recent.0.get_or_insert_with(|| {
                    app.settings
                        .recent
                        .iter()
                        .map(|p| crate::io::file_exists(p))
                        .collect()
                });
                ui.menu_button("Open recent", |ui| recent_ui(ui, app, found, actions));
            }
            Separator => {
                ui.separator();
            }
            Submenu(title, items) => {
                ui.menu_button(*title, |ui| items_ui(ui, app, items, recent, actions));
            }
        }
    }
}

/// The recent files: existing ones open on a click; missing ones are marked and removable.
fn recent_ui(ui: &mut egui::Ui, app: &App, found: &[bool], actions: &mut Vec<Action>) {
    if app.settings.recent.is_empty() {
        ui.label("No recent files");
        return;
    }
    for (path, exists) in app.settings.recent.iter().zip(found) {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        if *exists {
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
                for &command in Command::ALL {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::Scope;

    #[test]
    fn every_command_outside_presentations_is_in_a_menu() {
        fn commands(items: &[Item], found: &mut Vec<Command>) {
            for item in items {
                match item {
                    Run(command) => found.push(*command),
                    Submenu(_, items) => commands(items, found),
                    RecentFiles | Separator => {}
                }
            }
        }
        let mut in_menus = Vec::new();
        for (_, items) in &MENUS {
            commands(items, &mut in_menus);
        }
        for &command in Command::ALL {
            if command.scope() != Scope::Presentation {
                assert!(in_menus.contains(&command), "{command:?} is in no menu");
            }
        }
    }
}
