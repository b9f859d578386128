//! Reads the worker's hand-over [`Section`] from the JS value it arrives as, by hand.
//!
//! The section is serde data (`regpilot_core::handoff::blocks`, externally tagged tuple
//! variants); serde's own decoder for it cost the overlay ~6 KB gzip, this one a fraction. The
//! wasm test in `tests/web.rs` decodes what the worker's serializer makes of every block kind and
//! compares, so the two cannot drift apart unnoticed.

use js_sys::{Array, Object, Reflect};
use regpilot_core::export::Format;
use regpilot_core::handoff::{Act, Block, Copy, Download, InputKind, Section};
use wasm_bindgen::{JsCast, JsValue};

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn string(v: JsValue) -> String {
    v.as_string().unwrap_or_default()
}

fn array(v: JsValue) -> Array {
    v.dyn_into().unwrap_or_else(|_| Array::new())
}

/// An externally tagged enum value: its variant and payload (none for a unit variant).
fn tagged(v: &JsValue) -> Option<(String, JsValue)> {
    if let Some(s) = v.as_string() {
        return Some((s, JsValue::UNDEFINED));
    }
    let key = Object::keys(v.dyn_ref::<Object>()?).get(0).as_string()?;
    let payload = get(v, &key);
    Some((key, payload))
}

fn blocks(v: JsValue) -> Vec<Block> {
    array(v).iter().filter_map(|b| block(&b)).collect()
}

fn block(v: &JsValue) -> Option<Block> {
    let (tag, p) = tagged(v)?;
    let a = array(p.clone());
    let s = |i: u32| string(a.get(i));
    Some(match tag.as_str() {
        "part" => Block::Part(s(0), s(1), blocks(a.get(2))),
        "panel" => Block::Panel(s(0), s(1), s(2), blocks(a.get(3))),
        "value" => Block::Value(s(0), s(1), s(2), s(3), copy(&a.get(4))?),
        "status" => Block::Status(s(0), blocks(a.get(1))),
        "group" => Block::Group(s(0), blocks(a.get(1))),
        "heading" => Block::Heading(string(p)),
        "text" => Block::Text(s(0), s(1)),
        "list" => Block::List(s(0), blocks(a.get(1))),
        "item" => Block::Item(s(0), s(1), s(2), s(3)),
        "input" => Block::Input(
            s(0),
            s(1),
            s(2),
            match s(3).as_str() {
                "password" => InputKind::Password,
                "url" => InputKind::Url,
                "checkbox" => InputKind::Checkbox,
                _ => InputKind::Text,
            },
        ),
        "button" => Block::Button(s(0), act(&a.get(1))?),
        "link" => Block::Link(s(0), s(1)),
        _ => return None,
    })
}

fn copy(v: &JsValue) -> Option<Copy> {
    let (tag, p) = tagged(v)?;
    Some(match tag.as_str() {
        "text" => Copy::Text(string(p)),
        "secret" => Copy::Secret,
        _ => Copy::Nothing,
    })
}

fn act(v: &JsValue) -> Option<Act> {
    let (tag, p) = tagged(v)?;
    Some(match tag.as_str() {
        "check" => Act::Check,
        "forget" => Act::Forget,
        "fill" => Act::Fill,
        "export" => Act::Export(Format::parse(&string(p))?),
        _ => return None,
    })
}

/// The section in a worker's answer; `None` for anything else (e.g. an error answer).
pub fn section(v: &JsValue) -> Option<Section> {
    let list = get(v, "blocks");
    if !Array::is_array(&list) {
        return None;
    }
    let d = get(v, "download");
    let download = d.is_object().then(|| Download {
        name: string(get(&d, "name")),
        media_type: string(get(&d, "media_type")),
        content: string(get(&d, "content")),
    });
    let notice = get(v, "notice")
        .dyn_into::<Array>()
        .ok()
        .map(|a| (string(a.get(0)), string(a.get(1))));
    Some(Section {
        blocks: blocks(list),
        download,
        notice,
    })
}
