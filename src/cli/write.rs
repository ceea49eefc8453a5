//! The subcommands that write files: `merge`, `update` and `export`.

use std::io::Write;
use std::path::Path;

use crate::i18n::Language;
use crate::model::Document;
use crate::{export, io};

/// The files of a three-way merge.
#[derive(Clone, Copy, Debug)]
pub struct MergeFiles<'a> {
    /// The common ancestor (git's %O).
    pub base: &'a Path,
    /// Your version (git's %A).
    pub ours: &'a Path,
    /// Their version (git's %B).
    pub theirs: &'a Path,
    /// Where the result goes: a new file, or `ours` itself (git's `-o %A`), never the base or
    /// theirs.
    pub output: &'a Path,
    /// An empty base means the two sides share no ancestor (git passes an empty file then, and
    /// says so with `--empty-base-means-none`); otherwise an empty base is an error, since a
    /// base read while another program rewrites it is empty too.
    pub empty_base_means_none: bool,
}

/// Says `line` on `report`. A report that cannot be written (a closed standard error) changes
/// neither what was done nor the exit code.
fn say(report: &mut impl Write, line: impl std::fmt::Display) {
    writeln!(report, "{line}").ok();
}

/// "OUT: note: both changed the title; yours is kept", in English, with anything unprintable
/// in an id written as an escape.
fn note(out: &impl std::fmt::Display, notice: &crate::merge::Notice) -> String {
    let words = crate::i18n::merge_notice(crate::i18n::Language::En, notice);
    super::check::printable(&format!("{out}: note: {words}"))
}

/// Whether `output` is the file `input` (through links, by device and inode): writing it would
/// destroy what is read.
fn is_input(output: &Path, input: &Path) -> bool {
    !is_stdout(output) && io::same_file(output, input)
}

/// Whether `-o` asks for standard output: `-` or `/dev/stdout`.
fn is_stdout(output: &Path) -> bool {
    output == Path::new("-") || output == Path::new("/dev/stdout")
}

/// Writes `bytes` to `output`: standard output for `-` or `/dev/stdout`, else a file
/// (atomically; a device or pipe is written into). `read` is the stamp of `output` as it was
/// read when it is also an input: a file changed since is not replaced.
fn write_output(
    output: &Path,
    bytes: &[u8],
    read: Option<io::FileStamp>,
    stdout: &mut impl Write,
) -> Result<(), String> {
    if is_stdout(output) {
        return stdout
            .write_all(bytes)
            .and_then(|()| stdout.flush())
            .map_err(|error| format!("mandate-compare: cannot write to standard output: {error}"));
    }
    match read {
        Some(read) => io::write_file_if_unchanged(output, bytes, read),
        None => io::write_file(output, bytes),
    }
    .map_err(|error| error.to_string())
}

/// A file read once: its document and the stamp of the bytes it was read from.
fn read_document(path: &Path) -> Result<(Document, io::FileStamp), io::LoadError> {
    let bytes = io::read_bytes(path)?;
    let doc = io::load_bytes(&bytes, &path.display().to_string())?;
    Ok((doc, io::FileStamp::of(&bytes)))
}

/// Merges `theirs` into `ours` with `base` as the common ancestor and writes the result to
/// `output`, reporting conflicts and notices to `report`. An empty base is an error (see
/// [`MergeFiles::empty_base_means_none`]). Returns the exit code: 0 clean, 1 conflicts remain, 2
/// a file could not be read or written.
///
/// # Errors
/// Only when the report's writer fails before anything was written.
pub fn merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: &Path,
    report: &mut impl Write,
) -> std::io::Result<i32> {
    let files = MergeFiles {
        base,
        ours,
        theirs,
        output,
        empty_base_means_none: false,
    };
    Ok(merge_files(&files, &mut std::io::stdout().lock(), report))
}

/// [`merge`] with every choice: see [`MergeFiles`]. Returns the exit code.
pub fn merge_files(
    files: &MergeFiles<'_>,
    stdout: &mut impl Write,
    report: &mut impl Write,
) -> i32 {
    let out = files.output.display();
    for (input, what) in [(files.base, "the base"), (files.theirs, "their version")] {
        if is_input(files.output, input) {
            say(
                report,
                format_args!(
                    "mandate-compare: the output {out} is {what} ({}), which the merge reads; \
                     nothing was written: write the result to your version or a new file",
                    input.display()
                ),
            );
            return 2;
        }
    }
    let base = if files.empty_base_means_none && io::is_empty_file(files.base) {
        Ok(None)
    } else {
        read_document(files.base).map(|(doc, _)| Some(doc))
    };
    let (base_doc, (ours_doc, ours_stamp), (theirs_doc, _)) =
        match (base, read_document(files.ours), read_document(files.theirs)) {
            (Ok(base), Ok(ours), Ok(theirs)) => (base, ours, theirs),
            (base, ours, theirs) => {
                for error in [base.err(), ours.err(), theirs.err()].into_iter().flatten() {
                    say(report, error);
                }
                return 2;
            }
        };
    let mut merged = crate::merge::merge(base_doc.as_ref(), &ours_doc, &theirs_doc);
    // Your notes on rows whose facts the other side changed are marked for review.
    crate::model::mark_notes_on_changed_facts(
        &ours_doc,
        &mut merged.document,
        jiff::Timestamp::now(),
    );
    let text = match io::to_ron_string(&merged.document) {
        Ok(text) => text,
        Err(error) => {
            say(report, error);
            return 2;
        }
    };
    // Writing over your own version (git's `-o %A`): not if it changed since it was read.
    let read = is_input(files.output, files.ours).then_some(ours_stamp);
    if let Err(error) = write_output(files.output, text.as_bytes(), read, stdout) {
        say(report, error);
        return 2;
    }
    for notice in &merged.notices {
        say(report, note(&out, notice));
    }
    let doc = &merged.document;
    for conflict in &doc.conflicts {
        let about = conflict
            .row(doc)
            .map_or_else(String::new, |row| format!(" of row {row:?}"));
        let what = crate::i18n::conflict_part(crate::i18n::Language::En, conflict.part());
        say(
            report,
            format_args!(
                "{out}: conflict: the {what}{about} differs; open the file in mandate-compare to choose"
            ),
        );
    }
    i32::from(!doc.conflicts.is_empty())
}

/// Updates `file` to the newest release of the built-in dataset, writing `output` (the file
/// itself without one: then only if no other program changed it since it was read). Returns
/// the exit code: 0 clean or already up to date, 1 conflicts remain, 2 a file could not be read
/// or written, or `output` is the file itself (leave `-o` out to update in place). What was
/// done goes to `report`.
///
/// # Errors
/// Never: a report that cannot be written is not an error. (The `Result` keeps the shape of the
/// other subcommands.)
pub fn update(file: &Path, output: Option<&Path>, report: &mut impl Write) -> std::io::Result<i32> {
    let name = file.display();
    if let Some(output) = output
        && is_input(output, file)
    {
        say(
            report,
            format_args!(
                "mandate-compare: the output {} is {name} itself; nothing was written: leave out \
                 -o to update the file in place (keeping {name}.bak)",
                output.display()
            ),
        );
        return Ok(2);
    }
    let (doc, read) = match read_document(file) {
        Ok(read) => read,
        Err(error) => {
            say(report, error);
            return Ok(2);
        }
    };
    let Some((built_on, latest)) = io::newer_release(&doc) else {
        let why = match io::built_on(&doc) {
            Some(on) => format!(
                "already built on the newest built-in data ({})",
                on.release.label
            ),
            None => "not built on the built-in dataset; nothing to update".to_owned(),
        };
        say(report, format_args!("{name}: {why}"));
        return Ok(0);
    };
    let updated = crate::merge::update(
        &doc,
        &built_on.release.document,
        &latest.document,
        jiff::Timestamp::now(),
    );
    let written = match output {
        Some(output) => io::save_path(&updated.document, output),
        None => io::save_path_if_unchanged(&updated.document, file, read),
    };
    if let Err(error) = written {
        say(report, error);
        return Ok(2);
    }
    let output = output.unwrap_or(file).display();
    if let Some(note) = built_on.assumption() {
        say(report, format_args!("{name}: {note}"));
    }
    say(
        report,
        format_args!(
            "{output}: updated from the built-in data of {} to {}: {} row(s) changed, {} \
             source(s) added, {} note(s) on changed rows marked for review",
            built_on.release.label,
            latest.label,
            updated.rows_changed,
            updated.sources_added,
            updated.notes_marked
        ),
    );
    for notice in &updated.notices {
        say(report, note(&output, notice));
    }
    let conflicts = updated.document.conflicts.len();
    if conflicts > 0 {
        say(
            report,
            format_args!(
                "{output}: {conflicts} conflict(s) where you edited a built-in text the new data \
                 also changed; open the file in mandate-compare to choose"
            ),
        );
    }
    Ok(i32::from(conflicts > 0))
}

/// Exports `file` in `format` to `output`, or to `stdout` without one, its words in English.
/// Returns the exit code: 0 done, 2 the file could not be read or the export written.
pub fn export(
    file: &Path,
    format: export::Format,
    options: export::Options,
    output: Option<&Path>,
    stdout: &mut impl Write,
    report: &mut impl Write,
) -> std::io::Result<i32> {
    export_in(file, format, options, Language::En, output, stdout, report)
}

/// Exports `file` in `format` to `output`, or to `stdout` without one, its headings, labels and
/// status words in `lang`. Returns the exit code: 0 done, 2 the file could not be read or the
/// export written.
pub fn export_in(
    file: &Path,
    format: export::Format,
    options: export::Options,
    lang: Language,
    output: Option<&Path>,
    stdout: &mut impl Write,
    report: &mut impl Write,
) -> std::io::Result<i32> {
    if let Some(output) = output
        && is_input(output, file)
    {
        say(
            report,
            format_args!(
                "mandate-compare: the output {} is the document being exported ({}); nothing \
                 was written: choose another file",
                output.display(),
                file.display()
            ),
        );
        return Ok(2);
    }
    let doc = match io::load_path(file) {
        Ok(doc) => doc,
        Err(error) => {
            say(report, error);
            return Ok(2);
        }
    };
    if let Some(warning) = export::unreadable_warning(&doc, file) {
        say(report, warning);
    }
    let bytes = export::export_in(&doc, format, options, lang)?;
    match output {
        None => stdout.write_all(&bytes)?,
        Some(path) => {
            if let Err(error) = write_output(path, &bytes, None, stdout) {
                say(report, error);
                return Ok(2);
            }
        }
    }
    Ok(0)
}
