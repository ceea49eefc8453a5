//! The curators' rules: what a dataset others will cite must meet, beyond being valid. Applied
//! by `mandate-compare check --strict` to any document (the built-in dataset passes them); plain
//! validation stays lenient for users' own files.

use std::collections::HashSet;

use super::problem::{Issuer, Problem, ProblemKind, Severity};
use super::{Document, PartialDate, Responsibility, Source, SourceKind};

/// Hosts that republish documents they did not write. A copy there is never the primary
/// document, however official the original.
pub const MIRROR_HOSTS: &[&str] = &[
    "docslib.org",
    "vdocument.in",
    "vdocuments.site",
    "vdocuments.mx",
    "pdfslide.net",
    "pdfslide.tips",
    "scribd.com",
    "lawsdocbox.com",
    "lexaris.io",
    "fdocuments.in",
    "fdocuments.net",
    "globalsecurity.org",
    "kosovocompromise.com",
    "studylib.net",
    "yumpu.com",
    "documents.pub",
    "dokumen.tips",
    "wikisource.org",
];

/// A kind of document symbol: how to recognise it, whose it is, where it must link.
type SymbolRule = (fn(&str) -> bool, Issuer, &'static [&'static str]);

/// Where a document with a symbol must link, by the kind of symbol: UN documents to the UN,
/// EU acts to the EU's own registers.
const OFFICIAL_HOSTS: &[SymbolRule] = &[
    (is_un_symbol, Issuer::Un, &["undocs.org", "un.org"]),
    (
        is_eu_act,
        Issuer::Eu,
        &["data.europa.eu", "eur-lex.europa.eu", "europa.eu"],
    ),
];

/// Whether `symbol` is a UN document symbol or press-release number (S/2008/692,
/// S/RES/1244 (1999), A/RES/64/298, SC/16196, GA/AB/3911, SG/A/2375, CCPR/C/UNK/CO/1).
fn is_un_symbol(symbol: &str) -> bool {
    ["S/", "A/", "SC/", "GA/", "SG/", "CCPR/", "E/", "ST/"]
        .iter()
        .any(|prefix| symbol.starts_with(prefix))
}

/// Whether `symbol` names an act of the EU's common foreign and security policy.
fn is_eu_act(symbol: &str) -> bool {
    symbol.contains("(CFSP)") || symbol.contains("/CFSP") || symbol.starts_with("OJ L")
}

/// The host of an http(s) address, without `www.`: `https://www.un.org/x` gives `un.org`.
pub fn host(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.split(':').next()?;
    Some(host.strip_prefix("www.").unwrap_or(host))
}

/// Whether `host` is `domain` or one of its subdomains.
fn within(host: &str, domain: &str) -> bool {
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|rest| rest.ends_with('.'))
}

/// Whether `url` is on a host that republishes others' documents.
pub fn is_mirror(url: &str) -> bool {
    host(url).is_some_and(|host| MIRROR_HOSTS.iter().any(|m| within(host, m)))
}

/// The share of sources that are primary, from 0 to 1 (1 when there are none).
pub fn primary_share(doc: &Document) -> f64 {
    if doc.sources.is_empty() {
        return 1.0;
    }
    let primary = doc
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Primary)
        .count();
    primary as f64 / doc.sources.len() as f64
}

impl Document {
    /// What `mandate-compare check --strict` reports: every problem of [`Document::validate`]
    /// and of the curators' rules ([`Document::curation_problems`]), where a problem the
    /// curators hold stricter (an id that reads as another) is their error and not also the
    /// warning it is in anyone's file.
    pub fn strict_problems(&self) -> Vec<Problem> {
        let mut problems = self.validate();
        let strict = self.curation_problems();
        let stricter: HashSet<(&str, &super::ProblemKind)> =
            strict.iter().map(|p| (p.place.as_str(), &p.kind)).collect();
        problems.retain(|p| !stricter.contains(&(p.place.as_str(), &p.kind)));
        problems.extend(strict);
        problems
    }

    /// The curators' rules, as errors: official addresses for primary sources, no mirror marked
    /// primary, a paragraph on every row, an `as_of` that is the month of the newest document
    /// its status and holders rest on, where its text comes from (a text given as the
    /// mandate's words names the copy it was checked against), two attributed sides wherever a
    /// row is disputed, phases that run from the mandate to today's status, events in date
    /// order, no id that reads as another of its list (a warning for anyone else's file). Empty
    /// when the document meets them all.
    pub fn curation_problems(&self) -> Vec<Problem> {
        let mut problems = self.look_alike_ids(Severity::Error);
        let mut report = |place: String, kind: ProblemKind| {
            problems.push(Problem::error(place, kind));
        };
        for source in &self.sources {
            if let Some(kind) = source_problem(source) {
                report(format!("sources[{}]", source.id), kind);
            }
        }
        let mut paragraphs = HashSet::new();
        for row in &self.rows {
            let place = format!("rows[{}]", row.id);
            if row.paragraph.trim().is_empty() {
                report(place.clone(), ProblemKind::NoParagraph);
            } else if !paragraphs.insert((row.presence.as_str(), row.paragraph.as_str())) {
                let paragraph = row.paragraph.clone();
                report(place.clone(), ProblemKind::ParagraphTwice { paragraph });
            }
            // A row not assessed yet claims nothing about today: no date of a check, no phases.
            let claims = row.claims_today();
            match row.as_of {
                None if !claims => {}
                None => report(place.clone(), ProblemKind::NoAsOf),
                Some(as_of) => {
                    if let Some(kind) = self.as_of_problem(row, as_of) {
                        report(place.clone(), kind);
                    }
                }
            }
            for kind in self.text_from_problems(row) {
                report(place.clone(), kind);
            }
            for kind in self.row_problems(row) {
                report(place.clone(), kind);
            }
        }
        problems
    }

    /// The newest dated document `row`'s status and holders rest on (its own sources and those
    /// of its last phase), with its id.
    pub fn newest_basis<'d>(&'d self, row: &'d Responsibility) -> Option<(PartialDate, &'d str)> {
        let last_phase = row.phases.last().map(|p| p.sources.as_slice());
        row.sources
            .iter()
            .chain(last_phase.unwrap_or_default())
            .filter_map(|id| Some((self.source(id)?.date?, id.as_str())))
            .max()
    }

    /// Whether `as_of` is the month of the newest document the row's status and holders rest
    /// on: never later (a claim no source supports), never earlier (a newer source read).
    fn as_of_problem(&self, row: &Responsibility, as_of: PartialDate) -> Option<ProblemKind> {
        let (newest, id) = self.newest_basis(row)?;
        let same = as_of.year() == newest.year() && as_of.month() == newest.month();
        if same {
            return None;
        }
        Some(ProblemKind::AsOfNotNewest {
            as_of,
            later: newest.not_after(as_of),
            source: id.to_owned(),
            newest,
        })
    }

    /// A row's disputes, phases and events against the curators' rules.
    fn row_problems(&self, row: &Responsibility) -> Vec<ProblemKind> {
        let mut problems = Vec::new();
        let disputed = row.status == super::Status::Contested || !row.positions.is_empty();
        let sides: HashSet<&str> = row.positions.iter().map(|p| p.held_by.trim()).collect();
        if disputed && sides.len() < 2 {
            problems.push(ProblemKind::OneSided { sides: sides.len() });
        }
        if row.events.windows(2).any(|w| w[1].date < w[0].date) {
            problems.push(ProblemKind::EventsOutOfOrder);
        }
        let claims = row.claims_today();
        let Some(last) = row.phases.last() else {
            if claims {
                problems.push(ProblemKind::NoPhases);
            }
            return problems;
        };
        if !row.phases[0].from.not_after(self.original.date) {
            problems.push(ProblemKind::PhasesBeginLate {
                from: row.phases[0].from,
                mandate: self.original.date,
            });
        }
        if row.phases.windows(2).any(|w| w[1].from <= w[0].from) {
            problems.push(ProblemKind::PhasesOutOfOrder);
        }
        if last.status != row.status || last.holders != row.holders {
            problems.push(ProblemKind::LastPhaseNotToday);
        }
        problems
    }
}

/// What is wrong with a source's address, if anything.
fn source_problem(source: &Source) -> Option<ProblemKind> {
    let url = source.url.as_deref();
    if let Some(url) = url
        && is_mirror(url)
        && source.kind == SourceKind::Primary
    {
        return Some(ProblemKind::MirrorMarkedPrimary {
            host: host(url).unwrap_or(url).to_owned(),
        });
    }
    if source.kind != SourceKind::Primary {
        return None;
    }
    let Some(url) = url else {
        return Some(ProblemKind::PrimaryWithoutAddress);
    };
    let symbol = source.symbol.as_deref()?;
    let &(_, issuer, hosts) = OFFICIAL_HOSTS.iter().find(|(is, ..)| is(symbol))?;
    let on_official = host(url).is_some_and(|h| hosts.iter().any(|o| within(h, o)));
    (!on_official).then(|| ProblemKind::NotAtOfficialAddress {
        symbol: symbol.to_owned(),
        issuer,
        hosts,
        found: host(url).unwrap_or(url).to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_mirrors() {
        assert_eq!(host("https://www.un.org/en/x"), Some("un.org"));
        assert_eq!(host("http://press.un.org:80/en"), Some("press.un.org"));
        assert_eq!(host("ftp://un.org"), None);
        assert!(is_mirror("https://docslib.org/doc/1"));
        assert!(is_mirror("https://it.scribd.com/document/1"));
        assert!(!is_mirror("https://undocs.org/S/2008/692"));
        // A look-alike is not a subdomain.
        assert!(!is_mirror("https://notdocslib.org/doc/1"));
        assert!(within("press.un.org", "un.org"));
        assert!(!within("fun.org", "un.org"));
    }

    #[test]
    fn symbols_by_kind() {
        for un in [
            "S/2008/692",
            "S/RES/1244 (1999)",
            "A/RES/64/298",
            "SC/16196",
            "SG/A/2375",
        ] {
            assert!(is_un_symbol(un), "{un}");
        }
        assert!(is_eu_act("(CFSP) 2025/144"));
        assert!(!is_un_symbol("KO 95/13"));
        assert!(!is_eu_act("Law No. 04/L-076"));
    }
}
