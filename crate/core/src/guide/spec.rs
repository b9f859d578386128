//! The portal-facing vocabulary of a guide: what a page looks like, which element to highlight,
//! what to read and what proves a step done. These types cross the wire (background worker →
//! content scripts and overlay) as JSON, so everything here is plain data with serde names that
//! form part of the contract with the JavaScript executor.
//!
//! Rules the executor must apply are implemented here too ([`normalize_label`],
//! [`label_matches`], [`PageSpec::matches_hash`], [`pick_anchor`]), so that the host tests and
//! the portal replica use the same definitions as the shipped script.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::permissions::Kind;
use crate::Lang;

/// A value a guide reads from the portal (or from the admin) and later steps or the export use.
///
/// The serde name (camelCase) is also the placeholder name in guide files (`{clientId}`) and the
/// Fluent variable name in step texts (`{ $clientId }`): one spelling everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Field {
    /// Directory (tenant) ID.
    TenantId,
    /// Application (client) ID, the `appId` of deep links.
    ClientId,
    /// The app registration's Object ID (not the enterprise application's).
    ObjectId,
    /// The client secret's value, shown once by the portal. Never leaves session storage and
    /// never appears in a [`crate::guide::Plan`].
    SecretValue,
    /// The client secret's Secret ID (a GUID; not what targets want).
    SecretId,
    /// When the client secret expires, as the portal shows it.
    SecretExpiry,
    /// The redirect URI registered for the target.
    RedirectUri,
    /// The app registration's display name.
    AppName,
    /// The enterprise application's (service principal's) Object ID.
    ServicePrincipalObjectId,
    /// A user's Object ID (Statlook wants the mailbox user's).
    UserObjectId,
    /// The tenant's display name, as in "Grant admin consent for <tenant>".
    TenantName,
}

impl Field {
    pub const ALL: [Field; 11] = [
        Field::TenantId,
        Field::ClientId,
        Field::ObjectId,
        Field::SecretValue,
        Field::SecretId,
        Field::SecretExpiry,
        Field::RedirectUri,
        Field::AppName,
        Field::ServicePrincipalObjectId,
        Field::UserObjectId,
        Field::TenantName,
    ];

    /// The placeholder / Fluent variable name, e.g. `clientId`.
    pub fn key(self) -> &'static str {
        match self {
            Field::TenantId => "tenantId",
            Field::ClientId => "clientId",
            Field::ObjectId => "objectId",
            Field::SecretValue => "secretValue",
            Field::SecretId => "secretId",
            Field::SecretExpiry => "secretExpiry",
            Field::RedirectUri => "redirectUri",
            Field::AppName => "appName",
            Field::ServicePrincipalObjectId => "servicePrincipalObjectId",
            Field::UserObjectId => "userObjectId",
            Field::TenantName => "tenantName",
        }
    }

    pub fn parse(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// Secrets are kept in session storage only and are never substituted into portal data.
    pub fn is_secret(self) -> bool {
        matches!(self, Field::SecretValue)
    }

    /// The Fluent message naming this field (`guide-field-client-id`), for the overlay's list of
    /// captured values and for placeholders in rendered guides.
    pub fn message_id(self) -> String {
        let mut id = String::from("guide-field-");
        for c in self.key().chars() {
            if c.is_ascii_uppercase() {
                id.push('-');
                id.push(c.to_ascii_lowercase());
            } else {
                id.push(c);
            }
        }
        id
    }
}

/// Captured values by field.
pub type Values = BTreeMap<Field, String>;

/// The portal's visible text for one thing, in each portal language, with the variants seen over
/// time. The executor matches ALL languages: the portal may speak Polish while the guide speaks
/// English.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelSet {
    pub en: Vec<String>,
    pub pl: Vec<String>,
    pub cs: Vec<String>,
}

impl LabelSet {
    /// The same text in every language (product names, permission names).
    pub fn literal(text: &str) -> LabelSet {
        LabelSet {
            en: vec![text.to_owned()],
            pl: vec![text.to_owned()],
            cs: vec![text.to_owned()],
        }
    }

    pub fn get(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::En => &self.en,
            Lang::Pl => &self.pl,
            Lang::Cs => &self.cs,
        }
    }

    /// The current label in `lang` (the first variant), English if that language has none.
    pub fn first(&self, lang: Lang) -> &str {
        self.get(lang)
            .first()
            .or_else(|| self.en.first())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Every variant of every language, without duplicates, in en, pl, cs order.
    pub fn all(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for s in self.en.iter().chain(&self.pl).chain(&self.cs) {
            if !out.contains(&s.as_str()) {
                out.push(s);
            }
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.en.is_empty() && self.pl.is_empty() && self.cs.is_empty()
    }

    /// Whether `candidate` (an accessible name or visible text) matches any variant.
    pub fn matches(&self, mode: LabelMatch, candidate: &str) -> bool {
        self.all()
            .into_iter()
            .any(|l| label_matches(mode, candidate, l))
    }

    pub(crate) fn map(&self, mut f: impl FnMut(&str) -> String) -> LabelSet {
        LabelSet {
            en: self.en.iter().map(|s| f(s)).collect(),
            pl: self.pl.iter().map(|s| f(s)).collect(),
            cs: self.cs.iter().map(|s| f(s)).collect(),
        }
    }
}

/// How a label is compared with an element's accessible name, after [`normalize_label`] on both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LabelMatch {
    #[default]
    Exact,
    /// The name starts with the label ("Grant admin consent for Contoso").
    Prefix,
    Contains,
}

/// The comparison form of a label: trimmed, inner whitespace collapsed to one space, a leading
/// "+ " (the portal's add buttons) dropped, lowercased. The executor must apply the same rule.
pub fn normalize_label(s: &str) -> String {
    let collapsed = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let stripped = collapsed.strip_prefix("+ ").unwrap_or(&collapsed);
    let stripped = stripped.strip_prefix('+').unwrap_or(stripped);
    stripped.trim().to_lowercase()
}

/// Whether `candidate` matches `label` under `mode`; both are normalized first. An empty label
/// never matches.
pub fn label_matches(mode: LabelMatch, candidate: &str, label: &str) -> bool {
    let (c, l) = (normalize_label(candidate), normalize_label(label));
    if l.is_empty() {
        return false;
    }
    match mode {
        LabelMatch::Exact => c == l,
        LabelMatch::Prefix => c.starts_with(&l),
        LabelMatch::Contains => c.contains(&l),
    }
}

/// Which document an element lives in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FrameHint {
    /// The portal's top document (Knockout blades, top bar).
    Top,
    /// A `*.reactblade.portal.azure.net` iframe.
    Reactblade,
    /// Not known, or varies by page and over time: search every frame.
    #[default]
    Any,
}

/// Where in the page an element usually sits: a scoring hint, never a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    /// The portal's top bar (global search).
    TopBar,
    /// A blade's left menu.
    LeftMenu,
    /// A blade's command bar (buttons above the content).
    CommandBar,
    /// The Overview's "Essentials" panel.
    Essentials,
    /// A form in the blade's content.
    Form,
    /// A table or list in the blade's content.
    Table,
    /// A context pane or dialog opened over the blade.
    Dialog,
    /// Buttons at the bottom of a form or dialog.
    Footer,
}

/// The state an anchor is in when its part of the step is done. Used by [`pick_anchor`] and by
/// [`VerifySpec::AnchorsDone`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Done {
    /// Checked, selected or pressed (`checked`, `aria-checked`, `aria-selected`, `aria-pressed`).
    Checked,
    /// An input with a non-empty value.
    Filled,
    /// The control is disabled: a portal "Save" command is disabled while nothing is left to
    /// save, so a choice followed by a disabled Save has been saved.
    Disabled,
    /// An input or select whose value (or selected option's text) equals `value` after
    /// [`normalize_label`]; for a select any variant of `labels` counts.
    Equals {
        value: String,
        #[serde(default, skip_serializing_if = "LabelSet::is_empty")]
        labels: LabelSet,
    },
}

/// One element to highlight, with every signal the executor scores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnchorSpec {
    /// The element's key in the portal description (`new-registration-button`), for logs and
    /// for captures that read this anchor.
    pub key: String,
    /// ARIA role (`button`, `textbox`, `radio`, `checkbox`, `link`, `combobox`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Structural CSS selectors: hints, as the portal's markup changes often.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub selectors: Vec<String>,
    /// `data-telemetryname` values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub telemetry: Vec<String>,
    /// Accessible name / visible text in every language.
    pub labels: LabelSet,
    #[serde(default)]
    pub label_match: LabelMatch,
    /// Texts that must NOT occur anywhere in the name: what tells a longer option that starts like
    /// this one apart.
    #[serde(default, skip_serializing_if = "LabelSet::is_empty")]
    pub exclude: LabelSet,
    #[serde(default)]
    pub frame: FrameHint,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<Done>,
}

impl AnchorSpec {
    /// Whether an element's accessible name or visible text names this anchor: it matches a
    /// label and no exclusion.
    pub fn name_matches(&self, name: &str) -> bool {
        self.labels.matches(self.label_match, name) && !self.exclude.matches(LabelMatch::Contains, name)
    }
}

/// What the executor reports about one anchor of the current step.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnchorState {
    /// Found above the confidence threshold and visible.
    pub present: bool,
    /// Its [`Done`] condition holds (always `false` for an anchor without one).
    pub done: bool,
}

/// Which anchor of a step to highlight.
///
/// Anchors are listed in the order the admin meets them (a menu item, a button, the dialog it
/// opens, a filter box, the boxes to tick, the footer button). Anchors with a [`Done`] condition
/// are what the step must achieve; the others are ways to get there. The rule:
/// - the first anchor with a `Done` condition not yet met, if it is present;
/// - if it is not present, the nearest present way to it before it (the button that opens its
///   dialog, the filter box that reveals it) — never an anchor past it;
/// - once every `Done` condition is met, the last present anchor after them (the footer button
///   that confirms), so optional controls in between (an expiry preset) are not in the way.
///
/// `None` when nothing fitting is present: the overlay shows its fallback.
pub fn pick_anchor(anchors: &[AnchorSpec], states: &[AnchorState]) -> Option<usize> {
    let present = |i: usize| states.get(i).is_some_and(|s| s.present);
    let done = |i: usize| states.get(i).is_some_and(|s| s.done);
    let pending = (0..anchors.len()).find(|&i| anchors[i].done.is_some() && !done(i));
    match pending {
        Some(k) if present(k) => Some(k),
        Some(k) => (0..k).rev().find(|&i| anchors[i].done.is_none() && present(i)),
        None => {
            let after = anchors.iter().rposition(|a| a.done.is_some()).map_or(0, |i| i + 1);
            (after..anchors.len()).rev().find(|&i| present(i)).or_else(|| (0..anchors.len()).rev().find(|&i| present(i)))
        }
    }
}

/// A portal page (blade): how to go there and how to recognise it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageSpec {
    /// The page's key in the portal description (`app-authentication`).
    pub key: String,
    /// Deep link (the URL's fragment, starting with `#view/`). In a guide it may hold
    /// placeholders (`{clientId}`); in a [`crate::guide::Plan`] it is resolved, or `None` when a
    /// value it needs was not captured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deep_link: Option<String>,
    /// Extension and blade, e.g. `Microsoft_AAD_RegisteredApps/ApplicationMenuBlade`.
    pub blade: String,
    /// The blade's menu section (`~/Authentication`), if the blade has a menu.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The blade's title (for a menu blade: the selected section's heading).
    pub titles: LabelSet,
    /// The selected left-menu item that confirms the section (the URL can lag behind).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub menu: Option<MenuSpec>,
}

/// A blade menu item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MenuSpec {
    pub labels: LabelSet,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telemetry: Option<String>,
}

/// A portal URL fragment taken apart: `#@contoso.onmicrosoft.com/view/Ext/Blade/~/Section/appId/x`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct HashInfo {
    /// `Ext/Blade`.
    pub blade: String,
    pub section: Option<String>,
    /// `name/value` pairs after the blade (and section), e.g. `appId` → the client ID.
    pub params: BTreeMap<String, String>,
    /// The `@tenant` prefix, if any.
    pub tenant: Option<String>,
}

/// Parses a portal fragment in the current `#view/` form or the legacy `#blade/` form. `None`
/// when it names no blade.
pub fn parse_hash(hash: &str) -> Option<HashInfo> {
    let mut rest = hash.trim().trim_start_matches('#');
    let mut tenant = None;
    if let Some(r) = rest.strip_prefix('@') {
        let (t, r) = r.split_once('/')?;
        tenant = Some(t.to_owned());
        rest = r;
    }
    let (legacy, rest) = if let Some(r) = rest.strip_prefix("view/") {
        (false, r)
    } else if let Some(r) = rest.strip_prefix("blade/") {
        (true, r)
    } else {
        return None;
    };
    let parts: Vec<&str> = rest.split('/').collect();
    if parts.len() < 2 || parts[0].is_empty() || parts[1].is_empty() {
        return None;
    }
    let blade = format!("{}/{}", parts[0], parts[1]);
    let mut i = 2;
    let mut section = None;
    if parts.get(i) == Some(&"~") {
        section = parts.get(i + 1).map(|s| s.to_string());
        i += 2;
    } else if legacy && parts.len() > i && (parts.len() - i) % 2 == 1 {
        // Legacy menu blades put the section right after the blade, without `~`.
        section = Some(parts[i].to_owned());
        i += 1;
    }
    let mut params = BTreeMap::new();
    while i + 1 < parts.len() {
        // `name~/value` is the portal's notation for a JSON-valued parameter.
        let name = parts[i].trim_end_matches('~');
        params.insert(name.to_owned(), decode(parts[i + 1]));
        i += 2;
    }
    Some(HashInfo {
        blade,
        section: section.filter(|s| !s.is_empty()),
        params,
        tenant,
    })
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

impl PageSpec {
    /// Whether the fragment shows this page: same blade (case-insensitive) and, when the page
    /// has a section, the same section. Confirm with the title or the selected menu item: the
    /// URL can lag behind the visible blade.
    pub fn matches_hash(&self, hash: &str) -> bool {
        let Some(h) = parse_hash(hash) else {
            return false;
        };
        if !h.blade.eq_ignore_ascii_case(&self.blade) {
            return false;
        }
        match &self.section {
            None => true,
            Some(s) => h.section.is_some_and(|hs| hs.eq_ignore_ascii_case(s)),
        }
    }
}

/// A region of a blade a value or text is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    /// The Overview's Essentials panel.
    Essentials,
    /// Anywhere in the blade's content.
    Blade,
}

/// Where a captured value is read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum CaptureSource {
    /// A parameter of the URL fragment (`appId`, `objectId`, `userId`; see [`parse_hash`]),
    /// read only while the fragment shows `blade` (an app registration and its enterprise
    /// application both carry an `objectId`).
    Url { param: String, blade: String },
    /// The value beside a label in the Overview's Essentials panel.
    Essentials { labels: LabelSet },
    /// The value of the step's anchor with this key (an input the admin filled).
    Anchor { key: String },
    /// A cell of the newest row of the client secrets table, in the column with this heading
    /// (the secret's Value is readable only right after it was added).
    NewSecret { column: LabelSet },
    /// Typed or pasted into the overlay by the admin (values from outside the portal).
    User,
}

/// One value a step captures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaptureSpec {
    pub field: Field,
    pub source: CaptureSource,
}

/// A row of the configured permissions table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PermissionRow {
    /// The API's group heading, e.g. "Microsoft Graph".
    pub api: String,
    /// The permission's name as listed (`Mail.Send`), the same in every language.
    pub name: String,
    pub kind: Kind,
    /// The "Type" column's text for `kind` in every language.
    pub type_labels: LabelSet,
}

/// What the permission rows must show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowStatus {
    /// The row is listed (added, consent not required or not yet given).
    Listed,
    /// The status column says "Granted for <tenant>".
    Granted,
}

/// A list the portal shows whose content can be read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ListKind {
    /// Authentication: the redirect URIs under the Web platform.
    WebRedirectUris,
    /// Authentication: the redirect URIs under "Mobile and desktop applications".
    PublicClientRedirectUris,
}

/// A portal state that proves a step done, read back from the page (never a click).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum VerifySpec {
    /// The page is shown (URL and title or selected menu item). The page carries no deep link.
    Page { page: PageSpec },
    /// Every anchor of the step that has a [`Done`] condition meets it.
    AnchorsDone,
    /// Every field the step captures has a value that passed the checks.
    Captured,
    /// The configured permissions table lists every row, with the status.
    PermissionRows {
        rows: Vec<PermissionRow>,
        status: RowStatus,
        /// The status column's "Granted for" text in every language (prefix match).
        granted_labels: LabelSet,
    },
    /// The client secrets table has a row that was not there when the step started.
    SecretRow,
    /// The list contains the value (compared exactly: redirect URIs are case-sensitive).
    ListContains {
        list: ListKind,
        /// The list's heading in every language.
        labels: LabelSet,
        value: String,
    },
    /// The label (and, if given, the value) is shown in the region.
    TextPresent {
        within: Region,
        labels: LabelSet,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<String>,
    },
    /// Done outside the portal (in the target application, PowerShell): the admin confirms.
    Manual,
}

/// Replaces `{field}` placeholders with captured values. Returns the text and the fields that
/// had no value (their placeholders are left as they were). Secrets are never substituted.
pub fn substitute(template: &str, values: &Values) -> (String, Vec<Field>) {
    let mut out = String::with_capacity(template.len());
    let mut missing = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match Field::parse(name) {
                    Some(f) if !f.is_secret() && values.contains_key(&f) => {
                        out.push_str(&values[&f]);
                    }
                    Some(f) => {
                        if !missing.contains(&f) {
                            missing.push(f);
                        }
                        out.push_str(&rest[start..start + end + 2]);
                    }
                    None => out.push_str(&rest[start..start + end + 2]),
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    (out, missing)
}

/// The placeholder names (`clientId`, ...) a template uses, known or not, in order.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        out.push(&after[..end]);
        rest = &after[end + 1..];
    }
    out
}

/// Substitutes in every string of a value, collecting the missing fields.
pub(crate) struct Subst<'a> {
    pub values: &'a Values,
    pub missing: Vec<Field>,
}

impl Subst<'_> {
    pub fn text(&mut self, s: &str) -> String {
        let (out, missing) = substitute(s, self.values);
        for f in missing {
            if !self.missing.contains(&f) {
                self.missing.push(f);
            }
        }
        out
    }

    pub fn labels(&mut self, l: &LabelSet) -> LabelSet {
        let mut missing = Vec::new();
        let out = l.map(|s| {
            let (o, m) = substitute(s, self.values);
            missing.extend(m);
            o
        });
        for f in missing {
            if !self.missing.contains(&f) {
                self.missing.push(f);
            }
        }
        out
    }

    pub fn anchor(&mut self, a: &AnchorSpec) -> AnchorSpec {
        AnchorSpec {
            labels: self.labels(&a.labels),
            done: a.done.as_ref().map(|d| match d {
                Done::Equals { value, labels } => Done::Equals {
                    value: self.text(value),
                    labels: self.labels(labels),
                },
                other => other.clone(),
            }),
            ..a.clone()
        }
    }

    pub fn verify(&mut self, v: &VerifySpec) -> VerifySpec {
        match v {
            VerifySpec::ListContains {
                list,
                labels,
                value,
            } => VerifySpec::ListContains {
                list: *list,
                labels: labels.clone(),
                value: self.text(value),
            },
            VerifySpec::TextPresent {
                within,
                labels,
                value,
            } => VerifySpec::TextPresent {
                within: *within,
                labels: labels.clone(),
                value: value.as_ref().map(|s| self.text(s)),
            },
            other => other.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_after_normalizing_whitespace_case_and_plus() {
        assert!(label_matches(
            LabelMatch::Exact,
            "  +  New   registration ",
            "+ New registration"
        ));
        assert!(label_matches(
            LabelMatch::Exact,
            "Nowa rejestracja",
            "+ Nowa rejestracja"
        ));
        assert!(label_matches(
            LabelMatch::Prefix,
            "Grant admin consent for Contoso",
            "Grant admin consent for"
        ));
        assert!(!label_matches(
            LabelMatch::Exact,
            "Grant admin consent for Contoso",
            "Grant admin consent for"
        ));
        assert!(!label_matches(LabelMatch::Contains, "anything", "  "));
    }

    #[test]
    fn fragments_are_parsed_in_view_blade_and_tenant_forms() {
        let h = parse_hash(
            "#@contoso.onmicrosoft.com/view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Authentication/appId/11111111-2222-3333-4444-555555555555/objectId/abc",
        )
        .unwrap();
        assert_eq!(h.blade, "Microsoft_AAD_RegisteredApps/ApplicationMenuBlade");
        assert_eq!(h.section.as_deref(), Some("Authentication"));
        assert_eq!(
            h.params.get("appId").map(String::as_str),
            Some("11111111-2222-3333-4444-555555555555")
        );
        assert_eq!(h.params.get("objectId").map(String::as_str), Some("abc"));
        assert_eq!(h.tenant.as_deref(), Some("contoso.onmicrosoft.com"));

        let legacy =
            parse_hash("#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/Overview/appId/x")
                .unwrap();
        assert_eq!(legacy.section.as_deref(), Some("Overview"));
        assert_eq!(legacy.params.get("appId").map(String::as_str), Some("x"));

        let create = parse_hash(
            "#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false",
        )
        .unwrap();
        assert_eq!(create.section, None);
        assert_eq!(
            create.params.get("isMSAApp").map(String::as_str),
            Some("false")
        );
        assert_eq!(parse_hash("#home"), None);
        assert_eq!(parse_hash(""), None);
    }

    #[test]
    fn pages_match_blade_and_section() {
        let page = PageSpec {
            key: "app-authentication".into(),
            deep_link: None,
            blade: "Microsoft_AAD_RegisteredApps/ApplicationMenuBlade".into(),
            section: Some("Authentication".into()),
            titles: LabelSet::literal("Authentication"),
            menu: None,
        };
        assert!(page.matches_hash(
            "#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Authentication/appId/x"
        ));
        assert!(!page.matches_hash(
            "#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/x"
        ));
        assert!(!page.matches_hash("#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Authentication"));
    }

    #[test]
    fn substitution_fills_known_values_and_reports_missing_ones() {
        let mut v = Values::new();
        v.insert(Field::ClientId, "abc".into());
        v.insert(Field::SecretValue, "s3cr3t".into());
        let (s, missing) = substitute("/appId/{clientId}/objectId/{objectId}/{nope}", &v);
        assert_eq!(s, "/appId/abc/objectId/{objectId}/{nope}");
        assert_eq!(missing, vec![Field::ObjectId]);
        let (s, missing) = substitute("{secretValue}", &v);
        assert_eq!(s, "{secretValue}", "secrets are never substituted");
        assert_eq!(missing, vec![Field::SecretValue]);
        assert_eq!(placeholders("a{x}b{clientId}{"), vec!["x", "clientId"]);
    }

    fn anchor(key: &str, done: Option<Done>) -> AnchorSpec {
        AnchorSpec {
            key: key.into(),
            role: None,
            selectors: vec![],
            telemetry: vec![],
            labels: LabelSet::literal(key),
            label_match: LabelMatch::Exact,
            exclude: LabelSet::default(),
            frame: FrameHint::Any,
            position: None,
            done,
        }
    }

    #[test]
    fn the_first_unfinished_present_anchor_is_highlighted() {
        let anchors = [
            anchor("add-a-permission", None),
            anchor("graph", None),
            anchor("application", Some(Done::Checked)),
            anchor("mail-send", Some(Done::Checked)),
            anchor("add-permissions", None),
        ];
        let st = |p: &[bool], d: &[bool]| -> Vec<AnchorState> {
            p.iter()
                .zip(d)
                .map(|(&present, &done)| AnchorState { present, done })
                .collect()
        };
        let none = [false; 5];
        // Only the button is there: highlight it.
        assert_eq!(
            pick_anchor(&anchors, &st(&[true, false, false, false, false], &none)),
            Some(0)
        );
        // The dialog opened on "Select an API": the tile, not the button behind it.
        assert_eq!(
            pick_anchor(&anchors, &st(&[true, true, false, false, false], &none)),
            Some(1)
        );
        // Type chosen, box not ticked: the box, not the footer button.
        assert_eq!(
            pick_anchor(
                &anchors,
                &st(
                    &[true, false, true, true, true],
                    &[false, false, true, false, false]
                )
            ),
            Some(3)
        );
        // Everything ticked: the footer button.
        assert_eq!(
            pick_anchor(
                &anchors,
                &st(
                    &[true, false, true, true, true],
                    &[false, false, true, true, false]
                )
            ),
            Some(4)
        );
        assert_eq!(pick_anchor(&anchors, &st(&none, &none)), None);
    }

    #[test]
    fn a_hidden_box_to_tick_is_reached_through_the_filter_not_skipped() {
        let anchors = [
            anchor("filter", None),
            anchor("imap", Some(Done::Checked)),
            anchor("smtp", Some(Done::Checked)),
            anchor("expires", None),
            anchor("add", None),
        ];
        let st = |p: [bool; 5], d: [bool; 5]| -> Vec<AnchorState> {
            p.iter().zip(d).map(|(&present, done)| AnchorState { present, done }).collect()
        };
        // The boxes are hidden until filtered, the footer button is visible: the filter box.
        assert_eq!(pick_anchor(&anchors, &st([true, false, false, true, true], [false; 5])), Some(0));
        // IMAP found and ticked, SMTP hidden again: back to the filter.
        assert_eq!(pick_anchor(&anchors, &st([true, true, false, true, true], [false, true, false, false, false])), Some(0));
        assert_eq!(pick_anchor(&anchors, &st([true, true, true, true, true], [false, true, false, false, false])), Some(2));
        // All ticked: the footer button, not the optional expiry control before it.
        assert_eq!(pick_anchor(&anchors, &st([true, true, true, true, true], [false, true, true, false, false])), Some(4));
    }

    #[test]
    fn field_names_are_one_spelling_everywhere() {
        for f in Field::ALL {
            let json = serde_json::to_string(&f).unwrap();
            assert_eq!(json, format!("\"{}\"", f.key()));
            assert_eq!(Field::parse(f.key()), Some(f));
        }
        assert_eq!(
            Field::ServicePrincipalObjectId.message_id(),
            "guide-field-service-principal-object-id"
        );
        assert!(Field::SecretValue.is_secret() && !Field::SecretId.is_secret());
    }
}
