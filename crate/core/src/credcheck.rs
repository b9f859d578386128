//! The credential check: does the Entra app really work before the admin leaves the portal?
//!
//! Pure pieces the background worker (`crate/background/src/token.rs`) puts around one network
//! call: the offline checks that decide whether a token request is worth sending
//! ([`prepare`]), the request's endpoint and form fields ([`token_url`], [`form_fields`]), reading
//! Entra's answer ([`parse_response`], [`ErrorBody`], [`decode_claims`]), comparing the token's
//! application roles with what the target needs ([`compare_roles`]), and the localized result the
//! overlay shows ([`report`]).
//!
//! Sources:
//! - Client-credentials grant: `POST https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token`
//!   with `client_id`, `scope=https://graph.microsoft.com/.default`, `client_secret`,
//!   `grant_type=client_credentials`; the tenant is a GUID or a domain name ("Microsoft identity
//!   platform and the OAuth 2.0 client credentials flow",
//!   <https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow>).
//! - Error bodies: `error`, `error_description`, `error_codes`, `timestamp`, `trace_id`,
//!   `correlation_id`, `error_uri` (same page, "Error response example"); the codes are explained
//!   by [`crate::checks::aadsts`].
//! - Application permissions granted by admin consent appear in the access token's `roles` claim
//!   ("Access token claims reference",
//!   <https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference>). Microsoft
//!   warns that Graph's access tokens are meant for Graph, not for clients to validate, and their
//!   format may change: we only read the claims for diagnosis (no signature check) and treat a
//!   token we cannot read as "issued, permissions unknown".
//!
//! Delegated targets (YetiForce CRM, Comarch DMS) cannot be checked with a token here: their token
//! needs a user signing in inside the target application. For them the check is offline only.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::checks::aadsts;
use crate::checks::ids::{self, Tenant};
use crate::checks::{self, Finding, Rule, Severity, Verdict};
use crate::i18n::Arg;
use crate::permissions::{self, Kind, Need, Registration, Resource};
use crate::{Localizer, Target};

/// The host of the token endpoint (the extension's host permission covers it).
pub const LOGIN_HOST: &str = "login.microsoftonline.com";
/// The scope of an app-only Microsoft Graph token.
pub const GRAPH_DEFAULT_SCOPE: &str = "https://graph.microsoft.com/.default";
/// How long the worker waits for the token endpoint before reporting a time-out.
pub const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// The token endpoint of a tenant (a checked GUID or domain, so it cannot change the path).
pub fn token_url(tenant: &Tenant) -> String {
    format!("https://{LOGIN_HOST}/{tenant}/oauth2/v2.0/token")
}

/// The form fields of a client-credentials token request, in the order Microsoft's page lists
/// them. The secret is only ever sent in this body (never in a URL or a header).
pub fn form_fields(client_id: &str, secret: &str) -> Vec<(&'static str, String)> {
    vec![
        ("client_id", client_id.to_owned()),
        ("scope", GRAPH_DEFAULT_SCOPE.to_owned()),
        ("client_secret", secret.to_owned()),
        ("grant_type", "client_credentials".to_owned()),
    ]
}

/// A string that must not show up in logs: `Debug` prints its length only.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SecretText(pub String);

impl fmt::Debug for SecretText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretText(<{} chars>)", self.0.chars().count())
    }
}

// ---------------------------------------------------------------------------------------------
// Offline checks

/// Which value a finding of the check is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Input {
    Tenant,
    Client,
    Secret,
    RedirectUri,
    /// The application permissions (from the token's roles).
    Permissions,
}

impl Input {
    /// The message naming the value (reuses the checks' field names).
    fn message_id(self) -> &'static str {
        match self {
            Input::Tenant => "checks-field-tenant",
            Input::Client => "checks-field-client",
            Input::Secret => "credcheck-input-secret",
            Input::RedirectUri => "credcheck-input-redirect-uri",
            Input::Permissions => "credcheck-input-permissions",
        }
    }
}

/// What the admin gave to check (the worker adds the secret from its session state).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Given<'a> {
    pub tenant: Option<&'a str>,
    pub client: Option<&'a str>,
    pub secret: Option<&'a str>,
    pub redirect_uri: Option<&'a str>,
}

/// A token request that passed the offline checks. The secret is not in here: the worker adds
/// it from its session state when it sends the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenRequest {
    /// The token endpoint ([`token_url`]).
    pub url: String,
    /// The tenant as checked (GUID lowercase, or a domain).
    pub tenant: String,
    /// The Application (client) ID, lowercase with dashes.
    pub client_id: String,
}

/// The offline part of the check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prepared {
    pub target: Target,
    /// Findings about the values, with the value they concern.
    pub findings: Vec<(Input, Finding)>,
    /// The request to send, when the target is app-only and nothing is an error.
    pub request: Option<TokenRequest>,
    /// The tenant and client ID as checked, to remember for the copy panels and exports.
    pub tenant: Option<String>,
    pub client_id: Option<String>,
}

/// Checks what can be checked without the network and, for app-only targets, prepares the token
/// request. Nothing is sent when a value has an error (a Secret ID pasted as the secret would
/// only earn AADSTS7000215; `common` would earn AADSTS9001023).
pub fn prepare(target: Target, given: &Given) -> Prepared {
    let profile = permissions::profile(target);
    let mut findings: Vec<(Input, Finding)> = Vec::new();
    let mut put =
        |input: Input, fs: Vec<Finding>| findings.extend(fs.into_iter().map(|f| (input, f)));
    let mut out = Prepared {
        target,
        findings: Vec::new(),
        request: None,
        tenant: None,
        client_id: None,
    };
    if profile.registration == Registration::Vendor {
        // Comarch DMS: the vendor's own application; nothing of the admin's to check.
        return out;
    }
    let missing = |input: Input| -> Finding {
        let mut f = Finding::error(Rule::Empty, (0, 0));
        f.message_id = Cow::Owned(format!("credcheck-missing-{}", input_key(input)));
        f
    };
    let app_only = target.app_only();
    // The tenant matters for app-only targets; YetiForce signs in on /common.
    let mut tenant = None;
    if app_only {
        match given.tenant.filter(|s| !s.is_empty()) {
            Some(raw) => {
                let c = ids::tenant(raw, Some(target));
                tenant = c.value.clone();
                put(Input::Tenant, c.findings);
            }
            None => put(Input::Tenant, vec![missing(Input::Tenant)]),
        }
    }
    let mut client = None;
    match given.client.filter(|s| !s.is_empty()) {
        Some(raw) => {
            let c = ids::client(raw);
            client = c.value;
            put(Input::Client, c.findings);
        }
        None => put(Input::Client, vec![missing(Input::Client)]),
    }
    match given.secret.filter(|s| !s.is_empty()) {
        Some(raw) => put(Input::Secret, ids::secret(raw, Some(target)).findings),
        None => put(Input::Secret, vec![missing(Input::Secret)]),
    }
    if let (Some(raw), Some(platform)) = (
        given.redirect_uri.filter(|s| !s.is_empty()),
        profile.platform,
    ) {
        let audience = profile
            .recommended_audience()
            .unwrap_or(checks::Audience::AzureADMultipleOrgs);
        put(
            Input::RedirectUri,
            checks::redirect_uri::check(raw, platform, audience, Some(target)).findings,
        );
    }
    let blocked = findings.iter().any(|(_, f)| f.severity == Severity::Error);
    out.tenant = tenant.as_ref().map(|t| t.to_string());
    out.client_id = client.map(|g| g.to_string());
    if app_only && !blocked {
        if let (Some(t), Some(c)) = (&tenant, client) {
            out.request = Some(TokenRequest {
                url: token_url(t),
                tenant: t.to_string(),
                client_id: c.to_string(),
            });
        }
    }
    out.findings = findings;
    out
}

fn input_key(input: Input) -> &'static str {
    match input {
        Input::Tenant => "tenant",
        Input::Client => "client",
        Input::Secret => "secret",
        Input::RedirectUri => "redirect-uri",
        Input::Permissions => "permissions",
    }
}

// ---------------------------------------------------------------------------------------------
// Entra's answer

/// An error body of the token endpoint, as Entra sends it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// The OAuth error code, e.g. `invalid_client`.
    pub error: String,
    /// "AADSTS7000215: Invalid client secret provided. …\r\nTrace ID: …".
    #[serde(default)]
    pub error_description: String,
    #[serde(default)]
    pub error_codes: Vec<u32>,
    #[serde(default)]
    pub timestamp: String,
    #[serde(default)]
    pub trace_id: String,
    #[serde(default)]
    pub correlation_id: String,
    #[serde(default)]
    pub error_uri: String,
}

impl ErrorBody {
    /// The AADSTS code: the first of `error_codes`, else the one the description starts with.
    pub fn code(&self) -> Option<u32> {
        self.error_codes.first().copied().or_else(|| {
            let d = self.error_description.trim_start();
            let end = d
                .find(|c: char| c == ':' || c.is_whitespace())
                .unwrap_or(d.len());
            aadsts::parse_code(&d[..end])
        })
    }

    /// The first line of the description (the rest repeats trace and correlation IDs).
    pub fn summary(&self) -> &str {
        self.error_description
            .split(['\r', '\n'])
            .next()
            .unwrap_or("")
            .trim()
    }
}

impl fmt::Display for ErrorBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.error, self.summary())
    }
}

/// A successful token response (the fields we read).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
struct TokenBody {
    access_token: String,
}

/// The claims of an access token that the check reads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// Application permissions granted with admin consent (app roles), e.g. `Mail.Send`.
    #[serde(default)]
    pub roles: Vec<String>,
    /// The tenant that issued the token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tid: Option<String>,
    /// The client's application ID (v1 tokens, which Graph receives for app-only access).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
    /// The client's application ID (v2 tokens).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azp: Option<String>,
    /// The audience: `https://graph.microsoft.com` or Graph's app ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aud: Option<String>,
    /// Expiry (seconds since 1970).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exp: Option<i64>,
    /// The app registration's display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_displayname: Option<String>,
}

impl Claims {
    /// The client's application ID, from `appid` or `azp`.
    pub fn client_id(&self) -> Option<&str> {
        self.appid.as_deref().or(self.azp.as_deref())
    }
}

/// Why a token's claims could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JwtError {
    /// Not three dot-separated parts.
    Shape,
    /// The payload is not base64url.
    Base64,
    /// The payload is not a JSON object of claims.
    Json,
}

/// Reads the claims of a JWT (header.payload.signature, base64url). No signature check: the
/// claims are only used to explain what was granted.
pub fn decode_claims(jwt: &str) -> Result<Claims, JwtError> {
    let mut parts = jwt.trim().split('.');
    let (Some(_header), Some(payload), Some(_sig), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(JwtError::Shape);
    };
    let bytes = base64url_decode(payload).ok_or(JwtError::Base64)?;
    serde_json::from_slice(&bytes).map_err(|_| JwtError::Json)
}

/// Decodes base64url (RFC 4648 §5), with or without `=` padding. `None` on any other character
/// or an impossible length.
pub fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let s = s.trim_end_matches('=');
    if s.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// Encodes base64url without padding (RFC 4648 §5), the inverse of [`base64url_decode`].
pub fn base64url_encode(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// An unsigned token carrying `claims`, shaped like the ones Entra issues (header.payload.signature,
/// base64url): what the tests of the token request and of the credential check are given.
#[doc(hidden)]
pub fn unsigned_jwt(claims: &serde_json::Value) -> String {
    format!(
        "{}.{}.{}",
        base64url_encode(br#"{"typ":"JWT","alg":"RS256","kid":"test"}"#),
        base64url_encode(claims.to_string().as_bytes()),
        base64url_encode(b"not a real signature")
    )
}

/// What came of the token request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Outcome {
    /// Entra issued a token; `claims` is `None` when its claims could not be read.
    Token { claims: Option<Claims> },
    /// Entra refused with an error body.
    Refused { status: u16, body: ErrorBody },
    /// No answer: the network failed (offline, DNS, TLS, blocked by a proxy).
    Network { detail: String },
    /// No answer within the time limit.
    Timeout { ms: u32 },
    /// An answer that is neither a token nor an Entra error (a proxy's page, a 5xx).
    Unexpected { status: u16 },
}

impl Outcome {
    /// The outcome of a token that was issued.
    pub fn from_access_token(access_token: &str) -> Outcome {
        Outcome::Token {
            claims: decode_claims(access_token).ok(),
        }
    }
}

/// Reads the token endpoint's answer: a token on 2xx, an [`ErrorBody`] otherwise.
pub fn parse_response(status: u16, body: &str) -> Outcome {
    if (200..300).contains(&status) {
        return match serde_json::from_str::<TokenBody>(body) {
            Ok(t) => Outcome::from_access_token(&t.access_token),
            Err(_) => Outcome::Unexpected { status },
        };
    }
    match serde_json::from_str::<ErrorBody>(body) {
        Ok(b) if !b.error.is_empty() => Outcome::Refused { status, body: b },
        _ => Outcome::Unexpected { status },
    }
}

// ---------------------------------------------------------------------------------------------
// Roles

/// One application permission: needed by the target and/or present in the token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleRow {
    /// The permission's name, e.g. `Mail.Send`.
    pub name: String,
    /// Whether the target needs it (required), or merely accepts it.
    pub required: bool,
    /// Whether the target asks for it at all (false: granted but not needed).
    pub needed: bool,
    /// Whether the token carries it.
    pub granted: bool,
}

/// The target's Graph application permissions against the token's roles: the target's
/// permissions in catalogue order, then roles the target does not need, in token order.
pub fn compare_roles(target: Target, roles: &[String]) -> Vec<RoleRow> {
    let has = |name: &str| roles.iter().any(|r| r.eq_ignore_ascii_case(name));
    let mut rows: Vec<RoleRow> = permissions::required_for(target)
        .iter()
        .filter(|r| {
            r.permission.kind == Kind::Application && r.permission.resource == Resource::Graph
        })
        .map(|r| RoleRow {
            name: r.permission.name.to_owned(),
            required: r.need == Need::Required,
            needed: true,
            granted: has(r.permission.name),
        })
        .collect();
    for role in roles {
        if !rows.iter().any(|r| r.name.eq_ignore_ascii_case(role)) {
            rows.push(RoleRow {
                name: role.clone(),
                required: false,
                needed: false,
                granted: true,
            });
        }
    }
    rows
}

// ---------------------------------------------------------------------------------------------
// The localized result

/// How the check was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// A token was requested (app-only targets).
    Token,
    /// Offline only: the values were not good enough to send, or the target signs users in
    /// itself (delegated).
    Offline,
    /// The target uses its vendor's application: nothing of the admin's to check.
    Vendor,
}

/// The result of a credential check, localized, as the overlay shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CredentialResult {
    pub target: Target,
    pub mode: Mode,
    /// `ok` | `warning` | `error`.
    pub verdict: Verdict,
    /// One sentence: what came out.
    pub headline: String,
    /// Further notes (how delegated targets sign in, what could not be read).
    #[serde(default)]
    pub notes: Vec<String>,
    /// Findings about the values, localized.
    #[serde(default)]
    pub findings: Vec<CheckedValue>,
    /// The application permissions, needed and granted (token checks only).
    #[serde(default)]
    pub roles: Vec<RoleRow>,
    /// Entra's error, explained (refused token requests only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorView>,
}

/// One finding about one value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckedValue {
    pub input: Input,
    /// The value's name, localized.
    pub label: String,
    pub rule: Rule,
    pub severity: Severity,
    pub message: String,
}

/// An AADSTS error as the overlay explains it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorView {
    /// `AADSTS7000215`, or the OAuth error when there is no code.
    pub code: String,
    /// Whether regpilot explains this code (else only Entra's own text is shown).
    pub explained: bool,
    pub title: String,
    pub cause: String,
    pub fix: String,
    /// The first line of Entra's description, as sent.
    pub entra_text: String,
    pub trace_id: String,
    pub correlation_id: String,
    pub timestamp: String,
    /// Microsoft's lookup page for the code.
    pub lookup_url: String,
}

/// The localized result of a check: the offline findings and, when a request was sent, its
/// outcome.
pub fn report(prepared: &Prepared, outcome: Option<&Outcome>, l: &Localizer) -> CredentialResult {
    let target = prepared.target;
    let target_name = l.msg(&format!("checks-target-{}", target.id()));
    let findings: Vec<CheckedValue> = prepared
        .findings
        .iter()
        .map(|(input, f)| CheckedValue {
            input: *input,
            label: l.msg(input.message_id()),
            rule: f.rule,
            severity: f.severity,
            message: f.message(l),
        })
        .collect();
    let worst = Verdict::of(
        &prepared
            .findings
            .iter()
            .map(|(_, f)| f.clone())
            .collect::<Vec<_>>(),
    );
    let mut result = CredentialResult {
        target,
        mode: Mode::Offline,
        verdict: worst,
        headline: String::new(),
        notes: Vec::new(),
        findings,
        roles: Vec::new(),
        error: None,
    };
    let targ = [("target", Arg::from(target_name.as_str()))];
    if permissions::profile(target).registration == Registration::Vendor {
        result.mode = Mode::Vendor;
        result.verdict = Verdict::Ok;
        result.headline = l.format("credcheck-vendor", &targ);
        result
            .notes
            .push(l.format("credcheck-vendor-consent", &targ));
        return result;
    }
    if !target.app_only() {
        result.headline = l.format(
            if worst == Verdict::Error {
                "credcheck-delegated-fix"
            } else {
                "credcheck-delegated"
            },
            &targ,
        );
        result
            .notes
            .push(l.format(&format!("credcheck-delegated-how-{}", target.id()), &targ));
        return result;
    }
    let Some(outcome) = outcome else {
        result.headline = l.msg("credcheck-not-sent");
        result.verdict = Verdict::Error;
        return result;
    };
    result.mode = Mode::Token;
    match outcome {
        Outcome::Token {
            claims: Some(claims),
        } => {
            result.roles = compare_roles(target, &claims.roles);
            let missing: Vec<&RoleRow> = result
                .roles
                .iter()
                .filter(|r| r.required && !r.granted)
                .collect();
            if missing.is_empty() {
                result.verdict = result.verdict.max(Verdict::Ok);
                result.headline = l.format("credcheck-token-ok", &targ);
            } else {
                result.verdict = Verdict::Error;
                result.headline = l.format(
                    "credcheck-token-missing",
                    &[
                        ("target", Arg::from(target_name.as_str())),
                        ("count", Arg::from(missing.len())),
                    ],
                );
                for r in &missing {
                    let mut f =
                        Finding::error(Rule::MissingConsent, (0, 0)).arg("role", r.name.clone());
                    f.message_id = Cow::Borrowed("credcheck-role-missing");
                    result.findings.push(CheckedValue {
                        input: Input::Permissions,
                        label: l.msg(Input::Permissions.message_id()),
                        rule: f.rule,
                        severity: f.severity,
                        message: f.message(l),
                    });
                }
            }
            let extra: Vec<&str> = result
                .roles
                .iter()
                .filter(|r| !r.needed)
                .map(|r| r.name.as_str())
                .collect();
            if !extra.is_empty() {
                result.verdict = result.verdict.max(Verdict::Warning);
                result.notes.push(l.format(
                    "credcheck-roles-extra",
                    &[
                        ("roles", Arg::from(extra.join(", "))),
                        ("count", Arg::from(extra.len())),
                    ],
                ));
            }
            if let (Some(tid), Some(asked)) = (&claims.tid, &prepared.tenant) {
                if ids::Guid::parse(asked).is_some() && !tid.eq_ignore_ascii_case(asked) {
                    result.notes.push(l.format(
                        "credcheck-other-tenant",
                        &[("tid", Arg::from(tid.as_str()))],
                    ));
                }
            }
        }
        Outcome::Token { claims: None } => {
            result.verdict = result.verdict.max(Verdict::Warning);
            result.headline = l.format("credcheck-token-unreadable", &targ);
        }
        Outcome::Refused { status, body } => {
            result.verdict = Verdict::Error;
            let code = body.code();
            let explained = code.and_then(aadsts::lookup);
            let name = code
                .map(|c| format!("AADSTS{c}"))
                .unwrap_or_else(|| body.error.clone());
            let (title, cause, fix) = match explained {
                Some(e) => (e.title(l), e.cause(l), e.fix(l)),
                None => (
                    l.msg("credcheck-error-unknown.title"),
                    l.msg("credcheck-error-unknown.cause"),
                    l.msg("credcheck-error-unknown.fix"),
                ),
            };
            result.headline = l.format(
                "credcheck-refused",
                &[
                    ("code", Arg::from(name.as_str())),
                    ("title", Arg::from(title.as_str())),
                    ("status", Arg::from(*status as usize)),
                ],
            );
            result.error = Some(ErrorView {
                code: name,
                explained: explained.is_some(),
                title,
                cause,
                fix,
                entra_text: body.summary().to_owned(),
                trace_id: body.trace_id.clone(),
                correlation_id: body.correlation_id.clone(),
                timestamp: body.timestamp.clone(),
                lookup_url: code.map(aadsts::lookup_url).unwrap_or_default(),
            });
        }
        Outcome::Network { detail } => {
            result.verdict = Verdict::Error;
            result.headline = l.format(
                "credcheck-network",
                &[
                    ("host", Arg::from(LOGIN_HOST)),
                    ("detail", Arg::from(detail.as_str())),
                ],
            );
        }
        Outcome::Timeout { ms } => {
            result.verdict = Verdict::Error;
            let seconds = (f64::from(*ms) / 1000.0 * 10.0).round() / 10.0;
            result.headline = l.format(
                "credcheck-timeout",
                &[
                    ("host", Arg::from(LOGIN_HOST)),
                    ("seconds", Arg::Num(seconds)),
                ],
            );
        }
        Outcome::Unexpected { status } => {
            result.verdict = Verdict::Error;
            result.headline = l.format(
                "credcheck-unexpected",
                &[
                    ("host", Arg::from(LOGIN_HOST)),
                    ("status", Arg::from(*status as usize)),
                ],
            );
        }
    }
    result
}

/// The names of the application permissions the token showed as granted (for the export's
/// consent column); `None` when no readable token was issued.
pub fn granted_roles(outcome: &Outcome) -> Option<Vec<String>> {
    match outcome {
        Outcome::Token { claims: Some(c) } => Some(c.roles.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    const TENANT: &str = "a4528e4a-1f6e-4572-9c7d-e5cf6e2bfc83";
    const CLIENT: &str = "a28e34be-b03a-4d57-a136-cb24746c7870";
    const SECRET: &str = "gJT7Q~ihA~2O76UMFxFkM~R5Kjp-1vRt_1fjO";

    fn given() -> Given<'static> {
        Given {
            tenant: Some(TENANT),
            client: Some(CLIENT),
            secret: Some(SECRET),
            redirect_uri: None,
        }
    }

    #[test]
    fn base64url_decodes_with_and_without_padding_and_rejects_other_alphabets() {
        assert_eq!(base64url_decode("TWFu").unwrap(), b"Man");
        assert_eq!(base64url_decode("TWE").unwrap(), b"Ma");
        assert_eq!(base64url_decode("TWE=").unwrap(), b"Ma");
        assert_eq!(base64url_decode("TQ").unwrap(), b"M");
        // '-' and '_' are 62 and 63 in base64url (RFC 4648 §5); '+' and '/' are not allowed.
        assert_eq!(base64url_decode("-_8").unwrap(), vec![0xfb, 0xff]);
        assert_eq!(base64url_decode("+/8"), None);
        assert_eq!(
            base64url_decode("TWFuT"),
            None,
            "a length of 4n+1 cannot be base64"
        );
        for s in ["", "a", "hello world", "{\"roles\":[\"Mail.Send\"]}"] {
            assert_eq!(
                base64url_decode(&base64url_encode(s.as_bytes())).unwrap(),
                s.as_bytes()
            );
        }
    }

    #[test]
    fn jwt_claims_are_read_without_checking_the_signature() {
        let token = unsigned_jwt(&serde_json::json!({
            "aud": "https://graph.microsoft.com",
            "iss": format!("https://sts.windows.net/{TENANT}/"),
            "appid": CLIENT,
            "tid": TENANT,
            "roles": ["Mail.ReadWrite", "Mail.Send"],
            "idtyp": "app",
            "exp": 1_900_000_000,
        }));
        let c = decode_claims(&token).unwrap();
        assert_eq!(c.roles, ["Mail.ReadWrite", "Mail.Send"]);
        assert_eq!(c.client_id(), Some(CLIENT));
        assert_eq!(c.tid.as_deref(), Some(TENANT));
        assert_eq!(c.exp, Some(1_900_000_000));
        // A token without roles (no admin consent yet) has no `roles` claim at all.
        let none = decode_claims(&unsigned_jwt(&serde_json::json!({"azp": CLIENT}))).unwrap();
        assert!(none.roles.is_empty());
        assert_eq!(none.client_id(), Some(CLIENT));
        assert_eq!(decode_claims("abc.def"), Err(JwtError::Shape));
        assert_eq!(decode_claims("a.b.c.d"), Err(JwtError::Shape));
        assert_eq!(decode_claims("a.b+c.d"), Err(JwtError::Base64));
        assert_eq!(
            decode_claims(&format!("x.{}.y", base64url_encode(b"[1,2]"))),
            Err(JwtError::Json)
        );
    }

    /// Real-shaped error body (the client-credentials page's "Error response example").
    fn error_body(code: u32, text: &str) -> String {
        serde_json::json!({
            "error": "invalid_client",
            "error_description": format!("AADSTS{code}: {text}\r\nTrace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333\r\nCorrelation ID: aaaa0000-bb11-2222-33cc-444444dddddd\r\nTimestamp: 2026-03-02 13:05:09Z"),
            "error_codes": [code],
            "timestamp": "2026-03-02 13:05:09Z",
            "trace_id": "0000aaaa-11bb-cccc-dd22-eeeeee333333",
            "correlation_id": "aaaa0000-bb11-2222-33cc-444444dddddd",
            "error_uri": format!("https://login.microsoftonline.com/error?code={code}"),
        })
        .to_string()
    }

    #[test]
    fn responses_parse_into_tokens_errors_or_unexpected() {
        let token = unsigned_jwt(&serde_json::json!({"roles": ["Mail.Send"]}));
        let ok = format!(
            r#"{{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"{token}"}}"#
        );
        match parse_response(200, &ok) {
            Outcome::Token { claims: Some(c) } => assert_eq!(c.roles, ["Mail.Send"]),
            o => panic!("{o:?}"),
        }
        // An opaque token (Microsoft may change the format) is still a token.
        assert_eq!(
            parse_response(200, r#"{"access_token":"opaque"}"#),
            Outcome::Token { claims: None }
        );
        let err = error_body(7000215, "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app 'a28e34be-b03a-4d57-a136-cb24746c7870'.");
        match parse_response(401, &err) {
            Outcome::Refused { status: 401, body } => {
                assert_eq!(body.code(), Some(7000215));
                assert!(body
                    .summary()
                    .starts_with("AADSTS7000215: Invalid client secret provided."));
                assert!(!body.summary().contains("Trace ID"));
                assert_eq!(body.trace_id, "0000aaaa-11bb-cccc-dd22-eeeeee333333");
            }
            o => panic!("{o:?}"),
        }
        // Without error_codes the code is read from the description.
        let b: ErrorBody = serde_json::from_str(r#"{"error":"invalid_request","error_description":"AADSTS90002: Tenant 'x' not found."}"#).unwrap();
        assert_eq!(b.code(), Some(90002));
        assert_eq!(
            parse_response(502, "<html>Bad gateway</html>"),
            Outcome::Unexpected { status: 502 }
        );
        assert_eq!(
            parse_response(200, "{}"),
            Outcome::Unexpected { status: 200 }
        );
        assert_eq!(
            parse_response(400, r#"{"error":""}"#),
            Outcome::Unexpected { status: 400 }
        );
    }

    #[test]
    fn request_carries_the_default_graph_scope_and_the_secret_only_in_the_body() {
        let p = prepare(Target::Statlook, &given());
        let r = p.request.expect("valid values give a request");
        assert_eq!(
            r.url,
            format!("https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token")
        );
        assert!(!r.url.contains(SECRET));
        let fields = form_fields(&r.client_id, SECRET);
        assert!(fields.contains(&("grant_type", "client_credentials".into())));
        assert!(fields.contains(&("scope", "https://graph.microsoft.com/.default".into())));
        assert!(fields.contains(&("client_secret", SECRET.into())));
        // A domain tenant works too, lowercased.
        let p = prepare(
            Target::Aktionnext,
            &Given {
                tenant: Some("Contoso.onmicrosoft.com"),
                ..given()
            },
        );
        assert_eq!(
            p.request.unwrap().url,
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"
        );
    }

    #[test]
    fn nothing_is_sent_when_a_value_is_wrong() {
        // AADSTS9001023: client credentials are not supported on /common.
        let p = prepare(
            Target::Statlook,
            &Given {
                tenant: Some("common"),
                ..given()
            },
        );
        assert!(p.request.is_none());
        assert!(p
            .findings
            .iter()
            .any(|(i, f)| *i == Input::Tenant && f.rule == Rule::TenantAliasAppOnly));
        // AADSTS7000215: the Secret ID pasted instead of the value.
        let p = prepare(
            Target::Aktionnext,
            &Given {
                secret: Some("19fe525e-8978-4d17-8ad6-ac0e9c91333a"),
                ..given()
            },
        );
        assert!(p.request.is_none());
        assert!(p
            .findings
            .iter()
            .any(|(i, f)| *i == Input::Secret && f.rule == Rule::SecretIdNotValue));
        // A tenant path pasted as the tenant cannot change the endpoint's path.
        let p = prepare(
            Target::Statlook,
            &Given {
                tenant: Some("x/../common"),
                ..given()
            },
        );
        assert!(p.request.is_none());
        let p = prepare(
            Target::Statlook,
            &Given {
                secret: None,
                ..given()
            },
        );
        assert!(p.request.is_none());
        assert_eq!(p.findings[0].1.message_id, "credcheck-missing-secret");
        // A trailing space breaks the target's sign-in (the checks' `whitespace` rule): the
        // finding suggests the trimmed value and nothing is sent.
        let spaced = format!("{CLIENT} ");
        let p = prepare(
            Target::Statlook,
            &Given {
                client: Some(&spaced),
                ..given()
            },
        );
        assert!(p.request.is_none());
        assert!(p
            .findings
            .iter()
            .any(|(i, f)| *i == Input::Client && f.rule == Rule::Whitespace));
        // Upper case is fine: the request carries the ID as Entra shows it.
        let upper = CLIENT.to_uppercase();
        let p = prepare(
            Target::Statlook,
            &Given {
                client: Some(&upper),
                ..given()
            },
        );
        assert_eq!(p.request.unwrap().client_id, CLIENT);
    }

    #[test]
    fn delegated_and_vendor_targets_are_checked_offline_only() {
        let p = prepare(
            Target::Yetiforce,
            &Given {
                tenant: None,
                redirect_uri: Some("https://crm.example.com/webservice/OAuth/MailAccount/abc"),
                ..given()
            },
        );
        assert!(p.request.is_none());
        assert!(p.findings.is_empty(), "{:?}", p.findings);
        let l = Localizer::new(Lang::En);
        let r = report(&p, None, &l);
        assert_eq!((r.mode, r.verdict), (Mode::Offline, Verdict::Ok));
        assert!(r.headline.contains("YetiForce CRM"), "{}", r.headline);
        // YetiForce's redirect URI is checked for its path.
        let p = prepare(
            Target::Yetiforce,
            &Given {
                redirect_uri: Some("https://crm.example.com/index.php"),
                ..given()
            },
        );
        assert!(p
            .findings
            .iter()
            .any(|(i, f)| *i == Input::RedirectUri && f.rule == Rule::YetiforcePath));
        let p = prepare(Target::Comarch, &Given::default());
        assert!(p.findings.is_empty());
        let r = report(&p, None, &l);
        assert_eq!(r.mode, Mode::Vendor);
        assert!(r.headline.contains("Comarch DMS"), "{}", r.headline);
    }

    #[test]
    fn roles_are_compared_with_what_the_target_needs() {
        let rows = compare_roles(
            Target::Statlook,
            &["Mail.Send".into(), "User.Read.All".into()],
        );
        let by = |n: &str| rows.iter().find(|r| r.name == n).unwrap().clone();
        assert!(by("Mail.ReadWrite").required && !by("Mail.ReadWrite").granted);
        assert!(by("Mail.Send").granted);
        assert!(!by("User.Read.All").needed && by("User.Read.All").granted);
        // The delegated User.Read the portal pre-adds is not an application role.
        assert!(rows.iter().all(|r| r.name != "User.Read"));
        let rows = compare_roles(Target::Aktionnext, &[]);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].name, "Mail.Send");
        assert!(!rows[0].granted);
    }

    #[test]
    fn report_explains_missing_roles_and_aadsts_errors_in_every_language() {
        let p = prepare(Target::Aktionnext, &given());
        let token = Outcome::Token {
            claims: Some(Claims {
                roles: vec![],
                ..Claims::default()
            }),
        };
        for lang in Lang::ALL {
            let l = Localizer::new(lang);
            let r = report(&p, Some(&token), &l);
            assert_eq!(r.verdict, Verdict::Error);
            assert!(
                r.findings
                    .iter()
                    .any(|f| f.rule == Rule::MissingConsent && f.message.contains("Mail.Send")),
                "{lang:?}: {:?}",
                r.findings
            );
            assert!(l.errors().is_empty(), "{lang:?}: {:?}", l.errors());
        }
        let l = Localizer::new(Lang::En);
        let granted = Outcome::Token {
            claims: Some(Claims {
                roles: vec!["Mail.Send".into()],
                ..Claims::default()
            }),
        };
        let r = report(&p, Some(&granted), &l);
        assert_eq!(r.verdict, Verdict::Ok, "{}", r.headline);
        assert!(r.roles.iter().all(|r| r.granted));
        for (code, status) in [
            (7000215, 401),
            (700016, 400),
            (90002, 400),
            (1002012, 400),
            (7000222, 401),
            (9001023, 400),
        ] {
            let body: ErrorBody = serde_json::from_str(&error_body(code, "Entra's text.")).unwrap();
            let r = report(&p, Some(&Outcome::Refused { status, body }), &l);
            let e = r.error.expect("an error view");
            assert!(e.explained, "{code} is explained by checks::aadsts");
            assert_eq!(e.code, format!("AADSTS{code}"));
            assert_eq!(e.title, aadsts::lookup(code).unwrap().title(&l));
            assert!(r.headline.contains(&e.code), "{}", r.headline);
            assert_eq!(e.entra_text, format!("AADSTS{code}: Entra's text."));
        }
        let unknown: ErrorBody =
            serde_json::from_str(&error_body(123456, "Something new.")).unwrap();
        let r = report(
            &p,
            Some(&Outcome::Refused {
                status: 400,
                body: unknown,
            }),
            &l,
        );
        assert!(!r.error.unwrap().explained);
        let r = report(&p, Some(&Outcome::Timeout { ms: 1500 }), &l);
        assert!(r.headline.contains("1.5"), "{}", r.headline);
        let r = report(
            &p,
            Some(&Outcome::Network {
                detail: "Failed to fetch".into(),
            }),
            &l,
        );
        assert!(
            r.headline.contains("Failed to fetch") && r.headline.contains(LOGIN_HOST),
            "{}",
            r.headline
        );
        assert!(l.errors().is_empty(), "{:?}", l.errors());
    }

    #[test]
    fn secret_text_never_shows_in_debug_output() {
        let s = SecretText(SECRET.into());
        assert!(!format!("{s:?}").contains("7Q~"));
        assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{SECRET}\""));
    }
}
