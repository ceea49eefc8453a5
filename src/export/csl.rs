//! The sources as CSL-JSON (CSL 1.0.2 items), which Zotero, Pandoc and citeproc read.
//!
//! Every item has the issuing body as its author (`{"literal": "United Nations Security
//! Council"}`), so citations read "(United Nations Security Council 1999)" rather than by
//! title. A document with a symbol (a resolution, a report, a law, a court's opinion) is a
//! `report` with the symbol as its `number`: that is the type Chicago and APA both print the
//! number for, with the issuer first ("United Nations Security Council. (1999). Resolution 1244
//! (1999) (S/RES/1244 (1999))"), where `legislation` gave APA's "Pub. L. No. S/RES/1244 (1999)"
//! and Chicago printed no symbol, and `legal_case` lost the number and the address in Chicago.
//! A page with an address and no symbol is a `webpage`; anything else a `document`.

use serde::Serialize;

use crate::i18n::Language;
use crate::model::{PartialDate, Source, SourceKind};

/// A CSL item type (CSL 1.0.2), the ones this export gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
enum ItemType {
    #[serde(rename = "report")]
    Report,
    #[serde(rename = "webpage")]
    Webpage,
    #[serde(rename = "document")]
    Document,
}

/// A corporate author: a name that is not split into given and family names.
#[derive(Debug, Serialize)]
struct Literal {
    literal: String,
}

/// One CSL item: the variables this export fills, each left out when the source has no value.
#[derive(Debug, Serialize)]
struct Item {
    id: String,
    #[serde(rename = "type")]
    item_type: ItemType,
    /// The issuing body, the one author.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    author: Vec<Literal>,
    title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<Date>,
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none")]
    url: Option<String>,
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

impl Item {
    /// The item of `source`, its note in `lang`; characters no reader takes are replaced.
    fn new(source: &Source, lang: Language) -> Self {
        let clean = |text: &str| text.trim().chars().map(super::readable).collect::<String>();
        let present = |text: Option<&str>| text.map(clean).filter(|t| !t.is_empty());
        let number = present(source.symbol.as_deref());
        let url = present(source.url.as_deref());
        let item_type = match (&number, &url) {
            (Some(_), _) => ItemType::Report,
            (None, Some(_)) => ItemType::Webpage,
            (None, None) => ItemType::Document,
        };
        Self {
            id: source.id.chars().map(super::readable).collect(),
            item_type,
            author: present(Some(&source.publisher))
                .map(|literal| Literal { literal })
                .into_iter()
                .collect(),
            title: source.title.chars().map(super::readable).collect(),
            number,
            issued: source.date.map(Date::from),
            url,
            note: (source.kind == SourceKind::Secondary)
                .then(|| lang.t("glossary-secondary-source")),
        }
    }
}

/// The document's sources as a CSL-JSON array, one item per source in the document's order.
pub(super) fn export(doc: &crate::model::Document, lang: Language) -> String {
    let items: Vec<Item> = doc.sources.iter().map(|s| Item::new(s, lang)).collect();
    let mut json = serde_json::to_string_pretty(&items)
        .expect("CSL items serialise: only strings, numbers and lists, no maps");
    json.push('\n');
    json
}
