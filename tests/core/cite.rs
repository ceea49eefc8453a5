//! The citation exports: CSL-JSON checked against the CSL data schema's facts
//! (`tests/fixtures/cite/csl-data-facts.json`) and read back with serde_json, BibTeX read back
//! with the `biblatex` crate.

use std::collections::HashSet;
use std::path::Path;

use biblatex::{Bibliography, ChunksExt as _, DateValue, Entry, EntryType, PermissiveType};
use mandate_compare::export::{Format, Options, export};
use mandate_compare::io;
use mandate_compare::model::{Document, PartialDate, Source, SourceKind};
use serde::Deserialize;
use serde_json::Value;

fn builtin() -> Document {
    io::builtin().expect("the built-in dataset loads")
}

/// The built-in dataset with its sources replaced by `sources` (the rows' citations then name
/// sources it lacks, which the exports do not look at).
fn with_sources(sources: Vec<Source>) -> Document {
    let mut doc = builtin();
    doc.sources = sources;
    doc
}

/// A primary source with a title, a publisher and nothing else.
fn source(id: &str, title: &str, publisher: &str) -> Source {
    Source {
        id: id.to_owned(),
        title: title.to_owned(),
        publisher: publisher.to_owned(),
        date: None,
        symbol: None,
        url: None,
        kind: SourceKind::Primary,
    }
}

fn exported(doc: &Document, format: Format) -> String {
    let bytes = export(doc, format, Options::default()).expect("the export is written");
    String::from_utf8(bytes).expect("the export is UTF-8")
}

// ---------------------------------------------------------------------------------------------
// CSL-JSON

/// What the CSL data schema says, as far as the fixture writes it down.
#[derive(Deserialize)]
struct CslFacts {
    required: Vec<String>,
    types: Vec<String>,
    string_variables: Vec<String>,
    number_or_string_variables: Vec<String>,
    date_variables: Vec<String>,
    name_variables: Vec<String>,
}

fn csl_facts() -> CslFacts {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cite/csl-data-facts.json");
    let text = std::fs::read_to_string(&path).expect("the CSL facts fixture is readable");
    serde_json::from_str(&text).expect("the CSL facts fixture parses")
}

/// Whether a CSL date is `{"date-parts": [[y, m, d]]}` (one or two arrays of one to three
/// integers) or `{"literal": "…"}`.
fn is_csl_date(value: &Value) -> bool {
    let Some(date) = value.as_object() else {
        return false;
    };
    let parts_ok = date.get("date-parts").is_none_or(|parts| {
        parts.as_array().is_some_and(|parts| {
            (1..=2).contains(&parts.len())
                && parts.iter().all(|part| {
                    part.as_array().is_some_and(|part| {
                        (1..=3).contains(&part.len()) && part.iter().all(Value::is_i64)
                    })
                })
        })
    });
    let literal_ok = date.get("literal").is_none_or(Value::is_string);
    (date.contains_key("date-parts") || date.contains_key("literal")) && parts_ok && literal_ok
}

/// What is wrong with one CSL item against the schema's facts; empty when nothing is.
fn csl_violations(item: &Value, facts: &CslFacts) -> Vec<String> {
    let Some(item) = item.as_object() else {
        return vec![format!("not an object: {item}")];
    };
    let mut wrong = Vec::new();
    for key in &facts.required {
        if !item.contains_key(key) {
            wrong.push(format!("no {key:?}"));
        }
    }
    let listed = |list: &[String], key: &str| list.iter().any(|name| name == key);
    for (key, value) in item {
        let fits = match key.as_str() {
            "id" => value.is_string() || value.is_number(),
            "type" => value.as_str().is_some_and(|t| listed(&facts.types, t)),
            key if listed(&facts.string_variables, key) => value.is_string(),
            key if listed(&facts.number_or_string_variables, key) => {
                value.is_string() || value.is_number()
            }
            key if listed(&facts.date_variables, key) => is_csl_date(value),
            key if listed(&facts.name_variables, key) => value
                .as_array()
                .is_some_and(|names| names.iter().all(Value::is_object)),
            _ => {
                wrong.push(format!("{key:?} is not a CSL variable"));
                continue;
            }
        };
        if !fits {
            wrong.push(format!("{key:?} has the wrong form: {value}"));
        }
    }
    wrong
}

/// Year, month and day of a date as far as known (the model has no accessor for the day).
fn date_parts(date: PartialDate) -> Vec<u16> {
    let text = date.to_string();
    text.split('-')
        .map(|part| part.parse().expect("a number"))
        .collect()
}

fn csl_items(doc: &Document) -> Vec<Value> {
    let json = exported(doc, Format::CslJson);
    let value: Value = serde_json::from_str(&json).expect("the CSL-JSON parses");
    value.as_array().expect("CSL-JSON is an array").clone()
}

/// The CSL type the export gives each of `sources`.
fn csl_types(sources: Vec<Source>) -> Vec<String> {
    csl_items(&with_sources(sources))
        .iter()
        .map(|item| item["type"].as_str().expect("a type").to_owned())
        .collect()
}

#[test]
fn csl_items_meet_the_csl_data_schema() {
    let facts = csl_facts();
    assert!(facts.types.contains(&"legislation".to_owned()) && facts.types.len() > 40);
    let items = csl_items(&builtin());
    assert!(!items.is_empty());
    for item in &items {
        let wrong = csl_violations(item, &facts);
        assert!(wrong.is_empty(), "{item}: {wrong:?}");
    }
}

#[test]
fn csl_schema_check_rejects_what_the_schema_does_not_allow() {
    let facts = csl_facts();
    let good = serde_json::json!({
        "id": "a", "type": "report", "title": "T", "number": 3,
        "issued": {"date-parts": [[2008, 6]]}, "author": [{"literal": "UN"}]
    });
    assert_eq!(csl_violations(&good, &facts), Vec::<String>::new());
    let bad = [
        serde_json::json!({"type": "report"}),
        serde_json::json!({"id": "a", "type": "press-release"}),
        serde_json::json!({"id": "a", "type": "report", "authority": null}),
        serde_json::json!({"id": "a", "type": "report", "issued": {"date-parts": [[2008, 6, 15, 1]]}}),
        serde_json::json!({"id": "a", "type": "report", "issued": {"date-parts": [["2008"]]}}),
        serde_json::json!({"id": "a", "type": "report", "issued": "2008"}),
        serde_json::json!({"id": "a", "type": "report", "author": "UN"}),
        serde_json::json!({"id": "a", "type": "report", "publisher-name": "UN"}),
        serde_json::json!({"id": ["a"], "type": "report"}),
    ];
    for item in &bad {
        assert!(!csl_violations(item, &facts).is_empty(), "{item} passed");
    }
}

#[test]
fn csl_has_every_source_once_in_order_with_its_symbol_as_number() {
    let doc = builtin();
    let items = csl_items(&doc);
    assert_eq!(items.len(), doc.sources.len());
    for (item, source) in items.iter().zip(&doc.sources) {
        assert_eq!(item["id"], source.id.as_str());
        assert_eq!(item["title"], source.title.as_str());
        assert_eq!(
            item.get("number").and_then(Value::as_str),
            source.symbol.as_deref(),
            "{item}"
        );
        assert_eq!(
            item.get("URL").and_then(Value::as_str),
            source.url.as_deref(),
            "{item}"
        );
        assert_eq!(
            item["author"],
            serde_json::json!([{ "literal": source.publisher }]),
            "the issuing body is the author: {item}"
        );
        assert!(item.get("publisher").is_none() && item.get("authority").is_none());
        let parts = source.date.map(|date| {
            let parts: Vec<u64> = date_parts(date).into_iter().map(u64::from).collect();
            serde_json::json!({ "date-parts": [parts] })
        });
        assert_eq!(item.get("issued"), parts.as_ref(), "{item}");
        let secondary = source.kind == SourceKind::Secondary;
        assert_eq!(
            item.get("note").and_then(Value::as_str),
            secondary.then_some("Secondary source"),
            "{item}"
        );
    }
    let ids: HashSet<&str> = items.iter().filter_map(|i| i["id"].as_str()).collect();
    assert_eq!(ids.len(), doc.sources.len(), "an id twice");
}

#[test]
fn csl_leaves_out_what_a_source_does_not_have() {
    let items = csl_items(&with_sources(vec![source("bare", "A page", "")]));
    let keys: Vec<&str> = items[0]
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    // serde_json's map is sorted by key.
    assert_eq!(keys, ["id", "title", "type"]);
    assert_eq!(items[0]["type"], "document");
}

/// Symbol and address of typical sources, and the CSL type each should get: a document with a
/// symbol is a report (Chicago and APA print its number), a page without one a webpage.
const TYPICAL: [(Option<&str>, Option<&str>, &str); 6] = [
    (
        Some("S/RES/1244 (1999)"),
        Some("https://undocs.org/S/RES/1244(1999)"),
        "report",
    ),
    (Some("Law No. 04/L-076"), None, "report"),
    (
        Some("I.C.J. Reports 2010, p. 403"),
        Some("https://www.icj-cij.org/case/141"),
        "report",
    ),
    (Some(" "), Some("https://gjk-ks.org/en/"), "webpage"),
    (
        None,
        Some("https://www.apnews.com/c1a1358983834b3c823c71e27b4cb271"),
        "webpage",
    ),
    (None, None, "document"),
];

#[test]
fn csl_types_of_typical_symbols() {
    let sources = TYPICAL
        .iter()
        .map(|&(symbol, url, _)| Source {
            symbol: symbol.map(str::to_owned),
            url: url.map(str::to_owned),
            ..source("x", "A title", "United Nations Security Council")
        })
        .collect();
    let expected: Vec<&str> = TYPICAL.iter().map(|case| case.2).collect();
    assert_eq!(csl_types(sources), expected);
}

#[test]
fn csl_types_of_the_dataset() {
    let doc = builtin();
    let items = csl_items(&doc);
    let type_of = |id: &str| {
        let item = items.iter().find(|i| i["id"] == id).expect(id);
        item["type"].as_str().expect("a type").to_owned()
    };
    for (id, expected) in [
        ("s-res-1244", "report"),
        ("a-res-64-298", "report"),
        ("kosovo-law-04-l-076", "report"),
        ("kosovo-constitution", "webpage"),
        ("s-2008-354", "report"),
        ("icj-2010", "report"),
        ("s-1999-987", "report"),
        ("dw-2003-02-06", "webpage"),
    ] {
        assert_eq!(type_of(id), expected, "{id}");
    }
}

// ---------------------------------------------------------------------------------------------
// Rendered by a citation processor (hayagriva, with the CSL styles it ships)

/// Each entry's key with its in-text citation and bibliography entry ("(… 1999) | …"), as
/// `style` renders `entries` in plain text. A macro because hayagriva's entry trait is not
/// public: it works for CSL-JSON items and for entries read from BibTeX alike.
macro_rules! rendered {
    ($entries:expr, $keys:expr, $style:expr) => {{
        use hayagriva::citationberg::Style;
        use hayagriva::{BibliographyDriver, BibliographyRequest, BufWriteFormat, CitationItem};
        let entries = $entries;
        let Style::Independent(style) = $style.get() else {
            panic!("an independent style");
        };
        let locales = hayagriva::archive::locales();
        let mut driver = BibliographyDriver::new();
        for entry in entries {
            driver.citation(hayagriva::CitationRequest::from_items(
                vec![CitationItem::with_entry(entry)],
                &style,
                &locales,
            ));
        }
        let result = driver.finish(BibliographyRequest {
            style: &style,
            locale: None,
            locale_files: &locales,
        });
        let plain = |children: &hayagriva::ElemChildren| {
            let mut text = String::new();
            children
                .write_buf(&mut text, BufWriteFormat::Plain)
                .expect("writes to a string");
            text
        };
        let citations: Vec<String> = result
            .citations
            .iter()
            .map(|c| plain(&c.citation))
            .collect();
        assert_eq!(citations.len(), entries.len(), "a citation for every entry");
        let bibliography = result.bibliography.expect("a bibliography").items;
        assert_eq!(bibliography.len(), entries.len(), "every entry listed");
        // The citations come in the order of the entries, whose keys are `$keys`.
        let keys: Vec<String> = $keys;
        bibliography
            .iter()
            .map(|item| {
                let at = keys
                    .iter()
                    .position(|k| *k == item.key)
                    .expect("an entry of ours");
                let entry = plain(&item.content);
                (item.key.clone(), format!("{} | {entry}", citations[at]))
            })
            .collect::<Vec<(String, String)>>()
    }};
}
/// The rendered citation and entry of `key`.
fn entry_of<'a>(rendered: &'a [(String, String)], key: &str) -> &'a str {
    &rendered.iter().find(|(k, _)| k == key).expect(key).1
}

const ICJ: &str = "Accordance with International Law of the Unilateral Declaration of Independence in Respect of Kosovo";

#[test]
fn csl_export_reads_as_citations_in_chicago_and_apa() {
    use hayagriva::archive::ArchivedStyle::{AmericanPsychologicalAssociation, ChicagoAuthorDate};
    let json = exported(&builtin(), Format::CslJson);
    let items: Vec<hayagriva::citationberg::json::Item> =
        serde_json::from_str(&json).expect("CSL-JSON items");
    let keys = || -> Vec<String> {
        let values: Vec<Value> = serde_json::from_str(&json).expect("JSON");
        values
            .iter()
            .map(|v| v["id"].as_str().expect("an id").to_owned())
            .collect()
    };
    let chicago = rendered!(&items, keys(), ChicagoAuthorDate);
    let apa = rendered!(&items, keys(), AmericanPsychologicalAssociation);
    for (style, rendered) in [("Chicago", &chicago), ("APA", &apa)] {
        let resolution = entry_of(rendered, "s-res-1244");
        let report = entry_of(rendered, "s-2008-692");
        let opinion = entry_of(rendered, "icj-2010");
        for (entry, issuer, symbol) in [
            (
                resolution,
                "United Nations Security Council",
                "S/RES/1244 (1999)",
            ),
            (report, "United Nations Secretary-General", "S/2008/692"),
            (
                opinion,
                "International Court of Justice",
                "I.C.J. Reports 2010, p. 403",
            ),
        ] {
            let (cite, full) = entry.split_once(" | ").expect("a citation and an entry");
            assert!(
                cite.contains(issuer),
                "{style}: cited by its issuer: {entry}"
            );
            assert!(
                full.starts_with(issuer),
                "{style}: the issuer first: {entry}"
            );
            assert!(
                full.contains(symbol),
                "{style}: the symbol printed: {entry}"
            );
            assert!(
                !full.contains("Pub. L."),
                "{style}: not a US public law: {entry}"
            );
        }
        assert!(opinion.contains(ICJ), "{style}: {opinion}");
        assert!(
            opinion.contains("icj-cij.org"),
            "{style}: its address: {opinion}"
        );
    }
}

#[test]
fn bibtex_export_reads_as_citations_with_the_symbol() {
    use hayagriva::archive::ArchivedStyle::ChicagoAuthorDate;
    let bib = exported(&builtin(), Format::Bibtex);
    let library = hayagriva::io::from_biblatex_str(&bib).expect("hayagriva reads the export");
    let entries: Vec<hayagriva::Entry> = library.iter().cloned().collect();
    let keys = entries.iter().map(|e| e.key().to_owned()).collect();
    let chicago = rendered!(&entries, keys, ChicagoAuthorDate);
    let resolution = entry_of(&chicago, "s-res-1244");
    assert!(
        resolution.starts_with("(United Nations Security Council 1999"),
        "{resolution}"
    );
    assert!(resolution.contains("S/RES/1244 (1999)"), "{resolution}");
    let report = entry_of(&chicago, "s-2008-692");
    assert!(report.contains("S/2008/692"), "{report}");
}

// ---------------------------------------------------------------------------------------------
// BibTeX

fn bibliography(doc: &Document) -> (String, Bibliography) {
    let bib = exported(doc, Format::Bibtex);
    let parsed = Bibliography::parse(&bib).unwrap_or_else(|e| panic!("{e:?} in\n{bib}"));
    (bib, parsed)
}

/// A field's text as the parser reads it (escapes resolved, protecting braces dropped).
fn field(entry: &Entry, name: &str) -> Option<String> {
    entry.get(name).map(|chunks| chunks.format_verbatim())
}

/// Whether every value's braces balance, counting escaped ones too (BibTeX does).
fn braces_balance(bib: &str) -> bool {
    let mut depth = 0_i64;
    for c in bib.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

#[test]
fn bibtex_reads_back_every_source_once() {
    let doc = builtin();
    let (bib, parsed) = bibliography(&doc);
    assert!(braces_balance(&bib));
    assert_eq!(parsed.len(), doc.sources.len());
    let csl = csl_items(&doc);
    for ((entry, source), item) in parsed.iter().zip(&doc.sources).zip(&csl) {
        // The dataset's ids are BibTeX-safe already, so they are the keys.
        assert_eq!(entry.key, source.id);
        let _ = item;
        // biblatex's standard types that print what the source has: the symbol (`number`) in
        // `@manual`, the address in `@online`.
        let expected_type = match (&source.symbol, &source.url) {
            (Some(_), _) => EntryType::Manual,
            (None, Some(_)) => EntryType::Online,
            (None, None) => EntryType::Misc,
        };
        assert_eq!(entry.entry_type, expected_type, "{}", entry.key);
        assert_eq!(
            field(entry, "title").as_deref(),
            Some(source.title.as_str())
        );
        assert_eq!(
            field(entry, "author").as_deref(),
            Some(source.publisher.as_str())
        );
        assert_corporate_author(entry, &source.publisher);
        assert_eq!(field(entry, "number").as_deref(), source.symbol.as_deref());
        // The address as written, but non-ASCII characters percent-encoded (UTF-8), which
        // classic BibTeX would garble.
        let url = source.url.as_deref().map(|url| {
            url.chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        let mut buffer = [0; 4];
                        c.encode_utf8(&mut buffer)
                            .bytes()
                            .map(|b| format!("%{b:02X}"))
                            .collect()
                    }
                })
                .collect::<String>()
        });
        assert_eq!(field(entry, "url"), url);
        assert!(field(entry, "url").is_none_or(|u| u.is_ascii()));
        let secondary = source.kind == SourceKind::Secondary;
        assert_eq!(
            field(entry, "note").as_deref(),
            secondary.then_some("Secondary source")
        );
        if let Some(date) = source.date {
            check_dates(entry, date);
        } else {
            // biblatex's data model wants a date on every entry; the extended date format's
            // "year not specified" says the date is not known (and biblatex prints nothing).
            assert_eq!(
                field(entry, "date").as_deref(),
                Some("XXXX"),
                "{}",
                entry.key
            );
            assert!(entry.get("year").is_none(), "{}", entry.key);
        }
    }
}

/// The author is one name, the whole publisher, not split into given and family names.
fn assert_corporate_author(entry: &Entry, publisher: &str) {
    let authors = entry.author().expect("an author");
    assert_eq!(authors.len(), 1, "{}: {authors:?}", entry.key);
    assert_eq!(authors[0].name, publisher, "{}: {authors:?}", entry.key);
    assert!(
        authors[0].given_name.is_empty(),
        "{}: {authors:?}",
        entry.key
    );
}

/// `date` reads back as the source's date, and `year` and `month` alone do too.
fn check_dates(entry: &Entry, date: PartialDate) {
    let at = |entry: &Entry| match entry.date() {
        Ok(PermissiveType::Typed(biblatex::Date {
            value: DateValue::At(at),
            ..
        })) => at,
        other => panic!("{}: {other:?}", entry.key),
    };
    let full = at(entry);
    // The crate counts months and days from zero.
    assert_eq!(full.year, i32::from(date.year()), "{}", entry.key);
    assert_eq!(full.month.map(|m| m + 1), date.month(), "{}", entry.key);
    let day = date_parts(date)
        .get(2)
        .map(|&d| u8::try_from(d).expect("a day"));
    assert_eq!(full.day.map(|d| d + 1), day, "{}", entry.key);
    let mut classic = entry.clone();
    classic.fields.remove("date");
    let year_month = at(&classic);
    assert_eq!(year_month.year, i32::from(date.year()), "{}", entry.key);
    assert_eq!(
        year_month.month.map(|m| m + 1),
        date.month(),
        "{}",
        entry.key
    );
}

#[test]
fn bibtex_keys_are_safe_and_unique_when_ids_collide() {
    let ids = [
        "s-2008-354",
        "s-2008/354",
        "s-2008 354",
        "S-2008-354",
        "s-2008-354-2",
        "",
        "{}",
        "ćevap",
        "cevap",
        "Đurić, Ivan",
        "a%b#c~d\\e",
    ];
    let doc = with_sources(ids.iter().map(|id| source(id, "A title", "UN")).collect());
    let (bib, parsed) = bibliography(&doc);
    assert_eq!(parsed.len(), ids.len(), "{bib}");
    let keys: Vec<&str> = parsed.iter().map(|e| e.key.as_str()).collect();
    let lower: HashSet<String> = keys.iter().map(|k| k.to_lowercase()).collect();
    assert_eq!(lower.len(), keys.len(), "{keys:?}");
    assert_eq!(keys[0], "s-2008-354");
    for key in &keys {
        assert!(
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')),
            "{key:?}"
        );
    }
}

#[test]
fn bibtex_special_characters_and_non_ascii_round_trip() {
    let title = "Braces {x} and } then {, 100% & $5 #1 under_score back\\slash a~b 2^3 -- \
                 UNMIK in Kosovo: Ëlla, Çarshia, Đakovica, Ćuprija, Приштина";
    let publisher = "Ministry of Internal Affairs of Kosovo, Emergency Management Agency & {Co}";
    let special = Source {
        symbol: Some("Law No. 04/L-076_%#".to_owned()),
        url: Some("http://example.org/?a=1&b=2%20c#x_y~z".to_owned()),
        date: Some("2008-06-15".parse().expect("a date")),
        kind: SourceKind::Secondary,
        ..source("special", title, publisher)
    };
    let doc = with_sources(vec![special]);
    let (bib, parsed) = bibliography(&doc);
    assert!(braces_balance(&bib), "{bib}");
    assert!(bib.contains("{UNMIK}") && bib.contains("{Kosovo}"), "{bib}");
    assert!(
        bib.contains("Ëlla") && bib.contains("Приштина"),
        "non-ASCII as UTF-8: {bib}"
    );
    let title_line = bib
        .lines()
        .find(|line| line.trim_start().starts_with("title = "))
        .expect("a title line");
    for escaped in [
        "\\textbraceleft{}x\\textbraceright{}",
        "100\\%",
        "\\&",
        "\\$5",
        "\\#1",
        "under\\_score",
        "back\\textbackslash{}slash",
        "a\\textasciitilde{}b",
        "2\\textasciicircum{}3",
        "-{}-",
    ] {
        assert!(
            title_line.contains(escaped),
            "{escaped} not in {title_line}"
        );
    }
    // With the escapes taken out, no special character is left bare.
    let mut bare = title_line.to_owned();
    for escape in [
        "textbraceleft{}",
        "textbraceright{}",
        "textbackslash{}",
        "textasciitilde{}",
        "textasciicircum{}",
        "%",
        "&",
        "$",
        "#",
        "_",
    ] {
        bare = bare.replace(&format!("\\{escape}"), "");
    }
    assert!(
        !bare.contains(['\\', '%', '&', '$', '#', '_', '^', '~']),
        "{bare}"
    );
    let entry = parsed.get("special").expect("the entry");
    assert_eq!(entry.entry_type, EntryType::Manual);
    assert_eq!(field(entry, "title").as_deref(), Some(title));
    assert_eq!(field(entry, "author").as_deref(), Some(publisher));
    assert_corporate_author(entry, publisher);
    assert_eq!(
        field(entry, "number").as_deref(),
        Some("Law No. 04/L-076_%#")
    );
    assert_eq!(field(entry, "url").as_deref(), special_url(&doc));
    assert_eq!(field(entry, "note").as_deref(), Some("Secondary source"));
}

fn special_url(doc: &Document) -> Option<&str> {
    doc.sources[0].url.as_deref()
}

#[test]
fn bibtex_of_no_sources_is_empty() {
    let (bib, parsed) = bibliography(&with_sources(Vec::new()));
    assert_eq!(bib, "");
    assert_eq!(parsed.len(), 0);
}
