//! `mandate-compare agree A B C …`: the room's figures for three files or more, as text for a
//! person or CSV for a statistics package. The first file is the comparison the rows are
//! taken from; every file, the first too, is one person's assessment.

use std::io::Write;
use std::path::PathBuf;

use super::agree::AgreeFormat;
use crate::merge::{self, Refused};
use crate::model::{Document, NoKappa, Room};

/// Reads `files` (updating in memory those built on an older release, and saying so on
/// `report`) and writes the room's figures to `out`. Returns the exit code: 0 done, 2 a file
/// could not be read or is not built on the same comparison as the first.
///
/// # Errors
/// Only when `out` or `report` cannot be written.
pub fn agree_room(
    files: &[PathBuf],
    format: AgreeFormat,
    out: &mut impl Write,
    report: &mut impl Write,
) -> std::io::Result<i32> {
    let Some(first) = files.first() else {
        return Ok(2);
    };
    let comparison = match crate::io::open_path(first) {
        Ok(opened) => opened.document,
        Err(error) => {
            writeln!(report, "{error}")?;
            return Ok(2);
        }
    };
    let arrived = match arrive_all(files, &comparison, first, true, report)? {
        Ok(arrived) => arrived,
        Err(code) => return Ok(code),
    };
    // The rows as the first file has them once updated like the others.
    let rows_from = arrived
        .first()
        .map_or(&comparison, |a| &a.participant.doc)
        .clone();
    let people = merge::participants(arrived);
    let room = Room::gather(&rows_from, &people);
    match format {
        AgreeFormat::Text => text(&room, &rows_from, out)?,
        AgreeFormat::Csv => figures_csv(&room, out)?,
        AgreeFormat::RowsCsv => {
            let options = crate::export::Options::default();
            out.write_all(&crate::export::room_rows_csv(
                &room, &rows_from, options, true,
            )?)?;
        }
    }
    Ok(0)
}

/// Why there is no Fleiss' kappa, in words.
pub fn no_kappa(why: NoKappa) -> String {
    match why {
        NoKappa::Nothing => "no row has two raters".to_owned(),
        NoKappa::UnequalRaters { fewest, most } => format!(
            "not every row has the same number of raters (from {fewest} to {most}), which \
             Fleiss' kappa needs"
        ),
        NoKappa::ChanceOnly => "everyone gave every row the same one status".to_owned(),
    }
}

fn text(room: &Room, doc: &Document, out: &mut impl Write) -> std::io::Result<()> {
    let figures = &room.figures;
    writeln!(
        out,
        "The room: {} people, {} of them with own assessments; {} row(s) in the comparison.",
        room.people.len(),
        figures.raters,
        room.rows.len()
    )?;
    for (name, assessed) in room.people.iter().zip(&room.assessed) {
        writeln!(out, "  {name}: {assessed} row(s) assessed")?;
    }
    writeln!(
        out,
        "Measured over the {} row(s) at least two people assessed themselves ({} assessments).",
        figures.rows, figures.values
    )?;
    match figures.alpha {
        Some(alpha) => writeln!(out, "Krippendorff's alpha (nominal): {alpha:.3}")?,
        None => writeln!(
            out,
            "Krippendorff's alpha: undefined (nothing to pair, or one status throughout)"
        )?,
    }
    match figures.fleiss {
        Ok(kappa) => writeln!(out, "Fleiss' kappa: {kappa:.3}")?,
        Err(why) => writeln!(out, "Fleiss' kappa: not given: {}", no_kappa(why))?,
    }
    if let Some(overlap) = figures.overlap {
        writeln!(
            out,
            "Holders' overlap (mean pairwise Jaccard index): {overlap:.3}"
        )?;
    }
    writeln!(out, "\nRows, most disagreement first:")?;
    for index in room.by_disagreement() {
        let row = &room.rows[index];
        let counts: Vec<String> = row
            .counts
            .iter()
            .map(|(status, count)| format!("{} {count}", super::agree::english(*status)))
            .collect();
        let agreement = row
            .agreement
            .map_or_else(|| "-".to_owned(), |a| format!("{:.0} %", a * 100.0));
        writeln!(
            out,
            "  {}: {} of {} assessed; {}; pairs agreeing {agreement}; built-in {}",
            super::agree::row_named(doc, &row.id),
            row.raters(),
            room.people.len(),
            if counts.is_empty() {
                "no assessment".to_owned()
            } else {
                counts.join(", ")
            },
            super::agree::english(row.built_in)
        )?;
    }
    Ok(())
}

fn figures_csv(room: &Room, out: &mut impl Write) -> std::io::Result<()> {
    let figures = &room.figures;
    let mut csv = csv::Writer::from_writer(out);
    let decimal = |value: Option<f64>| value.map(|v| format!("{v:.6}")).unwrap_or_default();
    csv.write_record(["measure", "person", "value"])?;
    csv.write_record(["people", "", &room.people.len().to_string()])?;
    csv.write_record(["raters", "", &figures.raters.to_string()])?;
    for (name, assessed) in room.people.iter().zip(&room.assessed) {
        let name = crate::export::csv_cell(name);
        csv.write_record(["rows_assessed", name.as_str(), &assessed.to_string()])?;
    }
    csv.write_record(["rows_measured", "", &figures.rows.to_string()])?;
    csv.write_record(["values_measured", "", &figures.values.to_string()])?;
    csv.write_record(["krippendorff_alpha_nominal", "", &decimal(figures.alpha)])?;
    csv.write_record(["fleiss_kappa", "", &decimal(figures.fleiss.ok())])?;
    csv.write_record(["mean_holder_overlap", "", &decimal(figures.overlap)])?;
    csv.flush()
}

/// `export --room A B …`: the document at `file` exported with the room of those files: the
/// HTML page with a section on the room, or (`--format csv`) the room's figures per row.
/// Returns the exit code: 0 written, 2 a file could not be read or the output not written.
///
/// # Errors
/// Only when `out` or `report` cannot be written.
pub fn export_room(
    file: &std::path::Path,
    files: &[PathBuf],
    format: crate::export::Format,
    lang: crate::i18n::Language,
    output: Option<&std::path::Path>,
    out: &mut impl Write,
    report: &mut impl Write,
) -> std::io::Result<i32> {
    use crate::export::Format;
    let doc = match crate::io::load_path(file) {
        Ok(doc) => doc,
        Err(error) => {
            writeln!(report, "{error}")?;
            return Ok(2);
        }
    };
    let arrived = match arrive_all(files, &doc, file, false, report)? {
        Ok(arrived) => arrived,
        Err(code) => return Ok(code),
    };
    let room = Room::gather(&doc, &merge::participants(arrived));
    let options = crate::export::Options::default();
    let bytes = match format {
        Format::Html => crate::export::room_html(&doc, &room, options, lang).into_bytes(),
        Format::Csv => crate::export::room_rows_csv(&room, &doc, options, true)?,
        other => {
            writeln!(
                report,
                "mandate-compare: --room goes with --format html or csv, not {}",
                other.name()
            )?;
            return Ok(2);
        }
    };
    match output {
        None => out.write_all(&bytes)?,
        Some(path) => {
            if let Err(error) = crate::io::write_file(path, &bytes) {
                writeln!(report, "{error}")?;
                return Ok(2);
            }
        }
    }
    Ok(0)
}

/// Reads every participant's file against `comparison` (read from `named`), updating in memory
/// those built on an older release (and saying so on `report` with `say_updated`). `Err` holds
/// the exit code, 2, once a file cannot be read or is not built on the same comparison (said on
/// `report`).
fn arrive_all(
    files: &[PathBuf],
    comparison: &Document,
    named: &std::path::Path,
    say_updated: bool,
    report: &mut impl Write,
) -> std::io::Result<Result<Vec<merge::Arrived>, i32>> {
    let mut arrived = Vec::with_capacity(files.len());
    for path in files {
        match merge::arrive(path, comparison) {
            Ok(file) => {
                if say_updated && let Some((from, to)) = &file.updated {
                    writeln!(
                        report,
                        "{}: built on the built-in data of {from}; updated in memory to {to} \
                         (the file is not changed)",
                        path.display()
                    )?;
                }
                arrived.push(file);
            }
            Err(Refused::Load(error)) => {
                writeln!(report, "{error}")?;
                return Ok(Err(2));
            }
            Err(Refused::OtherComparison) => {
                writeln!(
                    report,
                    "{}: has no row of the comparison in {}: it is not built on the same one",
                    path.display(),
                    named.display()
                )?;
                return Ok(Err(2));
            }
        }
    }
    Ok(Ok(arrived))
}
