//! Benchmarks: `cargo bench` (all), `cargo bench -- frame` (those whose name contains "frame").
//! The figures and the machine they were taken on are in the README's "Performance" section.
//!
//! - `io`: load and save of the built-in and the stress document, each beside serde_json
//!   parsing and writing the same structs (the reference for a text format);
//! - `search`: the table's filters over the stress document;
//! - `merge`: comparing and merging two stress documents;
//! - `checking`: `Document::validate` and `mandate-compare check` on the built-in dataset with
//!   50,000 and 200,000 notes about rows that do not exist (one warning each, placed in the file);
//! - `frame`: one frame of the real app (egui's logic and tessellation, no GPU) in the table
//!   (reading mode, the default, and one line per row), a row's detail, the summary picture, the
//!   timeline and presentation, on the built-in and the stress document; and the first frame
//!   and a frame with its row selected of two documents with very long notes (10 MB on the
//!   whole comparison, 40 MB on a row);
//! - `jobs`: a frame of the table on the stress document while a long job runs off the UI
//!   thread (each export, compare, merge, update and the recovery copy): starting the job, the
//!   frames while it runs and the frame that applies its result are all among the samples, so
//!   the slowest sample is the worst frame a user sees.

use std::sync::LazyLock;

use divan::{AllocProfiler, Bencher, black_box};
use mandate_compare::model::{Document, Filter, SearchIndex, Status};
use mandate_compare::{io, merge, stress};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

static BUILTIN: LazyLock<Document> =
    LazyLock::new(|| io::builtin().expect("the built-in dataset loads"));
static STRESS: LazyLock<Document> =
    LazyLock::new(|| stress::document(1, stress::ROWS, stress::NOTES));

/// The built-in dataset with a note of about `megabytes` MB of words on `row` (or the whole
/// comparison), as the issue about texts of any length described.
fn with_long_note(megabytes: usize, row: Option<&str>) -> Document {
    let time: jiff::Timestamp = "2026-11-23T10:00:00Z".parse().expect("a time");
    let mut doc = BUILTIN.clone();
    doc.annotations.push(mandate_compare::model::Annotation {
        id: "a-long".to_owned(),
        row: row.map(str::to_owned),
        author: "Bench".to_owned(),
        created: time,
        modified: time,
        text: "lorem ipsum dolor sit amet ".repeat(megabytes * 1_000_000 / 27),
        tags: Vec::new(),
        visibility: mandate_compare::model::Visibility::Shared,
        facts_changed: None,
    });
    doc
}

static LONG_WHOLE: LazyLock<Document> = LazyLock::new(|| with_long_note(10, None));
static LONG_ROW: LazyLock<Document> = LazyLock::new(|| with_long_note(40, Some("unmik-01")));

#[derive(Clone, Copy, Debug)]
enum Which {
    Builtin,
    Stress,
    /// A 10 MB note on the whole comparison (shown in the overview).
    LongWhole,
    /// A 40 MB note on the first row (shown once the row is selected).
    LongRow,
}

impl Which {
    fn doc(self) -> &'static Document {
        match self {
            Self::Builtin => &BUILTIN,
            Self::Stress => &STRESS,
            Self::LongWhole => &LONG_WHOLE,
            Self::LongRow => &LONG_ROW,
        }
    }
}

impl std::fmt::Display for Which {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Builtin => "builtin",
            Self::Stress => "stress",
            Self::LongWhole => "long-note-whole",
            Self::LongRow => "long-note-row",
        })
    }
}

const BOTH: [Which; 2] = [Which::Builtin, Which::Stress];
const LONG: [Which; 2] = [Which::LongWhole, Which::LongRow];

mod io_bench {
    use super::*;

    #[divan::bench(args = BOTH)]
    fn load_ron(bencher: Bencher, which: Which) {
        let text = io::to_ron_string(which.doc()).expect("saves");
        bencher
            .counter(divan::counter::BytesCount::new(text.len()))
            .bench(|| io::load_bytes(black_box(text.as_bytes()), "bench.ron").expect("loads"));
    }

    /// RON's parser alone, without the app's checks (unknown fields, format version): the
    /// floor for `load_ron`.
    #[divan::bench(args = BOTH)]
    fn load_ron_parser_only(bencher: Bencher, which: Which) {
        let text = io::to_ron_string(which.doc()).expect("saves");
        bencher
            .counter(divan::counter::BytesCount::new(text.len()))
            .bench(|| ron::from_str::<Document>(black_box(&text)).expect("loads"));
    }

    #[divan::bench(args = BOTH)]
    fn load_json(bencher: Bencher, which: Which) {
        let text = serde_json::to_string_pretty(which.doc()).expect("saves");
        bencher
            .counter(divan::counter::BytesCount::new(text.len()))
            .bench(|| {
                serde_json::from_slice::<Document>(black_box(text.as_bytes())).expect("loads")
            });
    }

    #[divan::bench(args = BOTH)]
    fn save_ron(bencher: Bencher, which: Which) {
        let doc = which.doc();
        bencher.bench(|| io::to_ron_string(black_box(doc)).expect("saves"));
    }

    /// The part of `save_ron` that is the app's: the copy with notes sorted by id.
    #[divan::bench(args = BOTH)]
    fn save_ron_normalize_only(bencher: Bencher, which: Which) {
        let doc = which.doc();
        bencher.bench(|| black_box(doc).normalized());
    }

    #[divan::bench(args = BOTH)]
    fn save_json(bencher: Bencher, which: Which) {
        let doc = which.doc();
        bencher.bench(|| serde_json::to_string_pretty(black_box(doc)).expect("saves"));
    }

    /// Saving as the app does: RON, atomically, to a file (temporary file, sync, rename).
    #[divan::bench(args = BOTH, sample_count = 20)]
    fn save_file(bencher: Bencher, which: Which) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("bench.ron");
        let doc = which.doc();
        bencher.bench(|| io::save_path(black_box(doc), &path).expect("saves"));
    }
}

mod search {
    use super::*;

    fn filters() -> Vec<(&'static str, Filter)> {
        vec![
            ("none", Filter::default()),
            (
                "text",
                Filter {
                    text: "prishtine police".to_owned(),
                    ..Filter::default()
                },
            ),
            (
                "tag",
                Filter {
                    tags: ["to-check".to_owned()].into(),
                    ..Filter::default()
                },
            ),
            (
                "status-contested-notes",
                Filter {
                    statuses: [Status::Shared, Status::Contested].into(),
                    contested_only: true,
                    has_notes: true,
                    ..Filter::default()
                },
            ),
        ]
    }

    #[divan::bench(args = ["none", "text", "tag", "status-contested-notes"])]
    fn filter_stress(bencher: Bencher, name: &str) {
        let filter = filters()
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| f)
            .expect("filter");
        let doc = &*STRESS;
        let index = SearchIndex::new(doc);
        // Warm: the index is made when the document changes, not at each keystroke.
        filter.visible_rows_in(doc, &index);
        bencher.bench(|| filter.visible_rows_in(black_box(doc), &index));
    }

    /// What a change to the document costs the filters: a new index, and the folded text on
    /// the first text search.
    #[divan::bench]
    fn index_stress(bencher: Bencher) {
        let doc = &*STRESS;
        let text = Filter {
            text: "police".to_owned(),
            ..Filter::default()
        };
        bencher.bench(|| text.visible_rows_in(doc, &SearchIndex::new(black_box(doc))));
    }

    #[divan::bench]
    fn counts_stress(bencher: Bencher) {
        let doc = &*STRESS;
        bencher.bench(|| black_box(doc).counts());
    }
}

mod merging {
    use super::*;

    static THEIRS: LazyLock<Document> = LazyLock::new(|| stress::diverge(&STRESS, 2, 20));
    static MINE: LazyLock<Document> = LazyLock::new(|| stress::diverge(&STRESS, 3, 20));

    #[divan::bench(sample_count = 20)]
    fn merge_two_way(bencher: Bencher) {
        bencher.bench(|| merge::merge(None, black_box(&MINE), black_box(&THEIRS)));
    }

    #[divan::bench(sample_count = 20)]
    fn merge_three_way(bencher: Bencher) {
        bencher.bench(|| merge::merge(Some(&STRESS), black_box(&MINE), black_box(&THEIRS)));
    }

    #[divan::bench(sample_count = 20)]
    fn compare(bencher: Bencher) {
        bencher.bench(|| merge::compare(black_box(&MINE), black_box(&THEIRS)));
    }
}

mod sharing {
    use super::*;
    use mandate_compare::export::{self, Format, Options};
    use mandate_compare::model::Agreement;

    static THEIRS: LazyLock<Document> = LazyLock::new(|| stress::diverge(&STRESS, 2, 20));

    /// Agreement over the stress document's 2,000 rows (its own assessments against a
    /// colleague's copy that changed a fifth of them).
    #[divan::bench(sample_count = 20)]
    fn agreement(bencher: Bencher) {
        bencher.bench(|| Agreement::between(black_box(&STRESS), black_box(&THEIRS)).figures());
    }

    /// Every export of the stress document (2,000 rows,
    /// 20,000 notes).
    #[divan::bench(args = Format::ALL, sample_count = 10)]
    fn export_stress(bencher: Bencher, format: Format) {
        let options = Options {
            include_private: true,
            ..Options::default()
        };
        bencher.bench(|| export::export(black_box(&STRESS), format, options));
    }
}

mod checking {
    use super::*;

    /// The app's Checks list for a comparison not built on the built-in data, derived once per
    /// change: `check --strict`'s problems of the stress document (2,000 rows).
    #[divan::bench(sample_count = 20)]
    fn strict_problems_stress(bencher: Bencher) {
        bencher.bench(|| black_box(&*STRESS).strict_problems());
    }
    use mandate_compare::cli;
    use mandate_compare::model::{Annotation, Visibility};

    /// How many notes about rows that do not exist: a quarter of the most, and the most (the
    /// issue's 200,000). Linear checks take four times as long for the second.
    const ORPHANS: [usize; 2] = [50_000, 200_000];

    /// The built-in dataset with `orphans` notes about rows it does not have (short ones, so
    /// that the file of 200,000 stays under the 64 MiB a document may have).
    fn orphaned(orphans: usize) -> Document {
        let time: jiff::Timestamp = "2026-11-23T10:00:00Z".parse().expect("a time");
        let mut doc = BUILTIN.clone();
        doc.annotations = (0..orphans)
            .map(|n| Annotation {
                id: format!("a-{n:06}"),
                row: Some(format!("gone-{n}")),
                author: "Bench".to_owned(),
                created: time,
                modified: time,
                text: "Gone.".to_owned(),
                tags: Vec::new(),
                visibility: Visibility::Shared,
                facts_changed: None,
            })
            .collect();
        doc
    }

    #[divan::bench(args = ORPHANS, sample_count = 10)]
    fn validate_orphans(bencher: Bencher, orphans: usize) {
        let doc = orphaned(orphans);
        assert_eq!(doc.validate().len(), orphans, "one warning per orphan");
        bencher.bench(|| black_box(&doc).validate());
    }

    /// `mandate-compare check FILE` as the command line runs it, output to memory: read, load,
    /// validate, and place each warning at its line and column.
    #[divan::bench(args = ORPHANS, sample_count = 10)]
    fn check_orphans(bencher: Bencher, orphans: usize) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("orphans.ron");
        io::save_path(&orphaned(orphans), &path).expect("saves");
        let files = [path];
        let mut out = Vec::new();
        let valid = cli::check(&files, false, &mut out).expect("checks");
        assert!(
            valid,
            "{}",
            String::from_utf8_lossy(&out[..out.len().min(500)])
        );
        assert_eq!(
            out.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count(),
            orphans
        );
        let size = std::fs::metadata(&files[0]).expect("saved").len();
        let size = usize::try_from(size).expect("fits");
        bencher
            .counter(divan::counter::BytesCount::new(size))
            .bench(|| {
                let mut out = Vec::with_capacity(orphans * 160);
                cli::check(black_box(&files), false, &mut out).expect("checks");
                out
            });
    }
}

mod frame {
    use super::*;
    use mandate_compare::App;
    use mandate_compare::app::{Settings, StartOptions};
    use mandate_compare::ui::Command;

    #[derive(Clone, Copy, Debug)]
    enum View {
        /// The table, with the overview in the side panel.
        Table,
        /// The table with the first row selected: its detail and notes in the side panel.
        Detail,
        /// The table, one line per row.
        OneLine,
        Summary,
        Timeline,
        Presentation,
    }

    /// The real app on `which`, at 1280×800, settled in `view`, with the first row selected.
    fn app(which: Which, view: View) -> (egui::Context, App, eframe::Frame) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("doc.ron");
        io::save_path(which.doc(), &path).expect("saves");
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let settings = Settings {
            author: "Bench".to_owned(),
            reading_mode: !matches!(view, View::OneLine),
            ..Settings::default()
        };
        let options = StartOptions {
            file: Some(path),
            settings: Some(settings),
            ..StartOptions::default()
        };
        let mut app = App::new(&cc, options);
        let mut frame = eframe::Frame::_new_kittest();
        match view {
            View::Table | View::Detail | View::OneLine => {}
            View::Summary => app.run(Command::ShowSummary, &ctx),
            View::Timeline => app.run(Command::ShowTimeline, &ctx),
            View::Presentation => app.run(Command::Present, &ctx),
        }
        // Settle: fonts, layout, the visible rows; then the first row's slide and its fit.
        for step in 0..12 {
            if step == 2 && matches!(view, View::Presentation) {
                app.run(Command::NextSlide, &ctx);
            }
            let mut raw = input();
            if step == 2 && matches!(view, View::Detail) {
                raw.events.push(arrow_down());
            }
            black_box(run_frame(&ctx, &mut app, &mut frame, raw));
        }
        if matches!(view, View::Detail) {
            assert!(app.selected_row().is_some(), "a row is selected");
        }
        if matches!(view, View::Presentation) {
            assert_eq!(app.slide(), Some(1), "the first row's slide");
        }
        (ctx, app, frame)
    }

    /// One frame as eframe runs it: the app's logic, then its ui, then tessellation.
    pub(super) fn run_frame(
        ctx: &egui::Context,
        app: &mut App,
        frame: &mut eframe::Frame,
        raw: egui::RawInput,
    ) -> Vec<egui::ClippedPrimitive> {
        let output = ctx.run_ui(raw, |ui| {
            eframe::App::logic(app, ui.ctx(), frame);
            eframe::App::ui(app, ui, frame);
        });
        ctx.tessellate(output.shapes, output.pixels_per_point)
    }

    /// The Down key pressed: the next row.
    pub(super) fn arrow_down() -> egui::Event {
        egui::Event::Key {
            key: egui::Key::ArrowDown,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        }
    }

    pub(super) fn input() -> egui::RawInput {
        egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            ..egui::RawInput::default()
        }
    }

    fn bench_view(bencher: Bencher, which: Which, view: View) {
        let (ctx, mut app, mut frame) = app(which, view);
        bencher.bench_local(|| run_frame(&ctx, &mut app, &mut frame, input()));
    }

    #[divan::bench(args = BOTH)]
    fn table(bencher: Bencher, which: Which) {
        bench_view(bencher, which, View::Table);
    }

    #[divan::bench(args = BOTH)]
    fn detail(bencher: Bencher, which: Which) {
        bench_view(bencher, which, View::Detail);
    }

    #[divan::bench(args = BOTH)]
    fn table_one_line(bencher: Bencher, which: Which) {
        bench_view(bencher, which, View::OneLine);
    }

    #[divan::bench(args = BOTH)]
    fn timeline(bencher: Bencher, which: Which) {
        bench_view(bencher, which, View::Timeline);
    }

    /// The first frame of a document with a very long note: loading excluded, everything the
    /// window then does included (the search index over the note, the overview, the table).
    #[divan::bench(args = LONG, sample_count = 5)]
    fn long_note_first_frame(bencher: Bencher, which: Which) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("long.ron");
        io::save_path(which.doc(), &path).expect("saves");
        bencher
            .with_inputs(|| {
                let ctx = egui::Context::default();
                let cc = eframe::CreationContext::_new_kittest(ctx.clone());
                let options = StartOptions {
                    file: Some(path.clone()),
                    settings: Some(Settings::default()),
                    ..StartOptions::default()
                };
                (ctx, App::new(&cc, options), eframe::Frame::_new_kittest())
            })
            .bench_local_values(|(ctx, mut app, mut frame)| {
                run_frame(&ctx, &mut app, &mut frame, input())
            });
    }

    /// A frame with the row of the long note selected (its note in the side panel).
    #[divan::bench(args = LONG)]
    fn long_note_selected(bencher: Bencher, which: Which) {
        bench_view(bencher, which, View::Detail);
    }

    #[divan::bench(args = BOTH)]
    fn summary(bencher: Bencher, which: Which) {
        bench_view(bencher, which, View::Summary);
    }

    #[divan::bench(args = BOTH)]
    fn presentation(bencher: Bencher, which: Which) {
        bench_view(bencher, which, View::Presentation);
    }
}

mod jobs {
    use super::frame::{input, run_frame};
    use super::*;
    use mandate_compare::App;
    use mandate_compare::app::{Settings, StartOptions};
    use mandate_compare::export::Format;
    use mandate_compare::model::Edit;
    use mandate_compare::ui::Command;

    #[derive(Clone, Copy, Debug)]
    enum Job {
        Export(Format),
        Compare,
        Merge,
        Update,
        Recovery,
    }

    const ALL: [Job; 9] = [
        Job::Export(Format::Markdown),
        Job::Export(Format::Html),
        Job::Export(Format::Csv),
        Job::Export(Format::AnnotationsCsv),
        Job::Export(Format::Qdpx),
        Job::Compare,
        Job::Merge,
        Job::Update,
        Job::Recovery,
    ];

    impl std::fmt::Display for Job {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            match self {
                Self::Export(format) => write!(f, "export-{}", format.name()),
                Self::Compare => f.write_str("compare"),
                Self::Merge => f.write_str("merge"),
                Self::Update => f.write_str("update"),
                Self::Recovery => f.write_str("recovery"),
            }
        }
    }

    /// The stress document stamped with the oldest built-in release, so an update has
    /// something to do.
    fn on_old_release() -> Document {
        let mut doc = STRESS.clone();
        doc.dataset = io::releases().first().map(|r| r.dataset.clone());
        doc
    }

    /// The app on the stress document (stamped with the oldest release for an update), saved in
    /// `dir`, with a colleague's diverged copy at `other` to compare or merge.
    struct Bench {
        dir: tempfile::TempDir,
        doc: Document,
        other: std::path::PathBuf,
        ctx: egui::Context,
        app: App,
    }

    impl Bench {
        fn new(job: Job, recovery_interval: std::time::Duration) -> Self {
            let dir = tempfile::tempdir().expect("temp dir");
            let path = dir.path().join("doc.ron");
            let doc = if matches!(job, Job::Update) {
                on_old_release()
            } else {
                STRESS.clone()
            };
            io::save_path(&doc, &path).expect("saves");
            let other = dir.path().join("theirs.ron");
            io::save_path(&stress::diverge(&doc, 2, 10), &other).expect("saves");
            let ctx = egui::Context::default();
            let cc = eframe::CreationContext::_new_kittest(ctx.clone());
            let options = StartOptions {
                file: Some(path),
                settings: Some(Settings {
                    author: "Bench".to_owned(),
                    ..Settings::default()
                }),
                recovery_dir: Some(dir.path().join("recovery")),
                recovery_interval,
                ..StartOptions::default()
            };
            let app = App::new(&cc, options);
            Self {
                dir,
                doc,
                other,
                ctx,
                app,
            }
        }
    }

    /// A frame of the table on the stress document while `job` runs, and the frames that take
    /// its result in: whenever no job runs, the last one's result is undone (merge, update,
    /// the edit that calls for a recovery copy) and the job started again. Between frames (not
    /// timed) the job gets a millisecond to go on, so that it lands within the samples (a
    /// merge of the stress document takes longer than 200 frames of the table); how many
    /// times it landed is printed after the run.
    #[divan::bench(args = ALL, sample_count = 200, sample_size = 1)]
    fn frame_while(bencher: Bencher, job: Job) {
        let Bench {
            dir,
            doc,
            other,
            ctx,
            app,
        } = Bench::new(job, std::time::Duration::ZERO);
        let app = std::cell::RefCell::new(app);
        let mut frame = eframe::Frame::_new_kittest();
        for _ in 0..5 {
            run_frame(&ctx, &mut app.borrow_mut(), &mut frame, input());
        }
        let out = dir.path().join("export");
        let note = doc.annotations[0].id.clone();
        let started = std::cell::Cell::new(0_usize);
        bencher
            .with_inputs(|| {
                let mut app = app.borrow_mut();
                if !app.busy() {
                    if app.undo_label().is_some() {
                        app.run(Command::Undo, &ctx);
                    }
                    // Each compare starts from the table without its column.
                    app.run(Command::EndCompare, &ctx);
                    started.set(started.get() + 1);
                    match job {
                        Job::Export(format) => {
                            app.export_to(format, &out, &ctx);
                        }
                        Job::Compare => {
                            app.compare_path(&other, &ctx);
                        }
                        Job::Merge => {
                            app.merge_path(&other, &ctx);
                        }
                        Job::Update => app.update_dataset(&ctx),
                        Job::Recovery if app.undo_label().is_none() => {
                            app.change(Edit::DeleteAnnotation { id: note.clone() });
                        }
                        Job::Recovery => {}
                    }
                }
                std::thread::sleep(std::time::Duration::from_millis(1));
            })
            .bench_local_values(|()| run_frame(&ctx, &mut app.borrow_mut(), &mut frame, input()));
        eprintln!("{job}: started {} times", started.get());
    }

    /// The frame that takes a job's result in (compare, merge, update of the stress
    /// document), timed alone: each sample undoes the last result, starts the job again and
    /// waits, untimed, until its thread has sent the result.
    #[divan::bench(args = [Job::Compare, Job::Merge, Job::Update], sample_count = 15, sample_size = 1)]
    fn landing(bencher: Bencher, job: Job) {
        let Bench {
            dir: _dir,
            other,
            ctx,
            app,
            ..
        } = Bench::new(job, StartOptions::default().recovery_interval);
        let app = std::cell::RefCell::new(app);
        let frame = std::cell::RefCell::new(eframe::Frame::_new_kittest());
        let settle = || {
            for _ in 0..30 {
                run_frame(
                    &ctx,
                    &mut app.borrow_mut(),
                    &mut frame.borrow_mut(),
                    input(),
                );
            }
        };
        settle();
        bencher
            .with_inputs(|| {
                {
                    let mut app = app.borrow_mut();
                    if app.undo_label().is_some() {
                        app.run(Command::Undo, &ctx);
                    }
                    app.run(Command::EndCompare, &ctx);
                }
                // The table measured again after the undo, as a person would see it.
                settle();
                let mut app = app.borrow_mut();
                match job {
                    Job::Compare => {
                        app.compare_path(&other, &ctx);
                    }
                    Job::Merge => {
                        app.merge_path(&other, &ctx);
                    }
                    Job::Update => app.update_dataset(&ctx),
                    Job::Export(_) | Job::Recovery => unreachable!("not benched here"),
                }
                while !app.job_finished() {
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
            })
            .bench_local_values(|()| {
                run_frame(
                    &ctx,
                    &mut app.borrow_mut(),
                    &mut frame.borrow_mut(),
                    input(),
                )
            });
    }
}

/// The room's view with 30 participants' files of the built-in comparison (each varying its
/// assessments deterministically, `stress::room_files`): gathering the room, and a frame of the
/// room's view, of it with a row's detail (the notes from the room), and of the room's slide.
mod room {
    use super::frame::{arrow_down, input, run_frame};
    use super::*;
    use mandate_compare::App;
    use mandate_compare::app::{Settings, StartOptions};
    use mandate_compare::model::{Participant, Room};
    use mandate_compare::ui::Command;

    const PEOPLE: usize = 30;

    fn people() -> Vec<Participant> {
        stress::room_files(&BUILTIN, PEOPLE, 28)
            .into_iter()
            .enumerate()
            .map(|(i, doc)| Participant::named(doc, &format!("p{i}.ron")))
            .collect()
    }

    #[divan::bench]
    fn gather(bencher: Bencher) {
        let people = people();
        bencher.bench_local(|| Room::gather(black_box(&BUILTIN), black_box(&people)));
    }

    #[derive(Clone, Copy, Debug)]
    enum View {
        Room,
        RoomDetail,
        RoomSlide,
    }

    /// The real app at 1280×800 with the 30 files open in the room (read by its background
    /// job, as File > Open the room's files… does), settled in `view`.
    fn app(view: View) -> (egui::Context, App, eframe::Frame) {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths: Vec<std::path::PathBuf> = stress::room_files(&BUILTIN, PEOPLE, 28)
            .iter()
            .enumerate()
            .map(|(i, doc)| {
                let path = dir.path().join(format!("participant-{i:02}.ron"));
                io::save_path(doc, &path).expect("saves");
                path
            })
            .collect();
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let options = StartOptions {
            settings: Some(Settings {
                author: "Bench".to_owned(),
                ..Settings::default()
            }),
            ..StartOptions::default()
        };
        let mut app = App::new(&cc, options);
        let mut frame = eframe::Frame::_new_kittest();
        black_box(run_frame(&ctx, &mut app, &mut frame, input()));
        assert!(app.open_room(paths, &ctx), "the job starts");
        while app.busy() {
            std::thread::sleep(std::time::Duration::from_millis(2));
            black_box(run_frame(&ctx, &mut app, &mut frame, input()));
        }
        assert_eq!(app.room().map(|r| r.people.len()), Some(PEOPLE));
        match view {
            View::Room => {}
            View::RoomDetail => app.run(Command::ShowRoom, &ctx),
            View::RoomSlide => {
                app.run(Command::Present, &ctx);
                app.run(Command::LastSlide, &ctx);
            }
        }
        for step in 0..12 {
            let mut raw = input();
            if step == 2 && matches!(view, View::RoomDetail) {
                raw.events.push(arrow_down());
            }
            black_box(run_frame(&ctx, &mut app, &mut frame, raw));
        }
        if matches!(view, View::RoomDetail) {
            assert!(app.selected_row().is_some(), "a row is selected");
        }
        (ctx, app, frame)
    }

    fn bench_view(bencher: Bencher, view: View) {
        let (ctx, mut app, mut frame) = app(view);
        bencher.bench_local(|| run_frame(&ctx, &mut app, &mut frame, input()));
    }

    #[divan::bench]
    fn room_view(bencher: Bencher) {
        bench_view(bencher, View::Room);
    }

    #[divan::bench]
    fn room_view_with_detail(bencher: Bencher) {
        bench_view(bencher, View::RoomDetail);
    }

    #[divan::bench]
    fn room_slide(bencher: Bencher) {
        bench_view(bencher, View::RoomSlide);
    }
}
