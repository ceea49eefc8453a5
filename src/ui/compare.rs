//! Compare mode and merge conflicts: a colleague's file beside yours, and the differences a
//! merge left for you to decide.

use egui::RichText;

use super::widgets::{holder_list, long_text_ui, section, visibility_word, words_label};
use super::{Action, Command, ViewState, theme};
use crate::merge::{Comparison, RowDiff};
use crate::model::{Agreement, Annotation, Assessment, Choice, Conflict, Document, Responsibility};
use crate::tr;

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
    /// Whether merging it would bring nothing more into the document.
    pub merged: bool,
}

/// "6 rows differ", by the one definition of a differing row (in `merge::compare`), which the
/// hover text says; `marked` adds that the table marks them.
pub fn rows_differ_ui(ui: &mut egui::Ui, diff: &Comparison, marked: bool) {
    let mut text = tr!("compare-rows-differ", count = diff.rows_differing());
    if marked && diff.rows_differing() > 0 {
        text = format!("{text} {}", tr!("compare-marked"));
    }
    ui.label(text)
        .on_hover_text(tr!("compare-differ-definition"));
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
                ui.label(RichText::new(tr!("compare-with", name = compare.name)).strong());
                rows_differ_ui(ui, compare.diff, true);
                if compare.diff.rows.contains_key(&None) {
                    ui.label(tr!("compare-whole-differs"));
                }
                let merge = egui::Button::new(tr!("compare-merge", name = compare.name));
                if ui
                    .add_enabled(!compare.merged, merge)
                    .on_hover_text(tr!("compare-merge-hint"))
                    .on_disabled_hover_text(tr!("compare-merged-hint", name = compare.name))
                    .clicked()
                {
                    actions.push(Action::MergeCompared);
                }
                ui.label(super::agreement::agreement_headline(compare.agreement));
                let label = if view.show_agreement {
                    tr!("compare-hide-agreement")
                } else {
                    tr!("compare-show-agreement")
                };
                if ui
                    .button(label)
                    .on_hover_text(tr!("compare-agreement-hint"))
                    .clicked()
                {
                    view.show_agreement = !view.show_agreement;
                }
                if ui.button(tr!("compare-leave")).clicked() {
                    actions.push(Action::Command(Command::EndCompare));
                }
            });
        });
}

/// What differs in a row, in words: "status, holders, 2 notes".
pub fn diff_words(diff: &RowDiff) -> String {
    let mut parts: Vec<String> = [
        (diff.only_in == Some(true), "compare-differs-only-yours"),
        (diff.only_in == Some(false), "compare-differs-only-theirs"),
        (diff.status, "compare-differs-status"),
        (diff.holders, "compare-differs-holders"),
        (diff.assessment, "compare-differs-assessment"),
        (diff.text, "compare-differs-text"),
    ]
    .into_iter()
    .filter(|(differs, _)| *differs)
    .map(|(_, id)| tr!(id))
    .collect();
    let notes =
        diff.notes_only_mine.len() + diff.notes_only_theirs.len() + diff.notes_changed.len();
    if notes > 0 {
        parts.push(tr!("compare-differs-notes", count = notes));
    }
    parts.join(", ")
}

/// In the detail panel: how the selected row differs in the compared file.
pub fn compare_row_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    row: &Responsibility,
    compare: &CompareView<'_>,
) {
    section(ui, &tr!("compare-row-heading", name = compare.name));
    let Some(diff) = compare.diff.row(&row.id) else {
        ui.label(tr!("compare-same"));
        return;
    };
    let Some(theirs) = compare.doc.row(&row.id) else {
        ui.label(tr!("compare-missing-row", name = compare.name));
        return;
    };
    egui::Grid::new("compare_row")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.strong(tr!("compare-yours"));
            ui.strong(tr!("compare-theirs"));
            ui.end_row();
            if diff.status {
                ui.label(tr!("compare-status"));
                theme::status_badge(ui, row.status);
                theme::status_badge(ui, theirs.status);
                ui.end_row();
            }
            if diff.holders {
                ui.label(tr!("compare-holders"));
                ui.vertical(|ui| words_label(ui, &holder_list(doc, &row.holders)));
                ui.vertical(|ui| words_label(ui, &holder_list(compare.doc, &theirs.holders)));
                ui.end_row();
            }
            ui.label(tr!("compare-assessment"));
            assessment_cell(ui, doc, row.assessment.as_ref());
            assessment_cell(ui, compare.doc, theirs.assessment.as_ref());
            ui.end_row();
            if diff.text {
                ui.label(tr!("compare-row-text"));
                ui.label(RichText::new(tr!("compare-differs")).color(theme::warning_color(ui)));
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
        &tr!("compare-notes-only-yours"),
        &notes(&diff.notes_only_mine, doc),
    );
    notes_list_ui(
        ui,
        &tr!("compare-notes-only-theirs", name = compare.name),
        &notes(&diff.notes_only_theirs, compare.doc),
    );
    notes_list_ui(
        ui,
        &tr!("compare-notes-changed", name = compare.name),
        &notes(&diff.notes_changed, compare.doc),
    );
}

fn assessment_cell(ui: &mut egui::Ui, doc: &Document, assessment: Option<&Assessment>) {
    match assessment {
        None => {
            ui.label(RichText::new(tr!("compare-none")).weak());
        }
        Some(a) => {
            ui.vertical(|ui| {
                theme::status_badge(ui, a.status);
                words_label(ui, &holder_list(doc, &a.holders));
                let by = tr!("compare-by", author = a.author.as_str());
                ui.label(RichText::new(by).small().weak());
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
                visibility_word(note.visibility)
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
    main: &super::MainView<'_>,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let (doc, editable) = (main.doc, main.editable);
    let count = doc.conflicts.len();
    ui.horizontal_wrapped(|ui| {
        ui.heading(tr!(
            "conflict-count",
            count = count,
            rows = main.conflict_rows
        ));
        for (choice, label) in [
            (Choice::Mine, tr!("conflict-keep-all-mine")),
            (Choice::Theirs, tr!("conflict-take-all-theirs")),
        ] {
            let button = ui
                .add_enabled(editable, egui::Button::new(label))
                .on_hover_text(tr!("conflict-all-hint"));
            if button.clicked() {
                actions.push(Action::ResolveAll(choice));
            }
        }
    });
    ui.label(RichText::new(tr!("conflict-explain")).weak());
    let scroll = egui::ScrollArea::vertical()
        .id_salt("conflicts")
        .auto_shrink([false, true]);
    // After a choice, the conflict that took the settled one's place starts at the top, its
    // heading whole, instead of wherever the shorter list left it.
    let next = view.next_conflict.take();
    super::virtual_list::virtual_list(ui, scroll, count, next, |ui, index| {
        ui.push_id(index, |ui| {
            conflict_ui(
                ui,
                doc,
                index,
                &doc.conflicts[index],
                editable,
                view,
                actions,
            );
        });
        ui.separator();
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
        || tr!("conflict-whole"),
        |r| {
            let tags = crate::i18n::label_tags();
            format!("{}: {}", doc.row_label_in(r, tags), r.title_in(tags))
        },
    );
    // A link of its own (not in a row of wrapped widgets): a long heading wraps as one target.
    let heading = tr!(
        "conflict-title",
        number = index + 1,
        what = conflict_what(conflict),
        place = place.as_str(),
    );
    if ui.link(RichText::new(heading).strong()).clicked()
        && let Some(row) = row
    {
        view.select(Some(row.id.clone()));
    }
    ui.columns(2, |columns| {
        columns[0].label(RichText::new(tr!("compare-yours")).strong());
        columns[1].label(RichText::new(tr!("compare-theirs")).strong());
        match conflict {
            Conflict::Status { theirs, .. } => {
                if let Some(row) = row {
                    theme::status_badge(&mut columns[0], row.status);
                }
                theme::status_badge(&mut columns[1], *theirs);
            }
            Conflict::Holders { theirs, .. } => {
                let mine = row.map_or_else(String::new, |r| holder_list(doc, &r.holders));
                words_label(&mut columns[0], &mine);
                words_label(&mut columns[1], &holder_list(doc, theirs));
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
                        columns[0].label(RichText::new(tr!("conflict-deleted")).weak());
                    }
                }
                match theirs {
                    Some(their) => note_card_ui(&mut columns[1], their),
                    None => {
                        columns[1].label(RichText::new(tr!("conflict-deleted")).weak());
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
            let label = choice_label(choice);
            let hint = tr!(
                "conflict-choice-hint",
                number = index + 1,
                choice = label.as_str()
            );
            let button = egui::Button::new(label);
            let response = ui.add_enabled(editable, button).on_hover_text(hint);
            if response.clicked() {
                actions.push(Action::Resolve { index, choice });
                view.next_conflict = Some(index);
            }
        }
    });
}

/// What a conflict is about, in a few words: "status", "note".
fn conflict_what(conflict: &Conflict) -> String {
    tr!(match conflict {
        Conflict::Status { .. } => "conflict-what-status",
        Conflict::Holders { .. } => "conflict-what-holders",
        Conflict::Assessment { .. } => "conflict-what-assessment",
        Conflict::Row { .. } => "conflict-what-row",
        Conflict::Annotation { .. } => "conflict-what-note",
    })
}

/// The word on a choice's button: "Keep mine", "Take theirs", "Keep both".
fn choice_label(choice: Choice) -> String {
    tr!(match choice {
        Choice::Mine => "conflict-keep-mine",
        Choice::Theirs => "conflict-take-theirs",
        Choice::Both => "conflict-keep-both",
    })
}
