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
status-superseded = Замењена
    .description = Заменио ју је други процес или аранжман
status-contested = Спорна
    .description = Ко је носилац зависи од спорног тумачења мандата
status-not-assessed = Непроцењена
    .description = Још без статуса: није процењено шта је било са функцијом
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

menu-file = Датотека
menu-edit = Уређивање
menu-view = Приказ
menu-help = Помоћ
menu-export = Извоз
menu-language = Језик
menu-open-recent = Отвори недавне
menu-no-recent = Нема недавних датотека
# A recent file in the File menu: its name and the folder it is in ($folder: that folder's
# own name); the full path shows on hover.
menu-recent-item = { $name } — { $folder }
menu-recent-missing = { $name } (недостаје)
menu-recent-gone = { $path } више не постоји
menu-recent-remove = Уклони { $name }
menu-recent-remove-hint = Уклони је са ове листе
menu-undo-what = Опозови: { $what }
menu-redo-what = Понови: { $what }
menu-one-line-rows = Скраћени текстови у табели
menu-show-tags = Прикажи панел ознака
menu-hide-tags = Сакриј панел ознака
menu-tags-no-room = Сакриј панел ознака (нема места при овој величини: проширите прозор или умањите)
menu-on = { $label } (укључено)
menu-off = { $label } (искључено)
menu-in-use = { $label } (у употреби)
menu-shortcuts-rows = Следећи / претходни ред
# Help > About: what a paper needs to cite exactly what was used ($file, $readme: file names).
about-version = Верзија { $version }
about-data = Уграђени подаци: { $dataset }, издање { $release }
about-licence = Лиценца: { $licence }
about-readme = Како се инсталира, користи и цитира: { $readme }, овде
about-readme-missing = Овај примерак је стигао без { $readme }; онај у изворном коду каже како се инсталира, користи и цитира
about-cite = За цитирање програма и издања података: { $file }, поред { $readme }
# The message box when no graphics backend could draw the window.
graphics-failed-title = Mandate Compare не може да отвори свој прозор
graphics-failed-body = Ниједан начин исцртавања прозора није успео на овом рачунару:
graphics-failed-advice = Шта да пробате: инсталирајте или ажурирајте драјвер графичке картице (на Линуксу: { $packages }); на удаљеној радној површини или у виртуелној машини покрените програм на самом рачунару. Команде којима не треба прозор ({ $commands }) раде исто.
command-new = Ново из уграђених података
command-new-from-resolution = Ново поређење из резолуције…
command-open = Отвори…
command-save = Сачувај
command-save-as = Сачувај као…
command-compare-with = Упореди са…
command-end-compare = Изађи из поређења
command-merge-from = Споји из…
command-update-dataset = Ажурирај уграђене податке…
command-export-markdown = Извези као Markdown…
command-export-csv = Извези као CSV…
command-export-notes-csv = Извези белешке као CSV…
command-export-html = Извези као HTML страницу…
command-export-csl-json = Извези изворе као CSL-JSON…
command-export-bibtex = Извези изворе као BibTeX…
command-export-qdpx = Извези као REFI-QDA пројекат…
command-toggle-export-private = Укључи приватне белешке у извоз
command-export-image = Извези приказ као PNG…
command-export-slides = Извези слајдове као PNG…
command-quit = Изађи
command-undo = Опозови
command-redo = Понови
command-find = Пронађи
command-add-row = Додај ред
command-remove-row = Уклони ред
command-holders-and-sources = Носиоци и извори…
command-clear-filters = Обриши филтере
command-deselect = Назад на преглед
command-show-table = Табела
command-show-summary = Прегледна слика
command-show-timeline = Временска линија
command-toggle-tags = Панел ознака
command-toggle-reading-mode = Пуни текстови у табели
command-zoom-in = Увећај
command-zoom-out = Умањи
command-zoom-reset = Стварна величина
command-theme-light = Светла тема
command-theme-dark = Тамна тема
command-theme-high-contrast = Висок контраст (пројектор)
command-present = Презентуј
command-next-slide = Следећи слајд
command-previous-slide = Претходни слајд
command-first-slide = Први слајд
command-last-slide = Последњи слајд
command-end-presentation = Заврши презентацију
command-command-palette = Палета команди…
command-show-shortcuts = Пречице на тастатури
command-show-about = О програму Mandate Compare

## Table and filters

table-column-differs = У { $name }
table-column-responsibility = Одговорност ({ $year })
table-column-status-holders = Статус и носиоци данас
table-column-status = Статус данас
table-column-holders = Носиоци данас
table-column-notes = Белешке
table-tab-table = Табела
table-tab-summary = Прегледна слика
table-tab-timeline = Временска линија
table-no-match = Ниједна одговорност не одговара претрази и филтерима.
table-copy-citation = Копирај цитат
table-resize-column = Промени ширину колоне { $column } (превуците или двапут кликните да се прилагоди)
table-row-name = { $label }{ $paragraph }, { $title }, { $status }{ $checked }, { $holders }, { $notes }{ $differs }
table-row-paragraph = , пар. { $paragraph }
table-row-yours = , ваша процена
table-row-as-of = , стање на дан { $date }
table-worded = формулација извора { $source }
table-row-no-holder = без носиоца
table-row-notes =
    { $count ->
        [0] без бележака
        [one] { $count } белешка
        [few] { $count } белешке
       *[other] { $count } бележака
    }
table-row-differs = , разликује се: { $what }
table-paragraph = пар. { $paragraph }
# In a table row a search found by other parts than its title and text; $fields lists them.
table-found-in = Пронађено у: { $fields }
search-field-title = наслов
search-field-text = текст мандата
search-field-summary = сажетак
search-field-holders = носиоци
search-field-events = догађаји
search-field-positions = ставови
search-field-notes = белешке
search-field-tags = ознаке
search-field-authors = аутори белешки
table-as-of-hint = Када су овај статус и његови носиоци последњи пут проверени
table-yours = ваша
table-yours-hint = Ваша процена; уграђена: { $status }
table-theirs = њихова
table-theirs-hint = Сопствена процена: { $author }; уграђена: { $status }
table-differs-hint = Разликује се: { $what }
table-notes-count =
    { $count ->
        [one] { $count } белешка
        [few] { $count } белешке
       *[other] { $count } бележака
    }
table-to-review = { $count } за проверу
table-to-review-hint = Белешке написане пре него што су се чињенице овог реда промениле
table-update = Ажурирај…
table-update-not-now = Не сада
table-update-not-now-hint = Задржи старије податке; понуда се враћа када се датотека поново отвори
filter-compares = Тада: { $original } ({ $original_date }) · Данас: { $current } ({ $current_date })
filter-search = Претрага
filter-search-hint = текстови, носиоци, догађаји, белешке
filter-presence-menu =
    { $count ->
        [0] Присуство: све
       *[other] Присуство: { $count }
    }
filter-status-menu =
    { $count ->
        [0] Статус: све
       *[other] Статус: { $count }
    }
filter-status-one = Статус: { $status }
filter-status-own =
    { $count ->
        [one] { $count } ред се филтрира по сопственој процени, остали по уграђеном статусу
        [few] { $count } реда се филтрирају по сопственој процени, остали по уграђеном статусу
       *[other] { $count } редова се филтрира по сопственој процени, остали по уграђеном статусу
    }
filter-holder-menu =
    { $count ->
        [0] Носилац: све
       *[other] Носилац: { $count }
    }
filter-tag-menu =
    { $count ->
        [0] Ознака: све
       *[other] Ознака: { $count }
    }
filter-none-in-document = Нема их у овом документу
filter-notes-any = Белешке: све
filter-notes-shared = Белешке: дељене
filter-notes-private = Белешке: приватне
filter-any-notes = Све белешке
filter-with-shared = Са дељеним белешкама
filter-with-private = Са приватним белешкама
filter-contested-only = Само спорне
filter-contested-only-hint = Редови са статусом „Спорна” или са забележеним супротстављеним ставовима
filter-has-notes = Са белешкама
filter-all-shown = Приказани сви ({ $total })
filter-some-shown = Приказано { $shown } од { $total }
filter-clear = Обриши филтере
filter-tags = Ознаке:
tags-heading = Ознаке
tags-none = Још нема ознака. Означите белешку да бисте груписали белешке из различитих редова.
tags-click-hint = Кликните на ознаку да бисте приказали само њене редове.
tags-rename-heading = Преименуј или споји ознаку
tags-rename-from = Ознака за преименовање
tags-choose = изаберите…
tags-new-name = Нови назив
tags-new-name-hint = постојећа ознака се спаја
tags-rename = Преименуј свуда
tags-rename-hint = На свакој белешци, као један корак који се може опозвати

## Detail and notes

detail-data-in-english = Текстови мандата, сажеци, догађаји и ставови су на енглеском, као у званичном тексту УН-а.
detail-overview = Преглед
detail-overview-hint = Изаберите одговорност у табели (или притисните стрелицу надоле) да бисте видели шта је с њом било.
detail-back-hint = Напустите овај ред ради прегледа и бележака о целом поређењу (Esc)
detail-jump-note = Напишите белешку…
detail-jump-note-hint = Идите на образац за белешку о овом реду
detail-status-today = Статус данас
detail-count-of = { $count } од { $total }
detail-count-not-assessed = Непроцењено, броји се одвојено од статуса: { $count } од { $total }
detail-count-built-in = Уграђени
detail-count-with-own = Са сопственим проценама
detail-own-count =
    { $count ->
        [one] Сопствена процена замењује уграђени статус у { $count } реду.
        [few] Сопствене процене замењују уграђени статус у { $count } реда.
       *[other] Сопствене процене замењују уграђени статус у { $count } редова.
    }
detail-orphans =
    { $count ->
        [1] Упозорење: { $count } белешка се односи на ред који овај документ нема; задржава се:
        [one] Упозорење: { $count } белешка се односи на редове које овај документ нема; задржава се:
        [few] Упозорење: { $count } белешке се односе на редове које овај документ нема; задржавају се:
       *[other] Упозорење: { $count } бележака се односи на редове које овај документ нема; задржавају се:
    }
detail-notes-whole = Белешке о поређењу у целини
detail-given = Поверена { $year }. године: { $presence }
detail-cite-hint = Како цитирати речи мандата за овај ред
detail-what-happened = Шта се догодило
detail-your-notes = Ваше белешке
detail-text-of = Текст мандата: { $mandate }
detail-quoted = „{ $text }”
detail-as-worded = Формулација из извора { $source }:
detail-wording-of = Формулација извора { $source }; није проверена реч по реч према тексту мандата ({ $mandate }):
detail-checked-against = Проверено реч по реч према извору { $source }
detail-omits = Текст мандата ({ $mandate }) садржи и речи које ова формулација изоставља; познато из извора { $source }: „{ $text }”
detail-cite-quoted = { $citation }: „{ $text }”
detail-cite-worded = { $citation }, у формулацији извора { $source }: { $text }
detail-status-holders = Статус и носиоци данас
detail-built-in = Уграђено:
detail-as-of = стање на дан { $date }
detail-as-of-hint = Месец најновијег документа на коме почивају овај статус и ови носиоци
detail-sources-reach = Најновији извор за овај статус: { $source }, { $date }
detail-yours = Ваше:
detail-set-by = Аутор: { $author }, { $date }
detail-timeline = Временска линија
detail-phases = Ко је био носилац и када
detail-since = { $from } – данас
detail-positions = Ставови
detail-no-positions = Нису забележени супротстављени ставови.
detail-held-by = Заступа: { $holder }
detail-sources = Извори
detail-sources-label = Извори:
detail-source-secondary = { $source } (секундарни)
detail-unknown-source = непознат извор „{ $id }”
detail-open = отвори
detail-open-name = отвори { $source }
detail-copy = копирај
detail-copy-hint = Копирај цитат: { $citation }
detail-copy-name = Копирај цитат: { $source }
detail-no-holder = без носиоца (задатак је окончан)
detail-more-kb = … још { $amount } KB овог текста
detail-more-mb = … још { NUMBER($amount, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB овог текста
detail-show-more = Прикажи више
detail-show-less = Прикажи мање
note-none = Још нема бележака.
note-showing = Белешке: приказано { $shown } од { $total }.
note-show-more = Прикажи још { $count }
note-edited = { $created }, измењено { $modified }
note-private-hint = Никад се не приказује у презентацијама
note-delete-question = Обрисати ову белешку?
note-delete = Обриши
note-keep = Задржи
note-edit = Измени белешку
note-too-long = Дужа је од { $max } знакова, колико прима уређивач
note-delete-button = Обриши белешку
note-facts-changed = Чињенице су се промениле после ове белешке ({ $date })
note-what-changed = Шта се променило: { $what }
note-what-changed-recorded = Шта се променило (како је забележила ранија верзија): { $what }
fact-change-status = статус { $was }, сада { $now }
fact-change-holders = носиоци
fact-change-phases = ко је био носилац и када
fact-change-events =
    { $count ->
        [0] догађаји
        [one] { $count } нов или измењен догађај
        [few] { $count } нова или измењена догађаја
       *[other] { $count } нових или измењених догађаја
    }
fact-change-positions = ставови
note-mark-reviewed = Означи као проверено
note-mark-reviewed-hint = Белешка важи и после промене
note-editing = Измена белешке
note-new = Нова белешка
note-your-name = Ваше име (пита се једном, памти се)
note-your-name-hint = нпр. А. Истраживач
note-signed = Нове белешке потписује { $author }
note-change-name = Промените име
note-change-name-hint = На заједничком рачунару: име које носе нове белешке и процене
note-use-name = Користите ово име
note-text = Текст белешке
note-text-hint = Шта сте приметили, шта треба проверити, с чим се не слажете
note-paste-refused =
    { $chars ->
        [one] Није налепљено: { $chars } знак, а белешка прима највише { $max }. Налепите део или држите дуги текст у датотеци и цитирајте га.
        [few] Није налепљено: { $chars } знака, а белешка прима највише { $max }. Налепите део или држите дуги текст у датотеци и цитирајте га.
       *[other] Није налепљено: { $chars } знакова, а белешка прима највише { $max }. Налепите део или држите дуги текст у датотеци и цитирајте га.
    }
note-tags = Ознаке (одвојене зарезима)
note-tags-hint = треба-извор, полиција
note-shared-hint = Приказује се у презентацијама и извозима
note-private-long-hint = Никад се не приказује у презентацијама; изоставља се из извоза, осим ако се не затражи
note-save = Сачувај белешку
note-add = Додај белешку
note-name-first = Прво упишите своје име
note-cancel = Откажи
assessment-give = Унеси сопствену процену…
assessment-change = Измени своју процену…
assessment-restore = Врати уграђену
assessment-heading = Ваша процена
assessment-status = Ваш статус
assessment-holders = Ваши носиоци
assessment-save = Сачувај процену
assessment-cancel = Откажи

## Compare, merge and agreement

compare-with = Поређење са { $name }:
compare-rows-differ =
    { $count ->
        [0] ниједан ред се не разликује
        [one] { $count } ред се разликује
        [few] { $count } реда се разликују
       *[other] { $count } редова се разликује
    }
compare-marked = (означено у табели)
compare-differ-definition = Ред се разликује када се разликује оно што каже: статус или носиоци (уграђени или сопствена процена), текст или белешке. Ко је то записао и када, не рачуна се.
compare-whole-differs = Разликују се и белешке о поређењу у целини.
compare-merge = Споји из { $name }
compare-merge-hint = Пренесите њихове белешке и процене у свој документ (један корак који се може опозвати)
compare-merged-hint = Све из { $name } већ је у вашем документу или чека испод табеле као конфликт
compare-show-agreement = Прикажи сагласност
compare-hide-agreement = Сакриј сагласност
compare-agreement-hint = Колико се ваше и њихове процене слажу, ред по ред
compare-leave = Изађи из поређења
compare-differs-only-yours = само у вашој
compare-differs-only-theirs = само у њиховој
compare-differs-status = статус
compare-differs-holders = носиоци
compare-differs-assessment = сопствена процена
compare-differs-text = текст реда
compare-differs-notes =
    { $count ->
        [one] { $count } белешка
        [few] { $count } белешке
       *[other] { $count } бележака
    }
compare-row-heading = Поређење са { $name }
compare-same = Исто у обе датотеке.
compare-missing-row = { $name } нема овај ред.
compare-yours = Ваше
compare-theirs = Њихово
compare-status = Статус
compare-holders = Носиоци
compare-assessment = Сопствена процена
compare-row-text = Текст реда
compare-differs = разликује се
compare-none = нема
compare-by = аутор: { $author }
compare-notes-only-yours = Белешке само у вашој
compare-notes-only-theirs = Белешке само у { $name }
compare-notes-changed = Белешке измењене у { $name } (њихова верзија)
conflict-count =
    { $count ->
        [one] { $count } конфликт при спајању треба разрешити
        [few] { $count } конфликта при спајању треба разрешити
       *[other] { $count } конфликата при спајању треба разрешити
    }{ $rows ->
        [one] { "" }
        [few] , на { $rows } места
       *[other] , на { $rows } места
    }
conflict-keep-all-mine = Задржи све моје
conflict-take-all-theirs = Узми све њихово
conflict-all-hint = Разрешите овако сваки конфликт испод, као један корак који се може опозвати
conflict-explain = Ваша верзија остаје у документу док не изаберете; чување задржава конфликте у датотеци.
conflict-whole = Поређење у целини
conflict-title = Конфликт { $number }: { $what } ({ $place })
conflict-what-status = статус
conflict-what-holders = носиоци
conflict-what-assessment = сопствена процена
conflict-what-row = текст реда
conflict-what-note = белешка
conflict-deleted = обрисано
conflict-keep-mine = Задржи моје
conflict-take-theirs = Узми њихово
conflict-keep-both = Задржи оба
conflict-choice-hint = Конфликт { $number }: { $choice }
agreement-headline =
    { $rows ->
        [one] Сагласност: исти статус у { $same } од { $rows } реда ({ NUMBER($percent, maximumFractionDigits: 0) } %), { $kappa }
        [few] Сагласност: исти статус у { $same } од { $rows } реда ({ NUMBER($percent, maximumFractionDigits: 0) } %), { $kappa }
       *[other] Сагласност: исти статус у { $same } од { $rows } редова ({ NUMBER($percent, maximumFractionDigits: 0) } %), { $kappa }
    }
agreement-kappa = Коенова капа { NUMBER($kappa, minimumFractionDigits: 2, maximumFractionDigits: 2) }
agreement-kappa-undefined = капа није дефинисана
agreement-nothing = Сагласност: нема шта да се мери
agreement-heading = Сагласност са { $name }
agreement-assessed = Редова у обе датотеке: { $common }. Сопствене процене: ваше { $own_mine }, њихове { $own_theirs }, обе { $both }.
agreement-over-own =
    { $rows ->
        [one] Мерено на { $rows } реду који сте обоје сами проценили.
        [few] Мерено на { $rows } реда које сте обоје сами проценили.
       *[other] Мерено на { $rows } редова које сте обоје сами проценили.
    }
agreement-over-all =
    { $rows ->
        [one] Мерено на { $rows } реду који имају обе датотеке; уграђени статус стоји уместо процене где је неко није дао.
        [few] Мерено на сва { $rows } реда; уграђени статус стоји уместо процене где је неко није дао.
       *[other] Мерено на свих { $rows } редова; уграђени статус стоји уместо процене где је неко није дао.
    }
agreement-stand-in = Уграђени статус стоји уместо процене
agreement-stand-in-hint = Мерите и редове које је проценио само једно од вас (или нико), узимајући уместо тога уграђени статус и носиоце из датотеке те особе
agreement-none-both = Ниједан ред нема сопствену процену од обоје: нема шта да се мери. Означите „Уграђени статус стоји уместо процене" да бисте мерили редове које је једно од вас проценило према уграђеним подацима.
agreement-no-common = Две датотеке немају ниједан заједнички ред: нема шта да се мери.
agreement-no-own = Нико од вас није дао сопствену процену ниједног реда који имају обе датотеке: нема шта да се мери (бројке би поредиле само уграђене податке).
agreement-same-status = Исти статус
agreement-same-of =
    { $rows ->
        [one] { $same } од { $rows } реда ({ NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
        [few] { $same } од { $rows } реда ({ NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
       *[other] { $same } од { $rows } редова ({ NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
    }
agreement-cohen = Коенова капа
agreement-kappa-value = { NUMBER($kappa, minimumFractionDigits: 3, maximumFractionDigits: 3) } (сагласност очекивана случајно: { NUMBER($expected, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
agreement-kappa-none = није дефинисана: обе процене свим редовима дају један те исти статус
agreement-holders = Носиоци (средњи Жакаров индекс)
agreement-holders-value = { NUMBER($value, minimumFractionDigits: 3, maximumFractionDigits: 3) }
agreement-built-in = { $status } (уграђена)
agreement-disagreements =
    { $count ->
        [0] Сваком реду дајете исти статус
        [one] { $count } ред с различитим статусима
        [few] { $count } реда с различитим статусима
       *[other] { $count } редова с различитим статусима
    }
agreement-row = { $row }: ваше { $mine }; њихово { $theirs }
agreement-row-hint = { $title }. Преклапање носилаца { NUMBER($overlap, minimumFractionDigits: 2, maximumFractionDigits: 2) } (1: исти носиоци).
agreement-pairs = Редови по пару статуса (лево: ваши; горе: њихови)
agreement-pair-hint =
    { $count ->
        [one] Ваше { $mine }, њихово { $theirs }: { $count } ред
        [few] Ваше { $mine }, њихово { $theirs }: { $count } реда
       *[other] Ваше { $mine }, њихово { $theirs }: { $count } редова
    }

## Summary, timeline and slides

summary-status-today = Статус данас
summary-status-bar = { $status }: { $count } од { $total }
summary-not-assessed = Непроцењено (још без статуса), броји се одвојено од статуса: { $count } од { $total }
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
timeline-bar-held = { $from } до { $until }: { $status }, носиоци: { $holders }
timeline-bar-unheld = { $from } до { $until }: { $status }, без носиоца
slide-keys = Десно или Размакница: даље · Лево: назад · Esc: излаз
slide-overview-subtitle =
    { $count ->
        [1] { $mandate }: { $count } одговорност и шта је било с њом
        [one] { $mandate }: { $count } одговорност и шта је било с њима
        [few] { $mandate }: { $count } одговорности и шта је било с њима
       *[other] { $mandate }: { $count } одговорности и шта је било с њима
    }
slide-timeline-title = Ко је био носилац чега и када
slide-no-holder = без носиоца: задатак је окончан
slide-as-of = стање на дан { $date }
slide-quote = „{ $text }”
slide-worded = формулација извора { $source }, не речи самог мандата
slide-sources-reach = извори до { $date }
slide-talking-points = Теме за разговор
slide-key-dates = Кључни датуми
slide-positions = Ставови
slide-own-assessment = Сопствена процена, { $author }:
slide-built-in = Уграђено:
slide-own-same = исто
slide-exporting = Чува се слајд { $slide } од { $total } као PNG слика
summary-own-counted =
    { $count ->
        [one] { $count } ред се броји по сопственој процени, не по уграђеном статусу
        [few] { $count } реда се броје по сопственој процени, не по уграђеном статусу
       *[other] { $count } редова се броји по сопственој процени, не по уграђеном статусу
    }

## Dialogs and messages

dialog-cancel = Откажи
dialog-save = Сачувај
dialog-open = Отвори
dialog-save-as = Сачувај као…
dialog-unsaved-heading = Сачувати измене документа { $name }?
dialog-unsaved-heading-builtin = Сачувати ваше измене у сопственој датотеци?
dialog-unsaved-builtin-note = Уграђени подаци који долазе уз апликацију никад се не мењају: ваше измене иду у нову датотеку.
dialog-unsaved-before-new = Ваше измене ће бити изгубљене ако их не сачувате пре него што почнете изнова од уграђених података.
dialog-unsaved-before-open = Ваше измене ће бити изгубљене ако их не сачувате пре отварања друге датотеке.
dialog-unsaved-before-quit = Ваше измене ће бити изгубљене ако их не сачувате пре изласка.
dialog-dont-save = Не чувај
dialog-type-path-label = Путања
dialog-type-path-no-dialog = На овом рачунару не може да се прикаже прозор за датотеке, па се путања уписује овде.
dialog-path-open-heading = Отворите документ
dialog-path-document-body = Упишите пуну путању документа (.ron датотеке) који отварате.
dialog-path-compare-heading = Упоредите са датотеком колеге
dialog-path-merge-heading = Спојите из датотеке колеге
dialog-path-colleague-body = Упишите пуну путању њиховог документа (.ron датотеке).
dialog-path-compare = Упореди
dialog-path-merge = Споји
dialog-path-save-heading = Сачувајте документ као
dialog-path-save-body = Упишите пуну путању документа (.ron датотеке) који се уписује.
dialog-path-export-heading = Извоз: { $kind }
dialog-path-export-body = Упишите пуну путању датотеке која се уписује ({ $kind }, .{ $extension }).
dialog-path-export = Извези
dialog-path-image-heading = Извезите приказ као PNG слику
dialog-path-image-body = Упишите пуну путању PNG слике која се уписује.
dialog-path-slides-heading = Извезите слајдове као PNG слике
dialog-path-slides-body = Упишите пуну путању фасцикле у коју иду слајдови (нова фасцикла се прави).
dialog-external-heading = Датотека { $name } је измењена на диску
dialog-external-body = Други програм (на пример git) изменио је датотеку откако сте је отворили или сачували. Преписивањем се губе те измене; поновним учитавањем губе се ваше.
dialog-overwrite = Препиши
dialog-reload = Учитај поново са диска
dialog-recover-heading = Вратити несачуван рад?
dialog-recover-body = Mandate Compare се није правилно затворио. Несачуване измене датотеке { $name }, последњи пут копиране { $when }, могу се вратити.
dialog-recover-body-builtin = Mandate Compare се није правилно затворио. Несачуване измене уграђених података, последњи пут копиране { $when }, могу се вратити.
dialog-recover-more =
    { $count ->
        [one] (После ове чека још { $count } копија.)
        [few] (После ове чекају још { $count } копије.)
       *[other] (После ове чека још { $count } копија.)
    }
dialog-restore = Врати
dialog-discard = Одбаци
dialog-decide-later = Одлучи касније
dialog-update-heading = Ажурирати на уграђене податке издања { $release }?
dialog-update-body = Чињенице које су се промениле од издања { $from } (статуси, носиоци, догађаји, ставови, извори) преузимају се из нових података. Све што сте написали остаје: белешке, ознаке, ваше сопствене процене и редови или извори које сте додали или изменили. Где сте изменили уграђени текст који су изменили и нови подаци, наводе се обе верзије да изаберете. Белешке на редовима чије су се чињенице промениле означавају се за проверу.
dialog-update-undo = То је један корак који Опозови враћа, а датотека није сачувана док је не сачувате.
dialog-update = Ажурирај
dialog-vanished-heading = Датотека { $name } више није ту
dialog-vanished-body = Датотека је обрисана или преименована откако сте је отворили или сачували (другим програмом, синхронизацијом или git наредбом). Ваше измене су и даље овде.
dialog-write-again = Запиши је поново
dialog-elsewhere-heading = Датотека је отворена у другом прозору
dialog-elsewhere-body = Датотека { $name } је отворена у другом прозору програма Mandate Compare (процес { $pid }). Два прозора која чувају исту датотеку преписивала би измене један другом. Овде је можете читати без мењања, а помоћу команде „Сачувај као” задржати сопствену копију.
dialog-open-read-only = Отвори само за читање
dialog-filter-document = Mandate Compare документ (*.ron)
dialog-open-title = Отвори поређење
dialog-open-text-title = Отвори текст резолуције
dialog-filter-text = Обичан текст (*.txt)
dialog-path-text-heading = Отворите текст резолуције
dialog-path-text-body = Упишите пуну путању текста резолуције (.txt датотеке са обичним текстом у UTF-8) који читате.
dialog-save-title = Сачувај поређење као
dialog-export-title = Извоз: { $kind }
dialog-slides-title = Извези слајдове у
dialog-png-image = PNG слика
dialog-palette-title = Палета команди
dialog-palette-label = Команда
dialog-palette-hint = Упишите део команде, нпр. „сач”
dialog-palette-none = Ниједна команда се не поклапа
dialog-drop-hint = Спустите .ron документ да бисте га отворили
dialog-drop-files =
    Спустите да отворите:
    { $files }
message-no-file-dialog = На овом рачунару није могуће приказати прозор за датотеке. Упишите путању.
message-no-folder-dialog = Овде нема прозора за избор фасцикле. Упишите фасциклу.
message-builtin-broken = Уграђени подаци су оштећени: { $error }
message-empty-title = Празно поређење
message-empty-original = Првобитни мандат
message-empty-today = Данас
message-started-again = Почели сте изнова од уграђених података
message-opened-read-only = Отворено само за читање: { $reason }. Употребите „Сачувај као” да задржите копију коју можете мењати.
message-opened =
    Отворена је датотека { $file } ({ $rows ->
        [one] { $rows } одговорност
        [few] { $rows } одговорности
       *[other] { $rows } одговорности
    }, { $notes ->
        [one] { $notes } белешка
        [few] { $notes } белешке
       *[other] { $notes } бележака
    })
message-opened-with-problems =
    { $count ->
        [1] Датотека { $file } је отворена, али има { $count } проблем: { $problem }
        [one] Датотека { $file } је отворена, али има { $count } проблем; први: { $problem }
        [few] Датотека { $file } је отворена, али има { $count } проблема; први: { $problem }
       *[other] Датотека { $file } је отворена, али има { $count } проблема; први: { $problem }
    }
message-not-opened = Датотека није отворена; отворени документ је непромењен. { $error }
message-not-saved-read-only = Није сачувано преко датотеке { $file }, која је отворена само за читање: { $reason } Изаберите друго име.
message-saved = Сачувано: { $file }
message-saved-with-conflicts =
    { $count ->
        [one] Сачувано: { $file }; остао је { $count } нерешен конфликт при спајању, чува се у датотеци
        [few] Сачувано: { $file }; остала су { $count } нерешена конфликта при спајању, чувају се у датотеци
       *[other] Сачувано: { $file }; остало је { $count } нерешених конфликата при спајању, чувају се у датотеци
    }
message-not-saved = Није сачувано; датотека на диску је непромењена. { $error }
message-read-only-elsewhere = Датотека { $name } је отворена у другом прозору програма Mandate Compare (процес { $pid }); овде је отворена само за читање да ниједан прозор не би преписао измене другог. Употребите „Сачувај као” да задржите копију коју можете мењати.
message-comparing = Поређење са { $name }: { $differ }
message-compare-failed = Датотека за поређење није отворена; ништа није промењено. { $error }
message-compare-ended = Поређење са { $name } је завршено
message-merge-failed = Датотека за спајање није отворена; документ је непромењен. { $error }
message-nothing-to-merge = Нема шта да се споји: { $name } нема ништа што овом документу недостаје
message-merged =
    Спојено са { $name }: { $added ->
        [one] додата је { $added } белешка
        [few] додате су { $added } белешке
       *[other] додато је { $added } бележака
    }{ $conflicts ->
        [0] { "" }
        [one] , { $conflicts } конфликт треба решити испод табеле
        [few] , { $conflicts } конфликта треба решити испод табеле
       *[other] , { $conflicts } конфликата треба решити испод табеле
    }{ $notices }; сада { $differ }. Опозови враћа цело спајање.
message-conflict-resolved =
    Конфликт је решен: { $choice ->
        [mine] задржи моје
        [theirs] узми њихово
       *[both] задржи оба
    }; преостало: { $left }{ $marked ->
        [0] { "" }
        [one] ; { $marked } белешка написана пре промене чињеница реда означена је за проверу
        [few] ; { $marked } белешке написане пре промене чињеница реда означене су за проверу
       *[other] ; { $marked } бележака написаних пре промене чињеница реда означено је за проверу
    }
message-conflicts-all-resolved =
    { $count ->
        [one] Решен је { $count } конфликт
        [few] Решена су { $count } конфликта
       *[other] Решено је { $count } конфликата
    }: { $choice ->
        [mine] задржано је све моје
       *[theirs] узето је све њихово
    }{ $marked ->
        [0] { "" }
        [one] ; { $marked } белешка написана пре промене чињеница реда означена је за проверу
        [few] ; { $marked } белешке написане пре промене чињеница реда означене су за проверу
       *[other] ; { $marked } бележака написаних пре промене чињеница реда означено је за проверу
    }
message-conflict-gone = Тај конфликт је већ решен
message-exported =
    Извезено: { $format } у { $file } ({ $private ->
        [yes] са приватним белешкама
       *[no] без приватних бележака
    })
message-not-exported = Није извезено. { $error }
message-export-replaced =
    { $count ->
        [one] { $count } знак који програми за читање не прихватају (контролни знак или Unicode незнак) замењен је знаком за замену (У+ФФФД)
        [few] { $count } знака која програми за читање не прихватају (контролни знакови или Unicode незнакови) замењена су знаком за замену (У+ФФФД)
       *[other] { $count } знакова које програми за читање не прихватају (контролни знакови или Unicode незнакови) замењено је знаком за замену (У+ФФФД)
    }
message-already-newest = Овај документ већ користи најновије уграђене податке или није заснован на њима
message-updated =
    Ажурирано на уграђене податке издања { $release }: { $rows ->
        [one] промењен је { $rows } ред
        [few] промењена су { $rows } реда
       *[other] промењено је { $rows } редова
    }, { $sources ->
        [one] додат је { $sources } извор
        [few] додата су { $sources } извора
       *[other] додато је { $sources } извора
    }, { $notes ->
        [one] { $notes } ваша белешка на промењеним редовима означена је за проверу
        [few] { $notes } ваше белешке на промењеним редовима означене су за проверу
       *[other] { $notes } ваших бележака на промењеним редовима означено је за проверу
    }{ $conflicts ->
        [0] { "" }
        [one] ; { $conflicts } конфликт где сте изменили уграђени текст који су изменили и нови подаци, наведен испод табеле
        [few] ; { $conflicts } конфликта где сте изменили уграђене текстове које су изменили и нови подаци, наведена испод табеле
       *[other] ; { $conflicts } конфликата где сте изменили уграђене текстове које су изменили и нови подаци, наведених испод табеле
    }{ $notices }. Још није сачувано; Опозови враћа цело ажурирање.
message-update-offer = Ова датотека користи уграђене податке издања { $built_on }; доступно је издање { $latest }.
message-update-assumed =
    { $differences ->
        [0] Датотека не наводи на којим је уграђеним подацима заснована; њен садржај су уграђени подаци издања { $release }.
        [one] Датотека не наводи на којим је уграђеним подацима заснована; најближе је издање { $release } ({ $differences } разлика, унета ручно).
        [few] Датотека не наводи на којим је уграђеним подацима заснована; најближе је издање { $release } ({ $differences } разлике, унете ручно).
       *[other] Датотека не наводи на којим је уграђеним подацима заснована; најближе је издање { $release } ({ $differences } разлика, унетих ручно).
    }
message-recovery-not-removed = Копија за опоравак { $file } није уклоњена: { $error }
message-recovery-not-written = Копија за опоравак није записана: { $error }
message-not-removed = Уклањање није успело ({ $file }): { $error }
message-restored = Враћен је несачуван рад од { $when }; сачувајте га да бисте га задржали
message-not-restored = Враћање није успело: { $error }
message-tag-not-renamed = Ниједна белешка нема ознаку { $tag }, или је нови назив празан
message-read-only-refused = Није могуће извршити „{ $what }”: документ је само за читање. Употребите „Сачувај као” да направите копију коју можете мењати.
message-cannot = Није могуће извршити „{ $what }”: { $error }
message-undone = Опозвано: { $what }
message-redone = Поновљено: { $what }
message-nothing-to-undo = Нема шта да се опозове
message-nothing-to-redo = Нема шта да се понови
message-cannot-undo = Опозивање није успело: { $error }
message-cannot-redo = Понављање није успело: { $error }
message-edit-add-note = додавање белешке
message-edit-restore-note = враћање белешке
message-edit-edit-note = измена белешке
message-edit-delete-note = брисање белешке
message-edit-mark-reviewed = означавање белешке као проверене
message-edit-set-assessment = постављање сопствене процене
message-edit-restore-assessment = враћање уграђене процене
message-edit-change-row = измена реда
message-edit-resolve-conflict = решавање конфликта
message-edit-restore-conflict = враћање конфликта
message-edit-merge = спајање
message-edit-rename-tag = преименовање ознаке
message-edit-edit-facts = измена чињеница
message-edit-add-row = додавање реда
message-edit-remove-row = уклањање реда
message-edit-add-presence = додавање присуства
message-edit-edit-presence = измена присуства
message-edit-remove-presence = уклањање присуства
message-edit-add-holder = додавање носиоца
message-edit-edit-holder = измена носиоца
message-edit-remove-holder = уклањање носиоца
message-edit-add-source = додавање извора
message-edit-edit-source = измена извора
message-edit-remove-source = уклањање извора
message-slides-not-exported = Слајдови нису извезени: { $error }
message-image-saved = Слика је сачувана: { $file }
message-image-not-saved = Слика није сачувана: { $error }
message-slides-exported =
    { $count ->
        [one] Извезен је { $count } слајд у { $folder }
        [few] Извезена су { $count } слајда у { $folder }
       *[other] Извезено је { $count } слајдова у { $folder }
    }
message-slides-cancelled = Извоз слајдова је отказан: { $written } од { $total } сачувано у { $folder }
message-not-a-document = Могу се отворити само Mandate Compare документи (.ron датотеке), а не { $files }
message-copied = Копирано: { $citation }
message-busy = { $job } још траје: сачекајте да се заврши или га откажите у статусној траци
message-locked-by-job = Није могуће извршити „{ $what }” док ово траје: { $job } Сачекајте да се заврши или га откажите у статусној траци.
message-job-cancelled = Отказано: { $job } Ништа није промењено ни уписано.
message-job-stale = Није примењено: { $job } Документ се у међувремену променио; покрените поново.
message-read-only-newer-format =
    Датотеку { $file } је написала новија верзија програма Mandate Compare (формат { $found }); ова верзија чита формат { $supported }. Отворена је само за читање: употребите Сачувај као да задржите копију у формату { $supported }. { $count ->
        [0] Свако поље у њој је разумљиво.
        [one] Копија би изоставила { $count } поље које ова верзија не разуме: { $fields }.
        [few] Копија би изоставила { $count } поља која ова верзија не разуме: { $fields }.
       *[other] Копија би изоставила { $count } поља која ова верзија не разуме: { $fields }.
    }
notice-both-changed = обе стране су промениле { $part }; задржава се ваша верзија
notice-row-deleted-in-theirs = ред „{ $row }” је обрисан код њих, а промењен код вас; задржава се
notice-row-deleted-in-yours = ред „{ $row }” је обрисан код вас, а промењен код њих; задржава се
notice-part-title = наслов
notice-part-title-translations = преводе наслова
notice-part-original = првобитни мандат
notice-part-current = садашње уређење
notice-part-key-dates = кључне датуме
notice-part-presence = присуство „{ $id }”
notice-part-holder = носиоца „{ $id }”
notice-part-source = извор „{ $id }”
message-language = Језик интерфејса: { $language }
statusbar-rows =
    { $count ->
        [one] { $count } одговорност
        [few] { $count } одговорности
       *[other] { $count } одговорности
    }
statusbar-notes =
    { $count ->
        [one] { $count } белешка
        [few] { $count } белешке
       *[other] { $count } бележака
    }
statusbar-unsaved = несачуване измене
statusbar-builtin = уграђени подаци
statusbar-warning = Упозорење: { $text }
statusbar-error = Грешка: { $text }
statusbar-dismiss = Затвори
statusbar-job-cancel = Откажи
statusbar-job-cancelling = { $job } (отказује се)
statusbar-job-exporting = Извози се { $format }…
statusbar-job-comparing = Чита се { $name } ради поређења…
statusbar-job-merging = Спаја се { $name }…
statusbar-job-updating = Ажурирање на уграђене податке од { $release }…
statusbar-job-slides = Слајдови се чувају као PNG слике…
title-builtin = Уграђени подаци
title-window = { $marker }{ $name } — { $app }
title-window-read-only = { $marker }{ $name } (само за читање) — { $app }
title-exporting-slides = Чува се слајд { $slide } од { $total } — { $app }

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
    .description = Извори као CSL-JSON, за Zotero, Pandoc и citeproc
export-format-bibtex = BibTeX извора
    .description = Извори као BibTeX, за LaTeX и програме за референце
export-format-qdpx = REFI-QDA пројекат
    .description = REFI-QDA пројекат (.qdpx) за QualCoder, ATLAS.ti, NVivo или MAXQDA (само извоз)
export-compared = Тада: { $original } ({ $original_date }). Данас: { $current } ({ $current_date }).
export-held-today = Носиоци данас
export-notes = Белешке
export-own-status = сопствена процена: { $status }
export-own-assessment = { $status }; носиоци: { $holders } ({ $author }, { $date })
export-nobody = нико
export-as-of = стање на дан { $date }
export-as-worded = Формулација из извора { $source }:
export-worded = Формулација извора { $source }; није проверена реч по реч према тексту мандата ({ $mandate }):
export-omits = Текст мандата ({ $mandate }) садржи и речи које ова формулација изоставља; познато из извора { $source }: „{ $text }”
export-checked = речи самог мандата, проверено према извору { $source }
export-who-held-when = Ко је био носилац и када
export-phase = од { $date }: { $status }; носиоци: { $holders }
export-what-happened = Шта се догодило
export-positions = Ставови
export-sources = Извори
export-notes-whole = Белешке о поређењу у целини
export-notes-orphans = Белешке о редовима којих нема у овом документу
export-note-changed = измењено { $date }
export-note-private = приватна
export-note-about = о реду { $row }
export-tags = Ознаке
export-timeline = Ко је био носилац чега и када
export-svg-name =
    { $count ->
        [1] Временска линија за { $count } одговорност, од { $date } ({ $mandate }) до данас ({ $today }): ко је био носилац и када
        [one] Временска линија за { $count } одговорност, од { $date } ({ $mandate }) до данас ({ $today }): ко је био носилац сваке и када
        [few] Временска линија за { $count } одговорности, од { $date } ({ $mandate }) до данас ({ $today }): ко је био носилац сваке и када
       *[other] Временска линија за { $count } одговорности, од { $date } ({ $mandate }) до данас ({ $today }): ко је био носилац сваке и када
    }
export-qdpx-source = { $presence }: одговорности речима мандата
export-qdpx-private-note = Приватна белешка
export-qdpx-status-code = Шта је било с функцијом на терену (уграђена процена)
export-qdpx-own-code = Корисников сопствени статус реда, поред уграђеног
# The name of an own-assessment code ("Own assessment: Shared"), unlike the status codes' names: QDA
# tools such as QualCoder want every code name once.
export-qdpx-own-status-code = { glossary-own-assessment }: { $status }
export-qdpx-tag-code = Белешке са ознаком { $tag }
export-qdpx-tags-code = Ознаке бележака у реду
export-qdpx-whole-document = цео документ
export-qdpx-missing-row = ред { $row }, којег нема у овом документу
export-qdpx-note = Белешка ({ $author }): { $subject }
export-qdpx-description = { $title }. Тада: { $original }; данас: { $current }. Извезено из програма Mandate Compare.
export-qdpx-description-dataset = { $title }. Тада: { $original }; данас: { $current }; уграђени подаци { $dataset }, издање { $release }. Извезено из програма Mandate Compare.

## Errors of files

error-cannot-read = { $file }: датотека не може да се прочита: { $reason }
error-not-utf8 = { $file }:{ $line }:{ $column }: очекиван је UTF-8 текст; сачувајте датотеку као UTF-8 (pdftotext подразумевано пише UTF-8)
error-too-large =
    { $file }: датотека има { $size ->
        [one] { $size } бајт
        [few] { $size } бајта
       *[other] { $size } бајтова
    }, више од { $limit ->
        [one] { $limit } бајта
        [few] { $limit } бајта
       *[other] { $limit } бајтова
    } колико документ сме да има
error-newer-format = { $file }: датотека је у формату { $found }, који је записала новија верзија програма Mandate Compare; ова верзија чита формат { $supported } и старије
error-cannot-save = { $file } не може да се сачува: { $step }: { $reason }
error-cannot-create-folder = фасцикла { $folder } не може да се направи: { $reason }
error-os-not-found = нема такве датотеке ни фасцикле
error-os-permission-denied = приступ није дозвољен
error-os-read-only = диск је само за читање
error-os-storage-full = диск је пун
error-os-is-a-folder = то је фасцикла
error-os-invalid-data = датотека није UTF-8 текст
error-step-folder = путања је фасцикла
error-step-link = праћење симболичке везе
error-step-temporary = прављење привремене датотеке у фасцикли
error-step-permissions = давање новој датотеци дозвола старе
error-step-write = уписивање привремене датотеке
error-step-backup = чување резервне копије
error-step-rename = замена циљне датотеке привременом
error-edit-no-note = не постоји белешка са ознаком „{ $id }”
error-edit-duplicate-note = белешка са ознаком „{ $id }” већ постоји
error-edit-no-row = не постоји ред са ознаком „{ $id }”
error-edit-no-conflict = не постоји конфликт број { $number }
error-edit-empty-note = белешка је празна
error-edit-built-in = чињенице уграђених података не мењају се у апликацији; ваше белешке и сопствене процене могу
error-edit-duplicate-id = ознака „{ $id }” се већ користи
error-edit-no-presence = не постоји присуство са ознаком „{ $id }”
error-edit-no-holder = не постоји носилац са ознаком „{ $id }”
error-edit-no-source = не постоји извор са ознаком „{ $id }”
error-edit-still-cited = „{ $id }” се још наводи у: { $by }
error-step-inspect = преглед онога што се налази на путањи
error-step-special = путања је уређај, цев или утичница, а не датотека
error-step-stream = уписивање у уређај или цев
error-step-lock = закључавање привремене датотеке
error-step-flush = пражњење привремене датотеке
error-step-sync = синхронизовање привремене датотеке на диск
error-step-check = поновно читање датотеке да би се видело да ли се променила
error-step-backup-sync = синхронизовање резервне копије на диск
error-step-backup-rename = постављање нове резервне копије на место старе
error-step-sync-folder = синхронизовање фасцикле на диск
error-step-png = кодирање PNG слике
error-step-recovery-folder = прављење фасцикле за опоравак
error-step-open-mark = означавање датотеке као отворене у овом прозору
error-serialize = документ не може да се запише као RON: { $reason }
error-changed-on-disk = { $file } се променио на диску пошто је прочитан (уписао га је други програм); ништа није записано, па та измена остаје: покрените команду поново

## Sala: datoteke mnogih učesnika jednog poređenja, jedna pored druge (zahtev 28)

command-open-room = Отвори датотеке сале…
command-end-room = Затвори салу
command-toggle-blind = Слепо оцењивање
command-show-room = Прикажи салу
table-tab-room = Сала
message-edit-blind = укључивање или искључивање слепог оцењивања
dialog-open-room-title = Датотеке сале (изаберите више њих)
dialog-path-room-heading = Отворите датотеке сале
dialog-path-room-body = Упишите пуну путању фасцикле са документима учесника (.ron датотеке) или једног документа.
statusbar-job-room =
    { $count ->
        [one] Чита се { $count } датотека сале…
        [few] Читају се { $count } датотеке сале…
       *[other] Чита се { $count } датотека сале…
    }
message-room-opened =
    { $count ->
        [one] Сала: отворена је { $count } датотека{ $updated }{ $refused }
        [few] Сала: отворене су { $count } датотеке{ $updated }{ $refused }
       *[other] Сала: отворено је { $count } датотека{ $updated }{ $refused }
    }
message-room-updated =
    { $count ->
        [one] ; { $count } је направљена на старијим уграђеним подацима и ажурирана је у меморији (датотека се не мења)
        [few] ; { $count } су направљене на старијим уграђеним подацима и ажуриране су у меморији (датотеке се не мењају)
       *[other] ; { $count } је направљено на старијим уграђеним подацима и ажурирано је у меморији (датотеке се не мењају)
    }
message-room-refused =
    { $count ->
        [one] ; { $count } датотека није отворена: { $files }
        [few] ; { $count } датотеке нису отворене: { $files }
       *[other] ; { $count } датотека није отворено: { $files }
    }
message-room-none = Ниједна датотека сале није могла да се отвори: { $files }
message-room-no-files = Ту нема докумената (.ron датотека) који би се отворили као датотеке сале.
message-room-other = { $file } нема ниједан ред овог поређења: није направљена на истом
message-room-closed = Сала је затворена; документ је какав је био.
message-blind-on = Слепо оцењивање је укључено: уграђени статус и носиоци и туђе процене скривени су док их не откријете. Датотека то памти.
message-blind-off = Откривено: уграђени статус и носиоци поново се приказују.
blind-banner = Слепо оцењивање: дајте сопствену процену; уграђени статус и носиоци и процене свих осталих су скривени.
blind-reveal = Откриј
blind-reveal-hint = Прикажи уграђени статус и носиоце и туђе процене (искључује слепо оцењивање)
blind-hidden = скривено
blind-hidden-detail = Скривено док оцењујете наслепо. „Откриј” их приказује.
blind-hidden-view = Скривено док оцењујете наслепо: овај приказ показује уграђене статусе. „Откриј” га приказује.
room-none = Ниједна сала није отворена. Датотека > Отвори датотеке сале… (или превуците више датотека на прозор) приказује процене учесника једну поред друге.
room-blind = Сала је скривена док оцењујете наслепо.
room-heading =
    { $people ->
        [one] Сала: { $people } особа
        [few] Сала: { $people } особе
       *[other] Сала: { $people } особа
    }
room-measured = Редова које су бар две особе саме оцениле: { $rows } ({ $values } процена, { $raters } од { $people } особа)
room-alpha = Криппендорффова алфа { NUMBER($alpha, minimumFractionDigits: 3, maximumFractionDigits: 3) }
room-alpha-none = Криппендорффова алфа није дефинисана (нема шта да се упари или је свуда исти статус)
room-kappa = Флеиссова капа { NUMBER($kappa, minimumFractionDigits: 3, maximumFractionDigits: 3) }
room-kappa-unequal = Нема Флеиссове капе: потребан јој је исти број оцењивача у сваком реду, а редови имају од { $fewest } до { $most }
room-kappa-nothing = Нема Флеиссове капе: ниједан ред нема два оцењивача
room-kappa-chance = Нема Флеиссове капе: сви су сваком реду дали исти статус
room-overlap = Преклапање носилаца { NUMBER($overlap, minimumFractionDigits: 2, maximumFractionDigits: 2) } (просечни Јаццардов индекс сваког пара)
room-show-names = Именуј оне који су сами у свом читању
room-show-names-hint = Искључено при пројекцији: сала види колико њих је само у читању реда, а не ко
room-sort = Највеће неслагање прво
room-col-row = Одговорност
room-col-statuses = Изабрани статуси
room-col-holders = Већина наводи
room-col-built-in = Уграђено
room-col-agreement = Сагласни парови, сами
room-count = { $status } { $count }
room-assessed = { $words } ({ $count } од { $people })
room-nobody = нико га није оценио
room-built-in-status = уграђено: { $status }
room-built-in = уграђено
room-agreement-value = { NUMBER($percent, maximumFractionDigits: 0) } %
room-alone-count = сами у читању: { $count }
room-alone-names = Сами: { $names }
room-named-by = { $holder } ({ $count })
room-most-named = Већина наводи: { $holders }
room-row-name = { $row }: { $statuses }; уграђено { $built_in }; сагласни парови { $agreement }{ $alone }
room-detail-heading = Сала
room-notes-heading = Белешке из сале
room-notes-none = Ниједан учесник није написао заједничку белешку о овом реду.
room-slide-label = Сала:
room-slide-note = { $author }: { $text }
command-export-room-csv = Извези бројке сале као CSV…
dialog-room-csv = CSV са бројкама сале
dialog-path-room-csv-heading = Извезите бројке сале као CSV
dialog-path-room-csv-body = Упишите пуну путању CSV датотеке која се пише (.csv): један ред за сваки ред, са бројем оних који су изабрали сваки статус.
room-people = Особе и редови које је свака оценила
room-person =
    { $count ->
        [one] { $name }: { $count } ред
        [few] { $name }: { $count } реда
       *[other] { $name }: { $count } редова
    }
# File > New comparison from a resolution… (ui/from_text.rs).
from-text-heading = Ново поређење из резолуције
from-text-paste = Текст резолуције
from-text-paste-hint = Налепите текст овде (из PDF-а или са веб-странице)
from-text-presence = Присуство (мисија)
from-text-presence-hint = нпр. УНИФИЛ
from-text-paragraph-presence = Параграф { $paragraph }, присуство
from-text-date = Датум усвајања (текст га не наводи)
from-text-none = Још није пронађен ниједан нумерисани оперативни параграф
from-text-no-symbol = без ознаке
from-text-no-date = без датума
from-text-found =
    { $rows ->
        [one] Пронађен { $rows } ред. Уклоните ознаку са онога што изостављате; кликните на наслов да бисте ред поделили или спојили са следећим.
        [few] Пронађена { $rows } реда. Уклоните ознаку са онога што изостављате; кликните на наслов да бисте ред поделили или спојили са следећим.
       *[other] Пронађено { $rows } редова. Уклоните ознаку са онога што изостављате; кликните на наслов да бисте ред поделили или спојили са следећим.
    }
from-text-create = Направи поређење
from-text-open-file = Отвори .txt датотеку…
from-text-address = Преузето са (адреса)
from-text-unknown = није пронађено
from-text-recognised = Препознато: ознака { $symbol } · резолуција { $number } из { $year } · усвојена { $date }
from-text-part = { $pinpoint }, део { $part }
from-text-through = { $first }–{ $last }
from-text-select-row = Кликните на наслов реда да бисте га поделили или спојили са следећим
from-text-row-words = Речи за { $pinpoint } (кликните где делите)
from-text-split-before = Подели испред
from-text-split-hint = кликните у речи изнад или упишите речи којима нови ред почиње
from-text-split = Подели овде
from-text-split-tip = Ред постаје два: речи пре ових и остатак
from-text-merge = Споји са следећим редом
from-text-row-presence = Присуство овог реда
from-text-pasted = Налепљени текст
message-new-from-text =
    { $rows ->
        [one] Ново поређење са { $rows } редом, још непроцењеним: сачувајте га да бисте га задржали
        [few] Ново поређење са { $rows } реда, још непроцењена: сачувајте га да бисте га задржали
       *[other] Ново поређење са { $rows } редова, још непроцењених: сачувајте га да бисте га задржали
    }
# Lista provera.
checks-title = Провере
checks-none = нема проблема: поређење пролази цхецк --стрицт
checks-count =
    { $errors ->
        [one] { $errors } грешка
        [few] { $errors } грешке
       *[other] { $errors } грешака
    }, { $warnings ->
        [one] { $warnings } упозорење
        [few] { $warnings } упозорења
       *[other] { $warnings } упозорења
    }
checks-hint = Шта mandate-compare цхецк --стрицт каже о овом поређењу, ажурирано док радите. Кликните на проблем да изаберете његов ред.
# Uređivanje činjenica poređenja.
facts-edit = Уреди чињенице
facts-edit-hint = Измените текст, статус, носиоце, изворе, догађаје, ставове и фазе овог реда. Опозови враћа сваку измену.
facts-heading = Чињенице реда
facts-done = Готово
facts-title = Наслов
facts-paragraph = Параграф
facts-presence = Присуство
facts-original = Текст мандата
facts-status = Статус
facts-as-of = Стање на дан (YYYY, YYYY-ММ или YYYY-ММ-ДД)
facts-bad-date = „{ $found }” није датум: напишите YYYY, YYYY-ММ или YYYY-ММ-ДД, нпр. 1978-03-19
facts-date-needed = Потребан је датум: YYYY, YYYY-ММ или YYYY-ММ-ДД
facts-date-hint = YYYY-ММ-ДД
facts-holders = Носиоци данас
facts-pick-holders = Носиоци…
facts-summary = Сажетак
facts-sources = Извори за статус и носиоце
facts-pick-sources = Извори…
facts-none-picked = ниједан
facts-nothing-to-pick = Још ниједан: додајте их у Уређивање > Носиоци и извори…
facts-open-registry = Носиоци и извори…
facts-open-registry-hint = Додајте, измените или уклоните носиоце и изворе поређења
facts-events = Догађаји
facts-event = Догађај { $n }
facts-remove-event = Уклони догађај { $n }
facts-event-date = Догађај { $n }: датум
facts-event-text = Догађај { $n }: шта се догодило
facts-event-sources = Догађај { $n }: извори…
facts-add-event = Додај догађај
facts-positions = Ставови
facts-position = Став { $n }
facts-remove-position = Уклони став { $n }
facts-position-held-by = Став { $n }: ко га заступа
facts-position-view = Став { $n }: гледиште
facts-position-sources = Став { $n }: извори…
facts-add-position = Додај став
facts-phases = Ко је био носилац и када
facts-phase = Фаза { $n }
facts-remove-phase = Уклони фазу { $n }
facts-phase-from = Фаза { $n }: од
facts-phase-status = Фаза { $n }: статус
facts-phase-holders = Фаза { $n }: носиоци…
facts-phase-sources = Фаза { $n }: извори…
facts-add-phase = Додај фазу
facts-remove-row = Уклони овај ред
facts-remove-row-hint = Опозови га враћа, а његове белешке остају
facts-built-in = Чињенице уграђених података припадају њиховим уредницима; своје белешке и сопствене процене мењате ви. За сопствено поређење употребите Датотека > Ново поређење из резолуције…
facts-read-only = Документ је само за читање: употребите „Сачувај као” да направите копију коју можете мењати
facts-no-presence = Поређење нема присуство коме би се додао ред
message-row-removed = Уклоњен је ред { $row }; Опозови га враћа
registry-title = Носиоци и извори
registry-presences = Присуства
registry-presence-short = Кратки назив присуства { $id }
registry-presence-name = Пуни назив присуства { $id }
registry-remove-presence = Уклони присуство { $id }
registry-new-presence = Кратки назив новог присуства
registry-add-presence = Додај присуство
registry-close = Затвори
registry-holders = Носиоци
registry-holder-short = Кратки назив ({ $id })
registry-holder-name = Пуни назив ({ $id })
registry-holder-kind = Врста ({ $id })
registry-remove-holder = Уклони носиоца { $id }
registry-new-holder = Кратки назив новог носиоца
registry-add-holder = Додај носиоца
registry-sources = Извори
registry-source-title = Наслов ({ $id })
registry-source-publisher = Издавач ({ $id })
registry-source-date = Датум ({ $id })
registry-source-symbol = Ознака документа ({ $id })
registry-source-url = Адреса ({ $id })
registry-source-primary = Примарни извор ({ $id })
registry-source-primary-hint = Сопствени документ тела које га издаје (УН, ЕУ, НАТО, ОЕБС, влада, суд) на његовој званичној адреси; уклоните ознаку за вести, анализе или копију на другом сајту
registry-remove-source = Уклони извор { $id }
registry-new-source = Наслов новог извора
registry-add-source = Додај извор
registry-cited = Још га наводи: { $by }; прво измените то
registry-more = још { $count }
# Problemi dokumenta, kako ih navode `check` i prozor.
problem-line = { $severity }: { $place }: { $message }
problem-warning = упозорење
problem-error = грешка
problem-format = је { $found }, а ова верзија апликације чита формат { $reads }
problem-empty-id = идентификатор је празан
problem-id-twice = идентификатор { $id } користи се двапут
problem-look-alike = идентификатор { $id } чита се као идентификатор { $earlier }: разликују се само по томе што има { $likeness }, па референца намењена једном може означити други
problem-likeness-normalisation = иста слова у другом Unicode облику (НФЦ/НФД, пуне ширине)
problem-likeness-invisible = размаке око њега или невидљиве знакове (као што је размак нулте ширине)
problem-likeness-case = велика и мала слова
problem-likeness-script = слова другог писма која изгледају исто (ћирилица или грчко писмо уместо латинице)
problem-no-source = не наводи ниједан извор
problem-unknown-source = наводи непознати извор { $id }
problem-unknown-holder = наводи непознатог носиоца { $id }
problem-unknown-presence = наводи непознато присуство { $id }
problem-number-twice = број { $number } користи се двапут за { $presence }
problem-empty-text = текст из 1999. је празан
problem-nobody-holds-view = каже да нико не заступа овај став
problem-not-web-link = веза { $url } није хттп или хттпс адреса
problem-orphan-note = односи се на непознати ред { $row }; чува се и приказује као сироче
problem-field-text = њен текст
problem-field-author = њен аутор
problem-field-tag = једна ознака
problem-direction-control = { $field } садржи невидљиви знак смера { $code } ({ $name }), који може приказати текст другим редом од оног којим је написан
problem-control-character = { $field } садржи контролни знак { $code }, који се приказује као ништа или као квадратић
problem-modified-before-created = измењена је пре него што је направљена
problem-undecided = спајање је оставило неодлучено: { $what }; отворите датотеку у апликацији да изаберете
problem-undecided-row = спајање је оставило неодлучено: { $what } реда { $row }; отворите датотеку у апликацији да изаберете
problem-mirror-primary = означен је као примарни, али води до копије на { $host }; повежите званичну адресу или га означите као секундарни
problem-primary-no-address = примарни је, али нема адресу
problem-official-un = { $symbol } је документ УН; повежите га на { $hosts } (нађено { $found })
problem-official-eu = { $symbol } је акт ЕУ; повежите га на { $hosts } (нађено { $found })
problem-or = или
problem-no-paragraph = не наводи ниједан параграф мандата
problem-paragraph-twice = наводи параграф { $paragraph } други пут
problem-no-as-of = не каже када је његов статус проверен (ас_оф)
problem-as-of-later = стање је од { $as_of }, касније од најновијег документа на којем почивају статус и носиоци ({ $source }, { $newest }); ас_оф је месец тог документа
problem-as-of-earlier = стање је од { $as_of }, раније од документа на којем почивају статус и носиоци ({ $source }, { $newest }); ас_оф је месец тог документа
problem-no-text-from = не каже одакле потиче његов текст мандата (оригинал_фром)
problem-verbatim-no-copy = даје свој текст као саме речи мандата, али не наводи примерак мандата с којим је упоређен (нађено { $found })
problem-wording-no-source = даје свој текст као формулацију, али не наводи извор који га тако формулише (нађено { $found })
problem-omission-unknown = каже да његов текст изоставља речи мандата, али не које, или не из ког познатог текста
problem-one-sided = споран је, али даје ставове { $sides } носилаца; потребна су бар два
problem-events-out-of-order = наводи своје догађаје мимо редоследа датума
problem-no-phases = нема фазе (ко је био носилац и када)
problem-phases-begin-late = фазе почињу { $from }, после мандата од { $mandate }
problem-phases-out-of-order = фазе нису по редоследу датума
problem-last-phase-not-today = последња фаза није данашњи статус и носиоци (морају бити исти)
