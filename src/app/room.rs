//! The room: many participants' files open beside the document, read off the UI thread, and
//! the room's figures kept in step with the document; blind assessing on and off.

use std::path::PathBuf;

use super::work::{Finished, Task};
use super::{App, Message};
use crate::merge::{self, Refused};
use crate::model::{Document, Edit, EditKind, Participant, Room};
use crate::tr;

/// The participants' files open in the room, and what the views show of them.
pub(super) struct RoomState {
    pub(super) people: Vec<Participant>,
    pub(super) room: Room,
    /// The document state `room` was gathered for (its rows and order).
    for_state: u64,
}

/// What reading the room's files brought.
pub(super) struct RoomRead {
    pub(super) arrived: Vec<merge::Arrived>,
    /// Files that did not join, with why.
    pub(super) refused: Vec<Refusal>,
}

/// Why a file did not join the room.
pub(super) enum Refusal {
    /// It could not be read (file, line, column, what was expected).
    Load(crate::io::LoadError),
    /// It shares no row with the comparison.
    OtherComparison(PathBuf),
}

impl Refusal {
    /// Why, in the interface's language of the moment.
    fn words(&self) -> String {
        match self {
            Self::Load(error) => crate::i18n::load_error(crate::i18n::current(), error),
            Self::OtherComparison(path) => {
                tr!("message-room-other", file = path.display().to_string())
            }
        }
    }
}

/// Every refusal's words, one after another.
fn refusals(refused: &[Refusal]) -> String {
    refused
        .iter()
        .map(Refusal::words)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Reads the room's files (updating in memory those built on older data) against the rows of
/// `comparison`, reporting each file read to `step`.
pub(super) fn read_room(
    paths: &[PathBuf],
    comparison: &Document,
    mut step: impl FnMut(usize) -> Result<(), super::jobs::Cancelled>,
) -> Result<RoomRead, super::jobs::Cancelled> {
    let mut read = RoomRead {
        arrived: Vec::new(),
        refused: Vec::new(),
    };
    for (done, path) in paths.iter().enumerate() {
        match merge::arrive(path, comparison) {
            Ok(arrived) => read.arrived.push(arrived),
            Err(Refused::Load(error)) => read.refused.push(Refusal::Load(error)),
            Err(Refused::OtherComparison) => {
                read.refused.push(Refusal::OtherComparison(path.clone()));
            }
        }
        step(done + 1)?;
    }
    Ok(read)
}

/// The .ron files among `paths`; a folder stands for the .ron files in it.
pub(super) fn documents_among(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for path in paths {
        if path.is_dir() {
            found.extend(crate::io::documents_in(&path));
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        {
            found.push(path);
        }
    }
    found
}

impl App {
    /// The room, while participants' files are open.
    pub fn room(&self) -> Option<&Room> {
        self.room.as_ref().map(|r| &r.room)
    }

    /// Reads the participants' files at `paths` (a folder: the .ron files in it) off the UI
    /// thread and opens the room's view of them. Returns whether the job started.
    pub fn open_room(&mut self, paths: Vec<PathBuf>, ctx: &egui::Context) -> bool {
        let paths = documents_among(paths);
        if paths.is_empty() {
            self.message = Some(Message::error(|| tr!("message-room-no-files")));
            return false;
        }
        let comparison = self.open.doc.clone();
        let count = paths.len();
        self.start(ctx, Task::Room(count), count, move |progress| {
            let read = read_room(&paths, &comparison, |done| progress.step(done))?;
            Ok(Finished::Room(read))
        })
    }

    /// Takes the files read: the room opens with those that could be read; the message says
    /// which were updated in memory and which did not join, and why.
    pub(super) fn room_read(&mut self, read: RoomRead) -> bool {
        let updated = read.arrived.iter().filter(|a| a.updated.is_some()).count();
        let opened = read.arrived.len();
        let refused = std::rc::Rc::new(read.refused);
        if opened == 0 {
            self.message = Some(Message::error(move || {
                tr!("message-room-none", files = refusals(&refused))
            }));
            return false;
        }
        let people = merge::participants(read.arrived);
        let room = Room::gather(&self.open.doc, &people);
        self.room = Some(RoomState {
            people,
            room,
            for_state: self.open.state,
        });
        self.view.tab = crate::ui::Tab::Room;
        let clean = refused.is_empty();
        let words = move || {
            let updated = if updated == 0 {
                String::new()
            } else {
                tr!("message-room-updated", count = updated)
            };
            let refused = if refused.is_empty() {
                String::new()
            } else {
                tr!(
                    "message-room-refused",
                    count = refused.len(),
                    files = refusals(&refused)
                )
            };
            tr!(
                "message-room-opened",
                count = opened,
                updated = updated,
                refused = refused
            )
        };
        self.message = Some(if clean {
            Message::info(words)
        } else {
            Message::warning(words)
        });
        true
    }

    /// Closes the room; the document is as it was.
    pub(super) fn end_room(&mut self) {
        if self.room.take().is_some() {
            self.message = Some(Message::info(|| tr!("message-room-closed")));
            if self.view.tab == crate::ui::Tab::Room {
                self.view.tab = crate::ui::Tab::Table;
            }
        }
    }

    /// Gathers the room again when the document changed (its rows or their order); cheap:
    /// a few dozen files of a few dozen rows.
    pub(super) fn update_room(&mut self) {
        let state = self.open.state;
        if let Some(room) = &mut self.room
            && room.for_state != state
        {
            room.room = Room::gather(&self.open.doc, &room.people);
            room.for_state = state;
        }
    }

    /// Blind assessing on or off, as one undoable change that the file remembers.
    pub(super) fn toggle_blind(&mut self) {
        let mut after = (*self.open.doc).clone();
        after.blind = !after.blind;
        let on = after.blind;
        self.change(Edit::Batch {
            what: EditKind::Blind,
            edits: vec![Edit::ReplaceDocument(Box::new(after))],
        });
        if self.open.doc.blind == on {
            self.message = Some(Message::info(move || {
                tr!(if on {
                    "message-blind-on"
                } else {
                    "message-blind-off"
                })
            }));
        }
    }
}
