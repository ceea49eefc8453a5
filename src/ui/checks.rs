//! The Checks list: what `mandate-compare check --strict` says of a comparison not built on
//! the built-in data, in the interface's language, kept up to date as its curator works (found
//! once per change, never per frame). A problem in a row selects that row when clicked.

use egui::RichText;

use super::{ViewState, theme};
use crate::model::{Document, Problem, Severity};
use crate::tr;

/// "error: rows[unifil-01]: cites no source", as the command line says it, in the interface's
/// language.
pub fn problem_line(problem: &Problem) -> String {
    crate::i18n::problem(crate::i18n::current(), problem)
}

/// The list, under a heading that counts the errors and warnings.
pub fn checks_ui(ui: &mut egui::Ui, doc: &Document, problems: &[Problem], view: &mut ViewState) {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let heading = if problems.is_empty() {
        tr!("checks-none")
    } else {
        tr!("checks-count", errors = errors, warnings = warnings)
    };
    ui.horizontal(|ui| {
        ui.strong(tr!("checks-title"));
        let color = match (errors, warnings) {
            (0, 0) => ui.visuals().text_color(),
            (0, _) => theme::warning_color(ui),
            _ => theme::error_color(ui),
        };
        ui.label(RichText::new(heading).color(color))
            .on_hover_text(tr!("checks-hint"));
    });
    let height = ui.text_style_height(&egui::TextStyle::Button) + ui.spacing().item_spacing.y;
    egui::ScrollArea::vertical()
        .auto_shrink([false, true])
        .show_rows(ui, height, problems.len(), |ui, range| {
            for problem in &problems[range] {
                let line = problem_line(problem);
                let row = problem.row().filter(|id| doc.row(id).is_some());
                match row {
                    Some(id) => {
                        let selected = view.selected.as_deref() == Some(id);
                        let response = ui
                            .add(egui::Button::selectable(selected, line.as_str()).truncate())
                            .on_hover_text(&line);
                        if response.clicked() {
                            view.select(Some(id.to_owned()));
                            view.scroll_to_selected = true;
                        }
                    }
                    None => {
                        ui.add(egui::Label::new(line.as_str()).truncate())
                            .on_hover_text(&line);
                    }
                }
            }
        });
}
