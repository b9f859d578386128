//! IDs and secrets copied out of the portal: tenant, client and object IDs, the client secret's
//! value and its expiry date.
//!
//! Sources: "Application (client) ID", "Directory (tenant) ID", "Object ID" on the Overview page
//! (GUIDs); the client-credentials flow asks for the tenant GUID or a domain name
//! (<https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow>,
//! AADSTS9001023 for `/common` and `/consumers`); client secret values: Microsoft
//! security-utilities rules SEC101/050 and SEC101/156 "AadClientAppIdentifiableCredentials" (3
//! characters, then `8Q~` and 34 more, or the previous `7Q~` and 31 more); the Secret
//! ID is a GUID and sending it instead of the value gives AADSTS7000215 (domain.md §5).

use std::fmt;

use super::text::{show_char, surrounding_space};
use super::{Checked, Finding, Rule};
use crate::Target;

/// A GUID, shown lowercase with dashes.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Guid([u8; 16]);

impl Guid {
    pub const NIL: Guid = Guid([0; 16]);

    /// Parses the common spellings: `8-4-4-4-12` hex digits in any case, optionally in braces or
    /// parentheses or after `urn:uuid:`, or 32 hex digits without dashes.
    pub fn parse(s: &str) -> Option<Guid> {
        let s = s.trim();
        let s = if s.len() >= 9 && s.is_char_boundary(9) && s[..9].eq_ignore_ascii_case("urn:uuid:")
        {
            &s[9..]
        } else {
            s
        };
        let s = s
            .strip_prefix('{')
            .and_then(|r| r.strip_suffix('}'))
            .or_else(|| s.strip_prefix('(').and_then(|r| r.strip_suffix(')')))
            .unwrap_or(s);
        let b = s.as_bytes();
        let hex: Vec<u8> = match b.len() {
            36 => {
                if [8, 13, 18, 23].iter().any(|&i| b[i] != b'-') {
                    return None;
                }
                b.iter().copied().filter(|&c| c != b'-').collect()
            }
            32 => b.to_vec(),
            _ => return None,
        };
        if hex.len() != 32 {
            return None;
        }
        let mut out = [0u8; 16];
        for (i, pair) in hex.chunks(2).enumerate() {
            let h = (pair[0] as char).to_digit(16)?;
            let l = (pair[1] as char).to_digit(16)?;
            out[i] = (h * 16 + l) as u8;
        }
        Some(Guid(out))
    }
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, b) in self.0.iter().enumerate() {
            if matches!(i, 4 | 6 | 8 | 10) {
                f.write_str("-")?;
            }
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Guid({self})")
    }
}

/// Which ID a value is meant to be; chooses the wording of `not-guid`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Tenant,
    Client,
    Object,
    Secret,
}

impl Field {
    pub const ALL: [Field; 4] = [Field::Tenant, Field::Client, Field::Object, Field::Secret];

    /// The CLI word.
    pub fn id(self) -> &'static str {
        match self {
            Field::Tenant => "tenant",
            Field::Client => "client",
            Field::Object => "object",
            Field::Secret => "secret",
        }
    }

    pub fn parse(s: &str) -> Option<Field> {
        let s = s.trim().to_ascii_lowercase();
        Field::ALL.into_iter().find(|f| f.id() == s)
    }
}

/// The tenant part of an authority.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tenant {
    /// Directory (tenant) ID.
    Id(Guid),
    /// A verified domain, lowercase (`contoso.onmicrosoft.com`).
    Domain(String),
    /// `common`, `organizations` or `consumers`, lowercase.
    Alias(&'static str),
}

impl fmt::Display for Tenant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tenant::Id(g) => g.fmt(f),
            Tenant::Domain(d) => f.write_str(d),
            Tenant::Alias(a) => f.write_str(a),
        }
    }
}

const ALIASES: [&str; 3] = ["common", "organizations", "consumers"];

/// Checks a tenant: a GUID or a verified domain. The aliases `common`, `organizations` and
/// `consumers` are refused for app-only targets (client credentials need the tenant itself).
pub fn tenant(raw: &str, target: Option<Target>) -> Checked<Tenant> {
    let mut out = Vec::new();
    let Some((a, b)) = start(raw, &mut out) else {
        return Checked::finish(raw, None, out);
    };
    let s = &raw[a..b];
    let value = if let Some(g) = Guid::parse(s) {
        nil_check(g, (a, b), Field::Tenant, &mut out);
        Some(Tenant::Id(g))
    } else if let Some(alias) = ALIASES.iter().find(|x| x.eq_ignore_ascii_case(s)) {
        if let Some(t) = target.filter(|t| t.app_only()) {
            out.push(
                Finding::error(Rule::TenantAliasAppOnly, (a, b))
                    .arg("alias", *alias)
                    .target(t),
            );
        }
        Some(Tenant::Alias(alias))
    } else if let Some(at) = s.rfind('@') {
        let domain = &s[at + 1..];
        out.push(
            Finding::error(Rule::NotGuid, (a, b))
                .variant("email")
                .arg("field", Field::Tenant.id())
                .arg("suggestion", domain.to_ascii_lowercase()),
        );
        None
    } else if s.contains('/') {
        not_a_bare_id(s, (a, b), Field::Tenant, &mut out);
        None
    } else if !s.is_ascii()
        || s.split('.')
            .any(|l| l.len() >= 4 && l[..4].eq_ignore_ascii_case("xn--"))
    {
        out.push(
            Finding::error(Rule::Idn, (a, b))
                .variant("tenant")
                .arg("host", s.to_owned()),
        );
        None
    } else if is_domain(s) {
        Some(Tenant::Domain(s.to_ascii_lowercase()))
    } else {
        not_guid(s, (a, b), Field::Tenant, &mut out);
        None
    };
    Checked::finish(raw, value, out)
}

/// Checks an Application (client) ID.
pub fn client(raw: &str) -> Checked<Guid> {
    guid_field(raw, Field::Client)
}

/// Checks an Object ID. For Statlook it is the mailbox user's Object ID (Users), not the app's.
pub fn object(raw: &str) -> Checked<Guid> {
    guid_field(raw, Field::Object)
}

fn guid_field(raw: &str, field: Field) -> Checked<Guid> {
    let mut out = Vec::new();
    let Some((a, b)) = start(raw, &mut out) else {
        return Checked::finish(raw, None, out);
    };
    let s = &raw[a..b];
    let value = match Guid::parse(s) {
        Some(g) => {
            nil_check(g, (a, b), field, &mut out);
            Some(g)
        }
        None if s.contains('/') => {
            not_a_bare_id(s, (a, b), field, &mut out);
            None
        }
        None if looks_like_secret(s) => {
            out.push(
                Finding::error(Rule::NotGuid, (a, b))
                    .variant("secret")
                    .arg("field", field.id()),
            );
            None
        }
        None => {
            not_guid(s, (a, b), field, &mut out);
            None
        }
    };
    Checked::finish(raw, value, out)
}

/// Surrounding whitespace and emptiness, common to every field. `None` when empty.
fn start(raw: &str, out: &mut Vec<Finding>) -> Option<(usize, usize)> {
    match surrounding_space(raw, out) {
        Some(r) => {
            for f in out.iter_mut() {
                f.set_arg("suggestion", &raw[r.0..r.1]);
            }
            Some(r)
        }
        None => {
            out.clear();
            out.push(Finding::error(Rule::Empty, (0, raw.len())));
            None
        }
    }
}

fn nil_check(g: Guid, span: (usize, usize), field: Field, out: &mut Vec<Finding>) {
    if g == Guid::NIL {
        out.push(
            Finding::error(Rule::NotGuid, span)
                .variant("nil")
                .arg("field", field.id()),
        );
    }
}

/// `not-guid`, pointing at the first character that cannot be in a GUID when there is one.
fn not_guid(s: &str, span: (usize, usize), field: Field, out: &mut Vec<Finding>) {
    let bad = s
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_hexdigit() || matches!(c, '-' | '{' | '}' | '(' | ')')));
    let hex = s.chars().filter(char::is_ascii_hexdigit).count();
    let f = match bad {
        Some((i, c)) if field != Field::Tenant => {
            Finding::error(Rule::NotGuid, (span.0 + i, span.0 + i + c.len_utf8()))
                .variant("char")
                .arg("char", show_char(c))
        }
        _ if field != Field::Tenant && hex != 32 => Finding::error(Rule::NotGuid, span)
            .variant("length")
            .arg("digits", hex),
        _ if field == Field::Tenant => Finding::error(Rule::NotGuid, span).variant("tenant"),
        _ => Finding::error(Rule::NotGuid, span),
    };
    out.push(f.arg("field", field.id()));
}

/// A URL or path pasted where only the ID belongs; suggests the GUID inside it if there is one.
fn not_a_bare_id(s: &str, span: (usize, usize), field: Field, out: &mut Vec<Finding>) {
    let found = s
        .split(['/', '?', '#', '&', '=', '~'])
        .find_map(|part| Guid::parse(part).map(|g| g.to_string()))
        .or_else(|| {
            (field == Field::Tenant)
                .then(|| {
                    s.split('/').map(|p| p.to_ascii_lowercase()).find(|p| {
                        is_domain(p) && !p.ends_with("microsoftonline.com") && !p.contains("portal")
                    })
                })
                .flatten()
        });
    let f = Finding::error(Rule::NotGuid, span).arg("field", field.id());
    out.push(match found {
        Some(id) => f.variant("url").arg("suggestion", id),
        None => f.variant("url-none"),
    });
}

/// A DNS name of at least two labels with an alphabetic top-level label.
fn is_domain(s: &str) -> bool {
    let s = s.strip_suffix('.').unwrap_or(s);
    if s.is_empty() || s.len() > 253 {
        return false;
    }
    let labels: Vec<&str> = s.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
        })
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.bytes().all(|c| c.is_ascii_alphabetic()))
}

/// The alphabet of client secret values (SEC101/156).
fn secret_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '~' | '.' | '-')
}

fn looks_like_secret(s: &str) -> bool {
    s.len() > 6
        && s.is_char_boundary(3)
        && s.is_char_boundary(6)
        && matches!(&s[3..6], "7Q~" | "8Q~")
}

/// A client secret value. Its `Debug` never shows the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// The secret itself, for the one place that sends it (the token request).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret(<{} chars>)", self.0.len())
    }
}

/// Checks a client secret value: a GUID is the Secret ID (AADSTS7000215), current values carry
/// the `Q~` marker and are 40 characters (`8Q~`) or 37 (`7Q~`), masked or cut copies are refused, and older
/// base64-like values are accepted with a warning.
pub fn secret(raw: &str, target: Option<Target>) -> Checked<Secret> {
    let mut out = Vec::new();
    let Some((a, b)) = start(raw, &mut out) else {
        return Checked::finish(raw, None, out);
    };
    let s = &raw[a..b];
    let len = s.chars().count();
    if Guid::parse(s).is_some() {
        let mut f = Finding::error(Rule::SecretIdNotValue, (a, b)).arg("code", "AADSTS7000215");
        if let Some(t @ Target::Aktionnext) = target {
            f = f.variant("aktionnext").target(t);
        }
        out.push(f);
        return Checked::finish(raw, None, out);
    }
    if s.contains(['*', '•', '●', '…']) || s.contains("...") {
        out.push(Finding::error(Rule::SecretShape, (a, b)).variant("masked"));
        return Checked::finish(raw, None, out);
    }
    // Characters no secret has (spaces inside, quotes, non-ASCII): one finding per run.
    let legacy_char = |c: char| secret_char(c) || matches!(c, '+' | '/' | '=');
    let mut run: Option<(usize, usize, char)> = None;
    let mut bad = Vec::new();
    for (i, c) in s.char_indices() {
        if legacy_char(c) {
            if let Some(r) = run.take() {
                bad.push(r);
            }
        } else {
            match run.as_mut() {
                Some(r) if r.1 == a + i => r.1 = a + i + c.len_utf8(),
                _ => {
                    if let Some(r) = run.take() {
                        bad.push(r);
                    }
                    run = Some((a + i, a + i + c.len_utf8(), c));
                }
            }
        }
    }
    bad.extend(run);
    if !bad.is_empty() {
        for (x, y, c) in bad {
            out.push(
                Finding::error(Rule::SecretShape, (x, y))
                    .variant("char")
                    .arg("char", show_char(c)),
            );
        }
        return Checked::finish(raw, None, out);
    }
    // microsoft/security-utilities: AadClientAppIdentifiableCredentialsCurrent (SEC101/050,
    // 3 chars + `8Q~` + 34 = 40) and ...Previous (SEC101/156, 3 chars + `7Q~` + 31 = 37).
    let marker = s.find("8Q~").or_else(|| s.find("7Q~"));
    let want = marker.map(|m| if &s[m..m + 1] == "8" { 40 } else { 37 });
    match marker {
        Some(3) if Some(len) == want && s.chars().all(secret_char) => {}
        Some(_) => {
            // The marker is there, but the value is cut or has extra characters around it.
            out.push(
                Finding::error(Rule::SecretShape, (a, b))
                    .variant("length")
                    .arg("length", len)
                    .arg("expected", want.unwrap_or(40)),
            );
        }
        None if (32..=88).contains(&len) => {
            // Secrets made before the Q~ format (2021) were base64-like; they still work until
            // they expire.
            out.push(Finding::warning(Rule::SecretShape, (a, b)).variant("legacy"));
        }
        None => out.push(Finding::error(Rule::SecretShape, (a, b)).arg("length", len)),
    }
    Checked::finish(raw, Some(Secret(s.to_owned())), out)
}

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn unix_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Reads `2026-05-31` (ISO, also with a time after it), `31.05.2026` (Polish and Czech
    /// portal) and `5/31/2026` (English portal, month first).
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let s: String = if s.contains('-') {
            s.split([' ', 'T']).next().unwrap_or(s).to_owned()
        } else {
            s.chars().filter(|c| !c.is_whitespace()).collect()
        };
        let s = s.as_str();
        let num = |p: &str| -> Option<u32> {
            let p = p.trim();
            (!p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        let parts: Vec<&str>;
        let (y, m, d) = if s.contains('-') {
            parts = s.split('-').collect();
            match parts[..] {
                [y, m, d] if y.len() == 4 => (num(y)?, num(m)?, num(d)?),
                _ => return None,
            }
        } else if s.contains('.') {
            parts = s.trim_end_matches('.').split('.').collect();
            match parts[..] {
                [d, m, y] if y.trim().len() == 4 => (num(y)?, num(m)?, num(d)?),
                _ => return None,
            }
        } else if s.contains('/') {
            parts = s.split('/').collect();
            match parts[..] {
                [m, d, y] if y.len() == 4 => (num(y)?, num(m)?, num(d)?),
                _ => return None,
            }
        } else {
            return None;
        };
        Date::new(y as i32, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// How many days ahead of expiry `secret-expiring` warns.
pub const EXPIRY_WARNING_DAYS: i64 = 30;

/// Checks a secret's "Expires" date against `today`: expired is an error (AADSTS7000222), within
/// [`EXPIRY_WARNING_DAYS`] a warning. Today is passed in: the core has no clock.
pub fn secret_expiry(raw: &str, today: Date) -> Checked<Date> {
    let mut out = Vec::new();
    let Some((a, b)) = start(raw, &mut out) else {
        return Checked::finish(raw, None, out);
    };
    let Some(date) = Date::parse(&raw[a..b]) else {
        out.push(Finding::error(Rule::BadDate, (a, b)));
        return Checked::finish(raw, None, out);
    };
    let days = date.unix_days() - today.unix_days();
    if days < 0 {
        out.push(
            Finding::error(Rule::SecretExpired, (a, b))
                .arg("date", date.to_string())
                .arg("days", -days)
                .arg("code", "AADSTS7000222"),
        );
    } else if days <= EXPIRY_WARNING_DAYS {
        out.push(
            Finding::warning(Rule::SecretExpiring, (a, b))
                .arg("date", date.to_string())
                .arg("days", days),
        );
    }
    Checked::finish(raw, Some(date), out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const G: &str = "0f8fad5b-d9cb-469f-a165-70867728950e";

    #[test]
    fn guid_forms_normalize() {
        for s in [
            G,
            "0F8FAD5B-D9CB-469F-A165-70867728950E",
            "{0f8fad5b-d9cb-469f-a165-70867728950e}",
            "(0f8fad5b-d9cb-469f-a165-70867728950e)",
            "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e",
            "0f8fad5bd9cb469fa16570867728950e",
        ] {
            assert_eq!(
                Guid::parse(s).map(|g| g.to_string()).as_deref(),
                Some(G),
                "{s}"
            );
        }
        assert!(Guid::parse("0f8fad5b-d9cb-469f-a165-70867728950").is_none());
        assert!(Guid::parse("0f8fad5b+d9cb-469f-a165-70867728950e").is_none());
        assert!(Guid::parse("zf8fad5bd9cb469fa16570867728950e").is_none());
    }

    #[test]
    fn tenants() {
        assert_eq!(
            tenant("Contoso.onmicrosoft.com", None).value,
            Some(Tenant::Domain("contoso.onmicrosoft.com".into()))
        );
        assert_eq!(tenant("common", None).value, Some(Tenant::Alias("common")));
        assert_eq!(
            tenant("organizations", Some(Target::Statlook)).rules(),
            [Rule::TenantAliasAppOnly]
        );
        let c = tenant(
            "https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token",
            None,
        );
        assert_eq!(c.rules(), [Rule::NotGuid]);
        assert!(c.findings[0]
            .args
            .iter()
            .any(|(k, v)| k == "suggestion" && *v == "contoso.com".into()));
        assert_eq!(
            tenant("admin@contoso.com", None).findings[0].message_id,
            "checks-not-guid-email"
        );
    }

    #[test]
    fn secrets() {
        let v = "abc8Q~0123456789abcdefghijklmnopqrstuvw";
        assert_eq!(v.len(), 39);
        let good = "abc8Q~0123456789abcdefghijklmnopqrstuvwx";
        assert!(secret(good, None).findings.is_empty());
        assert_eq!(secret(v, None).rules(), [Rule::SecretShape]);
        assert_eq!(
            secret(G, Some(Target::Aktionnext)).rules(),
            [Rule::SecretIdNotValue]
        );
        assert_eq!(
            secret(G, Some(Target::Aktionnext)).findings[0].message_id,
            "checks-secret-id-not-value-aktionnext"
        );
        assert_eq!(
            secret("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/ab=", None).verdict(),
            super::super::Verdict::Warning
        );
        assert_eq!(
            format!("{:?}", secret(good, None).value.unwrap()),
            "Secret(<40 chars>)"
        );
    }

    #[test]
    fn dates_round_trip_and_parse_portal_formats() {
        for d in [-800_000i64, -1, 0, 1, 19_000, 20_500, 2_000_000] {
            assert_eq!(Date::from_unix_days(d).unix_days(), d);
        }
        let want = Date::new(2026, 5, 31).unwrap();
        assert_eq!(Date::parse("2026-05-31"), Some(want));
        assert_eq!(Date::parse("31.05.2026"), Some(want));
        assert_eq!(Date::parse("31. 5. 2026"), Some(want));
        assert_eq!(Date::parse("5/31/2026"), Some(want));
        assert_eq!(Date::parse("2026-05-31T10:00:00Z"), Some(want));
        assert_eq!(Date::parse("2026-02-30"), None);
        assert_eq!(Date::parse("tomorrow"), None);
        let today = Date::new(2026, 5, 1).unwrap();
        assert_eq!(
            secret_expiry("2026-05-31", today).rules(),
            [Rule::SecretExpiring]
        );
        assert_eq!(
            secret_expiry("2026-04-30", today).rules(),
            [Rule::SecretExpired]
        );
        assert!(secret_expiry("2026-06-01", today).findings.is_empty());
    }
}
