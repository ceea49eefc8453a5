//! Serbian Latin to Serbian Cyrillic, and `sr-Cyrl.ftl` made from `sr-Latn.ftl`.
//!
//! Serbian's two scripts map letter for letter, with three digraphs (lj, nj, dž) that are one
//! letter each. Translators edit only `sr-Latn.ftl`; the Cyrillic file is its transliteration
//! ([`ftl_to_cyrillic`]), which `UPDATE_CYRILLIC=1 cargo test --test core i18n::` writes and
//! the same tests check.

use fluent_syntax::ast;
use unicode_normalization::UnicodeNormalization;

/// Words that stay in Latin script inside Cyrillic text: formats, product and program names,
/// keys. Matched as whole words (a word may contain hyphens, as "CSL-JSON" does).
pub const KEEP_LATIN: &[&str] = &[
    "RON",
    "ron",
    "CSV",
    "csv",
    "HTML",
    "html",
    "PNG",
    "png",
    "SVG",
    "svg",
    "PDF",
    "pdf",
    "JSON",
    "json",
    "CSL-JSON",
    "BibTeX",
    "bib",
    "REFI-QDA",
    "QDPX",
    "qdpx",
    "Markdown",
    "md",
    "Git",
    "git",
    "URL",
    "UTF-8",
    "Ctrl",
    "Shift",
    "Alt",
    "Cmd",
    "Mandate",
    "Compare",
    "mandate-compare",
    "egui",
    "Fluent",
    // Key names as the keyboard shows them, and the names of programs.
    "Esc",
    "Zotero",
    "Pandoc",
    "citeproc",
    "NVivo",
    // Unit symbols, and names a message may one day use, which have none of q, w, x, y and
    // would otherwise come out as мацОС or ГитХуб.
    "KB",
    "MB",
    "macOS",
    "GitHub",
    "Unicode",
    "Enter",
    "Tab",
    // Roman numerals (UNMIK's Pillar IV); not I or V, which are also Serbian words.
    "II",
    "III",
    "IV",
    "VI",
    "VII",
    "VIII",
];

/// Names with a dot inside, kept whole in Latin script (the word splitter would otherwise
/// stop at the dot and write «АТЛАС.ти»).
pub const KEEP_LATIN_DOTTED: &[&str] = &["ATLAS.ti"];

/// Acronyms whose established Cyrillic form is not their letter-by-letter transliteration.
/// UNMIK's Serbian pages write the EU mission "EULEKS" (Cyrillic ЕУЛЕКС); the English
/// spelling with x has no Serbian letter.
const ACRONYMS: &[(&str, &str)] = &[("EULEX", "ЕУЛЕКС")];

/// Words in which d+ž, l+j or n+j are two letters, not one: a prefix ending in d before a
/// root in ž (nad-živeti), or n before j in borrowings (in-jekcija). Each stem is written with
/// `|` where the digraph is broken; it matches anywhere in a word, in any case.
pub const DIGRAPH_EXCEPTIONS: &[&str] = &[
    "nad|živ",
    "nad|žnj",
    "pod|žanr",
    "pod|žup",
    "od|žal",
    "pred|žet",
    "in|jek",
    "kon|junk",
    "kon|jug",
    "van|jez",
];

/// Messages whose Cyrillic text is not the transliteration of the Latin one: the language's
/// own name says which script it is in.
pub const CYRILLIC_OVERRIDES: &[(&str, &str)] = &[("language-name", "Српски (ћирилица)")];

/// The comment that opens the generated file.
pub const GENERATED_HEADER: &str = "\
# GENERATED from sr-Latn.ftl by i18n::cyrillic::ftl_to_cyrillic: do not edit. Edit sr-Latn.ftl
# and run `UPDATE_CYRILLIC=1 cargo test --test core i18n::` to write this file again.

";

/// Serbian Latin text in Cyrillic script. Leaves alone: Fluent placeables (`{ $count }`,
/// anything between braces), web addresses, the words in [`KEEP_LATIN`], words with letters
/// Serbian does not have (q, w, x, y: foreign names), digits and punctuation. Applies
/// [`ACRONYMS`] and [`DIGRAPH_EXCEPTIONS`].
///
/// ```
/// use mandate_compare::i18n::latin_to_cyrillic;
///
/// assert_eq!(latin_to_cyrillic("Džep LJUDI, { $count } CSV"), "Џеп ЉУДИ, { $count } CSV");
/// assert_eq!(latin_to_cyrillic("nadživeti UNMIK-a"), "надживети УНМИК-а");
/// ```
pub fn latin_to_cyrillic(text: &str) -> String {
    let text: String = text.nfc().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text.as_str();
    while let Some(c) = rest.chars().next() {
        if c == '{' {
            let end = placeable_end(rest);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if rest.starts_with("http://") || rest.starts_with("https://") {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if let Some(name) = KEEP_LATIN_DOTTED
            .iter()
            .find(|name| rest.starts_with(**name) && !rest[name.len()..].starts_with(is_word_char))
        {
            out.push_str(name);
            rest = &rest[name.len()..];
        } else if is_word_char(c) {
            let end = rest
                .find(|c: char| !is_word_char(c) && c != '-')
                .unwrap_or(rest.len());
            // A trailing hyphen is punctuation, not part of the word.
            let word = rest[..end].trim_end_matches('-');
            out.push_str(&word_to_cyrillic(word));
            rest = &rest[word.len()..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The length of the placeable at the start of `text` (which starts with `{`): up to its
/// matching `}`, or the whole text if it is not closed.
fn placeable_end(text: &str) -> usize {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    text.len()
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// One word (letters, digits, inner hyphens) in Cyrillic, or as it is if it stays Latin.
fn word_to_cyrillic(word: &str) -> String {
    if KEEP_LATIN.contains(&word) {
        return word.to_owned();
    }
    if word.contains('-') {
        return word
            .split('-')
            .map(word_to_cyrillic)
            .collect::<Vec<_>>()
            .join("-");
    }
    if let Some((_, cyrillic)) = ACRONYMS.iter().find(|(latin, _)| *latin == word) {
        return (*cyrillic).to_owned();
    }
    if word
        .chars()
        .any(|c| matches!(c, 'q' | 'w' | 'x' | 'y' | 'Q' | 'W' | 'X' | 'Y'))
    {
        return word.to_owned();
    }
    let chars: Vec<char> = word.chars().collect();
    let broken = broken_digraphs(&chars);
    let mut out = String::with_capacity(word.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        if !broken.contains(&i)
            && let Some(next) = chars.get(i + 1)
            && let Some(letter) = digraph(chars[i], *next)
        {
            out.push(letter);
            i += 2;
            continue;
        }
        out.push(letter(chars[i]));
        i += 1;
    }
    out
}

/// The indices in `word` where a digraph must not be read, from [`DIGRAPH_EXCEPTIONS`].
fn broken_digraphs(word: &[char]) -> Vec<usize> {
    let lower: Vec<char> = word
        .iter()
        .map(|c| c.to_lowercase().next().unwrap_or(*c))
        .collect();
    let mut broken = Vec::new();
    for stem in DIGRAPH_EXCEPTIONS {
        let split = stem.chars().position(|c| c == '|').unwrap_or_default();
        let stem: Vec<char> = stem.chars().filter(|c| *c != '|').collect();
        if stem.len() > lower.len() {
            continue;
        }
        for start in 0..=lower.len() - stem.len() {
            if lower[start..start + stem.len()] == stem[..] {
                // The digraph's first letter is the last before the split.
                broken.push(start + split - 1);
            }
        }
    }
    broken
}

/// The Cyrillic letter for a Latin digraph, in any of its capitalisations (Lj, LJ, lj).
fn digraph(first: char, second: char) -> Option<char> {
    Some(match (first, second) {
        ('l', 'j') => 'љ',
        ('L', 'j' | 'J') => 'Љ',
        ('n', 'j') => 'њ',
        ('N', 'j' | 'J') => 'Њ',
        ('d', 'ž') => 'џ',
        ('D', 'ž' | 'Ž') => 'Џ',
        _ => return None,
    })
}

/// The Cyrillic letter for one Latin letter; anything else as it is.
fn letter(c: char) -> char {
    const LOWER: [(char, char); 27] = [
        ('a', 'а'),
        ('b', 'б'),
        ('c', 'ц'),
        ('č', 'ч'),
        ('ć', 'ћ'),
        ('d', 'д'),
        ('đ', 'ђ'),
        ('e', 'е'),
        ('f', 'ф'),
        ('g', 'г'),
        ('h', 'х'),
        ('i', 'и'),
        ('j', 'ј'),
        ('k', 'к'),
        ('l', 'л'),
        ('m', 'м'),
        ('n', 'н'),
        ('o', 'о'),
        ('p', 'п'),
        ('r', 'р'),
        ('s', 'с'),
        ('š', 'ш'),
        ('t', 'т'),
        ('u', 'у'),
        ('v', 'в'),
        ('z', 'з'),
        ('ž', 'ж'),
    ];
    let lower = c.to_lowercase().next().unwrap_or(c);
    let Some((_, cyrillic)) = LOWER.iter().find(|(latin, _)| *latin == lower) else {
        return c;
    };
    if c == lower {
        *cyrillic
    } else {
        cyrillic.to_uppercase().next().unwrap_or(*cyrillic)
    }
}

/// The Cyrillic `.ftl` file for a Latin one: every text of every message, attribute and
/// variant transliterated with [`latin_to_cyrillic`]; ids, variables, variant keys, string
/// literals and comments left as they are; [`CYRILLIC_OVERRIDES`] applied; [`GENERATED_HEADER`]
/// first. Errs with the parser's errors if the Latin file does not parse.
pub fn ftl_to_cyrillic(latin: &str) -> Result<String, Vec<String>> {
    let mut resource = fluent_syntax::parser::parse(latin.to_owned()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|e| format!("{:?} at {:?}", e.kind, e.pos))
            .collect::<Vec<_>>()
    })?;
    for entry in &mut resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.clone();
                if let Some(value) = &mut message.value {
                    convert_pattern(value);
                    if let Some((_, text)) = CYRILLIC_OVERRIDES.iter().find(|(o, _)| *o == id) {
                        *value = ast::Pattern {
                            elements: vec![ast::PatternElement::TextElement {
                                value: (*text).to_owned(),
                            }],
                        };
                    }
                }
                for attribute in &mut message.attributes {
                    convert_pattern(&mut attribute.value);
                }
            }
            ast::Entry::Term(term) => {
                convert_pattern(&mut term.value);
                for attribute in &mut term.attributes {
                    convert_pattern(&mut attribute.value);
                }
            }
            _ => {}
        }
    }
    Ok(format!(
        "{GENERATED_HEADER}{}",
        fluent_syntax::serializer::serialize(&resource)
    ))
}

fn convert_pattern(pattern: &mut ast::Pattern<String>) {
    for element in &mut pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => *value = latin_to_cyrillic(value),
            ast::PatternElement::Placeable { expression } => convert_expression(expression),
        }
    }
}

fn convert_expression(expression: &mut ast::Expression<String>) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            for variant in variants {
                convert_pattern(&mut variant.value);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            convert_expression(expression);
        }
        ast::Expression::Inline(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_digraphs() {
        assert_eq!(
            latin_to_cyrillic("abcčćddžđefghijklljmnnjoprsštuvzž"),
            "абцчћдџђефгхијклљмнњопрсштувзж"
        );
        assert_eq!(
            latin_to_cyrillic("ABCČĆDDŽĐEFGHIJKLLJMNNJOPRSŠTUVZŽ"),
            "АБЦЧЋДЏЂЕФГХИЈКЛЉМНЊОПРСШТУВЗЖ"
        );
        assert_eq!(
            latin_to_cyrillic("Ljubljana Njegoš Džamija"),
            "Љубљана Његош Џамија"
        );
        assert_eq!(latin_to_cyrillic("LJUBAV NJIVA DŽEP"), "ЉУБАВ ЊИВА ЏЕП");
    }

    #[test]
    fn decomposed_input_is_composed_first() {
        // c + combining caron, z + combining caron.
        assert_eq!(latin_to_cyrillic("c\u{30C}ez\u{30C}"), "чеж");
    }

    #[test]
    fn digraph_exceptions() {
        assert_eq!(latin_to_cyrillic("nadživeti"), "надживети");
        assert_eq!(latin_to_cyrillic("Nadživeo"), "Надживео");
        assert_eq!(latin_to_cyrillic("podžupan"), "поджупан");
        assert_eq!(latin_to_cyrillic("podžanr"), "поджанр");
        assert_eq!(latin_to_cyrillic("INJEKCIJA"), "ИНЈЕКЦИЈА");
        assert_eq!(latin_to_cyrillic("konjunkcija"), "конјункција");
        assert_eq!(latin_to_cyrillic("vanjezički"), "ванјезички");
        // The same letters elsewhere are digraphs.
        assert_eq!(latin_to_cyrillic("odžak nadžak konj"), "оџак наџак коњ");
    }

    #[test]
    fn placeables_urls_and_latin_words_stay() {
        assert_eq!(
            latin_to_cyrillic("Izvezi { $count } redova u CSV, CSL-JSON i REFI-QDA"),
            "Извези { $count } редова у CSV, CSL-JSON и REFI-QDA"
        );
        assert_eq!(
            latin_to_cyrillic("{ NUMBER($n, minimumFractionDigits: 2) } od 1244"),
            "{ NUMBER($n, minimumFractionDigits: 2) } од 1244"
        );
        assert_eq!(
            latin_to_cyrillic("vidi https://unmik.unmissions.org/sr/mandat danas"),
            "види https://unmik.unmissions.org/sr/mandat данас"
        );
        assert_eq!(latin_to_cyrillic("BibTeX i Windows"), "BibTeX и Windows");
        assert_eq!(latin_to_cyrillic("datoteka .ron"), "датотека .ron");
        assert_eq!(
            latin_to_cyrillic("za QualCoder, ATLAS.ti ili NVivo; još 3 KB"),
            "за QualCoder, ATLAS.ti или NVivo; још 3 KB"
        );
        assert_eq!(latin_to_cyrillic("ATLAS.tim"), "АТЛАС.тим");
        assert_eq!(latin_to_cyrillic("Stub IV UNMIK-a"), "Стуб IV УНМИК-а");
    }

    #[test]
    fn mission_acronyms_take_their_cyrillic_forms() {
        assert_eq!(
            latin_to_cyrillic("UNMIK, KFOR, EULEX, EULEKS, OEBS, EU i UN"),
            "УНМИК, КФОР, ЕУЛЕКС, ЕУЛЕКС, ОЕБС, ЕУ и УН"
        );
        assert_eq!(latin_to_cyrillic("UNMIK-a i EULEX-a"), "УНМИК-а и ЕУЛЕКС-а");
        assert_eq!(
            latin_to_cyrillic("Savet bezbednosti -"),
            "Савет безбедности -"
        );
    }

    #[test]
    fn ftl_keeps_syntax_and_converts_texts() {
        let latin = "\
## Section
# A comment stays: nadživeti
hello = Zdravo, { $user_name }!
    .title = Ljudi
count =
    { $count ->
        [one] { $count } red
        [few] { $count } reda
       *[other] { $count } redova
    }
language-name = Srpski (latinica)
";
        let cyrillic = ftl_to_cyrillic(latin).expect("parses");
        let body = cyrillic.strip_prefix(GENERATED_HEADER).expect("header");
        assert_eq!(
            body,
            "\
## Section

# A comment stays: nadživeti
hello = Здраво, { $user_name }!
    .title = Људи
count =
    { $count ->
        [one] { $count } ред
        [few] { $count } реда
       *[other] { $count } редова
    }
language-name = Српски (ћирилица)
"
        );
    }

    #[test]
    fn ftl_with_errors_is_refused() {
        assert!(ftl_to_cyrillic("hello = { $x\n").is_err());
    }
}
