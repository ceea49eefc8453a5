use std::fmt;
use std::io::Read as _;
use std::path::Path;

use serde::Deserialize;

use crate::model::{Document, FORMAT_VERSION};

/// Files larger than this are refused before they are read (64 MiB).
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Nesting deeper than this is refused; documents need about 6 levels.
const RECURSION_LIMIT: usize = 64;

/// Why a document could not be loaded. The message names the file and, where known, the line
/// and column, as `FILE:LINE:COLUMN: message`.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{origin}: cannot read the file: {source}")]
    Read {
        /// The file.
        origin: String,
        /// The reason.
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_FILE_SIZE`].
    #[error(
        "{origin}: the file is {size} bytes, larger than the {MAX_FILE_SIZE} bytes a document may have"
    )]
    TooLarge {
        /// The file.
        origin: String,
        /// Its size.
        size: u64,
    },
    /// The file is not a valid document.
    #[error("{origin}:{line}:{column}: {message}")]
    Syntax {
        /// The file.
        origin: String,
        /// From 1.
        line: usize,
        /// From 1, in characters.
        column: usize,
        /// What was wrong or expected.
        message: String,
    },
    /// The file was written by a newer version of the app.
    #[error(
        "{origin}: the file has format {found}, written by a newer version of Mandate Compare; this version reads format {FORMAT_VERSION} and older"
    )]
    NewerFormat {
        /// The file.
        origin: String,
        /// Its format number.
        found: u32,
    },
}

impl LoadError {
    /// The line and column of the problem, where known.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::Syntax { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}

/// Reads and parses a document file. Refuses files over [`MAX_FILE_SIZE`] before reading them.
///
/// # Errors
/// A [`LoadError`] naming the path, and the line and column where the text is wrong.
pub fn load_path(path: &Path) -> Result<Document, LoadError> {
    let origin = path.display().to_string();
    let read_error = |source| LoadError::Read {
        origin: origin.clone(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let metadata = file.metadata().map_err(read_error)?;
    if metadata.is_dir() {
        return Err(read_error(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "it is a folder",
        )));
    }
    if metadata.len() > MAX_FILE_SIZE {
        return Err(LoadError::TooLarge {
            origin,
            size: metadata.len(),
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or_default());
    // `take` guards against a file that grows while it is read.
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(LoadError::TooLarge {
            origin,
            size: bytes.len() as u64,
        });
    }
    load_bytes(&bytes, &origin)
}

/// Parses a document from bytes; `origin` names them in messages. A UTF-8 byte-order mark and
/// CRLF line ends are accepted.
///
/// # Errors
/// A [`LoadError`] naming `origin`, the line and the column.
pub fn load_bytes(bytes: &[u8], origin: &str) -> Result<Document, LoadError> {
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(LoadError::TooLarge {
            origin: origin.to_owned(),
            size: bytes.len() as u64,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        // Up to `valid_up_to` the bytes are UTF-8.
        let before = String::from_utf8_lossy(valid);
        let (line, column) = end_position(&before);
        LoadError::Syntax {
            origin: origin.to_owned(),
            line,
            column,
            message: "the file is not UTF-8 text".to_owned(),
        }
    })?;
    if text.trim().is_empty() {
        return Err(LoadError::Syntax {
            origin: origin.to_owned(),
            line: 1,
            column: 1,
            message: "the file is empty; expected a Document(...)".to_owned(),
        });
    }
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let syntax = |error: ron::error::SpannedError| {
        let (line, column, found) = token_at(text, error.span.start);
        let mut message = Message(&error.code).to_string();
        if !found.is_empty() {
            message.push_str(&format!("; found `{found}`"));
        }
        LoadError::Syntax {
            origin: origin.to_owned(),
            line,
            column,
            message,
        }
    };

    // Read the format number first, so that a newer file is refused for what it is rather
    // than for the first field this version does not know.
    let header: Header = options.from_str(text).map_err(syntax)?;
    if header.format > FORMAT_VERSION {
        return Err(LoadError::NewerFormat {
            origin: origin.to_owned(),
            found: header.format,
        });
    }
    let doc: Document = options.from_str(text).map_err(syntax)?;
    Ok(migrate(doc))
}

/// Brings a document of an older format up to [`FORMAT_VERSION`]. Format 1 is the first, so
/// there is nothing to do yet; the next format change adds one step here.
fn migrate(mut doc: Document) -> Document {
    if doc.format < FORMAT_VERSION {
        doc.format = FORMAT_VERSION;
    }
    doc
}

/// Just the format number of a document; every other field is skipped.
#[derive(Deserialize)]
#[serde(rename = "Document")]
struct Header {
    format: u32,
}

/// Where the token at or after `position` starts (ron points at the white space before it),
/// and the first few characters of the token, to show what was found.
fn token_at(text: &str, position: ron::error::Position) -> (usize, usize, String) {
    let Some(line_text) = text.split('\n').nth(position.line.saturating_sub(1)) else {
        return (position.line, position.col, String::new());
    };
    let skip = position.col.saturating_sub(1);
    let rest: String = line_text.chars().skip(skip).collect();
    let trimmed = rest.trim_start();
    let column = position.col + (rest.chars().count() - trimmed.chars().count());
    let found: String = trimmed.trim_end().chars().take(24).collect();
    (position.line, column, found)
}

fn end_position(text: &str) -> (usize, usize) {
    let line = 1 + text.matches('\n').count();
    let column = 1 + text.chars().rev().take_while(|&c| c != '\n').count();
    (line, column)
}

/// ron's message, reworded where it helps a reader who is not a Rust programmer.
struct Message<'a>(&'a ron::Error);

impl fmt::Display for Message<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            ron::Error::ExceededRecursionLimit => write!(
                f,
                "the file is nested more than {RECURSION_LIMIT} levels deep; a document needs far fewer"
            ),
            ron::Error::Eof => f.write_str("the file ends too early; is it cut short?"),
            other => write!(f, "{other}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_line_and_column_of_a_syntax_error() {
        let text = "Document(\n    format: 1,\n    title: 42,\n)";
        let error = load_bytes(text.as_bytes(), "bad.ron").expect_err("must fail");
        assert_eq!(error.position(), Some((3, 12)), "{error}");
        assert!(error.to_string().starts_with("bad.ron:3:12: "), "{error}");
    }

    #[test]
    fn refuses_a_newer_format_before_its_unknown_fields() {
        let text = "Document(format: 99, title: \"x\", something_new: [1, 2])";
        let error = load_bytes(text.as_bytes(), "new.ron").expect_err("must fail");
        assert!(
            matches!(error, LoadError::NewerFormat { found: 99, .. }),
            "{error}"
        );
    }

    #[test]
    fn names_where_the_text_stops_being_utf8() {
        let error = load_bytes(b"Document(\n  title: \"\xff\"", "x.ron").expect_err("must fail");
        assert_eq!(error.position(), Some((2, 11)), "{error}");
    }

    #[test]
    fn an_empty_file_says_what_was_expected() {
        let error = load_bytes(b" \n", "empty.ron").expect_err("must fail");
        assert!(error.to_string().contains("expected a Document"), "{error}");
    }
}
