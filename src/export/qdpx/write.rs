//! `project.qde` written from a [`Project`]: the elements in the order of the schema's
//! sequences.

use super::project::{Note, Project, TextSource};
use super::xml::Xml;
use crate::i18n::{FluentValue, Language};
use crate::model::{Document, Visibility};

/// The namespace of `project.qde`.
const NAMESPACE: &str = "urn:QDA-XML:project:1.0";

impl Project<'_> {
    /// `project.qde`.
    pub(super) fn xml(&self, doc: &Document) -> String {
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
        self.code_book.write(&mut xml);
        if !self.sources.is_empty() {
            xml.open("Sources", &[]);
            for source in &self.sources {
                write_source(&mut xml, source);
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

    /// A note: its text in the element for a note on a row, with the row's place; in a file
    /// of its own for a note on the whole document.
    fn write_note(&self, xml: &mut Xml, note: &Note) {
        let a = note.note;
        let (created, modified) = (a.created.to_string(), a.modified.to_string());
        let user = self.users.get(&a.author).map(String::as_str);
        let path = format!("internal://{}.txt", note.guid);
        xml.open(
            "Note",
            &[
                ("guid", Some(&note.guid)),
                ("name", Some(&note.name)),
                (
                    "plainTextPath",
                    note.span.is_none().then_some(path.as_str()),
                ),
                ("creatingUser", user),
                ("creationDateTime", Some(&created)),
                ("modifyingUser", user),
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
        if let Some((start, end)) = note.span {
            xml.text("PlainTextContent", &a.text);
            let (start, end) = (start.to_string(), end.to_string());
            let guid = super::Guids::new().make(&format!("note-place:{}", note.guid));
            xml.empty(
                "PlainTextSelection",
                &[
                    ("guid", Some(&guid)),
                    ("startPosition", Some(&start)),
                    ("endPosition", Some(&end)),
                ],
            );
        }
        xml.close("Note");
    }
}

fn write_source(xml: &mut Xml, source: &TextSource) {
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
        let at = selection.at.map(|t| t.to_string());
        xml.open(
            "PlainTextSelection",
            &[
                ("guid", Some(&selection.guid)),
                ("name", Some(&selection.name)),
                ("startPosition", Some(&start)),
                ("endPosition", Some(&end)),
                ("creatingUser", selection.user.as_deref()),
                ("creationDateTime", at.as_deref()),
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
    for note in &source.notes {
        xml.empty("NoteRef", &[("targetGUID", Some(note))]);
    }
    xml.close("TextSource");
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
