//! The detail of the selected row: the 1999 text, status and holders (built-in and the user's),
//! what happened, the timeline, the positions, the sources and the notes.

use std::collections::BTreeSet;

use egui::RichText;

use super::widgets::{SHOWN_AT_FIRST, announce_value, cut, holder_list, long_text_ui, section};
use super::{Action, EditRequest, MainView, ViewState, notes, theme};
use crate::model::{Document, Responsibility, SourceKind, Status};

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
                None => overview_ui(ui, doc, main.counts.orphans, view, edit, actions),
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
    orphans: usize,
    view: &mut ViewState,
    edit: Editing<'_>,
    actions: &mut Vec<Action>,
) {
    ui.heading("Overview");
    ui.label(
        "Select a responsibility in the table (or press the Down key) to see what became of it.",
    );
    ui.add_space(8.0);
    ui.strong("Status today");
    egui::Grid::new("status_counts")
        .num_columns(2)
        .show(ui, |ui| {
            for status in Status::ALL {
                let count = doc
                    .rows
                    .iter()
                    .filter(|r| r.effective_status() == status)
                    .count();
                if count > 0 {
                    theme::status_badge(ui, status);
                    ui.label(format!("{count} of {}", doc.rows.len()));
                    ui.end_row();
                }
            }
        });
    if orphans > 0 {
        ui.add_space(8.0);
        ui.label(
            RichText::new(format!(
                "Warning: {orphans} note(s) are about rows this document does not have; they are kept:"
            ))
            .color(theme::warning_color(ui)),
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
    ui.heading("Notes on the whole comparison");
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
    if let Some(presence) = doc.presence(&row.presence) {
        let given = format!("Given in {} to {}", doc.original.date.year(), presence.name);
        ui.label(RichText::new(given).weak());
    }
    if let Some(citation) = doc.row_citation(row) {
        ui.horizontal(|ui| {
            ui.label(RichText::new(&citation).weak())
                .on_hover_text("How to cite the mandate's words for this row");
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
    section(ui, "What happened");
    long_text_ui(ui, "summary", &row.summary, &query, theme::TextStyle::Body);
    events_ui(ui, doc, row, &query, actions);
    phases_ui(ui, doc, row, actions);
    positions_ui(ui, doc, row, actions);
    sources_ui(ui, doc, row, actions);
    section(ui, "Your notes");
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
    section(ui, &format!("The text of {}", doc.original.label));
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        if row.original.len() <= SHOWN_AT_FIRST {
            let quoted = format!("“{}”", row.original);
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
        ui.label(RichText::new(format!("As worded in {by}:")).weak());
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
    section(ui, "Status and holders today");
    ui.horizontal_wrapped(|ui| {
        ui.label("Built-in:");
        theme::status_badge(ui, row.status);
        ui.label(holder_list(doc, &row.holders));
        if let Some(as_of) = row.as_of {
            ui.label(RichText::new(format!("as of {as_of}")).weak().small())
                .on_hover_text("When this status and these holders were last checked");
        }
    });
    if let Some(own) = &row.assessment {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Yours:").color(theme::own_assessment_color(ui)));
            theme::status_badge(ui, own.status);
            ui.label(holder_list(doc, &own.holders));
        });
        let set = format!(
            "Set by {} on {}",
            own.author,
            own.modified.strftime("%Y-%m-%d")
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
    section(ui, "Timeline");
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
    section(ui, "Who held it when");
    egui::Grid::new(("phases", &row.id))
        .num_columns(2)
        .spacing([10.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (index, phase) in row.phases.iter().enumerate() {
                let until = row
                    .phases
                    .get(index + 1)
                    .map_or_else(|| "today".to_owned(), |next| next.from.to_string());
                let span = RichText::new(format!("{} – {until}", phase.from)).monospace();
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
    section(ui, "Positions");
    if row.positions.is_empty() {
        ui.label(RichText::new("No competing positions recorded.").weak());
    }
    for (index, position) in row.positions.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(format!("Held by {}", position.held_by)).strong());
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
    section(ui, "Sources");
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
        ui.label(RichText::new("Sources:").small().weak());
        for id in ids {
            match doc.source(id) {
                Some(source) => {
                    let mut text = source.short_label().to_owned();
                    if source.kind == SourceKind::Secondary {
                        text.push_str(" (secondary)");
                    }
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
                        RichText::new(format!("unknown source {id:?}"))
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
        theme::chip(ui, source.kind.label());
        ui.label(source.reference());
        match (source.web_url(), source.url.as_deref()) {
            (Some(url), _) => {
                let link = ui.link("open").on_hover_text(url);
                // Read as what it opens, not a bare "open".
                let name = format!("open {}", source.short_label());
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
        .small_button("copy")
        .on_hover_text(format!("Copy the citation: {citation}"));
    let name = format!("Copy the citation of {of}");
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
                "Change your assessment…"
            } else {
                "Give your own assessment…"
            };
            if ui.button(label).clicked() {
                view.assessment = Some(AssessmentDraft {
                    status: row.effective_status(),
                    holders: row.effective_holders().iter().cloned().collect(),
                });
            }
            if row.assessment.is_some() && ui.button("Restore built-in").clicked() {
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
        ui.strong("Your assessment");
        let label = ui.label("Your status");
        let combo = egui::ComboBox::from_id_salt(("own_status", &row.id))
            .selected_text(draft.status.label())
            .show_ui(ui, |ui| {
                for status in Status::ALL {
                    ui.selectable_value(&mut draft.status, status, status.label())
                        .on_hover_text(status.description());
                }
            })
            .response
            .labelled_by(label.id);
        announce_value(&combo, draft.status.label());
        ui.label("Your holders");
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
            if ui.button("Save assessment").clicked() {
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
            } else if !ui.button("Cancel").clicked() {
                keep = true;
            }
        });
    });
    if keep {
        view.assessment = Some(draft);
    }
}
