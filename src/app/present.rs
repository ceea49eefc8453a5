//! Presentation mode, and exporting the view as a PNG image (the deck: [`super::slides`]).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc;

use super::{App, Message};
use crate::tr;
use crate::ui::{PresentationState, slide_count};

/// A screenshot on its way from the renderer, and where it goes.
struct Shot {
    path: PathBuf,
    image: Arc<egui::ColorImage>,
}

/// Screenshots asked for and not yet arrived.
struct Shots {
    sender: mpsc::Sender<Shot>,
    receiver: mpsc::Receiver<Shot>,
    pending: usize,
}

impl Default for Shots {
    fn default() -> Self {
        let (sender, receiver) = mpsc::channel();
        Self {
            sender,
            receiver,
            pending: 0,
        }
    }
}

/// The view image being exported, one frame from now.
#[derive(Default)]
pub(super) struct ImageExports {
    /// A view image to take once the frame that asked for it (number) is gone.
    pending: Option<(PathBuf, u64)>,
    shots: Shots,
}

impl App {
    /// The rows the presentation shows: those the table shows, in its order.
    fn slide_rows(&self) -> usize {
        self.derived.visible.len()
    }

    /// Starts presenting: at the selected row's slide, if a row is selected and shown, else
    /// at the overview.
    pub(super) fn start_presentation(&mut self, ctx: &egui::Context) {
        let mut state = PresentationState::default();
        let at = self.view.selected.as_deref().and_then(|id| {
            self.derived
                .visible
                .iter()
                .position(|&i| self.open.doc.rows.get(i).is_some_and(|r| r.id == id))
        });
        if let Some(at) = at {
            state.go_to(
                at + 2,
                slide_count(
                    self.slide_rows(),
                    self.room.is_some() && !self.open.doc.blind,
                ),
            );
        }
        self.presenting = Some(state);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    pub(super) fn end_presentation(&mut self, ctx: &egui::Context) {
        self.presenting = None;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }

    /// How far a slide export has got: slides written and in all.
    pub fn deck_progress(&self) -> Option<(usize, usize)> {
        self.work
            .as_ref()
            .filter(|running| matches!(running.task, super::work::Task::Slides))
            .map(super::work::Running::steps)
    }

    /// The progress bar to draw over the slide: none while a picture of the view is being
    /// taken (the frame after one is asked for is the one saved).
    pub(super) fn deck_bar(&self) -> Option<(usize, usize)> {
        self.deck_progress()
            .filter(|_| self.images.shots.pending == 0 && self.images.pending.is_none())
    }

    pub(super) fn move_slide(&mut self, to: impl FnOnce(usize) -> usize) {
        let count = slide_count(
            self.slide_rows(),
            self.room.is_some() && !self.open.doc.blind,
        );
        if let Some(state) = &mut self.presenting {
            state.go_to(to(state.slide), count);
        }
    }

    /// The slide shown, from 0 (the overview), while presenting.
    pub fn slide(&self) -> Option<usize> {
        self.presenting.as_ref().map(|p| p.slide)
    }

    /// Whether the current slide fitted the screen in the last frame.
    pub fn slide_fits(&self) -> Option<bool> {
        self.presenting.as_ref().map(|p| p.fits)
    }

    /// Saves the view as a PNG image at `path`, one frame from now: the menu, palette or
    /// question that asked for it is gone from the picture by then.
    pub(super) fn export_image_to(&mut self, ctx: &egui::Context, path: PathBuf) {
        let path = if path.extension().is_none() {
            path.with_extension("png")
        } else {
            path
        };
        self.images.pending = Some((path, ctx.cumulative_frame_nr()));
        // Not in the picture: an old message in the status bar, the keys' hint on a slide.
        self.message = None;
        if let Some(state) = &mut self.presenting {
            state.exporting = true;
        }
        ctx.request_repaint();
    }

    fn screenshot_to(&mut self, ctx: &egui::Context, path: PathBuf) {
        let sender = self.images.shots.sender.clone();
        let repaint = ctx.clone();
        self.images.shots.pending += 1;
        ctx.request_screenshot(move |image| {
            // The app may have closed; then there is no one to tell.
            sender.send(Shot { path, image }).ok();
            repaint.request_repaint();
        });
    }

    /// Once a frame: asks for the image waiting since the last frame, and writes the
    /// screenshots that arrived.
    pub(super) fn tick_exports(&mut self, ctx: &egui::Context) {
        if let Some((path, asked)) = self.images.pending.take() {
            if ctx.cumulative_frame_nr() > asked && self.modal.is_none() && self.palette.is_none() {
                self.screenshot_to(ctx, path);
            } else {
                self.images.pending = Some((path, asked));
                ctx.request_repaint();
            }
        }
        while let Ok(shot) = self.images.shots.receiver.try_recv() {
            self.images.shots.pending = self.images.shots.pending.saturating_sub(1);
            let [width, height] = shot.image.size;
            let rgba: Vec<u8> = shot
                .image
                .pixels
                .iter()
                .flat_map(|p| p.to_array())
                .collect();
            match crate::io::write_png(&shot.path, width as u32, height as u32, &rgba) {
                Ok(()) => {
                    if let Some(state) = &mut self.presenting {
                        state.exporting = false;
                    }
                    let file = shot.path.display().to_string();
                    self.message = Some(Message::info(move || {
                        tr!("message-image-saved", file = file.as_str())
                    }));
                }
                Err(error) => {
                    self.report(
                        super::MessageKind::Error,
                        "message-image-not-saved",
                        Vec::new,
                        error,
                    );
                }
            }
        }
    }
}
