//! The overlay: a Yew app rendered in `overlay.html` (an extension page, so wasm may run under
//! our own CSP), which the top frame's content script frames into the portal.
//!
//! It talks only to the background worker, through the `bridge` object `overlay.js` passes in
//! (`send(msg) -> Promise`, `subscribe(callback)`), and renders what the worker says.

mod app;
pub mod blocks;
mod bridge;
mod export_panel;

use wasm_bindgen::prelude::*;

/// Mounts the overlay app into `#app`.
#[wasm_bindgen]
pub fn start(bridge: JsValue) {
    let host = gloo_document().get_element_by_id("app").expect("overlay.html has #app");
    yew::Renderer::<app::App>::with_root_and_props(host, app::AppProps { bridge: bridge::Bridge::new(bridge) })
        .render();
}

fn gloo_document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}
