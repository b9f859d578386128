//! Validation of a bundle before export. The checks ([`crate::checks`]) judge every value as they
//! judge what the admin types in the portal; this module adds what only a bundle can get wrong: a
//! field the target needs is absent, a name carries a control character, a permission is not in
//! the catalogue, the Secret ID is not a GUID. [`normalized`] then writes the IDs the way Entra
//! shows them, so every export carries canonical values.

use std::borrow::Cow;

use super::{Bundle, Date};
use crate::checks::ids::{self, Guid};
use crate::checks::{self, redirect_uri, registration, scopes, Audience, Platform, Rule, Severity};
use crate::permissions::{self, Registration};
use crate::{Localizer, Target};

/// One finding about one field of a bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Where in the bundle: `tenant_id`, `redirect_uris[0].uri`, `permissions[2].name`,
    /// `secret.expires`, … (the JSON path, 0-based indices).
    pub field: String,
    /// The finding, with its span in that field's value.
    pub check: checks::Finding,
}

impl Finding {
    pub fn severity(&self) -> Severity {
        self.check.severity
    }

    /// The stable rule id, e.g. `not-guid`.
    pub fn rule(&self) -> &'static str {
        self.check.rule.id()
    }

    /// The localized message: what is wrong and how to fix it.
    pub fn message(&self, l: &Localizer) -> String {
        self.check.message(l)
    }
}

/// A finding about the bundle rather than a value, with a message of `export.ftl`.
fn bundle_finding(rule: Rule, message_id: &'static str) -> checks::Finding {
    let mut f = checks::Finding::error(rule, (0, 0));
    f.message_id = Cow::Borrowed(message_id);
    f
}

fn required(key: &'static str, target: Target) -> checks::Finding {
    bundle_finding(Rule::Empty, "export-check-required")
        .arg("key", key)
        .target(target)
}

/// Rules about the registration's supported account types, which [`registration::check`] reports.
const AUDIENCE_RULES: [Rule; 2] = [Rule::SingleTenantOnCommon, Rule::WrongAudience];

/// Statlook's mail account asks for the mailbox user's Object ID (domain.md §7).
fn needs_user_object_id(target: Target) -> bool {
    target == Target::Statlook
}

/// Every finding about `bundle`, field by field. `today` dates the secret's expiry check (the
/// core has no clock: the caller passes it).
pub fn validate(bundle: &Bundle, today: Date) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut put = |field: &str, findings: Vec<checks::Finding>| {
        out.extend(findings.into_iter().map(|check| Finding {
            field: field.to_owned(),
            check,
        }));
    };
    let target = bundle.target;
    let profile = permissions::profile(target);
    let own = profile.registration == Registration::Own;

    // Names end up in scripts, calendars and the portal: one line each.
    if bundle.app_name.trim().is_empty() {
        put(
            "app_name",
            vec![checks::Finding::error(Rule::Empty, (0, 0))],
        );
    }
    for (key, text) in [
        ("app_name", bundle.app_name.as_str()),
        (
            "secret.description",
            bundle
                .secret
                .as_ref()
                .map_or("", |s| s.description.as_str()),
        ),
    ] {
        if let Some(i) = text.find(char::is_control) {
            let mut f =
                bundle_finding(Rule::BadChar, "export-check-control-character").arg("key", key);
            let at = text[..i].chars().count();
            f.span = (at, at + 1);
            put(key, vec![f]);
        }
    }

    // IDs.
    put(
        "tenant_id",
        ids::tenant(&bundle.tenant_id, Some(target)).findings,
    );
    put("client_id", ids::client(&bundle.client_id).findings);
    match &bundle.application_object_id {
        Some(v) => put("application_object_id", ids::object(v).findings),
        None if own => put(
            "application_object_id",
            vec![required("application_object_id", target)],
        ),
        None => {}
    }
    if let Some(v) = &bundle.service_principal_object_id {
        put("service_principal_object_id", ids::object(v).findings);
    }
    match &bundle.user_object_id {
        Some(v) => put("user_object_id", ids::object(v).findings),
        None if needs_user_object_id(target) => {
            put("user_object_id", vec![required("user_object_id", target)])
        }
        None => {}
    }

    // Supported account types against how the target signs in.
    match bundle.audience {
        Some(a) => put("audience", registration::check(a, target)),
        None if own => put("audience", vec![required("audience", target)]),
        None => {}
    }

    // Redirect URIs, as the list of each platform.
    let audience = bundle
        .audience
        .or(profile.recommended_audience())
        .unwrap_or(Audience::AzureADMultipleOrgs);
    for platform in Platform::ALL {
        let (idx, uris): (Vec<usize>, Vec<&str>) = bundle
            .redirect_uris
            .iter()
            .enumerate()
            .filter(|(_, r)| r.platform == platform)
            .map(|(i, r)| (i, r.uri.as_str()))
            .unzip();
        let results = redirect_uri::check_list(&uris, platform, audience, Some(target));
        for (i, r) in idx.into_iter().zip(results) {
            // The URI check repeats the audience rules for the whole registration; they are
            // reported once, on `audience`.
            let own_findings = r
                .findings
                .into_iter()
                .filter(|f| !(bundle.audience.is_some() && AUDIENCE_RULES.contains(&f.rule)))
                .collect();
            put(&format!("redirect_uris[{i}].uri"), own_findings);
        }
    }

    // Permissions: those of the target's kind as one set against what the target needs (with
    // their consent); the others only have to exist.
    let mut names: Vec<(usize, &str)> = Vec::new();
    for (i, p) in bundle.permissions.iter().enumerate() {
        if p.kind == profile.kind {
            names.push((i, p.name.as_str()));
        } else if permissions::lookup(&p.name, p.kind).is_none() {
            put(
                &format!("permissions[{i}].name"),
                vec![
                    bundle_finding(Rule::UnknownScope, "export-check-unknown-permission")
                        .arg("name", p.name.clone())
                        .arg("kind", p.kind.id()),
                ],
            );
        }
    }
    let granted: Vec<String> = bundle
        .permissions
        .iter()
        .filter(|p| p.kind == profile.kind && p.consent == super::Consent::Granted)
        .map(|p| p.name.clone())
        .collect();
    let list: Vec<&str> = names.iter().map(|(_, n)| *n).collect();
    let input = scopes::join(&list);
    let set = scopes::check_str(
        &input,
        target,
        profile.kind,
        &scopes::Consent::Granted(granted),
    );
    for f in set.findings {
        let field = permission_at(&names, f.span).map_or_else(
            || "permissions".to_owned(),
            |i| format!("permissions[{i}].name"),
        );
        put(&field, vec![f]);
    }

    // The secret.
    match &bundle.secret {
        Some(s) => {
            if Guid::parse(&s.id).is_none() {
                put(
                    "secret.id",
                    vec![bundle_finding(Rule::NotGuid, "export-check-secret-id")],
                );
            }
            if let Some(v) = &s.value {
                put("secret.value", ids::secret(v, Some(target)).findings);
            }
            put(
                "secret.expires",
                ids::secret_expiry(&s.expires.to_string(), today).findings,
            );
        }
        None if own => put("secret", vec![required("secret", target)]),
        None => {}
    }
    out
}

/// Which permission a span of the joined names (`scopes::join`, one space between names) falls
/// in; `None` for a zero-width span at the end (something missing from the whole set).
fn permission_at(names: &[(usize, &str)], span: (usize, usize)) -> Option<usize> {
    let mut start = 0;
    for (i, name) in names {
        let end = start + name.chars().count();
        if span.0 < end || (span.0 == end && span.1 > span.0) {
            return (span.0 >= start).then_some(*i);
        }
        start = end + 1;
    }
    None
}

/// The bundle with its IDs written as Entra shows them: GUIDs lowercase with dashes (braces,
/// `urn:uuid:` and upper case removed), domains lowercase, surrounding whitespace trimmed. Values
/// that do not parse stay as they are (validation reports them).
pub fn normalized(bundle: &Bundle) -> Bundle {
    let guid = |s: &mut String| {
        if let Some(g) = Guid::parse(s) {
            *s = g.to_string();
        }
    };
    let mut b = bundle.clone();
    if let Some(t) = ids::tenant(&b.tenant_id, Some(b.target)).value {
        b.tenant_id = t.to_string();
    }
    guid(&mut b.client_id);
    for id in [
        &mut b.application_object_id,
        &mut b.service_principal_object_id,
        &mut b.user_object_id,
    ]
    .into_iter()
    .flatten()
    {
        guid(id);
    }
    if let Some(s) = b.secret.as_mut() {
        guid(&mut s.id);
        if let Some(v) = s.value.as_mut() {
            let t = v.trim();
            if t.len() != v.len() {
                *v = t.to_owned();
            }
        }
    }
    for r in &mut b.redirect_uris {
        let t = r.uri.trim();
        if t.len() != r.uri.len() {
            r.uri = t.to_owned();
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::date;
    use crate::export::{Consent, GrantedPermission, RedirectUri, Secret, Timestamp};
    use crate::permissions::Kind;
    use crate::Lang;

    fn today() -> Date {
        date::parse_iso("2026-11-26").unwrap()
    }

    fn statlook() -> Bundle {
        Bundle {
            version: 1,
            target: Target::Statlook,
            lang: Lang::En,
            app_name: "Statlook mail".into(),
            tenant_id: "a4528e4a-1f6e-4572-9c7d-e5cf6e2bfc83".into(),
            client_id: "a28e34be-b03a-4d57-a136-cb24746c7870".into(),
            application_object_id: Some("03d980eb-4f7a-4a72-91b0-d194ac90587f".into()),
            service_principal_object_id: None,
            user_object_id: Some("876f66b3-1df7-4995-b60f-455279f9c985".into()),
            audience: Some(Audience::AzureADMyOrg),
            redirect_uris: vec![RedirectUri {
                uri: "https://login.microsoftonline.com/common/oauth2/nativeclient".into(),
                platform: Platform::Installed,
            }],
            permissions: vec![
                GrantedPermission {
                    name: "Mail.ReadWrite".into(),
                    kind: Kind::Application,
                    consent: Consent::Granted,
                },
                GrantedPermission {
                    name: "Mail.Send".into(),
                    kind: Kind::Application,
                    consent: Consent::Granted,
                },
            ],
            secret: Some(Secret {
                value: Some("gJT7Q~ihA~2O76UMFxFkM~R5Kjp-1vRt_1fjO".into()),
                id: "19fe525e-8978-4d17-8ad6-ac0e9c91333a".into(),
                description: "Statlook".into(),
                expires: date::parse_iso("2027-06-01").unwrap(),
            }),
            created_at: Timestamp::parse("2026-06-01T10:00:00Z").unwrap(),
        }
    }

    fn rules(b: &Bundle) -> Vec<(String, &'static str, Severity)> {
        validate(b, today())
            .into_iter()
            .map(|f| (f.field.clone(), f.rule(), f.severity()))
            .collect()
    }

    #[test]
    fn a_good_bundle_has_no_findings() {
        assert_eq!(rules(&statlook()), []);
    }

    /// (what is changed, the field and rule expected).
    #[test]
    fn each_mistake_is_reported_on_its_field() {
        type Edit = fn(&mut Bundle);
        let cases: &[(Edit, &str, &str)] = &[
            (
                |b| b.tenant_id = "common".into(),
                "tenant_id",
                "tenant-alias-app-only",
            ),
            (
                |b| b.client_id = "not a guid".into(),
                "client_id",
                "not-guid",
            ),
            (
                |b| b.application_object_id = None,
                "application_object_id",
                "empty",
            ),
            (|b| b.user_object_id = None, "user_object_id", "empty"),
            (
                |b| b.audience = Some(Audience::PersonalMicrosoftAccount),
                "audience",
                "wrong-audience",
            ),
            (
                |b| b.redirect_uris[0].uri = "http://example.com/x".into(),
                "redirect_uris[0].uri",
                "http-localhost-only",
            ),
            (
                |b| b.permissions[1].name = "Mail.Sedn".into(),
                "permissions[1].name",
                "typo-scope",
            ),
            (
                |b| b.permissions[0].consent = Consent::NotGranted,
                "permissions[0].name",
                "missing-consent",
            ),
            (
                |b| {
                    b.permissions.push(GrantedPermission {
                        name: "Nope.All".into(),
                        kind: Kind::Delegated,
                        consent: Consent::NotGranted,
                    })
                },
                "permissions[2].name",
                "unknown-scope",
            ),
            (
                |b| {
                    b.secret.as_mut().unwrap().value =
                        Some("19fe525e-8978-4d17-8ad6-ac0e9c91333a".into())
                },
                "secret.value",
                "secret-id-not-value",
            ),
            (
                |b| b.secret.as_mut().unwrap().id = "gJT8Q~ihA".into(),
                "secret.id",
                "not-guid",
            ),
            (
                |b| b.secret.as_mut().unwrap().expires = date::parse_iso("2026-11-01").unwrap(),
                "secret.expires",
                "secret-expired",
            ),
            (|b| b.secret = None, "secret", "empty"),
            (|b| b.app_name = "two\nlines".into(), "app_name", "bad-char"),
        ];
        for (edit, field, rule) in cases {
            let mut b = statlook();
            edit(&mut b);
            let got = rules(&b);
            assert!(
                got.iter()
                    .any(|(f, r, s)| f == field && r == rule && *s == Severity::Error),
                "expected {field} [{rule}], got {got:?}"
            );
        }
    }

    #[test]
    fn expiring_soon_is_only_a_warning() {
        let mut b = statlook();
        b.secret.as_mut().unwrap().expires = date::parse_iso("2026-12-10").unwrap();
        assert_eq!(
            rules(&b),
            [(
                "secret.expires".to_owned(),
                "secret-expiring",
                Severity::Warning
            )]
        );
    }

    #[test]
    fn yetiforce_single_tenant_is_refused_with_aadsts50194() {
        let mut b = statlook();
        b.target = Target::Yetiforce;
        b.audience = Some(Audience::AzureADMyOrg);
        let found = validate(&b, today());
        let f = found
            .iter()
            .find(|f| f.field == "audience")
            .expect("an audience finding");
        assert_eq!(f.rule(), "single-tenant-on-common");
        let same = found
            .iter()
            .filter(|f| f.rule() == "single-tenant-on-common")
            .count();
        assert_eq!(same, 1, "reported once: {found:?}");
        assert!(f.message(&Localizer::new(Lang::En)).contains("AADSTS50194"));
    }

    #[test]
    fn bundle_messages_exist_in_every_language() {
        let mut b = statlook();
        b.application_object_id = None;
        b.app_name = "a\tb".into();
        b.secret.as_mut().unwrap().id = "x".into();
        b.permissions.push(GrantedPermission {
            name: "Nope.All".into(),
            kind: Kind::Delegated,
            consent: Consent::NotGranted,
        });
        let found = validate(&b, today());
        assert_eq!(found.len(), 4, "{found:?}");
        for lang in Lang::ALL {
            let l = Localizer::new(lang);
            for f in &found {
                let m = f.message(&l);
                assert!(!m.starts_with("export-"), "{lang:?}: {m}");
            }
            assert!(l.errors().is_empty(), "{lang:?}: {:?}", l.errors());
        }
        let en = Localizer::new(Lang::En);
        let required = found
            .iter()
            .find(|f| f.field == "application_object_id")
            .unwrap();
        assert!(required.message(&en).contains("application_object_id"));
        assert!(required.message(&en).contains("Statlook"));
    }

    #[test]
    fn spans_of_the_joined_names_map_back_to_permissions() {
        let names = [(0, "Mail.Send"), (3, "User.Read")];
        assert_eq!(permission_at(&names, (0, 9)), Some(0));
        assert_eq!(permission_at(&names, (10, 19)), Some(3));
        assert_eq!(permission_at(&names, (19, 19)), None);
    }

    #[test]
    fn normalized_writes_ids_as_entra_shows_them() {
        let mut b = statlook();
        b.tenant_id = "{A4528E4A-1F6E-4572-9C7D-E5CF6E2BFC83}".into();
        b.client_id = "A28E34BEB03A4D57A136CB24746C7870".into();
        b.user_object_id = Some("urn:uuid:876F66B3-1DF7-4995-B60F-455279F9C985".into());
        let n = normalized(&b);
        assert_eq!(n, statlook());
        let mut d = statlook();
        d.tenant_id = "Contoso.OnMicrosoft.com".into();
        assert_eq!(normalized(&d).tenant_id, "contoso.onmicrosoft.com");
        d.client_id = "garbage".into();
        assert_eq!(normalized(&d).client_id, "garbage");
    }
}
