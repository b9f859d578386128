//! Guidance: turns what the portal frames report about the current step into decisions —
//! which frame highlights which anchor, which values are captured, whether the step is verified
//! done. Pure functions over [`Plan`] and [`FrameReport`]s; the engine applies them.
//!
//! Frames only report what they see (anchor scores, URL fragment, titles, tables); every rule
//! about what that means lives here, tested on the host.

use crate::checks::ids;
use crate::guide::{
    normalize_label, parse_hash, pick_anchor, AnchorState, CaptureSource, Done, Field, LabelMatch,
    LabelSet, PageSpec, Plan, Region, RowStatus, Values, VerifySpec,
};
use crate::protocol::{FrameReport, Needs, TableFacts};

/// The key under which a frame reports an anchor's value in `inputs`: `@<anchor key>`.
pub fn anchor_value_key(key: &str) -> String {
    format!("@{key}")
}

/// What frames must read for `plan`, besides anchors.
pub fn needs(plan: &Plan) -> Needs {
    let mut n = Needs::default();
    for c in &plan.captures {
        match c.source {
            CaptureSource::Essentials { .. } => n.essentials = true,
            CaptureSource::NewSecret { .. } => n.tables = true,
            CaptureSource::Anchor { .. } => n.anchor_values = true,
            CaptureSource::Url { .. } | CaptureSource::User => {}
        }
    }
    match &plan.verify {
        VerifySpec::Page { .. } => n.titles = true,
        VerifySpec::PermissionRows { .. } | VerifySpec::SecretRow => n.tables = true,
        VerifySpec::ListContains { .. } => {
            n.tables = true;
            n.inputs = true;
        }
        VerifySpec::TextPresent { within: Region::Essentials, .. } => n.essentials = true,
        VerifySpec::TextPresent { within: Region::Blade, .. } => {
            n.tables = true;
            n.inputs = true;
            n.titles = true;
        }
        _ => {}
    }
    // Typed values are checked live (redirect URIs): the anchors' values are needed.
    if plan.anchors.iter().any(|a| a.role.as_deref() == Some("textbox")) {
        n.anchor_values = true;
    }
    n
}

/// A report with the frame it came from.
pub type FrameReports<'a> = [(i64, &'a FrameReport)];

/// For each anchor: its merged state (present/done in the best-scoring frame) and that frame.
pub fn merge(plan: &Plan, reports: &FrameReports) -> Vec<(AnchorState, Option<i64>)> {
    (0..plan.anchors.len())
        .map(|i| {
            let best = reports
                .iter()
                .filter_map(|(f, r)| r.anchors.get(i).filter(|a| a.present).map(|a| (*f, *a)))
                .max_by(|a, b| a.1.score.total_cmp(&b.1.score));
            match best {
                Some((frame, a)) => (AnchorState { present: true, done: a.done }, Some(frame)),
                None => (AnchorState::default(), None),
            }
        })
        .collect()
}

/// Which frame highlights which anchor, by [`pick_anchor`] over the merged states.
pub fn highlight(plan: &Plan, reports: &FrameReports) -> Option<(i64, usize)> {
    let merged = merge(plan, reports);
    let states: Vec<AnchorState> = merged.iter().map(|m| m.0).collect();
    let i = pick_anchor(&plan.anchors, &states)?;
    merged[i].1.map(|frame| (frame, i))
}

/// The step has elements to find but no frame finds any after looking long enough.
pub fn fallback(plan: &Plan, reports: &FrameReports) -> bool {
    !plan.outside_portal
        && !plan.anchors.is_empty()
        && !reports.is_empty()
        && reports.iter().all(|(_, r)| r.settled)
        && merge(plan, reports).iter().all(|m| !m.0.present)
}

fn top_hash<'a>(reports: &'a FrameReports) -> Option<&'a str> {
    reports.iter().find_map(|(_, r)| r.hash.as_deref())
}

/// Whether the page is shown: the fragment names it, confirmed by a blade title or the selected
/// menu item when the page has them (the URL can lag behind the visible blade; domain.md §8).
pub fn page_shown(page: &PageSpec, reports: &FrameReports) -> bool {
    let Some(hash) = top_hash(reports) else { return false };
    if !page.matches_hash(hash) {
        return false;
    }
    let has_title = !page.titles.is_empty();
    let menu = page.menu.as_ref().map(|m| &m.labels);
    if !has_title && menu.is_none() {
        return true;
    }
    reports.iter().any(|(_, r)| {
        r.titles.iter().any(|t| has_title && page.titles.matches(LabelMatch::Exact, t))
            || r.menu.iter().any(|t| menu.is_some_and(|m| m.matches(LabelMatch::Exact, t)))
    })
}

fn matches_any(labels: &LabelSet, text: &str) -> bool {
    labels.matches(LabelMatch::Exact, text)
}

/// The table whose headers include one of `labels`, and the column index.
fn table_with_column<'a>(reports: &'a FrameReports, labels: &LabelSet) -> Option<(&'a TableFacts, usize)> {
    reports.iter().flat_map(|(_, r)| &r.tables).find_map(|t| {
        t.headers.iter().position(|h| matches_any(labels, h)).map(|c| (t, c))
    })
}

/// A row's identity without the given column (the secret's Value is masked later, so it cannot
/// identify the row).
fn row_signature(row: &[String], skip: usize) -> String {
    row.iter().enumerate().filter(|(i, _)| *i != skip).map(|(_, c)| c.trim()).collect::<Vec<_>>().join("\u{1f}")
}

/// Signatures of the rows of the table that new-secret captures read, to tell new rows later.
pub fn secret_rows(plan: &Plan, reports: &FrameReports) -> Option<Vec<String>> {
    let column = plan.captures.iter().find_map(|c| match &c.source {
        CaptureSource::NewSecret { column } => Some(column),
        _ => None,
    })?;
    let (table, col) = table_with_column(reports, column)?;
    Some(table.rows.iter().map(|r| row_signature(r, col)).collect())
}

/// Values the current reports show for the plan's captures, checked; `baseline` are the secret
/// table's rows when the step began. Returns (field, value) for every value that passed the checks.
pub fn captures(plan: &Plan, reports: &FrameReports, baseline: Option<&[String]>) -> Vec<(Field, String)> {
    let mut out = Vec::new();
    for c in &plan.captures {
        let raw = match &c.source {
            CaptureSource::Url { param, blade } => top_hash(reports)
                .and_then(parse_hash)
                .filter(|h| h.blade.eq_ignore_ascii_case(blade))
                .and_then(|h| h.params.get(param).cloned()),
            CaptureSource::Essentials { labels } => reports
                .iter()
                .flat_map(|(_, r)| &r.essentials)
                .find(|(l, _)| matches_any(labels, l))
                .map(|(_, v)| v.clone()),
            CaptureSource::Anchor { key } => {
                let k = anchor_value_key(key);
                reports.iter().flat_map(|(_, r)| &r.inputs).find(|(n, _)| *n == k).map(|(_, v)| v.clone())
            }
            CaptureSource::NewSecret { column } => table_with_column(reports, column).and_then(|(t, col)| {
                t.rows
                    .iter()
                    .find(|r| baseline.is_some_and(|b| !b.contains(&row_signature(r, col))))
                    .and_then(|r| r.get(col).cloned())
            }),
            CaptureSource::User => None,
        };
        if let Some(v) = raw.and_then(|r| accept(c.field, &r, plan)) {
            out.push((c.field, v));
        }
    }
    out
}

/// Checks a captured value for its field; `None` when it is not a valid value (e.g. a masked
/// secret, an empty box), so a wrong value is never captured.
pub fn accept(field: Field, raw: &str, plan: &Plan) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    match field {
        Field::TenantId => ids::tenant(raw, Some(plan.target)).value.map(|t| t.to_string()),
        Field::ClientId => ids::client(raw).value.map(|g| g.to_string()),
        Field::ObjectId | Field::ServicePrincipalObjectId | Field::UserObjectId | Field::SecretId => {
            ids::object(raw).value.map(|g| g.to_string())
        }
        Field::SecretValue => ids::secret(raw, Some(plan.target)).value.map(|_| raw.to_owned()),
        _ => Some(raw.to_owned()),
    }
}

/// Whether the portal shows the step done. `values` are the values captured so far (including
/// this report's), `baseline` the secret rows at the step's start.
pub fn verified(plan: &Plan, reports: &FrameReports, values: &Values, has_secret: bool, baseline: Option<&[String]>) -> bool {
    match &plan.verify {
        VerifySpec::Page { page } => page_shown(page, reports),
        VerifySpec::AnchorsDone => {
            let merged = merge(plan, reports);
            let with_done: Vec<_> = plan.anchors.iter().zip(&merged).filter(|(a, _)| a.done.is_some()).collect();
            !with_done.is_empty() && with_done.iter().all(|(_, m)| m.0.present && m.0.done)
        }
        VerifySpec::Captured => {
            !plan.captures.is_empty()
                && plan.captures.iter().all(|c| {
                    if c.field.is_secret() {
                        has_secret
                    } else {
                        values.contains_key(&c.field)
                    }
                })
        }
        VerifySpec::PermissionRows { rows, status, granted_labels } => {
            let all_rows: Vec<&Vec<String>> = reports.iter().flat_map(|(_, r)| &r.tables).flat_map(|t| &t.rows).collect();
            !rows.is_empty()
                && rows.iter().all(|want| {
                    all_rows.iter().any(|row| {
                        let has = |f: &dyn Fn(&str) -> bool| row.iter().any(|c| f(c));
                        has(&|c| normalize_label(c) == normalize_label(&want.name))
                            && has(&|c| matches_any(&want.type_labels, c))
                            && (*status == RowStatus::Listed || has(&|c| granted_labels.matches(LabelMatch::Prefix, c)))
                    })
                })
        }
        VerifySpec::SecretRow => match (baseline, secret_rows(plan, reports)) {
            (Some(before), Some(now)) => now.iter().any(|r| !before.contains(r)),
            _ => false,
        },
        VerifySpec::ListContains { value, .. } => {
            // Redirect URIs are case-sensitive (domain.md §1): compared exactly.
            let v = value.trim();
            !v.is_empty()
                && !v.contains('{')
                && reports.iter().any(|(_, r)| {
                    r.inputs.iter().any(|(_, x)| x.trim() == v)
                        || r.tables.iter().flat_map(|t| &t.rows).flatten().any(|c| c.trim() == v)
                })
        }
        VerifySpec::TextPresent { within, labels, value } => reports.iter().any(|(_, r)| match within {
            Region::Essentials => r.essentials.iter().any(|(l, v)| {
                matches_any(labels, l) && value.as_deref().is_none_or(|want| v.trim() == want.trim())
            }),
            Region::Blade => {
                let texts = r.titles.iter().chain(r.tables.iter().flat_map(|t| t.rows.iter().flatten()));
                texts.into_iter().any(|t| labels.matches(LabelMatch::Contains, t))
            }
        }),
        VerifySpec::Manual => false,
    }
}

/// Whether an anchor's [`Done`] makes it a typed value worth checking live.
pub fn typed_anchor(plan: &Plan, key: &str) -> bool {
    plan.anchors.iter().any(|a| a.key == key && matches!(a.done, Some(Done::Equals { .. }) | Some(Done::Filled) | None))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide;
    use crate::protocol::AnchorReport;
    use crate::Target;

    fn plan_of(target: Target, id: &str, values: &Values) -> Plan {
        let g = guide::load(target).unwrap();
        g.plan(g.step_index(id).unwrap(), values).unwrap()
    }

    fn report(step: &str) -> FrameReport {
        FrameReport { step: step.into(), ..FrameReport::default() }
    }

    #[test]
    fn page_step_needs_the_fragment_and_a_confirming_title() {
        let plan = plan_of(Target::Yetiforce, "open-app-registrations", &Values::new());
        let mut top = report("open-app-registrations");
        top.hash = Some("#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade".into());
        assert!(!verified(&plan, &[(0, &top)], &Values::new(), false, None), "URL alone can lag");
        top.titles = vec!["Rejestracje aplikacji".into()];
        assert!(verified(&plan, &[(0, &top)], &Values::new(), false, None), "Polish portal title confirms");
        top.hash = Some("#home".into());
        assert!(!verified(&plan, &[(0, &top)], &Values::new(), false, None));
    }

    #[test]
    fn highlight_goes_to_the_best_scoring_frame_and_fallback_needs_all_frames_settled() {
        let plan = plan_of(Target::Yetiforce, "new-registration", &Values::new());
        assert_eq!(plan.anchors.len(), 1);
        let mut top = report("new-registration");
        let mut frame = report("new-registration");
        top.anchors = vec![AnchorReport { present: true, done: false, score: 5.0 }];
        frame.anchors = vec![AnchorReport { present: true, done: false, score: 9.0 }];
        assert_eq!(highlight(&plan, &[(0, &top), (3, &frame)]), Some((3, 0)));
        top.anchors[0].present = false;
        frame.anchors[0].present = false;
        top.settled = true;
        assert!(!fallback(&plan, &[(0, &top), (3, &frame)]), "a frame still looking");
        frame.settled = true;
        assert!(fallback(&plan, &[(0, &top), (3, &frame)]));
        assert_eq!(highlight(&plan, &[(0, &top), (3, &frame)]), None);
    }

    #[test]
    fn ids_are_captured_from_the_url_and_essentials_only_when_valid() {
        let plan = plan_of(Target::Yetiforce, "register", &Values::new());
        let mut top = report("register");
        top.hash = Some("#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/8F2D4C61-3B7A-4E59-A1C2-6D0E9F8B7A35/objectId/e4b1c9d2-5f3a-4b8e-9c7d-1a2b3c4d5e6f".into());
        let got = captures(&plan, &[(0, &top)], None);
        assert!(got.contains(&(Field::ClientId, "8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35".into())), "{got:?}");
        assert!(got.iter().any(|(f, _)| *f == Field::ObjectId));
        top.hash = Some("#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/not-a-guid".into());
        assert!(captures(&plan, &[(0, &top)], None).iter().all(|(f, _)| *f != Field::ClientId));

        let plan = plan_of(Target::Yetiforce, "copy-ids", &Values::new());
        let mut top = report("copy-ids");
        top.essentials = vec![
            ("ID aplikace (klienta)".into(), " 8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35 ".into()),
            ("ID adresáře (tenanta)".into(), "0c3f5e2a-7b1d-4e8f-9a6b-3d2c1e0f9a8b".into()),
        ];
        let got = captures(&plan, &[(0, &top)], None);
        assert_eq!(got.len(), 2, "{got:?}");
        let values: Values = got.into_iter().collect();
        assert!(verified(&plan, &[(0, &top)], &values, false, None));
    }

    #[test]
    fn new_secret_value_is_read_from_the_new_row_only_and_never_when_masked() {
        let g = guide::load(Target::Aktionnext).unwrap();
        let i = g.steps.iter().position(|s| s.captures.iter().any(|c| c.field == Field::SecretValue)).unwrap();
        let plan = g.plan(i, &Values::new()).unwrap();
        let (headers, col) = {
            let column = plan.captures.iter().find_map(|c| match &c.source { CaptureSource::NewSecret { column } if c.field == Field::SecretValue => Some(column.clone()), _ => None }).unwrap();
            let h = vec!["Description".to_string(), "Expires".into(), column.first(crate::Lang::En).to_string(), "Secret ID".into()];
            (h, 2)
        };
        let old = vec!["old".to_string(), "1/1/2027".into(), "abc*****".into(), "11111111-1111-1111-1111-111111111111".into()];
        let mut r = report(&plan.step_id);
        r.tables = vec![TableFacts { headers: headers.clone(), rows: vec![old.clone()] }];
        let baseline = secret_rows(&plan, &[(0, &r)]).unwrap();
        assert!(!verified(&plan, &[(0, &r)], &Values::new(), false, Some(&baseline)) || !matches!(plan.verify, VerifySpec::SecretRow));
        let secret = "abc8Q~0123456789abcdefghijklmnopqrstuvwx";
        assert_eq!(secret.len(), 40);
        let mut new = vec!["regpilot".to_string(), "5/26/2027".into(), secret.into(), "22222222-2222-2222-2222-222222222222".into()];
        r.tables[0].rows = vec![new.clone(), old.clone()];
        let got = captures(&plan, &[(0, &r)], Some(&baseline));
        assert!(got.contains(&(Field::SecretValue, secret.to_string())), "{got:?}");
        new[col] = "abc*****".into();
        r.tables[0].rows = vec![new, old];
        assert!(captures(&plan, &[(0, &r)], Some(&baseline)).iter().all(|(f, _)| *f != Field::SecretValue));
    }

    #[test]
    fn permission_rows_need_name_type_and_granted_status() {
        let g = guide::load(Target::Aktionnext).unwrap();
        let i = g.steps.iter().position(|s| matches!(&s.verify, VerifySpec::PermissionRows { status: RowStatus::Granted, .. })).unwrap();
        let plan = g.plan(i, &Values::new()).unwrap();
        let VerifySpec::PermissionRows { rows, granted_labels, .. } = &plan.verify else { unreachable!() };
        let mut r = report(&plan.step_id);
        let row = |status: &str| vec![rows[0].name.clone(), rows[0].type_labels.first(crate::Lang::Pl).to_string(), "Tak".into(), status.to_string()];
        r.tables = vec![TableFacts { headers: vec![], rows: vec![row("")] }];
        assert!(!verified(&plan, &[(0, &r)], &Values::new(), false, None));
        let granted = format!("{} Contoso", granted_labels.first(crate::Lang::Pl));
        r.tables[0].rows = vec![row(&granted)];
        assert!(verified(&plan, &[(0, &r)], &Values::new(), false, None));
    }
}
