//! A guide, step by step, as the overlay shows it: the step list with progress, the current
//! step's texts and facts, and beside them the portal sandbox and the sketch with the
//! highlighted element.

use std::rc::Rc;

use regpilot_core::guide::{self, Field, Guide, GuideView, LoadError, Plan, Values};
use regpilot_core::{Lang, Target};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::dom;
use crate::route::Route;
use crate::sandbox::Sandbox;
use crate::text::{line, rich, L10n};

#[derive(Properties, PartialEq)]
pub struct GuidePageProps {
    pub l10n: L10n,
    pub target: Target,
    /// The step id from the URL (`None` or unknown: the first step).
    pub step: Option<String>,
    /// The portal sandbox's origin.
    pub sandbox: AttrValue,
}

/// A loaded guide with its view in one language.
struct Loaded {
    guide: Rc<Guide>,
    view: GuideView,
}

/// Values the sandbox's seeded app carries (`tests/replica/static/portal.js`), so deep links to
/// an app's pages open a page the replica can draw. Only the sandbox's URLs use them: the texts
/// show placeholders, as the overlay does before it has read a value.
pub fn sandbox_values() -> Values {
    [
        (Field::ClientId, "8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35"),
        (Field::ObjectId, "e4b1c9d2-5f3a-4b8e-9c7d-1a2b3c4d5e6f"),
        (Field::TenantId, "0c3f5e2a-7b1d-4e8f-9a6b-3d2c1e0f9a8b"),
        (Field::AppName, "Contoso Mail"),
        (
            Field::ServicePrincipalObjectId,
            "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
        ),
        (Field::UserObjectId, "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"),
    ]
    .into_iter()
    .map(|(f, v)| (f, v.to_owned()))
    .collect()
}

#[function_component(GuidePage)]
pub fn guide_page(p: &GuidePageProps) -> Html {
    let l10n = &p.l10n;
    let lang = l10n.lang();
    let loaded: Rc<Result<Loaded, LoadError>> =
        use_memo((p.target, l10n.clone()), |(target, l10n)| {
            guide::load(*target).map(|g| Loaded {
                view: g.view(&l10n.0, &Values::new()),
                guide: Rc::new(g),
            })
        });
    let guide = loaded.as_ref().as_ref().ok().map(|l| l.guide.clone());
    let index = guide
        .as_ref()
        .and_then(|g| p.step.as_deref().and_then(|s| g.step_index(s)))
        .unwrap_or(0);

    // ← and → move between steps anywhere on the page but in form controls.
    {
        let target = p.target;
        use_effect_with(
            (target, lang, guide.as_ref().map(|g| g.step_ids().join(" "))),
            {
                let guide = guide.clone();
                move |_| {
                    let listener = match (guide, web_sys::window().and_then(|w| w.document())) {
                        (Some(g), Some(doc)) => {
                            Some(dom::Listener::new(&doc, "keydown", move |e| {
                                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                                    return;
                                };
                                if e.alt_key()
                                    || e.ctrl_key()
                                    || e.meta_key()
                                    || dom::in_text_control(e)
                                {
                                    return;
                                }
                                let delta: isize = match e.key().as_str() {
                                    "ArrowRight" => 1,
                                    "ArrowLeft" => -1,
                                    _ => return,
                                };
                                let here = match Route::parse(&dom::current_hash(), lang) {
                                    Route::Guide { step, .. } => {
                                        step.and_then(|s| g.step_index(&s)).unwrap_or(0)
                                    }
                                    Route::Completeness { .. } => return,
                                };
                                let next = here.saturating_add_signed(delta).min(g.steps.len() - 1);
                                if next != here {
                                    e.prevent_default();
                                    go_to(&g, target, lang, next);
                                }
                            }))
                        }
                        _ => None,
                    };
                    move || drop(listener)
                }
            },
        );
    }
    use_effect_with((p.target, index), |_| {
        dom::reveal_within(".guide-side", ".steps [aria-current=step]")
    });

    let loaded = match &*loaded {
        Ok(l) => l,
        Err(e) => {
            return html! {
                <section class="load-error" role="alert">
                    <h1>{ l10n.t("preview-load-error-heading") }</h1>
                    <p>{ l10n.t("preview-load-error") }</p>
                    <pre>{ e.to_string() }</pre>
                </section>
            };
        }
    };
    let view = &loaded.view;
    let g = &loaded.guide;
    let Some(step) = view.steps.get(index) else {
        return html! {};
    };
    let plan = g.plan(index, &sandbox_values());

    html! {
        <div class="guide" data-target={p.target.id()} data-lang={lang.code()}>
            <aside class="guide-side">
                <h1 class="guide-title">{ view.title.clone() }</h1>
                <p class="summary">{ view.summary.clone() }</p>
                <StepList l10n={l10n.clone()} target={p.target} view={Rc::new(view.clone())} {index} />
                <About l10n={l10n.clone()} view={Rc::new(view.clone())} />
            </aside>
            <StepPane key={format!("{}-{}-{}", p.target.id(), lang.code(), index)}
                l10n={l10n.clone()} target={p.target} guide={g.clone()}
                step={Rc::new(step.clone())} plan={plan.map(Rc::new)} sandbox={p.sandbox.clone()} />
            <p class="visually-hidden" aria-live="polite">
                { format!("{} — {}", step.counter, step.title) }
            </p>
        </div>
    }
}

/// Moves to step `index` of the guide.
fn go_to(g: &Guide, target: Target, lang: Lang, index: usize) {
    if let Some(s) = g.steps.get(index) {
        let r = Route::Guide {
            target,
            lang,
            step: Some(s.id.clone()),
        };
        dom::set_hash(&r.to_hash());
    }
}

#[derive(Properties, PartialEq)]
struct StepListProps {
    l10n: L10n,
    target: Target,
    view: Rc<GuideView>,
    index: usize,
}

#[function_component(StepList)]
fn step_list(p: &StepListProps) -> Html {
    let l10n = &p.l10n;
    let total = p.view.steps.len();
    let current = &p.view.steps[p.index];
    html! {
        <nav class="steps" aria-labelledby="steps-heading">
            <h2 id="steps-heading">{ l10n.t("guide-md-steps") }</h2>
            <p class="progress-text" id="progress-text">{ current.counter.clone() }</p>
            <progress max={total.to_string()} value={(p.index + 1).to_string()}
                aria-labelledby="progress-text"></progress>
            <ol>
                { for p.view.steps.iter().map(|s| {
                    let route = Route::Guide { target: p.target, lang: l10n.lang(), step: Some(s.id.clone()) };
                    let state = match s.index.cmp(&p.index) {
                        std::cmp::Ordering::Less => "before",
                        std::cmp::Ordering::Equal => "current",
                        std::cmp::Ordering::Greater => "after",
                    };
                    html! {
                        <li class={classes!("step-item", state)} data-step={s.id.clone()}>
                            <a href={route.to_hash()} aria-current={(s.index == p.index).then_some("step")}>
                                <span class="num" aria-hidden="true">{ s.index + 1 }</span>
                                <span class="name">{ s.title.clone() }</span>
                                if s.optional {
                                    <span class="tag">{ l10n.t("guide-md-optional") }</span>
                                }
                                if s.outside_portal {
                                    <span class="tag outside">{ l10n.t("guide-md-outside-portal") }</span>
                                }
                            </a>
                        </li>
                    }
                }) }
            </ol>
            <p class="hint">{ l10n.t("preview-keyboard-hint") }</p>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct AboutProps {
    l10n: L10n,
    view: Rc<GuideView>,
}

/// The guide's introduction, requirements, roles and what it does not cover.
#[function_component(About)]
fn about(p: &AboutProps) -> Html {
    let l10n = &p.l10n;
    let v = &p.view;
    let list = |heading: &str, class: &'static str, items: &[String]| {
        if items.is_empty() {
            return html! {};
        }
        html! {
            <section class={class}>
                <h3>{ l10n.t(heading) }</h3>
                <ul>{ for items.iter().map(|i| html! { <li>{ line(i) }</li> }) }</ul>
            </section>
        }
    };
    html! {
        <section class="about" aria-labelledby="about-heading">
            <h2 id="about-heading">{ l10n.t("preview-about-heading") }</h2>
            <div class="intro">{ rich(&v.intro) }</div>
            { list("guide-md-requirements", "requirements", &v.requirements) }
            { list("guide-md-roles", "roles", &v.roles) }
            { list("guide-md-not-covered", "not-covered", &v.not_covered) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StepPaneProps {
    l10n: L10n,
    target: Target,
    guide: Rc<Guide>,
    step: Rc<regpilot_core::guide::StepView>,
    plan: Option<Rc<Plan>>,
    sandbox: AttrValue,
}

/// The current step and its sandbox. Keyed by step, so the chosen anchor starts at the first.
#[function_component(StepPane)]
fn step_pane(p: &StepPaneProps) -> Html {
    let l10n = &p.l10n;
    let s = &p.step;
    let anchor = use_state(|| 0usize);
    let lang = l10n.lang();
    let (target, g) = (p.target, p.guide.clone());
    let nav = |to: Option<usize>| {
        let g = g.clone();
        to.map(|i| Callback::from(move |_: MouseEvent| go_to(&g, target, lang, i)))
    };
    let prev = nav(s.index.checked_sub(1));
    let next = nav((s.index + 1 < s.total).then_some(s.index + 1));
    let deep_link = p
        .guide
        .steps
        .get(s.index)
        .and_then(|st| st.page.as_ref())
        .and_then(|pg| pg.deep_link.clone());

    html! {
        <>
        <article class="step" aria-labelledby="step-title" data-step={s.id.clone()}>
            <p class="counter">{ s.counter.clone() }</p>
            <h2 id="step-title">{ s.title.clone() }</h2>
            <p class="tags">
                <code>{ s.id.clone() }</code>
                if s.optional { <span class="tag">{ l10n.t("guide-md-optional") }</span> }
                if s.outside_portal { <span class="tag outside">{ l10n.t("guide-md-outside-portal") }</span> }
            </p>
            <div class="body">{ rich(&s.body) }</div>
            if let Some(a) = &s.action {
                <div class="action">
                    <h3>{ l10n.t("guide-md-action") }</h3>
                    { rich(a) }
                </div>
            }
            <dl class="facts">
                if let Some(page) = &s.page_name {
                    <dt>{ l10n.t("guide-md-where") }</dt>
                    <dd class="where">
                        { page.clone() }
                        if let Some(d) = &deep_link {
                            <br /><code class="deep-link">{ d.clone() }</code>
                        }
                    </dd>
                }
                if !s.look_for.is_empty() {
                    <dt>{ l10n.t("guide-md-highlight") }</dt>
                    <dd class="highlight">
                        <ol class="anchors">
                            { for s.look_for.iter().enumerate().map(|(i, text)| {
                                let pick = { let anchor = anchor.clone(); Callback::from(move |_: MouseEvent| anchor.set(i)) };
                                html! {
                                    <li>
                                        <button type="button" class="anchor-pick" data-anchor-index={i.to_string()}
                                            aria-pressed={(i == *anchor).to_string()} onclick={pick}
                                            aria-controls="sketch">
                                            <span class="sk-badge" aria-hidden="true">{ i + 1 }</span>
                                            <span>{ text.clone() }</span>
                                        </button>
                                    </li>
                                }
                            }) }
                        </ol>
                    </dd>
                }
                if !s.captures.is_empty() {
                    <dt>{ l10n.t("guide-md-captures") }</dt>
                    <dd class="captures">
                        <ul>
                            { for s.captures.iter().map(|c| html! {
                                <li data-field={c.field.key()}>
                                    { c.label.clone() }
                                    if c.secret { <span class="tag secret">{ l10n.t("preview-secret") }</span> }
                                </li>
                            }) }
                        </ul>
                    </dd>
                }
                <dt>{ l10n.t("guide-md-done-when") }</dt>
                <dd class="done-when">{ s.done_when.clone() }</dd>
                if let Some(d) = &s.docs_url {
                    <dt>{ l10n.t("guide-md-docs") }</dt>
                    <dd class="docs">
                        <a href={d.clone()} target="_blank" rel="noopener noreferrer">{ d.clone() }</a>
                    </dd>
                }
            </dl>
            <div class="pager">
                <button type="button" class="prev" disabled={prev.is_none()} onclick={prev.unwrap_or_default()}>
                    <span aria-hidden="true">{ "← " }</span>{ l10n.t("preview-prev") }
                </button>
                <button type="button" class="next" disabled={next.is_none()} onclick={next.unwrap_or_default()}>
                    { l10n.t("preview-next") }<span aria-hidden="true">{ " →" }</span>
                </button>
            </div>
        </article>
        <Sandbox l10n={l10n.clone()} plan={p.plan.clone()} anchor={*anchor} sandbox={p.sandbox.clone()} />
        </>
    }
}
