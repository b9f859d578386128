//! Exports: the bundle of values the extension records while the admin registers the app (see
//! `BUNDLE.md` next to this file), and the files made from it.
//!
//! Every format is a pure, deterministic function of a [`Bundle`]: the same bundle gives the same
//! bytes, on the host and in wasm. Reading a bundle ([`Bundle::from_json`]), refusing a bad one
//! ([`validate`], which runs the checks) and writing its IDs as Entra shows them ([`normalized`])
//! come first; [`render`] expects a bundle that passed, but stays safe (quoted) on any input.
//!
//! | format | what | secret value |
//! |---|---|---|
//! | `json` | the bundle itself | only with `include_secret` |
//! | `env` | `.env` lines, `REGPILOT_…='…'` | only with `include_secret` |
//! | `ics` | a calendar reminder 14 days before the secret expires | never |
//! | `az` | a bash script for the Azure CLI that creates the same app | never (a new one is made) |
//! | `pwsh` | the same with Microsoft Graph PowerShell | never (a new one is made) |
//! | `manifest` | the manifest's `requiredResourceAccess` array | never |

use serde::{Deserialize, Serialize};

use crate::checks::{Audience, Platform};
use crate::i18n::Arg;
use crate::permissions::{self, Kind, Permission, Registration};
use crate::{Lang, Localizer, Target};

mod date;
mod files;
mod ics;
mod quote;
mod scripts;
mod validate;

pub use crate::checks::Severity;
pub use date::{Date, Timestamp};
pub use validate::{normalized, validate, Finding};

/// The bundle format version this build reads and writes.
pub const BUNDLE_VERSION: u32 = 1;

/// Days before a secret's expiry that the `ics` reminder falls on.
pub const REMINDER_DAYS: i64 = 14;

/// What the extension exports: the values of one app registration for one target application.
/// Field names are part of the contract (snake_case JSON, documented in `BUNDLE.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// Always [`BUNDLE_VERSION`].
    pub version: u32,
    pub target: Target,
    /// The language the admin used the guide in.
    pub lang: Lang,
    /// The app registration's display name.
    pub app_name: String,
    /// Directory (tenant) ID.
    pub tenant_id: String,
    /// Application (client) ID.
    pub client_id: String,
    /// The app registration's Object ID. Absent when the target signs in with the vendor's own
    /// application (Comarch DMS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_object_id: Option<String>,
    /// The Enterprise application's (service principal's) Object ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_principal_object_id: Option<String>,
    /// The mailbox user's Object ID (Statlook's "Object ID" field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_object_id: Option<String>,
    /// Supported account types (`signInAudience`). Absent for a vendor's application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
    #[serde(default)]
    pub redirect_uris: Vec<RedirectUri>,
    /// The API permissions configured on the app, with their consent state.
    #[serde(default)]
    pub permissions: Vec<GrantedPermission>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<Secret>,
    /// When the bundle was made (RFC 3339, kept in UTC).
    pub created_at: Timestamp,
}

/// One redirect URI and the platform it is registered under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedirectUri {
    pub uri: String,
    pub platform: Platform,
}

/// One API permission as the "API permissions" page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantedPermission {
    /// The permission's name, e.g. `Mail.Send`; with `kind` it names one catalogue entry.
    pub name: String,
    pub kind: Kind,
    pub consent: Consent,
}

/// The "Status" column: whether admin consent has been granted for the tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    Granted,
    NotGranted,
}

/// A client secret. The value is present only when the admin chose to include it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Secret {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// "Secret ID": the credential's keyId (a GUID). Not the secret.
    pub id: String,
    /// The description typed when the secret was added.
    #[serde(default)]
    pub description: String,
    /// The "Expires" date, `YYYY-MM-DD`.
    #[serde(with = "date::iso")]
    pub expires: Date,
}

/// Why a bundle could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// Not JSON at all, or cut short.
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but not a bundle: a missing or unknown field, a wrong type or value.
    Shape {
        line: usize,
        column: usize,
        detail: String,
    },
    /// A bundle of another format version.
    Version { found: u64 },
}

impl BundleError {
    /// The message id in `export.ftl`.
    pub fn message_id(&self) -> &'static str {
        match self {
            BundleError::Syntax { .. } => "export-bundle-syntax",
            BundleError::Shape { .. } => "export-bundle-shape",
            BundleError::Version { .. } => "export-bundle-version",
        }
    }

    /// The localized message; `file` names the bundle (a path, or `-`).
    pub fn message(&self, l: &Localizer, file: &str) -> String {
        let mut args = vec![("file", Arg::from(file))];
        match self {
            BundleError::Syntax {
                line,
                column,
                detail,
            }
            | BundleError::Shape {
                line,
                column,
                detail,
            } => {
                args.push(("line", Arg::from(*line)));
                args.push(("column", Arg::from(*column)));
                args.push(("detail", Arg::from(detail.as_str())));
            }
            BundleError::Version { found } => {
                args.push(("found", Arg::from(found.to_string())));
                args.push(("supported", Arg::from(BUNDLE_VERSION.to_string())));
            }
        }
        l.format(self.message_id(), &args)
    }
}

/// serde_json's message ends with " at line L column C"; the position is reported separately.
fn detail_of(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

impl Bundle {
    /// Reads a bundle from JSON. Errors carry the 1-based line and column serde_json reports.
    pub fn from_json(text: &str) -> Result<Bundle, BundleError> {
        #[derive(Deserialize)]
        struct VersionOnly {
            version: u64,
        }
        // A bundle of another version is reported as such rather than as a field it lacks.
        if let Ok(v) = serde_json::from_str::<VersionOnly>(text) {
            if v.version != u64::from(BUNDLE_VERSION) {
                return Err(BundleError::Version { found: v.version });
            }
        }
        serde_json::from_str(text).map_err(|e| {
            let (line, column, detail) = (e.line(), e.column(), detail_of(&e));
            match e.classify() {
                serde_json::error::Category::Data => BundleError::Shape {
                    line,
                    column,
                    detail,
                },
                _ => BundleError::Syntax {
                    line,
                    column,
                    detail,
                },
            }
        })
    }

    /// A copy without the secret's value (the rest of the secret stays).
    pub fn without_secret_value(&self) -> Bundle {
        let mut b = self.clone();
        if let Some(s) = b.secret.as_mut() {
            s.value = None;
        }
        b
    }

    /// The redirect URIs registered under `platform`, in bundle order.
    pub fn uris(&self, platform: Platform) -> impl Iterator<Item = &str> {
        self.redirect_uris
            .iter()
            .filter(move |r| r.platform == platform)
            .map(|r| r.uri.as_str())
    }

    /// The bundle's permissions resolved against the catalogue
    /// ([`crate::permissions::lookup`]), in catalogue order, without duplicates.
    pub fn catalogue_permissions(
        &self,
    ) -> Result<Vec<(&'static Permission, Consent)>, ExportError> {
        let mut found: Vec<(usize, &'static Permission, Consent)> = Vec::new();
        for g in &self.permissions {
            let p = permissions::lookup(&g.name, g.kind).ok_or_else(|| {
                ExportError::UnknownPermission {
                    name: g.name.clone(),
                    kind: g.kind,
                }
            })?;
            let rank = permissions::CATALOGUE
                .iter()
                .position(|c| std::ptr::eq(*c, p))
                .unwrap_or(usize::MAX);
            match found.iter_mut().find(|(_, q, _)| std::ptr::eq(*q, p)) {
                // Listed twice: granted wins, as the portal shows one row per permission.
                Some(entry) => {
                    if g.consent == Consent::Granted {
                        entry.2 = Consent::Granted;
                    }
                }
                None => found.push((rank, p, g.consent)),
            }
        }
        found.sort_by_key(|(rank, _, _)| *rank);
        Ok(found.into_iter().map(|(_, p, c)| (p, c)).collect())
    }
}

/// An export file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Json,
    Env,
    Ics,
    Az,
    Pwsh,
    Manifest,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Json,
        Format::Env,
        Format::Ics,
        Format::Az,
        Format::Pwsh,
        Format::Manifest,
    ];

    /// The CLI word, also the snapshot file extension.
    pub fn id(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Env => "env",
            Format::Ics => "ics",
            Format::Az => "az",
            Format::Pwsh => "pwsh",
            Format::Manifest => "manifest",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        let s = s.trim().to_ascii_lowercase();
        Format::ALL.into_iter().find(|f| f.id() == s)
    }

    pub fn valid_list() -> String {
        Format::ALL.map(|f| f.id()).join(", ")
    }

    /// A file name for a download, e.g. `regpilot-statlook.ps1`.
    pub fn file_name(self, target: Target) -> String {
        let ext = match self {
            Format::Json => "json",
            Format::Env => "env",
            Format::Ics => "ics",
            Format::Az => "sh",
            Format::Pwsh => "ps1",
            Format::Manifest => "required-resource-access.json",
        };
        format!("regpilot-{}.{ext}", target.id())
    }

    /// The media type of the file.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json | Format::Manifest => "application/json",
            Format::Env | Format::Pwsh => "text/plain; charset=utf-8",
            Format::Ics => "text/calendar; charset=utf-8",
            Format::Az => "text/x-shellscript; charset=utf-8",
        }
    }

    /// Whether the output may carry the secret's value (when asked to include it).
    pub fn can_carry_secret(self) -> bool {
        matches!(self, Format::Json | Format::Env)
    }
}

/// Choices that change an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Put the secret's value into `json` and `env` (the admin asked explicitly).
    pub include_secret: bool,
    /// The language of the calendar reminder's text.
    pub lang: Lang,
}

/// Why a bundle cannot be exported in a format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// `ics`: the bundle has no secret, so nothing expires.
    NoSecret,
    /// `az`, `pwsh`, `manifest`: the target signs in with the vendor's own application; there is no
    /// app registration to create.
    VendorApplication(Target),
    /// A permission the catalogue does not know, so its GUID is unknown.
    UnknownPermission { name: String, kind: Kind },
    /// The expiry is too close to 1970 for a reminder 14 days earlier.
    ReminderOutOfRange,
}

impl ExportError {
    pub fn message_id(&self) -> &'static str {
        match self {
            ExportError::NoSecret => "export-error-no-secret",
            ExportError::VendorApplication(_) => "export-error-vendor-application",
            ExportError::UnknownPermission { .. } => "export-error-unknown-permission",
            ExportError::ReminderOutOfRange => "export-error-reminder-range",
        }
    }

    pub fn message(&self, l: &Localizer) -> String {
        let args: Vec<(&str, Arg)> = match self {
            ExportError::VendorApplication(t) => vec![("target", Arg::from(target_name(l, *t)))],
            ExportError::UnknownPermission { name, kind } => vec![
                ("name", Arg::from(name.as_str())),
                (
                    "kind",
                    Arg::from(l.msg(&format!("checks-kind-{}", kind.id()))),
                ),
            ],
            ExportError::NoSecret | ExportError::ReminderOutOfRange => vec![],
        };
        l.format(self.message_id(), &args)
    }
}

/// Renders `bundle` in `format`. Pure and deterministic.
pub fn render(bundle: &Bundle, format: Format, opts: &Options) -> Result<String, ExportError> {
    match format {
        Format::Json => Ok(files::json(bundle, opts.include_secret)),
        Format::Env => Ok(files::env(bundle, opts.include_secret)),
        Format::Ics => ics::ics(bundle, opts.lang),
        Format::Az => scripts::az(&scripts::Plan::of(bundle)?),
        Format::Pwsh => scripts::pwsh(&scripts::Plan::of(bundle)?),
        Format::Manifest => files::manifest(bundle),
    }
}

/// The product's name in messages (the checks' `checks-target-<id>` messages).
fn target_name(l: &Localizer, t: Target) -> String {
    l.msg(&format!("checks-target-{}", t.id()))
}

/// Whether the target needs an app registration of the admin's own (not a vendor's app).
fn own_registration(target: Target) -> bool {
    permissions::profile(target).registration == Registration::Own
}
