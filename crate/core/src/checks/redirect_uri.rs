//! Redirect URIs (reply URLs), one at a time ([`check`]) or as the list an app registers
//! ([`check_list`]).
//!
//! Source unless a rule says otherwise: "Redirect URI (reply URL) outline and restrictions",
//! <https://learn.microsoft.com/entra/identity-platform/reply-url> (domain.md §1). The parser is
//! hand-written on purpose: it only has to split scheme, authority, path, query and fragment, and
//! the `url` crate's IDNA tables would weigh more than the whole overlay budget allows. We never
//! need to *process* an IDN, only to notice one (a non-ASCII host or an `xn--` label).

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use super::text::{is_space, show_char, surrounding_space};
use super::{registration, Audience, Checked, Finding, Platform, Rule};
use crate::Target;

/// The most characters a redirect URI may have ("Maximum URI length": 256 characters).
pub const MAX_LEN: usize = 256;

/// Characters Entra does not support in redirect URIs ("Redirect URIs don't support special
/// characters: ! $ ' ( ) , ;"). The scan uses [`ASCII`]; this list documents it and tests it.
#[cfg(test)]
const ENTRA_FORBIDDEN: &[char] = &['!', '$', '\'', '(', ')', ',', ';'];

/// Characters RFC 3986 never allows unencoded in a URI (besides controls, space and non-ASCII).
#[cfg(test)]
const URI_FORBIDDEN: &[char] = &['"', '<', '>', '\\', '^', '`', '{', '|', '}'];

/// How the character scan sees an ASCII character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Fine,
    Wildcard,
    Entra,
    Space,
    Uri,
    Percent,
    Bracket,
}

const fn class_of(b: u8) -> Class {
    match b {
        b'*' => Class::Wildcard,
        b'!' | b'$' | b'\'' | b'(' | b')' | b',' | b';' => Class::Entra,
        b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => Class::Space,
        0..=0x1F | 0x7F => Class::Uri,
        b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}' => Class::Uri,
        b'%' => Class::Percent,
        b'[' | b']' => Class::Bracket,
        _ => Class::Fine,
    }
}

/// [`class_of`] for every ASCII character, so the scan is one lookup per character.
static ASCII: [Class; 128] = {
    let mut t = [Class::Fine; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = class_of(i as u8);
        i += 1;
    }
    t
};

/// Schemes that are never a redirect target, even for desktop and mobile apps.
const NEVER_SCHEMES: &[&str] = &["javascript", "data", "file", "ftp", "ws", "wss", "about"];

/// A redirect URI that passed the checks (warnings allowed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedirectUri {
    uri: String,
    platform: Platform,
    scheme: Cow<'static, str>,
    host: Option<String>,
    port: Option<u16>,
}

impl RedirectUri {
    /// The URI as it must be registered: the input without surrounding whitespace.
    pub fn as_str(&self) -> &str {
        &self.uri
    }
    pub fn platform(&self) -> Platform {
        self.platform
    }
    /// The scheme, lowercase (`https`, `http`, or a custom scheme of a desktop app).
    pub fn scheme(&self) -> &str {
        &self.scheme
    }
    /// The host, lowercase, when the URI has an authority.
    pub fn host(&self) -> Option<&str> {
        self.host.as_deref()
    }
    pub fn port(&self) -> Option<u16> {
        self.port
    }
    /// Whether Entra treats it as a loopback URI (port ignored when matching).
    pub fn is_loopback(&self) -> bool {
        self.host
            .as_deref()
            .is_some_and(|h| h == "localhost" || h == "127.0.0.1")
    }
}

impl fmt::Display for RedirectUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.uri)
    }
}

/// Checks one redirect URI for an app with the given platform and supported account types, and,
/// when `target` is given, against that target's expectations (YetiForce's URI shape, the platform
/// it needs, whether its sign-in works with `audience`).
pub fn check(
    raw: &str,
    platform: Platform,
    audience: Audience,
    target: Option<Target>,
) -> Checked<RedirectUri> {
    let (value, findings, _) = inspect(raw, platform, audience, target, false);
    Checked::finish(raw, value, findings)
}

/// Checks the list of redirect URIs of one platform of one app: each URI as [`check`] does, then
/// duplicates (exact: error; the same address spelled differently, or localhost URIs differing only
/// by port: warning) and the audience's count limit (`too-many` on every URI past the limit).
/// Results are in input order.
pub fn check_list<S: AsRef<str>>(
    raws: &[S],
    platform: Platform,
    audience: Audience,
    target: Option<Target>,
) -> Vec<Checked<RedirectUri>> {
    let max = audience.max_redirect_uris();
    // Key → 1-based position of its first URI.
    let mut exact: HashMap<&str, usize, Fnv> = HashMap::with_capacity_and_hasher(raws.len(), Fnv);
    let mut normal: HashMap<Cow<'_, str>, usize, Fnv> =
        HashMap::with_capacity_and_hasher(raws.len(), Fnv);
    let mut loopback: HashMap<String, usize, Fnv> = HashMap::with_hasher(Fnv);
    let mut out = Vec::with_capacity(raws.len());
    for (i, raw) in raws.iter().enumerate() {
        let raw = raw.as_ref();
        let (value, mut findings, keys) = inspect(raw, platform, audience, target, true);
        if let Some(keys) = keys {
            let whole = keys.span;
            let port_twin = keys
                .loopback
                .as_ref()
                .and_then(|l| loopback.get(l).copied());
            if let Some(&first) = exact.get(keys.exact) {
                findings.push(Finding::error(Rule::Duplicate, whole).arg("first", first));
            } else if let Some(&first) = normal.get(&keys.normal) {
                findings.push(
                    Finding::warning(Rule::Duplicate, whole)
                        .variant("equivalent")
                        .arg("first", first),
                );
            } else if let Some(first) = port_twin {
                // "Registering localhost URIs that differ only by port is discouraged": the port
                // is ignored when matching, so Entra picks one of them arbitrarily.
                findings.push(
                    Finding::warning(Rule::Duplicate, whole)
                        .variant("port")
                        .arg("first", first),
                );
            }
            exact.entry(keys.exact).or_insert(i + 1);
            normal.entry(keys.normal).or_insert(i + 1);
            if let Some(l) = keys.loopback {
                loopback.entry(l).or_insert(i + 1);
            }
        }
        if i >= max {
            let whole = (0, raw.len());
            findings.push(
                Finding::error(Rule::TooMany, whole)
                    .arg("max", max)
                    .arg("audience", audience.id()),
            );
        }
        out.push(Checked::finish(raw, value, findings));
    }
    out
}

/// FNV-1a: the duplicate check hashes short strings it made itself, so it needs speed, not
/// SipHash's resistance to chosen collisions.
#[derive(Clone, Copy, Default)]
struct Fnv;

struct FnvHasher(u64);

impl std::hash::BuildHasher for Fnv {
    type Hasher = FnvHasher;
    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// What makes two URIs the same registration, for the duplicate check.
struct Keys<'a> {
    /// Byte span of the trimmed URI.
    span: (usize, usize),
    exact: &'a str,
    /// Scheme and host lowercase, default port dropped.
    normal: Cow<'a, str>,
    /// For loopback hosts: the URI without its port.
    loopback: Option<String>,
}

/// The URI split into its parts (byte ranges into the whole input).
#[derive(Default)]
struct Parts {
    scheme: Option<(usize, usize)>,
    /// The authority, after `//`.
    authority: Option<(usize, usize)>,
    host: Option<(usize, usize)>,
    /// The port text after `:`, possibly empty.
    port: Option<(usize, usize)>,
    path: (usize, usize),
    query: Option<(usize, usize)>,
    fragment: Option<(usize, usize)>,
}

fn split(raw: &str, start: usize, end: usize) -> Parts {
    let s = &raw[start..end];
    let mut p = Parts::default();
    let mut rest = 0; // offset in s where the part after the scheme starts
    if let Some(colon) = s.find(':') {
        let scheme = &s[..colon];
        let after = s[colon + 1..].chars().next();
        let valid = scheme.len() > 1
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            // `localhost:3000/x` is a host and port, not a scheme.
            && !after.is_some_and(|c| c.is_ascii_digit());
        if valid {
            p.scheme = Some((start, start + colon));
            rest = colon + 1;
        }
    }
    if p.scheme.is_some() && s[rest..].starts_with("//") {
        let a = rest + 2;
        let a_end = s[a..].find(['/', '?', '#']).map_or(s.len(), |i| a + i);
        p.authority = Some((start + a, start + a_end));
        let auth = &s[a..a_end];
        let hp = auth.rfind('@').map_or(0, |i| i + 1);
        let hostport = &auth[hp..];
        let (h_end, port) = if hostport.starts_with('[') {
            match hostport.find(']') {
                Some(i) => {
                    let after = &hostport[i + 1..];
                    (i + 1, after.strip_prefix(':').map(|_| i + 2))
                }
                None => (hostport.len(), None),
            }
        } else {
            match hostport.rfind(':') {
                Some(i) => (i, Some(i + 1)),
                None => (hostport.len(), None),
            }
        };
        let h0 = start + a + hp;
        p.host = Some((h0, h0 + h_end));
        p.port = port.map(|i| (h0 + i, start + a_end));
        rest = a_end;
    }
    let tail = &s[rest..];
    let q = tail.find(['?', '#']);
    let path_end = q.map_or(s.len(), |i| rest + i);
    p.path = (start + rest, start + path_end);
    if let Some(h) = s[path_end..].find('#') {
        let f = path_end + h;
        p.fragment = Some((start + f, end));
        if f > path_end {
            p.query = Some((start + path_end, start + f));
        }
    } else if path_end < s.len() {
        p.query = Some((start + path_end, end));
    }
    p
}

/// The shared work of [`check`] and [`check_list`]: findings with byte spans.
fn inspect(
    raw: &str,
    platform: Platform,
    audience: Audience,
    target: Option<Target>,
    want_keys: bool,
) -> (Option<RedirectUri>, Vec<Finding>, Option<Keys<'_>>) {
    let mut out = Vec::new();
    let registration_findings = |out: &mut Vec<Finding>| {
        if let Some(t) = target {
            out.extend(registration::check(audience, t));
            out.extend(platform_for_target(platform, t));
        }
    };
    let Some((start, end)) = surrounding_space(raw, &mut out) else {
        out.clear();
        out.push(Finding::error(Rule::Empty, (0, raw.len())));
        registration_findings(&mut out);
        return (None, out, None);
    };
    let s = &raw[start..end];
    if out.iter().any(|f| f.rule == Rule::Whitespace) {
        // The message shows the fixed value.
        for f in out.iter_mut() {
            f.set_arg("suggestion", s);
        }
    }

    // Length: 256 characters at most.
    let chars = if s.len() <= MAX_LEN {
        0
    } else {
        s.chars().count()
    };
    if chars > MAX_LEN {
        let cut = s.char_indices().nth(MAX_LEN).map_or(s.len(), |(i, _)| i);
        out.push(
            Finding::error(Rule::TooLong, (start + cut, end))
                .arg("max", MAX_LEN)
                .arg("length", chars),
        );
    }

    let p = split(raw, start, end);
    let scheme = p.scheme.map(|(a, b)| raw[a..b].to_ascii_lowercase());
    let host_text = p.host.map(|(a, b)| &raw[a..b]);
    let host_lc = host_text.map(str::to_ascii_lowercase);

    scan_chars(raw, &p, start, end, &mut out);

    // Scheme and authority.
    let is_web_scheme = matches!(scheme.as_deref(), Some("http" | "https"));
    match scheme.as_deref() {
        None => {
            let variant = if s.starts_with("//") {
                "scheme-relative"
            } else {
                "no-scheme"
            };
            let suggestion = format!("https://{}", s.trim_start_matches('/'));
            out.push(
                Finding::error(Rule::NotAbsolute, (start, end))
                    .variant(variant)
                    .arg("suggestion", suggestion),
            );
        }
        Some(sc) if is_web_scheme && p.authority.is_none() => {
            let after = &s[sc.len() + 1..];
            let suggestion = format!("{sc}://{}", after.trim_start_matches('/'));
            out.push(
                Finding::error(Rule::NotAbsolute, (start, end))
                    .variant("slashes")
                    .arg("suggestion", suggestion),
            );
        }
        Some(_) if is_web_scheme && p.host.is_some_and(|(a, b)| a == b) => {
            let (a, b) = p.authority.unwrap_or((start, end));
            out.push(Finding::error(Rule::NotAbsolute, (a, b)).variant("host"));
        }
        Some("https") => {}
        Some("http") => {
            let host = host_lc.as_deref().unwrap_or("");
            let scheme_span = p.scheme.unwrap_or((start, start));
            if host == "localhost" {
                // http is allowed for localhost ("exceptions for localhost redirect URIs").
            } else if host == "127.0.0.1" {
                // Microsoft recommends 127.0.0.1, but the portal's Redirect URI box refuses an
                // http loopback IP: it can only be added in the manifest (reply-url, "Localhost
                // exceptions"; domain.md §1).
                let h = p.host.unwrap_or(scheme_span);
                let suggestion = swap_host(s, start, h, "localhost");
                out.push(Finding::warning(Rule::LoopbackIp, h).arg("suggestion", suggestion));
            } else if is_ipv6_loopback(host) {
                // Reported below as ipv6-loopback.
            } else {
                let suggestion = format!("https{}", &s[4..]);
                out.push(
                    Finding::error(Rule::HttpLocalhostOnly, scheme_span)
                        .arg("suggestion", suggestion),
                );
            }
        }
        Some(sc) => {
            let custom_ok = platform == Platform::Installed && !NEVER_SCHEMES.contains(&sc);
            if !custom_ok {
                let span = p.scheme.unwrap_or((start, start));
                out.push(
                    Finding::error(Rule::HttpsRequired, span)
                        .variant(platform.id())
                        .arg("scheme", sc.to_owned()),
                );
            }
        }
    }

    // User info: `user:password@host`.
    if let (Some((a, _)), Some((h, _))) = (p.authority, p.host) {
        if h > a {
            out.push(Finding::error(Rule::Userinfo, (a, h)));
        }
    }

    // Host: [::1], IDN, characters a host cannot have.
    if let (Some((ha, hb)), Some(host)) = (p.host, host_lc.as_deref()) {
        if is_ipv6_loopback(host) {
            let suggestion = swap_host(s, start, (ha, hb), "localhost");
            out.push(Finding::error(Rule::Ipv6Loopback, (ha, hb)).arg("suggestion", suggestion));
        }
        let idn = !host.is_ascii()
            || host
                .split('.')
                .any(|l| l.len() >= 4 && l[..4].eq_ignore_ascii_case("xn--"));
        if idn {
            out.push(Finding::error(Rule::Idn, (ha, hb)).arg("host", raw[ha..hb].to_owned()));
        } else if !host.starts_with('[') {
            for (i, c) in raw[ha..hb].char_indices() {
                // Only what the whole-URI scan did not already report.
                let reported = c.is_ascii()
                    && matches!(
                        ASCII[c as usize],
                        Class::Wildcard | Class::Entra | Class::Space | Class::Uri
                    );
                if !(reported || c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '~')) {
                    out.push(
                        Finding::error(Rule::BadChar, (ha + i, ha + i + c.len_utf8()))
                            .variant("host")
                            .arg("char", show_char(c)),
                    );
                }
            }
        }
    }

    // Port: a number from 1 to 65535.
    let mut port = None;
    if let Some((a, b)) = p.port {
        let text = &raw[a..b];
        match text.parse::<u32>() {
            Ok(n @ 1..=65535) if text.bytes().all(|c| c.is_ascii_digit()) => port = Some(n as u16),
            _ => out.push(
                Finding::error(Rule::BadPort, (a.saturating_sub(1), b))
                    .arg("port", text.to_owned()),
            ),
        }
    }

    // Query string: only for apps that sign in work or school accounts only ("Query parameter
    // support in redirect URIs").
    if let Some((a, b)) = p.query {
        if audience.allows_personal() {
            let suggestion = format!("{}{}", &raw[start..a], &raw[b..end]);
            out.push(
                Finding::error(Rule::QueryWithPersonal, (a, b))
                    .arg("audience", audience.id())
                    .arg("suggestion", suggestion),
            );
        }
    }

    // Fragment: RFC 6749 §3.1.2 ("The endpoint URI MUST NOT include a fragment component");
    // Entra's page is silent, and Entra drops it (domain.md §1).
    if let Some((a, _)) = p.fragment {
        let suggestion = raw[start..a].to_owned();
        out.push(Finding::error(Rule::Fragment, (a, end)).arg("suggestion", suggestion));
    }

    if let Some(Target::Yetiforce) = target {
        yetiforce_path(raw, &p, end, &mut out);
    }
    registration_findings(&mut out);

    let keys = p.host.filter(|_| want_keys).map(|_| {
        let exact = s;
        let sc = scheme.as_deref().unwrap_or_default();
        let host = host_lc.as_deref().unwrap_or_default();
        let default_port = matches!((sc, port), ("https", Some(443)) | ("http", Some(80)));
        let rest = &raw[p.path.0..end];
        // The normal form equals the URI itself unless case or a default port differ.
        let prefix_len = p.path.0 - start;
        let same = !default_port && s[..prefix_len].bytes().all(|b| !b.is_ascii_uppercase());
        let normal = if same {
            Cow::Borrowed(s)
        } else {
            let port_text = match port {
                Some(n) if !default_port => format!(":{n}"),
                _ => String::new(),
            };
            Cow::Owned(format!("{sc}://{host}{port_text}{rest}"))
        };
        let loopback =
            (host == "localhost" || host == "127.0.0.1").then(|| format!("{sc}://{host}{rest}"));
        Keys {
            span: (start, end),
            exact,
            normal,
            loopback,
        }
    });

    let value = RedirectUri {
        uri: s.to_owned(),
        platform,
        scheme: match scheme.as_deref() {
            Some("https") => Cow::Borrowed("https"),
            Some("http") => Cow::Borrowed("http"),
            _ => Cow::Owned(scheme.unwrap_or_default()),
        },
        host: host_lc,
        port,
    };
    (Some(value), out, keys)
}

/// Character rules over the whole trimmed URI. Runs of the same problem become one finding.
fn scan_chars(raw: &str, p: &Parts, start: usize, end: usize, out: &mut Vec<Finding>) {
    let in_host = |i: usize| p.host.is_some_and(|(a, b)| i >= a && i < b);
    let mut run: Option<(Rule, &'static str, usize, usize, char)> = None;
    let bytes = raw.as_bytes();
    let flush = |run: &mut Option<(Rule, &'static str, usize, usize, char)>,
                 out: &mut Vec<Finding>| {
        if let Some((rule, variant, a, b, c)) = run.take() {
            let mut f = Finding::error(rule, (a, b));
            if !variant.is_empty() {
                f = f.variant(variant);
            }
            if rule == Rule::BadChar {
                f = f.arg("char", show_char(c));
            }
            out.push(f);
        }
    };
    for (off, c) in raw[start..end].char_indices() {
        let i = start + off;
        let kind: Option<(Rule, &'static str)> = if c.is_ascii() {
            match ASCII[c as usize] {
                // "Wildcard URIs like https://*.contoso.com may seem convenient, but should be
                // avoided"; not supported at all when personal accounts are allowed, and the
                // portal's box refuses them (domain.md §1).
                Class::Wildcard => Some((Rule::Wildcard, "")),
                Class::Entra => Some((Rule::BadChar, "")),
                Class::Space => Some((Rule::BadChar, "space")),
                Class::Uri => Some((Rule::BadChar, "uri")),
                Class::Bracket if !in_host(i) => Some((Rule::BadChar, "uri")),
                Class::Percent
                    if !(i + 2 < end
                        && bytes[i + 1].is_ascii_hexdigit()
                        && bytes[i + 2].is_ascii_hexdigit()) =>
                {
                    Some((Rule::BadChar, "percent"))
                }
                _ => None,
            }
        } else if is_space(c) {
            Some((Rule::BadChar, "space"))
        } else if c.is_control() {
            Some((Rule::BadChar, "uri"))
        } else if !in_host(i) {
            Some((Rule::BadChar, "unicode"))
        } else {
            None
        };
        match (kind, run.as_mut()) {
            (Some((r, v)), Some(cur)) if cur.0 == r && cur.1 == v && cur.3 == i => {
                cur.3 = i + c.len_utf8();
            }
            (Some((r, v)), _) => {
                flush(&mut run, out);
                run = Some((r, v, i, i + c.len_utf8(), c));
            }
            (None, _) => flush(&mut run, out),
        }
    }
    flush(&mut run, out);
}

fn is_ipv6_loopback(host: &str) -> bool {
    let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) else {
        return false;
    };
    // [::1], [0:0:0:0:0:0:0:1], [::0001] and the like.
    let groups: Vec<&str> = inner.split(':').collect();
    let Some((last, head)) = groups.split_last() else {
        return false;
    };
    let zero = |g: &&str| g.chars().all(|c| c == '0');
    let is_one = last.trim_start_matches('0') == "1" && last.len() <= 4;
    is_one && head.iter().all(zero) && (inner.contains("::") || groups.len() == 8)
}

/// `s` (which starts at byte `start` of the input) with the host at `host` replaced.
fn swap_host(s: &str, start: usize, host: (usize, usize), with: &str) -> String {
    let (a, b) = (host.0 - start, host.1 - start);
    format!("{}{with}{}", &s[..a], &s[b..])
}

/// YetiForce's redirect URI is `<site_URL>webservice/OAuth/MailAccount/<key>` with an alphanumeric
/// key (YetiForce `getRedirectUriByServiceId`; the key is the service's API key, checked with
/// `Purifier::ALNUM`). Anything else fails with AADSTS50011, so copy it with YetiForce's copy
/// button.
fn yetiforce_path(raw: &str, p: &Parts, end: usize, out: &mut Vec<Finding>) {
    const MARK: &str = "webservice/OAuth/MailAccount/";
    let (a, b) = p.path;
    let path = &raw[a..b];
    let found = (0..=path.len().saturating_sub(MARK.len()))
        .rev()
        .find(|&i| {
            path.is_char_boundary(i)
                && path
                    .get(i..i + MARK.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(MARK))
        });
    let Some(at) = found else {
        let span = if a == b { (end, end) } else { (a, b) };
        out.push(Finding::error(Rule::YetiforcePath, span).arg("expected", MARK));
        return;
    };
    let m = (a + at, a + at + MARK.len());
    if &raw[m.0..m.1] != MARK {
        out.push(
            Finding::error(Rule::YetiforcePath, m)
                .variant("case")
                .arg("expected", MARK),
        );
    }
    // YetiForce's URI has no query string.
    if let Some(q) = p.query {
        out.push(
            Finding::error(Rule::YetiforcePath, q)
                .variant("query")
                .arg("expected", MARK),
        );
    }
    let key = &raw[m.1..b];
    if key.is_empty() || !key.bytes().all(|c| c.is_ascii_alphanumeric()) {
        let span = if key.is_empty() { (b, b) } else { (m.1, b) };
        out.push(
            Finding::error(Rule::YetiforcePath, span)
                .variant("key")
                .arg("expected", MARK),
        );
    }
}

/// The platform a target's redirect URI must be registered under.
///
/// YetiForce is a confidential web app that sends its secret: a URI under "Mobile and desktop
/// applications" makes the app public and the token request fails with AADSTS700025; under
/// "Single-page application" with AADSTS9002327. Statlook's guide asks for "Public client/native
/// (mobile)"; another platform is a warning only, since its app-only access needs no redirect.
fn platform_for_target(platform: Platform, target: Target) -> Option<Finding> {
    let want = crate::permissions::profile(target).platform?;
    if platform == want {
        return None;
    }
    let f = match target {
        Target::Yetiforce => Finding::error(Rule::WrongPlatform, (0, 0)),
        _ => Finding::warning(Rule::WrongPlatform, (0, 0)),
    };
    Some(
        f.target(target)
            .arg("platform", platform.id())
            .arg("expected-platform", want.id()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(raw: &str, platform: Platform, audience: Audience) -> Vec<&'static str> {
        check(raw, platform, audience, None)
            .findings
            .iter()
            .map(|f| f.rule.id())
            .collect()
    }

    #[test]
    fn splits_parts() {
        let raw = "https://u@Host.example:8443/a/b?x=1#frag";
        let p = split(raw, 0, raw.len());
        let part = |r: Option<(usize, usize)>| r.map(|(a, b)| &raw[a..b]);
        assert_eq!(part(p.scheme), Some("https"));
        assert_eq!(part(p.host), Some("Host.example"));
        assert_eq!(part(p.port), Some("8443"));
        assert_eq!(part(Some(p.path)), Some("/a/b"));
        assert_eq!(part(p.query), Some("?x=1"));
        assert_eq!(part(p.fragment), Some("#frag"));
        let raw = "http://[::1]:80/";
        let p = split(raw, 0, raw.len());
        assert_eq!(p.host.map(|(a, b)| &raw[a..b]), Some("[::1]"));
        assert_eq!(p.port.map(|(a, b)| &raw[a..b]), Some("80"));
    }

    #[test]
    fn the_ascii_table_follows_the_lists() {
        for b in 0u8..128 {
            let c = b as char;
            let class = ASCII[b as usize];
            assert_eq!(class == Class::Entra, ENTRA_FORBIDDEN.contains(&c), "{c:?}");
            if URI_FORBIDDEN.contains(&c) || (c.is_control() && !is_space(c)) {
                assert!(class == Class::Uri, "{c:?}");
            }
            assert_eq!(
                class == Class::Space,
                is_space(c) && c != '\u{1C}' && c != '\u{1D}' && c != '\u{1E}' && c != '\u{1F}',
                "{c:?}"
            );
        }
    }

    #[test]
    fn ipv6_loopback_forms() {
        assert!(is_ipv6_loopback("[::1]"));
        assert!(is_ipv6_loopback("[0:0:0:0:0:0:0:1]"));
        assert!(is_ipv6_loopback("[::0001]"));
        assert!(!is_ipv6_loopback("[::2]"));
        assert!(!is_ipv6_loopback("[2001:db8::1]"));
        assert!(!is_ipv6_loopback("::1"));
    }

    #[test]
    fn valid_uri_gives_a_typed_value() {
        let c = check(
            "https://Contoso.com:8443/cb",
            Platform::Web,
            Audience::AzureADMyOrg,
            None,
        );
        let v = c.value.expect("valid");
        assert_eq!(v.host(), Some("contoso.com"));
        assert_eq!(v.port(), Some(8443));
        assert_eq!(v.as_str(), "https://Contoso.com:8443/cb");
        assert!(c.findings.is_empty());
    }

    #[test]
    fn http_needs_localhost() {
        let w = Platform::Web;
        let a = Audience::AzureADMyOrg;
        assert_eq!(rules("http://contoso.com/x", w, a), ["http-localhost-only"]);
        assert!(rules("http://localhost/abc", w, a).is_empty());
        assert!(rules("http://LOCALHOST:5000", w, a).is_empty());
        assert_eq!(rules("http://127.0.0.1:5000/cb", w, a), ["loopback-ip"]);
        assert_eq!(rules("http://[::1]/cb", w, a), ["ipv6-loopback"]);
        assert_eq!(rules("ftp://contoso.com/", w, a), ["https-required"]);
        assert!(rules("msal123://auth", Platform::Installed, a).is_empty());
        assert_eq!(
            rules("msal123://auth", Platform::Spa, a),
            ["https-required"]
        );
    }

    #[test]
    fn suggestions_fix_the_input() {
        let c = check(
            "http://contoso.com/x",
            Platform::Web,
            Audience::AzureADMyOrg,
            None,
        );
        let f = &c.findings[0];
        assert!(f
            .args
            .iter()
            .any(|(k, v)| k == "suggestion" && *v == "https://contoso.com/x".into()));
        let c = check(
            "https://contoso.com/x?a=1#f",
            Platform::Web,
            Audience::AzureADandPersonalMicrosoftAccount,
            None,
        );
        let q = c
            .findings
            .iter()
            .find(|f| f.rule == Rule::QueryWithPersonal)
            .unwrap();
        assert_eq!(q.span, (21, 25));
        assert!(q
            .args
            .iter()
            .any(|(k, v)| k == "suggestion" && *v == "https://contoso.com/x#f".into()));
    }

    #[test]
    fn list_finds_duplicates_and_limits() {
        let r = check_list(
            &[
                "https://contoso.com/cb",
                "https://contoso.com/cb",
                "https://CONTOSO.com:443/cb",
                "http://localhost:5000/cb",
                "http://localhost:6000/cb",
            ],
            Platform::Web,
            Audience::AzureADMyOrg,
            None,
        );
        let rules: Vec<Vec<Rule>> = r.iter().map(|c| c.rules()).collect();
        assert!(rules[0].is_empty());
        assert_eq!(rules[1], [Rule::Duplicate]);
        assert_eq!(r[1].findings[0].severity, super::super::Severity::Error);
        assert_eq!(rules[2], [Rule::Duplicate]);
        assert_eq!(r[2].findings[0].severity, super::super::Severity::Warning);
        assert_eq!(rules[4], [Rule::Duplicate]);
        assert_eq!(r[4].findings[0].message_id, "checks-duplicate-port");

        let many: Vec<String> = (0..101).map(|i| format!("https://c.example/{i}")).collect();
        let r = check_list(
            &many,
            Platform::Web,
            Audience::AzureADandPersonalMicrosoftAccount,
            None,
        );
        assert!(r[..100].iter().all(|c| c.findings.is_empty()));
        assert_eq!(r[100].rules(), [Rule::TooMany]);
        let r = check_list(&many, Platform::Web, Audience::AzureADMyOrg, None);
        assert!(r.iter().all(|c| c.findings.is_empty()));
    }
}
