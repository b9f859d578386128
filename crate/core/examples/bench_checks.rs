//! Times the redirect URI checks on 10 000 mixed URIs (valid, localhost, http, IDN, bad
//! characters, too long, query, fragment, whitespace, YetiForce shapes, garbage). Budget: 20 ms
//! per 10 000 URIs natively, so the overlay can check as the user types.
//!
//! ```text
//! cargo run --release -p regpilot-core --example bench_checks [-- --rounds 30 --enforce]
//! ```
//!
//! Prints min / median / max over the rounds for one `check` per URI, and for `check_list` over
//! the same URIs as 50 apps' lists of 200 (a list is one app's platform, at most 256 URIs). `--enforce` exits with 1 when the median of either is over budget (meaningful
//! only in a release build).

use std::hint::black_box;
use std::time::{Duration, Instant};

use regpilot_core::checks::{redirect_uri, Audience, Platform};
use regpilot_core::Target;

const COUNT: usize = 10_000;
const BUDGET: Duration = Duration::from_millis(20);

/// A deterministic mix of the URIs admins paste.
fn uris() -> Vec<String> {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..COUNT)
        .map(|i| {
            let n = next();
            let host = format!("app{}.contoso{}.com", n % 97, n % 13);
            let path = format!("/signin-oidc/{}", n % 10_007);
            match i % 20 {
                0..=7 => format!("https://{host}{path}"),
                8 => format!("http://localhost:{}{path}", 1024 + n % 60_000),
                9 => format!("http://{host}{path}"),
                10 => format!("https://bücher{}.example{path}", n % 7),
                11 => format!("https://{host}{path},x;y(z)"),
                12 => format!("https://{host}/{}", "segment/".repeat(40)),
                13 => format!("https://{host}{path}?state={n}"),
                14 => format!("https://{host}{path}#section"),
                15 => format!("  https://{host}{path}\t"),
                16 => format!(
                    "https://crm{}.example.com/webservice/OAuth/MailAccount/k{n}",
                    n % 50
                ),
                17 => format!("http://[::1]:{}/cb", n % 65_535 + 1),
                18 => format!("{host}{path}"),
                _ => format!("msal{n:x}://auth"),
            }
        })
        .collect()
}

fn stats(mut v: Vec<Duration>) -> (Duration, Duration, Duration) {
    v.sort();
    (v[0], v[v.len() / 2], v[v.len() - 1])
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rounds = args
        .iter()
        .position(|a| a == "--rounds")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(30)
        .max(1);
    let enforce = args.iter().any(|a| a == "--enforce");
    let uris = uris();
    let chars: usize = uris.iter().map(|u| u.chars().count()).sum();

    // Warm up (allocator, caches).
    for _ in 0..3 {
        for u in &uris {
            black_box(redirect_uri::check(
                u,
                Platform::Web,
                Audience::AzureADMultipleOrgs,
                None,
            ));
        }
    }
    let mut single = Vec::with_capacity(rounds);
    let mut list = Vec::with_capacity(rounds);
    let mut findings = 0usize;
    for r in 0..rounds {
        let target = (r % 2 == 0).then_some(Target::Yetiforce);
        let t = Instant::now();
        let mut n = 0;
        for u in &uris {
            n += black_box(redirect_uri::check(
                u,
                Platform::Web,
                Audience::AzureADMultipleOrgs,
                target,
            ))
            .findings
            .len();
        }
        single.push(t.elapsed());
        findings = n;
        let t = Instant::now();
        for chunk in uris.chunks(200) {
            black_box(redirect_uri::check_list(
                chunk,
                Platform::Web,
                Audience::AzureADMultipleOrgs,
                None,
            ));
        }
        list.push(t.elapsed());
    }
    let (smin, smed, smax) = stats(single);
    let (lmin, lmed, lmax) = stats(list);
    println!(
        "{COUNT} mixed redirect URIs ({chars} characters, {findings} findings), {rounds} rounds{}",
        if cfg!(debug_assertions) {
            " — DEBUG build: use --release for real figures"
        } else {
            ""
        }
    );
    let verdict = |d: Duration| {
        if d <= BUDGET {
            "within budget"
        } else {
            "OVER budget"
        }
    };
    println!(
        "check per URI : min {}  median {}  max {}  ({} of {})",
        ms(smin),
        ms(smed),
        ms(smax),
        verdict(smed),
        ms(BUDGET)
    );
    println!(
        "check_list    : min {}  median {}  max {}  ({} of {})",
        ms(lmin),
        ms(lmed),
        ms(lmax),
        verdict(lmed),
        ms(BUDGET)
    );
    if enforce && (smed > BUDGET || lmed > BUDGET) {
        std::process::exit(1);
    }
}
