//! Writes participants' files of the built-in comparison into a folder, as a workshop's room
//! would have them: for trying the room's view (File > Open the room's files…) and
//! `mandate-compare agree` with many files.
//!
//! `cargo run --features bench-support --example room_files -- FOLDER [COUNT]`

fn main() {
    let mut args = std::env::args_os().skip(1);
    let Some(folder) = args.next() else {
        eprintln!("usage: room_files FOLDER [COUNT]");
        std::process::exit(2);
    };
    let count = args
        .next()
        .and_then(|c| c.to_str().and_then(|c| c.parse().ok()))
        .unwrap_or(12);
    let folder = std::path::PathBuf::from(folder);
    let comparison = match mandate_compare::io::builtin() {
        Ok(doc) => doc,
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(2);
        }
    };
    if let Err(error) = std::fs::create_dir_all(&folder) {
        eprintln!("{}: {error}", folder.display());
        std::process::exit(2);
    }
    for (i, doc) in mandate_compare::stress::room_files(&comparison, count, 28)
        .iter()
        .enumerate()
    {
        let path = folder.join(format!("participant-{:02}.ron", i + 1));
        if let Err(error) = mandate_compare::io::save_path(doc, &path) {
            eprintln!("{error}");
            std::process::exit(2);
        }
    }
}
