//! The hand-over section as the overlay draws it: a list of [`Block`]s built here, by the worker,
//! and drawn by one small generic renderer in the overlay (`crate/overlay/src/export_panel.rs`).
//!
//! Why not one Yew component per panel: the overlay's wasm has a size budget (≤ 150 KB gzip with
//! its glue) and each component and each decoded struct type costs kilobytes there (measured:
//! typed components for this section added 45 KB gzip). With blocks, everything specific to the
//! hand-over (which values, which labels, what a result says) lives in the core, is tested on the
//! host, and costs the overlay nothing more as it grows.
//!
//! Blocks are tuple variants, externally tagged (`{"text": ["note", "…"]}`): decoding a sequence
//! needs no field names, the smallest decoder serde makes. Every string is formatted text; the
//! overlay inserts nothing as HTML.

use serde::{Deserialize, Serialize};

use crate::credcheck::{CredentialResult, ErrorView, RoleRow};
use crate::export::Format;

/// The whole hand-over section, the answer to every hand-over message.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub blocks: Vec<Block>,
    /// A file to save now (the answer to an export that succeeded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download: Option<Download>,
    /// A message for one value's row: (row key, text), e.g. after copying the secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<(String, String)>,
}

/// A file the overlay offers for download.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Download {
    pub name: String,
    pub media_type: String,
    pub content: String,
}

/// One piece of the section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Block {
    /// A part with its heading: (id, title, blocks).
    Part(String, String, Vec<Block>),
    /// A copy panel of one place in the target application: (id, title, place, rows).
    Panel(String, String, String, Vec<Block>),
    /// A value to copy: (key, label as the application shows it, shown value, hint, copy).
    Value(String, String, String, String, Copy),
    /// A result, announced to screen readers when it changes: (class, blocks).
    Status(String, Vec<Block>),
    /// A box of related blocks: (class, blocks).
    Group(String, Vec<Block>),
    /// A small heading.
    Heading(String),
    /// A paragraph: (class, text).
    Text(String, String),
    /// A list: (class, items).
    List(String, Vec<Block>),
    /// A list item: (class, bold label, text, data for styling and tests).
    Item(String, String, String, String),
    /// A field: (name, label, value, kind).
    Input(String, String, String, InputKind),
    /// A button: (label, what it does).
    Button(String, Act),
    /// A link to a Microsoft page: (text, https URL).
    Link(String, String),
}

/// What a value's copy button copies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Copy {
    /// The text itself (copied by the overlay).
    Text(String),
    /// The client secret (copied by the worker; the overlay never has it).
    Secret,
    /// Nothing yet (not captured).
    Nothing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InputKind {
    Text,
    Password,
    Url,
    Checkbox,
}

/// What a button does; the overlay turns it into a message with the fields' values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Act {
    /// `set-secret` (when the secret field holds one), then `credential-check` with the
    /// `tenant` and `client` fields.
    Check,
    /// `set-secret` with nothing: forget the secret.
    Forget,
    /// Ask the browser for the `origin` field's host, then `autofill`.
    Fill,
    /// `export` in this format, with the secret when `include-secret` is checked.
    Export(Format),
}

fn t(class: &str, text: impl Into<String>) -> Block {
    Block::Text(class.to_owned(), text.into())
}

fn item(
    class: &str,
    label: impl Into<String>,
    text: impl Into<String>,
    data: impl Into<String>,
) -> Block {
    Block::Item(class.to_owned(), label.into(), text.into(), data.into())
}

/// Words the result blocks need (the section's fixed texts, formatted by the caller).
pub struct Words {
    pub roles: String,
    pub granted: String,
    pub missing: String,
    pub not_needed: String,
    pub why: String,
    pub fix: String,
    pub entra_says: String,
    pub trace: String,
    pub correlation: String,
    pub lookup: String,
}

/// A credential check's result as blocks.
pub fn credential_result(r: &CredentialResult, w: &Words) -> Block {
    let mut out = vec![t("headline", &r.headline)];
    out.extend(r.notes.iter().map(|n| t("note", n)));
    if !r.findings.is_empty() {
        out.push(Block::List(
            "findings".into(),
            r.findings
                .iter()
                .map(|f| item(f.severity.id(), &f.label, &f.message, f.rule.id()))
                .collect(),
        ));
    }
    if !r.roles.is_empty() {
        out.push(Block::Heading(w.roles.clone()));
        out.push(Block::List(
            "roles".into(),
            r.roles.iter().map(|row| role(row, w)).collect(),
        ));
    }
    if let Some(e) = &r.error {
        out.push(error(e, w));
    }
    let mode = match r.mode {
        crate::credcheck::Mode::Token => "token",
        crate::credcheck::Mode::Offline => "offline",
        crate::credcheck::Mode::Vendor => "vendor",
    };
    Block::Status(format!("cred-result {} {mode}", r.verdict.id()), out)
}

fn role(r: &RoleRow, w: &Words) -> Block {
    let (class, word) = if !r.needed {
        ("extra", &w.not_needed)
    } else if r.granted {
        ("granted", &w.granted)
    } else {
        ("missing", &w.missing)
    };
    item(class, &r.name, word, &r.name)
}

fn error(e: &ErrorView, w: &Words) -> Block {
    let mut details = vec![
        item("why", &w.why, &e.cause, ""),
        item("fix", &w.fix, &e.fix, ""),
    ];
    if !e.entra_text.is_empty() {
        details.push(item("entra", &w.entra_says, &e.entra_text, ""));
    }
    if !e.trace_id.is_empty() {
        details.push(item("ids", &w.trace, &e.trace_id, ""));
    }
    if !e.correlation_id.is_empty() {
        details.push(item(
            "ids",
            &w.correlation,
            format!("{} ({})", e.correlation_id, e.timestamp),
            "",
        ));
    }
    let mut blocks = vec![
        t("code", format!("{} {}", e.code, e.title)),
        Block::List("details".into(), details),
    ];
    if !e.lookup_url.is_empty() {
        blocks.push(Block::Link(w.lookup.clone(), e.lookup_url.clone()));
    }
    Block::Group(format!("aadsts {}", e.code), blocks)
}
