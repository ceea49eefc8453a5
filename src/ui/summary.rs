//! The summary picture: counts by status as bars, and "who holds what now", a flow from the
//! 1999 presences through each responsibility's status to today's holders. Every node carries
//! its word and count, so the picture reads without colour.

use std::collections::{BTreeMap, HashMap};

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Vec2, pos2, vec2};

use super::theme;
use crate::model::{Document, Responsibility, Status};

/// What a click in the picture asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SummaryClick {
    /// Show the rows with this status.
    Status(Status),
    /// Show the rows held by this holder.
    Holder(String),
    /// Show the rows of this presence.
    Presence(String),
}

/// The label used for rows that no one holds today.
const NO_HOLDER: &str = "No holder (task ended)";

/// The picture, for `rows`. `scale` multiplies the text size (1 in the window, more on a
/// slide). With `interactive`, hovering a band lists its rows and a click on a node reports it.
pub fn summary_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    rows: &[&Responsibility],
    scale: f32,
    interactive: bool,
) -> Option<SummaryClick> {
    let mut click = None;
    let text = 14.0 * scale;
    ui.label(
        egui::RichText::new("Status today")
            .strong()
            .size(text * 1.15),
    );
    let counts = count_by(rows, |r| std::iter::once(r.effective_status()));
    let most = counts.values().copied().max().unwrap_or(1).max(1);
    let bar_area = ui.available_width() - 260.0 * scale;
    for status in Status::ALL {
        let count = counts.get(&status).copied().unwrap_or(0);
        let (rect, response) =
            ui.allocate_exact_size(vec2(ui.available_width(), text * 1.8), sense(interactive));
        let painter = ui.painter_at(rect);
        let label_rect = Rect::from_min_size(rect.min, vec2(150.0 * scale, rect.height()));
        painter.text(
            label_rect.left_center(),
            Align2::LEFT_CENTER,
            status.label(),
            FontId::proportional(text),
            ui.visuals().text_color(),
        );
        let width = bar_area.max(40.0) * count as f32 / most as f32;
        let bar = Rect::from_min_size(
            pos2(label_rect.right(), rect.top() + rect.height() * 0.15),
            vec2(width, rect.height() * 0.7),
        );
        painter.rect_filled(bar, 2.0, theme::status_color(status));
        painter.text(
            pos2(bar.right() + 8.0, rect.center().y),
            Align2::LEFT_CENTER,
            count.to_string(),
            FontId::proportional(text),
            ui.visuals().text_color(),
        );
        let response = response.on_hover_text(status.description());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                interactive,
                format!("{}: {count} of {}", status.label(), rows.len()),
            )
        });
        if interactive && response.clicked() && count > 0 {
            click = Some(SummaryClick::Status(status));
        }
    }
    ui.add_space(12.0 * scale);
    ui.label(egui::RichText::new("Who holds what now: from the 1999 presences, through the status today, to today's holders").strong().size(text * 1.15));
    ui.add_space(6.0 * scale);
    let height = ui.available_height().max(200.0);
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    if let Some(clicked) = flow_ui(ui, rect, doc, rows, text, interactive) {
        click = Some(clicked);
    }
    click
}

fn sense(interactive: bool) -> Sense {
    if interactive {
        Sense::click()
    } else {
        Sense::hover()
    }
}

fn count_by<'a, K: Ord, I: IntoIterator<Item = K>>(
    rows: &[&'a Responsibility],
    keys: impl Fn(&'a Responsibility) -> I,
) -> BTreeMap<K, usize> {
    let mut counts = BTreeMap::new();
    for row in rows {
        for key in keys(row) {
            *counts.entry(key).or_insert(0) += 1;
        }
    }
    counts
}

/// A column of the flow: its nodes, top to bottom.
struct Node {
    key: String,
    label: String,
    count: usize,
    color: Color32,
    rect: Rect,
    /// How far down the node the next band leaves (right side) or arrives (left side).
    out_at: f32,
    in_at: f32,
}

struct Band<'a> {
    from: (usize, usize),
    to: (usize, usize),
    top_left: f32,
    top_right: f32,
    thickness: f32,
    color: Color32,
    /// Named in the tooltip, only when the band is hovered.
    rows: Vec<&'a Responsibility>,
}

/// A row's holders as flow keys; "" for a row nobody holds.
fn holder_keys(row: &Responsibility) -> impl Iterator<Item = &str> {
    let holders = row.effective_holders();
    let nobody = holders.is_empty().then_some("");
    holders.iter().map(String::as_str).chain(nobody)
}

fn flow_ui<'a>(
    ui: &mut egui::Ui,
    rect: Rect,
    doc: &Document,
    rows: &[&'a Responsibility],
    text: f32,
    interactive: bool,
) -> Option<SummaryClick> {
    if rows.is_empty() {
        return None;
    }
    let presences: Vec<(String, String, usize)> = doc
        .presences
        .iter()
        .map(|p| {
            (
                p.id.clone(),
                p.short.clone(),
                rows.iter().filter(|r| r.presence == p.id).count(),
            )
        })
        .filter(|(.., n)| *n > 0)
        .collect();
    let statuses: Vec<(Status, usize)> = Status::ALL
        .iter()
        .map(|s| {
            (
                *s,
                rows.iter().filter(|r| r.effective_status() == *s).count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let holder_counts = count_by(rows, holder_keys);
    let mut holders: Vec<(String, usize)> = holder_counts
        .into_iter()
        .map(|(holder, n)| (holder.to_owned(), n))
        .collect();
    // Most-used holders first; "no holder" last.
    holders.sort_by(|a, b| {
        (a.0.is_empty(), std::cmp::Reverse(a.1)).cmp(&(b.0.is_empty(), std::cmp::Reverse(b.1)))
    });

    // Room for the longest label on each side.
    let measure = |label: &str, n: usize| {
        ui.painter()
            .layout_no_wrap(
                format!("{label} ({n})"),
                FontId::proportional(text),
                Color32::WHITE,
            )
            .size()
            .x
    };
    let label_left = presences
        .iter()
        .map(|(_, short, n)| measure(short, *n))
        .fold(40.0, f32::max)
        + 12.0;
    let label_right = holders
        .iter()
        .map(|(id, n)| measure(doc.holder(id).map_or(NO_HOLDER, |h| h.short.as_str()), *n))
        .fold(40.0, f32::max)
        + 12.0;
    let node_w = 14.0;
    let left = rect.left() + label_left;
    let right = rect.right() - label_right - node_w;
    let x = [left, (left + right) / 2.0, right];
    let text_color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();

    // Every node is at least a line of text high, so labels never overlap; the rest of the
    // height is shared out by count.
    let min_h = text * 1.25;
    let make_column = |items: Vec<(String, String, usize, Color32)>, x: f32| -> Vec<Node> {
        let total: usize = items.iter().map(|i| i.2).sum();
        let gap = 4.0;
        let fixed = (gap + min_h) * items.len() as f32;
        let unit = (rect.height() - fixed).max(0.0) / total.max(1) as f32;
        let mut y = rect.top();
        items
            .into_iter()
            .map(|(key, label, count, color)| {
                let h = min_h + unit * count as f32;
                let node = Node {
                    key,
                    label,
                    count,
                    color,
                    rect: Rect::from_min_size(pos2(x, y), vec2(node_w, h)),
                    out_at: 0.0,
                    in_at: 0.0,
                };
                y += h + gap;
                node
            })
            .collect()
    };
    let grey = Color32::from_gray(128);
    let mut columns = [
        make_column(
            presences
                .iter()
                .map(|(id, short, n)| (id.clone(), short.clone(), *n, grey))
                .collect(),
            x[0],
        ),
        make_column(
            statuses
                .iter()
                .map(|(s, n)| {
                    (
                        s.label().to_owned(),
                        s.label().to_owned(),
                        *n,
                        theme::status_color(*s),
                    )
                })
                .collect(),
            x[1],
        ),
        make_column(
            holders
                .iter()
                .map(|(id, n)| {
                    let label = if id.is_empty() {
                        NO_HOLDER.to_owned()
                    } else {
                        doc.holder(id)
                            .map_or_else(|| id.clone(), |h| h.short.clone())
                    };
                    (id.clone(), label, *n, grey)
                })
                .collect(),
            x[2],
        ),
    ];

    // Bands: presence → status (one unit per row), status → holder (one unit per row and holder).
    let mut bands = Vec::new();
    let mut add_band = |columns: &mut [Vec<Node>; 3],
                        from_col: usize,
                        from_key: &str,
                        to_key: &str,
                        rows_in: Vec<&'a Responsibility>,
                        color: Color32| {
        let (Some(a), Some(b)) = (
            columns[from_col].iter().position(|n| n.key == from_key),
            columns[from_col + 1].iter().position(|n| n.key == to_key),
        ) else {
            return;
        };
        let count = rows_in.len() as f32;
        let from_unit = columns[from_col][a].rect.height() / columns[from_col][a].count as f32;
        let to_unit =
            columns[from_col + 1][b].rect.height() / columns[from_col + 1][b].count as f32;
        let thickness = (from_unit * count).min(to_unit * count);
        let top_left = columns[from_col][a].rect.top() + columns[from_col][a].out_at;
        let top_right = columns[from_col + 1][b].rect.top() + columns[from_col + 1][b].in_at;
        columns[from_col][a].out_at += from_unit * count;
        columns[from_col + 1][b].in_at += to_unit * count;
        bands.push(Band {
            from: (from_col, a),
            to: (from_col + 1, b),
            top_left,
            top_right,
            thickness,
            color,
            rows: rows_in,
        });
    };
    // Which rows go along each band, in one pass over the rows.
    let mut by_presence: HashMap<(&str, Status), Vec<&Responsibility>> = HashMap::new();
    let mut by_holder: HashMap<(Status, &str), Vec<&Responsibility>> = HashMap::new();
    for &row in rows {
        let status = row.effective_status();
        by_presence
            .entry((row.presence.as_str(), status))
            .or_default()
            .push(row);
        for holder in holder_keys(row) {
            by_holder.entry((status, holder)).or_default().push(row);
        }
    }
    for (presence, ..) in &presences {
        for (status, _) in &statuses {
            if let Some(inside) = by_presence.remove(&(presence.as_str(), *status)) {
                add_band(
                    &mut columns,
                    0,
                    presence,
                    status.label(),
                    inside,
                    theme::status_color(*status),
                );
            }
        }
    }
    for (status, _) in &statuses {
        for (holder, _) in &holders {
            if let Some(inside) = by_holder.remove(&(*status, holder.as_str())) {
                add_band(
                    &mut columns,
                    1,
                    status.label(),
                    holder,
                    inside,
                    theme::status_color(*status),
                );
            }
        }
    }

    let painter = ui.painter_at(rect.expand(4.0));
    let pointer = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| rect.contains(*p));
    let draw = |band: &Band, alpha: f32, pointer: Option<Pos2>| {
        let x0 = columns[band.from.0][band.from.1].rect.right();
        let x1 = columns[band.to.0][band.to.1].rect.left();
        let (mesh, inside) = ribbon(
            x0,
            band.top_left,
            x1,
            band.top_right,
            band.thickness,
            band.color.gamma_multiply(alpha),
            pointer,
        );
        painter.add(mesh);
        inside
    };
    let mut hovered_band = None;
    for (index, band) in bands.iter().enumerate() {
        if draw(band, 0.45, pointer) && interactive {
            hovered_band = Some(index);
        }
    }
    if let Some(index) = hovered_band {
        let band = &bands[index];
        // Drawn again on top, stronger.
        draw(band, 0.9, None);
        let title = format!(
            "{} to {}",
            columns[band.from.0][band.from.1].label, columns[band.to.0][band.to.1].label
        );
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            ui.layer_id(),
            egui::Id::unique("band_tooltip"),
            egui::PopupAnchor::Pointer,
        )
        .show(|ui| {
            ui.strong(title);
            for row in &band.rows {
                ui.label(row_line(doc, row));
            }
        });
    }

    let mut click = None;
    for (col, nodes) in columns.iter().enumerate() {
        for (index, node) in nodes.iter().enumerate() {
            painter.rect_filled(node.rect, 2.0, node.color);
            painter.rect_stroke(
                node.rect,
                2.0,
                Stroke::new(1.0, text_color),
                egui::StrokeKind::Inside,
            );
            let label = format!("{} ({})", node.label, node.count);
            let (anchor, pos) = match col {
                0 => (
                    Align2::RIGHT_CENTER,
                    node.rect.left_center() - vec2(6.0, 0.0),
                ),
                1 => (
                    Align2::LEFT_CENTER,
                    node.rect.right_center() + vec2(6.0, 0.0),
                ),
                _ => (
                    Align2::LEFT_CENTER,
                    node.rect.right_center() + vec2(6.0, 0.0),
                ),
            };
            let color = if node.key.is_empty() && col == 2 {
                weak
            } else {
                text_color
            };
            let galley = painter.layout_no_wrap(label.clone(), FontId::proportional(text), color);
            let galley_rect = anchor.anchor_size(pos, galley.size());
            // A backing under the words, so bands never cross them.
            painter.rect_filled(
                galley_rect.expand(2.0),
                3.0,
                ui.visuals().panel_fill.gamma_multiply(0.85),
            );
            painter.galley(galley_rect.min, galley, color);
            // The node and its label are one target, read by screen readers as a button.
            let target = node.rect.union(galley_rect).expand2(Vec2::new(2.0, 1.0));
            let id = ui.scope_id().with(("flow_node", col, &node.key));
            let response = ui.interact(target, id, sense(interactive));
            let what = match col {
                0 => "presence",
                1 => "status",
                _ => "holder",
            };
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    interactive,
                    format!("{what} {label}"),
                )
            });
            if interactive && response.clicked() {
                click = Some(match col {
                    0 => SummaryClick::Presence(node.key.clone()),
                    // The status column is built from `statuses`, in the same order.
                    1 => SummaryClick::Status(statuses[index].0),
                    _ => SummaryClick::Holder(node.key.clone()),
                });
            }
        }
    }
    click
}

fn row_line(doc: &Document, row: &Responsibility) -> String {
    format!("{}: {}", doc.row_label(row), row.title)
}

/// A band between two vertical spans, as a triangle strip between two cubic curves; and
/// whether `pointer` is inside it.
fn ribbon(
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
    thickness: f32,
    color: Color32,
    pointer: Option<Pos2>,
) -> (egui::Shape, bool) {
    const STEPS: usize = 32;
    let mut mesh = egui::Mesh::default();
    let mut inside = false;
    let mut previous: Option<(f32, f32, f32)> = None;
    for i in 0..=STEPS {
        let t = i as f32 / STEPS as f32;
        // Smoothstep in y, linear in x: the shape of a cubic with horizontal tangents.
        let s = t * t * (3.0 - 2.0 * t);
        let x = x0 + (x1 - x0) * t;
        let top = y0 + (y1 - y0) * s;
        mesh.colored_vertex(pos2(x, top), color);
        mesh.colored_vertex(pos2(x, top + thickness), color);
        if i > 0 {
            let base = (2 * i - 2) as u32;
            mesh.add_triangle(base, base + 1, base + 2);
            mesh.add_triangle(base + 1, base + 3, base + 2);
        }
        if let (Some(p), Some((px, ptop, _))) = (pointer, previous)
            && p.x >= px
            && p.x <= x
        {
            let f = if x > px { (p.x - px) / (x - px) } else { 0.0 };
            let y_top = ptop + (top - ptop) * f;
            if p.y >= y_top && p.y <= y_top + thickness.max(3.0) {
                inside = true;
            }
        }
        previous = Some((x, top, thickness));
    }
    (egui::Shape::mesh(mesh), inside)
}
