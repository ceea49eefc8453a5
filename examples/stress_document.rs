//! Writes the stress document (2,000 rows, 20,000 notes, about 13 MB of RON) to the path given:
//! a save long enough for `scripts/random-kill` to kill inside it.
//!
//! `cargo run --release --features bench-support --example stress_document -- stress.ron`

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: stress_document PATH");
        std::process::exit(2);
    };
    let doc = mandate_compare::stress::document(7, 2_000, 20_000);
    if let Err(error) = mandate_compare::io::save_path(&doc, std::path::Path::new(&path)) {
        eprintln!("{error}");
        std::process::exit(2);
    }
}
