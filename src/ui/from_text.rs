//! File > New comparison from a resolution…: paste a resolution's text, see the rows found
//! (each with a check box to keep it), name the presence, give a date where the text has none,
//! and create the comparison. The splitting is the model's (`model::resolution`); this view
//! only shows it and collects the choices.

use std::collections::{BTreeMap, BTreeSet};

use egui::RichText;

use crate::model::resolution::{Resolution, Start, new_document, split};
use crate::model::{Document, PartialDate};
use crate::tr;

/// What the dialog holds while open.
#[derive(Clone, Debug, Default)]
pub struct FromTextState {
    /// The pasted text.
    pub text: String,
    /// The presence's name.
    pub presence: String,
    /// The date typed where the text gives none.
    pub date: String,
    /// The rows left out (their pinpoints).
    pub left_out: BTreeSet<String>,
    /// Each row's short title, by pinpoint (its first words until edited).
    pub titles: BTreeMap<String, String>,
    /// The presence of each paragraph whose rows belong to another than `presence`.
    pub paragraph_presence: BTreeMap<u32, String>,
    /// The text last split, and what it gave: split again only when the text changes.
    split: Option<(String, Resolution)>,
}

/// What the user chose.
pub enum FromTextOutcome {
    /// Still open.
    Open,
    /// Closed without a document.
    Cancelled,
    /// The new document.
    Create(Box<Document>),
}

impl FromTextState {
    /// The split of the text as it is now (split again when it changed).
    fn resolution(&mut self) -> &Resolution {
        let stale = self
            .split
            .as_ref()
            .is_none_or(|(text, _)| *text != self.text);
        if stale {
            // Choices made for another text do not carry over.
            self.left_out.clear();
            self.titles.clear();
            self.paragraph_presence.clear();
            self.split = Some((self.text.clone(), split(&self.text)));
        }
        match &self.split {
            Some((_, resolution)) => resolution,
            None => unreachable!("split just above"),
        }
    }
}

/// The dialog. `today` is the "now" of the new comparison.
pub fn from_text_ui(
    ctx: &egui::Context,
    state: &mut FromTextState,
    today: PartialDate,
) -> FromTextOutcome {
    let mut open = true;
    let mut outcome = FromTextOutcome::Open;
    egui::Window::new(tr!("from-text-heading"))
        .id(egui::Id::unique("from_text_window"))
        .open(&mut open)
        .collapsible(false)
        .default_width(640.0)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            let label = ui.label(tr!("from-text-paste"));
            egui::ScrollArea::vertical()
                .id_salt("from_text_paste")
                .max_height(160.0)
                .show(ui, |ui| {
                    ui.add(
                        egui::TextEdit::multiline(&mut state.text)
                            .desired_width(f32::INFINITY)
                            .desired_rows(6)
                            .hint_text(tr!("from-text-paste-hint")),
                    )
                    .labelled_by(label.id);
                });
            ui.horizontal(|ui| {
                let label = ui.label(tr!("from-text-presence"));
                ui.add(
                    egui::TextEdit::singleline(&mut state.presence)
                        .hint_text(tr!("from-text-presence-hint")),
                )
                .labelled_by(label.id);
            });
            let resolution = state.resolution().clone();
            let date = resolution.date.or_else(|| state.date.trim().parse().ok());
            if resolution.date.is_none() && !resolution.pieces.is_empty() {
                ui.horizontal(|ui| {
                    let label = ui.label(tr!("from-text-date"));
                    ui.add(egui::TextEdit::singleline(&mut state.date).hint_text("1999-06-10"))
                        .labelled_by(label.id);
                });
            }
            found_ui(ui, &resolution, date);
            rows_ui(ui, &resolution, state);
            ui.separator();
            ui.horizontal(|ui| {
                let ready = chosen(&resolution, &state.left_out).rows().next().is_some()
                    && date.is_some()
                    && !state.presence.trim().is_empty();
                if ui
                    .add_enabled(ready, egui::Button::new(tr!("from-text-create")))
                    .clicked()
                {
                    let start = Start {
                        presence: state.presence.clone(),
                        by_paragraph: state
                            .paragraph_presence
                            .iter()
                            .filter(|(_, name)| !name.trim().is_empty())
                            .map(|(paragraph, name)| (*paragraph, name.clone()))
                            .collect(),
                        text_name: resolution
                            .symbol
                            .clone()
                            .unwrap_or_else(|| tr!("from-text-pasted")),
                        url: None,
                        publisher: String::new(),
                        date,
                        today,
                    };
                    if let Ok(mut doc) = new_document(&chosen(&resolution, &state.left_out), &start)
                    {
                        for row in &mut doc.rows {
                            if let Some(title) = state.titles.get(&row.paragraph)
                                && !title.trim().is_empty()
                            {
                                row.title = title.trim().to_owned();
                            }
                        }
                        outcome = FromTextOutcome::Create(Box::new(doc));
                    }
                }
                if ui.button(tr!("dialog-cancel")).clicked() {
                    outcome = FromTextOutcome::Cancelled;
                }
            });
        });
    if open {
        outcome
    } else {
        FromTextOutcome::Cancelled
    }
}

/// What the text was found to be: its symbol and date, and how many rows.
fn found_ui(ui: &mut egui::Ui, resolution: &Resolution, date: Option<PartialDate>) {
    let rows = resolution.rows().count();
    if rows == 0 {
        ui.label(RichText::new(tr!("from-text-none")).weak());
        return;
    }
    let symbol = resolution
        .symbol
        .clone()
        .unwrap_or_else(|| tr!("from-text-no-symbol"));
    let date = date.map_or_else(|| tr!("from-text-no-date"), |d| d.to_string());
    ui.label(tr!(
        "from-text-found",
        rows = rows,
        symbol = symbol,
        date = date
    ));
}

/// The rows found, paragraph by paragraph: each paragraph's presence (empty: the one named
/// above), and for each row a check box (untick to leave it out) and its short title.
fn rows_ui(ui: &mut egui::Ui, resolution: &Resolution, state: &mut FromTextState) {
    egui::ScrollArea::vertical()
        .id_salt("from_text_rows")
        .max_height(260.0)
        .show(ui, |ui| {
            let mut paragraph = None;
            for piece in resolution.rows() {
                let number = piece.pinpoint.paragraph;
                if paragraph != Some(number) {
                    paragraph = Some(number);
                    ui.horizontal(|ui| {
                        let label =
                            ui.label(tr!("from-text-paragraph-presence", paragraph = number));
                        let name = state.paragraph_presence.entry(number).or_default();
                        ui.add(
                            egui::TextEdit::singleline(name)
                                .desired_width(160.0)
                                .hint_text(state.presence.as_str()),
                        )
                        .labelled_by(label.id);
                    });
                }
                let pinpoint = piece.pinpoint.to_string();
                ui.horizontal(|ui| {
                    let mut keep = !state.left_out.contains(&pinpoint);
                    let check = ui.checkbox(&mut keep, pinpoint.as_str());
                    if check.changed() {
                        if keep {
                            state.left_out.remove(&pinpoint);
                        } else {
                            state.left_out.insert(pinpoint.clone());
                        }
                    }
                    let title = state
                        .titles
                        .entry(pinpoint.clone())
                        .or_insert_with(|| crate::model::resolution::short_title(&piece.text));
                    ui.add_enabled(
                        keep,
                        egui::TextEdit::singleline(title).desired_width(f32::INFINITY),
                    )
                    .labelled_by(check.id)
                    .on_hover_text(piece.text.as_str());
                });
            }
        });
}

/// The resolution with the rows left out taken away.
fn chosen(resolution: &Resolution, left_out: &BTreeSet<String>) -> Resolution {
    let mut chosen = resolution.clone();
    chosen
        .pieces
        .retain(|p| !p.is_row() || !left_out.contains(&p.pinpoint.to_string()));
    chosen
}
