//! Everything that reads or writes the browser's state outside the component tree: the URL,
//! the document's language and title, the browser's language.

use regpilot_core::Lang;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// An event listener that is removed when dropped (effects return it as their cleanup).
pub struct Listener {
    target: web_sys::EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    pub fn new(
        target: &web_sys::EventTarget,
        kind: &'static str,
        mut f: impl FnMut(&web_sys::Event) + 'static,
    ) -> Listener {
        let closure = Closure::wrap(Box::new(move |e: web_sys::Event| f(&e)) as Box<dyn FnMut(_)>);
        let _ = target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        Listener {
            target: target.clone(),
            kind,
            closure,
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.closure.as_ref().unchecked_ref());
    }
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The URL fragment, with its `#` (empty when none).
pub fn current_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Moves to a fragment (a history entry, so Back returns to the previous step).
pub fn set_hash(hash: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(hash);
    }
}

/// The browser's preferred language if we speak it, else English.
pub fn browser_lang() -> Lang {
    window()
        .and_then(|w| w.navigator().language())
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En)
}

/// Where the portal sandbox is served: `?sandbox=<origin>` or `https://portal.azure.com`, which
/// the browser started by `cargo xtask run` (and the e2e tests) sends to the portal replica.
pub fn sandbox_origin() -> String {
    const DEFAULT: &str = "https://portal.azure.com";
    let search = window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let given = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|p| p.get("sandbox"));
    match given {
        Some(o) if o.starts_with("https://") || o.starts_with("http://") => {
            o.trim_end_matches('/').to_owned()
        }
        _ => DEFAULT.to_owned(),
    }
}

/// Keeps `<html lang>` and the document's title in step with the chosen language.
pub fn set_document(lang: Lang, title: &str) {
    if let Some(doc) = window().and_then(|w| w.document()) {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        doc.set_title(title);
    }
}

/// Scrolls `container` (only it, never the page) so that its descendant `item` is in view.
/// Instant: no motion.
pub fn reveal_within(container: &str, item: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let find = |sel: &str| {
        doc.query_selector(sel)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let (Some(box_), Some(el)) = (find(container), find(item)) else {
        return;
    };
    let top = el.get_bounding_client_rect().top() - box_.get_bounding_client_rect().top()
        + f64::from(box_.scroll_top());
    let bottom = top + f64::from(el.offset_height());
    let (view_top, view_height) = (
        f64::from(box_.scroll_top()),
        f64::from(box_.client_height()),
    );
    if top < view_top {
        box_.set_scroll_top(top as i32);
    } else if bottom > view_top + view_height {
        box_.set_scroll_top((bottom - view_height) as i32);
    }
}

/// Moves keyboard focus to the element with `id` (skip link).
pub fn focus(id: &str) {
    let el = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Whether a key event comes from a control that uses arrow keys itself.
pub fn in_text_control(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
                || el.has_attribute("contenteditable")
        })
}
