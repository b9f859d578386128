//! `regpilot export --bundle FILE --format json|env|ics|az|pwsh|manifest [--lang L] [--include-secret]`
//!
//! Reads a bundle (`-` for standard input), validates it with the checks, and prints the export to
//! standard output. Exit codes: 0 exported (warnings, if any, on standard error); 1 the bundle has
//! error findings, or this bundle cannot be exported in that format; 2 usage: a missing or unknown
//! option, an unreadable file, malformed JSON (named by line and column), an unsupported version.
//!
//! Messages are in `--lang`, else in the bundle's language once it is read, else in English.

use super::args::{Parsed, UsageError};
use super::{Io, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE};
use crate::export::{self, Bundle, Date, Format, Options, Severity};
use crate::i18n::Arg;
use crate::{Lang, Localizer};

/// Today's date in UTC, from the system clock (host only; the pure core never reads a clock).
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Date::from_unix_days(secs.div_euclid(86_400))
}

fn usage(io: &mut Io, msg: &str) -> i32 {
    let _ = writeln!(io.err, "regpilot export: {msg}");
    EXIT_USAGE
}

pub fn run(argv: &[String], io: &mut Io) -> i32 {
    let p = match Parsed::parse(argv, &["bundle", "format", "lang"], &["include-secret"]) {
        Ok(p) => p,
        Err(UsageError(m)) => return usage(io, &m),
    };
    let cli_lang = match p.get("lang") {
        None => None,
        Some(code) => match Lang::parse(code) {
            Some(l) => Some(l),
            None => {
                let l = Localizer::new(Lang::En);
                let msg = l.format(
                    "export-usage-unknown-lang",
                    &[
                        ("lang", Arg::from(code)),
                        ("valid", Arg::from(Lang::valid_list())),
                    ],
                );
                return usage(io, &msg);
            }
        },
    };
    let l = Localizer::new(cli_lang.unwrap_or(Lang::En));
    if let Some(extra) = p.positionals.first() {
        let msg = l.format(
            "export-usage-extra-argument",
            &[("argument", Arg::from(extra.as_str()))],
        );
        return usage(io, &msg);
    }
    let format = match p.get("format") {
        None => {
            let msg = l.format(
                "export-usage-missing-format",
                &[("valid", Arg::from(Format::valid_list()))],
            );
            return usage(io, &msg);
        }
        Some(f) => match Format::parse(f) {
            Some(f) => f,
            None => {
                let msg = l.format(
                    "export-usage-unknown-format",
                    &[
                        ("format", Arg::from(f)),
                        ("valid", Arg::from(Format::valid_list())),
                    ],
                );
                return usage(io, &msg);
            }
        },
    };
    let Some(file) = p.get("bundle") else {
        return usage(io, &l.msg("export-usage-missing-bundle"));
    };

    let text = if file == "-" {
        let mut s = String::new();
        io.stdin.read_to_string(&mut s).map(|_| s)
    } else {
        std::fs::read_to_string(file)
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            let msg = l.format(
                "export-file-unreadable",
                &[
                    ("file", Arg::from(file)),
                    ("error", Arg::from(e.to_string())),
                ],
            );
            return usage(io, &msg);
        }
    };
    let bundle = match Bundle::from_json(&text) {
        Ok(b) => b,
        Err(e) => return usage(io, &e.message(&l, file)),
    };

    let lang = cli_lang.unwrap_or(bundle.lang);
    // Validate what was read; export the IDs as Entra writes them.
    let l = Localizer::new(lang);
    let findings = export::validate(&bundle, today());
    let errors = findings
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .count();
    for f in &findings {
        let severity = match f.severity() {
            Severity::Error => l.msg("export-severity-error"),
            Severity::Warning => l.msg("export-severity-warning"),
        };
        let line = l.format(
            "export-finding",
            &[
                ("severity", Arg::from(severity)),
                ("field", Arg::from(f.field.as_str())),
                ("rule", Arg::from(f.rule())),
                ("message", Arg::from(f.message(&l))),
            ],
        );
        let _ = writeln!(io.err, "{line}");
    }
    if errors > 0 {
        let _ = writeln!(
            io.err,
            "{}",
            l.format("export-refused", &[("count", Arg::from(errors))])
        );
        return EXIT_FINDINGS;
    }

    let include_secret = p.flag("include-secret");
    let opts = Options {
        include_secret,
        lang,
    };
    let bundle = export::normalized(&bundle);
    match export::render(&bundle, format, &opts) {
        Ok(out) => {
            if include_secret {
                if !format.can_carry_secret() {
                    let _ = writeln!(io.err, "{}", l.msg("export-note-secret-not-in-format"));
                } else if bundle.secret.as_ref().is_none_or(|s| s.value.is_none()) {
                    let _ = writeln!(io.err, "{}", l.msg("export-note-secret-absent"));
                }
            }
            if io.out.write_all(out.as_bytes()).is_err() {
                return EXIT_FINDINGS;
            }
            EXIT_OK
        }
        Err(e) => {
            let _ = writeln!(io.err, "regpilot export: {}", e.message(&l));
            EXIT_FINDINGS
        }
    }
}
