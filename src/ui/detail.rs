//! The detail of the selected row: the 1999 text, status and holders (built-in and the user's),
//! what happened, the timeline, the positions, the sources and the notes.

use std::collections::BTreeSet;

use egui::RichText;

use super::widgets::{
    SHOWN_AT_FIRST, announce_value, cut, holder_list, long_text_ui, section, status_word,
};
use super::{Action, EditRequest, MainView, ViewState, notes, theme};
use crate::i18n::{self, Language};
use crate::model::{Counts, Document, Responsibility, SourceKind, Status};
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
    let (author, editable) = (main.author, main.editable);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(4.0);
            let edit = Editing { author, editable };
            match view.selected.as_deref().and_then(|id| doc.row(id)) {
                Some(row) => row_ui(ui, main, row, view, edit, actions),
                None => overview_ui(ui, doc, main.counts, view, edit, actions),
            }
        });
}

/// Who is writing, and whether the document may be changed.
#[derive(Clone, Copy)]
struct Editing<'a> {
    author: &'a str,
    editable: bool,
}

fn overview_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    counts: &Counts,
    view: &mut ViewState,
    edit: Editing<'_>,
    actions: &mut Vec<Action>,
) {
    ui.heading(tr!("detail-overview"));
    ui.label(tr!("detail-overview-hint"));
    ui.add_space(8.0);
    ui.strong(tr!("detail-status-today"));
    egui::Grid::new("status_counts")
        .num_columns(2)
        .show(ui, |ui| {
            // Counted once per document state (`Counts`), not in a pass per status per frame.
            for (&status, &count) in &counts.statuses {
                theme::status_badge(ui, status);
                ui.label(tr!(
                    "detail-count-of",
                    count = count,
                    total = doc.rows.len()
                ));
                ui.end_row();
            }
        });
    let orphans = counts.orphans;
    if orphans > 0 {
        ui.add_space(8.0);
        ui.label(
            RichText::new(tr!("detail-orphans", count = orphans)).color(theme::warning_color(ui)),
        );
        for note in doc.orphan_annotations() {
            ui.label(format!(
                "{} ({}): {}",
                note.row.as_deref().unwrap_or_default(),
                note.author,
                cut(&note.text, 300)
            ));
        }
    }
    ui.add_space(8.0);
    ui.heading(tr!("detail-notes-whole"));
    let editor = view.drafts.entry(None).or_default();
    notes::notes_ui(ui, doc, None, editor, edit.author, edit.editable, actions);
}

fn row_ui(
    ui: &mut egui::Ui,
    main: &MainView<'_>,
    row: &Responsibility,
    view: &mut ViewState,
    edit: Editing<'_>,
    actions: &mut Vec<Action>,
) {
    let doc = main.doc;
    ui.heading(format!("{}: {}", doc.row_label(row), row.title));
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
            presence = presence.name.as_str(),
        );
        ui.label(RichText::new(given).weak());
    }
    if let Some(citation) = doc.row_citation(row) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&citation).weak())
                .on_hover_text(tr!("detail-cite-hint"));
            copy_button_ui(ui, &doc.row_label(row), citation, actions);
        });
    }
    if let Some(compare) = &main.compare {
        super::compare::compare_row_ui(ui, doc, row, compare);
    }
    let query = view.filter.text.clone();
    original_ui(ui, doc, row, &query);
    status_ui(ui, doc, row, actions);
    if edit.editable {
        assessment_ui(ui, doc, row, view, actions);
    }
    section(ui, &tr!("detail-what-happened"));
    long_text_ui(ui, "summary", &row.summary, &query, theme::TextStyle::Body);
    events_ui(ui, doc, row, &query, actions);
    phases_ui(ui, doc, row, actions);
    positions_ui(ui, doc, row, actions);
    sources_ui(ui, doc, row, actions);
    section(ui, &tr!("detail-your-notes"));
    let editor = view.drafts.entry(Some(row.id.clone())).or_default();
    notes::notes_ui(
        ui,
        doc,
        Some(&row.id),
        editor,
        edit.author,
        edit.editable,
        actions,
    );
    ui.add_space(12.0);
}

/// The mandate's own words for the row.
fn original_ui(ui: &mut egui::Ui, doc: &Document, row: &Responsibility, query: &str) {
    section(
        ui,
        &tr!("detail-text-of", mandate = doc.original.label.as_str()),
    );
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        if row.original.len() <= SHOWN_AT_FIRST {
            let quoted = tr!("detail-quoted", text = row.original.as_str());
            ui.label(theme::highlighted(
                ui,
                &quoted,
                query,
                theme::TextStyle::Body,
            ));
        } else {
            long_text_ui(ui, "original", &row.original, query, theme::TextStyle::Body);
        }
    });
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

/// The built-in status and holders, the user's own beside them, and their sources.
fn status_ui(ui: &mut egui::Ui, doc: &Document, row: &Responsibility, actions: &mut Vec<Action>) {
    section(ui, &tr!("detail-status-holders"));
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("detail-built-in"));
        theme::status_badge(ui, row.status);
        ui.label(holder_list(doc, &row.holders));
        if let Some(as_of) = row.as_of {
            ui.label(
                RichText::new(tr!("detail-as-of", date = as_of.to_string()))
                    .weak()
                    .small(),
            )
            .on_hover_text(tr!("detail-as-of-hint"));
        }
    });
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
                    let text = RichText::new(text).small();
                    match source.web_url() {
                        Some(url) => {
                            if ui
                                .link(text)
                                .on_hover_text(format!("{hover}\n{url}"))
                                .clicked()
                            {
                                actions.push(Action::OpenUrl(url.to_owned()));
                            }
                        }
                        None => {
                            ui.label(text).on_hover_text(hover);
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
    ui.horizontal_wrapped(|ui| {
        theme::chip(ui, &i18n::source_kind_label(i18n::current(), source.kind));
        ui.label(source.reference());
        match (source.web_url(), source.url.as_deref()) {
            (Some(url), _) => {
                let link = ui.link(tr!("detail-open")).on_hover_text(url);
                // Read as what it opens, not a bare "open".
                let name = tr!("detail-open-name", source = source.short_label());
                link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &name));
                if link.clicked() {
                    actions.push(Action::OpenUrl(url.to_owned()));
                }
            }
            // Not http(s): shown as text, never opened.
            (None, Some(url)) => {
                ui.label(RichText::new(url).weak().small());
            }
            (None, None) => {}
        }
        copy_button_ui(ui, source.short_label(), source.citation(), actions);
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
                view.assessment = Some(AssessmentDraft {
                    status: row.effective_status(),
                    holders: row.effective_holders().iter().cloned().collect(),
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
                    ui.selectable_value(&mut draft.status, status, status_word(status))
                        .on_hover_text(i18n::status_description(lang, status));
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
                    .checkbox(&mut on, &holder.short)
                    .on_hover_text(&holder.name)
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
