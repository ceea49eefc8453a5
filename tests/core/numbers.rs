//! Numbers in each language's form: a decimal point in English, a decimal comma in Albanian
//! and Serbian, through Fluent's NUMBER and the digits each message asks for. The command
//! line's figures and CSV keep the point (`agreement::` checks "0.600000" and "75.0 %").

use mandate_compare::i18n::{FluentValue, Language, format_errors};

fn kappa_line(lang: Language) -> String {
    lang.t_args(
        "agreement-kappa-value",
        &[
            ("kappa", FluentValue::from(0.80149)),
            ("expected", FluentValue::from(37.5)),
        ],
    )
}

#[test]
fn english_writes_a_point_albanian_and_serbian_a_comma() {
    assert_eq!(
        kappa_line(Language::En),
        "0.801 (agreement expected by chance: 37.5 %)"
    );
    for lang in [Language::Sq, Language::SrLatn, Language::SrCyrl] {
        let line = kappa_line(lang);
        assert!(line.starts_with("0,801 ("), "{lang}: {line}");
        assert!(line.contains("37,5 %"), "{lang}: {line}");
        assert!(
            !line.contains("0.801") && !line.contains("37.5"),
            "{lang}: {line}"
        );
    }
}

#[test]
fn each_message_rounds_to_its_own_digits() {
    let same_of = |lang: Language, percent: f64| {
        lang.t_args(
            "agreement-same-of",
            &[
                ("same", FluentValue::from(16)),
                ("rows", FluentValue::from(19)),
                ("percent", FluentValue::from(percent)),
            ],
        )
    };
    assert!(same_of(Language::Sq, 84.2105).contains("(84,2 %)"));
    assert!(same_of(Language::En, 84.2105).contains("(84.2 %)"));
    assert!(same_of(Language::SrCyrl, 100.0).contains("(100,0 %)"));
    let headline = Language::SrLatn.t_args(
        "agreement-headline",
        &[
            ("same", FluentValue::from(15)),
            ("rows", FluentValue::from(19)),
            ("percent", FluentValue::from(78.947)),
            ("kappa", FluentValue::from("kapa")),
        ],
    );
    assert!(headline.contains("(79 %)"), "{headline}");
    let kappa = Language::Sq.t_args("agreement-kappa", &[("kappa", FluentValue::from(0.737))]);
    assert!(kappa.ends_with(" 0,74"), "{kappa}");
    let jaccard = Language::SrCyrl.t_args(
        "agreement-holders-value",
        &[("value", FluentValue::from(0.8953))],
    );
    assert_eq!(jaccard, "0,895");
    let overlap = Language::En.t_args(
        "agreement-row-hint",
        &[
            ("title", FluentValue::from("T")),
            ("overlap", FluentValue::from(1.0)),
        ],
    );
    assert!(overlap.contains("overlap 1.00 "), "{overlap}");
    let more = Language::Sq.t_args("detail-more-mb", &[("amount", FluentValue::from(2.26))]);
    assert!(more.contains(" 2,3 MB "), "{more}");
}

/// Every message that formats a number with NUMBER does so cleanly in every language when it
/// is given numbers.
#[test]
fn numbers_format_without_errors() {
    for lang in Language::ALL {
        for (id, args) in [
            ("agreement-kappa-value", vec!["kappa", "expected"]),
            ("agreement-same-of", vec!["same", "rows", "percent"]),
            ("agreement-kappa", vec!["kappa"]),
            ("agreement-holders-value", vec!["value"]),
            ("detail-more-mb", vec!["amount"]),
        ] {
            let values: Vec<(&str, FluentValue<'_>)> =
                args.iter().map(|a| (*a, FluentValue::from(0.5))).collect();
            assert_eq!(
                format_errors(lang, id, &values),
                Vec::<String>::new(),
                "{lang} {id}"
            );
        }
    }
}
