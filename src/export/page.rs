//! One writer for what the Markdown and HTML exports share: the title, the table of rows, each
//! row in full and the notes, in the same order and the same words. The two differ only in how
//! text is escaped and how a heading, a list or a badge is written, which each says through
//! [`Markup`]; a new field is written here once and reaches both.

use std::fmt::Write as _;

use super::{
    Notes, Options, as_of, cite, compared_line, day, holders_or_nobody, own_assessment, phase_line,
    source_details, text_from,
};
use crate::i18n::{FluentValue, Language, status_description, status_label};
use crate::model::{Annotation, Document, Responsibility, Source, Status, Visibility};

/// How a page language writes text and blocks. Methods taking `&str` named `text` escape it;
/// those taking `escaped` expect text already escaped (by [`Markup::inline`] or
/// [`Markup::lines`]) or written by another method of the same language.
pub(super) trait Markup {
    /// Text for a place that holds one line (a heading, a table cell, a label), escaped.
    fn inline(&self, text: &str) -> String;
    /// Text escaped with every line break kept inside its block (a paragraph, a list item).
    fn lines(&self, text: &str) -> String;
    /// Strong text.
    fn strong(&self, escaped: &str) -> String;
    /// Secondary text (who wrote a note, when).
    fn weak(&self, escaped: &str) -> String;
    /// The mark of a private note.
    fn private(&self, escaped: &str) -> String;
    /// A status as a badge: its word, in its colour where the language has colours.
    fn badge(&self, status: Status, lang: Language) -> String;
    /// A status's colour before a text that names it, where the language has colours.
    fn swatch(&self, status: Status, lang: Language) -> String;
    /// A source's short label, a link to it where it has an address.
    fn source_link(&self, source: &Source) -> String;
    /// A source cited for a line.
    fn source_ref(&self, source: &Source) -> String {
        self.source_link(source)
    }
    /// A row's label in the table, a link to its section where the language has links.
    fn row_link(&self, row: &Responsibility, escaped: &str) -> String;
    /// A line break inside a list item.
    fn item_break(&self) -> &'static str;

    /// The start of the page, up to its title.
    fn start(&self, w: &mut String, title: &str, lang: Language);
    /// The end of the page.
    fn finish(&self, w: &mut String);
    /// A heading of `level` (1 the page's title).
    fn heading(&self, w: &mut String, level: u8, escaped: &str);
    /// A paragraph.
    fn paragraph(&self, w: &mut String, escaped: &str);
    /// Where a row's text stands in its mandate, under its heading.
    fn citation(&self, w: &mut String, escaped: &str);
    /// A text quoted as a block, its line breaks kept.
    fn quote(&self, w: &mut String, text: &str);
    /// A row's text that is not the mandate's own words, its line breaks kept.
    fn text(&self, w: &mut String, text: &str);
    /// Whose wording a row's text is, or what the mandate adds to it.
    fn worded(&self, w: &mut String, escaped: &str);
    /// A bulleted list.
    fn list(&self, w: &mut String, items: &[String]);
    /// A table with a header row; every cell escaped and on one line.
    fn table(&self, w: &mut String, header: &[String], rows: &[Vec<String>]);
    /// The start of a row's section, its heading included.
    fn section(&self, w: &mut String, row: &Responsibility, escaped: &str);
    /// The end of a row's section.
    fn end_section(&self, w: &mut String);
    /// Who held what, when, as a picture, where the language has pictures.
    fn timeline(&self, _w: &mut String, _doc: &Document, _lang: Language) {}
}

/// The document as a page in `m`'s language.
pub(super) fn write(m: &impl Markup, doc: &Document, options: Options, lang: Language) -> String {
    let mut page = String::new();
    let w = &mut page;
    m.start(w, &doc.title, lang);
    m.paragraph(w, &compared_line(doc, lang, |t| m.inline(t)));
    let selected = Notes::new(doc, options);
    table(m, w, doc, &selected, lang);
    m.timeline(w, doc, lang);
    for row in &doc.rows {
        row_section(m, w, doc, row, &selected, lang);
    }
    let whole = lang.t("export-notes-whole");
    notes(m, w, selected.on(None).iter().copied(), &whole, false, lang);
    let orphans = lang.t("export-notes-orphans");
    notes(m, w, options.orphans(doc), &orphans, true, lang);
    m.finish(w);
    page
}

/// The table of every row; the status says where the user's own assessment differs.
fn table(m: &impl Markup, w: &mut String, doc: &Document, selected: &Notes<'_>, lang: Language) {
    let header = [
        m.inline(&lang.t("glossary-responsibility")),
        doc.original.date.year().to_string(),
        m.inline(&lang.t("glossary-status")),
        m.inline(&lang.t("export-held-today")),
        m.inline(&lang.t("export-notes")),
    ];
    let rows: Vec<Vec<String>> = doc
        .rows
        .iter()
        .map(|row| {
            let mut status = m.badge(row.status, lang);
            if let Some(own) = &row.assessment
                && own.status != row.status
            {
                let own = lang.t_args(
                    "export-own-status",
                    &[("status", FluentValue::from(status_label(lang, own.status)))],
                );
                let _ = write!(status, " ({})", m.inline(&own));
            }
            vec![
                m.row_link(row, &m.inline(&doc.row_label(row))),
                m.inline(&row.title),
                status,
                m.inline(&holders_or_nobody(doc, &row.holders, lang)),
                selected.on(Some(&row.id)).len().to_string(),
            ]
        })
        .collect();
    m.table(w, &header, &rows);
}

/// One row in full, under a heading of its own.
fn row_section(
    m: &impl Markup,
    w: &mut String,
    doc: &Document,
    row: &Responsibility,
    selected: &Notes<'_>,
    lang: Language,
) {
    let heading = format!("{}: {}", doc.row_label(row), row.title);
    m.section(w, row, &m.inline(&heading));
    if let Some(citation) = doc.row_citation(row) {
        m.citation(w, &m.inline(&citation));
    }
    // A block quote only for the mandate's own words, checked against a copy.
    let (worded, omits) = text_from(doc, row, lang);
    if let Some(worded) = worded {
        m.worded(w, &m.inline(&worded));
    }
    if row.text_is_quote() {
        m.quote(w, &row.original);
    } else {
        m.text(w, &row.original);
    }
    if let Some(omits) = omits {
        m.worded(w, &m.inline(&omits));
    }
    for wording in &row.wordings {
        let by = doc
            .source(&wording.source)
            .map_or(wording.source.as_str(), |s| s.title.as_str());
        let by = lang.t_args("export-as-worded", &[("source", FluentValue::from(by))]);
        m.paragraph(w, &m.inline(&by));
        m.quote(w, &wording.text);
    }
    let status = format!(
        "{} {}{}. {}.",
        m.strong(&m.inline(&format!("{}:", lang.t("glossary-status")))),
        m.badge(row.status, lang),
        m.inline(&as_of(row, lang)),
        m.inline(&status_description(lang, row.status))
    );
    m.paragraph(w, &status);
    labelled(m, w, &lang.t("export-held-today"), &{
        m.inline(&holders_or_nobody(doc, &row.holders, lang))
    });
    if let (Some(own), Some(text)) = (&row.assessment, own_assessment(doc, row, lang)) {
        let text = format!("{}{}", m.swatch(own.status, lang), m.inline(&text));
        labelled(m, w, &lang.t("glossary-own-assessment"), &text);
    }
    m.paragraph(w, &m.lines(&row.summary));
    row_lists(m, w, doc, row, lang);
    let sources: Vec<String> = row
        .sources
        .iter()
        .filter_map(|id| doc.source(id))
        .map(|s| {
            let details = source_details(s, lang, |t| m.inline(t));
            format!("{}{details}", m.source_link(s))
        })
        .collect();
    m.heading(w, 3, &m.inline(&lang.t("export-sources")));
    m.list(w, &sources);
    let heading = lang.t("export-notes");
    let on_row = selected.on(Some(&row.id)).iter().copied();
    notes_at(m, w, on_row, (3, &heading), false, lang);
    m.end_section(w);
}

/// "**Held today by:** Kosovo Police": a paragraph of a label and its text.
fn labelled(m: &impl Markup, w: &mut String, label: &str, escaped: &str) {
    let label = m.strong(&m.inline(&format!("{label}:")));
    m.paragraph(w, &format!("{label} {escaped}"));
}

/// A row's events by date, its phases and its positions, each a list under a heading when
/// the row has any, each line with its sources.
fn row_lists(
    m: &impl Markup,
    w: &mut String,
    doc: &Document,
    row: &Responsibility,
    lang: Language,
) {
    let cited = |ids: &[String]| cite(doc, lang, ids, |s| m.source_ref(s), |t| m.inline(t));
    let events: Vec<String> = row
        .events_by_date()
        .into_iter()
        .map(|e| format!("{}: {}{}", e.date, m.lines(&e.text), cited(&e.sources)))
        .collect();
    let phases: Vec<String> = row
        .phases
        .iter()
        .map(|p| {
            format!(
                "{}{}",
                m.inline(&phase_line(doc, p, lang)),
                cited(&p.sources)
            )
        })
        .collect();
    let positions: Vec<String> = row
        .positions
        .iter()
        .map(|p| {
            let by = m.strong(&m.inline(&format!("{}:", p.held_by)));
            format!("{by} {}{}", m.lines(&p.view), cited(&p.sources))
        })
        .collect();
    for (heading, items) in [
        ("export-what-happened", events),
        ("export-who-held-when", phases),
        ("export-positions", positions),
    ] {
        if !items.is_empty() {
            m.heading(w, 3, &m.inline(&lang.t(heading)));
            m.list(w, &items);
        }
    }
}

/// Notes under a heading of the page's second level, if there are any.
fn notes<'a>(
    m: &impl Markup,
    w: &mut String,
    notes: impl Iterator<Item = &'a Annotation>,
    heading: &str,
    name_row: bool,
    lang: Language,
) {
    notes_at(m, w, notes, (2, heading), name_row, lang);
}

/// Notes under a heading of `level`, if there are any: who wrote each and when, whether it
/// is private, the row it is about where `name_row`, its text and its tags.
fn notes_at<'a>(
    m: &impl Markup,
    w: &mut String,
    notes: impl Iterator<Item = &'a Annotation>,
    (level, heading): (u8, &str),
    name_row: bool,
    lang: Language,
) {
    let items: Vec<String> = notes
        .map(|note| note_item(m, note, name_row, lang))
        .collect();
    if items.is_empty() {
        return;
    }
    m.heading(w, level, &m.inline(heading));
    m.list(w, &items);
}

/// One note as a list item.
fn note_item(m: &impl Markup, note: &Annotation, name_row: bool, lang: Language) -> String {
    let mut meta = format!("{}, {}", note.author, day(note.created));
    if note.modified > note.created {
        let changed = lang.t_args(
            "export-note-changed",
            &[("date", FluentValue::from(day(note.modified)))],
        );
        let _ = write!(meta, " ({changed})");
    }
    if let Some(row) = note.row.as_deref().filter(|_| name_row) {
        let about = lang.t_args("export-note-about", &[("row", FluentValue::from(row))]);
        let _ = write!(meta, ", {about}");
    }
    let mut item = m.weak(&m.inline(&meta));
    if note.visibility == Visibility::Private {
        let private = format!("({})", lang.t("export-note-private"));
        let _ = write!(item, " {}", m.private(&m.inline(&private)));
    }
    let _ = write!(item, "{}{}", m.item_break(), m.lines(&note.text));
    if !note.tags.is_empty() {
        let tags = format!("{}: {}", lang.t("export-tags"), note.tags.join(", "));
        let _ = write!(item, "{}{}", m.item_break(), m.weak(&m.inline(&tags)));
    }
    item
}
