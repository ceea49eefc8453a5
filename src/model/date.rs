//! Dates as the sources give them: a year, a month or a day.

use std::fmt;
use std::str::FromStr;

/// A calendar date known to the year, the month or the day, written `2008`, `2008-06` or
/// `2008-06-15`. Ordering is chronological, a less precise date sorting before the precise
/// ones inside it (`2008` < `2008-06` < `2008-06-15`).
///
/// ```
/// use mandate_compare::model::PartialDate;
///
/// let month: PartialDate = "2008-06".parse().unwrap();
/// let day: PartialDate = "2008-06-15".parse().unwrap();
/// assert!(month < day);
/// assert_eq!(day.to_string(), "2008-06-15");
/// assert!("2008-06-31".parse::<PartialDate>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a text is not a [`PartialDate`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("expected a date written 2008, 2008-06 or 2008-06-15, found {found:?}")]
pub struct DateError {
    found: String,
}

impl PartialDate {
    /// A date known to the day. `None` when there is no such day.
    pub fn ymd(year: u16, month: u8, day: u8) -> Option<Self> {
        (year != 0 && valid_month(month) && (1..=days_in_month(year, month)).contains(&day))
            .then_some(Self {
                year,
                month: Some(month),
                day: Some(day),
            })
    }

    /// A date known only to the year.
    pub fn from_year(year: u16) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, if known.
    pub fn month(self) -> Option<u8> {
        self.month
    }

    /// Whether this date is no later than `other`, compared only as precisely as this date is
    /// known: `1999-06` is no later than `1999-06-10`, and neither is `1999`.
    pub fn not_after(self, other: Self) -> bool {
        let cut = Self {
            year: other.year,
            month: self.month.and(other.month),
            day: self.day.and(other.day),
        };
        self <= cut
    }
}

/// An optional date written plainly (`as_of: "2026-11"`, not `Some("2026-11")`); for a field
/// that is left out when empty.
pub(super) mod plain_option {
    use super::PartialDate;

    pub(in crate::model) fn serialize<S: serde::Serializer>(
        date: &Option<PartialDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serde::Serialize::serialize(date, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub(in crate::model) fn deserialize<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<PartialDate>, D::Error> {
        <PartialDate as serde::Deserialize>::deserialize(deserializer).map(Some)
    }
}

fn valid_month(month: u8) -> bool {
    (1..=12).contains(&month)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || DateError {
            found: text.to_owned(),
        };
        let number = |part: &str, digits: usize| -> Result<u16, DateError> {
            if part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| error())
            } else {
                Err(error())
            }
        };
        let mut parts = text.split('-');
        let year = number(parts.next().unwrap_or_default(), 4)?;
        let month = parts.next().map(|m| number(m, 2)).transpose()?;
        let day = parts.next().map(|d| number(d, 2)).transpose()?;
        if parts.next().is_some() {
            return Err(error());
        }
        // Both fit in u8: they have two digits.
        let month = month.map(|m| m as u8);
        let day = day.map(|d| d as u8);
        match (month, day) {
            // There is no year 0 in the calendar the sources use (1 BC is followed by AD 1).
            _ if year == 0 => Err(error()),
            (Some(m), _) if !valid_month(m) => Err(error()),
            (Some(m), Some(d)) if !(1..=days_in_month(year, m)).contains(&d) => Err(error()),
            _ => Ok(Self { year, month, day }),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_the_three_precisions() {
        for text in ["1999", "2008-06", "2008-06-15", "2024-02-29"] {
            let date: PartialDate = text.parse().expect(text);
            assert_eq!(date.to_string(), text);
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for text in [
            "",
            "99",
            "1999-6",
            "1999-13",
            "1999-00",
            "2023-02-29",
            "2008-06-31",
            "2008-06-15-1",
            "June 2008",
            "2008/06/15",
            "+999",
            "0000",
            "0000-06",
            "0000-02-29",
        ] {
            assert!(text.parse::<PartialDate>().is_err(), "{text} parsed");
        }
    }

    #[test]
    fn orders_chronologically_with_less_precise_first() {
        let d = |t: &str| t.parse::<PartialDate>().expect(t);
        assert!(d("2008") < d("2008-01"));
        assert!(d("2008-06") < d("2008-06-15"));
        assert!(d("2008-06-15") < d("2008-07"));
        assert!(d("1999-12-31") < d("2000"));
    }
}
