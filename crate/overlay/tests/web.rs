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

/// The hand-over section read by hand (`blocks.rs`) equals what the worker's serializer wrote:
/// every block kind, and the real sections of every target.
#[wasm_bindgen_test]
fn sections_decode_as_the_worker_encodes_them() {
    use regpilot_core::export::Format;
    use regpilot_core::guide::Field;
    use regpilot_core::handoff::{self, Act, Block, Copy, Download, InputKind, Section};
    use regpilot_core::Localizer;
    let every = Section {
        blocks: vec![
            Block::Part("p".into(), "Part".into(), vec![
                Block::Panel("x".into(), "Panel".into(), "Place › Here".into(), vec![
                    Block::Value("k1".into(), "L".into(), "v".into(), "h".into(), Copy::Text("v".into())),
                    Block::Value("k2".into(), "L".into(), "hidden".into(), "h".into(), Copy::Secret),
                    Block::Value("k3".into(), "L".into(), "—".into(), "h".into(), Copy::Nothing),
                ]),
                Block::Status("ok token".into(), vec![
                    Block::Heading("H".into()),
                    Block::Text("note".into(), "T „ř”".into()),
                    Block::List("l".into(), vec![Block::Item("c".into(), "lab".into(), "text".into(), "data".into())]),
                    Block::Group("g".into(), vec![Block::Link("Microsoft".into(), "https://login.microsoftonline.com/error?code=1".into())]),
                ]),
                Block::Input("a".into(), "A".into(), "1".into(), InputKind::Text),
                Block::Input("b".into(), "B".into(), String::new(), InputKind::Password),
                Block::Input("c".into(), "C".into(), String::new(), InputKind::Url),
                Block::Input("d".into(), "D".into(), String::new(), InputKind::Checkbox),
                Block::Button("1".into(), Act::Check),
                Block::Button("2".into(), Act::Forget),
                Block::Button("3".into(), Act::Fill),
                Block::Button("4".into(), Act::Export(Format::Manifest)),
            ]),
        ],
        download: Some(Download { name: "f.json".into(), media_type: "application/json".into(), content: "{}".into() }),
        notice: Some(("k2".into(), "Copied".into())),
    };
    assert_eq!(regpilot_overlay::blocks::section(&js(&ToOverlay::Handoff(every.clone()))), Some(every));
    assert_eq!(regpilot_overlay::blocks::section(&js(&serde_json::json!({"type":"error","reason":"no target chosen"}))), None);
    for target in Target::ALL {
        let mut state = State { target: Some(target), lang: Some(Lang::Pl), secret: Some("x".into()), ..State::default() };
        state.values.insert(Field::ClientId, "a28e34be-b03a-4d57-a136-cb24746c7870".into());
        let real = handoff::section(&state, target, &Localizer::new(Lang::Pl));
        assert_eq!(regpilot_overlay::blocks::section(&js(&ToOverlay::Handoff(real.clone()))), Some(real), "{target:?}");
    }
}
