//! `regpilot check` and `regpilot explain` through the real binary: exit codes, `--json` lines,
//! standard input, languages.

use std::io::Write;
use std::process::{Command, Stdio};

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn regpilot(args: &[&str], stdin: Option<&str>) -> Out {
    let mut child = Command::new(env!("CARGO_BIN_EXE_regpilot"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run regpilot");
    {
        let mut input = child.stdin.take().unwrap();
        if let Some(s) = stdin {
            input.write_all(s.as_bytes()).unwrap();
        }
    }
    let out = child.wait_with_output().unwrap();
    Out {
        code: out.status.code().expect("exit code"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Parses `--json` output: one object per line, keys in the documented order.
fn json_lines(s: &str) -> Vec<serde_json::Value> {
    s.lines()
        .map(|l| {
            assert!(
                l.starts_with(r#"{"input":"#) && l.contains(r#","verdict":"#),
                "key order: {l}"
            );
            serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))
        })
        .collect()
}

fn rules(v: &serde_json::Value) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

const WEB: [&str; 6] = [
    "check",
    "redirect-uri",
    "--platform",
    "web",
    "--audience",
    "AzureADMyOrg",
];

fn with<'a>(base: &[&'a str], more: &[&'a str]) -> Vec<&'a str> {
    base.iter().chain(more).copied().collect()
}

#[test]
fn redirect_uri_exit_codes() {
    assert_eq!(
        regpilot(&with(&WEB, &["https://contoso.com/cb"]), None).code,
        0
    );
    // A warning alone does not fail.
    let w = regpilot(&with(&WEB, &["http://127.0.0.1/cb"]), None);
    assert_eq!(w.code, 0, "{}", w.stdout);
    assert!(w.stdout.contains("loopback-ip"), "{}", w.stdout);
    // One bad input among good ones fails the run.
    let e = regpilot(
        &with(&WEB, &["https://contoso.com/cb", "http://contoso.com/cb"]),
        None,
    );
    assert_eq!(e.code, 1);
    assert!(e.stdout.contains("[http-localhost-only]"), "{}", e.stdout);
    assert!(e.stdout.contains("https://contoso.com/cb"), "{}", e.stdout);
}

#[test]
fn usage_errors_exit_2_and_say_why() {
    let cases: &[(&[&str], &str)] = &[
        (&["check"], "usage"),
        (&["check", "frobnicate"], "frobnicate"),
        (
            &[
                "check",
                "redirect-uri",
                "--audience",
                "AzureADMyOrg",
                "https://a.example/",
            ],
            "--platform",
        ),
        (
            &[
                "check",
                "redirect-uri",
                "--platform",
                "mobile",
                "--audience",
                "AzureADMyOrg",
                "x",
            ],
            "web, spa, installed",
        ),
        (
            &[
                "check",
                "redirect-uri",
                "--platform",
                "web",
                "--audience",
                "single",
                "x",
            ],
            "AzureADMultipleOrgs",
        ),
        (
            &[
                "check",
                "redirect-uri",
                "--platform",
                "web",
                "--audience",
                "AzureADMyOrg",
            ],
            "nothing to check",
        ),
        (
            &[
                "check",
                "redirect-uri",
                "--platform",
                "web",
                "--audience",
                "AzureADMyOrg",
                "--target",
                "vtiger",
                "x",
            ],
            "yetiforce",
        ),
        (
            &[
                "check",
                "redirect-uri",
                "--platform",
                "web",
                "--audience",
                "AzureADMyOrg",
                "--lang",
                "de",
                "x",
            ],
            "en, pl, cs",
        ),
        (
            &[
                "check",
                "redirect-uri",
                "--platform",
                "web",
                "--audience",
                "AzureADMyOrg",
                "--bogus",
                "x",
            ],
            "--bogus",
        ),
        (
            &["check", "scopes", "--target", "yetiforce", "Mail.Send"],
            "--kind",
        ),
        (
            &[
                "check",
                "scopes",
                "--target",
                "yetiforce",
                "--kind",
                "both",
                "Mail.Send",
            ],
            "delegated, application",
        ),
        (
            &["check", "id", "--field", "password", "x"],
            "tenant, client, object, secret",
        ),
        (&["explain"], "usage"),
        (&["explain", "not-a-code"], "not-a-code"),
    ];
    for (args, needle) in cases {
        let o = regpilot(args, None);
        assert_eq!(o.code, 2, "{args:?}: {}{}", o.stdout, o.stderr);
        assert!(o.stderr.contains(needle), "{args:?}: {}", o.stderr);
        assert!(
            o.stdout.is_empty(),
            "{args:?} wrote to stdout: {}",
            o.stdout
        );
    }
    // Usage errors speak the chosen language.
    let o = regpilot(
        &[
            "check",
            "redirect-uri",
            "--platform",
            "web",
            "--audience",
            "AzureADMyOrg",
            "--lang",
            "pl",
        ],
        None,
    );
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("nie ma czego sprawdzić"), "{}", o.stderr);
}

#[test]
fn json_is_one_object_per_input_with_worst_verdict() {
    let o = regpilot(
        &with(
            &WEB,
            &[
                "--json",
                "https://contoso.com/cb",
                "http://127.0.0.1/cb",
                " http://contoso.com/cb#x",
            ],
        ),
        None,
    );
    assert_eq!(o.code, 1);
    let v = json_lines(&o.stdout);
    assert_eq!(v.len(), 3);
    assert_eq!(v[0]["input"], "https://contoso.com/cb");
    assert_eq!(v[0]["verdict"], "ok");
    assert_eq!(v[0]["findings"].as_array().unwrap().len(), 0);
    assert_eq!(v[1]["verdict"], "warning");
    assert_eq!(v[2]["input"], " http://contoso.com/cb#x");
    assert_eq!(v[2]["verdict"], "error");
    assert_eq!(
        rules(&v[2]),
        ["whitespace", "http-localhost-only", "fragment"]
    );
    for f in v[2]["findings"].as_array().unwrap() {
        let span = f["span"].as_array().unwrap();
        assert_eq!(span.len(), 2);
        assert!(span[0].as_u64() <= span[1].as_u64());
        assert!(f["message"].as_str().unwrap().len() > 20);
        assert!(["error", "warning"].contains(&f["severity"].as_str().unwrap()));
    }
    let frag = &v[2]["findings"][2];
    assert_eq!(frag["span"], serde_json::json!([22, 24]));
}

#[test]
fn stdin_dash_reads_one_uri_per_line_keeping_spaces() {
    let input = "https://contoso.com/a b\r\n\nhttps://contoso.com/ok\n  https://contoso.com/ok\n";
    let o = regpilot(&with(&WEB, &["--json", "-"]), Some(input));
    let v = json_lines(&o.stdout);
    assert_eq!(v.len(), 3, "empty lines are skipped: {}", o.stdout);
    assert_eq!(v[0]["input"], "https://contoso.com/a b");
    assert_eq!(rules(&v[0]), ["bad-char"]);
    assert_eq!(v[1]["verdict"], "ok");
    // The third line keeps its leading spaces and is a duplicate of the second.
    assert_eq!(v[2]["input"], "  https://contoso.com/ok");
    assert_eq!(rules(&v[2]), ["whitespace", "duplicate"]);
    assert_eq!(o.code, 1);
    // `-` mixes with arguments, in order.
    let o = regpilot(
        &with(
            &WEB,
            &[
                "--json",
                "https://first.example/",
                "-",
                "https://last.example/",
            ],
        ),
        Some("https://middle.example/\n"),
    );
    let inputs: Vec<String> = json_lines(&o.stdout)
        .iter()
        .map(|v| v["input"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        inputs,
        [
            "https://first.example/",
            "https://middle.example/",
            "https://last.example/"
        ]
    );
    assert_eq!(o.code, 0);
}

#[test]
fn scopes_are_one_set() {
    let o = regpilot(
        &[
            "check",
            "scopes",
            "--target",
            "yetiforce",
            "--kind",
            "delegated",
            "--json",
            "IMAP.AccessAsUser.All",
            "SMT.Send",
            "openid",
            "email",
        ],
        None,
    );
    assert_eq!(o.code, 1);
    let v = json_lines(&o.stdout);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0]["input"], "IMAP.AccessAsUser.All SMT.Send openid email");
    assert_eq!(rules(&v[0]), ["typo-scope", "missing-scope"]);
    assert_eq!(v[0]["findings"][0]["span"], serde_json::json!([22, 30]));
    assert!(v[0]["findings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("SMTP.Send"));
    let ok = regpilot(
        &[
            "check",
            "scopes",
            "--target",
            "statlook",
            "--kind",
            "application",
            "Mail.ReadWrite",
            "Mail.Send",
        ],
        None,
    );
    assert_eq!(ok.code, 0, "{}", ok.stdout);
    // Excess is a warning: exit 0.
    let warn = regpilot(
        &[
            "check",
            "scopes",
            "--target",
            "aktionnext",
            "--kind",
            "application",
            "--json",
            "Mail.Send",
            "Mail.ReadWrite",
        ],
        None,
    );
    assert_eq!(warn.code, 0);
    assert_eq!(json_lines(&warn.stdout)[0]["verdict"], "warning");
}

#[test]
fn ids_secrets_and_expiry() {
    let o = regpilot(
        &[
            "check",
            "id",
            "--field",
            "secret",
            "--target",
            "aktionnext",
            "--json",
            "0f8fad5b-d9cb-469f-a165-70867728950e",
            "abc8Q~0123456789abcdefghijklmnopqrstuvwx",
        ],
        None,
    );
    assert_eq!(o.code, 1);
    let v = json_lines(&o.stdout);
    assert_eq!(rules(&v[0]), ["secret-id-not-value"]);
    assert_eq!(v[1]["verdict"], "ok");
    let t = regpilot(
        &[
            "check", "id", "--field", "tenant", "--target", "statlook", "common",
        ],
        None,
    );
    assert_eq!(t.code, 1);
    assert!(t.stdout.contains("tenant-alias-app-only"));
    let e = regpilot(
        &[
            "check",
            "id",
            "--field",
            "expiry",
            "--today",
            "2026-05-01",
            "--json",
            "2026-05-10",
            "2026-04-01",
            "2027-01-01",
        ],
        None,
    );
    let v = json_lines(&e.stdout);
    assert_eq!(rules(&v[0]), ["secret-expiring"]);
    assert_eq!(rules(&v[1]), ["secret-expired"]);
    assert_eq!(v[2]["verdict"], "ok");
    assert_eq!(e.code, 1);
}

#[test]
fn output_follows_the_language() {
    let args = |lang: &'static str| with(&WEB, &["--lang", lang, "http://contoso.com/cb"]);
    let en = regpilot(&args("en"), None).stdout;
    let pl = regpilot(&args("pl"), None).stdout;
    let cs = regpilot(&args("cs"), None).stdout;
    assert!(en.contains("error") && en.contains("Use https"), "{en}");
    assert!(pl.contains("błąd") && pl.contains("Użyj https"), "{pl}");
    assert!(
        cs.contains("chyba") && cs.contains("Použijte https"),
        "{cs}"
    );
    // Summary with plural forms.
    assert!(pl.contains("Sprawdzono 1 wartość"), "{pl}");
    assert!(cs.contains("Zkontrolována 1 hodnota"), "{cs}");
}

#[test]
fn explain_codes() {
    let a = regpilot(&["explain", "AADSTS50194"], None);
    let b = regpilot(&["explain", "50194"], None);
    assert_eq!(a.code, 0);
    assert_eq!(a.stdout, b.stdout);
    assert!(a.stdout.starts_with("AADSTS50194: "), "{}", a.stdout);
    assert!(a.stdout.contains("Cause: ") && a.stdout.contains("Fix: "));
    assert!(a.stdout.contains("multitenant"));
    let pl = regpilot(&["explain", "aadsts7000215:", "--lang", "pl"], None);
    assert_eq!(pl.code, 0);
    assert!(
        pl.stdout.contains("Przyczyna: ") && pl.stdout.contains("Wartość"),
        "{}",
        pl.stdout
    );
    let unknown = regpilot(&["explain", "AADSTS12345"], None);
    assert_eq!(unknown.code, 1);
    assert!(unknown.stderr.contains("AADSTS12345"));
    assert!(unknown
        .stderr
        .contains("https://login.microsoftonline.com/error?code=12345"));
    let json = regpilot(&["explain", "--json", "9002327", "1"], None);
    assert_eq!(json.code, 1);
    let v: Vec<serde_json::Value> = json
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(v[0]["code"], "AADSTS9002327");
    assert_eq!(v[0]["known"], true);
    assert_eq!(v[0]["documented"], false);
    assert_eq!(v[1]["known"], false);
}
