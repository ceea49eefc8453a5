//! A resolution's text split into its operative paragraphs and subparagraphs: the symbol,
//! number, year and date where the text gives them, the page furniture of a PDF copy set
//! aside, and every piece of the operative part with its pinpoint ("11 (e)", "3 (a) (ii)"),
//! its exact words and the bytes of the input it comes from. Plain text in, plain data out: no
//! I/O and no words of the interface.

mod clutter;
mod meta;
mod outline;
mod plan;
mod start;

use std::collections::BTreeSet;
use std::fmt;
use std::ops::Range;

use super::PartialDate;

pub use outline::Label;
pub use plan::{Place, Plan, Segment, word_start};
pub use start::{Draft, Start, StartError, TEXT_SOURCE, document_of, new_document, short_title};

/// What [`split`] found in a resolution's text.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolution {
    /// The document symbol, e.g. `S/RES/1244 (1999)`, where the text gives the number and
    /// year.
    pub symbol: Option<String>,
    /// The resolution's number, e.g. 1244.
    pub number: Option<u32>,
    /// The year in the symbol, e.g. 1999.
    pub year: Option<u16>,
    /// The day it was adopted, where the text says.
    pub date: Option<PartialDate>,
    /// The bytes of the input the operative part spans: from the first paragraph's number to
    /// the end of the last paragraph (before "Adopted …", an annex or the footnotes).
    pub operative: Range<usize>,
    /// The pieces of the operative part in order. Their `span`s follow one another without a
    /// gap and cover `operative` exactly.
    pub pieces: Vec<Piece>,
    /// The footnote numbers found, left out of the words.
    notes: BTreeSet<u32>,
}

/// One paragraph's or subparagraph's own text: a paragraph's opening words before its
/// first subparagraph, a lettered heading, or an item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Where the resolution gives it.
    pub pinpoint: Pinpoint,
    /// The bytes of the input it covers, its number and any page furniture inside included.
    pub span: Range<usize>,
    /// The bytes of its number or letter, e.g. `11.` or `(e)`.
    pub marker: Range<usize>,
    /// Its words as the text gives them, without its number, with lines joined and page
    /// furniture and footnote numbers left out.
    pub text: String,
    /// Whether subparagraphs follow under it (a paragraph's opening words, or a heading such as
    /// "(a) Protection of civilians:").
    pub has_items: bool,
}

impl Piece {
    /// Whether it is a row of its own: an item, or a paragraph with no subparagraphs.
    pub fn is_row(&self) -> bool {
        !self.has_items
    }
}

/// Where a piece is in the resolution: a paragraph number and the labels of its
/// subparagraphs, outermost first.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pinpoint {
    /// The operative paragraph, from 1.
    pub paragraph: u32,
    /// The subparagraphs, outermost first: `[Letter(1)]` for (a), `[Letter(1), Roman(2)]` for
    /// (a) (ii).
    pub sub: Vec<Label>,
}

impl fmt::Display for Pinpoint {
    /// "11", "11 (e)", "3 (a) (ii)": the way the built-in data writes a row's paragraph.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.paragraph)?;
        for label in &self.sub {
            write!(f, " ({label})")?;
        }
        Ok(())
    }
}

/// Splits a resolution's text. Never fails: a text with no numbered paragraph gives no
/// pieces (and an empty `operative` range at its end).
pub fn split(text: &str) -> Resolution {
    let lines = clutter::lines(text);
    let meta = meta::recognise(text, &lines);
    let operative = outline::operative(text, &lines);
    let footnotes = clutter::footnote_numbers(text, &lines, operative.end);
    let pieces = outline::pieces(text, &lines, operative.clone(), &footnotes);
    Resolution {
        symbol: meta.symbol,
        number: meta.number,
        year: meta.year,
        date: meta.date,
        operative,
        pieces,
        notes: footnotes,
    }
}

impl Resolution {
    /// The pieces that are rows of their own (items, and paragraphs with no subparagraphs).
    pub fn rows(&self) -> impl Iterator<Item = &Piece> {
        self.pieces.iter().filter(|p| p.is_row())
    }

    /// The piece at a pinpoint written as the data writes it ("11 (e)").
    pub fn piece(&self, pinpoint: &str) -> Option<&Piece> {
        self.pieces
            .iter()
            .find(|p| p.pinpoint.to_string() == pinpoint)
    }

    /// The opening words of the paragraph or heading `piece` sits under, nearest first: for
    /// "3 (a) (ii)" the heading (a), then paragraph 3's opening words.
    pub fn context<'r>(&'r self, piece: &Piece) -> Vec<&'r Piece> {
        let mut parents = Vec::new();
        for depth in (0..piece.pinpoint.sub.len()).rev() {
            let parent = Pinpoint {
                paragraph: piece.pinpoint.paragraph,
                sub: piece.pinpoint.sub[..depth].to_vec(),
            };
            if let Some(found) = self.pieces.iter().find(|p| p.pinpoint == parent) {
                parents.push(found);
            }
        }
        parents
    }
}
