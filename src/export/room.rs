//! The room's figures in exports: one CSV line per row (for R or SPSS), and a section of the
//! HTML page, while a room is open (or, on the command line, with the participants' files).

use std::fmt::Write as _;

use super::Options;
use super::csv::cell;
use super::escape_markup as escape;
use crate::i18n::{FluentValue, Language, status_label};
use crate::model::{Document, NoKappa, Room, RoomRow, Status};

/// The figures over all rows, in words, in `lang`.
pub fn figures_lines(room: &Room, lang: Language) -> Vec<String> {
    let figures = &room.figures;
    let n = |value: usize| FluentValue::from(value);
    let f = |value: f64| FluentValue::from(value);
    let mut lines = vec![lang.t_args(
        "room-measured",
        &[
            ("rows", n(figures.rows)),
            ("values", n(figures.values)),
            ("raters", n(figures.raters)),
            ("people", n(room.people.len())),
        ],
    )];
    lines.push(match figures.alpha {
        Some(alpha) => lang.t_args("room-alpha", &[("alpha", f(alpha))]),
        None => lang.t("room-alpha-none"),
    });
    lines.push(match figures.fleiss {
        Ok(kappa) => lang.t_args("room-kappa", &[("kappa", f(kappa))]),
        Err(NoKappa::UnequalRaters { fewest, most }) => lang.t_args(
            "room-kappa-unequal",
            &[("fewest", n(fewest)), ("most", n(most))],
        ),
        Err(NoKappa::Nothing) => lang.t("room-kappa-nothing"),
        Err(NoKappa::ChanceOnly) => lang.t("room-kappa-chance"),
    });
    if let Some(overlap) = figures.overlap {
        lines.push(lang.t_args("room-overlap", &[("overlap", f(overlap))]));
    }
    lines
}

/// "Transferred 5, Shared 2" in `lang`.
pub fn counts_in(row: &RoomRow, lang: Language) -> String {
    row.counts
        .iter()
        .map(|&(status, count)| {
            lang.t_args(
                "room-count",
                &[
                    ("status", FluentValue::from(status_label(lang, status))),
                    ("count", FluentValue::from(count)),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A status as a CSV column name: "n_transferred".
fn column(status: Status) -> String {
    format!("n_{}", status.label().to_lowercase())
}

/// One CSV line per row of the room: its counts per status (and of readings with no status
/// yet, apart: `n_not_assessed`), raters, agreement, holders'
/// overlap, the holders named by most and how many are alone; with `names`, each person's
/// status in a column of their own. Column names stay English (scripts read them); cells are
/// guarded against formulas unless the options say raw.
///
/// # Errors
/// Only when the CSV writer fails, which writing to memory does not.
pub fn room_rows_csv(
    room: &Room,
    doc: &Document,
    options: Options,
    names: bool,
) -> std::io::Result<Vec<u8>> {
    let raw = options.raw_csv;
    let mut out = ::csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = ["row", "citation", "built_in_status", "raters"]
        .map(str::to_owned)
        .to_vec();
    header.extend(Status::ALL.map(column));
    // Readings with no status yet: counted apart from the seven.
    header.push("n_not_assessed".to_owned());
    header.extend(
        [
            "pairs_agreeing",
            "holders_overlap",
            "most_named_holders",
            "alone",
        ]
        .map(str::to_owned),
    );
    if names {
        header.extend(
            room.people
                .iter()
                .map(|p| cell(&format!("status_{p}"), raw)),
        );
    }
    out.write_record(&header)?;
    let decimal = |value: Option<f64>| value.map(|v| format!("{v:.6}")).unwrap_or_default();
    for row in &room.rows {
        let citation = doc.row(&row.id).map_or_else(String::new, |r| {
            doc.row_citation(r).unwrap_or_else(|| doc.row_label(r))
        });
        let mut record = vec![
            cell(&row.id, raw),
            cell(&citation, raw),
            row.built_in.label().to_owned(),
            row.raters().to_string(),
        ];
        let count = |status: Status| {
            let count = row.counts.iter().find(|(s, _)| *s == status);
            count.map_or(0, |(_, c)| *c).to_string()
        };
        record.extend(Status::ALL.map(count));
        record.push(count(Status::NotAssessed));
        let named: Vec<&str> = row.most_named().map(|(id, _)| id.as_str()).collect();
        record.extend([
            decimal(row.agreement),
            decimal(row.overlap),
            cell(&named.join(" "), raw),
            row.alone.len().to_string(),
        ]);
        if names {
            record.extend((0..room.people.len()).map(|person| {
                row.readings
                    .iter()
                    .find(|r| r.person == person)
                    .map_or_else(String::new, |r| r.status.label().to_owned())
            }));
        }
        out.write_record(&record)?;
    }
    out.into_inner().map_err(|e| e.into_error())
}

/// The HTML page of `doc` with a section on the room before its end: the figures, and one
/// line per row, most disagreement first, each status's count in words beside its colour.
pub fn room_html(doc: &Document, room: &Room, options: Options, lang: Language) -> String {
    let page = String::from_utf8_lossy(
        &super::export_in(doc, super::Format::Html, options, lang).unwrap_or_default(),
    )
    .into_owned();
    let section = room_section(doc, room, lang);
    match page.rfind("</main>") {
        Some(at) => format!("{}{section}{}", &page[..at], &page[at..]),
        None => page + &section,
    }
}

fn room_section(doc: &Document, room: &Room, lang: Language) -> String {
    let mut w = String::new();
    let heading = lang.t_args(
        "room-heading",
        &[("people", FluentValue::from(room.people.len()))],
    );
    let _ = writeln!(w, "<section class=\"room\">\n<h2>{}</h2>", escape(&heading));
    for line in figures_lines(room, lang) {
        let _ = writeln!(w, "<p>{}</p>", escape(&line));
    }
    let header = [
        "room-col-row",
        "room-col-statuses",
        "room-col-built-in",
        "room-col-agreement",
    ];
    w.push_str("<table>\n<thead><tr>");
    for id in header {
        let _ = write!(w, "<th>{}</th>", escape(&lang.t(id)));
    }
    w.push_str("</tr></thead>\n<tbody>\n");
    for index in room.by_disagreement() {
        let row = &room.rows[index];
        let label = doc
            .row(&row.id)
            .map_or_else(|| row.id.clone(), |r| doc.row_label(r));
        let counts = counts_in(row, lang);
        let counts = if counts.is_empty() {
            lang.t("room-nobody")
        } else {
            counts
        };
        let agreement = row.agreement.map_or_else(
            || "—".to_owned(),
            |share| {
                lang.t_args(
                    "room-agreement-value",
                    &[("percent", FluentValue::from(share * 100.0))],
                )
            },
        );
        let fill = crate::draw::palette::status_rgb(row.built_in);
        let _ = writeln!(
            w,
            "<tr><td>{}</td><td>{}</td><td><span class=\"status\" style=\"background:{};color:{}\">{}</span></td><td>{}</td></tr>",
            escape(&label),
            escape(&counts),
            super::hex(fill),
            super::html::ink_on(fill),
            escape(&status_label(lang, row.built_in)),
            escape(&agreement)
        );
    }
    w.push_str("</tbody>\n</table>\n</section>\n");
    w
}
