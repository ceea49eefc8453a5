//! The splitter on real resolutions (tests/fixtures/resolutions; its README says where each
//! text comes from): symbol, date, the rows with their pinpoints and words, and properties that
//! no text is lost or duplicated between pieces.

use mandate_compare::model::PartialDate;
use mandate_compare::model::resolution::{Plan, Resolution, Segment, split};
use proptest::prelude::*;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/resolutions/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const FIXTURES: [&str; 6] = [
    "S_RES_0186_1964_EN_GOLD.txt",
    "S_RES_0425_1978_EN_GOLD.txt",
    "S_RES_0473_1980_EN_GOLD.txt",
    "S_RES_0724_1991_EN_GOLD.txt",
    "s-res-1244-fr-p45-extract.txt",
    "S_RES_0425_1978_with_pdf_furniture.txt",
];

fn pinpoints(r: &Resolution) -> Vec<String> {
    r.rows().map(|p| p.pinpoint.to_string()).collect()
}

fn text_at<'r>(r: &'r Resolution, pinpoint: &str) -> &'r str {
    r.piece(pinpoint)
        .map_or_else(|| panic!("no piece {pinpoint}"), |p| p.text.as_str())
}

#[test]
fn unifil_425_is_four_paragraphs_with_its_symbol_and_date() {
    let r = split(&fixture("S_RES_0425_1978_EN_GOLD.txt"));
    assert_eq!(r.symbol.as_deref(), Some("S/RES/425 (1978)"));
    assert_eq!((r.number, r.year), (Some(425), Some(1978)));
    assert_eq!(r.date, PartialDate::ymd(1978, 3, 19));
    assert_eq!(pinpoints(&r), ["1", "2", "3", "4"]);
    assert_eq!(
        text_at(&r, "3"),
        "Decides, in the light of the request of the Government of Lebanon, to establish \
         immediately under its authority a United Nations interim force for Southern Lebanon for \
         the purpose of confirming the withdrawal of Israeli forces, restoring international \
         peace and security and assisting the Government of Lebanon in ensuring the return of \
         its effective authority in the area, the force to be composed of personnel drawn from \
         Member States;"
    );
}

#[test]
fn a_pdf_copys_page_furniture_is_left_out() {
    let clean = split(&fixture("S_RES_0425_1978_EN_GOLD.txt"));
    let cluttered = split(&fixture("S_RES_0425_1978_with_pdf_furniture.txt"));
    assert_eq!(cluttered.symbol, clean.symbol);
    assert_eq!(cluttered.date, clean.date);
    let texts = |r: &Resolution| r.pieces.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
    assert_eq!(texts(&cluttered), texts(&clean));
    assert!(cluttered.pieces[2].span.len() > clean.pieces[2].span.len());
}

#[test]
fn unficyp_186_keeps_its_one_sentence_mandate_whole() {
    let r = split(&fixture("S_RES_0186_1964_EN_GOLD.txt"));
    assert_eq!(r.symbol.as_deref(), Some("S/RES/186 (1964)"));
    assert_eq!(r.date, PartialDate::ymd(1964, 3, 4));
    assert_eq!(pinpoints(&r), ["1", "2", "3", "4", "5", "6", "7", "8"]);
    assert_eq!(
        text_at(&r, "5"),
        "Recommends that the function of the Force should be, in the interest of preserving \
         international peace and security, to use its best efforts to prevent a recurrence of \
         fighting and, as necessary, to contribute to the maintenance and restoration of law and \
         order and a return to normal conditions;"
    );
    // The footnote after the adoption line is not part of the operative text.
    assert!(text_at(&r, "8").ends_with("his staff."));
}

#[test]
fn lettered_subparagraphs_are_rows_under_their_paragraph() {
    let r = split(&fixture("S_RES_0473_1980_EN_GOLD.txt"));
    assert_eq!(r.date, PartialDate::ymd(1980, 6, 13));
    let expected: Vec<String> = (1..=6)
        .map(|n| n.to_string())
        .chain(["7 (a)", "7 (b)", "7 (c)", "7 (d)", "7 (e)"].map(String::from))
        .chain((8..=13).map(|n| n.to_string()))
        .collect();
    assert_eq!(pinpoints(&r), expected);
    let seven = r
        .piece("7")
        .map(|p| (p.has_items, p.text.ends_with("should include:")));
    assert_eq!(seven, Some((true, true)));
    assert_eq!(text_at(&r, "7 (d)"), "Termination of all political trials:");
    assert_eq!(
        r.context(r.piece("7 (b)").expect("7 (b)"))[0]
            .pinpoint
            .to_string(),
        "7"
    );
}

#[test]
fn roman_items_nest_under_a_letter() {
    // OCR'd text with a label on a line of its own: the pieces follow the labels as given.
    let r = split(&fixture("S_RES_0724_1991_EN_GOLD.txt"));
    assert_eq!(r.symbol.as_deref(), Some("S/RES/724 (1991)"));
    assert_eq!(
        pinpoints(&r),
        [
            "1",
            "2",
            "3",
            "4",
            "5 (a)",
            "5 (b) (i)",
            "5 (b) (ii)",
            "5 (b) (iii)",
            "5 (b) (iv)",
            "5 (c)",
            "6",
            "7",
            "8",
            "9"
        ]
    );
    assert!(text_at(&r, "5 (b) (iv)").starts_with("To recommend appropriate measures"));
}

#[test]
fn french_text_with_letters_and_a_closing_bracket() {
    let r = split(&fixture("s-res-1244-fr-p45-extract.txt"));
    assert_eq!(r.symbol, None);
    assert_eq!(
        pinpoints(&r),
        ["10", "11 (a)", "11 (b)", "11 (c)", "11 (d)", "11 (e)"]
    );
    assert_eq!(
        text_at(&r, "11 (b)"),
        "Exercer les fonctions d’administration civile de base là où cela sera nécessaire et \
         tant qu’il y aura lieu de le faire ;"
    );
}

#[test]
fn i_after_h_is_the_ninth_letter_and_headings_nest_items() {
    // The shapes of 1244's paragraph 11 ((a) to (k)) and of a renewal's headings, in short.
    let text = "The Security Council,\n\n1. Decides:\n(a) One;\n(b) Two;\n(c) Three;\n(d) Four;\n\
                (e) Five;\n(f) Six;\n(g) Seven;\n(h) Eight;\n(i) Nine;\n(j) Ten;\n(k) Eleven;\n\n\
                2. Decides that the mandate shall be:\n(a) Protection of civilians:\n\
                (i) To protect;\n(ii) To deter;\n(b) Human rights:\n(i) To monitor;\n\n\
                Adopted unanimously.\n";
    let r = split(text);
    let rows = pinpoints(&r);
    assert_eq!(rows[8], "1 (i)");
    assert_eq!(rows[10], "1 (k)");
    assert_eq!(&rows[11..], ["2 (a) (i)", "2 (a) (ii)", "2 (b) (i)"]);
    assert_eq!(text_at(&r, "2 (a)"), "Protection of civilians:");
}

/// Every word of the operative part, page furniture left out, is in exactly one piece (its
/// marker or its text), in order; the spans follow one another and cover the operative part.
fn covers_without_loss_or_overlap(text: &str, r: &Resolution) -> Result<(), TestCaseError> {
    let mut at = r.operative.start;
    let mut words: Vec<String> = Vec::new();
    for piece in &r.pieces {
        prop_assert_eq!(piece.span.start, at);
        prop_assert!(piece.marker.start >= piece.span.start && piece.marker.end <= piece.span.end);
        at = piece.span.end;
        words.push(
            text[piece.marker.clone()]
                .trim_start_matches('•')
                .to_owned(),
        );
        words.extend(piece.text.split_whitespace().map(str::to_owned));
    }
    prop_assert_eq!(at, r.operative.end);
    let whole = split_words_of(text, r);
    prop_assert_eq!(words.concat().replace(' ', ""), whole.replace(' ', ""));
    Ok(())
}

/// The operative part's words without page furniture: the text the pieces must add up to.
fn split_words_of(text: &str, r: &Resolution) -> String {
    r.pieces
        .iter()
        .map(|p| {
            let body = &text[p.marker.end..p.span.end];
            format!("{}{}", &text[p.marker.clone()], body)
        })
        .collect::<Vec<_>>()
        .join(" ")
        .lines()
        .filter(|l| !is_known_furniture(l.trim()))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .concat()
}

fn is_known_furniture(line: &str) -> bool {
    [
        "18-03983 (E)",
        "*1803983*",
        "S/2018/241",
        "2/19",
        "Distr.",
        "- 2 -",
    ]
    .iter()
    .any(|f| line.starts_with(f))
}

#[test]
fn real_texts_are_covered_without_loss_or_overlap() {
    for name in FIXTURES {
        let text = fixture(name);
        let r = split(&text);
        assert!(!r.pieces.is_empty(), "{name}");
        covers_without_loss_or_overlap(&text, &r).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// A resolution of random paragraphs, some with lettered items, some items with roman ones,
/// and page furniture between lines.
fn resolution() -> impl Strategy<Value = String> {
    let word = "[a-z]{1,8}";
    let sentence = prop::collection::vec(word, 1..12).prop_map(|w| w.join(" "));
    let items = prop::collection::vec((sentence.clone(), 0..3usize), 0..11);
    let paragraph = (sentence, items, any::<bool>());
    prop::collection::vec(paragraph, 1..8).prop_map(|paragraphs| {
        let mut text =
            String::from("Resolution 9 (2001)\nThe Security Council,\n\nRecalling x,\n\n");
        for (n, (lead, items, furniture)) in paragraphs.into_iter().enumerate() {
            text.push_str(&format!("{}. Decides {lead}\n", n + 1));
            if furniture {
                text.push_str("\n- 2 -\nS/2018/241\n\n");
            }
            for (i, (words, romans)) in items.iter().enumerate() {
                let letter = char::from(b'a' + u8::try_from(i).unwrap_or(0));
                let colon = if *romans > 0 { ":" } else { ";" };
                text.push_str(&format!("({letter}) Item {words}{colon}\n"));
                for r in 0..*romans {
                    text.push_str(&format!("({}) Task {words};\n", ["i", "ii", "iii"][r]));
                }
            }
            text.push('\n');
        }
        text.push_str("Adopted unanimously.\n\n1 A footnote.\n");
        text
    })
}

proptest! {
    #[test]
    fn pieces_cover_the_operative_text_without_loss_or_overlap(text in resolution()) {
        let r = split(&text);
        covers_without_loss_or_overlap(&text, &r)?;
        for piece in &r.pieces {
            prop_assert!(!piece.text.contains("S/2018/241"), "{:?}", piece.text);
        }
    }
}

/// Every piece that is a row is covered, in order, by the plan's segments: each inside its
/// piece, one after another with no gap or overlap, from the piece's start to its end; and the
/// rows' words, joined, are the pieces' words with the inner pieces' numbers.
fn plan_covers_the_pieces(text: &str, r: &Resolution, plan: &Plan) -> Result<(), TestCaseError> {
    let segments: Vec<&Segment> = plan.rows().iter().flatten().collect();
    let mut next = 0;
    for (index, piece) in r.pieces.iter().enumerate() {
        if !piece.is_row() || piece.text.trim().is_empty() {
            prop_assert!(segments.iter().all(|s| s.piece != index));
            continue;
        }
        let mut at = piece.span.start;
        while next < segments.len() && segments[next].piece == index {
            prop_assert_eq!(segments[next].span.start, at);
            prop_assert!(segments[next].span.end > at);
            at = segments[next].span.end;
            next += 1;
        }
        prop_assert_eq!(at, piece.span.end, "piece {} not covered", index);
    }
    prop_assert_eq!(next, segments.len());
    let planned: String = (0..plan.rows().len())
        .map(|row| plan.text(r, text, row))
        .collect::<Vec<_>>()
        .join(" ");
    let whole: String = plan
        .rows()
        .iter()
        .flatten()
        .map(|s| s.piece)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|i| {
            let piece = &r.pieces[i];
            format!("{} {}", &text[piece.marker.clone()], piece.text)
        })
        .collect::<Vec<_>>()
        .join(" ");
    // The rows' words, with each row's first number (its pinpoint) put back, are the pieces'.
    let mut with_numbers = String::new();
    for row in 0..plan.rows().len() {
        let first = &plan.rows()[row][0];
        let piece = &r.pieces[first.piece];
        if first.span.start == piece.span.start {
            with_numbers.push_str(&text[piece.marker.clone()]);
            with_numbers.push(' ');
        }
        with_numbers.push_str(&plan.text(r, text, row));
        with_numbers.push(' ');
    }
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    prop_assert_eq!(squash(&with_numbers), squash(&whole));
    prop_assert!(!planned.is_empty());
    Ok(())
}

#[test]
fn unifil_425_paragraph_3_splits_into_its_purposes_and_merges_back() {
    let text = fixture("S_RES_0425_1978_EN_GOLD.txt");
    let r = split(&text);
    let mut plan = Plan::new(&r);
    assert_eq!(plan.rows().len(), 4);
    let three = plan.text(&r, &text, 2);
    let at = |words: &str, phrase: &str| words.find(phrase).expect(phrase);
    // "… for the purpose of | confirming … | restoring … | and assisting …"
    assert!(plan.split(&r, &text, 2, at(&three, "confirming the withdrawal")));
    let second = plan.text(&r, &text, 3);
    assert!(plan.split(&r, &text, 3, at(&second, "restoring international")));
    let third = plan.text(&r, &text, 4);
    assert!(plan.split(&r, &text, 4, at(&third, "and assisting")));
    assert_eq!(plan.rows().len(), 7);
    assert!(plan.text(&r, &text, 2).ends_with("for the purpose of"));
    assert_eq!(
        plan.text(&r, &text, 3),
        "confirming the withdrawal of Israeli forces,"
    );
    assert_eq!(
        plan.text(&r, &text, 4),
        "restoring international peace and security"
    );
    assert!(
        plan.text(&r, &text, 5)
            .starts_with("and assisting the Government of Lebanon")
    );
    let place = plan.place(&r, 4).expect("row 5");
    assert_eq!(
        (place.first.to_string(), place.first_part, place.last),
        ("3".to_owned(), Some(3), None)
    );
    assert_eq!(plan.place(&r, 6).and_then(|p| p.first_part), None);
    plan_covers_the_pieces(&text, &r, &plan).unwrap_or_else(|e| panic!("{e}"));
    // Inside a word: before that word; at the start or the end: no split.
    let before = plan.clone();
    assert!(!plan.split(&r, &text, 3, 0));
    assert!(!plan.split(&r, &text, 3, 10_000));
    assert_eq!(plan, before);
    // Merged back, the paragraph is whole again, with no part number.
    for _ in 0..3 {
        assert!(plan.merge_next(2));
    }
    assert_eq!(plan, Plan::new(&r));
    assert_eq!(plan.text(&r, &text, 2), text_at(&r, "3"));
    assert_eq!(plan.place(&r, 2).and_then(|p| p.first_part), None);
}

#[test]
fn merged_rows_quote_the_next_pieces_number_and_name_both_pinpoints() {
    let text = fixture("S_RES_0473_1980_EN_GOLD.txt");
    let r = split(&text);
    let mut plan = Plan::new(&r);
    // 7 (a) and 7 (b) are rows 6 and 7.
    assert!(plan.merge_next(6));
    let merged = plan.text(&r, &text, 6);
    assert!(merged.starts_with(text_at(&r, "7 (a)")), "{merged}");
    assert!(
        merged.contains(&format!("(b) {}", text_at(&r, "7 (b)"))),
        "{merged}"
    );
    let place = plan.place(&r, 6).expect("row 7");
    assert_eq!(place.first.to_string(), "7 (a)");
    assert_eq!(
        place.last.map(|(p, part)| (p.to_string(), part)),
        Some(("7 (b)".to_owned(), None))
    );
    assert!(!plan.merge_next(plan.rows().len() - 1));
    plan_covers_the_pieces(&text, &r, &plan).unwrap_or_else(|e| panic!("{e}"));
}

proptest! {
    #[test]
    fn splits_and_merges_keep_the_text_without_loss_or_overlap(
        text in resolution(),
        steps in prop::collection::vec((any::<bool>(), 0..40usize, 0..400usize), 0..12),
    ) {
        let r = split(&text);
        let mut plan = Plan::new(&r);
        for (merge, row, at) in steps {
            if plan.rows().is_empty() {
                break;
            }
            let row = row % plan.rows().len();
            if merge {
                plan.merge_next(row);
            } else {
                let words = plan.text(&r, &text, row);
                let before = plan.rows().len();
                let split = plan.split(&r, &text, row, at % (words.len() + 1));
                prop_assert_eq!(plan.rows().len(), before + usize::from(split));
            }
            plan_covers_the_pieces(&text, &r, &plan)?;
        }
    }
}

#[test]
fn unficyp_186_paragraph_5_splits_into_its_two_functions() {
    let text = fixture("S_RES_0186_1964_EN_GOLD.txt");
    let r = split(&text);
    let mut plan = Plan::new(&r);
    let five = plan.text(&r, &text, 4);
    let at = five
        .find("to contribute to the maintenance")
        .expect("the second function");
    assert!(plan.split(&r, &text, 4, at));
    assert!(
        plan.text(&r, &text, 4)
            .ends_with("to prevent a recurrence of fighting and, as necessary,")
    );
    assert_eq!(
        plan.text(&r, &text, 5),
        "to contribute to the maintenance and restoration of law and order and a return to \
         normal conditions;"
    );
    let parts: Vec<Option<u32>> = (4..6)
        .map(|row| plan.place(&r, row).and_then(|p| p.first_part))
        .collect();
    assert_eq!(parts, [Some(1), Some(2)]);
    plan_covers_the_pieces(&text, &r, &plan).unwrap_or_else(|e| panic!("{e}"));
}
