//! Numbers in each language's form: a decimal point in English, a decimal comma in Albanian
//! and Serbian ("0,801", "84,2 %").
//!
//! Messages format numbers with Fluent's `NUMBER` and its digit options, e.g.
//! `{ NUMBER($kappa, minimumFractionDigits: 3, maximumFractionDigits: 3) }`. fluent-bundle
//! 0.16 writes a number with Rust's `to_string`, honours only `minimumFractionDigits` and always
//! uses a point, so each bundle gets a formatter from here (`FluentBundle::set_formatter`)
//! that rounds to `maximumFractionDigits`, pads to `minimumFractionDigits` and writes the
//! language's separator. No grouping of thousands: the numbers the app shows are small, and a
//! byte count reads the same in every language.
//!
//! Machine-readable output (CSV, the command line) does not come through here and keeps the
//! point.

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumber;

use super::Language;

/// The decimal separator of a language.
pub fn decimal_separator(lang: Language) -> char {
    match lang {
        Language::En => '.',
        Language::Sq | Language::SrLatn | Language::SrCyrl => ',',
    }
}

/// A number as `lang` writes it, with its options' fraction digits.
///
/// ```
/// use mandate_compare::i18n::{Language, format_number};
/// use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
///
/// let options = FluentNumberOptions {
///     minimum_fraction_digits: Some(1),
///     maximum_fraction_digits: Some(1),
///     ..Default::default()
/// };
/// let percent = FluentNumber::new(84.21, options);
/// assert_eq!(format_number(Language::En, &percent), "84.2");
/// assert_eq!(format_number(Language::Sq, &percent), "84,2");
/// ```
pub fn format_number(lang: Language, number: &FluentNumber) -> String {
    let options = &number.options;
    let min = options.minimum_fraction_digits.unwrap_or(0);
    let mut text = match options.maximum_fraction_digits {
        Some(max) => {
            let max = max.max(min);
            let mut text = format!("{:.*}", max, number.value);
            if text.contains('.') {
                let keep = text.len() - (max - min);
                while text.len() > keep && text.ends_with('0') {
                    text.pop();
                }
                if text.ends_with('.') {
                    text.pop();
                }
            }
            text
        }
        None => number.value.to_string(),
    };
    let fraction = text.find('.').map_or(0, |dot| text.len() - dot - 1);
    if fraction < min {
        if fraction == 0 {
            text.push('.');
        }
        text.push_str(&"0".repeat(min - fraction));
    }
    // Rounding a small negative number gives "-0" or "-0.0": no sign on a zero.
    if text.starts_with('-') && text[1..].chars().all(|c| c == '0' || c == '.') {
        text.remove(0);
    }
    text.replace('.', &decimal_separator(lang).to_string())
}

/// The formatter of a bundle whose language writes a decimal point.
pub(super) fn point<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(format_number(Language::En, number)),
        _ => None,
    }
}

/// The formatter of a bundle whose language writes a decimal comma.
pub(super) fn comma<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(format_number(Language::Sq, number)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use fluent_bundle::types::FluentNumberOptions;

    use super::*;

    fn number(value: f64, min: Option<usize>, max: Option<usize>) -> FluentNumber {
        FluentNumber::new(
            value,
            FluentNumberOptions {
                minimum_fraction_digits: min,
                maximum_fraction_digits: max,
                ..Default::default()
            },
        )
    }

    #[test]
    fn fraction_digits_round_and_pad() {
        let cases = [
            (0.80149, Some(3), Some(3), "0.801"),
            (0.8, Some(3), Some(3), "0.800"),
            (84.25, Some(1), Some(1), "84.2"),
            (84.26, Some(1), Some(1), "84.3"),
            (78.947, None, Some(0), "79"),
            (0.5, None, Some(2), "0.5"),
            (1.0, None, Some(2), "1"),
            (2.0, Some(2), None, "2.00"),
            (1.25, Some(1), None, "1.25"),
            (67_108_864.0, None, None, "67108864"),
            (-0.0001, Some(1), Some(1), "0.0"),
            (-0.25, Some(2), Some(2), "-0.25"),
        ];
        for (value, min, max, expected) in cases {
            assert_eq!(
                format_number(Language::En, &number(value, min, max)),
                expected,
                "{value} {min:?} {max:?}"
            );
        }
    }

    #[test]
    fn albanian_and_serbian_write_a_decimal_comma() {
        let kappa = number(0.8014, Some(3), Some(3));
        assert_eq!(format_number(Language::En, &kappa), "0.801");
        for lang in [Language::Sq, Language::SrLatn, Language::SrCyrl] {
            assert_eq!(format_number(lang, &kappa), "0,801", "{lang}");
            assert_eq!(format_number(lang, &number(19.0, None, None)), "19");
        }
    }
}
