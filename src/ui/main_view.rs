//! The main window's content: the tag list, the filters and table (or the summary picture),
//! the detail of the selected row, and the merge conflicts.

use super::{
    Action, CompareView, SummaryClick, Tab, ViewState, compare, detail, filters, summary, table,
    tags, theme,
};
use crate::model::{Counts, Document};

/// What the main view shows.
pub struct MainView<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The rows the filter lets through (indices into `doc.rows`).
    pub visible: &'a [usize],
    /// Note counts, computed when the document changes.
    pub counts: &'a Counts,
    /// The user's name.
    pub author: &'a str,
    /// Whether the document may be changed.
    pub editable: bool,
    /// Whether the tag list is shown.
    pub show_tags: bool,
    /// The file the document is compared with, in compare mode.
    pub compare: Option<CompareView<'a>>,
}

/// The tag list, the filters and table, and the detail of the selected row.
pub fn main_view_ui(
    ui: &mut egui::Ui,
    main: &MainView<'_>,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    if !main.doc.conflicts.is_empty() {
        egui::Panel::bottom("conflicts")
            .resizable(true)
            .default_size(260.0)
            .min_size(120.0)
            .show(ui, |ui| {
                compare::conflicts_ui(ui, main.doc, main.editable, view, actions);
            });
    }
    if main.show_tags {
        egui::Panel::left("tags")
            .resizable(true)
            .default_size(190.0)
            .min_size(140.0)
            .show(ui, |ui| {
                tags::tags_panel_ui(ui, &main.counts.tags, view, main.editable, actions);
            });
    }
    egui::Panel::right("detail")
        .resizable(true)
        .default_size(theme::DETAIL_WIDTH)
        .min_size(320.0)
        .show(ui, |ui| {
            detail::detail_ui(ui, main, view, actions);
        });
    egui::CentralPanel::default().show(ui, |ui| {
        if let Some(compare) = &main.compare {
            compare::compare_banner_ui(ui, compare, actions);
        }
        filters::title_ui(ui, main.doc);
        filters::filter_bar_ui(ui, main.doc, &main.counts.tags, main.visible.len(), view);
        ui.horizontal(|ui| {
            ui.selectable_value(&mut view.tab, Tab::Table, "Table");
            ui.selectable_value(&mut view.tab, Tab::Summary, "Summary picture");
        });
        ui.separator();
        match view.tab {
            Tab::Table => table::table_ui(ui, main, view),
            Tab::Summary => {
                let rows: Vec<_> = main
                    .visible
                    .iter()
                    .filter_map(|&i| main.doc.rows.get(i))
                    .collect();
                egui::ScrollArea::both().id_salt("summary").show(ui, |ui| {
                    // The flow needs room for its three columns and their labels.
                    ui.set_min_width(720.0);
                    ui.set_min_height(560.0_f32.max(ui.available_height()));
                    if let Some(click) = summary::summary_ui(ui, main.doc, &rows, 1.0, true) {
                        apply_summary_click(view, click);
                    }
                });
            }
        }
    });
}

/// A click in the summary picture filters the table to those rows and shows it.
fn apply_summary_click(view: &mut ViewState, click: SummaryClick) {
    match click {
        SummaryClick::Status(status) => {
            view.filter.statuses = [status].into();
        }
        SummaryClick::Holder(holder) => {
            view.filter.holders = [holder].into();
        }
        SummaryClick::Presence(presence) => {
            view.filter.presences = [presence].into();
        }
    }
    view.tab = Tab::Table;
}
