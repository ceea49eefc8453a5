//! Where a row's text of the mandate comes from: the mandate's own words, checked word for word
//! against a named copy, or another source's wording of it (a web page that shortens it, say).
//! Only the first is shown as a quotation.

use serde::{Deserialize, Serialize};

use super::{Document, Responsibility, Source};

/// Where a row's `original` text comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextFrom {
    /// Whether the text is the mandate's own words or another source's wording of them.
    pub kind: TextKind,
    /// For [`TextKind::Verbatim`], the copy of the mandate the text was checked against, word
    /// for word; for [`TextKind::Wording`], the source that words it so (a [`Source`] id).
    pub source: String,
    /// What the mandate says that this text leaves out, where that is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub omits: Option<Omission>,
}

/// Whether a row's text is the mandate's own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextKind {
    /// Checked word for word against a copy of the mandate: shown as a quotation.
    Verbatim,
    /// Another source's wording: shown as that source's, never as a quotation.
    Wording,
}

/// Words of the mandate a wording leaves out, and the text they are known from (which may be
/// another language's official text).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Omission {
    /// The words left out, as the text they are known from gives them.
    pub text: String,
    /// That text (a [`Source`] id).
    pub source: String,
}

/// How a row's text is to be shown.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shown<'d> {
    /// As a quotation of the mandate, checked against this copy (`None`: the copy named is not
    /// in the document).
    Quote(Option<&'d Source>),
    /// As this source words it; `None` when the source named is not in the document.
    Wording(Option<&'d Source>, &'d str),
    /// The document does not say where the text comes from: plain, without quotation marks.
    Unknown,
}

impl Responsibility {
    /// Whether the row's text is the mandate's own words, checked against a copy: only then is
    /// it shown in quotation marks.
    pub fn text_is_quote(&self) -> bool {
        matches!(
            self.original_from,
            Some(TextFrom {
                kind: TextKind::Verbatim,
                ..
            })
        )
    }
}

impl Document {
    /// How `row`'s text is to be shown: as a quotation, or as whose wording.
    pub fn text_shown<'d>(&'d self, row: &'d Responsibility) -> Shown<'d> {
        match &row.original_from {
            Some(from) => match from.kind {
                TextKind::Verbatim => Shown::Quote(self.source(&from.source)),
                TextKind::Wording => {
                    Shown::Wording(self.source(&from.source), from.source.as_str())
                }
            },
            None => Shown::Unknown,
        }
    }

    /// What the mandate adds to `row`'s wording, with the title of the text it is known from.
    pub fn text_omits<'d>(&'d self, row: &'d Responsibility) -> Option<(&'d str, &'d str)> {
        let omits = row.original_from.as_ref()?.omits.as_ref()?;
        let by = self
            .source(&omits.source)
            .map_or(omits.source.as_str(), |s| s.title.as_str());
        Some((omits.text.as_str(), by))
    }

    /// The curators' rules for where a row's text comes from: it says so, and a text given as
    /// the mandate's words names the copy it was checked against.
    pub(super) fn text_from_problems(&self, row: &Responsibility) -> Vec<super::ProblemKind> {
        use super::ProblemKind;
        let Some(from) = &row.original_from else {
            return vec![ProblemKind::NoTextFrom];
        };
        let mut problems = Vec::new();
        let named = !from.source.trim().is_empty() && self.source(&from.source).is_some();
        match from.kind {
            TextKind::Verbatim if !named => problems.push(ProblemKind::VerbatimWithoutCopy {
                found: from.source.clone(),
            }),
            TextKind::Wording if !named => problems.push(ProblemKind::WordingWithoutSource {
                found: from.source.clone(),
            }),
            _ => {}
        }
        if let Some(omits) = &from.omits
            && (omits.text.trim().is_empty() || self.source(&omits.source).is_none())
        {
            problems.push(ProblemKind::OmissionUnknown);
        }
        problems
    }
}
