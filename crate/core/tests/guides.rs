//! The guides as data: loader errors name file, line and reason; the four embedded guides load,
//! keep the contract's step ids, agree with the permission catalogue and the seeds; plans fill
//! placeholders and never carry secrets; the Markdown of every guide × language matches its
//! reviewed snapshot (`UPDATE_SNAPSHOTS=1` rewrites them).

use std::collections::BTreeSet;
use std::path::PathBuf;

use regpilot_core::guide::{
    self, render, AnchorState, CaptureSource, Done, Field, Guide, Values, VerifySpec,
};
use regpilot_core::permissions::{self, Registration};
use regpilot_core::{Lang, Localizer, Target};

// ---------------------------------------------------------------------------------------------
// Loader errors: one table, one harness.

/// A valid one-step guide; each case below breaks one thing.
const VALID: &str = r#"target = "aktionnext"
text = "guide-aktionnext"

[[step]]
id = "new-registration"
text = "guide-step-new-registration"
page = "app-registrations"
anchors = [{ element = "new-registration-button" }]
verify = { kind = "page", page = "new-registration" }
docs = "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app"
"#;

/// A second step appended to [`VALID`] (its lines are 11 and on).
fn with_step(step: &str) -> String {
    format!("{VALID}\n[[step]]\n{step}")
}

struct Case {
    name: &'static str,
    text: String,
    line: usize,
    reason: &'static str,
}

fn cases() -> Vec<Case> {
    let step2 = |body: &str| with_step(body);
    vec![
        Case {
            name: "unknown step field",
            text: VALID.replace("page = \"app-registrations\"", "colour = \"blue\""),
            line: 7,
            reason: "unknown field `colour`",
        },
        Case {
            name: "unknown top-level field",
            text: VALID.replace("text = \"guide-aktionnext\"", "text = \"guide-aktionnext\"\nauthor = \"x\""),
            line: 3,
            reason: "unknown field `author`",
        },
        Case {
            name: "unknown capture field",
            text: step2(
                "id = \"copy-ids\"\ntext = \"guide-aktionnext-copy-ids\"\npage = \"app-overview\"\ncaptures = [{ field = \"password\", from = \"user\" }]\nverify = { kind = \"captured\" }\ndocs = \"https://learn.microsoft.com/en-us/x\"\n",
            ),
            line: 16,
            reason: "unknown variant `password`",
        },
        Case {
            name: "unknown capture source",
            text: step2(
                "id = \"copy-ids\"\ntext = \"guide-aktionnext-copy-ids\"\npage = \"app-overview\"\ncaptures = [{ field = \"tenantId\", from = \"clipboard\" }]\nverify = { kind = \"captured\" }\ndocs = \"https://learn.microsoft.com/en-us/x\"\n",
            ),
            line: 16,
            reason: "unknown variant `clipboard`",
        },
        Case {
            name: "unknown verify kind",
            text: VALID.replace("kind = \"page\", page = \"new-registration\"", "kind = \"clicked\""),
            line: 9,
            reason: "unknown variant `clicked`",
        },
        Case {
            name: "unknown field in a verify",
            text: VALID.replace("page = \"new-registration\" }", "page = \"new-registration\", timeout = 3 }"),
            line: 9,
            reason: "unknown field `timeout`",
        },
        Case {
            name: "missing translation",
            text: VALID.replace("guide-step-new-registration", "guide-step-no-such-text"),
            line: 6,
            reason: "missing translation: `guide-step-no-such-text.title` is absent in en, pl, cs",
        },
        Case {
            name: "missing not-covered message",
            text: VALID.replace("text = \"guide-aktionnext\"", "text = \"guide-aktionnext\"\nnot_covered = [\"guide-nothing-here\"]"),
            line: 3,
            reason: "missing translation: `guide-nothing-here`",
        },
        Case {
            name: "duplicate step id",
            text: step2(
                "id = \"new-registration\"\ntext = \"guide-step-register\"\npage = \"new-registration\"\nverify = { kind = \"page\", page = \"app-overview\" }\ndocs = \"https://learn.microsoft.com/en-us/x\"\n",
            ),
            line: 13,
            reason: "duplicate step id `new-registration` (first used on line 5)",
        },
        Case {
            name: "bad step id",
            text: VALID.replace("id = \"new-registration\"", "id = \"New_Registration\""),
            line: 5,
            reason: "bad step id `New_Registration`",
        },
        Case {
            name: "placeholder not captured by an earlier step",
            text: step2(
                "id = \"redirect-uri\"\ntext = \"guide-yetiforce-redirect-uri\"\npage = \"new-registration\"\nanchors = [{ element = \"redirect-uri-input\", done = \"value\", value = \"{redirectUri}\" }]\nverify = { kind = \"anchors-done\" }\ndocs = \"https://learn.microsoft.com/en-us/x\"\n",
            ),
            line: 16,
            reason: "placeholder {redirectUri} is not captured by an earlier step",
        },
        Case {
            name: "placeholder in a page's deep link",
            text: step2(
                "id = \"copy-ids\"\ntext = \"guide-aktionnext-copy-ids\"\npage = \"app-overview\"\nverify = { kind = \"manual\" }\ndocs = \"https://learn.microsoft.com/en-us/x\"\n",
            ),
            line: 15,
            reason: "placeholder {clientId} is not captured by an earlier step",
        },
        Case {
            name: "secret placeholder",
            text: step2(
                "id = \"target-form\"\ntext = \"guide-aktionnext-target-form\"\npage = \"app-registrations\"\nanchors = [{ element = \"list-row-link\", text = \"{secretValue}\" }]\nverify = { kind = \"manual\" }\ndocs = \"https://learn.microsoft.com/en-us/x\"\n",
            ),
            line: 16,
            reason: "",
        },
        Case {
            name: "unknown placeholder",
            text: step2(
                "id = \"x\"\ntext = \"guide-aktionnext-target-form\"\npage = \"app-registrations\"\nanchors = [{ element = \"list-row-link\", text = \"{password}\" }]\nverify = { kind = \"manual\" }\ndocs = \"https://learn.microsoft.com/en-us/x\"\n",
            ),
            line: 16,
            reason: "unknown placeholder {password}",
        },
        Case {
            name: "unknown element",
            text: VALID.replace("new-registration-button", "big-red-button"),
            line: 8,
            reason: "unknown element `big-red-button`",
        },
        Case {
            name: "unknown page",
            text: VALID.replace("page = \"app-registrations\"", "page = \"home\""),
            line: 7,
            reason: "unknown page `home`",
        },
        Case {
            name: "seed typo in a permission name",
            text: step2(
                "id = \"api-permissions\"\ntext = \"guide-aktionnext-api-permissions\"\npage = \"app-registrations\"\nverify = { kind = \"permission-rows\", status = \"listed\", rows = [{ name = \"SMT Send\", type = \"delegated\" }] }\ndocs = \"https://learn.microsoft.com/en-us/x\"\n",
            ),
            line: 16,
            reason: "unknown permission `SMT Send` (delegated) of Microsoft Graph",
        },
        Case {
            name: "permission of the wrong kind",
            text: step2(
                "id = \"api-permissions\"\ntext = \"guide-aktionnext-api-permissions\"\npage = \"app-registrations\"\nverify = { kind = \"permission-rows\", status = \"listed\", rows = [{ name = \"IMAP.AccessAsUser.All\", type = \"application\" }] }\ndocs = \"https://learn.microsoft.com/en-us/x\"\n",
            ),
            line: 16,
            reason: "unknown permission `IMAP.AccessAsUser.All` (application)",
        },
        Case {
            name: "outside the portal with a page",
            text: VALID.replace("id = \"new-registration\"", "id = \"new-registration\"\noutside_portal = true"),
            line: 4,
            reason: "step `new-registration` is outside the portal: it cannot have a page, dialog or anchors",
        },
        Case {
            name: "portal step without docs",
            text: VALID.replace(
                "docs = \"https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app\"\n",
                "",
            ),
            line: 4,
            reason: "step `new-registration` needs `docs`",
        },
        Case {
            name: "docs that are not Microsoft's",
            text: VALID.replace("https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", "https://example.com/howto"),
            line: 10,
            reason: "must be a Microsoft page",
        },
        Case {
            name: "anchors-done without a done anchor",
            text: VALID.replace("kind = \"page\", page = \"new-registration\"", "kind = \"anchors-done\""),
            line: 9,
            reason: "verifies `anchors-done` but no anchor has `done`",
        },
        Case {
            name: "unknown target",
            text: VALID.replace("target = \"aktionnext\"", "target = \"vtiger\""),
            line: 1,
            reason: "unknown target `vtiger` (valid: yetiforce, statlook, aktionnext, comarch)",
        },
        Case {
            name: "TOML syntax error",
            text: VALID.replace("id = \"new-registration\"", "id = \"new-registration"),
            line: 5,
            reason: "",
        },
        Case {
            name: "no steps",
            text: "target = \"aktionnext\"\ntext = \"guide-aktionnext\"\n".to_owned(),
            line: 1,
            reason: "a guide needs at least one [[step]]",
        },
    ]
}

#[test]
fn the_valid_base_loads() {
    let g = guide::parse("base.toml", VALID).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(g.target, Target::Aktionnext);
    assert_eq!(g.step_ids(), vec!["new-registration"]);
}

#[test]
fn broken_guides_name_file_line_and_reason() {
    let mut failures = Vec::new();
    for case in cases() {
        match guide::parse("broken.toml", &case.text) {
            Ok(_) => failures.push(format!("{}: loaded", case.name)),
            Err(e) => {
                let shown = e.to_string();
                let prefix = format!("broken.toml:{}: ", case.line);
                if e.file != "broken.toml" || e.line != case.line || !shown.starts_with(&prefix) {
                    failures.push(format!(
                        "{}: expected line {}, got `{shown}`",
                        case.name, case.line
                    ));
                }
                if !e.reason.contains(case.reason) || e.reason.is_empty() {
                    failures.push(format!(
                        "{}: expected reason containing `{}`, got `{}`",
                        case.name, case.reason, e.reason
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_secret_placeholder_is_refused_as_a_secret() {
    let case = cases()
        .into_iter()
        .find(|c| c.name == "secret placeholder")
        .unwrap();
    let e = guide::parse("broken.toml", &case.text).unwrap_err();
    // Step 2 captures nothing before: the first reason to refuse must be the secret itself.
    assert!(e.reason.contains("is a secret"), "{e}");
}

#[test]
fn a_broken_portal_description_names_its_line() {
    let e =
        guide::parse_portal("portal.toml", "[label.x]\nen = [\"X\"]\npl = [\"X\"]\n").unwrap_err();
    assert_eq!(
        e.to_string().split(':').take(2).collect::<Vec<_>>(),
        ["portal.toml", "1"]
    );
    assert!(e.reason.contains("cs"), "{e}");
    let e = guide::parse_portal(
        "portal.toml",
        "[label.a]\nen = [\"A\"]\npl = [\"A\"]\ncs = [\"A\"]\n\n[element.e]\nlabel = \"b\"\n",
    )
    .unwrap_err();
    assert_eq!((e.line, e.reason.as_str()), (7, "unknown label `b`"));
}

// ---------------------------------------------------------------------------------------------
// The four embedded guides.

fn guides() -> Vec<Guide> {
    guide::load_all().unwrap_or_else(|e| panic!("{e}"))
}

fn ids(g: &Guide) -> Vec<&str> {
    g.step_ids()
}

#[test]
fn every_target_has_a_guide_that_loads() {
    let gs = guides();
    assert_eq!(
        gs.iter().map(|g| g.target).collect::<Vec<_>>(),
        Target::ALL.to_vec()
    );
    for t in Target::ALL {
        assert_eq!(guide::load(t).unwrap().target, t);
    }
}

#[test]
fn shared_step_ids_mean_the_same_portal_action() {
    // Contract: shared ids (new-registration, redirect-uri, api-permissions, admin-consent,
    // client-secret, copy-ids) are the same portal action in every guide that has them.
    let gs = guides();
    let own: Vec<&Guide> = gs
        .iter()
        .filter(|g| permissions::profile(g.target).registration == Registration::Own)
        .collect();
    for g in &own {
        for id in [
            "open-app-registrations",
            "new-registration",
            "app-name",
            "account-type",
            "register",
            "copy-ids",
            "api-permissions",
            "admin-consent",
            "client-secret",
            "secret-value",
            "target-form",
        ] {
            assert!(ids(g).contains(&id), "{:?} lacks step {id}", g.target);
        }
    }
    for id in [
        "new-registration",
        "api-permissions",
        "admin-consent",
        "client-secret",
        "copy-ids",
        "redirect-uri",
    ] {
        let pages: BTreeSet<Option<String>> = gs
            .iter()
            .filter(|g| permissions::profile(g.target).registration == Registration::Own)
            .filter_map(|g| g.steps.iter().find(|s| s.id == id))
            .map(|s| s.page.as_ref().map(|p| p.key.clone()))
            .collect();
        assert_eq!(
            pages.len(),
            1,
            "step {id} happens on different pages: {pages:?}"
        );
    }
    // Step ids are kebab-case and unique (the loader's rule, checked on the shipped files).
    for g in &gs {
        let set: BTreeSet<&str> = ids(g).into_iter().collect();
        assert_eq!(set.len(), g.steps.len());
        assert!(ids(g).iter().all(|i| guide::is_kebab(i)));
    }
}

#[test]
fn permission_steps_match_the_permission_catalogue() {
    for g in guides() {
        let profile = permissions::profile(g.target);
        if profile.registration != Registration::Own {
            assert!(!ids(&g).contains(&"api-permissions"));
            continue;
        }
        let step = g.steps.iter().find(|s| s.id == "api-permissions").unwrap();
        let VerifySpec::PermissionRows { rows, .. } = &step.verify else {
            panic!("{:?}: api-permissions does not verify rows", g.target)
        };
        let listed: Vec<(String, permissions::Kind)> =
            rows.iter().map(|r| (r.name.clone(), r.kind)).collect();
        let required: Vec<(String, permissions::Kind)> = profile
            .required()
            .map(|p| (p.name.to_owned(), p.kind))
            .collect();
        assert_eq!(listed, required, "{:?}", g.target);
        // The checkboxes ticked are the same permissions.
        let ticked: Vec<String> = step
            .anchors
            .iter()
            .filter(|a| a.key == "permission-checkbox")
            .map(|a| a.labels.en[0].clone())
            .collect();
        assert_eq!(
            ticked,
            required.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
            "{:?}",
            g.target
        );
        // Application permissions need the consent step to be mandatory.
        let consent = g.steps.iter().find(|s| s.id == "admin-consent").unwrap();
        assert_eq!(
            consent.optional,
            profile.kind == permissions::Kind::Delegated,
            "{:?}",
            g.target
        );
    }
}

#[test]
fn account_type_and_platform_follow_the_target_profile() {
    use regpilot_core::checks::{Audience, Platform};
    for g in guides() {
        let profile = permissions::profile(g.target);
        let Some(audience) = profile.recommended_audience() else {
            assert!(!ids(&g).contains(&"account-type"));
            continue;
        };
        let step = g.steps.iter().find(|s| s.id == "account-type").unwrap();
        let expected = match audience {
            // AADSTS50194: YetiForce signs in on /common.
            Audience::AzureADMultipleOrgs => "account-type-multi",
            // AADSTS9001023: app-only tokens need a tenant endpoint.
            Audience::AzureADMyOrg => "account-type-single",
            other => panic!("unexpected {other:?}"),
        };
        assert_eq!(step.anchors[0].key, expected, "{:?}", g.target);
        let redirect = g.steps.iter().find(|s| s.id == "redirect-uri");
        match profile.platform {
            None => assert!(redirect.is_none(), "{:?}", g.target),
            Some(p) => {
                let select = &redirect.unwrap().anchors[0];
                let Some(Done::Equals { labels, .. }) = &select.done else {
                    panic!("platform select without a value")
                };
                let want = match p {
                    Platform::Web => "Web",
                    Platform::Installed => "Public client/native (mobile & desktop)",
                    Platform::Spa => "Single-page application",
                };
                assert_eq!(labels.en[0], want, "{:?}", g.target);
            }
        }
    }
}

#[test]
fn plans_fill_placeholders_and_report_what_is_missing() {
    let g = guide::load(Target::Yetiforce).unwrap();
    let redirect = g.step_index("redirect-uri").unwrap();
    let empty = g.plan(redirect, &Values::new()).unwrap();
    assert_eq!(empty.missing, vec![Field::RedirectUri]);
    let mut v = Values::new();
    v.insert(
        Field::RedirectUri,
        "https://crm.example.com/webservice/OAuth/MailAccount/abc".into(),
    );
    let plan = g.plan(redirect, &v).unwrap();
    assert!(plan.missing.is_empty());
    let Some(Done::Equals { value, .. }) = &plan.anchors[1].done else {
        panic!("redirect input has no value to check")
    };
    assert_eq!(
        value,
        "https://crm.example.com/webservice/OAuth/MailAccount/abc"
    );

    // The Authentication page's deep link needs the client ID.
    let check = g.step_index("check-redirect-uri").unwrap();
    assert_eq!(g.plan(check, &v).unwrap().page.unwrap().deep_link, None);
    v.insert(
        Field::ClientId,
        "11111111-2222-3333-4444-555555555555".into(),
    );
    let plan = g.plan(check, &v).unwrap();
    assert_eq!(
        plan.page.as_ref().unwrap().deep_link.as_deref(),
        Some("#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Authentication/appId/11111111-2222-3333-4444-555555555555")
    );
    let VerifySpec::ListContains { value, .. } = &plan.verify else {
        panic!("check-redirect-uri verifies {:?}", plan.verify)
    };
    assert_eq!(
        value,
        "https://crm.example.com/webservice/OAuth/MailAccount/abc"
    );
    assert!(g.plan(g.steps.len(), &v).is_none());
}

#[test]
fn no_plan_or_view_ever_carries_the_secret() {
    let secret = "abc8Q~0123456789012345678901234567890123";
    for g in guides() {
        let mut v = Values::new();
        for f in Field::ALL {
            v.insert(f, format!("value-of-{}", f.key()));
        }
        v.insert(Field::SecretValue, secret.to_owned());
        for i in 0..g.steps.len() {
            let plan = serde_json::to_string(&g.plan(i, &v).unwrap()).unwrap();
            assert!(
                !plan.contains(secret),
                "{:?} step {i} plan leaks the secret",
                g.target
            );
            for lang in Lang::ALL {
                let view = g.step_view(i, &Localizer::new(lang), &v).unwrap();
                let json = serde_json::to_string(&view).unwrap();
                assert!(
                    !json.contains(secret),
                    "{:?} step {i} view leaks the secret",
                    g.target
                );
            }
        }
    }
}

#[test]
fn step_views_use_captured_values_and_name_missing_ones() {
    let g = guide::load(Target::Aktionnext).unwrap();
    let i = g.step_index("target-form").unwrap();
    let l10n = Localizer::new(Lang::Pl);
    let mut v = Values::new();
    v.insert(
        Field::TenantId,
        "aaaaaaaa-0000-0000-0000-000000000001".into(),
    );
    let view = g.step_view(i, &l10n, &v).unwrap();
    assert!(view.body.contains("aaaaaaaa-0000-0000-0000-000000000001"));
    // The client ID is not known yet: its name stands in for it.
    assert!(
        view.body.contains("‹Identyfikator aplikacji (klienta)›"),
        "{}",
        view.body
    );
    assert_eq!(view.counter, format!("Krok {} z {}", i + 1, g.steps.len()));
    assert!(view.outside_portal && view.deep_link.is_none());
    assert!(l10n.errors().is_empty(), "{:?}", l10n.errors());
}

#[test]
fn captures_read_the_right_object_id() {
    // The app registration and its enterprise application both carry `objectId` in the URL:
    // each capture is bound to its blade.
    let g = guide::load(Target::Statlook).unwrap();
    let blade_of = |step: &str, field: Field| -> String {
        let s = &g.steps[g.step_index(step).unwrap()];
        let c = s.captures.iter().find(|c| c.field == field).unwrap();
        match &c.source {
            CaptureSource::Url { blade, .. } => blade.clone(),
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(
        blade_of("register", Field::ObjectId),
        "Microsoft_AAD_RegisteredApps/ApplicationMenuBlade"
    );
    assert_eq!(
        blade_of("enterprise-app", Field::ServicePrincipalObjectId),
        "Microsoft_AAD_IAM/ManagedAppMenuBlade"
    );
    assert_eq!(
        blade_of("user-object-id", Field::UserObjectId),
        "Microsoft_AAD_UsersAndTenants/UserProfileMenuBlade"
    );
}

#[test]
fn the_url_tells_which_steps_are_on_the_current_page() {
    let g = guide::load(Target::Yetiforce).unwrap();
    let names = |hash: &str| -> Vec<&str> {
        g.locate(hash)
            .into_iter()
            .map(|i| g.steps[i].id.as_str())
            .collect()
    };
    assert_eq!(
        names("#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade"),
        ["open-app-registrations", "new-registration"]
    );
    assert_eq!(
        names("#@contoso.onmicrosoft.com/view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/x/isMSAApp~/false"),
        ["api-permissions", "admin-consent"]
    );
    assert!(names("#home").is_empty());
}

#[test]
fn the_permission_dialog_highlights_one_thing_at_a_time() {
    let g = guide::load(Target::Statlook).unwrap();
    let s = &g.steps[g.step_index("api-permissions").unwrap()];
    let keys: Vec<&str> = s.anchors.iter().map(|a| a.key.as_str()).collect();
    let state = |present: &[&str], done: &[usize]| -> Vec<AnchorState> {
        keys.iter()
            .enumerate()
            .map(|(i, k)| AnchorState {
                present: present.contains(k),
                done: done.contains(&i),
            })
            .collect()
    };
    let pick = |st: Vec<AnchorState>| guide::pick_anchor(&s.anchors, &st).map(|i| keys[i]);
    // On another page: the menu item.
    assert_eq!(
        pick(state(&["menu-api-permissions"], &[])),
        Some("menu-api-permissions")
    );
    // On the page: the add button, not the menu.
    assert_eq!(
        pick(state(
            &["menu-api-permissions", "add-a-permission-button"],
            &[]
        )),
        Some("add-a-permission-button")
    );
    // Dialog on "Select an API".
    assert_eq!(
        pick(state(
            &[
                "menu-api-permissions",
                "add-a-permission-button",
                "graph-tile"
            ],
            &[]
        )),
        Some("graph-tile")
    );
}

#[test]
fn docs_links_follow_the_language() {
    let url =
        "https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent";
    assert_eq!(guide::localized_docs_url(url, Lang::En), url);
    assert_eq!(
        guide::localized_docs_url(url, Lang::Cs),
        "https://learn.microsoft.com/cs-cz/entra/identity/enterprise-apps/grant-admin-consent"
    );
    for g in guides() {
        for s in &g.steps {
            assert!(
                s.docs.is_some() || s.outside_portal,
                "{:?} {}",
                g.target,
                s.id
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Faithful to the seeds, correct where they are wrong: facts every language must state.

/// (target, text that must appear in every language, text that must appear in none).
const SEED_FACTS: &[(Target, &[&str], &[&str])] = &[
    (
        Target::Yetiforce,
        &[
            "AADSTS50194",
            "`/common`",
            "`IMAP.AccessAsUser.All`",
            "`SMTP.Send`",
            "`offline_access`",
            "`openid`",
            "`email`",
            "webservice/OAuth/MailAccount/",
            "Azure AD - Outlook.com (Office 365)",
            "AADSTS7000215",
            "AADSTS700025",
        ],
        &["SMTP Send", "IMAP AccessAsUser"],
    ),
    (
        Target::Statlook,
        &[
            "`Mail.ReadWrite`",
            "`Mail.Send`",
            "`Exchange (Confidental)`",
            "`New-ApplicationAccessPolicy`",
            "RBAC",
            "`https://login.microsoftonline.com/common/oauth2/nativeclient`",
            "Najemca",
            "Id obiektu",
            "AADSTS7000215",
        ],
        &["Tenent", "sing-in", "<NazwaAplikacji>"],
    ),
    (
        Target::Aktionnext,
        &[
            "`Mail.Send`",
            "`Office365 OAuth2`",
            "Client secret ID",
            "AADSTS7000215",
            "Konfigurace systému",
        ],
        &["Never"],
    ),
    (
        Target::Comarch,
        &[
            "`smtp.office365.com`",
            "`587`",
            "`outlook.office365.com`",
            "`993`",
            "`imap-mail.outlook.com`",
            "Komponent mailowy na serwerze IIS",
            "Autoryzacja",
            "`OAuth2`",
            "2022.0.4",
            "AADSTS65001",
        ],
        &["0Auth2", "Obstuga", "hasto", "5a7"],
    ),
];

#[test]
fn every_language_states_the_seed_facts_and_none_repeats_their_errors() {
    let mut problems = Vec::new();
    for (target, must, must_not) in SEED_FACTS {
        let g = guide::load(*target).unwrap();
        for lang in Lang::ALL {
            let md = render::markdown(&g, &Localizer::new(lang));
            for m in *must {
                if !md.contains(m) {
                    problems.push(format!("{:?}/{}: missing `{m}`", target, lang.code()));
                }
            }
            for m in *must_not {
                if md.contains(m) {
                    problems.push(format!("{:?}/{}: contains `{m}`", target, lang.code()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Snapshots: the Markdown the documentation team reviews.

fn snapshot_path(target: Target, lang: Lang) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{}.{}.md", target.id(), lang.code()))
}

#[test]
fn markdown_of_every_guide_matches_its_reviewed_snapshot() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1");
    let mut problems = Vec::new();
    for g in guides() {
        for lang in Lang::ALL {
            let md = render::markdown(&g, &Localizer::new(lang));
            let path = snapshot_path(g.target, lang);
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &md).unwrap();
                continue;
            }
            match std::fs::read_to_string(&path) {
                Err(e) => problems.push(format!(
                    "{}: {e} (run with UPDATE_SNAPSHOTS=1, then review the file)",
                    path.display()
                )),
                Ok(old) if old != md => {
                    let line = old
                        .lines()
                        .zip(md.lines())
                        .position(|(a, b)| a != b)
                        .unwrap_or_else(|| old.lines().count().min(md.lines().count()));
                    problems.push(format!(
                        "{}: differs from line {}:\n  snapshot: {}\n  now:      {}\n(run with UPDATE_SNAPSHOTS=1 if the change is intended, then review it)",
                        path.display(),
                        line + 1,
                        old.lines().nth(line).unwrap_or("<end>"),
                        md.lines().nth(line).unwrap_or("<end>")
                    ));
                }
                Ok(_) => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
