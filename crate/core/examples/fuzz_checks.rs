//! A deterministic mutation fuzzer over every validator of `regpilot_core::checks`.
//!
//! Seeds are the inputs of the fixture files (`tests/fixtures/checks/`); each iteration mutates
//! one (insert a token from a dictionary of URI, scope, ID and Unicode pieces; delete, duplicate,
//! replace, case-flip or splice ranges) with its own xorshift PRNG, then runs the redirect URI
//! (single and list), scope, tenant, client, object, secret, expiry and AADSTS checks on it.
//! It asserts that nothing panics, that every span is in bounds (counted in chars, start ≤ end,
//! mapping back to char boundaries), that findings are sorted, that the typed value exists
//! exactly when no finding is an error, and that every message id exists; every 1024th input
//! also renders all messages in en, pl and cs and round-trips the findings through JSON.
//!
//! ```text
//! # CI: bounded time (default 20 s)
//! cargo run --release -p regpilot-core --example fuzz_checks -- --seconds 20
//! # Longer run: ten million inputs (a few minutes in release)
//! cargo run --release -p regpilot-core --example fuzz_checks -- --iterations 10000000 --seed 7
//! ```
//!
//! Same seed, same inputs: a failure prints the seed, the iteration and the input, and exits 1.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::time::{Duration, Instant};

use regpilot_core::checks::{
    aadsts, byte_span, ids, redirect_uri, registration, scopes, Audience, Checked, Finding, Kind,
    Platform, Rule, Verdict,
};
use regpilot_core::{Lang, Localizer, Target};

const FIXTURES: &[&str] = &[
    include_str!("../tests/fixtures/checks/redirect_uri.tsv"),
    include_str!("../tests/fixtures/checks/redirect_uri_lists.txt"),
    include_str!("../tests/fixtures/checks/scopes.tsv"),
    include_str!("../tests/fixtures/checks/ids.tsv"),
    include_str!("../tests/fixtures/checks/aadsts.tsv"),
];

/// Pieces that reach the parsers' corners.
const DICT: &[&str] = &[
    "https://",
    "http://",
    "://",
    ":",
    "/",
    "//",
    "?",
    "#",
    "@",
    "[",
    "]",
    "[::1]",
    "[0:0:0:0:0:0:0:1]",
    "%",
    "%2",
    "%zz",
    "%20",
    "*",
    "!",
    "$",
    "'",
    "(",
    ")",
    ",",
    ";",
    " ",
    "\t",
    "\n",
    "\r",
    "\u{A0}",
    "\u{200B}",
    "\u{FEFF}",
    "é",
    "ü",
    "ß",
    "😀",
    "\u{0301}",
    "xn--",
    "XN--p1ai",
    "localhost",
    "127.0.0.1",
    ":0",
    ":65535",
    ":65536",
    ":443",
    ":80",
    "{",
    "}",
    "\\",
    "|",
    "^",
    "`",
    "<",
    ">",
    "Q~",
    "8Q~",
    "7Q~",
    "=",
    "+",
    "webservice/OAuth/MailAccount/",
    "webservice/oauth/mailaccount/",
    "0f8fad5b-d9cb-469f-a165-70867728950e",
    "00000000-0000-0000-0000-000000000000",
    "urn:uuid:",
    "Mail.Send",
    "Mail.ReadWrite",
    "SMTP",
    "Send",
    "SMT",
    ".default",
    "offline_access",
    "https://outlook.office.com/",
    "https://graph.microsoft.com/",
    "IMAP.AccessAsUser.All",
    "common",
    "organizations",
    "consumers",
    "contoso.onmicrosoft.com",
    "@",
    "2026-05-31",
    "31.05.2026",
    "5/31/2026",
    "AADSTS",
    "50194",
    "\u{0}",
    "\u{7F}",
    "…",
    "*****",
    "msal1://auth",
];

/// xorshift64*.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// The last column of every fixture line (the input), with the simple escapes undone.
fn seeds() -> Vec<String> {
    let mut out = Vec::new();
    for file in FIXTURES {
        for line in file.lines() {
            if line.starts_with('#') || line.starts_with('[') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            // Lists and aadsts put the input first; the other files last.
            let input = if cols.len() <= 3 {
                cols[0]
            } else {
                cols[cols.len() - 1]
            };
            out.push(
                input
                    .replace("\\s", " ")
                    .replace("\\t", "\t")
                    .replace("\\e", "")
                    .replace("\\u{FEFF}", "\u{FEFF}")
                    .replace("\\u{A0}", "\u{A0}")
                    .replace("\\u{200B}", "\u{200B}")
                    .replace("{{", "")
                    .replace("}}", ""),
            );
        }
    }
    out.push(String::new());
    out
}

/// A random char boundary of `s`.
fn boundary(r: &mut Rng, s: &str) -> usize {
    let mut i = r.below(s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn range(r: &mut Rng, s: &str) -> (usize, usize) {
    let a = boundary(r, s);
    let b = boundary(r, s);
    (a.min(b), a.max(b))
}

const MAX_LEN: usize = 2048;

fn mutate(r: &mut Rng, s: &mut String, seeds: &[String]) {
    for _ in 0..1 + r.below(4) {
        match r.below(9) {
            0 | 1 => {
                let at = boundary(r, s);
                s.insert_str(at, r.pick(DICT));
            }
            2 => {
                let (a, b) = range(r, s);
                s.replace_range(a..b, "");
            }
            3 => {
                let (a, b) = range(r, s);
                let piece = s[a..b].to_owned();
                s.insert_str(b, &piece);
            }
            4 => {
                let (a, b) = range(r, s);
                let c = match r.below(4) {
                    0 => char::from(32 + r.below(95) as u8),
                    1 => char::from(r.below(32) as u8),
                    2 => char::from_u32(0x80 + r.below(0x800) as u32).unwrap_or('x'),
                    _ => char::from_u32(0x1F600 + r.below(80) as u32).unwrap_or('y'),
                };
                let b = if a == b {
                    a
                } else {
                    a + s[a..].chars().next().map_or(0, char::len_utf8)
                };
                s.replace_range(a..b, &c.to_string());
            }
            5 => {
                let (a, b) = range(r, s);
                let flipped: String = s[a..b]
                    .chars()
                    .map(|c| {
                        if c.is_ascii_lowercase() {
                            c.to_ascii_uppercase()
                        } else {
                            c.to_ascii_lowercase()
                        }
                    })
                    .collect();
                s.replace_range(a..b, &flipped);
            }
            6 => {
                let other = &seeds[r.below(seeds.len())];
                let a = boundary(r, s);
                let b = boundary(r, other);
                *s = format!("{}{}", &s[..a], &other[b..]);
            }
            7 => {
                let at = boundary(r, s);
                s.truncate(at);
            }
            _ => {
                if s.len() < MAX_LEN / 2 {
                    let copy = s.clone();
                    s.push_str(&copy);
                }
            }
        }
    }
    if s.len() > MAX_LEN {
        let mut at = MAX_LEN;
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        s.truncate(at);
    }
}

struct Fuzz {
    locs: Vec<Localizer>,
    inputs: u64,
    rules: BTreeMap<Rule, u64>,
}

impl Fuzz {
    fn verify<T>(
        &mut self,
        what: &str,
        input: &str,
        c: &Checked<T>,
        deep: bool,
    ) -> Result<(), String> {
        self.inputs += 1;
        let chars = input.chars().count();
        for f in &c.findings {
            *self.rules.entry(f.rule).or_default() += 1;
            let (s, e) = f.span;
            if s > e || e > chars {
                return Err(format!(
                    "{what}: span {:?} outside 0..{chars}: {f:?}",
                    f.span
                ));
            }
            let (bs, be) = byte_span(input, f.span);
            if !input.is_char_boundary(bs) || !input.is_char_boundary(be) || bs > be {
                return Err(format!(
                    "{what}: byte span {bs}..{be} not on char boundaries"
                ));
            }
            if !self.locs[0].has(&f.message_id) {
                return Err(format!("{what}: message {} does not exist", f.message_id));
            }
        }
        if !c.findings.windows(2).all(|w| w[0].span <= w[1].span) {
            return Err(format!("{what}: findings not sorted"));
        }
        if c.value.is_some() != (c.verdict() != Verdict::Error) {
            return Err(format!(
                "{what}: value present = {} with verdict {:?}",
                c.value.is_some(),
                c.verdict()
            ));
        }
        if deep {
            self.deep(what, &c.findings)?;
        }
        Ok(())
    }

    /// Renders every message in every language and round-trips the findings through JSON.
    fn deep(&self, what: &str, findings: &[Finding]) -> Result<(), String> {
        for f in findings {
            for loc in &self.locs {
                let before = loc.errors().len();
                let m = f.message(loc);
                if m.is_empty() || m.contains("checks-") || loc.errors().len() > before {
                    return Err(format!(
                        "{what}: {} in {}: {m:?} {:?}",
                        f.message_id,
                        loc.lang().code(),
                        loc.errors()
                    ));
                }
            }
        }
        let json = serde_json::to_string(findings).map_err(|e| e.to_string())?;
        let back: Vec<Finding> =
            serde_json::from_str(&json).map_err(|e| format!("{what}: {e}: {json}"))?;
        if back != findings {
            return Err(format!("{what}: JSON round trip changed the findings"));
        }
        Ok(())
    }

    fn one(
        &mut self,
        r: &mut Rng,
        input: &str,
        extra: &[String],
        iteration: u64,
    ) -> Result<(), String> {
        let deep = iteration.is_multiple_of(1024);
        let platform = r.pick(&Platform::ALL);
        let audience = r.pick(&Audience::ALL);
        let target = r.pick(&Target::ALL);
        let topt = r.chance(60).then_some(target);
        let kind = r.pick(&Kind::ALL);
        let today = ids::Date::from_unix_days(19_000 + r.below(3_000) as i64);

        self.verify(
            "redirect_uri",
            input,
            &redirect_uri::check(input, platform, audience, topt),
            deep,
        )?;
        if iteration.is_multiple_of(4096) {
            // Now and then a list past the count limit (100 with personal accounts).
            let list: Vec<String> = (0..101 + r.below(20))
                .map(|n| format!("{input}{n}"))
                .collect();
            let audience = Audience::AzureADandPersonalMicrosoftAccount;
            for (i, c) in redirect_uri::check_list(&list, platform, audience, topt)
                .iter()
                .enumerate()
            {
                self.verify("redirect_uri long list", &list[i], c, false)?;
            }
        }
        if iteration.is_multiple_of(16) {
            let mut list: Vec<&str> = extra.iter().map(String::as_str).collect();
            list.insert(r.below(list.len() + 1), input);
            for (i, c) in redirect_uri::check_list(&list, platform, audience, topt)
                .iter()
                .enumerate()
            {
                self.verify("redirect_uri list", list[i], c, deep)?;
            }
        }
        let consent = match r.below(3) {
            0 => scopes::Consent::Unknown,
            1 => scopes::Consent::Granted(Vec::new()),
            _ => scopes::Consent::Granted(vec![input.to_owned(), "Mail.Send".into()]),
        };
        self.verify(
            "scopes",
            input,
            &scopes::check_str(input, target, kind, &consent),
            deep,
        )?;
        self.verify("tenant", input, &ids::tenant(input, topt), deep)?;
        self.verify("client", input, &ids::client(input), deep)?;
        self.verify("object", input, &ids::object(input), deep)?;
        self.verify("secret", input, &ids::secret(input, topt), deep)?;
        self.verify("expiry", input, &ids::secret_expiry(input, today), deep)?;
        if let Some(e) = aadsts::explain(input) {
            if aadsts::lookup(e.code) != Some(e) {
                return Err("aadsts: explain and lookup disagree".into());
            }
        }
        for f in registration::check(audience, target) {
            if f.span != (0, 0) {
                return Err(format!("registration: span {:?}", f.span));
            }
        }
        Ok(())
    }
}

fn arg(args: &[String], name: &str) -> Option<u64> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(|v| {
            v.parse()
                .unwrap_or_else(|_| panic!("{name} needs a number"))
        })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let iterations = arg(&args, "--iterations");
    let seconds = arg(&args, "--seconds").unwrap_or(if iterations.is_some() {
        u64::MAX / 4
    } else {
        20
    });
    let seed = arg(&args, "--seed").unwrap_or(1);
    let deadline = Instant::now() + Duration::from_secs(seconds.min(10_000_000));
    let limit = iterations.unwrap_or(u64::MAX);

    let seeds = seeds();
    let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut fuzz = Fuzz {
        locs: Lang::ALL.into_iter().map(Localizer::new).collect(),
        inputs: 0,
        rules: BTreeMap::new(),
    };
    // Panics are reported with the input below; keep the default hook quiet.
    panic::set_hook(Box::new(|_| {}));
    let start = Instant::now();
    let mut i = 0u64;
    while i < limit {
        if i.is_multiple_of(4096) && Instant::now() >= deadline {
            break;
        }
        let mut input = seeds[r.below(seeds.len())].clone();
        if !i.is_multiple_of(8) {
            mutate(&mut r, &mut input, &seeds);
        }
        let extra: Vec<String> = if i.is_multiple_of(16) {
            (0..r.below(5))
                .map(|_| {
                    let mut s = seeds[r.below(seeds.len())].clone();
                    mutate(&mut r, &mut s, &seeds);
                    s
                })
                .collect()
        } else {
            Vec::new()
        };
        let result = panic::catch_unwind(AssertUnwindSafe(|| fuzz.one(&mut r, &input, &extra, i)));
        let failure = match result {
            Ok(Ok(())) => None,
            Ok(Err(e)) => Some(e),
            Err(p) => Some(format!(
                "panic: {}",
                p.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default()
            )),
        };
        if let Some(e) = failure {
            eprintln!(
                "FAILED at iteration {i} (seed {seed}): {e}\ninput: {input:?}\nlist: {extra:?}"
            );
            std::process::exit(1);
        }
        i += 1;
    }
    let elapsed = start.elapsed().as_secs_f64();
    println!(
        "fuzz_checks: seed {seed}, {i} iterations, {} validator inputs in {elapsed:.1} s ({:.0} inputs/s), no failure",
        fuzz.inputs,
        fuzz.inputs as f64 / elapsed.max(1e-9)
    );
    let silent: Vec<&str> = Rule::ALL
        .iter()
        .filter(|r| !fuzz.rules.contains_key(r))
        .map(|r| r.id())
        .collect();
    println!(
        "rules seen: {} of {}{}",
        fuzz.rules.len(),
        Rule::ALL.len(),
        if silent.is_empty() {
            String::new()
        } else {
            format!(" (not seen: {})", silent.join(", "))
        }
    );
}
