//! Presentation mode, and exporting the view or the whole deck as PNG images.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;

use super::{App, Message};
use crate::tr;
use crate::ui::{PresentationState, slide_count};

/// A screenshot on its way from the renderer: where it goes, which slide it shows.
struct Shot {
    path: PathBuf,
    slide: Option<usize>,
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

/// Images being exported: the view one frame from now, the deck one slide per frame.
#[derive(Default)]
pub(super) struct ImageExports {
    /// A view image to take once the frame that asked for it (number) is gone.
    pending: Option<(PathBuf, u64)>,
    deck: Option<DeckExport>,
    shots: Shots,
}

/// The deck being exported, one slide per frame.
struct DeckExport {
    folder: PathBuf,
    written: usize,
    /// Whether the presentation was started for the export (and ends with it).
    started_presentation: bool,
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
            state.go_to(at + 2, slide_count(self.slide_rows()));
        }
        self.presenting = Some(state);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    pub(super) fn end_presentation(&mut self, ctx: &egui::Context) {
        self.presenting = None;
        if let Some(deck) = self.images.deck.take() {
            // Escape during a slide export cancels it; what was written stays.
            let (written, total) = (deck.written, slide_count(self.slide_rows()));
            let folder = deck.folder.display().to_string();
            self.message = Some(Message::warning(move || {
                tr!(
                    "message-slides-cancelled",
                    written = written,
                    total = total,
                    folder = folder.as_str()
                )
            }));
            if deck.started_presentation {
                return;
            }
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }

    /// How far a slide export has got: slides written and in all.
    pub fn deck_progress(&self) -> Option<(usize, usize)> {
        self.images
            .deck
            .as_ref()
            .map(|deck| (deck.written, slide_count(self.slide_rows())))
    }

    /// The progress bar to draw over the slide: none while a picture is being taken (the frame
    /// after one is asked for is the one saved).
    pub(super) fn deck_bar(&self) -> Option<(usize, usize)> {
        self.deck_progress()
            .filter(|_| self.images.shots.pending == 0)
    }

    pub(super) fn move_slide(&mut self, to: impl FnOnce(usize) -> usize) {
        let count = slide_count(self.slide_rows());
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

    /// Saves every slide into `folder` as `slide-01.png`, `slide-02.png`, …, one per frame.
    /// Returns whether the export started.
    pub(super) fn start_deck_export(&mut self, ctx: &egui::Context, folder: PathBuf) -> bool {
        if let Err(error) = crate::io::create_folder(&folder) {
            self.report(
                super::MessageKind::Error,
                "message-slides-not-exported",
                Vec::new,
                error,
            );
            return false;
        }
        let started_presentation = self.presenting.is_none();
        let state = self
            .presenting
            .get_or_insert_with(PresentationState::default);
        state.go_to(0, usize::MAX);
        // The keys' hint is for the presenter: not in the pictures.
        state.exporting = true;
        state.settled = false;
        self.images.deck = Some(DeckExport {
            folder,
            written: 0,
            started_presentation,
        });
        ctx.request_repaint();
        true
    }

    fn screenshot_to(&mut self, ctx: &egui::Context, path: PathBuf, slide: Option<usize>) {
        let sender = self.images.shots.sender.clone();
        let repaint = ctx.clone();
        self.images.shots.pending += 1;
        ctx.request_screenshot(move |image| {
            // The app may have closed; then there is no one to tell.
            sender.send(Shot { path, slide, image }).ok();
            repaint.request_repaint();
        });
    }

    /// Once a frame: asks for the image waiting since the last frame, writes the screenshots
    /// that arrived, and moves the deck export on.
    pub(super) fn tick_exports(&mut self, ctx: &egui::Context) {
        if let Some((path, asked)) = self.images.pending.take() {
            if ctx.cumulative_frame_nr() > asked && self.modal.is_none() && self.palette.is_none() {
                self.screenshot_to(ctx, path, None);
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
                Ok(()) if shot.slide.is_none() => {
                    if let Some(state) = self
                        .presenting
                        .as_mut()
                        .filter(|_| self.images.deck.is_none())
                    {
                        state.exporting = false;
                    }
                    self.message = Some(Message::info(move || {
                        tr!(
                            "message-image-saved",
                            file = shot.path.display().to_string()
                        )
                    }));
                }
                Ok(()) => {
                    if let Some(deck) = &mut self.images.deck {
                        deck.written += 1;
                    }
                    self.move_slide(|slide| slide + 1);
                }
                Err(error) => {
                    self.report(
                        super::MessageKind::Error,
                        "message-image-not-saved",
                        Vec::new,
                        error,
                    );
                    self.images.deck = None;
                }
            }
        }
        let Some(deck) = &self.images.deck else {
            return;
        };
        let total = slide_count(self.slide_rows());
        if deck.written >= total {
            let folder = deck.folder.clone();
            let started = deck.started_presentation;
            self.images.deck = None;
            if started {
                self.presenting = None;
            } else if let Some(state) = &mut self.presenting {
                state.exporting = false;
            }
            self.message = Some(Message::info(move || {
                tr!(
                    "message-slides-exported",
                    count = total,
                    folder = folder.display().to_string()
                )
            }));
            return;
        }
        // Ask for the next slide once the last one has arrived and this one has settled: it
        // fits the screen and the next frame (the one the picture is taken of) draws it the
        // same, at the size the room sees.
        let ready = self.images.shots.pending == 0
            && self
                .presenting
                .as_ref()
                .is_some_and(|p| p.slide == deck.written && p.fits && p.settled);
        if ready {
            let path = slide_path(&deck.folder, deck.written + 1);
            let slide = deck.written;
            self.screenshot_to(ctx, path, Some(slide));
        } else {
            ctx.request_repaint();
        }
    }
}

/// Where slide `number` (from 1) of a deck export goes.
pub fn slide_path(folder: &Path, number: usize) -> PathBuf {
    folder.join(format!("slide-{number:02}.png"))
}
