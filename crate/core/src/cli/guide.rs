//! `regpilot guide --target T --lang L --format md|html|json`: prints a whole guide.
//!
//! Markdown is what the documentation team reviews (and what the snapshot tests hold); HTML is a
//! self-contained page; JSON is one object on one line with every step's id, localized texts and
//! the executor's plan. Usage errors exit 2 naming the valid values, in the `--lang` language
//! when that one is valid, else in English.

use super::args::Parsed;
use super::{Io, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE};
use crate::guide::render::{self, Format};
use crate::i18n::Arg;
use crate::{guide, Lang, Localizer, Target};

/// Runs the subcommand; `argv` excludes `guide` itself.
pub fn run(argv: &[String], io: &mut Io) -> i32 {
    match parse(argv) {
        Ok(cmd) => execute(cmd, io),
        Err((lang, msg)) => {
            let l10n = Localizer::new(lang);
            let usage = l10n.format(
                "guide-cli-usage",
                &[
                    (
                        "targets",
                        Arg::from(Target::valid_list().replace(", ", "|")),
                    ),
                    ("langs", Arg::from(Lang::valid_list().replace(", ", "|"))),
                    (
                        "formats",
                        Arg::from(Format::valid_list().replace(", ", "|")),
                    ),
                ],
            );
            let msg = match msg {
                Problem::Text(t) => t,
                Problem::Message(id, value, valid) => l10n.format(
                    id,
                    &[("value", Arg::from(value)), ("valid", Arg::from(valid))],
                ),
            };
            let _ = writeln!(io.err, "regpilot guide: {msg}\n{usage}");
            EXIT_USAGE
        }
    }
}

struct Command {
    target: Target,
    lang: Lang,
    format: Format,
}

enum Problem {
    /// Already worded (the argument parser's own errors).
    Text(String),
    /// A message id with the offending value and the valid ones.
    Message(&'static str, String, String),
}

fn parse(argv: &[String]) -> Result<Command, (Lang, Problem)> {
    let p = Parsed::parse(argv, &["target", "lang", "format"], &[])
        .map_err(|e| (Lang::En, Problem::Text(e.0)))?;
    let lang = match p.get("lang") {
        None => Lang::En,
        Some(l) => Lang::parse(l).ok_or_else(|| {
            (
                Lang::En,
                Problem::Message("guide-cli-unknown-lang", l.to_owned(), Lang::valid_list()),
            )
        })?,
    };
    let fail = |id: &'static str, value: &str, valid: String| {
        (lang, Problem::Message(id, value.to_owned(), valid))
    };
    if let Some(extra) = p.positionals.first() {
        return Err(fail("guide-cli-extra-argument", extra, String::new()));
    }
    let target = match p.get("target") {
        None => return Err(fail("guide-cli-missing-target", "", Target::valid_list())),
        Some(t) => Target::parse(t)
            .ok_or_else(|| fail("guide-cli-unknown-target", t, Target::valid_list()))?,
    };
    let format = match p.get("format") {
        None => Format::Markdown,
        Some(f) => Format::parse(f)
            .ok_or_else(|| fail("guide-cli-unknown-format", f, Format::valid_list()))?,
    };
    Ok(Command {
        target,
        lang,
        format,
    })
}

fn execute(cmd: Command, io: &mut Io) -> i32 {
    let l10n = Localizer::new(cmd.lang);
    let guide = match guide::load(cmd.target) {
        Ok(g) => g,
        Err(e) => {
            // A broken embedded guide is a build defect: say where it is.
            let _ = writeln!(
                io.err,
                "regpilot guide: {}",
                l10n.format("guide-cli-broken", &[("error", Arg::from(e.to_string()))])
            );
            return EXIT_FINDINGS;
        }
    };
    let out = render::render(&guide, &l10n, cmd.format);
    let _ = io.out.write_all(out.as_bytes());
    EXIT_OK
}
