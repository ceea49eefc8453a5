//! The sources as CSL-JSON (CSL 1.0.2 items), which Zotero, Pandoc and citeproc read.
//!
//! Also what kind of document a source is ([`Genre`]), which the BibTeX export shares.

use serde::Serialize;

use crate::i18n::Language;
use crate::model::{PartialDate, Source, SourceKind};

/// What kind of document a source is, as far as a citation needs to know; read from its
/// symbol, publisher and address by [`genre`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Genre {
    /// An enacted text: a UN Security Council or General Assembly resolution, an act of the EU
    /// Council, an UNMIK regulation, a law or the constitution of Kosovo.
    Legislation,
    /// A court's judgment or opinion with its reference (the ICJ, Kosovo's Constitutional Court).
    LegalCase,
    /// Any other UN document with a document symbol: a Secretary-General's report, a letter, a
    /// presidential statement, a treaty body's observations.
    UnDocument,
    /// Anything else with an address: press releases and meeting coverage, news, the pages of
    /// missions, governments and organisations.
    WebPage,
    /// Anything else: a source with no address.
    Other,
}

/// The kind of document `source` is.
///
/// Only what can be told reliably from the symbol and the address is used: resolutions by their
/// `S/RES/` and `A/RES/` symbols, EU acts by "(CFSP)" in the symbol or a European Legislation
/// Identifier address, Kosovo's laws by "Law No." or the Official Gazette's site, UNMIK
/// regulations by `UNMIK/REG/`, court decisions by a court as publisher and a case reference,
/// UN press releases by `press.un.org` or their `SC/`, `GA/` and `SG/` series. News and other
/// pages are not told apart: publishers' names do not say which are news outlets.
pub(super) fn genre(source: &Source) -> Genre {
    let symbol = source
        .symbol
        .as_deref()
        .map(|s| s.trim().to_uppercase())
        .filter(|s| !s.is_empty());
    let symbol = symbol.as_deref();
    let url = source
        .url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty());
    let host = url.and_then(host);
    let host = host.as_deref();
    let path = url.map_or("", path);

    let is_court = words(&source.publisher).any(|word| word.eq_ignore_ascii_case("court"));
    if symbol.is_some_and(|s| s.starts_with("I.C.J.")) || (is_court && symbol.is_some()) {
        return Genre::LegalCase;
    }

    let eu_legislation =
        matches!(host, Some("data.europa.eu" | "eur-lex.europa.eu")) && path.starts_with("/eli/");
    let kosovo_gazette = host == Some("gzk.rks-gov.net");
    if eu_legislation
        || kosovo_gazette
        || symbol.is_some_and(|s| {
            ["S/RES/", "A/RES/", "UNMIK/REG/", "LAW NO."]
                .iter()
                .any(|prefix| s.starts_with(prefix))
                || s.contains("(CFSP)")
        })
    {
        return Genre::Legislation;
    }

    let un_press = host == Some("press.un.org")
        || symbol.is_some_and(|s| ["SC/", "GA/", "SG/"].iter().any(|p| s.starts_with(p)));
    let un_documents = matches!(
        host,
        Some("undocs.org" | "documents.un.org" | "docs.un.org" | "digitallibrary.un.org")
    );
    let un = un_documents || source.publisher.starts_with("United Nations");
    if un && symbol.is_some() && !un_press {
        return Genre::UnDocument;
    }

    if url.is_some() {
        Genre::WebPage
    } else {
        Genre::Other
    }
}

/// The words of a text: runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The host of an address, in lower case and without a leading "www.".
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, rest)| rest)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority
        .rsplit('@')
        .next()
        .unwrap_or_default()
        .split(':')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    Some(
        host.strip_prefix("www.")
            .map_or_else(|| host.clone(), str::to_owned),
    )
}

/// The path of an address: from the first `/` after the host, without the query.
fn path(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = rest.find('/').map_or("", |i| &rest[i..]);
    path.split(['?', '#']).next().unwrap_or_default()
}

/// A CSL item type (CSL 1.0.2), the ones this export gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
enum ItemType {
    #[serde(rename = "legislation")]
    Legislation,
    #[serde(rename = "legal_case")]
    LegalCase,
    #[serde(rename = "report")]
    Report,
    #[serde(rename = "webpage")]
    Webpage,
    #[serde(rename = "document")]
    Document,
}

impl From<Genre> for ItemType {
    fn from(genre: Genre) -> Self {
        match genre {
            Genre::Legislation => Self::Legislation,
            Genre::LegalCase => Self::LegalCase,
            Genre::UnDocument => Self::Report,
            Genre::WebPage => Self::Webpage,
            Genre::Other => Self::Document,
        }
    }
}

/// One CSL item: the variables this export fills, each left out when the source has no value.
#[derive(Debug, Serialize)]
struct Item<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    item_type: ItemType,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<&'a str>,
    /// The issuing body of legislation and the court of a case.
    #[serde(skip_serializing_if = "Option::is_none")]
    authority: Option<&'a str>,
    /// Who published anything else.
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<Date>,
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// "Secondary source" in the export's language, for a secondary source.
    note: Option<String>,
}

/// A CSL date: `{"date-parts": [[2008, 6, 15]]}` with only the parts known.
#[derive(Debug, Serialize)]
struct Date {
    #[serde(rename = "date-parts")]
    date_parts: [Vec<u16>; 1],
}

impl From<PartialDate> for Date {
    /// The parts as the date writes them ("2008-06-15", "2008-06" or "2008"): the model gives
    /// no day on its own.
    fn from(date: PartialDate) -> Self {
        let parts = date
            .to_string()
            .split('-')
            .map_while(|part| part.parse().ok())
            .collect();
        Self {
            date_parts: [parts],
        }
    }
}

impl<'a> Item<'a> {
    /// The item of `source`, its note in `lang`.
    fn new(source: &'a Source, lang: Language) -> Self {
        let item_type = ItemType::from(genre(source));
        let issuer = Some(source.publisher.as_str()).filter(|p| !p.trim().is_empty());
        let by_authority = matches!(item_type, ItemType::Legislation | ItemType::LegalCase);
        Self {
            id: &source.id,
            item_type,
            title: &source.title,
            number: source.symbol.as_deref().filter(|s| !s.trim().is_empty()),
            authority: issuer.filter(|_| by_authority),
            publisher: issuer.filter(|_| !by_authority),
            issued: source.date.map(Date::from),
            url: source.url.as_deref().filter(|u| !u.trim().is_empty()),
            note: (source.kind == SourceKind::Secondary)
                .then(|| lang.t("glossary-secondary-source")),
        }
    }
}

/// The document's sources as a CSL-JSON array, one item per source in the document's order.
pub(super) fn export(doc: &crate::model::Document, lang: Language) -> String {
    let items: Vec<Item<'_>> = doc.sources.iter().map(|s| Item::new(s, lang)).collect();
    let mut json = serde_json::to_string_pretty(&items)
        .expect("CSL items serialise: only strings, numbers and lists, no maps");
    json.push('\n');
    json
}
