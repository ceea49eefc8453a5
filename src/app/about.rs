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
        let metainfo = include_str!("../../assets/mandate-compare.metainfo.xml");
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

    /// Each licence the package names has its text in the source, and every package carries
    /// both: the Linux archive, the Windows zip and installer (beside the program) and the
    /// Debian package (its copyright file: MIT in full, Apache-2.0 by Debian's common copy).
    #[test]
    fn the_licences_the_package_names_are_in_the_source_and_in_every_package() {
        assert_eq!(env!("CARGO_PKG_LICENSE"), "MIT OR Apache-2.0");
        let mit = include_str!("../../LICENSE-MIT");
        let apache = include_str!("../../LICENSE-APACHE");
        assert!(mit.contains("Permission is hereby granted, free of charge"));
        assert!(apache.contains("Apache License\n                           Version 2.0"));
        assert!(apache.contains("END OF TERMS AND CONDITIONS"));
        let linux = include_str!("../../scripts/package-linux");
        let windows = include_str!("../../scripts/package-windows");
        let installer = include_str!("../../scripts/package-windows.nsi");
        assert!(
            linux.contains("README.md LICENSE-MIT LICENSE-APACHE \"$tree/\""),
            "the Linux archive has both beside its README"
        );
        assert!(
            windows.contains("CITATION.cff LICENSE-MIT LICENSE-APACHE \"$staging/$name/\""),
            "the Windows zip has both beside the program"
        );
        for file in ["LICENSE-MIT", "LICENSE-APACHE"] {
            assert!(
                installer.contains(&format!("File \"${{TOP}}/{file}\""))
                    && installer.contains(&format!("Delete \"$INSTDIR\\{file}\"")),
                "the installer installs and removes {file}"
            );
        }
        let copyright = include_str!("../../assets/debian/copyright");
        assert!(copyright.contains("\nLicense: MIT or Apache-2.0\n"));
        assert!(copyright.contains("\nLicense: MIT\n Copyright (c) 2026"));
        assert!(copyright.contains("/usr/share/common-licenses/Apache-2.0"));
    }

    /// The authors are named the same way everywhere a package names them, and no package
    /// gives a made-up address: the project publishes none.
    #[test]
    fn the_packages_name_the_authors_as_the_citation_does() {
        let authors = "The Mandate Compare contributors";
        let citation = include_str!("../../CITATION.cff");
        assert!(citation.contains(&format!("authors:\n  - name: \"{authors}\"")));
        let manifest = include_str!("../../Cargo.toml");
        assert!(manifest.contains(&format!("\nmaintainer = \"{authors}\"\n")));
        let changelog = include_str!("../../assets/debian/changelog");
        assert!(changelog.contains(&format!("\n -- {authors} <>  ")));
        let installer = include_str!("../../scripts/package-windows.nsi");
        assert!(installer.contains(&format!("\"Publisher\" \"{authors}\"")));
        for text in [citation, manifest, changelog, installer] {
            assert!(!text.contains(".invalid>"), "a made-up address");
        }
    }
}
