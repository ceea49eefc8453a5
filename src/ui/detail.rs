//! The detail of the selected row: the 1999 text, status and holders (built-in and the user's),
//! what happened, the timeline, the positions, the sources and the notes.

use std::collections::BTreeSet;

use egui::RichText;

use super::widgets::{
    SHOWN_AT_FIRST, announce_value, holder_list, long_text_ui, one_line_link, section,
    side_hover_text, status_word,
};
use super::{Action, EditRequest, MainView, ViewState, notes, theme};
use crate::i18n::{self, Language};
use crate::model::{Document, Responsibility, Shown, SourceKind, Status};
use crate::tr;

/// The user's assessment as it is being edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssessmentDraft {
    status: Status,
    holders: BTreeSet<String>,
}

/// The side panel.
pub fn detail_ui(
    ui: &mut egui::Ui,
    main: &MainView<'_>,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let doc = main.doc;
    let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
    // Another row (or the overview) opens at its top, where its heading says which row it is.
    if view.detail_shown.as_ref() != Some(&view.selected) {
        view.detail_shown = Some(view.selected.clone());
        area = area.vertical_scroll_offset(0.0);
    }
    area.show(ui, |ui| {
        ui.add_space(4.0);
        match view.selected.as_deref().and_then(|id| doc.row(id)) {
            Some(row) => row_ui(ui, main, row, view, actions),
            None => super::overview::overview_ui(ui, main, view, actions),
        }
    });
}

fn row_ui(
    ui: &mut egui::Ui,
    main: &MainView<'_>,
    row: &Responsibility,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let doc = main.doc;
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(super::Command::Deselect.label())
            .on_hover_text(tr!("detail-back-hint"))
            .clicked()
        {
            actions.push(Action::Command(super::Command::Deselect));
        }
        if main.editable
            && ui
                .button(tr!("detail-jump-note"))
                .on_hover_text(tr!("detail-jump-note-hint"))
                .clicked()
        {
            view.drafts.entry(Some(row.id.clone())).or_default().jump = true;
        }
    });
    let tags = i18n::label_tags();
    ui.heading(format!(
        "{}: {}",
        doc.row_label_in(row, tags),
        row.title_in(tags)
    ));
    // The issue: the dataset's texts stay in English, as the UN's official text is; say so.
    if i18n::current() != Language::En {
        ui.label(
            RichText::new(tr!("detail-data-in-english"))
                .small()
                .italics(),
        );
    }
    if let Some(presence) = doc.presence(&row.presence) {
        let given = tr!(
            "detail-given",
            year = doc.original.date.year().to_string(),
            presence = presence.name_in(tags),
        );
        ui.label(RichText::new(given).weak());
    }
    if let Some(citation) = doc.row_citation(row) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&citation).weak())
                .on_hover_text(tr!("detail-cite-hint"));
            let copied = row_citation_copied(doc, row, &citation);
            copy_button_ui(ui, &doc.row_label(row), copied, actions);
        });
    }
    if let Some(compare) = &main.compare {
        super::compare::compare_row_ui(ui, doc, row, compare);
    }
    let query = view.filter.text.clone();
    // The comparison's own facts, edited in place of their view ("Edit facts").
    if main.editable && super::facts::row_facts_ui(ui, doc, row, &mut view.facts, actions) {
        notes_section_ui(ui, main, row, view, actions);
        return;
    }
    original_ui(ui, doc, row, &query);
    if doc.blind {
        // Blind assessing: the built-in status and holders wait for Reveal.
        section(ui, &tr!("detail-status-holders"));
        ui.label(RichText::new(tr!("blind-hidden-detail")).weak());
    } else {
        status_ui(ui, doc, row, actions);
    }
    if let Some(room) = main.room {
        super::room::room_detail_ui(ui, doc, room, &row.id, view.room_names);
    }
    if main.editable {
        assessment_ui(ui, doc, row, view, actions);
    }
    section(ui, &tr!("detail-what-happened"));
    long_text_ui(ui, "summary", &row.summary, &query, theme::TextStyle::Body);
    events_ui(ui, doc, row, &query, actions);
    if !doc.blind {
        phases_ui(ui, doc, row, actions);
    }
    positions_ui(ui, doc, row, actions);
    sources_ui(ui, doc, row, actions);
    notes_section_ui(ui, main, row, view, actions);
}

/// The user's notes on the row.
fn notes_section_ui(
    ui: &mut egui::Ui,
    main: &MainView<'_>,
    row: &Responsibility,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    section(ui, &tr!("detail-your-notes"));
    let editor = view.drafts.entry(Some(row.id.clone())).or_default();
    notes::notes_ui(ui, main, Some(&row.id), editor, actions);
    ui.add_space(12.0);
}

/// The row's text of the mandate: in quotation marks only where it is the mandate's own words,
/// checked against a copy; otherwise labelled as the wording of the source it comes from.
fn original_ui(ui: &mut egui::Ui, doc: &Document, row: &Responsibility, query: &str) {
    section(
        ui,
        &tr!(
            "detail-text-of",
            mandate = doc.original.label_in(i18n::label_tags())
        ),
    );
    let shown = doc.text_shown(row);
    if let Shown::Wording(source, id) = shown {
        let by = source.map_or_else(|| id.to_owned(), source_name);
        let label = tr!(
            "detail-wording-of",
            source = by.as_str(),
            mandate = doc.original.label_in(i18n::label_tags())
        );
        ui.label(RichText::new(label).weak());
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        if row.original.len() <= SHOWN_AT_FIRST {
            let text = match shown {
                Shown::Quote(_) => tr!("detail-quoted", text = row.original.as_str()),
                _ => row.original.clone(),
            };
            ui.label(theme::highlighted(ui, &text, query, theme::TextStyle::Body));
        } else {
            long_text_ui(ui, "original", &row.original, query, theme::TextStyle::Body);
        }
    });
    if let Shown::Quote(Some(copy)) = shown {
        let checked = tr!(
            "detail-checked-against",
            source = source_name(copy).as_str()
        );
        ui.label(RichText::new(checked).weak().small());
    }
    if let Some((text, by)) = doc.text_omits(row) {
        let omits = tr!(
            "detail-omits",
            mandate = doc.original.label_in(i18n::label_tags()),
            source = by,
            text = text
        );
        ui.label(RichText::new(omits).weak());
    }
    for (index, wording) in row.wordings.iter().enumerate() {
        let by = doc
            .source(&wording.source)
            .map_or(wording.source.as_str(), |s| s.title.as_str());
        ui.label(RichText::new(tr!("detail-as-worded", source = by)).weak());
        long_text_ui(
            ui,
            ("wording", index),
            &wording.text,
            query,
            theme::TextStyle::Weak,
        );
    }
}

/// A source as a label names it: "UNMIK Mandate (United Nations Peacekeeping)".
fn source_name(source: &crate::model::Source) -> String {
    format!("{} ({})", source.title, source.publisher)
}

/// The row's citation as it is copied: with its text in quotation marks only where that is
/// the mandate's own words; otherwise saying whose wording it is.
fn row_citation_copied(doc: &Document, row: &Responsibility, citation: &str) -> String {
    let text = row.original.as_str();
    match doc.text_shown(row) {
        Shown::Quote(_) => tr!("detail-cite-quoted", citation = citation, text = text),
        Shown::Wording(source, id) => {
            let by = source.map_or_else(|| id.to_owned(), source_name);
            tr!(
                "detail-cite-worded",
                citation = citation,
                source = by.as_str(),
                text = text
            )
        }
        Shown::Unknown => citation.to_owned(),
    }
}

/// The built-in status and holders, the user's own beside them, and their sources.
fn status_ui(ui: &mut egui::Ui, doc: &Document, row: &Responsibility, actions: &mut Vec<Action>) {
    section(ui, &tr!("detail-status-holders"));
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("detail-built-in"));
        theme::status_badge(ui, row.status);
        // A row not assessed yet says nothing of holders (no holder would mean the task ended).
        if row.status.is_assessed() || !row.holders.is_empty() {
            ui.label(holder_list(doc, &row.holders));
        }
        if let Some(as_of) = row.as_of {
            ui.label(
                RichText::new(tr!("detail-as-of", date = as_of.to_string()))
                    .weak()
                    .small(),
            )
            .on_hover_text(tr!("detail-as-of-hint"));
        }
    });
    if let Some((newest, id)) = doc.newest_basis(row) {
        let name = doc.source(id).map_or(id, |s| s.short_label());
        let reach = tr!(
            "detail-sources-reach",
            date = newest.to_string(),
            source = name
        );
        ui.label(RichText::new(reach).weak().small());
    }
    if let Some(own) = &row.assessment {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr!("detail-yours")).color(theme::own_assessment_color(ui)));
            theme::status_badge(ui, own.status);
            ui.label(holder_list(doc, &own.holders));
        });
        let set = tr!(
            "detail-set-by",
            author = own.author.as_str(),
            date = own.modified.strftime("%Y-%m-%d").to_string(),
        );
        ui.label(RichText::new(set).weak().small());
    }
    citations_ui(ui, doc, &row.sources, actions);
}

/// The row's dated events, oldest first.
fn events_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    row: &Responsibility,
    query: &str,
    actions: &mut Vec<Action>,
) {
    if row.events.is_empty() {
        return;
    }
    section(ui, &tr!("detail-timeline"));
    egui::Grid::new(("timeline", &row.id))
        .num_columns(2)
        .spacing([10.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (index, event) in row.events_by_date().into_iter().enumerate() {
                ui.vertical(|ui| {
                    let date = RichText::new(event.date.to_string()).monospace();
                    ui.add(egui::Label::new(date).extend())
                });
                ui.vertical(|ui| {
                    long_text_ui(
                        ui,
                        ("event", index),
                        &event.text,
                        query,
                        theme::TextStyle::Body,
                    );
                    citations_ui(ui, doc, &event.sources, actions);
                });
                ui.end_row();
            }
        });
}

/// Who held the function when: each phase from its date to the next one's.
fn phases_ui(ui: &mut egui::Ui, doc: &Document, row: &Responsibility, actions: &mut Vec<Action>) {
    if row.phases.is_empty() {
        return;
    }
    section(ui, &tr!("detail-phases"));
    egui::Grid::new(("phases", &row.id))
        .num_columns(2)
        .spacing([10.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (index, phase) in row.phases.iter().enumerate() {
                let span = match row.phases.get(index + 1) {
                    Some(next) => format!("{} – {}", phase.from, next.from),
                    None => tr!("detail-since", from = phase.from.to_string()),
                };
                let span = RichText::new(span).monospace();
                ui.add(egui::Label::new(span).extend());
                ui.vertical(|ui| {
                    ui.horizontal_wrapped(|ui| {
                        theme::status_badge(ui, phase.status);
                        ui.label(holder_list(doc, &phase.holders));
                    });
                    citations_ui(ui, doc, &phase.sources, actions);
                });
                ui.end_row();
            }
        });
}

/// The competing positions, each attributed and sourced.
fn positions_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    row: &Responsibility,
    actions: &mut Vec<Action>,
) {
    section(ui, &tr!("detail-positions"));
    if row.positions.is_empty() {
        ui.label(RichText::new(tr!("detail-no-positions")).weak());
    }
    for (index, position) in row.positions.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let held_by = tr!("detail-held-by", holder = position.held_by.as_str());
            ui.label(RichText::new(held_by).strong());
            long_text_ui(
                ui,
                ("view", index),
                &position.view,
                "",
                theme::TextStyle::Body,
            );
            citations_ui(ui, doc, &position.sources, actions);
        });
    }
}

/// Every source the row cites, anywhere in it, once.
fn sources_ui(ui: &mut egui::Ui, doc: &Document, row: &Responsibility, actions: &mut Vec<Action>) {
    section(ui, &tr!("detail-sources"));
    let mut cited: Vec<&str> = row.sources.iter().map(String::as_str).collect();
    for id in row
        .events
        .iter()
        .flat_map(|e| &e.sources)
        .chain(row.phases.iter().flat_map(|p| &p.sources))
        .chain(row.positions.iter().flat_map(|p| &p.sources))
    {
        if !cited.contains(&id.as_str()) {
            cited.push(id);
        }
    }
    for id in cited {
        source_ui(ui, doc, id, actions);
    }
}

/// Source references as small links: a click opens the document (http and https only).
fn citations_ui(ui: &mut egui::Ui, doc: &Document, ids: &[String], actions: &mut Vec<Action>) {
    if ids.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        ui.label(RichText::new(tr!("detail-sources-label")).small().weak());
        for id in ids {
            match doc.source(id) {
                Some(source) => {
                    let text = if source.kind == SourceKind::Secondary {
                        tr!("detail-source-secondary", source = source.short_label())
                    } else {
                        source.short_label().to_owned()
                    };
                    let hover = format!("{}, {}", source.title, source.publisher);
                    match source.web_url() {
                        Some(url) => {
                            if one_line_link(ui, &text, &text, true)
                                .on_hover_text(format!("{hover}\n{url}"))
                                .clicked()
                            {
                                actions.push(Action::OpenUrl(url.to_owned()));
                            }
                        }
                        None => {
                            ui.label(RichText::new(text).small()).on_hover_text(hover);
                        }
                    }
                }
                None => {
                    ui.label(
                        RichText::new(tr!("detail-unknown-source", id = id.as_str()))
                            .small()
                            .color(theme::error_color(ui)),
                    );
                }
            }
        }
    });
}

fn source_ui(ui: &mut egui::Ui, doc: &Document, id: &str, actions: &mut Vec<Action>) {
    let Some(source) = doc.source(id) else {
        return;
    };
    // The kind, then what can be done with it, then its reference: the buttons stay on the
    // first line, at the same place on every source, however long the reference is.
    ui.horizontal_wrapped(|ui| {
        theme::chip(ui, &i18n::source_kind_label(i18n::current(), source.kind));
        let web = source.web_url();
        if let Some(url) = web {
            // Read as what it opens, not a bare "open".
            let name = tr!("detail-open-name", source = source.short_label());
            let link = one_line_link(ui, &tr!("detail-open"), &name, false).on_hover_text(url);
            if link.clicked() {
                actions.push(Action::OpenUrl(url.to_owned()));
            }
        }
        copy_button_ui(ui, source.short_label(), source.citation(), actions);
        ui.label(source.reference());
        // Not http(s): shown as text, never opened.
        if let (None, Some(url)) = (web, source.url.as_deref()) {
            ui.label(RichText::new(url).weak().small());
        }
    });
}

/// A small "copy" button that puts a citation on the clipboard; read as "Copy the citation of
/// S/2008/354".
fn copy_button_ui(ui: &mut egui::Ui, of: &str, citation: String, actions: &mut Vec<Action>) {
    let button = ui
        .small_button(tr!("detail-copy"))
        .on_hover_text(tr!("detail-copy-hint", citation = citation.as_str()));
    let name = tr!("detail-copy-name", source = of);
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    if button.clicked() {
        actions.push(Action::CopyCitation(citation));
    }
}

/// The user's own status and holders for the row, beside the built-in ones.
fn assessment_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    row: &Responsibility,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let Some(mut draft) = view.assessment.take() else {
        ui.horizontal(|ui| {
            let label = if row.assessment.is_some() {
                tr!("assessment-change")
            } else {
                tr!("assessment-give")
            };
            if ui.button(label).clicked() {
                // Assessing blind, a first assessment starts from nothing the built-in gives.
                view.assessment = Some(if doc.blind && row.assessment.is_none() {
                    AssessmentDraft {
                        status: Status::ALL[0],
                        holders: std::collections::BTreeSet::new(),
                    }
                } else {
                    AssessmentDraft {
                        status: row.effective_status(),
                        holders: row.effective_holders().iter().cloned().collect(),
                    }
                });
            }
            if row.assessment.is_some() && ui.button(tr!("assessment-restore")).clicked() {
                actions.push(Action::Edit(EditRequest::RestoreAssessment {
                    row: row.id.clone(),
                }));
            }
        });
        return;
    };
    let mut keep = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.strong(tr!("assessment-heading"));
        let label = ui.label(tr!("assessment-status"));
        let lang = i18n::current();
        let chosen = status_word(draft.status);
        let combo = egui::ComboBox::from_id_salt(("own_status", &row.id))
            .selected_text(&chosen)
            .show_ui(ui, |ui| {
                for status in Status::ALL {
                    let item = ui.selectable_value(&mut draft.status, status, status_word(status));
                    // Beside the item: below it, it would hide the next status.
                    side_hover_text(item, &i18n::status_description(lang, status));
                }
            })
            .response
            .labelled_by(label.id);
        announce_value(&combo, &chosen);
        ui.label(tr!("assessment-holders"));
        ui.horizontal_wrapped(|ui| {
            for holder in &doc.holders {
                let mut on = draft.holders.contains(&holder.id);
                if ui
                    .checkbox(&mut on, holder.short_in(i18n::label_tags()))
                    .on_hover_text(holder.name_in(i18n::label_tags()))
                    .changed()
                {
                    if on {
                        draft.holders.insert(holder.id.clone());
                    } else {
                        draft.holders.remove(&holder.id);
                    }
                }
            }
        });
        ui.horizontal(|ui| {
            if ui.button(tr!("assessment-save")).clicked() {
                // Keep the document's holder order, which is meaningful.
                let holders = doc
                    .holders
                    .iter()
                    .filter(|h| draft.holders.contains(&h.id))
                    .map(|h| h.id.clone())
                    .collect();
                actions.push(Action::Edit(EditRequest::SetAssessment {
                    row: row.id.clone(),
                    status: draft.status,
                    holders,
                }));
            } else if !ui.button(tr!("assessment-cancel")).clicked() {
                keep = true;
            }
        });
    });
    if keep {
        view.assessment = Some(draft);
    }
}
