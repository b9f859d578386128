//! The overlay mounted in a real browser (wasm-bindgen-test in headless Chromium) with a fake
//! bridge standing in for the background worker.
#![cfg(target_arch = "wasm32")]

use js_sys::{Object, Promise, Reflect};
use regpilot_core::engine::{overlay_state, State};
use regpilot_core::protocol::ToOverlay;
use regpilot_core::{Lang, Target};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js<T: Serialize>(v: &T) -> JsValue {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap()
}

/// A bridge whose `send` answers GetState with `state` and Status with a version.
fn fake_bridge(state: JsValue) -> JsValue {
    let bridge = Object::new();
    let send = Closure::<dyn Fn(JsValue) -> Promise>::new(move |msg: JsValue| {
        let ty = Reflect::get(&msg, &"type".into()).unwrap().as_string().unwrap();
        let answer = if ty == "get-state" {
            state.clone()
        } else {
            js(&serde_json::json!({"type":"status","version":"9.8.7","targets":[],"langs":[],"frames":0}))
        };
        Promise::resolve(&answer)
    });
    let subscribe = Closure::<dyn Fn(JsValue)>::new(|_cb: JsValue| {});
    Reflect::set(&bridge, &"send".into(), send.as_ref()).unwrap();
    Reflect::set(&bridge, &"subscribe".into(), subscribe.as_ref()).unwrap();
    send.forget();
    subscribe.forget();
    bridge.into()
}

async fn settle() {
    for _ in 0..20 {
        let p = Promise::new(&mut |r, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&r, 10).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
}

#[wasm_bindgen_test]
async fn renders_the_workers_czech_texts() {
    let doc = web_sys::window().unwrap().document().unwrap();
    let host = doc.create_element("div").unwrap();
    host.set_id("app");
    doc.body().unwrap().append_child(&host).unwrap();
    let state = State { target: Some(Target::Statlook), lang: Some(Lang::Cs), ..State::default() };
    regpilot_overlay::start(fake_bridge(js(&ToOverlay::State(overlay_state(&state)))));
    settle().await;
    let main = host.query_selector("main").unwrap().expect("overlay rendered <main>");
    assert_eq!(main.get_attribute("lang").as_deref(), Some("cs"));
    let h1 = host.query_selector("h1").unwrap().unwrap().text_content().unwrap();
    assert_eq!(h1, "Průvodce regpilot");
    let status = host.query_selector("[role=status]").unwrap().unwrap().text_content().unwrap();
    assert!(status.starts_with("Připojeno"), "{status}");
    host.remove();
}
