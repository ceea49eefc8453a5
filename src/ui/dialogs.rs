//! Questions that block the window: unsaved changes, a file changed or gone, unsaved work from
//! last time, an update of the built-in data, a file open elsewhere, a typed path.

use egui::{Id, Key, Modal};

/// A question with a heading, some lines of explanation and one button per answer. Closing it
/// (Escape, a click outside) answers `dismissed`. `None` while unanswered.
fn question<T: Copy>(
    ctx: &egui::Context,
    id: &str,
    heading: &str,
    lines: &[&str],
    answers: &[(&str, T)],
    dismissed: T,
) -> Option<T> {
    let mut choice = None;
    let response = Modal::new(Id::unique(("question", id))).show(ctx, |ui| {
        ui.set_max_width(480.0);
        ui.heading(heading);
        for line in lines {
            ui.label(*line);
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            for (label, answer) in answers {
                if ui.button(*label).clicked() {
                    choice = Some(*answer);
                }
            }
        });
    });
    if choice.is_none() && response.should_close() {
        choice = Some(dismissed);
    }
    choice
}

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

/// Asks whether to save `name` before `doing` (e.g. "quitting").
pub fn unsaved_changes_ui(ctx: &egui::Context, name: &str, doing: &str) -> Option<UnsavedChoice> {
    question(
        ctx,
        "unsaved_changes",
        &format!("Save changes to {name}?"),
        &[&format!(
            "Your changes are lost if you do not save them before {doing}."
        )],
        &[
            ("Save", UnsavedChoice::Save),
            ("Don't save", UnsavedChoice::Discard),
            ("Cancel", UnsavedChoice::Cancel),
        ],
        UnsavedChoice::Cancel,
    )
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
    question(
        ctx,
        "external_change",
        &format!("{name} changed on disk"),
        &[
            "Another program (or a git pull) changed the file since you opened or saved it. \
           Overwriting loses those changes; reloading loses yours.",
        ],
        &[
            ("Overwrite", ExternalChoice::Overwrite),
            ("Save as…", ExternalChoice::SaveAs),
            ("Reload from disk", ExternalChoice::Reload),
            ("Cancel", ExternalChoice::Cancel),
        ],
        ExternalChoice::Cancel,
    )
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
    let first = format!(
        "Mandate Compare did not close properly. Unsaved changes to {name}, last copied at \
         {when}, can be restored."
    );
    let more = format!(
        "({} more copies are waiting after this one.)",
        count.saturating_sub(1)
    );
    let lines: &[&str] = if count > 1 {
        &[&first, &more]
    } else {
        &[&first]
    };
    question(
        ctx,
        "recover",
        "Restore unsaved work?",
        lines,
        &[
            ("Restore", RecoverChoice::Restore),
            ("Discard", RecoverChoice::Discard),
            ("Decide later", RecoverChoice::Later),
        ],
        RecoverChoice::Later,
    )
}

/// Asks whether to update the file from the built-in data of `from` to that of `to`, saying
/// what happens. `Some(true)` to update.
pub fn update_dataset_ui(ctx: &egui::Context, from: &str, to: &str) -> Option<bool> {
    question(
        ctx,
        "update_dataset",
        &format!("Update to the built-in data of {to}?"),
        &[
            &format!(
                "The facts that changed since {from} (statuses, holders, events, positions, \
                 sources) are taken from the new data. Everything you wrote is kept: notes, tags, \
                 your own assessments, and rows or sources you added or edited. Where you edited \
                 a built-in text that the new data also changed, both versions are listed for \
                 you to choose. Notes on rows whose facts changed are marked for review."
            ),
            "It is one step that Undo takes back, and the file is not saved until you save it.",
        ],
        &[("Update", true), ("Cancel", false)],
        false,
    )
}

/// The answer to "the file was deleted or renamed".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VanishedChoice {
    /// Write it again where it was.
    WriteAgain,
    /// Save it under another name.
    SaveAs,
    /// Do nothing.
    Cancel,
}

/// Asks what to do when the file was deleted or renamed since it was opened or saved.
pub fn vanished_ui(ctx: &egui::Context, name: &str) -> Option<VanishedChoice> {
    question(
        ctx,
        "vanished",
        &format!("{name} is no longer there"),
        &[
            "The file was deleted or renamed since you opened or saved it (by another program, \
           a sync or a git checkout). Your changes are still here.",
        ],
        &[
            ("Write it again", VanishedChoice::WriteAgain),
            ("Save as…", VanishedChoice::SaveAs),
            ("Cancel", VanishedChoice::Cancel),
        ],
        VanishedChoice::Cancel,
    )
}

/// Says that another running copy has `name` open (process `pid`) and offers it read-only.
/// `Some(true)` to open read-only, `Some(false)` not to open.
pub fn open_elsewhere_ui(ctx: &egui::Context, name: &str, pid: u32) -> Option<bool> {
    question(
        ctx,
        "open_elsewhere",
        "The file is open in another window",
        &[&format!(
            "{name} is open in another Mandate Compare window (process {pid}). Two windows \
             saving the same file would overwrite each other's changes. You can read it here \
             without changing it, and use Save as to keep a copy of your own."
        )],
        &[("Open read-only", true), ("Cancel", false)],
        false,
    )
}
