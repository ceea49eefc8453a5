//! The menu bar, the command palette's entries and the list of shortcuts: all read from
//! [`Command`].

use super::App;
use crate::tr;
use crate::ui::theme::Theme;
use crate::ui::{Action, Command, PaletteEntry};

/// Whether the window is too narrow (at this zoom) for the tag list beside the table.
fn narrow(ctx: &egui::Context) -> bool {
    ctx.content_rect().width() < crate::ui::theme::NARROW_WINDOW
}

/// The label of a command as menus show it: Undo and Redo say what they would do; the tag
/// list's entry says when the window has no room for it.
fn label(app: &App, command: Command, narrow: bool) -> String {
    match command {
        Command::Undo => app.open.history.undo_label().map_or_else(
            || command.label(),
            |what| tr!("menu-undo-what", what = super::history::what_label(what)),
        ),
        Command::Redo => app.open.history.redo_label().map_or_else(
            || command.label(),
            |what| tr!("menu-redo-what", what = super::history::what_label(what)),
        ),
        Command::ToggleReadingMode if app.settings.reading_mode => tr!("menu-one-line-rows"),
        Command::ToggleReadingMode => command.label(),
        Command::ToggleTags if app.settings.show_tags && narrow => tr!("menu-tags-no-room"),
        Command::ToggleTags if app.settings.show_tags => tr!("menu-hide-tags"),
        Command::ToggleTags => tr!("menu-show-tags"),
        Command::ToggleBlind => tr!(
            if app.open.doc.blind {
                "menu-on"
            } else {
                "menu-off"
            },
            label = command.label()
        ),
        Command::ToggleExportPrivate => tr!(
            if app.export_private {
                "menu-on"
            } else {
                "menu-off"
            },
            label = command.label()
        ),
        Command::ThemeLight | Command::ThemeDark | Command::ThemeHighContrast => {
            let current = match app.settings.theme {
                Theme::Light => Command::ThemeLight,
                Theme::Dark => Command::ThemeDark,
                Theme::HighContrast => Command::ThemeHighContrast,
            };
            if current == command {
                tr!("menu-in-use", label = command.label())
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
            tr!("menu-in-use", label = command.label())
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
        Command::Deselect => app.view.selected.is_some(),
        Command::EndCompare => app.compare.is_some(),
        Command::EndRoom | Command::ExportRoomCsv => app.room.is_some() && !app.open.doc.blind,
        Command::UpdateDataset => app.derived.update_offer.is_some(),
        Command::AddRow | Command::HoldersAndSources => app.facts_refused().is_none(),
        Command::RemoveRow => app.facts_refused().is_none() && app.selected_index().is_some(),
        Command::NextSlide
        | Command::PreviousSlide
        | Command::FirstSlide
        | Command::LastSlide
        | Command::EndPresentation => app.presenting.is_some(),
        _ => true,
    }
}

fn command_button(ui: &mut egui::Ui, app: &App, command: Command, actions: &mut Vec<Action>) {
    let mut button = egui::Button::new(label(app, command, narrow(ui.ctx())));
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    let mut response = ui.add_enabled(enabled(app, command), button);
    if matches!(
        command,
        Command::AddRow | Command::RemoveRow | Command::HoldersAndSources
    ) && let Some(why) = app.facts_refused()
    {
        response = response.on_disabled_hover_text(why);
    }
    if response.clicked() {
        actions.push(Action::Command(command));
    }
}

/// An entry of a menu.
enum Item {
    Run(Command),
    RecentFiles,
    Separator,
    /// A submenu: the id of its title's message, its entries.
    Submenu(&'static str, &'static [Item]),
}

use Item::{RecentFiles, Run, Separator, Submenu};

/// The menus, in order, each by the id of its title's message: every entry is a command, so
/// menus, keyboard and palette agree.
const MENUS: [(&str, &[Item]); 4] = [
    (
        "menu-file",
        &[
            Run(Command::New),
            Run(Command::NewFromResolution),
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
            Run(Command::OpenRoom),
            Run(Command::EndRoom),
            Run(Command::ToggleBlind),
            Separator,
            Submenu(
                "menu-export",
                &[
                    Run(Command::ExportMarkdown),
                    Run(Command::ExportCsv),
                    Run(Command::ExportNotesCsv),
                    Run(Command::ExportHtml),
                    Run(Command::ExportRoomCsv),
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
        "menu-edit",
        &[
            Run(Command::Undo),
            Run(Command::Redo),
            Separator,
            Run(Command::Find),
            Run(Command::ClearFilters),
            Run(Command::Deselect),
            Separator,
            Run(Command::AddRow),
            Run(Command::RemoveRow),
            Run(Command::HoldersAndSources),
            Separator,
            Run(Command::CommandPalette),
        ],
    ),
    (
        "menu-view",
        &[
            Run(Command::ShowTable),
            Run(Command::ShowSummary),
            Run(Command::ShowTimeline),
            Run(Command::ShowRoom),
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
                "menu-language",
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
    (
        "menu-help",
        &[Run(Command::ShowShortcuts), Run(Command::ShowAbout)],
    ),
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
                .menu_button(tr!(*title), |ui| items_ui(ui, app, items, recent, actions))
                .inner
                .is_some();
            if *title == "menu-file" && !open {
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
                ui.menu_button(tr!("menu-open-recent"), |ui| {
                    recent_ui(ui, app, found, actions);
                });
            }
            Separator => {
                ui.separator();
            }
            Submenu(title, items) => {
                ui.menu_button(tr!(*title), |ui| items_ui(ui, app, items, recent, actions));
            }
        }
    }
}

/// A recent file as the menu names it: its name and its folder's ("ana.ron — team"), so two
/// files of the same name in different folders are told apart; the full path is on hover.
fn recent_name(path: &std::path::Path) -> String {
    let Some(name) = path.file_name() else {
        return path.display().to_string();
    };
    let name = name.to_string_lossy();
    match path.parent().and_then(std::path::Path::file_name) {
        Some(folder) => tr!(
            "menu-recent-item",
            name = name.as_ref(),
            folder = folder.to_string_lossy().as_ref()
        ),
        None => name.into_owned(),
    }
}

/// The recent files: existing ones open on a click; missing ones are marked and removable.
fn recent_ui(ui: &mut egui::Ui, app: &App, found: &[bool], actions: &mut Vec<Action>) {
    if app.settings.recent.is_empty() {
        ui.label(tr!("menu-no-recent"));
        return;
    }
    for (path, exists) in app.settings.recent.iter().zip(found) {
        let name = recent_name(path);
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
                ui.add_enabled(
                    false,
                    egui::Button::new(tr!("menu-recent-missing", name = name.as_str())),
                )
                .on_disabled_hover_text(tr!("menu-recent-gone", path = path.display().to_string()));
                if ui
                    .small_button(tr!("menu-recent-remove", name = name.as_str()))
                    .on_hover_text(tr!("menu-recent-remove-hint"))
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
            label: label(app, *c, narrow(ctx)),
            also: c.labels_everywhere(),
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
    // Escape closes it too (`App::input`).
    let mut open = true;
    // In the middle, over neither the menu bar nor the status bar, with room around the keys.
    let frame = egui::Frame::window(&ctx.global_style()).inner_margin(12);
    egui::Window::new(Command::ShowShortcuts.label())
        .id(egui::Id::unique("keyboard_shortcuts"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .frame(frame)
        .show(ctx, |ui| {
            // Longer than a small screen: it scrolls rather than run off the bottom.
            egui::ScrollArea::vertical()
                .max_height(ctx.content_rect().height() - 120.0)
                .show(ui, |ui| shortcuts_grid_ui(ui, ctx));
        });
    open
}

fn shortcuts_grid_ui(ui: &mut egui::Ui, ctx: &egui::Context) {
    egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
        // Only the commands that have keys: the others are in the menus and the palette.
        for &command in Command::ALL.iter().filter(|c| !c.shortcuts().is_empty()) {
            ui.label(command.label());
            let keys: Vec<String> = command
                .shortcuts()
                .iter()
                .map(|s| ctx.format_shortcut(s))
                .collect();
            ui.label(keys.join(", "));
            ui.end_row();
        }
        ui.label(tr!("menu-shortcuts-rows"));
        let arrows = [egui::Key::ArrowDown, egui::Key::ArrowUp]
            .map(|key| ctx.format_shortcut(&egui::KeyboardShortcut::new(Default::default(), key)));
        ui.label(arrows.join(", "));
        ui.end_row();
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::Scope;

    #[test]
    fn every_menu_title_is_a_message_of_every_language() {
        fn titles(items: &[Item], found: &mut Vec<&'static str>) {
            for item in items {
                if let Submenu(title, items) = item {
                    found.push(title);
                    titles(items, found);
                }
            }
        }
        let mut found = Vec::new();
        for (title, items) in &MENUS {
            found.push(*title);
            titles(items, &mut found);
        }
        found.extend(["menu-open-recent", "menu-no-recent", "menu-shortcuts-rows"]);
        for lang in crate::i18n::Language::ALL {
            for id in &found {
                assert!(lang.has(id), "{id} missing in {lang}");
            }
        }
    }

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
