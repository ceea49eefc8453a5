//! The Checks list of a comparison not built on the built-in data: what `check --strict`
//! finds, worked out off the UI thread each time the document changes (on the 2,000-row
//! stress document it takes about 13 ms, too long for the frame of an edit). The list shown
//! meanwhile is the last one found.

use std::sync::{Arc, mpsc};

use crate::model::{Document, Problem};

/// The problems found, and the search for the document's newest state.
#[derive(Default)]
pub(super) struct LiveChecks {
    /// The document state last sent to be checked.
    asked: Option<u64>,
    /// What was found, for the state last found (`None`: the built-in data, not checked).
    problems: Option<Vec<Problem>>,
    /// The answer on its way, for the state last asked.
    pending: Option<mpsc::Receiver<Vec<Problem>>>,
}

impl LiveChecks {
    /// Takes the answer if it came; asks again when the document is in a new state. The
    /// thread shares the document (no copy) and asks for a frame when it is done.
    pub(super) fn update(&mut self, doc: &Arc<Document>, state: u64, ctx: &egui::Context) {
        if let Some(answer) = &self.pending {
            match answer.try_recv() {
                Ok(problems) => {
                    self.problems = Some(problems);
                    self.pending = None;
                }
                Err(mpsc::TryRecvError::Empty) => {}
                Err(mpsc::TryRecvError::Disconnected) => self.pending = None,
            }
        }
        if doc.dataset.is_some() {
            *self = Self::default();
            return;
        }
        if self.asked == Some(state) {
            return;
        }
        self.asked = Some(state);
        let (send, answer) = mpsc::channel();
        let shared = Arc::clone(doc);
        let repaint = ctx.clone();
        let started = std::thread::Builder::new()
            .name("checks".to_owned())
            .spawn(move || {
                if send.send(shared.strict_problems()).is_ok() {
                    super::jobs::wake(&repaint);
                }
            });
        match started {
            Ok(_) => self.pending = Some(answer),
            // No thread to be had: found here, once.
            Err(_) => {
                self.problems = Some(doc.strict_problems());
                self.pending = None;
            }
        }
    }

    /// The problems to list (`None` for the built-in data).
    pub(super) fn problems(&self) -> Option<&[Problem]> {
        self.problems.as_deref()
    }

    /// Whether an answer is still on its way.
    pub(super) fn busy(&self) -> bool {
        self.pending.is_some()
    }
}
