//! The root component.

use regpilot_core::protocol::{FromOverlay, OverlayState, ToOverlay};
use regpilot_core::{Lang, Localizer};
use std::rc::Rc;
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
    let lang = state.as_ref().map(|s| s.lang).unwrap_or(Lang::En);
    let l10n = use_memo(lang, |lang| Rc::new(Localizer::new(*lang)));
    html! {
        <main lang={lang.code()} aria-labelledby="regpilot-title">
            <h1 id="regpilot-title">{ l10n.msg("overlay-title") }</h1>
            <p class="tagline">{ l10n.msg("app-tagline") }</p>
            if let Some(v) = &*version {
                <p class="status" role="status">{ l10n.format("overlay-connected", &[("version", v.as_str().into())]) }</p>
            }
        </main>
    }
}
