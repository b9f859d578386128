//! A validated guide and the two views the runtime asks of it for the current step: the
//! [`Plan`] (what the executor in each portal frame looks for, language-free) and the
//! [`StepView`] (what the overlay says, in one language).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::spec::{
    AnchorSpec, CaptureSpec, Field, LabelSet, PageSpec, RowStatus, Subst, Values, VerifySpec,
};
use crate::i18n::Arg;
use crate::permissions::{self, Kind, Need, Registration};
use crate::{Lang, Localizer, Target};

/// An Entra role a guide needs. The overlay names it in the admin's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    ApplicationDeveloper,
    CloudApplicationAdministrator,
    PrivilegedRoleAdministrator,
    ExchangeAdministrator,
}

impl Role {
    /// The Fluent message with the role's name (value) and `.purpose`.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::ApplicationDeveloper => "guide-role-application-developer",
            Role::CloudApplicationAdministrator => "guide-role-cloud-application-administrator",
            Role::PrivilegedRoleAdministrator => "guide-role-privileged-role-administrator",
            Role::ExchangeAdministrator => "guide-role-exchange-administrator",
        }
    }
}

/// One step of a guide, as loaded and validated. Strings that may hold placeholders
/// (`{clientId}`) are templates here; [`Guide::plan`] fills them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Stable, lowercase kebab-case, the same in every language (contract).
    pub id: String,
    /// The Fluent message holding `.title`, `.body` and optionally `.action`.
    pub text: String,
    /// Whether the message has an `.action` attribute.
    pub has_action: bool,
    /// The admin may skip it without breaking the target (the overlay still warns).
    pub optional: bool,
    /// Done in the target application or PowerShell, not in the portal.
    pub outside_portal: bool,
    /// The page the step happens on (`None` outside the portal).
    pub page: Option<PageSpec>,
    /// The dialog (context pane) that must be open, by its title; dialogs do not change the URL.
    pub dialog: Option<LabelSet>,
    pub anchors: Vec<AnchorSpec>,
    pub captures: Vec<CaptureSpec>,
    pub verify: VerifySpec,
    /// Microsoft's page for the step (`https://learn.microsoft.com/en-us/...`).
    pub docs: Option<String>,
}

impl Step {
    pub fn title_id(&self) -> String {
        format!("{}.title", self.text)
    }
    pub fn body_id(&self) -> String {
        format!("{}.body", self.text)
    }
    pub fn action_id(&self) -> Option<String> {
        self.has_action.then(|| format!("{}.action", self.text))
    }
}

/// A guide for one target: an ordered list of steps.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Guide {
    pub target: Target,
    /// The file it was loaded from (for messages).
    pub file: String,
    /// The Fluent message holding `.title` and `.intro`.
    pub text: String,
    pub roles: Vec<Role>,
    /// Messages saying what the guide does not cover.
    pub not_covered: Vec<String>,
    pub steps: Vec<Step>,
    /// The portal's label table (for requirement lines and fallbacks).
    pub labels: BTreeMap<String, LabelSet>,
}

/// What the executor in the portal frames needs for the current step, with captured values
/// filled in. Language-free: labels of every language are included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub target: Target,
    pub step_id: String,
    pub index: usize,
    pub total: usize,
    pub outside_portal: bool,
    /// The page, with `deep_link` resolved (`None` if a value it needs is missing).
    pub page: Option<PageSpec>,
    pub dialog: Option<LabelSet>,
    /// In the order the admin meets them; see [`super::pick_anchor`].
    pub anchors: Vec<AnchorSpec>,
    pub captures: Vec<CaptureSpec>,
    pub verify: VerifySpec,
    /// Fields whose values were needed but not captured (skipped steps): their placeholders are
    /// left in place, and the verification should fall back to the admin's confirmation.
    pub missing: Vec<Field>,
}

/// A captured field as the overlay lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldView {
    pub field: Field,
    pub label: String,
    /// Secrets are never included.
    pub secret: bool,
}

/// The current step in one language: everything the overlay shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepView {
    pub id: String,
    pub index: usize,
    pub total: usize,
    /// "Step 3 of 12".
    pub counter: String,
    pub title: String,
    /// Light markup: see [`super::markup`].
    pub body: String,
    pub action: Option<String>,
    /// What state completes the step, in words.
    pub done_when: String,
    /// One line per anchor saying what to look for, for the fallback when no element is found.
    pub look_for: Vec<String>,
    /// The page's title in this language.
    pub page_name: Option<String>,
    /// The resolved deep link ("Take me there"), a URL fragment.
    pub deep_link: Option<String>,
    /// Microsoft's page in this language.
    pub docs_url: Option<String>,
    pub optional: bool,
    pub outside_portal: bool,
    pub captures: Vec<FieldView>,
}

/// A whole guide in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuideView {
    pub target: Target,
    pub lang: Lang,
    pub title: String,
    pub intro: String,
    /// "12 steps, 2 of them optional".
    pub summary: String,
    /// What the registration needs (account type, platform, permissions).
    pub requirements: Vec<String>,
    /// The Entra roles needed, with what for.
    pub roles: Vec<String>,
    pub not_covered: Vec<String>,
    pub steps: Vec<StepView>,
}

impl Guide {
    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    /// The ids of all steps, in order.
    pub fn step_ids(&self) -> Vec<&str> {
        self.steps.iter().map(|s| s.id.as_str()).collect()
    }

    /// The steps whose page the URL fragment shows ("where am I"), in guide order. Several
    /// steps share a page; the runtime picks the first not done.
    pub fn locate(&self, hash: &str) -> Vec<usize> {
        self.steps
            .iter()
            .enumerate()
            .filter(|(_, s)| s.page.as_ref().is_some_and(|p| p.matches_hash(hash)))
            .map(|(i, _)| i)
            .collect()
    }

    /// The executor's plan for step `index` with the captured `values`; `None` past the end.
    pub fn plan(&self, index: usize, values: &Values) -> Option<Plan> {
        let step = self.steps.get(index)?;
        let mut sub = Subst {
            values,
            missing: Vec::new(),
        };
        let page = step.page.as_ref().map(|p| {
            let mut p = p.clone();
            p.deep_link = p.deep_link.as_ref().and_then(|d| {
                let (link, missing) = super::spec::substitute(d, values);
                missing.is_empty().then_some(link)
            });
            p
        });
        let anchors = step.anchors.iter().map(|a| sub.anchor(a)).collect();
        let verify = sub.verify(&step.verify);
        Some(Plan {
            target: self.target,
            step_id: step.id.clone(),
            index,
            total: self.steps.len(),
            outside_portal: step.outside_portal,
            page,
            dialog: step.dialog.clone(),
            anchors,
            captures: step.captures.clone(),
            verify,
            missing: sub.missing,
        })
    }

    /// Step `index` in the localizer's language; `None` past the end.
    pub fn step_view(&self, index: usize, l10n: &Localizer, values: &Values) -> Option<StepView> {
        let step = self.steps.get(index)?;
        let lang = l10n.lang();
        let args = fluent_args(l10n, values);
        let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, v.clone())).collect();
        let counter = l10n.format(
            "guide-step-counter",
            &[
                ("number", Arg::from(index + 1)),
                ("total", Arg::from(self.steps.len())),
            ],
        );
        let plan = self.plan(index, values)?;
        let look_for = step
            .anchors
            .iter()
            .map(|a| look_for(l10n, a))
            .collect::<Vec<_>>();
        Some(StepView {
            id: step.id.clone(),
            index,
            total: self.steps.len(),
            counter,
            title: l10n.format(&step.title_id(), &args),
            body: l10n.format(&step.body_id(), &args),
            action: step.action_id().map(|id| l10n.format(&id, &args)),
            done_when: self.done_when(step, l10n),
            look_for,
            page_name: step.page.as_ref().map(|p| p.titles.first(lang).to_owned()),
            deep_link: plan.page.and_then(|p| p.deep_link),
            docs_url: step.docs.as_deref().map(|d| localized_docs_url(d, lang)),
            optional: step.optional,
            outside_portal: step.outside_portal,
            captures: step
                .captures
                .iter()
                .map(|c| FieldView {
                    field: c.field,
                    label: l10n.msg(&c.field.message_id()),
                    secret: c.field.is_secret(),
                })
                .collect(),
        })
    }

    /// The whole guide in the localizer's language.
    pub fn view(&self, l10n: &Localizer, values: &Values) -> GuideView {
        let optional = self.steps.iter().filter(|s| s.optional).count();
        GuideView {
            target: self.target,
            lang: l10n.lang(),
            title: l10n.msg(&format!("{}.title", self.text)),
            intro: l10n.msg(&format!("{}.intro", self.text)),
            summary: l10n.format(
                "guide-summary",
                &[
                    ("count", Arg::from(self.steps.len())),
                    ("optional", Arg::from(optional)),
                ],
            ),
            requirements: self.requirements(l10n),
            roles: self
                .roles
                .iter()
                .map(|r| {
                    l10n.format(
                        "guide-role-line",
                        &[
                            ("role", Arg::from(l10n.msg(r.message_id()))),
                            (
                                "purpose",
                                Arg::from(l10n.msg(&format!("{}.purpose", r.message_id()))),
                            ),
                        ],
                    )
                })
                .collect(),
            not_covered: self.not_covered.iter().map(|id| l10n.msg(id)).collect(),
            steps: (0..self.steps.len())
                .filter_map(|i| self.step_view(i, l10n, values))
                .collect(),
        }
    }

    fn label(&self, key: &str, lang: Lang) -> String {
        self.labels
            .get(key)
            .map(|l| l.first(lang).to_owned())
            .unwrap_or_else(|| key.to_owned())
    }

    fn requirements(&self, l10n: &Localizer) -> Vec<String> {
        let lang = l10n.lang();
        let profile = permissions::profile(self.target);
        let mut out = Vec::new();
        if profile.registration == Registration::Vendor {
            out.push(l10n.msg("guide-req-vendor"));
        }
        if let Some(a) = profile.recommended_audience() {
            let key = match a {
                crate::checks::Audience::AzureADMyOrg => "account-single",
                _ => "account-multi",
            };
            out.push(l10n.format(
                "guide-req-account-type",
                &[("type", Arg::from(self.label(key, lang)))],
            ));
        }
        if profile.registration == Registration::Own {
            let platform = match profile.platform {
                Some(crate::checks::Platform::Web) => Some("platform-web"),
                Some(crate::checks::Platform::Installed) => Some("platform-public-client"),
                Some(crate::checks::Platform::Spa) => Some("platform-spa"),
                None => None,
            };
            out.push(match platform {
                Some(p) => l10n.format(
                    "guide-req-platform",
                    &[("platform", Arg::from(self.label(p, lang)))],
                ),
                None => l10n.msg("guide-req-no-redirect"),
            });
        }
        for r in profile.requirements {
            let p = r.permission;
            let kind = self.label(kind_label_key(p.kind), lang);
            let id = match (r.need, profile.registration) {
                (Need::Required, Registration::Own) => "guide-req-permission",
                (Need::Optional, Registration::Own) => "guide-req-permission-optional",
                (_, Registration::Vendor) => "guide-req-permission-vendor",
            };
            if r.need == Need::Optional && profile.registration == Registration::Vendor {
                continue;
            }
            out.push(l10n.format(
                id,
                &[
                    ("api", Arg::from(p.resource.display_name())),
                    ("name", Arg::from(p.name)),
                    ("type", Arg::from(kind)),
                ],
            ));
        }
        out
    }

    fn done_when(&self, step: &Step, l10n: &Localizer) -> String {
        let lang = l10n.lang();
        match &step.verify {
            VerifySpec::Page { page } => l10n.format(
                "guide-verify-page",
                &[("page", Arg::from(page.titles.first(lang)))],
            ),
            VerifySpec::AnchorsDone => l10n.msg("guide-verify-anchors-done"),
            VerifySpec::Captured => {
                let names: Vec<String> = step
                    .captures
                    .iter()
                    .map(|c| l10n.msg(&c.field.message_id()))
                    .collect();
                l10n.format(
                    "guide-verify-captured",
                    &[
                        ("count", Arg::from(names.len())),
                        ("fields", Arg::from(names.join(", "))),
                    ],
                )
            }
            VerifySpec::PermissionRows { rows, status, .. } => {
                let names: Vec<String> = rows
                    .iter()
                    .map(|r| format!("{} ({})", r.name, r.type_labels.first(lang)))
                    .collect();
                let id = match status {
                    RowStatus::Listed => "guide-verify-permissions-listed",
                    RowStatus::Granted => "guide-verify-permissions-granted",
                };
                l10n.format(
                    id,
                    &[
                        ("count", Arg::from(rows.len())),
                        ("names", Arg::from(names.join(", "))),
                    ],
                )
            }
            VerifySpec::SecretRow => l10n.format(
                "guide-verify-secret-row",
                &[("section", Arg::from(self.label("client-secrets", lang)))],
            ),
            VerifySpec::ListContains { labels, value, .. } => l10n.format(
                "guide-verify-list-contains",
                &[
                    ("list", Arg::from(labels.first(lang))),
                    ("value", Arg::from(display_value(l10n, value))),
                ],
            ),
            VerifySpec::TextPresent { labels, .. } => l10n.format(
                "guide-verify-text-present",
                &[("label", Arg::from(labels.first(lang)))],
            ),
            VerifySpec::Manual => l10n.msg("guide-verify-manual"),
        }
    }
}

/// The portal label key of a permission type's column text.
pub(crate) fn kind_label_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Delegated => "perm-type-delegated",
        Kind::Application => "perm-type-application",
    }
}

/// Shows a template's placeholders as the field's name (`‹Redirect URI›`).
fn display_value(l10n: &Localizer, template: &str) -> String {
    let mut out = template.to_owned();
    for name in super::spec::placeholders(template) {
        if let Some(f) = Field::parse(name) {
            out = out.replace(
                &format!("{{{name}}}"),
                &l10n.format(
                    "guide-placeholder",
                    &[("name", Arg::from(l10n.msg(&f.message_id())))],
                ),
            );
        }
    }
    out
}

/// Fluent arguments for step texts: every non-secret captured value, and a placeholder naming
/// the field for the others.
fn fluent_args(l10n: &Localizer, values: &Values) -> Vec<(&'static str, Arg)> {
    Field::ALL
        .into_iter()
        .map(|f| {
            let v = match values.get(&f) {
                Some(v) if !f.is_secret() => v.clone(),
                _ => l10n.format(
                    "guide-placeholder",
                    &[("name", Arg::from(l10n.msg(&f.message_id())))],
                ),
            };
            (f.key(), Arg::from(v))
        })
        .collect()
}

fn look_for(l10n: &Localizer, a: &AnchorSpec) -> String {
    let lang = l10n.lang();
    let label = a.labels.first(lang);
    let english = a.labels.first(Lang::En);
    let place = match a.position {
        Some(p) => l10n.msg(&format!(
            "guide-position-{}",
            serde_json::to_value(p)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        )),
        None => l10n.msg("guide-position-anywhere"),
    };
    if lang == Lang::En || label == english {
        l10n.format(
            "guide-look-for",
            &[("label", Arg::from(label)), ("where", Arg::from(place))],
        )
    } else {
        l10n.format(
            "guide-look-for-alt",
            &[
                ("label", Arg::from(label)),
                ("english", Arg::from(english)),
                ("where", Arg::from(place)),
            ],
        )
    }
}

/// learn.microsoft.com serves every page in Polish and Czech too: `/en-us/` → `/pl-pl/`,
/// `/cs-cz/`. Other hosts are left alone.
pub fn localized_docs_url(url: &str, lang: Lang) -> String {
    let locale = match lang {
        Lang::En => return url.to_owned(),
        Lang::Pl => "/pl-pl/",
        Lang::Cs => "/cs-cz/",
    };
    if url.starts_with("https://learn.microsoft.com/en-us/") {
        url.replacen("/en-us/", locale, 1)
    } else {
        url.to_owned()
    }
}
