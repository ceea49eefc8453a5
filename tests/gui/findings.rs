//! The December 2026 review's smaller findings (research/ux-review-2026-12.md), each driven
//! as the user who met it: why a search found a row, labels that overlap or break, paths
//! that say too much.

use crate::common::{Launch, ScriptedDialogs, click, launch, menu, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use mandate_compare::App;
use mandate_compare::app::Picked;

fn start() -> Harness<'static, App> {
    launch(Launch::default())
}

/// "decani" listed KFOR 8 with nothing highlighted: the match is in its summary and events.
/// The row now says where the words were found; a row found by its title or text does not.
#[test]
fn a_search_says_where_it_found_a_row() {
    let mut harness = start();
    type_into(&mut harness, "Search", "decani");
    assert_eq!(harness.state().visible_row_ids(), ["kfor-08"]);
    harness.get_by_label("Found in: summary, events");
    // In reading mode too, where the row grows to hold the line.
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::R,
    );
    harness.run();
    let found = harness.get_by_label("Found in: summary, events").rect();
    let worded = harness.get_by_label_contains("words it").rect();
    assert!(found.bottom() <= worded.top(), "{found:?} {worded:?}");
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::R,
    );
    harness.run();

    // Found by its text, highlighted there: no line about it.
    harness.get_by_label("Search").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_label("Search").type_text("unimpeded");
    harness.run();
    assert_eq!(harness.state().visible_row_ids(), ["unmik-11"]);
    assert!(harness.query_by_label_contains("Found in").is_none());
}

/// The lowest edge of anything on the screen but the window itself.
fn lowest(harness: &Harness<'_, App>) -> f64 {
    harness
        .root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() != egui::accesskit::Role::Window)
        .filter_map(|n| n.accesskit_node().bounding_box())
        .map(|b| b.y1)
        .fold(0.0, f64::max)
}

/// The lower half of a row slide stood empty while its text stayed small: a row slide now
/// grows its type until it fills most of the screen (and still fits).
#[test]
fn a_row_slide_uses_the_screen() {
    let size = [1920.0, 1080.0];
    let mut harness = launch(Launch {
        size,
        ..Launch::default()
    });
    harness.key_press(egui::Key::F5);
    harness.key_press(egui::Key::ArrowRight);
    for slide in 2..21 {
        harness.key_press(egui::Key::ArrowRight);
        harness.run_steps(40);
        assert_eq!(harness.state().slide(), Some(slide));
        assert_eq!(harness.state().slide_fits(), Some(true), "slide {slide}");
        let bottom = lowest(&harness);
        assert!(
            bottom >= f64::from(size[1]) * 0.7,
            "slide {}: its content ends at {bottom:.0} of {}",
            slide + 1,
            size[1]
        );
    }
}

/// The lines of each label (its text runs) whose text contains `word`, and its right edge.
fn lines_of(harness: &Harness<'_, App>, word: &str) -> Vec<(Vec<String>, f64)> {
    harness
        .root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::Label)
        .filter(|n| n.accesskit_node().value().is_some_and(|v| v.contains(word)))
        .filter_map(|n| {
            let right = n.accesskit_node().bounding_box()?.x1;
            let lines = n
                .children()
                .filter_map(|run| run.accesskit_node().value())
                .collect();
            Some((lines, right))
        })
        .collect()
}

/// Whether a line ends inside a word that the next line goes on with.
fn breaks_a_word(lines: &[String]) -> bool {
    lines.windows(2).any(|pair| {
        pair[0].chars().last().is_some_and(char::is_alphanumeric)
            && pair[1].chars().next().is_some_and(char::is_alphanumeric)
    })
}

/// "Ombudspers|on": in compare mode the Yours and Theirs cells broke a word in the middle, or
/// ran on past the panel's edge. They now wrap between words, each cell at least as wide as
/// its widest word, in the detail panel and in the conflicts below the table.
#[test]
fn the_yours_and_theirs_cells_break_between_words() {
    const WIDTH: f32 = 760.0;
    use mandate_compare::model::{Assessment, Status};
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ana = mandate_compare::io::builtin().expect("built-in");
    let mut ben = ana.clone();
    let modified: jiff::Timestamp = "2026-11-01T10:00:00Z".parse().expect("time");
    for (doc, author, holders) in [
        (
            &mut ana,
            "Ana",
            vec!["kosovo-ombudsperson", "kosovo-courts", "unmik", "osce"],
        ),
        (
            &mut ben,
            "Ben",
            vec!["kosovo-ombudsperson", "kosovo-courts", "eulex", "osce"],
        ),
    ] {
        let row = doc.row_mut("unmik-10").expect("row");
        row.holders = holders.iter().map(|h| (*h).to_owned()).collect();
        row.assessment = Some(Assessment {
            status: Status::Shared,
            holders: row.holders.clone(),
            author: author.to_owned(),
            modified,
        });
    }
    let save = |doc: &mandate_compare::model::Document, name: &str| {
        let path = dir.path().join(name);
        mandate_compare::io::save_path(doc, &path).expect("saves");
        path
    };
    let (ana, ben) = (save(&ana, "ana.ron"), save(&ben, "ben.ron"));
    let dialogs = ScriptedDialogs::default();
    let mut harness = launch(Launch {
        dialogs: dialogs.clone(),
        file: Some(ana),
        size: [WIDTH, 800.0],
        ..Launch::default()
    });
    dialogs.answer(Picked::Path(ben));
    menu(&mut harness, "File", "Compare with…");
    click(&mut harness, "UNMIK 10");
    check_words(&harness, WIDTH);
    // After a merge, the conflict's Yours and Theirs columns.
    click(&mut harness, "Merge from ben.ron");
    assert_eq!(harness.state().document().conflicts.len(), 2);
    check_words(&harness, WIDTH);
}

fn check_words(harness: &Harness<'_, App>, width: f32) {
    let labels = lines_of(harness, "Ombudsperson, ");
    assert!(labels.len() >= 4, "{labels:?}");
    for (lines, right) in labels {
        assert!(!breaks_a_word(&lines), "{lines:?}");
        assert!(
            right <= f64::from(width),
            "cut at the window's edge: {lines:?} to {right}"
        );
    }
}

/// At 900 px "All 19 shown" broke over two lines; it is one unit now.
#[test]
fn the_row_count_stays_on_one_line_in_a_narrow_window() {
    let mut harness = launch(Launch {
        size: [900.0, 650.0],
        ..Launch::default()
    });
    harness.run();
    let lines = lines_of(&harness, "All 19 shown");
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].0, ["All 19 shown"], "{lines:?}");
}

/// A source's "copy" button went to a line of its own after a long reference: the buttons
/// now come first, on the source's first line, beside its kind.
#[test]
fn a_sources_buttons_stay_on_its_first_line() {
    let mut harness = launch(Launch {
        size: [1280.0, 800.0],
        ..Launch::default()
    });
    type_into(&mut harness, "Search", "demining");
    crate::common::click(&mut harness, "KFOR 5");
    let copies: Vec<_> = harness
        .query_all_by_label_contains("Copy the citation of")
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
        .filter(|(name, _)| name != "Copy the citation of KFOR 5")
        .collect();
    assert!(copies.len() > 5, "{copies:?}");
    for (name, copy) in copies {
        let source = name.trim_start_matches("Copy the citation of ");
        if let Some(open) = harness.query_by_label(&format!("open {source}")) {
            let open = open.rect();
            assert!(
                (open.center().y - copy.center().y).abs() < 2.0,
                "{source}: open at {open:?}, copy at {copy:?}"
            );
            assert!(open.right() <= copy.left(), "{source}: copy after open");
        }
        // On the first line of its source: nothing of that source's reference above it.
        let reference = harness
            .root()
            .children_recursive()
            .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::Label)
            .filter_map(|n| {
                Some((
                    n.accesskit_node().value()?,
                    n.accesskit_node().bounding_box()?,
                ))
            })
            .find(|(value, _)| value.starts_with(source));
        if let Some((value, rect)) = reference {
            assert!(
                copy.top() <= rect.y0 as f32 + 5.0,
                "{value}: copy at {copy:?} below its first line {rect:?}"
            );
        }
    }
}

/// The description of a status in the "Your status" list hid the next status: it now shows
/// beside the item, over none of the others.
#[test]
fn a_status_description_hides_no_other_status_in_the_list() {
    use egui::accesskit::Role;
    let mut harness = start();
    crate::common::click(&mut harness, "UNMIK 5");
    crate::common::click(&mut harness, "Give your own assessment…");
    crate::common::click(&mut harness, "Your status");
    let statuses = ["Transferred", "Shared", "Residual", "Ongoing", "Completed"];
    for (status, next) in statuses.iter().zip(&statuses[1..]) {
        harness.get_by_role_and_label(Role::Button, status).hover();
        // Tooltips wait for the pointer to rest.
        for _ in 0..20 {
            std::thread::sleep(std::time::Duration::from_millis(30));
            harness.step();
        }
        let description = harness
            .root()
            .children_recursive()
            .filter(|n| n.accesskit_node().role() == Role::Label)
            .find(|n| {
                n.accesskit_node().value().is_some_and(|v| {
                    v.starts_with("Performed by")
                        || v.starts_with("Passed to")
                        || v.starts_with("The original")
                        || v.starts_with("Still performed")
                        || v.starts_with("The task")
                })
            })
            .map(|n| n.rect())
            .unwrap_or_else(|| panic!("no description shown for {status}"));
        let next = harness.get_by_role_and_label(Role::Button, next).rect();
        assert!(
            !description.intersects(next),
            "{status}: its description {description:?} covers {next:?}"
        );
    }
}

/// Open recent showed bare file names: two colleagues' "ana.ron" in two folders looked the
/// same. Each is named with its folder now, and its full path shows on hover.
#[test]
fn open_recent_names_each_file_with_its_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let builtin = mandate_compare::io::builtin().expect("built-in");
    let mut recent = Vec::new();
    for folder in ["team", "workshop"] {
        std::fs::create_dir(dir.path().join(folder)).expect("folder");
        let path = dir.path().join(folder).join("ana.ron");
        mandate_compare::io::save_path(&builtin, &path).expect("saves");
        recent.push(path);
    }
    let mut harness = launch(Launch {
        settings: mandate_compare::app::Settings {
            recent: recent.clone(),
            ..Launch::default().settings
        },
        ..Launch::default()
    });
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open recent").hover();
    harness.run();
    harness.get_by_label("ana.ron — team");
    harness.get_by_label("ana.ron — workshop").hover();
    for _ in 0..20 {
        std::thread::sleep(std::time::Duration::from_millis(30));
        harness.step();
    }
    harness.get_by_label(&recent[1].display().to_string());
    harness.get_by_label("ana.ron — workshop").click();
    harness.run();
    assert_eq!(harness.state().path(), Some(recent[1].as_path()));
}

/// The keyboard shortcuts list was small, covered the menu bar and listed about 20 commands
/// with no keys: it stands in the middle now and lists only commands that have keys.
#[test]
fn the_shortcuts_list_shows_keys_only_and_leaves_the_menu_bar_free() {
    use egui::accesskit::Role;
    let mut harness = start();
    harness.key_press(egui::Key::F1);
    harness.run();
    let in_list = |harness: &Harness<'_, App>, label: &str| {
        harness
            .root()
            .children_recursive()
            .filter(|n| n.accesskit_node().role() == Role::Label)
            .any(|n| n.accesskit_node().value().is_some_and(|v| v == label))
    };
    assert!(in_list(&harness, "Save as…"), "a command with keys");
    assert!(
        !in_list(&harness, "Export slides as PNGs…"),
        "a command without keys is listed"
    );
    let file = harness.get_by_label("File").rect();
    let list = harness
        .get_by_role_and_label(Role::Window, "Keyboard shortcuts")
        .rect();
    assert!(list.top() > file.bottom(), "{list:?} covers the menu bar");
}
