//! Markdown: a table of the responsibilities, then each row's summary, events, positions,
//! sources and notes.

use std::fmt::Write as _;

use super::{
    Notes, Options, as_of, compared_line, day, holder_list, or_nobody, own_assessment, phase_line,
    source_details, text_from,
};
use crate::i18n::{FluentValue, Language, status_description, status_label};
use crate::model::{Annotation, Document, Responsibility, Visibility};

/// Escapes the characters Markdown would read as formatting.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escaped text for a table cell: one line.
fn cell(text: &str) -> String {
    escape(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Escaped text continuing a list item: later lines indented under it.
fn item(text: &str) -> String {
    escape(text.trim()).replace('\n', "\n  ")
}

pub(super) fn export(doc: &Document, options: Options, lang: Language) -> String {
    let mut md = String::new();
    let w = &mut md;
    header(w, doc, lang);
    let selected = Notes::new(doc, options);
    table(w, doc, &selected, lang);
    for row in &doc.rows {
        row_section(w, doc, row, &selected, lang);
    }
    notes(
        w,
        selected.on(None).iter().copied(),
        &format!("## {}", lang.t("export-notes-whole")),
        false,
        lang,
    );
    notes(
        w,
        options.orphans(doc),
        &format!("## {}", lang.t("export-notes-orphans")),
        true,
        lang,
    );
    md
}

/// The title, and what is compared with what.
fn header(w: &mut String, doc: &Document, lang: Language) {
    // Writing to a String cannot fail, here and in every section below.
    let _ = writeln!(w, "# {}\n", escape(&doc.title));
    let _ = writeln!(w, "{}\n", compared_line(doc, lang, escape));
}

/// The table of every row; the status says where the user's own assessment differs.
fn table(w: &mut String, doc: &Document, selected: &Notes<'_>, lang: Language) {
    let _ = writeln!(
        w,
        "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
        cell(&lang.t("glossary-responsibility")),
        doc.original.date.year(),
        cell(&lang.t("glossary-status")),
        cell(&lang.t("export-held-today")),
        cell(&lang.t("export-notes")),
    );
    for row in &doc.rows {
        let mut status = status_label(lang, row.status);
        if let Some(own) = &row.assessment
            && own.status != row.status
        {
            let own = lang.t_args(
                "export-own-status",
                &[("status", FluentValue::from(status_label(lang, own.status)))],
            );
            let _ = write!(status, " ({})", cell(&own));
        }
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} |",
            cell(&doc.row_label(row)),
            cell(&row.title),
            status,
            cell(&or_nobody(&holder_list(doc, &row.holders), lang)),
            selected.on(Some(&row.id)).len()
        );
    }
}

/// One row in full, under a heading of its own.
fn row_section(
    w: &mut String,
    doc: &Document,
    row: &Responsibility,
    selected: &Notes<'_>,
    lang: Language,
) {
    let _ = writeln!(
        w,
        "\n## {}: {}\n",
        escape(&doc.row_label(row)),
        escape(&row.title)
    );
    if let Some(citation) = doc.row_citation(row) {
        let _ = writeln!(w, "*{}*\n", escape(&citation));
    }
    // A block quote only for the mandate's own words, checked against a copy.
    let (worded, omits) = text_from(doc, row, lang);
    if let Some(worded) = worded {
        let _ = writeln!(w, "*{}*\n", escape(&worded));
    }
    if row.text_is_quote() {
        quote(w, &row.original);
    } else {
        let _ = writeln!(w, "{}", escape(row.original.trim()));
    }
    if let Some(omits) = omits {
        let _ = writeln!(w, "\n{}", escape(&omits));
    }
    wordings(w, doc, row, lang);
    status(w, row, lang);
    holders(w, doc, row, lang);
    assessment(w, doc, row, lang);
    let _ = writeln!(w, "\n{}", escape(row.summary.trim()));
    events(w, doc, row, lang);
    phases(w, doc, row, lang);
    positions(w, doc, row, lang);
    sources(w, doc, row, lang);
    notes(
        w,
        selected.on(Some(&row.id)).iter().copied(),
        &format!("### {}", lang.t("export-notes")),
        false,
        lang,
    );
}

/// A text as a block quote, line by line.
fn quote(w: &mut String, text: &str) {
    for line in text.lines() {
        let _ = writeln!(w, "> {}", escape(line));
    }
}

/// The same text as other sources word it, each named.
fn wordings(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    for wording in &row.wordings {
        let by = doc
            .source(&wording.source)
            .map_or(wording.source.as_str(), |s| s.title.as_str());
        let _ = writeln!(
            w,
            "\n{}\n",
            lang.t_args(
                "export-as-worded",
                &[("source", FluentValue::from(escape(by)))]
            )
        );
        quote(w, &wording.text);
    }
}

/// The built-in status, when it was checked, and what it means.
fn status(w: &mut String, row: &Responsibility, lang: Language) {
    let _ = writeln!(
        w,
        "\n**{}:** {}{}. {}.",
        escape(&lang.t("glossary-status")),
        status_label(lang, row.status),
        escape(&as_of(row, lang)),
        escape(&status_description(lang, row.status))
    );
}

/// Who held the function when, from the mandate to today.
fn phases(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    if row.phases.is_empty() {
        return;
    }
    let _ = writeln!(w, "\n### {}\n", escape(&lang.t("export-who-held-when")));
    for phase in &row.phases {
        let line = phase_line(doc, phase, lang);
        let _ = writeln!(w, "- {}{}", item(&line), cite(doc, &phase.sources, lang));
    }
}

/// Who holds the function today, by the built-in data.
fn holders(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    let _ = writeln!(
        w,
        "\n**{}:** {}",
        escape(&lang.t("export-held-today")),
        escape(&or_nobody(&holder_list(doc, &row.holders), lang))
    );
}

/// The user's own assessment, if they made one.
fn assessment(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    if let Some(own) = own_assessment(doc, row, lang) {
        let _ = writeln!(
            w,
            "\n**{}:** {}",
            escape(&lang.t("glossary-own-assessment")),
            escape(&own)
        );
    }
}

/// What happened, by date, each with its sources.
fn events(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    if row.events.is_empty() {
        return;
    }
    let _ = writeln!(w, "\n### {}\n", escape(&lang.t("export-what-happened")));
    for event in row.events_by_date() {
        let _ = writeln!(
            w,
            "- {}: {}{}",
            event.date,
            item(&event.text),
            cite(doc, &event.sources, lang)
        );
    }
}

/// Who says what where the question is contested, each with its sources.
fn positions(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    if row.positions.is_empty() {
        return;
    }
    let _ = writeln!(w, "\n### {}\n", escape(&lang.t("export-positions")));
    for position in &row.positions {
        let _ = writeln!(
            w,
            "- **{}:** {}{}",
            escape(&position.held_by),
            item(&position.view),
            cite(doc, &position.sources, lang)
        );
    }
}

/// The row's sources in full, each a link where it has one.
fn sources(w: &mut String, doc: &Document, row: &Responsibility, lang: Language) {
    let _ = writeln!(w, "\n### {}\n", escape(&lang.t("export-sources")));
    for source in row.sources.iter().filter_map(|id| doc.source(id)) {
        let label = escape(source.short_label());
        let link = match source.web_url() {
            Some(url) => format!("[{label}](<{}>)", url.replace('>', "%3E")),
            None => label,
        };
        let _ = writeln!(w, "- {link}{}", source_details(source, lang, escape));
    }
}

/// The sources cited for a line.
fn cite(doc: &Document, ids: &[String], lang: Language) -> String {
    super::cite(
        doc,
        lang,
        ids,
        |source| escape(source.short_label()),
        escape,
    )
}

fn notes<'a>(
    w: &mut String,
    notes: impl Iterator<Item = &'a Annotation>,
    heading: &str,
    name_row: bool,
    lang: Language,
) {
    let mut notes = notes.peekable();
    if notes.peek().is_none() {
        return;
    }
    let _ = writeln!(w, "\n{heading}\n");
    for note in notes {
        let _ = write!(w, "- *{}, {}*", escape(&note.author), day(note.created));
        if note.modified > note.created {
            let changed = lang.t_args(
                "export-note-changed",
                &[("date", FluentValue::from(day(note.modified)))],
            );
            let _ = write!(w, " *({})*", escape(&changed));
        }
        if note.visibility == Visibility::Private {
            let private = lang.t("export-note-private");
            let _ = write!(w, " **({})**", escape(&private));
        }
        if let Some(row) = note.row.as_deref().filter(|_| name_row) {
            let about = lang.t_args(
                "export-note-about",
                &[("row", FluentValue::from(escape(row)))],
            );
            let _ = write!(w, " {about}");
        }
        let _ = write!(w, ": {}", item(&note.text));
        if !note.tags.is_empty() {
            let tags: Vec<String> = note.tags.iter().map(|t| escape(t)).collect();
            let _ = write!(
                w,
                "\n  {}: {}",
                escape(&lang.t("export-tags")),
                tags.join(", ")
            );
        }
        w.push('\n');
    }
}
