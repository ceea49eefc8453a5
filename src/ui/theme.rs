//! Design tokens: status colours and sizes, in one place.

use egui::{Color32, CornerRadius, RichText};

use crate::model::Status;

/// The fill of a status badge. Colours from the Okabe–Ito palette, which stays distinct for
/// the common kinds of colour blindness; the badge always carries the word as well.
pub fn status_color(status: Status) -> Color32 {
    match status {
        Status::Transferred => Color32::from_rgb(0x00, 0x72, 0xB2),
        Status::Shared => Color32::from_rgb(0x00, 0x9E, 0x73),
        Status::Residual => Color32::from_rgb(0xE6, 0x9F, 0x00),
        Status::Ongoing => Color32::from_rgb(0x56, 0xB4, 0xE9),
        Status::Completed => Color32::from_rgb(0x80, 0x80, 0x80),
        Status::Superseded => Color32::from_rgb(0xCC, 0x79, 0xA7),
        Status::Contested => Color32::from_rgb(0xD5, 0x5E, 0x00),
    }
}

/// Black or white, whichever reads better on `fill`.
pub fn text_on(fill: Color32) -> Color32 {
    let [r, g, b, _] = fill.to_array();
    let luma = 0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b);
    if luma > 150.0 {
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
    pill(ui, status.label(), status_color(status), true).on_hover_text(status.description())
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

/// A small tag-like chip, e.g. for "Private" or a note's tags.
pub fn chip(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let fill = ui.visuals().widgets.inactive.weak_bg_fill;
    pill(ui, text, fill, false)
}

/// Height of a table row: two lines of text.
pub const TABLE_ROW_HEIGHT: f32 = 44.0;

/// Default width of the detail panel.
pub const DETAIL_WIDTH: f32 = 460.0;

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
