//! Measuring start-up: with `MANDATE_COMPARE_EXIT_AFTER_FIRST_FRAME=1` set, the app (and the
//! minimal window in `examples/minimal_window.rs`, the floor to compare against) prints how long
//! after `main` began its first frame was painted, and closes.

use std::time::Instant;

/// The environment variable that turns the measurement on.
pub const ENV: &str = "MANDATE_COMPARE_EXIT_AFTER_FIRST_FRAME";

/// Closes the window once its first frame has been painted.
#[derive(Clone, Debug)]
pub struct FirstFrame {
    started: Instant,
    /// Whether the start of frame 0 was reported (egui may run it in two passes).
    announced: std::cell::Cell<bool>,
}

impl FirstFrame {
    /// `Some` when [`ENV`] is set; `started` is when `main` began.
    pub fn from_env(started: Instant) -> Option<Self> {
        std::env::var_os(ENV).map(|_| Self {
            started,
            announced: std::cell::Cell::new(false),
        })
    }

    /// Call at the start of every frame. Frame 0 is painted after its `ui` returns, so when
    /// frame 1 begins, the first frame is on screen: report and exit at once (closing the
    /// window would paint one more frame and save the settings, which is not start-up).
    pub fn frame(&self, ctx: &egui::Context) {
        if ctx.cumulative_frame_nr() == 0 {
            if self.announced.replace(true) {
                return;
            }
            eprintln!(
                "first frame begins {:.1} ms after main began (window and app are ready)",
                self.started.elapsed().as_secs_f64() * 1000.0
            );
            ctx.request_repaint();
        } else {
            eprintln!(
                "first frame painted {:.1} ms after main began",
                self.started.elapsed().as_secs_f64() * 1000.0
            );
            std::process::exit(0);
        }
    }
}
