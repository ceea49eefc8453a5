//! `mandate-compare agree MINE THEIRS`: how far two people's assessments agree, as text for a
//! person or CSV for a statistics package.

use std::io::Write;
use std::path::Path;

use crate::io;
use crate::model::{Agreement, Basis, Document, Over, Rating, RowAgreement, Status};

/// How `agree` writes its figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AgreeFormat {
    /// A report to read.
    Text,
    /// The figures as CSV: one line per measure and per pair of statuses.
    Csv,
    /// One CSV line per row: both people's status, where it came from, and the holders' overlap.
    RowsCsv,
}

/// Compares the assessments in `mine` and `theirs` over the rows `over` says and writes the
/// figures to `out`. Returns
/// the exit code: 0 done (also when there is nothing to measure, which it says), 2 a file could
/// not be read.
///
/// # Errors
/// Only when `out` or `report` cannot be written.
pub fn agree(
    mine: &Path,
    theirs: &Path,
    format: AgreeFormat,
    over: Over,
    out: &mut impl Write,
    report: &mut impl Write,
) -> std::io::Result<i32> {
    let mut docs = Vec::with_capacity(2);
    for path in [mine, theirs] {
        match io::load_path(path) {
            Ok(doc) => docs.push(doc),
            Err(error) => {
                writeln!(report, "{error}")?;
                return Ok(2);
            }
        }
    }
    let [mine_doc, theirs_doc] = [&docs[0], &docs[1]];
    let agreement = Agreement::over(mine_doc, theirs_doc, over);
    let names = [mine.display().to_string(), theirs.display().to_string()];
    match format {
        AgreeFormat::Text => text(&agreement, mine_doc, &names, out)?,
        AgreeFormat::Csv => figures_csv(&agreement, out)?,
        AgreeFormat::RowsCsv => rows_csv(&agreement, mine_doc, out)?,
    }
    if format != AgreeFormat::Text && agreement.figures().is_none() {
        writeln!(report, "{}", nothing_to_measure(&agreement))?;
    }
    Ok(0)
}

/// Why there are no figures.
/// A status's English word, as the command line says it.
pub(super) fn english(status: Status) -> String {
    crate::i18n::status_label(crate::i18n::Language::En, status)
}

fn nothing_to_measure(agreement: &Agreement) -> &'static str {
    if agreement.common == 0 {
        "The two files have no row in common: there is nothing to measure."
    } else if agreement.over == Over::Own && !agreement.nobody_assessed() {
        "No row has an own assessment in both files: there is nothing to measure (with \
         --built-in-stands-in, a file's built-in status stands in where its person made none)."
    } else {
        "Neither file has an own assessment of a row both have: there is nothing to measure \
         (the figures would only compare the built-in data)."
    }
}

/// "own" or "built-in": where a person's status for a row comes from.
fn basis(rating: &Rating) -> &'static str {
    match rating.basis {
        Basis::Own => "own",
        Basis::BuiltIn => "built-in",
    }
}

/// "Transferred (own)".
fn rating(rating: &Rating) -> String {
    format!("{} ({})", english(rating.status), basis(rating))
}

/// "S/RES/1244 (1999), para. 11 (b)", or the row's label where it gives no paragraph.
pub(super) fn row_name(doc: &Document, id: &str) -> String {
    doc.row(id).map_or_else(
        || id.to_owned(),
        |r| doc.row_citation(r).unwrap_or_else(|| doc.row_label(r)),
    )
}

/// "unmik-02 (UNMIK 2: Basic civilian administration) S/RES/1244 (1999), para. 11 (b)":
/// which row, by id and title, then where the mandate gives it.
pub(super) fn row_named(doc: &Document, id: &str) -> String {
    format!("{id} ({}) {}", row_title(doc, id), row_name(doc, id))
}

/// "UNMIK 2: Basic civilian administration": the row's label and short title.
fn row_title(doc: &Document, id: &str) -> String {
    doc.row(id).map_or_else(String::new, |r| {
        format!("{}: {}", doc.row_label(r), r.title)
    })
}

fn text(
    agreement: &Agreement,
    doc: &Document,
    [mine, theirs]: &[String; 2],
    out: &mut impl Write,
) -> std::io::Result<()> {
    writeln!(
        out,
        "Agreement between {mine} (mine) and {theirs} (theirs): {} row(s) in both.",
        agreement.common
    )?;
    writeln!(
        out,
        "Own assessments: {} in mine, {} in theirs, {} rows in both.",
        agreement.own_mine, agreement.own_theirs, agreement.own_both
    )?;
    match agreement.over {
        Over::Own => writeln!(
            out,
            "Measured over the {} row(s) both assessed themselves.",
            agreement.rows.len()
        )?,
        Over::BuiltInStandsIn => writeln!(
            out,
            "Measured over all {} row(s) in both: where a person made no own assessment, their \
             file's built-in status and holders stand in (--built-in-stands-in).",
            agreement.rows.len()
        )?,
    }
    let Some(figures) = agreement.figures() else {
        writeln!(out, "{}", nothing_to_measure(agreement))?;
        return Ok(());
    };
    writeln!(
        out,
        "Same status: {} of {} rows ({:.1} %)",
        figures.same,
        figures.rows,
        figures.observed * 100.0
    )?;
    match figures.kappa {
        Some(kappa) => writeln!(
            out,
            "Cohen's kappa: {kappa:.3} (agreement expected by chance: {:.1} %)",
            figures.expected * 100.0
        )?,
        None => writeln!(
            out,
            "Cohen's kappa: undefined (both gave every row the same one status)"
        )?,
    }
    writeln!(out, "Holders, mean Jaccard index: {:.3}", figures.holders)?;
    let disagreements: Vec<&RowAgreement> = agreement.disagreements().collect();
    if !disagreements.is_empty() {
        writeln!(out, "\nRows given different statuses:")?;
        for row in disagreements {
            writeln!(
                out,
                "  {}: mine {}, theirs {}; holders {:.2}",
                row_named(doc, &row.id),
                rating(&row.mine),
                rating(&row.theirs),
                row.holders
            )?;
        }
    }
    writeln!(
        out,
        "\nRows per pair of statuses (lines: mine; columns: theirs):"
    )?;
    let statuses = agreement.statuses_used();
    let width = statuses
        .iter()
        .map(|&s| english(s).len())
        .max()
        .unwrap_or(0)
        .max(5);
    write!(out, "  {:width$}", "")?;
    for status in &statuses {
        write!(out, " {:>width$}", english(*status))?;
    }
    writeln!(out)?;
    for &mine in &statuses {
        write!(out, "  {:width$}", english(mine))?;
        for &theirs in &statuses {
            let count = agreement.pairs.get(&(mine, theirs)).copied().unwrap_or(0);
            write!(out, " {count:>width$}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn figures_csv(agreement: &Agreement, out: &mut impl Write) -> std::io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(["measure", "mine", "theirs", "value"])?;
    csv.write_record(["rows", "", "", &agreement.rows.len().to_string()])?;
    csv.write_record(["rows_in_both", "", "", &agreement.common.to_string()])?;
    csv.write_record([
        "own_assessments",
        &agreement.own_mine.to_string(),
        &agreement.own_theirs.to_string(),
        &agreement.own_both.to_string(),
    ])?;
    let over = match agreement.over {
        Over::Own => "own_in_both",
        Over::BuiltInStandsIn => "built_in_stands_in",
    };
    csv.write_record(["measured_over", "", "", over])?;
    if let Some(figures) = agreement.figures() {
        csv.write_record(["same_status", "", "", &figures.same.to_string()])?;
        csv.write_record(["observed_agreement", "", "", &decimal(figures.observed)])?;
        csv.write_record(["expected_agreement", "", "", &decimal(figures.expected)])?;
        let kappa = figures.kappa.map(decimal).unwrap_or_default();
        csv.write_record(["kappa", "", "", &kappa])?;
        csv.write_record(["mean_holder_jaccard", "", "", &decimal(figures.holders)])?;
        for ((mine, theirs), count) in &agreement.pairs {
            csv.write_record([
                "status_pair",
                &english(*mine),
                &english(*theirs),
                &count.to_string(),
            ])?;
        }
    }
    csv.flush()
}

fn rows_csv(agreement: &Agreement, doc: &Document, out: &mut impl Write) -> std::io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record([
        "row",
        "citation",
        "mine_status",
        "mine_from",
        "theirs_status",
        "theirs_from",
        "same_status",
        "holders_jaccard",
        "title",
    ])?;
    for row in &agreement.rows {
        csv.write_record([
            row.id.as_str(),
            &row_name(doc, &row.id),
            &english(row.mine.status),
            basis(&row.mine),
            &english(row.theirs.status),
            basis(&row.theirs),
            if row.same_status() { "yes" } else { "no" },
            &decimal(row.holders),
            &row_title(doc, &row.id),
        ])?;
    }
    csv.flush()
}

/// A share or index with six decimals, as statistics packages read it.
fn decimal(value: f64) -> String {
    format!("{value:.6}")
}
