//! How far two people's assessments agree: the share of rows they give the same status,
//! Cohen's kappa for that share beyond chance, and how far their holders overlap (mean Jaccard
//! index), with the pairs of statuses they chose.
//!
//! By default the figures measure the rows both people assessed themselves ([`Over::Own`]): a
//! row one of them left alone says nothing about how far they agree. As an option, named as
//! such ([`Over::BuiltInStandsIn`]), every row both files have is measured, the built-in status
//! and holders of a person's file standing in where they made no assessment; which it was is
//! kept, so that the figures can say so.

use std::collections::{BTreeMap, BTreeSet};

use super::{Document, Responsibility, Status};

/// Where a person's status for a row comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Basis {
    /// Their own assessment.
    Own,
    /// No own assessment: the built-in status and holders of their file.
    BuiltIn,
}

/// Which rows the figures measure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Over {
    /// The rows both people assessed themselves.
    #[default]
    Own,
    /// Every row both files have; the built-in status and holders stand in where a person made
    /// no assessment.
    BuiltInStandsIn,
}

/// One person's assessment of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rating {
    /// The status they give.
    pub status: Status,
    /// The holders they name (holder ids, sorted, no repeats).
    pub holders: BTreeSet<String>,
    /// Own assessment or built-in.
    pub basis: Basis,
}

impl Rating {
    /// A person's rating of `row`: their own assessment, or the built-in one.
    fn of(row: &Responsibility) -> Self {
        match &row.assessment {
            Some(own) => Self {
                status: own.status,
                holders: own.holders.iter().cloned().collect(),
                basis: Basis::Own,
            },
            None => Self {
                status: row.status,
                holders: row.holders.iter().cloned().collect(),
                basis: Basis::BuiltIn,
            },
        }
    }
}

/// Both people's assessments of one row.
#[derive(Clone, Debug, PartialEq)]
pub struct RowAgreement {
    /// The row's id.
    pub id: String,
    /// Mine.
    pub mine: Rating,
    /// Theirs.
    pub theirs: Rating,
    /// How far the holders overlap: shared holders over all holders named (1 when both name
    /// none).
    pub holders: f64,
}

impl RowAgreement {
    /// Whether both give the same status.
    pub fn same_status(&self) -> bool {
        self.mine.status == self.theirs.status
    }
}

/// How far two documents' assessments agree, over the rows both assessed (or, as an option,
/// over all the rows both have).
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    /// Which rows are measured.
    pub over: Over,
    /// Every row measured, in the order of mine; rows whose status differs first, then by how
    /// little the holders overlap.
    pub rows: Vec<RowAgreement>,
    /// How many rows both documents have.
    pub common: usize,
    /// How many of those carry my own assessment.
    pub own_mine: usize,
    /// How many of those carry their own assessment.
    pub own_theirs: usize,
    /// How many of those both assessed themselves.
    pub own_both: usize,
    /// How many rows each pair of statuses (mine, theirs) was given to.
    pub pairs: BTreeMap<(Status, Status), usize>,
}

/// The figures, where there is something to measure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figures {
    /// Rows compared.
    pub rows: usize,
    /// Rows given the same status.
    pub same: usize,
    /// The share of rows given the same status (observed agreement).
    pub observed: f64,
    /// The share expected by chance from each person's use of the statuses.
    pub expected: f64,
    /// Cohen's kappa; `None` where it is undefined: both gave every row one and the same status,
    /// so chance alone explains the agreement.
    pub kappa: Option<f64>,
    /// The mean Jaccard index of the holders.
    pub holders: f64,
}

impl Agreement {
    /// Compares my assessments with theirs over the rows both assessed themselves.
    pub fn between(mine: &Document, theirs: &Document) -> Self {
        Self::over(mine, theirs, Over::Own)
    }

    /// Compares my assessments with theirs over the rows `over` says.
    pub fn over(mine: &Document, theirs: &Document, over: Over) -> Self {
        let their_rows = theirs.rows_by_id();
        let common: Vec<RowAgreement> = mine
            .rows
            .iter()
            .filter_map(|row| {
                let other = *their_rows.get(row.id.as_str())?;
                let (mine, theirs) = (Rating::of(row), Rating::of(other));
                let holders = jaccard(&mine.holders, &theirs.holders);
                Some(RowAgreement {
                    id: row.id.clone(),
                    mine,
                    theirs,
                    holders,
                })
            })
            .collect();
        let own = |basis: fn(&RowAgreement) -> bool| common.iter().filter(|row| basis(row)).count();
        let own_mine = own(|row| row.mine.basis == Basis::Own);
        let own_theirs = own(|row| row.theirs.basis == Basis::Own);
        let own_both = own(|row| row.mine.basis == Basis::Own && row.theirs.basis == Basis::Own);
        let count = common.len();
        let mut rows: Vec<RowAgreement> = match over {
            Over::Own => common
                .into_iter()
                .filter(|row| row.mine.basis == Basis::Own && row.theirs.basis == Basis::Own)
                .collect(),
            Over::BuiltInStandsIn => common,
        };
        // A stable sort keeps the document's order among equals.
        rows.sort_by(|a, b| {
            a.same_status()
                .cmp(&b.same_status())
                .then(a.holders.total_cmp(&b.holders))
        });
        let mut pairs = BTreeMap::new();
        for row in &rows {
            *pairs
                .entry((row.mine.status, row.theirs.status))
                .or_default() += 1;
        }
        Self {
            over,
            rows,
            common: count,
            own_mine,
            own_theirs,
            own_both,
            pairs,
        }
    }

    /// Whether neither person made an own assessment of any row both have: the figures would
    /// only compare the built-in data.
    pub fn nobody_assessed(&self) -> bool {
        self.own_mine == 0 && self.own_theirs == 0
    }

    /// The rows given different statuses.
    pub fn disagreements(&self) -> impl Iterator<Item = &RowAgreement> {
        self.rows.iter().filter(|row| !row.same_status())
    }

    /// The figures; `None` when there is nothing to measure: no row measured, or nobody
    /// assessed anything.
    #[expect(clippy::cast_precision_loss, reason = "row counts are far below 2^52")]
    pub fn figures(&self) -> Option<Figures> {
        if self.rows.is_empty() || self.nobody_assessed() {
            return None;
        }
        let n = self.rows.len() as f64;
        let same = self.rows.iter().filter(|row| row.same_status()).count();
        let observed = same as f64 / n;
        let expected: f64 = Status::ALL
            .iter()
            .map(|&status| {
                let count = |side: fn(&RowAgreement) -> Status| {
                    self.rows.iter().filter(|row| side(row) == status).count() as f64
                };
                (count(|row| row.mine.status) / n) * (count(|row| row.theirs.status) / n)
            })
            .sum();
        // Chance explains everything only when both used one and the same status throughout;
        // then kappa is 0/0.
        let kappa = (expected < 1.0 - 1e-12).then(|| (observed - expected) / (1.0 - expected));
        let holders = self.rows.iter().map(|row| row.holders).sum::<f64>() / n;
        Some(Figures {
            rows: self.rows.len(),
            same,
            observed,
            expected,
            kappa,
            holders,
        })
    }

    /// The statuses either person used, in [`Status::ALL`] order: the rows and columns of a
    /// table of [`Agreement::pairs`].
    pub fn statuses_used(&self) -> Vec<Status> {
        Status::ALL
            .into_iter()
            .filter(|status| {
                self.pairs
                    .keys()
                    .any(|(mine, theirs)| mine == status || theirs == status)
            })
            .collect()
    }
}

/// Shared holders over all holders named; 1 when neither names any (they agree on none).
#[expect(clippy::cast_precision_loss, reason = "holder counts are small")]
pub(super) fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        1.0
    } else {
        a.intersection(b).count() as f64 / union as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|&id| id.to_owned()).collect()
    }

    #[test]
    fn jaccard_is_shared_over_all() {
        assert!((jaccard(&set(&["a", "b"]), &set(&["b", "c"])) - 1.0 / 3.0).abs() < 1e-12);
        assert!((jaccard(&set(&[]), &set(&[])) - 1.0).abs() < 1e-12);
        assert!(jaccard(&set(&["a"]), &set(&[])).abs() < 1e-12);
    }
}
