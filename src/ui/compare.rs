//! Compare mode and merge conflicts: a colleague's file beside yours, and the differences a
//! merge left for you to decide.

use egui::RichText;

use super::widgets::{holder_list, long_text_ui, section};
use super::{Action, Command, ViewState, theme};
use crate::merge::Comparison;
use crate::model::{Agreement, Annotation, Assessment, Choice, Conflict, Document, Responsibility};

/// The file being compared with the open document.
#[derive(Clone, Copy)]
pub struct CompareView<'a> {
    /// Its name, for labels.
    pub name: &'a str,
    /// Its document.
    pub doc: &'a Document,
    /// What differs, computed when either changes.
    pub diff: &'a Comparison,
    /// How far the assessments agree, computed with `diff`.
    pub agreement: &'a Agreement,
}

/// The line above the table in compare mode: what is compared, how much differs, and the way
/// out.
pub fn compare_banner_ui(
    ui: &mut egui::Ui,
    compare: &CompareView<'_>,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let rows = compare.diff.rows_differing();
                ui.label(RichText::new(format!("Comparing with {}:", compare.name)).strong());
                ui.label(match rows {
                    0 => "no row differs".to_owned(),
                    1 => "1 row differs (marked in the table)".to_owned(),
                    n => format!("{n} rows differ (marked in the table)"),
                });
                if compare.diff.rows.contains_key(&None) {
                    ui.label("; notes on the whole comparison differ");
                }
                if ui
                    .button(format!("Merge from {}", compare.name))
                    .on_hover_text("Bring their notes and assessments into your document (one step you can undo)")
                    .clicked()
                {
                    actions.push(Action::MergeCompared);
                }
                ui.label(super::agreement::agreement_headline(compare.agreement));
                let label = if view.show_agreement {
                    "Hide agreement"
                } else {
                    "Show agreement"
                };
                if ui
                    .button(label)
                    .on_hover_text("How far your assessments and theirs agree, row by row")
                    .clicked()
                {
                    view.show_agreement = !view.show_agreement;
                }
                if ui.button("Leave compare mode").clicked() {
                    actions.push(Action::Command(Command::EndCompare));
                }
            });
        });
}

/// In the detail panel: how the selected row differs in the compared file.
pub fn compare_row_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    row: &Responsibility,
    compare: &CompareView<'_>,
) {
    section(ui, &format!("Compared with {}", compare.name));
    let Some(diff) = compare.diff.row(&row.id) else {
        ui.label("The same in both files.");
        return;
    };
    let Some(theirs) = compare.doc.row(&row.id) else {
        ui.label(format!("{} does not have this row.", compare.name));
        return;
    };
    egui::Grid::new("compare_row")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.strong("Yours");
            ui.strong("Theirs");
            ui.end_row();
            if diff.status {
                ui.label("Status");
                theme::status_badge(ui, row.status);
                theme::status_badge(ui, theirs.status);
                ui.end_row();
            }
            if diff.holders {
                ui.label("Holders");
                ui.label(holder_list(doc, &row.holders));
                ui.label(holder_list(compare.doc, &theirs.holders));
                ui.end_row();
            }
            ui.label("Own assessment");
            assessment_cell(ui, doc, row.assessment.as_ref());
            assessment_cell(ui, compare.doc, theirs.assessment.as_ref());
            ui.end_row();
            if diff.text {
                ui.label("Row text");
                ui.label(RichText::new("differs").color(theme::warning_color(ui)));
                ui.label(theirs.summary.lines().next().unwrap_or_default());
                ui.end_row();
            }
        });
    let notes = |ids: &[String], from: &Document| -> Vec<Annotation> {
        ids.iter()
            .filter_map(|id| from.annotation(id))
            .cloned()
            .collect()
    };
    notes_list_ui(
        ui,
        "Notes only in yours",
        &notes(&diff.notes_only_mine, doc),
    );
    notes_list_ui(
        ui,
        &format!("Notes only in {}", compare.name),
        &notes(&diff.notes_only_theirs, compare.doc),
    );
    notes_list_ui(
        ui,
        &format!("Notes changed in {} (their version)", compare.name),
        &notes(&diff.notes_changed, compare.doc),
    );
}

fn assessment_cell(ui: &mut egui::Ui, doc: &Document, assessment: Option<&Assessment>) {
    match assessment {
        None => {
            ui.label(RichText::new("none").weak());
        }
        Some(a) => {
            ui.vertical(|ui| {
                theme::status_badge(ui, a.status);
                ui.label(holder_list(doc, &a.holders));
                ui.label(RichText::new(format!("by {}", a.author)).small().weak());
            });
        }
    }
}

fn notes_list_ui(ui: &mut egui::Ui, title: &str, notes: &[Annotation]) {
    if notes.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.strong(title);
    for note in notes {
        note_card_ui(ui, note);
    }
}

fn note_card_ui(ui: &mut egui::Ui, note: &Annotation) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(format!(
                "{}, {} ({})",
                note.author,
                note.modified.strftime("%Y-%m-%d %H:%M"),
                note.visibility.label()
            ))
            .small()
            .weak(),
        );
        long_text_ui(ui, &note.id, &note.text, "", theme::TextStyle::Body);
        if !note.tags.is_empty() {
            ui.horizontal_wrapped(|ui| {
                for tag in &note.tags {
                    theme::tag_chip(ui, tag);
                }
            });
        }
    });
}

/// The conflicts a merge left, each with its choices. Each choice is one step you can undo.
pub fn conflicts_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    editable: bool,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let count = doc.conflicts.len();
    ui.horizontal(|ui| {
        ui.heading(if count == 1 {
            "1 merge conflict to resolve".to_owned()
        } else {
            format!("{count} merge conflicts to resolve")
        });
        ui.label(
            RichText::new("Yours is in the document until you choose; saving keeps the conflicts in the file.")
                .weak(),
        );
    });
    egui::ScrollArea::vertical()
        .id_salt("conflicts")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (index, conflict) in doc.conflicts.iter().enumerate() {
                ui.push_id(index, |ui| {
                    conflict_ui(ui, doc, index, conflict, editable, view, actions);
                });
                ui.separator();
            }
        });
}

fn conflict_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    index: usize,
    conflict: &Conflict,
    editable: bool,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let row = conflict.row(doc).and_then(|id| doc.row(id));
    let place = row.map_or_else(
        || "The whole comparison".to_owned(),
        |r| format!("{}: {}", doc.row_label(r), r.title),
    );
    ui.horizontal_wrapped(|ui| {
        let heading = format!("Conflict {}: {} ({})", index + 1, conflict.what(), place);
        if ui.link(RichText::new(heading).strong()).clicked()
            && let Some(row) = row
        {
            view.select(Some(row.id.clone()));
        }
    });
    ui.columns(2, |columns| {
        columns[0].label(RichText::new("Yours").strong());
        columns[1].label(RichText::new("Theirs").strong());
        match conflict {
            Conflict::Status { theirs, .. } => {
                if let Some(row) = row {
                    theme::status_badge(&mut columns[0], row.status);
                }
                theme::status_badge(&mut columns[1], *theirs);
            }
            Conflict::Holders { theirs, .. } => {
                columns[0].label(row.map_or_else(String::new, |r| holder_list(doc, &r.holders)));
                columns[1].label(holder_list(doc, theirs));
            }
            Conflict::Assessment { theirs, .. } => {
                assessment_cell(
                    &mut columns[0],
                    doc,
                    row.and_then(|r| r.assessment.as_ref()),
                );
                assessment_cell(&mut columns[1], doc, theirs.as_ref());
            }
            Conflict::Row { theirs, .. } => {
                columns[0].label(row.map_or("", |r| r.summary.as_str()));
                columns[1].label(&theirs.summary);
            }
            Conflict::Annotation { id, theirs } => {
                match doc.annotation(id) {
                    Some(mine) => note_card_ui(&mut columns[0], mine),
                    None => {
                        columns[0].label(RichText::new("deleted").weak());
                    }
                }
                match theirs {
                    Some(their) => note_card_ui(&mut columns[1], their),
                    None => {
                        columns[1].label(RichText::new("deleted").weak());
                    }
                }
            }
        }
    });
    ui.horizontal(|ui| {
        let mut choices = vec![Choice::Mine, Choice::Theirs];
        if conflict.can_keep_both(doc) {
            choices.push(Choice::Both);
        }
        for choice in choices {
            let button = egui::Button::new(choice.label());
            let response = ui.add_enabled(editable, button).on_hover_text(format!(
                "Conflict {}: {}",
                index + 1,
                choice.label()
            ));
            if response.clicked() {
                actions.push(Action::Resolve { index, choice });
            }
        }
    });
}
