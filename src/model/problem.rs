//! What validation finds, as data: where in the document and what kind of problem, with its
//! particulars. Worded only by the interface (`i18n::problem`), in the language of whoever reads
//! it: the command line's `check` in English, the window in its own language.

use super::{ConflictPart, PartialDate};

/// How serious a [`Problem`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The document still opens and nothing is lost, but something deserves a look.
    Warning,
    /// The document breaks a rule (an unknown reference, a duplicate id, a claim with no source).
    Error,
}

/// One thing wrong with a document, and where.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Problem {
    /// How serious it is.
    pub severity: Severity,
    /// Where in the document, e.g. `rows[unmik-09].events[2]`: the document's own field names
    /// and ids, the same in every language.
    pub place: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// An error at `place`.
    pub fn error(place: impl Into<String>, kind: ProblemKind) -> Self {
        Self {
            severity: Severity::Error,
            place: place.into(),
            kind,
        }
    }

    /// The row the problem is in, where it is in one: `unmik-09` for `rows[unmik-09].events[2]`.
    pub fn row(&self) -> Option<&str> {
        let rest = self.place.strip_prefix("rows[")?;
        // An id may hold `]`: the row's part ends at the first `].` or at the final `]`.
        let end = match rest.find("].") {
            Some(dot) => dot,
            None => rest.strip_suffix(']').map(str::len)?,
        };
        Some(&rest[..end])
    }

    /// A warning at `place`.
    pub fn warning(place: impl Into<String>, kind: ProblemKind) -> Self {
        Self {
            severity: Severity::Warning,
            place: place.into(),
            kind,
        }
    }
}

/// Which of a note's fields holds a hidden character.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoteField {
    /// Its text.
    Text,
    /// Its author.
    Author,
    /// One of its tags.
    Tag,
}

/// Why two different ids read the same, from the mildest difference up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Likeness {
    /// Equal once normalised (NFKC): composed and decomposed letters, full-width forms.
    Normalisation,
    /// Equal once spaces around them and invisible characters are removed too.
    Invisible,
    /// Equal once case is folded too.
    Case,
    /// Equal once letters of another script that look like Latin ones are read as those.
    Script,
}

/// What kind of document a symbol names, for where it must be linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Issuer {
    /// A UN document or press release.
    Un,
    /// An act of the EU.
    Eu,
}

/// What is wrong, with what the message names.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// The file's format is not the one this version reads.
    Format {
        /// The format the file gives.
        found: u32,
    },
    /// An item of a list has an empty id.
    EmptyId,
    /// Two items of a list share an id.
    IdTwice {
        /// The id.
        id: String,
    },
    /// Two ids of a list read the same to a person.
    LookAlike {
        /// The later id.
        id: String,
        /// The id it reads as.
        earlier: String,
        /// How they differ.
        likeness: Likeness,
    },
    /// A claim with no source.
    NoSource,
    /// A source id the document does not have.
    UnknownSource {
        /// The id.
        id: String,
    },
    /// A holder id the document does not have.
    UnknownHolder {
        /// The id.
        id: String,
    },
    /// A presence id the document does not have.
    UnknownPresence {
        /// The id.
        id: String,
    },
    /// Two rows of a presence share a number.
    NumberTwice {
        /// The number.
        number: u32,
        /// The presence.
        presence: String,
    },
    /// A row with no text of the mandate.
    EmptyText,
    /// A position attributed to nobody.
    NobodyHoldsView,
    /// A source's link that the app would not open.
    NotWebLink {
        /// The link.
        url: String,
    },
    /// A note about a row the document does not have.
    OrphanNote {
        /// The row id it names.
        row: String,
    },
    /// A note hides a character that changes the order its text is shown in.
    DirectionControl {
        /// Where.
        field: NoteField,
        /// The character's code point.
        code: u32,
        /// Its name in the Unicode standard ("RIGHT-TO-LEFT OVERRIDE").
        name: &'static str,
    },
    /// A note hides a control character.
    ControlCharacter {
        /// Where.
        field: NoteField,
        /// The character's code point.
        code: u32,
    },
    /// A note modified before it was created.
    ModifiedBeforeCreated,
    /// A merge left a choice to the user.
    Undecided {
        /// What the conflict is about.
        part: ConflictPart,
        /// Its row, if it is about one.
        row: Option<String>,
    },
    /// A source marked primary links to a copy on a third-party host.
    MirrorMarkedPrimary {
        /// The host.
        host: String,
    },
    /// A primary source with no address.
    PrimaryWithoutAddress,
    /// A primary source is not linked at its issuer's own address.
    NotAtOfficialAddress {
        /// Its symbol.
        symbol: String,
        /// Whose document it is.
        issuer: Issuer,
        /// Where it must be linked.
        hosts: &'static [&'static str],
        /// Where it is linked.
        found: String,
    },
    /// A row gives no paragraph of the mandate.
    NoParagraph,
    /// Two rows of a presence give the same paragraph.
    ParagraphTwice {
        /// The paragraph.
        paragraph: String,
    },
    /// A row says not when its status was checked.
    NoAsOf,
    /// A row's `as_of` is not the month of the newest document its status rests on.
    AsOfNotNewest {
        /// The row's `as_of`.
        as_of: PartialDate,
        /// Whether it is later than that document (else earlier).
        later: bool,
        /// The document's id.
        source: String,
        /// The document's date.
        newest: PartialDate,
    },
    /// A row says not where its text of the mandate comes from.
    NoTextFrom,
    /// A row's text is given as the mandate's words without the copy it was checked against.
    VerbatimWithoutCopy {
        /// The source id it gives.
        found: String,
    },
    /// A row's text is given as a wording without the source that words it so.
    WordingWithoutSource {
        /// The source id it gives.
        found: String,
    },
    /// A row says its text leaves words out but not which, or not from which text.
    OmissionUnknown,
    /// A disputed row gives fewer than two sides.
    OneSided {
        /// How many holders of a view it gives.
        sides: usize,
    },
    /// A row's events are not in date order.
    EventsOutOfOrder,
    /// A row has no phases.
    NoPhases,
    /// A row's phases begin after the mandate.
    PhasesBeginLate {
        /// When they begin.
        from: PartialDate,
        /// The mandate's date.
        mandate: PartialDate,
    },
    /// A row's phases are not in date order.
    PhasesOutOfOrder,
    /// A row's last phase is not its status and holders today.
    LastPhaseNotToday,
}
