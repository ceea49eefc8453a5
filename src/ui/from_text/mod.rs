//! File > New comparison from a resolution…: paste a resolution's text or open a `.txt`, see
//! what the text was recognised as and the rows found, keep or leave out each, split a row at
//! a word and merge it with the next, give each a title and (where it is not its paragraph's)
//! a presence, and create the comparison. The splitting is the model's (`model::resolution`);
//! this view shows it and collects the choices; reading a file is the app's (through `io`).

mod rows;

use std::collections::BTreeMap;

use egui::RichText;

use crate::model::resolution::{
    Draft, Place, Plan, Resolution, Start, document_of, short_title, split,
};
use crate::model::{Document, PartialDate};
use crate::tr;

/// What the dialog holds while open.
#[derive(Clone, Debug, Default)]
pub struct FromTextState {
    /// The pasted or opened text.
    pub text: String,
    /// The presence's name.
    pub presence: String,
    /// The date typed where the text gives none.
    pub date: String,
    /// Where the text was taken from (an address), if the user says.
    pub address: String,
    /// The name of the file the text was opened from, while the text is the file's.
    file: Option<(String, String)>,
    /// Why the last file could not be opened.
    error: Option<String>,
    /// The presence of each paragraph whose rows belong to another than `presence`.
    paragraph_presence: BTreeMap<u32, String>,
    /// The rows' choices, by where each row begins in the text ([`Plan::start`]).
    choices: BTreeMap<usize, Choice>,
    /// The row whose words are shown to split it (where it begins).
    selected: Option<usize>,
    /// The words the selected row is to be split before.
    split_words: String,
    /// Where in the selected row's words they are, when the cursor put them there.
    split_at: Option<usize>,
    /// The text last split, and what was made of it.
    split: Option<Split>,
}

/// What the user chose for one row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Choice {
    /// Left out of the comparison.
    left_out: bool,
    /// The title typed (none: its first words).
    title: Option<String>,
    /// The presence typed for this row alone (none: its paragraph's).
    presence: Option<String>,
}

/// A text split, the rows made of it, and each row's place and words (kept, not recomputed
/// every frame).
#[derive(Clone, Debug)]
struct Split {
    text: String,
    resolution: Resolution,
    plan: Plan,
    rows: Vec<RowView>,
}

/// One planned row as shown.
#[derive(Clone, Debug)]
struct RowView {
    start: usize,
    place: Place,
    pinpoint: String,
    words: String,
}

impl Split {
    fn new(text: &str) -> Self {
        let resolution = split(text);
        let plan = Plan::new(&resolution);
        let mut made = Self {
            text: text.to_owned(),
            resolution,
            plan,
            rows: Vec::new(),
        };
        made.refresh();
        made
    }

    /// The rows' places and words after the plan changed.
    fn refresh(&mut self) {
        let texts = self.plan.texts(&self.resolution, &self.text);
        self.rows = texts
            .into_iter()
            .enumerate()
            .filter_map(|(row, words)| {
                let place = self.plan.place(&self.resolution, row)?;
                Some(RowView {
                    start: self.plan.start(row)?,
                    pinpoint: pinpoint(&place),
                    place,
                    words,
                })
            })
            .collect();
    }
}

/// A row's pinpoint as a citation writes it: "3", "3, part 2", "7 (a)–7 (b)".
fn pinpoint(place: &Place) -> String {
    let part = |pinpoint: String, part: Option<u32>| match part {
        Some(part) => tr!("from-text-part", pinpoint = pinpoint, part = part),
        None => pinpoint,
    };
    let first = part(place.first.to_string(), place.first_part);
    match &place.last {
        Some((last, last_part)) => tr!(
            "from-text-through",
            first = first,
            last = part(last.to_string(), *last_part)
        ),
        None => first,
    }
}

/// What the user chose.
pub enum FromTextOutcome {
    /// Still open.
    Open,
    /// Asks for a `.txt` file to read the text from.
    OpenFile,
    /// Closed without a document.
    Cancelled,
    /// The new document.
    Create(Box<Document>),
}

impl FromTextState {
    /// The text read from a file replaces what was there.
    pub fn opened(&mut self, name: String, text: String) {
        self.error = None;
        self.file = Some((name, text.clone()));
        self.text = text;
    }

    /// A file could not be read: say why, keep the text as it is.
    pub fn failed(&mut self, why: String) {
        self.error = Some(why);
    }

    /// The split of the text as it is now (split again when it changed).
    fn split(&mut self) -> &mut Split {
        let stale = self.split.as_ref().is_none_or(|s| s.text != self.text);
        if stale {
            // Choices made for another text do not carry over.
            self.choices.clear();
            self.paragraph_presence.clear();
            self.selected = None;
            self.split_words.clear();
            self.split_at = None;
            self.split = Some(Split::new(&self.text));
        }
        self.split.get_or_insert_with(|| Split::new(""))
    }

    /// The name the source of the new document gets: the file's, where the text is the file's.
    fn text_name(&self, resolution: &Resolution) -> String {
        match &self.file {
            Some((name, text)) if *text == self.text => name.clone(),
            _ => resolution
                .symbol
                .clone()
                .unwrap_or_else(|| tr!("from-text-pasted")),
        }
    }

    /// The rows kept, as drafts of the new document's rows.
    fn drafts(&self) -> Vec<Draft> {
        let Some(split) = &self.split else {
            return Vec::new();
        };
        split
            .rows
            .iter()
            .filter_map(|row| {
                let choice = self.choices.get(&row.start).cloned().unwrap_or_default();
                if choice.left_out {
                    return None;
                }
                let paragraph = self
                    .paragraph_presence
                    .get(&row.place.first.paragraph)
                    .filter(|name| !name.trim().is_empty());
                let presence = choice
                    .presence
                    .filter(|name| !name.trim().is_empty())
                    .or_else(|| paragraph.cloned())
                    .unwrap_or_else(|| self.presence.clone());
                Some(Draft {
                    paragraph: row.pinpoint.clone(),
                    text: row.words.clone(),
                    title: choice.title.unwrap_or_else(|| short_title(&row.words)),
                    presence,
                })
            })
            .collect()
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
        .default_width(720.0)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            let paste = ui
                .horizontal(|ui| {
                    let label = ui.label(tr!("from-text-paste"));
                    if ui.button(tr!("from-text-open-file")).clicked() {
                        outcome = FromTextOutcome::OpenFile;
                    }
                    label.id
                })
                .inner;
            if let Some(error) = &state.error {
                ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
            }
            egui::ScrollArea::vertical()
                .id_salt("from_text_paste")
                .max_height(100.0)
                .show(ui, |ui| {
                    ui.add(
                        egui::TextEdit::multiline(&mut state.text)
                            .desired_width(f32::INFINITY)
                            .desired_rows(4)
                            .hint_text(tr!("from-text-paste-hint")),
                    )
                    .labelled_by(paste);
                });
            ui.horizontal(|ui| {
                let label = ui.label(tr!("from-text-presence"));
                ui.add(
                    egui::TextEdit::singleline(&mut state.presence)
                        .hint_text(tr!("from-text-presence-hint")),
                )
                .labelled_by(label.id);
                let label = ui.label(tr!("from-text-address"));
                ui.add(
                    egui::TextEdit::singleline(&mut state.address)
                        .hint_text("https://undocs.org/S/RES/425(1978)"),
                )
                .labelled_by(label.id);
            });
            let resolution = state.split().resolution.clone();
            let date = resolution.date.or_else(|| state.date.trim().parse().ok());
            if resolution.date.is_none() && !resolution.pieces.is_empty() {
                ui.horizontal(|ui| {
                    let label = ui.label(tr!("from-text-date"));
                    ui.add(egui::TextEdit::singleline(&mut state.date).hint_text("1999-06-10"))
                        .labelled_by(label.id);
                });
            }
            let rows = state.split().rows.len();
            found_ui(ui, &resolution, date, rows);
            rows::rows_ui(ui, state);
            rows::row_editor_ui(ui, state);
            ui.separator();
            ui.horizontal(|ui| {
                let drafts = state.drafts();
                let ready =
                    !drafts.is_empty() && date.is_some() && !state.presence.trim().is_empty();
                if ui
                    .add_enabled(ready, egui::Button::new(tr!("from-text-create")))
                    .clicked()
                {
                    let address = state.address.trim();
                    let start = Start {
                        presence: state.presence.clone(),
                        by_paragraph: Vec::new(),
                        text_name: state.text_name(&resolution),
                        url: (!address.is_empty()).then(|| address.to_owned()),
                        publisher: String::new(),
                        date,
                        today,
                    };
                    if let Ok(doc) = document_of(&resolution, &drafts, &start) {
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

/// What the text was recognised as: its symbol, number, year and date, and how many rows.
fn found_ui(ui: &mut egui::Ui, resolution: &Resolution, date: Option<PartialDate>, rows: usize) {
    if rows == 0 {
        ui.label(RichText::new(tr!("from-text-none")).weak());
        return;
    }
    let unknown = || tr!("from-text-unknown");
    let symbol = resolution
        .symbol
        .clone()
        .unwrap_or_else(|| tr!("from-text-no-symbol"));
    let number = resolution.number.map_or_else(unknown, |n| n.to_string());
    let year = resolution.year.map_or_else(unknown, |y| y.to_string());
    let date = date.map_or_else(|| tr!("from-text-no-date"), |d| d.to_string());
    ui.label(tr!(
        "from-text-recognised",
        symbol = symbol,
        number = number,
        year = year,
        date = date
    ));
    ui.label(tr!("from-text-found", rows = rows));
}

/// The starts of the rows left out.
#[cfg(test)]
fn left_out(state: &FromTextState) -> std::collections::BTreeSet<usize> {
    state
        .choices
        .iter()
        .filter(|(_, c)| c.left_out)
        .map(|(start, _)| *start)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_text_drops_the_choices_made_for_the_old_one() {
        let mut state = FromTextState {
            text: "The Security Council,\n\n1. Decides one;\n2. Decides two.\n".to_owned(),
            ..FromTextState::default()
        };
        let start = state.split().rows[0].start;
        state.choices.entry(start).or_default().left_out = true;
        assert_eq!(left_out(&state).len(), 1);
        state.text.push_str("3. Decides three.\n");
        assert_eq!(state.split().rows.len(), 3);
        assert!(left_out(&state).is_empty());
    }
}
