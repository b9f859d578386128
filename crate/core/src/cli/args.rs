//! A tiny argument parser: `--name value` options, `--flag` switches and positionals, in the
//! order given. Validation of values is each command's job.

use crate::{Lang, Target};

/// Parsed command line of one subcommand.
#[derive(Debug, Default)]
pub struct Parsed {
    pub options: Vec<(String, String)>,
    pub flags: Vec<String>,
    pub positionals: Vec<String>,
}

/// A usage error, printed with exit code 2.
#[derive(Debug, PartialEq)]
pub struct UsageError(pub String);

impl Parsed {
    /// Splits `argv`; `with_value` names the options that take a value, `switches` the flags.
    pub fn parse(
        argv: &[String],
        with_value: &[&str],
        switches: &[&str],
    ) -> Result<Parsed, UsageError> {
        let mut p = Parsed::default();
        let mut it = argv.iter();
        while let Some(a) = it.next() {
            if a == "-" || !a.starts_with("--") {
                p.positionals.push(a.clone());
                continue;
            }
            let (name, inline) = match a.split_once('=') {
                Some((n, v)) => (&n[2..], Some(v.to_owned())),
                None => (&a[2..], None),
            };
            if with_value.contains(&name) {
                let v = match inline {
                    Some(v) => v,
                    None => it
                        .next()
                        .cloned()
                        .ok_or_else(|| UsageError(format!("option --{name} needs a value")))?,
                };
                p.options.push((name.to_owned(), v));
            } else if switches.contains(&name) && inline.is_none() {
                p.flags.push(name.to_owned());
            } else {
                return Err(UsageError(format!("unknown option --{name}")));
            }
        }
        Ok(p)
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn flag(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f == name)
    }

    pub fn require(&self, name: &str) -> Result<&str, UsageError> {
        self.get(name)
            .ok_or_else(|| UsageError(format!("missing option --{name}")))
    }

    /// `--lang`, English when absent; an unknown code is a usage error naming the valid ones.
    pub fn lang(&self) -> Result<Lang, UsageError> {
        match self.get("lang") {
            None => Ok(Lang::En),
            Some(l) => Lang::parse(l).ok_or_else(|| {
                UsageError(format!(
                    "unknown language '{l}' (valid: {})",
                    Lang::valid_list()
                ))
            }),
        }
    }

    /// `--target` when required; an unknown id is a usage error naming the valid ones.
    pub fn target(&self) -> Result<Option<Target>, UsageError> {
        match self.get("target") {
            None => Ok(None),
            Some(t) => Target::parse(t).map(Some).ok_or_else(|| {
                UsageError(format!(
                    "unknown target '{t}' (valid: {})",
                    Target::valid_list()
                ))
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn options_flags_and_positionals() {
        let p = Parsed::parse(
            &v(&["--lang", "pl", "a", "--json", "-", "--target=statlook"]),
            &["lang", "target"],
            &["json"],
        )
        .unwrap();
        assert_eq!(p.get("lang"), Some("pl"));
        assert_eq!(p.target().unwrap(), Some(Target::Statlook));
        assert!(p.flag("json"));
        assert_eq!(p.positionals, v(&["a", "-"]));
    }

    #[test]
    fn usage_errors_name_the_problem() {
        assert_eq!(
            Parsed::parse(&v(&["--lang"]), &["lang"], &[]).unwrap_err(),
            UsageError("option --lang needs a value".into())
        );
        assert!(Parsed::parse(&v(&["--nope"]), &[], &[])
            .unwrap_err()
            .0
            .contains("--nope"));
        let p = Parsed::parse(&v(&["--lang", "de"]), &["lang"], &[]).unwrap();
        assert!(p.lang().unwrap_err().0.contains("en, pl, cs"));
    }
}
