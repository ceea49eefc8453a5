# GENERATED from sr-Latn.ftl by i18n::cyrillic::ftl_to_cyrillic: do not edit. Edit sr-Latn.ftl
# and run `UPDATE_CYRILLIC=1 cargo test --test core i18n::` to write this file again.

### Mandate Compare: interfejs na srpskom, latinicom. Poruke, atributi i promenljive su oni iz
### en.ftl; reči iz glosara (GLOSSARY.md) koriste se kao tamo. Samo ovu datoteku uređuju
### prevodioci: sr-Cyrl.ftl se iz nje pravi preslovljavanjem
### (UPDATE_CYRILLIC=1 cargo test --test core i18n::).


## Language

# Jedini izuzetak od preslovljavanja: ćirilička datoteka nosi svoje ime, „Српски (ћирилица)”
# (i18n::cyrillic::CYRILLIC_OVERRIDES).
language-name = Српски (ћирилица)

## Glossary and model words

status-transferred = Пренета
    .description = Пренета је на другог носиоца, који је сада обавља
status-shared = Заједничка
    .description = Обавља је више носилаца заједно
status-residual = Преостала
    .description = Првобитни носилац задржава њен смањени део
status-ongoing = У току
    .description = И даље је обавља првобитни носилац
status-completed = Завршена
    .description = Задатак је обављен и окончан
status-superseded = Превазиђена
    .description = Заменио ју је други процес или аранжман
status-contested = Спорна
    .description = Ко је носилац зависи од спорног тумачења мандата
holder-kind-local = Косовска институција
holder-kind-international = Међународна
holder-kind-non-governmental = Невладина
source-kind-primary = примарни
source-kind-secondary = секундарни
visibility-shared = Дељена
visibility-private = Приватна
glossary-holder = Носилац
glossary-presence = Присуство
glossary-civil-presence = Међународно цивилно присуство
glossary-security-presence = Међународно безбедносно присуство
glossary-responsibility = Одговорност
glossary-mandate = Мандат
glossary-position = Став
glossary-source = Извор
glossary-primary-source = Примарни извор
glossary-secondary-source = Секундарни извор
glossary-note = Белешка
glossary-own-assessment = Сопствена процена
glossary-tag = Ознака
glossary-security-council = Савет безбедности
glossary-resolution = Резолуција
glossary-paragraph = Параграф
glossary-status = Статус
# Srpski ima tri oblika: one (1, 21, 31 …), few (2–4, 22–24 …) i other (5–20, 25 …).
rows-shown =
    { $count ->
        [one] { $count } ред
        [few] { $count } реда
       *[other] { $count } редова
    }

## Menus and commands


## Table and filters


## Detail and notes


## Compare, merge and agreement


## Summary, timeline and slides


## Dialogs and messages


## Exports

