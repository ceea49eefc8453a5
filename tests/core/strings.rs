//! No user-facing string literal in `src/ui` and `src/app`: every word the window shows comes
//! from the translation files (`assets/locales/*.ftl`) through `tr!`. A small lexer finds the
//! string literals outside comments and test modules; a literal counts as words for people when
//! it has letters and is not a message id, an egui id, a format string without words, or an
//! entry of the short, reasoned list below.

use std::path::{Path, PathBuf};

/// Literals that are words but not the interface's, each with why.
const NOT_INTERFACE: &[(&str, &str)] = &[
    // The product's name: the same in every language, like a title.
    ("Mandate Compare", "the product's name"),
    (
        "%Y-%m-%d %H:%M UTC",
        "a time stamp's format: UTC reads the same in every language",
    ),
    // The start-up measurement's lines on standard error, for developers, not in the window.
    (
        "first frame begins {:.1} ms after main began (window and app are ready)",
        "developers' output on the terminal",
    ),
    (
        "first frame painted {:.1} ms after main began",
        "developers' output on the terminal",
    ),
    // The graphics interfaces' own names, as the failure report lists them.
    ("Direct3D 12", "a graphics interface's name"),
    ("Metal", "a graphics interface's name"),
    ("Vulkan", "a graphics interface's name"),
    ("OpenGL", "a graphics interface's name"),
    (
        "{name} was made to fail ({BROKEN_BACKENDS_VAR})",
        "only with the developers' variable that breaks a backend on purpose",
    ),
    (
        "libegl1 libgl1-mesa-dri mesa-vulkan-drivers",
        "Debian package names, put into a translated sentence",
    ),
    (
        "check, export, merge",
        "the command line's subcommands, typed as they are in any language",
    ),
];

/// The calls whose literal arguments are not shown to people (ids, panics, logs).
const NOT_SHOWN_IN: &[&str] = &[
    "id_salt(",
    "Id::new(",
    "Id::unique(",
    // A thread's name, for debuggers.
    "Job::start(",
    ".name(",
    "push_id(",
    "with(\"",
    "expect(\"",
    "panic!(",
    "unreachable!(",
    "debug_assert",
    "log::",
    "include_str!(",
    "env!(",
    "concat!(",
    "tr!(",
    ".t(\"",
    "t_args(\"",
    "has(\"",
    "set_value(",
    "get_value(",
    "#[",
    // Environment variables' names.
    "var_os(",
    "var(",
    // Why a lint is allowed, for developers (an attribute formatted over several lines).
    "reason = ",
    // The names of wgpu's objects (the offscreen slides' texture and buffers), for GPU
    // debuggers.
    "label: Some(",
    // Debug output, for developers.
    "debug_struct(",
];

/// The string literals of `source` outside comments and `#[cfg(test)]` modules: (line, text,
/// the code before it on its line).
fn literals(source: &str) -> Vec<(usize, String, String)> {
    // Test modules come last in a file, by the project's convention.
    let source = source.split("#[cfg(test)]").next().unwrap_or_default();
    let chars: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    let (mut i, mut line, mut line_start) = (0, 1, 0);
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match c {
            '\n' => {
                line += 1;
                line_start = i + 1;
                i += 1;
            }
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                    if chars[i] == '\n' {
                        line += 1;
                        line_start = i + 1;
                    }
                    i += 1;
                }
                i += 2;
            }
            // A character literal, or a lifetime ('a): skip it without reading a string.
            '\'' => {
                if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else if next == Some('\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else {
                    i += 1;
                }
            }
            'r' if next == Some('"') || (next == Some('#') && chars.get(i + 2) == Some(&'"')) => {
                let before: String = chars[line_start..i].iter().collect();
                let hashes = usize::from(next == Some('#'));
                let start = i + 2 + hashes;
                let mut end = start;
                while end < chars.len()
                    && !(chars[end] == '"' && (hashes == 0 || chars.get(end + 1) == Some(&'#')))
                {
                    end += 1;
                }
                let text: String = chars[start..end.min(chars.len())].iter().collect();
                found.push((line, text.clone(), before));
                line += text.matches('\n').count();
                i = end + 1 + hashes;
            }
            '"' => {
                let before: String = chars[line_start..i].iter().collect();
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if let Some(&c) = chars.get(i) {
                        text.push(c);
                    }
                    i += 1;
                }
                i += 1;
                found.push((line, text.clone(), before));
                line += text.matches('\n').count();
            }
            c if c.is_alphanumeric() || c == '_' => {
                // Skip the whole identifier, so that the r of "for" is not a raw string.
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    found
}

/// Whether a literal is words for people.
fn is_words(text: &str) -> bool {
    // A message id ("menu-file", "status-shared.description") or an egui id ("agreement").
    let id_like = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'));
    // A file name or a path ("{stem}.ron", "slide-{number:02}.png"): no space, a dot or slash.
    let path_like =
        !text.contains(char::is_whitespace) && text.contains(['.', '/']) && !text.ends_with('…');
    // An environment variable's or a constant's name ("XDG_RUNTIME_DIR").
    let constant_like = text.contains('_')
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    if id_like || path_like || constant_like {
        return false;
    }
    // A format string or a separator: what is left without the placeholders has no word.
    let mut words = String::new();
    let mut depth = 0;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            // A date format's directive ("%Y").
            '%' => {
                chars.next();
            }
            c if depth == 0 => words.push(c),
            _ => {}
        }
    }
    words.chars().filter(char::is_ascii_alphabetic).count() >= 2
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_window_says_nothing_that_is_not_in_the_translation_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/ui"), &mut files);
    rust_files(&root.join("src/app"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("a source file");
        for (line, text, before) in literals(&source) {
            let allowed = NOT_INTERFACE.iter().any(|(t, _)| *t == text)
                || NOT_SHOWN_IN.iter().any(|call| before.contains(call));
            if is_words(&text) && !allowed {
                let name = file.strip_prefix(root).unwrap_or(file).display();
                found.push(format!("{name}:{line}: {text:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} user-facing literal(s) outside the translation files:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_words_and_passes_ids_comments_and_tests() {
    let source = r##"
        // "A comment" is not shown.
        /* "Nor is a block comment" */
        let a = tr!("menu-file");
        let b = ui.label("Shown to people");
        let c = egui::Id::new("Not shown either");
        let d = format!("{}: {}", x, y);
        let e = 'x';
        let f = r#"Raw words"#;
        #[cfg(test)]
        mod tests { fn t() { assert_eq!(x, "Test words"); } }
    "##;
    let words: Vec<String> = literals(source)
        .into_iter()
        .filter(|(_, text, before)| {
            is_words(text) && !NOT_SHOWN_IN.iter().any(|call| before.contains(call))
        })
        .map(|(line, text, _)| format!("{line}: {text}"))
        .collect();
    assert_eq!(words, ["5: Shown to people", "9: Raw words"]);
}
