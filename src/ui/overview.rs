//! The detail panel with no row selected: the counts by status (built-in, and with own
//! assessments beside them), notes on rows the document lacks, and the notes on the whole
//! comparison.

use egui::RichText;

use super::widgets::cut;
use super::{Action, MainView, ViewState, notes, theme};
use crate::model::Status;
use crate::tr;

/// The overview.
pub(super) fn overview_ui(
    ui: &mut egui::Ui,
    main: &MainView<'_>,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let (doc, counts) = (main.doc, main.counts);
    ui.heading(tr!("detail-overview"));
    ui.label(tr!("detail-overview-hint"));
    ui.add_space(8.0);
    ui.strong(tr!("detail-status-today"));
    // The built-in status; where anyone gave their own assessment, a second column counts
    // with theirs, named as such.
    let own = counts.own_assessments;
    let total = doc.rows.len();
    egui::Grid::new("status_counts")
        .num_columns(if own > 0 { 3 } else { 2 })
        .show(ui, |ui| {
            if own > 0 {
                ui.label("");
                ui.label(RichText::new(tr!("detail-count-built-in")).weak());
                ui.label(RichText::new(tr!("detail-count-with-own")).weak());
                ui.end_row();
            }
            for status in Status::ALL {
                let count = |of: &std::collections::BTreeMap<Status, usize>| {
                    of.get(&status).copied().unwrap_or(0)
                };
                let (built_in, with_own) =
                    (count(&counts.built_in_statuses), count(&counts.statuses));
                if built_in > 0 || with_own > 0 {
                    theme::status_badge(ui, status);
                    ui.label(tr!("detail-count-of", count = built_in, total = total));
                    if own > 0 {
                        ui.label(tr!("detail-count-of", count = with_own, total = total));
                    }
                    ui.end_row();
                }
            }
        });
    // Rows with no status yet are no status: counted apart, below the statuses.
    let not_assessed = counts
        .statuses
        .get(&Status::NotAssessed)
        .copied()
        .unwrap_or(0);
    if not_assessed > 0 {
        ui.label(tr!(
            "detail-count-not-assessed",
            count = not_assessed,
            total = total
        ));
    }
    if own > 0 {
        ui.label(RichText::new(tr!("detail-own-count", count = own)).weak());
    }
    if counts.orphans > 0 {
        ui.add_space(8.0);
        ui.label(
            RichText::new(tr!("detail-orphans", count = counts.orphans))
                .color(theme::warning_color(ui)),
        );
        for note in doc.orphan_annotations() {
            ui.label(format!(
                "{} ({}): {}",
                note.row.as_deref().unwrap_or_default(),
                note.author,
                cut(&note.text, 300)
            ));
        }
    }
    ui.add_space(8.0);
    ui.heading(tr!("detail-notes-whole"));
    let editor = view.drafts.entry(None).or_default();
    notes::notes_ui(ui, main, None, editor, actions);
}
