//! The short labels of a document in other languages: its title, the mandates' labels, the
//! presences' and holders' names and the rows' titles. Each sits beside its English field in
//! the file, as a map from a language tag to the text:
//!
//! ```ron
//! Holder(id: "kosovo-police", short: "Kosovo Police", name: "…", kind: Local,
//!        short_tr: {"sq": "Policia e Kosovës", "sr-Cyrl": "Косовска полиција", "sr-Latn": "Kosovska policija"}),
//! ```
//!
//! A file without them (another mission's, an older one) loads as before and shows its own
//! labels in every language. The mandate's texts, summaries, events and positions have no
//! translations: they stay in the words of the documents they come from.
//!
//! Which tags to look for, in which order, is the interface's business (`i18n`); here a label
//! is looked up by a list of tags, the first one present winning, else the English.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Document, Holder, Mandate, Presence, Responsibility};

/// A label's translations by language tag ("sq", "sr-Latn", "sr-Cyrl"), written in the file
/// as a map in tag order; empty (and left out of the file) for a label with none.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Translations(pub BTreeMap<String, String>);

impl Translations {
    /// Whether the label has no translation at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The translation for the first of `tags` that has a non-blank one.
    pub fn find(&self, tags: &[&str]) -> Option<&str> {
        tags.iter()
            .filter_map(|tag| self.0.get(*tag))
            .map(String::as_str)
            .find(|text| !text.trim().is_empty())
    }

    /// The translation for the first of `tags` that has one, else `english`.
    pub fn pick<'a>(&'a self, english: &'a str, tags: &[&str]) -> &'a str {
        self.find(tags).unwrap_or(english)
    }
}

impl<const N: usize> From<[(&str, &str); N]> for Translations {
    fn from(pairs: [(&str, &str); N]) -> Self {
        Self(
            pairs
                .into_iter()
                .map(|(tag, text)| (tag.to_owned(), text.to_owned()))
                .collect(),
        )
    }
}

impl Mandate {
    /// The mandate's label in the first of `tags` it has, else its own.
    pub fn label_in(&self, tags: &[&str]) -> &str {
        self.label_tr.pick(&self.label, tags)
    }
}

impl Presence {
    /// The short name ("UNMIK") in the first of `tags` it has, else its own.
    pub fn short_in(&self, tags: &[&str]) -> &str {
        self.short_tr.pick(&self.short, tags)
    }

    /// The full name in the first of `tags` it has, else its own.
    pub fn name_in(&self, tags: &[&str]) -> &str {
        self.name_tr.pick(&self.name, tags)
    }
}

impl Holder {
    /// The short name in the first of `tags` it has, else its own.
    pub fn short_in(&self, tags: &[&str]) -> &str {
        self.short_tr.pick(&self.short, tags)
    }

    /// The full name in the first of `tags` it has, else its own.
    pub fn name_in(&self, tags: &[&str]) -> &str {
        self.name_tr.pick(&self.name, tags)
    }
}

impl Responsibility {
    /// The row's title in the first of `tags` it has, else its own.
    pub fn title_in(&self, tags: &[&str]) -> &str {
        self.title_tr.pick(&self.title, tags)
    }
}

impl Document {
    /// The document's title in the first of `tags` it has, else its own.
    pub fn title_in(&self, tags: &[&str]) -> &str {
        self.title_tr.pick(&self.title, tags)
    }

    /// [`Document::holder_names`] in the first of `tags` each holder has.
    pub fn holder_names_in(&self, ids: &[String], tags: &[&str]) -> Vec<String> {
        ids.iter()
            .map(|id| {
                self.holder(id)
                    .map_or_else(|| id.clone(), |h| h.short_in(tags).to_owned())
            })
            .collect()
    }

    /// [`Document::row_label`] with the presence's short name in the first of `tags` it has.
    pub fn row_label_in(&self, row: &Responsibility, tags: &[&str]) -> String {
        let presence = self
            .presence(&row.presence)
            .map_or(row.presence.as_str(), |p| p.short_in(tags));
        format!("{presence} {}", row.number)
    }

    /// Whether any label of the document has a translation.
    pub fn has_translated_labels(&self) -> bool {
        !self.title_tr.is_empty()
            || !self.original.label_tr.is_empty()
            || !self.current.label_tr.is_empty()
            || self
                .presences
                .iter()
                .any(|p| !p.short_tr.is_empty() || !p.name_tr.is_empty())
            || self
                .holders
                .iter()
                .any(|h| !h.short_tr.is_empty() || !h.name_tr.is_empty())
            || self.rows.iter().any(|r| !r.title_tr.is_empty())
    }

    /// The document with each label in the first of `tags` it has (the English where it has
    /// none), for an export in that language; the same document, not a copy, when there is
    /// nothing to change. The translations themselves stay, so the result saves as the input.
    pub fn labels_in(&self, tags: &[&str]) -> Cow<'_, Document> {
        if tags.is_empty() || !self.has_translated_labels() {
            return Cow::Borrowed(self);
        }
        let mut doc = self.clone();
        doc.title = self.title_in(tags).to_owned();
        doc.original.label = self.original.label_in(tags).to_owned();
        doc.current.label = self.current.label_in(tags).to_owned();
        for presence in &mut doc.presences {
            presence.short = presence.short_in(tags).to_owned();
            presence.name = presence.name_in(tags).to_owned();
        }
        for holder in &mut doc.holders {
            holder.short = holder.short_in(tags).to_owned();
            holder.name = holder.name_in(tags).to_owned();
        }
        for row in &mut doc.rows {
            row.title = row.title_in(tags).to_owned();
        }
        Cow::Owned(doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_tag_with_a_text_wins_else_the_english() {
        let tr = Translations::from([
            ("sq", "Policia e Kosovës"),
            ("sr-Latn", "Kosovska policija"),
            ("sr-Cyrl", " "),
        ]);
        assert_eq!(tr.pick("Kosovo Police", &["sq"]), "Policia e Kosovës");
        assert_eq!(
            tr.pick("Kosovo Police", &["sr-Cyrl", "sr-Latn"]),
            "Kosovska policija"
        );
        assert_eq!(tr.pick("Kosovo Police", &[]), "Kosovo Police");
        assert_eq!(tr.pick("Kosovo Police", &["de"]), "Kosovo Police");
        assert_eq!(Translations::default().pick("EOM", &["sq"]), "EOM");
    }

    #[test]
    fn written_as_a_map_in_tag_order_and_left_out_when_empty() {
        let tr = Translations::from([("sr-Latn", "Posle 2008."), ("sq", "Pas vitit 2008")]);
        assert_eq!(
            ron::to_string(&tr).expect("serialise"),
            r#"{"sq":"Pas vitit 2008","sr-Latn":"Posle 2008."}"#
        );
        let mandate = Mandate {
            label: "After 2008".to_owned(),
            label_tr: Translations::default(),
            date: "2008-06-15".parse().expect("date"),
            sources: Vec::new(),
        };
        let text = ron::to_string(&mandate).expect("serialise");
        assert!(!text.contains("label_tr"), "{text}");
        let back: Mandate = ron::from_str(&text).expect("parse");
        assert_eq!(back, mandate);
    }
}
