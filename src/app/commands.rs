//! Carrying out what was asked for during a frame: every [`Command`] (from a menu, a key or
//! the palette) and every other [`Action`] a view returned, in the order they were asked.

use super::{After, App, PathPurpose};
use crate::export::Format;
use crate::ui::theme::Theme;
use crate::ui::{Action, Command, PaletteState, Tab};

impl App {
    /// Carries out one thing the user asked for.
    pub(super) fn apply(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::Command(command) => self.run(command, ctx),
            Action::Edit(request) => self.edit(request),
            Action::SetAuthor(name) => self.settings.author = name.trim().to_owned(),
            Action::OpenUrl(url) => {
                if crate::model::is_web_url(&url) {
                    ctx.open_url(egui::OpenUrl::new_tab(url));
                }
            }
            Action::CopyCitation(citation) => {
                ctx.copy_text(citation.clone());
                let citation = citation.clone();
                self.message = Some(super::Message::info(move || {
                    crate::tr!("message-copied", citation = citation.as_str())
                }));
            }
            Action::OpenRecent(path) => self.request(After::OpenPath(path), ctx),
            Action::ForgetRecent(path) => {
                self.settings.recent.retain(|p| *p != path);
                self.recent_found = super::menu::RecentFound::default();
            }
            Action::MergeCompared => self.merge_compared(ctx),
            Action::DismissUpdate => self.update_dismissed = true,
            Action::Resolve { index, choice } => self.resolve(index, choice),
            Action::ResolveAll(choice) => self.resolve_all(choice),
        }
    }

    /// Runs one command.
    pub fn run(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::New => self.request(After::New, ctx),
            Command::NewFromResolution => self.request(After::NewFromText, ctx),
            Command::Open => self.request(After::Open, ctx),
            Command::Save => self.save(None, ctx),
            Command::SaveAs => self.pick(PathPurpose::SaveAs(None), ctx),
            Command::Quit => self.request(After::Quit, ctx),
            Command::Undo => self.undo_or_redo(true),
            Command::Redo => self.undo_or_redo(false),
            Command::Find => self.view.focus_search = true,
            Command::AddRow => self.add_row(),
            Command::RemoveRow => self.remove_row(),
            Command::HoldersAndSources => self.open_registry(),
            Command::ClearFilters => self.view.filter = crate::model::Filter::default(),
            Command::Deselect => self.view.select(None),
            Command::ToggleTags => self.settings.show_tags = !self.settings.show_tags,
            Command::ToggleReadingMode => {
                self.settings.reading_mode = !self.settings.reading_mode;
                self.view.scroll_to_selected = true;
            }
            Command::CommandPalette => self.palette = Some(PaletteState::default()),
            Command::ShowShortcuts => self.show_shortcuts = true,
            Command::ShowAbout => self.about = Some(super::about::about_info()),
            Command::ShowTable => self.view.tab = Tab::Table,
            Command::ShowSummary => self.view.tab = Tab::Summary,
            Command::ShowTimeline => self.view.tab = Tab::Timeline,
            Command::ShowRoom => self.view.tab = Tab::Room,
            Command::OpenRoom => self.pick(PathPurpose::Room, ctx),
            Command::EndRoom => self.end_room(),
            Command::ToggleBlind => self.toggle_blind(),
            Command::ZoomIn => egui::gui_zoom::zoom_in(ctx),
            Command::ZoomOut => egui::gui_zoom::zoom_out(ctx),
            Command::ZoomReset => ctx.set_zoom_factor(1.0),
            Command::ThemeLight => self.settings.theme = Theme::Light,
            Command::ThemeDark => self.settings.theme = Theme::Dark,
            Command::ThemeHighContrast => self.settings.theme = Theme::HighContrast,
            Command::LanguageEnglish
            | Command::LanguageAlbanian
            | Command::LanguageSerbianLatin
            | Command::LanguageSerbianCyrillic => {
                self.settings.language = command.language();
                // At once: what the rest of this frame says is in the new language.
                crate::i18n::set_current(self.language());
                // The last message is worded again in the new language when shown; with none,
                // the status bar says what changed.
                if self.message.is_none() {
                    let language = self.language();
                    self.message = Some(super::Message::info(move || {
                        crate::tr!("message-language", language = language.native_name())
                    }));
                }
            }
            Command::Present => self.start_presentation(ctx),
            Command::NextSlide => self.move_slide(|slide| slide + 1),
            Command::PreviousSlide => self.move_slide(|slide| slide.saturating_sub(1)),
            Command::FirstSlide => self.move_slide(|_| 0),
            Command::LastSlide => self.move_slide(|_| usize::MAX),
            Command::EndPresentation => self.end_presentation(ctx),
            Command::CompareWith => self.pick(PathPurpose::Compare, ctx),
            Command::EndCompare => self.end_compare(),
            Command::MergeFrom => self.pick(PathPurpose::Merge, ctx),
            Command::UpdateDataset => self.offer_update(),
            Command::ExportMarkdown => self.pick(PathPurpose::Export(Format::Markdown), ctx),
            Command::ExportCsv => self.pick(PathPurpose::Export(Format::Csv), ctx),
            Command::ExportNotesCsv => self.pick(PathPurpose::Export(Format::AnnotationsCsv), ctx),
            Command::ExportHtml => self.pick(PathPurpose::Export(Format::Html), ctx),
            Command::ExportRoomCsv => self.pick(PathPurpose::ExportRoomCsv, ctx),
            Command::ExportCslJson => self.pick(PathPurpose::Export(Format::CslJson), ctx),
            Command::ExportBibtex => self.pick(PathPurpose::Export(Format::Bibtex), ctx),
            Command::ExportQdpx => self.pick(PathPurpose::Export(Format::Qdpx), ctx),
            Command::ToggleExportPrivate => self.export_private = !self.export_private,
            Command::ExportImage => self.pick(PathPurpose::ExportImage, ctx),
            Command::ExportSlides => self.pick(PathPurpose::ExportSlides, ctx),
        }
    }
}
