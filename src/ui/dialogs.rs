//! Questions that block the window: unsaved changes, a typed path.

use egui::{Id, Key, Modal};

/// The answer to "save changes first?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    /// Save, then go on.
    Save,
    /// Go on without saving.
    Discard,
    /// Stay.
    Cancel,
}

/// Asks whether to save `name` before `doing` (e.g. "quitting"). `None` while unanswered.
pub fn unsaved_changes_ui(ctx: &egui::Context, name: &str, doing: &str) -> Option<UnsavedChoice> {
    let mut choice = None;
    let response = Modal::new(Id::unique("unsaved_changes")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(format!("Save changes to {name}?"));
        ui.label(format!(
            "Your changes are lost if you do not save them before {doing}."
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                choice = Some(UnsavedChoice::Save);
            }
            if ui.button("Don't save").clicked() {
                choice = Some(UnsavedChoice::Discard);
            }
            if ui.button("Cancel").clicked() {
                choice = Some(UnsavedChoice::Cancel);
            }
        });
    });
    if choice.is_none() && response.should_close() {
        choice = Some(UnsavedChoice::Cancel);
    }
    choice
}

/// Asks for a path to `verb` ("Open", "Save"). `Some(true)` to go ahead, `Some(false)` to cancel,
/// `None` while unanswered.
pub fn type_path_ui(ctx: &egui::Context, verb: &str, text: &mut String) -> Option<bool> {
    let mut answer = None;
    let response = Modal::new(Id::unique("type_path")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(format!("{verb} a file by its path"));
        ui.label("No file dialog is available here. Type the full path of a .ron file.");
        ui.add_space(6.0);
        let label = ui.label("File path");
        let edit = ui
            .add(
                egui::TextEdit::singleline(text)
                    .desired_width(f32::INFINITY)
                    .hint_text("/home/me/notes/kosovo.ron"),
            )
            .labelled_by(label.id);
        if !edit.has_focus() && !edit.lost_focus() && text.is_empty() {
            edit.request_focus();
        }
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let go = ui.add_enabled(!text.trim().is_empty(), egui::Button::new(verb));
            if go.clicked() || (entered && !text.trim().is_empty()) {
                answer = Some(true);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(false);
            }
        });
    });
    if answer.is_none() && response.should_close() {
        answer = Some(false);
    }
    answer
}
