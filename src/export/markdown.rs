//! Markdown: a table of the responsibilities, then each row's summary, events, positions,
//! sources and notes.

use std::fmt::Write as _;

use super::{Options, day, holder_list, or_nobody, own_assessment};
use crate::model::{Annotation, Document, SourceKind};

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
    // Writing to a String cannot fail.
    let _ = writeln!(w, "# {}\n", escape(&doc.title));
    let _ = writeln!(
        w,
        "{} ({}) compared with {} ({}).\n",
        escape(&doc.original.label),
        doc.original.date,
        escape(&doc.current.label),
        doc.current.date
    );
    let _ = writeln!(
        w,
        "| Responsibility | 1999 | Status | Held today by | Notes |\n|---|---|---|---|---|"
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
    for row in &doc.rows {
        let _ = writeln!(
            w,
            "\n## {}: {}\n",
            escape(&doc.row_label(row)),
            escape(&row.title)
        );
        for line in row.original.lines() {
            let _ = writeln!(w, "> {}", escape(line));
        }
        let _ = writeln!(
            w,
            "\n**Status:** {}. {}.\n\n**Held today by:** {}",
            row.status.label(),
            escape(row.status.description()),
            escape(or_nobody(&holder_list(doc, &row.holders)))
        );
        if let Some(own) = own_assessment(doc, row) {
            let _ = writeln!(w, "\n**Own assessment:** {}", escape(&own));
        }
        let _ = writeln!(w, "\n{}", escape(row.summary.trim()));
        if !row.events.is_empty() {
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
        if !row.positions.is_empty() {
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
        let _ = writeln!(w, "\n### Sources\n");
        for source in row.sources.iter().filter_map(|id| doc.source(id)) {
            let label = escape(source.short_label());
            let link = match source.web_url() {
                Some(url) => format!("[{label}](<{}>)", url.replace('>', "%3E")),
                None => label,
            };
            let _ = write!(w, "- {link}");
            if source.symbol.is_some() {
                let _ = write!(w, ": {}", escape(&source.title));
            }
            let _ = write!(w, ", {}", escape(&source.publisher));
            if let Some(date) = source.date {
                let _ = write!(w, ", {date}");
            }
            if source.kind == SourceKind::Secondary {
                let _ = write!(w, " (secondary)");
            }
            w.push('\n');
        }
        notes(w, options.notes(doc, Some(&row.id)), "### Notes", false);
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
        if note.visibility == crate::model::Visibility::Private {
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
