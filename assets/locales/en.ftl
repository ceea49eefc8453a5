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

## Table and filters

# The table's columns. $name: the compared file's name; $year: the mandate's year.
table-column-differs = Differs in { $name }
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
table-as-of-hint = When this status and its holders were last checked
# Beside the status of a row the user assessed.
table-yours = yours
table-yours-hint = Your assessment; built-in: { $status }
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

# Under the document's title. $original and $current are the dataset's own (English) labels.
filter-compares = { $original } ({ $original_date }) beside the situation { $current } ({ $current_date })
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
detail-data-in-english = The texts of the mandate and the data are in English, as in the UN's official text.
detail-overview = Overview
detail-overview-hint = Select a responsibility in the table (or press the Down key) to see what became of it.
detail-status-today = Status today
detail-count-of = { $count } of { $total }
detail-orphans =
    { $count ->
        [one] Warning: { $count } note is about a row this document does not have; it is kept:
       *[other] Warning: { $count } notes are about rows this document does not have; they are kept:
    }
detail-notes-whole = Notes on the whole comparison
# $presence: the presence's full name (data).
detail-given = Given in { $year } to { $presence }
detail-cite-hint = How to cite the mandate's words for this row
detail-what-happened = What happened
detail-your-notes = Your notes
# $mandate: the mandate's label, e.g. "Resolution 1244 (1999)" (data).
detail-text-of = The text of { $mandate }
# The mandate's words (English) in this language's quotation marks.
detail-quoted = “{ $text }”
detail-as-worded = As worded in { $source }:
detail-status-holders = Status and holders today
detail-built-in = Built-in:
detail-as-of = as of { $date }
detail-as-of-hint = When this status and these holders were last checked
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
detail-more-mb = … { $amount } MB more of this text
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
note-mark-reviewed = Mark as reviewed
note-mark-reviewed-hint = The note still holds after the change
note-editing = Edit note
note-new = New note
note-your-name = Your name (asked once, remembered)
note-your-name-hint = e.g. A. Researcher
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
        [one] { $count } row differs (marked in the table)
       *[other] { $count } rows differ (marked in the table)
    }
compare-whole-differs = ; notes on the whole comparison differ
compare-merge = Merge from { $name }
compare-merge-hint = Bring their notes and assessments into your document (one step you can undo)
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
    }
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
agreement-headline = Agreement: same status in { $same } of { $rows } rows ({ $percent } %), { $kappa }
agreement-kappa = Cohen's kappa { $kappa }
agreement-kappa-undefined = kappa undefined
agreement-nothing = Agreement: nothing to measure
agreement-heading = Agreement with { $name }
agreement-basis = Over the { $rows } rows both files have. Your own assessments: { $own_mine }; theirs: { $own_theirs }. Where a person made none, the built-in status and holders of their file stand in.
agreement-no-common = The two files have no row in common: there is nothing to measure.
agreement-no-own = Neither of you has made an own assessment of a row both files have: there is nothing to measure (the figures would only compare the built-in data).
agreement-same-status = Same status
agreement-same-of = { $same } of { $rows } rows ({ $percent } %)
agreement-cohen = Cohen's kappa
agreement-kappa-value = { $kappa } (agreement expected by chance: { $expected } %)
agreement-kappa-none = undefined: both gave every row the same one status
agreement-holders = Holders (mean Jaccard index)
agreement-built-in = { $status } (built-in)
agreement-disagreements =
    { $count ->
        [0] You give every row the same status
        [one] { $count } row with different statuses
       *[other] { $count } rows with different statuses
    }
agreement-row = { $row }: yours { $mine }, theirs { $theirs }
agreement-row-hint = { $title }. Holders overlap { $overlap } (1: the same holders).
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
slide-keys = Right or Space: next · Left: back · { $leave_key }: leave
# Under the title of the first slide; $mandate is the original mandate's label.
slide-overview-subtitle =
    { $count ->
        [one] { $count } responsibility of { $mandate }: what became of it
       *[other] { $count } responsibilities of { $mandate }: what became of them
    }
slide-timeline-title = Who held what, when
slide-no-holder = no holder: the task has ended
slide-as-of = as of { $date }
# The mandate's text, quoted, in the language's quotation marks.
slide-quote = “{ $text }”
slide-talking-points = Talking points
slide-key-dates = Key dates
slide-positions = Positions
slide-own-assessment = (your assessment)

## Dialogs and messages

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
export-compared = { $original } ({ $original_date }) compared with { $current } ({ $current_date }).
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
        [one] Timeline of { $count } responsibility, from { $mandate } ({ $date }) to today ({ $today }): who held it, when
       *[other] Timeline of { $count } responsibilities, from { $mandate } ({ $date }) to today ({ $today }): who held each, when
    }

# The REFI-QDA project: a source's description, the code book, the notes' names.
export-qdpx-source = { $presence }: its responsibilities in the words of the mandate
export-qdpx-private-note = Private note
export-qdpx-status-code = What became of the function on the ground (the built-in assessment)
export-qdpx-own-code = The user's own status of the row, beside the built-in one
export-qdpx-tag-code = Notes tagged { $tag }
export-qdpx-tags-code = The tags of the notes on the row
export-qdpx-whole-document = the whole document
export-qdpx-missing-row = row { $row }, which this document does not have
export-qdpx-note = Note by { $author } on { $subject }
export-qdpx-description = { $title }: { $original } compared with { $current }. Exported from Mandate Compare.
export-qdpx-description-dataset = { $title }: { $original } compared with { $current }; built-in data { $dataset } release { $release }. Exported from Mandate Compare.
