//! Every view and a slide in every language, at 1280 × 720 (a laptop, a projector): every
//! character the screen shows has a glyph in the app's fonts (Ë, Ç, Đ, Ž, Ć, Č, Ђ, Ћ, Џ, Љ, Њ…),
//! nothing reaches past the window's edges, no message id shows in place of its text, and in
//! Albanian and Serbian no English text of the interface is left.

use std::collections::BTreeSet;

use egui::{FontFamily, FontId, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT as _;
use mandate_compare::App;
use mandate_compare::i18n::Language;

use crate::common::{Launch, launch, settings};

const WIDTH: f32 = 1280.0;
const HEIGHT: f32 = 720.0;

/// The ids of the English file's messages and attributes, and their texts where they take no
/// variables.
fn english_messages() -> (BTreeSet<String>, Vec<(String, String)>) {
    let mut ids = BTreeSet::new();
    let mut texts = Vec::new();
    let mut message = None;
    for line in Language::En.ftl_source().lines() {
        let id = if let Some(rest) = line.strip_prefix("    .") {
            let Some((attribute, _)) = rest.split_once(" =") else {
                continue;
            };
            message
                .as_ref()
                .map(|m: &String| format!("{m}.{attribute}"))
        } else if let Some((id, _)) = line.split_once(" =")
            && !id.starts_with([' ', '#'])
        {
            message = Some(id.to_owned());
            Some(id.to_owned())
        } else {
            None
        };
        if let Some(id) = id {
            let text = Language::En.t(&id);
            if !text.contains('{') {
                texts.push((id.clone(), text));
            }
            ids.insert(id);
        }
    }
    (ids, texts)
}

/// Every text on screen: each node's label, value and description.
fn texts_on_screen(harness: &Harness<'_, App>) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .flat_map(|node| {
            let node = node.accesskit_node();
            [node.label(), node.value(), node.description()]
        })
        .flatten()
        .filter(|text| !text.trim().is_empty())
        .collect()
}

/// Checks what is on screen now, in `lang`, in the view called `view`.
fn check(harness: &Harness<'_, App>, lang: Language, view: &str) {
    let (ids, english) = english_messages();
    let texts = texts_on_screen(harness);
    assert!(texts.len() > 20, "{lang} {view}: the view has texts");
    for text in &texts {
        let font = FontId::new(14.0, FontFamily::Proportional);
        assert!(
            harness.ctx.fonts_mut(|fonts| {
                text.chars()
                    .filter(|c| !c.is_control())
                    .all(|c| fonts.has_glyph(&font, c))
            }),
            "{lang} {view}: a glyph is missing in {text:?}"
        );
        assert!(
            !ids.contains(text.as_str()),
            "{lang} {view}: the message id {text:?} shows instead of its text"
        );
    }
    if lang != Language::En {
        let shown: BTreeSet<&str> = texts.iter().map(String::as_str).collect();
        for (id, text) in &english {
            // Words the same in both languages ("Status" is not; "UNMIK", "CSV" are) are fine.
            if lang.t(id) != *text && text.chars().filter(char::is_ascii_alphabetic).count() > 3 {
                assert!(
                    !shown.contains(text.as_str()),
                    "{lang} {view}: the English {text:?} ({id}) is on screen"
                );
            }
        }
    }
    for node in harness.root().children_recursive() {
        let node = node.accesskit_node();
        let Some(rect) = node.bounding_box() else {
            continue;
        };
        if !(rect.x0.is_finite() && rect.x1.is_finite()) {
            continue;
        }
        let name = node.label().or_else(|| node.value()).unwrap_or_default();
        assert!(
            rect.x0 >= -0.5 && rect.x1 <= f64::from(WIDTH) + 0.5,
            "{lang} {view}: {name:?} ({:?}) reaches past the window's edge: {rect:?}",
            node.role()
        );
    }
}

fn key(harness: &mut Harness<'_, App>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

#[test]
fn every_view_and_a_slide_in_every_language_fits_and_has_its_glyphs() {
    for lang in Language::ALL {
        let mut harness = launch(Launch {
            settings: mandate_compare::app::Settings {
                language: Some(lang),
                ..settings()
            },
            size: [WIDTH, HEIGHT],
            ..Launch::default()
        });
        check(&harness, lang, "table");
        // The detail panel of the first row, chosen with the keyboard.
        key(&mut harness, Modifiers::NONE, Key::ArrowDown);
        assert!(
            harness.state().selected_row().is_some(),
            "{lang}: a row is selected"
        );
        check(&harness, lang, "table and detail");
        key(&mut harness, Modifiers::COMMAND, Key::Num2);
        check(&harness, lang, "summary");
        key(&mut harness, Modifiers::COMMAND, Key::Num3);
        check(&harness, lang, "timeline");
        key(&mut harness, Modifiers::NONE, Key::F5);
        check(&harness, lang, "first slide");
        key(&mut harness, Modifiers::NONE, Key::ArrowRight);
        key(&mut harness, Modifiers::NONE, Key::ArrowRight);
        check(&harness, lang, "a row's slide");
    }
}

#[test]
fn the_fonts_have_every_character_of_every_translation() {
    let harness = launch(Launch::default());
    for lang in Language::ALL {
        let text = lang.ftl_source();
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            let font = FontId::new(14.0, family.clone());
            let missing: BTreeSet<char> = text
                .chars()
                .filter(|&c| !c.is_control())
                .filter(|&c| !harness.ctx.fonts_mut(|fonts| fonts.has_glyph(&font, c)))
                .collect();
            assert!(
                missing.is_empty(),
                "{lang} {family:?}: no glyph for {missing:?}"
            );
        }
        for letter in ["Ë", "Ç", "Đ", "Ž", "Ć", "Č", "Ђ", "Ћ", "Џ", "Љ", "Њ"] {
            let font = FontId::new(14.0, FontFamily::Proportional);
            assert!(
                harness
                    .ctx
                    .fonts_mut(|fonts| fonts.has_glyphs(&font, letter))
            );
        }
    }
}
