//! The background service worker's wasm: turns JS values into core types, runs the engine,
//! and hands the routing back to `extension/bg.js`.
//!
//! The state lives here, in wasm memory, while the worker lives; the worker can be stopped at
//! any time, so `bg.js` restores it from `chrome.storage` at start-up ([`restore`]) and persists
//! [`snapshot`]s after changes.

use std::cell::RefCell;

use regpilot_core::engine::{self, Sender, State};
use serde::Serialize;
use wasm_bindgen::prelude::*;

pub mod token;

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Restores the state saved by an earlier worker (`undefined`/`null`: a fresh start). A state
/// from an older version that no longer parses starts afresh rather than wedging the worker.
#[wasm_bindgen]
pub fn restore(saved: JsValue) {
    let state = if saved.is_undefined() || saved.is_null() {
        State::default()
    } else {
        serde_wasm_bindgen::from_value(saved).unwrap_or_default()
    };
    STATE.with(|s| *s.borrow_mut() = state);
}

/// Handles one message. `sender` is a [`Sender`] built by `bg.js` from the browser's
/// `MessageSender`. Returns the engine's output (reply, messages to frames and overlays).
#[wasm_bindgen]
pub fn handle(sender: JsValue, msg: JsValue) -> Result<JsValue, JsValue> {
    let sender: Sender = serde_wasm_bindgen::from_value(sender).map_err(to_js)?;
    let msg: serde_json::Value = serde_wasm_bindgen::from_value(msg).map_err(to_js)?;
    let output = STATE.with(|s| engine::handle(&mut s.borrow_mut(), &sender, msg));
    to_value(&output)
}

/// The state to persist.
#[wasm_bindgen]
pub fn snapshot() -> Result<JsValue, JsValue> {
    STATE.with(|s| to_value(&*s.borrow()))
}

/// The current overlay state for a newly connected overlay.
#[wasm_bindgen(js_name = overlayState)]
pub fn overlay_state() -> Result<JsValue, JsValue> {
    STATE.with(|s| to_value(&regpilot_core::protocol::ToOverlay::State(engine::overlay_state(&s.borrow()))))
}

/// Reports the result of an output's `effect` (done by `bg.js`): the state changes and the
/// output whose reply answers the message that asked for the effect.
#[wasm_bindgen]
pub fn settle(effect: JsValue, result: JsValue) -> Result<JsValue, JsValue> {
    use regpilot_core::handoff::{self, Effect, EffectResult};
    let effect: Effect = serde_wasm_bindgen::from_value(effect).map_err(to_js)?;
    let result: EffectResult = serde_wasm_bindgen::from_value(result).map_err(to_js)?;
    let output = STATE.with(|s| handoff::settle(&mut s.borrow_mut(), &effect, result));
    to_value(&output)
}

/// Performs a `token-request` effect: the client-credentials request ([`token::request_token`]).
/// `timeout_ms` overrides the effect's time limit (tests). Resolves to the effect's result.
#[wasm_bindgen(js_name = performToken)]
pub async fn perform_token(effect: JsValue, timeout_ms: Option<u32>) -> Result<JsValue, JsValue> {
    use regpilot_core::handoff::{Effect, EffectResult};
    let effect: Effect = serde_wasm_bindgen::from_value(effect).map_err(to_js)?;
    let Effect::TokenRequest { request, secret, timeout_ms: limit, .. } = effect else {
        return Err(to_js("not a token request"));
    };
    let fetch = token::Fetch { timeout_ms: timeout_ms.unwrap_or(limit) };
    let outcome = token::request_token(&request, &secret.0, &fetch).await;
    to_value(&EffectResult::Token { outcome })
}

fn to_value<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(to_js)
}

fn to_js(e: impl std::fmt::Display) -> JsValue {
    JsValue::from_str(&e.to_string())
}
