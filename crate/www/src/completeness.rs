//! The translation report: for every language, how many messages are missing or still read as
//! in English (the rule is [`regpilot_core::i18n_report`]'s), and the lists for the language
//! chosen.

use std::rc::Rc;

use regpilot_core::i18n::Arg;
use regpilot_core::i18n_report::{self, Report, Unit};
use regpilot_core::Lang;
use yew::prelude::*;

use crate::route::Route;
use crate::text::{capitalize, L10n};

#[derive(Properties, PartialEq)]
pub struct CompletenessProps {
    pub l10n: L10n,
}

#[function_component(CompletenessPage)]
pub fn completeness_page(p: &CompletenessProps) -> Html {
    let l10n = &p.l10n;
    let lang = l10n.lang();
    let reports: Rc<Vec<Report>> =
        use_memo((), |_| Lang::ALL.map(i18n_report::completeness).to_vec());
    let report = reports
        .iter()
        .find(|r| r.lang == lang)
        .expect("every language");
    let name = |l: Lang| capitalize(&l10n.t(&format!("lang-name-{}", l.code())));

    html! {
        <div class="completeness" data-lang={lang.code()}>
            <h1>{ l10n.t("preview-completeness-heading") }</h1>
            <p>{ l10n.t("preview-completeness-intro") }</p>
            <p class="rule">{ l10n.t("preview-completeness-rule") }</p>
            <table class="summary">
                <caption>{ l10n.t("preview-completeness-summary") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ l10n.t("preview-col-lang") }</th>
                        <th scope="col">{ l10n.t("preview-col-total") }</th>
                        <th scope="col">{ l10n.t("preview-col-translated") }</th>
                        <th scope="col">{ l10n.t("preview-col-missing") }</th>
                        <th scope="col">{ l10n.t("preview-col-identical") }</th>
                        <th scope="col">{ l10n.t("preview-col-neutral") }</th>
                        <th scope="col">{ l10n.t("preview-col-extra") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for reports.iter().map(|r| {
                        let route = Route::Completeness { lang: r.lang };
                        html! {
                            <tr data-lang={r.lang.code()} data-total={r.total.to_string()}
                                data-missing={r.missing.len().to_string()}
                                data-identical={r.identical.len().to_string()}
                                aria-current={(r.lang == lang).then_some("true")}>
                                <th scope="row"><a href={route.to_hash()}>{ name(r.lang) }</a></th>
                                <td>{ r.total }</td>
                                <td>{ l10n.f("preview-translated-cell", &[
                                    ("translated", Arg::from(r.translated())),
                                    ("percent", Arg::from(r.percent())),
                                ]) }</td>
                                <td>{ r.missing.len() }</td>
                                <td>{ r.identical.len() }</td>
                                <td>{ r.neutral.len() }</td>
                                <td>{ r.extra.len() }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>

            <section class="report" aria-labelledby="report-heading" data-lang={lang.code()}>
                <h2 id="report-heading">{ name(lang) }</h2>
                if lang == Lang::En {
                    <p class="reference">{ l10n.n("preview-completeness-reference", report.total) }</p>
                } else {
                    <p class="sentence">{ l10n.f("preview-completeness-sentence", &[
                        ("translated", Arg::from(report.translated())),
                        ("count", Arg::from(report.total)),
                        ("percent", Arg::from(report.percent())),
                    ]) }</p>
                    <progress max={report.total.to_string()} value={report.translated().to_string()}
                        aria-labelledby="report-heading"></progress>
                    <UnitTable l10n={l10n.clone()} kind="missing" heading={l10n.n("preview-missing-heading", report.missing.len())}
                        units={Rc::new(report.missing.clone())} />
                    <UnitTable l10n={l10n.clone()} kind="identical" heading={l10n.n("preview-identical-heading", report.identical.len())}
                        units={Rc::new(report.identical.clone())} />
                    <UnitTable l10n={l10n.clone()} kind="neutral" heading={l10n.n("preview-neutral-heading", report.neutral.len())}
                        units={Rc::new(report.neutral.clone())} />
                    if !report.extra.is_empty() {
                        <section class="extra" aria-labelledby="extra-heading">
                            <h3 id="extra-heading">{ l10n.n("preview-extra-heading", report.extra.len()) }</h3>
                            <ul>{ for report.extra.iter().map(|id| html! { <li><code>{ id.clone() }</code></li> }) }</ul>
                        </section>
                    }
                }
            </section>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct UnitTableProps {
    l10n: L10n,
    kind: &'static str,
    heading: String,
    units: Rc<Vec<Unit>>,
}

#[function_component(UnitTable)]
fn unit_table(p: &UnitTableProps) -> Html {
    let l10n = &p.l10n;
    let id = format!("{}-heading", p.kind);
    html! {
        <section class={classes!("units", p.kind)} aria-labelledby={id.clone()} data-count={p.units.len().to_string()}>
            <h3 id={id}>{ p.heading.clone() }</h3>
            if p.units.is_empty() {
                <p class="none">{ l10n.t("preview-none") }</p>
            } else {
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ l10n.t("preview-col-message") }</th>
                            <th scope="col">{ l10n.t("preview-col-file") }</th>
                            <th scope="col">{ l10n.t("preview-col-english") }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for p.units.iter().map(|u| html! {
                            <tr data-id={u.id.clone()}>
                                <td><code>{ u.id.clone() }</code></td>
                                <td>{ u.file.clone() }</td>
                                <td lang="en" class="english">{ u.english.clone() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
