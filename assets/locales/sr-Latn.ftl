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

summary-status-today = Status danas
summary-status-bar = { $status }: { $count } od { $total }
summary-flow-heading = Ko je danas nosilac čega: od prisustava iz { $year }, preko današnjeg statusa, do današnjih nosilaca
summary-band = Od { $from } do { $to }
summary-no-holder = Bez nosioca (zadatak okončan)
summary-node-presence = prisustvo { $label }
summary-node-status = status { $label }
summary-node-holder = nosilac { $label }

timeline-empty = Nema odgovornosti za prikaz
timeline-line-today = Danas, { $date }
timeline-period = od { $date } { $status }, { $holders }
timeline-no-holder = bez nosioca
timeline-until-today = danas
timeline-bar-held = { $from } do { $until }: { $status }, nosilac: { $holders }
timeline-bar-unheld = { $from } do { $until }: { $status }, bez nosioca

slide-keys = Desno ili razmak: dalje · Levo: nazad · { $leave_key }: izlaz
slide-overview-subtitle =
    { $count ->
        [one] { $count } odgovornost iz { $mandate }: šta je bilo s njom
        [few] { $count } odgovornosti iz { $mandate }: šta je bilo s njima
       *[other] { $count } odgovornosti iz { $mandate }: šta je bilo s njima
    }
slide-timeline-title = Ko je bio nosilac čega i kada
slide-no-holder = bez nosioca: zadatak je okončan
slide-as-of = stanje na dan { $date }
slide-quote = „{ $text }“
slide-talking-points = Teme za razgovor
slide-key-dates = Ključni datumi
slide-positions = Stavovi
slide-own-assessment = (vaša procena)

## Dialogs and messages

## Exports

export-format-md = Markdown
    .description = Markdown dokument: tabela odgovornosti, zatim svaki red u celini
export-format-csv = CSV odgovornosti
    .description = Jedan CSV red po odgovornosti, sa zaglavljem
export-format-notes-csv = CSV beležaka
    .description = Jedan CSV red po belešci, sa zaglavljem
export-format-html = HTML stranica
    .description = Samostalna HTML stranica koja se dobro štampa
export-format-csl-json = CSL-JSON izvora
    .description = Izvori kao CSL-JSON, za programe za citiranje i reference
export-format-bibtex = BibTeX izvora
    .description = Izvori kao BibTeX, za LaTeX i programe za reference
export-format-qdpx = REFI-QDA projekat
    .description = REFI-QDA projekat (.qdpx) za QualCoder, MAXQDA i druge programe za kvalitativnu analizu (samo izvoz)

export-compared = { $original } ({ $original_date }) u poređenju sa { $current } ({ $current_date }).
export-held-today = Današnji nosioci
export-notes = Beleške
export-own-status = sopstvena procena: { $status }
export-own-assessment = { $status }; nosilac: { $holders } ({ $author }, { $date })
export-nobody = niko
export-as-of = stanje na dan { $date }
export-as-worded = Formulacija iz izvora { $source }:
export-who-held-when = Ko je bio nosilac i kada
export-phase = od { $date }: { $status }; nosilac: { $holders }
export-what-happened = Šta se dogodilo
export-positions = Stavovi
export-sources = Izvori
export-notes-whole = Beleške o celom poređenju
export-notes-orphans = Beleške o redovima kojih nema u ovom dokumentu
export-note-changed = izmenjeno { $date }
export-note-private = privatna
export-note-about = o redu { $row }
export-tags = Oznake
export-timeline = Ko je bio nosilac čega i kada
export-svg-name =
    { $count ->
        [one] Vremenska linija za { $count } odgovornost, od { $mandate } ({ $date }) do danas ({ $today }): ko je bio nosilac i kada
        [few] Vremenska linija za { $count } odgovornosti, od { $mandate } ({ $date }) do danas ({ $today }): ko je bio nosilac svake i kada
       *[other] Vremenska linija za { $count } odgovornosti, od { $mandate } ({ $date }) do danas ({ $today }): ko je bio nosilac svake i kada
    }

export-qdpx-source = { $presence }: odgovornosti rečima mandata
export-qdpx-private-note = Privatna beleška
export-qdpx-status-code = Šta je bilo s funkcijom na terenu (ugrađena procena)
export-qdpx-own-code = Korisnikov sopstveni status reda, pored ugrađenog
export-qdpx-tag-code = Beleške sa oznakom { $tag }
export-qdpx-tags-code = Oznake beležaka u redu
export-qdpx-whole-document = ceo dokument
export-qdpx-missing-row = red { $row }, kojeg nema u ovom dokumentu
export-qdpx-note = Beleška ({ $author }): { $subject }
export-qdpx-description = { $title }: { $original } u poređenju sa { $current }. Izvezeno iz programa Mandate Compare.
export-qdpx-description-dataset = { $title }: { $original } u poređenju sa { $current }; ugrađeni podaci { $dataset }, izdanje { $release }. Izvezeno iz programa Mandate Compare.
