//! What a merge settled by keeping yours ([`Notice`]), in a language.

use super::{FluentValue, Language};
use crate::merge::{Notice, Part};

/// A merge's notice in `lang`: "both changed the title; yours is kept".
pub fn merge_notice(lang: Language, notice: &Notice) -> String {
    match notice {
        Notice::BothChanged(part) => lang.t_args(
            "notice-both-changed",
            &[("part", FluentValue::from(part_words(lang, part)))],
        ),
        Notice::RowDeletedInTheirs(row) => lang.t_args(
            "notice-row-deleted-in-theirs",
            &[("row", FluentValue::from(row.as_str()))],
        ),
        Notice::RowDeletedInYours(row) => lang.t_args(
            "notice-row-deleted-in-yours",
            &[("row", FluentValue::from(row.as_str()))],
        ),
    }
}

fn part_words(lang: Language, part: &Part) -> String {
    let with_id = |id: &str, value: &str| lang.t_args(id, &[("id", FluentValue::from(value))]);
    match part {
        Part::Title => lang.t("notice-part-title"),
        Part::OriginalMandate => lang.t("notice-part-original"),
        Part::CurrentArrangement => lang.t("notice-part-current"),
        Part::KeyDates => lang.t("notice-part-key-dates"),
        Part::Presence(id) => with_id("notice-part-presence", id),
        Part::Holder(id) => with_id("notice-part-holder", id),
        Part::Source(id) => with_id("notice-part-source", id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind of notice, and every part, has its words in every language (a message
    /// missing in one would show its id).
    #[test]
    fn every_notice_is_worded_in_every_language() {
        let parts = [
            Part::Title,
            Part::OriginalMandate,
            Part::CurrentArrangement,
            Part::KeyDates,
            Part::Presence("p".to_owned()),
            Part::Holder("h".to_owned()),
            Part::Source("s".to_owned()),
        ];
        let mut notices: Vec<Notice> = parts.into_iter().map(Notice::BothChanged).collect();
        notices.push(Notice::RowDeletedInTheirs("r".to_owned()));
        notices.push(Notice::RowDeletedInYours("r".to_owned()));
        for lang in Language::ALL {
            for notice in &notices {
                let words = merge_notice(lang, notice);
                assert!(!words.contains("notice-"), "{lang}: {notice:?}: {words}");
            }
        }
        assert_eq!(
            merge_notice(Language::En, &Notice::BothChanged(Part::Title)),
            Notice::BothChanged(Part::Title).to_string(),
            "the app's English is the command line's"
        );
    }
}
