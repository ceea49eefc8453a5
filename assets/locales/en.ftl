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
status-superseded = Replaced
    .description = Replaced by a different process or arrangement
status-contested = Contested
    .description = Who holds it depends on a disputed reading of the mandate
status-not-assessed = Not assessed
    .description = No status yet: what became of the function has not been assessed

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
# A recent file in the File menu: its name and the folder it is in ($folder: that folder's
# own name); the full path shows on hover.
menu-recent-item = { $name } — { $folder }
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
menu-tags-no-room = Hide tags panel (no room for it at this size: widen the window or zoom out)
# A command's label ($label) with its state.
menu-on = { $label } (on)
menu-off = { $label } (off)
menu-in-use = { $label } (in use)
# Help > Keyboard shortcuts: the table's arrow keys (the key names come from egui).
menu-shortcuts-rows = Next / previous row

# Help > About: what a paper needs to cite exactly what was used ($file, $readme: file names).
about-version = Version { $version }
about-data = Built-in data: { $dataset }, release { $release }
about-licence = Licence: { $licence }
about-readme = How to install, use and cite it: { $readme }, here
about-readme-missing = This copy came without its { $readme }; the one in the source says how to install, use and cite it
about-cite = To cite the app and the data release: { $file }, beside the { $readme }

# The message box when no graphics backend could draw the window; the backends and their
# errors follow the body, one a line. $packages: Linux package names; $commands: subcommands.
graphics-failed-title = Mandate Compare cannot open its window
graphics-failed-body = None of the ways to draw the window worked on this computer:
graphics-failed-advice = What to try: install or update the graphics driver (on Linux: { $packages }); on a remote desktop or in a virtual machine, start the app on the computer itself. The commands that need no window ({ $commands }) work all the same.

# Every command, as menus, the palette and the shortcuts list name it ("…": a dialog follows).
command-new = New from built-in dataset
command-new-from-resolution = New comparison from a resolution…
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
command-add-row = Add row
command-remove-row = Remove row
command-holders-and-sources = Holders and sources…
command-clear-filters = Clear filters
command-deselect = Back to the overview
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
command-show-about = About Mandate Compare


## Table and filters

# The table's columns. $name: the compared file's name; $year: the mandate's year.
table-column-differs = In { $name }
table-column-responsibility = Responsibility ({ $year })
table-column-status-holders = Status and holders today
table-column-status = Status today
table-column-holders = Held today by
table-column-notes = Notes
# The tabs above the table.
table-tab-table = Table
table-tab-summary = Summary picture
table-tab-timeline = Timeline
table-no-match = No responsibility matches the search and filters.
table-copy-citation = Copy citation
# The accessible name of the handle between two columns.
table-resize-column = Resize the { $column } column (drag, or double-click to fit)
# What a screen reader says for a row: "UNMIK 9, para. 11 (i), Civil law and order, Shared,
# as of 2026-11, Kosovo Police, EULEX, 2 notes". $paragraph, $checked and $differs are the
# optional parts below (each with its leading comma) or empty; $label, $title and $holders
# are data.
table-row-name = { $label }{ $paragraph }, { $title }, { $status }{ $checked }, { $holders }, { $notes }{ $differs }
table-row-paragraph = , para. { $paragraph }
table-row-yours = , your assessment
table-row-as-of = , as of { $date }
# Under a row's text in reading mode when it is another source's wording. $source: its title (data).
table-worded = as { $source } words it
table-row-no-holder = no holder
table-row-notes =
    { $count ->
        [0] no notes
        [one] { $count } note
       *[other] { $count } notes
    }
table-row-differs = , differs: { $what }
# The paragraph of the resolution under a row's label.
table-paragraph = para. { $paragraph }
# In a table row a search found by other parts than its title and text; $fields lists them.
table-found-in = Found in: { $fields }
search-field-title = title
search-field-text = mandate text
search-field-summary = summary
search-field-holders = holders
search-field-events = events
search-field-positions = positions
search-field-notes = notes
search-field-tags = tags
search-field-authors = note authors
table-as-of-hint = When this status and its holders were last checked
# Beside the status of a row the user assessed.
table-yours = yours
table-yours-hint = Your assessment; built-in: { $status }
table-theirs = theirs
table-theirs-hint = { $author }'s own assessment; built-in: { $status }
table-differs-hint = Differs: { $what }
table-notes-count =
    { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
table-to-review = { $count } to review
table-to-review-hint = Notes written before this row's facts changed
# The bar offering to update a file built on older built-in data.
table-update = Update…
table-update-not-now = Not now
table-update-not-now-hint = Keep the older data; the offer comes back when the file is opened again

# Under the document's title. $original and $current are the data's labels (translated where the
# data has the language): each stands alone after a colon, so that any label fits.
filter-compares = Then: { $original } ({ $original_date }) · Now: { $current } ({ $current_date })
filter-search = Search
filter-search-hint = texts, holders, events, notes
# The filter menus: "Presence: any", "Presence: 2" (how many are chosen).
filter-presence-menu =
    { $count ->
        [0] Presence: any
       *[other] Presence: { $count }
    }
filter-status-menu =
    { $count ->
        [0] Status: any
       *[other] Status: { $count }
    }
filter-status-one = Status: { $status }
filter-status-own =
    { $count ->
        [one] { $count } row is filtered by its own assessment, the others by the built-in status
       *[other] { $count } rows are filtered by their own assessment, the others by the built-in status
    }
filter-holder-menu =
    { $count ->
        [0] Holder: any
       *[other] Holder: { $count }
    }
filter-tag-menu =
    { $count ->
        [0] Tag: any
       *[other] Tag: { $count }
    }
filter-none-in-document = None in this document
filter-notes-any = Notes: any
filter-notes-shared = Notes: Shared
filter-notes-private = Notes: Private
filter-any-notes = Any notes
filter-with-shared = With shared notes
filter-with-private = With private notes
filter-contested-only = Contested only
filter-contested-only-hint = Rows whose status is Contested or that record competing positions
filter-has-notes = Has notes
filter-all-shown = All { $total } shown
filter-some-shown = { $shown } of { $total } shown
filter-clear = Clear filters
filter-tags = Tags:

tags-heading = Tags
tags-none = No tags yet. Tag a note to group notes across rows.
tags-click-hint = Click a tag to show only its rows.
tags-rename-heading = Rename or merge a tag
tags-rename-from = Tag to rename
tags-choose = choose…
tags-new-name = New name
tags-new-name-hint = an existing tag merges
tags-rename = Rename everywhere
tags-rename-hint = On every note, as one step you can undo

## Detail and notes

# Under a row's heading when the interface is not in English (the English file needs the
# message too, but the English interface does not show it).
detail-data-in-english = The mandate's texts, the summaries, events and positions are in English, as in the UN's official text.
detail-overview = Overview
detail-overview-hint = Select a responsibility in the table (or press the Down key) to see what became of it.
detail-back-hint = Leave this row for the overview and the notes on the whole comparison (Esc)
detail-jump-note = Write a note…
detail-jump-note-hint = Go to the note form for this row
detail-status-today = Status today
detail-count-of = { $count } of { $total }
detail-count-not-assessed = Not assessed, counted apart from the statuses: { $count } of { $total }
detail-count-built-in = Built-in
detail-count-with-own = With own assessments
detail-own-count =
    { $count ->
        [one] An own assessment replaces the built-in status in { $count } row.
       *[other] Own assessments replace the built-in status in { $count } rows.
    }
detail-orphans =
    { $count ->
        [one] Warning: { $count } note is about a row this document does not have; it is kept:
       *[other] Warning: { $count } notes are about rows this document does not have; they are kept:
    }
detail-notes-whole = Notes on the whole comparison
# $presence: the presence's full name (data).
detail-given = Given in { $year }: { $presence }
detail-cite-hint = How to cite the mandate's words for this row
detail-what-happened = What happened
detail-your-notes = Your notes
# $mandate: the mandate's label, e.g. "Resolution 1244 (1999)" (data).
detail-text-of = The mandate's text: { $mandate }
# The mandate's words (English) in this language's quotation marks.
detail-quoted = “{ $text }”
detail-as-worded = As worded in { $source }:
# Above a row's text that is another source's wording, not the mandate's own words. $source: the source's title and publisher (data); $mandate: the mandate's label (data).
detail-wording-of = As { $source } words it; not checked word for word against the mandate's text ({ $mandate }):
# Under a quoted text: the copy of the mandate it was checked against (data).
detail-checked-against = Checked word for word against { $source }
# Words of the mandate a wording leaves out. $text: those words as $source gives them (data, maybe in another language).
detail-omits = The mandate's text ({ $mandate }) adds words this wording leaves out; known from { $source }: “{ $text }”
# A row's citation as it is copied, with its text: quoted only for the mandate's own words.
detail-cite-quoted = { $citation }: “{ $text }”
detail-cite-worded = { $citation }, as { $source } words it: { $text }
detail-status-holders = Status and holders today
detail-built-in = Built-in:
detail-as-of = as of { $date }
detail-as-of-hint = The month of the newest document this status and these holders rest on
# How far the sources reach: the newest document the status and holders rest on. $source: its symbol or title (data).
detail-sources-reach = Newest source for this status: { $source }, { $date }
detail-yours = Yours:
detail-set-by = Set by { $author } on { $date }
detail-timeline = Timeline
detail-phases = Who held it when
# A phase that lasts until today: "2008-06 – today".
detail-since = { $from } – today
detail-positions = Positions
detail-no-positions = No competing positions recorded.
# $holder: who holds the position (data).
detail-held-by = Held by { $holder }
detail-sources = Sources
detail-sources-label = Sources:
detail-source-secondary = { $source } (secondary)
detail-unknown-source = unknown source "{ $id }"
# A link opening a source; its accessible name says which.
detail-open = open
detail-open-name = open { $source }
detail-copy = copy
detail-copy-hint = Copy the citation: { $citation }
detail-copy-name = Copy the citation of { $source }
detail-no-holder = no holder (the task has ended)
# A long text cut: how much more there is ($amount is formatted, e.g. "12" or "1.5").
detail-more-kb = … { $amount } KB more of this text
detail-more-mb = … { NUMBER($amount, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB more of this text
detail-show-more = Show more
detail-show-less = Show less

note-none = No notes yet.
note-showing = Showing { $shown } of { $total } notes.
note-show-more = Show { $count } more
note-edited = { $created }, edited { $modified }
note-private-hint = Never shown in presentations
note-delete-question = Delete this note?
note-delete = Delete
note-keep = Keep
note-edit = Edit note
note-too-long = Longer than the { $max } characters the editor takes
note-delete-button = Delete note
note-facts-changed = The facts changed since this note ({ $date })
# $what: what changed, as the update recorded it.
note-what-changed = What changed: { $what }
# What an earlier version of the app recorded, in its own (English) words.
note-what-changed-recorded = What changed (as an earlier version recorded it): { $what }
# One change in a row's facts; several are joined with "; ".
fact-change-status = status { $was }, now { $now }
fact-change-holders = holders
fact-change-phases = who held it when
fact-change-events =
    { $count ->
        [0] events
        [one] { $count } event new or changed
       *[other] { $count } events new or changed
    }
fact-change-positions = positions
note-mark-reviewed = Mark as reviewed
note-mark-reviewed-hint = The note still holds after the change
note-editing = Edit note
note-new = New note
note-your-name = Your name (asked once, remembered)
note-your-name-hint = e.g. A. Researcher
note-signed = New notes are signed { $author }
note-change-name = Change name
note-change-name-hint = On a shared computer: the name new notes and assessments carry
note-use-name = Use this name
note-text = Note text
note-text-hint = What you noticed, what to check, what you disagree with
note-paste-refused = Not pasted: { $chars } characters, and a note takes at most { $max }. Paste a part, or keep the long text in a file and cite it.
note-tags = Tags (comma-separated)
note-tags-hint = needs-source, police
note-shared-hint = Shown in presentations and exports
note-private-long-hint = Never shown in presentations; left out of exports unless asked
note-save = Save note
note-add = Add note
note-name-first = Type your name first
note-cancel = Cancel

assessment-give = Give your own assessment…
assessment-change = Change your assessment…
assessment-restore = Restore built-in
assessment-heading = Your assessment
assessment-status = Your status
assessment-holders = Your holders
assessment-save = Save assessment
assessment-cancel = Cancel

## Compare, merge and agreement

# The bar above the table in compare mode. $name: the compared file's name.
compare-with = Comparing with { $name }:
compare-rows-differ =
    { $count ->
        [0] no row differs
        [one] { $count } row differs
       *[other] { $count } rows differ
    }
compare-marked = (marked in the table)
compare-differ-definition = A row differs when what it says differs: its status or holders (built-in or own assessment), its text, or its notes. Who wrote it and when do not count.
compare-whole-differs = Notes on the whole comparison differ too.
compare-merge = Merge from { $name }
compare-merge-hint = Bring their notes and assessments into your document (one step you can undo)
compare-merged-hint = Everything in { $name } is already in your document, or waits below the table as a conflict
compare-show-agreement = Show agreement
compare-hide-agreement = Hide agreement
compare-agreement-hint = How far your assessments and theirs agree, row by row
compare-leave = Leave compare mode
# What differs in a row, listed with commas: "status, holders, 2 notes".
compare-differs-only-yours = only in yours
compare-differs-only-theirs = only in theirs
compare-differs-status = status
compare-differs-holders = holders
compare-differs-assessment = own assessment
compare-differs-text = row text
compare-differs-notes =
    { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
# In the detail panel.
compare-row-heading = Compared with { $name }
compare-same = The same in both files.
compare-missing-row = { $name } does not have this row.
compare-yours = Yours
compare-theirs = Theirs
compare-status = Status
compare-holders = Holders
compare-assessment = Own assessment
compare-row-text = Row text
compare-differs = differs
compare-none = none
compare-by = by { $author }
compare-notes-only-yours = Notes only in yours
compare-notes-only-theirs = Notes only in { $name }
compare-notes-changed = Notes changed in { $name } (their version)

conflict-count =
    { $count ->
        [one] { $count } merge conflict to resolve
       *[other] { $count } merge conflicts to resolve
    }{ $rows ->
        [one] {""}
       *[other] , in { $rows } places
    }
conflict-keep-all-mine = Keep all mine
conflict-take-all-theirs = Take all theirs
conflict-all-hint = Settle every conflict below this way, as one step you can undo
conflict-explain = Yours is in the document until you choose; saving keeps the conflicts in the file.
conflict-whole = The whole comparison
# "Conflict 2: status (UNMIK 9: Civil law and order)".
conflict-title = Conflict { $number }: { $what } ({ $place })
conflict-what-status = status
conflict-what-holders = holders
conflict-what-assessment = own assessment
conflict-what-row = row text
conflict-what-note = note
conflict-deleted = deleted
conflict-keep-mine = Keep mine
conflict-take-theirs = Take theirs
conflict-keep-both = Keep both
conflict-choice-hint = Conflict { $number }: { $choice }

# The agreement between two people's assessments. Percentages and kappa come formatted
# ("84", "84.2", "0.801").
agreement-headline = Agreement: same status in { $same } of { $rows } rows ({ NUMBER($percent, maximumFractionDigits: 0) } %), { $kappa }
agreement-kappa = Cohen's kappa { NUMBER($kappa, minimumFractionDigits: 2, maximumFractionDigits: 2) }
agreement-kappa-undefined = kappa undefined
agreement-nothing = Agreement: nothing to measure
agreement-heading = Agreement with { $name }
agreement-assessed = Rows in both files: { $common }. Own assessments: yours { $own_mine }, theirs { $own_theirs }, both { $both }.
agreement-over-own =
    { $rows ->
        [one] Measured over the { $rows } row you both assessed yourselves.
       *[other] Measured over the { $rows } rows you both assessed yourselves.
    }
agreement-over-all =
    { $rows ->
        [one] Measured over the { $rows } row both files have; the built-in status stands in where someone made no assessment.
       *[other] Measured over all { $rows } rows; the built-in status stands in where someone made no assessment.
    }
agreement-stand-in = Built-in status stands in
agreement-stand-in-hint = Also measure the rows only one of you (or neither) assessed, taking the built-in status and holders of that person's file instead
agreement-none-both = No row has an own assessment from both of you: there is nothing to measure. Tick "Built-in status stands in" to measure the rows one of you assessed against the built-in data.
agreement-no-common = The two files have no row in common: there is nothing to measure.
agreement-no-own = Neither of you has made an own assessment of a row both files have: there is nothing to measure (the figures would only compare the built-in data).
agreement-same-status = Same status
agreement-same-of = { $same } of { $rows } rows ({ NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
agreement-cohen = Cohen's kappa
agreement-kappa-value = { NUMBER($kappa, minimumFractionDigits: 3, maximumFractionDigits: 3) } (agreement expected by chance: { NUMBER($expected, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
agreement-kappa-none = undefined: both gave every row the same one status
agreement-holders = Holders (mean Jaccard index)
# The mean Jaccard index, a number from 0 to 1.
agreement-holders-value = { NUMBER($value, minimumFractionDigits: 3, maximumFractionDigits: 3) }
agreement-built-in = { $status } (built-in)
agreement-disagreements =
    { $count ->
        [0] You give every row the same status
        [one] { $count } row with different statuses
       *[other] { $count } rows with different statuses
    }
agreement-row = { $row }: yours { $mine }, theirs { $theirs }
agreement-row-hint = { $title }. Holders overlap { NUMBER($overlap, minimumFractionDigits: 2, maximumFractionDigits: 2) } (1: the same holders).
agreement-pairs = Rows per pair of statuses (lines: yours; columns: theirs)
agreement-pair-hint =
    { $count ->
        [one] Yours { $mine }, theirs { $theirs }: { $count } row
       *[other] Yours { $mine }, theirs { $theirs }: { $count } rows
    }

## Summary, timeline and slides

# The summary picture (View > Summary and the first slide).
summary-status-today = Status today
# A status's bar, for screen readers: "Shared: 5 of 40".
summary-status-bar = { $status }: { $count } of { $total }
summary-not-assessed = Not assessed (no status yet), counted apart from the statuses: { $count } of { $total }
# $year is the original mandate's year, as digits.
summary-flow-heading = Who holds what now: from the presences of { $year }, through the status today, to today's holders
# The title of a band's hover text: from a node of one column to a node of the next.
summary-band = { $from } to { $to }
# The node of the rows nobody holds today.
summary-no-holder = No holder (task ended)
# A node, for screen readers; $label is its words and count, "UNMIK (20)".
summary-node-presence = presence { $label }
summary-node-status = status { $label }
summary-node-holder = holder { $label }

# The timeline (View > Timeline, the second slide, the HTML and SVG pictures).
timeline-empty = No responsibilities to show
# The label of the dashed line at today's date.
timeline-line-today = Today, { $date }
# One period of a lane, for screen readers; a lane's periods are joined by "; ".
timeline-period = from { $date } { $status }, { $holders }
timeline-no-holder = no holder
# $until of a period that lasts until today.
timeline-until-today = today
# A bar's hover text.
timeline-bar-held = { $from } to { $until }: { $status }, held by { $holders }
timeline-bar-unheld = { $from } to { $until }: { $status }, no holder

# Presentation mode.
# $leave_key is the key's label, "Esc", the same in every language (and script).
slide-keys = Right or Space: next · Left: back · Esc: leave
# Under the title of the first slide; $mandate is the original mandate's label.
slide-overview-subtitle =
    { $count ->
        [one] { $mandate }: { $count } responsibility and what became of it
       *[other] { $mandate }: { $count } responsibilities and what became of them
    }
slide-timeline-title = Who held what, when
slide-no-holder = no holder: the task has ended
slide-as-of = as of { $date }
# The mandate's text, quoted, in the language's quotation marks.
slide-quote = “{ $text }”
# Above a row's text that is another source's wording. $source: its title (data).
slide-worded = as { $source } words it, not the mandate's own words
# How far the sources reach: the date of the newest document the status rests on.
slide-sources-reach = sources up to { $date }
slide-talking-points = Talking points
slide-key-dates = Key dates
slide-positions = Positions
slide-own-assessment = Own assessment by { $author }:
slide-built-in = Built-in:
slide-own-same = the same
slide-exporting = Saving slide { $slide } of { $total } as a PNG image
summary-own-counted =
    { $count ->
        [one] { $count } row counted by its own assessment, not the built-in status
       *[other] { $count } rows counted by their own assessment, not the built-in status
    }

## Dialogs and messages
# Buttons the questions share.
dialog-cancel = Cancel
dialog-save = Save
dialog-open = Open
dialog-save-as = Save as…
# Save changes before going on? ($name: the document's file name, or title-builtin)
dialog-unsaved-heading = Save changes to { $name }?
dialog-unsaved-heading-builtin = Save your changes in a file of your own?
dialog-unsaved-builtin-note = The built-in dataset that comes with the app is never changed: your changes go into a new file.
dialog-unsaved-before-new = Your changes are lost if you do not save them before starting again from the built-in dataset.
dialog-unsaved-before-open = Your changes are lost if you do not save them before opening another file.
dialog-unsaved-before-quit = Your changes are lost if you do not save them before quitting.
dialog-dont-save = Don't save
# No native file dialog: a path is typed.
dialog-type-path-label = Path
dialog-type-path-no-dialog = No file dialog can be shown on this computer, so the path is typed here.
dialog-path-open-heading = Open a document
dialog-path-document-body = Type the full path of the document (a .ron file) to open.
dialog-path-compare-heading = Compare with a colleague's file
dialog-path-merge-heading = Merge from a colleague's file
dialog-path-colleague-body = Type the full path of their document (a .ron file).
dialog-path-compare = Compare
dialog-path-merge = Merge
dialog-path-save-heading = Save the document as
dialog-path-save-body = Type the full path of the document (a .ron file) to write.
dialog-path-export-heading = Export as { $kind }
dialog-path-export-body = Type the full path of the { $kind } file to write (.{ $extension }).
dialog-path-export = Export
dialog-path-image-heading = Export the view as a PNG image
dialog-path-image-body = Type the full path of the PNG image to write.
dialog-path-slides-heading = Export the slides as PNG images
dialog-path-slides-body = Type the full path of the folder the slides go into (a new folder is made).
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
dialog-open-text-title = Open a resolution's text
dialog-filter-text = Plain text (*.txt)
dialog-path-text-heading = Open a resolution's text
dialog-path-text-body = Type the full path of the resolution's text (a plain-text .txt file in UTF-8) to read.
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
message-no-file-dialog = No file dialog could be shown on this computer. Type the path instead.
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
# after "; ", from the notice-* messages).
message-comparing = Comparing with { $name }: { $differ }
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
    }{ $notices }; now { $differ }. Undo takes the whole merge back.
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
message-conflicts-all-resolved =
    { $count ->
        [one] { $count } conflict resolved
       *[other] { $count } conflicts resolved
    }: { $choice ->
        [mine] all mine kept
       *[theirs] all theirs taken
    }{ $marked ->
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
message-export-replaced =
    { $count ->
        [one] { $count } character its readers cannot take (a control character or a Unicode non-character) was replaced with the replacement character (U+FFFD)
       *[other] { $count } characters its readers cannot take (control characters or Unicode non-characters) were replaced with the replacement character (U+FFFD)
    }
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
message-edit-edit-facts = edit facts
message-edit-add-row = add row
message-edit-remove-row = remove row
message-edit-add-presence = add presence
message-edit-edit-presence = edit presence
message-edit-remove-presence = remove presence
message-edit-add-holder = add holder
message-edit-edit-holder = edit holder
message-edit-remove-holder = remove holder
message-edit-add-source = add source
message-edit-edit-source = edit source
message-edit-remove-source = remove source
# Images and slides.
message-slides-not-exported = Cannot export the slides: { $error }
message-image-saved = Saved the image { $file }
message-image-not-saved = Image not saved: { $error }
message-slides-exported =
    { $count ->
        [one] Exported { $count } slide to { $folder }
       *[other] Exported { $count } slides to { $folder }
    }
message-slides-cancelled = Slide export cancelled: { $written } of { $total } saved in { $folder }
# Files dropped on the window that are not documents ($files: their paths).
message-not-a-document = Only Mandate Compare documents (.ron files) can be opened; not { $files }
message-copied = Copied: { $citation }
# A long job in the status bar ($job: one of the statusbar-job-* texts).
message-busy = { $job } is still running: wait until it is done, or cancel it in the status bar
message-locked-by-job = Cannot { $what } while this runs: { $job } Wait until it is done, or cancel it in the status bar.
message-job-cancelled = Cancelled: { $job } Nothing was changed or written.
message-job-stale = Not applied: { $job } The document changed meanwhile; start it again.
message-read-only-newer-format =
    { $file } was written by a newer version of Mandate Compare (format { $found }); this version reads format { $supported }. It is open read-only: use Save as to keep a copy in format { $supported }. { $count ->
        [0] Every field in it was understood.
        [one] A copy would leave out { $count } field this version does not understand: { $fields }.
       *[other] A copy would leave out { $count } fields this version does not understand: { $fields }.
    }
# What a merge settled by keeping yours, in the $notices of message-merged and message-updated
# ($part: one of the notice-part-* texts; $row, $id: ids as the file has them).
notice-both-changed = both changed { $part }; yours is kept
notice-row-deleted-in-theirs = row "{ $row }" was deleted in theirs but changed in yours; it is kept
notice-row-deleted-in-yours = row "{ $row }" was deleted in yours but changed in theirs; it is kept
notice-part-title = the title
notice-part-title-translations = the title's translations
notice-part-original = the original mandate
notice-part-current = the current arrangement
notice-part-key-dates = the key dates
notice-part-presence = the presence "{ $id }"
notice-part-holder = the holder "{ $id }"
notice-part-source = the source "{ $id }"
message-language = Interface language: { $language }

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
statusbar-job-cancel = Cancel
statusbar-job-cancelling = { $job } (cancelling)
statusbar-job-exporting = Exporting { $format }…
statusbar-job-comparing = Reading { $name } to compare…
statusbar-job-merging = Merging { $name }…
statusbar-job-updating = Updating to the built-in data of { $release }…
statusbar-job-slides = Saving the slides as PNG images…

# The window title ($marker: "*" when there are unsaved changes; $app: the app's name).
title-builtin = Built-in dataset
title-window = { $marker }{ $name } — { $app }
title-window-read-only = { $marker }{ $name } (read-only) — { $app }
title-exporting-slides = Saving slide { $slide } of { $total } — { $app }


## Exports

# The kinds of export in File > Export and their descriptions (the command line's --help stays
# English).
export-format-md = Markdown
    .description = A Markdown document: a table of the responsibilities, then each row in full
export-format-csv = CSV of the responsibilities
    .description = One CSV row per responsibility, with a header
export-format-notes-csv = CSV of the notes
    .description = One CSV row per note, with a header
export-format-html = HTML page
    .description = A self-contained HTML page that prints well
export-format-csl-json = CSL-JSON of the sources
    .description = The sources as CSL-JSON, for Zotero, Pandoc and citeproc
export-format-bibtex = BibTeX of the sources
    .description = The sources as BibTeX, for LaTeX and reference managers
export-format-qdpx = REFI-QDA project
    .description = A REFI-QDA project (.qdpx) for QualCoder, ATLAS.ti, NVivo or MAXQDA (export only)

# The Markdown and HTML exports. The table's columns are glossary-responsibility, the year,
# glossary-status, export-held-today and export-notes.
export-compared = Then: { $original } ({ $original_date }). Now: { $current } ({ $current_date }).
export-held-today = Held today by
export-notes = Notes
# After a row's status in the table, where the user's own status differs.
export-own-status = own: { $status }
# The user's own assessment of a row, after "Own assessment:".
export-own-assessment = { $status }; held by { $holders } ({ $author }, { $date })
# The holders of a phase or a row that nobody holds.
export-nobody = nobody
# After a status, in brackets: when the row was last checked.
export-as-of = as of { $date }
# Before another source's wording of a row's text; $source is its title.
export-as-worded = As worded in { $source }:
export-worded = As { $source } words it; not checked word for word against the mandate's text ({ $mandate }):
export-omits = The mandate's text ({ $mandate }) adds words this wording leaves out; known from { $source }: “{ $text }”
# CSV, column original_from, for the mandate's own words. $source: the copy they were checked against (data).
export-checked = the mandate's own words, checked against { $source }
export-who-held-when = Who held it when
export-phase = from { $date }: { $status }; held by { $holders }
export-what-happened = What happened
export-positions = Positions
export-sources = Sources
export-notes-whole = Notes on the whole comparison
export-notes-orphans = Notes about rows not in this document
# After a note's author and date.
export-note-changed = changed { $date }
export-note-private = private
# $row is the id of a row the document does not have.
export-note-about = about { $row }
export-tags = Tags
# The HTML page's heading over the timeline picture.
export-timeline = Who held what, when
# The timeline picture's name for screen readers.
export-svg-name =
    { $count ->
        [one] Timeline of { $count } responsibility, from { $date } ({ $mandate }) to today ({ $today }): who held it, when
       *[other] Timeline of { $count } responsibilities, from { $date } ({ $mandate }) to today ({ $today }): who held each, when
    }

# The REFI-QDA project: a source's description, the code book, the notes' names.
export-qdpx-source = { $presence }: its responsibilities in the words of the mandate
export-qdpx-private-note = Private note
export-qdpx-status-code = What became of the function on the ground (the built-in assessment)
export-qdpx-own-code = The user's own status of the row, beside the built-in one
# The name of an own-assessment code ("Own assessment: Shared"), unlike the status codes' names: QDA
# tools such as QualCoder want every code name once.
export-qdpx-own-status-code = { glossary-own-assessment }: { $status }
export-qdpx-tag-code = Notes tagged { $tag }
export-qdpx-tags-code = The tags of the notes on the row
export-qdpx-whole-document = the whole document
export-qdpx-missing-row = row { $row }, which this document does not have
export-qdpx-note = Note by { $author } on { $subject }
export-qdpx-description = { $title }. Then: { $original }; now: { $current }. Exported from Mandate Compare.
export-qdpx-description-dataset = { $title }. Then: { $original }; now: { $current }; built-in data { $dataset } release { $release }. Exported from Mandate Compare.

## Errors of files

# Why a file could not be opened or saved, in the app and (in English) on the command line. Each
# step of saving (io::SaveStep) has its own message; the operating system's reason comes as it
# says it where no message below names it.
error-cannot-read = { $file }: cannot read the file: { $reason }
error-not-utf8 = { $file }:{ $line }:{ $column }: expected UTF-8 text; save the file as UTF-8 (pdftotext writes UTF-8 by default)
error-too-large = { $file }: the file is { $size } bytes, larger than the { $limit } bytes a document may have
error-newer-format = { $file }: the file has format { $found }, written by a newer version of Mandate Compare; this version reads format { $supported } and older
error-cannot-save = cannot save { $file }: { $step }: { $reason }
error-cannot-create-folder = cannot create the folder { $folder }: { $reason }
error-os-not-found = no such file or folder
error-os-permission-denied = permission denied
error-os-read-only = the disk is read-only
error-os-storage-full = the disk is full
error-os-is-a-folder = it is a folder
error-os-invalid-data = the file is not UTF-8 text
error-step-folder = the path is a folder
error-step-link = following the symbolic link
error-step-temporary = creating a temporary file in the folder
error-step-permissions = giving the new file the permissions of the old one
error-step-write = writing the temporary file
error-step-backup = keeping the backup copy
error-step-rename = renaming the temporary file over the target
# Why a change could not be made ($id: a note's or row's id; $number: a conflict's place).
error-edit-no-note = there is no note with id "{ $id }"
error-edit-duplicate-note = a note with id "{ $id }" exists already
error-edit-no-row = there is no row with id "{ $id }"
error-edit-no-conflict = there is no conflict number { $number }
error-edit-empty-note = the note is empty
error-edit-built-in = the facts of the built-in data cannot be changed in the app; your notes and own assessments can
error-edit-duplicate-id = the id "{ $id }" is used already
error-edit-no-presence = there is no presence with id "{ $id }"
error-edit-no-holder = there is no holder with id "{ $id }"
error-edit-no-source = there is no source with id "{ $id }"
error-edit-still-cited = "{ $id }" is still cited by { $by }
error-step-inspect = looking at what is at the path
error-step-special = the path is a device, a pipe or a socket, not a file
error-step-stream = writing into the device or pipe
error-step-lock = locking the temporary file
error-step-flush = flushing the temporary file
error-step-sync = syncing the temporary file to the disk
error-step-check = reading the file again to see whether it changed
error-step-backup-sync = syncing the backup copy to the disk
error-step-backup-rename = renaming the new backup copy into place
error-step-sync-folder = syncing the folder to the disk
error-step-png = encoding the PNG image
error-step-recovery-folder = creating the recovery folder
error-step-open-mark = marking the file as open in this window
error-serialize = cannot write the document as RON: { $reason }
error-changed-on-disk = { $file } changed on disk after it was read (another program wrote it); nothing was written, so that change is kept: run the command again

## The room: many participants' files of one comparison side by side (issue 28)
command-open-room = Open the room's files…
command-end-room = Close the room
command-toggle-blind = Blind assessing
command-show-room = Show the room
table-tab-room = Room
message-edit-blind = blind assessing on or off
dialog-open-room-title = The room's files (choose several)
dialog-path-room-heading = Open the room's files
dialog-path-room-body = Type the full path of a folder holding the participants' documents (.ron files), or of one document.
statusbar-job-room =
    { $count ->
        [one] Reading { $count } file of the room…
       *[other] Reading { $count } files of the room…
    }
# $updated: message-room-updated or nothing; $refused: message-room-refused or nothing.
message-room-opened =
    { $count ->
        [one] The room: { $count } file opened{ $updated }{ $refused }
       *[other] The room: { $count } files opened{ $updated }{ $refused }
    }
message-room-updated =
    { $count ->
        [one] ; { $count } was built on older built-in data and was updated in memory (the file is not changed)
       *[other] ; { $count } were built on older built-in data and were updated in memory (the files are not changed)
    }
message-room-refused =
    { $count ->
        [one] ; { $count } file not opened: { $files }
       *[other] ; { $count } files not opened: { $files }
    }
message-room-none = None of the room's files could be opened: { $files }
message-room-no-files = There are no documents (.ron files) there to open as the room's files.
message-room-other = { $file } has no row of this comparison: it is not built on the same one
message-room-closed = The room is closed; the document is as it was.
message-blind-on = Blind assessing is on: the built-in status and holders and others' assessments are hidden until you reveal them. The file remembers it.
message-blind-off = Revealed: the built-in status and holders are shown again.
blind-banner = Blind assessing: give your own assessment; the built-in status and holders and everyone else's assessments are hidden.
blind-reveal = Reveal
blind-reveal-hint = Show the built-in status and holders and others' assessments (turns blind assessing off)
blind-hidden = hidden
blind-hidden-detail = Hidden while you assess blind. Reveal shows them.
blind-hidden-view = Hidden while you assess blind: this picture shows the built-in statuses. Reveal shows it.
room-none = No room is open. File > Open the room's files… (or drop several files on the window) shows the participants' assessments side by side.
room-blind = The room is hidden while you assess blind.
room-heading =
    { $people ->
        [one] The room: { $people } person
       *[other] The room: { $people } people
    }
room-measured = Rows at least two people assessed themselves: { $rows } ({ $values } assessments by { $raters } of { $people } people)
room-alpha = Krippendorff's alpha { NUMBER($alpha, minimumFractionDigits: 3, maximumFractionDigits: 3) }
room-alpha-none = Krippendorff's alpha undefined (nothing to pair, or one status throughout)
room-kappa = Fleiss' kappa { NUMBER($kappa, minimumFractionDigits: 3, maximumFractionDigits: 3) }
room-kappa-unequal = No Fleiss' kappa: it needs the same number of raters on every row, and rows have from { $fewest } to { $most }
room-kappa-nothing = No Fleiss' kappa: no row has two raters
room-kappa-chance = No Fleiss' kappa: everyone gave every row the same status
room-overlap = Holders' overlap { NUMBER($overlap, minimumFractionDigits: 2, maximumFractionDigits: 2) } (mean Jaccard index of each pair)
room-show-names = Name those alone in a reading
room-show-names-hint = Off when projecting: the room sees how many read a row alone, not who
room-sort = Most disagreement first
room-col-row = Responsibility
room-col-statuses = Statuses chosen
room-col-holders = Named by most
room-col-built-in = Built-in
room-col-agreement = Pairs agreeing, alone
room-count = { $status } { $count }
room-assessed = { $words } ({ $count } of { $people })
room-nobody = nobody assessed it
room-built-in-status = built-in: { $status }
room-built-in = built-in
room-agreement-value = { NUMBER($percent, maximumFractionDigits: 0) } %
room-alone-count =
    { $count ->
        [one] { $count } person alone
       *[other] { $count } people alone
    }
room-alone-names = Alone: { $names }
room-named-by = { $holder } ({ $count })
room-most-named = Named by most: { $holders }
room-row-name = { $row }: { $statuses }; built-in { $built_in }; pairs agreeing { $agreement }{ $alone }
room-detail-heading = The room
room-notes-heading = Notes from the room
room-notes-none = No participant wrote a shared note on this row.
room-slide-label = The room:
room-slide-note = { $author }: { $text }
command-export-room-csv = Export the room's figures as CSV…
dialog-room-csv = CSV of the room's figures
dialog-path-room-csv-heading = Export the room's figures as CSV
dialog-path-room-csv-body = Type the full path of the CSV file to write (.csv): one line per row, with how many chose each status.
room-people = People and the rows each assessed
room-person =
    { $count ->
        [one] { $name }: { $count } row
       *[other] { $name }: { $count } rows
    }

# File > New comparison from a resolution… (ui/from_text.rs).
from-text-heading = New comparison from a resolution
from-text-paste = The resolution's text
from-text-paste-hint = Paste the text here (from the PDF or a web page)
from-text-presence = Presence (mission)
from-text-presence-hint = e.g. UNIFIL
from-text-paragraph-presence = Paragraph { $paragraph }, presence
from-text-date = Date of adoption (the text gives none)
from-text-none = No numbered operative paragraph found yet
from-text-no-symbol = no symbol
from-text-no-date = no date
from-text-found = { $rows ->
    [one] 1 row found. Untick what to leave out; click a title to split its row or merge it with the next.
   *[other] { $rows } rows found. Untick what to leave out; click a title to split its row or merge it with the next.
}
from-text-create = Create the comparison
from-text-open-file = Open a .txt file…
from-text-address = Taken from (address)
from-text-unknown = not found
from-text-recognised = Recognised: symbol { $symbol } · resolution { $number } of { $year } · adopted { $date }
# A piece of a split paragraph, as a citation writes it: "3, part 2".
from-text-part = { $pinpoint }, part { $part }
# A row running from one paragraph into the next: "7 (a)–7 (b)".
from-text-through = { $first }–{ $last }
from-text-select-row = Click a row's title to split the row or merge it with the next
from-text-row-words = Words of { $pinpoint } (click where to split)
from-text-split-before = Split before
from-text-split-hint = click in the words above, or type the words the new row starts with
from-text-split = Split here
from-text-split-tip = The row becomes two: its words before these, and the rest
from-text-merge = Merge with the next row
from-text-row-presence = This row's presence
from-text-pasted = Pasted text
message-new-from-text = { $rows ->
    [one] New comparison with 1 row, none assessed yet: save it to keep it
   *[other] New comparison with { $rows } rows, none assessed yet: save it to keep it
}
# The Checks list: what `check --strict` says of a comparison not built on the built-in data.
checks-title = Checks
checks-none = no problems: the comparison passes check --strict
checks-count = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
checks-hint = What mandate-compare check --strict says of this comparison, updated as you work. Click a problem to select its row.
# Editing a comparison's own facts ($n: the place of an event, position or phase in its list).
facts-edit = Edit facts
facts-edit-hint = Change this row's text, status, holders, sources, events, positions and phases. Undo takes back each change.
facts-heading = The row's facts
facts-done = Done
facts-title = Title
facts-paragraph = Paragraph
facts-presence = Presence
facts-original = Text of the mandate
facts-status = Status
facts-as-of = As of (YYYY, YYYY-MM or YYYY-MM-DD)
facts-bad-date = "{ $found }" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1978-03-19
facts-date-needed = A date is needed: YYYY, YYYY-MM or YYYY-MM-DD
facts-date-hint = YYYY-MM-DD
facts-holders = Holders today
facts-pick-holders = Holders…
facts-summary = Summary
facts-sources = Sources of the status and holders
facts-pick-sources = Sources…
facts-none-picked = none
facts-nothing-to-pick = None yet: add them under Edit > Holders and sources…
facts-open-registry = Holders and sources…
facts-open-registry-hint = Add, change or remove the comparison's holders and sources
facts-events = Events
facts-event = Event { $n }
facts-remove-event = Remove event { $n }
facts-event-date = Event { $n }: date
facts-event-text = Event { $n }: what happened
facts-event-sources = Event { $n }: sources…
facts-add-event = Add event
facts-positions = Positions
facts-position = Position { $n }
facts-remove-position = Remove position { $n }
facts-position-held-by = Position { $n }: held by
facts-position-view = Position { $n }: the view
facts-position-sources = Position { $n }: sources…
facts-add-position = Add position
facts-phases = Who held it when
facts-phase = Phase { $n }
facts-remove-phase = Remove phase { $n }
facts-phase-from = Phase { $n }: from
facts-phase-status = Phase { $n }: status
facts-phase-holders = Phase { $n }: holders…
facts-phase-sources = Phase { $n }: sources…
facts-add-phase = Add phase
facts-remove-row = Remove this row
facts-remove-row-hint = Undo brings it back, and its notes stay
facts-built-in = The built-in data's facts are its curators'; your notes and your own assessments are yours to change. For a comparison of your own, use File > New comparison from a resolution…
facts-read-only = The document is read-only: use Save as to make a copy you can change
facts-no-presence = The comparison has no presence to add a row to
message-row-removed = Removed the row { $row }; Undo brings it back
registry-title = Holders and sources
registry-presences = Presences
registry-presence-short = Short name of presence { $id }
registry-presence-name = Full name of presence { $id }
registry-remove-presence = Remove presence { $id }
registry-new-presence = New presence's short name
registry-add-presence = Add presence
registry-close = Close
registry-holders = Holders
registry-holder-short = Short name ({ $id })
registry-holder-name = Full name ({ $id })
registry-holder-kind = Kind ({ $id })
registry-remove-holder = Remove holder { $id }
registry-new-holder = New holder's short name
registry-add-holder = Add holder
registry-sources = Sources
registry-source-title = Title ({ $id })
registry-source-publisher = Publisher ({ $id })
registry-source-date = Date ({ $id })
registry-source-symbol = Symbol ({ $id })
registry-source-url = Address ({ $id })
registry-source-primary = Primary source ({ $id })
registry-source-primary-hint = The issuing body's own document (UN, EU, NATO, OSCE, a government, a court) at its official address; untick for news, analysis or a copy on another site
registry-remove-source = Remove source { $id }
registry-new-source = New source's title
registry-add-source = Add source
registry-cited = Still cited by { $by }: change those first
registry-more = { $count } more

# What `check` and the window say about a document's problems. Ids, links and quoted texts come
# in already quoted ("kfor-02"); $place is the document's own path (rows[kfor-02].events[2]).
problem-line = { $severity }: { $place }: { $message }
problem-warning = warning
problem-error = error
problem-format = is { $found }, but this version of the app reads format { $reads }
problem-empty-id = the id is empty
problem-id-twice = the id { $id } is used twice
problem-look-alike = the id { $id } reads as the id { $earlier }: they differ only in { $likeness }, so a reference meant for one can name the other
problem-likeness-normalisation = the same letters in another Unicode form (NFC/NFD, full-width)
problem-likeness-invisible = spaces around it or invisible characters (such as a zero-width space)
problem-likeness-case = upper- and lower-case letters
problem-likeness-script = letters of another script that look the same (Cyrillic or Greek for Latin)
problem-no-source = cites no source
problem-unknown-source = cites the unknown source { $id }
problem-unknown-holder = names the unknown holder { $id }
problem-unknown-presence = names the unknown presence { $id }
problem-number-twice = number { $number } is used twice for { $presence }
problem-empty-text = the 1999 text is empty
problem-nobody-holds-view = says nobody holds this view
problem-not-web-link = the link { $url } is not an http or https address
problem-orphan-note = is about the unknown row { $row }; it is kept and shown as an orphan
problem-field-text = its text
problem-field-author = its author
problem-field-tag = a tag
problem-direction-control = { $field } has the invisible direction control { $code } ({ $name }), which can show the text in another order than it is written
problem-control-character = { $field } has the control character { $code }, which shows as nothing or as a box
problem-modified-before-created = was modified before it was created
problem-undecided = a merge left the { $what } undecided; open the file in the app to choose
problem-undecided-row = a merge left the { $what } of row { $row } undecided; open the file in the app to choose
problem-mirror-primary = is marked primary but links to a copy on { $host }; link the official address or mark it Secondary
problem-primary-no-address = is primary but has no address
problem-official-un = { $symbol } is a UN document; link it at { $hosts } (found { $found })
problem-official-eu = { $symbol } is an EU act; link it at { $hosts } (found { $found })
problem-or = or
problem-no-paragraph = gives no paragraph of the mandate
problem-paragraph-twice = gives paragraph { $paragraph } a second time
problem-no-as-of = says not when its status was checked (as_of)
problem-as-of-later = is as of { $as_of }, later than the newest document its status and holders rest on ({ $source }, { $newest }); as_of is that document's month
problem-as-of-earlier = is as of { $as_of }, earlier than a document its status and holders rest on ({ $source }, { $newest }); as_of is that document's month
problem-no-text-from = says not where its text of the mandate comes from (original_from)
problem-verbatim-no-copy = gives its text as the mandate's own words but names no copy of the mandate it was checked against (found { $found })
problem-wording-no-source = gives its text as a wording but names no source that words it so (found { $found })
problem-omission-unknown = says its text leaves words of the mandate out but not which, or not from which text that is known
problem-one-sided = is disputed but gives the positions of { $sides } holder(s); at least two are needed
problem-events-out-of-order = lists its events out of date order
problem-no-phases = has no phases (who held it when)
problem-phases-begin-late = phases begin on { $from }, after the mandate of { $mandate }
problem-phases-out-of-order = phases are not in date order
problem-last-phase-not-today = the last phase is not today's status and holders (they must be the same)
