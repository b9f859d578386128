//! The background worker's brain, as a pure reducer: given the state and one input (a message
//! from a frame or the overlay), it changes the state and says what to send where.
//!
//! The wasm shell (`crate/background`) persists [`State`] between inputs (the service worker can
//! be stopped at any time), routes [`Output`], and does nothing else.

use serde::{Deserialize, Serialize};

use crate::protocol::{
    FrameKind, Dock, FromContent, FromOverlay, Mark, OverlayAttrs, Progress, StepAction, StepMark, OverlayState, Status, ToContent, ToOverlay,
};
use std::rc::Rc;

use crate::guide::{self, Values};
use crate::{Lang, Localizer, Target};

/// What the worker remembers between messages (persisted by the shell).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct State {
    pub target: Option<Target>,
    pub lang: Option<Lang>,
    pub collapsed: bool,
    pub dock: Dock,
    /// Index of the current step of the chosen guide (== its length when finished).
    pub step: usize,
    /// Steps marked done or skipped, by id.
    pub done: Vec<String>,
    pub skipped: Vec<String>,
    /// Values captured so far, except the client secret (kept apart, in session storage only).
    pub values: Values,
    /// Frames whose content script said hello, most recent last (bounded).
    pub frames: Vec<FrameRecord>,
    /// The client secret's Value. The whole state lives in `chrome.storage.session` only; the
    /// secret leaves the worker in the token request body, and otherwise only where the admin
    /// sends it (clipboard, YetiForce's form, an export with the secret included).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// What the hand-over remembers (crate::handoff).
    #[serde(default, skip_serializing_if = "crate::handoff::Memory::is_empty")]
    pub handoff: crate::handoff::Memory,
}

/// A frame known to the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameRecord {
    pub tab: i64,
    pub frame: i64,
    pub kind: FrameKind,
}

/// Who sent an input, as established by the browser (never by the message itself).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "kebab-case")]
pub enum Sender {
    /// A content script in a tab's frame; `url` is the frame's URL.
    Content { tab: i64, frame: i64, url: String },
    /// One of our extension pages (the overlay).
    Extension { url: String },
}

/// What the shell must do after an input.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Output {
    /// The answer to the sender's message.
    pub reply: Option<serde_json::Value>,
    /// Messages for content scripts: (tab, frame, message).
    pub to_frames: Vec<(i64, i64, ToContent)>,
    /// A message for every connected overlay.
    pub to_overlays: Vec<ToOverlay>,
    /// Work for the shell outside the reducer (network, tabs, clipboard); its result comes back
    /// through `handoff::settle`, whose reply answers the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<crate::handoff::Effect>,
}

const MAX_FRAMES: usize = 64;

/// Applies one message. Messages from the wrong kind of sender are refused with an error reply.
pub fn handle(state: &mut State, sender: &Sender, msg: serde_json::Value) -> Output {
    match sender {
        Sender::Content { tab, frame, url } => match serde_json::from_value::<FromContent>(msg) {
            Ok(m) => on_content(state, *tab, *frame, url, m),
            Err(e) => refuse(&format!("bad content message: {e}")),
        },
        Sender::Extension { .. } => match serde_json::from_value::<FromOverlay>(msg) {
            Ok(m) => on_overlay(state, m),
            Err(e) => refuse(&format!("bad overlay message: {e}")),
        },
    }
}

fn refuse(reason: &str) -> Output {
    Output {
        reply: Some(serde_json::json!({ "type": "error", "reason": reason })),
        ..Output::default()
    }
}

fn on_content(state: &mut State, tab: i64, frame: i64, url: &str, msg: FromContent) -> Output {
    match msg {
        FromContent::Hello {
            top,
            lang,
            browser_lang,
            ..
        } => {
            // The browser's sender URL is trusted, the message's `href` is not.
            let kind = FrameKind::of(url, top);
            state.frames.retain(|f| !(f.tab == tab && f.frame == frame));
            state.frames.push(FrameRecord { tab, frame, kind });
            if state.frames.len() > MAX_FRAMES {
                let excess = state.frames.len() - MAX_FRAMES;
                state.frames.drain(..excess);
            }
            let mut changed = false;
            if kind == FrameKind::PortalTop {
                if let Some((t, l)) = regpilot_param(url) {
                    changed = state.target != Some(t) || state.lang != Some(l);
                    state.target = Some(t);
                    state.lang = Some(l);
                } else if state.lang.is_none() {
                    // Default: the portal's language, else the browser's (issue 6 §5).
                    let guess = [lang, browser_lang]
                        .iter()
                        .flatten()
                        .find_map(|tag| Lang::from_tag(tag));
                    if let Some(l) = guess {
                        state.lang = Some(l);
                        changed = true;
                    }
                }
            }
            let overlay = (kind == FrameKind::PortalTop).then(|| overlay_attrs(state));
            let reply = ToContent::Welcome {
                frame: kind,
                overlay,
            };
            let mut out = Output {
                reply: Some(serde_json::to_value(reply).expect("serializable")),
                ..Output::default()
            };
            if changed {
                broadcast(state, &mut out);
            }
            out
        }
    }
}

fn on_overlay(state: &mut State, msg: FromOverlay) -> Output {
    let reply = match msg {
        FromOverlay::Status => ToOverlay::Status(Status {
            version: crate::VERSION.to_owned(),
            targets: Target::ALL.to_vec(),
            langs: Lang::ALL.to_vec(),
            frames: state.frames.len(),
        }),
        FromOverlay::GetState => ToOverlay::State(overlay_state(state)),
        FromOverlay::Choose { target, lang } => {
            if target.is_some() && target != state.target {
                state.target = target;
                state.step = 0;
                state.done.clear();
                state.skipped.clear();
            }
            if lang.is_some() {
                state.lang = lang;
            }
            return changed(state);
        }
        FromOverlay::Step { action } => {
            step(state, action);
            return changed(state);
        }
        FromOverlay::Layout { collapsed, dock } => {
            state.collapsed = collapsed.unwrap_or(state.collapsed);
            state.dock = dock.unwrap_or(state.dock);
            return changed(state);
        }
        m @ (FromOverlay::SetSecret { .. }
        | FromOverlay::CredentialCheck { .. }
        | FromOverlay::GetHandoff
        | FromOverlay::Export { .. }
        | FromOverlay::Autofill { .. }
        | FromOverlay::CopySecret) => return crate::handoff::handle(state, m),
    };
    Output {
        reply: Some(serde_json::to_value(reply).expect("serializable")),
        ..Output::default()
    }
}

thread_local! {
    static GUIDES: std::cell::RefCell<Vec<(Target, Rc<guide::Guide>)>> = const { std::cell::RefCell::new(Vec::new()) };
    static LOCALIZERS: std::cell::RefCell<Vec<(Lang, Rc<Localizer>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The guide of `target`, parsed once per worker lifetime (the files are embedded and immutable).
fn cached_guide(target: Target) -> Option<Rc<guide::Guide>> {
    GUIDES.with(|g| {
        if let Some((_, guide)) = g.borrow().iter().find(|(t, _)| *t == target) {
            return Some(guide.clone());
        }
        let guide = Rc::new(guide::load(target).ok()?);
        g.borrow_mut().push((target, guide.clone()));
        Some(guide)
    })
}

/// The localizer of `lang`, built once per worker lifetime.
pub(crate) fn cached_localizer(lang: Lang) -> Rc<Localizer> {
    LOCALIZERS.with(|l| {
        if let Some((_, loc)) = l.borrow().iter().find(|(x, _)| *x == lang) {
            return loc.clone();
        }
        let loc = Rc::new(Localizer::new(lang));
        l.borrow_mut().push((lang, loc.clone()));
        loc
    })
}

/// Applies a step action of the admin's to the chosen guide.
fn step(state: &mut State, action: StepAction) {
    let Some(guide) = state.target.and_then(|t| cached_guide(t)) else {
        return;
    };
    let total = guide.steps.len();
    let current = guide.steps.get(state.step).map(|s| s.id.clone());
    match action {
        StepAction::Done | StepAction::Skip => {
            if let Some(id) = current {
                let list = if action == StepAction::Done { &mut state.done } else { &mut state.skipped };
                if !list.contains(&id) {
                    list.push(id.clone());
                }
                let other = if action == StepAction::Done { &mut state.skipped } else { &mut state.done };
                other.retain(|s| *s != id);
                state.step = (state.step + 1).min(total);
            }
        }
        StepAction::Back => state.step = state.step.saturating_sub(1),
        StepAction::Goto { index } => state.step = index.min(total),
        StepAction::Restart => {
            state.step = 0;
            state.done.clear();
            state.skipped.clear();
        }
    }
}

/// The state changed at the overlay's request: reply with the new state and tell everyone.
fn changed(state: &State) -> Output {
    let mut out = Output {
        reply: Some(serde_json::to_value(ToOverlay::State(overlay_state(state))).expect("serializable")),
        ..Output::default()
    };
    broadcast(state, &mut out);
    out
}

/// Tells every overlay and every portal top frame about a changed overlay state.
fn broadcast(state: &State, out: &mut Output) {
    let attrs = overlay_attrs(state);
    for f in state.frames.iter().filter(|f| f.kind == FrameKind::PortalTop) {
        out.to_frames.push((f.tab, f.frame, ToContent::Overlay { overlay: attrs.clone() }));
    }
    out.to_overlays.push(ToOverlay::State(overlay_state(state)));
}

/// What the overlay shows and the top frame mirrors on the overlay iframe's attributes.
pub fn overlay_state(state: &State) -> OverlayState {
    let lang = state.lang.unwrap_or(Lang::En);
    let l10n = cached_localizer(lang);
    let mut ui = l10n.texts(OVERLAY_TEXTS);
    ui.insert(
        "overlay-connected".into(),
        l10n.format("overlay-connected", &[("version", crate::VERSION.into())]),
    );
    let progress = state.target.and_then(|t| cached_guide(t)).map(|g| {
        let marks = g
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| StepMark {
                id: s.id.clone(),
                title: l10n.format(&s.title_id(), &[]),
                mark: if state.done.contains(&s.id) {
                    Mark::Done
                } else if state.skipped.contains(&s.id) {
                    Mark::Skipped
                } else if i == state.step {
                    Mark::Current
                } else {
                    Mark::Todo
                },
            })
            .collect();
        Progress {
            title: g.view(&l10n, &state.values).title,
            steps: marks,
            current: g.step_view(state.step, &l10n, &state.values),
        }
    });
    OverlayState { attrs: overlay_attrs(state), progress, ui }
}

/// What the top frame mirrors on the overlay iframe (contract: `data-*` of `#regpilot-overlay`).
pub fn overlay_attrs(state: &State) -> OverlayAttrs {
    let steps = state.target.and_then(|t| cached_guide(t)).map(|g| g.step_ids().iter().map(|s| s.to_string()).collect::<Vec<_>>());
    let (step, status) = match &steps {
        None => (String::new(), String::new()),
        Some(ids) => match ids.get(state.step) {
            Some(id) => (id.clone(), "active".to_owned()),
            None => (ids.last().cloned().unwrap_or_default(), "finished".to_owned()),
        },
    };
    OverlayAttrs {
        target: state.target,
        lang: state.lang.unwrap_or(Lang::En),
        collapsed: state.collapsed,
        dock: state.dock,
        step,
        status,
        findings: 0,
    }
}

/// Message id prefixes of the texts the overlay renders.
const OVERLAY_TEXTS: &[&str] = &["overlay-", "app-", "lang-name-", "target-name-"];

/// Reads `regpilot=<target>:<lang>` from a portal URL's query (contract: "choosing a guide
/// without clicking"). Anything malformed is ignored.
pub fn regpilot_param(url: &str) -> Option<(Target, Lang)> {
    let before_hash = url.split('#').next()?;
    let query = before_hash.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        if k != "regpilot" {
            return None;
        }
        let v = v.replace("%3A", ":").replace("%3a", ":");
        let (t, l) = v.split_once(':')?;
        Some((Target::parse(t)?, Lang::parse(l)?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn content(tab: i64, frame: i64, url: &str) -> Sender {
        Sender::Content {
            tab,
            frame,
            url: url.into(),
        }
    }

    #[test]
    fn regpilot_param_chooses_guide() {
        let u = "https://portal.azure.com/?regpilot=yetiforce:pl#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade";
        assert_eq!(regpilot_param(u), Some((Target::Yetiforce, Lang::Pl)));
        assert_eq!(
            regpilot_param("https://portal.azure.com/?x=1&regpilot=statlook%3Acs"),
            Some((Target::Statlook, Lang::Cs))
        );
        assert_eq!(
            regpilot_param("https://portal.azure.com/?regpilot=nope:pl"),
            None
        );
        assert_eq!(
            regpilot_param("https://portal.azure.com/#x?regpilot=statlook:cs"),
            None
        );
    }

    #[test]
    fn hello_from_top_frame_picks_guide_from_trusted_url_only() {
        let mut s = State::default();
        let top = "https://portal.azure.com/?regpilot=comarch:cs#home";
        let out = handle(
            &mut s,
            &content(1, 0, top),
            json!({"type":"hello","href":"https://portal.azure.com/?regpilot=statlook:pl","top":true}),
        );
        assert_eq!(s.target, Some(Target::Comarch));
        assert_eq!(s.lang, Some(Lang::Cs));
        assert_eq!(out.reply.unwrap()["frame"], "portal-top");
        assert_eq!(out.to_overlays.len(), 1);
    }

    #[test]
    fn language_defaults_to_the_portals_then_the_browsers() {
        let mut s = State::default();
        let top = "https://portal.azure.com/#home";
        handle(&mut s, &content(1, 0, top), json!({"type":"hello","href":top,"top":true,"lang":"de-DE","browser_lang":"cs-CZ"}));
        assert_eq!(s.lang, Some(Lang::Cs));
        handle(&mut s, &content(1, 0, top), json!({"type":"hello","href":top,"top":true,"lang":"pl","browser_lang":"en"}));
        assert_eq!(s.lang, Some(Lang::Cs), "a language once chosen stays");
        let mut s = State::default();
        handle(&mut s, &content(1, 0, top), json!({"type":"hello","href":top,"top":true,"lang":"pl-PL"}));
        assert_eq!(s.lang, Some(Lang::Pl));
    }

    #[test]
    fn choosing_in_the_overlay_updates_frames_and_overlays() {
        let mut s = State::default();
        let top = "https://portal.azure.com/#home";
        handle(&mut s, &content(7, 0, top), json!({"type":"hello","href":top,"top":true}));
        let ext = Sender::Extension { url: "chrome-extension://x/overlay.html".into() };
        let out = handle(&mut s, &ext, json!({"type":"choose","target":"aktionnext","lang":"cs"}));
        assert_eq!((s.target, s.lang), (Some(Target::Aktionnext), Some(Lang::Cs)));
        assert_eq!(out.reply.as_ref().unwrap()["attrs"]["target"], "aktionnext");
        assert_eq!(out.reply.as_ref().unwrap()["ui"]["overlay-title"], "Průvodce regpilot");
        assert_eq!(out.to_frames.len(), 1);
        assert_eq!(out.to_frames[0].0, 7);
        let out = handle(&mut s, &ext, json!({"type":"layout","collapsed":true,"dock":"left"}));
        assert!(s.collapsed);
        assert_eq!(s.dock, Dock::Left);
        assert!(matches!(&out.to_frames[0].2, ToContent::Overlay { overlay } if overlay.collapsed));
    }

    #[test]
    fn step_actions_move_through_the_guide_and_mark_steps() {
        let mut s = State::default();
        let ext = Sender::Extension { url: "chrome-extension://x/overlay.html".into() };
        handle(&mut s, &ext, json!({"type":"choose","target":"yetiforce","lang":"pl"}));
        let ids: Vec<String> = guide::load(Target::Yetiforce).unwrap().step_ids().iter().map(|s| s.to_string()).collect();
        assert_eq!(overlay_attrs(&s).step, ids[0]);
        assert_eq!(overlay_attrs(&s).status, "active");
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"done"}}));
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"skip"}}));
        let out = handle(&mut s, &ext, json!({"type":"get-state"}));
        let reply = out.reply.unwrap();
        let marks: Vec<&str> = reply["progress"]["steps"].as_array().unwrap().iter().map(|m| m["mark"].as_str().unwrap()).collect();
        assert_eq!(&marks[..3], ["done", "skipped", "current"]);
        assert_eq!(reply["progress"]["current"]["id"], ids[2].as_str());
        assert_eq!(reply["attrs"]["step"], ids[2].as_str());
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"goto","index":999}}));
        assert_eq!(overlay_attrs(&s).status, "finished");
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"restart"}}));
        assert_eq!((s.step, s.done.len(), s.skipped.len()), (0, 0, 0));
        // Another target starts its own guide from the beginning.
        handle(&mut s, &ext, json!({"type":"step","action":{"do":"done"}}));
        handle(&mut s, &ext, json!({"type":"choose","target":"statlook"}));
        assert_eq!((s.step, s.done.len()), (0, 0));
    }

    #[test]
    fn frames_are_registered_once_and_bounded() {
        let mut s = State::default();
        for i in 0..100 {
            handle(
                &mut s,
                &content(1, i % 70, "https://x.reactblade.portal.azure.net/"),
                json!({"type":"hello","href":"","top":false}),
            );
        }
        assert_eq!(s.frames.len(), MAX_FRAMES);
        assert!(s.frames.iter().all(|f| f.kind == FrameKind::Reactblade));
    }

    #[test]
    fn overlay_messages_from_a_content_script_are_refused() {
        let mut s = State::default();
        let out = handle(
            &mut s,
            &content(1, 0, "https://portal.azure.com/"),
            json!({"type":"status"}),
        );
        assert_eq!(out.reply.unwrap()["type"], "error");
        let out = handle(
            &mut s,
            &Sender::Extension {
                url: "chrome-extension://x/overlay.html".into(),
            },
            json!({"type":"status"}),
        );
        let reply = out.reply.unwrap();
        assert_eq!(reply["type"], "status");
        assert_eq!(reply["targets"].as_array().unwrap().len(), 4);
    }
}
