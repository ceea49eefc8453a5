//! The layout of "who holds what now": three columns of nodes (the presences, the statuses,
//! today's holders) and the bands between them. Pure geometry, no painting, so it is tested
//! on its own.

use std::collections::{BTreeMap, HashMap};

use egui::{Color32, Rect, pos2, vec2};

use crate::i18n::{Language, status_label};
use crate::model::{Document, Responsibility, Status};
use crate::ui::theme;

/// Width of a node.
const NODE_WIDTH: f32 = 14.0;
/// Space between two nodes of a column.
const GAP: f32 = 4.0;

/// What a node stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Key {
    /// A presence, by id.
    Presence(String),
    /// A status today.
    Status(Status),
    /// A holder today, by id; `None` for the rows nobody holds.
    Holder(Option<String>),
}

/// A node: its key, words, row count, colour and place.
pub(super) struct Node {
    pub(super) key: Key,
    pub(super) label: String,
    pub(super) count: usize,
    pub(super) color: Color32,
    pub(super) rect: Rect,
}

/// A band from a node of one column to a node of the next.
pub(super) struct Band<'a> {
    /// (column, node) at each end.
    pub(super) from: (usize, usize),
    pub(super) to: (usize, usize),
    /// Where it leaves and arrives: x, and the top edge.
    pub(super) x: [f32; 2],
    pub(super) top: [f32; 2],
    pub(super) thickness: f32,
    pub(super) color: Color32,
    /// The rows it carries, named in the tooltip.
    pub(super) rows: Vec<&'a Responsibility>,
}

/// The whole flow.
pub(super) struct Flow<'a> {
    pub(super) columns: [Vec<Node>; 3],
    pub(super) bands: Vec<Band<'a>>,
}

/// A row's holders as keys; `None` for a row nobody holds.
fn holder_keys(row: &Responsibility) -> impl Iterator<Item = Option<&str>> {
    let holders = row.effective_holders();
    let nobody = holders.is_empty().then_some(None);
    holders.iter().map(|h| Some(h.as_str())).chain(nobody)
}

/// Lays out the flow of `rows` in `rect`. Every node is at least `min_height` high (a line of
/// text, so labels never overlap); `label_width` measures a node's label, for the room left
/// and right.
pub(super) fn layout<'a>(
    doc: &Document,
    rows: &[&'a Responsibility],
    rect: Rect,
    min_height: f32,
    lang: Language,
    label_width: impl Fn(&str) -> f32,
) -> Flow<'a> {
    let items = column_items(doc, rows, lang);
    let left = rect.left() + room(&items[0], &label_width);
    let right = rect.right() - room(&items[2], &label_width) - NODE_WIDTH;
    let xs = [left, (left + right) / 2.0, right];
    let [a, b, c] = items;
    let columns = [
        column(a, xs[0], rect, min_height),
        column(b, xs[1], rect, min_height),
        column(c, xs[2], rect, min_height),
    ];
    let bands = bands(rows, &columns);
    Flow { columns, bands }
}

/// The room a column's labels need beside its nodes.
fn room(items: &[(Key, String, usize, Color32)], label_width: &impl Fn(&str) -> f32) -> f32 {
    items
        .iter()
        .map(|(_, label, n, _)| label_width(&node_label(label, *n)))
        .fold(40.0, f32::max)
        + 12.0
}

/// The least width the picture needs so that the middle column's labels (which stand right of
/// its nodes) end before the last column starts: longer words (Serbian, Albanian) or a narrow
/// window scroll instead of overlapping.
pub(super) fn min_width(
    doc: &Document,
    rows: &[&Responsibility],
    lang: Language,
    label_width: impl Fn(&str) -> f32,
) -> f32 {
    let [a, b, c] = column_items(doc, rows, lang);
    room(&a, &label_width)
        + 2.0 * (NODE_WIDTH + room(&b, &label_width))
        + NODE_WIDTH
        + room(&c, &label_width)
}

/// The least height the picture needs: its longest column with every node `min_height` high
/// (and the gaps between them), plus a little for the counts to show in the nodes' heights.
pub(super) fn min_height(
    doc: &Document,
    rows: &[&Responsibility],
    lang: Language,
    min_height: f32,
) -> f32 {
    column_items(doc, rows, lang)
        .iter()
        .map(|items| (GAP + min_height) * items.len() as f32)
        .fold(0.0, f32::max)
        + min_height
}

/// The words on a node.
pub(super) fn node_label(label: &str, count: usize) -> String {
    format!("{label} ({count})")
}

/// Each column's nodes before placing: key, label, count, colour.
fn column_items(
    doc: &Document,
    rows: &[&Responsibility],
    lang: Language,
) -> [Vec<(Key, String, usize, Color32)>; 3] {
    let presences = doc
        .presences
        .iter()
        .map(|p| {
            let n = rows.iter().filter(|r| r.presence == p.id).count();
            (
                Key::Presence(p.id.clone()),
                p.short_in(lang.label_tags()).to_owned(),
                n,
                theme::PRESENCE_NODE,
            )
        })
        .filter(|item| item.2 > 0)
        .collect();
    let statuses = Status::ALL
        .iter()
        .map(|s| {
            let n = rows.iter().filter(|r| r.effective_status() == *s).count();
            (
                Key::Status(*s),
                status_label(lang, *s),
                n,
                theme::status_color(*s),
            )
        })
        .filter(|item| item.2 > 0)
        .collect();
    let mut counts: BTreeMap<Option<&str>, usize> = BTreeMap::new();
    for row in rows {
        for key in holder_keys(row) {
            *counts.entry(key).or_insert(0) += 1;
        }
    }
    let mut holders: Vec<_> = counts.into_iter().collect();
    // Most-used holders first; "no holder" last.
    holders.sort_by_key(|(id, n)| (id.is_none(), std::cmp::Reverse(*n)));
    let holders = holders
        .into_iter()
        .map(|(id, n)| {
            let label = id.map_or_else(
                || lang.t("summary-no-holder"),
                |id| {
                    doc.holder(id).map_or_else(
                        || id.to_owned(),
                        |h| h.short_in(lang.label_tags()).to_owned(),
                    )
                },
            );
            (
                Key::Holder(id.map(str::to_owned)),
                label,
                n,
                theme::PRESENCE_NODE,
            )
        })
        .collect();
    [presences, statuses, holders]
}

/// Places a column's nodes top to bottom: each at least `min_height`, the rest of the height
/// shared out by count.
fn column(
    items: Vec<(Key, String, usize, Color32)>,
    x: f32,
    rect: Rect,
    min_height: f32,
) -> Vec<Node> {
    let total: usize = items.iter().map(|i| i.2).sum();
    let fixed = (GAP + min_height) * items.len() as f32;
    let unit = (rect.height() - fixed).max(0.0) / total.max(1) as f32;
    let mut y = rect.top();
    items
        .into_iter()
        .map(|(key, label, count, color)| {
            let height = min_height + unit * count as f32;
            let rect = Rect::from_min_size(pos2(x, y), vec2(NODE_WIDTH, height));
            y += height + GAP;
            Node {
                key,
                label,
                count,
                color,
                rect,
            }
        })
        .collect()
}

/// The bands: presence to status (one unit per row), status to holder (one unit per row and
/// holder), stacked down each node in the order of the next column.
fn bands<'a>(rows: &[&'a Responsibility], columns: &[Vec<Node>; 3]) -> Vec<Band<'a>> {
    // Which rows go along each band, in one pass over the rows.
    let mut by_pair: HashMap<(usize, usize, usize), Vec<&'a Responsibility>> = HashMap::new();
    let find = |col: usize, key: &Key| columns[col].iter().position(|n| n.key == *key);
    for &row in rows {
        let status = Key::Status(row.effective_status());
        let (Some(p), Some(s)) = (
            find(0, &Key::Presence(row.presence.clone())),
            find(1, &status),
        ) else {
            continue;
        };
        by_pair.entry((0, p, s)).or_default().push(row);
        for holder in holder_keys(row) {
            if let Some(h) = find(2, &Key::Holder(holder.map(str::to_owned))) {
                by_pair.entry((1, s, h)).or_default().push(row);
            }
        }
    }
    // How many units leave each node: a status node sends one per row and holder, which may
    // be more than its rows, so its bands share its height by that number.
    let mut out_units: [Vec<usize>; 3] = columns.each_ref().map(|c| vec![0; c.len()]);
    for ((col, from, _), inside) in &by_pair {
        out_units[*col][*from] += inside.len();
    }
    let mut out_at: [Vec<f32>; 3] = columns.each_ref().map(|c| vec![0.0; c.len()]);
    let mut in_at = out_at.clone();
    let mut bands = Vec::new();
    for col in 0..2 {
        for from in 0..columns[col].len() {
            for to in 0..columns[col + 1].len() {
                let Some(inside) = by_pair.remove(&(col, from, to)) else {
                    continue;
                };
                let (a, b) = (&columns[col][from], &columns[col + 1][to]);
                let n = inside.len() as f32;
                let from_unit = a.rect.height() / out_units[col][from] as f32;
                let to_unit = b.rect.height() / b.count as f32;
                let color = match (&a.key, &b.key) {
                    (Key::Status(s), _) | (_, Key::Status(s)) => theme::status_color(*s),
                    _ => a.color,
                };
                bands.push(Band {
                    from: (col, from),
                    to: (col + 1, to),
                    x: [a.rect.right(), b.rect.left()],
                    top: [
                        a.rect.top() + out_at[col][from],
                        b.rect.top() + in_at[col + 1][to],
                    ],
                    thickness: (from_unit * n).min(to_unit * n),
                    color,
                    rows: inside,
                });
                out_at[col][from] += from_unit * n;
                in_at[col + 1][to] += to_unit * n;
            }
        }
    }
    bands
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flow_of(doc: &Document, height: f32) -> Flow<'_> {
        let rows: Vec<&Responsibility> = doc.rows.iter().collect();
        let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(900.0, height));
        layout(doc, &rows, rect, 17.5, Language::En, |label| {
            label.len() as f32 * 7.0
        })
    }

    #[test]
    fn at_its_least_width_no_label_of_the_middle_column_reaches_the_last() {
        let doc = crate::io::builtin().expect("built-in");
        let rows: Vec<&Responsibility> = doc.rows.iter().collect();
        let measure = |label: &str| label.chars().count() as f32 * 8.5;
        for lang in Language::ALL {
            let width = min_width(&doc, &rows, lang, measure);
            let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(width, 560.0));
            let flow = layout(&doc, &rows, rect, 17.5, lang, measure);
            let last = flow.columns[2][0].rect.left();
            for node in &flow.columns[1] {
                let end = node.rect.right() + 6.0 + measure(&node_label(&node.label, node.count));
                assert!(end < last, "{lang}: {} reaches {end} > {last}", node.label);
            }
            // Narrower, it would.
            let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(width * 0.7, 560.0));
            let flow = layout(&doc, &rows, rect, 17.5, lang, measure);
            let last = flow.columns[2][0].rect.left();
            assert!(flow.columns[1].iter().any(|node| {
                node.rect.right() + 6.0 + measure(&node_label(&node.label, node.count)) > last
            }));
        }
    }

    #[test]
    fn every_row_flows_through_and_nodes_stay_apart_inside_the_picture() {
        let doc = crate::io::builtin().expect("built-in");
        for height in [120.0, 560.0, 2000.0] {
            let flow = flow_of(&doc, height);
            // Presence and status columns each count every row once.
            for col in 0..2 {
                let total: usize = flow.columns[col].iter().map(|n| n.count).sum();
                assert_eq!(total, doc.rows.len());
            }
            let carried: usize = flow
                .bands
                .iter()
                .filter(|b| b.from.0 == 0)
                .map(|b| b.rows.len())
                .sum();
            assert_eq!(carried, doc.rows.len());
            for nodes in &flow.columns {
                for pair in nodes.windows(2) {
                    assert!(pair[0].rect.bottom() < pair[1].rect.top(), "nodes overlap");
                }
                if height >= 560.0 {
                    let last = nodes.last().expect("a node");
                    assert!(last.rect.bottom() <= height + 0.01, "past the bottom");
                }
            }
            // Bands start and end inside their nodes.
            for band in &flow.bands {
                let a = &flow.columns[band.from.0][band.from.1].rect;
                let b = &flow.columns[band.to.0][band.to.1].rect;
                assert!(
                    band.top[0] >= a.top() && band.top[0] + band.thickness <= a.bottom() + 0.01
                );
                assert!(
                    band.top[1] >= b.top() && band.top[1] + band.thickness <= b.bottom() + 0.01
                );
                assert!(band.x[0] < band.x[1]);
            }
        }
    }

    #[test]
    fn rows_nobody_holds_end_in_the_last_holder_node() {
        let doc = crate::io::builtin().expect("built-in");
        let flow = flow_of(&doc, 560.0);
        let holders = &flow.columns[2];
        let nobody = doc
            .rows
            .iter()
            .filter(|r| r.effective_holders().is_empty())
            .count();
        assert!(nobody > 0, "the built-in dataset has a task that ended");
        let last = holders.last().expect("holders");
        assert_eq!(last.key, Key::Holder(None));
        assert_eq!(last.count, nobody);
        assert_eq!(last.label, "No holder (task ended)");
        // The rest are ordered by how many rows they hold.
        assert!(
            holders[..holders.len() - 1]
                .windows(2)
                .all(|w| w[0].count >= w[1].count)
        );
    }

    #[test]
    fn no_rows_no_nodes() {
        let doc = crate::io::builtin().expect("built-in");
        let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(900.0, 500.0));
        let flow = layout(&doc, &[], rect, 17.5, Language::En, |_| 10.0);
        assert!(flow.columns.iter().all(Vec::is_empty));
        assert!(flow.bands.is_empty());
    }
}
