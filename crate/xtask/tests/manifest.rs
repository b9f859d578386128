//! The manifest's exact permission set: nothing creeps in unused (issue: least privilege).
//! A change here must come with the feature that needs it and a reason in ARCHITECTURE.md.

use serde_json::Value;

fn manifest() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../extension/manifest.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn strings(v: &Value) -> Vec<&str> {
    let mut out: Vec<&str> = v.as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    out.sort_unstable();
    out
}

const PORTAL_FRAMES: [&str; 5] = [
    "https://*.reactblade-ms.portal.azure.net/*",
    "https://*.reactblade-rc.portal.azure.net/*",
    "https://*.reactblade.portal.azure.net/*",
    "https://entra.microsoft.com/*",
    "https://portal.azure.com/*",
];

#[test]
fn permissions_are_exactly_these() {
    let m = manifest();
    assert_eq!(m["manifest_version"], 3);
    // storage: the state; scripting: filling YetiForce's form in the admin's tab; offscreen,
    // clipboardWrite, clipboardRead: copying the client secret and emptying the clipboard a minute
    // later only if it still holds it (ARCHITECTURE.md, "Permissions and why").
    assert_eq!(
        strings(&m["permissions"]),
        ["clipboardRead", "clipboardWrite", "offscreen", "scripting", "storage"]
    );
    let arch = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ARCHITECTURE.md")).unwrap();
    let why = arch.split("## Permissions and why").nth(1).expect("ARCHITECTURE.md says why");
    for p in strings(&m["permissions"]) {
        assert!(why.contains(&format!("`{p}`")), "ARCHITECTURE.md does not say why {p} is needed");
    }
    let mut hosts = PORTAL_FRAMES.to_vec();
    hosts.push("https://login.microsoftonline.com/*");
    hosts.sort_unstable();
    assert_eq!(strings(&m["host_permissions"]), hosts);
    // Target applications' origins are asked for at export time only.
    assert_eq!(strings(&m["optional_host_permissions"]), ["https://*/*"]);
    assert!(m.get("optional_permissions").is_none());
}

#[test]
fn content_script_runs_only_in_portal_frames_and_the_overlay_is_the_only_exposed_page() {
    let m = manifest();
    let scripts = m["content_scripts"].as_array().unwrap();
    assert_eq!(scripts.len(), 1);
    assert_eq!(strings(&scripts[0]["matches"]), PORTAL_FRAMES);
    assert_eq!(scripts[0]["all_frames"], true);
    assert_eq!(strings(&scripts[0]["js"]), ["content.js"]);
    let war = m["web_accessible_resources"].as_array().unwrap();
    assert_eq!(war.len(), 1);
    assert_eq!(strings(&war[0]["resources"]), ["overlay.html"]);
    assert_eq!(strings(&war[0]["matches"]), ["https://entra.microsoft.com/*", "https://portal.azure.com/*"]);
    assert_eq!(
        m["content_security_policy"]["extension_pages"],
        "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'"
    );
    assert_eq!(m["background"]["type"], "module");
}
