use std::fmt;
use std::io::Read as _;
use std::path::Path;

use serde::Deserialize;

use super::positions::{end_position, find_field, token_at};
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

/// Reads a document file's bytes, refusing files over [`MAX_FILE_SIZE`] before reading them.
///
/// # Errors
/// [`LoadError::Read`] or [`LoadError::TooLarge`], naming the path.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
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
    Ok(bytes)
}

/// Reads and parses a document file of this version's format (or an older one, migrated).
///
/// # Errors
/// A [`LoadError`] naming the path, and the line and column where the text is wrong.
pub fn load_path(path: &Path) -> Result<Document, LoadError> {
    load_bytes(&read_bytes(path)?, &path.display().to_string())
}

/// Reads a document file, opening a newer format read-only instead of refusing it.
///
/// # Errors
/// A [`LoadError`] naming the path, and the line and column where the text is wrong.
pub fn open_path(path: &Path) -> Result<Opened, LoadError> {
    open_bytes(&read_bytes(path)?, &path.display().to_string())
}

/// Parses a document from bytes; `origin` names them in messages. A file of a newer format is
/// an error; use [`open_bytes`] to open it read-only.
///
/// # Errors
/// A [`LoadError`] naming `origin`, the line and the column.
pub fn load_bytes(bytes: &[u8], origin: &str) -> Result<Document, LoadError> {
    let opened = open_bytes(bytes, origin)?;
    match opened.newer {
        None => Ok(opened.document),
        Some(newer) => Err(LoadError::NewerFormat {
            origin: origin.to_owned(),
            found: newer.found,
        }),
    }
}

/// A document as opened: a file of a newer format opens too, to be read but not saved over.
#[derive(Debug)]
pub struct Opened {
    /// The document.
    pub document: Document,
    /// Set when the file has a newer format than this version writes.
    pub newer: Option<NewerFormat>,
}

/// What this version could not take from a file of a newer format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewerFormat {
    /// The file's format number.
    pub found: u32,
    /// The fields this version does not understand, e.g. `rows.3.priority`; saving a copy
    /// leaves them out.
    pub not_understood: Vec<String>,
}

/// Parses a document from bytes, opening a newer format read-only instead of refusing it.
///
/// # Errors
/// A [`LoadError`] naming `origin`, the line and the column.
pub fn open_bytes(bytes: &[u8], origin: &str) -> Result<Opened, LoadError> {
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
    let options = ron_options();
    let syntax = |error: ron::error::SpannedError| {
        let (line, column, found) = token_at(text, error.span.start);
        let mut message = Message(&error.code).to_string();
        if !found.is_empty() && !message.contains("found") {
            message.push_str(&format!("; found `{found}`"));
        }
        LoadError::Syntax {
            origin: origin.to_owned(),
            line,
            column,
            message,
        }
    };

    let mut not_understood = Vec::new();
    let document = match parse_lenient(text, &options, &mut not_understood) {
        Ok(document) => document,
        Err(error) => {
            // Only now read the format number alone (a second pass over the text): a newer
            // file this version cannot even read leniently is reported as newer, not by a
            // syntax detail.
            if let Ok(header) = options.from_str::<Header>(text)
                && header.format > FORMAT_VERSION
            {
                return Err(LoadError::NewerFormat {
                    origin: origin.to_owned(),
                    found: header.format,
                });
            }
            // A misspelt field usually shows up as a missing one: name the unknown field first.
            return Err(match not_understood.last() {
                Some(path) => unknown_field(text, origin, path, &Message(&error.code).to_string()),
                None => syntax(error),
            });
        }
    };
    if document.format > FORMAT_VERSION {
        return Ok(Opened {
            newer: Some(NewerFormat {
                found: document.format,
                not_understood,
            }),
            document,
        });
    }
    if let Some(path) = not_understood.first() {
        // In this version's own format an unknown field is a mistake (often a typo): say where.
        return Err(unknown_field(text, origin, path, "is it misspelt?"));
    }
    Ok(Opened {
        document: migrate(document),
        newer: None,
    })
}

/// An error for a field this format does not have, at the field's line and column.
fn unknown_field(text: &str, origin: &str, path: &str, hint: &str) -> LoadError {
    let field = path.rsplit('.').next().unwrap_or(path);
    let (line, column) = find_field(text, field).unwrap_or((1, 1));
    LoadError::Syntax {
        origin: origin.to_owned(),
        line,
        column,
        message: format!(
            "unknown field `{field}` (at {path}); format {FORMAT_VERSION} has no such field: {hint}"
        ),
    }
}

/// Parses the whole document, collecting the paths of fields this version does not know.
fn parse_lenient(
    text: &str,
    options: &ron::Options,
    not_understood: &mut Vec<String>,
) -> Result<Document, ron::error::SpannedError> {
    let mut deserializer = ron::Deserializer::from_str_with_options(text, options)?;
    let document = serde_ignored::deserialize(&mut deserializer, |path| {
        not_understood.push(path.to_string());
    })
    .map_err(|e| deserializer.span_error(e))?;
    deserializer.end().map_err(|e| deserializer.span_error(e))?;
    Ok(document)
}

/// The RON options for reading anything the app did not write itself this session.
pub(super) fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// Brings a document of an older format up to [`FORMAT_VERSION`]. Format 2 added fields a
/// format 1 file reads without (a row's paragraph, other wordings, `as_of` and phases): they
/// are empty until someone fills them. Format 4 records what changed in a row's facts as
/// data (`changes`) where format 3 wrote English words (`what`); those words cannot be turned
/// back into data safely, so they are kept and shown as recorded. Each step is only the number.
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
