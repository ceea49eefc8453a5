//! The Agreement panel of compare mode: how far your assessments and your colleague's agree,
//! the rows you disagree on (each a click away) and the rows per pair of statuses.

use egui::RichText;

use super::widgets::status_word;
use super::{CompareView, ViewState, theme};
use crate::model::{Agreement, Basis, Document, Figures, Over, Rating, RowAgreement};
use crate::tr;

/// "Same status in 16 of 19 rows (84 %), kappa 0.80": the figures in one line, for the compare
/// banner; what it says when there is nothing to measure.
pub fn agreement_headline(agreement: &Agreement) -> String {
    match agreement.figures() {
        Some(figures) => tr!(
            "agreement-headline",
            same = figures.same,
            rows = figures.rows,
            percent = figures.observed * 100.0,
            kappa = kappa_words(&figures),
        ),
        None => tr!("agreement-nothing"),
    }
}

fn kappa_words(figures: &Figures) -> String {
    figures.kappa.map_or_else(
        || tr!("agreement-kappa-undefined"),
        |kappa| tr!("agreement-kappa", kappa = kappa),
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
    ui.horizontal_wrapped(|ui| {
        ui.heading(tr!("agreement-heading", name = compare.name));
        super::compare::rows_differ_ui(ui, compare.diff, false);
    });
    ui.label(
        RichText::new(tr!(
            "agreement-assessed",
            common = agreement.common,
            own_mine = agreement.own_mine,
            own_theirs = agreement.own_theirs,
            both = agreement.own_both,
        ))
        .weak(),
    );
    ui.horizontal_wrapped(|ui| {
        let measured = match agreement.over {
            Over::Own => tr!("agreement-over-own", rows = agreement.rows.len()),
            Over::BuiltInStandsIn => tr!("agreement-over-all", rows = agreement.rows.len()),
        };
        ui.label(RichText::new(measured).strong());
        let mut stand_in = view.agreement_over == Over::BuiltInStandsIn;
        if ui
            .checkbox(&mut stand_in, tr!("agreement-stand-in"))
            .on_hover_text(tr!("agreement-stand-in-hint"))
            .changed()
        {
            view.agreement_over = if stand_in {
                Over::BuiltInStandsIn
            } else {
                Over::Own
            };
        }
    });
    let Some(figures) = agreement.figures() else {
        ui.label(if agreement.common == 0 {
            tr!("agreement-no-common")
        } else if agreement.over == Over::Own && !agreement.nobody_assessed() {
            tr!("agreement-none-both")
        } else {
            tr!("agreement-no-own")
        });
        return;
    };
    ui.separator();
    // The table of pairs starts at the top of the right half, whole (its counts off the
    // diagonal are the disagreements); the figures and the list of rows take the left half,
    // and the list scrolls on its own.
    ui.columns(2, |columns| {
        figures_ui(&mut columns[0], &figures);
        columns[0].separator();
        egui::ScrollArea::vertical()
            .id_salt("agreement_rows")
            .auto_shrink([false, true])
            .show(&mut columns[0], |ui| {
                disagreements_ui(ui, doc, agreement, view);
            });
        pairs_ui(&mut columns[1], agreement);
    });
}

fn figures_ui(ui: &mut egui::Ui, figures: &Figures) {
    egui::Grid::new("agreement_figures")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(tr!("agreement-same-status"));
            ui.strong(tr!(
                "agreement-same-of",
                same = figures.same,
                rows = figures.rows,
                percent = figures.observed * 100.0,
            ));
            ui.end_row();
            ui.label(tr!("agreement-cohen"));
            match figures.kappa {
                Some(kappa) => ui.strong(tr!(
                    "agreement-kappa-value",
                    kappa = kappa,
                    expected = figures.expected * 100.0,
                )),
                None => ui.strong(tr!("agreement-kappa-none")),
            };
            ui.end_row();
            ui.label(tr!("agreement-holders"));
            ui.strong(tr!("agreement-holders-value", value = figures.holders));
            ui.end_row();
        });
}

fn rating_words(rating: &Rating) -> String {
    match rating.basis {
        Basis::Own => status_word(rating.status),
        Basis::BuiltIn => tr!("agreement-built-in", status = status_word(rating.status)),
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
    ui.strong(tr!("agreement-disagreements", count = rows.len()));
    for row in rows {
        let Some(responsibility) = doc.row(&row.id) else {
            continue;
        };
        let text = tr!(
            "agreement-row",
            row = format!(
                "{}: {}",
                doc.row_label_in(responsibility, crate::i18n::label_tags()),
                responsibility.title_in(crate::i18n::label_tags())
            ),
            mine = rating_words(&row.mine),
            theirs = rating_words(&row.theirs),
        );
        let selected = view.selected.as_deref() == Some(row.id.as_str());
        let hint = tr!(
            "agreement-row-hint",
            title = responsibility.title_in(crate::i18n::label_tags()),
            overlap = row.holders,
        );
        let response = ui.selectable_label(selected, text).on_hover_text(hint);
        if response.clicked() {
            view.select(Some(row.id.clone()));
            view.scroll_to_selected = true;
        }
    }
}

/// How many rows each pair of statuses was given to: lines yours, columns theirs.
fn pairs_ui(ui: &mut egui::Ui, agreement: &Agreement) {
    ui.strong(tr!("agreement-pairs"));
    let statuses = agreement.statuses_used();
    // Long status words (Albanian, Serbian) make the table wider than its half of the panel:
    // it scrolls sideways rather than being cut at the window's edge.
    egui::ScrollArea::horizontal()
        .id_salt("agreement_pairs_scroll")
        .show(ui, |ui| {
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
                            ui.label(text).on_hover_text(tr!(
                                "agreement-pair-hint",
                                mine = status_word(mine),
                                theirs = status_word(theirs),
                                count = count,
                            ));
                        }
                        ui.end_row();
                    }
                });
        });
}
