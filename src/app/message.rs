//! The message in the status bar: what the last action did, or why it could not.

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
/// something done goes after [`Message::lasts`].
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// How serious.
    pub kind: MessageKind,
    /// What to say.
    pub text: String,
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
    /// Something done.
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            kind: MessageKind::Info,
            text: text.into(),
            shown_at: None,
        }
    }

    /// Done, but worth a look.
    pub fn warning(text: impl Into<String>) -> Self {
        Self {
            kind: MessageKind::Warning,
            text: text.into(),
            shown_at: None,
        }
    }

    /// Not done.
    pub fn error(text: impl Into<String>) -> Self {
        Self {
            kind: MessageKind::Error,
            text: text.into(),
            shown_at: None,
        }
    }
}
