//! Any bytes given to the loader: no panic, no hang; whatever loads saves and loads back to the
//! same document; and `check` places every problem where a search of the text would (the
//! one-pass index of `cli::Positions` against the plain search it replaced), one line each
//! with nothing in it that acts on a terminal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mandate_compare::cli::{self, Positions};
use mandate_compare::io;
use mandate_compare::model::Problem;

fuzz_target!(|data: &[u8]| {
    let Ok(opened) = io::open_bytes(data, "fuzz.ron") else {
        return;
    };
    let mut problems = opened.document.validate();
    problems.extend(opened.document.curation_problems());
    places_agree(data, &problems);
    if opened.newer.is_none() {
        check_says_it_in_lines(data, problems.len());
    }

    let text = io::to_ron_string(&opened.document).expect("a loaded document can be written");
    let again = io::load_bytes(text.as_bytes(), "again.ron").expect("a written document loads");
    assert_eq!(
        again,
        opened.document.normalized(),
        "round trip changed the document"
    );
    let twice = io::to_ron_string(&again).expect("written again");
    assert_eq!(text, twice, "writing is deterministic");
});

/// The index gives the position a search of the text gives; for an id the text writes with
/// escapes (which the search cannot find), it may know better.
fn places_agree(data: &[u8], problems: &[Problem]) {
    let text = String::from_utf8_lossy(data);
    let positions = Positions::new(&text, problems);
    assert_eq!(positions.chars_scanned(), text.chars().count());
    for problem in problems {
        let searched = search(&text, &problem.place);
        let indexed = positions.locate(&problem.place);
        // An id with a quote in it is found by its value only, never by a search.
        if searched.is_some() && !problem.place.contains('"') {
            assert_eq!(indexed, searched, "{problem}");
        }
    }
}

/// `check --strict` says one line per problem (and perhaps a note on the built-in data), with
/// nothing in them that acts on a terminal, and reads the text at most once.
fn check_says_it_in_lines(data: &[u8], problems: usize) {
    let checked = cli::check_bytes(data, "fuzz.ron", true);
    assert!(checked.lines.len() == problems || checked.lines.len() == problems + 1);
    assert!(checked.text_passes <= 1);
    for line in &checked.lines {
        assert!(!line.chars().any(|c| c.is_control()), "{line:?}");
        assert!(
            !line
                .chars()
                .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        );
    }
}

/// The way `check` placed problems before it had an index: a search per problem.
fn search(text: &str, place: &str) -> Option<(usize, usize)> {
    let ids: Vec<&str> = place
        .split('[')
        .skip(1)
        .filter_map(|part| part.split(']').next())
        .filter(|inside| !inside.is_empty() && !inside.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let needle = match ids.last() {
        Some(id) => format!("id: \"{id}\""),
        None => format!("{}:", place.split(['.', '[']).next().unwrap_or_default()),
    };
    let offset = text.find(&needle)?;
    let before = &text[..offset];
    let line = 1 + before.matches('\n').count();
    let column = 1 + before.chars().rev().take_while(|&c| c != '\n').count();
    Some((line, column))
}
