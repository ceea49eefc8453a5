//! The comparison table: one row per responsibility the filter lets through, virtualised.

use egui::{Key, RichText, Sense};
use egui_extras::{Column, TableBuilder, TableRow};

use super::theme::{self, TextStyle};
use super::widgets::cut;
use super::{MainView, ViewState};
use crate::model::Responsibility;

/// The table of responsibilities. A click selects a row; Up and Down move the selection.
pub fn table_ui(ui: &mut egui::Ui, main: &MainView<'_>, view: &mut ViewState) {
    let (doc, visible) = (main.doc, main.visible);
    if visible.is_empty() {
        ui.add_space(20.0);
        ui.label(RichText::new("No responsibility matches the search and filters.").weak());
        return;
    }
    let selected_at = view
        .selected
        .as_deref()
        .and_then(|id| visible.iter().position(|&i| doc.rows[i].id == id));
    let moved = keyboard_move(ui, selected_at, visible.len());
    if let Some(at) = moved {
        view.select(Some(doc.rows[visible[at]].id.clone()));
    }
    let mut table = builder(ui, main.compare.is_some());
    if let Some(at) = moved {
        table = table.scroll_to_row(at, None);
    }
    let mut clicked = None;
    table
        .header(24.0, |mut header| {
            let mut titles = vec!["Mandate".to_owned()];
            if let Some(compare) = &main.compare {
                titles.push(format!("Differs in {}", compare.name));
            }
            titles.extend(
                [
                    "1999 responsibility",
                    "Status today",
                    "Held today by",
                    "Notes",
                ]
                .map(String::from),
            );
            for title in titles {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(theme::TABLE_ROW_HEIGHT, visible.len(), |mut row| {
                let Some(item) = visible.get(row.index()).and_then(|&i| doc.rows.get(i)) else {
                    return;
                };
                row.set_selected(view.selected.as_deref() == Some(item.id.as_str()));
                cells_ui(&mut row, main, item, &view.filter.text);
                if row.response().clicked() {
                    clicked = Some(item.id.clone());
                }
            });
        });
    if clicked.is_some() {
        view.select(clicked);
    }
}

/// The table's columns; compare mode has one more.
fn builder(ui: &mut egui::Ui, comparing: bool) -> TableBuilder<'_> {
    let mut table = TableBuilder::new(ui)
        // Column widths are kept per layout: compare mode has one column more.
        .id_salt(if comparing {
            "responsibilities-compared"
        } else {
            "responsibilities"
        })
        .striped(true)
        .resizable(true)
        .auto_shrink([false, false])
        .sense(Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::auto().at_least(72.0));
    // In compare mode, what differs comes second, where it cannot be scrolled out of view.
    if comparing {
        table = table.column(Column::initial(130.0).at_least(90.0).clip(true));
    }
    table
        .column(Column::remainder().at_least(160.0).clip(true))
        .column(Column::initial(120.0).at_least(100.0))
        .column(Column::initial(200.0).at_least(100.0).clip(true))
        .column(Column::exact(84.0))
}

/// One row's cells: its label, what differs (in compare mode), its text, status, holders and
/// note count; `query` is highlighted.
fn cells_ui(row: &mut TableRow<'_, '_>, main: &MainView<'_>, item: &Responsibility, query: &str) {
    let doc = main.doc;
    row.col(|ui| {
        ui.vertical(|ui| {
            let label = RichText::new(doc.row_label(item)).strong();
            ui.add(egui::Label::new(label).selectable(false));
            if !item.paragraph.is_empty() {
                let paragraph = RichText::new(format!("para. {}", item.paragraph)).weak();
                ui.add(egui::Label::new(paragraph).selectable(false));
            }
        });
    });
    if let Some(compare) = &main.compare {
        row.col(|ui| {
            if let Some(diff) = compare.diff.row(&item.id) {
                let text = RichText::new(diff.describe()).color(theme::warning_color(ui));
                ui.add(egui::Label::new(text).truncate().selectable(false));
            }
        });
    }
    row.col(|ui| {
        ui.vertical(|ui| {
            // A cell shows one line: no more than that is laid out, however long the text.
            let title = theme::highlighted(ui, cut(&item.title, 300), query, TextStyle::Strong);
            ui.add(egui::Label::new(title).truncate().selectable(false));
            let original = theme::highlighted(ui, cut(&item.original, 300), query, TextStyle::Weak);
            ui.add(egui::Label::new(original).truncate().selectable(false));
        });
    });
    row.col(|ui| {
        theme::status_badge(ui, item.effective_status());
        if let (Some(as_of), None) = (item.as_of, &item.assessment) {
            ui.label(RichText::new(as_of.to_string()).small().weak())
                .on_hover_text("When this status and its holders were last checked");
        }
        if item.assessment.is_some() {
            ui.label(
                RichText::new("yours")
                    .small()
                    .color(theme::own_assessment_color(ui)),
            )
            .on_hover_text(format!(
                "Your assessment; built-in: {}",
                item.status.label()
            ));
        }
    });
    row.col(|ui| {
        let names = doc.holder_names(item.effective_holders());
        let text = if names.is_empty() {
            "—".to_owned()
        } else {
            names.join(", ")
        };
        let text = theme::highlighted(ui, &text, query, TextStyle::Body);
        ui.add(egui::Label::new(text).truncate().selectable(false));
    });
    row.col(|ui| {
        ui.vertical(|ui| {
            let count = main.counts.notes_on(&item.id);
            if count > 0 {
                ui.add(egui::Label::new(count.to_string()).selectable(false));
            }
            let to_review = main.counts.to_review_on(&item.id);
            if to_review > 0 {
                let text = RichText::new(format!("{to_review} to review"))
                    .small()
                    .color(theme::warning_color(ui));
                ui.add(egui::Label::new(text).selectable(false))
                    .on_hover_text("Notes written before this row's facts changed");
            }
        });
    });
}

fn keyboard_move(ui: &egui::Ui, selected: Option<usize>, len: usize) -> Option<usize> {
    if len == 0 || ui.ctx().egui_wants_keyboard_input() {
        return None;
    }
    let (down, up) = ui.input(|i| (i.key_pressed(Key::ArrowDown), i.key_pressed(Key::ArrowUp)));
    match (selected, down, up) {
        (None, true, _) => Some(0),
        (None, _, true) => Some(len - 1),
        (Some(i), true, _) => Some((i + 1).min(len - 1)),
        (Some(i), _, true) => Some(i.saturating_sub(1)),
        _ => None,
    }
}
