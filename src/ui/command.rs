//! Every action the user can take from a menu, the keyboard or the command palette, each with
//! one label and its shortcuts.

use egui::{Key, KeyboardShortcut, Modifiers};

/// An action from the menus, the keyboard or the palette. Queued during the frame and run at
/// its end.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// Replace the document by the built-in dataset.
    New,
    /// Open a document file.
    Open,
    /// Save to the current file (or ask where, the first time).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Close the window.
    Quit,
    /// Take back the last change.
    Undo,
    /// Do again what was undone.
    Redo,
    /// Put the keyboard in the search field.
    Find,
    /// Show every row again.
    ClearFilters,
    /// Show or hide the tag list.
    ToggleTags,
    /// Run any command by typing part of its name.
    CommandPalette,
    /// List the keyboard shortcuts.
    ShowShortcuts,
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Self; 12] = [
        Self::New,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::Find,
        Self::ClearFilters,
        Self::ToggleTags,
        Self::CommandPalette,
        Self::ShowShortcuts,
    ];

    /// The label in menus and the palette (`…` where a dialog follows).
    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New from built-in dataset",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save as…",
            Self::Quit => "Quit",
            Self::Undo => "Undo",
            Self::Redo => "Redo",
            Self::Find => "Find",
            Self::ClearFilters => "Clear filters",
            Self::ToggleTags => "Tags panel",
            Self::CommandPalette => "Command palette…",
            Self::ShowShortcuts => "Keyboard shortcuts",
        }
    }

    /// The keyboard shortcuts; the first is the one menus show.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            Self::New => const { &[ctrl(Key::N)] },
            Self::Open => const { &[ctrl(Key::O)] },
            Self::Save => const { &[ctrl(Key::S)] },
            Self::SaveAs => const { &[ctrl_shift(Key::S)] },
            Self::Quit => const { &[ctrl(Key::Q)] },
            Self::Undo => const { &[ctrl(Key::Z)] },
            Self::Redo => const { &[ctrl(Key::Y), ctrl_shift(Key::Z)] },
            Self::Find => const { &[ctrl(Key::F)] },
            Self::ClearFilters => const { &[ctrl_shift(Key::L)] },
            Self::ToggleTags => const { &[ctrl_shift(Key::T)] },
            Self::CommandPalette => const { &[ctrl_shift(Key::P)] },
            Self::ShowShortcuts => const { &[KeyboardShortcut::new(Modifiers::NONE, Key::F1)] },
        }
    }

    /// Whether a focused text field should get the key instead (its own undo and redo).
    fn yields_to_text_fields(self) -> bool {
        matches!(self, Self::Undo | Self::Redo)
    }

    /// The command whose shortcut was pressed this frame, consuming the key. Shortcuts with more
    /// modifiers are checked first: egui ignores extra Shift in matching, so Ctrl+Shift+S would
    /// otherwise also match Ctrl+S.
    pub fn from_keyboard(ctx: &egui::Context) -> Option<Self> {
        let typing = ctx.egui_wants_keyboard_input();
        let mut shortcuts: Vec<(Self, KeyboardShortcut)> = Self::ALL
            .iter()
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

fn modifier_count(modifiers: Modifiers) -> u8 {
    u8::from(modifiers.alt)
        + u8::from(modifiers.shift)
        + u8::from(modifiers.command || modifiers.ctrl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = std::collections::HashMap::new();
        for command in Command::ALL {
            for shortcut in command.shortcuts() {
                let key = (shortcut.logical_key, format!("{:?}", shortcut.modifiers));
                if let Some(other) = seen.insert(key, command) {
                    panic!("{command:?} and {other:?} share {shortcut:?}");
                }
            }
        }
    }

    #[test]
    fn every_command_has_a_label_and_a_shortcut() {
        for command in Command::ALL {
            assert!(!command.label().is_empty());
            assert!(!command.shortcuts().is_empty(), "{command:?}");
        }
    }
}
