//! Ids as people read them, through `check`: a holder id that reads as another (a Cyrillic
//! letter, a zero-width space, a trailing space, full-width letters, another case) is a warning
//! at its line and column in anyone's file and an error under `--strict`; year 0 is no date.

use std::path::Path;
use std::process::Command;

use mandate_compare::io;
use mandate_compare::model::{Holder, HolderKind, Translations};

fn check(flags: &[&str], file: &Path) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_mandate-compare"))
        .arg("check")
        .args(flags)
        .arg(file)
        .output()
        .expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("utf-8 output");
    (output.status.code().expect("exit code"), stdout)
}

#[test]
fn look_alike_ids_are_a_warning_in_a_users_file_and_an_error_under_strict() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (twin, how) in [
        ("kf\u{43e}r", "another script"),
        ("kfor\u{200b}", "invisible characters"),
        ("kfor ", "invisible characters"),
        ("\u{ff4b}\u{ff46}\u{ff4f}\u{ff52}", "Unicode form"),
        ("KFOR", "upper- and lower-case"),
    ] {
        let mut doc = io::builtin().expect("built-in");
        doc.holders.push(Holder {
            id: twin.to_owned(),
            short: "KFOR".to_owned(),
            name: "A second KFOR".to_owned(),
            kind: HolderKind::International,
            short_tr: Translations::default(),
            name_tr: Translations::default(),
        });
        let file = dir.path().join("twin.ron");
        io::save_path(&doc, &file).expect("saves");
        let text = std::fs::read_to_string(&file).expect("reads");
        let written = format!("id: {}", ron::to_string(twin).expect("quotes"));
        let at = text.find(&written).expect("the twin's id is in the file");
        let line = text[..at].matches('\n').count() + 1;
        let column = text[..at]
            .rsplit('\n')
            .next()
            .expect("line")
            .chars()
            .count()
            + 1;
        let place = format!("{}:{line}:{column}: ", file.display());

        let (code, out) = check(&[], &file);
        assert_eq!(code, 0, "a warning only: {out}");
        let warning = out
            .lines()
            .find(|l| l.contains("reads as the id \"kfor\""))
            .expect(&out);
        assert!(
            warning.starts_with(&format!("{place}warning: ")),
            "{warning}"
        );
        assert!(warning.contains(how), "{twin:?}: {warning}");

        let (code, out) = check(&["--strict"], &file);
        assert_eq!(code, 1, "an error under the curators' rules: {out}");
        let lines: Vec<&str> = out
            .lines()
            .filter(|l| l.contains("reads as the id"))
            .collect();
        assert_eq!(lines.len(), 1, "once, as an error: {out}");
        assert!(
            lines[0].starts_with(&format!("{place}error: ")),
            "{}",
            lines[0]
        );
    }
}

#[test]
fn year_zero_is_no_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("year0.ron");
    let text = io::BUILTIN_RON.replacen("date: \"1999-06-10\"", "date: \"0000-06-10\"", 1);
    assert_ne!(text, io::BUILTIN_RON);
    std::fs::write(&file, text).expect("writes");
    let error = io::load_path(&file).expect_err("year 0 is refused");
    assert!(error.position().is_some(), "{error}");
    assert!(error.to_string().contains("0000-06-10"), "{error}");
}
