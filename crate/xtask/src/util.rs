//! Running commands from the workspace root, loudly.

use std::path::{Path, PathBuf};
use std::process::Command;

pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root (xtask lives in crate/xtask).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

pub fn step(what: &str) {
    eprintln!("\n==> {what}");
}

pub struct Cmd(Command, String);

pub fn cmd(program: &str, args: &[&str]) -> Cmd {
    let mut c = Command::new(program);
    c.args(args).current_dir(root());
    Cmd(c, format!("{program} {}", args.join(" ")))
}

impl Cmd {
    pub fn dir(mut self, rel: &str) -> Cmd {
        self.0.current_dir(root().join(rel));
        self
    }
    pub fn env(mut self, k: &str, v: &str) -> Cmd {
        self.0.env(k, v);
        self
    }
    pub fn run(mut self) -> Result {
        eprintln!("$ {}", self.1);
        let status = self.0.status().map_err(|e| format!("{}: {e}", self.1))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("`{}` failed ({status})", self.1))
        }
    }
    /// Runs quietly and returns stdout, or None when the program is missing or fails.
    pub fn output(mut self) -> Option<String> {
        let out = self.0.output().ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

pub fn has(program: &str) -> bool {
    Command::new("sh").args(["-c", &format!("command -v {program}")]).output().is_ok_and(|o| o.status.success())
}
