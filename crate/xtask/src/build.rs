//! Builds the wasm crates and assembles the installable extension in `dist/`.

use crate::util::{self, cmd, root, Result};
use regpilot_core::{Lang, Localizer};
use std::fs;
use std::path::Path;

/// wasm crates and where their output goes inside `dist/`.
const WASM: &[(&str, &str, &str)] = &[
    ("regpilot-overlay", "regpilot_overlay", "extension/wasm"),
    ("regpilot-background", "regpilot_background", "extension/wasm"),
    ("regpilot-www", "regpilot_www", "www/wasm"),
];

pub fn all() -> Result {
    let dist = root().join("dist");
    util::step("building wasm (release)");
    let mut args = vec!["build", "--release", "--target", "wasm32-unknown-unknown"];
    for (pkg, _, _) in WASM {
        args.extend(["-p", pkg]);
    }
    cmd("cargo", &args).run()?;
    let ext = dist.join("extension");
    let _ = fs::remove_dir_all(&ext);
    let _ = fs::remove_dir_all(dist.join("www"));
    copy_dir(&root().join("extension"), &ext)?;
    for (_, lib, out) in WASM {
        let target_dir = std::env::var("CARGO_TARGET_DIR").map(Into::into).unwrap_or_else(|_| root().join("target"));
        let wasm = target_dir.join(format!("wasm32-unknown-unknown/release/{lib}.wasm"));
        let out = dist.join(out);
        cmd(
            "wasm-bindgen",
            &["--target", "web", "--no-typescript", "--out-dir", out.to_str().unwrap(), wasm.to_str().unwrap()],
        )
        .run()?;
    }
    write_chrome_locales(&ext)?;
    copy_dir(&root().join("www"), &dist.join("www"))?;
    let zip = dist.join("regpilot-extension.zip");
    crate::zip::write_dir(&ext, &zip).map_err(|e| format!("{}: {e}", zip.display()))?;
    eprintln!("extension: {}\nzip:       {}", ext.display(), zip.display());
    Ok(())
}

/// Chrome shows the manifest's description from `_locales/<lang>/messages.json`; we derive it
/// from the Fluent message `ext-description`, so the text lives in `locales/` only.
fn write_chrome_locales(ext: &Path) -> Result {
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang);
        let text = l10n.msg("ext-description");
        if !l10n.errors().is_empty() {
            return Err(format!("locales/{}: {:?}", lang.code(), l10n.errors()));
        }
        let dir = ext.join("_locales").join(lang.code());
        fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let json = serde_json::json!({ "ext_description": { "message": text } });
        fs::write(dir.join("messages.json"), serde_json::to_string_pretty(&json).unwrap())
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

pub fn copy_dir(from: &Path, to: &Path) -> Result {
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for entry in fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let (src, dst) = (entry.path(), to.join(entry.file_name()));
        if src.is_dir() {
            copy_dir(&src, &dst)?;
        } else {
            fs::copy(&src, &dst).map_err(|e| format!("{}: {e}", src.display()))?;
        }
    }
    Ok(())
}
