//! The main window's content: the tag list, the filters and table (or the summary picture),
//! the detail of the selected row, and the merge conflicts.

use super::{
    Action, Command, CompareView, SummaryClick, Tab, TimelineClick, ViewState, agreement, compare,
    detail, filters, summary, table, tags, theme, timeline_ui,
};
use crate::model::{Counts, Document, PartialDate, Responsibility, SearchIndex};
use crate::tr;

/// What the main view shows.
pub struct MainView<'a> {
    /// The document.
    pub doc: &'a Document,
    /// The rows the filter lets through (indices into `doc.rows`).
    pub visible: &'a [usize],
    /// While a search is typed, where each of them was found (else empty).
    pub found: &'a [Vec<crate::model::Field>],
    /// The same rows themselves, in order.
    pub rows: &'a [&'a Responsibility],
    /// Note and status counts, computed when the document changes.
    pub counts: &'a Counts,
    /// Each row's notes and the notes on the whole document, made when the document changes.
    pub index: &'a SearchIndex,
    /// How many rows the merge conflicts are about, counted when the document changes.
    pub conflict_rows: usize,
    /// The user's name.
    pub author: &'a str,
    /// Whether the document may be changed.
    pub editable: bool,
    /// Whether the tag list is shown.
    pub show_tags: bool,
    /// The file the document is compared with, in compare mode.
    pub compare: Option<CompareView<'a>>,
    /// The participants' files of a workshop, while the room is open (never while assessing
    /// blind).
    pub room: Option<&'a crate::model::Room>,
    /// Reading mode: table rows grow to show the whole text and every holder.
    pub reading: bool,
    /// A number that changes whenever the document does (for what views measure once).
    pub version: u64,
    /// Today, where the timeline ends.
    pub today: PartialDate,
    /// What `check --strict` says of a comparison not built on the built-in data, kept up to
    /// date as it changes (`None` for the built-in data, whose curators check it).
    pub checks: Option<&'a [crate::model::Problem]>,
    /// Offered when the document is built on older built-in data: what the bar says, and which
    /// release was assumed for a file that does not say.
    pub update_offer: Option<(&'a str, Option<&'a str>)>,
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
                compare::conflicts_ui(ui, main, view, actions);
            });
    }
    if let Some(problems) = main.checks.filter(|_| main.editable) {
        egui::Panel::bottom("checks")
            .resizable(true)
            .default_size(150.0)
            .min_size(60.0)
            .show(ui, |ui| {
                super::checks::checks_ui(ui, main.doc, problems, view);
            });
    }
    if let Some(compare) = main.compare.as_ref().filter(|_| view.show_agreement) {
        // Tall enough for the table of status pairs, whose last lines hold the disagreements.
        egui::Panel::bottom("agreement")
            .resizable(true)
            .default_size(360.0)
            .min_size(120.0)
            .show(ui, |ui| {
                agreement::agreement_ui(ui, main.doc, compare, view);
            });
    }
    // A narrow window (down to the smallest, 720 px) keeps room for the table: the tag list
    // steps aside until the window is wider again, and the detail panel takes at most about
    // half the width.
    let width = ui.available_width();
    let narrow = width < theme::NARROW_WINDOW;
    if main.show_tags && !narrow {
        egui::Panel::left("tags")
            .resizable(true)
            .default_size(190.0)
            .min_size(140.0)
            // A long tag is cut (in full on hover), never allowed to push the table away.
            .max_size(theme::TAGS_MAX_WIDTH.min(width * 0.3))
            .show(ui, |ui| {
                tags::tags_panel_ui(ui, &main.counts.tags, view, main.editable, actions);
            });
    }
    egui::Panel::right("detail")
        .resizable(true)
        .default_size(theme::DETAIL_WIDTH.min(width * 0.45))
        .min_size(280.0_f32.min(width * 0.4))
        .max_size(width * 0.45)
        .show(ui, |ui| {
            detail::detail_ui(ui, main, view, actions);
        });
    egui::CentralPanel::default().show(ui, |ui| {
        if let Some((offer, assumed)) = main.update_offer {
            update_banner_ui(ui, offer, assumed, actions);
        }
        if let Some(compare) = &main.compare {
            compare::compare_banner_ui(ui, compare, view, actions);
        }
        if main.doc.blind {
            super::room::blind_banner_ui(ui, actions);
        }
        filters::title_ui(ui, main.doc);
        filters::filter_bar_ui(ui, main.doc, &main.counts.tags, main.visible.len(), view);
        ui.horizontal(|ui| {
            ui.selectable_value(&mut view.tab, Tab::Table, tr!("table-tab-table"));
            ui.selectable_value(&mut view.tab, Tab::Summary, tr!("table-tab-summary"));
            ui.selectable_value(&mut view.tab, Tab::Timeline, tr!("table-tab-timeline"));
            ui.selectable_value(&mut view.tab, Tab::Room, tr!("table-tab-room"));
        });
        ui.separator();
        match view.tab {
            Tab::Table => table::table_ui(ui, main, view, actions),
            Tab::Room => super::room::room_view_ui(ui, main, view),
            // Blind assessing: the pictures of the built-in statuses wait for Reveal.
            Tab::Timeline | Tab::Summary if main.doc.blind => {
                ui.add_space(20.0);
                ui.label(egui::RichText::new(tr!("blind-hidden-view")).weak());
            }
            Tab::Timeline => {
                // It scrolls itself, only the lanes in view laid out.
                if let Some(TimelineClick::Row(id)) =
                    timeline_ui(ui, main.doc, main.rows, main.today, 1.0, true)
                {
                    view.select(Some(id));
                }
            }
            Tab::Summary => {
                egui::ScrollArea::both().id_salt("summary").show(ui, |ui| {
                    // The flow needs room for its three columns and their labels.
                    ui.set_min_width(theme::SUMMARY_MIN_WIDTH);
                    ui.set_min_height(560.0_f32.max(ui.available_height()));
                    if let Some(click) = summary::summary_ui(ui, main.doc, main.rows, 1.0, true) {
                        apply_summary_click(view, click);
                    }
                });
            }
        }
    });
}

/// The bar offering to update a file built on older built-in data: Update… or Not now.
fn update_banner_ui(
    ui: &mut egui::Ui,
    offer: &str,
    assumed: Option<&str>,
    actions: &mut Vec<Action>,
) {
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(offer).strong());
                if ui.button(tr!("table-update")).clicked() {
                    actions.push(Action::Command(Command::UpdateDataset));
                }
                if ui
                    .button(tr!("table-update-not-now"))
                    .on_hover_text(tr!("table-update-not-now-hint"))
                    .clicked()
                {
                    actions.push(Action::DismissUpdate);
                }
            });
            if let Some(assumed) = assumed {
                ui.label(egui::RichText::new(assumed).weak());
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
