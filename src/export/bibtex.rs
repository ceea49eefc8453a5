//! The sources as BibTeX for biblatex and Biber: one entry per source, `@manual` for a
//! document with a symbol (a UN document, an act, a law, a court's decision), `@online` for a
//! page with an address, `@misc` for anything else.
//!
//! The types and fields are ones biblatex's standard data model defines for them, so `biber
//! --tool --validate-datamodel` accepts every entry. It wants a date on each: a source whose
//! date is not known gets `date = {XXXX}`, the extended date format's "year not specified",
//! which biblatex accepts and prints as nothing (classic BibTeX reads no `date`, so it sees no
//! year, as before). `@manual` is the standard
//! type that takes a `number` and prints it (with no institution or series to invent): the
//! symbol ("S/RES/1244 (1999)") reaches the page. Every entry has the issuing body as its
//! corporate author.
//!
//! Values are written in braces with TeX's special characters escaped and non-ASCII text kept
//! as UTF-8 (Biber and bibtexu read it; Cyrillic needs LuaLaTeX or XeLaTeX). The `url` field is
//! written as it is but for non-ASCII characters, white space and braces, which are
//! percent-encoded (classic BibTeX would garble them): biblatex reads the field verbatim, and
//! an escape there would end up in the link.

use std::collections::HashSet;

use unicode_normalization::UnicodeNormalization as _;

use crate::i18n::Language;
use crate::model::{Document, PartialDate, Source, SourceKind};

/// The document's sources as BibTeX entries, in the document's order, separated by blank lines.
pub(super) fn export(doc: &Document, lang: Language) -> String {
    let mut keys = Keys::default();
    let mut out = String::new();
    for source in &doc.sources {
        if !out.is_empty() {
            out.push('\n');
        }
        let key = keys.claim(&source.id);
        out.push_str(&entry(&key, source, lang));
    }
    out
}

/// One entry, ending with a new line.
fn entry(key: &str, source: &Source, lang: Language) -> String {
    let symbol = source.symbol.as_deref().filter(|s| !s.trim().is_empty());
    let url = source.url.as_deref().filter(|u| !u.trim().is_empty());
    let entry_type = match (symbol, url) {
        (Some(_), _) => "manual",
        (None, Some(_)) => "online",
        (None, None) => "misc",
    };
    let mut fields: Vec<(&str, String)> = vec![("title", braced(&protect_capitals(&source.title)))];
    if !source.publisher.trim().is_empty() {
        // Double braces: a corporate author, not split into first and last names at spaces,
        // commas or "and".
        fields.push(("author", format!("{{{{{}}}}}", escape(&source.publisher))));
    }
    if let Some(symbol) = symbol {
        fields.push(("number", braced(&escape(symbol))));
    }
    match source.date {
        Some(date) => fields.extend(date_fields(date)),
        None => fields.push(("date", braced(UNSPECIFIED_YEAR))),
    }
    if let Some(url) = url {
        fields.push(("url", braced(&url_value(url))));
    }
    if source.kind == SourceKind::Secondary {
        let note = lang.t("glossary-secondary-source");
        fields.push(("note", braced(&escape(&note))));
    }

    let mut out = format!("@{entry_type}{{{key},\n");
    for (name, value) in fields {
        out.push_str("  ");
        out.push_str(name);
        out.push_str(" = ");
        out.push_str(&value);
        out.push_str(",\n");
    }
    out.push_str("}\n");
    out
}

/// ISO 8601-2's date whose year is not specified: what biblatex's data model takes for a
/// source the data gives no date (it prints nothing for it).
const UNSPECIFIED_YEAR: &str = "XXXX";

/// `date` as BibLaTeX reads it (as precise as known), and `year` and `month` for classic
/// BibTeX styles; the month as BibTeX's month macro (`jun`), which both read.
fn date_fields(date: PartialDate) -> Vec<(&'static str, String)> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let mut fields = vec![
        ("date", braced(&date.to_string())),
        ("year", braced(&format!("{:04}", date.year()))),
    ];
    let month = date
        .month()
        .and_then(|m| MONTHS.get(usize::from(m).checked_sub(1)?));
    if let Some(month) = month {
        fields.push(("month", (*month).to_owned()));
    }
    fields
}

/// A value in braces.
fn braced(text: &str) -> String {
    format!("{{{text}}}")
}

/// Escapes the characters TeX gives a meaning to: `{ } \ % & $ # _ ^ ~`. Braces and the
/// backslash become `\textbraceleft{}`, `\textbraceright{}` and `\textbackslash{}` (a `\{`
/// would still count as a brace for BibTeX, which needs them balanced); `^` and `~` become
/// `\textasciicircum{}` and `\textasciitilde{}` (`\^` and `\~` are accents); `--` keeps its two
/// hyphens rather than becoming a dash. Line breaks and other control characters become spaces.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous = None;
    for c in text.chars() {
        push_escaped(&mut out, c, previous);
        previous = Some(c);
    }
    out
}

/// Writes one character of a value, escaped as [`escape`] says; `previous` is the character
/// before it in the text.
fn push_escaped(out: &mut String, c: char, previous: Option<char>) {
    match c {
        '{' => out.push_str("\\textbraceleft{}"),
        '}' => out.push_str("\\textbraceright{}"),
        '\\' => out.push_str("\\textbackslash{}"),
        '^' => out.push_str("\\textasciicircum{}"),
        '~' => out.push_str("\\textasciitilde{}"),
        '%' | '&' | '$' | '#' | '_' => {
            out.push('\\');
            out.push(c);
        }
        '-' if previous == Some('-') => out.push_str("{}-"),
        c if c.is_control() => out.push(' '),
        c => out.push(super::readable(c)),
    }
}

/// A title escaped, with every word that has a capital letter in braces, so that styles which
/// lower-case titles keep "UNMIK", "Kosovo" and "Secretary-General" as written. A word here is
/// a run of letters and digits; the escapes stay outside the braces.
fn protect_capitals(title: &str) -> String {
    let mut out = String::with_capacity(title.len() + 16);
    let mut word = String::new();
    let mut previous = None;
    for c in title.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush_word(&mut out, &mut word);
            push_escaped(&mut out, c, previous);
        }
        previous = Some(c);
    }
    flush_word(&mut out, &mut word);
    out
}

/// Writes a word of a title, in braces if it has a capital letter, and empties it.
fn flush_word(out: &mut String, word: &mut String) {
    if word.chars().any(char::is_uppercase) {
        out.push('{');
        out.push_str(word);
        out.push('}');
    } else {
        out.push_str(word);
    }
    word.clear();
}

/// An address as the `url` field holds it: as written, except that the characters which would
/// unbalance or escape the field (`{`, `}`, `\`), white space and non-ASCII characters are
/// percent-encoded (UTF-8), as a browser sends them anyway.
fn url_value(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.trim().chars() {
        match c {
            '{' => out.push_str("%7B"),
            '}' => out.push_str("%7D"),
            '\\' => out.push_str("%5C"),
            ' ' => out.push_str("%20"),
            c if c.is_whitespace() || c.is_control() || !c.is_ascii() => {
                let mut buffer = [0; 4];
                for byte in c.encode_utf8(&mut buffer).bytes() {
                    out.push_str(&format!("%{byte:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// The keys given so far, compared without case (BibTeX treats keys that differ only in case
/// as the same one).
#[derive(Default)]
struct Keys {
    taken: HashSet<String>,
}

impl Keys {
    /// A key for a source id, BibTeX-safe and not given before: the id with accents dropped,
    /// anything but ASCII letters, digits and `- _ : .` turned into `-`, and "-2", "-3", …
    /// added where that key is taken.
    fn claim(&mut self, id: &str) -> String {
        let base = safe_key(id);
        let mut key = base.clone();
        let mut n = 2_u32;
        while !self.taken.insert(key.to_lowercase()) {
            key = format!("{base}-{n}");
            n += 1;
        }
        key
    }
}

/// An id as BibTeX key characters only ("source" when nothing of it is left).
fn safe_key(id: &str) -> String {
    let mut key = String::with_capacity(id.len());
    for c in id
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
    {
        if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.') {
            key.push(c);
        } else if !key.ends_with('-') {
            key.push('-');
        }
    }
    let key = key.trim_matches('-');
    if key.is_empty() {
        "source".to_owned()
    } else {
        key.to_owned()
    }
}
