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

## Detail and notes

## Compare, merge and agreement

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
