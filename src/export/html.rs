//! A self-contained HTML page: no external files, status colours with their words, sources as
//! links, and a print style sheet.

use std::fmt::Write as _;

use super::escape_markup as escape;

use super::{
    Notes, Options, as_of, compared_line, day, holder_list, or_nobody, own_assessment, phase_line,
    source_details, text_from,
};
use crate::draw::palette::{dark_text_on, status_rgb};
use crate::i18n::{FluentValue, Language, status_description, status_label};
use crate::model::{Annotation, Document, Responsibility, Status, Visibility};

/// Escaped text with its line breaks kept.
fn lines(text: &str) -> String {
    escape(text.trim()).replace('\n', "<br>\n")
}

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

fn badge(status: Status, lang: Language) -> String {
    let [r, g, b] = status_rgb(status);
    let text = if dark_text_on([r, g, b]) {
        "#000"
    } else {
        "#fff"
    };
    format!(
        "<span class=\"status\" style=\"background:#{r:02x}{g:02x}{b:02x};color:{text}\">{}</span>",
        escape(&status_label(lang, status))
    )
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
    let mut html = String::new();
    let w = &mut html;
    // Writing to a String cannot fail, here and in every section below.
    header(w, doc, lang);
    let selected = Notes::new(doc, options);
    table(w, doc, &selected, lang);
    timeline(w, doc, lang);
    for row in &doc.rows {
        row_section(w, doc, row, &selected, lang);
    }
    notes(
        w,
        selected.on(None).iter().copied(),
        ("h2", &lang.t("export-notes-whole")),
        false,
        lang,
    );
    notes(
        w,
        options.orphans(doc),
        ("h2", &lang.t("export-notes-orphans")),
        true,
        lang,
    );
    let _ = writeln!(w, "</body>\n</html>");
    html
}

/// Who held what, when: the timeline as an inline SVG picture, up to the last date the
/// document's facts were checked (so the same document always gives the same page).
fn timeline(w: &mut String, doc: &Document, lang: Language) {
    let Some(until) = checked_until(doc) else {
        return;
    };
    let _ = writeln!(w, "<h2>{}</h2>", escape(&lang.t("export-timeline")));
    let _ = writeln!(w, "{}", super::svg::timeline_svg(doc, until, lang));
}

/// The latest date the document's facts speak of: a row's `as_of`, else its latest phase or
/// event.
fn checked_until(doc: &Document) -> Option<crate::model::PartialDate> {
    let as_of = doc.rows.iter().filter_map(|r| r.as_of).max();
    let dated = doc.rows.iter().flat_map(|r| {
        let phases = r.phases.iter().map(|p| p.from);
        phases.chain(r.events.iter().map(|e| e.date))
    });
    as_of.or_else(|| dated.max())
}

/// The page head with its style sheet, the title, and what is compared with what.
fn header(w: &mut String, doc: &Document, lang: Language) {
    let title = escape(&doc.title);
    let code = lang.code();
    let _ = write!(
        w,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n"
    );
    let _ = writeln!(w, "<p>{}</p>", compared_line(doc, lang, escape));
}

/// The table of every row, each linking to its section.
fn table(w: &mut String, doc: &Document, selected: &Notes<'_>, lang: Language) {
    let _ = writeln!(
        w,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th>\
         <th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        escape(&lang.t("glossary-responsibility")),
        doc.original.date.year(),
        escape(&lang.t("glossary-status")),
        escape(&lang.t("export-held-today")),
        escape(&lang.t("export-notes")),
    );
    for row in &doc.rows {
        let _ = writeln!(
            w,
            "<tr><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            anchor(&row.id),
            escape(&doc.row_label(row)),
            escape(&row.title),
            badge(row.status, lang),
            escape(&or_nobody(&holder_list(doc, &row.holders), lang)),
            selected.on(Some(&row.id)).len()
        );
    }
    let _ = writeln!(w, "</tbody>\n</table>");
}

/// One row in full, a section of its own (a page of its own in print).
fn row_section(
    w: &mut String,
    doc: &Document,
    row: &Responsibility,
    selected: &Notes<'_>,
    lang: Language,
) {
    let _ = writeln!(
        w,
        "<section class=\"row\" id=\"{}\">\n<h2>{}: {}</h2>",
        anchor(&row.id),
        escape(&doc.row_label(row)),
        escape(&row.title)
    );
    if let Some(citation) = doc.row_citation(row) {
        let _ = writeln!(w, "<p class=\"cite\">{}</p>", escape(&citation));
    }
    // A block quote only for the mandate's own words, checked against a copy.
    let (worded, omits) = text_from(doc, row, lang);
    if let Some(worded) = worded {
        let _ = writeln!(w, "<p class=\"worded\">{}</p>", escape(&worded));
    }
    if row.text_is_quote() {
        let _ = writeln!(w, "<blockquote>{}</blockquote>", lines(&row.original));
    } else {
        let _ = writeln!(w, "<p class=\"text\">{}</p>", lines(&row.original));
    }
    if let Some(omits) = omits {
        let _ = writeln!(w, "<p class=\"worded\">{}</p>", escape(&omits));
    }
    wordings(w, doc, row, lang);
    status(w, row, lang);
    holders(w, doc, row, lang);
    assessment(w, doc, row, lang);
    let _ = writeln!(w, "<p>{}</p>", lines(&row.summary));
    events(w, doc, row, lang);
    phases(w, doc, row, lang);
    positions(w, doc, row, lang);
    sources(w, doc, row, lang);
    notes(
        w,
        selected.on(Some(&row.id)).iter().copied(),
        ("h3", &lang.t("export-notes")),
        false,
        lang,
    );
    let _ = writeln!(w, "</section>");
}

/// The same text as other sources word it, each named.
fn wordings(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    for wording in &row.wordings {
        let by = doc
            .source(&wording.source)
            .map_or(wording.source.as_str(), |s| s.title.as_str());
        let _ = writeln!(
            w,
            "<p>{}</p>\n<blockquote>{}</blockquote>",
            lang.t_args(
                "export-as-worded",
                &[("source", FluentValue::from(escape(by)))]
            ),
            lines(&wording.text)
        );
    }
}

/// The built-in status: its badge, when it was checked, and what it means.
fn status(w: &mut String, row: &Responsibility, lang: Language) {
    let _ = writeln!(
        w,
        "<p>{}{} {}</p>",
        badge(row.status, lang),
        escape(&as_of(row, lang)),
        escape(&status_description(lang, row.status))
    );
}

/// Who held the function when, from the mandate to today.
fn phases(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    if row.phases.is_empty() {
        return;
    }
    let heading = escape(&lang.t("export-who-held-when"));
    let _ = writeln!(w, "<h3>{heading}</h3>\n<ul>");
    for phase in &row.phases {
        let line = phase_line(doc, phase, lang);
        let _ = writeln!(
            w,
            "<li>{}{}</li>",
            escape(&line),
            cite(doc, &phase.sources, lang)
        );
    }
    let _ = writeln!(w, "</ul>");
}

/// Who holds the function today, by the built-in data.
fn holders(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    let _ = writeln!(
        w,
        "<p><strong>{}:</strong> {}</p>",
        escape(&lang.t("export-held-today")),
        escape(&or_nobody(&holder_list(doc, &row.holders), lang))
    );
}

/// The user's own assessment, if they made one.
fn assessment(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    if let (Some(own), Some(text)) = (&row.assessment, own_assessment(doc, row, lang)) {
        let _ = writeln!(
            w,
            "<p><strong>{}:</strong> {} {}</p>",
            escape(&lang.t("glossary-own-assessment")),
            badge(own.status, lang),
            escape(&text)
        );
    }
}

/// What happened, by date, each with its sources.
fn events(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    if row.events.is_empty() {
        return;
    }
    let heading = escape(&lang.t("export-what-happened"));
    let _ = writeln!(w, "<h3>{heading}</h3>\n<ul>");
    for event in row.events_by_date() {
        let _ = writeln!(
            w,
            "<li>{}: {}{}</li>",
            event.date,
            lines(&event.text),
            cite(doc, &event.sources, lang)
        );
    }
    let _ = writeln!(w, "</ul>");
}

/// Who says what where the question is contested, each with its sources.
fn positions(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    if row.positions.is_empty() {
        return;
    }
    let heading = escape(&lang.t("export-positions"));
    let _ = writeln!(w, "<h3>{heading}</h3>\n<ul>");
    for position in &row.positions {
        let _ = writeln!(
            w,
            "<li><strong>{}:</strong> {}{}</li>",
            escape(&position.held_by),
            lines(&position.view),
            cite(doc, &position.sources, lang)
        );
    }
    let _ = writeln!(w, "</ul>");
}

/// The row's sources in full, each a link where it has one.
fn sources(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    let heading = escape(&lang.t("export-sources"));
    let _ = writeln!(w, "<h3>{heading}</h3>\n<ul>");
    for source in row.sources.iter().filter_map(|id| doc.source(id)) {
        let _ = writeln!(
            w,
            "<li>{}{}</li>",
            source_link(source),
            source_details(source, lang, escape)
        );
    }
    let _ = writeln!(w, "</ul>");
}

fn source_link(source: &crate::model::Source) -> String {
    let label = escape(source.short_label());
    match source.web_url() {
        Some(url) => format!("<a href=\"{}\">{label}</a>", escape(url)),
        None => label,
    }
}

/// The sources cited for a line, each a link where it has one.
fn cite(doc: &Document, ids: &[String], lang: Language) -> String {
    super::cite(doc, lang, ids, source_link, escape)
}

fn notes<'a>(
    w: &mut String,
    notes: impl Iterator<Item = &'a Annotation>,
    (level, heading): (&str, &str),
    name_row: bool,
    lang: Language,
) {
    let mut notes = notes.peekable();
    if notes.peek().is_none() {
        return;
    }
    let _ = writeln!(w, "<{level}>{}</{level}>\n<ul>", escape(heading));
    for note in notes {
        let _ = write!(
            w,
            "<li><span class=\"meta\">{}, {}",
            escape(&note.author),
            day(note.created)
        );
        if note.modified > note.created {
            let changed = lang.t_args(
                "export-note-changed",
                &[("date", FluentValue::from(day(note.modified)))],
            );
            let _ = write!(w, " ({})", escape(&changed));
        }
        if let Some(row) = note.row.as_deref().filter(|_| name_row) {
            let about = lang.t_args(
                "export-note-about",
                &[("row", FluentValue::from(escape(row)))],
            );
            let _ = write!(w, ", {about}");
        }
        let _ = write!(w, "</span>");
        if note.visibility == Visibility::Private {
            let private = escape(&lang.t("export-note-private"));
            let _ = write!(w, " <span class=\"private\">({private})</span>");
        }
        let _ = write!(w, "<br>\n{}", lines(&note.text));
        if !note.tags.is_empty() {
            let tags: Vec<String> = note.tags.iter().map(|t| escape(t)).collect();
            let _ = write!(
                w,
                "<br>\n<span class=\"meta\">{}: {}</span>",
                escape(&lang.t("export-tags")),
                tags.join(", ")
            );
        }
        let _ = writeln!(w, "</li>");
    }
    let _ = writeln!(w, "</ul>");
}
