//! The tag list: every tag with its count; a click filters the table; rename or merge a tag on
//! every note in one step.

use egui::RichText;

use super::{Action, EditRequest, ViewState, theme};
use crate::tr;
use std::collections::BTreeMap;

/// A tag rename being typed.
#[derive(Clone, Debug, Default)]
pub struct RenameDraft {
    from: Option<String>,
    to: String,
}

/// The tag list panel.
pub fn tags_panel_ui(
    ui: &mut egui::Ui,
    counts: &BTreeMap<String, usize>,
    view: &mut ViewState,
    editable: bool,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    ui.strong(tr!("tags-heading"));
    if counts.is_empty() {
        ui.label(RichText::new(tr!("tags-none")).weak());
        return;
    }
    ui.label(RichText::new(tr!("tags-click-hint")).weak().small());
    egui::ScrollArea::vertical()
        .id_salt("tag_list")
        .max_height(ui.available_height() - 150.0)
        .show(ui, |ui| {
            for (tag, count) in counts {
                let on = view.filter.tags.contains(tag);
                ui.horizontal(|ui| {
                    let (dot, _) =
                        ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                    ui.painter()
                        .circle_filled(dot.center(), 5.0, theme::tag_color(tag));
                    let label = format!("#{tag} ({count})");
                    // Cut to the panel's width; a long tag says itself in full on hover.
                    let mut button =
                        ui.add(egui::Button::selectable(on, label.as_str()).truncate());
                    if tag.chars().count() > theme::TAG_HOVER_AFTER {
                        button = button.on_hover_text(&label);
                    }
                    if button.clicked() {
                        if on {
                            view.filter.tags.remove(tag);
                        } else {
                            view.filter.tags.insert(tag.clone());
                        }
                    }
                });
            }
        });
    if !editable {
        return;
    }
    ui.separator();
    ui.strong(tr!("tags-rename-heading"));
    let draft = &mut view.rename;
    if draft.from.as_ref().is_some_and(|t| !counts.contains_key(t)) {
        draft.from = None;
    }
    let label = ui.label(tr!("tags-rename-from"));
    let chosen = draft
        .from
        .as_deref()
        .map_or_else(|| tr!("tags-choose"), |t| format!("#{t}"));
    let combo = egui::ComboBox::from_id_salt("rename_from")
        .selected_text(&chosen)
        .width(ui.available_width().min(theme::TAGS_MAX_WIDTH))
        .truncate()
        .show_ui(ui, |ui| {
            for tag in counts.keys() {
                let choice =
                    egui::Button::selectable(draft.from.as_ref() == Some(tag), format!("#{tag}"))
                        .truncate();
                if ui.add(choice).clicked() {
                    draft.from = Some(tag.clone());
                }
            }
        })
        .response
        .labelled_by(label.id);
    super::widgets::announce_value(&combo, &chosen);
    let label = ui.label(tr!("tags-new-name"));
    ui.add(egui::TextEdit::singleline(&mut draft.to).hint_text(tr!("tags-new-name-hint")))
        .labelled_by(label.id);
    let ready = draft.from.is_some() && !draft.to.trim().is_empty();
    if ui
        .add_enabled(ready, egui::Button::new(tr!("tags-rename")))
        .on_hover_text(tr!("tags-rename-hint"))
        .clicked()
        && let Some(from) = draft.from.take()
    {
        actions.push(Action::Edit(EditRequest::RenameTag {
            from,
            to: std::mem::take(&mut draft.to).trim().to_owned(),
        }));
    }
}
