//! The root component: header (title, collapse, dock), target picker, language switch.
//! Every text comes from the worker's `ui` map (formatted from `locales/`).

use regpilot_core::protocol::{Dock, FromOverlay, Mark, OverlayState, StepAction, ToOverlay};
use regpilot_core::{Lang, Target};
use yew::prelude::*;

use crate::bridge::Bridge;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub bridge: Bridge,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_state(|| None::<OverlayState>);
    let confirm_skip = use_state(|| false);
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
    // Sends a message whose answer is the new state.
    let send = {
        let (bridge, state) = (props.bridge.clone(), state.clone());
        move |msg: FromOverlay| {
            let (bridge, state) = (bridge.clone(), state.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(ToOverlay::State(s)) = bridge.send(&msg).await {
                    state.set(Some(s));
                }
            });
        }
    };
    let attrs = &s.attrs;
    let on_collapse = {
        let (send, collapsed) = (send.clone(), attrs.collapsed);
        Callback::from(move |_| send(FromOverlay::Layout { collapsed: Some(!collapsed), dock: None }))
    };
    let on_dock = {
        let (send, dock) = (send.clone(), attrs.dock);
        let other = if dock == Dock::Right { Dock::Left } else { Dock::Right };
        Callback::from(move |_| send(FromOverlay::Layout { collapsed: None, dock: Some(other) }))
    };
    let on_lang = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            if let Some(lang) = Lang::parse(&value) {
                send(FromOverlay::Choose { target: None, lang: Some(lang) });
            }
        })
    };
    let pick = |target: Target| {
        let send = send.clone();
        Callback::from(move |_| send(FromOverlay::Choose { target: Some(target), lang: None }))
    };
    let (collapse_label, dock_label) = (
        t(if attrs.collapsed { "overlay-expand" } else { "overlay-collapse" }),
        t(if attrs.dock == Dock::Right { "overlay-dock-left" } else { "overlay-dock-right" }),
    );
    html! {
        <main lang={attrs.lang.code()} aria-labelledby="regpilot-title" class={classes!(attrs.collapsed.then_some("collapsed"))}>
            <header>
                <h1 id="regpilot-title">{ t("overlay-title") }</h1>
                <button class="icon" onclick={on_dock} aria-label={dock_label.clone()} title={dock_label}>
                    { if attrs.dock == Dock::Right { "⇤" } else { "⇥" } }
                </button>
                <button class="icon" onclick={on_collapse} aria-expanded={(!attrs.collapsed).to_string()}
                    aria-controls="regpilot-body" aria-label={collapse_label.clone()} title={collapse_label}>
                    { if attrs.collapsed { "▴" } else { "▾" } }
                </button>
            </header>
            if !attrs.collapsed {
                <div id="regpilot-body">
                    <p class="tagline">{ t("app-tagline") }</p>
                    <label class="lang">{ t("overlay-lang-label") }
                        <select onchange={on_lang}>
                            { for Lang::ALL.iter().map(|l| html! {
                                <option value={l.code()} selected={*l == attrs.lang}>{ t(&format!("lang-name-{}", l.code())) }</option>
                            }) }
                        </select>
                    </label>
                    <fieldset class="targets">
                        <legend>{ t("overlay-target-label") }</legend>
                        if attrs.target.is_none() {
                            <p>{ t("overlay-pick-target") }</p>
                        }
                        { for Target::ALL.iter().map(|target| html! {
                            <label>
                                <input type="radio" name="target" value={target.id()}
                                    checked={attrs.target == Some(*target)} onchange={pick(*target)} />
                                { t(&format!("target-name-{}", target.id())) }
                            </label>
                        }) }
                    </fieldset>
                    if let Some(p) = &s.progress {
                        { progress_view(p, &t, &send, &confirm_skip, attrs.status == "fallback") }
                    }
                    if let Some(target) = attrs.target {
                        <crate::export_panel::Handoff bridge={props.bridge.clone()} t={crate::export_panel::Texts(std::rc::Rc::new(s.ui.clone()))}
                            {target} lang={attrs.lang} step={attrs.step.clone()} />
                    }
                    if version.is_some() {
                        <p class="status" role="status">{ t("overlay-connected") }</p>
                    }
                </div>
            }
        </main>
    }
}

/// The chosen guide: step list, current step, and the step actions.
fn progress_view(
    p: &regpilot_core::protocol::Progress,
    t: &dyn Fn(&str) -> String,
    send: &(impl Fn(FromOverlay) + Clone + 'static),
    confirm_skip: &UseStateHandle<bool>,
    fallback: bool,
) -> Html {
    let act = |action: StepAction| {
        let (send, confirm_skip) = (send.clone(), confirm_skip.clone());
        Callback::from(move |_| {
            confirm_skip.set(false);
            send(FromOverlay::Step { action })
        })
    };
    let ask_skip = {
        let confirm_skip = confirm_skip.clone();
        Callback::from(move |_| confirm_skip.set(true))
    };
    let go = |hash: String| {
        let send = send.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            send(FromOverlay::Navigate { hash: hash.clone() })
        })
    };
    let cancel = {
        let confirm_skip = confirm_skip.clone();
        Callback::from(move |_| confirm_skip.set(false))
    };
    html! {
        <section class="guide" aria-labelledby="regpilot-guide-title">
            <h2 id="regpilot-guide-title">{ &p.title }</h2>
            <nav aria-label={t("overlay-steps-label")}>
                <ol class="steps">
                    { for p.steps.iter().enumerate().map(|(i, m)| {
                        let mark = match m.mark { Mark::Done => "done", Mark::Skipped => "skipped", Mark::Current => "current", Mark::Todo => "todo" };
                        let note = match m.mark { Mark::Done => Some(t("overlay-mark-done")), Mark::Skipped => Some(t("overlay-mark-skipped")), _ => None };
                        html! {
                            <li class={mark} data-step-id={m.id.clone()}>
                                <button class="link" onclick={act(StepAction::Goto { index: i })}
                                    aria-current={(m.mark == Mark::Current).then_some("step")}>
                                    { &m.title }
                                    if let Some(n) = note { <span class="note">{ format!(" ({n})") }</span> }
                                </button>
                            </li>
                        }
                    }) }
                </ol>
            </nav>
            if let Some(c) = &p.current {
                <article class="current" aria-live="polite">
                    <p class="counter">{ &c.counter }</p>
                    <h3>{ &c.title }</h3>
                    <div class="body">{ rich(&c.body) }</div>
                    if let Some(a) = &c.action { <div class="action">{ rich(a) }</div> }
                    if fallback {
                        <div class="fallback" role="note">
                            <p><strong>{ t("overlay-fallback") }</strong></p>
                            <ul>{ for c.look_for.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                            if let Some(link) = &c.deep_link {
                                <a href="#" onclick={go(link.clone())}>{ t("overlay-take-me-there") }</a>
                            }
                        </div>
                    }
                    { for p.inputs.iter().map(|i| user_input(i, send)) }
                    if !p.findings.is_empty() {
                        <ul class="findings" aria-live="polite" aria-label={t("overlay-findings-label")}>
                            { for p.findings.iter().map(|f| html! {
                                <li class={if f.error { "error" } else { "warning" }} data-rule={f.rule.clone()}>{ &f.message }</li>
                            }) }
                        </ul>
                    }
                    <p class="links">
                        if let Some(link) = c.deep_link.clone().filter(|_| !fallback) {
                            <a href="#" onclick={go(link)}>{ t("overlay-take-me-there") }</a>
                        }
                        if let Some(d) = &c.docs_url {
                            <a href={d.clone()} target="_blank" rel="noopener noreferrer">{ t("overlay-docs") }</a>
                        }
                    </p>
                    if **confirm_skip {
                        <div role="alertdialog" aria-labelledby="regpilot-skip-warning" class="confirm">
                            <p id="regpilot-skip-warning">{ t("overlay-skip-warning") }</p>
                            <button onclick={act(StepAction::Skip)}>{ t("overlay-skip-confirm") }</button>
                            <button onclick={cancel}>{ t("overlay-cancel") }</button>
                        </div>
                    } else {
                        <div class="actions">
                            <button onclick={act(StepAction::Back)} disabled={c.index == 0}>{ t("overlay-back") }</button>
                            <button onclick={act(StepAction::Done)}>{ t("overlay-done") }</button>
                            <button onclick={ask_skip}>{ t("overlay-skip") }</button>
                        </div>
                    }
                </article>
            } else {
                <p class="finished" role="status">{ t("overlay-finished") }</p>
            }
            if p.current.is_none() {
                <button class="finish" onclick={act(StepAction::Finish)}>{ t("overlay-finish") }</button>
            }
            if !p.values.is_empty() {
                <h3 class="values-title">{ t("overlay-values-label") }</h3>
                <dl class="values">
                    { for p.values.iter().map(|(label, value)| html! {
                        <div><dt>{ label }</dt><dd>{ value }</dd></div>
                    }) }
                </dl>
            }
            <button class="link restart" onclick={act(StepAction::Restart)}>{ t("overlay-restart") }</button>
            <button class="link restart" onclick={{ let send = send.clone(); Callback::from(move |_| send(FromOverlay::ForgetAll)) }}>{ t("overlay-forget-all") }</button>
        </section>
    }
}

/// A value from outside the portal, typed into the overlay; checked by the worker as it is typed.
fn user_input(i: &regpilot_core::protocol::UserInput, send: &(impl Fn(FromOverlay) + Clone + 'static)) -> Html {
    let field = i.field;
    let oninput = {
        let send = send.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            send(FromOverlay::Capture { field, value })
        })
    };
    let id = format!("regpilot-input-{}", field.key());
    html! {
        <p class="user-input">
            <label for={id.clone()}>{ &i.label }</label>
            <input id={id} type="text" spellcheck="false" autocomplete="off" value={i.value.clone()} {oninput} />
        </p>
    }
}

/// A step text's light markup (paragraphs, lists, `code`) as nodes: never as HTML.
fn rich(text: &str) -> Html {
    use regpilot_core::guide::markup::{parse, Block, Inline};
    let inline = |parts: &Vec<Inline>| -> Html {
        parts
            .iter()
            .map(|i| match i {
                Inline::Text(t) => html! { { t } },
                Inline::Code(c) => html! { <code>{ c }</code> },
            })
            .collect()
    };
    parse(text)
        .iter()
        .map(|b| match b {
            Block::Paragraph(p) => html! { <p>{ inline(p) }</p> },
            Block::List(items) => html! { <ul>{ for items.iter().map(|i| html! { <li>{ inline(i) }</li> }) }</ul> },
        })
        .collect()
}
