//! The rows a person makes of a split resolution: at first one per subparagraph (or paragraph
//! without subparagraphs); a row may then be split in two at a word, so that a phrase inside a
//! paragraph becomes a row of its own, and merged with the next. Each row is a run of
//! segments, each a byte range of the input inside one piece, so that the rows always cover
//! the pieces they came from without loss or overlap.

use std::ops::Range;

use super::clutter::{self, Line};
use super::{Pinpoint, Resolution};

/// A part of one piece: the whole of it, or the bytes between two split points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The piece, by its index in [`Resolution::pieces`].
    pub piece: usize,
    /// The bytes of the input it covers, inside the piece's span.
    pub span: Range<usize>,
}

/// Where a planned row is in the resolution: the piece it begins in and, when it runs on into
/// another, the piece it ends in; each with its part number where the piece was split.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The piece the row begins in.
    pub first: Pinpoint,
    /// Which part of that piece the row begins with (from 1), where it was split.
    pub first_part: Option<u32>,
    /// The piece the row ends in and which part of it, where that is another piece.
    pub last: Option<(Pinpoint, Option<u32>)>,
}

/// The rows, in the order of the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    rows: Vec<Vec<Segment>>,
}

impl Plan {
    /// One row per piece that is a row of its own and has words.
    pub fn new(resolution: &Resolution) -> Self {
        let rows = resolution
            .pieces
            .iter()
            .enumerate()
            .filter(|(_, p)| p.is_row() && !p.text.trim().is_empty())
            .map(|(piece, p)| {
                vec![Segment {
                    piece,
                    span: p.span.clone(),
                }]
            })
            .collect();
        Self { rows }
    }

    /// The rows, each its segments in order.
    pub fn rows(&self) -> &[Vec<Segment>] {
        &self.rows
    }

    /// Where row `row` begins in the input: a key for it that other rows' splits and merges
    /// leave alone.
    pub fn start(&self, row: usize) -> Option<usize> {
        Some(self.rows.get(row)?.first()?.span.start)
    }

    /// The words of row `row`, quoted from `text`: its first piece's without its number, then
    /// every further piece's with its number ("…; (b) To …").
    pub fn text(&self, resolution: &Resolution, text: &str, row: usize) -> String {
        let lines = clutter::lines(text);
        self.segment_texts(resolution, text, &lines, row).join(" ")
    }

    /// Every row's words, as [`Plan::text`] gives them (the lines of `text` read once).
    pub fn texts(&self, resolution: &Resolution, text: &str) -> Vec<String> {
        let lines = clutter::lines(text);
        (0..self.rows.len())
            .map(|row| self.segment_texts(resolution, text, &lines, row).join(" "))
            .collect()
    }

    fn segment_texts(
        &self,
        resolution: &Resolution,
        text: &str,
        lines: &[Line],
        row: usize,
    ) -> Vec<String> {
        let Some(segments) = self.rows.get(row) else {
            return Vec::new();
        };
        segments
            .iter()
            .enumerate()
            .map(|(index, segment)| {
                let range = words_range(resolution, segment, index == 0);
                clutter::clean(text, lines, range, &resolution.notes)
            })
            .filter(|words| !words.is_empty())
            .collect()
    }

    /// Where row `row` is: its pinpoint, with the part where it is part of a split piece.
    pub fn place(&self, resolution: &Resolution, row: usize) -> Option<Place> {
        let segments = self.rows.get(row)?;
        let first = segments.first()?;
        let last = segments.last()?;
        let pinpoint = |segment: &Segment| {
            resolution
                .pieces
                .get(segment.piece)
                .map(|p| p.pinpoint.clone())
        };
        Some(Place {
            first: pinpoint(first)?,
            first_part: self.part(first),
            last: if last.piece == first.piece {
                None
            } else {
                Some((pinpoint(last)?, self.part(last)))
            },
        })
    }

    /// Which part of its piece a segment is, from 1, where the piece is in more than one.
    fn part(&self, segment: &Segment) -> Option<u32> {
        let parts: Vec<&Segment> = self
            .rows
            .iter()
            .flatten()
            .filter(|s| s.piece == segment.piece)
            .collect();
        if parts.len() < 2 {
            return None;
        }
        let index = parts.iter().position(|s| s.span == segment.span)?;
        u32::try_from(index + 1).ok()
    }

    /// Splits row `row` in two before the word at byte `at` of its words (as
    /// [`Plan::text`] gives them; inside a word, before that word). Returns whether it split:
    /// not at the very start or end, nor where the words cannot be told apart in the input.
    pub fn split(&mut self, resolution: &Resolution, text: &str, row: usize, at: usize) -> bool {
        let lines = clutter::lines(text);
        let Some(segments) = self.rows.get(row) else {
            return false;
        };
        // The words of each segment, as `text` joins them with one space.
        let mut offset = 0;
        for (index, segment) in segments.iter().enumerate() {
            let words = clutter::clean(
                text,
                &lines,
                words_range(resolution, segment, index == 0),
                &resolution.notes,
            );
            let end = offset + words.len();
            if at <= end {
                let within = word_start(&words, at.saturating_sub(offset));
                if within == 0 {
                    // Between two segments: the row splits there, no piece does.
                    if index == 0 {
                        return false;
                    }
                    let rest = self.rows[row].split_off(index);
                    self.rows.insert(row + 1, rest);
                    return true;
                }
                if within >= words.len() {
                    return false;
                }
                let first = index == 0;
                let Some(point) =
                    split_point(resolution, text, &lines, segment, first, &words, within)
                else {
                    return false;
                };
                let mut rest = self.rows[row].split_off(index);
                let right = Segment {
                    piece: rest[0].piece,
                    span: point..rest[0].span.end,
                };
                rest[0].span.end = point;
                let left = rest.remove(0);
                self.rows[row].push(left);
                rest.insert(0, right);
                self.rows.insert(row + 1, rest);
                return true;
            }
            offset = end + 1;
        }
        false
    }

    /// Merges row `row` with the next: one row of both, the parts of a piece split between them
    /// made whole again. Returns whether there was a next row.
    pub fn merge_next(&mut self, row: usize) -> bool {
        if row + 1 >= self.rows.len() {
            return false;
        }
        let next = self.rows.remove(row + 1);
        let merged = &mut self.rows[row];
        for segment in next {
            match merged.last_mut() {
                Some(last)
                    if last.piece == segment.piece && last.span.end == segment.span.start =>
                {
                    last.span.end = segment.span.end;
                }
                _ => merged.push(segment),
            }
        }
        true
    }
}

/// The bytes whose words a segment quotes: a whole piece's without its number when it begins
/// a row (the pinpoint names it), with it when it follows another piece in the row.
fn words_range(resolution: &Resolution, segment: &Segment, begins_row: bool) -> Range<usize> {
    match resolution.pieces.get(segment.piece) {
        Some(piece) if segment.span.start == piece.span.start => {
            let from = if begins_row {
                piece.marker.end
            } else {
                piece.marker.start
            };
            from.max(segment.span.start)..segment.span.end
        }
        _ => segment.span.clone(),
    }
}

/// Where a split at byte `at` of a row's `words` falls: the start of the word `at` is in, or
/// of the next word where `at` is at a word's end.
pub fn word_start(words: &str, at: usize) -> usize {
    let mut at = at.min(words.len());
    while !words.is_char_boundary(at) {
        at -= 1;
    }
    if at == words.len() {
        return at;
    }
    if words[at..].starts_with(' ') {
        return at + 1;
    }
    words[..at].rfind(' ').map_or(0, |space| space + 1)
}

/// The byte of the input where the words of `segment` split before byte `within` of them (a
/// word's start): the start of a word in the input such that the words on either side are the
/// two halves, or `None` where no such byte exists (inside a hyphenated line break, say).
fn split_point(
    resolution: &Resolution,
    text: &str,
    lines: &[Line],
    segment: &Segment,
    begins_row: bool,
    words: &str,
    within: usize,
) -> Option<usize> {
    let range = words_range(resolution, segment, begins_row);
    let (before, after) = (words[..within].trim_end(), &words[within..]);
    let wanted = before.split(' ').count();
    let body = &text[range.clone()];
    let mut previous_space = true;
    for (index, c) in body.char_indices() {
        let space = c.is_whitespace();
        if !space && previous_space && index > 0 {
            let point = range.start + index;
            let left = clutter::clean(text, lines, range.start..point, &resolution.notes);
            let count = left.split(' ').filter(|w| !w.is_empty()).count();
            if count > wanted {
                return None;
            }
            if count == wanted && left == before {
                let right = clutter::clean(text, lines, point..range.end, &resolution.notes);
                return (right == after).then_some(point);
            }
        }
        previous_space = space;
    }
    None
}
