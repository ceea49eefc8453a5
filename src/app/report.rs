//! The one way an error reaches the user: [`App::report`] words it in the interface's
//! language, puts it in the status bar as the `$error` of a message, and logs it once (in
//! English, for a bug report). No error is turned into text anywhere else in the app.

use super::{App, Message, MessageKind};
use crate::i18n::{self, FluentValue};
use crate::io;
use crate::model::EditError;

/// An error on its way to the status bar, still typed.
#[derive(Debug)]
pub(super) enum Failure {
    /// A document could not be read.
    Load(io::LoadError),
    /// A file could not be written.
    Save(io::SaveError),
    /// A change could not be applied.
    Edit(EditError),
    /// The operating system refused (removing a file, say).
    Os(std::io::Error),
}

impl From<io::LoadError> for Failure {
    fn from(error: io::LoadError) -> Self {
        Self::Load(error)
    }
}

impl From<io::SaveError> for Failure {
    fn from(error: io::SaveError) -> Self {
        Self::Save(error)
    }
}

impl From<EditError> for Failure {
    fn from(error: EditError) -> Self {
        Self::Edit(error)
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Self::Os(error)
    }
}

impl Failure {
    /// The error in the interface's language.
    pub(super) fn words(&self) -> String {
        let lang = i18n::current();
        match self {
            Self::Load(error) => i18n::load_error(lang, error),
            Self::Save(error) => i18n::save_error(lang, error),
            Self::Edit(error) => i18n::edit_error(lang, error),
            Self::Os(error) => i18n::os_reason(lang, error),
        }
    }

    /// The error as the layer below says it (English), for the log.
    fn english(&self) -> String {
        match self {
            Self::Load(error) => error.to_string(),
            Self::Save(error) => error.to_string(),
            Self::Edit(error) => error.to_string(),
            Self::Os(error) => error.to_string(),
        }
    }
}

impl App {
    /// Says in the status bar, as message `id` of `kind` whose `$error` is `failure` (its
    /// other variables made by `args`), what went wrong, in the interface's language (worded
    /// again whenever the language changes); and logs it once.
    pub(super) fn report<Args>(
        &mut self,
        kind: MessageKind,
        id: &'static str,
        args: Args,
        failure: impl Into<Failure>,
    ) where
        Args: Fn() -> Vec<(&'static str, FluentValue<'static>)> + 'static,
    {
        let failure = failure.into();
        log::warn!("{id}: {}", failure.english());
        self.message = Some(Message::new(kind, move || {
            let mut all = args();
            all.push(("error", FluentValue::from(failure.words())));
            i18n::current().t_args(id, &all)
        }));
    }
}
