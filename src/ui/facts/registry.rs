//! Edit > Holders and sources…: the comparison's presences (short and full name), holders (short
//! name, full name, kind) and
//! sources (title, publisher, date, symbol, address, primary or secondary), each added,
//! changed and removed as one undoable change. One still named or cited cannot be removed: its
//! Remove button is disabled and says where.

use std::collections::HashMap;

use super::{Action, EditRequest, optional_date, text_field};
use crate::i18n::{self, Language};
use crate::model::{Document, Edit, Holder, HolderKind, Presence, Source, SourceKind};
use crate::tr;
use crate::ui::widgets::announce_value;

/// The window's drafts, in step with the document.
#[derive(Default)]
pub struct RegistryDraft {
    /// The document state the drafts are of.
    version: Option<u64>,
    base_holders: Vec<Holder>,
    holders: Vec<Holder>,
    base_sources: Vec<Source>,
    sources: Vec<Source>,
    base_presences: Vec<Presence>,
    presences: Vec<Presence>,
    /// Where each presence, holder and source is cited, by id (found once per document state).
    cited_presences: HashMap<String, Vec<String>>,
    cited_holders: HashMap<String, Vec<String>>,
    cited_sources: HashMap<String, Vec<String>>,
    dates: HashMap<String, String>,
    new_presence: String,
    new_holder: String,
    new_source: String,
}

impl RegistryDraft {
    fn sync(&mut self, doc: &Document, version: u64) {
        if self.version == Some(version) {
            return;
        }
        self.version = Some(version);
        if self.base_holders != doc.holders {
            self.base_holders.clone_from(&doc.holders);
            self.holders.clone_from(&doc.holders);
        }
        if self.base_sources != doc.sources {
            self.base_sources.clone_from(&doc.sources);
            self.sources.clone_from(&doc.sources);
            self.dates.clear();
        }
        if self.base_presences != doc.presences {
            self.base_presences.clone_from(&doc.presences);
            self.presences.clone_from(&doc.presences);
        }
        let cited = |ids: Vec<&String>, by: &dyn Fn(&str) -> Vec<String>| {
            ids.into_iter()
                .map(|id| (id.clone(), by(id)))
                .collect::<HashMap<_, _>>()
        };
        self.cited_presences = cited(doc.presences.iter().map(|p| &p.id).collect(), &|id| {
            doc.presence_cited_by(id)
        });
        self.cited_holders = cited(doc.holders.iter().map(|h| &h.id).collect(), &|id| {
            doc.holder_cited_by(id)
        });
        self.cited_sources = cited(doc.sources.iter().map(|s| &s.id).collect(), &|id| {
            doc.source_cited_by(id)
        });
    }
}

/// The window; false once closed.
pub fn registry_ui(
    ctx: &egui::Context,
    doc: &Document,
    version: u64,
    draft: &mut RegistryDraft,
    actions: &mut Vec<Action>,
) -> bool {
    draft.sync(doc, version);
    let mut open = true;
    let mut close = false;
    egui::Window::new(tr!("registry-title"))
        .open(&mut open)
        .default_size([520.0, 560.0])
        .show(ctx, |ui| {
            close = ui.button(tr!("registry-close")).clicked();
            egui::ScrollArea::vertical().show(ui, |ui| {
                presences_ui(ui, doc, draft, actions);
                ui.separator();
                holders_ui(ui, doc, draft, actions);
                ui.separator();
                sources_ui(ui, doc, draft, actions);
            });
        });
    open && !close
}

/// A Remove button, disabled with where it is cited while it is.
fn remove_button(ui: &mut egui::Ui, label: String, cited: Option<&Vec<String>>) -> bool {
    let by = cited.filter(|by| !by.is_empty());
    let response = ui.add_enabled(by.is_none(), egui::Button::new(label).small());
    if let Some(by) = by {
        let mut places: Vec<&str> = by.iter().take(5).map(String::as_str).collect();
        let more = by.len().saturating_sub(places.len());
        let more = (more > 0).then(|| tr!("registry-more", count = more));
        places.extend(more.as_deref());
        response.on_disabled_hover_text(tr!("registry-cited", by = places.join(", ")));
        false
    } else {
        response.clicked()
    }
}

/// A field for a new item's name and the button that adds it: the name, trimmed, when clicked.
fn add_ui(ui: &mut egui::Ui, label: &str, button: &str, text: &mut String) -> Option<String> {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        ui.text_edit_singleline(text).labelled_by(label.id);
        let name = text.trim().to_owned();
        let add = ui
            .add_enabled(!name.is_empty(), egui::Button::new(button))
            .clicked();
        add.then(|| {
            text.clear();
            name
        })
    })
    .inner
}

fn presences_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    draft: &mut RegistryDraft,
    actions: &mut Vec<Action>,
) {
    ui.heading(tr!("registry-presences"));
    let mut remove = None;
    for (index, presence) in draft.presences.iter_mut().enumerate() {
        let id = presence.id.clone();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let short = tr!("registry-presence-short", id = id.clone());
            let mut commit = text_field(ui, &short, &mut presence.short, 1);
            let name = tr!("registry-presence-name", id = id.clone());
            commit |= text_field(ui, &name, &mut presence.name, 1);
            if commit && draft.base_presences.get(index) != Some(presence) {
                let edit = Edit::ReplacePresence(presence.clone());
                actions.push(Action::Edit(EditRequest::Facts(Box::new(edit))));
            }
            let label = tr!("registry-remove-presence", id = id.clone());
            if remove_button(ui, label, draft.cited_presences.get(&id)) {
                remove = Some(id.clone());
            }
        });
    }
    if let Some(id) = remove {
        let edit = Edit::RemovePresence { id };
        actions.push(Action::Edit(EditRequest::Facts(Box::new(edit))));
    }
    let (label, button) = (tr!("registry-new-presence"), tr!("registry-add-presence"));
    if let Some(short) = add_ui(ui, &label, &button, &mut draft.new_presence) {
        let edit = Edit::InsertPresence {
            index: doc.presences.len(),
            presence: doc.blank_presence(&short),
        };
        actions.push(Action::Edit(EditRequest::Facts(Box::new(edit))));
    }
}

fn holders_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    draft: &mut RegistryDraft,
    actions: &mut Vec<Action>,
) {
    ui.heading(tr!("registry-holders"));
    let lang = i18n::current();
    let mut remove = None;
    for (index, holder) in draft.holders.iter_mut().enumerate() {
        let id = holder.id.clone();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let mut commit = text_field(
                ui,
                &tr!("registry-holder-short", id = id.clone()),
                &mut holder.short,
                1,
            );
            commit |= text_field(
                ui,
                &tr!("registry-holder-name", id = id.clone()),
                &mut holder.name,
                1,
            );
            commit |= kind_ui(ui, lang, &id, &mut holder.kind);
            if commit && draft.base_holders.get(index) != Some(holder) {
                actions.push(Action::Edit(EditRequest::Facts(Box::new(
                    Edit::ReplaceHolder(holder.clone()),
                ))));
            }
            if remove_button(
                ui,
                tr!("registry-remove-holder", id = id.clone()),
                draft.cited_holders.get(&id),
            ) {
                remove = Some(id.clone());
            }
        });
    }
    if let Some(id) = remove {
        actions.push(Action::Edit(EditRequest::Facts(Box::new(
            Edit::RemoveHolder { id },
        ))));
    }
    if let Some(name) = add_ui(
        ui,
        &tr!("registry-new-holder"),
        &tr!("registry-add-holder"),
        &mut draft.new_holder,
    ) {
        let holder = doc.blank_holder(&name);
        actions.push(Action::Edit(EditRequest::Facts(Box::new(
            Edit::InsertHolder {
                index: doc.holders.len(),
                holder,
            },
        ))));
    }
}

fn kind_ui(ui: &mut egui::Ui, lang: Language, id: &str, kind: &mut HolderKind) -> bool {
    let before = *kind;
    let label = ui.label(tr!("registry-holder-kind", id = id.to_owned()));
    let shown = i18n::holder_kind_label(lang, *kind);
    let combo = egui::ComboBox::from_id_salt(("holder_kind", id))
        .selected_text(&shown)
        .show_ui(ui, |ui| {
            for option in [
                HolderKind::International,
                HolderKind::Local,
                HolderKind::NonGovernmental,
            ] {
                ui.selectable_value(kind, option, i18n::holder_kind_label(lang, option));
            }
        })
        .response
        .labelled_by(label.id);
    announce_value(&combo, &shown);
    *kind != before
}

/// No text is no value. Kept as typed (a space typed before the next word stays).
fn optional(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

/// A source's own fields. True when one of them is done changing.
fn source_fields_ui(
    ui: &mut egui::Ui,
    id: &str,
    source: &mut Source,
    dates: &mut HashMap<String, String>,
) -> bool {
    let id = id.to_owned();
    let mut commit = text_field(
        ui,
        &tr!("registry-source-title", id = id.clone()),
        &mut source.title,
        2,
    );
    commit |= text_field(
        ui,
        &tr!("registry-source-publisher", id = id.clone()),
        &mut source.publisher,
        1,
    );
    commit |= optional_date(
        ui,
        &tr!("registry-source-date", id = id.clone()),
        dates,
        id.clone(),
        &mut source.date,
    );
    let mut symbol = source.symbol.clone().unwrap_or_default();
    if text_field(
        ui,
        &tr!("registry-source-symbol", id = id.clone()),
        &mut symbol,
        1,
    ) {
        commit = true;
    }
    source.symbol = optional(symbol);
    let mut url = source.url.clone().unwrap_or_default();
    if text_field(
        ui,
        &tr!("registry-source-url", id = id.clone()),
        &mut url,
        1,
    ) {
        commit = true;
    }
    source.url = optional(url);
    let mut primary = source.kind == SourceKind::Primary;
    if ui
        .checkbox(
            &mut primary,
            tr!("registry-source-primary", id = id.clone()),
        )
        .on_hover_text(tr!("registry-source-primary-hint"))
        .changed()
    {
        source.kind = if primary {
            SourceKind::Primary
        } else {
            SourceKind::Secondary
        };
        commit = true;
    }
    commit
}

fn sources_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    draft: &mut RegistryDraft,
    actions: &mut Vec<Action>,
) {
    ui.heading(tr!("registry-sources"));
    let mut remove = None;
    let few = draft.sources.len() <= 4;
    for (index, source) in draft.sources.iter_mut().enumerate() {
        let id = source.id.clone();
        let header = format!("{id}: {}", source.short_label());
        egui::CollapsingHeader::new(header)
            .id_salt(("source", &id))
            .default_open(few)
            .show(ui, |ui| {
                let commit = source_fields_ui(ui, &id, source, &mut draft.dates);
                if commit && draft.base_sources.get(index) != Some(source) {
                    actions.push(Action::Edit(EditRequest::Facts(Box::new(
                        Edit::ReplaceSource(Box::new(source.clone())),
                    ))));
                }
                if remove_button(
                    ui,
                    tr!("registry-remove-source", id = id.clone()),
                    draft.cited_sources.get(&id),
                ) {
                    remove = Some(id.clone());
                }
            });
    }
    if let Some(id) = remove {
        actions.push(Action::Edit(EditRequest::Facts(Box::new(
            Edit::RemoveSource { id },
        ))));
    }
    if let Some(title) = add_ui(
        ui,
        &tr!("registry-new-source"),
        &tr!("registry-add-source"),
        &mut draft.new_source,
    ) {
        let source = doc.blank_source(&title);
        actions.push(Action::Edit(EditRequest::Facts(Box::new(
            Edit::InsertSource {
                index: doc.sources.len(),
                source: Box::new(source),
            },
        ))));
    }
}
