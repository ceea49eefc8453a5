//! Why the open document may not be saved over its file: kept as data, worded when shown, so
//! a language switch re-words it like everything else.

use crate::io::NewerFormat;
use crate::tr;

/// Why the document is read-only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum ReadOnly {
    /// The file (named as opened) was written in a newer format than this version writes.
    NewerFormat { file: String, newer: NewerFormat },
    /// Another running copy of the app has the file open (its process id).
    Elsewhere { name: String, pid: u32 },
    /// The file or its folder cannot be written (the file layer's reason).
    NotWritable(String),
}

/// How many of the fields not understood a message names.
const FIELDS_NAMED: usize = 5;

impl ReadOnly {
    /// What the status bar and a refused save say, in the interface's language.
    pub(super) fn words(&self) -> String {
        match self {
            Self::NewerFormat { file, newer } => {
                let named: Vec<&str> = newer
                    .not_understood
                    .iter()
                    .take(FIELDS_NAMED)
                    .map(String::as_str)
                    .collect();
                let more = if newer.not_understood.len() > named.len() {
                    ", …"
                } else {
                    ""
                };
                tr!(
                    "message-read-only-newer-format",
                    file = file.as_str(),
                    found = newer.found,
                    supported = crate::model::FORMAT_VERSION,
                    count = newer.not_understood.len(),
                    fields = format!("{}{more}", named.join(", "))
                )
            }
            Self::Elsewhere { name, pid } => tr!(
                "message-read-only-elsewhere",
                name = name.as_str(),
                pid = pid.to_string()
            ),
            Self::NotWritable(reason) => {
                tr!("message-opened-read-only", reason = reason.as_str())
            }
        }
    }
}
