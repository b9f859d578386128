//! Scopes and permissions, typed as users type them (short names, full resource URIs, any case,
//! typos), checked as one set against what a target needs.
//!
//! Sources: the permission catalogue ([`crate::permissions`], Microsoft Graph permissions
//! reference); "Authenticate an IMAP, POP or SMTP connection using OAuth" for the Outlook resource
//! URIs and `offline_access`; "The /.default scope",
//! <https://learn.microsoft.com/entra/identity-platform/scopes-oidc#the-default-scope>; "Grant
//! admin consent", <https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent>.

use super::text::distance;
use super::{Checked, Finding, Kind, Rule};
use crate::permissions::{self, Need, Permission, Profile, Resource};
use crate::Target;

/// What the portal's API permissions page says about admin consent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Consent {
    /// Not known: no `missing-consent` findings.
    #[default]
    Unknown,
    /// The names of the permissions whose status is "Granted for <tenant>" (any case).
    Granted(Vec<String>),
}

impl Consent {
    fn missing(&self, p: &Permission) -> bool {
        match self {
            Consent::Unknown => false,
            Consent::Granted(names) => {
                p.admin_consent && !names.iter().any(|n| n.trim().eq_ignore_ascii_case(p.name))
            }
        }
    }
}

/// A set of permissions that passed the checks (warnings allowed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeSet {
    pub kind: Kind,
    pub permissions: Vec<&'static Permission>,
}

impl ScopeSet {
    /// The `scope` parameter of a token request for this set: the scope strings of delegated
    /// permissions, or each resource's `.default` for application permissions.
    pub fn request_scope(&self) -> String {
        let mut out: Vec<&str> = Vec::new();
        for p in &self.permissions {
            if !out.contains(&p.scope) {
                out.push(p.scope);
            }
        }
        out.join(" ")
    }
}

/// Names Microsoft defines in one kind only: given as the other kind they are always a mix-up.
const SINGLE_KIND: &[&str] = &[
    "IMAP.AccessAsUser.All",
    "POP.AccessAsUser.All",
    "SMTP.Send",
    "EWS.AccessAsUser.All",
    "offline_access",
    "openid",
    "email",
    "profile",
    "User.Read",
    "IMAP.AccessAsApp",
    "POP.AccessAsApp",
    "full_access_as_app",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Prefix {
    None,
    Outlook,
    Graph,
    Other,
}

/// Resource URIs and ids a scope may be prefixed with.
const PREFIXES: &[(&str, Prefix)] = &[
    ("https://outlook.office.com/", Prefix::Outlook),
    ("https://outlook.office365.com/", Prefix::Outlook),
    ("https://graph.microsoft.com/", Prefix::Graph),
    ("00000003-0000-0000-c000-000000000000/", Prefix::Graph),
    ("00000002-0000-0ff1-ce00-000000000000/", Prefix::Outlook),
];

/// The inputs of one set as one string: the arguments joined by single spaces. Spans of
/// [`check`]'s findings index into it.
pub fn join<S: AsRef<str>>(inputs: &[S]) -> String {
    inputs
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Checks the scopes given as separate inputs (see [`join`]) for `target`, as permissions of
/// `kind` (the tab of "Request API permissions" they were added under).
pub fn check<S: AsRef<str>>(inputs: &[S], target: Target, kind: Kind) -> Checked<ScopeSet> {
    check_str(&join(inputs), target, kind, &Consent::Unknown)
}

/// Checks one string of scopes separated by spaces, commas or semicolons.
pub fn check_str(input: &str, target: Target, kind: Kind, consent: &Consent) -> Checked<ScopeSet> {
    let profile = permissions::profile(target);
    let tokens = tokenize(input);
    let mut out = Vec::new();
    let mut set: Vec<&'static Permission> = Vec::new();
    // Names that the set mentions in some form (right kind or not), for `missing-scope`.
    let mut mentioned: Vec<&'static str> = Vec::new();
    let mut saw_default = false;
    let needed = needed_list(profile);

    if tokens.is_empty() {
        out.push(
            Finding::error(Rule::Empty, (0, input.len()))
                .variant("scopes")
                .target(target)
                .arg("needed", needed),
        );
        return Checked::finish(input, None, out);
    }

    let mut i = 0;
    while i < tokens.len() {
        let (a, b) = tokens[i];
        let tok = &input[a..b];
        i += 1;
        let (prefix, name) = split_prefix(tok);
        if prefix == Prefix::Other || name.is_empty() {
            out.push(
                Finding::error(Rule::UnknownScope, (a, b))
                    .arg("scope", tok.to_owned())
                    .target(target),
            );
            continue;
        }
        if name.eq_ignore_ascii_case(".default") {
            saw_default = true;
            out.push(
                Finding::warning(Rule::DefaultScope, (a, b))
                    .target(target)
                    .arg("needed", needed.clone()),
            );
            continue;
        }
        if let Some(p) = permissions::lookup(name, kind) {
            if let Some(f) = resource_mismatch(p, prefix, (a, b)) {
                out.push(f);
            }
            mentioned.push(p.name);
            if set.iter().any(|q| std::ptr::eq(*q, p) || *q == p) {
                out.push(
                    Finding::warning(Rule::Duplicate, (a, b))
                        .variant("scope")
                        .arg("scope", p.name),
                );
                continue;
            }
            set.push(p);
            if profile.requirement(p).is_none() {
                let other = other(kind);
                let needed_as_other = permissions::lookup(name, other)
                    .is_some_and(|q| profile.requirement(q).is_some());
                if needed_as_other {
                    out.push(wrong_kind(p.name, other, target, (a, b)));
                } else {
                    out.push(
                        Finding::warning(Rule::ExcessScope, (a, b))
                            .arg("scope", p.name)
                            .target(target)
                            .arg("needed", needed.clone()),
                    );
                }
            } else if consent.missing(p) {
                out.push(Finding::error(Rule::MissingConsent, (a, b)).arg("scope", p.name));
            }
            continue;
        }
        if let Some(q) = permissions::lookup(name, other(kind)) {
            mentioned.push(q.name);
            let single = SINGLE_KIND.iter().any(|n| n.eq_ignore_ascii_case(q.name));
            if profile
                .requirement(q)
                .is_some_and(|r| r.need == Need::Required)
            {
                out.push(wrong_kind(q.name, q.kind, target, (a, b)));
            } else if single {
                // It exists only as the other kind, and the target does not need it anyway.
                out.push(wrong_kind(q.name, q.kind, target, (a, b)).variant("only"));
            } else {
                out.push(
                    Finding::warning(Rule::ExcessScope, (a, b))
                        .arg("scope", q.name)
                        .target(target)
                        .arg("needed", needed.clone()),
                );
            }
            continue;
        }
        // A permission split by a space ("SMTP Send", "SMT Send"): try it with the next token.
        if let Some(&(na, nb)) = tokens.get(i) {
            if na == b + 1 && input.as_bytes()[b] == b' ' {
                let next = &input[na..nb];
                let joined = format!("{name}.{next}");
                if let Some(s) = suggest(&joined, kind, profile) {
                    mentioned.push(s.name);
                    out.push(typo(s, (a, nb)));
                    i += 1;
                    continue;
                }
            }
        }
        match suggest(name, kind, profile) {
            Some(s) => {
                mentioned.push(s.name);
                out.push(typo(s, (a, b)));
            }
            None => out.push(
                Finding::error(Rule::UnknownScope, (a, b))
                    .arg("scope", tok.to_owned())
                    .target(target),
            ),
        }
    }

    if !saw_default {
        let end = input.len();
        for p in profile.required() {
            if mentioned.iter().any(|m| m.eq_ignore_ascii_case(p.name)) {
                continue;
            }
            let mut f = Finding::error(Rule::MissingScope, (end, end))
                .arg("scope", p.name)
                .arg("kind", p.kind.id())
                .target(target);
            if p.name == "offline_access" {
                f = f.variant("offline");
            }
            out.push(f);
        }
    }

    Checked::finish(
        input,
        Some(ScopeSet {
            kind,
            permissions: set,
        }),
        out,
    )
}

fn other(kind: Kind) -> Kind {
    match kind {
        Kind::Delegated => Kind::Application,
        Kind::Application => Kind::Delegated,
    }
}

fn wrong_kind(name: &'static str, expected: Kind, target: Target, span: (usize, usize)) -> Finding {
    Finding::error(Rule::WrongKind, span)
        .arg("scope", name)
        .arg("kind", expected.id())
        .target(target)
}

fn typo(p: &'static Permission, span: (usize, usize)) -> Finding {
    Finding::error(Rule::TypoScope, span).arg("suggestion", p.name)
}

/// The required permissions of the target, for messages ("it needs: A, B").
fn needed_list(profile: &Profile) -> String {
    profile
        .requirements
        .iter()
        .filter(|r| r.need == Need::Required)
        .map(|r| r.permission.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Byte spans of the scopes: separated by whitespace, commas, semicolons; quotes around a scope
/// (from pasted JSON or PowerShell) are not part of it.
fn tokenize(input: &str) -> Vec<(usize, usize)> {
    let sep = |c: char| super::text::is_space(c) || c == ',' || c == ';';
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in input
        .char_indices()
        .chain(std::iter::once((input.len(), ' ')))
    {
        match (sep(c), start) {
            (true, Some(s)) => {
                let tok = &input[s..i];
                let lead = tok.len() - tok.trim_start_matches(['"', '\'']).len();
                let trail = tok.len() - tok.trim_end_matches(['"', '\'']).len();
                if lead + trail < tok.len() {
                    out.push((s + lead, i - trail));
                }
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

fn split_prefix(tok: &str) -> (Prefix, &str) {
    for (p, kind) in PREFIXES {
        if tok.len() >= p.len()
            && tok.is_char_boundary(p.len())
            && tok[..p.len()].eq_ignore_ascii_case(p)
        {
            return (*kind, &tok[p.len()..]);
        }
    }
    if tok.contains("://") || tok.starts_with("api:") {
        return (Prefix::Other, tok);
    }
    (Prefix::None, tok)
}

/// A scope named with a resource URI that does not fit it.
fn resource_mismatch(
    p: &'static Permission,
    prefix: Prefix,
    span: (usize, usize),
) -> Option<Finding> {
    if prefix == Prefix::None || p.kind == Kind::Application {
        return None;
    }
    if p.is_oidc() {
        // OpenID Connect scopes are named without a resource.
        return Some(
            Finding::warning(Rule::WrongResource, span)
                .variant("oidc")
                .arg("suggestion", p.scope),
        );
    }
    let outlook = p.resource == Resource::Graph && p.scope.starts_with("https://outlook.");
    match (outlook, prefix) {
        // A Graph-audience token does not authenticate IMAP, POP or SMTP.
        (true, Prefix::Graph) => {
            Some(Finding::error(Rule::WrongResource, span).arg("suggestion", p.scope))
        }
        // The Outlook REST API is retired: mail APIs go through Graph.
        (false, Prefix::Outlook) => Some(
            Finding::warning(Rule::WrongResource, span)
                .variant("outlook")
                .arg("suggestion", p.scope),
        ),
        _ => None,
    }
}

/// The closest known permission to a misspelt name, preferring the kind asked for and what the
/// target needs. A name that is the start of a permission ("IMAP.AccessAsUser") counts as close.
fn suggest(name: &str, kind: Kind, profile: &Profile) -> Option<&'static Permission> {
    let len = name.chars().count();
    let limit = match len {
        0..=4 => 1,
        5..=10 => 2,
        _ => 3,
    };
    let lower = name.to_ascii_lowercase();
    permissions::CATALOGUE
        .iter()
        .copied()
        .filter_map(|p| {
            let pl = p.name.to_ascii_lowercase();
            let prefix =
                len >= 6 && (pl.starts_with(&lower) || lower.starts_with(&pl) && pl.len() >= 6);
            let d = if prefix {
                1
            } else {
                distance(name, p.name, limit)
            };
            (d <= limit).then_some((d, p))
        })
        .min_by_key(|(d, p)| (*d, p.kind != kind, profile.requirement(p).is_none()))
        .map(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(input: &str, target: Target, kind: Kind) -> Vec<&'static str> {
        let mut v: Vec<_> = check_str(input, target, kind, &Consent::Unknown)
            .findings
            .iter()
            .map(|f| f.rule.id())
            .collect();
        v.sort();
        v.dedup();
        v
    }

    #[test]
    fn yetiforce_complete_set_is_ok_in_any_form() {
        let c = check(
            &[
                "https://outlook.office.com/IMAP.AccessAsUser.All",
                "smtp.send",
                "offline_access openid,email",
            ],
            Target::Yetiforce,
            Kind::Delegated,
        );
        assert!(c.findings.is_empty(), "{:?}", c.findings);
        let set = c.value.unwrap();
        assert_eq!(set.permissions.len(), 5);
        assert!(set.request_scope().starts_with(
            "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send"
        ));
    }

    #[test]
    fn typos_get_suggestions_even_across_a_space() {
        let c = check_str(
            "IMAP.AccessAsUser.All SMT Send offline_access openid email",
            Target::Yetiforce,
            Kind::Delegated,
            &Consent::Unknown,
        );
        assert_eq!(c.rules(), [Rule::TypoScope]);
        let f = &c.findings[0];
        assert_eq!(f.span, (22, 30));
        assert!(f
            .args
            .iter()
            .any(|(k, v)| k == "suggestion" && *v == "SMTP.Send".into()));
        assert_eq!(
            rules(
                "IMAP.AccessAsUser openid",
                Target::Yetiforce,
                Kind::Delegated
            ),
            ["missing-scope", "typo-scope"]
        );
    }

    #[test]
    fn kinds_resources_and_excess() {
        assert_eq!(
            rules(
                "Mail.ReadWrite Mail.Send",
                Target::Statlook,
                Kind::Delegated
            ),
            ["wrong-kind"]
        );
        assert_eq!(
            rules(
                "IMAP.AccessAsUser.All Mail.Send",
                Target::Aktionnext,
                Kind::Application
            ),
            ["wrong-kind"]
        );
        assert_eq!(
            rules(
                "Mail.ReadWrite Mail.Send",
                Target::Aktionnext,
                Kind::Application
            ),
            ["excess-scope"]
        );
        assert_eq!(
            rules(
                "https://graph.microsoft.com/IMAP.AccessAsUser.All SMTP.Send offline_access openid email",
                Target::Yetiforce,
                Kind::Delegated
            ),
            ["wrong-resource"]
        );
        assert_eq!(
            rules(
                "https://graph.microsoft.com/.default",
                Target::Statlook,
                Kind::Application
            ),
            ["default-scope"]
        );
    }

    #[test]
    fn consent_is_checked_when_known() {
        let c = check_str(
            "Mail.ReadWrite Mail.Send",
            Target::Statlook,
            Kind::Application,
            &Consent::Granted(vec!["mail.readwrite".into()]),
        );
        assert_eq!(c.rules(), [Rule::MissingConsent]);
        assert_eq!(c.findings[0].span, (15, 24));
    }
}
