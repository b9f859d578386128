//! The root component.

use regpilot_core::protocol::{FromOverlay, OverlayState, ToOverlay};
use yew::prelude::*;

use crate::bridge::Bridge;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub bridge: Bridge,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_state(|| None::<OverlayState>);
    let version = use_state(|| None::<String>);
    {
        let (state, version, bridge) = (state.clone(), version.clone(), props.bridge.clone());
        use_effect_with((), move |_| {
            let pushed = state.clone();
            bridge.subscribe(move |m| {
                if let ToOverlay::State(s) = m {
                    pushed.set(Some(s));
                }
            });
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(ToOverlay::State(s)) = bridge.send(&FromOverlay::GetState).await {
                    state.set(Some(s));
                }
                if let Ok(ToOverlay::Status(s)) = bridge.send(&FromOverlay::Status).await {
                    version.set(Some(s.version));
                }
            });
        });
    }
    // Until the worker answers there is no text to show (all text comes from locales/ via it).
    let Some(s) = &*state else {
        return html! { <main aria-busy="true"></main> };
    };
    let t = |id: &str| s.ui.get(id).cloned().unwrap_or_else(|| id.to_owned());
    html! {
        <main lang={s.attrs.lang.code()} aria-labelledby="regpilot-title">
            <h1 id="regpilot-title">{ t("overlay-title") }</h1>
            <p class="tagline">{ t("app-tagline") }</p>
            if version.is_some() {
                <p class="status" role="status">{ t("overlay-connected") }</p>
            }
        </main>
    }
}
