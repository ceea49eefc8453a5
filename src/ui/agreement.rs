//! The Agreement panel of compare mode: how far your assessments and your colleague's agree,
//! the rows you disagree on (each a click away) and the rows per pair of statuses.

use egui::RichText;

use super::{CompareView, ViewState, theme};
use crate::model::{Agreement, Basis, Document, Figures, Rating, RowAgreement};

/// "Same status in 16 of 19 rows (84 %), kappa 0.80": the figures in one line, for the compare
/// banner; what it says when there is nothing to measure.
pub fn agreement_headline(agreement: &Agreement) -> String {
    match agreement.figures() {
        Some(figures) => format!(
            "Agreement: same status in {} of {} rows ({:.0} %), {}",
            figures.same,
            figures.rows,
            figures.observed * 100.0,
            kappa_words(&figures)
        ),
        None => "Agreement: nothing to measure".to_owned(),
    }
}

fn kappa_words(figures: &Figures) -> String {
    figures.kappa.map_or_else(
        || "kappa undefined".to_owned(),
        |kappa| format!("Cohen's kappa {kappa:.2}"),
    )
}

/// The panel: figures, disagreements and the table of status pairs.
pub fn agreement_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    compare: &CompareView<'_>,
    view: &mut ViewState,
) {
    let agreement = compare.agreement;
    ui.heading(format!("Agreement with {}", compare.name));
    ui.label(
        RichText::new(format!(
            "Over the {} rows both files have. Your own assessments: {}; theirs: {}. Where a \
             person made none, the built-in status and holders of their file stand in.",
            agreement.rows.len(),
            agreement.own_mine,
            agreement.own_theirs
        ))
        .weak(),
    );
    let Some(figures) = agreement.figures() else {
        ui.label(if agreement.rows.is_empty() {
            "The two files have no row in common: there is nothing to measure."
        } else {
            "Neither of you has made an own assessment of a row both files have: there is \
             nothing to measure (the figures would only compare the built-in data)."
        });
        return;
    };
    figures_ui(ui, &figures);
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("agreement")
        .auto_shrink([false, true])
        .show(ui, |ui| {
            ui.columns(2, |columns| {
                disagreements_ui(&mut columns[0], doc, agreement, view);
                pairs_ui(&mut columns[1], agreement);
            });
        });
}

fn figures_ui(ui: &mut egui::Ui, figures: &Figures) {
    egui::Grid::new("agreement_figures")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label("Same status");
            ui.strong(format!(
                "{} of {} rows ({:.1} %)",
                figures.same,
                figures.rows,
                figures.observed * 100.0
            ));
            ui.end_row();
            ui.label("Cohen's kappa");
            match figures.kappa {
                Some(kappa) => ui.strong(format!(
                    "{kappa:.3} (agreement expected by chance: {:.1} %)",
                    figures.expected * 100.0
                )),
                None => ui.strong("undefined: both gave every row the same one status"),
            };
            ui.end_row();
            ui.label("Holders (mean Jaccard index)");
            ui.strong(format!("{:.3}", figures.holders));
            ui.end_row();
        });
}

fn rating_words(rating: &Rating) -> String {
    match rating.basis {
        Basis::Own => rating.status.label().to_owned(),
        Basis::BuiltIn => format!("{} (built-in)", rating.status.label()),
    }
}

/// The rows given different statuses, first; a click selects the row.
fn disagreements_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    agreement: &Agreement,
    view: &mut ViewState,
) {
    let rows: Vec<&RowAgreement> = agreement.disagreements().collect();
    ui.strong(match rows.len() {
        0 => "You give every row the same status".to_owned(),
        1 => "1 row with different statuses".to_owned(),
        n => format!("{n} rows with different statuses"),
    });
    for row in rows {
        let Some(responsibility) = doc.row(&row.id) else {
            continue;
        };
        let text = format!(
            "{}: yours {}, theirs {}",
            doc.row_label(responsibility),
            rating_words(&row.mine),
            rating_words(&row.theirs)
        );
        let selected = view.selected.as_deref() == Some(row.id.as_str());
        let response = ui.selectable_label(selected, text).on_hover_text(format!(
            "{}. Holders overlap {:.2} (1: the same holders).",
            responsibility.title, row.holders
        ));
        if response.clicked() {
            view.select(Some(row.id.clone()));
            view.scroll_to_selected = true;
        }
    }
}

/// How many rows each pair of statuses was given to: lines yours, columns theirs.
fn pairs_ui(ui: &mut egui::Ui, agreement: &Agreement) {
    ui.strong("Rows per pair of statuses (lines: yours; columns: theirs)");
    let statuses = agreement.statuses_used();
    egui::Grid::new("agreement_pairs")
        .num_columns(statuses.len() + 1)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            for &status in &statuses {
                theme::status_badge(ui, status);
            }
            ui.end_row();
            for &mine in &statuses {
                theme::status_badge(ui, mine);
                for &theirs in &statuses {
                    let count = agreement.pairs.get(&(mine, theirs)).copied().unwrap_or(0);
                    let text = RichText::new(count.to_string());
                    // The diagonal is agreement; a count off it is where you differ.
                    let text = match (mine == theirs, count) {
                        (true, _) => text.strong(),
                        (false, 0) => text.weak(),
                        (false, _) => text.strong().color(theme::warning_color(ui)),
                    };
                    ui.label(text).on_hover_text(format!(
                        "Yours {}, theirs {}: {count} row(s)",
                        mine.label(),
                        theirs.label()
                    ));
                }
                ui.end_row();
            }
        });
}
