//! The comparison table: one row per responsibility the filter lets through, virtualised.

use egui::{Key, RichText, Sense};
use egui_extras::{Column, TableBuilder, TableRow};

use super::filters::found_words;
use super::theme::{self, TextStyle};
use super::widgets::{SHOWN_AT_FIRST, cut, status_word};
use super::{Action, MainView, ViewState};
use crate::model::{Field, Responsibility, Shown};
use crate::tr;

mod sizes;

use sizes::{holders_width, reading_heights, shown_rows_id};

/// The table of responsibilities. A click selects a row; Up and Down move the selection.
pub fn table_ui(
    ui: &mut egui::Ui,
    main: &MainView<'_>,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let (doc, visible) = (main.doc, main.visible);
    if visible.is_empty() {
        ui.add_space(20.0);
        ui.label(RichText::new(tr!("table-no-match")).weak());
        return;
    }
    let selected_at = view
        .selected
        .as_deref()
        .and_then(|id| visible.iter().position(|&i| doc.rows[i].id == id));
    let moved = keyboard_move(ui, selected_at, visible.len());
    if let Some(at) = moved {
        view.select(Some(doc.rows[visible[at]].id.clone()));
    }
    let titles = column_titles(main);
    // Column widths are kept per layout (compare mode and reading mode have other columns) and
    // per width of the table, in steps of 160 px: a window made much wider or narrower starts
    // from widths that fill it (egui_extras keeps a resizable table's widths otherwise).
    let width_step = (ui.available_width() / 160.0).round() as u32;
    let salt = (main.compare.is_some(), main.reading, width_step);
    let holders_width = holders_width(ui, main);
    let mut table = builder(
        ui,
        salt,
        main.compare.is_some(),
        main.reading,
        holders_width,
    );
    let keep_in_view = std::mem::take(&mut view.scroll_to_selected)
        .then_some(selected_at)
        .flatten();
    if let Some(at) = moved.or(keep_in_view) {
        table = table.scroll_to_row(at, None);
    } else if !std::mem::replace(&mut view.table_shown, true) {
        table = table.vertical_scroll_offset(0.0);
    }
    let mut clicked = None;
    let mut citation_to_copy = None;
    // The rows drawn (on screen): the next frame measures their heights first.
    let mut shown = Vec::new();
    table
        .header(24.0, |mut header| {
            for title in &titles {
                header.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|mut body| {
            let query = view.filter.text.as_str();
            let heights = main.reading.then(|| reading_heights(&mut body, main));
            let add_row = |mut row: TableRow<'_, '_>| {
                shown.push(row.index());
                let Some(item) = visible.get(row.index()).and_then(|&i| doc.rows.get(i)) else {
                    return;
                };
                let selected = view.selected.as_deref() == Some(item.id.as_str());
                row.set_selected(selected);
                let found = main.found.get(row.index()).map_or(&[][..], Vec::as_slice);
                cells_ui(&mut row, main, item, (query, found));
                let response = row.response();
                // One node a screen reader reads as the row, with its selection; moving the
                // selection with the keys moves the focus, so the reader speaks the new row.
                response.ctx.accesskit_node_builder(response.id, |node| {
                    node.set_role(egui::accesskit::Role::Row);
                    node.set_label(row_name(main, item));
                    node.set_selected(selected);
                });
                if moved == Some(row.index()) {
                    response.request_focus();
                }
                if response.has_focus() {
                    // Up and Down move the selection (and the focus with it), not egui's focus.
                    let arrows = egui::EventFilter {
                        vertical_arrows: true,
                        ..Default::default()
                    };
                    response
                        .ctx
                        .memory_mut(|m| m.set_focus_lock_filter(response.id, arrows));
                }
                if response.clicked() {
                    clicked = Some(item.id.clone());
                }
                if let Some(citation) = doc.row_citation(item) {
                    response.context_menu(|ui| {
                        if ui.button(tr!("table-copy-citation")).clicked() {
                            citation_to_copy = Some(citation);
                        }
                    });
                }
            };
            match heights {
                Some(heights) => body.heterogeneous_rows(heights.iter().copied(), add_row),
                None => body.rows(theme::TABLE_ROW_HEIGHT, visible.len(), add_row),
            }
        });
    if let (Some(&top), Some(&bottom)) = (shown.iter().min(), shown.iter().max()) {
        ui.data_mut(|d| d.insert_temp(shown_rows_id(), top..bottom + 1));
    }
    if clicked.is_some() {
        view.select(clicked);
    }
    if let Some(citation) = citation_to_copy {
        actions.push(Action::CopyCitation(citation));
    }
    name_resize_handles(ui, salt, &titles);
}

/// The columns' titles: compare mode has one more ("In NAME"), reading mode one less.
fn column_titles(main: &MainView<'_>) -> Vec<String> {
    let mut titles = vec![tr!("glossary-mandate")];
    if let Some(compare) = &main.compare {
        titles.push(tr!("table-column-differs", name = compare.name));
    }
    let year = main.doc.original.date.year().to_string();
    titles.push(tr!("table-column-responsibility", year = year));
    if main.reading {
        titles.push(tr!("table-column-status-holders"));
    } else {
        titles.extend([tr!("table-column-status"), tr!("table-column-holders")]);
        titles.push(tr!("table-column-notes"));
    }
    titles
}

/// The handles between columns are Tab stops (egui_extras makes them draggable and
/// double-clickable): give each a name a screen reader can say.
fn name_resize_handles(ui: &egui::Ui, salt: TableSalt, titles: &[String]) {
    let state_id = ui.scope_id().with(egui::IdSalt::new(salt));
    for (index, title) in titles.iter().enumerate() {
        let id = state_id.with("resize_column").with(index);
        if let Some(handle) = ui.ctx().read_response(id) {
            let name = tr!("table-resize-column", column = title.as_str());
            handle.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Splitter, true, &name));
        }
    }
}

/// What a screen reader says for a row: "UNMIK 9, para. 11 (i), Civil law and order…, Shared,
/// as of 2026-11, Kosovo Police, EULEX, KFOR, UNMIK, 2 notes": one message, its optional
/// parts (paragraph, when checked, what differs) empty when the row has none.
fn row_name(main: &MainView<'_>, item: &Responsibility) -> String {
    let doc = main.doc;
    let paragraph = if item.paragraph.is_empty() {
        String::new()
    } else {
        tr!("table-row-paragraph", paragraph = item.paragraph.as_str())
    };
    let checked = if item.assessment.is_some() {
        tr!("table-row-yours")
    } else if let Some(as_of) = item.as_of {
        tr!("table-row-as-of", date = as_of.to_string())
    } else {
        String::new()
    };
    let tags = crate::i18n::label_tags();
    let holders = doc.holder_names_in(item.effective_holders(), tags);
    let holders = if doc.blind && item.assessment.is_none() {
        tr!("blind-hidden")
    } else if holders.is_empty() {
        tr!("table-row-no-holder")
    } else {
        holders.join(", ")
    };
    let differs = main
        .compare
        .as_ref()
        .and_then(|c| c.diff.row(&item.id))
        .map_or_else(String::new, |diff| {
            tr!("table-row-differs", what = super::compare::diff_words(diff))
        });
    tr!(
        "table-row-name",
        label = doc.row_label_in(item, tags),
        paragraph = paragraph,
        title = cut(item.title_in(tags), 200),
        status = if doc.blind && item.assessment.is_none() {
            tr!("blind-hidden")
        } else {
            status_word(item.effective_status())
        },
        checked = checked,
        holders = holders,
        notes = tr!("table-row-notes", count = main.counts.notes_on(&item.id)),
        differs = differs,
    )
}

/// A row's status: the badge, when it was checked, or that the status is someone's own
/// assessment (`mine`: the user's, else the compared file's person's; `blind`: assessing blind,
/// nothing said of the built-in status).
fn status_ui(ui: &mut egui::Ui, item: &Responsibility, mine: bool, blind: bool) {
    theme::status_badge(ui, item.effective_status());
    if blind {
        // Assessing blind: the user's own, with nothing of the built-in one beside it.
        theme::own_marker(ui, &tr!("table-yours"));
        return;
    }
    if let (Some(as_of), None) = (item.as_of, &item.assessment) {
        ui.label(RichText::new(as_of.to_string()).small().weak())
            .on_hover_text(tr!("table-as-of-hint"));
    }
    if let Some(own) = &item.assessment {
        let (word, hint) = if mine {
            (
                tr!("table-yours"),
                tr!("table-yours-hint", status = status_word(item.status)),
            )
        } else {
            (
                tr!("table-theirs"),
                tr!(
                    "table-theirs-hint",
                    author = own.author.as_str(),
                    status = status_word(item.status)
                ),
            )
        };
        theme::own_marker(ui, &word).on_hover_text(hint);
    }
}

/// Who holds the function: wrapped in reading mode, one line otherwise.
fn holders_ui(ui: &mut egui::Ui, main: &MainView<'_>, item: &Responsibility, query: &str) {
    let names = main
        .doc
        .holder_names_in(item.effective_holders(), crate::i18n::label_tags());
    let text = if names.is_empty() {
        "—".to_owned()
    } else {
        names.join(", ")
    };
    let shown = theme::highlighted(ui, cut(&text, 1_000), query, TextStyle::Body);
    let label = egui::Label::new(shown).selectable(false);
    if main.reading {
        ui.add(label.wrap());
    } else {
        // Cut only where the column is narrower than the list; the whole list on hover.
        ui.add(label.truncate()).on_hover_text(text);
    }
}

/// Under a text that is not the mandate's own words, in reading mode: whose wording it is.
fn worded_label(main: &MainView<'_>, item: &Responsibility) -> Option<String> {
    let Shown::Wording(source, id) = main.doc.text_shown(item) else {
        return None;
    };
    let by = source.map_or(id, |s| s.title.as_str());
    Some(tr!("table-worded", source = by))
}

/// What names a table layout's column widths in egui's memory: compare mode, reading mode and
/// the table's width in steps.
type TableSalt = (bool, bool, u32);

/// The table's columns (`salt` names their widths' memory); compare mode has one more.
fn builder<'a>(
    ui: &'a mut egui::Ui,
    salt: TableSalt,
    comparing: bool,
    reading: bool,
    holders_width: f32,
) -> TableBuilder<'a> {
    let mut table = TableBuilder::new(ui)
        .id_salt(salt)
        .striped(true)
        .resizable(true)
        .auto_shrink([false, false])
        .sense(Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::auto().at_least(72.0));
    // In compare mode, what differs comes second, where it cannot be scrolled out of view.
    if comparing {
        table = table.column(Column::initial(190.0).at_least(120.0).clip(true));
    }
    table = table.column(Column::remainder().at_least(150.0).clip(true));
    table = if reading {
        table.column(Column::initial(180.0).at_least(110.0).clip(true))
    } else {
        table
            .column(Column::initial(110.0).at_least(100.0))
            .column(Column::initial(holders_width).at_least(100.0).clip(true))
    };
    // Reading mode gives the note count a line in the first column instead, for the text.
    if reading {
        table
    } else {
        table.column(Column::exact(72.0))
    }
}

/// One row's cells: its label, what differs (in compare mode), its text, status, holders and
/// note count; `query` is highlighted, and where it was `found` is said when that is not
/// the text shown.
fn cells_ui(
    row: &mut TableRow<'_, '_>,
    main: &MainView<'_>,
    item: &Responsibility,
    (query, found): (&str, &[Field]),
) {
    let doc = main.doc;
    row.col(|ui| {
        ui.vertical(|ui| {
            let label = RichText::new(doc.row_label_in(item, crate::i18n::label_tags())).strong();
            ui.add(egui::Label::new(label).selectable(false));
            if !item.paragraph.is_empty() {
                let paragraph =
                    RichText::new(tr!("table-paragraph", paragraph = item.paragraph.as_str()))
                        .weak();
                ui.add(egui::Label::new(paragraph).selectable(false));
            }
            if main.reading {
                notes_count_ui(ui, main, item, true);
            }
        });
    });
    if let Some(compare) = &main.compare {
        row.col(|ui| {
            ui.vertical(|ui| {
                // Their status, beside yours in the next columns; marked where it is their own.
                if let Some(theirs) = compare.doc.row(&item.id) {
                    ui.horizontal(|ui| status_ui(ui, theirs, false, false));
                }
                if let Some(diff) = compare.diff.row(&item.id) {
                    let words = super::compare::diff_words(diff);
                    let text = RichText::new(&words).color(theme::warning_color(ui));
                    ui.add(egui::Label::new(text).truncate().selectable(false))
                        .on_hover_text(tr!("table-differs-hint", what = words.as_str()));
                }
            });
        });
    }
    row.col(|ui| {
        ui.vertical(|ui| {
            if main.reading {
                // Reading mode: the whole text, wrapped (a very long one cut, as everywhere).
                let title = item.title_in(crate::i18n::label_tags());
                let title = theme::highlighted(ui, title, query, TextStyle::Strong);
                ui.add(egui::Label::new(title).wrap().selectable(false));
                // Quotation marks only for the mandate's own words, checked against a copy.
                let text = cut(&item.original, SHOWN_AT_FIRST);
                let text = if item.text_is_quote() {
                    tr!("detail-quoted", text = text)
                } else {
                    text.to_owned()
                };
                let original = theme::highlighted(ui, &text, query, TextStyle::Body);
                ui.add(egui::Label::new(original).wrap().selectable(false));
                if let Some(found) = found_words(found) {
                    let found = RichText::new(found).italics();
                    ui.add(egui::Label::new(found).wrap().selectable(false));
                }
                if let Some(label) = worded_label(main, item) {
                    let worded = RichText::new(label).small().weak();
                    ui.add(egui::Label::new(worded).wrap().selectable(false));
                }
            } else {
                // A cell shows one line: no more than that is laid out, however long the text.
                let title = cut(item.title_in(crate::i18n::label_tags()), 300);
                let title = theme::highlighted(ui, title, query, TextStyle::Strong);
                ui.add(egui::Label::new(title).truncate().selectable(false));
                // Found elsewhere than in the title or the text: the second line says where,
                // in place of the text.
                if let Some(found) = found_words(found) {
                    let found = RichText::new(found).italics();
                    ui.add(egui::Label::new(found).truncate().selectable(false));
                } else {
                    let original =
                        theme::highlighted(ui, cut(&item.original, 300), query, TextStyle::Weak);
                    ui.add(egui::Label::new(original).truncate().selectable(false));
                }
            }
        });
    });
    if main.reading {
        // Reading mode: status and holders in one column, the holders wrapped below.
        row.col(|ui| {
            ui.vertical(|ui| {
                if doc.blind && item.assessment.is_none() {
                    hidden_ui(ui);
                } else {
                    ui.horizontal(|ui| status_ui(ui, item, true, doc.blind));
                    holders_ui(ui, main, item, query);
                }
            });
        });
    } else if doc.blind && item.assessment.is_none() {
        // Blind assessing: nothing of the built-in assessment until Reveal.
        row.col(hidden_ui);
        row.col(hidden_ui);
    } else {
        row.col(|ui| status_ui(ui, item, true, doc.blind));
        row.col(|ui| holders_ui(ui, main, item, query));
    }
    if !main.reading {
        row.col(|ui| {
            ui.vertical(|ui| notes_count_ui(ui, main, item, false));
        });
    }
}

/// What a cell of the built-in assessment shows while assessing blind.
fn hidden_ui(ui: &mut egui::Ui) {
    let text = RichText::new(tr!("blind-hidden")).weak().italics();
    ui.add(egui::Label::new(text).selectable(false));
}

/// How many notes a row has, and how many are to review; `spelled` says "2 notes" (where no
/// column header says it).
fn notes_count_ui(ui: &mut egui::Ui, main: &MainView<'_>, item: &Responsibility, spelled: bool) {
    let count = main.counts.notes_on(&item.id);
    if count > 0 {
        let text = if spelled {
            tr!("table-notes-count", count = count)
        } else {
            count.to_string()
        };
        ui.add(egui::Label::new(text).selectable(false));
    }
    let to_review = main.counts.to_review_on(&item.id);
    if to_review > 0 {
        let text = RichText::new(tr!("table-to-review", count = to_review))
            .small()
            .color(theme::warning_color(ui));
        ui.add(egui::Label::new(text).selectable(false))
            .on_hover_text(tr!("table-to-review-hint"));
    }
}

/// Where Up or Down moves the selection among `len` rows (the table's and the room's).
pub(super) fn keyboard_move(ui: &egui::Ui, selected: Option<usize>, len: usize) -> Option<usize> {
    // Not while typing (in the search field, say); a focused row or button lets the keys through.
    if len == 0 || ui.ctx().text_edit_focused() {
        return None;
    }
    let (down, up) = ui.input(|i| (i.key_pressed(Key::ArrowDown), i.key_pressed(Key::ArrowUp)));
    match (selected, down, up) {
        (None, true, _) => Some(0),
        (None, _, true) => Some(len - 1),
        (Some(i), true, _) => Some((i + 1).min(len - 1)),
        (Some(i), _, true) => Some(i.saturating_sub(1)),
        _ => None,
    }
}
