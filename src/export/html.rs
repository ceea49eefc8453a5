//! A self-contained HTML page: no external files, status colours with their words, sources as
//! links, and a print style sheet ([`super::page`] writes it; this file says how HTML writes
//! text). Everything is inside one `main` landmark, and every badge's text has a contrast of at
//! least 4.5:1 on its colour (WCAG AA for normal text; [`dark_text_on`]).

use std::fmt::Write as _;

use super::escape_markup as escape;
use super::page::{self, Markup};
use super::{Options, hex};
use crate::draw::palette::{dark_text_on, status_rgb};
use crate::i18n::{Language, status_label};
use crate::model::{Document, Responsibility, Source, Status};

const STYLE: &str = "
body { font-family: system-ui, 'Segoe UI', Ubuntu, sans-serif; line-height: 1.45;
       max-width: 62rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.3rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin-bottom: 0.3rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { border: 1px solid #bbb; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #eee; }
.status { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 0.6rem;
          font-weight: 600; font-size: 0.85rem; white-space: nowrap; }
blockquote { margin: 0.6rem 0; padding-left: 0.9rem; border-left: 3px solid #999; font-style: italic; }
.worded { color: #555; font-size: 0.9rem; }
.cite { margin: 0.2rem 0; color: #555; }
svg.timeline { max-width: 100%; height: auto; }
.meta { color: #555; font-size: 0.88rem; }
.private { color: #8a2a00; font-weight: 600; }
a { color: #0b4f8a; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  section.row { break-before: page; }
  .status { -webkit-print-color-adjust: exact; print-color-adjust: exact; border: 1px solid #000; }
  a { color: inherit; }
  a[href^=\"http\"]::after { content: \" <\" attr(href) \">\"; font-size: 0.8em; word-break: break-all; }
}
";

/// The colour of text on a status's badge: black or white, whichever has more contrast.
pub(super) fn ink_on(fill: [u8; 3]) -> &'static str {
    if dark_text_on(fill) {
        "#000000"
    } else {
        "#ffffff"
    }
}

fn anchor(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("row-{safe}")
}

pub(super) fn export(doc: &Document, options: Options, lang: Language) -> String {
    page::write(&Html, doc, options, lang)
}

/// The HTML page language.
struct Html;

impl Markup for Html {
    fn inline(&self, text: &str) -> String {
        escape(text)
    }

    fn lines(&self, text: &str) -> String {
        let text = text.trim();
        let lines: Vec<String> = text
            .split("\r\n")
            .flat_map(|part| part.split(['\n', '\r']))
            .map(escape)
            .collect();
        lines.join("<br>\n")
    }

    fn strong(&self, escaped: &str) -> String {
        format!("<strong>{escaped}</strong>")
    }

    fn weak(&self, escaped: &str) -> String {
        format!("<span class=\"meta\">{escaped}</span>")
    }

    fn private(&self, escaped: &str) -> String {
        format!("<span class=\"private\">{escaped}</span>")
    }

    fn badge(&self, status: Status, lang: Language) -> String {
        let fill = status_rgb(status);
        format!(
            "<span class=\"status\" style=\"background:{};color:{}\">{}</span>",
            hex(fill),
            ink_on(fill),
            escape(&status_label(lang, status))
        )
    }

    fn swatch(&self, status: Status, lang: Language) -> String {
        format!("{} ", self.badge(status, lang))
    }

    fn source_link(&self, source: &Source) -> String {
        let label = escape(source.short_label());
        match source.web_url() {
            Some(url) => format!("<a href=\"{}\">{label}</a>", escape(url)),
            None => label,
        }
    }

    fn row_link(&self, row: &Responsibility, escaped: &str) -> String {
        format!("<a href=\"#{}\">{escaped}</a>", anchor(&row.id))
    }

    fn item_break(&self) -> &'static str {
        "<br>\n"
    }

    fn start(&self, w: &mut String, title: &str, lang: Language) {
        let title = escape(title);
        let code = lang.code();
        let _ = write!(
            w,
            "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n"
        );
    }

    fn finish(&self, w: &mut String) {
        w.push_str("</main>\n</body>\n</html>\n");
    }

    fn heading(&self, w: &mut String, level: u8, escaped: &str) {
        let _ = writeln!(w, "<h{level}>{escaped}</h{level}>");
    }

    fn paragraph(&self, w: &mut String, escaped: &str) {
        let _ = writeln!(w, "<p>{escaped}</p>");
    }

    fn citation(&self, w: &mut String, escaped: &str) {
        let _ = writeln!(w, "<p class=\"cite\">{escaped}</p>");
    }

    fn text(&self, w: &mut String, text: &str) {
        let _ = writeln!(w, "<p class=\"text\">{}</p>", self.lines(text));
    }

    fn worded(&self, w: &mut String, escaped: &str) {
        let _ = writeln!(w, "<p class=\"worded\">{escaped}</p>");
    }

    fn quote(&self, w: &mut String, text: &str) {
        let _ = writeln!(w, "<blockquote>{}</blockquote>", self.lines(text));
    }

    fn list(&self, w: &mut String, items: &[String]) {
        w.push_str("<ul>\n");
        for item in items {
            let _ = writeln!(w, "<li>{item}</li>");
        }
        w.push_str("</ul>\n");
    }

    fn table(&self, w: &mut String, header: &[String], rows: &[Vec<String>]) {
        w.push_str("<table>\n<thead><tr>");
        for cell in header {
            let _ = write!(w, "<th>{cell}</th>");
        }
        w.push_str("</tr></thead>\n<tbody>\n");
        for row in rows {
            w.push_str("<tr>");
            for cell in row {
                let _ = write!(w, "<td>{cell}</td>");
            }
            w.push_str("</tr>\n");
        }
        w.push_str("</tbody>\n</table>\n");
    }

    fn section(&self, w: &mut String, row: &Responsibility, escaped: &str) {
        let _ = writeln!(
            w,
            "<section class=\"row\" id=\"{}\">\n<h2>{escaped}</h2>",
            anchor(&row.id)
        );
    }

    fn end_section(&self, w: &mut String) {
        w.push_str("</section>\n");
    }

    fn timeline(&self, w: &mut String, doc: &Document, lang: Language) {
        let Some(until) = checked_until(doc) else {
            return;
        };
        let _ = writeln!(w, "<h2>{}</h2>", escape(&lang.t("export-timeline")));
        let _ = writeln!(w, "{}", super::svg::timeline_svg(doc, until, lang));
    }
}

/// The latest date the document's facts speak of: a row's `as_of`, else its latest phase or
/// event. The timeline ends there, so the same document always gives the same page.
fn checked_until(doc: &Document) -> Option<crate::model::PartialDate> {
    let as_of = doc.rows.iter().filter_map(|r| r.as_of).max();
    let dated = doc.rows.iter().flat_map(|r| {
        let phases = r.phases.iter().map(|p| p.from);
        phases.chain(r.events.iter().map(|e| e.date))
    });
    as_of.or_else(|| dated.max())
}
