//! What a merge settled by keeping yours, as data, worded only by `i18n::merge_notice`: in the
//! interface's language in the app, in English on the command line.

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
