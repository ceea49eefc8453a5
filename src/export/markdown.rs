//! Markdown: a table of the responsibilities, then each row's summary, events, positions,
//! sources and notes.

use std::fmt::Write as _;

use super::{
    Options, as_of, day, holder_list, or_nobody, own_assessment, phase_line, source_details,
};
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

pub(super) fn export(doc: &Document, options: Options) -> String {
    let mut md = String::new();
    let w = &mut md;
    header(w, doc);
    table(w, doc, options);
    for row in &doc.rows {
        row_section(w, doc, row, options);
    }
    notes(
        w,
        options.notes(doc, None),
        "## Notes on the whole comparison",
        false,
    );
    notes(
        w,
        options.orphans(doc),
        "## Notes about rows not in this document",
        true,
    );
    md
}

/// The title, and what is compared with what.
fn header(w: &mut String, doc: &Document) {
    // Writing to a String cannot fail, here and in every section below.
    let _ = writeln!(w, "# {}\n", escape(&doc.title));
    let _ = writeln!(
        w,
        "{} ({}) compared with {} ({}).\n",
        escape(&doc.original.label),
        doc.original.date,
        escape(&doc.current.label),
        doc.current.date
    );
}

/// The table of every row; the status says where the user's own assessment differs.
fn table(w: &mut String, doc: &Document, options: Options) {
    let _ = writeln!(
        w,
        "| Responsibility | {} | Status | Held today by | Notes |\n|---|---|---|---|---|",
        doc.original.date.year()
    );
    for row in &doc.rows {
        let mut status = row.status.label().to_owned();
        if let Some(own) = &row.assessment
            && own.status != row.status
        {
            let _ = write!(status, " (own: {})", own.status.label());
        }
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} |",
            cell(&doc.row_label(row)),
            cell(&row.title),
            status,
            cell(or_nobody(&holder_list(doc, &row.holders))),
            options.notes(doc, Some(&row.id)).count()
        );
    }
}

/// One row in full, under a heading of its own.
fn row_section(w: &mut String, doc: &Document, row: &Responsibility, options: Options) {
    let _ = writeln!(
        w,
        "\n## {}: {}\n",
        escape(&doc.row_label(row)),
        escape(&row.title)
    );
    if let Some(citation) = doc.row_citation(row) {
        let _ = writeln!(w, "*{}*\n", escape(&citation));
    }
    quote(w, &row.original);
    wordings(w, doc, row);
    status(w, row);
    holders(w, doc, row);
    assessment(w, doc, row);
    let _ = writeln!(w, "\n{}", escape(row.summary.trim()));
    events(w, doc, row);
    phases(w, doc, row);
    positions(w, doc, row);
    sources(w, doc, row);
    notes(w, options.notes(doc, Some(&row.id)), "### Notes", false);
}

/// A text as a block quote, line by line.
fn quote(w: &mut String, text: &str) {
    for line in text.lines() {
        let _ = writeln!(w, "> {}", escape(line));
    }
}

/// The same text as other sources word it, each named.
fn wordings(w: &mut String, doc: &Document, row: &Responsibility) {
    for wording in &row.wordings {
        let by = doc
            .source(&wording.source)
            .map_or(wording.source.as_str(), |s| s.title.as_str());
        let _ = writeln!(w, "\nAs worded in {}:\n", escape(by));
        quote(w, &wording.text);
    }
}

/// The built-in status, when it was checked, and what it means.
fn status(w: &mut String, row: &Responsibility) {
    let _ = writeln!(
        w,
        "\n**Status:** {}{}. {}.",
        row.status.label(),
        as_of(row),
        escape(row.status.description())
    );
}

/// Who held the function when, from the mandate to today.
fn phases(w: &mut String, doc: &Document, row: &Responsibility) {
    if row.phases.is_empty() {
        return;
    }
    let _ = writeln!(w, "\n### Who held it when\n");
    for phase in &row.phases {
        let line = phase_line(doc, phase);
        let _ = writeln!(w, "- {}{}", item(&line), cite(doc, &phase.sources));
    }
}

/// Who holds the function today, by the built-in data.
fn holders(w: &mut String, doc: &Document, row: &Responsibility) {
    let _ = writeln!(
        w,
        "\n**Held today by:** {}",
        escape(or_nobody(&holder_list(doc, &row.holders)))
    );
}

/// The user's own assessment, if they made one.
fn assessment(w: &mut String, doc: &Document, row: &Responsibility) {
    if let Some(own) = own_assessment(doc, row) {
        let _ = writeln!(w, "\n**Own assessment:** {}", escape(&own));
    }
}

/// What happened, by date, each with its sources.
fn events(w: &mut String, doc: &Document, row: &Responsibility) {
    if row.events.is_empty() {
        return;
    }
    let _ = writeln!(w, "\n### What happened\n");
    for event in row.events_by_date() {
        let _ = writeln!(
            w,
            "- {}: {}{}",
            event.date,
            item(&event.text),
            cite(doc, &event.sources)
        );
    }
}

/// Who says what where the question is contested, each with its sources.
fn positions(w: &mut String, doc: &Document, row: &Responsibility) {
    if row.positions.is_empty() {
        return;
    }
    let _ = writeln!(w, "\n### Positions\n");
    for position in &row.positions {
        let _ = writeln!(
            w,
            "- **{}:** {}{}",
            escape(&position.held_by),
            item(&position.view),
            cite(doc, &position.sources)
        );
    }
}

/// The row's sources in full, each a link where it has one.
fn sources(w: &mut String, doc: &Document, row: &Responsibility) {
    let _ = writeln!(w, "\n### Sources\n");
    for source in row.sources.iter().filter_map(|id| doc.source(id)) {
        let label = escape(source.short_label());
        let link = match source.web_url() {
            Some(url) => format!("[{label}](<{}>)", url.replace('>', "%3E")),
            None => label,
        };
        let _ = writeln!(w, "- {link}{}", source_details(source, escape));
    }
}

/// The sources cited for a line.
fn cite(doc: &Document, ids: &[String]) -> String {
    super::cite(doc, ids, |source| escape(source.short_label()), escape)
}

fn notes<'a>(
    w: &mut String,
    notes: impl Iterator<Item = &'a Annotation>,
    heading: &str,
    name_row: bool,
) {
    let mut notes = notes.peekable();
    if notes.peek().is_none() {
        return;
    }
    let _ = writeln!(w, "\n{heading}\n");
    for note in notes {
        let _ = write!(w, "- *{}, {}*", escape(&note.author), day(note.created));
        if note.modified > note.created {
            let _ = write!(w, " *(changed {})*", day(note.modified));
        }
        if note.visibility == Visibility::Private {
            let _ = write!(w, " **(private)**");
        }
        if let Some(row) = note.row.as_deref().filter(|_| name_row) {
            let _ = write!(w, " about {}", escape(row));
        }
        let _ = write!(w, ": {}", item(&note.text));
        if !note.tags.is_empty() {
            let tags: Vec<String> = note.tags.iter().map(|t| escape(t)).collect();
            let _ = write!(w, "\n  Tags: {}", tags.join(", "));
        }
        w.push('\n');
    }
}
