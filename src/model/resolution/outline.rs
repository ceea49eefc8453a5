//! The operative part's outline: where it begins and ends, and its paragraphs and
//! subparagraphs, numbered by sequence. A "(i)" after "(h)" is the ninth letter; after a
//! heading "(h) Protection of civilians:" or under a paragraph with no letters it opens a list
//! of roman numerals.

use std::collections::BTreeSet;
use std::fmt;
use std::ops::Range;

use super::clutter::{Line, clean};
use super::{Piece, Pinpoint};

/// A subparagraph's label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    /// (a) is 1, (b) 2 … (z) 26.
    Letter(u32),
    /// (i) is 1, (ii) 2 …
    Roman(u32),
}

impl fmt::Display for Label {
    /// "a", "k", "ii", "xiv".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Letter(n) => {
                let letter = u8::try_from(n.saturating_sub(1))
                    .ok()
                    .filter(|n| *n < 26)
                    .map_or('?', |n| char::from(b'a' + n));
                write!(f, "{letter}")
            }
            Self::Roman(n) => f.write_str(&roman(n)),
        }
    }
}

/// `n` in lower-case roman numerals.
fn roman(mut n: u32) -> String {
    const DIGITS: [(u32, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut text = String::new();
    for (value, digits) in DIGITS {
        while n >= value {
            text.push_str(digits);
            n -= value;
        }
    }
    text
}

/// The value of a lower-case roman numeral written the usual way ("iv", not "iiii").
fn roman_value(text: &str) -> Option<u32> {
    (1..=60).find(|n| roman(*n) == text)
}

/// The value of a single letter: a is 1.
fn letter_value(text: &str) -> Option<u32> {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => Some(u32::from(c) - u32::from('a') + 1),
        _ => None,
    }
}

/// What a line begins with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    /// "11." followed by a space.
    Paragraph(u32),
    /// "(a)", "a)", "(ii)": the letters inside, as a range of the input.
    Sub,
}

/// The marker a line starts with, its bytes, and the letters of a subparagraph's label.
fn marker(text: &str, line: &Line) -> Option<(Marker, Range<usize>, String)> {
    let content = &text[line.range.clone()];
    let body = content.trim_start_matches(|c: char| c.is_whitespace() || c == '•');
    let start = line.range.start + content.len() - body.len();
    let digits = body.len() - body.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=3).contains(&digits) && body[digits..].starts_with('.') {
        let after = &body[digits + 1..];
        if after.is_empty() || after.starts_with(char::is_whitespace) {
            let number = body[..digits].parse().ok()?;
            return Some((
                Marker::Paragraph(number),
                start..start + digits + 1,
                String::new(),
            ));
        }
    }
    let open = usize::from(body.starts_with('('));
    let inner = &body[open..];
    let letters = inner.len()
        - inner
            .trim_start_matches(|c: char| c.is_ascii_lowercase())
            .len();
    if letters == 0 || letters > 6 || !inner[letters..].starts_with(')') {
        return None;
    }
    let after = &inner[letters + 1..];
    if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return None;
    }
    let end = start + open + letters + 1;
    Some((Marker::Sub, start..end, inner[..letters].to_owned()))
}

/// The operative part: from the line that starts "1." after the preamble to the end of the
/// last line of text before "Adopted …", an annex, or the end.
pub(super) fn operative(text: &str, lines: &[Line]) -> Range<usize> {
    let numbered = |wanted: Option<u32>| {
        lines.iter().position(|l| {
            !l.clutter
                && matches!(marker(text, l), Some((Marker::Paragraph(n), _, _))
                    if wanted.is_none_or(|w| w == n))
        })
    };
    let Some(first) = numbered(Some(1)).or_else(|| numbered(None)) else {
        return text.len()..text.len();
    };
    let stop = lines[first + 1..]
        .iter()
        .position(|l| is_closing(l.trimmed(text)))
        .map_or(lines.len(), |i| first + 1 + i);
    let end = lines[first..stop]
        .iter()
        .rev()
        .find(|l| !l.clutter && !l.blank(text))
        .map_or(lines[first].range.end, |l| l.range.end);
    lines[first].range.start..end
}

/// Where the operative part ends: the adoption line, or an annex's heading.
fn is_closing(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.starts_with("adopted")
        || lower.starts_with("adoptée")
        || lower == "annex"
        || lower == "annexe"
        || lower.starts_with("annex ")
        || lower.starts_with("annexe ")
}

/// Where the numbering stands while reading a paragraph's subparagraphs.
#[derive(Default)]
struct Numbering {
    /// The last letter seen in the paragraph.
    letter: Option<u32>,
    /// The last roman numeral seen under the current letter (or under the paragraph).
    roman: Option<u32>,
    /// Whether the current letter's words end with a colon: items follow under it.
    letter_opens_list: bool,
}

impl Numbering {
    /// The label a subparagraph's letters are, in sequence, or `None` when they continue no
    /// list (then the line is words of the piece before, not a new piece).
    fn next(&mut self, letters: &str) -> Option<Vec<Label>> {
        let as_letter = letter_value(letters);
        let as_roman = roman_value(letters);
        let next_letter = as_letter.is_some() && as_letter == self.letter.map(|l| l + 1);
        let next_roman = match self.roman {
            Some(r) => as_roman == Some(r + 1),
            None => as_roman == Some(1),
        };
        let roman_first =
            next_roman && (self.roman.is_some() || self.letter_opens_list || self.letter.is_none());
        if next_letter && !roman_first {
            self.letter = as_letter;
            self.roman = None;
            return self.letter.map(|l| vec![Label::Letter(l)]);
        }
        if next_roman {
            self.roman = as_roman;
            let roman = Label::Roman(as_roman?);
            return Some(match self.letter {
                Some(l) => vec![Label::Letter(l), roman],
                None => vec![roman],
            });
        }
        if as_letter == Some(1) {
            self.letter = Some(1);
            self.roman = None;
            return Some(vec![Label::Letter(1)]);
        }
        None
    }
}

/// The operative part's pieces in order, their spans covering `operative` without gap.
pub(super) fn pieces(
    text: &str,
    lines: &[Line],
    operative: Range<usize>,
    notes: &BTreeSet<u32>,
) -> Vec<Piece> {
    let mut starts: Vec<(Pinpoint, Range<usize>, usize)> = Vec::new();
    let mut paragraph = lines
        .iter()
        .find(|l| l.range.start == operative.start)
        .and_then(|l| match marker(text, l) {
            Some((Marker::Paragraph(n), _, _)) => Some(n - 1),
            _ => None,
        })
        .unwrap_or(0);
    let mut numbering = Numbering::default();
    for line in lines {
        if line.clutter || line.range.start < operative.start || line.range.start >= operative.end {
            continue;
        }
        let Some((kind, bytes, letters)) = marker(text, line) else {
            continue;
        };
        let sub = match kind {
            Marker::Paragraph(n) if n == paragraph + 1 => {
                paragraph = n;
                numbering = Numbering::default();
                Vec::new()
            }
            Marker::Paragraph(_) => continue,
            Marker::Sub if starts.is_empty() => continue,
            Marker::Sub => {
                if let Some((_, previous, _)) = starts.last() {
                    let words = clean(text, lines, previous.end..line.range.start, notes);
                    numbering.letter_opens_list =
                        numbering.roman.is_none() && words.trim_end().ends_with(':');
                }
                let Some(sub) = numbering.next(&letters) else {
                    continue;
                };
                sub
            }
        };
        starts.push((Pinpoint { paragraph, sub }, bytes, line.range.start));
    }
    let mut pieces: Vec<Piece> = Vec::with_capacity(starts.len());
    for (index, (pinpoint, marker, line_start)) in starts.iter().enumerate() {
        let start = if index == 0 {
            operative.start
        } else {
            *line_start
        };
        let end = starts.get(index + 1).map_or(operative.end, |next| next.2);
        let has_items = starts.get(index + 1).is_some_and(|next| {
            next.0.paragraph == pinpoint.paragraph
                && next.0.sub.len() > pinpoint.sub.len()
                && next.0.sub.starts_with(&pinpoint.sub)
        });
        pieces.push(Piece {
            pinpoint: pinpoint.clone(),
            span: start..end,
            marker: marker.clone(),
            text: clean(text, lines, marker.end..end, notes),
            has_items,
        });
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals_read_and_write() {
        for (n, text) in [(1, "i"), (4, "iv"), (9, "ix"), (14, "xiv"), (40, "xl")] {
            assert_eq!(roman(n), text);
            assert_eq!(roman_value(text), Some(n));
        }
        assert_eq!(roman_value("iiii"), None);
        assert_eq!(Label::Letter(11).to_string(), "k");
    }

    #[test]
    fn i_after_h_is_a_letter_unless_h_opens_a_list() {
        let mut plain = Numbering::default();
        for letters in ["a", "b", "c", "d", "e", "f", "g", "h"] {
            assert!(plain.next(letters).is_some());
        }
        assert_eq!(plain.next("i"), Some(vec![Label::Letter(9)]));

        let mut heading = Numbering::default();
        for letters in ["a", "b", "c", "d", "e", "f", "g", "h"] {
            assert!(heading.next(letters).is_some());
        }
        heading.letter_opens_list = true;
        assert_eq!(
            heading.next("i"),
            Some(vec![Label::Letter(8), Label::Roman(1)])
        );
        assert_eq!(
            heading.next("ii"),
            Some(vec![Label::Letter(8), Label::Roman(2)])
        );
    }
}
