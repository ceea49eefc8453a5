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
menu-file = Datoteka
menu-edit = Uređivanje
menu-view = Prikaz
menu-help = Pomoć
menu-export = Izvoz
menu-language = Jezik
menu-open-recent = Otvori nedavne
menu-no-recent = Nema nedavnih datoteka
menu-recent-missing = { $name } (nedostaje)
menu-recent-gone = { $path } više ne postoji
menu-recent-remove = Ukloni { $name }
menu-recent-remove-hint = Ukloni je sa ove liste
menu-undo-what = Poništi: { $what }
menu-redo-what = Ponovi: { $what }
menu-one-line-rows = Skraćeni tekstovi u tabeli
menu-show-tags = Prikaži panel oznaka
menu-hide-tags = Sakrij panel oznaka
menu-on = { $label } (uključeno)
menu-off = { $label } (isključeno)
menu-in-use = { $label } (u upotrebi)
menu-shortcuts-rows = Sledeći / prethodni red

command-new = Novo iz ugrađenih podataka
command-open = Otvori…
command-save = Sačuvaj
command-save-as = Sačuvaj kao…
command-compare-with = Uporedi sa…
command-end-compare = Završi poređenje
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
command-undo = Poništi
command-redo = Ponovi
command-find = Pronađi
command-clear-filters = Obriši filtere
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


## Table and filters

## Detail and notes

## Compare, merge and agreement

## Summary, timeline and slides

## Dialogs and messages
dialog-cancel = Otkaži
dialog-save = Sačuvaj
dialog-open = Otvori
dialog-save-as = Sačuvaj kao…
dialog-unsaved-heading = Sačuvati izmene dokumenta { $name }?
dialog-unsaved-before-new = Vaše izmene će biti izgubljene ako ih ne sačuvate pre nego što počnete iznova od ugrađenih podataka.
dialog-unsaved-before-open = Vaše izmene će biti izgubljene ako ih ne sačuvate pre otvaranja druge datoteke.
dialog-unsaved-before-quit = Vaše izmene će biti izgubljene ako ih ne sačuvate pre izlaska.
dialog-dont-save = Ne čuvaj
dialog-type-path-open-heading = Otvori datoteku po putanji
dialog-type-path-save-heading = Sačuvaj datoteku po putanji
dialog-type-path-body = Ovde nema prozora za izbor datoteke. Upišite punu putanju do .ron datoteke.
dialog-type-path-label = Putanja datoteke
dialog-type-path-hint = ~/beleške/kosovo.ron
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
dialog-update-undo = To je jedan korak koji Poništi vraća, a datoteka nije sačuvana dok je ne sačuvate.
dialog-update = Ažuriraj
dialog-vanished-heading = Datoteka { $name } više nije tu
dialog-vanished-body = Datoteka je obrisana ili preimenovana otkako ste je otvorili ili sačuvali (drugim programom, sinhronizacijom ili git naredbom). Vaše izmene su i dalje ovde.
dialog-write-again = Zapiši je ponovo
dialog-elsewhere-heading = Datoteka je otvorena u drugom prozoru
dialog-elsewhere-body = Datoteka { $name } je otvorena u drugom prozoru programa Mandate Compare (proces { $pid }). Dva prozora koja čuvaju istu datoteku prepisivala bi izmene jedan drugom. Ovde je možete čitati bez menjanja, a pomoću Sačuvaj kao zadržati sopstvenu kopiju.
dialog-open-read-only = Otvori samo za čitanje
dialog-filter-document = Mandate Compare dokument (*.ron)
dialog-open-title = Otvori poređenje
dialog-save-title = Sačuvaj poređenje kao
dialog-export-title = Izvezi kao { $kind }
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

message-no-file-dialog = Na ovoj radnoj površini nije moguće prikazati prozor za datoteke (na Linuksu je potreban XDG portal radne površine ili zenity). Upišite putanju.
message-no-folder-dialog = Ovde nema prozora za izbor fascikle. Upišite fasciklu.
message-builtin-broken = Ugrađeni podaci su oštećeni: { $error }
message-empty-title = Prazno poređenje
message-empty-original = Prvobitni mandat
message-empty-today = Danas
message-started-again = Počeli ste iznova od ugrađenih podataka
message-opened-read-only = Otvoreno samo za čitanje: { $reason }. Upotrebite Sačuvaj kao da zadržite kopiju koju možete menjati.
message-opened =
    Otvorena je datoteka { $file } ({ $rows ->
        [one] { $rows } odgovornost
        [few] { $rows } odgovornosti
       *[other] { $rows } odgovornosti
    }, { $notes ->
        [one] { $notes } beleška
        [few] { $notes } beleške
       *[other] { $notes } beleški
    })
message-opened-with-problems =
    { $count ->
        [one] Datoteka { $file } je otvorena, ali ima { $count } problem: { $problem }
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
message-read-only-elsewhere = Datoteka { $name } je otvorena u drugom prozoru programa Mandate Compare (proces { $pid }); ovde je otvorena samo za čitanje da nijedan prozor ne bi prepisao izmene drugog. Upotrebite Sačuvaj kao da zadržite kopiju koju možete menjati.
message-comparing =
    Poređenje sa { $name }: { $count ->
        [one] razlikuje se { $count } red
        [few] razlikuju se { $count } reda
       *[other] razlikuje se { $count } redova
    }
message-compare-failed = Datoteka za poređenje nije otvorena; ništa nije promenjeno. { $error }
message-compare-ended = Poređenje sa { $name } je završeno
message-merge-failed = Datoteka za spajanje nije otvorena; dokument je nepromenjen. { $error }
message-nothing-to-merge = Nema šta da se spoji: { $name } nema ništa što ovom dokumentu nedostaje
message-merged =
    Spojeno sa { $name }: { $added ->
        [one] dodata je { $added } beleška
        [few] dodate su { $added } beleške
       *[other] dodato je { $added } beleški
    }{ $conflicts ->
        [0] {""}
        [one] , { $conflicts } konflikt treba rešiti ispod tabele
        [few] , { $conflicts } konflikta treba rešiti ispod tabele
       *[other] , { $conflicts } konflikata treba rešiti ispod tabele
    }{ $notices }. Poništi vraća celo spajanje.
message-conflict-resolved =
    Konflikt je rešen: { $choice ->
        [mine] zadrži moje
        [theirs] uzmi njihovo
       *[both] zadrži oba
    }; preostalo: { $left }{ $marked ->
        [0] {""}
        [one] ; { $marked } beleška napisana pre promene činjenica reda označena je za proveru
        [few] ; { $marked } beleške napisane pre promene činjenica reda označene su za proveru
       *[other] ; { $marked } beleški napisanih pre promene činjenica reda označeno je za proveru
    }
message-conflict-gone = Taj konflikt je već rešen
message-exported =
    Izvezeno: { $format } u { $file } ({ $private ->
        [yes] sa privatnim beleškama
       *[no] bez privatnih beleški
    })
message-not-exported = Nije izvezeno. { $error }
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
       *[other] { $notes } vaših beleški na promenjenim redovima označeno je za proveru
    }{ $conflicts ->
        [0] {""}
        [one] ; { $conflicts } konflikt gde ste izmenili ugrađeni tekst koji su izmenili i novi podaci, naveden ispod tabele
        [few] ; { $conflicts } konflikta gde ste izmenili ugrađene tekstove koje su izmenili i novi podaci, navedena ispod tabele
       *[other] ; { $conflicts } konflikata gde ste izmenili ugrađene tekstove koje su izmenili i novi podaci, navedenih ispod tabele
    }{ $notices }. Još nije sačuvano; Poništi vraća celo ažuriranje.
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
message-tag-not-renamed = Nijedna beleška nema oznaku { $tag }, ili je novo ime prazno
message-read-only-refused = Nije moguće izvršiti „{ $what }”: dokument je samo za čitanje. Upotrebite Sačuvaj kao da napravite kopiju koju možete menjati.
message-cannot = Nije moguće izvršiti „{ $what }”: { $error }
message-undone = Poništeno: { $what }
message-redone = Ponovljeno: { $what }
message-nothing-to-undo = Nema šta da se poništi
message-nothing-to-redo = Nema šta da se ponovi
message-cannot-undo = Poništavanje nije uspelo: { $error }
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
message-slides-not-exported = Slajdovi nisu izvezeni: { $error }
message-image-saved = Slika je sačuvana: { $file }
message-image-not-saved = Slika nije sačuvana: { $error }
message-slides-exported =
    { $count ->
        [one] Izvezen je { $count } slajd u { $folder }
        [few] Izvezena su { $count } slajda u { $folder }
       *[other] Izvezeno je { $count } slajdova u { $folder }
    }
message-not-a-document = Mogu se otvoriti samo Mandate Compare dokumenti (.ron datoteke), a ne { $files }
message-copied = Kopirano: { $citation }

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
       *[other] { $count } beleški
    }
statusbar-unsaved = nesačuvane izmene
statusbar-builtin = ugrađeni podaci
statusbar-warning = Upozorenje: { $text }
statusbar-error = Greška: { $text }
statusbar-dismiss = Zatvori

title-builtin = Ugrađeni podaci
title-window = { $marker }{ $name } — { $app }
title-window-read-only = { $marker }{ $name } (samo za čitanje) — { $app }


## Exports
