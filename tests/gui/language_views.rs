//! The views in the other languages: the table, the detail panel and its sections speak the
//! chosen language, and the detail panel says that the mandate's texts and the data stay in
//! English (as the UN's official text is); the English interface does not need to say it.

use crate::common::{Launch, launch};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mandate_compare::App;
use mandate_compare::app::Settings;
use mandate_compare::i18n::Language;

fn start_in(language: Language) -> Harness<'static, App> {
    launch(Launch {
        settings: Settings {
            author: "Tester".to_owned(),
            language: Some(language),
            ..crate::common::settings()
        },
        ..Launch::default()
    })
}

/// The words a room sees for UNMIK 9 in one language.
struct Seen<'a> {
    language: Language,
    /// The start of the row's name in the table (what a screen reader says).
    row_name: &'a str,
    /// The row's label in the table: the presence's short name and number.
    label: &'a str,
    /// The detail panel's heading: the label and the row's title.
    heading: &'a str,
    english_line: &'a str,
    shared: &'a str,
    section: &'a str,
}

/// Finds UNMIK 9's row by the name it has in the language, selects it by its label, then
/// checks the detail panel: its heading with the translated title, the line about English,
/// the status word and a section heading.
fn select_and_check(seen: &Seen<'_>) {
    let mut harness = start_in(seen.language);
    harness.get_by_label_contains(seen.row_name);
    crate::common::click(&mut harness, seen.label);
    assert_eq!(harness.state().selected_row(), Some("unmik-09"));
    harness.get_by_label(seen.heading);
    harness.get_by_label(seen.english_line);
    // The status word, in the table and in the detail panel.
    assert!(
        harness.query_all_by_label(seen.shared).count() >= 2,
        "{}",
        seen.shared
    );
    assert!(harness.query_by_label("Shared").is_none());
    harness.get_by_label(seen.section);
    assert!(harness.query_by_label("What happened").is_none());
}

#[test]
fn the_detail_panel_in_albanian_says_the_texts_are_in_english() {
    select_and_check(&Seen {
        language: Language::Sq,
        row_name: "UNMIK 9, par. 11 (i), Rendi dhe ligji civil",
        label: "UNMIK 9",
        heading: "UNMIK 9: Rendi dhe ligji civil; policia vendore dhe ndërkombëtare",
        english_line: "Tekstet e mandatit, përmbledhjet, ngjarjet dhe qëndrimet janë në anglisht, si në tekstin zyrtar të OKB-së.",
        shared: "E përbashkët",
        section: "Çfarë ndodhi",
    });
}

#[test]
fn the_detail_panel_in_serbian_cyrillic_says_the_texts_are_in_english() {
    select_and_check(&Seen {
        language: Language::SrCyrl,
        row_name: "УНМИК 9, пар. 11 (i), Цивилни ред и закон",
        label: "УНМИК 9",
        heading: "УНМИК 9: Цивилни ред и закон; локална и међународна полиција",
        english_line: "Текстови мандата, сажеци, догађаји и ставови су на енглеском, као у званичном тексту УН-а.",
        shared: "Заједничка",
        section: "Шта се догодило",
    });
}

/// The title, the mandates and the mandate's label before its text are in the room's
/// language, each standing on its own after a colon.
#[test]
fn the_built_in_labels_are_shown_in_the_rooms_language() {
    for (language, title, compares, text_of) in [
        (
            Language::Sq,
            "UNMIK dhe KFOR: mandati i vitit 1999 dhe sot",
            "Atëherë: Rezoluta 1244 (1999) (1999-06-10) · Sot: Pas vitit 2008 (2008-06-15)",
            "Teksti i mandatit: Rezoluta 1244 (1999)",
        ),
        (
            Language::SrLatn,
            "UNMIK i KFOR: mandat iz 1999. godine i danas",
            "Tada: Rezolucija 1244 (1999) (1999-06-10) · Danas: Posle 2008. godine (2008-06-15)",
            "Tekst mandata: Rezolucija 1244 (1999)",
        ),
        (
            Language::SrCyrl,
            "УНМИК и КФОР: мандат из 1999. године и данас",
            "Тада: Резолуција 1244 (1999) (1999-06-10) · Данас: После 2008. године (2008-06-15)",
            "Текст мандата: Резолуција 1244 (1999)",
        ),
        (
            Language::En,
            "UNMIK and KFOR: the 1999 mandate and today",
            "Then: Resolution 1244 (1999) (1999-06-10) · Now: After 2008 (2008-06-15)",
            "The mandate's text: Resolution 1244 (1999)",
        ),
    ] {
        let mut harness = start_in(language);
        harness.get_by_label(title);
        harness.get_by_label(compares);
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
        harness.get_by_label(text_of);
    }
}

/// Another mission's file has no translated labels: the Albanian room reads its own.
#[test]
fn another_missions_labels_stay_its_own() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/good/another-mission.ron");
    let mut harness = launch(Launch {
        settings: Settings {
            language: Some(Language::Sq),
            ..crate::common::settings()
        },
        file: Some(file),
        ..Launch::default()
    });
    harness.get_by_label("An example observer mission (test data, not a real mandate)");
    harness.get_by_label(
        "Atëherë: Resolution 9001 (1978) (1978-03-19) · Sot: Since 2006 (2006-08-11)",
    );
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    harness.get_by_label("EOM 1: Confirming the withdrawal");
    harness.get_by_label("Teksti i mandatit: Resolution 9001 (1978)");
    harness.get_by_label("Dhënë më 1978: Example Observer Mission");
}

#[test]
fn the_english_detail_panel_has_no_such_line() {
    let mut harness = start_in(Language::En);
    crate::common::click(&mut harness, "UNMIK 9");
    harness.get_by_label("What happened");
    let line = Language::Sq.t("detail-data-in-english");
    assert!(harness.query_by_label(&line).is_none());
    assert!(
        harness
            .query_by_label(&Language::En.t("detail-data-in-english"))
            .is_none()
    );
}

/// A file that cannot be opened: the status bar says why in the interface's language, the file
/// name as it is, and the built-in data stays open.
#[test]
fn why_a_file_could_not_be_opened_is_said_in_the_language() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let missing = dir.path().join("missing.ron");
    for (language, words) in [
        (
            Language::Sq,
            "skedari nuk mund të lexohet: nuk ka skedar ose dosje të tillë",
        ),
        (
            Language::SrCyrl,
            "датотека не може да се прочита: нема такве датотеке ни фасцикле",
        ),
        (
            Language::En,
            "cannot read the file: No such file or directory",
        ),
    ] {
        let harness = launch(Launch {
            settings: Settings {
                language: Some(language),
                ..crate::common::settings()
            },
            file: Some(missing.clone()),
            ..Launch::default()
        });
        let message = harness.state().message().expect("a message").text();
        assert!(
            message.contains(&format!("{}: {words}", missing.display())),
            "{language}: {message}"
        );
        assert_eq!(
            harness.state().document().rows.len(),
            19,
            "the built-in data is open"
        );
    }
}
