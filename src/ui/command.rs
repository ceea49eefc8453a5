//! Every action the user can take from a menu, the keyboard or the command palette, each with
//! one label and its shortcuts.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::Language;

/// Declares [`Command`] and its list [`Command::ALL`] from one list of variants, so none can be
/// left out of the menus' tests, the palette or the shortcuts list.
macro_rules! commands {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// An action from the menus, the keyboard or the palette. Queued during the frame and
        /// run at its end.
        #[must_use]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Command {
            $($(#[doc = $doc])* $name,)*
        }

        impl Command {
            /// Every command, in menu order.
            pub const ALL: &[Self] = &[$(Self::$name,)*];
        }
    };
}

commands! {
    /// Replace the document by the built-in dataset.
    New,
    /// Start a comparison from a resolution's text.
    NewFromResolution,
    /// Open a document file.
    Open,
    /// Save to the current file (or ask where, the first time).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Open a colleague's file beside this one and mark where they differ.
    CompareWith,
    /// Stop comparing; the document is as it was.
    EndCompare,
    /// Bring a colleague's notes and assessments into this document.
    MergeFrom,
    /// Open many participants' files at once and show the room's view of them.
    OpenRoom,
    /// Close the room's files; the document is as it was.
    EndRoom,
    /// Blind assessing on or off: the built-in assessment and others' hidden until revealed.
    ToggleBlind,
    /// Bring a file built on older built-in data up to this version's, keeping the user's work.
    UpdateDataset,
    /// Export as Markdown, for a paper.
    ExportMarkdown,
    /// Export one CSV row per responsibility.
    ExportCsv,
    /// Export one CSV row per note.
    ExportNotesCsv,
    /// Export a self-contained HTML page.
    ExportHtml,
    /// Export the room's figures, one CSV line per row.
    ExportRoomCsv,
    /// Export the sources as CSL-JSON.
    ExportCslJson,
    /// Export the sources as BibTeX.
    ExportBibtex,
    /// Export a REFI-QDA project for QDA tools.
    ExportQdpx,
    /// Whether exports include private notes.
    ToggleExportPrivate,
    /// Save the current view (table, summary or slide) as a PNG image.
    ExportImage,
    /// Save every slide as a PNG image, into a folder.
    ExportSlides,
    /// Close the window.
    Quit,
    /// Take back the last change.
    Undo,
    /// Do again what was undone.
    Redo,
    /// Add a row after the selected one (a comparison's own facts).
    AddRow,
    /// Remove the selected row (undo brings it back).
    RemoveRow,
    /// The comparison's holders and sources, to add, change and remove.
    HoldersAndSources,
    /// Put the keyboard in the search field.
    Find,
    /// Show every row again.
    ClearFilters,
    /// Leave the selected row for the overview of the whole comparison.
    Deselect,
    /// Show the table.
    ShowTable,
    /// Show the summary picture.
    ShowSummary,
    /// Show who held what, when.
    ShowTimeline,
    /// Show the room's view.
    ShowRoom,
    /// Show or hide the tag list.
    ToggleTags,
    /// Table rows show each text in full, or one line each.
    ToggleReadingMode,
    /// Make everything larger.
    ZoomIn,
    /// Make everything smaller.
    ZoomOut,
    /// Back to the normal size.
    ZoomReset,
    /// Light theme.
    ThemeLight,
    /// Dark theme.
    ThemeDark,
    /// High-contrast theme, for projectors.
    ThemeHighContrast,
    /// The interface in English.
    LanguageEnglish,
    /// The interface in Albanian.
    LanguageAlbanian,
    /// The interface in Serbian, Latin script.
    LanguageSerbianLatin,
    /// The interface in Serbian, Cyrillic script.
    LanguageSerbianCyrillic,
    /// Full screen, large type, one responsibility at a time.
    Present,
    /// The next slide.
    NextSlide,
    /// The previous slide.
    PreviousSlide,
    /// The first slide (the overview).
    FirstSlide,
    /// The last slide.
    LastSlide,
    /// Leave the presentation.
    EndPresentation,
    /// Run any command by typing part of its name.
    CommandPalette,
    /// List the keyboard shortcuts.
    ShowShortcuts,
    /// The version, the data release, the licence and where the README is.
    ShowAbout,
}

/// Where a command's shortcuts work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// In the main window.
    Main,
    /// While presenting.
    Presentation,
    /// Both.
    Everywhere,
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

impl Command {
    /// The language a language command chooses.
    pub fn language(self) -> Option<Language> {
        match self {
            Self::LanguageEnglish => Some(Language::En),
            Self::LanguageAlbanian => Some(Language::Sq),
            Self::LanguageSerbianLatin => Some(Language::SrLatn),
            Self::LanguageSerbianCyrillic => Some(Language::SrCyrl),
            _ => None,
        }
    }

    /// The label in menus and the palette, in the interface's language (`…` where a dialog
    /// follows). A language is named in itself, whatever the interface's language.
    pub fn label(self) -> String {
        match self.message_id() {
            Some(id) => crate::tr!(id),
            None => self.language().unwrap_or_default().native_name(),
        }
    }

    /// The label in every language of the interface, so that the palette finds a command by
    /// any of its names: a Latin keyboard reaches a Cyrillic interface through the Serbian
    /// Latin label.
    pub fn labels_everywhere(self) -> Vec<String> {
        match self.message_id() {
            Some(id) => Language::ALL.iter().map(|lang| lang.t(id)).collect(),
            None => vec![self.label()],
        }
    }

    /// The id of the label's message; `None` for a language, which is named in itself.
    fn message_id(self) -> Option<&'static str> {
        Some(match self {
            Self::New => "command-new",
            Self::NewFromResolution => "command-new-from-resolution",
            Self::Open => "command-open",
            Self::Save => "command-save",
            Self::SaveAs => "command-save-as",
            Self::CompareWith => "command-compare-with",
            Self::EndCompare => "command-end-compare",
            Self::MergeFrom => "command-merge-from",
            Self::OpenRoom => "command-open-room",
            Self::EndRoom => "command-end-room",
            Self::ToggleBlind => "command-toggle-blind",
            Self::UpdateDataset => "command-update-dataset",
            Self::ExportMarkdown => "command-export-markdown",
            Self::ExportCsv => "command-export-csv",
            Self::ExportNotesCsv => "command-export-notes-csv",
            Self::ExportHtml => "command-export-html",
            Self::ExportRoomCsv => "command-export-room-csv",
            Self::ExportCslJson => "command-export-csl-json",
            Self::ExportBibtex => "command-export-bibtex",
            Self::ExportQdpx => "command-export-qdpx",
            Self::ToggleExportPrivate => "command-toggle-export-private",
            Self::ExportImage => "command-export-image",
            Self::ExportSlides => "command-export-slides",
            Self::Quit => "command-quit",
            Self::Undo => "command-undo",
            Self::Redo => "command-redo",
            Self::AddRow => "command-add-row",
            Self::RemoveRow => "command-remove-row",
            Self::HoldersAndSources => "command-holders-and-sources",
            Self::Find => "command-find",
            Self::ClearFilters => "command-clear-filters",
            Self::Deselect => "command-deselect",
            Self::ShowTable => "command-show-table",
            Self::ShowSummary => "command-show-summary",
            Self::ShowTimeline => "command-show-timeline",
            Self::ShowRoom => "command-show-room",
            Self::ToggleTags => "command-toggle-tags",
            Self::ToggleReadingMode => "command-toggle-reading-mode",
            Self::ZoomIn => "command-zoom-in",
            Self::ZoomOut => "command-zoom-out",
            Self::ZoomReset => "command-zoom-reset",
            Self::ThemeLight => "command-theme-light",
            Self::ThemeDark => "command-theme-dark",
            Self::ThemeHighContrast => "command-theme-high-contrast",
            Self::Present => "command-present",
            Self::NextSlide => "command-next-slide",
            Self::PreviousSlide => "command-previous-slide",
            Self::FirstSlide => "command-first-slide",
            Self::LastSlide => "command-last-slide",
            Self::EndPresentation => "command-end-presentation",
            Self::CommandPalette => "command-command-palette",
            Self::ShowShortcuts => "command-show-shortcuts",
            Self::ShowAbout => "command-show-about",
            Self::LanguageEnglish
            | Self::LanguageAlbanian
            | Self::LanguageSerbianLatin
            | Self::LanguageSerbianCyrillic => return None,
        })
    }

    /// The keyboard shortcuts; the first is the one menus show.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            Self::New => const { &[ctrl(Key::N)] },
            Self::Open => const { &[ctrl(Key::O)] },
            Self::Save => const { &[ctrl(Key::S)] },
            Self::SaveAs => const { &[ctrl_shift(Key::S)] },
            Self::CompareWith => const { &[ctrl_shift(Key::C)] },
            Self::MergeFrom => const { &[ctrl_shift(Key::M)] },
            Self::NewFromResolution
            | Self::EndCompare
            | Self::OpenRoom
            | Self::EndRoom
            | Self::ToggleBlind
            | Self::UpdateDataset
            | Self::ExportMarkdown
            | Self::ExportCsv
            | Self::ExportNotesCsv
            | Self::ExportHtml
            | Self::ExportRoomCsv
            | Self::ExportCslJson
            | Self::ExportBibtex
            | Self::ExportQdpx
            | Self::ToggleExportPrivate
            | Self::AddRow
            | Self::RemoveRow
            | Self::HoldersAndSources => const { &[] },
            Self::ExportImage => const { &[ctrl_shift(Key::E)] },
            Self::ExportSlides => const { &[] },
            Self::Quit => const { &[ctrl(Key::Q)] },
            Self::Undo => const { &[ctrl(Key::Z)] },
            Self::Redo => const { &[ctrl(Key::Y), ctrl_shift(Key::Z)] },
            Self::Find => const { &[ctrl(Key::F)] },
            Self::ClearFilters => const { &[ctrl_shift(Key::L)] },
            Self::Deselect => const { &[key(Key::Escape)] },
            Self::ShowTable => const { &[ctrl(Key::Num1)] },
            Self::ShowSummary => const { &[ctrl(Key::Num2)] },
            Self::ShowTimeline => const { &[ctrl(Key::Num3)] },
            Self::ShowRoom => const { &[ctrl(Key::Num4)] },
            Self::ToggleTags => const { &[ctrl_shift(Key::T)] },
            Self::ToggleReadingMode => const { &[ctrl_shift(Key::R)] },
            Self::ZoomIn => const { &[ctrl(Key::Plus), ctrl(Key::Equals)] },
            Self::ZoomOut => const { &[ctrl(Key::Minus)] },
            Self::ZoomReset => const { &[ctrl(Key::Num0)] },
            Self::ThemeLight | Self::ThemeDark | Self::ThemeHighContrast => const { &[] },
            Self::LanguageEnglish
            | Self::LanguageAlbanian
            | Self::LanguageSerbianLatin
            | Self::LanguageSerbianCyrillic => const { &[] },
            Self::Present => const { &[key(Key::F5)] },
            Self::NextSlide => {
                const { &[key(Key::ArrowRight), key(Key::PageDown), key(Key::Space)] }
            }
            Self::PreviousSlide => const { &[key(Key::ArrowLeft), key(Key::PageUp)] },
            Self::FirstSlide => const { &[key(Key::Home)] },
            Self::LastSlide => const { &[key(Key::End)] },
            Self::EndPresentation => const { &[key(Key::Escape)] },
            Self::CommandPalette => const { &[ctrl_shift(Key::P)] },
            Self::ShowShortcuts => const { &[key(Key::F1)] },
            Self::ShowAbout => const { &[] },
        }
    }

    /// Where its shortcuts work.
    pub fn scope(self) -> Scope {
        match self {
            Self::NextSlide
            | Self::PreviousSlide
            | Self::FirstSlide
            | Self::LastSlide
            | Self::EndPresentation => Scope::Presentation,
            Self::ZoomIn
            | Self::ZoomOut
            | Self::ZoomReset
            | Self::Quit
            | Self::ExportImage
            | Self::ShowShortcuts => Scope::Everywhere,
            _ => Scope::Main,
        }
    }

    /// Whether a focused text field should get the key instead (its own undo and redo).
    fn yields_to_text_fields(self) -> bool {
        // Escape in a text field leaves the field, not the row.
        matches!(self, Self::Undo | Self::Redo | Self::Deselect)
    }

    /// The command whose shortcut was pressed this frame, consuming the key. Shortcuts with more
    /// modifiers are checked first: egui ignores extra Shift in matching, so Ctrl+Shift+S would
    /// otherwise also match Ctrl+S.
    pub fn from_keyboard(ctx: &egui::Context, presenting: bool) -> Option<Self> {
        // A text field that had the keyboard last frame counts too: egui lets Escape take the
        // keyboard from it before this runs, and that Escape is the field's, not the window's.
        let typing = ctx.egui_wants_keyboard_input()
            || ctx.data(|d| {
                d.get_temp::<bool>(egui::Id::unique(TYPING))
                    .unwrap_or(false)
            });
        let mut shortcuts: Vec<(Self, KeyboardShortcut)> = Self::ALL
            .iter()
            .filter(|c| match c.scope() {
                Scope::Main => !presenting,
                Scope::Presentation => presenting,
                Scope::Everywhere => true,
            })
            .filter(|c| !(typing && c.yields_to_text_fields()))
            .flat_map(|c| c.shortcuts().iter().map(|s| (*c, *s)))
            .collect();
        shortcuts.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
        ctx.input_mut(|input| {
            shortcuts
                .into_iter()
                .find(|(_, shortcut)| input.consume_shortcut(shortcut))
                .map(|(command, _)| command)
        })
    }
}

/// Where the frame's end remembers whether a text field had the keyboard.
const TYPING: &str = "command_typing_last_frame";

/// Remembers, at the end of a frame, whether a text field has the keyboard, for the next
/// frame's [`Command::from_keyboard`].
pub fn remember_typing(ctx: &egui::Context) {
    let typing = ctx.egui_wants_keyboard_input();
    ctx.data_mut(|d| d.insert_temp(egui::Id::unique(TYPING), typing));
}

fn modifier_count(modifiers: Modifiers) -> u8 {
    u8::from(modifiers.alt)
        + u8::from(modifiers.shift)
        + u8::from(modifiers.command || modifiers.ctrl)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two commands share a key only where they never both listen: one in the main window,
    /// the other while presenting (Escape leaves a row, or leaves the presentation).
    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen: std::collections::HashMap<_, Vec<Command>> = Default::default();
        for &command in Command::ALL {
            for shortcut in command.shortcuts() {
                let key = (shortcut.logical_key, format!("{:?}", shortcut.modifiers));
                let others = seen.entry(key).or_default();
                for &other in others.iter() {
                    let apart = matches!(
                        (command.scope(), other.scope()),
                        (Scope::Main, Scope::Presentation) | (Scope::Presentation, Scope::Main)
                    );
                    assert!(apart, "{command:?} and {other:?} share {shortcut:?}");
                }
                others.push(command);
            }
        }
    }

    #[test]
    fn every_label_is_a_message_of_every_language() {
        for &command in Command::ALL {
            for lang in Language::ALL {
                match command.message_id() {
                    Some(id) => assert!(lang.has(id), "{id} missing in {lang}"),
                    None => assert!(command.language().is_some(), "{command:?}"),
                }
            }
        }
    }

    #[test]
    fn every_command_has_a_label_and_every_main_action_a_shortcut() {
        for &command in Command::ALL {
            assert!(!command.label().is_empty());
        }
        let without: Vec<Command> = Command::ALL
            .iter()
            .copied()
            .filter(|c| c.shortcuts().is_empty())
            .collect();
        // Rare choices live in menus and the palette only.
        assert_eq!(
            without,
            [
                Command::NewFromResolution,
                Command::EndCompare,
                Command::OpenRoom,
                Command::EndRoom,
                Command::ToggleBlind,
                Command::UpdateDataset,
                Command::ExportMarkdown,
                Command::ExportCsv,
                Command::ExportNotesCsv,
                Command::ExportHtml,
                Command::ExportRoomCsv,
                Command::ExportCslJson,
                Command::ExportBibtex,
                Command::ExportQdpx,
                Command::ToggleExportPrivate,
                Command::ExportSlides,
                Command::AddRow,
                Command::RemoveRow,
                Command::HoldersAndSources,
                Command::ThemeLight,
                Command::ThemeDark,
                Command::ThemeHighContrast,
                Command::LanguageEnglish,
                Command::LanguageAlbanian,
                Command::LanguageSerbianLatin,
                Command::LanguageSerbianCyrillic,
                Command::ShowAbout,
            ]
        );
    }
}
