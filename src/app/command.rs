//! Every action the user can take from a menu or the keyboard, with one label and one shortcut.

use egui::{Key, KeyboardShortcut, Modifiers};

/// An action from the menus or the keyboard. Queued during the frame and run at its end.
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
}

impl Command {
    /// Every command, in menu order.
    pub const ALL: [Self; 5] = [Self::New, Self::Open, Self::Save, Self::SaveAs, Self::Quit];

    /// The menu label (`…` where a dialog follows).
    pub fn label(self) -> &'static str {
        match self {
            Self::New => "New from built-in dataset",
            Self::Open => "Open…",
            Self::Save => "Save",
            Self::SaveAs => "Save as…",
            Self::Quit => "Quit",
        }
    }

    /// The keyboard shortcut.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let command = |key| Some(KeyboardShortcut::new(Modifiers::COMMAND, key));
        match self {
            Self::New => command(Key::N),
            Self::Open => command(Key::O),
            Self::Save => command(Key::S),
            Self::SaveAs => Some(KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::S,
            )),
            Self::Quit => command(Key::Q),
        }
    }

    /// The command whose shortcut was pressed this frame, consuming the key. Shortcuts with more
    /// modifiers are checked first: egui ignores extra Shift in matching, so Ctrl+Shift+S would
    /// otherwise also match Ctrl+S.
    pub fn from_keyboard(ctx: &egui::Context) -> Option<Self> {
        let mut commands: Vec<(Self, KeyboardShortcut)> = Self::ALL
            .iter()
            .filter_map(|c| c.shortcut().map(|s| (*c, s)))
            .collect();
        commands.sort_by_key(|(_, s)| std::cmp::Reverse(modifier_count(s.modifiers)));
        ctx.input_mut(|input| {
            commands
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
            if let Some(shortcut) = command.shortcut() {
                let key = (shortcut.logical_key, format!("{:?}", shortcut.modifiers));
                if let Some(other) = seen.insert(key, command) {
                    panic!("{command:?} and {other:?} share a shortcut");
                }
            }
        }
    }

    #[test]
    fn every_command_has_a_label_and_a_shortcut() {
        for command in Command::ALL {
            assert!(!command.label().is_empty());
            assert!(command.shortcut().is_some(), "{command:?}");
        }
    }
}
