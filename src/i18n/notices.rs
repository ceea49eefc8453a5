//! What a merge settled by keeping yours ([`Notice`]), in a language.

use super::{FluentValue, Language};
use crate::merge::{Notice, Part};

/// A merge's notice in `lang`: "both changed the title; yours is kept".
pub fn merge_notice(lang: Language, notice: &Notice) -> String {
    let id = notice_id(notice);
    match notice {
        Notice::BothChanged(part) => {
            let part = match part_value(part) {
                Some(value) => lang.t_args(part_id(part), &[("id", FluentValue::from(value))]),
                None => lang.t(part_id(part)),
            };
            lang.t_args(id, &[("part", FluentValue::from(part))])
        }
        Notice::RowDeletedInTheirs(row) | Notice::RowDeletedInYours(row) => {
            lang.t_args(id, &[("row", FluentValue::from(row.as_str()))])
        }
    }
}

fn notice_id(notice: &Notice) -> &'static str {
    match notice {
        Notice::BothChanged(_) => "notice-both-changed",
        Notice::RowDeletedInTheirs(_) => "notice-row-deleted-in-theirs",
        Notice::RowDeletedInYours(_) => "notice-row-deleted-in-yours",
    }
}

fn part_id(part: &Part) -> &'static str {
    match part {
        Part::Title => "notice-part-title",
        Part::TitleTranslations => "notice-part-title-translations",
        Part::OriginalMandate => "notice-part-original",
        Part::CurrentArrangement => "notice-part-current",
        Part::KeyDates => "notice-part-key-dates",
        Part::Presence(_) => "notice-part-presence",
        Part::Holder(_) => "notice-part-holder",
        Part::Source(_) => "notice-part-source",
    }
}

/// The id a part names, if it names one.
fn part_value(part: &Part) -> Option<&str> {
    match part {
        Part::Presence(id) | Part::Holder(id) | Part::Source(id) => Some(id),
        Part::Title
        | Part::TitleTranslations
        | Part::OriginalMandate
        | Part::CurrentArrangement
        | Part::KeyDates => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of notice, and every part, has its own message in every language (not
    /// English's, which a missing one falls back to).
    #[test]
    fn every_notice_is_worded_in_every_language() {
        let parts = [
            Part::Title,
            Part::TitleTranslations,
            Part::OriginalMandate,
            Part::CurrentArrangement,
            Part::KeyDates,
            Part::Presence("p".to_owned()),
            Part::Holder("h".to_owned()),
            Part::Source("s".to_owned()),
        ];
        let ids: Vec<&str> = parts
            .iter()
            .map(part_id)
            .chain(
                [
                    Notice::BothChanged(Part::Title),
                    Notice::RowDeletedInTheirs("r".to_owned()),
                    Notice::RowDeletedInYours("r".to_owned()),
                ]
                .iter()
                .map(notice_id),
            )
            .collect();
        for lang in Language::ALL {
            for id in &ids {
                assert!(lang.has(id), "{lang}: {id}");
            }
        }
    }
}
