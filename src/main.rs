//! The entry point: parse the command line, then run the window.

use clap::Parser as _;
use mandate_compare::{App, app::StartOptions, cli::Args};

fn main() -> eframe::Result {
    // rfd explains a missing file dialog only through the log: show warnings by default.
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let args = Args::parse();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(mandate_compare::app::APP_NAME)
            .with_app_id("mandate-compare")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        mandate_compare::app::APP_NAME,
        options,
        Box::new(move |cc| {
            Ok(Box::new(App::new(
                cc,
                StartOptions {
                    file: args.file,
                    ..StartOptions::default()
                },
            )))
        }),
    )
}
