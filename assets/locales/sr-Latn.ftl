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
status-superseded = Zamenjena
    .description = Zamenio ju je drugi proces ili aranžman
status-contested = Sporna
    .description = Ko je nosilac zavisi od spornog tumačenja mandata
status-not-assessed = Neprocenjena
    .description = Još bez statusa: nije procenjeno šta je bilo sa funkcijom

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
menu-file = Datoteka
menu-edit = Uređivanje
menu-view = Prikaz
menu-help = Pomoć
menu-export = Izvoz
menu-language = Jezik
menu-open-recent = Otvori nedavne
menu-no-recent = Nema nedavnih datoteka
# A recent file in the File menu: its name and the folder it is in ($folder: that folder's
# own name); the full path shows on hover.
menu-recent-item = { $name } — { $folder }
menu-recent-missing = { $name } (nedostaje)
menu-recent-gone = { $path } više ne postoji
menu-recent-remove = Ukloni { $name }
menu-recent-remove-hint = Ukloni je sa ove liste
menu-undo-what = Opozovi: { $what }
menu-redo-what = Ponovi: { $what }
menu-one-line-rows = Skraćeni tekstovi u tabeli
menu-show-tags = Prikaži panel oznaka
menu-hide-tags = Sakrij panel oznaka
menu-tags-no-room = Sakrij panel oznaka (nema mesta pri ovoj veličini: proširite prozor ili umanjite)
menu-on = { $label } (uključeno)
menu-off = { $label } (isključeno)
menu-in-use = { $label } (u upotrebi)
menu-shortcuts-rows = Sledeći / prethodni red

# Help > About: what a paper needs to cite exactly what was used ($file, $readme: file names).
about-version = Verzija { $version }
about-data = Ugrađeni podaci: { $dataset }, izdanje { $release }
about-licence = Licenca: { $licence }
about-readme = Kako se instalira, koristi i citira: { $readme }, ovde
about-readme-missing = Ovaj primerak je stigao bez { $readme }; onaj u izvornom kodu kaže kako se instalira, koristi i citira
about-cite = Za citiranje programa i izdanja podataka: { $file }, pored { $readme }

# The message box when no graphics backend could draw the window.
graphics-failed-title = Mandate Compare ne može da otvori svoj prozor
graphics-failed-body = Nijedan način iscrtavanja prozora nije uspeo na ovom računaru:
graphics-failed-advice = Šta da probate: instalirajte ili ažurirajte drajver grafičke kartice (na Linuksu: { $packages }); na udaljenoj radnoj površini ili u virtuelnoj mašini pokrenite program na samom računaru. Komande kojima ne treba prozor ({ $commands }) rade isto.

command-new = Novo iz ugrađenih podataka
command-new-from-resolution = Novo poređenje iz rezolucije…
command-open = Otvori…
command-save = Sačuvaj
command-save-as = Sačuvaj kao…
command-compare-with = Uporedi sa…
command-end-compare = Izađi iz poređenja
command-merge-from = Spoji iz…
command-update-dataset = Ažuriraj ugrađene podatke…
command-export-markdown = Izvezi kao Markdown…
command-export-csv = Izvezi kao CSV…
command-export-notes-csv = Izvezi beleške kao CSV…
command-export-html = Izvezi kao HTML stranicu…
command-export-csl-json = Izvezi izvore kao CSL-JSON…
command-export-bibtex = Izvezi izvore kao BibTeX…
command-export-qdpx = Izvezi kao REFI-QDA projekat…
command-toggle-export-private = Uključi privatne beleške u izvoz
command-export-image = Izvezi prikaz kao PNG…
command-export-slides = Izvezi slajdove kao PNG…
command-quit = Izađi
command-undo = Opozovi
command-redo = Ponovi
command-find = Pronađi
command-add-row = Dodaj red
command-remove-row = Ukloni red
command-holders-and-sources = Nosioci i izvori…
command-clear-filters = Obriši filtere
command-deselect = Nazad na pregled
command-show-table = Tabela
command-show-summary = Pregledna slika
command-show-timeline = Vremenska linija
command-toggle-tags = Panel oznaka
command-toggle-reading-mode = Puni tekstovi u tabeli
command-zoom-in = Uvećaj
command-zoom-out = Umanji
command-zoom-reset = Stvarna veličina
command-theme-light = Svetla tema
command-theme-dark = Tamna tema
command-theme-high-contrast = Visok kontrast (projektor)
command-present = Prezentuj
command-next-slide = Sledeći slajd
command-previous-slide = Prethodni slajd
command-first-slide = Prvi slajd
command-last-slide = Poslednji slajd
command-end-presentation = Završi prezentaciju
command-command-palette = Paleta komandi…
command-show-shortcuts = Prečice na tastaturi
command-show-about = O programu Mandate Compare


## Table and filters

table-column-differs = U { $name }
table-column-responsibility = Odgovornost ({ $year })
table-column-status-holders = Status i nosioci danas
table-column-status = Status danas
table-column-holders = Nosioci danas
table-column-notes = Beleške
table-tab-table = Tabela
table-tab-summary = Pregledna slika
table-tab-timeline = Vremenska linija
table-no-match = Nijedna odgovornost ne odgovara pretrazi i filterima.
table-copy-citation = Kopiraj citat
table-resize-column = Promeni širinu kolone { $column } (prevucite ili dvaput kliknite da se prilagodi)
table-row-name = { $label }{ $paragraph }, { $title }, { $status }{ $checked }, { $holders }, { $notes }{ $differs }
table-row-paragraph = , par. { $paragraph }
table-row-yours = , vaša procena
table-row-as-of = , stanje na dan { $date }
table-worded = formulacija izvora { $source }
table-row-no-holder = bez nosioca
table-row-notes =
    { $count ->
        [0] bez beležaka
        [one] { $count } beleška
        [few] { $count } beleške
       *[other] { $count } beležaka
    }
table-row-differs = , razlikuje se: { $what }
table-paragraph = par. { $paragraph }
# In a table row a search found by other parts than its title and text; $fields lists them.
table-found-in = Pronađeno u: { $fields }
search-field-title = naslov
search-field-text = tekst mandata
search-field-summary = sažetak
search-field-holders = nosioci
search-field-events = događaji
search-field-positions = stavovi
search-field-notes = beleške
search-field-tags = oznake
search-field-authors = autori beleški
table-as-of-hint = Kada su ovaj status i njegovi nosioci poslednji put provereni
table-yours = vaša
table-yours-hint = Vaša procena; ugrađena: { $status }
table-theirs = njihova
table-theirs-hint = Sopstvena procena: { $author }; ugrađena: { $status }
table-differs-hint = Razlikuje se: { $what }
table-notes-count =
    { $count ->
        [one] { $count } beleška
        [few] { $count } beleške
       *[other] { $count } beležaka
    }
table-to-review = { $count } za proveru
table-to-review-hint = Beleške napisane pre nego što su se činjenice ovog reda promenile
table-update = Ažuriraj…
table-update-not-now = Ne sada
table-update-not-now-hint = Zadrži starije podatke; ponuda se vraća kada se datoteka ponovo otvori

filter-compares = Tada: { $original } ({ $original_date }) · Danas: { $current } ({ $current_date })
filter-search = Pretraga
filter-search-hint = tekstovi, nosioci, događaji, beleške
filter-presence-menu =
    { $count ->
        [0] Prisustvo: sve
       *[other] Prisustvo: { $count }
    }
filter-status-menu =
    { $count ->
        [0] Status: sve
       *[other] Status: { $count }
    }
filter-status-one = Status: { $status }
filter-status-own =
    { $count ->
        [one] { $count } red se filtrira po sopstvenoj proceni, ostali po ugrađenom statusu
        [few] { $count } reda se filtriraju po sopstvenoj proceni, ostali po ugrađenom statusu
       *[other] { $count } redova se filtrira po sopstvenoj proceni, ostali po ugrađenom statusu
    }
filter-holder-menu =
    { $count ->
        [0] Nosilac: sve
       *[other] Nosilac: { $count }
    }
filter-tag-menu =
    { $count ->
        [0] Oznaka: sve
       *[other] Oznaka: { $count }
    }
filter-none-in-document = Nema ih u ovom dokumentu
filter-notes-any = Beleške: sve
filter-notes-shared = Beleške: deljene
filter-notes-private = Beleške: privatne
filter-any-notes = Sve beleške
filter-with-shared = Sa deljenim beleškama
filter-with-private = Sa privatnim beleškama
filter-contested-only = Samo sporne
filter-contested-only-hint = Redovi sa statusom „Sporna” ili sa zabeleženim suprotstavljenim stavovima
filter-has-notes = Sa beleškama
filter-all-shown = Prikazani svi ({ $total })
filter-some-shown = Prikazano { $shown } od { $total }
filter-clear = Obriši filtere
filter-tags = Oznake:

tags-heading = Oznake
tags-none = Još nema oznaka. Označite belešku da biste grupisali beleške iz različitih redova.
tags-click-hint = Kliknite na oznaku da biste prikazali samo njene redove.
tags-rename-heading = Preimenuj ili spoji oznaku
tags-rename-from = Oznaka za preimenovanje
tags-choose = izaberite…
tags-new-name = Novi naziv
tags-new-name-hint = postojeća oznaka se spaja
tags-rename = Preimenuj svuda
tags-rename-hint = Na svakoj belešci, kao jedan korak koji se može opozvati

## Detail and notes

detail-data-in-english = Tekstovi mandata, sažeci, događaji i stavovi su na engleskom, kao u zvaničnom tekstu UN-a.
detail-overview = Pregled
detail-overview-hint = Izaberite odgovornost u tabeli (ili pritisnite strelicu nadole) da biste videli šta je s njom bilo.
detail-back-hint = Napustite ovaj red radi pregleda i beležaka o celom poređenju (Esc)
detail-jump-note = Napišite belešku…
detail-jump-note-hint = Idite na obrazac za belešku o ovom redu
detail-status-today = Status danas
detail-count-of = { $count } od { $total }
detail-count-not-assessed = Neprocenjeno, broji se odvojeno od statusa: { $count } od { $total }
detail-count-built-in = Ugrađeni
detail-count-with-own = Sa sopstvenim procenama
detail-own-count =
    { $count ->
        [one] Sopstvena procena zamenjuje ugrađeni status u { $count } redu.
        [few] Sopstvene procene zamenjuju ugrađeni status u { $count } reda.
       *[other] Sopstvene procene zamenjuju ugrađeni status u { $count } redova.
    }
detail-orphans =
    { $count ->
        [1] Upozorenje: { $count } beleška se odnosi na red koji ovaj dokument nema; zadržava se:
        [one] Upozorenje: { $count } beleška se odnosi na redove koje ovaj dokument nema; zadržava se:
        [few] Upozorenje: { $count } beleške se odnose na redove koje ovaj dokument nema; zadržavaju se:
       *[other] Upozorenje: { $count } beležaka se odnosi na redove koje ovaj dokument nema; zadržavaju se:
    }
detail-notes-whole = Beleške o poređenju u celini
detail-given = Poverena { $year }. godine: { $presence }
detail-cite-hint = Kako citirati reči mandata za ovaj red
detail-what-happened = Šta se dogodilo
detail-your-notes = Vaše beleške
detail-text-of = Tekst mandata: { $mandate }
detail-quoted = „{ $text }”
detail-as-worded = Formulacija iz izvora { $source }:
detail-wording-of = Formulacija izvora { $source }; nije proverena reč po reč prema tekstu mandata ({ $mandate }):
detail-checked-against = Provereno reč po reč prema izvoru { $source }
detail-omits = Tekst mandata ({ $mandate }) sadrži i reči koje ova formulacija izostavlja; poznato iz izvora { $source }: „{ $text }”
detail-cite-quoted = { $citation }: „{ $text }”
detail-cite-worded = { $citation }, u formulaciji izvora { $source }: { $text }
detail-status-holders = Status i nosioci danas
detail-built-in = Ugrađeno:
detail-as-of = stanje na dan { $date }
detail-as-of-hint = Mesec najnovijeg dokumenta na kome počivaju ovaj status i ovi nosioci
detail-sources-reach = Najnoviji izvor za ovaj status: { $source }, { $date }
detail-yours = Vaše:
detail-set-by = Autor: { $author }, { $date }
detail-timeline = Vremenska linija
detail-phases = Ko je bio nosilac i kada
detail-since = { $from } – danas
detail-positions = Stavovi
detail-no-positions = Nisu zabeleženi suprotstavljeni stavovi.
detail-held-by = Zastupa: { $holder }
detail-sources = Izvori
detail-sources-label = Izvori:
detail-source-secondary = { $source } (sekundarni)
detail-unknown-source = nepoznat izvor „{ $id }”
detail-open = otvori
detail-open-name = otvori { $source }
detail-copy = kopiraj
detail-copy-hint = Kopiraj citat: { $citation }
detail-copy-name = Kopiraj citat: { $source }
detail-no-holder = bez nosioca (zadatak je okončan)
detail-more-kb = … još { $amount } KB ovog teksta
detail-more-mb = … još { NUMBER($amount, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB ovog teksta
detail-show-more = Prikaži više
detail-show-less = Prikaži manje

note-none = Još nema beležaka.
note-showing = Beleške: prikazano { $shown } od { $total }.
note-show-more = Prikaži još { $count }
note-edited = { $created }, izmenjeno { $modified }
note-private-hint = Nikad se ne prikazuje u prezentacijama
note-delete-question = Obrisati ovu belešku?
note-delete = Obriši
note-keep = Zadrži
note-edit = Izmeni belešku
note-too-long = Duža je od { $max } znakova, koliko prima uređivač
note-delete-button = Obriši belešku
note-facts-changed = Činjenice su se promenile posle ove beleške ({ $date })
note-what-changed = Šta se promenilo: { $what }
note-what-changed-recorded = Šta se promenilo (kako je zabeležila ranija verzija): { $what }
fact-change-status = status { $was }, sada { $now }
fact-change-holders = nosioci
fact-change-phases = ko je bio nosilac i kada
fact-change-events =
    { $count ->
        [0] događaji
        [one] { $count } nov ili izmenjen događaj
        [few] { $count } nova ili izmenjena događaja
       *[other] { $count } novih ili izmenjenih događaja
    }
fact-change-positions = stavovi
note-mark-reviewed = Označi kao provereno
note-mark-reviewed-hint = Beleška važi i posle promene
note-editing = Izmena beleške
note-new = Nova beleška
note-your-name = Vaše ime (pita se jednom, pamti se)
note-your-name-hint = npr. A. Istraživač
note-signed = Nove beleške potpisuje { $author }
note-change-name = Promenite ime
note-change-name-hint = Na zajedničkom računaru: ime koje nose nove beleške i procene
note-use-name = Koristite ovo ime
note-text = Tekst beleške
note-text-hint = Šta ste primetili, šta treba proveriti, s čim se ne slažete
note-paste-refused =
    { $chars ->
        [one] Nije nalepljeno: { $chars } znak, a beleška prima najviše { $max }. Nalepite deo ili držite dugi tekst u datoteci i citirajte ga.
        [few] Nije nalepljeno: { $chars } znaka, a beleška prima najviše { $max }. Nalepite deo ili držite dugi tekst u datoteci i citirajte ga.
       *[other] Nije nalepljeno: { $chars } znakova, a beleška prima najviše { $max }. Nalepite deo ili držite dugi tekst u datoteci i citirajte ga.
    }
note-tags = Oznake (odvojene zarezima)
note-tags-hint = treba-izvor, policija
note-shared-hint = Prikazuje se u prezentacijama i izvozima
note-private-long-hint = Nikad se ne prikazuje u prezentacijama; izostavlja se iz izvoza, osim ako se ne zatraži
note-save = Sačuvaj belešku
note-add = Dodaj belešku
note-name-first = Prvo upišite svoje ime
note-cancel = Otkaži

assessment-give = Unesi sopstvenu procenu…
assessment-change = Izmeni svoju procenu…
assessment-restore = Vrati ugrađenu
assessment-heading = Vaša procena
assessment-status = Vaš status
assessment-holders = Vaši nosioci
assessment-save = Sačuvaj procenu
assessment-cancel = Otkaži

## Compare, merge and agreement

compare-with = Poređenje sa { $name }:
compare-rows-differ =
    { $count ->
        [0] nijedan red se ne razlikuje
        [one] { $count } red se razlikuje
        [few] { $count } reda se razlikuju
       *[other] { $count } redova se razlikuje
    }
compare-marked = (označeno u tabeli)
compare-differ-definition = Red se razlikuje kada se razlikuje ono što kaže: status ili nosioci (ugrađeni ili sopstvena procena), tekst ili beleške. Ko je to zapisao i kada, ne računa se.
compare-whole-differs = Razlikuju se i beleške o poređenju u celini.
compare-merge = Spoji iz { $name }
compare-merge-hint = Prenesite njihove beleške i procene u svoj dokument (jedan korak koji se može opozvati)
compare-merged-hint = Sve iz { $name } već je u vašem dokumentu ili čeka ispod tabele kao konflikt
compare-show-agreement = Prikaži saglasnost
compare-hide-agreement = Sakrij saglasnost
compare-agreement-hint = Koliko se vaše i njihove procene slažu, red po red
compare-leave = Izađi iz poređenja
compare-differs-only-yours = samo u vašoj
compare-differs-only-theirs = samo u njihovoj
compare-differs-status = status
compare-differs-holders = nosioci
compare-differs-assessment = sopstvena procena
compare-differs-text = tekst reda
compare-differs-notes =
    { $count ->
        [one] { $count } beleška
        [few] { $count } beleške
       *[other] { $count } beležaka
    }
compare-row-heading = Poređenje sa { $name }
compare-same = Isto u obe datoteke.
compare-missing-row = { $name } nema ovaj red.
compare-yours = Vaše
compare-theirs = Njihovo
compare-status = Status
compare-holders = Nosioci
compare-assessment = Sopstvena procena
compare-row-text = Tekst reda
compare-differs = razlikuje se
compare-none = nema
compare-by = autor: { $author }
compare-notes-only-yours = Beleške samo u vašoj
compare-notes-only-theirs = Beleške samo u { $name }
compare-notes-changed = Beleške izmenjene u { $name } (njihova verzija)

conflict-count =
    { $count ->
        [one] { $count } konflikt pri spajanju treba razrešiti
        [few] { $count } konflikta pri spajanju treba razrešiti
       *[other] { $count } konflikata pri spajanju treba razrešiti
    }{ $rows ->
        [one] {""}
        [few] , na { $rows } mesta
       *[other] , na { $rows } mesta
    }
conflict-keep-all-mine = Zadrži sve moje
conflict-take-all-theirs = Uzmi sve njihovo
conflict-all-hint = Razrešite ovako svaki konflikt ispod, kao jedan korak koji se može opozvati
conflict-explain = Vaša verzija ostaje u dokumentu dok ne izaberete; čuvanje zadržava konflikte u datoteci.
conflict-whole = Poređenje u celini
conflict-title = Konflikt { $number }: { $what } ({ $place })
conflict-what-status = status
conflict-what-holders = nosioci
conflict-what-assessment = sopstvena procena
conflict-what-row = tekst reda
conflict-what-note = beleška
conflict-deleted = obrisano
conflict-keep-mine = Zadrži moje
conflict-take-theirs = Uzmi njihovo
conflict-keep-both = Zadrži oba
conflict-choice-hint = Konflikt { $number }: { $choice }

agreement-headline =
    { $rows ->
        [one] Saglasnost: isti status u { $same } od { $rows } reda ({ NUMBER($percent, maximumFractionDigits: 0) } %), { $kappa }
        [few] Saglasnost: isti status u { $same } od { $rows } reda ({ NUMBER($percent, maximumFractionDigits: 0) } %), { $kappa }
       *[other] Saglasnost: isti status u { $same } od { $rows } redova ({ NUMBER($percent, maximumFractionDigits: 0) } %), { $kappa }
    }
agreement-kappa = Koenova kapa { NUMBER($kappa, minimumFractionDigits: 2, maximumFractionDigits: 2) }
agreement-kappa-undefined = kapa nije definisana
agreement-nothing = Saglasnost: nema šta da se meri
agreement-heading = Saglasnost sa { $name }
agreement-assessed = Redova u obe datoteke: { $common }. Sopstvene procene: vaše { $own_mine }, njihove { $own_theirs }, obe { $both }.
agreement-over-own =
    { $rows ->
        [one] Mereno na { $rows } redu koji ste oboje sami procenili.
        [few] Mereno na { $rows } reda koje ste oboje sami procenili.
       *[other] Mereno na { $rows } redova koje ste oboje sami procenili.
    }
agreement-over-all =
    { $rows ->
        [one] Mereno na { $rows } redu koji imaju obe datoteke; ugrađeni status stoji umesto procene gde je neko nije dao.
        [few] Mereno na sva { $rows } reda; ugrađeni status stoji umesto procene gde je neko nije dao.
       *[other] Mereno na svih { $rows } redova; ugrađeni status stoji umesto procene gde je neko nije dao.
    }
agreement-stand-in = Ugrađeni status stoji umesto procene
agreement-stand-in-hint = Merite i redove koje je procenio samo jedno od vas (ili niko), uzimajući umesto toga ugrađeni status i nosioce iz datoteke te osobe
agreement-none-both = Nijedan red nema sopstvenu procenu od oboje: nema šta da se meri. Označite „Ugrađeni status stoji umesto procene" da biste merili redove koje je jedno od vas procenilo prema ugrađenim podacima.
agreement-no-common = Dve datoteke nemaju nijedan zajednički red: nema šta da se meri.
agreement-no-own = Niko od vas nije dao sopstvenu procenu nijednog reda koji imaju obe datoteke: nema šta da se meri (brojke bi poredile samo ugrađene podatke).
agreement-same-status = Isti status
agreement-same-of =
    { $rows ->
        [one] { $same } od { $rows } reda ({ NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
        [few] { $same } od { $rows } reda ({ NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
       *[other] { $same } od { $rows } redova ({ NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
    }
agreement-cohen = Koenova kapa
agreement-kappa-value = { NUMBER($kappa, minimumFractionDigits: 3, maximumFractionDigits: 3) } (saglasnost očekivana slučajno: { NUMBER($expected, minimumFractionDigits: 1, maximumFractionDigits: 1) } %)
agreement-kappa-none = nije definisana: obe procene svim redovima daju jedan te isti status
agreement-holders = Nosioci (srednji Žakarov indeks)
agreement-holders-value = { NUMBER($value, minimumFractionDigits: 3, maximumFractionDigits: 3) }
agreement-built-in = { $status } (ugrađena)
agreement-disagreements =
    { $count ->
        [0] Svakom redu dajete isti status
        [one] { $count } red s različitim statusima
        [few] { $count } reda s različitim statusima
       *[other] { $count } redova s različitim statusima
    }
agreement-row = { $row }: vaše { $mine }; njihovo { $theirs }
agreement-row-hint = { $title }. Preklapanje nosilaca { NUMBER($overlap, minimumFractionDigits: 2, maximumFractionDigits: 2) } (1: isti nosioci).
agreement-pairs = Redovi po paru statusa (levo: vaši; gore: njihovi)
agreement-pair-hint =
    { $count ->
        [one] Vaše { $mine }, njihovo { $theirs }: { $count } red
        [few] Vaše { $mine }, njihovo { $theirs }: { $count } reda
       *[other] Vaše { $mine }, njihovo { $theirs }: { $count } redova
    }

## Summary, timeline and slides

summary-status-today = Status danas
summary-status-bar = { $status }: { $count } od { $total }
summary-not-assessed = Neprocenjeno (još bez statusa), broji se odvojeno od statusa: { $count } od { $total }
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
timeline-bar-held = { $from } do { $until }: { $status }, nosioci: { $holders }
timeline-bar-unheld = { $from } do { $until }: { $status }, bez nosioca

slide-keys = Desno ili Razmaknica: dalje · Levo: nazad · Esc: izlaz
slide-overview-subtitle =
    { $count ->
        [1] { $mandate }: { $count } odgovornost i šta je bilo s njom
        [one] { $mandate }: { $count } odgovornost i šta je bilo s njima
        [few] { $mandate }: { $count } odgovornosti i šta je bilo s njima
       *[other] { $mandate }: { $count } odgovornosti i šta je bilo s njima
    }
slide-timeline-title = Ko je bio nosilac čega i kada
slide-no-holder = bez nosioca: zadatak je okončan
slide-as-of = stanje na dan { $date }
slide-quote = „{ $text }”
slide-worded = formulacija izvora { $source }, ne reči samog mandata
slide-sources-reach = izvori do { $date }
slide-talking-points = Teme za razgovor
slide-key-dates = Ključni datumi
slide-positions = Stavovi
slide-own-assessment = Sopstvena procena, { $author }:
slide-built-in = Ugrađeno:
slide-own-same = isto
slide-exporting = Čuva se slajd { $slide } od { $total } kao PNG slika
summary-own-counted =
    { $count ->
        [one] { $count } red se broji po sopstvenoj proceni, ne po ugrađenom statusu
        [few] { $count } reda se broje po sopstvenoj proceni, ne po ugrađenom statusu
       *[other] { $count } redova se broji po sopstvenoj proceni, ne po ugrađenom statusu
    }

## Dialogs and messages
dialog-cancel = Otkaži
dialog-save = Sačuvaj
dialog-open = Otvori
dialog-save-as = Sačuvaj kao…
dialog-unsaved-heading = Sačuvati izmene dokumenta { $name }?
dialog-unsaved-heading-builtin = Sačuvati vaše izmene u sopstvenoj datoteci?
dialog-unsaved-builtin-note = Ugrađeni podaci koji dolaze uz aplikaciju nikad se ne menjaju: vaše izmene idu u novu datoteku.
dialog-unsaved-before-new = Vaše izmene će biti izgubljene ako ih ne sačuvate pre nego što počnete iznova od ugrađenih podataka.
dialog-unsaved-before-open = Vaše izmene će biti izgubljene ako ih ne sačuvate pre otvaranja druge datoteke.
dialog-unsaved-before-quit = Vaše izmene će biti izgubljene ako ih ne sačuvate pre izlaska.
dialog-dont-save = Ne čuvaj
dialog-type-path-label = Putanja
dialog-type-path-no-dialog = Na ovom računaru ne može da se prikaže prozor za datoteke, pa se putanja upisuje ovde.
dialog-path-open-heading = Otvorite dokument
dialog-path-document-body = Upišite punu putanju dokumenta (.ron datoteke) koji otvarate.
dialog-path-compare-heading = Uporedite sa datotekom kolege
dialog-path-merge-heading = Spojite iz datoteke kolege
dialog-path-colleague-body = Upišite punu putanju njihovog dokumenta (.ron datoteke).
dialog-path-compare = Uporedi
dialog-path-merge = Spoji
dialog-path-save-heading = Sačuvajte dokument kao
dialog-path-save-body = Upišite punu putanju dokumenta (.ron datoteke) koji se upisuje.
dialog-path-export-heading = Izvoz: { $kind }
dialog-path-export-body = Upišite punu putanju datoteke koja se upisuje ({ $kind }, .{ $extension }).
dialog-path-export = Izvezi
dialog-path-image-heading = Izvezite prikaz kao PNG sliku
dialog-path-image-body = Upišite punu putanju PNG slike koja se upisuje.
dialog-path-slides-heading = Izvezite slajdove kao PNG slike
dialog-path-slides-body = Upišite punu putanju fascikle u koju idu slajdovi (nova fascikla se pravi).
dialog-external-heading = Datoteka { $name } je izmenjena na disku
dialog-external-body = Drugi program (na primer git) izmenio je datoteku otkako ste je otvorili ili sačuvali. Prepisivanjem se gube te izmene; ponovnim učitavanjem gube se vaše.
dialog-overwrite = Prepiši
dialog-reload = Učitaj ponovo sa diska
dialog-recover-heading = Vratiti nesačuvan rad?
dialog-recover-body = Mandate Compare se nije pravilno zatvorio. Nesačuvane izmene datoteke { $name }, poslednji put kopirane { $when }, mogu se vratiti.
dialog-recover-body-builtin = Mandate Compare se nije pravilno zatvorio. Nesačuvane izmene ugrađenih podataka, poslednji put kopirane { $when }, mogu se vratiti.
dialog-recover-more =
    { $count ->
        [one] (Posle ove čeka još { $count } kopija.)
        [few] (Posle ove čekaju još { $count } kopije.)
       *[other] (Posle ove čeka još { $count } kopija.)
    }
dialog-restore = Vrati
dialog-discard = Odbaci
dialog-decide-later = Odluči kasnije
dialog-update-heading = Ažurirati na ugrađene podatke izdanja { $release }?
dialog-update-body = Činjenice koje su se promenile od izdanja { $from } (statusi, nosioci, događaji, stavovi, izvori) preuzimaju se iz novih podataka. Sve što ste napisali ostaje: beleške, oznake, vaše sopstvene procene i redovi ili izvori koje ste dodali ili izmenili. Gde ste izmenili ugrađeni tekst koji su izmenili i novi podaci, navode se obe verzije da izaberete. Beleške na redovima čije su se činjenice promenile označavaju se za proveru.
dialog-update-undo = To je jedan korak koji Opozovi vraća, a datoteka nije sačuvana dok je ne sačuvate.
dialog-update = Ažuriraj
dialog-vanished-heading = Datoteka { $name } više nije tu
dialog-vanished-body = Datoteka je obrisana ili preimenovana otkako ste je otvorili ili sačuvali (drugim programom, sinhronizacijom ili git naredbom). Vaše izmene su i dalje ovde.
dialog-write-again = Zapiši je ponovo
dialog-elsewhere-heading = Datoteka je otvorena u drugom prozoru
dialog-elsewhere-body = Datoteka { $name } je otvorena u drugom prozoru programa Mandate Compare (proces { $pid }). Dva prozora koja čuvaju istu datoteku prepisivala bi izmene jedan drugom. Ovde je možete čitati bez menjanja, a pomoću komande „Sačuvaj kao” zadržati sopstvenu kopiju.
dialog-open-read-only = Otvori samo za čitanje
dialog-filter-document = Mandate Compare dokument (*.ron)
dialog-open-title = Otvori poređenje
dialog-open-text-title = Otvori tekst rezolucije
dialog-filter-text = Običan tekst (*.txt)
dialog-path-text-heading = Otvorite tekst rezolucije
dialog-path-text-body = Upišite punu putanju teksta rezolucije (.txt datoteke sa običnim tekstom u UTF-8) koji čitate.
dialog-save-title = Sačuvaj poređenje kao
dialog-export-title = Izvoz: { $kind }
dialog-slides-title = Izvezi slajdove u
dialog-png-image = PNG slika
dialog-palette-title = Paleta komandi
dialog-palette-label = Komanda
dialog-palette-hint = Upišite deo komande, npr. „sač”
dialog-palette-none = Nijedna komanda se ne poklapa
dialog-drop-hint = Spustite .ron dokument da biste ga otvorili
dialog-drop-files =
    Spustite da otvorite:
    { $files }

message-no-file-dialog = Na ovom računaru nije moguće prikazati prozor za datoteke. Upišite putanju.
message-no-folder-dialog = Ovde nema prozora za izbor fascikle. Upišite fasciklu.
message-builtin-broken = Ugrađeni podaci su oštećeni: { $error }
message-empty-title = Prazno poređenje
message-empty-original = Prvobitni mandat
message-empty-today = Danas
message-started-again = Počeli ste iznova od ugrađenih podataka
message-opened-read-only = Otvoreno samo za čitanje: { $reason }. Upotrebite „Sačuvaj kao” da zadržite kopiju koju možete menjati.
message-opened =
    Otvorena je datoteka { $file } ({ $rows ->
        [one] { $rows } odgovornost
        [few] { $rows } odgovornosti
       *[other] { $rows } odgovornosti
    }, { $notes ->
        [one] { $notes } beleška
        [few] { $notes } beleške
       *[other] { $notes } beležaka
    })
message-opened-with-problems =
    { $count ->
        [1] Datoteka { $file } je otvorena, ali ima { $count } problem: { $problem }
        [one] Datoteka { $file } je otvorena, ali ima { $count } problem; prvi: { $problem }
        [few] Datoteka { $file } je otvorena, ali ima { $count } problema; prvi: { $problem }
       *[other] Datoteka { $file } je otvorena, ali ima { $count } problema; prvi: { $problem }
    }
message-not-opened = Datoteka nije otvorena; otvoreni dokument je nepromenjen. { $error }
message-not-saved-read-only = Nije sačuvano preko datoteke { $file }, koja je otvorena samo za čitanje: { $reason } Izaberite drugo ime.
message-saved = Sačuvano: { $file }
message-saved-with-conflicts =
    { $count ->
        [one] Sačuvano: { $file }; ostao je { $count } nerešen konflikt pri spajanju, čuva se u datoteci
        [few] Sačuvano: { $file }; ostala su { $count } nerešena konflikta pri spajanju, čuvaju se u datoteci
       *[other] Sačuvano: { $file }; ostalo je { $count } nerešenih konflikata pri spajanju, čuvaju se u datoteci
    }
message-not-saved = Nije sačuvano; datoteka na disku je nepromenjena. { $error }
message-read-only-elsewhere = Datoteka { $name } je otvorena u drugom prozoru programa Mandate Compare (proces { $pid }); ovde je otvorena samo za čitanje da nijedan prozor ne bi prepisao izmene drugog. Upotrebite „Sačuvaj kao” da zadržite kopiju koju možete menjati.
message-comparing = Poređenje sa { $name }: { $differ }
message-compare-failed = Datoteka za poređenje nije otvorena; ništa nije promenjeno. { $error }
message-compare-ended = Poređenje sa { $name } je završeno
message-merge-failed = Datoteka za spajanje nije otvorena; dokument je nepromenjen. { $error }
message-nothing-to-merge = Nema šta da se spoji: { $name } nema ništa što ovom dokumentu nedostaje
message-merged =
    Spojeno sa { $name }: { $added ->
        [one] dodata je { $added } beleška
        [few] dodate su { $added } beleške
       *[other] dodato je { $added } beležaka
    }{ $conflicts ->
        [0] {""}
        [one] , { $conflicts } konflikt treba rešiti ispod tabele
        [few] , { $conflicts } konflikta treba rešiti ispod tabele
       *[other] , { $conflicts } konflikata treba rešiti ispod tabele
    }{ $notices }; sada { $differ }. Opozovi vraća celo spajanje.
message-conflict-resolved =
    Konflikt je rešen: { $choice ->
        [mine] zadrži moje
        [theirs] uzmi njihovo
       *[both] zadrži oba
    }; preostalo: { $left }{ $marked ->
        [0] {""}
        [one] ; { $marked } beleška napisana pre promene činjenica reda označena je za proveru
        [few] ; { $marked } beleške napisane pre promene činjenica reda označene su za proveru
       *[other] ; { $marked } beležaka napisanih pre promene činjenica reda označeno je za proveru
    }
message-conflicts-all-resolved =
    { $count ->
        [one] Rešen je { $count } konflikt
        [few] Rešena su { $count } konflikta
       *[other] Rešeno je { $count } konflikata
    }: { $choice ->
        [mine] zadržano je sve moje
       *[theirs] uzeto je sve njihovo
    }{ $marked ->
        [0] {""}
        [one] ; { $marked } beleška napisana pre promene činjenica reda označena je za proveru
        [few] ; { $marked } beleške napisane pre promene činjenica reda označene su za proveru
       *[other] ; { $marked } beležaka napisanih pre promene činjenica reda označeno je za proveru
    }
message-conflict-gone = Taj konflikt je već rešen
message-exported =
    Izvezeno: { $format } u { $file } ({ $private ->
        [yes] sa privatnim beleškama
       *[no] bez privatnih beležaka
    })
message-not-exported = Nije izvezeno. { $error }
message-export-replaced =
    { $count ->
        [one] { $count } znak koji programi za čitanje ne prihvataju (kontrolni znak ili Unicode neznak) zamenjen je znakom za zamenu (U+FFFD)
        [few] { $count } znaka koja programi za čitanje ne prihvataju (kontrolni znakovi ili Unicode neznakovi) zamenjena su znakom za zamenu (U+FFFD)
       *[other] { $count } znakova koje programi za čitanje ne prihvataju (kontrolni znakovi ili Unicode neznakovi) zamenjeno je znakom za zamenu (U+FFFD)
    }
message-already-newest = Ovaj dokument već koristi najnovije ugrađene podatke ili nije zasnovan na njima
message-updated =
    Ažurirano na ugrađene podatke izdanja { $release }: { $rows ->
        [one] promenjen je { $rows } red
        [few] promenjena su { $rows } reda
       *[other] promenjeno je { $rows } redova
    }, { $sources ->
        [one] dodat je { $sources } izvor
        [few] dodata su { $sources } izvora
       *[other] dodato je { $sources } izvora
    }, { $notes ->
        [one] { $notes } vaša beleška na promenjenim redovima označena je za proveru
        [few] { $notes } vaše beleške na promenjenim redovima označene su za proveru
       *[other] { $notes } vaših beležaka na promenjenim redovima označeno je za proveru
    }{ $conflicts ->
        [0] {""}
        [one] ; { $conflicts } konflikt gde ste izmenili ugrađeni tekst koji su izmenili i novi podaci, naveden ispod tabele
        [few] ; { $conflicts } konflikta gde ste izmenili ugrađene tekstove koje su izmenili i novi podaci, navedena ispod tabele
       *[other] ; { $conflicts } konflikata gde ste izmenili ugrađene tekstove koje su izmenili i novi podaci, navedenih ispod tabele
    }{ $notices }. Još nije sačuvano; Opozovi vraća celo ažuriranje.
message-update-offer = Ova datoteka koristi ugrađene podatke izdanja { $built_on }; dostupno je izdanje { $latest }.
message-update-assumed =
    { $differences ->
        [0] Datoteka ne navodi na kojim je ugrađenim podacima zasnovana; njen sadržaj su ugrađeni podaci izdanja { $release }.
        [one] Datoteka ne navodi na kojim je ugrađenim podacima zasnovana; najbliže je izdanje { $release } ({ $differences } razlika, uneta ručno).
        [few] Datoteka ne navodi na kojim je ugrađenim podacima zasnovana; najbliže je izdanje { $release } ({ $differences } razlike, unete ručno).
       *[other] Datoteka ne navodi na kojim je ugrađenim podacima zasnovana; najbliže je izdanje { $release } ({ $differences } razlika, unetih ručno).
    }
message-recovery-not-removed = Kopija za oporavak { $file } nije uklonjena: { $error }
message-recovery-not-written = Kopija za oporavak nije zapisana: { $error }
message-not-removed = Uklanjanje nije uspelo ({ $file }): { $error }
message-restored = Vraćen je nesačuvan rad od { $when }; sačuvajte ga da biste ga zadržali
message-not-restored = Vraćanje nije uspelo: { $error }
message-tag-not-renamed = Nijedna beleška nema oznaku { $tag }, ili je novi naziv prazan
message-read-only-refused = Nije moguće izvršiti „{ $what }”: dokument je samo za čitanje. Upotrebite „Sačuvaj kao” da napravite kopiju koju možete menjati.
message-cannot = Nije moguće izvršiti „{ $what }”: { $error }
message-undone = Opozvano: { $what }
message-redone = Ponovljeno: { $what }
message-nothing-to-undo = Nema šta da se opozove
message-nothing-to-redo = Nema šta da se ponovi
message-cannot-undo = Opozivanje nije uspelo: { $error }
message-cannot-redo = Ponavljanje nije uspelo: { $error }
message-edit-add-note = dodavanje beleške
message-edit-restore-note = vraćanje beleške
message-edit-edit-note = izmena beleške
message-edit-delete-note = brisanje beleške
message-edit-mark-reviewed = označavanje beleške kao proverene
message-edit-set-assessment = postavljanje sopstvene procene
message-edit-restore-assessment = vraćanje ugrađene procene
message-edit-change-row = izmena reda
message-edit-resolve-conflict = rešavanje konflikta
message-edit-restore-conflict = vraćanje konflikta
message-edit-merge = spajanje
message-edit-rename-tag = preimenovanje oznake
message-edit-edit-facts = izmena činjenica
message-edit-add-row = dodavanje reda
message-edit-remove-row = uklanjanje reda
message-edit-add-presence = dodavanje prisustva
message-edit-edit-presence = izmena prisustva
message-edit-remove-presence = uklanjanje prisustva
message-edit-add-holder = dodavanje nosioca
message-edit-edit-holder = izmena nosioca
message-edit-remove-holder = uklanjanje nosioca
message-edit-add-source = dodavanje izvora
message-edit-edit-source = izmena izvora
message-edit-remove-source = uklanjanje izvora
message-slides-not-exported = Slajdovi nisu izvezeni: { $error }
message-image-saved = Slika je sačuvana: { $file }
message-image-not-saved = Slika nije sačuvana: { $error }
message-slides-exported =
    { $count ->
        [one] Izvezen je { $count } slajd u { $folder }
        [few] Izvezena su { $count } slajda u { $folder }
       *[other] Izvezeno je { $count } slajdova u { $folder }
    }
message-slides-cancelled = Izvoz slajdova je otkazan: { $written } od { $total } sačuvano u { $folder }
message-not-a-document = Mogu se otvoriti samo Mandate Compare dokumenti (.ron datoteke), a ne { $files }
message-copied = Kopirano: { $citation }
message-busy = { $job } još traje: sačekajte da se završi ili ga otkažite u statusnoj traci
message-locked-by-job = Nije moguće izvršiti „{ $what }” dok ovo traje: { $job } Sačekajte da se završi ili ga otkažite u statusnoj traci.
message-job-cancelled = Otkazano: { $job } Ništa nije promenjeno ni upisano.
message-job-stale = Nije primenjeno: { $job } Dokument se u međuvremenu promenio; pokrenite ponovo.
message-read-only-newer-format =
    Datoteku { $file } je napisala novija verzija programa Mandate Compare (format { $found }); ova verzija čita format { $supported }. Otvorena je samo za čitanje: upotrebite Sačuvaj kao da zadržite kopiju u formatu { $supported }. { $count ->
        [0] Svako polje u njoj je razumljivo.
        [one] Kopija bi izostavila { $count } polje koje ova verzija ne razume: { $fields }.
        [few] Kopija bi izostavila { $count } polja koja ova verzija ne razume: { $fields }.
       *[other] Kopija bi izostavila { $count } polja koja ova verzija ne razume: { $fields }.
    }
notice-both-changed = obe strane su promenile { $part }; zadržava se vaša verzija
notice-row-deleted-in-theirs = red „{ $row }” je obrisan kod njih, a promenjen kod vas; zadržava se
notice-row-deleted-in-yours = red „{ $row }” je obrisan kod vas, a promenjen kod njih; zadržava se
notice-part-title = naslov
notice-part-title-translations = prevode naslova
notice-part-original = prvobitni mandat
notice-part-current = sadašnje uređenje
notice-part-key-dates = ključne datume
notice-part-presence = prisustvo „{ $id }”
notice-part-holder = nosioca „{ $id }”
notice-part-source = izvor „{ $id }”
message-language = Jezik interfejsa: { $language }

statusbar-rows =
    { $count ->
        [one] { $count } odgovornost
        [few] { $count } odgovornosti
       *[other] { $count } odgovornosti
    }
statusbar-notes =
    { $count ->
        [one] { $count } beleška
        [few] { $count } beleške
       *[other] { $count } beležaka
    }
statusbar-unsaved = nesačuvane izmene
statusbar-builtin = ugrađeni podaci
statusbar-warning = Upozorenje: { $text }
statusbar-error = Greška: { $text }
statusbar-dismiss = Zatvori
statusbar-job-cancel = Otkaži
statusbar-job-cancelling = { $job } (otkazuje se)
statusbar-job-exporting = Izvozi se { $format }…
statusbar-job-comparing = Čita se { $name } radi poređenja…
statusbar-job-merging = Spaja se { $name }…
statusbar-job-updating = Ažuriranje na ugrađene podatke od { $release }…
statusbar-job-slides = Slajdovi se čuvaju kao PNG slike…

title-builtin = Ugrađeni podaci
title-window = { $marker }{ $name } — { $app }
title-window-read-only = { $marker }{ $name } (samo za čitanje) — { $app }
title-exporting-slides = Čuva se slajd { $slide } od { $total } — { $app }


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
    .description = Izvori kao CSL-JSON, za Zotero, Pandoc i citeproc
export-format-bibtex = BibTeX izvora
    .description = Izvori kao BibTeX, za LaTeX i programe za reference
export-format-qdpx = REFI-QDA projekat
    .description = REFI-QDA projekat (.qdpx) za QualCoder, ATLAS.ti, NVivo ili MAXQDA (samo izvoz)

export-compared = Tada: { $original } ({ $original_date }). Danas: { $current } ({ $current_date }).
export-held-today = Nosioci danas
export-notes = Beleške
export-own-status = sopstvena procena: { $status }
export-own-assessment = { $status }; nosioci: { $holders } ({ $author }, { $date })
export-nobody = niko
export-as-of = stanje na dan { $date }
export-as-worded = Formulacija iz izvora { $source }:
export-worded = Formulacija izvora { $source }; nije proverena reč po reč prema tekstu mandata ({ $mandate }):
export-omits = Tekst mandata ({ $mandate }) sadrži i reči koje ova formulacija izostavlja; poznato iz izvora { $source }: „{ $text }”
export-checked = reči samog mandata, provereno prema izvoru { $source }
export-who-held-when = Ko je bio nosilac i kada
export-phase = od { $date }: { $status }; nosioci: { $holders }
export-what-happened = Šta se dogodilo
export-positions = Stavovi
export-sources = Izvori
export-notes-whole = Beleške o poređenju u celini
export-notes-orphans = Beleške o redovima kojih nema u ovom dokumentu
export-note-changed = izmenjeno { $date }
export-note-private = privatna
export-note-about = o redu { $row }
export-tags = Oznake
export-timeline = Ko je bio nosilac čega i kada
export-svg-name =
    { $count ->
        [1] Vremenska linija za { $count } odgovornost, od { $date } ({ $mandate }) do danas ({ $today }): ko je bio nosilac i kada
        [one] Vremenska linija za { $count } odgovornost, od { $date } ({ $mandate }) do danas ({ $today }): ko je bio nosilac svake i kada
        [few] Vremenska linija za { $count } odgovornosti, od { $date } ({ $mandate }) do danas ({ $today }): ko je bio nosilac svake i kada
       *[other] Vremenska linija za { $count } odgovornosti, od { $date } ({ $mandate }) do danas ({ $today }): ko je bio nosilac svake i kada
    }

export-qdpx-source = { $presence }: odgovornosti rečima mandata
export-qdpx-private-note = Privatna beleška
export-qdpx-status-code = Šta je bilo s funkcijom na terenu (ugrađena procena)
export-qdpx-own-code = Korisnikov sopstveni status reda, pored ugrađenog
# The name of an own-assessment code ("Own assessment: Shared"), unlike the status codes' names: QDA
# tools such as QualCoder want every code name once.
export-qdpx-own-status-code = { glossary-own-assessment }: { $status }
export-qdpx-tag-code = Beleške sa oznakom { $tag }
export-qdpx-tags-code = Oznake beležaka u redu
export-qdpx-whole-document = ceo dokument
export-qdpx-missing-row = red { $row }, kojeg nema u ovom dokumentu
export-qdpx-note = Beleška ({ $author }): { $subject }
export-qdpx-description = { $title }. Tada: { $original }; danas: { $current }. Izvezeno iz programa Mandate Compare.
export-qdpx-description-dataset = { $title }. Tada: { $original }; danas: { $current }; ugrađeni podaci { $dataset }, izdanje { $release }. Izvezeno iz programa Mandate Compare.

## Errors of files

error-cannot-read = { $file }: datoteka ne može da se pročita: { $reason }
error-not-utf8 = { $file }:{ $line }:{ $column }: očekivan je UTF-8 tekst; sačuvajte datoteku kao UTF-8 (pdftotext podrazumevano piše UTF-8)
error-too-large = { $file }: datoteka ima { $size ->
        [one] { $size } bajt
        [few] { $size } bajta
       *[other] { $size } bajtova
    }, više od { $limit ->
        [one] { $limit } bajta
        [few] { $limit } bajta
       *[other] { $limit } bajtova
    } koliko dokument sme da ima
error-newer-format = { $file }: datoteka je u formatu { $found }, koji je zapisala novija verzija programa Mandate Compare; ova verzija čita format { $supported } i starije
error-cannot-save = { $file } ne može da se sačuva: { $step }: { $reason }
error-cannot-create-folder = fascikla { $folder } ne može da se napravi: { $reason }
error-os-not-found = nema takve datoteke ni fascikle
error-os-permission-denied = pristup nije dozvoljen
error-os-read-only = disk je samo za čitanje
error-os-storage-full = disk je pun
error-os-is-a-folder = to je fascikla
error-os-invalid-data = datoteka nije UTF-8 tekst
error-step-folder = putanja je fascikla
error-step-link = praćenje simboličke veze
error-step-temporary = pravljenje privremene datoteke u fascikli
error-step-permissions = davanje novoj datoteci dozvola stare
error-step-write = upisivanje privremene datoteke
error-step-backup = čuvanje rezervne kopije
error-step-rename = zamena ciljne datoteke privremenom
error-edit-no-note = ne postoji beleška sa oznakom „{ $id }”
error-edit-duplicate-note = beleška sa oznakom „{ $id }” već postoji
error-edit-no-row = ne postoji red sa oznakom „{ $id }”
error-edit-no-conflict = ne postoji konflikt broj { $number }
error-edit-empty-note = beleška je prazna
error-edit-built-in = činjenice ugrađenih podataka ne menjaju se u aplikaciji; vaše beleške i sopstvene procene mogu
error-edit-duplicate-id = oznaka „{ $id }” se već koristi
error-edit-no-presence = ne postoji prisustvo sa oznakom „{ $id }”
error-edit-no-holder = ne postoji nosilac sa oznakom „{ $id }”
error-edit-no-source = ne postoji izvor sa oznakom „{ $id }”
error-edit-still-cited = „{ $id }” se još navodi u: { $by }
error-step-inspect = pregled onoga što se nalazi na putanji
error-step-special = putanja je uređaj, cev ili utičnica, a ne datoteka
error-step-stream = upisivanje u uređaj ili cev
error-step-lock = zaključavanje privremene datoteke
error-step-flush = pražnjenje privremene datoteke
error-step-sync = sinhronizovanje privremene datoteke na disk
error-step-check = ponovno čitanje datoteke da bi se videlo da li se promenila
error-step-backup-sync = sinhronizovanje rezervne kopije na disk
error-step-backup-rename = postavljanje nove rezervne kopije na mesto stare
error-step-sync-folder = sinhronizovanje fascikle na disk
error-step-png = kodiranje PNG slike
error-step-recovery-folder = pravljenje fascikle za oporavak
error-step-open-mark = označavanje datoteke kao otvorene u ovom prozoru
error-serialize = dokument ne može da se zapiše kao RON: { $reason }
error-changed-on-disk = { $file } se promenio na disku pošto je pročitan (upisao ga je drugi program); ništa nije zapisano, pa ta izmena ostaje: pokrenite komandu ponovo

## Sala: datoteke mnogih učesnika jednog poređenja, jedna pored druge (zahtev 28)
command-open-room = Otvori datoteke sale…
command-end-room = Zatvori salu
command-toggle-blind = Slepo ocenjivanje
command-show-room = Prikaži salu
table-tab-room = Sala
message-edit-blind = uključivanje ili isključivanje slepog ocenjivanja
dialog-open-room-title = Datoteke sale (izaberite više njih)
dialog-path-room-heading = Otvorite datoteke sale
dialog-path-room-body = Upišite punu putanju fascikle sa dokumentima učesnika (.ron datoteke) ili jednog dokumenta.
statusbar-job-room =
    { $count ->
        [one] Čita se { $count } datoteka sale…
        [few] Čitaju se { $count } datoteke sale…
       *[other] Čita se { $count } datoteka sale…
    }
message-room-opened =
    { $count ->
        [one] Sala: otvorena je { $count } datoteka{ $updated }{ $refused }
        [few] Sala: otvorene su { $count } datoteke{ $updated }{ $refused }
       *[other] Sala: otvoreno je { $count } datoteka{ $updated }{ $refused }
    }
message-room-updated =
    { $count ->
        [one] ; { $count } je napravljena na starijim ugrađenim podacima i ažurirana je u memoriji (datoteka se ne menja)
        [few] ; { $count } su napravljene na starijim ugrađenim podacima i ažurirane su u memoriji (datoteke se ne menjaju)
       *[other] ; { $count } je napravljeno na starijim ugrađenim podacima i ažurirano je u memoriji (datoteke se ne menjaju)
    }
message-room-refused =
    { $count ->
        [one] ; { $count } datoteka nije otvorena: { $files }
        [few] ; { $count } datoteke nisu otvorene: { $files }
       *[other] ; { $count } datoteka nije otvoreno: { $files }
    }
message-room-none = Nijedna datoteka sale nije mogla da se otvori: { $files }
message-room-no-files = Tu nema dokumenata (.ron datoteka) koji bi se otvorili kao datoteke sale.
message-room-other = { $file } nema nijedan red ovog poređenja: nije napravljena na istom
message-room-closed = Sala je zatvorena; dokument je kakav je bio.
message-blind-on = Slepo ocenjivanje je uključeno: ugrađeni status i nosioci i tuđe procene skriveni su dok ih ne otkrijete. Datoteka to pamti.
message-blind-off = Otkriveno: ugrađeni status i nosioci ponovo se prikazuju.
blind-banner = Slepo ocenjivanje: dajte sopstvenu procenu; ugrađeni status i nosioci i procene svih ostalih su skriveni.
blind-reveal = Otkrij
blind-reveal-hint = Prikaži ugrađeni status i nosioce i tuđe procene (isključuje slepo ocenjivanje)
blind-hidden = skriveno
blind-hidden-detail = Skriveno dok ocenjujete naslepo. „Otkrij” ih prikazuje.
blind-hidden-view = Skriveno dok ocenjujete naslepo: ovaj prikaz pokazuje ugrađene statuse. „Otkrij” ga prikazuje.
room-none = Nijedna sala nije otvorena. Datoteka > Otvori datoteke sale… (ili prevucite više datoteka na prozor) prikazuje procene učesnika jednu pored druge.
room-blind = Sala je skrivena dok ocenjujete naslepo.
room-heading =
    { $people ->
        [one] Sala: { $people } osoba
        [few] Sala: { $people } osobe
       *[other] Sala: { $people } osoba
    }
room-measured = Redova koje su bar dve osobe same ocenile: { $rows } ({ $values } procena, { $raters } od { $people } osoba)
room-alpha = Krippendorffova alfa { NUMBER($alpha, minimumFractionDigits: 3, maximumFractionDigits: 3) }
room-alpha-none = Krippendorffova alfa nije definisana (nema šta da se upari ili je svuda isti status)
room-kappa = Fleissova kapa { NUMBER($kappa, minimumFractionDigits: 3, maximumFractionDigits: 3) }
room-kappa-unequal = Nema Fleissove kape: potreban joj je isti broj ocenjivača u svakom redu, a redovi imaju od { $fewest } do { $most }
room-kappa-nothing = Nema Fleissove kape: nijedan red nema dva ocenjivača
room-kappa-chance = Nema Fleissove kape: svi su svakom redu dali isti status
room-overlap = Preklapanje nosilaca { NUMBER($overlap, minimumFractionDigits: 2, maximumFractionDigits: 2) } (prosečni Jaccardov indeks svakog para)
room-show-names = Imenuj one koji su sami u svom čitanju
room-show-names-hint = Isključeno pri projekciji: sala vidi koliko njih je samo u čitanju reda, a ne ko
room-sort = Najveće neslaganje prvo
room-col-row = Odgovornost
room-col-statuses = Izabrani statusi
room-col-holders = Većina navodi
room-col-built-in = Ugrađeno
room-col-agreement = Saglasni parovi, sami
room-count = { $status } { $count }
room-assessed = { $words } ({ $count } od { $people })
room-nobody = niko ga nije ocenio
room-built-in-status = ugrađeno: { $status }
room-built-in = ugrađeno
room-agreement-value = { NUMBER($percent, maximumFractionDigits: 0) } %
room-alone-count = sami u čitanju: { $count }
room-alone-names = Sami: { $names }
room-named-by = { $holder } ({ $count })
room-most-named = Većina navodi: { $holders }
room-row-name = { $row }: { $statuses }; ugrađeno { $built_in }; saglasni parovi { $agreement }{ $alone }
room-detail-heading = Sala
room-notes-heading = Beleške iz sale
room-notes-none = Nijedan učesnik nije napisao zajedničku belešku o ovom redu.
room-slide-label = Sala:
room-slide-note = { $author }: { $text }
command-export-room-csv = Izvezi brojke sale kao CSV…
dialog-room-csv = CSV sa brojkama sale
dialog-path-room-csv-heading = Izvezite brojke sale kao CSV
dialog-path-room-csv-body = Upišite punu putanju CSV datoteke koja se piše (.csv): jedan red za svaki red, sa brojem onih koji su izabrali svaki status.
room-people = Osobe i redovi koje je svaka ocenila
room-person =
    { $count ->
        [one] { $name }: { $count } red
        [few] { $name }: { $count } reda
       *[other] { $name }: { $count } redova
    }

# File > New comparison from a resolution… (ui/from_text.rs).
from-text-heading = Novo poređenje iz rezolucije
from-text-paste = Tekst rezolucije
from-text-paste-hint = Nalepite tekst ovde (iz PDF-a ili sa veb-stranice)
from-text-presence = Prisustvo (misija)
from-text-presence-hint = npr. UNIFIL
from-text-paragraph-presence = Paragraf { $paragraph }, prisustvo
from-text-date = Datum usvajanja (tekst ga ne navodi)
from-text-none = Još nije pronađen nijedan numerisani operativni paragraf
from-text-no-symbol = bez oznake
from-text-no-date = bez datuma
from-text-found = { $rows ->
    [one] Pronađen { $rows } red. Uklonite oznaku sa onoga što izostavljate; kliknite na naslov da biste red podelili ili spojili sa sledećim.
    [few] Pronađena { $rows } reda. Uklonite oznaku sa onoga što izostavljate; kliknite na naslov da biste red podelili ili spojili sa sledećim.
   *[other] Pronađeno { $rows } redova. Uklonite oznaku sa onoga što izostavljate; kliknite na naslov da biste red podelili ili spojili sa sledećim.
}
from-text-create = Napravi poređenje
from-text-open-file = Otvori .txt datoteku…
from-text-address = Preuzeto sa (adresa)
from-text-unknown = nije pronađeno
from-text-recognised = Prepoznato: oznaka { $symbol } · rezolucija { $number } iz { $year } · usvojena { $date }
from-text-part = { $pinpoint }, deo { $part }
from-text-through = { $first }–{ $last }
from-text-select-row = Kliknite na naslov reda da biste ga podelili ili spojili sa sledećim
from-text-row-words = Reči za { $pinpoint } (kliknite gde delite)
from-text-split-before = Podeli ispred
from-text-split-hint = kliknite u reči iznad ili upišite reči kojima novi red počinje
from-text-split = Podeli ovde
from-text-split-tip = Red postaje dva: reči pre ovih i ostatak
from-text-merge = Spoji sa sledećim redom
from-text-row-presence = Prisustvo ovog reda
from-text-pasted = Nalepljeni tekst
message-new-from-text = { $rows ->
    [one] Novo poređenje sa { $rows } redom, još neprocenjenim: sačuvajte ga da biste ga zadržali
    [few] Novo poređenje sa { $rows } reda, još neprocenjena: sačuvajte ga da biste ga zadržali
   *[other] Novo poređenje sa { $rows } redova, još neprocenjenih: sačuvajte ga da biste ga zadržali
}
# Lista provera.
checks-title = Provere
checks-none = nema problema: poređenje prolazi check --strict
checks-count = { $errors ->
    [one] { $errors } greška
    [few] { $errors } greške
   *[other] { $errors } grešaka
}, { $warnings ->
    [one] { $warnings } upozorenje
    [few] { $warnings } upozorenja
   *[other] { $warnings } upozorenja
}
checks-hint = Šta mandate-compare check --strict kaže o ovom poređenju, ažurirano dok radite. Kliknite na problem da izaberete njegov red.
# Uređivanje činjenica poređenja.
facts-edit = Uredi činjenice
facts-edit-hint = Izmenite tekst, status, nosioce, izvore, događaje, stavove i faze ovog reda. Opozovi vraća svaku izmenu.
facts-heading = Činjenice reda
facts-done = Gotovo
facts-title = Naslov
facts-paragraph = Paragraf
facts-presence = Prisustvo
facts-original = Tekst mandata
facts-status = Status
facts-as-of = Stanje na dan (YYYY, YYYY-MM ili YYYY-MM-DD)
facts-bad-date = „{ $found }” nije datum: napišite YYYY, YYYY-MM ili YYYY-MM-DD, npr. 1978-03-19
facts-date-needed = Potreban je datum: YYYY, YYYY-MM ili YYYY-MM-DD
facts-date-hint = YYYY-MM-DD
facts-holders = Nosioci danas
facts-pick-holders = Nosioci…
facts-summary = Sažetak
facts-sources = Izvori za status i nosioce
facts-pick-sources = Izvori…
facts-none-picked = nijedan
facts-nothing-to-pick = Još nijedan: dodajte ih u Uređivanje > Nosioci i izvori…
facts-open-registry = Nosioci i izvori…
facts-open-registry-hint = Dodajte, izmenite ili uklonite nosioce i izvore poređenja
facts-events = Događaji
facts-event = Događaj { $n }
facts-remove-event = Ukloni događaj { $n }
facts-event-date = Događaj { $n }: datum
facts-event-text = Događaj { $n }: šta se dogodilo
facts-event-sources = Događaj { $n }: izvori…
facts-add-event = Dodaj događaj
facts-positions = Stavovi
facts-position = Stav { $n }
facts-remove-position = Ukloni stav { $n }
facts-position-held-by = Stav { $n }: ko ga zastupa
facts-position-view = Stav { $n }: gledište
facts-position-sources = Stav { $n }: izvori…
facts-add-position = Dodaj stav
facts-phases = Ko je bio nosilac i kada
facts-phase = Faza { $n }
facts-remove-phase = Ukloni fazu { $n }
facts-phase-from = Faza { $n }: od
facts-phase-status = Faza { $n }: status
facts-phase-holders = Faza { $n }: nosioci…
facts-phase-sources = Faza { $n }: izvori…
facts-add-phase = Dodaj fazu
facts-remove-row = Ukloni ovaj red
facts-remove-row-hint = Opozovi ga vraća, a njegove beleške ostaju
facts-built-in = Činjenice ugrađenih podataka pripadaju njihovim urednicima; svoje beleške i sopstvene procene menjate vi. Za sopstveno poređenje upotrebite Datoteka > Novo poređenje iz rezolucije…
facts-read-only = Dokument je samo za čitanje: upotrebite „Sačuvaj kao” da napravite kopiju koju možete menjati
facts-no-presence = Poređenje nema prisustvo kome bi se dodao red
message-row-removed = Uklonjen je red { $row }; Opozovi ga vraća
registry-title = Nosioci i izvori
registry-presences = Prisustva
registry-presence-short = Kratki naziv prisustva { $id }
registry-presence-name = Puni naziv prisustva { $id }
registry-remove-presence = Ukloni prisustvo { $id }
registry-new-presence = Kratki naziv novog prisustva
registry-add-presence = Dodaj prisustvo
registry-close = Zatvori
registry-holders = Nosioci
registry-holder-short = Kratki naziv ({ $id })
registry-holder-name = Puni naziv ({ $id })
registry-holder-kind = Vrsta ({ $id })
registry-remove-holder = Ukloni nosioca { $id }
registry-new-holder = Kratki naziv novog nosioca
registry-add-holder = Dodaj nosioca
registry-sources = Izvori
registry-source-title = Naslov ({ $id })
registry-source-publisher = Izdavač ({ $id })
registry-source-date = Datum ({ $id })
registry-source-symbol = Oznaka dokumenta ({ $id })
registry-source-url = Adresa ({ $id })
registry-source-primary = Primarni izvor ({ $id })
registry-source-primary-hint = Sopstveni dokument tela koje ga izdaje (UN, EU, NATO, OEBS, vlada, sud) na njegovoj zvaničnoj adresi; uklonite oznaku za vesti, analize ili kopiju na drugom sajtu
registry-remove-source = Ukloni izvor { $id }
registry-new-source = Naslov novog izvora
registry-add-source = Dodaj izvor
registry-cited = Još ga navodi: { $by }; prvo izmenite to
registry-more = još { $count }

# Problemi dokumenta, kako ih navode `check` i prozor.
problem-line = { $severity }: { $place }: { $message }
problem-warning = upozorenje
problem-error = greška
problem-format = je { $found }, a ova verzija aplikacije čita format { $reads }
problem-empty-id = identifikator je prazan
problem-id-twice = identifikator { $id } koristi se dvaput
problem-look-alike = identifikator { $id } čita se kao identifikator { $earlier }: razlikuju se samo po tome što ima { $likeness }, pa referenca namenjena jednom može označiti drugi
problem-likeness-normalisation = ista slova u drugom Unicode obliku (NFC/NFD, pune širine)
problem-likeness-invisible = razmake oko njega ili nevidljive znakove (kao što je razmak nulte širine)
problem-likeness-case = velika i mala slova
problem-likeness-script = slova drugog pisma koja izgledaju isto (ćirilica ili grčko pismo umesto latinice)
problem-no-source = ne navodi nijedan izvor
problem-unknown-source = navodi nepoznati izvor { $id }
problem-unknown-holder = navodi nepoznatog nosioca { $id }
problem-unknown-presence = navodi nepoznato prisustvo { $id }
problem-number-twice = broj { $number } koristi se dvaput za { $presence }
problem-empty-text = tekst iz 1999. je prazan
problem-nobody-holds-view = kaže da niko ne zastupa ovaj stav
problem-not-web-link = veza { $url } nije http ili https adresa
problem-orphan-note = odnosi se na nepoznati red { $row }; čuva se i prikazuje kao siroče
problem-field-text = njen tekst
problem-field-author = njen autor
problem-field-tag = jedna oznaka
problem-direction-control = { $field } sadrži nevidljivi znak smera { $code } ({ $name }), koji može prikazati tekst drugim redom od onog kojim je napisan
problem-control-character = { $field } sadrži kontrolni znak { $code }, koji se prikazuje kao ništa ili kao kvadratić
problem-modified-before-created = izmenjena je pre nego što je napravljena
problem-undecided = spajanje je ostavilo neodlučeno: { $what }; otvorite datoteku u aplikaciji da izaberete
problem-undecided-row = spajanje je ostavilo neodlučeno: { $what } reda { $row }; otvorite datoteku u aplikaciji da izaberete
problem-mirror-primary = označen je kao primarni, ali vodi do kopije na { $host }; povežite zvaničnu adresu ili ga označite kao sekundarni
problem-primary-no-address = primarni je, ali nema adresu
problem-official-un = { $symbol } je dokument UN; povežite ga na { $hosts } (nađeno { $found })
problem-official-eu = { $symbol } je akt EU; povežite ga na { $hosts } (nađeno { $found })
problem-or = ili
problem-no-paragraph = ne navodi nijedan paragraf mandata
problem-paragraph-twice = navodi paragraf { $paragraph } drugi put
problem-no-as-of = ne kaže kada je njegov status proveren (as_of)
problem-as-of-later = stanje je od { $as_of }, kasnije od najnovijeg dokumenta na kojem počivaju status i nosioci ({ $source }, { $newest }); as_of je mesec tog dokumenta
problem-as-of-earlier = stanje je od { $as_of }, ranije od dokumenta na kojem počivaju status i nosioci ({ $source }, { $newest }); as_of je mesec tog dokumenta
problem-no-text-from = ne kaže odakle potiče njegov tekst mandata (original_from)
problem-verbatim-no-copy = daje svoj tekst kao same reči mandata, ali ne navodi primerak mandata s kojim je upoređen (nađeno { $found })
problem-wording-no-source = daje svoj tekst kao formulaciju, ali ne navodi izvor koji ga tako formuliše (nađeno { $found })
problem-omission-unknown = kaže da njegov tekst izostavlja reči mandata, ali ne koje, ili ne iz kog poznatog teksta
problem-one-sided = sporan je, ali daje stavove { $sides } nosilaca; potrebna su bar dva
problem-events-out-of-order = navodi svoje događaje mimo redosleda datuma
problem-no-phases = nema faze (ko je bio nosilac i kada)
problem-phases-begin-late = faze počinju { $from }, posle mandata od { $mandate }
problem-phases-out-of-order = faze nisu po redosledu datuma
problem-last-phase-not-today = poslednja faza nije današnji status i nosioci (moraju biti isti)
