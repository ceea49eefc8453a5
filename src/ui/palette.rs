//! The command palette: type part of a command's name, pick it with the arrow keys, Enter runs
//! it, Escape closes. Keyboard only; the mouse works too.

use egui::{Key, RichText};

/// What the palette remembers while open.
#[derive(Clone, Debug, Default)]
pub struct PaletteState {
    /// What has been typed.
    pub query: String,
    /// The highlighted entry among the matches.
    pub selected: usize,
}

/// One thing the palette offers.
#[derive(Clone, Debug)]
pub struct PaletteEntry<T> {
    /// What running it means to the caller.
    pub value: T,
    /// Its label.
    pub label: String,
    /// Other names it is found by (its label in the other languages).
    pub also: Vec<String>,
    /// Its shortcut, as text.
    pub shortcut: String,
}

/// What came of a frame of the palette.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaletteOutcome<T> {
    /// Still open.
    Open,
    /// Closed without choosing.
    Closed,
    /// This was chosen.
    Run(T),
}

/// How well `query` matches `label` as a fuzzy subsequence ("sva" matches "Save as…"): `None`
/// when it does not; higher is better (consecutive letters and word starts count more). Letters
/// with marks match their plain letter ("sacuvaj" finds "Sačuvaj", "ruaj" finds "Ruaj",
/// "zgjedhe" finds "zgjedhë"), as people type on a keyboard without them.
pub fn fuzzy_score(query: &str, label: &str) -> Option<i32> {
    let label: Vec<char> = label.to_lowercase().chars().map(plain).collect();
    let query: String = query.chars().map(plain).collect();
    let mut score = 0;
    let mut at = 0;
    let mut previous: Option<usize> = None;
    for wanted in query.to_lowercase().chars().filter(|c| !c.is_whitespace()) {
        let found = (at..label.len()).find(|&i| label[i] == wanted)?;
        score += 1;
        if previous.is_some_and(|p| p + 1 == found) {
            score += 5;
        }
        if found == 0 || !label[found - 1].is_alphanumeric() {
            score += 3;
        }
        previous = Some(found);
        at = found + 1;
    }
    Some(score - i32::try_from(label.len()).unwrap_or(i32::MAX) / 10)
}

/// A Latin letter without its mark (č → c, ë → e, đ → d); other letters as they are.
fn plain(c: char) -> char {
    match c {
        'č' | 'ć' | 'ç' => 'c',
        'Č' | 'Ć' | 'Ç' => 'C',
        'š' => 's',
        'Š' => 'S',
        'ž' => 'z',
        'Ž' => 'Z',
        'đ' => 'd',
        'Đ' => 'D',
        'ë' | 'é' | 'è' => 'e',
        'Ë' | 'É' | 'È' => 'E',
        other => other,
    }
}

/// How well `query` matches an entry: by its label, else by any of its other names.
fn entry_score<T>(query: &str, entry: &PaletteEntry<T>) -> Option<i32> {
    let own = fuzzy_score(query, &entry.label);
    // Another language's name counts a little less, so that the shown label wins a tie.
    let other = entry
        .also
        .iter()
        .filter_map(|name| fuzzy_score(query, name))
        .max()
        .map(|score| score - 1);
    own.max(other)
}

/// The palette window.
pub fn palette_ui<T: Copy>(
    ctx: &egui::Context,
    state: &mut PaletteState,
    entries: &[PaletteEntry<T>],
) -> PaletteOutcome<T> {
    let mut matches: Vec<(i32, &PaletteEntry<T>)> = entries
        .iter()
        .filter_map(|e| entry_score(&state.query, e).map(|s| (s, e)))
        .collect();
    matches.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    let (up, down, enter, escape) = ctx.input_mut(|i| {
        (
            i.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
            i.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
            i.consume_key(egui::Modifiers::NONE, Key::Enter),
            i.consume_key(egui::Modifiers::NONE, Key::Escape),
        )
    });
    if escape {
        return PaletteOutcome::Closed;
    }
    if down {
        state.selected = (state.selected + 1).min(matches.len().saturating_sub(1));
    }
    if up {
        state.selected = state.selected.saturating_sub(1);
    }
    state.selected = state.selected.min(matches.len().saturating_sub(1));
    if enter && let Some((_, entry)) = matches.get(state.selected) {
        return PaletteOutcome::Run(entry.value);
    }
    let mut outcome = PaletteOutcome::Open;
    egui::Window::new(crate::tr!("dialog-palette-title"))
        .id(egui::Id::unique("command_palette"))
        .title_bar(false)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 60.0])
        .fixed_size([460.0, 0.0])
        .show(ctx, |ui| {
            let label = ui.label(crate::tr!("dialog-palette-label"));
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut state.query)
                        .desired_width(f32::INFINITY)
                        .hint_text(crate::tr!("dialog-palette-hint")),
                )
                .labelled_by(label.id);
            if !edit.has_focus() {
                edit.request_focus();
            }
            if edit.changed() {
                state.selected = 0;
            }
            ui.separator();
            if matches.is_empty() {
                ui.label(RichText::new(crate::tr!("dialog-palette-none")).weak());
            }
            for (index, (_, entry)) in matches.iter().enumerate() {
                let selected = index == state.selected;
                let response = ui
                    .horizontal(|ui| {
                        let row = ui.selectable_label(selected, &entry.label);
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            ui.label(RichText::new(&entry.shortcut).weak());
                        });
                        row
                    })
                    .inner;
                if response.clicked() {
                    outcome = PaletteOutcome::Run(entry.value);
                }
            }
        });
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuzzy_matching_prefers_word_starts_and_runs() {
        assert!(fuzzy_score("sva", "Save as…").is_some());
        assert!(fuzzy_score("xyz", "Save as…").is_none());
        assert!(fuzzy_score("", "Save").is_some());
        let save = fuzzy_score("s", "Save").expect("matches");
        let clear = fuzzy_score("s", "Keyboard shortcuts").expect("matches");
        assert!(save > clear, "{save} vs {clear}");
        assert!(fuzzy_score("sacuvaj", "Sačuvaj kao…").is_some());
        assert!(fuzzy_score("Sačuvaj", "sacuvaj").is_some());
        let undo = fuzzy_score("un", "Undo").expect("matches");
        let new = fuzzy_score("un", "New from built-in dataset").expect("matches");
        assert!(undo > new);
    }
}
