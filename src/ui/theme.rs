//! Design tokens: status colours and sizes, in one place.
//!
//! The one place colours are made: clippy.toml forbids `Color32` constructors elsewhere.
#![allow(clippy::disallowed_methods)]

use egui::{Color32, CornerRadius, RichText};

use crate::model::Status;

/// The fill of a status badge. Colours from the Okabe–Ito palette, which stays distinct for
/// the common kinds of colour blindness; the badge always carries the word as well.
pub fn status_color(status: Status) -> Color32 {
    let [r, g, b] = status.rgb();
    Color32::from_rgb(r, g, b)
}

/// Black or white, whichever reads better on `fill`.
pub fn text_on(fill: Color32) -> Color32 {
    let [r, g, b, _] = fill.to_array();
    if crate::model::dark_text_on([r, g, b]) {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// Colour for error text.
pub fn error_color(ui: &egui::Ui) -> Color32 {
    ui.visuals().error_fg_color
}

/// Colour for warning text.
pub fn warning_color(ui: &egui::Ui) -> Color32 {
    ui.visuals().warn_fg_color
}

/// Colour for the mark of a user's own assessment.
pub fn own_assessment_color(ui: &egui::Ui) -> Color32 {
    ui.visuals().hyperlink_color
}

/// A status badge: the word on its colour, with the meaning on hover. Its size is the word's,
/// whatever the layout around it.
pub fn status_badge(ui: &mut egui::Ui, status: Status) -> egui::Response {
    let lang = crate::i18n::current();
    pill(
        ui,
        &crate::i18n::status_label(lang, status),
        status_color(status),
        true,
    )
    .on_hover_text(crate::i18n::status_description(lang, status))
}

/// A word on a rounded fill, sized to the word; read by screen readers as a label.
fn pill(ui: &mut egui::Ui, text: &str, fill: Color32, strong: bool) -> egui::Response {
    let mut rich = RichText::new(text).color(text_on(fill));
    rich = if strong { rich.strong() } else { rich.small() };
    let galley = egui::WidgetText::from(rich).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    let padding = egui::vec2(6.0, 1.0);
    let (rect, response) =
        ui.allocate_exact_size(galley.size() + 2.0 * padding, egui::Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.painter().rect_filled(rect, CornerRadius::same(4), fill);
        ui.painter()
            .galley(rect.min + padding, galley, text_on(fill));
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    response
}

/// The mark of someone's own assessment ("yours", "theirs"): a chip in the own-assessment
/// colour, readable on a selected (blue) row too.
pub fn own_marker(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let fill = if ui.visuals().dark_mode {
        Color32::from_rgb(0xE8, 0xD0, 0xFF)
    } else {
        Color32::from_rgb(0x5B, 0x21, 0xB6)
    };
    pill(ui, text, fill, false)
}

/// A small tag-like chip, e.g. for "Private" or a note's tags.
pub fn chip(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let fill = ui.visuals().widgets.inactive.weak_bg_fill;
    pill(ui, text, fill, false)
}

/// The colour of a tag: one of eight, always the same for the same tag.
pub fn tag_color(tag: &str) -> Color32 {
    let [r, g, b] = crate::model::tag_rgb(tag);
    Color32::from_rgb(r, g, b)
}

/// A tag as a chip in its colour: `#tag`.
pub fn tag_chip(ui: &mut egui::Ui, tag: &str) -> egui::Response {
    pill(ui, &format!("#{tag}"), tag_color(tag), false)
}

/// The background of search matches.
pub fn match_color(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(0x80, 0x66, 0x00)
    } else {
        Color32::from_rgb(0xFF, 0xE0, 0x66)
    }
}

/// Text with the parts matching the search `query` highlighted (case and accents ignored).
pub fn highlighted(
    ui: &egui::Ui,
    text: &str,
    query: &str,
    style: TextStyle,
) -> egui::text::LayoutJob {
    let ranges = crate::model::match_ranges(text, query);
    let font = match style {
        TextStyle::Strong | TextStyle::Body => egui::TextStyle::Body.resolve(ui.style()),
        TextStyle::Weak => egui::TextStyle::Body.resolve(ui.style()),
    };
    let color = match style {
        TextStyle::Strong => ui.visuals().strong_text_color(),
        TextStyle::Body => ui.visuals().text_color(),
        TextStyle::Weak => ui.visuals().weak_text_color(),
    };
    let plain = egui::TextFormat::simple(font, color);
    let marked = egui::TextFormat {
        background: match_color(ui),
        ..plain.clone()
    };
    let mut job = egui::text::LayoutJob::default();
    let mut at = 0;
    for range in ranges {
        job.append(&text[at..range.start], 0.0, plain.clone());
        job.append(&text[range.clone()], 0.0, marked.clone());
        at = range.end;
    }
    job.append(&text[at..], 0.0, plain);
    job
}

/// How highlighted text is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextStyle {
    /// Titles.
    Strong,
    /// Ordinary text.
    Body,
    /// Secondary text.
    Weak,
}

/// The veil over the window while files are dragged over it.
pub const DROP_SCRIM: Color32 = Color32::from_black_alpha(180);
/// The text on [`DROP_SCRIM`].
pub const DROP_TEXT: Color32 = Color32::WHITE;

/// The colour of a presence's node in the summary picture (not a status, so neutral).
pub const PRESENCE_NODE: Color32 = Color32::from_gray(128);

/// Small print beside a big slide element.
pub const SLIDE_NOTE: Color32 = Color32::GRAY;

/// Height of a table row: two lines of text.
pub const TABLE_ROW_HEIGHT: f32 = 44.0;

/// Below this window width the tag list steps aside for the table.
pub const NARROW_WINDOW: f32 = 1000.0;

/// The least width the summary picture needs for its three columns and their labels.
pub const SUMMARY_MIN_WIDTH: f32 = 420.0;

/// Default width of the detail panel.
pub const DETAIL_WIDTH: f32 = 460.0;

/// The widest the tag panel may be dragged (it takes at most 30 % of the window too): a long tag
/// is cut at this width, in full on hover.
pub const TAGS_MAX_WIDTH: f32 = 320.0;

/// A tag longer than this many characters may be cut in the tag panel, so it says itself in
/// full on hover.
pub const TAG_HOVER_AFTER: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_its_own_colour_and_readable_text() {
        let colours: std::collections::HashSet<_> =
            Status::ALL.iter().map(|s| status_color(*s)).collect();
        assert_eq!(colours.len(), Status::ALL.len());
        assert_eq!(text_on(Color32::WHITE), Color32::BLACK);
        assert_eq!(text_on(status_color(Status::Transferred)), Color32::WHITE);
    }
}

/// The look of the window: light, dark, or high contrast for projectors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Theme {
    /// Dark text on light backgrounds.
    Light,
    /// Light text on dark backgrounds.
    #[default]
    Dark,
    /// White on black with strong outlines: readable on a washed-out projector.
    HighContrast,
}

impl Theme {
    /// The visuals for this theme. The text cursor does not blink: a blinking cursor asks for
    /// a frame twice a second for as long as a text field has the focus, which kept the app
    /// busy (about 20 % of a core under Mesa's software renderer) while nobody touched it.
    pub fn visuals(self) -> egui::Visuals {
        let mut visuals = self.colours();
        visuals.text_cursor.blink = false;
        visuals
    }

    fn colours(self) -> egui::Visuals {
        match self {
            Self::Light => egui::Visuals::light(),
            Self::Dark => egui::Visuals::dark(),
            Self::HighContrast => {
                let mut visuals = egui::Visuals::dark();
                let white = Color32::WHITE;
                visuals.panel_fill = Color32::BLACK;
                visuals.window_fill = Color32::BLACK;
                visuals.extreme_bg_color = Color32::BLACK;
                visuals.faint_bg_color = Color32::from_gray(24);
                visuals.window_stroke = egui::Stroke::new(2.0, white);
                visuals.hyperlink_color = Color32::from_rgb(0x80, 0xD0, 0xFF);
                visuals.selection.bg_fill = Color32::from_rgb(0x00, 0x50, 0xA0);
                visuals.selection.stroke = egui::Stroke::new(2.0, Color32::YELLOW);
                for widget in [
                    &mut visuals.widgets.noninteractive,
                    &mut visuals.widgets.inactive,
                    &mut visuals.widgets.hovered,
                    &mut visuals.widgets.active,
                    &mut visuals.widgets.open,
                ] {
                    widget.fg_stroke = egui::Stroke::new(1.5, white);
                    widget.bg_stroke = egui::Stroke::new(1.5, Color32::from_gray(200));
                }
                visuals.widgets.noninteractive.bg_stroke =
                    egui::Stroke::new(1.0, Color32::from_gray(160));
                visuals.widgets.hovered.bg_stroke = egui::Stroke::new(2.0, Color32::YELLOW);
                visuals
            }
        }
    }
}
