//! The documentation team's preview site (`www/`): every guide in every language, read step by
//! step as the overlay shows it, beside the portal sandbox and a sketch of the step's page with
//! the highlighted element; and a translation report per language. Built from the same core as
//! the extension; not size-budgeted, so it links Fluent and the guide files directly.
//!
//! - `route` — the state in the URL fragment (`#<target>/<lang>/<step>`), pure.
//! - `sketch` — the step's page drawn from the portal description, pure.
//! - `dom` — the only module that touches the browser outside components.
//! - `app`, `guide_page`, `sandbox`, `completeness` — components; `text` — words and markup.

mod app;
mod completeness;
mod dom;
mod guide_page;
pub mod route;
mod sandbox;
pub mod sketch;
mod text;

use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    if let Some(root) = root {
        yew::Renderer::<app::App>::with_root(root).render();
    }
}
