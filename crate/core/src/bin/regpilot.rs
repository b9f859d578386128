//! The `regpilot` command line; see `regpilot_core::cli`.

fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let stdin = std::io::stdin();
    let mut stdin = stdin.lock();
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    let code = regpilot_core::cli::run(
        &argv,
        &mut regpilot_core::cli::Io {
            stdin: &mut stdin,
            out: &mut out,
            err: &mut err,
        },
    );
    std::process::exit(code);
}
