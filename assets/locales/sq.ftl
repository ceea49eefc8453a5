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

## Dialogs and messages

## Exports
