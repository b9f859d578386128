//! The root component: the header (sections, application, language) and the page the URL
//! fragment names.

use regpilot_core::{Lang, Target};
use yew::prelude::*;

use crate::completeness::CompletenessPage;
use crate::dom;
use crate::guide_page::GuidePage;
use crate::route::Route;
use crate::text::{native_name, L10n};

#[function_component(App)]
pub fn app() -> Html {
    let fallback = *use_memo((), |_| dom::browser_lang());
    let route = use_state(|| Route::parse(&dom::current_hash(), fallback));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                dom::Listener::new(&w, "hashchange", move |_| {
                    route.set(Route::parse(&dom::current_hash(), fallback));
                })
            });
            move || drop(listener)
        });
    }
    let lang = route.lang();
    let l10n = (*use_memo(lang, |l| L10n::new(*l))).clone();
    let natives = use_memo((), |_| Lang::ALL.map(|l| (l, native_name(l))));
    let sandbox = use_memo((), |_| dom::sandbox_origin());
    {
        let title = l10n.t("preview-title");
        use_effect_with((lang, title), |(lang, title)| {
            dom::set_document(*lang, title)
        });
    }

    let go = |r: Route| Callback::from(move |_: MouseEvent| dom::set_hash(&r.to_hash()));
    let on_target = {
        let route = (*route).clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(t) = Target::parse(&select.value()) {
                dom::set_hash(&route.with_target(t).to_hash());
            }
        })
    };
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        dom::focus("content");
    });

    let (guide_route, on_guides) = match &*route {
        r @ Route::Guide { .. } => (r.clone(), true),
        Route::Completeness { lang } => (
            Route::Guide {
                target: Target::ALL[0],
                lang: *lang,
                step: None,
            },
            false,
        ),
    };
    let report_route = Route::Completeness { lang };
    let current = |yes: bool| yes.then_some("page");

    let page = match &*route {
        Route::Guide { target, step, .. } => html! {
            <GuidePage l10n={l10n.clone()} target={*target} step={step.clone()}
                sandbox={AttrValue::from((*sandbox).clone())} />
        },
        Route::Completeness { .. } => html! { <CompletenessPage l10n={l10n.clone()} /> },
    };

    html! {
        <div class="site" lang={lang.code()}>
            <a class="skip" href="#" onclick={skip}>{ l10n.t("preview-skip") }</a>
            <header class="site-header">
                <div class="brand">
                    <p class="site-title">{ l10n.t("preview-title") }</p>
                    <p class="site-subtitle">{ l10n.t("preview-subtitle") }</p>
                </div>
                <nav class="sections" aria-label={l10n.t("preview-nav-label")}>
                    <a href={guide_route.to_hash()} aria-current={current(on_guides)}>
                        { l10n.t("preview-nav-guides") }
                    </a>
                    <a href={report_route.to_hash()} aria-current={current(!on_guides)}>
                        { l10n.t("preview-nav-completeness") }
                    </a>
                </nav>
                <div class="controls">
                    if let Route::Guide { target, .. } = &*route {
                        <div class="control">
                            <label for="target-select">{ l10n.t("preview-target-label") }</label>
                            <select id="target-select" onchange={on_target}>
                                { for Target::ALL.iter().map(|t| html! {
                                    <option value={t.id()} selected={t == target}>
                                        { l10n.t(&format!("preview-target-{}", t.id())) }
                                    </option>
                                }) }
                            </select>
                        </div>
                    }
                    <div class="control" role="group" aria-labelledby="lang-label">
                        <span id="lang-label">{ l10n.t("preview-lang-label") }</span>
                        <span class="lang-buttons">
                            { for natives.iter().map(|(l, name)| html! {
                                <button type="button" lang={l.code()} data-lang={l.code()}
                                    aria-pressed={(*l == lang).to_string()}
                                    onclick={go(route.with_lang(*l))}>{ name.clone() }</button>
                            }) }
                        </span>
                    </div>
                </div>
            </header>
            <main id="content" tabindex="-1">{ page }</main>
            <footer class="site-footer">
                { l10n.f("preview-footer", &[("version", regpilot_core::VERSION.into())]) }
            </footer>
        </div>
    }
}
