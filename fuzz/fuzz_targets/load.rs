//! Any bytes given to the loader: no panic, no hang; and whatever loads saves and loads back
//! to the same document.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mandate_compare::io;

fuzz_target!(|data: &[u8]| {
    let Ok(opened) = io::open_bytes(data, "fuzz.ron") else {
        return;
    };
    let _problems = opened.document.validate();
    let text = io::to_ron_string(&opened.document).expect("a loaded document can be written");
    let again = io::load_bytes(text.as_bytes(), "again.ron").expect("a written document loads");
    assert_eq!(again, opened.document.normalized(), "round trip changed the document");
    let twice = io::to_ron_string(&again).expect("written again");
    assert_eq!(text, twice, "writing is deterministic");
});
