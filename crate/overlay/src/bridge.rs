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
        let answer = JsFuture::from(promise)
            .await
            .map_err(|e| format!("{e:?}"))?;
        serde_wasm_bindgen::from_value(answer).map_err(|e| e.to_string())
    }

    /// Sends a hand-over message; its answer is the hand-over section (decoded by hand, see
    /// `blocks.rs`), `None` for an error answer.
    pub async fn ask(&self, msg: &FromOverlay) -> Option<regpilot_core::handoff::Section> {
        let js = msg
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .ok()?;
        let answer = self.call("send", &[&js]).await.ok()?;
        crate::blocks::section(&answer)
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

    /// Calls a bridge function; when it returns a promise, waits for it.
    async fn call(&self, name: &str, args: &[&JsValue]) -> Result<JsValue, String> {
        let f = self.function(name);
        let out = match args {
            [] => f.call0(&self.0),
            [a] => f.call1(&self.0, a),
            [a, b] => f.call2(&self.0, a, b),
            [a, b, c, ..] => f.call3(&self.0, a, b, c),
        }
        .map_err(|e| format!("{e:?}"))?;
        match out.dyn_into::<Promise>() {
            Ok(p) => JsFuture::from(p).await.map_err(|e| format!("{e:?}")),
            Err(v) => Ok(v),
        }
    }

    /// Copies a value that is not secret to the clipboard (`navigator.clipboard`). Started at
    /// once, while the click counts as the admin's gesture.
    pub fn copy_text(&self, text: &str) -> impl std::future::Future<Output = bool> {
        let started = self
            .function("copy")
            .call1(&self.0, &JsValue::from_str(text));
        async move {
            match started.ok().and_then(|p| p.dyn_into::<Promise>().ok()) {
                Some(p) => JsFuture::from(p)
                    .await
                    .ok()
                    .and_then(|v| v.as_bool())
                    .unwrap_or(false),
                None => false,
            }
        }
    }

    /// Offers `content` as a file download.
    pub fn download(&self, name: &str, media_type: &str, content: &str) {
        let args = [
            JsValue::from_str(name),
            JsValue::from_str(media_type),
            JsValue::from_str(content),
        ];
        let _ = self
            .function("download")
            .call3(&self.0, &args[0], &args[1], &args[2]);
    }

    /// Asks the browser for access to the https origin of what the admin typed (the admin is
    /// asked; the browser's URL parser reads the address). Must start during the admin's click:
    /// the request is made before the first `await`. Resolves to `None` when the address is not
    /// an https one, `Some("")` when access was refused, else `Some(origin)`.
    pub fn request_origin(&self, typed: &str) -> impl std::future::Future<Output = Option<String>> {
        let started = self
            .function("requestOrigin")
            .call1(&self.0, &JsValue::from_str(typed));
        async move {
            let p = started.ok()?.dyn_into::<Promise>().ok()?;
            JsFuture::from(p).await.ok()?.as_string()
        }
    }
}
