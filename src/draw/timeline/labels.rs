//! Placing the dated lines' labels on levels above the lanes: none meets another, and no line
//! (which rises from the lanes to its own label) strikes through a label it passes under.

use super::DateLine;

/// At most this many lines are placed in every possible order (6! = 720 orders).
pub(super) const MAX_ORDERED_LINES: usize = 6;

/// Places the labels in `order`, each on its [`free_level`]; returns the crossings left and
/// the number of levels.
pub(super) fn place(
    lines: &mut [DateLine],
    widths: &[f32],
    order: &[usize],
    gap: f32,
) -> (usize, usize) {
    let mut placed: Vec<usize> = Vec::new();
    let mut crossings = 0;
    for &i in order {
        let (level, crossed) = free_level(lines, widths, &placed, i, gap);
        lines[i].level = level;
        crossings += crossed;
        placed.push(i);
    }
    let levels = lines.iter().map(|l| l.level + 1).max().unwrap_or(0);
    (crossings, levels)
}

/// Calls `visit` with every order of `items[..k]` (Heap's algorithm).
pub(super) fn every_order(items: &mut [usize], k: usize, visit: &mut impl FnMut(&[usize])) {
    if k <= 1 {
        visit(items);
        return;
    }
    for i in 0..k - 1 {
        every_order(items, k - 1, visit);
        if k.is_multiple_of(2) {
            items.swap(i, k - 1);
        } else {
            items.swap(0, k - 1);
        }
    }
    every_order(items, k - 1, visit);
}

/// The lowest level for line `i`'s label where it meets no label placed before (with `gap`
/// between), its line crosses no label below it, and no line rising higher crosses it; where
/// no level avoids every crossing (a line standing inside a label whose own line stands
/// inside this one's), the lowest level with the fewest. Returns the level and its crossings.
fn free_level(
    lines: &[DateLine],
    widths: &[f32],
    placed: &[usize],
    i: usize,
    gap: f32,
) -> (usize, usize) {
    let span = |k: usize| (lines[k].label_x - gap, lines[k].label_x + widths[k] + gap);
    let inside = |x: f32, (from, to): (f32, f32)| from <= x && x <= to;
    let (from, to) = span(i);
    let x = lines[i].x;
    let mut best = (0, usize::MAX);
    for level in 0..=placed.len() {
        let meets = placed.iter().any(|&k| {
            let (k_from, k_to) = span(k);
            lines[k].level == level && k_from < to && from < k_to
        });
        if meets {
            continue;
        }
        let crossings = placed
            .iter()
            .filter(|&&k| {
                (lines[k].level < level && inside(x, span(k)))
                    || (lines[k].level > level && inside(lines[k].x, (from, to)))
            })
            .count();
        if crossings == 0 {
            return (level, 0);
        }
        if crossings < best.1 {
            best = (level, crossings);
        }
    }
    best
}
