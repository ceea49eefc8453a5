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

table-column-differs = Ndryshe në { $name }
table-column-responsibility = Përgjegjësia ({ $year })
table-column-status-holders = Statusi dhe bartësit sot
table-column-status = Statusi sot
table-column-holders = Bartësit sot
table-column-notes = Shënime
table-tab-table = Tabela
table-tab-summary = Pamja përmbledhëse
table-tab-timeline = Kronologjia
table-no-match = Asnjë përgjegjësi nuk përputhet me kërkimin dhe filtrat.
table-copy-citation = Kopjo citimin
table-resize-column = Ndrysho gjerësinë e kolonës { $column } (tërhiqeni, ose klikoni dy herë për ta përshtatur)
table-row-name = { $label }{ $paragraph }, { $title }, { $status }{ $checked }, { $holders }, { $notes }{ $differs }
table-row-paragraph = , par. { $paragraph }
table-row-yours = , vlerësimi juaj
table-row-as-of = , gjendja më { $date }
table-row-no-holder = pa bartës
table-row-notes =
    { $count ->
        [0] pa shënime
        [one] { $count } shënim
       *[other] { $count } shënime
    }
table-row-differs = , ndryshon: { $what }
table-paragraph = par. { $paragraph }
table-as-of-hint = Kur u kontrolluan për herë të fundit ky status dhe bartësit e tij
table-yours = i juaji
table-yours-hint = Vlerësimi juaj; i integruari: { $status }
table-notes-count =
    { $count ->
        [one] { $count } shënim
       *[other] { $count } shënime
    }
table-to-review = { $count } për rishikim
table-to-review-hint = Shënime të shkruara para se të ndryshonin faktet e këtij rreshti
table-update = Përditëso…
table-update-not-now = Jo tani
table-update-not-now-hint = Mbaji të dhënat e vjetra; oferta rikthehet kur skedari hapet sërish

filter-compares = { $original } ({ $original_date }) përballë situatës { $current } ({ $current_date })
filter-search = Kërko
filter-search-hint = tekste, bartës, ngjarje, shënime
filter-presence-menu =
    { $count ->
        [0] Prania: të gjitha
       *[other] Prania: { $count }
    }
filter-status-menu =
    { $count ->
        [0] Statusi: të gjitha
       *[other] Statusi: { $count }
    }
filter-holder-menu =
    { $count ->
        [0] Bartësi: të gjithë
       *[other] Bartësi: { $count }
    }
filter-tag-menu =
    { $count ->
        [0] Etiketa: të gjitha
       *[other] Etiketa: { $count }
    }
filter-none-in-document = Asnjë në këtë dokument
filter-notes-any = Shënime: të gjitha
filter-notes-shared = Shënime: të ndara
filter-notes-private = Shënime: private
filter-any-notes = Të gjitha shënimet
filter-with-shared = Me shënime të ndara
filter-with-private = Me shënime private
filter-contested-only = Vetëm të kontestuarat
filter-contested-only-hint = Rreshtat me status «E kontestuar» ose me qëndrime të kundërta të regjistruara
filter-has-notes = Me shënime
filter-all-shown = Të gjitha ({ $total })
filter-some-shown = Shfaqen { $shown } nga { $total }
filter-clear = Pastro filtrat
filter-tags = Etiketat:

tags-heading = Etiketat
tags-none = Ende pa etiketa. Vendosni një etiketë te një shënim për të grupuar shënime nga rreshta të ndryshëm.
tags-click-hint = Klikoni një etiketë për të shfaqur vetëm rreshtat e saj.
tags-rename-heading = Riemërto ose bashko një etiketë
tags-rename-from = Etiketa për t'u riemërtuar
tags-choose = zgjidhni…
tags-new-name = Emri i ri
tags-new-name-hint = një ekzistuese bashkohet
tags-rename = Riemërto kudo
tags-rename-hint = Në çdo shënim, si një hap që mund ta zhbëni

## Detail and notes

detail-data-in-english = Tekstet e mandatit dhe të dhënat janë në anglisht, si në tekstin zyrtar të OKB-së.
detail-overview = Pasqyrë
detail-overview-hint = Zgjidhni një përgjegjësi në tabelë (ose shtypni shigjetën poshtë) për të parë se ç'u bë me të.
detail-status-today = Statusi sot
detail-count-of = { $count } nga { $total }
detail-orphans =
    { $count ->
        [one] Kujdes: { $count } shënim i përket një rreshti që ky dokument nuk e ka; ruhet:
       *[other] Kujdes: { $count } shënime u përkasin rreshtave që ky dokument nuk i ka; ruhen:
    }
detail-notes-whole = Shënime për krahasimin në tërësi
detail-given = Dhënë më { $year }: { $presence }
detail-cite-hint = Si të citohen fjalët e mandatit për këtë rresht
detail-what-happened = Çfarë ndodhi
detail-your-notes = Shënimet tuaja
detail-text-of = Teksti i { $mandate }
detail-quoted = «{ $text }»
detail-as-worded = Siç formulohet në { $source }:
detail-status-holders = Statusi dhe bartësit sot
detail-built-in = I integruari:
detail-as-of = gjendja më { $date }
detail-as-of-hint = Kur u kontrolluan për herë të fundit ky status dhe këta bartës
detail-yours = I juaji:
detail-set-by = Vendosur nga { $author } më { $date }
detail-timeline = Kronologjia
detail-phases = Kush e mbajti dhe kur
detail-since = { $from } – sot
detail-positions = Qëndrimet
detail-no-positions = Nuk janë regjistruar qëndrime të kundërta.
detail-held-by = Mbajtur nga { $holder }
detail-sources = Burimet
detail-sources-label = Burimet:
detail-source-secondary = { $source } (dytësor)
detail-unknown-source = burim i panjohur «{ $id }»
detail-open = hap
detail-open-name = hap { $source }
detail-copy = kopjo
detail-copy-hint = Kopjo citimin: { $citation }
detail-copy-name = Kopjo citimin e { $source }
detail-no-holder = pa bartës (detyra ka përfunduar)
detail-more-kb = … edhe { $amount } KB nga ky tekst
detail-more-mb = … edhe { $amount } MB nga ky tekst
detail-show-more = Shfaq më shumë
detail-show-less = Shfaq më pak

note-none = Ende pa shënime.
note-showing = Po shfaqen { $shown } nga { $total } shënime.
note-show-more = Shfaq edhe { $count }
note-edited = { $created }, ndryshuar më { $modified }
note-private-hint = Nuk shfaqet kurrë në prezantime
note-delete-question = Ta fshini këtë shënim?
note-delete = Fshi
note-keep = Mbaje
note-edit = Ndrysho shënimin
note-too-long = Më i gjatë se { $max } karakteret që pranon redaktori
note-delete-button = Fshi shënimin
note-facts-changed = Faktet kanë ndryshuar që nga ky shënim ({ $date })
note-what-changed = Çfarë ndryshoi: { $what }
note-mark-reviewed = Shëno si të rishikuar
note-mark-reviewed-hint = Shënimi vlen edhe pas ndryshimit
note-editing = Ndryshimi i shënimit
note-new = Shënim i ri
note-your-name = Emri juaj (pyetet një herë, mbahet mend)
note-your-name-hint = p.sh. A. Studiuese
note-text = Teksti i shënimit
note-text-hint = Çfarë vutë re, çfarë duhet kontrolluar, me çfarë nuk pajtoheni
note-paste-refused = Nuk u ngjit: { $chars } karaktere, ndërsa një shënim merr së shumti { $max }. Ngjitni një pjesë, ose mbajeni tekstin e gjatë në një skedar dhe citojeni.
note-tags = Etiketat (të ndara me presje)
note-tags-hint = duhet-burim, policia
note-shared-hint = Shfaqet në prezantime dhe eksporte
note-private-long-hint = Nuk shfaqet kurrë në prezantime; lihet jashtë eksporteve, përveçse kur kërkohet
note-save = Ruaj shënimin
note-add = Shto shënimin
note-name-first = Shkruani fillimisht emrin tuaj
note-cancel = Anulo

assessment-give = Jep vlerësimin vetjak…
assessment-change = Ndrysho vlerësimin…
assessment-restore = Rikthe të integruarin
assessment-heading = Vlerësimi juaj
assessment-status = Statusi juaj
assessment-holders = Bartësit tuaj
assessment-save = Ruaj vlerësimin
assessment-cancel = Anulo

## Compare, merge and agreement

compare-with = Krahasim me { $name }:
compare-rows-differ =
    { $count ->
        [0] asnjë rresht nuk ndryshon
        [one] { $count } rresht ndryshon (i shënuar në tabelë)
       *[other] { $count } rreshta ndryshojnë (të shënuar në tabelë)
    }
compare-whole-differs = ; shënimet për krahasimin në tërësi ndryshojnë
compare-merge = Bashko nga { $name }
compare-merge-hint = Sillni shënimet dhe vlerësimet e tyre në dokumentin tuaj (një hap që mund ta zhbëni)
compare-show-agreement = Shfaq përputhjen
compare-hide-agreement = Fshih përputhjen
compare-agreement-hint = Sa përputhen vlerësimet tuaja me të tyret, rresht për rresht
compare-leave = Dil nga krahasimi
compare-differs-only-yours = vetëm te juaji
compare-differs-only-theirs = vetëm te i tyri
compare-differs-status = statusi
compare-differs-holders = bartësit
compare-differs-assessment = vlerësimi vetjak
compare-differs-text = teksti i rreshtit
compare-differs-notes =
    { $count ->
        [one] { $count } shënim
       *[other] { $count } shënime
    }
compare-row-heading = Krahasuar me { $name }
compare-same = Njësoj në të dy skedarët.
compare-missing-row = { $name } nuk e ka këtë rresht.
compare-yours = Juaji
compare-theirs = I tyri
compare-status = Statusi
compare-holders = Bartësit
compare-assessment = Vlerësim vetjak
compare-row-text = Teksti i rreshtit
compare-differs = ndryshon
compare-none = asnjë
compare-by = nga { $author }
compare-notes-only-yours = Shënime vetëm te juaji
compare-notes-only-theirs = Shënime vetëm te { $name }
compare-notes-changed = Shënime të ndryshuara te { $name } (versioni i tyre)

conflict-count =
    { $count ->
        [one] { $count } konflikt bashkimi për t'u zgjidhur
       *[other] { $count } konflikte bashkimi për t'u zgjidhur
    }
conflict-explain = Versioni juaj mbetet në dokument derisa të zgjidhni; ruajtja i mban konfliktet në skedar.
conflict-whole = Krahasimi në tërësi
conflict-title = Konflikti { $number }: { $what } ({ $place })
conflict-what-status = statusi
conflict-what-holders = bartësit
conflict-what-assessment = vlerësimi vetjak
conflict-what-row = teksti i rreshtit
conflict-what-note = shënimi
conflict-deleted = i fshirë
conflict-keep-mine = Mbaj timin
conflict-take-theirs = Merr të tyrin
conflict-keep-both = Mbaj të dyja
conflict-choice-hint = Konflikti { $number }: { $choice }

agreement-headline = Përputhja: i njëjti status në { $same } nga { $rows } rreshta ({ $percent } %), { $kappa }
agreement-kappa = kappa e Cohen-it { $kappa }
agreement-kappa-undefined = kappa e papërcaktuar
agreement-nothing = Përputhja: s'ka ç'të matet
agreement-heading = Përputhja me { $name }
agreement-basis = Mbi rreshtat që kanë të dy skedarët ({ $rows }). Vlerësimet tuaja vetjake: { $own_mine }; të tyret: { $own_theirs }. Kur dikush nuk ka bërë asnjë, vlejnë statusi dhe bartësit e integruar të skedarit të tij.
agreement-no-common = Të dy skedarët nuk kanë asnjë rresht të përbashkët: s'ka ç'të matet.
agreement-no-own = Asnjëri prej jush nuk ka bërë vlerësim vetjak për ndonjë rresht që e kanë të dy skedarët: s'ka ç'të matet (shifrat do të krahasonin vetëm të dhënat e integruara).
agreement-same-status = I njëjti status
agreement-same-of =
    { $rows ->
        [one] { $same } nga { $rows } rresht ({ $percent } %)
       *[other] { $same } nga { $rows } rreshta ({ $percent } %)
    }
agreement-cohen = Kappa e Cohen-it
agreement-kappa-value = { $kappa } (përputhja e pritur rastësisht: { $expected } %)
agreement-kappa-none = e papërcaktuar: të dy i dhanë çdo rreshti të njëjtin status
agreement-holders = Bartësit (indeksi mesatar i Jaccard-it)
agreement-built-in = { $status } (i integruar)
agreement-disagreements =
    { $count ->
        [0] I jepni çdo rreshti të njëjtin status
        [one] { $count } rresht me status të ndryshëm
       *[other] { $count } rreshta me status të ndryshëm
    }
agreement-row = { $row }: juaji { $mine }; i tyri { $theirs }
agreement-row-hint = { $title }. Mbivendosja e bartësve { $overlap } (1: të njëjtët bartës).
agreement-pairs = Rreshta për çdo çift statusesh (majtas: juaji; lart: i tyri)
agreement-pair-hint =
    { $count ->
        [one] Juaji { $mine }, i tyri { $theirs }: { $count } rresht
       *[other] Juaji { $mine }, i tyri { $theirs }: { $count } rreshta
    }

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
