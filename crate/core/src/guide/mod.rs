//! Guides: for each target application, the ordered steps that register its app in Entra ID,
//! as data the documentation team can review.
//!
//! - `guides/portal.toml` describes the portal: labels in en/pl/cs (domain.md §10), pages with
//!   their deep links and how to recognise them (§8), and the elements to highlight (§9).
//! - `guides/<target>.toml` lists a target's steps by reference to that description; every word
//!   shown to the admin is a Fluent message in `locales/<lang>/guide-*.ftl`.
//!
//! Files are embedded at build time and validated when loaded ([`load`]): shape and unknown
//! names by TOML, then ids, references, translations and placeholders; an error names file, line
//! and reason ([`LoadError`]).
//!
//! For the running guide the background worker asks a [`Guide`] for the current step's [`Plan`]
//! (language-free, for the executor in every portal frame) and [`StepView`] (localized, for the
//! overlay). Both are plain serializable data: the overlay needs neither these files nor `toml`.

mod load;
pub mod markup;
mod model;
pub mod render;
pub mod spec;

pub use load::{is_kebab, parse_portal, LoadError, Portal};
pub use model::{localized_docs_url, FieldView, Guide, GuideView, Plan, Role, Step, StepView};
pub use spec::{
    label_matches, normalize_label, parse_hash, pick_anchor, substitute, AnchorSpec, AnchorState,
    CaptureSource, CaptureSpec, Done, Field, FrameHint, HashInfo, LabelMatch, LabelSet, ListKind,
    MenuSpec, PageSpec, PermissionRow, Position, Region, RowStatus, Values, VerifySpec,
};

use crate::Target;

/// The portal description, embedded.
pub const PORTAL_FILE: (&str, &str) = ("portal.toml", include_str!("../../guides/portal.toml"));

/// The guide files, embedded: (target, file name, text).
pub const GUIDE_FILES: [(Target, &str, &str); 4] = [
    (
        Target::Yetiforce,
        "yetiforce.toml",
        include_str!("../../guides/yetiforce.toml"),
    ),
    (
        Target::Statlook,
        "statlook.toml",
        include_str!("../../guides/statlook.toml"),
    ),
    (
        Target::Aktionnext,
        "aktionnext.toml",
        include_str!("../../guides/aktionnext.toml"),
    ),
    (
        Target::Comarch,
        "comarch.toml",
        include_str!("../../guides/comarch.toml"),
    ),
];

/// The embedded portal description, validated.
pub fn portal() -> Result<Portal, LoadError> {
    parse_portal(PORTAL_FILE.0, PORTAL_FILE.1)
}

/// The guide of `target`, validated against the portal description and all three languages.
pub fn load(target: Target) -> Result<Guide, LoadError> {
    let portal = portal()?;
    load_with(target, &portal, &load::Locales::new())
}

/// All four guides, in [`Target::ALL`] order.
pub fn load_all() -> Result<Vec<Guide>, LoadError> {
    let portal = portal()?;
    let locales = load::Locales::new();
    Target::ALL
        .into_iter()
        .map(|t| load_with(t, &portal, &locales))
        .collect()
}

fn load_with(target: Target, portal: &Portal, locales: &load::Locales) -> Result<Guide, LoadError> {
    let (_, file, text) = GUIDE_FILES
        .iter()
        .find(|(t, _, _)| *t == target)
        .expect("every target has a guide file");
    let guide = load::parse_guide(file, text, portal, locales)?;
    if guide.target != target {
        return Err(LoadError {
            file: (*file).to_owned(),
            line: 1,
            reason: format!(
                "file is for target `{}`, expected `{}`",
                guide.target.id(),
                target.id()
            ),
        });
    }
    Ok(guide)
}

/// Parses a guide text as if it were the file `file_name` (tests feed broken guides here).
pub fn parse(file_name: &str, text: &str) -> Result<Guide, LoadError> {
    let portal = portal()?;
    load::parse_guide(file_name, text, &portal, &load::Locales::new())
}
