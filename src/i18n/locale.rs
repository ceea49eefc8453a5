//! System locale tags to the interface's languages.

use unic_langid::LanguageIdentifier;

use super::Language;

/// The language for a tag as a system reports it: BCP 47 ("sr-Latn-RS"), or POSIX as glibc has
/// it ("sr_RS.UTF-8@latin"). `None` for languages the interface does not have.
///
/// Serbian without a script gets the script CLDR's likely subtags give ("sr" and "sr-RS":
/// Cyrillic; "sr-ME": Latin, as Montenegro's own usage is Latin); glibc's `@latin` modifier
/// means Latin.
pub(super) fn from_locale(tag: &str) -> Option<Language> {
    let tag = tag.trim();
    // glibc: language_REGION.encoding@modifier.
    let (tag, modifier) = match tag.split_once('@') {
        Some((tag, modifier)) => (tag, Some(modifier)),
        None => (tag, None),
    };
    let tag = tag.split('.').next().unwrap_or_default().replace('_', "-");
    let mut langid: LanguageIdentifier = tag.parse().ok()?;
    match langid.language.as_str() {
        "en" => Some(Language::En),
        "sq" => Some(Language::Sq),
        "sr" => {
            if let Some(modifier) = modifier {
                if modifier.eq_ignore_ascii_case("latin") {
                    return Some(Language::SrLatn);
                }
                if modifier.eq_ignore_ascii_case("cyrillic") {
                    return Some(Language::SrCyrl);
                }
            }
            if langid.script.is_none() {
                langid.maximize();
            }
            match langid.script.as_ref().map(|s| s.as_str()) {
                Some("Latn") => Some(Language::SrLatn),
                _ => Some(Language::SrCyrl),
            }
        }
        _ => None,
    }
}
