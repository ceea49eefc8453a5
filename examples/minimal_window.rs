//! The floor for start-up time: an eframe window with the same features and window options as
//! the app, showing one label. Run as the README's "Performance" section says:
//! `MANDATE_COMPARE_EXIT_AFTER_FIRST_FRAME=1 cargo run --release --example minimal_window`.

use mandate_compare::app::FirstFrame;

struct Minimal(Option<FirstFrame>);

impl eframe::App for Minimal {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if let Some(first) = &self.0 {
            first.frame(ui.ctx());
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("A minimal eframe window");
        });
    }
}

fn main() -> eframe::Result {
    let started = std::time::Instant::now();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Minimal window")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Minimal window",
        options,
        Box::new(move |_cc| Ok(Box::new(Minimal(FirstFrame::from_env(started))))),
    )
}
