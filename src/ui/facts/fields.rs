//! The fields the facts editors share: a labelled text field, a date typed as text (a bad
//! one keeps its text and says why beside it), a status to pick, and ids to pick from a list.

use std::collections::HashMap;

use egui::RichText;

use crate::model::{PartialDate, Status};
use crate::tr;
use crate::ui::theme;
use crate::ui::widgets::{announce_value, status_word};

/// A text field with a label above it (its accessible name). True when the field lost the
/// keyboard this frame: the moment its text becomes one change.
pub(super) fn text_field(ui: &mut egui::Ui, label: &str, text: &mut String, lines: usize) -> bool {
    let label = ui.label(label);
    let field = if lines > 1 {
        egui::TextEdit::multiline(text).desired_rows(lines)
    } else {
        egui::TextEdit::singleline(text)
    };
    ui.add(field.desired_width(f32::INFINITY))
        .labelled_by(label.id)
        .lost_focus()
}

/// What a date field's text says.
enum Typed {
    /// Nothing typed.
    Empty,
    /// A date.
    Date(PartialDate),
    /// Not a date: the text stays as typed, and the field says why.
    Bad,
}

fn read(text: &str) -> Typed {
    let text = text.trim();
    if text.is_empty() {
        Typed::Empty
    } else {
        text.parse().map_or(Typed::Bad, Typed::Date)
    }
}

/// A date typed as YYYY, YYYY-MM or YYYY-MM-DD, its text kept in `typed` under `key` (made
/// from `current` the first time). `Some` when the field lost the keyboard: what it says
/// then. A bad date (or none where one is `required`) is said in red under the field.
fn date_field(
    ui: &mut egui::Ui,
    label: &str,
    typed: &mut HashMap<String, String>,
    key: String,
    current: Option<PartialDate>,
    required: bool,
) -> Option<Typed> {
    let text = typed
        .entry(key)
        .or_insert_with(|| current.map(|d| d.to_string()).unwrap_or_default());
    let label = ui.label(label);
    let response = ui
        .add(
            egui::TextEdit::singleline(text)
                .hint_text(tr!("facts-date-hint"))
                .desired_width(120.0),
        )
        .labelled_by(label.id);
    let why = match read(text) {
        Typed::Bad => Some(tr!("facts-bad-date", found = text.trim().to_owned())),
        Typed::Empty if required => Some(tr!("facts-date-needed")),
        _ => None,
    };
    if let Some(why) = why {
        ui.label(RichText::new(why).color(theme::error_color(ui)).small());
    }
    response.lost_focus().then(|| read(text))
}

/// A date that must be given (an event's, a phase's). True when a good one was typed and the
/// field left: `date` is then it.
pub(super) fn required_date(
    ui: &mut egui::Ui,
    label: &str,
    typed: &mut HashMap<String, String>,
    key: String,
    date: &mut PartialDate,
) -> bool {
    match date_field(ui, label, typed, key, Some(*date), true) {
        Some(Typed::Date(new)) => {
            *date = new;
            true
        }
        Some(Typed::Empty | Typed::Bad) | None => false,
    }
}

/// A date that may be left empty (a row's as-of date, a source's). True when a good one, or
/// none, was typed and the field left: `date` is then it.
pub(super) fn optional_date(
    ui: &mut egui::Ui,
    label: &str,
    typed: &mut HashMap<String, String>,
    key: String,
    date: &mut Option<PartialDate>,
) -> bool {
    match date_field(ui, label, typed, key, *date, false) {
        Some(Typed::Date(new)) => {
            *date = Some(new);
            true
        }
        Some(Typed::Empty) => {
            *date = None;
            true
        }
        Some(Typed::Bad) | None => false,
    }
}

/// A status to pick, "Not assessed" among them. True when another was picked.
pub(super) fn status_field(
    ui: &mut egui::Ui,
    label: &str,
    salt: impl std::hash::Hash + std::fmt::Debug,
    status: &mut Status,
) -> bool {
    let label = ui.label(label);
    let chosen = status_word(*status);
    let before = *status;
    let combo = egui::ComboBox::from_id_salt(("facts_status", salt))
        .selected_text(&chosen)
        .show_ui(ui, |ui| {
            for option in Status::ALL.into_iter().chain([Status::NotAssessed]) {
                ui.selectable_value(status, option, status_word(option));
            }
        })
        .response
        .labelled_by(label.id);
    announce_value(&combo, &chosen);
    *status != before
}

/// One thing that can be picked: its id, its short label, a longer one for the tooltip.
pub(super) struct Choice<'a> {
    pub id: &'a str,
    pub short: &'a str,
    pub long: String,
}

/// Ids picked from `choices` through a menu labelled `label`, the picked ones listed beside
/// it in the list's order (none: said in the warning colour). True when the pick changed.
pub(super) fn pick_ids(
    ui: &mut egui::Ui,
    label: &str,
    choices: &[Choice<'_>],
    chosen: &mut Vec<String>,
) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        ui.menu_button(label, |ui| {
            if choices.is_empty() {
                ui.label(tr!("facts-nothing-to-pick"));
            }
            for choice in choices {
                let mut on = chosen.iter().any(|c| c == choice.id);
                if ui
                    .checkbox(&mut on, choice.short)
                    .on_hover_text(&choice.long)
                    .changed()
                {
                    changed = true;
                    let keep: Vec<String> = choices
                        .iter()
                        .filter(|c| {
                            if c.id == choice.id {
                                on
                            } else {
                                chosen.iter().any(|id| id == c.id)
                            }
                        })
                        .map(|c| c.id.to_owned())
                        .collect();
                    // Ids no longer in the list are kept: the checks say they are unknown.
                    let unknown = chosen
                        .iter()
                        .filter(|id| !choices.iter().any(|c| c.id == id.as_str()))
                        .cloned()
                        .collect::<Vec<_>>();
                    *chosen = keep.into_iter().chain(unknown).collect();
                }
            }
        });
        if chosen.is_empty() {
            ui.label(RichText::new(tr!("facts-none-picked")).color(theme::warning_color(ui)));
        } else {
            let names: Vec<&str> = chosen
                .iter()
                .map(|id| {
                    choices
                        .iter()
                        .find(|c| c.id == id.as_str())
                        .map_or(id.as_str(), |c| c.short)
                })
                .collect();
            ui.label(RichText::new(names.join(", ")).weak());
        }
    });
    changed
}
