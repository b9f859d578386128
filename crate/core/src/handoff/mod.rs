//! The hand-over: getting the values out of the portal and into the target application, and
//! proving they work first.
//!
//! - the credential check ([`crate::credcheck`]), run through the worker;
//! - copy panels: each value under the label the target application itself shows (the labels are
//!   Fluent terms in `locales/*/handoff.ftl`, so they read as the application's own words in every
//!   language); the secret is copied by the worker and cleared from the clipboard after
//!   [`CLIPBOARD_CLEAR_MS`] if it is still there;
//! - YetiForce CRM: filling its mail-account form in the admin's own tab (never submitted);
//! - export files ([`crate::export`]) from the captured values.
//!
//! Like [`crate::engine`], everything here is a pure reducer. Work that needs the browser or the
//! network is returned as an [`Effect`]; the worker shell performs it and reports back with
//! [`settle`].

use serde::{Deserialize, Serialize};

pub mod blocks;
pub use blocks::{Act, Block, Copy, Download, InputKind, Section};

use crate::checks::{Severity, Verdict};
use crate::credcheck::{
    self, CredentialResult, Given, Outcome, Prepared, SecretText, TokenRequest,
};
use crate::engine::{Output, State};
use crate::export::{self, Bundle, Consent, Format, GrantedPermission, RedirectUri, Timestamp};
use crate::guide::Field;
use crate::i18n::Arg;
use crate::permissions::{self, Registration};
use crate::protocol::{FromOverlay, ToOverlay};
use crate::{Lang, Localizer, Target};

/// How long the secret may stay in the clipboard after the admin copied it.
pub const CLIPBOARD_CLEAR_MS: u32 = 60_000;

/// What the hand-over remembers between messages (part of the worker's session state): the
/// last results, so the section can be drawn again at any time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Memory {
    /// The application roles of the last readable token, with the Application (client) ID it
    /// was issued to (for the exports' consent column of that app only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub granted: Option<Granted>,
    /// The last credential check's result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_check: Option<CredentialResult>,
    /// The last form filling's report (YetiForce).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_fill: Option<AutofillReport>,
    /// The last export's outcome, without the file's content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_export: Option<ExportFile>,
    /// The YetiForce address last filled (the browser remembers its permission).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
}

/// Application roles a token showed for one app.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Granted {
    pub client_id: String,
    pub roles: Vec<String>,
}

impl Memory {
    pub fn is_empty(&self) -> bool {
        *self == Memory::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Effects

/// Work for the worker shell (`extension/bg.js`, `crate/background`), reported back with
/// [`settle`]. Effects carry the secret where the work needs it; `Debug` never shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Effect {
    /// Request a token with the client-credentials grant (`crate/background/src/token.rs`).
    TokenRequest {
        request: TokenRequest,
        secret: SecretText,
        prepared: Box<Prepared>,
        timeout_ms: u32,
    },
    /// Fill YetiForce's mail-account form in a tab of `origin` (`chrome.scripting`), never
    /// submitting it.
    Autofill {
        origin: String,
        fields: Vec<FillField>,
    },
    /// Put the secret into the clipboard and clear it after `clear_after_ms` if it still holds it.
    CopySecret {
        secret: SecretText,
        clear_after_ms: u32,
    },
}

/// What came of an [`Effect`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum EffectResult {
    Token {
        outcome: Outcome,
    },
    Autofill {
        /// A tab of the origin was open.
        tab: bool,
        /// The mail-account form was found in it.
        form: bool,
        #[serde(default)]
        fields: Vec<FillStatus>,
        /// Why the page could not be reached (e.g. the host permission was withdrawn).
        #[serde(default)]
        error: Option<String>,
    },
    Copied {
        ok: bool,
        #[serde(default)]
        error: Option<String>,
    },
}

/// One field of YetiForce's form to fill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FillField {
    /// The form field's `name` (domain.md §7).
    pub name: String,
    pub value: SecretText,
    pub how: Fill,
}

/// How a field is filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fill {
    /// A `<select>`: the option whose value is `value`.
    Select,
    /// A text or password input.
    Text,
    /// `redirect_uri_id`: the option whose `data-redirect` equals `value`.
    RedirectOption,
}

/// What the page script did with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FillStatus {
    pub name: String,
    pub state: FillState,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FillState {
    /// Set (and `input`/`change` dispatched).
    Filled,
    /// No such field in the form.
    NoField,
    /// A select without the wanted option.
    NoOption,
    /// Nothing to fill in: the value was not captured.
    NoValue,
}

// ---------------------------------------------------------------------------------------------
// Views

/// The copy panels and export choices, as the overlay shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HandoffView {
    pub target: Target,
    pub panels: Vec<CopyPanel>,
    /// Whether the worker holds the client secret (this session).
    pub secret_stored: bool,
    /// Whether the target's form can be filled in the admin's tab (YetiForce CRM).
    pub autofill: bool,
    pub formats: Vec<FormatChoice>,
    /// The captured tenant and client IDs, to prefill the credential check.
    #[serde(default)]
    pub tenant: Option<String>,
    #[serde(default)]
    pub client: Option<String>,
}

/// One place in the target application where values go.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CopyPanel {
    pub id: String,
    /// The application (and edition), e.g. "Statlook Master".
    pub title: String,
    /// Where the form is in the application, in its own words.
    pub place: String,
    pub rows: Vec<CopyRow>,
}

/// One value in a copy panel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CopyRow {
    /// Stable id: `client-id`, `client-secret`, …
    pub key: String,
    /// The label the application shows.
    pub label: String,
    /// What it is, in the admin's language.
    pub hint: String,
    /// The value to paste or choose; `None` for the secret and for values not captured yet.
    pub value: Option<String>,
    pub kind: RowKind,
    /// Whether there is something to copy.
    pub present: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowKind {
    /// A value to paste.
    Value,
    /// The client secret (copied by the worker, never sent to the overlay).
    Secret,
    /// An option to choose in the application (shown, copyable).
    Choose,
}

/// An export format the overlay offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormatChoice {
    pub format: Format,
    pub label: String,
    /// Whether the file can carry the secret (with the explicit opt-in).
    pub carries_secret: bool,
}

/// An export file, or why there is none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportFile {
    pub target: Target,
    pub ok: bool,
    pub name: String,
    pub media_type: String,
    pub content: String,
    /// Findings (errors refuse the export; warnings come with the file), localized.
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub severity: Severity,
    pub message: String,
}

/// What the form filling did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AutofillReport {
    pub origin: String,
    pub ok: bool,
    pub headline: String,
    pub rows: Vec<FilledRow>,
    /// "Not submitted: check the form and save it in YetiForce."
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilledRow {
    pub label: String,
    /// The value as filled; the secret masked.
    pub shown: String,
    pub ok: bool,
    pub state: String,
}

// ---------------------------------------------------------------------------------------------
// The reducer

/// Handles the hand-over messages of [`FromOverlay`] (the engine passes them on). Every answer is
/// the whole hand-over [`Section`], drawn again with the latest results.
pub fn handle(state: &mut State, msg: FromOverlay) -> Output {
    let Some(target) = state.target else {
        return Output {
            reply: Some(serde_json::json!({ "type": "error", "reason": "no target chosen" })),
            ..Output::default()
        };
    };
    let l = crate::engine::cached_localizer(state.lang.unwrap_or(Lang::En));
    let effect = |e: Effect| Output {
        effect: Some(e),
        ..Output::default()
    };
    let mut notice = None;
    let mut download = None;
    match msg {
        FromOverlay::SetSecret { value } => {
            // Kept as typed (the check reports surrounding spaces); blank forgets it.
            state.secret = (!value.trim().is_empty()).then_some(value);
        }
        FromOverlay::GetHandoff => {}
        FromOverlay::CredentialCheck { tenant, client } => {
            let value = |typed: &Option<String>, f: Field| {
                typed
                    .clone()
                    .filter(|s| !s.trim().is_empty())
                    .or_else(|| state.values.get(&f).cloned())
            };
            let (tenant, client) = (
                value(&tenant, Field::TenantId),
                value(&client, Field::ClientId),
            );
            let redirect = state.values.get(&Field::RedirectUri).cloned();
            let prepared = credcheck::prepare(
                target,
                &Given {
                    tenant: tenant.as_deref(),
                    client: client.as_deref(),
                    secret: state.secret.as_deref(),
                    redirect_uri: redirect.as_deref(),
                },
            );
            // What passed the checks is remembered for the copy panels and the exports.
            if let Some(t) = &prepared.tenant {
                state.values.insert(Field::TenantId, t.clone());
            }
            if let Some(c) = &prepared.client_id {
                state.values.insert(Field::ClientId, c.clone());
            }
            match (&prepared.request, &state.secret) {
                (Some(request), Some(secret)) => {
                    return effect(Effect::TokenRequest {
                        request: request.clone(),
                        secret: SecretText(secret.trim().to_owned()),
                        prepared: Box::new(prepared.clone()),
                        timeout_ms: credcheck::DEFAULT_TIMEOUT_MS,
                    })
                }
                _ => state.handoff.last_check = Some(credcheck::report(&prepared, None, &l)),
            }
        }
        FromOverlay::Export {
            format,
            include_secret,
            created_at,
        } => {
            let mut file = export_file(state, target, format, include_secret, &created_at, &l);
            if file.ok {
                download = Some(Download {
                    name: file.name.clone(),
                    media_type: file.media_type.clone(),
                    content: std::mem::take(&mut file.content),
                });
            }
            state.handoff.last_export = Some(file);
        }
        FromOverlay::Autofill { origin } if target == Target::Yetiforce => match origin_of(&origin)
        {
            Some(origin) => {
                state.handoff.origin = Some(origin.clone());
                return effect(Effect::Autofill {
                    origin,
                    fields: yetiforce_fields(state),
                });
            }
            None => {
                state.handoff.last_fill = Some(AutofillReport {
                    origin,
                    ok: false,
                    headline: l.msg("handoff-autofill-bad-origin"),
                    rows: Vec::new(),
                    note: String::new(),
                })
            }
        },
        FromOverlay::CopySecret => match &state.secret {
            Some(s) => {
                return effect(Effect::CopySecret {
                    secret: SecretText(s.trim().to_owned()),
                    clear_after_ms: CLIPBOARD_CLEAR_MS,
                })
            }
            None => notice = Some(("client-secret".to_owned(), l.msg("handoff-copy-no-secret"))),
        },
        _ => {
            return Output {
                reply: Some(
                    serde_json::json!({ "type": "error", "reason": "not a hand-over message for this target" }),
                ),
                ..Output::default()
            }
        }
    }
    answer(state, target, &l, notice, download)
}

/// The reply: the section, drawn from the state.
fn answer(
    state: &State,
    target: Target,
    l: &Localizer,
    notice: Option<(String, String)>,
    download: Option<Download>,
) -> Output {
    let mut s = section(state, target, l);
    s.notice = notice;
    s.download = download;
    Output {
        reply: Some(serde_json::to_value(ToOverlay::Handoff(s)).expect("serializable")),
        ..Output::default()
    }
}

/// Turns the result of an effect into the reply to the message that asked for it.
pub fn settle(state: &mut State, effect: &Effect, result: EffectResult) -> Output {
    let Some(target) = state.target else {
        return Output {
            reply: Some(serde_json::json!({ "type": "error", "reason": "no target chosen" })),
            ..Output::default()
        };
    };
    let l = crate::engine::cached_localizer(state.lang.unwrap_or(Lang::En));
    let mut notice = None;
    match (effect, result) {
        (Effect::TokenRequest { prepared, .. }, EffectResult::Token { outcome }) => {
            if let (Some(roles), Some(client_id)) =
                (credcheck::granted_roles(&outcome), prepared.client_id.clone())
            {
                state.handoff.granted = Some(Granted { client_id, roles });
            }
            state.handoff.last_check = Some(credcheck::report(prepared, Some(&outcome), &l));
        }
        (
            Effect::Autofill { origin, fields },
            EffectResult::Autofill {
                tab,
                form,
                fields: done,
                error,
            },
        ) => {
            state.handoff.last_fill = Some(autofill_report(
                origin,
                fields,
                tab,
                form,
                &done,
                error.as_deref(),
                &l,
            ))
        }
        (Effect::CopySecret { clear_after_ms, .. }, EffectResult::Copied { ok, error }) => {
            let text = if ok {
                l.format(
                    "handoff-copy-secret-done",
                    &[("seconds", Arg::from((*clear_after_ms / 1000) as usize))],
                )
            } else {
                l.format(
                    "handoff-copy-failed",
                    &[("detail", Arg::from(error.unwrap_or_default()))],
                )
            };
            notice = Some(("client-secret".to_owned(), text));
        }
        _ => {
            return Output {
                reply: Some(
                    serde_json::json!({ "type": "error", "reason": "effect and result do not match" }),
                ),
                ..Output::default()
            }
        }
    }
    answer(state, target, &l, notice, None)
}

/// The hand-over section of `target`: the credential check, the copy panels, YetiForce's form
/// and the files, each with its last result.
pub fn section(state: &State, target: Target, l: &Localizer) -> Section {
    use blocks::{credential_result, Words};
    let v = view(state, target, l);
    let ui = |id: &str| l.msg(&format!("handoff-ui-{id}"));
    let input = |name: &str, label: &str, value: Option<String>, kind: InputKind| {
        Block::Input(name.to_owned(), ui(label), value.unwrap_or_default(), kind)
    };
    let mut parts = Vec::new();

    // The credential check.
    let mut cred = Vec::new();
    if permissions::profile(target).registration == Registration::Own {
        if target.app_only() {
            cred.push(input(
                "tenant",
                "cred-tenant",
                v.tenant.clone(),
                InputKind::Text,
            ));
        }
        cred.push(input(
            "client",
            "cred-client",
            v.client.clone(),
            InputKind::Text,
        ));
        if v.secret_stored {
            cred.push(Block::Group(
                "stored".into(),
                vec![
                    Block::Text("stored".into(), ui("cred-secret-stored")),
                    Block::Button(ui("cred-secret-forget"), Act::Forget),
                ],
            ));
        } else {
            cred.push(input("secret", "cred-secret", None, InputKind::Password));
        }
    }
    cred.push(Block::Button(ui("cred-check"), Act::Check));
    if let Some(r) = state
        .handoff
        .last_check
        .as_ref()
        .filter(|r| r.target == target)
    {
        let words = Words {
            roles: ui("cred-roles"),
            granted: ui("cred-granted"),
            missing: ui("cred-missing"),
            not_needed: ui("cred-not-needed"),
            why: ui("cred-why"),
            fix: ui("cred-fix"),
            entra_says: ui("cred-entra-says"),
            trace: ui("cred-trace"),
            correlation: ui("cred-correlation"),
            lookup: ui("cred-lookup"),
        };
        cred.push(credential_result(r, &words));
    }
    parts.push(Block::Part("cred".into(), ui("cred-title"), cred));

    // The copy panels.
    let panels = v
        .panels
        .iter()
        .map(|p| {
            let rows = p
                .rows
                .iter()
                .map(|r| {
                    let (shown, copy) = match (r.kind, &r.value) {
                        (RowKind::Secret, _) if r.present => (ui("hidden"), Copy::Secret),
                        (RowKind::Secret, _) => (ui("not-captured"), Copy::Nothing),
                        (_, Some(v)) => (v.clone(), Copy::Text(v.clone())),
                        (_, None) => (ui("not-captured"), Copy::Nothing),
                    };
                    Block::Value(r.key.clone(), r.label.clone(), shown, r.hint.clone(), copy)
                })
                .collect();
            Block::Panel(p.id.clone(), p.title.clone(), p.place.clone(), rows)
        })
        .collect();
    parts.push(Block::Part("copy".into(), ui("copy-title"), panels));

    // YetiForce: its form, filled in the admin's tab.
    if v.autofill {
        let mut fill = vec![
            input(
                "origin",
                "autofill-address",
                state.handoff.origin.clone(),
                InputKind::Url,
            ),
            Block::Button(ui("autofill-button"), Act::Fill),
        ];
        if let Some(r) = &state.handoff.last_fill {
            let mut blocks = vec![Block::Text("headline".into(), r.headline.clone())];
            if !r.rows.is_empty() {
                blocks.push(Block::List(
                    "filled".into(),
                    r.rows
                        .iter()
                        .map(|row| {
                            Block::Item(
                                if row.ok { "ok" } else { "not" }.into(),
                                row.label.clone(),
                                format!("{} — {}", row.shown, row.state),
                                row.state.clone(),
                            )
                        })
                        .collect(),
                ));
            }
            if !r.note.is_empty() {
                blocks.push(Block::Text("note".into(), r.note.clone()));
            }
            fill.push(Block::Status(
                format!("fill-result {}", if r.ok { "ok" } else { "error" }),
                blocks,
            ));
        }
        parts.push(Block::Part("autofill".into(), ui("autofill-title"), fill));
    }

    // The files.
    let mut files = Vec::new();
    if v.secret_stored && v.formats.iter().any(|f| f.carries_secret) {
        files.push(input(
            "include-secret",
            "export-include-secret",
            None,
            InputKind::Checkbox,
        ));
    }
    files.extend(
        v.formats
            .iter()
            .map(|f| Block::Button(f.label.clone(), Act::Export(f.format))),
    );
    if let Some(f) = state
        .handoff
        .last_export
        .as_ref()
        .filter(|f| f.target == target)
    {
        let mut blocks = Vec::new();
        if f.ok {
            blocks.push(Block::Text("file".into(), f.name.clone()));
        }
        blocks.push(Block::List(
            "problems".into(),
            f.problems
                .iter()
                .map(|p| {
                    Block::Item(
                        p.severity.id().into(),
                        String::new(),
                        p.message.clone(),
                        String::new(),
                    )
                })
                .collect(),
        ));
        files.push(Block::Status(
            format!("export-result {}", if f.ok { "ok" } else { "error" }),
            blocks,
        ));
    }
    parts.push(Block::Part("files".into(), ui("export-title"), files));
    Section {
        blocks: parts,
        download: None,
        notice: None,
    }
}

// ---------------------------------------------------------------------------------------------
// Copy panels

/// A row of a panel: key, how it is filled, and where its value comes from.
enum Source {
    /// A captured value.
    Value(Field),
    /// The client secret.
    Secret,
    /// A fixed option or setting of the application (its text is the message `handoff-<panel>-<key>-value`).
    Fixed,
}

struct PanelSpec {
    id: &'static str,
    rows: &'static [(&'static str, Source)],
}

/// The panels of each target, their rows in the order the application's form shows them
/// (seeds and domain.md §7).
fn panel_specs(target: Target) -> &'static [PanelSpec] {
    use Source::*;
    match target {
        // Settings › Mail servers (modules/Settings/MailServers, Edit.tpl field order).
        Target::Yetiforce => &[PanelSpec {
            id: "yetiforce",
            rows: &[
                ("auth-method", Fixed),
                ("provider", Fixed),
                ("client-id", Value(Field::ClientId)),
                ("client-secret", Secret),
                ("redirect-uri", Value(Field::RedirectUri)),
            ],
        }],
        // Statlook's guide, 7a (Master) and 7b (Web): client type Exchange (Confidental), then
        // Client ID, Client Secret, Tenant, Object ID (the mailbox user's).
        Target::Statlook => &[
            PanelSpec {
                id: "statlook-master",
                rows: &[
                    ("client-type", Fixed),
                    ("client-id", Value(Field::ClientId)),
                    ("client-secret", Secret),
                    ("tenant", Value(Field::TenantId)),
                    ("object-id", Value(Field::UserObjectId)),
                ],
            },
            PanelSpec {
                id: "statlook-web",
                rows: &[
                    ("client-type", Fixed),
                    ("client-id", Value(Field::ClientId)),
                    ("client-secret", Secret),
                    ("tenant", Value(Field::TenantId)),
                    ("object-id", Value(Field::UserObjectId)),
                ],
            },
        ],
        // WinClient › Konfigurace systému › Konfigurace odesílání emailů (AktionNEXT's guide).
        Target::Aktionnext => &[PanelSpec {
            id: "aktionnext",
            rows: &[
                ("authentication", Fixed),
                ("tenant", Value(Field::TenantId)),
                ("client-id", Value(Field::ClientId)),
                ("client-secret", Secret),
            ],
        }],
        // Ustawienia › Serwer pocztowy, and the ACD configuration point (Comarch's guide); no
        // app registration of the admin's: the settings only (domain.md §4).
        Target::Comarch => &[
            PanelSpec {
                id: "comarch-smtp",
                rows: &[
                    ("auth-method", Fixed),
                    ("server", Fixed),
                    ("port", Fixed),
                    ("encryption", Fixed),
                ],
            },
            PanelSpec {
                id: "comarch-imap",
                rows: &[
                    ("account-type", Fixed),
                    ("server", Fixed),
                    ("port", Fixed),
                    ("auth-method", Fixed),
                ],
            },
        ],
    }
}

fn value_of(state: &State, f: Field) -> Option<String> {
    state
        .values
        .get(&f)
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// The copy panels and export choices for `target`.
pub fn view(state: &State, target: Target, l: &Localizer) -> HandoffView {
    let panels = panel_specs(target)
        .iter()
        .map(|spec| {
            let rows = spec
                .rows
                .iter()
                .map(|(key, source)| {
                    let id = format!("handoff-{}-{key}", spec.id);
                    let (value, kind, present) = match source {
                        Source::Value(f) => {
                            let v = value_of(state, *f);
                            let present = v.is_some();
                            (v, RowKind::Value, present)
                        }
                        Source::Secret => (None, RowKind::Secret, state.secret.is_some()),
                        Source::Fixed => {
                            (Some(l.msg(&format!("{id}-value"))), RowKind::Choose, true)
                        }
                    };
                    CopyRow {
                        key: (*key).to_owned(),
                        label: l.msg(&id),
                        hint: l.msg(&format!("{id}.hint")),
                        value,
                        kind,
                        present,
                    }
                })
                .collect();
            CopyPanel {
                id: spec.id.to_owned(),
                title: l.msg(&format!("handoff-panel-{}", spec.id)),
                place: l.msg(&format!("handoff-panel-{}.place", spec.id)),
                rows,
            }
        })
        .collect();
    let own = permissions::profile(target).registration == Registration::Own;
    let formats = Format::ALL
        .into_iter()
        .filter(|f| own || matches!(f, Format::Json | Format::Env))
        .map(|f| FormatChoice {
            format: f,
            label: l.msg(&format!("handoff-format-{}", f.id())),
            carries_secret: f.can_carry_secret(),
        })
        .collect();
    HandoffView {
        target,
        panels,
        secret_stored: state.secret.is_some(),
        autofill: target == Target::Yetiforce,
        formats,
        tenant: value_of(state, Field::TenantId),
        client: value_of(state, Field::ClientId),
    }
}

// ---------------------------------------------------------------------------------------------
// YetiForce: filling the form

/// The origin (`https://host[:port]`) of what the admin typed as their YetiForce address, or
/// `None` when it is not an https address. A path, query or fragment is dropped; a bare host
/// gets `https://`.
pub fn origin_of(input: &str) -> Option<String> {
    let s = input.trim();
    let rest = match s.split_once("://") {
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("https") => rest,
        Some(_) => return None,
        None => s,
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return None;
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    };
    let host = host.strip_suffix('.').unwrap_or(host).to_ascii_lowercase();
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
    };
    if host.is_empty() || host.len() > 253 || !host.split('.').all(label_ok) {
        return None;
    }
    let port = match port {
        None => String::new(),
        Some(p) => {
            let n: u16 = p.parse().ok().filter(|n| *n > 0)?;
            if n == 443 {
                String::new()
            } else {
                format!(":{n}")
            }
        }
    };
    Some(format!("https://{host}{port}"))
}

/// The value YetiForce's `oauth_provider` select needs for Microsoft: the provider's class name
/// (`App\Integrations\OAuth\MSAzure`, `OAuth::getProviders()` keys by `getName()`).
pub const YETIFORCE_PROVIDER: &str = "MSAzure";

/// YetiForce's form fields, in the form's order (domain.md §7).
fn yetiforce_fields(state: &State) -> Vec<FillField> {
    let text = |s: &str| SecretText(s.to_owned());
    let mut out = vec![
        FillField {
            name: "auth_method".into(),
            value: text("oauth2"),
            how: Fill::Select,
        },
        FillField {
            name: "oauth_provider".into(),
            value: text(YETIFORCE_PROVIDER),
            how: Fill::Select,
        },
    ];
    if let Some(c) = value_of(state, Field::ClientId) {
        out.push(FillField {
            name: "client_id".into(),
            value: SecretText(c),
            how: Fill::Text,
        });
    }
    if let Some(s) = &state.secret {
        out.push(FillField {
            name: "client_secret".into(),
            value: text(s.trim()),
            how: Fill::Text,
        });
    }
    if let Some(r) = value_of(state, Field::RedirectUri) {
        out.push(FillField {
            name: "redirect_uri_id".into(),
            value: SecretText(r),
            how: Fill::RedirectOption,
        });
    }
    out
}

/// The message naming a YetiForce field (the label YetiForce shows).
fn yetiforce_label(name: &str) -> &'static str {
    match name {
        "auth_method" => "handoff-yetiforce-auth-method",
        "oauth_provider" => "handoff-yetiforce-provider",
        "client_id" => "handoff-yetiforce-client-id",
        "client_secret" => "handoff-yetiforce-client-secret",
        _ => "handoff-yetiforce-redirect-uri",
    }
}

/// The fields YetiForce needs for OAuth, whether or not a value was captured.
const YETIFORCE_FIELDS: [&str; 5] = [
    "auth_method",
    "oauth_provider",
    "client_id",
    "client_secret",
    "redirect_uri_id",
];

/// The secret as the report shows it: its length only.
fn masked(l: &Localizer, secret: &str) -> String {
    l.format(
        "handoff-masked",
        &[("length", Arg::from(secret.chars().count()))],
    )
}

fn autofill_report(
    origin: &str,
    fields: &[FillField],
    tab: bool,
    form: bool,
    done: &[FillStatus],
    error: Option<&str>,
    l: &Localizer,
) -> AutofillReport {
    let note = l.msg("handoff-autofill-not-submitted");
    let failed = |headline: String| AutofillReport {
        origin: origin.to_owned(),
        ok: false,
        headline,
        rows: Vec::new(),
        note: String::new(),
    };
    if let Some(e) = error {
        return failed(l.format(
            "handoff-autofill-error",
            &[("origin", Arg::from(origin)), ("detail", Arg::from(e))],
        ));
    }
    if !tab {
        return failed(l.format("handoff-autofill-no-tab", &[("origin", Arg::from(origin))]));
    }
    if !form {
        return failed(l.format("handoff-autofill-no-form", &[("origin", Arg::from(origin))]));
    }
    let rows: Vec<FilledRow> = YETIFORCE_FIELDS
        .iter()
        .map(|name| {
            let field = fields.iter().find(|f| f.name == *name);
            let state = match field {
                None => FillState::NoValue,
                Some(_) => done
                    .iter()
                    .find(|d| d.name == *name)
                    .map_or(FillState::NoField, |d| d.state),
            };
            let shown = match field {
                None => String::new(),
                Some(f) if *name == "client_secret" => masked(l, &f.value.0),
                Some(_) if *name == "auth_method" => l.msg("handoff-yetiforce-auth-method-value"),
                Some(_) if *name == "oauth_provider" => l.msg("handoff-yetiforce-provider-value"),
                Some(f) => f.value.0.clone(),
            };
            let state_id = match state {
                FillState::Filled => "filled",
                FillState::NoField => "no-field",
                FillState::NoOption => "no-option",
                FillState::NoValue => "no-value",
            };
            FilledRow {
                label: l.msg(yetiforce_label(name)),
                shown,
                ok: state == FillState::Filled,
                state: l.msg(&format!("handoff-fill-{state_id}")),
            }
        })
        .collect();
    let missing = rows.iter().filter(|r| !r.ok).count();
    AutofillReport {
        origin: origin.to_owned(),
        ok: missing == 0,
        headline: if missing == 0 {
            l.format("handoff-autofill-done", &[("origin", Arg::from(origin))])
        } else {
            l.format(
                "handoff-autofill-partly",
                &[("origin", Arg::from(origin)), ("count", Arg::from(missing))],
            )
        },
        rows,
        note,
    }
}

// ---------------------------------------------------------------------------------------------
// Export files

/// The bundle of what was captured, or the captured values it still lacks.
pub fn bundle_of(
    state: &State,
    target: Target,
    include_secret: bool,
    created_at: Timestamp,
) -> Result<Bundle, Vec<Field>> {
    let profile = permissions::profile(target);
    let own = profile.registration == Registration::Own;
    let mut missing = Vec::new();
    let mut need = |f: Field| {
        let v = value_of(state, f);
        if v.is_none() {
            missing.push(f);
        }
        v.unwrap_or_default()
    };
    let tenant_id = need(Field::TenantId);
    let client_id = need(Field::ClientId);
    let app_name = if own {
        need(Field::AppName)
    } else {
        value_of(state, Field::AppName).unwrap_or_default()
    };
    let application_object_id = if own {
        Some(need(Field::ObjectId))
    } else {
        None
    };
    let user_object_id = if target == Target::Statlook {
        Some(need(Field::UserObjectId))
    } else {
        None
    };
    let secret = if own {
        let id = need(Field::SecretId);
        let expires = need(Field::SecretExpiry);
        let parsed = crate::checks::ids::Date::parse(&expires);
        if !expires.is_empty() && parsed.is_none() {
            missing.push(Field::SecretExpiry);
        }
        parsed.map(|expires| export::Secret {
            value: if include_secret {
                state.secret.as_ref().map(|s| s.trim().to_owned())
            } else {
                None
            },
            id,
            description: String::new(),
            expires,
        })
    } else {
        None
    };
    if !missing.is_empty() {
        return Err(missing);
    }
    // Consent is what a token showed for this very app; otherwise it is not assumed.
    let granted = state
        .handoff
        .granted
        .as_ref()
        .filter(|g| crate::checks::ids::Guid::parse(&g.client_id) == crate::checks::ids::Guid::parse(&client_id))
        .map(|g| g.roles.clone())
        .unwrap_or_default();
    let permissions = profile
        .required()
        .map(|p| GrantedPermission {
            name: p.name.to_owned(),
            kind: p.kind,
            consent: if !p.admin_consent || granted.iter().any(|r| r.eq_ignore_ascii_case(p.name)) {
                Consent::Granted
            } else {
                Consent::NotGranted
            },
        })
        .collect();
    let redirect_uris = match (value_of(state, Field::RedirectUri), profile.platform) {
        (Some(uri), Some(platform)) => vec![RedirectUri { uri, platform }],
        _ => Vec::new(),
    };
    Ok(Bundle {
        version: export::BUNDLE_VERSION,
        target,
        lang: state.lang.unwrap_or(Lang::En),
        app_name,
        tenant_id,
        client_id,
        application_object_id,
        service_principal_object_id: value_of(state, Field::ServicePrincipalObjectId),
        user_object_id,
        // The guide has the admin choose the recommended supported account type.
        audience: if own {
            profile.recommended_audience()
        } else {
            None
        },
        redirect_uris,
        permissions,
        secret,
        created_at,
    })
}

fn export_file(
    state: &State,
    target: Target,
    format: Format,
    include_secret: bool,
    created_at: &str,
    l: &Localizer,
) -> ExportFile {
    let refused = |problems: Vec<Problem>| ExportFile {
        target,
        ok: false,
        name: format.file_name(target),
        media_type: format.media_type().to_owned(),
        content: String::new(),
        problems,
    };
    let error = |message: String| Problem {
        severity: Severity::Error,
        message,
    };
    let Some(now) = Timestamp::parse(created_at) else {
        return refused(vec![error(l.msg("handoff-export-bad-time"))]);
    };
    let include_secret = include_secret && format.can_carry_secret();
    let bundle = match bundle_of(state, target, include_secret, now) {
        Ok(b) => b,
        Err(missing) => {
            let names: Vec<String> = missing.iter().map(|f| l.msg(&f.message_id())).collect();
            return refused(vec![error(l.format(
                "handoff-export-missing",
                &[
                    ("fields", Arg::from(names.join(", "))),
                    ("count", Arg::from(names.len())),
                ],
            ))]);
        }
    };
    let findings = export::validate(&bundle, now.date());
    let problems: Vec<Problem> = findings
        .iter()
        .map(|f| Problem {
            severity: f.severity(),
            message: format!("{}: {}", f.field, f.message(l)),
        })
        .collect();
    if Verdict::of(&findings.iter().map(|f| f.check.clone()).collect::<Vec<_>>()) == Verdict::Error
    {
        return refused(problems);
    }
    let opts = export::Options {
        include_secret,
        lang: state.lang.unwrap_or(Lang::En),
    };
    match export::render(&export::normalized(&bundle), format, &opts) {
        Ok(content) => ExportFile {
            target,
            ok: true,
            name: format.file_name(target),
            media_type: format.media_type().to_owned(),
            content,
            problems,
        },
        Err(e) => refused(vec![error(e.message(l))]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credcheck::{Claims, ErrorBody};
    use crate::engine::{handle as engine_handle, Sender};
    use serde_json::json;

    const TENANT: &str = "a4528e4a-1f6e-4572-9c7d-e5cf6e2bfc83";
    const CLIENT: &str = "a28e34be-b03a-4d57-a136-cb24746c7870";
    const SECRET: &str = "gJT7Q~ihA~2O76UMFxFkM~R5Kjp-1vRt_1fjO";
    const REDIRECT: &str = "https://crm.example.com/webservice/OAuth/MailAccount/3f2a";
    const NOW: &str = "2026-03-02T13:05:09.512Z";

    fn ext() -> Sender {
        Sender::Extension {
            url: "chrome-extension://x/overlay.html".into(),
            tab: None,
        }
    }

    fn send(s: &mut State, msg: serde_json::Value) -> Output {
        engine_handle(s, &ext(), msg)
    }

    fn chosen(target: Target, lang: Lang) -> State {
        let mut s = State::default();
        send(
            &mut s,
            json!({"type":"choose","target":target.id(),"lang":lang.code()}),
        );
        s
    }

    /// Every value a full export needs, as the guide captures them.
    fn captured(s: &mut State) {
        for (f, v) in [
            (Field::TenantId, TENANT),
            (Field::ClientId, CLIENT),
            (Field::AppName, "Statlook mail"),
            (Field::ObjectId, "03d980eb-4f7a-4a72-91b0-d194ac90587f"),
            (Field::UserObjectId, "876f66b3-1df7-4995-b60f-455279f9c985"),
            (Field::SecretId, "19fe525e-8978-4d17-8ad6-ac0e9c91333a"),
            (Field::SecretExpiry, "3/1/2028"),
            (
                Field::RedirectUri,
                "https://login.microsoftonline.com/common/oauth2/nativeclient",
            ),
        ] {
            s.values.insert(f, v.to_owned());
        }
    }

    /// The section an answer carries (the `type` field of the wire format is ignored).
    fn section_of(out: &Output) -> Section {
        let reply = out.reply.clone().expect("a reply");
        assert_eq!(reply["type"], "handoff", "{reply}");
        serde_json::from_value(reply).expect("a section")
    }

    fn part<'a>(s: &'a Section, id: &str) -> &'a [Block] {
        s.blocks
            .iter()
            .find_map(|b| match b {
                Block::Part(i, _, blocks) if i == id => Some(blocks.as_slice()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no part {id}"))
    }

    /// The value rows of a panel: key → (label, shown, copy).
    fn rows(s: &Section, panel: &str) -> Vec<(String, String, String, Copy)> {
        part(s, "copy")
            .iter()
            .find_map(|b| match b {
                Block::Panel(i, _, _, rows) if i == panel => Some(rows),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no panel {panel}"))
            .iter()
            .map(|b| match b {
                Block::Value(k, label, shown, _, copy) => {
                    (k.clone(), label.clone(), shown.clone(), copy.clone())
                }
                other => panic!("{other:?}"),
            })
            .collect()
    }

    fn row(s: &Section, panel: &str, key: &str) -> (String, String, Copy) {
        let (_, l, shown, c) = rows(s, panel).into_iter().find(|r| r.0 == key).unwrap();
        (l, shown, c)
    }

    /// The first status block of a part, as (class, all its text).
    fn status(s: &Section, id: &str) -> Option<(String, String)> {
        fn text(b: &Block, out: &mut String) {
            match b {
                Block::Status(_, bs) | Block::Group(_, bs) | Block::List(_, bs) => {
                    bs.iter().for_each(|b| text(b, out))
                }
                Block::Text(_, t) | Block::Heading(t) => out.push_str(&format!("{t}\n")),
                Block::Item(c, l, t, d) => out.push_str(&format!("[{c}|{d}] {l}: {t}\n")),
                Block::Link(t, h) => out.push_str(&format!("{t} <{h}>\n")),
                _ => {}
            }
        }
        part(s, id).iter().find_map(|b| match b {
            Block::Status(class, _) => {
                let mut out = String::new();
                text(b, &mut out);
                Some((class.clone(), out))
            }
            _ => None,
        })
    }

    fn inputs(s: &Section, id: &str) -> Vec<(String, String)> {
        fn walk(bs: &[Block], out: &mut Vec<(String, String)>) {
            for b in bs {
                match b {
                    Block::Input(n, _, v, _) => out.push((n.clone(), v.clone())),
                    Block::Group(_, bs) => walk(bs, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(part(s, id), &mut out);
        out
    }

    #[test]
    fn the_secret_is_kept_in_state_and_never_sent_to_the_overlay() {
        let mut s = chosen(Target::Statlook, Lang::En);
        let out = send(&mut s, json!({"type":"set-secret","value":SECRET}));
        assert_eq!(s.secret.as_deref(), Some(SECRET));
        assert!(!out.reply.as_ref().unwrap().to_string().contains(SECRET));
        let sec = section_of(&out);
        for panel in ["statlook-master", "statlook-web"] {
            assert_eq!(
                row(&sec, panel, "client-secret"),
                (
                    "Client Secret".replace(
                        "Secret",
                        if panel == "statlook-web" {
                            "secret"
                        } else {
                            "Secret"
                        }
                    ),
                    "hidden".into(),
                    Copy::Secret
                )
            );
        }
        // Once kept, the secret field gives way to "forget it".
        assert!(!inputs(&sec, "cred").iter().any(|(n, _)| n == "secret"));
        // The overlay state never carries it either.
        let st = send(&mut s, json!({"type":"get-state"}));
        assert!(!st.reply.unwrap().to_string().contains(SECRET));
        // Blank forgets it.
        let out = send(&mut s, json!({"type":"set-secret","value":"  "}));
        assert_eq!(s.secret, None);
        assert!(inputs(&section_of(&out), "cred")
            .iter()
            .any(|(n, _)| n == "secret"));
    }

    #[test]
    fn copy_panels_use_the_applications_own_labels_per_language() {
        let label = |target: Target, lang: Lang, panel: &str, key: &str| -> String {
            let mut s = chosen(target, lang);
            row(
                &section_of(&send(&mut s, json!({"type":"get-handoff"}))),
                panel,
                key,
            )
            .0
        };
        // AktionNEXT labels its field "Client secret ID" in every language (seeds/003).
        for lang in Lang::ALL {
            assert_eq!(
                label(Target::Aktionnext, lang, "aktionnext", "client-secret"),
                "Client secret ID"
            );
        }
        // YetiForce's Polish interface (seeds/000); it has no Czech one, so Czech shows English.
        assert_eq!(
            label(Target::Yetiforce, Lang::Pl, "yetiforce", "client-secret"),
            "Klucz tajny klienta"
        );
        assert_eq!(
            label(Target::Yetiforce, Lang::En, "yetiforce", "client-secret"),
            "Client secret"
        );
        assert_eq!(
            label(Target::Yetiforce, Lang::Cs, "yetiforce", "client-secret"),
            "Client secret"
        );
        // Statlook Web in Polish: Id klienta, Sekret klienta, Najemca, Id obiektu (seeds/002).
        assert_eq!(
            label(Target::Statlook, Lang::Pl, "statlook-web", "tenant"),
            "Najemca"
        );
        assert_eq!(
            label(Target::Statlook, Lang::Pl, "statlook-master", "tenant"),
            "Tenant"
        );
        assert_eq!(
            label(Target::Comarch, Lang::En, "comarch-smtp", "server"),
            "Nazwa serwera"
        );
        for target in Target::ALL {
            for lang in Lang::ALL {
                let l = Localizer::new(lang);
                let mut s = chosen(target, lang);
                captured(&mut s);
                let v = view(&s, target, &l);
                assert!(!v.panels.is_empty());
                for row in v.panels.iter().flat_map(|p| &p.rows) {
                    assert!(
                        !row.label.is_empty() && !row.hint.is_empty(),
                        "{target:?} {lang:?} {}",
                        row.key
                    );
                    if row.kind == RowKind::Choose {
                        assert!(row.value.is_some());
                    }
                }
                section(&s, target, &l);
                assert!(
                    l.errors().is_empty(),
                    "{target:?} {lang:?}: {:?}",
                    l.errors()
                );
            }
        }
        // Captured values fill the rows; the Statlook Object ID is the mailbox user's.
        let mut s = chosen(Target::Statlook, Lang::En);
        captured(&mut s);
        let sec = section_of(&send(&mut s, json!({"type":"get-handoff"})));
        let object = "876f66b3-1df7-4995-b60f-455279f9c985";
        assert_eq!(
            row(&sec, "statlook-master", "object-id").2,
            Copy::Text(object.into())
        );
        assert_eq!(
            row(&sec, "statlook-master", "client-type").1,
            "Exchange (Confidental)"
        );
        assert_eq!(
            row(&sec, "statlook-master", "client-secret").2,
            Copy::Nothing
        );
        // The captured IDs prefill the credential check.
        assert_eq!(
            inputs(&sec, "cred"),
            [
                ("tenant".into(), TENANT.into()),
                ("client".into(), CLIENT.into()),
                ("secret".into(), String::new())
            ]
        );
    }

    #[test]
    fn app_only_check_asks_the_shell_for_a_token_and_settles_with_roles() {
        let mut s = chosen(Target::Aktionnext, Lang::En);
        send(&mut s, json!({"type":"set-secret","value":SECRET}));
        let out = send(
            &mut s,
            json!({"type":"credential-check","tenant":TENANT,"client":CLIENT.to_uppercase()}),
        );
        assert!(out.reply.is_none(), "the reply waits for the token request");
        let effect = out.effect.clone().expect("a token request");
        let Effect::TokenRequest {
            request, secret, ..
        } = &effect
        else {
            panic!("{effect:?}")
        };
        assert_eq!(secret.0, SECRET);
        assert!(request
            .url
            .ends_with(&format!("{TENANT}/oauth2/v2.0/token")));
        assert_eq!(request.client_id, CLIENT, "lowercased");
        assert!(
            !format!("{effect:?}").contains(SECRET),
            "Debug hides the secret"
        );
        // What passed the checks is remembered.
        assert_eq!(
            s.values.get(&Field::ClientId).map(String::as_str),
            Some(CLIENT)
        );
        let claims = Claims {
            roles: vec!["Mail.Send".into()],
            ..Claims::default()
        };
        let out = settle(
            &mut s,
            &effect,
            EffectResult::Token {
                outcome: Outcome::Token {
                    claims: Some(claims),
                },
            },
        );
        let (class, text) = status(&section_of(&out), "cred").expect("a result");
        assert_eq!(class, "cred-result ok token");
        assert!(
            text.contains("[granted|Mail.Send] Mail.Send: granted"),
            "{text}"
        );
        assert_eq!(
            s.handoff.granted,
            Some(Granted { client_id: CLIENT.into(), roles: vec!["Mail.Send".into()] })
        );
        // An AADSTS error is explained, and does not forget roles seen before.
        let body = ErrorBody {
            error: "invalid_client".into(),
            error_codes: vec![7000222],
            ..ErrorBody::default()
        };
        let out = settle(
            &mut s,
            &effect,
            EffectResult::Token {
                outcome: Outcome::Refused { status: 401, body },
            },
        );
        let (class, text) = status(&section_of(&out), "cred").unwrap();
        assert_eq!(class, "cred-result error token");
        assert!(
            text.contains("AADSTS7000222 The client secret has expired"),
            "{text}"
        );
        assert!(s.handoff.granted.is_some());
        // A result of the wrong kind is refused.
        let out = settle(
            &mut s,
            &effect,
            EffectResult::Copied {
                ok: true,
                error: None,
            },
        );
        assert_eq!(out.reply.unwrap()["type"], "error");
        // The result belongs to its target.
        send(&mut s, json!({"type":"choose","target":"statlook"}));
        assert!(status(
            &section_of(&send(&mut s, json!({"type":"get-handoff"}))),
            "cred"
        )
        .is_none());
    }

    #[test]
    fn checks_without_a_request_answer_at_once() {
        // No secret yet: nothing to send.
        let mut s = chosen(Target::Statlook, Lang::Pl);
        let out = send(
            &mut s,
            json!({"type":"credential-check","tenant":TENANT,"client":CLIENT}),
        );
        assert!(out.effect.is_none());
        let (class, text) = status(&section_of(&out), "cred").unwrap();
        assert_eq!(class, "cred-result error offline");
        assert!(text.contains("Wpisz wartość klucza tajnego"), "{text}");
        // YetiForce: delegated, checked offline with the captured values.
        let mut s = chosen(Target::Yetiforce, Lang::En);
        s.values.insert(Field::ClientId, CLIENT.into());
        s.values.insert(Field::RedirectUri, REDIRECT.into());
        send(&mut s, json!({"type":"set-secret","value":SECRET}));
        let out = send(&mut s, json!({"type":"credential-check"}));
        assert!(out.effect.is_none());
        let (class, text) = status(&section_of(&out), "cred").unwrap();
        assert_eq!(class, "cred-result ok offline", "{text}");
        assert!(text.contains("sign in with its Microsoft button"), "{text}");
        // Before a target is chosen there is nothing to check.
        let mut s = State::default();
        assert_eq!(
            send(&mut s, json!({"type":"credential-check"}))
                .reply
                .unwrap()["type"],
            "error"
        );
    }

    #[test]
    fn origins_are_https_hosts_only() {
        assert_eq!(
            origin_of("https://CRM.example.com/index.php?module=MailServers&view=Edit").as_deref(),
            Some("https://crm.example.com")
        );
        assert_eq!(
            origin_of("crm.example.com").as_deref(),
            Some("https://crm.example.com")
        );
        assert_eq!(
            origin_of("https://crm.example.com:8443/").as_deref(),
            Some("https://crm.example.com:8443")
        );
        assert_eq!(
            origin_of("https://crm.example.com:443").as_deref(),
            Some("https://crm.example.com")
        );
        assert_eq!(
            origin_of("http://crm.example.com"),
            None,
            "the optional host permission is https only"
        );
        assert_eq!(origin_of("https://user:pw@crm.example.com"), None);
        assert_eq!(origin_of("https://crm example.com"), None);
        assert_eq!(origin_of("https://crm.example.com:0"), None);
        assert_eq!(origin_of("javascript:alert(1)"), None);
        assert_eq!(origin_of(""), None);
    }

    #[test]
    fn yetiforce_form_is_filled_from_captured_values_and_reported_masked() {
        let mut s = chosen(Target::Yetiforce, Lang::En);
        s.values.insert(Field::ClientId, CLIENT.into());
        s.values.insert(Field::RedirectUri, REDIRECT.into());
        send(&mut s, json!({"type":"set-secret","value":SECRET}));
        let out = send(
            &mut s,
            json!({"type":"autofill","origin":"https://crm.example.com/index.php"}),
        );
        let effect = out.effect.expect("an autofill effect");
        let Effect::Autofill { origin, fields } = &effect else {
            panic!()
        };
        assert_eq!(origin, "https://crm.example.com");
        let by = |n: &str| fields.iter().find(|f| f.name == n).unwrap();
        assert_eq!(by("auth_method").value.0, "oauth2");
        assert_eq!(by("oauth_provider").value.0, "MSAzure");
        assert_eq!(by("client_secret").value.0, SECRET);
        assert_eq!(
            (
                by("redirect_uri_id").value.0.as_str(),
                by("redirect_uri_id").how
            ),
            (REDIRECT, Fill::RedirectOption)
        );
        let done: Vec<FillStatus> = fields
            .iter()
            .map(|f| FillStatus {
                name: f.name.clone(),
                state: if f.name == "redirect_uri_id" {
                    FillState::NoOption
                } else {
                    FillState::Filled
                },
            })
            .collect();
        let out = settle(
            &mut s,
            &effect,
            EffectResult::Autofill {
                tab: true,
                form: true,
                fields: done,
                error: None,
            },
        );
        assert!(
            !out.reply.as_ref().unwrap().to_string().contains(SECRET),
            "the report masks the secret"
        );
        let sec = section_of(&out);
        let (class, text) = status(&sec, "autofill").unwrap();
        assert_eq!(class, "fill-result error");
        assert!(text.contains("(37 characters)"), "{text}");
        assert!(
            text.contains(&format!("[ok|filled in] Client ID: {CLIENT}")),
            "{text}"
        );
        assert!(text.contains("[not|no option with this address"), "{text}");
        assert!(text.contains("except one field"), "{text}");
        // The address is remembered for next time.
        assert_eq!(
            inputs(&sec, "autofill"),
            [("origin".into(), "https://crm.example.com".into())]
        );
        // Without a tab of the origin, or without the form, nothing was filled.
        let out = settle(
            &mut s,
            &effect,
            EffectResult::Autofill {
                tab: false,
                form: false,
                fields: vec![],
                error: None,
            },
        );
        assert!(status(&section_of(&out), "autofill")
            .unwrap()
            .1
            .contains("No tab shows https://crm.example.com"));
        // A bad address is refused before anything happens; other targets have no form to fill.
        let bad = send(&mut s, json!({"type":"autofill","origin":"ftp://x"}));
        assert!(bad.effect.is_none());
        assert!(status(&section_of(&bad), "autofill")
            .unwrap()
            .1
            .contains("starting with https://"));
        let mut other = chosen(Target::Statlook, Lang::En);
        let sec = section_of(&send(&mut other, json!({"type":"get-handoff"})));
        assert!(!sec
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Part(id, _, _) if id == "autofill")));
        assert_eq!(
            send(
                &mut other,
                json!({"type":"autofill","origin":"https://x.example"})
            )
            .reply
            .unwrap()["type"],
            "error"
        );
    }

    #[test]
    fn copying_the_secret_is_the_workers_job_and_clears_after_a_minute() {
        let mut s = chosen(Target::Aktionnext, Lang::Cs);
        let out = send(&mut s, json!({"type":"copy-secret"}));
        let notice = section_of(&out).notice.unwrap();
        assert_eq!(notice.0, "client-secret");
        send(
            &mut s,
            json!({"type":"set-secret","value":format!(" {SECRET} ")}),
        );
        let out = send(&mut s, json!({"type":"copy-secret"}));
        let effect = out.effect.expect("a copy effect");
        assert_eq!(
            effect,
            Effect::CopySecret {
                secret: SecretText(SECRET.into()),
                clear_after_ms: 60_000
            }
        );
        let out = settle(
            &mut s,
            &effect,
            EffectResult::Copied {
                ok: true,
                error: None,
            },
        );
        assert!(section_of(&out).notice.unwrap().1.contains("60 s"));
    }

    #[test]
    fn exports_come_from_captured_values_with_the_secret_only_on_request() {
        let mut s = chosen(Target::Statlook, Lang::En);
        send(&mut s, json!({"type":"set-secret","value":SECRET}));
        let export = |s: &mut State, format: &str, include: bool| {
            section_of(&send(
                s,
                json!({"type":"export","format":format,"include_secret":include,"created_at":NOW}),
            ))
        };
        let sec = export(&mut s, "json", true);
        assert!(sec.download.is_none());
        let (class, text) = status(&sec, "files").unwrap();
        assert_eq!(class, "export-result error");
        assert!(text.contains("Not captured yet"), "{text}");
        captured(&mut s);
        // Consent unknown (no token seen): the export says so rather than claiming it.
        let sec = export(&mut s, "json", false);
        assert!(sec.download.is_none());
        assert!(status(&sec, "files").unwrap().1.contains("admin consent"));
        // Roles a token showed for another app say nothing about this one.
        s.handoff.granted = Some(Granted { client_id: "0f8fad5b-d9cb-469f-a165-70867728950e".into(), roles: vec!["Mail.ReadWrite".into(), "Mail.Send".into()] });
        assert!(export(&mut s, "json", false).download.is_none());
        s.handoff.granted = Some(Granted { client_id: CLIENT.to_uppercase(), roles: vec!["Mail.ReadWrite".into(), "Mail.Send".into()] });
        let sec = export(&mut s, "json", false);
        let file = sec.download.clone().expect("a file");
        assert_eq!(
            (file.name.as_str(), file.media_type.as_str()),
            ("regpilot-statlook.json", "application/json")
        );
        assert!(!file.content.contains(SECRET));
        assert_eq!(status(&sec, "files").unwrap().0, "export-result ok");
        assert!(
            s.handoff.last_export.as_ref().unwrap().content.is_empty(),
            "the state keeps no file"
        );
        let bundle = Bundle::from_json(&file.content).unwrap();
        assert_eq!(
            bundle.secret.as_ref().unwrap().expires.to_string(),
            "2028-03-01"
        );
        assert_eq!(
            bundle.created_at,
            Timestamp::parse("2026-03-02T13:05:09Z").unwrap()
        );
        let env = export(&mut s, "env", true).download.unwrap();
        assert!(env
            .content
            .contains(&format!("REGPILOT_CLIENT_SECRET='{SECRET}'")));
        // Scripts never carry it, even when asked.
        let az = export(&mut s, "az", true).download.expect("a script");
        assert!(!az.content.contains(SECRET));
        assert_eq!(az.name, "regpilot-statlook.sh");
        let bad_time = section_of(&send(
            &mut s,
            json!({"type":"export","format":"ics","created_at":"yesterday"}),
        ));
        assert!(bad_time.download.is_none());
        // The files offered: every format, and the opt-in for the secret since one is kept.
        let sec = section_of(&send(&mut s, json!({"type":"get-handoff"})));
        let acts: Vec<Act> = part(&sec, "files")
            .iter()
            .filter_map(|b| match b {
                Block::Button(_, a) => Some(*a),
                _ => None,
            })
            .collect();
        assert_eq!(acts, Format::ALL.map(Act::Export));
        assert!(inputs(&sec, "files")
            .iter()
            .any(|(n, _)| n == "include-secret"));
        // Comarch DMS offers no app-registration scripts.
        let mut c = chosen(Target::Comarch, Lang::En);
        let sec = section_of(&send(&mut c, json!({"type":"get-handoff"})));
        let acts: Vec<Act> = part(&sec, "files")
            .iter()
            .filter_map(|b| match b {
                Block::Button(_, a) => Some(*a),
                _ => None,
            })
            .collect();
        assert_eq!(acts, [Act::Export(Format::Json), Act::Export(Format::Env)]);
        assert_eq!(inputs(&sec, "cred"), [], "nothing of the admin's to check");
    }

    #[test]
    fn blocks_travel_as_small_tuples() {
        let b = Block::Text("note".into(), "x".into());
        assert_eq!(
            serde_json::to_string(&b).unwrap(),
            r#"{"text":["note","x"]}"#
        );
        assert_eq!(
            serde_json::to_string(&Act::Export(Format::Pwsh)).unwrap(),
            r#"{"export":"pwsh"}"#
        );
        assert_eq!(serde_json::to_string(&Copy::Secret).unwrap(), r#""secret""#);
    }

    #[test]
    fn handoff_texts_are_translated_or_the_applications_own_words() {
        for lang in [Lang::Pl, Lang::Cs] {
            let r = crate::i18n_report::completeness(lang);
            let ours: Vec<&str> = r
                .identical
                .iter()
                .chain(&r.missing)
                .filter(|u| u.file == "handoff.ftl")
                .map(|u| u.id.as_str())
                .collect();
            assert!(ours.is_empty(), "{lang:?}: untranslated {ours:?}");
        }
    }
}
