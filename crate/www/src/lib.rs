//! The preview site (`www/`): pick a target and a language and read the guide as the overlay
//! shows it. Not size-budgeted, so it links Fluent directly.

use regpilot_core::{Lang, Localizer, Target};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[function_component(Preview)]
fn preview() -> Html {
    let lang = use_state(|| Lang::En);
    let l10n = Localizer::new(*lang);
    let pick = |l: Lang| {
        let lang = lang.clone();
        Callback::from(move |_| lang.set(l))
    };
    html! {
        <main lang={lang.code()}>
            <h1>{ l10n.msg("app-tagline") }</h1>
            <nav aria-label="lang">
                { for Lang::ALL.iter().map(|l| html! {
                    <button aria-pressed={(*l == *lang).to_string()} onclick={pick(*l)}>{ l10n.msg(&format!("lang-name-{}", l.code())) }</button>
                }) }
            </nav>
            <ul>{ for Target::ALL.iter().map(|t| html! { <li data-target={t.id()}>{ t.id() }</li> }) }</ul>
        </main>
    }
}

#[wasm_bindgen(start)]
pub fn start() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app"));
    if let Some(root) = root {
        yew::Renderer::<Preview>::with_root(root).render();
    }
}
