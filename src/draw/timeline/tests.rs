//! The timeline's picture checked: bars, lanes, date lines, ticks and words.

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

/// Whether two of the lines' labels meet on a level, or a line, rising from the lanes to its
/// own label, strikes through a label it passes under (the review's "2008 lines strike
/// through the text").
fn clashes(lines: &[DateLine], measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut clashes = Vec::new();
    for a in lines {
        let (from, to) = (a.label_x, a.label_x + measure(&a.label));
        for b in lines.iter().filter(|b| *b != a) {
            let (b_from, b_to) = (b.label_x, b.label_x + measure(&b.label));
            if a.level == b.level && from < b_to && b_from < to {
                clashes.push(format!("{} meets {}", a.label, b.label));
            }
            if b.level > a.level && from <= b.x && b.x <= to {
                clashes.push(format!("the line of {} crosses {}", b.label, a.label));
            }
        }
    }
    clashes
}

#[test]
fn no_label_meets_another_and_no_line_strikes_through_a_label() {
    let doc = builtin();
    for lang in Language::ALL {
        for (width, per_char) in [(500.0, 6.0), (780.0, 7.0), (1000.0, 6.5), (1500.0, 8.0)] {
            let measure = move |text: &str| text.chars().count() as f32 * per_char;
            let scale = Scale::new(&doc, day(TODAY), 200.0, 200.0 + width);
            let lines = lines(&doc, &scale, lang, measure, 10.0);
            let found = clashes(&lines, &measure);
            assert!(found.is_empty(), "{lang:?} at {width}: {found:#?}");
        }
    }
    // Two mandates on the same day: two levels, the later label higher, no crossing.
    let mut same = doc.clone();
    same.current.date = same.original.date;
    let scale = Scale::new(&same, day(TODAY), 200.0, 980.0);
    let lines = lines(&same, &scale, Language::En, measure, 10.0);
    assert_ne!(lines[0].level, lines[1].level);
}
