//! The translations: every locale has exactly English's messages, with the same variables; every
//! file parses and every message formats; plurals take the grammatical form; the Cyrillic file
//! is the transliteration of the Latin one; system locales map to the right language. Generic
//! over the ids: they check whatever messages the files hold.
//!
//! `UPDATE_CYRILLIC=1 cargo test --test core i18n::` writes `assets/locales/sr-Cyrl.ftl` from
//! `sr-Latn.ftl` instead of failing when they differ.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast;
use mandate_compare::i18n::{self, FluentValue, Language};

/// Each message id, and each `id.attribute`, with the variables its text uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/locales")
}

/// The file on disk, which must be what the binary embeds.
fn source(lang: Language) -> String {
    let path = locales_dir().join(format!("{}.ftl", lang.code()));
    std::fs::read_to_string(&path).expect("locale file")
}

fn messages(lang: Language) -> Messages {
    let resource = fluent_syntax::parser::parse(lang.ftl_source())
        .unwrap_or_else(|(_, errors)| panic!("{lang}: {errors:?}"));
    let mut out = Messages::new();
    let mut add = |id: String, variables: BTreeSet<String>| {
        assert!(
            out.insert(id.clone(), variables).is_none(),
            "{lang}: {id} twice"
        );
    };
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        if let Some(value) = value {
            add(id.clone(), variables(value));
        }
        for attribute in attributes {
            add(
                format!("{id}.{}", attribute.id.name),
                variables(&attribute.value),
            );
        }
    }
    out
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    pattern_variables(pattern, &mut out);
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            call_variables(arguments, out);
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call_variables(arguments, out),
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn call_variables(arguments: &ast::CallArguments<&str>, out: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        inline_variables(positional, out);
    }
    for named in &arguments.named {
        inline_variables(&named.value, out);
    }
}

#[test]
fn every_file_parses_without_errors_and_is_the_embedded_one() {
    for lang in Language::ALL {
        if let Err((_, errors)) = fluent_syntax::parser::parse(lang.ftl_source()) {
            panic!("{lang}.ftl: {errors:?}");
        }
        assert_eq!(source(lang), lang.ftl_source(), "{lang}: rebuild");
    }
}

#[test]
fn every_locale_has_englishs_messages_and_no_others() {
    let english: BTreeSet<String> = messages(Language::En).into_keys().collect();
    assert!(english.contains("language-name"));
    for lang in Language::ALL {
        let ids: BTreeSet<String> = messages(lang).into_keys().collect();
        let missing: Vec<&String> = english.difference(&ids).collect();
        let extra: Vec<&String> = ids.difference(&english).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, not in English {extra:?}"
        );
    }
}

#[test]
fn every_message_uses_the_same_variables_in_every_locale() {
    let english = messages(Language::En);
    for lang in Language::ALL {
        for (id, variables) in messages(lang) {
            if let Some(expected) = english.get(&id) {
                assert_eq!(&variables, expected, "{lang}: {id}");
            }
        }
    }
}

#[test]
fn every_message_formats_in_every_locale() {
    let english = messages(Language::En);
    for lang in Language::ALL {
        for (id, variables) in &english {
            if id.starts_with('-') {
                continue; // Terms are not looked up by themselves.
            }
            let values: [FluentValue<'_>; 6] = [
                0.into(),
                1.into(),
                2.into(),
                5.into(),
                21.into(),
                "Prishtinë/Priština".into(),
            ];
            for value in values {
                let args: Vec<(&str, FluentValue<'_>)> = variables
                    .iter()
                    .map(|name| (name.as_str(), value.clone()))
                    .collect();
                let errors = i18n::format_errors(lang, id, &args);
                assert!(errors.is_empty(), "{lang}: {id}: {errors:?}");
                let text = lang.t_args(id, &args);
                assert!(!text.trim().is_empty(), "{lang}: {id} is empty");
                assert_ne!(&text, id, "{lang}: {id} fell back to its id");
            }
        }
    }
}

/// Plurals come from Fluent's CLDR rules: English and Albanian have one and other; Serbian has
/// one (1, 21), few (2–4, 22–24) and other.
#[test]
fn plurals_take_the_grammatical_form() {
    let cases: [(Language, [&str; 5]); 4] = [
        (
            Language::En,
            ["1 row", "2 rows", "5 rows", "21 rows", "0 rows"],
        ),
        (
            Language::Sq,
            [
                "1 rresht",
                "2 rreshta",
                "5 rreshta",
                "21 rreshta",
                "0 rreshta",
            ],
        ),
        (
            Language::SrLatn,
            ["1 red", "2 reda", "5 redova", "21 red", "0 redova"],
        ),
        (
            Language::SrCyrl,
            ["1 ред", "2 реда", "5 редова", "21 ред", "0 редова"],
        ),
    ];
    for (lang, expected) in cases {
        for (count, expected) in [1, 2, 5, 21, 0].into_iter().zip(expected) {
            let text = lang.t_args("rows-shown", &[("count", FluentValue::from(count))]);
            assert_eq!(text, expected, "{lang}: {count}");
        }
    }
    assert_eq!(
        Language::SrLatn.t_args("rows-shown", &[("count", FluentValue::from(12))]),
        "12 redova"
    );
    assert_eq!(
        Language::SrLatn.t_args("rows-shown", &[("count", FluentValue::from(24))]),
        "24 reda"
    );
}

/// Latin and Cyrillic Serbian say the same thing: the Cyrillic file is the transliteration of
/// the Latin one. With UPDATE_CYRILLIC=1 it is written instead.
#[test]
fn cyrillic_file_is_the_transliteration_of_the_latin_one() {
    let expected =
        i18n::cyrillic::ftl_to_cyrillic(&source(Language::SrLatn)).expect("sr-Latn.ftl parses");
    let path = locales_dir().join("sr-Cyrl.ftl");
    if std::env::var_os("UPDATE_CYRILLIC").is_some() {
        std::fs::write(&path, &expected).expect("write sr-Cyrl.ftl");
        return;
    }
    let actual = std::fs::read_to_string(&path).expect("sr-Cyrl.ftl");
    assert!(
        actual == expected,
        "sr-Cyrl.ftl is not the transliteration of sr-Latn.ftl: edit only sr-Latn.ftl, then \
         run UPDATE_CYRILLIC=1 cargo test --test core i18n::"
    );
}

/// Every message's Cyrillic text is its Latin text transliterated, message by message, except
/// the listed overrides (the language's own name).
#[test]
fn cyrillic_messages_transliterate_the_latin_ones() {
    let overrides: BTreeMap<&str, &str> =
        i18n::cyrillic::CYRILLIC_OVERRIDES.iter().copied().collect();
    for (id, variables) in messages(Language::SrLatn) {
        // Every variable a number, so that NUMBER() formats (a missing one would leave the
        // function's name in the text).
        let args: Vec<(&str, FluentValue<'_>)> = variables
            .iter()
            .map(|v| (v.as_str(), FluentValue::from(3)))
            .collect();
        let latin = Language::SrLatn.t_args(&id, &args);
        let cyrillic = Language::SrCyrl.t_args(&id, &args);
        match overrides.get(id.as_str()) {
            Some(text) => assert_eq!(cyrillic, *text, "{id}"),
            None => assert_eq!(cyrillic, i18n::latin_to_cyrillic(&latin), "{id}"),
        }
        assert!(
            !cyrillic
                .chars()
                .any(|c| matches!(c, 'č' | 'ć' | 'š' | 'ž' | 'đ' | 'Č' | 'Ć' | 'Š' | 'Ž' | 'Đ')),
            "{id}: Latin letters left in {cyrillic:?}"
        );
    }
}

/// The glossary and the interface agree: each glossary label and model word of every locale
/// appears in GLOSSARY.md.
#[test]
fn glossary_words_are_the_glossarys() {
    let glossary = std::fs::read_to_string(locales_dir().join("GLOSSARY.md")).expect("glossary");
    let glossary = glossary.to_lowercase();
    for lang in Language::ALL {
        for id in messages(lang).into_keys() {
            let word = id.starts_with("glossary-")
                || id.starts_with("holder-kind-")
                || id.starts_with("source-kind-")
                || (id.starts_with("status-") && !id.contains('.'));
            if word {
                let text = lang.t(&id).to_lowercase();
                assert!(
                    glossary.contains(&text),
                    "{lang}: {id} = {text:?} not in GLOSSARY.md"
                );
            }
        }
    }
}

#[test]
fn system_locales_map_to_languages() {
    let cases: &[(&str, Option<Language>)] = &[
        ("en", Some(Language::En)),
        ("en-US", Some(Language::En)),
        ("en_GB.UTF-8", Some(Language::En)),
        ("sq", Some(Language::Sq)),
        ("sq-AL", Some(Language::Sq)),
        ("sq-XK", Some(Language::Sq)),
        ("sq_MK.UTF-8", Some(Language::Sq)),
        ("sr", Some(Language::SrCyrl)),
        ("sr-RS", Some(Language::SrCyrl)),
        ("sr-BA", Some(Language::SrCyrl)),
        ("sr-XK", Some(Language::SrCyrl)),
        ("sr-Cyrl", Some(Language::SrCyrl)),
        ("sr-Cyrl-RS", Some(Language::SrCyrl)),
        ("sr-Latn", Some(Language::SrLatn)),
        ("sr-Latn-RS", Some(Language::SrLatn)),
        ("sr-ME", Some(Language::SrLatn)),
        ("sr_RS.UTF-8", Some(Language::SrCyrl)),
        ("sr_RS.UTF-8@latin", Some(Language::SrLatn)),
        ("sr_RS@latin", Some(Language::SrLatn)),
        ("sr_ME.UTF-8", Some(Language::SrLatn)),
        ("de-DE", None),
        ("hr-HR", None),
        ("C", None),
        ("", None),
    ];
    for (tag, expected) in cases {
        assert_eq!(Language::from_locale(tag), *expected, "{tag:?}");
    }
}

#[test]
fn the_system_language_is_one_of_the_four() {
    assert!(Language::ALL.contains(&Language::system()));
}

/// The variant keys of every plural select (one that has a `one` variant) in `pattern`.
fn plural_selects(pattern: &ast::Pattern<&str>, out: &mut Vec<BTreeSet<String>>) {
    for element in &pattern.elements {
        let ast::PatternElement::Placeable { expression } = element else {
            continue;
        };
        if let ast::Expression::Select { variants, .. } = expression {
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|variant| match &variant.key {
                    ast::VariantKey::Identifier { name } => Some((*name).to_owned()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            if keys.contains("one") {
                out.push(keys);
            }
            for variant in variants {
                plural_selects(&variant.value, out);
            }
        }
    }
}

#[test]
fn every_plural_has_its_languages_forms() {
    for lang in Language::ALL {
        // CLDR's categories for whole numbers: Serbian one, few, other; English and Albanian
        // one, other.
        let forms: BTreeSet<String> = match lang {
            Language::SrLatn | Language::SrCyrl => ["one", "few", "other"].as_slice(),
            Language::En | Language::Sq => ["one", "other"].as_slice(),
        }
        .iter()
        .map(|&form| form.to_owned())
        .collect();
        let resource = fluent_syntax::parser::parse(lang.ftl_source()).expect("parses");
        for entry in &resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let mut selects = Vec::new();
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                plural_selects(pattern, &mut selects);
            }
            for keys in selects {
                assert_eq!(keys, forms, "{lang}: {}", message.id.name);
            }
        }
    }
}
