//! `regpilot check` (being written).
use super::{Io, EXIT_USAGE};
use std::io::Write;

pub fn run(_argv: &[String], io: &mut Io) -> i32 {
    let _ = writeln!(io.err, "regpilot: 'check' is not available yet");
    EXIT_USAGE
}

pub fn run_explain(_argv: &[String], io: &mut Io) -> i32 {
    let _ = writeln!(io.err, "regpilot: 'explain' is not available yet");
    EXIT_USAGE
}
