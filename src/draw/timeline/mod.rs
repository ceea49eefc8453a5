//! The timeline's picture: who held each responsibility when, from the original mandate to
//! today, as bars, event marks and dated lines in plain coordinates (x to the right, y down),
//! with their words in a language. No egui and no painting: the window (`ui::timeline`) and
//! the SVG export (`export::svg`) both draw from it, so they show the same picture. The dates
//! and periods it places are the model's ([`crate::model::timeline`]).

mod labels;

use labels::{MAX_ORDERED_LINES, every_order, place};

use crate::i18n::{FluentValue, Language, status_label};
use crate::model::timeline::{fractional_year, periods};
use crate::model::{Document, PartialDate, Responsibility, Status};

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
/// dates and today, with their labels placed (as `measure` sizes text) so none overlaps
/// another: right of the line in the left half, left of it in the right half, kept inside the
/// axis, and moved up a level where they would meet with less than `gap` between, or where a
/// line (which rises from the lanes to its own label) would strike through a label.
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
    let widths: Vec<f32> = lines.iter().map(|l| measure(&l.label)).collect();
    // Lines whose labels run right (the left half) from the right, then those whose labels
    // run left from the left: a line standing inside a neighbour's label is placed first,
    // lower, so its line stops below that label.
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&lines[a], &lines[b]);
        let rightward = |l: &DateLine| l.label_x >= l.x;
        match (rightward(a), rightward(b)) {
            (true, true) => b.x.total_cmp(&a.x),
            (false, false) => a.x.total_cmp(&b.x),
            (true, false) => std::cmp::Ordering::Less,
            (false, true) => std::cmp::Ordering::Greater,
        }
    });
    let mut best = place(&mut lines, &widths, &order, gap);
    // A few lines (the usual case) that still cross: every order is tried, and the one
    // with the fewest crossings, then the fewest levels, kept.
    if best.0 > 0 && order.len() <= MAX_ORDERED_LINES {
        let mut levels: Vec<usize> = lines.iter().map(|l| l.level).collect();
        every_order(&mut order.clone(), order.len(), &mut |order| {
            let tried = place(&mut lines, &widths, order, gap);
            if tried < best {
                best = tried;
                levels = lines.iter().map(|l| l.level).collect();
            }
        });
        for (line, level) in lines.iter_mut().zip(levels) {
            line.level = level;
        }
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
mod tests;
