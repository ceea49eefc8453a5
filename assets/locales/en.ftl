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

## Dialogs and messages

## Exports
