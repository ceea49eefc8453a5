//! Help > About: the version, the built-in data release, the licence and where the README is,
//! so that a paper can cite exactly what was used.

use crate::tr;

/// The README's file name (not translated: it is what the file is called).
const README: &str = "README.md";

/// What the About window says; gathered by `app` (the README's place needs the file system).
#[derive(Clone, Debug, PartialEq)]
pub struct AboutInfo {
    /// The app's version, as the package carries it.
    pub version: String,
    /// The built-in dataset's id.
    pub dataset: String,
    /// Its release ("2026-11").
    pub release: String,
    /// Its month in words.
    pub month: String,
    /// The licence, as an SPDX expression.
    pub licence: String,
    /// Where the README is on this machine, if it was found.
    pub readme: Option<String>,
}

/// The About window. Returns whether it stays open.
pub fn about_ui(ctx: &egui::Context, info: &AboutInfo) -> bool {
    let mut open = true;
    egui::Window::new(tr!("command-show-about"))
        .id(egui::Id::unique("about_window"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            ui.heading(crate::app::APP_NAME);
            ui.label(tr!("about-version", version = info.version.as_str()));
            ui.label(tr!(
                "about-data",
                dataset = info.dataset.as_str(),
                release = info.release.as_str(),
                month = info.month.as_str()
            ));
            ui.label(tr!("about-licence", licence = info.licence.as_str()));
            ui.separator();
            match &info.readme {
                Some(path) => {
                    ui.label(tr!("about-readme", readme = README));
                    // Selectable, to copy into a file manager or a terminal.
                    ui.add(
                        egui::Label::new(egui::RichText::new(path).monospace()).selectable(true),
                    );
                }
                None => {
                    ui.label(tr!("about-readme-missing", readme = README));
                }
            }
            ui.label(tr!("about-cite", file = "CITATION.cff", readme = README));
        });
    open
}
