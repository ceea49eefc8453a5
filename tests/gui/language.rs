//! The interface's language, chosen as a person does through View > Language: the menus change
//! at once, the choice is kept in the settings, and the palette finds commands by their names
//! in that language.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mandate_compare::App;
use mandate_compare::i18n::Language;

use crate::common::{ScriptedDialogs, start};

/// Opens the menu `menu`, then its submenu `submenu`, and clicks `item`, all by the labels on
/// screen.
fn choose(harness: &mut Harness<'_, App>, menu: &str, submenu: &str, item: &str) {
    harness.get_by_label(menu).click();
    harness.run();
    harness.get_by_label(submenu).hover();
    harness.run();
    harness.get_by_label(item).click();
    harness.run();
}

/// Runs the palette's best match for `typed`, with the palette's field found by `field`.
fn run_from_palette(harness: &mut Harness<'_, App>, field: &str, typed: &str) {
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    harness.run();
    harness.get_by_label(field).type_text(typed);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness.query_by_label(field).is_none(),
        "the palette closed"
    );
}

#[test]
fn choosing_a_language_translates_the_menus_at_once_and_the_palette_finds_its_words() {
    let mut harness = start(&ScriptedDialogs::default());
    assert_eq!(harness.state().language(), Language::En);

    // Albanian, through the English menus.
    choose(&mut harness, "View", "Language", "Shqip");
    assert_eq!(harness.state().settings().language, Some(Language::Sq));
    assert_eq!(harness.state().language(), Language::Sq);
    harness.get_by_label("Skedari");
    harness.get_by_label("Ndrysho");
    assert!(
        harness.query_by_label("File").is_none(),
        "no English menu left"
    );
    assert!(
        harness
            .state()
            .title()
            .starts_with("Të dhënat e integruara")
    );
    // The palette searches the Albanian names: "Fshih panelin e etiketave" hides the tags.
    assert!(harness.state().settings().show_tags);
    run_from_palette(&mut harness, "Komanda", "fshih panelin");
    assert!(!harness.state().settings().show_tags, "Hide tags panel ran");

    // Serbian in Cyrillic, through the Albanian menus.
    choose(&mut harness, "Pamja", "Gjuha", "Српски (ћирилица)");
    assert_eq!(harness.state().settings().language, Some(Language::SrCyrl));
    assert_eq!(harness.state().language(), Language::SrCyrl);
    harness.get_by_label("Датотека");
    assert!(
        harness.query_by_label("Skedari").is_none(),
        "no Albanian menu left"
    );
    // "Прикажи панел ознака" shows the tags again.
    run_from_palette(&mut harness, "Команда", "прикажи панел");
    assert!(harness.state().settings().show_tags, "Show tags panel ran");

    // The status bar speaks Serbian too.
    harness.get_by_label_contains("19 одговорности");
}

/// A file opened with problems says the first in the interface's language, and again in the
/// new one after a switch: the problem is data, worded only when shown (it was the model's
/// English sentence in every language).
#[test]
fn a_problem_found_on_opening_reads_in_the_interfaces_language() {
    let mut harness = crate::common::launch(crate::common::Launch {
        file: Some(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/good/orphan-note.ron"),
        ),
        ..crate::common::Launch::default()
    });
    let message = harness.state().message().expect("message").text();
    assert!(
        message.contains("warning: annotations[") && message.contains("is about the unknown row"),
        "{message}"
    );
    choose(&mut harness, "View", "Language", "Shqip");
    let message = harness.state().message().expect("message").text();
    assert!(
        message.contains("paralajmërim: annotations[")
            && message.contains("ka të bëjë me rreshtin e panjohur"),
        "{message}"
    );
    choose(&mut harness, "Pamja", "Gjuha", "Srpski (latinica)");
    let message = harness.state().message().expect("message").text();
    assert!(
        message.contains("upozorenje: annotations[")
            && message.contains("odnosi se na nepoznati red"),
        "{message}"
    );
}
