//! Entra's rules for what an admin types: redirect URIs, scopes, IDs and secrets (being written).

use serde::{Deserialize, Serialize};

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

    pub fn valid_list() -> String {
        Audience::ALL.map(|a| a.id()).join(", ")
    }
}
