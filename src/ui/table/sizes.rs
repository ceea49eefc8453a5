//! How big the table's rows and columns are: each row's height in reading mode, measured a few
//! milliseconds a frame, and the holders' column width in one-line mode.

use super::super::MainView;
use super::super::theme;
use super::super::widgets::{SHOWN_AT_FIRST, cut};
use super::{found_words, worded_label};
use crate::model::Responsibility;

/// Room above and below the texts of a row in reading mode.
const READING_PADDING: f32 = 10.0;

/// Each visible row's height in reading mode: its tallest cell with the texts wrapped to the
/// columns' widths (search highlights do not change them). Kept in egui's memory for the last
/// document state, set of visible rows (the filter) and set of widths, so the texts are
/// measured once, not every frame (the stress document has 2,000 rows).
pub(super) fn reading_heights(
    body: &mut egui_extras::TableBody<'_>,
    main: &MainView<'_>,
) -> std::sync::Arc<Vec<f32>> {
    let widths: Vec<u32> = body.widths().iter().map(|w| w.round() as u32).collect();
    let ui = body.ui_mut();
    // One entry, replaced when what it was measured for changes: egui frees temporary
    // memory only when told, so a key per document state, filter and set of widths would
    // add an entry at every edit, search or column drag and never let it go.
    let key = egui::Id::unique("mandate_compare::reading_heights");
    let made_for =
        super::super::widgets::hash_of((main.version, main.visible, main.found, &widths));
    let cached = ui.data(|d| d.get_temp::<(u64, std::sync::Arc<Vec<f32>>)>(key));
    if let Some((for_what, heights)) = cached
        && for_what == made_for
    {
        return heights;
    }
    // The rows on screen the last frame, and as many again above and below them, are measured
    // at once; the others within a few milliseconds a frame, keeping their last height
    // meanwhile: new columns (compare mode, a column dragged) on the stress document's 2,000
    // rows would take a tenth of a second to lay out in one frame.
    let shown: std::ops::Range<usize> = ui.data(|d| d.get_temp(shown_rows_id())).unwrap_or(0..0);
    let margin = shown.len();
    let budget = super::super::widgets::Budget {
        first: shown.start.saturating_sub(margin)..shown.end + margin,
        until: Some(std::time::Instant::now() + MEASURING_PER_FRAME),
        at_least: 50,
    };
    let spacing = ui.spacing().item_spacing.y;
    let column = |index: usize| widths.get(index).copied().unwrap_or(100) as f32 - 8.0;
    let shift = usize::from(main.compare.is_some());
    let (text_width, holders_width) = (column(1 + shift), column(2 + shift));
    // Under the status badge, in the same column.
    let status_line = ui.spacing().interact_size.y + spacing;
    let body_font = egui::TextStyle::Body.resolve(ui.style());
    let measure = |text: &str, width: f32| {
        let galley = ui.painter().layout(
            text.to_owned(),
            body_font.clone(),
            ui.visuals().text_color(),
            width,
        );
        galley.size().y
    };
    let tags = crate::i18n::label_tags();
    // What a row's height depends on: its words as shown, and the room they have.
    // Where a search found each row, when that is not its title or text ("Found in: …").
    let found: std::collections::HashMap<&str, String> = main
        .rows
        .iter()
        .zip(main.found)
        .filter_map(|(item, found)| Some((item.id.as_str(), found_words(found)?)))
        .collect();
    let words = |item: &&Responsibility| {
        let holders = main
            .doc
            .holder_names_in(item.effective_holders(), tags)
            .join(", ");
        let label = worded_label(main, item);
        let found = found.get(item.id.as_str()).cloned();
        (item.title_in(tags).to_owned(), label, holders, found)
    };
    let room = (
        text_width.to_bits(),
        holders_width.to_bits(),
        body_font.size.to_bits(),
        spacing.to_bits(),
    );
    // A row's key hashes what its words are made of, without making them (joining the
    // holders' names and wording the label for 2,000 rows took milliseconds every change): its
    // title, holders, the source wording its text, where a search found it, the first of its
    // text, the room, and (for all rows) the holders' names and the language.
    let common = shared_key(main, tags, room);
    let key_of = |item: &&Responsibility| {
        let wording = match main.doc.text_shown(item) {
            crate::model::Shown::Wording(source, id) => {
                Some(source.map_or(id, |s| s.title.as_str()))
            }
            _ => None,
        };
        super::super::widgets::hash_of((
            item.title_in(tags),
            item.effective_holders(),
            wording,
            found.get(item.id.as_str()),
            cut(&item.original, SHOWN_AT_FIRST),
            common,
        ))
    };
    let measured = super::super::widgets::measure_each(
        ui,
        key.with("rows"),
        main.rows,
        key_of,
        |item| {
            let (title, label, holders, found) = words(item);
            let text = measure(&title, text_width)
                + spacing
                + measure(cut(&item.original, SHOWN_AT_FIRST), text_width)
                + found.map_or(0.0, |found| spacing + measure(&found, text_width))
                + label.map_or(0.0, |label| spacing + measure(&label, text_width));
            let holders = status_line + measure(cut(&holders, 1_000), holders_width);
            // The first column holds up to three lines: label, paragraph, notes.
            let first = 3.0 * (ui.text_style_height(&egui::TextStyle::Body) + spacing);
            (text.max(holders).max(first) + READING_PADDING).max(theme::TABLE_ROW_HEIGHT)
        },
        &budget,
    );
    let heights = std::sync::Arc::new(measured.sizes);
    if measured.complete {
        ui.data_mut(|d| d.insert_temp(key, (made_for, heights.clone())));
    } else {
        ui.ctx().request_repaint();
    }
    heights
}

/// What every row's height depends on alike: the holders' names (a row names holders by id),
/// the language and the room the texts have.
fn shared_key(main: &MainView<'_>, tags: &[&str], room: impl std::hash::Hash) -> u64 {
    let names: Vec<(&str, &str)> = main
        .doc
        .holders
        .iter()
        .map(|h| (h.id.as_str(), h.short_in(tags)))
        .collect();
    super::super::widgets::hash_of((names, crate::i18n::current(), room))
}

/// How long a frame may spend measuring rows off screen in reading mode.
const MEASURING_PER_FRAME: std::time::Duration = std::time::Duration::from_millis(3);

/// Where the table keeps the range of rows it drew in the last frame.
pub(super) fn shown_rows_id() -> egui::Id {
    egui::Id::unique("mandate_compare::table_rows_shown")
}

/// How wide the holders' column starts in one-line mode: wide enough for the longest list of
/// holders (measured once per document state), but at most a third of the table, so that the
/// responsibility's text keeps room.
pub(super) fn holders_width(ui: &egui::Ui, main: &MainView<'_>) -> f32 {
    let most = (ui.available_width() / 3.0).max(170.0);
    // One entry, for the document's state it was measured for (not one per state).
    let key = ui.scope_id().with("holders_width");
    let cached = ui.data(|d| d.get_temp::<(u64, f32)>(key));
    let widest = cached
        .filter(|&(version, _)| version == main.version)
        .map_or_else(
            || {
                let font = egui::TextStyle::Body.resolve(ui.style());
                let names = |item: &Responsibility| {
                    main.doc
                        .holder_names_in(item.effective_holders(), crate::i18n::label_tags())
                        .join(", ")
                };
                let widest = super::super::widgets::measure_each(
                    ui,
                    key.with("rows"),
                    &main.doc.rows,
                    |item| super::super::widgets::hash_of((names(item), font.size.to_bits())),
                    |item| {
                        ui.painter()
                            .layout_no_wrap(
                                cut(&names(item), 300).to_owned(),
                                font.clone(),
                                egui::Color32::WHITE,
                            )
                            .size()
                            .x
                    },
                    &super::super::widgets::Budget::ALL,
                )
                .sizes
                .into_iter()
                .fold(0.0_f32, f32::max);
                ui.data_mut(|d| d.insert_temp(key, (main.version, widest)));
                widest
            },
            |(_, width)| width,
        );
    // What the other columns need at least (label, text, status, notes, and the spacing):
    // the holders never push the note count out of a narrow (or zoomed) window.
    let room = ui.available_width() - 72.0 - 150.0 - 110.0 - 72.0 - 6.0 * 8.0;
    (widest + 16.0).clamp(170.0, most).min(room.max(100.0))
}
