//! `regpilot check redirect-uri|scopes|id` and `regpilot explain`: the checks of
//! [`crate::checks`] on the command line.
//!
//! ```text
//! regpilot check redirect-uri --platform web|spa|installed --audience A [--target T] [--lang L] [--json] URI…
//! regpilot check scopes --target T --kind delegated|application [--lang L] [--json] SCOPE…
//! regpilot check id --field tenant|client|object|secret|expiry [--target T] [--today YYYY-MM-DD] [--lang L] [--json] VALUE…
//! regpilot explain <AADSTS code>… [--lang L] [--json]
//! ```
//!
//! - A lone `-` among the values reads more values from standard input, one per line (the line
//!   is kept whole, spaces included; empty lines are skipped). The redirect URIs given together
//!   are checked as one list (duplicates, count limit); all scopes together are one set.
//! - `--field expiry` checks a secret's expiry date against today (or `--today`).
//! - Exit codes: 0 no error (warnings allowed), 1 an input has an error — for `explain`, a code
//!   we do not explain —, 2 a usage error (bad option, missing value, something that is not an
//!   AADSTS code).
//! - `--json` prints one object per line: per input (per set for scopes)
//!   `{"input", "verdict", "findings": [{"rule", "severity", "message", "span": [start, end]}]}`,
//!   spans counted in characters; for `explain`, `{"code", "known", "documented", "title",
//!   "cause", "fix", "url"}`.

use super::args::{Parsed, UsageError};
use super::{Io, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE};
use crate::checks::{
    aadsts, ids, redirect_uri, scopes, Audience, Finding, Kind, Platform, Report, Severity, Verdict,
};
use crate::i18n::Arg;
use crate::{Localizer, Target};

/// `regpilot check …` with `argv` after `check`.
pub fn run(argv: &[String], io: &mut Io) -> i32 {
    let lang = early_lang(argv);
    let loc = Localizer::new(lang);
    let Some((sub, rest)) = argv.split_first() else {
        return usage(io, &loc, None);
    };
    let result = match sub.as_str() {
        "redirect-uri" => redirect_uris(rest, io, &loc),
        "scopes" => scope_set(rest, io, &loc),
        "id" => id_values(rest, io, &loc),
        "--help" | "-h" | "help" => {
            let _ = writeln!(io.out, "{}", loc.msg("checks-cli-usage"));
            return EXIT_OK;
        }
        other => Err(UsageError(loc.format(
            "checks-cli-unknown-subcommand",
            &[("value", Arg::from(other))],
        ))),
    };
    result.unwrap_or_else(|e| usage(io, &loc, Some(e)))
}

/// `regpilot explain …` with `argv` after `explain`.
pub fn run_explain(argv: &[String], io: &mut Io) -> i32 {
    let loc = Localizer::new(early_lang(argv));
    let p = match Parsed::parse(argv, &["lang"], &["json"]) {
        Ok(p) => p,
        Err(e) => return usage(io, &loc, Some(e)),
    };
    if let Err(e) = p.lang() {
        return usage(io, &loc, Some(e));
    }
    if p.positionals.is_empty() {
        return usage(io, &loc, Some(UsageError(loc.msg("checks-cli-no-input"))));
    }
    let mut codes = Vec::new();
    for v in &p.positionals {
        match aadsts::parse_code(v) {
            Some(c) => codes.push(c),
            None => {
                let msg = loc.format("checks-cli-bad-code", &[("value", Arg::from(v.as_str()))]);
                return usage(io, &loc, Some(UsageError(msg)));
            }
        }
    }
    let json = p.flag("json");
    let mut exit = EXIT_OK;
    for (i, code) in codes.into_iter().enumerate() {
        let name = format!("AADSTS{code}");
        let url = aadsts::lookup_url(code);
        let e = aadsts::lookup(code);
        if e.is_none() {
            exit = EXIT_FINDINGS;
        }
        if json {
            let v = match e {
                Some(e) => serde_json::json!({
                    "code": name, "known": true, "documented": e.documented,
                    "title": e.title(&loc), "cause": e.cause(&loc), "fix": e.fix(&loc), "url": url,
                }),
                None => serde_json::json!({
                    "code": name, "known": false,
                    "message": unknown_code(&loc, &name, &url), "url": url,
                }),
            };
            let _ = writeln!(io.out, "{v}");
            continue;
        }
        if i > 0 {
            let _ = writeln!(io.out);
        }
        match e {
            Some(e) => {
                let _ = writeln!(io.out, "{name}: {}", e.title(&loc));
                let _ = writeln!(
                    io.out,
                    "{}: {}",
                    loc.msg("checks-cli-explain-cause"),
                    e.cause(&loc)
                );
                let _ = writeln!(
                    io.out,
                    "{}: {}",
                    loc.msg("checks-cli-explain-fix"),
                    e.fix(&loc)
                );
                if !e.documented {
                    let _ = writeln!(io.out, "({})", loc.msg("checks-cli-explain-undocumented"));
                }
                let _ = writeln!(io.out, "{url}");
            }
            None => {
                let _ = writeln!(io.err, "regpilot: {}", unknown_code(&loc, &name, &url));
            }
        }
    }
    exit
}

fn unknown_code(loc: &Localizer, name: &str, url: &str) -> String {
    loc.format(
        "checks-cli-explain-unknown",
        &[("code", Arg::from(name)), ("url", Arg::from(url))],
    )
}

/// The language for messages, read before full parsing so usage errors are localized too;
/// English when absent or unknown (the unknown code itself is reported by [`Parsed::lang`]).
fn early_lang(argv: &[String]) -> crate::Lang {
    let mut it = argv.iter();
    while let Some(a) = it.next() {
        let v = if a == "--lang" {
            it.next().map(String::as_str)
        } else {
            a.strip_prefix("--lang=")
        };
        if let Some(l) = v.and_then(crate::Lang::parse) {
            return l;
        }
    }
    crate::Lang::En
}

fn usage(io: &mut Io, loc: &Localizer, e: Option<UsageError>) -> i32 {
    if let Some(UsageError(msg)) = e {
        let _ = writeln!(io.err, "regpilot: {msg}");
    }
    let _ = writeln!(io.err, "{}", loc.msg("checks-cli-usage"));
    EXIT_USAGE
}

fn bad_value(loc: &Localizer, option: &str, value: &str, valid: String) -> UsageError {
    UsageError(loc.format(
        "checks-cli-bad-value",
        &[
            ("option", Arg::from(format!("--{option}"))),
            ("value", Arg::from(value)),
            ("valid", Arg::from(valid)),
        ],
    ))
}

fn required<'a>(p: &'a Parsed, loc: &Localizer, name: &str) -> Result<&'a str, UsageError> {
    p.get(name).ok_or_else(|| {
        UsageError(loc.format("checks-cli-missing-option", &[("option", Arg::from(name))]))
    })
}

fn target(p: &Parsed, loc: &Localizer) -> Result<Option<Target>, UsageError> {
    match p.get("target") {
        None => Ok(None),
        Some(t) => Target::parse(t)
            .map(Some)
            .ok_or_else(|| bad_value(loc, "target", t, Target::valid_list())),
    }
}

/// The values to check: the positionals, with a lone `-` replaced by the lines of stdin.
fn inputs(p: &Parsed, io: &mut Io, loc: &Localizer) -> Result<Vec<String>, UsageError> {
    let mut out = Vec::new();
    let mut stdin_read = false;
    for v in &p.positionals {
        if v == "-" {
            if !stdin_read {
                stdin_read = true;
                out.extend(read_lines(io));
            }
        } else {
            out.push(v.clone());
        }
    }
    if out.is_empty() {
        return Err(UsageError(loc.msg("checks-cli-no-input")));
    }
    Ok(out)
}

/// Lines of stdin without their line ending; empty lines are skipped, everything else (spaces
/// inside or around) is kept for the checks to judge. Invalid UTF-8 becomes U+FFFD.
fn read_lines(io: &mut Io) -> Vec<String> {
    let mut out = Vec::new();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match io.stdin.read_until(b'\n', &mut buf) {
            Ok(0) | Err(_) => break,
            Ok(_) => {
                if buf.last() == Some(&b'\n') {
                    buf.pop();
                    if buf.last() == Some(&b'\r') {
                        buf.pop();
                    }
                }
                if !buf.is_empty() {
                    out.push(String::from_utf8_lossy(&buf).into_owned());
                }
            }
        }
    }
    out
}

fn parse(argv: &[String], with_value: &[&str]) -> Result<Parsed, UsageError> {
    let p = Parsed::parse(argv, with_value, &["json"])?;
    p.lang()?;
    Ok(p)
}

fn redirect_uris(argv: &[String], io: &mut Io, loc: &Localizer) -> Result<i32, UsageError> {
    let p = parse(argv, &["platform", "audience", "target", "lang"])?;
    let pl = required(&p, loc, "platform")?;
    let platform = Platform::parse(pl)
        .ok_or_else(|| bad_value(loc, "platform", pl, Platform::valid_list()))?;
    let au = required(&p, loc, "audience")?;
    let audience = Audience::parse(au)
        .ok_or_else(|| bad_value(loc, "audience", au, Audience::valid_list()))?;
    let target = target(&p, loc)?;
    let values = inputs(&p, io, loc)?;
    let results = redirect_uri::check_list(&values, platform, audience, target);
    let reports: Vec<(&str, &[Finding])> = values
        .iter()
        .zip(&results)
        .map(|(v, c)| (v.as_str(), c.findings.as_slice()))
        .collect();
    Ok(print(io, loc, p.flag("json"), &reports))
}

fn scope_set(argv: &[String], io: &mut Io, loc: &Localizer) -> Result<i32, UsageError> {
    let p = parse(argv, &["target", "kind", "lang"])?;
    let t = required(&p, loc, "target")?;
    let target =
        Target::parse(t).ok_or_else(|| bad_value(loc, "target", t, Target::valid_list()))?;
    let k = required(&p, loc, "kind")?;
    let kind = Kind::parse(k).ok_or_else(|| bad_value(loc, "kind", k, Kind::valid_list()))?;
    let values = inputs(&p, io, loc)?;
    let input = scopes::join(&values);
    let checked = scopes::check_str(&input, target, kind, &scopes::Consent::Unknown);
    Ok(print(
        io,
        loc,
        p.flag("json"),
        &[(input.as_str(), &checked.findings)],
    ))
}

fn id_values(argv: &[String], io: &mut Io, loc: &Localizer) -> Result<i32, UsageError> {
    let p = parse(argv, &["field", "target", "lang", "today"])?;
    let f = required(&p, loc, "field")?;
    const FIELDS: &str = "tenant, client, object, secret, expiry";
    let field = match f.trim().to_ascii_lowercase().as_str() {
        "expiry" => None,
        _ => Some(ids::Field::parse(f).ok_or_else(|| bad_value(loc, "field", f, FIELDS.into()))?),
    };
    let target = target(&p, loc)?;
    let today = match p.get("today") {
        Some(d) => {
            ids::Date::parse(d).ok_or_else(|| bad_value(loc, "today", d, "YYYY-MM-DD".into()))?
        }
        None => today(),
    };
    let values = inputs(&p, io, loc)?;
    let findings: Vec<Vec<Finding>> = values
        .iter()
        .map(|v| match field {
            Some(ids::Field::Tenant) => ids::tenant(v, target).findings,
            Some(ids::Field::Client) => ids::client(v).findings,
            Some(ids::Field::Object) => ids::object(v).findings,
            Some(ids::Field::Secret) => ids::secret(v, target).findings,
            None => ids::secret_expiry(v, today).findings,
        })
        .collect();
    let reports: Vec<(&str, &[Finding])> = values
        .iter()
        .zip(&findings)
        .map(|(v, f)| (v.as_str(), f.as_slice()))
        .collect();
    Ok(print(io, loc, p.flag("json"), &reports))
}

/// Today's date (UTC) from the system clock; the core itself has no clock.
fn today() -> ids::Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    ids::Date::from_unix_days(secs.div_euclid(86_400))
}

/// Prints the reports and returns the exit code.
fn print(io: &mut Io, loc: &Localizer, json: bool, reports: &[(&str, &[Finding])]) -> i32 {
    let mut errors = 0usize;
    let mut warnings = 0usize;
    for (input, findings) in reports {
        let verdict = Verdict::of(findings);
        match verdict {
            Verdict::Error => errors += 1,
            Verdict::Warning => warnings += 1,
            Verdict::Ok => {}
        }
        if json {
            let line =
                serde_json::to_string(&Report::new(input, findings, loc)).unwrap_or_default();
            let _ = writeln!(io.out, "{line}");
            continue;
        }
        let shown = if input.is_empty() || input.trim() != *input || input.contains('\n') {
            format!("{input:?}")
        } else {
            (*input).to_owned()
        };
        let _ = writeln!(
            io.out,
            "{shown}: {}",
            loc.msg(&format!("checks-verdict-{}", verdict.id()))
        );
        for f in findings.iter() {
            let sev = match f.severity {
                Severity::Error => "checks-verdict-error",
                Severity::Warning => "checks-verdict-warning",
            };
            let _ = writeln!(
                io.out,
                "  {} [{}] {}–{}: {}",
                loc.msg(sev),
                f.rule,
                f.span.0,
                f.span.1,
                f.message(loc)
            );
        }
    }
    if !json {
        let _ = writeln!(
            io.out,
            "{}",
            loc.format(
                "checks-cli-summary",
                &[
                    ("inputs", Arg::from(reports.len())),
                    ("errors", Arg::from(errors)),
                    ("warnings", Arg::from(warnings)),
                ]
            )
        );
    }
    if errors > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}
