//! Entra's rules for what an admin types: redirect URIs, scopes and permissions, IDs and secrets,
//! and the AADSTS errors that follow when a rule is broken.
//!
//! Every validator works in two stages (raw text in, typed value out): it returns a [`Checked`]
//! holding every [`Finding`] and, when no finding is an error, the typed, validated value. A
//! finding carries a stable [`Rule`] id, a [`Severity`], the span of the input it concerns and a
//! message id with arguments; [`Finding::message`] renders it in the user's language and says how
//! to fix the problem. The rule ids, what they check and their sources are listed in `RULES.md`
//! next to this file.
//!
//! **Spans** are `[start, end)` offsets counted in Unicode scalar values (Rust `char`s, Python
//! `str` indices) of the input exactly as given, whitespace included; for ASCII input they equal
//! byte offsets. JavaScript consumers that need UTF-16 offsets convert with [`utf16_span`]. A
//! zero-width span at the end of the input marks something missing (e.g. a scope to add); a
//! zero-width span at 0 marks a finding about the registration as a whole, not a part of the input.
//!
//! Nothing here touches the DOM, a clock or the network: the overlay, the background worker and the
//! CLI all call the same functions.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::Arg;
use crate::{Localizer, Target};

pub mod aadsts;
pub mod ids;
pub mod redirect_uri;
pub mod registration;
pub mod scopes;
mod text;

pub use crate::permissions::Kind;

/// The platform a redirect URI is registered under (manifest `replyUrlsWithType.type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    /// "Web": confidential clients (server-side apps).
    Web,
    /// "Single-page application".
    Spa,
    /// "Mobile and desktop applications" (public client / native; manifest `InstalledClient`).
    Installed,
}

impl Platform {
    pub const ALL: [Platform; 3] = [Platform::Web, Platform::Spa, Platform::Installed];

    /// The CLI word: `web`, `spa`, `installed`.
    pub fn id(self) -> &'static str {
        match self {
            Platform::Web => "web",
            Platform::Spa => "spa",
            Platform::Installed => "installed",
        }
    }

    /// The manifest's `replyUrlsWithType[].type` value.
    pub fn manifest_type(self) -> &'static str {
        match self {
            Platform::Web => "Web",
            Platform::Spa => "Spa",
            Platform::Installed => "InstalledClient",
        }
    }

    /// Parses a CLI word (case-insensitive); the manifest name `InstalledClient` is accepted too.
    pub fn parse(s: &str) -> Option<Platform> {
        let s = s.trim().to_ascii_lowercase();
        if s == "installedclient" {
            return Some(Platform::Installed);
        }
        Platform::ALL.into_iter().find(|p| p.id() == s)
    }

    pub fn valid_list() -> String {
        Platform::ALL.map(|p| p.id()).join(", ")
    }
}

/// Supported account types (manifest `signInAudience`). Serialized with the manifest's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Audience {
    /// Accounts in this organizational directory only (single tenant).
    AzureADMyOrg,
    /// Accounts in any organizational directory (multitenant).
    AzureADMultipleOrgs,
    /// Any organizational directory and personal Microsoft accounts.
    AzureADandPersonalMicrosoftAccount,
    /// Personal Microsoft accounts only.
    PersonalMicrosoftAccount,
}

impl Audience {
    pub const ALL: [Audience; 4] = [
        Audience::AzureADMyOrg,
        Audience::AzureADMultipleOrgs,
        Audience::AzureADandPersonalMicrosoftAccount,
        Audience::PersonalMicrosoftAccount,
    ];

    /// The manifest's `signInAudience` value, also the CLI word.
    pub fn id(self) -> &'static str {
        match self {
            Audience::AzureADMyOrg => "AzureADMyOrg",
            Audience::AzureADMultipleOrgs => "AzureADMultipleOrgs",
            Audience::AzureADandPersonalMicrosoftAccount => "AzureADandPersonalMicrosoftAccount",
            Audience::PersonalMicrosoftAccount => "PersonalMicrosoftAccount",
        }
    }

    /// Parses one of the four names, case-insensitively.
    pub fn parse(s: &str) -> Option<Audience> {
        let s = s.trim();
        Audience::ALL
            .into_iter()
            .find(|a| a.id().eq_ignore_ascii_case(s))
    }

    /// Whether personal Microsoft accounts may sign in.
    pub fn allows_personal(self) -> bool {
        matches!(
            self,
            Audience::AzureADandPersonalMicrosoftAccount | Audience::PersonalMicrosoftAccount
        )
    }

    /// The most redirect URIs an app of this audience may register ("Maximum number of redirect
    /// URIs", learn.microsoft.com/entra/identity-platform/reply-url): 256 for work and school
    /// accounts only, 100 when personal accounts are allowed (the page names
    /// AzureADandPersonalMicrosoftAccount; we apply the same limit to PersonalMicrosoftAccount).
    pub fn max_redirect_uris(self) -> usize {
        if self.allows_personal() {
            100
        } else {
            256
        }
    }

    pub fn valid_list() -> String {
        Audience::ALL.map(|a| a.id()).join(", ")
    }
}

/// How bad a finding is. Ordered: `Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Works, but is risky, wasteful or likely not what was meant.
    Warning,
    /// Entra refuses it, or sign-in will fail.
    Error,
}

impl Severity {
    pub fn id(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The worst severity of an input's findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Ok,
    Warning,
    Error,
}

impl Verdict {
    pub fn of(findings: &[Finding]) -> Verdict {
        match findings.iter().map(|f| f.severity).max() {
            None => Verdict::Ok,
            Some(Severity::Warning) => Verdict::Warning,
            Some(Severity::Error) => Verdict::Error,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Warning => "warning",
            Verdict::Error => "error",
        }
    }
}

macro_rules! rules {
    ($($(#[$doc:meta])* $variant:ident = $id:literal,)*) => {
        /// A stable rule id. Serialized (and displayed) as its kebab-case id, e.g.
        /// `"https-required"`; compares equal to that string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Rule {
            $($(#[$doc])* #[serde(rename = $id)] $variant,)*
        }

        impl Rule {
            /// Every rule, in the order of `RULES.md`.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The stable id, e.g. `https-required`.
            pub fn id(self) -> &'static str {
                match self {
                    $(Rule::$variant => $id,)*
                }
            }

            /// The id of the rule's main message, `checks-<id>`.
            pub fn message_id(self) -> &'static str {
                match self {
                    $(Rule::$variant => concat!("checks-", $id),)*
                }
            }
        }
    };
}

rules! {
    // Redirect URIs
    /// `https` is required (http only for localhost).
    HttpsRequired = "https-required",
    /// `http` used with a host other than localhost.
    HttpLocalhostOnly = "http-localhost-only",
    /// `http://127.0.0.1`: refused by the portal's box (manifest only).
    LoopbackIp = "loopback-ip",
    /// `[::1]` is not supported.
    Ipv6Loopback = "ipv6-loopback",
    /// A character Entra or RFC 3986 does not allow.
    BadChar = "bad-char",
    /// A port that is not a number from 1 to 65535.
    BadPort = "bad-port",
    /// Longer than 256 characters.
    TooLong = "too-long",
    /// Internationalized domain name.
    Idn = "idn",
    /// Query string on an app that allows personal accounts.
    QueryWithPersonal = "query-with-personal",
    /// `*` wildcard.
    Wildcard = "wildcard",
    /// `#fragment`.
    Fragment = "fragment",
    /// `user:password@` in the URI.
    Userinfo = "userinfo",
    /// Leading or trailing whitespace.
    Whitespace = "whitespace",
    /// Not an absolute URI.
    NotAbsolute = "not-absolute",
    /// Nothing entered.
    Empty = "empty",
    /// The same value twice in a list.
    Duplicate = "duplicate",
    /// More redirect URIs than the audience allows.
    TooMany = "too-many",
    /// YetiForce's URI must end with `webservice/OAuth/MailAccount/<key>`.
    YetiforcePath = "yetiforce-path",
    /// The redirect URI is under the wrong platform for the target.
    WrongPlatform = "wrong-platform",
    // Scopes and permissions
    /// Not a permission we know, nor close to one.
    UnknownScope = "unknown-scope",
    /// Close to a known permission: "did you mean …".
    TypoScope = "typo-scope",
    /// Delegated where application is needed, or the reverse.
    WrongKind = "wrong-kind",
    /// A scope named with the wrong resource URI.
    WrongResource = "wrong-resource",
    /// A permission the target needs is missing.
    MissingScope = "missing-scope",
    /// A permission the target does not need.
    ExcessScope = "excess-scope",
    /// `.default` is a request scope, not a permission to add.
    DefaultScope = "default-scope",
    /// Admin consent not granted for a permission that needs it.
    MissingConsent = "missing-consent",
    // IDs and secrets
    /// Not a GUID (or, for a tenant, not a GUID or domain).
    NotGuid = "not-guid",
    /// A GUID where the secret's Value belongs: the Secret ID.
    SecretIdNotValue = "secret-id-not-value",
    /// Not the shape of a client secret value.
    SecretShape = "secret-shape",
    /// The secret has expired.
    SecretExpired = "secret-expired",
    /// The secret expires soon.
    SecretExpiring = "secret-expiring",
    /// A date we cannot read.
    BadDate = "bad-date",
    /// `common`/`organizations`/`consumers` for an app-only target.
    TenantAliasAppOnly = "tenant-alias-app-only",
    // Across fields
    /// A single-tenant app for a target that signs in on `/common`.
    SingleTenantOnCommon = "single-tenant-on-common",
    /// A supported account type the target cannot work with.
    WrongAudience = "wrong-audience",
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl PartialEq<str> for Rule {
    fn eq(&self, other: &str) -> bool {
        self.id() == other
    }
}

impl PartialEq<&str> for Rule {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

impl Rule {
    /// Parses a rule id.
    pub fn parse(s: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == s)
    }
}

/// Arguments whose value is an id shown by its localized name (see [`Finding::args`]): the
/// argument's name and the family of its name messages.
pub const NAMED_ARGS: &[(&str, &str)] = &[
    ("target", "target"),
    ("platform", "platform"),
    ("expected-platform", "platform"),
    ("kind", "kind"),
    ("field", "field"),
    ("audience", "audience"),
];

/// One problem found in one input.
///
/// Serialized for the message protocol as `{"rule", "severity", "span": [start, end],
/// "message_id", "args": {name: value}}`; the receiver renders it with [`Finding::message`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// `[start, end)` in chars of the input (see the module docs).
    pub span: (usize, usize),
    /// The Fluent message id, `checks-<rule>` or a variant `checks-<rule>-<variant>`.
    pub message_id: Cow<'static, str>,
    /// The message's named arguments. Arguments named in [`NAMED_ARGS`] hold an id (`yetiforce`,
    /// `web`, `delegated`, `tenant`, `AzureADMyOrg`) and are shown by their localized name, the
    /// message `checks-<arg>-<id in lowercase>`.
    #[serde(default, with = "args_map")]
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

impl Finding {
    /// A finding whose message id is `checks-<rule>`. `span` is in bytes until [`finish`] turns
    /// it into chars.
    pub(crate) fn new(rule: Rule, severity: Severity, span: (usize, usize)) -> Finding {
        Finding {
            rule,
            severity,
            span,
            message_id: Cow::Borrowed(rule.message_id()),
            args: Vec::new(),
        }
    }

    pub(crate) fn error(rule: Rule, span: (usize, usize)) -> Finding {
        Finding::new(rule, Severity::Error, span)
    }

    pub(crate) fn warning(rule: Rule, span: (usize, usize)) -> Finding {
        Finding::new(rule, Severity::Warning, span)
    }

    /// Uses the message variant `checks-<rule>-<variant>`.
    pub(crate) fn variant(mut self, variant: &str) -> Finding {
        self.message_id = Cow::Owned(format!("checks-{}-{variant}", self.rule.id()));
        self
    }

    /// Adds (or replaces) an argument; arguments are kept sorted by name, as JSON carries them.
    pub(crate) fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Finding {
        self.set_arg(name, value);
        self
    }

    pub(crate) fn set_arg(&mut self, name: &'static str, value: impl Into<Arg>) {
        let value = value.into();
        match self.args.binary_search_by(|(k, _)| k.as_ref().cmp(name)) {
            Ok(i) => self.args[i].1 = value,
            Err(i) => self.args.insert(i, (Cow::Borrowed(name), value)),
        }
    }

    pub(crate) fn target(self, target: Target) -> Finding {
        self.arg("target", target.id())
    }

    /// The localized message: what is wrong and how to fix it.
    pub fn message(&self, loc: &Localizer) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let family = NAMED_ARGS.iter().find(|(n, _)| *n == k.as_ref());
                let v = match (v, family) {
                    (Arg::Str(id), Some((_, family))) => {
                        Arg::Str(loc.msg(&format!("checks-{family}-{}", id.to_ascii_lowercase())))
                    }
                    _ => v.clone(),
                };
                (k.as_ref(), v)
            })
            .collect();
        loc.format(&self.message_id, &args)
    }

    /// The finding localized, as the CLI's `--json` prints it.
    pub fn localize(&self, loc: &Localizer) -> LocalizedFinding {
        LocalizedFinding {
            rule: self.rule,
            severity: self.severity,
            message: self.message(loc),
            span: self.span,
        }
    }
}

/// A finding with its message rendered: `{"rule", "severity", "message", "span": [start, end]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalizedFinding {
    pub rule: Rule,
    pub severity: Severity,
    pub message: String,
    pub span: (usize, usize),
}

/// One input's result as the CLI's `--json` prints it (and the overlay shows it):
/// `{"input", "verdict", "findings": [{"rule", "severity", "message", "span"}]}`, in that order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub input: String,
    pub verdict: Verdict,
    pub findings: Vec<LocalizedFinding>,
}

impl Report {
    pub fn new(input: &str, findings: &[Finding], loc: &Localizer) -> Report {
        Report {
            input: input.to_owned(),
            verdict: Verdict::of(findings),
            findings: findings.iter().map(|f| f.localize(loc)).collect(),
        }
    }
}

mod args_map {
    use std::borrow::Cow;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::i18n::Arg;

    pub fn serialize<S: Serializer>(
        v: &[(Cow<'static, str>, Arg)],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let m: std::collections::BTreeMap<&str, &Arg> =
            v.iter().map(|(k, v)| (k.as_ref(), v)).collect();
        m.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<(Cow<'static, str>, Arg)>, D::Error> {
        let m = std::collections::BTreeMap::<String, Arg>::deserialize(d)?;
        Ok(m.into_iter().map(|(k, v)| (Cow::Owned(k), v)).collect())
    }
}

/// A validated value, or the reasons there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked<T> {
    /// The typed value; `Some` exactly when no finding is an error.
    pub value: Option<T>,
    /// Every finding, ordered by span then rule.
    pub findings: Vec<Finding>,
}

impl<T> Checked<T> {
    pub fn verdict(&self) -> Verdict {
        Verdict::of(&self.findings)
    }

    pub fn is_error(&self) -> bool {
        self.verdict() == Verdict::Error
    }

    /// The ids of the rules that fired, in order, without repeats.
    pub fn rules(&self) -> Vec<Rule> {
        let mut v: Vec<Rule> = self.findings.iter().map(|f| f.rule).collect();
        v.sort();
        v.dedup();
        v
    }

    /// Builds the result from byte-span findings over `input`: converts spans to chars, sorts,
    /// and keeps `value` only when no finding is an error.
    pub(crate) fn finish(input: &str, value: Option<T>, mut findings: Vec<Finding>) -> Checked<T> {
        finish(input, &mut findings);
        let value = if findings.iter().any(|f| f.severity == Severity::Error) {
            None
        } else {
            value
        };
        Checked { value, findings }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Checked<U> {
        Checked {
            value: self.value.map(f),
            findings: self.findings,
        }
    }
}

/// Converts byte spans to char spans (clamped to the input, snapped to char boundaries) and sorts
/// the findings by span, then rule.
pub(crate) fn finish(input: &str, findings: &mut [Finding]) {
    let ascii = input.is_ascii();
    for f in findings.iter_mut() {
        let (s, e) = f.span;
        let e = e.min(input.len());
        let s = s.min(e);
        f.span = if ascii {
            (s, e)
        } else {
            (byte_to_char(input, s), byte_to_char(input, e))
        };
    }
    findings.sort_by(|a, b| a.span.cmp(&b.span).then(a.rule.cmp(&b.rule)));
}

/// Chars before byte offset `b` (rounded down to a char boundary).
fn byte_to_char(input: &str, mut b: usize) -> usize {
    while !input.is_char_boundary(b) {
        b -= 1;
    }
    input[..b].chars().count()
}

/// Converts a char span (as in [`Finding::span`]) to UTF-16 code units, for JavaScript strings.
pub fn utf16_span(input: &str, span: (usize, usize)) -> (usize, usize) {
    let mut out = (0, 0);
    let mut units = 0;
    for (i, c) in input.chars().enumerate() {
        if i == span.0 {
            out.0 = units;
        }
        if i == span.1 {
            out.1 = units;
            return out;
        }
        units += c.len_utf16();
    }
    if span.0 >= input.chars().count() {
        out.0 = units;
    }
    out.1 = units;
    out
}

/// Converts a char span to a byte span of `input` (clamped), e.g. to slice the input.
pub fn byte_span(input: &str, span: (usize, usize)) -> (usize, usize) {
    let to_byte = |c: usize| {
        input
            .char_indices()
            .nth(c)
            .map(|(b, _)| b)
            .unwrap_or(input.len())
    };
    (to_byte(span.0), to_byte(span.1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn cli_words_parse() {
        assert_eq!(Platform::parse("Web"), Some(Platform::Web));
        assert_eq!(
            Platform::parse("installedclient"),
            Some(Platform::Installed)
        );
        assert_eq!(Platform::parse("mobile"), None);
        assert_eq!(
            Audience::parse("azureadmyorg"),
            Some(Audience::AzureADMyOrg)
        );
        assert_eq!(
            Audience::parse("AZUREADANDPERSONALMICROSOFTACCOUNT"),
            Some(Audience::AzureADandPersonalMicrosoftAccount)
        );
        assert_eq!(Audience::parse("single"), None);
        assert_eq!(Kind::parse("Application"), Some(Kind::Application));
    }

    #[test]
    fn rule_ids_are_unique_kebab_case_and_round_trip() {
        for (i, r) in Rule::ALL.iter().enumerate() {
            assert!(r
                .id()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
            assert_eq!(Rule::parse(r.id()), Some(*r));
            assert_eq!(serde_json::to_string(r).unwrap(), format!("\"{}\"", r.id()));
            assert!(Rule::ALL[i + 1..].iter().all(|o| o.id() != r.id()));
        }
        assert!(Rule::HttpsRequired == "https-required");
    }

    #[test]
    fn verdict_is_the_worst_severity() {
        let w = Finding::warning(Rule::Duplicate, (0, 1));
        let e = Finding::error(Rule::Empty, (0, 0));
        assert_eq!(Verdict::of(&[]), Verdict::Ok);
        assert_eq!(Verdict::of(std::slice::from_ref(&w)), Verdict::Warning);
        assert_eq!(Verdict::of(&[w, e]), Verdict::Error);
    }

    #[test]
    fn spans_become_char_offsets_and_utf16_converts_them() {
        let input = "ä😀b";
        // bytes: ä = 0..2, 😀 = 2..6, b = 6..7
        let mut f = vec![Finding::error(Rule::BadChar, (2, 6))];
        finish(input, &mut f);
        assert_eq!(f[0].span, (1, 2));
        assert_eq!(utf16_span(input, f[0].span), (1, 3));
        assert_eq!(byte_span(input, f[0].span), (2, 6));
        assert_eq!(utf16_span(input, (3, 3)), (4, 4));
    }

    #[test]
    fn findings_round_trip_through_json_and_render_target_names() {
        let f = Finding::error(Rule::MissingScope, (3, 3))
            .arg("scope", "SMTP.Send")
            .target(Target::Yetiforce);
        let json = serde_json::to_string(&f).unwrap();
        assert!(
            json.contains(r#""args":{"scope":"SMTP.Send","target":"yetiforce"}"#),
            "{json}"
        );
        let back: Finding = serde_json::from_str(&json).unwrap();
        let loc = Localizer::new(Lang::En);
        assert_eq!(back.message(&loc), f.message(&loc));
        assert!(
            f.message(&loc).contains("YetiForce CRM"),
            "{}",
            f.message(&loc)
        );
    }
}
