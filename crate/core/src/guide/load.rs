//! Reading guide files: TOML first (shape, unknown fields and kinds, with their spans), then a
//! second pass that resolves names against the portal description and the locales and checks
//! what TOML cannot (ids, translations, placeholders). Every error names file, line and reason.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;
use toml::Spanned;

use super::model::{kind_label_key, Guide, Role, Step};
use super::spec::{
    AnchorSpec, CaptureSource, CaptureSpec, Done, Field, FrameHint, LabelMatch, LabelSet, ListKind,
    MenuSpec, PageSpec, PermissionRow, Position, Region, RowStatus, VerifySpec,
};
use crate::permissions::{self, Kind, Resource};
use crate::{Lang, Localizer, Target};

/// A guide or portal file that cannot be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub file: String,
    /// 1-based.
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for LoadError {}

/// Turns byte offsets into errors with line numbers.
struct Source<'a> {
    file: &'a str,
    text: &'a str,
}

impl Source<'_> {
    fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn err(&self, offset: usize, reason: impl Into<String>) -> LoadError {
        LoadError {
            file: self.file.to_owned(),
            line: self.line(offset),
            reason: reason.into(),
        }
    }

    fn toml_err(&self, e: toml::de::Error) -> LoadError {
        let offset = e.span().map(|s| s.start).unwrap_or(0);
        self.err(offset, e.message().trim().to_owned())
    }

    /// The offset of `needle` at or after `from`, for errors inside a value TOML gave no span
    /// for (e.g. a field of an internally tagged table); `from` when absent.
    fn find(&self, from: usize, needle: &str) -> usize {
        self.text
            .get(from..)
            .and_then(|rest| rest.find(needle))
            .map(|i| from + i)
            .unwrap_or(from)
    }
}

// ---------------------------------------------------------------------------------------------
// The portal description (guides/portal.toml)

/// What regpilot knows of the portal: labels in every language, pages and elements, by key.
#[derive(Debug, Clone, PartialEq)]
pub struct Portal {
    pub labels: BTreeMap<String, LabelSet>,
    /// Keys of labels whose Polish or Czech text no primary source confirmed.
    pub inferred: BTreeSet<String>,
    pub pages: BTreeMap<String, PageSpec>,
    pub elements: BTreeMap<String, AnchorSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPortal {
    #[serde(default)]
    label: BTreeMap<String, Spanned<RawLabel>>,
    #[serde(default)]
    page: BTreeMap<String, Spanned<RawPage>>,
    #[serde(default)]
    element: BTreeMap<String, Spanned<RawElement>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLabel {
    en: Vec<String>,
    pl: Vec<String>,
    cs: Vec<String>,
    #[serde(default)]
    inferred: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPage {
    deep_link: Option<Spanned<String>>,
    blade: String,
    section: Option<String>,
    title: Spanned<String>,
    menu: Option<Spanned<String>>,
    menu_telemetry: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawElement {
    label: Option<Spanned<String>>,
    text: Option<String>,
    #[serde(rename = "match", default)]
    label_match: LabelMatch,
    exclude: Option<Spanned<String>>,
    role: Option<String>,
    #[serde(default)]
    selectors: Vec<String>,
    #[serde(default)]
    telemetry: Vec<String>,
    #[serde(default)]
    frame: FrameHint,
    position: Option<Position>,
}

/// Parses and checks the portal description.
pub fn parse_portal(file: &str, text: &str) -> Result<Portal, LoadError> {
    let src = Source { file, text };
    let raw: RawPortal = toml::from_str(text).map_err(|e| src.toml_err(e))?;
    let mut labels = BTreeMap::new();
    let mut inferred = BTreeSet::new();
    for (key, l) in &raw.label {
        check_key(&src, l.span().start, "label", key)?;
        let v = l.get_ref();
        for (lang, list) in [("en", &v.en), ("pl", &v.pl), ("cs", &v.cs)] {
            if list.is_empty() || list.iter().any(|s| s.trim().is_empty()) {
                return Err(src.err(
                    l.span().start,
                    format!("label `{key}` needs at least one non-empty {lang} text"),
                ));
            }
        }
        if v.inferred {
            inferred.insert(key.clone());
        }
        labels.insert(
            key.clone(),
            LabelSet {
                en: v.en.clone(),
                pl: v.pl.clone(),
                cs: v.cs.clone(),
            },
        );
    }
    let label = |s: &Spanned<String>| -> Result<LabelSet, LoadError> {
        labels
            .get(s.get_ref())
            .cloned()
            .ok_or_else(|| src.err(s.span().start, format!("unknown label `{}`", s.get_ref())))
    };
    let mut pages = BTreeMap::new();
    for (key, p) in &raw.page {
        check_key(&src, p.span().start, "page", key)?;
        let v = p.get_ref();
        if let Some(d) = &v.deep_link {
            if !d.get_ref().starts_with("#view/") {
                return Err(src.err(
                    d.span().start,
                    format!("deep link of page `{key}` must start with `#view/`"),
                ));
            }
            for name in super::spec::placeholders(d.get_ref()) {
                if Field::parse(name).is_none() {
                    return Err(src.err(d.span().start, format!("unknown placeholder {{{name}}}")));
                }
            }
        }
        if v.blade.split('/').count() != 2 {
            return Err(src.err(
                p.span().start,
                format!("blade of page `{key}` must be `Extension/Blade`"),
            ));
        }
        let menu = match &v.menu {
            Some(m) => Some(MenuSpec {
                labels: label(m)?,
                telemetry: v.menu_telemetry.clone(),
            }),
            None => None,
        };
        pages.insert(
            key.clone(),
            PageSpec {
                key: key.clone(),
                deep_link: v.deep_link.as_ref().map(|d| d.get_ref().clone()),
                blade: v.blade.clone(),
                section: v.section.clone(),
                titles: label(&v.title)?,
                menu,
            },
        );
    }
    let mut elements = BTreeMap::new();
    for (key, e) in &raw.element {
        check_key(&src, e.span().start, "element", key)?;
        let v = e.get_ref();
        let labels = match (&v.label, &v.text) {
            (Some(l), None) => label(l)?,
            (None, Some(t)) => LabelSet::literal(t),
            _ => {
                return Err(src.err(
                    e.span().start,
                    format!("element `{key}` needs exactly one of `label` or `text`"),
                ))
            }
        };
        elements.insert(
            key.clone(),
            AnchorSpec {
                key: key.clone(),
                role: v.role.clone(),
                selectors: v.selectors.clone(),
                telemetry: v.telemetry.clone(),
                labels,
                label_match: v.label_match,
                exclude: match &v.exclude {
                    Some(x) => label(x)?,
                    None => LabelSet::default(),
                },
                frame: v.frame,
                position: v.position,
                done: None,
            },
        );
    }
    Ok(Portal {
        labels,
        inferred,
        pages,
        elements,
    })
}

// ---------------------------------------------------------------------------------------------
// Guide files

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGuide {
    target: Spanned<String>,
    text: Spanned<String>,
    #[serde(default)]
    roles: Vec<Role>,
    #[serde(default)]
    not_covered: Vec<Spanned<String>>,
    #[serde(rename = "step", default)]
    steps: Vec<Spanned<RawStep>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    text: Spanned<String>,
    #[serde(default)]
    optional: bool,
    #[serde(default)]
    outside_portal: bool,
    page: Option<Spanned<String>>,
    dialog: Option<Spanned<String>>,
    #[serde(default)]
    anchors: Vec<Spanned<RawAnchor>>,
    #[serde(default)]
    captures: Vec<Spanned<RawCapture>>,
    verify: Spanned<RawVerify>,
    docs: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnchor {
    element: Spanned<String>,
    /// Replaces the element's labels with a text that is the same in every language.
    text: Option<String>,
    done: Option<RawDone>,
    /// For `done = "value"`: the expected value (may hold placeholders).
    value: Option<String>,
    /// For `done = "value"` on a select: the label key of the option to choose.
    option: Option<Spanned<String>>,
}

#[derive(Deserialize, Clone, Copy, PartialEq)]
#[serde(rename_all = "kebab-case")]
enum RawDone {
    Checked,
    Filled,
    Value,
    Disabled,
}

#[derive(Deserialize)]
#[serde(tag = "from", rename_all = "kebab-case", deny_unknown_fields)]
enum RawCapture {
    Url {
        field: Field,
        param: String,
        page: String,
    },
    Essentials {
        field: Field,
        label: String,
    },
    Anchor {
        field: Field,
        element: String,
    },
    NewSecret {
        field: Field,
        column: String,
    },
    User {
        field: Field,
    },
}

impl RawCapture {
    fn field(&self) -> Field {
        match self {
            RawCapture::Url { field, .. }
            | RawCapture::Essentials { field, .. }
            | RawCapture::Anchor { field, .. }
            | RawCapture::NewSecret { field, .. }
            | RawCapture::User { field } => *field,
        }
    }
}

#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
enum RawVerify {
    Page {
        page: String,
    },
    AnchorsDone,
    Captured,
    PermissionRows {
        #[serde(default = "graph")]
        api: Resource,
        status: RowStatus,
        rows: Vec<RawRow>,
    },
    SecretRow,
    ListContains {
        list: ListKind,
        value: String,
    },
    TextPresent {
        within: Region,
        label: String,
        value: Option<String>,
    },
    Manual,
}

fn graph() -> Resource {
    Resource::Graph
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRow {
    name: String,
    #[serde(rename = "type")]
    kind: Kind,
}

/// The Localizers of all languages, built once per load.
pub(crate) struct Locales(Vec<Localizer>);

impl Locales {
    pub fn new() -> Locales {
        Locales(Lang::ALL.into_iter().map(Localizer::new).collect())
    }

    /// The languages lacking `id` (a message or `message.attribute`).
    fn missing(&self, id: &str) -> Vec<&'static str> {
        self.0
            .iter()
            .filter(|l| !l.has(id))
            .map(|l| l.lang().code())
            .collect()
    }
}

fn check_key(src: &Source, offset: usize, what: &str, key: &str) -> Result<(), LoadError> {
    if is_kebab(key) {
        Ok(())
    } else {
        Err(src.err(
            offset,
            format!("{what} key `{key}` must be lowercase kebab-case"),
        ))
    }
}

/// Lowercase kebab-case: `[a-z][a-z0-9]*(-[a-z0-9]+)*`.
pub fn is_kebab(s: &str) -> bool {
    let mut parts = s.split('-');
    let first_ok = parts.next().is_some_and(|p| {
        p.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    });
    first_ok
        && parts.all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// Parses and validates one guide file against the portal description and the locales.
pub(crate) fn parse_guide(
    file: &str,
    text: &str,
    portal: &Portal,
    locales: &Locales,
) -> Result<Guide, LoadError> {
    let src = Source { file, text };
    let raw: RawGuide = toml::from_str(text).map_err(|e| src.toml_err(e))?;

    let target = Target::parse(raw.target.get_ref()).ok_or_else(|| {
        src.err(
            raw.target.span().start,
            format!(
                "unknown target `{}` (valid: {})",
                raw.target.get_ref(),
                Target::valid_list()
            ),
        )
    })?;
    let need_message = |s: &Spanned<String>, attrs: &[&str]| -> Result<(), LoadError> {
        let id = s.get_ref();
        let ids: Vec<String> = if attrs.is_empty() {
            vec![id.clone()]
        } else {
            attrs.iter().map(|a| format!("{id}.{a}")).collect()
        };
        for id in ids {
            let missing = locales.missing(&id);
            if !missing.is_empty() {
                return Err(src.err(
                    s.span().start,
                    format!(
                        "missing translation: `{id}` is absent in {}",
                        missing.join(", ")
                    ),
                ));
            }
        }
        Ok(())
    };
    need_message(&raw.text, &["title", "intro"])?;
    for n in &raw.not_covered {
        need_message(n, &[])?;
    }
    if raw.steps.is_empty() {
        return Err(src.err(0, "a guide needs at least one [[step]]"));
    }

    let mut steps: Vec<Step> = Vec::new();
    let mut seen_ids: BTreeMap<String, usize> = BTreeMap::new();
    // Fields captured by the steps before the current one.
    let mut available: BTreeSet<Field> = BTreeSet::new();
    for s in &raw.steps {
        let start = s.span().start;
        let st = s.get_ref();
        let id = st.id.get_ref();
        if !is_kebab(id) {
            return Err(src.err(
                st.id.span().start,
                format!("bad step id `{id}`: use lowercase kebab-case (e.g. `redirect-uri`)"),
            ));
        }
        if let Some(line) = seen_ids.get(id) {
            return Err(src.err(
                st.id.span().start,
                format!("duplicate step id `{id}` (first used on line {line})"),
            ));
        }
        seen_ids.insert(id.clone(), src.line(st.id.span().start));

        need_message(&st.text, &["title", "body"])?;
        let action_id = format!("{}.action", st.text.get_ref());
        let with_action = locales.missing(&action_id);
        let has_action = with_action.is_empty();
        if !has_action && with_action.len() < Lang::ALL.len() {
            return Err(src.err(
                st.text.span().start,
                format!(
                    "missing translation: `{action_id}` is absent in {}",
                    with_action.join(", ")
                ),
            ));
        }

        // Where.
        let page = match &st.page {
            Some(p) => Some(portal.pages.get(p.get_ref()).cloned().ok_or_else(|| {
                src.err(p.span().start, format!("unknown page `{}`", p.get_ref()))
            })?),
            None => None,
        };
        let dialog = match &st.dialog {
            Some(d) => Some(portal.labels.get(d.get_ref()).cloned().ok_or_else(|| {
                src.err(d.span().start, format!("unknown label `{}`", d.get_ref()))
            })?),
            None => None,
        };
        if st.outside_portal {
            if page.is_some() || dialog.is_some() || !st.anchors.is_empty() {
                return Err(src.err(
                    start,
                    format!("step `{id}` is outside the portal: it cannot have a page, dialog or anchors"),
                ));
            }
        } else if page.is_none() {
            return Err(src.err(
                start,
                format!("step `{id}` needs a `page` (or `outside_portal = true`)"),
            ));
        }
        let check_placeholders = |offset: usize, template: &str| -> Result<(), LoadError> {
            for name in super::spec::placeholders(template) {
                let Some(f) = Field::parse(name) else {
                    return Err(src.err(offset, format!("unknown placeholder {{{name}}}")));
                };
                if f.is_secret() {
                    return Err(src.err(
                        offset,
                        format!(
                            "placeholder {{{name}}} is a secret: secrets never go into portal data"
                        ),
                    ));
                }
                if !available.contains(&f) {
                    return Err(src.err(
                        offset,
                        format!("placeholder {{{name}}} is not captured by an earlier step"),
                    ));
                }
            }
            Ok(())
        };
        if let (Some(p), Some(raw_page)) = (&page, &st.page) {
            if let Some(d) = &p.deep_link {
                check_placeholders(raw_page.span().start, d)?;
            }
        }

        // Anchors.
        let mut anchors = Vec::new();
        for a in &st.anchors {
            let ra = a.get_ref();
            let mut spec = portal
                .elements
                .get(ra.element.get_ref())
                .cloned()
                .ok_or_else(|| {
                    src.err(
                        ra.element.span().start,
                        format!("unknown element `{}`", ra.element.get_ref()),
                    )
                })?;
            if let Some(t) = &ra.text {
                check_placeholders(a.span().start, t)?;
                spec.labels = LabelSet::literal(t);
            }
            spec.done = match ra.done {
                None => {
                    if ra.value.is_some() || ra.option.is_some() {
                        return Err(src.err(
                            a.span().start,
                            "`value` and `option` need `done = \"value\"`",
                        ));
                    }
                    None
                }
                Some(RawDone::Checked) => Some(Done::Checked),
                Some(RawDone::Filled) => Some(Done::Filled),
                Some(RawDone::Disabled) => Some(Done::Disabled),
                Some(RawDone::Value) => match (&ra.value, &ra.option) {
                    (Some(v), None) => {
                        check_placeholders(a.span().start, v)?;
                        Some(Done::Equals {
                            value: v.clone(),
                            labels: LabelSet::default(),
                        })
                    }
                    (None, Some(o)) => {
                        let labels = portal.labels.get(o.get_ref()).cloned().ok_or_else(|| {
                            src.err(o.span().start, format!("unknown label `{}`", o.get_ref()))
                        })?;
                        Some(Done::Equals {
                            value: labels.first(Lang::En).to_owned(),
                            labels,
                        })
                    }
                    _ => {
                        return Err(src.err(
                            a.span().start,
                            "`done = \"value\"` needs exactly one of `value` or `option`",
                        ))
                    }
                },
            };
            anchors.push(spec);
        }

        // Captures.
        let mut captures = Vec::new();
        for c in &st.captures {
            let rc = c.get_ref();
            let offset = c.span().start;
            let label =
                |key: &str| -> Result<LabelSet, LoadError> {
                    portal.labels.get(key).cloned().ok_or_else(|| {
                        src.err(src.find(offset, key), format!("unknown label `{key}`"))
                    })
                };
            let source =
                match rc {
                    RawCapture::Url { param, page, .. } => CaptureSource::Url {
                        param: param.clone(),
                        blade: portal.pages.get(page).map(|p| p.blade.clone()).ok_or_else(
                            || src.err(src.find(offset, page), format!("unknown page `{page}`")),
                        )?,
                    },
                    RawCapture::Essentials { label: l, .. } => {
                        CaptureSource::Essentials { labels: label(l)? }
                    }
                    RawCapture::Anchor { element, .. } => {
                        if !anchors.iter().any(|a: &AnchorSpec| &a.key == element) {
                            return Err(src.err(
                                src.find(offset, element),
                                format!(
                                "capture reads anchor `{element}`, which step `{id}` does not have"
                            ),
                            ));
                        }
                        CaptureSource::Anchor {
                            key: element.clone(),
                        }
                    }
                    RawCapture::NewSecret { column, .. } => CaptureSource::NewSecret {
                        column: label(column)?,
                    },
                    RawCapture::User { .. } => CaptureSource::User,
                };
            if captures.iter().any(|x: &CaptureSpec| x.field == rc.field()) {
                return Err(src.err(
                    offset,
                    format!("step `{id}` captures {} twice", rc.field().key()),
                ));
            }
            captures.push(CaptureSpec {
                field: rc.field(),
                source,
            });
        }

        // Verify.
        let voff = st.verify.span().start;
        let verify = match st.verify.get_ref() {
            RawVerify::Page { page } => {
                let mut p = portal.pages.get(page).cloned().ok_or_else(|| {
                    src.err(src.find(voff, page), format!("unknown page `{page}`"))
                })?;
                p.deep_link = None;
                VerifySpec::Page { page: p }
            }
            RawVerify::AnchorsDone => {
                if !anchors.iter().any(|a| a.done.is_some()) {
                    return Err(src.err(
                        voff,
                        format!("step `{id}` verifies `anchors-done` but no anchor has `done`"),
                    ));
                }
                VerifySpec::AnchorsDone
            }
            RawVerify::Captured => {
                if captures.is_empty() {
                    return Err(src.err(
                        voff,
                        format!("step `{id}` verifies `captured` but captures nothing"),
                    ));
                }
                VerifySpec::Captured
            }
            RawVerify::PermissionRows { api, status, rows } => {
                if rows.is_empty() {
                    return Err(src.err(voff, "`permission-rows` needs at least one row"));
                }
                let mut out = Vec::new();
                for r in rows {
                    let known = permissions::lookup(&r.name, r.kind)
                        .filter(|p| p.resource == *api && p.name == r.name);
                    if known.is_none() {
                        return Err(src.err(
                            src.find(voff, &r.name),
                            format!(
                                "unknown permission `{}` ({}) of {}: not in the permission catalogue (check the spelling and case)",
                                r.name,
                                r.kind.id(),
                                api.display_name()
                            ),
                        ));
                    }
                    let type_labels = portal
                        .labels
                        .get(kind_label_key(r.kind))
                        .cloned()
                        .ok_or_else(|| {
                            src.err(
                                voff,
                                format!("portal lacks label `{}`", kind_label_key(r.kind)),
                            )
                        })?;
                    out.push(PermissionRow {
                        api: api.display_name().to_owned(),
                        name: r.name.clone(),
                        kind: r.kind,
                        type_labels,
                    });
                }
                VerifySpec::PermissionRows {
                    rows: out,
                    status: *status,
                    granted_labels: portal
                        .labels
                        .get("perm-status-granted")
                        .cloned()
                        .ok_or_else(|| src.err(voff, "portal lacks label `perm-status-granted`"))?,
                }
            }
            RawVerify::SecretRow => VerifySpec::SecretRow,
            RawVerify::ListContains { list, value } => {
                check_placeholders(src.find(voff, value), value)?;
                let key = match list {
                    ListKind::WebRedirectUris | ListKind::PublicClientRedirectUris => {
                        "redirect-uris"
                    }
                };
                VerifySpec::ListContains {
                    list: *list,
                    labels: portal
                        .labels
                        .get(key)
                        .cloned()
                        .ok_or_else(|| src.err(voff, format!("portal lacks label `{key}`")))?,
                    value: value.clone(),
                }
            }
            RawVerify::TextPresent {
                within,
                label,
                value,
            } => {
                if let Some(v) = value {
                    check_placeholders(src.find(voff, v), v)?;
                }
                VerifySpec::TextPresent {
                    within: *within,
                    labels: portal.labels.get(label).cloned().ok_or_else(|| {
                        src.err(src.find(voff, label), format!("unknown label `{label}`"))
                    })?,
                    value: value.clone(),
                }
            }
            RawVerify::Manual => VerifySpec::Manual,
        };
        if st.outside_portal && !matches!(verify, VerifySpec::Manual | VerifySpec::Captured) {
            return Err(src.err(
                voff,
                format!(
                    "step `{id}` is outside the portal: it can only verify `manual` or `captured`"
                ),
            ));
        }
        if st.outside_portal && captures.iter().any(|c| c.source != CaptureSource::User) {
            return Err(src.err(
                start,
                format!("step `{id}` is outside the portal: it can only capture `from = \"user\"`"),
            ));
        }

        // Docs.
        let docs = match &st.docs {
            Some(d) => {
                let url = d.get_ref();
                if !(url.starts_with("https://learn.microsoft.com/en-us/")
                    || url.starts_with("https://support.microsoft.com/en-us/"))
                {
                    return Err(src.err(
                        d.span().start,
                        format!("docs link `{url}` must be a Microsoft page in en-us (learn.microsoft.com or support.microsoft.com)"),
                    ));
                }
                Some(url.clone())
            }
            None if st.outside_portal => None,
            None => {
                return Err(src.err(
                    start,
                    format!("step `{id}` needs `docs`: Microsoft's page for the step"),
                ))
            }
        };

        for c in &captures {
            available.insert(c.field);
        }
        steps.push(Step {
            id: id.clone(),
            text: st.text.get_ref().clone(),
            has_action,
            optional: st.optional,
            outside_portal: st.outside_portal,
            page,
            dialog,
            anchors,
            captures,
            verify,
            docs,
        });
    }

    Ok(Guide {
        target,
        file: file.to_owned(),
        text: raw.text.get_ref().clone(),
        roles: raw.roles,
        not_covered: raw
            .not_covered
            .iter()
            .map(|n| n.get_ref().clone())
            .collect(),
        steps,
        labels: portal.labels.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_case_ids() {
        for ok in ["redirect-uri", "copy-ids", "a", "step2", "a-1-b"] {
            assert!(is_kebab(ok), "{ok}");
        }
        for bad in [
            "",
            "Redirect-uri",
            "redirect_uri",
            "-a",
            "a-",
            "a--b",
            "2a",
            "a b",
        ] {
            assert!(!is_kebab(bad), "{bad}");
        }
    }

    #[test]
    fn lines_are_one_based() {
        let src = Source {
            file: "f",
            text: "a\nb\nc",
        };
        assert_eq!(src.line(0), 1);
        assert_eq!(src.line(2), 2);
        assert_eq!(src.line(100), 3);
        assert_eq!(src.err(4, "x").to_string(), "f:3: x");
    }
}
