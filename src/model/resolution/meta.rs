//! What a resolution's heading says about it: its symbol, number, year and the day it was
//! adopted, in English or French.

use super::PartialDate;
use super::clutter::Line;

/// The symbol, number, year and date found.
#[derive(Debug, Default)]
pub(super) struct Meta {
    pub symbol: Option<String>,
    pub number: Option<u32>,
    pub year: Option<u16>,
    pub date: Option<PartialDate>,
}

/// Reads the heading: the lines before "The Security Council," ("Le Conseil de sécurité,"),
/// or the first twelve lines where the text has no such line.
pub(super) fn recognise(text: &str, lines: &[Line]) -> Meta {
    let preamble = lines
        .iter()
        .position(|l| is_council_line(l.trimmed(text)))
        .unwrap_or(lines.len().min(12));
    let heading = &lines[..preamble];
    let mut meta = Meta::default();
    if let Some((number, year)) = text.split("S/RES/").skip(1).find_map(number_and_year) {
        meta.number = Some(number);
        meta.year = Some(year);
    }
    if meta.number.is_none() {
        meta.number_from_heading(text, heading);
    }
    if let (Some(number), Some(year)) = (meta.number, meta.year) {
        meta.symbol = Some(format!("S/RES/{number} ({year})"));
    }
    meta.date = heading.iter().find_map(|l| date_in(l.trimmed(text)));
    meta
}

impl Meta {
    /// "Resolution 425 (1978)", "RÉSOLUTION 1244 (1999)", "186 (1964). Resolution of …".
    fn number_from_heading(&mut self, text: &str, heading: &[Line]) {
        for line in heading {
            let line = line.trimmed(text);
            let lower = line.to_lowercase();
            let rest = ["resolution", "résolution"]
                .iter()
                .find_map(|word| lower.strip_prefix(word))
                .map_or(line, |_| line[line.find(' ').unwrap_or(0)..].trim_start());
            if let Some((number, year)) = number_and_year(rest) {
                self.number = Some(number);
                self.year = Some(year);
                return;
            }
        }
    }
}

/// "1244 (1999)…": a number, optional spaces, and a year in brackets.
fn number_and_year(text: &str) -> Option<(u32, u16)> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 5 {
        return None;
    }
    let number = text[..digits].parse().ok()?;
    let year = text[digits..].trim_start().strip_prefix('(')?;
    let close = year.find(')')?;
    let year: u16 = year[..close].trim().parse().ok()?;
    (1945..=2200).contains(&year).then_some((number, year))
}

/// "The Security Council," or "Le Conseil de sécurité,", where the preamble begins.
fn is_council_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.starts_with("the security council") || lower.starts_with("le conseil de sécurité")
}

/// A line that is only a document symbol ("S/2018/241", "S/RES/1244 (1999)"): the running
/// header of a PDF's pages.
pub(super) fn is_symbol_line(line: &str) -> bool {
    let plain = line.strip_prefix("S/").is_some_and(|rest| {
        rest.contains('/')
            && rest
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '.')
    });
    plain
        || line
            .strip_prefix("S/RES/")
            .and_then(|rest| {
                let close = rest.find(')')?;
                (rest[close + 1..].trim().is_empty()).then(|| number_and_year(rest))?
            })
            .is_some()
}

/// The first "19 March 1978" or "10 juin 1999" in a line.
fn date_in(line: &str) -> Option<PartialDate> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).find_map(|w| {
        let day: u8 = w[0].trim_end_matches("er").parse().ok()?;
        let month = month_number(w[1])?;
        let year: u16 = w[2].trim_end_matches(['.', ';']).parse().ok()?;
        PartialDate::ymd(year, month, day)
    })
}

/// The month a name gives, in English or French.
fn month_number(name: &str) -> Option<u8> {
    const NAMES: [[&str; 2]; 12] = [
        ["january", "janvier"],
        ["february", "février"],
        ["march", "mars"],
        ["april", "avril"],
        ["may", "mai"],
        ["june", "juin"],
        ["july", "juillet"],
        ["august", "août"],
        ["september", "septembre"],
        ["october", "octobre"],
        ["november", "novembre"],
        ["december", "décembre"],
    ];
    let lower = name.to_lowercase();
    let index = NAMES
        .iter()
        .position(|pair| pair.contains(&lower.as_str()))?;
    u8::try_from(index + 1).ok()
}
