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

/// Finds UNMIK 9's row by the name it has in `language` (what a screen reader says), selects
/// it by its label (the presence's short name and number: data, the same in every language),
/// then checks the detail panel: the line about English, the status word and a section
/// heading.
fn select_and_check(
    language: Language,
    row_name: &str,
    english_line: &str,
    shared: &str,
    heading: &str,
) {
    let mut harness = start_in(language);
    harness.get_by_label_contains(row_name);
    crate::common::click(&mut harness, "UNMIK 9");
    assert_eq!(harness.state().selected_row(), Some("unmik-09"));
    harness.get_by_label("UNMIK 9: Civil law and order; local and international police");
    harness.get_by_label(english_line);
    // The status word, in the table and in the detail panel.
    assert!(harness.query_all_by_label(shared).count() >= 2, "{shared}");
    assert!(harness.query_by_label("Shared").is_none());
    harness.get_by_label(heading);
    assert!(harness.query_by_label("What happened").is_none());
}

#[test]
fn the_detail_panel_in_albanian_says_the_texts_are_in_english() {
    select_and_check(
        Language::Sq,
        "UNMIK 9, par. 11 (i), Civil law and order",
        "Tekstet e mandatit dhe të dhënat janë në anglisht, si në tekstin zyrtar të OKB-së.",
        "E përbashkët",
        "Çfarë ndodhi",
    );
}

#[test]
fn the_detail_panel_in_serbian_cyrillic_says_the_texts_are_in_english() {
    select_and_check(
        Language::SrCyrl,
        "UNMIK 9, пар. 11 (i), Civil law and order",
        "Текстови мандата и подаци су на енглеском, као у званичном тексту УН-а.",
        "Заједничка",
        "Шта се догодило",
    );
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
        let message = harness.state().message().expect("a message").text.clone();
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
