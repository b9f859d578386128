//! AADSTS error codes that mail setups run into: what they mean and how to fix them.
//!
//! Source: "Microsoft Entra authentication and authorization error codes",
//! <https://learn.microsoft.com/entra/identity-platform/reference-error-codes> (domain.md §6).
//! Codes that page does not list (500113, 1002012, 9002326, 9002327) are explained from the live
//! error text; [`Explanation::documented`] is `false` for them. The causes given for 700025 are
//! inferred from community reports (Microsoft Q&A).

use serde::Serialize;

use crate::Localizer;

/// An explained code. The texts are Fluent messages `checks-aadsts-<code>` with the attributes
/// `.title`, `.cause` and `.fix`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub code: u32,
    /// Whether Microsoft's error code reference lists the code.
    pub documented: bool,
}

/// The codes we explain, with whether Microsoft's reference table lists them.
pub const CODES: &[(u32, bool)] = &[
    (50011, true),    // redirect URI mismatch
    (500113, false),  // no reply address registered
    (7000215, true),  // invalid client secret (often the Secret ID)
    (7000222, true),  // client secret expired
    (70002, true),    // invalid client credentials
    (700025, true),   // public client may not send a secret
    (700016, true),   // application not found in the directory
    (90002, true),    // tenant not found
    (65001, true),    // consent missing
    (90094, true),    // admin consent required
    (50020, true),    // user from another tenant or identity provider
    (500208, true),   // account of the wrong type for the domain
    (50194, true),    // single-tenant app on /common
    (9001023, true),  // grant type not supported on /common or /consumers
    (90102, true),    // redirect_uri not a valid absolute URI
    (70011, true),    // invalid scope
    (700082, true),   // refresh token expired
    (50076, true),    // MFA required
    (53003, true),    // blocked by Conditional Access
    (9002326, false), // cross-origin redemption only for the SPA client type
    (9002327, false), // SPA tokens only by cross-origin requests
    (1002012, false), // client credentials need a /.default scope
];

/// Reads a code as users paste it: `AADSTS50194`, `aadsts50194:`, `50194`. `None` when it is not
/// a code at all (as opposed to a code we do not know).
pub fn parse_code(s: &str) -> Option<u32> {
    let s = s.trim().trim_end_matches([':', '.']);
    let digits = if s.len() >= 6 && s.is_char_boundary(6) && s[..6].eq_ignore_ascii_case("aadsts") {
        &s[6..]
    } else {
        s
    };
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The explanation of a code, or `None` when it is not a code or not one we explain.
pub fn explain(code: &str) -> Option<Explanation> {
    lookup(parse_code(code)?)
}

/// The explanation of a numeric code.
pub fn lookup(code: u32) -> Option<Explanation> {
    CODES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|&(code, documented)| Explanation { code, documented })
}

impl Explanation {
    /// `AADSTS50194`.
    pub fn name(&self) -> String {
        format!("AADSTS{}", self.code)
    }

    fn id(&self, attr: &str) -> String {
        format!("checks-aadsts-{}.{attr}", self.code)
    }

    /// What the error says, in short.
    pub fn title(&self, loc: &Localizer) -> String {
        loc.msg(&self.id("title"))
    }

    /// Why it happens in mail setups.
    pub fn cause(&self, loc: &Localizer) -> String {
        loc.msg(&self.id("cause"))
    }

    /// What to do.
    pub fn fix(&self, loc: &Localizer) -> String {
        loc.msg(&self.id("fix"))
    }
}

/// Microsoft's own lookup page for any code.
pub fn lookup_url(code: u32) -> String {
    format!("https://login.microsoftonline.com/error?code={code}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_in_every_pasted_form() {
        assert_eq!(parse_code("AADSTS50194"), Some(50194));
        assert_eq!(parse_code(" aadsts50194: "), Some(50194));
        assert_eq!(parse_code("50194"), Some(50194));
        assert_eq!(parse_code("AADSTS"), None);
        assert_eq!(parse_code("AADSTS5O194"), None);
        assert_eq!(parse_code("-1"), None);
        assert_eq!(explain("AADSTS12345"), None);
        assert_eq!(explain("7000215").map(|e| e.code), Some(7000215));
        assert!(!lookup(9002327).unwrap().documented);
    }

    #[test]
    fn codes_are_unique() {
        for (i, (c, _)) in CODES.iter().enumerate() {
            assert!(CODES[i + 1..].iter().all(|(d, _)| d != c), "{c} twice");
        }
    }
}
