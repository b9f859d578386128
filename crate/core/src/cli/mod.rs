//! The `regpilot` command line: `guide`, `check`, `explain`, `export`.
//!
//! Exit codes (contract): 0 ok, 1 findings with errors, 2 usage. Every subcommand writes to the
//! given streams, so tests run it in-process as well as through the binary.

use std::io::{BufRead, Write};

pub mod args;
pub mod check;
pub mod export;
pub mod guide;

/// Exit code: success, no error findings (warnings allowed).
pub const EXIT_OK: i32 = 0;
/// Exit code: at least one input had an error finding.
pub const EXIT_FINDINGS: i32 = 1;
/// Exit code: the command line was wrong.
pub const EXIT_USAGE: i32 = 2;

/// The streams a command may use.
pub struct Io<'a> {
    pub stdin: &'a mut dyn BufRead,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

const USAGE: &str = "usage: regpilot <command> [options]

commands:
  guide    --target T --lang L --format md|html|json    print a whole guide
  check    redirect-uri|scopes|id ...                    check values against Entra's rules
  explain  <AADSTS code> [--lang L]                      explain a sign-in error
  export   --bundle FILE --format json|env|ics|az|pwsh|manifest
  version                                                print the version
";

/// Runs the CLI with `argv` (without the program name) and returns the exit code.
pub fn run(argv: &[String], io: &mut Io) -> i32 {
    let Some((cmd, rest)) = argv.split_first() else {
        let _ = write!(io.err, "{USAGE}");
        return EXIT_USAGE;
    };
    match cmd.as_str() {
        "version" | "--version" => {
            let _ = writeln!(io.out, "regpilot {}", crate::VERSION);
            EXIT_OK
        }
        "help" | "--help" | "-h" => {
            let _ = write!(io.out, "{USAGE}");
            EXIT_OK
        }
        "guide" => guide::run(rest, io),
        "check" => check::run(rest, io),
        "explain" => check::run_explain(rest, io),
        "export" => export::run(rest, io),
        _ => {
            let _ = writeln!(io.err, "regpilot: unknown command '{cmd}'\n{USAGE}");
            EXIT_USAGE
        }
    }
}
