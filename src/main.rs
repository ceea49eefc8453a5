//! The entry point: parse the command line, then run the window.

use clap::Parser as _;
use mandate_compare::app::{StartOptions, graphics};
use mandate_compare::{App, cli::Args};

/// The app id: the Wayland/X11 class and the name of the data folder.
const APP_ID: &str = "mandate-compare";

fn main() {
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
    // Each backend in turn (the user's WGPU_BACKEND first): a driver that refuses one may
    // draw with another. `MANDATE_COMPARE_BROKEN_BACKENDS` makes some fail, to see this work.
    let broken = std::env::var(graphics::BROKEN_BACKENDS_VAR)
        .map(|list| graphics::Backend::parse_list(&list))
        .unwrap_or_default();
    let attempts = graphics::attempts(std::env::var("WGPU_BACKEND").ok().as_deref());
    let result = graphics::run_with_fallback(&attempts, |backend| {
        let outcome = run_window(&args, started, backend, broken.contains(&backend));
        if let graphics::Outcome::BackendFailed(error) = &outcome {
            eprintln!(
                "mandate-compare: {} could not draw the window ({error})",
                backend.name()
            );
        }
        outcome
    });
    if let Err(failures) = result {
        // No window ran to set the language from the settings: the system's.
        mandate_compare::i18n::set_current(mandate_compare::i18n::Language::system());
        let report = graphics::failure_report(&failures);
        eprintln!("mandate-compare: {report}");
        rfd::MessageDialog::new()
            .set_level(rfd::MessageLevel::Error)
            .set_title(mandate_compare::tr!("graphics-failed-title"))
            .set_description(report)
            .set_buttons(rfd::MessageButtons::Ok)
            .show();
        std::process::exit(1);
    }
}

/// Runs the window with one graphics backend until it is closed.
fn run_window(
    args: &Args,
    started: std::time::Instant,
    backend: graphics::Backend,
    broken: bool,
) -> graphics::Outcome {
    let mut viewport = egui::ViewportBuilder::default();
    // The window's own icon (taskbars, Alt+Tab); the drawing is assets/icons/mandate-compare.svg.
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!(
        "../assets/icons/hicolor/256x256/mandate-compare.png"
    )) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport: viewport
            .with_title(mandate_compare::app::APP_NAME)
            .with_app_id(APP_ID)
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        wgpu_options: graphics::wgpu_options(backend, broken),
        ..Default::default()
    };
    let file = args.file.clone();
    let result = eframe::run_native(
        mandate_compare::app::APP_NAME,
        options,
        Box::new(move |cc| {
            Ok(Box::new(App::new(
                cc,
                StartOptions {
                    file,
                    recovery_dir: eframe::storage_dir(APP_ID).map(|dir| dir.join("recovery")),
                    lock_dir: eframe::storage_dir(APP_ID).map(|dir| dir.join("open")),
                    first_frame: mandate_compare::app::FirstFrame::from_env(started),
                    ..StartOptions::default()
                },
            )))
        }),
    );
    match result {
        Ok(()) => graphics::Outcome::Ran,
        Err(eframe::Error::Wgpu(error)) => graphics::Outcome::BackendFailed(error.to_string()),
        Err(error) => graphics::Outcome::Failed(error.to_string()),
    }
}
