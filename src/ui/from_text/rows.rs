//! The rows found, and the selected row's words: keep or leave out each row, give it a title,
//! a presence per paragraph or per row; split the selected row before a word (put there by
//! the cursor in its words, or typed) and merge it with the next.

use egui::RichText;

use super::{FromTextState, RowView};
use crate::model::resolution::{short_title, word_start};
use crate::tr;

/// The rows, paragraph by paragraph: each paragraph's presence (empty: the one named above),
/// and for each row a check box (untick to leave it out) and its short title. Clicking into a
/// title selects the row for splitting and merging below.
pub(super) fn rows_ui(ui: &mut egui::Ui, state: &mut FromTextState) {
    let rows = state.split().rows.clone();
    egui::ScrollArea::vertical()
        .id_salt("from_text_rows")
        .max_height(270.0)
        .show(ui, |ui| {
            let mut paragraph = None;
            for row in &rows {
                let number = row.place.first.paragraph;
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
                let selected = state.selected == Some(row.start);
                ui.horizontal(|ui| {
                    let choice = state.choices.entry(row.start).or_default();
                    let mut keep = !choice.left_out;
                    let check = ui.checkbox(&mut keep, row.pinpoint.as_str());
                    if check.changed() {
                        choice.left_out = !keep;
                    }
                    let mut title = choice
                        .title
                        .clone()
                        .unwrap_or_else(|| short_title(&row.words));
                    let mut field =
                        egui::TextEdit::singleline(&mut title).desired_width(f32::INFINITY);
                    if selected {
                        field = field.background_color(ui.visuals().selection.bg_fill);
                    }
                    let response = ui
                        .add_enabled(keep, field)
                        .labelled_by(check.id)
                        .on_hover_text(row.words.as_str());
                    if response.changed() {
                        choice.title = Some(title);
                    }
                    if response.gained_focus() || response.clicked() {
                        if !selected {
                            state.split_words.clear();
                            state.split_at = None;
                        }
                        state.selected = Some(row.start);
                    }
                });
            }
        });
}

/// The selected row: its words (click in them to choose where to split), the words to split
/// before, "Split here", "Merge with the next row", and its own presence.
pub(super) fn row_editor_ui(ui: &mut egui::Ui, state: &mut FromTextState) {
    let selected = state.selected;
    let rows = &state.split().rows;
    let Some(index) = selected.and_then(|start| rows.iter().position(|r| r.start == start)) else {
        if !rows.is_empty() {
            ui.label(RichText::new(tr!("from-text-select-row")).weak());
        }
        return;
    };
    let row = rows[index].clone();
    let has_next = index + 1 < rows.len();
    ui.separator();
    let label = ui.label(
        RichText::new(tr!("from-text-row-words", pinpoint = row.pinpoint.as_str())).strong(),
    );
    let mut words: &str = row.words.as_str();
    let output = egui::ScrollArea::vertical()
        .id_salt("from_text_row_words")
        .max_height(90.0)
        .show(ui, |ui| {
            egui::TextEdit::multiline(&mut words)
                .desired_width(f32::INFINITY)
                .desired_rows(2)
                .show(ui)
        })
        .inner;
    let view = output.response.response.clone().labelled_by(label.id);
    take_cursor(state, &row, &view, &output);
    ui.horizontal(|ui| {
        let label = ui.label(tr!("from-text-split-before"));
        let typed = ui
            .add(
                egui::TextEdit::singleline(&mut state.split_words)
                    .desired_width(260.0)
                    .hint_text(tr!("from-text-split-hint")),
            )
            .labelled_by(label.id);
        if typed.changed() {
            state.split_at = None;
        }
        let at = split_offset(&row.words, &state.split_words, state.split_at);
        let split = ui
            .add_enabled(at.is_some(), egui::Button::new(tr!("from-text-split")))
            .on_hover_text(tr!("from-text-split-tip"));
        if split.clicked()
            && let Some(at) = at
        {
            let made = state.split();
            if made.plan.split(&made.resolution, &made.text, index, at) {
                made.refresh();
            }
            state.split_words.clear();
            state.split_at = None;
        }
        let merge = ui.add_enabled(has_next, egui::Button::new(tr!("from-text-merge")));
        if merge.clicked() {
            let made = state.split();
            let next = made.rows.get(index + 1).map(|r| r.start);
            if made.plan.merge_next(index) {
                made.refresh();
            }
            if let Some(next) = next {
                state.choices.remove(&next);
            }
        }
    });
    row_presence_ui(ui, state, &row);
}

/// Where the cursor is in the selected row's words, as the words to split before: the click
/// that gives the words focus already placed it; the keys move it after.
fn take_cursor(
    state: &mut FromTextState,
    row: &RowView,
    view: &egui::Response,
    output: &egui::text_edit::TextEditOutput,
) {
    if !(view.has_focus() || view.clicked()) {
        return;
    }
    let Some(range) = output.state.cursor.char_range().or(output.cursor_range) else {
        return;
    };
    let chars = range.primary.index.0.min(range.secondary.index.0);
    let at = row
        .words
        .char_indices()
        .nth(chars)
        .map_or(row.words.len(), |(byte, _)| byte);
    let at = word_start(&row.words, at);
    if state.split_at != Some(at) {
        state.split_at = Some(at);
        state.split_words = first_words(&row.words[at..]);
    }
}

/// The selected row's own presence; empty, the row goes with its paragraph's.
fn row_presence_ui(ui: &mut egui::Ui, state: &mut FromTextState, row: &RowView) {
    ui.horizontal(|ui| {
        let label = ui.label(tr!("from-text-row-presence"));
        let paragraph = state
            .paragraph_presence
            .get(&row.place.first.paragraph)
            .filter(|n| !n.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| state.presence.clone());
        let choice = state.choices.entry(row.start).or_default();
        let mut name = choice.presence.clone().unwrap_or_default();
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut name)
                    .desired_width(160.0)
                    .hint_text(paragraph),
            )
            .labelled_by(label.id);
        if field.changed() {
            choice.presence = Some(name);
        }
    });
}

/// The first few words of `words`, to show where a split would fall.
fn first_words(words: &str) -> String {
    words.split(' ').take(4).collect::<Vec<_>>().join(" ")
}

/// Where in `words` to split before `before`: at `at` where the words there begin so (the
/// cursor put them there), else where they first occur after the row's first word.
fn split_offset(words: &str, before: &str, at: Option<usize>) -> Option<usize> {
    let before = before.trim();
    if before.is_empty() {
        return None;
    }
    if let Some(at) = at
        && at > 0
        && words.get(at..).is_some_and(|rest| rest.starts_with(before))
    {
        return Some(at);
    }
    words
        .match_indices(before)
        .map(|(at, _)| at)
        .find(|at| *at > 0 && words[..*at].ends_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_falls_before_the_words_typed_or_where_the_cursor_is() {
        let words = "to do this, to do that and to do more";
        assert_eq!(split_offset(words, "to do", None), Some(12));
        assert_eq!(split_offset(words, "to do", Some(27)), Some(27));
        assert_eq!(split_offset(words, "do", None), Some(3));
        assert_eq!(split_offset(words, "o do", None), None);
        assert_eq!(split_offset(words, " ", None), None);
        assert_eq!(first_words("a b c d e f"), "a b c d");
    }
}
