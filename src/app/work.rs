//! The long jobs the user starts (exports, compare, merge, update), run off the UI thread
//! ([`super::jobs`]), one at a time: what each does on its thread, and how its result is
//! applied to the app once it is back on the UI thread.
//!
//! While a merge or an update runs the document is locked (an edit says why it waits),
//! since the result replaces it; exports and comparisons work on a copy, and the document
//! stays editable.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::derived::Made;
use super::jobs::{Cancelled, Job, Polled, Progress};
use super::share::{Compared, Differences, file_name, format_label, notices};
use super::{App, Message, MessageKind, Modal};
use crate::export::{self, Format};
use crate::io;
use crate::merge;
use crate::model::{Document, Edit};
use crate::tr;

/// A job the user started, as the status bar names it.
#[derive(Clone, Debug)]
pub(super) enum Task {
    Export(Format),
    Compare(String),
    Merge(String),
    Update(&'static str),
    /// Every slide as a PNG image ([`super::slides`]).
    Slides,
    /// Reading this many of the room's files.
    Room(usize),
}

impl Task {
    /// "Exporting HTML page…", in the interface's language.
    pub(super) fn label(&self) -> String {
        match self {
            Self::Export(format) => tr!("statusbar-job-exporting", format = format_label(*format)),
            Self::Compare(name) => tr!("statusbar-job-comparing", name = name.as_str()),
            Self::Merge(name) => tr!("statusbar-job-merging", name = name.as_str()),
            Self::Update(release) => tr!("statusbar-job-updating", release = *release),
            Self::Slides => tr!("statusbar-job-slides"),
            Self::Room(count) => tr!("statusbar-job-room", count = *count),
        }
    }

    /// Whether the document is locked while it runs: its result replaces the document.
    fn locks(&self) -> bool {
        matches!(self, Self::Merge(_) | Self::Update(_))
    }
}

/// Why an export was not written.
pub(super) enum ExportFailure {
    /// The export itself failed (only the CSV writer can, and not into memory).
    Build(std::io::Error),
    Write(io::SaveError),
}

/// A merge worked out on the job's thread, to be applied on the UI thread.
pub(super) struct MergeOutcome {
    merged: merge::Merged,
    /// Nothing to merge: the result is the document as it is.
    nothing: bool,
    /// Notes theirs brings that the document lacks.
    added: usize,
    /// How many rows still differ from theirs once merged.
    still_differ: usize,
    /// What the views derive from the merged document, made here rather than in the frame that
    /// takes it in.
    made: Made,
}

/// What a job brings back.
pub(super) enum Finished {
    Exported {
        path: PathBuf,
        private: bool,
        /// Characters its readers cannot take, replaced with U+FFFD.
        replaced: usize,
        result: Result<(), ExportFailure>,
    },
    Compared {
        path: PathBuf,
        result: Result<(Arc<Document>, Differences), io::LoadError>,
    },
    Merged(Result<MergeOutcome, io::LoadError>),
    Updated(merge::Updated, Made),
    Slides(super::slides::DeckDone),
    Room(super::room::RoomRead),
}

/// The job running, if any.
pub(super) struct Running {
    pub(super) task: Task,
    job: Job<Finished>,
    /// The document state it started from: a result for another state is not applied.
    state: u64,
    /// The question to ask again if the job fails (the typed path, so it can be corrected).
    retry: Option<Modal>,
}

impl Running {
    /// How far it is, from 0 to 1.
    pub(super) fn fraction(&self) -> f32 {
        self.job.fraction()
    }

    /// Whether Cancel was asked for.
    pub(super) fn cancelling(&self) -> bool {
        self.job.cancelling()
    }

    /// Steps finished, and steps in all.
    pub(super) fn steps(&self) -> (usize, usize) {
        self.job.steps()
    }
}

/// Reads a colleague's file; a newer format is read leniently (it is not written back).
fn read_other(path: &Path) -> Result<Document, io::LoadError> {
    io::open_path(path).map(|opened| opened.document)
}

/// The merge of `theirs` into `ours`, with the counts the message gives.
fn merge_into(ours: &Document, theirs: &Document) -> MergeOutcome {
    let merged = merge::merge(None, ours, theirs);
    let nothing = merged.document == ours.normalized();
    let known: HashSet<&str> = ours.annotations.iter().map(|a| a.id.as_str()).collect();
    let added = merged
        .document
        .annotations
        .iter()
        .filter(|a| !known.contains(a.id.as_str()))
        .count();
    let still_differ = merge::compare(&merged.document, theirs).rows_differing();
    let made = Made::of(&merged.document);
    MergeOutcome {
        merged,
        nothing,
        added,
        still_differ,
        made,
    }
}

impl App {
    /// Whether a job is running (the status bar shows it).
    pub fn working(&self) -> bool {
        self.work.is_some()
    }

    /// Whether the running job has finished and its result waits for the next frame to take it
    /// in (what the benchmarks time).
    pub fn job_finished(&self) -> bool {
        self.work
            .as_ref()
            .is_some_and(|running| running.job.finished())
    }

    /// Starts `work` as the one job, unless one is running already (then says so).
    pub(super) fn start(
        &mut self,
        ctx: &egui::Context,
        task: Task,
        steps: usize,
        work: impl FnOnce(&Progress<Finished>) -> Result<Finished, Cancelled> + Send + 'static,
    ) -> bool {
        if let Some(running) = &self.work {
            let running = running.task.clone();
            self.message = Some(Message::warning(move || {
                tr!("message-busy", job = running.label())
            }));
            return false;
        }
        let job = Job::start(ctx, "mandate-compare job", steps, work);
        self.work = Some(Running {
            task,
            job,
            state: self.open.state,
            retry: None,
        });
        ctx.request_repaint();
        true
    }

    /// Keeps `modal` to ask again if the job just started fails.
    pub(super) fn retry_on_failure(&mut self, modal: Modal) {
        if let Some(running) = &mut self.work {
            running.retry = Some(modal);
        }
    }

    /// Whether edits wait: a merge or an update is about to replace the document.
    pub(super) fn locked_by_job(&self) -> Option<Task> {
        self.work
            .as_ref()
            .filter(|running| running.task.locks())
            .map(|running| running.task.clone())
    }

    /// Asks the running job to stop.
    pub(super) fn cancel_job(&mut self) {
        if let Some(running) = &self.work {
            running.job.cancel();
        }
    }

    /// Exports the document in `format` to `path` (adding the extension if the name has
    /// none), on a copy, off the UI thread. Returns whether the export started.
    pub fn export_to(&mut self, format: Format, path: &Path, ctx: &egui::Context) -> bool {
        let path = if path.extension().is_none() {
            path.with_extension(format.extension())
        } else {
            path.to_owned()
        };
        let private = self.export_private;
        let options = export::Options {
            include_private: private,
            ..export::Options::default()
        };
        let doc = self.open.doc.clone();
        let lang = crate::i18n::current();
        // While a room is open (and not assessing blind), the HTML page has a section on it.
        let room = self.room().filter(|_| !doc.blind).cloned();
        self.start(ctx, Task::Export(format), 2, move |progress| {
            let built = match (format, room) {
                (Format::Html, Some(room)) => {
                    Ok(export::room_html(&doc, &room, options, lang).into_bytes())
                }
                _ => export::export_in(&doc, format, options, lang),
            };
            let replaced = export::unreadable_characters(&doc);
            drop(doc);
            progress.step(1)?;
            let result = built
                .map_err(ExportFailure::Build)
                .and_then(|bytes| io::write_file(&path, &bytes).map_err(ExportFailure::Write));
            Ok(Finished::Exported {
                path,
                private,
                replaced,
                result,
            })
        })
    }

    /// Writes the room's figures, one CSV line per row, to `path`, off the UI thread. Returns
    /// whether the export started.
    pub fn export_room_csv_to(&mut self, path: &Path, ctx: &egui::Context) -> bool {
        let Some(room) = self.room().cloned() else {
            self.message = Some(Message::error(|| tr!("room-none")));
            return false;
        };
        let path = if path.extension().is_none() {
            path.with_extension("csv")
        } else {
            path.to_owned()
        };
        let doc = self.open.doc.clone();
        let names = self.view.room_names;
        self.start(ctx, Task::Export(Format::Csv), 1, move |_| {
            let built = export::room_rows_csv(&room, &doc, export::Options::default(), names);
            let result = built
                .map_err(ExportFailure::Build)
                .and_then(|bytes| io::write_file(&path, &bytes).map_err(ExportFailure::Write));
            Ok(Finished::Exported {
                path,
                private: false,
                replaced: 0,
                result,
            })
        })
    }

    /// Opens `path` beside the document and marks where they differ, off the UI thread. The
    /// document is not changed. Returns whether the job started.
    pub fn compare_path(&mut self, path: &Path, ctx: &egui::Context) -> bool {
        let ours = self.open.doc.clone();
        let path = path.to_owned();
        let task = Task::Compare(file_name(&path));
        let over = self.view.agreement_over;
        self.start(ctx, task, 2, move |progress| {
            let read = read_other(&path);
            progress.step(1)?;
            let result = read.map(|theirs| {
                let found = Differences::between(&ours, &theirs, over);
                (Arc::new(theirs), found)
            });
            Ok(Finished::Compared { path, result })
        })
    }

    /// Merges the file at `path` into the document, off the UI thread. Returns whether the
    /// job started.
    pub fn merge_path(&mut self, path: &Path, ctx: &egui::Context) -> bool {
        let ours = self.open.doc.clone();
        let path = path.to_owned();
        self.start(ctx, Task::Merge(file_name(&path)), 2, move |progress| {
            let read = read_other(&path);
            progress.step(1)?;
            Ok(Finished::Merged(
                read.map(|theirs| merge_into(&ours, &theirs)),
            ))
        })
    }

    /// Merges the compared file into the document, off the UI thread.
    pub(super) fn merge_compared(&mut self, ctx: &egui::Context) {
        let Some(compared) = &self.compare else {
            return;
        };
        let theirs = Arc::clone(&compared.doc);
        let task = Task::Merge(compared.name.clone());
        let ours = self.open.doc.clone();
        self.start(ctx, task, 1, move |_| {
            Ok(Finished::Merged(Ok(merge_into(&ours, &theirs))))
        });
    }

    /// Brings the document to the newest built-in data, off the UI thread: a three-way merge
    /// from the release it is built on, applied as one undoable step, leaving the file unsaved.
    pub fn update_dataset(&mut self, ctx: &egui::Context) {
        let Some((built_on, latest)) = crate::io::newer_release(&self.open.doc) else {
            return;
        };
        let ours = self.open.doc.clone();
        self.start(ctx, Task::Update(latest.label), 1, move |_| {
            let updated = merge::update(
                &ours,
                &built_on.release.document,
                &latest.document,
                jiff::Timestamp::now(),
            );
            let made = Made::of(&updated.document);
            Ok(Finished::Updated(updated, made))
        });
    }

    /// Takes the running job's result, if it has come, and applies it.
    pub(super) fn poll_work(&mut self) {
        let Some(running) = &mut self.work else {
            return;
        };
        let Polled::Over(result) = running.job.poll() else {
            return;
        };
        let Some(Running {
            task, state, retry, ..
        }) = self.work.take()
        else {
            return;
        };
        let Ok(finished) = result else {
            self.message = Some(Message::info(move || {
                tr!("message-job-cancelled", job = task.label())
            }));
            return;
        };
        let done = match finished {
            Finished::Exported {
                path,
                private,
                replaced,
                result,
            } => self.exported(&task, &path, (private, replaced), result),
            Finished::Compared { path, result } => self.compared(&task, path, state, result),
            Finished::Merged(result) => self.merged(&task, state, result),
            Finished::Updated(updated, made) => self.updated(&task, state, updated, made),
            Finished::Slides(done) => self.slides_exported(done),
            Finished::Room(read) => self.room_read(read),
        };
        if !done && self.modal.is_none() {
            // The typed path is asked again, saying why it did not work.
            self.modal = retry.map(|modal| match modal {
                Modal::TypePath { purpose, text, .. } => Modal::TypePath {
                    purpose,
                    text,
                    error: self.message.as_ref().map(super::Message::text),
                },
                other => other,
            });
        }
    }

    fn exported(
        &mut self,
        task: &Task,
        path: &Path,
        (private, replaced): (bool, usize),
        result: Result<(), ExportFailure>,
    ) -> bool {
        let Task::Export(format) = *task else {
            return false;
        };
        match result {
            Ok(()) => {
                let file = path.display().to_string();
                let exported = move || {
                    let exported = tr!(
                        "message-exported",
                        format = format_label(format),
                        file = file.as_str(),
                        private = if private { "yes" } else { "no" }
                    );
                    if replaced == 0 {
                        return exported;
                    }
                    let count = tr!("message-export-replaced", count = replaced);
                    format!("{exported}. {count}")
                };
                // Written, but not every character as it was: a warning that says how many.
                let kind = if replaced == 0 {
                    MessageKind::Info
                } else {
                    MessageKind::Warning
                };
                self.message = Some(Message::new(kind, exported));
                true
            }
            Err(ExportFailure::Build(error)) => {
                self.report(MessageKind::Error, "message-not-exported", Vec::new, error);
                false
            }
            Err(ExportFailure::Write(error)) => {
                self.report(MessageKind::Error, "message-not-exported", Vec::new, error);
                false
            }
        }
    }

    fn compared(
        &mut self,
        task: &Task,
        path: PathBuf,
        state: u64,
        result: Result<(Arc<Document>, Differences), io::LoadError>,
    ) -> bool {
        let Task::Compare(name) = task else {
            return false;
        };
        match result {
            Ok((doc, found)) => {
                let (shown, differing) = (name.clone(), found.diff.rows_differing());
                self.message = Some(Message::info(move || {
                    tr!(
                        "message-comparing",
                        name = shown.as_str(),
                        differ = tr!("compare-rows-differ", count = differing)
                    )
                }));
                // Of the state it started from; `update_comparison` catches up if it moved on.
                self.compare = Some(Compared::new(path, name.clone(), doc, found, state));
                true
            }
            Err(error) => {
                self.report(
                    MessageKind::Error,
                    "message-compare-failed",
                    Vec::new,
                    error,
                );
                false
            }
        }
    }

    /// Applies a merge as one undoable step: notes and assessments only they have are added;
    /// differences become conflicts listed below the table.
    fn merged(
        &mut self,
        task: &Task,
        state: u64,
        result: Result<MergeOutcome, io::LoadError>,
    ) -> bool {
        let Task::Merge(name) = task else {
            return false;
        };
        let name = name.clone();
        let outcome = match result {
            Ok(outcome) => outcome,
            Err(error) => {
                self.report(MessageKind::Error, "message-merge-failed", Vec::new, error);
                return false;
            }
        };
        if self.is_stale(task, state) {
            return true;
        }
        if outcome.nothing {
            self.message = Some(Message::info(move || {
                tr!("message-nothing-to-merge", name = name.as_str())
            }));
            return true;
        }
        let merged = outcome.merged;
        let conflicts = merged.document.conflicts.len() - self.open.doc.conflicts.len();
        self.change(Edit::ReplaceDocument(Box::new(merged.document)));
        if self.open.state == state {
            return true; // refused (read-only); `change` said why
        }
        self.derived
            .adopt(outcome.made, &self.open.doc, self.open.state);
        let kind = if conflicts > 0 || !merged.notices.is_empty() {
            MessageKind::Warning
        } else {
            MessageKind::Info
        };
        let (added, still_differ, found) = (outcome.added, outcome.still_differ, merged.notices);
        self.message = Some(Message::new(kind, move || {
            tr!(
                "message-merged",
                name = name.as_str(),
                added = added,
                conflicts = conflicts,
                notices = notices(&found),
                differ = tr!("compare-rows-differ", count = still_differ)
            )
        }));
        true
    }

    /// Whether the document changed while `task` ran on a copy of it (state `state`): its
    /// result is then not applied, and the status bar says so.
    fn is_stale(&mut self, task: &Task, state: u64) -> bool {
        let stale = self.open.state != state;
        if stale {
            let task = task.clone();
            self.message = Some(Message::warning(move || {
                tr!("message-job-stale", job = task.label())
            }));
        }
        stale
    }

    /// Applies an update as one undoable step, leaving the file unsaved.
    fn updated(&mut self, task: &Task, state: u64, updated: merge::Updated, made: Made) -> bool {
        let Task::Update(release) = *task else {
            return false;
        };
        if self.is_stale(task, state) {
            return true;
        }
        let conflicts = updated.document.conflicts.len();
        self.change(Edit::ReplaceDocument(Box::new(updated.document)));
        if self.open.state == state {
            return true; // refused (read-only); `change` said why
        }
        self.derived.adopt(made, &self.open.doc, self.open.state);
        let kind = if conflicts > 0 {
            MessageKind::Warning
        } else {
            MessageKind::Info
        };
        let (rows, sources, notes) = (
            updated.rows_changed,
            updated.sources_added,
            updated.notes_marked,
        );
        let found = updated.notices;
        self.message = Some(Message::new(kind, move || {
            tr!(
                "message-updated",
                release = release,
                rows = rows,
                sources = sources,
                notes = notes,
                conflicts = conflicts,
                notices = notices(&found)
            )
        }));
        true
    }
}
