//! Where the timeline's parts go on screen: the column of row labels at the left, the dated
//! lines' labels above the lanes, the lanes, the years below; which lanes a clip shows, and
//! what the pointer is over. Pure geometry over egui rects, tested on its own; where each date
//! falls (bars, marks, lines, ticks) is [`crate::model::timeline`]'s, which the SVG export
//! shares.

use std::ops::Range;

use egui::{Pos2, Rangef, Rect, pos2};

use crate::model::timeline::{Bounds, Lane};

/// The sizes of the picture at a scale (1 in the window, more on a slide).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Sizes {
    /// Row labels.
    pub(super) text: f32,
    /// Words on bars, the dated lines' labels and the years.
    pub(super) small: f32,
    /// The height of a lane: two lines of label.
    pub(super) lane: f32,
    /// The widest the column of row labels gets.
    pub(super) label_column: f32,
    /// The height of a line of the dated lines' labels.
    pub(super) header_line: f32,
    /// The height of the year axis.
    pub(super) axis: f32,
    /// Half the width of an event's mark.
    pub(super) mark: f32,
    /// Room each side of a bar's words, and between the columns.
    pub(super) padding: f32,
    /// The least room between two year ticks.
    pub(super) tick_spacing: f32,
}

impl Sizes {
    pub(super) fn new(scale: f32) -> Self {
        let scale = scale.max(0.1);
        let text = 14.0 * scale;
        let small = 12.5 * scale;
        Self {
            text,
            small,
            lane: (text * 2.75).round(),
            label_column: 200.0 * scale,
            header_line: small * 1.4,
            axis: small * 1.5 + 6.0 * scale,
            mark: 4.5 * scale,
            padding: 5.0 * scale,
            tick_spacing: small * 4.0,
        }
    }
}

/// The two columns across the picture: the row labels, and the time axis (whose left end is
/// the original mandate's date and right end today).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Columns {
    pub(super) labels: Rangef,
    pub(super) plot: Rangef,
}

/// Splits `outer`'s width: the labels take their width but at most a third, the time axis
/// the rest, less room at the right for a scroll bar.
pub(super) fn columns(outer: Rect, sizes: &Sizes) -> Columns {
    let width = outer.width().max(0.0);
    let labels = sizes.label_column.min(width / 3.0);
    let plot_left = outer.left() + labels + sizes.padding;
    let plot_right = (outer.right() - 3.0 * sizes.padding).max(plot_left + 1.0);
    Columns {
        labels: Rangef::new(outer.left(), outer.left() + labels),
        plot: Rangef::new(plot_left, plot_right),
    }
}

/// An egui rect of the model's bounds.
pub(super) fn rect(bounds: Bounds) -> Rect {
    Rect::from_min_max(pos2(bounds.x0, bounds.y0), pos2(bounds.x1, bounds.y1))
}

/// The lanes of `total`, each `lane` high from `top`, that show inside the y-range `clip`.
pub(super) fn visible(total: usize, top: f32, lane: f32, clip: Rangef) -> Range<usize> {
    if lane <= 0.0 || total == 0 {
        return 0..0;
    }
    let first = ((clip.min - top) / lane).floor().max(0.0) as usize;
    let end = ((clip.max - top) / lane).ceil().max(0.0) as usize;
    first.min(total)..end.min(total)
}

/// What the pointer is over in a lane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Hit {
    /// An event's mark (the event's index in its row).
    Mark(usize),
    /// A bar (its index in the lane).
    Bar(usize),
    /// Anything else: the label, or a gap before the first period.
    Lane,
}

/// What `pos` is over in `lane`: a mark (drawn on top, and found within `reach` of its
/// centre, the nearest first), else a bar, else the lane.
pub(super) fn hit(lane: &Lane, pos: Pos2, reach: f32) -> Hit {
    let nearest = lane
        .marks
        .iter()
        .map(|m| (m, (m.x - pos.x).abs().max((m.y - pos.y).abs())))
        .filter(|(_, d)| *d <= reach)
        .min_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((mark, _)) = nearest {
        return Hit::Mark(mark.event);
    }
    lane.bars
        .iter()
        .position(|b| rect(b.bounds).contains(pos))
        .map_or(Hit::Lane, Hit::Bar)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::timeline::{Grid, Scale, lane};
    use crate::model::{Document, PartialDate};

    fn today() -> PartialDate {
        "2026-05-12".parse().expect("a date")
    }

    #[test]
    fn columns_stay_apart_and_leave_the_axis_room() {
        for (width, scale) in [(1280.0, 1.0), (400.0, 1.0), (1920.0, 2.0), (30.0, 1.0)] {
            let sizes = Sizes::new(scale);
            let outer = Rect::from_min_size(pos2(10.0, 0.0), egui::vec2(width, 500.0));
            let c = columns(outer, &sizes);
            assert!(c.labels.min >= outer.left());
            assert!(c.labels.max < c.plot.min, "{width}");
            assert!(c.plot.max > c.plot.min);
            if width >= 400.0 {
                assert!(c.plot.max <= outer.right());
                assert!(c.plot.span() >= width / 2.0, "{width}: {c:?}");
            }
        }
        // Two lines of label fit a lane.
        let sizes = Sizes::new(1.0);
        assert!(sizes.lane >= 2.4 * sizes.text);
    }

    #[test]
    fn the_visible_lanes_cover_the_clip_and_no_more() {
        assert_eq!(visible(2000, 100.0, 38.0, Rangef::new(100.0, 700.0)), 0..16);
        let range = visible(2000, -38_000.0, 38.0, Rangef::new(100.0, 700.0));
        assert_eq!(range.start, 1002);
        assert!(range.len() <= 17);
        let top = -38_000.0 + range.start as f32 * 38.0;
        assert!(top <= 100.0 && top + range.len() as f32 * 38.0 >= 700.0);
        assert_eq!(visible(5, 0.0, 38.0, Rangef::new(-50.0, 5000.0)), 0..5);
        assert_eq!(visible(5, 1000.0, 38.0, Rangef::new(0.0, 500.0)), 0..0);
        assert_eq!(visible(0, 0.0, 38.0, Rangef::new(0.0, 500.0)), 0..0);
    }

    #[test]
    fn the_pointer_finds_marks_first_then_bars() {
        let doc: Document = crate::io::builtin().expect("built-in");
        let row = doc
            .rows
            .iter()
            .find(|r| !r.events.is_empty() && r.phases.len() >= 2)
            .expect("a row with events and phases");
        let grid = Grid {
            x0: 200.0,
            x1: 1200.0,
            top: 0.0,
            lane_height: 38.0,
        };
        let scale = Scale::new(&doc, today(), grid.x0, grid.x1);
        let lane = lane(
            &doc,
            row,
            0,
            &scale,
            grid.lane_bounds(0),
            crate::i18n::Language::En,
        );
        let mark = lane.marks[0];
        assert_eq!(
            hit(&lane, pos2(mark.x + 1.0, mark.y - 1.0), 6.0),
            Hit::Mark(0)
        );
        let second = &lane.bars[1].bounds;
        let inside = pos2(second.x1 - 1.0, second.y0 + 1.0);
        if lane.marks.iter().all(|m| (m.x - inside.x).abs() > 6.0) {
            assert_eq!(hit(&lane, inside, 6.0), Hit::Bar(1));
        }
        assert_eq!(hit(&lane, pos2(50.0, 19.0), 6.0), Hit::Lane);
    }
}
