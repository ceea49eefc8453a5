//! Presentation mode: full screen, large type, one responsibility per slide, private notes
//! never shown. Slide 0 is the overview (the summary picture); then one slide per row the table
//! shows, in its order.

use egui::RichText;

use super::widgets::cut;
use super::{summary, theme};
use crate::model::{Document, PartialDate, Responsibility, Shown, Visibility};
use crate::tr;

/// Body text at 1920×1080, in points; other sizes scale with the window.
pub const BODY_SIZE: f32 = 32.0;
/// Titles at 1920×1080.
pub const TITLE_SIZE: f32 = 48.0;

/// How much larger than [`BODY_SIZE`] a short slide's type may grow.
const MAX_FIT: f32 = 2.0;
/// The share of the screen's height a slide grows to fill, if it can.
const FILLED: f32 = 0.84;

/// The slide being shown and how much its type had to shrink to fit.
#[derive(Clone, Debug)]
pub struct PresentationState {
    /// The slide: 0 is the overview.
    pub slide: usize,
    /// The shrink factor for this slide (1 = full size), lowered until nothing is clipped.
    fit: f32,
    /// Whether the last frame drew everything inside the screen.
    pub fits: bool,
    /// Set once the type had to shrink on this slide: from then on it never grows again, so
    /// the size settles.
    shrunk: bool,
    /// Whether the last frame drew this slide fitting and left its size as it was: the next
    /// frame draws exactly the same, so a picture of it is what the room sees.
    pub settled: bool,
    /// Set while the slide is saved as an image: the keys' hint (for the presenter, not the
    /// room) is left out.
    pub exporting: bool,
}

impl Default for PresentationState {
    fn default() -> Self {
        Self {
            slide: 0,
            fit: 1.0,
            fits: true,
            shrunk: false,
            settled: false,
            exporting: false,
        }
    }
}

impl PresentationState {
    /// Goes to slide `slide` of `count` (clamped).
    pub fn go_to(&mut self, slide: usize, count: usize) {
        let slide = slide.min(count.saturating_sub(1));
        if slide != self.slide {
            *self = Self {
                slide,
                exporting: self.exporting,
                ..Self::default()
            };
        }
    }
}

/// The number of slides for these rows: the overview, the timeline, one per row, and the
/// room's slide last while a room is open.
pub fn slide_count(rows: usize, room: bool) -> usize {
    rows + 2 + usize::from(room)
}

/// Draws the current slide over the whole window; during a slide export (`progress`: slides
/// written, in all), a bar over its bottom says how far it has got, with Cancel. Returns
/// whether Cancel was clicked.
pub fn presentation_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    rows: &[&Responsibility],
    room: Option<&crate::model::Room>,
    today: PartialDate,
    state: &mut PresentationState,
    progress: Option<(usize, usize)>,
) -> bool {
    let count = slide_count(rows.len(), room.is_some());
    state.slide = state.slide.min(count - 1);
    let mut cancel = false;
    if let Some((written, total)) = progress {
        // On top of the slide, taking none of its room: the frames that are saved as pictures
        // are drawn without it (the app leaves `progress` out then).
        egui::Area::new(egui::Id::unique("slide_export"))
            .anchor(egui::Align2::CENTER_BOTTOM, [0.0, -12.0])
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let shown = (written + 1).min(total);
                        ui.label(tr!("slide-exporting", slide = shown, total = total));
                        #[expect(clippy::cast_precision_loss, reason = "slide counts are small")]
                        let done = written as f32 / total.max(1) as f32;
                        ui.add(egui::ProgressBar::new(done).desired_width(240.0));
                        cancel = ui.button(tr!("dialog-cancel")).clicked();
                    });
                });
            });
    }
    let screen = ui.ctx().content_rect();
    let scale = (screen.width() / 1920.0).min(screen.height() / 1080.0) * state.fit;
    let body = BODY_SIZE * scale;
    let title = TITLE_SIZE * scale;
    let frame = egui::Frame::new()
        .fill(ui.visuals().panel_fill)
        .inner_margin(egui::Margin::same((40.0 * scale) as i8));
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        let available = ui.max_rect();
        // Full-strength text: grey body text fades on a projector.
        ui.visuals_mut().override_text_color = Some(ui.visuals().strong_text_color());
        let used = ui
            .scope(|ui| {
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(format!("{} / {count}", state.slide + 1)).size(body * 0.7),
                    );
                    if !state.exporting {
                        ui.label(
                            // The key's label as keyboards print it, in every language and
                            // script.
                            RichText::new(tr!("slide-keys")).size(body * 0.6).weak(),
                        );
                    }
                });
                match state.slide {
                    // Blind assessing: the pictures of the built-in statuses wait for Reveal.
                    0 | 1 if doc.blind => {
                        ui.label(RichText::new(tr!("blind-hidden-view")).size(body));
                    }
                    0 => overview_slide(ui, doc, rows, body, title),
                    1 => timeline_slide(ui, doc, rows, today, body, title),
                    slide => match (rows.get(slide - 2), room) {
                        (Some(row), _) => row_slide(ui, doc, row, room, body, title),
                        (None, Some(room)) => {
                            super::room::room_slide_ui(ui, doc, room, body, title);
                        }
                        (None, None) => {}
                    },
                }
            })
            .response
            .rect;
        // Shrink until everything is inside the screen; grow short slides up to twice the
        // size while they leave more than a sixth of it empty (a row slide with little to say
        // reads larger from the back of the room). A few frames settle it.
        state.fits =
            used.bottom() <= available.bottom() + 1.0 && used.right() <= available.right() + 1.0;
        let before = state.fit;
        if !state.fits && state.fit > 0.3 {
            state.fit *= 0.9;
            state.shrunk = true;
            ui.ctx().request_repaint();
        } else if !state.shrunk
            && state.fit < MAX_FIT
            && used.height() < available.height() * FILLED
        {
            state.fit *= 1.1;
            ui.ctx().request_repaint();
        }
        state.settled = state.fit == before;
    });
    cancel
}

fn overview_slide(
    ui: &mut egui::Ui,
    doc: &Document,
    rows: &[&Responsibility],
    body: f32,
    title: f32,
) {
    let tags = crate::i18n::label_tags();
    ui.label(RichText::new(doc.title_in(tags)).size(title).strong());
    ui.label(
        RichText::new(tr!(
            "slide-overview-subtitle",
            count = rows.len(),
            mandate = doc.original.label_in(tags)
        ))
        .size(body * 0.8),
    );
    ui.add_space(body * 0.5);
    summary::summary_ui(ui, doc, rows, body / 14.0 * 0.75, false);
}

/// Who held what, when: every row's lane, read from the back of the room.
fn timeline_slide(
    ui: &mut egui::Ui,
    doc: &Document,
    rows: &[&Responsibility],
    today: PartialDate,
    body: f32,
    title: f32,
) {
    ui.label(
        RichText::new(tr!("slide-timeline-title"))
            .size(title)
            .strong(),
    );
    ui.add_space(body * 0.3);
    super::timeline_ui(ui, doc, rows, today, body / 14.0 * 0.75, false);
}

fn row_slide(
    ui: &mut egui::Ui,
    doc: &Document,
    row: &Responsibility,
    room: Option<&crate::model::Room>,
    body: f32,
    title: f32,
) {
    ui.label(
        RichText::new(format!(
            "{}: {}",
            doc.row_label_in(row, crate::i18n::label_tags()),
            row.title_in(crate::i18n::label_tags())
        ))
        .size(title)
        .strong(),
    );
    ui.add_space(body * 0.3);
    // The built-in status always; someone's own assessment beside it, named as theirs, where
    // there is one: on a projector, one person's reading is never shown as "the" status.
    let own = row.assessment.as_ref();
    let same = own.is_some_and(|own| {
        crate::merge::same_assessment(
            Some(own),
            Some(&crate::model::Assessment {
                status: row.status,
                holders: row.holders.clone(),
                ..own.clone()
            }),
        )
    });
    if doc.blind {
        ui.label(RichText::new(tr!("blind-hidden-detail")).size(body * 0.7));
    }
    if !doc.blind {
        ui.horizontal_wrapped(|ui| {
            if own.is_some() {
                ui.label(RichText::new(tr!("slide-built-in")).size(body * 0.7));
            }
            status_line(ui, doc, row.status, &row.holders, body);
            if let Some(as_of) = row.as_of {
                ui.label(
                    RichText::new(tr!("slide-as-of", date = as_of.to_string())).size(body * 0.6),
                );
                // How far the sources reach: the newest document the status rests on.
                if let Some((newest, _)) = doc.newest_basis(row) {
                    let reach = tr!("slide-sources-reach", date = newest.to_string());
                    ui.label(RichText::new(reach).size(body * 0.6));
                }
            }
        });
    }
    if let Some(own) = own {
        ui.horizontal_wrapped(|ui| {
            let by = tr!("slide-own-assessment", author = own.author.as_str());
            ui.label(RichText::new(by).size(body * 0.7).strong());
            if same && !doc.blind {
                ui.label(RichText::new(tr!("slide-own-same")).size(body * 0.7));
            } else {
                status_line(ui, doc, own.status, &own.holders, body);
            }
        });
    }
    if let Some(room) = room {
        super::room::room_row_slide_ui(ui, room, &row.id, body);
    }
    ui.add_space(body * 0.4);
    let ragged = egui::Layout::top_down(egui::Align::LEFT);
    ui.columns(2, |columns| {
        // Ragged right: justified text spreads words apart on a wide screen.
        columns[0].with_layout(ragged, |ui| text_column(ui, doc, row, body));
        if !doc.blind {
            columns[1].with_layout(ragged, |ui| history_column(ui, row, body));
        }
    });
}

/// The 1999 text and the shared notes as talking points (private notes never).
fn text_column(ui: &mut egui::Ui, doc: &Document, row: &Responsibility, body: f32) {
    let heading_text = doc
        .row_citation(row)
        .unwrap_or_else(|| doc.original.label_in(crate::i18n::label_tags()).to_owned());
    heading(ui, &heading_text, body);
    // Quotation marks only for the mandate's own words, checked against a copy.
    let text = cut(&row.original, 1_500);
    if row.text_is_quote() {
        ui.label(
            RichText::new(tr!("slide-quote", text = text))
                .size(body * 0.85)
                .italics(),
        );
    } else {
        if let Shown::Wording(source, id) = doc.text_shown(row) {
            let by = source.map_or(id, |s| s.title.as_str());
            ui.label(RichText::new(tr!("slide-worded", source = by)).size(body * 0.6));
        }
        ui.label(RichText::new(text).size(body * 0.85));
    }
    let points: Vec<_> = doc
        .annotations_for(Some(&row.id))
        .filter(|a| a.visibility == Visibility::Shared)
        .collect();
    if !points.is_empty() {
        heading(ui, &tr!("slide-talking-points"), body);
        for note in points {
            let point = format!("• {} ({})", cut(&note.text, 400), note.author);
            ui.label(RichText::new(point).size(body * 0.8));
        }
    }
}

/// The key dates (the four most recent) and the positions.
fn history_column(ui: &mut egui::Ui, row: &Responsibility, body: f32) {
    let events = row.events_by_date();
    if !events.is_empty() {
        heading(ui, &tr!("slide-key-dates"), body);
        for event in events.iter().rev().take(4).rev() {
            ui.label(RichText::new(format!("{}  {}", event.date, event.text)).size(body * 0.75));
        }
    }
    if !row.positions.is_empty() {
        heading(ui, &tr!("slide-positions"), body);
        for position in row.positions.iter().take(4) {
            ui.label(
                RichText::new(format!("{}:", position.held_by))
                    .size(body * 0.75)
                    .strong(),
            );
            ui.label(RichText::new(cut(&position.view, 400)).size(body * 0.75));
        }
    }
}

fn heading(ui: &mut egui::Ui, text: &str, body: f32) {
    ui.add_space(body * 0.4);
    ui.label(RichText::new(text).size(body * 0.9).strong());
}

/// A status as a big badge, and its holders.
fn status_line(
    ui: &mut egui::Ui,
    doc: &Document,
    status: crate::model::Status,
    holders: &[String],
    body: f32,
) {
    big_badge(ui, status, body);
    let names = doc.holder_names_in(holders, crate::i18n::label_tags());
    let names = if names.is_empty() && !status.is_assessed() {
        String::new()
    } else if names.is_empty() {
        tr!("slide-no-holder")
    } else {
        names.join(", ")
    };
    ui.label(RichText::new(names).size(body).strong());
}

fn big_badge(ui: &mut egui::Ui, status: crate::model::Status, body: f32) {
    let fill = theme::status_color(status);
    egui::Frame::new()
        .fill(fill)
        .corner_radius(egui::CornerRadius::same(6))
        .inner_margin(egui::Margin::symmetric(
            (body * 0.4) as i8,
            (body * 0.1) as i8,
        ))
        .show(ui, |ui| {
            ui.label(
                RichText::new(crate::i18n::status_label(crate::i18n::current(), status))
                    .size(body)
                    .strong()
                    .color(theme::text_on(fill)),
            );
        });
}
