//! The hand-over section: the credential check, the copy panels, YetiForce's form and the files.
//!
//! The worker builds the whole section as blocks (`regpilot_core::handoff::blocks`: texts,
//! fields, buttons, values to copy, results); this component draws them and turns the buttons
//! into messages with the fields' values. It keeps no view state of its own beyond what the
//! admin is typing, so everything it shows is decided, localized and tested in the core. Values
//! that are not secret are copied here; the secret is copied by the worker (the overlay never
//! receives it), which clears it from the clipboard after a minute.

use std::collections::BTreeMap;
use std::rc::Rc;

use regpilot_core::handoff::{Act, Block, Copy, InputKind, Section};
use regpilot_core::protocol::FromOverlay;
use regpilot_core::{Lang, Target};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::bridge::Bridge;

/// The overlay's fixed texts (the worker's `ui` map).
#[derive(Clone, PartialEq)]
pub struct Texts(pub Rc<BTreeMap<String, String>>);

impl Texts {
    pub fn get(&self, id: &str) -> String {
        self.0.get(id).cloned().unwrap_or_else(|| id.to_owned())
    }
}

#[derive(Properties, PartialEq)]
pub struct HandoffProps {
    pub bridge: Bridge,
    pub t: Texts,
    pub target: Target,
    pub lang: Lang,
    /// Changes whenever the guide moves on (new values may have been captured).
    pub step: String,
}

/// What the admin does in the section.
enum Do {
    Act(Act),
    Copy(String, Copy),
}

/// Drawing context: the row notice, and where events go.
struct Cx<'a> {
    notice: &'a Option<(String, String)>,
    busy: bool,
    t: &'a Texts,
    on_do: &'a Callback<Do>,
}

/// The field `name` of the section as the admin left it (fields are the browser's own state:
/// the worker's value is their initial value).
fn field(name: &str) -> Option<HtmlInputElement> {
    web_sys::window()?
        .document()?
        .query_selector(&format!(".handoff input[name=\"{name}\"]"))
        .ok()??
        .dyn_into()
        .ok()
}

fn typed(name: &str) -> Option<String> {
    field(name)
        .map(|f| f.value())
        .filter(|v| !v.trim().is_empty())
}

#[function_component(Handoff)]
pub fn handoff(props: &HandoffProps) -> Html {
    let section = use_state(|| None::<Rc<Section>>);
    let notice = use_state(|| None::<(String, String)>);
    let busy = use_state(|| false);
    // Shows an answer; a file in it is saved at once.
    let show = {
        let (section, notice, bridge) = (section.clone(), notice.clone(), props.bridge.clone());
        Rc::new(move |s: Section| {
            if let Some(d) = &s.download {
                bridge.download(&d.name, &d.media_type, &d.content);
            }
            notice.set(s.notice.clone());
            section.set(Some(Rc::new(Section {
                download: None,
                ..s
            })));
        })
    };
    {
        let (bridge, show) = (props.bridge.clone(), show.clone());
        use_effect_with((props.target, props.lang, props.step.clone()), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(s) = bridge.ask(&FromOverlay::GetHandoff).await {
                    show(s);
                }
            });
        });
    }
    let Some(s) = (*section).clone() else {
        return html! {};
    };
    let on_do = {
        let (bridge, t, notice, busy) = (
            props.bridge.clone(),
            props.t.clone(),
            notice.clone(),
            busy.clone(),
        );
        Callback::from(move |d: Do| {
            let (bridge, show, notice, busy, t) = (
                bridge.clone(),
                show.clone(),
                notice.clone(),
                busy.clone(),
                t.clone(),
            );
            let ask = {
                let (bridge, show) = (bridge.clone(), show.clone());
                move |msg: FromOverlay| {
                    let (bridge, show) = (bridge.clone(), show.clone());
                    async move {
                        if let Some(s) = bridge.ask(&msg).await {
                            show(s);
                        }
                    }
                }
            };
            match d {
                Do::Copy(key, Copy::Text(v)) => {
                    let copied = bridge.copy_text(&v);
                    wasm_bindgen_futures::spawn_local(async move {
                        let ok = copied.await;
                        notice.set(Some((
                            key,
                            t.get(if ok {
                                "overlay-handoff-copied"
                            } else {
                                "overlay-handoff-copy-failed"
                            }),
                        )));
                    })
                }
                Do::Copy(_, Copy::Secret) => {
                    wasm_bindgen_futures::spawn_local(ask(FromOverlay::CopySecret))
                }
                Do::Copy(_, Copy::Nothing) => {}
                Do::Act(Act::Check) => {
                    let secret = typed("secret");
                    // The secret goes to the worker once; the field forgets it.
                    if let Some(f) = field("secret") {
                        f.set_value("");
                    }
                    let check = FromOverlay::CredentialCheck {
                        tenant: typed("tenant"),
                        client: typed("client"),
                    };
                    busy.set(true);
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Some(value) = secret {
                            let _ = bridge.ask(&FromOverlay::SetSecret { value }).await;
                        }
                        ask(check).await;
                        busy.set(false);
                    });
                }
                Do::Act(Act::Forget) => {
                    wasm_bindgen_futures::spawn_local(ask(FromOverlay::SetSecret {
                        value: String::new(),
                    }))
                }
                Do::Act(Act::Fill) => {
                    // Asked now, while the click counts as the admin's gesture.
                    let granted = bridge.request_origin(&typed("origin").unwrap_or_default());
                    wasm_bindgen_futures::spawn_local(async move {
                        match granted.await {
                            None => notice.set(Some((
                                "origin".into(),
                                t.get("overlay-autofill-bad-address"),
                            ))),
                            Some(o) if o.is_empty() => notice
                                .set(Some(("origin".into(), t.get("overlay-autofill-denied")))),
                            Some(origin) => ask(FromOverlay::Autofill { origin }).await,
                        }
                    });
                }
                Do::Act(Act::Export(format)) => {
                    let include_secret = field("include-secret").is_some_and(|f| f.checked());
                    let created_at = String::from(js_sys::Date::new_0().to_iso_string());
                    wasm_bindgen_futures::spawn_local(ask(FromOverlay::Export {
                        format,
                        include_secret,
                        created_at,
                    }));
                }
            }
        })
    };
    let cx = Cx {
        notice: &notice,
        busy: *busy,
        t: &props.t,
        on_do: &on_do,
    };
    html! {
        <div class="handoff" data-target={props.target.id()}>
            { for s.blocks.iter().map(|b| draw(b, &cx)) }
        </div>
    }
}

fn draw_all(blocks: &[Block], cx: &Cx) -> Html {
    html! { { for blocks.iter().map(|b| draw(b, cx)) } }
}

fn draw(b: &Block, cx: &Cx) -> Html {
    match b {
        Block::Part(id, title, blocks) => html! {
            <section class="part" data-part={id.clone()} aria-label={title.clone()}>
                <h2>{ title }</h2>
                { draw_all(blocks, cx) }
            </section>
        },
        Block::Panel(id, title, place, rows) => html! {
            <section class="copy-panel" data-panel={id.clone()} aria-label={title.clone()}>
                <h3>{ title }</h3>
                <p class="place">{ place }</p>
                <dl>{ draw_all(rows, cx) }</dl>
            </section>
        },
        Block::Value(key, label, shown, hint, copy) => {
            let onclick = {
                let (on_do, key, copy) = (cx.on_do.clone(), key.clone(), copy.clone());
                Callback::from(move |_| on_do.emit(Do::Copy(key.clone(), copy.clone())))
            };
            let copy_word = cx.t.get("overlay-handoff-copy");
            html! {
                <div class="line" data-key={key.clone()}>
                    <dt>{ label }</dt>
                    <dd>
                        <code class={(*copy == Copy::Nothing).then_some("missing")}>{ shown }</code>
                        <span class="hint">{ hint }</span>
                        <button type="button" class="copy-btn" disabled={*copy == Copy::Nothing}
                            aria-label={format!("{copy_word}: {label}")} {onclick}>{ copy_word.clone() }</button>
                        { notice_for(key, cx) }
                    </dd>
                </div>
            }
        }
        Block::Status(class, blocks) => html! {
            <div class={classes!("result", class.clone())} role="status">{ draw_all(blocks, cx) }</div>
        },
        Block::Group(class, blocks) => {
            html! { <div class={class.clone()}>{ draw_all(blocks, cx) }</div> }
        }
        Block::Heading(text) => html! { <h3>{ text }</h3> },
        Block::Text(class, text) => html! { <p class={class.clone()}>{ text }</p> },
        Block::List(class, items) => {
            html! { <ul class={class.clone()}>{ draw_all(items, cx) }</ul> }
        }
        Block::Item(class, label, text, data) => html! {
            <li class={class.clone()} data-x={data.clone()}>
                if !label.is_empty() { <strong>{ label }</strong>{ ": " } }
                { text }
            </li>
        },
        Block::Input(name, label, value, kind) => {
            if *kind == InputKind::Checkbox {
                return html! { <label class="check"><input type="checkbox" name={name.clone()} />{ label }</label> };
            }
            let kind = match kind {
                InputKind::Password => "password",
                InputKind::Url => "url",
                _ => "text",
            };
            html! {
                <label class="field">{ label }
                    <input type={kind} name={name.clone()} value={value.clone()} autocomplete="off" spellcheck="false" />
                    { notice_for(name, cx) }
                </label>
            }
        }
        Block::Button(label, act) => {
            let checking = *act == Act::Check && cx.busy;
            let onclick = {
                let (on_do, act) = (cx.on_do.clone(), *act);
                Callback::from(move |_| on_do.emit(Do::Act(act)))
            };
            let name = match act {
                Act::Check => "check".to_owned(),
                Act::Forget => "forget".to_owned(),
                Act::Fill => "fill".to_owned(),
                Act::Export(f) => format!("export-{}", f.id()),
            };
            html! {
                <button type="button" data-act={name} disabled={checking} aria-busy={checking.to_string()} {onclick}>
                    { if checking { cx.t.get("overlay-cred-checking") } else { label.clone() } }
                </button>
            }
        }
        Block::Link(text, href) if href.starts_with("https://") => html! {
            <a href={href.clone()} target="_blank" rel="noopener noreferrer">{ text }</a>
        },
        Block::Link(text, _) => html! { <span>{ text }</span> },
    }
}

fn notice_for(key: &str, cx: &Cx) -> Html {
    match cx.notice {
        Some((k, text)) if k == key => html! { <span class="notice" role="status">{ text }</span> },
        _ => html! {},
    }
}
