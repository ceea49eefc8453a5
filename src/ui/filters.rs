//! The search field and the filters above the table.

use std::collections::BTreeMap;

use egui::RichText;

use super::{ViewState, theme};
use crate::model::{Document, Filter, Status, Visibility};

/// The document's title and what it compares.
pub fn title_ui(ui: &mut egui::Ui, doc: &Document) {
    ui.heading(&doc.title);
    ui.label(
        RichText::new(format!(
            "{} ({}) beside the situation {} ({})",
            doc.original.label,
            doc.original.date,
            doc.current.label.to_lowercase(),
            doc.current.date
        ))
        .weak(),
    );
    ui.add_space(4.0);
}

/// Search, filters, "N of M shown" and one click to clear them all.
pub fn filter_bar_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    tags: &BTreeMap<String, usize>,
    shown: usize,
    view: &mut ViewState,
) {
    ui.horizontal_wrapped(|ui| {
        search_ui(ui, view);
        let filter = &mut view.filter;
        menus_ui(ui, doc, tags, filter);
        ui.checkbox(&mut filter.contested_only, "Contested only")
            .on_hover_text("Rows whose status is Contested or that record competing positions");
        ui.checkbox(&mut filter.has_notes, "Has notes");
        let total = doc.rows.len();
        let counts = if shown == total {
            format!("All {total} shown")
        } else {
            format!("{shown} of {total} shown")
        };
        ui.label(RichText::new(counts).strong());
        if ui
            .add_enabled(!filter.is_empty(), egui::Button::new("Clear filters"))
            .clicked()
        {
            *filter = Filter::default();
        }
    });
    if !view.filter.tags.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Tags:").weak());
            for tag in &view.filter.tags {
                theme::tag_chip(ui, tag);
            }
        });
    }
    ui.add_space(4.0);
}

/// The search field: Find puts the keyboard here, Escape clears it.
fn search_ui(ui: &mut egui::Ui, view: &mut ViewState) {
    let label = ui.label("Search");
    let search = ui
        .add(
            egui::TextEdit::singleline(&mut view.filter.text)
                .desired_width(220.0)
                .hint_text("texts, holders, events, notes"),
        )
        .labelled_by(label.id);
    if std::mem::take(&mut view.focus_search) {
        search.request_focus();
    }
    if (search.has_focus() || search.lost_focus()) && ui.input(|i| i.key_pressed(egui::Key::Escape))
    {
        view.filter.text.clear();
    }
}

/// The menus of choices: presence, status, holder, tag, which notes.
fn menus_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    tags: &BTreeMap<String, usize>,
    filter: &mut Filter,
) {
    let presences = doc
        .presences
        .iter()
        .map(|p| (p.id.clone(), p.short.clone()));
    set_menu(ui, "Presence", &mut filter.presences, presences);
    ui.menu_button(count_label("Status", filter.statuses.len()), |ui| {
        for status in Status::ALL {
            let mut on = filter.statuses.contains(&status);
            if ui.checkbox(&mut on, status.label()).changed() {
                toggle(&mut filter.statuses, status, on);
            }
        }
    });
    let holders = doc.holders.iter().map(|h| (h.id.clone(), h.short.clone()));
    set_menu(ui, "Holder", &mut filter.holders, holders);
    let tag_names = tags.keys().map(|t| (t.clone(), format!("#{t}")));
    set_menu(ui, "Tag", &mut filter.tags, tag_names);
    let notes = match filter.visibility {
        None => "Notes: any".to_owned(),
        Some(v) => format!("Notes: {}", v.label()),
    };
    ui.menu_button(notes, |ui| {
        ui.radio_value(&mut filter.visibility, None, "Any notes");
        let shared = Some(Visibility::Shared);
        ui.radio_value(&mut filter.visibility, shared, "With shared notes");
        let private = Some(Visibility::Private);
        ui.radio_value(&mut filter.visibility, private, "With private notes");
    });
}

fn count_label(name: &str, count: usize) -> String {
    if count == 0 {
        format!("{name}: any")
    } else {
        format!("{name}: {count}")
    }
}

fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, value: T, on: bool) {
    if on {
        set.insert(value);
    } else {
        set.remove(&value);
    }
}

/// A menu of checkboxes choosing a set of ids.
fn set_menu(
    ui: &mut egui::Ui,
    name: &str,
    set: &mut std::collections::BTreeSet<String>,
    options: impl Iterator<Item = (String, String)>,
) {
    let options: Vec<(String, String)> = options.collect();
    ui.menu_button(count_label(name, set.len()), |ui| {
        if options.is_empty() {
            ui.label(RichText::new("None in this document").weak());
        }
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                for (id, label) in options {
                    let mut on = set.contains(&id);
                    if ui.checkbox(&mut on, label).changed() {
                        toggle(set, id, on);
                    }
                }
            });
    });
}
