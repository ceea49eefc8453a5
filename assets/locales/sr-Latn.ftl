### Mandate Compare: interfejs na srpskom, latinicom. Poruke, atributi i promenljive su oni iz
### en.ftl; reči iz glosara (GLOSSARY.md) koriste se kao tamo. Samo ovu datoteku uređuju
### prevodioci: sr-Cyrl.ftl se iz nje pravi preslovljavanjem
### (UPDATE_CYRILLIC=1 cargo test --test core i18n::).

## Language

# Jedini izuzetak od preslovljavanja: ćirilička datoteka nosi svoje ime, „Српски (ћирилица)”
# (i18n::cyrillic::CYRILLIC_OVERRIDES).
language-name = Srpski (latinica)

## Glossary and model words

status-transferred = Preneta
    .description = Preneta je na drugog nosioca, koji je sada obavlja
status-shared = Zajednička
    .description = Obavlja je više nosilaca zajedno
status-residual = Preostala
    .description = Prvobitni nosilac zadržava njen smanjeni deo
status-ongoing = U toku
    .description = I dalje je obavlja prvobitni nosilac
status-completed = Završena
    .description = Zadatak je obavljen i okončan
status-superseded = Prevaziđena
    .description = Zamenio ju je drugi proces ili aranžman
status-contested = Sporna
    .description = Ko je nosilac zavisi od spornog tumačenja mandata

holder-kind-local = Kosovska institucija
holder-kind-international = Međunarodna
holder-kind-non-governmental = Nevladina

source-kind-primary = primarni
source-kind-secondary = sekundarni

visibility-shared = Deljena
visibility-private = Privatna

glossary-holder = Nosilac
glossary-presence = Prisustvo
glossary-civil-presence = Međunarodno civilno prisustvo
glossary-security-presence = Međunarodno bezbednosno prisustvo
glossary-responsibility = Odgovornost
glossary-mandate = Mandat
glossary-position = Stav
glossary-source = Izvor
glossary-primary-source = Primarni izvor
glossary-secondary-source = Sekundarni izvor
glossary-note = Beleška
glossary-own-assessment = Sopstvena procena
glossary-tag = Oznaka
glossary-security-council = Savet bezbednosti
glossary-resolution = Rezolucija
glossary-paragraph = Paragraf
glossary-status = Status

# Srpski ima tri oblika: one (1, 21, 31 …), few (2–4, 22–24 …) i other (5–20, 25 …).
rows-shown =
    { $count ->
        [one] { $count } red
        [few] { $count } reda
       *[other] { $count } redova
    }

## Menus and commands

## Table and filters

## Detail and notes

## Compare, merge and agreement

## Summary, timeline and slides

## Dialogs and messages

## Exports
