//! The comparison's own facts, changed in the app: rows, presences, holders and sources added, changed and
//! removed by the curator of a document that is not built on the built-in data. Each change
//! returns the change that undoes it exactly; the built-in data's facts are refused.

use super::{Document, Edit, EditError, Holder, Presence, Responsibility, Source};

impl Document {
    /// Applies a change to the facts ([`Edit::ChangeRowFacts`] to [`Edit::RemoveSource`]).
    pub(super) fn apply_facts(&mut self, edit: Edit) -> Result<Edit, EditError> {
        if self.dataset.is_some() {
            return Err(EditError::BuiltInFacts);
        }
        match edit {
            Edit::ChangeRowFacts(row) => replace(&mut self.rows, *row)
                .map(|old| Edit::ChangeRowFacts(Box::new(old)))
                .map_err(|row| EditError::NoSuchRow(row.id)),
            Edit::InsertRow { index, row } => {
                insert(&mut self.rows, index, *row).map(|id| Edit::RemoveRow { id })
            }
            Edit::RemoveRow { id } => {
                let index = position(&self.rows, &id).ok_or(EditError::NoSuchRow(id))?;
                let row = Box::new(self.rows.remove(index));
                Ok(Edit::InsertRow { index, row })
            }
            other => self.apply_lists(other),
        }
    }

    /// Applies a change to the presences, holders or sources. One still cited is not removed.
    fn apply_lists(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::InsertPresence { index, presence } => {
                insert(&mut self.presences, index, presence).map(|id| Edit::RemovePresence { id })
            }
            Edit::ReplacePresence(presence) => replace(&mut self.presences, presence)
                .map(Edit::ReplacePresence)
                .map_err(|presence| EditError::NoSuchPresence(presence.id)),
            Edit::RemovePresence { id } => {
                let index = position(&self.presences, &id)
                    .ok_or_else(|| EditError::NoSuchPresence(id.clone()))?;
                uncited(&id, self.presence_cited_by(&id))?;
                let presence = self.presences.remove(index);
                Ok(Edit::InsertPresence { index, presence })
            }
            Edit::InsertHolder { index, holder } => {
                insert(&mut self.holders, index, holder).map(|id| Edit::RemoveHolder { id })
            }
            Edit::ReplaceHolder(holder) => replace(&mut self.holders, holder)
                .map(Edit::ReplaceHolder)
                .map_err(|holder| EditError::NoSuchHolder(holder.id)),
            Edit::RemoveHolder { id } => {
                let index = position(&self.holders, &id)
                    .ok_or_else(|| EditError::NoSuchHolder(id.clone()))?;
                uncited(&id, self.holder_cited_by(&id))?;
                let holder = self.holders.remove(index);
                Ok(Edit::InsertHolder { index, holder })
            }
            Edit::InsertSource { index, source } => {
                insert(&mut self.sources, index, *source).map(|id| Edit::RemoveSource { id })
            }
            Edit::ReplaceSource(source) => replace(&mut self.sources, *source)
                .map(|old| Edit::ReplaceSource(Box::new(old)))
                .map_err(|source| EditError::NoSuchSource(source.id)),
            Edit::RemoveSource { id } => {
                let index = position(&self.sources, &id)
                    .ok_or_else(|| EditError::NoSuchSource(id.clone()))?;
                uncited(&id, self.source_cited_by(&id))?;
                let source = Box::new(self.sources.remove(index));
                Ok(Edit::InsertSource { index, source })
            }
            // Only the changes above come here; any other is applied as it would be anyway.
            other => self.apply(other),
        }
    }

    /// The rows that belong to presence `id`, as places like `rows[unifil-01]`.
    pub fn presence_cited_by(&self, id: &str) -> Vec<String> {
        self.rows
            .iter()
            .filter(|r| r.presence == id)
            .map(|r| format!("rows[{}]", r.id))
            .collect()
    }

    /// Where holder `id` is named: a row's holders, its phases, a user's own assessment; as
    /// places like `rows[unmik-09].phases[1]`, in the document's order.
    pub fn holder_cited_by(&self, id: &str) -> Vec<String> {
        let names = |ids: &[String]| ids.iter().any(|h| h == id);
        let mut by = Vec::new();
        for row in &self.rows {
            if names(&row.holders) {
                by.push(format!("rows[{}]", row.id));
            }
            for (index, phase) in row.phases.iter().enumerate() {
                if names(&phase.holders) {
                    by.push(format!("rows[{}].phases[{index}]", row.id));
                }
            }
            if row.assessment.as_ref().is_some_and(|a| names(&a.holders)) {
                by.push(format!("rows[{}].assessment", row.id));
            }
        }
        by
    }

    /// Where source `id` is cited: the mandates, the key dates, and each row's sources,
    /// text, wordings, events, positions and phases; as places like `rows[x].events[2]`.
    pub fn source_cited_by(&self, id: &str) -> Vec<String> {
        let cites = |ids: &[String]| ids.iter().any(|s| s == id);
        let mut by = Vec::new();
        if cites(&self.original.sources) {
            by.push("original".to_owned());
        }
        if cites(&self.current.sources) {
            by.push("current".to_owned());
        }
        for (index, key_date) in self.key_dates.iter().enumerate() {
            if cites(&key_date.sources) {
                by.push(format!("key_dates[{index}]"));
            }
        }
        for row in &self.rows {
            let place = format!("rows[{}]", row.id);
            if cites(&row.sources) {
                by.push(place.clone());
            }
            if row.original_from.as_ref().is_some_and(|f| f.source == id) {
                by.push(format!("{place}.original_from"));
            }
            let lists = [
                (
                    "wordings",
                    row.wordings.iter().map(|w| w.source == id).collect(),
                ),
                (
                    "events",
                    row.events.iter().map(|e| cites(&e.sources)).collect(),
                ),
                (
                    "positions",
                    row.positions.iter().map(|p| cites(&p.sources)).collect(),
                ),
                (
                    "phases",
                    row.phases.iter().map(|p| cites(&p.sources)).collect(),
                ),
            ];
            for (list, cited) in lists {
                let cited: Vec<bool> = cited;
                for (index, _) in cited.iter().enumerate().filter(|(_, c)| **c) {
                    by.push(format!("{place}.{list}[{index}]"));
                }
            }
        }
        by
    }

    /// A new row id made from its title ("Monitor the withdrawal" gives `monitor-the-withdrawal`),
    /// used by no row yet.
    pub fn new_row_id(&self, title: &str) -> String {
        unique_id(title, "row", |id| {
            self.rows.iter().any(|r| same_id(&r.id, id))
        })
    }

    /// A new presence id made from its short name, used by no presence yet.
    pub fn new_presence_id(&self, short: &str) -> String {
        unique_id(short, "presence", |id| {
            self.presences.iter().any(|p| same_id(&p.id, id))
        })
    }

    /// A new holder id made from its short name, used by no holder yet.
    pub fn new_holder_id(&self, short: &str) -> String {
        unique_id(short, "holder", |id| {
            self.holders.iter().any(|h| same_id(&h.id, id))
        })
    }

    /// A new source id made from its symbol or title, used by no source yet.
    pub fn new_source_id(&self, label: &str) -> String {
        unique_id(label, "source", |id| {
            self.sources.iter().any(|s| same_id(&s.id, id))
        })
    }

    /// The next free number among `presence`'s rows.
    pub fn next_row_number(&self, presence: &str) -> u32 {
        self.rows
            .iter()
            .filter(|r| r.presence == presence)
            .map(|r| r.number)
            .max()
            .unwrap_or(0)
            + 1
    }

    /// A new, empty row of `presence` with a unique id and the next number, not assessed:
    /// what Add row puts after the selected row.
    /// Without a title, its id is the presence's and its number, as a new comparison's rows'
    /// (`unifil-08`).
    pub fn blank_row(&self, presence: &str, title: &str) -> Responsibility {
        let number = self.next_row_number(presence);
        let id = if title.trim().is_empty() {
            self.new_row_id(&format!("{presence}-{number:02}"))
        } else {
            self.new_row_id(title)
        };
        Responsibility::not_assessed(id, presence, number, title.to_owned(), String::new())
    }

    /// A new presence with a unique id made from its short name.
    pub fn blank_presence(&self, short: &str) -> Presence {
        Presence {
            id: self.new_presence_id(short),
            short: short.to_owned(),
            short_tr: Default::default(),
            name: short.to_owned(),
            name_tr: Default::default(),
        }
    }

    /// A new holder with a unique id made from its short name.
    pub fn blank_holder(&self, short: &str) -> Holder {
        Holder {
            id: self.new_holder_id(short),
            short: short.to_owned(),
            short_tr: Default::default(),
            name: short.to_owned(),
            name_tr: Default::default(),
            kind: super::HolderKind::International,
        }
    }

    /// A new primary source with a unique id made from its title.
    pub fn blank_source(&self, title: &str) -> Source {
        Source {
            id: self.new_source_id(title),
            title: title.to_owned(),
            publisher: String::new(),
            date: None,
            symbol: None,
            url: None,
            kind: super::SourceKind::Primary,
        }
    }
}

/// Whether two ids would read as one: equal ignoring case (the checker's look-alike warning
/// is never provoked by an id the app made).
fn same_id(a: &str, b: &str) -> bool {
    a.to_lowercase() == b.to_lowercase()
}

/// The longest an id made from a title gets, in characters (cut at a word's end).
const ID_LENGTH: usize = 32;

/// A readable id from `text`: lower-case letters and digits, words joined by `-`, at most
/// [`ID_LENGTH`] characters; `fallback` when nothing is left; `-2`, `-3`… added until `taken`
/// says no.
fn unique_id(text: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut base = String::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        let length = base.chars().count() + word.chars().count() + 1;
        if !base.is_empty() && length > ID_LENGTH {
            break;
        }
        if !base.is_empty() {
            base.push('-');
        }
        base.extend(word.chars().take(ID_LENGTH));
    }
    if base.is_empty() {
        fallback.clone_into(&mut base);
    }
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// Refuses to remove `id` while it is cited `by` these places.
fn uncited(id: &str, by: Vec<String>) -> Result<(), EditError> {
    if by.is_empty() {
        return Ok(());
    }
    Err(EditError::StillCited {
        id: id.to_owned(),
        by,
    })
}

/// Where the item with `id` is in `list`.
fn position<T: Listed>(list: &[T], id: &str) -> Option<usize> {
    list.iter().position(|item| item.id() == id)
}

/// Puts `item` at `index` (at the end when the list is shorter) and gives its id; refused when
/// the id is empty or already in the list.
fn insert<T: Listed>(list: &mut Vec<T>, index: usize, item: T) -> Result<String, EditError> {
    let id = item.id().to_owned();
    if id.trim().is_empty() || position(list, &id).is_some() {
        return Err(EditError::DuplicateId(id));
    }
    list.insert(index.min(list.len()), item);
    Ok(id)
}

/// Puts `item` in the place of the item with its id and gives that one back; gives `item`
/// back as the error when the list has no such item.
fn replace<T: Listed>(list: &mut [T], item: T) -> Result<T, T> {
    match position(list, item.id()) {
        Some(at) => Ok(std::mem::replace(&mut list[at], item)),
        None => Err(item),
    }
}

/// An item of one of the document's lists (rows, presences, holders, sources), known by its id.
trait Listed {
    fn id(&self) -> &str;
}

impl Listed for Responsibility {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Listed for Presence {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Listed for Holder {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Listed for Source {
    fn id(&self) -> &str {
        &self.id
    }
}

#[cfg(test)]
mod tests {
    use super::unique_id;

    #[test]
    fn ids_are_readable_short_and_never_taken() {
        let none = |_: &str| false;
        assert_eq!(
            unique_id("Monitor the withdrawal", "row", none),
            "monitor-the-withdrawal"
        );
        assert_eq!(unique_id("  ", "row", none), "row");
        assert_eq!(
            unique_id("S/RES/425 (1978)", "source", none),
            "s-res-425-1978"
        );
        assert_eq!(
            unique_id(
                "Confirming the withdrawal of Israeli forces, restoring international peace",
                "row",
                none
            ),
            "confirming-the-withdrawal-of"
        );
        let taken = |id: &str| ["unifil", "unifil-2"].contains(&id);
        assert_eq!(unique_id("UNIFIL", "holder", taken), "unifil-3");
    }
}
