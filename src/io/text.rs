//! A plain-text file read whole, as UTF-8 (a resolution's text for the splitter): the same size
//! cap as a document, and a clear error naming the line and column where the bytes stop being
//! UTF-8.

use std::path::Path;

use super::load::{LoadError, read_bytes};

/// Why a text file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum TextError {
    /// It could not be read, or it is too large.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// Its bytes are not UTF-8 from this line and column on.
    #[error(
        "{origin}:{line}:{column}: expected UTF-8 text; save the file as UTF-8 (pdftotext writes UTF-8 by default)"
    )]
    NotUtf8 {
        /// The file.
        origin: String,
        /// From 1.
        line: usize,
        /// From 1, in characters.
        column: usize,
    },
}

/// Reads `path` as UTF-8 text, without a leading byte-order mark.
///
/// # Errors
/// [`TextError::Load`] when it cannot be read or is too large, [`TextError::NotUtf8`] naming the
/// first line and column that is not UTF-8.
pub fn read_text(path: &Path) -> Result<String, TextError> {
    let bytes = read_bytes(path)?;
    text_of(bytes, &path.display().to_string())
}

/// `bytes` as UTF-8 text, without a leading byte-order mark; `origin` names them in the error.
///
/// # Errors
/// [`TextError::NotUtf8`] naming the first line and column that is not UTF-8.
pub fn text_of(bytes: Vec<u8>, origin: &str) -> Result<String, TextError> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        }),
        Err(error) => {
            let bytes = error.as_bytes();
            let (line, column) = line_column(bytes, error.utf8_error().valid_up_to());
            Err(TextError::NotUtf8 {
                origin: origin.to_owned(),
                line,
                column,
            })
        }
    }
}

/// The 1-based line and column (in characters) of byte `at`.
fn line_column(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_byte_that_is_not_utf8_is_named_by_line_and_column() {
        let bytes = b"Resolution 425\n1. Calls for r\xe9spect".to_vec();
        let Err(TextError::NotUtf8 { line, column, .. }) = text_of(bytes, "x.txt") else {
            panic!("expected NotUtf8");
        };
        assert_eq!((line, column), (2, 15));
        let text = text_of("\u{feff}1. Decides".as_bytes().to_vec(), "x.txt");
        assert_eq!(text.ok().as_deref(), Some("1. Decides"));
    }
}
