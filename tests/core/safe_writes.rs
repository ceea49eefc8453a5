//! Writes that cannot destroy what they read, leave nothing private behind and lose no one's
//! update: an output that is one of the inputs is refused; every file-system step of a save
//! failing once (and a kill at every step) leaves the target, its backup and the folder as they
//! were or complete; a file changed by another program between reading and writing is not
//! written over; a device or pipe is written into, never replaced.

use std::os::unix::fs::{FileTypeExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use mandate_compare::cli;
use mandate_compare::export::{Format, Options};
use mandate_compare::i18n::Language;
use mandate_compare::io::fault::{self, At, Fault};
use mandate_compare::io::{self, SaveError, SaveStep};

fn bin() -> Command {
    let mut command = crate::mandate_compare();
    command.env_remove("MANDATE_COMPARE_FAULT");
    command
}

/// A file built on the November 2025 release: `update` has something to do.
fn old_release(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let text = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/releases/unmik-1244-2025-11.ron"),
    )
    .expect("the 2025 release");
    std::fs::write(&path, text).expect("writes");
    path
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("lists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn leftovers(dir: &Path) -> Vec<String> {
    names(dir)
        .into_iter()
        .filter(|n| n.starts_with(".mandate-compare-"))
        .collect()
}

#[test]
fn an_export_over_its_own_document_is_refused_in_every_format_and_through_a_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let doc = dir.path().join("notes.ron");
    io::save_path(&io::builtin().expect("built-in"), &doc).expect("saves");
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&doc, &link).expect("links");
    let before = std::fs::read(&doc).expect("reads");
    for format in Format::ALL {
        for (input, output) in [(&doc, &doc), (&doc, &link), (&link, &doc)] {
            let mut report = Vec::new();
            let code = cli::export_in(
                input,
                format,
                Options::default(),
                Language::En,
                Some(output),
                &mut Vec::new(),
                &mut report,
            )
            .expect("runs");
            let said = String::from_utf8(report).expect("utf-8");
            assert_eq!(code, 2, "{format:?} {output:?}: {said}");
            assert!(said.contains("nothing was written"), "{said}");
        }
    }
    assert_eq!(std::fs::read(&doc).expect("reads"), before, "untouched");
    assert_eq!(
        names(dir.path()),
        ["link.ron", "notes.ron"],
        "no .bak, no leftover"
    );
    // The real command says so too, with exit 2.
    let run = bin()
        .args(["export", "--format", "md"])
        .arg(&link)
        .arg("-o")
        .arg(&doc)
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("is the document being exported"));
    assert_eq!(std::fs::read(&doc).expect("reads"), before);
}

/// base.ron, ours.ron and theirs.ron in `dir`, each the built-in data.
fn three_sides(dir: &Path) -> [PathBuf; 3] {
    let doc = io::builtin().expect("built-in");
    ["base", "ours", "theirs"].map(|name| {
        let path = dir.join(format!("{name}.ron"));
        io::save_path(&doc, &path).expect("saves");
        path
    })
}

#[test]
fn a_merge_never_writes_over_the_base_or_theirs_and_update_never_over_itself_with_o() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = three_sides(dir.path());
    let link = dir.path().join("theirs-link.ron");
    std::os::unix::fs::symlink(&paths[2], &link).expect("links");
    for output in [&paths[0], &paths[2], &link] {
        let mut report = Vec::new();
        let code = cli::merge(&paths[0], &paths[1], &paths[2], output, &mut report).expect("runs");
        assert_eq!(code, 2, "{}", String::from_utf8_lossy(&report));
    }
    // Over your own version, as git's driver does: allowed.
    let code =
        cli::merge(&paths[0], &paths[1], &paths[2], &paths[1], &mut Vec::new()).expect("runs");
    assert_eq!(code, 0);

    let old = old_release(dir.path(), "old.ron");
    let before = std::fs::read(&old).expect("reads");
    let old_link = dir.path().join("old-link.ron");
    std::os::unix::fs::symlink(&old, &old_link).expect("links");
    for output in [&old, &old_link] {
        let mut report = Vec::new();
        let code = cli::update(&old, Some(output), &mut report).expect("runs");
        let said = String::from_utf8(report).expect("utf-8");
        assert_eq!(code, 2, "{said}");
        assert!(said.contains("leave out -o"), "{said}");
    }
    assert_eq!(std::fs::read(&old).expect("reads"), before);
    assert!(!io::backup_path(&old).exists());
}

#[test]
fn an_empty_base_is_an_error_unless_git_says_there_is_no_ancestor() {
    let dir = tempfile::tempdir().expect("temp dir");
    let doc = io::builtin().expect("built-in");
    let base = dir.path().join("base.ron");
    std::fs::write(&base, "").expect("writes");
    let [ours, theirs, out] =
        ["ours", "theirs", "out"].map(|n| dir.path().join(format!("{n}.ron")));
    io::save_path(&doc, &ours).expect("saves");
    io::save_path(&doc, &theirs).expect("saves");
    let mut report = Vec::new();
    let code = cli::merge(&base, &ours, &theirs, &out, &mut report).expect("runs");
    let said = String::from_utf8(report).expect("utf-8");
    assert_eq!(code, 2, "{said}");
    assert!(
        said.contains("base.ron") && said.contains("empty"),
        "{said}"
    );
    assert!(!out.exists(), "nothing written");
    let run = bin()
        .args(["merge", "--empty-base-means-none"])
        .args([&base, &ours, &theirs])
        .arg("-o")
        .arg(&out)
        .output()
        .expect("runs");
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(out.exists());
    // An unreadable base is an error either way.
    let missing = dir.path().join("missing.ron");
    let mut report = Vec::new();
    let code = cli::merge(&missing, &ours, &theirs, &out, &mut report).expect("runs");
    assert_eq!(code, 2);
}

thread_local! {
    static MEANWHILE: std::cell::RefCell<Option<PathBuf>> = const { std::cell::RefCell::new(None) };
}

/// Another program saving the file in the middle of ours: it adds a line.
fn another_program_writes() {
    MEANWHILE.with_borrow(|path| {
        let path = path.as_ref().expect("a file to change");
        let mut text = std::fs::read_to_string(path).expect("reads");
        text.push_str("// a change made by another program\n");
        std::fs::write(path, text).expect("writes");
    });
}

#[test]
fn an_in_place_update_does_not_write_over_a_change_made_meanwhile() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = old_release(dir.path(), "notes.ron");
    MEANWHILE.set(Some(file.clone()));
    // Just before the new version replaces the file, another program saves it.
    fault::inject(
        At::Step(SaveStep::Permissions),
        Fault::Call(another_program_writes),
    );
    let mut report = Vec::new();
    let code = cli::update(&file, None, &mut report).expect("runs");
    fault::clear();
    let said = String::from_utf8(report).expect("utf-8");
    assert_eq!(code, 2, "{said}");
    assert!(said.contains("changed on disk after it was read"), "{said}");
    let text = std::fs::read_to_string(&file).expect("reads");
    assert!(
        text.ends_with("// a change made by another program\n"),
        "kept"
    );
    assert!(!io::backup_path(&file).exists(), "no backup made either");
    assert!(leftovers(dir.path()).is_empty());
    // Without anyone else writing, the same update goes through.
    let code = cli::update(&file, None, &mut Vec::new()).expect("runs");
    assert_eq!(code, 0);
    assert!(io::backup_path(&file).exists());
}

/// A writer that always fails, like a closed standard error.
struct Closed;

impl std::io::Write for Closed {
    fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
        Err(std::io::ErrorKind::BrokenPipe.into())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Err(std::io::ErrorKind::BrokenPipe.into())
    }
}

#[test]
fn a_report_that_cannot_be_written_after_a_write_does_not_make_it_a_failure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = old_release(dir.path(), "notes.ron");
    let out = dir.path().join("new.ron");
    assert_eq!(
        cli::update(&file, Some(&out), &mut Closed).expect("runs"),
        0
    );
    let [base, ours, theirs] = three_sides(dir.path());
    let files = cli::MergeFiles {
        base: &base,
        ours: &ours,
        theirs: &theirs,
        output: &ours,
        empty_base_means_none: false,
    };
    assert_eq!(cli::merge_files(&files, &mut Vec::new(), &mut Closed), 0);
}

#[test]
fn devices_and_pipes_are_written_into_never_replaced_and_dash_is_standard_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let doc = dir.path().join("notes.ron");
    io::save_path(&io::builtin().expect("built-in"), &doc).expect("saves");
    // `-o -` and `-o /dev/stdout` stream to standard output.
    for dash in ["-", "/dev/stdout"] {
        let run = bin()
            .args(["export", "--format", "csv"])
            .arg(&doc)
            .args(["-o", dash])
            .output()
            .expect("runs");
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert!(run.stdout.starts_with(b"id,presence,"), "{dash}");
    }
    // /dev/null stays the device.
    let run = bin()
        .args(["export", "--format", "md"])
        .arg(&doc)
        .args(["-o", "/dev/null"])
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(0));
    let null = std::fs::metadata("/dev/null").expect("/dev/null");
    assert!(null.file_type().is_char_device(), "still a device");
    // A named pipe gets the export and stays a pipe.
    let fifo = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).expect("reads the pipe"))
    };
    let run = bin()
        .args(["export", "--format", "csv"])
        .arg(&doc)
        .arg("-o")
        .arg(&fifo)
        .stdout(Stdio::null())
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(0));
    assert!(reader.join().expect("reader").starts_with(b"id,presence,"));
    assert!(
        std::fs::metadata(&fifo)
            .expect("pipe")
            .file_type()
            .is_fifo()
    );
    // A document is never written into a device.
    let old = old_release(dir.path(), "old.ron");
    let run = bin()
        .arg("update")
        .arg(&old)
        .args(["-o", "/dev/null"])
        .output()
        .expect("runs");
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("not a file"));
    assert!(
        std::fs::metadata("/dev/null")
            .expect("null")
            .file_type()
            .is_char_device()
    );
}

/// The files a save may touch, and what they held.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    names(dir)
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).expect("reads");
            (name, bytes)
        })
        .collect()
}

/// After a failed save: every file as it was, except that the backup may already hold a copy of
/// the file as it still is (the failure came after the backup was renamed into place).
fn assert_unharmed(before: &[(String, Vec<u8>)], after: &[(String, Vec<u8>)], what: &str) {
    let names = |files: &[(String, Vec<u8>)]| -> Vec<String> {
        files.iter().map(|(name, _)| name.clone()).collect()
    };
    let bytes = |files: &[(String, Vec<u8>)], name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, b)| b.clone())
    };
    let mut expected = names(before);
    if !expected.contains(&"notes.ron.bak".to_owned()) && bytes(after, "notes.ron.bak").is_some() {
        expected.push("notes.ron.bak".to_owned());
        expected.sort();
    }
    assert_eq!(names(after), expected, "{what}: no file more or less");
    for (name, now) in after {
        let was = bytes(before, name);
        let same = was.as_ref() == Some(now);
        let fresh_backup =
            name == "notes.ron.bak" && bytes(before, "notes.ron").as_ref() == Some(now);
        assert!(same || fresh_backup, "{what}: {name} changed");
    }
}

#[test]
fn every_step_of_a_save_failing_once_leaves_the_files_as_they_were_and_nothing_behind() {
    let mut doc = io::builtin().expect("built-in");
    let mut checked = 0;
    // A new file, an existing file with and without a backup, an output, through a link.
    for case in ["new", "existing", "with-backup", "output", "link"] {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("notes.ron");
        if case != "new" {
            io::save_path(&doc, &path).expect("saves");
            std::fs::remove_file(io::backup_path(&path)).ok();
        }
        if case == "with-backup" {
            std::fs::write(io::backup_path(&path), "the backup of before").expect("writes");
        }
        let target = if case == "link" {
            let link = dir.path().join("link.ron");
            std::os::unix::fs::symlink(&path, &link).expect("links");
            link
        } else {
            path.clone()
        };
        doc.title.push('+');
        for n in 0.. {
            let before = snapshot(dir.path());
            fault::inject(At::Index(n), Fault::Fail);
            let result = if case == "output" {
                io::write_file(&target, doc.title.as_bytes())
            } else {
                io::save_path(&doc, &target).map(drop)
            };
            fault::clear();
            match result {
                Err(SaveError::Write { step, .. }) => {
                    let after = snapshot(dir.path());
                    assert_unharmed(&before, &after, &format!("{case}: failing at {step:?}"));
                    checked += 1;
                }
                Err(other) => panic!("{case}: {other}"),
                // Past the last step, or at it (syncing the folder does not fail a save that
                // is in place): the save is done.
                Ok(()) => {
                    assert!(leftovers(dir.path()).is_empty(), "{case}");
                    break;
                }
            }
        }
    }
    assert!(checked > 40, "only {checked} faults");
}

#[test]
fn a_save_killed_at_any_step_leaves_the_file_and_its_backup_whole_and_no_leftover_after_the_next() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = old_release(dir.path(), "notes.ron");
    // Not readable by others: a leftover must not be either.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let old = std::fs::read(&file).expect("reads");
    std::fs::write(io::backup_path(&file), "the backup of before").expect("writes");
    let mut new = None;
    for n in 0.. {
        std::fs::write(&file, &old).expect("resets");
        std::fs::write(io::backup_path(&file), "the backup of before").expect("resets");
        let run = bin()
            .arg("update")
            .arg(&file)
            .env("MANDATE_COMPARE_FAULT", format!("abort:{n}"))
            .output()
            .expect("runs");
        let now = std::fs::read(&file).expect("the file is there");
        let backup = std::fs::read(io::backup_path(&file)).expect("the backup is there");
        assert!(
            now == old || io::load_bytes(&now, "new").is_ok(),
            "step {n}: whole"
        );
        assert!(
            backup == b"the backup of before" || backup == old,
            "step {n}: backup whole"
        );
        // Private until just before it becomes the file, when it takes the file's permissions.
        let own = std::fs::metadata(&file).expect("meta").permissions().mode() & 0o777;
        for leftover in leftovers(dir.path()) {
            let mode = std::fs::metadata(dir.path().join(&leftover))
                .expect("meta")
                .permissions();
            let mode = mode.mode() & 0o777;
            assert!(
                mode == 0o600 || mode == own,
                "step {n}: {leftover} is {mode:o}"
            );
        }
        if run.status.success() {
            new = Some(now);
            break;
        }
        // The next save, once the leftover is old enough to be stale, removes it.
        for leftover in leftovers(dir.path()) {
            let stale = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
            std::fs::File::options()
                .write(true)
                .open(dir.path().join(leftover))
                .and_then(|f| f.set_modified(stale))
                .expect("ages the leftover");
        }
        let scratch = dir.path().join("scratch.md");
        let run = bin()
            .args(["export", "--format", "md"])
            .arg(&file)
            .arg("-o")
            .arg(&scratch)
            .output()
            .expect("runs");
        assert!(run.status.success());
        assert_eq!(leftovers(dir.path()), Vec::<String>::new(), "step {n}");
        std::fs::remove_file(scratch).expect("removes");
    }
    assert!(
        new.is_some_and(|bytes| bytes != old),
        "the update went through at last"
    );
}

#[test]
fn a_temporary_file_in_use_or_too_young_is_never_taken_for_a_leftover() {
    let dir = tempfile::tempdir().expect("temp dir");
    let young = dir.path().join(".mandate-compare-young.tmp");
    std::fs::write(&young, "a save just begun by another copy").expect("writes");
    let held = dir.path().join(".mandate-compare-held.tmp");
    std::fs::write(&held, "a save in progress").expect("writes");
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(600);
    let lock = std::fs::File::options()
        .write(true)
        .open(&held)
        .expect("opens");
    lock.set_modified(old).expect("ages");
    lock.lock().expect("locks, as a save in progress does");
    let not_ours = dir.path().join("notes.ron.tmp");
    std::fs::write(&not_ours, "someone else's").expect("writes");
    io::write_file(&dir.path().join("out.md"), b"x").expect("writes");
    assert!(young.exists() && held.exists() && not_ours.exists());
    drop(lock);
    io::write_file(&dir.path().join("out.md"), b"y").expect("writes");
    assert!(!held.exists(), "no one holds it any more: removed");
    assert!(young.exists(), "still too young");
}
