//! The code book: "Status" with the seven statuses, "Own assessment" with them again under
//! names of their own, and "Tags" with the tags of the exported notes.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::Guids;
use super::xml::Xml;
use crate::draw::palette::{status_rgb, tag_rgb};
use crate::export::hex;
use crate::i18n::{FluentValue, Language, status_description, status_label};
use crate::model::{Annotation, Document, Status};

/// A code of the code book, with its children.
pub(super) struct Code {
    guid: String,
    name: String,
    /// `#RRGGBB`.
    color: Option<String>,
    description: String,
    codable: bool,
    children: Vec<Code>,
}

/// The code book and the GUIDs of the codes that rows are coded with.
pub(super) struct CodeBook {
    codes: Vec<Code>,
    pub(super) status: BTreeMap<Status, String>,
    pub(super) own: BTreeMap<Status, String>,
    pub(super) tags: BTreeMap<String, String>,
}

impl CodeBook {
    /// The code book of `doc` and its exported notes, its names and descriptions in `lang`;
    /// the GUIDs are named by the English words, the same in every language.
    pub(super) fn new(
        doc: &Document,
        exported: &[&Annotation],
        guids: &mut Guids,
        lang: Language,
    ) -> Self {
        let (mut status, mut own) = (BTreeMap::new(), BTreeMap::new());
        let mut codes = vec![parent(
            guids.make("code:Status"),
            &lang.t("glossary-status"),
            &lang.t("export-qdpx-status-code"),
            status_codes("Status", &mut status, guids, lang, |s| {
                status_label(lang, s)
            }),
        )];
        if doc.rows.iter().any(|r| r.assessment.is_some()) {
            // QDA tools want each code name once (QualCoder drops a code whose name it has
            // and leaves its codings without one), so these are "Own assessment: Shared".
            let name = |status| {
                let word = FluentValue::from(status_label(lang, status));
                lang.t_args("export-qdpx-own-status-code", &[("status", word)])
            };
            let children = status_codes("Own assessment", &mut own, guids, lang, name);
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
        let mut taken = HashSet::new();
        for code in &mut codes {
            unique_names(code, &mut taken);
        }
        Self {
            codes,
            status,
            own,
            tags,
        }
    }

    /// `<CodeBook>` with every code.
    pub(super) fn write(&self, xml: &mut Xml) {
        xml.open("CodeBook", &[]);
        xml.open("Codes", &[]);
        for code in &self.codes {
            write_code(xml, code);
        }
        xml.close("Codes");
        xml.close("CodeBook");
    }
}

/// Gives `code` and its children names no other code has: a tag called "Shared" becomes
/// "Shared (2)" beside the status code "Shared". Names are compared as they are written.
fn unique_names(code: &mut Code, taken: &mut HashSet<String>) {
    let base = code.name.clone();
    let mut n = 1;
    while !taken.insert(code.name.clone()) {
        n += 1;
        code.name = format!("{base} ({n})");
    }
    for child in &mut code.children {
        unique_names(child, taken);
    }
}

/// The seven statuses as codes under `parent`, named by `name`, in their colours; their GUIDs
/// go into `map`.
fn status_codes(
    parent: &str,
    map: &mut BTreeMap<Status, String>,
    guids: &mut Guids,
    lang: Language,
    name: impl Fn(Status) -> String,
) -> Vec<Code> {
    Status::ALL
        .into_iter()
        .map(|status| {
            let guid = guids.make(&format!(
                "code:{parent}/{}",
                crate::i18n::status_label(crate::i18n::Language::En, status)
            ));
            map.insert(status, guid.clone());
            Code {
                guid,
                name: name(status),
                color: Some(hex(status_rgb(status))),
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
