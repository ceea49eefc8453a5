//! Agreement between two people's assessments: worked examples whose figures are computed by
//! hand here, and the command line's `agree`.

use mandate_compare::io;
use mandate_compare::model::{Agreement, Assessment, Basis, Document, Over, Status};

use Status::{Ongoing, Shared, Transferred};

/// The built-in dataset cut to its first `n` rows.
fn rows(n: usize) -> Document {
    let mut doc = io::builtin().expect("the built-in dataset loads");
    doc.rows.truncate(n);
    doc
}

/// The built-in rows with these own assessments (`None`: none made), each naming `holders`.
fn assessed(statuses: &[Option<Status>], holders: &[&[&str]]) -> Document {
    assessed_by("Ana", statuses.len(), statuses, holders)
}

/// The first `kept` built-in rows, the first of them with `author`'s own assessments
/// (`None`: none made), each naming `holders`.
pub(crate) fn assessed_by(
    author: &str,
    kept: usize,
    statuses: &[Option<Status>],
    holders: &[&[&str]],
) -> Document {
    let mut doc = rows(kept);
    for (i, (row, status)) in doc.rows.iter_mut().zip(statuses).enumerate() {
        row.assessment = status.map(|status| Assessment {
            status,
            holders: holders
                .get(i)
                .copied()
                .unwrap_or_default()
                .iter()
                .map(|&h| h.to_owned())
                .collect(),
            author: author.to_owned(),
            modified: jiff::Timestamp::UNIX_EPOCH,
        });
    }
    doc
}

fn own(statuses: &[Status]) -> Document {
    assessed(&statuses.iter().copied().map(Some).collect::<Vec<_>>(), &[])
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn perfect_agreement_is_kappa_one() {
    let statuses = [Transferred, Shared, Ongoing, Transferred];
    let agreement = Agreement::between(&own(&statuses), &own(&statuses));
    let figures = agreement.figures().expect("both assessed");
    // p_o = 4/4; p_e = (2/4)² + (1/4)² + (1/4)² = 0.375; kappa = (1 - 0.375) / (1 - 0.375).
    assert_eq!((figures.rows, figures.same), (4, 4));
    assert!(close(figures.observed, 1.0));
    assert!(close(figures.expected, 0.375));
    assert!(close(figures.kappa.expect("defined"), 1.0));
    assert_eq!(agreement.disagreements().count(), 0);
}

#[test]
fn agreement_at_chance_is_kappa_zero() {
    let mine = own(&[Transferred, Transferred, Shared, Shared]);
    let theirs = own(&[Transferred, Shared, Transferred, Shared]);
    let figures = Agreement::between(&mine, &theirs)
        .figures()
        .expect("assessed");
    // p_o = 2/4; p_e = (2/4)(2/4) + (2/4)(2/4) = 0.5; kappa = 0 / 0.5.
    assert!(close(figures.observed, 0.5));
    assert!(close(figures.expected, 0.5));
    assert!(close(figures.kappa.expect("defined"), 0.0));
}

#[test]
fn one_disagreement_in_four() {
    let mine = own(&[Transferred, Transferred, Shared, Ongoing]);
    let theirs = own(&[Transferred, Transferred, Shared, Shared]);
    let agreement = Agreement::between(&mine, &theirs);
    let figures = agreement.figures().expect("assessed");
    // p_o = 3/4; mine T2 S1 O1, theirs T2 S2: p_e = (2/4)(2/4) + (1/4)(2/4) + (1/4)(0) = 0.375;
    // kappa = (0.75 - 0.375) / (1 - 0.375) = 0.6.
    assert!(close(figures.observed, 0.75));
    assert!(close(figures.expected, 0.375));
    assert!(close(figures.kappa.expect("defined"), 0.6));
    // The row they disagree on comes first; the pairs count every row once.
    let first = &agreement.rows[0];
    assert_eq!(first.id, mine.rows[3].id);
    assert_eq!((first.mine.status, first.theirs.status), (Ongoing, Shared));
    assert_eq!(agreement.disagreements().count(), 1);
    assert_eq!(agreement.pairs.get(&(Transferred, Transferred)), Some(&2));
    assert_eq!(agreement.pairs.get(&(Shared, Shared)), Some(&1));
    assert_eq!(agreement.pairs.get(&(Ongoing, Shared)), Some(&1));
    assert_eq!(agreement.pairs.values().sum::<usize>(), 4);
    assert_eq!(agreement.statuses_used(), [Transferred, Shared, Ongoing]);
}

#[test]
fn kappa_is_undefined_when_both_use_one_status_throughout() {
    let statuses = [Shared, Shared, Shared];
    let figures = Agreement::between(&own(&statuses), &own(&statuses))
        .figures()
        .expect("assessed");
    // p_e = 1: kappa would be 0/0.
    assert!(close(figures.observed, 1.0));
    assert_eq!(figures.kappa, None);
}

#[test]
fn nobody_assessed_anything_gives_no_figures() {
    let agreement = Agreement::between(&rows(19), &rows(19));
    assert!(agreement.nobody_assessed());
    assert_eq!(agreement.figures(), None);
    // Rows with nothing in common give none either, without dividing by zero.
    let mut empty = rows(0);
    empty.rows.clear();
    assert_eq!(Agreement::between(&own(&[Shared]), &empty).figures(), None);
}

#[test]
fn by_default_only_the_rows_both_assessed_are_measured() {
    let mine = assessed(&[Some(Shared), Some(Ongoing), None], &[]);
    let theirs = assessed(&[Some(Shared), None, Some(Transferred)], &[]);
    let agreement = Agreement::between(&mine, &theirs);
    assert_eq!(agreement.over, Over::Own);
    assert_eq!(
        (
            agreement.common,
            agreement.own_mine,
            agreement.own_theirs,
            agreement.own_both
        ),
        (3, 2, 2, 1)
    );
    let figures = agreement.figures().expect("one row both assessed");
    assert_eq!((figures.rows, figures.same), (1, 1));
    // Nobody assessed a row both have themselves: nothing to measure, by default.
    let agreement = Agreement::between(&assessed(&[Some(Shared), None], &[]), &rows(2));
    assert_eq!(agreement.figures(), None);
    assert!(!agreement.nobody_assessed());
}

#[test]
fn the_built_in_assessment_stands_in_where_a_person_made_none() {
    let mine = assessed(&[Some(Shared), None], &[]);
    let theirs = rows(2);
    let agreement = Agreement::over(&mine, &theirs, Over::BuiltInStandsIn);
    assert_eq!((agreement.own_mine, agreement.own_theirs), (1, 0));
    let second = agreement
        .rows
        .iter()
        .find(|row| row.id == theirs.rows[1].id)
        .expect("row");
    assert_eq!(
        (second.mine.basis, second.theirs.basis),
        (Basis::BuiltIn, Basis::BuiltIn)
    );
    assert_eq!(second.mine.status, theirs.rows[1].status);
    assert!(agreement.figures().is_some());
}

#[test]
fn holders_agree_by_mean_jaccard() {
    let statuses = [Some(Shared), Some(Shared)];
    let mine = assessed(&statuses, &[&["eulex", "kosovo-police"], &[]]);
    let theirs = assessed(&statuses, &[&["kosovo-police", "kfor"], &[]]);
    let figures = Agreement::between(&mine, &theirs)
        .figures()
        .expect("assessed");
    // Row 1: {kosovo-police} of {eulex, kosovo-police, kfor} = 1/3; row 2: both name none = 1.
    assert!(close(figures.holders, (1.0 / 3.0 + 1.0) / 2.0));
}

/// Runs `mandate-compare agree` on two documents saved to a temporary folder.
fn agree_cli(mine: &Document, theirs: &Document, flags: &[&str]) -> (i32, String, String) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let [a, b] = ["mine.ron", "theirs.ron"].map(|name| dir.path().join(name));
    io::save_path(mine, &a).expect("saved");
    io::save_path(theirs, &b).expect("saved");
    let output = crate::mandate_compare()
        .arg("agree")
        .arg(&a)
        .arg(&b)
        .args(flags)
        .output()
        .expect("runs");
    (
        output.status.code().expect("exit code"),
        String::from_utf8(output.stdout).expect("utf-8"),
        String::from_utf8(output.stderr).expect("utf-8"),
    )
}

#[test]
fn the_command_line_prints_the_figures() {
    let mine = own(&[Transferred, Transferred, Shared, Ongoing]);
    let theirs = own(&[Transferred, Transferred, Shared, Shared]);
    let (code, out, _) = agree_cli(&mine, &theirs, &[]);
    assert_eq!(code, 0);
    assert!(out.contains("Same status: 3 of 4 rows (75.0 %)"), "{out}");
    assert!(
        out.contains("Cohen's kappa: 0.600 (agreement expected by chance: 37.5 %)"),
        "{out}"
    );
    let citation = mine.row_citation(&mine.rows[3]).expect("paragraph");
    // The row by its id and title, then its paragraph.
    let row = &mine.rows[3];
    let named = format!("{} ({}: {}) ", row.id, mine.row_label(row), row.title);
    assert!(
        out.contains(&format!(
            "{named}{citation}: mine Ongoing (own), theirs Shared (own)"
        )),
        "{out}"
    );
    // The pairs table: the Ongoing line has its one row under Shared.
    let ongoing = out
        .lines()
        .find(|line| line.trim_start().starts_with("Ongoing"))
        .expect("a line for Ongoing");
    let counts: Vec<&str> = ongoing.split_whitespace().skip(1).collect();
    assert_eq!(counts, ["0", "1", "0"]);

    let (code, csv, _) = agree_cli(&mine, &theirs, &["--format", "csv"]);
    assert_eq!(code, 0);
    assert!(
        csv.starts_with(
            "measure,mine,theirs,value\nrows,,,4\nrows_in_both,,,4\nown_assessments,4,4,4\n\
             measured_over,,,own_in_both\n"
        ),
        "{csv}"
    );
    assert!(csv.contains("\nkappa,,,0.600000\n"), "{csv}");
    assert!(csv.contains("\nstatus_pair,Ongoing,Shared,1\n"), "{csv}");

    let (code, rows, _) = agree_cli(&mine, &theirs, &["--format", "rows-csv"]);
    assert_eq!(code, 0);
    assert_eq!(rows.lines().count(), 5, "a header and four rows: {rows}");
    assert!(
        rows.contains(&format!(
            "{},\"{citation}\",Ongoing,own,Shared,own,no,1.000000,{}: {}",
            row.id,
            mine.row_label(row),
            row.title
        )),
        "{rows}"
    );
}

#[test]
fn the_command_line_says_when_there_is_nothing_to_measure() {
    let (code, out, _) = agree_cli(&rows(19), &rows(19), &[]);
    assert_eq!(code, 0);
    assert!(out.contains("Neither file has an own assessment"), "{out}");
    assert!(!out.contains("NaN") && !out.contains("kappa"), "{out}");
    let (code, csv, err) = agree_cli(&rows(19), &rows(19), &["--format", "csv"]);
    assert_eq!(code, 0);
    assert_eq!(
        csv,
        "measure,mine,theirs,value\nrows,,,0\nrows_in_both,,,19\nown_assessments,0,0,0\n\
         measured_over,,,own_in_both\n"
    );
    assert!(err.contains("nothing to measure"), "{err}");
    // One side assessed a row: by default still nothing (no row both assessed); with the
    // built-in status standing in, every row both have.
    let one = assessed(&[Some(Shared)], &[]);
    let (_, out, _) = agree_cli(&one, &rows(1), &[]);
    assert!(
        out.contains("No row has an own assessment in both files"),
        "{out}"
    );
    let (_, out, _) = agree_cli(&one, &rows(1), &["--built-in-stands-in"]);
    assert!(out.contains("Measured over all 1 row(s) in both"), "{out}");
    assert!(out.contains("Same status: "), "{out}");
}

#[test]
fn an_unreadable_file_exits_2_with_its_position() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(format: 2, title: ").expect("written");
    let good = dir.path().join("good.ron");
    io::save_path(&rows(2), &good).expect("saved");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mandate-compare"))
        .args(["agree".as_ref(), good.as_os_str(), bad.as_os_str()])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("bad.ron:1:"), "{err}");
}
