//! The document: one comparison of a mandate then and now, with the user's annotations.

use serde::{Deserialize, Serialize};

use super::{Conflict, PartialDate, Translations};

/// The format this version of the app writes. Bumped on every incompatible change; `io`
/// migrates older files and refuses to overwrite newer ones. Format 3 added a row's
/// `original_from` (where its text of the mandate comes from); format 4 made the records of
/// changed facts data; format 5 added the document's `blind` flag (assessing without seeing the
/// built-in assessment or anyone else's).
pub const FORMAT_VERSION: u32 = 5;

/// One self-contained comparison file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The file format version, [`FORMAT_VERSION`] when written by this app.
    pub format: u32,
    /// The release of the built-in dataset the document is built on, if it is built on one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dataset: Option<Dataset>,
    /// The title shown in the window and in exports.
    pub title: String,
    /// The title in other languages ([`Translations`]).
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub title_tr: Translations,
    /// The mandate as first given (1999).
    pub original: Mandate,
    /// The point from which the current situation is described.
    pub current: Mandate,
    /// Other dates that matter to the whole comparison, marked on the timeline.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_dates: Vec<KeyDate>,
    /// The presences that held the responsibilities originally (UNMIK, KFOR).
    pub presences: Vec<Presence>,
    /// Whoever holds a function today.
    pub holders: Vec<Holder>,
    /// Every document the rows cite.
    pub sources: Vec<Source>,
    /// The responsibilities, in the order of the mandate.
    pub rows: Vec<Responsibility>,
    /// The user's notes, sorted by id when saved.
    #[serde(default)]
    pub annotations: Vec<Annotation>,
    /// What a merge left for the user to decide; the document holds their own version meanwhile.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Blind assessing: the person whose file it is gives their own assessment without seeing
    /// the built-in status and holders or anyone else's assessment, until they reveal them.
    /// Written only when on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub blind: bool,
}

/// A release of a built-in dataset: `Dataset(id: "unmik-1244", version: "2026-11")`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Dataset {
    /// Which dataset.
    pub id: String,
    /// Which release of it (the month its facts were checked).
    pub version: String,
}

/// A date that matters to the whole comparison (a declaration, a constitution), with what
/// happened and where that is said.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeyDate {
    /// When.
    pub date: PartialDate,
    /// What happened, in a few words.
    pub label: String,
    /// Source ids.
    pub sources: Vec<String>,
}

/// A mandate at one date: the 1999 resolution or today's arrangement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mandate {
    /// A short label such as "Resolution 1244 (1999)".
    pub label: String,
    /// The label in other languages.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub label_tr: Translations,
    /// When it took effect.
    pub date: PartialDate,
    /// Source ids.
    pub sources: Vec<String>,
}

/// An international presence established by the mandate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Presence {
    /// Stable id, e.g. `"unmik"`.
    pub id: String,
    /// Short name for the table, e.g. "UNMIK".
    pub short: String,
    /// The short name in other languages.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub short_tr: Translations,
    /// Full name.
    pub name: String,
    /// The full name in other languages.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub name_tr: Translations,
}

/// Whoever holds a function today: an institution, a mission or an organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Holder {
    /// Stable id, e.g. `"kosovo-police"`.
    pub id: String,
    /// Short name for the table.
    pub short: String,
    /// The short name in other languages.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub short_tr: Translations,
    /// Full name.
    pub name: String,
    /// The full name in other languages.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub name_tr: Translations,
    /// What kind of body it is.
    pub kind: HolderKind,
}

/// What kind of body a [`Holder`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HolderKind {
    /// Kosovo's own institutions.
    Local,
    /// An international mission or organisation (UN, EU, NATO, OSCE).
    International,
    /// A non-governmental organisation.
    NonGovernmental,
}

/// A document cited by the rows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Stable id, e.g. `"s-2008-692"`.
    pub id: String,
    /// The document's title.
    pub title: String,
    /// Who issued or published it.
    pub publisher: String,
    /// When it was issued, where known.
    pub date: Option<PartialDate>,
    /// The UN document symbol or official reference, e.g. `S/2008/692`.
    pub symbol: Option<String>,
    /// Where to read it.
    pub url: Option<String>,
    /// Whether it is the issuing body's own document or a report about it.
    pub kind: SourceKind,
}

impl Source {
    /// A short label for citations: the symbol if there is one, else the title.
    pub fn short_label(&self) -> &str {
        self.symbol.as_deref().unwrap_or(&self.title)
    }

    /// "S/2008/354: Report of the Secretary-General…, United Nations Security Council,
    /// 2008-06-12": the symbol (where the title does not already carry it), the title, who
    /// issued it and when.
    pub fn reference(&self) -> String {
        let mut text = match &self.symbol {
            Some(symbol) if !self.title.contains(symbol.as_str()) => {
                format!("{symbol}: {}", self.title)
            }
            _ => self.title.clone(),
        };
        text.push_str(", ");
        text.push_str(&self.publisher);
        if let Some(date) = self.date {
            text.push_str(&format!(", {date}"));
        }
        text
    }

    /// The source as a paper cites it: its [`reference`](Self::reference), its address, and
    /// "(secondary source)" where it is one.
    pub fn citation(&self) -> String {
        let mut text = self.reference();
        if let Some(url) = &self.url {
            text.push_str(&format!(", {url}"));
        }
        if self.kind == SourceKind::Secondary {
            text.push_str(" (secondary source)");
        }
        text
    }

    /// The URL if it may be opened as a link: http or https only.
    pub fn web_url(&self) -> Option<&str> {
        self.url.as_deref().filter(|url| is_web_url(url))
    }
}

/// Whether `url` is an http or https address, the only ones the app opens.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.contains(char::is_whitespace)
}

/// Primary: the issuing body's own document (UN, EU, NATO, government). Secondary: a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SourceKind {
    /// The UN, EU, NATO, OSCE or a government's own document.
    Primary,
    /// A news report, a summary or a mirror to be checked against the primary document.
    Secondary,
}

/// What became of a function on the ground. It never rules on who is right about Kosovo's
/// status; where that question decides the answer, the status is [`Status::Contested`] and the
/// row's positions say who holds which view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    /// Passed to another holder, who now performs it.
    Transferred,
    /// Performed by several holders together.
    Shared,
    /// The original holder keeps a reduced part of it.
    Residual,
    /// Still performed by the original holder.
    Ongoing,
    /// The task was done and has ended.
    Completed,
    /// Replaced by a different process or arrangement. Shown as "Replaced": "superseded" is
    /// the word of one side's claim (that independence superseded the mandate, or that the
    /// resolution is outdated), so only this identifier in files keeps it.
    Superseded,
    /// Who holds it depends on a disputed reading of the mandate.
    Contested,
    /// No status yet: what became of the function has not been assessed (a row just made from
    /// a resolution's text). Not one of [`Status::ALL`]: counts by status leave such rows out
    /// and count them apart. Added within format 4; files without it read as before.
    NotAssessed,
}

impl Status {
    /// Whether the row has a status at all ([`Status::NotAssessed`] is the absence of one).
    pub fn is_assessed(self) -> bool {
        self != Self::NotAssessed
    }

    /// Every status a row can be assessed to have, in the order shown in menus and legends
    /// ([`Status::NotAssessed`] is not one of them).
    pub const ALL: [Self; 7] = [
        Self::Transferred,
        Self::Shared,
        Self::Residual,
        Self::Ongoing,
        Self::Completed,
        Self::Superseded,
        Self::Contested,
    ];
}

/// One responsibility of the 1999 mandate, and what became of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Responsibility {
    /// Stable id, e.g. `"unmik-09"`.
    pub id: String,
    /// The presence that held it in 1999 (a [`Presence`] id).
    pub presence: String,
    /// Its place in that presence's list, from 1.
    pub number: u32,
    /// Where the mandate gives it, e.g. `"11 (i)"` (paragraph 11, subparagraph (i)); empty
    /// when not known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub paragraph: String,
    /// A short title for the table and the slides.
    pub title: String,
    /// The title in other languages.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub title_tr: Translations,
    /// The row's text of the mandate: its own words, or another source's wording of them, as
    /// `original_from` says.
    pub original: String,
    /// Where `original` comes from; `None` in files that do not say (shown without quotation
    /// marks).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_from: Option<super::TextFrom>,
    /// The same subparagraph as other sources word it (e.g. a web page that shortens it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wordings: Vec<Wording>,
    /// The function on the ground today (the built-in assessment).
    pub status: Status,
    /// When the status and the holders were last checked.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::date::plain_option"
    )]
    pub as_of: Option<PartialDate>,
    /// Who holds it today ([`Holder`] ids).
    pub holders: Vec<String>,
    /// What happened, in a few lines.
    pub summary: String,
    /// Dated events, each with sources.
    pub events: Vec<Event>,
    /// The competing views where the question is contested, each attributed.
    pub positions: Vec<Position>,
    /// Who held it when, from the mandate to today: the last phase is today's status and
    /// holders.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    /// Sources for the status and the holders.
    pub sources: Vec<String>,
    /// The user's own status and holders, shown beside the built-in ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
}

impl Responsibility {
    /// The status to show: the user's own if they set one, else the built-in one.
    pub fn effective_status(&self) -> Status {
        self.assessment.as_ref().map_or(self.status, |a| a.status)
    }

    /// The holders to show: the user's own if they set them, else the built-in ones.
    pub fn effective_holders(&self) -> &[String] {
        self.assessment
            .as_ref()
            .map_or(&self.holders, |a| &a.holders)
    }

    /// A row of `presence`, its `number`th, with its title and text, not assessed: no status,
    /// holders, events, positions, phases or sources yet.
    pub fn not_assessed(
        id: String,
        presence: &str,
        number: u32,
        title: String,
        original: String,
    ) -> Self {
        Self {
            id,
            presence: presence.to_owned(),
            number,
            paragraph: String::new(),
            title,
            title_tr: Translations::default(),
            original,
            original_from: None,
            wordings: Vec::new(),
            status: Status::NotAssessed,
            as_of: None,
            holders: Vec::new(),
            summary: String::new(),
            events: Vec::new(),
            positions: Vec::new(),
            phases: Vec::new(),
            sources: Vec::new(),
            assessment: None,
        }
    }

    /// Whether the row says anything about today: a status assessed, or holders. A row just
    /// made from a resolution's text does not, so it needs no source, no date of a check and no
    /// phases yet.
    pub fn claims_today(&self) -> bool {
        self.status.is_assessed() || !self.holders.is_empty()
    }

    /// The events in date order (stable for equal dates).
    pub fn events_by_date(&self) -> Vec<&Event> {
        let mut events: Vec<&Event> = self.events.iter().collect();
        events.sort_by_key(|e| e.date);
        events
    }
}

/// Another source's wording of a row's text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Wording {
    /// The source that words it so (a [`Source`] id).
    pub source: String,
    /// Its words.
    pub text: String,
}

/// A period in which a function had one status and one set of holders.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phase {
    /// When it began; it lasts until the next phase begins.
    pub from: PartialDate,
    /// The function's status in that period.
    pub status: Status,
    /// Who held it ([`Holder`] ids).
    pub holders: Vec<String>,
    /// Source ids.
    pub sources: Vec<String>,
}

/// A user's own assessment of a row: their status and holders.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Their status.
    pub status: Status,
    /// Their holders ([`Holder`] ids).
    pub holders: Vec<String>,
    /// Who made it.
    pub author: String,
    /// When it was last changed.
    pub modified: jiff::Timestamp,
}

/// Something that happened on a date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// When.
    pub date: PartialDate,
    /// What.
    pub text: String,
    /// Source ids.
    pub sources: Vec<String>,
}

/// A view on a contested question, attributed to whoever holds it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Position {
    /// Who holds this view, e.g. "Serbia, Russia".
    pub held_by: String,
    /// The view, in their terms.
    pub view: String,
    /// Source ids.
    pub sources: Vec<String>,
}

/// A user's note.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// A random unique id, so two people's notes never collide.
    pub id: String,
    /// The row it is about, or `None` for a note on the whole document.
    pub row: Option<String>,
    /// Who wrote it.
    pub author: String,
    /// When it was written.
    pub created: jiff::Timestamp,
    /// When it was last changed.
    pub modified: jiff::Timestamp,
    /// The note, possibly several lines.
    pub text: String,
    /// Tags, sorted and without duplicates.
    pub tags: Vec<String>,
    /// Whether it may be shown to others.
    pub visibility: Visibility,
    /// Set when the facts of its row changed after it was written (an update of the built-in
    /// data, a colleague's merge), until the user marks it reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts_changed: Option<FactsChanged>,
}

/// The facts of a note's row changed after the note was written: when the app found it, and
/// what changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactsChanged {
    /// When the change came in (the latest one, for a note marked more than once).
    pub at: jiff::Timestamp,
    /// What changed, oldest first; worded only by the interface, in its language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<FactChange>,
    /// What changed as format 3 stored it: English words written by an earlier version, kept
    /// as they are and shown as recorded. This version never writes it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "recorded_words"
    )]
    pub what: Option<String>,
}

/// Format 3 wrote `what` as a plain string, not `Some(…)`: read and write it that way.
mod recorded_words {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(what: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(what.as_deref().unwrap_or_default())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        String::deserialize(d).map(Some)
    }
}

/// One way a row's facts changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FactChange {
    /// Its status today changed.
    Status { was: Status, now: Status },
    /// Who holds it now changed.
    Holders,
    /// Who held it when changed.
    Phases,
    /// Events were added, changed or removed; how many are new or changed.
    Events { new_or_changed: usize },
    /// The positions on it changed.
    Positions,
}

/// Whether a note may be shown to others.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Visibility {
    /// Shown in presentations and exports.
    #[default]
    Shared,
    /// Never projected; left out of exports unless asked for.
    Private,
}

/// Splits a comma-separated tag list into trimmed, sorted tags without duplicates or empties.
///
/// ```
/// assert_eq!(
///     mandate_compare::model::parse_tags("police, needs-source,, police"),
///     ["needs-source", "police"]
/// );
/// ```
pub fn parse_tags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = text
        .split(',')
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    tags.sort();
    tags.dedup();
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_are_web_urls() {
        assert!(is_web_url("https://press.un.org/en/2008/sc9512.doc.htm"));
        assert!(is_web_url("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "ftp://example.org",
            "mailto:a@b.c",
            "https://exa mple.org",
            "www.un.org",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

    #[test]
    fn tags_are_trimmed_sorted_and_unique() {
        assert_eq!(
            parse_tags(" needs-source, police ,,needs-source,Archive"),
            ["Archive", "needs-source", "police"]
        );
        assert!(parse_tags(" , ").is_empty());
    }
}
