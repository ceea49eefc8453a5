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
    let mut titles = vec!["Mandate".to_owned()];
    if let Some(compare) = &main.compare {
        titles.push(format!("Differs in {}", compare.name));
    }
    titles.push(format!("Responsibility ({})", doc.original.date.year()));
    titles.extend(["Status today", "Held today by", "Notes"].map(String::from));
    let salt = if main.compare.is_some() {
        "responsibilities-compared"
    } else {
        "responsibilities"
    };
    let mut table = builder(ui, salt, main.compare.is_some());
    if let Some(at) = moved {
        table = table.scroll_to_row(at, None);
    }
    let mut clicked = None;
    table
        .header(24.0, |mut header| {
            for title in &titles {
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
                let selected = view.selected.as_deref() == Some(item.id.as_str());
                row.set_selected(selected);
                cells_ui(&mut row, main, item, &view.filter.text);
                let response = row.response();
                // One node a screen reader reads as the row, with its selection; moving the
                // selection with the keys moves the focus, so the reader speaks the new row.
                response.ctx.accesskit_node_builder(response.id, |node| {
                    node.set_role(egui::accesskit::Role::Row);
                    node.set_label(row_name(main, item));
                    node.set_selected(selected);
                });
                if moved == Some(row.index()) {
                    response.request_focus();
                }
                if response.has_focus() {
                    // Up and Down move the selection (and the focus with it), not egui's focus.
                    let arrows = egui::EventFilter {
                        vertical_arrows: true,
                        ..Default::default()
                    };
                    response
                        .ctx
                        .memory_mut(|m| m.set_focus_lock_filter(response.id, arrows));
                }
                if response.clicked() {
                    clicked = Some(item.id.clone());
                }
            });
        });
    if clicked.is_some() {
        view.select(clicked);
    }
    name_resize_handles(ui, salt, &titles);
}

/// The handles between columns are Tab stops (egui_extras makes them draggable and
/// double-clickable): give each a name a screen reader can say.
fn name_resize_handles(ui: &egui::Ui, salt: &str, titles: &[String]) {
    let state_id = ui.scope_id().with(egui::IdSalt::new(salt));
    for (index, title) in titles.iter().enumerate() {
        let id = state_id.with("resize_column").with(index);
        if let Some(handle) = ui.ctx().read_response(id) {
            let name = format!("Resize the {title} column (drag, or double-click to fit)");
            handle.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Splitter, true, &name));
        }
    }
}

/// What a screen reader says for a row: "UNMIK 9, para. 11 (i), Civil law and order…, Shared,
/// as of 2026-11, Kosovo Police, EULEX, KFOR, UNMIK, 2 notes".
fn row_name(main: &MainView<'_>, item: &Responsibility) -> String {
    let doc = main.doc;
    let mut parts = vec![doc.row_label(item)];
    if !item.paragraph.is_empty() {
        parts.push(format!("para. {}", item.paragraph));
    }
    parts.push(cut(&item.title, 200).to_owned());
    parts.push(item.effective_status().label().to_owned());
    if item.assessment.is_some() {
        parts.push("your assessment".to_owned());
    } else if let Some(as_of) = item.as_of {
        parts.push(format!("as of {as_of}"));
    }
    let holders = doc.holder_names(item.effective_holders());
    parts.push(if holders.is_empty() {
        "no holder".to_owned()
    } else {
        holders.join(", ")
    });
    parts.push(match main.counts.notes_on(&item.id) {
        0 => "no notes".to_owned(),
        1 => "1 note".to_owned(),
        n => format!("{n} notes"),
    });
    if let Some(diff) = main.compare.as_ref().and_then(|c| c.diff.row(&item.id)) {
        parts.push(format!("differs: {}", diff.describe()));
    }
    parts.join(", ")
}

/// The table's columns (`salt` names their widths' memory); compare mode has one more.
fn builder<'a>(ui: &'a mut egui::Ui, salt: &str, comparing: bool) -> TableBuilder<'a> {
    let mut table = TableBuilder::new(ui)
        // Column widths are kept per layout: compare mode has one column more.
        .id_salt(salt)
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
    // Not while typing (in the search field, say); a focused row or button lets the keys through.
    if len == 0 || ui.ctx().text_edit_focused() {
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
