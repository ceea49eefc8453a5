//! The comparison's own facts, changed by its curator: Add row, Remove row, and the window of
//! holders and sources. Refused, and said why, for a document built on the built-in data.

use super::{App, Message};
use crate::model::Edit;
use crate::tr;

impl App {
    /// Why the comparison's facts cannot be changed now, if they cannot.
    pub(super) fn facts_refused(&self) -> Option<String> {
        if !crate::ui::facts_editable(&self.open.doc) {
            Some(tr!("facts-built-in"))
        } else if self.open.read_only.is_some() {
            Some(tr!("facts-read-only"))
        } else {
            None
        }
    }

    /// The selected row's place in the document, if a row is selected.
    pub(super) fn selected_index(&self) -> Option<usize> {
        let id = self.view.selected.as_deref()?;
        self.open.doc.rows.iter().position(|r| r.id == id)
    }

    /// Says why the facts cannot be changed; true when they cannot.
    fn refuse_facts(&mut self) -> bool {
        let Some(why) = self.facts_refused() else {
            return false;
        };
        self.message = Some(Message::warning(move || why.clone()));
        true
    }

    /// Adds a row after the selected one (or at the end), of the same presence (or the
    /// first), selects it and opens its facts for editing.
    pub(super) fn add_row(&mut self) {
        if self.refuse_facts() {
            return;
        }
        let doc = &self.open.doc;
        let at = self.selected_index();
        let presence = at
            .and_then(|i| doc.rows.get(i))
            .map(|r| r.presence.clone())
            .or_else(|| doc.presences.first().map(|p| p.id.clone()));
        let Some(presence) = presence else {
            self.message = Some(Message::warning(|| tr!("facts-no-presence")));
            return;
        };
        let row = doc.blank_row(&presence, "");
        let index = at.map_or(doc.rows.len(), |i| i + 1);
        let state = self.open.state;
        self.change(Edit::InsertRow {
            index,
            row: Box::new(row.clone()),
        });
        if self.open.state != state {
            self.view.select(Some(row.id.clone()));
            self.view.facts = Some(crate::ui::FactsDraft::of(&row));
            self.view.scroll_to_selected = true;
        }
    }

    /// Removes the selected row; Undo brings it back, and the message says so.
    pub(super) fn remove_row(&mut self) {
        if self.refuse_facts() {
            return;
        }
        let Some(row) = self
            .selected_index()
            .and_then(|i| self.open.doc.rows.get(i))
        else {
            return;
        };
        let label = format!("{}: {}", self.open.doc.row_label(row), row.title);
        let id = row.id.clone();
        let state = self.open.state;
        self.change(Edit::RemoveRow { id });
        if self.open.state != state {
            self.view.select(None);
            self.view.facts = None;
            self.message = Some(Message::info(move || {
                tr!("message-row-removed", row = label.clone())
            }));
        }
    }

    /// Edit > Holders and sources….
    pub(super) fn open_registry(&mut self) {
        if !self.refuse_facts() {
            self.registry = Some(crate::ui::RegistryDraft::default());
        }
    }
}
