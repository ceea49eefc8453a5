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
menu-file = Skedari
menu-edit = Ndrysho
menu-view = Pamja
menu-help = Ndihmë
menu-export = Eksporto
menu-language = Gjuha
menu-open-recent = Hap të fundit
menu-no-recent = Nuk ka skedarë të fundit
menu-recent-missing = { $name } (mungon)
menu-recent-gone = { $path } nuk ekziston më
menu-recent-remove = Hiq { $name }
menu-recent-remove-hint = Hiqe nga kjo listë
menu-undo-what = Zhbëj: { $what }
menu-redo-what = Ribëj: { $what }
menu-one-line-rows = Tekstet e shkurtuara në tabelë
menu-show-tags = Shfaq panelin e etiketave
menu-hide-tags = Fshih panelin e etiketave
menu-on = { $label } (aktiv)
menu-off = { $label } (joaktiv)
menu-in-use = { $label } (në përdorim)
menu-shortcuts-rows = Rreshti tjetër / i mëparshëm

command-new = Fillo nga të dhënat e integruara
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
command-clear-filters = Pastro filtrat
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


## Table and filters

## Detail and notes

## Compare, merge and agreement

## Summary, timeline and slides

## Dialogs and messages
dialog-cancel = Anulo
dialog-save = Ruaj
dialog-open = Hap
dialog-save-as = Ruaj si…
dialog-unsaved-heading = Të ruhen ndryshimet në { $name }?
dialog-unsaved-before-new = Ndryshimet tuaja humbin nëse nuk i ruani para se të filloni nga e para me të dhënat e integruara.
dialog-unsaved-before-open = Ndryshimet tuaja humbin nëse nuk i ruani para se të hapni një skedar tjetër.
dialog-unsaved-before-quit = Ndryshimet tuaja humbin nëse nuk i ruani para se të dilni.
dialog-dont-save = Mos ruaj
dialog-type-path-open-heading = Hap një skedar sipas shtegut
dialog-type-path-save-heading = Ruaj një skedar sipas shtegut
dialog-type-path-body = Këtu nuk ka dritare për zgjedhjen e skedarëve. Shkruani shtegun e plotë të një skedari .ron.
dialog-type-path-label = Shtegu i skedarit
dialog-type-path-hint = /home/me/notes/kosovo.ron
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
dialog-save-title = Ruaj krahasimin si
dialog-export-title = Eksporto si { $kind }
dialog-slides-title = Eksporto sllajdet në
dialog-png-image = Imazh PNG
dialog-palette-title = Paleta e komandave
dialog-palette-label = Komanda
dialog-palette-hint = Shkruani një pjesë të komandës, p.sh. "ruaj"
dialog-palette-none = Asnjë komandë nuk përputhet
dialog-drop-hint = Lëshoni një dokument .ron për ta hapur
dialog-drop-files =
    Lëshojeni për ta hapur:
    { $files }

message-no-file-dialog = Në këtë desktop nuk mund të shfaqej dritare për skedarët (në Linux, rfd ka nevojë për XDG desktop portal ose zenity). Shkruani shtegun.
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
message-comparing =
    Po krahasohet me { $name }: { $count ->
        [one] { $count } rresht ndryshon
       *[other] { $count } rreshta ndryshojnë
    }
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
    }{ $notices }. Zhbëj e kthen mbrapsht gjithë bashkimin.
message-conflict-resolved =
    Konflikti u zgjidh: { $choice ->
        [mine] mbaj timin
        [theirs] merr të tyrin
       *[both] mbaj të dyja
    }; mbeten { $left }{ $marked ->
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
    }{ $notices }. Ende e paruajtur; Zhbëj e kthen mbrapsht gjithë përditësimin.
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
message-read-only-refused = Veprimi "{ $what }" nuk mund të kryhet: dokumenti është vetëm për lexim. Përdorni Ruaj si për të bërë një kopje që mund ta ndryshoni.
message-cannot = Veprimi "{ $what }" nuk mund të kryhet: { $error }
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
message-slides-not-exported = Sllajdet nuk u eksportuan: { $error }
message-image-saved = Imazhi u ruajt: { $file }
message-image-not-saved = Imazhi nuk u ruajt: { $error }
message-slides-exported =
    { $count ->
        [one] U eksportua { $count } sllajd në { $folder }
       *[other] U eksportuan { $count } sllajde në { $folder }
    }
message-not-a-document = Mund të hapen vetëm dokumente të Mandate Compare (skedarë .ron); jo { $files }
message-copied = U kopjua: { $citation }

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

title-builtin = Të dhënat e integruara
title-window = { $marker }{ $name } — { $app }
title-window-read-only = { $marker }{ $name } (vetëm për lexim) — { $app }


## Exports
