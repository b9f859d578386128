//! Beside the step: the portal sandbox (the replica at the step's deep link, in the chosen
//! language, in an iframe) and the sketch of the step's page with the highlighted element
//! outlined (the sandbox is another origin, so the preview cannot mark elements inside it).

use std::rc::Rc;

use regpilot_core::guide::{self, Plan, Portal};
use regpilot_core::i18n::Arg;
use regpilot_core::Lang;
use yew::prelude::*;

use crate::sketch::{self, Item, Kind, Sketch};
use crate::text::{line, L10n};

/// The portal's own language parameter (`?l=pl.pl-pl`), which the replica reads too.
pub fn portal_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en.en-us",
        Lang::Pl => "pl.pl-pl",
        Lang::Cs => "cs.cs-cz",
    }
}

/// The sandbox URL of a step: `None` outside the portal; the portal's home when the page has no
/// deep link.
pub fn sandbox_url(origin: &str, lang: Lang, plan: &Plan) -> Option<String> {
    let page = plan.page.as_ref()?;
    let fragment = page.deep_link.as_deref().unwrap_or("#home");
    Some(format!("{origin}/?l={}{fragment}", portal_lang(lang)))
}

#[derive(Properties, PartialEq)]
pub struct SandboxProps {
    pub l10n: L10n,
    pub plan: Option<Rc<Plan>>,
    /// The anchor (index in the plan) to outline.
    pub anchor: usize,
    pub sandbox: AttrValue,
}

#[function_component(Sandbox)]
pub fn sandbox(p: &SandboxProps) -> Html {
    let l10n = &p.l10n;
    let lang = l10n.lang();
    let portal: Rc<Option<(Portal, Vec<String>)>> = use_memo((), |_| {
        guide::portal()
            .ok()
            .map(|portal| (portal, sketch::page_order(guide::PORTAL_FILE.1)))
    });
    let Some(plan) = &p.plan else {
        return html! {};
    };
    let url = sandbox_url(&p.sandbox, lang, plan);
    let sketch = portal
        .as_ref()
        .as_ref()
        .and_then(|(portal, order)| sketch::build(plan, portal, order, &l10n.0));
    let page_name = plan
        .page
        .as_ref()
        .map(|pg| pg.titles.first(lang).to_owned())
        .unwrap_or_default();

    html! {
        <section class="sandbox" aria-labelledby="sandbox-heading">
            <h2 id="sandbox-heading">{ l10n.t("preview-sandbox-heading") }</h2>
            if let (Some(url), Some(sketch)) = (url, sketch) {
                <h3 id="sketch-heading">{ l10n.t("preview-sketch-heading") }</h3>
                <SketchView l10n={l10n.clone()} sketch={Rc::new(sketch)} anchor={p.anchor} />
                <p class="note">{ l10n.t("preview-sketch-note") }</p>
                <h3 id="frame-heading">{ l10n.t("preview-frame-heading") }</h3>
                <iframe class="sandbox-frame" src={url.clone()} referrerpolicy="no-referrer"
                    title={l10n.f("preview-frame-title", &[("page", Arg::from(page_name))])}></iframe>
                <p class="note">
                    { line(&l10n.t("preview-frame-note")) }{ " " }
                    <a href={url} target="_blank" rel="noopener noreferrer">{ l10n.t("preview-frame-open") }</a>
                </p>
            } else {
                <p class="outside">{ l10n.t("preview-outside-portal") }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SketchProps {
    l10n: L10n,
    sketch: Rc<Sketch>,
    anchor: usize,
}

#[function_component(SketchView)]
fn sketch_view(p: &SketchProps) -> Html {
    let s = &p.sketch;
    let item = |it: &Item| draw(it, p.anchor);
    let items = |list: &[Item]| list.iter().map(item).collect::<Html>();
    html! {
        <figure class="sketch" id="sketch" aria-labelledby="sketch-heading">
            <div class="sk-topbar">
                <span class="sk-brand">{ p.l10n.t("preview-sketch-brand") }</span>
                { item(&s.search) }
            </div>
            <div class="sk-journey">
                <div class={classes!("sk-blade", s.dialog.is_some().then_some("behind"))}>
                    <div class="sk-title">{ s.title.clone() }</div>
                    <div class="sk-blade-content">
                        if !s.menu.is_empty() {
                            <div class="sk-menu">{ items(&s.menu) }</div>
                        }
                        <div class="sk-main">
                            if !s.commands.is_empty() {
                                <div class="sk-commands">{ items(&s.commands) }</div>
                            }
                            if !s.essentials.is_empty() {
                                <div class="sk-essentials">{ items(&s.essentials) }</div>
                            }
                            { items(&s.form) }
                            if !s.table.is_empty() {
                                <div class="sk-table">{ items(&s.table) }</div>
                            }
                            if !s.footer.is_empty() {
                                <div class="sk-footer">{ items(&s.footer) }</div>
                            }
                        </div>
                    </div>
                </div>
                if let Some(d) = &s.dialog {
                    <div class="sk-dialog">
                        if let Some(t) = &d.title {
                            <div class="sk-title">{ t.clone() }</div>
                        }
                        <div class="sk-dialog-body">{ items(&d.items) }</div>
                        if !d.footer.is_empty() {
                            <div class="sk-footer">{ items(&d.footer) }</div>
                        }
                    </div>
                }
            </div>
        </figure>
    }
}

/// One element: its look by kind, its number if it is an anchor, outlined if it is the one.
/// A row holds the number, a glyph and the label; some kinds draw their control below it.
fn draw(it: &Item, highlighted: usize) -> Html {
    let hl = it.anchor == Some(highlighted);
    let label = it.label.clone();
    let badge = it
        .anchor
        .map(|i| html! { <span class="sk-badge" aria-hidden="true">{ i + 1 }</span> });
    let glyph = |class: &'static str| html! { <span class={class} aria-hidden="true"></span> };
    let (head, below) = match it.kind {
        Kind::Button => (html! { <span class="sk-button">{ label }</span> }, html! {}),
        Kind::Searchbox => (
            html! { <span class="sk-input sk-search">{ label }</span> },
            html! {},
        ),
        Kind::Textbox => (
            html! { <span class="sk-label">{ label }</span> },
            html! { <span class="sk-input"></span> },
        ),
        Kind::Combobox => (
            html! { <span class="sk-label">{ label }</span> },
            html! { <span class="sk-input sk-select"></span> },
        ),
        Kind::Radio => (html! { <>{ glyph("sk-radio") }{ label }</> }, html! {}),
        Kind::Checkbox => (html! { <>{ glyph("sk-check") }{ label }</> }, html! {}),
        Kind::Radiogroup => (
            html! { <span class="sk-label">{ label }</span> },
            html! {
                <span class="sk-options">
                    { glyph("sk-radio") }<span class="sk-bar"></span>
                    { glyph("sk-radio") }<span class="sk-bar"></span>
                </span>
            },
        ),
        Kind::Link => (html! { <span class="sk-link">{ label }</span> }, html! {}),
        Kind::MenuItem => (html! { <span>{ label }</span> }, html! {}),
        Kind::ColumnHeader => (
            html! { <span class="sk-th">{ label }</span> },
            html! { <span class="sk-bar"></span> },
        ),
        Kind::Value => (
            html! { <span class="sk-label">{ label }</span> },
            html! { <span class="sk-bar"></span> },
        ),
        Kind::Text => (
            html! { <span class="sk-text-label">{ label }</span> },
            html! {},
        ),
    };
    html! {
        <div class={classes!("sk-item", format!("sk-{}", it.kind.class()), it.selected.then_some("selected"),
                it.anchor.is_some().then_some("anchor"), hl.then_some("hl"))}
            data-anchor-key={it.key.clone()}
            data-anchor-index={it.anchor.map(|i| i.to_string())}
            data-highlighted={it.anchor.map(|_| hl.to_string())}>
            <span class="sk-row">{ badge }{ head }</span>
            { below }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regpilot_core::guide::VerifySpec;
    use regpilot_core::Target;

    #[test]
    fn sandbox_urls_carry_the_portal_language_and_the_deep_link() {
        let portal = guide::portal().unwrap();
        let mut plan = Plan {
            target: Target::Statlook,
            step_id: "x".into(),
            index: 0,
            total: 1,
            outside_portal: false,
            page: Some(portal.pages["app-registrations"].clone()),
            dialog: None,
            anchors: vec![],
            captures: vec![],
            verify: VerifySpec::Manual,
            missing: vec![],
        };
        assert_eq!(
            sandbox_url("https://portal.azure.com", Lang::Cs, &plan).as_deref(),
            Some("https://portal.azure.com/?l=cs.cs-cz#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade")
        );
        plan.page.as_mut().unwrap().deep_link = None;
        assert_eq!(
            sandbox_url("https://x.test", Lang::Pl, &plan).as_deref(),
            Some("https://x.test/?l=pl.pl-pl#home")
        );
        plan.page = None;
        assert_eq!(sandbox_url("https://x.test", Lang::En, &plan), None);
    }
}
