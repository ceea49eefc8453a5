//! Recovery copies of unsaved work, and restoring them after a crash.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::Message;
use super::{App, Modal};
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

    /// While there are unsaved changes, writes the recovery copy at most once per interval;
    /// once there are none, removes it.
    pub(super) fn tick_recovery(&mut self, ctx: &egui::Context) {
        let dirty = self.open.is_dirty();
        let Some(rec) = &mut self.recovery else {
            return;
        };
        if !dirty {
            if let Some(file) = rec.file.take()
                && let Err(error) = recovery::remove(&file)
            {
                self.message = Some(Message::warning(tr!(
                    "message-recovery-not-removed",
                    file = file.display().to_string(),
                    error = error.to_string()
                )));
            }
            rec.written = None;
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
        match recovery::write(
            &rec.dir,
            &rec.session,
            self.open.path.as_deref(),
            &self.open.doc,
        ) {
            Ok(file) => rec.file = Some(file),
            Err(error) => {
                self.message = Some(Message::warning(tr!(
                    "message-recovery-not-written",
                    error = error.to_string()
                )));
            }
        }
    }

    /// The user gave up the unsaved changes: the recovery copy goes too, until the next change.
    pub(super) fn discard_recovery(&mut self) {
        if let Some(rec) = &mut self.recovery {
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
                    self.message = Some(Message::error(tr!(
                        "message-not-removed",
                        file = first.file.display().to_string(),
                        error = error.to_string()
                    )));
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
                self.message = Some(Message::info(tr!(
                    "message-restored",
                    when = copy.written.strftime("%Y-%m-%d %H:%M UTC").to_string()
                )));
            }
            Err(error) => {
                self.message = Some(Message::error(tr!(
                    "message-not-restored",
                    error = error.to_string()
                )));
            }
        }
    }
}
