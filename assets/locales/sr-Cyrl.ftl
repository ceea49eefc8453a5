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

summary-status-today = Статус данас
summary-status-bar = { $status }: { $count } од { $total }
summary-flow-heading = Ко је данас носилац чега: од присустава из { $year }, преко данашњег статуса, до данашњих носилаца
summary-band = Од { $from } до { $to }
summary-no-holder = Без носиоца (задатак окончан)
summary-node-presence = присуство { $label }
summary-node-status = статус { $label }
summary-node-holder = носилац { $label }
timeline-empty = Нема одговорности за приказ
timeline-line-today = Данас, { $date }
timeline-period = од { $date } { $status }, { $holders }
timeline-no-holder = без носиоца
timeline-until-today = данас
timeline-bar-held = { $from } до { $until }: { $status }, носилац: { $holders }
timeline-bar-unheld = { $from } до { $until }: { $status }, без носиоца
slide-keys = Десно или размак: даље · Лево: назад · { $leave_key }: излаз
slide-overview-subtitle =
    { $count ->
        [one] { $count } одговорност из { $mandate }: шта је било с њом
        [few] { $count } одговорности из { $mandate }: шта је било с њима
       *[other] { $count } одговорности из { $mandate }: шта је било с њима
    }
slide-timeline-title = Ко је био носилац чега и када
slide-no-holder = без носиоца: задатак је окончан
slide-as-of = стање на дан { $date }
slide-quote = „{ $text }“
slide-talking-points = Теме за разговор
slide-key-dates = Кључни датуми
slide-positions = Ставови
slide-own-assessment = (ваша процена)

## Dialogs and messages


## Exports

export-format-md = Markdown
    .description = Markdown документ: табела одговорности, затим сваки ред у целини
export-format-csv = CSV одговорности
    .description = Један CSV ред по одговорности, са заглављем
export-format-notes-csv = CSV бележака
    .description = Један CSV ред по белешци, са заглављем
export-format-html = HTML страница
    .description = Самостална HTML страница која се добро штампа
export-format-csl-json = CSL-JSON извора
    .description = Извори као CSL-JSON, за програме за цитирање и референце
export-format-bibtex = BibTeX извора
    .description = Извори као BibTeX, за LaTeX и програме за референце
export-format-qdpx = REFI-QDA пројекат
    .description = REFI-QDA пројекат (.qdpx) за QualCoder, MAXQDA и друге програме за квалитативну анализу (само извоз)
export-compared = { $original } ({ $original_date }) у поређењу са { $current } ({ $current_date }).
export-held-today = Данашњи носиоци
export-notes = Белешке
export-own-status = сопствена процена: { $status }
export-own-assessment = { $status }; носилац: { $holders } ({ $author }, { $date })
export-nobody = нико
export-as-of = стање на дан { $date }
export-as-worded = Формулација из извора { $source }:
export-who-held-when = Ко је био носилац и када
export-phase = од { $date }: { $status }; носилац: { $holders }
export-what-happened = Шта се догодило
export-positions = Ставови
export-sources = Извори
export-notes-whole = Белешке о целом поређењу
export-notes-orphans = Белешке о редовима којих нема у овом документу
export-note-changed = измењено { $date }
export-note-private = приватна
export-note-about = о реду { $row }
export-tags = Ознаке
export-timeline = Ко је био носилац чега и када
export-svg-name =
    { $count ->
        [one] Временска линија за { $count } одговорност, од { $mandate } ({ $date }) до данас ({ $today }): ко је био носилац и када
        [few] Временска линија за { $count } одговорности, од { $mandate } ({ $date }) до данас ({ $today }): ко је био носилац сваке и када
       *[other] Временска линија за { $count } одговорности, од { $mandate } ({ $date }) до данас ({ $today }): ко је био носилац сваке и када
    }
export-qdpx-source = { $presence }: одговорности речима мандата
export-qdpx-private-note = Приватна белешка
export-qdpx-status-code = Шта је било с функцијом на терену (уграђена процена)
export-qdpx-own-code = Корисников сопствени статус реда, поред уграђеног
export-qdpx-tag-code = Белешке са ознаком { $tag }
export-qdpx-tags-code = Ознаке бележака у реду
export-qdpx-whole-document = цео документ
export-qdpx-missing-row = ред { $row }, којег нема у овом документу
export-qdpx-note = Белешка ({ $author }): { $subject }
export-qdpx-description = { $title }: { $original } у поређењу са { $current }. Извезено из програма Mandate Compare.
export-qdpx-description-dataset = { $title }: { $original } у поређењу са { $current }; уграђени подаци { $dataset }, издање { $release }. Извезено из програма Mandate Compare.
