//! The user's notes on a row (or on the whole document): the list and the editor.

use egui::RichText;

use super::widgets::long_text_ui;
use super::widgets::visibility_word;
use super::{Action, EditRequest, MainView, theme};
use crate::model::{Annotation, Visibility, parse_tags};
use crate::tr;

/// A note being written or edited.
#[derive(Clone, Debug, Default)]
pub struct NoteEditor {
    /// The note being edited, or `None` for a new note.
    pub editing: Option<String>,
    /// The text typed so far.
    pub text: String,
    /// The tags typed so far, comma-separated.
    pub tags: String,
    /// Shared or private.
    pub visibility: Visibility,
    /// The name typed by a first-time author.
    pub author: String,
    /// The note whose deletion waits for a confirmation.
    pub confirm_delete: Option<String>,
    /// How many notes the list shows beyond the first [`NOTES_SHOWN`].
    pub more: usize,
    /// The length of a paste the editor refused, to say so.
    pub refused_paste: Option<usize>,
    /// Set by "Write a note…": the text field comes into view and takes the keyboard.
    pub jump: bool,
    /// The name field is open to change the name new notes carry.
    pub changing_name: bool,
}

/// The longest note the editor takes, in characters (about 30 pages). A longer paste is
/// refused with a message rather than laid out in the editor, which would stop the window.
pub const MAX_NOTE_CHARS: usize = 100_000;

/// How many notes a list shows at first (and how many more each "Show more" adds): a document
/// of months of work can have thousands on one row, and each shown note costs layout time in
/// every frame.
pub const NOTES_SHOWN: usize = 50;

impl NoteEditor {
    fn start_editing(&mut self, note: &Annotation) {
        self.editing = Some(note.id.clone());
        self.text = note.text.clone();
        self.tags = note.tags.join(", ");
        self.visibility = note.visibility;
    }

    fn clear(&mut self) {
        let author = std::mem::take(&mut self.author);
        let more = self.more;
        *self = Self {
            author,
            more,
            ..Self::default()
        };
    }
}

/// The notes on `row` and, if `editable`, the editor for a new one.
pub fn notes_ui(
    ui: &mut egui::Ui,
    main: &MainView<'_>,
    row: Option<&str>,
    editor: &mut NoteEditor,
    actions: &mut Vec<Action>,
) {
    let (author, editable) = (main.author, main.editable);
    let notes: Vec<&Annotation> = main.index.notes_for(main.doc, row).collect();
    if notes.is_empty() {
        ui.label(RichText::new(tr!("note-none")).weak());
    }
    let shown = NOTES_SHOWN + editor.more;
    for note in notes.iter().take(shown) {
        note_ui(ui, note, editor, editable, actions);
    }
    if notes.len() > shown {
        let more = (notes.len() - shown).min(NOTES_SHOWN);
        ui.horizontal(|ui| {
            ui.label(tr!("note-showing", shown = shown, total = notes.len()));
            if ui.button(tr!("note-show-more", count = more)).clicked() {
                editor.more += NOTES_SHOWN;
            }
        });
    }
    ui.add_space(6.0);
    if editable {
        editor_ui(ui, row, editor, author, actions);
    }
}

fn note_ui(
    ui: &mut egui::Ui,
    note: &Annotation,
    editor: &mut NoteEditor,
    editable: bool,
    actions: &mut Vec<Action>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.strong(&note.author);
            let created = note.created.strftime("%Y-%m-%d %H:%M UTC").to_string();
            let when = if note.modified == note.created {
                created
            } else {
                let modified = note.modified.strftime("%Y-%m-%d %H:%M UTC").to_string();
                tr!("note-edited", created = created, modified = modified)
            };
            ui.label(RichText::new(when).weak().small());
            if note.visibility == Visibility::Private {
                theme::chip(ui, &visibility_word(Visibility::Private))
                    .on_hover_text(tr!("note-private-hint"));
            }
            for tag in &note.tags {
                theme::tag_chip(ui, tag);
            }
        });
        long_text_ui(ui, &note.id, &note.text, "", theme::TextStyle::Body);
        facts_changed_ui(ui, note, editable, actions);
        if !editable {
            return;
        }
        ui.horizontal(|ui| {
            if editor.confirm_delete.as_deref() == Some(note.id.as_str()) {
                let question = RichText::new(tr!("note-delete-question"));
                ui.label(question.color(theme::warning_color(ui)));
                if ui.button(tr!("note-delete")).clicked() {
                    actions.push(Action::Edit(EditRequest::DeleteNote {
                        id: note.id.clone(),
                    }));
                    editor.confirm_delete = None;
                }
                if ui.button(tr!("note-keep")).clicked() {
                    editor.confirm_delete = None;
                }
            } else {
                let editable_here = note.text.len() <= MAX_NOTE_CHARS;
                let edit = ui
                    .add_enabled(editable_here, egui::Button::new(tr!("note-edit")).small())
                    .on_disabled_hover_text(tr!("note-too-long", max = MAX_NOTE_CHARS));
                if edit.clicked() {
                    editor.start_editing(note);
                }
                if ui.small_button(tr!("note-delete-button")).clicked() {
                    editor.confirm_delete = Some(note.id.clone());
                }
            }
        });
    });
}

/// For a note written before its row's facts changed: says so and what changed, with a way to
/// mark it reviewed.
fn facts_changed_ui(
    ui: &mut egui::Ui,
    note: &Annotation,
    editable: bool,
    actions: &mut Vec<Action>,
) {
    let Some(changed) = &note.facts_changed else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        let when = changed.at.strftime("%Y-%m-%d").to_string();
        ui.label(
            RichText::new(tr!("note-facts-changed", date = when)).color(theme::warning_color(ui)),
        );
        // Format 3 stored English words; they are shown as recorded, before any newer changes.
        if let Some(recorded) = &changed.what {
            let what = tr!("note-what-changed-recorded", what = recorded.as_str());
            ui.label(RichText::new(what).small());
        }
        if !changed.changes.is_empty() {
            let worded = crate::i18n::fact_changes(crate::i18n::current(), &changed.changes);
            ui.label(RichText::new(tr!("note-what-changed", what = worded)).small());
        }
        if editable
            && ui
                .small_button(tr!("note-mark-reviewed"))
                .on_hover_text(tr!("note-mark-reviewed-hint"))
                .clicked()
        {
            actions.push(Action::Edit(EditRequest::ReviewNote {
                id: note.id.clone(),
            }));
        }
    });
}

/// Takes out of this frame's input a paste into the note editor that would make the note
/// longer than [`MAX_NOTE_CHARS`], and remembers its length to say so.
fn refuse_long_pastes(ui: &egui::Ui, edit_id: egui::Id, editor: &mut NoteEditor) {
    if !ui.memory(|m| m.has_focus(edit_id)) {
        return;
    }
    let room = MAX_NOTE_CHARS.saturating_sub(editor.text.chars().count());
    ui.input_mut(|input| {
        input.events.retain(|event| match event {
            egui::Event::Paste(text) => {
                let chars = text.chars().count();
                let fits = chars <= room;
                if !fits {
                    editor.refused_paste = Some(chars);
                }
                fits
            }
            _ => true,
        });
    });
}

/// Whose name new notes and assessments carry, and a way to change it (a shared laptop in a
/// workshop has several authors in turn).
fn author_ui(ui: &mut egui::Ui, editor: &mut NoteEditor, author: &str, actions: &mut Vec<Action>) {
    if !editor.changing_name {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(tr!("note-signed", author = author)).weak());
            if ui
                .small_button(tr!("note-change-name"))
                .on_hover_text(tr!("note-change-name-hint"))
                .clicked()
            {
                editor.changing_name = true;
                author.clone_into(&mut editor.author);
            }
        });
        return;
    }
    let label = ui.label(tr!("note-your-name"));
    let field = ui
        .add(egui::TextEdit::singleline(&mut editor.author).hint_text(tr!("note-your-name-hint")))
        .labelled_by(label.id);
    let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal(|ui| {
        let ready = !editor.author.trim().is_empty();
        let save = ui.add_enabled(ready, egui::Button::new(tr!("note-use-name")));
        if ready && (save.clicked() || entered) {
            actions.push(Action::SetAuthor(std::mem::take(&mut editor.author)));
            editor.changing_name = false;
        }
        if ui.button(tr!("note-cancel")).clicked() {
            editor.changing_name = false;
            editor.author.clear();
        }
    });
}

fn editor_ui(
    ui: &mut egui::Ui,
    row: Option<&str>,
    editor: &mut NoteEditor,
    author: &str,
    actions: &mut Vec<Action>,
) {
    let heading = if editor.editing.is_some() {
        tr!("note-editing")
    } else {
        tr!("note-new")
    };
    ui.strong(heading);
    let needs_name = author.trim().is_empty();
    if needs_name {
        let label = ui.label(tr!("note-your-name"));
        let hint = tr!("note-your-name-hint");
        ui.add(egui::TextEdit::singleline(&mut editor.author).hint_text(hint))
            .labelled_by(label.id);
    } else {
        author_ui(ui, editor, author, actions);
    }
    let label = ui.label(tr!("note-text"));
    let edit_id = ui.make_persistent_id(("note_text", row));
    refuse_long_pastes(ui, edit_id, editor);
    let text_edit = ui
        .add(
            egui::TextEdit::multiline(&mut editor.text)
                .id(edit_id)
                .char_limit(MAX_NOTE_CHARS)
                .desired_rows(3)
                .desired_width(f32::INFINITY)
                .hint_text(tr!("note-text-hint")),
        )
        .labelled_by(label.id);
    if std::mem::take(&mut editor.jump) {
        text_edit.scroll_to_me(Some(egui::Align::Center));
        text_edit.request_focus();
    }
    if let Some(chars) = editor.refused_paste {
        ui.label(
            RichText::new(tr!(
                "note-paste-refused",
                chars = chars,
                max = MAX_NOTE_CHARS
            ))
            .color(theme::warning_color(ui)),
        );
    }
    let label = ui.label(tr!("note-tags"));
    ui.add(
        egui::TextEdit::singleline(&mut editor.tags)
            .desired_width(f32::INFINITY)
            .hint_text(tr!("note-tags-hint")),
    )
    .labelled_by(label.id);
    ui.horizontal(|ui| {
        let shared = visibility_word(Visibility::Shared);
        ui.radio_value(&mut editor.visibility, Visibility::Shared, shared)
            .on_hover_text(tr!("note-shared-hint"));
        let private = visibility_word(Visibility::Private);
        ui.radio_value(&mut editor.visibility, Visibility::Private, private)
            .on_hover_text(tr!("note-private-long-hint"));
    });
    let has_author = !needs_name || !editor.author.trim().is_empty();
    let ready = has_author && !editor.text.trim().is_empty();
    ui.horizontal(|ui| {
        let label = if editor.editing.is_some() {
            tr!("note-save")
        } else {
            tr!("note-add")
        };
        let button = ui.add_enabled(ready, egui::Button::new(label));
        if !has_author {
            button.on_disabled_hover_text(tr!("note-name-first"));
        } else if button.clicked() {
            if needs_name {
                actions.push(Action::SetAuthor(editor.author.clone()));
            }
            let text = editor.text.trim_end().to_owned();
            let tags = parse_tags(&editor.tags);
            let visibility = editor.visibility;
            actions.push(Action::Edit(match editor.editing.take() {
                Some(id) => EditRequest::UpdateNote {
                    id,
                    text,
                    tags,
                    visibility,
                },
                None => EditRequest::AddNote {
                    row: row.map(str::to_owned),
                    text,
                    tags,
                    visibility,
                },
            }));
            editor.clear();
        }
        if (editor.editing.is_some() || !editor.text.is_empty())
            && ui.button(tr!("note-cancel")).clicked()
        {
            editor.clear();
        }
    });
}
