//! Small pieces more than one view draws the same way.

use egui::RichText;

use crate::model::Document;

/// A section heading in a side panel.
pub(super) fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(title).strong().size(15.0));
    ui.add_space(2.0);
}

/// The names of the holders `ids`, or a word saying there is none.
pub(super) fn holder_list(doc: &Document, ids: &[String]) -> String {
    if ids.is_empty() {
        "no holder (the task has ended)".to_owned()
    } else {
        doc.holder_names(ids).join(", ")
    }
}
