//! A REFI-QDA project (.qdpx), the exchange format of QDA tools (QualCoder, ATLAS.ti, NVivo,
//! MAXQDA): a zip holding `project.qde`, XML in the `urn:QDA-XML:project:1.0` namespace that
//! follows the REFI-QDA Project schema (`Project-mrt2019.xsd`), and the text sources under
//! `sources/`, which `project.qde` names as `internal://<guid>.txt`.
//!
//! Each presence's responsibilities (UNMIK's, KFOR's) become one text source: their 1999
//! texts, one paragraph each, after the paragraph's pinpoint ("11 (a)"). Each row is a
//! selection of exactly its text, named by its citation and coded with its status, the user's
//! own status and the tags of its notes; the notes are `Note`s that the selection refers to.
//! Positions count characters (Unicode code points) of the source text, the end exclusive.
//! GUIDs are UUID v5 of stable names (row id, code name, note id, user name), so every export
//! of the same document has the same GUIDs.

mod xml;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::{Cursor, Write as _};

use uuid::Uuid;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use self::xml::Xml;
use super::{Options, hex};
use crate::i18n::{FluentValue, Language, status_description, status_label};
use crate::model::{Annotation, Document, Responsibility, Status, Visibility, tag_rgb};

/// The namespace of `project.qde`.
const NAMESPACE: &str = "urn:QDA-XML:project:1.0";

/// The document as a REFI-QDA project: a zip with `project.qde` and the sources; the code
/// book's names, descriptions and the notes' names in `lang` (the GUIDs are named by the English
/// words and ids, so they are the same in every language).
pub(super) fn export(doc: &Document, options: Options, lang: Language) -> std::io::Result<Vec<u8>> {
    let project = Project::new(doc, options, lang);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let file = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip_time(project.modified));
    zip.start_file("project.qde", file)?;
    zip.write_all(project.xml(doc).as_bytes())?;
    for source in &project.sources {
        zip.start_file(format!("sources/{}.txt", source.guid), file)?;
        zip.write_all(source.text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// GUIDs named by stable strings: the same name gives the same GUID in every export.
struct Guids {
    namespace: Uuid,
    used: HashSet<Uuid>,
}

impl Guids {
    fn new() -> Self {
        Self {
            namespace: Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:mandate-compare:refi-qda"),
            used: HashSet::new(),
        }
    }

    /// The GUID named `key` ("row:unmik-09"). A key given twice (two rows with one id) gets
    /// "#2", "#3"… appended, so GUIDs stay unique within an export.
    fn make(&mut self, key: &str) -> String {
        let mut id = Uuid::new_v5(&self.namespace, key.as_bytes());
        let mut n = 1;
        while !self.used.insert(id) {
            n += 1;
            id = Uuid::new_v5(&self.namespace, format!("{key}#{n}").as_bytes());
        }
        id.hyphenated().to_string()
    }
}

/// A code of the code book, with its children.
struct Code {
    guid: String,
    name: String,
    /// `#RRGGBB`.
    color: Option<String>,
    description: String,
    codable: bool,
    children: Vec<Code>,
}

/// The code book and the GUIDs of the codes that rows are coded with.
struct CodeBook {
    codes: Vec<Code>,
    status: BTreeMap<Status, String>,
    own: BTreeMap<Status, String>,
    tags: BTreeMap<String, String>,
}

/// A text source: one presence's responsibilities.
struct TextSource<'a> {
    guid: String,
    name: String,
    description: String,
    text: String,
    selections: Vec<Selection<'a>>,
}

/// A row as a selection of its source's text.
struct Selection<'a> {
    guid: String,
    row: &'a Responsibility,
    name: String,
    /// Characters before the row's text.
    start: usize,
    /// Characters up to the end of the row's text.
    end: usize,
    codings: Vec<Coding>,
    /// The GUIDs of the notes on the row.
    notes: Vec<String>,
}

/// A code applied to a selection.
struct Coding {
    guid: String,
    code: String,
    user: Option<String>,
    at: Option<jiff::Timestamp>,
    /// The GUIDs of the notes the coding comes from (a tag's notes).
    notes: Vec<String>,
}

/// A note that goes into the export.
struct Note<'a> {
    guid: String,
    note: &'a Annotation,
    name: String,
}

/// Everything `project.qde` says, with its GUIDs.
struct Project<'a> {
    /// User name to GUID.
    users: BTreeMap<String, String>,
    code_book: CodeBook,
    sources: Vec<TextSource<'a>>,
    notes: Vec<Note<'a>>,
    /// The GUIDs of the notes on the whole document and on rows it does not have.
    project_notes: Vec<String>,
    /// The latest change the export carries (a note, an assessment).
    modified: Option<jiff::Timestamp>,
    /// The language of the code book and the descriptions.
    lang: Language,
}

impl<'a> Project<'a> {
    fn new(doc: &'a Document, options: Options, lang: Language) -> Self {
        let mut guids = Guids::new();
        let exported: Vec<&Annotation> = doc
            .annotations
            .iter()
            .filter(|a| options.shows(a))
            .collect();
        let mut users = BTreeMap::new();
        let authors = exported.iter().map(|a| &a.author).chain(
            doc.rows
                .iter()
                .filter_map(|r| r.assessment.as_ref().map(|a| &a.author)),
        );
        for author in authors.collect::<BTreeSet<_>>() {
            users.insert(author.clone(), guids.make(&format!("user:{author}")));
        }
        let code_book = code_book(doc, &exported, &mut guids, lang);
        let notes: Vec<Note> = exported
            .iter()
            .map(|note| Note {
                guid: guids.make(&format!("note:{}", note.id)),
                note,
                name: note_name(doc, note, lang),
            })
            .collect();
        let rows: HashSet<&str> = doc.rows.iter().map(|r| r.id.as_str()).collect();
        let project_notes = notes
            .iter()
            .filter(|n| n.note.row.as_deref().is_none_or(|r| !rows.contains(r)))
            .map(|n| n.guid.clone())
            .collect();
        let mut project = Self {
            users,
            code_book,
            sources: Vec::new(),
            notes,
            project_notes,
            modified: exported
                .iter()
                .map(|a| a.modified)
                .chain(
                    doc.rows
                        .iter()
                        .filter_map(|r| Some(r.assessment.as_ref()?.modified)),
                )
                .max(),
            lang,
        };
        project.sources = project.text_sources(doc, &mut guids);
        project
    }

    /// One text source per presence, in the document's order; rows of a presence the document
    /// does not list get a source of their own after them.
    fn text_sources(&self, doc: &'a Document, guids: &mut Guids) -> Vec<TextSource<'a>> {
        let mut groups: Vec<(&str, Vec<&Responsibility>)> = doc
            .presences
            .iter()
            .map(|p| (p.id.as_str(), Vec::new()))
            .collect();
        for row in &doc.rows {
            match groups.iter_mut().find(|(id, _)| *id == row.presence) {
                Some((_, rows)) => rows.push(row),
                None => groups.push((&row.presence, vec![row])),
            }
        }
        let mut notes_by_row: HashMap<&str, Vec<&Note>> = HashMap::new();
        for note in &self.notes {
            if let Some(row) = note.note.row.as_deref() {
                notes_by_row.entry(row).or_default().push(note);
            }
        }
        groups
            .into_iter()
            .filter(|(_, rows)| !rows.is_empty())
            .map(|(presence, rows)| {
                let guid = guids.make(&format!("source:{presence}"));
                let (short, long) = match doc.presence(presence) {
                    Some(p) => (p.short.as_str(), p.name.as_str()),
                    None => (presence, presence),
                };
                let name = format!("{}: {short}", doc.mandate_citation());
                let description = self.lang.t_args(
                    "export-qdpx-source",
                    &[("presence", FluentValue::from(long))],
                );
                let (text, spans) = source_text(doc, &rows);
                let selections = rows
                    .into_iter()
                    .zip(spans)
                    .map(|(row, (start, end))| {
                        let notes = notes_by_row
                            .get(row.id.as_str())
                            .map_or(&[][..], Vec::as_slice);
                        self.selection(doc, row, (start, end), notes, guids)
                    })
                    .collect();
                TextSource {
                    guid,
                    name,
                    description,
                    text,
                    selections,
                }
            })
            .collect()
    }

    /// A row's selection, coded with its status, the user's own status and its notes' tags.
    fn selection(
        &self,
        doc: &Document,
        row: &'a Responsibility,
        (start, end): (usize, usize),
        notes: &[&Note],
        guids: &mut Guids,
    ) -> Selection<'a> {
        let book = &self.code_book;
        let mut codings = vec![Coding {
            guid: guids.make(&format!("coding:{}:status", row.id)),
            code: book.status[&row.status].clone(),
            user: None,
            at: None,
            notes: Vec::new(),
        }];
        if let Some(own) = &row.assessment {
            codings.push(Coding {
                guid: guids.make(&format!("coding:{}:own", row.id)),
                code: book.own[&own.status].clone(),
                user: self.users.get(&own.author).cloned(),
                at: Some(own.modified),
                notes: Vec::new(),
            });
        }
        let mut tagged: BTreeMap<&str, Vec<&Note>> = BTreeMap::new();
        for note in notes {
            for tag in &note.note.tags {
                tagged.entry(tag).or_default().push(note);
            }
        }
        for (tag, notes) in tagged {
            let first = notes.iter().min_by_key(|n| n.note.created).map(|n| n.note);
            codings.push(Coding {
                guid: guids.make(&format!("coding:{}:tag:{tag}", row.id)),
                code: book.tags[tag].clone(),
                user: first.and_then(|n| self.users.get(&n.author).cloned()),
                at: first.map(|n| n.created),
                notes: dedup(notes.iter().map(|n| n.guid.clone())),
            });
        }
        Selection {
            guid: guids.make(&format!("row:{}", row.id)),
            row,
            name: doc.row_citation(row).unwrap_or_else(|| doc.row_label(row)),
            start,
            end,
            codings,
            notes: dedup(notes.iter().map(|n| n.guid.clone())),
        }
    }

    /// `project.qde`: the elements in the order of the schema's sequences.
    fn xml(&self, doc: &Document) -> String {
        let mut xml = Xml::new();
        let origin = concat!("Mandate Compare ", env!("CARGO_PKG_VERSION"));
        let modified = self.modified.map(|t| t.to_string());
        xml.open(
            "Project",
            &[
                ("xmlns", Some(NAMESPACE)),
                ("name", Some(&doc.title)),
                ("origin", Some(origin)),
                ("modifiedDateTime", modified.as_deref()),
            ],
        );
        if !self.users.is_empty() {
            xml.open("Users", &[]);
            for (name, guid) in &self.users {
                xml.empty("User", &[("guid", Some(guid)), ("name", Some(name))]);
            }
            xml.close("Users");
        }
        xml.open("CodeBook", &[]);
        xml.open("Codes", &[]);
        for code in &self.code_book.codes {
            write_code(&mut xml, code);
        }
        xml.close("Codes");
        xml.close("CodeBook");
        if !self.sources.is_empty() {
            xml.open("Sources", &[]);
            for source in &self.sources {
                self.write_source(&mut xml, source);
            }
            xml.close("Sources");
        }
        if !self.notes.is_empty() {
            xml.open("Notes", &[]);
            for note in &self.notes {
                self.write_note(&mut xml, note);
            }
            xml.close("Notes");
        }
        xml.text("Description", &project_description(doc, self.lang));
        for guid in &self.project_notes {
            xml.empty("NoteRef", &[("targetGUID", Some(guid))]);
        }
        xml.close("Project");
        xml.finish()
    }

    fn write_source(&self, xml: &mut Xml, source: &TextSource) {
        let path = format!("internal://{}.txt", source.guid);
        xml.open(
            "TextSource",
            &[
                ("guid", Some(&source.guid)),
                ("name", Some(&source.name)),
                ("plainTextPath", Some(&path)),
            ],
        );
        xml.text("Description", &source.description);
        for selection in &source.selections {
            let (start, end) = (selection.start.to_string(), selection.end.to_string());
            xml.open(
                "PlainTextSelection",
                &[
                    ("guid", Some(&selection.guid)),
                    ("name", Some(&selection.name)),
                    ("startPosition", Some(&start)),
                    ("endPosition", Some(&end)),
                ],
            );
            xml.text("Description", &selection.row.title);
            for coding in &selection.codings {
                let at = coding.at.map(|t| t.to_string());
                xml.open(
                    "Coding",
                    &[
                        ("guid", Some(&coding.guid)),
                        ("creatingUser", coding.user.as_deref()),
                        ("creationDateTime", at.as_deref()),
                    ],
                );
                xml.empty("CodeRef", &[("targetGUID", Some(&coding.code))]);
                for note in &coding.notes {
                    xml.empty("NoteRef", &[("targetGUID", Some(note))]);
                }
                xml.close("Coding");
            }
            for note in &selection.notes {
                xml.empty("NoteRef", &[("targetGUID", Some(note))]);
            }
            xml.close("PlainTextSelection");
        }
        xml.close("TextSource");
    }

    fn write_note(&self, xml: &mut Xml, note: &Note) {
        let a = note.note;
        let (created, modified) = (a.created.to_string(), a.modified.to_string());
        xml.open(
            "Note",
            &[
                ("guid", Some(&note.guid)),
                ("name", Some(&note.name)),
                (
                    "creatingUser",
                    self.users.get(&a.author).map(String::as_str),
                ),
                ("creationDateTime", Some(&created)),
                ("modifiedDateTime", Some(&modified)),
            ],
        );
        let mut about = Vec::new();
        if !a.tags.is_empty() {
            about.push(format!(
                "{}: {}",
                self.lang.t("export-tags"),
                a.tags.join(", ")
            ));
        }
        if a.visibility == Visibility::Private {
            about.push(self.lang.t("export-qdpx-private-note"));
        }
        if !about.is_empty() {
            xml.text("Description", &about.join(". "));
        }
        xml.text("PlainTextContent", &a.text);
        xml.close("Note");
    }
}

/// The code book: "Status" with the seven statuses, "Own assessment" with them again when a
/// row has the user's own status, and "Tags" with the tags of the exported notes.
/// The names are in `lang`; the GUIDs are named by the English words, the same in every
/// language.
fn code_book(
    doc: &Document,
    exported: &[&Annotation],
    guids: &mut Guids,
    lang: Language,
) -> CodeBook {
    let (mut status, mut own) = (BTreeMap::new(), BTreeMap::new());
    let mut codes = vec![parent(
        guids.make("code:Status"),
        &lang.t("glossary-status"),
        &lang.t("export-qdpx-status-code"),
        status_codes("Status", &mut status, guids, lang),
    )];
    if doc.rows.iter().any(|r| r.assessment.is_some()) {
        let children = status_codes("Own assessment", &mut own, guids, lang);
        codes.push(parent(
            guids.make("code:Own assessment"),
            &lang.t("glossary-own-assessment"),
            &lang.t("export-qdpx-own-code"),
            children,
        ));
    }
    let mut tags = BTreeMap::new();
    let names: BTreeSet<&String> = exported.iter().flat_map(|a| &a.tags).collect();
    if !names.is_empty() {
        let children = names
            .into_iter()
            .map(|tag| {
                let guid = guids.make(&format!("code:Tags/{tag}"));
                tags.insert(tag.clone(), guid.clone());
                Code {
                    guid,
                    name: tag.clone(),
                    // The colour the app gives the tag.
                    color: Some(hex(tag_rgb(tag))),
                    description: lang.t_args(
                        "export-qdpx-tag-code",
                        &[("tag", FluentValue::from(tag.as_str()))],
                    ),
                    codable: true,
                    children: Vec::new(),
                }
            })
            .collect();
        codes.push(parent(
            guids.make("code:Tags"),
            &lang.t("export-tags"),
            &lang.t("export-qdpx-tags-code"),
            children,
        ));
    }
    CodeBook {
        codes,
        status,
        own,
        tags,
    }
}

/// The seven statuses as codes under `parent`, in their colours; their GUIDs go into `map`.
fn status_codes(
    parent: &str,
    map: &mut BTreeMap<Status, String>,
    guids: &mut Guids,
    lang: Language,
) -> Vec<Code> {
    Status::ALL
        .into_iter()
        .map(|status| {
            // The file format's identifier, not the shown word, so a code keeps its id when
            // the word changes ("Superseded" is shown as "Replaced").
            let guid = guids.make(&format!("code:{parent}/{status:?}"));
            map.insert(status, guid.clone());
            Code {
                guid,
                name: status_label(lang, status),
                color: Some(hex(status.rgb())),
                description: status_description(lang, status),
                codable: true,
                children: Vec::new(),
            }
        })
        .collect()
}

/// A code that only groups others.
fn parent(guid: String, name: &str, description: &str, children: Vec<Code>) -> Code {
    Code {
        guid,
        name: name.to_owned(),
        color: None,
        description: description.to_owned(),
        codable: false,
        children,
    }
}

fn write_code(xml: &mut Xml, code: &Code) {
    let attrs = [
        ("guid", Some(code.guid.as_str())),
        ("name", Some(code.name.as_str())),
        (
            "isCodable",
            Some(if code.codable { "true" } else { "false" }),
        ),
        ("color", code.color.as_deref()),
    ];
    xml.open("Code", &attrs);
    xml.text("Description", &code.description);
    for child in &code.children {
        write_code(xml, child);
    }
    xml.close("Code");
}

/// A source's plain text: each row's 1999 text after its pinpoint, a blank line between rows;
/// and where each row's text starts and ends, in characters.
fn source_text(doc: &Document, rows: &[&Responsibility]) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut chars = 0;
    let mut spans = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let paragraph = row.paragraph.trim();
        let pinpoint = if paragraph.is_empty() {
            doc.row_label(row)
        } else {
            paragraph.to_owned()
        };
        let before = if i == 0 { "" } else { "\n\n" };
        for part in [before, &pinpoint, " "] {
            text.push_str(part);
            chars += part.chars().count();
        }
        let start = chars;
        text.push_str(&row.original);
        chars += row.original.chars().count();
        spans.push((start, chars));
    }
    text.push('\n');
    (text, spans)
}

/// "Note by Ana Petrović on S/RES/1244 (1999), para. 11 (i)".
fn note_name(doc: &Document, note: &Annotation, lang: Language) -> String {
    let subject = match note.row.as_deref() {
        None => lang.t("export-qdpx-whole-document"),
        Some(id) => match doc.row(id) {
            Some(row) => doc.row_citation(row).unwrap_or_else(|| doc.row_label(row)),
            None => lang.t_args("export-qdpx-missing-row", &[("row", FluentValue::from(id))]),
        },
    };
    lang.t_args(
        "export-qdpx-note",
        &[
            ("author", FluentValue::from(note.author.as_str())),
            ("subject", FluentValue::from(subject)),
        ],
    )
}

/// The project's description: the document's title, the two dates it compares and the
/// release of the built-in data it is built on.
fn project_description(doc: &Document, lang: Language) -> String {
    let mut args = vec![
        ("title", FluentValue::from(doc.title.as_str())),
        ("original", FluentValue::from(doc.original.label.as_str())),
        ("current", FluentValue::from(doc.current.label.as_str())),
    ];
    let id = match &doc.dataset {
        Some(dataset) => {
            args.push(("dataset", FluentValue::from(dataset.id.as_str())));
            args.push(("release", FluentValue::from(dataset.version.as_str())));
            "export-qdpx-description-dataset"
        }
        None => "export-qdpx-description",
    };
    lang.t_args(id, &args)
}

/// The GUIDs in their first order, each once.
fn dedup(guids: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = HashSet::new();
    guids.filter(|g| seen.insert(g.clone())).collect()
}

/// The zip entries' time: the export's latest change (UTC), so that two exports of the same
/// document are the same bytes; 1980-01-01, the zip format's first day, when there is none or
/// it lies outside the years a zip can hold.
fn zip_time(modified: Option<jiff::Timestamp>) -> DateTime {
    modified
        .and_then(|at| {
            let t = at.to_zoned(jiff::tz::TimeZone::UTC).datetime();
            DateTime::from_date_and_time(
                u16::try_from(t.year()).ok()?,
                u8::try_from(t.month()).ok()?,
                u8::try_from(t.day()).ok()?,
                u8::try_from(t.hour()).ok()?,
                u8::try_from(t.minute()).ok()?,
                u8::try_from(t.second()).ok()?,
            )
            .ok()
        })
        .unwrap_or_default()
}
