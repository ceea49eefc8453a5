//! Markdown: a table of the responsibilities, then each row's summary, events, positions,
//! sources and notes ([`super::page`] writes them; this file says how Markdown writes text).
//!
//! Text is escaped for CommonMark and for pandoc's Markdown alike, so that it reads as the
//! words it is and never as markup: every ASCII punctuation character either reader gives a
//! meaning to inside a line gets a backslash (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`,
//! `#`, `~`, `^`, `$`, `&`, `@`, `{`, `}`), and so does one that means something only at the
//! start of a line (`-`, `+`, `=`, `:` and the dot or parenthesis of a list number such as
//! "1." or "(a)"). A text's line breaks are hard line breaks (a backslash at the end of the
//! line), so a note keeps its lines and every text stays inside its own block, whatever line
//! breaks it holds: no line of it can start a heading, a list or a YAML block.

use super::page::{self, Markup};
use super::{Options, readable};
use crate::i18n::{Language, status_label};
use crate::model::{Document, Responsibility, Source, Status};

pub(super) fn export(doc: &Document, options: Options, lang: Language) -> String {
    page::write(&Markdown, doc, options, lang)
}

/// The Markdown page language.
struct Markdown;

/// The characters escaped wherever they stand.
const SPECIAL: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~', '^', '$', '&', '@', '{', '}',
];

/// One line of text escaped; `line_start` says whether it starts a line of the output, where
/// list, heading and block markers count. Leading white space is dropped there (four spaces
/// would make code of it in some places).
fn escape_line(line: &str, line_start: bool) -> String {
    let line = if line_start { line.trim_start() } else { line };
    let mut out = String::with_capacity(line.len() + 8);
    let marker = if line_start { list_marker(line) } else { None };
    for (i, c) in line.char_indices() {
        let c = readable(c);
        let at_start = line_start && i == 0 && matches!(c, '-' | '+' | '=' | ':');
        if SPECIAL.contains(&c) || at_start || marker == Some(i) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Where a line starting with a list number ("1.", "12)", "a.", "iv)", "(a)") has the
/// character to escape so that it is not one: the opening parenthesis, else the dot or
/// closing parenthesis after the number. A number is up to nine letters or digits, and must
/// be followed by white space or the end of the line, as both readers require.
fn list_marker(line: &str) -> Option<usize> {
    let open = line.starts_with('(');
    let body = if open { &line[1..] } else { line };
    let length = body
        .char_indices()
        .find(|(_, c)| !c.is_ascii_alphanumeric())
        .map_or(body.len(), |(i, _)| i);
    if length == 0 || length > 9 {
        return None;
    }
    let after = body[length..]
        .strip_prefix('.')
        .or_else(|| body[length..].strip_prefix(')'))?;
    if !after.chars().next().is_none_or(char::is_whitespace) {
        return None;
    }
    Some(if open { 0 } else { length })
}

/// A text's lines: split at every line feed, carriage return or both.
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split("\r\n").flat_map(|part| part.split(['\n', '\r']))
}

impl Markup for Markdown {
    fn inline(&self, text: &str) -> String {
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        // A space before or after the text stays: the text may go between others.
        let before = if text.starts_with(char::is_whitespace) {
            " "
        } else {
            ""
        };
        let after = if text.ends_with(char::is_whitespace) && !words.is_empty() {
            " "
        } else {
            ""
        };
        format!("{before}{}{after}", escape_line(&words, true))
    }

    fn lines(&self, text: &str) -> String {
        let lines: Vec<String> = split_lines(text.trim())
            .map(|line| escape_line(line.trim_end(), true))
            .collect();
        lines.join("\\\n  ")
    }

    fn strong(&self, escaped: &str) -> String {
        format!("**{escaped}**")
    }

    fn weak(&self, escaped: &str) -> String {
        format!("*{escaped}*")
    }

    fn private(&self, escaped: &str) -> String {
        format!("**{escaped}**")
    }

    fn badge(&self, status: Status, lang: Language) -> String {
        self.inline(&status_label(lang, status))
    }

    fn swatch(&self, _status: Status, _lang: Language) -> String {
        String::new()
    }

    fn source_link(&self, source: &Source) -> String {
        let label = self.inline(source.short_label());
        match source.web_url() {
            Some(url) => {
                let url: String = url
                    .chars()
                    .map(readable)
                    .map(|c| match c {
                        '<' => "%3C".to_owned(),
                        '>' => "%3E".to_owned(),
                        '\\' => "%5C".to_owned(),
                        c if c.is_whitespace() => "%20".to_owned(),
                        c => c.to_string(),
                    })
                    .collect();
                format!("[{label}](<{url}>)")
            }
            None => label,
        }
    }

    fn source_ref(&self, source: &Source) -> String {
        self.inline(source.short_label())
    }

    fn row_link(&self, _row: &Responsibility, escaped: &str) -> String {
        escaped.to_owned()
    }

    fn item_break(&self) -> &'static str {
        "\\\n  "
    }

    fn start(&self, w: &mut String, title: &str, _lang: Language) {
        self.heading(w, 1, &self.inline(title));
    }

    fn finish(&self, _w: &mut String) {}

    fn heading(&self, w: &mut String, level: u8, escaped: &str) {
        let hashes = "#".repeat(usize::from(level));
        separate(w);
        w.push_str(&format!("{hashes} {escaped}\n"));
    }

    fn paragraph(&self, w: &mut String, escaped: &str) {
        separate(w);
        w.push_str(escaped);
        w.push('\n');
    }

    fn citation(&self, w: &mut String, escaped: &str) {
        self.paragraph(w, &format!("*{escaped}*"));
    }

    fn text(&self, w: &mut String, text: &str) {
        self.paragraph(w, &self.lines(text));
    }

    fn worded(&self, w: &mut String, escaped: &str) {
        self.paragraph(w, &format!("*{escaped}*"));
    }

    fn quote(&self, w: &mut String, text: &str) {
        separate(w);
        let lines: Vec<String> = split_lines(text.trim())
            .map(|line| format!("> {}", escape_line(line.trim_end(), true)))
            .collect();
        w.push_str(&lines.join("\\\n"));
        w.push('\n');
    }

    fn list(&self, w: &mut String, items: &[String]) {
        separate(w);
        for item in items {
            w.push_str("- ");
            w.push_str(item);
            w.push('\n');
        }
    }

    fn table(&self, w: &mut String, header: &[String], rows: &[Vec<String>]) {
        separate(w);
        let line = |cells: &[String]| format!("| {} |\n", cells.join(" | "));
        w.push_str(&line(header));
        w.push_str(&format!("|{}\n", "---|".repeat(header.len())));
        for row in rows {
            w.push_str(&line(row));
        }
    }

    fn section(&self, w: &mut String, _row: &Responsibility, escaped: &str) {
        self.heading(w, 2, escaped);
    }

    fn end_section(&self, _w: &mut String) {}
}

/// A blank line before the next block, unless the page is empty.
fn separate(w: &mut String) {
    if !w.is_empty() {
        w.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_line_start_markers() {
        assert_eq!(escape_line("1. not a list", true), "1\\. not a list");
        assert_eq!(escape_line("(a) nor this", true), "\\(a) nor this");
        assert_eq!(escape_line("- nor this", true), "\\- nor this");
        assert_eq!(escape_line("---", true), "\\---");
        assert_eq!(escape_line("a - b 1. c", true), "a - b 1. c");
        assert_eq!(escape_line("Mr.Smith", true), "Mr.Smith");
        assert_eq!(
            escape_line("H~2~O &amp; $x$ @key", true),
            "H\\~2\\~O \\&amp; \\$x\\$ \\@key"
        );
    }

    #[test]
    fn line_breaks_are_hard_breaks_inside_the_block() {
        let md = Markdown.lines("one\r\ntwo\n\n# three\rfour");
        assert_eq!(md, "one\\\n  two\\\n  \\\n  \\# three\\\n  four");
    }
}
