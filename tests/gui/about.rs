//! Help > About, as a person opens it: the version the package carries, the built-in data
//! release, the licence and where the README is; the same version as `--version` prints.

use egui_kittest::kittest::Queryable as _;
use mandate_compare::io;

use crate::common::{Launch, launch, menu};

#[test]
fn help_about_names_the_version_the_data_release_the_licence_and_the_readme() {
    let mut harness = launch(Launch::default());
    assert!(harness.query_by_label("About Mandate Compare").is_none());
    menu(&mut harness, "Help", "About Mandate Compare");
    let version = env!("CARGO_PKG_VERSION");
    harness.get_by_label(&format!("Version {version}"));
    let release = io::releases().last().expect("a built-in release");
    harness.get_by_label(&format!(
        "Built-in data: {}, release {}",
        release.dataset.id, release.dataset.version
    ));
    harness.get_by_label("Licence: MIT OR Apache-2.0");
    // Run from the source tree, the README found is this tree's.
    let readme = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    harness.get_by_label(&readme.display().to_string());
    harness.get_by_label_contains("CITATION.cff");
    // `--version` says the same version (clap takes it from the package too).
    let long = <mandate_compare::cli::Args as clap::CommandFactory>::command().render_version();
    assert_eq!(long.trim(), format!("mandate-compare {version}"));
    // The window closes with its ×.
    harness.get_by_label("Close window").click();
    harness.run();
    assert!(
        harness
            .query_by_label(&format!("Version {version}"))
            .is_none()
    );
}
