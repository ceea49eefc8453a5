//! What a merge settled by keeping yours, as data: the app words it in the interface's
//! language (`i18n::merge_notice`), the command line in English ([`std::fmt::Display`]).

use std::fmt;

/// A part of the document both sides changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Title,
    /// The title's translations into the interface's other languages.
    TitleTranslations,
    OriginalMandate,
    CurrentArrangement,
    KeyDates,
    /// The presence with this id.
    Presence(String),
    /// The holder with this id.
    Holder(String),
    /// The source with this id.
    Source(String),
}

/// A difference a merge settled by keeping yours, which the user should know about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Both sides changed this part (differently); yours is kept.
    BothChanged(Part),
    /// Their side deleted the row with this id, yours changed it; it is kept.
    RowDeletedInTheirs(String),
    /// Your side deleted the row with this id, theirs changed it; it is kept.
    RowDeletedInYours(String),
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Title => f.write_str("title"),
            Self::TitleTranslations => f.write_str("title's translations"),
            Self::OriginalMandate => f.write_str("original mandate"),
            Self::CurrentArrangement => f.write_str("current arrangement"),
            Self::KeyDates => f.write_str("key dates"),
            Self::Presence(id) => write!(f, "presence {id:?}"),
            Self::Holder(id) => write!(f, "holder {id:?}"),
            Self::Source(id) => write!(f, "source {id:?}"),
        }
    }
}

/// The command line's English.
impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BothChanged(part) => write!(f, "both changed the {part}; yours is kept"),
            Self::RowDeletedInTheirs(id) => write!(
                f,
                "row {id:?} was deleted in theirs but changed in yours; it is kept"
            ),
            Self::RowDeletedInYours(id) => write!(
                f,
                "row {id:?} was deleted in yours but changed in theirs; it is kept"
            ),
        }
    }
}
