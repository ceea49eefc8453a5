//! Ids as people read them: two ids of one list that a reader cannot tell apart (`kfor` and
//! `KFOR`, `kfor` and `kfor` with a zero-width space or a trailing space, the full-width `ｋｆｏｒ`,
//! the composed and decomposed forms of `Dečani`, or `kfor` with a Cyrillic `о`) are two
//! different ids to the app, so a reference meant for one silently names the other. They are
//! found here: a warning in anyone's file, an error under the curators' rules (`check --strict`).

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization as _;

use super::Document;
use super::problem::{Likeness, Problem, ProblemKind, Severity};

/// Invisible characters: zero-width spaces and joiners, the word joiner, the byte-order mark,
/// the soft hyphen, direction marks and controls, variation selectors.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{E0000}'..='\u{E0FFF}')
}

/// The Latin letter a Cyrillic or Greek letter looks like, if it looks like one (the letters
/// in Unicode's confusables list whose look-alike is a single Latin letter; lower-case after
/// folding, so capitals count too).
fn latin_look_alike(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic
        'а' => 'a',
        'в' => 'b',
        'с' => 'c',
        'ԁ' => 'd',
        'е' | 'ё' => 'e',
        'һ' => 'h',
        'і' | 'ӏ' => 'i',
        'ј' => 'j',
        'к' => 'k',
        'м' => 'm',
        'н' => 'h',
        'о' => 'o',
        'р' => 'p',
        'ԛ' => 'q',
        'ѕ' => 's',
        'т' => 't',
        'у' | 'ү' => 'y',
        'ԝ' => 'w',
        'х' => 'x',
        // Greek
        'α' => 'a',
        'β' => 'b',
        'ε' => 'e',
        'η' => 'n',
        'ι' => 'i',
        'κ' => 'k',
        'μ' => 'm',
        'ν' => 'v',
        'ο' => 'o',
        'ρ' => 'p',
        'τ' => 't',
        'υ' => 'u',
        'χ' => 'x',
        'γ' => 'y',
        'ζ' => 'z',
        _ => return None,
    })
}

/// An id as read at each level of [`Likeness`], the last its skeleton.
fn readings(id: &str) -> [String; 4] {
    let normal: String = id.nfkc().collect();
    let visible: String = normal
        .chars()
        .filter(|c| !is_invisible(*c))
        .collect::<String>()
        .trim()
        .to_owned();
    let folded = visible.to_lowercase();
    let skeleton = folded
        .chars()
        .map(|c| latin_look_alike(c).unwrap_or(c))
        .collect::<String>()
        .nfkc()
        .collect();
    [normal, visible, folded, skeleton]
}

const LIKENESSES: [Likeness; 4] = [
    Likeness::Normalisation,
    Likeness::Invisible,
    Likeness::Case,
    Likeness::Script,
];

/// The ids of one list that read as an earlier one of the same list, each as a problem at the
/// later id (`holders[kfоr]`). Ids written exactly alike are left to the duplicate-id rule.
fn look_alikes<'a>(
    list: &str,
    ids: impl Iterator<Item = &'a str>,
    severity: Severity,
    problems: &mut Vec<Problem>,
) {
    // The first id read as each skeleton, with its readings.
    let mut first: HashMap<String, (&str, [String; 4])> = HashMap::new();
    for id in ids {
        let read = readings(id);
        let skeleton = read[3].clone();
        match first.get(&skeleton) {
            Some((earlier, _)) if *earlier == id => {}
            Some((earlier, earlier_read)) => {
                let likeness = (0..4)
                    .find(|&level| read[level] == earlier_read[level])
                    .map_or(Likeness::Script, |level| LIKENESSES[level]);
                problems.push(Problem {
                    severity,
                    place: format!("{list}[{id}]"),
                    kind: ProblemKind::LookAlike {
                        id: id.to_owned(),
                        earlier: (*earlier).to_owned(),
                        likeness,
                    },
                });
            }
            None => {
                first.insert(skeleton, (id, read));
            }
        }
    }
}

impl Document {
    /// Ids of one list (presences, holders, sources, rows) that a reader cannot tell apart from
    /// another of the list, at `severity`: a warning in a user's file, an error under the
    /// curators' rules.
    pub fn look_alike_ids(&self, severity: Severity) -> Vec<Problem> {
        let mut problems = Vec::new();
        let presences = self.presences.iter().map(|p| p.id.as_str());
        look_alikes("presences", presences, severity, &mut problems);
        let holders = self.holders.iter().map(|h| h.id.as_str());
        look_alikes("holders", holders, severity, &mut problems);
        let sources = self.sources.iter().map(|s| s.id.as_str());
        look_alikes("sources", sources, severity, &mut problems);
        let rows = self.rows.iter().map(|r| r.id.as_str());
        look_alikes("rows", rows, severity, &mut problems);
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn likeness(a: &str, b: &str) -> Option<Likeness> {
        let mut problems = Vec::new();
        look_alikes(
            "holders",
            [a, b].into_iter(),
            Severity::Warning,
            &mut problems,
        );
        match problems.first()?.kind {
            ProblemKind::LookAlike { likeness, .. } => Some(likeness),
            _ => None,
        }
    }

    #[test]
    fn each_way_of_looking_alike_is_named() {
        assert_eq!(likeness("kfor", "ｋｆｏｒ"), Some(Likeness::Normalisation));
        assert_eq!(
            likeness("de\u{10d}ani", "dec\u{30c}ani"),
            Some(Likeness::Normalisation)
        );
        assert_eq!(likeness("kfor", "kfor\u{200b}"), Some(Likeness::Invisible));
        assert_eq!(likeness("kfor", "kfor "), Some(Likeness::Invisible));
        assert_eq!(likeness("kfor", "KFOR"), Some(Likeness::Case));
        assert_eq!(likeness("kfor", "kf\u{43e}r"), Some(Likeness::Script));
        assert_eq!(likeness("eulex", "\u{395}ULEX"), Some(Likeness::Script));
    }

    #[test]
    fn different_and_identical_ids_are_not_look_alikes() {
        assert_eq!(likeness("kfor", "kfor-2"), None);
        assert_eq!(likeness("unmik-01", "unmik-10"), None);
        // Written alike: the duplicate-id rule says so, not this one.
        assert_eq!(likeness("kfor", "kfor"), None);
        // Serbian in Cyrillic is not a look-alike of anything Latin as a whole.
        assert_eq!(likeness("kosovo-police", "косово-полиција"), None);
    }
}
