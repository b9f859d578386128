//! The message protocol between the three parts of the extension, defined once.
//!
//! One enum per direction, serde-tagged with `type` (kebab-case) so the JavaScript shells can
//! build and read them as plain objects. The receiver checks the sender: the background worker
//! accepts [`FromContent`] only from portal frames and [`FromOverlay`] only from extension pages.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Lang, Target};

/// Content script (any portal frame) → background worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum FromContent {
    /// A frame's content script started. `href` is the frame's own URL (for a reactblade frame
    /// that is the sandbox URL, not the portal's).
    Hello {
        href: String,
        top: bool,
        /// The document's language (`<html lang>`): the portal's UI language in the top frame.
        #[serde(default)]
        lang: Option<String>,
        /// The browser's preferred language (`navigator.language`).
        #[serde(default)]
        browser_lang: Option<String>,
    },
    /// What the frame sees for the current plan (sent when it changes).
    Report(FrameReport),
}

/// One frame's view of the current step: anchor states and the page facts the plan needs.
/// Everything here is text read from the portal: data, never markup.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FrameReport {
    /// The step the report is about (reports for another step are ignored).
    pub step: String,
    /// The top frame's URL fragment (`location.hash`); `None` in other frames.
    pub hash: Option<String>,
    /// Visible blade titles (top document: `.fxs-blade-title-titleText`, headings).
    pub titles: Vec<String>,
    /// Texts of selected menu items (`[aria-selected=true]`, `[aria-current]`).
    pub menu: Vec<String>,
    /// One entry per anchor of the plan, in order.
    pub anchors: Vec<AnchorReport>,
    /// The frame has looked for long enough: an anchor still missing is really missing.
    pub settled: bool,
    /// Label/value pairs of an Essentials panel.
    pub essentials: Vec<(String, String)>,
    /// Tables (and grids): header texts and row cell texts.
    pub tables: Vec<TableFacts>,
    /// Text inputs: (accessible name, value).
    pub inputs: Vec<(String, String)>,
}

/// What a frame found for one anchor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnchorReport {
    pub present: bool,
    pub done: bool,
    /// The best candidate's score (0 when absent).
    pub score: f32,
}

/// A table read from the portal.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TableFacts {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// What a frame must read besides anchors, derived from the plan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Needs {
    pub essentials: bool,
    pub tables: bool,
    pub inputs: bool,
    /// Values of these anchors (by index) are reported in `inputs` under the anchor's key.
    pub anchor_values: bool,
    /// Blade titles and selected menu items (to confirm a page).
    pub titles: bool,
}

/// Overlay page → background worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum FromOverlay {
    /// Asks for the worker's status.
    Status,
    /// Asks for the current [`OverlayState`].
    GetState,
    /// The admin picked a target and/or a language in the overlay.
    Choose {
        #[serde(default)]
        target: Option<Target>,
        #[serde(default)]
        lang: Option<Lang>,
    },
    /// The admin moves through the guide.
    Step { action: StepAction },
    /// Forget everything collected (all guides' values and secrets) and start afresh.
    ForgetAll,
    /// "Take me there": show this portal page (a `#view/…` fragment) in the overlay's tab.
    Navigate { hash: String },
    /// The admin typed a value the portal does not show (e.g. YetiForce's redirect URI).
    Capture { field: crate::guide::Field, value: String },
    /// The admin collapsed or expanded the panel, or moved it to the other side.
    Layout {
        #[serde(default)]
        collapsed: Option<bool>,
        #[serde(default)]
        dock: Option<Dock>,
    },
    // --- Hand-over: credential check, copy panels, exports (crate::handoff) -------------------
    /// The admin typed the client secret's Value into the overlay. The worker keeps it in its
    /// session state only (`State::secret`); an empty value forgets it.
    SetSecret { value: String },
    /// Check the credentials. Missing values are taken from what the guide captured. For
    /// app-only targets the answer waits for a token request.
    CredentialCheck {
        #[serde(default)]
        tenant: Option<String>,
        #[serde(default)]
        client: Option<String>,
    },
    /// Asks for the hand-over section ([`ToOverlay::Handoff`], also the answer to the others).
    GetHandoff,
    /// Makes an export file (the answer's `download`); `created_at` is the overlay's clock
    /// (RFC 3339), the bundle's creation time.
    Export {
        format: crate::export::Format,
        #[serde(default)]
        include_secret: bool,
        created_at: String,
    },
    /// Fills YetiForce's mail-account form in the admin's tab on `origin` (a host permission the
    /// overlay requested for it), without submitting it.
    Autofill { origin: String },
    /// Copies the client secret to the clipboard; the worker clears it after a minute if the
    /// clipboard still holds it.
    CopySecret,
}

/// How the admin moves through the guide from the overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "kebab-case")]
pub enum StepAction {
    /// "Already done": the admin says the step is done; the guide moves on.
    Done,
    /// Skip the step (the overlay warns first); it stays marked as skipped.
    Skip,
    /// Back to the previous step.
    Back,
    /// Jump to step `index` from the step list.
    Goto { index: usize },
    /// Start the guide again from the first step (captured values are kept).
    Restart,
    /// The admin is done: the client secret is forgotten (the collected IDs are kept).
    Finish,
}

/// Where the guide stands, as the overlay shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub title: String,
    /// Every step: id, localized title and its mark.
    pub steps: Vec<StepMark>,
    /// The current step, localized; `None` when the guide is finished.
    pub current: Option<crate::guide::StepView>,
    /// Captured values (label, value), the client secret masked.
    #[serde(default)]
    pub values: Vec<(String, String)>,
    /// Findings for what the admin typed or the portal shows in this step, localized.
    #[serde(default)]
    pub findings: Vec<ShownFinding>,
    /// Values of the current step the admin types into the overlay (from outside the portal).
    #[serde(default)]
    pub inputs: Vec<UserInput>,
}

/// A value the overlay asks the admin for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserInput {
    pub field: crate::guide::Field,
    pub label: String,
    /// As typed so far (kept even when invalid).
    pub value: String,
}

/// A finding as the overlay shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShownFinding {
    pub rule: String,
    pub error: bool,
    pub message: String,
    /// What was checked (the URI, the ID).
    pub input: String,
}

/// A step in the overlay's step list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepMark {
    pub id: String,
    pub title: String,
    pub mark: Mark,
}

/// A step's state in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    Todo,
    Current,
    Done,
    Skipped,
}

/// Which side of the portal the panel is docked to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dock {
    #[default]
    Right,
    Left,
}

/// Background worker → content script.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ToContent {
    /// Answer to [`FromContent::Hello`]: how the worker classified the frame.
    /// For the top frame, `overlay` carries the state to mirror on the overlay iframe.
    Welcome {
        frame: FrameKind,
        overlay: Option<OverlayAttrs>,
        /// The current plan, so a new frame starts looking at once.
        #[serde(default)]
        plan: Option<crate::guide::Plan>,
        #[serde(default)]
        needs: Needs,
    },
    /// The overlay state changed: the top frame mirrors it on the overlay iframe.
    Overlay { overlay: OverlayAttrs },
    /// The current step's plan for the executor (`None`: no guide, or the step has nothing to
    /// find in the portal).
    Plan {
        plan: Option<crate::guide::Plan>,
        needs: Needs,
    },
    /// Top frame: go to this portal page (fragment), without reloading the portal.
    Navigate { hash: String },
    /// Highlight anchor `anchor` of step `step` in this frame, or nothing (`None`).
    Highlight { step: String, anchor: Option<usize> },
}

/// Background worker → overlay page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ToOverlay {
    Status(Status),
    State(OverlayState),
    // --- Hand-over (crate::handoff) ------------------------------------------------------------
    /// The answer to every hand-over message: the section, drawn again. Never pushed. The
    /// overlay decodes it straight into [`crate::handoff::Section`] (its `type` field is
    /// ignored there): decoding it through this internally tagged enum would buffer it in
    /// serde's `Content` and double its decoding code in the size-budgeted overlay wasm.
    #[serde(skip_deserializing)]
    Handoff(crate::handoff::Section),
}

/// The worker's status (answer to [`FromOverlay::Status`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Status {
    pub version: String,
    pub targets: Vec<Target>,
    pub langs: Vec<Lang>,
    /// How many frames' content scripts have said hello.
    pub frames: usize,
}

/// What the top frame mirrors on the overlay iframe's `data-*` attributes (contract).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OverlayAttrs {
    pub target: Option<Target>,
    pub lang: Lang,
    #[serde(default)]
    pub collapsed: bool,
    #[serde(default)]
    pub dock: Dock,
    /// The current step's id (`data-step`), empty before a guide is chosen.
    #[serde(default)]
    pub step: String,
    /// `active` | `done` | `fallback` | `finished` (`data-status`).
    #[serde(default)]
    pub status: String,
    /// Error findings shown for the current step (`data-findings`).
    #[serde(default)]
    pub findings: usize,
}

/// What the overlay renders.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OverlayState {
    pub attrs: OverlayAttrs,
    /// The chosen guide's progress; `None` before a target is chosen.
    pub progress: Option<Progress>,
    /// The overlay's own texts in `lang`, by message id (formatted by the worker, so the
    /// size-budgeted overlay wasm carries no Fluent).
    pub ui: BTreeMap<String, String>,
}

/// Where a content script runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FrameKind {
    /// The portal's top document (portal.azure.com, entra.microsoft.com).
    PortalTop,
    /// A React view frame (`*.reactblade*.portal.azure.net`).
    Reactblade,
    /// Anything else we were injected into.
    Other,
}

impl FrameKind {
    /// Classifies a frame by its URL's host.
    pub fn of(href: &str, top: bool) -> FrameKind {
        let host = href
            .split_once("://")
            .map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or(""))
            .unwrap_or("")
            .rsplit('@')
            .next()
            .unwrap_or("")
            .split(':')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let portal = host == "portal.azure.com"
            || host.ends_with(".portal.azure.com")
            || host == "entra.microsoft.com";
        if portal && top {
            FrameKind::PortalTop
        } else if host.ends_with(".portal.azure.net")
            && host
                .split('.')
                .next()
                .is_some_and(|first| first.contains("reactblade"))
            || host
                .split('.')
                .nth(1)
                .is_some_and(|second| second.starts_with("reactblade"))
        {
            FrameKind::Reactblade
        } else {
            FrameKind::Other
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_are_classified_by_host() {
        assert_eq!(
            FrameKind::of("https://portal.azure.com/#home", true),
            FrameKind::PortalTop
        );
        assert_eq!(
            FrameKind::of("https://entra.microsoft.com/", true),
            FrameKind::PortalTop
        );
        assert_eq!(
            FrameKind::of("https://sandbox-1.reactblade.portal.azure.net/x", false),
            FrameKind::Reactblade
        );
        assert_eq!(
            FrameKind::of("https://a.reactblade-ms.portal.azure.net/", false),
            FrameKind::Reactblade
        );
        assert_eq!(
            FrameKind::of("https://portal.azure.com.evil.example/", true),
            FrameKind::Other
        );
        assert_eq!(
            FrameKind::of("https://reactblade.portal.azure.net.evil/", false),
            FrameKind::Other
        );
    }

    #[test]
    fn messages_are_tagged_kebab_case() {
        let m: FromContent = serde_json::from_str(
            r#"{"type":"hello","href":"https://portal.azure.com/","top":true}"#,
        )
        .unwrap();
        assert_eq!(
            m,
            FromContent::Hello {
                href: "https://portal.azure.com/".into(),
                top: true,
                lang: None,
                browser_lang: None,
            }
        );
        let s = serde_json::to_string(&ToContent::Welcome {
            frame: FrameKind::Reactblade,
            overlay: None,
            plan: None,
            needs: Needs::default(),
        })
        .unwrap();
        assert_eq!(
            s,
            r#"{"type":"welcome","frame":"reactblade","overlay":null,"plan":null,"needs":{"essentials":false,"tables":false,"inputs":false,"anchor_values":false,"titles":false}}"#
        );
    }
}
