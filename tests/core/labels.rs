//! The document's short labels in the interface's language: the built-in data carries them in
//! Albanian and Serbian (Latin and Cyrillic) beside the English; another mission's file has its
//! own; no message splices a label into translated grammar; older files still load.

use std::collections::BTreeSet;
use std::path::Path;

use mandate_compare::export::{Format, Options, export_in};
use mandate_compare::i18n::{FluentValue, Language, latin_to_cyrillic};
use mandate_compare::io;
use mandate_compare::model::{Document, Translations};

fn builtin() -> Document {
    io::builtin().expect("the built-in dataset loads")
}

fn another_mission() -> Document {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good/another-mission.ron");
    io::load_path(&path).expect("the fixture loads")
}

/// Every translated label of a document, with where it is.
fn translations(doc: &Document) -> Vec<(String, &str, &Translations)> {
    let mut all = vec![
        ("title".to_owned(), doc.title.as_str(), &doc.title_tr),
        (
            "original".to_owned(),
            &doc.original.label,
            &doc.original.label_tr,
        ),
        (
            "current".to_owned(),
            &doc.current.label,
            &doc.current.label_tr,
        ),
    ];
    for p in &doc.presences {
        all.push((format!("presence {} short", p.id), &p.short, &p.short_tr));
        all.push((format!("presence {} name", p.id), &p.name, &p.name_tr));
    }
    for h in &doc.holders {
        all.push((format!("holder {} short", h.id), &h.short, &h.short_tr));
        all.push((format!("holder {} name", h.id), &h.name, &h.name_tr));
    }
    for r in &doc.rows {
        all.push((format!("row {} title", r.id), &r.title, &r.title_tr));
    }
    all
}

/// The built-in data has its labels in Albanian and both Serbian scripts, its Cyrillic the
/// transliteration of its Latin, and no tag the interface does not know.
#[test]
fn the_built_in_labels_are_in_albanian_and_serbian() {
    let doc = builtin();
    let known: BTreeSet<&str> = ["sq", "sr-Latn", "sr-Cyrl"].into();
    for (place, english, tr) in translations(&doc) {
        for tag in tr.0.keys() {
            assert!(known.contains(tag.as_str()), "{place}: unknown tag {tag}");
        }
        if let Some(latin) = tr.0.get("sr-Latn") {
            assert_eq!(
                tr.0.get("sr-Cyrl"),
                Some(&latin_to_cyrillic(latin)),
                "{place}: the Cyrillic is not the Latin's transliteration"
            );
        }
        assert!(
            !tr.0.contains_key("sr-Cyrl") || tr.0.contains_key("sr-Latn"),
            "{place}: Cyrillic without Latin"
        );
        assert!(!english.is_empty(), "{place}");
    }
    // What a room sees first: the title, the mandates, the presences and every row title.
    let mut shown = vec![
        ("title", &doc.title_tr),
        ("original", &doc.original.label_tr),
        ("current", &doc.current.label_tr),
    ];
    shown.extend(doc.presences.iter().map(|p| ("presence", &p.name_tr)));
    shown.extend(doc.rows.iter().map(|r| ("row", &r.title_tr)));
    for (place, tr) in shown {
        for tag in ["sq", "sr-Latn", "sr-Cyrl"] {
            assert!(tr.find(&[tag]).is_some(), "{place} has no {tag}: {tr:?}");
        }
    }
    let named = doc
        .holders
        .iter()
        .filter(|h| !h.name_tr.is_empty() && !h.short_tr.is_empty())
        .count();
    assert!(named * 4 >= doc.holders.len() * 3, "{named} holders named");
}

#[test]
fn each_language_shows_its_own_labels_and_english_the_original() {
    let doc = builtin();
    let row = doc.row("unmik-09").expect("UNMIK 9");
    assert_eq!(
        doc.original.label_in(Language::En.label_tags()),
        "Resolution 1244 (1999)"
    );
    assert_eq!(
        doc.original.label_in(Language::Sq.label_tags()),
        "Rezoluta 1244 (1999)"
    );
    assert_eq!(
        doc.original.label_in(Language::SrLatn.label_tags()),
        "Rezolucija 1244 (1999)"
    );
    assert_eq!(
        doc.original.label_in(Language::SrCyrl.label_tags()),
        "Резолуција 1244 (1999)"
    );
    assert_eq!(row.title_in(Language::En.label_tags()), row.title);
    for lang in [Language::Sq, Language::SrLatn, Language::SrCyrl] {
        assert_ne!(row.title_in(lang.label_tags()), row.title, "{lang}");
    }
    assert_eq!(
        doc.row_label_in(row, Language::SrCyrl.label_tags()),
        "УНМИК 9"
    );
    assert_eq!(
        doc.holder_names_in(&row.holders, Language::Sq.label_tags())[0],
        doc.holder(&row.holders[0])
            .expect("holder")
            .short_tr
            .find(&["sq"])
            .expect("in Albanian")
    );
}

/// A Cyrillic room with a file that has only Latin Serbian reads the Latin, not English.
#[test]
fn cyrillic_falls_back_to_latin_serbian_then_english() {
    let tr = Translations::from([("sr-Latn", "Posle 2008. godine")]);
    assert_eq!(
        tr.pick("After 2008", Language::SrCyrl.label_tags()),
        "Posle 2008. godine"
    );
    assert_eq!(
        tr.pick("After 2008", Language::Sq.label_tags()),
        "After 2008"
    );
}

#[test]
fn another_missions_file_shows_its_own_labels_in_every_language() {
    let doc = another_mission();
    assert!(!doc.has_translated_labels());
    for lang in Language::ALL {
        let tags = lang.label_tags();
        assert_eq!(doc.title_in(tags), doc.title);
        assert_eq!(doc.original.label_in(tags), "Resolution 9001 (1978)");
        assert!(matches!(doc.labels_in(tags), std::borrow::Cow::Borrowed(_)));
        let md = export_in(&doc, Format::Markdown, Options::default(), lang).expect("exports");
        let md = String::from_utf8(md).expect("utf-8");
        assert!(md.contains(&doc.title), "{lang}");
        assert!(md.contains("Resolution 9001 (1978)"), "{lang}");
    }
}

/// `--lang` exports carry the labels in that language; the English export is unchanged.
#[test]
fn exports_in_a_language_carry_its_labels() {
    let doc = builtin();
    let row = doc.row("kfor-05").expect("KFOR 5");
    for lang in [Language::Sq, Language::SrLatn, Language::SrCyrl] {
        for format in [Format::Markdown, Format::Html, Format::Csv] {
            let text = export_in(&doc, format, Options::default(), lang).expect("exports");
            let text = String::from_utf8(text).expect("utf-8");
            let title = row.title_in(lang.label_tags());
            assert!(text.contains(title), "{lang} {format:?}: no {title}");
            // The CSV has no line for the mandates.
            assert!(
                format == Format::Csv || text.contains(doc.original.label_in(lang.label_tags())),
                "{lang} {format:?}"
            );
            assert!(
                !text.contains("Resolution 1244 (1999) ("),
                "{lang} {format:?}"
            );
        }
    }
    let english =
        export_in(&doc, Format::Markdown, Options::default(), Language::En).expect("exports");
    let english = String::from_utf8(english).expect("utf-8");
    assert!(english.contains(&row.title));
    assert!(!english.contains("Rezoluta"));
}

/// A message's id, its variables and the labels among their values.
type Case = (&'static str, Vec<(String, String)>, Vec<String>);

/// The messages that take a label of the data, and the labels they take.
fn label_messages(doc: &Document, lang: Language) -> Vec<(&'static str, Vec<String>, String)> {
    let tags = lang.label_tags();
    let original = doc.original.label_in(tags).to_owned();
    let current = doc.current.label_in(tags).to_owned();
    let title = doc.title_in(tags).to_owned();
    let presence = doc.presences[0].name_in(tags).to_owned();
    let row_title = doc.rows[0].title_in(tags).to_owned();
    let args = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };
    let cases: Vec<Case> = vec![
        (
            "filter-compares",
            args(&[
                ("original", &original),
                ("original_date", "1999-06-10"),
                ("current", &current),
                ("current_date", "2008-06-15"),
            ]),
            vec![original.clone(), current.clone()],
        ),
        (
            "export-compared",
            args(&[
                ("original", &original),
                ("original_date", "1999-06-10"),
                ("current", &current),
                ("current_date", "2008-06-15"),
            ]),
            vec![original.clone(), current.clone()],
        ),
        (
            "detail-given",
            args(&[("year", "1999"), ("presence", &presence)]),
            vec![presence.clone()],
        ),
        (
            "detail-text-of",
            args(&[("mandate", &original)]),
            vec![original.clone()],
        ),
        (
            "export-qdpx-source",
            args(&[("presence", &presence)]),
            vec![presence.clone()],
        ),
        (
            "export-qdpx-description",
            args(&[
                ("title", &title),
                ("original", &original),
                ("current", &current),
            ]),
            vec![title.clone(), original.clone(), current.clone()],
        ),
        (
            "export-qdpx-description-dataset",
            args(&[
                ("title", &title),
                ("original", &original),
                ("current", &current),
                ("dataset", "unmik-1244"),
                ("release", "2026-11"),
            ]),
            vec![title.clone(), original.clone(), current.clone()],
        ),
        (
            "agreement-row-hint",
            args(&[("title", &row_title)]),
            vec![row_title.clone()],
        ),
    ];
    let mut cases = cases;
    for id in [
        "detail-wording-of",
        "export-worded",
        "detail-omits",
        "export-omits",
    ] {
        let pairs = args(&[
            ("source", "S/1999/779"),
            ("mandate", &original),
            ("text", "t"),
        ]);
        cases.push((id, pairs, vec![original.clone()]));
    }
    let mut out = Vec::new();
    for (id, pairs, labels) in cases {
        let mut values: Vec<(&str, FluentValue<'_>)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), FluentValue::from(v.as_str())))
            .collect();
        values.push(("overlap", FluentValue::from(0.5)));
        out.push((id, labels, lang.t_args(id, &values)));
    }
    out
}

/// The plural messages that take the mandate's label, for counts of each plural form.
fn plural_label_messages(
    doc: &Document,
    lang: Language,
) -> Vec<(&'static str, Vec<String>, String)> {
    let original = doc.original.label_in(lang.label_tags()).to_owned();
    let mut out = Vec::new();
    for count in [1, 2, 5, 21] {
        for (id, date) in [
            ("slide-overview-subtitle", None),
            ("export-svg-name", Some("1999-06")),
        ] {
            let mut values = vec![
                ("count", FluentValue::from(count)),
                ("mandate", FluentValue::from(original.as_str())),
            ];
            if let Some(date) = date {
                values.push(("date", FluentValue::from(date)));
                values.push(("today", FluentValue::from("2026-12-04")));
            }
            out.push((id, vec![original.clone()], lang.t_args(id, &values)));
        }
    }
    out
}

/// Whether `label` stands on its own wherever it occurs in `text`: at the start or after a
/// colon, a bracket, a quotation mark or a list's comma, and before the end or punctuation, so
/// that no word of the sentence around it needs the label in a grammatical case.
fn stands_alone(text: &str, label: &str) -> bool {
    const BEFORE: [&str; 8] = [": ", "(", "«", "„", "“", ", ", "· ", ". "];
    const AFTER: [&str; 9] = [":", " (", ")", ".", ",", ";", "»", "”", " ·"];
    let mut found = false;
    for (at, _) in text.match_indices(label) {
        found = true;
        let before = &text[..at];
        let after = &text[at + label.len()..];
        let fits_before = before.is_empty() || BEFORE.iter().any(|b| before.ends_with(b));
        let fits_after = after.is_empty() || AFTER.iter().any(|a| after.starts_with(a));
        if !(fits_before && fits_after) {
            return false;
        }
    }
    found
}

/// In every language, for the built-in data and for another mission's file, a label of the
/// data stands on its own in each message that shows it: "Teksti i Resolution 1244 (1999)"
/// or "наспрам стања after 2008" cannot happen, whatever the label says.
#[test]
fn no_message_splices_a_label_into_its_grammar() {
    let mut bad = Vec::new();
    for doc in [builtin(), another_mission()] {
        for lang in Language::ALL {
            let messages = label_messages(&doc, lang)
                .into_iter()
                .chain(plural_label_messages(&doc, lang));
            for (id, labels, text) in messages {
                for label in labels {
                    if !stands_alone(&text, &label) {
                        bad.push(format!("{lang} {id}: {label:?} in {text:?}"));
                    }
                }
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn the_check_itself_catches_a_spliced_label() {
    assert!(!stands_alone(
        "Teksti i Resolution 1244 (1999)",
        "Resolution 1244 (1999)"
    ));
    assert!(!stands_alone(
        "наспрам стања after 2008 (2008-06-15)",
        "after 2008"
    ));
    assert!(stands_alone(
        "Teksti i mandatit: Resolution 1244 (1999)",
        "Resolution 1244 (1999)"
    ));
    assert!(!stands_alone("nothing here", "Resolution"));
}

/// A file written before labels had translations opens, and one with them saves them and
/// reads them back; a file without them writes none.
#[test]
fn files_with_and_without_translations_round_trip() {
    let plain = another_mission();
    let text = io::to_ron_string(&plain).expect("writes");
    assert!(!text.contains("_tr"), "empty translations are left out");
    let mut doc = another_mission();
    doc.rows[0].title_tr = Translations::from([("sq", "Një titull"), ("sr-Latn", "Naslov")]);
    let text = io::to_ron_string(&doc).expect("writes");
    let at = text
        .find("title_tr")
        .expect("the row's translations are written");
    let written: String = text[at..].chars().take(240).collect();
    assert!(
        written
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .starts_with(r#"title_tr: { "sq": "Një titull", "sr-Latn": "Naslov", }, original:"#),
        "{written}"
    );
    let back = io::load_bytes(text.as_bytes(), "test.ron").expect("reads back");
    assert_eq!(back.rows[0].title_tr, doc.rows[0].title_tr);
    assert_eq!(back, doc.normalized());
}

/// `data/unmik-1244.ron` with each label map's `"sr-Cyrl"` entry written from its `"sr-Latn"`
/// one (added where missing, in tag order: before "sr-Latn"). Only those entries change.
fn with_cyrillic_labels(text: &str) -> String {
    const LATIN: &str = r#""sr-Latn": ""#;
    const CYRILLIC: &str = r#""sr-Cyrl": ""#;
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(at) = rest.find(LATIN) {
        let value_start = at + LATIN.len();
        let Some(len) = rest[value_start..].find('"') else {
            break;
        };
        let latin = &rest[value_start..value_start + len];
        let mut before = &rest[..at];
        // An existing Cyrillic entry sits right before the Latin one.
        if let Some(cyr) = before.rfind(CYRILLIC)
            && before[cyr..].ends_with("\", ")
            && !before[cyr + CYRILLIC.len()..before.len() - 3].contains('"')
        {
            before = &before[..cyr];
        }
        out.push_str(before);
        out.push_str(&format!("{CYRILLIC}{}\", ", latin_to_cyrillic(latin)));
        out.push_str(&rest[at..value_start + len]);
        rest = &rest[value_start + len..];
    }
    out.push_str(rest);
    out
}

/// The data file's Cyrillic labels are the transliteration of its Latin ones. With
/// UPDATE_CYRILLIC=1 they are written instead (as `i18n::` writes sr-Cyrl.ftl).
#[test]
fn the_data_files_cyrillic_labels_are_generated() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/unmik-1244.ron");
    let text = std::fs::read_to_string(&path).expect("data file");
    let generated = with_cyrillic_labels(&text);
    if std::env::var_os("UPDATE_CYRILLIC").is_some() {
        std::fs::write(&path, &generated).expect("writes the data file");
    } else {
        assert!(
            text == generated,
            "data/unmik-1244.ron: Cyrillic labels out of date; \
             run UPDATE_CYRILLIC=1 cargo test --test core labels::"
        );
    }
    assert_eq!(
        with_cyrillic_labels(r#"x_tr: {"sq": "A", "sr-Latn": "Ljudska prava"}, y: "sr-Latn""#),
        r#"x_tr: {"sq": "A", "sr-Cyrl": "Људска права", "sr-Latn": "Ljudska prava"}, y: "sr-Latn""#
    );
    assert_eq!(
        with_cyrillic_labels(r#"{"sr-Cyrl": "старо", "sr-Latn": "Obnova"}"#),
        r#"{"sr-Cyrl": "Обнова", "sr-Latn": "Obnova"}"#
    );
}

/// A room searches in its own language: the translated titles and holder names are searched.
#[test]
fn search_finds_rows_by_their_translated_labels() {
    let doc = builtin();
    let rows = |query: &str| -> Vec<String> {
        let filter = mandate_compare::model::Filter {
            text: query.to_owned(),
            ..Default::default()
        };
        filter
            .visible_rows(&doc)
            .into_iter()
            .map(|i| doc.rows[i].id.clone())
            .collect()
    };
    assert!(rows("Razminiranje").contains(&"kfor-05".to_owned()));
    assert!(rows("Çminimi").contains(&"kfor-05".to_owned()));
    assert!(rows("Разминирање").contains(&"kfor-05".to_owned()));
    assert!(rows("policia e kosoves").contains(&"unmik-09".to_owned()));
}
