//! Dates on a timeline, as plain data: a date as a fractional year, today as a
//! [`PartialDate`], and each row's periods (who held it, with which status, from when). The
//! pictures drawn from them (bars, marks, lines, in coordinates and words) are
//! [`crate::draw::timeline`]'s.

use super::{Document, PartialDate, Responsibility, Status};

/// A date as a year with a fraction: 2008-07-01 is 2008.5. A month without a day counts from
/// its first day, a year without a month from the first of January.
pub fn fractional_year(date: PartialDate) -> f64 {
    let year = f64::from(date.year());
    let Some(month) = date.month() else {
        return year;
    };
    let day = day_of_month(date).unwrap_or(1);
    let days = (28..=31)
        .rev()
        .find(|&d| PartialDate::ymd(date.year(), month, d).is_some())
        .unwrap_or(30);
    year + (f64::from(month) - 1.0 + (f64::from(day) - 1.0) / f64::from(days)) / 12.0
}

/// The day of a date known to the day.
fn day_of_month(date: PartialDate) -> Option<u8> {
    let month = date.month()?;
    (1..=31).find(|&d| PartialDate::ymd(date.year(), month, d) == Some(date))
}

/// A calendar day as a [`PartialDate`], e.g. today's:
/// `day_of(jiff::Zoned::now().date())`. `None` for a year outside 0–9999.
pub fn day_of(date: jiff::civil::Date) -> Option<PartialDate> {
    PartialDate::ymd(
        u16::try_from(date.year()).ok()?,
        u8::try_from(date.month()).ok()?,
        u8::try_from(date.day()).ok()?,
    )
}

/// One period of a row: a status and holders from a date until the next period (or today).
#[derive(Clone, Debug, PartialEq)]
pub struct Period<'a> {
    /// When it began.
    pub from: PartialDate,
    /// When the next one began; `None` for the last, which lasts until today.
    pub until: Option<PartialDate>,
    /// The status in that period.
    pub status: Status,
    /// Who held it ([`super::Holder`] ids).
    pub holders: &'a [String],
    /// Which of the row's phases it is; `None` for a row without phases, whose one period runs
    /// from the mandate with the row's status and holders now.
    pub phase: Option<usize>,
}

/// A row's periods in date order: its phases sorted by start (stable for equal dates), or,
/// without phases, one period from the mandate's date with the status and holders shown now.
pub fn periods<'a>(doc: &Document, row: &'a Responsibility) -> Vec<Period<'a>> {
    if row.phases.is_empty() {
        return vec![Period {
            from: doc.original.date,
            until: None,
            status: row.effective_status(),
            holders: row.effective_holders(),
            phase: None,
        }];
    }
    let mut order: Vec<usize> = (0..row.phases.len()).collect();
    order.sort_by_key(|&i| row.phases[i].from);
    order
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let phase = &row.phases[i];
            Period {
                from: phase.from,
                until: order.get(k + 1).map(|&next| row.phases[next].from),
                status: phase.status,
                holders: &phase.holders,
                phase: Some(i),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> PartialDate {
        text.parse().expect(text)
    }

    #[test]
    fn fractional_years_follow_the_calendar() {
        assert!((fractional_year(day("2008")) - 2008.0).abs() < 1e-9);
        assert!((fractional_year(day("2008-07")) - 2008.5).abs() < 1e-9);
        assert!((fractional_year(day("2008-07-01")) - 2008.5).abs() < 1e-9);
        let a = fractional_year(day("2008-02-17"));
        let b = fractional_year(day("2008-06-15"));
        assert!(2008.1 < a && a < b && b < 2008.5, "{a} {b}");
        assert!(fractional_year(day("2008-12-31")) < 2009.0);
        assert_eq!(
            day_of(jiff::civil::date(2026, 5, 12)),
            Some(day("2026-05-12"))
        );
    }
}
