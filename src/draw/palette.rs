//! Colours as RGB, shared by the window's theme (`ui::theme`) and the exports that colour
//! things (HTML badges, the SVG timeline, REFI-QDA codes): each status's fill, each tag's
//! colour, and which text reads on a fill. Never colour alone: a badge always carries its word.

use crate::model::Status;

/// The fill of a status's badge, from the Okabe–Ito palette, which stays distinct for the
/// common kinds of colour blindness. The badge always carries the word as well.
pub fn status_rgb(status: Status) -> [u8; 3] {
    match status {
        Status::Transferred => [0x00, 0x72, 0xB2],
        Status::Shared => [0x00, 0x9E, 0x73],
        Status::Residual => [0xE6, 0x9F, 0x00],
        Status::Ongoing => [0x56, 0xB4, 0xE9],
        Status::Completed => [0x80, 0x80, 0x80],
        Status::Superseded => [0xCC, 0x79, 0xA7],
        Status::Contested => [0xD5, 0x5E, 0x00],
        // Not a status: a pale grey, with dark text (the badge says "Not assessed").
        Status::NotAssessed => [0xDD, 0xDD, 0xDD],
    }
}

/// The colour of a tag: one of eight (Tableau 10's first), always the same for the same tag, in
/// the app and in exports that give codes colours.
pub fn tag_rgb(tag: &str) -> [u8; 3] {
    const PALETTE: [[u8; 3]; 8] = [
        [0x4E, 0x79, 0xA7],
        [0xF2, 0x8E, 0x2B],
        [0x59, 0xA1, 0x4F],
        [0xB0, 0x7A, 0xA1],
        [0xED, 0xC9, 0x48],
        [0x76, 0xB7, 0xB2],
        [0xFF, 0x9D, 0xA7],
        [0x9C, 0x75, 0x5F],
    ];
    // FNV-1a: stable across runs and versions, unlike the standard hasher.
    let hash = tag.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    PALETTE[(hash % PALETTE.len() as u64) as usize]
}

/// Whether black text reads better than white on a fill of this colour: the one of the two
/// with the higher WCAG 2 contrast ratio, which is always at least 4.58:1 (AA asks 4.5:1 for
/// normal text). The older rule (perceived brightness over 150) put white on the Okabe–Ito
/// green, orange and grey at 3.4–3.9:1.
pub fn dark_text_on(fill: [u8; 3]) -> bool {
    contrast_ratio(fill, [0, 0, 0]) >= contrast_ratio(fill, [0xff, 0xff, 0xff])
}

/// The WCAG 2 relative luminance of an sRGB colour, from 0 (black) to 1 (white).
pub fn relative_luminance(rgb: [u8; 3]) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let [r, g, b] = rgb.map(linear);
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
pub fn contrast_ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}
