//! Recovery copies of unsaved work, and restoring them after a crash.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::jobs::{Job, Polled};
use super::{App, Modal};
use super::{Message, MessageKind};
use crate::io::SaveError;
use crate::io::recovery::{self, Recovered};
use crate::tr;
use crate::ui::RecoverChoice;

/// This session's recovery copy.
pub(super) struct Recovery {
    dir: PathBuf,
    session: String,
    interval: Duration,
    last_write: Option<Instant>,
    /// The document state the copy on disk holds.
    written: Option<u64>,
    /// Set when the copy on disk exists.
    file: Option<PathBuf>,
    /// The copy being written off the UI thread (serialising and syncing a large document
    /// takes longer than a frame), and whether it was given up meanwhile.
    writing: Option<Job<Result<PathBuf, SaveError>>>,
    /// The lock that tells other copies of the app this session runs (taken with the first copy).
    running: Option<crate::io::lock::Held>,
}

impl Recovery {
    pub(super) fn new(dir: PathBuf, interval: Duration) -> Self {
        Self {
            dir,
            session: ulid::Ulid::new().to_string(),
            interval,
            last_write: None,
            written: None,
            file: None,
            writing: None,
            running: None,
        }
    }

    fn own_file(&self) -> PathBuf {
        recovery::file_for(&self.dir, &self.session)
    }
}

impl App {
    /// At start: offers the copies left by sessions that did not end properly.
    pub(super) fn offer_recovery(&mut self) {
        let Some(rec) = &self.recovery else {
            return;
        };
        let found = recovery::list(&rec.dir, Some(&rec.own_file()));
        if !found.is_empty() {
            self.modal = Some(Modal::Recover(found));
        }
    }

    /// Whether a recovery copy is being written.
    pub(super) fn writing_recovery(&self) -> bool {
        self.recovery
            .as_ref()
            .is_some_and(|rec| rec.writing.is_some())
    }

    /// While there are unsaved changes, writes the recovery copy at most once per interval,
    /// off the UI thread; once there are none, removes it.
    pub(super) fn tick_recovery(&mut self, ctx: &egui::Context) {
        let dirty = self.open.is_dirty();
        let Some(rec) = &mut self.recovery else {
            return;
        };
        if let Some(job) = &mut rec.writing {
            let Polled::Over(result) = job.poll() else {
                return; // one copy at a time; the thread asks for a frame when it is done
            };
            rec.writing = None;
            match result {
                Ok(Ok(file)) => rec.file = Some(file),
                Ok(Err(error)) => {
                    self.report(
                        MessageKind::Warning,
                        "message-recovery-not-written",
                        Vec::new,
                        error,
                    );
                    return;
                }
                Err(_cancelled) => {}
            }
        }
        let Some(rec) = &mut self.recovery else {
            return;
        };
        if !dirty {
            rec.written = None;
            if let Some(file) = rec.file.take()
                && let Err(error) = recovery::remove(&file)
            {
                let file = file.display().to_string();
                self.report(
                    MessageKind::Warning,
                    "message-recovery-not-removed",
                    move || vec![("file", file.clone().into())],
                    error,
                );
            }
            return;
        }
        if rec.written == Some(self.open.state) {
            return;
        }
        if let Some(last) = rec.last_write {
            let since = last.elapsed();
            if since < rec.interval {
                ctx.request_repaint_after(rec.interval - since);
                return;
            }
        }
        rec.last_write = Some(Instant::now());
        rec.written = Some(self.open.state);
        if rec.running.is_none() {
            // Without it another copy could offer this live session's copy; writing it still
            // keeps the work safe from a crash, so a failure here is not reported twice.
            rec.running = recovery::hold(&rec.dir, &rec.session).ok();
        }
        let dir = rec.dir.clone();
        let session = rec.session.clone();
        let original = self.open.path.clone();
        let doc = self.open.doc.clone();
        rec.writing = Some(Job::start(ctx, "mandate-compare recovery", 1, move |_| {
            Ok(recovery::write(&dir, &session, original.as_deref(), &doc))
        }));
    }

    /// The user gave up the unsaved changes: the recovery copy goes too, until the next change.
    pub(super) fn discard_recovery(&mut self) {
        if let Some(rec) = &mut self.recovery {
            // A copy being written would outlive the discard: wait for it (one write), then
            // remove it with the rest.
            if let Some(job) = rec.writing.take()
                && let Ok(Ok(file)) = job.wait()
            {
                rec.file = Some(file);
            }
            if let Some(file) = rec.file.take() {
                recovery::remove(&file).ok();
            }
            rec.written = Some(self.open.state);
        }
    }

    /// The question about the first of `found`; returns what is still to ask.
    pub(super) fn recover_ui(
        &mut self,
        ctx: &egui::Context,
        mut found: Vec<Recovered>,
    ) -> Option<Modal> {
        let first = found.first().cloned()?;
        let name = first.original.as_ref().map(|p| p.display().to_string());
        let when = first.written.strftime("%Y-%m-%d %H:%M UTC").to_string();
        match crate::ui::recover_ui(ctx, name.as_deref(), &when, found.len()) {
            None => return Some(Modal::Recover(found)),
            Some(RecoverChoice::Later) => return None,
            Some(RecoverChoice::Restore) => self.restore(&first),
            Some(RecoverChoice::Discard) => {
                if let Err(error) = recovery::remove(&first.file) {
                    let file = first.file.display().to_string();
                    self.report(
                        MessageKind::Error,
                        "message-not-removed",
                        move || vec![("file", file.clone().into())],
                        error,
                    );
                }
            }
        }
        found.remove(0);
        (!found.is_empty()).then_some(Modal::Recover(found))
    }

    fn restore(&mut self, copy: &Recovered) {
        match recovery::load(&copy.file) {
            Ok((doc, original)) => {
                let disk = original.as_deref().and_then(crate::io::FileStamp::of_path);
                self.replace_document(doc, original);
                self.open.disk = disk;
                // Unsaved: its state is not the one last saved.
                self.open.mark_unsaved();
                // The restored work now lives in this session's copy.
                recovery::remove(&copy.file).ok();
                let when = copy.written.strftime("%Y-%m-%d %H:%M UTC").to_string();
                self.message = Some(Message::info(move || {
                    tr!("message-restored", when = when.as_str())
                }));
            }
            Err(error) => {
                self.report(MessageKind::Error, "message-not-restored", Vec::new, error);
            }
        }
    }
}
