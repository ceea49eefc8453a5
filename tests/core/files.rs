//! What saving promises about links and permissions: a save through a symbolic link writes the
//! file it points to, a saved file keeps its permissions and group, a new one gets what the
//! umask gives, recovery copies stay private.

use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
use std::path::Path;

use mandate_compare::io;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

/// What the umask leaves of 0666: a file created the ordinary way.
fn umask_default(dir: &Path) -> u32 {
    let probe = dir.join("probe");
    std::fs::write(&probe, "x").expect("writes");
    let mode = mode(&probe);
    std::fs::remove_file(&probe).expect("removes");
    mode
}

#[test]
fn saving_through_a_symbolic_link_writes_the_file_it_points_to() {
    let dir = tempfile::tempdir().expect("temp dir");
    let synced = dir.path().join("synced");
    std::fs::create_dir(&synced).expect("folder");
    let real = synced.join("notes.ron");
    let doc = io::builtin().expect("built-in");
    io::save_path(&doc, &real).expect("saves");
    let first = std::fs::read(&real).expect("read");
    // A relative link from another folder, as people link files into a git or synced folder.
    let work = dir.path().join("work");
    std::fs::create_dir(&work).expect("folder");
    let link = work.join("notes.ron");
    std::os::unix::fs::symlink("../synced/notes.ron", &link).expect("link");

    let mut changed = doc.clone();
    changed.title = "Saved through the link".to_owned();
    io::save_path(&changed, &link).expect("saves through the link");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    assert_eq!(
        io::load_path(&real).expect("loads").title,
        "Saved through the link"
    );
    assert_eq!(
        std::fs::read(io::backup_path(&real)).expect("bak beside the real file"),
        first
    );
    assert!(!io::backup_path(&link).exists(), "no .bak beside the link");
    // A link to a file not there yet makes that file.
    let dangling = work.join("new.ron");
    std::os::unix::fs::symlink("../synced/new.ron", &dangling).expect("link");
    io::save_path(&doc, &dangling).expect("saves");
    assert!(synced.join("new.ron").is_file());
    assert!(
        std::fs::symlink_metadata(&dangling)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_link_loop_fails_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.ron");
    let b = dir.path().join("b.ron");
    std::os::unix::fs::symlink(&b, &a).expect("link");
    std::os::unix::fs::symlink(&a, &b).expect("link");
    let error = io::save_path(&io::builtin().expect("built-in"), &a).expect_err("a loop");
    assert!(error.to_string().contains("symbolic link"), "{error}");
}

#[test]
fn a_saved_file_keeps_its_permissions_and_group_and_a_new_one_gets_the_umasks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let doc = io::builtin().expect("built-in");
    let shared = dir.path().join("shared.ron");
    io::save_path(&doc, &shared).expect("saves");
    assert_eq!(
        mode(&shared),
        umask_default(dir.path()),
        "a new file: what the umask gives"
    );
    for wanted in [0o664, 0o640, 0o644] {
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(wanted)).expect("chmod");
        let group = std::fs::metadata(&shared).expect("meta").gid();
        io::save_path(&doc, &shared).expect("saves");
        assert_eq!(mode(&shared), wanted, "kept {wanted:o}");
        assert_eq!(std::fs::metadata(&shared).expect("meta").gid(), group);
    }
    // Exports and merge results likewise.
    let export = dir.path().join("table.csv");
    io::write_file(&export, b"a,b\n").expect("writes");
    assert_eq!(mode(&export), umask_default(dir.path()));
    std::fs::set_permissions(&export, std::fs::Permissions::from_mode(0o664)).expect("chmod");
    io::write_file(&export, b"a,b,c\n").expect("writes");
    assert_eq!(mode(&export), 0o664);
}

#[test]
fn recovery_copies_are_private_whatever_the_umask() {
    let dir = tempfile::tempdir().expect("temp dir");
    let doc = io::builtin().expect("built-in");
    let copy = io::recovery::write(dir.path(), "session", None, &doc).expect("writes");
    assert_eq!(mode(&copy), 0o600);
}

#[test]
fn the_merge_driver_keeps_the_files_mode() {
    let dir = tempfile::tempdir().expect("temp dir");
    let doc = io::builtin().expect("built-in");
    let paths: Vec<_> = ["base", "ours", "theirs"]
        .iter()
        .map(|name| {
            let path = dir.path().join(format!("{name}.ron"));
            io::save_path(&doc, &path).expect("saves");
            path
        })
        .collect();
    std::fs::set_permissions(&paths[1], std::fs::Permissions::from_mode(0o664)).expect("chmod");
    let code =
        mandate_compare::cli::merge(&paths[0], &paths[1], &paths[2], &paths[1], &mut Vec::new())
            .expect("runs");
    assert_eq!(code, 0);
    assert_eq!(mode(&paths[1]), 0o664, "git's %A keeps its mode");
}
