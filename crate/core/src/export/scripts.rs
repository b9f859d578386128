//! Registration scripts that create the same application again: one for the Azure CLI (bash), one
//! for Microsoft Graph PowerShell. An admin can read them to audit a setup or run them to repeat it.
//!
//! Rules for both: every bundle value reaches the script only inside a quoted literal
//! ([`quote::sh`], [`quote::ps`]); comments hold only fixed text and catalogue data, never a bundle
//! value (a newline in a value must not end a comment). The permission GUIDs come from the
//! catalogue ([`crate::permissions`]). The secret's value is never written: Entra generates a new
//! one (it cannot be chosen; Microsoft Graph `application: addPassword` returns a generated
//! `secretText`), which the script prints once at the end.
//!
//! Commands and parameters checked against Microsoft's reference:
//! - `az ad app create --display-name --sign-in-audience --web-redirect-uris
//!   --public-client-redirect-uris --required-resource-accesses` ("az ad app", learn.microsoft.com/cli/azure/ad/app;
//!   Azure CLI `role/_params.py`: `required_resource_accesses` takes manifest JSON or `@file`).
//! - SPA redirect URIs have no `az ad app` option (Azure/azure-cli issues #25766, #31892): set
//!   through `az rest --method PATCH` on the application ("Update application", Graph v1.0).
//! - `az ad sp create --id`, `az ad app credential reset --id --append --display-name --end-date`
//!   ("az ad app credential": without `--append` the reset removes existing credentials),
//!   `az ad app permission admin-consent --id`.
//! - `New-MgApplication -DisplayName -SignInAudience -Web -Spa -PublicClient -RequiredResourceAccess`
//!   (Microsoft.Graph.Applications), `Add-MgApplicationPassword -ApplicationId -PasswordCredential
//!   @{DisplayName; EndDateTime}`, `New-MgServicePrincipal -AppId`,
//!   `New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId -PrincipalId -ResourceId -AppRoleId`
//!   (application permissions), `New-MgOauth2PermissionGrant -ClientId -ConsentType AllPrincipals
//!   -ResourceId -Scope` (Microsoft.Graph.Identity.SignIns; delegated permissions).

use std::fmt::Write as _;

use super::files::{required_resource_access, RequiredResourceAccess};
use super::{own_registration, quote, Bundle, Consent, ExportError};
use crate::checks::Platform;
use crate::permissions::{Kind, Permission, Resource};

/// What a script has to do, worked out once for both languages.
pub struct Plan<'a> {
    bundle: &'a Bundle,
    groups: Vec<RequiredResourceAccess>,
    /// Grant admin consent: the app has application permissions (useless without it) or the
    /// bundle records consent as granted.
    admin_consent: bool,
}

impl<'a> Plan<'a> {
    pub fn of(bundle: &'a Bundle) -> Result<Plan<'a>, ExportError> {
        if !own_registration(bundle.target) {
            return Err(ExportError::VendorApplication(bundle.target));
        }
        let perms = bundle.catalogue_permissions()?;
        let admin_consent = perms
            .iter()
            .any(|(p, c)| p.kind == Kind::Application || *c == Consent::Granted);
        let list: Vec<&'static Permission> = perms.iter().map(|(p, _)| *p).collect();
        Ok(Plan {
            bundle,
            groups: required_resource_access(&list),
            admin_consent,
        })
    }

    fn has(&self, kind: Kind) -> bool {
        self.groups
            .iter()
            .flat_map(|g| &g.permissions)
            .any(|p| p.kind == kind)
    }

    fn uses_exchange(&self) -> bool {
        self.groups
            .iter()
            .any(|g| g.resource == Resource::ExchangeOnline)
    }

    /// Comment lines listing the permissions by API and kind, with their GUIDs.
    fn permission_comments(&self, prefix: &str) -> String {
        let mut out = String::new();
        for g in &self.groups {
            for p in &g.permissions {
                let _ = writeln!(
                    out,
                    "{prefix}  {}, {}: {} = {} ({})",
                    g.resource.display_name(),
                    p.kind.id(),
                    p.name,
                    p.id,
                    p.manifest_type()
                );
            }
        }
        if self.groups.is_empty() {
            let _ = writeln!(out, "{prefix}  (none)");
        }
        out
    }
}

const EXCHANGE_NOTE: &str = "\
Office 365 Exchange Online application permissions (IMAP/POP app-only) also need, in Exchange
Online PowerShell, New-ServicePrincipal -AppId <client id> -ServiceId <Enterprise application
Object ID> and Add-MailboxPermission ... -AccessRights FullAccess for each mailbox.";

const NO_CONSENT: &str = "
# {n}. Admin consent: not needed. The bundle records none, and users consent to delegated
#    permissions when they sign in.
";

fn comment_block(prefix: &str, text: &str) -> String {
    text.lines().map(|l| format!("{prefix} {l}\n")).collect()
}

/// The bash script for the Azure CLI.
pub fn az(plan: &Plan) -> Result<String, ExportError> {
    let b = plan.bundle;
    let mut s = String::new();
    s.push_str(
        "#!/usr/bin/env bash
# Creates a Microsoft Entra app registration like the one regpilot recorded, with the Azure CLI.
# Read it before running it. It needs Azure CLI 2.37 or later (Microsoft Graph based `az ad`) and
# an account allowed to register applications and, for step 5, to grant admin consent.
# Reference: https://learn.microsoft.com/cli/azure/ad/app
set -euo pipefail

# Values from the bundle.
",
    );
    let _ = writeln!(s, "tenant_id={}", quote::sh(&b.tenant_id));
    let _ = writeln!(s, "display_name={}", quote::sh(&b.app_name));
    s.push_str(
        "
# 0. Sign in to the bundle's tenant (a browser window or a device code prompt opens).
az login --tenant \"$tenant_id\" --allow-no-subscriptions --output none

# 1. Register the application (App registrations > New registration): its name, the supported
#    account types (--sign-in-audience), the redirect URIs by platform (Web: --web-redirect-uris;
#    Mobile and desktop applications: --public-client-redirect-uris) and the API permissions it
#    requests (--required-resource-accesses takes the manifest's requiredResourceAccess JSON).
#    Permissions (API, kind: name = id (type)):
",
    );
    s.push_str(&plan.permission_comments("#  "));
    let rra = serde_json::to_string(&plan.groups).expect("manifest serializes");
    let _ = writeln!(s, "required_resource_accesses={}", quote::sh(&rra));
    s.push_str("app_id=$(az ad app create \\\n  --display-name=\"$display_name\" \\\n");
    if let Some(a) = b.audience {
        let _ = writeln!(s, "  --sign-in-audience={} \\", quote::sh(a.id()));
    }
    for (platform, flag) in [
        (Platform::Web, "--web-redirect-uris"),
        (Platform::Installed, "--public-client-redirect-uris"),
    ] {
        let uris: Vec<String> = b.uris(platform).map(quote::sh).collect();
        if !uris.is_empty() {
            let _ = writeln!(s, "  {flag} {} \\", uris.join(" "));
        }
    }
    s.push_str(
        "  --required-resource-accesses=\"$required_resource_accesses\" \\\n  --query appId --output tsv)\n",
    );

    let spa: Vec<&str> = b.uris(Platform::Spa).collect();
    s.push_str("\n# 2. Single-page application redirect URIs: ");
    if spa.is_empty() {
        s.push_str("none in the bundle.\n");
    } else {
        s.push_str(
            "`az ad app` has no option for them (Azure CLI\n\
             #    issue 25766), so set spa.redirectUris with Microsoft Graph (\"Update application\").\n",
        );
        let body = serde_json::json!({ "spa": { "redirectUris": spa } }).to_string();
        let _ = write!(
            s,
            "az rest --method PATCH \\\n  --uri \"https://graph.microsoft.com/v1.0/applications(appId='$app_id')\" \\\n  --headers 'Content-Type=application/json' \\\n  --body {}\n",
            quote::sh(&body)
        );
    }

    s.push_str(
        "
# 3. Create the service principal: the application's Enterprise application in this tenant.
#    Admin consent and sign-ins need it.
az ad sp create --id \"$app_id\" --output none
",
    );

    s.push_str("\n# 4. Client secret: ");
    match &b.secret {
        Some(secret) => {
            s.push_str(
                "a new one with the recorded description and expiry. Entra generates\n\
                 #    the value (it cannot be chosen), so the target application needs this new value.\n\
                 #    --append keeps other credentials (without it the reset removes them).\n",
            );
            let _ = write!(
                s,
                "client_secret=$(az ad app credential reset --id \"$app_id\" --append \\\n  --display-name={} \\\n  --end-date={} \\\n  --query password --output tsv)\n",
                quote::sh(&secret.description),
                quote::sh(&secret.expires.to_string())
            );
        }
        None => s.push_str("none in the bundle.\n"),
    }

    if plan.admin_consent {
        s.push_str(
            "\n# 5. Admin consent for the tenant, as API permissions > Grant admin consent does, for all\n\
             #    the permissions above. Application permissions do nothing without it. Retried,\n\
             #    because a new service principal takes a moment to replicate.\n\
             for attempt in 1 2 3 4 5 6; do\n\
             \x20 if az ad app permission admin-consent --id \"$app_id\"; then\n\
             \x20   break\n\
             \x20 fi\n\
             \x20 if [ \"$attempt\" -eq 6 ]; then\n\
             \x20   echo 'Admin consent failed: grant it in the portal (API permissions > Grant admin consent).' >&2\n\
             \x20   exit 1\n\
             \x20 fi\n\
             \x20 sleep 10\n\
             done\n",
        );
    } else {
        s.push_str(NO_CONSENT.replace("{n}", "5").as_str());
    }
    if plan.uses_exchange() {
        s.push('\n');
        s.push_str(&comment_block("#", EXCHANGE_NOTE));
    }

    s.push_str(
        "\n# The values the target application needs. The secret's value is shown only now.\n",
    );
    s.push_str("printf 'Directory (tenant) ID:   %s\\n' \"$tenant_id\"\n");
    s.push_str("printf 'Application (client) ID: %s\\n' \"$app_id\"\n");
    if b.secret.is_some() {
        s.push_str("printf 'Client secret value:     %s\\n' \"$client_secret\"\n");
    }
    if let Some(user) = &b.user_object_id {
        let _ = writeln!(
            s,
            "printf 'Mailbox user Object ID:  %s\\n' {}",
            quote::sh(user)
        );
    }
    Ok(s)
}

/// The variable holding a resource API's service principal in the PowerShell script.
fn ps_resource_var(r: Resource) -> &'static str {
    match r {
        Resource::Graph => "$graphSp",
        Resource::ExchangeOnline => "$exchangeSp",
    }
}

/// The PowerShell script for Microsoft Graph PowerShell.
pub fn pwsh(plan: &Plan) -> Result<String, ExportError> {
    let b = plan.bundle;
    let app_roles = plan.admin_consent && plan.has(Kind::Application);
    let delegated_grants = plan.admin_consent && plan.has(Kind::Delegated);
    let mut modules = vec![
        "Microsoft.Graph.Authentication",
        "Microsoft.Graph.Applications",
    ];
    let mut scopes = vec!["Application.ReadWrite.All"];
    if app_roles {
        scopes.push("AppRoleAssignment.ReadWrite.All");
    }
    if delegated_grants {
        modules.push("Microsoft.Graph.Identity.SignIns");
        scopes.push("DelegatedPermissionGrant.ReadWrite.All");
    }

    let mut s = String::new();
    let _ = writeln!(s, "#Requires -Modules {}", modules.join(", "));
    s.push_str(
        "# Creates a Microsoft Entra app registration like the one regpilot recorded, with Microsoft Graph
# PowerShell. Read it before running it. The account that signs in must be allowed to register
# applications and, for step 4, to grant admin consent.
# Reference: https://learn.microsoft.com/powershell/module/microsoft.graph.applications/new-mgapplication
$ErrorActionPreference = 'Stop'

# Values from the bundle.
",
    );
    let _ = writeln!(s, "$tenantId = {}", quote::ps(&b.tenant_id));
    let _ = writeln!(s, "$displayName = {}", quote::ps(&b.app_name));
    let scope_list: Vec<String> = scopes.iter().map(|x| quote::ps(x)).collect();
    let _ = write!(
        s,
        "
# 0. Sign in to the bundle's tenant with the delegated scopes the steps below need.
Connect-MgGraph -TenantId $tenantId -Scopes {}

# 1. Register the application (App registrations > New registration): its name, the supported
#    account types (SignInAudience), the redirect URIs by platform (Web, Spa = Single-page
#    application, PublicClient = Mobile and desktop applications) and the API permissions it
#    requests (RequiredResourceAccess: resourceAppId, resourceAccess id and type).
#    Permissions (API, kind: name = id (type)):
",
        scope_list.join(", ")
    );
    s.push_str(&plan.permission_comments("#  "));
    s.push_str("$requiredResourceAccess = @(\n");
    for g in &plan.groups {
        let _ = writeln!(s, "    @{{");
        let _ = writeln!(
            s,
            "        ResourceAppId  = '{}' # {}",
            g.resource_app_id,
            g.resource.display_name()
        );
        s.push_str("        ResourceAccess = @(\n");
        for p in &g.permissions {
            let _ = writeln!(
                s,
                "            @{{ Id = '{}'; Type = '{}' }} # {} ({})",
                p.id,
                p.manifest_type(),
                p.name,
                p.kind.id()
            );
        }
        s.push_str("        )\n    }\n");
    }
    s.push_str(
        ")\n# The parameters of New-MgApplication (-DisplayName, -SignInAudience, -Web, -Spa, -PublicClient,\n\
         # -RequiredResourceAccess), passed by splatting.\n\
         $appParams = @{\n    DisplayName            = $displayName\n",
    );
    if let Some(a) = b.audience {
        let _ = writeln!(s, "    SignInAudience         = {}", quote::ps(a.id()));
    }
    for (platform, key) in [
        (Platform::Web, "Web"),
        (Platform::Spa, "Spa"),
        (Platform::Installed, "PublicClient"),
    ] {
        let uris: Vec<String> = b.uris(platform).map(quote::ps).collect();
        if !uris.is_empty() {
            let _ = writeln!(
                s,
                "    {key:<22} = @{{ RedirectUris = @({}) }}",
                uris.join(", ")
            );
        }
    }
    s.push_str(
        "    RequiredResourceAccess = $requiredResourceAccess
}
$app = New-MgApplication @appParams

# 2. Create the service principal: the application's Enterprise application in this tenant.
#    Admin consent and sign-ins need it.
$sp = New-MgServicePrincipal -AppId $app.AppId
",
    );

    s.push_str("\n# 3. Client secret: ");
    match &b.secret {
        Some(secret) => {
            s.push_str(
                "a new one with the recorded description and expiry. Entra generates\n\
                 #    the value (it cannot be chosen), so the target application needs this new value.\n",
            );
            let _ = write!(
                s,
                "$secret = Add-MgApplicationPassword -ApplicationId $app.Id -PasswordCredential @{{\n    DisplayName = {}\n    EndDateTime = [datetime]{}\n}}\n",
                quote::ps(&secret.description),
                quote::ps(&format!("{}T00:00:00Z", secret.expires))
            );
        }
        None => s.push_str("none in the bundle.\n"),
    }

    if plan.admin_consent {
        s.push_str(
            "\n# 4. Admin consent for the tenant, as API permissions > Grant admin consent does: one app\n\
             #    role assignment per application permission, one tenant-wide grant (ConsentType\n\
             #    AllPrincipals) of the delegated permissions per API. The new service principal takes a\n\
             #    moment to replicate first.\n\
             Start-Sleep -Seconds 15\n",
        );
        for g in &plan.groups {
            let var = ps_resource_var(g.resource);
            let filter = format!("appId eq '{}'", g.resource_app_id);
            let _ = writeln!(
                s,
                "{var} = Get-MgServicePrincipal -Filter {} # {}",
                quote::ps(&filter),
                g.resource.display_name()
            );
            for p in g.permissions.iter().filter(|p| p.kind == Kind::Application) {
                let _ = writeln!(
                    s,
                    "New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $sp.Id -PrincipalId $sp.Id -ResourceId {var}.Id -AppRoleId '{}' | Out-Null # {}",
                    p.id, p.name
                );
            }
            let delegated: Vec<&str> = g
                .permissions
                .iter()
                .filter(|p| p.kind == Kind::Delegated)
                .map(|p| p.name)
                .collect();
            if !delegated.is_empty() {
                let _ = writeln!(
                    s,
                    "New-MgOauth2PermissionGrant -ClientId $sp.Id -ConsentType 'AllPrincipals' -ResourceId {var}.Id -Scope '{}' | Out-Null",
                    delegated.join(" ")
                );
            }
        }
    } else {
        s.push_str(NO_CONSENT.replace("{n}", "4").as_str());
    }
    if plan.uses_exchange() {
        s.push('\n');
        s.push_str(&comment_block("#", EXCHANGE_NOTE));
    }

    s.push_str(
        "\n# The values the target application needs. The secret's value is shown only now.\n",
    );
    s.push_str("Write-Output ('Directory (tenant) ID:   ' + $tenantId)\n");
    s.push_str("Write-Output ('Application (client) ID: ' + $app.AppId)\n");
    if b.secret.is_some() {
        s.push_str("Write-Output ('Client secret value:     ' + $secret.SecretText)\n");
    }
    if let Some(user) = &b.user_object_id {
        let _ = writeln!(
            s,
            "Write-Output ('Mailbox user Object ID:  ' + {})",
            quote::ps(user)
        );
    }
    Ok(s)
}
