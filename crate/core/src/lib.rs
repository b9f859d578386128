//! regpilot core: everything that can be decided without a browser.
//!
//! The guide model, Entra's rules (checks), export formats, localisation and the message protocol
//! live here and build for the host and for wasm alike. Nothing in this crate touches the DOM;
//! the extension's wasm crates and the `regpilot` CLI are thin shells around it.

pub mod checks;
pub mod cli;
pub mod credcheck;
pub mod engine;
pub mod export;
pub mod guide;
pub mod handoff;
pub mod guidance;
pub mod i18n;
pub mod i18n_report;
pub mod permissions;
pub mod protocol;
pub mod target;

pub use i18n::{Lang, Localizer};
pub use target::Target;

/// The core's version, shown by the CLI and reported by the background worker.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
