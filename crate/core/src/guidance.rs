//! Guidance: turns what the portal frames report about the current step into decisions —
//! which frame highlights which anchor, which values are captured, whether the step is verified
//! done. Pure functions over [`Plan`] and [`FrameReport`]s; the engine applies them.
//!
//! Frames only report what they see (anchor scores, URL fragment, titles, tables); every rule
//! about what that means lives here, tested on the host.

use crate::checks::ids;
use crate::guide::{
    normalize_label, parse_hash, pick_anchor, AnchorState, CaptureSource, Done, Field, LabelMatch,
    LabelSet, PageSpec, Plan, Position, Region, RowStatus, Values, VerifySpec,
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
            // A box ticked earlier in the step stays ticked when a filter hides it: the engine
            // reports remembered conditions as done-but-not-present.
            let remembered = reports.iter().any(|(_, r)| r.anchors.get(i).is_some_and(|a| a.done && !a.present));
            match best {
                Some((frame, a)) => (AnchorState { present: true, done: a.done }, Some(frame)),
                None => (AnchorState { present: false, done: remembered }, None),
            }
        })
        .collect()
}

/// Whether anchor `i` may be highlighted now. Away from the step's page, an anchor without a
/// condition of its own (a list, a label) counts only if it is a blade menu item (the way in): a
/// label that also appears elsewhere (the Overview's "Redirect URIs") must not pull the highlight
/// onto the wrong page. Anchors with a condition (a choice to make on the next page of a step
/// that spans two) stay eligible.
fn eligible(plan: &Plan, reports: &FrameReports, i: usize) -> bool {
    let away = match (&plan.page, top_hash(reports)) {
        (Some(page), Some(hash)) => !page.matches_hash(hash),
        _ => false,
    };
    let a = &plan.anchors[i];
    !away || a.position == Some(Position::LeftMenu) || a.done.is_some()
}

/// Which frame highlights which anchor, by [`pick_anchor`] over the merged states.
pub fn highlight(plan: &Plan, reports: &FrameReports) -> Option<(i64, usize)> {
    let merged = merge(plan, reports);
    let states: Vec<AnchorState> = merged
        .iter()
        .enumerate()
        .map(|(i, m)| if eligible(plan, reports, i) { m.0 } else { AnchorState::default() })
        .collect();
    let i = pick_anchor(&plan.anchors, &states)?;
    merged[i].1.map(|frame| (frame, i))
}

/// The step has elements to find but no frame finds any after looking long enough.
pub fn fallback(plan: &Plan, reports: &FrameReports) -> bool {
    !plan.outside_portal
        && !plan.anchors.is_empty()
        && !reports.is_empty()
        && reports.iter().all(|(_, r)| r.settled)
        && merge(plan, reports).iter().enumerate().all(|(i, m)| !m.0.present || !eligible(plan, reports, i))
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
        // A menu blade's title reads "<app> | <section>".
        r.titles.iter().any(|t| has_title && [t.as_str(), t.rsplit(" | ").next().unwrap_or(t)].iter().any(|t| page.titles.matches(LabelMatch::Exact, t)))
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

/// The row of a just-created client secret: the portal shows a secret's Value only right after
/// it is added (then masks it), so the row with a cell that is a whole, valid secret value is the
/// new one (domain.md §5).
fn fresh_secret_row<'a>(table: &'a TableFacts, target: crate::Target) -> Option<&'a Vec<String>> {
    table.rows.iter().find(|r| r.iter().any(|c| ids::secret(c.trim(), Some(target)).value.is_some()))
}

/// Values the current reports show for the plan's captures, checked. Returns (field, value) for
/// every value that passed the checks.
pub fn captures(plan: &Plan, reports: &FrameReports) -> Vec<(Field, String)> {
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
            CaptureSource::NewSecret { column } => table_with_column(reports, column)
                .and_then(|(t, col)| fresh_secret_row(t, plan.target).and_then(|r| r.get(col).cloned())),
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
/// this report's).
pub fn verified(plan: &Plan, reports: &FrameReports, values: &Values, has_secret: bool) -> bool {
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
        VerifySpec::SecretRow => reports
            .iter()
            .flat_map(|(_, r)| &r.tables)
            .any(|t| fresh_secret_row(t, plan.target).is_some()),
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
        assert!(!verified(&plan, &[(0, &top)], &Values::new(), false), "URL alone can lag");
        top.titles = vec!["Rejestracje aplikacji".into()];
        assert!(verified(&plan, &[(0, &top)], &Values::new(), false), "Polish portal title confirms");
        top.hash = Some("#home".into());
        assert!(!verified(&plan, &[(0, &top)], &Values::new(), false));
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
    fn away_from_the_steps_page_only_the_menu_item_is_highlighted() {
        let mut values = Values::new();
        values.insert(Field::RedirectUri, "https://crm.example.com/webservice/OAuth/MailAccount/1".into());
        let plan = plan_of(Target::Yetiforce, "check-redirect-uri", &values);
        let mut top = report("check-redirect-uri");
        // On the Overview, "Redirect URIs" is also an Essentials label: not this step's element.
        top.hash = Some("#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/x".into());
        top.anchors = vec![AnchorReport { present: true, done: false, score: 9.0 }, AnchorReport { present: true, done: false, score: 4.0 }];
        assert_eq!(highlight(&plan, &[(0, &top)]), Some((0, 0)));
        top.hash = Some("#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Authentication/appId/x".into());
        assert_eq!(highlight(&plan, &[(0, &top)]), Some((0, 1)));
        // Away from the page with only the list label in sight: fall back (with the deep link).
        top.hash = Some("#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/x".into());
        top.anchors[0].present = false;
        top.settled = true;
        assert!(fallback(&plan, &[(0, &top)]));
    }

    #[test]
    fn ids_are_captured_from_the_url_and_essentials_only_when_valid() {
        let plan = plan_of(Target::Yetiforce, "register", &Values::new());
        let mut top = report("register");
        top.hash = Some("#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/8F2D4C61-3B7A-4E59-A1C2-6D0E9F8B7A35/objectId/e4b1c9d2-5f3a-4b8e-9c7d-1a2b3c4d5e6f".into());
        let got = captures(&plan, &[(0, &top)]);
        assert!(got.contains(&(Field::ClientId, "8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35".into())), "{got:?}");
        assert!(got.iter().any(|(f, _)| *f == Field::ObjectId));
        top.hash = Some("#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/not-a-guid".into());
        assert!(captures(&plan, &[(0, &top)]).iter().all(|(f, _)| *f != Field::ClientId));

        let plan = plan_of(Target::Yetiforce, "copy-ids", &Values::new());
        let mut top = report("copy-ids");
        top.essentials = vec![
            ("ID aplikace (klienta)".into(), " 8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35 ".into()),
            ("ID adresáře (tenanta)".into(), "0c3f5e2a-7b1d-4e8f-9a6b-3d2c1e0f9a8b".into()),
        ];
        let got = captures(&plan, &[(0, &top)]);
        assert_eq!(got.len(), 2, "{got:?}");
        let values: Values = got.into_iter().collect();
        assert!(verified(&plan, &[(0, &top)], &values, false));
    }

    #[test]
    fn the_new_secret_is_the_row_whose_value_is_still_shown_and_never_a_masked_one() {
        let g = guide::load(Target::Aktionnext).unwrap();
        let at = |f: &dyn Fn(&guide::Step) -> bool| g.plan(g.steps.iter().position(|s| f(s)).unwrap(), &Values::new()).unwrap();
        let create = at(&|s| matches!(s.verify, VerifySpec::SecretRow));
        let read = at(&|s| s.captures.iter().any(|c| c.field == Field::SecretValue));
        let headers = vec!["Description".to_string(), "Expires".into(), "Value".into(), "Secret ID".into()];
        let old = vec!["old".to_string(), "1/1/2027".into(), "abc*****".into(), "11111111-1111-1111-1111-111111111111".into()];
        let mut r = report(&create.step_id);
        r.tables = vec![TableFacts { headers: headers.clone(), rows: vec![old.clone()] }];
        assert!(!verified(&create, &[(0, &r)], &Values::new(), false), "an old, masked secret is not a new one");
        // SEC101/156 shape: 3 characters, 8Q~, 34 more (40 in all).
        let secret = "abc8Q~0123456789abcdefghijklmnopqrstuvwx";
        assert_eq!(secret.len(), 40);
        r.tables[0].rows = vec![old.clone(), vec!["regpilot".into(), "5/26/2027".into(), secret.into(), "22222222-2222-2222-2222-222222222222".into()]];
        assert!(verified(&create, &[(0, &r)], &Values::new(), false));
        let mut r2 = report(&read.step_id);
        r2.tables = r.tables.clone();
        let got = captures(&read, &[(0, &r2)]);
        assert!(got.contains(&(Field::SecretValue, secret.to_string())), "{got:?}");
        // Once the portal masks it, nothing is captured (a masked value is never taken for one).
        r2.tables[0].rows[1][2] = "abc*****".into();
        assert!(captures(&read, &[(0, &r2)]).iter().all(|(f, _)| *f != Field::SecretValue));
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
        assert!(!verified(&plan, &[(0, &r)], &Values::new(), false));
        let granted = format!("{} Contoso", granted_labels.first(crate::Lang::Pl));
        r.tables[0].rows = vec![row(&granted)];
        assert!(verified(&plan, &[(0, &r)], &Values::new(), false));
    }
}
