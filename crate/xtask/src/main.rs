//! `cargo xtask <command>`: the project's build steps, in Rust rather than in shell.
//!
//! - `setup`  installs what is missing (wasm32 target, wasm-bindgen-cli pinned to Cargo.lock,
//!   Chromium + ChromeDriver from Debian, npm packages from tests/package-lock.json)
//! - `build`  builds the wasm crates and assembles `dist/extension/` and `dist/regpilot-extension.zip`
//! - `test`   setup + build + every test (host, wasm in Chromium, e2e in Chromium)
//! - `run`    setup + build + serves the preview site and the portal sandbox, walks the demo
//! - `bench`  setup + build + the benchmark table

mod build;
mod setup;
mod util;
mod zip;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::all(),
        Some("build") => setup::all().and_then(|_| build::all()),
        Some("test") => setup::all().and_then(|_| build::all()).and_then(|_| test(&args[1..])),
        Some("run") => setup::all().and_then(|_| build::all()).and_then(|_| run()),
        Some("bench") => setup::all().and_then(|_| build::all()).and_then(|_| bench()),
        _ => Err("usage: cargo xtask setup|build|test|run|bench".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn test(rest: &[String]) -> util::Result {
    let only_e2e = rest.iter().any(|a| a == "--e2e");
    if !only_e2e {
        util::step("host tests (cargo test --workspace)");
        util::cmd("cargo", &["test", "--workspace", "--all-targets"]).run()?;
        util::step("fuzzing the checks for a bounded time (longer runs: see crate/core/examples/fuzz_checks.rs)");
        let secs = std::env::var("REGPILOT_FUZZ_SECONDS").unwrap_or_else(|_| "20".into());
        util::cmd("cargo", &["run", "--release", "-p", "regpilot-core", "--example", "fuzz_checks", "--", "--seconds", &secs]).run()?;
        util::step("wasm tests in headless Chromium (wasm-bindgen-test)");
        util::cmd("cargo", &["test", "-p", "regpilot-overlay", "--target", "wasm32-unknown-unknown"])
            .env("CHROMEDRIVER", "/usr/bin/chromedriver")
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
            .run()?;
    }
    util::step("e2e tests in Chromium (node --test)");
    util::cmd("node", &["--test", "--test-concurrency=1", "e2e/"]).dir("tests").run()
}

fn run() -> util::Result {
    util::step("demo: preview site, portal sandbox and a headless walk");
    util::cmd("node", &["demo.mjs"]).dir("tests").run()
}

fn bench() -> util::Result {
    util::step("benchmarks");
    util::cmd("cargo", &["run", "--release", "-p", "regpilot-core", "--example", "bench_checks"]).run()?;
    util::cmd("node", &["bench.mjs"]).dir("tests").run()
}
