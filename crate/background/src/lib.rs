//! The background service worker's wasm: turns JS values into core types, runs the engine,
//! and hands the new state and the routing back to `extension/bg.js`.
//!
//! The worker can be stopped at any time, so nothing lives here between calls: `bg.js` loads the
//! state from `chrome.storage` before each message and saves what this returns.

use regpilot_core::engine::{self, Sender, State};
use serde::Serialize;
use wasm_bindgen::prelude::*;

pub mod token;

/// Handles one message. `state` is the stored state (or `undefined`), `sender` a
/// [`Sender`] built by `bg.js` from the browser's `MessageSender`, `msg` the message.
/// Returns `{ state, output }`.
#[wasm_bindgen]
pub fn handle(state: JsValue, sender: JsValue, msg: JsValue) -> Result<JsValue, JsValue> {
    let mut state: State = if state.is_undefined() || state.is_null() {
        State::default()
    } else {
        // A state from an older version that no longer parses starts afresh rather than wedging.
        serde_wasm_bindgen::from_value(state).unwrap_or_default()
    };
    let sender: Sender = serde_wasm_bindgen::from_value(sender).map_err(to_js)?;
    let msg: serde_json::Value = serde_wasm_bindgen::from_value(msg).map_err(to_js)?;
    let output = engine::handle(&mut state, &sender, msg);
    to_value(&serde_json::json!({ "state": state, "output": output }))
}

/// The current overlay state for a newly connected overlay.
#[wasm_bindgen(js_name = overlayState)]
pub fn overlay_state(state: JsValue) -> Result<JsValue, JsValue> {
    let state: State = serde_wasm_bindgen::from_value(state).unwrap_or_default();
    to_value(&regpilot_core::protocol::ToOverlay::State(engine::overlay_state(&state)))
}

/// Reports the result of an output's `effect` (done by `bg.js`): the state changes and the reply
/// to the message that asked for it. Returns `{ state, output }` like [`handle`].
#[wasm_bindgen]
pub fn settle(state: JsValue, effect: JsValue, result: JsValue) -> Result<JsValue, JsValue> {
    use regpilot_core::handoff::{self, Effect, EffectResult};
    let mut state: State = serde_wasm_bindgen::from_value(state).unwrap_or_default();
    let effect: Effect = serde_wasm_bindgen::from_value(effect).map_err(to_js)?;
    let result: EffectResult = serde_wasm_bindgen::from_value(result).map_err(to_js)?;
    let output = handoff::settle(&mut state, &effect, result);
    to_value(&serde_json::json!({ "state": state, "output": output }))
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
