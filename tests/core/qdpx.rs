//! The REFI-QDA export (.qdpx): the zip's layout; `project.qde` checked against the REFI-QDA
//! Project schema's rules (tests/fixtures/qdpx/schema-rules.txt, restated from the REFI schema)
//! by a small checker; selections that cover exactly their rows' texts, counted in characters;
//! stable, unique GUIDs; and a reader that gets the codes, codings and notes back.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::{Cursor, Read as _};
use std::path::Path;

use mandate_compare::export::{Format, Options, export};
use mandate_compare::io;
use mandate_compare::model::{
    Annotation, Assessment, Document, Responsibility, Status, Visibility,
};

/// The namespace of `project.qde`.
const NS: &str = "urn:QDA-XML:project:1.0";

fn time(text: &str) -> jiff::Timestamp {
    text.parse().expect("a timestamp")
}

fn note(
    id: &str,
    row: Option<&str>,
    author: &str,
    text: &str,
    tags: &[&str],
    visibility: Visibility,
) -> Annotation {
    Annotation {
        id: id.to_owned(),
        row: row.map(str::to_owned),
        author: author.to_owned(),
        created: time("2026-11-20T09:30:00Z"),
        modified: time("2026-11-21T10:00:00.5Z"),
        text: text.to_owned(),
        tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        visibility,
        facts_changed: None,
    }
}

/// The built-in dataset with notes of every kind (shared, private, on the whole document, on a
/// row the document does not have) and the user's own assessment of one row.
fn annotated() -> Document {
    let mut doc = io::builtin().expect("the built-in dataset loads");
    let mut earlier = note(
        "n-5",
        Some("kfor-02"),
        "Марко Јовановић",
        "KFOR still patrols the north",
        &["police"],
        Visibility::Shared,
    );
    earlier.created = time("2025-01-02T03:04:05Z");
    doc.annotations = vec![
        note(
            "n-1",
            Some("unmik-09"),
            "Ana Petrović",
            "EULEX ended its executive mandate in 2018, \"see S/2018/407\" & <more>;\nsecond line",
            &["police", "to-check"],
            Visibility::Shared,
        ),
        note(
            "n-2",
            Some("unmik-09"),
            "Ana Petrović",
            "Private: ask the OSCE about this",
            &["only-private"],
            Visibility::Private,
        ),
        note(
            "n-3",
            None,
            "Марко Јовановић",
            "On the whole comparison",
            &[],
            Visibility::Shared,
        ),
        note(
            "n-4",
            Some("unmik-99"),
            "Ana Petrović",
            "About a row this document lost",
            &["police"],
            Visibility::Shared,
        ),
        earlier,
    ];
    doc.row_mut("unmik-01").expect("unmik-01").assessment = Some(Assessment {
        status: Status::Contested,
        holders: vec!["eulex".to_owned()],
        author: "Jeta Krasniqi".to_owned(),
        modified: time("2026-10-01T12:00:00Z"),
    });
    doc
}

/// [`annotated`] with Albanian, Serbian and emoji in row texts, a paragraph and the title, a
/// row with no text and a row with no paragraph.
fn non_ascii() -> Document {
    let mut doc = annotated();
    doc.title = "Kosovë & Косово <1244>".to_owned();
    doc.rows[0].original =
        "Ë, Ç, Đ, Ђ: Prishtinë/Приштина 🇽🇰 👩‍👩‍👧 e\u{301} \"quoted\" & <tagged>\nsecond line"
            .to_owned();
    doc.rows[1].original = "🙂".to_owned();
    doc.rows[2].original = String::new();
    doc.rows[3].paragraph = String::new();
    doc.rows[4].paragraph = "11 (ë) «Ђ»".to_owned();
    doc.rows[12].original = "Ђурђевдан 🎉, Ëndërr".to_owned();
    doc
}

fn qdpx(doc: &Document, include_private: bool) -> Vec<u8> {
    export(
        doc,
        Format::Qdpx,
        Options {
            include_private,
            ..Options::default()
        },
    )
    .expect("exports")
}

/// The zip's entries, in order, as text.
fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).expect("an entry");
            let mut text = String::new();
            file.read_to_string(&mut text).expect("UTF-8 text");
            (file.name().expect("a UTF-8 name").into_owned(), text)
        })
        .collect()
}

fn project_qde(bytes: &[u8]) -> String {
    unzip(bytes)
        .into_iter()
        .find(|(name, _)| name == "project.qde")
        .expect("project.qde")
        .1
}

/// The elements named `name` in the project's namespace.
fn elements<'a, 'i>(
    xml: &'a roxmltree::Document<'i>,
    name: &'a str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'i>> + 'a {
    xml.descendants()
        .filter(move |n| n.is_element() && n.tag_name().name() == name)
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children()
        .find(|n| n.is_element() && n.tag_name().name() == name)
}

fn children<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    name: &'a str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'i>> + 'a {
    node.children()
        .filter(move |n| n.is_element() && n.tag_name().name() == name)
}

// ---------------------------------------------------------------------------------------------
// The schema checker: element order (xs:sequence, xs:choice with their occurrences), required
// and unknown attributes, and attribute values against their types (the GUID and colour
// patterns, enumerations, integers, booleans, dates), all read from the rules file.

/// One step of a content model: one element, or a choice of several, with its occurrences.
struct Particle {
    /// Element name to its type.
    names: Vec<(String, String)>,
    min: usize,
    max: Option<usize>,
}

struct Attribute {
    name: String,
    kind: String,
    required: bool,
}

struct ComplexType {
    content: Vec<Particle>,
    attributes: Vec<Attribute>,
}

/// A simple type: a pattern or a list of values.
enum Simple {
    Pattern(regex_lite::Regex),
    Values(Vec<String>),
}

struct Schema {
    root: (String, String),
    complex: HashMap<String, ComplexType>,
    simple: HashMap<String, Simple>,
}

/// "0" or "1", or "*" for unbounded.
fn occurs(text: &str) -> Option<usize> {
    (text != "*").then(|| text.parse().expect("a number of occurrences"))
}

/// "Users UsersType 0 1": one element of a content model.
fn element(text: &str) -> Particle {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [name, kind, min, max] = words[..] else {
        panic!("not an element: {text:?}");
    };
    Particle {
        names: vec![(name.to_owned(), kind.to_owned())],
        min: occurs(min).expect("a bounded minimum"),
        max: occurs(max),
    }
}

impl Schema {
    /// The schema's rules, from tests/fixtures/qdpx/schema-rules.txt (its header says how
    /// they are written).
    fn load() -> Self {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/qdpx/schema-rules.txt");
        let text = std::fs::read_to_string(path).expect("the schema rules");
        let mut schema = Self {
            root: (String::new(), String::new()),
            complex: HashMap::new(),
            simple: HashMap::new(),
        };
        let mut current: Option<String> = None;
        for line in text.lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (keyword, rest) = line.trim_start().split_once(' ').expect("a keyword");
            match keyword {
                "root" => {
                    let (name, kind) = rest.split_once(' ').expect("a name and a type");
                    schema.root = (name.to_owned(), kind.to_owned());
                }
                "type" => {
                    current = Some(rest.to_owned());
                    schema.complex.insert(
                        rest.to_owned(),
                        ComplexType {
                            content: Vec::new(),
                            attributes: Vec::new(),
                        },
                    );
                }
                "element" | "choice" | "attribute" => {
                    let owner = current.as_ref().expect("inside a type");
                    let complex = schema.complex.get_mut(owner).expect("declared");
                    match keyword {
                        "element" => complex.content.push(element(rest)),
                        "choice" => {
                            let (occurrences, options) =
                                rest.split_once(": ").expect("occurrences: options");
                            let (min, max) = occurrences.split_once(' ').expect("min max");
                            let options: Vec<Particle> =
                                options.split(" | ").map(element).collect();
                            complex.content.push(Particle {
                                // A choice whose options may all be absent may be absent itself.
                                min: if options.iter().any(|o| o.min == 0) {
                                    0
                                } else {
                                    occurs(min).expect("a bounded minimum")
                                },
                                max: occurs(max),
                                names: options.into_iter().flat_map(|o| o.names).collect(),
                            });
                        }
                        _ => {
                            let words: Vec<&str> = rest.split_whitespace().collect();
                            let [name, kind, usage] = words[..] else {
                                panic!("not an attribute: {line:?}");
                            };
                            complex.attributes.push(Attribute {
                                name: name.to_owned(),
                                kind: kind.to_owned(),
                                required: usage == "required",
                            });
                        }
                    }
                }
                "simple" => {
                    let mut words = rest.splitn(3, ' ');
                    let (name, how, value) = (
                        words.next().expect("a name"),
                        words.next().expect("pattern or values"),
                        words.next().expect("a value"),
                    );
                    let simple = if how == "pattern" {
                        // XML Schema patterns match the whole value.
                        let pattern = format!("^(?:{value})$");
                        Simple::Pattern(regex_lite::Regex::new(&pattern).expect("a regex"))
                    } else {
                        Simple::Values(value.split_whitespace().map(str::to_owned).collect())
                    };
                    schema.simple.insert(name.to_owned(), simple);
                }
                other => panic!("the schema rules have no keyword {other}"),
            }
        }
        schema
    }

    /// Every way `project.qde` breaks the schema.
    fn check(&self, qde: &str) -> Vec<String> {
        let xml = roxmltree::Document::parse(qde).expect("project.qde is well-formed XML");
        let root = xml.root_element();
        let mut errors = Vec::new();
        if root.tag_name().name() != self.root.0 || root.tag_name().namespace() != Some(NS) {
            errors.push(format!("the root is {:?}", root.tag_name()));
        }
        self.check_element(root, &self.root.1, &mut errors);
        errors
    }

    fn check_element(&self, node: roxmltree::Node, kind: &str, errors: &mut Vec<String>) {
        let at = format!(
            "<{}> (line {})",
            node.tag_name().name(),
            node.document().text_pos_at(node.range().start).row
        );
        if node.tag_name().namespace() != Some(NS) {
            errors.push(format!("{at} is not in {NS}"));
        }
        let elements: Vec<_> = node.children().filter(|n| n.is_element()).collect();
        let Some(complex) = self.complex.get(kind) else {
            if !elements.is_empty() {
                errors.push(format!(
                    "{at} is of the simple type {kind} and has elements"
                ));
            }
            return;
        };
        for attribute in node.attributes() {
            match complex
                .attributes
                .iter()
                .find(|a| a.name == attribute.name())
            {
                Some(a) if attribute.namespace().is_none() => {
                    if let Err(e) = self.check_value(&a.kind, attribute.value()) {
                        errors.push(format!("{at} {}={:?}: {e}", a.name, attribute.value()));
                    }
                }
                _ => errors.push(format!(
                    "{at} has the unknown attribute {}",
                    attribute.name()
                )),
            }
        }
        for required in complex.attributes.iter().filter(|a| a.required) {
            if node.attribute(required.name.as_str()).is_none() {
                errors.push(format!(
                    "{at} lacks the required attribute {}",
                    required.name
                ));
            }
        }
        let mut next = 0;
        for particle in &complex.content {
            let mut count = 0;
            while next < elements.len() && particle.max.is_none_or(|max| count < max) {
                let name = elements[next].tag_name().name();
                let Some((_, kind)) = particle.names.iter().find(|(n, _)| n == name) else {
                    break;
                };
                self.check_element(elements[next], kind, errors);
                next += 1;
                count += 1;
            }
            if count < particle.min {
                errors.push(format!("{at} lacks {:?}", particle.names));
            }
        }
        for extra in &elements[next..] {
            errors.push(format!(
                "{at} has <{}> where its type {kind} does not allow it (out of order or unknown)",
                extra.tag_name().name()
            ));
        }
    }

    fn check_value(&self, kind: &str, value: &str) -> Result<(), String> {
        let ok = match kind {
            "xsd:string" => true,
            "xsd:integer" => regex_lite::Regex::new(r"^[+-]?[0-9]+$").expect("regex").is_match(value),
            "xsd:boolean" => ["true", "false", "1", "0"].contains(&value),
            "xsd:dateTime" => {
                regex_lite::Regex::new(r"^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$")
                    .expect("regex")
                    .is_match(value)
            }
            named => match self.simple.get(named) {
                Some(Simple::Pattern(pattern)) => pattern.is_match(value),
                Some(Simple::Values(values)) => values.iter().any(|v| v == value),
                None => return Err(format!("the checker does not know the type {named}")),
            },
        };
        if ok {
            Ok(())
        } else {
            Err(format!("not a valid {kind}"))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A reader of the export: what a QDA tool would import.

struct CodeNode {
    name: String,
    color: Option<String>,
    codable: bool,
    children: Vec<CodeNode>,
}

struct SelectionRead {
    name: String,
    text: String,
    /// The codes applied, as paths ("Status/Transferred").
    codes: BTreeSet<String>,
    notes: Vec<String>,
    /// Where it starts and ends in the source.
    span: (usize, usize),
}

/// A note as read: its text, author's name and dates.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct NoteRead {
    text: String,
    author: String,
    created: jiff::Timestamp,
    modified: jiff::Timestamp,
}

struct ProjectRead {
    codes: Vec<CodeNode>,
    /// Per source: its name, then its selections.
    sources: Vec<(String, Vec<SelectionRead>)>,
    notes: HashMap<String, NoteRead>,
    project_notes: Vec<String>,
}

fn read_code(node: roxmltree::Node, parent: &str, paths: &mut HashMap<String, String>) -> CodeNode {
    let name = node.attribute("name").expect("name").to_owned();
    let path = if parent.is_empty() {
        name.clone()
    } else {
        format!("{parent}/{name}")
    };
    paths.insert(
        node.attribute("guid").expect("guid").to_owned(),
        path.clone(),
    );
    CodeNode {
        color: node.attribute("color").map(str::to_owned),
        codable: node.attribute("isCodable") == Some("true"),
        children: children(node, "Code")
            .map(|c| read_code(c, &path, paths))
            .collect(),
        name,
    }
}

fn refs(node: roxmltree::Node) -> Vec<String> {
    children(node, "NoteRef")
        .map(|r| r.attribute("targetGUID").expect("targetGUID").to_owned())
        .collect()
}

fn read(bytes: &[u8]) -> ProjectRead {
    let files: HashMap<String, String> = unzip(bytes).into_iter().collect();
    let xml = roxmltree::Document::parse(&files["project.qde"]).expect("well-formed");
    let root = xml.root_element();
    let users: HashMap<&str, &str> = elements(&xml, "User")
        .map(|u| {
            (
                u.attribute("guid").expect("guid"),
                u.attribute("name").expect("name"),
            )
        })
        .collect();
    let mut paths = HashMap::new();
    let codes = child(child(root, "CodeBook").expect("CodeBook"), "Codes")
        .map(|codes| {
            children(codes, "Code")
                .map(|c| read_code(c, "", &mut paths))
                .collect()
        })
        .unwrap_or_default();
    let sources = elements(&xml, "TextSource")
        .map(|source| {
            let path = source.attribute("plainTextPath").expect("plainTextPath");
            let file = path.strip_prefix("internal://").expect("an internal path");
            let text: Vec<char> = files[&format!("sources/{file}")].chars().collect();
            let mut selections: Vec<SelectionRead> = Vec::new();
            for s in children(source, "PlainTextSelection") {
                let read = {
                    let position = |name| -> usize {
                        s.attribute(name).expect(name).parse().expect("a number")
                    };
                    SelectionRead {
                        name: s.attribute("name").expect("name").to_owned(),
                        text: text[position("startPosition")..position("endPosition")]
                            .iter()
                            .collect(),
                        codes: children(s, "Coding")
                            .map(|c| {
                                let code = child(c, "CodeRef")
                                    .expect("CodeRef")
                                    .attribute("targetGUID")
                                    .expect("targetGUID");
                                paths
                                    .get(code)
                                    .cloned()
                                    .unwrap_or_else(|| format!("unknown code {code}"))
                            })
                            .collect(),
                        notes: refs(s),
                        span: (position("startPosition"), position("endPosition")),
                    }
                };
                // A row's selections by different users cover the same text: one row.
                match selections.last_mut() {
                    Some(last) if last.span == read.span => {
                        last.codes.extend(read.codes);
                        last.notes.extend(read.notes);
                    }
                    _ => selections.push(read),
                }
            }
            (
                source.attribute("name").expect("name").to_owned(),
                selections,
            )
        })
        .collect();
    let notes = elements(&xml, "Note")
        .map(|n| {
            let user = n.attribute("creatingUser").expect("creatingUser");
            (
                n.attribute("guid").expect("guid").to_owned(),
                NoteRead {
                    text: match n.attribute("plainTextPath") {
                        Some(path) => {
                            let file = path.strip_prefix("internal://").expect("internal://");
                            files[&format!("sources/{file}")].clone()
                        }
                        None => child(n, "PlainTextContent")
                            .and_then(|t| t.text())
                            .unwrap_or("")
                            .to_owned(),
                    },
                    author: users
                        .get(user)
                        .copied()
                        .unwrap_or("an unknown user")
                        .to_owned(),
                    created: time(n.attribute("creationDateTime").expect("creationDateTime")),
                    modified: time(n.attribute("modifiedDateTime").expect("modifiedDateTime")),
                },
            )
        })
        .collect();
    ProjectRead {
        codes,
        sources,
        notes,
        project_notes: refs(root),
    }
}

/// The rows in the order of the sources: each presence's rows, presences in document order.
fn rows_by_presence(doc: &Document) -> Vec<&Responsibility> {
    doc.presences
        .iter()
        .flat_map(|p| doc.rows.iter().filter(move |r| r.presence == p.id))
        .collect()
}

fn read_note(a: &Annotation) -> NoteRead {
    NoteRead {
        text: a.text.clone(),
        author: a.author.clone(),
        created: a.created,
        modified: a.modified,
    }
}

// ---------------------------------------------------------------------------------------------

#[test]
fn the_zip_holds_project_qde_and_every_source_under_sources() {
    let bytes = qdpx(&annotated(), true);
    let entries = unzip(&bytes);
    assert_eq!(
        entries[0].0, "project.qde",
        "project.qde comes first, at the root"
    );
    let xml = roxmltree::Document::parse(&entries[0].1).expect("well-formed");
    let root = xml.root_element();
    assert_eq!(root.tag_name().name(), "Project");
    assert_eq!(root.tag_name().namespace(), Some(NS));
    let named: BTreeSet<String> = elements(&xml, "TextSource")
        .chain(elements(&xml, "Note").filter(|n| n.has_attribute("plainTextPath")))
        .map(|s| {
            let path = s.attribute("plainTextPath").expect("plainTextPath");
            let file = path.strip_prefix("internal://").expect("internal://");
            assert_eq!(file, format!("{}.txt", s.attribute("guid").expect("guid")));
            format!("sources/{file}")
        })
        .collect();
    let stored: BTreeSet<String> = entries[1..].iter().map(|(name, _)| name.clone()).collect();
    assert_eq!(
        named, stored,
        "every source's and note's file is in the zip, and nothing else"
    );
    let sources = elements(&xml, "TextSource").count();
    assert_eq!(sources, 2, "one source per presence (UNMIK, KFOR)");
    assert_eq!(
        named.len(),
        sources + 3,
        "the notes on the whole document, on a lost row, and a second one by a person on a row"
    );
}

#[test]
fn project_qde_follows_the_refi_qda_project_schema() {
    let schema = Schema::load();
    let mut no_rows = annotated();
    no_rows.rows.clear();
    let mut cases = vec![
        ("built-in", io::builtin().expect("loads"), false),
        ("annotated", annotated(), false),
        ("annotated with private notes", annotated(), true),
        ("non-ASCII", non_ascii(), true),
        ("no rows", no_rows, true),
    ];
    let mut nobody = annotated();
    nobody.annotations.clear();
    nobody.rows.iter_mut().for_each(|r| r.assessment = None);
    cases.push(("no users, notes or tags", nobody, true));
    for (name, doc, include_private) in cases {
        let errors = schema.check(&project_qde(&qdpx(&doc, include_private)));
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn the_schema_checker_finds_what_the_schema_forbids() {
    let schema = Schema::load();
    let good = project_qde(&qdpx(&annotated(), true));
    assert!(schema.check(&good).is_empty());
    let guid = regex_lite::Regex::new(r#"guid="[0-9a-f-]+""#).expect("regex");
    let broken = [
        (
            "order",
            good.replacen("<Users>", "<Description>early</Description>\n<Users>", 1),
        ),
        (
            "required attribute",
            good.replacen(" isCodable=\"false\"", "", 1),
        ),
        (
            "GUID pattern",
            guid.replace(&good, r#"guid="not-a-guid""#).into_owned(),
        ),
        (
            "colour pattern",
            good.replacen("color=\"#", "color=\"#G", 1),
        ),
        (
            "integer",
            good.replacen("startPosition=\"", "startPosition=\"x", 1),
        ),
        (
            "dateTime",
            good.replacen("creationDateTime=\"2026", "creationDateTime=\"20-26", 1),
        ),
        (
            "unknown element",
            good.replacen("</CodeBook>", "<Bogus/></CodeBook>", 1),
        ),
        (
            "unknown attribute",
            good.replacen("<Users>", "<Users bogus=\"1\">", 1),
        ),
        (
            "namespace",
            good.replacen(
                "xmlns=\"urn:QDA-XML:project:1.0\"",
                "xmlns=\"urn:other\"",
                1,
            ),
        ),
    ];
    for (what, qde) in broken {
        assert_ne!(qde, good, "{what}: the test changed nothing");
        assert!(!schema.check(&qde).is_empty(), "{what} went unnoticed");
    }
}

#[test]
fn each_selection_is_exactly_its_rows_text_counted_in_characters() {
    for doc in [io::builtin().expect("loads"), non_ascii()] {
        let project = read(&qdpx(&doc, true));
        let selections: Vec<&SelectionRead> = project.sources.iter().flat_map(|(_, s)| s).collect();
        let rows = rows_by_presence(&doc);
        assert_eq!(selections.len(), doc.rows.len());
        for (selection, row) in selections.iter().zip(rows) {
            assert_eq!(selection.text, row.original, "{}", row.id);
            let name = doc.row_citation(row).unwrap_or_else(|| doc.row_label(row));
            assert_eq!(selection.name, name);
        }
    }
    let sources = read(&qdpx(&non_ascii(), true)).sources;
    let names: Vec<&str> = sources.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        ["UNMIK - S-RES-1244 (1999)", "KFOR - S-RES-1244 (1999)"],
        "names that are also file names (QualCoder copies the source under its name)"
    );
}

#[test]
fn each_row_stands_after_its_pinpoint_in_the_source_text() {
    let doc = non_ascii();
    let bytes = qdpx(&doc, false);
    let files: HashMap<String, String> = unzip(&bytes).into_iter().collect();
    let xml = roxmltree::Document::parse(&files["project.qde"]).expect("well-formed");
    let unmik = elements(&xml, "TextSource").next().expect("a source");
    let path = unmik.attribute("plainTextPath").expect("path");
    let text = &files[&format!("sources/{}", &path["internal://".len()..])];
    let rows: Vec<&Responsibility> = doc.rows.iter().filter(|r| r.presence == "unmik").collect();
    let expected: Vec<String> = rows
        .iter()
        .map(|r| {
            let pinpoint = if r.paragraph.is_empty() {
                doc.row_label(r)
            } else {
                r.paragraph.clone()
            };
            format!("{pinpoint} {}", r.original)
        })
        .collect();
    assert_eq!(*text, format!("{}\n", expected.join("\n\n")));
}

#[test]
fn guids_are_the_same_in_every_export_and_unique_in_one() {
    let doc = annotated();
    let first = qdpx(&doc, true);
    assert_eq!(first, qdpx(&doc, true), "two exports are the same bytes");
    let qde = project_qde(&first);
    let xml = roxmltree::Document::parse(&qde).expect("well-formed");
    let mut guids = HashSet::new();
    for node in xml.descendants().filter(|n| n.is_element()) {
        if let Some(guid) = node.attribute("guid") {
            assert!(guids.insert(guid), "{guid} is used twice");
        }
    }
    for node in xml.descendants().filter(|n| n.is_element()) {
        for attribute in ["targetGUID", "creatingUser", "modifyingUser"] {
            if let Some(target) = node.attribute(attribute) {
                assert!(guids.contains(target), "{attribute}={target} names nothing");
            }
        }
    }
    // GUIDs come from names, not positions: leaving the private note out changes no other GUID.
    let shared = project_qde(&qdpx(&doc, false));
    let shared = roxmltree::Document::parse(&shared).expect("well-formed");
    for node in shared.descendants().filter(|n| n.is_element()) {
        if let Some(guid) = node.attribute("guid") {
            assert!(
                guids.contains(guid),
                "{guid} differs without the private note"
            );
        }
    }
    assert!(guids.len() >= 2 * doc.rows.len() + 2 * Status::ALL.len());
}

#[test]
fn a_reader_gets_back_every_code_coding_and_note() {
    let doc = annotated();
    for include_private in [false, true] {
        let exported: Vec<&Annotation> = doc
            .annotations
            .iter()
            .filter(|a| include_private || a.visibility == Visibility::Shared)
            .collect();
        let project = read(&qdpx(&doc, include_private));

        let names =
            |codes: &[CodeNode]| -> Vec<String> { codes.iter().map(|c| c.name.clone()).collect() };
        assert_eq!(names(&project.codes), ["Status", "Own assessment", "Tags"]);
        for (group, prefix) in project.codes[..2].iter().zip(["", "Own assessment: "]) {
            assert!(!group.codable && group.color.is_none());
            let statuses: Vec<(String, Option<String>, bool)> = group
                .children
                .iter()
                .map(|c| {
                    (
                        c.name.clone(),
                        c.color.clone(),
                        c.codable && c.children.is_empty(),
                    )
                })
                .collect();
            let expected: Vec<(String, Option<String>, bool)> = Status::ALL
                .into_iter()
                .map(|s| {
                    let [r, g, b] = mandate_compare::draw::palette::status_rgb(s);
                    (
                        format!("{prefix}{}", en(s)),
                        Some(format!("#{r:02x}{g:02x}{b:02x}")),
                        true,
                    )
                })
                .collect();
            assert_eq!(statuses, expected);
        }
        let tags: BTreeSet<&String> = exported.iter().flat_map(|a| &a.tags).collect();
        let tags: Vec<String> = tags.into_iter().cloned().collect();
        assert_eq!(names(&project.codes[2].children), tags);
        // Each tag in the colour the app gives it.
        for code in &project.codes[2].children {
            let [r, g, b] = mandate_compare::draw::palette::tag_rgb(&code.name);
            assert_eq!(
                code.color,
                Some(format!("#{r:02x}{g:02x}{b:02x}")),
                "{}",
                code.name
            );
        }

        let selections: Vec<&SelectionRead> = project.sources.iter().flat_map(|(_, s)| s).collect();
        for (selection, row) in selections.iter().zip(rows_by_presence(&doc)) {
            let on_row: Vec<&&Annotation> = exported
                .iter()
                .filter(|a| a.row.as_deref() == Some(&row.id))
                .collect();
            let mut codes = BTreeSet::from([format!("Status/{}", en(row.status))]);
            if let Some(own) = &row.assessment {
                let status = en(own.status);
                codes.insert(format!("Own assessment/Own assessment: {status}"));
            }
            codes.extend(
                on_row
                    .iter()
                    .flat_map(|a| &a.tags)
                    .map(|t| format!("Tags/{t}")),
            );
            assert_eq!(selection.codes, codes, "{}", row.id);
            let mut notes: Vec<&NoteRead> =
                selection.notes.iter().map(|g| &project.notes[g]).collect();
            notes.sort();
            let mut expected: Vec<NoteRead> = on_row.iter().map(|a| read_note(a)).collect();
            expected.sort();
            assert_eq!(notes, expected.iter().collect::<Vec<_>>(), "{}", row.id);
        }
        let mut on_project: Vec<&NoteRead> = project
            .project_notes
            .iter()
            .map(|g| &project.notes[g])
            .collect();
        on_project.sort();
        let mut expected: Vec<NoteRead> = exported
            .iter()
            .filter(|a| a.row.as_deref().is_none_or(|r| doc.row(r).is_none()))
            .map(|a| read_note(a))
            .collect();
        expected.sort();
        assert_eq!(on_project, expected.iter().collect::<Vec<_>>());
        let mut all: Vec<&NoteRead> = project.notes.values().collect();
        all.sort();
        let mut expected: Vec<NoteRead> = exported.iter().map(|a| read_note(a)).collect();
        expected.sort();
        assert_eq!(all, expected.iter().collect::<Vec<_>>());
    }
}

#[test]
fn private_notes_and_their_tags_go_in_only_when_asked_for() {
    let doc = annotated();
    let private = doc.annotation("n-2").expect("n-2");
    // Everything in the zip: a note's text may be in a file of its own.
    let all = |include_private| -> String {
        unzip(&qdpx(&doc, include_private))
            .into_iter()
            .map(|(_, text)| text)
            .collect()
    };
    let (without, with) = (all(false), all(true));
    for text in [private.text.as_str(), "only-private"] {
        assert!(!without.contains(text), "{text} leaked");
        assert!(with.contains(text), "{text} is missing");
    }
    assert!(with.contains("Private note"), "a private note says so");
}

#[test]
fn the_built_in_dataset_exports() {
    let doc = io::builtin().expect("loads");
    let bytes = qdpx(&doc, false);
    let qde = project_qde(&bytes);
    let xml = roxmltree::Document::parse(&qde).expect("well-formed");
    let root = xml.root_element();
    assert_eq!(root.attribute("name"), Some(doc.title.as_str()));
    assert!(child(root, "Users").is_none() && child(root, "Notes").is_none());
    assert_eq!(elements(&xml, "PlainTextSelection").count(), doc.rows.len());
    assert_eq!(
        elements(&xml, "Coding").count(),
        doc.rows.len(),
        "one status each"
    );
    let project = read(&bytes);
    assert_eq!(project.codes.len(), 1);
    assert_eq!(project.codes[0].children.len(), Status::ALL.len());
    let counts: BTreeMap<String, usize> = project
        .sources
        .iter()
        .map(|(name, selections)| (name.clone(), selections.len()))
        .collect();
    let unmik = doc.rows.iter().filter(|r| r.presence == "unmik").count();
    assert_eq!(counts["UNMIK - S-RES-1244 (1999)"], unmik);
    assert_eq!(counts["KFOR - S-RES-1244 (1999)"], doc.rows.len() - unmik);
}

/// What QualCoder's REFI-QDA import (its `refi.py`) reads, checked on the export: it imports a
/// note as an annotation when the `TextSource` refers to it and the note holds its text and a
/// positioned selection, or as a journal entry when its text is a file named by
/// `plainTextPath`; it reads who coded from the `PlainTextSelection`; it keeps each code name
/// once; and it copies a source to a file named by the source's name.
#[test]
fn qualcoder_finds_every_note_user_and_code() {
    let mut doc = annotated();
    doc.annotation_mut("n-1").expect("n-1").text = "line one\r\nline two\rline three".to_owned();
    let bytes = qdpx(&doc, true);
    let files: HashMap<String, String> = unzip(&bytes).into_iter().collect();
    let xml = roxmltree::Document::parse(&files["project.qde"]).expect("well-formed");
    let users: HashMap<&str, &str> = elements(&xml, "User")
        .map(|u| {
            (
                u.attribute("guid").expect("guid"),
                u.attribute("name").expect("name"),
            )
        })
        .collect();

    // Code names once each (QualCoder's names are unique).
    let names: Vec<&str> = elements(&xml, "Code")
        .filter(|c| c.attribute("isCodable") == Some("true"))
        .map(|c| c.attribute("name").expect("name"))
        .collect();
    let unique: HashSet<&&str> = names.iter().collect();
    assert_eq!(unique.len(), names.len(), "{names:?}");

    // Source names that are file names everywhere.
    for source in elements(&xml, "TextSource") {
        let name = source.attribute("name").expect("name");
        assert!(
            !name.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|']),
            "{name}"
        );
    }

    // Each note, found the way QualCoder finds it.
    let mut annotations = qualcoder_annotations(&xml, &files, &users);
    annotations.sort();
    let row = |id: &str| doc.row(id).expect(id).original.clone();
    assert_eq!(
        annotations,
        [
            (
                "Ana Petrović",
                "line one\r\nline two\rline three".to_owned(),
                row("unmik-09")
            ),
            (
                "Марко Јовановић",
                "KFOR still patrols the north".to_owned(),
                row("kfor-02")
            ),
        ],
        "the notes on rows, with their carriage returns"
    );
    let mut journals: Vec<(&str, &str)> = elements(&xml, "Note")
        .filter_map(|n| {
            let path = n.attribute("plainTextPath")?;
            assert!(
                !n.attribute("name").unwrap_or_default().is_empty(),
                "a journal has a name"
            );
            let file = &files[&format!("sources/{}", path.strip_prefix("internal://")?)];
            Some((users[n.attribute("creatingUser")?], file.as_str()))
        })
        .collect();
    journals.sort();
    assert_eq!(
        journals,
        [
            ("Ana Petrović", "About a row this document lost"),
            // Her second note on the row: QualCoder holds one annotation per place and person.
            ("Ana Petrović", "Private: ask the OSCE about this"),
            ("Марко Јовановић", "On the whole comparison"),
        ]
    );
    let note_names: Vec<&str> = elements(&xml, "Note")
        .filter_map(|n| n.attribute("name"))
        .collect();
    let unique: HashSet<&&str> = note_names.iter().collect();
    assert_eq!(
        unique.len(),
        note_names.len(),
        "journal names are unique in QualCoder"
    );

    // Who coded: the selection says it, as the coding does.
    let mut owners = BTreeSet::new();
    for selection in elements(&xml, "PlainTextSelection").filter(|s| s.has_children()) {
        for coding in children(selection, "Coding") {
            assert_eq!(
                selection.attribute("creatingUser"),
                coding.attribute("creatingUser"),
                "{:?}",
                selection.attribute("guid")
            );
        }
        if let Some(user) = selection.attribute("creatingUser") {
            owners.insert(users[user]);
        }
    }
    assert_eq!(
        owners,
        BTreeSet::from(["Ana Petrović", "Jeta Krasniqi", "Марко Јовановић"])
    );
}

/// The notes QualCoder imports as annotations: those a `TextSource` refers to, each with its
/// owner's name, its text and the text it is about.
fn qualcoder_annotations<'a>(
    xml: &roxmltree::Document,
    files: &HashMap<String, String>,
    users: &HashMap<&str, &'a str>,
) -> Vec<(&'a str, String, String)> {
    let mut annotations = Vec::new();
    for source in elements(xml, "TextSource") {
        let text: Vec<char> = files
            [&format!("sources/{}.txt", source.attribute("guid").expect("guid"))]
            .chars()
            .collect();
        for reference in children(source, "NoteRef") {
            let target = reference.attribute("targetGUID").expect("targetGUID");
            let note = elements(xml, "Note")
                .find(|n| n.attribute("guid") == Some(target))
                .expect("the note referred to");
            let content = child(note, "PlainTextContent")
                .and_then(|c| c.text())
                .expect("text");
            let place = child(note, "PlainTextSelection").expect("where it is");
            let at = |name| -> usize {
                place
                    .attribute(name)
                    .expect(name)
                    .parse()
                    .expect("a number")
            };
            let owner = note.attribute("modifyingUser").expect("modifyingUser");
            let about: String = text[at("startPosition")..at("endPosition")]
                .iter()
                .collect();
            annotations.push((users[owner], content.to_owned(), about));
        }
    }
    annotations
}

/// A status's English word.
fn en(status: mandate_compare::model::Status) -> String {
    mandate_compare::i18n::status_label(mandate_compare::i18n::Language::En, status)
}
