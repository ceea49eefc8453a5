//! Rows: taken by id, their status, holders and assessment merged on their own, a row deleted
//! on one side deleted only when the other left it as the ancestor had it.

use std::collections::{HashMap, HashSet};

use super::{Notice, later, row_rest, three_way};
use crate::model::{Assessment, Conflict, Document, Responsibility};

/// Every row either side has, yours in your order, then theirs; a row one side deleted is
/// deleted when the other left it as the ancestor had it.
pub(super) fn merge_rows(
    base: Option<&Document>,
    ours: &Document,
    theirs: &Document,
    conflicts: &mut Vec<Conflict>,
    notices: &mut Vec<Notice>,
) -> Vec<Responsibility> {
    let theirs_by_id: HashMap<&str, &Responsibility> =
        theirs.rows.iter().map(|r| (r.id.as_str(), r)).collect();
    let base_rows = base.map(Document::rows_by_id).unwrap_or_default();
    let base_row = |id: &str| base_rows.get(id).copied();
    let mut rows = Vec::with_capacity(ours.rows.len());
    for mine in &ours.rows {
        let base = base_row(&mine.id);
        let Some(their) = theirs_by_id.get(mine.id.as_str()) else {
            match base {
                // They deleted it and you left it as it was: deleted.
                Some(base) if base == mine => {}
                Some(_) => {
                    notices.push(Notice::RowDeletedInTheirs(mine.id.clone()));
                    rows.push(mine.clone());
                }
                None => rows.push(mine.clone()),
            }
            continue;
        };
        rows.push(merge_row(base, mine, their, conflicts));
    }
    let ours_ids: HashSet<&str> = ours.rows.iter().map(|r| r.id.as_str()).collect();
    for their in theirs
        .rows
        .iter()
        .filter(|r| !ours_ids.contains(r.id.as_str()))
    {
        match base_row(&their.id) {
            Some(base) if base == their => {}
            Some(_) => {
                notices.push(Notice::RowDeletedInYours(their.id.clone()));
                rows.push(their.clone());
            }
            None => rows.push(their.clone()),
        }
    }
    rows
}

/// One row both sides have: its text, status, holders and assessment merged one by one, each
/// difference that cannot be settled a conflict (yours kept until the user picks).
fn merge_row(
    base: Option<&Responsibility>,
    mine: &Responsibility,
    their: &Responsibility,
    conflicts: &mut Vec<Conflict>,
) -> Responsibility {
    let rest_base = base.map(row_rest);
    let mut row = match three_way(rest_base.as_ref(), &row_rest(mine), &row_rest(their)) {
        Some(rest) => rest.clone(),
        None => {
            conflicts.push(Conflict::Row {
                row: mine.id.clone(),
                theirs: Box::new(their.clone()),
            });
            row_rest(mine)
        }
    };
    row.status = match three_way(base.map(|b| &b.status), &mine.status, &their.status) {
        Some(status) => *status,
        None => {
            conflicts.push(Conflict::Status {
                row: mine.id.clone(),
                theirs: their.status,
            });
            mine.status
        }
    };
    row.holders = match three_way(base.map(|b| &b.holders), &mine.holders, &their.holders) {
        Some(holders) => holders.clone(),
        None => {
            conflicts.push(Conflict::Holders {
                row: mine.id.clone(),
                theirs: their.holders.clone(),
            });
            mine.holders.clone()
        }
    };
    row.assessment = merge_assessment(
        base.map(|b| &b.assessment),
        &mine.assessment,
        &their.assessment,
    )
    .unwrap_or_else(|| {
        conflicts.push(Conflict::Assessment {
            row: mine.id.clone(),
            theirs: their.assessment.clone(),
        });
        mine.assessment.clone()
    });
    row
}

/// The assessment to keep, or `None` when it is a conflict.
fn merge_assessment(
    base: Option<&Option<Assessment>>,
    mine: &Option<Assessment>,
    their: &Option<Assessment>,
) -> Option<Option<Assessment>> {
    if let Some(pick) = three_way(base, mine, their) {
        return Some(pick.clone());
    }
    match (mine, their) {
        // The same judgement made twice: keep the later one.
        (Some(a), Some(b)) if a.status == b.status && a.holders == b.holders => Some(Some(
            later(a, b, |x| (x.modified, x.author.as_str())).clone(),
        )),
        // Without a common ancestor an assessment only one side made is brought in.
        (Some(a), None) | (None, Some(a)) if base.is_none() => Some(Some(a.clone())),
        _ => None,
    }
}
