//! The message in the status bar: what the last action did, or why it could not.

use std::rc::Rc;

/// How serious a status-bar message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind {
    /// Something done.
    Info,
    /// Done, but worth a look.
    Warning,
    /// Not done.
    Error,
}

/// A message in the status bar. An error stays until dismissed or replaced; news of
/// something done goes after [`MessageKind::lasts`]. It keeps what to say, not the words: they
/// are made each time it is shown, in the interface's language then, so a language switch
/// rewords it.
#[derive(Clone)]
pub struct Message {
    /// How serious.
    pub kind: MessageKind,
    /// What to say, worded in the language of the moment (it reads `i18n::current()`).
    words: Rc<dyn Fn() -> String>,
    /// When it was first shown (the window's clock, seconds), to let it go in time.
    pub shown_at: Option<f64>,
}

impl MessageKind {
    /// How long a message of this kind stays, in seconds; `None`: until dismissed (an error
    /// says what was not done, and must not go unread).
    pub fn lasts(self) -> Option<f64> {
        match self {
            Self::Info => Some(8.0),
            Self::Warning => Some(20.0),
            Self::Error => None,
        }
    }
}

impl Message {
    /// A message of `kind` that says what `words` give.
    pub fn new(kind: MessageKind, words: impl Fn() -> String + 'static) -> Self {
        Self {
            kind,
            words: Rc::new(words),
            shown_at: None,
        }
    }

    /// Something done.
    pub fn info(words: impl Fn() -> String + 'static) -> Self {
        Self::new(MessageKind::Info, words)
    }

    /// Done, but worth a look.
    pub fn warning(words: impl Fn() -> String + 'static) -> Self {
        Self::new(MessageKind::Warning, words)
    }

    /// Not done.
    pub fn error(words: impl Fn() -> String + 'static) -> Self {
        Self::new(MessageKind::Error, words)
    }

    /// What it says, in the interface's language now.
    pub fn text(&self) -> String {
        (self.words)()
    }
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Message")
            .field("kind", &self.kind)
            .field("text", &self.text())
            .field("shown_at", &self.shown_at)
            .finish()
    }
}
