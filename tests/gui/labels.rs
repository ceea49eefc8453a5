//! Labels come from the document: another mission's file (a 1978 resolution) shows nothing of
//! 1999, UNMIK, KFOR, resolution 1244 or Kosovo, in any view, slide or export.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use mandate_compare::App;
use mandate_compare::export::{Format, Options, export};
use mandate_compare::io;

use crate::common::{Launch, launch};

const STRAY: [&str; 5] = ["1999", "UNMIK", "KFOR", "1244", "Kosovo"];

fn another_mission() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good/another-mission.ron")
}

/// Every node of the accessibility tree whose name mentions a word of the built-in data.
fn stray_words(harness: &Harness<'_, App>, view: &str) -> Vec<String> {
    STRAY
        .iter()
        .flat_map(|word| {
            harness
                .query_all_by_label_contains(word)
                .map(move |node| format!("{view}: {word} in {:?}", node.accesskit_node().label()))
        })
        .collect()
}

#[test]
fn no_view_or_slide_of_another_missions_file_names_the_built_in_mandate() {
    let mut harness = launch(Launch {
        file: Some(another_mission()),
        ..Launch::default()
    });
    assert_eq!(
        harness.state().path(),
        Some(another_mission().as_path()),
        "{:?}",
        harness.state().message()
    );
    let mut found = stray_words(&harness, "table");
    harness.get_by_label("Responsibility (1978)");
    harness.key_press(Key::ArrowDown);
    harness.run();
    harness.get_by_label("Given in 1978: Example Observer Mission");
    found.extend(stray_words(&harness, "detail"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    harness.get_by_label_contains("from the presences of 1978");
    found.extend(stray_words(&harness, "summary"));
    harness.key_press(Key::F5);
    harness.run_steps(12);
    for slide in 0..3 {
        found.extend(stray_words(&harness, &format!("slide {slide}")));
        harness.key_press(Key::ArrowRight);
        harness.run_steps(12);
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn no_export_of_another_missions_file_names_the_built_in_mandate() {
    let doc = io::load_path(&another_mission()).expect("loads");
    for format in Format::ALL {
        let bytes = export(
            &doc,
            format,
            Options {
                include_private: true,
            },
        )
        .expect("exports");
        let text = if format == Format::Qdpx {
            // A zip: every file in it, the project and the sources.
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
            (0..zip.len())
                .map(|i| {
                    let mut text = String::new();
                    std::io::Read::read_to_string(
                        &mut zip.by_index(i).expect("an entry"),
                        &mut text,
                    )
                    .expect("utf-8");
                    text
                })
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            String::from_utf8(bytes).expect("utf-8")
        };
        for word in STRAY {
            assert!(!text.contains(word), "{format:?} names {word}");
        }
        if matches!(format, Format::Markdown | Format::Html) {
            assert!(
                text.contains("1978"),
                "{format:?} names the document's own year"
            );
        }
    }
}
