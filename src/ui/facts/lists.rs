//! A row's events, positions and phases in the facts editor: each addable, removable and
//! edited in place.

use super::{
    FactsDraft, holder_choices, pick_ids, required_date, source_choices, status_field, text_field,
};
use crate::model::{Document, Event, PartialDate, Phase, Position};
use crate::tr;

/// The three lists. True when one of them is done changing.
pub(super) fn lists_ui(ui: &mut egui::Ui, doc: &Document, draft: &mut FactsDraft) -> bool {
    events_ui(ui, doc, draft) | positions_ui(ui, doc, draft) | phases_ui(ui, doc, draft)
}

/// The date a new event or phase starts with: the point "today" is described from.
fn new_date(doc: &Document) -> PartialDate {
    doc.current.date
}

/// An item's heading with its Remove button. True when Remove was clicked.
fn item_heading(ui: &mut egui::Ui, heading: &str, remove: &str) -> bool {
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(heading).strong());
        ui.small_button(remove).clicked()
    })
    .inner
}

/// Takes out item `index` of a list; the typed dates are made again from the document's, since
/// the items after it moved up.
fn remove_at<T>(
    list: &mut Vec<T>,
    index: Option<usize>,
    draft_dates: &mut std::collections::HashMap<String, String>,
) -> bool {
    let Some(index) = index else { return false };
    list.remove(index);
    draft_dates.clear();
    true
}

fn events_ui(ui: &mut egui::Ui, doc: &Document, draft: &mut FactsDraft) -> bool {
    ui.separator();
    ui.strong(tr!("facts-events"));
    let sources = source_choices(doc);
    let mut commit = false;
    let mut remove = None;
    for (index, event) in draft.row.events.iter_mut().enumerate() {
        let n = index + 1;
        if item_heading(
            ui,
            &tr!("facts-event", n = n),
            &tr!("facts-remove-event", n = n),
        ) {
            remove = Some(index);
        }
        commit |= required_date(
            ui,
            &tr!("facts-event-date", n = n),
            &mut draft.dates,
            format!("events.{index}"),
            &mut event.date,
        );
        commit |= text_field(ui, &tr!("facts-event-text", n = n), &mut event.text, 2);
        commit |= pick_ids(
            ui,
            &tr!("facts-event-sources", n = n),
            &sources,
            &mut event.sources,
        );
    }
    commit |= remove_at(&mut draft.row.events, remove, &mut draft.dates);
    if ui.button(tr!("facts-add-event")).clicked() {
        draft.row.events.push(Event {
            date: new_date(doc),
            text: String::new(),
            sources: Vec::new(),
        });
        commit = true;
    }
    commit
}

fn positions_ui(ui: &mut egui::Ui, doc: &Document, draft: &mut FactsDraft) -> bool {
    ui.separator();
    ui.strong(tr!("facts-positions"));
    let sources = source_choices(doc);
    let mut commit = false;
    let mut remove = None;
    for (index, position) in draft.row.positions.iter_mut().enumerate() {
        let n = index + 1;
        if item_heading(
            ui,
            &tr!("facts-position", n = n),
            &tr!("facts-remove-position", n = n),
        ) {
            remove = Some(index);
        }
        commit |= text_field(
            ui,
            &tr!("facts-position-held-by", n = n),
            &mut position.held_by,
            1,
        );
        commit |= text_field(
            ui,
            &tr!("facts-position-view", n = n),
            &mut position.view,
            2,
        );
        commit |= pick_ids(
            ui,
            &tr!("facts-position-sources", n = n),
            &sources,
            &mut position.sources,
        );
    }
    commit |= remove_at(&mut draft.row.positions, remove, &mut draft.dates);
    if ui.button(tr!("facts-add-position")).clicked() {
        draft.row.positions.push(Position {
            held_by: String::new(),
            view: String::new(),
            sources: Vec::new(),
        });
        commit = true;
    }
    commit
}

fn phases_ui(ui: &mut egui::Ui, doc: &Document, draft: &mut FactsDraft) -> bool {
    ui.separator();
    ui.strong(tr!("facts-phases"));
    let sources = source_choices(doc);
    let holders = holder_choices(doc);
    let mut commit = false;
    let mut remove = None;
    for (index, phase) in draft.row.phases.iter_mut().enumerate() {
        let n = index + 1;
        if item_heading(
            ui,
            &tr!("facts-phase", n = n),
            &tr!("facts-remove-phase", n = n),
        ) {
            remove = Some(index);
        }
        commit |= required_date(
            ui,
            &tr!("facts-phase-from", n = n),
            &mut draft.dates,
            format!("phases.{index}"),
            &mut phase.from,
        );
        commit |= status_field(
            ui,
            &tr!("facts-phase-status", n = n),
            ("phase", index),
            &mut phase.status,
        );
        commit |= pick_ids(
            ui,
            &tr!("facts-phase-holders", n = n),
            &holders,
            &mut phase.holders,
        );
        commit |= pick_ids(
            ui,
            &tr!("facts-phase-sources", n = n),
            &sources,
            &mut phase.sources,
        );
    }
    commit |= remove_at(&mut draft.row.phases, remove, &mut draft.dates);
    if ui.button(tr!("facts-add-phase")).clicked() {
        // A new phase starts as the row is now: its status and holders.
        draft.row.phases.push(Phase {
            from: new_date(doc),
            status: draft.row.status,
            holders: draft.row.holders.clone(),
            sources: Vec::new(),
        });
        commit = true;
    }
    commit
}
