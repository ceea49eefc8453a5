//! The comparison's own facts, edited in the app by the curator of a document not built on
//! the built-in data: the selected row's facts in the detail panel ("Edit facts"), and the
//! holders and sources in a window of their own. Every change is one undoable edit: a text
//! field's when it loses the keyboard, a pick's at once.

mod fields;
mod lists;
mod registry;

use std::collections::HashMap;

use super::{Action, EditRequest};
use crate::i18n;
use crate::model::{Document, Edit, Responsibility};
use crate::tr;
use fields::{Choice, optional_date, pick_ids, required_date, status_field, text_field};
pub use registry::{RegistryDraft, registry_ui};

/// The selected row's facts as they are being edited.
#[derive(Clone, Debug, PartialEq)]
pub struct FactsDraft {
    /// The row as the document had it when last in step: when the document's row differs
    /// (undo, redo), the draft starts again from it.
    base: Responsibility,
    /// The row being edited.
    row: Responsibility,
    /// Dates as typed, by field, so that a bad one keeps its text.
    dates: HashMap<String, String>,
}

impl FactsDraft {
    /// A draft of `row`'s facts.
    pub fn of(row: &Responsibility) -> Self {
        Self {
            base: row.clone(),
            row: row.clone(),
            dates: HashMap::new(),
        }
    }

    /// The change that makes the document's row the draft's, if they differ; the draft is in
    /// step from then on.
    fn take_change(&mut self) -> Option<Edit> {
        (self.row != self.base).then(|| {
            self.base = self.row.clone();
            Edit::ChangeRowFacts(Box::new(self.row.clone()))
        })
    }

    /// Which row it edits.
    pub fn row_id(&self) -> &str {
        &self.base.id
    }
}

/// Whether the facts of `doc` may be edited in the app: never those of the built-in data.
pub fn facts_editable(doc: &Document) -> bool {
    doc.dataset.is_none()
}

/// The sources of `doc` to pick from.
fn source_choices(doc: &Document) -> Vec<Choice<'_>> {
    doc.sources
        .iter()
        .map(|s| Choice {
            id: &s.id,
            short: s.short_label(),
            long: s.reference(),
        })
        .collect()
}

/// The holders of `doc` to pick from.
fn holder_choices(doc: &Document) -> Vec<Choice<'_>> {
    let tags = i18n::label_tags();
    doc.holders
        .iter()
        .map(|h| Choice {
            id: &h.id,
            short: h.short_in(tags),
            long: h.name_in(tags).to_owned(),
        })
        .collect()
}

/// "Edit facts" for the selected row, or (built-in data) the reason it is not offered. Draws
/// the editor and returns true while the draft is open: the detail panel then leaves out
/// its own view of these facts.
pub fn row_facts_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    row: &Responsibility,
    draft: &mut Option<FactsDraft>,
    actions: &mut Vec<Action>,
) -> bool {
    // The built-in data's facts are the curators': not offered (the menus say why).
    if !facts_editable(doc) {
        return false;
    }
    let Some(editing) = draft else {
        if ui
            .button(tr!("facts-edit"))
            .on_hover_text(tr!("facts-edit-hint"))
            .clicked()
        {
            *draft = Some(FactsDraft::of(row));
        }
        return false;
    };
    if editing.base.id != row.id {
        // Another row selected: what was typed in the last one is kept, then this one edited.
        if let Some(edit) = editing.take_change() {
            actions.push(Action::Edit(EditRequest::Facts(Box::new(edit))));
        }
        *editing = FactsDraft::of(row);
    } else if editing.base != *row {
        // Undone or redone: start again from the document.
        *editing = FactsDraft::of(row);
    }
    let mut done = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.strong(tr!("facts-heading"));
            if ui.button(tr!("facts-done")).clicked() {
                done = true;
            }
        });
        let commit = row_fields_ui(ui, doc, editing, actions) | lists::lists_ui(ui, doc, editing);
        if (commit || done)
            && let Some(edit) = editing.take_change()
        {
            actions.push(Action::Edit(EditRequest::Facts(Box::new(edit))));
        }
        ui.separator();
        if ui
            .button(tr!("facts-remove-row"))
            .on_hover_text(tr!("facts-remove-row-hint"))
            .clicked()
        {
            actions.push(Action::Command(super::Command::RemoveRow));
        }
    });
    if done {
        *draft = None;
    }
    !done
}

/// The row's own fields. True when one of them is done changing.
fn row_fields_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    draft: &mut FactsDraft,
    actions: &mut Vec<Action>,
) -> bool {
    let row = &mut draft.row;
    let mut commit = text_field(ui, &tr!("facts-title"), &mut row.title, 1);
    commit |= text_field(ui, &tr!("facts-paragraph"), &mut row.paragraph, 1);
    if doc.presences.len() > 1 {
        let label = ui.label(tr!("facts-presence"));
        let before = row.presence.clone();
        let tags = i18n::label_tags();
        let shown = doc
            .presence(&row.presence)
            .map_or(row.presence.clone(), |p| p.short_in(tags).to_owned());
        egui::ComboBox::from_id_salt("facts_presence")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for presence in &doc.presences {
                    ui.selectable_value(
                        &mut row.presence,
                        presence.id.clone(),
                        presence.short_in(tags),
                    );
                }
            })
            .response
            .labelled_by(label.id);
        if row.presence != before {
            row.number = doc.next_row_number(&row.presence);
            commit = true;
        }
    }
    commit |= text_field(ui, &tr!("facts-original"), &mut row.original, 4);
    commit |= status_field(ui, &tr!("facts-status"), "row", &mut row.status);
    commit |= optional_date(
        ui,
        &tr!("facts-as-of"),
        &mut draft.dates,
        "as_of".to_owned(),
        &mut row.as_of,
    );
    ui.label(tr!("facts-holders"));
    commit |= pick_ids(
        ui,
        &tr!("facts-pick-holders"),
        &holder_choices(doc),
        &mut row.holders,
    );
    commit |= text_field(ui, &tr!("facts-summary"), &mut row.summary, 3);
    ui.label(tr!("facts-sources"));
    commit |= pick_ids(
        ui,
        &tr!("facts-pick-sources"),
        &source_choices(doc),
        &mut row.sources,
    );
    if ui
        .button(tr!("facts-open-registry"))
        .on_hover_text(tr!("facts-open-registry-hint"))
        .clicked()
    {
        actions.push(Action::Command(super::Command::HoldersAndSources));
    }
    commit
}
