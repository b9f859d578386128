//! Property tests of the checks, on generated inputs (a small deterministic PRNG; every failure
//! prints the seed and the input). Properties: valid URIs stay valid when a path is added and
//! break in the expected way when a fragment, query or http scheme is added; no validator panics
//! or reports a span outside the input; IDs normalize from every spelling; valid scope sets stay
//! valid in any order, case and form, and lose exactly what is removed.

use regpilot_core::checks::{
    aadsts, ids, redirect_uri, registration, scopes, Audience, Checked, Kind, Platform, Rule,
    Severity, Verdict,
};
use regpilot_core::permissions::{self, Need};
use regpilot_core::Target;

const CASES: usize = 3000;

/// xorshift64*: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn string(&mut self, alphabet: &[char], lo: usize, hi: usize) -> String {
        (0..self.range(lo, hi))
            .map(|_| *self.pick(alphabet))
            .collect()
    }
}

const LOWER: &[char] = &[
    'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's',
    't', 'u', 'v', 'w', 'x', 'y', 'z',
];
const ALNUM: &[char] = &[
    'a', 'b', 'c', 'k', 'x', 'z', 'A', 'B', 'K', 'Z', '0', '1', '5', '9', 'm', 'q',
];
/// RFC 3986 unreserved characters, all fine in a redirect URI path.
const PATH: &[char] = &[
    'a', 'Z', '0', '9', '-', '.', '_', '~', 'q', 'M', 'o', 'i', 'd', 'c',
];

fn host(r: &mut Rng) -> String {
    let labels = r.range(1, 3);
    let mut parts: Vec<String> = (0..labels)
        .map(|_| {
            let mut l = r.string(ALNUM, 1, 10).to_ascii_lowercase();
            if l.len() > 2 && r.chance(20) {
                l.insert(1, '-');
            }
            l
        })
        .collect();
    parts.push(r.string(LOWER, 2, 6));
    parts.join(".")
}

fn path(r: &mut Rng) -> String {
    let mut p = String::new();
    for _ in 0..r.range(0, 4) {
        p.push('/');
        p.push_str(&r.string(PATH, 1, 12));
        if r.chance(10) {
            p.push_str("%20");
        }
    }
    p
}

fn valid_https(r: &mut Rng) -> String {
    let port = if r.chance(30) {
        format!(":{}", r.range(1, 65535))
    } else {
        String::new()
    };
    format!("https://{}{port}{}", host(r), path(r))
}

fn rules_of<T>(c: &Checked<T>) -> Vec<Rule> {
    c.rules()
}

#[test]
fn valid_https_uris_stay_valid_with_a_trailing_path() {
    let mut r = Rng::new(1);
    for case in 0..CASES {
        let uri = valid_https(&mut r);
        let platform = *r.pick(&Platform::ALL);
        let audience = *r.pick(&Audience::ALL);
        let c = redirect_uri::check(&uri, platform, audience, None);
        assert_eq!(
            c.verdict(),
            Verdict::Ok,
            "case {case}: {uri} {:?}",
            c.findings
        );
        assert_eq!(c.value.as_ref().map(|v| v.as_str()), Some(uri.as_str()));
        let longer = format!("{uri}/{}", r.string(PATH, 1, 20));
        if longer.chars().count() <= redirect_uri::MAX_LEN {
            let c = redirect_uri::check(&longer, platform, audience, None);
            assert_eq!(
                c.verdict(),
                Verdict::Ok,
                "case {case}: {longer} {:?}",
                c.findings
            );
        }
    }
}

#[test]
fn appended_parts_break_uris_in_the_expected_way() {
    let mut r = Rng::new(2);
    for case in 0..CASES {
        let uri = valid_https(&mut r);
        let platform = *r.pick(&Platform::ALL);
        let audience = *r.pick(&Audience::ALL);
        let frag = format!("{uri}#{}", r.string(PATH, 0, 8));
        let c = redirect_uri::check(&frag, platform, audience, None);
        assert_eq!(rules_of(&c), [Rule::Fragment], "case {case}: {frag}");
        let query = format!("{uri}?{}={}", r.string(LOWER, 1, 5), r.string(PATH, 0, 5));
        let c = redirect_uri::check(&query, platform, audience, None);
        if audience.allows_personal() {
            assert_eq!(
                rules_of(&c),
                [Rule::QueryWithPersonal],
                "case {case}: {query}"
            );
        } else {
            assert!(
                c.findings.is_empty(),
                "case {case}: {query} {:?}",
                c.findings
            );
        }
        let http = format!("http{}", &uri[5..]);
        let c = redirect_uri::check(&http, platform, audience, None);
        assert_eq!(
            rules_of(&c),
            [Rule::HttpLocalhostOnly],
            "case {case}: {http}"
        );
        assert_eq!(c.findings[0].span, (0, 4));
        let local = format!("http://localhost{}", path(&mut r));
        assert!(
            redirect_uri::check(&local, platform, audience, None)
                .findings
                .is_empty(),
            "{local}"
        );
        let padded = format!(" {uri}\t");
        let c = redirect_uri::check(&padded, platform, audience, None);
        assert_eq!(rules_of(&c), [Rule::Whitespace], "case {case}: {padded:?}");
        assert_eq!(c.findings.len(), 2);
    }
}

#[test]
fn a_list_of_distinct_valid_uris_has_no_findings_and_repeats_are_caught() {
    let mut r = Rng::new(3);
    for case in 0..200 {
        let mut uris: Vec<String> = (0..r.range(1, 20))
            .map(|i| format!("{}/n{i}", valid_https(&mut r)))
            .collect();
        let res = redirect_uri::check_list(&uris, Platform::Web, Audience::AzureADMyOrg, None);
        assert!(
            res.iter().all(|c| c.findings.is_empty()),
            "case {case}: {uris:?}"
        );
        let again = r.below(uris.len());
        uris.push(uris[again].clone());
        let res = redirect_uri::check_list(&uris, Platform::Web, Audience::AzureADMyOrg, None);
        let last = res.last().unwrap();
        assert_eq!(last.rules(), [Rule::Duplicate], "case {case}");
        assert_eq!(last.findings[0].severity, Severity::Error);
    }
}

/// Characters that exercise every branch of the parsers.
const NASTY: &[&str] = &[
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
    "%",
    "%2",
    "%zz",
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
    "\u{A0}",
    "\u{200B}",
    "\u{FEFF}",
    "é",
    "ü",
    "😀",
    "xn--",
    "localhost",
    "127.0.0.1",
    ":0",
    ":65536",
    ":443",
    "a",
    "Z",
    "0",
    "-",
    ".",
    "_",
    "~",
    "{",
    "\\",
    "Q~",
    "8Q~",
    "7Q~",
    "=",
    "+",
    "webservice/OAuth/MailAccount/",
    "..",
    "0f8fad5b-d9cb-469f-a165-70867728950e",
    "Mail.Send",
    "SMTP",
    "Send",
    ".default",
    "common",
    "2026-05-31",
    "31.05.",
    "/",
    "AADSTS",
    "50194",
    "\u{0}",
    "\u{7F}",
    "\r",
];

fn nasty(r: &mut Rng) -> String {
    (0..r.range(0, 12)).map(|_| *r.pick(NASTY)).collect()
}

/// Spans within the input, findings sorted, the value exactly when nothing is an error.
fn sane<T>(input: &str, c: &Checked<T>, what: &str) {
    let chars = input.chars().count();
    for f in &c.findings {
        assert!(
            f.span.0 <= f.span.1 && f.span.1 <= chars,
            "{what}: {input:?}: {f:?}"
        );
    }
    assert!(
        c.findings.windows(2).all(|w| w[0].span <= w[1].span),
        "{what}: {input:?} unsorted"
    );
    assert_eq!(
        c.value.is_some(),
        c.verdict() != Verdict::Error,
        "{what}: {input:?}"
    );
}

#[test]
fn no_validator_panics_and_spans_stay_in_bounds() {
    let mut r = Rng::new(4);
    let today = ids::Date::new(2026, 5, 1).unwrap();
    for _ in 0..CASES {
        let s = nasty(&mut r);
        let t = *r.pick(&Target::ALL);
        let topt = if r.chance(50) { Some(t) } else { None };
        let p = *r.pick(&Platform::ALL);
        let a = *r.pick(&Audience::ALL);
        sane(&s, &redirect_uri::check(&s, p, a, topt), "redirect_uri");
        let k = *r.pick(&Kind::ALL);
        sane(
            &s,
            &scopes::check_str(&s, t, k, &scopes::Consent::Granted(vec![])),
            "scopes",
        );
        sane(&s, &ids::tenant(&s, topt), "tenant");
        sane(&s, &ids::client(&s), "client");
        sane(&s, &ids::object(&s), "object");
        sane(&s, &ids::secret(&s, topt), "secret");
        sane(&s, &ids::secret_expiry(&s, today), "expiry");
        let _ = aadsts::explain(&s);
        let _ = registration::check(a, t);
    }
}

#[test]
fn guids_normalize_from_every_spelling() {
    let mut r = Rng::new(5);
    for _ in 0..CASES {
        let hex: String = (0..32)
            .map(|_| *r.pick(&['0', '1', '7', '9', 'a', 'b', 'c', 'd', 'e', 'f']))
            .collect();
        let dashed = format!(
            "{}-{}-{}-{}-{}",
            &hex[..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..]
        );
        let forms = [
            dashed.clone(),
            dashed.to_ascii_uppercase(),
            format!("{{{dashed}}}"),
            format!("({dashed})"),
            format!("urn:uuid:{dashed}"),
            hex.clone(),
        ];
        for f in &forms {
            let g = ids::Guid::parse(f).unwrap_or_else(|| panic!("{f}"));
            assert_eq!(g.to_string(), dashed);
            let c = ids::client(f);
            if g == ids::Guid::NIL {
                assert!(c.is_error());
            } else {
                assert_eq!(c.value.map(|g| g.to_string()), Some(dashed.clone()), "{f}");
            }
        }
        // The same GUID where a secret belongs is the Secret ID.
        assert_eq!(ids::secret(&dashed, None).rules(), [Rule::SecretIdNotValue]);
        // Any one character dropped is no GUID.
        let cut = r.below(dashed.len());
        let mut broken = dashed.clone();
        broken.remove(cut);
        assert!(ids::Guid::parse(&broken).is_none(), "{broken}");
        assert!(ids::client(&broken).is_error(), "{broken}");
    }
}

#[test]
fn secrets_of_the_current_shape_pass_and_cut_ones_fail() {
    let alphabet: Vec<char> = ('a'..='z')
        .chain('A'..='Z')
        .chain('0'..='9')
        .chain(['_', '~', '.', '-'])
        .collect();
    let mut r = Rng::new(6);
    for _ in 0..CASES {
        let (marker, rest) = if r.chance(50) {
            ("8Q~", 34)
        } else {
            ("7Q~", 31)
        };
        let s = format!(
            "{}{marker}{}",
            r.string(&alphabet, 3, 3),
            r.string(&alphabet, rest, rest)
        );
        let c = ids::secret(&s, None);
        assert!(c.findings.is_empty(), "{s}: {:?}", c.findings);
        assert_eq!(c.value.unwrap().expose(), s);
        let cut = &s[..r.range(7, s.len() - 1)];
        assert_eq!(ids::secret(cut, None).rules(), [Rule::SecretShape], "{cut}");
    }
}

#[test]
fn dates_round_trip_through_every_portal_format() {
    let mut r = Rng::new(7);
    for _ in 0..CASES {
        let days = r.range(0, 40_000) as i64 - 10_000;
        let d = ids::Date::from_unix_days(days);
        assert_eq!(d.unix_days(), days);
        for text in [
            d.to_string(),
            format!("{}.{}.{}", d.day, d.month, d.year),
            format!("{:02}.{:02}.{}", d.day, d.month, d.year),
            format!("{}/{}/{}", d.month, d.day, d.year),
        ] {
            if d.year >= 1000 {
                assert_eq!(ids::Date::parse(&text), Some(d), "{text}");
            }
        }
        let today = ids::Date::from_unix_days(days - r.range(0, 60) as i64);
        let c = ids::secret_expiry(&d.to_string(), today);
        let ahead = d.unix_days() - today.unix_days();
        let want: &[Rule] = if ahead <= ids::EXPIRY_WARNING_DAYS {
            &[Rule::SecretExpiring]
        } else {
            &[]
        };
        assert_eq!(c.rules(), want, "{d} vs {today}");
    }
}

#[test]
fn required_scope_sets_pass_in_any_order_case_and_form() {
    let mut r = Rng::new(8);
    for case in 0..CASES {
        let target = *r.pick(&Target::ALL);
        let profile = permissions::profile(target);
        let chosen: Vec<_> = profile
            .requirements
            .iter()
            .filter(|q| {
                q.need == Need::Required || (q.permission.kind == profile.kind && r.chance(30))
            })
            .collect();
        let mut names: Vec<String> = chosen
            .into_iter()
            .map(|q| {
                let p = q.permission;
                let name = if p.scope.contains("://") && p.kind == Kind::Delegated && r.chance(50) {
                    p.scope.to_owned()
                } else {
                    p.name.to_owned()
                };
                match r.below(3) {
                    0 => name.to_ascii_lowercase(),
                    1 => name.to_ascii_uppercase(),
                    _ => name,
                }
            })
            .collect();
        // Shuffle.
        for i in (1..names.len()).rev() {
            names.swap(i, r.below(i + 1));
        }
        let sep = *r.pick(&[" ", ", ", ";", "  ", "\t"]);
        let input = names.join(sep);
        let c = scopes::check_str(&input, target, profile.kind, &scopes::Consent::Unknown);
        assert!(
            c.findings.is_empty(),
            "case {case}: {input:?}: {:?}",
            c.findings
        );
        // Drop one required permission: exactly that one is missing.
        let required: Vec<&str> = profile.required().map(|p| p.name).collect();
        let gone = *r.pick(&required);
        let kept: Vec<&String> = names
            .iter()
            .filter(|n| !n.to_ascii_lowercase().ends_with(&gone.to_ascii_lowercase()))
            .collect();
        let input = kept
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let c = scopes::check_str(&input, target, profile.kind, &scopes::Consent::Unknown);
        let missing: Vec<String> = c
            .findings
            .iter()
            .filter(|f| f.rule == Rule::MissingScope)
            .flat_map(|f| {
                f.args
                    .iter()
                    .filter(|(k, _)| k == "scope")
                    .map(|(_, v)| format!("{v:?}"))
            })
            .collect();
        if kept.is_empty() {
            assert_eq!(c.rules(), [Rule::Empty], "case {case}");
        } else {
            assert_eq!(missing.len(), 1, "case {case}: {input:?}: {:?}", c.findings);
            assert!(missing[0].contains(gone), "{missing:?} vs {gone}");
        }
    }
}
