//! Questions that block the window: unsaved changes, a file changed or gone, unsaved work from
//! last time, an update of the built-in data, a file open elsewhere, a typed path.

use egui::{Id, Key, Modal};

use crate::tr;

/// A question with a heading, some lines of explanation and one button per answer. Closing it
/// (Escape, a click outside) answers `dismissed`. `None` while unanswered.
fn question<T: Copy>(
    ctx: &egui::Context,
    id: &str,
    heading: &str,
    lines: &[&str],
    answers: &[(String, T)],
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
                if ui.button(label.as_str()).clicked() {
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

/// Asks whether to save `name` (`None`: changes to the built-in data, not yet in any file)
/// before going on; `warning` says what is lost without saving
/// ("Your changes are lost if you do not save them before quitting.").
pub fn unsaved_changes_ui(
    ctx: &egui::Context,
    name: Option<&str>,
    warning: &str,
) -> Option<UnsavedChoice> {
    // Changes to the built-in data are never written over it: they need a file of their own.
    let heading = name.map_or_else(
        || tr!("dialog-unsaved-heading-builtin"),
        |name| tr!("dialog-unsaved-heading", name = name),
    );
    let builtin_note = tr!("dialog-unsaved-builtin-note");
    let lines: &[&str] = if name.is_some() {
        &[warning]
    } else {
        &[&builtin_note, warning]
    };
    question(
        ctx,
        "unsaved_changes",
        &heading,
        lines,
        &[
            (tr!("dialog-save"), UnsavedChoice::Save),
            (tr!("dialog-dont-save"), UnsavedChoice::Discard),
            (tr!("dialog-cancel"), UnsavedChoice::Cancel),
        ],
        UnsavedChoice::Cancel,
    )
}

/// What the typed-path dialog says, worded for what the path is for (a document to open, a
/// Markdown file to write, a folder for slides).
pub struct PathQuestion {
    /// Its title: "Export as Markdown".
    pub heading: String,
    /// What to type: "Type the full path of the Markdown file to write."
    pub body: String,
    /// The button that goes ahead: "Open", "Save", "Export".
    pub verb: String,
    /// An example path in the field while it is empty.
    pub example: String,
}

/// Asks for a path, as `question` words it; `error` is why the last path typed did not work.
/// `Some(true)` to go ahead, `Some(false)` to cancel, `None` while unanswered. The field has the
/// keyboard from the start, and Enter goes ahead.
pub fn type_path_ui(
    ctx: &egui::Context,
    question: &PathQuestion,
    text: &mut String,
    error: Option<&str>,
) -> Option<bool> {
    let mut answer = None;
    let response = Modal::new(Id::unique("type_path")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(question.heading.as_str());
        ui.label(tr!("dialog-type-path-no-dialog"));
        ui.label(question.body.as_str());
        ui.add_space(6.0);
        let label = ui.label(tr!("dialog-type-path-label"));
        let field = Id::unique("type_path_field");
        // Enter in the field goes ahead (the field gives up the keyboard as it reads Enter).
        let entered = ui.memory(|m| m.has_focus(field)) && ui.input(|i| i.key_pressed(Key::Enter));
        let edit = ui
            .add(
                egui::TextEdit::singleline(text)
                    .id(field)
                    .desired_width(f32::INFINITY)
                    .hint_text(question.example.as_str()),
            )
            .labelled_by(label.id);
        // Typing goes to the field from the start (and back to it after a failed try).
        if ui.memory(|m| m.focused().is_none()) {
            edit.request_focus();
        }
        if let Some(error) = error {
            ui.add_space(4.0);
            ui.label(egui::RichText::new(error).color(crate::ui::theme::error_color(ui)));
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let go = ui.add_enabled(
                !text.trim().is_empty(),
                egui::Button::new(question.verb.as_str()),
            );
            if go.clicked() || (entered && !text.trim().is_empty()) {
                answer = Some(true);
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
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
        &tr!("dialog-external-heading", name = name),
        &[&tr!("dialog-external-body")],
        &[
            (tr!("dialog-overwrite"), ExternalChoice::Overwrite),
            (tr!("dialog-save-as"), ExternalChoice::SaveAs),
            (tr!("dialog-reload"), ExternalChoice::Reload),
            (tr!("dialog-cancel"), ExternalChoice::Cancel),
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

/// Offers the unsaved work of the file `name` (`None`: the built-in dataset) from `when`;
/// `count` copies are waiting in all.
pub fn recover_ui(
    ctx: &egui::Context,
    name: Option<&str>,
    when: &str,
    count: usize,
) -> Option<RecoverChoice> {
    let first = match name {
        Some(name) => tr!("dialog-recover-body", name = name, when = when),
        None => tr!("dialog-recover-body-builtin", when = when),
    };
    let more = tr!("dialog-recover-more", count = count.saturating_sub(1));
    let lines: &[&str] = if count > 1 {
        &[&first, &more]
    } else {
        &[&first]
    };
    question(
        ctx,
        "recover",
        &tr!("dialog-recover-heading"),
        lines,
        &[
            (tr!("dialog-restore"), RecoverChoice::Restore),
            (tr!("dialog-discard"), RecoverChoice::Discard),
            (tr!("dialog-decide-later"), RecoverChoice::Later),
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
        &tr!("dialog-update-heading", release = to),
        &[
            &tr!("dialog-update-body", from = from),
            &tr!("dialog-update-undo"),
        ],
        &[(tr!("dialog-update"), true), (tr!("dialog-cancel"), false)],
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
        &tr!("dialog-vanished-heading", name = name),
        &[&tr!("dialog-vanished-body")],
        &[
            (tr!("dialog-write-again"), VanishedChoice::WriteAgain),
            (tr!("dialog-save-as"), VanishedChoice::SaveAs),
            (tr!("dialog-cancel"), VanishedChoice::Cancel),
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
        &tr!("dialog-elsewhere-heading"),
        &[&tr!(
            "dialog-elsewhere-body",
            name = name,
            pid = pid.to_string()
        )],
        &[
            (tr!("dialog-open-read-only"), true),
            (tr!("dialog-cancel"), false),
        ],
        false,
    )
}
