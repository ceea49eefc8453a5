//! The search field and the filters above the table.

use std::collections::BTreeMap;

use egui::RichText;

use super::widgets::status_word;
use super::{ViewState, theme};
use crate::model::{Document, Field, Filter, Status, Visibility};
use crate::tr;

/// The document's title and what it compares, in the interface's language where the
/// document has its labels in it.
pub fn title_ui(ui: &mut egui::Ui, doc: &Document) {
    let tags = crate::i18n::label_tags();
    ui.heading(doc.title_in(tags));
    ui.label(
        RichText::new(tr!(
            "filter-compares",
            original = doc.original.label_in(tags),
            original_date = doc.original.date.to_string(),
            current = doc.current.label_in(tags),
            current_date = doc.current.date.to_string(),
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
        // Assessing blind, filtering by status or holder would tell the built-in ones: the
        // filters wait for Reveal (in place, so the bar keeps its layout).
        if doc.blind {
            ui.disable();
        }
        menus_ui(ui, doc, tags, filter);
        ui.checkbox(&mut filter.contested_only, tr!("filter-contested-only"))
            .on_hover_text(tr!("filter-contested-only-hint"))
            .on_disabled_hover_text(tr!("blind-hidden-detail"));
        ui.checkbox(&mut filter.has_notes, tr!("filter-has-notes"));
        let total = doc.rows.len();
        let counts = if shown == total {
            tr!("filter-all-shown", total = total)
        } else {
            tr!("filter-some-shown", shown = shown, total = total)
        };
        // One unit: moved to the next line whole where it does not fit, never split.
        ui.add(egui::Label::new(RichText::new(counts).strong()).extend());
        if ui
            .add_enabled(!filter.is_empty(), egui::Button::new(tr!("filter-clear")))
            .clicked()
        {
            *filter = Filter::default();
        }
    });
    if !view.filter.tags.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr!("filter-tags")).weak());
            for tag in &view.filter.tags {
                theme::tag_chip(ui, tag);
            }
        });
    }
    ui.add_space(4.0);
}

/// The search field: Find puts the keyboard here, Escape clears it.
fn search_ui(ui: &mut egui::Ui, view: &mut ViewState) {
    let label = ui.label(tr!("filter-search"));
    // 220 px, or wider where the hint is longer (Serbian in Cyrillic): the hint is never cut.
    // The field draws its hint somewhat wider than this plain measure, hence the room to spare.
    let hint = tr!("filter-search-hint");
    let hint_width = super::widgets::one_line_width(ui, hint.as_str());
    let search = ui
        .add(
            egui::TextEdit::singleline(&mut view.filter.text)
                .desired_width(220.0_f32.max(hint_width * 1.15 + 16.0))
                .hint_text(hint),
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
    let presences = doc.presences.iter().map(|p| {
        (
            p.id.clone(),
            p.short_in(crate::i18n::label_tags()).to_owned(),
        )
    });
    set_menu(ui, "filter-presence-menu", &mut filter.presences, presences);
    // One status chosen is named ("Status: Contested"), not counted.
    let status_menu = match filter.statuses.first() {
        Some(&status) if filter.statuses.len() == 1 => {
            tr!("filter-status-one", status = status_word(status))
        }
        _ => tr!("filter-status-menu", count = filter.statuses.len()),
    };
    let own = doc.rows.iter().filter(|r| r.assessment.is_some()).count();
    ui.menu_button(status_menu, |ui| {
        // Which status a row is filtered by: the built-in one, or an own assessment's.
        if own > 0 {
            ui.label(
                RichText::new(tr!("filter-status-own", count = own))
                    .small()
                    .color(theme::own_assessment_color(ui)),
            );
        }
        for status in Status::ALL {
            let mut on = filter.statuses.contains(&status);
            if ui.checkbox(&mut on, status_word(status)).changed() {
                toggle(&mut filter.statuses, status, on);
            }
        }
    });
    let holders = doc.holders.iter().map(|h| {
        (
            h.id.clone(),
            h.short_in(crate::i18n::label_tags()).to_owned(),
        )
    });
    set_menu(ui, "filter-holder-menu", &mut filter.holders, holders);
    let tag_names = tags.keys().map(|t| (t.clone(), format!("#{t}")));
    set_menu(ui, "filter-tag-menu", &mut filter.tags, tag_names);
    let notes = match filter.visibility {
        None => tr!("filter-notes-any"),
        Some(Visibility::Shared) => tr!("filter-notes-shared"),
        Some(Visibility::Private) => tr!("filter-notes-private"),
    };
    ui.menu_button(notes, |ui| {
        ui.radio_value(&mut filter.visibility, None, tr!("filter-any-notes"));
        let shared = Some(Visibility::Shared);
        ui.radio_value(&mut filter.visibility, shared, tr!("filter-with-shared"));
        let private = Some(Visibility::Private);
        ui.radio_value(&mut filter.visibility, private, tr!("filter-with-private"));
    });
}

fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, value: T, on: bool) {
    if on {
        set.insert(value);
    } else {
        set.remove(&value);
    }
}

/// A menu of checkboxes choosing a set of ids; `message` names it with how many are chosen
/// ("Presence: any", "Presence: 2").
fn set_menu(
    ui: &mut egui::Ui,
    message: &str,
    set: &mut std::collections::BTreeSet<String>,
    options: impl Iterator<Item = (String, String)>,
) {
    let options: Vec<(String, String)> = options.collect();
    ui.menu_button(tr!(message, count = set.len()), |ui| {
        if options.is_empty() {
            ui.label(RichText::new(tr!("filter-none-in-document")).weak());
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

/// "Found in: events, notes" for a row a search found in other fields than its title and
/// text (those are highlighted where they are shown); `None` when there are none.
pub(super) fn found_words(found: &[Field]) -> Option<String> {
    if !found
        .iter()
        .any(|f| !matches!(f, Field::Title | Field::Text))
    {
        return None;
    }
    let names: Vec<String> = found.iter().map(|f| field_word(*f)).collect();
    Some(tr!("table-found-in", fields = names.join(", ")))
}

/// A field's name in the interface's language.
fn field_word(field: Field) -> String {
    tr!(match field {
        Field::Title => "search-field-title",
        Field::Text => "search-field-text",
        Field::Summary => "search-field-summary",
        Field::Holders => "search-field-holders",
        Field::Events => "search-field-events",
        Field::Positions => "search-field-positions",
        Field::Notes => "search-field-notes",
        Field::Tags => "search-field-tags",
        Field::Authors => "search-field-authors",
    })
}
