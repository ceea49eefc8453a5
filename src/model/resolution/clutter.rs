//! The lines of a resolution's text, which of them are page furniture of a PDF copy (masthead,
//! "Distr.: General", job numbers, page numbers and headers, footnotes at a page's foot), and
//! the footnote numbers that sit inside its sentences.

use std::collections::BTreeSet;
use std::ops::Range;

/// One line of the input.
#[derive(Clone, Debug)]
pub(super) struct Line {
    /// Its bytes, without the line end.
    pub range: Range<usize>,
    /// Whether it is page furniture, not the resolution's words.
    pub clutter: bool,
}

impl Line {
    /// Its text, trimmed.
    pub fn trimmed<'t>(&self, text: &'t str) -> &'t str {
        text[self.range.clone()].trim()
    }

    /// Whether it holds nothing but white space.
    pub fn blank(&self, text: &str) -> bool {
        self.trimmed(text).is_empty()
    }
}

/// The input's lines, with page furniture marked (footnotes at a page's foot included).
pub(super) fn lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let end = start + piece.len();
        let content = piece.trim_end_matches(['\n', '\r']);
        let range = start..start + content.len();
        lines.push(Line {
            clutter: is_furniture(content.trim()),
            range,
        });
        start = end;
    }
    mark_page_footnotes(text, &mut lines);
    lines
}

/// Page furniture: a line that is only a job number, a distribution or original-language
/// mark, a bar code, a page number, the masthead's "United Nations" or "Security Council", a
/// running symbol, or a recycling mark.
fn is_furniture(line: &str) -> bool {
    if is_job_number(line) {
        return true;
    }
    let parts: Vec<&str> = line
        .split("  ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() > 1 {
        return parts.iter().all(|part| is_furniture(part));
    }
    let lower = line.to_lowercase();
    is_job_number(line)
        || lower.starts_with("distr.")
        || lower.starts_with("original:")
        || lower.starts_with("original :")
        || is_bar_code(line)
        || is_page_number(line)
        || matches!(
            lower.as_str(),
            "united nations"
                | "nations unies"
                | "security council"
                | "conseil de sécurité"
                | "please recycle"
                | "merci de recycler"
        )
        || super::meta::is_symbol_line(line)
        || is_running_foot(line)
}

/// A page's foot or head that joins several marks on one line: "2/19    18-03983",
/// "S/2018/241    2/19".
fn is_running_foot(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() > 1
        && words.iter().all(|word| {
            is_page_number(word)
                || is_job_number(word)
                || is_bar_code(word)
                || super::meta::is_symbol_line(word)
                || word.trim_matches(['(', ')']).len() == 1
        })
}

/// "99-17289 (E)", "18-04283 (E)    120418    *1804283*": two digits, a hyphen, five digits,
/// then only a language letter in brackets, dates and bar codes.
fn is_job_number(line: &str) -> bool {
    let bytes = line.as_bytes();
    let shape = bytes.len() >= 8
        && bytes[..2].iter().all(u8::is_ascii_digit)
        && bytes[2] == b'-'
        && bytes[3..8].iter().all(u8::is_ascii_digit)
        && bytes.get(8).is_none_or(|b| !b.is_ascii_digit());
    shape
        && line[8..].split_whitespace().all(|word| {
            let inner = word.trim_matches(['(', ')', '*']);
            inner.chars().all(|c| c.is_ascii_digit())
                || (inner.len() == 1 && inner.chars().all(|c| c.is_ascii_uppercase()))
        })
}

/// "*9917289*".
fn is_bar_code(line: &str) -> bool {
    line.len() > 2
        && line.starts_with('*')
        && line.ends_with('*')
        && line[1..line.len() - 1].chars().all(|c| c.is_ascii_digit())
}

/// "2", "2/5", "- 2 -", "Page 2".
fn is_page_number(line: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit());
    let line = line.trim_matches(|c: char| c == '-' || c.is_whitespace());
    digits(line)
        || line
            .split_once('/')
            .is_some_and(|(a, b)| digits(a.trim()) && digits(b.trim()))
        || line
            .strip_prefix("Page ")
            .is_some_and(|rest| digits(rest.trim()))
}

/// A footnote at a page's foot: a line "2 S/1999/648, annex." whose number sits on a word
/// above it ("Accords2") and which only page furniture follows before the next page's text.
fn mark_page_footnotes(text: &str, lines: &mut [Line]) {
    for index in 0..lines.len() {
        if lines[index].clutter {
            continue;
        }
        let Some((number, _)) = leading_number(lines[index].trimmed(text)) else {
            continue;
        };
        let rest = &lines[index + 1..];
        let next_text = rest.iter().position(|l| !l.clutter && !l.blank(text));
        let furniture_follows = rest[..next_text.unwrap_or(rest.len())]
            .iter()
            .any(|l| l.clutter);
        if furniture_follows && attached_before(text, lines[index].range.start, number) {
            lines[index].clutter = true;
        }
    }
}

/// "19 Ibid., documents …": the number a footnote line starts with, and the rest.
fn leading_number(line: &str) -> Option<(u32, &str)> {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &line[digits..];
    let after = rest.trim_start();
    (rest.starts_with(char::is_whitespace) && after.starts_with(|c: char| c.is_uppercase()))
        .then(|| line[..digits].parse().ok().map(|n| (n, after)))
        .flatten()
}

/// Whether `number` sits on the end of a word somewhere before `before` ("Accords2").
fn attached_before(text: &str, before: usize, number: u32) -> bool {
    let wanted = number.to_string();
    text[..before]
        .split_whitespace()
        .any(|word| attached_number(word).is_some_and(|(_, n)| n == wanted))
}

/// A word with a number on its end that is not part of it: "Accords2", "(1999)3", "Israel,20".
/// Gives the word without it, and the number.
fn attached_number(word: &str) -> Option<(&str, &str)> {
    let body = word.trim_end_matches(|c: char| c.is_ascii_digit());
    let number = &word[body.len()..];
    let last = body.chars().last()?;
    let joins = last.is_alphabetic() || matches!(last, ')' | ',' | '.' | ';' | '”' | '’');
    (!number.is_empty() && number.len() <= 3 && joins && body.chars().count() > 1)
        .then_some((body, number))
}

/// The numbers of the footnotes the text gives: lines after the operative part that start
/// with a number and a capital ("19 Ibid., documents S/12600"), and footnotes at a page's
/// foot.
pub(super) fn footnote_numbers(text: &str, lines: &[Line], operative_end: usize) -> BTreeSet<u32> {
    let mut numbers = BTreeSet::new();
    for line in lines {
        let after_end = line.range.start >= operative_end;
        if (after_end || line.clutter)
            && let Some((number, _)) = leading_number(line.trimmed(text))
        {
            numbers.insert(number);
        }
    }
    numbers
}

/// The words of `range`, lines joined, furniture lines and footnote numbers left out. A line
/// ending in a hyphen joins the next without a space.
pub(super) fn clean(
    text: &str,
    lines: &[Line],
    range: Range<usize>,
    notes: &BTreeSet<u32>,
) -> String {
    let mut joined = String::new();
    for line in lines.iter().filter(|l| !l.clutter) {
        let start = line.range.start.max(range.start);
        let end = line.range.end.min(range.end);
        if start >= end {
            continue;
        }
        let part = text[start..end].trim();
        if part.is_empty() {
            continue;
        }
        if !joined.is_empty() && !joined.ends_with('-') {
            joined.push(' ');
        }
        joined.push_str(part);
    }
    drop_footnote_numbers(&joined, notes)
}

/// Takes the known footnote numbers out of a sentence: on the end of a word ("Accords2"), or
/// standing alone after a comma, a closing bracket, a year or a name ("Israel, 20",
/// "1991 197 would", "Lebanon 19 and").
pub(super) fn drop_footnote_numbers(sentence: &str, notes: &BTreeSet<u32>) -> String {
    let known = |n: &str| n.parse::<u32>().is_ok_and(|n| notes.contains(&n));
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let mut kept: Vec<String> = Vec::with_capacity(words.len());
    for (index, word) in words.iter().enumerate() {
        if notes.is_empty() {
            kept.push((*word).to_owned());
            continue;
        }
        let bare = word.trim_end_matches([',', ';', '.', ':']);
        let tail = &word[bare.len()..];
        if known(bare) && !bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit()) {
            let previous = index.checked_sub(1).map(|i| words[i]);
            let next = words.get(index + 1);
            let after_mark = previous.is_some_and(|p| {
                p.ends_with([',', ';', ')'])
                    || (p.len() == 4 && p.chars().all(|c| c.is_ascii_digit()))
                    || (p.starts_with(char::is_uppercase)
                        && next.is_none_or(|n| n.starts_with(char::is_lowercase)))
            });
            if after_mark && tail.is_empty() {
                continue;
            }
        }
        if let Some((body, number)) = attached_number(bare)
            && known(number)
        {
            kept.push(format!("{body}{tail}"));
            continue;
        }
        kept.push((*word).to_owned());
    }
    kept.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnote_numbers_leave_sentences() {
        // S/RES/425 (1978) in CR-UNSC, whose footnotes 19 to 21 follow the text.
        let notes = BTreeSet::from([19, 20, 21]);
        assert_eq!(
            drop_footnote_numbers(
                "Taking note of the letters from the Permanent Representative of Lebanon 19 and \
                 from the Permanent Representative of Israel, 20",
                &notes
            ),
            "Taking note of the letters from the Permanent Representative of Lebanon and from \
             the Permanent Representative of Israel,"
        );
        assert_eq!(
            drop_footnote_numbers("Representatives of Lebanon and Israel,21", &notes),
            "Representatives of Lebanon and Israel,"
        );
        assert_eq!(
            drop_footnote_numbers("within 20 days of paragraph 19 below", &notes),
            "within 20 days of paragraph 19 below"
        );
    }

    #[test]
    fn furniture_lines_are_recognised() {
        // Lines of S/2018/241 as pdftotext gives them.
        for line in [
            "18-03983 (E)     230318",
            "*1803983*",
            "S/2018/241",
            "2/19                     18-03983",
            "United Nations                    S/2018/241",
            "Security Council                  Distr.: General",
            "Original: English",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in ["The Security Council,", "2. Calls upon Israel", "1999"] {
            assert!(!is_furniture(line), "{line}");
        }
    }
}
