//! Small pieces more than one view draws the same way.

use egui::RichText;

use crate::i18n;
use crate::model::Document;
use crate::model::{Status, Visibility};
use crate::tr;

/// A status's word in the interface's language.
pub(super) fn status_word(status: Status) -> String {
    i18n::status_label(i18n::current(), status)
}

/// A note's visibility ("Shared", "Private") in the interface's language.
pub(super) fn visibility_word(visibility: Visibility) -> String {
    i18n::visibility_label(i18n::current(), visibility)
}

/// A section heading in a side panel.
pub(super) fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(title).strong().size(15.0));
    ui.add_space(2.0);
}

/// The names of the holders `ids`, or a word saying there is none.
pub(super) fn holder_list(doc: &Document, ids: &[String]) -> String {
    if ids.is_empty() {
        tr!("detail-no-holder")
    } else {
        doc.holder_names_in(ids, crate::i18n::label_tags())
            .join(", ")
    }
}

/// The longest link text [`one_line_link`] shows, in characters: a small-type line of it fits
/// the narrowest detail panel.
const LINK_CHARS: usize = 44;

/// A link in a row of wrapped widgets, kept on one line: a link whose words wrapped onto the
/// next row would be two targets, the second one nameless to a screen reader (egui gives each
/// row of a wrapped text its own). A longer text is cut ("…"); a screen reader reads `name`.
/// Returns the link's response.
pub(super) fn one_line_link(
    ui: &mut egui::Ui,
    text: &str,
    name: &str,
    small: bool,
) -> egui::Response {
    let shown = if text.chars().count() > LINK_CHARS {
        let cut: String = text.chars().take(LINK_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    } else {
        text.to_owned()
    };
    let rich = if small {
        RichText::new(shown).small()
    } else {
        RichText::new(shown)
    };
    // Where the rest of the row is too short, a new row: starting a row, the (cut) text fits
    // on it whole.
    if one_line_width(ui, rich.clone()) > ui.available_size_before_wrap().x {
        ui.end_row();
    }
    let link = ui.link(rich);
    link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, name));
    link
}

/// Gives a widget (a combo box) its current choice as the value a screen reader reads with it.
pub(super) fn announce_value(response: &egui::Response, value: &str) {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_value(value));
}

/// How much of a long text is shown at first (bytes, cut at a character and word boundary):
/// about a screenful. Longer texts are cut, so no text, however long, makes a frame slow.
pub const SHOWN_AT_FIRST: usize = 2_000;

/// How much more each "Show more" reveals.
const MORE_PER_CLICK: usize = 20_000;

/// `text` up to about `max` bytes, cut at a character boundary and, where one is near, a space.
pub fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    match head[end.saturating_sub(80)..].rfind(char::is_whitespace) {
        Some(space) => &head[..end.saturating_sub(80) + space],
        None => head,
    }
}

/// A text that may be very long: the first [`SHOWN_AT_FIRST`] bytes with the search matches
/// marked, then how much more there is, "Show more" (a further 20,000 at a time) and "Show
/// less". Only what is shown is laid out. `id` tells apart the texts of one view.
pub(super) fn long_text_ui(
    ui: &mut egui::Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    text: &str,
    query: &str,
    style: super::theme::TextStyle,
) {
    let id = ui.scope_id().with("long_text").with(id);
    let shown = ui
        .data(|d| d.get_temp::<usize>(id))
        .unwrap_or(SHOWN_AT_FIRST);
    let head = cut(text, shown);
    ui.label(super::theme::highlighted(ui, head, query, style));
    if head.len() == text.len() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let rest = text.len() - head.len();
        let more = if rest >= 1_000_000 {
            tr!("detail-more-mb", amount = rest as f64 / 1e6)
        } else {
            tr!("detail-more-kb", amount = rest.div_ceil(1_000))
        };
        ui.label(RichText::new(more).weak());
        if ui.small_button(tr!("detail-show-more")).clicked() {
            ui.data_mut(|d| d.insert_temp(id, shown + MORE_PER_CLICK));
        }
        if shown > SHOWN_AT_FIRST && ui.small_button(tr!("detail-show-less")).clicked() {
            ui.data_mut(|d| d.remove::<usize>(id));
        }
    });
}

/// How wide `text` is on one line in the body style.
pub fn one_line_width(ui: &egui::Ui, text: impl Into<egui::WidgetText>) -> f32 {
    text.into()
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x
}

/// Hover text beside `response` (right of it, or left where there is no room), not below
/// it: in a list, a tooltip below an item would hide the next one.
pub fn side_hover_text(response: egui::Response, text: &str) -> egui::Response {
    let mut tooltip = egui::Tooltip::for_enabled(&response);
    tooltip.popup = tooltip
        .popup
        .align(egui::RectAlign::RIGHT_START)
        .align_alternatives(&[egui::RectAlign::LEFT_START]);
    tooltip.show(|ui| ui.label(text));
    response
}

/// A wrapped label that breaks lines between words, never inside one that fits a line: its
/// cell is made at least as wide as its widest word ("Ombudsperson" is not split across two
/// lines in a narrow column). Only a word wider than the whole panel still breaks.
pub fn words_label(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let widest = text
        .split_whitespace()
        .map(|word| one_line_width(ui, word))
        .fold(0.0, f32::max);
    ui.set_min_width(widest.min(ui.max_rect().width().max(ui.clip_rect().width())));
    ui.add(egui::Label::new(text).wrap())
}

/// How much measuring one frame may do in [`measure_each`]: the items in `first` always (those
/// on screen), then the others in order after them, until `until` has passed, but at least
/// `at_least` of them, so that every frame makes progress and a short list is done at once.
#[derive(Clone, Debug)]
pub struct Budget {
    /// The items measured whatever the time.
    pub first: std::ops::Range<usize>,
    /// When to stop measuring the others; `None` measures them all.
    pub until: Option<std::time::Instant>,
    /// How many of the others are measured however late it is.
    pub at_least: usize,
}

impl Budget {
    /// Every item, in one frame.
    pub const ALL: Self = Self {
        first: 0..0,
        until: None,
        at_least: 0,
    };
}

/// The sizes [`measure_each`] gives: each item's, measured or (where the budget ran out)
/// estimated, and whether all were measured.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    /// One size per item.
    pub sizes: Vec<f32>,
    /// Whether every size was measured (else measuring goes on in the next frame).
    pub complete: bool,
}

/// One size per item (a row's height, a text's width), each measured only when its `key`
/// (a hash of what it depends on: its words, the widths) was not measured the last time: after
/// an edit only the items whose words changed are laid out again, where egui's own cache has
/// long forgotten what no frame drew; the sizes of one other layout are kept besides (as many
/// as there are items), for going back to it. Within `budget`: where it runs out (a change of column
/// widths on 2,000 rows), the items left get the size they had the last time, or the mean of
/// those measured, and are measured in the frames that follow (the caller asks for them while
/// [`Measured::complete`] is false). The sizes are kept in one egui entry under `id`, holding
/// at most twice as many as there are items, and the last sizes given.
pub fn measure_each<T>(
    ui: &egui::Ui,
    id: egui::Id,
    items: &[T],
    key: impl Fn(&T) -> u64,
    mut measure: impl FnMut(&T) -> f32,
    budget: &Budget,
) -> Measured {
    type Sizes = std::sync::Arc<(std::collections::HashMap<u64, f32>, Vec<f32>)>;
    let before: Sizes = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let (known, last) = &*before;
    let mut now = std::collections::HashMap::with_capacity(items.len());
    let mut sizes: Vec<Option<f32>> = vec![None; items.len()];
    let first = budget.first.start.min(items.len())..budget.first.end.min(items.len());
    let others = (first.end..items.len()).chain(0..first.start);
    let mut measured_others = 0;
    for at in first.clone().chain(others) {
        let item = &items[at];
        let key = key(item);
        let size = match known.get(&key).or_else(|| now.get(&key)) {
            Some(&size) => size,
            None => {
                let on_screen = first.contains(&at);
                let out_of_time = budget
                    .until
                    .is_some_and(|until| std::time::Instant::now() >= until);
                if !on_screen && out_of_time && measured_others >= budget.at_least {
                    continue;
                }
                measured_others += usize::from(!on_screen);
                measure(item)
            }
        };
        now.insert(key, size);
        sizes[at] = Some(size);
    }
    // The sizes of another layout stay too, as many as there are items: going back to it (out
    // of compare mode) finds them.
    let room = items.len().saturating_mul(2).saturating_sub(now.len());
    let kept: Vec<(u64, f32)> = known
        .iter()
        .filter(|(key, _)| !now.contains_key(key))
        .take(room)
        .map(|(&key, &size)| (key, size))
        .collect();
    now.extend(kept);
    let complete = sizes.iter().all(Option::is_some);
    let measured: Vec<f32> = sizes.iter().flatten().copied().collect();
    let mean = measured.iter().sum::<f32>() / measured.len().max(1) as f32;
    let sizes: Vec<f32> = sizes
        .iter()
        .enumerate()
        .map(|(at, size)| size.unwrap_or_else(|| last.get(at).copied().unwrap_or(mean)))
        .collect();
    ui.data_mut(|d| d.insert_temp::<Sizes>(id, std::sync::Arc::new((now, sizes.clone()))));
    Measured { sizes, complete }
}

/// A hash of `value`, for [`measure_each`]'s keys.
pub fn hash_of(value: impl std::hash::Hash) -> u64 {
    use std::hash::{BuildHasher as _, BuildHasherDefault};
    BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(value)
}

#[cfg(test)]
mod tests {
    use super::{Budget, cut, hash_of, measure_each};

    /// After one item changes, only that item is measured again; an item gone is forgotten.
    #[test]
    fn only_what_changed_is_measured_again() {
        let ctx = egui::Context::default();
        let id = egui::Id::unique("sizes");
        let mut measured = Vec::new();
        let run = |items: &[&str], measured: &mut Vec<String>| {
            let mut sizes = Vec::new();
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                sizes = measure_each(
                    ui,
                    id,
                    items,
                    |t| hash_of(t),
                    |t| {
                        measured.push((*t).to_owned());
                        t.len() as f32
                    },
                    &Budget::ALL,
                )
                .sizes;
            });
            output.textures_delta.clear();
            sizes
        };
        assert_eq!(run(&["a", "bb", "ccc"], &mut measured), [1.0, 2.0, 3.0]);
        assert_eq!(measured, ["a", "bb", "ccc"]);
        measured.clear();
        assert_eq!(run(&["a", "bbbb", "ccc"], &mut measured), [1.0, 4.0, 3.0]);
        assert_eq!(measured, ["bbbb"], "only the changed item");
        measured.clear();
        assert_eq!(run(&["a", "bb", "ccc"], &mut measured), [1.0, 2.0, 3.0]);
        assert!(measured.is_empty(), "the last layout's sizes are kept");
        // What is kept is bounded: one item keeps at most two sizes.
        run(&["x"], &mut measured);
        measured.clear();
        run(&["a", "bb", "ccc", "bbbb"], &mut measured);
        assert_eq!(
            measured.len(),
            3,
            "only one of the four was kept: {measured:?}"
        );
    }

    /// Out of time, a frame measures the items on screen and `at_least` others after them;
    /// the rest keep their last size (or the mean of those measured) until later frames
    /// measure them.
    #[test]
    fn out_of_time_the_items_on_screen_come_first_and_the_rest_follow() {
        let ctx = egui::Context::default();
        let id = egui::Id::unique("budgeted sizes");
        let items = ["a", "bb", "ccc", "dddd", "eeeee"];
        let mut measured = Vec::new();
        let run = |first: std::ops::Range<usize>, measured: &mut Vec<String>| {
            let budget = Budget {
                first,
                until: Some(std::time::Instant::now()),
                at_least: 1,
            };
            let mut result = None;
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                result = Some(measure_each(
                    ui,
                    id,
                    &items,
                    |t| hash_of(t),
                    |t| {
                        measured.push((*t).to_owned());
                        t.len() as f32
                    },
                    &budget,
                ));
            });
            output.textures_delta.clear();
            result.expect("ran")
        };
        let one = run(2..3, &mut measured);
        assert_eq!(measured, ["ccc", "dddd"], "on screen, then one after it");
        assert!(!one.complete);
        assert_eq!(
            one.sizes,
            [3.5, 3.5, 3.0, 4.0, 3.5],
            "the mean where not measured"
        );
        measured.clear();
        let two = run(2..3, &mut measured);
        assert_eq!(measured, ["eeeee"], "the next one; the others known");
        assert_eq!(
            two.sizes,
            [3.5, 3.5, 3.0, 4.0, 5.0],
            "the last size where not measured"
        );
        measured.clear();
        run(2..3, &mut measured);
        let four = run(2..3, &mut measured);
        assert_eq!(measured, ["a", "bb"], "wrapping round to the start");
        assert!(four.complete);
        assert_eq!(four.sizes, [1.0, 2.0, 3.0, 4.0, 5.0]);
    }

    #[test]
    fn long_texts_are_cut_at_a_character_and_near_a_space() {
        assert_eq!(cut("short", 10), "short");
        let text = "word ".repeat(1_000);
        let head = cut(&text, 2_000);
        assert!(head.len() <= 2_000 && head.len() > 1_900);
        assert!(head.ends_with("word"), "{:?}", &head[head.len() - 10..]);
        // No space nearby: a character boundary, never inside a letter.
        let text = "ё".repeat(3_000);
        let head = cut(&text, 2_001);
        assert_eq!(head.len(), 2_000);
        assert!(head.chars().all(|c| c == 'ё'));
    }
}
