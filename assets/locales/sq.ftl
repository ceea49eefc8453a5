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
status-superseded = E zëvendësuar
    .description = E zëvendësoi një proces ose marrëveshje tjetër
status-contested = E kontestuar
    .description = Kush e mban varet nga një interpretim i kontestuar i mandatit
status-not-assessed = E pavlerësuar
    .description = Ende pa status: nuk është vlerësuar se çfarë u bë me funksionin

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
menu-file = Skedari
menu-edit = Ndrysho
menu-view = Pamja
menu-help = Ndihmë
menu-export = Eksporto
menu-language = Gjuha
menu-open-recent = Hap të fundit
menu-no-recent = Nuk ka skedarë të fundit
# A recent file in the File menu: its name and the folder it is in ($folder: that folder's
# own name); the full path shows on hover.
menu-recent-item = { $name } — { $folder }
menu-recent-missing = { $name } (mungon)
menu-recent-gone = { $path } nuk ekziston më
menu-recent-remove = Hiq { $name }
menu-recent-remove-hint = Hiqe nga kjo listë
menu-undo-what = Zhbëj: { $what }
menu-redo-what = Ribëj: { $what }
menu-one-line-rows = Tekstet e shkurtuara në tabelë
menu-show-tags = Shfaq panelin e etiketave
menu-hide-tags = Fshih panelin e etiketave
menu-tags-no-room = Fshih panelin e etiketave (nuk ka vend në këtë madhësi: zgjeroni dritaren ose zvogëloni)
menu-on = { $label } (aktiv)
menu-off = { $label } (joaktiv)
menu-in-use = { $label } (në përdorim)
menu-shortcuts-rows = Rreshti tjetër / i mëparshëm

# Help > About: what a paper needs to cite exactly what was used ($file, $readme: file names).
about-version = Versioni { $version }
about-data = Të dhënat e integruara: { $dataset }, botimi { $release }
about-licence = Licenca: { $licence }
about-readme = Si instalohet, përdoret dhe citohet: { $readme }, këtu
about-readme-missing = Kjo kopje erdhi pa { $readme }; ai në kodin burimor tregon si instalohet, përdoret dhe citohet
about-cite = Për të cituar aplikacionin dhe botimin e të dhënave: { $file }, pranë { $readme }

# The message box when no graphics backend could draw the window.
graphics-failed-title = Mandate Compare nuk mund ta hapë dritaren
graphics-failed-body = Asnjë nga mënyrat për të vizatuar dritaren nuk funksionoi në këtë kompjuter:
graphics-failed-advice = Çfarë të provoni: instaloni ose përditësoni drejtuesin e kartës grafike (në Linux: { $packages }); në desktop në distancë ose në makinë virtuale, hapeni aplikacionin në vetë kompjuterin. Komandat që nuk kanë nevojë për dritare ({ $commands }) funksionojnë njësoj.

command-new = Fillo nga të dhënat e integruara
command-new-from-resolution = Krahasim i ri nga një rezolutë…
command-open = Hap…
command-save = Ruaj
command-save-as = Ruaj si…
command-compare-with = Krahaso me…
command-end-compare = Dil nga krahasimi
command-merge-from = Bashko nga…
command-update-dataset = Përditëso të dhënat e integruara…
command-export-markdown = Eksporto si Markdown…
command-export-csv = Eksporto si CSV…
command-export-notes-csv = Eksporto shënimet si CSV…
command-export-html = Eksporto si faqe HTML…
command-export-csl-json = Eksporto burimet si CSL-JSON…
command-export-bibtex = Eksporto burimet si BibTeX…
command-export-qdpx = Eksporto si projekt REFI-QDA…
command-toggle-export-private = Përfshi shënimet private në eksporte
command-export-image = Eksporto pamjen si PNG…
command-export-slides = Eksporto sllajdet si PNG…
command-quit = Dil
command-undo = Zhbëj
command-redo = Ribëj
command-find = Kërko
command-add-row = Shto rresht
command-remove-row = Hiq rreshtin
command-holders-and-sources = Bartësit dhe burimet…
command-clear-filters = Pastro filtrat
command-deselect = Kthehu te pasqyra
command-show-table = Tabela
command-show-summary = Pamja përmbledhëse
command-show-timeline = Vija kohore
command-toggle-tags = Paneli i etiketave
command-toggle-reading-mode = Tekstet e plota në tabelë
command-zoom-in = Zmadho
command-zoom-out = Zvogëlo
command-zoom-reset = Madhësia normale
command-theme-light = Temë e çelët
command-theme-dark = Temë e errët
command-theme-high-contrast = Kontrast i lartë (projektor)
command-present = Prezanto
command-next-slide = Sllajdi tjetër
command-previous-slide = Sllajdi i mëparshëm
command-first-slide = Sllajdi i parë
command-last-slide = Sllajdi i fundit
command-end-presentation = Përfundo prezantimin
command-command-palette = Paleta e komandave…
command-show-shortcuts = Shkurtoret e tastierës
command-show-about = Rreth Mandate Compare


## Table and filters

table-column-differs = Në { $name }
table-column-responsibility = Përgjegjësia ({ $year })
table-column-status-holders = Statusi dhe bartësit sot
table-column-status = Statusi sot
table-column-holders = Bartësit sot
table-column-notes = Shënimet
table-tab-table = Tabela
table-tab-summary = Pamja përmbledhëse
table-tab-timeline = Vija kohore
table-no-match = Asnjë përgjegjësi nuk përputhet me kërkimin dhe filtrat.
table-copy-citation = Kopjo citimin
table-resize-column = Ndrysho gjerësinë e kolonës { $column } (tërhiqeni, ose klikoni dy herë për ta përshtatur)
table-row-name = { $label }{ $paragraph }, { $title }, { $status }{ $checked }, { $holders }, { $notes }{ $differs }
table-row-paragraph = , par. { $paragraph }
table-row-yours = , vlerësimi juaj
table-row-as-of = , gjendja më { $date }
table-worded = siç e formulon { $source }
table-row-no-holder = pa bartës
table-row-notes =
    { $count ->
        [0] pa shënime
        [one] { $count } shënim
       *[other] { $count } shënime
    }
table-row-differs = , ndryshon: { $what }
table-paragraph = par. { $paragraph }
# In a table row a search found by other parts than its title and text; $fields lists them.
table-found-in = Gjetur në: { $fields }
search-field-title = titull
search-field-text = tekst i mandatit
search-field-summary = përmbledhje
search-field-holders = bartës
search-field-events = ngjarje
search-field-positions = qëndrime
search-field-notes = shënime
search-field-tags = etiketa
search-field-authors = autorë të shënimeve
table-as-of-hint = Kur u kontrolluan për herë të fundit ky status dhe bartësit e tij
table-yours = i juaji
table-yours-hint = Vlerësimi juaj; i integruari: { $status }
table-theirs = e tyre
table-theirs-hint = Vlerësimi vetjak i { $author }; i integruari: { $status }
table-differs-hint = Ndryshon: { $what }
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

filter-compares = Atëherë: { $original } ({ $original_date }) · Sot: { $current } ({ $current_date })
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
filter-status-one = Statusi: { $status }
filter-status-own =
    { $count ->
        [one] { $count } rresht filtrohet sipas vlerësimit vetjak, të tjerët sipas statusit të integruar
       *[other] { $count } rreshta filtrohen sipas vlerësimit vetjak, të tjerët sipas statusit të integruar
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
filter-some-shown =
    { $shown ->
        [one] Shfaqet { $shown } nga { $total }
       *[other] Shfaqen { $shown } nga { $total }
    }
filter-clear = Pastro filtrat
filter-tags = Etiketat:

tags-heading = Etiketat
tags-none = Ende pa etiketa. Vendosni një etiketë te një shënim për të grupuar shënime nga rreshta të ndryshëm.
tags-click-hint = Klikoni një etiketë për të shfaqur vetëm rreshtat e saj.
tags-rename-heading = Riemërto ose bashko një etiketë
tags-rename-from = Etiketa për t'u riemërtuar
tags-choose = zgjidhni…
tags-new-name = Emri i ri
tags-new-name-hint = një etiketë ekzistuese bashkohet
tags-rename = Riemërto kudo
tags-rename-hint = Në çdo shënim, si një hap që mund ta zhbëni

## Detail and notes

detail-data-in-english = Tekstet e mandatit, përmbledhjet, ngjarjet dhe qëndrimet janë në anglisht, si në tekstin zyrtar të OKB-së.
detail-overview = Pasqyrë
detail-overview-hint = Zgjidhni një përgjegjësi në tabelë (ose shtypni shigjetën poshtë) për të parë se ç'u bë me të.
detail-back-hint = Lëreni këtë rresht për pasqyrën dhe shënimet për të gjithë krahasimin (Esc)
detail-jump-note = Shkruani një shënim…
detail-jump-note-hint = Shkoni te formulari i shënimit për këtë rresht
detail-status-today = Statusi sot
detail-count-of = { $count } nga { $total }
detail-count-not-assessed = Të pavlerësuara, numëruar veçmas nga statuset: { $count } nga { $total }
detail-count-built-in = I integruar
detail-count-with-own = Me vlerësimet vetjake
detail-own-count =
    { $count ->
        [one] Një vlerësim vetjak zë vendin e statusit të integruar në { $count } rresht.
       *[other] Vlerësimet vetjake zënë vendin e statusit të integruar në { $count } rreshta.
    }
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
detail-text-of = Teksti i mandatit: { $mandate }
detail-quoted = «{ $text }»
detail-as-worded = Siç e formulon burimi { $source }:
detail-wording-of = Siç e formulon { $source }; nuk është krahasuar fjalë për fjalë me tekstin e mandatit ({ $mandate }):
detail-checked-against = Krahasuar fjalë për fjalë me { $source }
detail-omits = Teksti i mandatit ({ $mandate }) shton fjalë që ky formulim i lë jashtë; e njohur nga { $source }: «{ $text }»
detail-cite-quoted = { $citation }: «{ $text }»
detail-cite-worded = { $citation }, siç e formulon { $source }: { $text }
detail-status-holders = Statusi dhe bartësit sot
detail-built-in = I integruari:
detail-as-of = gjendja më { $date }
detail-as-of-hint = Muaji i dokumentit më të ri mbi të cilin mbështeten ky status dhe këta bartës
detail-sources-reach = Burimi më i ri për këtë status: { $source }, { $date }
detail-yours = I juaji:
detail-set-by = Vendosur nga { $author } më { $date }
detail-timeline = Vija kohore
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
detail-copy-name = Kopjo citimin: { $source }
detail-no-holder = pa bartës (detyra ka përfunduar)
detail-more-kb = … edhe { $amount } KB nga ky tekst
detail-more-mb = … edhe { NUMBER($amount, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB nga ky tekst
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
note-what-changed-recorded = Çfarë ndryshoi (siç e regjistroi një version i mëparshëm): { $what }
fact-change-status = statusi { $was }, tani { $now }
fact-change-holders = bartësit
fact-change-phases = kush e mbajti dhe kur
fact-change-events =
    { $count ->
        [0] ngjarjet
        [one] { $count } ngjarje e re ose e ndryshuar
       *[other] { $count } ngjarje të reja ose të ndryshuara
    }
fact-change-positions = qëndrimet
note-mark-reviewed = Shëno si të rishikuar
note-mark-reviewed-hint = Shënimi vlen edhe pas ndryshimit
note-editing = Ndryshimi i shënimit
note-new = Shënim i ri
note-your-name = Emri juaj (pyetet një herë, mbahet mend)
note-your-name-hint = p.sh. A. Studiuese
note-signed = Shënimet e reja nënshkruhen { $author }
note-change-name = Ndryshoni emrin
note-change-name-hint = Në një kompjuter të përbashkët: emri që mbajnë shënimet dhe vlerësimet e reja
note-use-name = Përdorni këtë emër
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
        [one] { $count } rresht ndryshon
       *[other] { $count } rreshta ndryshojnë
    }
compare-marked = (të shënuar në tabelë)
compare-differ-definition = Një rresht ndryshon kur ndryshon ajo që thotë: statusi ose bartësit (të integruar ose vlerësim vetjak), teksti ose shënimet e tij. Kush e shkroi dhe kur nuk llogariten.
compare-whole-differs = Ndryshojnë edhe shënimet për krahasimin në tërësi.
compare-merge = Bashko nga { $name }
compare-merge-hint = Sillni shënimet dhe vlerësimet e tyre në dokumentin tuaj (një hap që mund ta zhbëni)
compare-merged-hint = Gjithçka në { $name } është tashmë në dokumentin tuaj, ose pret poshtë tabelës si konflikt
compare-show-agreement = Shfaq përputhjen
compare-hide-agreement = Fshih përputhjen
compare-agreement-hint = Sa përputhen vlerësimet tuaja me të tyret, rresht për rresht
compare-leave = Dil nga krahasimi
compare-differs-only-yours = vetëm te i juaji
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
compare-yours = I juaji
compare-theirs = I tyri
compare-status = Statusi
compare-holders = Bartësit
compare-assessment = Vlerësim vetjak
compare-row-text = Teksti i rreshtit
compare-differs = ndryshon
compare-none = asnjë
compare-by = nga { $author }
compare-notes-only-yours = Shënime vetëm te i juaji
compare-notes-only-theirs = Shënime vetëm te { $name }
compare-notes-changed = Shënime të ndryshuara te { $name } (versioni i tyre)

conflict-count =
    { $count ->
        [one] { $count } konflikt bashkimi për t'u zgjidhur
       *[other] { $count } konflikte bashkimi për t'u zgjidhur
    }{ $rows ->
        [one] {""}
       *[other] , në { $rows } vende
    }
conflict-keep-all-mine = Mbaj të gjitha të miat
conflict-take-all-theirs = Merr të gjitha të tyret
conflict-all-hint = Zgjidhni kështu çdo konflikt më poshtë, si një hap që mund ta zhbëni
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

agreement-headline =
    { $rows ->
        [one] Përputhja: i njëjti status në { $same } nga { $rows } rresht ({ NUMBER($percent, maximumFractionDigits: 0) } %), { $kappa }
       *[other] Përputhja: i njëjti status në { $same } nga { $rows } rreshta ({ NUMBER($percent, maximumFractionDigits: 0) } %), { $kappa }
    }
agreement-kappa = kappa e Cohen-it { NUMBER($kappa, minimumFractionDigits: 2, maximumFractionDigits: 2) }
agreement-kappa-undefined = kappa e papërcaktuar
agreement-nothing = Përputhja: s'ka ç'të matet
agreement-heading = Përputhja me { $name }
agreement-assessed = Rreshta në të dy skedarët: { $common }. Vlerësime vetjake: tuajat { $own_mine }, të tyret { $own_theirs }, të dyja { $both }.
agreement-over-own =
    { $rows ->
        [one] E matur mbi { $rows } rreshtin që e keni vlerësuar të dy vetë.
       *[other] E matur mbi { $rows } rreshtat që i keni vlerësuar të dy vetë.
    }
agreement-over-all =
    { $rows ->
        [one] E matur mbi { $rows } rreshtin që kanë të dy skedarët; statusi i integruar zë vendin kur dikush nuk ka bërë vlerësim.
       *[other] E matur mbi të gjithë { $rows } rreshtat; statusi i integruar zë vendin kur dikush nuk ka bërë vlerësim.
    }
agreement-stand-in = Statusi i integruar zë vendin
agreement-stand-in-hint = Matni edhe rreshtat që i ka vlerësuar vetëm njëri prej jush (ose asnjëri), duke marrë në vend të tyre statusin dhe bartësit e integruar të skedarit të atij personi
agreement-none-both = Asnjë rresht nuk ka vlerësim vetjak nga të dy: s'ka ç'të matet. Shënoni "Statusi i integruar zë vendin" për të matur rreshtat që i ka vlerësuar njëri prej jush kundrejt të dhënave të integruara.
agreement-no-common = Të dy skedarët nuk kanë asnjë rresht të përbashkët: s'ka ç'të matet.
agreement-no-own = Asnjëri prej jush nuk ka bërë vlerësim vetjak për ndonjë rresht që e kanë të dy skedarët: s'ka ç'të matet (shifrat do të krahasonin vetëm të dhënat e integruara).
agreement-same-status = I njëjti status
agreement-same-of =
    { $rows ->
        [one] { $same } nga { $rows } rresht ({ NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
       *[other] { $same } nga { $rows } rreshta ({ NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
    }
agreement-cohen = Kappa e Cohen-it
agreement-kappa-value = { NUMBER($kappa, minimumFractionDigits: 3, maximumFractionDigits: 3) } (përputhja e pritur rastësisht: { NUMBER($expected, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
agreement-kappa-none = e papërcaktuar: të dy u dhanë të gjitha rreshtave një status të vetëm, të njëjtin
agreement-holders = Bartësit (indeksi mesatar i Jaccard-it)
agreement-holders-value = { NUMBER($value, minimumFractionDigits: 3, maximumFractionDigits: 3) }
agreement-built-in = { $status } (i integruar)
agreement-disagreements =
    { $count ->
        [0] I jepni çdo rreshti të njëjtin status
        [one] { $count } rresht me status të ndryshëm
       *[other] { $count } rreshta me status të ndryshëm
    }
agreement-row = { $row }: i juaji { $mine }; i tyri { $theirs }
agreement-row-hint = { $title }. Mbivendosja e bartësve { NUMBER($overlap, minimumFractionDigits: 2, maximumFractionDigits: 2) } (1: të njëjtët bartës).
agreement-pairs = Rreshta për çdo çift statusesh (majtas: i juaji; lart: i tyri)
agreement-pair-hint =
    { $count ->
        [one] I juaji { $mine }, i tyri { $theirs }: { $count } rresht
       *[other] I juaji { $mine }, i tyri { $theirs }: { $count } rreshta
    }

## Summary, timeline and slides

summary-status-today = Statusi sot
summary-status-bar = { $status }: { $count } nga { $total }
summary-not-assessed = Të pavlerësuara (ende pa status), numëruar veçmas nga statuset: { $count } nga { $total }
summary-flow-heading = Kush mban çfarë sot: nga pranitë e { $year }, përmes statusit të sotëm, te bartësit e sotëm
summary-band = Nga { $from } te { $to }
summary-no-holder = Pa bartës (detyra mbaroi)
summary-node-presence = prania { $label }
summary-node-status = statusi { $label }
summary-node-holder = bartësi { $label }

timeline-empty = Nuk ka përgjegjësi për t'u shfaqur
timeline-line-today = Sot, { $date }
timeline-period = nga { $date } { $status }, { $holders }
timeline-no-holder = pa bartës
timeline-until-today = sot
timeline-bar-held = { $from } deri më { $until }: { $status }, bartës: { $holders }
timeline-bar-unheld = { $from } deri më { $until }: { $status }, pa bartës

slide-keys = Djathtas ose Hapësirë: përpara · Majtas: prapa · Esc: dalje
slide-overview-subtitle =
    { $count ->
        [one] { $mandate }: { $count } përgjegjësi dhe çfarë u bë me të
       *[other] { $mandate }: { $count } përgjegjësi dhe çfarë u bë me to
    }
slide-timeline-title = Kush mbajti çfarë dhe kur
slide-no-holder = pa bartës: detyra ka përfunduar
slide-as-of = gjendja më { $date }
slide-quote = «{ $text }»
slide-worded = siç e formulon { $source }, jo fjalët e vetë mandatit
slide-sources-reach = burimet deri më { $date }
slide-talking-points = Pika për diskutim
slide-key-dates = Datat kryesore
slide-positions = Qëndrimet
slide-own-assessment = Vlerësim vetjak nga { $author }:
slide-built-in = I integruar:
slide-own-same = i njëjti
slide-exporting = Po ruhet sllajdi { $slide } nga { $total } si figurë PNG
summary-own-counted =
    { $count ->
        [one] { $count } rresht numërohet sipas vlerësimit vetjak, jo statusit të integruar
       *[other] { $count } rreshta numërohen sipas vlerësimit vetjak, jo statusit të integruar
    }

## Dialogs and messages
dialog-cancel = Anulo
dialog-save = Ruaj
dialog-open = Hap
dialog-save-as = Ruaj si…
dialog-unsaved-heading = Të ruhen ndryshimet në { $name }?
dialog-unsaved-heading-builtin = Të ruhen ndryshimet tuaja në një skedar tuajin?
dialog-unsaved-builtin-note = Të dhënat e integruara që vijnë me aplikacionin nuk ndryshohen kurrë: ndryshimet tuaja shkojnë në një skedar të ri.
dialog-unsaved-before-new = Ndryshimet tuaja humbin nëse nuk i ruani para se të filloni nga e para me të dhënat e integruara.
dialog-unsaved-before-open = Ndryshimet tuaja humbin nëse nuk i ruani para se të hapni një skedar tjetër.
dialog-unsaved-before-quit = Ndryshimet tuaja humbin nëse nuk i ruani para se të dilni.
dialog-dont-save = Mos ruaj
dialog-type-path-label = Shtegu
dialog-type-path-no-dialog = Në këtë kompjuter nuk mund të shfaqet dritare për skedarët, ndaj shtegu shkruhet këtu.
dialog-path-open-heading = Hapni një dokument
dialog-path-document-body = Shkruani shtegun e plotë të dokumentit (skedar .ron) që do të hapet.
dialog-path-compare-heading = Krahasoni me skedarin e një kolegu
dialog-path-merge-heading = Bashkoni nga skedari i një kolegu
dialog-path-colleague-body = Shkruani shtegun e plotë të dokumentit të tyre (skedar .ron).
dialog-path-compare = Krahaso
dialog-path-merge = Bashko
dialog-path-save-heading = Ruajeni dokumentin si
dialog-path-save-body = Shkruani shtegun e plotë të dokumentit (skedar .ron) që do të shkruhet.
dialog-path-export-heading = Eksportoni si { $kind }
dialog-path-export-body = Shkruani shtegun e plotë të skedarit që do të shkruhet ({ $kind }, .{ $extension }).
dialog-path-export = Eksporto
dialog-path-image-heading = Eksportoni pamjen si figurë PNG
dialog-path-image-body = Shkruani shtegun e plotë të figurës PNG që do të shkruhet.
dialog-path-slides-heading = Eksportoni sllajdet si figura PNG
dialog-path-slides-body = Shkruani shtegun e plotë të dosjes ku shkojnë sllajdet (krijohet një dosje e re).
dialog-external-heading = Skedari { $name } ndryshoi në disk
dialog-external-body = Një program tjetër (ose një git pull) e ndryshoi skedarin pasi e hapët ose e ruajtët. Nëse e mbishkruani, humbin ato ndryshime; nëse e rihapni, humbin tuajat.
dialog-overwrite = Mbishkruaj
dialog-reload = Rihap nga disku
dialog-recover-heading = Të rikthehet puna e paruajtur?
dialog-recover-body = Mandate Compare nuk u mbyll si duhet. Ndryshimet e paruajtura në { $name }, të kopjuara për herë të fundit më { $when }, mund të rikthehen.
dialog-recover-body-builtin = Mandate Compare nuk u mbyll si duhet. Ndryshimet e paruajtura në të dhënat e integruara, të kopjuara për herë të fundit më { $when }, mund të rikthehen.
dialog-recover-more =
    { $count ->
        [one] (Pas kësaj pret edhe { $count } kopje tjetër.)
       *[other] (Pas kësaj presin edhe { $count } kopje të tjera.)
    }
dialog-restore = Rikthe
dialog-discard = Hidh poshtë
dialog-decide-later = Vendos më vonë
dialog-update-heading = Të përditësohet me të dhënat e integruara të botimit { $release }?
dialog-update-body = Faktet që ndryshuan që nga botimi { $from } (statuset, bartësit, ngjarjet, qëndrimet, burimet) merren nga të dhënat e reja. Gjithçka që keni shkruar ruhet: shënimet, etiketat, vlerësimet tuaja vetjake, si dhe rreshtat ose burimet që keni shtuar ose ndryshuar. Aty ku keni ndryshuar një tekst të integruar që e ndryshojnë edhe të dhënat e reja, renditen të dy versionet që të zgjidhni. Shënimet mbi rreshtat, faktet e të cilëve ndryshuan, shënohen për rishikim.
dialog-update-undo = Është një hap i vetëm që Zhbëj e kthen mbrapsht, dhe skedari nuk ruhet derisa ta ruani.
dialog-update = Përditëso
dialog-vanished-heading = Skedari { $name } nuk është më aty
dialog-vanished-body = Skedari u fshi ose u riemërtua pasi e hapët ose e ruajtët (nga një program tjetër, një sinkronizim ose një git checkout). Ndryshimet tuaja janë ende këtu.
dialog-write-again = Shkruaje përsëri
dialog-elsewhere-heading = Skedari është i hapur në një dritare tjetër
dialog-elsewhere-body = { $name } është i hapur në një dritare tjetër të Mandate Compare (procesi { $pid }). Dy dritare që ruajnë të njëjtin skedar do t'i mbishkruanin ndryshimet njëra-tjetrës. Mund ta lexoni këtu pa e ndryshuar dhe të përdorni Ruaj si për të mbajtur një kopje tuajën.
dialog-open-read-only = Hap vetëm për lexim
dialog-filter-document = Dokument i Mandate Compare (*.ron)
dialog-open-title = Hap një krahasim
dialog-open-text-title = Hap tekstin e një rezolute
dialog-filter-text = Tekst i thjeshtë (*.txt)
dialog-path-text-heading = Hap tekstin e një rezolute
dialog-path-text-body = Shkruani shtegun e plotë të tekstit të rezolutës (skedar teksti .txt në UTF-8) që do të lexohet.
dialog-save-title = Ruaj krahasimin si
dialog-export-title = Eksporto si { $kind }
dialog-slides-title = Eksporto sllajdet në
dialog-png-image = Imazh PNG
dialog-palette-title = Paleta e komandave
dialog-palette-label = Komanda
dialog-palette-hint = Shkruani një pjesë të komandës, p.sh. «ruaj»
dialog-palette-none = Asnjë komandë nuk përputhet
dialog-drop-hint = Lëshoni një dokument .ron për ta hapur
dialog-drop-files =
    Lëshojeni për ta hapur:
    { $files }

message-no-file-dialog = Në këtë kompjuter nuk mund të shfaqej dritare për skedarët. Shkruani shtegun.
message-no-folder-dialog = Këtu nuk ka dritare për zgjedhjen e dosjeve. Shkruani dosjen.
message-builtin-broken = Të dhënat e integruara janë të dëmtuara: { $error }
message-empty-title = Krahasim bosh
message-empty-original = Mandati fillestar
message-empty-today = Sot
message-started-again = U fillua nga e para me të dhënat e integruara
message-opened-read-only = U hap vetëm për lexim: { $reason }. Përdorni Ruaj si për të mbajtur një kopje që mund ta ndryshoni.
message-opened =
    U hap { $file } ({ $rows ->
        [one] { $rows } përgjegjësi
       *[other] { $rows } përgjegjësi
    }, { $notes ->
        [one] { $notes } shënim
       *[other] { $notes } shënime
    })
message-opened-with-problems =
    { $count ->
        [one] U hap { $file } me { $count } problem: { $problem }
       *[other] U hap { $file } me { $count } probleme; i pari: { $problem }
    }
message-not-opened = Skedari nuk u hap; dokumenti i hapur mbetet i pandryshuar. { $error }
message-not-saved-read-only = Nuk u ruajt mbi { $file }, që është i hapur vetëm për lexim: { $reason } Zgjidhni një emër tjetër.
message-saved = U ruajt { $file }
message-saved-with-conflicts =
    { $count ->
        [one] U ruajt { $file } me { $count } konflikt bashkimi ende të pazgjidhur; ai ruhet në skedar
       *[other] U ruajt { $file } me { $count } konflikte bashkimi ende të pazgjidhura; ato ruhen në skedar
    }
message-not-saved = Nuk u ruajt; skedari në disk mbetet i pandryshuar. { $error }
message-read-only-elsewhere = { $name } është i hapur në një dritare tjetër të Mandate Compare (procesi { $pid }); këtu është hapur vetëm për lexim, që asnjëra të mos mbishkruajë ndryshimet e tjetrës. Përdorni Ruaj si për të mbajtur një kopje që mund ta ndryshoni.
message-comparing = Po krahasohet me { $name }: { $differ }
message-compare-failed = Skedari për krahasim nuk u hap; asgjë nuk ndryshoi. { $error }
message-compare-ended = Krahasimi me { $name } përfundoi
message-merge-failed = Skedari për bashkim nuk u hap; dokumenti mbetet i pandryshuar. { $error }
message-nothing-to-merge = Asgjë për të bashkuar: { $name } nuk ka asgjë që i mungon këtij dokumenti
message-merged =
    U bashkua { $name }: { $added ->
        [one] u shtua { $added } shënim
       *[other] u shtuan { $added } shënime
    }{ $conflicts ->
        [0] {""}
        [one] , { $conflicts } konflikt për t'u zgjidhur poshtë tabelës
       *[other] , { $conflicts } konflikte për t'u zgjidhur poshtë tabelës
    }{ $notices }; tani { $differ }. Zhbëj e kthen mbrapsht gjithë bashkimin.
message-conflict-resolved =
    Konflikti u zgjidh: { $choice ->
        [mine] mbaj timin
        [theirs] merr të tyrin
       *[both] mbaj të dyja
    }; konflikte të mbetura: { $left }{ $marked ->
        [0] {""}
        [one] ; { $marked } shënim i shkruar para ndryshimit të fakteve të rreshtit u shënua për rishikim
       *[other] ; { $marked } shënime të shkruara para ndryshimit të fakteve të rreshtit u shënuan për rishikim
    }
message-conflicts-all-resolved =
    { $count ->
        [one] U zgjidh { $count } konflikt
       *[other] U zgjidhën { $count } konflikte
    }: { $choice ->
        [mine] u mbajtën të gjitha të miat
       *[theirs] u morën të gjitha të tyret
    }{ $marked ->
        [0] {""}
        [one] ; { $marked } shënim i shkruar para ndryshimit të fakteve të rreshtit u shënua për rishikim
       *[other] ; { $marked } shënime të shkruara para ndryshimit të fakteve të rreshtit u shënuan për rishikim
    }
message-conflict-gone = Ai konflikt është zgjidhur tashmë
message-exported =
    U eksportua { $format } në { $file } ({ $private ->
        [yes] me shënimet private
       *[no] pa shënimet private
    })
message-not-exported = Nuk u eksportua. { $error }
message-export-replaced =
    { $count ->
        [one] { $count } karakter që lexuesit e tij nuk e pranojnë (karakter kontrolli ose jokarakter i Unicode) u zëvendësua me shenjën e zëvendësimit (U+FFFD)
       *[other] { $count } karaktere që lexuesit e tij nuk i pranojnë (karaktere kontrolli ose jokaraktere të Unicode) u zëvendësuan me shenjën e zëvendësimit (U+FFFD)
    }
message-already-newest = Ky dokument është tashmë në të dhënat më të reja të integruara, ose nuk bazohet në to
message-updated =
    U përditësua me të dhënat e integruara të botimit { $release }: { $rows ->
        [one] { $rows } rresht u ndryshua
       *[other] { $rows } rreshta u ndryshuan
    }, { $sources ->
        [one] { $sources } burim u shtua
       *[other] { $sources } burime u shtuan
    }, { $notes ->
        [one] { $notes } nga shënimet tuaja mbi rreshtat e ndryshuar u shënua për rishikim
       *[other] { $notes } nga shënimet tuaja mbi rreshtat e ndryshuar u shënuan për rishikim
    }{ $conflicts ->
        [0] {""}
        [one] ; { $conflicts } konflikt ku keni ndryshuar një tekst të integruar që e ndryshojnë edhe të dhënat e reja, i renditur poshtë tabelës
       *[other] ; { $conflicts } konflikte ku keni ndryshuar tekste të integruara që i ndryshojnë edhe të dhënat e reja, të renditura poshtë tabelës
    }{ $notices }. Ende pa u ruajtur; Zhbëj e kthen mbrapsht gjithë përditësimin.
message-update-offer = Ky skedar përdor të dhënat e integruara të botimit { $built_on }; është i disponueshëm botimi { $latest }.
message-update-assumed =
    { $differences ->
        [0] Skedari nuk thotë mbi cilat të dhëna të integruara bazohet; përmbajtja e tij është ajo e të dhënave të integruara të botimit { $release }.
        [one] Skedari nuk thotë mbi cilat të dhëna të integruara bazohet; më i afërti është botimi { $release } ({ $differences } ndryshim, i bërë me dorë).
       *[other] Skedari nuk thotë mbi cilat të dhëna të integruara bazohet; më i afërti është botimi { $release } ({ $differences } ndryshime, të bëra me dorë).
    }
message-recovery-not-removed = Kopja e rikthimit { $file } nuk u hoq: { $error }
message-recovery-not-written = Kopja e rikthimit nuk u shkrua: { $error }
message-not-removed = Heqja e { $file } nuk u krye: { $error }
message-restored = U rikthye puna e paruajtur nga { $when }; ruajeni për ta mbajtur
message-not-restored = Rikthimi nuk u krye: { $error }
message-tag-not-renamed = Asnjë shënim nuk ka etiketën { $tag }, ose emri i ri është bosh
message-read-only-refused = Veprimi «{ $what }» nuk mund të kryhet: dokumenti është vetëm për lexim. Përdorni Ruaj si për të bërë një kopje që mund ta ndryshoni.
message-cannot = Veprimi «{ $what }» nuk mund të kryhet: { $error }
message-undone = U zhbë: { $what }
message-redone = U ribë: { $what }
message-nothing-to-undo = Asgjë për të zhbërë
message-nothing-to-redo = Asgjë për të ribërë
message-cannot-undo = Zhbërja nuk u krye: { $error }
message-cannot-redo = Ribërja nuk u krye: { $error }
message-edit-add-note = shtim shënimi
message-edit-restore-note = rikthim shënimi
message-edit-edit-note = ndryshim shënimi
message-edit-delete-note = fshirje shënimi
message-edit-mark-reviewed = rishikim shënimi
message-edit-set-assessment = vendosje e vlerësimit vetjak
message-edit-restore-assessment = rikthim i vlerësimit të integruar
message-edit-change-row = ndryshim rreshti
message-edit-resolve-conflict = zgjidhje konflikti
message-edit-restore-conflict = rikthim konflikti
message-edit-merge = bashkim
message-edit-rename-tag = riemërtim etikete
message-edit-edit-facts = ndryshim faktesh
message-edit-add-row = shtim rreshti
message-edit-remove-row = heqje rreshti
message-edit-add-presence = shtim pranie
message-edit-edit-presence = ndryshim pranie
message-edit-remove-presence = heqje pranie
message-edit-add-holder = shtim bartësi
message-edit-edit-holder = ndryshim bartësi
message-edit-remove-holder = heqje bartësi
message-edit-add-source = shtim burimi
message-edit-edit-source = ndryshim burimi
message-edit-remove-source = heqje burimi
message-slides-not-exported = Sllajdet nuk u eksportuan: { $error }
message-image-saved = Imazhi u ruajt: { $file }
message-image-not-saved = Imazhi nuk u ruajt: { $error }
message-slides-exported =
    { $count ->
        [one] U eksportua { $count } sllajd në { $folder }
       *[other] U eksportuan { $count } sllajde në { $folder }
    }
message-slides-cancelled = Eksporti i sllajdeve u anulua: { $written } nga { $total } u ruajtën në { $folder }
message-not-a-document = Mund të hapen vetëm dokumente të Mandate Compare (skedarë .ron); jo { $files }
message-copied = U kopjua: { $citation }
message-busy = { $job } është ende në punë: prisni derisa të mbarojë, ose anulojeni te shiriti i gjendjes
message-locked-by-job = Veprimi "{ $what }" nuk mund të kryhet ndërsa punohet: { $job } Prisni derisa të mbarojë, ose anulojeni te shiriti i gjendjes.
message-job-cancelled = U anulua: { $job } Asgjë nuk u ndryshua ose u shkrua.
message-job-stale = Nuk u zbatua: { $job } Dokumenti ndryshoi ndërkohë; nisni sërish.
message-read-only-newer-format =
    { $file } u shkrua nga një version më i ri i Mandate Compare (formati { $found }); ky version lexon formatin { $supported }. Është hapur vetëm për lexim: përdorni Ruaj si për të mbajtur një kopje në formatin { $supported }. { $count ->
        [0] Çdo fushë në të u kuptua.
        [one] Një kopje do të linte jashtë { $count } fushë që ky version nuk e kupton: { $fields }.
       *[other] Një kopje do të linte jashtë { $count } fusha që ky version nuk i kupton: { $fields }.
    }
notice-both-changed = të dyja palët ndryshuan { $part }; mbahet versioni juaj
notice-row-deleted-in-theirs = rreshti "{ $row }" u fshi te tyre, por u ndryshua te juaji; mbahet
notice-row-deleted-in-yours = rreshti "{ $row }" u fshi te juaji, por u ndryshua te tyre; mbahet
notice-part-title = titullin
notice-part-title-translations = përkthimet e titullit
notice-part-original = mandatin origjinal
notice-part-current = rregullimin e tanishëm
notice-part-key-dates = datat kyçe
notice-part-presence = praninë "{ $id }"
notice-part-holder = bartësin "{ $id }"
notice-part-source = burimin "{ $id }"
message-language = Gjuha e ndërfaqes: { $language }

statusbar-rows =
    { $count ->
        [one] { $count } përgjegjësi
       *[other] { $count } përgjegjësi
    }
statusbar-notes =
    { $count ->
        [one] { $count } shënim
       *[other] { $count } shënime
    }
statusbar-unsaved = ndryshime të paruajtura
statusbar-builtin = të dhënat e integruara
statusbar-warning = Kujdes: { $text }
statusbar-error = Gabim: { $text }
statusbar-dismiss = Mbyll
statusbar-job-cancel = Anulo
statusbar-job-cancelling = { $job } (po anulohet)
statusbar-job-exporting = Po eksportohet { $format }…
statusbar-job-comparing = Po lexohet { $name } për krahasim…
statusbar-job-merging = Po bashkohet { $name }…
statusbar-job-updating = Po përditësohet në të dhënat e integruara të { $release }…
statusbar-job-slides = Po ruhen sllajdet si figura PNG…

title-builtin = Të dhënat e integruara
title-window = { $marker }{ $name } — { $app }
title-window-read-only = { $marker }{ $name } (vetëm për lexim) — { $app }
title-exporting-slides = Po ruhet sllajdi { $slide } nga { $total } — { $app }


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

export-compared = Atëherë: { $original } ({ $original_date }). Sot: { $current } ({ $current_date }).
export-held-today = Bartësit sot
export-notes = Shënimet
export-own-status = vlerësim vetjak: { $status }
export-own-assessment = { $status }; bartës: { $holders } ({ $author }, { $date })
export-nobody = askush
export-as-of = gjendja më { $date }
export-as-worded = Siç e formulon burimi { $source }:
export-worded = Siç e formulon { $source }; nuk është krahasuar fjalë për fjalë me tekstin e mandatit ({ $mandate }):
export-omits = Teksti i mandatit ({ $mandate }) shton fjalë që ky formulim i lë jashtë; e njohur nga { $source }: «{ $text }»
export-checked = fjalët e vetë mandatit, krahasuar me { $source }
export-who-held-when = Kush e mbajti dhe kur
export-phase = nga { $date }: { $status }; bartës: { $holders }
export-what-happened = Çfarë ndodhi
export-positions = Qëndrimet
export-sources = Burimet
export-notes-whole = Shënime për krahasimin në tërësi
export-notes-orphans = Shënime për rreshta që nuk janë në këtë dokument
export-note-changed = ndryshuar më { $date }
export-note-private = privat
export-note-about = për { $row }
export-tags = Etiketat
export-timeline = Kush mbajti çfarë dhe kur
export-svg-name =
    { $count ->
        [one] Vija kohore e { $count } përgjegjësie, nga { $date } ({ $mandate }) deri sot ({ $today }): kush e mbajti dhe kur
       *[other] Vija kohore e { $count } përgjegjësive, nga { $date } ({ $mandate }) deri sot ({ $today }): kush e mbajti secilën dhe kur
    }

export-qdpx-source = { $presence }: përgjegjësitë, me fjalët e mandatit
export-qdpx-private-note = Shënim privat
export-qdpx-status-code = Çfarë u bë me funksionin në terren (vlerësimi i integruar)
export-qdpx-own-code = Statusi vetjak i rreshtit sipas përdoruesit, krahas atij të integruar
# The name of an own-assessment code ("Own assessment: Shared"), unlike the status codes' names: QDA
# tools such as QualCoder want every code name once.
export-qdpx-own-status-code = { glossary-own-assessment }: { $status }
export-qdpx-tag-code = Shënime me etiketën { $tag }
export-qdpx-tags-code = Etiketat e shënimeve për rreshtin
export-qdpx-whole-document = gjithë dokumentin
export-qdpx-missing-row = rreshtin { $row }, që ky dokument nuk e ka
export-qdpx-note = Shënim nga { $author } për { $subject }
export-qdpx-description = { $title }. Atëherë: { $original }; sot: { $current }. Eksportuar nga Mandate Compare.
export-qdpx-description-dataset = { $title }. Atëherë: { $original }; sot: { $current }; të dhënat e integruara { $dataset }, botimi { $release }. Eksportuar nga Mandate Compare.

## Errors of files

error-cannot-read = { $file }: skedari nuk mund të lexohet: { $reason }
error-not-utf8 = { $file }:{ $line }:{ $column }: pritej tekst UTF-8; ruajeni skedarin si UTF-8 (pdftotext shkruan UTF-8 si parazgjedhje)
error-too-large = { $file }: skedari ka { $size } bajte, më shumë se { $limit } bajtet që mund të ketë një dokument
error-newer-format = { $file }: skedari ka formatin { $found }, të shkruar nga një version më i ri i Mandate Compare; ky version lexon formatin { $supported } dhe më të vjetrit
error-cannot-save = { $file } nuk mund të ruhet: { $step }: { $reason }
error-cannot-create-folder = dosja { $folder } nuk mund të krijohet: { $reason }
error-os-not-found = nuk ka skedar ose dosje të tillë
error-os-permission-denied = leja u refuzua
error-os-read-only = disku është vetëm për lexim
error-os-storage-full = disku është plot
error-os-is-a-folder = është dosje
error-os-invalid-data = skedari nuk është tekst UTF-8
error-step-folder = shtegu është dosje
error-step-link = ndjekja e lidhjes simbolike
error-step-temporary = krijimi i një skedari të përkohshëm në dosje
error-step-permissions = dhënia e lejeve të skedarit të vjetër skedarit të ri
error-step-write = shkrimi i skedarit të përkohshëm
error-step-backup = ruajtja e kopjes rezervë
error-step-rename = zëvendësimi i skedarit me skedarin e përkohshëm
error-edit-no-note = nuk ka shënim me id "{ $id }"
error-edit-duplicate-note = një shënim me id "{ $id }" ekziston tashmë
error-edit-no-row = nuk ka rresht me id "{ $id }"
error-edit-no-conflict = nuk ka konflikt me numër { $number }
error-edit-empty-note = shënimi është bosh
error-edit-built-in = faktet e të dhënave të integruara nuk ndryshohen në aplikacion; shënimet dhe vlerësimet tuaja vetjake po
error-edit-duplicate-id = id "{ $id }" përdoret tashmë
error-edit-no-presence = nuk ka prani me id "{ $id }"
error-edit-no-holder = nuk ka bartës me id "{ $id }"
error-edit-no-source = nuk ka burim me id "{ $id }"
error-edit-still-cited = "{ $id }" citohet ende nga { $by }
error-step-inspect = shqyrtimi i asaj që gjendet në shteg
error-step-special = shtegu është pajisje, tub ose fole, jo skedar
error-step-stream = shkrimi në pajisje ose në tub
error-step-lock = kyçja e skedarit të përkohshëm
error-step-flush = zbrazja e skedarit të përkohshëm
error-step-sync = sinkronizimi i skedarit të përkohshëm në disk
error-step-check = leximi sërish i skedarit për të parë nëse ka ndryshuar
error-step-backup-sync = sinkronizimi i kopjes rezervë në disk
error-step-backup-rename = vendosja e kopjes së re rezervë në vend të së vjetrës
error-step-sync-folder = sinkronizimi i dosjes në disk
error-step-png = kodimi i figurës PNG
error-step-recovery-folder = krijimi i dosjes së rikuperimit
error-step-open-mark = shënimi i skedarit si i hapur në këtë dritare
error-serialize = dokumenti nuk mund të shkruhet si RON: { $reason }
error-changed-on-disk = { $file } ndryshoi në disk pasi u lexua (e shkroi një program tjetër); asgjë nuk u shkrua, kështu që ai ndryshim mbetet: ekzekutojeni komandën sërish

## Salla: skedarët e shumë pjesëmarrësve të një krahasimi, krah për krah (çështja 28)
command-open-room = Hap skedarët e sallës…
command-end-room = Mbyll sallën
command-toggle-blind = Vlerësim i verbër
command-show-room = Shfaq sallën
table-tab-room = Salla
message-edit-blind = ndezje ose fikje e vlerësimit të verbër
dialog-open-room-title = Skedarët e sallës (zgjidhni disa)
dialog-path-room-heading = Hapni skedarët e sallës
dialog-path-room-body = Shkruani shtegun e plotë të një dosjeje me dokumentet e pjesëmarrësve (skedarë .ron), ose të një dokumenti.
statusbar-job-room =
    { $count ->
        [one] Po lexohet { $count } skedar i sallës…
       *[other] Po lexohen { $count } skedarë të sallës…
    }
message-room-opened =
    { $count ->
        [one] Salla: u hap { $count } skedar{ $updated }{ $refused }
       *[other] Salla: u hapën { $count } skedarë{ $updated }{ $refused }
    }
message-room-updated =
    { $count ->
        [one] ; { $count } ishte ndërtuar mbi të dhëna më të vjetra të integruara dhe u përditësua në kujtesë (skedari nuk ndryshohet)
       *[other] ; { $count } ishin ndërtuar mbi të dhëna më të vjetra të integruara dhe u përditësuan në kujtesë (skedarët nuk ndryshohen)
    }
message-room-refused =
    { $count ->
        [one] ; { $count } skedar nuk u hap: { $files }
       *[other] ; { $count } skedarë nuk u hapën: { $files }
    }
message-room-none = Asnjë nga skedarët e sallës nuk mund të hapej: { $files }
message-room-no-files = Aty nuk ka dokumente (skedarë .ron) për t'u hapur si skedarë të sallës.
message-room-other = { $file } nuk ka asnjë rresht të këtij krahasimi: nuk është ndërtuar mbi të njëjtin
message-room-closed = Salla u mbyll; dokumenti është siç ishte.
message-blind-on = Vlerësimi i verbër është i ndezur: statusi dhe bartësit e integruar dhe vlerësimet e të tjerëve fshihen derisa t'i zbuloni. Skedari e mban mend këtë.
message-blind-off = U zbulua: statusi dhe bartësit e integruar shfaqen sërish.
blind-banner = Vlerësim i verbër: jepni vlerësimin tuaj; statusi dhe bartësit e integruar dhe vlerësimet e të gjithë të tjerëve janë të fshehura.
blind-reveal = Zbulo
blind-reveal-hint = Shfaq statusin dhe bartësit e integruar dhe vlerësimet e të tjerëve (fik vlerësimin e verbër)
blind-hidden = e fshehur
blind-hidden-detail = E fshehur ndërsa vlerësoni verbërisht. "Zbulo" i shfaq.
blind-hidden-view = E fshehur ndërsa vlerësoni verbërisht: kjo pamje tregon statuset e integruara. "Zbulo" e shfaq.
room-none = Asnjë sallë nuk është e hapur. Skedari > Hap skedarët e sallës… (ose lëshoni disa skedarë mbi dritare) i tregon vlerësimet e pjesëmarrësve krah për krah.
room-blind = Salla është e fshehur ndërsa vlerësoni verbërisht.
room-heading =
    { $people ->
        [one] Salla: { $people } person
       *[other] Salla: { $people } persona
    }
room-measured = Rreshta që të paktën dy persona i vlerësuan vetë: { $rows } ({ $values } vlerësime nga { $raters } prej { $people } personash)
room-alpha = Alfa e Krippendorff-it { NUMBER($alpha, minimumFractionDigits: 3, maximumFractionDigits: 3) }
room-alpha-none = Alfa e Krippendorff-it e papërcaktuar (asgjë për t'u çiftuar, ose i njëjti status kudo)
room-kappa = Kapa e Fleiss-it { NUMBER($kappa, minimumFractionDigits: 3, maximumFractionDigits: 3) }
room-kappa-unequal = Pa kapa të Fleiss-it: ajo kërkon të njëjtin numër vlerësuesish në çdo rresht, dhe rreshtat kanë nga { $fewest } deri në { $most }
room-kappa-nothing = Pa kapa të Fleiss-it: asnjë rresht nuk ka dy vlerësues
room-kappa-chance = Pa kapa të Fleiss-it: të gjithë i dhanë çdo rreshti të njëjtin status
room-overlap = Mbivendosja e bartësve { NUMBER($overlap, minimumFractionDigits: 2, maximumFractionDigits: 2) } (indeksi mesatar i Jaccard-it për çdo çift)
room-show-names = Emërto ata që janë vetëm në një lexim
room-show-names-hint = E fikur kur projektoni: salla sheh sa veta e lexuan një rresht vetëm, jo kush
room-sort = Më shumë mospajtim së pari
room-col-row = Përgjegjësia
room-col-statuses = Statuset e zgjedhura
room-col-holders = Të përmendur nga shumica
room-col-built-in = I integruar
room-col-agreement = Çifte në pajtim, vetëm
room-count = { $status } { $count }
room-assessed = { $words } ({ $count } nga { $people })
room-nobody = askush nuk e vlerësoi
room-built-in-status = i integruar: { $status }
room-built-in = i integruar
room-agreement-value = { NUMBER($percent, maximumFractionDigits: 0) } %
room-alone-count =
    { $count ->
        [one] { $count } person vetëm
       *[other] { $count } persona vetëm
    }
room-alone-names = Vetëm: { $names }
room-named-by = { $holder } ({ $count })
room-most-named = Të përmendur nga shumica: { $holders }
room-row-name = { $row }: { $statuses }; i integruar { $built_in }; çifte në pajtim { $agreement }{ $alone }
room-detail-heading = Salla
room-notes-heading = Shënime nga salla
room-notes-none = Asnjë pjesëmarrës nuk shkroi shënim të përbashkët për këtë rresht.
room-slide-label = Salla:
room-slide-note = { $author }: { $text }
command-export-room-csv = Eksporto shifrat e sallës si CSV…
dialog-room-csv = CSV me shifrat e sallës
dialog-path-room-csv-heading = Eksportoni shifrat e sallës si CSV
dialog-path-room-csv-body = Shkruani shtegun e plotë të skedarit CSV që do të shkruhet (.csv): një rresht për çdo rresht, me sa veta zgjodhën secilin status.
room-people = Personat dhe rreshtat që vlerësoi secili
room-person =
    { $count ->
        [one] { $name }: { $count } rresht
       *[other] { $name }: { $count } rreshta
    }

# File > New comparison from a resolution… (ui/from_text.rs).
from-text-heading = Krahasim i ri nga një rezolutë
from-text-paste = Teksti i rezolutës
from-text-paste-hint = Ngjitni tekstin këtu (nga PDF-ja ose nga një faqe interneti)
from-text-presence = Prania (misioni)
from-text-presence-hint = p.sh. UNIFIL
from-text-paragraph-presence = Paragrafi { $paragraph }, prania
from-text-date = Data e miratimit (teksti nuk e jep)
from-text-none = Ende nuk u gjet asnjë paragraf operativ i numëruar
from-text-no-symbol = pa simbol
from-text-no-date = pa datë
from-text-found = { $rows ->
    [one] U gjet 1 rresht. Hiqni shenjën nga ato që do të lihen jashtë; klikoni një titull për ta ndarë rreshtin ose për ta bashkuar me të ardhshmin.
   *[other] U gjetën { $rows } rreshta. Hiqni shenjën nga ato që do të lihen jashtë; klikoni një titull për ta ndarë rreshtin ose për ta bashkuar me të ardhshmin.
}
from-text-create = Krijo krahasimin
from-text-open-file = Hap një skedar .txt…
from-text-address = Marrë nga (adresa)
from-text-unknown = nuk u gjet
from-text-recognised = U njoh: simboli { $symbol } · rezoluta { $number } e vitit { $year } · miratuar më { $date }
from-text-part = { $pinpoint }, pjesa { $part }
from-text-through = { $first }–{ $last }
from-text-select-row = Klikoni titullin e një rreshti për ta ndarë ose për ta bashkuar me të ardhshmin
from-text-row-words = Fjalët e { $pinpoint } (klikoni ku të ndahet)
from-text-split-before = Ndaj para
from-text-split-hint = klikoni te fjalët më sipër, ose shkruani fjalët me të cilat nis rreshti i ri
from-text-split = Ndaj këtu
from-text-split-tip = Rreshti bëhet dy: fjalët para këtyre, dhe pjesa tjetër
from-text-merge = Bashko me rreshtin e ardhshëm
from-text-row-presence = Prania e këtij rreshti
from-text-pasted = Tekst i ngjitur
message-new-from-text = { $rows ->
    [one] Krahasim i ri me 1 rresht, ende i pavlerësuar: ruajeni që ta mbani
   *[other] Krahasim i ri me { $rows } rreshta, ende të pavlerësuar: ruajeni që ta mbani
}
# Lista e kontrolleve.
checks-title = Kontrollet
checks-none = asnjë problem: krahasimi kalon check --strict
checks-count = { $errors ->
    [one] 1 gabim
   *[other] { $errors } gabime
}, { $warnings ->
    [one] 1 paralajmërim
   *[other] { $warnings } paralajmërime
}
checks-hint = Çfarë thotë mandate-compare check --strict për këtë krahasim, e përditësuar ndërsa punoni. Klikoni një problem për të zgjedhur rreshtin e tij.
# Ndryshimi i fakteve të krahasimit.
facts-edit = Ndrysho faktet
facts-edit-hint = Ndryshoni tekstin, statusin, bartësit, burimet, ngjarjet, qëndrimet dhe fazat e këtij rreshti. Zhbëj e kthen çdo ndryshim.
facts-heading = Faktet e rreshtit
facts-done = Mbaro
facts-title = Titulli
facts-paragraph = Paragrafi
facts-presence = Prania
facts-original = Teksti i mandatit
facts-status = Statusi
facts-as-of = Gjendja më (YYYY, YYYY-MM ose YYYY-MM-DD)
facts-bad-date = "{ $found }" nuk është datë: shkruani YYYY, YYYY-MM ose YYYY-MM-DD, p.sh. 1978-03-19
facts-date-needed = Duhet një datë: YYYY, YYYY-MM ose YYYY-MM-DD
facts-date-hint = YYYY-MM-DD
facts-holders = Bartësit sot
facts-pick-holders = Bartësit…
facts-summary = Përmbledhja
facts-sources = Burimet e statusit dhe të bartësve
facts-pick-sources = Burimet…
facts-none-picked = asnjë
facts-nothing-to-pick = Ende asnjë: shtojini te Ndrysho > Bartësit dhe burimet…
facts-open-registry = Bartësit dhe burimet…
facts-open-registry-hint = Shtoni, ndryshoni ose hiqni bartësit dhe burimet e krahasimit
facts-events = Ngjarjet
facts-event = Ngjarja { $n }
facts-remove-event = Hiq ngjarjen { $n }
facts-event-date = Ngjarja { $n }: data
facts-event-text = Ngjarja { $n }: çfarë ndodhi
facts-event-sources = Ngjarja { $n }: burimet…
facts-add-event = Shto ngjarje
facts-positions = Qëndrimet
facts-position = Qëndrimi { $n }
facts-remove-position = Hiq qëndrimin { $n }
facts-position-held-by = Qëndrimi { $n }: kush e mban
facts-position-view = Qëndrimi { $n }: pikëpamja
facts-position-sources = Qëndrimi { $n }: burimet…
facts-add-position = Shto qëndrim
facts-phases = Kush e mbajti dhe kur
facts-phase = Faza { $n }
facts-remove-phase = Hiq fazën { $n }
facts-phase-from = Faza { $n }: nga
facts-phase-status = Faza { $n }: statusi
facts-phase-holders = Faza { $n }: bartësit…
facts-phase-sources = Faza { $n }: burimet…
facts-add-phase = Shto fazë
facts-remove-row = Hiq këtë rresht
facts-remove-row-hint = Zhbëj e kthen, dhe shënimet e tij mbeten
facts-built-in = Faktet e të dhënave të integruara janë të kuratorëve të tyre; shënimet dhe vlerësimet tuaja vetjake i ndryshoni ju. Për një krahasim tuajin, përdorni Skedari > Krahasim i ri nga një rezolutë…
facts-read-only = Dokumenti është vetëm për lexim: përdorni Ruaj si për të bërë një kopje që mund ta ndryshoni
facts-no-presence = Krahasimi nuk ka asnjë prani ku të shtohet një rresht
message-row-removed = U hoq rreshti { $row }; Zhbëj e kthen
registry-title = Bartësit dhe burimet
registry-presences = Pranitë
registry-presence-short = Emri i shkurtër i pranisë { $id }
registry-presence-name = Emri i plotë i pranisë { $id }
registry-remove-presence = Hiq praninë { $id }
registry-new-presence = Emri i shkurtër i pranisë së re
registry-add-presence = Shto prani
registry-close = Mbyll
registry-holders = Bartësit
registry-holder-short = Emri i shkurtër ({ $id })
registry-holder-name = Emri i plotë ({ $id })
registry-holder-kind = Lloji ({ $id })
registry-remove-holder = Hiq bartësin { $id }
registry-new-holder = Emri i shkurtër i bartësit të ri
registry-add-holder = Shto bartës
registry-sources = Burimet
registry-source-title = Titulli ({ $id })
registry-source-publisher = Botuesi ({ $id })
registry-source-date = Data ({ $id })
registry-source-symbol = Simboli ({ $id })
registry-source-url = Adresa ({ $id })
registry-source-primary = Burim parësor ({ $id })
registry-source-primary-hint = Dokumenti i vetë organit që e nxjerr (OKB, BE, NATO, OSBE, një qeveri, një gjykatë) në adresën e tij zyrtare; hiqeni shenjën për lajme, analiza ose një kopje në një faqe tjetër
registry-remove-source = Hiq burimin { $id }
registry-new-source = Titulli i burimit të ri
registry-add-source = Shto burim
registry-cited = Citohet ende nga { $by }: ndryshojini ato më parë
registry-more = { $count } të tjera

# Problemet e një dokumenti, siç i thotë `check` dhe dritarja.
problem-line = { $severity }: { $place }: { $message }
problem-warning = paralajmërim
problem-error = gabim
problem-format = është { $found }, por ky version i aplikacionit lexon formatin { $reads }
problem-empty-id = identifikuesi është bosh
problem-id-twice = identifikuesi { $id } përdoret dy herë
problem-look-alike = identifikuesi { $id } lexohet si identifikuesi { $earlier }: ndryshojnë vetëm në { $likeness }, prandaj një referencë për njërin mund të emërtojë tjetrin
problem-likeness-normalisation = të njëjtat shkronja në një formë tjetër Unicode (NFC/NFD, me gjerësi të plotë)
problem-likeness-invisible = hapësira përreth ose shenja të padukshme (si një hapësirë me gjerësi zero)
problem-likeness-case = shkronja të mëdha dhe të vogla
problem-likeness-script = shkronja të një alfabeti tjetër që duken njësoj (cirilike ose greke në vend të latine)
problem-no-source = nuk citon asnjë burim
problem-unknown-source = citon burimin e panjohur { $id }
problem-unknown-holder = emërton bartësin e panjohur { $id }
problem-unknown-presence = emërton pranin e panjohur { $id }
problem-number-twice = numri { $number } përdoret dy herë për { $presence }
problem-empty-text = teksti i vitit 1999 është bosh
problem-nobody-holds-view = thotë se askush nuk e mban këtë qëndrim
problem-not-web-link = lidhja { $url } nuk është adresë http ose https
problem-orphan-note = ka të bëjë me rreshtin e panjohur { $row }; ruhet dhe shfaqet si jetim
problem-field-text = teksti i tij
problem-field-author = autori i tij
problem-field-tag = një etiketë
problem-direction-control = { $field } ka shenjën e padukshme të drejtimit { $code } ({ $name }), e cila mund ta shfaqë tekstin në një rend tjetër nga ai në të cilin është shkruar
problem-control-character = { $field } ka shenjën e kontrollit { $code }, e cila shfaqet si asgjë ose si kuti
problem-modified-before-created = u ndryshua para se të krijohej
problem-undecided = një bashkim la të pavendosur { $what }; hapeni skedarin në aplikacion për të zgjedhur
problem-undecided-row = një bashkim la të pavendosur { $what } të rreshtit { $row }; hapeni skedarin në aplikacion për të zgjedhur
problem-mirror-primary = është shënuar parësor, por lidhet me një kopje në { $host }; lidheni me adresën zyrtare ose shënojeni dytësor
problem-primary-no-address = është parësor, por nuk ka adresë
problem-official-un = { $symbol } është dokument i OKB-së; lidheni në { $hosts } (u gjet { $found })
problem-official-eu = { $symbol } është akt i BE-së; lidheni në { $hosts } (u gjet { $found })
problem-or = ose
problem-no-paragraph = nuk jep asnjë paragraf të mandatit
problem-paragraph-twice = e jep paragrafin { $paragraph } për herë të dytë
problem-no-as-of = nuk thotë kur u kontrollua statusi i tij (as_of)
problem-as-of-later = është më { $as_of }, më vonë se dokumenti më i ri mbi të cilin mbështeten statusi dhe bartësit ({ $source }, { $newest }); as_of është muaji i atij dokumenti
problem-as-of-earlier = është më { $as_of }, më herët se një dokument mbi të cilin mbështeten statusi dhe bartësit ({ $source }, { $newest }); as_of është muaji i atij dokumenti
problem-no-text-from = nuk thotë nga vjen teksti i tij i mandatit (original_from)
problem-verbatim-no-copy = e jep tekstin si fjalët e vetë mandatit, por nuk emërton kopjen e mandatit me të cilën u krahasua (u gjet { $found })
problem-wording-no-source = e jep tekstin si një formulim, por nuk emërton burimin që e formulon kështu (u gjet { $found })
problem-omission-unknown = thotë se teksti i tij lë jashtë fjalë të mandatit, por jo cilat, ose jo nga cili tekst i njohur
problem-one-sided = është i kontestuar, por jep qëndrimet e { $sides } bartësve; duhen të paktën dy
problem-events-out-of-order = i rendit ngjarjet jo sipas datës
problem-no-phases = nuk ka faza (kush e mbajti dhe kur)
problem-phases-begin-late = fazat fillojnë më { $from }, pas mandatit të { $mandate }
problem-phases-out-of-order = fazat nuk janë sipas datës
problem-last-phase-not-today = faza e fundit nuk është statusi dhe bartësit e sotëm (duhet të jenë të njëjtë)
