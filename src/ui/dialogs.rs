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

/// The answer to "the file changed on disk".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExternalChoice {
    /// Write over the other changes.
    Overwrite,
    /// Save this version under another name.
    SaveAs,
    /// Give up this version and open the file as it is now.
    Reload,
    /// Do nothing.
    Cancel,
}

/// Asks what to do when the file changed on disk since it was opened or saved.
pub fn external_change_ui(ctx: &egui::Context, name: &str) -> Option<ExternalChoice> {
    let mut choice = None;
    let response = Modal::new(Id::unique("external_change")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading(format!("{name} changed on disk"));
        ui.label(
            "Another program (or a git pull) changed the file since you opened or saved it. \
             Overwriting loses those changes; reloading loses yours.",
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Overwrite").clicked() {
                choice = Some(ExternalChoice::Overwrite);
            }
            if ui.button("Save as…").clicked() {
                choice = Some(ExternalChoice::SaveAs);
            }
            if ui.button("Reload from disk").clicked() {
                choice = Some(ExternalChoice::Reload);
            }
            if ui.button("Cancel").clicked() {
                choice = Some(ExternalChoice::Cancel);
            }
        });
    });
    if choice.is_none() && response.should_close() {
        choice = Some(ExternalChoice::Cancel);
    }
    choice
}

/// The answer to "restore unsaved work from last time?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecoverChoice {
    /// Open the recovered document.
    Restore,
    /// Delete the recovery copy.
    Discard,
    /// Keep the copy and ask at the next start.
    Later,
}

/// Offers the unsaved work of `name` from `when`; `count` copies are waiting in all.
pub fn recover_ui(
    ctx: &egui::Context,
    name: &str,
    when: &str,
    count: usize,
) -> Option<RecoverChoice> {
    let mut choice = None;
    let response = Modal::new(Id::unique("recover")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading("Restore unsaved work?");
        ui.label(format!(
            "Mandate Compare did not close properly. Unsaved changes to {name}, last copied at \
             {when}, can be restored."
        ));
        if count > 1 {
            ui.label(format!(
                "({} more copies are waiting after this one.)",
                count - 1
            ));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Restore").clicked() {
                choice = Some(RecoverChoice::Restore);
            }
            if ui.button("Discard").clicked() {
                choice = Some(RecoverChoice::Discard);
            }
            if ui.button("Decide later").clicked() {
                choice = Some(RecoverChoice::Later);
            }
        });
    });
    if choice.is_none() && response.should_close() {
        choice = Some(RecoverChoice::Later);
    }
    choice
}

/// Asks whether to update the file from the built-in data of `from` to that of `to`, saying
/// what happens. `Some(true)` to update, `Some(false)` to cancel, `None` while unanswered.
pub fn update_dataset_ui(ctx: &egui::Context, from: &str, to: &str) -> Option<bool> {
    let mut answer = None;
    let response = Modal::new(Id::unique("update_dataset")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading(format!("Update to the built-in data of {to}?"));
        ui.label(format!(
            "The facts that changed since {from} (statuses, holders, events, positions, \
             sources) are taken from the new data. Everything you wrote is kept: notes, tags, \
             your own assessments, and rows or sources you added or edited. Where you edited a \
             built-in text that the new data also changed, both versions are listed for you to \
             choose. Notes on rows whose facts changed are marked for review."
        ));
        ui.label(
            "It is one step that Undo takes back, and the file is not saved until you save it.",
        );
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Update").clicked() {
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
