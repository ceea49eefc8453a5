//! Pictures in plain terms, shared by the window (`ui`) and the exports (`export`): where things
//! go (coordinates, no egui, no painting), their colours as RGB, and the words they carry in a
//! language. The model below stays plain data; this layer is where data becomes a picture.

pub mod palette;
pub mod timeline;
