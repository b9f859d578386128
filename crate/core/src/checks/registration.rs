//! Rules across fields: does the app's supported account type work with how the target signs in?
//!
//! Sources: "Supported account types" and the authority table (domain.md §2); AADSTS50194
//! ("Application is not configured as a multi-tenant application. Usage of the /common endpoint is
//! not supported for such applications"), Microsoft Entra authentication and authorization error
//! codes, <https://learn.microsoft.com/entra/identity-platform/reference-error-codes>; the
//! client-credentials flow, <https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow>.

use super::{Audience, Finding, Rule};
use crate::permissions::{self, Authority, Kind, Registration};
use crate::Target;

/// Findings for an app of `audience` used by `target`. Spans are zero-width at 0: the finding is
/// about the registration, not about a part of any input.
pub fn check(audience: Audience, target: Target) -> Vec<Finding> {
    let profile = permissions::profile(target);
    let mut out = Vec::new();
    if profile.registration == Registration::Vendor {
        return out;
    }
    let whole = (0, 0);
    if profile.authority == Authority::Common && audience == Audience::AzureADMyOrg {
        // YetiForce signs in on /common: a single-tenant app fails there with AADSTS50194.
        out.push(
            Finding::error(Rule::SingleTenantOnCommon, whole)
                .target(target)
                .arg("code", "AADSTS50194"),
        );
    }
    match (profile.kind, audience) {
        // A work mailbox cannot sign in to an app for personal accounts only.
        (Kind::Delegated, Audience::PersonalMicrosoftAccount) => {
            out.push(Finding::error(Rule::WrongAudience, whole).target(target));
        }
        // App-only access reads an organization's mailboxes: there is no app-only access to
        // personal accounts, and a personal-accounts app is refused on tenant endpoints.
        (Kind::Application, Audience::PersonalMicrosoftAccount) => {
            out.push(Finding::error(Rule::WrongAudience, whole).target(target));
        }
        // Works, but brings the personal-account limits (no query strings, 100 redirect URIs, two
        // secrets) for nothing.
        (Kind::Application, Audience::AzureADandPersonalMicrosoftAccount) => {
            out.push(
                Finding::warning(Rule::WrongAudience, whole)
                    .variant("personal")
                    .target(target),
            );
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yetiforce_needs_multitenant() {
        let f = check(Audience::AzureADMyOrg, Target::Yetiforce);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].rule, Rule::SingleTenantOnCommon);
        assert!(check(Audience::AzureADMultipleOrgs, Target::Yetiforce).is_empty());
        assert!(check(Audience::AzureADMyOrg, Target::Statlook).is_empty());
        assert!(check(Audience::AzureADMyOrg, Target::Comarch).is_empty());
        assert_eq!(
            check(Audience::PersonalMicrosoftAccount, Target::Aktionnext)[0].rule,
            Rule::WrongAudience
        );
    }
}
