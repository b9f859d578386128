//! Installs what the build and the tests need, and is quick when all is there.

use crate::util::{self, cmd, has, root, Result};
use std::fs;

pub fn all() -> Result {
    wasm_target()?;
    wasm_bindgen_cli()?;
    chromium()?;
    npm()
}

fn wasm_target() -> Result {
    let installed = cmd("rustup", &["target", "list", "--installed"]).output().unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    util::step("installing the wasm32-unknown-unknown target");
    cmd("rustup", &["target", "add", "wasm32-unknown-unknown"]).run()
}

/// The wasm-bindgen version in Cargo.lock; the CLI must match it exactly.
pub fn locked_wasm_bindgen() -> Result<String> {
    let lock = fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|v| v.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("wasm-bindgen not found in Cargo.lock".into())
}

fn wasm_bindgen_cli() -> Result {
    let want = locked_wasm_bindgen()?;
    let have = cmd("wasm-bindgen", &["--version"]).output().unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(want.as_str()) {
        return Ok(());
    }
    util::step(&format!("installing wasm-bindgen-cli {want} (matches Cargo.lock)"));
    cmd("cargo", &["install", "wasm-bindgen-cli", "--version", &want, "--force"]).run()
}

fn chromium() -> Result {
    if has("chromium") && has("chromedriver") {
        return Ok(());
    }
    util::step("installing Chromium and ChromeDriver from Debian");
    cmd("apt-get", &["update"]).run()?;
    cmd("apt-get", &["install", "-y", "--no-install-recommends", "chromium", "chromium-driver", "openssl"]).run()
}

fn npm() -> Result {
    let tests = root().join("tests");
    let stamp = tests.join("node_modules/.package-lock.json");
    let lock = tests.join("package-lock.json");
    let fresh = match (fs::metadata(&stamp), fs::metadata(&lock)) {
        (Ok(s), Ok(l)) => s.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    util::step("installing npm packages for the browser tests (npm ci)");
    cmd("npm", &["ci", "--no-audit", "--no-fund"]).dir("tests").run()
}
