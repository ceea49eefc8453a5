//! The room: many people's assessments of one comparison. Figures worked out by hand here,
//! published worked examples of Krippendorff's alpha and Fleiss' kappa, and an outside
//! implementation of alpha (the Python package `krippendorff`) run on generated data.

use mandate_compare::io;
use mandate_compare::model::room::{NoKappa, fleiss_kappa, nominal_alpha};
use mandate_compare::model::{Annotation, Document, Participant, Room, Status, Visibility};

use Status::{Completed, Ongoing, Shared, Transferred};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The built-in dataset cut to its first `n` rows.
fn rows(n: usize) -> Document {
    let mut doc = io::builtin().expect("the built-in dataset loads");
    doc.rows.truncate(n);
    doc.annotations.clear();
    doc
}

/// A participant called `name` who gave the first rows these statuses (`None`: no own
/// assessment), naming `holders` for each.
fn person(name: &str, statuses: &[Option<Status>], holders: &[&[&str]]) -> Participant {
    let mut doc = crate::agreement::assessed_by(name, 4, statuses, holders);
    doc.annotations.clear();
    Participant::named(doc, &format!("{name}.ron"))
}

fn note(id: &str, row: &str, author: &str, text: &str, visibility: Visibility) -> Annotation {
    Annotation {
        id: id.to_owned(),
        row: Some(row.to_owned()),
        author: author.to_owned(),
        created: jiff::Timestamp::UNIX_EPOCH,
        modified: jiff::Timestamp::UNIX_EPOCH,
        text: text.to_owned(),
        tags: Vec::new(),
        visibility,
        facts_changed: None,
    }
}

/// Three people, four rows:
/// row 0: T T T (all agree), row 1: T T S (Cem alone), row 2: S O C (everyone alone),
/// row 3: only Ana.
fn three() -> (Document, Vec<Participant>) {
    let ana = person(
        "Ana",
        &[
            Some(Transferred),
            Some(Transferred),
            Some(Shared),
            Some(Ongoing),
        ],
        &[
            &["kosovo-police"],
            &["kosovo-police", "eulex"],
            &[],
            &["kfor"],
        ],
    );
    let bora = person(
        "Bora",
        &[Some(Transferred), Some(Transferred), Some(Ongoing), None],
        &[&["kosovo-police"], &["kosovo-police"], &[], &[]],
    );
    let cem = person(
        "Cem",
        &[Some(Transferred), Some(Shared), Some(Completed), None],
        &[&["kosovo-police"], &["eulex"], &[], &[]],
    );
    (rows(4), vec![ana, bora, cem])
}

#[test]
fn per_row_tallies_by_hand() {
    let (comparison, people) = three();
    let room = Room::gather(&comparison, &people);
    assert_eq!(room.people, ["Ana", "Bora", "Cem"]);
    assert_eq!(room.assessed, [4, 3, 3]);
    let row = &room.rows[1];
    assert_eq!(row.counts, [(Transferred, 2), (Shared, 1)]);
    assert_eq!(row.alone, [2], "Cem alone with Shared");
    // Pairs agreeing: (Ana, Bora) of three pairs.
    assert!(close(row.agreement.expect("three raters"), 1.0 / 3.0));
    // Jaccard: Ana–Bora {police, eulex}/{police} = 1/2, Ana–Cem 1/2, Bora–Cem 0: mean 1/3.
    assert!(close(row.overlap.expect("three raters"), 1.0 / 3.0));
    assert_eq!(
        row.holders,
        [("eulex".into(), 2), ("kosovo-police".into(), 2)]
    );
    assert_eq!(row.most_named().count(), 2);
    assert_eq!(room.rows[0].alone, Vec::<usize>::new());
    assert_eq!(room.rows[2].alone, [0, 1, 2]);
    assert_eq!(room.rows[3].raters(), 1);
    assert_eq!(room.rows[3].agreement, None);
    // Most disagreement first (row 2 agrees in no pair), the row one person assessed last.
    assert_eq!(room.by_disagreement(), [2, 1, 0, 3]);
}

#[test]
fn room_figures_by_hand() {
    let (comparison, people) = three();
    let figures = Room::gather(&comparison, &people).figures;
    assert_eq!((figures.raters, figures.rows, figures.values), (3, 3, 9));
    // Pairable rows 0–2 (row 3 has one rating and drops out): n = 9. Coincidences of a value
    // with itself: row 0: 3·2/2 = 3; row 1: 2·1/2 = 1; row 2: 0: 4 in all, so 5 of different
    // values. T given 5 times, S 2, O 1, C 1: E = 81 − (25 + 4 + 1 + 1) = 50.
    // alpha = 1 − 8 · 5 / 50 = 0.2.
    assert!(close(figures.alpha.expect("alpha"), 0.2));
    // Row 3 has one rater, the others three: no Fleiss' kappa, and why.
    assert_eq!(
        figures.fleiss,
        Err(NoKappa::UnequalRaters { fewest: 1, most: 3 })
    );
    // Holders' overlap: row 0 all {police}: 1; row 1: 1/3; row 2 nobody named any: 1.
    assert!(close(
        figures.overlap.expect("overlap"),
        (1.0 + 1.0 / 3.0 + 1.0) / 3.0
    ));
}

#[test]
fn fleiss_kappa_by_hand_when_every_row_has_the_same_raters() {
    // Three raters on two rows: (T, T, T) and (T, T, S).
    // P_1 = 1, P_2 = (4 + 1 − 3) / 6 = 1/3: mean 2/3. p_T = 5/6, p_S = 1/6:
    // P_e = 25/36 + 1/36 = 26/36. kappa = (2/3 − 26/36) / (1 − 26/36) = (−2/36) / (10/36) = −0.2.
    let kappa = fleiss_kappa(&[vec![0, 0, 0], vec![0, 0, 1]]).expect("equal raters");
    assert!(close(kappa, -0.2), "{kappa}");
    assert_eq!(
        fleiss_kappa(&[vec![2, 2], vec![2, 2]]),
        Err(NoKappa::ChanceOnly)
    );
    assert_eq!(fleiss_kappa(&[vec![2], vec![]]), Err(NoKappa::Nothing));
}

/// Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School
/// for Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43),
/// example C, "nominal data, any number of observers, missing data": four observers, twelve
/// units, values 1 to 5. The paper gives alpha = 0.743 (read in the worked example as the
/// `krippendorff` Python package reproduces it, with the paper's data, in its sample).
#[test]
fn krippendorff_2011_nominal_example() {
    const NA: u32 = 0;
    let observers: [[u32; 12]; 4] = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3],
        [NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA],
    ];
    let units: Vec<Vec<u32>> = (0..12)
        .map(|u| {
            observers
                .iter()
                .map(|o| o[u])
                .filter(|&v| v != NA)
                .collect()
        })
        .collect();
    let alpha = nominal_alpha(&units).expect("alpha");
    assert_eq!(format!("{alpha:.3}"), "0.743");
    // Unit 12 has one value and drops out: n = 40 pairable values. The exact value is
    // 1 − 39 · 10 / 1520 = 113/152.
    assert!(close(alpha, 113.0 / 152.0), "{alpha}");
    // Fleiss' kappa needs the same number of raters on every unit: here 3, 4 and 1.
    assert_eq!(
        fleiss_kappa(&units),
        Err(NoKappa::UnequalRaters { fewest: 1, most: 4 })
    );
}

/// Counts per category (one line per subject) as units of values.
fn from_counts(table: &[&[u32]]) -> Vec<Vec<u32>> {
    table
        .iter()
        .map(|counts| {
            counts
                .iter()
                .zip(0u32..)
                .flat_map(|(&count, value)| std::iter::repeat_n(value, count as usize))
                .collect()
        })
        .collect()
}

/// Fleiss, J. L. (1971), "Measuring nominal scale agreement among many raters", Psychological
/// Bulletin 76 (5), 378–382: 30 subjects, 6 psychiatrists each, 5 diagnoses; kappa = .430
/// (the table as the FleissKappa package's example reproduces it, asserting 0.43).
#[test]
fn fleiss_1971_example() {
    let table: [&[u32]; 30] = [
        &[0, 0, 0, 6, 0],
        &[0, 3, 0, 0, 3],
        &[0, 1, 4, 0, 1],
        &[0, 0, 0, 0, 6],
        &[0, 3, 0, 3, 0],
        &[2, 0, 4, 0, 0],
        &[0, 0, 4, 0, 2],
        &[2, 0, 3, 1, 0],
        &[2, 0, 0, 4, 0],
        &[0, 0, 0, 0, 6],
        &[1, 0, 0, 5, 0],
        &[1, 1, 0, 4, 0],
        &[0, 3, 3, 0, 0],
        &[1, 0, 0, 5, 0],
        &[0, 2, 0, 3, 1],
        &[0, 0, 5, 0, 1],
        &[3, 0, 0, 1, 2],
        &[5, 1, 0, 0, 0],
        &[0, 2, 0, 4, 0],
        &[1, 0, 2, 0, 3],
        &[0, 0, 0, 0, 6],
        &[0, 1, 0, 5, 0],
        &[0, 2, 0, 1, 3],
        &[2, 0, 0, 4, 0],
        &[1, 0, 0, 4, 1],
        &[0, 5, 0, 1, 0],
        &[4, 0, 0, 0, 2],
        &[0, 2, 0, 4, 0],
        &[1, 0, 5, 0, 0],
        &[0, 0, 0, 0, 6],
    ];
    let kappa = fleiss_kappa(&from_counts(&table)).expect("six raters each");
    assert_eq!(format!("{kappa:.2}"), "0.43");
}

/// The example in Wikipedia's article on Fleiss' kappa: 10 subjects, 14 raters, 5 categories,
/// kappa = 0.210 (as the FleissKappa package's example reproduces it, asserting 0.21).
#[test]
fn fleiss_wikipedia_example() {
    let table: [&[u32]; 10] = [
        &[0, 0, 0, 0, 14],
        &[0, 2, 6, 4, 2],
        &[0, 0, 3, 5, 6],
        &[0, 3, 9, 2, 0],
        &[2, 2, 8, 1, 1],
        &[7, 7, 0, 0, 0],
        &[3, 2, 6, 3, 0],
        &[2, 5, 3, 2, 2],
        &[6, 5, 2, 1, 0],
        &[0, 2, 2, 3, 7],
    ];
    let kappa = fleiss_kappa(&from_counts(&table)).expect("fourteen raters each");
    assert_eq!(format!("{kappa:.2}"), "0.21");
}

#[test]
fn shared_notes_reach_the_room_private_ones_never() {
    let (comparison, mut people) = three();
    let row = comparison.rows[1].id.clone();
    people[0].doc.annotations = vec![
        note(
            "a-1",
            &row,
            "Ana",
            "Police took it over in 2008",
            Visibility::Shared,
        ),
        note(
            "a-2",
            &row,
            "Ana",
            "ask the trainer first",
            Visibility::Private,
        ),
    ];
    // Bora's file came from Ana's: the same note once, not twice.
    people[1].doc.annotations = vec![
        note(
            "a-1",
            &row,
            "Ana",
            "Police took it over in 2008",
            Visibility::Shared,
        ),
        note(
            "b-1",
            &row,
            "Bora",
            "EULEX still mentors",
            Visibility::Shared,
        ),
    ];
    let room = Room::gather(&comparison, &people);
    let texts: Vec<(&str, &str)> = room.rows[1]
        .notes
        .iter()
        .map(|n| (n.author.as_str(), n.text.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            ("Ana", "Police took it over in 2008"),
            ("Bora", "EULEX still mentors")
        ]
    );
}

#[test]
fn people_are_named_by_their_assessments_or_their_file() {
    let mut nobody = rows(2);
    nobody.rows[0].assessment = None;
    assert_eq!(
        Participant::named(nobody, "laptop-3.ron").name,
        "laptop-3.ron"
    );
    let (_, people) = three();
    assert_eq!(people[2].name, "Cem");
    let mut twins = vec![people[0].clone(), people[0].clone()];
    mandate_compare::model::room::distinct_names(&mut twins);
    assert_eq!(twins[1].name, "Ana (2)");
}

/// A small generator of reliability data: units with 0 to 6 raters and values 0 to 4.
fn generated(seed: u64, units: usize) -> Vec<Vec<u32>> {
    let mut state = seed;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as u32
    };
    (0..units)
        .map(|_| {
            let raters = next() % 7;
            // Values cluster a little, so that alpha is not always near 0.
            let base = next() % 5;
            (0..raters)
                .map(|_| if next() % 3 == 0 { next() % 5 } else { base })
                .collect()
        })
        .collect()
}

/// Krippendorff's alpha as the Python package `krippendorff` computes it (the README's test
/// command installs it). The data go in as a raters × units matrix, missing values as NaN.
fn python_alpha(units: &[Vec<u32>]) -> Option<f64> {
    let raters = units.iter().map(Vec::len).max().unwrap_or(0);
    let matrix: Vec<String> = (0..raters)
        .map(|r| {
            let cells: Vec<String> = units
                .iter()
                .map(|u| u.get(r).map_or("nan".to_owned(), |v| format!("{v}")))
                .collect();
            format!("[{}]", cells.join(","))
        })
        .collect();
    let script = format!(
        "import krippendorff\nnan = float('nan')\n\
         print(repr(float(krippendorff.alpha(reliability_data=[{}], level_of_measurement='nominal'))))",
        matrix.join(",")
    );
    let output = std::process::Command::new(python())
        .args(["-c", &script])
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    String::from_utf8_lossy(&output.stdout).trim().parse().ok()
}

fn python() -> String {
    std::env::var("MANDATE_COMPARE_PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

/// Whether the outside implementation can be run here.
fn python_has_krippendorff() -> bool {
    std::process::Command::new(python())
        .args(["-c", "import krippendorff"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn alpha_matches_an_outside_implementation() {
    if !python_has_krippendorff() {
        // CI installs it (.ci/run), so there it must be found; elsewhere say how to get it.
        assert!(
            std::env::var_os("CI").is_none(),
            "the Python package krippendorff is missing (python3 -m pip install krippendorff)"
        );
        eprintln!("skipped: python3 -m pip install krippendorff to run this test");
        return;
    }
    for seed in 1..=12 {
        let units = generated(seed, 8 + seed as usize);
        let ours = nominal_alpha(&units);
        let pairable = units.iter().filter(|u| u.len() >= 2).count();
        // The package needs at least one pairable unit and two values in use.
        let Some(ours) = ours else {
            continue;
        };
        assert!(pairable > 0);
        let theirs = python_alpha(&units).expect("the package computes alpha");
        assert!(
            (ours - theirs).abs() < 1e-9,
            "seed {seed}: ours {ours}, krippendorff package {theirs}, data {units:?}"
        );
    }
    // A small example of unequal raters through the package too.
    let example = vec![vec![1, 1, 1], vec![2, 2, 3], vec![3, 3, 3, 3], vec![1, 2]];
    let ours = nominal_alpha(&example).expect("alpha");
    let theirs = python_alpha(&example).expect("alpha");
    assert!((ours - theirs).abs() < 1e-9, "{ours} vs {theirs}");
}

/// The three people of [`three`] saved as files, Cem's signed with a formula for a name.
fn three_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let (_, mut people) = three();
    for row in &mut people[2].doc.rows {
        if let Some(own) = &mut row.assessment {
            own.author = "=SUM(1)".to_owned();
        }
    }
    people
        .iter()
        .enumerate()
        .map(|(i, person)| {
            let path = dir.join(format!("p{i}.ron"));
            io::save_path(&person.doc, &path).expect("saves");
            path
        })
        .collect()
}

fn run_agree(files: &[std::path::PathBuf], format: mandate_compare::cli::AgreeFormat) -> String {
    let (mut out, mut report) = (Vec::new(), Vec::new());
    let code =
        mandate_compare::cli::agree_room(files, format, &mut out, &mut report).expect("writes");
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&report));
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn agree_with_many_files_prints_the_rooms_figures_as_text_and_csv() {
    use mandate_compare::cli::AgreeFormat;
    let dir = tempfile::tempdir().expect("temp dir");
    let files = three_files(dir.path());
    let text = run_agree(&files, AgreeFormat::Text);
    assert!(
        text.contains("The room: 3 people, 3 of them with own assessments"),
        "{text}"
    );
    assert!(
        text.contains("Krippendorff's alpha (nominal): 0.200"),
        "{text}"
    );
    assert!(
        text.contains(
            "Fleiss' kappa: not given: not every row has the same number of raters (from 1 to 3)"
        ),
        "{text}"
    );
    // Most disagreement first: para. 11 (c) (row 2, everyone alone) before 11 (b).
    let c = text.find("para. 11 (c)").expect("row 2");
    let b = text.find("para. 11 (b)").expect("row 1");
    assert!(c < b, "{text}");
    // Each row named by id and title before where the mandate gives it, as `agree A B` does.
    assert!(
        text.contains("  unmik-03 (UNMIK 3: ")
            && text.contains(") S/RES/1244 (1999), para. 11 (c): "),
        "{text}"
    );
    let csv = run_agree(&files, AgreeFormat::Csv);
    assert!(
        csv.contains("krippendorff_alpha_nominal,,0.200000"),
        "{csv}"
    );
    assert!(csv.contains("fleiss_kappa,,\n"), "{csv}");
    // A name a spreadsheet would read as a formula is written as text.
    assert!(csv.contains("rows_assessed,'=SUM(1),3"), "{csv}");
    let rows = run_agree(&files, AgreeFormat::RowsCsv);
    let mut lines = rows.lines();
    let header = lines.next().expect("header");
    assert!(header.starts_with("row,citation,built_in_status,raters,n_transferred,n_shared"));
    let second = lines.nth(1).expect("row 1");
    // Row 1: T T S: two Transferred, one Shared, a third of the pairs agree, one alone.
    assert!(second.contains(",3,2,1,0,"), "{second}");
    assert!(second.contains("0.333333"), "{second}");
}

#[test]
fn export_with_the_room_adds_its_section_to_the_html_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = three_files(dir.path());
    let (mut out, mut report) = (Vec::new(), Vec::new());
    let code = mandate_compare::cli::export_room(
        &files[0],
        &files,
        mandate_compare::export::Format::Html,
        mandate_compare::i18n::Language::En,
        None,
        &mut out,
        &mut report,
    )
    .expect("writes");
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&report));
    let html = String::from_utf8(out).expect("utf-8");
    let section = html
        .find("<section class=\"room\">")
        .expect("the room's section");
    assert!(
        section < html.find("</main>").expect("end"),
        "inside the page"
    );
    assert!(
        html.contains("Krippendorff&#39;s alpha 0.200")
            || html.contains("Krippendorff's alpha 0.200")
    );
    // Each status's count in words beside its colour.
    assert!(html.contains("Transferred 2, Shared 1"), "{html}");
}

/// Another mission's comparison (the generated stress document: other presences, holders and
/// rows) gathers the same way: nothing in the room is tied to resolution 1244.
#[test]
fn another_missions_file_works_the_same() {
    let base = mandate_compare::stress::document(3, 6, 0);
    let people: Vec<Participant> = mandate_compare::stress::room_files(&base, 4, 9)
        .into_iter()
        .enumerate()
        .map(|(i, doc)| Participant::named(doc, &format!("{i}.ron")))
        .collect();
    let room = Room::gather(&base, &people);
    assert_eq!(room.rows.len(), 6);
    assert_eq!(room.people[0], "Participant 1");
    assert!(
        room.figures.rows > 0 && room.figures.alpha.is_some(),
        "{:?}",
        room.figures
    );
    let text = String::from_utf8(
        mandate_compare::export::room_rows_csv(&room, &base, Default::default(), false)
            .expect("csv"),
    )
    .expect("utf-8");
    assert_eq!(text.lines().count(), 7, "{text}");
}

/// A reading with no status yet is counted apart in the room's CSV (`n_not_assessed`), not
/// dropped and not among the seven statuses.
#[test]
fn a_reading_not_assessed_is_counted_apart_in_the_rows_csv() {
    let base = mandate_compare::stress::document(3, 6, 0);
    let mut files = mandate_compare::stress::room_files(&base, 4, 9);
    let id = base.rows[0].id.clone();
    let Some(own) = files[0]
        .row_mut(&id)
        .and_then(|row| row.assessment.as_mut())
    else {
        panic!("participant 1 assessed {id}");
    };
    own.status = mandate_compare::model::Status::NotAssessed;
    let people: Vec<Participant> = files
        .into_iter()
        .enumerate()
        .map(|(i, doc)| Participant::named(doc, &format!("{i}.ron")))
        .collect();
    let room = Room::gather(&base, &people);
    let text = String::from_utf8(
        mandate_compare::export::room_rows_csv(&room, &base, Default::default(), false)
            .expect("csv"),
    )
    .expect("utf-8");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let column = |name: &str| header.iter().position(|h| h == name);
    let (Some(apart), Some(raters)) = (column("n_not_assessed"), column("raters")) else {
        panic!("{header:?}");
    };
    let first = reader.records().next().and_then(Result::ok).expect("row 1");
    assert_eq!(&first[apart], "1", "{text}");
    // The seven statuses' counts and the one apart add up to the raters.
    let sum: usize = header
        .iter()
        .enumerate()
        .filter(|(_, h)| h.starts_with("n_"))
        .map(|(i, _)| first[i].parse::<usize>().expect("a count"))
        .sum();
    assert_eq!(sum.to_string(), &first[raters], "{text}");
}
