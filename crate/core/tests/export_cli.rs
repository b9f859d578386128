//! `regpilot export` through the binary: exit codes 0/1/2, messages on standard error (localized),
//! the export on standard output.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use regpilot_core::export::{Bundle, Date, Format};
use regpilot_core::Target;
use serde_json::Value;

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], stdin: Option<&str>) -> Out {
    let mut child = Command::new(env!("CARGO_BIN_EXE_regpilot"))
        .arg("export")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.unwrap_or("").as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    Out {
        code: o.status.code().expect("an exit code"),
        stdout: String::from_utf8(o.stdout).unwrap(),
        stderr: String::from_utf8(o.stderr).unwrap(),
    }
}

fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("regpilot-export-cli-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    Date::from_unix_days(secs / 86_400)
}

/// The target's sample bundle with its secret (if any) expiring 200 days from today, so the
/// samples stay valid whenever the tests run.
fn fresh(t: Target) -> Bundle {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/export/{}.json", t.id()));
    let mut b = Bundle::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    if let Some(s) = b.secret.as_mut() {
        s.expires = Date::from_unix_days(today().unix_days() + 200);
    }
    b
}

fn write(name: &str, text: &str) -> String {
    let p = dir().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

fn write_bundle(name: &str, b: &Bundle) -> String {
    write(name, &serde_json::to_string_pretty(b).unwrap())
}

#[test]
fn exports_every_format_of_a_valid_bundle() {
    for t in Target::ALL {
        let file = write_bundle(&format!("ok-{}.json", t.id()), &fresh(t));
        for f in Format::ALL {
            let o = run(&["--bundle", &file, "--format", f.id()], None);
            let refused = t == Target::Comarch && f != Format::Json && f != Format::Env;
            if refused {
                assert_eq!(o.code, 1, "{t:?} {f:?}: {}", o.stderr);
                assert!(o.stdout.is_empty());
            } else {
                assert_eq!(o.code, 0, "{t:?} {f:?}: {}", o.stderr);
                assert!(o.stderr.is_empty(), "{t:?} {f:?}: {}", o.stderr);
                assert!(!o.stdout.is_empty());
            }
        }
    }
    let file = write_bundle("ok-statlook-m.json", &fresh(Target::Statlook));
    let o = run(&["--bundle", &file, "--format", "manifest"], None);
    let m: Value = serde_json::from_str(&o.stdout).unwrap();
    assert!(
        o.stdout
            .contains("\"b633e1c5-b582-4048-a93e-9f11b44c7e96\""),
        "{m}"
    );
}

#[test]
fn comarch_scripts_are_refused_with_a_reason() {
    let file = write_bundle("comarch.json", &fresh(Target::Comarch));
    let o = run(&["--bundle", &file, "--format", "az", "--lang", "en"], None);
    assert_eq!(o.code, 1);
    assert!(
        o.stderr
            .contains("Comarch DMS signs in with its vendor's own application"),
        "{}",
        o.stderr
    );
}

#[test]
fn reads_the_bundle_from_stdin_and_keeps_ics_crlf() {
    let text = serde_json::to_string(&fresh(Target::Aktionnext)).unwrap();
    let o = run(&["--bundle", "-", "--format", "ics"], Some(&text));
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stdout.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(o.stdout.ends_with("END:VCALENDAR\r\n"));
    // The bundle is Czech: so is the reminder.
    assert!(o.stdout.contains("vyprší"), "{}", o.stdout);
}

#[test]
fn the_secret_value_needs_include_secret() {
    let b = fresh(Target::Statlook);
    let value = b.secret.as_ref().unwrap().value.clone().unwrap();
    let file = write_bundle("secret.json", &b);
    let plain = run(&["--bundle", &file, "--format", "env"], None);
    assert_eq!(plain.code, 0);
    assert!(!plain.stdout.contains(&value));
    let with = run(
        &["--bundle", &file, "--format", "env", "--include-secret"],
        None,
    );
    assert_eq!(with.code, 0);
    assert!(with
        .stdout
        .contains(&format!("REGPILOT_CLIENT_SECRET='{value}'")));
    // Scripts never carry it; the CLI says so instead of silently ignoring the flag.
    let az = run(
        &[
            "--bundle",
            &file,
            "--format",
            "az",
            "--include-secret",
            "--lang",
            "en",
        ],
        None,
    );
    assert_eq!(az.code, 0);
    assert!(!az.stdout.contains(&value));
    assert!(
        az.stderr.contains("never contains the secret's value"),
        "{}",
        az.stderr
    );
}

#[test]
fn findings_refuse_the_export_with_exit_1() {
    let mut b = fresh(Target::Statlook);
    b.tenant_id = "not a tenant".into();
    b.secret.as_mut().unwrap().expires = Date::from_unix_days(today().unix_days() - 3);
    let file = write_bundle("bad.json", &b);
    let o = run(&["--bundle", &file, "--format", "json"], None);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stdout.is_empty(), "nothing is exported: {}", o.stdout);
    // The bundle is Polish, so are the messages; fields and rule ids stay as they are.
    assert!(
        o.stderr.contains("błąd tenant_id [not-guid]: "),
        "{}",
        o.stderr
    );
    assert!(
        o.stderr.contains("błąd secret.expires [secret-expired]: "),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("Pakiet zawiera 2 błędy"), "{}", o.stderr);
    let en = run(
        &["--bundle", &file, "--format", "json", "--lang", "en"],
        None,
    );
    assert!(
        en.stderr.contains("error tenant_id [not-guid]: "),
        "{}",
        en.stderr
    );
    assert!(
        en.stderr.contains("The bundle has 2 errors"),
        "{}",
        en.stderr
    );
}

#[test]
fn warnings_do_not_stop_the_export() {
    let mut b = fresh(Target::Aktionnext);
    b.secret.as_mut().unwrap().expires = Date::from_unix_days(today().unix_days() + 10);
    let file = write_bundle("warn.json", &b);
    let o = run(
        &["--bundle", &file, "--format", "manifest", "--lang", "cs"],
        None,
    );
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(
        o.stderr
            .contains("varování secret.expires [secret-expiring]"),
        "{}",
        o.stderr
    );
    assert!(o.stdout.starts_with('['));
}

#[test]
fn malformed_json_exits_2_naming_line_and_column() {
    // Line 5 lacks the comma after "pl": serde_json stops at line 5, column 3.
    let text = "{\n  \"version\": 1,\n  \"target\": \"statlook\",\n  \"lang\": \"pl\"\n  \"app_name\": \"x\"\n}\n";
    let file = write("broken.json", text);
    let o = run(
        &["--bundle", &file, "--format", "json", "--lang", "en"],
        None,
    );
    assert_eq!(o.code, 2);
    assert!(
        o.stderr
            .contains(&format!("{file}, line 5, column 3: not valid JSON")),
        "{}",
        o.stderr
    );
    let pl = run(
        &["--bundle", &file, "--format", "json", "--lang", "pl"],
        None,
    );
    assert!(
        pl.stderr.contains("wiersz 5, kolumna 3: niepoprawny JSON"),
        "{}",
        pl.stderr
    );
    let cs = run(
        &["--bundle", "-", "--format", "json", "--lang", "cs"],
        Some(text),
    );
    assert!(
        cs.stderr.contains("-, řádek 5, sloupec 3: neplatný JSON"),
        "{}",
        cs.stderr
    );
}

#[test]
fn json_that_is_not_a_bundle_exits_2_with_its_position() {
    let text = serde_json::to_string_pretty(&fresh(Target::Aktionnext))
        .unwrap()
        .replace("\"tenant_id\"", "\"tenantId\"");
    let line = text.lines().position(|l| l.contains("tenantId")).unwrap() + 1;
    let file = write("shape.json", &text);
    let o = run(
        &["--bundle", &file, "--format", "json", "--lang", "en"],
        None,
    );
    assert_eq!(o.code, 2);
    assert!(
        o.stderr.contains(&format!("line {line}, column")),
        "{}",
        o.stderr
    );
    assert!(
        o.stderr
            .contains("not a regpilot bundle (unknown field `tenantId`"),
        "{}",
        o.stderr
    );

    let v2 = text.replace("\"version\": 1", "\"version\": 2");
    let o = run(
        &["--bundle", "-", "--format", "json", "--lang", "en"],
        Some(&v2),
    );
    assert_eq!(o.code, 2);
    assert!(o.stderr.contains("format version 2"), "{}", o.stderr);
}

#[test]
fn usage_errors_exit_2() {
    let file = write_bundle("usage.json", &fresh(Target::Statlook));
    let missing = dir().join("no-such-bundle.json");
    let missing = missing.to_string_lossy();
    let cases: &[(&[&str], &str)] = &[
        (
            &["--bundle", &file, "--format", "yaml", "--lang", "en"],
            "Unknown format “yaml”; choose one of: json, env, ics, az, pwsh, manifest.",
        ),
        (&["--bundle", &file, "--lang", "en"], "Missing --format"),
        (
            &["--format", "json", "--lang", "en"],
            "Missing --bundle FILE",
        ),
        (
            &["--bundle", &missing, "--format", "json", "--lang", "en"],
            "Cannot read",
        ),
        (
            &["--bundle", &file, "--format", "json", "--lang", "de"],
            "Unknown language “de”; choose one of: en, pl, cs.",
        ),
        (
            &[
                "--bundle", &file, "--format", "json", "--lang", "en", "extra",
            ],
            "Unexpected argument “extra”",
        ),
        (
            &["--bundle", &file, "--format", "json", "--secret"],
            "--secret",
        ),
    ];
    for (args, needle) in cases {
        let o = run(args, None);
        assert_eq!(o.code, 2, "{args:?}: {}", o.stderr);
        assert!(o.stdout.is_empty());
        assert!(o.stderr.contains(needle), "{args:?}: {}", o.stderr);
    }
    // Usage messages are localized too.
    let o = run(
        &["--bundle", &file, "--format", "yaml", "--lang", "pl"],
        None,
    );
    assert!(o.stderr.contains("Nieznany format „yaml”"), "{}", o.stderr);
}
