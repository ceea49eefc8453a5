//! The timeline: who held what, when. One lane per responsibility from the original mandate's
//! date to today: its periods as bars in their status colours with the status word and the
//! holders written on them where they fit (else in the bar's hover text and the lane's
//! accessible name: never colour alone), its events as marks with their text on hover, lines
//! at the mandates' dates and today, and the years below. Only the lanes on screen are laid
//! out and painted, so two thousand rows cost what twenty do.

mod layout;

use std::ops::Range;

use egui::{
    Align2, FontId, Id, Rangef, Rect, Sense, Shape, Stroke, StrokeKind, pos2, text::LayoutJob, vec2,
};

use super::theme;
use crate::draw::timeline::{self, DateLine, Grid, Lane, LineKind, Scale, Tick};
use crate::model::{Document, PartialDate, Responsibility};
use layout::{Columns, Hit, Sizes};

/// What a click in the timeline asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimelineClick {
    /// Select the row with this id.
    Row(String),
}

/// What every lane is drawn with.
struct Picture<'a> {
    doc: &'a Document,
    rows: &'a [&'a Responsibility],
    sizes: Sizes,
    columns: Columns,
    /// The full width, label column included.
    across: Rangef,
    scale: Scale,
    lines: Vec<DateLine>,
    interactive: bool,
    /// The root of the lanes' ids, the same whichever lanes show.
    id: Id,
}

/// The timeline of `rows` (already filtered and sorted) from `doc`'s original mandate to
/// `today`, in the space left in `ui`. `scale` multiplies every size (1 in the window, more on
/// a slide).
///
/// With `interactive`, the lanes scroll under the dated lines' labels, which stay in view,
/// and the years, which stay at the bottom; each lane is a button (Tab, Enter) and a click
/// on it returns [`TimelineClick::Row`]. Without, every lane is drawn one under the other
/// (for a slide or a picture: the caller sizes or scrolls the space), and nothing is
/// clicked.
///
/// `today` is passed in, so tests and pictures are deterministic; the app gives the day's
/// date, e.g. `model::timeline::day_of(jiff::Zoned::now().date())`.
pub fn timeline_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    rows: &[&Responsibility],
    today: PartialDate,
    scale: f32,
    interactive: bool,
) -> Option<TimelineClick> {
    let sizes = Sizes::new(scale);
    if rows.is_empty() {
        ui.label(egui::RichText::new(crate::tr!("timeline-empty")).size(sizes.text));
        return None;
    }
    let mut outer = ui.available_rect_before_wrap();
    if !outer.width().is_finite() {
        // Inside a horizontal scroll area: as wide as what shows.
        outer.set_right(ui.clip_rect().right());
    }
    let columns = layout::columns(outer, &sizes);
    let time = Scale::new(doc, today, columns.plot.min, columns.plot.max);
    let font = FontId::proportional(sizes.small);
    let measure = |text: &str| {
        ui.painter()
            .layout_no_wrap(text.to_owned(), font.clone(), ui.visuals().text_color())
            .size()
            .x
    };
    let lines = timeline::lines(
        doc,
        &time,
        crate::i18n::current(),
        measure,
        2.0 * sizes.padding,
    );
    let ticks = timeline::ticks(&time, sizes.tick_spacing);
    let picture = Picture {
        doc,
        rows,
        sizes,
        columns,
        across: outer.x_range(),
        scale: time,
        lines,
        interactive,
        id: ui.scope_id().with("timeline"),
    };
    header_ui(ui, &picture);
    let click = if interactive {
        let height = (ui.available_height() - sizes.axis).max(2.0 * sizes.lane);
        ui.scope(|ui| {
            // The rows are exactly one lane apart, as `show_rows` counts them.
            ui.spacing_mut().item_spacing.y = 0.0;
            egui::ScrollArea::vertical()
                .id_salt("timeline")
                .auto_shrink([false, true])
                .content_margin(0.0)
                .max_height(height)
                .show_rows(ui, sizes.lane, rows.len(), |ui, range| {
                    let top = ui.max_rect().top();
                    let _ = ui.allocate_exact_size(
                        vec2(outer.width(), range.len() as f32 * sizes.lane),
                        Sense::hover(),
                    );
                    lanes_ui(ui, &picture, range, top)
                })
                .inner
        })
        .inner
    } else {
        let (space, _) = ui.allocate_exact_size(
            vec2(outer.width(), rows.len() as f32 * sizes.lane),
            Sense::hover(),
        );
        let range = layout::visible(
            rows.len(),
            space.top(),
            sizes.lane,
            ui.clip_rect().y_range(),
        );
        let top = space.top() + range.start as f32 * sizes.lane;
        lanes_ui(ui, &picture, range, top);
        None
    };
    axis_ui(ui, &picture, &ticks);
    click
}

/// The dated lines' labels, above the lanes, each over the top of its line.
fn header_ui(ui: &mut egui::Ui, picture: &Picture<'_>) {
    let sizes = &picture.sizes;
    let levels = picture.lines.iter().map(|l| l.level + 1).max().unwrap_or(1);
    let height = levels as f32 * sizes.header_line + sizes.padding;
    let (rect, _) = ui.allocate_exact_size(vec2(picture.across.span(), height), Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter();
    let color = ui.visuals().text_color();
    for line in &picture.lines {
        let label_top = rect.bottom() - sizes.padding - (line.level + 1) as f32 * sizes.header_line;
        painter.text(
            pos2(line.label_x, label_top),
            Align2::LEFT_TOP,
            &line.label,
            FontId::proportional(sizes.small),
            color,
        );
        let from = label_top + sizes.header_line * 0.5;
        date_line(
            painter,
            line,
            Rangef::new(from, rect.bottom()),
            ui.visuals(),
        );
    }
}

/// A dated line over `y`: solid for the mandates, dashed for today.
fn date_line(painter: &egui::Painter, line: &DateLine, y: Rangef, visuals: &egui::Visuals) {
    let x = line.x.round() + 0.5;
    if line.kind == LineKind::Today {
        let stroke = Stroke::new(1.5, visuals.strong_text_color());
        painter.extend(Shape::dashed_line(
            &[pos2(x, y.min), pos2(x, y.max)],
            stroke,
            5.0,
            3.0,
        ));
    } else {
        // A halo of the background either side, so the line shows on every fill.
        painter.vline(x, y, Stroke::new(3.0, visuals.panel_fill));
        painter.vline(x, y, Stroke::new(1.0, visuals.text_color()));
    }
}

/// The lanes of `range`, the first at `top`, then the dated lines across them. Returns the
/// lane clicked.
fn lanes_ui(
    ui: &egui::Ui,
    picture: &Picture<'_>,
    range: Range<usize>,
    top: f32,
) -> Option<TimelineClick> {
    let grid = Grid {
        x0: picture.columns.plot.min,
        x1: picture.columns.plot.max,
        top,
        lane_height: picture.sizes.lane,
    };
    let mut click = None;
    let count = range.len();
    // The words and marks, painted over the dated lines, which are over the bars.
    let mut on_top = Vec::new();
    for (k, index) in range.enumerate() {
        let Some(row) = picture.rows.get(index) else {
            continue;
        };
        let lane = timeline::lane(
            picture.doc,
            row,
            index,
            &picture.scale,
            grid.lane_bounds(k),
            crate::i18n::current(),
        );
        if lane_ui(ui, picture, row, &lane, &mut on_top) {
            click = Some(TimelineClick::Row(row.id.clone()));
        }
    }
    let y = Rangef::new(top, top + count as f32 * picture.sizes.lane);
    for line in &picture.lines {
        date_line(ui.painter(), line, y, ui.visuals());
    }
    ui.painter().extend(on_top);
    click
}

/// One lane: one accessible button named by its periods, its label, bars and marks, and the
/// hover text of what is under the pointer; what goes over the dated lines is added to
/// `on_top`. Returns whether it was clicked.
fn lane_ui(
    ui: &egui::Ui,
    picture: &Picture<'_>,
    row: &Responsibility,
    lane: &Lane,
    on_top: &mut Vec<Shape>,
) -> bool {
    let sizes = &picture.sizes;
    let rect = Rect::from_x_y_ranges(picture.across, lane.bounds.y0..=lane.bounds.y1);
    let sense = if picture.interactive {
        Sense::click()
    } else {
        Sense::hover()
    };
    let response = ui.interact(rect, picture.id.with(&row.id), sense);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            picture.interactive,
            timeline::lane_description(picture.doc, row, crate::i18n::current()),
        )
    });
    if ui.is_rect_visible(rect) {
        paint_lane(ui, picture, row, lane, rect, &response, on_top);
    }
    let clicked = picture.interactive && response.clicked();
    if response.hovered()
        && let Some(pos) = response.hover_pos()
    {
        let text = match layout::hit(lane, pos, sizes.mark + 2.0) {
            Hit::Mark(event) => row
                .events
                .get(event)
                .map(|e| format!("{}: {}", e.date, e.text)),
            Hit::Bar(bar) => lane
                .bars
                .get(bar)
                .map(|bar| bar.hover_text(crate::i18n::current())),
            Hit::Lane => Some(format!(
                "{}: {}",
                lane.label,
                row.title_in(crate::i18n::label_tags())
            )),
        };
        if let Some(text) = text {
            response.on_hover_text_at_pointer(text);
        }
    }
    clicked
}

/// Paints a lane: its background, label and bars; its bars' words, its marks and its focus
/// ring go into `on_top`, to be painted over the dated lines.
fn paint_lane(
    ui: &egui::Ui,
    picture: &Picture<'_>,
    row: &Responsibility,
    lane: &Lane,
    rect: Rect,
    response: &egui::Response,
    on_top: &mut Vec<Shape>,
) {
    let sizes = &picture.sizes;
    let visuals = ui.visuals();
    let painter = ui.painter();
    if picture.interactive && response.hovered() {
        painter.rect_filled(rect, 0.0, visuals.widgets.hovered.weak_bg_fill);
    } else if lane.index % 2 == 1 {
        painter.rect_filled(rect, 0.0, visuals.faint_bg_color);
    }
    label_ui(painter, picture, row, lane, rect, visuals);
    let font = FontId::proportional(sizes.small);
    for bar in &lane.bars {
        let mut fill_rect = layout::rect(bar.bounds);
        // A hairline between one period and the next, even of the same status; at least a
        // pixel for a period of a few days.
        fill_rect.max.x = (fill_rect.max.x - 1.0).max(fill_rect.min.x + 1.0);
        let fill = theme::status_color(bar.status);
        painter.rect_filled(fill_rect, 2.0, fill);
        let ink = theme::text_on(fill);
        let measure = |text: &str| {
            painter
                .layout_no_wrap(text.to_owned(), font.clone(), ink)
                .size()
                .x
        };
        if let Some(words) = bar.fitting_words(sizes.padding, crate::i18n::current(), measure) {
            let galley = painter.layout_no_wrap(words, font.clone(), ink);
            let at = pos2(
                fill_rect.left() + sizes.padding,
                fill_rect.center().y - galley.size().y / 2.0,
            );
            on_top.push(Shape::galley(at, galley, ink));
        }
    }
    let r = sizes.mark;
    for mark in &lane.marks {
        let c = pos2(mark.x, mark.y);
        on_top.push(Shape::convex_polygon(
            vec![
                pos2(c.x, c.y - r),
                pos2(c.x + r, c.y),
                pos2(c.x, c.y + r),
                pos2(c.x - r, c.y),
            ],
            visuals.strong_text_color(),
            Stroke::new(1.0, visuals.panel_fill),
        ));
    }
    if response.has_focus() {
        on_top.push(Shape::rect_stroke(
            rect.shrink(1.0),
            2.0,
            visuals.selection.stroke,
            StrokeKind::Inside,
        ));
    }
}

/// The lane's label in the left column: "UNMIK 9" and, below it where there is room, the
/// row's title cut to the column.
fn label_ui(
    painter: &egui::Painter,
    picture: &Picture<'_>,
    row: &Responsibility,
    lane: &Lane,
    rect: Rect,
    visuals: &egui::Visuals,
) {
    let sizes = &picture.sizes;
    let width = picture.columns.labels.span();
    let left = picture.columns.labels.min + sizes.padding * 0.5;
    let line = |text: &str, size: f32, color| {
        let mut job =
            LayoutJob::simple_singleline(text.to_owned(), FontId::proportional(size), color);
        job.wrap = egui::text::TextWrapping::truncate_at_width((width - sizes.padding).max(1.0));
        painter.layout_job(job)
    };
    let label = line(&lane.label, sizes.text, visuals.strong_text_color());
    let title = line(
        row.title_in(crate::i18n::label_tags()),
        sizes.small,
        visuals.weak_text_color(),
    );
    let both = label.size().y + title.size().y;
    if both <= rect.height() {
        let y = rect.center().y - both / 2.0;
        let below = y + label.size().y;
        painter.galley(pos2(left, y), label, visuals.strong_text_color());
        painter.galley(pos2(left, below), title, visuals.weak_text_color());
    } else {
        let y = rect.center().y - label.size().y / 2.0;
        painter.galley(pos2(left, y), label, visuals.strong_text_color());
    }
}

/// The years along the bottom, under the lanes.
fn axis_ui(ui: &mut egui::Ui, picture: &Picture<'_>, ticks: &[Tick]) {
    let sizes = &picture.sizes;
    let (rect, _) = ui.allocate_exact_size(vec2(picture.across.span(), sizes.axis), Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter();
    let color = ui.visuals().weak_text_color();
    let y = rect.top() + 1.0;
    painter.hline(picture.columns.plot, y, Stroke::new(1.0, color));
    for tick in ticks {
        painter.vline(
            tick.x,
            Rangef::new(y, y + 4.0 * sizes.padding / 5.0 + 2.0),
            Stroke::new(1.0, color),
        );
        painter.text(
            pos2(tick.x, y + sizes.padding),
            Align2::CENTER_TOP,
            tick.year.to_string(),
            FontId::proportional(sizes.small),
            color,
        );
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    use super::*;

    fn today() -> PartialDate {
        "2026-05-12".parse().expect("a date")
    }

    /// A harness showing the timeline of `doc`'s rows; its state is the last click.
    fn harness(doc: &Document, interactive: bool) -> Harness<'_, Option<TimelineClick>> {
        let rows: Vec<&Responsibility> = doc.rows.iter().collect();
        Harness::builder()
            .with_size(vec2(1280.0, 720.0))
            .build_ui_state(
                move |ui, clicked: &mut Option<TimelineClick>| {
                    if let Some(click) = timeline_ui(ui, doc, &rows, today(), 1.0, interactive) {
                        *clicked = Some(click);
                    }
                },
                None,
            )
    }

    #[test]
    fn each_lane_is_a_button_named_by_its_periods_and_a_click_selects_its_row() {
        let doc = crate::io::builtin().expect("built-in");
        let row = doc.row("unmik-09").expect("unmik-09");
        let name = timeline::lane_description(&doc, row, crate::i18n::Language::En);
        assert!(
            name.starts_with("UNMIK 9: from 1999-06 Ongoing, "),
            "{name}"
        );
        let mut harness = harness(&doc, true);
        harness.run();
        harness
            .get_by_role_and_label(egui::accesskit::Role::Button, &name)
            .click();
        harness.run();
        assert_eq!(
            harness.state(),
            &Some(TimelineClick::Row("unmik-09".to_owned()))
        );
    }

    #[test]
    fn two_thousand_rows_make_only_the_lanes_in_view() {
        let doc = crate::stress::document(3, 2000, 0);
        let mut harness = harness(&doc, true);
        harness.run();
        let lanes = harness
            .query_all_by_role(egui::accesskit::Role::Button)
            .count();
        assert!((10..=30).contains(&lanes), "{lanes} lanes made");
        let first = timeline::lane_description(&doc, &doc.rows[0], crate::i18n::Language::En);
        assert!(harness.query_by_label(&first).is_some());
    }

    #[test]
    fn scrolling_two_thousand_rows_makes_the_lanes_come_into_view() {
        let doc = crate::stress::document(3, 2000, 0);
        let mut harness = harness(&doc, true);
        harness.run();
        let first = timeline::lane_description(&doc, &doc.rows[0], crate::i18n::Language::En);
        let centre = harness.get_by_label(&first).rect().center();
        harness.hover_at(centre);
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Page,
            delta: vec2(0.0, -40.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        // The scroll glides over a few frames.
        harness.run_steps(20);
        assert!(harness.query_by_label(&first).is_none(), "did not scroll");
        let lanes: Vec<String> = harness
            .query_all_by_role(egui::accesskit::Role::Button)
            .filter_map(|node| node.accesskit_node().label())
            .collect();
        assert!(
            (10..=30).contains(&lanes.len()),
            "{} lanes made",
            lanes.len()
        );
        // The lanes in view are consecutive rows, well down the list.
        let index = |label: &str| {
            doc.rows
                .iter()
                .position(|r| {
                    timeline::lane_description(&doc, r, crate::i18n::Language::En) == label
                })
                .expect("a row's lane")
        };
        let indices: Vec<usize> = lanes.iter().map(|l| index(l)).collect();
        assert!(indices[0] > 100, "{indices:?}");
        assert!(indices.windows(2).all(|w| w[1] == w[0] + 1), "{indices:?}");
    }

    #[test]
    fn hovering_a_bar_or_a_mark_tells_what_it_is() {
        let doc = crate::io::builtin().expect("built-in");
        let row = &doc.rows[0];
        let mut harness = harness(&doc, true);
        harness.run();
        let lane = harness
            .get_by_label(&timeline::lane_description(
                &doc,
                row,
                crate::i18n::Language::En,
            ))
            .rect();
        harness.hover_at(pos2(lane.right() - 80.0, lane.top() + 8.0));
        harness.run();
        let last = row.phases.last().expect("a phase");
        let words = format!(
            "{} to today: {}",
            last.from,
            crate::i18n::status_label(crate::i18n::Language::En, last.status)
        );
        assert!(
            harness.query_by_label_contains(&words).is_some(),
            "no hover text {words}"
        );
    }

    #[test]
    fn a_picture_for_a_slide_draws_every_lane_and_clicks_nothing() {
        let doc = crate::io::builtin().expect("built-in");
        let mut harness = harness(&doc, false);
        harness.run();
        let row = &doc.rows[0];
        let name = timeline::lane_description(&doc, row, crate::i18n::Language::En);
        harness.get_by_label(&name).click();
        harness.run();
        assert_eq!(harness.state(), &None);
    }

    #[test]
    fn no_rows_says_so() {
        let mut doc = crate::io::builtin().expect("built-in");
        doc.rows.clear();
        let mut harness = harness(&doc, true);
        harness.run();
        assert!(
            harness
                .query_by_label_contains("No responsibilities to show")
                .is_some()
        );
    }
}
