//! Help > About: the facts the window shows, from the package and the built-in data.

use std::path::{Path, PathBuf};

use crate::ui::AboutInfo;

/// The About window's facts.
pub(super) fn about_info() -> AboutInfo {
    let release = crate::io::releases().last();
    AboutInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        dataset: release.map_or_else(String::new, |r| r.dataset.id.clone()),
        release: release.map_or_else(String::new, |r| r.dataset.version.clone()),
        month: release.map_or_else(String::new, |r| r.label.to_owned()),
        licence: env!("CARGO_PKG_LICENSE").to_owned(),
        readme: readme_places(std::env::current_exe().ok().as_deref())
            .into_iter()
            .find(|path| crate::io::file_exists(path))
            .map(|path| path.display().to_string()),
    }
}

/// Where the README may be, most likely first: beside the program (the Windows zip and
/// installer, the Linux archive), in the system's documentation folder (the Debian package
/// puts the program in /usr/bin and the README in /usr/share/doc/mandate-compare), and in the
/// source tree the program was built from (`cargo run`).
fn readme_places(exe: Option<&Path>) -> Vec<PathBuf> {
    let mut places = Vec::new();
    if let Some(dir) = exe.and_then(Path::parent) {
        places.push(dir.join("README.md"));
        if let Some(prefix) = dir.parent() {
            places.push(prefix.join("share/doc/mandate-compare/README.md"));
        }
    }
    places.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"));
    places
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_is_looked_for_beside_the_program_then_in_the_doc_folder() {
        let places = readme_places(Some(Path::new("/usr/bin/mandate-compare")));
        assert_eq!(places[0], Path::new("/usr/bin/README.md"));
        assert_eq!(
            places[1],
            Path::new("/usr/share/doc/mandate-compare/README.md")
        );
        // Built from this tree, the tree's README is found.
        let info = about_info();
        assert!(info.readme.is_some_and(|r| r.ends_with("README.md")));
        assert_eq!(info.version, env!("CARGO_PKG_VERSION"));
    }

    /// Everything that names a version says the same: Cargo.toml (so `--version`, the Debian
    /// package, the Windows exe's version information and the installer), the AppStream
    /// metainfo's newest release and CITATION.cff; and CITATION.cff names the built-in data
    /// release the About window shows.
    #[test]
    fn the_package_the_metainfo_and_the_citation_agree_on_the_version() {
        let version = env!("CARGO_PKG_VERSION");
        let metainfo = include_str!("../../assets/mandate-compare.metainfo.xml.in");
        let newest = metainfo
            .split("<release ")
            .nth(1)
            .and_then(|r| r.split("version=\"").nth(1))
            .and_then(|r| r.split('"').next());
        assert_eq!(
            newest,
            Some(version),
            "the newest <release> in the metainfo"
        );
        let citation = include_str!("../../CITATION.cff");
        assert!(
            citation.contains(&format!("\nversion: \"{version}\"\n")),
            "CITATION.cff's version"
        );
        let info = about_info();
        assert!(
            citation.contains(&format!("{} {}", info.dataset, info.release)),
            "CITATION.cff names the data release {} {}",
            info.dataset,
            info.release
        );
    }
}
