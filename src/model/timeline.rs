//! The timeline's geometry: who held each responsibility when, from the original mandate to
//! today, as bars, event marks and dated lines in plain coordinates (x to the right, y down).
//! No egui and no painting: the window (`ui::timeline`) and the SVG export
//! (`export::svg`) both draw from it, so they show the same picture.

use super::{Document, PartialDate, Responsibility, Status};
use crate::i18n::{FluentValue, Language, status_label};

/// How much of a lane's height is left free above and below its bars.
const BAR_INSET: f32 = 0.14;

/// A rectangle in plain coordinates: x to the right, y down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Left edge.
    pub x0: f32,
    /// Top edge.
    pub y0: f32,
    /// Right edge.
    pub x1: f32,
    /// Bottom edge.
    pub y1: f32,
}

impl Bounds {
    /// Its width.
    pub fn width(&self) -> f32 {
        self.x1 - self.x0
    }

    /// Its height.
    pub fn height(&self) -> f32 {
        self.y1 - self.y0
    }

    /// The y of its middle.
    pub fn center_y(&self) -> f32 {
        (self.y0 + self.y1) / 2.0
    }
}

/// Where the lanes go: the time axis runs from `x0` (the original mandate) to `x1` (today);
/// lane `k` of a list runs from `top + k * lane_height` down one `lane_height`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grid {
    /// The x of the original mandate's date.
    pub x0: f32,
    /// The x of today.
    pub x1: f32,
    /// The top of the first lane.
    pub top: f32,
    /// The height of every lane.
    pub lane_height: f32,
}

impl Grid {
    /// The bounds of lane `k`, counted from the grid's top.
    pub fn lane_bounds(&self, k: usize) -> Bounds {
        let y0 = self.top + k as f32 * self.lane_height;
        Bounds {
            x0: self.x0,
            y0,
            x1: self.x1,
            y1: y0 + self.lane_height,
        }
    }
}

/// A date as a year with a fraction: 2008-07-01 is 2008.5. A month without a day counts from
/// its first day, a year without a month from the first of January.
pub fn fractional_year(date: PartialDate) -> f64 {
    let year = f64::from(date.year());
    let Some(month) = date.month() else {
        return year;
    };
    let day = day_of_month(date).unwrap_or(1);
    let days = (28..=31)
        .rev()
        .find(|&d| PartialDate::ymd(date.year(), month, d).is_some())
        .unwrap_or(30);
    year + (f64::from(month) - 1.0 + (f64::from(day) - 1.0) / f64::from(days)) / 12.0
}

/// The day of a date known to the day.
fn day_of_month(date: PartialDate) -> Option<u8> {
    let month = date.month()?;
    (1..=31).find(|&d| PartialDate::ymd(date.year(), month, d) == Some(date))
}

/// A calendar day as a [`PartialDate`], e.g. today's:
/// `day_of(jiff::Zoned::now().date())`. `None` for a year outside 0–9999.
pub fn day_of(date: jiff::civil::Date) -> Option<PartialDate> {
    PartialDate::ymd(
        u16::try_from(date.year()).ok()?,
        u8::try_from(date.month()).ok()?,
        u8::try_from(date.day()).ok()?,
    )
}

/// Maps dates to x: the original mandate's date at `x0`, today at `x1`. Dates before the
/// mandate are drawn at `x0`, dates after today at `x1`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    start: PartialDate,
    today: PartialDate,
    from: f64,
    to: f64,
    x0: f32,
    x1: f32,
}

impl Scale {
    /// From `doc`'s original mandate to `today`, over `x0..x1`. A `today` no later than the
    /// mandate still gives a year of axis, so nothing divides by zero.
    pub fn new(doc: &Document, today: PartialDate, x0: f32, x1: f32) -> Self {
        let start = doc.original.date;
        let from = fractional_year(start);
        let to = fractional_year(today).max(from + 1.0 / 365.0);
        Self {
            start,
            today,
            from,
            to,
            x0,
            x1: x1.max(x0 + 1.0),
        }
    }

    /// The x of a date, clamped to the axis.
    pub fn x(&self, date: PartialDate) -> f32 {
        self.x_of_year(fractional_year(date))
    }

    /// The x of a fractional year, clamped to the axis.
    pub fn x_of_year(&self, year: f64) -> f32 {
        let t = ((year - self.from) / (self.to - self.from)).clamp(0.0, 1.0);
        self.x0 + (f64::from(self.x1 - self.x0) * t) as f32
    }

    /// The date at the left end: the original mandate's.
    pub fn start(&self) -> PartialDate {
        self.start
    }

    /// The date at the right end.
    pub fn today(&self) -> PartialDate {
        self.today
    }

    /// The x of the left end.
    pub fn left(&self) -> f32 {
        self.x0
    }

    /// The x of the right end (today).
    pub fn right(&self) -> f32 {
        self.x1
    }

    /// How many units of x a year takes.
    pub fn per_year(&self) -> f32 {
        ((f64::from(self.x1 - self.x0)) / (self.to - self.from)) as f32
    }
}

/// One period of a row: a status and holders from a date until the next period (or today).
#[derive(Clone, Debug, PartialEq)]
pub struct Period<'a> {
    /// When it began.
    pub from: PartialDate,
    /// When the next one began; `None` for the last, which lasts until today.
    pub until: Option<PartialDate>,
    /// The status in that period.
    pub status: Status,
    /// Who held it ([`super::Holder`] ids).
    pub holders: &'a [String],
    /// Which of the row's phases it is; `None` for a row without phases, whose one period runs
    /// from the mandate with the row's status and holders now.
    pub phase: Option<usize>,
}

/// A row's periods in date order: its phases sorted by start (stable for equal dates), or,
/// without phases, one period from the mandate's date with the status and holders shown now.
pub fn periods<'a>(doc: &Document, row: &'a Responsibility) -> Vec<Period<'a>> {
    if row.phases.is_empty() {
        return vec![Period {
            from: doc.original.date,
            until: None,
            status: row.effective_status(),
            holders: row.effective_holders(),
            phase: None,
        }];
    }
    let mut order: Vec<usize> = (0..row.phases.len()).collect();
    order.sort_by_key(|&i| row.phases[i].from);
    order
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let phase = &row.phases[i];
            Period {
                from: phase.from,
                until: order.get(k + 1).map(|&next| row.phases[next].from),
                status: phase.status,
                holders: &phase.holders,
                phase: Some(i),
            }
        })
        .collect()
}

/// "Kosovo Police, EULEX", or "no holder" in `lang`.
fn holder_words(doc: &Document, holders: &[String], lang: Language) -> String {
    if holders.is_empty() {
        lang.t("timeline-no-holder")
    } else {
        doc.holder_names_in(holders, lang.label_tags()).join(", ")
    }
}

/// A lane in words in `lang`, for screen readers and hover texts: "UNMIK 9: from 1999-06
/// Ongoing, UNMIK; from 2008-12-09 Shared, Kosovo Police, EULEX, KFOR, UNMIK".
pub fn lane_description(doc: &Document, row: &Responsibility, lang: Language) -> String {
    let periods: Vec<String> = periods(doc, row)
        .iter()
        .map(|p| {
            lang.t_args(
                "timeline-period",
                &[
                    ("date", FluentValue::from(p.from.to_string())),
                    ("status", FluentValue::from(status_label(lang, p.status))),
                    (
                        "holders",
                        FluentValue::from(holder_words(doc, p.holders, lang)),
                    ),
                ],
            )
        })
        .collect();
    format!(
        "{}: {}",
        doc.row_label_in(row, lang.label_tags()),
        periods.join("; ")
    )
}

/// One period drawn: a bar in its status's colour.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Where it is drawn.
    pub bounds: Bounds,
    /// When the period began, as the data gives it (it may be before the mandate).
    pub from: PartialDate,
    /// When it ended; `None`: it lasts until today.
    pub until: Option<PartialDate>,
    /// Its status.
    pub status: Status,
    /// Its holders' short names, joined: "Kosovo Police, EULEX"; empty for none.
    pub holders: String,
    /// Which of the row's phases it is; `None` for a row without phases.
    pub phase: Option<usize>,
}

impl Bar {
    /// The words on the bar in `lang`: "Shared: Kosovo Police, EULEX", or the status alone
    /// when nobody held it.
    pub fn words(&self, lang: Language) -> String {
        let status = status_label(lang, self.status);
        if self.holders.is_empty() {
            status
        } else {
            format!("{status}: {}", self.holders)
        }
    }

    /// The words that fit on the bar with `padding` each side, as `measure` sizes text: all
    /// of them, else the status word, else none (the hover text and the lane's accessible
    /// name carry them then).
    pub fn fitting_words(
        &self,
        padding: f32,
        lang: Language,
        measure: impl Fn(&str) -> f32,
    ) -> Option<String> {
        let room = self.bounds.width() - 2.0 * padding;
        let all = self.words(lang);
        let status = status_label(lang, self.status);
        if measure(&all) <= room {
            Some(all)
        } else if measure(&status) <= room {
            Some(status)
        } else {
            None
        }
    }

    /// The bar in a sentence in `lang`, for its hover text: "1999-06 to 2008-12-09: Ongoing,
    /// held by UNMIK".
    pub fn hover_text(&self, lang: Language) -> String {
        let until = self
            .until
            .map_or_else(|| lang.t("timeline-until-today"), |d| d.to_string());
        let id = if self.holders.is_empty() {
            "timeline-bar-unheld"
        } else {
            "timeline-bar-held"
        };
        lang.t_args(
            id,
            &[
                ("from", FluentValue::from(self.from.to_string())),
                ("until", FluentValue::from(until)),
                ("status", FluentValue::from(status_label(lang, self.status))),
                ("holders", FluentValue::from(self.holders.as_str())),
            ],
        )
    }
}

/// A dated event, drawn as a small mark on the lane's bars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    /// Where its centre is.
    pub x: f32,
    /// The y of its centre: the bottom edge of the bars.
    pub y: f32,
    /// Which of the row's events it is.
    pub event: usize,
}

/// One responsibility's lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// Its row's place in the rows laid out.
    pub index: usize,
    /// The whole lane, across the time axis.
    pub bounds: Bounds,
    /// "UNMIK 9".
    pub label: String,
    /// Its periods in date order; a period wholly before the mandate or after today has none.
    pub bars: Vec<Bar>,
    /// Its events, in the row's order.
    pub marks: Vec<Mark>,
}

/// Lays out one row's lane in `bounds` (whose x-range should be the scale's), its labels in
/// `lang` where the document has them.
pub fn lane(
    doc: &Document,
    row: &Responsibility,
    index: usize,
    scale: &Scale,
    bounds: Bounds,
    lang: Language,
) -> Lane {
    let tags = lang.label_tags();
    let inset = bounds.height() * BAR_INSET;
    let (y0, y1) = (bounds.y0 + inset, bounds.y1 - inset);
    let bars = periods(doc, row)
        .into_iter()
        .filter_map(|p| {
            let x0 = scale.x(p.from);
            let x1 = p.until.map_or(scale.right(), |d| scale.x(d));
            (x1 > x0).then(|| Bar {
                bounds: Bounds { x0, y0, x1, y1 },
                from: p.from,
                until: p.until,
                status: p.status,
                holders: doc.holder_names_in(p.holders, tags).join(", "),
                phase: p.phase,
            })
        })
        .collect();
    let marks = row
        .events
        .iter()
        .enumerate()
        .map(|(event, e)| Mark {
            x: scale.x(e.date),
            y: y1,
            event,
        })
        .collect();
    Lane {
        index,
        bounds,
        label: doc.row_label_in(row, tags),
        bars,
        marks,
    }
}

/// What a dated line marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LineKind {
    /// The original mandate.
    Original,
    /// The mandate as it stands now.
    Current,
    /// A date the document names as mattering to the whole comparison.
    Key,
    /// Today.
    Today,
}

/// A vertical line at a date that matters, with its label above the lanes.
#[derive(Clone, Debug, PartialEq)]
pub struct DateLine {
    /// What it marks.
    pub kind: LineKind,
    /// Its date.
    pub date: PartialDate,
    /// Its x.
    pub x: f32,
    /// "After 2008, 2008-06-15".
    pub label: String,
    /// The left edge of its label.
    pub label_x: f32,
    /// The label's text line above the lanes, from 0 (nearest the lanes); labels that would
    /// overlap go on different lines.
    pub level: usize,
}

/// The lines at the original mandate's date, the current mandate's date, the document's key
/// dates and today, with
/// their labels placed (as `measure` sizes text) so none overlaps another: right of the line
/// in the left half, left of it in the right half, kept inside the axis, and moved up a
/// level where they would meet with less than `gap` between.
pub fn lines(
    doc: &Document,
    scale: &Scale,
    lang: Language,
    measure: impl Fn(&str) -> f32,
    gap: f32,
) -> Vec<DateLine> {
    let today = scale.today();
    let marked = [
        (
            LineKind::Original,
            doc.original.date,
            doc.original.label_in(lang.label_tags()),
        ),
        (
            LineKind::Current,
            doc.current.date,
            doc.current.label_in(lang.label_tags()),
        ),
    ];
    let key_dates = doc
        .key_dates
        .iter()
        .map(|key| (LineKind::Key, key.date, key.label.as_str()));
    let mut lines: Vec<DateLine> = marked
        .into_iter()
        .chain(key_dates)
        .map(|(kind, date, label)| (kind, date, format!("{label}, {date}")))
        .chain([(
            LineKind::Today,
            today,
            lang.t_args(
                "timeline-line-today",
                &[("date", FluentValue::from(today.to_string()))],
            ),
        )])
        .map(|(kind, date, label)| {
            let x = scale.x(date);
            let width = measure(&label);
            let middle = (scale.left() + scale.right()) / 2.0;
            let wanted = if x <= middle {
                x + 3.0
            } else {
                x - 3.0 - width
            };
            let label_x = wanted
                .min(scale.right() - width)
                .max(scale.left().min(scale.right() - width));
            DateLine {
                kind,
                date,
                x,
                label,
                label_x,
                level: 0,
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|&a, &b| lines[a].label_x.total_cmp(&lines[b].label_x));
    // The right edge of the last label on each level.
    let mut ends: Vec<f32> = Vec::new();
    for i in order {
        let line = &mut lines[i];
        let right = line.label_x + measure(&line.label);
        let level = ends
            .iter()
            .position(|&end| end + gap <= line.label_x)
            .unwrap_or(ends.len());
        if level == ends.len() {
            ends.push(right);
        } else {
            ends[level] = right;
        }
        line.level = level;
    }
    lines
}

/// A year on the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    /// The x of its first of January.
    pub x: f32,
    /// The year.
    pub year: u16,
}

/// The years to mark on the axis: every 1, 2, 5, 10, 20, 50… years, the smallest step that
/// keeps ticks at least `min_spacing` apart.
pub fn ticks(scale: &Scale, min_spacing: f32) -> Vec<Tick> {
    let per_year = scale.per_year().max(f32::MIN_POSITIVE);
    let step = [1u16, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]
        .into_iter()
        .find(|&s| f32::from(s) * per_year >= min_spacing)
        .unwrap_or(10_000);
    let step_years = f64::from(step);
    let first = (fractional_year(scale.start()) / step_years).ceil() * step_years;
    let Ok(first) = u16::try_from(first as i64) else {
        return Vec::new();
    };
    let last = scale.today().year();
    (first..=last)
        .step_by(usize::from(step))
        .map(|year| Tick {
            x: scale.x(PartialDate::from_year(year)),
            year,
        })
        .collect()
}

/// The whole timeline of some rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// The time axis.
    pub scale: Scale,
    /// One lane per row, top to bottom.
    pub lanes: Vec<Lane>,
    /// The dated lines.
    pub lines: Vec<DateLine>,
    /// The years on the axis.
    pub ticks: Vec<Tick>,
}

/// Lays out `rows` (already filtered) from `doc`'s original mandate to `today` on `grid`;
/// `measure` sizes a label (for the dated lines) and ticks stay `min_tick_spacing` apart.
/// The window lays out only the lanes on screen, with [`lane`]; this is for a whole picture.
pub fn layout(
    doc: &Document,
    rows: &[&Responsibility],
    today: PartialDate,
    grid: Grid,
    min_tick_spacing: f32,
    lang: Language,
    measure: impl Fn(&str) -> f32,
) -> Timeline {
    let scale = Scale::new(doc, today, grid.x0, grid.x1);
    let lanes = rows
        .iter()
        .enumerate()
        .map(|(k, row)| lane(doc, row, k, &scale, grid.lane_bounds(k), lang))
        .collect();
    Timeline {
        lanes,
        lines: lines(doc, &scale, lang, &measure, 8.0),
        ticks: ticks(&scale, min_tick_spacing),
        scale,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, Phase};

    fn day(text: &str) -> PartialDate {
        text.parse().expect(text)
    }

    const TODAY: &str = "2026-05-12";

    fn grid() -> Grid {
        Grid {
            x0: 200.0,
            x1: 980.0,
            top: 40.0,
            lane_height: 30.0,
        }
    }

    fn measure(text: &str) -> f32 {
        text.chars().count() as f32 * 7.0
    }

    fn timeline_of(doc: &Document) -> Timeline {
        let rows: Vec<&Responsibility> = doc.rows.iter().collect();
        layout(doc, &rows, day(TODAY), grid(), 40.0, Language::En, measure)
    }

    fn builtin() -> Document {
        crate::io::builtin().expect("built-in")
    }

    fn phase(from: &str, status: Status, holders: &[&str]) -> Phase {
        Phase {
            from: day(from),
            status,
            holders: holders.iter().map(|h| (*h).to_owned()).collect(),
            sources: vec!["s".to_owned()],
        }
    }

    #[test]
    fn fractional_years_follow_the_calendar() {
        assert!((fractional_year(day("2008")) - 2008.0).abs() < 1e-9);
        assert!((fractional_year(day("2008-07")) - 2008.5).abs() < 1e-9);
        assert!((fractional_year(day("2008-07-01")) - 2008.5).abs() < 1e-9);
        let a = fractional_year(day("2008-02-17"));
        let b = fractional_year(day("2008-06-15"));
        assert!(2008.1 < a && a < b && b < 2008.5, "{a} {b}");
        assert!(fractional_year(day("2008-12-31")) < 2009.0);
        assert_eq!(
            day_of(jiff::civil::date(2026, 5, 12)),
            Some(day("2026-05-12"))
        );
    }

    #[test]
    fn bars_cover_the_span_in_order_and_lanes_do_not_overlap() {
        let doc = builtin();
        let timeline = timeline_of(&doc);
        assert_eq!(timeline.lanes.len(), doc.rows.len());
        for (k, lane) in timeline.lanes.iter().enumerate() {
            assert_eq!(lane.index, k);
            assert!(!lane.bars.is_empty(), "{} has no bar", lane.label);
            let first = &lane.bars[0];
            let last = lane.bars.last().expect("a bar");
            assert!((first.bounds.x0 - grid().x0).abs() < 0.01, "{}", lane.label);
            assert!((last.bounds.x1 - grid().x1).abs() < 0.01, "{}", lane.label);
            assert_eq!(last.until, None);
            for pair in lane.bars.windows(2) {
                assert!((pair[0].bounds.x1 - pair[1].bounds.x0).abs() < 0.01);
                assert!(pair[0].from <= pair[1].from);
            }
            for bar in &lane.bars {
                assert!(bar.bounds.x0 < bar.bounds.x1);
                assert!(bar.bounds.y0 >= lane.bounds.y0 && bar.bounds.y1 <= lane.bounds.y1);
            }
            for mark in &lane.marks {
                assert!(mark.x >= grid().x0 && mark.x <= grid().x1);
                assert!(mark.y > lane.bounds.y0 && mark.y < lane.bounds.y1);
            }
        }
        for pair in timeline.lanes.windows(2) {
            assert!(pair[0].bounds.y1 <= pair[1].bounds.y0, "lanes overlap");
            assert!(pair[0].bounds.y0 < pair[1].bounds.y0);
        }
        // Every phase of the built-in data is drawn: none is wholly before the mandate.
        let phases: usize = doc.rows.iter().map(|r| r.phases.len()).sum();
        let bars: usize = timeline.lanes.iter().map(|l| l.bars.len()).sum();
        assert_eq!(bars, phases);
    }

    #[test]
    fn phases_out_of_order_are_sorted_and_clamped_to_the_span() {
        let mut doc = builtin();
        let row = &mut doc.rows[0];
        row.phases = vec![
            phase("2030-01-01", Status::Completed, &[]),
            phase("2008-06-15", Status::Shared, &["unmik"]),
            phase("1990", Status::Ongoing, &["unmik"]),
            phase("1995", Status::Residual, &["unmik"]),
        ];
        row.events = vec![
            Event {
                date: day("1980"),
                text: "before".to_owned(),
                sources: Vec::new(),
            },
            Event {
                date: day("2040"),
                text: "after".to_owned(),
                sources: Vec::new(),
            },
        ];
        let timeline = timeline_of(&doc);
        let lane = &timeline.lanes[0];
        // 1990 ends before the mandate and 2030 begins after today: neither is drawn.
        let statuses: Vec<Status> = lane.bars.iter().map(|b| b.status).collect();
        assert_eq!(statuses, [Status::Residual, Status::Shared]);
        assert_eq!(lane.bars[0].phase, Some(3));
        assert!((lane.bars[0].bounds.x0 - grid().x0).abs() < 0.01);
        assert!((lane.bars[1].bounds.x1 - grid().x1).abs() < 0.01);
        assert_eq!(lane.bars[1].until, Some(day("2030-01-01")));
        let xs: Vec<f32> = lane.marks.iter().map(|m| m.x).collect();
        assert_eq!(xs, [grid().x0, grid().x1]);
        // The description keeps every phase, in date order.
        let words = lane_description(&doc, &doc.rows[0], Language::En);
        let order: Vec<usize> = [
            "from 1990",
            "from 1995",
            "from 2008-06-15",
            "from 2030-01-01",
        ]
        .iter()
        .map(|w| words.find(w).expect(w))
        .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{words}");
    }

    #[test]
    fn a_row_without_phases_is_one_bar_with_its_status_now() {
        let mut doc = builtin();
        doc.rows[0].phases.clear();
        let status = doc.rows[0].effective_status();
        let timeline = timeline_of(&doc);
        let bars = &timeline.lanes[0].bars;
        assert_eq!(bars.len(), 1);
        assert_eq!(bars[0].status, status);
        assert_eq!(bars[0].phase, None);
        assert_eq!(bars[0].from, doc.original.date);
        assert!((bars[0].bounds.x0 - grid().x0).abs() < 0.01);
        assert!((bars[0].bounds.x1 - grid().x1).abs() < 0.01);
    }

    #[test]
    fn no_rows_no_lanes_but_the_axis_and_lines() {
        let doc = builtin();
        let timeline = layout(&doc, &[], day(TODAY), grid(), 40.0, Language::En, measure);
        assert!(timeline.lanes.is_empty());
        // The two mandates, the declaration (a key date) and today.
        assert_eq!(timeline.lines.len(), 4);
        assert!(!timeline.ticks.is_empty());
    }

    #[test]
    fn date_lines_stand_at_their_dates_and_labels_do_not_collide() {
        let doc = builtin();
        let timeline = timeline_of(&doc);
        let scale = timeline.scale;
        let x_of = |kind| {
            timeline
                .lines
                .iter()
                .find(|l| l.kind == kind)
                .expect("a line")
                .x
        };
        assert!((x_of(LineKind::Original) - grid().x0).abs() < 0.01);
        assert!((x_of(LineKind::Today) - grid().x1).abs() < 0.01);
        let years = fractional_year(day(TODAY)) - fractional_year(day("1999-06-10"));
        let expected = grid().x0
            + ((fractional_year(day("2008-06-15")) - fractional_year(day("1999-06-10"))) / years)
                as f32
                * (grid().x1 - grid().x0);
        assert!((x_of(LineKind::Current) - expected).abs() < 0.01);
        assert!((scale.x(day("2008-06-15")) - expected).abs() < 0.01);
        // The document's key date (the declaration of 17 February 2008) has its line too.
        let key = timeline
            .lines
            .iter()
            .find(|l| l.kind == LineKind::Key)
            .expect("a key date's line");
        assert!((key.x - scale.x(day("2008-02-17"))).abs() < 0.01);
        assert!(
            key.label.starts_with("Declaration of independence"),
            "{}",
            key.label
        );
        assert!(key.x < x_of(LineKind::Current));
        for line in &timeline.lines {
            assert!(line.label_x >= grid().x0 - 0.01);
            assert!(line.label_x + measure(&line.label) <= grid().x1 + 0.01);
        }
        for (i, a) in timeline.lines.iter().enumerate() {
            for b in &timeline.lines[i + 1..] {
                let apart = a.label_x + measure(&a.label) <= b.label_x
                    || b.label_x + measure(&b.label) <= a.label_x;
                assert!(a.level != b.level || apart, "{} meets {}", a.label, b.label);
            }
        }
        // Two mandates on the same day: the labels go on two levels.
        let mut same = doc.clone();
        same.current.date = same.original.date;
        let timeline = timeline_of(&same);
        assert_ne!(timeline.lines[0].level, timeline.lines[1].level);
    }

    #[test]
    fn ticks_are_years_far_enough_apart() {
        let doc = builtin();
        for (width, spacing) in [(780.0, 40.0), (200.0, 40.0), (3000.0, 30.0)] {
            let scale = Scale::new(&doc, day(TODAY), 0.0, width);
            let ticks = ticks(&scale, spacing);
            assert!(!ticks.is_empty());
            assert!(ticks[0].year >= 2000 && ticks.last().expect("a tick").year <= 2026);
            for pair in ticks.windows(2) {
                assert!(pair[1].x - pair[0].x >= spacing - 0.01);
            }
        }
        let scale = Scale::new(&doc, day(TODAY), 0.0, 3000.0);
        assert_eq!(ticks(&scale, 30.0)[0].year, 2000);
    }

    #[test]
    fn a_today_before_the_mandate_still_gives_an_axis() {
        let doc = builtin();
        let scale = Scale::new(&doc, day("1990"), 0.0, 100.0);
        assert!(scale.per_year().is_finite());
        assert_eq!(scale.x(day("2008")), 100.0);
        let timeline = layout(
            &doc,
            &[&doc.rows[0]],
            day("1990"),
            grid(),
            40.0,
            Language::En,
            measure,
        );
        for bar in &timeline.lanes[0].bars {
            assert!(bar.bounds.x0 >= grid().x0 && bar.bounds.x1 <= grid().x1);
        }
    }

    #[test]
    fn words_fit_or_fall_back_to_the_status_or_nothing() {
        let doc = builtin();
        let timeline = timeline_of(&doc);
        let bar = &timeline.lanes[0].bars[0];
        let mut narrow = bar.clone();
        narrow.holders = "UNMIK".to_owned();
        narrow.bounds.x1 = narrow.bounds.x0 + measure("Ongoing: UNMIK") + 8.0;
        narrow.status = Status::Ongoing;
        assert_eq!(
            narrow.fitting_words(4.0, Language::En, measure).as_deref(),
            Some("Ongoing: UNMIK")
        );
        narrow.bounds.x1 -= 1.0;
        assert_eq!(
            narrow.fitting_words(4.0, Language::En, measure).as_deref(),
            Some("Ongoing")
        );
        narrow.bounds.x1 = narrow.bounds.x0 + 10.0;
        assert_eq!(narrow.fitting_words(4.0, Language::En, measure), None);
        assert!(
            narrow
                .hover_text(Language::En)
                .contains("Ongoing, held by UNMIK")
        );
        narrow.holders.clear();
        assert_eq!(narrow.words(Language::En), "Ongoing");
        assert!(
            narrow
                .hover_text(Language::En)
                .ends_with("Ongoing, no holder")
        );
    }

    #[test]
    fn a_lane_reads_as_its_periods() {
        let mut doc = builtin();
        let row = doc
            .rows
            .iter_mut()
            .find(|r| r.phases.len() == 3 && r.phases[2].from == day("2008-12-09"))
            .expect("a row with three phases to 2008-12-09");
        row.phases = vec![
            phase("1999-06", Status::Ongoing, &["unmik"]),
            phase("2008-12-09", Status::Shared, &["kosovo-police", "eulex"]),
        ];
        let row = row.clone();
        let words = lane_description(&doc, &row, Language::En);
        assert_eq!(
            words,
            format!(
                "{}: from 1999-06 Ongoing, UNMIK; from 2008-12-09 Shared, Kosovo Police, EULEX",
                doc.row_label(&row)
            )
        );
    }
}
