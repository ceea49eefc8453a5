//! The interface's languages: English, Albanian, and Serbian in Latin and in Cyrillic script,
//! through Project Fluent. The dataset's own texts stay in English; this layer translates the
//! app's words around them.
//!
//! One `.ftl` file per language under `assets/locales/`, embedded in the binary. Each language's
//! bundle is built once, on first use. A lookup falls back to English, then to the message id
//! itself; the tests in `tests/core/i18n.rs` make sure neither happens.
//!
//! The GUI sets the language once per frame with [`set_current`] and looks words up with
//! [`tr!`](crate::tr); exports and the command line take a [`Language`] and call
//! [`Language::t`] or [`Language::t_args`], never the thread-local.
//!
//! ```
//! use mandate_compare::i18n::{FluentValue, Language};
//!
//! assert_eq!(Language::SrLatn.t_args("rows-shown", &[("count", FluentValue::from(5))]), "5 redova");
//! assert_eq!(Language::SrCyrl.t_args("rows-shown", &[("count", FluentValue::from(21))]), "21 ред");
//! ```
//!
//! No egui here: the model, the exports and the command line use it too.

mod errors;
mod locale;
mod notices;
mod numbers;
mod problems;
mod words;

use std::cell::Cell;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};

pub use errors::{edit_error, load_error, os_reason, save_error, text_error};
pub use fluent_bundle::FluentValue;
pub use notices::merge_notice;
pub use numbers::{decimal_separator, format_number};
pub use problems::{conflict_part, problem, problem_message};
pub use words::{
    edit_label, fact_changes, holder_kind_label, source_kind_label, status_description,
    status_label, visibility_label,
};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// English, the reference locale.
    #[default]
    En,
    /// Albanian.
    Sq,
    /// Serbian in Latin script.
    SrLatn,
    /// Serbian in Cyrillic script, generated from the Latin file.
    SrCyrl,
}

impl Language {
    /// Every language, in the order View > Language lists them.
    pub const ALL: [Self; 4] = [Self::En, Self::Sq, Self::SrLatn, Self::SrCyrl];

    /// The BCP 47 tag, also the `--lang` value and the `.ftl` file's name: "en", "sq",
    /// "sr-Latn", "sr-Cyrl".
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Sq => "sq",
            Self::SrLatn => "sr-Latn",
            Self::SrCyrl => "sr-Cyrl",
        }
    }

    /// The tags under which a document's labels may have this language's translation
    /// ([`Translations`](crate::model::Translations)), in the order they are tried; none for
    /// English, the labels' own language. Cyrillic Serbian falls back to Latin Serbian, which
    /// every Serbian reader reads, before English.
    pub fn label_tags(self) -> &'static [&'static str] {
        match self {
            Self::En => &[],
            Self::Sq => &["sq"],
            Self::SrLatn => &["sr-Latn"],
            Self::SrCyrl => &["sr-Cyrl", "sr-Latn"],
        }
    }

    /// The text of this language's `.ftl` file, as embedded in the binary.
    pub fn ftl_source(self) -> &'static str {
        match self {
            Self::En => include_str!("../../assets/locales/en.ftl"),
            Self::Sq => include_str!("../../assets/locales/sq.ftl"),
            Self::SrLatn => include_str!("../../assets/locales/sr-Latn.ftl"),
            Self::SrCyrl => include_str!("../../assets/locales/sr-Cyrl.ftl"),
        }
    }

    /// The language's name in itself ("English", "Shqip", "Srpski (latinica)", "Српски
    /// (ћирилица)"), from its own `language-name` message.
    pub fn native_name(self) -> String {
        self.t("language-name")
    }

    /// The message `id` in this language, or `id.attribute` for one of its attributes.
    /// Falls back to English, then to `id` itself, if the message is missing.
    pub fn t(self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` (or `id.attribute`) with its variables, e.g.
    /// `t_args("rows-shown", &[("count", FluentValue::from(n))])`. Numbers go in as numbers so
    /// that Fluent picks the plural form. Falls back like [`Language::t`].
    pub fn t_args(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// Whether this language's file has the message `id` (or `id.attribute`), without falling
    /// back.
    pub fn has(self, id: &str) -> bool {
        format_in(bundle(self), id, None).is_some()
    }

    /// The first supported language among the system's preferred locales (`sys-locale`), or
    /// English when none is supported or the system does not say.
    pub fn system() -> Self {
        sys_locale::get_locales()
            .find_map(|tag| Self::from_locale(&tag))
            .unwrap_or(Self::En)
    }

    /// The language for a locale tag as systems report it ("sq-AL", "sr-Latn-RS",
    /// "sr_RS.UTF-8@latin", "en-US" …), or `None` for a language the interface does not have.
    /// Serbian without a script takes the script CLDR's likely subtags give for its region:
    /// Cyrillic for "sr", "sr-RS" and "sr-BA", Latin for "sr-ME".
    pub fn from_locale(tag: &str) -> Option<Self> {
        locale::from_locale(tag)
    }

    fn format(self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        format_in(bundle(self), id, args)
            .or_else(|| format_in(bundle(Self::En), id, args))
            .unwrap_or_else(|| id.to_owned())
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A `--lang` value that is not one of the codes.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: expected one of en, sq, sr-Latn, sr-Cyrl")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;

    /// One of the [`Language::code`]s, ignoring case ("sr-latn" is "sr-Latn").
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownLanguage(s.to_owned()))
    }
}

/// A language's bundle: its one resource, the plural rules of its locale.
type Bundle = FluentBundle<FluentResource>;

/// The bundle of `lang`, built on first use.
fn bundle(lang: Language) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let index = Language::ALL
        .iter()
        .position(|l| *l == lang)
        .unwrap_or_default();
    BUNDLES[index].get_or_init(|| build_bundle(lang))
}

fn build_bundle(lang: Language) -> Bundle {
    let langid = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // egui draws text as it is: the Unicode isolation marks Fluent puts around each placeable
    // by default (U+2068, U+2069) would show as boxes of missing glyphs.
    bundle.set_use_isolating(false);
    // NUMBER(), with the language's decimal separator and the digits a message asks for.
    let _ = bundle.add_builtins();
    bundle.set_formatter(Some(match numbers::decimal_separator(lang) {
        ',' => numbers::comma,
        _ => numbers::point,
    }));
    // A file that does not parse keeps the messages that do (the tests fail on any error).
    let resource = FluentResource::try_new(lang.ftl_source().to_owned())
        .unwrap_or_else(|(resource, _errors)| resource);
    // Duplicate ids keep the first (the tests fail on duplicates too).
    let _ = bundle.add_resource(resource);
    bundle
}

/// `id` or `id.attribute` formatted in `bundle`, if the bundle has it.
fn format_in(bundle: &Bundle, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let (message_id, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(message_id)?;
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// The errors Fluent reports formatting `id` (or `id.attribute`) in `lang` with `args`; empty
/// when it formats cleanly, one error when the message is missing. For the tests.
pub fn format_errors(lang: Language, id: &str, args: &[(&str, FluentValue<'_>)]) -> Vec<String> {
    let bundle = bundle(lang);
    let (message_id, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let pattern = bundle
        .get_message(message_id)
        .and_then(|message| match attribute {
            Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
            None => message.value(),
        });
    let Some(pattern) = pattern else {
        return vec![format!("{id} is missing in {lang}")];
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let _ = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    errors.iter().map(ToString::to_string).collect()
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::En) };
}

/// Sets the language [`tr!`](crate::tr) uses on this thread. The GUI calls it once per frame
/// with the language of its settings.
pub fn set_current(lang: Language) {
    CURRENT.with(|current| current.set(lang));
}

/// The language [`tr!`](crate::tr) uses on this thread: English until [`set_current`] says
/// otherwise.
pub fn current() -> Language {
    CURRENT.with(Cell::get)
}

/// The [`Language::label_tags`] of the [`current`] language: the views show a document's
/// labels with them (`row.title_in(i18n::label_tags())`).
pub fn label_tags() -> &'static [&'static str] {
    current().label_tags()
}

/// Looks a message up in the GUI's current language ([`current`]):
/// `tr!("glossary-holder")`, `tr!("status-shared.description")`,
/// `tr!("rows-shown", count = n)`. Variables are named as in the `.ftl` file (snake_case);
/// their values are anything [`FluentValue`] converts from (numbers, `&str`, `String`).
/// Exports and the command line call [`Language::t`] with an explicit language instead.
#[macro_export]
macro_rules! tr {
    ($id:expr $(,)?) => {
        $crate::i18n::current().t($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::current().t_args(
            $id,
            &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_through_from_str() {
        for lang in Language::ALL {
            assert_eq!(lang.code().parse::<Language>(), Ok(lang));
            assert_eq!(lang.code().to_uppercase().parse::<Language>(), Ok(lang));
        }
        assert!("de".parse::<Language>().is_err());
        assert!("sr".parse::<Language>().is_err());
    }

    #[test]
    fn native_names_are_each_languages_own() {
        let names: Vec<String> = Language::ALL.iter().map(|l| l.native_name()).collect();
        assert_eq!(
            names,
            ["English", "Shqip", "Srpski (latinica)", "Српски (ћирилица)"]
        );
    }

    #[test]
    fn missing_messages_fall_back_to_the_id() {
        assert_eq!(Language::Sq.t("no-such-message"), "no-such-message");
        assert_eq!(
            Language::Sq.t("status-shared.no-such"),
            "status-shared.no-such"
        );
        assert!(!Language::Sq.has("no-such-message"));
        assert!(Language::Sq.has("status-shared.description"));
    }

    #[test]
    fn placeables_are_not_isolated() {
        let text = Language::En.t_args("rows-shown", &[("count", FluentValue::from(3))]);
        assert_eq!(text, "3 rows");
        assert!(!text.contains(['\u{2068}', '\u{2069}']));
    }

    #[test]
    fn tr_uses_the_current_language_of_this_thread() {
        set_current(Language::Sq);
        assert_eq!(tr!("glossary-holder"), "Bartës");
        assert_eq!(tr!("rows-shown", count = 1), "1 rresht");
        assert_eq!(
            tr!("status-shared.description"),
            Language::Sq.t("status-shared.description")
        );
        let other = std::thread::spawn(current).join().expect("thread");
        assert_eq!(other, Language::En);
        set_current(Language::En);
        assert_eq!(tr!("rows-shown", count = 2usize), "2 rows");
    }

    #[test]
    fn settings_serialise_the_variant() {
        let text = ron::to_string(&Language::SrCyrl).expect("serialise");
        assert_eq!(text, "SrCyrl");
        assert_eq!(
            ron::from_str::<Language>(&text).expect("parse"),
            Language::SrCyrl
        );
    }
}
