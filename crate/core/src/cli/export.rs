//! `regpilot export` (being written).
use super::{Io, EXIT_USAGE};
use std::io::Write;

pub fn run(_argv: &[String], io: &mut Io) -> i32 {
    let _ = writeln!(io.err, "regpilot: 'export' is not available yet");
    EXIT_USAGE
}
