//! The sources as BibTeX.

use crate::model::Document;

/// The document's sources as BibTeX entries.
pub(super) fn export(doc: &Document) -> String {
    let _ = doc;
    String::new()
}
