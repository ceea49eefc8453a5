//! The overlay shown while files are dragged over the window.

use super::theme;

/// While files are dragged over the window: says what dropping does.
pub fn drop_overlay_ui(ctx: &egui::Context) {
    let hovering: Vec<String> = ctx.input(|i| {
        i.raw
            .hovered_files
            .iter()
            .filter_map(|f| f.path.as_ref())
            .map(|p| p.display().to_string())
            .collect()
    });
    if ctx.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop_overlay"),
    ));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, theme::DROP_SCRIM);
    let text = if hovering.is_empty() {
        crate::tr!("dialog-drop-hint")
    } else {
        crate::tr!("dialog-drop-files", files = hovering.join("\n"))
    };
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(24.0),
        theme::DROP_TEXT,
    );
}
