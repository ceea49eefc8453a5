//! The summary picture: counts by status as bars, and "who holds what now", a flow from the
//! 1999 presences through each responsibility's status to today's holders. Every node carries
//! its word and count, so the picture reads without colour.

mod flow;

use std::collections::BTreeMap;

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Vec2, pos2, vec2};

use super::theme;
use crate::i18n::{status_description, status_label};
use crate::model::{Document, Responsibility, Status};
use crate::tr;
use flow::{Band, Flow, Key, Node};

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
        egui::RichText::new(tr!("summary-status-today"))
            .strong()
            .size(text * 1.15),
    );
    // Whose status is counted: the built-in one, except where someone gave their own.
    let own = rows.iter().filter(|r| r.assessment.is_some()).count();
    if own > 0 {
        ui.label(
            egui::RichText::new(tr!("summary-own-counted", count = own))
                .size(text)
                .color(theme::own_assessment_color(ui)),
        );
    }
    let mut counts: BTreeMap<Status, usize> = BTreeMap::new();
    for row in rows {
        *counts.entry(row.effective_status()).or_insert(0) += 1;
    }
    let most = counts.values().copied().max().unwrap_or(1).max(1);
    let bar_area = ui.available_width() - 260.0 * scale;
    let lang = crate::i18n::current();
    for status in Status::ALL {
        let label = status_label(lang, status);
        let count = counts.get(&status).copied().unwrap_or(0);
        let (rect, response) =
            ui.allocate_exact_size(vec2(ui.available_width(), text * 1.8), sense(interactive));
        let painter = ui.painter_at(rect);
        let label_rect = Rect::from_min_size(rect.min, vec2(150.0 * scale, rect.height()));
        painter.text(
            label_rect.left_center(),
            Align2::LEFT_CENTER,
            &label,
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
        let response = response.on_hover_text(status_description(lang, status));
        let response = if interactive && count > 0 {
            response.on_hover_cursor(egui::CursorIcon::PointingHand)
        } else {
            response
        };
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                interactive,
                tr!(
                    "summary-status-bar",
                    status = label.as_str(),
                    count = count,
                    total = rows.len()
                ),
            )
        });
        if interactive && response.clicked() && count > 0 {
            click = Some(SummaryClick::Status(status));
        }
    }
    // Rows with no status yet are not one of the statuses: counted apart, not as a bar.
    let not_assessed = counts.get(&Status::NotAssessed).copied().unwrap_or(0);
    if not_assessed > 0 {
        ui.label(
            egui::RichText::new(tr!(
                "summary-not-assessed",
                count = not_assessed,
                total = rows.len()
            ))
            .size(text),
        );
    }
    ui.add_space(12.0 * scale);
    let heading = tr!(
        "summary-flow-heading",
        year = doc.original.date.year().to_string()
    );
    ui.label(egui::RichText::new(heading).strong().size(text * 1.15));
    ui.add_space(6.0 * scale);
    // Tall enough for the longest column with every node a line of text high: a taller
    // picture than the room makes the room scroll (or a slide's type shrink), never runs off.
    let needed = flow::min_height(doc, rows, lang, text * 1.25);
    let height = ui.available_height().max(200.0).max(needed);
    let width = ui
        .available_width()
        .max(flow::min_width(doc, rows, lang, measurer(ui, text)));
    let (rect, _) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    if let Some(clicked) = flow_ui(ui, rect, doc, rows, text, interactive) {
        click = Some(clicked);
    }
    click
}

/// How wide a node's label is at text size `size`.
fn measurer(ui: &egui::Ui, size: f32) -> impl Fn(&str) -> f32 + use<> {
    let painter = ui.painter().clone();
    let color = ui.visuals().text_color();
    move |label: &str| {
        painter
            .layout_no_wrap(label.to_owned(), FontId::proportional(size), color)
            .size()
            .x
    }
}

/// Clickable only where the picture is interactive.
fn sense(interactive: bool) -> Sense {
    if interactive {
        Sense::click()
    } else {
        Sense::hover()
    }
}

/// Draws the flow in `rect`: bands, the hovered band's rows in a tooltip, then the nodes with
/// their words. Returns the node clicked.
fn flow_ui(
    ui: &mut egui::Ui,
    rect: Rect,
    doc: &Document,
    rows: &[&Responsibility],
    text: f32,
    interactive: bool,
) -> Option<SummaryClick> {
    if rows.is_empty() {
        return None;
    }
    let flow = flow::layout(
        doc,
        rows,
        rect,
        text * 1.25,
        crate::i18n::current(),
        measurer(ui, text),
    );
    let painter = ui.painter_at(rect.expand(4.0));
    bands_ui(ui, &painter, doc, &flow, rect, interactive);
    let mut click = None;
    for (col, nodes) in flow.columns.iter().enumerate() {
        for node in nodes {
            if node_ui(ui, &painter, node, col, text, interactive) {
                click = Some(match &node.key {
                    Key::Presence(id) => SummaryClick::Presence(id.clone()),
                    Key::Status(status) => SummaryClick::Status(*status),
                    Key::Holder(id) => SummaryClick::Holder(id.clone().unwrap_or_default()),
                });
            }
        }
    }
    click
}

/// The bands, and the rows of the one under the pointer in a tooltip.
fn bands_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    doc: &Document,
    flow: &Flow<'_>,
    rect: Rect,
    interactive: bool,
) {
    let pointer = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| rect.contains(*p));
    let draw = |band: &Band<'_>, alpha: f32, pointer: Option<Pos2>| {
        let (mesh, inside) = ribbon(band, band.color.gamma_multiply(alpha), pointer);
        painter.add(mesh);
        inside
    };
    let mut hovered = None;
    for band in &flow.bands {
        if draw(band, 0.45, pointer) && interactive {
            hovered = Some(band);
        }
    }
    let Some(band) = hovered else {
        return;
    };
    // Drawn again on top, stronger.
    draw(band, 0.9, None);
    let title = tr!(
        "summary-band",
        from = flow.columns[band.from.0][band.from.1].label.as_str(),
        to = flow.columns[band.to.0][band.to.1].label.as_str()
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

/// One node and its words, one target that screen readers read as a button. Returns whether
/// it was clicked.
fn node_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    node: &Node,
    col: usize,
    text: f32,
    interactive: bool,
) -> bool {
    let text_color = ui.visuals().text_color();
    painter.rect_filled(node.rect, 2.0, node.color);
    painter.rect_stroke(
        node.rect,
        2.0,
        Stroke::new(1.0, text_color),
        egui::StrokeKind::Inside,
    );
    let label = flow::node_label(&node.label, node.count);
    let (anchor, pos) = if col == 0 {
        (
            Align2::RIGHT_CENTER,
            node.rect.left_center() - vec2(6.0, 0.0),
        )
    } else {
        (
            Align2::LEFT_CENTER,
            node.rect.right_center() + vec2(6.0, 0.0),
        )
    };
    let color = if node.key == Key::Holder(None) {
        ui.visuals().weak_text_color()
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
    let target = node.rect.union(galley_rect).expand2(Vec2::new(2.0, 1.0));
    let id = ui.scope_id().with(("flow_node", col, &node.label));
    let mut response = ui.interact(target, id, sense(interactive));
    if interactive {
        response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
    }
    let id = match node.key {
        Key::Presence(_) => "summary-node-presence",
        Key::Status(_) => "summary-node-status",
        Key::Holder(_) => "summary-node-holder",
    };
    let name = tr!(id, label = label.as_str());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, interactive, &name));
    interactive && response.clicked()
}

fn row_line(doc: &Document, row: &Responsibility) -> String {
    let tags = crate::i18n::label_tags();
    format!("{}: {}", doc.row_label_in(row, tags), row.title_in(tags))
}

/// A band between two vertical spans, as a triangle strip between two cubic curves; and
/// whether `pointer` is inside it.
fn ribbon(band: &Band<'_>, color: Color32, pointer: Option<Pos2>) -> (egui::Shape, bool) {
    const STEPS: usize = 32;
    let ([x0, x1], [y0, y1], thickness) = (band.x, band.top, band.thickness);
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
