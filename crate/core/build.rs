//! Embeds every `locales/<lang>/*.ftl` file, so a new file needs no code change.
use std::{env, fs, path::PathBuf};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    for lang in ["en", "pl", "cs"] {
        let dir = root.join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            let abs = f.canonicalize().unwrap();
            entries.push(format!(
                "    ({lang:?}, {name:?}, include_str!({:?})),\n",
                abs.display().to_string()
            ));
        }
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("locales.rs");
    let body = format!(
        "/// (language, file name, Fluent source) for every embedded locale file.\npub static LOCALE_FILES: &[(&str, &str, &str)] = &[\n{}];\n",
        entries.concat()
    );
    fs::write(out, body).unwrap();
}
