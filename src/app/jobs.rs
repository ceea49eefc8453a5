//! Work that takes long on large documents (exports, merges, comparisons, updates), done on a
//! thread of its own so that no frame waits for it. The thread reports each step it finishes
//! and its result over a channel; the app takes the result in [`eframe::App::logic`], on the
//! UI thread, and shows the job's progress and a Cancel button in the status bar meanwhile.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

/// The job was cancelled before it finished: nothing it would have done was done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Cancelled;

/// What a job's thread is given to report its steps and to learn that it was cancelled.
pub(super) struct Progress<T> {
    sender: mpsc::Sender<Report<T>>,
    cancel: Arc<AtomicBool>,
    ctx: egui::Context,
}

impl<T> Progress<T> {
    /// Says that `done` steps are finished; `Err` when the job was cancelled meanwhile, so
    /// that the thread stops before its next step (`?`).
    pub(super) fn step(&self, done: usize) -> Result<(), Cancelled> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(Cancelled);
        }
        // The app may have closed; then there is no one to tell.
        self.sender.send(Report::Step(done)).ok();
        wake(&self.ctx);
        Ok(())
    }
}

/// Asks for a frame, from the job's thread, so the app takes the report at once. Not
/// "immediately" but after a millisecond: to the window that is the same, while a test harness
/// that runs frames until none is asked for immediately does not race the thread.
pub(super) fn wake(ctx: &egui::Context) {
    ctx.request_repaint_after(std::time::Duration::from_millis(1));
}

enum Report<T> {
    Step(usize),
    Done(Result<T, Cancelled>),
}

/// A job running on its own thread, with a result of type `T`.
pub(super) struct Job<T> {
    receiver: mpsc::Receiver<Report<T>>,
    cancel: Arc<AtomicBool>,
    /// Set by the thread once its result is sent.
    finished: Arc<AtomicBool>,
    /// Steps finished, of `steps`.
    done: usize,
    steps: usize,
}

/// What [`Job::poll`] found.
pub(super) enum Polled<T> {
    /// Still running.
    Running,
    /// Finished (or cancelled); the job is over.
    Over(Result<T, Cancelled>),
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a new thread; it has `steps` steps (for the progress bar). `ctx` is
    /// asked to repaint whenever the job reports, so the result is taken at once.
    pub(super) fn start(
        ctx: &egui::Context,
        name: &str,
        steps: usize,
        work: impl FnOnce(&Progress<T>) -> Result<T, Cancelled> + Send + 'static,
    ) -> Self {
        let (sender, receiver) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let finished = Arc::new(AtomicBool::new(false));
        let finished_there = Arc::clone(&finished);
        let progress = Progress {
            sender,
            cancel: Arc::clone(&cancel),
            ctx: ctx.clone(),
        };
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let result = work(&progress);
                progress.sender.send(Report::Done(result)).ok();
                finished_there.store(true, Ordering::Release);
                wake(&progress.ctx);
            });
        // When no thread could be made (the system is out of them), the channel is closed at
        // once and the next poll ends the job as cancelled: nothing was done.
        drop(spawned);
        Self {
            receiver,
            cancel,
            finished,
            done: 0,
            steps: steps.max(1),
        }
    }

    /// Takes what the thread reported since the last poll.
    pub(super) fn poll(&mut self) -> Polled<T> {
        loop {
            match self.receiver.try_recv() {
                Ok(Report::Step(done)) => self.done = done,
                Ok(Report::Done(result)) => return Polled::Over(result),
                Err(mpsc::TryRecvError::Empty) => return Polled::Running,
                // The thread ended without a result (it could not start, or panicked).
                Err(mpsc::TryRecvError::Disconnected) => return Polled::Over(Err(Cancelled)),
            }
        }
    }

    /// Whether the thread has sent its result, which the next [`Job::poll`] takes.
    pub(super) fn finished(&self) -> bool {
        self.finished.load(Ordering::Acquire)
    }

    /// Waits for the thread's result (for the rare case where the app cannot go on
    /// without it).
    pub(super) fn wait(self) -> Result<T, Cancelled> {
        loop {
            match self.receiver.recv() {
                Ok(Report::Step(_)) => {}
                Ok(Report::Done(result)) => return result,
                Err(mpsc::RecvError) => return Err(Cancelled),
            }
        }
    }
}

impl<T> Job<T> {
    /// Asks the thread to stop before its next step. Its result, when it comes, says whether
    /// it stopped in time.
    pub(super) fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Whether Cancel was asked for.
    pub(super) fn cancelling(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// Steps finished, and steps in all.
    pub(super) fn steps(&self) -> (usize, usize) {
        (self.done, self.steps)
    }

    /// How far it is, from 0 to 1.
    pub(super) fn fraction(&self) -> f32 {
        self.done as f32 / self.steps as f32
    }
}
