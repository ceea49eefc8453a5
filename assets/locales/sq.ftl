### Mandate Compare: ndërfaqja në shqip. Mesazhet, atributet dhe variablat janë ato të en.ftl;
### fjalët e glosarit (GLOSSARY.md) përdoren siç janë atje.

## Language

language-name = Shqip

## Glossary and model words

status-transferred = E transferuar
    .description = Iu kalua një bartësi tjetër, i cili tani e kryen
status-shared = E përbashkët
    .description = E kryejnë disa bartës së bashku
status-residual = E mbetur
    .description = Bartësi fillestar ruan një pjesë të zvogëluar të saj
status-ongoing = Në vazhdim
    .description = E kryen ende bartësi fillestar
status-completed = E përfunduar
    .description = Detyra u krye dhe ka përfunduar
status-superseded = E tejkaluar
    .description = E zëvendësoi një proces ose marrëveshje tjetër
status-contested = E kontestuar
    .description = Kush e mban varet nga një interpretim i kontestuar i mandatit

holder-kind-local = Institucion i Kosovës
holder-kind-international = Ndërkombëtar
holder-kind-non-governmental = Joqeveritar

source-kind-primary = parësor
source-kind-secondary = dytësor

visibility-shared = I ndarë
visibility-private = Privat

glossary-holder = Bartës
glossary-presence = Prani
glossary-civil-presence = Prani ndërkombëtare civile
glossary-security-presence = Prani ndërkombëtare e sigurisë
glossary-responsibility = Përgjegjësi
glossary-mandate = Mandat
glossary-position = Qëndrim
glossary-source = Burim
glossary-primary-source = Burim parësor
glossary-secondary-source = Burim dytësor
glossary-note = Shënim
glossary-own-assessment = Vlerësim vetjak
glossary-tag = Etiketë
glossary-security-council = Këshilli i Sigurimit
glossary-resolution = Rezolutë
glossary-paragraph = Paragraf
glossary-status = Status

# Shqipja ka dy forma: one (1) dhe other.
rows-shown =
    { $count ->
        [one] { $count } rresht
       *[other] { $count } rreshta
    }

## Menus and commands

## Table and filters

## Detail and notes

## Compare, merge and agreement

## Summary, timeline and slides

summary-status-today = Statusi sot
summary-status-bar = { $status }: { $count } nga { $total }
summary-flow-heading = Kush mban çfarë sot: nga pranitë e { $year }, përmes statusit të sotëm, te bartësit e sotëm
summary-band = Nga { $from } te { $to }
summary-no-holder = Pa bartës (detyra mbaroi)
summary-node-presence = prania { $label }
summary-node-status = statusi { $label }
summary-node-holder = bartësi { $label }

timeline-empty = Nuk ka përgjegjësi për t’u shfaqur
timeline-line-today = Sot, { $date }
timeline-period = nga { $date } { $status }, { $holders }
timeline-no-holder = pa bartës
timeline-until-today = sot
timeline-bar-held = { $from } deri { $until }: { $status }, bartës: { $holders }
timeline-bar-unheld = { $from } deri { $until }: { $status }, pa bartës

slide-keys = Djathtas ose Hapësirë: tjetra · Majtas: prapa · { $leave_key }: dalje
slide-overview-subtitle =
    { $count ->
        [one] { $count } përgjegjësi e { $mandate }: çfarë u bë me të
       *[other] { $count } përgjegjësi të { $mandate }: çfarë u bë me to
    }
slide-timeline-title = Kush mbajti çfarë dhe kur
slide-no-holder = pa bartës: detyra ka përfunduar
slide-as-of = gjendja më { $date }
slide-quote = „{ $text }“
slide-talking-points = Pika për diskutim
slide-key-dates = Datat kryesore
slide-positions = Qëndrimet
slide-own-assessment = (vlerësimi juaj)

## Dialogs and messages

## Exports

export-format-md = Markdown
    .description = Dokument Markdown: një tabelë e përgjegjësive, pastaj çdo rresht i plotë
export-format-csv = CSV i përgjegjësive
    .description = Një rresht CSV për çdo përgjegjësi, me kokë
export-format-notes-csv = CSV i shënimeve
    .description = Një rresht CSV për çdo shënim, me kokë
export-format-html = Faqe HTML
    .description = Një faqe HTML më vete, që printohet mirë
export-format-csl-json = CSL-JSON i burimeve
    .description = Burimet si CSL-JSON, për Zotero, Pandoc dhe citeproc
export-format-bibtex = BibTeX i burimeve
    .description = Burimet si BibTeX, për LaTeX dhe menaxherët e referencave
export-format-qdpx = Projekt REFI-QDA
    .description = Projekt REFI-QDA (.qdpx) për QualCoder, ATLAS.ti, NVivo ose MAXQDA (vetëm eksport)

export-compared = { $original } ({ $original_date }) krahasuar me { $current } ({ $current_date }).
export-held-today = Bartësit sot
export-notes = Shënimet
export-own-status = vlerësim vetjak: { $status }
export-own-assessment = { $status }; bartës: { $holders } ({ $author }, { $date })
export-nobody = askush
export-as-of = gjendja më { $date }
export-as-worded = Siç formulohet në { $source }:
export-who-held-when = Kush e mbajti dhe kur
export-phase = nga { $date }: { $status }; bartës: { $holders }
export-what-happened = Çfarë ndodhi
export-positions = Qëndrimet
export-sources = Burimet
export-notes-whole = Shënime për gjithë krahasimin
export-notes-orphans = Shënime për rreshta që nuk janë në këtë dokument
export-note-changed = ndryshuar më { $date }
export-note-private = privat
export-note-about = për { $row }
export-tags = Etiketat
export-timeline = Kush mbajti çfarë dhe kur
export-svg-name =
    { $count ->
        [one] Vija kohore e { $count } përgjegjësie, nga { $mandate } ({ $date }) deri sot ({ $today }): kush e mbajti dhe kur
       *[other] Vija kohore e { $count } përgjegjësive, nga { $mandate } ({ $date }) deri sot ({ $today }): kush e mbajti secilën dhe kur
    }

export-qdpx-source = { $presence }: përgjegjësitë e saj me fjalët e mandatit
export-qdpx-private-note = Shënim privat
export-qdpx-status-code = Çfarë u bë me funksionin në terren (vlerësimi i integruar)
export-qdpx-own-code = Statusi vetjak i rreshtit sipas përdoruesit, krahas atij të integruar
export-qdpx-tag-code = Shënime me etiketën { $tag }
export-qdpx-tags-code = Etiketat e shënimeve për rreshtin
export-qdpx-whole-document = gjithë dokumenti
export-qdpx-missing-row = rreshti { $row }, që ky dokument nuk e ka
export-qdpx-note = Shënim nga { $author } për { $subject }
export-qdpx-description = { $title }: { $original } krahasuar me { $current }. Eksportuar nga Mandate Compare.
export-qdpx-description-dataset = { $title }: { $original } krahasuar me { $current }; të dhënat e integruara { $dataset }, versioni { $release }. Eksportuar nga Mandate Compare.
