//! The data formats: the bundle as JSON, as `.env` lines, and the manifest's
//! `requiredResourceAccess` array.

use serde::Serialize;

use super::{own_registration, quote, Bundle, ExportError};
use crate::permissions::{Permission, Resource};

/// The bundle as pretty JSON; the secret's value only when `include_secret`.
pub fn json(bundle: &Bundle, include_secret: bool) -> String {
    let b = if include_secret {
        bundle.clone()
    } else {
        bundle.without_secret_value()
    };
    let mut s = serde_json::to_string_pretty(&b).expect("a bundle serializes");
    s.push('\n');
    s
}

/// `.env` lines. Every value is single-quoted the POSIX shell way, so the file can be sourced
/// (`set -a; . ./regpilot.env`) and dotenv readers take plain values literally. Optional fields are
/// left out when absent; lists are numbered from 1.
pub fn env(bundle: &Bundle, include_secret: bool) -> String {
    let mut lines: Vec<(String, String)> = Vec::new();
    let mut put = |k: &str, v: &str| lines.push((format!("REGPILOT_{k}"), v.to_owned()));
    put("BUNDLE_VERSION", &bundle.version.to_string());
    put("TARGET", bundle.target.id());
    put("LANG", bundle.lang.code());
    put("APP_NAME", &bundle.app_name);
    put("TENANT_ID", &bundle.tenant_id);
    put("CLIENT_ID", &bundle.client_id);
    if let Some(v) = &bundle.application_object_id {
        put("APPLICATION_OBJECT_ID", v);
    }
    if let Some(v) = &bundle.service_principal_object_id {
        put("SERVICE_PRINCIPAL_OBJECT_ID", v);
    }
    if let Some(v) = &bundle.user_object_id {
        put("USER_OBJECT_ID", v);
    }
    if let Some(a) = bundle.audience {
        put("SIGN_IN_AUDIENCE", a.id());
    }
    for (i, r) in bundle.redirect_uris.iter().enumerate() {
        put(&format!("REDIRECT_URI_{}", i + 1), &r.uri);
        put(&format!("REDIRECT_URI_{}_PLATFORM", i + 1), r.platform.id());
    }
    for (i, p) in bundle.permissions.iter().enumerate() {
        put(&format!("PERMISSION_{}", i + 1), &p.name);
        put(&format!("PERMISSION_{}_KIND", i + 1), p.kind.id());
        let consent = serde_json::to_value(p.consent).expect("consent serializes");
        put(
            &format!("PERMISSION_{}_CONSENT", i + 1),
            consent.as_str().unwrap_or_default(),
        );
    }
    if let Some(s) = &bundle.secret {
        if include_secret {
            if let Some(v) = &s.value {
                put("CLIENT_SECRET", v);
            }
        }
        put("CLIENT_SECRET_ID", &s.id);
        put("CLIENT_SECRET_DESCRIPTION", &s.description);
        put("CLIENT_SECRET_EXPIRES", &s.expires.to_string());
    }
    put("CREATED_AT", &bundle.created_at.to_string());

    let mut out = String::from(
        "# App registration values recorded by regpilot.\n\
         # Values are single-quoted as in a POSIX shell: `set -a; . ./this-file; set +a` loads them.\n",
    );
    for (k, v) in lines {
        out.push_str(&k);
        out.push('=');
        out.push_str(&quote::sh(&v));
        out.push('\n');
    }
    out
}

/// One `requiredResourceAccess` entry of the application manifest (Microsoft Graph
/// `requiredResourceAccess` resource type: `resourceAppId`, `resourceAccess[{id, type}]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequiredResourceAccess {
    pub resource_app_id: &'static str,
    pub resource_access: Vec<ResourceAccess>,
    #[serde(skip)]
    pub resource: Resource,
    #[serde(skip)]
    pub permissions: Vec<&'static Permission>,
}

/// `resourceAccess[]`: the permission's GUID and `Scope` (delegated) or `Role` (application).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResourceAccess {
    pub id: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
}

/// Groups permissions (already in catalogue order) by resource, resources in order of first
/// appearance (Microsoft Graph before Exchange Online, as the catalogue lists them).
pub fn required_resource_access(perms: &[&'static Permission]) -> Vec<RequiredResourceAccess> {
    let mut out: Vec<RequiredResourceAccess> = Vec::new();
    for p in perms {
        let idx = match out.iter().position(|r| r.resource == p.resource) {
            Some(i) => i,
            None => {
                out.push(RequiredResourceAccess {
                    resource_app_id: p.resource.app_id(),
                    resource_access: Vec::new(),
                    resource: p.resource,
                    permissions: Vec::new(),
                });
                out.len() - 1
            }
        };
        out[idx].resource_access.push(ResourceAccess {
            id: p.id,
            kind: p.manifest_type(),
        });
        out[idx].permissions.push(p);
    }
    out
}

/// The manifest's `requiredResourceAccess` array, pretty-printed.
pub fn manifest(bundle: &Bundle) -> Result<String, ExportError> {
    if !own_registration(bundle.target) {
        return Err(ExportError::VendorApplication(bundle.target));
    }
    let perms: Vec<_> = bundle
        .catalogue_permissions()?
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let rra = required_resource_access(&perms);
    let mut s = serde_json::to_string_pretty(&rra).expect("manifest serializes");
    s.push('\n');
    Ok(s)
}
