//! PNG images of views and slides, written atomically like documents.

use std::path::Path;

use super::save::write_file;
use super::{SaveError, SaveStep};

/// Writes RGBA pixels (`width` × `height`, 4 bytes each) as a PNG file.
///
/// # Errors
/// When the pixels do not match the size, or the file cannot be written.
pub fn write_png(path: &Path, width: u32, height: u32, rgba: &[u8]) -> Result<(), SaveError> {
    let error = |source| SaveError::Write {
        path: path.to_owned(),
        step: SaveStep::EncodePng,
        source,
    };
    let image = image::RgbaImage::from_raw(width, height, rgba.to_vec()).ok_or_else(|| {
        error(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "the pixels do not match the image size",
        ))
    })?;
    let mut png = Vec::new();
    image
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .map_err(|e| error(std::io::Error::other(e)))?;
    write_file(path, &png)
}
