//! Copying citations for a paper: a row's pinpoint and a source's full reference reach the
//! clipboard from the detail panel and the table's context menu, and the status bar says so.

use crate::common::{ScriptedDialogs, click, start};
use egui::OutputCommand;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use mandate_compare::App;

/// What the app put on the clipboard in the frame just run.
fn copied(harness: &Harness<'_, App>) -> Vec<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|command| match command {
            OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

/// Clicks `label`, then runs one frame: the one that copies.
fn click_and_step(harness: &mut Harness<'_, App>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.step();
}

#[test]
fn the_detail_panel_copies_the_row_and_its_sources() {
    let mut harness = start(&ScriptedDialogs::default());
    click(&mut harness, "UNMIK 9");
    click_and_step(&mut harness, "Copy the citation of UNMIK 9");
    // The UN page's wording is copied as that, never in quotation marks.
    let worded = "S/RES/1244 (1999), para. 11 (i), as UNMIK Mandate (United Nations Peacekeeping) \
                  words it: Maintaining civil law and order, including establishing local police \
                  forces and meanwhile through the deployment of international police personnel \
                  to serve in Kosovo";
    assert_eq!(copied(&harness), [worded]);
    harness.run();
    harness.get_by_label(&format!("Copied: {worded}"));

    // A source: symbol, title, who issued it, when, where to read it.
    let doc = harness.state().document().clone();
    let source = doc
        .source("s-res-1244")
        .expect("the resolution is a source");
    click_and_step(&mut harness, "Copy the citation of S/RES/1244 (1999)");
    let expected = format!(
        "S/RES/1244 (1999): Resolution 1244 (1999), United Nations Security Council, 1999-06-10, {}",
        source.url.as_deref().expect("an address")
    );
    assert_eq!(copied(&harness), [expected]);

    // The resolution's own words, checked against a copy, are quoted.
    click(&mut harness, "UNMIK 8");
    click_and_step(&mut harness, "Copy the citation of UNMIK 8");
    assert_eq!(
        copied(&harness),
        [
            "S/RES/1244 (1999), para. 11 (h): \u{201c}Supporting, in coordination with \
             international humanitarian organizations, humanitarian and disaster relief aid\u{201d}"
        ]
    );
    harness.run();
}

#[test]
fn a_secondary_source_says_so_in_its_citation() {
    let mut harness = start(&ScriptedDialogs::default());
    let doc = harness.state().document().clone();
    let (row, source) = doc
        .rows
        .iter()
        .find_map(|row| {
            row.sources
                .iter()
                .filter_map(|id| doc.source(id))
                .find(|s| s.kind == mandate_compare::model::SourceKind::Secondary)
                .map(|s| (doc.row_label(row), s.clone()))
        })
        .expect("a row citing a secondary source");
    click(&mut harness, &row);
    click_and_step(
        &mut harness,
        &format!("Copy the citation of {}", source.short_label()),
    );
    let copied = copied(&harness);
    assert_eq!(copied.len(), 1);
    assert!(copied[0].starts_with(&source.reference()), "{copied:?}");
    assert!(copied[0].ends_with(" (secondary source)"), "{copied:?}");
}

#[test]
fn the_table_copies_a_row_from_its_context_menu() {
    let mut harness = start(&ScriptedDialogs::default());
    harness.get_by_label("KFOR 3").click_secondary();
    harness.run();
    click_and_step(&mut harness, "Copy citation");
    assert_eq!(copied(&harness), ["S/RES/1244 (1999), para. 9 (c)"]);
}
