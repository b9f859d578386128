//! The overlay's only way out: the `bridge` object built by `overlay.js` over `chrome.runtime`.

use js_sys::{Function, Promise, Reflect};
use regpilot_core::protocol::{FromOverlay, ToOverlay};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, PartialEq)]
pub struct Bridge(JsValue);

impl Bridge {
    pub fn new(js: JsValue) -> Bridge {
        Bridge(js)
    }

    fn function(&self, name: &str) -> Function {
        Reflect::get(&self.0, &JsValue::from_str(name))
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .unwrap_or_else(|| panic!("bridge lacks {name}()"))
    }

    /// Sends a message to the background worker and decodes its answer.
    pub async fn send(&self, msg: &FromOverlay) -> Result<ToOverlay, String> {
        let js = msg
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| e.to_string())?;
        let promise: Promise = self
            .function("send")
            .call1(&self.0, &js)
            .map_err(|e| format!("{e:?}"))?
            .dyn_into()
            .map_err(|e| format!("{e:?}"))?;
        let answer = JsFuture::from(promise).await.map_err(|e| format!("{e:?}"))?;
        serde_wasm_bindgen::from_value(answer).map_err(|e| e.to_string())
    }

    /// Calls `f` with every message the worker pushes to overlays.
    pub fn subscribe(&self, f: impl Fn(ToOverlay) + 'static) {
        let cb = Closure::<dyn Fn(JsValue)>::new(move |v: JsValue| {
            if let Ok(m) = serde_wasm_bindgen::from_value::<ToOverlay>(v) {
                f(m);
            }
        });
        let _ = self.function("subscribe").call1(&self.0, cb.as_ref());
        // The subscription lives as long as the page.
        cb.forget();
    }
}
