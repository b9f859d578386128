//! The permission catalogue: the Microsoft Graph and Office 365 Exchange Online permissions mail
//! integrations use, with the ids the manifest needs, and what each target application requires.
//!
//! One table, read by the checks (is this scope right for the target?), by the guides (which boxes to
//! tick) and by the exports (`requiredResourceAccess` JSON, `az`/`pwsh` scripts).
//!
//! Sources (domain.md §3):
//! - Graph permission ids and "admin consent required": Microsoft Graph permissions reference,
//!   <https://learn.microsoft.com/graph/permissions-reference> (cross-checked against
//!   graphpermissions.merill.net/permission/Mail.Send.html, which mirrors it).
//! - OAuth scope strings for IMAP/POP/SMTP: "Authenticate an IMAP, POP or SMTP connection using
//!   OAuth", <https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth>.
//! - Office 365 Exchange Online application permission ids come from public manifests only
//!   ([`Permission::verified`] is `false` for them).

use serde::{Deserialize, Serialize};

use crate::checks::{Audience, Platform};
use crate::Target;

/// `resourceAppId` of Microsoft Graph.
pub const GRAPH_APP_ID: &str = "00000003-0000-0000-c000-000000000000";
/// `resourceAppId` of Office 365 Exchange Online.
pub const EXCHANGE_APP_ID: &str = "00000002-0000-0ff1-ce00-000000000000";

/// Delegated (on behalf of a signed-in user) or application (app-only, no user).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Delegated,
    Application,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Delegated, Kind::Application];

    /// The CLI word: `delegated`, `application`.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Delegated => "delegated",
            Kind::Application => "application",
        }
    }

    /// Parses the CLI word (case-insensitive).
    pub fn parse(s: &str) -> Option<Kind> {
        let s = s.trim().to_ascii_lowercase();
        Kind::ALL.into_iter().find(|k| k.id() == s)
    }

    /// `resourceAccess[].type` in the manifest: `Scope` for delegated, `Role` for application.
    pub fn manifest_type(self) -> &'static str {
        match self {
            Kind::Delegated => "Scope",
            Kind::Application => "Role",
        }
    }

    pub fn valid_list() -> String {
        Kind::ALL.map(|k| k.id()).join(", ")
    }
}

/// The API a permission belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Resource {
    Graph,
    ExchangeOnline,
}

impl Resource {
    /// The manifest's `resourceAppId`.
    pub fn app_id(self) -> &'static str {
        match self {
            Resource::Graph => GRAPH_APP_ID,
            Resource::ExchangeOnline => EXCHANGE_APP_ID,
        }
    }

    /// The API's name as the portal's "Request API permissions" pane shows it (not translated).
    pub fn display_name(self) -> &'static str {
        match self {
            Resource::Graph => "Microsoft Graph",
            Resource::ExchangeOnline => "Office 365 Exchange Online",
        }
    }

    /// The scope an app-only token request uses (client-credentials grant).
    pub fn default_scope(self) -> &'static str {
        match self {
            Resource::Graph => "https://graph.microsoft.com/.default",
            Resource::ExchangeOnline => "https://outlook.office365.com/.default",
        }
    }
}

/// One permission of one API, of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Permission {
    /// The name shown in the portal, e.g. `IMAP.AccessAsUser.All`.
    pub name: &'static str,
    pub resource: Resource,
    pub kind: Kind,
    /// The permission's GUID: `resourceAccess[].id` in the manifest.
    pub id: &'static str,
    /// Whether only an administrator can consent. Application permissions always need it.
    pub admin_consent: bool,
    /// The string an OAuth request carries for it. For application permissions that is the
    /// resource's `.default` scope (app-only tokens cannot name single permissions).
    pub scope: &'static str,
    /// `false` when no Microsoft page confirmed the id (taken from public manifests).
    pub verified: bool,
}

impl Permission {
    /// The manifest's `resourceAccess[].type`: `Scope` or `Role`.
    pub fn manifest_type(&self) -> &'static str {
        self.kind.manifest_type()
    }

    /// OpenID Connect scopes (`openid`, `email`, `profile`, `offline_access`), which Graph lists
    /// as delegated permissions but a request names without a resource URI.
    pub fn is_oidc(&self) -> bool {
        !self.scope.contains("://")
    }
}

const fn graph_delegated(name: &'static str, id: &'static str, scope: &'static str) -> Permission {
    Permission {
        name,
        resource: Resource::Graph,
        kind: Kind::Delegated,
        id,
        admin_consent: false,
        scope,
        verified: true,
    }
}

const fn graph_application(name: &'static str, id: &'static str) -> Permission {
    Permission {
        name,
        resource: Resource::Graph,
        kind: Kind::Application,
        id,
        admin_consent: true,
        scope: "https://graph.microsoft.com/.default",
        verified: true,
    }
}

const fn exchange_application(name: &'static str, id: &'static str) -> Permission {
    Permission {
        name,
        resource: Resource::ExchangeOnline,
        kind: Kind::Application,
        id,
        admin_consent: true,
        scope: "https://outlook.office365.com/.default",
        verified: false,
    }
}

// --- Microsoft Graph, delegated (user-consentable) ---------------------------------------------
pub static IMAP_ACCESS_AS_USER: Permission = graph_delegated(
    "IMAP.AccessAsUser.All",
    "652390e4-393a-48de-9484-05f9b1212954",
    "https://outlook.office.com/IMAP.AccessAsUser.All",
);
pub static POP_ACCESS_AS_USER: Permission = graph_delegated(
    "POP.AccessAsUser.All",
    "d7b7f2d9-0f45-4ea1-9d42-e50810c06991",
    "https://outlook.office.com/POP.AccessAsUser.All",
);
pub static SMTP_SEND: Permission = graph_delegated(
    "SMTP.Send",
    "258f6531-6087-4cc4-bb90-092c5fb3ed3f",
    "https://outlook.office.com/SMTP.Send",
);
pub static MAIL_SEND_DELEGATED: Permission = graph_delegated(
    "Mail.Send",
    "e383f46e-2787-4529-855e-0e479a3ffac0",
    "https://graph.microsoft.com/Mail.Send",
);
pub static MAIL_READWRITE_DELEGATED: Permission = graph_delegated(
    "Mail.ReadWrite",
    "024d486e-b451-40bb-833d-3e66d98c5c73",
    "https://graph.microsoft.com/Mail.ReadWrite",
);
pub static MAIL_READ_DELEGATED: Permission = graph_delegated(
    "Mail.Read",
    "570282fd-fa5c-430d-a7fd-fc8dc98a9dca",
    "https://graph.microsoft.com/Mail.Read",
);
pub static OFFLINE_ACCESS: Permission = graph_delegated(
    "offline_access",
    "7427e0e9-2fba-42fe-b0c0-848c9e6a8182",
    "offline_access",
);
pub static OPENID: Permission =
    graph_delegated("openid", "37f7f235-527c-4136-accd-4a02d197296e", "openid");
pub static EMAIL: Permission =
    graph_delegated("email", "64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0", "email");
pub static PROFILE: Permission =
    graph_delegated("profile", "14dad69e-099b-42c9-810b-d002981feec1", "profile");
pub static USER_READ: Permission = graph_delegated(
    "User.Read",
    "e1fe6dd8-ba31-4d61-89e7-88639da4683d",
    "https://graph.microsoft.com/User.Read",
);
/// EWS scope string per "Authenticate an EWS application by using OAuth" (outlook.office365.com).
pub static EWS_ACCESS_AS_USER: Permission = graph_delegated(
    "EWS.AccessAsUser.All",
    "9769c687-087d-48ac-9cb3-c37dde652038",
    "https://outlook.office365.com/EWS.AccessAsUser.All",
);

// --- Microsoft Graph, application (admin consent always) ---------------------------------------
pub static MAIL_SEND_APP: Permission =
    graph_application("Mail.Send", "b633e1c5-b582-4048-a93e-9f11b44c7e96");
pub static MAIL_READWRITE_APP: Permission =
    graph_application("Mail.ReadWrite", "e2a3a72e-5f79-4c64-b1b1-878b674786c9");
pub static MAIL_READ_APP: Permission =
    graph_application("Mail.Read", "810c84a8-4a9e-49e6-bf7d-12d183f40d01");
pub static USER_READ_ALL_APP: Permission =
    graph_application("User.Read.All", "df021288-bdef-4463-88db-98f22de89214");

// --- Office 365 Exchange Online, application (ids from public manifests: unverified) -----------
pub static IMAP_ACCESS_AS_APP: Permission =
    exchange_application("IMAP.AccessAsApp", "5e5addcd-3e8d-4e90-baf5-964efab2b20a");
pub static POP_ACCESS_AS_APP: Permission =
    exchange_application("POP.AccessAsApp", "cb842b43-da6e-4506-86fe-bb12199c656d");
pub static FULL_ACCESS_AS_APP: Permission =
    exchange_application("full_access_as_app", "dc890d15-9560-4a4c-9b7f-a736ec74ec40");

/// Every permission regpilot knows, delegated first, then application.
pub static CATALOGUE: &[&Permission] = &[
    &IMAP_ACCESS_AS_USER,
    &POP_ACCESS_AS_USER,
    &SMTP_SEND,
    &MAIL_SEND_DELEGATED,
    &MAIL_READWRITE_DELEGATED,
    &MAIL_READ_DELEGATED,
    &OFFLINE_ACCESS,
    &OPENID,
    &EMAIL,
    &PROFILE,
    &USER_READ,
    &EWS_ACCESS_AS_USER,
    &MAIL_SEND_APP,
    &MAIL_READWRITE_APP,
    &MAIL_READ_APP,
    &USER_READ_ALL_APP,
    &IMAP_ACCESS_AS_APP,
    &POP_ACCESS_AS_APP,
    &FULL_ACCESS_AS_APP,
];

/// Finds a permission by its portal name (case-insensitive) and kind.
pub fn lookup(name: &str, kind: Kind) -> Option<&'static Permission> {
    let name = name.trim();
    CATALOGUE
        .iter()
        .copied()
        .find(|p| p.kind == kind && p.name.eq_ignore_ascii_case(name))
}

/// Finds a permission by its GUID (any case, with or without braces).
pub fn by_id(id: &str) -> Option<&'static Permission> {
    let id = id.trim().trim_start_matches('{').trim_end_matches('}');
    CATALOGUE
        .iter()
        .copied()
        .find(|p| p.id.eq_ignore_ascii_case(id))
}

/// All permissions of the given name, of either kind (`Mail.Send` exists as both).
pub fn named(name: &str) -> impl Iterator<Item = &'static Permission> + '_ {
    let name = name.trim();
    CATALOGUE
        .iter()
        .copied()
        .filter(move |p| p.name.eq_ignore_ascii_case(name))
}

/// How much a target needs a permission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Need {
    /// Without it the target does not work. Exports emit these.
    Required,
    /// Harmless and accepted (e.g. `User.Read`, which the portal adds to every new registration),
    /// but not needed. Checks do not warn about it; exports leave it out.
    Optional,
}

/// One permission a target asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Requirement {
    pub permission: &'static Permission,
    pub need: Need,
}

const fn req(permission: &'static Permission) -> Requirement {
    Requirement {
        permission,
        need: Need::Required,
    }
}

const fn opt(permission: &'static Permission) -> Requirement {
    Requirement {
        permission,
        need: Need::Optional,
    }
}

/// Who owns the app registration the target signs in with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Registration {
    /// The admin registers an app in their own tenant (YetiForce, Statlook, AktionNEXT).
    Own,
    /// The target signs in with the vendor's own multitenant app; the admin registers nothing and
    /// at most grants consent to the vendor's enterprise application (Comarch DMS).
    Vendor,
}

/// The authority (login endpoint) the target requests tokens from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Authority {
    /// `/common/`: needs a multitenant app (AADSTS50194 otherwise).
    Common,
    /// `/{tenant-id or verified domain}/`: app-only tokens need it (AADSTS9001023).
    Tenant,
}

/// What a target expects of its app registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Profile {
    pub target: Target,
    pub registration: Registration,
    /// The kind of access: the permissions to add are of this kind.
    pub kind: Kind,
    pub authority: Authority,
    /// The platform of the redirect URI, when the target needs one.
    pub platform: Option<Platform>,
    /// Supported account types that work, recommended first; empty for [`Registration::Vendor`].
    pub audiences: &'static [Audience],
    /// The permissions, required and optional.
    pub requirements: &'static [Requirement],
}

impl Profile {
    /// The recommended supported account type, if the admin registers an app.
    pub fn recommended_audience(&self) -> Option<Audience> {
        self.audiences.first().copied()
    }

    /// Whether the permission (by identity) is among the target's requirements.
    pub fn requirement(&self, p: &Permission) -> Option<&'static Requirement> {
        self.requirements
            .iter()
            .find(|r| std::ptr::eq(r.permission, p) || *r.permission == *p)
    }

    /// Only the required permissions.
    pub fn required(&self) -> impl Iterator<Item = &'static Permission> {
        self.requirements
            .iter()
            .filter(|r| r.need == Need::Required)
            .map(|r| r.permission)
    }
}

/// YetiForce CRM: delegated IMAP + SMTP through its OAuth provider, which uses `/common` and
/// requests `openid IMAP.AccessAsUser.All offline_access email SMTP.Send` (YetiForce source,
/// domain.md §7). Its guide also lists `profile` and `User.Read`, which the code never requests:
/// optional. Platform Web, multitenant (it signs in on `/common`).
static YETIFORCE: Profile = Profile {
    target: Target::Yetiforce,
    registration: Registration::Own,
    kind: Kind::Delegated,
    authority: Authority::Common,
    platform: Some(Platform::Web),
    audiences: &[
        Audience::AzureADMultipleOrgs,
        Audience::AzureADandPersonalMicrosoftAccount,
    ],
    requirements: &[
        req(&IMAP_ACCESS_AS_USER),
        req(&SMTP_SEND),
        req(&OFFLINE_ACCESS),
        req(&OPENID),
        req(&EMAIL),
        opt(&PROFILE),
        opt(&USER_READ),
    ],
};

/// Statlook: app-only Graph `Mail.ReadWrite` + `Mail.Send` with admin consent, single tenant,
/// "Public client/native (mobile)" redirect platform (Statlook's guide, seeds/002). The delegated
/// `User.Read` the portal pre-adds is harmless: optional.
static STATLOOK: Profile = Profile {
    target: Target::Statlook,
    registration: Registration::Own,
    kind: Kind::Application,
    authority: Authority::Tenant,
    platform: Some(Platform::Installed),
    audiences: &[Audience::AzureADMyOrg, Audience::AzureADMultipleOrgs],
    requirements: &[
        req(&MAIL_READWRITE_APP),
        req(&MAIL_SEND_APP),
        opt(&USER_READ),
    ],
};

/// AktionNEXT: app-only Graph `Mail.Send` with admin consent (AktionNEXT's guide, seeds/003). It
/// needs no redirect URI.
static AKTIONNEXT: Profile = Profile {
    target: Target::Aktionnext,
    registration: Registration::Own,
    kind: Kind::Application,
    authority: Authority::Tenant,
    platform: None,
    audiences: &[Audience::AzureADMyOrg, Audience::AzureADMultipleOrgs],
    requirements: &[req(&MAIL_SEND_APP), opt(&USER_READ)],
};

/// Comarch DMS: the desktop app's "Autoryzacja" button signs the mailbox user in to Comarch's own
/// app, which asks for consent to the mailbox (seeds/004). No registration by the admin, so
/// exports must not emit `requiredResourceAccess` for it. The delegated permissions listed are what
/// SMTP and IMAP over OAuth need; that the vendor's app asks exactly these is an inference from the
/// consent screen (unverified). They serve the guide's consent step and the scope check.
static COMARCH: Profile = Profile {
    target: Target::Comarch,
    registration: Registration::Vendor,
    kind: Kind::Delegated,
    authority: Authority::Common,
    platform: None,
    audiences: &[],
    requirements: &[
        req(&SMTP_SEND),
        req(&IMAP_ACCESS_AS_USER),
        req(&OFFLINE_ACCESS),
        opt(&OPENID),
        opt(&EMAIL),
        opt(&PROFILE),
        opt(&USER_READ),
    ],
};

/// What the target expects of its app registration.
pub fn profile(target: Target) -> &'static Profile {
    match target {
        Target::Yetiforce => &YETIFORCE,
        Target::Statlook => &STATLOOK,
        Target::Aktionnext => &AKTIONNEXT,
        Target::Comarch => &COMARCH,
    }
}

/// The permissions the target asks for (required and optional).
pub fn required_for(target: Target) -> &'static [Requirement] {
    profile(target).requirements
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_guid(s: &str) -> bool {
        let parts: Vec<&str> = s.split('-').collect();
        parts.len() == 5
            && parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
            && s.chars()
                .all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c))
    }

    #[test]
    fn catalogue_ids_are_lowercase_guids_and_unique() {
        for p in CATALOGUE {
            assert!(is_guid(p.id), "{} has a bad id {}", p.name, p.id);
        }
        for (i, a) in CATALOGUE.iter().enumerate() {
            for b in &CATALOGUE[i + 1..] {
                assert_ne!(a.id, b.id, "{} and {} share an id", a.name, b.name);
                assert!(
                    !(a.kind == b.kind && a.name.eq_ignore_ascii_case(b.name)),
                    "{} listed twice",
                    a.name
                );
            }
        }
    }

    #[test]
    fn application_permissions_need_admin_consent_and_use_default_scope() {
        for p in CATALOGUE {
            if p.kind == Kind::Application {
                assert!(p.admin_consent, "{}", p.name);
                assert_eq!(p.scope, p.resource.default_scope(), "{}", p.name);
                assert_eq!(p.manifest_type(), "Role");
            } else {
                assert_eq!(p.manifest_type(), "Scope");
                assert!(p.scope.ends_with(p.name), "{} vs {}", p.scope, p.name);
            }
        }
    }

    #[test]
    fn lookup_is_case_insensitive_and_kind_specific() {
        let d = lookup("mail.send", Kind::Delegated).unwrap();
        let a = lookup("MAIL.SEND", Kind::Application).unwrap();
        assert_eq!(d.id, "e383f46e-2787-4529-855e-0e479a3ffac0");
        assert_eq!(a.id, "b633e1c5-b582-4048-a93e-9f11b44c7e96");
        assert!(lookup("IMAP.AccessAsUser.All", Kind::Application).is_none());
        assert_eq!(named("mail.send").count(), 2);
        assert_eq!(
            by_id("{652390E4-393A-48DE-9484-05F9B1212954}").map(|p| p.name),
            Some("IMAP.AccessAsUser.All")
        );
    }

    #[test]
    fn imap_smtp_scopes_use_the_outlook_resource() {
        // "Authenticate an IMAP, POP or SMTP connection using OAuth" (learn.microsoft.com).
        assert_eq!(
            IMAP_ACCESS_AS_USER.scope,
            "https://outlook.office.com/IMAP.AccessAsUser.All"
        );
        assert_eq!(SMTP_SEND.scope, "https://outlook.office.com/SMTP.Send");
        assert!(OFFLINE_ACCESS.is_oidc() && !SMTP_SEND.is_oidc());
    }

    #[test]
    fn target_requirements_match_the_kind_of_access() {
        for t in Target::ALL {
            let p = profile(t);
            assert_eq!(p.target, t);
            assert!(p.required().count() > 0, "{t:?} requires nothing");
            for perm in p.required() {
                assert_eq!(perm.kind, p.kind, "{t:?}: {} of the wrong kind", perm.name);
            }
            assert_eq!(t.app_only(), p.kind == Kind::Application);
            assert_eq!(p.authority == Authority::Tenant, t.app_only());
        }
        let yeti: Vec<_> = profile(Target::Yetiforce)
            .required()
            .map(|p| p.name)
            .collect();
        assert_eq!(
            yeti,
            [
                "IMAP.AccessAsUser.All",
                "SMTP.Send",
                "offline_access",
                "openid",
                "email"
            ]
        );
        let stat: Vec<_> = profile(Target::Statlook)
            .required()
            .map(|p| p.name)
            .collect();
        assert_eq!(stat, ["Mail.ReadWrite", "Mail.Send"]);
        assert_eq!(
            profile(Target::Yetiforce).recommended_audience(),
            Some(Audience::AzureADMultipleOrgs)
        );
        assert_eq!(
            profile(Target::Statlook).recommended_audience(),
            Some(Audience::AzureADMyOrg)
        );
        assert_eq!(profile(Target::Comarch).registration, Registration::Vendor);
        assert!(profile(Target::Comarch).audiences.is_empty());
    }
}
