//! Exports: a snapshot of every format for a sample bundle per target
//! (`tests/snapshots/export/<target>.<format>`; `UPDATE_SNAPSHOTS=1` rewrites them), and the facts
//! every output must hold whatever the snapshots say: the real permission GUIDs (domain.md §3), no
//! secret unless asked for, a well-formed calendar, quoting that no value escapes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use regpilot_core::checks::Platform;
use regpilot_core::export::{self, Bundle, Consent, Format, Options, RedirectUri};
use regpilot_core::permissions::Kind;
use regpilot_core::{Lang, Localizer, Target};
use serde_json::Value;

const GRAPH: &str = "00000003-0000-0000-c000-000000000000";

/// domain.md §3, copied literally: (name, kind, resourceAppId, id, manifest type).
const DOMAIN_GUIDS: &[(&str, Kind, &str, &str, &str)] = &[
    (
        "IMAP.AccessAsUser.All",
        Kind::Delegated,
        GRAPH,
        "652390e4-393a-48de-9484-05f9b1212954",
        "Scope",
    ),
    (
        "SMTP.Send",
        Kind::Delegated,
        GRAPH,
        "258f6531-6087-4cc4-bb90-092c5fb3ed3f",
        "Scope",
    ),
    (
        "offline_access",
        Kind::Delegated,
        GRAPH,
        "7427e0e9-2fba-42fe-b0c0-848c9e6a8182",
        "Scope",
    ),
    (
        "openid",
        Kind::Delegated,
        GRAPH,
        "37f7f235-527c-4136-accd-4a02d197296e",
        "Scope",
    ),
    (
        "email",
        Kind::Delegated,
        GRAPH,
        "64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0",
        "Scope",
    ),
    (
        "User.Read",
        Kind::Delegated,
        GRAPH,
        "e1fe6dd8-ba31-4d61-89e7-88639da4683d",
        "Scope",
    ),
    (
        "Mail.Send",
        Kind::Application,
        GRAPH,
        "b633e1c5-b582-4048-a93e-9f11b44c7e96",
        "Role",
    ),
    (
        "Mail.ReadWrite",
        Kind::Application,
        GRAPH,
        "e2a3a72e-5f79-4c64-b1b1-878b674786c9",
        "Role",
    ),
];

/// What each sample must end up requesting (domain.md §7), beyond what the bundle lists.
const MUST_REQUEST: &[(Target, &str)] = &[
    (Target::Yetiforce, "652390e4-393a-48de-9484-05f9b1212954"),
    (Target::Yetiforce, "258f6531-6087-4cc4-bb90-092c5fb3ed3f"),
    (Target::Yetiforce, "7427e0e9-2fba-42fe-b0c0-848c9e6a8182"),
    (Target::Statlook, "e2a3a72e-5f79-4c64-b1b1-878b674786c9"),
    (Target::Statlook, "b633e1c5-b582-4048-a93e-9f11b44c7e96"),
    (Target::Aktionnext, "b633e1c5-b582-4048-a93e-9f11b44c7e96"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn fixture(t: Target) -> Bundle {
    let path = root().join(format!("fixtures/export/{}.json", t.id()));
    let text = std::fs::read_to_string(&path).unwrap();
    Bundle::from_json(&text).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()))
}

fn opts(b: &Bundle, include_secret: bool) -> Options {
    Options {
        include_secret,
        lang: b.lang,
    }
}

fn render(b: &Bundle, f: Format, include_secret: bool) -> Result<String, export::ExportError> {
    export::render(b, f, &opts(b, include_secret))
}

fn snapshot(name: &str, actual: &str) {
    let path = root().join("snapshots/export").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_SNAPSHOTS=1", path.display()));
    if expected != actual {
        let line = expected
            .split('\n')
            .zip(actual.split('\n'))
            .position(|(a, b)| a != b)
            .map(|i| i + 1)
            .unwrap_or_else(|| expected.split('\n').count().min(actual.split('\n').count()));
        panic!(
            "{} differs from the export (first at line {line}); review, then UPDATE_SNAPSHOTS=1\n--- actual ---\n{actual}",
            path.display()
        );
    }
}

#[test]
fn every_format_of_every_target_matches_its_snapshot() {
    let en = Localizer::new(Lang::En);
    for t in Target::ALL {
        let b = fixture(t);
        for f in Format::ALL {
            let text = match render(&b, f, false) {
                Ok(s) => s,
                Err(e) => format!("refused: {}\n{}\n", e.message_id(), e.message(&en)),
            };
            snapshot(&format!("{}.{}", t.id(), f.id()), &text);
        }
    }
    // The secret included on request, and the reminder in another language.
    let s = fixture(Target::Statlook);
    snapshot(
        "statlook.include-secret.json",
        &render(&s, Format::Json, true).unwrap(),
    );
    snapshot(
        "statlook.include-secret.env",
        &render(&s, Format::Env, true).unwrap(),
    );
    let en_opts = Options {
        include_secret: false,
        lang: Lang::En,
    };
    snapshot(
        "statlook.en.ics",
        &export::render(&s, Format::Ics, &en_opts).unwrap(),
    );
}

#[test]
fn snapshots_have_no_strays() {
    // Every file in the snapshot folder belongs to a case above, so none goes stale unnoticed.
    let mut expected: BTreeSet<String> = Target::ALL
        .iter()
        .flat_map(|t| Format::ALL.map(|f| format!("{}.{}", t.id(), f.id())))
        .collect();
    for extra in [
        "statlook.include-secret.json",
        "statlook.include-secret.env",
        "statlook.en.ics",
        ".gitattributes",
    ] {
        expected.insert(extra.to_owned());
    }
    let found: BTreeSet<String> = std::fs::read_dir(root().join("snapshots/export"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(found, expected);
}

// --- permission GUIDs -------------------------------------------------------------------------

fn domain_guid(name: &str, kind: Kind) -> (&'static str, &'static str, &'static str) {
    let (_, _, app, id, ty) = DOMAIN_GUIDS
        .iter()
        .find(|(n, k, ..)| *n == name && *k == kind)
        .unwrap_or_else(|| panic!("{name} ({kind:?}) is not in the domain table"));
    (app, id, ty)
}

/// The (resourceAppId, id, type) triples of a `requiredResourceAccess` array.
fn triples(rra: &Value) -> BTreeSet<(String, String, String)> {
    let mut out = BTreeSet::new();
    for r in rra.as_array().expect("an array") {
        let app = r["resourceAppId"].as_str().unwrap();
        for a in r["resourceAccess"].as_array().unwrap() {
            out.insert((
                app.to_owned(),
                a["id"].as_str().unwrap().to_owned(),
                a["type"].as_str().unwrap().to_owned(),
            ));
        }
    }
    out
}

fn expected_triples(b: &Bundle) -> BTreeSet<(String, String, String)> {
    b.permissions
        .iter()
        .map(|p| {
            let (app, id, ty) = domain_guid(&p.name, p.kind);
            (app.to_owned(), id.to_owned(), ty.to_owned())
        })
        .collect()
}

fn own_targets() -> impl Iterator<Item = Target> {
    [Target::Yetiforce, Target::Statlook, Target::Aktionnext].into_iter()
}

#[test]
fn manifest_carries_the_domain_guids_grouped_by_resource() {
    for t in own_targets() {
        let b = fixture(t);
        let m: Value = serde_json::from_str(&render(&b, Format::Manifest, false).unwrap()).unwrap();
        assert_eq!(triples(&m), expected_triples(&b), "{t:?}");
        // One entry per resource, no permission twice.
        let apps: Vec<&str> = m
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["resourceAppId"].as_str().unwrap())
            .collect();
        let unique: BTreeSet<&str> = apps.iter().copied().collect();
        assert_eq!(apps.len(), unique.len(), "{t:?}: a resource listed twice");
        for (tt, id) in MUST_REQUEST.iter().filter(|(tt, _)| *tt == t) {
            assert!(
                triples(&m).iter().any(|(_, i, _)| i == id),
                "{tt:?} lacks {id}"
            );
        }
    }
}

#[test]
fn manifest_order_does_not_depend_on_bundle_order() {
    let b = fixture(Target::Statlook);
    let mut r = b.clone();
    r.permissions.reverse();
    assert_eq!(
        render(&b, Format::Manifest, false).unwrap(),
        render(&r, Format::Manifest, false).unwrap()
    );
}

/// Reads a shell word in single quotes at the start of `s` (POSIX: `'…'` with `'\''` for a quote),
/// returning the value and the rest of the text.
fn sh_word(s: &str) -> (String, &str) {
    let mut out = String::new();
    let mut rest = s;
    loop {
        let inner = rest.strip_prefix('\'').expect("a single-quoted word");
        let end = inner.find('\'').expect("a closing quote");
        out.push_str(&inner[..end]);
        rest = &inner[end + 1..];
        if let Some(r) = rest.strip_prefix("\\'") {
            out.push('\'');
            rest = r;
        } else {
            return (out, rest);
        }
    }
}

fn is_ps_quote(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}')
}

/// Reads a PowerShell verbatim string at the start of `s`, as PowerShell's tokenizer does: any
/// single-quote character ends it unless another follows, which stands for one.
fn ps_word(s: &str) -> (String, &str) {
    let mut chars = s.char_indices();
    let (_, first) = chars.next().unwrap();
    assert!(is_ps_quote(first), "not a single-quoted string: {s:.40}");
    let mut out = String::new();
    let mut it = chars.peekable();
    while let Some((i, c)) = it.next() {
        if is_ps_quote(c) {
            match it.peek() {
                Some((_, n)) if is_ps_quote(*n) => {
                    out.push(*n);
                    it.next();
                }
                _ => return (out, &s[i + c.len_utf8()..]),
            }
        } else {
            out.push(c);
        }
    }
    panic!("unterminated PowerShell string");
}

#[test]
fn az_script_requests_the_domain_guids() {
    for t in own_targets() {
        let b = fixture(t);
        let az = render(&b, Format::Az, false).unwrap();
        let at = az
            .find("\nrequired_resource_accesses=")
            .expect("the JSON variable")
            + 28;
        let (json, rest) = sh_word(&az[at..]);
        assert!(rest.starts_with('\n'));
        let rra: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(triples(&rra), expected_triples(&b), "{t:?}");
        assert!(az.contains("--required-resource-accesses=\"$required_resource_accesses\""));
        let needs_consent = b
            .permissions
            .iter()
            .any(|p| p.kind == Kind::Application || p.consent == Consent::Granted);
        assert_eq!(
            az.contains("az ad app permission admin-consent --id \"$app_id\""),
            needs_consent,
            "{t:?}"
        );
    }
}

#[test]
fn pwsh_script_requests_and_grants_the_domain_guids() {
    for t in own_targets() {
        let b = fixture(t);
        let ps = render(&b, Format::Pwsh, false).unwrap();
        let mut found = BTreeSet::new();
        let mut app = String::new();
        for line in ps.lines() {
            let l = line.trim();
            if let Some(r) = l.strip_prefix("ResourceAppId  = ") {
                app = ps_word(r).0;
            } else if let Some(r) = l.strip_prefix("@{ Id = ") {
                let (id, rest) = ps_word(r);
                let ty = ps_word(rest.strip_prefix("; Type = ").unwrap()).0;
                found.insert((app.clone(), id, ty));
            }
        }
        assert_eq!(found, expected_triples(&b), "{t:?}");
        // Admin consent: one app role assignment per application permission, with its GUID.
        let granted: BTreeSet<String> = ps
            .lines()
            .filter_map(|l| l.split_once("-AppRoleId ").map(|(_, r)| ps_word(r).0))
            .collect();
        let app_perms: BTreeSet<String> = b
            .permissions
            .iter()
            .filter(|p| p.kind == Kind::Application)
            .map(|p| domain_guid(&p.name, p.kind).1.to_owned())
            .collect();
        assert_eq!(granted, app_perms, "{t:?}");
        for cmd in [
            "New-MgApplication @appParams",
            "New-MgServicePrincipal -AppId $app.AppId",
            "Add-MgApplicationPassword -ApplicationId $app.Id",
        ] {
            assert!(ps.contains(cmd), "{t:?} lacks {cmd}");
        }
    }
    // Statlook's delegated User.Read was granted too: a tenant-wide grant of it.
    let ps = render(&fixture(Target::Statlook), Format::Pwsh, false).unwrap();
    assert!(
        ps.contains("-ConsentType 'AllPrincipals' -ResourceId $graphSp.Id -Scope 'User.Read'"),
        "{ps}"
    );
}

#[test]
fn scripts_put_redirect_uris_under_their_platform() {
    let mut b = fixture(Target::Yetiforce);
    b.redirect_uris = vec![
        RedirectUri {
            uri: "https://a.example.com/webservice/OAuth/MailAccount/k1".into(),
            platform: Platform::Web,
        },
        RedirectUri {
            uri: "https://spa.example.com/".into(),
            platform: Platform::Spa,
        },
        RedirectUri {
            uri: "http://localhost".into(),
            platform: Platform::Installed,
        },
    ];
    let az = render(&b, Format::Az, false).unwrap();
    assert!(az.contains(
        "--web-redirect-uris 'https://a.example.com/webservice/OAuth/MailAccount/k1' \\"
    ));
    assert!(az.contains("--public-client-redirect-uris 'http://localhost' \\"));
    assert!(
        az.contains(r#"--body '{"spa":{"redirectUris":["https://spa.example.com/"]}}'"#),
        "{az}"
    );
    let ps = render(&b, Format::Pwsh, false).unwrap();
    assert!(ps.contains("Web                    = @{ RedirectUris = @('https://a.example.com/webservice/OAuth/MailAccount/k1') }"));
    assert!(
        ps.contains("Spa                    = @{ RedirectUris = @('https://spa.example.com/') }")
    );
    assert!(ps.contains("PublicClient           = @{ RedirectUris = @('http://localhost') }"));
}

#[test]
fn vendor_application_has_no_script_or_manifest() {
    let b = fixture(Target::Comarch);
    for f in [Format::Az, Format::Pwsh, Format::Manifest] {
        assert_eq!(
            render(&b, f, false),
            Err(export::ExportError::VendorApplication(Target::Comarch))
        );
    }
    assert_eq!(
        render(&b, Format::Ics, false),
        Err(export::ExportError::NoSecret)
    );
    assert!(render(&b, Format::Json, false).is_ok());
}

#[test]
fn unknown_permission_is_refused_not_guessed() {
    let mut b = fixture(Target::Aktionnext);
    b.permissions[0].name = "Mail.Sendd".into();
    assert_eq!(
        render(&b, Format::Manifest, false),
        Err(export::ExportError::UnknownPermission {
            name: "Mail.Sendd".into(),
            kind: Kind::Application
        })
    );
}

// --- the secret -------------------------------------------------------------------------------

#[test]
fn secret_value_only_where_asked_for() {
    for t in Target::ALL {
        let b = fixture(t);
        let Some(value) = b.secret.as_ref().and_then(|s| s.value.clone()) else {
            continue;
        };
        for f in Format::ALL {
            if let Ok(out) = render(&b, f, false) {
                assert!(!out.contains(&value), "{t:?} {f:?} leaks the secret");
            }
            if let Ok(out) = render(&b, f, true) {
                assert_eq!(
                    out.contains(&value),
                    f.can_carry_secret(),
                    "{t:?} {f:?} with include_secret"
                );
            }
        }
        // The rest of the secret stays in json/env either way.
        let json = render(&b, Format::Json, false).unwrap();
        let parsed: Value = serde_json::from_str(&json).unwrap();
        assert!(parsed["secret"].get("value").is_none());
        assert_eq!(
            parsed["secret"]["id"],
            b.secret.as_ref().unwrap().id.as_str()
        );
        let env = render(&b, Format::Env, true).unwrap();
        assert!(env.contains(&format!("REGPILOT_CLIENT_SECRET='{value}'\n")));
    }
}

#[test]
fn json_export_reads_back_as_the_same_bundle() {
    for t in Target::ALL {
        let b = fixture(t);
        let back = Bundle::from_json(&render(&b, Format::Json, true).unwrap()).unwrap();
        assert_eq!(back, b, "{t:?}");
        let without = Bundle::from_json(&render(&b, Format::Json, false).unwrap()).unwrap();
        assert_eq!(without, b.without_secret_value(), "{t:?}");
    }
}

// --- the calendar -----------------------------------------------------------------------------

/// (target, secret expiry, the reminder's DTSTART: expiry − 14 days, computed by hand).
const REMINDERS: &[(Target, &str, &str)] = &[
    (Target::Yetiforce, "2028-05-14", "20280430"),
    (Target::Statlook, "2028-03-01", "20280216"), // 2028 is a leap year: Feb 29 counts
    (Target::Aktionnext, "2027-01-10", "20261227"), // across the year
];

fn unfold(ics: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in ics.split("\r\n") {
        if let Some(cont) = l.strip_prefix(' ') {
            out.last_mut()
                .expect("a continuation after a line")
                .push_str(cont);
        } else if !l.is_empty() {
            out.push(l.to_owned());
        }
    }
    out
}

fn prop<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter_map(|l| {
            l.strip_prefix(name)
                .and_then(|r| r.strip_prefix([':', ';']))
        })
        .collect()
}

#[test]
fn ics_is_rfc5545_shaped_and_falls_14_days_before_expiry() {
    for (t, expires, dtstart) in REMINDERS {
        let b = fixture(*t);
        assert_eq!(b.secret.as_ref().unwrap().expires.to_string(), *expires);
        for lang in Lang::ALL {
            let ics = export::render(
                &b,
                Format::Ics,
                &Options {
                    include_secret: false,
                    lang,
                },
            )
            .unwrap();
            assert!(ics.ends_with("END:VCALENDAR\r\n"));
            assert!(
                !ics.replace("\r\n", "").contains('\n'),
                "a bare LF in {t:?}"
            );
            assert!(
                !ics.replace("\r\n", "").contains('\r'),
                "a bare CR in {t:?}"
            );
            for l in ics.split("\r\n") {
                assert!(l.len() <= 75, "{t:?} {lang:?}: {} octets: {l}", l.len());
            }
            let lines = unfold(&ics);
            assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
            assert_eq!(prop(&lines, "VERSION"), ["2.0"]);
            assert_eq!(prop(&lines, "PRODID").len(), 1);
            assert_eq!(prop(&lines, "BEGIN"), ["VCALENDAR", "VEVENT", "VALARM"]);
            assert_eq!(prop(&lines, "END"), ["VALARM", "VEVENT", "VCALENDAR"]);
            assert_eq!(prop(&lines, "DTSTART"), [format!("VALUE=DATE:{dtstart}")]);
            assert_eq!(prop(&lines, "UID").len(), 1);
            assert_eq!(
                prop(&lines, "DTSTAMP"),
                [b.created_at.to_string().replace(['-', ':'], "")]
            );
            assert_eq!(prop(&lines, "ACTION"), ["DISPLAY"]);
            assert_eq!(prop(&lines, "TRIGGER").len(), 1);
            // The summary names the app and the expiry date in the reminder's language.
            let summary = prop(&lines, "SUMMARY")[0];
            assert!(summary.contains(expires), "{summary}");
        }
    }
}

#[test]
fn ics_uid_is_stable_per_secret_and_application() {
    let b = fixture(Target::Statlook);
    let uid = |b: &Bundle, lang| {
        let ics = export::render(
            b,
            Format::Ics,
            &Options {
                include_secret: false,
                lang,
            },
        )
        .unwrap();
        prop(&unfold(&ics), "UID")[0].to_owned()
    };
    let base = uid(&b, Lang::Pl);
    assert_eq!(
        base,
        uid(&b, Lang::En),
        "the language must not change the UID"
    );
    assert!(
        base.contains(&b.client_id) && base.contains(&b.secret.as_ref().unwrap().id),
        "{base}"
    );
    let mut later = b.clone();
    later.created_at = regpilot_core::export::Timestamp::parse("2027-01-01T00:00:00Z").unwrap();
    later.app_name = "renamed".into();
    assert_eq!(
        uid(&later, Lang::Pl),
        base,
        "re-exporting the same secret updates the same event"
    );
    let mut other = b.clone();
    other.secret.as_mut().unwrap().id = "0cff5429-6a1c-45fe-a8cb-aa4354726e41".into();
    assert_ne!(uid(&other, Lang::Pl), base);
}

#[test]
fn ics_text_is_escaped() {
    let b = fixture(Target::Yetiforce); // the app name has a dash, the description , and ;
    let mut odd = b.clone();
    odd.app_name = "A;B,C\\D".into();
    let ics = render(&odd, Format::Ics, false).unwrap();
    let lines = unfold(&ics);
    assert!(
        prop(&lines, "SUMMARY")[0].contains("A\\;B\\,C\\\\D"),
        "{ics}"
    );
}

// --- hostile values ---------------------------------------------------------------------------

const NASTY_NAME: &str = "'; rm -rf / #";
const NASTY_DESC: &str =
    "$(touch PWNED1) `touch PWNED2` \"q\" \u{2019}smart\u{2018} \\ end\nnext line'";
const NASTY_TENANT: &str = "x'; touch PWNED3; echo '";
const NASTY_USER: &str = "$(touch PWNED4)\r\n' + (New-Item PWNED5) + '";
const NASTY_URI: &str = "https://h.example.com/a'b$(touch PWNED6)\n#x";

fn hostile() -> Bundle {
    let mut b = fixture(Target::Statlook);
    b.app_name = NASTY_NAME.into();
    b.tenant_id = NASTY_TENANT.into();
    b.user_object_id = Some(NASTY_USER.into());
    b.secret.as_mut().unwrap().description = NASTY_DESC.into();
    b.redirect_uris = vec![
        RedirectUri {
            uri: NASTY_URI.into(),
            platform: Platform::Installed,
        },
        RedirectUri {
            uri: NASTY_URI.into(),
            platform: Platform::Web,
        },
        RedirectUri {
            uri: NASTY_URI.into(),
            platform: Platform::Spa,
        },
    ];
    b
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("regpilot-export-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn no_pwned(dir: &Path) {
    let left: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("PWNED"))
        .collect();
    assert!(left.is_empty(), "a value ran as code: {left:?}");
}

#[test]
fn env_file_sourced_by_sh_gives_back_the_exact_values() {
    let b = hostile();
    let dir = scratch("env");
    let file = dir.join("bundle.env");
    std::fs::write(&file, render(&b, Format::Env, true).unwrap()).unwrap();
    let out = Command::new("sh")
        .current_dir(&dir)
        .arg("-c")
        .arg(r#"set -a; . ./bundle.env; printf '%s\036' "$REGPILOT_APP_NAME" "$REGPILOT_TENANT_ID" "$REGPILOT_USER_OBJECT_ID" "$REGPILOT_CLIENT_SECRET_DESCRIPTION" "$REGPILOT_REDIRECT_URI_1" "$REGPILOT_CLIENT_SECRET""#)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .split('\u{1e}')
        .map(str::to_owned)
        .collect();
    let secret = b.secret.as_ref().unwrap().value.clone().unwrap();
    assert_eq!(
        got,
        [
            NASTY_NAME,
            NASTY_TENANT,
            NASTY_USER,
            NASTY_DESC,
            NASTY_URI,
            secret.as_str(),
            ""
        ]
    );
    no_pwned(&dir);
}

/// Runs the az script with a stand-in `az` that records its arguments; returns the calls.
fn run_az(script: &str, dir: &Path) -> (Vec<Vec<String>>, String) {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let stub = bin.join("az");
    std::fs::write(
        &stub,
        "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\036' \"$a\" >> \"$AZ_LOG\"; done\nprintf '\\035' >> \"$AZ_LOG\"\ncase \"$1 $2 $3\" in\n  'ad app create') echo 11111111-2222-3333-4444-555555555555 ;;\n  'ad app credential') echo NEW-SECRET ;;\nesac\n",
    )
    .unwrap();
    Command::new("chmod").arg("+x").arg(&stub).status().unwrap();
    let file = dir.join("create.sh");
    std::fs::write(&file, script).unwrap();
    let log = dir.join("az.log");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .current_dir(dir)
        .env("PATH", path)
        .env("AZ_LOG", &log)
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "script failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&log).unwrap();
    let calls = text
        .split('\u{1d}')
        .filter(|c| !c.is_empty())
        .map(|c| {
            c.split('\u{1e}')
                .filter(|a| !a.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .collect();
    (calls, String::from_utf8(out.stdout).unwrap())
}

fn call<'a>(calls: &'a [Vec<String>], prefix: &[&str]) -> &'a [String] {
    calls
        .iter()
        .find(|c| c.len() >= prefix.len() && c.iter().zip(prefix).all(|(a, b)| a == b))
        .unwrap_or_else(|| panic!("no `az {}` call in {calls:?}", prefix.join(" ")))
}

fn after<'a>(args: &'a [String], flag: &str) -> &'a str {
    let i = args
        .iter()
        .position(|a| a == flag)
        .unwrap_or_else(|| panic!("{flag} missing in {args:?}"));
    &args[i + 1]
}

fn eq_value<'a>(args: &'a [String], flag: &str) -> &'a str {
    args.iter()
        .find_map(|a| a.strip_prefix(flag).and_then(|r| r.strip_prefix('=')))
        .unwrap_or_else(|| panic!("{flag}= missing in {args:?}"))
}

#[test]
fn az_script_passes_hostile_values_as_plain_arguments() {
    let b = hostile();
    let dir = scratch("az");
    let (calls, stdout) = run_az(&render(&b, Format::Az, true).unwrap(), &dir);
    assert_eq!(after(call(&calls, &["login"]), "--tenant"), NASTY_TENANT);
    let create = call(&calls, &["ad", "app", "create"]);
    assert_eq!(eq_value(create, "--display-name"), NASTY_NAME);
    assert_eq!(eq_value(create, "--sign-in-audience"), "AzureADMyOrg");
    assert_eq!(after(create, "--web-redirect-uris"), NASTY_URI);
    assert_eq!(after(create, "--public-client-redirect-uris"), NASTY_URI);
    let rra: Value =
        serde_json::from_str(eq_value(create, "--required-resource-accesses")).unwrap();
    assert_eq!(triples(&rra), expected_triples(&b));
    let spa = call(&calls, &["rest", "--method", "PATCH"]);
    let body: Value = serde_json::from_str(after(spa, "--body")).unwrap();
    assert_eq!(body["spa"]["redirectUris"][0], NASTY_URI);
    assert_eq!(
        after(spa, "--uri"),
        "https://graph.microsoft.com/v1.0/applications(appId='11111111-2222-3333-4444-555555555555')"
    );
    assert_eq!(
        after(call(&calls, &["ad", "sp", "create"]), "--id"),
        "11111111-2222-3333-4444-555555555555"
    );
    let reset = call(&calls, &["ad", "app", "credential", "reset"]);
    assert!(reset.iter().any(|a| a == "--append"), "{reset:?}");
    assert_eq!(eq_value(reset, "--display-name"), NASTY_DESC);
    assert_eq!(eq_value(reset, "--end-date"), "2028-03-01");
    call(&calls, &["ad", "app", "permission", "admin-consent"]);
    // The summary prints the values, not their evaluation, and the bundle's secret never appears.
    assert!(
        stdout.contains(&format!("Mailbox user Object ID:  {NASTY_USER}\n")),
        "{stdout}"
    );
    assert!(stdout.contains("Client secret value:     NEW-SECRET\n"));
    assert!(!stdout.contains(b.secret.as_ref().unwrap().value.as_deref().unwrap()));
    no_pwned(&dir);
}

#[test]
fn az_script_of_every_sample_runs_its_steps_in_order() {
    for t in own_targets() {
        let b = fixture(t);
        let dir = scratch(&format!("az-{}", t.id()));
        let (calls, stdout) = run_az(&render(&b, Format::Az, false).unwrap(), &dir);
        // Each call's subcommand: its words before the first option.
        let steps: Vec<String> = calls
            .iter()
            .map(|c| {
                c.iter()
                    .take_while(|a| !a.starts_with("--"))
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let consent = b
            .permissions
            .iter()
            .any(|p| p.kind == Kind::Application || p.consent == Consent::Granted);
        let mut expected = vec![
            "login",
            "ad app create",
            "ad sp create",
            "ad app credential reset",
        ];
        if consent {
            expected.push("ad app permission admin-consent");
        }
        assert_eq!(steps, expected, "{t:?}: {calls:?}");
        assert_eq!(after(call(&calls, &["login"]), "--tenant"), b.tenant_id);
        assert_eq!(
            eq_value(call(&calls, &["ad", "app", "create"]), "--display-name"),
            b.app_name
        );
        assert!(
            stdout.contains("Application (client) ID: 11111111-2222-3333-4444-555555555555\n"),
            "{stdout}"
        );
    }
}

#[test]
fn pwsh_script_keeps_hostile_values_inside_verbatim_strings() {
    let b = hostile();
    let ps = render(&b, Format::Pwsh, true).unwrap();
    let value_after = |marker: &str| -> String {
        let at = ps
            .find(marker)
            .unwrap_or_else(|| panic!("{marker} missing"))
            + marker.len();
        let (v, rest) = ps_word(&ps[at..]);
        // Nothing but the end of the statement follows the string.
        assert!(
            rest.starts_with('\n')
                || rest.starts_with(')')
                || rest.starts_with(',')
                || rest.starts_with(" }"),
            "after {marker}: {:.30}",
            rest
        );
        v
    };
    assert_eq!(value_after("$displayName = "), NASTY_NAME);
    assert_eq!(value_after("$tenantId = "), NASTY_TENANT);
    assert_eq!(value_after("    DisplayName = "), NASTY_DESC);
    assert_eq!(
        value_after("Web                    = @{ RedirectUris = @("),
        NASTY_URI
    );
    assert_eq!(
        value_after("Write-Output ('Mailbox user Object ID:  ' + "),
        NASTY_USER
    );
    // Every line outside a string literal is one the generator wrote: no value added code.
    // Comments are skipped (they hold fixed text only, apostrophes included).
    let mut code = String::new();
    let mut rest = ps.as_str();
    while let Some(c) = rest.chars().next() {
        if c == '#' {
            rest = rest.find('\n').map_or("", |i| &rest[i..]);
        } else if is_ps_quote(c) {
            code.push_str("<S>");
            rest = ps_word(rest).1;
        } else {
            code.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    assert!(
        !code.contains("PWNED") && !code.contains("rm -rf"),
        "{code}"
    );
}

#[test]
fn ics_lines_stay_properties_whatever_the_values() {
    let mut b = hostile();
    b.app_name = "x\r\nBEGIN:VEVENT\r\nUID:evil\nSUMMARY:injected".into();
    b.client_id = "abc\r\nURL:https://evil.example".into();
    let ics = render(&b, Format::Ics, false).unwrap();
    let lines = unfold(&ics);
    assert_eq!(prop(&lines, "BEGIN"), ["VCALENDAR", "VEVENT", "VALARM"]);
    assert_eq!(prop(&lines, "UID").len(), 1);
    assert_eq!(prop(&lines, "SUMMARY").len(), 1);
    assert!(
        prop(&lines, "URL").is_empty(),
        "a non-GUID client id must not become a link"
    );
}

// --- BUNDLE.md documents every field ------------------------------------------------------------

fn keys(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                out.insert(k.clone());
                keys(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| keys(v, out)),
        _ => {}
    }
}

#[test]
fn bundle_md_documents_every_field() {
    let doc = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/export/BUNDLE.md"),
    )
    .unwrap();
    let mut all = BTreeSet::new();
    for t in Target::ALL {
        keys(
            &serde_json::from_str(&render(&fixture(t), Format::Json, true).unwrap()).unwrap(),
            &mut all,
        );
    }
    for k in &all {
        assert!(
            doc.contains(&format!("`{k}`")),
            "BUNDLE.md does not document `{k}`"
        );
    }
    assert!(doc.contains(&format!("\"version\": {}", export::BUNDLE_VERSION)));
}
