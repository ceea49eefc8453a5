//! The room's view: per row, how many people chose each status (a bar in the status colours
//! with the words and numbers), the holders named by most, the built-in status labelled as
//! such, how far the row's raters agree and who is alone in a reading (named only when the
//! facilitator turns names on); the figures over all rows above. Also the room's notes in the
//! detail panel, the blind-assessing bar, and the room's part of the slides.

use egui::{RichText, Sense};
use egui_extras::{Column, TableBuilder, TableRow};

use super::theme;
use super::{MainView, ViewState};
use crate::i18n::{label_tags, status_label};
use crate::model::{Document, Room, RoomRow};
use crate::tr;

/// "Transferred 5, Shared 2 (7 of 9)": the statuses chosen and how many of the room chose
/// one, or that nobody assessed the row.
fn assessed_words(room: &Room, row: &RoomRow) -> String {
    let words = counts_words(row);
    if words.is_empty() {
        return tr!("room-nobody");
    }
    tr!(
        "room-assessed",
        words = words.as_str(),
        count = row.raters(),
        people = room.people.len()
    )
}

/// "Transferred 5, Shared 2": the statuses chosen with how many chose each, most first.
pub fn counts_words(row: &RoomRow) -> String {
    crate::export::counts_in(row, crate::i18n::current())
}

/// The statuses chosen with their counts, or "nobody has assessed it".
fn counts_or_nobody(row: &RoomRow) -> String {
    let words = counts_words(row);
    if words.is_empty() {
        tr!("room-nobody")
    } else {
        words
    }
}

/// A bar of `width` × `height` in the status colours, one part per status in proportion to
/// how many chose it, each part carrying its count where it has room (the words are always
/// beside it, in [`counts_words`]).
pub fn status_bar(ui: &mut egui::Ui, row: &RoomRow, width: f32, height: f32) {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), Sense::hover());
    let words = counts_words(row);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &words));
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter_at(rect);
    let total = row.raters().max(1) as f32;
    if row.counts.is_empty() {
        painter.rect_stroke(
            rect,
            3.0,
            ui.visuals().widgets.noninteractive.bg_stroke,
            egui::StrokeKind::Inside,
        );
        return;
    }
    let mut left = rect.left();
    for &(status, count) in &row.counts {
        let part = rect.width() * count as f32 / total;
        let piece = egui::Rect::from_min_size(
            egui::pos2(left, rect.top()),
            egui::vec2(part, rect.height()),
        );
        let fill = theme::status_color(status);
        painter.rect_filled(piece.shrink2(egui::vec2(0.5, 0.0)), 2.0, fill);
        let number = count.to_string();
        let galley = painter.layout_no_wrap(
            number,
            egui::FontId::proportional(height * 0.7),
            theme::text_on(fill),
        );
        if galley.size().x + 4.0 < part {
            painter.galley(
                piece.center() - galley.size() / 2.0,
                galley,
                theme::text_on(fill),
            );
        }
        left += part;
    }
}

/// The figures over all rows, in words, in the interface's language.
pub fn figures_lines(room: &Room) -> Vec<String> {
    crate::export::figures_lines(room, crate::i18n::current())
}

/// Who is alone in a reading: their names where `names` is on, else only how many.
pub fn alone_words(room: &Room, row: &RoomRow, names: bool) -> String {
    if row.alone.is_empty() {
        return String::new();
    }
    if names {
        let lang = crate::i18n::current();
        let named: Vec<String> = row
            .alone
            .iter()
            .filter_map(|&person| {
                let status = row.readings.iter().find(|r| r.person == person)?.status;
                Some(format!(
                    "{} ({})",
                    room.people.get(person)?,
                    status_label(lang, status)
                ))
            })
            .collect();
        tr!("room-alone-names", names = named.join(", "))
    } else {
        tr!("room-alone-count", count = row.alone.len())
    }
}

/// "Kosovo Police (5), EULEX (5)": the holders named by most, with how many named each.
pub fn most_named_words(doc: &Document, row: &RoomRow) -> String {
    row.most_named()
        .map(|(id, count)| {
            let name = doc
                .holder(id)
                .map_or(id.as_str(), |h| h.short_in(label_tags()));
            tr!("room-named-by", holder = name, count = *count)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A row of the room's view: its bar and two lines of words.
const ROOM_ROW_HEIGHT: f32 = 62.0;

/// The room's view: the figures, the options, and one line per row.
pub fn room_view_ui(ui: &mut egui::Ui, main: &MainView<'_>, view: &mut ViewState) {
    let Some(room) = main.room else {
        ui.add_space(20.0);
        let hint = if main.doc.blind {
            tr!("room-blind")
        } else {
            tr!("room-none")
        };
        ui.label(RichText::new(hint).weak());
        return;
    };
    let doc = main.doc;
    ui.label(
        RichText::new(tr!("room-heading", people = room.people.len()))
            .strong()
            .size(16.0),
    );
    ui.horizontal_wrapped(|ui| {
        for (i, line) in figures_lines(room).into_iter().enumerate() {
            if i > 0 {
                ui.separator();
            }
            ui.label(line);
        }
    });
    egui::CollapsingHeader::new(tr!("room-people"))
        .id_salt("room_people")
        .default_open(false)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for (i, (name, assessed)) in room.people.iter().zip(&room.assessed).enumerate() {
                    if i > 0 {
                        ui.separator();
                    }
                    ui.label(tr!("room-person", name = name.as_str(), count = *assessed));
                }
            });
        });
    ui.horizontal_wrapped(|ui| {
        ui.checkbox(&mut view.room_names, tr!("room-show-names"))
            .on_hover_text(tr!("room-show-names-hint"));
        let mut sorted = !view.room_in_order;
        ui.checkbox(&mut sorted, tr!("room-sort"));
        view.room_in_order = !sorted;
    });
    let order: Vec<usize> = if view.room_in_order {
        (0..room.rows.len()).collect()
    } else {
        room.by_disagreement()
    };
    // Up and Down move the selection through the rows in the order shown, as in the table.
    let at = view
        .selected
        .as_deref()
        .and_then(|id| order.iter().position(|&i| room.rows[i].id == id));
    if let Some(moved) = super::table::keyboard_move(ui, at, order.len()) {
        view.select(Some(room.rows[order[moved]].id.clone()));
    }
    let titles = [
        tr!("room-col-row"),
        tr!("room-col-statuses"),
        tr!("room-col-holders"),
        tr!("room-col-built-in"),
        tr!("room-col-agreement"),
    ];
    let mut clicked = None;
    TableBuilder::new(ui)
        .id_salt("room")
        .striped(true)
        .resizable(true)
        .auto_shrink([false, false])
        .sense(Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(110.0).at_least(80.0).clip(true))
        .column(Column::remainder().at_least(180.0).clip(true))
        .column(Column::initial(120.0).at_least(80.0).clip(true))
        .column(Column::initial(95.0).at_least(85.0))
        .column(Column::initial(95.0).at_least(80.0).clip(true))
        .header(24.0, |mut header| {
            for title in &titles {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(ROOM_ROW_HEIGHT, order.len(), |mut line| {
                let Some(row) = order.get(line.index()).and_then(|&i| room.rows.get(i)) else {
                    return;
                };
                let selected = view.selected.as_deref() == Some(row.id.as_str());
                if room_line_ui(&mut line, doc, room, row, selected, view.room_names) {
                    clicked = Some(row.id.clone());
                }
            });
        });
    if clicked.is_some() {
        view.select(clicked);
    }
}

/// One row of the room's view; returns whether it was clicked.
fn room_line_ui(
    line: &mut TableRow<'_, '_>,
    doc: &Document,
    room: &Room,
    row: &RoomRow,
    selected: bool,
    names: bool,
) -> bool {
    let Some(item) = doc.row(&row.id) else {
        return false;
    };
    line.set_selected(selected);
    let label = doc.row_label_in(item, label_tags());
    line.col(|ui| {
        ui.vertical(|ui| {
            ui.add(egui::Label::new(RichText::new(&label).strong()).selectable(false));
            let title = RichText::new(item.title_in(label_tags())).weak();
            ui.add(egui::Label::new(title).truncate().selectable(false));
        });
    });
    let statuses = assessed_words(room, row);
    line.col(|ui| {
        ui.vertical(|ui| {
            status_bar(ui, row, ui.available_width().min(260.0), 14.0);
            // The words wrap to a second line; in full on hover where they need more.
            ui.add(egui::Label::new(&statuses).wrap().selectable(false))
                .on_hover_text(&statuses);
        });
    });
    let holders = most_named_words(doc, row);
    line.col(|ui| {
        ui.add(egui::Label::new(&holders).wrap().selectable(false))
            .on_hover_text(&holders);
    });
    line.col(|ui| {
        ui.vertical(|ui| {
            theme::status_badge(ui, row.built_in);
            ui.label(RichText::new(tr!("room-built-in")).small().weak());
        });
    });
    let agreement = row.agreement.map_or_else(
        || "—".to_owned(),
        |share| tr!("room-agreement-value", percent = share * 100.0),
    );
    // How far the row's raters agree, and below it who is alone in a reading.
    let alone = alone_words(room, row, names);
    line.col(|ui| {
        ui.vertical(|ui| {
            ui.add(egui::Label::new(&agreement).selectable(false));
            ui.add(
                egui::Label::new(RichText::new(&alone).small())
                    .wrap()
                    .selectable(false),
            );
        });
    });
    let response = line.response();
    // One node a screen reader reads as the row: its label, the statuses with their counts,
    // the built-in status and how far the room agrees.
    let name = tr!(
        "room-row-name",
        row = label.as_str(),
        statuses = statuses.as_str(),
        built_in = status_label(crate::i18n::current(), row.built_in),
        agreement = agreement.as_str(),
        alone = if alone.is_empty() {
            String::new()
        } else {
            format!("; {alone}")
        }
    );
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Row);
        node.set_label(name);
        node.set_selected(selected);
    });
    response.clicked()
}

/// The room's part of a row's detail: the statuses chosen, and the participants' shared notes
/// on the row, each marked by its author.
pub fn room_detail_ui(ui: &mut egui::Ui, doc: &Document, room: &Room, id: &str, names: bool) {
    let Some(row) = room.row(id) else {
        return;
    };
    ui.add_space(8.0);
    ui.label(RichText::new(tr!("room-detail-heading")).strong());
    status_bar(ui, row, ui.available_width().min(320.0), 14.0);
    ui.label(assessed_words(room, row));
    let holders = most_named_words(doc, row);
    if !holders.is_empty() {
        ui.label(tr!("room-most-named", holders = holders.as_str()));
    }
    let alone = alone_words(room, row, names);
    if !alone.is_empty() {
        ui.label(alone);
    }
    ui.add_space(4.0);
    ui.label(RichText::new(tr!("room-notes-heading")).strong());
    if row.notes.is_empty() {
        ui.label(RichText::new(tr!("room-notes-none")).weak());
    }
    for note in &row.notes {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&note.author).strong());
            ui.label(&note.text);
        });
    }
}

/// The bar saying blind assessing is on, with Reveal.
pub fn blind_banner_ui(ui: &mut egui::Ui, actions: &mut Vec<super::Action>) {
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr!("blind-banner")).strong());
                if ui
                    .button(tr!("blind-reveal"))
                    .on_hover_text(tr!("blind-reveal-hint"))
                    .clicked()
                {
                    actions.push(super::Action::Command(super::Command::ToggleBlind));
                }
            });
        });
}

/// The room's slide: the figures and every row's bar, most disagreement first.
pub fn room_slide_ui(ui: &mut egui::Ui, doc: &Document, room: &Room, body: f32, title: f32) {
    ui.label(
        RichText::new(tr!("room-heading", people = room.people.len()))
            .size(title)
            .strong(),
    );
    for line in figures_lines(room) {
        ui.label(RichText::new(line).size(body * 0.6));
    }
    ui.add_space(body * 0.4);
    egui::Grid::new("room_slide")
        .num_columns(4)
        .spacing([body * 0.6, body * 0.25])
        .show(ui, |ui| {
            for index in room.by_disagreement() {
                let row = &room.rows[index];
                let Some(item) = doc.row(&row.id) else {
                    continue;
                };
                ui.label(
                    RichText::new(doc.row_label_in(item, label_tags()))
                        .size(body * 0.6)
                        .strong(),
                );
                status_bar(ui, row, body * 12.0, body * 0.6);
                ui.label(RichText::new(counts_or_nobody(row)).size(body * 0.55));
                let built_in = tr!(
                    "room-built-in-status",
                    status = status_label(crate::i18n::current(), row.built_in)
                );
                ui.label(RichText::new(built_in).size(body * 0.5).weak());
                ui.end_row();
            }
        });
}

/// The room's part of a row's slide: the bar with its words, and the participants' shared
/// notes by author (never private ones: the room never gathers those).
pub fn room_row_slide_ui(ui: &mut egui::Ui, room: &Room, id: &str, body: f32) {
    let Some(row) = room.row(id) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(tr!("room-slide-label", people = room.people.len()))
                .size(body * 0.7)
                .strong(),
        );
        status_bar(ui, row, body * 10.0, body * 0.7);
        ui.label(RichText::new(counts_or_nobody(row)).size(body * 0.7));
    });
    for note in row.notes.iter().take(4) {
        let text = tr!(
            "room-slide-note",
            author = note.author.as_str(),
            text = super::widgets::cut(&note.text, 240)
        );
        ui.label(RichText::new(text).size(body * 0.6));
    }
}
