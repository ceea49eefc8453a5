//! Agreement among many raters over nominal values: Krippendorff's alpha and Fleiss' kappa.
//!
//! Both take the reliability data as units (rows), each the values its raters gave (a value is
//! any small number naming a category; a rater who gave none is simply absent from the unit).

use std::collections::BTreeMap;

/// Why Fleiss' kappa is not given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoKappa {
    /// No unit has two raters: there is nothing to measure.
    Nothing,
    /// The units do not all have the same number of raters, which Fleiss' kappa requires:
    /// the fewest and the most raters a unit has.
    UnequalRaters {
        /// The fewest raters of a unit.
        fewest: usize,
        /// The most raters of a unit.
        most: usize,
    },
    /// Every rater gave every unit one and the same value: chance alone explains the agreement
    /// (kappa is 0/0).
    ChanceOnly,
}

/// How many times each value occurs in a unit.
fn tally(unit: &[u32]) -> BTreeMap<u32, usize> {
    let mut counts = BTreeMap::new();
    for &value in unit {
        *counts.entry(value).or_insert(0) += 1;
    }
    counts
}

/// Krippendorff's alpha for nominal values, computed from the coincidences within units (as in
/// Krippendorff's "Computing Krippendorff's Alpha-Reliability", 2011). A unit with fewer than
/// two values cannot be paired and drops out. `None` when fewer than two values can be paired,
/// or when all of them are one and the same value (the disagreement expected by chance is 0).
///
/// alpha = 1 − (n − 1) · D / E, where n is the number of pairable values, D the coincidences
/// of different values (each unit's pairs weighted by 1 / (m − 1) for its m values) and
/// E = n² − Σ n_c², n_c being how often value c was given in pairable units.
#[expect(clippy::cast_precision_loss, reason = "counts are far below 2^52")]
pub fn nominal_alpha(units: &[Vec<u32>]) -> Option<f64> {
    let mut n = 0.0;
    let mut same = 0.0; // the coincidences of a value with itself
    let mut by_value: BTreeMap<u32, f64> = BTreeMap::new();
    for unit in units.iter().filter(|unit| unit.len() >= 2) {
        let m = unit.len() as f64;
        for (value, count) in tally(unit) {
            let count = count as f64;
            same += count * (count - 1.0) / (m - 1.0);
            *by_value.entry(value).or_insert(0.0) += count;
        }
        n += m;
    }
    if n < 2.0 {
        return None;
    }
    let observed = n - same;
    let expected = n * n - by_value.values().map(|c| c * c).sum::<f64>();
    (expected > 1e-9).then(|| 1.0 - (n - 1.0) * observed / expected)
}

/// Fleiss' kappa over the units with at least one value; given only when every such unit has
/// the same number of raters, at least two.
#[expect(clippy::cast_precision_loss, reason = "counts are far below 2^52")]
pub fn fleiss_kappa(units: &[Vec<u32>]) -> Result<f64, NoKappa> {
    let rated: Vec<&Vec<u32>> = units.iter().filter(|unit| !unit.is_empty()).collect();
    let fewest = rated.iter().map(|unit| unit.len()).min().unwrap_or(0);
    let most = rated.iter().map(|unit| unit.len()).max().unwrap_or(0);
    if most < 2 {
        return Err(NoKappa::Nothing);
    }
    if fewest != most {
        return Err(NoKappa::UnequalRaters { fewest, most });
    }
    let m = most as f64;
    let units_count = rated.len() as f64;
    let mut by_value: BTreeMap<u32, f64> = BTreeMap::new();
    let mut agreement = 0.0;
    for unit in &rated {
        let counts = tally(unit);
        let squares: f64 = counts.values().map(|&c| (c * c) as f64).sum();
        agreement += (squares - m) / (m * (m - 1.0));
        for (value, count) in counts {
            *by_value.entry(value).or_insert(0.0) += count as f64;
        }
    }
    let observed = agreement / units_count;
    let expected: f64 = by_value
        .values()
        .map(|count| {
            let share = count / (units_count * m);
            share * share
        })
        .sum();
    if expected > 1.0 - 1e-12 {
        return Err(NoKappa::ChanceOnly);
    }
    Ok((observed - expected) / (1.0 - expected))
}

/// The share of pairs of raters of one unit who gave the same value; `None` with fewer than
/// two raters.
#[expect(clippy::cast_precision_loss, reason = "counts are far below 2^52")]
pub fn pair_agreement(unit: &[u32]) -> Option<f64> {
    let m = unit.len();
    if m < 2 {
        return None;
    }
    let same: usize = tally(unit).values().map(|c| c * (c - 1)).sum();
    Some(same as f64 / (m * (m - 1)) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn two_raters_alpha_by_hand() {
        // Units (a,a), (a,b), (b,b): n = 6, coincidences of different values 2 (the pair in
        // the second unit, counted both ways), n_a = n_b = 3: E = 36 − 18 = 18;
        // alpha = 1 − 5 · 2 / 18 = 4/9.
        let units = vec![vec![0, 0], vec![0, 1], vec![1, 1]];
        let alpha = nominal_alpha(&units).expect("alpha");
        assert!(close(alpha, 4.0 / 9.0), "{alpha}");
    }

    #[test]
    fn single_values_drop_out() {
        let units = vec![vec![0, 0], vec![0, 1], vec![1, 1], vec![1], vec![]];
        assert!(close(nominal_alpha(&units).expect("alpha"), 4.0 / 9.0));
        assert_eq!(nominal_alpha(&[vec![3], vec![2]]), None);
        assert_eq!(nominal_alpha(&[vec![3, 3], vec![3, 3, 3]]), None);
    }

    #[test]
    fn pairs_agreeing() {
        assert_eq!(pair_agreement(&[1]), None);
        assert!(close(pair_agreement(&[1, 1, 2]).expect("share"), 1.0 / 3.0));
        assert!(close(pair_agreement(&[4, 4, 4, 4]).expect("share"), 1.0));
    }
}
