//! The entry point: parse the command line, then run the window.

use clap::Parser as _;
use mandate_compare::{App, app::StartOptions, cli::Args};

/// The app id: the Wayland/X11 class and the name of the data folder.
const APP_ID: &str = "mandate-compare";

fn main() -> eframe::Result {
    let started = std::time::Instant::now();
    // rfd explains a missing file dialog only through the log: show warnings by default.
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let args = Args::parse();
    if let Some(command) = &args.command {
        std::process::exit(mandate_compare::cli::run(command));
    }
    if cfg!(target_os = "linux")
        && ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
            .iter()
            .all(|v| std::env::var_os(v).is_none())
    {
        eprintln!(
            "mandate-compare: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY \
             is set). Run it from a desktop session, or start a virtual display first, e.g. \
             `Xvfb :99 & DISPLAY=:99 mandate-compare`."
        );
        std::process::exit(1);
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(mandate_compare::app::APP_NAME)
            .with_app_id(APP_ID)
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
                    recovery_dir: eframe::storage_dir(APP_ID).map(|dir| dir.join("recovery")),
                    lock_dir: eframe::storage_dir(APP_ID).map(|dir| dir.join("open")),
                    first_frame: mandate_compare::app::FirstFrame::from_env(started),
                    ..StartOptions::default()
                },
            )))
        }),
    )
}
