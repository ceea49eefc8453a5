//! Exporting the whole deck as PNG images, one per slide, as a job off the UI thread: each
//! slide is laid out by the presentation's own code in an egui context of its own, with the
//! window's theme, zoom and size, and rendered offscreen ([`super::offscreen`]). The window
//! keeps showing what it showed (the table, or the slide being presented) while the status
//! bar, or a bar over the slide, says how far it is, with Cancel.

use std::path::{Path, PathBuf};

use super::jobs::Progress;
use super::offscreen::{Gpu, Offscreen};
use super::work::{Finished, Task};
use super::{App, Message, MessageKind};
use crate::i18n::Language;
use crate::model::{Document, PartialDate};
use crate::tr;
use crate::ui::{PresentationState, presentation_ui, slide_count};

/// The most frames a slide gets to settle its type size (it shrinks by a tenth a frame, from
/// 1.5 times down to 0.3 times at worst).
const MAX_FRAMES: usize = 40;

/// Everything the job needs to draw the slides as the window would.
struct Deck {
    doc: std::sync::Arc<Document>,
    /// The rows the slides show (those the table shows, in its order), as indices.
    visible: Vec<usize>,
    today: PartialDate,
    language: Language,
    options: egui::Options,
    /// The screen, in points, and its pixels per point before zoom.
    size: egui::Vec2,
    native_pixels_per_point: f32,
    /// The window's GPU; `None` makes one (as in the test harness, which lends none).
    gpu: Option<Gpu>,
}

/// Why a slide was not written.
pub(super) enum DeckFailure {
    /// No GPU could draw it.
    Render(String),
    Write(crate::io::SaveError),
}

/// How a deck export ended.
pub(super) struct DeckDone {
    folder: PathBuf,
    written: usize,
    total: usize,
    cancelled: bool,
    failure: Option<DeckFailure>,
}

impl Deck {
    /// Draws every slide into `folder` as `slide-01.png`, …, reporting each one written;
    /// stops when cancelled (the slides written stay) or at the first failure.
    fn export(self, folder: PathBuf, progress: &Progress<Finished>) -> DeckDone {
        crate::i18n::set_current(self.language);
        let total = slide_count(self.visible.len(), false);
        let mut done = DeckDone {
            folder,
            written: 0,
            total,
            cancelled: false,
            failure: None,
        };
        let gpu = match self.gpu.clone().map_or_else(Gpu::headless, Ok) {
            Ok(gpu) => gpu,
            Err(error) => {
                done.failure = Some(DeckFailure::Render(error));
                return done;
            }
        };
        let mut screen = Offscreen::new(
            gpu,
            self.options.clone(),
            self.size,
            self.native_pixels_per_point,
        );
        let rows: Vec<_> = self
            .visible
            .iter()
            .filter_map(|&i| self.doc.rows.get(i))
            .collect();
        for slide in 0..total {
            if progress.step(slide).is_err() {
                done.cancelled = true;
                return done;
            }
            let mut state = PresentationState::default();
            state.slide = slide;
            // The keys' hint is for the presenter: not in the pictures.
            state.exporting = true;
            let mut output = None;
            for frame in 0..MAX_FRAMES {
                output = Some(screen.run(|ui| {
                    presentation_ui(ui, &self.doc, &rows, None, self.today, &mut state, None);
                }));
                // The first frame of a context lays some things out unseen; after it, the
                // frame that left the type size as it was is the one the room sees.
                if frame > 0 && state.settled {
                    break;
                }
            }
            let Some(output) = output else {
                break;
            };
            let pixels = match screen.render(output) {
                Ok(pixels) => pixels,
                Err(error) => {
                    done.failure = Some(DeckFailure::Render(error));
                    return done;
                }
            };
            let path = super::slide_path(&done.folder, slide + 1);
            if let Err(error) =
                crate::io::write_png(&path, pixels.width, pixels.height, &pixels.rgba)
            {
                done.failure = Some(DeckFailure::Write(error));
                return done;
            }
            done.written += 1;
        }
        progress.step(total).ok();
        done
    }
}

impl App {
    /// Saves every slide into `folder` as `slide-01.png`, `slide-02.png`, …, off the window
    /// and off the UI thread, at the size the room sees (the screen while presenting, else
    /// the monitor's). Returns whether the export started.
    pub(super) fn start_deck_export(&mut self, ctx: &egui::Context, folder: PathBuf) -> bool {
        if let Err(error) = crate::io::create_folder(&folder) {
            self.report(
                MessageKind::Error,
                "message-slides-not-exported",
                Vec::new,
                error,
            );
            return false;
        }
        let monitor = ctx.input(|i| i.viewport().monitor_size);
        let size = match monitor {
            Some(size) if self.presenting.is_none() && size.x > 0.0 && size.y > 0.0 => size,
            _ => ctx.content_rect().size(),
        };
        let deck = Deck {
            doc: self.open.doc.clone(),
            visible: self.derived.visible.clone(),
            today: self.today,
            language: crate::i18n::current(),
            options: ctx.options(Clone::clone),
            size,
            native_pixels_per_point: ctx.native_pixels_per_point().unwrap_or(1.0),
            gpu: self.gpu.clone(),
        };
        let total = slide_count(deck.visible.len(), false);
        self.start(ctx, Task::Slides, total, move |progress| {
            Ok(Finished::Slides(deck.export(folder, progress)))
        })
    }

    /// Says how a deck export ended. Returns whether it wrote every slide.
    pub(super) fn slides_exported(&mut self, done: DeckDone) -> bool {
        let folder = done.folder.display().to_string();
        match done.failure {
            Some(DeckFailure::Write(error)) => {
                self.report(
                    MessageKind::Error,
                    "message-image-not-saved",
                    Vec::new,
                    error,
                );
                false
            }
            Some(DeckFailure::Render(error)) => {
                self.report(
                    MessageKind::Error,
                    "message-slides-not-exported",
                    Vec::new,
                    std::io::Error::other(error),
                );
                false
            }
            None if done.cancelled => {
                let (written, total) = (done.written, done.total);
                self.message = Some(Message::warning(move || {
                    tr!(
                        "message-slides-cancelled",
                        written = written,
                        total = total,
                        folder = folder.as_str()
                    )
                }));
                true
            }
            None => {
                let count = done.total;
                self.message = Some(Message::info(move || {
                    tr!(
                        "message-slides-exported",
                        count = count,
                        folder = folder.as_str()
                    )
                }));
                true
            }
        }
    }
}

/// Where slide `number` (from 1) of a deck export goes.
pub fn slide_path(folder: &Path, number: usize) -> PathBuf {
    folder.join(format!("slide-{number:02}.png"))
}
