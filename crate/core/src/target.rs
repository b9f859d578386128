//! The business applications regpilot prepares an app registration for.

use serde::{Deserialize, Serialize};

/// A target application. The ids are part of the observable contract (`data-target`,
/// `?regpilot=<target>:<lang>`, CLI `--target`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    Yetiforce,
    Statlook,
    Aktionnext,
    Comarch,
}

impl Target {
    pub const ALL: [Target; 4] = [
        Target::Yetiforce,
        Target::Statlook,
        Target::Aktionnext,
        Target::Comarch,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Target::Yetiforce => "yetiforce",
            Target::Statlook => "statlook",
            Target::Aktionnext => "aktionnext",
            Target::Comarch => "comarch",
        }
    }

    pub fn parse(s: &str) -> Option<Target> {
        Target::ALL
            .into_iter()
            .find(|t| t.id() == s.trim().to_ascii_lowercase())
    }

    /// The product name, a Fluent term id (`-yetiforce`, ...), for messages that name the target.
    pub fn term(self) -> String {
        format!("-{}", self.id())
    }

    /// Whether the target uses app-only (client-credentials) access, which Microsoft refuses on
    /// `/common` and `/consumers` (AADSTS9001023; domain.md §2).
    pub fn app_only(self) -> bool {
        matches!(self, Target::Statlook | Target::Aktionnext)
    }

    /// The ids of all targets, comma separated, for usage errors.
    pub fn valid_list() -> String {
        Target::ALL.map(|t| t.id()).join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_reject_unknown() {
        for t in Target::ALL {
            assert_eq!(Target::parse(t.id()), Some(t));
        }
        assert_eq!(Target::parse(" YetiForce "), Some(Target::Yetiforce));
        assert_eq!(Target::parse("vtiger"), None);
        assert_eq!(
            serde_json::to_string(&Target::Aktionnext).unwrap(),
            "\"aktionnext\""
        );
    }
}
