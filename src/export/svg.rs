//! The timeline as a self-contained SVG picture, for the HTML export or a file of its own: one
//! lane per responsibility from the original mandate to today, its periods as bars in their
//! status colours with the status word and holders written on them (or, on a bar too short
//! for them, in its hover title; a legend names every colour), events as marks whose hover
//! title is the event, and lines at the mandates' dates and today. No scripts, no external
//! files; every text escaped. The geometry is [`crate::draw::timeline`]'s, the window's too.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::{escape_markup as escape, hex};
use crate::draw::palette::status_rgb;
use crate::draw::timeline::{self, Bar, DateLine, Grid, Lane, LineKind, Tick, Timeline};
use crate::i18n::{FluentValue, Language, status_label};
use crate::model::{Document, PartialDate, Responsibility, Status};

/// The picture's width.
const WIDTH: f32 = 1000.0;
/// Space around the picture's contents.
const MARGIN: f32 = 12.0;
/// The width of the column of row labels.
const LABEL_COLUMN: f32 = 210.0;
/// The height of a lane.
const LANE: f32 = 34.0;
/// The size of text on the bars and the axis.
const FONT: f32 = 12.0;
/// The height of a line of the dated lines' labels.
const LABEL_LINE: f32 = 16.0;
/// The height of the year axis.
const AXIS: f32 = 24.0;
/// The height of the legend.
const LEGEND: f32 = 24.0;
/// Room each side of the words on a bar.
const PADDING: f32 = 4.0;

/// Text on the page.
const INK: &str = "#1a1a1a";
/// Secondary text and the dated lines.
const WEAK: &str = "#555555";
/// Every other lane's background.
const STRIPE: &str = "#f3f3f3";

/// The width of a text at `size`, estimated generously (no fonts are at hand here): a bar
/// gets its words only when they surely fit.
fn measure(text: &str, size: f32) -> f32 {
    text.chars().count() as f32 * size * 0.6
}

/// The text cut to fit `width` at `size`, with "…" where it was cut.
fn clip(text: &str, width: f32, size: f32) -> String {
    if measure(text, size) <= width {
        return text.to_owned();
    }
    let keep = ((width / (size * 0.6)) as usize).saturating_sub(1);
    let mut cut: String = text.chars().take(keep).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// The fill of a status and the colour of text on it.
fn colours(status: Status) -> (String, &'static str) {
    let rgb = status_rgb(status);
    (hex(rgb), super::html::ink_on(rgb))
}

/// The timeline of every row of `doc`, from its original mandate to `today`, as an SVG
/// element that can stand inline in an HTML page or alone in a `.svg` file; its words in
/// `lang`.
pub fn timeline_svg(doc: &Document, today: PartialDate, lang: Language) -> String {
    let rows: Vec<&Responsibility> = doc.rows.iter().collect();
    rows_svg(doc, &rows, today, lang)
}

/// The timeline of `rows` (of `doc`), from its original mandate to `today`, in `lang`.
pub fn rows_svg(
    doc: &Document,
    rows: &[&Responsibility],
    today: PartialDate,
    lang: Language,
) -> String {
    let plot_x0 = MARGIN + LABEL_COLUMN + 8.0;
    let plot_x1 = WIDTH - MARGIN - 8.0;
    // The dated lines' labels first, to know how many lines of them there are.
    let scale = timeline::Scale::new(doc, today, plot_x0, plot_x1);
    let levels = timeline::lines(doc, &scale, lang, |t| measure(t, FONT), 10.0)
        .iter()
        .map(|l| l.level + 1)
        .max()
        .unwrap_or(1);
    let top = MARGIN + levels as f32 * LABEL_LINE + 6.0;
    let grid = Grid {
        x0: plot_x0,
        x1: plot_x1,
        top,
        lane_height: LANE,
    };
    let picture = timeline::layout(doc, rows, today, grid, 44.0, lang, |t| measure(t, FONT));
    let bottom = top + rows.len() as f32 * LANE;
    let height = bottom + AXIS + LEGEND + MARGIN;
    let name = escape(&lang.t_args(
        "export-svg-name",
        &[
            ("count", FluentValue::from(rows.len())),
            ("mandate", FluentValue::from(doc.original.label.as_str())),
            ("date", FluentValue::from(doc.original.date.to_string())),
            ("today", FluentValue::from(today.to_string())),
        ],
    ));
    let mut w = String::new();
    let _ = writeln!(
        w,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"img\" \
         aria-label=\"{name}\" width=\"{WIDTH}\" height=\"{height}\" \
         viewBox=\"0 0 {WIDTH} {height}\" font-family=\"system-ui, 'Segoe UI', Ubuntu, sans-serif\" \
         font-size=\"{FONT}\">"
    );
    let _ = writeln!(w, "<title>{name}</title>");
    let _ = writeln!(
        w,
        "<rect width=\"{WIDTH}\" height=\"{height}\" fill=\"#ffffff\"/>"
    );
    for (lane, row) in picture.lanes.iter().zip(rows) {
        lane_svg(&mut w, doc, row, lane, lang);
    }
    // The dated lines over the bars, and the bars' words and the events over the lines.
    lines_svg(&mut w, &picture, top, bottom);
    for (lane, row) in picture.lanes.iter().zip(rows) {
        over_svg(&mut w, row, lane, lang);
    }
    axis_svg(&mut w, &picture.ticks, bottom);
    legend_svg(&mut w, &picture, bottom + AXIS, lang);
    w.push_str("</svg>\n");
    w
}

/// One lane: its stripe, its label and its bars, grouped under the lane's description.
fn lane_svg(w: &mut String, doc: &Document, row: &Responsibility, lane: &Lane, lang: Language) {
    let b = lane.bounds;
    let _ = writeln!(
        w,
        "<g class=\"lane\"><title>{}</title>",
        escape(&timeline::lane_description(doc, row, lang))
    );
    if lane.index % 2 == 1 {
        let _ = writeln!(
            w,
            "<rect x=\"{MARGIN}\" y=\"{}\" width=\"{}\" height=\"{LANE}\" fill=\"{STRIPE}\"/>",
            b.y0,
            WIDTH - 2.0 * MARGIN
        );
    }
    let _ = writeln!(
        w,
        "<text x=\"{MARGIN}\" y=\"{:.1}\" font-weight=\"600\" fill=\"{INK}\">{}</text>",
        b.y0 + 14.0,
        escape(&clip(&lane.label, LABEL_COLUMN, FONT))
    );
    let _ = writeln!(
        w,
        "<text x=\"{MARGIN}\" y=\"{:.1}\" font-size=\"{}\" fill=\"{WEAK}\">{}</text>",
        b.y0 + 28.0,
        FONT - 1.0,
        escape(&clip(&row.title, LABEL_COLUMN, FONT - 1.0))
    );
    for bar in &lane.bars {
        bar_svg(w, bar, lang);
    }
    w.push_str("</g>\n");
}

/// What goes over the dated lines in a lane: its bars' words and its events' marks.
fn over_svg(w: &mut String, row: &Responsibility, lane: &Lane, lang: Language) {
    w.push_str("<g class=\"over\">\n");
    for bar in &lane.bars {
        words_svg(w, bar, lang);
    }
    for mark in &lane.marks {
        let Some(event) = row.events.get(mark.event) else {
            continue;
        };
        let _ = writeln!(
            w,
            "<path class=\"event\" d=\"M{:.1} {:.1}l4.5 4.5l-4.5 4.5l-4.5 -4.5z\" fill=\"{INK}\" \
             stroke=\"#ffffff\" stroke-width=\"1\"><title>{}: {}</title></path>",
            mark.x,
            mark.y - 4.5,
            event.date,
            escape(&event.text)
        );
    }
    w.push_str("</g>\n");
}

/// A bar: its fill, with its hover title.
fn bar_svg(w: &mut String, bar: &Bar, lang: Language) {
    let b = bar.bounds;
    let (fill, _) = colours(bar.status);
    let _ = writeln!(
        w,
        "<rect class=\"bar\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"2\" \
         fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"0.5\"><title>{}</title></rect>",
        b.x0,
        b.y0,
        b.width(),
        b.height(),
        escape(&bar.hover_text(lang))
    );
}

/// The words that fit on a bar.
fn words_svg(w: &mut String, bar: &Bar, lang: Language) {
    let b = bar.bounds;
    let (_, ink) = colours(bar.status);
    if let Some(words) = bar.fitting_words(PADDING, lang, |t| measure(t, FONT)) {
        let _ = writeln!(
            w,
            "<text x=\"{:.1}\" y=\"{:.1}\" fill=\"{ink}\" pointer-events=\"none\">{}</text>",
            b.x0 + PADDING,
            b.center_y() + FONT * 0.35,
            escape(&words)
        );
    }
}

/// The dated lines across the lanes, with their labels above them.
fn lines_svg(w: &mut String, picture: &Timeline, top: f32, bottom: f32) {
    for line in &picture.lines {
        let DateLine {
            kind,
            x,
            level,
            label_x,
            ..
        } = line;
        let label_y = top - 6.0 - *level as f32 * LABEL_LINE;
        let dash = if *kind == LineKind::Today {
            " stroke-dasharray=\"5 3\""
        } else {
            ""
        };
        let _ = writeln!(
            w,
            "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{bottom:.1}\" stroke=\"{INK}\" \
             stroke-width=\"1.2\"{dash}/>",
            label_y + 3.0
        );
        let _ = writeln!(
            w,
            "<text x=\"{label_x:.1}\" y=\"{label_y:.1}\" fill=\"{INK}\">{}</text>",
            escape(&line.label)
        );
    }
}

/// The years along the bottom.
fn axis_svg(w: &mut String, ticks: &[Tick], bottom: f32) {
    for tick in ticks {
        let _ = writeln!(
            w,
            "<line x1=\"{x:.1}\" y1=\"{bottom:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"{WEAK}\"/>\
             <text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"{WEAK}\">{}</text>",
            bottom + 4.0,
            bottom + 4.0 + FONT,
            tick.year,
            x = tick.x,
        );
    }
}

/// Each status shown, as a swatch with its word: the colours named for print, where hover
/// titles cannot be read.
fn legend_svg(w: &mut String, picture: &Timeline, y: f32, lang: Language) {
    let shown: BTreeSet<Status> = picture
        .lanes
        .iter()
        .flat_map(|l| l.bars.iter().map(|b| b.status))
        .collect();
    let mut x = MARGIN + LABEL_COLUMN + 8.0;
    for status in shown {
        let (fill, _) = colours(status);
        let label = status_label(lang, status);
        let _ = writeln!(
            w,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"12\" height=\"12\" fill=\"{fill}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" fill=\"{INK}\">{}</text>",
            y + 6.0,
            x + 16.0,
            y + 16.0,
            escape(&label)
        );
        x += 16.0 + measure(&label, FONT) + 12.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> PartialDate {
        "2026-05-12".parse().expect("a date")
    }

    /// Checks that every tag is closed in order, every attribute value is quoted, and no `<`
    /// or `&` stands bare in text; returns the names of the elements opened, in order.
    fn well_formed(svg: &str) -> Vec<String> {
        let mut stack: Vec<String> = Vec::new();
        let mut opened = Vec::new();
        let mut rest = svg;
        while let Some(start) = rest.find('<') {
            check_text(&rest[..start]);
            let end = rest[start..].find('>').expect("a tag is closed") + start;
            let tag = &rest[start + 1..end];
            assert!(!tag.contains('<'), "a bare < in {tag}");
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop().as_deref(), Some(name), "closing {name}");
            } else {
                let name: String = tag
                    .chars()
                    .take_while(|c| !c.is_whitespace() && *c != '/')
                    .collect();
                assert_eq!(tag.matches('"').count() % 2, 0, "quotes in {tag}");
                check_text(tag);
                opened.push(name.clone());
                if !tag.ends_with('/') {
                    stack.push(name);
                }
            }
            rest = &rest[end + 1..];
        }
        check_text(rest);
        assert!(stack.is_empty(), "left open: {stack:?}");
        opened
    }

    /// No `&` that does not start an entity.
    fn check_text(text: &str) {
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                    .iter()
                    .any(|e| entity.starts_with(e)),
                "a bare & at {}",
                entity.chars().take(8).collect::<String>()
            );
        }
    }

    #[test]
    fn the_built_in_timeline_is_well_formed_with_a_bar_per_phase() {
        let doc = crate::io::builtin().expect("built-in");
        let svg = timeline_svg(&doc, today(), Language::En);
        let opened = well_formed(&svg);
        assert_eq!(opened.first().map(String::as_str), Some("svg"));
        assert_eq!(opened.iter().filter(|n| *n == "svg").count(), 1);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("role=\"img\"") && svg.contains("aria-label=\"Timeline of 19"));
        assert!(!svg.contains("<script"));
        let phases: usize = doc.rows.iter().map(|r| r.phases.len()).sum();
        let bars: Vec<&str> = svg.split("<rect class=\"bar\"").skip(1).collect();
        assert_eq!(bars.len(), phases);
        // Every bar carries its status word, in its title and, where it fits, on it.
        for bar in &bars {
            let title = bar
                .split("<title>")
                .nth(1)
                .and_then(|t| t.split("</title>").next())
                .expect("a title");
            assert!(
                Status::ALL
                    .iter()
                    .any(|s| title
                        .contains(&crate::i18n::status_label(crate::i18n::Language::En, *s))),
                "no status word in {title}"
            );
        }
        let events: usize = doc.rows.iter().map(|r| r.events.len()).sum();
        assert_eq!(svg.matches("class=\"event\"").count(), events);
        assert_eq!(svg.matches("<g class=\"lane\">").count(), doc.rows.len());
        for label in [&doc.original.label, &doc.current.label] {
            assert!(svg.contains(&escape(label)), "no line for {label}");
        }
        assert!(svg.contains("Today, 2026-05-12"));
        assert!(svg.contains(">2008</text>") || svg.contains(">2010</text>"));
    }

    #[test]
    fn texts_are_escaped() {
        let mut doc = crate::io::builtin().expect("built-in");
        doc.rows[0].title = "<script>alert(\"x\")</script> & co".to_owned();
        doc.rows[0].events[0].text = "a < b && c > d 'quoted'".to_owned();
        doc.original.label = "Résolution <1> & \"two\"".to_owned();
        doc.holders[0].short = "A&B <C>".to_owned();
        let svg = timeline_svg(&doc, today(), Language::En);
        well_formed(&svg);
        assert!(!svg.contains("<script"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains("a &lt; b &amp;&amp; c &gt; d &#39;quoted&#39;"));
        assert!(svg.contains("Résolution &lt;1&gt; &amp; &quot;two&quot;"));
    }

    #[test]
    fn no_rows_is_still_a_picture() {
        let mut doc = crate::io::builtin().expect("built-in");
        doc.rows.clear();
        let svg = timeline_svg(&doc, today(), Language::En);
        well_formed(&svg);
        assert!(!svg.contains("class=\"bar\""));
        assert!(svg.contains("Today, 2026-05-12"));
    }

    #[test]
    fn the_height_grows_with_the_rows_and_words_fit_their_bars() {
        let doc = crate::io::builtin().expect("built-in");
        let all: Vec<&Responsibility> = doc.rows.iter().collect();
        let height = |svg: &str| -> f32 {
            let at = svg.find("height=\"").expect("a height") + 8;
            let end = svg[at..].find('"').expect("quoted") + at;
            svg[at..end].parse().expect("a number")
        };
        let few = rows_svg(&doc, &all[..3], today(), Language::En);
        let many = rows_svg(&doc, &all, today(), Language::En);
        assert!((height(&many) - height(&few) - 16.0 * LANE).abs() < 0.01);
        assert!(few.contains("width=\"1000\""));
        // The bars of a long period carry their words.
        assert!(many.contains(">Ongoing: KFOR</text>"), "{many}");
    }

    #[test]
    fn long_texts_are_clipped_with_an_ellipsis() {
        assert_eq!(clip("short", 200.0, 12.0), "short");
        let cut = clip(&"word ".repeat(40), 100.0, 12.0);
        assert!(cut.ends_with('…'));
        assert!(measure(&cut, 12.0) <= 100.0);
    }
}
