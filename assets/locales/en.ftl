### Mandate Compare: the interface in English. The reference locale: every message here must
### exist in sq.ftl and sr-Latn.ftl with the same attributes and the same variables, and no
### locale may have others (tests/core/i18n.rs checks it). sr-Cyrl.ftl is generated from
### sr-Latn.ftl: never edit it by hand.
###
### Conventions for everyone adding messages:
### - ids are lower-case words joined by hyphens, prefixed by their section ("menu-", "table-" …);
### - variables are snake_case ($count, $file_name) so that the tr! macro can name them;
### - counts are numbers passed to Fluent, with plural variants ({ $count -> … }), never words
###   glued to a number in code;
### - the words of the glossary (assets/locales/GLOSSARY.md) are used as they are there.

## Language

# This language's name in itself, for View > Language.
language-name = English

## Glossary and model words

# The words of the model: src/model/document.rs gives these exact English words, and every
# view and export shows them through i18n::status_label and its siblings. The attribute
# .description is the one-line meaning shown on hover and in legends.
status-transferred = Transferred
    .description = Passed to another holder, who now performs it
status-shared = Shared
    .description = Performed by several holders together
status-residual = Residual
    .description = The original holder keeps a reduced part of it
status-ongoing = Ongoing
    .description = Still performed by the original holder
status-completed = Completed
    .description = The task was done and has ended
status-superseded = Superseded
    .description = Overtaken by a different process or arrangement
status-contested = Contested
    .description = Who holds it depends on a disputed reading of the mandate

# What kind of body holds a function (HolderKind).
holder-kind-local = Kosovo institution
holder-kind-international = International
holder-kind-non-governmental = Non-governmental

# Whether a source is the issuing body's own document or a report about it (SourceKind).
source-kind-primary = primary
source-kind-secondary = secondary

# Whether a note may be shown to others (Visibility).
visibility-shared = Shared
visibility-private = Private

# The glossary's terms as labels (column headers, field names, legends). GLOSSARY.md gives
# their meanings and sources.
glossary-holder = Holder
glossary-presence = Presence
glossary-civil-presence = International civil presence
glossary-security-presence = International security presence
glossary-responsibility = Responsibility
glossary-mandate = Mandate
glossary-position = Position
glossary-source = Source
glossary-primary-source = Primary source
glossary-secondary-source = Secondary source
glossary-note = Note
glossary-own-assessment = Own assessment
glossary-tag = Tag
glossary-security-council = Security Council
glossary-resolution = Resolution
glossary-paragraph = Paragraph
glossary-status = Status

# How many rows a filtered table shows: the example of a plural every locale must get right.
rows-shown =
    { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }

## Menus and commands
# The menu bar's menus and submenus.
menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-export = Export
menu-language = Language
# File > Open recent.
menu-open-recent = Open recent
menu-no-recent = No recent files
menu-recent-missing = { $name } (missing)
menu-recent-gone = { $path } no longer exists
menu-recent-remove = Remove { $name }
menu-recent-remove-hint = Remove it from this list
# Edit > Undo and Redo name the step ($what: one of the message-edit-* words below).
menu-undo-what = Undo: { $what }
menu-redo-what = Redo: { $what }
# View > the reading mode and the tags panel say what choosing them does.
menu-one-line-rows = One line per row in the table
menu-show-tags = Show tags panel
menu-hide-tags = Hide tags panel
# A command's label ($label) with its state.
menu-on = { $label } (on)
menu-off = { $label } (off)
menu-in-use = { $label } (in use)
# Help > Keyboard shortcuts: the table's arrow keys (the key names come from egui).
menu-shortcuts-rows = Next / previous row

# Every command, as menus, the palette and the shortcuts list name it ("…": a dialog follows).
command-new = New from built-in dataset
command-open = Open…
command-save = Save
command-save-as = Save as…
command-compare-with = Compare with…
command-end-compare = Leave compare mode
command-merge-from = Merge from…
command-update-dataset = Update built-in data…
command-export-markdown = Export as Markdown…
command-export-csv = Export as CSV…
command-export-notes-csv = Export notes as CSV…
command-export-html = Export as HTML page…
command-export-csl-json = Export sources as CSL-JSON…
command-export-bibtex = Export sources as BibTeX…
command-export-qdpx = Export as REFI-QDA project…
command-toggle-export-private = Include private notes in exports
command-export-image = Export view as PNG…
command-export-slides = Export slides as PNGs…
command-quit = Quit
command-undo = Undo
command-redo = Redo
command-find = Find
command-clear-filters = Clear filters
command-show-table = Table
command-show-summary = Summary picture
command-show-timeline = Timeline
command-toggle-tags = Tags panel
command-toggle-reading-mode = Full texts in the table
command-zoom-in = Zoom in
command-zoom-out = Zoom out
command-zoom-reset = Actual size
command-theme-light = Light theme
command-theme-dark = Dark theme
command-theme-high-contrast = High-contrast theme (projector)
command-present = Present
command-next-slide = Next slide
command-previous-slide = Previous slide
command-first-slide = First slide
command-last-slide = Last slide
command-end-presentation = End presentation
command-command-palette = Command palette…
command-show-shortcuts = Keyboard shortcuts


## Table and filters

## Detail and notes

## Compare, merge and agreement

## Summary, timeline and slides

## Dialogs and messages
# Buttons the questions share.
dialog-cancel = Cancel
dialog-save = Save
dialog-open = Open
dialog-save-as = Save as…
# Save changes before going on? ($name: the document's file name, or title-builtin)
dialog-unsaved-heading = Save changes to { $name }?
dialog-unsaved-before-new = Your changes are lost if you do not save them before starting again from the built-in dataset.
dialog-unsaved-before-open = Your changes are lost if you do not save them before opening another file.
dialog-unsaved-before-quit = Your changes are lost if you do not save them before quitting.
dialog-dont-save = Don't save
# No native file dialog: a path is typed.
dialog-type-path-open-heading = Open a file by its path
dialog-type-path-save-heading = Save a file by its path
dialog-type-path-body = No file dialog is available here. Type the full path of a .ron file.
dialog-type-path-label = File path
dialog-type-path-hint = /home/me/notes/kosovo.ron
# The file changed on disk since it was opened or saved.
dialog-external-heading = { $name } changed on disk
dialog-external-body = Another program (or a git pull) changed the file since you opened or saved it. Overwriting loses those changes; reloading loses yours.
dialog-overwrite = Overwrite
dialog-reload = Reload from disk
# Unsaved work from a session that did not end properly ($when: date and time, UTC).
dialog-recover-heading = Restore unsaved work?
dialog-recover-body = Mandate Compare did not close properly. Unsaved changes to { $name }, last copied at { $when }, can be restored.
dialog-recover-body-builtin = Mandate Compare did not close properly. Unsaved changes to the built-in dataset, last copied at { $when }, can be restored.
dialog-recover-more =
    { $count ->
        [one] ({ $count } more copy is waiting after this one.)
       *[other] ({ $count } more copies are waiting after this one.)
    }
dialog-restore = Restore
dialog-discard = Discard
dialog-decide-later = Decide later
# Updating the built-in data ($from, $release: release names such as "November 2026").
dialog-update-heading = Update to the built-in data of { $release }?
dialog-update-body = The facts that changed since { $from } (statuses, holders, events, positions, sources) are taken from the new data. Everything you wrote is kept: notes, tags, your own assessments, and rows or sources you added or edited. Where you edited a built-in text that the new data also changed, both versions are listed for you to choose. Notes on rows whose facts changed are marked for review.
dialog-update-undo = It is one step that Undo takes back, and the file is not saved until you save it.
dialog-update = Update
# The file was deleted or renamed.
dialog-vanished-heading = { $name } is no longer there
dialog-vanished-body = The file was deleted or renamed since you opened or saved it (by another program, a sync or a git checkout). Your changes are still here.
dialog-write-again = Write it again
# Another running copy of the app has the file open ($pid: its process number).
dialog-elsewhere-heading = The file is open in another window
dialog-elsewhere-body = { $name } is open in another Mandate Compare window (process { $pid }). Two windows saving the same file would overwrite each other's changes. You can read it here without changing it, and use Save as to keep a copy of your own.
dialog-open-read-only = Open read-only
# The native file dialogs ($kind: what is exported, e.g. dialog-png-image).
dialog-filter-document = Mandate Compare document (*.ron)
dialog-open-title = Open a comparison
dialog-save-title = Save the comparison as
dialog-export-title = Export as { $kind }
dialog-slides-title = Export the slides into
dialog-png-image = PNG image
# The command palette.
dialog-palette-title = Command palette
dialog-palette-label = Command
dialog-palette-hint = Type part of a command, e.g. "sav"
dialog-palette-none = No command matches
# Files dragged over the window ($files: their paths, one a line).
dialog-drop-hint = Drop a .ron document to open it
dialog-drop-files =
    Drop to open:
    { $files }

# Status-bar messages. $error and $reason are texts from the file layer, in English for now.
message-no-file-dialog = No file dialog could be shown on this desktop (on Linux, rfd needs the XDG desktop portal or zenity). Type the path instead.
message-no-folder-dialog = No folder dialog is available here. Type the folder instead.
message-builtin-broken = The built-in dataset is broken: { $error }
# The document shown only if the built-in one cannot be read.
message-empty-title = Empty comparison
message-empty-original = Original mandate
message-empty-today = Today
message-started-again = Started again from the built-in dataset
message-opened-read-only = Opened read-only: { $reason }. Use Save as to keep a copy you can change.
message-opened =
    Opened { $file } ({ $rows ->
        [one] { $rows } responsibility
       *[other] { $rows } responsibilities
    }, { $notes ->
        [one] { $notes } note
       *[other] { $notes } notes
    })
message-opened-with-problems =
    { $count ->
        [one] Opened { $file } with { $count } problem: { $problem }
       *[other] Opened { $file } with { $count } problems; the first: { $problem }
    }
message-not-opened = Could not open the file; the open document is unchanged. { $error }
message-not-saved-read-only = Not saved over { $file }, which is open read-only: { $reason } Choose another name.
message-saved = Saved { $file }
message-saved-with-conflicts =
    { $count ->
        [one] Saved { $file } with { $count } merge conflict still to resolve; it is kept in the file
       *[other] Saved { $file } with { $count } merge conflicts still to resolve; they are kept in the file
    }
message-not-saved = Not saved; the file on disk is unchanged. { $error }
message-read-only-elsewhere = { $name } is open in another Mandate Compare window (process { $pid }); it is open read-only here so neither overwrites the other's changes. Use Save as to keep a copy you can change.
# Compare and merge ($name: the other file's name; $notices: the merge's own remarks, each
# after "; ", in English for now).
message-comparing =
    Comparing with { $name }: { $count ->
        [one] { $count } row differs
       *[other] { $count } rows differ
    }
message-compare-failed = Could not open the file to compare; nothing changed. { $error }
message-compare-ended = Stopped comparing with { $name }
message-merge-failed = Could not open the file to merge; the document is unchanged. { $error }
message-nothing-to-merge = Nothing to merge: { $name } has nothing this document lacks
message-merged =
    Merged { $name }: { $added ->
        [one] { $added } note added
       *[other] { $added } notes added
    }{ $conflicts ->
        [0] {""}
        [one] , { $conflicts } conflict to resolve below the table
       *[other] , { $conflicts } conflicts to resolve below the table
    }{ $notices }. Undo takes the whole merge back.
# $choice: mine, theirs or both; $left: conflicts still to resolve.
message-conflict-resolved =
    Conflict resolved: { $choice ->
        [mine] keep mine
        [theirs] take theirs
       *[both] keep both
    }; { $left } left{ $marked ->
        [0] {""}
        [one] ; { $marked } note written before the row's facts changed marked for review
       *[other] ; { $marked } notes written before the row's facts changed marked for review
    }
message-conflict-gone = That conflict is already resolved
# $format: the export's name; $private: yes or no.
message-exported =
    Exported { $format } to { $file } ({ $private ->
        [yes] private notes included
       *[no] private notes left out
    })
message-not-exported = Not exported. { $error }
# Updating the built-in data.
message-already-newest = This document is already on the newest built-in data, or not built on it
message-updated =
    Updated to the built-in data of { $release }: { $rows ->
        [one] { $rows } row changed
       *[other] { $rows } rows changed
    }, { $sources ->
        [one] { $sources } source added
       *[other] { $sources } sources added
    }, { $notes } of your notes on changed rows marked for review{ $conflicts ->
        [0] {""}
        [one] ; { $conflicts } conflict where you edited a built-in text the new data also changed, listed below the table
       *[other] ; { $conflicts } conflicts where you edited a built-in text the new data also changed, listed below the table
    }{ $notices }. Not saved yet; Undo takes the whole update back.
message-update-offer = This file uses the built-in data of { $built_on }; { $latest } is available.
# $differences: how far the file is from the release assumed (0: it is that release).
message-update-assumed =
    { $differences ->
        [0] The file does not say which built-in data it is built on; its content is the built-in data of { $release }.
        [one] The file does not say which built-in data it is built on; the closest is that of { $release } ({ $differences } difference, edited by hand).
       *[other] The file does not say which built-in data it is built on; the closest is that of { $release } ({ $differences } differences, edited by hand).
    }
# Recovery copies.
message-recovery-not-removed = Could not remove the recovery copy { $file }: { $error }
message-recovery-not-written = Could not write the recovery copy: { $error }
message-not-removed = Could not remove { $file }: { $error }
message-restored = Restored unsaved work from { $when }; save it to keep it
message-not-restored = Could not restore: { $error }
# Changes and their undo ($what: one of the message-edit-* words; $tag: a tag name in quotes).
message-tag-not-renamed = No note carries the tag { $tag }, or the new name is empty
message-read-only-refused = Cannot { $what }: the document is read-only. Use Save as to make a copy you can change.
message-cannot = Cannot { $what }: { $error }
message-undone = Undone: { $what }
message-redone = Redone: { $what }
message-nothing-to-undo = Nothing to undo
message-nothing-to-redo = Nothing to redo
message-cannot-undo = Cannot undo: { $error }
message-cannot-redo = Cannot redo: { $error }
# What a change does, for Undo, Redo and the messages above. The English words are the
# model's own (Edit::describe).
message-edit-add-note = add note
message-edit-restore-note = restore note
message-edit-edit-note = edit note
message-edit-delete-note = delete note
message-edit-mark-reviewed = mark note reviewed
message-edit-set-assessment = set your assessment
message-edit-restore-assessment = restore built-in assessment
message-edit-change-row = change row
message-edit-resolve-conflict = resolve conflict
message-edit-restore-conflict = restore conflict
message-edit-merge = merge
message-edit-rename-tag = rename tag
# Images and slides.
message-slides-not-exported = Cannot export the slides: { $error }
message-image-saved = Saved the image { $file }
message-image-not-saved = Image not saved: { $error }
message-slides-exported =
    { $count ->
        [one] Exported { $count } slide to { $folder }
       *[other] Exported { $count } slides to { $folder }
    }
# Files dropped on the window that are not documents ($files: their paths).
message-not-a-document = Only Mandate Compare documents (.ron files) can be opened; not { $files }
message-copied = Copied: { $citation }

# The status bar: the pieces are joined with " · ". (Not "status-bar-": tests/core/i18n.rs takes
# every "status-" id for a status word of the glossary.)
statusbar-rows =
    { $count ->
        [one] { $count } responsibility
       *[other] { $count } responsibilities
    }
statusbar-notes =
    { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
statusbar-unsaved = unsaved changes
statusbar-builtin = built-in dataset
statusbar-warning = Warning: { $text }
statusbar-error = Error: { $text }
statusbar-dismiss = Dismiss

# The window title ($marker: "*" when there are unsaved changes; $app: the app's name).
title-builtin = Built-in dataset
title-window = { $marker }{ $name } — { $app }
title-window-read-only = { $marker }{ $name } (read-only) — { $app }


## Exports
